"""A council's position among others ('Position in Wales', 'Rank in London', '5th of 22') is
a place in a league table, not a figure of the measure: such columns and rows are left out,
and --explain says so."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.scorecard.layout.header import classify
from desktop.scorecard.layout.rank_headings import is_position_label, is_rank
from tests.helpers.layout_sheets import detect_rows, figures


@pytest.mark.parametrize(
    "heading",
    [
        "Position in Wales",
        "Rank in London",
        "Position (of 22)",
        "Welsh position",
        "Position among statistical neighbours",
        "Position in family group 2023/24",
        "Place in England",
        "Regional position",
    ],
)
def test_a_heading_naming_a_position_in_a_group_is_no_figure(heading: str) -> None:
    assert is_rank(heading)
    assert classify(heading).field == "ignore"


@pytest.mark.parametrize(
    "heading", ["Position", "Current position", "Position at 31 March", "Position against target"]
)
def test_a_position_with_no_group_is_the_latest_figure(heading: str) -> None:
    assert not is_rank(heading)


@pytest.mark.parametrize(
    "label",
    ["Position in Wales", "Rank in Wales", "Welsh ranking 2023/24", "Rank (of 22)", "Quartile"],
)
def test_a_row_label_naming_only_a_position_is_one(label: str) -> None:
    assert is_position_label(label)


@pytest.mark.parametrize(
    "label",
    [
        "Schools ranked good or outstanding (%)",
        "Households prevented from becoming homeless (%)",
        "Position against budget (£000)",
    ],
)
def test_an_indicator_that_only_uses_such_a_word_is_no_position(label: str) -> None:
    assert not is_position_label(label)


@pytest.mark.parametrize("label", ["Position in Wales", "Rank in London", "Welsh rank (of 22)"])
def test_a_position_row_under_an_indicator_is_left_out_and_explained(
    tmp_path: Path, label: str
) -> None:
    parsed = detect_rows(
        tmp_path / "ranks.xlsx",
        [
            ["Performance"],
            ["Indicator", "2022/23", "2023/24"],
            ["Households prevented from becoming homeless (%)", 58.2, 55.4],
            [label, 12, 14],
            ["A roads in poor condition (%)", 3.9, 4.2],
            [label, "15th of 22", "16th of 22"],
        ],
    )
    assert figures(parsed) == {
        "Households prevented from becoming homeless (%)": [("2022/23", 58.2), ("2023/24", 55.4)],
        "A roads in poor condition (%)": [("2022/23", 3.9), ("2023/24", 4.2)],
    }
    assert parsed.review == []
    assert any("row 4: a position among councils" in line for line in parsed.explain)


@pytest.mark.parametrize("heading", ["Position in Wales", "Rank in London", "Welsh position"])
def test_a_position_column_beside_the_figures_is_left_out_and_explained(
    tmp_path: Path, heading: str
) -> None:
    parsed = detect_rows(
        tmp_path / "ranks.xlsx",
        [
            ["Performance 2023/24"],
            ["Indicator", "Actual", "Target", heading],
            ["Households prevented from becoming homeless (%)", 55.4, 60, 14],
            ["A roads in poor condition (%)", 4.2, 5, 16],
        ],
    )
    assert figures(parsed) == {
        "Households prevented from becoming homeless (%)": [("2023/24", 55.4)],
        "A roads in poor condition (%)": [("2023/24", 4.2)],
    }
    assert any(
        f"'{heading}' -> not imported" in line and "position" in line for line in parsed.explain
    )


def test_a_position_under_each_year_of_a_two_row_heading_is_left_out(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "ranks.xlsx",
        [
            ["Performance"],
            ["Indicator", "2022/23", "", "2023/24", ""],
            ["", "Value", "Position in Wales", "Value", "Position in Wales"],
            ["Households prevented from becoming homeless (%)", 58.2, 12, 55.4, 14],
            ["A roads in poor condition (%)", 3.9, 15, 4.2, 16],
        ],
    )
    assert figures(parsed) == {
        "Households prevented from becoming homeless (%)": [("2022/23", 58.2), ("2023/24", 55.4)],
        "A roads in poor condition (%)": [("2022/23", 3.9), ("2023/24", 4.2)],
    }
    assert parsed.review == []
