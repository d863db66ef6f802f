"""A leisure contract monitoring report: this month, same month last year, year to date and last year's, contract target, 'Met' / 'Not met' / 'Exceeded'."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from tests.realistic.kit import (
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

SHEET = "KPIs November 2024"
HEAD_ROW = 8
# The four figure columns: this month, the same month last year, the year to date and the
# same months last year.
PERIODS = ("Nov 2024", "Nov 2023", "Apr 2024\u2013Nov 2024", "Apr 2023\u2013Nov 2023")
MONTH, YTD = 0, 2  # the figures the contract target and compliance are for
HEADINGS = ("KPI", "Performance measure", "This month\nNov 2024",
            "Same month last year\nNov 2023", "Year to date\nApr\u2013Nov 2024",
            "Year to date last year\nApr\u2013Nov 2023", "Contract target", "Compliance",
            "Comments and default points")  # fmt: skip
COL_FIRST, COL_TARGET, COL_STATUS, COL_NOTE = 3, 7, 8, 9
COMPLIANCE: dict[str, Rag] = {"Exceeded": "green", "Met": "green", "Not met": "red"}
DARK_GREEN = "FF00703C"
COMPLIANCE_FILL = {"Exceeded": DARK_GREEN, "Met": GREEN_FILL, "Not met": RED_FILL}
HEAD_FILL = PatternFill(fill_type="solid", start_color="FF00577D", end_color="FF00577D")
SECTION_FILL = PatternFill(fill_type="solid", start_color="FFDAEEF3", end_color="FFDAEEF3")
GREY = PatternFill(fill_type="solid", start_color="FFD9D9D9", end_color="FFD9D9D9")
THIN = Side(style="thin", color="FF9BC2E6")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)

# A 1-tuple is a section row. Otherwise: KPI number, measure, kind, the four figures as typed
# (this month, same month last year, year to date, year to date last year; None: blank),
# contract target as typed ('\u2013' where none), compliance word (None: not assessed), comment.
# kind 'ytd': the target is the year-to-date profile and compliance rates the year to date;
# 'month end': a position at the end of the month, no year-to-date figure (cells greyed), the
# target and compliance are for the month. Percentages in points, as typed.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Usage and participation",),
    ("KPI 1", "Total visits to leisure facilities (all sites)", "ytd",
     (96412, 91870, 742318, 711204), 730000, "Met", None),
    ("KPI 2", "Swimming visits (public swims, lessons and clubs)", "ytd",
     (24118, 25307, 251884, 258112), 265000, "Not met",
     "Learner pool at Riverside closed 9\u201327 September for tile repairs. Second month not "
     "met: 3 default points."),
    ("KPI 3", "Fitness memberships (direct debit, at month end)", "month end",
     (5612, 5104, None, None), 5200, "Exceeded", "Highest since the contract began."),
    ("KPI 4", "Swim school pupils enrolled (at month end)", "month end",
     (2318, 2402, None, None), 2400, "Not met",
     "Waiting list of 160: two teachers short. Second month not met: 3 default points."),
    ("KPI 5", "Visits by Leisure Card (concession) holders", "ytd",
     (8904, 7812, 71260, 63118), 64000, "Exceeded", None),
    ("KPI 6", "Programmed opening hours delivered (%)", "ytd",
     (96.2, 99.8, 98.7, 99.5), 99.0, "Not met",
     "Northgate Sports Hall closed 11\u201315 November after a boiler failure (the September "
     "pool works were an agreed closure). First month not met: no default points."),
    ("Customer",),
    ("KPI 7", "Customer satisfaction \u2013 satisfied or very satisfied (%)", "ytd",
     (None, None, 90.4, 88.7), 90.0, "Met",
     "Quarterly survey (June and September); next survey in December."),
    ("KPI 8", "Complaints per 10,000 visits", "ytd",
     (3.1, 4.2, 2.8, 3.6), 4.0, "Exceeded", None),
    ("Health and wellbeing",),
    ("KPI 9", "Exercise on referral \u2013 referrals received", "ytd",
     (112, 97, 874, 802), "\u2013", None, "Monitoring only."),
    ("KPI 10", "Exercise on referral \u2013 participants completing the 12-week programme (%)",
     "ytd", (58.3, None, 61.5, None), 65.0, "Not met",
     "New KPI from April 2024 (Contract Variation 3); no 2023 comparison. Second month not "
     "met: 3 default points."),
    ("Utilities",),
    ("KPI 11", "Electricity use, all sites (kWh)", "ytd",
     ("TBC", 412600, "TBC", 3104850), 2950000, None,
     "November invoices not yet received; to be reported with December."),
    ("KPI 12", "Gas use, all sites (kWh)", "ytd",
     (286140, 301920, 1642300, 1788410), 1700000, "Met",
     "Pool covers at Riverside from August."),
    ("KPI 13", "Water use, all sites (m\u00b3)", "ytd",
     (4812, 4655, 38906, 37540), 37000, "Not met",
     "Leak at Castle Fields found and repaired in November. First month not met: no default "
     "points."),
    ("Health and safety",),
    ("KPI 14", "Pool water tests within PWTAG standards (%)", "ytd",
     (100.0, 99.2, 100.0, 99.6), 100.0, "Met", None),
    ("KPI 15", "RIDDOR-reportable incidents", "ytd",
     (0, 1, 1, 2), 0, "Not met",
     "One incident in July (slip on poolside, over-7-day injury), reported in time. Health and "
     "safety KPIs carry no default points; reviewed at the quarterly contract meeting."),
)  # fmt: skip

NOTES = (
    "Contract targets are the year-to-date profile of the annual targets in Schedule 5 "
    "(Performance Standards); for KPIs 3 and 4 the target is the level required at month end.",
    "Compliance compares the year to date with the contract target (KPIs 3 and 4: the month-end "
    "figure): Exceeded (dark green) \u2013 more than 5% better than target; Met (green) \u2013 "
    "target met; Not met (red) \u2013 target not met. \u2013 = monitoring only, no target.",
    "Default points (Schedule 7, Payment Mechanism): a KPI not met for two consecutive months "
    "attracts 3 points; 20 points in any rolling 12 months allows the Council to serve a warning "
    "notice. Points this month: 9 (KPIs 2, 4 and 10). Rolling 12-month total: 15.",
)


def build(path: Path) -> Expected:
    """Imitates a council's monthly leisure contract monitoring report to a communities scrutiny committee.

    District and unitary councils that outsource their leisure centres to a
    trust or a leisure contractor monitor the operator every month against
    the KPIs in the contract's performance schedule and take the report to a
    communities scrutiny committee: for each KPI (numbered 'KPI 1'..'KPI 15'
    as in the schedule) 'This month', 'Same month last year', 'Year to date'
    and 'Year to date last year', each heading naming its months on a second
    line ('Nov 2024', 'Nov 2023', 'Apr\u2013Nov 2024', 'Apr\u2013Nov 2023'),
    then 'Contract target', a filled compliance word (Exceeded, Met, Not met)
    and 'Comments and default points', under shaded KPI group rows. Notes
    under the title say the targets are year-to-date profiles (month-end
    levels for memberships and the swim school), what the compliance words
    mean and how default points under the payment mechanism build up.

    A careful reader takes each figure in its column's months: Nov 2024,
    Nov 2023, and the spans April to November of each year. The contract
    target is the year-to-date profile, so it is on this year's year to
    date only, and the compliance word rates that figure (Exceeded and Met
    green, Not met red, as the key's colours say); for the two month-end
    KPIs, with greyed year-to-date cells, both are on November's figure.
    The quarterly survey has only year-to-date figures; the new referral
    KPI has no last-year figures. Electricity's 'TBC' this month and year to
    date are kept, the year-to-date one with its target, and not assessed.
    Referrals received are monitored without a target. Default points are
    penalties, not KPI figures. No unit column (units only in names) and no
    polarity stated.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Leisure Management Contract \u2013 Monthly Contract Monitoring Report")
    sheet["A2"] = (
        "Operator: Wealdmoor Leisure Trust. November 2024 (Month 8 of 2024/25) \u2013 "
        "Communities Scrutiny Committee, 16 January 2025"
    )
    sheet["A2"].font = Font(bold=True, size=12)
    sheet["A3"] = "Sites: Riverside Leisure Centre, Castle Fields Pool, Northgate Sports Hall"
    for j, line in enumerate(NOTES, start=4):
        sheet.cell(row=j, column=1, value=line).font = Font(italic=True, size=9)
    ncol = len(HEADINGS)
    for col, heading in enumerate(HEADINGS, start=1):
        cell = sheet.cell(row=HEAD_ROW, column=col, value=heading)
        cell.fill = HEAD_FILL
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = GRID
    sheet.row_dimensions[HEAD_ROW].height = 45
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
        kpi, name, kind, figures, target, status, note = spec
        assert isinstance(figures, tuple)
        for col in range(1, ncol + 1):
            sheet.cell(row=row, column=col).border = GRID
        sheet.cell(row=row, column=1, value=kpi)
        sheet.cell(row=row, column=2, value=name).alignment = Alignment(wrap_text=True)
        for k, value in enumerate(figures):
            cell = sheet.cell(row=row, column=COL_FIRST + k)
            cell.alignment = Alignment(horizontal="right")
            if value is None:
                if kind == "month end" and k >= YTD:
                    cell.fill = GREY
                continue
            cell.value = value
            if isinstance(value, float):
                cell.number_format = "0.0"
            elif isinstance(value, int):
                cell.number_format = "#,##0"
        cell = sheet.cell(row=row, column=COL_TARGET, value=target)
        cell.alignment = Alignment(horizontal="right")
        if isinstance(target, int | float):
            cell.number_format = "0.0" if isinstance(target, float) else "#,##0"
        if status:
            cell = sheet.cell(row=row, column=COL_STATUS, value=status)
            cell.alignment = Alignment(horizontal="center")
            fill(sheet, cell.coordinate, COMPLIANCE_FILL[str(status)])
            if status == "Exceeded":
                cell.font = Font(bold=True, color="FFFFFFFF")
        if note:
            sheet.cell(row=row, column=COL_NOTE, value=note).alignment = Alignment(
                wrap_text=True, vertical="top"
            )
        rated = MONTH if kind == "month end" else YTD
        goal = num(target)
        for k, value in enumerate(figures):
            if value is None:
                continue
            exp.observations.append(
                Obs(
                    str(kpi),
                    str(name),
                    PERIODS[k],
                    num(value),
                    text_of(value),
                    goal if k == rated else None,
                    COMPLIANCE[str(status)] if status and k == rated else None,
                )
            )
        row += 1
    sheet.cell(
        row=row + 1,
        column=1,
        value="Source: operator's monthly KPI return (leisure management system, utility "
        "invoices, PWTAG test log), checked by the Council's Leisure Client Officer.",
    ).font = Font(italic=True, size=9)
    widths = {"A": 8, "B": 52, "C": 12, "D": 14, "E": 13, "F": 14, "G": 12, "H": 12, "I": 56}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"C{HEAD_ROW + 1}"
    save(book, path)
    return exp
