"""What a sheet says outside its cells: a key in the note on a heading cell rates the status
column, a period named only in the print header dates 'This quarter', and traffic-light
pictures pasted over empty Status cells hold the reading naming the cells."""

from __future__ import annotations

import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.comments import Comment

from desktop.scorecard.importer import preview
from desktop.scorecard.layout.heading_notes import heading_note_lines
from desktop.scorecard.read.grid import Sheet

_XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_KEY = "Key:\n\u2714 on or above target\n\u25d0 within 5% of target\n\u2716 off target"


def _scorecard(path: Path, statuses: list[str | None], note_at: str | None = None) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Scorecard"
    ws.append(["Ref", "Indicator", "Q1 2024/25", "Q2 2024/25", "Target 2024/25", "Status"])
    for n, status in enumerate(statuses):
        ws.append([f"PI{n + 1:02}", f"Measure number {n + 1} (%)", 80 + n, 81 + n, 85, status])
    if note_at is not None:
        ws[note_at].comment = Comment(_KEY, "Performance Team")
    wb.save(path)
    return path


def _rags(path: Path) -> tuple[list[str | None], list[str]]:
    parsed = preview(path)
    rated = [
        o.rag for i in parsed.indicators for o in i.observations if o.period.label == "Q2 2024/25"
    ]
    return rated, [item.line() for item in parsed.review]


def test_a_key_in_the_note_on_the_status_heading_rates_the_symbols(tmp_path: Path) -> None:
    path = _scorecard(tmp_path / "w.xlsx", ["\u2714", "\u25d0", "\u2716"], note_at="F1")
    rated, review = _rags(path)
    assert review == []
    assert rated == ["green", "amber", "red"]


def test_the_same_note_on_a_figure_cell_is_no_key(tmp_path: Path) -> None:
    path = _scorecard(tmp_path / "w.xlsx", ["\u25d0", "\u25d0"], note_at="D2")
    rated, review = _rags(path)
    assert rated == [None, None]
    assert any("Scorecard!F2" in line for line in review)


def test_heading_note_lines_leave_out_notes_in_the_rows_of_figures() -> None:
    sheet = Sheet("S", [["Title", None, None], ["Ref", "Q1", "Status"], ["A", 3, 4]])
    sheet.notes = {(1, 2): "Key:\n\u2714 met\n", (2, 1): "Revised", (0, 0): "Draft"}
    assert heading_note_lines(sheet) == ["Draft", "Key:", "\u2714 met"]


def _relative(path: Path, title: str, header: str | None) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "PIs"
    ws.append([title])
    ws.append([])
    ws.append(["Code", "PI name", "Last quarter", "This quarter", "Target"])
    ws.append(["CP1", "Invoices paid on time (%)", 91.0, 93.5, 95])
    ws.append(["CP2", "Calls answered (%)", 80.0, 84.0, 85])
    if header is not None:
        ws.oddHeader.center.text = header
    ws.oddFooter.right.text = "Page &P of &N"
    wb.save(path)
    return path


def _periods(path: Path) -> tuple[set[str], list[str]]:
    parsed = preview(path)
    labels = {o.period.label for i in parsed.indicators for o in i.observations}
    return labels, [item.line() for item in parsed.review]


def test_the_print_header_dates_relative_columns_where_no_cell_names_a_period(
    tmp_path: Path,
) -> None:
    header = "&BQuarter 3 2024/25 \u2013 Corporate Performance Report"
    labels, review = _periods(_relative(tmp_path / "pis.xlsx", "Corporate PIs", header))
    assert review == []
    assert labels == {"Q2 2024/25", "Q3 2024/25"}


def test_without_the_print_header_the_figures_are_in_no_period(tmp_path: Path) -> None:
    _, review = _periods(_relative(tmp_path / "pis.xlsx", "Corporate PIs", None))
    assert any("in no period" in line for line in review)


