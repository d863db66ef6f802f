"""Figures typed as text ('1,234', '45%', '£12,345') read as the same figures typed as numbers:
the table is found, its rows and codes read, its headings told from its data."""

from __future__ import annotations

import pytest

from desktop.scorecard.layout.find import detect
from desktop.scorecard.model import ParsedScorecard
from desktop.scorecard.parse import cells
from desktop.scorecard.read.grid import CellValue, Sheet, Workbook


def _read(rows: list[list[CellValue]]) -> ParsedScorecard:
    book = Workbook(path="/tmp/typed.xlsx", format="xlsx", sheets=[Sheet("Data", rows)])
    return detect(book)


def _as_text(rows: list[list[CellValue]]) -> list[list[CellValue]]:
    return [[f"{v:,}" if isinstance(v, int | float) else v for v in row] for row in rows]


def _reading(
    parsed: ParsedScorecard,
) -> dict[tuple[str | None, str], list[tuple[str, float | None]]]:
    return {
        (i.code, i.name): [(o.period.label, o.actual) for o in i.observations]
        for i in parsed.indicators
    }


@pytest.mark.parametrize(
    ("text", "figure"),
    [("1,234", True), ("45%", True), ("£12,345", True), ("-3.5", True), ("12.5 days", True),
     ("(1,234)", True), ("2021/22", False), ("2022/23 Actual", False), ("3 of 5", False),
     ("Q1", False), ("HSG01 - Rent", False), ("n/a", False), ("", False)],
)  # fmt: skip
def test_what_counts_as_a_figure(text: str, figure: bool) -> None:
    assert cells.is_figure(text) is figure


TITLED: list[list[CellValue]] = [
    ["Year", "Outturn", "Target", "Status"],
    ["RB01 - Rent collected as a percentage of rent due", None, None, None],
    ["2022/23", 98.3, 98, "Green"],
    ["2023/24", 98.6, 98.5, "Green"],
    ["RB02 - Average days to re-let empty homes", None, None, None],
    ["2022/23", 33, 30, "Amber"],
    ["2023/24", 27.5, 28, "Green"],
]
LONG: list[list[CellValue]] = [
    ["KPI_ID", "KPI_Name", "Year", "Quarter", "Measure_Type", "Value"],
    ["K1", "Average days to relet local authority housing", "2024/25", "Q1", "Actual", 34],
    ["K1", "Average days to relet local authority housing", "2024/25", "Q2", "Actual", 29],
    ["K2", "Households in temporary accommodation", "2024/25", "Q1", "Actual", 1234],
    ["K2", "Households in temporary accommodation", "2024/25", "Q2", "Actual", 1310],
]
STEPPED: list[list[CellValue]] = [
    ["Year", "Households owed a relief duty", "Households in bed and breakfast"],
    ["2022/23", 452, 135],
    ["    Quarter 3", 212, 64],
    ["    Quarter 4", 240, 71],
    ["2023/24", 423, 124],
    ["    Quarter 1", 198, 58],
    ["    Quarter 2", 225, 66],
]


@pytest.mark.parametrize("rows", [TITLED, LONG, STEPPED], ids=["titled", "long", "stepped"])
def test_a_table_of_figures_typed_as_text_reads_as_the_same_table_of_numbers(
    rows: list[list[CellValue]],
) -> None:
    typed = _read(rows)
    texted = _read(_as_text(rows))
    assert not typed.review and not texted.review, (typed.review, texted.review)
    assert _reading(texted) == _reading(typed)
    assert _reading(typed)  # something was read
