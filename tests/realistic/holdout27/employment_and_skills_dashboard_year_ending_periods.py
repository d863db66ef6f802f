"""Official statistics each on its own period ('year ending Jun 2024', 'Oct 2024', '2023/24 academic year', 2023, 'April 2024 (p)'), the local figure beside region, England and Great Britain, then the previous figure with its period and a direction word."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from tests.realistic.kit import Expected, Obs, new_book, save, title

SHEET = "Dashboard"
BAND_ROW = 9
HEAD_ROW = 10
FIRST = HEAD_ROW + 1
HEADINGS = ("Ref", "Indicator", "Source", "Period", "Combined authority", "North West",
            "England", "Great Britain", "Period", "Combined authority",
            "Direction of change", "Notes")  # fmt: skip
NCOL = len(HEADINGS)
COL_PERIOD, COL_LOCAL, COL_PREV_PERIOD, COL_PREV, COL_DIRECTION, COL_NOTE = 4, 5, 9, 10, 11, 12
# Each period cell as the source writes it, and the period it is (CONTRACT.md's label).
PERIOD: dict[object, str] = {
    "year ending Jun 2024": "Jul 2023\u2013Jun 2024",
    "year ending Mar 2024": "2023/24",  # April 2023 to March 2024
    "Oct 2024": "Oct 2024",
    "Sep 2024": "Sep 2024",
    "Sep 2024 (p)": "Sep 2024",
    "Aug 2024 (r)": "Aug 2024",
    "Dec 2023\u2013Feb 2024 average": "Dec 2023\u2013Feb 2024",
    "Dec 2022\u2013Feb 2023 average": "Dec 2022\u2013Feb 2023",
    "Jan\u2013Dec 2023": "2023",
    "Jan\u2013Dec 2022": "2022",
    "2023/24 academic year": "2023/24 (AY)",
    "2022/23 academic year": "2022/23 (AY)",
    "2023/24 financial year": "2023/24",
    2023: "2023",
    2022: "2022",
    2021: "2021",
    "April 2024 (p)": "Apr 2024",
    "April 2023 (r)": "Apr 2023",
    "April 2024": "Apr 2024",
    "April 2023": "Apr 2023",
}
DIRECTION_FONT = {"\u25b2 Better": "FF00803C", "\u25bc Worse": "FFC00000"}
HEAD_FILL = PatternFill(fill_type="solid", start_color="FF0B3C5D", end_color="FF0B3C5D")
BAND_FILL = PatternFill(fill_type="solid", start_color="FF328CC1", end_color="FF328CC1")
SECTION_FILL = PatternFill(fill_type="solid", start_color="FFD9E7F2", end_color="FFD9E7F2")
THIN = Side(style="thin", color="FFA6A6A6")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
APS = "ONS Annual Population Survey"
CC = "ONS Claimant Count"
BD = "ONS Business Demography"
ASHE = "ONS Annual Survey of Hours and Earnings"
YE_JUN, YE_MAR = "year ending Jun 2024", "year ending Mar 2024"

# A 1-tuple is a section row. Otherwise: ref, indicator, source, latest period as typed, the
# combined authority's figure, North West, England, Great Britain ('\u2013' not published for
# that area; None blank), previous period and figure (None: none), direction word, note.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Labour market",),
    ("ES01", "Employment rate, aged 16\u201364 (%)", APS, YE_JUN,
     71.4, 73.5, None, 75.6, YE_MAR, 70.6, "\u25b2 Better", None),
    ("ES02", "Economic inactivity rate, aged 16\u201364 (%)", APS, YE_JUN,
     24.9, 22.8, None, 21.9, YE_MAR, 25.6, "\u25b2 Better", None),
    ("ES03", "Economically inactive because of long-term sickness (% of the inactive, aged "
     "16\u201364)", APS, YE_JUN,
     31.2, 29.0, None, 27.9, YE_MAR, 30.1, "\u25bc Worse",
     "About 58,000 residents; the Pathways to Work pilot starts in April 2025."),
    ("ES04", "Unemployment rate, aged 16+ (%)", APS, YE_JUN,
     4.6, 4.0, None, 3.9, YE_MAR, 4.9, "\u25ba Little change",
     "The fall is within the survey's 95% confidence interval (\u00b10.8 points)."),
    ("ES05", "Employment rate of disabled people (Equality Act core disabled), aged 16\u201364 "
     "(%)", APS, YE_JUN,
     51.8, 53.9, None, 54.0, YE_MAR, 52.6, "\u25ba Little change", None),
    ("ES06", "Claimant count, aged 16+", CC, "Oct 2024",
     38415, 229635, None, 1773465, "Sep 2024", 38920, "\u25b2 Better",
     "Includes Universal Credit claimants who are required to look for work."),
    ("ES07", "Claimants as % of residents aged 16\u201364", CC, "Oct 2024",
     4.6, 4.9, None, 4.2, "Sep 2024", 4.7, "\u25ba Little change", None),
    ("ES08", "Claimants aged 18\u201324 as % of residents aged 18\u201324", CC, "Oct 2024",
     6.3, 6.1, None, 5.3, "Sep 2024", 5.7, "\u25bc Worse", None),
    ("ES09", "Universal Credit claimants in employment", "DWP Stat-Xplore", "Sep 2024 (p)",
     52340, "\u2013", None, "\u2013", "Aug 2024 (r)", 51980, "\u2013",
     "Context measure: neither direction is better."),
    ("ES10", "16\u201317 year olds not in education, employment or training or whose activity "
     "is not known (%)", "DfE NEET and participation", "Dec 2023\u2013Feb 2024 average",
     6.1, 5.6, 5.4, None, "Dec 2022\u2013Feb 2023 average", 5.5, "\u25bc Worse", None),
    ("Skills",),
    ("ES11", "Residents aged 16\u201364 qualified to RQF level 3 or above (%)", APS,
     "Jan\u2013Dec 2023", 57.9, 59.8, None, 61.7, "Jan\u2013Dec 2022", 56.8, "\u25b2 Better",
     "Qualifications are published for calendar years only."),
    ("ES12", "Residents aged 16\u201364 with no qualifications (%)", APS, "Jan\u2013Dec 2023",
     8.4, 7.1, None, 6.6, "Jan\u2013Dec 2022", 9.1, "\u25b2 Better", None),
    ("ES13", "Apprenticeship starts, all ages", "DfE Apprenticeships", "2023/24 academic year",
     11240, 45370, 339580, None, "2022/23 academic year", 11870, "\u25bc Worse",
     "Provisional full-year figures published 28 November 2024."),
    ("ES14", "Adult Skills Fund learners funded by the combined authority",
     "DfE Individualised Learner Record", "2023/24 academic year",
     24615, "\u2013", "\u2013", None, "2022/23 academic year", 22930, "\u25b2 Better",
     "2022/23 was the first year of the devolved adult education budget."),
    ("ES15", "Skills Bootcamp starts", "Combined authority contract monitoring",
     "2023/24 financial year", 1386, "\u2013", "\u2013", None, None, None, "New measure",
     "The combined authority took over Skills Bootcamps from the Department for Education "
     "in April 2023; no earlier figure."),
    ("Business and jobs",),
    ("ES16", "Business births (enterprises)", BD, 2023,
     6085, 36470, 274610, None, 2022, 6310, "\u25bc Worse", None),
    ("ES17", "Business birth rate (% of active enterprises)", BD, 2023,
     10.8, 11.4, 11.0, None, 2022, 11.5, "\u25bc Worse", None),
    ("ES18", "Business death rate (% of active enterprises)", BD, 2023,
     11.9, 12.3, 11.6, None, 2022, 10.7, "\u25bc Worse", None),
    ("ES19", "Employee jobs", "ONS Business Register and Employment Survey", 2023,
     486000, 3260000, 26980000, None, 2022, 479000, "\u25b2 Better",
     "Rounded to the nearest 1,000 by ONS."),
    ("Earnings and productivity",),
    ("ES20", "Median gross weekly pay, full-time employees living in the area (\u00a3)", ASHE,
     "April 2024 (p)", 672.4, 700.7, None, 729.8, "April 2023 (r)", 641.9, "\u25b2 Better",
     None),
    ("ES21", "Median gross weekly pay, full-time employees working in the area (\u00a3)", ASHE,
     "April 2024 (p)", 659.8, 699.9, None, 728.3, "April 2023 (r)", 633.2, "\u25b2 Better",
     None),
    ("ES22", "Employee jobs paid below the real Living Wage (%)",
     "Living Wage Foundation analysis of ASHE", "April 2024",
     "TBC", "TBC", None, None, "April 2023", 15.2, "\u2013",
     "Local figures for April 2024 are due from the Living Wage Foundation in January 2025."),
    ("ES23", "Gross value added per hour worked (\u00a3)", "ONS Subregional productivity", 2022,
     35.9, 37.6, 41.2, None, 2021, 34.2, "\u25b2 Better", None),
)  # fmt: skip

NOTES = (
    "Each statistic is shown for the latest period published, written as its source writes it: "
    "Annual Population Survey figures are rolling years (year ending Jun 2024 = July 2023 to "
    "June 2024); the claimant count is a single month; apprenticeships and adult skills are "
    "academic years; business demography, jobs, qualifications and productivity are calendar "
    "years; earnings are for April of the year.",
    "Previous = the figure published before the latest, for the period shown beside it (for the "
    "Annual Population Survey, the year ending March 2024).",
    "Direction of change compares the latest figure with the previous one: \u25b2 better, "
    "\u25bc worse, \u25ba little change (within the survey's confidence interval or under 0.5 "
    "points); \u2013 not applicable. p = provisional; r = revised; \u2013 = not published for "
    "that area; TBC = to be confirmed.",
    "There are no targets: the dashboard tracks the Economic Strategy's outcomes against the "
    "region and the country.",
)


def build(path: Path) -> Expected:
    """Imitates a combined authority's economy, employment and skills dashboard to economy scrutiny.

    Mayoral combined authorities (and county councils with an economic
    strategy) take an economy dashboard to their economy or skills
    overview and scrutiny committee each quarter. The research and
    intelligence team copies the latest official statistics from Nomis,
    DWP Stat-Xplore and DfE's Explore Education Statistics into one table,
    each indicator on the period its source publishes: the Annual
    Population Survey's rolling years ('year ending Jun 2024'), the
    claimant count's month ('Oct 2024'), DfE's academic years ('2023/24
    academic year') and NEET's December-to-February average, calendar
    years for business demography, BRES, qualifications ('Jan\u2013Dec
    2023') and productivity (typed as the number 2023), and ASHE's April
    ('April 2024 (p)'). Ref, Indicator, Source, then under a band 'Latest
    figure' the Period, the combined authority's figure and the North
    West, England and Great Britain figures (whichever the source
    publishes; '\u2013' where it does not), under a band 'Previous figure'
    its Period and the combined authority's figure, then 'Direction of
    change' as a coloured word (\u25b2 Better / \u25bc Worse / \u25ba
    Little change) and Notes, under shaded theme rows. Notes above say
    how each source's periods are written and that there are no targets.

    A careful reader takes two observations per indicator, the latest and
    the previous figure, each on its own period cell: 'year ending Jun
    2024' is July 2023 to June 2024 (Jul 2023\u2013Jun 2024) and 'year ending
    Mar 2024' April 2023 to March 2024, which is the span 2023/24; the
    claimant months as months; the NEET average as December to February;
    'Jan\u2013Dec 2023' and 2023 as the calendar year; the academic years as
    academic years; 'April 2024 (p)' as April 2024 (the p and r markers are
    not part of the period); '2023/24 financial year' as 2023/24. The
    region, England and Great Britain figures are comparators, not the
    area's figures; the direction word compares the two figures and is not
    a rating, and there are no targets. The Living Wage measure's 'TBC'
    for April 2024 is kept as written; Skills Bootcamps are new with no
    previous figure. Percentages are typed in points; nothing states a unit
    or polarity beyond the names.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Economy, Employment and Skills Dashboard")
    sheet["A2"] = (
        "West Pennine Combined Authority \u2013 Economy, Skills and Transport Overview and "
        "Scrutiny Committee, 12 December 2024"
    )
    sheet["A3"] = "Latest official statistics published by 30 November 2024"
    sheet["A3"].font = Font(italic=True)
    for j, line in enumerate(NOTES, start=4):
        sheet.cell(row=j, column=1, value=line).font = Font(italic=True, size=9)
    for r in (BAND_ROW, HEAD_ROW):
        for col in range(1, NCOL + 1):
            cell = sheet.cell(row=r, column=col)
            cell.fill = HEAD_FILL
            cell.font = Font(bold=True, color="FFFFFFFF")
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            cell.border = GRID
    for first, last, band in ((COL_PERIOD, 8, "Latest figure"), (COL_PREV_PERIOD, COL_PREV,
                              "Previous figure")):  # fmt: skip
        sheet.cell(row=BAND_ROW, column=first, value=band)
        for col in range(first, last + 1):
            sheet.cell(row=BAND_ROW, column=col).fill = BAND_FILL
        sheet.merge_cells(start_row=BAND_ROW, start_column=first, end_row=BAND_ROW, end_column=last)
    for col, heading in enumerate(HEADINGS, start=1):
        if COL_PERIOD <= col <= COL_PREV:
            sheet.cell(row=HEAD_ROW, column=col, value=heading)
        else:
            sheet.cell(row=BAND_ROW, column=col, value=heading)
            sheet.merge_cells(
                start_row=BAND_ROW, start_column=col, end_row=HEAD_ROW, end_column=col
            )
    exp = Expected([])
    row = FIRST
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, NCOL + 1):
                sheet.cell(row=row, column=col).fill = SECTION_FILL
            row += 1
            continue
        ref, name, source, period, local, region, england, gb, before, previous, way, note = spec
        for col in range(1, NCOL + 1):
            sheet.cell(row=row, column=col).border = GRID
        sheet.cell(row=row, column=1, value=ref)
        sheet.cell(row=row, column=2, value=name).alignment = Alignment(wrap_text=True)
        sheet.cell(row=row, column=3, value=source).alignment = Alignment(wrap_text=True)
        money = "\u00a3" in str(name)
        for col, value in ((COL_PERIOD, period), (COL_LOCAL, local), (6, region), (7, england),
                           (8, gb), (COL_PREV_PERIOD, before), (COL_PREV, previous)):  # fmt: skip
            if value is None:
                continue
            cell = sheet.cell(row=row, column=col, value=value)
            cell.alignment = Alignment(horizontal="center" if col in (4, 9) else "right")
            if isinstance(value, float):
                cell.number_format = "\u00a3#,##0.00" if money else "0.0"
            elif isinstance(value, int) and col not in (COL_PERIOD, COL_PREV_PERIOD):
                cell.number_format = "#,##0"
        cell = sheet.cell(row=row, column=COL_DIRECTION, value=way)
        cell.alignment = Alignment(horizontal="center")
        cell.font = Font(bold=True, color=DIRECTION_FONT.get(str(way), "FF595959"))
        if note:
            cell = sheet.cell(row=row, column=COL_NOTE, value=note)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        for when, value in ((period, local), (before, previous)):
            if value is None:
                continue
            figure = float(value) if isinstance(value, int | float) else None
            text = None if figure is not None else str(value)
            exp.observations.append(Obs(str(ref), str(name), PERIOD[when], figure, text))
        row += 1
    sheet.cell(
        row=row + 1,
        column=1,
        value="Sources: ONS via Nomis (Annual Population Survey, Claimant Count, Business Register "
        "and Employment Survey, Annual Survey of Hours and Earnings); ONS Business Demography and "
        "Subregional Productivity; DWP Stat-Xplore; DfE Explore Education Statistics; Living Wage "
        "Foundation. Research and Intelligence Team.",
    ).font = Font(italic=True, size=9)
    widths = {"A": 6, "B": 50, "C": 24, "D": 16, "E": 12, "F": 11, "G": 11, "H": 11, "I": 16,
              "J": 12, "K": 14, "L": 50}  # fmt: skip
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"C{FIRST}"
    save(book, path)
    return exp
