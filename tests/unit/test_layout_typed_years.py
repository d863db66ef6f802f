"""A year typed once over the first period of its block (not merged) heads the block."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.scorecard.model import ParsedScorecard
from tests.helpers.layout_sheets import detect_rows

Q = ["Q1", "Q2", "Q3", "Q4"]


def readings(parsed: ParsedScorecard) -> dict[str, list[tuple[str, object, object]]]:
    """Each indicator's (period, actual or its text, target) in the order read."""
    return {
        i.name: [
            (o.period.label, o.actual if o.actual is not None else o.actual_text, o.target)
            for o in i.observations
        ]
        for i in parsed.indicators
    }


def said(parsed: ParsedScorecard) -> str:
    return " ".join(item.line() for item in parsed.review)


def labels(parsed: ParsedScorecard) -> set[str]:
    return {o.period.label for i in parsed.indicators for o in i.observations}


def test_each_years_quarters_and_target_take_the_year_over_their_first_quarter(
    tmp_path: Path,
) -> None:
    rows = [
        [None, None, "2023/24", None, None, None, None, "2024/25"],
        ["Code", "Indicator", *Q, "Target", *Q, "Target", "RAG"],
        ["C1", "Calls answered (%)", 86, 88, 84, 87, 85, 89, 90, None, None, 88, "G"],
        ["C2", "Wait (seconds)", 142, 118, 156, 131, 120, 104, 97, None, None, 110, "G"],
    ]
    parsed = detect_rows(tmp_path / "t.xlsx", rows)
    assert not parsed.review
    got = readings(parsed)["Calls answered (%)"]
    assert got == [
        ("Q1 2023/24", 86, 85),
        ("Q2 2023/24", 88, 85),
        ("Q3 2023/24", 84, 85),
        ("Q4 2023/24", 87, 85),
        ("Q1 2024/25", 89, 88),
        ("Q2 2024/25", 90, 88),
    ]
    rated = [o for i in parsed.indicators for o in i.observations if o.rag is not None]
    assert {o.period.label for o in rated} == {"Q2 2024/25"}


def test_dashed_years_over_quarters_in_words_with_no_target(tmp_path: Path) -> None:
    quarters = ["Quarter 1", "Quarter 2", "Quarter 3", "Quarter 4"]
    rows = [
        ["Performance measures", None, "2022-23", None, None, None, "2023-24"],
        ["Ref", "Measure", *quarters, *quarters, "Comment"],
        ["HB1", "Days to process new claims", 21, 19, 18, 17, 16, 15, 17, 14, None],
        ["HB2", "Days to process changes", 8, 7, 9, 6, 5, 6, 4, 5, "Improving"],
    ]
    parsed = detect_rows(tmp_path / "t.xlsx", rows)
    assert not parsed.review
    got = [label for label, _, _ in readings(parsed)["Days to process new claims"]]
    assert got == [f"Q{q} 2022/23" for q in range(1, 5)] + [f"Q{q} 2023/24" for q in range(1, 5)]


def test_a_financial_years_months_under_one_typed_heading(tmp_path: Path) -> None:
    months = ["Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar"]
    rows = [
        [None, "FY 2023/24", *[None] * 11, "FY 2024/25"],
        ["Indicator", *months, "Apr", "May", "Jun"],
        ["Missed bins per 100,000", *range(12), 20, 21, 22],
        ["Fly-tips cleared in 2 days (%)", *range(50, 62), 70, 71, 72],
    ]
    parsed = detect_rows(tmp_path / "t.xlsx", rows)
    assert not parsed.review
    got = [label for label, _, _ in readings(parsed)["Missed bins per 100,000"]]
    assert got[0] == "Apr 2023" and got[9] == "Jan 2024" and got[11] == "Mar 2024"
    assert got[12:] == ["Apr 2024", "May 2024", "Jun 2024"]


def test_a_year_typed_over_the_target_that_opens_its_block(tmp_path: Path) -> None:
    rows = [
        [None, None, "2023/24", None, None, None, None, "2024/25"],
        ["PI", "Description", "Target", *Q, "Target", "Q1", "Q2"],
        ["R1", "Repairs right first time (%)", 88, 84, 85, 83, 86, 90, 87, 89],
        ["R2", "Repairs in target time (%)", 95, 91, 93, 94, 96, 95, 97, 92],
    ]
    parsed = detect_rows(tmp_path / "t.xlsx", rows)
    assert not parsed.review
    got = readings(parsed)["Repairs right first time (%)"]
    assert got[0] == ("Q1 2023/24", 84, 88) and got[3] == ("Q4 2023/24", 86, 88)
    assert got[4:] == [("Q1 2024/25", 87, 90), ("Q2 2024/25", 89, 90)]


