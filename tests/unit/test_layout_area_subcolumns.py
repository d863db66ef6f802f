"""Areas as sub-columns under each period heading: the chosen area's columns are read."""

from __future__ import annotations

import pytest

from desktop.scorecard.layout.find import detect
from desktop.scorecard.model import ParsedScorecard, ScorecardError
from desktop.scorecard.read.grid import CellValue, Sheet, Workbook

TITLE: list[CellValue] = ["Adur & Worthing Councils - Joint Performance Report"]


def _sheet(title: list[CellValue], merged: bool = True) -> Sheet:
    rows: list[list[CellValue]] = [
        title,
        [],
        [None, None, None, "Q1 2024/25", None, "Q2 2024/25", None, "Q2 status", None],
        ["Ref", "Measure", "Target", "Adur", "Worthing", "Adur", "Worthing", "Adur", "Worthing"],
        ["RB1", "Days to process new claims", 20.0, 17.4, 21.9, 16.8, 19.5, "G", "A"],
        ["WS1", "Waste recycled (%)", 45.0, 43.8, 36.2, 45.9, 37.4, "G", "R"],
    ]
    spans = [(2, 3, 2, 4), (2, 5, 2, 6), (2, 7, 2, 8)] if merged else []
    return Sheet("Joint KPIs", rows, merged=spans)


def _read(sheet: Sheet, area: str | None) -> ParsedScorecard:
    return detect(Workbook(path="/tmp/joint.xlsx", format="xlsx", sheets=[sheet]), area=area)


@pytest.mark.parametrize("merged", [True, False])
@pytest.mark.parametrize(
    ("area", "q1", "q2", "rag"),
    [("Worthing", 21.9, 19.5, "amber"), ("adur", 17.4, 16.8, "green")],
)
def test_the_chosen_councils_columns_with_the_shared_target(
    merged: bool, area: str, q1: float, q2: float, rag: str
) -> None:
    read = _read(_sheet(TITLE, merged), area)
    first = read.indicators[0]
    assert [(o.period.label, o.actual, o.target) for o in first.observations] == [
        ("Q1 2024/25", q1, 20.0),
        ("Q2 2024/25", q2, 20.0),
    ]
    assert first.observations[1].rag == rag
    assert first.observations[0].rag is None
    column = "E" if area == "Worthing" else "D"
    assert first.observations[0].cell == f"{column}5"
    assert not any("--area" in w for w in read.warnings)


def test_without_an_area_the_file_is_refused_naming_the_choices() -> None:
    with pytest.raises(ScorecardError, match=r"2 areas .*Adur, Worthing.*--area"):
        _read(_sheet(TITLE), None)


def test_an_area_not_among_the_columns_is_refused() -> None:
    with pytest.raises(ScorecardError, match="'Shoreham' is not a column"):
        _read(_sheet(TITLE), "Shoreham")


def test_other_repeated_sub_headings_are_not_taken_for_areas() -> None:
    sheet = _sheet(["Borough Council pupil outcomes"])
    sheet.rows[3] = ["Ref", "Measure", "Target", "Boys", "Girls", "Boys", "Girls", "Boys", "Girls"]
    try:
        read = _read(sheet, None)
    except ScorecardError as refused:
        assert "--area" not in str(refused)
    else:
        assert read.area is None


def test_each_council_over_the_same_run_of_quarters() -> None:
    rows: list[list[CellValue]] = [
        TITLE,
        ["Ref", "Measure", "Target", "Adur", None, "Worthing", None],
        [None, None, None, "Q1 2024/25", "Q2 2024/25", "Q1 2024/25", "Q2 2024/25"],
        ["RB1", "Days to process new claims", 20.0, 17.4, 16.8, 21.9, 19.5],
        ["WS1", "Waste recycled (%)", 45.0, 43.8, 45.9, 36.2, 37.4],
    ]
    sheet = Sheet("Joint KPIs", rows, merged=[(1, 3, 1, 4), (1, 5, 1, 6)])
    read = _read(sheet, "Worthing")
    assert [
        (o.period.label, o.actual, o.target, o.cell) for o in read.indicators[0].observations
    ] == [
        ("Q1 2024/25", 21.9, 20.0, "F4"),
        ("Q2 2024/25", 19.5, 20.0, "G4"),
    ]
    with pytest.raises(ScorecardError, match="Adur, Worthing"):
        _read(sheet, None)


@pytest.mark.parametrize("merged", [True, False])
@pytest.mark.parametrize(("area", "letters"), [("Worthing", "EGI"), ("Adur", "DFH")])
def test_explain_names_the_files_rows_and_the_chosen_columns(
    merged: bool, area: str, letters: str
) -> None:
    book = Workbook(path="/tmp/joint.xlsx", format="xlsx", sheets=[_sheet(TITLE, merged)])
    said = detect(book, area=area, explaining=True).explain
    assert "  heading rows 3–4; data rows 5–6" in said
    assert "  rows 5–6: indicator values" in said
    shown = [line.split()[0] for line in said if " -> " in line]
    assert shown == ["A4", "B4", "C4", *(f"{letter}4" for letter in letters)]
