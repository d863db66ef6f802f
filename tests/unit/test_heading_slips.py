"""A heading word typed with one slip ('Tagret', 'Acutal', 'Comentary') is read as the one
heading word of five or more letters it was meant to be, when the cells under it agree; a
slip that could be two words, a short word or a real word is left as typed, and a slip whose
cells do not agree is held for review naming its heading cell."""

from __future__ import annotations

import pytest

from desktop.scorecard import vocabulary
from desktop.scorecard.layout import heading_slips
from desktop.scorecard.layout.find import detect
from desktop.scorecard.model import ParsedScorecard
from desktop.scorecard.read.grid import CellValue, Sheet, Workbook


def _read(rows: list[list[CellValue]]) -> ParsedScorecard:
    sheet = Sheet("KPIs", rows)
    return detect(Workbook(path="/tmp/slips.xlsx", format="xlsx", sheets=[sheet]), explaining=True)


def _observations(
    parsed: ParsedScorecard,
) -> dict[str, list[tuple[str, float | None, float | None]]]:
    return {
        i.name: [(o.period.label, o.actual, o.target) for o in i.observations]
        for i in parsed.indicators
    }


@pytest.mark.parametrize(
    ("typed", "word"),
    [
        ("tagret", "target"),  # two letters swapped
        ("acutal", "actual"),
        ("perfomance", "performance"),  # a letter dropped
        ("perfromance", "performance"),
        ("comentary", "commentary"),
        ("polarty", "polarity"),
        ("staus", "status"),
        ("commmentary", "commentary"),  # a letter typed twice
        ("commantary", "commentary"),  # a letter changed
    ],
)
def test_a_word_one_slip_from_one_heading_word_is_read_as_it(typed: str, word: str) -> None:
    assert heading_slips.meant(typed) == word


@pytest.mark.parametrize(
    "typed",
    [
        "directon",  # 'direction' or 'director': which was meant is a guess
        "targed",  # Welsh for target: a word of its own
        "charge",  # a real word, not 'change'
        "targets",  # a plural, not a slip
        "ret",  # too short to say
        "rag",
        "notes",
    ],
)
def test_a_known_short_or_two_way_word_is_left_as_typed(typed: str) -> None:
    assert heading_slips.meant(typed) is None


def test_no_heading_word_is_read_as_another() -> None:
    """Heading words a letter apart ('actual' | 'actuals', 'humber' | 'number') are each a
    word of their own: none is ever taken for a slip of the other."""
    assert all(heading_slips.meant(w) is None for w in heading_slips.HEADING_WORDS)
    close = {
        (a, b)
        for a in heading_slips.HEADING_WORDS
        for b in heading_slips.HEADING_WORDS
        if a < b and heading_slips.one_slip(a, b)
    }
    for a, b in close:  # a slip a letter from both is not put right
        for typed in (a + "x", "x" + a):
            if heading_slips.one_slip(typed, b):
                assert heading_slips.meant(typed) is None


def test_no_word_the_vocabulary_writes_is_read_as_a_slip() -> None:
    words = heading_slips._known_words()
    assert {"targed", "statws", "ffigwr", "humber", "chwarter"} <= words
    assert not [w for w in words if heading_slips.meant(w) is not None]


def test_only_heading_words_of_five_letters_or_more_are_meant() -> None:
    assert min(map(len, heading_slips.HEADING_WORDS)) >= vocabulary.SLIP_WORD_MIN
    assert heading_slips.meant("reff") is None  # 'ref' is too short to be meant


def test_mended_puts_right_each_slip_and_keeps_the_rest() -> None:
    assert heading_slips.mended("Tagret 2024/25") == ("Target 2024/25", (("Tagret", "Target"),))
    assert heading_slips.mended("Q3 Perfromance") == (
        "Q3 Performance",
        (("Perfromance", "Performance"),),
    )
    assert heading_slips.mended("Target 2024/25") is None


def test_agreeing_cells() -> None:
    assert heading_slips.weigh("actual", [1.0, 2.5, "n/a", None, "45%"]) == "agree"
    assert heading_slips.weigh("actual", ["Housing", "Waste", 3.0]) == "some"
    assert heading_slips.weigh("rag", ["G", "A", "R", None]) == "agree"
    assert heading_slips.weigh("rag", [1.0, 2.0]) == "none"
    assert heading_slips.weigh("commentary", ["Two vacancies.", "On track."]) == "agree"
    assert heading_slips.weigh("commentary", [1.0, 2.0]) == "none"
    assert heading_slips.weigh("polarity", ["High", "Low", "High"]) == "agree"
    assert heading_slips.weigh("ignore", ["x", "y"]) == "none"


_HEADINGS: list[CellValue] = ["Ref", "Indicator", "Q1 2024/25 Acutal", "Tagret 2024/25", "RAG"]


def test_slipped_headings_over_agreeing_cells_are_read_and_explained() -> None:
    rows: list[list[CellValue]] = [
        _HEADINGS,
        ["H1", "Homes let within 28 days (%)", 81.0, 85.0, "A"],
        ["H2", "Rent collected (%)", 97.2, 96.0, "G"],
        ["H3", "Average days to re-let", 31.0, 28.0, "R"],
    ]
    parsed = _read(rows)
    assert not parsed.review, parsed.review
    assert _observations(parsed)["Homes let within 28 days (%)"] == [("Q1 2024/25", 81.0, 85.0)]
    explained = "\n".join(parsed.explain)
    assert "heading 'Acutal' read as 'Actual'" in explained
    assert "heading 'Tagret' read as 'Target'" in explained


def test_a_slipped_heading_over_cells_that_disagree_is_held_naming_its_cell() -> None:
    rows: list[list[CellValue]] = [
        ["Ref", "Indicator", "Q1 2024/25", "Tagret 2024/25", "RAG"],
        ["H1", "Homes let within 28 days (%)", 81.0, "Housing", "A"],
        ["H2", "Rent collected (%)", 97.2, 98.0, "G"],
        ["H3", "Average days to re-let", 31.0, "Housing", "R"],
        ["H4", "Tenancies sustained (%)", 92.0, "Tenancy", "G"],
    ]
    parsed = _read(rows)
    assert any(r.line().startswith("KPIs!D1:") for r in parsed.review), parsed.review
    assert all(o.target is None for i in parsed.indicators for o in i.observations)


def test_a_real_word_one_letter_from_a_heading_word_over_cells_that_fit_nothing_is_left_unread() -> (
    None
):
    # 'Scope' is one letter from 'Score', but no cell under it is a figure: it is the word
    # it is, left unread as any unknown heading, and the file is not held over it
    rows: list[list[CellValue]] = [
        ["Ref", "Indicator", "Scope", "Q1 2024/25", "Target 2024/25", "RAG"],
        ["H1", "Homes let within 28 days (%)", "Council homes", 81.0, 85.0, "A"],
        ["H2", "Rent collected (%)", "All tenancies", 97.2, 98.0, "G"],
        ["H3", "Average days to re-let", "General needs", 31.0, 28.0, "R"],
    ]
    parsed = _read(rows)
    assert not parsed.review, parsed.review
    assert [o.actual for i in parsed.indicators for o in i.observations] == [81.0, 97.2, 31.0]
