"""Sheets named like a cover, contents, glossary or document-control page hold no scorecard —
unless no other sheet holds one."""

from __future__ import annotations

import pytest

from desktop.scorecard import vocabulary
from desktop.scorecard.layout.find import detect
from desktop.scorecard.read.grid import CellValue, Sheet, Workbook

_SCORECARD: list[list[CellValue]] = [
    ["Code", "Indicator", "Q1 2024/25", "Q2 2024/25", "Target"],
    ["CS01", "Calls to the contact centre answered (%)", 86.2, 83.9, 85.0],
    ["RB03", "Average days to process new benefit claims", 17.4, 19.8, 18.0],
]


@pytest.mark.parametrize(
    "name",
    ["Abbreviations", "Acronyms", "Document control", "Version history", "Change log",
     "Table of contents", "Explanatory notes", "Data sources", "Glossary of terms", "Cynnwys"],
)  # fmt: skip
def test_sheets_named_for_what_surrounds_a_scorecard_are_skipped(name: str) -> None:
    assert vocabulary.is_skipped_sheet(name)


@pytest.mark.parametrize("name", ["Corporate KPIs", "Q2 2024-25", "Housing", "Performance data"])
def test_sheets_named_for_their_figures_are_read(name: str) -> None:
    assert not vocabulary.is_skipped_sheet(name)


def test_a_version_table_on_a_document_control_sheet_is_not_read_as_indicators() -> None:
    sheets = [
        Sheet("Front sheet", [["Quarterly Performance Report"], ["Quarter 2 2024/25"]]),
        Sheet(
            "Document control",
            [["Version", "Date", "Author", "Change"], [1, "01/11/2024", "J Smith", "Draft"],
             [2, "08/11/2024", "J Smith", "Q2 figures added"]],
        ),
        Sheet("Abbreviations", [["Term", "Meaning"], ["FTE", "Full-time equivalent"]]),
        Sheet("Scorecard", _SCORECARD),
    ]  # fmt: skip
    read = detect(Workbook(path="/tmp/report.xlsx", format="xlsx", sheets=sheets))
    assert read.review == []
    assert [i.code for i in read.indicators] == ["CS01", "RB03"]


def test_the_only_sheet_of_figures_is_read_whatever_it_is_called() -> None:
    sheets = [Sheet("Cover", [["Performance report"]]), Sheet("Performance notes", _SCORECARD)]
    read = detect(Workbook(path="/tmp/report.xlsx", format="xlsx", sheets=sheets))
    assert [i.code for i in read.indicators] == ["CS01", "RB03"]
    assert any("Performance notes: read although" in w for w in read.warnings)
