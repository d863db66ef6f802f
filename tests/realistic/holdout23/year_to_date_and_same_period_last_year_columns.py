"""Year-to-date, same period last year, last full year and annual target columns, with RAG."""

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
    fill,
    new_book,
    num,
    put_row,
    save,
    text_of,
    title,
)

SHEET = "Half year 2024-25"
HEAD_ROW = 5
FIRST = HEAD_ROW + 1
TO_DATE = "Apr 2024\u2013Sep 2024"
LAST_TO_DATE = "Apr 2023\u2013Sep 2023"
LAST_YEAR = "2023/24"
PERIODS = (TO_DATE, LAST_TO_DATE, LAST_YEAR)
RAG: dict[str, Rag] = {"Red": "red", "Amber": "amber", "Green": "green"}
RAG_FILL = {"Red": RED_FILL, "Amber": AMBER_FILL, "Green": GREEN_FILL}
UNIT = {"%": "%", "No.": "number", "Days": "days", "\u00a3": "\u00a3"}
HEAD = PatternFill(fill_type="solid", start_color="FF833C0B", end_color="FF833C0B")
SECTION = PatternFill(fill_type="solid", start_color="FFFCE4D6", end_color="FFFCE4D6")
LAST = PatternFill(fill_type="solid", start_color="FFF2F2F2", end_color="FFF2F2F2")
THIN = Side(style="thin", color="FFBFBFBF")

