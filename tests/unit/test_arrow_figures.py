"""A figure typed with a direction arrow after it ('61 ▲', '83.5% ► Amber'): the figure is
the number, the arrow its direction of travel, and a rating word after the arrow its rating."""

from __future__ import annotations

import pytest

from desktop.scorecard.layout.find import detect
from desktop.scorecard.model import ParsedScorecard
from desktop.scorecard.parse import arrow_figures
from desktop.scorecard.read.grid import CellValue, Sheet, Workbook


@pytest.mark.parametrize(
    ("text", "left", "arrow"),
    [
        ("61 ▲", "61", "▲"),
        ("19.2 ▼", "19.2", "▼"),
        ("83.5% ► Amber", "83.5% Amber", "►"),
        ("224,910 ▲ Green", "224,910 Green", "▲"),
        ("12 days ↑", "12 days", "↑"),
        ("40◄►", "40", "◄►"),
    ],
)
def test_the_arrow_after_a_figure_is_split_off(text: str, left: str, arrow: str) -> None:
    found = arrow_figures.split(text)
    assert found is not None
    assert (found.text, found.arrow) == (left, arrow)


@pytest.mark.parametrize(
    "text", ["▲ 3.2 pts", "Up ▲", "5 = 5", "Not available", "45 ▲ see note 3", "Q2 ▲"]
)
def test_anything_else_is_left_as_it_is(text: str) -> None:
    assert arrow_figures.split(text) is None
    assert arrow_figures.without_arrow(text) == text


def _read(rows: list[list[CellValue]]) -> ParsedScorecard:
    book = Workbook(path="/tmp/arrows.xlsx", format="xlsx", sheets=[Sheet("Data", rows)])
    return detect(book)


def test_figures_with_arrows_and_rating_words_are_read_as_figure_trend_and_rating() -> None:
    parsed = _read(
        [
            ["Ref", "Measure", "Q1 2024/25", "Q2 2024/25", "Target 2024/25"],
            ["SC01", "Households prevented from becoming homeless", "61 ▲", "67 ▲ Green", 60],
            ["SC03", "Cases resolved within 28 days (%)", "83.5% ▲", "83.5% ► Amber", 85],
            ["CG03", "Missed bins per 100,000 collections", "58.4 ▼", "71.0 ▲ Red", 60],
            ["EC03", "Invoices paid within 30 days (%)", 96.2, 94.8, 95],
        ]
    )
    assert parsed.review == []
    read = {
        i.code: [(o.actual, o.rag, o.direction_text) for o in i.observations]
        for i in parsed.indicators
    }
    assert read == {
        "SC01": [(61.0, None, "▲"), (67.0, "green", "▲")],
        "SC03": [(83.5, None, "▲"), (83.5, "amber", "►")],
        "CG03": [(58.4, None, "▼"), (71.0, "red", "▲")],
        "EC03": [(96.2, None, None), (94.8, None, None)],
    }
