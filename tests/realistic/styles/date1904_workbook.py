"""A monthly tracker saved on a Mac in Excel's 1904 date system, months headed by real dates shown 'Apr-24'."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path

from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils.datetime import CALENDAR_MAC_1904

from tests.realistic.kit import Expected, Rag, new_book, observed, put_row, save, title

SHEET = "KPIs 2024-25"
MONTHS = tuple(dt.datetime(2024, m, 1) for m in range(4, 12))  # Apr-24 .. Nov-24
PERIODS = tuple(f"{m:%b} 2024" for m in MONTHS)
UPDATED = dt.datetime(2024, 12, 9)
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
FILLS = {"G": "FF00B050", "A": "FFFFC000", "R": "FFFF0000"}
HEAD_ROW = 5

# ref, indicator, percent (stored as a fraction under a % format)?, Apr..Nov, target, RAG
ROWS: tuple[tuple[object, ...], ...] = (
    ("CS1", "Calls to the customer contact centre answered within 60 seconds", True,
     (0.782, 0.801, 0.764, 0.712, 0.698, 0.745, 0.813, 0.829), 0.8, "G"),
    ("CS2", "Online forms completed within 5 working days", True,
     (0.914, 0.927, 0.903, 0.881, 0.872, 0.896, 0.918, 0.909), 0.9, "G"),
    ("CS3", "Stage 1 complaints responded to within 10 working days", True,
     (0.857, 0.8, 0.733, 0.9, 0.875, 0.778, 0.818, 0.692), 0.85, "R"),
    ("RB1", "Council tax collected (cumulative)", True,
     (0.109, 0.201, 0.294, 0.386, 0.478, 0.570, 0.663, 0.754), None, None),
    ("RB2", "Business rates collected (cumulative)", True,
     (0.121, 0.208, 0.305, 0.399, 0.487, 0.581, 0.672, 0.760), None, None),
    ("RB3", "New Housing Benefit claims - average days to process", False,
     (18.2, 17.5, 19.9, 21.4, 20.3, 18.8, 17.1, 16.4), 20, "G"),
    ("RB4", "Changes of circumstances - average days to process", False,
     (6.1, 5.8, 7.2, 8.4, 7.9, 6.6, 5.9, 8.3), 8, "A"),
    ("EN1", "Missed bin collections per 100,000 collections", False,
     (41, 38, 52, 47, 63, 55, 49, 44), 50, "G"),
    ("EN2", "Household waste sent for reuse, recycling and composting", True,
     (0.498, 0.521, 0.536, 0.529, 0.511, 0.487, 0.462, 0.419), 0.5, "R"),
    ("EN3", "Fly-tipping incidents reported", False,
     (64, 71, 58, 83, 77, 69, 61, 52), None, None),
    ("EN4", "Fly-tips removed within 3 working days", True,
     (0.953, 0.972, 0.948, 0.911, 0.934, 0.962, 0.975, 0.981), 0.95, "G"),
    ("PL1", "Planning applications validated within 5 working days", True,
     (None, None, 0.612, 0.684, 0.703, 0.741, 0.768, 0.776), 0.8, "A"),
    ("HR1", "Working days lost to sickness absence per FTE (rolling 12 months)", False,
     (8.9, 9.1, 9.4, 9.6, 9.5, 9.8, 10.1, 10.2), 8, "R"),
    ("IG1", "Freedom of Information requests answered within 20 working days", True,
     (0.933, 0.958, 0.917, 0.889, 0.941, 0.966, 0.952, 0.971), 0.95, "G"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a district council's monthly KPI tracker kept in Excel for Mac.

    The performance officer keeps the tracker on a Mac, and the workbook was
    first made there with Excel's 1904 date system ('Use 1904 date system'),
    which Excel for Mac used by default until 2011 and which a workbook keeps
    for life: every date is stored as days since 1 January 1904, so the
    serial behind 1 April 2024 is 43921, not the 45383 a Windows-made book
    would hold. Excel shows the dates the same either way. The month columns
    are headed by real dates, the first of each month, formatted 'mmm-yy'
    (Apr-24 .. Nov-24); a 'Last updated' cell holds 09/12/2024. Percentages
    are fractions under a % format; a single Target and a filled RAG letter
    follow. The validation measure began in June; the collection rates and
    fly-tipping count are monitored without a target.

    A careful reader takes each heading as the month Excel shows (Apr-24 is
    April 2024, not a day and not a 1900-system date four years earlier),
    the target for every month of its row, the RAG letter as the rating of
    November, the percentages in points, and the 'Last updated' date as
    information about the file, not a figure. Nothing is doubtful.
    """
    book, sheet = new_book(SHEET)
    book.epoch = CALENDAR_MAC_1904
    title(sheet, "A1", "Malvern Hills District Council")
    sheet["A2"] = (
        "Customer, Revenues and Environment \u2013 monthly key performance indicators 2024/25"
    )
    sheet["A2"].font = Font(italic=True)
    sheet["A3"] = "Last updated"
    sheet["A3"].font = Font(bold=True)
    sheet["B3"] = UPDATED
    sheet["B3"].number_format = "dd/mm/yyyy"
    sheet["B3"].alignment = Alignment(horizontal="left")
    header: list[object] = ["Ref", "Indicator", *MONTHS, "Target", "RAG"]
    put_row(sheet, HEAD_ROW, 1, header, bold=True)
    head_fill = PatternFill(fill_type="solid", start_color="FFD9D9D9", end_color="FFD9D9D9")
    for col in range(1, len(header) + 1):
        cell = sheet.cell(row=HEAD_ROW, column=col)
        cell.fill = head_fill
        cell.alignment = Alignment(horizontal="center")
        if 3 <= col <= 2 + len(MONTHS):
            cell.number_format = "mmm-yy"
    exp = Expected([])
    target_col, rag_col = 3 + len(MONTHS), 4 + len(MONTHS)
    for i, (ref, name, percent, values, target, rag) in enumerate(ROWS):
        row = HEAD_ROW + 1 + i
        assert isinstance(values, tuple)
        put_row(sheet, row, 1, [ref, name, *values, target, rag])
        shown = "0.0%" if percent else "0.0"
        for col in range(3, target_col):
            sheet.cell(row=row, column=col).number_format = shown
        sheet.cell(row=row, column=target_col).number_format = "0%" if percent else "0"
        if rag is not None:
            fill_rgb = FILLS[str(rag)]
            sheet.cell(row=row, column=rag_col).fill = PatternFill(
                fill_type="solid", start_color=fill_rgb, end_color=fill_rgb
            )
            sheet.cell(row=row, column=rag_col).alignment = Alignment(horizontal="center")
        scale = 100.0 if percent else 1.0
        figures = [None if v is None else round(float(v) * scale, 6) for v in values]
        goal = None if target is None else round(float(str(target)) * scale, 6)
        status = None if rag is None else RAG[str(rag)]
        exp.observations += observed(str(ref), str(name), PERIODS, figures, goal, status)
    foot = HEAD_ROW + len(ROWS) + 2
    notes = (
        "RAG: G target met; A within 5% of target; R more than 5% off target. "
        "RB1, RB2 and EN3 are monitored without a target.",
        "PL1 reported from June 2024 (new validation process).",
    )
    for j, line in enumerate(notes):
        sheet.cell(row=foot + j, column=1, value=line).font = Font(size=9, italic=True)
    sheet.column_dimensions["B"].width = 62
    for col in range(3, rag_col + 1):
        sheet.column_dimensions[sheet.cell(row=1, column=col).column_letter].width = 9
    sheet.freeze_panes = "C6"
    book.properties.creator = "Performance and Improvement Team"
    save(book, path)
    _as_saved_on_a_mac(path)
    return exp


