"""A column of period labels dates the figure column it pairs with ('Latest data' | 'Period')."""

from __future__ import annotations

import pytest

from desktop.scorecard.layout.find import detect
from desktop.scorecard.model import ParsedScorecard
from desktop.scorecard.parse import cells
from desktop.scorecard.read.grid import CellValue, Sheet, Workbook


def _read(*rows: list[CellValue]) -> ParsedScorecard:
    sheet = Sheet("Snapshot", [["Key indicators snapshot (October 2024)"], [], *rows])
    return detect(Workbook(path="/tmp/snapshot.xlsx", format="xlsx", sheets=[sheet]))


def _seen(read: ParsedScorecard) -> dict[str, list[tuple[str, float | None, object, str | None]]]:
    return {
        i.name: sorted((o.period.label, o.actual, o.rag, o.cell) for o in i.observations)
        for i in read.indicators
    }


def test_latest_and_previous_figures_each_dated_by_their_own_cell() -> None:
    read = _read(
        ["Ref", "Indicator", "Latest data", "Period", "Previous", "Previous period", "Status"],
        ["CP1", "Calls answered in 60 seconds (%)", 81.4, "Sep 2024", 78.9, "Aug 2024", "Green"],
        ["HS2", "Households in temporary accommodation", 412, "Q2 2024/25", 398, "Q1 2024/25", "Red"],
        ["PH4", "Adults who smoke (%)", 12.1, "2023 (calendar year)", 13.4, "2022 (calendar year)", "Amber"],
        ["HR9", "Staff engagement (%)", 64.0, "2023/24", None, "n/a - new survey", None],
    )  # fmt: skip
    assert _seen(read) == {
        "Calls answered in 60 seconds (%)": [
            ("Aug 2024", 78.9, None, "E4"),
            ("Sep 2024", 81.4, "green", "C4"),
        ],
        "Households in temporary accommodation": [
            ("Q1 2024/25", 398.0, None, "E5"),
            ("Q2 2024/25", 412.0, "red", "C5"),
        ],
        "Adults who smoke (%)": [("2022", 13.4, None, "E6"), ("2023", 12.1, "amber", "C6")],
        "Staff engagement (%)": [("2023/24", 64.0, None, "C7")],
    }
    assert read.review == []


def test_period_cells_before_their_figures_in_other_words() -> None:
    read = _read(
        ["Measure", "Data period", "Current value", "Earlier period", "Earlier value", "Target"],
        ["Recycling rate (%)", "2023/24", 41.2, "2022/23", 40.6, 45.0],
        ["GCSE English and maths grade 4+ (%)", "2022/23 academic year", 66.3,
         "2021/22 academic year", 68.9, 65.0],
    )  # fmt: skip
    seen = {
        i.name: {o.period.label: (o.actual, o.target) for o in i.observations}
        for i in read.indicators
    }
    assert seen == {
        # a target headed with no period is the measure's own: against both figures
        "Recycling rate (%)": {"2023/24": (41.2, 45.0), "2022/23": (40.6, 45.0)},
        "GCSE English and maths grade 4+ (%)": {
            "2022/23 (AY)": (66.3, 65.0),
            "2021/22 (AY)": (68.9, 65.0),
        },
    }


def test_a_target_naming_its_year_stays_with_the_latest_figure() -> None:
    read = _read(
        ["Measure", "Latest", "Period", "Previous", "Previous period", "Target 2023/24"],
        ["Recycling rate (%)", 41.2, "2023/24", 40.6, "2022/23", 45.0],
        ["Missed bins per 100,000", 48, "2023/24", 52, "2022/23", 50],
    )
    seen = {i.name: {o.period.label: o.target for o in i.observations} for i in read.indicators}
    assert seen == {
        "Recycling rate (%)": {"2023/24": 45.0, "2022/23": None},
        "Missed bins per 100,000": {"2023/24": 50.0, "2022/23": None},
    }


def test_one_period_column_beside_one_figure_reads_as_a_long_table() -> None:
    read = _read(
        ["Indicator", "Latest", "As at"],
        ["Calls answered in 60 seconds (%)", 81.4, "Sep 2024"],
        ["Households in temporary accommodation", 412, "Q2 2024/25"],
    )
    assert {o.period.label for i in read.indicators for o in i.observations} == {
        "Sep 2024",
        "Q2 2024/25",
    }


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("2023 (calendar year)", "2023"),
        ("2023 calendar year", "2023"),
        ("2022/23 (academic year)", "2022/23 (AY)"),
        ("2023-24 school year", "2023/24 (AY)"),
        ("2022/23 (financial year)", "2022/23"),
        ("2024/25, fiscal year", "2024/25"),
    ],
)
def test_a_year_with_its_kind_said_after_it(text: str, label: str) -> None:
    found = cells.period(text)
    assert found is not None and found.label == label


def test_a_quarter_with_a_kind_of_year_after_it_is_left_to_the_period_reader() -> None:
    assert cells.period("Q2 2024 (calendar year)") is None
