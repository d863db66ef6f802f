"""A box counting Green/Amber/Red measures by portfolio is a summary of the table, not indicators."""

from __future__ import annotations

import pytest

from desktop.scorecard.layout.find import detect
from desktop.scorecard.layout.rating_summary import find
from desktop.scorecard.model import ParsedScorecard
from desktop.scorecard.read.grid import CellValue, Sheet, Workbook

TABLE: list[list[CellValue]] = [
    ["Ref", "Indicator", "Q1 2024/25", "Q2 2024/25", "Target", "Status"],
    ["R1", "Invoices paid within 30 days (%)", 95.8, 96.4, 95, "On track"],
    ["R2", "Calls answered (%)", 88.1, 84.9, 85, "At risk"],
    ["C1", "Visits to leisure centres", 214310, 198702, None, "Data only"],
]


def read(rows: list[list[CellValue]]) -> ParsedScorecard:
    return detect(Workbook(path="/tmp/report.xlsx", format="xlsx", sheets=[Sheet("Q2", rows)]))


def figures(parsed: ParsedScorecard) -> dict[str, list[tuple[str, object]]]:
    return {
        i.code or i.name: [(o.period.label, o.actual) for o in i.observations]
        for i in parsed.indicators
    }


EXPECTED = {
    "R1": [("Q1 2024/25", 95.8), ("Q2 2024/25", 96.4)],
    "R2": [("Q1 2024/25", 88.1), ("Q2 2024/25", 84.9)],
    "C1": [("Q1 2024/25", 214310.0), ("Q2 2024/25", 198702.0)],
}

ACROSS: list[list[CellValue]] = [
    ["Service", "On track", "At risk", "Off track", "Not rated", "No. of measures"],
    ["Resources", 1, 1, 0, 0, 2],
    ["Communities", 0, 0, 0, 1, 1],
    ["All services", 1, 1, 0, 1, 3],
]
DOWN: list[list[CellValue]] = [
    ["Status", "Resources", "Communities", "Total"],
    ["Green", 1, 0, 1],
    ["Amber", 1, 0, 1],
    ["Red", 0, 0, 0],
    ["Data only", 0, 1, 1],
    ["Total", 2, 1, 3],
]
LETTERS: list[list[CellValue]] = [
    ["Directorate", "R", "A", "G", "Total"],
    ["Resources", 0, 1, 1, 2],
    ["Communities", 0, 0, 0, 1],
]


COUNTED: list[list[CellValue]] = [
    ["Directorate", "No. of Green", "Amber (within 5%)", "% Red", "Number of measures"],
    ["Resources", 1, 1, 0, 2],
    ["Communities", 0, 0, 0, 1],
]
SUMMARIES = [ACROSS, DOWN, LETTERS, COUNTED]
NAMES = ["across", "down", "letters", "counted"]


@pytest.mark.parametrize("summary", SUMMARIES, ids=NAMES)
def test_a_summary_of_ratings_above_the_table_is_left_out_with_a_warning(
    summary: list[list[CellValue]],
) -> None:
    rows = [["Performance report - Quarter 2 2024/25"], [], *summary, [], [], *TABLE]
    parsed = read(rows)
    assert parsed.review == []
    assert figures(parsed) == EXPECTED
    said = [w for w in parsed.warnings if "summary of ratings" in w]
    assert len(said) == 1
    assert said[0].startswith(f"Q2!A3: rows 3–{2 + len(summary)} ")


@pytest.mark.parametrize("summary", SUMMARIES, ids=NAMES)
def test_a_summary_of_ratings_below_the_table_is_not_read_as_its_rows(
    summary: list[list[CellValue]],
) -> None:
    rows = [["Performance report - Quarter 2 2024/25"], [], *TABLE, [], ["Summary"], *summary]
    parsed = read(rows)
    assert parsed.review == []
    assert figures(parsed) == EXPECTED
    assert any(w.startswith("Q2!A9: rows 9–") for w in parsed.warnings)


def test_figures_above_the_table_that_count_no_ratings_are_still_doubted() -> None:
    other: list[list[CellValue]] = [["Budget (£m)", 12.5, 13.1], ["Spend (£m)", 12.0, 13.4]]
    parsed = read([["Report"], [], *other, [], [], *TABLE])
    assert any("hold figures above" in item.reason for item in parsed.review)


def test_rating_words_over_thresholds_of_one_row_are_not_a_summary() -> None:
    rows: list[list[CellValue]] = [["Red", "Amber", "Green"], ["below 80", "80 to 90", "over 90"]]
    assert find(rows) == []


def test_the_counts_end_at_the_first_row_that_is_not_counts() -> None:
    rows: list[list[CellValue]] = [
        ["Portfolio", "Green", "Amber", "Red", "Total"],
        ["Place", 3, 1, 0, 4],
        ["Housing", 1, 1, 1, 3],
        ["Ref", "Indicator", "Q1", "Q2", "Target"],
    ]
    [summary] = find(rows)
    assert (summary.first, summary.last, summary.turned) == (0, 2, False)
