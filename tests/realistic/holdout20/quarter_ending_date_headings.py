"""Quarter columns headed by the date the quarter ends, each written a different way."""

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

SHEET = "Scorecard"
HEAD_ROW = 5
FIRST = HEAD_ROW + 1
HEADINGS = (
    "Quarter Ending 30/06/2024",
    "Quarter ending 30 September 2024",
    "Qtr End Dec-24",
    "Quarter Ending 31/03/2025",
)
PERIODS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25")
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
RAG_FILL = {"Green": GREEN_FILL, "Amber": AMBER_FILL, "Red": RED_FILL}
POLARITY = {"Higher is better": "higher_is_better", "Lower is better": "lower_is_better"}
UNIT = {"%": "%", "No.": "number", "Days": "days", "\u00a3": "\u00a3"}
HEAD = PatternFill(fill_type="solid", start_color="FF375623", end_color="FF375623")
SECTION = PatternFill(fill_type="solid", start_color="FFE2EFDA", end_color="FFE2EFDA")
THIN = Side(style="thin", color="FFBFBFBF")
UP, DOWN = "\u2191 Improving", "\u2193 Worsening"

# Section rows are a 1-tuple. Otherwise: code, indicator, unit, polarity, the four quarters,
# annual target, RAG word (latest quarter), direction of travel, comments. Percentages in points.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Housing",),
    ("HS01", "Homelessness cases prevented or relieved", "%", "Higher is better", 61.2, 58.9,
     63.4, 66.0, 60.0, "Green", UP, None),
    ("HS02", "Households in temporary accommodation (snapshot at quarter end)", "No.",
     "Lower is better", 142, 151, 163, 158, 140, "Red", UP,
     "Down from the December peak; 12 new leased units from February."),
    ("HS03", "Average time to re-let council homes (key to key)", "Days", "Lower is better", 31,
     29, 36, None, 28, None, None, "Q4 figure awaited from the new housing system."),
    ("HS04", "Disabled facilities grants completed within 26 weeks of approval", "%",
     "Higher is better", 71.0, 74.5, 69.2, 78.3, 75.0, "Green", UP, None),
    ("HS05", "Housing register applications assessed within 28 days", "%", "Higher is better",
     82.3, 88.1, 90.4, 91.7, 90.0, "Green", UP, None),
    ("Communities and Leisure",),
    ("CL01", "Visits to council leisure centres", "No.", "Higher is better", 212480, 198306,
     187950, 224115, 200000, "Green", UP, "New fitness suite at Castle Park opened in January."),
    ("CL02", "Anti-social behaviour incidents reported to the council", "No.", "Lower is better",
     418, 466, 352, 301, None, None, UP, "Data only \u2013 no target set."),
    ("CL03", "Food premises rated broadly compliant", "%", "Higher is better", 96.4, 96.9, 97.2,
     97.0, 95.0, "Green", DOWN, None),
    ("CL04", "Noise complaints responded to within 3 working days", "%", "Higher is better",
     88.0, 91.2, "n/a", 93.5, 90.0, "Green", "n/a",
     "Q3 not reported: case management system outage."),
    ("Customer and Corporate",),
    ("CC01", "Customer contact centre calls answered within 60 seconds", "%",
     "Higher is better", 71.3, 66.8, 74.9, 69.5, 80.0, "Red", DOWN,
     "Council tax billing peak in March; two advisers recruited."),
    ("CC02", "Average days to process new Housing Benefit and Council Tax Support claims",
     "Days", "Lower is better", 19.4, 21.7, 18.9, 17.2, 20.0, "Green", UP, None),
    ("CC03", "Council tax collected in year (cumulative)", "%", "Higher is better", 29.3, 56.8,
     84.0, 96.7, 97.0, "Amber", UP, "0.4 points below last year's collection rate."),
    ("CC04", "Working days lost to sickness per FTE (rolling 12 months)", "Days",
     "Lower is better", 9.4, 9.1, 8.8, 8.3, 8.0, "Amber", UP, None),
    ("CC05", "Stage 1 complaints responded to within 10 working days", "%", "Higher is better",
     None, 84.2, 81.0, 87.9, 90.0, "Amber", UP, "New measure from Quarter 2."),
    ("CC06", "Spend with local suppliers in the quarter", "\u00a3", "Higher is better", 1184250,
     1342900, 1096400, 1410750, None, None, UP, "Information only."),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a borough council's year-end corporate scorecard to an overview and scrutiny committee.

    A scorecard that several officers have typed headings into over the
    year: each quarter column is headed by the date the quarter ended, in
    whatever form the officer used that quarter: 'Quarter Ending 30/06/2024',
    'Quarter ending 30 September 2024', 'Qtr End Dec-24' and 'Quarter Ending
    31/03/2025' (all text). Then 'Annual Target 2024/25', a filled 'RAG
    Status' word, 'Direction of Travel' arrows with words, Comments; Unit (%,
    No., Days, \u00a3) and Polarity columns; green section rows.

    A careful reader takes the four columns as Q1 to Q4 2024/25 (quarters
    ending 30 June, 30 September, 31 December and 31 March), the annual
    target for each quarter, and the RAG (and direction) for the latest
    quarter given. Re-let days have no Q4 yet and no rating; the noise
    complaints Q3 is 'n/a'; the complaints measure starts at Q2; ASB
    incidents and local spend are data only. Unit and polarity are stated.
    Nothing is doubtful.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Corporate Performance Scorecard 2024/25 \u2013 Year End")
    sheet["A2"] = "Overview and Scrutiny Committee \u2013 3 June 2025"
    sheet["A3"] = "Figures for each quarter are as at the quarter end date shown in the heading."
    sheet["A3"].font = Font(italic=True, size=9)
    header = ["PI Code", "Performance Indicator", "Unit", "Polarity", *HEADINGS,
              "Annual Target 2024/25", "RAG Status", "Direction of Travel", "Comments"]  # fmt: skip
    put_row(sheet, HEAD_ROW, 1, header)
    ncol = len(header)
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
        code, name, unit, polarity, *values, target, rag, _dot, _comment = spec
        put_row(sheet, row, 1, list(spec))
        for col in range(1, ncol + 1):
            sheet.cell(row=row, column=col).border = Border(bottom=THIN)
        if unit in ("No.", "\u00a3"):
            fmt = "\u00a3#,##0" if unit == "\u00a3" else "#,##0"
            for col in range(5, 10):
                sheet.cell(row=row, column=col).number_format = fmt
        if rag in RAG_FILL:
            cell = sheet.cell(row=row, column=10)
            rgb = RAG_FILL[str(rag)]
            cell.fill = PatternFill(fill_type="solid", start_color=rgb, end_color=rgb)
        given = [p for p, v in zip(PERIODS, values, strict=True) if v is not None]
        for period, value in zip(PERIODS, values, strict=True):
            if value is None:
                continue
            exp.observations.append(
                Obs(
                    str(code),
                    str(name),
                    period,
                    num(value),
                    text_of(value),
                    num(target),
                    RAG.get(str(rag)) if period == given[-1] else None,
                )
            )
        exp.add_meta(str(code), str(name), POLARITY[str(polarity)], UNIT[str(unit)])
        row += 1
    notes = (
        "RAG: Green \u2013 on or better than target; Amber \u2013 within 5% of target; Red \u2013 "
        "more than 5% worse than target. Direction of travel compares with the previous quarter.",
        "Blank cells: figure not yet available.",
    )
    for j, line in enumerate(notes, start=row + 1):
        sheet.cell(row=j, column=1, value=line).font = Font(size=9)
    widths = {"A": 8, "B": 58, "C": 6, "D": 15, "I": 11, "J": 10, "K": 15, "L": 50}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    for letter in "EFGH":
        sheet.column_dimensions[letter].width = 13
    sheet.row_dimensions[HEAD_ROW].height = 45
    sheet.freeze_panes = f"C{FIRST}"
    save(book, path)
    return exp
