"""A section row written as a long sentence is a section heading where the sheet shows it is
one of the table's section rows (styled like them, or numbered like them); a long row of text
with no such evidence between the indicators is still a note."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from sqlalchemy import select

from db.models import IndicatorRow
from db.store import Store
from desktop.scorecard.importer import import_file
from desktop.scorecard.layout.long_sections import lead

HEADING = ["Ref", "Measure", "Q1 2024/25", "Q2 2024/25", "Target", "RAG"]
WIDTH = len(HEADING)
SHADE = PatternFill(fill_type="solid", start_color="FFDDEBF7", end_color="FFDDEBF7")
GREY = PatternFill(fill_type="solid", start_color="FFF2F2F2", end_color="FFF2F2F2")

DOMAIN_3 = "Domain 3: Ensuring that people have a positive experience of care and support"
DOMAIN_4 = (
    "Domain 4: Safeguarding adults whose circumstances make them vulnerable and protecting "
    "them from avoidable harm"
)
PRIORITY_1 = "Priority 1: Thriving places"
PRIORITY_2 = (
    "Priority 2: Supporting people to live healthy, independent lives in safe and thriving "
    "communities"
)
PRIORITY_3 = (
    "Priority 3: A council that listens to its residents and spends their money carefully, "
    "openly and well"
)
COMMENT = (
    "Performance dipped in the quarter because two of the four safeguarding practitioners "
    "left in October; agency cover began in January and the backlog is being cleared"
)

# a row is ("section", text), ("note", text) or an indicator's cells
Row = tuple[object, ...]


def _book(
    path: Path,
    rows: Sequence[Row],
    *,
    shade: PatternFill | None = SHADE,
    note_shade: PatternFill | None = None,
    merge_sections: bool = False,
    merge_notes: bool = False,
    fill_all: PatternFill | None = None,
    note_column: int = 2,
) -> Path:
    """A scorecard with its section rows shaded across the table (or merged, or neither)
    and its notes typed in the Measure column, or ``note_column`` (shaded or merged as
    asked)."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Scorecard"
    sheet.append(["Adult Social Care Scorecard – Quarter 2 2024/25"])
    sheet.append([])
    sheet.append(HEADING)
    for cells in rows:
        r = sheet.max_row + 1
        if cells[0] in ("section", "note"):
            section = cells[0] == "section"
            column = 1 if section else note_column
            sheet.cell(row=r, column=column, value=str(cells[1]))
            fill = shade if section else note_shade
            if section:
                sheet.cell(row=r, column=1).font = Font(bold=True)
            if fill is not None:
                for col in range(column, WIDTH + 1):
                    sheet.cell(row=r, column=col).fill = fill
            if (merge_sections if section else merge_notes) and column < WIDTH:
                sheet.merge_cells(start_row=r, start_column=column, end_row=r, end_column=WIDTH)
        else:
            for col, value in enumerate(cells, start=1):
                sheet.cell(row=r, column=col, value=value)
        if fill_all is not None:
            for col in range(1, WIDTH + 1):
                sheet.cell(row=r, column=col).fill = fill_all
    book.save(path)
    return path


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "s.sqlite") as opened:
        yield opened


def _placed(store: Store) -> dict[str, tuple[str | None, str | None]]:
    """Each indicator's code -> (portfolio, service), as stored."""
    with store.read_session() as session:
        return {
            str(i.code): (
                i.portfolio.name if i.portfolio else None,
                i.service.name if i.service else None,
            )
            for i in session.scalars(select(IndicatorRow))
        }


L03: Row = ("L03", "Complaints upheld or partly upheld (%)", 41.2, 35.7, 35.0, "Amber")
L04: Row = ("L04", "Carers' assessments within 28 days (%)", 71.0, 74.5, 80.0, "Red")
L05: Row = ("L05", "Safeguarding concerns received", 341, 362, None, None)
L06: Row = ("L06", "Section 42 enquiries where the risk was reduced (%)", 92.3, 89.8, 90.0, "Green")


def test_a_long_section_row_shaded_like_the_others_starts_its_section(
    tmp_path: Path, store: Store
) -> None:
    rows = [("section", DOMAIN_3), L03, L04, ("section", DOMAIN_4), L05, L06]
    report = import_file(store, _book(tmp_path / "asc.xlsx", rows))
    assert report.status == "imported", report.review
    placed = _placed(store)
    assert placed["L03"] == placed["L04"] == (DOMAIN_3, None)
    assert placed["L05"] == placed["L06"] == (DOMAIN_4, None)


