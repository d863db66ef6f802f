"""The area and sheet lists a picker offers, from small workbooks and real public files."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from desktop.scorecard.layout.choices import is_group, list_areas, list_sheets
from desktop.scorecard.model import ScorecardError
from desktop.scorecard.read.workbook import read_workbook


def _benchmark(path: Path) -> Path:
    book = openpyxl.Workbook()
    notes = book.active
    assert notes is not None
    notes.title = "Notes"
    notes.append(["About this file"])
    notes.append(["Figures are published each quarter."])
    data = book.create_sheet("Data")
    data.append(["Area name", "Period", "Indicator", "Value"])
    for area in ("Wigan", "England", "Bolton", "North West", "Total", "Family Group 10"):
        for year, value in (("2022/23", 10.0), ("2023/24", 12.0)):
            data.append([area, year, "Adults in work", value])
    data.append(["Family Group 9", "2023/24", "Adults in work", 11.0])
    book.save(path)
    return path


def _single(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Scorecard"
    sheet.append(["Ref", "Indicator", "Q1 2024/25", "Target"])
    sheet.append(["A1", "Households helped", 40, 50])
    sheet.append(["A2", "Rent collected", 97, 98])
    book.save(path)
    return path


def test_councils_come_sorted_before_groups(tmp_path: Path) -> None:
    workbook = read_workbook(_benchmark(tmp_path / "bench.xlsx"))
    assert list_areas(workbook) == [
        "Bolton",
        "Wigan",
        "England",
        "Family Group 9",
        "Family Group 10",
        "North West",
    ]


def test_total_rows_are_not_areas(tmp_path: Path) -> None:
    workbook = read_workbook(_benchmark(tmp_path / "bench.xlsx"))
    assert "Total" not in list_areas(workbook)


def test_single_area_scorecard_lists_no_areas(tmp_path: Path) -> None:
    assert list_areas(read_workbook(_single(tmp_path / "card.xlsx"))) == []


def test_areas_of_one_named_sheet(tmp_path: Path) -> None:
    workbook = read_workbook(_benchmark(tmp_path / "bench.xlsx"))
    assert list_areas(workbook, sheet="data")[:2] == ["Bolton", "Wigan"]


def test_unknown_sheet_is_refused_in_one_line(tmp_path: Path) -> None:
    workbook = read_workbook(_benchmark(tmp_path / "bench.xlsx"))
    with pytest.raises(ScorecardError, match="no sheet named 'Summary'"):
        list_areas(workbook, sheet="Summary")


def test_sheets_say_which_hold_data(tmp_path: Path) -> None:
    workbook = read_workbook(_benchmark(tmp_path / "bench.xlsx"))
    assert list_sheets(workbook) == [("Notes", False), ("Data", True)]


def test_groups_are_told_apart_from_councils() -> None:
    assert [is_group(n) for n in ("England", "Family Group 3", "Trafford")] == [
        True,
        True,
        False,
    ]


def test_trafford_file_lists_trafford_and_england_last(corpus: Path) -> None:
    areas = list_areas(read_workbook(corpus / "real" / "trafford__neet.csv"))
    assert "Trafford" in areas
    assert areas[-1] == "England"


def test_family_averages_list_the_four_groups(corpus: Path) -> None:
    areas = list_areas(read_workbook(corpus / "real" / "lgbf__Family_Averages.csv"))
    assert areas == [f"Family Group {n}" for n in range(1, 5)]


def test_flytipping_sheets_skip_metadata_and_lookup(corpus: Path) -> None:
    path = corpus / "real" / "defra__Flytipping_LA_incidents_actions_2012-13_to_2017-18.xlsx"
    data = [name for name, is_data in list_sheets(read_workbook(path)) if is_data]
    assert data == ["LA_incidents", "LA_actions"]


def test_a_stray_number_in_the_area_column_is_not_offered(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Local authority", "Year", "Measure", "Value"])
    for area in ("Angus", "Fife", "1"):
        sheet.append([area, "2023/24", "Pupils", 5.0])
    book.save(tmp_path / "lgbf.xlsx")
    assert list_areas(read_workbook(tmp_path / "lgbf.xlsx")) == ["Angus", "Fife"]


def test_a_lookup_sheet_with_a_table_is_not_offered_as_data(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    lookup = book.active
    assert lookup is not None
    lookup.title = "Lookup"
    lookup.append(["Ref", "Indicator", "Q1 2024/25"])
    lookup.append(["A1", "Households helped", 40])
    book.save(tmp_path / "lookup.xlsx")
    assert list_sheets(read_workbook(tmp_path / "lookup.xlsx")) == [("Lookup", False)]


def test_lgbf_benchmark_offers_councils_with_scotland_last(corpus: Path) -> None:
    workbook = read_workbook(corpus / "real" / "lgbf__new_bnch_data_Jan20.xlsx")
    areas = list_areas(workbook)
    assert (areas[0], areas[-1], len(areas)) == ("Aberdeen City", "Scotland", 33)
    assert [name for name, data in list_sheets(workbook) if data] == ["Raw Data"]
