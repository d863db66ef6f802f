"""A new indicator with a code and a name but no figures or target yet: its words are kept as
the periods' text, its target words mean no target, and any other target word is asked about."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.scorecard.model import ParsedScorecard
from tests.helpers.layout_sheets import detect_rows


def _read(tmp_path: Path, outturn: object, quarter: object, target: object) -> ParsedScorecard:
    return detect_rows(
        tmp_path / "new.xlsx",
        [
            ["Council Plan scorecard, Quarter 2 2024/25"],
            ["Ref", "Indicator", "2023/24 outturn", "Q1 2024/25", "Q2 2024/25",
             "Target 2024/25", "Q2 RAG"],
            ["CP1", "Assessments completed in 45 days (%)", 87.2, 84.5, 89.1, 90, "A"],
            ["CP2", "Carers who feel supported (%)", outturn, quarter, quarter, target, "N/A"],
        ],
    )  # fmt: skip


@pytest.mark.parametrize(
    ("outturn", "quarter", "target"),
    [("New for 2024/25", "Data available from Q3", "Baseline year"),
     ("New indicator", "Data due from Quarter 3", "TBC"),
     ("New measure", "Reported from Q3", "TBC \u2013 baseline year"),
     ("New for this year", "Not yet due", "To be set"),
     ("New indicator", "First data due September 2025", "Baseline to be established")],
)  # fmt: skip
def test_a_new_indicators_words_are_its_text_and_no_target(
    tmp_path: Path, outturn: str, quarter: str, target: str
) -> None:
    read = _read(tmp_path, outturn, quarter, target)
    assert read.review == []
    new = next(i for i in read.indicators if i.code == "CP2")
    assert [(o.period.label, o.actual, o.actual_text, o.target) for o in new.observations] == [
        ("2023/24", None, outturn, None),
        ("Q1 2024/25", None, quarter, None),
        ("Q2 2024/25", None, quarter, None),
    ]
    assert not any("kept as text" in line for line in read.warnings)


@pytest.mark.parametrize("target", ["TBC - see note", "Stretch", "Baseline pending review"])
def test_a_target_word_that_says_no_such_thing_is_asked_about(tmp_path: Path, target: str) -> None:
    read = _read(tmp_path, "New indicator", 71.4, target)
    assert [item.cell for item in read.review] == ["F4"]
