"""Development fixtures rewritten in ways that keep their meaning read the same, or go to review.

Each case is one fixture's workbook with one rewrite of ``metamorphic.REWRITES`` (the
table moved down, a title above it, a spacer column, headings in other words, figures
typed as text, rows sorted, headings split over two rows, footnote marks on names, an
average row under the table, the file saved as .ods or .csv...). The import must be the fixture's expected reading exactly, or
``needs_review``: never a figure different, missing or spurious, never a doubtful file
imported. A deterministic sample runs by default; ``SCRUTINEER_METAMORPHIC=full`` runs
every fixture with every rewrite (``python -m tests.realistic.metamorphic`` prints the
same sweep as a table).
"""

from __future__ import annotations

import os
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import Workbook

from tests.realistic import catalogue, metamorphic
from tests.realistic.kit import Expected, Obs

FULL = os.environ.get("SCRUTINEER_METAMORPHIC", "") == "full"
CASES = metamorphic.cases() if FULL else metamorphic.sample()

# cases known not to hold yet: (fixture, rewrite) -> what goes wrong
KNOWN: dict[tuple[str, str], str] = {
    ("ytd_and_annual_target_columns", "rename_3"): (
        "the rewrite turns 'Measure type' into 'Description type' and 'Target YTD' into"
        " 'Target value', so nothing left says which rows are snapshots: every 'Performance"
        " YTD' figure is then read as the year to date"
    ),
    ("fire_and_rescue_authority_quarterly_response_times", "rename_4"): (
        "the rewrite turns 'YTD target' into 'Aim': only the 'Year to date' band over it and"
        " the note ('RAG compares the year to date with the YTD target') still say the target"
        " is the year to date's, and the importer does not read them, so the target is spread"
        " over the quarters without a word"
    ),
}


OFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.fixture(scope="module")
def runner(tmp_path_factory: pytest.TempPathFactory) -> metamorphic.Runner:
    made = metamorphic.Runner(tmp_path_factory.mktemp("metamorphic"))
    if OFFICE is not None:
        made.prepare(CASES)  # every case saved in another format, converted in one run each
    return made


@pytest.mark.parametrize(("fixture", "rewrite"), CASES, ids=[f"{f}-{r}" for f, r in CASES])
def test_rewrite_reads_the_same_or_goes_to_review(
    runner: metamorphic.Runner, fixture: str, rewrite: str
) -> None:
    if (fixture, rewrite) in KNOWN:
        pytest.xfail(KNOWN[(fixture, rewrite)])
    if rewrite in metamorphic.CONVERSIONS and OFFICE is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    result = runner.run(fixture, rewrite)
    if not result.holds and not runner.run(fixture, "resave").holds:
        pytest.xfail(f"{fixture} itself is not read as expected yet, rewritten or not")
    assert result.holds, result.describe()


@pytest.mark.parametrize("fixture", [f.name for f in metamorphic.fixtures()][::7])
def test_saving_again_changes_nothing(runner: metamorphic.Runner, fixture: str) -> None:
    """The control: a workbook opened and saved unchanged reads as it did, review or not."""
    result = runner.run(fixture, "resave")
    if result.verdict == "not-applicable":
        pytest.skip(f"{fixture}: openpyxl cannot open the workbook to save it again")
    wanted = "exact" if catalogue.by_name(fixture).status == "imported" else "review"
    if result.verdict != wanted and runner.keeps_formulas(fixture):
        pytest.xfail(f"{fixture}: openpyxl saves its formulas again without their saved values")
    as_built = runner.run(fixture, metamorphic.AS_BUILT)
    if result.verdict != wanted and as_built.verdict == result.verdict:
        pytest.xfail(f"{fixture} itself is not read as expected yet, saved again or not")
    assert result.verdict == wanted, result.describe()


def test_the_sample_covers_every_rewrite_and_many_fixtures() -> None:
    sample = metamorphic.sample()
    assert {r for _, r in sample} == set(metamorphic.REWRITES)
    assert len({f for f, _ in sample}) == len(metamorphic.fixtures())
    assert sample == metamorphic.sample(), "the sample is deterministic"


def test_rewrites_move_review_cells_with_their_cells(tmp_path: Path) -> None:
    runner = metamorphic.Runner(tmp_path)
    doubtful = next(f for f in metamorphic.fixtures() if f.status == "needs_review")
    path, expected = doubtful.build(tmp_path)
    from openpyxl import load_workbook

    moved = metamorphic.REWRITES["shift"](load_workbook(path), expected)
    assert moved is not None and moved.review_cells != expected.review_cells
    sheet, cell = expected.review_cells[0].rsplit("!", 1)
    new_sheet, new_cell = moved.review_cells[0].rsplit("!", 1)
    assert new_sheet == sheet and new_cell != cell
    assert runner.run(doubtful.name, "shift").verdict == "review"


