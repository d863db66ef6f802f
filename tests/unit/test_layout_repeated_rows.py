"""An indicator's row pasted twice: copies that disagree are a doubt, copies that agree a repeat."""

from __future__ import annotations

from desktop.scorecard.layout.find import detect
from desktop.scorecard.model import ParsedScorecard
from desktop.scorecard.read.grid import CellValue, Sheet, Workbook

HEADING: list[CellValue] = ["Ref", "Measure", "Target", "Apr-Jun 2024", "Jul-Sep 2024"]


def _read(*rows: list[CellValue]) -> ParsedScorecard:
    sheet = Sheet("Housing", [HEADING, *rows])
    return detect(Workbook(path="/tmp/housing.xlsx", format="xlsx", sheets=[sheet]))


def test_two_rows_giving_one_quarter_two_figures_are_a_doubt_naming_both_cells() -> None:
    read = _read(
        ["H1", "Repairs done on first visit (%)", 90.0, 88.0, 91.0],
        ["H2", "Empty homes relet", 40.0, 38.0, 41.0],
        ["H1", "Repairs done on first visit (%)", 90.0, 88.0, 86.5],
    )
    assert [(r.sheet, r.cell) for r in read.review] == [("Housing", "E4")]
    reason = read.review[0].reason
    assert "86.5" in reason and "91" in reason and "E2" in reason and "two rows" in reason


def test_copies_that_agree_are_only_a_repeat() -> None:
    read = _read(
        ["H1", "Repairs done on first visit (%)", 90.0, 88.0, 91.0],
        ["H1", "Repairs done on first visit (%)", 90.0, 88.0, 91.0],
    )
    assert read.review == []
    assert any("duplicate indicator" in w for w in read.warnings)
    (indicator,) = read.indicators
    assert [o.actual for o in indicator.observations] == [88.0, 91.0]


def test_a_copy_with_a_blank_where_the_first_has_a_figure_is_no_conflict() -> None:
    read = _read(
        ["H1", "Repairs done on first visit (%)", 90.0, 88.0, 91.0],
        ["H1", "Repairs done on first visit (%)", 90.0, 88.0, None],
    )
    assert read.review == []
