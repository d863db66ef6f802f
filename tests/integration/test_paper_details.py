"""The briefing's committee-paper details: kept in the store, set from the command line, and
shown on the front sheet of the briefing (a meeting's own, or the standing ones)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from docx import Document

from db.store import Store
from desktop.annotations import add_meeting
from desktop.cli import run
from desktop.export import documents, paper
from desktop.export.gather import gather

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "resources" / "sample" / "sample_scorecard.xlsx"


def front_sheet(path: Path) -> dict[str, str]:
    """The front sheet's table, item -> detail, read back from the written .docx."""
    table = Document(str(path)).tables[0]
    return {row.cells[0].text: row.cells[1].text for row in table.rows[1:]}


def body_text(path: Path) -> str:
    return "\n".join(p.text for p in Document(str(path)).paragraphs)


# --- the rules -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("3", "3"),
        (" paragraph 3 ", "3"),
        ("Paras 2 and 1", "1, 2"),
        ("1,2, 3", "1, 2, 3"),
        ("paragraphs 14 & 12", "12, 14"),
        ("", None),
    ],
)
def test_a_paragraph_is_kept_in_one_form(typed: str, kept: str | None) -> None:
    assert paper.clean_paragraph(typed) == kept


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("9", "no paragraph 9"),
        ("three", "give its number"),
        ("3, 14", "cite one country's"),
    ],
)
def test_a_paragraph_schedule_12a_does_not_have_is_refused_in_one_line(
    typed: str, said: str
) -> None:
    with pytest.raises(paper.PaperError, match=said) as caught:
        paper.clean_paragraph(typed)
    assert "\n" not in str(caught.value) and " — " in str(caught.value)


def test_citations_name_the_part_of_the_schedule() -> None:
    assert paper.citation("3") == (
        "paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972"
    )
    assert paper.citation("12, 14").startswith("paragraphs 12 and 14 of Part 4 of")
    assert paper.citation(None) == "Schedule 12A to the Local Government Act 1972"


def test_an_agenda_item_is_kept_as_its_number_and_long_text_is_refused() -> None:
    assert paper.clean("agenda_item", " Item 7 ") == "7"
    assert paper.clean("agenda_item", "Agenda item 7a") == "7a"
    with pytest.raises(paper.PaperError, match="shorten it to 200"):
        paper.clean("author", "x" * 201)


# --- kept in the store -----------------------------------------------------------------------


def test_a_meetings_details_are_its_own_and_the_paragraph_falls_back(store: Store) -> None:
    with store.session() as s:
        march = add_meeting(s, "People Scrutiny, March")
        june = add_meeting(s, "People Scrutiny, June")
        paper.save_standing(
            s, author="Scrutiny Officer", exempt_paragraph="3", agenda_item="4", purpose="All."
        )
        paper.save_meeting(s, march.id, agenda_item="7", purpose="To review Q3.")
        paper.save_meeting(s, june.id, exempt_paragraph="1, 2")
    with store.read_session() as s:
        whole = paper.effective(s, None)
        in_march = paper.effective(s, march.id)
        in_june = paper.effective(s, june.id)
    assert (whole.agenda_item, whole.purpose, whole.exempt_paragraph) == ("4", "All.", "3")
    assert in_march == paper.PaperDetails(
        author="Scrutiny Officer",
        agenda_item="7",
        purpose="To review Q3.",
        exempt_paragraph="3",  # the usual one
    )
    assert (in_june.agenda_item, in_june.exempt_paragraph) == (None, "1, 2")


def test_blank_forgets_a_detail_and_a_bad_one_changes_nothing(store: Store) -> None:
    with store.session() as s:
        paper.save_standing(s, author="Scrutiny Officer", contact="01234 567890")
    with store.session() as s:
        paper.save_standing(s, author="  ")
    with store.session() as s, pytest.raises(paper.PaperError):
        paper.save_standing(s, contact="scrutiny@council.gov.uk", exempt_paragraph="99")
    with store.read_session() as s:
        kept = paper.standing(s)
    assert (kept.author, kept.contact) == (None, "01234 567890")


