"""A Status column holding no text: small traffic-light pictures pasted over its cells, keyed by the same pictures."""

from __future__ import annotations

import struct
import zipfile
import zlib
from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from tests.realistic.kit import Expected, Obs, new_book, num, put_row, save, text_of, title

SHEET = "Scorecard"
KEY_ROW = 4  # key pictures in A4:A6, their words in B4:B6
HEAD_ROW = 8
STATUS_COL = 7  # G
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
LIGHTS = {"G": (0x00, 0xB0, 0x50), "A": (0xFF, 0xC0, 0x00), "R": (0xE0, 0x1B, 0x1B)}
IMAGE = {"G": 1, "A": 2, "R": 3}  # xl/media/image<n>.png
KEY = (("G", "On target"), ("A", "Within 5% of target"), ("R", "More than 5% off target"))
HEAD = PatternFill(fill_type="solid", start_color="FF203864", end_color="FF203864")
SECTION = PatternFill(fill_type="solid", start_color="FFD9E1F2", end_color="FFD9E1F2")
THIN = Side(style="thin", color="FFA6A6A6")
EMU_PX = 9525
PIC_PX = 14

# A 1-tuple is a service row. Otherwise: ref, measure, Q1, Q2, Q3, target 2024/25, picture
# over the Status cell ('G', 'A', 'R' or None: no picture), comment. Percentages in points.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Customer and Digital Services",),
    ("CDS01", "Calls answered within 3 minutes (%)", 71.2, 68.4, 74.9, 75.0, "A",
     "Improved after the new telephony menu went live."),
    ("CDS02", "Online transactions as a share of all transactions (%)", 58.3, 60.1, 62.7, 60.0,
     "G", None),
    ("CDS03", "Complaints responded to within 10 working days (%)", 81.0, 77.5, 69.2, 85.0, "R",
     "Backlog in Housing Repairs; extra staff from January."),
    ("CDS04", "Freedom of Information requests answered within 20 working days (%)", 92.4, 95.0,
     "Not available", 90.0, None, "Case system migration; figure to follow."),
    ("Housing and Regeneration",),
    ("HR01", "Average days to re-let standard voids", 38.2, 35.6, 31.9, 32.0, "G", None),
    ("HR02", "Rent collected as a percentage of rent due (%)", 96.1, 97.0, 97.8, 98.5, "A", None),
    ("HR03", "Emergency repairs completed within 24 hours (%)", 97.2, 98.4, 99.1, 98.0, "G", None),
    ("HR04", "Households in temporary accommodation (quarter end)", 86, 91, 104, 80, "R",
     "Rising demand; two new leased properties from February."),
    ("HR05", "Affordable homes delivered (cumulative)", 22, 57, 81, 120, "A",
     "Two schemes slipped to Q4."),
    ("HR06", "Right to Buy applications received", 14, 19, 11, None, None, "Data only."),
    ("Environment and Street Scene",),
    ("ESS01", "Household waste recycled and composted (%)", 47.8, 49.2, 44.6, 50.0, "R",
     "Seasonal fall in garden waste."),
    ("ESS02", "Missed bin collections per 100,000", 52, 47, 44, 50, "G", None),
    ("ESS03", "Streets at an acceptable standard for litter (%)", 93.0, 94.5, 92.1, 94.0, "A",
     None),
    ("ESS04", "Fly-tipping incidents reported", 612, 587, 640, None, None, "Data only."),
)  # fmt: skip


def _png(rgb: tuple[int, int, int], size: int = 16) -> bytes:
    """A tiny RGBA PNG: a filled circle of the colour on a transparent square."""
    red, green, blue = rgb
    middle, radius = (size - 1) / 2, size / 2 - 0.5
    raw = bytearray()
    for y in range(size):
        raw.append(0)  # filter: none
        for x in range(size):
            inside = (x - middle) ** 2 + (y - middle) ** 2 <= radius**2
            raw += bytes((red, green, blue, 255 if inside else 0))

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(bytes(raw), 9))
        + chunk(b"IEND", b"")
    )


_XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
_IMG = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"
_DRAWING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing"


def _pic(pid: int, name: str, light: str) -> str:
    size = PIC_PX * EMU_PX
    return (
        f'<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="{pid}" name="{name}"/>'
        '<xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr>'
        f'<xdr:blipFill><a:blip r:embed="rId{IMAGE[light]}"/><a:stretch><a:fillRect/></a:stretch>'
        f'</xdr:blipFill><xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{size}" cy="{size}"/>'
        '</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic>'
    )


