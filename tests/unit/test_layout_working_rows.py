"""Rows of counts under a rate ('Numerator' and 'Denominator', or 'No. of ...' over 'Out of
...' set in, dividing to it) are the rate's workings: its observations' numerator and
denominator, never indicators of their own. Such a pair that does not divide is asked about."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.scorecard.layout import working_rows
from tests.helpers.layout_sheets import detect_rows, figures

HEAD = ["Ref", "Indicator", "Q1 2024/25", "Q2 2024/25", "Target"]


def _workings(parsed: object, name: str) -> list[tuple[float | None, float | None]]:
    indicator = next(i for i in parsed.indicators if i.name == name)  # type: ignore[attr-defined]
    return [(o.numerator, o.denominator) for o in indicator.observations]


def test_numerator_and_denominator_rows_are_the_rates_workings(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "workings.xlsx",
        [
            HEAD,
            ["ASC01", "Safeguarding outcomes met", 90.7, 91.5, 90],
            [None, "    Numerator", 88, 97, None],
            [None, "    Denominator", 97, 106, None],
            ["ASC02", "Carers' assessments completed", 286, 301, 1200],
            ["ASC03", "Reviews completed within 12 months", 59.0, 64.8, 75],
            [None, "Numerator", 412, 455, None],
            [None, "Denominator", 698, 702, None],
        ],
    )
    assert not parsed.review, parsed.review
    assert [i.name for i in parsed.indicators] == [
        "Safeguarding outcomes met",
        "Carers' assessments completed",
        "Reviews completed within 12 months",
    ]
    assert figures(parsed)["Safeguarding outcomes met"] == [
        ("Q1 2024/25", 90.7),
        ("Q2 2024/25", 91.5),
    ]
    assert _workings(parsed, "Safeguarding outcomes met") == [(88.0, 97.0), (97.0, 106.0)]
    assert _workings(parsed, "Reviews completed within 12 months") == [
        (412.0, 698.0),
        (455.0, 702.0),
    ]
    assert any("numerators of the indicator above" in line for line in parsed.explain)


def test_counts_set_in_under_a_rate_that_divide_to_it_are_its_workings(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "counts.xlsx",
        [
            HEAD,
            ["HC01", "Homelessness prevented", 55.9, 58.5, 55],
            [None, "    No. of households prevented", 118, 131, None],
            [None, "    Out of households owed a prevention duty", 211, 224, None],
            ["HC02", "Households in temporary accommodation", 176, 189, 160],
        ],
    )
    assert not parsed.review, parsed.review
    assert [i.name for i in parsed.indicators] == [
        "Homelessness prevented",
        "Households in temporary accommodation",
    ]
    assert _workings(parsed, "Homelessness prevented") == [(118.0, 211.0), (131.0, 224.0)]


def test_counts_set_in_under_a_figure_they_do_not_divide_to_are_asked_about(
    tmp_path: Path,
) -> None:
    parsed = detect_rows(
        tmp_path / "not_workings.xlsx",
        [
            HEAD,
            ["HC01", "Homelessness prevented", 55.9, 58.5, 55],
            [None, "    No. of households prevented", 118, 131, None],
            [None, "    Out of area placements", 12, 14, None],
        ],
    )
    assert len(parsed.review) == 1
    assert parsed.review[0].cell == "B3"
    assert "do not divide" in parsed.review[0].reason


def test_count_rows_not_set_in_are_measures_of_their_own(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "measures.xlsx",
        [
            HEAD,
            ["HC01", "Homelessness prevented (%)", 55.9, 58.5, 55],
            ["HC02", "No. of households prevented", 118, 131, None],
            ["HC03", "Out of area placements", 12, 14, None],
        ],
    )
    assert not parsed.review, parsed.review
    assert len(parsed.indicators) == 3


@pytest.mark.parametrize(
    ("label", "kind"),
    [
        ("No. of households prevented", "numerator"),
        ("Number completed in 26 weeks", "numerator"),
        ("Out of households owed a duty", "denominator"),
        ("Base: all completed", "denominator"),
        ("Households in temporary accommodation", None),
    ],
)
def test_described_counts(label: str, kind: str | None) -> None:
    assert working_rows.described(label) == kind


def test_divides_within_rounding_and_as_a_fraction() -> None:
    assert working_rows.divides([(90.7, 88, 97), (None, 1, 2), (91.0, "n/a", "n/a")])
    assert working_rows.divides([(0.907, 88, 97)])
    assert working_rows.divides([(90.7, 12, 14)]) is False
    assert working_rows.divides([(None, 88, 97)]) is None
