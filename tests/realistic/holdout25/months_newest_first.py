"""Month columns from the newest at the left back to April at the right, the latest month's RAG and comment beside it."""

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
    new_book,
    num,
    put_row,
    save,
    text_of,
)

SHEET = "Dec 24"
BAND_ROW = 5
HEAD_ROW = 6
FIRST = HEAD_ROW + 1
MONTHS = tuple(datetime(2024, m, 1) for m in (12, 11, 10, 9, 8, 7, 6, 5, 4))  # newest first
PERIODS = ("Dec 2024", "Nov 2024", "Oct 2024", "Sep 2024", "Aug 2024", "Jul 2024",
           "Jun 2024", "May 2024", "Apr 2024")  # fmt: skip
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
RAG_FILL = {"G": GREEN_FILL, "A": AMBER_FILL, "R": RED_FILL}
UNIT = {"%": "%", "Days": "days", "No.": "number", "Rate": "rate"}
POLARITY = {"High": "higher_is_better", "Low": "lower_is_better"}
HEAD = PatternFill(fill_type="solid", start_color="FF203864", end_color="FF203864")
LATEST = PatternFill(fill_type="solid", start_color="FFFFF2CC", end_color="FFFFF2CC")
EARLIER = PatternFill(fill_type="solid", start_color="FFD9E1F2", end_color="FFD9E1F2")
SECTION = PatternFill(fill_type="solid", start_color="FFDDEBF7", end_color="FFDDEBF7")
THIN = Side(style="thin", color="FFBFBFBF")

