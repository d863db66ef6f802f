"""The Word briefing of the sample scorecard, opened with python-docx and read back."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from docx import Document
from docx.document import Document as DocumentObject
from docx.oxml.ns import qn

from desktop.errors import UserError
from desktop.export import documents
from desktop.export.docx_briefing import NO_CHARTS
from desktop.export.docx_indicator import SUPPRESSED_COMMENTARY
from desktop.export.words import EXEMPT_MARK
from tests.helpers.export_store import (
    ASKED_QUESTION,
    COMMITTEE,
    EXEMPT_NOTE,
    FORMULA_QUESTION,
    MEETING,
    PUBLIC_NOTE,
    ExportStore,
    FakeCharts,
    build,
    png,
)


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ExportStore]:
    built = build(tmp_path_factory.mktemp("store"))
    yield built
    built.store.close()


def _write(
    sample: ExportStore, tmp_path: Path, *, include_exempt: bool = False, **options: object
) -> DocumentObject:
    out = tmp_path / "briefing.docx"
    options.setdefault("charts", FakeCharts())
    documents.write(
        "docx",
        sample.data(include_exempt=include_exempt),
        out,
        **options,  # type: ignore[arg-type]
    )
    return Document(str(out))


def _headings(doc: DocumentObject, level: int) -> list[str]:
    """Heading texts without their paragraph number ("5.2 CS01 ..." -> "CS01 ...")."""
    return [
        p.text.split(" ", 1)[1] if p.text[:1].isdigit() else p.text
        for p in doc.paragraphs
        if p.style is not None and p.style.name == f"Heading {level}"
    ]


def _figures(doc: DocumentObject) -> list[dict[str, str]]:
    """Each indicator's "Label<tab>value" figure lines, one dict per indicator, in order."""
    blocks: list[dict[str, str]] = []
    for p in doc.paragraphs:
        style = p.style.name if p.style is not None else ""
        if style == "Heading 2":
            blocks.append({})
        elif style == "Key Figure" and blocks:
            label, _tab, value = p.text.partition("\t")
            blocks[-1][label] = value
    return [b for b in blocks if b]


def _all_text(doc: DocumentObject) -> str:
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def _header_text(doc: DocumentObject) -> str:
    return "\n".join(p.text for s in doc.sections for p in s.header.paragraphs)


def test_reds_come_first_longest_red_run_first(sample: ExportStore, tmp_path: Path) -> None:
    doc = _write(sample, tmp_path)
    views = sample.views()
    titles = _headings(doc, 2)
    reds = [v for v in views.values() if v.latest_rag == "red" and not v.exempt]
    streaks = [views[t.split()[0]].assessment.red_streak for t in titles[: len(reds)]]
    assert {t.split()[0] for t in titles[: len(reds)]} == {v.code for v in reds}
    assert streaks == sorted(streaks, reverse=True)
    assert titles[0] == views["CS01"].label


def test_indicators_with_notes_or_questions_follow_the_reds(
    sample: ExportStore, tmp_path: Path
) -> None:
    codes = [t.split()[0] for t in _headings(_write(sample, tmp_path), 2)]
    assert "CS02" in codes and "HW03" in codes  # green or amber, but annotated
    assert "CS03" not in codes  # amber, nothing recorded


def test_cover_and_summary_headings(sample: ExportStore, tmp_path: Path) -> None:
    doc = _write(sample, tmp_path)
    title = [p.text for p in doc.paragraphs if p.style is not None and p.style.name == "Title"]
    assert title == ["Performance scorecard briefing"]
    front = {row.cells[0].text: row.cells[1].text for row in doc.tables[0].rows}
    assert front["Scorecard period"] == "Q2 2025/26 (compared with Q1 2025/26)"
    assert _headings(doc, 1) == [
        "Purpose",
        "How to read this briefing",
        "Summary",
        "What changed since the last report",
        "Indicators to look at",
    ]


def test_summary_table_counts_rag_by_portfolio(sample: ExportStore, tmp_path: Path) -> None:
    doc = _write(sample, tmp_path)
    expected: dict[str, list[int]] = {}
    for view in sample.views().values():
        if view.exempt:
            continue
        counts = expected.setdefault(view.portfolio or "", [0, 0, 0])
        latest = view.latest
        rag = latest.rag if latest is not None and latest.rag else view.latest_rag_computed
        counts[("red", "amber", "green").index(rag or "")] += 1
    table = next(t for t in doc.tables if t.rows[0].cells[0].text == "Portfolio")
    assert [c.text for c in table.rows[0].cells][:4] == ["Portfolio", "Red", "Amber", "Green"]
    got = {
        row.cells[0].text: [int(row.cells[i].text) for i in (1, 2, 3)] for row in table.rows[1:-1]
    }
    assert got == expected


