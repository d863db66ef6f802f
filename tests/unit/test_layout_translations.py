"""One scorecard published twice in a workbook (a Welsh and an English sheet, or a copy made for
printing) is read once: from the English sheet, or the one not named as a copy; sheets whose
figures differ are two tables, read as before."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook as OpenpyxlWorkbook

from desktop.scorecard.layout.find import detect
from desktop.scorecard.model import ParsedScorecard
from desktop.scorecard.read.grid import CellValue, Sheet, Workbook
from desktop.scorecard.read.workbook import read_workbook

Rows = list[list[CellValue]]

FIGURES: list[tuple[str, float, float, float]] = [
    ("HHC/001", 412.0, 398.0, 95.0),
    ("HHC/002", 27.5, 31.0, 30.0),
    ("HHC/003", 88.1, 90.4, 90.0),
]
WELSH_NAMES = [
    "Nifer y cartrefi newydd a adeiladwyd yn y sir",
    "Nifer cyfartalog y diwrnodau i ailosod cartrefi gwag",
    "Canran y rhent a gasglwyd gan y cyngor",
]
ENGLISH_NAMES = [
    "Number of new homes built in the county",
    "Average number of days to re-let empty homes",
    "Percentage of rent collected by the council",
]


def _sheet(name: str, heading: Sequence[str], names: Sequence[str], *, codes: bool = True) -> Sheet:
    rows: Rows = [["Adroddiad perfformiad" if heading[0] == "Cod" else "Performance report"], []]
    rows.append(list(heading) if codes else list(heading[1:]))
    for (code, q1, q2, target), name_text in zip(FIGURES, names, strict=True):
        row: list[CellValue] = [code, name_text, q1, q2, target]
        rows.append(row if codes else row[1:])
    return Sheet(name, rows)


WELSH_HEADING = ["Cod", "Dangosydd", "Chwarter 1 2024-25", "Chwarter 2 2024-25", "Targed"]
ENGLISH_HEADING = ["Code", "Indicator", "Quarter 1 2024-25", "Quarter 2 2024-25", "Target"]


def _detect(*sheets: Sheet) -> ParsedScorecard:
    return detect(
        Workbook(path="/tmp/twice.xlsx", format="xlsx", sheets=list(sheets)), explaining=True
    )


def _names(parsed: ParsedScorecard) -> list[str]:
    return [i.name for i in parsed.indicators]


def test_the_english_sheet_is_read_and_the_welsh_one_named_as_its_translation() -> None:
    parsed = _detect(
        _sheet("Cymraeg", WELSH_HEADING, WELSH_NAMES),
        _sheet("English", ENGLISH_HEADING, ENGLISH_NAMES),
    )
    assert not parsed.review, parsed.review
    assert _names(parsed) == ENGLISH_NAMES
    assert all(i.portfolio is None for i in parsed.indicators)
    homes = parsed.indicators[0]
    assert [(o.period.label, o.actual, o.sheet) for o in homes.observations] == [
        ("Q1 2024/25", 412.0, "English"),
        ("Q2 2024/25", 398.0, "English"),
    ]
    said = [w for w in parsed.warnings if w.startswith("Cymraeg:")]
    assert said and "Welsh version" in said[0] and "'English'" in said[0]
    assert any(line.startswith("sheet 'Cymraeg'") for line in parsed.explain)


def test_the_language_is_told_by_the_words_when_the_sheet_names_do_not_say() -> None:
    # English first this time, and sheets named after the report, not the language
    parsed = _detect(
        _sheet("Performance Q2", ENGLISH_HEADING, ENGLISH_NAMES, codes=False),
        _sheet("Perfformiad Ch2", WELSH_HEADING, WELSH_NAMES, codes=False),
    )
    assert not parsed.review, parsed.review
    assert _names(parsed) == ENGLISH_NAMES
    assert any(w.startswith("Perfformiad Ch2:") for w in parsed.warnings)


def test_a_copy_for_printing_is_read_once_from_the_sheet_it_copies() -> None:
    parsed = _detect(
        _sheet("Print version", ENGLISH_HEADING, ENGLISH_NAMES),
        _sheet("Scorecard", ENGLISH_HEADING, ENGLISH_NAMES),
    )
    assert _names(parsed) == ENGLISH_NAMES
    assert {o.sheet for i in parsed.indicators for o in i.observations} == {"Scorecard"}
    assert all(i.portfolio is None for i in parsed.indicators)
    assert any("copy of the table on 'Scorecard'" in w for w in parsed.warnings)


def test_sheets_whose_figures_differ_are_both_read() -> None:
    welsh = _sheet("Cymraeg", WELSH_HEADING, WELSH_NAMES)
    english = _sheet("English", ENGLISH_HEADING, ENGLISH_NAMES)
    english.rows[4][3] = 33.0  # one figure differs: not a translation
    parsed = _detect(welsh, english)
    assert len(parsed.indicators) == 6
    assert not any("not read" in w for w in parsed.warnings)


def test_sheets_whose_codes_differ_are_both_read() -> None:
    first = _sheet("North", ENGLISH_HEADING, ENGLISH_NAMES)
    second = _sheet("South", ENGLISH_HEADING, ENGLISH_NAMES)
    for row in second.rows[3:]:
        row[0] = str(row[0]).replace("HHC", "HSG")
    parsed = _detect(first, second)
    assert len(parsed.indicators) == 6


def test_sheets_named_after_two_periods_are_both_read_even_with_the_same_figures() -> None:
    heading = ["Code", "Indicator", "Actual", "Last year", "Target"]
    parsed = _detect(
        _sheet("Q1 2024-25", heading, ENGLISH_NAMES), _sheet("Q2 2024-25", heading, ENGLISH_NAMES)
    )
    labels = {o.period.label for i in parsed.indicators for o in i.observations}
    assert {"Q1 2024/25", "Q2 2024/25"} <= labels


def test_a_saved_workbook_in_two_languages_reads_once(tmp_path: Path) -> None:
    book = OpenpyxlWorkbook()
    english = book.active
    assert english is not None
    english.title = "Saesneg"  # the English sheet, named in Welsh
    welsh = book.create_sheet("Welsh")
    english.append(ENGLISH_HEADING)
    welsh.append(WELSH_HEADING)
    for (code, q1, q2, target), name_en, name_cy in zip(
        FIGURES, ENGLISH_NAMES, WELSH_NAMES, strict=True
    ):
        english.append([code, name_en, q1, q2, target])
        welsh.append([code, name_cy, q1, q2, target])
    path = tmp_path / "perfformiad performance.xlsx"
    book.save(path)
    parsed = detect(read_workbook(path))
    assert _names(parsed) == ENGLISH_NAMES
    assert sum(len(i.observations) for i in parsed.indicators) == 6
