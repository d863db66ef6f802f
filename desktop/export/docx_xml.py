"""Low-level Word pieces the briefing needs and python-docx lacks: fast tables, fields, alt text."""

from __future__ import annotations

import hashlib
import io
import re
import zipfile
from collections.abc import Sequence
from typing import Any
from xml.sax.saxutils import escape

from docx.image.image import Image
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.oxml.shape import CT_Inline
from docx.parts.image import ImagePart

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = f'xmlns:w="{W_NS}"'
# Characters XML 1.0 cannot hold (a spreadsheet cell may carry them): dropped from any text.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
TWIPS_PER_CM = 567


def clean(text: str) -> str:
    """Text safe to put into a document part."""
    return _NOT_XML.sub("", text)


def _line(line: str) -> str:
    parts = [f'<w:t xml:space="preserve">{escape(piece)}</w:t>' for piece in line.split("\t")]
    return "<w:tab/>".join(parts)


def _runs(text: str) -> str:
    lines = clean(text).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "<w:r>" + "<w:br/>".join(_line(line) for line in lines) + "</w:r>"


def _style(style_id: str | None, *, keep_with_next: bool = False, new_page: bool = False) -> str:
    keep = "<w:keepNext/>" if keep_with_next else ""
    page = "<w:pageBreakBefore/>" if new_page else ""
    name = f'<w:pStyle w:val="{style_id}"/>' if style_id else ""
    return f"<w:pPr>{name}{keep}{page}</w:pPr>" if (name or keep or page) else ""


def _cell(text: str, width: int, style_id: str | None) -> str:
    return (
        f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>'
        f"<w:p>{_style(style_id)}{_runs(text)}</w:p></w:tc>"
    )


def paragraph_element(
    text: str,
    style_id: str | None,
    *,
    page_break: bool = False,
    keep_with_next: bool = False,
    new_page: bool = False,
) -> Any:
    """A paragraph of one run in a style (by id); built as XML, as fast as it gets.
    ``new_page``: the paragraph starts a page (no empty paragraph left behind)."""
    style = _style(style_id, keep_with_next=keep_with_next, new_page=new_page)
    brk = '<w:r><w:br w:type="page"/></w:r>' if page_break else ""
    run = _runs(text) if text else ""
    return parse_xml(f"<w:p {_W}>{style}{run}{brk}</w:p>")


def labelled_element(label: str, value: str, style_id: str | None) -> Any:
    """A "Label<tab>value" paragraph, the label bold, kept with the next paragraph: figures
    written this way stay on the page of their heading and chart (a table may not)."""
    return parse_xml(
        f"<w:p {_W}>{_style(style_id, keep_with_next=True)}"
        f'<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{escape(clean(label))}</w:t></w:r>'
        f"<w:r><w:tab/></w:r>{_runs(value)}</w:p>"
    )


def table_element(
    *,
    table_style: str | None,
    heading_style: str | None,
    text_style: str | None,
    headers: Sequence[str] | None,
    rows: Sequence[Sequence[str]],
    widths_cm: Sequence[float],
) -> Any:
    """A real Word table (style ids, not names) whose header row repeats on every page
    (``headers`` None: a table of label/value rows with no header row)."""
    style = f'<w:tblStyle w:val="{table_style}"/>' if table_style else ""
    widths = [round(w * TWIPS_PER_CM) for w in widths_cm]
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    head = (
        "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"
        + "".join(_cell(h, w, heading_style) for h, w in zip(headers, widths, strict=True))
        + "</w:tr>"
        if headers is not None
        else ""
    )
    first_row = "1" if headers is not None else "0"
    body = "".join(
        "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
        + "".join(_cell(t, w, text_style) for t, w in zip(row, widths, strict=True))
        + "</w:tr>"
        for row in rows
    )
    return parse_xml(
        f"<w:tbl {_W}><w:tblPr>{style}"
        f'<w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:tblLayout w:type="fixed"/>'
        f'<w:tblLook w:val="0420" w:firstRow="{first_row}" w:lastRow="0" w:firstColumn="0"'
        ' w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr>'
        f"<w:tblGrid>{grid}</w:tblGrid>"
        f"{head}{body}</w:tbl>"
    )


