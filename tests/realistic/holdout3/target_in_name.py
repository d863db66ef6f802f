"""No Target column: each target is written into the measure's name ('(target 90%)', '[Target ≥ 95%]')."""

from __future__ import annotations

from pathlib import Path

from tests.realistic.kit import Expected, Rag, new_book, observed, put_row, save, title

RAG: dict[str, Rag] = {"R": "red", "A": "amber", "G": "green"}
QUARTERS = ("Q1 2024/25", "Q2 2024/25")

# PI, measure as written, Q1, Q2, RAG (Q2), the target a reader takes, polarity the words state
ROWS: tuple[tuple[str, str, float, float, str, float | None, str | None], ...] = (
    ("PE01", "Household waste sent for reuse, recycling and composting (target 50%)",
     48.2, 49.6, "A", 50.0, None),
    ("PE02", "Average time to re-let council homes \u2013 target: no more than 30 days",
     34.0, 28.0, "G", 30.0, "lower_is_better"),
    ("PE03", "Major planning applications determined in time [Target \u2265 90%]",
     93.3, 88.9, "A", 90.0, "higher_is_better"),
    ("PE04", "Street light faults repaired within 5 working days (target 95%)",
     96.1, 97.0, "G", 95.0, None),
    ("PE05", "Missed bin collections per 100,000 collections (target below 60)",
     54.0, 63.0, "A", 60.0, "lower_is_better"),
    ("PE06", "Fly-tipping incidents removed within 2 working days (2024/25 target: 90%)",
     88.0, 91.5, "G", 90.0, None),
    ("PE07", "Category 1 potholes made safe within 24 hours \u2013 target 100%",
     98.7, 99.4, "A", 100.0, None),
    ("PE08", "People killed or seriously injured on local roads (target: reduce on the 2023 baseline of 84)",
     19.0, 23.0, "A", None, "lower_is_better"),
    ("PE09", "High-risk trading standards inspections completed (target 40 for the year, cumulative)",
     9.0, 21.0, "G", 40.0, None),
    ("PE10", "Air quality monitoring sites meeting the NO2 annual objective of 40\u00b5g/m\u00b3 (%) (target 100%)",
     92.0, 84.0, "R", 100.0, None),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a place and environment scorecard that states each target in the measure's name.

    Some scorecards have no Target column: the target is written into the
    measure's description, in whatever words the officer chose - '(target
    50%)', '- target: no more than 30 days', '[Target ≥ 90%]', '(target
    below 60)', '(2024/25 target: 90%)'. A careful reader takes the number the
    words call the target, for both quarters, and not the other numbers in
    the name ('within 5 working days', 'per 100,000', 'objective of
    40µg/m³'). 'Reduce on the 2023 baseline of 84' sets a direction, not a
    figure: the baseline is a year's count and the figures are quarters, so
    that measure has no numeric target. Where the words say which way is
    better ('no more than', '≥', 'below', 'reduce') that is the polarity.
    The measure's name is recorded as written; the RAG is Q2's.
    """
    book, sheet = new_book("Scorecard")
    title(sheet, "A1", "Place and Environment Scorecard 2024/25 - Quarter 2")
    put_row(sheet, 3, 1, ["PI", "Measure", *QUARTERS, "RAG"], bold=True)
    exp = Expected([])
    for r, (code, name, q1, q2, rag, target, polarity) in enumerate(ROWS):
        put_row(sheet, 4 + r, 1, [code, name, q1, q2, rag])
        exp.observations += observed(code, name, QUARTERS, (q1, q2), target, RAG[rag])
        exp.add_meta(code, name, polarity, None)
    sheet["A15"] = (
        "RAG: G on or better than target, A within 10% of target, R more than 10% off target"
    )
    sheet.column_dimensions["B"].width = 80
    save(book, path)
    return exp
