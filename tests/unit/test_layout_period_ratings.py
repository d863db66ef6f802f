"""A sub-column under a period's group heading whose cells are (nearly) all ratings is that
period's rating column, whatever short or unknown word heads it ('St', 'Stat', 'Res', 'R',
a blank); 'Var' beside it is arithmetic, never an observation; a column of names that start
with a colour is never taken; and such a column beside a 'RAG' of the same period is asked
about, naming both."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from openpyxl import Workbook
from openpyxl.styles import PatternFill

from desktop.scorecard.layout import find
from desktop.scorecard.model import ParsedScorecard
from desktop.scorecard.read.workbook import read_workbook

RAG = {"G": "green", "A": "amber", "R": "red"}
WORDS = {"G": "Green", "A": "Amber", "R": "Red"}
SYMBOLS = {"G": "✔", "A": "⚠", "R": "✘"}
FILLS = {"G": "FF00B050", "A": "FFFFC000", "R": "FFFF0000"}
QUARTERS = ("Q1 2024/25", "Q2 2024/25")
# code, name, then (actual, target, rating) for each quarter
ROWS = (
    ("NR1", "Missed bins per 100,000 collections", (61, 60, "A"), (55, 60, "G")),
    ("NR2", "Fly-tips cleared within 2 days (%)", (91.0, 95, "R"), (96.5, 95, "G")),
    ("NR3", "Graffiti removed within 5 days (%)", (88.0, 90, "A"), (92.0, 90, "G")),
    ("NR4", "Noise complaints answered in 5 days (%)", (97.0, 95, "G"), (94.0, 95, "A")),
)
Cell = Callable[[str, str, int], object]  # (code, rating letter, quarter) -> the cell


def _letters(code: str, rating: str, quarter: int) -> object:
    return rating


def _build(
    path: Path,
    sub: Sequence[str],
    *,
    status: Cell = _letters,
    extra: dict[str, Cell] | None = None,
    heads: Sequence[str] = ("Q1 24/25", "Q2 24/25"),
    year_over: str | None = None,
    merge: bool = True,
    fill: bool = False,
    rows: Sequence[tuple[object, ...]] = ROWS,
) -> ParsedScorecard:
    """A sheet with a group heading per quarter (merged, or written once) over ``sub`` (with
    ``year_over`` a third heading row over the quarters): 'Act'/'Actual', 'Tgt'/'Target'
    and 'Var' take the figures, any other sub-heading the rating as ``status`` writes it
    (or as ``extra`` writes the column of that heading)."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "KPIs"
    width = len(sub)
    lines: list[list[object]] = []
    if year_over is not None:
        lines.append(["Ref", "Measure", year_over, *[None] * (2 * width - 1)])
    group: list[object] = [None, None] if year_over is not None else ["Ref", "Measure"]
    for head in heads:
        group += [head, *[None] * (width - 1)]
    lines.append(group)
    lines.append([None, None, *sub, *sub])
    rated: list[tuple[int, int, str]] = []
    for code, name, *quarters in rows:
        line: list[object] = [code, name]
        for q, (actual, target, rating) in enumerate(quarters):
            for heading in sub:
                key = heading.lower()
                if key in ("act", "actual"):
                    line.append(actual)
                elif key in ("tgt", "target"):
                    line.append(target)
                elif key == "var":
                    line.append(round(actual - target, 1))
                elif extra and heading in extra:
                    line.append(extra[heading](str(code), rating, q))
                else:
                    if fill:
                        rated.append((len(lines) + 1, len(line) + 1, rating))
                    line.append(status(str(code), rating, q))
        lines.append(line)
    for line in lines:
        sheet.append(line)
    top = 2 if year_over is not None else 1
    if merge:
        for q in range(len(heads)):
            first = 3 + q * width
            sheet.merge_cells(
                start_row=top, start_column=first, end_row=top, end_column=first + width - 1
            )
        if year_over is not None:
            sheet.merge_cells(start_row=1, start_column=3, end_row=1, end_column=2 + 2 * width)
        sheet.merge_cells(start_row=1, start_column=1, end_row=top + 1, end_column=1)
        sheet.merge_cells(start_row=1, start_column=2, end_row=top + 1, end_column=2)
    for row, col, rating in rated:
        sheet.cell(row=row, column=col).fill = PatternFill(
            "solid", start_color=FILLS[rating], end_color=FILLS[rating]
        )
    book.save(path)
    return find.detect(read_workbook(path), explaining=True)