# A 1-tuple is a priority row. Otherwise: ref, measure, unit, YTD 2024/25 (Apr-Sep), same
# period last year, full year 2023/24, annual target 2024/25, RAG word, comment.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Priority 1: A thriving local economy",),
    ("CP1.1", "New businesses supported by the Growth Hub", "No.",
     148, 131, 262, 280, "Green", None),
    ("CP1.2", "Major planning applications decided within 13 weeks or agreed extension", "%",
     93.8, 88.2, 90.5, 90.0, "Green", "15 of 16 in time."),
    ("CP1.3", "Town centre footfall (Market Square counter)", "No.",
     1418230, 1466900, 2871455, 2900000, "Amber",
     "Footfall down 3.3% on last year; roadworks on Bridge Street June to August."),
    ("CP1.4", "Apprenticeship starts in council services", "No.",
     9, 14, 31, 35, "Red", "Most starts fall in September/October intake."),
    ("Priority 2: Homes and communities",),
    ("CP2.1", "Net additional homes completed", "No.",
     312, 288, 604, 650, "Green", None),
    ("CP2.2", "Affordable homes delivered", "No.",
     64, 81, 176, 180, "Amber", None),
    ("CP2.3", "Average days to process new Housing Benefit claims", "Days",
     17.4, 19.8, 18.6, 18.0, "Green", None),
    ("CP2.4", "Homeless households in bed and breakfast for more than 6 weeks", "No.",
     3, 0, 2, 0, "Red", "Three single-person households; all moved on by 14 October."),
    ("CP2.5", "Anti-social behaviour cases closed within 28 days (%)", "%",
     "n/a", 72.5, 74.1, 80.0, None, "New case system from July; half-year figure not reliable."),
    ("Priority 3: A clean and green district",),
    ("CP3.1", "Household waste reused, recycled or composted", "%",
     47.9, 49.3, 45.2, 50.0, "Amber", "Provisional: September tonnages not yet verified."),
    ("CP3.2", "Fly-tips reported", "No.",
     1196, 1043, 2215, None, None, "For information."),
    ("CP3.3", "Fly-tips cleared within 2 working days", "%",
     96.3, 94.0, 94.8, 95.0, "Green", None),
    ("CP3.4", "Trees planted on council land", "No.",
     0, 0, 4120, 4500, None, "Planting season runs November to March."),
    ("Priority 4: An efficient council",),
    ("CP4.1", "Council tax collected", "%",
     56.9, 57.3, 97.6, 97.5, "Amber", "Collection in year rather than in half-year terms."),
    ("CP4.2", "Working days lost to sickness per FTE", "Days",
     4.6, 4.1, 8.7, 8.0, "Red", None),
    ("CP4.3", "Savings delivered against the Medium Term Financial Plan", "\u00a3",
     612000, 540000, 1180000, 1250000, "Green", None),
    ("CP4.4", "Customer calls answered", "%",
     88.2, None, 84.7, 90.0, "Amber", "Measured from October 2023, so no figure for last year's half."),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a district council's mid-year Council Plan report with year-to-date comparisons.

    Corporate performance reports of many English districts set out each
    Council Plan measure with 'YTD 2024/25 (Apr\u2013Sep)', 'Same period
    last year', 'Full year 2023/24' and 'Annual target 2024/25', then a
    filled RAG word and a comment, under shaded priority rows, as in a
    half-year performance report to Cabinet and the Overview and Scrutiny
    Committee. Units have their own column (%, No., Days, \u00a3). Notes
    say the year to date runs 1 April to 30 September 2024, the same period
    last year 1 April to 30 September 2023, and that the RAG compares the
    year to date with the annual target (profiled for cumulative counts).

    A careful reader takes the year to date as April to September 2024 with
    the annual target and the RAG, the same-period column as April to
    September 2023 and the full-year column as 2023/24, neither with a
    target (the target names 2024/25). Anti-social behaviour's year to date
    is 'n/a' without RAG; call answering has no same-period figure; tree
    planting's zero year to date is a real figure, left unrated out of
    season; fly-tips reported is information only. Units from the Unit
    column; no polarity is stated.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Council Plan Performance Report \u2013 Half Year 2024/25")
    sheet["A2"] = "Cabinet, 12 November 2024 and Overview and Scrutiny Committee, 26 November 2024"
    sheet["A2"].font = Font(italic=True)
    sheet["A3"] = "Appendix 1: Council Plan measures"
    heads = ["Ref", "Measure", "Unit", "YTD 2024/25 (Apr\u2013Sep)", "Same period last year",
             "Full year 2023/24", "Annual target 2024/25", "RAG", "Comment"]  # fmt: skip
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
        ref, name, unit, ytd, last_ytd, last_year, target, rag, _comment = spec
        put_row(sheet, row, 1, list(spec))
        for col in range(1, ncol + 1):
            sheet.cell(row=row, column=col).border = Border(bottom=THIN)
        for col in (5, 6):
            sheet.cell(row=row, column=col).fill = LAST
        for col in range(3, 8):
            cell = sheet.cell(row=row, column=col)
            cell.alignment = Alignment(horizontal="center")
            if unit == "\u00a3":
                cell.number_format = "\u00a3#,##0"
            elif isinstance(cell.value, int) and cell.value >= 1000:
                cell.number_format = "#,##0"
            elif isinstance(cell.value, float):
                cell.number_format = "0.0"
        if rag:
            fill(sheet, f"H{row}", RAG_FILL[str(rag)])
        code, label = str(ref), str(name)
        for k, value in enumerate((ytd, last_ytd, last_year)):
            if value is None:
                continue
            this_year = k == 0
            status = RAG[str(rag)] if rag and this_year else None
            goal = num(target) if this_year else None
            exp.observations.append(
                Obs(code, label, PERIODS[k], num(value), text_of(value), goal, status)
            )
        exp.add_meta(code, label, None, UNIT[str(unit)])
        row += 1
    notes = (
        "YTD 2024/25: 1 April to 30 September 2024. Same period last year: 1 April to "
        "30 September 2023. Full year 2023/24: 1 April 2023 to 31 March 2024.",
        "RAG compares the year to date with the annual target, profiled to the half year for "
        "cumulative counts. Green: on track; Amber: within 10%; Red: more than 10% off track.",
        "n/a: not available this period.",
    )
    for j, line in enumerate(notes, start=row + 1):
        sheet.cell(row=j, column=1, value=line).font = Font(size=9, italic=True)
    widths = {"A": 7, "B": 64, "C": 7, "D": 13, "E": 13, "F": 13, "G": 13, "H": 9, "I": 55}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"C{FIRST}"
    save(book, path)
    return exp
