"""A sheet laid out as a scorecard (names, targets, ratings) whose figure columns have headings
nothing reads is held for review at such a heading, never skipped with a warning alone."""

from __future__ import annotations

from desktop.scorecard.layout.find import detect
from desktop.scorecard.model import ParsedScorecard
from desktop.scorecard.read.grid import Sheet, Workbook


def _read(heads: list[str], *, rated: bool = True) -> ParsedScorecard:
    figures = Sheet(
        "Customer",
        [
            ["Customer services 2024/25", None, None, None, None],
            ["Code", "Measure", "Q1", "Q2", "Target"],
            ["CC1", "Calls answered within 20 seconds (%)", 71, 64.5, 80],
            ["CC2", "Complaints answered in 10 days (%)", 82.5, 90, 90],
        ],  # type: ignore[arg-type]
    )
    last = "RAG" if rated else "Comment"
    rows: list[list[object]] = [
        ["Housing services 2024/25", None, None, None, None, None],
        ["Ref", "Measure", *heads, last],
        ["HO1", "Rent collected from council tenants", 96.8, 97.4, 98.5, "Amber"],
        ["HO2", "Repairs completed right first time", 84, 81, 85, "Red"],
    ]
    other = Sheet("Housing", rows)  # type: ignore[arg-type]
    return detect(Workbook(path="/tmp/kpis.xlsx", format="xlsx", sheets=[figures, other]))


def test_figures_under_unread_headings_are_held_at_the_first() -> None:
    read = _read(["Wave 1", "Wave 2", "Target"])
    assert [(r.sheet, r.cell) for r in read.review] == [("Housing", "C2")]
    assert "'Wave 1' holds figures" in read.review[0].reason


def test_a_sheet_with_no_targets_or_ratings_is_still_only_skipped() -> None:
    read = _read(["Wave 1", "Wave 2", "Notes"], rated=False)
    assert read.review == []
    assert any("Housing: skipped" in w for w in read.warnings)