def test_rolling_quarters_over_the_turn_of_the_year(tmp_path: Path) -> None:
    rows = [
        [None, "2023/24", None, "2024/25"],
        ["Indicator", "Q3", "Q4", "Q1", "Q2"],
        ["Rent collected (%)", 96.1, 98.4, 94.0, 95.2],
        ["Arrears (£000)", 410, 388, 402, 395],
    ]
    parsed = detect_rows(tmp_path / "t.xlsx", rows)
    assert not parsed.review
    assert [label for label, _, _ in readings(parsed)["Rent collected (%)"]] == [
        "Q3 2023/24",
        "Q4 2023/24",
        "Q1 2024/25",
        "Q2 2024/25",
    ]


def test_halves_under_years_typed_once(tmp_path: Path) -> None:
    rows = [
        [None, "2022/23", None, "2023/24"],
        ["Measure", "H1", "H2", "H1", "H2"],
        ["Tenant satisfaction (%)", 78, 80, 81, 83],
        ["Complaints upheld (%)", 31, 29, 27, 30],
    ]
    parsed = detect_rows(tmp_path / "t.xlsx", rows)
    assert not parsed.review
    got = [label for label, _, _ in readings(parsed)["Tenant satisfaction (%)"]]
    assert got == ["H1 2022/23", "H2 2022/23", "H1 2023/24", "H2 2023/24"]


def test_a_year_centred_over_its_block_is_asked_about_not_guessed(tmp_path: Path) -> None:
    rows = [
        [None, None, None, "2023/24", None, None, None, None, "2024/25"],
        ["Code", "Indicator", *Q, "Target", *Q, "Target"],
        ["C1", "Calls answered (%)", 86, 88, 84, 87, 85, 89, 90, None, None, 88],
        ["C2", "Wait (seconds)", 142, 118, 156, 131, 120, 104, 97, None, None, 110],
    ]
    parsed = detect_rows(tmp_path / "t.xlsx", rows)
    assert parsed.review
    assert "Scorecard!C2" in said(parsed) and "'Q1'" in said(parsed)
    got = labels(parsed)
    assert "Q1 2023/24" not in got and "Q1 2024/25" not in got  # neither Q1 guessed


def test_a_later_year_over_the_middle_of_its_block_dates_no_gap(tmp_path: Path) -> None:
    rows = [
        [None, None, "2023/24", None, None, None, None, None, "2024/25"],
        ["Code", "Indicator", *Q, *Q],
        ["C1", "Calls answered (%)", 86, 88, 84, 87, 89, 90, 91, 92],
        ["C2", "Wait (seconds)", 142, 118, 156, 131, 104, 97, 99, 95],
    ]
    parsed = detect_rows(tmp_path / "t.xlsx", rows)
    assert parsed.review
    got = {(label, actual) for label, actual, _ in readings(parsed)["Calls answered (%)"]}
    # 2024/25 is typed over the second block's Q3: its Q1 and Q2 are not the first year's
    assert ("Q1 2023/24", 89) not in got and ("Q2 2023/24", 90) not in got
    assert ("Q2 2024/25", 90) not in got and ("Q2 2023/24", 88) not in got
    assert ("Q3 2024/25", 91) in got


def test_a_title_in_the_year_row_over_a_block_is_asked_about(tmp_path: Path) -> None:
    rows = [
        [None, None, "Quarterly outturn", None, None, None, "2024/25"],
        ["Code", "Indicator", *Q, *Q],
        ["C1", "Calls answered (%)", 86, 88, 84, 87, 89, 90, None, None],
        ["C2", "Wait (seconds)", 142, 118, 156, 131, 104, 97, None, None],
    ]
    parsed = detect_rows(tmp_path / "t.xlsx", rows)
    assert parsed.review and "Scorecard!C2" in said(parsed)
    got = {(label, actual) for label, actual, _ in readings(parsed)["Calls answered (%)"]}
    assert ("Q1 2024/25", 86) not in got and ("Q1 2024/25", 89) in got


