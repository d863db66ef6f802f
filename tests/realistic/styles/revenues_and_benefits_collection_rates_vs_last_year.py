"""Revenues and benefits report: month-end collection rates down the rows beside last year and the profile, then quarterly KPIs."""

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
    num,
    save,
    text_of,
    title,
)

COLLECTION = "Collection"
KPIS = "Service KPIs"
MONTH_NAMES = ("April", "May", "June", "July", "August", "September", "October", "November",
               "December", "January", "February", "March")  # fmt: skip
# Collection is cumulative from 1 April: each month-end's figure covers April to that month.
THIS_YEAR = ("Apr 2024", "Apr 2024\u2013May 2024", "Q1 2024/25", "Apr 2024\u2013Jul 2024",
             "Apr 2024\u2013Aug 2024", "H1 2024/25", "Apr 2024\u2013Oct 2024",
             "Apr 2024\u2013Nov 2024", "Apr 2024\u2013Dec 2024")  # fmt: skip
LAST_YEAR = ("Apr 2023", "Apr 2023\u2013May 2023", "Q1 2023/24", "Apr 2023\u2013Jul 2023",
             "Apr 2023\u2013Aug 2023", "H1 2023/24", "Apr 2023\u2013Oct 2023",
             "Apr 2023\u2013Nov 2023", "Apr 2023\u2013Dec 2023", "Apr 2023\u2013Jan 2024",
             "Apr 2023\u2013Feb 2024", "2023/24")  # fmt: skip
