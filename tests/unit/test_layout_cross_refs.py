"""A column of national references beside the council's own is a cross-reference, not areas."""

from __future__ import annotations

import pytest

from desktop.scorecard.layout.cross_refs import is_reference
from desktop.scorecard.layout.find import detect
from desktop.scorecard.model import ParsedScorecard
from desktop.scorecard.read.grid import CellValue, Sheet, Workbook

_MEASURES: list[tuple[str, str | None, str, float, float]] = [
    ("HS-1", "PAM/012", "Households prevented from becoming homeless (%)", 52.3, 68.9),
    ("HS-2", None, "Empty homes brought back into use", 41.0, 47.0),
    ("HS-3", "NI 155", "Number of affordable homes delivered", 88.0, 91.0),
    ("HS-4", "PHOF 2.13i", "Physically active adults (%)", 60.1, 61.2),
    ("HS-5", "SALT LTS002a", "Long-term clients reviewed in the year (%)", 52.3, 68.9),
]


def _read(first: str, second: str, *, local_first: bool = True) -> ParsedScorecard:
    rows: list[list[CellValue]] = [["Housing and communities: quarterly measures"], []]
    rows.append([first, second, "Description", "Q1 2025/26", "Q2 2025/26", "Target"])
    for local, national, name, q1, q2 in _MEASURES:
        pair: list[CellValue] = [local, national] if local_first else [national, local]
        rows.append([*pair, name, q1, q2, 70.0])
    book = Workbook(path="/tmp/refs.xlsx", format="xlsx", sheets=[Sheet("Measures", rows)])
    return detect(book)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Local ref", "National ref"),  # a comparator's word in the heading
        ("KPI ID", "National code"),
        ("Code", "National indicator"),
        ("PI", "Statutory ref"),  # both headings name a code
        ("ID", "Reference"),  # the list's ID is the fuller one here
    ],
)
def test_the_reference_on_every_row_is_the_code(first: str, second: str) -> None:
    parsed = _read(first, second)
    assert [i.code for i in parsed.indicators] == ["HS-1", "HS-2", "HS-3", "HS-4", "HS-5"]
    assert parsed.indicators[0].observations[1].actual == 68.9
    assert not parsed.review


def test_the_national_column_first_is_still_not_the_code() -> None:
    parsed = _read("National ref", "Ref", local_first=False)
    assert [i.code for i in parsed.indicators] == ["HS-1", "HS-2", "HS-3", "HS-4", "HS-5"]


def test_a_comparator_of_figures_stays_a_comparator() -> None:
    rows: list[list[CellValue]] = [
        ["Ref", "Measure", "2024/25", "National"],
        ["HS-1", "Households prevented from becoming homeless (%)", 52.3, 55.0],
        ["HS-2", "Empty homes brought back into use (%)", 41.0, 38.5],
    ]
    book = Workbook(path="/tmp/refs.xlsx", format="xlsx", sheets=[Sheet("Measures", rows)])
    parsed = detect(book)
    assert parsed.indicators[0].observations[0].comparators == {"National": 55.0}


@pytest.mark.parametrize(
    "text", ["ASCOF 1C(2a)", "ASCOF 2B (1)", "PAM/012", "NI 135", "SALT LTS002a", "CHR 1.2"]
)
def test_references_read_as_references(text: str) -> None:
    assert is_reference(text)


@pytest.mark.parametrize("text", ["Bolton", "North West", "Ward 12", "12.5", "E08000001"])
def test_areas_and_figures_are_not_references(text: str) -> None:
    assert not is_reference(text)
