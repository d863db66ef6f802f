"""An NHS integrated performance report: Plan, Actual and Variance under each merged month, then a year-to-date triple."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter as _col

from tests.realistic.kit import Expected, Obs, merge, new_book, put_row, save, text_of, title

SHEET = "IPR M6"
BANNER_ROW, HEAD_ROW = 4, 5
FIRST = HEAD_ROW + 1
MONTHS = tuple(dt.datetime(2024, m, 1) for m in range(4, 10))
LABELS = ("Apr 2024", "May 2024", "Jun 2024", "Jul 2024", "Aug 2024", "Sep 2024")
YTD = "Apr 2024\u2013Sep 2024"
UNIT = {"%": "%", "No.": "number", "Days": "days"}
HEAD = PatternFill(fill_type="solid", start_color="FF005EB8", end_color="FF005EB8")
SUB = PatternFill(fill_type="solid", start_color="FFD9E2F3", end_color="FFD9E2F3")
GREY = PatternFill(fill_type="solid", start_color="FFBFBFBF", end_color="FFBFBFBF")
SECTION = PatternFill(fill_type="solid", start_color="FFE8EDEE", end_color="FFE8EDEE")
THIN = Side(style="thin", color="FF8EA9DB")

# Section rows are a 1-tuple. Otherwise: ref, measure, unit, six monthly (plan, actual) pairs,
# then the year-to-date (plan, actual) or None where the report gives no year to date.
# Percentages are fractions under '0.0%'. A plan of None is a blank Plan cell.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Urgent and emergency care",),
    ("UEC01", "A&E attendances seen within 4 hours (all types)", "%",
     ((0.745, 0.712), (0.748, 0.731), (0.752, 0.744), (0.755, 0.758), (0.758, 0.749), (0.762, 0.737)),
     (0.753, 0.738)),
    ("UEC02", "Ambulance handovers taking over 60 minutes", "No.",
     ((120, 164), (115, 131), (110, 98), (105, 87), (100, 112), (95, 143)), (645, 735)),
    ("UEC03", "Patients with no criteria to reside (daily average)", "No.",
     ((85, 102), (85, 96), (80, 91), (80, 84), (75, 79), (75, 88)), (80, 90)),
    ("UEC04", "Community 2-hour urgent response seen within 2 hours", "%",
     ((0.7, 0.846), (0.7, 0.861), (0.7, 0.832), (0.7, 0.857), (0.7, 0.874), (0.7, 0.869)),
     (0.7, 0.856)),
    ("Elective care and cancer",),
    ("ELE01", "Elective spells (ordinary and day case)", "No.",
     ((4210, 4037), (4480, 4521), (4395, 4288), (4560, 4610), (4020, 3897), (4450, 4302)),
     (26115, 25655)),
    ("ELE02", "Patients waiting over 65 weeks for treatment (month end)", "No.",
     ((40, 57), (30, 44), (20, 31), (10, 18), (5, 9), (0, 3)), None),
    ("ELE03", "Diagnostic tests waiting 6 weeks or more (month end)", "%",
     ((0.12, 0.148), (0.11, 0.139), (0.1, 0.126), (0.09, 0.101), (0.08, 0.094), (0.07, 0.083)), None),
    ("ELE04", "Cancer 28-day faster diagnosis standard", "%",
     ((0.77, 0.781), (0.77, 0.754), (0.775, 0.792), (0.775, 0.786), (0.78, 0.771),
      (0.78, "Not yet published")), None),
    ("ELE05", "Average length of stay for elective inpatients", "Days",
     ((3.4, 3.9), (3.4, 3.6), (3.3, 3.5), (3.3, 3.2), (3.2, 3.4), (3.2, 3.1)), (3.3, 3.4)),
    ("Mental health and community",),
    ("MH01", "Inappropriate out of area mental health placements (bed days)", "No.",
     ((90, 124), (90, 108), (80, 87), (80, 65), (70, 72), (70, 51)), (480, 507)),
    ("MH02", "NHS Talking Therapies: people entering treatment", "No.",
     ((520, 488), (520, 503), (520, 471), (540, 562), (540, 419), (540, 537)), (3180, 2980)),
    ("MH03", "Children and young people accessing mental health services (rolling 12 months)", "No.",
     ((None, 5812), (None, 5874), (None, 5903), (6050, 5966), (6050, 6012), (6050, 6078)), None),
    ("MH04", "Dementia diagnosis rate (aged 65 and over)", "%",
     ((0.667, 0.681), (0.667, 0.684), (0.667, 0.679), (0.667, 0.686), (0.667, 0.688), (0.667, None)),
     None),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates an integrated care board's place-level integrated performance report (IPR).

    NHS Cheshire and Merseyside, Wirral Place style, the monthly report
    taken to the place partnership board and the council's Health and
    Wellbeing Board at Month 6 (September 2024): Ref, Measure and Unit (%,
    No., Days), then for each month from April to September 2024 a month
    heading (a real date shown 'Apr-24', merged over three columns) above
    'Plan', 'Actual' and 'Variance', and a last merged 'Year to date'
    triple. The plan is the operating plan trajectory submitted for
    2024/25, so it changes month by month. Variances are shown with a sign
    and in red when adverse; sections are shaded. Measures taken at month
    end (65-week waits, diagnostics), a month in arrears (cancer) or as a
    rate (dementia, rolling 12 months for children's mental health) have no
    year to date: those cells are grey and blank.

    A careful reader takes each month's Actual as that month's figure with
    the month's Plan as its target, and the year-to-date Actual as the
    figure for April to September 2024 with the year-to-date Plan as its
    target. Variance is Actual less Plan, arithmetic and no observation.
    Percentages are read in points. Units come from the Unit column; the
    report states no polarity. The children's mental health plan only
    starts in July (blank Plan cells: no target); the cancer standard's
    September cell says 'Not yet published', kept as its text with
    September's plan; the dementia rate's September is blank, no
    observation. There are no RAG ratings. Nothing on the sheet is
    doubtful.
    """
    book, sheet = new_book(SHEET)
    title(
        sheet, "A1", "NHS Cheshire and Merseyside \u2013 Wirral Place Integrated Performance Report"
    )
    sheet["A2"] = (
        "Month 6 2024/25 (data to 30 September 2024). Plan: 2024/25 operating plan trajectory."
    )
    sheet["A2"].font = Font(italic=True, size=10)
    for col, text in ((1, "Ref"), (2, "Measure"), (3, "Unit")):
        cell = sheet.cell(row=HEAD_ROW, column=col, value=text)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = HEAD
    last = 3 + 3 * (len(MONTHS) + 1)
    blocks: list[object] = [*MONTHS, "Year to date"]
    for b, banner in enumerate(blocks):
        first = 4 + 3 * b
        span = f"{_col(first)}{BANNER_ROW}:{_col(first + 2)}{BANNER_ROW}"
        merge(sheet, span, banner)
        top = sheet.cell(row=BANNER_ROW, column=first)
        top.fill = HEAD
        top.font = Font(bold=True, color="FFFFFFFF")
        if isinstance(banner, dt.datetime):
            top.number_format = "mmm-yy"
        put_row(sheet, HEAD_ROW, first, ["Plan", "Actual", "Variance"], bold=True)
        for k in range(3):
            cell = sheet.cell(row=HEAD_ROW, column=first + k)
            cell.fill = SUB
            cell.alignment = Alignment(horizontal="center")
    exp = Expected([])
    row = FIRST
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, last + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        ref, name, unit, months, ytd = spec
        assert isinstance(months, tuple)
        put_row(sheet, row, 1, [ref, name, unit])
        pct = unit == "%"
        fmt = "0.0%" if pct else ("0.0" if unit == "Days" else "#,##0")
        var_fmt = "+0.0%;[Red]-0.0%;0.0%" if pct else ("+0.0;[Red]-0.0;0.0" if unit == "Days" else "+#,##0;[Red]-#,##0;0")  # fmt: skip
        pairs: list[tuple[str, tuple[object, object]]] = [*zip(LABELS, months, strict=True)]
        if isinstance(ytd, tuple):
            pairs.append((YTD, ytd))
        for b, (label, (plan, actual)) in enumerate(pairs):
            first = 4 + 3 * b
            put_row(sheet, row, first, [plan, actual])
            if isinstance(plan, float | int) and isinstance(actual, float | int):
                sheet.cell(row=row, column=first + 2, value=round(actual - plan, 6))
            for k, f in enumerate((fmt, fmt, var_fmt)):
                sheet.cell(row=row, column=first + k).number_format = f
            if actual is None:
                continue
            scale = 100.0 if pct else 1.0
            value = round(actual * scale, 6) if isinstance(actual, float | int) else None
            goal = round(plan * scale, 6) if isinstance(plan, float | int) else None
            exp.observations.append(Obs(str(ref), str(name), label, value, text_of(actual), goal))
        if ytd is None:
            for col in range(last - 2, last + 1):
                sheet.cell(row=row, column=col).fill = GREY
        for col in range(1, last + 1):
            sheet.cell(row=row, column=col).border = Border(bottom=THIN)
        exp.add_meta(str(ref), str(name), None, UNIT[str(unit)])
        row += 1
    notes = (
        "Variance = Actual \u2212 Plan; adverse variances are shown in red.",
        "Year to date: April to September 2024 (totals for counts, the rate over the period for "
        "percentages, the average for daily averages). Grey: no year to date for month-end, "
        "rolling or arrears measures.",
        "Cancer data are published six weeks after month end. Sources: NHS England monthly "
        "statistics, Wirral University Teaching Hospital, Cheshire and Wirral Partnership.",
    )
    for j, line in enumerate(notes, start=row + 1):
        sheet.cell(row=j, column=1, value=line).font = Font(size=9)
    sheet.column_dimensions["B"].width = 58
    sheet.freeze_panes = f"D{FIRST}"
    save(book, path)
    return exp
