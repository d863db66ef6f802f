"""Two scorecards side by side: last year's finished one on the left, this year's on the right."""

from __future__ import annotations

from pathlib import Path

from tests.realistic.kit import Expected, Obs, Rag, new_book, put_row, save, title

RAG: dict[str, Rag] = {"R": "red", "A": "amber", "G": "green"}

LAST = ("Q1 2023/24", "Q2 2023/24", "Q3 2023/24", "Q4 2023/24")
THIS = ("Q1 2024/25", "Q2 2024/25")

# left table: ref, indicator, Q1..Q4, target 2023/24
LEFT: tuple[tuple[object, ...], ...] = (
    ("H1", "Homelessness cases prevented or relieved (%)", 58.0, 61.0, 63.5, 60.2, 60.0),
    ("H2", "Average days to re-let a council home", 41.0, 38.0, 44.0, 36.0, 35.0),
    ("H3", "Repairs completed right first time (%)", 82.0, 84.0, 83.1, 86.0, 85.0),
)  # fmt: skip

# right table (its own order, one new indicator): ref, indicator, target 2024/25, Q1, Q2, RAG
RIGHT: tuple[tuple[object, ...], ...] = (
    ("H3", "Repairs completed right first time (%)", 87.0, 85.4, 88.2, "G"),
    ("H1", "Homelessness cases prevented or relieved (%)", 62.0, 57.3, 59.9, "A"),
    ("H4", "Households in temporary accommodation over 6 weeks (B&B)", 0.0, 4.0, 7.0, "R"),
    ("H2", "Average days to re-let a council home", 32.0, 39.0, 34.0, "A"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a housing scorecard showing the previous year's outturn beside this year's.

    Officers often copy last year's completed scorecard next to this year's so
    members can compare: two tables on one sheet, side by side with a blank
    column between, each with its own title naming the year, its own
    reference and indicator columns, bare 'Q1'..'Q4' headings, and its own
    column order (last year's target at the end, this year's before the
    quarters, a RAG only on this year's). Rows are in a different order and
    this year has a new indicator.
    """
    book, sheet = new_book("Housing")
    title(sheet, "A1", "Housing Services Performance")
    exp = Expected([])
    sheet["A3"] = "2023/24 (final outturn)"
    put_row(sheet, 4, 1, ["Ref", "Indicator", "Q1", "Q2", "Q3", "Q4", "Target"], bold=True)
    for i, (ref, name, *values, target) in enumerate(LEFT):
        put_row(sheet, 5 + i, 1, [ref, name, *values, target])
        t = float(str(target))
        for label, value in zip(LAST, values, strict=True):
            exp.observations.append(Obs(str(ref), str(name), label, float(str(value)), None, t))
    sheet["I3"] = "2024/25 (year to date)"
    put_row(sheet, 4, 9, ["Ref", "Indicator", "Target", "Q1", "Q2", "RAG"], bold=True)
    for i, (ref, name, target, q1, q2, rag) in enumerate(RIGHT):
        put_row(sheet, 5 + i, 9, [ref, name, target, q1, q2, rag])
        t = float(str(target))
        exp.observations += [
            Obs(str(ref), str(name), THIS[0], float(str(q1)), None, t),
            Obs(str(ref), str(name), THIS[1], float(str(q2)), None, t, RAG[str(rag)]),
        ]
    for col in ("B", "J"):
        sheet.column_dimensions[col].width = 48
    save(book, path)
    return exp
