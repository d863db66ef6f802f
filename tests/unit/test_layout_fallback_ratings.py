"""The one rating column headed with the table's latest quarter ('RAG (Q3)'): where a line
of the sheet says the rating falls back to the latest figure there is, a row whose Q3 is not
in has its rating on Q2; with nothing saying so, the rating keeps its quarter."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.scorecard.model import ParsedScorecard
from tests.helpers.layout_sheets import detect_rows

FALLS_BACK = [
    "Where the Q3 figure is not yet available the RAG is based on Q2.",
    "RAG compares the Q3 position (or latest available) with the 2024/25 target.",
    "RAG compares the latest quarter reported with the target.",
]


def _rows(note: str, rag_heading: str) -> list[list[object]]:
    return [
        ["Key Performance Indicators 2024/25 – Quarter 3"],
        [],
        ["Ref", "Indicator", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Target 2024/25",
         rag_heading],
        ["PL01", "Household waste recycled (%)", 53.8, 55.1, 49.6, 52, "A"],
        ["PL05", "Building regulation applications decided in time (%)", 97.1, 98.4, None, 95,
         "G"],
        ["CM05", "Library issues", 81204, 84590, "n/a", 80000, None],
        [],
        [note],
    ]  # fmt: skip


def _ratings(parsed: ParsedScorecard) -> dict[tuple[str, str], str | None]:
    return {
        (i.code or i.name, o.period.label): o.rag
        for i in parsed.indicators
        for o in i.observations
        if o.rag is not None
    }


@pytest.mark.parametrize("note", FALLS_BACK)
@pytest.mark.parametrize("rag_heading", ["RAG (Q3)", "RAG Q3", "Q3 RAG"])
def test_a_rating_of_a_quarter_not_in_rates_the_latest_figure_where_the_sheet_says_so(
    tmp_path: Path, note: str, rag_heading: str
) -> None:
    parsed = detect_rows(tmp_path / "kpis.xlsx", _rows(note, rag_heading))
    assert parsed.review == []
    assert _ratings(parsed) == {
        ("PL01", "Q3 2024/25"): "amber",
        ("PL05", "Q2 2024/25"): "green",
    }


def test_with_nothing_saying_so_the_rating_keeps_its_quarter(tmp_path: Path) -> None:
    rows = _rows("G: on or better than target; A: within 10%; R: more than 10% away.", "RAG (Q3)")
    parsed = detect_rows(tmp_path / "kpis.xlsx", rows)
    assert ("PL05", "Q2 2024/25") not in _ratings(parsed)
    assert _ratings(parsed)[("PL01", "Q3 2024/25")] == "amber"


def test_a_rating_kept_on_its_quarter_with_no_figure_there_is_said_not_lost_unseen(
    tmp_path: Path,
) -> None:
    rows = _rows("G: on or better than target; A: within 10%; R: more than 10% away.", "RAG (Q3)")
    parsed = detect_rows(tmp_path / "kpis.xlsx", rows)
    said = [w for w in parsed.warnings if "rates Q3 2024/25" in w]
    assert said == [
        "Scorecard!G5: 'G' rates Q3 2024/25, for which the row gives no figure — the rating is "
        "not imported"
    ]
