"""Doubtful: the column headed 'Value' holds Higher/Lower words, the figures are under 'Actual'."""

from __future__ import annotations

from pathlib import Path

from tests.realistic.kit import Expected, Obs, Rag, new_book, put_row, save, title

RAG: dict[str, Rag] = {"R": "red", "A": "amber", "G": "green"}

# code, indicator, 'Value' (really polarity), period, actual, target, rag
ROWS: tuple[tuple[object, ...], ...] = (
    ("FIN1", "Sundry debt over 90 days old", "Lower", "Q2 2024/25", 1.9, 1.5, "R"),
    ("FIN2", "Undisputed invoices paid within 30 days", "Higher", "Q2 2024/25", 93.8, 95.0, "A"),
    ("FIN3", "Savings delivered against plan", "Higher", "Q2 2024/25", 87.0, 85.0, "G"),
    ("FIN4", "Procurement spend with local suppliers", "Higher", "Q2 2024/25", 38.5, 40.0, "A"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a finance scorecard whose template headings slipped one column.

    A column was inserted in the template and the headings were not moved:
    the column headed 'Value' now holds which way is good (Higher / Lower) and
    the figures stand under 'Actual'. The cells contradict the heading, so
    the reading must be confirmed by a person (the doubt is the 'Value'
    heading, C3) even though the figures themselves are plain.
    """
    book, sheet = new_book("Finance KPIs")
    title(sheet, "A1", "Finance and Resources KPIs")
    put_row(
        sheet, 3, 1, ["Code", "Indicator", "Value", "Period", "Actual", "Target", "RAG"], bold=True
    )
    exp = Expected([], status="needs_review", review_cells=["Finance KPIs!C3"])
    for i, (code, name, polarity, period, actual, target, rag) in enumerate(ROWS):
        put_row(sheet, 4 + i, 1, [code, name, polarity, period, actual, target, rag])
        exp.observations.append(
            Obs(
                str(code),
                str(name),
                str(period),
                float(str(actual)),
                None,
                float(str(target)),
                RAG[str(rag)],
            )
        )
        exp.add_meta(
            str(code),
            str(name),
            "lower_is_better" if polarity == "Lower" else "higher_is_better",
            None,
        )
    save(book, path)
    return exp
