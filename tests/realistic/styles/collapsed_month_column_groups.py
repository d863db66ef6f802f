"""Monthly columns grouped with Excel's column outline and collapsed under visible quarter total columns."""

from __future__ import annotations

import re
import zipfile
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from xml.sax.saxutils import escape

from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import Outline

from tests.realistic.kit import (
    AMBER_FILL,
    GREEN_FILL,
    RED_FILL,
    Expected,
    Obs,
    Rag,
    new_book,
    put_row,
    save,
    title,
)

SHEET = "Monthly KPIs"
MONTHS = (
    (datetime(2024, 4, 1), "Apr 2024"), (datetime(2024, 5, 1), "May 2024"),
    (datetime(2024, 6, 1), "Jun 2024"), (datetime(2024, 7, 1), "Jul 2024"),
    (datetime(2024, 8, 1), "Aug 2024"), (datetime(2024, 9, 1), "Sep 2024"),
    (datetime(2024, 10, 1), "Oct 2024"), (datetime(2024, 11, 1), "Nov 2024"),
    (datetime(2024, 12, 1), "Dec 2024"),
)  # fmt: skip
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
RAG: dict[str, Rag] = {"R": "red", "A": "amber", "G": "green"}
RAG_FILL = {"R": RED_FILL, "A": AMBER_FILL, "G": GREEN_FILL}
QUARTER_FILL = PatternFill(fill_type="solid", start_color="FFDDEBF7", end_color="FFDDEBF7")
HEAD_ROW = 5
FIRST = HEAD_ROW + 1

# kind: "sum" a count (quarter =SUM), "avg" a rate or average (quarter =ROUND(AVERAGE(),1)),
# "secs" whole seconds (quarter =ROUND(AVERAGE(),0)), "pct" a fraction under 0.0% (quarter
# =ROUND(AVERAGE(),3))
# ref, measure, kind, nine months Apr..Dec, target, RAG for Q3
ROWS: tuple[tuple[object, ...], ...] = (
    ("HSG01", "Responsive repairs completed within target time (%)", "avg",
     (91.2, 92.8, 90.5, 89.7, 88.4, 90.9, 92.1, 93.4, 90.2), 92, "A"),
    ("HSG02", "Emergency repairs attended within 24 hours (%)", "avg",
     (98.1, 99.0, 98.6, 97.9, 99.2, 98.8, 99.4, 98.7, 99.1), 98, "G"),
    ("HSG03", "Average days to re-let general needs homes", "avg",
     (34.0, 29.5, 31.2, 27.8, "No lets", 30.6, 33.1, 28.9, 36.4), 30, "R"),
    ("HSG04", "New homelessness approaches", "sum",
     (118, 131, 124, 142, 137, 129, 151, 146, 133), None, None),
    ("HSG05", "Households placed in bed and breakfast in the month", "sum",
     (9, 12, 7, 11, 14, 10, 8, 13, 15), None, None),
    ("CUS01", "Calls to the contact centre answered", "pct",
     (0.912, 0.887, 0.904, 0.861, 0.842, 0.893, 0.918, 0.925, 0.897), 0.9, "G"),
    ("CUS02", "Average wait before a call is answered (seconds)", "secs",
     (96, 118, 104, 141, None, 122, 99, 87, 112), 120, "G"),
    ("CUS03", "Stage 1 complaints received", "sum",
     (41, 37, 52, 46, 39, 44, 48, 51, 29), None, None),
    ("CUS04", "Stage 1 complaints answered within 10 working days (%)", "avg",
     (92.7, 94.6, 90.4, 95.7, 89.7, 93.2, 91.7, 88.2, 86.2), 95, "R"),
    ("REV01", "Average days to process Housing Benefit changes of circumstance", "avg",
     (7.8, 8.4, 9.1, 8.2, 7.6, 6.9, 7.4, 8.8, 8.6), 8, "A"),
    ("ENV01", "Missed bin collections per 100,000 collections", "avg",
     (48.2, 52.6, 45.9, 61.3, 57.4, 49.8, 44.1, 47.5, 63.0), 50, "A"),
    ("ENV02", "Fly-tipping incidents reported", "sum",
     (212, 238, 251, 267, 244, 219, 203, 188, 161), None, None),
)  # fmt: skip


