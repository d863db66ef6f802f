"""The bundled briefing template is what resources/make_template.py writes, with every style used."""

from __future__ import annotations

import io

from docx import Document
from docx.enum.style import WD_STYLE_TYPE

from resources import make_template


def test_committed_template_matches_the_script() -> None:
    assert make_template.TEMPLATE.read_bytes() == make_template.stable_bytes(make_template.build())


def test_template_defines_the_styles_the_briefing_uses() -> None:
    doc = Document(str(make_template.TEMPLATE))
    paragraph_styles = {s.name for s in doc.styles if s.type == WD_STYLE_TYPE.PARAGRAPH}
    needed = {"Title", "Heading 1", "Heading 2", "Heading 3", "List Bullet", "Header", "Footer"}
    assert needed | set(make_template.CUSTOM_PARAGRAPHS) <= paragraph_styles
    table = doc.styles[make_template.TABLE_STYLE]
    assert table.type == WD_STYLE_TYPE.TABLE


def test_template_is_a4_with_an_empty_body() -> None:
    doc = Document(io.BytesIO(make_template.TEMPLATE.read_bytes()))
    section = doc.sections[0]
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (21.0, 29.7)
    assert doc.paragraphs == [] and doc.tables == []
    assert doc.core_properties.author == "Scrutineer"