# The KPI sheet's columns: Q3 2023/24 (same quarter last year), Q1..Q3 2024/25. A measure
# named '(year to date)' is cumulative from 1 April; the others are the quarter itself.
QUARTERS = ("Q3 2023/24", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
TO_DATE = ("Apr 2023\u2013Dec 2023", "Q1 2024/25", "H1 2024/25", "Apr 2024\u2013Dec 2024")
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
RAG_FILL = {"G": GREEN_FILL, "A": AMBER_FILL, "R": RED_FILL}
UNIT = {"Days": "days", "\u00a3": "\u00a3", "%": "%", "Number": "number"}
HEAD_FILL = PatternFill(fill_type="solid", start_color="FF203764", end_color="FF203764")
TITLE_FILL = PatternFill(fill_type="solid", start_color="FFB4C6E7", end_color="FFB4C6E7")
SECTION_FILL = PatternFill(fill_type="solid", start_color="FFDDEBF7", end_color="FFDDEBF7")
THIN = Side(style="thin", color="FF9BC2E6")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
VARIANCE = "+0.00;-0.00;0.00"

Month = tuple[float | None, float, float, str | None, str | None]
# Each collection table: ref, title, then per month-end April..March: 2024/25 (None: not yet
# reported), 2023/24, profile 2024/25, RAG letter (None: no 2024/25 figure), comment.
TABLES: tuple[tuple[str, str, tuple[Month, ...]], ...] = (
    ("RB01", "Council tax \u2013 in-year collection rate (cumulative % of the net collectable "
     "debit)", (
        (10.62, 10.48, 10.50, "G", None),
        (19.85, 19.77, 19.80, "G", None),
        (28.97, 28.95, 29.00, "A", None),
        (38.04, 38.10, 38.10, "A",
         "Single person discount review: 1,140 discounts removed and bills reissued in July."),
        (47.18, 47.09, 47.20, "A", None),
        (56.31, 56.12, 56.30, "G", None),
        (65.39, 65.21, 65.40, "A", None),
        (74.52, 74.38, 74.50, "G", None),
        (83.41, 83.30, 83.50, "A",
         "Card and bank payments made over the Christmas bank holidays reached the account on "
         "2 January, after the month-end."),
        (None, 92.05, 92.20, None, None),
        (None, 95.61, 95.80, None, None),
        (None, 97.12, 97.30, None, None),
    )),
    ("RB02", "Business rates (NNDR) \u2013 in-year collection rate (cumulative % of the net "
     "collectable debit)", (
        (11.84, 11.62, 11.70, "G", None),
        (21.02, 20.87, 21.00, "G", None),
        (30.15, 30.42, 30.30, "A", None),
        (39.66, 39.58, 39.60, "G", None),
        (48.71, 48.95, 48.90, "A", None),
        (57.95, 58.10, 58.10, "A", None),
        (66.83, 67.24, 67.20, "A", None),
        (75.28, 76.03, 76.00, "R",
         "Backdated rateable value reductions for two distribution warehouses after Valuation "
         "Office checks: \u00a31.9m refunded in November."),
        (83.12, 84.47, 84.40, "R",
         "Still behind after the November refunds; recovery action taken on 38 accounts."),
        (None, 92.81, 92.70, None, None),
        (None, 96.02, 96.00, None, None),
        (None, 98.13, 98.20, None, None),
    )),
)  # fmt: skip

# A 1-tuple is a section row. Otherwise: ref, measure (its basis in brackets), unit, Q3 2023/24,
# Q1, Q2, Q3 2024/25 as typed (None: blank), target 2024/25 ('-' where none), variance to last
# year, variance to target (None: blank; typed as shown), RAG letter, comments.
KPI_ROWS: tuple[tuple[object, ...], ...] = (
    ("Housing Benefit and Council Tax Reduction",),
    ("RB03", "Average days to process new Housing Benefit and Council Tax Reduction claims "
     "(in quarter)", "Days", 21.4, 19.8, 18.6, 17.9, 20, -3.5, -2.1, "G", None),
    ("RB04", "Average days to process changes of circumstances (in quarter)", "Days",
     7.9, 8.6, 7.4, 9.8, 8, 1.9, 1.8, "R",
     "Universal Credit change notifications up 22% on Q3 last year; two assessors seconded to "
     "the Household Support Fund until January."),
    ("RB05", "Housing Benefit overpayments recovered (year to date)", "\u00a3",
     412380, 138940, 271655, 398210, "-", -14170, None, None,
     "Monitored only: recovery falls as the Housing Benefit caseload moves to Universal "
     "Credit."),
    ("RB06", "Overpayments recovered as a % of overpayments raised (year to date)", "%",
     71.8, 68.2, 73.9, 76.4, 75, 4.6, 1.4, "G", None),
    ("RB07", "Benefit assessments checked and found correct (in quarter)", "%",
     95.2, 96.1, 94.8, None, 95, None, None, "A",
     "Q3 quality checks are still being completed; the RAG is for Q2."),
    ("RB08", "Council Tax Reduction caseload (at quarter end)", "Number",
     9412, 9288, 9251, 9307, "-", -105, None, None,
     "Context: 5,914 working-age and 3,393 pension-age claims."),
    ("Council tax and business rates",),
    ("RB09", "Council tax new accounts and changes processed within 10 working days "
     "(in quarter)", "%", 88.2, 91.5, 93.4, 90.8, 90, 2.6, 0.8, "G", None),
    ("RB10", "Council tax summonses issued (in quarter)", "Number",
     2184, 2402, 1968, 1756, "-", -428, None, None, None),
    ("RB11", "Council tax accounts paying by direct debit (at quarter end)", "%",
     72.4, 73.1, 73.6, 74.0, 75, 1.6, -1.0, "A", None),
    ("RB12", "Council tax accounts signed up to e-billing (at quarter end)", "%",
     None, None, 8.4, 11.9, 15, "n/a", -3.1, "R",
     "New measure: e-billing launched in July 2024; 6,480 accounts signed up so far."),
    ("Customer contact",),
    ("RB13", "Calls to the revenues and benefits line answered (in quarter)", "%",
     86.1, 82.4, 88.7, "TBC", 85, None, None, None,
     "Q3 TBC: the telephony supplier's report is delayed by its system upgrade."),
    ("RB14", "Stage 1 complaints answered within 10 working days (in quarter)", "%",
     91.0, 87.5, 93.3, 95.2, 90, 4.2, 5.2, "G", None),
)  # fmt: skip


def _head(sheet: Worksheet, row: int, heads: list[str]) -> None:
    for col, text in enumerate(heads, start=1):
        cell = sheet.cell(row=row, column=col, value=text)
        cell.fill = HEAD_FILL
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = GRID


def _rag(sheet: Worksheet, row: int, col: int, letter: object) -> None:
    if letter:
        cell = sheet.cell(row=row, column=col, value=letter)
        cell.alignment = Alignment(horizontal="center")
        cell.font = Font(bold=True)
        fill(sheet, cell.coordinate, RAG_FILL[str(letter)])


def _collection(sheet: Worksheet, exp: Expected) -> None:
    title(sheet, "A1", "Revenues and Benefits Service \u2013 Performance Report 2024/25")
    sheet["A2"] = (
        "Month 9: position at 31 December 2024 \u2013 Resources Overview and Scrutiny Panel, "
        "28 January 2025"
    )
    sheet["A2"].font = Font(bold=True)
    notes = (
        "Collection rates are cumulative: the percentage of the year's net collectable debit "
        "collected from 1 April to the end of the month. 2023/24 is the same month-end last "
        "year; the profile is this year's target for that month-end.",
        "Variances are in percentage points (+ ahead, - behind). RAG compares 2024/25 with the "
        "profile: G on or above profile; A up to 0.5 points below; R more than 0.5 points below.",
    )
    for j, line in enumerate(notes, start=3):
        sheet.cell(row=j, column=1, value=line).font = Font(italic=True, size=9)
    heads = ["Month end", "2024/25", "2023/24", "Profile 2024/25", "Variance to last year",
             "Variance to profile", "RAG", "Comments"]  # fmt: skip
    row = 6
    for ref, name, months in TABLES:
        sheet.cell(row=row, column=1, value=ref).font = Font(bold=True)
        sheet.cell(row=row, column=2, value=name).font = Font(bold=True)
        for col in range(1, 9):
            sheet.cell(row=row, column=col).fill = TITLE_FILL
        sheet.merge_cells(start_row=row, start_column=2, end_row=row, end_column=8)
        _head(sheet, row + 1, heads)
        row += 2
        for k, (now, before, profile, rag, comment) in enumerate(months):
            sheet.cell(row=row, column=1, value=MONTH_NAMES[k])
            for col, value in ((2, now), (3, before), (4, profile)):
                if value is not None:
                    sheet.cell(row=row, column=col, value=value).number_format = "0.00"
            if now is not None:
                for col, diff in ((5, now - before), (6, now - profile)):
                    sheet.cell(row=row, column=col, value=round(diff, 2)).number_format = VARIANCE
            _rag(sheet, row, 7, rag)
            if comment:
                cell = sheet.cell(row=row, column=8, value=comment)
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            for col in range(1, 9):
                sheet.cell(row=row, column=col).border = GRID
            if now is not None:
                status = RAG[rag] if rag else None
                exp.observations.append(Obs(ref, name, THIS_YEAR[k], now, None, profile, status))
            exp.observations.append(Obs(ref, name, LAST_YEAR[k], before))
            row += 1
        row += 1
    sheet.cell(
        row=row,
        column=1,
        value="January to March 2025 will be reported as each month closes. Source: Northgate "
        "Revenues and Benefits system, month-end collection reports.",
    ).font = Font(italic=True, size=9)
    for letter, width in {"A": 12, "B": 11, "C": 11, "D": 11, "E": 12, "F": 12, "G": 6,
                          "H": 60}.items():  # fmt: skip
        sheet.column_dimensions[letter].width = width


def _kpis(sheet: Worksheet, exp: Expected) -> None:
    title(sheet, "A1", "Revenues and Benefits \u2013 Service Performance Indicators 2024/25")
    sheet["A2"] = "Quarter 3: October to December 2024"
    sheet["A2"].font = Font(bold=True)
    notes = (
        "Q3 2023/24 is the same quarter last year. Measures marked (year to date) are "
        "cumulative from 1 April, so their Q3 2023/24 is April to December 2023; (in quarter) "
        "measures cover the three months alone; (at quarter end) is the position on its last "
        "day.",
        "RAG: G on or better than target; A within 5% of target; R more than 5% worse. Where Q3 "
        "is not yet available the RAG is for Q2. Variances compare Q3 2024/25.",
    )
    for j, line in enumerate(notes, start=3):
        sheet.cell(row=j, column=1, value=line).font = Font(italic=True, size=9)
    heads = ["Ref", "Measure", "Unit", *QUARTERS, "Target 2024/25", "Variance to last year",
             "Variance to target", "RAG", "Comments"]  # fmt: skip
    head_row = 6
    _head(sheet, head_row, heads)
    ncol = len(heads)
    row = head_row + 1
    for spec in KPI_ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, ncol + 1):
                sheet.cell(row=row, column=col).fill = SECTION_FILL
            row += 1
            continue
        ref, name, unit, *values, target, vs_last, vs_target, rag, comment = spec
        shown = (
            "\u00a3#,##0;-\u00a3#,##0"
            if unit == "\u00a3"
            else "#,##0"
            if unit == "Number"
            else "0.0"
        )
        sheet.cell(row=row, column=1, value=ref)
        sheet.cell(row=row, column=2, value=name).alignment = Alignment(wrap_text=True)
        sheet.cell(row=row, column=3, value=unit)
        for k, value in enumerate(values):
            if value is not None:
                cell = sheet.cell(row=row, column=4 + k, value=value)
                cell.alignment = Alignment(horizontal="right")
                if isinstance(value, int | float):
                    cell.number_format = shown
        cell = sheet.cell(row=row, column=8, value=target)
        cell.alignment = Alignment(horizontal="right")
        for col, value in ((9, vs_last), (10, vs_target)):
            if value is not None:
                cell = sheet.cell(row=row, column=col, value=value)
                cell.alignment = Alignment(horizontal="right")
                if isinstance(value, int | float):
                    cell.number_format = (
                        "+\u00a3#,##0;-\u00a3#,##0" if unit == "\u00a3"
                        else "+#,##0;-#,##0" if unit == "Number" else "+0.0;-0.0;0.0"
                    )  # fmt: skip
        _rag(sheet, row, 11, rag)
        if comment:
            cell = sheet.cell(row=row, column=12, value=comment)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        for col in range(1, ncol + 1):
            sheet.cell(row=row, column=col).border = GRID

        labels = TO_DATE if "(year to date)" in str(name) else QUARTERS
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
    widths = {"A": 7, "B": 58, "C": 8, "D": 11, "E": 11, "F": 11, "G": 11, "H": 10, "I": 11,
              "J": 11, "K": 6, "L": 56}  # fmt: skip
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"D{head_row + 1}"


