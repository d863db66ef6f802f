"""Answers back in safely: stale copies, deleted rows, read-only edits, recorded answers."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from db.models import ActionRow, QuestionRow
from desktop import annotations as an
from desktop.cli import run
from desktop.export import documents
from desktop.export.tracker_import import import_tracker
from tests.helpers.export_store import (
    ACTION_TEXT,
    ASKED_QUESTION,
    FORMULA_QUESTION,
    ExportStore,
    build,
)


@pytest.fixture
def sample(tmp_path: Path) -> Iterator[ExportStore]:
    built = build(tmp_path)
    yield built
    built.store.close()


def _tracker(sample: ExportStore, out: Path) -> Path:
    documents.write("xlsx", sample.data(), out)
    return out


def _edit(path: Path, sheet: str, match: str, **cells: object) -> int:
    """Set cells (by header) on the row whose Question/Action text is ``match``; its number."""
    book = load_workbook(path)
    ws = book[sheet]
    header = [c.value for c in ws[1]]
    key = header.index("Question" if sheet == "Questions" else "Action") + 1
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(row=r, column=key).value == match)
    for name, value in cells.items():
        ws.cell(row=row, column=header.index(name.replace("_", " ")) + 1, value=value)
    book.save(path)
    return row


def _question(sample: ExportStore, text: str) -> QuestionRow:
    with sample.store.session() as s:
        row = s.scalars(select(QuestionRow).where(QuestionRow.uid == sample.questions[text])).one()
        s.expunge(row)
        return row


def _action(sample: ExportStore) -> ActionRow:
    with sample.store.session() as s:
        row = s.scalars(select(ActionRow).where(ActionRow.uid == sample.actions[ACTION_TEXT])).one()
        s.expunge(row)
        return row


def test_a_stale_copy_moves_nothing_back_and_keeps_the_recorded_answer(
    sample: ExportStore, tmp_path: Path
) -> None:
    first = _tracker(sample, tmp_path / "first.xlsx")
    stale = tmp_path / "second.xlsx"
    shutil.copy(first, stale)  # a second officer's copy of the same export
    _edit(first, "Actions", ACTION_TEXT, Status="In progress", Update="Audit started")
    with sample.store.session() as s:
        assert import_tracker(s, first).refused_rows == []
        qid = s.scalars(
            select(QuestionRow.id).where(QuestionRow.uid == sample.questions[ASKED_QUESTION])
        ).one()
        an.answer_question(s, qid, "Answered at the meeting: the audit is under way.")
    # the second officer touched only another row; their copy still says Open / Asked
    _edit(stale, "Questions", FORMULA_QUESTION, Answer="Not ours to answer")
    with sample.store.session() as s:
        report = import_tracker(s, stale)
    action = _action(sample)
    assert (action.status, action.update_text) == ("in_progress", "Audit started")
    asked = _question(sample, ASKED_QUESTION)
    assert asked.status == "answered"
    assert asked.answer == "Answered at the meeting: the audit is under way."
    assert report.refused_rows == [] and len(report.updated_questions) == 1


def test_an_edited_answer_replaces_the_recorded_one_and_keeps_it_in_history(
    sample: ExportStore, tmp_path: Path
) -> None:
    path = _tracker(sample, tmp_path / "tracker.xlsx")
    with sample.store.session() as s:
        qid = s.scalars(
            select(QuestionRow.id).where(QuestionRow.uid == sample.questions[ASKED_QUESTION])
        ).one()
        an.answer_question(s, qid, "Said at the meeting")
    _edit(path, "Questions", ASKED_QUESTION, Answer="The written answer", Status="Answered")
    with sample.store.session() as s:
        report = import_tracker(s, path)
        assert an.earlier_answers(s, qid)[0][0] == "Said at the meeting"
        story = [e.text for e in an.indicator_history(s, sample.ids["CS06"])]
    assert _question(sample, ASKED_QUESTION).answer == "The written answer"
    assert "kept in the question's history" in report.updated_questions[0]
    assert any("Earlier answer" in t and "Said at the meeting" in t for t in story)


def test_a_deleted_row_is_reported_missing_and_left_alone(
    sample: ExportStore, tmp_path: Path
) -> None:
    path = _tracker(sample, tmp_path / "tracker.xlsx")
    book = load_workbook(path)
    ws = book["Questions"]
    row = next(
        r for r in range(2, ws.max_row + 1) if ws.cell(row=r, column=6).value == ASKED_QUESTION
    )
    ws.delete_rows(row)
    book.save(path)
    with sample.store.session() as s:
        report = import_tracker(s, path)
    assert len(report.missing) == 1
    assert ASKED_QUESTION[:40] in report.missing[0] and "left as it is" in report.missing[0]
    assert _question(sample, ASKED_QUESTION).status == "asked"


def test_edits_to_read_only_cells_are_reported_as_ignored(
    sample: ExportStore, tmp_path: Path
) -> None:
    path = _tracker(sample, tmp_path / "tracker.xlsx")
    row = _edit(
        path,
        "Questions",
        ASKED_QUESTION,
        Question="A different question",
        To_whom="Chief Executive",
    )
    _edit(path, "Actions", ACTION_TEXT, Due="31/03/2026", Owner="Someone else")
    with sample.store.session() as s:
        report = import_tracker(s, path)
    ignored = " | ".join(report.ignored)
    assert f"Questions row {row}: the question text was changed" in ignored
    assert "the addressee was changed to “Chief Executive”" in ignored
    assert "the due date was changed" in ignored and "the owner was changed" in ignored
    kept = _question(sample, ASKED_QUESTION)
    assert (kept.text, kept.addressed_to) == (ASKED_QUESTION, "Director of Children's Services")
    assert report.refused_rows == []


def test_a_refused_move_is_said_in_words_and_exits_1(sample: ExportStore, tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(tmp_path / "scrutineer.sqlite", data / "scrutineer.sqlite")
    sample.store.close()
    path = tmp_path / "tracker.xlsx"
    assert run(["--data-dir", str(data), "export", "--format", "xlsx", "--out", str(path)]) == 0
    _edit(path, "Questions", FORMULA_QUESTION, Status="Answered", Answer="")  # draft, no answer
    _edit(path, "Questions", ASKED_QUESTION, Status="To raise")  # asked cannot go back
    code = run(["--data-dir", str(data), "answers", str(path), "--json"])
    assert code == 1


def test_answers_command_prints_json_and_refusals_use_words(
    sample: ExportStore, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(tmp_path / "scrutineer.sqlite", data / "scrutineer.sqlite")
    sample.store.close()
    path = tmp_path / "tracker.xlsx"
    assert run(["--data-dir", str(data), "export", "--format", "xlsx", "--out", str(path)]) == 0
    _edit(path, "Questions", ASKED_QUESTION, Status="Draft")
    capsys.readouterr()
    assert run(["--data-dir", str(data), "answers", str(path), "--json"]) == 1
    out = json.loads(capsys.readouterr().out)
    (reason,) = out["refused"]
    assert "“Draft” is set by the chair in the app" in reason
    assert "'" not in reason and "_" not in reason
    _edit(path, "Questions", ASKED_QUESTION, Status="Answered", Answer="Yes")
    assert run(["--data-dir", str(data), "answers", str(path)]) == 0
    _edit(path, "Questions", ASKED_QUESTION, Status="Deferred", Answer="Yes")
    assert run(["--data-dir", str(data), "answers", str(path)]) == 1
    said = capsys.readouterr().out
    assert "a question that is answered cannot become deferred" in said


def test_a_legitimate_answer_is_applied(
    sample: ExportStore, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(tmp_path / "scrutineer.sqlite", data / "scrutineer.sqlite")
    sample.store.close()
    path = tmp_path / "tracker.xlsx"
    assert run(["--data-dir", str(data), "export", "--format", "xlsx", "--out", str(path)]) == 0
    _edit(path, "Questions", ASKED_QUESTION, Status="Answered", Answer="Audit in March")
    _edit(path, "Actions", ACTION_TEXT, Status="Done")
    capsys.readouterr()
    assert run(["--data-dir", str(data), "answers", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Asked → Answered" in out and "Open → Done" in out


def test_a_tracker_without_its_exported_copy_never_moves_an_item_back(
    sample: ExportStore, tmp_path: Path
) -> None:
    path = _tracker(sample, tmp_path / "old.xlsx")
    book = load_workbook(path)
    for name in ("Exported questions", "Exported actions"):  # as an older tracker had
        del book[name]
    book.save(path)
    with sample.store.session() as s:
        aid = s.scalars(
            select(ActionRow.id).where(ActionRow.uid == sample.actions[ACTION_TEXT])
        ).one()
        an.set_action_status(s, aid, "done")
    _edit(path, "Actions", ACTION_TEXT, Update="Still looking")  # its Status still says Open
    with sample.store.session() as s:
        report = import_tracker(s, path)
    assert _action(sample).status == "done"
    assert "not moved back from done to open" in report.refused_rows[0]


def test_answered_on_without_answered_is_reported(sample: ExportStore, tmp_path: Path) -> None:
    import datetime as dt

    path = _tracker(sample, tmp_path / "tracker.xlsx")
    _edit(path, "Questions", ASKED_QUESTION, Answered_on=dt.datetime(2026, 1, 5))
    with sample.store.session() as s:
        report = import_tracker(s, path)
    assert "Answered on was filled in, but the question is asked" in report.ignored[0]
    assert _question(sample, ASKED_QUESTION).status == "asked"


def test_the_summary_counts_in_words(tmp_path: Path) -> None:
    from desktop.export.tracker_import import TrackerReport

    report = TrackerReport(updated_questions=["q"], ignored=["e"], refused_rows=["r", "s"])
    assert report.summary() == (
        "1 question and 0 actions updated, 0 unchanged, 2 rows refused, 1 edit ignored"
    )
