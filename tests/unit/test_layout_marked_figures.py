"""A quarter's own figure beside its figure to date, both dated by the title ('In quarter
actual' | 'Year to date actual' under 'Quarter 3 2024/25'): each marked target goes with its
figure, an annual target beside them with neither, and the rating with the figure the
marked targets or a note name (held for review where nothing says which)."""

from __future__ import annotations

from pathlib import Path

from desktop.scorecard.layout import marked_figures
from desktop.scorecard.model import ParsedScorecard
from tests.helpers.layout_sheets import detect_rows

Seen = dict[tuple[str, str], tuple[float | None, float | None, str | None]]

_HEADS = [
    "Ref",
    "Measure",
    "In quarter target",
    "In quarter actual",
    "Year to date target",
    "Year to date actual",
    "Annual target",
    "RAG",
]
_ROWS = [
    ["ER01", "Business grants awarded", 15, 18, 45, 49, 60, "Green"],
    ["ER02", "Jobs created through business support", 40, 31, 120, 104, 160, "Red"],
    ["HS03", "Households in temporary accommodation", 45, 52, None, None, 45, "Red"],
]
_NOTE = "RAG compares the year to date actual with the year to date target."


def _read(parsed: ParsedScorecard) -> Seen:
    return {
        (i.code or i.name, o.period.label): (o.actual, o.target, o.rag)
        for i in parsed.indicators
        for o in i.observations
    }


def test_each_marked_target_goes_with_its_figure_and_the_noted_rating_with_the_year_to_date(
    tmp_path: Path,
) -> None:
    parsed = detect_rows(
        tmp_path / "wide.xlsx",
        [["Performance report – Quarter 3 2024/25"], [], _HEADS, *_ROWS, [], [_NOTE]],
    )
    assert _read(parsed) == {
        ("ER01", "Q3 2024/25"): (18, 15, None),
        ("ER01", "Apr 2024–Dec 2024"): (49, 45, "green"),
        ("ER02", "Q3 2024/25"): (31, 40, None),
        ("ER02", "Apr 2024–Dec 2024"): (104, 120, "red"),
        # a snapshot with no year to date: its rating rates the quarter's figure
        ("HS03", "Q3 2024/25"): (52, 45, "red"),
    }
    assert parsed.review == []


def test_a_rating_beside_targets_of_both_figures_with_no_note_is_held(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "wide.xlsx",
        [["Performance report – Quarter 3 2024/25"], [], _HEADS, *_ROWS],
    )
    assert [r.cell for r in parsed.review] == ["H3"]
    assert "may rate the figure under 'In quarter actual'" in parsed.review[0].reason
    assert all(rag is None for _, _, rag in _read(parsed).values())


def test_a_rating_beside_a_target_to_date_alone_rates_the_year_to_date(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "wide.xlsx",
        [
            ["Performance report – Quarter 2 2024/25"],
            [],
            ["Ref", "Measure", "In quarter", "Year to date", "YTD target", "Status"],
            ["HB1", "Days to process new claims", 17.5, 18.6, 20, "Green"],
        ],
    )
    assert _read(parsed) == {
        ("HB1", "Q2 2024/25"): (17.5, None, None),
        ("HB1", "H1 2024/25"): (18.6, 20, "green"),
    }


def test_which_figure_a_heading_marks() -> None:
    assert marked_figures.mark("Year to date target") == "to_date"
    assert marked_figures.mark("Cumulative RAG") == "to_date"
    assert marked_figures.mark("In quarter target") == "own"
    assert marked_figures.mark("Annual target") is None