def test_a_long_section_row_first_in_the_table_is_vouched_for_by_a_later_one(
    tmp_path: Path, store: Store
) -> None:
    rows = [("section", DOMAIN_4), L05, L06, ("section", DOMAIN_3), L03, L04]
    report = import_file(store, _book(tmp_path / "asc.xlsx", rows))
    assert report.status == "imported", report.review
    placed = _placed(store)
    assert placed["L05"] == placed["L06"] == (DOMAIN_4, None)
    assert placed["L03"] == (DOMAIN_3, None)


def test_a_long_section_row_numbered_like_the_others_needs_no_styling(
    tmp_path: Path, store: Store
) -> None:
    rows = [("section", PRIORITY_1), L03, L04, ("section", PRIORITY_2), L05, L06]
    report = import_file(store, _book(tmp_path / "plan.xlsx", rows, shade=None))
    assert report.status == "imported", report.review
    placed = _placed(store)
    assert placed["L04"] == (PRIORITY_1, None)
    assert placed["L05"] == placed["L06"] == (PRIORITY_2, None)


def test_long_section_rows_alone_vouch_for_each_other_when_numbered_and_styled_alike(
    tmp_path: Path, store: Store
) -> None:
    rows = [("section", PRIORITY_2), L03, L04, ("section", PRIORITY_3), L05, L06]
    report = import_file(store, _book(tmp_path / "plan.xlsx", rows))
    assert report.status == "imported", report.review
    placed = _placed(store)
    assert placed["L03"] == (PRIORITY_2, None)
    assert placed["L06"] == (PRIORITY_3, None)


def test_a_long_unstyled_note_between_indicators_stays_a_note(tmp_path: Path, store: Store) -> None:
    rows = [("section", "Safeguarding"), L05, ("note", COMMENT), L06]
    report = import_file(store, _book(tmp_path / "asc.xlsx", rows))
    assert report.status == "imported", report.review
    placed = _placed(store)
    assert placed["L05"] == placed["L06"] == ("Safeguarding", None)
    assert any("note 'Performance dipped" in w for w in report.warnings)


def test_a_long_note_merged_across_like_the_section_rows_stays_a_note(
    tmp_path: Path, store: Store
) -> None:
    # section rows and notes both typed in the first column and merged across the table,
    # nothing shaded: the merge alone does not make the long row a section
    rows = [("section", "Safeguarding"), L05, ("note", COMMENT), L06]
    book = _book(
        tmp_path / "asc.xlsx",
        rows,
        shade=None,
        merge_sections=True,
        merge_notes=True,
        note_column=1,
    )
    report = import_file(store, book)
    assert report.status == "imported", report.review
    assert _placed(store)["L06"] == ("Safeguarding", None)


def test_long_shaded_commentary_rows_without_numbers_stay_notes(
    tmp_path: Path, store: Store
) -> None:
    # every commentary row shaded grey across the table: styled alike, but not numbered
    # like section rows, and no short section row shares the shade
    second = COMMENT.replace("October", "November")
    rows = [("section", "Safeguarding"), L05, ("note", COMMENT), L06, ("note", second)]
    book = _book(tmp_path / "asc.xlsx", rows, note_shade=GREY)
    report = import_file(store, book)
    assert report.status == "imported", report.review
    assert _placed(store)["L06"] == ("Safeguarding", None)


def test_a_long_row_shaded_as_every_row_is_stays_a_note(tmp_path: Path, store: Store) -> None:
    # the whole table filled one colour: the section rows' fill is not theirs alone
    rows = [("section", DOMAIN_3), L03, ("note", COMMENT), L04]
    book = _book(tmp_path / "asc.xlsx", rows, shade=None, fill_all=SHADE, note_column=1)
    report = import_file(store, book)
    assert report.status == "imported", report.review
    assert _placed(store)["L04"] == (DOMAIN_3, None)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (DOMAIN_4, ("domain", "4")),
        ("Priority 2 – Supporting people", ("priority", "2")),
        ("Objective C1. Residents feel safe", ("objective", "c1")),
        ("Well-being Objective 3: A greener county", ("well being objective", "3")),
        ("Section B – Amber measures", ("section", "b")),
        (COMMENT, None),
        ("NB - 3 young people started apprenticeships", None),
        ("Q1 not reported: new tracking process began in July", None),
        ("1. Adult Social Care and Health", None),
    ],
)
def test_the_numbered_start_of_a_section_row(text: str, found: tuple[str, str] | None) -> None:
    assert lead(text) == found
