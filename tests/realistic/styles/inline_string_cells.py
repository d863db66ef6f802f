"""A scorecard written by a reporting tool's streaming writer: every text an inline string, no shared strings."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET
from xml.sax.saxutils import escape

from openpyxl.styles import Font

from tests.realistic.kit import Expected, Rag, new_book, observed, put_row, save

SHEET = "Corporate Scorecard"
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
EMPTY = "@@EMPTY@@"  # stands for a cell the writer filled with an empty string
HEAD_ROW = 4
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

# code, indicator, Q1, Q2, Q3, target, RAG ('' = the writer's empty string)
ROWS: tuple[tuple[object, ...], ...] = (
    ("ASC01", "Adult safeguarding enquiries concluded within 60 days (%)", 72.4, 75.1, 78.9, 80, "Amber"),
    ("ASC02", "People receiving long-term support reviewed in the last 12 months (%)", 61.0, 63.5, 66.2, 75, "Red"),
    ("CSC01", "Referrals to children's social care that are re-referrals within 12 months (%)", 19.8, 21.3, 18.7, 20, "Green"),
    ("CSC02", "Children in care with three or more placements in the last 12 months (%)", 9.1, 9.6, 10.4, 10, "Amber"),
    ("EDU01", "EHC plans issued within 20 weeks, excluding exceptions (%)", 41.2, 47.9, 52.3, 60, "Red"),
    ("HSG01", "Homelessness prevention duties ended with accommodation secured (%)", 58.0, 61.4, 57.2, 60, "Amber"),
    ("HSG02", "Households in temporary accommodation at quarter end", 212, 228, 241, "", ""),
    ("HSG03", "Average days to re-let council homes (standard voids)", 38.5, 35.2, 33.9, 35, "Green"),
    ("ENV01", "Household waste sent for reuse, recycling & composting (%)", 46.8, 47.2, "", 50, ""),
    ("ENV02", "Fly-tipping incidents cleared within 2 working days (%)", 93.1, 95.4, 96.0, 95, "Green"),
    ("PLN01", "Major planning applications decided within 13 weeks or agreed time (%)", 100.0, 87.5, 90.0, 90, "Green"),
    ("REV01", "New Housing Benefit and Council Tax Reduction claims - average days to process", 17.9, 16.2, 15.8, 18, "Green"),
    ("CUS01", "Customer calls answered (%)", 88.2, 84.9, 90.3, 90, "Green"),
    ("HR01", "Working days lost to sickness absence per FTE (rolling 12 months)", 9.6, 9.9, 10.3, 9.0, "Red"),
    ("ICT01", "Priority 1 ICT incidents resolved within 4 hours (%)", "n/a", 100.0, 75.0, 95, "Red"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a unitary council's scorecard from its performance system's 'Export to Excel'.

    Reporting tools and scripts that stream a workbook out (Apache POI's
    SXSSF writer behind many Java report engines, fastexcel, SAS and
    similar) write every text cell as an inline string (t="inlineStr" with
    the text inside the cell) instead of a shared-strings table, and the
    package then has no sharedStrings part at all. Numbers are plain numeric
    cells with no number format. Such writers also fill the cells of the
    grid they were given, so cells with nothing to show are written as empty
    inline strings, and they leave the sheet's dimension at 'A1' because
    they never go back to update it. The export has a title, a 'generated'
    line and an 'End of report' line, then a standard quarterly scorecard:
    Code, Indicator, Q1..Q3 2024/25, one Target and the RAG as a word.

    A careful reader sees an ordinary table: each quarter's figure with the
    row's target, the RAG word as the rating of Q3, 'n/a' kept as the text
    of that quarter, and cells holding an empty string taken as blank: the
    temporary accommodation count has no target or rating, and the recycling
    rate's Q3 figure (not yet validated) and its rating are not there, so it
    has Q1 and Q2 with the target and no rating. Nothing is doubtful.
    """
    book, sheet = new_book(SHEET)
    sheet["A1"] = "Swindon Borough Council - Corporate Scorecard 2024/25"
    sheet["A1"].font = Font(bold=True)
    sheet["A2"] = "Report generated 16/01/2025 08:41 by performance.hub; filter: all directorates"
    header = ["Code", "Indicator", *QUARTERS, "Target", "RAG"]
    put_row(sheet, HEAD_ROW, 1, header, bold=True)
    exp = Expected([])
    for i, (code, name, q1, q2, q3, target, rag) in enumerate(ROWS):
        row = HEAD_ROW + 1 + i
        cells = [code, name, q1, q2, q3, target, rag]
        put_row(sheet, row, 1, [EMPTY if v == "" else v for v in cells])
        figures = [None if v == "" else v for v in (q1, q2, q3)]
        goal = None if target == "" else float(str(target))
        status = RAG.get(str(rag))
        exp.observations += observed(str(code), str(name), QUARTERS, figures, goal, status)
    sheet.cell(row=HEAD_ROW + len(ROWS) + 2, column=1, value="End of report")
    save(book, path)
    _stream_writer_form(path)
    return exp


