"""A highways report mixing annual road condition surveys with monthly and quarterly repair indicators: a Frequency column, outturns, the latest figure and its period."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

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

SHEET = "Highways Q3"
BAND_ROW = 8
HEAD_ROW = 9
OUTTURNS = ("2022/23", "2023/24")
HEADINGS = ("Ref", "Indicator", "Frequency", "Unit", *OUTTURNS, "Latest", "Period",
            "Target 2024/25", "RAG", "Commentary")  # fmt: skip
COL_OUTTURN, COL_LATEST, COL_PERIOD, COL_TARGET, COL_RAG, COL_NOTE = 5, 7, 8, 9, 10, 11
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
RAG_FILL = {"Green": GREEN_FILL, "Amber": AMBER_FILL, "Red": RED_FILL}
UNIT = {"%": "%", "No.": "number"}
HEAD_FILL = PatternFill(fill_type="solid", start_color="FF375623", end_color="FF375623")
SECTION_FILL = PatternFill(fill_type="solid", start_color="FFE2EFDA", end_color="FFE2EFDA")
THIN = Side(style="thin", color="FFA9D08E")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)

DEC, NOV = datetime(2024, 12, 1), datetime(2024, 11, 1)  # month periods, shown 'mmm yyyy'
# How each Period cell reads, as the period label a reader gives it.
PERIOD_LABEL: dict[object, str] = {
    DEC: "Dec 2024",
    NOV: "Nov 2024",
    "Q3 2024/25": "Q3 2024/25",
    "2024/25": "2024/25",
    "Apr\u2013Sep 2024": "H1 2024/25",
    "12 months to Dec 2024": "2024",
}

# A 1-tuple is a section row. Otherwise: ref, indicator, frequency, unit, the 2022/23 and
# 2023/24 outturns (None: blank), the latest figure as typed, its period as typed, target as
# typed ('\u2013' where none), RAG word (None: not rated), commentary. Percentages in points.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Road and footway condition (annual surveys)",),
    ("HW01", "Principal (A) roads where maintenance should be considered", "Annual", "%",
     (3.2, 3.9), 3.6, "2024/25", 5.0, "Green",
     "SCANNER survey carried out June 2024; results received October."),
    ("HW02", "Non-principal classified (B and C) roads where maintenance should be considered",
     "Annual", "%", (5.8, 6.4), 7.1, "2024/25", 6.0, "Red",
     "Continued decline on the rural C road network; 2025/26 surfacing programme weighted "
     "towards C roads."),
    ("HW03", "Unclassified roads where maintenance should be considered", "Annual", "%",
     (17.0, 18.0), "TBC", "2024/25", 17.0, None,
     "Coarse visual inspection (CVI) survey results due February 2025."),
    ("HW04", "Footways where maintenance should be considered", "Annual", "%",
     (None, None), 21.4, "2024/25", "\u2013", None,
     "First footway network survey: baseline year, target to be set for 2025/26."),
    ("Safety defects and inspections",),
    ("HW05", "Category 1 (dangerous) defects made safe within 24 hours", "Monthly", "%",
     (95.1, 96.3), 97.2, DEC, 98.0, "Amber",
     "14 of 502 were late, most during the Storm Darragh weekend (7\u20138 December)."),
    ("HW06", "Category 2 defects repaired within 28 days", "Monthly", "%",
     (74.6, 79.8), 79.6, DEC, 90.0, "Red",
     "Gangs diverted to Category 1 work after the storms; recovery plan with the term "
     "contractor."),
    ("HW07", "Potholes repaired", "Monthly", "No.",
     (18642, 21307), 2416, DEC, "\u2013", None, "Demand measure."),
    ("HW08", "Potholes repaired permanently first time", "Monthly", "%",
     (None, None), 68.9, DEC, 75.0, "Amber",
     "New measure for 2024/25 with the 'right first time' repair policy."),
    ("HW09", "Highway safety inspections completed on time", "Monthly", "%",
     (97.8, 98.6), 99.2, DEC, 98.0, "Green", None),
    ("Street lighting",),
    ("HW10", "Street lights repaired within 5 working days", "Monthly", "%",
     (88.2, 90.5), 92.4, NOV, 90.0, "Green",
     "December figures from the lighting contractor arrived after the report deadline; "
     "November is the latest."),
    ("HW11", "Street lights not working at month end (% of stock)", "Monthly", "%",
     (0.9, 0.8), 1.2, DEC, 1.0, "Red",
     "41 columns knocked down or damaged in the storms; replacements ordered."),
    ("HW12", "Street lights converted to LED (% of stock, cumulative)", "Quarterly", "%",
     (71.4, 82.6), 89.3, "Q3 2024/25", 95.0, "Amber",
     "Conversion programme to finish by March 2025."),
    ("Drainage and winter service",),
    ("HW13", "Gullies cleansed on schedule", "Quarterly", "%",
     (91.2, 87.5), 82.3, "Q3 2024/25", 95.0, "Red",
     "Crews moved to flood response in late November (Storm Bert)."),
    ("HW14", "Gullies cleansed", "Quarterly", "No.",
     (38410, 36922), 9118, "Q3 2024/25", "\u2013", None, None),
    ("HW15", "Precautionary salting runs completed within 3 hours", "Monthly (Oct\u2013Apr)",
     "%", (98.9, 99.4), 100.0, DEC, 100.0, "Green", "31 runs in December."),
    ("Structures and network management",),
    ("HW16", "Bridge general inspections completed to programme", "Six-monthly", "%",
     (100.0, 96.0), 92.5, "Apr\u2013Sep 2024", 100.0, "Amber",
     "Three footbridges on the rail network await Network Rail possessions."),
    ("HW17", "Third-party highway damage claims received", "Monthly (rolling 12 months)",
     "No.", (412, 538), 467, "12 months to Dec 2024", "\u2013", None,
     "Fewer pothole damage claims than in 2023/24."),
    ("HW18", "Street works permit applications decided within the statutory period",
     "Quarterly", "%", (99.1, 99.4), 99.6, "Q3 2024/25", 99.0, "Green", None),
)  # fmt: skip

NOTES = (
    "Indicators are reported at different frequencies (Frequency column). Annual indicators come "
    "from the road condition surveys (SCANNER for A, B and C roads; coarse visual inspection for "
    "unclassified roads; footway network survey), one figure a year.",
    "2022/23 and 2023/24 are full-year outturns. 'Latest' is the most recent figure available "
    "and 'Period' the month, quarter, half-year or year it covers.",
    "RAG compares the latest figure with the 2024/25 target: Green on or better than target; "
    "Amber within 10% of target; Red more than 10% worse. \u2013 = no target (demand or baseline "
    "measure). TBC = to be confirmed.",
)


def build(path: Path) -> Expected:
    """Imitates a county highways service's performance report to a place scrutiny committee.

    County and unitary highway authorities report to a place (environment
    and transport) scrutiny committee on a mix of indicators that come at
    different frequencies: the annual road condition indicators from the
    SCANNER and visual surveys (% of A, of B and C and of unclassified roads
    where maintenance should be considered, the old NI 168/169 measures, and
    a first footway survey), one figure a year, beside monthly and quarterly
    operational ones from the highways asset management system and the term
    contractor (Category 1 defects made safe within 24 hours, Category 2
    repairs, street lights repaired within 5 days, gully cleansing, winter
    salting runs), a six-monthly bridge inspection figure and a rolling-year
    claims count. So the table has a Frequency column and, after two
    full-year outturns, a 'Latest' figure with a 'Period' cell saying what it
    covers: a month (an Excel date shown 'mmm yyyy'), a quarter 'Q3
    2024/25', a year '2024/25', 'Apr\u2013Sep 2024' or '12 months to Dec
    2024'. Then 'Target 2024/25', a filled RAG word and Commentary, under
    shaded section rows; notes under the title explain the columns.

    A careful reader takes the outturns as 2022/23 and 2023/24 and each
    latest figure in the period its own Period cell gives: Dec 2024 (Nov
    2024 for street lights, whose December data were late, as the comment
    says), Q3 2024/25, 2024/25 for the surveys, H1 2024/25 for April to
    September, 2024 for the rolling year (CONTRACT.md labels January to
    December by the year). The target names 2024/25 and the RAG rates the
    latest figure, so both go on the latest figure only. The unclassified roads 'TBC' is kept, with its target, and
    unrated; the footway baseline and the demand counts have a '\u2013'
    target; the footway survey and the first-time repair measure have no
    outturns. Units from the Unit column; polarity is not stated.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Highways and Transport \u2013 Performance Report 2024/25")
    sheet["A2"] = (
        "Quarter 3 (October to December 2024) \u2013 Place Scrutiny Committee, 5 February 2025"
    )
    sheet["A2"].font = Font(bold=True, size=12)
    for j, line in enumerate(NOTES, start=3):
        sheet.cell(row=j, column=1, value=line).font = Font(italic=True, size=9)
    ncol = len(HEADINGS)
    for col in range(1, ncol + 1):
        for r in (BAND_ROW, HEAD_ROW):
            cell = sheet.cell(row=r, column=col)
            cell.fill = HEAD_FILL
            cell.font = Font(bold=True, color="FFFFFFFF")
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            cell.border = GRID
    for first, last, band in ((COL_OUTTURN, COL_OUTTURN + 1, "Outturn"),
                              (COL_LATEST, COL_PERIOD, "Latest data")):  # fmt: skip
        sheet.cell(row=BAND_ROW, column=first, value=band)
        sheet.merge_cells(start_row=BAND_ROW, start_column=first, end_row=BAND_ROW, end_column=last)
    for col, heading in enumerate(HEADINGS, start=1):
        sheet.cell(row=HEAD_ROW, column=col, value=heading)
    exp = Expected([])
    row = HEAD_ROW + 1
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, ncol + 1):
                sheet.cell(row=row, column=col).fill = SECTION_FILL
                sheet.cell(row=row, column=col).border = GRID
            row += 1
            continue
        ref, name, frequency, unit, outturns, latest, period, target, rag, note = spec
        assert isinstance(outturns, tuple)
        for col in range(1, ncol + 1):
            sheet.cell(row=row, column=col).border = GRID
        sheet.cell(row=row, column=1, value=ref)
        sheet.cell(row=row, column=2, value=name).alignment = Alignment(wrap_text=True)
        sheet.cell(row=row, column=3, value=frequency).alignment = Alignment(wrap_text=True)
        sheet.cell(row=row, column=4, value=unit).alignment = Alignment(horizontal="center")
        for k, value in enumerate((*outturns, latest)):
            if value is None:
                continue
            col = COL_OUTTURN + k
            cell = sheet.cell(row=row, column=col, value=value)
            cell.alignment = Alignment(horizontal="right")
            if isinstance(value, float):
                cell.number_format = "0.0"
            elif isinstance(value, int):
                cell.number_format = "#,##0"
        cell = sheet.cell(row=row, column=COL_PERIOD, value=period)
        cell.alignment = Alignment(horizontal="center")
        if isinstance(period, datetime):
            cell.number_format = "mmm yyyy"
        cell = sheet.cell(row=row, column=COL_TARGET, value=target)
        cell.alignment = Alignment(horizontal="right")
        if isinstance(target, float):
            cell.number_format = "0.0"
        if rag:
            cell = sheet.cell(row=row, column=COL_RAG, value=rag)
            cell.alignment = Alignment(horizontal="center")
            fill(sheet, cell.coordinate, RAG_FILL[str(rag)])
        if note:
            sheet.cell(row=row, column=COL_NOTE, value=note).alignment = Alignment(
                wrap_text=True, vertical="top"
            )
        for label, value in zip(OUTTURNS, outturns, strict=True):
            if value is not None:
                exp.observations.append(Obs(str(ref), str(name), label, num(value)))
        exp.observations.append(
            Obs(
                str(ref),
                str(name),
                PERIOD_LABEL[period],
                num(latest),
                text_of(latest),
                num(target),
                RAG[str(rag)] if rag else None,
            )
        )
        exp.add_meta(str(ref), str(name), None, UNIT[str(unit)])
        row += 1
    sheet.cell(
        row=row + 1,
        column=1,
        value="Sources: highways asset management system, term maintenance and street lighting "
        "contractors' returns, annual condition surveys, street works permit scheme.",
    ).font = Font(italic=True, size=9)
    widths = {"A": 7, "B": 54, "C": 14, "D": 6, "E": 9, "F": 9, "G": 9, "H": 14, "I": 10,
              "J": 8, "K": 58}  # fmt: skip
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.row_dimensions[HEAD_ROW].height = 30
    sheet.freeze_panes = f"C{HEAD_ROW + 1}"
    save(book, path)
    return exp
