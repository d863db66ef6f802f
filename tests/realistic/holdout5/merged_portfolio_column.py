"""Portfolio names merged down column A over their KPIs; month columns, one Target, a RAG for the latest month."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Font

from tests.realistic.kit import Expected, Rag, new_book, observed, put_row, save, title

MONTHS = ("Jul 2024", "Aug 2024", "Sep 2024")
HEADINGS = ("July 2024", "August 2024", "September 2024")
RAG: dict[str, Rag] = {"Red": "red", "Amber": "amber", "Green": "green"}

# portfolio -> rows of (KPI ref, KPI, July, August, September, target, RAG, direction)
PORTFOLIOS: tuple[tuple[str, tuple[tuple[object, ...], ...]], ...] = (
    ("Adult Social Care & Health", (
        ("ASC 01", "Care Act assessments completed within 28 days (%)", 71.4, 74.0, 76.8, 80.0,
         "Amber", "Improving"),
        ("ASC 02", "People waiting for a Care Act assessment", 412, 388, 351, 300, "Red",
         "Improving"),
        ("ASC 03", "Hospital discharges to usual place of residence (%)", 92.1, 93.0, 92.6, 93.0,
         "Amber", "Worsening"),
    )),
    ("Children, Families & Education", (
        ("CFE 01", "Child and family assessments completed within 45 working days (%)", 84.2,
         86.9, 88.5, 90.0, "Amber", "Improving"),
        ("CFE 02", "Children subject to a child protection plan (rate per 10,000 under 18)", 41.3,
         42.0, 40.6, 42.0, "Green", "Improving"),
        ("CFE 03", "New Education, Health and Care Plans issued within 20 weeks (%)", 38.0, 45.5,
         52.1, 60.0, "Red", "Improving"),
    )),
    ("Environment & Communities", (
        ("ENV 01", "Missed bins per 100,000 collections", 28, 35, 31, 40, "Green", "Improving"),
        ("ENV 02", "Fly-tipping incidents reported", 612, 587, 640, "n/a", None, "Worsening"),
        ("ENV 03", "Library visits (physical and virtual)", 41210, 39876, "Awaited", 40000, None,
         None),
    )),
    ("Resources & Customer Services", (
        ("RES 01", "Calls to the customer contact centre answered within 2 minutes (%)", 78.2,
         81.5, 84.0, 85.0, "Amber", "Improving"),
        ("RES 02", "Freedom of Information requests answered within 20 working days (%)", 88.0,
         91.0, 93.4, 90.0, "Green", "Improving"),
        ("RES 03", "Undisputed invoices paid within 30 days (%)", 95.2, 96.0, 94.8, 97.0,
         "Amber", "Worsening"),
    )),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a unitary council's monthly corporate dashboard grouped by cabinet portfolio.

    Dashboards built in Excel for cabinet often put the portfolio in the first
    column and merge that cell down over all of its KPIs, centred vertically,
    so the portfolio is written once per group while the KPI reference and
    name sit in the next two columns and the months run across. A careful
    reader takes the merged cell as every row's portfolio (not an indicator of
    its own), each month's figure as that month's, the one Target as the
    target of all three months, and the RAG and direction as the September
    position. Fly-tipping reports are monitored without a target, and the
    September library figure had not come in when the dashboard was issued.
    """
    book, sheet = new_book("Dashboard")
    title(sheet, "A1", "Corporate Performance Dashboard - September 2024")
    sheet["A2"] = (
        "Monthly KPIs by cabinet portfolio. RAG and direction of travel are for September."
    )
    header = ["Portfolio", "KPI ref", "KPI", *HEADINGS, "Target", "RAG", "Direction of travel"]
    put_row(sheet, 4, 1, header, bold=True)
    exp = Expected([])
    row = 5
    for portfolio, rows in PORTFOLIOS:
        first = row
        for ref, name, jul, aug, sep, target, rag, direction in rows:
            put_row(sheet, row, 2, [ref, name, jul, aug, sep, target, rag, direction])
            for col in (4, 5, 6):
                if isinstance(sheet.cell(row=row, column=col).value, int):
                    sheet.cell(row=row, column=col).number_format = "#,##0"
            goal = float(target) if isinstance(target, int | float) else None
            exp.observations += observed(
                str(ref), str(name), MONTHS, (jul, aug, sep), goal,
                RAG[str(rag)] if rag is not None else None,
            )  # fmt: skip
            row += 1
        sheet.cell(row=first, column=1, value=portfolio)
        sheet.cell(row=first, column=1).font = Font(bold=True)
        sheet.cell(row=first, column=1).alignment = Alignment(
            vertical="center", horizontal="center", wrap_text=True
        )
        sheet.merge_cells(start_row=first, start_column=1, end_row=row - 1, end_column=1)
    sheet.cell(row=row + 1, column=1, value="Awaited = figure not received from the service "
               "by the reporting deadline.")  # fmt: skip
    sheet.column_dimensions["A"].width = 22
    sheet.column_dimensions["C"].width = 64
    save(book, path)
    return exp