def _stream_writer_form(path: Path) -> None:
    """Rewrite the package the way a streaming writer leaves it.

    Text cells become inline strings (any shared-strings part is dissolved into
    the sheet and removed with its content-type override and relationship),
    the placeholder cells become empty inline strings, and the dimension is 'A1'.
    """
    with zipfile.ZipFile(path) as zf:
        parts = [(info, zf.read(info.filename)) for info in zf.infolist()]
    data_of = {info.filename: data for info, data in parts}
    shared: list[str] = []
    if "xl/sharedStrings.xml" in data_of:
        root = ET.fromstring(data_of["xl/sharedStrings.xml"])
        for si in root.findall(f"{{{MAIN}}}si"):
            shared.append("".join(t.text or "" for t in si.iter(f"{{{MAIN}}}t")))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for info, data in parts:
            name = info.filename
            if name == "xl/sharedStrings.xml":
                continue
            if name == "xl/worksheets/sheet1.xml":
                data = _inline_sheet(data.decode("utf-8"), shared).encode("utf-8")
            elif name == "[Content_Types].xml":
                text = data.decode("utf-8")
                text = re.sub(r'<Override[^>]*PartName="/xl/sharedStrings\.xml"[^>]*/>', "", text)
                data = text.encode("utf-8")
            elif name == "xl/_rels/workbook.xml.rels":
                text = data.decode("utf-8")
                text = re.sub(
                    r'<Relationship[^>]*Target="[^"]*sharedStrings\.xml"[^>]*/>', "", text
                )
                data = text.encode("utf-8")
            zf.writestr(info, data)
    with zipfile.ZipFile(path) as zf:
        names = zf.namelist()
        sheet_xml = zf.read("xl/worksheets/sheet1.xml").decode("utf-8")
        types = zf.read("[Content_Types].xml").decode("utf-8")
        rels = zf.read("xl/_rels/workbook.xml.rels").decode("utf-8")
    assert "xl/sharedStrings.xml" not in names
    assert "sharedStrings" not in types and "sharedStrings" not in rels
    assert 't="s"' not in sheet_xml and EMPTY not in sheet_xml
    assert 't="inlineStr"' in sheet_xml and '<dimension ref="A1"/>' in sheet_xml


def _inline_sheet(xml: str, shared: list[str]) -> str:
    def inline(match: re.Match[str]) -> str:
        attrs = re.sub(r'\s*t="s"', "", match.group(1))
        text = shared[int(match.group(2))]
        space = ' xml:space="preserve"' if text != text.strip() else ""
        return f'<c{attrs} t="inlineStr"><is><t{space}>{escape(text)}</t></is></c>'

    xml = re.sub(r'<c([^>]*\bt="s"[^>]*)><v>(\d+)</v></c>', inline, xml)
    xml = xml.replace(f"<t>{EMPTY}</t>", "<t></t>")
    xml = re.sub(r'(<c [^>]*t="n"[^>]*><v>)([^<]+)(</v>)', _shortest, xml)
    return re.sub(r'<dimension ref="[^"]*"\s*/>', '<dimension ref="A1"/>', xml)


def _shortest(match: re.Match[str]) -> str:
    """A number as such writers print it, to 15 significant figures (72.4, not 72.40000000000001)."""
    return match.group(1) + format(float(match.group(2)), ".15g") + match.group(3)
