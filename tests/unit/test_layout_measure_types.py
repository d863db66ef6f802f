"""A column saying how each row's figures are counted ('Measure type', 'Basis', 'Data type':
Snapshot, Cumulative, Rolling 12 months, Annual) gives each figure in a grid of quarters or
months the span it covers: a cumulative figure runs from April to its period's end, a rolling
one over the months it counts, an annual row's one figure is the year's. Words it holds that
say none of these, and a running total that falls, are asked about at their cells."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from desktop.scorecard.layout.frequency_rows import RowRole, read_role
from desktop.scorecard.model import ParsedScorecard
from tests.helpers.layout_sheets import detect_rows

QUARTERS = ["Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25"]
Row = tuple[str, str, str, list[object]]


def _grid(
    tmp_path: Path,
    rows: list[Row],
    *,
    heading: str = "Measure type",
    periods: list[object] | None = None,
    after: bool = False,
    extra: list[str] | None = None,
) -> ParsedScorecard:
    """Ref, Measure, the type column (or after the periods), a column per period, Target, RAG,
    a row per (code, name, type, cells)."""
    periods = list(QUARTERS if periods is None else periods)
    extra = extra or []
    head: list[object] = ["Ref", "Measure"]
    head += [*periods, *extra, heading] if after else [heading, *periods, *extra]
    head += ["Target", "RAG"]
    lines: list[list[object]] = [["Quarterly performance report 2024/25"], [], head]
    for code, name, said, figures in rows:
        cells = list(figures) + [None] * (len(periods) + len(extra) - len(figures))
        line: list[object] = [code, name]
        line += [*cells, said] if after else [said, *cells]
        lines.append([*line, 50, "Green"])
    return detect_rows(tmp_path / "grid.xlsx", lines)


def _read(parsed: ParsedScorecard, code: str) -> list[tuple[str, float | None, str | None]]:
    indicator = next(i for i in parsed.indicators if i.code == code)
    return [(o.period.label, o.actual, o.actual_text) for o in indicator.observations]


def _labels(parsed: ParsedScorecard, code: str) -> list[str]:
    return [label for label, _, _ in _read(parsed, code)]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Cumulative", RowRole(basis="to_date")),
        ("YTD", RowRole(basis="to_date")),
        ("Year to date", RowRole(basis="to_date")),
        ("Cumulative (from 1 April)", RowRole(basis="to_date")),
        ("Running total", RowRole(basis="to_date")),
        ("Snapshot", RowRole(basis="snapshot")),
        ("Point in time", RowRole(basis="snapshot")),
        ("Discrete", RowRole(basis="in_period")),
        ("In quarter", RowRole(basis="in_period")),
        ("Non-cumulative", RowRole(basis="in_period")),
        ("Rolling 12 months", RowRole(basis="rolling", months=12)),
        ("Rolling 12-month", RowRole(basis="rolling", months=12)),
        ("R12M", RowRole(basis="rolling", months=12)),
        ("12 month rolling", RowRole(basis="rolling", months=12)),
        ("Rolling year", RowRole(basis="rolling", months=12)),
        ("Last twelve months", RowRole(basis="rolling", months=12)),
        ("Rolling 3 months", RowRole(basis="rolling", months=3)),
        ("Annual", RowRole(kind="year")),
        ("Annually", RowRole(kind="year")),
        ("Quarterly - cumulative", RowRole(kind="quarter", basis="to_date")),
        ("Cumulative measure", RowRole(basis="to_date")),
    ],
)
def test_what_a_measure_type_cell_says(text: str, role: RowRole) -> None:
    assert read_role(text, letters=False) == role


@pytest.mark.parametrize(
    "text", ["Rolling", "Snapshot / cumulative", "Monthly or quarterly", "KPI", "Outcome", "C"]
)
def test_a_measure_type_cell_that_says_none_or_two_is_not_understood(text: str) -> None:
    assert read_role(text, letters=False) is None


@pytest.mark.parametrize(
    ("heading", "said"),
    [("Measure type", "Cumulative"), ("Basis", "YTD"), ("Data type", "Year to date"),
     ("Type", "Cumulative"), ("Cumulative / Snapshot", "Cumulative"),
     ("Type of measure", "Cumulative (YTD)")],
)  # fmt: skip
@pytest.mark.parametrize("after", [False, True], ids=["before", "after"])
def test_a_cumulative_rows_quarters_run_from_april(
    tmp_path: Path, heading: str, said: str, after: bool
) -> None:
    rows: list[Row] = [
        ("C1", "Council tax collected (%)", said, [29.4, 57.1, 84.9, 97.8]),
        ("S1", "Households in temporary accommodation", "Snapshot", [62, 68, 71, 66]),
    ]
    parsed = _grid(tmp_path, rows, heading=heading, after=after)
    assert not parsed.review
    assert _labels(parsed, "C1") == ["Q1 2024/25", "H1 2024/25", "Apr 2024–Dec 2024", "2024/25"]
    assert _labels(parsed, "S1") == QUARTERS
    indicator = next(i for i in parsed.indicators if i.code == "C1")
    assert indicator.description is None  # the type is no description of the measure
    # the row's rating goes with its latest figure: the year to March
    assert [o.rag for o in indicator.observations] == [None, None, None, "green"]


@pytest.mark.parametrize("said", ["Rolling 12 months", "R12M", "12-month rolling", "Rolling year"])
def test_a_rolling_rows_quarters_are_the_twelve_months_to_their_ends(
    tmp_path: Path, said: str
) -> None:
    rows: list[Row] = [("R1", "Working days lost to sickness per FTE", said, [9.1, 8.8, 8.6, 8.3])]
    parsed = _grid(tmp_path, rows, heading="Basis")
    assert not parsed.review
    assert _labels(parsed, "R1") == [
        "Jul 2023–Jun 2024",
        "Oct 2023–Sep 2024",
        "2024",
        "2024/25",
    ]


@pytest.mark.parametrize(
    "said", ["Discrete", "In period", "Snapshot", "Point in time", "Quarterly"]
)
def test_a_snapshot_or_in_period_rows_figures_stay_their_quarters(
    tmp_path: Path, said: str
) -> None:
    rows: list[Row] = [
        ("D1", "Missed bin collections", said, [58, 49, 63, 51]),
        ("C1", "Affordable homes delivered", "Cumulative", [34, 55, 80, 112]),
    ]
    parsed = _grid(tmp_path, rows)
    assert not parsed.review
    assert _labels(parsed, "D1") == QUARTERS


@pytest.mark.parametrize(("said", "column"), [("Annual", 2), ("Annually", 3), ("Yearly", 1)])
def test_an_annual_rows_one_figure_is_the_years_in_whichever_quarter(
    tmp_path: Path, said: str, column: int
) -> None:
    figures: list[object] = [None, None, None, None]
    figures[column] = 61.0
    rows: list[Row] = [
        ("A1", "Residents satisfied with the council (%)", said, figures),
        ("C1", "Affordable homes delivered", "Cumulative", [34, 55, 80, 112]),
    ]
    parsed = _grid(tmp_path, rows)
    assert not parsed.review
    assert _read(parsed, "A1") == [("2024/25", 61.0, None)]


def test_a_type_column_saying_only_how_often_is_read_as_a_frequency(tmp_path: Path) -> None:
    rows: list[Row] = [
        ("A1", "Residents satisfied with the council (%)", "Annual", [None, None, None, 61.0]),
        ("A2", "Gender pay gap (%)", "Annual", [None, 4.8, None, None]),
        ("Q1", "Missed bin collections", "Quarterly", [58, 49, 63, 51]),
    ]
    parsed = _grid(tmp_path, rows, heading="Type")
    assert _read(parsed, "A1") == [("2024/25", 61.0, None)]
    assert [r.cell for r in parsed.review] == ["E5"]  # out of turn: the year's, or last year's?
    assert _labels(parsed, "Q1") == QUARTERS


def test_an_annual_row_with_two_figures_is_asked_about_at_the_second(tmp_path: Path) -> None:
    rows: list[Row] = [
        ("A1", "Residents satisfied with the council (%)", "Annual", [None, 58.0, None, 61.0]),
        ("C1", "Affordable homes delivered", "Cumulative", [34, 55, 80, 112]),
    ]
    parsed = _grid(tmp_path, rows)
    assert [r.cell for r in parsed.review] == ["G4"]
    assert _read(parsed, "A1") == [("2024/25", 58.0, None)]


@pytest.mark.parametrize("said", ["Bi-annual survey", "Rolling", "Snapshot/Cumulative"])
def test_a_type_not_understood_is_asked_about_at_its_cell(tmp_path: Path, said: str) -> None:
    rows: list[Row] = [
        ("C1", "Affordable homes delivered", "Cumulative", [34, 55, 80, 112]),
        ("C2", "Planning applications received", "Cumulative", [312, 640, 921, 1218]),
        ("X1", "Residents satisfied with the council (%)", said, [None, 61.0, None, None]),
    ]
    parsed = _grid(tmp_path, rows)
    assert [r.cell for r in parsed.review] == ["C6"]


@pytest.mark.parametrize(
    ("heading", "words"),
    [("Type", ["KPI", "Milestone", "KPI"]), ("Measure type", ["Outcome", "Output", "Outcome"]),
     ("Data type", ["Percentage", "Number", "Number"])],
)  # fmt: skip
def test_a_type_column_of_other_words_leaves_the_quarters_alone(
    tmp_path: Path, heading: str, words: list[str]
) -> None:
    rows: list[Row] = [
        ("K1", "Calls answered in 60 seconds (%)", words[0], [81.0, 79.4, 76.8, 80.2]),
        ("K2", "Affordable homes delivered", words[1], [34, 21, 25, 32]),
        ("K3", "Missed bin collections", words[2], [58, 49, 63, 51]),
    ]
    parsed = _grid(tmp_path, rows, heading=heading)
    assert not parsed.review
    assert _labels(parsed, "K2") == QUARTERS


@pytest.mark.parametrize(
    ("name", "figures", "cell"),
    [("Affordable homes delivered", [34, 21, 80, 112], "E4"),
     ("Number of households prevented from homelessness", [58, 121, 110, 239], "F4"),
     ("Income from planning fees (£)", [120000, 195000, 310000, 290000], "G4")],
)  # fmt: skip
def test_a_running_count_that_falls_is_asked_about_at_the_smaller_figure(
    tmp_path: Path, name: str, figures: list[object], cell: str
) -> None:
    rows: list[Row] = [("C1", name, "Cumulative", figures)]
    parsed = _grid(tmp_path, rows)
    assert [r.cell for r in parsed.review] == [cell]
    assert len(_labels(parsed, "C1")) == 3 and "Q1 2024/25" in _labels(parsed, "C1")


@pytest.mark.parametrize(
    "name",
    ["Household waste recycled (%)", "Average days to re-let council homes",
     "Recycling rate", "Customer satisfaction score"],
)  # fmt: skip
def test_a_share_or_average_to_date_may_fall(tmp_path: Path, name: str) -> None:
    rows: list[Row] = [("C1", name, "Cumulative", [51.2, 50.8, 49.6, 48.9])]
    parsed = _grid(tmp_path, rows)
    assert not parsed.review
    assert _labels(parsed, "C1")[-1] == "2024/25"


FINANCIAL = [dt.datetime(2024 + (m < 4), m, 1) for m in (4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3)]


def test_a_cumulative_row_in_a_grid_of_months_runs_from_april(tmp_path: Path) -> None:
    rows: list[Row] = [
        ("C1", "Visits to leisure centres", "YTD", [51000, 99000, 152000, 201000]),
        ("R1", "Staff turnover (%)", "Rolling 12 months", [12.4, 12.9, 13.1]),
        ("S1", "Calls answered in 60 seconds (%)", "In month", [81.0, 79.4, 76.8]),
    ]
    parsed = _grid(tmp_path, rows, heading="Measure basis", periods=list(FINANCIAL))
    assert not parsed.review
    assert _labels(parsed, "C1") == ["Apr 2024", "Apr 2024–May 2024", "Q1 2024/25",
                                     "Apr 2024–Jul 2024"]  # fmt: skip
    assert _labels(parsed, "R1") == ["May 2023–Apr 2024", "Jun 2023–May 2024", "Jul 2023–Jun 2024"]
    assert _labels(parsed, "S1") == ["Apr 2024", "May 2024", "Jun 2024"]


@pytest.mark.parametrize(("outturn", "review"), [(97.8, []), (96.0, ["G4"])])
def test_a_cumulative_q4_beside_the_years_outturn_is_read_once(
    tmp_path: Path, outturn: float, review: list[str]
) -> None:
    rows: list[Row] = [("C1", "Council tax collected (%)", "Cumulative",
                        [29.4, 57.1, 84.9, 97.8, outturn])]  # fmt: skip
    parsed = _grid(tmp_path, rows, extra=["2024/25 outturn"])
    assert [r.cell for r in parsed.review] == review
    assert ("2024/25", outturn, None) in _read(parsed, "C1")
    assert len(_labels(parsed, "C1")) == 4


def _year_to_date_grid(tmp_path: Path, band: str) -> ParsedScorecard:
    """Quarters headed by the months they cover under a band over all four, a type column
    saying Cumulative or Rate."""
    head = ["Ref", "Measure", "Measure type", "Q1 (3 months)", "Q2 (6 months)", "Q3 (9 months)",
            "Q4 (12 months)", "Target"]  # fmt: skip
    lines: list[list[object]] = [
        ["Council Plan performance 2024/25"],
        [None, None, None, band],
        head,
        ["C1", "Net additional homes delivered", "Cumulative", 96, 203, 318, None, 450],
        ["C2", "Affordable homes delivered", "Cumulative", 21, 38, 77, None, 110],
        ["R1", "Major planning applications decided in 13 weeks (%)", "Rate", 92.3, 90.0, 88.6],
        ["R2", "Average days to remove graffiti", "Average", 3.1, 2.8, 4.6, None, 3],
    ]
    return detect_rows(tmp_path / "ytd.xlsx", lines, merged=["D2:G2"])


def test_a_rate_under_year_to_date_quarters_is_the_rate_so_far(tmp_path: Path) -> None:
    parsed = _year_to_date_grid(tmp_path, "2024/25 (year to date)")
    assert not parsed.review
    spans = ["Q1 2024/25", "H1 2024/25", "Apr 2024–Dec 2024"]
    assert _labels(parsed, "C1") == spans
    assert _labels(parsed, "R1") == spans
    assert _labels(parsed, "R2") == spans


def test_a_rate_under_plain_quarters_is_still_asked_about(tmp_path: Path) -> None:
    parsed = _year_to_date_grid(tmp_path, "2024/25")
    assert [r.cell for r in parsed.review] == ["C6"]  # and C7 like it
