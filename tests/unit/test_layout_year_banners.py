"""Bare year numbers as headings: under 'Year ending 31 March' (or a title saying the years
end then) each is the financial year ending that March; elsewhere in such a workbook a bare
year is asked about."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from openpyxl import Workbook

from desktop.scorecard.layout import find
from desktop.scorecard.layout.year_banners import ends_march, year_run
from desktop.scorecard.model import ParsedScorecard
from desktop.scorecard.read.workbook import read_workbook
from tests.helpers.layout_sheets import detect_rows, figures


def _book(path: Path, sheets: dict[str, tuple[Sequence[Sequence[object]], Sequence[str]]]):
    book = Workbook()
    first = True
    for name, (rows, merged) in sheets.items():
        sheet = book.active if first else book.create_sheet(name)
        assert sheet is not None
        sheet.title = name
        first = False
        for row in rows:
            sheet.append(list(row))
        for cells in merged:
            sheet.merge_cells(cells)
    book.save(path)


def _read(path: Path) -> ParsedScorecard:
    return find.detect(read_workbook(path), explaining=True)


@pytest.mark.parametrize(
    "banner",
    ["Year ending 31 March", "Years ending 31st March", "Year to March", "Year ended 31 March"],
)
def test_years_under_a_banner_are_years_ending_march(tmp_path: Path, banner: str) -> None:
    parsed = detect_rows(
        tmp_path / "banner.xlsx",
        [
            ["Annual performance report"],
            ["Ref", "Indicator", banner, None, None, "Target 2024"],
            [None, None, 2022, 2023, 2024, None],
            ["F1", "Council tax collected (%)", 97.4, 97.6, 97.5, 97.8],
            ["F2", "Business rates collected (%)", 97.9, 98.6, 98.9, 98.5],
        ],
        merged=["C2:E2", "A2:A3", "B2:B3", "F2:F3"],
    )
    assert figures(parsed)["Council tax collected (%)"] == [
        ("2021/22", 97.4),
        ("2022/23", 97.6),
        ("2023/24", 97.5),
    ]
    targets = {o.period.label: o.target for o in parsed.indicators[0].observations}
    assert targets == {"2021/22": None, "2022/23": None, "2023/24": 97.8}
    assert parsed.review == []


def test_a_title_saying_the_years_end_march_dates_bare_years(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "title.xlsx",
        [
            ["Outturns for the years ending 31 March"],
            ["Ref", "Indicator", "2022", "2023", "2024"],
            ["F1", "Council tax collected (%)", 97.4, 97.6, 97.5],
        ],
    )
    assert [p for p, _ in figures(parsed)["Council tax collected (%)"]] == [
        "2021/22",
        "2022/23",
        "2023/24",
    ]


def test_bare_years_elsewhere_in_the_workbook_are_asked_about(tmp_path: Path) -> None:
    path = tmp_path / "two.xlsx"
    _book(
        path,
        {
            "Annual": (
                [
                    ["Ref", "Indicator", "Year ending 31 March", None],
                    [None, None, 2023, 2024],
                    ["F1", "Council tax collected (%)", 97.6, 97.5],
                ],
                ["C1:D1", "A1:A2", "B1:B2"],
            ),
            "Partners": (
                [
                    ["Ref", "Indicator", "Source", 2021, 2022, 2023],
                    ["P1", "Recorded crime", "Police", 17862, 20114, 22408],
                ],
                [],
            ),
        },
    )
    parsed = _read(path)
    cells = {(r.sheet, r.cell) for r in parsed.review}
    assert ("Partners", "D1") in cells
    assert any("E1" in r.line() and "F1" in r.line() for r in parsed.review)
    assert [p for p, _ in figures(parsed)["Recorded crime"]] == ["2021", "2022", "2023"]


@pytest.mark.parametrize(
    "title", ["Partner data (calendar years)", "Figures are for calendar years"]
)
def test_bare_years_a_title_calls_calendar_years_are_not_asked_about(
    tmp_path: Path, title: str
) -> None:
    path = tmp_path / "two.xlsx"
    _book(
        path,
        {
            "Annual": (
                [
                    ["Ref", "Indicator", "Year ending 31 March", None],
                    [None, None, 2023, 2024],
                    ["F1", "Council tax collected (%)", 97.6, 97.5],
                ],
                ["C1:D1", "A1:A2", "B1:B2"],
            ),
            "Partners": (
                [
                    [title],
                    ["Ref", "Indicator", "Source", 2021, 2022, 2023],
                    ["P1", "Recorded crime", "Police", 17862, 20114, 22408],
                ],
                [],
            ),
        },
    )
    assert _read(path).review == []


def test_bare_years_in_a_workbook_that_says_nothing_of_march_are_calendar_years(
    tmp_path: Path,
) -> None:
    parsed = detect_rows(
        tmp_path / "plain.xlsx",
        [
            ["Ref", "Indicator", "Source", 2020, 2021, 2022, 2023],
            ["P1", "Recorded crime", "Police", 17862, 20114, 22408, 21967],
            ["P2", "Road casualties", "DfT", 142, 165, 171, 158],
        ],
    )
    assert [p for p, _ in figures(parsed)["Recorded crime"]] == ["2020", "2021", "2022", "2023"]
    assert parsed.review == []


@pytest.mark.parametrize(
    ("row", "found"),
    [(["Ref", "Name", 2020, 2021, 2022], {2, 3, 4}),
     (["Ref", "Name", 2020.0, 2021.0, 2022.0, "Target"], {2, 3, 4}),
     (["A1", "Crime", 2020, 2021], set()),
     (["A1", "Crime", 2020, 2022, 2024], set()),
     (["A1", "Crime", 17862, 20114, 22408], set())],
)  # fmt: skip
def test_a_run_of_years_typed_as_numbers(row: list[object], found: set[int]) -> None:
    assert year_run(row) == found


@pytest.mark.parametrize(
    ("text", "says"),
    [("Annual outturns for the years ending 31 March (2024 = 1 April 2023 to 31 March 2024)",
      True),
     ("Year to 31st March", True),
     ("Year ending 31 March 2024", False),
     ("Figures for the year ending March 2024", False),
     ("Quarter ending 31 March", False)],
)  # fmt: skip
def test_words_saying_years_end_march(text: str, says: bool) -> None:
    assert ends_march(text) is says
