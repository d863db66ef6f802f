"""One 'RAG' column beside quarter columns and a 'Year to date' column: where a line of the
sheet or the rating's heading says the rating rates the year-to-date (cumulative) figure, a
row's rating goes with its figure to date, and with its latest quarter where it has none; with
nothing saying so, or a line naming the quarter's figure first, it stays on the latest
quarter."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.scorecard.layout.to_date_ratings import says_to_date
from desktop.scorecard.model import ParsedScorecard
from tests.helpers.layout_sheets import detect_rows

YTD = "Apr 2024–Dec 2024"
KEY = "RAG: Green – on or better than target; Amber – within 10%; Red – more than 10% worse."
SAYS_TO_DATE = [
    "The RAG rates the year-to-date figure where there is one, otherwise the latest quarter.",
    "RAG compares the cumulative position with the 2024/25 target.",
    "Status is based on year to date performance against target.",
    "RAG ratings are based on the YTD figure; rolling measures are rated on the latest quarter.",
]


def _rows(note: str, rag_heading: str = "RAG", ytd_cell: object = 88.7) -> list[list[object]]:
    return [
        ["Corporate Health Scorecard 2024/25 – Quarter 3"],
        [note],
        [],
        ["Ref", "Indicator", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25",
         "Year to date", "Target 2024/25", rag_heading],
        ["CH20", "FOI requests answered in 20 working days (%)", 86.2, 88.9, 91.4, None,
         ytd_cell, 90, "Amber"],
        ["CH02", "Staff turnover, rolling 12 months (%)", 12.1, 12.5, 12.8, None, None, 12,
         "Amber"],
        ["CH06", "Mandatory training completed (%)", 88.4, 91.2, None, None, None, 95,
         "Green"],
    ]  # fmt: skip


def _ratings(parsed: ParsedScorecard) -> dict[tuple[str, str], str | None]:
    return {
        (i.code or i.name, o.period.label): o.rag
        for i in parsed.indicators
        for o in i.observations
        if o.rag is not None
    }


ON_LATEST = {
    ("CH20", "Q3 2024/25"): "amber",
    ("CH02", "Q3 2024/25"): "amber",
    ("CH06", "Q2 2024/25"): "green",
}


@pytest.mark.parametrize("note", SAYS_TO_DATE)
def test_a_note_saying_the_rating_is_of_the_year_to_date_puts_it_there(
    tmp_path: Path, note: str
) -> None:
    parsed = detect_rows(tmp_path / "health.xlsx", _rows(note))
    assert parsed.review == []
    assert _ratings(parsed) == {
        ("CH20", YTD): "amber",  # its year to date
        ("CH02", "Q3 2024/25"): "amber",  # no year to date: its latest quarter
        ("CH06", "Q2 2024/25"): "green",
    }


@pytest.mark.parametrize("heading", ["YTD RAG", "RAG (cumulative)", "Cumulative status"])
def test_a_rating_headed_as_the_year_to_date_rates_it(tmp_path: Path, heading: str) -> None:
    parsed = detect_rows(tmp_path / "health.xlsx", _rows(KEY, heading))
    assert parsed.review == []
    assert _ratings(parsed)[("CH20", YTD)] == "amber"
    assert _ratings(parsed)[("CH02", "Q3 2024/25")] == "amber"


@pytest.mark.parametrize(
    "note",
    [
        KEY,
        "RAG rates Q3 performance against the year-to-date target.",
        "The RAG compares the quarter's figure with the cumulative profile.",
    ],
)
def test_with_nothing_saying_so_the_rating_stays_on_the_latest_quarter(
    tmp_path: Path, note: str
) -> None:
    parsed = detect_rows(tmp_path / "health.xlsx", _rows(note))
    assert parsed.review == []
    assert _ratings(parsed) == ON_LATEST


def test_a_rated_row_whose_year_to_date_is_words_is_held_at_the_rating(tmp_path: Path) -> None:
    parsed = detect_rows(tmp_path / "health.xlsx", _rows(SAYS_TO_DATE[0], ytd_cell="n/a"))
    assert [r.line() for r in parsed.review] == [
        "Scorecard!I5: 'Amber' rates the figure to date, but the row's figure to date is 'n/a' "
        "— it may rate that or the row's latest figure; give the figure or leave its cell blank"
    ]


def test_a_line_names_the_figure_rated_before_what_it_is_rated_against() -> None:
    assert says_to_date("RAG compares the year to date actual with the quarterly target")
    assert not says_to_date("RAG compares the quarterly actual with the year to date target")
    assert not says_to_date("Year to date figures are cumulative from 1 April.")
