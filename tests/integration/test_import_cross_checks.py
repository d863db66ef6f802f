"""A reading the figures contradict is held for review, one line per reason, and can be accepted."""

from __future__ import annotations

import re
from pathlib import Path

from db.store import Store
from desktop.scorecard.importer import import_file
from tests.integration.test_import_review import book, counts

_CELL_LINE = re.compile(r"^[^!\n]+![A-Z]{1,3}[0-9]+: [^\n]+$")

ROWS = [
    ["Quarterly performance"],
    ["Indicator", "Polarity", "Q3 2024", "Target", "RAG"],
    ["Calls answered", "Higher is better", 70, 90, "Green"],
    ["Days to relet", "Lower is better", 20, 30, "Red"],
    ["Reviews on time", "Higher is better", 95, 85, "Red"],
    ["Missed bins per 100k", "Lower is better", 60, 45, "Green"],
]


def test_contradicted_ratings_and_a_one_year_quarter_are_held(store: Store, tmp_path: Path) -> None:
    report = import_file(store, book(tmp_path / "card.xlsx", ROWS))
    assert report.status == "needs_review"
    assert all(_CELL_LINE.match(line) for line in report.review)
    assert [line.split(":")[0] for line in report.review] == ["Scorecard!C2", "Scorecard!C3"]
    assert "names a quarter with one year" in report.review[0]
    assert "RAG ratings contradict" in report.review[1]
    assert counts(store) == (0, 0, 0)


def test_accepting_imports_the_reading_as_it_stands(store: Store, tmp_path: Path) -> None:
    report = import_file(store, book(tmp_path / "card.xlsx", ROWS), accept=True)
    assert report.status == "imported"
    assert report.observations == 4
    assert sum(w.startswith("accepted as read: ") for w in report.warnings) == 2
