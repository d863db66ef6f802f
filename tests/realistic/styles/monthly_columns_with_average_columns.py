"""Month columns Apr-24..Sep-24 followed by a '6 month average' (=AVERAGE formulas) and a typed 'Rolling 12 month average', then Target and RAG."""

from __future__ import annotations

import re
import zipfile
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from xml.sax.saxutils import escape

from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from tests.realistic.kit import (
    AMBER_FILL,
    GREEN_FILL,
    RED_FILL,
    Expected,
    Rag,
    merge,
    new_book,
    observed,
    put_row,
    save,
    title,
)

SHEET = "Monthly tracker"
MONTHS = (
    (datetime(2024, 4, 1), "Apr 2024"), (datetime(2024, 5, 1), "May 2024"),
    (datetime(2024, 6, 1), "Jun 2024"), (datetime(2024, 7, 1), "Jul 2024"),
    (datetime(2024, 8, 1), "Aug 2024"), (datetime(2024, 9, 1), "Sep 2024"),
)  # fmt: skip
HEAD_ROW = 5
FIRST = HEAD_ROW + 1
FIRST_MONTH = 4  # column D
AVG_COL = FIRST_MONTH + len(MONTHS)  # J: 6 month average
ROLL_COL = AVG_COL + 1  # K: rolling 12 month average
RAG: dict[str, Rag] = {"R": "red", "A": "amber", "G": "green"}
RAG_FILL = {"R": RED_FILL, "A": AMBER_FILL, "G": GREEN_FILL}
AVG_FILL = PatternFill(fill_type="solid", start_color="FFEDEDED", end_color="FFEDEDED")
UNIT = {"%": "%", "Number": "number", "Days": "days"}

# ref, measure, unit, places the average is rounded to, six months Apr..Sep, rolling 12 month
# average as typed, target, RAG (Sep-24), comment
ROWS: tuple[tuple[object, ...], ...] = (
    ("WST01", "Municipal waste reused, recycled or composted", "%", 1,
     (67.2, 68.9, 66.1, 65.4, 64.8, 62.1), 65.6, 70, "R",
     "Statutory target rose to 70% this year; garden waste tonnage down in a dry August."),
    ("WST02", "Missed bin collections reported", "Number", 0,
     (312, 288, 341, 297, 265, 279), 296, 300, "G", None),
    ("WST03", "Fly-tipping incidents cleared within 5 working days", "%", 1,
     (92.4, 95.1, 93.8, "No data", 96.2, 94.7), 93.1, 95, "A",
     "July not available: case system outage 8-31 July."),
    ("HSG01", "Disabled Facilities Grants \u2013 average calendar days to deliver", "Days", 0,
     (186, 201, 174, 192, 168, 181), 189, 190, "G", None),
    ("HSG02", "Households in temporary accommodation at month end", "Number", 0,
     (142, 149, 153, 158, 161, 166), 147, 140, "R",
     "Highest since March 2021; two new leased blocks from November."),
    ("HSG03", "Households for whom homelessness was prevented for at least 6 months", "%", 1,
     (58.3, 61.0, 55.2, 63.4, 60.1, 62.7), 59.4, 60, "G", None),
    ("CUS01", "Calls to the contact centre answered", "%", 1,
     (89.1, 90.4, 87.8, 85.2, 88.6, 91.0), 88.7, 90, "G", None),
    ("CUS02", "Online forms completed without contact with an adviser", "%", 1,
     (None, None, 71.4, 73.9, 76.2, 75.5), "n/a", 75, "G",
     "New measure from June 2024 (new forms platform)."),
    ("REV01", "New Council Tax Reduction claims \u2013 average days to process", "Days", 1,
     (19.2, 17.6, 18.4, 21.3, 20.1, 16.8), 19.5, 20, "G", None),
    ("HR01", "Working days lost to sickness absence per FTE (in month)", "Days", 2,
     (1.02, 0.97, 0.91, 0.94, 0.89, 0.97), 1.01, 0.9, "A", None),
    ("PPL01", "Food hygiene inspections completed when due", "%", 1,
     (96.0, 97.5, 94.1, 98.2, 95.6, 97.9), 96.4, 95, "G", None),
    ("LEI01", "Visits to leisure centres", "Number", 0,
     (48213, 51904, 46377, 39812, 37455, 49930), 46120, None, None,
     "Monitored only: Fairwater pool closed for repairs in July and August."),
)  # fmt: skip


