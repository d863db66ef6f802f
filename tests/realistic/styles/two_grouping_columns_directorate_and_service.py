"""Two grouping columns, 'Directorate' and 'Service area', each typed once at the top of its group."""

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

SHEET = "KPIs Q3"
HEAD_ROW = 4
FIRST = HEAD_ROW + 1
PERIODS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
RAG_FILL = {"G": GREEN_FILL, "A": AMBER_FILL, "R": RED_FILL}
HEAD = PatternFill(fill_type="solid", start_color="FF1F4E78", end_color="FF1F4E78")
TOP = Side(style="thin", color="FF808080")

# directorate (None: same as above), service area (None: same as above), code, indicator,
# Q1, Q2, Q3, target, RAG, comment
ROWS: tuple[tuple[object, ...], ...] = (
    ("Place", "Waste and Recycling", "PL01", "Household waste reused, recycled or composted (%)",
     53.8, 55.1, 49.6, 52, "A", "Seasonal fall in garden waste."),
    (None, None, "PL02", "Missed collections per 100,000 collections", 38, 44, 61, 50, "R",
     "Round re-organisation from 4 November."),
    (None, "Planning and Building Control", "PL03",
     "Major planning applications determined within 13 weeks or agreed extension (%)",
     91.7, 87.5, 100, 90, "G", None),
    (None, None, "PL04", "Minor planning applications determined within 8 weeks or agreed extension (%)",
     84.2, 79.9, 82.6, 85, "A", None),
    (None, None, "PL05", "Building regulation applications decided within statutory period (%)",
     97.1, 98.4, None, 95, "G", "Q3 figure awaiting system upgrade."),
    (None, "Environmental Health", "PL06", "Food premises inspections due that were completed (%)",
     88.0, 92.5, 95.3, 95, "G", None),
    (None, None, "PL07", "Fly-tipping incidents cleared within 2 working days (%)",
     96.4, 97.2, 94.8, 95, "A", None),
    ("Communities", "Housing Options", "CM01", "Homelessness preventions (cumulative)",
     112, 231, 344, 300, "G", None),
    (None, None, "CM02", "Households in temporary accommodation (snapshot)", 61, 68, 74, 55, "R",
     "Pressure from private rented sector evictions."),
    (None, None, "CM03", "Average weeks in bed and breakfast for families", 3.1, 4.6, 5.8, 6, "A",
     None),
    (None, "Leisure and Culture", "CM04", "Visits to leisure centres", 212480, 198115, 187340,
     190000, "A", None),
    (None, None, "CM05", "Library issues (physical and digital)", 81204, 84590, "n/a", 80000, None,
     "Library management system migration; figure not available."),
    (None, "Community Safety", "CM06", "Anti-social behaviour cases closed within 28 days (%)",
     72.5, 76.0, 80.3, 75, "G", None),
    ("Resources", "Revenues and Benefits", "RS01", "Council tax collected (%)", 28.9, 56.4, 84.1,
     84.5, "A", None),
    (None, None, "RS02", "Business rates collected (%)", 30.2, 58.8, 85.7, 85, "G", None),
    (None, None, "RS03", "Average days to process new Housing Benefit claims", 17.8, 19.2, 16.4,
     18, "G", None),
    (None, "Customer Services", "RS04", "Calls answered within 3 minutes (%)", 68.1, 74.9, 79.4,
     80, "A", "New telephony routing since October."),
    (None, None, "RS05", "Stage 1 complaints responded to within 10 working days (%)", 81.0, 77.3,
     70.2, 90, "R", None),
    (None, "HR and Organisational Development", "RS06",
     "Working days lost to sickness per FTE (rolling 12 months)", 9.4, 9.9, 10.6, 8.5, "R", None),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a district council's quarterly KPI workbook sent to overview and scrutiny.

    Maldon/Babergh-style: the corporate performance officer keeps one table
    for the whole council with two grouping columns at the left,
    'Directorate' and 'Service area'. Each is typed only once, on the first
    row of its group, and left empty below (not merged: the officer sorts and
    filters the table), with a thin rule above each new directorate. Then
    'KPI ref', 'Key performance indicator', 'Q1 2024/25', 'Q2 2024/25',
    'Q3 2024/25', 'Target 2024/25', a filled R/A/G letter headed 'RAG (Q3)'
    and 'Comments'. Title 'Key Performance Indicators 2024/25 \u2013 Quarter 3'.
    A Q3 building control figure is blank (awaiting upgrade), library issues
    Q3 is 'n/a' with no RAG; cumulative and snapshot measures carry words
    in their names; percentages are points.

    A careful reader takes the directorate as the portfolio of every row
    beneath it until the next one (Place, Communities, Resources) and the
    service area, filled down the same way within its directorate, as each
    row's service (Waste and Recycling, Planning and Building Control, ...),
    not as a portfolio, a heading row or an indicator. Each quarter carries
    the target; the RAG, headed for Q3, goes on the latest figure in the row
    (building control: Q2). No unit or polarity column.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Key Performance Indicators 2024/25 \u2013 Quarter 3")
    sheet["A2"] = "Overview and Scrutiny Committee \u2013 27 February 2025 \u2013 Appendix A"
    sheet["A2"].font = Font(italic=True)
    heads = ["Directorate", "Service area", "KPI ref", "Key performance indicator", *PERIODS,
             "Target 2024/25", "RAG (Q3)", "Comments"]  # fmt: skip
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
        directorate, _service, code, name, q1, q2, q3, target, rag, _comment = spec
        put_row(sheet, row, 1, list(spec))
        if directorate is not None:
            for col in range(1, ncol + 1):
                sheet.cell(row=row, column=col).border = Border(top=TOP)
        for col in (1, 2):
            sheet.cell(row=row, column=col).font = Font(bold=True)
        for col in range(5, 9):
            cell = sheet.cell(row=row, column=col)
            if isinstance(cell.value, int) and cell.value >= 1000:
                cell.number_format = "#,##0"
            cell.alignment = Alignment(horizontal="center")
        if rag:
            fill(sheet, f"I{row}", RAG_FILL[str(rag)])
            sheet[f"I{row}"].alignment = Alignment(horizontal="center")
        status = RAG[str(rag)] if rag else None
        target_value = float(target) if isinstance(target, int | float) else None
        exp.observations.extend(
            observed(str(code), str(name), PERIODS, (q1, q2, q3), target_value, status)
        )
        row += 1
    notes = (
        "RAG compares the Q3 position (or latest available) with the 2024/25 target. G: on "
        "or better than target; A: within 10% of target; R: more than 10% away.",
        "Cumulative measures build through the year; snapshot measures show the position on "
        "the last day of the quarter.",
    )
    for j, line in enumerate(notes, start=row + 1):
        sheet.cell(row=j, column=1, value=line).font = Font(size=9, italic=True)
    widths = {"A": 15, "B": 30, "C": 8, "D": 62, "H": 10, "I": 8, "J": 45}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.auto_filter.ref = f"A{HEAD_ROW}:{chr(64 + ncol)}{row - 1}"
    sheet.freeze_panes = f"E{FIRST}"
    save(book, path)
    return exp
