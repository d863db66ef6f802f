"""Every realistic fixture writes a readable file and promises a well-formed reading."""

from __future__ import annotations

import csv
import hashlib
import io
import random
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.formula import ArrayFormula
from python_calamine import CalamineWorkbook

from tests.realistic import catalogue
from tests.realistic.kit import Expected, canonical_period, indicator_key

NAMES = [f.name for f in catalogue.FIXTURES]


def _build(name: str, folder: Path) -> tuple[Path, Expected]:
    return catalogue.by_name(name).build(folder)


@pytest.mark.parametrize("name", NAMES)
def test_builder_writes_a_readable_file(name: str, tmp_path: Path) -> None:
    path, _ = _build(name, tmp_path)
    assert path.is_file() and path.stat().st_size > 0
    if path.suffix == ".csv":
        text = _csv_text(path)
        if text.startswith("sep="):  # Excel's separator hint: an instruction, not a row
            hint, text = text.split("\n", 1)
            delimiter = hint.strip()[4:] or ","
        else:
            first = text.splitlines()[0]
            delimiter = (
                "\t"
                if "\t" in first
                else "|"
                if first.count("|") > first.count(",")
                else ";"
                if first.count(";") > first.count(",")
                else ","
            )
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
        assert len(rows) > 1 and len(rows[0]) > 2
    elif path.suffix in (".ods", ".xls") or _strict(path):
        book = CalamineWorkbook.from_path(str(path))
        assert any(len(book.get_sheet_by_name(n).to_python()) > 1 for n in book.sheet_names)
    else:
        book = load_workbook(path)
        assert any(sheet.max_row > 1 for sheet in book.worksheets)


@pytest.mark.parametrize("name", NAMES)
def test_expectation_is_well_formed(name: str, tmp_path: Path) -> None:
    fixture = catalogue.by_name(name)
    _, expected = _build(name, tmp_path)
    assert expected.status == fixture.status
    if expected.status == "needs_review":
        assert expected.review_cells and all("!" in cell for cell in expected.review_cells)
    else:
        assert expected.observations, "an imported file must promise observations"
    keys = [o.key for o in expected.observations]
    assert len(keys) == len(set(keys)), "an observation is expected twice"
    for obs in expected.observations:
        assert canonical_period(obs.period), obs.period
        assert obs.name.strip() == obs.name and obs.name
        assert (obs.actual is None) != (obs.actual_text is None), obs
        assert obs.rag in (None, "red", "amber", "green")
        if obs.band is not None:
            assert obs.band[0] < obs.band[1]
    known = {indicator_key(o.code, o.name) for o in expected.observations}
    assert set(expected.polarity) <= known and set(expected.unit) <= known
    assert set(expected.polarity.values()) <= {
        "higher_is_better",
        "lower_is_better",
        "on_target",
        "none",
    }


