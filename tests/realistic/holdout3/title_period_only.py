"""Headings only 'Actual', 'Target', 'RAG', 'Same quarter last year'; the quarter only in the title."""

from __future__ import annotations

from pathlib import Path

from tests.realistic.kit import Expected, Obs, Rag, new_book, put_row, save, title

RAG: dict[str, Rag] = {"Red": "red", "Amber": "amber", "Green": "green"}
THIS, LAST = "Q2 2024/25", "Q2 2023/24"

# ref, indicator, actual, target, RAG, same quarter last year (None: blank, a new measure)
ROWS: tuple[tuple[str, str, float, float, str, float | None], ...] = (
    ("KPI 1", "Council tax collected (% of the year's debit)", 57.1, 57.5, "Amber", 56.9),
    ("KPI 2", "Business rates collected (% of the year's debit)", 58.8, 57.0, "Green", 55.2),
    ("KPI 3", "Average days to process new housing benefit claims", 16.2, 18.0, "Green", 19.4),
    ("KPI 4", "Average days to process changes of circumstances", 9.8, 8.0, "Red", 7.6),
    ("KPI 5", "Household waste sent for reuse, recycling and composting (%)", 55.4, 54.0, "Green", 53.1),
    ("KPI 6", "Missed collections per 100,000", 71.0, 60.0, "Red", 58.0),
    ("KPI 7", "Householder planning applications decided within 8 weeks (%)", 86.0, 90.0, "Amber", 91.3),
    ("KPI 8", "Households prevented from becoming homeless", 64.0, 60.0, "Green", None),
    ("KPI 9", "Stage 1 complaints answered within 10 working days (%)", 88.5, 95.0, "Amber", 93.0),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a district council's quarterly performance report table.

    The table's headings say only 'Actual', 'Target', 'RAG' and 'Same quarter
    last year'; which quarter it is appears only in the title row ('Quarter 2
    2024/25 performance report'). A reader places 'Actual' in Q2 2024/25 with
    the target and the RAG, and 'Same quarter last year' in Q2 2023/24; as the
    only Target column, the target stands beside both figures. One measure
    is new this year and has no figure for last year.
    """
    book, sheet = new_book("Q2")
    title(sheet, "A1", "Quarter 2 2024/25 performance report")
    sheet["A2"] = "Key performance indicators reported to Overview and Scrutiny Committee"
    header = ["Ref", "Indicator", "Actual", "Target", "RAG", "Same quarter last year"]
    put_row(sheet, 4, 1, header, bold=True)
    exp = Expected([])
    for r, (ref, name, actual, target, rag, last) in enumerate(ROWS):
        put_row(sheet, 5 + r, 1, [ref, name, actual, target, rag, last])
        exp.observations.append(Obs(ref, name, THIS, actual, None, target, RAG[rag]))
        if last is not None:
            exp.observations.append(Obs(ref, name, LAST, last, None, target))
        if "%" in name:
            exp.add_meta(ref, name, None, "%")
    sheet.column_dimensions["B"].width = 60
    sheet.column_dimensions["F"].width = 24
    save(book, path)
    return exp
