"""A landlord's year-end table: four quarter columns followed by a 'Full year' column, one target and one status."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Font

from tests.realistic.kit import BOLD, Expected, Rag, new_book, observed, put_row, save, title

RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
PERIODS = ("Q1 2023/24", "Q2 2023/24", "Q3 2023/24", "Q4 2023/24", "2023/24")

# ref, measure, Q1, Q2, Q3, Q4, full year, target 2023/24, status (full year)
ROWS: tuple[tuple[object, ...], ...] = (
    ("HRA01", "Rent collected as a percentage of rent due (%)",
     96.8, 97.9, 98.4, 100.6, 99.1, 99.0, "Green"),
    ("HRA02", "Current tenant arrears as a percentage of the annual rent debit (%)",
     2.41, 2.55, 2.62, 2.18, 2.18, 2.5, "Green"),
    ("HRA03", "Average time to re-let standard voids (calendar days)",
     38.0, 41.0, 35.0, 33.0, 36.6, 30.0, "Red"),
    ("HRA04", "Emergency repairs completed within 24 hours (%)",
     98.2, 97.5, 96.9, 98.8, 97.9, 98.0, "Amber"),
    ("HRA05", "Routine repairs completed within 28 days (%)",
     81.4, 84.0, 86.7, 88.9, 85.3, 90.0, "Amber"),
    ("HRA06", "Council homes let to new tenants",
     112.0, 97.0, 124.0, 131.0, 464.0, 450.0, "Green"),
    ("HRA07", "Properties without a valid gas safety certificate (at period end)",
     3.0, 0.0, 1.0, 2.0, 2.0, 0.0, "Red"),
    ("HRA08", "Stage 1 complaints answered within 10 working days (%)",
     72.0, 79.4, 83.1, 86.5, 80.2, 95.0, "Red"),
    ("HRA09", "New anti-social behaviour cases opened",
     186.0, 203.0, 171.0, 158.0, 718.0, None, None),
    ("HRA10", "Tenants satisfied with the overall service from their landlord (TSM TP01, %)",
     None, None, None, None, 68.3, 75.0, "Red"),
    ("HRA11", "Council homes meeting the Decent Homes Standard (%)",
     None, None, None, None, 91.7, 100.0, "Amber"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a district council landlord's year-end housing performance report to its tenants' panel.

    The year-end table keeps each quarter's figure and adds a 'Full year'
    column after Q4: for counts the year's total (the four quarters add
    up), for percentages and averages the figure for the whole year, for
    snapshots the position at the year end. Annual measures (the tenant
    satisfaction measures, decency) have only the full-year figure. A
    careful reader takes the four quarters and the year as five periods,
    the 2023/24 target for each of them, the status for the last period
    column, the year, and leaves the ASB count without target or status.
    """
    book, sheet = new_book("Housing KPIs 2023-24")
    title(sheet, "A1", "Rushcliffe Borough Council - Housing Landlord Services")
    sheet["A2"] = "Key performance indicators: year end 2023/24"
    sheet["A2"].font = BOLD
    header = ["Ref", "Measure", "Q1 2023/24", "Q2 2023/24", "Q3 2023/24", "Q4 2023/24",
              "Full year", "Target 2023/24", "Status"]  # fmt: skip
    put_row(sheet, 4, 1, header, bold=True)
    for col in range(3, 10):
        sheet.cell(row=4, column=col).alignment = Alignment(horizontal="center", wrap_text=True)
    exp = Expected([])
    for i, (ref, name, *values, target, status) in enumerate(ROWS):
        row = 5 + i
        put_row(sheet, row, 1, [ref, name, *values, target, status])
        sheet.cell(row=row, column=7).font = BOLD
        exp.observations += observed(
            str(ref), str(name), PERIODS, values,
            None if target is None else float(str(target)),
            RAG[str(status)] if status else None,
        )  # fmt: skip
    foot = 5 + len(ROWS) + 1
    lines = (
        "Full year: total for the year for counts; the whole-year figure for percentages and "
        "averages; the position at 31 March 2024 for snapshot measures.",
        "Status compares the full-year figure with the target.",
    )
    for j, line in enumerate(lines):
        sheet.cell(row=foot + j, column=1, value=line).font = Font(italic=True, size=9)
    sheet.column_dimensions["B"].width = 66
    save(book, path)
    return exp