def test_the_meetings_details_reach_the_front_sheet_and_page_one(
    store: Store, tmp_path: Path
) -> None:
    from desktop.scorecard.importer import import_file

    import_file(store, SAMPLE)
    with store.session() as s:
        meeting = add_meeting(
            s, "People Scrutiny, March", committee="People Scrutiny", held_on=dt.date(2026, 3, 5)
        )
        paper.save_standing(s, author="A. Clerk, Scrutiny Officer", contact="01234 567890")
        paper.save_meeting(
            s,
            meeting.id,
            agenda_item="Item 7",
            purpose="To consider the quarter three scorecard before the budget.",
            exempt_paragraph="3",
        )
    with store.read_session() as s:
        data = gather(s, meeting="People Scrutiny, March")
        exempt = gather(s, meeting="People Scrutiny, March", include_exempt=True)
    out = tmp_path / "march.docx"
    documents.write("docx", data, out, include_charts=False)
    sheet = front_sheet(out)
    assert sheet["Meeting"] == "People Scrutiny, March, 5 March 2026"
    assert sheet["Agenda item"] == "7"
    assert sheet["Report author"] == "A. Clerk, Scrutiny Officer"
    assert sheet["Contact"] == "01234 567890"
    text = body_text(out)
    assert "1.1\tTo consider the quarter three scorecard before the budget." in text
    marked = tmp_path / "exempt.docx"
    documents.write("docx", exempt, marked, include_charts=False)
    assert "by virtue of paragraph 3 of Part 1 of Schedule 12A" in body_text(marked)


# --- the command line ------------------------------------------------------------------------


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    assert run(["--data-dir", str(folder), "import", str(SAMPLE)]) == 0
    with Store.open(folder / "scrutineer.sqlite") as store, store.session() as s:
        add_meeting(s, "Scrutiny 12 Nov", committee="People Scrutiny")
    return folder


def _paper(data_dir: Path, *argv: str) -> int:
    return run(["--data-dir", str(data_dir), "paper", *argv])


def test_paper_sets_and_prints_the_details(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _paper(data_dir, "--author", "A. Clerk", "--exempt-paragraph", "para 3") == 0
    assert _paper(data_dir, "--meeting", "scrutiny 12 nov", "--agenda-item", "7") == 0
    capsys.readouterr()
    assert _paper(data_dir, "--meeting", "Scrutiny 12 Nov", "--json") == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown == {
        "meeting": "Scrutiny 12 Nov",
        "agenda_item": "7",
        "purpose": None,
        "author": "A. Clerk",
        "contact": None,
        "exempt_paragraph": "3",
    }
    assert _paper(data_dir) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "Paper for: the whole scorecard"
    assert "Agenda item: not set (the briefing leaves it for the clerk)" in lines


def test_paper_refuses_a_bad_paragraph_in_one_line_and_keeps_the_old(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _paper(data_dir, "--exempt-paragraph", "3") == 0
    capsys.readouterr()
    assert _paper(data_dir, "--exempt-paragraph", "20", "--author", "B") == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].startswith("error: Schedule 12A has no paragraph 20")
    assert _paper(data_dir, "--json") == 0
    shown = json.loads(capsys.readouterr().out)
    assert (shown["exempt_paragraph"], shown["author"]) == ("3", None)


def test_paper_for_an_unknown_meeting_is_refused(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _paper(data_dir, "--meeting", "No such", "--agenda-item", "3") == 1
    assert "no meeting named 'No such'" in capsys.readouterr().err


def test_export_uses_what_paper_set(data_dir: Path, tmp_path: Path) -> None:
    assert _paper(data_dir, "--meeting", "Scrutiny 12 Nov", "--agenda-item", "9",
                  "--purpose", "To question the director.", "--contact", "scrutiny@x.gov.uk") == 0  # fmt: skip
    docx_out = tmp_path / "nov.docx"
    with Store.open(data_dir / "scrutineer.sqlite") as store, store.read_session() as s:
        data = gather(s, meeting="Scrutiny 12 Nov")
    documents.write("docx", data, docx_out, include_charts=False)
    sheet = front_sheet(docx_out)
    assert (sheet["Agenda item"], sheet["Contact"]) == ("9", "scrutiny@x.gov.uk")
    assert "To question the director." in body_text(docx_out)


def test_a_meeting_named_with_its_date_is_not_dated_twice(store: Store, tmp_path: Path) -> None:
    with store.session() as s:
        add_meeting(s, "Scrutiny Committee, 12 March 2026", held_on=dt.date(2026, 3, 12))
    with store.read_session() as s:
        data = gather(s, meeting="Scrutiny Committee, 12 March 2026")
    out = tmp_path / "m.docx"
    documents.write("docx", data, out, include_charts=False)
    assert front_sheet(out)["Meeting"] == "Scrutiny Committee, 12 March 2026"


def test_paper_runs_without_loading_qt(data_dir: Path) -> None:
    import subprocess
    import sys

    code = (
        "import sys; from desktop.cli import run;"
        f"code = run(['--data-dir', {str(data_dir)!r}, 'paper', '--author', 'A. Clerk']);"
        "print(code, any(m.split('.')[0] in ('PySide6', 'pyqtgraph') for m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip().splitlines()[-1] == "0 False"
