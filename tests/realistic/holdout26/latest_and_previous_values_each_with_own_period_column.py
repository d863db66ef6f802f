"""A combined authority's strategic outcomes framework: each indicator's latest and previous value with its own period.

Combined authorities (and counties and unitaries with a long-term strategy) track outcome
indicators drawn from ONS, DfE, DfT, DESNZ, OHID and their own programmes, each published on its
own timetable. The policy and performance team's monitoring report gives every indicator one row:
'Previous value' and 'Previous period', 'Latest value' and 'Latest period' (typed as each release
words it), 'Change', 'Direction', 'Target' and a filled 'Status', for the overview and scrutiny
committee.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.worksheet import Worksheet

from tests.realistic.kit import (
    AMBER_FILL,
    GREEN_FILL,
    RED_FILL,
    Expected,
    Obs,
    Rag,
    new_book,
    num,
    save,
    text_of,
    title,
)

SHEET = "Outcomes Framework"
HEAD_ROW = 7
FIRST = HEAD_ROW + 1
HEADINGS = (
    "Ref",
    "Outcome indicator",
    "Unit",
    "Previous value",
    "Previous period",
    "Latest value",
    "Latest period",
    "Change",
    "Direction",
    "Target",
    "Status",
    "Source",
    "Notes",
)
NCOL = len(HEADINGS)
STATUS: dict[str, Rag] = {"On track": "green", "At risk": "amber", "Off track": "red"}
STATUS_FILL = {
    "On track": GREEN_FILL,
    "At risk": AMBER_FILL,
    "Off track": RED_FILL,
    "Context": "FFD9D9D9",
}
UNIT = {
    "%": "%",
    "\u00a3": "\u00a3",
    "Number": "number",
    "Rate per 1,000": "rate",
    "Rate per 100,000": "rate",
}
HEAD_FILL = PatternFill(fill_type="solid", start_color="FF3B1F5C", end_color="FF3B1F5C")
SECTION_FILL = PatternFill(fill_type="solid", start_color="FFE6DDF0", end_color="FFE6DDF0")
THIN = Side(style="thin", color="FFA6A6A6")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def _month(year: int, month: int) -> datetime:
    """A month typed as 'Sep 2024' that Excel turned into the first of the month."""
    return datetime(year, month, 1)


# How each period cell is read: the text as typed (or the number, or the date Excel made of it)
# and the period the app labels it.
LABEL: dict[object, str] = {
    "12 months to Jun 2023": "Jul 2022\u2013Jun 2023",
    "12 months to Jun 2024": "Jul 2023\u2013Jun 2024",
    _month(2024, 8): "Aug 2024",
    _month(2024, 9): "Sep 2024",
    "Aug 2024": "Aug 2024",
    "Sep 2024": "Sep 2024",
    "Jul 2024": "Jul 2024",
    "Oct 2024": "Oct 2024",
    2021: "2021",
    2022: "2022",
    2023: "2023",
    2024: "2024",
    "2022": "2022",
    "2023": "2023",
    "Q1 2024/25": "Q1 2024/25",
    "Q2 2024/25": "Q2 2024/25",
    "Apr\u2013Jun 2024": "Q1 2024/25",
    "Jul\u2013Sep 2024": "Q2 2024/25",
    "2022/23": "2022/23",
    "2023/24": "2023/24",
    "Academic year 2022/23": "2022/23 (AY)",
    "Academic year 2023/24": "2023/24 (AY)",
    "2018 to 2020": "2018\u20132020",
    "2020 to 2022": "2020\u20132022",
}

# A 1-tuple is an outcome row. Otherwise: ref, indicator, unit, previous value and its period,
# latest value and its period (None: blank), change (None: blank), direction, target ('-' where
# none), status, source, notes. Percentages in points.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Outcome 1: A thriving, inclusive economy",),
    ("EC1", "Employment rate, residents aged 16\u201364", "%",
     73.1, "12 months to Jun 2023", 73.8, "12 months to Jun 2024", 0.7, "\u25b2 Improving",
     75.0, "At risk", "ONS Annual Population Survey", None),
    ("EC2", "Claimant count as a share of residents aged 16\u201364", "%",
     4.3, _month(2024, 8), 4.4, _month(2024, 9), 0.1, "\u25bc Worsening",
     "-", "Context", "ONS / DWP claimant count", "Monthly; not seasonally adjusted."),
    ("EC3", "Output (GVA) per hour worked", "\u00a3",
     36.10, 2021, 37.25, 2022, 1.15, "\u25b2 Improving",
     38.50, "At risk", "ONS subregional productivity", "Current prices."),
    ("EC4", "Median gross weekly pay, full-time employees living in the area", "\u00a3",
     642.30, 2023, 681.90, 2024, 39.60, "\u25b2 Improving",
     "-", "Context", "ONS ASHE (resident analysis)", "Provisional 2024 estimate."),
    ("EC5", "Businesses given intensive support by the Growth Hub", "Number",
     312, "Q1 2024/25", 354, "Q2 2024/25", 42, "\u25b2 Improving",
     300, "On track", "Combined Authority Growth Hub CRM", "Target is per quarter."),
    ("Outcome 2: Skills for life and work",),
    ("SK1", "Pupils achieving grade 4 or above in English and maths at GCSE", "%",
     63.9, "Academic year 2022/23", 64.4, "Academic year 2023/24", 0.5, "\u25b2 Improving",
     66.0, "At risk", "DfE key stage 4 performance", None),
    ("SK2", "Residents aged 16\u201364 qualified to Level 3 or above", "%",
     55.8, "2022", 57.1, "2023", 1.3, "\u25b2 Improving",
     60.0, "At risk", "ONS Annual Population Survey (Jan\u2013Dec)", None),
    ("SK3", "Adult Skills Fund learners", "Number",
     17950, "Academic year 2022/23", 18640, "Academic year 2023/24", 690, "\u25b2 Improving",
     18000, "On track", "DfE further education and skills data", None),
    ("SK4", "16 and 17 year olds not in education, employment or training, or activity not "
     "known", "%",
     5.2, 2023, "TBC", 2024, None, "\u2013",
     5.0, "Not rated", "DfE NEET and participation (Dec\u2013Feb average)",
     "2024 figures for the area are delayed: two councils' returns are being re-validated."),
    ("Outcome 3: Connected places",),
    ("TR1", "Bus passenger journeys (millions)", "Millions",
     21.4, "Apr\u2013Jun 2024", 22.9, "Jul\u2013Sep 2024", 1.5, "\u25b2 Improving",
     22.0, "On track", "Operator returns", "\u00a32 fare cap in place throughout."),
    ("TR2", "Bus services running on time", "%",
     78.5, "Aug 2024", 80.1, "Sep 2024", 1.6, "\u25b2 Improving",
     85.0, "At risk", "Bus open data (AVL)", None),
    ("TR3", "People killed or seriously injured on the roads", "Number",
     612, 2022, 587, 2023, -25, "\u25b2 Improving",
     550, "At risk", "DfT STATS19", "Calendar years."),
    ("TR4", "Public electric vehicle charging devices per 100,000 population",
     "Rate per 100,000",
     48.2, "Jul 2024", 55.6, "Oct 2024", 7.4, "\u25b2 Improving",
     60.0, "At risk", "DfT EV charging device statistics", "Devices at the start of the month."),
    ("Outcome 4: Homes and neighbourhoods",),
    ("HO1", "Net additional dwellings", "Number",
     7812, "2022/23", 8305, "2023/24", 493, "\u25b2 Improving",
     9000, "At risk", "MHCLG housing supply", None),
    ("HO2", "Affordable homes completed with Combined Authority funding", "Number",
     1134, "2022/23", 1246, "2023/24", 112, "\u25b2 Improving",
     1500, "Off track", "Combined Authority housing programme", None),
    ("HO3", "Households in temporary accommodation per 1,000 households", "Rate per 1,000",
     2.9, "Q1 2024/25", 3.1, "Q2 2024/25", 0.2, "\u25bc Worsening",
     "-", "Context", "MHCLG statutory homelessness", None),
    ("Outcome 5: Net zero",),
    ("NZ1", "Territorial carbon dioxide emissions per resident (tonnes)", "Tonnes",
     4.8, 2021, 4.5, 2022, -0.3, "\u25b2 Improving",
     4.0, "Off track", "DESNZ local authority emissions", None),
    ("NZ2", "Homes with an energy performance certificate of band C or above", "%",
     None, None, 46.3, "2023/24", None, "New",
     50.0, "At risk", "DLUHC / MHCLG EPC register",
     "New indicator this year; no earlier comparable figure."),
    ("NZ3", "Household waste reused, recycled or composted", "%",
     45.1, "2022/23", 44.2, "2023/24", -0.9, "\u25bc Worsening",
     50.0, "Off track", "Defra WasteDataFlow", None),
    ("Outcome 6: Healthy lives",),
    ("HW1", "Healthy life expectancy at birth \u2013 females (years)", "Years",
     61.0, "2018 to 2020", 59.4, "2020 to 2022", -1.6, "\u25bc Worsening",
     "-", "Context", "ONS", "Three-year pooled estimates."),
    ("HW2", "Year 6 children living with obesity", "%",
     23.4, "Academic year 2022/23", 22.9, "Academic year 2023/24", -0.5, "\u25b2 Improving",
     21.0, "At risk", "OHID National Child Measurement Programme", None),
    ("HW3", "Under-75 mortality from causes considered preventable", "Rate per 100,000",
     188.4, 2022, 182.1, "2023", -6.3, "\u25b2 Improving",
     "-", "Context", "OHID Public Health Outcomes Framework", "Directly standardised rate."),
    ("HW4", "Working-age residents economically inactive because of long-term sickness", "%",
     6.9, "12 months to Jun 2023", 7.4, "12 months to Jun 2024", 0.5, "\u25bc Worsening",
     "-", "Context", "ONS Annual Population Survey", None),
)  # fmt: skip

NOTES = (
    "Each indicator is updated when its source publishes, so the period each value covers is "
    "shown beside it. 'Previous' is the figure reported before the latest one.",
    "Change = latest minus previous (percentage points for %). Direction: whether the change "
    "is an improvement (\u25b2) or a worsening (\u25bc).",
    "Status of the latest value against the target: On track (green), At risk (amber, within "
    "10%), Off track (red). Context: monitored, no target. Not rated: latest figure awaited.",
)


def build(path: Path) -> Expected:
    """Imitates a combined authority's outcomes framework monitoring report to scrutiny.

    'North Vale Combined Authority \u2013 Strategic Outcomes Framework', the
    quarterly monitoring report of January 2025 to the Overview and
    Scrutiny Committee: Ref, Outcome indicator, Unit, 'Previous value',
    'Previous period', 'Latest value', 'Latest period', 'Change',
    'Direction' (\u25b2 Improving / \u25bc Worsening), 'Target', a filled
    'Status' (On track / At risk / Off track / Context / Not rated),
    Source and Notes, under six shaded outcome rows. Each period cell is
    typed as its release words it: '12 months to Jun 2024', 'Sep 2024'
    (two of them converted by Excel into dates shown 'mmm yyyy'), bare
    years (some typed as numbers), 'Q2 2024/25', 'Jul\u2013Sep 2024',
    '2023/24', 'Academic year 2023/24', '2020 to 2022'.

    A careful reader takes two observations per row, each in its own
    period: '12 months to Jun 2024' is July 2023 to June 2024,
    'Jul\u2013Sep 2024' the council's Q2 2024/25 and 'Apr\u2013Jun 2024' Q1, a
    bare year the calendar year, '2023/24' the financial year, an
    academic year labelled as one, '2020 to 2022' the three-year span.
    The one Target column is the indicator's target, on both values; the
    Status rates the latest value. Change and Direction describe the
    movement and are not figures. The NEET row's latest value is 'TBC'
    for 2024, kept as text and not rated; the EPC indicator is new, with
    no previous value or period; context indicators have a '-' target and
    no rating. The Unit column states units ('Millions', 'Tonnes' and
    'Years' as written); nothing states polarity.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "North Vale Combined Authority \u2013 Strategic Outcomes Framework")
    sheet["A2"] = (
        "Quarterly monitoring report: latest data available at 6 January 2025 \u2013 Overview "
        "and Scrutiny Committee, 22 January 2025"
    )
    sheet["A2"].font = Font(bold=True)
    for j, line in enumerate(NOTES, start=3):
        sheet.cell(row=j, column=1, value=line).font = Font(italic=True, size=9)
    for col, heading in enumerate(HEADINGS, start=1):
        cell = sheet.cell(row=HEAD_ROW, column=col, value=heading)
        cell.fill = HEAD_FILL
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = GRID
    exp = Expected([])
    row = FIRST
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, NCOL + 1):
                sheet.cell(row=row, column=col).fill = SECTION_FILL
            row += 1
            continue
        (ref, name, unit, previous, previous_period, latest, latest_period, change, direction,
         target, status, source, notes) = spec  # fmt: skip
        for col in range(1, NCOL + 1):
            sheet.cell(row=row, column=col).border = GRID
        values = (ref, name, unit, previous, previous_period, latest, latest_period, change,
                  direction, target, status, source, notes)  # fmt: skip
        for col, value in enumerate(values, start=1):
            if value is None:
                continue
            cell = sheet.cell(row=row, column=col, value=value)
            if col in (2, 12, 13):
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            elif col > 3:
                cell.alignment = Alignment(horizontal="center")
        _formats(sheet, row, unit, (previous, latest, target))
        if isinstance(previous_period, datetime):
            sheet.cell(row=row, column=5).number_format = "mmm yyyy"
        if isinstance(latest_period, datetime):
            sheet.cell(row=row, column=7).number_format = "mmm yyyy"
        if isinstance(change, int | float):
            sheet.cell(row=row, column=8).number_format = (
                "+#,##0;-#,##0;0" if isinstance(change, int) else "+0.0#;-0.0#;0.0"
            )
        if str(status) in STATUS_FILL:
            colour = STATUS_FILL[str(status)]
            sheet.cell(row=row, column=11).fill = PatternFill(
                fill_type="solid", start_color=colour, end_color=colour
            )
        goal = num(target)
        if previous is not None:
            exp.observations.append(
                Obs(
                    str(ref),
                    str(name),
                    LABEL[previous_period],
                    num(previous),
                    text_of(previous),
                    goal,
                )
            )
        exp.observations.append(
            Obs(
                str(ref),
                str(name),
                LABEL[latest_period],
                num(latest),
                text_of(latest),
                goal,
                STATUS.get(str(status)),
            )
        )
        exp.add_meta(str(ref), str(name), None, UNIT.get(str(unit)))
        row += 1
    sheet.cell(
        row=row + 1,
        column=1,
        value="Figures are for the Combined Authority area (the six constituent councils) "
        "unless stated. Next refresh: April 2025.",
    ).font = Font(size=8)
    widths = {"A": 6, "B": 50, "C": 10, "D": 10, "E": 17, "F": 10, "G": 17, "H": 9, "I": 13,
              "J": 9, "K": 11, "L": 28, "M": 40}  # fmt: skip
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"C{FIRST}"
    sheet.auto_filter.ref = f"A{HEAD_ROW}:M{row - 1}"
    save(book, path)
    return exp


def _formats(sheet: Worksheet, row: int, unit: object, figures: tuple[object, ...]) -> None:
    """Number formats the team uses: money to the penny, counts with thousands, else one decimal."""
    fmt = "#,##0.00" if unit == "\u00a3" else "#,##0" if unit == "Number" else "0.0"
    for col, value in zip((4, 6, 10), figures, strict=True):
        if isinstance(value, int | float):
            sheet.cell(row=row, column=col).number_format = fmt
