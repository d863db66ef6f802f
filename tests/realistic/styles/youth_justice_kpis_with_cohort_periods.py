"""A youth justice service's board report: national indicators each with its own period or cohort, then the YJB KPIs by quarter, beside family, regional and England figures."""

from __future__ import annotations

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
    fill,
    new_book,
    save,
    title,
)

SHEET = "YJS performance Q2"
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
RAG_FILL = {"Green": GREEN_FILL, "Amber": AMBER_FILL, "Red": RED_FILL}
HEAD_FILL = PatternFill(fill_type="solid", start_color="FF3F3151", end_color="FF3F3151")
TABLE_FILL = PatternFill(fill_type="solid", start_color="FFE4DFEC", end_color="FFE4DFEC")
COMPARE_FILL = PatternFill(fill_type="solid", start_color="FFF2F2F2", end_color="FFF2F2F2")
THIN = Side(style="thin", color="FFA6A6A6")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
DASH = "\u2013"

# Table 1: the national indicators, each on its own period. Period as typed -> the period's
# label and the same period a year earlier, as a reader labels them: a twelve-month span
# April to March is a financial year, January to December a calendar year.
PERIOD_OF = {
    "Jan 23 \u2013 Dec 23": ("2023", "2022"),
    "Apr 2022 \u2013 Mar 2023 cohort": ("2022/23", "2021/22"),
    "Jul 23 \u2013 Jun 24": ("Jul 2023\u2013Jun 2024", "Jul 2022\u2013Jun 2023"),
    "2023/24": ("2023/24", "2022/23"),
}
NATIONAL_HEADINGS = ("Ref", "Indicator", "Period", "Marshford YJS", "Same period last year",
                     "YOT family", "South West", "England", "Direction of travel", "RAG",
                     "Comment")  # fmt: skip
# ref, indicator, period as typed, local, same period last year, YOT family, South West,
# England ('\u2013' where not published), direction of travel, RAG word (None: not rated), comment
NATIONAL: tuple[tuple[object, ...], ...] = (
    ("FTE1", "First time entrants to the youth justice system (rate per 100,000 10\u201317 "
     "year olds)", "Jan 23 \u2013 Dec 23", 168, 192, 151, 139, 148, "\u2193 Improving", "Red",
     "34 children; the rate is still above the family average. Turnaround and the prevention "
     "offer are being widened to 14 schools."),
    ("FTE2", "First time entrants (number of children)", "Jan 23 \u2013 Dec 23",
     34, 39, DASH, DASH, DASH, "\u2193 Improving", None, None),
    ("REO1", "Reoffending \u2013 binary rate (% of the cohort who reoffended)",
     "Apr 2022 \u2013 Mar 2023 cohort", 34.1, 31.6, 32.4, 30.9, 32.7, "\u2191 Worsening",
     "Amber",
     "44 of the 129 children in the cohort reoffended within 12 months. The cohort were "
     "cautioned, convicted or released from custody between April 2022 and March 2023."),
    ("REO2", "Reoffending \u2013 frequency rate (reoffences per reoffender)",
     "Apr 2022 \u2013 Mar 2023 cohort", 4.12, 3.68, 3.87, 3.61, 3.95, "\u2191 Worsening",
     "Amber", "Six children committed 58% of the reoffences."),
    ("REO3", "Reoffending \u2013 children in the cohort (number)",
     "Apr 2022 \u2013 Mar 2023 cohort", 129, 117, DASH, DASH, DASH, None, None, None),
    ("REO4", "Reoffending \u2013 children who reoffended (number)",
     "Apr 2022 \u2013 Mar 2023 cohort", 44, 37, DASH, DASH, DASH, None, None, None),
    ("CUS1", "Use of custody (rate per 1,000 10\u201317 year olds)", "Jul 23 \u2013 Jun 24",
     0.10, 0.15, 0.11, 0.07, 0.10, "\u2193 Improving", "Green", None),
    ("CUS2", "Custodial sentences (number)", "Jul 23 \u2013 Jun 24",
     2, 3, DASH, DASH, DASH, "\u2193 Improving", None, None),
    ("KPI9", "Serious violence offences committed by children (rate per 10,000 10\u201317 "
     "year olds)", "2023/24", 3.0, 3.4, 3.1, 2.6, 3.3, "\u2193 Improving", "Green",
     "Six offences in 2023/24, four of them possession of a bladed article."),
)  # fmt: skip