def test_what_changed_names_the_newly_red(sample: ExportStore, tmp_path: Path) -> None:
    doc = _write(sample, tmp_path)
    table = next(t for t in doc.tables if t.rows[0].cells[0].text == "Indicator")
    assert [c.text for c in table.rows[0].cells] == [
        "Indicator",
        "Q1 2025/26",
        "Q2 2025/26",
        "Change",
    ]
    rows = [[c.text for c in r.cells] for r in table.rows[1:]]
    assert rows[0][0].startswith("PE06 ") and rows[0][3] == "Newly red"
    assert rows[0][1:3] == ["87.1%", "85.2%"]
    assert len(rows) <= 12  # only what moved materially


def test_questions_answers_notes_and_actions_are_shown(sample: ExportStore, tmp_path: Path) -> None:
    text = _all_text(_write(sample, tmp_path))
    for expected in (ASKED_QUESTION, FORMULA_QUESTION, PUBLIC_NOTE, "Head of Safeguarding"):
        assert expected in text
    assert "Asked" in text and "Draft" in text


def test_figures_give_value_target_comparators_and_rag_in_words(
    sample: ExportStore, tmp_path: Path
) -> None:
    doc = _write(sample, tmp_path)
    rows = _figures(doc)[0]  # CS01
    assert rows["Latest (Q2 2025/26)"].startswith("56.4% against a target of 70%")
    assert "England 46.4%" in rows["Comparators"]
    assert rows["Rating"] == "Red as published; Red by the app's rule"
    assert rows["Red run"] == "Red for 8 periods in a row"


def test_exempt_text_is_left_out_by_default(sample: ExportStore, tmp_path: Path) -> None:
    doc = _write(sample, tmp_path)
    text = _all_text(doc)
    exempt_name = sample.views()["CS17"].name
    assert EXEMPT_NOTE not in text
    assert exempt_name not in text
    assert EXEMPT_MARK not in _header_text(doc)


def test_exempt_briefing_is_marked_in_every_header(sample: ExportStore, tmp_path: Path) -> None:
    doc = _write(sample, tmp_path, include_exempt=True)
    assert EXEMPT_NOTE in _all_text(doc)
    for section in doc.sections:
        assert not section.different_first_page_header_footer
        marks = [p for p in section.header.paragraphs if p.text == EXEMPT_MARK]
        assert marks and marks[0].style is not None
        assert marks[0].style.name == "Exempt Marking"


def test_small_numbers_of_exempt_indicators_are_suppressed(
    sample: ExportStore, tmp_path: Path
) -> None:
    doc = _write(sample, tmp_path, include_exempt=True)
    label = sample.views()["CS17"].label
    start = next(i for i, p in enumerate(doc.paragraphs) if p.text.endswith(label))
    values = [v for block in _figures(doc) for v in block.values()]
    latest = [v for v in values if "1 against" in v]
    assert "Chart left out" in "\n".join(p.text for p in doc.paragraphs[start : start + 12])
    assert any(v.startswith("<5") for v in values)
    assert latest == [] or all("<5" in x for x in latest)


def test_commentary_that_may_repeat_small_numbers_is_left_out(
    sample: ExportStore, tmp_path: Path
) -> None:
    commentary = sample.views()["CS17"].latest.commentary  # type: ignore[union-attr]
    hidden = _all_text(_write(sample, tmp_path, include_exempt=True))
    shown = _all_text(_write(sample, tmp_path, include_exempt=True, suppress_small=False))
    assert commentary and commentary not in hidden and SUPPRESSED_COMMENTARY in hidden
    assert commentary in shown


def test_suppression_can_be_turned_off(sample: ExportStore, tmp_path: Path) -> None:
    doc = _write(sample, tmp_path, include_exempt=True, suppress_small=False)
    assert "<5" not in _all_text(doc)


def test_pictures_have_alt_text(sample: ExportStore, tmp_path: Path) -> None:
    doc = _write(sample, tmp_path)
    doc_prs = list(doc.element.body.iter(qn("wp:docPr")))
    assert len(doc_prs) == len(_headings(doc, 2))
    first = doc_prs[0].get("descr")
    assert first.startswith("Trend chart of " + sample.views()["CS01"].name + ": 8 periods")


def test_each_chart_is_drawn_once(sample: ExportStore, tmp_path: Path) -> None:
    source = FakeCharts()
    _write(sample, tmp_path, charts=source)
    assert len(source.calls) == len(set(source.calls)) > 0


def test_charts_can_be_left_out(sample: ExportStore, tmp_path: Path) -> None:
    doc = _write(sample, tmp_path, include_charts=False)
    assert doc.inline_shapes == [] or len(doc.inline_shapes) == 0
    assert NO_CHARTS not in _all_text(doc)


