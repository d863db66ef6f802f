"""Every corpus file either imports as MANIFEST.tsv expects or is refused in one line, store untouched."""

from __future__ import annotations

import csv
import hashlib
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from db.models import IndicatorRow, ObservationRow, PeriodRow
from db.store import Store
from desktop.scorecard.importer import ImportReport, import_file
from tests.helpers.corpus import CORPUS

MANIFEST = CORPUS / "MANIFEST.tsv"
SLOW_BYTES = 400_000

# file -> (indicators, observations or None): exact counts the manifest's expect column names
EXACT: dict[str, tuple[int, int | None]] = {
    "edge/gen__scorecard_rag_text_and_fill.xlsx": (8, None),
    "edge/gen__xlsx_content_named.xls": (8, None),
    "edge/gen__scorecard_simple.ods": (8, 16),
    "edge/gen__wide_periods_merged_two_row_header.xlsx": (8, 64),
    "edge/gen__scorecard_rag_fill_only_rgb_theme_indexed.xlsx": (7, None),
    "edge/gen__scorecard_conditional_formatting_formulas_no_cache.xlsx": (6, 6),
    "edge/gen__csv_utf8_bom.csv": (4, 4),
    "edge/gen__csv_utf8_no_bom.csv": (4, 4),
    "edge/gen__csv_cp1252_pound_endash.csv": (4, 4),
    "edge/gen__csv_latin1.csv": (4, 4),
    "edge/gen__csv_semicolon_decimal_comma.csv": (4, 4),
    "edge/gen__csv_title_rows_notes_trailing_commas.csv": (4, 4),
    "edge/gen__csv_quoted_multiline_cells.csv": (2, 2),
    "edge/gen__csv_mixed_line_endings.csv": (3, 3),
    "edge/gen__dimension_claims_A1_XFD1048576.xlsx": (2, None),
    "edge/gen__formatted_blank_cells_at_A1048576_and_XFD1.xlsx": (3, None),
    "edge/gen__date1904_epoch.xlsx": (1, 2),
    # every table of both sheets: Land type, Waste type, Size; Type, Outcome, Cost, Fines
    "real/defra__Flytipping_national_2007-08_to_2017-18.xlsx": (64, 704),
}
# many-area files: the area that imports, and whether it then has indicators from the file
AREAS: dict[str, str] = {
    "real/lgbf__new_bnch_data_Jan20.xlsx": "Aberdeen City",
    "real/lgbf__Live_Automated_tool_2015-17.xlsx": "Aberdeen City",
    "real/trafford__active_adults.csv": "Trafford",
    "real/trafford__children_dental_decay.csv": "Trafford",
    "real/trafford__neet.csv": "Trafford",
    "real/oflog__ASC_data.csv": "Enfield",
    "real/lgbf__Family_Averages.csv": "Family Group 1",
    "real/defra__Flytipping_LA_incidents_actions_2012-13_to_2017-18.xlsx": "Leeds",
}
# many-area files held for review with --area: the cell the first doubt names
HELD: dict[str, str] = {}
# many-area files that leave a mislabelled column out, and the warning naming its cell
LEFT_OUT: dict[str, str] = {
    # 'SW4 2010-14' heads EJ, under SW3's title, and EK, under SW4's: EJ is left out
    "real/lgbf__Live_Automated_tool_2015-17.xlsx": "All measures!EJ2: 'SW4 2010-14' is headed "
    "again at EK2",
}
DEFINITIONS = {
    "real/lait__LAIT_Data_Dictionary.xlsx",
    "real/lait__lait_data_dictionary.csv",
    "real/lait__sn_may_2025.xlsx",
    "real/lgbf__Metadata_-_Shiny.xlsx",
    "real/lgbf__Indicator_Information.csv",
    "real/lgbf__Family_Groups.csv",
}
# indicator dictionaries: read as metadata for indicators in the store, refused in an empty one
DICTIONARIES = {
    "real/lait__LAIT_Data_Dictionary.xlsx",
    "real/lait__lait_data_dictionary.csv",
    "real/lgbf__Metadata_-_Shiny.xlsx",
    "real/lgbf__Indicator_Information.csv",
}
PASSWORDS = {"edge/gen__encrypted_agile_password_Scrutineer-2025.xlsx": "Scrutineer-2025"}


def _entries() -> list[tuple[str, str, int]]:
    if not MANIFEST.is_file():
        return []
    with MANIFEST.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return [(r["path"], r["expect"], int(r["size_bytes"] or 0)) for r in rows]


def _params() -> list[object]:
    return [
        pytest.param(path, id=path, marks=[pytest.mark.slow] if size > SLOW_BYTES else [])
        for path, _expect, size in _entries()
    ]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    if not MANIFEST.is_file():
        pytest.skip("../shared/corpus is not beside this checkout")
    opened = Store.open(tmp_path / "scrutineer.sqlite")
    yield opened
    opened.close()


def snapshot(path: Path) -> tuple[str, dict[str, list[tuple[object, ...]]]]:
    with sqlite3.connect(path) as conn:
        names = [r[0] for r in conn.execute("select name from sqlite_master where type='table'")]
        tables = {
            n: sorted(conn.execute(f'select * from "{n}"').fetchall(), key=repr) for n in names
        }
    return hashlib.sha256(path.read_bytes()).hexdigest(), tables


