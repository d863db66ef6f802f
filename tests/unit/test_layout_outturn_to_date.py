"""A bare to-date heading up to a quarter ('YTD (Q2)', 'Q2 YTD') after whole-year outturn
columns is never a part of a year whose outturn stands beside it: the title's current year
places it, and with none it is held for review naming its heading cell."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.scorecard.layout.outturn_to_date import bare_to_date
from desktop.scorecard.model import ParsedScorecard
from tests.helpers.layout_sheets import detect_rows


def _sheet(tmp_path: Path, title: str, ytd: str) -> ParsedScorecard:
    return detect_rows(
        tmp_path / "ytd.xlsx",
        [
            [title],
            ["Ref", "Indicator", "2022/23", "2023/24", ytd, "Target", "RAG"],
            ["C1", "Missed bins", 120, 110, 60, 100, "Green"],
            ["C2", "Fly tipping incidents", 50, 45, 20, 40, "Red"],
        ],
    )


def _read(parsed: ParsedScorecard, code: str) -> dict[str, float | None]:
    indicator = next(i for i in parsed.indicators if i.code == code)
    return {o.period.label: o.actual for o in indicator.observations}


HEADINGS = ["YTD (Q2)", "YTD Q2", "Year to date (Q2)", "YTD to Q2", "Q2 YTD"]


@pytest.mark.parametrize("ytd", HEADINGS)
@pytest.mark.parametrize("title", ["Performance report", "Performance report 2023/24"])
def test_a_bare_to_date_after_the_outturns_is_held_at_its_cell(
    tmp_path: Path, ytd: str, title: str
) -> None:
    parsed = _sheet(tmp_path, title, ytd)
    assert [r.cell for r in parsed.review] == ["E2"], parsed.review
    assert "no year" in parsed.review[0].reason
    assert 60 not in _read(parsed, "C1").values()


@pytest.mark.parametrize("ytd", HEADINGS)
def test_the_title_s_current_year_places_it(tmp_path: Path, ytd: str) -> None:
    parsed = _sheet(tmp_path, "Quarter 2 2024/25 performance report", ytd)
    assert not parsed.review
    assert _read(parsed, "C1") == {"2022/23": 120, "2023/24": 110, "H1 2024/25": 60}


@pytest.mark.parametrize(
    ("heading", "bare"),
    [("YTD (Q2)", True), ("Year to date (Sep)", True), ("YTD", False), ("YTD Q2 2024/25", False),
     ("Q2", False), ("2024/25 YTD (Q2)", False)],
)  # fmt: skip
def test_what_counts_as_a_bare_to_date_heading(heading: str, bare: bool) -> None:
    assert bare_to_date(heading) is bare
