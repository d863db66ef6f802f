"""An integrated health and care report: a national 'Standard' and the latest month's 'Plan' beside monthly columns."""

from __future__ import annotations

import datetime as dt
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
    title,
)

SHEET = "IPR Month 8"
HEAD_ROW = 8
MONTHS = tuple(dt.datetime(2024, m, 1) for m in range(4, 12))
LABELS = ("Apr 2024", "May 2024", "Jun 2024", "Jul 2024", "Aug 2024", "Sep 2024", "Oct 2024",
          "Nov 2024")  # fmt: skip
COL_STANDARD, COL_PLAN, COL_FIRST_MONTH = 4, 5, 6
COL_VARIANCE = COL_FIRST_MONTH + len(MONTHS)
COL_RAG, COL_NOTE = COL_VARIANCE + 1, COL_VARIANCE + 2
LETTER: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
LETTER_FILL = {"G": GREEN_FILL, "A": AMBER_FILL, "R": RED_FILL}
HEAD_FILL = PatternFill(fill_type="solid", start_color="FF005EB8", end_color="FF005EB8")
SECTION_FILL = PatternFill(fill_type="solid", start_color="FFE8EDEE", end_color="FFE8EDEE")
TARGET_FILL = PatternFill(fill_type="solid", start_color="FFDEEBF7", end_color="FFDEEBF7")
THIN = Side(style="thin", color="FFAEB7BD")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)

# A 1-tuple is a section row. Otherwise: ref, measure, lead, standard as typed (text: '95%',
# '18 mins', '0', '-'), plan for the latest month (None: no plan agreed, shown '-'), whether a
# percentage, the eight months April..November 2024 as typed (None: blank), RAG letter (None:
# not rated), commentary. Percentages here in points; the sheet stores them as fractions.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Urgent and emergency care",),
    ("UEC01", "A&E: patients admitted, transferred or discharged within 4 hours (all types)",
     "Trust", "95%", 78.0, True,
     (72.4, 73.1, 74.0, 75.2, 74.6, 73.8, 72.9, 75.3), "A",
     "Best month since April 2023; the new same-day emergency care unit opened on 4 November."),
    ("UEC02", "Ambulance Category 2 mean response time (minutes)",
     "ICB", "18 mins", 30.0, False,
     (33.8, 31.5, 29.6, 30.9, 32.2, 34.7, 38.1, 42.6), "R",
     "Handover delays at the acute site lost 2,140 ambulance hours in November."),
    ("UEC03", "12-hour waits in A&E from decision to admit",
     "Trust", "0", None, False,
     (41, 28, 19, 23, 30, 46, 62, 88), "R",
     "No local plan agreed: rated against the standard. Bed occupancy averaged 97% in November."),
    ("UEC04", "Patients with no criteria to reside (daily average)",
     "Joint", "-", 85, False,
     (104, 98, 95, 91, 88, 86, 83, 81), "G",
     "Better Care Fund discharge-to-assess beds and the new home care framework are both helping."),
    ("UEC05", "A&E attendances (type 1)",
     "Trust", "-", None, False,
     (8412, 8906, 8655, 8991, 8237, 8560, 8774, 8329), None,
     "Context: no standard or plan."),
    ("Planned care and cancer",),
    ("PC01", "Referral to treatment: incomplete pathways waiting under 18 weeks",
     "Trust", "92%", 61.5, True,
     (58.2, 58.6, 59.1, 59.4, 59.0, 59.8, 60.4, None), "A",
     "Published one month in arrears: October is the latest month, and the plan, variance and "
     "RAG are October's."),
    ("PC02", "Diagnostic tests: patients waiting 6 weeks or more",
     "Trust", "1%", 5.0, True,
     (14.8, 13.9, 12.6, 10.1, 9.4, 8.3, 7.1, 6.2), "R",
     "Echocardiography is 58% of the breaches; a mobile unit is booked for January."),
    ("PC03", "Cancer: Faster Diagnosis Standard (diagnosis or ruling out within 28 days)",
     "Trust", "75%", 77.0, True,
     (78.1, 75.4, 79.2, 78.6, 77.1, 76.3, 79.0, None), "G",
     "Published one month in arrears: October is the latest month."),
    ("PC04", "Cancer: treatment within 62 days of an urgent referral",
     "Trust", "85%", 70.0, True,
     (66.2, 64.8, 68.9, 71.4, 67.5, 69.8, "TBC", None), None,
     "October to be confirmed after the national cancer waiting times publication on 9 January: "
     "not rated."),
    ("Mental health",),
    ("MH01", "Dementia diagnosis rate (aged 65 and over)",
     "ICB", "66.7%", None, True,
     (64.1, 64.3, 64.6, 64.9, 65.2, 65.4, 65.9, None), "A",
     "November not yet published by NHS England: the RAG is for October, against the standard."),
    ("MH02", "Inappropriate out of area mental health placements (bed days)",
     "ICB", "0", 70, False,
     (124, 108, 87, 65, 72, 51, 58, "n/a"), None,
     "Bed management system replaced in November: no reliable November figure, not rated."),
    ("Adult social care (Council)",),
    ("ASC01", "Older people still at home 91 days after discharge from hospital into reablement",
     "Council", "-", 82.0, True,
     (80.4, 81.2, 83.5, 84.0, 82.9, 83.7, 84.4, 85.1), "G", None),
    ("ASC02", "Care Act assessments completed within 28 days of first contact",
     "Council", "-", 75.0, True,
     (None, None, None, 66.3, 69.8, 71.2, 73.5, 74.1), "A",
     "New measure from July 2024, when the new case management system went live."),
    ("ASC03", "Permanent admissions to residential and nursing care, aged 65+, per 100,000 "
     "(rolling 12 months)", "Council", "-", 560.0, False,
     (602.4, 598.1, 590.7, 585.2, 579.9, 571.3, 566.8, 559.4), "G",
     "Better Care Fund metric; on plan for the first time this year."),
    ("Public health (Council)",),
    ("PH01", "Smoking quitters at 4 weeks (NHS Stop Smoking Service)",
     "Council", "-", 45, False,
     (38, 41, 44, 47, 39, 43, 49, 52), "G",
     "Stoptober and the new pharmacy offer: 97 quit dates set in November."),
)  # fmt: skip


