"""Budget lines (annual budget, actual to date, forecast outturn, variance £ and %) in one table with KPIs."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Font

from tests.realistic.kit import Expected, Obs, Rag, new_book, put_row, save, title

SHEET = "Q2 F&R"
PERIOD = "H1 2024/25"  # 'Actual to date' at the end of September: April to September
RAG: dict[str, Rag] = {"Red": "red", "Amber": "amber", "Green": "green"}
MONEY = "#,##0;[Red](#,##0)"

# ref, line, annual budget £000, actual to date £000, forecast outturn £000, RAG
BUDGET: tuple[tuple[object, ...], ...] = (
    ("FR01", "Net revenue spend \u2013 Finance and Corporate Services", 8642, 4187, 8803, "Amber"),
    ("FR02", "Net revenue spend \u2013 Environment and Waste", 12915, 6733, 13482, "Red"),
    ("FR03", "Net revenue spend \u2013 Housing and Communities", 5208, 2311, 5050, "Green"),
    ("FR04", "Treasury management investment income", 1450, 902, 1780, "Green"),
    ("FR05", "Capital programme spend", 21400, 6118, 17950, "Amber"),
)  # fmt: skip

# ref, measure, unit, number format, target, actual to date, forecast outturn, RAG
KPIS: tuple[tuple[object, ...], ...] = (
    ("FR06", "Undisputed invoices paid within 30 days", "%", 0.95, 0.964, 0.96, "Green"),
    ("FR07", "FOI requests answered within 20 working days", "%", 0.9, 0.862, 0.88, "Amber"),
    ("FR08", "Stage 1 complaints answered within 10 working days", "%", 0.85, 0.782, 0.8, "Red"),
    ("FR09", "Housing benefit new claims \u2013 average days to process", "days", 18, 16.4, 17, "Green"),
    ("FR10", "Customer services calls answered", "%", 0.9, 0.913, 0.91, "Green"),
    ("FR11", "Council Tax Reduction changes of circumstance \u2013 average days", "days", 8, 8.3, None, "Amber"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a district council's quarterly finance and resources report to scrutiny.

    Finance and resources committees often get one table that mixes budget
    monitoring lines with ordinary service KPIs. The money lines (in £000)
    have an 'Annual budget', the 'Actual to date' spent or received, the
    'Forecast outturn' for the year and the forecast variance from budget in
    £000 and as a percentage; the KPI lines leave the money columns empty and
    have a 'Target' instead, their percentages kept as fractions in '0.0%'
    cells. One RAG per line.

    A careful reader takes the 'Actual to date' figure as the one observed
    figure of each line: the title dates it to the end of September, so it
    covers April to September, the first half of 2024/25. The forecast
    outturn is a projection (no period has been measured yet), and the
    variances are arithmetic on the budget and the forecast, so neither is an
    observation. The annual budget is the budget for the whole year, not a
    target for six months' spend, so the money lines have no target; the
    Target column applies to the KPI lines. The RAG belongs to the actual to
    date. One forecast was not yet available and is left blank.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Rushcliffe Borough Council")
    sheet["A2"] = "Finance and Resources performance and budget monitoring \u2013 Quarter 2 2024/25"
    sheet["A3"] = "Position at 30 September 2024. Money columns in \u00a3000."
    header = ["Ref", "Line", "Unit", "Annual budget", "Target", "Actual to date",
              "Forecast outturn", "Variance \u00a3000", "Variance %", "RAG"]  # fmt: skip
    put_row(sheet, 5, 1, header, bold=True)
    exp = Expected([])
    row = 6
    for ref, name, budget, actual, forecast, rag in BUDGET:
        assert isinstance(budget, int) and isinstance(forecast, int)
        variance = forecast - budget
        put_row(sheet, row, 1, [ref, name, "\u00a3000", budget, None, actual, forecast,
                                variance, variance / budget, rag])  # fmt: skip
        for col in "DFGH":
            sheet[f"{col}{row}"].number_format = MONEY
        sheet[f"I{row}"].number_format = "0.0%"
        exp.observations.append(
            Obs(str(ref), str(name), PERIOD, float(str(actual)), rag=RAG[str(rag)])
        )
        row += 1
    for ref, name, unit, target, actual, forecast, rag in KPIS:
        put_row(sheet, row, 1, [ref, name, unit, None, target, actual, forecast, None, None, rag])
        percent = unit == "%"
        for col in "EFG":
            sheet[f"{col}{row}"].number_format = "0.0%" if percent else "0.0"
        scale = 100.0 if percent else 1.0
        exp.observations.append(
            Obs(
                str(ref),
                str(name),
                PERIOD,
                round(float(str(actual)) * scale, 6),
                target=round(float(str(target)) * scale, 6),
                rag=RAG[str(rag)],
            )
        )
        exp.add_meta(str(ref), str(name), None, str(unit))
        row += 1
    notes = (
        "Budget lines: RAG on forecast variance \u2013 Green underspend or on budget; Amber "
        "overspend up to 2.5%; Red overspend over 2.5%. Income lines: Green at or above budget. "
        "Capital: Amber where forecast slippage is over 10%.",
        "KPIs: RAG on actual to date against target \u2013 Green met; Amber within 5%; Red worse.",
        "FR11 forecast not available this quarter (system upgrade).",
    )
    for j, line in enumerate(notes):
        sheet.cell(row=row + 1 + j, column=1, value=line).font = Font(size=9, italic=True)
    sheet.column_dimensions["B"].width = 58
    save(book, path)
    return exp
