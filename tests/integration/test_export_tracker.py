"""The Excel tracker of the sample, read back with openpyxl; answers brought back in."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.workbook.workbook import Workbook

from db.models import QuestionRow
from desktop import annotations as an
from desktop.errors import UserError
from desktop.export import documents
from desktop.export.tracker_import import import_tracker
from desktop.export.words import EXEMPT_MARK
from tests.helpers.export_store import (
    ACTION_TEXT,
    ASKED_QUESTION,
    EXEMPT_NOTE,
    FORMULA_QUESTION,
    PUBLIC_NOTE,
    ExportStore,
    build,
)


@pytest.fixture
def sample(tmp_path: Path) -> Iterator[ExportStore]:
    built = build(tmp_path)
    yield built
    built.store.close()


def _tracker(sample: ExportStore, tmp_path: Path, *, include_exempt: bool = False) -> Path:
    out = tmp_path / "tracker.xlsx"
    documents.write("xlsx", sample.data(include_exempt=include_exempt), out)
    return out


def _book(path: Path) -> Workbook:
    return load_workbook(path)


def _rows(book: Workbook, sheet: str) -> list[dict[str, object]]:
    ws = book[sheet]
    first = 2 if str(ws["A1"].value or "").startswith(EXEMPT_MARK) else 1  # the banner row
    header = [c.value for c in ws[first]]
    return [
        dict(zip(header, (c.value for c in row), strict=True))
        for row in ws.iter_rows(min_row=first + 1)
    ]


def _find(book: Workbook, sheet: str, column: str, value: str) -> int:
    ws = book[sheet]
    header = [c.value for c in ws[1]]
    col = header.index(column) + 1
    for r in range(2, ws.max_row + 1):
        if ws.cell(row=r, column=col).value == value:
            return r
    raise AssertionError(f"{value!r} not in {sheet}")


def _set(book: Workbook, sheet: str, row: int, column: str, value: object) -> None:
    ws = book[sheet]
    header = [c.value for c in ws[1]]
    ws.cell(row=row, column=header.index(column) + 1, value=value)


def test_sheets_and_their_headers(sample: ExportStore, tmp_path: Path) -> None:
    book = _book(_tracker(sample, tmp_path))
    assert book.sheetnames[:4] == ["Questions", "Actions", "Notes", "Indicators"]
    assert [c.value for c in book["Questions"][1]] == [
        "Ref", "Portfolio", "Indicator", "Period", "RAG", "Question", "To whom", "Meeting",
        "Status", "Answer", "Answered on",
    ]  # fmt: skip
    assert [c.value for c in book["Actions"][1]] == [
        "Ref", "Portfolio", "Indicator", "Action", "Owner", "Due", "Status", "Update",
    ]  # fmt: skip


def test_header_frozen_bold_filtered_and_ref_hidden(sample: ExportStore, tmp_path: Path) -> None:
    book = _book(_tracker(sample, tmp_path))
    for name in ("Questions", "Actions", "Notes", "Indicators"):
        ws = book[name]
        assert ws.freeze_panes == "A2"
        assert ws.auto_filter.ref is not None and ws.auto_filter.ref.startswith("A1:")
        assert all(c.font.bold for c in ws[1])
        assert ws.column_dimensions["B"].width >= 9
    assert book["Questions"].column_dimensions["A"].hidden
    assert book["Actions"].column_dimensions["A"].hidden


def test_questions_carry_their_indicator_and_uid(sample: ExportStore, tmp_path: Path) -> None:
    rows = _rows(_book(_tracker(sample, tmp_path)), "Questions")
    asked = next(r for r in rows if r["Question"] == ASKED_QUESTION)
    assert asked["Ref"] == sample.questions[ASKED_QUESTION]
    assert asked["Indicator"] == sample.views()["CS06"].label
    assert asked["Portfolio"] == "Children's Services"
    assert (asked["RAG"], asked["Status"]) == ("Red", "Asked")


def test_text_that_looks_like_a_formula_stays_text(sample: ExportStore, tmp_path: Path) -> None:
    ws = _book(_tracker(sample, tmp_path))["Questions"]
    cells = [c for row in ws.iter_rows(min_row=2) for c in row if isinstance(c.value, str)]
    risky = [c for c in cells if c.value[:1] in "=+-@"]
    assert {c.value for c in risky} >= {FORMULA_QUESTION, "+44 calls: who answers them?"}
    assert all(c.data_type == "s" for c in risky)


def test_status_has_a_drop_down_of_words(sample: ExportStore, tmp_path: Path) -> None:
    book = _book(_tracker(sample, tmp_path))
    (rule,) = book["Questions"].data_validations.dataValidation
    assert rule.type == "list"
    assert rule.formula1 == '"Asked,Answered,Deferred,Withdrawn"'  # not Draft or To raise
    assert "I2" in rule.sqref
    (action_rule,) = book["Actions"].data_validations.dataValidation
    assert action_rule.formula1 == '"Open,In progress,Done,Dropped"'
    assert "G2" in action_rule.sqref


def test_dates_are_dates_and_numbers_numbers(sample: ExportStore, tmp_path: Path) -> None:
    with sample.store.session() as s:
        uid = sample.questions[ASKED_QUESTION]
        row = s.query(QuestionRow).filter_by(uid=uid).one()
        an.set_question_status(
            s, row.id, "answered", answer="Audit under way", answered_at=dt.datetime(2025, 11, 20)
        )
        an.add_action(
            s, "Bring the plan", indicator_id=sample.ids["CS01"], due_date=dt.date(2026, 1, 15)
        )
    book = _book(_tracker(sample, tmp_path))
    q = book["Questions"].cell(row=_find(book, "Questions", "Question", ASKED_QUESTION), column=11)
    assert q.is_date and q.value == dt.datetime(2025, 11, 20)
    a = book["Actions"].cell(row=_find(book, "Actions", "Action", "Bring the plan"), column=6)
    assert a.is_date and a.value == dt.datetime(2026, 1, 15)
    figures = book["Indicators"]
    r = _find(book, "Indicators", "Code", "CS01")
    assert figures.cell(row=r, column=5).value == 56.4  # as the briefing and the window write it
    assert figures.cell(row=r, column=5).data_type == "n"
    assert figures.cell(row=r, column=11).value == 8


def test_exempt_material_left_out_by_default(sample: ExportStore, tmp_path: Path) -> None:
    book = _book(_tracker(sample, tmp_path))
    notes = [r["Note"] for r in _rows(book, "Notes")]
    codes = [r["Code"] for r in _rows(book, "Indicators")]
    assert notes == [PUBLIC_NOTE]
    assert "CS17" not in codes and "CS01" in codes
    assert book["Questions"].oddHeader.center.text in (None, "")


def test_exempt_tracker_is_marked_and_hides_small_numbers(
    sample: ExportStore, tmp_path: Path
) -> None:
    book = _book(_tracker(sample, tmp_path, include_exempt=True))
    assert EXEMPT_NOTE in [r["Note"] for r in _rows(book, "Notes")]
    assert all(ws.oddHeader.center.text == EXEMPT_MARK for ws in book.worksheets)
    shown = [ws for ws in book.worksheets if ws.sheet_state == "visible"]
    assert all(str(ws["A1"].value).startswith(EXEMPT_MARK) for ws in shown)  # on screen too
    cs17 = next(r for r in _rows(book, "Indicators") if r["Code"] == "CS17")
    assert cs17["Actual"] == "<5"


# --- answers back in ----------------------------------------------------------------------


def _question(sample: ExportStore, text: str) -> QuestionRow:
    with sample.store.session() as s:
        row = s.query(QuestionRow).filter_by(uid=sample.questions[text]).one()
        s.expunge(row)
        return row


def test_round_trip_answers_a_question(sample: ExportStore, tmp_path: Path) -> None:
    untouched = _question(sample, FORMULA_QUESTION)
    path = _tracker(sample, tmp_path)
    book = _book(path)
    r = _find(book, "Questions", "Question", ASKED_QUESTION)
    _set(book, "Questions", r, "Answer", "The audit found missed step-downs; report in March.")
    _set(book, "Questions", r, "Status", "Answered")
    book.save(path)
    with sample.store.session() as s:
        report = import_tracker(s, path)
    assert len(report.updated_questions) == 1 and "Asked → Answered" in report.updated_questions[0]
    assert report.refused_rows == [] and report.unchanged == 3  # 2 questions, 1 action
    row = _question(sample, ASKED_QUESTION)
    assert row.status == "answered"
    assert row.answer == "The audit found missed step-downs; report in March."
    assert row.answered_at is not None
    after = _question(sample, FORMULA_QUESTION)
    assert (after.status, after.updated_at) == ("draft", untouched.updated_at)


def test_an_answer_to_a_question_still_to_raise_marks_it_asked_then_answered(
    sample: ExportStore, tmp_path: Path
) -> None:
    path = _tracker(sample, tmp_path)
    book = _book(path)
    r = _find(book, "Questions", "Question", "+44 calls: who answers them?")
    _set(book, "Questions", r, "Answer", "The contact centre")
    _set(book, "Questions", r, "Status", "answered")
    _set(book, "Questions", r, "Answered on", dt.datetime(2025, 12, 1))
    book.save(path)
    with sample.store.session() as s:
        report = import_tracker(s, path)
    assert report.refused_rows == []
    row = _question(sample, "+44 calls: who answers them?")
    assert (row.status, row.answered_at) == ("answered", dt.datetime(2025, 12, 1))


def test_action_update_and_status(sample: ExportStore, tmp_path: Path) -> None:
    path = _tracker(sample, tmp_path)
    book = _book(path)
    r = _find(book, "Actions", "Action", ACTION_TEXT)
    _set(book, "Actions", r, "Status", "In progress")
    _set(book, "Actions", r, "Update", "Sample of 40 cases chosen")
    book.save(path)
    with sample.store.session() as s:
        report = import_tracker(s, path)
        (action,) = an.list_actions(s)
    assert report.updated_actions and "Open → In progress" in report.updated_actions[0]
    assert (action.status, action.update_text) == ("in_progress", "Sample of 40 cases chosen")


def test_unmatched_rows_are_refused_and_change_nothing(sample: ExportStore, tmp_path: Path) -> None:
    path = _tracker(sample, tmp_path)
    book = _book(path)
    r = _find(book, "Questions", "Question", ASKED_QUESTION)
    _set(book, "Questions", r, "Status", "Sorted")
    _set(book, "Questions", r, "Answer", "Done")
    other = _find(book, "Questions", "Question", FORMULA_QUESTION)
    _set(book, "Questions", other, "Ref", "0" * 32)
    _set(book, "Questions", other, "Status", "Withdrawn")
    book.save(path)
    with sample.store.session() as s:
        report = import_tracker(s, path)
    assert len(report.refused_rows) == 2
    assert f"Questions row {r}: unknown status 'Sorted'" in report.refused_rows[0]
    assert "no question with this reference" in report.refused_rows[1]
    assert report.updated_questions == []
    assert _question(sample, ASKED_QUESTION).status == "asked"
    assert _question(sample, FORMULA_QUESTION).status == "draft"


def test_a_move_the_rules_refuse_is_reported(sample: ExportStore, tmp_path: Path) -> None:
    path = _tracker(sample, tmp_path)
    book = _book(path)
    r = _find(book, "Questions", "Question", ASKED_QUESTION)
    _set(book, "Questions", r, "Status", "Answered")  # but no answer given
    book.save(path)
    with sample.store.session() as s:
        report = import_tracker(s, path)
    assert len(report.refused_rows) == 1 and "needs the answer" in report.refused_rows[0]
    assert _question(sample, ASKED_QUESTION).status == "asked"


def test_a_file_that_is_not_a_tracker_is_a_one_line_error(
    sample: ExportStore, tmp_path: Path
) -> None:
    path = tmp_path / "minutes.xlsx"
    path.write_bytes(b"not a workbook")
    with sample.store.session() as s, pytest.raises(UserError, match="not an Excel tracker"):
        import_tracker(s, path)


def test_a_tracker_without_its_ref_column_is_refused_whole(
    sample: ExportStore, tmp_path: Path
) -> None:
    path = _tracker(sample, tmp_path)
    book = _book(path)
    book["Questions"].delete_cols(1)
    book.save(path)
    with sample.store.session() as s, pytest.raises(UserError, match="has no Ref column"):
        import_tracker(s, path)


def test_a_copied_row_is_refused_with_its_original(sample: ExportStore, tmp_path: Path) -> None:
    path = _tracker(sample, tmp_path)
    book = _book(path)
    ws = book["Questions"]
    r = _find(book, "Questions", "Question", ASKED_QUESTION)
    ws.append([c.value for c in ws[r]])
    _set(book, "Questions", r, "Answer", "One answer")
    _set(book, "Questions", r, "Status", "Answered")
    _set(book, "Questions", ws.max_row, "Answer", "Another answer")
    _set(book, "Questions", ws.max_row, "Status", "Answered")
    book.save(path)
    with sample.store.session() as s:
        report = import_tracker(s, path)
    assert len(report.refused_rows) == 2
    assert all("same reference is on 2 rows" in reason for reason in report.refused_rows)
    assert _question(sample, ASKED_QUESTION).status == "asked"


def test_only_the_cells_officers_fill_are_unlocked(sample: ExportStore, tmp_path: Path) -> None:
    book = _book(_tracker(sample, tmp_path))
    for name, editable in (
        ("Questions", {"Answer", "Status", "Answered on"}),
        ("Actions", {"Update", "Status"}),
        ("Notes", set()),
        ("Indicators", set()),
    ):
        ws = book[name]
        assert ws.protection.sheet, name
        header = [c.value for c in ws[1]]
        for row in ws.iter_rows(min_row=2, max_row=max(ws.max_row, 2)):
            unlocked = {header[c.column - 1] for c in row if not c.protection.locked}
            assert unlocked == editable, name
        assert not ws.protection.autoFilter  # officers can still filter and sort
    assert all(ws.sheet_state == "veryHidden" for ws in book.worksheets[5:])


def test_printed_landscape_fitted_to_width_with_the_header_repeated(
    sample: ExportStore, tmp_path: Path
) -> None:
    book = _book(_tracker(sample, tmp_path))
    for name in ("Questions", "Actions", "Notes", "Indicators"):
        ws = book[name]
        assert ws.page_setup.orientation == "landscape"
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (1, 0)
        assert ws.print_title_rows == "$1:$1"
        assert ws["A1"].font.name == "Arial" and ws["A1"].font.bold


def test_question_rows_have_a_period_and_rows_fit_their_text(
    sample: ExportStore, tmp_path: Path
) -> None:
    book = _book(_tracker(sample, tmp_path))
    rows = _rows(book, "Questions")
    assert all(r["Period"] for r in rows)  # filled from the indicator's latest where unset
    notes = book["Notes"]
    assert all(c.alignment.wrap_text for row in notes.iter_rows(min_row=2) for c in row if c.value)


def test_a_long_answer_gets_a_taller_row(sample: ExportStore, tmp_path: Path) -> None:
    with sample.store.session() as s:
        row = s.query(QuestionRow).filter_by(uid=sample.questions[ASKED_QUESTION]).one()
        an.set_question_status(s, row.id, "answered", answer="A long answer. " * 30)
    book = _book(_tracker(sample, tmp_path))
    r = _find(book, "Questions", "Question", ASKED_QUESTION)
    height = book["Questions"].row_dimensions[r].height
    assert height is not None and height >= 15 * 7  # 450 characters over a 60-wide column


def test_every_heading_and_status_word_fits_its_column_and_dates_are_in_words(
    sample: ExportStore, tmp_path: Path
) -> None:
    """A heading or word wider than its column is cut ("RAG publishe") or spills into the
    next, empty, column, which LibreOffice then prints as an empty column beside the table."""
    with sample.store.session() as s:
        an.add_action(
            s, "Bring the plan", indicator_id=sample.ids["CS01"], due_date=dt.date(2026, 9, 28)
        )
    book = _book(_tracker(sample, tmp_path, include_exempt=True))
    longest = {"Status": len("In progress"), "RAG": len("Amber"), "Exempt": len("Yes")}
    longest |= dict.fromkeys(("Due", "Answered on"), len("28 September 2026"))
    longest["Written"] = len("28 September 2026 12:00")
    for name in ("Questions", "Actions", "Notes", "Indicators"):
        ws = book[name]
        for cell in ws[2]:  # the headings, under the exempt banner
            width = ws.column_dimensions[cell.column_letter].width
            needed = max(len(str(cell.value)), longest.get(str(cell.value), 0)) + 1.5
            if name == "Questions" and cell.value == "Status":
                needed = len("Withdrawn") + 1.5  # officers choose question words only
            assert width >= needed, (name, cell.value, width)
            assert cell.font.name == "Arial" and cell.alignment.wrap_text
        body = [c for row in ws.iter_rows(min_row=3) for c in row if c.value is not None]
        assert body and all(c.font.name == "Arial" for c in body), name
    (due,) = [r[5] for r in book["Actions"].iter_rows(min_row=3) if r[3].value == "Bring the plan"]
    assert due.is_date and due.number_format == "d mmmm yyyy"
    assert book["Notes"]["G3"].number_format == "d mmmm yyyy hh:mm"


@pytest.mark.parametrize("include_exempt", [False, True])
def test_a_tracker_with_no_actions_says_so_and_still_reads_back(
    sample: ExportStore, tmp_path: Path, include_exempt: bool
) -> None:
    """The Actions sheet keeps its headings (officers and the import look for it) and says
    there are none, so its printed page is not a bare heading; nothing on it can be filled
    in, and the line is passed over when answers come back."""
    with sample.store.session() as s:
        for action in an.list_actions(s):
            an.delete_action(s, action.id)
    path = _tracker(sample, tmp_path, include_exempt=include_exempt)
    book = _book(path)
    (line,) = _rows(book, "Actions")
    assert {k: v for k, v in line.items() if v is not None} == {"Action": "No actions recorded"}
    ws = book["Actions"]
    assert ws.data_validations.dataValidation == []  # no status list to choose from
    assert all(cell.protection.locked for row in ws.iter_rows() for cell in row)
    assert ws.page_setup.orientation == "landscape" and ws.sheet_state == "visible"
    if include_exempt:
        assert ws["A1"].value.startswith(EXEMPT_MARK)  # the line moved down under the banner
        return
    r = _find(book, "Questions", "Question", ASKED_QUESTION)
    _set(book, "Questions", r, "Answer", "Reported in March.")
    _set(book, "Questions", r, "Status", "Answered")
    book.save(path)
    with sample.store.session() as s:
        report = import_tracker(s, path)
    assert report.refused_rows == [] and report.missing == []
    assert len(report.updated_questions) == 1 and report.updated_actions == []
