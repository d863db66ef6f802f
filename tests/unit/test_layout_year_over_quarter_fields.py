"""A year merged over 'Q1 Target' | 'Q1 Actual' | 'Q2 Target' …: each pair is its quarter's
target and figure in that year, not a second figure of the whole year."""

from __future__ import annotations

import pytest

from desktop.scorecard.layout.find import detect
from desktop.scorecard.layout.header import _combine, classify
from desktop.scorecard.read.grid import Sheet, Workbook


def _read(year: str, parts: list[str], words: tuple[str, str]) -> dict[str | None, object]:
    heads: list[object] = []
    for part in parts:
        heads += [f"{part} {words[0]}", f"{part} {words[1]}"]
    width = 2 + len(heads)
    rows: list[list[object]] = [
        ["Quarterly performance report", *([None] * (width - 1))],
        [None] * width,
        [None, None, year, *([None] * (len(heads) - 1))],
        ["Ref", "Performance indicator", *heads],
        ["M1", "Residents satisfied with their area", 60, 61, 60, 63],
        ["M2", "Tenants who feel safe in their home", 70, 68, 72, 75],
    ]
    sheet = Sheet("KPIs", rows, merged=[(2, 2, 2, width - 1)])  # type: ignore[arg-type]
    read = detect(Workbook(path="/tmp/kpis.xlsx", format="xlsx", sheets=[sheet]))
    assert read.review == []
    return {
        i.code: [(o.period.label, o.actual, o.target) for o in i.observations]
        for i in read.indicators
    }


@pytest.mark.parametrize("words", [("Target", "Actual"), ("Actual", "Target")])
def test_quarter_pairs_under_a_year_are_each_quarters(words: tuple[str, str]) -> None:
    read = _read("2024/25", ["Q1", "Q2"], words)
    first, second = (0, 1) if words[0] == "Actual" else (1, 0)
    m1 = [60.0, 61.0, 60.0, 63.0]
    assert read["M1"] == [
        ("Q1 2024/25", m1[first], m1[second]),
        ("Q2 2024/25", m1[2 + first], m1[2 + second]),
    ]


def test_month_pairs_under_a_year_are_each_months() -> None:
    read = _read("2024/25", ["Apr", "May"], ("Actual", "Target"))
    assert read["M2"] == [("Apr 2024", 70.0, 68.0), ("May 2024", 72.0, 75.0)]


@pytest.mark.parametrize(
    ("top", "bottom", "field", "label"),
    [("2024/25", "Q3 Target", "target", "Q3 2024/25"),
     ("2024/25", "Q3 Actual", "actual", "Q3 2024/25"),
     ("2023/24", "Qtr 4 Actual", "actual", "Q4 2023/24"),
     ("2024/25", "Target", "target", "2024/25")],
)  # fmt: skip
def test_a_year_over_a_part_and_its_field(top: str, bottom: str, field: str, label: str) -> None:
    column = _combine(top, bottom, None)
    assert (column.field, column.period.label if column.period else None) == (field, label)
    assert classify(f"{top} {bottom}").field == field
