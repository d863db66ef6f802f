"""A rating marked by an X in one of the columns headed 'R' | 'A' | 'G': one rating column."""

from __future__ import annotations

from desktop.scorecard.layout.find import detect
from desktop.scorecard.model import ParsedScorecard
from desktop.scorecard.read.grid import CellStyle, CellValue, Sheet, Workbook

_HEAD = ["Ref", "Measure", "Q2 2024/25", "Target 2024/25"]


def _read(
    heading: list[CellValue],
    *rows: list[CellValue],
    styles: dict[tuple[int, int], CellStyle] | None = None,
) -> ParsedScorecard:
    sheet = Sheet("Appendix 1", [heading, *rows], styles=styles or {})
    return detect(Workbook(path="/tmp/appendix.xlsx", format="xlsx", sheets=[sheet]))


def _rags(read: ParsedScorecard) -> dict[str, object]:
    return {i.code or i.name: [o.rag for o in i.observations] for i in read.indicators}


def test_the_marked_columns_heading_is_the_rating() -> None:
    read = _read(
        [*_HEAD, "R", "A", "G", "Commentary"],
        ["E1", "School attendance (%)", 94.1, 95.0, None, "X", None, "Winter illness"],
        ["E2", "Exclusions (days lost)", 38.6, 30.0, "x", None, None, None],
        ["E3", "NEET at 16 (%)", 1.6, 2.0, None, None, "\u2713", None],
        ["E4", "Free school meals take-up (%)", 86.3, None, None, None, None, "Monitoring"],
        ["E5", "Planning within 8 weeks (%)", 75.2, 80.0, "Yes", None, None, None],
    )
    assert read.review == [], [r.line() for r in read.review]
    assert _rags(read) == {
        "E1": ["amber"],
        "E2": ["red"],
        "E3": ["green"],
        "E4": [None],
        "E5": ["red"],
    }
    assert not any("not recognised" in w for w in read.warnings), read.warnings


def test_rating_words_as_headings_and_a_filled_cell_as_the_mark() -> None:
    shade = CellStyle(fill="808080")
    section = CellStyle(fill="D9E1F2")
    read = _read(
        [*_HEAD, "Off track", "At risk", "On track"],
        ["Housing"],
        ["H1", "Homes let within 28 days (%)", 91.0, 90.0],
        ["H2", "Rent collected (%)", 96.0, 98.0],
        ["H3", "Repairs on time (%)", 80.0, 95.0],
        styles={
            (1, 4): section,
            (1, 5): section,
            (1, 6): section,
            (2, 6): shade,
            (3, 5): shade,
            (4, 4): shade,
        },
    )
    assert read.review == [], [r.line() for r in read.review]
    assert _rags(read) == {"H1": ["green"], "H2": ["amber"], "H3": ["red"]}


def test_two_marks_in_a_row_are_asked_about_at_the_second() -> None:
    read = _read(
        [*_HEAD, "R", "A", "G"],
        ["E1", "School attendance (%)", 94.1, 95.0, None, "X", None],
        ["E2", "Exclusions (days lost)", 38.6, 30.0, "X", None, "X"],
        ["E3", "NEET at 16 (%)", 1.6, 2.0, None, None, "X"],
    )
    assert [(r.sheet, r.cell) for r in read.review] == [("Appendix 1", "G3")]
    assert "more than one" in read.review[0].reason


def test_a_cell_that_is_not_a_mark_is_asked_about_at_its_cell() -> None:
    read = _read(
        [*_HEAD, "R", "A", "G"],
        ["E1", "School attendance (%)", 94.1, 95.0, None, "X", None],
        ["E2", "Exclusions (days lost)", 38.6, 30.0, None, "?", None],
        ["E3", "NEET at 16 (%)", 1.6, 2.0, None, None, "X"],
        ["E4", "Free school meals take-up (%)", 86.3, 80.0, "X", None, None],
    )
    assert [r.cell for r in read.review] == ["F3"]
    assert "not a mark" in read.review[0].reason


def test_counts_under_rating_headings_are_no_marks() -> None:
    read = _read(
        ["Ref", "Measure", "Q2 2024/25", "Target 2024/25", "Red", "Amber", "Green"],
        ["E1", "School attendance (%)", 94.1, 95.0, 3.0, 4.0, 9.0],
        ["E2", "Exclusions (days lost)", 38.6, 30.0, 1.0, 0.0, 2.0],
    )
    assert not any("mark" in r.reason for r in read.review)
