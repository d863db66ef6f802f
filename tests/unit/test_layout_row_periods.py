"""A column of bare quarters beside figure columns headed by years: the row's quarter of each."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.scorecard.model import ParsedScorecard, ScorecardError
from tests.helpers.layout_sheets import detect_rows, figures

HEAD = ["Indicator", "Quarter", "2022/23", "2023/24", "2024/25", "Target 2024/25", "RAG"]


def _block(
    name: str, by_year: list[tuple[object, object, object]], target: object
) -> list[list[object]]:
    rows: list[list[object]] = []
    for number, (first, second, third) in enumerate(by_year, start=1):
        rows.append(
            [name if number == 1 else None, f"Q{number}", first, second, third,
             target if number == 1 else None, "G" if third is not None else None]
        )  # fmt: skip
    return rows


def _targets(parsed: ParsedScorecard, name: str) -> dict[str, float | None]:
    indicator = next(i for i in parsed.indicators if i.name == name)
    return {o.period.label: o.target for o in indicator.observations}


def test_each_figure_is_the_rows_quarter_of_its_columns_year(tmp_path: Path) -> None:
    rows = [
        HEAD,
        *_block("Homes let", [(41, 38, 45), (52, 47, 50), (39, 44, None), (48, 51, None)], 45),
        *_block("Rent collected (%)", [(96.1, 97.0, 97.4), (96.5, 97.2, 97.9),
                                       (96.0, 96.8, None), (98.9, 99.1, None)], 97.5),
    ]  # fmt: skip
    parsed = detect_rows(tmp_path / "t.xlsx", rows, merged=["A2:A5", "F2:F5", "A6:A9", "F6:F9"])
    assert not parsed.review, [item.line() for item in parsed.review]
    read = figures(parsed)
    assert len(read) == 2
    assert ("Q2 2023/24", 47.0) in read["Homes let"]
    assert ("Q4 2022/23", 48.0) in read["Homes let"]
    assert ("Q2 2024/25", 50.0) in read["Homes let"]
    assert len(read["Homes let"]) == 10
    # the target headed by its year goes with that year's quarters only; the rating with
    # the row's latest figure
    targets = _targets(parsed, "Rent collected (%)")
    assert targets["Q1 2024/25"] == 97.5 and targets["Q2 2024/25"] == 97.5
    assert targets["Q1 2023/24"] is None
    rent = next(i for i in parsed.indicators if i.name == "Rent collected (%)")
    rated = {o.period.label for o in rent.observations if o.rag is not None}
    assert rated == {"Q1 2024/25", "Q2 2024/25"}


def test_a_row_whose_period_its_columns_year_cannot_place_is_held(tmp_path: Path) -> None:
    rows = [
        HEAD,
        *_block("Homes let", [(41, 38, 45), (52, 47, 50), (39, 44, None), (48, 51, None)], 45),
        [None, "Annual", 180, 180, None, None, None],
    ]
    parsed = detect_rows(tmp_path / "t.xlsx", rows, merged=["A2:A6"])
    assert [item.cell for item in parsed.review] == ["B6"]
    assert ("Q1 2022/23", 41.0) in figures(parsed)["Homes let"]


def test_quarters_beside_calendar_years_are_not_guessed(tmp_path: Path) -> None:
    rows = [
        ["Indicator", "Quarter", "2023", "2024"],
        ["Homes let", "Q1", 41, 38],
        [None, "Q2", 52, 47],
        ["Rent collected (%)", "Q1", 96.1, 97.0],
        [None, "Q2", 96.5, 97.2],
    ]
    # Q1 of a calendar year may start in January or April: nothing is read as either
    with pytest.raises(ScorecardError, match="'Q1' not understood"):
        detect_rows(tmp_path / "t.xlsx", rows, merged=["A2:A3", "A4:A5"])


def test_months_beside_financial_years_are_the_rows_month_of_each(tmp_path: Path) -> None:
    rows = [
        ["Indicator", "Month", "2023/24", "2024/25"],
        ["Missed bins", "Apr", 41, 38],
        [None, "May", 52, 47],
        [None, "Jan", 39, 44],
        ["Calls answered", "Apr", 900, 950],
        [None, "May", 910, 960],
        [None, "Jan", 920, 970],
    ]
    parsed = detect_rows(tmp_path / "t.xlsx", rows, merged=["A2:A4", "A5:A7"])
    assert not parsed.review, [item.line() for item in parsed.review]
    bins = figures(parsed)["Missed bins"]
    assert ("Jan 2025", 44.0) in bins and ("Apr 2023", 41.0) in bins


def test_a_target_merged_over_the_block_reaches_a_quarter_under_empty_ones(
    tmp_path: Path,
) -> None:
    rows = [
        HEAD,
        *_block("Homes let", [(41, 38, 45), (52, 47, 50), (39, 44, None), (48, 51, None)], 45),
        *_block("Residents satisfied (%)", [(None, None, None), (None, None, None),
                                            (79, 76, 74), (None, None, None)], 78),
    ]  # fmt: skip
    parsed = detect_rows(tmp_path / "t.xlsx", rows, merged=["A2:A5", "F2:F5", "A6:A9", "F6:F9"])
    assert not parsed.review, [item.line() for item in parsed.review]
    assert _targets(parsed, "Residents satisfied (%)") == {
        "Q3 2022/23": None,
        "Q3 2023/24": None,
        "Q3 2024/25": 78.0,
    }
