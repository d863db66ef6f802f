"""Indicator names as =HYPERLINK(...) formulas with saved values, and as cell hyperlinks, to a performance system."""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from openpyxl.styles import Font

from tests.realistic.kit import Expected, Rag, new_book, observed, put_row, save, title

SHEET = "Monthly KPIs"
BASE = "https://performance.eastsuffolk.gov.uk/measure/"
HEADINGS = ("Oct-24", "Nov-24", "Dec-24")
MONTHS = ("Oct 2024", "Nov 2024", "Dec 2024")
RAG: dict[str, Rag] = {"On target": "green", "Near target": "amber", "Below target": "red"}
LINK_FONT = Font(color="FF0563C1", underline="single")

# code, measure, how the name is linked ("formula", "ref-formula" built from the code cell,
# "cell" hyperlink, or None for plain text), Oct, Nov, Dec, target, status for Dec
ROWS: tuple[tuple[object, ...], ...] = (
    ("ESC-REV-01", "Council Tax collected in year (cumulative %)", "formula", 65.2, 74.1, 82.6, 83.0, "Near target"),
    ("ESC-REV-02", "Housing Benefit new claims processed (average days)", "formula", 17.4, 15.9, 18.6, 18.0, "Near target"),
    ("ESC-REV-03", "Business rates collected in year (cumulative %)", "ref-formula", 67.8, 76.5, 85.2, 84.0, "On target"),
    ("ESC-CUS-01", "Calls answered by the customer contact centre (%)", "ref-formula", 88.1, 90.4, 86.7, 90.0, "Near target"),
    ("ESC-CUS-02", "Complaints responded to within 10 working days (%)", "cell", 81.0, 84.6, 79.2, 90.0, "Below target"),
    ("ESC-ENV-01", "Household waste recycled and composted (%)", "cell", 41.2, 38.5, 34.9, 40.0, "Below target"),
    ("ESC-ENV-02", "Missed bin collections per 100,000 collections", "formula", 62, 55, 71, 60, "Below target"),
    ("ESC-PLA-01", "Minor planning applications decided in 8 weeks or agreed time (%)", "cell", 90.3, 88.9, 92.6, 85.0, "On target"),
    ("ESC-PLA-02", "Planning enforcement cases closed", None, 38, 44, 29, None, None),
    ("ESC-HOU-01", "Void council homes relet (average days)", "formula", 34, 31, 29, 28, "Near target"),
)  # fmt: skip


def _url(code: str) -> str:
    return BASE + code.lower()


def build(path: Path) -> Expected:
    """Imitates a district council's monthly KPI sheet exported from its performance system, names linked back.

    Councils using a web performance system often publish the monthly sheet
    with each measure's name linked to its page there, so members can open
    the definition, history and commentary. The links are written in
    different ways on one sheet, as rows were added by different hands:
    =HYPERLINK("https://...","Council Tax collected ...") with the address
    typed out, =HYPERLINK("https://.../"&LOWER(A7),"...") building the
    address from the code cell, and a plain cell hyperlink on the typed name
    (Insert > Link); one newer measure has no link. Excel saves each
    formula with the text it shows, blue and underlined. Status words 'On
    target' / 'Near target' / 'Below target'; one contextual measure has no
    target or status.

    A careful reader sees the names as written on the sheet (what each
    formula shows), the code column as the codes, three months of figures,
    the Target for all three months and the status for December.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "East Suffolk Council \u2013 Key Performance Indicators, December 2024")
    sheet["A2"] = (
        "Click a measure's name to open its page in the performance system (council network only)."
    )
    sheet["A2"].font = Font(italic=True, size=9)
    put_row(sheet, 4, 1, ["Code", "Measure", *HEADINGS, "Target", "Status"], bold=True)
    formulas: dict[str, tuple[str, str]] = {}
    exp = Expected([])
    for i, (code, name, link, oct_, nov, dec, target, status) in enumerate(ROWS):
        row = 5 + i
        put_row(sheet, row, 1, [code, name, oct_, nov, dec, target, status])
        cell = sheet.cell(row=row, column=2)
        if link == "formula":
            formulas[f"B{row}"] = (f'HYPERLINK("{_url(str(code))}","{name}")', str(name))
        elif link == "ref-formula":
            formulas[f"B{row}"] = (f'HYPERLINK("{BASE}"&LOWER(A{row}),"{name}")', str(name))
        elif link == "cell":
            cell.hyperlink = _url(str(code))
        if link is not None:
            cell.font = LINK_FONT
        t = None if target is None else float(str(target))
        rag = None if status is None else RAG[str(status)]
        exp.observations += observed(str(code), str(name), MONTHS, (oct_, nov, dec), t, rag)
    foot = 5 + len(ROWS) + 1
    sheet.cell(row=foot, column=1, value="Status compares December with the 2024/25 target: "
               "On target, Near target (within 5%), Below target.").font = Font(size=9)  # fmt: skip
    sheet.column_dimensions["A"].width = 13
    sheet.column_dimensions["B"].width = 64
    save(book, path)
    _write_formulas(path, formulas)
    return exp


def _write_formulas(path: Path, formulas: dict[str, tuple[str, str]]) -> None:
    """Put each name cell back as a formula with the text it shows, as Excel saves them."""
    with zipfile.ZipFile(path) as zf:
        parts = [(info, zf.read(info.filename)) for info in zf.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for info, data in parts:
            if info.filename == "xl/worksheets/sheet1.xml":
                data = _patch(data.decode("utf-8"), formulas).encode("utf-8")
            zf.writestr(info, data)


def _patch(xml: str, formulas: dict[str, tuple[str, str]]) -> str:
    for ref, (formula, shown) in formulas.items():
        start = xml.index(f'<c r="{ref}"')
        end = xml.index("</c>", start) + len("</c>")
        head = xml[start : xml.index(">", start)]
        style = head.split(' s="')[1].split('"')[0] if ' s="' in head else None
        attrs = f' s="{style}"' if style is not None else ""
        new = f'<c r="{ref}"{attrs} t="str"><f>{escape(formula)}</f><v>{escape(shown)}</v></c>'
        xml = xml[:start] + new + xml[end:]
    return xml
