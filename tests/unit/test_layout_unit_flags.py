"""A Unit column whose words also say how a row is counted ('Number (cumulative)', '% YTD',
'Days (in quarter)', 'Number (snapshot)') beside a grid of quarters or months: the figures are
dated as a measure-type column dates them, the unit is stored without the flag, and a flag not
understood is asked about at its cell."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.scorecard.layout.unit_flags import UnitFlag, split
from desktop.scorecard.model import ParsedScorecard
from tests.helpers.layout_sheets import detect_rows

QUARTERS = ["Q1 2024/25", "Q2 2024/25", "Q3 2024/25"]
TO_DATE = ["Q1 2024/25", "H1 2024/25", "Apr 2024–Dec 2024"]
Row = tuple[str, str, str, list[object]]


def _grid(tmp_path: Path, rows: list[Row], *, periods: list[str] | None = None) -> ParsedScorecard:
    periods = periods or ["Outturn 2023/24", *QUARTERS]
    head: list[object] = ["Ref", "Indicator", "Unit", *periods, "Target 2024/25", "RAG"]
    lines: list[list[object]] = [["Quarterly performance report, Quarter 3 2024/25"], [], head]
    for code, name, unit, figures in rows:
        cells = list(figures) + [None] * (len(periods) - len(figures))
        lines.append([code, name, unit, *cells, 50, "Green"])
    return detect_rows(tmp_path / "grid.xlsx", lines)


def _indicator(parsed: ParsedScorecard, code: str):  # type: ignore[no-untyped-def]
    return next(i for i in parsed.indicators if i.code == code)


def _labels(parsed: ParsedScorecard, code: str) -> list[str]:
    return [o.period.label for o in _indicator(parsed, code).observations]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Number (cumulative)", UnitFlag("Number", "cumulative")),
        ("% YTD", UnitFlag("%", "YTD")),
        ("£ (cumulative)", UnitFlag("£", "cumulative")),
        ("number - cumulative", UnitFlag("number", "cumulative")),
        ("Days (in quarter)", UnitFlag("Days", "in quarter")),
        ("Number (snapshot)", UnitFlag("Number", "snapshot")),
        ("Cumulative number", UnitFlag("number", "Cumulative")),
        ("Tonnes, year to date", UnitFlag("Tonnes", "year to date")),
        ("% [rolling 12 months]", UnitFlag("%", "rolling 12 months")),
        ("Number non-cumulative", UnitFlag("Number", "non-cumulative")),
    ],
)
def test_a_unit_cell_is_split_into_its_unit_and_its_flag(text: str, found: UnitFlag) -> None:
    assert split(text) == found


@pytest.mark.parametrize("text", ["%", "Number", "£ (000s)", "Rate per 1,000", "Days (average)"])
def test_a_unit_cell_without_a_flag_is_left_whole(text: str) -> None:
    assert split(text) is None


@pytest.mark.parametrize(
    ("cumulative", "snapshot", "in_quarter"),
    [
        ("Number (cumulative)", "Number (snapshot)", "Number (in quarter)"),
        ("% YTD", "% (point in time)", "% (discrete)"),
        ("number - cumulative", "Number", "number - in quarter"),
        ("£ (year to date)", "£ snapshot", "£"),
        ("Cumulative number", "Snapshot number", "Number (non-cumulative)"),
    ],
)
def test_a_flag_in_the_unit_column_dates_the_rows_quarters(
    tmp_path: Path, cumulative: str, snapshot: str, in_quarter: str
) -> None:
    rows: list[Row] = [
        ("C1", "Affordable homes delivered", cumulative, [214, 38, 91, 152]),
        ("S1", "Households in temporary accommodation", snapshot, [96, 101, 108, 115]),
        ("Q1", "Planning applications received", in_quarter, [1122, 287, 301, 244]),
    ]
    parsed = _grid(tmp_path, rows)
    assert not parsed.review
    assert _labels(parsed, "C1") == ["2023/24", *TO_DATE]
    assert _labels(parsed, "S1") == ["2023/24", *QUARTERS]
    assert _labels(parsed, "Q1") == ["2023/24", *QUARTERS]
    unit = "£" if cumulative.startswith("£") else "%" if "%" in cumulative else "number"
    assert _indicator(parsed, "C1").unit == unit
    assert _indicator(parsed, "S1").unit == unit
    # the row's rating goes with its latest figure, the span to December where cumulative
    assert [o.rag for o in _indicator(parsed, "C1").observations][-1] == "green"


def test_a_share_flagged_year_to_date_may_fall(tmp_path: Path) -> None:
    rows: list[Row] = [
        ("W1", "Household waste recycled and composted", "% YTD", [45.2, 48.1, 47.6, 47.0]),
        ("C1", "Affordable homes delivered", "Number (cumulative)", [214, 38, 91, 152]),
    ]
    parsed = _grid(tmp_path, rows)
    assert not parsed.review
    assert _labels(parsed, "W1") == ["2023/24", *TO_DATE]


def test_a_running_count_flagged_cumulative_that_falls_is_asked_about(tmp_path: Path) -> None:
    rows: list[Row] = [
        ("C1", "Affordable homes delivered", "Number (cumulative)", [214, 38, 91, 80]),
        ("C2", "Homelessness preventions", "Number (cumulative)", [402, 104, 198, 287]),
    ]
    parsed = _grid(tmp_path, rows)
    assert [r.cell for r in parsed.review] == ["G4"]


@pytest.mark.parametrize(
    "said", ["Number (rolling)", "Number (cumulative / snapshot)", "% (cumulative, in quarter)"]
)
def test_a_flag_not_understood_is_asked_about_at_the_unit_cell(tmp_path: Path, said: str) -> None:
    rows: list[Row] = [
        ("C1", "Affordable homes delivered", "Number (cumulative)", [214, 38, 91, 152]),
        ("X1", "Households prevented from becoming homeless", said, [402, 104, 198, 287]),
    ]
    parsed = _grid(tmp_path, rows)
    assert [r.cell for r in parsed.review] == ["C5"]


def test_a_unit_flag_against_the_measure_type_column_is_asked_about(tmp_path: Path) -> None:
    head = ["Ref", "Indicator", "Unit", "Measure type", *QUARTERS, "Target 2024/25"]
    lines: list[list[object]] = [
        ["Quarterly performance report 2024/25"],
        [],
        head,
        ["C1", "Affordable homes delivered", "Number (cumulative)", "Cumulative", 38, 91, 152, 200],
        ["S1", "Households in temporary accommodation", "Number (cumulative)", "Snapshot",
         101, 108, 115, 90],
    ]  # fmt: skip
    parsed = detect_rows(tmp_path / "grid.xlsx", lines)
    assert [r.cell for r in parsed.review] == ["C5"]
    assert _labels(parsed, "C1") == TO_DATE


def test_a_unit_flag_in_a_grid_of_months_runs_from_april(tmp_path: Path) -> None:
    months = ["Apr-24", "May-24", "Jun-24"]
    rows: list[Row] = [
        ("C1", "Fly-tipping enforcement actions", "No. (YTD)", [12, 25, 41]),
        ("M1", "Missed bin collections", "No. (in month)", [58, 49, 63]),
    ]
    parsed = _grid(tmp_path, rows, periods=months)
    assert not parsed.review
    assert _labels(parsed, "C1") == ["Apr 2024", "Apr 2024–May 2024", "Q1 2024/25"]
    assert _labels(parsed, "M1") == ["Apr 2024", "May 2024", "Jun 2024"]
    assert _indicator(parsed, "C1").unit == "number"