def field_runs(paragraph: Any, instruction: str, placeholder: str) -> None:
    """Append a field (PAGE, NUMPAGES) as begin/instruction/separate/result/end runs."""
    p = paragraph._p
    for xml in (
        f'<w:r {_W}><w:fldChar w:fldCharType="begin"/></w:r>',
        f'<w:r {_W}><w:instrText xml:space="preserve"> {instruction} </w:instrText></w:r>',
        f'<w:r {_W}><w:fldChar w:fldCharType="separate"/></w:r>',
        f"<w:r {_W}><w:t>{escape(placeholder)}</w:t></w:r>",
        f'<w:r {_W}><w:fldChar w:fldCharType="end"/></w:r>',
    ):
        p.append(parse_xml(xml))


def has_field(part_element: Any, name: str) -> bool:
    """True when a header or footer already holds the field ``name`` (a template may)."""
    texts = [el.text or "" for el in part_element.iter(qn("w:instrText"))]
    texts += [el.get(qn("w:instr")) or "" for el in part_element.iter(qn("w:fldSimple"))]
    return any(name in t.split() for t in texts)


class PictureAdder:
    """Inline pictures with ids counted here: python-docx rescans the whole document for the
    next free id on every picture, which makes a long briefing quadratic."""

    def __init__(self, document: Any) -> None:
        self._part = document.part
        used = [int(v) for v in document.element.xpath("//@id") if str(v).isdigit()]
        self._next = max([*used, 1000]) + 1
        self._images: dict[str, tuple[str, Image]] = {}  # same bytes, same image part

    def _image(self, png: bytes) -> tuple[str, Image]:
        # python-docx rehashes every image part and renumbers media for each new picture
        key = hashlib.sha1(png, usedforsecurity=False).hexdigest()
        if key not in self._images:
            image = Image.from_blob(png)
            number = len(self._images) + 1
            name = PackURI(f"/word/media/chart{number}.{image.ext}")
            r_id = f"rIdChart{number}"
            self._part.rels.add_relationship(RT.IMAGE, ImagePart.from_image(image, name), r_id)
            self._images[key] = (r_id, image)
        return self._images[key]

    def add(self, paragraph: Any, png: bytes, width: int) -> Any:
        """Append the picture to ``paragraph`` at ``width`` (EMU); return the w:inline element."""
        r_id, image = self._image(png)
        cx, cy = image.scaled_dimensions(width, None)
        inline = CT_Inline.new_pic_inline(self._next, r_id, image.filename, cx, cy)
        self._next += 1
        paragraph.add_run()._r.add_drawing(inline)
        return inline


_STORED = frozenset({"png", "jpeg", "jpg", "gif"})  # pictures: already compressed
_RELS_TYPE = "application/vnd.openxmlformats-package.relationships+xml"
_TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types"


def package_bytes(document: Any) -> bytes:
    """The .docx, as python-docx would save it but with pictures stored, not deflated again
    (deflating three hundred chart pictures was most of the cost of saving a long briefing)."""
    package = document.part.package
    parts = list(package.iter_parts())
    defaults = {"rels": _RELS_TYPE, "xml": "application/xml"}
    overrides: dict[str, str] = {}
    for part in parts:
        part.before_marshal()
        ext = part.partname.ext.lower()
        if ext in _STORED:
            defaults[ext] = part.content_type
        else:
            overrides[str(part.partname)] = part.content_type
    types = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="{_TYPES_NS}">'
        + "".join(
            f'<Default Extension="{ext}" ContentType="{kind}"/>'
            for ext, kind in sorted(defaults.items())
        )
        + "".join(
            f'<Override PartName="{name}" ContentType="{kind}"/>'
            for name, kind in sorted(overrides.items())
        )
        + "</Types>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", types)
        archive.writestr("_rels/.rels", package.rels.xml)
        for part in parts:
            stored = part.partname.ext.lower() in _STORED
            kind = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            archive.writestr(part.partname.membername, part.blob, compress_type=kind)
            if len(part.rels):
                archive.writestr(part.partname.rels_uri.membername, part.rels.xml)
    return out.getvalue()


def set_alt_text(inline: Any, description: str, title: str = "") -> None:
    """Alt text of a picture: the drawing's docPr descr (and title) attributes."""
    doc_pr = inline.docPr
    doc_pr.set("descr", clean(description))
    if title:
        doc_pr.set("title", clean(title))
