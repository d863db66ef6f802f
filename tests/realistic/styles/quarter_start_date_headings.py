"""Quarter columns headed by real dates of each quarter's first day (01/01/2024 .. 01/10/2024), a note saying so."""

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
    put_row,
    save,
    text_of,
    title,
)

SHEET = "Scorecard Q3"
BAND_ROW = 6
HEAD_ROW = 7
# Each heading is the first day of its quarter; the label is the quarter it begins.
STARTS = (datetime(2024, 1, 1), datetime(2024, 4, 1), datetime(2024, 7, 1), datetime(2024, 10, 1))
PERIODS = ("Q4 2023/24", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
FIRST_THIS_YEAR = 1  # the target names 2024/25: not last year's Q4
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
RAG_FILL = {"Green": GREEN_FILL, "Amber": AMBER_FILL, "Red": RED_FILL}
UNIT = {"%": "%", "Number": "number", "Days": "days", "Rate": "rate"}
HEAD_FILL = PatternFill(fill_type="solid", start_color="FF2E5E3E", end_color="FF2E5E3E")
SECTION_FILL = PatternFill(fill_type="solid", start_color="FFE2EFDA", end_color="FFE2EFDA")
THIN = Side(style="thin", color="FFA6A6A6")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)

# A 1-tuple is a well-being objective row. Otherwise: ref, performance measure, unit, the four
# quarters (beginning 01/01/2024, 01/04/2024, 01/07/2024, 01/10/2024), target 2024/25 ('-'
# where none), RAG word (None: not rated), comment. Percentages in points, as typed.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Well-being Objective 1 \u2013 Giving every child and young person the best start",),
    ("CH01", "Children's services contacts with a decision within 1 working day", "%",
     96.2, 97.8, 95.9, 98.4, 95.0, "Green", None),
    ("CH02", "Children looked after per 10,000 population aged under 18", "Rate",
     112.4, 110.9, 109.3, 108.1, "-", None, "Context measure; Wales 2023/24: 111."),
    ("ED01", "Year 11 leavers not in education, employment or training", "%",
     None, None, None, 1.7, 2.0, "Green", "Annual Careers Wales destinations survey, published November 2024."),
    ("Well-being Objective 2 \u2013 Supporting people to live independently",),
    ("PAM/025", "People kept in hospital while waiting for social care, per 1,000 population aged 75+", "Rate",
     4.8, 4.1, 3.9, 5.2, 4.0, "Red", "Winter pressures: 61 people delayed on the December census day."),
    ("AS01", "Adult safeguarding enquiries completed within 7 working days", "%",
     88.4, 91.7, 93.0, "n/a", 90.0, None, "Reporting paused while case records move to the new system."),
    ("PAM/015", "Average calendar days to deliver a Disabled Facilities Grant", "Days",
     241, 228, 219, 204, 210, "Green", "Fastest since 2019; 38 grants completed this quarter."),
    ("HS01", "Households successfully prevented from becoming homeless", "%",
     63.5, 58.2, 61.0, None, 65.0, "Amber", "Q3 awaits validation; RAG shown is for the quarter beginning 01/07/2024."),
    ("Well-being Objective 3 \u2013 Caring for our environment",),
    ("PAM/030", "Municipal waste reused, recycled or composted", "%",
     63.8, 66.1, 68.4, 64.9, 70.0, "Amber", "Statutory target rose to 70% from April 2024."),
    ("PAM/010", "Highways inspected of a high or acceptable standard of cleanliness", "%",
     94.3, 95.7, 96.8, 95.1, 95.0, "Green", None),
    ("PAM/035", "Average days to clear fly-tipping incidents", "Days",
     2.9, 2.4, 3.1, 3.6, 3.0, "Red", "Storm Darragh diverted crews for 9 days in December."),
    ("EN04", "Fly-tipping incidents reported", "Number",
     512, 498, 537, 461, "-", None, "Context measure."),
    ("Well-being Objective 4 \u2013 A modern, well-run council",),
    ("CS01", "Calls to the contact centre answered", "%",
     None, None, 82.1, 86.5, 85.0, "Green", "New telephony from July 2024; earlier figures not comparable."),
    ("CS02", "Working days lost per FTE to sickness absence (rolling 12 months)", "Days",
     11.9, 11.6, 11.2, 10.9, 10.5, "Amber", None),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a Welsh county council's quarterly corporate scorecard with quarter-start date headings.

    A Welsh county council's corporate performance scorecard for Quarter 3
    2024/25, kept in Excel by the corporate performance team and appended
    to the Corporate Overview and Scrutiny Committee's report. The figure
    columns sit under a merged 'Quarter beginning' band and are headed by
    real dates, each the first day of its quarter \u2013 01/01/2024,
    01/04/2024, 01/07/2024, 01/10/2024, shown 'dd/mm/yyyy' \u2013 as the
    team's database keys its quarters. A note under the title says each
    column is the quarter beginning on that date and that 01/01/2024 is
    last year's quarter 4, kept for comparison. Ref (PAM and local codes),
    Performance measure, Unit, the four date columns, 'Target 2024/25', a
    filled RAG word, Comment, under shaded well-being objective rows.

    A careful reader takes each date as the quarter it begins: 01/01/2024
    is January\u2013March 2024, Q4 2023/24; 01/04/2024 is Q1 2024/25;
    01/07/2024 is Q2 and 01/10/2024 Q3 2024/25 \u2013 not single months
    and not quarter ends. The target names 2024/25, so it is on the three
    2024/25 quarters only. The RAG goes on the latest figure: homelessness
    prevention has no Q3, so its Amber is Q2's (its comment says so); the
    NEET survey has only its Q3 figure. Safeguarding's Q3 'n/a' is kept and
    unrated; two context measures have a '-' target; the contact-centre
    measure starts at Q2. The Unit column states units; nothing states
    polarity.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Bro Tywi County Council \u2013 Corporate Performance Scorecard 2024/25")
    sheet["A2"] = (
        "Quarter 3 (October to December 2024) \u2013 Corporate Overview and Scrutiny "
        "Committee, 6 March 2025"
    )
    sheet["A3"] = (
        "Each figure column is the quarter beginning on the date shown (e.g. 01/10/2024 = "
        "October to December 2024). 01/01/2024 is quarter 4 of 2023/24, shown for comparison."
    )
    sheet["A4"] = (
        "RAG compares the latest quarter with the 2024/25 target: Green on or better than "
        "target, Amber within 10%, Red more than 10% worse. Where the latest quarter is not "
        "yet available the RAG is for the previous quarter."
    )
    for note in ("A3", "A4"):
        sheet[note].font = Font(italic=True, size=9)
    ncol = 3 + len(STARTS) + 3
    for col in range(1, ncol + 1):
        for r in (BAND_ROW, HEAD_ROW):
            cell = sheet.cell(row=r, column=col)
            cell.fill = HEAD_FILL
            cell.font = Font(bold=True, color="FFFFFFFF")
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            cell.border = GRID
    sheet.cell(row=BAND_ROW, column=4, value="Quarter beginning")
    sheet.merge_cells(start_row=BAND_ROW, start_column=4, end_row=BAND_ROW, end_column=7)
    heads: list[object] = ["Ref", "Performance measure", "Unit", *STARTS, "Target 2024/25",
                           "RAG", "Comment"]  # fmt: skip
    for col, head in enumerate(heads, start=1):
        cell = sheet.cell(row=HEAD_ROW, column=col, value=head)
        if isinstance(head, datetime):
            cell.number_format = "dd/mm/yyyy"
    exp = Expected([])
    row = HEAD_ROW + 1
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, ncol + 1):
                sheet.cell(row=row, column=col).fill = SECTION_FILL
            row += 1
            continue
        ref, name, unit, *values, target, rag, _comment = spec
        put_row(sheet, row, 1, list(spec))
        for col in range(1, ncol + 1):
            sheet.cell(row=row, column=col).border = GRID
        for col in range(3, 10):
            cell = sheet.cell(row=row, column=col)
            cell.alignment = Alignment(horizontal="center")
            if isinstance(cell.value, float):
                cell.number_format = "0.0"
        sheet.cell(row=row, column=10).alignment = Alignment(wrap_text=True, vertical="top")
        if rag:
            fill(sheet, f"I{row}", RAG_FILL[str(rag)])
        goal = num(target)
        given = [k for k, v in enumerate(values) if v is not None]
        for k in given:
            value = values[k]
            exp.observations.append(
                Obs(
                    str(ref),
                    str(name),
                    PERIODS[k],
                    num(value),
                    text_of(value),
                    goal if k >= FIRST_THIS_YEAR else None,
                    RAG[str(rag)] if rag and k == given[-1] else None,
                )
            )
        exp.add_meta(str(ref), str(name), None, UNIT[str(unit)])
        row += 1
    sheet.cell(
        row=row + 1,
        column=1,
        value="PAM = Public Accountability Measure (all Welsh councils). '-' = context measure, "
        "no target. n/a = not available this quarter.",
    ).font = Font(italic=True, size=9)
    widths = {"A": 9, "B": 64, "C": 8, "D": 11, "E": 11, "F": 11, "G": 11, "H": 10, "I": 9,
              "J": 54}  # fmt: skip
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"D{HEAD_ROW + 1}"
    save(book, path)
    return exp
