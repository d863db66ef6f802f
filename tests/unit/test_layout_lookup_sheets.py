"""Targets, polarity and units on a sheet of their own, joined to the figures by code."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook

from desktop.scorecard.layout import find, lookup_sheets
from desktop.scorecard.layout.header import find as find_header
from desktop.scorecard.model import ParsedScorecard
from desktop.scorecard.read.grid import Sheet
from desktop.scorecard.read.workbook import read_workbook

FIGURES = [
    ["Quarter 2 2024/25 performance"],
    [],
    ["PI Code", "Performance indicator", "2023/24 Outturn", "Q1 2024/25", "Q2 2024/25"],
    ["WR01", "Household waste recycled (%)", 53.4, 55.1, 54.2],
    ["WR02", "Missed bins per 100,000 collections", 58.0, 49.0, 61.0],
    ["EH01", "Food businesses rated 4 or 5 (%)", 94.1, 94.6, 95.0],
]


def _book(path: Path, sheets: dict[str, Sequence[Sequence[object]]]) -> ParsedScorecard:
    book = Workbook()
    first = book.active
    assert first is not None
    book.remove(first)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(list(row))
    book.save(path)
    return find.detect(read_workbook(path), explaining=True)


def _targets(read: ParsedScorecard) -> dict[tuple[str | None, str], float | None]:
    return {(i.code, o.period.label): o.target for i in read.indicators for o in i.observations}


def test_a_targets_sheet_gives_each_codes_target_for_its_year_and_polarity(
    tmp_path: Path,
) -> None:
    read = _book(
        tmp_path / "quarterly.xlsx",
        {
            "Q2": FIGURES,
            "Targets": [
                ["Targets 2024/25 approved by Cabinet"],
                [],
                ["Ref", "Short name", "Good is", "Target 2024/25", "Target basis"],
                ["EH01", "Food hygiene", "Higher", 95, "Corporate Plan"],
                ["WR01", "Recycling", "Higher", 55, "Corporate Plan"],
                ["WR02", "Missed bins", "Lower", 60, "Waste contract"],
            ],
        },
    )
    assert read.review == []
    assert _targets(read) == {
        ("WR01", "2023/24"): None,
        ("WR01", "Q1 2024/25"): 55.0,
        ("WR01", "Q2 2024/25"): 55.0,
        ("WR02", "2023/24"): None,
        ("WR02", "Q1 2024/25"): 60.0,
        ("WR02", "Q2 2024/25"): 60.0,
        ("EH01", "2023/24"): None,
        ("EH01", "Q1 2024/25"): 95.0,
        ("EH01", "Q2 2024/25"): 95.0,
    }
    assert [i.polarity for i in read.indicators] == [
        "higher_is_better",
        "lower_is_better",
        "higher_is_better",
    ]
    assert any(line.startswith("lookup on sheet 'Targets'") for line in read.explain)


def test_a_definitions_sheet_with_polarity_units_and_targets_in_words(tmp_path: Path) -> None:
    read = _book(
        tmp_path / "with_definitions.xlsx",
        {
            "Q2": FIGURES,
            "Definitions": [
                ["Code", "Description", "Polarity", "Unit", "Annual target"],
                ["WR01", "Share of household waste recycled", "Aim to maximise", "%",
                 "at least 55%"],
                ["WR02", "Missed bins per 100,000", "Aim to minimise", "per 100,000",
                 "no more than 60"],
                ["EH01", "Food hygiene ratings", "Aim to maximise", "%", "TBC"],
            ],
        },
    )  # fmt: skip
    assert read.review == []
    targets = _targets(read)
    assert targets[("WR01", "2023/24")] == 55.0  # an undated target: every period's
    assert targets[("WR02", "Q2 2024/25")] == 60.0
    assert targets[("EH01", "Q2 2024/25")] is None  # 'TBC' is no target
    units = {i.code: i.unit for i in read.indicators}
    assert units["WR01"] == "%"
    assert read.indicators[1].polarity == "lower_is_better"


def test_a_lookup_keyed_by_name_when_neither_sheet_has_codes(tmp_path: Path) -> None:
    read = _book(
        tmp_path / "by_name.xlsx",
        {
            "Scorecard": [
                ["Measure", "Q1 2024/25", "Q2 2024/25"],
                ["Calls answered (%)", 81.3, 86.9],
                ["Complaints answered in 10 days (%)", 77.0, 79.5],
            ],
            "Targets": [
                ["Measure", "Target", "Polarity"],
                ["Calls answered (%)", 85, "Higher is better"],
                ["Complaints answered in 10 days (%)", 90, "Higher is better"],
            ],
        },
    )
    assert read.review == []
    assert {o.target for i in read.indicators for o in i.observations} == {85.0, 90.0}


def test_a_lookup_only_few_indicators_are_on_is_held_at_its_key_column(tmp_path: Path) -> None:
    read = _book(
        tmp_path / "few.xlsx",
        {
            "Q2": FIGURES,
            "Targets": [
                ["Code", "Target"],
                ["WR01", 55],
                ["HS01", 80],
                ["HS02", 90],
                ["HS03", 12],
            ],
        },
    )
    assert [(r.sheet, r.cell) for r in read.review] == [("Targets", "A1")]
    assert "only 1 of the 3 indicators read are on it" in read.review[0].reason


def test_a_lookup_target_disagreeing_with_the_tables_own_is_held(tmp_path: Path) -> None:
    read = _book(
        tmp_path / "disagree.xlsx",
        {
            "Scorecard": [
                ["Ref", "Indicator", "Q2 2024/25", "Target"],
                ["C1", "Calls answered (%)", 86.9, 85],
                ["C2", "Complaints answered on time (%)", 79.5, 90],
            ],
            "Lookup": [
                ["Ref", "Target", "Polarity"],
                ["C1", 85, "Higher"],
                ["C2", 95, "Higher"],
            ],
        },
    )
    assert [(r.sheet, r.cell) for r in read.review] == [("Lookup", "B3")]
    assert "target of 90 in its table" in read.review[0].reason


def test_a_lookup_matching_nothing_is_left_out_with_a_warning(tmp_path: Path) -> None:
    read = _book(
        tmp_path / "unrelated.xlsx",
        {
            "Q2": FIGURES,
            "Old targets": [
                ["Code", "Target"],
                ["BV8", 90],
                ["BV9", 97],
            ],
        },
    )
    assert read.review == []
    assert all(o.target is None for i in read.indicators for o in i.observations)
    assert any("codes no indicator read here has" in w for w in read.warnings)


def test_a_lookup_target_in_words_it_cannot_read_is_held_at_its_cell(tmp_path: Path) -> None:
    read = _book(
        tmp_path / "maintain.xlsx",
        {
            "Q2": FIGURES,
            "Targets": [
                ["PI Code", "2024/25 Target"],
                ["WR01", 55],
                ["WR02", "Maintain"],
                ["EH01", 95],
            ],
        },
    )
    assert [(r.sheet, r.cell) for r in read.review] == [("Targets", "B3")]


def test_an_undated_target_on_a_sheet_titled_with_its_year_is_that_years(tmp_path: Path) -> None:
    read = _book(
        tmp_path / "titled_year.xlsx",
        {
            "Q2": FIGURES,
            "Targets": [
                ["Targets for 2024/25, agreed by Cabinet in April"],
                ["KPI ref", "Target", "Polarity"],
                ["WR01", 55, "High is good"],
                ["WR02", 60, "Low is good"],
                ["EH01", 95, "High is good"],
            ],
        },
    )
    assert read.review == []
    targets = _targets(read)
    assert targets[("WR01", "2023/24")] is None
    assert targets[("WR01", "Q1 2024/25")] == 55.0
    assert read.indicators[1].polarity == "lower_is_better"


def test_a_lookups_entries_are_its_first_filled_shown_rows_of_each_key() -> None:
    sheet = Sheet(
        "Targets",
        [
            ["Ref", "Indicator", "Target 2024/25"],
            ["WR 01", "Household waste recycled (%)", 55],
            ["wr01", "Recycling (again)", 56],  # the same code written otherwise: the first
            ["EH01", "Food hygiene", None],  # nothing given: no entry
            ["HS01", "Homes let", 30],  # hidden: no entry
            ["Targets agreed by Cabinet in February; " * 4, None, 1],  # a note, long
            ["PL02", "Major applications in time", 80],
        ],
        hidden_rows={4},
    )
    header = find_header(sheet)
    assert header is not None
    code, name = header.one("code"), header.one("name")
    given = header.of("target")
    assert code is not None and name is not None and given
    keyed = lookup_sheets.key_of
    assert lookup_sheets.entries(header, code, given, by_code=True, longest=120) == {
        keyed("WR01", True): 1,
        keyed("PL02", True): 6,
    }
    assert len(lookup_sheets.entries(header, code, given, by_code=True)) == 3  # the note too
    by_name = lookup_sheets.entries(header, name, given, by_code=False)
    assert by_name[keyed("Recycling (again)", False)] == 2
