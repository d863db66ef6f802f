"""A figure with its target typed into the same cell, and two bare figures over each other."""

from __future__ import annotations

import pytest

from desktop.scorecard.layout.find import detect
from desktop.scorecard.model import ParsedScorecard
from desktop.scorecard.parse import cells
from desktop.scorecard.parse.figure_targets import (
    figure_and_target,
    is_pair,
    says_figure_over_target,
)
from desktop.scorecard.read.grid import CellValue, Sheet, Workbook


@pytest.mark.parametrize(
    ("text", "figure", "target"),
    [
        ("72.4% (target 75%)", 72.4, 75.0),
        ("72.4% (Target: 75%)", 72.4, 75.0),
        ("72.4% [target = 75%]", 72.4, 75.0),
        ("18 days (T: 20)", 18.0, 20.0),
        ("18 days (T 20 days)", 18.0, 20.0),
        ("3.2 (tgt 3.0)", 3.2, 3.0),
        ("72.4% (75% target)", 72.4, 75.0),
        ("72.4% - target 75%", 72.4, 75.0),
        ("72.4%; target 75%", 72.4, 75.0),
        ("72.4% vs target of 75%", 72.4, 75.0),
        ("72.4% against 75% target", 72.4, 75.0),
        ("61% (profile 58%)", 61.0, 58.0),
        ("72.4% (targed 75%)", 72.4, 75.0),
        ("1,204 (target 1,150)", 1204.0, 1150.0),
    ],
)
def test_a_target_word_beside_a_figure_gives_both(text: str, figure: float, target: float) -> None:
    found = figure_and_target(text)
    assert found is not None
    assert (found.figure.value, found.target.value) == (figure, target)


def test_the_targets_wording_says_which_way_is_good() -> None:
    found = figure_and_target("2.8 days (target: no more than 3 days)")
    assert found is not None
    assert (found.figure.value, found.target.value, found.target.polarity) == (
        2.8,
        3.0,
        "lower_is_better",
    )


@pytest.mark.parametrize(
    "text",
    ["72.4% (75%)", "72.4% vs 75%", "45 (see note)", "72.4% (tolerance 5%)", "10-12",
     "72.4% (target tbc)", "(target 75%)"],
)  # fmt: skip
def test_no_target_word_or_no_readable_target_splits_nothing(text: str) -> None:
    assert figure_and_target(text) is None


def test_a_pair_is_split_only_where_the_name_says_it_is_over_the_target() -> None:
    assert figure_and_target("121 / 180") is None
    found = figure_and_target("121 / 180", over_target=True)
    assert found is not None and (found.figure.value, found.target.value) == (121.0, 180.0)
    assert is_pair("121 / 180") and is_pair("44 of 50") and not is_pair("45 (see note)")


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("Homes delivered (year to date / annual target)", True),
        ("Apprenticeships started: actual / target", True),
        ("New homes delivered against the annual target", True),
        ("Jobs created vs target", True),
        ("Rent collected (numerator / denominator)", False),
        ("Percentage of target achieved", False),
    ],
)
def test_names_that_say_a_pair_is_the_figure_over_its_target(text: str, says: bool) -> None:
    assert says_figure_over_target(text) is says


@pytest.mark.parametrize("text", ["183 / 201", "64/180", "12 / 15"])
def test_a_slash_before_a_figure_that_is_no_round_base_is_no_rate(text: str) -> None:
    assert cells.number(text).value is None


@pytest.mark.parametrize(
    ("text", "unit"),
    [("12.3 /1000", "/1000"), ("5.1/100k", "/100k"), ("3 / 10,000", "/ 10,000"),
     ("7 per 10,000", "per 10,000")],
)  # fmt: skip
def test_a_slash_before_a_round_base_is_still_a_rate(text: str, unit: str) -> None:
    assert cells.number(text).unit == unit


def _read(*rows: list[CellValue]) -> ParsedScorecard:
    sheet = Sheet("Scorecard", list(rows))
    return detect(Workbook(path="/tmp/scorecard.xlsx", format="xlsx", sheets=[sheet]))


def test_a_table_of_figures_with_targets_in_their_cells_reads_each_target() -> None:
    read = _read(
        ["Code", "Indicator", "Q3 2024/25", "Q4 2024/25", "Target", "Status"],
        ["HR1", "Staff turnover", "11.2% [target 10%]", "10.4% [target 10%]", None, "Amber"],
        ["HR2", "Days lost to sickness per FTE", "2.4 (T: 2.2)", "2.1 (T: 2.2)", None, "Green"],
        ["HR3", "Apprentices in post (actual / target)", "38 / 45", "44 / 45", None, "Amber"],
        ["HR4", "Agency spend (£k)", 412.0, 398.0, 350.0, "Red"],
    )
    assert read.review == []
    seen = {
        i.code: [(o.period.label, o.actual, o.target) for o in i.observations]
        for i in read.indicators
    }
    assert seen == {
        "HR1": [("Q3 2024/25", 11.2, 10.0), ("Q4 2024/25", 10.4, 10.0)],
        "HR2": [("Q3 2024/25", 2.4, 2.2), ("Q4 2024/25", 2.1, 2.2)],
        "HR3": [("Q3 2024/25", 38.0, 45.0), ("Q4 2024/25", 44.0, 45.0)],
        "HR4": [("Q3 2024/25", 412.0, 350.0), ("Q4 2024/25", 398.0, 350.0)],
    }


def test_a_bare_pair_with_nothing_saying_what_it_is_is_held_for_review_at_its_cell() -> None:
    read = _read(
        ["Code", "Indicator", "Q3 2024/25", "Q4 2024/25", "Status"],
        ["CS1", "Complaints answered within 10 working days", "41 / 52", "47 / 50", "Amber"],
        ["CS2", "Calls answered", 1204.0, 1311.0, "Green"],
    )
    assert [(item.cell, "two figures" in item.reason) for item in read.review] == [("C2", True)]
    complaints = read.indicators[0].observations
    assert [(o.actual, o.actual_text) for o in complaints] == [(None, "41 / 52"), (None, "47 / 50")]
