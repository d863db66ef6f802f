"""Quarter bands headed by the end a figure to date reaches with the months it covers in
brackets ('To end of Q2 (Apr–Sep 2024)') over 'Profile' | 'Actual': each actual is the span
from April with its own band's profile as target, the rating on the latest band reported,
last year's same span a figure of its own. A band whose words and months disagree, or an
'Actual' under a period heading that could not be read beside dated columns, is held for
review naming its cell, never left out silently."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from openpyxl import Workbook

from db import queries
from db.store import Store
from desktop.scorecard.importer import ImportReport, import_file
from desktop.scorecard.layout import header as layout_header
from desktop.scorecard.layout import months_covered

BANDS = (
    "To end of Q1\n(Apr\u2013Jun 2024)",
    "To end of Q2\n(Apr\u2013Sep 2024)",
    "To end of Q3\n(Apr\u2013Dec 2024)",
)
LAST_YEAR = "Same period last year\n(Apr\u2013Dec 2023)"
# ref, measure, same period last year, annual target, (profile, actual) per band, RAG
ROWS: tuple[tuple[object, ...], ...] = (
    ("LIB01", "Physical visits to libraries", 431880, 620000,
     ((150000, 148212), (310000, 309540), (455000, 447905)), "A"),
    ("ART02", "Tickets sold at the theatre", 49870, 64000,
     ((14000, 13118), (27000, 25702), (52000, None)), "A"),
)  # fmt: skip
Q1, H1 = "Q1 2024/25", "H1 2024/25"
TO_DEC, LAST_DEC = "Apr 2024\u2013Dec 2024", "Apr 2023\u2013Dec 2023"


def _write(path: Path, bands: Sequence[str], sub: Sequence[str] = ("Profile", "Actual")) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Q3 2024-25"
    sheet.append(["Libraries, Museums and Culture \u2013 Quarterly Performance 2024/25"])
    sheet.append(["All figures are cumulative from 1 April 2024."])
    head: list[object] = ["Ref", "Measure", LAST_YEAR, "Annual target 2024/25"]
    under: list[object] = [None] * 4
    for band in bands:
        head += [band, None]
        under += list(sub)
    head.append("RAG (cumulative)")
    under.append(None)
    sheet.append(head)
    sheet.append(under)
    for col in (1, 2, 3, 4, len(head)):
        sheet.merge_cells(start_row=3, start_column=col, end_row=4, end_column=col)
    for k in range(len(bands)):
        sheet.merge_cells(start_row=3, start_column=5 + 2 * k, end_row=3, end_column=6 + 2 * k)
    for ref, name, last_year, annual, pairs, rag in ROWS:
        assert isinstance(pairs, tuple)
        sheet.append([ref, name, last_year, annual, *(v for pair in pairs for v in pair), rag])
    book.save(path)
    return path


def _import(path: Path, tmp_path: Path) -> tuple[ImportReport, dict[str, set[tuple[object, ...]]]]:
    store = Store.open(tmp_path / "store.db")
    try:
        report = import_file(store, path)
        with store.read_session() as session:
            stored = queries.load_indicators(session)
    finally:
        store.close()
    return report, {
        i.code or i.name: {(o.period.label, o.actual, o.target, o.rag) for o in i.observations}
        for i in stored
    }


def test_each_band_is_the_span_from_april_against_its_own_profile(tmp_path: Path) -> None:
    report, stored = _import(_write(tmp_path / "culture.xlsx", BANDS), tmp_path)
    assert (report.status, report.review) == ("imported", [])
    assert stored["LIB01"] == {
        (LAST_DEC, 431880, None, None),  # last year's same span: no target of this year's
        (Q1, 148212, 150000, None),
        (H1, 309540, 310000, None),
        (TO_DEC, 447905, 455000, "amber"),
    }
    assert stored["ART02"] == {  # its December not in: the rating is on the latest band given
        (LAST_DEC, 49870, None, None),
        (Q1, 13118, 14000, None),
        (H1, 25702, 27000, "amber"),
    }


@pytest.mark.parametrize(
    ("heading", "label"),
    [
        ("Up to Q3 (April\u2013December 2024)", TO_DEC),
        ("YTD to end of September (Apr-Sep 2024)", H1),
        ("Cumulative to the end of Quarter 2 (Apr\u2013Sep 2024)", H1),
        ("To end of Q2 2024/25 (Apr\u2013Sep 2024)", H1),
        ("To end of Q4 (Apr 2024\u2013Mar 2025)", "2024/25"),
        ("To end of Q1 [Apr\u2013Jun 2024]", Q1),
    ],
)
def test_other_wordings_of_the_end_reached_read_the_months_in_brackets(
    heading: str, label: str
) -> None:
    column = layout_header.classify(f"{heading} Actual")
    assert (column.field, column.period and column.period.label) == ("actual", label)


@pytest.mark.parametrize(
    "heading",
    [
        "Same period last year (Apr\u2013Dec 2023)",  # no end reached: a relative heading
        "Q2 (Jul\u2013Sep 2024)",  # a quarter and its months, no end reached
        "To end of Q2 (Jul\u2013Sep 2024)",  # not counted from April: the quarter's own months
        "12 months to end of Q2 (Oct 2023\u2013Sep 2024)",  # a rolling year
        "Actual (Apr\u2013Sep 2024)",
    ],
)
def test_headings_naming_no_end_reached_are_not_read_by_the_rule(heading: str) -> None:
    assert months_covered.read(heading) is None


def test_a_band_whose_months_do_not_reach_the_end_it_names_is_held(tmp_path: Path) -> None:
    bands = (BANDS[0], "To end of Q2\n(Apr\u2013Dec 2024)", BANDS[2])  # Q3's months typed
    report, stored = _import(_write(tmp_path / "culture.xlsx", bands), tmp_path)
    assert report.status == "needs_review" and stored == {}
    (line,) = report.review
    assert "H3" in line and "'To end of Q2 (Apr\u2013Dec 2024)' names the end of Q2" in line


def test_period_bands_not_read_beside_a_dated_column_are_held_not_dropped(
    tmp_path: Path,
) -> None:
    # 'To end of Q1 2024/25' says where the figures stop, not where they start: no reading
    bands = ("To end of Q1 2024/25", "To end of Q2 2024/25", "To end of Q3 2024/25")
    report, stored = _import(_write(tmp_path / "culture.xlsx", bands), tmp_path)
    assert report.status == "needs_review" and stored == {}
    (line,) = report.review
    assert "F3" in line and "'To end of Q1 2024/25 Actual' names a period" in line
    assert "H3" in line and "J3" in line


def test_an_undated_actual_beside_dated_columns_is_still_left_out_with_a_warning(
    tmp_path: Path,
) -> None:
    bands = ("Apr\u2013Jun 2024", "Apr\u2013Sep 2024", "Current position")
    report, stored = _import(_write(tmp_path / "culture.xlsx", bands), tmp_path)
    assert (report.status, report.review) == ("imported", [])
    assert any("'Current position Actual'" in w for w in report.warnings)
    assert {label for label, *_ in stored["LIB01"]} == {LAST_DEC, Q1, H1}
