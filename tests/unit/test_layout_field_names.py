"""A heading row of a database's field names ('KPI_REF', 'Q1_2024_25_TGT', 'RAG_Q1', 'UOM')
read as the words they stand for; a row of worded headings with a field name or two among
them read as before."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from db.models import IndicatorRow, ObservationRow
from db.store import Store
from desktop.scorecard.importer import import_file, preview
from desktop.scorecard.layout import field_names, find
from desktop.scorecard.read.grid import Sheet
from desktop.scorecard.read.workbook import read_workbook

ROWS: list[list[object]] = [
    ["PPL001", "Child protection plans lasting 2 years or more", "%", 3.1, 2.8, 4.0, "G", "L",
     None],
    ["PLC002", "Missed bins per 100,000 collections", "Rate", 62.5, 71.9, 60.0, "R", "L",
     "Round changes"],
    ["RES003", "Undisputed invoices paid within 30 days", "%", 94.6, 96.1, 95.0, "G", "H",
     None],
]  # fmt: skip


def _book(path: Path, heading: Sequence[str], rows: Sequence[Sequence[object]] = ROWS) -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "KPI_EXTRACT"
    ws.append(list(heading))
    for row in rows:
        ws.append(list(row))
    wb.save(path)
    return path


FIELDS = ["KPI_REF", "KPI_DESC", "UOM", "Q4_2023_24_ACT", "Q1_2024_25_ACT", "Q1_2024_25_TGT",
          "RAG_Q1", "POLARITY", "KPI_COMMENT"]  # fmt: skip


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "s.sqlite") as opened:
        yield opened


def test_a_row_of_field_names_is_stored_as_its_words_say(tmp_path: Path, store: Store) -> None:
    report = import_file(store, _book(tmp_path / "extract.xlsx", FIELDS))
    assert report.status == "imported" and report.review == []
    with store.read_session() as session:
        stored = {
            (o.indicator.code, o.period.label): (o.actual, o.target, o.rag, o.commentary)
            for o in session.scalars(select(ObservationRow))
        }
        rows = session.scalars(select(IndicatorRow))
        indicators = {i.code: (i.name, i.unit, i.polarity) for i in rows}
    assert stored[("PPL001", "Q4 2023/24")] == (3.1, None, None, None)
    assert stored[("PPL001", "Q1 2024/25")] == (2.8, 4.0, "green", None)
    assert stored[("PLC002", "Q1 2024/25")] == (71.9, 60.0, "red", "Round changes")
    assert len(stored) == 6
    assert indicators["PLC002"][1:] == ("rate", "lower_is_better")
    assert indicators["RES003"][1:] == ("%", "higher_is_better")


def test_explain_names_the_field_name_each_heading_was_read_from(tmp_path: Path) -> None:
    parsed = find.detect(read_workbook(_book(tmp_path / "e.xlsx", FIELDS)), explaining=True)
    said = "\n".join(parsed.explain)
    assert "the field name 'Q1_2024_25_TGT' read as 'Q1 2024/25 Target'" in said
    assert "the field name 'KPI_COMMENT' read as 'COMMENT'" in said


def test_the_mapping_dialog_sees_the_headings_as_typed_with_the_roles_read(
    tmp_path: Path,
) -> None:
    workbook = read_workbook(_book(tmp_path / "m.xlsx", FIELDS))
    columns = find.headers(workbook)
    assert columns[5] == (5, "Q1_2024_25_TGT", "target")
    assert columns[8] == (8, "KPI_COMMENT", "commentary")


@pytest.mark.parametrize(
    ("name", "words"),
    [("Q4_2023_24_ACT", "Q4 2023/24 Actual"),
     ("ACT_2023_2024", "Actual 2023/2024"),
     ("Q1_202425_TGT", "Q1 2024/25 Target"),
     ("TGT_202425_Q2", "Target 2024/25 Q2"),
     ("Q3_24_25_VAL", "Q3 24/25 Value"),
     ("FY25_Q1_ACT", "FY25 Q1 Actual"),  # the fiscal code left for the heading row to read
     ("KPI_DESC", "KPI Description"),
     ("KPI_COMMENT", "COMMENT"),  # the indicator's comment, not its code
     ("KpiComment", "Comment"),
     ("KPI_NAME", "KPI NAME"),  # a heading as it stands
     ("UOM", "Unit"),
     ("202412_ACT", "202412 Actual"),  # December 2024 as a month key: no year
     ("Q1 Actual", None)],
)  # fmt: skip
def test_a_field_name_in_words(name: str, words: str | None) -> None:
    assert field_names.words(name) == words


def test_fiscal_year_codes_with_no_note_are_held_at_the_first(tmp_path: Path) -> None:
    heading = ["KPI_REF", "KPI_DESC", "UOM", "FY24_Q4_ACT", "FY25_Q1_ACT", "FY25_Q1_TGT",
               "RAG_Q1", "POLARITY", "KPI_COMMENT"]  # fmt: skip
    parsed = preview(_book(tmp_path / "fy.xlsx", heading))
    assert [(r.cell, "FY24" in r.line()) for r in parsed.review] == [("D1", True)]


def test_dir_over_polarity_letters_is_polarity(tmp_path: Path) -> None:
    heading = [*FIELDS[:7], "DIR", "KPI_COMMENT"]
    parsed = preview(_book(tmp_path / "d.xlsx", heading))
    assert {i.code: i.polarity for i in parsed.indicators}["RES003"] == "higher_is_better"


def test_dir_over_words_a_direction_of_travel_also_uses_is_left_as_typed(
    tmp_path: Path,
) -> None:
    heading = [*FIELDS[:7], "DIR", "KPI_COMMENT"]
    rows = [[*r[:7], {"L": "Lower", "H": "Higher"}[str(r[7])], r[8]] for r in ROWS]
    workbook = read_workbook(_book(tmp_path / "d.xlsx", heading, rows))
    spelt = field_names.spell_out(workbook.sheets[0])
    assert spelt is not None and 7 not in spelt.read_as


def test_worded_headings_with_one_field_name_are_read_as_before(tmp_path: Path) -> None:
    heading = ["Ref", "Indicator", "Unit", "Q4 2023/24", "Q1 2024/25", "Q1_2024_25_TGT", "RAG",
               "Polarity", "Comment"]  # fmt: skip
    path = _book(tmp_path / "w.xlsx", heading)
    workbook = read_workbook(path)
    assert field_names.spell_out(workbook.sheets[0]) is None
    assert find.headers(workbook)[5] == (5, "Q1_2024_25_TGT", None)
    assert [r.cell for r in preview(path).review] == ["F1"]  # held: no year it can read


def test_field_names_among_headings_of_several_words_are_read_as_before(
    tmp_path: Path, store: Store
) -> None:
    heading = ["KPI_REF", "Indicator name", "Unit of measure", "Q4_2023_24_ACT",
               "Q1_2024_25_ACT", "Q1_2024_25_TGT", "RAG", "Polarity", "Comment"]  # fmt: skip
    path = _book(tmp_path / "m.xlsx", heading)
    assert field_names.spell_out(read_workbook(path).sheets[0]) is None
    report = import_file(store, path)
    assert report.status == "refused" and report.observations == 0


def test_a_row_under_a_heading_row_in_words_is_never_read_as_field_names() -> None:
    sheet = Sheet(
        name="Data",
        rows=[
            ["Ref", "Indicator", "Period", "Value", "Target", "Status"],
            ["KPI_1", "Recycling_rate", "Q1_2024_25", "ACT_VAL", "TGT_VAL", "G"],
        ],
    )
    assert field_names.spell_out(sheet) is None
