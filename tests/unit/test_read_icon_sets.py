"""Conditional-format icon sets read as the traffic lights they draw."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.formatting.rule import FormatObject, IconSet, Rule

from desktop.scorecard.layout import find
from desktop.scorecard.read.conditional import icon_ratings
from desktop.scorecard.read.sheetxml import CfRule
from desktop.scorecard.read.sheetxml import IconSet as ReadIconSet
from desktop.scorecard.read.workbook import read_workbook


def _rule(name: str, cfvo: list[tuple[str, str, bool]], reverse: bool = False) -> CfRule:
    icons = ReadIconSet(name, tuple(cfvo), reverse)
    return CfRule("iconSet", None, None, 1, None, (), ((0, 0, 4, 0),), icons)


GRID: list[list[object]] = [[10.0], [40.0], [50.0], [90.0], ["n/a"]]


def test_percent_thresholds_over_the_rules_cells() -> None:
    rule = _rule(
        "3Symbols", [("percent", "0", True), ("percent", "33", True), ("percent", "67", True)]
    )
    lights = icon_ratings([rule], GRID)  # type: ignore[arg-type]
    assert lights == {(0, 0): "red", (1, 0): "amber", (2, 0): "amber", (3, 0): "green"}


def test_reversed_with_greater_than_thresholds() -> None:
    rule = _rule(
        "3TrafficLights2", [("num", "0", True), ("num", "40", False), ("num", "50", False)], True
    )
    lights = icon_ratings([rule], GRID)  # type: ignore[arg-type]
    assert lights == {(0, 0): "green", (1, 0): "green", (2, 0): "amber", (3, 0): "red"}


def test_percentile_thresholds() -> None:
    rule = _rule(
        "3Flags", [("percent", "0", True), ("percentile", "50", True), ("percentile", "90", True)]
    )
    lights = icon_ratings([rule], GRID)  # type: ignore[arg-type]
    assert lights[(0, 0)] == "red" and lights[(2, 0)] == "amber" and lights[(3, 0)] == "green"


def test_icons_that_are_no_lights_are_not_read() -> None:
    arrows = _rule("5Arrows", [("percent", str(p), True) for p in (0, 20, 40, 60, 80)])
    by_formula = _rule(
        "3TrafficLights1", [("percent", "0", True), ("formula", "AVERAGE(A1:A4)", True),
                            ("num", "80", True)],
    )  # fmt: skip
    for rule in (arrows, by_formula):
        assert set(icon_ratings([rule], GRID).values()) == {None}  # type: ignore[arg-type]


def _book(path: Path, icon_set: str, cells: str) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Dashboard"
    rows = [
        ["Quarter 2 2024/25 performance"],
        ["Ref", "Measure", "Q1 2024/25", "Q2 2024/25", "Target", "RAG status"],
        ["A1", "Rent collected (%)", 96.1, 97.5, 97.0, 1.01],
        ["A2", "Repairs on time (%)", 88.0, 84.0, 90.0, 0.93],
        ["A3", "Calls answered (%)", 80.0, 86.0, 90.0, 0.96],
    ]
    for row in rows:
        sheet.append(row)
    cfvo = [FormatObject(type="percent", val=0), FormatObject(type="num", val=0.95),
            FormatObject(type="num", val=1)]  # fmt: skip
    rule = Rule(type="iconSet", iconSet=IconSet(iconSet=icon_set, cfvo=cfvo, showValue=None))
    sheet.conditional_formatting.add(cells, rule)
    book.save(path)


def test_a_score_column_rated_by_traffic_lights(tmp_path: Path) -> None:
    _book(tmp_path / "lights.xlsx", "3TrafficLights1", "F3:F5")
    read = find.detect(read_workbook(tmp_path / "lights.xlsx"))
    assert read.review == []
    rated = {i.code: i.observations[-1].rag for i in read.indicators}
    assert rated == {"A1": "green", "A2": "red", "A3": "amber"}


def test_a_set_of_four_icons_is_asked_about_at_its_cell(tmp_path: Path) -> None:
    _book(tmp_path / "four.xlsx", "4Rating", "F3:F5")
    read = find.detect(read_workbook(tmp_path / "four.xlsx"))
    assert "F3" in [item.cell for item in read.review]
    assert any("icon set" in item.reason for item in read.review)
