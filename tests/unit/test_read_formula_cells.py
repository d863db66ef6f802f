"""The readers say which cells hold formulas (.xlsx and .ods), and the formula's text:
a formula's 0 or error can then be told from a typed one."""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from desktop.scorecard.read.sheetxml import formula_cells
from desktop.scorecard.read.workbook import read_workbook

Cell = object


class F:
    """A formula cell and the result saved with it."""

    def __init__(self, formula: str, result: object) -> None:
        self.formula, self.result = formula, result


_ODS_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" '
    'office:version="1.2"><office:body><office:spreadsheet><table:table table:name="Scorecard">'
)
_ODS_TAIL = "</table:table></office:spreadsheet></office:body></office:document-content>"
_MANIFEST = (
    '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
    'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
    '<manifest:file-entry manifest:full-path="/" '
    'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
    "</manifest:manifest>"
)


def ods_cell(value: Cell) -> str:
    formula = ""
    if isinstance(value, F):
        formula = f' table:formula="of:={escape(value.formula, {chr(34): "&quot;"})}"'
        value = value.result
    if value is None:
        return "<table:table-cell/>"
    if isinstance(value, int | float):
        return (
            f'<table:table-cell{formula} office:value-type="float" office:value="{value}" '
            f'calcext:value-type="float"><text:p>{value}</text:p></table:table-cell>'
        )
    kind = "error" if str(value).startswith(("#", "Err:")) else "string"
    return (
        f'<table:table-cell{formula} office:value-type="string" calcext:value-type="{kind}">'
        f"<text:p>{escape(str(value))}</text:p></table:table-cell>"
    )


def ods_book(path: Path, rows: list[list[Cell]]) -> Path:
    """The rows as LibreOffice saves them: each formula in the cell beside its result."""
    body = "".join(
        "<table:table-row>" + "".join(ods_cell(v) for v in row) + "</table:table-row>"
        for row in rows
    )
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("META-INF/manifest.xml", _MANIFEST)
        zf.writestr("content.xml", _ODS_HEAD + body + _ODS_TAIL)
    return path


def test_the_reader_names_formula_cells_and_their_text() -> None:
    xml = (
        b'<worksheet><sheetData><row r="1"><c r="A1"><v>4</v></c>'
        b'<c r="B1" s="2"><f>SUM(A1:A1)&amp;""</f><v>4</v></c>'
        b'<c r="C1" t="e"><f t="shared" ref="C1:C2" si="0">A1/0</f><v>#DIV/0!</v></c></row>'
        b'<row r="2"><c r="C2" t="e"><f t="shared" si="0"/><v>#DIV/0!</v></c>'
        b'<c r="D2" t="inlineStr"><is><t>f</t></is></c></row></sheetData></worksheet>'
    )
    assert formula_cells(xml) == {(0, 1): 'SUM(A1:A1)&""', (0, 2): "A1/0", (1, 2): ""}
    prefixed = xml.replace(b"<", b"<x:").replace(b"<x:/", b"</x:")
    assert formula_cells(prefixed, b"x:") == formula_cells(xml)
    assert formula_cells(b"<worksheet><sheetData><row/></sheetData></worksheet>") == {}


def test_the_ods_reader_names_formula_cells(tmp_path: Path) -> None:
    rows: list[list[Cell]] = [["Ref", "Q1"], ["A", F("[.B3]*2", 4)], ["B", 2]]
    sheet = read_workbook(ods_book(tmp_path / "f.ods", rows)).sheets[0]
    assert sheet.formulas == {(1, 1): "[.B3]*2"}
