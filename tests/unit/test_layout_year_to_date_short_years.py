"""A year to date headed with its year in two-digit form ('YTD 24/25 (Apr–Dec)', '24/25 YTD')
beside 'Q1 24/25' .. 'Q3 24/25' is the figure from April, as 'YTD 2024/25' is; a 'YTD target'
beside it is that figure's target alone, not its quarters', and the rating a note says rates
the year to date goes with it. A plain 'Target' still applies to every period of its row, and
a two-digit pair nothing marks as to date stays unread."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.scorecard.model import ParsedScorecard
from desktop.scorecard.parse import periods
from tests.helpers.layout_sheets import detect_rows

YTD = "Apr 2024–Dec 2024"
NOTE = (
    "Year to date (YTD) = 1 April to 31 December 2024. RAG compares the year to date with "
    "the YTD target."
)
Read = dict[tuple[str, str], tuple[float | None, float | None, str | None]]


def _rows(ytd: str, target: str = "YTD target", note: str = NOTE) -> list[list[object]]:
    return [
        ["Fire and Rescue Service – Quarterly Performance Report"],
        [note],
        [],
        ["", "", "2024/25", "", "", "Same quarter last year", "Year to date", "", ""],
        ["Ref", "Measure", "Q1 24/25", "Q2 24/25", "Q3 24/25", "Q3 23/24", ytd, target, "RAG"],
        ["IR02", "Primary fires", 312, 368, 241, 263, 921, 960, "Green"],
        ["IR03", "Accidental dwelling fires", 98, 87, 104, 112, 289, 285, "Amber"],
        ["RS07", "Wholetime fire engine availability (%)", 98.7, 98.1, "n/a", 98.4, None, 98,
         None],
    ]  # fmt: skip


MERGED = ["C4:E4", "G4:H4"]


def _read(parsed: ParsedScorecard) -> Read:
    return {
        (i.code or i.name, o.period.label): (o.actual, o.target, o.rag)
        for i in parsed.indicators
        for o in i.observations
    }


@pytest.mark.parametrize(
    "ytd", ["YTD 24/25 (Apr–Dec)", "YTD 24/25", "24/25 YTD", "Year to date 24-25", "2024/25 YTD"]
)
def test_a_short_year_marked_to_date_is_the_year_from_april(tmp_path: Path, ytd: str) -> None:
    parsed = detect_rows(tmp_path / "fire.xlsx", _rows(ytd), MERGED)
    assert parsed.review == [], [r.line() for r in parsed.review]
    read = _read(parsed)
    assert read[("IR02", YTD)] == (921, 960, "green")
    assert read[("IR03", YTD)] == (289, 285, "amber")
    # the quarters and last year's quarter: no target, no rating
    assert read[("IR02", "Q1 2024/25")] == (312, None, None)
    assert read[("IR02", "Q3 2024/25")] == (241, None, None)
    assert read[("IR03", "Q3 2023/24")] == (112, None, None)


def test_a_row_without_a_year_to_date_takes_no_target_from_its_column(tmp_path: Path) -> None:
    parsed = detect_rows(tmp_path / "fire.xlsx", _rows("YTD 24/25 (Apr–Dec)"), MERGED)
    read = _read(parsed)
    assert ("RS07", YTD) not in read
    assert read[("RS07", "Q1 2024/25")] == (98.7, None, None)
    assert read[("RS07", "Q2 2024/25")] == (98.1, None, None)


def test_a_plain_target_beside_it_still_applies_to_every_period(tmp_path: Path) -> None:
    # 'Target' outside the 'Year to date' band: the row's one target, every period's
    note = "RAG: Green – target met; Amber – within 10%; Red – worse."
    parsed = detect_rows(
        tmp_path / "fire.xlsx", _rows("YTD 24/25 (Apr–Dec)", "Target", note), ["C4:E4"]
    )
    read = _read(parsed)
    assert read[("IR02", YTD)][:2] == (921, 960)
    assert read[("IR02", "Q1 2024/25")] == (312, 960, None)
    assert read[("IR02", "Q3 2023/24")] == (263, 960, None)


@pytest.mark.parametrize(
    ("heading", "label"),
    [("YTD 24/25", "2024/25"), ("24/25 YTD", "2024/25"), ("Year to date 23/24", "2023/24"),
     ("YTD 24/25 (Apr–Dec)", "2024/25"), ("FYTD 24-25", "2024/25")],
)  # fmt: skip
def test_the_heading_names_the_year(heading: str, label: str) -> None:
    found = periods.parse_period_header(heading)
    assert found is not None
    assert found[0].label == label


@pytest.mark.parametrize("heading", ["24/25", "Score 24/25 YTD 23/24", "YTD 24/26", "YTD 124/125"])
def test_a_pair_not_marked_to_date_or_not_one_year_names_no_period(heading: str) -> None:
    assert periods.parse_period_header(heading) is None
