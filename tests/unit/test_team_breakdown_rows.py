"""Rows under an indicator that split its figures by team, locality or age band: a
breakdown of the indicator above, read from its total row, never indicators of their own
nor rows left out for want of a name."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.scorecard.layout.row_labels import total_label
from desktop.scorecard.model import ParsedIndicator, ParsedScorecard
from tests.helpers.layout_sheets import detect_rows

M = ("Jul 2024", "Aug 2024", "Sep 2024")


def _by_code(parsed: ParsedScorecard) -> dict[str, ParsedIndicator]:
    return {i.code or i.name: i for i in parsed.indicators}


def _actuals(indicator: ParsedIndicator) -> list[float | None]:
    return [o.actual for o in indicator.observations]


@pytest.mark.parametrize("text", ["All teams", "All localities", "County total", "Countywide"])
def test_a_team_breakdown_total_is_told_by_its_label(text: str) -> None:
    assert total_label(text)


def test_team_rows_under_an_all_teams_row_split_the_indicator(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "teams.xlsx",
        [
            ["Ref", "Indicator", "Team", *M, "Target"],
            ["C1", "Assessments in 45 days (%)", "All teams", 81.5, 83.9, 84.2, 85],
            [None, None, "North", 84.0, 87.5, 86.1],
            [None, None, "South", 76.8, 79.2, 80.0],
            ["C2", "Children in care", "All teams", 471, 477, 485],
            [None, None, "North", 147, 149, 151],
            [None, None, "South", 180, 184, 186],
            ["C3", "Contacts received", "All teams", 1045, 812, 1290],
        ],
    )
    assert parsed.review == []
    found = _by_code(parsed)
    assert sorted(found) == ["C1", "C2", "C3"]
    assert _actuals(found["C1"]) == [81.5, 83.9, 84.2]
    assert [o.target for o in found["C1"].observations] == [85.0, 85.0, 85.0]
    assert _actuals(found["C2"]) == [471.0, 477.0, 485.0]
    said = "\n".join(parsed.explain)
    assert "a breakdown of the measure above ('South'), left out" in said
    assert "0 left out" in said
    # the store keeps totals only: the split is said to be left out, once
    left = [w for w in parsed.warnings if "rows splitting indicators by group" in w]
    assert left == [
        "Scorecard!C3: rows splitting indicators by group ('North' and others under their "
        "total rows) left out — only each indicator's total is imported"
    ]


def test_the_same_localities_under_each_unlabelled_indicator_split_it(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "localities.xlsx",
        [
            ["Ref", "Indicator", "Locality", *M],
            ["H1", "Households in temporary accommodation", None, 212, 218, 225],
            [None, None, "East", 101, 104, 110],
            [None, None, "West", 111, 114, 115],
            ["H2", "Homelessness preventions", None, 64, 71, 58],
            [None, None, "East", 30, 33, 27],
            [None, None, "West", 34, 38, 31],
        ],
    )
    assert parsed.review == []
    found = _by_code(parsed)
    assert sorted(found) == ["H1", "H2"]
    assert _actuals(found["H2"]) == [64.0, 71.0, 58.0]


def test_a_team_column_with_each_indicators_own_team_is_kept(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "own_team.xlsx",
        [
            ["Ref", "Indicator", "Team", *M],
            ["R1", "Rent collected (%)", "Income team", 96.1, 97.4, 97.9],
            ["R2", "Days to relet", "Voids team", 31, 27, 25],
        ],
    )
    assert parsed.review == []
    assert {i.code: i.service for i in parsed.indicators} == {
        "R1": "Income team",
        "R2": "Voids team",
    }


def test_unnamed_rows_with_labels_of_their_own_are_no_breakdown(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "lone.xlsx",
        [
            ["Ref", "Indicator", "Team", *M],
            ["R1", "Rent collected (%)", "Income team", 96.1, 97.4, 97.9],
            [None, None, "Arrears", 3.1, 2.9, 2.7],
            ["R2", "Days to relet", "Voids team", 31, 27, 25],
            [None, None, "Sheltered", 40, 38, 36],
        ],
    )
    # no total on the named rows and no label under two of them: not told as a breakdown,
    # so the rows stay left out for want of a name, as before
    assert {i.code: i.service for i in parsed.indicators} == {
        "R1": "Income team",
        "R2": "Voids team",
    }
    said = "\n".join(parsed.explain)
    assert "row 3: left out: row without an indicator name or code" in said
    assert "breakdown" not in said