@pytest.mark.parametrize("name", NAMES)
def test_builder_is_deterministic(name: str, tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    path_a, first = _build(name, tmp_path / "a")
    path_b, second = _build(name, tmp_path / "b")
    assert first == second
    assert _cells(path_a) == _cells(path_b)


def _strict(path: Path) -> bool:
    """Whether an .xlsx was saved as Excel's 'Strict Open XML Spreadsheet', which openpyxl cannot read."""
    if path.suffix not in (".xlsx", ".xlsm"):
        return False
    with zipfile.ZipFile(path) as zf:
        return b"http://purl.oclc.org/ooxml/spreadsheetml/main" in zf.read("xl/workbook.xml")


def _csv_text(path: Path) -> str:
    """A CSV download's text, in the encoding its byte-order mark names (UTF-8 without one).

    Bytes that are not UTF-8 are Windows-1252, as Excel for Windows saves 'CSV (Comma delimited)'.
    """
    raw = path.read_bytes()
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252")


def _cells(path: Path) -> list[tuple[str, str, object]]:
    """Every non-blank cell of the file as (sheet, coordinate, value)."""
    if path.suffix == ".csv":
        return [("csv", str(i), line) for i, line in enumerate(_csv_text(path).splitlines())]
    if path.suffix in (".ods", ".xls") or _strict(path):
        book = CalamineWorkbook.from_path(str(path))
        return [
            (name, f"{r},{c}", value)
            for name in book.sheet_names
            for r, row in enumerate(book.get_sheet_by_name(name).to_python())
            for c, value in enumerate(row)
            if value != ""
        ]
    found = []
    for sheet in load_workbook(path).worksheets:
        for row in sheet.iter_rows():
            found += [
                (sheet.title, c.coordinate, _value(c.value)) for c in row if c.value is not None
            ]
    return found


def _value(value: object) -> object:
    """A cell's value; an array formula by its range and text, since openpyxl's objects do not compare."""
    if isinstance(value, ArrayFormula):
        return ("array formula", value.ref, value.text)
    return value


@pytest.mark.parametrize("name", [f.name for f in catalogue.FIXTURES if f.status == "needs_review"])
def test_review_cells_name_a_sheet_of_the_file(name: str, tmp_path: Path) -> None:
    path, expected = _build(name, tmp_path)
    if path.suffix in (".ods", ".xls"):
        sheets = CalamineWorkbook.from_path(str(path)).sheet_names
    elif path.suffix == ".csv":  # a CSV's one sheet is named after the file
        sheets = [path.stem]
    else:
        sheets = load_workbook(path).sheetnames
    for ref in expected.review_cells:
        sheet, cell = ref.rsplit("!", 1)
        assert sheet in sheets and cell[0].isalpha() and cell[-1].isdigit(), ref


def test_catalogue_names_are_unique_and_live_where_their_set_says() -> None:
    assert len(NAMES) == len(set(NAMES))
    here = Path(__file__).parent
    for fixture in catalogue.FIXTURES:
        assert (here / fixture.package / f"{fixture.name}.py").is_file(), fixture.name
        assert fixture.filename.rsplit(".", 1)[-1] in {"xlsx", "xlsm", "xls", "csv", "ods"}
        assert fixture.holdout_set in catalogue.HOLDOUT_SETS


def test_holdout_is_the_stated_draw() -> None:
    drawn = set(random.Random(11).sample(sorted(catalogue.PLANNED), 11))
    built = {f.name for f in catalogue.FIXTURES}
    assert {f.name for f in catalogue.holdout()} == drawn & built


def test_second_holdout_is_the_stated_draw() -> None:
    planned = sorted(catalogue.PLANNED_2)
    assert len(planned) == 24 == len(set(planned))
    digest = hashlib.sha256("\n".join(planned).encode()).hexdigest()
    assert digest == catalogue.PLANNED_2_SHA256, "the planned list changed after it was recorded"
    drawn = set(random.Random(2026).sample(planned, 12))
    assert {f.name for f in catalogue.holdout("holdout2")} == drawn
    assert {f.name for f in catalogue.development()} >= set(planned) - drawn


def test_third_holdout_is_the_stated_draw() -> None:
    planned = sorted(catalogue.PLANNED_3)
    assert len(planned) == 24 == len(set(planned))
    digest = hashlib.sha256("\n".join(planned).encode()).hexdigest()
    assert digest == catalogue.PLANNED_3_SHA256, "the planned list changed after it was recorded"
    drawn = set(random.Random(3).sample(planned, 12))
    assert {f.name for f in catalogue.holdout("holdout3")} == drawn
    assert {f.name for f in catalogue.development()} >= set(planned) - drawn


def test_fourth_holdout_is_the_stated_draw() -> None:
    planned = sorted(catalogue.PLANNED_4)
    assert len(planned) == 12 == len(set(planned))
    digest = hashlib.sha256("\n".join(planned).encode()).hexdigest()
    assert digest == catalogue.PLANNED_4_SHA256, "the planned list changed after it was recorded"
    drawn = set(random.Random(4).sample(planned, 4))
    assert {f.name for f in catalogue.holdout("holdout4")} == drawn
    assert {f.name for f in catalogue.development()} >= set(planned) - drawn


def test_fifth_holdout_is_the_stated_draw() -> None:
    planned = sorted(catalogue.PLANNED_5)
    assert len(planned) == 18 == len(set(planned))
    digest = hashlib.sha256("\n".join(planned).encode()).hexdigest()
    assert digest == catalogue.PLANNED_5_SHA256, "the planned list changed after it was recorded"
    drawn = set(random.Random(5).sample(planned, 6))
    assert {f.name for f in catalogue.holdout("holdout5")} == drawn


def test_sixth_holdout_is_the_stated_draw() -> None:
    planned = sorted(catalogue.PLANNED_6)
    assert len(planned) == 18 == len(set(planned))
    digest = hashlib.sha256("\n".join(planned).encode()).hexdigest()
    assert digest == catalogue.PLANNED_6_SHA256, "the planned list changed after it was recorded"
    drawn = set(random.Random(6).sample(planned, 6))
    assert {f.name for f in catalogue.holdout("holdout6")} == drawn
    assert {f.name for f in catalogue.development()} >= set(planned) - drawn


def test_seventh_holdout_is_the_stated_draw() -> None:
    planned = sorted(catalogue.PLANNED_7)
    assert len(planned) == 18 == len(set(planned))
    digest = hashlib.sha256("\n".join(planned).encode()).hexdigest()
    assert digest == catalogue.PLANNED_7_SHA256, "the planned list changed after it was recorded"
    drawn = set(random.Random(7).sample(planned, 6))
    assert {f.name for f in catalogue.holdout("holdout7")} == drawn
    assert {f.name for f in catalogue.development()} >= set(planned) - drawn


def test_eighth_holdout_is_the_stated_draw() -> None:
    planned = sorted(catalogue.PLANNED_8)
    assert len(planned) == 18 == len(set(planned))
    digest = hashlib.sha256("\n".join(planned).encode()).hexdigest()
    assert digest == catalogue.PLANNED_8_SHA256, "the planned list changed after it was recorded"
    drawn = set(random.Random(8).sample(planned, 6))
    assert {f.name for f in catalogue.holdout("holdout8")} == drawn
    assert {f.name for f in catalogue.development()} >= set(planned) - drawn


def test_ninth_holdout_is_the_stated_draw() -> None:
    planned = sorted(catalogue.PLANNED_9)
    assert len(planned) == 18 == len(set(planned))
    digest = hashlib.sha256("\n".join(planned).encode()).hexdigest()
    assert digest == catalogue.PLANNED_9_SHA256, "the planned list changed after it was recorded"
    drawn = set(random.Random(9).sample(planned, 6))
    assert {f.name for f in catalogue.holdout("holdout9")} == drawn
    assert {f.name for f in catalogue.development()} >= set(planned) - drawn


def test_tenth_holdout_is_the_stated_draw() -> None:
    planned = sorted(catalogue.PLANNED_10)
    assert len(planned) == 18 == len(set(planned))
    digest = hashlib.sha256("\n".join(planned).encode()).hexdigest()
    assert digest == catalogue.PLANNED_10_SHA256, "the planned list changed after it was recorded"
    drawn = set(random.Random(10).sample(planned, 6))
    assert {f.name for f in catalogue.holdout("holdout10")} == drawn
    assert {f.name for f in catalogue.development()} >= set(planned) - drawn


def test_twelfth_holdout_is_the_stated_draw() -> None:
    planned = sorted(catalogue.PLANNED_12)
    assert len(planned) == 18 == len(set(planned))
    digest = hashlib.sha256("\n".join(planned).encode()).hexdigest()
    assert digest == catalogue.PLANNED_12_SHA256, "the planned list changed after it was recorded"
    drawn = set(random.Random(12).sample(planned, 6))
    assert {f.name for f in catalogue.holdout("holdout12")} == drawn
    assert {f.name for f in catalogue.development()} >= set(planned) - drawn


def test_fourteenth_holdout_is_the_stated_draw() -> None:
    planned = sorted(catalogue.PLANNED_14)
    assert len(planned) == 18 == len(set(planned))
    digest = hashlib.sha256("\n".join(planned).encode()).hexdigest()
    assert digest == catalogue.PLANNED_14_SHA256, "the planned list changed after it was recorded"
    drawn = set(random.Random(14).sample(planned, 6))
    assert {f.name for f in catalogue.holdout("holdout14")} == drawn
    assert {f.name for f in catalogue.development()} >= set(planned) - drawn


def test_fifteenth_holdout_is_the_stated_draw() -> None:
    planned = sorted(catalogue.PLANNED_15)
    assert len(planned) == 18 == len(set(planned))
    digest = hashlib.sha256("\n".join(planned).encode()).hexdigest()
    assert digest == catalogue.PLANNED_15_SHA256, "the planned list changed after it was recorded"
    drawn = set(random.Random(15).sample(planned, 6))
    assert {f.name for f in catalogue.holdout("holdout15")} == drawn
    assert {f.name for f in catalogue.development()} >= set(planned) - drawn


def test_sixteenth_holdout_is_the_stated_draw() -> None:
    planned = sorted(catalogue.PLANNED_16)
    assert len(planned) == 18 == len(set(planned))
    digest = hashlib.sha256("\n".join(planned).encode()).hexdigest()
    assert digest == catalogue.PLANNED_16_SHA256, "the planned list changed after it was recorded"
    drawn = set(random.Random(16).sample(planned, 6))
    assert {f.name for f in catalogue.holdout("holdout16")} == drawn
    assert {f.name for f in catalogue.development()} >= set(planned) - drawn


def test_seventeenth_holdout_is_the_stated_draw() -> None:
    planned = sorted(catalogue.PLANNED_17)
    assert len(planned) == 18 == len(set(planned))
    digest = hashlib.sha256("\n".join(planned).encode()).hexdigest()
    assert digest == catalogue.PLANNED_17_SHA256, "the planned list changed after it was recorded"
    drawn = set(random.Random(17).sample(planned, 6))
    assert {f.name for f in catalogue.holdout("holdout17")} == drawn
    assert {f.name for f in catalogue.development()} >= set(planned) - drawn


def test_eighteenth_holdout_is_the_stated_draw() -> None:
    planned = sorted(catalogue.PLANNED_18)
    assert len(planned) == 18 == len(set(planned))
    digest = hashlib.sha256("\n".join(planned).encode()).hexdigest()
    assert digest == catalogue.PLANNED_18_SHA256, "the planned list changed after it was recorded"
    drawn = set(random.Random(18).sample(planned, 6))
    assert {f.name for f in catalogue.holdout("holdout18")} == drawn
    assert {f.name for f in catalogue.development()} >= set(planned) - drawn


def test_nineteenth_holdout_is_the_stated_draw() -> None:
    planned = sorted(catalogue.PLANNED_19)
    assert len(planned) == 18 == len(set(planned))
    digest = hashlib.sha256("\n".join(planned).encode()).hexdigest()
    assert digest == catalogue.PLANNED_19_SHA256, "the planned list changed after it was recorded"
    drawn = set(random.Random(19).sample(planned, 6))
    assert {f.name for f in catalogue.holdout("holdout19")} == drawn
    assert {f.name for f in catalogue.development()} >= set(planned) - drawn


def test_twentieth_holdout_is_the_stated_draw() -> None:
    planned = sorted(catalogue.PLANNED_20)
    assert len(planned) == 18 == len(set(planned))
    digest = hashlib.sha256("\n".join(planned).encode()).hexdigest()
    assert digest == catalogue.PLANNED_20_SHA256, "the planned list changed after it was recorded"
    drawn = set(random.Random(20).sample(planned, 6))
    assert {f.name for f in catalogue.holdout("holdout20")} == drawn
    assert {f.name for f in catalogue.development()} >= set(planned) - drawn


def test_twenty_first_holdout_is_the_stated_draw() -> None:
    planned = sorted(catalogue.PLANNED_21)
    assert len(planned) == 18 == len(set(planned))
    digest = hashlib.sha256("\n".join(planned).encode()).hexdigest()
    assert digest == catalogue.PLANNED_21_SHA256, "the planned list changed after it was recorded"
    drawn = set(random.Random(21).sample(planned, 6))
    assert {f.name for f in catalogue.holdout("holdout21")} == drawn
    assert {f.name for f in catalogue.development()} >= set(planned) - drawn


def test_twenty_second_holdout_is_the_stated_draw() -> None:
    planned = sorted(catalogue.PLANNED_22)
    assert len(planned) == 18 == len(set(planned))
    digest = hashlib.sha256("\n".join(planned).encode()).hexdigest()
    assert digest == catalogue.PLANNED_22_SHA256, "the planned list changed after it was recorded"
    drawn = set(random.Random(22).sample(planned, 6))
    assert {f.name for f in catalogue.holdout("holdout22")} == drawn
    assert {f.name for f in catalogue.development()} >= set(planned) - drawn


def test_twenty_third_holdout_is_the_stated_draw() -> None:
    planned = sorted(catalogue.PLANNED_23)
    assert len(planned) == 18 == len(set(planned))
    digest = hashlib.sha256("\n".join(planned).encode()).hexdigest()
    assert digest == catalogue.PLANNED_23_SHA256, "the planned list changed after it was recorded"
    drawn = set(random.Random(23).sample(planned, 6))
    assert {f.name for f in catalogue.holdout("holdout23")} == drawn
    assert {f.name for f in catalogue.development()} >= set(planned) - drawn


def test_twenty_fourth_holdout_is_the_stated_draw() -> None:
    planned = sorted(catalogue.PLANNED_24)
    assert len(planned) == 18 == len(set(planned))
    digest = hashlib.sha256("\n".join(planned).encode()).hexdigest()
    assert digest == catalogue.PLANNED_24_SHA256, "the planned list changed after it was recorded"
    drawn = set(random.Random(24).sample(planned, 6))
    assert {f.name for f in catalogue.holdout("holdout24")} == drawn
    assert {f.name for f in catalogue.development()} >= set(planned) - drawn


def test_twenty_fifth_holdout_is_the_stated_draw() -> None:
    planned = sorted(catalogue.PLANNED_25)
    assert len(planned) == 18 == len(set(planned))
    digest = hashlib.sha256("\n".join(planned).encode()).hexdigest()
    assert digest == catalogue.PLANNED_25_SHA256, "the planned list changed after it was recorded"
    drawn = set(random.Random(25).sample(planned, 6))
    assert {f.name for f in catalogue.holdout("holdout25")} == drawn
    assert {f.name for f in catalogue.development()} >= set(planned) - drawn


def test_twenty_sixth_holdout_is_the_stated_draw() -> None:
    planned = sorted(catalogue.PLANNED_26)
    assert len(planned) == 18 == len(set(planned))
    digest = hashlib.sha256("\n".join(planned).encode()).hexdigest()
    assert digest == catalogue.PLANNED_26_SHA256, "the planned list changed after it was recorded"
    drawn = set(random.Random(26).sample(planned, 6))
    assert {f.name for f in catalogue.holdout("holdout26")} == drawn
    assert {f.name for f in catalogue.development()} >= set(planned) - drawn


def test_twenty_seventh_holdout_is_the_stated_draw() -> None:
    planned = sorted(catalogue.PLANNED_27)
    assert len(planned) == 18 == len(set(planned))
    digest = hashlib.sha256("\n".join(planned).encode()).hexdigest()
    assert digest == catalogue.PLANNED_27_SHA256, "the planned list changed after it was recorded"
    drawn = set(random.Random(27).sample(planned, 6))
    assert {f.name for f in catalogue.holdout("holdout27")} == drawn
    assert {f.name for f in catalogue.development()} >= set(planned) - drawn


def test_development_set_loads_no_holdout_builder() -> None:
    for fixture in catalogue.development():
        assert fixture.module.startswith("tests.realistic.styles."), fixture.name
    held = [{f.name for f in catalogue.holdout(s)} for s in catalogue.HOLDOUT_SETS]
    assert all(held), "a hold-out set is empty"
    assert sum(len(h) for h in held) == len(set().union(*held)), "a fixture is in two sets"
    assert set().union(*held) == {f.name for f in catalogue.FIXTURES if f.holdout}
    for set_name in catalogue.HOLDOUT_SETS:
        for fixture in catalogue.holdout(set_name):
            assert fixture.module.startswith(f"tests.realistic.{set_name}."), fixture.name