PLACES = {"avg": 1, "secs": 0, "pct": 3}
FORMAT = {"avg": "0.0", "secs": "0", "pct": "0.0%", "sum": "#,##0"}


def _column(month_index: int) -> int:
    """The sheet column of a month (0 = Apr): three months, then their quarter, from column C."""
    quarter, within = divmod(month_index, 3)
    return 3 + 4 * quarter + within


def _quarter_column(quarter: int) -> int:
    return 3 + 4 * quarter + 3


def _excel_round(value: Decimal, places: int) -> float:
    return float(value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP))


def _quarter(kind: str, months: tuple[object, ...]) -> float:
    """What the quarter column's formula saved: a sum, or the months' average rounded."""
    figures = [Decimal(str(v)) for v in months if isinstance(v, int | float)]
    total = sum(figures, Decimal(0))
    if kind == "sum":
        return float(total)
    return _excel_round(total / len(figures), PLACES[kind])


def _points(kind: str, value: float) -> float:
    return round(value * 100, 6) if kind == "pct" else float(value)


def build(path: Path) -> Expected:
    """Imitates a borough council's monthly housing and customer KPI sheet kept with Excel outlining.

    The performance officer keeps every month of 2024/25 on one sheet
    ('Apr-24'..'Dec-24', real dates shown mmm-yy) and after each third
    month a quarter column, 'Q1 2024/25'..'Q3 2024/25', whose formula adds
    the months up (=SUM for counts) or averages them (=ROUND(AVERAGE(..),1),
    to whole seconds for call waits, to three places for the call-answering
    fractions shown as 0.0%). For the quarterly committee pack each
    quarter's three months are grouped with Data > Group and the groups
    collapsed, so the printed
    sheet shows Ref, Measure, the three quarter columns (shaded), Target
    and a filled RAG letter; a '+' above each quarter opens its months.
    The months are real figures still in the file: one August wait was not
    recorded (telephony outage) and one August re-let month says 'No lets'.
    A note says the RAG compares the quarter with the target.

    A careful reader takes the collapsed months as observations, each as
    its month, beside the quarter columns as their quarters: grouping
    columns, like grouping or filtering rows (outline_grouped_detail_rows,
    autofilter_showing_reds_only, offset_hidden_rows), hides published
    figures from the print, it does not withdraw them. That differs from
    hidden working columns (hidden_columns_working_figures), where what is
    hidden is numerators, denominators, drafts and lookup keys rather than
    the measure's own value for a period. Each quarter is read at the value
    its formula saved. The single Target applies to every month and
    quarter of its row; counts have none. The RAG belongs to Q3 2024/25:
    December ends on the same day, but the RAG column sits beside the
    quarter columns and the note says it rates the quarter. 'No lets' is
    kept as that month's text; the unrecorded August wait is no observation.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Basildon Borough Council \u2013 Housing and Customer Services KPIs 2024/25")
    sheet["A2"] = "Quarter 3 report to the Policy and Resources Committee, February 2025"
    sheet["A3"] = (
        "Monthly figures are grouped under each quarter: click + above a quarter to show them."
    )
    sheet["A3"].font = Font(italic=True, size=9)
    last_col = _quarter_column(2) + 2
    put_row(sheet, HEAD_ROW, 1, ["Ref", "Measure"], bold=True)
    for m, (when, _) in enumerate(MONTHS):
        cell = sheet.cell(row=HEAD_ROW, column=_column(m), value=when)
        cell.number_format = "mmm-yy"
        cell.font = Font(bold=True)
    for q, label in enumerate(QUARTERS):
        sheet.cell(row=HEAD_ROW, column=_quarter_column(q), value=label).font = Font(bold=True)
    put_row(sheet, HEAD_ROW, last_col - 1, ["Target", "RAG"], bold=True)
    for col in range(1, last_col + 1):
        sheet.cell(row=HEAD_ROW, column=col).alignment = Alignment(
            horizontal="center", wrap_text=True
        )

    formulas: dict[str, tuple[str, float]] = {}
    exp = Expected([])
    for i, (ref, name, kind, months, target, rag) in enumerate(ROWS):
        row = FIRST + i
        assert isinstance(months, tuple)
        put_row(sheet, row, 1, [ref, name])
        number_format = FORMAT[str(kind)]
        goal = None if target is None else _points(str(kind), float(str(target)))
        for m, value in enumerate(months):
            cell = sheet.cell(row=row, column=_column(m))
            if value is not None:
                cell.value = value
            cell.number_format = number_format
            if isinstance(value, str):
                cell.alignment = Alignment(horizontal="right")
        for q in range(3):
            col = _quarter_column(q)
            first, last = get_column_letter(_column(3 * q)), get_column_letter(_column(3 * q + 2))
            three = months[3 * q : 3 * q + 3]
            saved = _quarter(str(kind), three)
            if kind == "sum":
                formula = f"SUM({first}{row}:{last}{row})"
            else:
                formula = f"ROUND(AVERAGE({first}{row}:{last}{row}),{PLACES[str(kind)]})"
            ref_cell = f"{get_column_letter(col)}{row}"
            formulas[ref_cell] = (formula, saved)
            cell = sheet.cell(row=row, column=col, value=0)  # replaced by formula and result
            cell.number_format = number_format
            cell.fill = QUARTER_FILL
            cell.font = Font(bold=True)
        put_row(sheet, row, last_col - 1, [target, rag])
        if kind == "pct":
            sheet.cell(row=row, column=last_col - 1).number_format = "0%"
        if rag is not None:
            rgb = RAG_FILL[str(rag)]
            rag_cell = sheet.cell(row=row, column=last_col)
            rag_cell.fill = PatternFill(fill_type="solid", start_color=rgb, end_color=rgb)
            rag_cell.alignment = Alignment(horizontal="center")
        for q in range(3):
            for m in range(3 * q, 3 * q + 3):
                value = months[m]
                if value is None:
                    continue
                if isinstance(value, str):
                    obs = Obs(str(ref), str(name), MONTHS[m][1], None, value, goal)
                else:
                    actual = _points(str(kind), float(str(value)))
                    obs = Obs(str(ref), str(name), MONTHS[m][1], actual, None, goal)
                exp.observations.append(obs)
            saved = _quarter(str(kind), months[3 * q : 3 * q + 3])
            latest = RAG[str(rag)] if q == 2 and rag is not None else None
            exp.observations.append(
                Obs(str(ref), str(name), QUARTERS[q], _points(str(kind), saved), None, goal, latest)
            )

    # the outline: each quarter's months grouped (level 1) and collapsed under its quarter column
    sheet.sheet_properties.outlinePr = Outline(summaryBelow=True, summaryRight=True)
    sheet.column_dimensions.max_outline = (
        1  # written as sheetFormatPr outlineLevelCol, as Excel does
    )
    for q in range(3):
        first, last = get_column_letter(_column(3 * q)), get_column_letter(_column(3 * q + 2))
        sheet.column_dimensions.group(first, last, outline_level=1, hidden=True)
        summary = get_column_letter(_quarter_column(q))
        sheet.column_dimensions[summary].collapsed = True
        sheet.column_dimensions[summary].width = 12
    sheet.column_dimensions["A"].width = 8
    sheet.column_dimensions["B"].width = 62
    foot = FIRST + len(ROWS) + 1
    notes = (
        "Quarter columns: counts are the total of the months; percentages, days, seconds and "
        "rates are the average of the months.",
        "RAG compares the quarter's figure with the target: G met, A within 5%, R more than 5% "
        "adrift.",
    )
    for j, line in enumerate(notes):
        sheet.cell(row=foot + j, column=1, value=line).font = Font(size=9, italic=True)
    sheet.freeze_panes = f"C{FIRST}"
    save(book, path)
    _write_formulas(path, formulas)
    return exp


def _write_formulas(path: Path, formulas: dict[str, tuple[str, float]]) -> None:
    """Put each quarter formula with its saved result into the sheet XML, as Excel saves them."""
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
