"""A sheet's distinct texts, worked out once for the checks that run before the layout
rewrites cells (markup, dates typed month first): they look among them before the cells."""

from __future__ import annotations

import dataclasses

from desktop.scorecard.layout import month_first
from desktop.scorecard.layout.find import detect
from desktop.scorecard.layout.notes import Notes
from desktop.scorecard.read.grid import CellValue, Sheet, Workbook, distinct_texts
from desktop.scorecard.read.markup import read_markup


def _sheet(*rows: list[CellValue]) -> Sheet:
    return Sheet("Data", [list(r) for r in rows])


def test_distinct_texts_are_the_texts_of_the_cells_once() -> None:
    sheet = _sheet(["Ref", "Indicator", "Actual"], ["A1", "Visits", 12.0], ["A1", "Visits", None])
    texts = distinct_texts(sheet)
    assert texts == {"Ref", "Indicator", "Actual", "A1", "Visits"}
    assert sheet.texts is texts
    assert distinct_texts(sheet) is texts  # worked out once


def test_a_copy_of_a_sheet_works_its_texts_out_afresh() -> None:
    sheet = _sheet(["Ref", "Actual"], ["A1", 12.0])
    distinct_texts(sheet)
    copy = dataclasses.replace(sheet, rows=[["Code", "Actual"], ["B2", 3.0]])
    assert copy.texts is None
    assert distinct_texts(copy) == {"Code", "Actual", "B2"}


def test_markup_is_read_from_the_distinct_texts_and_the_sheet_lets_them_go() -> None:
    sheet = _sheet(
        ["Indicator", "Status"],
        ["Visits", "<span>Green</span>"],
        ["Loans", "<span>Green</span>"],
        ["R&D spend", "Environment &amp; Waste"],
    )
    distinct_texts(sheet)
    read_markup(Workbook("book.xlsx", "xlsx", [sheet], []))
    assert sheet.rows[1:] == [
        ["Visits", "Green"],
        ["Loans", "Green"],
        ["R&D spend", "Environment & Waste"],
    ]
    assert sheet.texts is None  # rewritten: worked out again when next asked
    assert distinct_texts(sheet) == {"Indicator", "Status", "Visits", "Loans", "Green",
                                     "R&D spend", "Environment & Waste"}  # fmt: skip


def test_a_sheet_without_markup_keeps_its_texts() -> None:
    sheet = _sheet(["Indicator", "Target"], ["Visits", "<5"], ["Loans", "Q&A"])
    texts = distinct_texts(sheet)
    read_markup(Workbook("book.xlsx", "xlsx", [sheet], []))
    assert sheet.rows[1:] == [["Visits", "<5"], ["Loans", "Q&A"]]
    assert sheet.texts is texts


def test_month_first_looks_among_the_distinct_texts() -> None:
    sheet = _sheet(["Period", "Actual"], ["Quarter Ending 03/31/2024", 88.0])
    assert month_first.month_first([sheet], Notes())
    # the texts the sheet was read with are the ones looked among: none holds a date
    sheet.texts = frozenset({"Period"})
    assert not month_first.month_first([sheet], Notes())


def test_month_first_dates_written_out_are_found_in_the_texts_after() -> None:
    sheet = _sheet(["Period", "Actual"], ["Quarter Ending 03/31/2024", 88.0])
    distinct_texts(sheet)
    month_first.settle([sheet], Notes())
    assert sheet.rows[1][0] == "Quarter Ending 31 Mar 2024"
    assert "Quarter Ending 31 Mar 2024" in distinct_texts(sheet)


def test_the_layout_lets_the_texts_go_before_it_rewrites_cells() -> None:
    sheet = _sheet(
        ["Ref", "Indicator", "Period", "Actual"],
        ["A1", "Library visits", "Q1 2024/25", 120.0],
        ["A2", "Missed bins", "Q1 2024/25", 30.0],
    )
    distinct_texts(sheet)
    detect(Workbook("book.xlsx", "xlsx", [sheet], []))
    assert sheet.texts is None
