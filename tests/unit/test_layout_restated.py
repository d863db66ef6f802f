"""A period's figure given twice, as first reported and as restated since: one figure, the
restated one where its cell gives one, else the first report."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.scorecard.layout.restated import revision, unchanged
from tests.helpers.layout_sheets import detect_rows, figures


@pytest.mark.parametrize(
    ("first", "again"),
    [
        ("Q1 (as reported)", "Q1 (revised)"),
        ("Q1 as published", "Q1 restated"),
        ("Q1 original", "Q1 updated"),
        ("Q1", "Q1 (revised)"),
        ("Q1 2024/25 (as reported)", "Q1 2024/25 (revised)"),
        ("Quarter 1 - originally reported", "Quarter 1 - amended"),
    ],
)
def test_the_restated_figure_stands_where_given_else_the_first_report(
    tmp_path: Path, first: str, again: str
) -> None:
    parsed = detect_rows(
        tmp_path / "restated.xlsx",
        [
            ["Council Plan indicators, Quarter 2 2024/25"],
            ["Ref", "Measure", first, again, "Q2", "Target"],
            ["H1", "Households in temporary accommodation", 96, 98, 104, 90],
            ["H2", "Homelessness prevented (%)", 61.2, None, 63.5, 60],
            ["H3", "Fly-tips removed in 2 days (%)", 91.0, "No change", 93.4, 90],
            ["H4", "Recycling rate (%)", "Not available", 52.8, 54.1, 55],
        ],
    )
    assert figures(parsed) == {
        "Households in temporary accommodation": [("Q1 2024/25", 98), ("Q2 2024/25", 104)],
        "Homelessness prevented (%)": [("Q1 2024/25", 61.2), ("Q2 2024/25", 63.5)],
        "Fly-tips removed in 2 days (%)": [("Q1 2024/25", 91.0), ("Q2 2024/25", 93.4)],
        "Recycling rate (%)": [("Q1 2024/25", 52.8), ("Q2 2024/25", 54.1)],
    }
    assert parsed.review == []


def test_a_month_given_twice_is_read_the_same_way(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "restated.xlsx",
        [
            ["Ref", "Measure", "Aug 2024 (as reported)", "Aug 2024 (restated)", "Sep 2024"],
            ["C1", "Calls answered (%)", 81.0, 82.5, 84.0],
            ["C2", "Complaints answered on time (%)", 70.0, "unchanged", 72.0],
        ],
    )
    assert figures(parsed) == {
        "Calls answered (%)": [("Aug 2024", 82.5), ("Sep 2024", 84.0)],
        "Complaints answered on time (%)": [("Aug 2024", 70.0), ("Sep 2024", 72.0)],
    }


@pytest.mark.parametrize(
    ("words", "kind"),
    [("as reported", "first"), ("As published", "first"), ("original", "first"),
     ("revised", "restated"), ("Restated", "restated"), ("updated", "restated"),
     ("target", None), ("", None)],
)  # fmt: skip
def test_the_words_saying_which_figure(words: str, kind: str | None) -> None:
    assert revision(words) == kind


@pytest.mark.parametrize("value", [None, "", "No change", "unchanged", "n/c", "As reported"])
def test_a_restated_cell_leaving_the_first_report_standing(value: object) -> None:
    assert unchanged(value)


@pytest.mark.parametrize("value", [52.8, 0, "Not available", "tbc"])
def test_a_restated_cell_that_replaces_the_first_report(value: object) -> None:
    assert not unchanged(value)