def test_missing_chart_drawing_is_said_on_page_one(
    sample: ExportStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.ui import chart_source

    def no_qt(name: str) -> object:
        raise ImportError(f"no module {name}")

    monkeypatch.setattr(chart_source.importlib, "import_module", no_qt)
    out = tmp_path / "briefing.docx"
    documents.write("docx", sample.data(), out, charts=chart_source.default_source())
    doc = Document(str(out))
    assert len(doc.inline_shapes) == 0
    assert NO_CHARTS in _all_text(doc)


def test_tables_repeat_their_header_row(sample: ExportStore, tmp_path: Path) -> None:
    doc = _write(sample, tmp_path)
    assert len(doc.tables) > 3
    for table in doc.tables[1:]:  # the front sheet's table has no header row
        assert table.style is not None and table.style.name == "Scrutineer Table"
        assert table.rows[0]._tr.find(qn("w:trPr")).find(qn("w:tblHeader")) is not None


def test_footer_numbers_the_pages(sample: ExportStore, tmp_path: Path) -> None:
    doc = _write(sample, tmp_path)
    footer = doc.sections[0].footer._element
    fields = [el.text.strip() for el in footer.iter(qn("w:instrText"))]
    assert fields == ["PAGE", "NUMPAGES"]
    assert "Performance scorecard briefing" in _header_text(doc)


def test_one_meetings_agenda(sample: ExportStore, tmp_path: Path) -> None:
    out = tmp_path / "meeting.docx"
    documents.write("docx", sample.data(meeting=MEETING), out, charts=FakeCharts())
    doc = Document(str(out))
    codes = [t.split()[0] for t in _headings(doc, 2)]
    assert codes == ["CS01", "CS06", "CS02"]  # the agenda, then its questions' indicators
    text = _all_text(doc)
    assert COMMITTEE in text and f"{MEETING}, date to be set" in text
    assert "+44 calls" not in text  # a question of no meeting


def test_a_missing_folder_is_a_one_line_error(sample: ExportStore, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="folder does not exist"):
        documents.write("docx", sample.data(), tmp_path / "nope" / "b.docx", charts=FakeCharts())


def test_an_unwritable_folder_leaves_nothing_behind(sample: ExportStore, tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        if (folder / "probe").parent.stat().st_uid == 0 and _can_write(folder):
            pytest.skip("running as root: permissions are not enforced")
        with pytest.raises(UserError, match=r"cannot write .* — choose another place"):
            documents.write("xlsx", sample.data(), folder / "t.xlsx")
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_writing_replaces_an_existing_file_whole(sample: ExportStore, tmp_path: Path) -> None:
    out = tmp_path / "briefing.docx"
    out.write_bytes(b"old")
    documents.write("docx", sample.data(), out, charts=FakeCharts())
    assert Document(str(out)).paragraphs[0].text == "Performance scorecard briefing"
    assert [p.name for p in tmp_path.iterdir()] == ["briefing.docx"]


def _can_write(folder: Path) -> bool:
    probe = folder / ".probe"
    try:
        probe.write_bytes(b"")
    except OSError:
        return False
    probe.unlink()
    return True


def test_a_folder_as_the_target_is_a_one_line_error(sample: ExportStore, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="it is a folder — give a file name"):
        documents.write("docx", sample.data(), tmp_path, charts=FakeCharts())


def test_a_councils_own_template_keeps_its_header_logo(sample: ExportStore, tmp_path: Path) -> None:
    plain = Document()  # only Word's own styles: no Scrutineer Table, no Exempt Marking
    plain.sections[0].header.paragraphs[0].add_run().add_picture(io.BytesIO(png()))
    template = tmp_path / "council.docx"
    plain.save(str(template))
    out = tmp_path / "briefing.docx"
    data = sample.data(include_exempt=True)
    documents.write("docx", data, out, charts=FakeCharts(), template=template)
    doc = Document(str(out))
    header = doc.sections[0].header
    assert header._element.xpath(".//w:drawing")  # the logo is still there
    assert EXEMPT_MARK in [p.text for p in header.paragraphs]
    assert _headings(doc, 1)[0] == "Purpose"


def test_a_template_that_is_not_a_document_is_a_one_line_error(
    sample: ExportStore, tmp_path: Path
) -> None:
    template = tmp_path / "council.docx"
    template.write_bytes(b"not a zip")
    with pytest.raises(UserError, match="briefing template"):
        documents.write(
            "docx", sample.data(), tmp_path / "b.docx", charts=FakeCharts(), template=template
        )


def test_pictures_are_stored_and_the_package_lists_every_part(
    sample: ExportStore, tmp_path: Path
) -> None:
    import zipfile

    _write(sample, tmp_path)
    with zipfile.ZipFile(tmp_path / "briefing.docx") as archive:
        infos = {i.filename: i for i in archive.infolist()}
        types = archive.read("[Content_Types].xml").decode()
    media = [n for n in infos if n.startswith("word/media/")]
    assert media and all(infos[n].compress_type == zipfile.ZIP_STORED for n in media)
    assert infos["word/document.xml"].compress_type == zipfile.ZIP_DEFLATED
    assert 'Extension="png"' in types and 'PartName="/word/styles.xml"' in types
