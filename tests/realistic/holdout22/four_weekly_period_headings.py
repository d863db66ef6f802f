"""A leisure contract scorecard in 13 four-weekly periods: 'Period 5 (22 Jul \u2013 18 Aug)' headings."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from tests.realistic.kit import (
    AMBER_FILL,
    GREEN_FILL,
    RED_FILL,
    Expected,
    Obs,
    fill,
    new_book,
    num,
    put_row,
    save,
    text_of,
    title,
)

SHEET = "KPI Scorecard"
HEAD_ROW = 5
FIRST_PERIOD_COL = 5  # E: Period 1; D holds the 2023/24 outturn
OUTTURN = "2023/24"
UNIT = {"No.": "number", "%": "%", "\u00a3": "\u00a3"}
RAG_FILL = {"G": GREEN_FILL, "A": AMBER_FILL, "R": RED_FILL}
HEAD = PatternFill(fill_type="solid", start_color="FF006666", end_color="FF006666")
SECTION = PatternFill(fill_type="solid", start_color="FFD9EAD3", end_color="FFD9EAD3")
REPORTED = 7  # periods 1-7 reported (to 13 October 2024)


def _periods() -> list[str]:
    """'Period n (d Mon \u2013 d Mon)' for the 13 four-week periods from Monday 1 April 2024."""
    start = dt.date(2024, 4, 1)
    out = []
    for n in range(1, 14):
        end = start + dt.timedelta(days=27) if n < 13 else dt.date(2025, 3, 31)
        out.append(f"Period {n} ({start.day} {start:%b} \u2013 {end.day} {end:%b})")
        start = end + dt.timedelta(days=1)
    return out


# A 1-tuple is a section row. Otherwise: ref, KPI, unit, 2023/24 outturn, periods 1-7 (None is
# blank), target 2024/25, RAG letter, operator comment.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Participation",),
    ("LC01", "Total visits, all centres", "No.", 1184220,
     (88410, 91236, 86902, 84115, 79870, 90344, 95218), 90000, "G", None),
    ("LC02", "Swimming visits (public and club)", "No.", 402315,
     (31208, 32544, 30987, 33410, 34902, 29876, 30155), 31500, "A", "Hartfield pool closed 3 days (boiler)."),
    ("LC03", "Active fitness memberships (at period end)", "No.", 6842,
     (6905, 6987, 7012, 6954, 6890, 7106, 7243), 7000, "G", None),
    ("LC04", "Learn to swim enrolments (at period end)", "No.", 2210,
     (2236, 2251, 2248, "n/a", 2190, 2265, 2302), 2250, "G", "P4 not captured: booking system migration."),
    ("LC05", "Visits by residents on Passport to Leisure concessions", "%", 18.4,
     (17.9, 18.6, 19.1, 18.2, 17.5, 18.8, 19.4), 20.0, "A", None),
    ("LC06", "Exercise on referral: participants completing 12-week programme", "%", 54.0,
     (51.2, 55.8, 49.7, 52.3, 57.1, 53.6, 48.9), 55.0, "R", "Two instructor vacancies at Millbrook."),
    ("Quality and Customer",),
    ("LC07", "Customer satisfaction (mystery visit score)", "%", 86.5,
     (None, None, 88.0, None, None, 84.5, None), 85.0, "A", "Mystery visits in P3, P6, P9, P12 only."),
    ("LC08", "Pool water tests within standard", "%", 99.1,
     (99.4, 99.7, 100.0, 98.9, 99.2, 99.6, 99.8), 99.0, "G", None),
    ("LC09", "Complaints responded to within 10 working days", "%", 91.0,
     (93.8, 88.2, 95.0, 90.5, 87.5, 96.3, None), 95.0, "G", "P7 figures awaited from operator."),
    ("LC10", "RIDDOR-reportable incidents (customers and staff)", "No.", 9,
     (0, 1, 0, 2, 0, 1, 0), 0, "G", None),
    ("Facilities and Finance",),
    ("LC11", "Programmed hours available (facility availability)", "%", 97.8,
     (98.6, 98.1, 97.2, 99.0, 95.4, 98.8, 98.3), 98.0, "G", None),
    ("LC12", "Electricity used across the estate (kWh)", "No.", 3912400,
     (301220, 296804, 288615, 279930, 283410, 290118, 305662), None, None, "Monitoring only."),
    ("LC13", "Income from fees and charges", "\u00a3", 5426310,
     (418225, 431906, 402118, 396540, 388274, 425613, 447902), 420000, "G", None),
    ("LC14", "Catering secondary spend per visit", "\u00a3", "n/a",
     (0.42, 0.45, 0.41, 0.44, 0.47, 0.43, 0.46), 0.50, "R", "New KPI from 2024/25."),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a district council's leisure contract monitoring scorecard to a scrutiny panel.

    Leisure trusts and operators (and waste contractors) report to the client
    council in the operator's accounting calendar: 13 four-week periods a
    year, not months or quarters. A client-side contract monitoring officer
    sends the Communities Scrutiny Panel the operator's KPI scorecard: title
    'Leisure Management Contract \u2013 KPI Scorecard 2024/25', Ref, KPI,
    Unit, '2023/24 outturn', then 'Period 1 (1 Apr \u2013 28 Apr)' ..
    'Period 13 (3 Mar \u2013 31 Mar)' (periods 8 to 13 still empty at Period
    7), 'Target 2024/25', a filled G/A/R 'RAG' letter and an operator
    comment, under shaded sections.

    CONTRACT.md has no label for a four-week period: none of them is a month
    (Period 6, 19 Aug \u2013 15 Sep, straddles two; Period 1 stops short of
    30 April), a quarter or a range of whole months. A careful reader would
    not fold them into months or quarters; they would hold the file for
    review at the period headings that carry figures and ask how the periods
    should be kept. What the reader can take with confidence is the
    2023/24 outturn of each KPI (its own year, so 'Target 2024/25' and the
    RAG, which belongs to the latest period, are not its). The catering
    KPI is new, with 'n/a' for 2023/24.
    """
    book, sheet = new_book(SHEET)
    periods = _periods()
    title(sheet, "A1", "Leisure Management Contract \u2013 KPI Scorecard 2024/25")
    sheet["A2"] = (
        "Operator: Vale Leisure Trust. Report to Communities Scrutiny Panel, 12 November 2024 "
        "\u2013 position at end of Period 7 (13 October 2024)."
    )
    sheet["A2"].font = Font(italic=True)
    sheet["A3"] = "Contract periods are four weeks, Monday to Sunday; Period 13 runs to 31 March."
    sheet["A3"].font = Font(size=9)
    heads = ["Ref", "KPI", "Unit", "2023/24 outturn", *periods, "Target 2024/25", "RAG", "Comment"]
    put_row(sheet, HEAD_ROW, 1, heads)
    for col in range(1, len(heads) + 1):
        cell = sheet.cell(row=HEAD_ROW, column=col)
        cell.fill = HEAD
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    target_col = FIRST_PERIOD_COL + 13
    exp = Expected([])
    row = HEAD_ROW + 1
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, len(heads) + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        ref, name, unit, outturn, values, target, rag, comment = spec
        assert isinstance(values, tuple) and len(values) == REPORTED
        put_row(sheet, row, 1, [ref, name, unit, outturn])
        put_row(sheet, row, FIRST_PERIOD_COL, list(values))
        put_row(sheet, row, target_col, [target, rag, comment])
        for col in range(3, target_col + 2):
            cell = sheet.cell(row=row, column=col)
            cell.alignment = Alignment(horizontal="center")
            if unit == "\u00a3":
                cell.number_format = "\u00a3#,##0.00" if ref == "LC14" else "\u00a3#,##0"
            elif unit == "No.":
                cell.number_format = "#,##0"
            elif unit == "%":
                cell.number_format = "0.0"
        if rag:
            fill(sheet, f"{get_column_letter(target_col + 1)}{row}", RAG_FILL[str(rag)])
        exp.observations.append(Obs(str(ref), str(name), OUTTURN, num(outturn), text_of(outturn)))
        exp.add_meta(str(ref), str(name), None, UNIT[str(unit)])
        row += 1
    notes = (
        "RAG is for the latest period reported. G: target met; A: within 5% of target; R: "
        "more than 5% away.",
        "Percentages are shown as numbers (e.g. 98.6 = 98.6%).",
    )
    for j, line in enumerate(notes, start=row + 1):
        sheet.cell(row=j, column=1, value=line).font = Font(size=9, italic=True)
    sheet.column_dimensions["A"].width = 7
    sheet.column_dimensions["B"].width = 58
    for col in range(4, target_col + 1):
        sheet.column_dimensions[get_column_letter(col)].width = 12
    sheet.column_dimensions[get_column_letter(target_col + 2)].width = 48
    sheet.row_dimensions[HEAD_ROW].height = 45
    sheet.freeze_panes = f"E{HEAD_ROW + 1}"
    exp.status = "needs_review"
    exp.review_cells = [
        f"{SHEET}!{get_column_letter(FIRST_PERIOD_COL + i)}{HEAD_ROW}" for i in range(REPORTED)
    ]
    save(book, path)
    return exp
