"""An Excel 365 scorecard whose figures spill from SORT/UNIQUE, XLOOKUP and FILTER formulas over a data sheet."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from openpyxl.styles import Alignment, Font, PatternFill

from tests.realistic.kit import Expected, Obs, Rag, new_book, put_row, save, title

SHEET = "Scorecard"
DATA = "Data"
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
GOOD = {"High": "higher_is_better", "Low": "lower_is_better"}
HEAD = 5
FIRST = HEAD + 1

# code, measure, good is, Q1, Q2, Q3 (None: no row in the data extract), target 2024/25
MEASURES: tuple[tuple[object, ...], ...] = (
    ("RES01", "Invoices paid within 30 days (%)", "High", 94.1, 95.3, 96.0, 95.0),
    ("RES02", "Sundry debt over 90 days old (%)", "Low", 12.4, 11.8, 13.1, 12.0),
    ("RES03", "Working days lost to sickness per FTE (rolling 12 months)", "Low", 10.2, 10.5, 10.9, 9.5),
    ("RES04", "FOI requests answered within 20 working days (%)", "High", 88.0, 91.4, 86.5, 90.0),
    ("RES05", "Customer calls answered (%)", "High", 82.3, 79.8, 85.6, 85.0),
    ("RES06", "Staff turnover in the quarter (%)", "Low", 3.1, 2.8, 2.6, 3.0),
    ("RES07", "Agency spend as a share of the pay bill (%)", "Low", 6.2, 5.9, None, 5.0),
    ("RES08", "Subject access requests answered within one month (%)", "High", 76.9, 81.3, 90.0, 90.0),
    ("RES09", "Stage 2 complaints upheld (%)", "Low", 31.0, 27.3, 25.0, 30.0),
    ("RES10", "Transactions completed online (%)", "High", 61.2, 63.5, 66.0, 70.0),
    ("RES11", "Average days to pay local small business invoices", "Low", 11.2, 9.8, 9.1, 10.0),
)  # fmt: skip
# the order the rows come out of the performance system's extract, pasted into Data
EXTRACT_ORDER = (4, 0, 9, 2, 7, 5, 1, 10, 3, 8, 6)

CM = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sheetMetadata"
METADATA = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<metadata xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:xda="http://schemas.microsoft.com/office/spreadsheetml/2017/dynamicarray">'
    '<metadataTypes count="1"><metadataType name="XLDAPR" minSupportedVersion="120000" copy="1" '
    'pasteAll="1" pasteValues="1" merge="1" splitFirst="1" rowColShift="1" clearFormats="1" '
    'clearComments="1" assign="1" coerce="1" cellMeta="1"/></metadataTypes>'
    '<futureMetadata name="XLDAPR" count="1"><bk><extLst>'
    '<ext uri="{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}">'
    '<xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/></ext></extLst></bk></futureMetadata>'
    '<cellMetadata count="1"><bk><rc t="1" v="0"/></bk></cellMetadata></metadata>'
)


def _status(good: object, latest: object, target: float) -> str:
    """What the Status formula returned: '' with no Q3 figure, else G/A/R (A within 5%)."""
    if latest is None:
        return ""
    value = float(str(latest))
    met = value >= target if good == "High" else value <= target
    return "G" if met else "A" if abs(value - target) <= 0.05 * target else "R"


def build(path: Path) -> Expected:
    """Imitates a district council's Excel 365 directorate scorecard driven by dynamic arrays.

    The performance officer pastes the quarter's extract from the
    performance system into a 'Data' sheet (Code, Measure, Good is,
    Quarter, Value, Target; one row per measure per quarter, in the
    system's order) and the 'Scorecard' sheet rebuilds itself: one
    '=SORT(UNIQUE(...))' in A6 spills the codes, measures and 'Good is'
    down three columns, an '=XLOOKUP(...)' under each quarter heading and
    under 'Target 2024/25' spills that column, an '=IF(...)' spills the
    Q3 status letters, and a '=FILTER(...)' under 'Measures rated Red this
    quarter' spills their names. As Excel saves such a sheet, only each
    spill's top-left cell holds a formula (an array formula marked with
    the dynamic-array cell metadata, 'cm'); the spilled cells hold cached
    values only. Agency spend has no Q3 row in the extract yet, so its
    XLOOKUP gave '' and its status ''.

    A careful reader takes the figures the scorecard shows (the data sheet
    holds the same figures, measure by quarter, and agrees), the target
    for every quarter of its row, the status letters for Q3 (G met, A
    within 5%, R beyond, per the key), 'Good is' as polarity, no Q3 figure
    for agency spend, and the red list as names only, no observations.
    """
    book, sheet = new_book(SHEET)
    data = book.create_sheet(DATA)
    title(sheet, "A1", "Cherwell District Council \u2013 Resources Directorate Scorecard")
    sheet["A2"] = (
        "Quarter 3 2024/25. Paste the Pentana extract into the Data sheet; this sheet recalculates."
    )
    sheet["A2"].font = Font(italic=True, size=9)
    header = ["Code", "Measure", "Good is", *QUARTERS, "Target 2024/25", "Status (Q3)"]
    put_row(sheet, HEAD, 1, header, bold=True)
    dark = PatternFill(fill_type="solid", start_color="FF203864", end_color="FF203864")
    for col in range(1, 9):
        cell = sheet.cell(row=HEAD, column=col)
        cell.fill = dark
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", wrap_text=True)

    put_row(data, 1, 1, ["Code", "Measure", "Good is", "Quarter", "Value", "Target"], bold=True)
    drow = 2
    for q, quarter in enumerate(QUARTERS):
        for m in EXTRACT_ORDER:
            code, name, good, *figures, target = MEASURES[m]
            if figures[q] is None:
                continue
            put_row(data, drow, 1, [code, name, good, quarter, figures[q], target])
            drow += 1
    last = drow - 1
    end = FIRST + len(MEASURES) - 1

    formulas: dict[str, tuple[str, str, object]] = {}  # ref -> (formula, spill range, cached)
    empties: list[str] = []
    anchor = "INDEX(_xlfn.ANCHORARRAY($A$6),,1)"
    exp = Expected([])
    reds: list[str] = []
    for i, (code, name, good, *figures, target) in enumerate(MEASURES):
        row = FIRST + i
        status = _status(good, figures[2], float(str(target)))
        put_row(sheet, row, 1, [code, name, good])
        for k, value in enumerate(figures):
            ref = f"{'DEF'[k]}{row}"
            sheet[ref] = 0 if value is None else value
            sheet[ref].number_format = "0.0"
            if value is None:
                empties.append(ref)
        sheet.cell(row=row, column=7, value=target).number_format = "0.0"
        sheet.cell(row=row, column=8, value=status or 0)
        if not status:
            empties.append(f"H{row}")
        sheet.cell(row=row, column=8).alignment = Alignment(horizontal="center")
        if status == "R":
            reds.append(str(name))
        for k, value in enumerate(figures):
            if value is None:
                continue
            rag = RAG.get(status) if k == 2 else None
            exp.observations.append(
                Obs(
                    str(code),
                    str(name),
                    QUARTERS[k],
                    float(str(value)),
                    None,
                    float(str(target)),
                    rag,
                )
            )
        exp.add_meta(str(code), str(name), GOOD[str(good)], None)

    first_names = MEASURES[0][:3]
    formulas["A6"] = (
        f"_xlfn._xlws.SORT(_xlfn.UNIQUE({DATA}!A2:C{last}))",
        f"A6:C{end}",
        first_names[0],
    )
    for k, letter in enumerate("DEF"):
        formulas[f"{letter}6"] = (
            f'_xlfn.XLOOKUP({anchor}&"|"&{letter}$5,{DATA}!$A$2:$A${last}&"|"&{DATA}!$D$2:$D${last},'
            f'{DATA}!$E$2:$E${last},"")',
            f"{letter}6:{letter}{end}",
            MEASURES[0][3 + k],
        )
    formulas["G6"] = (
        f"_xlfn.XLOOKUP({anchor},{DATA}!$A$2:$A${last},{DATA}!$F$2:$F${last})",
        f"G6:G{end}",
        MEASURES[0][6],
    )
    q3, tg = "_xlfn.ANCHORARRAY(F6)", "_xlfn.ANCHORARRAY(G6)"
    formulas["H6"] = (
        f'IF({q3}="","",IF(IF(INDEX(_xlfn.ANCHORARRAY($A$6),,3)="High",{q3}>={tg},{q3}<={tg}),"G",'
        f'IF(ABS({q3}-{tg})<=0.05*{tg},"A","R")))',
        f"H6:H{end}",
        _status(MEASURES[0][2], MEASURES[0][5], float(str(MEASURES[0][6]))),
    )
    red_row = end + 2
    sheet.cell(row=red_row, column=1, value="Measures rated Red this quarter").font = Font(
        bold=True
    )
    for j, red in enumerate(reds):
        sheet.cell(row=red_row + 1 + j, column=1, value=red)
    formulas[f"A{red_row + 1}"] = (
        '_xlfn._xlws.FILTER(INDEX(_xlfn.ANCHORARRAY($A$6),,2),_xlfn.ANCHORARRAY($H$6)="R","None")',
        f"A{red_row + 1}:A{red_row + len(reds)}",
        reds[0],
    )
    key_row = red_row + len(reds) + 2
    sheet.cell(row=key_row, column=1, value="Status: G target met; A within 5% of target; R more than 5% from target.").font = Font(size=9)  # fmt: skip
    sheet.column_dimensions["B"].width = 58
    data.column_dimensions["B"].width = 58
    save(book, path)
    _write_spills(path, formulas, empties)
    return exp


def _write_spills(
    path: Path, formulas: dict[str, tuple[str, str, object]], empties: list[str]
) -> None:
    """Give each spill's top-left cell its formula and cached value, and add the dynamic-array metadata."""
    with zipfile.ZipFile(path) as zf:
        parts = [(info, zf.read(info.filename)) for info in zf.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for info, data in parts:
            if info.filename == "xl/worksheets/sheet1.xml":
                data = _patch(data.decode("utf-8"), formulas, empties).encode("utf-8")
            elif info.filename == "[Content_Types].xml":
                data = data.replace(
                    b"</Types>",
                    b'<Override PartName="/xl/metadata.xml" ContentType="application/'
                    b'vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml"/></Types>',
                )
            elif info.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace(
                    b"</Relationships>",
                    f'<Relationship Id="rId99" Type="{CM}" Target="metadata.xml"/></Relationships>'.encode(),
                )
            zf.writestr(info, data)
        zf.writestr("xl/metadata.xml", METADATA)


def _cell(xml: str, ref: str) -> re.Match[str]:
    match = re.compile(rf'<c r="{ref}"([^>]*?)(?:/>|>.*?</c>)').search(xml)
    assert match, ref
    return match


def _patch(xml: str, formulas: dict[str, tuple[str, str, object]], empties: list[str]) -> str:
    for ref in empties:  # a spilled '' (XLOOKUP's not-found value): a text cell holding nothing
        match = _cell(xml, ref)
        attrs = re.sub(r'\s*t="[^"]*"', "", match.group(1))
        xml = xml[: match.start()] + f'<c r="{ref}"{attrs} t="str"><v></v></c>' + xml[match.end() :]
    for ref, (formula, spill, cached) in formulas.items():
        match = _cell(xml, ref)
        attrs = re.sub(r'\s*t="[^"]*"', "", match.group(1))
        if isinstance(cached, str):
            kind, value = ' t="str"', escape(cached)
        else:
            kind, value = "", repr(float(str(cached)))
        new = (
            f'<c r="{ref}"{attrs}{kind} cm="1"><f t="array" ref="{spill}">{escape(formula)}</f>'
            f"<v>{value}</v></c>"
        )
        xml = xml[: match.start()] + new + xml[match.end() :]
    return xml
