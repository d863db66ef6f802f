"""The same indicator on several sheets: other periods join it, a period given twice is checked."""

from __future__ import annotations

from desktop.scorecard.layout.find import detect
from desktop.scorecard.model import ParsedScorecard
from desktop.scorecard.read.grid import CellValue, Sheet, Workbook

HEADING: list[CellValue] = ["Code", "Indicator", "Actual", "Target"]


def _sheet(name: str, rent: CellValue, prevented: CellValue) -> Sheet:
    rows: list[list[CellValue]] = [
        ["Housing performance " + name],
        [],
        HEADING,
        ["HS01", "Rent collected (%)", rent, 98],
        ["HS02", "Homelessness cases prevented", prevented, 40],
    ]
    return Sheet(name, rows)


def _parsed(*sheets: Sheet) -> ParsedScorecard:
    return detect(Workbook(path="/tmp/quarters.xlsx", format="xlsx", sheets=list(sheets)))


def test_a_sheet_per_quarter_joins_one_indicator() -> None:
    parsed = _parsed(_sheet("Q1 2024-25", 97.1, 41), _sheet("Q2 2024-25", 97.4, 44))
    assert parsed.review == []
    rent = next(i for i in parsed.indicators if i.code == "HS01")
    assert [(o.period.label, o.actual) for o in rent.observations] == [
        ("Q1 2024/25", 97.1),
        ("Q2 2024/25", 97.4),
    ]


def test_a_repeated_figure_is_read_once_with_a_warning() -> None:
    parsed = _parsed(_sheet("Q2 2024-25", 97.4, 44), _sheet("Q2 24-25 (copy)", 97.4, 44))
    assert parsed.review == []
    rent = next(i for i in parsed.indicators if i.code == "HS01")
    assert [(o.period.label, o.actual) for o in rent.observations] == [("Q2 2024/25", 97.4)]
    assert any("Q2 24-25 (copy)" in w for w in parsed.warnings)  # said, not silent


def test_a_different_figure_for_the_same_period_is_a_doubt_naming_both_cells() -> None:
    parsed = _parsed(_sheet("Q2 2024-25", 97.4, 44), _sheet("Q2 24-25 (copy)", 95.0, 44))
    (item,) = parsed.review
    assert (item.sheet, item.cell) == ("Q2 24-25 (copy)", "C4")
    assert "95" in item.reason and "97.4 at Q2 2024-25!C4" in item.reason


def test_words_instead_of_the_figure_are_a_difference_too() -> None:
    parsed = _parsed(_sheet("Q2 2024-25", 97.4, 44), _sheet("Q2 24-25 (copy)", 97.4, "n/a"))
    (item,) = parsed.review
    assert item.cell == "C5"
