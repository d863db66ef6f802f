"""A heading that is only a report tool's default control name ('Textbox27', 'Label4',
'Field1') says nothing of its column: the column is read by what its cells hold and where it
stands, as a column with no heading is. Ratings after the figures are the row's rating,
ratings right after a period's figures that period's, notes after the figures the
commentary; anything its cells and place do not settle is held at the heading cell."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from openpyxl import Workbook

from desktop.scorecard.layout import find
from desktop.scorecard.layout.control_names import is_control_name
from desktop.scorecard.model import ParsedScorecard
from desktop.scorecard.read.workbook import read_workbook

# code, name, Q1, Q2, target, status, commentary
ROWS: tuple[tuple[object, ...], ...] = (
    (
        "HS1",
        "Homeless cases prevented",
        61.0,
        64.5,
        60.0,
        "Green",
        "Two new prevention officers started in July.",
    ),
    (
        "HS2",
        "Empty homes brought back into use",
        12,
        9,
        15,
        "Red",
        "Fewer grants taken up than last year.",
    ),
    (
        "HS3",
        "Repairs completed on time",
        88.1,
        89.4,
        90.0,
        "Amber",
        "Contractor backlog cleared by the end of August.",
    ),
)
HEAD = ["Ref", "Measure", "Q1 2024/25", "Q2 2024/25", "Target 2024/25"]


def _detect(
    path: Path,
    headings: Sequence[str | None],
    rows: Sequence[Sequence[object]],
    below: Sequence[Sequence[object]] = (),
) -> ParsedScorecard:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Scorecard"
    sheet.append(["Housing scorecard 2024/25"])
    sheet.append(list(headings))
    for row in rows:
        sheet.append(list(row))
    for row in below:
        sheet.append(list(row))
    book.save(path)
    return find.detect(read_workbook(path), explaining=True)


def _ratings(parsed: ParsedScorecard) -> dict[tuple[str | None, str], str | None]:
    return {(i.code, o.period.label): o.rag for i in parsed.indicators for o in i.observations}


def test_default_names_after_the_figures_are_the_status_and_the_commentary(
    tmp_path: Path,
) -> None:
    parsed = _detect(tmp_path / "book.xlsx", [*HEAD, "Textbox27", "Textbox31"], ROWS)
    assert not parsed.review
    ratings = _ratings(parsed)
    assert ratings[("HS1", "Q2 2024/25")] == "green"
    assert ratings[("HS2", "Q2 2024/25")] == "red"
    assert ratings[("HS3", "Q2 2024/25")] == "amber"
    assert ratings[("HS1", "Q1 2024/25")] is None
    notes = {
        i.code: [o.commentary for o in i.observations if o.commentary] for i in parsed.indicators
    }
    assert notes["HS2"] == ["Fewer grants taken up than last year."]
    assert not any("not recognised" in w for w in parsed.warnings)
    assert any("'Textbox27' -> RAG rating" in line for line in parsed.explain)


def test_a_default_name_right_after_a_period_rates_that_period(tmp_path: Path) -> None:
    headings = ["Ref", "Measure", "Q1 2024/25", "Label4", "Q2 2024/25", "Target 2024/25"]
    letters = ["R", "A", "G"]  # Q1's ratings
    rows = [(c, n, q1, x, q2, t) for (c, n, q1, q2, t, _, _), x in zip(ROWS, letters, strict=True)]
    parsed = _detect(tmp_path / "book.xlsx", headings, rows)
    assert not parsed.review
    ratings = _ratings(parsed)
    assert [ratings[(c, "Q1 2024/25")] for c in ("HS1", "HS2", "HS3")] == ["red", "amber", "green"]
    assert ratings[("HS1", "Q2 2024/25")] is None


def test_ratings_under_a_default_name_among_the_figures_are_held(tmp_path: Path) -> None:
    """Between the target and the quarters, after no dated figures: whose rating is it?"""
    headings = ["Ref", "Measure", "Target 2024/25", "Textbox5", "Q1 2024/25", "Q2 2024/25"]
    rows = [(c, n, t, s, q1, q2) for c, n, q1, q2, t, s, _ in ROWS]
    parsed = _detect(tmp_path / "book.xlsx", headings, rows)
    assert [item.cell for item in parsed.review] == ["D2"]
    assert "default name" in parsed.review[0].reason
    assert all(rag is None for rag in _ratings(parsed).values())


def test_figures_under_a_default_name_are_held_not_dropped(tmp_path: Path) -> None:
    rows = [(*row[:6], 100 + n) for n, row in enumerate(ROWS)]
    parsed = _detect(tmp_path / "book.xlsx", [*HEAD, "Textbox27", "Field1"], rows)
    assert [item.cell for item in parsed.review] == ["G2"]
    assert "'Field1'" in parsed.review[0].reason


def test_an_empty_column_under_a_default_name_is_a_spacer(tmp_path: Path) -> None:
    rows = [(*row[:5], None, row[5]) for row in ROWS]
    parsed = _detect(tmp_path / "book.xlsx", [*HEAD, "Text12", "RAG"], rows)
    assert not parsed.review
    assert _ratings(parsed)[("HS2", "Q2 2024/25")] == "red"
    assert not any("Text12" in w for w in parsed.warnings)


@pytest.mark.parametrize(
    "heading",
    ["Textbox27", "TextBox3", "Text12", "Label4", "Field1", "Column1", "textbox_3", "Unnamed: 3"],
)
def test_default_control_names(heading: str) -> None:
    assert is_control_name(heading)


@pytest.mark.parametrize(
    "heading",
    ["Text", "Label", "Field visits", "Textbook 2", "Target 2", "Q2", "Column G", "Fields 12"],
)
def test_words_that_only_look_like_default_names(heading: str) -> None:
    assert not is_control_name(heading)