def _marker(tag: str, col: int, col_px: int, row: int, row_px: int) -> str:
    """A drawing anchor corner; col and row are zero-based."""
    return (
        f"<xdr:{tag}><xdr:col>{col}</xdr:col><xdr:colOff>{col_px * EMU_PX}</xdr:colOff>"
        f"<xdr:row>{row}</xdr:row><xdr:rowOff>{row_px * EMU_PX}</xdr:rowOff></xdr:{tag}>"
    )


def _drawing(key: list[tuple[int, str]], status: list[tuple[int, str, int]]) -> str:
    """The sheet's pictures: the key's as one-cell anchors in column A, the Status column's as
    pasted pictures (two-cell anchors that move with their cell), each (row, light, top offset px)."""
    parts = [
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<xdr:wsDr xmlns:xdr="{_XDR}" xmlns:a="{_A}" xmlns:r="{_R}">'
    ]
    pid = 1
    size = PIC_PX * EMU_PX
    for row, light in key:
        pid += 1
        parts.append(
            "<xdr:oneCellAnchor>"
            + _marker("from", 0, 24, row - 1, 3)
            + f'<xdr:ext cx="{size}" cy="{size}"/>'
            + _pic(pid, f"Picture {pid - 1}", light)
            + "<xdr:clientData/></xdr:oneCellAnchor>"
        )
    for row, light, top in status:
        pid += 1
        end_row, end_px = (row - 1, top + PIC_PX) if top + PIC_PX < 20 else (row, top + PIC_PX - 20)
        parts.append(
            '<xdr:twoCellAnchor editAs="oneCell">'
            + _marker("from", STATUS_COL - 1, 30, row - 1, top)
            + _marker("to", STATUS_COL - 1, 30 + PIC_PX, end_row, end_px)
            + _pic(pid, f"Picture {pid - 1}", light)
            + "<xdr:clientData/></xdr:twoCellAnchor>"
        )
    parts.append("</xdr:wsDr>")
    return "".join(parts)


def _add_pictures(path: Path, drawing: str) -> None:
    """Rewrite the saved .xlsx with the media, the drawing part, its relationships and types."""
    stamp = (2025, 1, 20, 9, 0, 0)
    with zipfile.ZipFile(path) as zin:
        entries = [(info, zin.read(info.filename)) for info in zin.infolist()]
    names = {info.filename for info, _ in entries}
    assert "xl/worksheets/_rels/sheet1.xml.rels" not in names
    out: list[tuple[str, bytes]] = []
    for info, data in entries:
        if info.filename == "[Content_Types].xml":
            text = data.decode()
            text = text.replace(
                '<Default Extension="xml"',
                '<Default Extension="png" ContentType="image/png"/><Default Extension="xml"',
                1,
            )
            text = text.replace(
                "</Types>",
                '<Override PartName="/xl/drawings/drawing1.xml" ContentType='
                '"application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>',
            )
            data = text.encode()
        elif info.filename == "xl/worksheets/sheet1.xml":
            text = data.decode()
            if "xmlns:r=" not in text.split(">", 2)[1]:
                text = text.replace("<worksheet ", f'<worksheet xmlns:r="{_R}" ', 1)
            assert "<tableParts" not in text and "<legacyDrawing" not in text
            text = text.replace("</worksheet>", '<drawing r:id="rId1"/></worksheet>')
            data = text.encode()
        out.append((info.filename, data))
    out.append(
        (
            "xl/worksheets/_rels/sheet1.xml.rels",
            (
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f'<Relationships xmlns="{_PKG}"><Relationship Id="rId1" Type="{_DRAWING}" '
                'Target="../drawings/drawing1.xml"/></Relationships>'
            ).encode(),
        )
    )
    out.append(("xl/drawings/drawing1.xml", drawing.encode()))
    rels = "".join(
        f'<Relationship Id="rId{n}" Type="{_IMG}" Target="../media/image{n}.png"/>'
        for n in sorted(IMAGE.values())
    )
    out.append(
        (
            "xl/drawings/_rels/drawing1.xml.rels",
            (
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f'<Relationships xmlns="{_PKG}">{rels}</Relationships>'
            ).encode(),
        )
    )
    for light, n in sorted(IMAGE.items(), key=lambda item: item[1]):
        out.append((f"xl/media/image{n}.png", _png(LIGHTS[light])))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for filename, data in out:
            zout.writestr(zipfile.ZipInfo(filename, stamp), data, zipfile.ZIP_DEFLATED)


