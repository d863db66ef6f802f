"""A sheet in sections, each under its own heading row: a word in a table above ('Homes
delivered (cumulative)', an indicator's name) says nothing of how a section below counts its
months; a section's own title saying so still does."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.helpers.layout_sheets import detect_rows, figures


def _rows(section_title: str) -> list[list[object]]:
    return [
        ["Housing dashboard"],
        [],
        ["Quarterly measures"],
        ["Ref", "Indicator", "Q1 2024/25", "Q2 2024/25", "Target"],
        ["H1", "Affordable homes delivered (cumulative)", 42, 96, 200],
        ["H2", "Empty homes brought back into use", 9, 14, 12],
        ["H3", "Planning applications determined in time (%)", 91.7, 88.9, 90],
        [],
        [section_title],
        ["Ref", "Indicator", dt.datetime(2024, 10, 1), dt.datetime(2024, 11, 1), "Target"],
        ["M1", "Average days to relet council homes", 31.4, 28.9, 28],
        ["M2", "Anti-social behaviour cases opened", 48, 53, 40],
    ]


def test_a_word_in_a_table_above_leaves_a_section_s_months_as_months(tmp_path: Path) -> None:
    parsed = detect_rows(tmp_path / "sections.xlsx", _rows("Monthly measures"))
    read = figures(parsed)
    assert read["Average days to relet council homes"] == [("Oct 2024", 31.4), ("Nov 2024", 28.9)]
    assert read["Affordable homes delivered (cumulative)"] == [
        ("Q1 2024/25", 42),
        ("Q2 2024/25", 96),
    ]


def test_a_section_title_saying_cumulative_still_counts_from_april(tmp_path: Path) -> None:
    parsed = detect_rows(tmp_path / "sections.xlsx", _rows("Monthly measures (cumulative)"))
    spans = {
        (o.period.start, o.period.end)
        for i in parsed.indicators
        if i.name == "Average days to relet council homes"
        for o in i.observations
    }
    assert spans == {
        (dt.date(2024, 4, 1), dt.date(2024, 10, 31)),
        (dt.date(2024, 4, 1), dt.date(2024, 11, 30)),
    }