def _readings(
    parsed: ParsedScorecard,
) -> set[tuple[str | None, str, float | None, float | None, str | None]]:
    return {
        (i.code, o.period.label, o.actual, o.target, o.rag)
        for i in parsed.indicators
        for o in i.observations
    }


def _expected(rows: Sequence[tuple[object, ...]] = ROWS) -> set[tuple[object, ...]]:
    return {
        (code, label, float(actual), float(target), RAG[rating])
        for code, _, *quarters in rows
        for label, (actual, target, rating) in zip(QUARTERS, quarters, strict=True)
    }


def _review(parsed: ParsedScorecard) -> list[tuple[str, str]]:
    return [(item.cell, item.reason) for item in parsed.review]


@pytest.mark.parametrize("word", ["St", "Stat", "Res", "Perf", "R", "S", "Pos", "Stx", "Lvl", ""])
@pytest.mark.parametrize(
    "sub",
    [
        ("Act", "Tgt", "Var", "*"),
        ("Actual", "Target", "*"),
        ("*", "Act", "Tgt"),
        ("Act", "Var", "*"),
    ],
)
def test_a_sub_column_of_letters_under_a_quarter_is_its_rating(
    tmp_path: Path, word: str, sub: tuple[str, ...]
) -> None:
    parsed = _build(tmp_path / "letters.xlsx", [word if s == "*" else s for s in sub])
    assert _review(parsed) == []
    if "Tgt" in sub or "Target" in sub:
        assert _readings(parsed) == _expected()
    else:  # no target column: the actual and the rating
        assert {(c, p, a, r) for c, p, a, _, r in _readings(parsed)} == {
            (c, p, a, r) for c, p, a, _, r in _expected()
        }


@pytest.mark.parametrize(
    ("kind", "status"),
    [
        ("words", lambda code, r, q: WORDS[r]),
        ("upper-case words", lambda code, r, q: WORDS[r].upper()),
        ("symbols", lambda code, r, q: SYMBOLS[r]),
        ("phrases", lambda code, r, q: {"G": "On track", "A": "At risk", "R": "Off track"}[r]),
    ],
)
@pytest.mark.parametrize("word", ["St", "Res", ""])
def test_words_symbols_and_phrases_rate_the_quarter_too(
    tmp_path: Path, kind: str, status: Cell, word: str
) -> None:
    parsed = _build(tmp_path / "words.xlsx", ["Act", "Tgt", "Var", word], status=status)
    assert _review(parsed) == [], kind
    assert _readings(parsed) == _expected(), kind


def test_filled_letters_rate_the_quarter(tmp_path: Path) -> None:
    parsed = _build(tmp_path / "filled.xlsx", ["Act", "Tgt", "Var", "St"], fill=True)
    assert _review(parsed) == []
    assert _readings(parsed) == _expected()


@pytest.mark.parametrize("word", ["St", "Pos", "Var", ""])
@pytest.mark.parametrize("sub", [("Act", "Tgt", "Var", "*"), ("Actual", "Target", "Variance", "*")])
def test_a_three_row_heading_dates_the_rating_under_each_quarter(
    tmp_path: Path, word: str, sub: tuple[str, ...]
) -> None:
    if word == "Var":
        sub = ("Act", "Tgt", "Var", "St")  # the arithmetic word as the one unknown
    parsed = _build(
        tmp_path / "band.xlsx",
        [word if s == "*" else s for s in sub],
        heads=("Q1", "Q2"),
        year_over="2024/25",
    )
    assert _review(parsed) == []
    assert _readings(parsed) == _expected()


def test_a_quarter_written_once_over_its_sub_headings_heads_them_all(tmp_path: Path) -> None:
    # not merged (a CSV, or a heading typed once): the quarter heads 'Var' and 'St' too
    parsed = _build(
        tmp_path / "once.xlsx", ["Act", "Tgt", "Var", "St"], heads=QUARTERS, merge=False
    )
    assert _review(parsed) == []
    assert _readings(parsed) == _expected()