def _mean(months: tuple[object, ...], places: int) -> float:
    """What =ROUND(AVERAGE(D:I),places) saved: the mean of the months holding numbers."""
    figures = [Decimal(str(v)) for v in months if isinstance(v, int | float)]
    mean = sum(figures, Decimal(0)) / len(figures)
    return float(mean.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP))


def _format(places: int) -> str:
    return "#,##0" if places == 0 else "0." + "0" * places


def build(path: Path) -> Expected:
    """Imitates a Welsh county borough council's monthly KPI tracker at mid-year.

    Torfaen County Borough Council's tracker, one workbook kept by the
    corporate performance team and filled by services each month: Ref,
    Measure, Unit (%, Number, Days), the months of 2024/25 so far
    ('Apr-24'..'Sep-24', real first-of-month dates shown mmm-yy, under a
    merged '2024/25 monthly figures' banner), then two shaded columns under
    a merged 'Averages (for trend)' banner: '6 month average', a
    =ROUND(AVERAGE(D6:I6),1) formula over the six months on the row (saved
    with its result; it skips the 'No data' July and averages only four
    months for a measure that began in June), and 'Rolling 12 month
    average', typed from the monthly returns of October 2023 to September
    2024 ('n/a' for the new measure). Then Target, 'RAG (Sep-24)' filled
    letters and Comments. Notes under the table say what the averages are.

    A careful reader takes each month as its month, the target for every
    month of its row, and the RAG for September 2024, which its heading
    names. The two averages are left out. The '6 month average' is a
    formula over the six months already read, and the note calls both
    columns a mean of the monthly figures, kept to show the trend. Neither
    is the measure's figure for a span. Recorded as `Apr 2024\u2013Sep 2024`,
    the mean of 312, 288, ... missed bins (297) would stand where the six
    months' total (1,782) belongs, and a mean of six monthly percentages is
    not the share over the six months' cases. The rolling average also
    reaches back into 2023/24 months that are not on the sheet. So a reader
    records no observation from either column, and no figure from 'n/a'.
    'No data' is what the July cell said. The monitored leisure count has
    no target and no RAG. The Unit column states each measure's unit.
    """
    book, sheet = new_book(SHEET)
    title(
        sheet,
        "A1",
        "Torfaen County Borough Council / Cyngor Bwrdeistref Sirol Torfaen",
    )
    sheet["A2"] = "Monthly performance tracker 2024/25 \u2013 April to September 2024"
    sheet["A3"] = "Figures supplied by services by the 10th working day of the following month."
    sheet["A3"].font = Font(italic=True, size=9)
    last_month = get_column_letter(AVG_COL - 1)
    merge(sheet, f"D4:{last_month}4", "2024/25 monthly figures")
    merge(
        sheet,
        f"{get_column_letter(AVG_COL)}4:{get_column_letter(ROLL_COL)}4",
        "Averages (for trend)",
    )
    put_row(sheet, HEAD_ROW, 1, ["Ref", "Measure", "Unit"], bold=True)
    for m, (when, _) in enumerate(MONTHS):
        cell = sheet.cell(row=HEAD_ROW, column=FIRST_MONTH + m, value=when)
        cell.number_format = "mmm-yy"
        cell.font = Font(bold=True)
    tail = ["6 month average", "Rolling 12 month average", "Target", "RAG (Sep-24)", "Comments"]
    put_row(sheet, HEAD_ROW, AVG_COL, tail, bold=True)
    for col in range(1, AVG_COL + len(tail)):
        sheet.cell(row=HEAD_ROW, column=col).alignment = Alignment(
            horizontal="center", vertical="center", wrap_text=True
        )
    for col in (AVG_COL, ROLL_COL):
        sheet.cell(row=4, column=col).fill = AVG_FILL
        sheet.cell(row=HEAD_ROW, column=col).fill = AVG_FILL

    formulas: dict[str, tuple[str, float]] = {}
    exp = Expected([])
    periods = [label for _, label in MONTHS]
    for i, (ref, name, unit, places, months, rolling, target, rag, comment) in enumerate(ROWS):
        row = FIRST + i
        assert isinstance(months, tuple) and isinstance(places, int)
        put_row(sheet, row, 1, [ref, name, unit])
        number_format = _format(places)
        for m, value in enumerate(months):
            cell = sheet.cell(row=row, column=FIRST_MONTH + m)
            if value is not None:
                cell.value = value
            cell.number_format = number_format
            if isinstance(value, str):
                cell.alignment = Alignment(horizontal="right")
        first, last = get_column_letter(FIRST_MONTH), last_month
        ref_cell = f"{get_column_letter(AVG_COL)}{row}"
        formulas[ref_cell] = (
            f"ROUND(AVERAGE({first}{row}:{last}{row}),{places})",
            _mean(months, places),
        )
        avg = sheet.cell(row=row, column=AVG_COL, value=0)  # replaced by formula and result
        roll = sheet.cell(row=row, column=ROLL_COL, value=rolling)
        for cell in (avg, roll):
            cell.fill = AVG_FILL
            cell.font = Font(italic=True)
            cell.number_format = number_format
        if isinstance(rolling, str):
            roll.alignment = Alignment(horizontal="right")
        put_row(sheet, row, ROLL_COL + 1, [target, rag, comment])
        if rag is not None:
            rgb = RAG_FILL[str(rag)]
            rag_cell = sheet.cell(row=row, column=ROLL_COL + 2)
            rag_cell.fill = PatternFill(fill_type="solid", start_color=rgb, end_color=rgb)
            rag_cell.alignment = Alignment(horizontal="center")
        goal = None if target is None else float(str(target))
        rating = None if rag is None else RAG[str(rag)]
        exp.observations += observed(str(ref), str(name), periods, months, goal, rating)
        exp.add_meta(str(ref), str(name), None, UNIT[str(unit)])

    foot = FIRST + len(ROWS) + 1
    notes = (
        "6 month average: the simple average of the monthly figures shown (April to September "
        "2024), to show the trend.",
        "Rolling 12 month average: the simple average of the last twelve monthly figures "
        "(October 2023 to September 2024), to show the trend.",
        "RAG compares the September 2024 figure with the target: G met, A within 10%, R more "
        "than 10% adrift.",
    )
    for j, line in enumerate(notes):
        sheet.cell(row=foot + j, column=1, value=line).font = Font(size=9, italic=True)
    sheet.column_dimensions["A"].width = 8
    sheet.column_dimensions["B"].width = 60
    for col in (AVG_COL, ROLL_COL):
        sheet.column_dimensions[get_column_letter(col)].width = 12
    sheet.column_dimensions[get_column_letter(ROLL_COL + 3)].width = 50
    sheet.freeze_panes = f"D{FIRST}"
    save(book, path)
    _write_formulas(path, formulas)
    return exp


def _write_formulas(path: Path, formulas: dict[str, tuple[str, float]]) -> None:
    """Put each average formula with its saved result into the sheet XML, as Excel saves them."""
    with zipfile.ZipFile(path) as zf:
        parts = [(info, zf.read(info.filename)) for info in zf.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for info, data in parts:
            if info.filename == "xl/worksheets/sheet1.xml":
                xml = data.decode("utf-8")
                for ref, (formula, result) in formulas.items():
                    pattern = re.compile(rf'<c r="{ref}"([^>]*?)(?:/>|>.*?</c>)')
                    match = pattern.search(xml)
                    assert match, ref
                    attrs = re.sub(r'\s*t="[^"]*"', "", match.group(1))
                    new = f'<c r="{ref}"{attrs}><f>{escape(formula)}</f><v>{result!r}</v></c>'
                    xml = xml[: match.start()] + new + xml[match.end() :]
                data = xml.encode("utf-8")
            zf.writestr(info, data)
