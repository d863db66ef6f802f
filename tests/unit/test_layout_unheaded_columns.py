"""A column with nothing in its heading cells, right after a dated value column, is read by
what it holds: every filled cell a rating makes it that period's rating, every filled cell
an arrow its trend (no figure); anything else stays unread with a warning, or is held for
review where it may rate or flag the figures. An empty one is a spacer; an unheaded column
that follows no dated value column is left alone, unless it holds only ratings (held)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook

from desktop.scorecard.layout import find
from desktop.scorecard.model import ParsedScorecard
from desktop.scorecard.read.workbook import read_workbook

RAG = {"G": "green", "A": "amber", "R": "red"}
# code, name, target, (Q1 value, its letter), (Q2 value, its letter, its arrow)
ROWS: tuple[tuple[object, ...], ...] = (
    ("HW1", "Adults physically active (%)", 65.0, (63.1, "A"), (64.0, "A", "↑")),
    ("HW2", "Stop smoking quitters", 600, (132, "R"), (171, "G", "↑")),
    ("HW3", "Health checks delivered (%)", 10.0, (2.1, "R"), (4.6, "A", "↑")),
    ("HW4", "Delayed transfers of care", 12, (14.2, "R"), (11.8, "G", "↓")),
    ("HW5", "Leisure memberships", None, (8412, None), (8412, None, "→")),
)


def _build(
    path: Path,
    rows: Sequence[tuple[object, ...]] = ROWS,
    *,
    q1_extra: Sequence[object] | None = None,
    lead: bool = False,
) -> ParsedScorecard:
    """Ref, Indicator, Target, 'Q1 2024/25', (unheaded), 'Q2 2024/25', (unheaded),
    (unheaded), Comments; ``q1_extra`` replaces the cells of the column after Q1; ``lead``
    puts an unheaded column of the letters before the first quarter (after Target)."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Dashboard"
    sheet.append(["Health dashboard 2024/25"])
    lead_head: list[object] = [None] if lead else []
    quarters = ["Q1 2024/25", None, "Q2 2024/25", None, None]
    sheet.append(["Ref", "Indicator", "Target", *lead_head, *quarters, "Comments"])
    for n, (code, name, target, q1, q2) in enumerate(rows):
        assert isinstance(q1, tuple) and isinstance(q2, tuple)
        q1_flag = q1_extra[n] if q1_extra is not None else q1[1]
        lead_cell: list[object] = [q1[1]] if lead else []
        sheet.append([code, name, target, *lead_cell, q1[0], q1_flag, *q2, "note"])
    book.save(path)
    return find.detect(read_workbook(path), explaining=True)


def _ratings(parsed: ParsedScorecard) -> dict[tuple[str | None, str], str | None]:
    return {(i.code, o.period.label): o.rag for i in parsed.indicators for o in i.observations}


def test_unheaded_letters_and_arrows_after_each_quarter(tmp_path: Path) -> None:
    parsed = _build(tmp_path / "book.xlsx")
    assert not parsed.review
    expected = {}
    for code, _, _, q1, q2 in ROWS:
        assert isinstance(q1, tuple) and isinstance(q2, tuple)
        expected[(code, "Q1 2024/25")] = RAG.get(str(q1[1]))
        expected[(code, "Q2 2024/25")] = RAG.get(str(q2[1]))
    assert _ratings(parsed) == expected
    values = {o.actual for i in parsed.indicators for o in i.observations}
    assert values == {63.1, 64.0, 132, 171, 2.1, 4.6, 14.2, 11.8, 8412}  # no arrow a figure
    assert any("direction of travel for Q2 2024/25" in line for line in parsed.explain)


def test_an_unheaded_column_of_mixed_words_is_warned_about_not_read(tmp_path: Path) -> None:
    words = ["Survey", "Annual", "New", "Cumulative", "Local"]
    parsed = _build(tmp_path / "book.xlsx", q1_extra=words)
    assert not parsed.review
    assert all(rag is None for (_, label), rag in _ratings(parsed).items() if label[:2] == "Q1")
    assert any("no heading after 'Q1 2024/25'" in w and "not read" in w for w in parsed.warnings)


def test_ratings_among_other_words_are_held(tmp_path: Path) -> None:
    parsed = _build(tmp_path / "book.xlsx", q1_extra=["A", "R", "R", "see note", None])
    assert [item.cell for item in parsed.review] == ["E2"]
    assert "may rate or mark the Q1 2024/25 figures" in parsed.review[0].reason


def test_short_codes_that_may_flag_figures_are_held(tmp_path: Path) -> None:
    parsed = _build(tmp_path / "book.xlsx", q1_extra=["p", "e", None, "p", None])
    assert [item.cell for item in parsed.review] == ["E2"]


def test_an_empty_unheaded_column_is_a_spacer(tmp_path: Path) -> None:
    parsed = _build(tmp_path / "book.xlsx", q1_extra=[None, "n/a", None, None, None])
    assert not parsed.review
    assert not any("no heading" in w for w in parsed.warnings)
    assert all(rag is None for (_, label), rag in _ratings(parsed).items() if label[:2] == "Q1")


def test_letters_not_after_a_dated_value_column_are_held_not_lost(tmp_path: Path) -> None:
    parsed = _build(tmp_path / "book.xlsx", lead=True, q1_extra=[None] * len(ROWS))
    assert [item.cell for item in parsed.review] == ["D2"]
    assert "stands after no dated figure column" in parsed.review[0].reason
    assert all(rag is None for (_, label), rag in _ratings(parsed).items() if label[:2] == "Q1")


def test_other_words_not_after_a_dated_value_column_are_left_alone(tmp_path: Path) -> None:
    rows = [
        (c, n, t, (q1[0], w), q2)  # type: ignore[index]
        for (c, n, t, q1, q2), w in zip(
            ROWS, ["Survey", "Annual", "New", "Local", None], strict=True
        )
    ]
    parsed = _build(tmp_path / "other.xlsx", rows, lead=True, q1_extra=[None] * len(ROWS))
    assert not parsed.review


def test_the_meanings_of_a_key_beside_the_table_are_not_held(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Ref", "Indicator", "Q1 2024/25", "Target", "Status", None, "Key", None])
    for n, (code, status) in enumerate([("H1", 1), ("H2", 3), ("H3", 2)], start=1):
        meaning = {1: "Achieved", 2: "At risk", 3: "Not achieved"}[n]
        sheet.append([code, f"Measure {code}", 50 + n, 50, status, None, n, meaning])
    book.save(tmp_path / "key.xlsx")
    parsed = find.detect(read_workbook(tmp_path / "key.xlsx"))
    assert not parsed.review