# A 1-tuple is a service row. Otherwise: ref, measure, unit, good is (None: not stated),
# target ('-' for none), RAG letter for the latest month given, comment,
# then the nine months newest first: Dec, Nov, Oct, Sep, Aug, Jul, Jun, May, Apr 2024.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Waste and Street Scene",),
    ("NCS01", "Missed bin collections per 100,000 collections", "Rate", "Low", 60, "R",
     "Christmas catch-up rounds and two days of ice; 1,214 missed collections reported.",
     71, 58, 54, 49, 63, 57, 52, 48, 55),
    ("NCS02", "Household waste reused, recycled or composted", "%", "High", 50.0, "A",
     "Reported a month in arrears. November fall is seasonal: garden waste collections ended on 22 November.",
     None, 48.3, 51.2, 53.6, 54.9, 55.4, 54.1, 52.7, 50.8),
    ("NCS03", "Fly-tips removed within 2 working days", "%", "High", 95.0, "G",
     "412 fly-tips removed in December, 397 of them within 2 working days.",
     96.4, 93.8, 97.1, 95.5, 92.6, 94.9, 96.8, 97.3, 95.9),
    ("Highways and Street Lighting",),
    ("NCS04", "Category 1 highway defects made safe within 24 hours", "%", "High", 98.0, "A",
     "247 of 254 made safe in time; frost doubled the number of defects reported.",
     97.2, 98.6, 99.1, 98.4, 99.3, 98.8, 97.9, 98.5, 99.0),
    ("NCS05", "Street lighting faults repaired within 5 working days", "%", "High", 90.0, "G",
     None,
     91.5, 88.2, 90.7, 93.4, 92.0, 94.1, 89.6, 91.2, 92.8),
    ("NCS06", "Abandoned vehicles inspected within 24 hours of report", "%", "High", 85.0, "R",
     "New measure from September 2024: 33 of 42 vehicles inspected within 24 hours in December; one enforcement officer post vacant.",
     78.6, 82.4, 80.0, 74.3, None, None, None, None, None),
    ("Customer Services",),
    ("NCS07", "Calls to the contact centre answered", "%", "High", 85.0, "G",
     "31,406 calls in December, 12% fewer than November after council tax reminders ended.",
     86.3, 82.1, 84.7, 87.9, 88.5, 83.6, 85.2, 81.4, 79.9),
    ("NCS08", "Stage 1 complaints responded to within 10 working days", "%", "High", 90.0, "R",
     "16 of 101 responses were late, mainly waste complaints after the Christmas round changes.",
     84.2, 87.5, 91.3, 89.8, 92.6, 90.4, 88.1, 93.0, 91.7),
    ("NCS09", "Freedom of Information requests answered within 20 working days", "%", "High", 90.0,
     None,
     "December figure to follow: the case system report had not run when this report was compiled.",
     "TBC", 91.8, 89.4, 92.2, 94.0, 88.6, 90.9, 93.5, 90.2),
    ("Revenues and Benefits",),
    ("NCS10", "Average days to process new Housing Benefit and Council Tax Support claims", "Days",
     "Low", 20.0, "G", None,
     18.4, 21.7, 19.6, 22.3, 24.1, 20.8, 19.2, 23.5, 25.0),
    ("NCS11", "Average days to process changes of circumstances", "Days", "Low", 8.0, "A",
     "Year-end uprating work started early; 4,870 changes processed in December.",
     8.3, 6.9, 7.4, 9.2, 10.6, 8.8, 7.1, 9.9, 11.2),
    ("Housing Options",),
    ("NCS12", "Households in temporary accommodation at month end", "No.", None, "-", None,
     "Monitoring measure. 64 households in bed and breakfast, up from 41 in April.",
     412, 398, 391, 377, 369, 372, 358, 351, 344),
    ("NCS13", "Prevention duties ended with accommodation secured for 6 months or more", "%",
     "High", 55.0, "G", None,
     57.9, 52.4, 55.8, 60.3, 49.7, 54.1, 58.6, 51.2, 53.0),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a metropolitan borough council's monthly neighbourhoods performance report.

    The monthly report for a scrutiny panel puts what members read first
    nearest the names: Ref, Measure, Unit, 'Good is' (High/Low), Target,
    then a band 'Latest month' over the December figure, its RAG letter
    (filled) and the December comment, then a band 'Previous months (most
    recent first)' over November back to April. The month headings are
    real dates shown 'mmm-yy', the newest at the left. Service rows are
    shaded; percentages are typed in points with '%' in the Unit column.
    Waste figures come a month in arrears, so recycling has no December
    figure and its RAG is for November (a note says so); the FOI December
    figure is 'TBC' and unrated; the abandoned vehicles measure started in
    September; temporary accommodation is a monitoring count with a '-'
    target, no 'Good is' and no RAG.

    A careful reader dates each figure by its month heading whatever the
    order, so the RAG (in the latest-month band) rates December, or
    November where December is blank. The single Target has no year and
    applies to every month of its row. Unit and polarity come from the
    Unit and 'Good is' columns.
    """
    book, sheet = new_book(SHEET)
    sheet["A1"] = "Ashworth Metropolitan Borough Council"
    sheet["A1"].font = Font(bold=True, size=14)
    sheet["A2"] = (
        "Neighbourhoods and Customer Services \u2013 Monthly Performance Report: December 2024"
    )
    sheet["A2"].font = Font(bold=True, size=12)
    sheet["A3"] = "Communities and Place Scrutiny Panel \u2013 23 January 2025 \u2013 Appendix 1"
    sheet["A3"].font = Font(italic=True)
    heads: list[object] = ["Ref", "Measure", "Unit", "Good is", "Target", MONTHS[0], "RAG",
                           "Comment", *MONTHS[1:]]  # fmt: skip
    put_row(sheet, HEAD_ROW, 1, heads)
    ncol = len(heads)
    sheet.merge_cells(start_row=BAND_ROW, start_column=6, end_row=BAND_ROW, end_column=8)
    sheet.merge_cells(start_row=BAND_ROW, start_column=9, end_row=BAND_ROW, end_column=ncol)
    for col, text, band in ((6, "Latest month", LATEST), (9, "Previous months (most recent first)", EARLIER)):  # fmt: skip
        cell = sheet.cell(row=BAND_ROW, column=col, value=text)
        cell.font = Font(bold=True)
        cell.fill = band
        cell.alignment = Alignment(horizontal="center")
    for col in range(1, ncol + 1):
        cell = sheet.cell(row=HEAD_ROW, column=col)
        cell.fill = HEAD
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        if isinstance(cell.value, datetime):
            cell.number_format = "mmm-yy"
    exp = Expected([])
    row = FIRST
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, ncol + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        ref, name, unit, good, target, rag, comment, *months = spec
        put_row(
            sheet, row, 1, [ref, name, unit, good, target, months[0], rag, comment, *months[1:]]
        )
        for col in range(1, ncol + 1):
            cell = sheet.cell(row=row, column=col)
            cell.border = Border(bottom=THIN)
            if col == 8:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                cell.font = Font(size=9)
            elif col != 2:
                cell.alignment = Alignment(horizontal="center", vertical="top")
            if isinstance(cell.value, int) and cell.value >= 1000:
                cell.number_format = "#,##0"
            elif isinstance(cell.value, float):
                cell.number_format = "0.0"
        if rag is not None:
            rgb = RAG_FILL[str(rag)]
            cell = sheet.cell(row=row, column=7)
            cell.fill = PatternFill(fill_type="solid", start_color=rgb, end_color=rgb)
            cell.font = Font(bold=True)
        goal = num(target)
        given = [k for k, v in enumerate(months) if v is not None]
        latest = min(given)  # the newest month given is the leftmost
        for k in reversed(given):
            value = months[k]
            exp.observations.append(
                Obs(str(ref), str(name), PERIODS[k], num(value), text_of(value), goal,
                    RAG[str(rag)] if rag is not None and k == latest else None)
            )  # fmt: skip
        exp.add_meta(
            str(ref), str(name), None if good is None else POLARITY[str(good)], UNIT[str(unit)]
        )
        row += 1
    notes = (
        "RAG (latest month): G = on or better than target; A = within 5% of target; "
        "R = more than 5% worse than target. Measures without a target are monitored only.",
        "Waste figures are reported one month in arrears: where December is blank the RAG is "
        "for November.",
        "TBC = figure to be confirmed. - = no target set.",
    )
    for j, line in enumerate(notes, start=row + 1):
        sheet.cell(row=j, column=1, value=line).font = Font(size=9, italic=True)
    widths = {"A": 8, "B": 56, "C": 6, "D": 7, "E": 8, "F": 9, "G": 6, "H": 46}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    for col in range(9, ncol + 1):
        sheet.column_dimensions[sheet.cell(row=HEAD_ROW, column=col).column_letter].width = 8
    sheet.freeze_panes = f"C{FIRST}"
    save(book, path)
    return exp
