"""Welsh and English in one cell: headings, units and polarity on two lines or split by ' / '."""

from __future__ import annotations

import pytest

from desktop.scorecard.layout.find import detect
from desktop.scorecard.model import ParsedScorecard
from desktop.scorecard.parse import cells, values
from desktop.scorecard.read.grid import CellValue, Sheet, Workbook


def _read(heading: list[CellValue], *rows: list[CellValue]) -> ParsedScorecard:
    sheet = Sheet(
        "Perfformiad",
        [["Adroddiad Perfformiad 2024-25 / Performance Report 2024-25"], [], heading, *rows],
    )
    return detect(Workbook(path="/tmp/adroddiad.xlsx", format="xlsx", sheets=[sheet]))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Chwarter 1\nQuarter 1", "Chwarter 2\nQuarter 2"),
        ("Ch1\nQ1", "Ch2\nQ2"),
        ("Chwarter 1 / Quarter 1", "Chwarter 2 / Quarter 2"),
    ],
)
def test_a_quarter_named_in_both_languages_is_that_quarter_of_the_title_s_year(
    first: str, second: str
) -> None:
    read = _read(
        ["Mesur\nMeasure", first, second],
        ["Calls answered within 60 seconds", 74.5, 80.2],
    )
    assert [o.period.label for o in read.indicators[0].observations] == [
        "Q1 2024/25",
        "Q2 2024/25",
    ]
    assert [o.actual for o in read.indicators[0].observations] == [74.5, 80.2]


@pytest.mark.parametrize(
    ("written", "unit"),
    [
        ("Dyddiau\nDays", "days"),
        ("Nifer / Number", "number"),
        ("Canran\n%", "%"),
        ("Wythnosau Weeks", "weeks"),
    ],
)
def test_a_unit_in_both_languages_is_that_unit(written: str, unit: str) -> None:
    assert values.canonical_unit(written) == unit


def test_a_unit_whose_halves_differ_is_kept_as_written() -> None:
    assert values.canonical_unit("Number of days") == "number of days"
    assert values.canonical_unit("£ per head") == "£ per head"


@pytest.mark.parametrize(
    ("written", "polarity"),
    [
        ("Uwch\nHigher", "higher_is_better"),
        ("Is\nLower", "lower_is_better"),
        ("Uwch yn well / Higher is better", "higher_is_better"),
        ("Isel / Low", "lower_is_better"),
    ],
)
def test_a_polarity_in_both_languages_is_read_by_the_half_known(
    written: str, polarity: str
) -> None:
    assert cells.polarity(written) == polarity


def test_a_polarity_whose_halves_disagree_says_nothing() -> None:
    assert cells.polarity("Higher\nLower") == "unknown"


def test_a_whole_bilingual_table_reads_its_units_and_polarity() -> None:
    read = _read(
        ["Cyf.\nRef.", "Mesur\nMeasure", "Uned\nUnit", "Gwell os\nBetter if",
         "Chwarter 1\nQuarter 1", "Targed / Target", "Statws / Status"],
        ["PAM/015", "Diwrnodau / Days to deliver a grant", "Dyddiau\nDays", "Is\nLower",
         231.0, 220.0, "Ambr / Amber"],
        ["ECO/04", "Busnesau / Businesses supported", "Nifer\nNumber", "Uwch\nHigher",
         31.0, 30.0, "Gwyrdd / Green"],
    )  # fmt: skip
    found = {i.code: i for i in read.indicators}
    assert (found["PAM/015"].unit, found["PAM/015"].polarity) == ("days", "lower_is_better")
    assert (found["ECO/04"].unit, found["ECO/04"].polarity) == ("number", "higher_is_better")
    first = found["PAM/015"].observations[0]
    assert (first.period.label, first.actual, first.target, first.rag) == (
        "Q1 2024/25",
        231.0,
        220.0,
        "amber",
    )
