"""Last quarter given twice, 'Q1 (as reported)' and 'Q1 (revised)', beside 'Q2', one target and a Q2 RAG."""

from __future__ import annotations

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
    put_row,
    save,
    title,
)

SHEET = "Q2 KPIs"
RAG: dict[str, Rag] = {"R": "red", "A": "amber", "G": "green"}
RAG_FILL = {"R": RED_FILL, "A": AMBER_FILL, "G": GREEN_FILL}
HEAD_FILL = PatternFill(fill_type="solid", start_color="FFD9E1F2", end_color="FFD9E1F2")
REPORTED_FILL = PatternFill(fill_type="solid", start_color="FFEDEDED", end_color="FFEDEDED")
REVISED_FILL = PatternFill(fill_type="solid", start_color="FFFFF2CC", end_color="FFFFF2CC")
THIN = Side(style="thin", color="FFA6A6A6")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_ROW = 5
HEADER = ["Ref", "Measure", "Service", "Q1 (as reported)", "Q1 (revised)", "Q2",
          "Target 2024/25", "RAG", "Comments"]  # fmt: skip

# ref, measure, service, Q1 as reported, Q1 revised, Q2, target, RAG (Q2), comment;
# None is a blank cell
ROWS: tuple[tuple[object, ...], ...] = (
    ("HSG01", "Households in temporary accommodation at the end of the quarter", "Housing",
     96, 98, 104, 90, "R", "Q1 restated: two placements booked out of hours were added late."),
    ("HSG02", "Homelessness cases prevented or relieved (%)", "Housing",
     61.2, None, 63.5, 60.0, "G", None),
    ("HSG03", "Private sector homes improved through enforcement or advice", "Housing",
     14, 16, 19, 15, "G", None),
    ("REV01", "Average days to process new Housing Benefit claims", "Revenues & Benefits",
     18.1, None, 17.4, 20.0, "G", None),
    ("REV02", "Average days to process changes of circumstances", "Revenues & Benefits",
     6.2, 6.8, 7.9, 8.0, "G", "Q1 restated once the end-of-June backlog was cleared."),
    ("REV03", "Business rates payers paying by direct debit (%)", "Revenues & Benefits",
     71.3, None, 72.0, 75.0, "A", None),
    ("PLN01", "Major planning applications determined within 13 weeks or an agreed extension (%)",
     "Planning", 83.3, 100.0, 88.9, 70.0, "G",
     "Q1 restated: extension of time for one application confirmed (6 of 6 in time)."),
    ("PLN02", "Minor planning applications determined within 8 weeks or an agreed extension (%)",
     "Planning", 78.4, None, 81.0, 75.0, "G", None),
    ("ENV01", "Household waste sent for reuse, recycling and composting (%)", "Environment",
     "Not available", 52.8, 54.1, 55.0, "A",
     "Q1 figure was not available for the Quarter 1 report. Q2 is provisional."),
    ("ENV02", "Missed bin collections per 100,000 collections", "Environment",
     62, 58, 71, 60, "R", "Round reorganisation in August; Q1 restated after duplicate reports removed."),
    ("ENV03", "Fly-tipping incidents removed within 2 working days (%)", "Environment",
     91.0, "No change", 93.4, 90.0, "G", None),
    ("CUS01", "Calls to the customer service centre answered within 60 seconds (%)", "Customer",
     71.5, None, 66.9, 75.0, "R", "Staff vacancies in July and August; recruitment complete."),
    ("HR01", "Working days lost to sickness absence per FTE (in quarter)", "Workforce",
     2.1, 2.4, 2.1, 2.0, "A", None),
)  # fmt: skip


def _q1(reported: object, revised: object) -> object:
    """The quarter's figure: the restated one where there is one, else the figure first reported."""
    return revised if isinstance(revised, int | float) else reported