def _small_card() -> tuple[Workbook, Expected]:
    """A plain scorecard: code, name, unit, polarity, two quarters, target and RAG letter."""
    book = Workbook()
    ws = book.active
    assert ws is not None
    ws.title = "Sheet1"
    ws.append(
        ["Code", "Indicator", "Unit", "Polarity", "Q1 2024/25", "Q2 2024/25", "Target", "RAG"]
    )
    rows = (
        ("H1", "Homes let", "days", "Lower is better", 31, 28, 30, "G"),
        ("H2", "Rent collected", "%", "Higher is better", 97.1, 97.6, 98, "A"),
        ("H3", "Repairs on time", "%", "Higher is better", 88, 91, 95, "R"),
    )
    expected = Expected([], review_cells=["Sheet1!H4"])
    for code, name, _unit, polarity, q1, q2, target, _rag in rows:
        ws.append([code, name, _unit, polarity, q1, q2, target, _rag])
        expected.observations += [
            Obs(code, name, "Q1 2024/25", q1, target=target),
            Obs(code, name, "Q2 2024/25", q2, target=target),
        ]
        expected.add_meta(code, name, polarity.split()[0].lower() + "_is_better", None)
    return book, expected


def _row(book: Workbook, row: int) -> list[object]:
    return [c.value for c in book.worksheets[0][row] if c.value is not None]


def test_third_round_rewrites_change_what_they_say() -> None:
    book, expected = _small_card()
    assert metamorphic.REWRITES["rag_words"](book, expected) is not None
    assert _row(book, 2)[-1] == "Green" and _row(book, 4)[-1] == "Red"
    assert metamorphic.REWRITES["rag_letters"](book, expected) is not None
    assert _row(book, 3)[-1] == "A"

    book, expected = _small_card()
    assert metamorphic.REWRITES["code_after_name"](book, expected) is not None
    assert _row(book, 1)[:2] == ["Indicator", "Code"] and _row(book, 3)[:2] == [
        "Rent collected",
        "H2",
    ]

    book, expected = _small_card()
    assert metamorphic.REWRITES["target_words"](book, expected) is not None
    targets = [book.worksheets[0].cell(row=r, column=7).value for r in (2, 3, 4)]
    assert targets == [30, "≥ 98", "at least 95"], "only higher-is-better targets, in words"

    book, expected = _small_card()
    assert metamorphic.REWRITES["unit_in_name"](book, expected) is not None
    assert _row(book, 1)[:3] == ["Code", "Indicator", "Polarity"]
    assert _row(book, 2)[:3] == ["H1", "Homes let (days)", "Lower is better"]

    book, expected = _small_card()
    renamed = metamorphic.REWRITES["portfolio_sheet"](book, expected)
    assert renamed is not None and book.worksheets[0].title != "Sheet1"
    assert renamed.review_cells == [f"{book.worksheets[0].title}!H4"]


def test_fourth_round_rewrites_change_what_they_say() -> None:
    book, expected = _small_card()
    assert metamorphic.REWRITES["key_beside"](book, expected) is not None
    ws = book.worksheets[0]
    assert ws.cell(row=1, column=10).value == "Key"
    assert ws.cell(row=2, column=10).value == "R = off target by more than 5%"

    book, expected = _small_card()
    assert metamorphic.REWRITES["excel_table"](book, expected) is not None
    assert [t.ref for t in book.worksheets[0].tables.values()] == ["A1:H4"]

    book, expected = _small_card()
    assert metamorphic.REWRITES["status_dropdown"](book, expected) is not None
    rules = book.worksheets[0].data_validations.dataValidation
    assert [(r.formula1, str(r.sqref)) for r in rules] == [('"R,A,G"', "H2:H4")]

    book, expected = _small_card()
    assert metamorphic.REWRITES["heading_breaks"](book, expected) is not None
    assert _row(book, 1)[:5] == ["Code", "Indicator", "Unit", "Polarity", "Q1\n2024/25"]

    book, expected = _small_card()
    moved = metamorphic.REWRITES["last_updated"](book, expected)
    assert moved is not None and moved.review_cells == ["Sheet1!H6"]
    assert _row(book, 1) == ["Last updated: 12/11/2024"] and _row(book, 3)[0] == "Code"

    book, expected = _small_card()
    assert metamorphic.REWRITES["merged_title"](book, expected) is not None
    assert [str(m) for m in book.worksheets[0].merged_cells.ranges] == ["A1:H1"]
    assert metamorphic.REWRITES["status_far_right"](book, expected) is None, "already last"
    assert metamorphic.REWRITES["rating_counts"](book, expected) is None, "no ratings read"

    book, expected = _small_card()
    ws = book.worksheets[0]
    ws.cell(row=4, column=6).value = "n/a"
    expected.observations[-1] = replace(expected.observations[-1], actual=None, actual_text="n/a")
    swapped = metamorphic.REWRITES["null_markers"](book, expected)
    assert swapped is not None and ws.cell(row=4, column=6).value == "-"
    assert swapped.observations[-1].actual_text == "-"
