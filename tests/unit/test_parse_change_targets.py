"""A target written as a change by so much ('Reduce by 20%', 'at least 10% reduction') is
read against what the indicator's name says its figures are: on a change either way it is
signed (a reduction negative), on figures that are themselves a reduction it is the least
reduction sought (positive); anywhere else, or where the kinds disagree, it is asked about
at the cell, never guessed."""

from __future__ import annotations

import pytest

from desktop.scorecard.layout.find import detect
from desktop.scorecard.parse import change_targets
from desktop.scorecard.parse.targets import parse_target
from desktop.scorecard.read.grid import CellValue, Sheet, Workbook


@pytest.mark.parametrize(
    ("text", "way", "amount", "percent"),
    [
        ("Reduce by 20%", "fall", 20.0, True),
        ("reduce by at least 5%", "fall", 5.0, True),
        ("Cut by 3 per cent", "fall", 3.0, True),
        ("at least 10% reduction", "fall", 10.0, True),
        ("A minimum 4% decrease", "fall", 4.0, True),
        ("Reduction of 12", "fall", 12.0, False),
        ("a 5% increase", "rise", 5.0, True),
        ("Increase by 2 percentage points", "rise", 2.0, False),
        ("1,200 reduction", "fall", 1200.0, False),
    ],
)
def test_a_change_by_so_much_is_read_from_its_words(
    text: str, way: str, amount: float, percent: bool
) -> None:
    assert change_targets.written(text) == change_targets.ChangeTarget(way, amount, percent)


@pytest.mark.parametrize(
    "text", ["Reduce to 33%", "Reduce", "Increase", "20%", "-35%", "Reduce by -5%", "Maintain"]
)
def test_a_level_a_bare_direction_or_a_signed_amount_is_no_change_target(text: str) -> None:
    assert change_targets.written(text) is None


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("% change in CO2 emissions from the 2019/20 baseline", "either"),
        ("Change in rough sleepers on the same month last year", "either"),
        ("Collection rate – change on the same point last year (percentage points)", "either"),
        ("Percentage change in footfall year on year", "either"),
        ("Reduction in agency spend on the same period 2023/24 (%)", "fall"),
        ("Carbon emissions reduction since 2019/20 (%)", "fall"),
        ("Increase in affordable homes delivered compared with 2022/23", "rise"),
        ("Net growth in business rates base on last year (%)", "rise"),
    ],
)
def test_a_name_says_its_figures_are_a_change_from_a_base(name: str, kind: str) -> None:
    assert change_targets.measure_kind(name) == kind


@pytest.mark.parametrize(
    "name",
    [
        "Residual household waste per household (kg)",  # a level
        "% change in footfall",  # no base named
        "Households in temporary accommodation 2024/25",  # a base-like year, no change
        "Reduction in emissions – change on 2019/20",  # two kinds at once
    ],
)
def test_a_name_naming_no_single_change_from_a_base_has_none(name: str) -> None:
    assert change_targets.measure_kind(name) is None


@pytest.mark.parametrize(
    ("text", "name", "unit", "figure"),
    [
        ("Reduce by 20%", "% change in energy use from the 2019/20 baseline", "", -20.0),
        ("at least 10% reduction", "% change in homeless households on last year", "", -10.0),
        ("5% increase", "Percentage change in visitors year on year", "", 5.0),
        ("Reduction of 3", "Change in rough sleepers on the same month last year", "", -3.0),
        ("at least 10% reduction", "Reduction in agency spend on 2023/24 (%)", "", 10.0),
        ("Reduce by 8%", "Reduction in energy use since the baseline year", "%", 8.0),
        ("Increase by 50", "Increase in homes built on last year", "", 50.0),
    ],
)
def test_a_change_target_is_signed_by_what_the_figures_are(
    text: str, name: str, unit: str, figure: float
) -> None:
    written = change_targets.written(text)
    assert written is not None
    assert change_targets.read(written, name, unit) == figure


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Reduce by 5%", "Residual household waste per household (kg)"),  # from what?
        ("Increase by 2%", "Reduction in agency spend on 2023/24 (%)"),  # the other way
        ("10% reduction", "Increase in homes built on last year (%)"),
        ("Reduce by 5%", "Change in rough sleepers on the same month last year"),  # % of a count
    ],
)
def test_a_change_target_not_sure_which_way_or_of_what_is_none(text: str, name: str) -> None:
    written = change_targets.written(text)
    assert written is not None
    assert change_targets.read(written, name) is None


@pytest.mark.parametrize(
    "text", ["0 (no increase)", "0% (no change)", "0 [nil]", "0.0 (no growth)"]
)
def test_a_zero_with_its_meaning_in_brackets_is_zero(text: str) -> None:
    found = parse_target(text)
    assert found is not None and found.value == 0.0


def test_a_non_zero_said_to_be_no_increase_is_no_target() -> None:
    assert parse_target("5 (no increase)") is None


def _sheet(rows: list[list[CellValue]]) -> Workbook:
    head: list[CellValue] = ["Ref", "Measure", "Q1 2024/25", "Q2 2024/25", "Target 2024/25"]
    return Workbook(path="/tmp/change.xlsx", format="xlsx", sheets=[Sheet("Q2", [head, *rows])])


def test_change_targets_are_read_on_change_measures_and_asked_about_elsewhere() -> None:
    rows: list[list[CellValue]] = [
        ["C1", "% change in CO2 emissions from the 2019/20 baseline", -30.2, -31.0, "Reduce by 35%"],
        ["C2", "Reduction in agency spend on 2023/24 (%)", 8.2, 11.6, "at least 10% reduction"],
        ["C3", "Residual waste per household (kg)", 118.0, 231.0, "Reduce by 5%"],
    ]  # fmt: skip
    parsed = detect(_sheet(rows))
    targets = {i.code: {o.target for o in i.observations} for i in parsed.indicators}
    assert targets["C1"] == {-35.0}
    assert targets["C2"] == {10.0}
    review = [(r.cell, r.reason) for r in parsed.review]
    assert len(review) == 1 and review[0][0] == "E4", review
    assert "change by so much" in review[0][1]
