"""Text boxes drawn on a sheet are read as its note lines: a key to the status symbols that
sits in a drawn box beside the table (not in cells) rates the symbols as a key in cells would."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from openpyxl import Workbook

from desktop.scorecard.importer import preview
from desktop.scorecard.layout.note_lines import note_lines
from desktop.scorecard.read import ods
from desktop.scorecard.read.grid import Sheet
from desktop.scorecard.read.text_boxes import drawing_lines

_XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _drawing(*boxes: list[str], picture: bool = False) -> str:
    shapes = []
    for lines in boxes:
        paras = "".join(
            f'<a:p><a:r><a:rPr lang="en-GB"/><a:t>{escape(line)}</a:t></a:r></a:p>'
            for line in lines
        )
        shapes.append(
            "<xdr:twoCellAnchor><xdr:from><xdr:col>8</xdr:col><xdr:colOff>0</xdr:colOff>"
            "<xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>12</xdr:col>"
            "<xdr:colOff>0</xdr:colOff><xdr:row>8</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>"
            '<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="2" name="TextBox 1"/>'
            '<xdr:cNvSpPr txBox="1"/></xdr:nvSpPr><xdr:spPr/>'
            f"<xdr:txBody><a:bodyPr/><a:lstStyle/>{paras}</xdr:txBody></xdr:sp>"
            "<xdr:clientData/></xdr:twoCellAnchor>"
        )
    if picture:
        shapes.append(
            '<xdr:oneCellAnchor><xdr:pic><xdr:nvPicPr><xdr:cNvPr id="3" name="Logo"/>'
            "</xdr:nvPicPr></xdr:pic><xdr:clientData/></xdr:oneCellAnchor>"
        )
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><xdr:wsDr xmlns:xdr="{_XDR}" xmlns:a="{_A}">'
        + "".join(shapes)
        + "</xdr:wsDr>"
    )


def _with_drawing(path: Path, drawing: str) -> Path:
    """Attach ``drawing`` to the first sheet of the saved workbook at ``path``."""
    with zipfile.ZipFile(path) as zf:
        parts = [(info, zf.read(info.filename)) for info in zf.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for info, data in parts:
            if info.filename == "xl/worksheets/sheet1.xml":
                tag = f'<drawing xmlns:r="{_REL}" r:id="rId9"/>'
                data = data.decode().replace("</worksheet>", tag + "</worksheet>").encode()
            elif info.filename == "[Content_Types].xml":
                data = data.replace(
                    b"</Types>",
                    b'<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/'
                    b'vnd.openxmlformats-officedocument.drawing+xml"/></Types>',
                )
            zf.writestr(info, data)
        zf.writestr(
            "xl/worksheets/_rels/sheet1.xml.rels",
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" '
            f'Type="{_REL}/drawing" Target="../drawings/drawing1.xml"/></Relationships>',
        )
        zf.writestr("xl/drawings/drawing1.xml", drawing)
    return path


def _scorecard(path: Path, statuses: list[str]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Scorecard"
    ws.append(["Ref", "Indicator", "Q1 2024/25", "Q2 2024/25", "Target 2024/25", "Status"])
    for n, status in enumerate(statuses):
        ws.append([f"PI{n + 1:02}", f"Measure number {n + 1} (%)", 80 + n, 81 + n, 85, status])
    wb.save(path)
    return path


def _rags(path: Path) -> tuple[list[str | None], list[str]]:
    parsed = preview(path)
    rated = [
        o.rag for i in parsed.indicators for o in i.observations if o.period.label == "Q2 2024/25"
    ]
    return rated, [item.line() for item in parsed.review]


def test_a_key_of_symbols_in_a_text_box_rates_the_status_column(tmp_path: Path) -> None:
    path = _scorecard(tmp_path / "w.xlsx", ["\u25cf", "\u25b2", "\u25c6", "\u25cb"])
    key = [
        "Key",
        "\u25cf  On or better than target",
        "\u25b2  Within 5% of target",
        "\u25c6  Off target",
        "\u25cb  Data only",
    ]
    _with_drawing(path, _drawing(key))
    rated, review = _rags(path)
    assert review == []
    assert rated == ["green", "amber", "red", None]


def test_a_key_written_on_one_line_of_a_box_with_equals_signs(tmp_path: Path) -> None:
    path = _scorecard(tmp_path / "w.xlsx", ["\u2605", "\u2713", "\u2717"])
    line = "\u2605 = Target exceeded   \u2713 = Target met   \u2717 = Target missed"
    _with_drawing(path, _drawing(["Status key", line]))
    rated, review = _rags(path)
    assert review == []
    assert rated == ["green", "green", "red"]


def test_a_key_of_the_councils_own_words_in_a_box(tmp_path: Path) -> None:
    path = _scorecard(tmp_path / "w.xlsx", ["Achieving", "Slightly below", "Not achieving"])
    line = "Achieving = Green; Slightly below = Amber; Not achieving = Red"
    _with_drawing(path, _drawing(["Please note:", "Figures are provisional."], [line]))
    rated, review = _rags(path)
    assert review == []
    assert rated == ["green", "amber", "red"]


def test_without_a_key_anywhere_the_symbols_are_still_doubted(tmp_path: Path) -> None:
    path = _scorecard(tmp_path / "w.xlsx", ["\u25cf", "\u25b2", "\u25c6"])
    _with_drawing(path, _drawing(["Figures for Q2 are provisional."], picture=True))
    rated, review = _rags(path)
    assert rated == [None, None, None]
    assert any("Scorecard!F2" in line for line in review)


def test_drawing_lines_reads_each_paragraph_of_each_box_and_skips_pictures() -> None:
    xml = _drawing(["Key", "", "\u25cf On track"], ["Note: provisional"], picture=True)
    assert drawing_lines(xml.encode()) == ["Key", "\u25cf On track", "Note: provisional"]
    assert drawing_lines(_drawing(picture=True).encode()) == []
    assert drawing_lines(b"<not xml") == []
    assert drawing_lines(None) == []


def test_box_lines_are_among_the_sheets_note_lines() -> None:
    sheet = Sheet("S", [["Ref", "Name", "Q1"], ["A1", "x", 3], [None, "* provisional", None]])
    sheet.boxes = ["\u2020 Lower is better"]
    assert list(note_lines(sheet)) == ["* provisional", "\u2020 Lower is better"]


_ODS_CONTENT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content
  xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
  xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
  xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
  xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0">
<office:body><office:spreadsheet><table:table table:name="Scorecard">
<table:shapes><draw:custom-shape><text:p>Key</text:p>
<text:p>\u25cf On target</text:p></draw:custom-shape></table:shapes>
<table:table-row><table:table-cell office:value-type="string"><text:p>Ref</text:p>
<draw:frame><draw:text-box><text:p>\u25c6 Off target</text:p><text:p> </text:p>
</draw:text-box></draw:frame></table:table-cell></table:table-row>
</table:table></office:spreadsheet></office:body></office:document-content>"""


def test_ods_text_boxes_and_shapes_with_text_are_read() -> None:
    facts = dict(ods._read_tables(io.BytesIO(_ODS_CONTENT.encode()), ods._Styles()))
    assert facts["Scorecard"].boxes == ["Key", "\u25cf On target", "\u25c6 Off target"]
