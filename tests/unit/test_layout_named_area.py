"""A table of many areas is refused without --area (the contract); the refusal names the
council its own lines above name, when they name one, so that the user can choose it."""

from __future__ import annotations

import pytest

from desktop.scorecard.layout.find import detect
from desktop.scorecard.model import ParsedScorecard, ScorecardError
from desktop.scorecard.read.grid import CellValue, Sheet, Workbook

HEADING: list[CellValue] = ["Area code", "Area name", "Indicator", "Period", "Value"]
AREAS = (
    ("E08000001", "Bolton", 38.0),
    ("E08000002", "Bury", 49.6),
    ("E92000001", "England", 41.7),
    ("E12000002", "North West", 42.7),
    ("E08000004", "Oldham", 35.2),
)


def _rows(
    lines: list[list[CellValue]], areas: tuple[tuple[str, str, float], ...] = AREAS
) -> list[list[CellValue]]:
    rows = [*lines, [], HEADING]
    for code, name, value in areas:
        rows.append([code, name, "Household waste recycled (%)", "2022/23", value])
    rows += [[], ["Source:", "LG Inform; Defra waste statistics"]]
    return rows


def _parsed(lines: list[list[CellValue]], **options: object) -> ParsedScorecard:
    sheet = Sheet("extract", _rows(lines))
    book = Workbook(path="/tmp/extract.csv", format="csv", sheets=[sheet])
    return detect(book, **options)  # type: ignore[arg-type]


def _read(parsed: ParsedScorecard) -> tuple[float | None, dict[str, float]]:
    (indicator,) = parsed.indicators
    (observation,) = indicator.observations
    return observation.actual, observation.comparators


def _refusal(lines: list[list[CellValue]]) -> str:
    with pytest.raises(ScorecardError) as refused:
        _parsed(lines)
    message = str(refused.value)
    assert "holds 3 areas (Bolton, Bury, Oldham)" in message  # not the 'Source:' line
    assert message.endswith("choose one with --area NAME")
    return message


def test_a_many_area_file_is_refused_without_area_even_when_its_lines_name_the_council() -> None:
    message = _refusal(
        [
            ["Report:", "Oldham in context – corporate indicators with comparators"],
            ["Comparators:", "England; North West; neighbours (Bolton, Bury)"],
        ]
    )
    assert "extract!B1 names Oldham as the council" in message


def test_the_council_named_is_read_with_area_and_the_others_compared() -> None:
    parsed = _parsed([["Report:", "Oldham in context"]], area="Oldham")
    assert parsed.review == []
    assert _read(parsed) == (35.2, {"England": 41.7, "Regional": 42.7})
    assert parsed.area == "Oldham"


@pytest.mark.parametrize(
    "lines",
    [
        [["Prepared by: Bury Council, Performance and Intelligence"]],
        [["Local authority:", "Bury"]],
        [["Area: Bury (E08000002)"]],
        [["Bury compared with its statistical neighbours and England"]],
        [["Benchmarking report for Bury"], ["Prepared for Cabinet, March 2025"]],
        [["Extract for E08000002, with comparators"]],
        [["BURY METROPOLITAN BOROUGH COUNCIL"], ["Key: [x] not available"]],
    ],
)
def test_the_refusal_names_the_council_however_the_lines_name_it(
    lines: list[list[CellValue]],
) -> None:
    assert "names Bury as the council" in _refusal(lines)


@pytest.mark.parametrize(
    "lines",
    [
        [["Household waste indicators, 2022/23"]],
        [["Comparators:", "Bolton, Bury, Oldham"]],
        [["Areas: Bolton, Bury, Oldham, England"]],  # a list of the areas, none singled out
        [["Contact: Jane Bury, Performance team"]],  # a person's name
        [["Greater Manchester benchmarking against England"]],
        [["Recycling compared with Bolton and Bury"]],
        [["Area:", "All Greater Manchester councils"]],
    ],
)
def test_no_line_naming_the_council_leaves_the_choice_to_the_user(
    lines: list[list[CellValue]],
) -> None:
    message = _refusal(lines)
    assert "no line above its table names one as the council" in message


def test_two_councils_named_are_both_named_in_the_refusal() -> None:
    message = _refusal([["Report:", "Oldham in context"], ["Prepared by:", "Bolton Council"]])
    assert "extract!B1 names Oldham as the council and B2 names Bolton" in message


def test_a_council_named_without_rows_in_the_table_is_refused_naming_the_cell() -> None:
    message = _refusal([["Prepared by:", "Wigan Council"]])
    assert "extract!B1" in message and "Wigan" in message and "no rows for it" in message


def test_the_area_given_on_the_command_line_wins() -> None:
    parsed = _parsed([["Report:", "Oldham in context"]], area="Bolton")
    assert parsed.review == []
    assert _read(parsed)[0] == 38.0


def test_names_written_the_ons_way_match_the_councils_own() -> None:
    areas = (("E06000023", "Bristol, City of", 44.9), ("E06000022", "Bath and North East "
             "Somerset", 59.1), ("E92000001", "England", 41.7))  # fmt: skip
    sheet = Sheet("extract", _rows([["Bristol City Council – key indicators"]], areas))
    book = Workbook(path="/tmp/extract.csv", format="csv", sheets=[sheet])
    with pytest.raises(ScorecardError, match="names Bristol, City of as the council"):
        detect(book)
    parsed = detect(book, area="Bristol, City of")
    assert parsed.review == []
    assert _read(parsed)[0] == 44.9
