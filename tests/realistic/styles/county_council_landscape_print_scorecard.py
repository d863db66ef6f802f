"""A county council's corporate scorecard laid out for landscape A3 printing: title block, year bands, key at the foot."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

from tests.realistic.kit import (
    AMBER_FILL,
    GREEN_FILL,
    RED_FILL,
    Expected,
    Obs,
    Rag,
    fill,
    new_book,
    num,
    save,
    text_of,
)

SHEET = "Scorecard Q3"
BAND_ROW = 6
HEAD_ROW = 7
LAST_COL = 13  # A..M
PERIODS = ("2023/24", "Q3 2023/24", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25")
THIS_YEAR = (2, 3, 4, 5)  # the periods under the '2024/25' band, which 'Target 2024/25' is for
LETTER: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
LETTER_FILL = {"G": GREEN_FILL, "A": AMBER_FILL, "R": RED_FILL}
UNIT = {"%": "%", "No.": "number"}
NAVY = PatternFill(fill_type="solid", start_color="FF1F3864", end_color="FF1F3864")
LIGHT = PatternFill(fill_type="solid", start_color="FFD9E1F2", end_color="FFD9E1F2")
LAST_YEAR_SHADE = PatternFill(fill_type="solid", start_color="FFEDEDED", end_color="FFEDEDED")
THIN = Side(style="thin", color="FF8EA9DB")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)

# Rows of the printed table, in order. ("S", title) is a section row, ("N", text) a notes row
# printed under a section, ("B",) a manual page break before the next row. Otherwise: ref,
# measure, unit, 2023/24 outturn, Q3 2023/24, Q1..Q4 2024/25 (None: blank), target 2024/25
# ('\u2013' where none), direction of travel, RAG letter (None: not rated), comments.
# Percentages are given in points; the sheet stores them as fractions under 0.0%.
ROWS: tuple[tuple[object, ...], ...] = (
    ("S", "HIGHWAYS AND TRANSPORT"),
    ("HT01", "Category 1 highway defects made safe within 24 hours", "%",
     96.8, 95.2, 97.9, 98.3, 94.1, None, 98.0, "\u2193", "A",
     "Storm Bert (23\u201324 November) brought 2,140 Category 1 defects in a fortnight; "
     "extra gangs were hired from 28 November."),
    ("HT02", "Potholes repaired", "No.",
     41238, 9874, 8112, 7450, 12906, None, "\u2013", None, None,
     "Context measure. Repairs rise after storms and frost."),
    ("HT03", "Principal (A) roads where maintenance should be considered", "%",
     4.0, None, None, None, None, None, 4.0, None, None,
     "Annual road condition (SCANNER) survey. The 2024/25 result is due in June 2025."),
    ("HT04", "Non-frequent bus services running on time", "%",
     82.6, 80.9, 84.1, 83.7, None, None, 85.0, "\u2191", "A",
     "Quarter 3 punctuality data not yet received from operators: RAG and direction of "
     "travel are for Quarter 2."),
    ("N", "Note: HT04 \u2013 operators' Quarter 3 returns were due on 31 January 2025; the "
     "rating shown is for Quarter 2. HT03 is reported once a year."),
    ("S", "ADULT SOCIAL CARE"),
    ("ASC01", "Older people (65+) still at home 91 days after discharge from hospital into "
     "reablement", "%", 82.1, 81.4, 84.0, 83.2, 85.6, None, 83.0, "\u2191", "G", None),
    ("ASC02", "Care Act assessments completed within 28 days of first contact", "%",
     64.3, 61.0, 66.8, 69.5, 72.4, None, 75.0, "\u2191", "A",
     "Highest since the measure began; 1,618 of 2,235 completed in time."),
    ("ASC03", "People waiting for a Care Act assessment (at quarter end)", "No.",
     1184, 1102, 1045, 987, 1012, None, "\u2013", None, None,
     "Context measure, no target."),
    ("ASC04", "Deprivation of Liberty Safeguards applications completed within 21 days", "%",
     18.2, 16.7, 21.4, 23.9, "n/a", None, 25.0, None, None,
     "Quarter 3 not available while DoLS records move to the new case management system."),
    ("ASC05", "Safeguarding enquiries where the person's desired outcomes were fully or "
     "partly met", "%", 94.8, 95.1, 96.2, 95.4, 96.9, None, 95.0, "\u2191", "G", None),
    ("N", "Note: ASC04 \u2013 figures for Quarter 3 will be reported with Quarter 4."),
    ("B",),
    ("S", "CHILDREN'S SERVICES \u2013 SPECIAL EDUCATIONAL NEEDS AND DISABILITIES (SEND)"),
    ("SEN01", "New Education, Health and Care plans issued within 20 weeks (excluding "
     "exceptions)", "%", 38.6, 35.2, 44.1, 51.8, 57.3, None, 60.0, "\u2191", "A",
     "312 of 545 plans in time in Q3; the recovery plan aims for 60% by March."),
    ("SEN02", "Children and young people with an EHC plan maintained by the council (at "
     "quarter end)", "No.", 7412, 7236, 7688, 7951, 8204, None, "\u2013", None, None,
     "Context measure; up 13% on a year ago."),
    ("SEN03", "EHC plan annual reviews completed within 12 months", "%",
     None, None, None, 62.5, 66.0, None, 80.0, None, "R",
     "New measure from Quarter 2 2024/25."),
    ("SEN04", "Eligible children with home to school transport in place at the start of the "
     "autumn term", "%", 97.1, None, None, 98.4, None, None, 98.0, "\u2191", "G",
     "Annual measure, taken at the start of the autumn term and reported at Quarter 2."),
    ("S", "LIBRARIES AND CULTURE"),
    ("LIB01", "Library visits (in person)", "No.",
     1842310, 441092, 468205, 502774, 452118, None, 460000, "\u2191", "A",
     "Quarterly target. Three branches closed for a week in December for heating works."),
    ("LIB02", "E-book and e-audiobook loans", "No.",
     812440, 207118, 226901, 241367, "TBC", None, 230000, None, None,
     "Quarter 3 supplier statistics due at the end of January."),
    ("N", "Note: library targets are per quarter."),
    ("B",),
    ("S", "FIRE AND RESCUE SERVICE"),
    ("FRS01", "Critical incidents where the first fire engine arrived within 10 minutes", "%",
     71.4, 70.2, 73.8, 72.1, 69.7, None, 75.0, "\u2193", "R",
     "Rural on-call availability (FRS05) lengthened response times in November."),
    ("FRS02", "Accidental dwelling fires", "No.",
     312, 84, 71, 68, 79, None, 80, "\u2191", "G", "Quarterly target."),
    ("FRS03", "Safe and Well visits to households at higher risk", "No.",
     9864, 2511, 2702, 2866, 2943, None, 2500, "\u2191", "G", None),
    ("FRS04", "Deaths and serious injuries in accidental dwelling fires", "No.",
     14, 3, 2, 4, 1, None, "\u2013", None, None, "Context measure, not targeted."),
    ("FRS05", "On-call fire engine availability", "%",
     78.9, 80.4, 74.2, 72.8, 77.6, None, 85.0, "\u2193", "R",
     "Recruitment campaign: 23 on-call firefighters start training in February."),
)  # fmt: skip

KEY: tuple[tuple[str, str], ...] = (
    ("G", "Green \u2013 target met or exceeded"),
    ("A", "Amber \u2013 within 5% of target"),
    ("R", "Red \u2013 more than 5% away from target"),
    ("\u2191", "Direction of travel: better than the same quarter last year"),
    ("\u2193", "Direction of travel: worse than the same quarter last year"),
    ("\u2192", "Direction of travel: no change (within 1%)"),
    ("\u2013", "No target set: context measure, not rated"),
    ("n/a", "Not available"),
    ("TBC", "To be confirmed"),
)


def _stored(value: object, pct: bool) -> object:
    """What the cell holds: a percentage as the fraction Excel keeps under a % format."""
    if pct and isinstance(value, int | float):
        return round(float(value) / 100, 6)
    return value


def _merged_line(sheet: Worksheet, row: int, text: str, font: Font) -> None:
    cell = sheet.cell(row=row, column=1, value=text)
    cell.font = font
    cell.alignment = Alignment(horizontal="center", vertical="center")
    sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=LAST_COL)


def build(path: Path) -> Expected:
    """Imitates a county council's quarterly corporate scorecard printed landscape on A3.

    County councils' corporate performance scorecards for Cabinet and the
    scrutiny management board are built in Excel by the Performance and
    Intelligence team and printed, or saved to PDF, landscape on A3 for the
    agenda pack. So the sheet carries a print layout: a title block of four
    lines each merged across the table (council, 'Corporate Performance
    Scorecard', 'Quarter 3 2024/25 (October to December 2024)', 'Produced
    by Performance and Intelligence'); a two-row heading with a merged
    '2023/24' band over 'Outturn' and 'Q3' (last year's outturn and the
    same quarter last year, shaded grey) beside a merged '2024/25' band
    over 'Q1'..'Q4' (Q4 still empty), and 'Ref', 'Measure', 'Unit',
    'Target 2024/25', 'DoT', 'RAG', 'Comments' merged down both rows; the
    heading rows set to repeat on every printed page; manual page breaks
    before the SEND and fire sections; italic notes rows under some
    sections; and the key printed under the table at the foot of the last
    page. RAG is an R/A/G letter on a filled cell; direction of travel an
    arrow for better or worse than the same quarter last year. County
    measures: highways defects, buses, adult social care, SEND, libraries
    and the county's fire and rescue service.

    A careful reader takes the outturn as 2023/24 and the grey 'Q3' under
    the 2023/24 band as Q3 2023/24, and 'Q1'..'Q3' under the 2024/25 band
    as the 2024/25 quarters. 'Target 2024/25' names its year, so it is on
    the 2024/25 quarters only, never on last year's two figures. The RAG is
    the latest figure's: bus punctuality has no Q3 (the comment and the
    note under the section say the RAG is Q2's); the school transport
    measure is annual and its only 2024/25 figure is Q2; the SEND annual
    reviews measure is new from Q2. DoLS's Q3 'n/a' and e-loans' 'TBC' are
    kept as written and unrated. The road condition measure has only its
    2023/24 outturn. Context counts have a '\u2013' target and no rating.
    The arrows, notes rows, section rows, page breaks and key are not
    figures. The Unit column gives units; nothing states polarity.
    """
    book, sheet = new_book(SHEET)
    _merged_line(sheet, 1, "Hartshire County Council", Font(bold=True, size=16))
    _merged_line(sheet, 2, "Corporate Performance Scorecard", Font(bold=True, size=14))
    _merged_line(sheet, 3, "Quarter 3 2024/25 (October to December 2024)", Font(bold=True, size=12))
    _merged_line(sheet, 4, "Produced by Performance and Intelligence", Font(italic=True, size=10))
    heads = {1: "Ref", 2: "Measure", 3: "Unit", 10: "Target 2024/25", 11: "DoT", 12: "RAG",
             13: "Comments"}  # fmt: skip
    for col in range(1, LAST_COL + 1):
        for r in (BAND_ROW, HEAD_ROW):
            cell = sheet.cell(row=r, column=col)
            cell.fill = NAVY
            cell.font = Font(bold=True, color="FFFFFFFF")
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            cell.border = GRID
    for col, head in heads.items():
        sheet.cell(row=BAND_ROW, column=col, value=head)
        sheet.merge_cells(start_row=BAND_ROW, start_column=col, end_row=HEAD_ROW, end_column=col)
    sheet.cell(row=BAND_ROW, column=4, value="2023/24")
    sheet.merge_cells(start_row=BAND_ROW, start_column=4, end_row=BAND_ROW, end_column=5)
    sheet.cell(row=BAND_ROW, column=6, value="2024/25")
    sheet.merge_cells(start_row=BAND_ROW, start_column=6, end_row=BAND_ROW, end_column=9)
    for col, head in enumerate(("Outturn", "Q3", "Q1", "Q2", "Q3", "Q4"), start=4):
        sheet.cell(row=HEAD_ROW, column=col, value=head)
    exp = Expected([])
    row = HEAD_ROW + 1
    for spec in ROWS:
        if spec[0] == "B":
            sheet.row_breaks.append(Break(id=row - 1))
            continue
        if spec[0] in ("S", "N"):
            cell = sheet.cell(row=row, column=1, value=spec[1])
            if spec[0] == "S":
                cell.font = Font(bold=True, color="FF1F3864")
                for col in range(1, LAST_COL + 1):
                    sheet.cell(row=row, column=col).fill = LIGHT
                    sheet.cell(row=row, column=col).border = GRID
            else:
                cell.font = Font(italic=True, size=9)
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=LAST_COL)
            row += 1
            continue
        ref, name, unit, *values, target, dot, rag, comment = spec
        pct = unit == "%"
        cells = [ref, name, unit, *(_stored(v, pct) for v in values), _stored(target, pct), dot,
                 rag, comment]  # fmt: skip
        for col, value in enumerate(cells, start=1):
            cell = sheet.cell(row=row, column=col)
            if value is not None:
                cell.value = value
            cell.border = GRID
            if 4 <= col <= 10:
                cell.alignment = Alignment(horizontal="right")
                if pct and isinstance(value, float):
                    cell.number_format = "0.0%"
                elif isinstance(value, int) and value >= 1000:
                    cell.number_format = "#,##0"
            elif col in (3, 11, 12):
                cell.alignment = Alignment(horizontal="center")
        for col in (4, 5):
            sheet.cell(row=row, column=col).fill = LAST_YEAR_SHADE
        sheet.cell(row=row, column=13).alignment = Alignment(wrap_text=True, vertical="top")
        sheet.cell(row=row, column=2).alignment = Alignment(wrap_text=True, vertical="top")
        if rag:
            fill(sheet, f"L{row}", LETTER_FILL[str(rag)])
            sheet[f"L{row}"].font = Font(bold=True)
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
                    goal if k in THIS_YEAR else None,
                    LETTER[str(rag)] if rag and k == given[-1] else None,
                )
            )
        exp.add_meta(str(ref), str(name), None, UNIT[str(unit)])
        row += 1
    last_table_row = row - 1
    row += 1
    sheet.cell(row=row, column=1, value="Key").font = Font(bold=True)
    row += 1
    for mark, meaning in KEY:
        swatch = sheet.cell(row=row, column=1, value=mark)
        swatch.alignment = Alignment(horizontal="center")
        swatch.border = GRID
        if mark in LETTER_FILL:
            swatch.fill = PatternFill(
                fill_type="solid", start_color=LETTER_FILL[mark], end_color=LETTER_FILL[mark]
            )
            swatch.font = Font(bold=True)
        sheet.cell(row=row, column=2, value=meaning)
        row += 1
    for line in (
        "RAG and direction of travel are for the latest quarter reported. Targets for numbers "
        "are per quarter unless the comment says otherwise.",
        "2023/24 figures (shaded) are shown for comparison and are not rated.",
    ):
        sheet.cell(row=row, column=1, value=line).font = Font(italic=True, size=9)
        row += 1
    widths = {"A": 8, "B": 62, "C": 6, "D": 11, "E": 10, "F": 10, "G": 10, "H": 10, "I": 10,
              "J": 11, "K": 6, "L": 6, "M": 64}  # fmt: skip
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    assert last_table_row > HEAD_ROW
    sheet.print_title_rows = f"{BAND_ROW}:{HEAD_ROW}"
    sheet.print_area = f"A1:M{row - 1}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A3
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_options.horizontalCentered = True
    sheet.oddFooter.left.text = "Hartshire County Council \u2013 Corporate Performance Scorecard"
    sheet.oddFooter.right.text = "Page &P of &N"
    sheet.freeze_panes = f"D{HEAD_ROW + 1}"
    save(book, path)
    return exp
