"""A period's figure given twice, as the council's own working figure and as the figure of
record ('2023/24' over 'Local' | 'Published'): one figure, the one of record where given,
else the working one; never two areas."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.scorecard.layout.restated import standing
from desktop.scorecard.model import ParsedScorecard
from tests.helpers.layout_sheets import detect_rows, figures


def _read(
    tmp_path: Path, working: str, record: str, due: object = "Due Mar 2025"
) -> ParsedScorecard:
    return detect_rows(
        tmp_path / "s.xlsx",
        [
            ["County Council – Corporate Measures: Local and Published Figures"],
            ["Ref", "Measure", "2022/23", None, "2023/24", None, "Target 2023/24", "RAG 2023/24"],
            [None, None, working, record, working, record, None, None],
            ["CS2", "Re-referrals within 12 months (%)", 19.6, 20.1, 18.9, 21.3, 20, "R"],
            ["CS3", "Assessments within 45 working days (%)", 88.0, 87.6, 91.2, 91.2, 90, "G"],
            ["PL1", "Household waste recycled (%)", 44.1, 43.8, 45.0, due, 46, "A"],
        ],
        merged=["A2:A3", "B2:B3", "C2:D2", "E2:F2", "G2:G3", "H2:H3"],
    )


@pytest.mark.parametrize(
    ("working", "record"),
    [
        ("Local", "Published"),
        ("Internal", "Validated"),
        ("Local figure", "Nationally published"),
        ("Provisional", "Published"),
        ("Local", "Final"),
    ],
)
def test_the_figure_of_record_stands_where_given_else_the_working_one(
    tmp_path: Path, working: str, record: str
) -> None:
    parsed = _read(tmp_path, working, record)
    assert figures(parsed) == {
        "Re-referrals within 12 months (%)": [("2022/23", 20.1), ("2023/24", 21.3)],
        "Assessments within 45 working days (%)": [("2022/23", 87.6), ("2023/24", 91.2)],
        "Household waste recycled (%)": [("2022/23", 43.8), ("2023/24", 45.0)],
    }
    assert parsed.review == []
    assert any("F6" in w and "Due Mar 2025" in w for w in parsed.warnings)


def test_a_blank_figure_of_record_leaves_the_working_one(tmp_path: Path) -> None:
    parsed = _read(tmp_path, "Local", "Published", due=None)
    assert figures(parsed)["Household waste recycled (%)"] == [("2022/23", 43.8), ("2023/24", 45.0)]


def test_two_working_figures_for_one_period_are_held_naming_the_cell(tmp_path: Path) -> None:
    parsed = _read(tmp_path, "Local", "Provisional")
    assert parsed.review
    assert parsed.review[0].sheet == "Scorecard" and parsed.review[0].cell


@pytest.mark.parametrize(
    ("words", "said"),
    [("Local", "working"), ("internal", "working"), ("Published", "record"),
     ("Nationally published", "record"), ("National", None), ("Adur", None)],
)  # fmt: skip
def test_the_words_saying_which_figure(words: str, said: str | None) -> None:
    assert standing(words) == said
