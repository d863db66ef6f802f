"""A heading of arithmetic against another figure ('Variance to last year', 'Difference from
England', 'Change vs Q2') is no figure and no comparator; the figure it is worked from
('Same quarter last year', 'England') still is."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers.layout_sheets import detect_rows


@pytest.mark.parametrize(
    "heading",
    ["Variance to last year", "Difference from England", "Change vs Q2", "Var. against profile"],
)
def test_a_variance_against_something_is_left_out(tmp_path: Path, heading: str) -> None:
    parsed = detect_rows(
        tmp_path / "v.xlsx",
        [
            ["Ref", "Measure", "Q2 2024/25", "Q3 2024/25", "Target", heading, "RAG"],
            ["R1", "Days to process new claims", 18.6, 17.9, 20, -3.5, "G"],
            ["R2", "Calls answered (%)", 88.7, 90.1, 85, 4.2, "G"],
        ],
    )
    assert not parsed.review
    for indicator in parsed.indicators:
        assert [o.period.label for o in indicator.observations] == ["Q2 2024/25", "Q3 2024/25"]
        assert all(not o.comparators for o in indicator.observations)


def test_the_figure_compared_with_is_still_a_comparator(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "c.xlsx",
        [
            ["Ref", "Measure", "Q3 2024/25", "Same quarter last year", "Target", "RAG"],
            ["R1", "Days to process new claims", 17.9, 21.4, 20, "G"],
        ],
    )
    (observation,) = parsed.indicators[0].observations
    assert observation.comparators == {"Same period last year": 21.4}