def test_a_period_in_the_title_cells_comes_before_the_print_header(tmp_path: Path) -> None:
    path = _relative(tmp_path / "pis.xlsx", "Corporate PIs Quarter 2 2024/25", "Q4 2023/24")
    labels, review = _periods(path)
    assert review == []
    assert labels == {"Q1 2024/25", "Q2 2024/25"}


def _pic(col: int, row: int, one_cell: bool = False) -> str:
    marker = (
        f"<xdr:from><xdr:col>{col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>{row}</xdr:row>"
        "<xdr:rowOff>0</xdr:rowOff></xdr:from>"
    )
    pic = (
        '<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="2" name="Picture 1"/><xdr:cNvPicPr/></xdr:nvPicPr>'
        '<xdr:blipFill><a:blip r:embed="rId1"/></xdr:blipFill><xdr:spPr/></xdr:pic>'
    )
    if one_cell:
        return f'<xdr:oneCellAnchor>{marker}<xdr:ext cx="1" cy="1"/>{pic}</xdr:oneCellAnchor>'
    end = marker.replace("from>", "to>")
    return f'<xdr:twoCellAnchor editAs="oneCell">{marker}{end}{pic}</xdr:twoCellAnchor>'


def _drawing(*anchors: str) -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><xdr:wsDr xmlns:xdr="{_XDR}" xmlns:a="{_A}" '
        f'xmlns:r="{_REL}">' + "".join(anchors) + "</xdr:wsDr>"
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
            zf.writestr(info, data)
        zf.writestr(
            "xl/worksheets/_rels/sheet1.xml.rels",
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" '
            f'Type="{_REL}/drawing" Target="../drawings/drawing1.xml"/></Relationships>',
        )
        zf.writestr("xl/drawings/drawing1.xml", drawing)
    return path


def test_pictures_over_empty_status_cells_hold_the_reading(tmp_path: Path) -> None:
    path = _scorecard(tmp_path / "w.xlsx", [None, None, None])
    _with_drawing(path, _drawing(_pic(5, 1), _pic(5, 2), _pic(5, 3)))
    _, review = _rags(path)
    assert any("Scorecard!F2" in line and "picture" in line for line in review)


def test_pictures_over_figures_or_above_the_table_are_not_asked_about(tmp_path: Path) -> None:
    path = _scorecard(tmp_path / "w.xlsx", ["G", "A", "R"])
    _with_drawing(path, _drawing(_pic(2, 1), _pic(5, 2)))
    assert _rags(path)[1] == []  # over a figure, and over a rating typed in its cell
    path = _scorecard(tmp_path / "v.xlsx", [None, None, None])
    _with_drawing(path, _drawing(_pic(0, 0, one_cell=True)))
    assert _rags(path)[1] == []  # a logo over the heading row


def test_pictures_over_a_column_of_the_table_holding_no_text_hold_it(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Scorecard"
    ws.append(["Ref", "Indicator", "Q1 2024/25", "Q2 2024/25", "Direction", "Target 2024/25"])
    for n in range(3):
        ws.append([f"PI{n + 1:02}", f"Measure number {n + 1} (%)", 80 + n, 81 + n, None, 85])
    wb.save(tmp_path / "w.xlsx")
    path = _with_drawing(tmp_path / "w.xlsx", _drawing(_pic(4, 2), _pic(4, 3)))
    assert any("Scorecard!E3" in line and "picture" in line for line in _rags(path)[1])


def test_the_print_header_names_the_period_of_an_undated_actual_column(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "PIs"
    ws.append(["Corporate PIs"])
    ws.append(["Code", "PI name", "Actual", "Target"])
    ws.append(["CP1", "Invoices paid on time (%)", 93.5, 95])
    ws.append(["CP2", "Calls answered (%)", 84.0, 85])
    ws.oddFooter.left.text = "Printed 14/01/2025"
    ws.oddHeader.center.text = "&BQuarter 2 2024/25"
    wb.save(tmp_path / "pis.xlsx")
    labels, review = _periods(tmp_path / "pis.xlsx")
    assert review == []
    assert labels == {"Q2 2024/25"}
