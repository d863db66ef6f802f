"""A long table names each indicator on every row of its periods: what is read once per
name must read every row the same as the first, and a heading written again among them is
still told from the data."""

from __future__ import annotations

from desktop.scorecard.layout.find import detect
from desktop.scorecard.model import ParsedScorecard
from desktop.scorecard.read.grid import CellValue, Sheet, Workbook

HEADING: list[CellValue] = ["Ref", "Indicator", "Quarter", "Value"]


def _read(*rows: list[CellValue]) -> ParsedScorecard:
    sheet = Sheet("Environment", [HEADING, *rows])
    return detect(Workbook(path="/tmp/environment.xlsx", format="xlsx", sheets=[sheet]))


def _series(read: ParsedScorecard) -> dict[str | None, list[tuple[str, float | None]]]:
    return {i.code: [(o.period.label, o.actual) for o in i.observations] for i in read.indicators}


def test_the_heading_written_again_between_an_indicators_rows_is_left_out() -> None:
    read = _read(
        ["W1", "Missed bins per 100,000 collections", "Q1 2024/25", 52.0],
        ["W1", "Missed bins per 100,000 collections", "Q2 2024/25", 61.0],
        ["W2", "Fly-tips cleared within 2 days (%)", "Q1 2024/25", 88.5],
        HEADING,  # a printed page's heading, pasted with the rows
        ["W2", "Fly-tips cleared within 2 days (%)", "Q2 2024/25", 86.2],
        ["W1", "Missed bins per 100,000 collections", "Q3 2024/25", 57.0],
    )
    assert _series(read) == {
        "W1": [("Q1 2024/25", 52.0), ("Q2 2024/25", 61.0), ("Q3 2024/25", 57.0)],
        "W2": [("Q1 2024/25", 88.5), ("Q2 2024/25", 86.2)],
    }
    assert [i.name for i in read.indicators] == [
        "Missed bins per 100,000 collections",
        "Fly-tips cleared within 2 days (%)",
    ]


def test_every_row_of_a_name_is_read_as_the_first_was() -> None:
    rows: list[list[CellValue]] = [
        ["W1", "Missed bins per 100,000 collections", f"Q{q} 2024/25", 50.0 + q]
        for q in range(1, 5)
    ]
    read = _read(*rows, ["W2", "Fly-tips cleared within 2 days (%)", "Q1 2024/25", 88.5])
    assert _series(read) == {
        "W1": [(f"Q{q} 2024/25", 50.0 + q) for q in range(1, 5)],
        "W2": [("Q1 2024/25", 88.5)],
    }
    assert read.review == []


def test_a_code_given_twice_only_late_in_the_table_stays_the_code() -> None:
    read = _read(
        ["W1", "Missed bins per 100,000 collections", "Q1 2024/25", 52.0],
        ["W2", "Missed bins per 100,000 collections", "Q2 2024/25", 61.0],
        ["W3", "Fly-tips cleared within 2 days (%)", "Q1 2024/25", 88.5],
        ["W3", "Fly-tips cleared within 2 days (%)", "Q2 2024/25", 86.2],
    )
    assert sorted(_series(read)) == ["W1", "W2", "W3"]
