"""What a figure covers where the column says 'year to date' but the row's measure type says
otherwise ('Snapshot', 'Rolling 12 months' beside 'Actual YTD'), and where an indicator's name
says how it is counted in a grid of quarters ('... – YTD' from April; a bare '(cumulative)'
keeps each quarter's label; 'cumulative since 2019' is asked about)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.scorecard.model import ParsedScorecard
from tests.helpers.layout_sheets import detect_rows


def _labels(parsed: ParsedScorecard, code: str) -> list[str]:
    indicator = next(i for i in parsed.indicators if i.code == code)
    return [o.period.label for o in indicator.observations]


def _ytd(
    tmp_path: Path, title: str, heading: str, rows: list[tuple[str, str, str]]
) -> ParsedScorecard:
    lines: list[list[object]] = [
        [title],
        [],
        ["Ref", "Measure", heading, "Actual YTD", "Target YTD"],
    ]
    for code, name, said in rows:
        lines.append([code, name, said, 40, 50])
    return detect_rows(tmp_path / "ytd.xlsx", lines)


@pytest.mark.parametrize(
    ("title", "heading", "snapshot", "to_date", "rolling"),
    [
        ("Month 8: November 2024", "Measure type", "Nov 2024", "Apr 2024–Nov 2024",
         "Dec 2023–Nov 2024"),
        ("Performance report – position at end of October 2024", "Type", "Oct 2024",
         "Apr 2024–Oct 2024", "Nov 2023–Oct 2024"),
    ],
)  # fmt: skip
def test_row_type_decides_what_a_ytd_figure_covers(
    tmp_path: Path, title: str, heading: str, snapshot: str, to_date: str, rolling: str
) -> None:
    parsed = _ytd(
        tmp_path,
        title,
        heading,
        [
            ("A1", "Households in temporary accommodation", "Snapshot"),
            ("A2", "Affordable homes delivered", "Cumulative"),
            ("A3", "Complaints answered on time", "Year to date"),
            ("A4", "Sickness days per FTE", "Rolling 12 months"),
            ("A5", "Rent arrears", "Position at month end"),
            ("A6", "Library visits", ""),
        ],
    )
    assert _labels(parsed, "A1") == [snapshot]
    assert _labels(parsed, "A2") == [to_date]
    assert _labels(parsed, "A3") == [to_date]
    assert _labels(parsed, "A4") == [rolling]
    assert _labels(parsed, "A5") == [snapshot]
    assert _labels(parsed, "A6") == [to_date]  # unstated: the column's 'YTD'
    assert not parsed.review


@pytest.mark.parametrize("said", ["In month", "In period", "Annual"])
def test_row_type_contradicting_a_ytd_column_is_asked_about(tmp_path: Path, said: str) -> None:
    parsed = _ytd(
        tmp_path,
        "Month 8: November 2024",
        "Measure type",
        [("A1", "Fly-tips cleared", said), ("A2", "Homes delivered", "Cumulative")],
    )
    assert _labels(parsed, "A1") == []
    assert [r.cell for r in parsed.review] == ["D4"]
    assert _labels(parsed, "A2") == ["Apr 2024–Nov 2024"]


QUARTERS = ["Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25"]


def _quarters(
    tmp_path: Path, rows: list[tuple[str, str]], periods: list[str] | None = None
) -> ParsedScorecard:
    periods = periods or QUARTERS
    lines: list[list[object]] = [["Quarterly scorecard"], [], ["Ref", "Indicator", *periods]]
    for code, name in rows:
        lines.append([code, name, *range(10, 10 * len(periods) + 1, 10)])
    return detect_rows(tmp_path / "q.xlsx", lines)


SPANS = ["Q1 2024/25", "H1 2024/25", "Apr 2024–Dec 2024", "2024/25"]


@pytest.mark.parametrize(
    "name",
    [
        "Homelessness preventions – year to date",
        "Fly-tipping incidents (YTD)",
        "Income collected, cumulative from 1 April",
        "Council tax collected (year-to-date %)",
    ],
)
def test_a_name_saying_year_to_date_keeps_each_quarters_label(tmp_path: Path, name: str) -> None:
    parsed = _quarters(tmp_path, [("C1", name), ("C2", "Missed bins per 100,000")])
    assert _labels(parsed, "C1") == QUARTERS
    assert _labels(parsed, "C2") == QUARTERS
    assert not parsed.review


@pytest.mark.parametrize(
    "name",
    [
        "Affordable homes delivered (cumulative since 2019)",
        "Homes built, cumulative over the plan period",
        "Trees planted – cumulative 2022-2027",
    ],
)
def test_a_name_cumulative_from_another_start_is_asked_about(tmp_path: Path, name: str) -> None:
    parsed = _quarters(tmp_path, [("C1", name), ("C2", "Missed bins")])
    assert _labels(parsed, "C1") == []
    assert [r.cell for r in parsed.review] == ["C4"]
    assert _labels(parsed, "C2") == QUARTERS


@pytest.mark.parametrize(
    "name",
    [
        "Affordable homes delivered (cumulative)",
        "Cumulative number of apprenticeships started",
        "Public electric vehicle charge points installed (cumulative)",
        "Council tax collected in year (cumulative %)",
    ],
)
def test_a_name_saying_only_cumulative_keeps_each_quarters_label(tmp_path: Path, name: str) -> None:
    parsed = _quarters(tmp_path, [("C1", name), ("C2", "Missed bins per 100,000")])
    assert _labels(parsed, "C1") == QUARTERS
    assert not parsed.review


def test_year_to_date_typed_across_two_years_runs_from_each_april(tmp_path: Path) -> None:
    periods = ["Q3 2023/24", "Q4 2023/24", "Q1 2024/25", "Q2 2024/25"]
    spans = ["Apr 2023–Dec 2023", "2023/24", "Q1 2024/25", "H1 2024/25"]
    lines: list[list[object]] = [
        ["Quarterly scorecard"],
        [],
        ["Ref", "Indicator", "Measure type", *periods],
        ["C1", "Council tax collected (YTD)", "Year to date", 10, 20, 30, 40],
        ["C2", "Homes delivered – year to date", "Cumulative", 10, 20, 30, 40],
        ["C3", "Bins", "In quarter", 10, 20, 30, 40],
    ]
    parsed = detect_rows(tmp_path / "two_years.xlsx", lines)
    assert _labels(parsed, "C1") == spans
    assert _labels(parsed, "C2") == spans
    assert _labels(parsed, "C3") == periods


def test_a_measure_type_wins_over_the_name(tmp_path: Path) -> None:
    lines: list[list[object]] = [
        ["Quarterly scorecard"],
        [],
        ["Ref", "Indicator", "Measure type", *QUARTERS],
        ["C1", "Homes delivered (cumulative)", "Snapshot", 10, 20, 30, 40],
        ["C2", "Preventions (YTD)", "Cumulative", 10, 20, 30, 40],
        ["C3", "Sickness (cumulative since 2019)", "Rolling 12 months", 10, 20, 30, 40],
    ]
    parsed = detect_rows(tmp_path / "typed.xlsx", lines)
    assert _labels(parsed, "C1") == QUARTERS
    assert _labels(parsed, "C2") == SPANS
    assert _labels(parsed, "C3")[0] == "Jul 2023–Jun 2024"
    assert not parsed.review