QUARTERS = ("Q3 2023/24", "Q4 2023/24", "Q1 2024/25", "Q2 2024/25")
THIS_YEAR = (2, 3)  # the quarters 'Target 2024/25' is for
KPI_HEADINGS = ("Ref", "Indicator", "Q3 2023/24", "Q4 2023/24", "Q1 2024/25", "Q2 2024/25",
                "Target 2024/25", "YOT family (Q1 2024/25)", "England (Q1 2024/25)", "RAG",
                "Comment")  # fmt: skip
# ref, indicator, the four quarters as typed (None: blank), target 2024/25 ('\u2013': none),
# YOT family and England for Q1 2024/25, RAG word (None: not rated), the quarter it rates
# (an index into QUARTERS), comment. Percentages in points, as typed.
KPIS: tuple[tuple[object, ...], ...] = (
    ("KPI1a", "Children in suitable accommodation at the end of a court order (%)",
     (84.2, 87.5, 90.0, 88.9), 90.0, 91.3, 89.6, "Amber", 3,
     "One of nine children ending an order in Q2 was in unsuitable accommodation (sofa surfing)."),
    ("KPI1b", "Children in suitable accommodation at the end of an out-of-court disposal (%)",
     (96.0, 100.0, 95.2, "n/a"), 95.0, 97.8, 97.5, None, None,
     "No out-of-court disposals ended in Q2."),
    ("KPI2a", "School-age children in suitable education at the end of a court order (%)",
     (71.4, 64.3, 70.0, 66.7), 75.0, 72.8, 71.9, "Red", 3,
     "Two of six not in full-time education; both are on part-time timetables awaiting "
     "specialist places."),
    ("KPI2b", "Above school-age children in education, training or employment at the end of a "
     "court order (%)", (48.0, 50.0, 55.6, 52.9), 60.0, 55.1, 54.2, "Red", 3, None),
    ("KPI3", "Children with an identified SEND need who have a formal learning plan (%)",
     (80.0, 81.8, 85.7, 83.3), DASH, 85.0, 83.4, "Amber", 3,
     "No local target: rated against the YOT family average."),
    ("KPI4", "Children with an identified mental health need accessing support (%)",
     (61.5, 66.7, 70.6, None), 75.0, 68.9, 67.5, "Amber", 2,
     "Q2 awaits the data match with CAMHS; the RAG is for Q1."),
    ("KPI5", "Children with an identified substance use need accessing treatment (%)",
     (69.2, 72.7, 71.4, 75.0), 70.0, 72.4, 70.8, "Green", 3, None),
    ("KPI6", "Out-of-court disposal interventions completed successfully (%)",
     (88.0, 91.3, 86.4, 90.5), 85.0, 87.9, 88.3, "Green", 3, None),
    ("KPI7", "Statutory partners' attendance at management board meetings (%)",
     (100.0, 83.3, 100.0, 83.3), 100.0, DASH, DASH, "Red", 3,
     "Probation did not attend the September board; the Chair has written to the head of the "
     "probation delivery unit."),
    ("KPI8", "Children on orders who are also a child in need, on a protection plan or in care "
     "(%)", (38.5, 41.2, 36.8, 40.0), DASH, 39.7, 35.2, None, None, "Context measure."),
    ("KPI10", "Victims offered the chance to take part in restorative justice (%)",
     (90.9, 92.3, 100.0, 94.1), 90.0, 93.0, 92.6, "Green", 3, None),
    ("L01", "Assessments completed within 20 working days of the order (%)",
     (None, None, 78.6, 82.4), 85.0, DASH, DASH, "Amber", 3,
     "Local measure from April 2024."),
    ("L02", "Children supervised by the service at the end of the quarter (number)",
     (96, 88, 91, 102), DASH, DASH, DASH, None, None, "Context measure."),
)  # fmt: skip

