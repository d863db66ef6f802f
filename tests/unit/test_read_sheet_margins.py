"""The reading of what a sheet says outside its cells: cell notes (comments) by cell, the
print header and footer as lines without their codes, the cells pictures are anchored over;
in .xlsx and .ods alike."""

from __future__ import annotations

import io

from desktop.scorecard.read import ods
from desktop.scorecard.read.sheet_margins import cell_notes, picture_cells, print_lines

_XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _pic(col: int, row: int, one_cell: bool = False) -> str:
    marker = (
        f"<xdr:from><xdr:col>{col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>{row}</xdr:row>"
        "<xdr:rowOff>0</xdr:rowOff></xdr:from>"
    )
    pic = '<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="2" name="Picture 1"/></xdr:nvPicPr></xdr:pic>'
    if one_cell:
        return f'<xdr:oneCellAnchor>{marker}<xdr:ext cx="1" cy="1"/>{pic}</xdr:oneCellAnchor>'
    end = marker.replace("from>", "to>")
    return f"<xdr:twoCellAnchor>{marker}{end}{pic}</xdr:twoCellAnchor>"


def _box(col: int, row: int) -> str:
    """A text box, no picture."""
    marker = f"<xdr:from><xdr:col>{col}</xdr:col><xdr:row>{row}</xdr:row></xdr:from>"
    return f"<xdr:twoCellAnchor>{marker}<xdr:sp><xdr:txBody/></xdr:sp></xdr:twoCellAnchor>"


def test_cell_notes_reads_each_comment_by_its_cell() -> None:
    xml = (
        '<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        "<authors><author>A</author></authors><commentList>"
        '<comment ref="H5" authorId="0"><text><r><t>Key:</t></r><r><t xml:space="preserve">'
        "\n\u2714 met</t></r></text></comment>"
        '<comment ref="B7" authorId="0"><text><t>Revised</t></text></comment>'
        '<comment ref="nowhere" authorId="0"><text><t>x</t></text></comment>'
        "</commentList></comments>"
    )
    assert cell_notes(xml.encode()) == {(4, 7): "Key:\n\u2714 met", (6, 1): "Revised"}
    assert cell_notes(b"<broken") == {}
    assert cell_notes(None) == {}


def test_print_lines_strip_the_codes_of_each_section() -> None:
    xml = (
        b'<worksheet><sheetData/><headerFooter><oddHeader>&amp;L&amp;"Arial,Bold"&amp;12'
        b"Council&amp;C&amp;BQuarter 3 2024/25 &amp;&amp; more&amp;K00FF00</oddHeader>"
        b"<oddFooter>&amp;LPrinted from Pentana&amp;RPage &amp;P of &amp;N</oddFooter>"
        b"</headerFooter></worksheet>"
    )
    assert print_lines(xml) == [
        "Council",
        "Quarter 3 2024/25 & more",
        "Printed from Pentana",
        "Page of",
    ]
    assert print_lines(b"<worksheet><sheetData/></worksheet>") == []


def test_picture_cells_are_where_each_picture_is_anchored() -> None:
    xml = (
        f'<xdr:wsDr xmlns:xdr="{_XDR}" xmlns:a="{_A}" xmlns:r="{_REL}">'
        + _pic(5, 1)
        + _pic(0, 0, one_cell=True)
        + _box(3, 3)
        + "</xdr:wsDr>"
    )
    assert picture_cells(xml.encode()) == {(1, 5), (0, 0)}
    assert picture_cells(b"<broken pic") == set()


_ODS_CONTENT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content
  xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
  xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
  xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
  xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:xlink="http://www.w3.org/1999/xlink"
  xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0">
<office:body><office:spreadsheet><table:table table:name="Scorecard">
<table:table-row><table:table-cell office:value-type="string"><text:p>Ref</text:p>
</table:table-cell><table:table-cell office:value-type="string">
<office:annotation><dc:creator>Performance Team</dc:creator><text:p>Key:</text:p>
<text:p>\u2714 on target</text:p></office:annotation><text:p>Status</text:p>
</table:table-cell></table:table-row>
<table:table-row><table:table-cell office:value-type="string"><text:p>PI01</text:p>
</table:table-cell><table:table-cell><draw:frame draw:name="Picture 1"><draw:image
 xlink:href="Pictures/red.png"/></draw:frame></table:table-cell></table:table-row>
</table:table></office:spreadsheet></office:body></office:document-content>"""


def test_ods_cell_notes_and_pictures_anchored_to_cells_are_read() -> None:
    facts = dict(ods._read_tables(io.BytesIO(_ODS_CONTENT.encode()), ods._Styles()))
    assert facts["Scorecard"].notes == {(0, 1): "Key:\n\u2714 on target"}
    assert facts["Scorecard"].pictures == {(1, 1)}
