"""Quarter against the same quarter last year, with variance columns that are not values."""

from __future__ import annotations

from pathlib import Path

from tests.realistic.kit import Expected, Obs, Rag, new_book, put_row, save, title

RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
PERIODS = ("Q3 2023/24", "Q3 2024/25")

# ref, indicator, Q3 last year, Q3 this year, target, variance to target, change, RAG
ROWS: tuple[tuple[object, ...], ...] = (
    ("RES01", "Council tax collected in year (%)", 83.1, 84.6, 84.0, "+0.6pp", "+1.5pp", "G"),
    ("RES02", "Business rates collected in year (%)", 82.4, 80.9, 83.0, "-2.1pp", "-1.5pp", "R"),
    ("RES03", "Average days to process new benefit claims", 21.0, 18.5, 20.0, "-1.5", "-2.5", "G"),
    ("RES04", "Calls answered within 60 seconds (%)", 71.0, 68.2, 70.0, "-1.8pp", "-2.8pp", "A"),
    ("RES05", "Invoices paid within 30 days (%)", 92.3, 95.1, 95.0, "+0.1pp", "+2.8pp", "G"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a resources directorate quarterly report with variance columns.

    Finance-minded performance reports (budget-monitoring style) set this
    quarter beside the same quarter last year and add 'Variance to target'
    and 'Change on last year' columns written with signs and 'pp'
    (percentage points). Those columns are arithmetic on the figures, not
    figures of any period: a careful reader takes the two quarters, the
    target and the RAG letter, and nothing from the variance columns.
    """
    book, sheet = new_book("Q3 Performance")
    title(sheet, "A1", "Resources Directorate - Performance Report, Quarter 3 2024/25")
    header = ["Ref", "Performance indicator", "Q3 2023/24", "Q3 2024/25", "Target",
              "Variance to target", "Change on last year", "RAG"]  # fmt: skip
    put_row(sheet, 3, 1, header, bold=True)
    exp = Expected([])
    for r, (ref, name, last, now, target, variance, change, rag) in enumerate(ROWS):
        put_row(sheet, 4 + r, 1, [ref, name, last, now, target, variance, change, rag])
        t = float(str(target))
        exp.observations += [
            Obs(str(ref), str(name), PERIODS[0], float(str(last)), None, t),
            Obs(str(ref), str(name), PERIODS[1], float(str(now)), None, t, RAG[str(rag)]),
        ]
    save(book, path)
    return exp