def build(path: Path) -> Expected:
    """Imitates a district council's revenues and benefits collection report to a resources panel.

    A district council's Revenues and Benefits Service report at Month 9
    of 2024/25 for its Resources Overview and Scrutiny Panel, laid out the
    way the service's month-end collection reports from its revenues system
    come out. The 'Collection' sheet has one table per tax, each under a
    shaded title row carrying the measure's code (RB01 council tax, RB02
    business rates): the month-ends April..March run down the rows (month
    names, no year) and the columns are '2024/25' (filled to December),
    '2023/24' (the same month-end last year, filled to March), 'Profile
    2024/25' (the target for each month-end), 'Variance to last year' and
    'Variance to profile' in points, a filled R/A/G letter for each month
    and comments. Notes say the rates are cumulative from 1 April. The
    'Service KPIs' sheet carries RB03..RB14 in the usual wide layout: Ref,
    Measure (its basis in brackets: in quarter, year to date, at quarter
    end), Unit, 'Q3 2023/24' (same quarter last year), 'Q1 2024/25'..'Q3
    2024/25', 'Target 2024/25', the two variance columns, RAG and comments,
    under shaded sections.

    A careful reader takes each collection table as one indicator, its
    code from the title row, and each month row as two observations: the
    2024/25 rate over April to that month-end of 2024/25 (April alone,
    April\u2013May, Q1 2024/25 at June, H1 2024/25 at September, then Apr
    2024\u2013Dec 2024), with that row's profile as its target and that
    row's RAG; and the 2023/24 rate over the same months of 2023/24,
    without target or rating (the profile is 2024/25's), March being the
    whole year 2023/24. Rows with no 2024/25 figure give only last year's.
    On the KPI sheet the year-to-date measures take April-to-date spans
    (Q3 2023/24 is Apr 2023\u2013Dec 2023), the others their quarters; the
    target is on the 2024/25 quarters only; the RAG rates the latest figure
    given (Q2 for the unfinished accuracy checks, as the comment says).
    Variance columns are arithmetic, not figures of any period. The calls
    'TBC' is kept and unrated; the overpayment and caseload measures are
    monitored with a '-' target; e-billing is new from Q2. Units from the
    KPI sheet's Unit column; nothing states polarity.
    """
    book, sheet = new_book(COLLECTION)
    exp = Expected([])
    _collection(sheet, exp)
    _kpis(book.create_sheet(KPIS), exp)
    save(book, path)
    return exp
