"""A script-generated scorecard whose 'Year to date' and 'Variance' columns are formulas saved with no calculated values."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Font

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
)

SHEET = "Scorecard"
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
RAG: dict[str, Rag] = {"Red": "red", "Amber": "amber", "Green": "green"}
RAG_FILL = {"Red": RED_FILL, "Amber": AMBER_FILL, "Green": GREEN_FILL}
UNIT = {"%": "%", "count": "number", "days": "days", "£": "£"}

# code, indicator, unit, Q1, Q2, Q3, target, RAG (Q3)
ROWS: tuple[tuple[object, ...], ...] = (
    ("RB01", "Average days to process new Housing Benefit claims", "days", 18.2, 21.7, 19.4, 20, "Green"),
    ("RB02", "Average days to process Housing Benefit changes of circumstance", "days", 6.1, 7.9, 9.3, 8, "Amber"),
    ("RB03", "Council Tax Reduction applications received", "count", 1288, 1154, 1207, None, None),
    ("RB04", "Housing Benefit overpayments recovered", "£", 142870, 118455, 96310, 125000, "Red"),
    ("RB05", "Discretionary Housing Payment awards made", "count", 214, 187, 233, 180, "Green"),
    ("CS01", "Telephone calls answered within 60 seconds", "%", 72.4, 68.9, 74.6, 80, "Amber"),
    ("CS02", "Customers who rated their contact as good or very good", "%", 88.0, 86.5, None, 85, None),
    ("CS03", "Online self-service transactions", "count", 24611, 26950, 29104, 25000, "Green"),
    ("CS04", "Stage 1 complaints responded to within 10 working days", "%", 91.3, 84.2, 79.8, 95, "Red"),
)  # fmt: skip

HEADER = (
    "Code",
    "Indicator",
    "Unit",
    *QUARTERS,
    "Year to date",
    "Target",
    "Variance to target",
    "RAG",
)


def build(path: Path) -> Expected:
    """Imitates a district council's revenues, benefits and customer services scorecard written by a script.

    The council's performance system writes the quarterly scorecard with a
    small script: the three quarters' figures, the Target and the RAG word
    are typed values, while 'Year to date' (SUM of the quarters for counts
    and money, AVERAGE for rates and days) and 'Variance to target' (Q3
    less the target) are written as formulas. The script saves the file
    without calculating it, so those cells hold a formula and no stored
    result: a program reading the file without recalculating sees no
    figure in them. The customer satisfaction survey had no Q3 result when
    the report ran (blank, its formulas still there) and applications
    received have no target or rating.

    A careful reader who opens the file without recalculating takes the
    typed quarters with the target (one Target column: every quarter) and
    the RAG for the latest quarter. The formula cells give no figure: the
    year-to-date column is derived from the quarters and there is no value
    in the file to take, so it is no observation; the variance is a
    difference, never an observation.
    """
    book, sheet = new_book(SHEET)
    sheet["A1"] = "Revenues, Benefits and Customer Services - quarterly performance scorecard"
    sheet["A1"].font = Font(bold=True, size=13)
    sheet["A2"] = (
        "South Kesteven District Council | Q3 2024/25 | generated 2025-01-21 07:30 by kpi_pack"
    )
    sheet["A2"].font = Font(italic=True, size=9)
    put_row(sheet, 4, 1, HEADER, bold=True)
    for col in range(1, len(HEADER) + 1):
        sheet.cell(row=4, column=col).alignment = Alignment(wrap_text=True, horizontal="center")
    exp = Expected([])
    for i, (code, name, unit, q1, q2, q3, target, rag) in enumerate(ROWS):
        r = 5 + i
        put_row(sheet, r, 1, [code, name, unit, q1, q2, q3])
        how = "SUM" if unit in ("count", "£") else "AVERAGE"
        sheet[f"G{r}"] = f"={how}(D{r}:F{r})"
        if target is not None:
            sheet[f"H{r}"] = target
            sheet[f"I{r}"] = f'=IF(F{r}="","",F{r}-H{r})'
        if rag is not None:
            sheet[f"J{r}"] = rag
            fill(sheet, f"J{r}", RAG_FILL[str(rag)])
        number = "#,##0" if unit in ("count", "£") else "0.0"
        if unit == "£":
            number = "£#,##0"
        for letter in "DEFGHI":
            sheet[f"{letter}{r}"].number_format = number
        c, n = str(code), str(name)
        exp.observations += observed(
            c,
            n,
            QUARTERS,
            (q1, q2, q3),
            None if target is None else float(str(target)),
            RAG.get(str(rag)),
        )
        exp.add_meta(c, n, None, UNIT[str(unit)])
    sheet.column_dimensions["B"].width = 62
    save(book, path)
    return exp
