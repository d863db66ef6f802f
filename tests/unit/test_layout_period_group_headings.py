"""A group heading naming the kind of period ('Year', 'Survey year', 'Quarter') over a row of
periods: each column below holds that period's figures, not a column of periods."""

from __future__ import annotations

import pytest

from desktop.scorecard.layout.find import detect
from desktop.scorecard.read.grid import Sheet, Workbook


def _read(
    group: str, name: str, periods: list[str], *, merged: bool, title: str = ""
) -> dict[str | None, list[tuple[str, float | None]]]:
    width = 2 + len(periods)
    rows: list[list[object]] = [
        [title or "Results", *([None] * (width - 1))],
        [None] * width,
        ["Ref", name, group, *([None] * (len(periods) - 1))],
        [None, None, *periods],
        ["M1", "Residents satisfied with their area", *[60 + i for i in range(len(periods))]],
        ["M2", "Tenants who feel safe in their home", *[70 + i for i in range(len(periods))]],
    ]
    spans = [(2, 0, 3, 0), (2, 1, 3, 1)] + ([(2, 2, 2, width - 1)] if merged else [])
    sheet = Sheet("Results", rows, merged=spans)  # type: ignore[arg-type]
    read = detect(Workbook(path="/tmp/results.xlsx", format="xlsx", sheets=[sheet]))
    assert read.review == []
    return {i.code: [(o.period.label, o.actual) for o in i.observations] for i in read.indicators}


@pytest.mark.parametrize(
    ("group", "name"),
    [("Survey year", "Survey measure"), ("Year", "Question"), ("Financial year", "Measure"),
     ("Reporting period", "Survey question"), ("Year", "Indicator")],
)  # fmt: skip
@pytest.mark.parametrize("merged", [True, False])
def test_years_under_a_year_heading_are_columns_of_figures(
    group: str, name: str, merged: bool
) -> None:
    read = _read(group, name, ["2021/22", "2022/23"], merged=merged)
    assert read == {
        "M1": [("2021/22", 60.0), ("2022/23", 61.0)],
        "M2": [("2021/22", 70.0), ("2022/23", 71.0)],
    }


@pytest.mark.parametrize("group", ["Period", "Quarter"])
def test_quarters_under_a_period_heading_take_the_title_year(group: str) -> None:
    read = _read(group, "Measure", ["Q1", "Q2", "Q3"], merged=True, title="Results 2024/25")
    assert read["M1"] == [("Q1 2024/25", 60.0), ("Q2 2024/25", 61.0), ("Q3 2024/25", 62.0)]
