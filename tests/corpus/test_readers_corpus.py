"""Every corpus file either reads into a Workbook or is refused with a one-line message."""

from __future__ import annotations

import csv
import datetime as dt

import pytest

from desktop.scorecard.model import PasswordRequired, ScorecardError
from desktop.scorecard.read.grid import Workbook
from desktop.scorecard.read.workbook import read_workbook
from tests.helpers.corpus import CORPUS

pytestmark = [
    pytest.mark.corpus,
    pytest.mark.skipif(not (CORPUS / "MANIFEST.tsv").exists(), reason="corpus not present"),
]

PASSWORDS = {
    "gen__encrypted_agile_password_Scrutineer-2025.xlsx": "Scrutineer-2025",
    "calamine__pass_protected.xlsx": "123",
    "calamine__pass_protected.xlsb": "1234",
    "pycalamine__password.xlsx": "1234",
    "pycalamine__password.xls": "1234",
    "sheetjs__password_2002_128_strong.xls": "password",
}


def _manifest() -> list[str]:
    if not (CORPUS / "MANIFEST.tsv").exists():
        return []
    with (CORPUS / "MANIFEST.tsv").open(encoding="utf-8", newline="") as fh:
        return [row["path"] for row in csv.DictReader(fh, delimiter="\t")]


def _read(name: str, password: str | None = None) -> Workbook:
    return read_workbook(CORPUS / "edge" / name, password=password)


@pytest.mark.parametrize("rel", _manifest())
def test_file_reads_or_is_refused_in_one_line(rel: str) -> None:
    path = CORPUS / rel
    try:
        book = read_workbook(path, password=PASSWORDS.get(path.name))
    except ScorecardError as err:
        message = str(err)
        assert "\n" not in message
        assert " — " in message
        assert not (path.name in PASSWORDS and isinstance(err, PasswordRequired))
        return
    assert book.sheets
    assert any(sheet.rows for sheet in book.sheets)
    for sheet in book.sheets:
        widths = {len(row) for row in sheet.rows}
        assert len(widths) <= 1  # a rectangular grid


@pytest.mark.parametrize("name", sorted(PASSWORDS))
def test_encrypted_file_without_password_asks_for_one(name: str) -> None:
    with pytest.raises(PasswordRequired, match="password-protected"):
        _read(name)


def test_agile_encrypted_file_opens_with_its_password() -> None:
    book = _read("gen__encrypted_agile_password_Scrutineer-2025.xlsx", "Scrutineer-2025")
    assert book.sheets[0].rows[0][0] is not None


def test_xor_obfuscated_xls_is_refused_clearly() -> None:
    with pytest.raises(ScorecardError, match="XOR"):
        _read("sheetjs__password_2002_40_xor.xls", "anything")


def test_claimed_huge_dimension_stays_small() -> None:
    book = _read("gen__dimension_claims_A1_XFD1048576.xlsx")
    assert len(book.sheets[0].rows) == 3
    assert len(book.sheets[0].rows[0]) == 3


def test_far_formatted_blank_cells_do_not_grow_the_grid() -> None:
    rows = _read("gen__formatted_blank_cells_at_A1048576_and_XFD1.xlsx").sheets[0].rows
    assert (len(rows), len(rows[0])) == (4, 3)


def test_1904_dates_land_in_2024() -> None:
    rows = _read("gen__date1904_epoch.xlsx").sheets[0].rows
    assert rows[1][1] == dt.date(2024, 4, 1)


def test_fill_only_rag_cells_resolve_rgb_theme_and_indexed() -> None:
    sheet = _read("gen__scorecard_rag_fill_only_rgb_theme_indexed.xlsx").sheets[0]
    fills = {sheet.styles[(r, 5)].fill for r in range(1, 7)}
    assert fills == {"FF0000", "00B050", "D99694", "FF9900", "E46C0A"}


def test_spill_and_calc_errors_are_recorded_not_raised() -> None:
    errors = set(_read("gen__all_error_types_as_cell_values.xlsx").sheets[0].errors.values())
    assert {"#SPILL!", "#CALC!", "#N/A", "#DIV/0!"} <= errors


def test_hidden_sheets_rows_and_columns_are_flagged() -> None:
    book = _read("gen__hidden_rows_cols_and_sheets.xlsx")
    assert [s.hidden for s in book.sheets] == [False, True, True]
    assert book.sheets[0].hidden_rows
    assert book.sheets[0].hidden_cols


def test_formulas_without_cached_values_warn() -> None:
    book = _read("gen__formulas_no_cached_values.xlsx")
    assert any("no saved values" in w for w in book.warnings)


def test_csv_named_xlsx_is_read_with_a_warning() -> None:
    book = _read("gen__csv_content_named.xlsx")
    assert book.format == "csv"
    assert any("wrong extension" in w for w in book.warnings)


def test_xlsx_named_xls_is_read_as_xlsx() -> None:
    assert _read("gen__xlsx_content_named.xls").format == "xlsx"


def test_cp1252_csv_has_no_mojibake() -> None:
    text = repr(_read("gen__csv_cp1252_pound_endash.csv").sheets[0].rows)
    assert "Ã" not in text
    assert "£" in text or "–" in text


def test_semicolon_csv_sets_decimal_comma() -> None:
    assert _read("gen__csv_semicolon_decimal_comma.csv").decimal_comma is True


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("sheetjs__Attendance.numbers", "export it from Numbers as .xlsx"),
        ("sheetjs__LO7322.fods", "save it as .xlsx or .csv"),
        ("sheetjs__AutoFilter.xml", "save it as .xlsx or .csv"),
        ("sheetjs__ErrorTypes.slk", "save it as .xlsx or .csv"),
        ("sheetjs__ErrorTypes.dif", "save it as .xlsx or .csv"),
        ("gen__word_doc_renamed.xls", "not a spreadsheet"),
        ("gen__html_table_named.xls", "HTML"),
        ("gen__truncated_zip_half.xlsx", "damaged"),
        ("gen__zip_not_ooxml.xlsx", "not a spreadsheet"),
        ("gen__png_bytes_renamed.xlsx", "not a spreadsheet"),
        ("pycalamine__empty_file_zero_bytes.xlsx", "empty"),
        ("gen__empty_workbook_one_blank_sheet.xlsx", "no cells"),
        ("calamine__pass_protected.ods", "password"),
    ],
)
def test_refusals_say_what_to_do(name: str, words: str) -> None:
    with pytest.raises(ScorecardError, match=words):
        _read(name)