def test_variance_is_never_an_observation(tmp_path: Path) -> None:
    parsed = _build(tmp_path / "var.xlsx", ["Act", "Var", "Tgt", "St"])
    assert _review(parsed) == []
    assert _readings(parsed) == _expected()  # each actual is Act's, never Var's


MANY = tuple(
    (
        f"NR{n}",
        f"Neighbourhood measure number {n}",
        (50 + n, 60, "AGR"[n % 3]),
        (55 + n, 60, "GAR"[n % 3]),
    )
    for n in range(1, 13)
)


def test_one_cell_in_ten_that_is_no_rating_is_asked_about_where_it_stands(tmp_path: Path) -> None:
    def status(code: str, rating: str, quarter: int) -> object:
        return "New" if code == "NR5" and quarter == 0 else rating

    parsed = _build(tmp_path / "nearly.xlsx", ["Act", "Tgt", "St"], status=status, rows=MANY)
    review = _review(parsed)
    assert [cell for cell, _ in review] == ["E7"], review  # the one cell, not the column
    rated = {(c, p): r for c, p, _, _, r in _readings(parsed)}
    assert rated[("NR1", "Q1 2024/25")] == "green" and rated[("NR1", "Q2 2024/25")] == "amber"
    assert rated[("NR5", "Q1 2024/25")] is None


def test_ratings_among_other_words_are_asked_about_at_the_heading(tmp_path: Path) -> None:
    def status(code: str, rating: str, quarter: int) -> object:
        return "Under review" if code == "NR2" else rating

    parsed = _build(tmp_path / "mixed.xlsx", ["Act", "Tgt", "St"], status=status)
    cells = {cell for cell, reason in _review(parsed) if "may rate" in reason}
    assert cells == {"E2", "H2"}


def _names(code: str, rating: str, quarter: int) -> object:
    return {
        "NR1": "Green Lane Depot",
        "NR2": "Amber Valley",
        "NR3": "Red Lion Yard",
        "NR4": "Greenwich Park",
    }[code]


@pytest.mark.parametrize("heading", ["Site", "Loc", "St"])
def test_a_column_of_names_starting_with_a_colour_is_never_the_rating(
    tmp_path: Path, heading: str
) -> None:
    parsed = _build(
        tmp_path / "names.xlsx", ["Act", "Tgt", heading, "RAG"], extra={heading: _names}
    )
    assert _review(parsed) == []
    assert _readings(parsed) == _expected()


def test_saints_are_names_not_ratings(tmp_path: Path) -> None:
    def towns(code: str, rating: str, quarter: int) -> object:
        return {"NR1": "St Helens", "NR2": "St Albans", "NR3": "St Ives", "NR4": "St Neots"}[code]

    parsed = _build(tmp_path / "saints.xlsx", ["Act", "Tgt", "St", "RAG"], extra={"St": towns})
    assert _review(parsed) == []
    assert _readings(parsed) == _expected()


def _other(code: str, rating: str, quarter: int) -> object:
    return {"G": "A", "A": "G", "R": "G"}[rating]


@pytest.mark.parametrize("word", ["Stx", "Pos", "Res", "St"])
@pytest.mark.parametrize("before", [True, False])
def test_an_unknown_heading_of_ratings_beside_a_rag_of_its_quarter_is_asked_about(
    tmp_path: Path, word: str, before: bool
) -> None:
    sub = ["Act", "Tgt", word, "RAG"] if before else ["Act", "Tgt", "RAG", word]
    parsed = _build(tmp_path / "rivals.xlsx", sub, extra={word: _other})
    review = _review(parsed)
    assert review, word
    named = [r for _, r in review if f"'Q1 24/25 {word}'" in r and "'Q1 24/25 RAG'" in r]
    assert named, review  # both columns named


@pytest.mark.parametrize("word", ["DQ", "Data quality", "Confidence", "Forecast RAG"])
def test_a_heading_saying_the_other_rates_something_else_settles_it(
    tmp_path: Path, word: str
) -> None:
    parsed = _build(tmp_path / "settled.xlsx", ["Act", "Tgt", "RAG", word], extra={word: _other})
    assert _review(parsed) == []
    assert _readings(parsed) == _expected()
