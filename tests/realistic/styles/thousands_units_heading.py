"""Income lines in thousands, the unit only in their section heading ('Finance (\u00a3'000)'), above ordinary % and count KPIs."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Font, PatternFill

from tests.realistic.kit import (
    BOLD,
    Expected,
    Rag,
    new_book,
    observed,
    put_row,
    save,
    title,
)

SHEET = "Q3 Finance & Performance"
PERIODS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
SECTION_FILL = PatternFill(fill_type="solid", start_color="FFD9E1F2", end_color="FFD9E1F2")

MONEY_HEADING = "Finance (\u00a3'000)"
# ref, measure, Q1, Q2, Q3, target, Q3 RAG: figures in thousands of pounds
MONEY: tuple[tuple[object, ...], ...] = (
    ("FIN1", "Car parking income", 412, 455, 438, 425, "G"),
    ("FIN2", "Planning application fee income", 286, 241, 198, 300, "R"),
    ("FIN3", "Commercial property rental income", 1104, 1098, 1121, 1110, "G"),
    ("FIN4", "Garden waste subscription income", 1652, 96, 41, None, None),
    ("FIN5", "Sundry debt outstanding over 90 days at quarter end", 318, 352, 297, 280, "A"),
)  # fmt: skip

SERVICE_HEADING = "Service performance"
SERVICE: tuple[tuple[object, ...], ...] = (
    ("PERF1", "Undisputed invoices paid within 30 days (%)", 96.8, 97.4, 95.9, 97.0, "A"),
    ("PERF2", "Household waste sent for reuse, recycling and composting (%)", 55.2, 53.8, 47.1, 52.0, "R"),
    ("PERF3", "Missed bin collections per 100,000 scheduled", 38, 44, 61, 50, "R"),
    ("PERF4", "Planning applications received", 312, 298, 254, None, None),
    ("PERF5", "Average days to process new Housing Benefit claims", 17.2, 16.1, 18.9, 18.0, "A"),
    ("PERF6", "Food hygiene inspections completed on time (%)", 91.0, 94.5, 97.2, 95.0, "G"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a district council's quarterly finance and performance monitoring sheet.

    Finance and performance reports often share one table: a block of income
    and debt lines, kept in thousands of pounds with the unit written once in
    the block's heading row ('Finance (\u00a3'000)') and nowhere on the lines
    themselves, then a block of service measures in percentages, counts and
    days. The money cells show '1,104' for \u00a31.104m. Each line has three
    quarters, a target (the quarter's budget for income lines) and an R/A/G
    for Quarter 3; the seasonal garden waste income and the count of
    applications received have neither.

    A careful reader takes each figure as written, in the unit the heading
    gives: the income lines are in \u00a3000 (1,104 is 1104 thousand pounds,
    kept as 1104 in thousands of pounds, unit \u00a3k), the service measures as they stand. The
    target applies to every quarter of its line, the rating to Quarter 3.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Tewkesbury Borough Council")
    sheet["A2"] = "Finance and Performance Monitoring \u2013 Quarter 3 2024/25"
    sheet["A2"].font = Font(bold=True, size=12)
    sheet["A3"] = "Report to Overview and Scrutiny Committee, 4 February 2025"
    header = ["Ref", "Measure", "Q1", "Q2", "Q3", "Target", "Q3 RAG"]
    put_row(sheet, 5, 1, header, bold=True)
    exp = Expected([])
    row = 6
    for heading, lines, money in ((MONEY_HEADING, MONEY, True), (SERVICE_HEADING, SERVICE, False)):
        sheet.cell(row=row, column=1, value=heading).font = BOLD
        for col in range(1, 8):
            sheet.cell(row=row, column=col).fill = SECTION_FILL
        row += 1
        for ref, name, *figures, target, rag in lines:
            put_row(sheet, row, 1, [ref, name, *figures, target, rag])
            if money:
                for col in range(3, 7):
                    sheet.cell(row=row, column=col).number_format = "#,##0"
            goal = None if target is None else float(str(target))
            status = RAG[str(rag)] if rag is not None else None
            exp.observations += observed(str(ref), str(name), PERIODS, figures, goal, status)
            if money:
                exp.add_meta(
                    str(ref), str(name), None, "\u00a3k"
                )  # thousands of pounds, as units are labelled
            row += 1
    notes = (
        "Income targets are the budget profiled for the quarter; RAG compares Quarter 3 with its target.",
        "Garden waste subscriptions are taken mainly in April; no quarterly profile is set.",
    )
    for j, line in enumerate(notes):
        sheet.cell(row=row + 1 + j, column=1, value=line).font = Font(size=9, italic=True)
    sheet.column_dimensions["B"].width = 56
    save(book, path)
    return exp