KEY = (
    "RAG: national indicators are rated against the YOT family average (Green \u2013 better "
    "than the family; Amber \u2013 worse by up to 10%; Red \u2013 worse by more than 10%). "
    "KPIs are rated on the latest quarter against the 2024/25 target, or against the YOT "
    "family average where there is no target. Counts and context measures are not rated.",
    "Each national indicator is for the period shown: first time entrants and custody are "
    "rolling twelve months from the Police National Computer and YJB returns; reoffending "
    "follows a cohort for 12 months (plus 6 months for cases to go through court), so the "
    "latest cohort is April 2022 to March 2023. 'Same period last year' is the same length "
    "of time a year earlier. Direction of travel compares the two.",
)


def _reading(typed: object) -> tuple[float | None, str | None]:
    if isinstance(typed, int | float):
        return float(typed), None
    return None, str(typed)


def _heading_row(sheet: Worksheet, row: int, headings: tuple[str, ...]) -> None:
    for col, heading in enumerate(headings, start=1):
        cell = sheet.cell(row=row, column=col, value=heading)
        cell.fill = HEAD_FILL
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = GRID


def build(path: Path) -> Expected:
    """Imitates a youth justice service's quarterly performance report to its management board.

    A youth justice service's quarterly report to its Youth Justice
    Management Board (also taken to the children and young people scrutiny
    committee), built from the Youth Justice Board's data summary and the
    service's KPI returns. One sheet, two tables. 'National indicators':
    Ref, Indicator, Period, the service's figure, 'Same period last year',
    'YOT family', 'South West', 'England', 'Direction of travel' arrows, a
    filled RAG word and Comment, each row on its own period as the YJB
    publishes it \u2013 first time entrants 'Jan 23 \u2013 Dec 23', custody
    'Jul 23 \u2013 Jun 24', serious violence '2023/24', reoffending for the
    'Apr 2022 \u2013 Mar 2023 cohort', a year and a half behind. 'Key
    performance indicators': the YJB's KPIs from April 2023 and two local
    measures by quarter, 'Q3 2023/24'..'Q2 2024/25', 'Target 2024/25', the
    YOT family and England figures for Q1 2024/25, RAG and Comment. A key
    and a note on the periods under the title.

    A careful reader labels each national figure by its period: January to
    December 2023 is calendar 2023, the April 2022 to March 2023 cohort is
    2022/23, July 2023 to June 2024 stays a month range; the 'Same period
    last year' figure is the same span a year earlier (2022, 2021/22, Jul
    2022\u2013Jun 2023, 2022/23). No national indicator has a target; the
    RAG, against the family average, is the latest period's. The family,
    regional and England figures and the arrows are comparisons, not the
    service's figures. In the KPI table the target names 2024/25, so it is
    on Q1 and Q2 2024/25 only; the RAG rates Q2, or Q1 for the mental
    health KPI whose Q2 is blank (its comment says so); accommodation after
    out-of-court disposals has an 'n/a' Q2, kept and unrated; the
    assessment measure is new from Q1 2024/25; counts and context measures
    have no target or RAG. Units are only in the names and nothing states
    polarity.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Marshford Youth Justice Service \u2013 Performance Report")
    sheet["A2"] = "Quarter 2 2024/25 (July to September 2024)"
    sheet["A2"].font = Font(bold=True, size=12)
    sheet["A3"] = (
        "Youth Justice Management Board, 28 November 2024 \u2013 Item 5 (also reported to the "
        "Children and Young People Scrutiny Committee)"
    )
    for j, line in enumerate(KEY, start=4):
        sheet.cell(row=j, column=1, value=line).font = Font(italic=True, size=9)
    exp = Expected([])

    row = 7
    sheet.cell(row=row, column=1, value="National indicators (latest published)").font = Font(
        bold=True, size=12
    )
    for col in range(1, len(NATIONAL_HEADINGS) + 1):
        sheet.cell(row=row, column=col).fill = TABLE_FILL
    row += 1
    _heading_row(sheet, row, NATIONAL_HEADINGS)
    row += 1
    for spec in NATIONAL:
        ref, name, period, local, last_year, family, region, england, travel, rag, note = spec
        typed = (ref, name, period, local, last_year, family, region, england, travel, rag, note)
        for col, value in enumerate(typed, start=1):
            cell = sheet.cell(row=row, column=col)
            cell.border = GRID
            if 6 <= col <= 8:
                cell.fill = COMPARE_FILL
            if value is None:
                continue
            cell.value = value
            if isinstance(value, float):
                cell.number_format = "0.00" if abs(value) < 1 or "frequency" in str(name) else "0.0"
            cell.alignment = Alignment(
                wrap_text=col in (2, 11), horizontal="left" if col in (2, 11) else "center"
            )
        if rag:
            fill(sheet, sheet.cell(row=row, column=10).coordinate, RAG_FILL[str(rag)])
        latest_label, last_year_label = PERIOD_OF[str(period)]
        exp.observations.append(
            Obs(str(ref), str(name), last_year_label, *_reading(last_year), None, None)
        )
        exp.observations.append(
            Obs(
                str(ref),
                str(name),
                latest_label,
                *_reading(local),
                None,
                RAG[str(rag)] if rag else None,
            )
        )
        row += 1

    row += 2
    sheet.cell(
        row=row, column=1, value="Key performance indicators (YJB KPIs and local measures)"
    ).font = Font(bold=True, size=12)
    for col in range(1, len(KPI_HEADINGS) + 1):
        sheet.cell(row=row, column=col).fill = TABLE_FILL
    row += 1
    _heading_row(sheet, row, KPI_HEADINGS)
    row += 1
    for spec in KPIS:
        ref, name, quarters, target, family, england, rag, rated, note = spec
        assert isinstance(quarters, tuple)
        typed = (ref, name, *quarters, target, family, england, rag, note)
        for col, value in enumerate(typed, start=1):
            cell = sheet.cell(row=row, column=col)
            cell.border = GRID
            if col in (8, 9):
                cell.fill = COMPARE_FILL
            if value is None:
                continue
            cell.value = value
            if isinstance(value, int | float):
                cell.number_format = "0.0" if "(%)" in str(name) else "0"
            cell.alignment = Alignment(
                wrap_text=col in (2, 11), horizontal="left" if col in (2, 11) else "center"
            )
        if rag:
            fill(sheet, sheet.cell(row=row, column=10).coordinate, RAG_FILL[str(rag)])
        goal = _reading(target)[0]
        for k, value in enumerate(quarters):
            if value is None:
                continue
            exp.observations.append(
                Obs(
                    str(ref),
                    str(name),
                    QUARTERS[k],
                    *_reading(value),
                    goal if k in THIS_YEAR else None,
                    RAG[str(rag)] if rag and k == rated else None,
                )
            )
        row += 1
    sheet.cell(
        row=row + 1,
        column=1,
        value="YOT family: the ten youth justice services most like Marshford (YJB). "
        "\u2013 = not published or no target. n/a = no children in the measure this quarter. "
        "Sources: YJB data summary (October 2024 release), YJB KPI returns, service case "
        "management system.",
    ).font = Font(italic=True, size=9)
    widths = {"A": 7, "B": 58, "C": 20, "D": 12, "E": 12, "F": 12, "G": 12, "H": 12, "I": 12,
              "J": 9, "K": 58}  # fmt: skip
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    save(book, path)
    return exp
