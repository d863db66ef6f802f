"""Write resources/briefing_template.docx, the restylable Word template of the briefing (byte-stable).

A council may replace the file with its own (fonts, colours, a logo in the header): the
briefing uses the style names below only, and keeps whatever the header already holds.

    python -m resources.make_template [OUT]
"""

from __future__ import annotations

import datetime as dt
import io
import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.shared import Cm, Pt, RGBColor

TEMPLATE = Path(__file__).resolve().parent / "briefing_template.docx"
FONT = "Arial"
FIXED_TIME = dt.datetime(2025, 4, 1, 9, 0, 0)
ZIP_TIME = (2025, 4, 1, 9, 0, 0)

# Paragraph styles the briefing uses besides Word's own (Title, Subtitle, Heading 1-3, Normal,
# List Bullet, Header, Footer): name -> (size in points, bold, italic, colour, alignment).
CUSTOM_PARAGRAPHS: dict[str, tuple[float, bool, bool, str | None, str | None]] = {
    "Cover Detail": (13, False, False, "404040", None),
    "Indicator About": (10, False, False, "404040", None),
    "Exempt Marking": (11, True, False, "9C0006", "center"),
    "Table Heading": (10, True, False, None, None),
    "Table Text": (10, False, False, None, None),
    "Chart Note": (9, False, True, "595959", None),
    "Figure": (10, False, False, None, "center"),
    "Numbered Paragraph": (11, False, False, None, None),
    "Key Figure": (10, False, False, None, None),
}
HEADINGS: dict[str, tuple[float, str]] = {
    "Title": (26, "1F3864"),
    "Subtitle": (15, "404040"),
    "Heading 1": (16, "1F3864"),
    "Heading 2": (13, "1F3864"),
    "Heading 3": (11, "262626"),
}
TABLE_STYLE = "Scrutineer Table"
_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_BORDER = 'w:val="single" w:sz="4" w:space="0" w:color="8C8C8C"'
TABLE_PROPERTIES = (
    f"<w:tblPr {_W}><w:tblBorders>"
    + "".join(
        f"<w:{side} {_BORDER}/>"
        for side in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    + '</w:tblBorders><w:tblCellMar><w:top w:w="28" w:type="dxa"/>'
    '<w:left w:w="85" w:type="dxa"/><w:bottom w:w="28" w:type="dxa"/>'
    '<w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr>'
)
TABLE_HEADER_ROW = (
    f'<w:tblStylePr {_W} w:type="firstRow"><w:rPr><w:b/></w:rPr>'
    '<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="DCE3EE"/></w:tcPr></w:tblStylePr>'
)


def _fonts(document: DocumentObject) -> None:
    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(6)
    rpr = normal.element.get_or_add_rPr()  # British English for spelling and screen readers
    rpr.append(parse_xml(f'<w:lang {_W} w:val="en-GB" w:eastAsia="en-GB" w:bidi="ar-SA"/>'))
    for name, (size, colour) in HEADINGS.items():
        style = document.styles[name]
        fonts = style.element.rPr.rFonts if style.element.rPr is not None else None
        if fonts is not None:  # a theme font would win over the named one
            for key in list(fonts.attrib):
                if key.endswith("Theme"):
                    del fonts.attrib[key]
        style.font.name = FONT
        style.font.size = Pt(size)
        style.font.color.rgb = RGBColor.from_string(colour)
    for name in ("Header", "Footer"):
        document.styles[name].font.name = FONT
        document.styles[name].font.size = Pt(9)


def _custom_styles(document: DocumentObject) -> None:
    for name, (size, bold, italic, colour, align) in CUSTOM_PARAGRAPHS.items():
        style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = document.styles["Normal"]
        style.quick_style = True  # shown in Word's style gallery, for restyling
        style.font.size = Pt(size)
        style.font.bold = bold
        style.font.italic = italic
        if colour:
            style.font.color.rgb = RGBColor.from_string(colour)
        if align == "center":
            style.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if name == "Indicator About":
            style.paragraph_format.keep_with_next = True
        if name == "Key Figure":  # "Label<tab>value", wrapped lines hanging under the value
            style.paragraph_format.left_indent = Cm(4.2)
            style.paragraph_format.first_line_indent = Cm(-4.2)
            style.paragraph_format.tab_stops.add_tab_stop(Cm(4.2))
            style.paragraph_format.space_after = Pt(2)
            style.paragraph_format.keep_with_next = True
        if name == "Numbered Paragraph":  # "3.2<tab>text", the text hanging clear of the number
            style.paragraph_format.left_indent = Cm(1.2)
            style.paragraph_format.first_line_indent = Cm(-1.2)
            style.paragraph_format.tab_stops.add_tab_stop(Cm(1.2))
        if name.startswith("Table"):  # a table stays with its heading where it fits
            style.paragraph_format.space_after = Pt(0)
            style.paragraph_format.space_before = Pt(0)
            style.paragraph_format.keep_with_next = True
    table = document.styles.add_style(TABLE_STYLE, WD_STYLE_TYPE.TABLE)
    table.base_style = document.styles["Normal Table"]
    table.element.append(parse_xml(TABLE_PROPERTIES))
    table.element.append(parse_xml(TABLE_HEADER_ROW))


def _page(document: DocumentObject) -> None:
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)  # A4
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2.0))
    section.header_distance = section.footer_distance = Cm(1.0)
    section.header.is_linked_to_previous = False
    section.header.paragraphs[0].style = document.styles["Header"]  # a council's logo goes here
    section.footer.is_linked_to_previous = False
    section.footer.paragraphs[0].style = document.styles["Footer"]


def _properties(document: DocumentObject) -> None:
    props = document.core_properties
    props.author = props.last_modified_by = "Scrutineer"
    props.title = "Scrutiny briefing"
    props.language = "en-GB"
    props.subject = props.keywords = props.comments = ""
    props.created = props.modified = FIXED_TIME
    props.last_printed = FIXED_TIME
    props.revision = 1


def _no_thumbnail(document: DocumentObject) -> None:
    """Drop the stock thumbnail: a briefing should not show a picture of some other page."""
    rels = document.part.package.rels
    for r_id in [k for k, rel in rels.items() if rel.reltype.endswith("/thumbnail")]:
        del rels[r_id]


def build() -> DocumentObject:
    document = Document()
    _no_thumbnail(document)
    body = document.element.body
    for paragraph in list(body.iterchildren("{*}p")):
        body.remove(paragraph)
    _fonts(document)
    _custom_styles(document)
    _page(document)
    _properties(document)
    return document


def stable_bytes(document: DocumentObject) -> bytes:
    """The .docx with fixed zip entry times, so the same styles give the same bytes."""
    raw = io.BytesIO()
    document.save(raw)
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(raw.getvalue())) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            target.writestr(entry, source.read(info.filename))
    return out.getvalue()


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else TEMPLATE
    out.write_bytes(stable_bytes(build()))
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
