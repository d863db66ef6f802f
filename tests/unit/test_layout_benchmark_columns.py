"""Benchmarking tables: the council's own column by its name, ranks and quartiles left out."""

from __future__ import annotations

import pytest

from desktop.scorecard.layout.find import detect
from desktop.scorecard.layout.header import classify
from desktop.scorecard.model import ParsedScorecard, ScorecardError
from desktop.scorecard.read.grid import CellValue, Sheet, Workbook


def read(rows: list[list[CellValue]], path: str = "/tmp/benchmarking.xlsx") -> ParsedScorecard:
    """The years in row 3 are merged over their five columns each."""
    sheet = Sheet("Benchmarks", rows, merged=[(2, 2, 2, 6), (2, 7, 2, 11)])
    return detect(Workbook(path=path, format="xlsx", sheets=[sheet]))


def figures(parsed: ParsedScorecard) -> dict[str, list[tuple[str, object]]]:
    return {
        i.code or i.name: [(o.period.label, o.actual) for o in i.observations]
        for i in parsed.indicators
    }


@pytest.mark.parametrize(
    "heading",
    [
        "Rank (of 16)",
        "Position (of 16)",
        "Position out of 22",
        "Ranking (1 = best)",
        "Quartile",
        "National quartile",
        "Position amongst neighbours",
        "League table position",
        "2023/24 Rank",
        "Rank 2023-24 (1 = best of 22)",
        "Quartile (4 = worst)",
    ],
)
def test_a_position_among_councils_is_not_a_figure(heading: str) -> None:
    assert classify(heading).field == "ignore"


@pytest.mark.parametrize(
    "heading",
    [
        "Position",
        "Current position",
        "Top quartile threshold",
        "Upper quartile (best)",
        "95th percentile response time",
    ],
)
def test_figures_that_sound_like_positions_are_not_left_out_as_ranks(heading: str) -> None:
    assert classify(heading).field != "ignore"


def two_years(own: str, rank: str, title: str) -> list[list[CellValue]]:
    sub = [own, rank, "Quartile", "CIPFA average", "England"]
    return [
        [title],
        [],
        [None, None, "2022/23", None, None, None, None, "2023/24"],
        ["Ref", "Indicator", *sub, *sub],
        ["B1", "Recycling rate (%)", 45.3, 6, 2, 42.1, 41.7, 46.0, 5, 2, 42.4, None],
        ["B2", "Looked after children per 10,000", 68, 8, 2, 70.1, 71, 71, 9, 3, 71.8, 70],
    ]


EXPECTED = {
    "B1": [("2022/23", 45.3), ("2023/24", 46.0)],
    "B2": [("2022/23", 68.0), ("2023/24", 71.0)],
}


@pytest.mark.parametrize(
    ("own", "rank", "title"),
    [
        ("Derby", "Rank (of 16)", "Derby City Council - benchmarking against CIPFA neighbours"),
        ("Our council", "Position out of 16", "Benchmarking 2023/24"),
        ("Wrexham County Borough", "Ranking", "Benchmarking against the all-Wales figures"),
        ("LA", "Quartile (1 = best)", "Benchmarking 2023/24"),
    ],
)
def test_the_councils_own_column_is_read_among_comparators(own: str, rank: str, title: str) -> None:
    parsed = read(two_years(own, rank, title))
    assert parsed.review == []
    assert figures(parsed) == EXPECTED


def test_the_councils_name_in_the_file_name_is_evidence_too() -> None:
    rows = two_years("Bedford", "Rank", "Benchmarking against CIPFA nearest neighbours")
    parsed = read(rows, path="/tmp/Bedford benchmarking 2023-24.xlsx")
    assert figures(parsed) == EXPECTED


def test_a_column_naming_no_council_is_not_taken_for_its_figures() -> None:
    rows = two_years("Cases", "Rank", "Benchmarking against CIPFA nearest neighbours")
    try:
        parsed = read(rows)
    except ScorecardError:
        return  # refused: nothing read as what it is not
    assert not any(o.actual for i in parsed.indicators for o in i.observations)


def test_one_year_of_benchmarks_takes_its_period_from_the_title() -> None:
    rows: list[list[CellValue]] = [
        ["Bedford Borough Council - benchmarking 2023/24"],
        [],
        ["Ref", "Indicator", "Bedford Borough", "Rank (of 16)", "Quartile", "England"],
        ["B1", "Recycling rate (%)", 46.0, 5, 2, 41.7],
        ["B2", "Looked after children per 10,000", 71, 9, 3, 70],
    ]
    parsed = detect(Workbook(path="/tmp/b.xlsx", format="xlsx", sheets=[Sheet("B", rows)]))
    assert figures(parsed) == {"B1": [("2023/24", 46.0)], "B2": [("2023/24", 71.0)]}
    assert parsed.indicators[0].observations[0].comparators == {"England": 41.7}


def test_two_area_columns_among_comparators_are_not_guessed_between() -> None:
    rows: list[list[CellValue]] = [
        ["Bedford and Luton Borough Councils - benchmarking 2023/24"],
        [],
        ["Ref", "Indicator", "Bedford Borough", "Luton Borough", "England"],
        ["B1", "Recycling rate (%)", 46.0, 38.2, 41.7],
        ["B2", "Looked after children per 10,000", 71, 64, 70],
    ]
    try:
        parsed = detect(Workbook(path="/tmp/b.xlsx", format="xlsx", sheets=[Sheet("B", rows)]))
    except ScorecardError:
        return  # refused: neither column guessed
    assert parsed.review


def test_a_group_of_councils_is_not_taken_for_the_council() -> None:
    rows: list[list[CellValue]] = [
        ["Benchmarking against similar councils 2023/24"],
        [],
        ["Ref", "Indicator", "Similar councils average", "County average", "England"],
        ["B1", "Recycling rate (%)", 46.0, 38.2, 41.7],
        ["B2", "Looked after children per 10,000", 71, 64, 70],
    ]
    try:
        parsed = detect(Workbook(path="/tmp/b.xlsx", format="xlsx", sheets=[Sheet("B", rows)]))
    except ScorecardError:
        return  # refused: no column of the council's own figures
    assert not any(o.actual for i in parsed.indicators for o in i.observations)
