"""A status column of symbols (●, ▲, ◆, ○) whose key is only in a text box drawn beside the table."""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from tests.realistic.kit import Expected, Obs, Rag, new_book, put_row, save, title

SHEET = "Q2 2024-25"
HEAD = 5
PERIODS = ("2023/24", "Q1 2024/25", "Q2 2024/25")
SYMBOL: dict[str, Rag] = {"\u25cf": "green", "\u25b2": "amber", "\u25c6": "red"}  # ○ is data only
ON, NEAR, OFF, DATA = "\u25cf", "\u25b2", "\u25c6", "\u25cb"
KEY = (
    "Key to status",
    f"{ON}  On or better than target",
    f"{NEAR}  Below target, within 5% tolerance",
    f"{OFF}  Off target \u2013 improvement action in place",
    f"{DATA}  Data only \u2013 no target set",
)

# ref, measure, outturn 2023/24, Q1, Q2, target 2024/25, status, comment
ROWS: tuple[tuple[object, ...], ...] = (
    ("SDC01", "Household waste reused, recycled or composted (%)", 58.4, 61.2, 60.5, 60.0, ON, None),
    ("SDC02", "Missed bin collections per 100,000 collections", 38.0, 41.0, 56.0, 45.0, OFF,
     "Round changes in August; missed collections now falling week on week."),
    ("SDC03", "Fly-tipping incidents cleared within 48 hours (%)", 93.1, 95.4, 92.8, 95.0, NEAR, None),
    ("SDC04", "Major planning applications determined in time (%)", 95.0, 100.0, 87.5, 90.0, NEAR,
     "Eight major applications decided in the quarter; one out of time."),
    ("SDC05", "Minor planning applications determined in time (%)", 82.6, 88.3, 90.2, 85.0, ON, None),
    ("SDC06", "Average days to process new Housing Benefit claims", 19.6, 17.2, 18.9, 20.0, ON, None),
    ("SDC07", "Households prevented from becoming homeless", 212, 61, 48, None, DATA, None),
    ("SDC08", "Households in temporary accommodation (end of quarter)", 41, 45, 52, 40, OFF,
     "Two large families placed in September; move-on plans agreed."),
    ("SDC09", "Stage 1 complaints answered within 10 working days (%)", 81.0, 84.5, 79.2, 85.0, OFF, None),
    ("SDC10", "Working days lost to sickness per FTE (rolling 12 months)", 8.7, 8.9, 9.1, 8.5, OFF, None),
    ("SDC11", "Visits to leisure centres", 498200, 131450, 126980, None, DATA, None),
    ("SDC12", "Food businesses rated 4 or 5 for hygiene (%)", 91.8, 92.4, "Not yet available", 90.0, None,
     "Q2 figure follows the FSA upload in November."),
    ("SDC13", "Residents satisfied with how the council runs things (%)", 61.0, None, None, 65.0, None,
     "Annual residents' survey; next results autumn 2024."),
)  # fmt: skip

DRAWING = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
    '<xdr:twoCellAnchor editAs="oneCell">'
    "<xdr:from><xdr:col>9</xdr:col><xdr:colOff>152400</xdr:colOff><xdr:row>4</xdr:row>"
    "<xdr:rowOff>0</xdr:rowOff></xdr:from>"
    "<xdr:to><xdr:col>13</xdr:col><xdr:colOff>400050</xdr:colOff><xdr:row>12</xdr:row>"
    "<xdr:rowOff>95250</xdr:rowOff></xdr:to>"
    '<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="2" name="TextBox 1"/>'
    '<xdr:cNvSpPr txBox="1"/></xdr:nvSpPr>'
    '<xdr:spPr><a:xfrm><a:off x="8534400" y="952500"/><a:ext cx="2838450" cy="1619250"/></a:xfrm>'
    '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
    '<a:solidFill><a:srgbClr val="F2F2F2"/></a:solidFill>'
    '<a:ln w="9525"><a:solidFill><a:srgbClr val="7F7F7F"/></a:solidFill></a:ln></xdr:spPr>'
    '<xdr:txBody><a:bodyPr vertOverflow="clip" horzOverflow="clip" wrap="square" rtlCol="0" anchor="t"/>'
    "<a:lstStyle/>{paragraphs}</xdr:txBody></xdr:sp><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>"
)
REL_DRAWING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing"


def _paragraph(text: str, bold: bool) -> str:
    weight = ' b="1"' if bold else ""
    return (
        f'<a:p><a:r><a:rPr lang="en-GB" sz="1000"{weight}><a:latin typeface="Segoe UI Symbol"/></a:rPr>'
        f"<a:t>{escape(text)}</a:t></a:r></a:p>"
    )


