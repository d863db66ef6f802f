"""Status columns that rate a period of their own, whatever the council calls them."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.scorecard.layout.rated_periods import relative_rating
from tests.helpers.layout_sheets import detect_rows


def _ratings(parsed: object) -> dict[str, dict[str, str | None]]:
    return {
        i.name: {o.period.label: o.rag for o in i.observations}
        for i in parsed.indicators  # type: ignore[attr-defined]
    }


@pytest.mark.parametrize(
    ("previous", "current"),
    [
        ("Last quarter's RAG", "This quarter's RAG"),
        ("Previous RAG", "Latest RAG"),
        ("RAG (previous quarter)", "RAG (current quarter)"),
        ("Prior period rating", "Current rating"),
    ],
)
def test_a_status_named_for_the_previous_quarter_rates_it(
    tmp_path: Path, previous: str, current: str
) -> None:
    parsed = detect_rows(
        tmp_path / "s.xlsx",
        [
            ["Performance report Quarter 2 2024/25"],
            [],
            ["Indicator", "Target", "Q1 2024/25", previous, "Q2 2024/25", current],
            ["Missed bin collections per 100,000", 50, 61, "Red", 48, "Green"],
            ["Calls answered in 60 seconds (%)", 80, 78.5, "Amber", 83.1, "Green"],
        ],
    )
    assert _ratings(parsed) == {
        "Missed bin collections per 100,000": {"Q1 2024/25": "red", "Q2 2024/25": "green"},
        "Calls answered in 60 seconds (%)": {"Q1 2024/25": "amber", "Q2 2024/25": "green"},
    }


def test_the_words_decide_even_when_both_statuses_stand_after_the_figures(
    tmp_path: Path,
) -> None:
    parsed = detect_rows(
        tmp_path / "s.xlsx",
        [
            ["Indicator", "Sep 2024", "Oct 2024", "Last month's status", "This month's status"],
            ["Homes empty over six months", 410, 395, "Red", "Amber"],
        ],
    )
    assert _ratings(parsed) == {
        "Homes empty over six months": {"Sep 2024": "red", "Oct 2024": "amber"}
    }


def test_each_plain_status_rates_the_quarter_it_follows(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "s.xlsx",
        [
            ["Measure", "Q3 2024/25", "RAG", "Q4 2024/25", "RAG"],
            ["Invoices paid within 30 days (%)", 91.0, "Amber", 96.2, "Green"],
        ],
    )
    assert _ratings(parsed) == {
        "Invoices paid within 30 days (%)": {"Q3 2024/25": "amber", "Q4 2024/25": "green"}
    }


def test_a_single_status_still_rates_the_latest_figure(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "s.xlsx",
        [
            ["Measure", "Q3 2024/25", "Status", "Q4 2024/25"],
            ["Invoices paid within 30 days (%)", 91.0, "Amber", 96.2],
        ],
    )
    assert _ratings(parsed) == {
        "Invoices paid within 30 days (%)": {"Q3 2024/25": None, "Q4 2024/25": "amber"}
    }


def test_only_a_rating_heading_with_a_relative_word_counts_back() -> None:
    assert relative_rating("Previous status") == (None, -1)
    assert relative_rating("Status") is None
    assert relative_rating("Previous outturn") is None


def test_a_status_heading_naming_its_quarter_rates_that_quarter(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "s.xlsx",
        [
            ["Corporate scorecard 2024/25"],
            ["Indicator", "Q2", "Q2 status", "Q3", "Q3 status"],
            ["Invoices paid within 30 days (%)", 91.0, "Amber", 96.2, "Green"],
        ],
    )
    assert _ratings(parsed) == {
        "Invoices paid within 30 days (%)": {"Q2 2024/25": "amber", "Q3 2024/25": "green"}
    }


def test_an_annual_report_s_previous_and_current_status(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "s.xlsx",
        [
            ["Indicator", "2023/24", "Previous status", "2024/25", "Current status"],
            ["Household waste recycled (%)", 41.2, "Amber", 44.0, "Green"],
        ],
    )
    assert _ratings(parsed) == {
        "Household waste recycled (%)": {"2023/24": "amber", "2024/25": "green"}
    }


def test_a_previous_status_beside_only_the_latest_figure_is_never_its_rating(
    tmp_path: Path,
) -> None:
    parsed = detect_rows(
        tmp_path / "s.xlsx",
        [
            ["Indicator", "Q3 2024/25", "Current status", "Previous status"],
            ["Invoices paid within 30 days (%)", 96.2, "Green", "Red"],
            ["Calls answered within 60 seconds (%)", 82.0, "Amber", "Green"],
        ],
    )
    assert _ratings(parsed) == {
        "Invoices paid within 30 days (%)": {"Q3 2024/25": "green"},
        "Calls answered within 60 seconds (%)": {"Q3 2024/25": "amber"},
    }


def test_statuses_beside_previous_and_current_figures_placed_by_the_title(
    tmp_path: Path,
) -> None:
    parsed = detect_rows(
        tmp_path / "s.xlsx",
        [
            ["Performance report Quarter 3 2024/25"],
            ["Ref", "Indicator", "Previous", "Previous status", "Current", "Current status"],
            ["H1", "Net additional homes", 25, "Red", 65, "Green"],
        ],
    )
    assert _ratings(parsed) == {
        "Net additional homes": {"Q2 2024/25": "red", "Q3 2024/25": "green"}
    }


@pytest.mark.parametrize(
    "current", ["Current RAG", "Latest status", "RAG (this quarter)", "Current rating"]
)
def test_a_lone_current_rating_rates_each_row_s_latest_figure(tmp_path: Path, current: str) -> None:
    """As a plain 'RAG' does: a row whose latest quarter is blank is rated on the one before."""
    parsed = detect_rows(
        tmp_path / "s.xlsx",
        [
            ["Code", "Indicator", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Target", current],
            ["C1", "Sickness days lost per FTE", 10.1, 10.4, None, 9.0, "Red"],
            ["C2", "Invoices paid within 30 days (%)", 91.0, 93.0, 96.2, 95.0, "Green"],
        ],
    )
    assert _ratings(parsed) == {
        "Sickness days lost per FTE": {"Q1 2024/25": None, "Q2 2024/25": "red"},
        "Invoices paid within 30 days (%)": {
            "Q1 2024/25": None,
            "Q2 2024/25": None,
            "Q3 2024/25": "green",
        },
    }


def test_beside_a_previous_status_the_current_one_keeps_its_quarter(tmp_path: Path) -> None:
    """'Previous status' rates Q2: 'Current status' is Q3's, so a row without a Q3 figure
    has no current rating to give (it is never put on Q2, which has its own)."""
    parsed = detect_rows(
        tmp_path / "s.xlsx",
        [
            ["Indicator", "Q2 2024/25", "Previous status", "Q3 2024/25", "Current status"],
            ["Sickness days lost per FTE", 10.4, "Amber", None, "Red"],
            ["Invoices paid within 30 days (%)", 93.0, "Amber", 96.2, "Green"],
        ],
    )
    assert _ratings(parsed) == {
        "Sickness days lost per FTE": {"Q2 2024/25": "amber"},
        "Invoices paid within 30 days (%)": {"Q2 2024/25": "amber", "Q3 2024/25": "green"},
    }