def check_refusal(report: ImportReport, before: object, store: Store) -> None:
    assert report.error, "a refusal says why"
    assert "\n" not in report.error
    assert " — " in report.error, f"refusal should say what to do: {report.error}"
    assert "please report" not in report.error, f"internal error: {report.error}"
    assert report.indicators == report.observations == 0
    assert snapshot(store.path) == before


def check_review(report: ImportReport, before: object, store: Store) -> None:
    """A doubtful reading writes nothing and says each doubt in one line naming its cell."""
    assert report.review, "needs_review says why"
    for line in report.review:
        assert "\n" not in line
        assert re.match(r"^[^!]+![A-Z]{1,3}[0-9]+: ", line), f"no cell named: {line}"
    assert report.indicators == report.observations == 0
    assert snapshot(store.path) == before


@pytest.mark.corpus
@pytest.mark.parametrize("relative", _params())
def test_corpus_file_imports_or_is_refused_cleanly(relative: str, store: Store) -> None:
    path = CORPUS / relative
    before = snapshot(store.path)
    report = import_file(store, path, password=PASSWORDS.get(relative))
    assert report.status in ("imported", "refused", "needs_review")
    if report.status == "refused":
        check_refusal(report, before, store)
    elif report.status == "needs_review":
        check_review(report, before, store)
    else:
        assert report.review == []
        assert report.observations > 0
    if relative in EXACT:
        assert report.status == "imported", report.error
        indicators, observations = EXACT[relative]
        assert report.indicators == indicators
        if observations is not None:
            assert report.observations == observations
    if relative in DICTIONARIES:  # definitions with nothing in the store to define yet
        assert report.error is not None and "indicator dictionary" in report.error
        assert "import it after (or with) the figures" in report.error
    elif relative in DEFINITIONS:
        assert report.error is not None and "no indicator" in report.error
    if relative in AREAS:
        assert report.status == "refused"
        assert report.error is not None and "--area" in report.error


@pytest.mark.corpus
@pytest.mark.parametrize(
    "relative",
    [pytest.param(p, marks=[pytest.mark.slow]) for p in sorted(AREAS)],
)
def test_many_area_file_imports_the_chosen_area(relative: str, store: Store) -> None:
    if not (CORPUS / relative).is_file():
        pytest.skip("corpus file missing")
    report = import_file(store, CORPUS / relative, area=AREAS[relative])
    if relative in HELD:  # held for a doubt naming its cell; imported as read once accepted
        assert report.status == "needs_review"
        assert report.review[0].startswith(HELD[relative]), report.review
        report = import_file(store, CORPUS / relative, area=AREAS[relative], accept=True)
    assert report.status == "imported", report.error
    assert report.indicators >= 1 and report.observations >= 1
    assert any("other areas" in w for w in report.warnings)
    if relative in LEFT_OUT:
        assert any(w.startswith(LEFT_OUT[relative]) for w in report.warnings), report.warnings


@pytest.mark.corpus
def test_scorecard_values_are_read_exactly(store: Store) -> None:
    report = import_file(store, CORPUS / "edge" / "gen__scorecard_rag_text_and_fill.xlsx")
    assert report.status == "imported"
    with store.read_session() as session:
        found = {
            (code, label): (actual, text, target, rag)
            for code, label, actual, text, target, rag in session.execute(
                select(
                    IndicatorRow.code, PeriodRow.label, ObservationRow.actual,
                    ObservationRow.actual_text, ObservationRow.target, ObservationRow.rag,
                )
                .join(IndicatorRow, ObservationRow.indicator_id == IndicatorRow.id)
                .join(PeriodRow, ObservationRow.period_id == PeriodRow.id)
            )
        }  # fmt: skip
    assert found[("HR05", "Q3 2024/25")] == (None, "<5", 8.5, None)
    assert found[("PLN01", "Q2 2024/25")] == (None, "n/a", 60.0, None)
    assert found[("HOU07", "Q4 2024/25")] == (29.8, None, 28.0, "red")
    assert ("ASC01", "Q4 2024/25") not in found


@pytest.mark.corpus
def test_aberdeen_city_gets_scotland_as_comparator(store: Store) -> None:
    path = CORPUS / "real" / "lgbf__new_bnch_data_Jan20.xlsx"
    if not path.is_file():
        pytest.skip("corpus file missing")
    report = import_file(store, path, area="aberdeen city")
    assert report.status == "imported"
    with store.read_session() as session:
        codes = set(session.scalars(select(IndicatorRow.code)))
    assert "CHN1" in codes


# files with one value column and no period named anywhere: snapshots, read at the file's date
SNAPSHOTS = (
    "edge/gen__all_error_types_as_cell_values.xlsx",
    "edge/gen__csv_quoted_multiline_cells.csv",
    "edge/gen__formatted_blank_cells_at_A1048576_and_XFD1.xlsx",
    "edge/gen__hidden_rows_cols_and_sheets.xlsx",
    "edge/gen__scorecard_conditional_formatting_formulas_no_cache.xlsx",
)


@pytest.mark.corpus
@pytest.mark.parametrize("relative", SNAPSHOTS)
def test_one_undated_value_column_is_read_at_the_files_date(relative: str, store: Store) -> None:
    path = CORPUS / relative
    if not path.is_file():
        pytest.skip("corpus file missing")
    report = import_file(store, path)
    assert (report.status, report.review) == ("imported", [])
    assert any("(the file's date)" in w for w in report.warnings)
    with store.read_session() as session:
        kinds = set(session.scalars(select(PeriodRow.kind)))
    assert kinds == {"date"}
