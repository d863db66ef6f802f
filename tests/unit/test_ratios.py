"""Ratios typed against one ('18:1', '1:3.2') are the figure set against the one where the row
says ratio; '1 in 6' is a rounded share kept as words; a ratio with no side one is asked."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.scorecard.parse import ratios
from tests.helpers.layout_sheets import detect_rows, figures


@pytest.mark.parametrize(
    ("text", "figure"),
    [("18:1", 18.0), ("1:3.2", 3.2), ("1 : 4", 4.0), ("12.5:1", 12.5), ("1:1", 1.0)],
)
def test_a_ratio_against_one_is_its_other_side(text: str, figure: float) -> None:
    assert ratios.against_one(text) == figure


@pytest.mark.parametrize("text", ["3:2", "2:35", "16:9"])
def test_a_ratio_with_no_side_one_is_unsided(text: str) -> None:
    assert ratios.against_one(text) == ratios.UNSIDED


@pytest.mark.parametrize("text", ["18", "1-4", "Q1:2", "1 in 4", "18:1 cases"])
def test_other_text_is_no_ratio(text: str) -> None:
    assert ratios.against_one(text) is None


@pytest.mark.parametrize(
    ("texts", "says"),
    [
        (("Ratio",), True),
        (("Pupil-teacher ratio in maintained nurseries",), True),
        (("Open cases per qualified social worker",), True),
        (("Children to one member of staff",), True),
        (("Staff-to-child",), True),
        (("For every 1 foster carer, children placed",), True),
        (("Missed bins per 100,000 collections",), False),
        (("Agency staff (per cent)",), False),
        (("Spend per head",), False),
        (("Calls answered",), False),
    ],
)
def test_what_says_a_row_is_ratios(texts: tuple[str, ...], says: bool) -> None:
    assert ratios.says_ratio(*texts) is says


@pytest.mark.parametrize(
    "text",
    ["1 in 6 calls abandoned", "Fewer than 1 in 10", "one in five", "About 1 in 4 residents",
     "1 out of 3 visits missed", "1 in 1,000"],
)  # fmt: skip
def test_one_in_n_is_a_share_in_words(text: str) -> None:
    assert ratios.is_one_in_n(text)


@pytest.mark.parametrize("text", ["1 in 2024", "12 in 40", "Within 1 in 6", "10 in 10"])
def test_other_wordings_are_not_one_in_n(text: str) -> None:
    assert not ratios.is_one_in_n(text)


def test_ratios_under_a_ratio_unit_read_against_one(tmp_path: Path) -> None:
    rows = [
        ["Quarterly performance 2024/25"],
        ["Code", "Indicator", "Unit", "Q1 2024/25", "Q2 2024/25", "Target"],
        ["A1", "Pupils to each teaching assistant", "Ratio", "9:1", "10:1", "8:1"],
        ["A2", "Carers in the residential home: staffing", "ratio", "1:2.5", "1:2.8", "1:3"],
        ["A3", "Homes let within 28 days (%)", "%", 71.5, 74.2, 80],
    ]
    parsed = detect_rows(tmp_path / "s.xlsx", rows)
    assert parsed.review == []
    got = figures(parsed)
    assert got["Pupils to each teaching assistant"] == [("Q1 2024/25", 9.0), ("Q2 2024/25", 10.0)]
    assert got["Carers in the residential home: staffing"] == [
        ("Q1 2024/25", 2.5), ("Q2 2024/25", 2.8),
    ]  # fmt: skip
    targets = {i.name: {o.target for o in i.observations} for i in parsed.indicators}
    assert targets["Pupils to each teaching assistant"] == {8.0}
    assert targets["Carers in the residential home: staffing"] == {3.0}


def test_a_ratio_named_per_a_thing_reads_without_a_unit_column(tmp_path: Path) -> None:
    rows = [
        ["Code", "Indicator", "2023/24", "2024/25"],
        ["W1", "Average open cases per social worker", "21:1", "19:1"],
        ["W2", "Agency social workers (%)", 24.1, 22.8],
    ]
    parsed = detect_rows(tmp_path / "s.xlsx", rows)
    assert parsed.review == []
    assert figures(parsed)["Average open cases per social worker"] == [
        ("2023/24", 21.0), ("2024/25", 19.0),
    ]  # fmt: skip


def test_a_ratio_nothing_calls_a_ratio_is_still_asked(tmp_path: Path) -> None:
    rows = [
        ["Code", "Indicator", "2023/24", "2024/25"],
        ["W1", "Open cases", "21:1", "19:1"],
        ["W2", "Agency social workers (%)", 24.1, 22.8],
    ]
    parsed = detect_rows(tmp_path / "s.xlsx", rows)
    assert any(item.cell for item in parsed.review)


def test_a_ratio_whose_side_is_not_said_is_asked_naming_the_cell(tmp_path: Path) -> None:
    rows = [
        ["Code", "Indicator", "Unit", "2023/24", "2024/25"],
        ["R1", "Applications to places", "Ratio", "3:2", "5:4"],
        ["R2", "Agency social workers (%)", "%", 24.1, 22.8],
    ]
    parsed = detect_rows(tmp_path / "s.xlsx", rows)
    assert any("neither side one" in item.reason and item.cell for item in parsed.review)


def test_one_in_n_is_kept_as_words_and_no_target(tmp_path: Path) -> None:
    rows = [
        ["Code", "Indicator", "Q1 2024/25", "Q2 2024/25", "Target"],
        ["C1", "Residents who feel unsafe after dark", "About 1 in 5", "one in four", "Under 1 in 10"],
        ["C2", "Calls answered in 60 seconds (%)", 81.2, 78.5, 80],
    ]  # fmt: skip
    parsed = detect_rows(tmp_path / "s.xlsx", rows)
    assert parsed.review == []
    unsafe = next(i for i in parsed.indicators if i.name.startswith("Residents"))
    assert [(o.actual, o.actual_text, o.target) for o in unsafe.observations] == [
        (None, "About 1 in 5", None), (None, "one in four", None),
    ]  # fmt: skip