def build(path: Path) -> Expected:
    """Imitates a district council's quarterly performance report whose status key is a text box.

    The Performance and Resources Committee sheet gives the 2023/24
    outturn, Quarter 1 and Quarter 2 2024/25, a 'Target 2024/25' and a
    Status column of plain black symbols: \u25cf, \u25b2, \u25c6 and \u25cb. The
    only key is a grey text box (a drawing shape, not a cell) the officer
    drew to the right of the table: \u25cf on or better than target, \u25b2
    within 5% tolerance, \u25c6 off target, \u25cb data only. One Q2 figure is
    'Not yet available' with no status; the residents' survey is annual,
    with only its 2023/24 outturn and no status.

    A careful reader, looking at the sheet as printed, reads the key in the
    box: \u25cf green, \u25b2 amber, \u25c6 red, \u25cb no rating, each for the
    row's Q2 figure (the latest); the target only for the 2024/25 quarters,
    its heading naming the year; the 2023/24 outturn as a figure of its
    own; the words in Q2 as that quarter's text.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Stroud District Council \u2013 Performance Monitoring Report")
    sheet["A2"] = (
        "Quarter 2 2024/25 (July to September 2024) \u2013 Strategy and Resources Committee"
    )
    sheet["A2"].font = Font(italic=True)
    sheet["A3"] = "Appendix A"
    header = ["Ref", "Measure", "Outturn 2023/24", "Q1 2024/25", "Q2 2024/25", "Target 2024/25", "Status",
              "Comments"]  # fmt: skip
    put_row(sheet, HEAD, 1, header, bold=True)
    band = PatternFill(fill_type="solid", start_color="FF00594F", end_color="FF00594F")
    for col in range(1, len(header) + 1):
        cell = sheet.cell(row=HEAD, column=col)
        cell.fill = band
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    thin = Side(style="thin", color="FFBFBFBF")
    exp = Expected([])
    for i, (ref, name, outturn, q1, q2, target, status, comment) in enumerate(ROWS):
        row = HEAD + 1 + i
        put_row(sheet, row, 1, [ref, name, outturn, q1, q2, target, status, comment])
        for col in range(1, len(header) + 1):
            sheet.cell(row=row, column=col).border = Border(bottom=thin)
        mark = sheet.cell(row=row, column=7)
        mark.font = Font(name="Segoe UI Symbol", size=12)
        mark.alignment = Alignment(horizontal="center")
        values = (outturn, q1, q2)
        given = [k for k, v in enumerate(values) if v is not None]
        for k in given:
            value = values[k]
            goal = float(str(target)) if target is not None and k > 0 else None
            rag = SYMBOL.get(str(status)) if k == given[-1] else None
            if isinstance(value, int | float):
                exp.observations.append(
                    Obs(str(ref), str(name), PERIODS[k], float(value), None, goal, rag)
                )
            else:
                exp.observations.append(
                    Obs(str(ref), str(name), PERIODS[k], None, str(value), goal, rag)
                )
    foot = HEAD + len(ROWS) + 2
    sheet.cell(row=foot, column=1, value="Source: service returns to the Performance Team, October 2024.").font = Font(size=9, italic=True)  # fmt: skip
    sheet.column_dimensions["B"].width = 58
    sheet.column_dimensions["H"].width = 50
    sheet.page_setup.orientation = "landscape"
    save(book, path)
    _add_text_box(path)
    return exp


def _add_text_box(path: Path) -> None:
    """Draw the key as a text box anchored to the right of the table (drawing part, rels, types)."""
    paragraphs = "".join(_paragraph(line, k == 0) for k, line in enumerate(KEY))
    drawing = DRAWING.replace("{paragraphs}", paragraphs)
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{REL_DRAWING}" Target="../drawings/drawing1.xml"/>'
        "</Relationships>"
    )
    with zipfile.ZipFile(path) as zf:
        parts = [(info, zf.read(info.filename)) for info in zf.infolist()]
        names = zf.namelist()
    assert "xl/worksheets/_rels/sheet1.xml.rels" not in names
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for info, data in parts:
            if info.filename == "xl/worksheets/sheet1.xml":
                xml = data.decode("utf-8")
                assert "<tableParts" not in xml and "<extLst" not in xml
                tag = (
                    '<drawing xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
                    'relationships" r:id="rId1"/>'
                )
                data = xml.replace("</worksheet>", tag + "</worksheet>").encode("utf-8")
            elif info.filename == "[Content_Types].xml":
                data = data.replace(
                    b"</Types>",
                    b'<Override PartName="/xl/drawings/drawing1.xml" '
                    b'ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>',
                )
            zf.writestr(info, data)
        zf.writestr("xl/worksheets/_rels/sheet1.xml.rels", rels)
        zf.writestr("xl/drawings/drawing1.xml", drawing)
