"""A Target column where a repeated target is typed as a ditto mark under the first real one."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from tests.realistic.kit import (
    AMBER_FILL,
    GREEN_FILL,
    RED_FILL,
    Expected,
    Obs,
    Rag,
    new_book,
    num,
    put_row,
    save,
    text_of,
    title,
)

SHEET = "Housing PIs"
HEAD_ROW = 5
FIRST = HEAD_ROW + 1
PERIODS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25")
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
RAG_FILL = {"G": GREEN_FILL, "A": AMBER_FILL, "R": RED_FILL}
DITTO = {'"', "\u3003", "do.", "as above"}
HEAD = PatternFill(fill_type="solid", start_color="FF833C0C", end_color="FF833C0C")
SECTION = PatternFill(fill_type="solid", start_color="FFFCE4D6", end_color="FFFCE4D6")
THIN = Side(style="thin", color="FFBFBFBF")

# Section rows are a 1-tuple. Otherwise: PI ref, indicator, frequency, target (a number, a ditto
# mark meaning 'same as the last target above', or None), Q1..Q4 2024/25, RAG (latest quarter),
# comment. Percentages typed in points.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Repairs and Maintenance",),
    ("HRM01", "Emergency repairs completed within 24 hours (%)", "Quarterly", 98.0, 99.1, 98.6,
     97.2, None, "A", None),
    ("HRM02", "Urgent repairs completed within 7 calendar days (%)", '"', '"', 94.3, 95.8, 96.4,
     None, "A", None),
    ("HRM03", "Routine repairs completed within 28 calendar days (%)", '"', '"', 81.7, 84.0, 88.5,
     None, "R", "Backlog from storm damage in October; additional contractor appointed."),
    ("HRM04", "Repairs completed right first time (%)", '"', 90.0, 88.4, 91.2, 90.6, None, "G",
     None),
    ("HRM05", "Tenant satisfaction with the last repair (%)", '"', "\u3003", 87.9, 89.5, 91.0,
     None, "G", "Telephone survey of 10% of completed jobs."),
    ("HRM06", "Gas safety certificates (LGSR) in date (%)", "Monthly", 100.0, 99.94, 99.97, 100.0,
     None, "G", "Q1: 3 properties, access cases now resolved."),
    ("HRM07", "Electrical installation condition reports in date (%)", '"', "\u3003", 96.8, 97.9,
     98.6, None, "A", None),
    ("HRM08", "Fire risk assessments in date \u2013 blocks (%)", '"', "\u3003", 100.0, 100.0, 100.0,
     None, "G", None),
    ("Income and Lettings",),
    ("HIL01", "Rent collected as % of rent due (excluding arrears b/f)", "Quarterly", 98.5, 96.2,
     97.4, 98.1, None, "A", "Seasonal profile; on track for year end."),
    ("HIL02", "Current tenant rent arrears as % of annual rent debit", '"', 2.5, 2.9, 2.7, 2.6,
     None, "A", None),
    ("HIL03", "Average days to re-let general needs voids (key to key)", '"', 28, 34, 31, 29,
     None, "A", None),
    ("HIL04", "Average days to re-let sheltered voids (key to key)", '"', "do.", 41, 38, 44, None,
     "R", "Low demand for bedsit units at two schemes; option appraisal to Cabinet in March."),
    ("HIL05", "Rent loss from empty homes as % of rent due", '"', 1.0, 1.3, 1.1, 0.9, None, "G",
     None),
    ("HIL06", "Right to Buy applications received", '"', None, 14, 9, 11, None, None,
     "Information only."),
    ("Tenancy and Estates",),
    ("HTE01", "Anti-social behaviour cases resolved (%)", "Quarterly", 90.0, 92.3, 88.9, 91.7,
     None, "G", None),
    ("HTE02", "Anti-social behaviour victims contacted within 1 working day (%)", '"',
     "as above", 95.4, "n/a", 93.8, None, "G", "Q2 not reported: case system migration."),
    ("HTE03", "Stage 1 complaints answered within 10 working days (%)", '"', 95.0, 86.1, 89.7,
     93.2, None, "A", None),
    ("HTE04", "Stage 2 complaints answered within 20 working days (%)", '"', "do.", 100.0, 83.3,
     91.7, None, "A", "12 stage 2 complaints in Q3, 11 in time."),
    ("HTE05", "Estate inspections completed to schedule (%)", '"', '"', 97.0, 100.0, 98.5, None,
     "G", None),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a district council's housing (HRA landlord) performance monitor at Quarter 3.

    The kind of sheet a stock-holding district council's housing service
    keeps for its Housing Scrutiny / Tenants' Panel: PI Ref, Indicator,
    Frequency, Target, 'Q1 24/25' to 'Q4 24/25' (Q4 still empty), a
    filled G/A/R 'RAG' letter and Comments, under shaded sections
    (Repairs, Income and Lettings, Tenancy and Estates). The officer typed
    each group's target once and repeated it below with ditto marks: '"',
    '\u3003', 'do.' and 'as above' (the Frequency column is dittoed the same
    way). Right to Buy applications are information only, with a genuinely
    blank target and no rating.

    A careful reader takes a ditto mark as the nearest real target above
    it in the same section, a ditto under a ditto meaning the same (98
    for urgent and routine repairs, 90 for repair satisfaction, 100 for
    the compliance checks, 28 for sheltered re-lets, 90 for ASB contact,
    95 for stage 2 complaints and estate inspections), the
    single Target applying to every quarter in its row and the single RAG
    to the latest quarter given (Q3). The blank target stays blank. The
    ASB contact Q2 is 'n/a'. No polarity or unit column; units live only
    in the names. Nothing is doubtful.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Housing Services \u2013 Key Performance Indicators 2024/25")
    sheet["A2"] = "Landlord services performance to 31 December 2024 (Quarter 3)"
    sheet["A3"] = "Housing Scrutiny Panel and Tenants' Performance Group"
    sheet["A3"].font = Font(italic=True, size=9)
    header = ["PI Ref", "Indicator", "Frequency", "Target", "Q1 24/25", "Q2 24/25", "Q3 24/25",
              "Q4 24/25", "RAG", "Comments"]  # fmt: skip
    put_row(sheet, HEAD_ROW, 1, header)
    ncol = len(header)
    for col in range(1, ncol + 1):
        cell = sheet.cell(row=HEAD_ROW, column=col)
        cell.fill = HEAD
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    exp = Expected([])
    row = FIRST
    last_target: float | None = None
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, ncol + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            last_target = None
            row += 1
            continue
        ref, name, _freq, target, q1, q2, q3, q4, rag, _comment = spec
        put_row(sheet, row, 1, list(spec))
        for col in (3, 4):
            sheet.cell(row=row, column=col).alignment = Alignment(horizontal="center")
        if rag in RAG_FILL:
            rgb = RAG_FILL[str(rag)]
            cell = sheet.cell(row=row, column=9)
            cell.fill = PatternFill(fill_type="solid", start_color=rgb, end_color=rgb)
            cell.alignment = Alignment(horizontal="center")
        for col in range(1, ncol + 1):
            sheet.cell(row=row, column=col).border = Border(bottom=THIN)
        meant: float | None
        if target in DITTO:
            assert last_target is not None, ref
            meant = last_target
        else:
            meant = num(target)
            last_target = meant
        values = (q1, q2, q3, q4)
        given = [p for p, v in zip(PERIODS, values, strict=True) if v is not None]
        for period, value in zip(PERIODS, values, strict=True):
            if value is None:
                continue
            exp.observations.append(
                Obs(
                    str(ref),
                    str(name),
                    period,
                    num(value),
                    text_of(value),
                    meant,
                    RAG.get(str(rag)) if period == given[-1] else None,
                )
            )
        row += 1
    notes = (
        'Key: " / do. / as above \u2013 same target as the line above.  G \u2013 on or better '
        "than target; A \u2013 within 5% of target; R \u2013 more than 5% off target.",
        "Source: Northgate Housing, Repairs (Total Mobile) and complaints system extracts.",
    )
    for j, line in enumerate(notes, start=row + 1):
        sheet.cell(row=j, column=1, value=line).font = Font(size=9)
    widths = {"A": 8, "B": 60, "C": 11, "D": 9, "I": 6, "J": 52}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    for letter in "EFGH":
        sheet.column_dimensions[letter].width = 9
    sheet.freeze_panes = f"C{FIRST}"
    save(book, path)
    return exp