def _as_saved_on_a_mac(path: Path) -> None:
    """Name Excel for Mac as the application, and check the dates went in as 1904 serials."""
    with zipfile.ZipFile(path) as zf:
        parts = [(info, zf.read(info.filename)) for info in zf.infolist()]
    names = {info.filename: data for info, data in parts}
    assert b'date1904="1"' in names["xl/workbook.xml"]
    sheet_xml = names["xl/worksheets/sheet1.xml"].decode("utf-8")
    april = re.search(r'<c r="C5"[^>]*><v>([^<]+)</v>', sheet_xml)
    assert april and float(april.group(1)) == 43921, "April 2024 must be stored as a 1904 serial"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for info, data in parts:
            if info.filename == "xl/worksheets/sheet1.xml":
                data = re.sub(  # numbers as Excel writes them: 0.813, not 0.8129999999999999
                    r"<v>(-?[0-9.]+(?:[eE]-?[0-9]+)?)</v>",
                    lambda m: f"<v>{format(float(m.group(1)), '.15g')}</v>",
                    data.decode("utf-8"),
                ).encode("utf-8")
            elif info.filename == "docProps/app.xml":
                text = data.decode("utf-8")
                text = re.sub(
                    r"<Application>[^<]*</Application>",
                    "<Application>Microsoft Macintosh Excel</Application>",
                    text,
                )
                if "<AppVersion>" in text:
                    text = re.sub(
                        r"<AppVersion>[^<]*</AppVersion>",
                        "<AppVersion>16.0300</AppVersion>",
                        text,
                    )
                data = text.encode("utf-8")
            zf.writestr(info, data)
