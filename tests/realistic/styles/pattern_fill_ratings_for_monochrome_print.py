"""A rating column with no words or colours: each rating is a black-and-grey pattern fill, read through a key of swatches."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from tests.realistic.kit import Expected, Obs, Rag, new_book, num, put_row, save, text_of, title

SHEET = "Q2 2024-25"
KEY_ROW = 5
HEAD_ROW = 11
PERIODS = ("2023/24", "Q1 2024/25", "Q2 2024/25")
FIRST_THIS_YEAR = 1  # the target names 2024/25: it is not 2023/24's target
PCT = "0.0%"

# The three patterns the key shows, in black on white so they survive a mono printer:
# dense cross-hatching for red, 25% grey dots for amber, plain light grey for green.
PATTERN: dict[Rag, PatternFill] = {
    "red": PatternFill(fill_type="darkTrellis", start_color="FF000000", end_color="FFFFFFFF"),
    "amber": PatternFill(fill_type="lightGray", start_color="FF000000", end_color="FFFFFFFF"),
    "green": PatternFill(fill_type="solid", start_color="FFD9D9D9", end_color="FFD9D9D9"),
}
KEY: tuple[tuple[Rag | None, str], ...] = (
    ("red", "Red \u2013 off target: more than 5% worse than target"),
    ("amber", "Amber \u2013 just off target: within 5% of target"),
    ("green", "Green \u2013 on target or better"),
    (None, "No shading \u2013 not rated (no target, or no figure for the quarter)"),
)
LETTER: dict[str, Rag] = {"R": "red", "A": "amber", "G": "green"}
HEAD_FILL = PatternFill(fill_type="solid", start_color="FF000000", end_color="FF000000")
THIN = Side(style="thin", color="FF000000")
HAIR = Side(style="hair", color="FF808080")
MEDIUM = Side(style="medium", color="FF000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
GRID = Border(left=HAIR, right=HAIR, top=HAIR, bottom=HAIR)

# A 1-tuple is a section row. Otherwise: ref, indicator, is a percentage (shown 0.0%),
# 2023/24 outturn, Q1, Q2, target 2024/25 ('-' where none), rating (R/A/G, None: unshaded),
# comments. Percentages are given here in points; the sheet stores them as fractions.
ROWS: tuple[tuple[object, ...], ...] = (
    ("ENVIRONMENT AND WASTE",),
    ("ENV 01", "Household waste sent for reuse, recycling and composting", True,
     51.2, 54.8, 53.1, 52.0, "G", "Garden waste tonnage 6% up on last summer."),
    ("ENV 02", "Missed bin collections per 100,000 collections", False,
     58, 47, 63, 50, "R", "Crew shortages in August: 212 missed collections in the quarter."),
    ("ENV 03", "Fly-tipping incidents removed within 5 working days", True,
     93.2, 95.1, 94.4, 95.0, "A", "Two large clearances on private land took 8 and 11 days."),
    ("ENV 04", "Fly-tipping incidents reported", False,
     1184, 312, 287, "-", None, "Context measure \u2013 no target."),
    ("PLANNING AND HOUSING",),
    ("PLA 01", "Major planning applications determined within 13 weeks or agreed time", True,
     87.5, 100.0, 83.3, 90.0, "R", "5 of 6 decided in time; one delayed by a late highways response."),
    ("PLA 02", "Minor planning applications determined within 8 weeks or agreed time", True,
     84.6, 88.9, 87.1, 85.0, "G", None),
    ("HOU 01", "Homelessness cases prevented or relieved", True,
     62.3, 59.8, None, 60.0, "A", "Q2 figure awaiting H-CLIC validation; the rating shown is for Q1."),
    ("HOU 02", "Average weeks in bed and breakfast for families with children", False,
     4.2, 3.5, "n/a", 6, None, "No families placed in bed and breakfast this quarter."),
    ("HOU 03", "Net additional homes delivered (annual)", False,
     386, None, None, 420, None, "Annual measure: the 2024/25 figure will be reported at Q4."),
    ("CUSTOMERS AND RESOURCES",),
    ("CUS 01", "Calls answered within 2 minutes", True,
     78.1, 74.4, 80.2, 80.0, "G", "Four new advisers in post from July."),
    ("CUS 02", "Stage 1 complaints responded to within 10 working days", True,
     91.2, 88.7, 85.3, 95.0, "R", "47 of 320 responses late; waste complaints after the August shortages."),
    ("CUS 03", "Customer contacts completed online", True,
     None, 41.2, 44.7, 45.0, "A", "New measure from April 2024."),
    ("REV 01", "Average days to process new Housing Benefit claims", False,
     18.6, 17.2, 18.7, 18, "A", None),
    ("HR 01", "Working days lost to sickness absence per FTE (rolling 12 months)", False,
     8.9, 9.3, 9.6, 8.5, "R", "Long-term absence accounts for 62% of days lost."),
)  # fmt: skip


def _stored(value: object, pct: bool) -> object:
    """What the cell holds: a percentage as the fraction Excel keeps under a % format."""
    if pct and isinstance(value, int | float):
        return round(float(value) / 100, 6)
    return value


def build(path: Path) -> Expected:
    """Imitates a district council's quarterly performance report, printed in black and white.

    A district council's Quarter 2 2024/25 performance report to its
    Overview and Scrutiny Committee, prepared for committee papers that are
    photocopied in black and white. So the 'Rating' column holds no word,
    letter or colour: each rated cell is empty and filled with a pattern in
    black on white that survives a mono printer \u2013 dense cross-hatching
    (Excel's 'darkTrellis') for red, 25% grey dots ('lightGray') for amber,
    and plain light grey (D9D9D9) for green. A 'Key to ratings' above the
    table shows a swatch of each pattern, boxed, with its meaning, and an
    unshaded box for 'not rated'. Ref, Performance indicator, '2023/24
    outturn', 'Q1 2024/25', 'Q2 2024/25', 'Target 2024/25', 'Rating (see
    key)', Comments, under bold capitalised section rows with a rule above
    and below (no fill, so nothing but a rating is shaded). Headings are
    white on black. Percentages are fractions under a 0.0% format (targets
    under 0%); other units show only in the names (days, weeks, per 100,000).

    A careful reader takes each rating cell's pattern through the key:
    cross-hatched is red, dotted is amber, solid light grey is green, and
    an unshaded rating cell is no rating. The rating belongs to the latest
    figure in its row: Q2, or Q1 for homelessness prevention, whose Q2 is
    blank (the comment says the rating shown is Q1's). The target names
    2024/25, so it is on the two quarters and not on the 2023/24 outturn,
    which is shown for comparison. Bed and breakfast Q2 is 'n/a' (kept as
    written, unrated); fly-tipping reports are context with a '-' target;
    net additional homes has only its 2023/24 outturn; online contacts is
    new, with no outturn. Nothing states polarity or a unit column.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Ashcombe District Council \u2013 Quarterly Performance Report 2024/25")
    sheet["A2"] = (
        "Quarter 2 (July to September 2024) \u2013 Overview and Scrutiny Committee, "
        "19 November 2024 \u2013 Appendix A"
    )
    sheet["A3"] = (
        "This appendix is printed in black and white: the Rating column shows performance "
        "by its shading only."
    )
    sheet["A3"].font = Font(italic=True, size=9)
    sheet.cell(row=KEY_ROW, column=1, value="Key to ratings").font = Font(bold=True)
    for j, (shown, words) in enumerate(KEY, start=KEY_ROW + 1):
        swatch = sheet.cell(row=j, column=1)
        swatch.border = BOX
        if shown is not None:
            swatch.fill = PATTERN[shown]
        sheet.cell(row=j, column=2, value=words)
    heads = ["Ref", "Performance indicator", "2023/24 outturn", *PERIODS[1:], "Target 2024/25",
             "Rating (see key)", "Comments"]  # fmt: skip
    ncol = len(heads)
    put_row(sheet, HEAD_ROW, 1, heads)
    for col in range(1, ncol + 1):
        cell = sheet.cell(row=HEAD_ROW, column=col)
        cell.fill = HEAD_FILL
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    exp = Expected([])
    row = HEAD_ROW + 1
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, ncol + 1):
                sheet.cell(row=row, column=col).border = Border(top=MEDIUM, bottom=THIN)
            row += 1
            continue
        ref, name, pct, outturn, q1, q2, target, rating, comment = spec
        values = (outturn, q1, q2)
        cells = [ref, name, *(_stored(v, bool(pct)) for v in values), _stored(target, bool(pct))]
        put_row(sheet, row, 1, [*cells, None, comment])
        for col in range(1, ncol + 1):
            sheet.cell(row=row, column=col).border = GRID
        for col in range(3, 7):
            cell = sheet.cell(row=row, column=col)
            cell.alignment = Alignment(horizontal="right")
            if pct and isinstance(cell.value, float):
                cell.number_format = PCT if col < 6 else "0%"
            elif isinstance(cell.value, int) and cell.value >= 1000:
                cell.number_format = "#,##0"
        rate = sheet.cell(row=row, column=7)
        rate.border = BOX
        if rating is not None:
            rate.fill = PATTERN[LETTER[str(rating)]]
        sheet.cell(row=row, column=8).alignment = Alignment(wrap_text=True, vertical="top")
        goal = num(target)
        given = [k for k, v in enumerate(values) if v is not None]
        for k in given:
            value = values[k]
            exp.observations.append(
                Obs(
                    str(ref),
                    str(name),
                    PERIODS[k],
                    num(value),
                    text_of(value),
                    goal if k >= FIRST_THIS_YEAR else None,
                    LETTER[str(rating)] if rating and k == given[-1] else None,
                )
            )
        row += 1
    notes = (
        "Ratings compare the latest quarter shown with the 2024/25 target. Where the Q2 figure "
        "is not yet available the rating is for Q1.",
        "The 2023/24 outturn is shown for comparison and is not rated. '-' = no target set.",
        "Source: service returns to the Policy and Performance Team, October 2024.",
    )
    for j, line in enumerate(notes, start=row + 1):
        sheet.cell(row=j, column=1, value=line).font = Font(italic=True, size=9)
    widths = {"A": 9, "B": 58, "C": 11, "D": 11, "E": 11, "F": 11, "G": 10, "H": 52}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    for j in range(KEY_ROW + 1, KEY_ROW + 1 + len(KEY)):
        sheet.row_dimensions[j].height = 18
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.blackAndWhite = True
    sheet.print_title_rows = f"{HEAD_ROW}:{HEAD_ROW}"
    sheet.freeze_panes = f"C{HEAD_ROW + 1}"
    save(book, path)
    return exp
