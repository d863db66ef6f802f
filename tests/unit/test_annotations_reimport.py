"""The chair's notes and questions survive a newer scorecard imported over the old one."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from db.models import IndicatorRow
from db.store import Store
from desktop import annotations as an
from desktop.scorecard.importer import import_file
from resources.sample.make_sample import DEFAULT_PATH

RENAMED = "% of new EHC plans issued within 20 weeks"


def _newer_scorecard(tmp_path: Path) -> Path:
    """The sample as next quarter's file: CS01 renamed, its latest figure revised."""
    book = load_workbook(DEFAULT_PATH)
    sheet = book["Scorecard"]
    for row in sheet.iter_rows(min_row=4):
        if row[2].value == "CS01":
            row[3].value = RENAMED
            if row[6].value == "Q2 2025/26":
                row[7].value, row[8].value, row[9].value = 64, 110, 64 / 110
    path = tmp_path / "newer.xlsx"
    book.save(path)
    return path


def _cs01(store: Store) -> int:
    with store.session() as session:
        ids = list(session.scalars(select(IndicatorRow.id).where(IndicatorRow.code == "CS01")))
    assert len(ids) == 1
    return ids[0]


@pytest.fixture(scope="module")
def imported_sample(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """A store holding the imported sample, made once for this module (imports are slow)."""
    path = tmp_path_factory.mktemp("imported") / "s.sqlite"
    with Store.open(path) as made:
        assert import_file(made, DEFAULT_PATH).status == "imported"
    return path.read_bytes()


@pytest.fixture
def store(tmp_path: Path, imported_sample: bytes) -> Iterator[Store]:
    path = tmp_path / "s.sqlite"
    path.write_bytes(imported_sample)
    with Store.open(path) as opened:
        yield opened


@pytest.fixture
def annotated(store: Store) -> tuple[Store, int, int]:
    """The sample with a note and an asked question on CS01 (EHCPs within 20 weeks)."""
    indicator = _cs01(store)
    with store.session() as session:
        an.add_note(session, indicator, "Red every quarter since Q3 2023/24")
        question = an.add_question(session, indicator, "When will it improve?", status="asked")
    return store, indicator, question.id


def test_reimport_keeps_the_indicator_id(annotated: tuple[Store, int, int], tmp_path: Path) -> None:
    store, indicator, _ = annotated
    assert import_file(store, _newer_scorecard(tmp_path)).status == "imported"
    assert _cs01(store) == indicator


def test_question_still_attached_after_reimport(
    annotated: tuple[Store, int, int], tmp_path: Path
) -> None:
    store, _, question_id = annotated
    import_file(store, _newer_scorecard(tmp_path))
    with store.session() as session:
        questions = an.list_questions(session, indicator_id=_cs01(store))
    assert [q.id for q in questions] == [question_id]


def test_history_after_reimport_has_revised_figure_and_note(
    annotated: tuple[Store, int, int], tmp_path: Path
) -> None:
    store, indicator, _ = annotated
    import_file(store, _newer_scorecard(tmp_path))
    with store.session() as session:
        history = an.indicator_history(session, indicator)
    latest = [e for e in history if e.kind == "scorecard"][-1]
    kinds = {e.kind for e in history}
    assert (latest.period, latest.text.split(" against")[0], kinds) == (
        "Q2 2025/26",
        "Scorecard Q2 2025/26: 58.2%",
        {"scorecard", "note", "question"},
    )