def test_a_quarter_come_round_again_without_its_year_is_asked_about(tmp_path: Path) -> None:
    rows = [
        [None, "2023/24"],
        ["Indicator", *Q, "Q1", "Q2"],
        ["Calls answered (%)", 86, 88, 84, 87, 89, 90],
        ["Wait (seconds)", 142, 118, 156, 131, 104, 97],
    ]
    parsed = detect_rows(tmp_path / "t.xlsx", rows)
    assert parsed.review and "Scorecard!F2" in said(parsed)
    got = readings(parsed)["Calls answered (%)"]
    assert [label for label, _, _ in got] == [f"Q{q} 2023/24" for q in range(1, 5)]


def test_years_merged_over_their_quarters_are_read_as_before(tmp_path: Path) -> None:
    rows = [
        [None, None, "2023/24", None, None, None, "2024/25"],
        ["Code", "Indicator", *Q, "Q1", "Q2", "Target"],
        ["C1", "Calls answered (%)", 86, 88, 84, 87, 89, 90, 88],
        ["C2", "Wait (seconds)", 142, 118, 156, 131, 104, 97, 110],
    ]
    parsed = detect_rows(tmp_path / "t.xlsx", rows, merged=["C1:F1", "G1:H1"])
    assert not parsed.review
    got = readings(parsed)["Calls answered (%)"]
    assert [label for label, _, _ in got] == [
        *(f"Q{q} 2023/24" for q in range(1, 5)),
        "Q1 2024/25",
        "Q2 2024/25",
    ]


def _rated(parsed: ParsedScorecard) -> set[tuple[str, str, str]]:
    return {
        (i.name, o.period.label, o.rag) for i in parsed.indicators for o in i.observations if o.rag
    }


@pytest.mark.parametrize("rating", ["Q3 RAG", "Q3 status", "Qtr 3 rating", "Quarter 3 RAG"])
@pytest.mark.parametrize("span", ["C1:E1", "C1:F1"])
def test_a_rating_of_a_quarter_beside_one_years_merged_quarters_rates_that_quarter(
    tmp_path: Path, rating: str, span: str
) -> None:
    rows = [
        [None, None, "2024/25", None, None, None, None],
        ["Code", "Indicator", "Q1", "Q2", "Q3", "Target 2024/25", rating],
        ["C1", "Calls answered (%)", 86, 88, 84, 90, "Red"],
        ["C2", "Wait (seconds)", 142, 118, 96, 110, "Green"],
    ]
    if span == "C1:F1":  # the merge over the target too
        rows[1][5] = "Target"
    parsed = detect_rows(tmp_path / "t.xlsx", rows, merged=[span])
    assert not parsed.review, said(parsed)
    assert _rated(parsed) == {
        ("Calls answered (%)", "Q3 2024/25", "red"),
        ("Wait (seconds)", "Q3 2024/25", "green"),
    }


def test_a_five_wide_merged_year_is_read_as_one_merge(tmp_path: Path) -> None:
    rows = [
        [None, None, "2023/24", "Year 2024/25", None, None, None, None, None],
        ["Code", "Indicator", "Outturn", *Q, "Annual target", "Q2 RAG"],
        ["C1", "Calls answered (%)", 85, 86, 88, None, None, 90, "Amber"],
    ]
    parsed = detect_rows(tmp_path / "t.xlsx", rows, merged=["D1:H1"])
    assert not parsed.review, said(parsed)
    assert labels(parsed) == {"2023/24", "Q1 2024/25", "Q2 2024/25"}
    assert _rated(parsed) == {("Calls answered (%)", "Q2 2024/25", "amber")}


@pytest.mark.parametrize("rating", ["Q3 RAG", "Q3 status", "Q2 rating"])
def test_a_rating_of_a_quarter_beside_two_years_of_it_is_asked_about(
    tmp_path: Path, rating: str
) -> None:
    rows = [
        [None, None, "2023/24", None, None, None, "2024/25", None, None, None, None],
        ["Code", "Indicator", *Q, "Q1", "Q2", "Q3", "Target", rating],
        ["C1", "Calls answered (%)", 80, 81, 82, 83, 86, 88, None, 90, "Red"],
    ]
    parsed = detect_rows(tmp_path / "t.xlsx", rows, merged=["C1:F1", "G1:I1"])
    assert "Scorecard!K2" in said(parsed) and "has no year over it" in said(parsed)
    assert _rated(parsed) == set()
