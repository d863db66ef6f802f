"""One row reader per table shape, picked once from the header, and named by ``--explain``."""

from __future__ import annotations

from typing import get_args

import pytest

from desktop.scorecard.layout.find import detect
from desktop.scorecard.layout.rows import RowReader, TableShape
from desktop.scorecard.layout.shapes import READERS
from desktop.scorecard.read.grid import CellValue, Sheet, Workbook

WIDE: list[list[CellValue]] = [
    ["Ref", "Indicator", "Target", "Q1 2024/25", "Q2 2024/25"],
    ["CS1", "Plans reviewed on time %", 95, 91, 96.5],
    ["CS2", "Complaints answered in 10 days %", 90, 88, 93],
]
LONG: list[list[CellValue]] = [
    ["Code", "Measure", "Quarter", "Value", "Target"],
    ["P1", "Potholes fixed in 28 days %", "Q1 2024/25", 88.0, 90],
    ["P1", "Potholes fixed in 28 days %", "Q2 2024/25", 91.0, 90],
]
BENCHMARK: list[list[CellValue]] = [
    ["Local Authority", "CHN1 2018-19", "CHN1 2019-20"],
    ["Scotland", 5000.0, 5100.0],
    ["Angus", 4800.0, 4900.0],
]
MEASURES: list[list[CellValue]] = [
    ["Fly-tipping incidents, England"],
    [None, "Total incidents", "Highway"],
    ["2016/17", 1_000_000, 500_000],
    ["2017/18", 998_000, 497_000],
]


def test_every_shape_has_exactly_one_reader_that_names_it() -> None:
    assert set(READERS) == set(get_args(TableShape))
    for shape, reader in READERS.items():
        assert issubclass(reader, RowReader)
        assert reader.shape == shape
        assert reader._row is not RowReader._row  # each reads its own rows


@pytest.mark.parametrize(
    ("rows", "area", "shape", "observations"),
    [
        (WIDE, None, "wide", 4),
        (LONG, None, "long", 2),
        (BENCHMARK, "Angus", "benchmark", 2),
        (MEASURES, None, "measures", 4),
    ],
)
def test_each_table_is_read_by_its_shapes_reader_and_explain_says_which(
    rows: list[list[CellValue]], area: str | None, shape: str, observations: int
) -> None:
    workbook = Workbook(path="/tmp/shapes.xlsx", format="xlsx", sheets=[Sheet("S", rows)])
    parsed = detect(workbook, area=area, explaining=True)
    assert sum(len(i.observations) for i in parsed.indicators) == observations
    (table_line,) = [line for line in parsed.explain if line.startswith("table on sheet")]
    assert table_line.split(": ", 1)[1].startswith(f"{shape} (")
