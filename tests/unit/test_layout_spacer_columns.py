"""A blank spacer column between labels and values, or between a table's names and its
figures, reads as if it were not there."""

from __future__ import annotations

from desktop.scorecard.layout.find import detect
from desktop.scorecard.model import ParsedScorecard
from desktop.scorecard.read.grid import CellValue, Sheet, Workbook


def _read(rows: list[list[CellValue]]) -> ParsedScorecard:
    return detect(Workbook(path="/tmp/spacer.xlsx", format="xlsx", sheets=[Sheet("S", rows)]))


def _reading(parsed: ParsedScorecard) -> dict[str, list[tuple[object, ...]]]:
    return {
        f"{i.code} {i.name}": [(o.period.label, o.actual, o.target, o.rag) for o in i.observations]
        for i in parsed.indicators
    }


def _spaced(rows: list[list[CellValue]], after: int) -> list[list[CellValue]]:
    return [[*row[: after + 1], None, *row[after + 1 :]] for row in rows]


FORMS: list[list[CellValue]] = [
    ["Measure", "Calls answered within 60 seconds (%)"],
    ["Ref", "CS1"],
    ["Quarter 1 2024/25", 71.0],
    ["Quarter 2 2024/25", 68.5],
    ["Target", 80],
    ["Status", "Off track"],
    [],
    ["Measure", "Complaints answered in time (%)"],
    ["Ref", "CS2"],
    ["Quarter 1 2024/25", 88.0],
    ["Quarter 2 2024/25", 91.0],
    ["Target", 90],
    ["Status", "On track"],
]


def test_forms_with_a_spacer_between_label_and_value_read_as_without() -> None:
    plain = _reading(_read(FORMS))
    assert len(plain) == 2
    assert _reading(_read(_spaced(FORMS, 0))) == plain


SIDE_BY_SIDE: list[list[CellValue]] = [
    ["Last year", None, None, None, None, None, "This year"],
    ["Ref", "Indicator", "Q1 2023/24", "Q2 2023/24", None, "Ref", "Indicator", "Q1 2024/25"],
    ["H1", "Homes let in 28 days (%)", 58.0, 61.0, None, "H2", "Repairs on time (%)", 85.4],
    ["H2", "Repairs on time (%)", 82.0, 84.0, None, "H1", "Homes let in 28 days (%)", 57.3],
]


def test_side_by_side_tables_with_a_spacer_inside_the_first_are_still_two_tables() -> None:
    plain = _read(SIDE_BY_SIDE)
    spaced = _read(_spaced(SIDE_BY_SIDE, 1))  # between the first table's names and figures
    assert not plain.review and not spaced.review, spaced.review
    assert _reading(spaced) == _reading(plain)
    assert _reading(plain)["H1 Homes let in 28 days (%)"] == [
        ("Q1 2023/24", 58.0, None, None),
        ("Q2 2023/24", 61.0, None, None),
        ("Q1 2024/25", 57.3, None, None),
    ]
