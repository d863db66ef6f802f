"""A RAG key and a notes panel printed to the right of the table, on the rows of its first indicators."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from tests.realistic.kit import (
    AMBER_FILL,
    GREEN_FILL,
    RED_FILL,
    Expected,
    Rag,
    fill,
    new_book,
    observed,
    put_row,
    save,
    title,
)

SHEET = "Performance"
HEAD_ROW = 4
FIRST = HEAD_ROW + 1
PERIODS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
RAG_FILL = {"Green": GREEN_FILL, "Amber": AMBER_FILL, "Red": RED_FILL}
HEAD = PatternFill(fill_type="solid", start_color="FF375623", end_color="FF375623")
SECTION = PatternFill(fill_type="solid", start_color="FFE2EFDA", end_color="FFE2EFDA")
GREY = PatternFill(fill_type="solid", start_color="FFD9D9D9", end_color="FFD9D9D9")
THIN = Side(style="thin", color="FF7F7F7F")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
KEY_COL = 11  # K: two blank columns (I, J) after the table's last column H

# A 1-tuple is a service row. Otherwise: ref, measure, Q1, Q2, Q3, target, status, comments
ROWS: tuple[tuple[object, ...], ...] = (
    ("Customer and Digital Services",),
    ("CDS1", "Calls to the contact centre answered (%)", 91.4, 88.7, 92.6, 90, "Green", None),
    ("CDS2", "Average wait to speak to an adviser (minutes)", 3.2, 4.9, 3.8, 4, "Green", None),
    ("CDS3", "Transactions completed online (%)", 71.0, 72.5, 74.1, 75, "Amber",
     "New garden waste form live in January."),
    ("CDS4", "Stage 1 complaints answered within 10 working days (%)", 79.3, 84.0, 76.2, 90,
     "Red", "Housing repairs complaints up after the contractor change."),
    ("Revenues and Benefits",),
    ("RB1", "Council tax collected in year (%)", 29.8, 57.1, 84.3, 84.5, "Amber",
     "Target profiled to Q3."),
    ("RB2", "Business rates collected in year (%)", 30.4, 58.9, 86.0, 85.0, "Green", None),
    ("RB3", "Average days to process new Housing Benefit claims", 16.2, 18.9, 21.4, 18, "Red",
     "Peak of Universal Credit migration notices."),
    ("RB4", "Average days to process changes of circumstance", 6.1, 5.4, "n/a", 7, None,
     "Q3 figure unavailable after the system upgrade."),
    ("Environmental Health and Licensing",),
    ("EH1", "Food premises inspections due that were completed (%)", 92.0, 95.5, 97.1, 95,
     "Green", None),
    ("EH2", "Noise complaints responded to within 3 working days (%)", 86.7, 81.2, 88.0, 90,
     "Amber", None),
    ("EH3", "Taxi licence applications decided within 10 days (%)", 97.0, None, 99.0, 95,
     "Green", "Q2 not collected."),
    ("EH4", "Pest control visits carried out", 412, 538, 301, None, None, "Data only."),
)  # fmt: skip

KEY = (
    ("Key", None),
    ("Green \u2013 on or above target", GREEN_FILL),
    ("Amber \u2013 within 5% of target", AMBER_FILL),
    ("Red \u2013 more than 5% below target", RED_FILL),
    ("No status \u2013 data only or no figure", "FFD9D9D9"),
)
NOTES = (
    "Notes",
    "1. Q3 = October to December 2024.",
    "2. For measures where lower is better (wait times,",
    "   processing days) 'below target' means above it.",
    "3. Collection rates are cumulative from 1 April.",
)


def build(path: Path) -> Expected:
    """Imitates a district council's quarterly service performance sheet with its key beside it.

    A district's Corporate Services quarterly performance sheet for the
    Overview and Scrutiny Committee, designed to print on one landscape
    page: Ref, Measure, Q1-Q3 2024/25, 'Target 2024/25', a filled 'Status'
    word and Comments under green service rows. Two blank columns to the
    right, on the same rows as the first indicators, a boxed key: 'Key',
    then 'Green \u2013 on or above target', 'Amber \u2013 within 5% of
    target', 'Red \u2013 more than 5% below target' and 'No status', each
    with a coloured swatch cell beside it; under it a small 'Notes' panel
    of numbered lines.

    A careful reader takes the key and notes as no part of the table: the
    key's words are not indicators and its colours not ratings of the rows
    they sit beside. The target applies to every quarter, the status to
    the latest quarter given; the change-of-circumstance Q3 is 'n/a' and
    unrated, the taxi licensing Q2 blank, pest control data only. No unit
    or polarity column.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Corporate Services \u2013 Quarterly Performance 2024/25 (Quarter 3)")
    sheet["A2"] = "Overview and Scrutiny Committee, 20 February 2025"
    sheet["A2"].font = Font(italic=True)
    heads = ["Ref", "Measure", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Target 2024/25",
             "Status", "Comments"]  # fmt: skip
    put_row(sheet, HEAD_ROW, 1, heads)
    ncol = len(heads)
    for col in range(1, ncol + 1):
        cell = sheet.cell(row=HEAD_ROW, column=col)
        cell.fill = HEAD
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    exp = Expected([])
    row = FIRST
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, ncol + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        ref, name, q1, q2, q3, target, status, _comment = spec
        put_row(sheet, row, 1, list(spec))
        for col in range(1, ncol + 1):
            sheet.cell(row=row, column=col).border = BOX
        if status:
            fill(sheet, f"G{row}", RAG_FILL[str(status)])
        else:
            sheet[f"G{row}"].fill = GREY
        goal = float(target) if isinstance(target, int | float) else None
        rag = RAG[str(status)] if status else None
        exp.observations += observed(str(ref), str(name), PERIODS, (q1, q2, q3), goal, rag)
        row += 1
    # the key: first line level with the first service row, swatch left of each description
    for k, (text, colour) in enumerate(KEY):
        r = FIRST + k
        label = sheet.cell(row=r, column=KEY_COL + 1, value=text)
        swatch = sheet.cell(row=r, column=KEY_COL)
        swatch.border = BOX
        label.border = BOX
        if colour is None:
            sheet.cell(row=r, column=KEY_COL, value=text).font = Font(bold=True)
            label.value = None
            sheet.merge_cells(start_row=r, start_column=KEY_COL, end_row=r, end_column=KEY_COL + 1)
        else:
            fill(sheet, swatch.coordinate, colour)
    top = FIRST + len(KEY) + 1
    for k, text in enumerate(NOTES):
        cell = sheet.cell(row=top + k, column=KEY_COL, value=text)
        cell.font = Font(bold=(k == 0), size=9)
    widths = {"A": 7, "B": 54, "G": 10, "H": 40, "I": 3, "J": 3, "K": 5, "L": 34}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    for letter in "CDEF":
        sheet.column_dimensions[letter].width = 11
    sheet.page_setup.orientation = "landscape"
    save(book, path)
    return exp
