"""Ratings shown by shading that is no rating's colour — pattern fills that survive a black
and white copy, or greys — read through the key of swatches the sheet prints beside their
meanings; without such a key the shading is no rating, and a rating column left blank but
shaded in ways nothing explains is never passed over in silence."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font, PatternFill

from desktop.scorecard.importer import preview
from desktop.scorecard.layout.swatch_keys import read_swatches
from desktop.scorecard.model import ParsedScorecard
from desktop.scorecard.read.workbook import read_workbook

HATCHED = PatternFill(fill_type="darkTrellis", start_color="FF000000", end_color="FFFFFFFF")
DOTTED = PatternFill(fill_type="lightGray", start_color="FF000000", end_color="FFFFFFFF")
STRIPED = PatternFill(fill_type="darkHorizontal", start_color="FF000000", end_color="FFFFFFFF")
GREY = PatternFill(fill_type="solid", start_color="FFD9D9D9", end_color="FFD9D9D9")
KEY = (
    (HATCHED, "Red \u2013 off target by more than 5%"),
    (DOTTED, "Amber \u2013 within 5% of target"),
    (GREY, "Green \u2013 on target or better"),
)
Row = tuple[str, PatternFill | None, str | None]  # indicator, rating cell's fill, comment


def _book(
    path: Path,
    rows: list[Row],
    *,
    key: tuple[tuple[PatternFill, str], ...] = (),
    ratings: list[str | None] | None = None,
    name_key: str | None = None,
) -> Path:
    """A quarterly table (Ref, Indicator, Q1, Q2, Target, Rating, Comments) under a key of
    swatches (a shaded cell, its meaning in the next cell). ``name_key``: no rating column;
    the names are shaded instead, under that key line."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Q2 2024-25"
    sheet.append(["Borough Council \u2013 Quarterly Performance Report 2024/25"])
    if name_key:
        sheet.append([name_key])
    if key:
        sheet.append(["Key to ratings"])
        for fill, meaning in key:
            sheet.append([None, meaning])
            sheet.cell(row=sheet.max_row, column=1).fill = fill
    sheet.append([])
    heads = ["Ref", "Indicator", "Q1 2024/25", "Q2 2024/25", "Target 2024/25"]
    sheet.append([*heads, *([] if name_key else ["Rating", "Comments"])])
    for n, (name, fill, comment) in enumerate(rows):
        said = ratings[n] if ratings else None
        cells = [f"PI {n + 1:02}", name, 70 + n, 72 + n, 75]
        sheet.append([*cells, *([] if name_key else [said, comment])])
        if fill is not None:
            sheet.cell(row=sheet.max_row, column=2 if name_key else 6).fill = fill
    book.save(path)
    return path


def _rows(fills: list[PatternFill | None], comments: list[str | None] | None = None) -> list[Row]:
    names = (
        "Calls answered within 2 minutes",
        "Complaints answered within 10 days",
        "Invoices paid within 30 days",
        "Major planning applications in time",
    )
    return [(names[n], fill, comments[n] if comments else None) for n, fill in enumerate(fills)]


def _latest(parsed: ParsedScorecard) -> list[str | None]:
    return [i.observations[-1].rag for i in parsed.indicators]


def test_patterns_and_greys_are_rated_through_the_key_of_swatches(tmp_path: Path) -> None:
    path = _book(tmp_path / "k.xlsx", _rows([HATCHED, DOTTED, GREY, None]), key=KEY)
    parsed = preview(path)
    assert _latest(parsed) == ["red", "amber", "green", None]  # unshaded: not rated
    assert all(o.rag is None for i in parsed.indicators for o in i.observations[:-1])
    assert parsed.review == []


def test_a_word_in_the_rating_cell_still_wins_over_its_shading(tmp_path: Path) -> None:
    rows = _rows([HATCHED, DOTTED, GREY, None])
    path = _book(tmp_path / "w.xlsx", rows, key=KEY, ratings=["Red", "Green", "Green", "Amber"])
    parsed = preview(path)
    assert _latest(parsed) == ["red", "green", "green", "amber"]
    assert parsed.review == []
    assert any("the text is used" in w for w in parsed.warnings)  # dotted is amber's


def test_a_shading_the_key_does_not_show_is_held_naming_the_cell(tmp_path: Path) -> None:
    path = _book(tmp_path / "u.xlsx", _rows([HATCHED, STRIPED, GREY, None]), key=KEY)
    parsed = preview(path)
    assert [item.cell for item in parsed.review] == ["F9"]
    assert "darkHorizontal pattern" in parsed.review[0].reason


def test_without_a_key_patterns_and_greys_rate_nothing_and_the_column_is_held(
    tmp_path: Path,
) -> None:
    path = _book(tmp_path / "n.xlsx", _rows([HATCHED, DOTTED, GREY, None]))
    parsed = preview(path)
    assert _latest(parsed) == [None, None, None, None]
    assert [item.cell for item in parsed.review] == ["F4"]
    reason = parsed.review[0].reason
    assert "rating column F 'Rating'" in reason
    assert "darkTrellis pattern" in reason and "#D9D9D9" in reason


