"""Half-year subtotal columns H1 and H2 sitting between the quarters, then a full-year column."""

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
    put_row,
    save,
    title,
)

SHEET = "Year end 2024-25"
HEAD_ROW = 4
FIRST = HEAD_ROW + 1
COLUMNS = ("Q1", "Q2", "H1", "Q3", "Q4", "H2", "Full year 2024/25")
PERIODS = ("Q1 2024/25", "Q2 2024/25", "H1 2024/25", "Q3 2024/25", "Q4 2024/25",
           "H2 2024/25", "2024/25")  # fmt: skip
SUBTOTALS = (2, 5, 6)  # H1, H2 and the full year, shaded
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
RAG_FILL = {"Green": GREEN_FILL, "Amber": AMBER_FILL, "Red": RED_FILL}
POLARITY = {"High": "higher_is_better", "Low": "lower_is_better"}
HEAD = PatternFill(fill_type="solid", start_color="FF305496", end_color="FF305496")
SECTION = PatternFill(fill_type="solid", start_color="FFFCE4D6", end_color="FFFCE4D6")
TOTAL = PatternFill(fill_type="solid", start_color="FFEDEDED", end_color="FFEDEDED")
THIN = Side(style="thin", color="FFBFBFBF")

# A 1-tuple is a portfolio row. Otherwise: code, measure, how the half and full year are
# worked out, good is, Q1, Q2, H1, Q3, Q4, H2, full year, target 2024/25, RAG, comments.
# Rates ('%' in the third field) are typed as fractions with a percentage format.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Housing and Communities",),
    ("HC01", "Households where homelessness was prevented", "Total", "High",
     58, 64, 122, 71, 69, 140, 262, 240, "Green", None),
    ("HC02", "Average days to re-let standard council homes", "Average", "Low",
     31.2, 28.6, 29.8, 27.4, 33.9, 30.5, 30.2, 28, "Amber",
     "Q4 affected by asbestos surveys on 14 voids."),
    ("HC03", "Affordable homes completed", "Total", "High",
     12, 31, 43, 9, 48, 57, 100, 120, "Red", "Two schemes slipped into 2025/26."),
    ("HC04", "Disabled Facilities Grants: average days from approval to completion",
     "Average", "Low", 96, 88, 92, 101, None, None, None, 90, "Red",
     "Q4 figures awaited from the Home Improvement Agency."),
    ("HC05", "Tenants satisfied with the repairs service (%)", "Year to date %", "High",
     None, None, 0.812, None, None, 0.834, 0.823, 0.85, "Amber",
     "Six-monthly transactional survey."),
    ("Environment",),
    ("EN01", "Household waste sent for reuse, recycling and composting", "Year to date %",
     "High", 0.482, 0.497, 0.489, 0.431, "Awaited", None, None, 0.48, None,
     "Q4 tonnages awaited from the county council (WasteDataFlow)."),
    ("EN02", "Missed bin collections per 100,000 collections", "Average", "Low",
     38.2, 41.0, 39.6, 52.7, 44.1, 48.4, 44.0, 45, "Green", "Round changes in November."),
    ("EN03", "Fly-tipping incidents reported", "Total", None,
     412, 455, 867, 398, 377, 775, 1642, None, None, "For information."),
    ("EN04", "Fly-tips removed within 2 working days", "Year to date %", "High",
     0.942, 0.951, 0.947, 0.962, 0.958, 0.96, 0.953, 0.95, "Green", None),
    ("EN05", "Food premises inspections due that were completed", "Year to date %", "High",
     0.88, 0.91, 0.895, 0.93, 0.97, 0.95, 0.921, 1, "Amber", None),
    ("Corporate and Customer",),
    ("CC01", "Council tax collected (cumulative % of annual debit)", "Cumulative %", "High",
     0.291, 0.573, 0.573, 0.846, 0.973, 0.973, 0.973, 0.975, "Amber", None),
    ("CC02", "Customer contact centre calls answered within 60 seconds", "Year to date %",
     "High", 0.712, 0.684, 0.698, 0.756, 0.781, 0.768, 0.733, 0.8, "Amber",
     "Improved after recruitment in Q3."),
    ("CC03", "Average days to process new Housing Benefit claims", "Average", "Low",
     17.9, 16.4, 17.1, 15.2, 14.8, 15.0, 16.1, 18, "Green", None),
    ("CC04", "Working days lost to sickness absence per FTE", "Total", "Low",
     2.3, 2.1, 4.4, 2.6, None, None, None, 8.5, None,
     "Q4 to follow once the payroll year is closed."),
    ("CC05", "Stage 1 complaints responded to within 10 working days", "Year to date %",
     "High", 0.864, 0.902, 0.884, "n/a", 0.915, 0.915, 0.897, 0.9, "Amber",
     "Q3 not available (case system migration); H2 is Q4 only."),
    ("CC06", "Freedom of Information requests received", "Total", None,
     212, 198, 410, 187, 231, 418, 828, None, None, None),
)  # fmt: skip


