"""A financial year's figure to date up to a stated quarter or month ('2024/25 YTD (Q2)',
'2024/25 to date (Sep)') after columns of whole years' outturns: April to the end of that
part, with the year's target and the row's rating; and a rating never put on an older
figure while the later one it may rate went unread."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from desktop.scorecard.layout import header as layout_header
from desktop.scorecard.model import ParsedScorecard
from tests.helpers.layout_sheets import detect_rows


def _by_span(parsed: ParsedScorecard) -> dict[tuple[dt.date, dt.date], tuple[object, ...]]:
    (indicator,) = parsed.indicators
    return {
        (o.period.start, o.period.end): (o.actual, o.target, o.rag) for o in indicator.observations
    }


@pytest.mark.parametrize(
    ("heading", "end"),
    [
        ("2024/25 YTD (Q2)", dt.date(2024, 9, 30)),
        ("2024/25 to date (Q3)", dt.date(2024, 12, 31)),
        ("2024/25 YTD to Sep", dt.date(2024, 9, 30)),
        ("2024/25 YTD (up to end of Nov)", dt.date(2024, 11, 30)),
    ],
)
def test_a_year_to_date_up_to_a_part_runs_from_april(heading: str, end: dt.date) -> None:
    column = layout_header.classify(heading)
    assert column.field == "actual"
    assert column.period is not None
    assert (column.period.start, column.period.end) == (dt.date(2024, 4, 1), end)


@pytest.mark.parametrize("heading", ["2024/25 Target (Q2)", "2024/25 Q2", "2024/25 YTD (Rank)"])
def test_words_not_marking_a_year_to_date_keep_their_reading(heading: str) -> None:
    column = layout_header.classify(heading)
    assert column.period is None or column.period.kind != "range"


def test_a_year_s_to_date_band_is_a_figure_of_that_year_not_a_column_of_periods() -> None:
    column = layout_header.classify("2024/25 to date")
    assert column.field == "actual"
    assert column.period is not None and column.period.label == "2024/25"


def test_outturns_then_the_year_to_date_under_its_band_take_target_and_rating(
    tmp_path: Path,
) -> None:
    parsed = detect_rows(
        tmp_path / "trend.xlsx",
        [
            ["Council Plan performance"],
            ["", "Outturn", "", "2024/25 to date", "", ""],
            ["Indicator", "2022/23", "2023/24", "2024/25 YTD (Q2)", "Target 2024/25", "RAG"],
            ["Council tax collected (%)", 97.3, 97.0, 56.8, 97.2, "G"],
        ],
        merged=["B2:C2", "D2:F2"],
    )
    spans = _by_span(parsed)
    assert spans[(dt.date(2024, 4, 1), dt.date(2024, 9, 30))] == (56.8, 97.2, "green")
    assert spans[(dt.date(2023, 4, 1), dt.date(2024, 3, 31))] == (97.0, None, None)
    assert parsed.review == []


def test_a_rating_beside_a_later_figure_not_read_is_held_at_its_cell(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "trend.xlsx",
        [
            ["Council Plan performance"],
            ["Indicator", "2022/23", "2023/24", "2024/25 Panel B", "RAG"],
            ["Council tax collected (%)", 97.3, 97.0, 56.8, "G"],
            ["Business rates collected (%)", 98.1, 98.3, 55.1, "A"],
        ],
    )
    assert any(item.cell == "E3" for item in parsed.review), parsed.review
    rated = [o for i in parsed.indicators for o in i.observations if o.rag is not None]
    assert rated == []


def test_an_unread_column_naming_no_time_does_not_hold_the_rating(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "thresholds.xlsx",
        [
            ["Council Plan performance"],
            ["Indicator", "Q1 24/25", "Q2 24/25", "Green threshold", "Status"],
            ["Council tax collected (%)", 28.1, 56.8, 56.0, "Green"],
        ],
    )
    assert parsed.review == []
    assert _by_span(parsed)[(dt.date(2024, 7, 1), dt.date(2024, 9, 30))][2] == "green"
