"""Headings of words run together ('PeriodCode', 'UnitOfMeasure'), year-quarter codes with no
year type, and rows that nothing dates but the file's own date."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from desktop.scorecard.layout import joined_words
from desktop.scorecard.layout.find import detect
from desktop.scorecard.layout.header import classify
from desktop.scorecard.model import ParsedScorecard
from desktop.scorecard.read.workbook import read_workbook

SAVED = dt.datetime(2025, 3, 14, 9, 30)


def _csv(path: Path, lines: list[str]) -> ParsedScorecard:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    stamp = SAVED.timestamp()
    os.utime(path, (stamp, stamp))
    return detect(read_workbook(path))


@pytest.mark.parametrize(
    ("heading", "field"),
    [
        ("PeriodCode", "period"),
        ("MeasureName", "name"),
        ("ServiceArea", "service"),
        ("UnitOfMeasure", "unit"),
        ("RAGStatus", "rag"),
        ("DataOwner", "owner"),
    ],
)
def test_a_heading_of_words_run_together_reads_as_its_words(heading: str, field: str) -> None:
    assert classify(heading).field == field


@pytest.mark.parametrize("heading", ["KPI", "Value", "Target 2024/25", "Period code"])
def test_headings_of_spaced_words_or_capitals_are_not_split(heading: str) -> None:
    assert joined_words.run_together(heading) is None


def test_year_quarter_codes_with_no_year_type_are_held_at_the_first_code(
    tmp_path: Path,
) -> None:
    read = _csv(
        tmp_path / "extract.csv",
        [
            "MeasureID,MeasureName,PeriodCode,Value,Target",
            "HSG-001,Households in temporary accommodation,2023-Q3,212,220",
            "HSG-001,Households in temporary accommodation,2024 Q2,219,220",
            "HSG-001,Households in temporary accommodation,2024Q3,231,220",
        ],
    )
    assert [r.cell for r in read.review] == ["C2"]
    assert "names a quarter with one year" in read.review[0].reason
    assert all(o.period.kind == "quarter" for i in read.indicators for o in i.observations)


def test_rows_of_one_indicator_that_nothing_dates_are_held_not_dated_by_the_file(
    tmp_path: Path,
) -> None:
    read = _csv(
        tmp_path / "extract.csv",
        [
            "Code,Indicator,Cycle,Value",
            "A1,Calls answered (%),first,85",
            "A1,Calls answered (%),second,86",
        ],
    )
    (doubt,) = read.review
    assert doubt.cell == "D3"
    assert "nothing names a period for either" in doubt.reason
    assert "14 Mar 2025" in doubt.reason