def _points(value: object, rate: bool) -> float | None:
    if not isinstance(value, int | float):
        return None
    return round(value * 100, 6) if rate else float(value)


def build(path: Path) -> Expected:
    """Imitates a district council's year-end performance report with half-year subtotals.

    The kind of year-end (Quarter 4) report a district council's
    performance team sends to Cabinet and the Overview and Scrutiny
    Committee, kept as one running workbook all year: Code, Measure, a
    'Half / full year is' column (Total, Average, 'Year to date %',
    'Cumulative %'), 'Good is' High/Low, then 'Q1', 'Q2', 'H1', 'Q3',
    'Q4', 'H2', 'Full year 2024/25' (the H1, H2 and full-year columns
    shaded grey as subtotals), 'Target 2024/25', a filled RAG word and
    comments, under shaded portfolio rows. Percentages are fractions shown
    with a % format. Notes under the table say how the subtotals are
    worked out and that the RAG compares the full year with the target
    (the latest quarter where the year is incomplete).

    A careful reader takes Q1 to Q4 as the quarters of 2024/25 (year from
    the title and the target), H1 and H2 as the halves, and the full-year
    column as 2024/25, each a figure in its own right; the single 2024/25
    target goes on every figure of the row, and the RAG on the latest one
    given. Two rows stop at Q3 (DFG and sickness, Q4 awaited, H2 and full
    year blank); recycling's Q4 is 'Awaited' with no RAG; the repairs
    survey has only H1, H2 and full year; complaints' Q3 is 'n/a'; council
    tax is cumulative, so H1 repeats Q2 and H2 and the full year repeat
    Q4. Polarity from 'Good is'; no unit stated.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Quarterly Performance Report 2024/25 \u2013 Quarter 4 (Year End)")
    sheet["A2"] = "Cabinet, 24 June 2025 and Overview and Scrutiny Committee, 8 July 2025"
    sheet["A2"].font = Font(italic=True)
    heads = ["Code", "Measure", "Half / full year is", "Good is", *COLUMNS, "Target 2024/25",
             "RAG", "Comments"]  # fmt: skip
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
        code, name, kind, good, *figures, target, rag, _comment = spec
        rate = str(kind).endswith("%")
        put_row(sheet, row, 1, list(spec))
        for col in range(1, ncol + 1):
            sheet.cell(row=row, column=col).border = Border(bottom=THIN)
        for k in SUBTOTALS:
            cell = sheet.cell(row=row, column=5 + k)
            cell.fill = TOTAL
            cell.font = Font(bold=True)
        for col in range(5, 13):
            cell = sheet.cell(row=row, column=col)
            cell.alignment = Alignment(horizontal="right")
            if rate:
                cell.number_format = "0.0%"
            elif isinstance(cell.value, int) and cell.value >= 1000:
                cell.number_format = "#,##0"
        if rag:
            fill(sheet, f"M{row}", RAG_FILL[str(rag)])
        given = [k for k, value in enumerate(figures) if value is not None]
        for k in given:
            value = figures[k]
            text = None if isinstance(value, int | float) else str(value)
            status = RAG[str(rag)] if rag and k == given[-1] else None
            actual, goal = _points(value, rate), _points(target, rate)
            obs = Obs(str(code), str(name), PERIODS[k], actual, text, goal, status)
            exp.observations.append(obs)
        exp.add_meta(str(code), str(name), POLARITY.get(str(good)), None)
        row += 1
    notes = (
        "H1 = April to September 2024; H2 = October 2024 to March 2025. Total: the sum of the "
        "quarters. Average: the average over the half or the year. Year to date %: worked out "
        "from the half's or the year's cases, not an average of the quarters. Cumulative %: the "
        "position at the end of the period.",
        "RAG compares the full-year figure with the 2024/25 target; where the year is not "
        "complete, the latest quarter. Green: met; Amber: within 10%; Red: more than 10% away.",
        "Blank: not yet available or not measured that period.",
    )
    for j, line in enumerate(notes, start=row + 1):
        sheet.cell(row=j, column=1, value=line).font = Font(size=9, italic=True)
    widths = {"A": 7, "B": 58, "C": 14, "D": 8, "K": 12, "L": 11, "M": 8, "N": 48}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    for letter in "EFGHIJ":
        sheet.column_dimensions[letter].width = 9
    sheet.freeze_panes = f"E{FIRST}"
    save(book, path)
    return exp
