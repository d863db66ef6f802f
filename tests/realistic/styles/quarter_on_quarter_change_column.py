"""'Change since last quarter' and 'Change on same quarter last year' columns ('+5.2pp', +7, '+32.8%') beside the quarters."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from tests.realistic.kit import Expected, Obs, Rag, new_book, observed, put_row, save, title

SHEET = "Q3 Scorecard"
PERIODS = ("Q3 2023/24", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
FILLS = {"G": "FF00B050", "A": "FFFFC000", "R": "FFFF0000"}
HEAD_FILL = PatternFill(fill_type="solid", start_color="FF203764", end_color="FF203764")
LAST_YEAR_FILL = PatternFill(fill_type="solid", start_color="FFEDEDED", end_color="FFEDEDED")
THIN = Side(style="thin", color="FFA6A6A6")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
FIRST = 6  # first indicator row
LAST_COL = 11  # K: RAG

# Number formats the officers used for the change columns (numbers and percentages, not text).
SIGNED_WHOLE = '"+"#,##0;"-"#,##0;0'
SIGNED_ONE = '"+"0.0;"-"0.0;0.0'
SIGNED_PERCENT = '"+"0.0%;"-"0.0%;0.0%'

# code, indicator, Q3 2023/24, Q1, Q2, Q3 2024/25, target 2024/25,
# change since last quarter, its format (None for text), change on same quarter last year,
# its format, direction, RAG
ROWS: tuple[tuple[object, ...], ...] = (
    ("CS01", "Calls to the contact centre answered within 60 seconds (%)", 71.5, 78.2, 74.9, 80.1, 80.0,
     "+5.2pp", None, "+8.6pp", None, "\u25b2 Improving", "G"),
    ("CS02", "Stage 1 complaints responded to within 10 working days (%)", 88.0, 91.3, 93.5, 92.4, 95.0,
     "-1.1pp", None, "+4.4pp", None, "\u25bc Worsening", "A"),
    ("RB01", "Average days to process new Housing Benefit claims", 21.4, 18.7, 17.2, 16.5, 18.0,
     -0.7, SIGNED_ONE, -4.9, SIGNED_ONE, "\u25b2 Improving", "G"),
    ("RB02", "Average days to process Housing Benefit changes of circumstances", 7.9, 6.2, 5.8, 6.4, 7.0,
     0.6, SIGNED_ONE, -1.5, SIGNED_ONE, "\u25bc Worsening", "G"),
    ("HS01", "Households in temporary accommodation at the end of the quarter", 64, 71, 78, 85, None,
     7, SIGNED_WHOLE, 0.328, SIGNED_PERCENT, "\u25bc Worsening", "Data only"),
    ("HS02", "Households whose homelessness was prevented or relieved", 94, 88, 102, 97, 90.0,
     -5, SIGNED_WHOLE, 0.032, SIGNED_PERCENT, "\u25bc Worsening", "G"),
    ("EN01", "Household waste sent for reuse, recycling and composting (%)", 47.2, 52.6, 51.1, None, 50.0,
     "-1.5pp", None, "+2.3pp", None, "\u25bc Worsening", "G"),
    ("EN02", "Fly-tipping incidents removed within 2 working days (%)", 91.0, 94.2, 95.8, 95.8, 95.0,
     "0.0pp", None, "+4.8pp", None, "\u25ba No change", "G"),
    ("EN03", "Missed bin collections per 100,000 collections", 41, 37, 45, 52, 40.0,
     7, SIGNED_WHOLE, 0.268, SIGNED_PERCENT, "\u25bc Worsening", "R"),
    ("PL01", "Major planning applications determined within 13 weeks or agreed time (%)", 100.0, 85.7, 90.0, 75.0,
     80.0, "-15.0pp", None, "-25.0pp", None, "\u25bc Worsening", "R"),
    ("PL02", "Minor planning applications determined within 8 weeks or agreed time (%)", 78.3, 84.1, 86.9, 88.2,
     85.0, "+1.3pp", None, "+9.9pp", None, "\u25b2 Improving", "G"),
    ("HR01", "Working days lost to sickness absence per FTE (rolling 12 months)", 10.2, 9.6, 9.1, 9.3, 8.5,
     0.2, SIGNED_ONE, -0.9, SIGNED_ONE, "\u25bc Worsening", "R"),
    ("LS01", "Visits to the Assembly Rooms and Tamworth Castle", None, 14210, 18935, 16402, 15000.0,
     -2533, SIGNED_WHOLE, "n/a", None, "\u25bc Worsening", "G"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a borough council's quarterly corporate scorecard with change columns.

    Tamworth Borough Council style, a scorecard made in Excel for Cabinet
    each quarter: the same quarter last year ('Q3 2023/24', shaded grey),
    then Q1 to Q3 2024/25, a 'Target 2024/25', and beside them two change
    columns under a merged 'Change' heading: 'Change since last quarter'
    and 'Change on same quarter last year'. Officers wrote the changes in
    whatever form suited the measure: percentage points as text ('+5.2pp',
    '-15.0pp', '0.0pp') for percentages, signed numbers (+7, -0.7, shown
    with a '+0.0;-0.0' format) for counts and days, and for some counts the
    year-on-year change as a relative percentage (0.328 under '+0.0%',
    shown '+32.8%'); 'n/a' where the measure did not exist a year ago. Then
    a 'Direction' column ('\u25b2 Improving', '\u25bc Worsening', '\u25ba No
    change') and a filled R/A/G letter ('Data only' for the temporary
    accommodation count). Recycling figures come a quarter in arrears: its
    Q3 cell is empty and a footnote says its changes, direction and RAG
    are for Q2.

    A careful reader takes the four quarter columns as the observations:
    Q3 2023/24 is the council's own figure for that quarter (the last-year
    column is a period, not a comparator of someone else's), without a
    target because the target's heading names 2024/25; Q1-Q3 2024/25 take
    the 2024/25 target. The change columns and the direction are
    derived from the figures and are not observations (their numbers,
    '+32.8%' above all, are not figures for any period). The RAG belongs to
    Q3 2024/25, except for EN01 whose latest figure, and rating, is Q2.
    The Assembly Rooms measure began in 2024/25, so its Q3 2023/24 cell is
    blank. Direction words are not a stated polarity and no unit column is
    given. Nothing is doubtful.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Tamworth Borough Council")
    sheet["A2"] = "Corporate Scorecard \u2013 Quarter 3 2024/25 (October to December 2024)"
    sheet["A2"].font = Font(bold=True, size=12)
    sheet["A3"] = "Cabinet, 13 February 2025 \u2013 Appendix 1"
    sheet["A3"].font = Font(italic=True)
    groups = (("C4:G4", "Performance"), ("H4:I4", "Change"), ("J4:K4", "Assessment"))
    for span, text in groups:
        sheet[span.split(":")[0]] = text
        sheet.merge_cells(span)
    header = ["Code", "Indicator", *PERIODS, "Target 2024/25", "Change since last quarter",
              "Change on same quarter last year", "Direction", "RAG"]  # fmt: skip
    put_row(sheet, FIRST - 1, 1, header)
    for row in (FIRST - 2, FIRST - 1):
        for col in range(1, LAST_COL + 1):
            cell = sheet.cell(row=row, column=col)
            cell.fill = HEAD_FILL
            cell.font = Font(bold=True, color="FFFFFFFF")
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            cell.border = BOX
    sheet.row_dimensions[FIRST - 1].height = 45
    exp = Expected([])
    for i, record in enumerate(ROWS):
        code, name, last_year, q1, q2, q3, target = record[:7]
        change, change_fmt, on_year, on_year_fmt, direction, rag = record[7:]
        row = FIRST + i
        put_row(sheet, row, 1, [code, name, last_year, q1, q2, q3, target, change, on_year,
                                direction, rag])  # fmt: skip
        for col in range(1, LAST_COL + 1):
            sheet.cell(row=row, column=col).border = BOX
            if col > 2:
                sheet.cell(row=row, column=col).alignment = Alignment(horizontal="center")
        sheet.cell(row=row, column=3).fill = LAST_YEAR_FILL
        if isinstance(target, float) and target >= 1000:
            for col in range(3, 8):
                sheet.cell(row=row, column=col).number_format = "#,##0"
        for col, fmt in ((8, change_fmt), (9, on_year_fmt)):
            if fmt is not None:
                sheet.cell(row=row, column=col).number_format = str(fmt)
        if rag in FILLS:
            rgb = FILLS[str(rag)]
            sheet.cell(row=row, column=LAST_COL).fill = PatternFill(
                fill_type="solid", start_color=rgb, end_color=rgb
            )
        goal = None if target is None else float(str(target))
        status = RAG.get(str(rag))
        if last_year is not None:
            exp.observations.append(Obs(str(code), str(name), PERIODS[0], float(str(last_year))))
        exp.observations += observed(str(code), str(name), PERIODS[1:], (q1, q2, q3), goal, status)
    foot = FIRST + len(ROWS) + 1
    notes = (
        "Change since last quarter compares the latest figure with the quarter before; change on "
        "same quarter last year compares it with the same quarter of 2023/24. pp = percentage "
        "points; a % change is the change as a proportion of last year's figure.",
        "Direction shows whether performance has improved since the last quarter, taking into "
        "account whether a higher or lower figure is better.",
        "EN01: recycling tonnages are confirmed by Staffordshire County Council a quarter in "
        "arrears; the changes, direction and RAG shown are for Quarter 2.",
        "RAG: G on or better than target; A within 5% of target; R more than 5% away from target.",
    )
    for j, line in enumerate(notes):
        sheet.cell(row=foot + j, column=1, value=line).font = Font(size=9)
    widths = {"A": 8, "B": 62, "C": 11, "D": 11, "E": 11, "F": 11, "G": 11, "H": 14, "I": 15,
              "J": 15, "K": 10}  # fmt: skip
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"C{FIRST}"
    save(book, path)
    return exp
