"""A quarterly report whose only period is a 'Data as at:' cell beside a real date (30/09/2024)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

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

SHEET = "Performance Report"
PERIOD = "Q2 2024/25"  # the quarter that ends on the 'Data as at' date
STATUS: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
STATUS_FILL = {"Green": GREEN_FILL, "Amber": AMBER_FILL, "Red": RED_FILL}
FIRST = 7  # first indicator row

# ref, indicator, current, target ('-' none), status, same time last year, direction, comment
ROWS: tuple[tuple[object, ...], ...] = (
    ("CP01", "Major planning applications determined within 13 weeks or agreed time (%)", 88.9, 80.0, "Green", 75.0, "Improving", None),
    ("CP02", "Minor planning applications determined within 8 weeks or agreed time (%)", 79.4, 85.0, "Red", 83.1, "Worsening", "Two planning officer vacancies; agency cover from October."),
    ("CP03", "Average days to process new Housing Benefit claims", 17.6, 18.0, "Green", 21.3, "Improving", None),
    ("CP04", "Average days to process Housing Benefit changes of circumstances", 6.2, 6.0, "Amber", 5.9, "Worsening", "New Universal Credit data feed caused a backlog in August."),
    ("CP05", "Calls to the contact centre answered (%)", 91.2, 90.0, "Green", 86.7, "Improving", None),
    ("CP06", "Stage 1 complaints responded to within 10 working days (%)", 84.0, 90.0, "Red", 88.5, "Worsening", "Housing repairs complaints up 30%; extra resource agreed."),
    ("CP07", "Average working days lost to sickness per FTE employee (quarter)", 2.3, 2.2, "Amber", 2.6, "Improving", None),
    ("CP08", "Households in temporary accommodation", 46, "-", "Data only", 38, "Worsening", "Snapshot at the date above."),
    ("CP09", "Fly-tipping incidents cleared within 2 working days (%)", 96.1, 95.0, "Green", 94.8, "Improving", None),
    ("CP10", "Missed bin collections per 100,000 collections", 38.0, 45.0, "Green", 52.0, "Improving", None),
    ("CP11", "Freedom of Information requests answered within 20 working days (%)", 93.5, 95.0, "Amber", 93.5, "No change", None),
    ("CP12", "Visits to council leisure centres", 187340, 180000, "Green", 171225, "Improving", None),
    ("CP13", "Food hygiene inspections of high-risk premises completed when due (%)", 100.0, 100.0, "Green", 97.0, "Improving", None),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a borough council's quarterly corporate performance report.

    Broxtowe Borough Council style, as printed from a performance system
    into Excel: the title says only 'Quarterly Performance Report'; the one
    period statement is a cell 'Data as at:' beside a real Excel date,
    30/09/2024 (stored as a date, shown dd/mm/yyyy). Headings 'Current',
    'Target', 'Status' (Green/Amber/Red words, filled, and 'Data only'),
    'Same time last year', 'Direction of travel' (Improving/Worsening/No
    change) and 'Comments'; a key under the table says 'Same time last year'
    is the same quarter a year earlier and direction of travel compares
    'Current' with it. CP08's target is '-'.

    A careful reader takes the period as the quarter that ends on the 'as
    at' date: a quarterly report with data to 30 September 2024 reports
    Quarter 2 2024/25 (July to September), and the key's 'same quarter a
    year earlier' confirms the figures are quarterly. Every 'Current' figure
    is a Q2 2024/25 observation with its target and published status; the
    temporary accommodation count is a snapshot on that date, also Q2.
    'Data only' is no rating and '-' no target. 'Same time last year' is a
    comparator, not an observation, and the direction of travel is not a
    figure. No measure is cumulative, so no 'Current' figure covers April
    to September. No polarity or unit column is given.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Broxtowe Borough Council")
    sheet["A2"] = "Quarterly Performance Report \u2013 Corporate Performance Indicators"
    sheet["A2"].font = Font(bold=True, size=12)
    sheet["A4"] = "Data as at:"
    sheet["A4"].font = Font(bold=True)
    sheet["A4"].alignment = Alignment(horizontal="right")
    sheet["B4"] = datetime(2024, 9, 30)
    sheet["B4"].number_format = "dd/mm/yyyy"
    sheet["B4"].alignment = Alignment(horizontal="left")
    header = ["Ref", "Indicator", "Current", "Target", "Status", "Same time last year",
              "Direction of travel", "Comments"]  # fmt: skip
    put_row(sheet, FIRST - 1, 1, header, bold=True)
    exp = Expected([])
    for i, (ref, name, current, target, status, last_year, direction, comment) in enumerate(ROWS):
        row = FIRST + i
        put_row(sheet, row, 1, [ref, name, current, target, status, last_year, direction, comment])
        if status in STATUS_FILL:
            fill(sheet, f"E{row}", STATUS_FILL[str(status)])
        goal = float(target) if isinstance(target, int | float) else None
        exp.observations.append(
            Obs(
                str(ref),
                str(name),
                PERIOD,
                float(str(current)),
                None,
                goal,
                STATUS.get(str(status)),
            )
        )
    foot = FIRST + len(ROWS) + 1
    key = (
        "Status: Green \u2013 on or better than target; Amber \u2013 within 5% of target; "
        "Red \u2013 more than 5% off target; Data only \u2013 no target set.",
        "Same time last year: the figure for the same quarter a year earlier. Direction of "
        "travel compares Current with Same time last year.",
        "Source: Performance Management System (Pentana), Performance & Insight Team.",
    )
    for j, line in enumerate(key):
        sheet.cell(row=foot + j, column=1, value=line).font = Font(size=9, italic=True)
    sheet.column_dimensions["A"].width = 12
    sheet.column_dimensions["B"].width = 66
    sheet.column_dimensions["F"].width = 20
    sheet.column_dimensions["G"].width = 20
    sheet.column_dimensions["H"].width = 50
    save(book, path)
    return exp
