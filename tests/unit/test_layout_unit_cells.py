"""A 'measure' column whose cells name the unit ("Percentage") gives the indicator's unit."""

from __future__ import annotations

from desktop.scorecard.layout.find import detect
from desktop.scorecard.read.grid import CellValue, Sheet, Workbook


def _units(measure: list[str]) -> dict[str, str | None]:
    rows: list[list[CellValue]] = [["period", "indicator", "measure", "unit", "value"]]
    names = ["16-17 year olds not in education or training", "Pupils absent"]
    for name, said in zip(names, measure, strict=True):
        rows.append(["2022/23", name, said, "Persons", 4.3])
        rows.append(["2023/24", name, said, "Persons", 4.1])
    book = Workbook(path="/tmp/extract.csv", format="csv", sheets=[Sheet("extract", rows)])
    return {i.name: i.unit for i in detect(book).indicators}


def test_cells_naming_a_unit_give_the_unit() -> None:
    assert set(_units(["Percentage", "Count"]).values()) == {"%", "number"}


def test_a_column_that_describes_is_still_a_description() -> None:
    got = _units(["Percentage", "Share of the cohort at the end of the year"])
    assert got == {
        "16-17 year olds not in education or training": None,
        "Pupils absent": None,
    }
