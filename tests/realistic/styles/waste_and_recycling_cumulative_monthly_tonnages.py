"""A waste service's monthly return: in-month tonnages beside cumulative year-to-date rates, a month in arrears."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from tests.realistic.kit import (
    AMBER_FILL,
    GREEN_FILL,
    RED_FILL,
    Expected,
    Obs,
    Rag,
    fill,
    new_book,
    num,
    save,
    text_of,
    title,
)

SHEET = "Waste return M7"
BAND_ROW = 8
HEAD_ROW = 9
FIRST = HEAD_ROW + 1
LAST_YEAR = datetime(2023, 10, 1)  # 'Same month last year'
MONTHS = tuple(
    datetime(2024 + (m > 12), (m - 1) % 12 + 1, 1) for m in range(4, 16)
)  # Apr-24..Mar-25
COL_LAST_YEAR = 5  # E
COL_FIRST_MONTH = 6  # F..Q
COL_TARGET = COL_FIRST_MONTH + len(MONTHS)  # R: Target 2024/25
COL_RAG = COL_TARGET + 1  # S
COL_NOTE = COL_RAG + 1  # T
NCOL = COL_NOTE
# How a reader labels each column, by the row's basis. An in-month figure is its month; a
# year-to-date figure is April to the end of its month (the first quarter at June, the half
# year at September), and under 'Oct-23' it is April to October 2023.
IN_MONTH = ("Oct 2023", "Apr 2024", "May 2024", "Jun 2024", "Jul 2024", "Aug 2024", "Sep 2024",
            "Oct 2024")  # fmt: skip
TO_DATE = ("Apr 2023\u2013Oct 2023", "Apr 2024", "Apr 2024\u2013May 2024", "Q1 2024/25",
           "Apr 2024\u2013Jul 2024", "Apr 2024\u2013Aug 2024", "H1 2024/25",
           "Apr 2024\u2013Oct 2024")  # fmt: skip
SPANS = {"In month": IN_MONTH, "Year to date": TO_DATE}
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
RAG_FILL = {"G": GREEN_FILL, "A": AMBER_FILL, "R": RED_FILL}
UNIT = {"Tonnes": "tonnes", "%": "%", "kg": "kg", "Per 100,000": "rate", "Number": "number"}
HEAD_FILL = PatternFill(fill_type="solid", start_color="FF375623", end_color="FF375623")
SECTION_FILL = PatternFill(fill_type="solid", start_color="FFE2EFDA", end_color="FFE2EFDA")
LAST_YEAR_FILL = PatternFill(fill_type="solid", start_color="FFEDEDED", end_color="FFEDEDED")
THIN = Side(style="thin", color="FFA6A6A6")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)

# A 1-tuple is a section row. Otherwise: ref, measure, unit, basis, Oct-23, the months Apr-24..
# Oct-24 as typed (Nov-24..Mar-25 are still empty), target 2024/25 ('-' where none), RAG
# letter (None: not rated), comment. Percentages in points here; the sheet stores fractions.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Household waste collected (tonnes)",),
    ("WR01", "Household waste collected \u2013 all kerbside streams", "Tonnes", "In month",
     4812.3, (4674.4, 5010.8, 4704.1, 4876.1, 4596.3, 4536.1, 4566.6), "-", None,
     "Context measure."),
    ("WR02", "Dry recycling collected at the kerbside (paper, card, cans, plastics, glass)",
     "Tonnes", "In month",
     1102.4, (1058.7, 1121.3, 1064.9, 1133.0, 1087.6, 1049.2, 1118.5), "-", None, None),
    ("WR03", "Garden waste collected for composting", "Tonnes", "In month",
     1011.8, (1184.2, 1402.6, 1236.9, 1198.4, 1010.5, 987.3, 846.1), "-", None,
     "Seasonal fall as growth slows; subscription rounds continue to 29 November."),
    ("WR04", "Food waste collected (weekly food waste service)", "Tonnes", "In month",
     None, (None, None, None, None, None, 38.6, 212.4), "-", None,
     "New service: pilot rounds from 2 September, borough-wide weekly collections from "
     "30 September 2024."),
    ("WR05", "Residual waste collected (grey bin)", "Tonnes", "In month",
     2698.1, (2431.5, 2486.9, 2402.3, 2544.7, 2498.2, 2461.0, 2389.6), "-", None,
     "Lowest October residual tonnage since 2019."),
    ("WR06", "Waste received at household waste recycling centres", "Tonnes", "In month",
     1386.2, (1702.5, 1844.1, 1655.8, 1590.3, 1611.9, 1432.7, "TBC"), "-", None,
     "Mill Road weighbridge out of service 14\u201325 October: October tonnage will be "
     "estimated from load counts and confirmed next month."),
    ("Recycling and residual waste (cumulative from 1 April)",),
    ("WR10", "NI 192 Household waste sent for reuse, recycling and composting", "%",
     "Year to date", 51.2, (49.8, 52.1, 52.7, 52.9, 52.6, 52.3, 51.9), 52.0, "A",
     "Provisional for October (excludes Mill Road HWRC). Garden waste is falling with the "
     "season; food waste should add about two points a month from November."),
    ("WR11", "NI 191 Residual household waste per household", "kg", "Year to date",
     271.4, (38.2, 77.9, 115.6, 154.9, 193.4, 231.2, 268.1), 450, "A",
     "Projected 460 kg per household for the year against the 450 kg target."),
    ("WR12", "NI 193 Municipal waste sent to landfill", "%", "Year to date",
     6.4, (5.1, 4.8, 4.6, 4.4, 4.5, 4.3, 4.2), 5.0, "G",
     "Bulky waste now goes to the energy recovery facility."),
    ("Collections",),
    ("WR20", "Missed collections per 100,000 collections", "Per 100,000", "In month",
     62, (48, 55, 51, 67, 74, 58, 81), 60, "R",
     "Food waste roll-out: 412 of October's missed collections were food caddies in the "
     "first fortnight of the new rounds."),
    ("WR21", "Missed collections put right by the end of the next working day", "%",
     "In month", 96.2, (97.1, 96.8, 97.4, 95.5, 94.9, 95.8, "n/a"), 95.0, None,
     "In-cab system replaced on 7 October; October's completion times cannot be reported."),
    ("WR22", "Fly-tipping incidents reported", "Number", "In month",
     318, (287, 342, 301, 356, 329, 294, 312), "-", None, "Context measure."),
    ("WR23", "Contamination in kerbside dry recycling (MRF sampling)", "%", "In month",
     11.8, (12.4, 13.1, 11.9, 12.7, 13.5, 14.2, None), 10.0, "R",
     "MRF sampling results arrive a further month late: October follows next month and the "
     "RAG is for September. Bin-hanger campaign on flats from November."),
    ("WR24", "Garden waste subscriptions sold", "Number", "Year to date",
     24106, (18422, 21937, 23015, 23688, 24102, 24379, 24511), 25000, "A",
     "489 short of the year's target; a renewals reminder went to lapsed subscribers in October."),
)  # fmt: skip

NOTES = (
    "Tonnages are reported one month in arrears: weighbridge tickets and reprocessor returns "
    "are reconciled after each month ends, so this return shows figures to the end of October "
    "2024 (Month 7).",
    "Basis: 'In month' figures are for that month alone. 'Year to date' figures are cumulative "
    "from 1 April; for those measures the Oct-23 column is April to October 2023.",
    "RAG (latest month): G on or better than target; A within 5% of target; R more than 5% "
    "worse. Year-to-date measures are rated on the projected year-end figure against the "
    "annual target. Where the latest month is not yet available the RAG is for the month "
    "before.",
)
FOOT = (
    "Source: weighbridge system (Mill Road HWRC, Eastfield transfer station), in-cab "
    "collection system and WasteDataFlow quarterly returns.",
    "'-' = context measure, no target. TBC = to be confirmed. n/a = not available.",
)


def _stored(value: object, unit: object) -> object:
    """What the cell holds: a percentage as the fraction Excel keeps under a % format."""
    if unit == "%" and isinstance(value, int | float):
        return round(float(value) / 100, 6)
    return value


def _format(unit: object, value: object) -> str:
    if unit == "%":
        return "0.0%"
    if unit in ("Tonnes", "kg"):
        return "#,##0.0"
    return "#,##0" if isinstance(value, int) else "0.0"


def build(path: Path) -> Expected:
    """Imitates a district council's monthly waste and recycling return to environment scrutiny.

    A waste collection authority's 'Waste and Recycling Service \u2013
    Monthly Performance Return' for its Environment Overview and Scrutiny
    Committee, kept by the waste team in Excel from weighbridge tickets,
    the in-cab collection system and WasteDataFlow. Tonnages are reported a
    month in arrears (weighbridge and reprocessor data are reconciled after
    the month ends), so the December committee sees figures to October
    (Month 7). Columns: Ref, Measure, Unit (Tonnes, %, kg, Per 100,000,
    Number), Basis ('In month' or 'Year to date'), a grey 'Same month last
    year' column headed Oct-23, then a '2024/25' band over twelve month
    columns Apr-24..Mar-25 (real dates shown 'mmm-yy'; November to March
    still empty), 'Target 2024/25', a filled R/A/G letter and comments,
    under shaded section rows. The NI 191/192/193 rates and the garden
    waste subscriptions are cumulative from 1 April; tonnages and
    collection measures are in month. Notes above the table explain the
    lag, the basis and the RAG; percentages are fractions under 0.0%.

    A careful reader labels each figure by its row's basis: an in-month
    figure is its month (Oct 2024); a year-to-date figure is April to the
    end of its month (April alone, April\u2013May, Q1 2024/25 at June, H1
    2024/25 at September, Apr 2024\u2013Oct 2024), and under Oct-23, as the
    note says, April to October 2023. The target names 2024/25, so it is
    on the 2024/25 months only, not on Oct-23. The RAG rates the latest
    month: contamination has no October (MRF data a further month late), so
    its R is September's, as its comment says. The HWRC 'TBC' and the
    missed-collections 'n/a' are kept as text and unrated; the tonnages
    and fly-tipping are context with a '-' target; food waste is a new
    service with only September and October. Units from the Unit column
    (tonnes, %, kg, a rate per 100,000, number); nothing states polarity.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Waste and Recycling Service \u2013 Monthly Performance Return 2024/25")
    sheet["A2"] = (
        "Environment Overview and Scrutiny Committee, 11 December 2024 \u2013 figures to the "
        "end of October 2024 (Month 7)"
    )
    sheet["A2"].font = Font(bold=True)
    for j, line in enumerate(NOTES, start=4):
        sheet.cell(row=j, column=1, value=line).font = Font(italic=True, size=9)
    heads: list[object] = ["Ref", "Measure", "Unit", "Basis", LAST_YEAR, *MONTHS,
                           "Target 2024/25", "RAG", "Comments"]  # fmt: skip
    for col in range(1, NCOL + 1):
        for r in (BAND_ROW, HEAD_ROW):
            cell = sheet.cell(row=r, column=col)
            cell.fill = HEAD_FILL
            cell.font = Font(bold=True, color="FFFFFFFF")
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            cell.border = GRID
    sheet.cell(row=BAND_ROW, column=COL_LAST_YEAR, value="Same month last year")
    sheet.cell(row=BAND_ROW, column=COL_FIRST_MONTH, value="2024/25")
    sheet.merge_cells(
        start_row=BAND_ROW,
        start_column=COL_FIRST_MONTH,
        end_row=BAND_ROW,
        end_column=COL_TARGET - 1,
    )
    for col, head in enumerate(heads, start=1):
        cell = sheet.cell(row=HEAD_ROW, column=col, value=head)
        if isinstance(head, datetime):
            cell.number_format = "mmm-yy"
    exp = Expected([])
    row = FIRST
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, NCOL + 1):
                sheet.cell(row=row, column=col).fill = SECTION_FILL
            row += 1
            continue
        ref, name, unit, basis, last_year, months, target, rag, comment = spec
        assert isinstance(months, tuple)
        values = (last_year, *months)
        sheet.cell(row=row, column=1, value=ref)
        sheet.cell(row=row, column=2, value=name).alignment = Alignment(wrap_text=True)
        sheet.cell(row=row, column=3, value=unit)
        sheet.cell(row=row, column=4, value=basis)
        for k, value in enumerate(values):
            col = COL_LAST_YEAR + k
            if value is None:
                continue
            cell = sheet.cell(row=row, column=col, value=_stored(value, unit))
            cell.alignment = Alignment(horizontal="right")
            if isinstance(value, int | float):
                cell.number_format = _format(unit, value)
        cell = sheet.cell(row=row, column=COL_TARGET, value=_stored(target, unit))
        cell.alignment = Alignment(horizontal="right")
        if isinstance(target, int | float):
            cell.number_format = "0%" if unit == "%" else _format(unit, target)
        if rag:
            cell = sheet.cell(row=row, column=COL_RAG, value=rag)
            cell.alignment = Alignment(horizontal="center")
            cell.font = Font(bold=True)
            fill(sheet, cell.coordinate, RAG_FILL[str(rag)])
        if comment:
            cell = sheet.cell(row=row, column=COL_NOTE, value=comment)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.cell(row=row, column=COL_LAST_YEAR).fill = LAST_YEAR_FILL
        for col in range(1, NCOL + 1):
            sheet.cell(row=row, column=col).border = GRID

        labels = SPANS[str(basis)]
        goal = num(target)
        given = [k for k, v in enumerate(values) if v is not None]
        for k in given:
            value = values[k]
            exp.observations.append(
                Obs(
                    str(ref),
                    str(name),
                    labels[k],
                    num(value),
                    text_of(value),
                    goal if k > 0 else None,
                    RAG[str(rag)] if rag and k == given[-1] else None,
                )
            )
        exp.add_meta(str(ref), str(name), None, UNIT[str(unit)])
        row += 1
    for j, line in enumerate(FOOT, start=row + 1):
        sheet.cell(row=j, column=1, value=line).font = Font(italic=True, size=9)
    widths = {"A": 7, "B": 52, "C": 11, "D": 12, "E": 10}
    for col in range(COL_FIRST_MONTH, COL_TARGET):
        widths[get_column_letter(col)] = 9
    widths.update({"R": 10, "S": 6, "T": 58})
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"E{FIRST}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    save(book, path)
    return exp
