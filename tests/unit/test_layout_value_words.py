"""A tracker's first row of progress or status words under a heading row of periods ('On
track', 'Not started', 'Met', 'In progress') is its first data row, not a second heading row:
words count as sub-headings only when they read as headings."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.scorecard.layout.header import _completes
from desktop.scorecard.layout.value_words import status_word
from desktop.scorecard.model import ParsedScorecard
from tests.helpers.layout_sheets import detect_rows

HEADINGS = {
    "quarters": ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25"),
    "quarters spelt out": ("Quarter 1 2024/25", "Quarter 2 2024/25", "Quarter 3 2024/25",
                           "Quarter 4 2024/25"),
    "short years": ("Q1 24/25", "Q2 24/25", "Q3 24/25", "Q4 24/25"),
    "months": ("Apr 2024", "May 2024", "Jun 2024", "Jul 2024"),
    "years": ("2021/22", "2022/23", "2023/24", "2024/25"),
}  # fmt: skip
LABELS = {
    "quarters": ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25"),
    "months": ("Apr 2024", "May 2024", "Jun 2024", "Jul 2024"),
    "years": ("2021/22", "2022/23", "2023/24", "2024/25"),
}
LABELS["quarters spelt out"] = LABELS["short years"] = LABELS["quarters"]
FIRST_ROWS = (
    ("On track", "Not started", "Complete", "Complete"),
    ("Met", "Not met", "Met", "Met"),
    ("In progress", "In progress", "In progress", "Complete"),
    ("On target", "Off target", "On target", "On target"),
    ("On schedule", "On schedule", "Delayed", "Delayed"),
    ("Not started", "Delayed", "On hold", "Delayed"),
)


def _tracker(tmp_path: Path, heads: tuple[str, ...], first: tuple[object, ...]) -> ParsedScorecard:
    return detect_rows(
        tmp_path / "tracker.xlsx",
        [
            ["Corporate plan delivery tracker"],
            [],
            ["Ref", "Action / measure", *heads],
            ["CP1", "Adopt the new Local Plan", *first],
            ["CP2", "Homes insulated under the retrofit scheme", 42, 97, 160, 210],
            [
                "CP3",
                "Open the new leisure centre",
                "In progress",
                "Delayed",
                "Complete",
                "Complete",
            ],
            ["CP4", "Review the waste collection contract", "Not started", "Met", "Met", "Met"],
        ],
    )


def _read(parsed: ParsedScorecard, code: str) -> list[tuple[str, float | None, str | None]]:
    indicator = next(i for i in parsed.indicators if i.code == code)
    return sorted((o.period.label, o.actual, o.actual_text) for o in indicator.observations)


@pytest.mark.parametrize("first", FIRST_ROWS)
@pytest.mark.parametrize("kind", sorted(HEADINGS))
def test_a_first_row_of_progress_words_is_data_not_a_heading(
    tmp_path: Path, kind: str, first: tuple[str, ...]
) -> None:
    parsed = _tracker(tmp_path, HEADINGS[kind], first)
    assert [i.code for i in parsed.indicators] == ["CP1", "CP2", "CP3", "CP4"]
    labels = LABELS[kind]
    assert _read(parsed, "CP1") == sorted(zip(labels, [None] * 4, first, strict=True))
    assert _read(parsed, "CP2") == sorted(
        zip(labels, [42.0, 97.0, 160.0, 210.0], [None] * 4, strict=True)
    )


@pytest.mark.parametrize(
    "sub",
    [("Actual", "Target", "Target met"), ("Act", "Tgt", "Met?"), ("Actual", "Target", "Status")],
)
def test_a_status_heading_among_real_sub_headings_still_heads_its_group(
    tmp_path: Path, sub: tuple[str, str, str]
) -> None:
    rows = [
        ["Ref", "Measure", "Q1 2024/25", None, None, "Q2 2024/25", None, None],
        [None, None, *sub, *sub],
        ["K1", "Calls answered (%)", 81.0, 80, "Met", 78.5, 80, "Not met"],
        ["K2", "Invoices paid in 30 days (%)", 92.0, 95, "Not met", 96.1, 95, "Met"],
        ["K3", "Complaints answered on time (%)", 88.0, 85, "Met", 86.0, 85, "Met"],
    ]
    parsed = detect_rows(tmp_path / "sub.xlsx", rows, merged=["C1:E1", "F1:H1"])
    k1 = next(i for i in parsed.indicators if i.code == "K1")
    assert sorted((o.period.label, o.actual, o.target) for o in k1.observations) == [
        ("Q1 2024/25", 81.0, 80.0),
        ("Q2 2024/25", 78.5, 80.0),
    ]


@pytest.mark.parametrize(
    ("above", "words"),
    [("Q1 2024/25", "On track"), ("Q1 24/25", "Not started"), ("2024/25", "Complete"),
     ("Q3 2024/25", "Delayed"), ("Q1 24/25", "St")],
)  # fmt: skip
def test_words_read_as_a_code_before_a_period_do_not_complete_it(above: str, words: str) -> None:
    assert not _completes(above, words)


@pytest.mark.parametrize(
    ("above", "words"), [("2024", "12 months to Sep"), ("2024", "Year to 31 March")]
)
def test_words_that_make_a_period_with_the_year_above_complete_it(above: str, words: str) -> None:
    assert _completes(above, words)


@pytest.mark.parametrize(
    "word",
    ["On track", "Not started", "In progress", "Complete", "Met", "Not met", "Delayed",
     "On hold", "Off target", "At risk", "Yes", "Green", "Behind schedule", "Not yet due"],
)  # fmt: skip
def test_progress_and_status_words_are_status_words(word: str) -> None:
    assert status_word(word)


@pytest.mark.parametrize("word", ["Actual", "Target", "RAG", "St", "Var", "Tgt", "Comments", ""])
def test_headings_are_no_status_words(word: str) -> None:
    assert not status_word(word)
