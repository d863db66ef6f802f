"""Quarter headings carrying their months in brackets, typed unevenly: 'Q1 (Apr\u2013Jun)', 'Qtr 2 (Jul-Sep 24)', 'Quarter 3 (Oct \u2013 Dec 2024)', 'Q4 (Jan\u2013Mar 25)'."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from tests.realistic.kit import (
    AMBER_FILL,
    GREEN_FILL,
    RED_FILL,
    Expected,
    Obs,
    Rag,
    new_book,
    num,
    put_row,
    save,
    text_of,
    title,
)

SHEET = "Year End 2024-25"
HEAD_ROW = 5
QUARTER_HEADINGS = ("Q1 (Apr\u2013Jun)", "Qtr 2 (Jul-Sep 24)", "Quarter 3 (Oct \u2013 Dec 2024)",
                    "Q4 (Jan\u2013Mar 25)")  # fmt: skip
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25")
# A Ref, B Measure, C Polarity, D Outturn 2023/24, E..H quarters, I Target 24/25, J Status, K Comments
LAST_COL = 11
STATUS: dict[str, Rag] = {"On target": "green", "Within tolerance": "amber", "Off target": "red"}
STATUS_FILL = {"On target": GREEN_FILL, "Within tolerance": AMBER_FILL, "Off target": RED_FILL}
POLARITY = {"High": "higher_is_better", "Low": "lower_is_better"}
SECTION = PatternFill(fill_type="solid", start_color="FFFCE4D6", end_color="FFFCE4D6")
GREY = PatternFill(fill_type="solid", start_color="FFD9D9D9", end_color="FFD9D9D9")
THIN = Side(style="thin", color="FF7F7F7F")

# Section rows are a 1-tuple. Otherwise: ref, measure, polarity, 2023/24 outturn, Q1..Q4,
# target 2024/25, status (None: blank), comment. A None quarter is blank (shaded grey).
ROWS: tuple[tuple[object, ...], ...] = (
    ("Housing",),
    ("HOU1", "Average time to re-let council homes (days)", "Low", 38.2,
     (41.5, 36.0, 33.7, 31.2), 35, "On target", None),
    ("HOU2", "Rent collected as a percentage of rent due", "High", 98.9,
     (96.1, 97.4, 98.2, 99.1), 98.5, "On target", None),
    ("HOU3", "Responsive repairs completed right first time (%)", "High", 88.4,
     (86.0, 89.3, 90.1, 87.2), 90, "Within tolerance",
     "Fall in Q4 linked to the new repairs contractor mobilising in February."),
    ("HOU4", "Council homes with a valid gas safety certificate (%)", "High", 99.8,
     (100.0, 99.9, 99.7, 99.6), 100, "Within tolerance",
     "Five properties where access has not been possible; legal action under way."),
    ("HOU5", "Households in temporary accommodation at the end of the quarter", "Low", 34,
     (37, 42, 45, 51), 35, "Off target", "Reflects the national rise in homelessness."),
    ("Environment",),
    ("ENV1", "Household waste sent for reuse, recycling and composting (%)", "High", 44.1,
     (47.8, 48.3, 41.0, 39.6), 45, "Off target",
     "Seasonal fall in garden waste; full-year figure 44.2% (provisional)."),
    ("ENV2", "Missed bin collections per 100,000 collections", "Low", 62,
     (58, 49, 71, 62), 60, "Within tolerance", None),
    ("ENV3", "Fly-tipping incidents cleared within 2 working days (%)", "High", 93.0,
     (95.5, 94.1, 96.8, 97.3), 95, "On target", None),
    ("ENV4", "Streets at an acceptable standard for litter (%)", "High", 91.0,
     (None, 92.3, None, 93.1), 92, "On target",
     "Local environmental quality surveys in Q2 and Q4 only."),
    ("Corporate services",),
    ("COR1", "Calls answered within 3 minutes (%)", "High", 81.5,
     (78.2, 83.9, 86.4, 85.0), 85, "On target", None),
    ("COR2", "Complaints responded to within 10 working days (%)", "High", 76.0,
     (80.1, 82.4, 79.5, "TBC"), 85, None, "Q4 figure being validated by the complaints team."),
    ("COR3", "Average days to process new Housing Benefit claims", "Low", 19.4,
     (21.0, 18.3, 17.6, 16.2), 18, "On target", None),
    ("COR4", "Working days lost to sickness absence per FTE (cumulative)", "Low", 9.6,
     (2.1, 4.5, 7.0, 9.3), 9.0, "Within tolerance", None),
    ("COR5", "Undisputed invoices paid within 30 days (%)", "High", 95.2,
     (96.4, 97.0, 95.8, 96.9), 97, "Within tolerance", None),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a district council's year-end corporate performance indicator report to Cabinet.

    Cannock Chase style: the financial year is only in the title
    ('... 2024/25 \u2013 Year End'); the four quarter headings carry their
    months in brackets, each typed by a different hand: 'Q1 (Apr\u2013Jun)' (no
    year), 'Qtr 2 (Jul-Sep 24)', 'Quarter 3 (Oct \u2013 Dec 2024)' and 'Q4
    (Jan\u2013Mar 25)'. Before them 'Outturn 2023/24'; after them 'Target
    24/25', a filled 'Status' in words (On target / Within tolerance / Off
    target, with a key), comments. A 'Polarity' column says High or Low.
    A litter survey has figures only in Q2 and Q4 (Q1 and Q3 blank, grey);
    one Q4 reads 'TBC' with no status.

    A careful reader takes all four columns as the quarters of 2024/25:
    the brackets confirm it (Jan\u2013Mar 25 is the fourth quarter of 2024/25,
    not a calendar first quarter), and Q1's missing year is the title's.
    The outturn is 2023/24 with no target ('Target 24/25' names its year);
    each quarter has the 2024/25 target; the status is the latest given
    quarter's (Q4; COR2's Q4 is its text 'TBC', unrated). Polarity from the
    'Polarity' column; no unit column, so no unit expected.
    """
    book, sheet = new_book(SHEET)
    title(
        sheet,
        "A1",
        "Cannock Chase Council \u2013 Corporate Performance Indicators 2024/25 \u2013 Year End",
    )
    sheet["A2"] = "Cabinet, 19 June 2025 \u2013 Appendix 2"
    sheet["A2"].font = Font(bold=True)
    sheet["A3"] = "Status key: On target; Within tolerance (within 5% of target); Off target."
    sheet["A3"].font = Font(italic=True, size=9)
    header = ["Ref", "Measure", "Polarity", "Outturn 2023/24", *QUARTER_HEADINGS, "Target 24/25",
              "Status", "Comments"]  # fmt: skip
    put_row(sheet, HEAD_ROW, 1, header, bold=True)
    for col in range(1, LAST_COL + 1):
        head = sheet.cell(row=HEAD_ROW, column=col)
        head.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        head.border = Border(top=THIN, bottom=THIN, left=THIN, right=THIN)
        head.fill = PatternFill(fill_type="solid", start_color="FFF4B084", end_color="FFF4B084")
    sheet.row_dimensions[HEAD_ROW].height = 32

    exp = Expected([])
    row = HEAD_ROW + 1
    for spec in ROWS:
        if len(spec) == 1:
            cell = sheet.cell(row=row, column=1, value=str(spec[0]))
            cell.font = Font(bold=True)
            for col in range(1, LAST_COL + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        ref, name, polarity, outturn, quarters, target, status, comment = spec
        assert isinstance(quarters, tuple)
        put_row(sheet, row, 1, [ref, name, polarity, outturn, *quarters, target, status, comment])
        for col in range(1, LAST_COL + 1):
            cell = sheet.cell(row=row, column=col)
            cell.border = Border(top=THIN, bottom=THIN, left=THIN, right=THIN)
            if 4 <= col <= 9:
                cell.alignment = Alignment(horizontal="right")
        for q, value in enumerate(quarters):
            if value is None:
                sheet.cell(row=row, column=5 + q).fill = GREY
        if status is not None:
            rating = sheet.cell(row=row, column=10)
            rgb = STATUS_FILL[str(status)]
            rating.fill = PatternFill(fill_type="solid", start_color=rgb, end_color=rgb)
        sheet.cell(row=row, column=11).alignment = Alignment(wrap_text=True, vertical="top")

        code, nm = str(ref), str(name)
        goal = float(str(target))
        exp.observations.append(Obs(code, nm, "2023/24", float(str(outturn))))
        given = [(p, v) for p, v in zip(QUARTERS, quarters, strict=True) if v is not None]
        for i, (period, value) in enumerate(given):
            rag = STATUS[str(status)] if i == len(given) - 1 and status is not None else None
            exp.observations.append(Obs(code, nm, period, num(value), text_of(value), goal, rag))
        exp.add_meta(code, nm, POLARITY[str(polarity)], None)
        row += 1

    notes = (
        "Status compares the latest quarter with the 2024/25 target.",
        "Data source: Pentana performance system, extracted 2 May 2025.",
    )
    for j, line in enumerate(notes):
        sheet.cell(row=row + 1 + j, column=1, value=line).font = Font(size=9, italic=True)
    widths = {"A": 7, "B": 58, "C": 9, "D": 10, "E": 10, "F": 10, "G": 12, "H": 10, "I": 9,
              "J": 14, "K": 50}  # fmt: skip
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"C{HEAD_ROW + 1}"
    save(book, path)
    return exp
