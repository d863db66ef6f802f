"""The briefing reads as a committee paper: headings in order, indicator blocks kept together,
numbered paragraphs, dates in words, the key, and the analysis in the paper."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from docx import Document
from docx.document import Document as DocumentObject
from docx.oxml.ns import qn

from desktop.export import documents
from desktop.export.docx_indicator import NO_COMMENTARY
from tests.helpers.export_store import MEETING, ExportStore, FakeCharts, build


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ExportStore]:
    built = build(tmp_path_factory.mktemp("store"))
    yield built
    built.store.close()


@pytest.fixture(scope="module")
def briefing(sample: ExportStore, tmp_path_factory: pytest.TempPathFactory) -> DocumentObject:
    out = tmp_path_factory.mktemp("out") / "briefing.docx"
    documents.write("docx", sample.data(), out, charts=FakeCharts())
    return Document(str(out))


def _style(p: object) -> str:
    style = getattr(p, "style", None)
    return style.name if style is not None else ""


def _keeps_with_next(p: object) -> bool:
    ppr = p._p.pPr  # type: ignore[attr-defined]
    if ppr is not None and ppr.find(qn("w:keepNext")) is not None:
        return True
    style = getattr(p, "style", None)
    while style is not None:
        if style.paragraph_format.keep_with_next:
            return True
        style = style.base_style
    return False


def test_heading_levels_never_skip(briefing: DocumentObject) -> None:
    level = 0
    for p in briefing.paragraphs:
        found = re.fullmatch(r"Heading (\d)", _style(p))
        if not found:
            continue
        now = int(found.group(1))
        assert now <= level + 1, f"{p.text!r} jumps from level {level} to {now}"
        level = now


def test_each_indicator_block_is_kept_together_up_to_its_commentary(
    briefing: DocumentObject,
) -> None:
    paragraphs = briefing.paragraphs
    starts = [i for i, p in enumerate(paragraphs) if _style(p) == "Heading 2"]
    assert len(starts) > 5
    checked = 0
    for start in starts:
        block = []
        for p in paragraphs[start + 1 :]:
            if _style(p) == "Heading 3" or _style(p) == "Heading 2":
                break
            block.append(p)
        if not any(_style(p) == "Figure" for p in block):
            continue
        assert _keeps_with_next(paragraphs[start])
        assert all(_keeps_with_next(p) for p in block), paragraphs[start].text
        checked += 1
    assert checked > 5


def test_paragraphs_are_numbered_by_section(briefing: DocumentObject) -> None:
    numbered = [p.text for p in briefing.paragraphs if _style(p) == "Numbered Paragraph"]
    assert numbered[0].startswith("1.1\tTo brief members")
    sections = [int(t.split(".")[0]) for t in numbered]
    assert sections == sorted(sections)


def test_the_key_explains_rag_arrows_and_the_rule(briefing: DocumentObject) -> None:
    key = next(t for t in briefing.tables if t.rows[0].cells[0].text == "Mark")
    marks = [r.cells[0].text for r in key.rows[1:]]
    assert marks[:3] == ["R ■ Red", "A ▲ Amber", "G ● Green"]
    assert any(m.startswith("▲ Improving") for m in marks)
    text = "\n".join(p.text for p in briefing.paragraphs)
    assert "amber within 10% of the target" in text


def test_dates_are_written_in_words(briefing: DocumentObject) -> None:
    front = {r.cells[0].text: r.cells[1].text for r in briefing.tables[0].rows}
    assert re.fullmatch(r"[1-9]\d? [A-Z][a-z]+ 20\d\d", front["Prepared"])


def test_small_base_and_rag_disagreement_are_in_the_paper(briefing: DocumentObject) -> None:
    notes = [p.text for p in briefing.paragraphs if _style(p) == "Chart Note"]
    assert "Small base: 5 of 7 cases — one case would change the rating." in notes


def test_a_red_without_commentary_says_so(sample: ExportStore, briefing: DocumentObject) -> None:
    reds = [
        v for v in sample.views().values()
        if v.latest_rag == "red" and not v.exempt and not (v.latest and v.latest.commentary)
    ]  # fmt: skip
    text = [p.text for p in briefing.paragraphs]
    assert (NO_COMMENTARY in text) == bool(reds)


def test_what_changed_is_one_short_table(briefing: DocumentObject) -> None:
    table = next(t for t in briefing.tables if t.rows[0].cells[0].text == "Indicator")
    assert 1 < len(table.rows) <= 13
    assert not any(
        _style(p) == "List Bullet" and ": Better:" in p.text for p in briefing.paragraphs
    )


def test_a_meetings_briefing_covers_its_agenda_and_committee(
    sample: ExportStore, tmp_path: Path
) -> None:
    out = tmp_path / "meeting.docx"
    documents.write("docx", sample.data(meeting=MEETING), out, charts=FakeCharts())
    doc = Document(str(out))
    summary = next(t for t in doc.tables if t.rows[0].cells[0].text == "Portfolio")
    total = summary.rows[-1]
    assert sum(int(c.text) for c in total.cells[1:]) == 3  # CS01, CS06, CS02
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "3 indicators on the agenda" in text


def test_each_indicator_after_the_first_starts_a_page(briefing: DocumentObject) -> None:
    headings = [p for p in briefing.paragraphs if _style(p) == "Heading 2"]
    breaks = [
        p._p.pPr is not None and p._p.pPr.find(qn("w:pageBreakBefore")) is not None
        for p in headings
        if p.text[:1].isdigit()
    ]
    assert breaks[0] is False and all(breaks[1:])


def test_a_published_rating_the_rule_disagrees_with_is_pointed_out(
    tmp_path: Path,
) -> None:
    from sqlalchemy import select

    from db.models import ObservationRow, PeriodRow

    sample = build(tmp_path)
    try:
        with sample.store.session() as s:
            latest = s.scalars(
                select(ObservationRow)
                .join(PeriodRow, PeriodRow.id == ObservationRow.period_id)
                .where(ObservationRow.indicator_id == sample.ids["CS01"])
                .order_by(PeriodRow.end.desc())
            ).first()
            assert latest is not None
            latest.rag = "green"  # 56.4% against 70%: red by the rule
        out = tmp_path / "b.docx"
        documents.write("docx", sample.data(meeting=MEETING), out, charts=FakeCharts())
    finally:
        sample.store.close()
    notes = [p.text for p in Document(str(out)).paragraphs if _style(p) == "Chart Note"]
    assert (
        "The scorecard published Green, but the app's rule gives Red for 56.4% against 70%: "
        "ask which is right." in notes
    )
