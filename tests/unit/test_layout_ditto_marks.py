"""A ditto mark ('"', '〃', 'do.', 'as above') under a real target or frequency is the value
above it in its section; a section row or a blank cell ends the run, and a ditto with nothing
real above it is held for review rather than guessed."""

from __future__ import annotations

from desktop.scorecard.layout.find import detect
from desktop.scorecard.model import ParsedIndicator, ParsedScorecard
from desktop.scorecard.read.grid import CellValue, Sheet, Workbook

HEAD: list[CellValue] = ["PI Ref", "Indicator", "Frequency", "Target", "Q1 24/25", "Q2 24/25"]


def _read(rows: list[list[CellValue]]) -> ParsedScorecard:
    sheet = Sheet("Housing PIs", [HEAD, *rows])
    return detect(Workbook(path="/tmp/ditto.xlsx", format="xlsx", sheets=[sheet]))


def _targets(parsed: ParsedScorecard) -> dict[str, list[float | None]]:
    found: dict[str, ParsedIndicator] = {i.code or "": i for i in parsed.indicators}
    return {code: [o.target for o in i.observations] for code, i in found.items()}


def test_ditto_marks_repeat_the_target_and_frequency_above_within_the_section() -> None:
    rows: list[list[CellValue]] = [
        ["Repairs", None, None, None, None, None],
        ["R1", "Emergency repairs in time (%)", "Quarterly", 98.0, 99.1, 98.6],
        ["R2", "Urgent repairs in time (%)", '"', '"', 94.3, 95.8],
        ["R3", "Routine repairs in time (%)", "\u3003", "do.", 81.7, 84.0],
        ["R4", "Right first time (%)", "ditto", 90.0, 88.4, 91.2],
        ["R5", "Satisfaction with repair (%)", '"', "as above", 87.9, 89.5],
        ["Lettings", None, None, None, None, None],
        ["L1", "Right to Buy applications", "Quarterly", None, 14, 9],
        ["L2", "Average days to re-let", '"', 28, 34, 31],
    ]
    parsed = _read(rows)
    assert not parsed.review, parsed.review
    targets = _targets(parsed)
    assert targets["R2"] == targets["R3"] == [98.0, 98.0]
    assert targets["R5"] == [90.0, 90.0]
    assert targets["L1"] == [None, None]
    assert targets["L2"] == [28.0, 28.0]


def test_a_ditto_under_a_section_row_or_a_blank_target_is_held_for_review() -> None:
    rows: list[list[CellValue]] = [
        ["Repairs", None, None, None, None, None],
        ["R1", "Emergency repairs in time (%)", "Quarterly", 98.0, 99.1, 98.6],
        ["Lettings", None, None, None, None, None],
        ["L1", "Rent collected (%)", "Quarterly", '"', 96.2, 97.4],
    ]
    parsed = _read(rows)
    assert any("D5" in item.cell and "value above" in item.reason for item in parsed.review), (
        parsed.review
    )