def _standard(text: object) -> float | None:
    """The figure in a Standard cell as typed ('95%' -> 95.0, '18 mins' -> 18.0, '-' -> None)."""
    word = str(text).replace("%", "").replace("mins", "").strip()
    return None if word == "-" else float(word)


def _stored(value: object, pct: bool) -> object:
    """What the cell holds: a percentage as the fraction Excel keeps under a % format."""
    if pct and isinstance(value, int | float):
        return round(float(value) / 100, 6)
    return value


def build(path: Path) -> Expected:
    """Imitates an integrated (council and NHS) performance report to a health and wellbeing board.

    A place-based health and care partnership's integrated performance
    report (IPR) at Month 8 2024/25, taken to the council's Health and
    Wellbeing Board and its health scrutiny committee, built in the NHS
    style: each measure's national 'Standard' (the NHS Constitution or
    national standard, typed as text \u2013 '95%', '92%', '18 mins', '0', '-'
    where there is none) and a 'Plan (latest month)' column holding the
    local 2024/25 operating plan or Better Care Fund trajectory for the
    latest month shown, then the months April to November 2024 (real dates
    shown 'mmm-yy'), the latest month's variance against plan, a filled
    R/A/G letter and commentary. A 'Lead' column names the organisation
    (Trust, ICB, Council, Joint). Percentages are fractions under '0.0%'.
    The key above the table says the RAG rates the latest month against the
    plan, and against the standard where no plan has been agreed; cancer
    and referral to treatment figures are a month in arrears.

    A careful reader takes each month's figure as that month. The Standard
    is the national standard for every month, so it is the target of each
    month; the Plan is for the latest month shown only, so that month's
    target is the plan, as the key rates it (the standard where the plan
    is '-'). The latest month is November, or October for the arrears
    measures and the dementia rate, whose November is blank (its comment
    says the RAG is October's). The cancer 62-day 'TBC' October and the out
    of area 'n/a' November are kept as written, unrated, with the plan as
    their target. Where the Standard is '-', earlier months have no target.
    A&E attendances are context: no standard, plan or RAG. The Care Act
    assessments measure starts in July. Variance is arithmetic, no
    observation. No polarity or unit column.
    """
    book, sheet = new_book(SHEET)
    heading = "Thornbury Place Health and Care Partnership \u2013 Integrated Performance Report"
    title(sheet, "A1", f"{heading} 2024/25")
    sheet["A2"] = (
        "Month 8: data to 30 November 2024 (cancer and referral to treatment to 31 October) "
        "\u2013 Health and Wellbeing Board, 23 January 2025"
    )
    sheet["A2"].font = Font(bold=True, size=11)
    notes = (
        "Standard: the NHS Constitution or national standard. Plan: the 2024/25 operating plan "
        "or Better Care Fund trajectory for the latest month shown. '-' = none set.",
        "RAG (latest month against plan): G = plan met or exceeded; A = adverse to plan by up to "
        "5%; R = adverse to plan by more than 5%. Where no plan has been agreed the RAG is "
        "against the standard. Measures with neither are context and are not rated.",
        "Variance: the latest month's actual minus the plan (or the standard where there is no "
        "plan). TBC = to be confirmed; n/a = not available; neither is rated.",
    )
    for j, line in enumerate(notes, start=3):
        sheet.cell(row=j, column=1, value=line).font = Font(italic=True, size=9)
    heads: list[object] = ["Ref", "Measure", "Lead", "Standard", "Plan (latest month)", *MONTHS,
                           "Variance to plan", "RAG", "Commentary"]  # fmt: skip
    put_row(sheet, HEAD_ROW, 1, heads)
    ncol = len(heads)
    for col in range(1, ncol + 1):
        cell = sheet.cell(row=HEAD_ROW, column=col)
        cell.fill = HEAD_FILL
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = GRID
        if isinstance(cell.value, dt.datetime):
            cell.number_format = "mmm-yy"
    sheet.row_dimensions[HEAD_ROW].height = 30
    exp = Expected([])
    row = HEAD_ROW + 1
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, ncol + 1):
                sheet.cell(row=row, column=col).fill = SECTION_FILL
            row += 1
            continue
        ref, name, lead, standard, plan, pct, months, rag, comment = spec
        assert isinstance(months, tuple)
        is_pct = bool(pct)
        put_row(sheet, row, 1, [ref, name, lead, standard])
        shown_plan = "-" if plan is None else _stored(plan, is_pct)
        sheet.cell(row=row, column=COL_PLAN, value=shown_plan)
        put_row(sheet, row, COL_FIRST_MONTH, [_stored(v, is_pct) for v in months])
        given = [k for k, v in enumerate(months) if v is not None]
        latest = months[given[-1]]
        std = _standard(standard)
        rated = (
            num(plan) if plan is not None else std
        )  # the latest month's target, as the key rates
        if isinstance(latest, float | int) and rated is not None:
            gap = round((float(latest) - rated) / (100 if is_pct else 1), 6)
            sheet.cell(row=row, column=COL_VARIANCE, value=gap)
        if rag is not None:
            rating = sheet.cell(row=row, column=COL_RAG, value=rag)
            fill(sheet, rating.coordinate, LETTER_FILL[str(rag)])
        sheet.cell(row=row, column=COL_NOTE, value=comment)
        for col in range(1, ncol + 1):
            cell = sheet.cell(row=row, column=col)
            cell.border = GRID
            if COL_STANDARD <= col <= COL_RAG:
                cell.alignment = Alignment(horizontal="center")
            if COL_PLAN <= col < COL_VARIANCE and isinstance(cell.value, float | int):
                if is_pct:
                    cell.number_format = "0.0%"
                elif isinstance(cell.value, float):
                    cell.number_format = "0.0"
                else:
                    cell.number_format = "#,##0"
        for col in (COL_STANDARD, COL_PLAN):
            sheet.cell(row=row, column=col).fill = TARGET_FILL
        whole = all(isinstance(v, int) for v in months if v is not None and not isinstance(v, str))
        sheet.cell(row=row, column=COL_VARIANCE).number_format = (
            "+0.0%;-0.0%;0.0%" if is_pct else "+#,##0;-#,##0;0" if whole else "+0.0;-0.0;0.0"
        )
        sheet.cell(row=row, column=COL_NOTE).alignment = Alignment(wrap_text=True, vertical="top")
        for k in given:
            value = months[k]
            last = k == given[-1]
            goal = rated if last else std
            exp.observations.append(
                Obs(
                    str(ref),
                    str(name),
                    LABELS[k],
                    float(value) if isinstance(value, float | int) else None,
                    None if isinstance(value, float | int) else str(value),
                    goal,
                    LETTER[str(rag)] if rag is not None and last else None,
                )
            )
        row += 1
    sheet.cell(
        row=row + 1,
        column=1,
        value="Sources: NHS England monthly statistics (A&E, RTT, diagnostics, cancer, dementia, "
        "out of area placements), Thornbury Hospitals NHS Trust, Council adult social care and "
        "public health systems.",
    ).font = Font(italic=True, size=9)
    widths = {"A": 8, "B": 58, "C": 9, "D": 10, "E": 11}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    for col in range(COL_FIRST_MONTH, COL_RAG + 1):
        sheet.column_dimensions[sheet.cell(row=1, column=col).column_letter].width = 9
    sheet.column_dimensions[sheet.cell(row=1, column=COL_NOTE).column_letter].width = 56
    sheet.freeze_panes = f"F{HEAD_ROW + 1}"
    sheet.page_setup.orientation = "landscape"
    save(book, path)
    return exp
