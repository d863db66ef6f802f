"""An indicator's row filled one colour from its code to its comment is the row's styling,
not a rating of each figure; a figure filled on its own is still rated by its colour, and a
lone row so filled with no rating written in it is held for review."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from sqlalchemy import select

from db.models import ObservationRow
from db.store import Store
from desktop.scorecard.importer import ImportReport, import_file

GREEN, AMBER, RED, YELLOW = "FF00B050", "FFFFC000", "FFFF0000", "FFFFFF00"
HEADINGS = ("Ref", "Indicator", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Target 2024/25")
ROWS = (
    ("HS01", "Households prevented from becoming homeless (%)", 58.0, 63.4, 66.1, 65),
    ("HS02", "Average days to deliver a Disabled Facilities Grant", 236, 198, 187, 200),
    ("HS03", "Homes relet within 28 days (%)", 81.0, 84.5, 83.2, 85),
    ("HS04", "Rent collected (%)", 96.1, 97.2, 98.4, 98),
)
STATUS = ("Green", "Green", "Amber", "Green")
COMMENT = "Checked by the service"
FIRST = 3  # the sheet row of the first indicator


def _solid(rgb: str) -> PatternFill:
    return PatternFill(fill_type="solid", start_color=rgb, end_color=rgb)


def _book(
    path: Path,
    *,
    status: bool = True,
    rows: dict[int, str] | None = None,
    own: dict[tuple[int, int], str] | None = None,
    blank_status: int | None = None,
) -> Path:
    """A quarterly scorecard; ``rows``: indicator (0-based) -> the fill of its whole row,
    white bold text on it as a highlight is written; ``own``: (indicator, column) -> a
    fill of that cell alone."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Q3 2024-25"
    sheet.append(["Housing performance report – Quarter 3 2024/25"])
    sheet.append([*HEADINGS, *(("RAG",) if status else ()), "Comments"])
    for i, row in enumerate(ROWS):
        rated = (STATUS[i] if i != blank_status else None,) if status else ()
        sheet.append([*row, *rated, COMMENT])
    width = len(HEADINGS) + (2 if status else 1)
    for i, fill in (rows or {}).items():
        for col in range(1, width + 1):
            cell = sheet.cell(row=FIRST + i, column=col)
            if cell.value is not None:  # as a fill painted over the cells that hold something
                cell.fill = _solid(fill)
                cell.font = Font(bold=True, color="FFFFFFFF")
    for (i, col), fill in (own or {}).items():
        sheet.cell(row=FIRST + i, column=col).fill = _solid(fill)
    book.save(path)
    return path


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "s.sqlite") as opened:
        yield opened


def _import(store: Store, path: Path) -> tuple[ImportReport, dict[tuple[str, str], str | None]]:
    report = import_file(store, path)
    with store.read_session() as session:
        rags = {
            (o.indicator.code or "", o.period.label): o.rag
            for o in session.scalars(select(ObservationRow))
        }
    return report, rags


def _ratings(rags: dict[tuple[str, str], str | None], code: str) -> list[str | None]:
    return [rags[(code, p)] for p in ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")]


def test_a_row_filled_green_across_beside_its_status_word_rates_only_its_latest_figure(
    tmp_path: Path, store: Store
) -> None:
    report, rags = _import(store, _book(tmp_path / "green.xlsx", rows={0: GREEN}))
    assert report.status == "imported" and report.review == []
    assert _ratings(rags, "HS01") == [None, None, "green"]
    assert _ratings(rags, "HS03") == [None, None, "amber"]


def test_a_highlight_in_another_colour_than_the_status_rates_nothing(
    tmp_path: Path, store: Store
) -> None:
    # a row picked out in yellow whose status word is Green: no figure is amber, and the
    # status cell's own yellow is no rating set against its word
    report, rags = _import(store, _book(tmp_path / "yellow.xlsx", rows={1: YELLOW}))
    assert report.status == "imported" and report.review == []
    assert _ratings(rags, "HS02") == [None, None, "green"]
    assert not any("colour says" in w for w in report.warnings)


def test_a_figure_filled_on_its_own_in_a_highlighted_row_keeps_its_rating(
    tmp_path: Path, store: Store
) -> None:
    path = _book(tmp_path / "own.xlsx", rows={0: YELLOW}, own={(0, 4): RED})  # Q2's own red
    report, rags = _import(store, path)
    assert report.status == "imported"
    assert _ratings(rags, "HS01") == [None, "red", "green"]


def test_figures_filled_on_their_own_are_still_their_ratings(tmp_path: Path, store: Store) -> None:
    # the near miss: the figures filled, the code, name, target and comment not
    own = {(0, 3): RED, (0, 4): AMBER, (0, 5): GREEN, (2, 3): GREEN, (2, 4): GREEN}
    report, rags = _import(store, _book(tmp_path / "cells.xlsx", status=False, own=own))
    assert report.status == "imported" and report.review == []
    assert _ratings(rags, "HS01") == ["red", "amber", "green"]
    assert _ratings(rags, "HS03") == ["green", "green", None]


def test_a_lone_row_filled_across_with_no_rating_written_is_held_naming_it(
    tmp_path: Path, store: Store
) -> None:
    report, rags = _import(store, _book(tmp_path / "lone.xlsx", status=False, rows={1: GREEN}))
    assert report.status == "needs_review" and rags == {}
    assert len(report.review) == 1
    assert report.review[0].startswith("Q3 2024-25!A4: row 4 is filled green")


def test_a_lone_row_filled_across_whose_status_cell_is_blank_is_held(
    tmp_path: Path, store: Store
) -> None:
    path = _book(tmp_path / "blank.xlsx", rows={3: GREEN}, blank_status=3)
    report, _ = _import(store, path)
    assert report.status == "needs_review"
    assert report.review[0].startswith("Q3 2024-25!A6: row 6 is filled green")


def test_rows_coloured_by_their_status_row_after_row_are_read_as_before(
    tmp_path: Path, store: Store
) -> None:
    # several rows filled across in rating colours, no status column: the rows' status
    path = _book(tmp_path / "rows.xlsx", status=False, rows={0: GREEN, 1: RED, 3: GREEN})
    report, rags = _import(store, path)
    assert report.status == "imported" and report.review == []
    assert _ratings(rags, "HS01") == ["green", "green", "green"]
    assert _ratings(rags, "HS02") == ["red", "red", "red"]
    assert _ratings(rags, "HS03") == [None, None, None]


def test_a_section_row_filled_across_is_no_indicator_row(tmp_path: Path, store: Store) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Q3 2024-25"
    sheet.append([*HEADINGS, "RAG", "Comments"])
    sheet.append(["Housing", "Homes and tenancies"])
    for col in range(1, len(HEADINGS) + 3):
        sheet.cell(row=2, column=col).fill = _solid(GREEN)
    for i, row in enumerate(ROWS):
        sheet.append([*row, STATUS[i], COMMENT])
    book.save(tmp_path / "section.xlsx")
    report, rags = _import(store, tmp_path / "section.xlsx")
    assert report.status == "imported" and report.review == []
    assert _ratings(rags, "HS01") == [None, None, "green"]
