"""A long table with a figure for each row's period beside one counted from April ('In
quarter' | 'Year to date'): the first is the period's, the second covers April to the end of
the row's period, and a target or rating goes with the figure its heading (or the marked
targets beside it) names. Where nothing says which, the column is held for review."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.scorecard.layout import long_to_date
from desktop.scorecard.model import ParsedScorecard
from tests.helpers.layout_sheets import detect_rows

Seen = dict[str, tuple[float | None, float | None, str | None]]


def _read(parsed: ParsedScorecard) -> Seen:
    return {
        o.period.label: (o.actual, o.target, o.rag)
        for i in parsed.indicators
        for o in i.observations
    }


@pytest.mark.parametrize(
    ("period", "own", "so_far", "labels"),
    [
        ("Quarter", "In quarter", "Year to date", ("Q1 2024/25", "Q2 2024/25", "H1 2024/25")),
        ("Period", "Quarter", "Cumulative", ("Q1 2024/25", "Q2 2024/25", "H1 2024/25")),
        ("Quarter", "Actual", "YTD", ("Q1 2024/25", "Q2 2024/25", "H1 2024/25")),
        ("Month", "In month", "Year to date", ("Apr 2024", "May 2024", "Apr 2024–May 2024")),
        ("Month", "Period", "YTD", ("Apr 2024", "May 2024", "Apr 2024–May 2024")),
    ],
)  # fmt: skip
def test_the_figure_to_date_covers_april_to_the_row_s_period(
    tmp_path: Path, period: str, own: str, so_far: str, labels: tuple[str, str, str]
) -> None:
    first, second = ("Q1 2024/25", "Q2 2024/25") if "Q" in labels[0] else ("Apr-24", "May-24")
    parsed = detect_rows(
        tmp_path / "long.xlsx",
        [
            ["Corporate indicators export"],
            ["Code", "Indicator", period, own, so_far, "YTD target", "Status"],
            ["HB1", "Days to process claims", first, 19.8, 19.8, 20, "Green"],
            ["HB1", "Days to process claims", second, 17.5, 18.6, 20, "Amber"],
        ],
    )
    assert _read(parsed) == {
        labels[0]: (19.8, 20, "green"),
        labels[1]: (17.5, None, None),
        labels[2]: (18.6, 20, "amber"),
    }
    assert parsed.review == []


def test_a_row_with_only_its_period_s_figure_is_read(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "long.xlsx",
        [
            ["Code", "Indicator", "Quarter", "In quarter", "Year to date", "YTD target"],
            ["H2", "Households in temporary accommodation", "Q2 2024/25", 231, None, None],
            ["H3", "Recycling rate", "Q3 2024/25", "Not available", None, 50],
            ["H3", "Recycling rate", "Q2 2024/25", 54.8, 53.6, 50],
        ],
    )
    found = {(i.code, o.period.label): (o.actual, o.actual_text, o.target) for i in parsed.indicators for o in i.observations}  # fmt: skip
    assert found == {
        ("H2", "Q2 2024/25"): (231, None, None),
        ("H3", "Q3 2024/25"): (None, "Not available", None),
        ("H3", "Q2 2024/25"): (54.8, None, None),
        ("H3", "H1 2024/25"): (53.6, None, 50),
    }


def test_a_target_marked_for_the_period_goes_with_the_period_s_figure(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "long.xlsx",
        [
            ["Code", "Indicator", "Quarter", "In quarter", "Year to date", "Quarterly target"],
            ["V1", "Visits", "Q1 2024/25", 10, 10, 9],
            ["V1", "Visits", "Q2 2024/25", 12, 22, 11],
        ],
    )
    assert _read(parsed) == {
        "Q1 2024/25": (10, 9, None),
        "Q2 2024/25": (12, 11, None),
        "H1 2024/25": (22, None, None),
    }


@pytest.mark.parametrize("target", ["Target", "Status"])
def test_a_target_nothing_ties_to_either_figure_is_held_for_review(
    tmp_path: Path, target: str
) -> None:
    parsed = detect_rows(
        tmp_path / "long.xlsx",
        [
            ["Code", "Indicator", "Quarter", "In quarter", "Year to date", target],
            ["V1", "Visits", "Q1 2024/25", 10, 10, 9 if target == "Target" else "Green"],
            ["V1", "Visits", "Q2 2024/25", 12, 22, 11 if target == "Target" else "Red"],
        ],
    )
    assert [item.cell for item in parsed.review] == ["F1"]
    assert all(v[1] is None and v[2] is None for v in _read(parsed).values())


def test_a_figure_to_date_alone_is_not_the_row_s_period(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "long.xlsx",
        [
            ["Exported 21/01/2025"],
            ["Code", "Indicator", "Quarter", "Cumulative", "Target"],
            ["V1", "Visits", "Q1 2024/25", 10, 9],
            ["V1", "Visits", "Q3 2024/25", 30, 27],
        ],
    )
    assert _read(parsed) == {"Q1 2024/25": (10, 9, None), "Apr 2024–Dec 2024": (30, 27, None)}


def test_two_figures_for_the_first_quarter_that_differ_are_asked_about(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "long.xlsx",
        [
            ["Code", "Indicator", "Quarter", "In quarter", "Year to date", "YTD target"],
            ["V1", "Visits", "Q1 2024/25", 10, 11, 9],
        ],
    )
    assert [item.cell for item in parsed.review] == ["E2"]
    assert _read(parsed) == {"Q1 2024/25": (10, None, None)}


def test_a_quarter_number_beside_a_year_stays_a_period(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "long.xlsx",
        [
            ["Code", "Indicator", "Year", "Quarter", "In quarter", "Year to date"],
            ["V1", "Visits", "2024/25", 1, 10, 10],
            ["V1", "Visits", "2024/25", 2, 12, 22],
        ],
    )
    assert _read(parsed) == {
        "Q1 2024/25": (10, None, None),
        "Q2 2024/25": (12, None, None),
        "H1 2024/25": (22, None, None),
    }


@pytest.mark.parametrize(
    ("heading", "side"),
    [("YTD target", "to_date"), ("Target (year to date)", "to_date"), ("Cumulative RAG", "to_date"),
     ("Target to date", "to_date"), ("In quarter target", "own"), ("Monthly target", "own"),
     ("Quarter only status", "own"), ("Target", ""), ("RAG", "")],
)  # fmt: skip
def test_which_figure_a_heading_names(heading: str, side: str) -> None:
    assert long_to_date.side(heading) == side