def build(path: Path) -> Expected:
    """Imitates a borough council's Council Plan KPI report at Quarter 2 that restates Quarter 1.

    Basingstoke and Deane-style corporate performance appendix to Cabinet
    and the scrutiny committee, Quarter 2 2024/25 (the year only in the
    title). Because several Quarter 1 figures changed after the Quarter 1
    report had gone out (late bookings, a backlog cleared, an extension of
    time confirmed, a waste figure that only arrived later), the sheet gives
    Quarter 1 twice: 'Q1 (as reported)', shaded grey, exactly as printed in
    September, and 'Q1 (revised)', shaded yellow, holding the restated
    figure, blank where nothing changed and once 'No change' typed. A note
    under the table says the same. Then 'Q2', a single 'Target 2024/25', a
    filled R/A/G letter and comments.

    A careful reader takes one Quarter 1 figure per measure: the revised
    figure where the revised cell holds one (it replaces the first report,
    which is history, not a second observation), and the figure as
    reported where the revised cell is blank or says 'No change'. The
    recycling rate was 'Not available' when first reported and 52.8 once
    revised, so Quarter 1 is 52.8. The target applies to Q1 and Q2 (both in
    2024/25); the RAG belongs to Q2, the latest quarter, as the key says.
    Percentages are typed in points. Doubtful points, none enough to hold
    the file: a blank revised cell could in principle mean 'not yet
    checked' rather than 'unchanged', but the note says blank means the
    figure stands, and either way the reported figure is the only one
    there; the Q1 RAG published in September is not shown, so no Q1
    observation has a rating.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Basingstoke and Deane Borough Council")
    sheet["A2"] = (
        "Council Plan key performance indicators \u2013 Quarter 2 2024/25 (July to September 2024)"
    )
    sheet["A2"].font = Font(bold=True, size=12)
    sheet["A3"] = "Appendix 1 to the Cabinet report of 12 November 2024"
    sheet["A3"].font = Font(italic=True, size=9)
    put_row(sheet, HEAD_ROW, 1, HEADER, bold=True)
    for col in range(1, len(HEADER) + 1):
        cell = sheet.cell(row=HEAD_ROW, column=col)
        cell.fill = HEAD_FILL
        cell.border = GRID
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    sheet.cell(row=HEAD_ROW, column=4).fill = REPORTED_FILL
    sheet.cell(row=HEAD_ROW, column=5).fill = REVISED_FILL
    sheet.row_dimensions[HEAD_ROW].height = 30
    exp = Expected([])
    periods = ("Q1 2024/25", "Q2 2024/25")
    for i, (ref, name, service, reported, revised, q2, target, rag, comment) in enumerate(ROWS):
        row = HEAD_ROW + 1 + i
        put_row(sheet, row, 1, [ref, name, service, reported, revised, q2, target, rag, comment])
        for col in range(1, len(HEADER) + 1):
            cell = sheet.cell(row=row, column=col)
            cell.border = GRID
            if 4 <= col <= 8:
                cell.alignment = Alignment(horizontal="center")
        sheet.cell(row=row, column=4).fill = REPORTED_FILL
        sheet.cell(row=row, column=5).fill = REVISED_FILL
        sheet.cell(row=row, column=9).alignment = Alignment(wrap_text=True, vertical="top")
        fill(sheet, f"H{row}", RAG_FILL[str(rag)])
        goal = float(str(target))
        for k, value in enumerate((_q1(reported, revised), q2)):
            status = RAG[str(rag)] if k == 1 else None
            if isinstance(value, int | float):
                exp.observations.append(
                    Obs(str(ref), str(name), periods[k], float(value), None, goal, status)
                )
            else:
                exp.observations.append(
                    Obs(str(ref), str(name), periods[k], None, str(value), goal, status)
                )
    foot = HEAD_ROW + len(ROWS) + 2
    notes = (
        "Q1 (as reported): the figure shown in the Quarter 1 report to Cabinet on 10 September 2024.",
        "Q1 (revised): the Quarter 1 figure as restated since then. Blank where the Quarter 1 "
        "figure has not changed.",
        "RAG: Quarter 2 against the 2024/25 target. G on or better than target; A within 10% of "
        "target; R more than 10% away.",
        "Source: Pentana, extract 21 October 2024.",
    )
    for j, line in enumerate(notes):
        sheet.cell(row=foot + j, column=1, value=line).font = Font(size=9, italic=j < 3)
    widths = {"A": 8, "B": 62, "C": 18, "D": 11, "E": 11, "F": 9, "G": 11, "H": 6, "I": 52}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"C{HEAD_ROW + 1}"
    save(book, path)
    return exp
