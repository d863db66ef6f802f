"""A count and its percentage typed in one cell ('96 (54%)', '12 of 40 (30%)', '30% (12)'):
the indicator's name, unit, heading or target says which figure it is read by, and a cell
nothing speaks for is held for review naming it."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.scorecard.parse.count_shares import CountShare, by_target, measured_by, split
from tests.helpers.layout_sheets import detect_rows


@pytest.mark.parametrize(
    ("text", "count", "share", "base"),
    [
        ("96 (54%)", 96.0, 54.0, None),
        ("11,455 (95.9%)", 11455.0, 95.9, None),
        ("152 (92.7 %)", 152.0, 92.7, None),
        ("201 / 71%", 201.0, 71.0, None),
        ("201|71%", 201.0, 71.0, None),
        ("3 [3.4%]", 3.0, 3.4, None),
        ("0 (0%)", 0.0, 0.0, None),
        ("12 of 40 (30%)", 12.0, 30.0, 40.0),
        ("12 out of 40 (30%)", 12.0, 30.0, 40.0),
        ("12/40 (30%)", 12.0, 30.0, 40.0),
        ("30% (12)", 12.0, 30.0, None),
        ("62.5% (5/8)", 5.0, 62.5, 8.0),
        ("45% (20 of 44)", 20.0, 45.0, 44.0),
        ("45% (n=20)", None, 45.0, 20.0),
        ("45% (base: 20)", None, 45.0, 20.0),
    ],
)
def test_the_ways_a_count_and_its_share_are_typed(
    text: str, count: float | None, share: float, base: float | None
) -> None:
    found = split(text)
    assert found is not None
    assert (found.count, found.share, found.base) == (count, share, base)


@pytest.mark.parametrize(
    "text",
    [
        "4.5 (12%)",  # no whole count: a figure and its change, perhaps
        "12 of 40 (50%)",  # the share is not the count's share of the base
        "10-12%",  # a band
        "96 (54)",  # no percentage at all
        "54%",
        "96 (+12%)",  # a change
        "96 (see note 3, 54%)",
    ],
)
def test_other_cells_are_not_taken_for_a_count_and_its_share(text: str) -> None:
    assert split(text) is None


def test_a_decimal_comma_file_reads_the_share_with_its_comma() -> None:
    assert split("45 (12,5%)", decimal_comma=True) == CountShare(45.0, 12.5, None)
    assert split("11,455 (95,9%)", decimal_comma=True) is None  # 11.455 is no count


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("Number of households whose homelessness was prevented", "count"),
        ("No. of adaptations completed", "count"),
        ("Families in bed and breakfast for more than 6 weeks (number)", "count"),
        ("Households helped (No.)", "count"),
        ("How many complaints were upheld", "count"),
        ("Stage 1 complaints upheld (%)", "share"),
        ("% of council homes meeting the Decent Homes Standard", "share"),
        ("Percentage of relets within 28 days", "share"),
        ("Tenancies sustained - per cent", "share"),
        ("Proportion of calls answered", "share"),
        ("Re-referral rate", "share"),
        ("Canran y tai gwag", "share"),
        ("Number and percentage of households prevented", "unclear"),
        ("Rate per 1,000 children", "unclear"),
        ("Disabled facilities grant adaptations completed", None),
        ("Households in temporary accommodation", None),
    ],
)
def test_what_a_name_says_it_measures(name: str, said: str | None) -> None:
    assert measured_by(name) == said


def test_targets_sit_beside_one_figure_or_say_nothing() -> None:
    pairs = [(CountShare(57.0, 84.0, None), 60.0), (CountShare(64.0, 81.0, None), 60.0)]
    assert by_target(pairs) == "count"
    assert by_target([(CountShare(1200.0, 87.0, None), 85.0)]) == "share"
    assert by_target([(CountShare(70.0, 75.0, None), 72.0)]) is None  # both near
    assert by_target([(CountShare(57.0, 84.0, None), None)]) is None  # no target
    assert by_target([(CountShare(0.0, 0.0, None), 5.0)]) is None


HEAD = ["Ref", "Measure", "Q1 2024/25", "Q2 2024/25", "Target"]


def _read(tmp_path: Path, rows: list[list[object]], head: list[str] = HEAD):  # type: ignore[no-untyped-def]
    parsed = detect_rows(tmp_path / "t.xlsx", [head, *rows])
    read = {
        i.code: [(o.actual, o.numerator, o.denominator) for o in i.observations]
        for i in parsed.indicators
    }
    return parsed, read


@pytest.mark.parametrize(
    ("name", "q1", "q2", "expected"),
    [
        ("Number of homeless households helped", "96 (54%)", "104 (57%)", [96.0, 104.0]),
        ("Homeless households helped (number)", "30% (12)", "25% (11)", [12.0, 11.0]),
        ("No. of children adopted", "62.5% (5/8)", "50% (3/6)", [5.0, 3.0]),
        ("Complaints upheld (%)", "45 (12.3%)", "38 / 10.9%", [12.3, 10.9]),
        ("Percentage of relets within 28 days", "12 of 40 (30%)", "15/50 (30%)", [30.0, 30.0]),
        ("Proportion of reviews on time", "30% (12)", "45% (n=20)", [30.0, 45.0]),
    ],
)
def test_the_name_decides_which_figure_is_read(
    tmp_path: Path, name: str, q1: str, q2: str, expected: list[float]
) -> None:
    parsed, read = _read(tmp_path, [["H1", name, q1, q2, 50]])
    assert not parsed.review
    assert [a for a, _, _ in read["H1"]] == expected


def test_a_share_keeps_its_count_as_numerator_and_its_base_as_denominator(
    tmp_path: Path,
) -> None:
    parsed, read = _read(
        tmp_path, [["H1", "Relets within 28 days (%)", "12 of 40 (30%)", "96 (54%)", 50]]
    )
    assert not parsed.review
    assert read["H1"] == [(30.0, 12.0, 40.0), (54.0, 96.0, None)]
    assert parsed.indicators[0].unit == "%"


def test_a_percentage_with_its_working_is_the_rate_where_the_name_is_silent(
    tmp_path: Path,
) -> None:
    parsed, read = _read(tmp_path, [["H1", "Reviews on time", "62.5% (5/8)", "45% (n=20)", 60]])
    assert not parsed.review
    assert read["H1"] == [(62.5, 5.0, 8.0), (45.0, None, 20.0)]


def test_a_silent_name_is_settled_by_its_target(tmp_path: Path) -> None:
    parsed, read = _read(
        tmp_path,
        [
            ["H1", "Adaptations completed", "57 (84%)", "64 (81%)", 60],
            ["H2", "Calls answered within 20 seconds", "1,234 (87%)", "1,310 (88%)", 85],
        ],
    )
    assert not parsed.review
    assert [a for a, _, _ in read["H1"]] == [57.0, 64.0]
    assert [a for a, _, _ in read["H2"]] == [87.0, 88.0]


def test_a_unit_column_settles_a_silent_name(tmp_path: Path) -> None:
    head = ["Ref", "Measure", "Unit", "Q1 2024/25", "Q2 2024/25"]
    parsed, read = _read(
        tmp_path,
        [
            ["H1", "Adaptations completed", "%", "57 (84%)", "64 (81%)"],
            ["H2", "Grants approved", "Number", "57 (84%)", "64 (81%)"],
        ],
        head,
    )
    assert not parsed.review
    assert [a for a, _, _ in read["H1"]] == [84.0, 81.0]
    assert [a for a, _, _ in read["H2"]] == [57.0, 64.0]


def test_a_column_heading_naming_the_share_decides(tmp_path: Path) -> None:
    head = ["Ref", "Measure", "Q1 2024/25 (%)", "Q2 2024/25 (%)"]
    parsed, read = _read(tmp_path, [["H1", "Adaptations completed", "57 (84%)", "64 (81%)"]], head)
    assert not parsed.review
    assert [a for a, _, _ in read["H1"]] == [84.0, 81.0]


@pytest.mark.parametrize(
    ("name", "q1", "target"),
    [
        ("Adaptations completed", "57 (84%)", None),  # nothing says
        ("Adaptations completed", "70 (75%)", 72),  # the target sits between them
        ("Number and percentage of adaptations completed", "57 (84%)", 60),
        ("Looked after children rate per 10,000", "57 (0.5%)", 60),
        ("Number of reviews on time", "45% (n=20)", 10),  # a count the cell lacks
    ],
)
def test_a_cell_nothing_speaks_for_is_held_for_review_naming_it(
    tmp_path: Path, name: str, q1: str, target: object
) -> None:
    parsed, read = _read(tmp_path, [["H1", name, q1, None, target]])
    assert any(
        item.cell == "C2" and "count and its percentage" in item.reason for item in parsed.review
    )
    assert read["H1"][0][0] is None
