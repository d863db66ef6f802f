"""Figure cells that are formulas linking to the services' own workbooks, saved with their results, two links broken (#REF!)."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from openpyxl.styles import Alignment, Font

from tests.realistic.kit import (
    AMBER_FILL,
    GREEN_FILL,
    RED_FILL,
    Expected,
    Obs,
    Rag,
    fill,
    new_book,
    put_row,
    save,
    title,
)

SHEET = "Scorecard"
FIRST = 6
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
FILLS = {"G": GREEN_FILL, "A": AMBER_FILL, "R": RED_FILL}
NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RNS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

# The services' workbooks the scorecard links to: file, where it lives, sheet names.
BOOKS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("Housing Q2 return 2024-25.xlsx", "file:///\\\\wfs01\\Performance\\2024-25\\Returns\\", ("Housing",)),
    ("Revenues and Benefits KPIs 2024-25.xlsx", "file:///\\\\wfs01\\Finance\\RevsBens\\KPI\\", ("Revenues", "Benefits")),
    ("Waste and Street Scene data.xlsx", "file:///\\\\wfs01\\Environment\\Performance\\", ("Monthly", "Quarterly")),
)  # fmt: skip

# A figure is a value typed in (frozen at quarter end) or a link: (book no., sheet, cell, cached)
# where cached is the saved result, or "#REF!" for a broken link whose formula is given instead.
# ref, indicator, percent?, Q1, Q2, target, status, source
ROWS: tuple[tuple[object, ...], ...] = (
    ("H01", "Households prevented from becoming homeless", False,
     142, (1, "Housing", "D14", 156), 600, "G", "Housing return, row 14"),
    ("H02", "Households in temporary accommodation (quarter end)", False,
     88, (1, "Housing", "D15", 94), 80, "R", "Housing return, row 15"),
    ("H03", "Average days to re-let council homes (general needs)", False,
     (1, "Housing", "C18", 31.6), (1, "Housing", "D18", 28.9), 30, "G", "Housing return, row 18"),
    ("H04", "Repairs completed within target time", True,
     0.912, (1, "Housing", "D21", 0.934), 0.95, "A", "Housing return, row 21"),
    ("R01", "Council tax collected in year (cumulative)", True,
     0.298, (2, "Revenues", "F9", 0.571), 0.575, "A", "RevBens KPIs, Revenues"),
    ("R02", "Business rates collected in year (cumulative)", True,
     0.321, (2, "Revenues", "F10", 0.603), 0.59, "G", "RevBens KPIs, Revenues"),
    ("B01", "Average days to process new Housing Benefit claims", False,
     19.4, (2, "Benefits", "D22", "#REF!"), 20, None, "RevBens KPIs, Benefits"),
    ("B02", "Average days to process changes of circumstances", False,
     7.8, ("#REF!", "#REF!"), 8, None, "RevBens KPIs, Benefits"),
    ("W01", "Household waste sent for reuse, recycling and composting", True,
     (3, "Quarterly", "E7", 0.547), (3, "Quarterly", "F7", 0.561), 0.55, "G", "Waste data, Quarterly"),
    ("W02", "Missed bin collections per 100,000 collections", False,
     (3, "Quarterly", "E12", 46.2), (3, "Quarterly", "F12", 51.7), 50, "A", "Waste data, Quarterly"),
    ("W03", "Fly-tipping incidents cleared within 2 working days", True,
     0.887, (3, "Quarterly", "F15", 0.912), 0.9, "G", "Waste data, Quarterly"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a borough council's quarterly scorecard assembled by linking to the services' returns.

    The performance officer keeps one scorecard workbook whose Q2 cells are
    formulas pointing into each service's own return on the shared drive
    ("='\\\\wfs01\\...\\[Housing Q2 return 2024-25.xlsx]Housing'!D14",
    stored as '[1]Housing!D14' with an external link part); most Q1 cells
    were pasted as values when Quarter 1 closed, a few still link. The file
    was saved with the links' last results, so every linked cell shows a
    figure. Revenues and Benefits renamed and rebuilt the Benefits sheet of
    their workbook, so the two benefits links broke: one still reads
    '[2]Benefits!D22' but its last refresh failed, the other was overtyped
    in the scorecard to '=#REF!'; both show '#REF!' and their status is
    left blank. A 'Source' column names the workbook and row.

    A careful reader takes the saved result of each formula as the figure
    (percentages shown through '0.0%'), the error '#REF!' as the words of
    that quarter (it stood there instead of a figure; the Q2 benefits
    figures are simply not available in this file), 'Target 2024/25' for
    both quarters and the Status letter against Q2. The Source column is
    not an observation.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Borough of Broxtowe \u2013 Corporate Performance Scorecard 2024/25")
    sheet["A2"] = (
        "Quarter 2 (July to September 2024). Q2 figures are linked to the service returns; Q1 figures as reported in July."
    )
    sheet["A3"] = "Status (Q2): G on target, A within 5% of target, R more than 5% off target."
    sheet["A3"].font = Font(italic=True, size=9)
    header = ["Ref", "Indicator", "Q1 2024/25", "Q2 2024/25", "Target 2024/25", "Status", "Source"]
    put_row(sheet, 5, 1, header, bold=True)
    for col in "ABCDEFG":
        fill(sheet, f"{col}5", "FFDDEBF7")
    formulas: dict[str, tuple[str, object]] = {}
    cached: dict[int, dict[tuple[str, str], object]] = {}
    exp = Expected([])
    for i, (ref, name, pct, q1, q2, target, status, source) in enumerate(ROWS):
        row = FIRST + i
        put_row(sheet, row, 1, [ref, name, None, None, target, status, source])
        for col, cell in (("C", q1), ("D", q2)):
            coord = f"{col}{row}"
            if isinstance(cell, tuple) and len(cell) == 4:
                no, sh, addr, result = cell
                formulas[coord] = (f"[{no}]{sh}!{addr}", result)
                cached.setdefault(int(no), {})[(str(sh), str(addr))] = result
                sheet[coord] = 0
            elif isinstance(cell, tuple):
                formulas[coord] = (str(cell[0]), cell[1])
                sheet[coord] = 0
            else:
                sheet[coord] = cell
        fmt = (
            "0.0%"
            if pct
            else ("0.0" if any(isinstance(v, float) for v in (q1, _shown(q2))) else "#,##0")
        )
        for col in "CDE":
            sheet[f"{col}{row}"].number_format = fmt
            sheet[f"{col}{row}"].alignment = Alignment(horizontal="right")
        if status:
            fill(sheet, f"F{row}", FILLS[str(status)])
        sheet[f"G{row}"].font = Font(size=9, color="FF595959")
        scale = 100.0 if pct else 1.0
        tgt = round(float(str(target)) * scale, 6)
        for period, cell in (("Q1 2024/25", q1), ("Q2 2024/25", q2)):
            shown = _shown(cell)
            rag = RAG[str(status)] if status and period == "Q2 2024/25" else None
            if isinstance(shown, str):
                exp.observations.append(Obs(str(ref), str(name), period, None, shown, tgt, rag))
            else:
                exp.observations.append(
                    Obs(
                        str(ref),
                        str(name),
                        period,
                        round(float(str(shown)) * scale, 6),
                        None,
                        tgt,
                        rag,
                    )
                )
    foot = FIRST + len(ROWS) + 1
    sheet.cell(row=foot, column=1, value="B01 and B02: the link to the Revenues and Benefits workbook needs repairing; figures to follow.").font = Font(italic=True, size=9)  # fmt: skip
    sheet.column_dimensions["B"].width = 58
    sheet.column_dimensions["G"].width = 26
    save(book, path)
    _write_links(path, formulas, cached)
    return exp


def _shown(cell: object) -> object:
    if isinstance(cell, tuple):
        return cell[-1]
    return cell


def _value(result: object) -> tuple[str, str]:
    if isinstance(result, str):
        return ' t="e"', escape(result)
    return "", repr(float(str(result)))


def _link_part(no: int, cells: dict[tuple[str, str], object]) -> str:
    _, _, sheets = BOOKS[no - 1]
    names = "".join(f'<sheetName val="{escape(s)}"/>' for s in sheets)
    data = []
    for sheet_id, sheet_name in enumerate(sheets):
        by_row: dict[int, list[str]] = {}
        for (sh, addr), result in sorted(cells.items()):
            if sh != sheet_name:
                continue
            kind, value = _value(result)
            by_row.setdefault(int(re.sub(r"\D", "", addr)), []).append(
                f'<cell r="{addr}"{kind}><v>{value}</v></cell>'
            )
        rows = "".join(f'<row r="{r}">{"".join(c)}</row>' for r, c in sorted(by_row.items()))
        broken = any(sh == sheet_name and isinstance(r, str) for (sh, _), r in cells.items())
        error = ' refreshError="1"' if broken else ""
        data.append(f'<sheetData sheetId="{sheet_id}"{error}>{rows}</sheetData>')
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<externalLink xmlns="{NS}" xmlns:r="{RNS}"><externalBook r:id="rId1">'
        f"<sheetNames>{names}</sheetNames><sheetDataSet>{''.join(data)}</sheetDataSet>"
        "</externalBook></externalLink>"
    )


def _link_rels(no: int) -> str:
    file, folder, _ = BOOKS[no - 1]
    target = escape(folder + file.replace(" ", "%20"), {'"': "&quot;"})
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{REL}/externalLinkPath" Target="{target}" TargetMode="External"/>'
        "</Relationships>"
    )


def _write_links(
    path: Path,
    formulas: dict[str, tuple[str, object]],
    cached: dict[int, dict[tuple[str, str], object]],
) -> None:
    """Put the link formulas with their saved results, and the external link parts, into the file."""
    with zipfile.ZipFile(path) as zf:
        parts = [(info, zf.read(info.filename)) for info in zf.infolist()]
    numbers = range(1, len(BOOKS) + 1)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for info, data in parts:
            text = data.decode("utf-8")
            if info.filename == "xl/worksheets/sheet1.xml":
                text = _patch(text, formulas)
            elif info.filename == "xl/workbook.xml":
                text = text.replace(' fullCalcOnLoad="1"', "")  # Excel keeps the saved results
                refs = "".join(f'<externalReference r:id="rIdLink{n}"/>' for n in numbers)
                text = text.replace(
                    "</sheets>",
                    f'</sheets><externalReferences xmlns:r="{RNS}">{refs}</externalReferences>',
                    1,
                )
            elif info.filename == "xl/_rels/workbook.xml.rels":
                rels = "".join(
                    f'<Relationship Id="rIdLink{n}" Type="{REL}/externalLink" '
                    f'Target="externalLinks/externalLink{n}.xml"/>'
                    for n in numbers
                )
                text = text.replace("</Relationships>", rels + "</Relationships>", 1)
            elif info.filename == "[Content_Types].xml":
                types = "".join(
                    f'<Override PartName="/xl/externalLinks/externalLink{n}.xml" ContentType='
                    '"application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"/>'
                    for n in numbers
                )
                text = text.replace("</Types>", types + "</Types>", 1)
            zf.writestr(info, text.encode("utf-8"))
        for n in numbers:
            for name, body in (
                (f"xl/externalLinks/externalLink{n}.xml", _link_part(n, cached.get(n, {}))),
                (f"xl/externalLinks/_rels/externalLink{n}.xml.rels", _link_rels(n)),
            ):
                part = zipfile.ZipInfo(name, date_time=(2024, 10, 11, 9, 30, 0))
                part.compress_type = zipfile.ZIP_DEFLATED
                zf.writestr(part, body.encode("utf-8"))


def _patch(xml: str, formulas: dict[str, tuple[str, object]]) -> str:
    for ref, (formula, result) in formulas.items():
        pattern = re.compile(rf'<c r="{ref}"([^>]*?)(?:/>|>.*?</c>)')
        match = pattern.search(xml)
        assert match, ref
        attrs = re.sub(r'\s*t="[^"]*"', "", match.group(1))
        kind, value = _value(result)
        new = f'<c r="{ref}"{attrs}{kind}><f>{escape(formula)}</f><v>{value}</v></c>'
        xml = xml[: match.start()] + new + xml[match.end() :]
    return xml
