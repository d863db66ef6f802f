"""Quarters headed with their unit ('Q1 (%)', 'Q2 (%)') under a title naming the year: each
quarter's figures, percentages by their headings where the row states no unit of its own."""

from __future__ import annotations

import pytest

from desktop.scorecard.layout.find import detect
from desktop.scorecard.model import ParsedScorecard
from desktop.scorecard.read.grid import Sheet, Workbook


def _read(heads: list[str], unit: str | None = None) -> ParsedScorecard:
    rows: list[list[object]] = [
        ["Housing services \u2013 Quarter 2 2024/25", None, None, None, None],
        [None] * 5,
        ["Ref", "Measure", *heads],
        ["HO1", "Rent collected from council tenants", 96.8, 97.4, 98.5],
        ["HO2", "Repairs completed right first time", 84, 81, 85],
    ]
    if unit is not None:
        for row in rows[2:]:
            row.insert(2, "Unit" if row[0] == "Ref" else unit)
    sheet = Sheet("Housing", rows)  # type: ignore[arg-type]
    return detect(Workbook(path="/tmp/housing.xlsx", format="xlsx", sheets=[sheet]))


@pytest.mark.parametrize("unit", ["(%)", "%", "(per cent)"])
def test_quarters_headed_with_a_percent_are_the_quarters_percentages(unit: str) -> None:
    read = _read([f"Q1 {unit}", f"Q2 {unit}", f"Target {unit}"])
    assert read.review == []
    rent = read.indicators[0]
    assert [(o.period.label, o.actual, o.target) for o in rent.observations] == [
        ("Q1 2024/25", 96.8, 98.5),
        ("Q2 2024/25", 97.4, 98.5),
    ]
    assert [i.unit for i in read.indicators] == ["%", "%"]


def test_a_unit_column_says_more_than_the_heading() -> None:
    read = _read(["Q1 (%)", "Q2 (%)", "Target (%)"], unit="No.")
    assert {i.unit for i in read.indicators} == {"number"}


def test_quarters_with_no_unit_in_the_heading_take_none() -> None:
    read = _read(["Q1", "Q2", "Target"])
    assert [i.unit for i in read.indicators] == [None, None]
