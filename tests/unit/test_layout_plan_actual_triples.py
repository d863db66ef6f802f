"""A period heading merged over 'Plan' | 'Actual' | 'Variance' (an NHS integrated performance
report): the Actual is the period's figure, the Plan (or Trajectory) its target, the Variance
arithmetic; a last 'Year to date' group is the span from April to the latest period."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl.utils import get_column_letter

from desktop.scorecard.model import ParsedScorecard
from tests.helpers.layout_sheets import detect_rows


def _sheet(
    tmp_path: Path, title: str, banners: list[object], subs: list[str], row: list[object]
) -> ParsedScorecard:
    top: list[object] = [None, None]
    heads: list[object] = ["Ref", "Measure"]
    merged: list[str] = []
    for b, banner in enumerate(banners):
        first = 3 + b * len(subs)
        top += [banner] + [None] * (len(subs) - 1)
        heads += subs
        last = get_column_letter(first + len(subs) - 1)
        merged.append(f"{get_column_letter(first)}2:{last}2")
    rows = [[title], top, heads, ["K1", "A&E seen within 4 hours", *row]]
    return detect_rows(tmp_path / "ipr.xlsx", rows, merged)


def _read(parsed: ParsedScorecard) -> dict[str, tuple[float | None, float | None]]:
    return {o.period.label: (o.actual, o.target) for i in parsed.indicators for o in i.observations}


@pytest.mark.parametrize(
    "subs",
    [["Plan", "Actual", "Variance"], ["Target", "Actual", "Var"], ["Trajectory", "Actual"],
     ["Plan", "Actual", "Var %"], ["Planned", "Actual", "Difference"]],
)  # fmt: skip
@pytest.mark.parametrize(
    "banners",
    [[dt.datetime(2024, 4, 1), dt.datetime(2024, 5, 1), "Year to date"],
     ["Apr-24", "May-24", "YTD"], ["Apr 2024", "May 2024", "Cumulative"]],
)  # fmt: skip
def test_each_month_s_actual_with_its_plan_and_the_year_to_date(
    tmp_path: Path, subs: list[str], banners: list[object]
) -> None:
    figures = {"Actual": [71.2, 73.1, 72.2], "Var": [-3.3, -1.7, -2.5]}
    row: list[object] = []
    for b, plan in enumerate([74.5, 74.8, 74.7]):
        for sub in subs:
            if sub == "Actual":
                row.append(figures["Actual"][b])
            elif sub in ("Plan", "Target", "Trajectory", "Planned"):
                row.append(plan)
            else:
                row.append(figures["Var"][b])
    parsed = _sheet(tmp_path, "Integrated performance report", banners, subs, row)
    assert _read(parsed) == {
        "Apr 2024": (71.2, 74.5),
        "May 2024": (73.1, 74.8),
        "Apr 2024–May 2024": (72.2, 74.7),
    }
    assert parsed.review == []


def test_the_title_s_month_dates_the_year_to_date(tmp_path: Path) -> None:
    parsed = _sheet(
        tmp_path,
        "Integrated performance report Month 6 2024/25",
        ["Aug-24", "Sep-24", "Year to date"],
        ["Plan", "Actual", "Variance"],
        [100, 112, 12, 95, 143, 48, 645, 735, 90],
    )
    assert _read(parsed) == {
        "Aug 2024": (112, 100),
        "Sep 2024": (143, 95),
        "H1 2024/25": (735, 645),
    }


def test_a_year_to_date_plan_is_not_a_target_for_each_month(tmp_path: Path) -> None:
    parsed = _sheet(
        tmp_path,
        "Integrated performance report",
        ["Apr 2024", "May 2024", "Year to date"],
        ["Plan", "Actual"],
        [None, 5812, None, 5874, 6050, 5966],
    )
    assert _read(parsed) == {
        "Apr 2024": (5812, None),
        "May 2024": (5874, None),
        "Apr 2024–May 2024": (5966, 6050),
    }
