"""Exempt (Part 2) indicators and notes stay out of every format unless asked for."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.export import documents
from desktop.export.json_export import to_json_text
from desktop.export.paper import PaperError, save_standing
from desktop.export.tracker_import import import_tracker
from tests.helpers.export_store import EXEMPT_NOTE, ExportStore, FakeCharts, build

EXEMPT_NAME = "Children in care placed in unregistered provision"  # CS17 in the sample


@pytest.fixture
def sample(tmp_path: Path) -> Iterator[ExportStore]:
    built = build(tmp_path)
    yield built
    built.store.close()


def _xml(path: Path) -> str:
    """Every XML part of a docx or xlsx, as one text (what a reader could dig out)."""
    with zipfile.ZipFile(path) as archive:
        return "".join(
            archive.read(name).decode("utf-8", "replace")
            for name in archive.namelist()
            if name.endswith((".xml", ".rels"))
        )


def test_no_exempt_name_note_or_figure_in_any_default_format(
    sample: ExportStore, tmp_path: Path
) -> None:
    data = sample.data()
    everything = sample.views()
    public = {o.commentary for v in everything.values() if not v.exempt for o in v.observations}
    said = [
        o.commentary
        for v in everything.values()
        if v.exempt
        for o in v.observations
        if o.commentary and o.commentary not in public  # words only exempt rows carry
    ]
    assert said, "the sample's exempt indicators have commentary"
    docx, xlsx = tmp_path / "b.docx", tmp_path / "t.xlsx"
    documents.write("docx", data, docx, charts=FakeCharts())
    documents.write("xlsx", data, xlsx)
    text = to_json_text(data)
    for where in (_xml(docx), _xml(xlsx), text):
        assert EXEMPT_NAME not in where
        assert "CS17" not in where
        assert EXEMPT_NOTE not in where
        assert not [c for c in said if c in where]  # nor what officers wrote about them
    exported = json.loads(text)
    assert all("exempt" not in i for i in exported["indicators"])
    assert all(not n["exempt"] for n in exported["notes"])


def test_include_exempt_marks_indicators_and_notes_in_json(sample: ExportStore) -> None:
    exported = json.loads(to_json_text(sample.data(include_exempt=True)))
    flags = {i["code"]: i["exempt"] for i in exported["indicators"]}
    assert flags["CS17"] is True and flags["CS01"] is False
    assert {n["text"]: n["exempt"] for n in exported["notes"]}[EXEMPT_NOTE] is True


def test_page_one_says_how_many_were_withheld_and_under_which_paragraph(
    sample: ExportStore, tmp_path: Path
) -> None:
    with sample.store.session() as s:
        save_standing(s, exempt_paragraph=" 3 ", author="Scrutiny Officer")
    out = tmp_path / "b.docx"
    documents.write("docx", sample.data(), out, charts=FakeCharts())
    xml = _xml(out)
    assert "3 exempt indicators are not included" in xml
    assert "paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972" in xml
    assert "Scrutiny Officer" in xml  # the report author on the front sheet
    with sample.store.session() as s, pytest.raises(PaperError, match="unknown briefing"):
        save_standing(s, colour="blue")


def test_small_numbers_are_hidden_in_every_section_of_an_exempt_briefing(
    sample: ExportStore, tmp_path: Path
) -> None:
    out = tmp_path / "b.docx"
    data = sample.data(include_exempt=True)
    documents.write("docx", data, out, charts=FakeCharts())
    from docx import Document

    document = Document(str(out))
    texts = [p.text for p in document.paragraphs]
    texts += [c.text for t in document.tables for r in t.rows for c in r.cells]
    changes = next(t for t in document.tables if t.rows[0].cells[0].text == "Indicator")
    for row in changes.rows[1:]:
        cells = [c.text for c in row.cells]
        if "<5" in cells[1:3]:
            assert "%" not in cells[3], cells  # no share of a count kept back
    for view in (v for v in data.views if v.exempt):
        small = {o.actual for o in view.observations if o.actual is not None and 0 < o.actual < 5}
        about = [t for t in texts if view.code and view.code in t]
        for t in about:
            words = f" {t} ".replace(":", " ").replace(",", " ").replace(";", " ")
            for value in small:
                assert f" {value:g} " not in words, (view.code, t)


def test_the_exempt_tracker_round_trips_with_its_banner(
    sample: ExportStore, tmp_path: Path
) -> None:
    out = tmp_path / "t.xlsx"
    documents.write("xlsx", sample.data(include_exempt=True), out)
    book = load_workbook(out)
    assert book["Questions"]["A2"].value == "Ref"
    with sample.store.session() as s:
        report = import_tracker(s, out)
    assert report.refused_rows == [] and report.missing == []


def test_a_meetings_paper_counts_only_the_exempt_indicators_it_would_have_covered(
    sample: ExportStore, tmp_path: Path
) -> None:
    from desktop import annotations as an
    from tests.helpers.export_store import MEETING

    assert sample.data(meeting=MEETING).withheld_exempt == 0  # none on its agenda
    assert sample.data().withheld_exempt == 3  # the whole scorecard withholds all three
    with sample.store.session() as s:
        meeting = an.meeting_by_name(s, MEETING)
        an.add_agenda_item(s, meeting.id, sample.ids["CS17"])
    data = sample.data(meeting=MEETING)
    assert data.withheld_exempt == 1
    out = tmp_path / "m.docx"
    documents.write("docx", data, out, charts=FakeCharts())
    assert "1 exempt indicator is not included: it holds exempt information" in _xml(out)
    assert EXEMPT_NAME not in _xml(out)
