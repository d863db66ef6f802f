"""'Good performance: Higher/Lower' column beside the 'Result' column, long by quarter."""

from __future__ import annotations

from pathlib import Path

from tests.realistic.kit import Expected, Obs, Rag, new_book, put_row, save, title

RAG: dict[str, Rag] = {"Red": "red", "Amber": "amber", "Green": "green"}

# ref, measure, good performance, quarter, result, target, rag
ROWS: tuple[tuple[object, ...], ...] = (
    ("H1", "Households prevented from becoming homeless", "Higher", "Q1", 142.0, 150.0, "Amber"),
    ("H1", "Households prevented from becoming homeless", "Higher", "Q2", 161.0, 150.0, "Green"),
    ("H2", "Average days in bed and breakfast for families", "Lower", "Q1", 38.0, 42.0, "Green"),
    ("H2", "Average days in bed and breakfast for families", "Lower", "Q2", 49.0, 42.0, "Red"),
    ("H3", "Empty homes brought back into use", "Higher", "Q1", 12.0, 15.0, "Red"),
    ("H3", "Empty homes brought back into use", "Higher", "Q2", 14.0, 15.0, "Amber"),
    ("H4", "Average days to complete a disabled facilities grant", "Lower", "Q1", 187.0, 180.0, "Amber"),
    ("H4", "Average days to complete a disabled facilities grant", "Lower", "Q2", 176.0, 180.0, "Green"),
)  # fmt: skip

POLARITY = {"Higher": "higher_is_better", "Lower": "lower_is_better"}


def build(path: Path) -> Expected:
    """Imitates a housing performance table with a 'Good performance' column.

    Several district councils print 'Good performance' (Higher / Lower) as a
    column of its own immediately left of the figure, which is headed
    'Result'; the quarter is a bare 'Q1'/'Q2' with the year only in the
    sheet's title. A reader must take the figure from Result, not from the
    column of Higher/Lower words beside it.
    """
    book, sheet = new_book("Housing")
    title(sheet, "A1", "Housing Services Performance 2024/25")
    header = ["Ref", "Measure", "Quarter", "Good performance", "Result", "Target", "RAG"]
    put_row(sheet, 3, 1, header, bold=True)
    exp = Expected([])
    for i, (ref, measure, good, quarter, result, target, rag) in enumerate(ROWS):
        put_row(sheet, 4 + i, 1, [ref, measure, quarter, good, result, target, rag])
        exp.observations.append(
            Obs(
                str(ref),
                str(measure),
                f"{quarter} 2024/25",
                float(str(result)),
                None,
                float(str(target)),
                RAG[str(rag)],
            )
        )
        exp.add_meta(str(ref), str(measure), POLARITY[str(good)], None)
    save(book, path)
    return exp