def build(path: Path) -> Expected:
    """Imitates a borough council's quarterly scorecard whose status lights are pasted pictures.

    Some officers build the status column by copying a small red, amber or
    green circle picture (from an old template or a slide) and pasting it
    over each Status cell, leaving the cell itself empty; the key at the top
    of the sheet uses the same three pictures beside 'On target', 'Within
    5% of target' and 'More than 5% off target'. The sheet: title and
    committee line, the key (pictures in A4:A6 anchored to one cell, words
    in B), then Ref, Measure, 'Q1 2024/25'..'Q3 2024/25', 'Target 2024/25',
    Status, Comments under shaded service rows. Each rated row has a
    picture floating over its Status cell (a two-cell anchor set to move
    with the cell, as Excel pastes them); one has slid down so that it
    straddles the border with the row below. Data-only rows and the 'Not
    available' FOI row have no picture. The workbook holds the drawing part
    and three PNGs as Excel saves them; the Status cells hold no value, no
    fill and no format.

    A careful reader takes the figures and the single 'Target 2024/25' of
    each quarter as plain (the 'Not available' Q3 as text). The ratings are
    another matter: the cells are empty, and what the sheet shows is
    pictures placed over them, linked to a row only by where they float.
    Pictures do not travel reliably with their rows (they stay behind when
    a table is sorted or filtered unless set to, and drift when rows are
    resized, as the straddling one shows) and their colour is only in the
    image, matched to the key by eye. A reader, or an importer, who cannot
    read the cells as ratings should not quietly publish the figures as
    unrated, nor guess: the file goes to review at each Status cell under a
    picture, with the figures and targets read and no rating recorded
    until someone confirms what the pictures say. No polarity or unit
    column; units are only in names.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Quarterly Performance Scorecard 2024/25 \u2013 Quarter 3")
    sheet["A2"] = "Corporate Overview and Scrutiny Committee, 4 March 2025"
    sheet["A2"].font = Font(italic=True, size=9)
    sheet["A3"] = "Key"
    sheet["A3"].font = Font(bold=True)
    key_pictures = []
    for k, (key_light, words) in enumerate(KEY):
        sheet.cell(row=KEY_ROW + k, column=2, value=words)
        key_pictures.append((KEY_ROW + k, key_light))
    heads = ["Ref", "Measure", *QUARTERS, "Target 2024/25", "Status", "Comments"]
    put_row(sheet, HEAD_ROW, 1, heads)
    for col in range(1, len(heads) + 1):
        cell = sheet.cell(row=HEAD_ROW, column=col)
        cell.fill = HEAD
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    exp = Expected([], status="needs_review")
    status_pictures: list[tuple[int, str, int]] = []
    row = HEAD_ROW + 1
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, len(heads) + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        ref, name, q1, q2, q3, target, light, comment = spec
        put_row(sheet, row, 1, [ref, name, q1, q2, q3, target, None, comment])
        for col in range(1, len(heads) + 1):
            sheet.cell(row=row, column=col).border = Border(bottom=THIN)
        if light is not None:
            top = 12 if ref == "HR02" else 3  # HR02's picture has slid over the row border
            status_pictures.append((row, str(light), top))
            exp.review_cells.append(f"{SHEET}!G{row}")
        for period, value in zip(QUARTERS, (q1, q2, q3), strict=True):
            if value is None:
                continue
            exp.observations.append(
                Obs(str(ref), str(name), period, num(value), text_of(value), num(target))
            )
        row += 1
    sheet.cell(
        row=row + 1,
        column=1,
        value="Status compares the Quarter 3 position with the 2024/25 target.",
    ).font = Font(size=9)
    sheet.column_dimensions["A"].width = 9
    sheet.column_dimensions["B"].width = 62
    for letter in "CDEF":
        sheet.column_dimensions[letter].width = 12
    sheet.column_dimensions["G"].width = 10
    sheet.column_dimensions["H"].width = 48
    for r in range(1, row + 3):
        sheet.row_dimensions[r].height = 15
    sheet.row_dimensions[HEAD_ROW].height = 30
    save(book, path)
    _add_pictures(path, _drawing(key_pictures, status_pictures))
    return exp