def test_one_shading_alone_in_a_blank_rating_column_is_warned_of_not_held(
    tmp_path: Path,
) -> None:
    path = _book(tmp_path / "g.xlsx", _rows([GREY, GREY, None, GREY]))
    parsed = preview(path)
    assert parsed.review == []
    assert _latest(parsed) == [None, None, None, None]
    assert any("rating column F 'Rating'" in w and "#D9D9D9" in w for w in parsed.warnings)


def test_a_shading_the_whole_row_carries_is_styling_not_a_rating(tmp_path: Path) -> None:
    path = _book(tmp_path / "r.xlsx", _rows([None, None, None, None]))
    book = load_workbook(path)
    sheet = book.active
    assert sheet is not None
    for row in (4, 6):  # rows banded grey across the table
        for col in range(1, 8):
            sheet.cell(row=row, column=col).fill = GREY
    for row in (5, 7):  # and the rating cells between them dotted
        sheet.cell(row=row, column=6).fill = DOTTED
    book.save(path)
    parsed = preview(path)
    assert parsed.review == []  # one shading of the column's own: warned of, not held
    assert any("lightGray pattern" in w and "#D9D9D9" not in w for w in parsed.warnings)


def test_a_table_row_beside_its_comment_is_no_key(tmp_path: Path) -> None:
    # blank shaded rating cells beside comments that name ratings: the rows hold figures,
    # so they are the table, not a key of swatches
    comments = ["Off target: two staff vacancies", "On track", "Green flag renewed", None]
    path = _book(tmp_path / "c.xlsx", _rows([HATCHED, DOTTED, GREY, None], comments))
    assert read_swatches(read_workbook(path)) == {}
    parsed = preview(path)
    assert _latest(parsed) == [None, None, None, None]
    assert [item.cell for item in parsed.review] == ["F4"]


def test_one_swatch_alone_is_no_key(tmp_path: Path) -> None:
    path = _book(tmp_path / "o.xlsx", _rows([GREY, GREY, None, None]), key=KEY[2:])
    assert read_swatches(read_workbook(path)) == {}
    assert _latest(preview(path)) == [None, None, None, None]


def test_a_name_shaded_with_a_pattern_is_rated_under_a_name_shading_key(tmp_path: Path) -> None:
    path = _book(
        tmp_path / "s.xlsx",
        _rows([HATCHED, GREY, None, DOTTED]),
        key=KEY,
        name_key="Shading of the indicator name shows performance against target",
    )
    parsed = preview(path)
    assert _latest(parsed) == ["red", "green", None, "amber"]
    assert parsed.review == []


def test_a_key_may_run_along_one_row(tmp_path: Path) -> None:
    path = _book(tmp_path / "a.xlsx", _rows([HATCHED, DOTTED, GREY, None]))
    book = load_workbook(path)
    sheet = book.active
    assert sheet is not None
    sheet.insert_rows(2)
    for col, (fill, meaning) in zip((2, 4, 6), (KEY[0], KEY[1], KEY[2]), strict=True):
        sheet.cell(row=2, column=col).fill = fill
        sheet.cell(row=2, column=col + 1, value=meaning.split(" \u2013 ")[1].capitalize())
    sheet.cell(row=2, column=1, value="Key:")
    book.save(path)
    parsed = preview(path)
    assert _latest(parsed) == ["red", "amber", "green", None]
    assert parsed.review == []


def test_the_key_may_stand_on_a_key_sheet(tmp_path: Path) -> None:
    path = _book(tmp_path / "s.xlsx", _rows([HATCHED, DOTTED, GREY, None]))
    wb = load_workbook(path)
    legend = wb.create_sheet("Key")
    legend.append(["Rating shading"])
    legend["A1"].font = Font(bold=True)
    for fill, meaning in KEY:
        legend.append([None, meaning])
        legend.cell(row=legend.max_row, column=1).fill = fill
    wb.save(path)
    parsed = preview(path)
    assert _latest(parsed) == ["red", "amber", "green", None]
    assert parsed.review == []


def test_a_white_fill_is_no_shading(tmp_path: Path) -> None:
    white = PatternFill(fill_type="solid", start_color="FFFFFFFF", end_color="FFFFFFFF")
    path = _book(tmp_path / "w.xlsx", _rows([HATCHED, white, GREY, white]), key=KEY)
    parsed = preview(path)
    assert _latest(parsed) == ["red", None, "green", None]  # as unshaded: not rated
    assert parsed.review == []
    unkeyed = _book(tmp_path / "u.xlsx", _rows([GREY, white, GREY, white]))
    parsed = preview(unkeyed)
    assert parsed.review == []  # one shading (grey) beside white ones: warned of only
