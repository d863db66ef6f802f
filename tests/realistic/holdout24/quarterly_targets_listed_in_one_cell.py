"""One target cell listing a profile for every quarter ('Q1 20 / Q2 40 / Q3 60 / Q4 80') beside plain targets."""

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
    fill,
    new_book,
    num,
    put_row,
    save,
    text_of,
    title,
)

SHEET = "KPIs Q3"
HEAD_ROW = 4
FIRST = HEAD_ROW + 1
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25")
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
RAG_FILL = {"Green": GREEN_FILL, "Amber": AMBER_FILL, "Red": RED_FILL}
UNIT = {"%": "%", "No.": "number", "Days": "days", "kg": "kg"}
POLARITY = {"High": "higher_is_better", "Low": "lower_is_better"}
HEAD = PatternFill(fill_type="solid", start_color="FF375623", end_color="FF375623")
SECTION = PatternFill(fill_type="solid", start_color="FFE2EFDA", end_color="FFE2EFDA")
THIN = Side(style="thin", color="FFBFBFBF")

# A 1-tuple is a section row. Otherwise: code, indicator, unit, good is, Q1, Q2, Q3 (Q4 is
# empty), the target cell as typed, the targets it gives for Q1..Q4 (None: no target), RAG, comment.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Place",),
    ("PL01", "Household waste sent for reuse, recycling and composting", "%", "High",
     46.2, 48.9, 41.3, "Q1 48% / Q2 50% / Q3 42% / Q4 40%", (48, 50, 42, 40), "Amber",
     "Seasonal profile: garden waste falls away over the winter."),
    ("PL02", "Residual household waste per household (cumulative)", "kg", "Low",
     118.4, 236.0, 352.9, "Q1 120 / Q2 240 / Q3 355 / Q4 470", (120, 240, 355, 470), "Green",
     None),
    ("PL03", "Fly-tips removed within 2 working days", "%", "High",
     93.1, 95.4, 96.2, 95, (95, 95, 95, 95), "Green", None),
    ("PL04", "Major planning applications determined within 13 weeks or agreed time", "%",
     "High", 100, 87.5, 91.7, "Q1: 90%, Q2: 90%, Q3: 90%, Q4: 90%", (90, 90, 90, 90), "Green",
     "11 of 12 in time."),
    ("PL05", "Minor and other planning applications determined within 8 weeks", "%", "High",
     84.6, 82.1, 79.8, 85, (85, 85, 85, 85), "Amber", "Two planning officer vacancies."),
    ("PL06", "Visits to council leisure centres", "No.", "High",
     212480, 198311, 176905, "Q1 210,000\nQ2 195,000\nQ3 180,000\nQ4 215,000",
     (210000, 195000, 180000, 215000), "Amber", "Pool closed 9 days in November for repairs."),
    ("Housing",),
    ("HO01", "Average days to re-let council homes (standard voids)", "Days", "Low",
     42.3, 38.6, 35.1, "Q1 40 days | Q2 38 days | Q3 35 days | Q4 32 days", (40, 38, 35, 32),
     "Amber", None),
    ("HO02", "Affordable homes delivered (cumulative)", "No.", "High",
     12, 31, 58, "Q1-15, Q2-40, Q3-65, Q4-120", (15, 40, 65, 120), "Red",
     "Handover of 24 homes at Mill Lane slipped to February."),
    ("HO03", "Households whose homelessness was prevented", "No.", "High",
     64, 71, 69, 60, (60, 60, 60, 60), "Green", None),
    ("HO04", "Rent collected as a percentage of rent due (cumulative)", "%", "High",
     96.1, 97.4, 98.0, "Q1: 96.0%, Q2: 97.0%, Q3: 98.0%, Q4: 99.0%", (96, 97, 98, 99), "Green",
     None),
    ("HO05", "Households in temporary accommodation at quarter end", "No.", "Low",
     58, 66, 72, "n/a", None, None, "Monitored only; demand-led."),
    ("Resources",),
    ("RS01", "Council tax collected (cumulative)", "%", "High",
     29.4, 57.0, 84.3, "Q1 29.5% / Q2 57.2% / Q3 84.8% / Q4 97.6%", (29.5, 57.2, 84.8, 97.6),
     "Amber", None),
    ("RS02", "Business rates collected (cumulative)", "%", "High",
     31.2, 58.8, 86.1, "Q1 30.5% / Q2 58.0% / Q3 85.5% / Q4 98.0%", (30.5, 58.0, 85.5, 98.0),
     "Green", None),
    ("RS03", "Average days to process new Housing Benefit claims", "Days", "Low",
     21.4, 18.2, 16.5, 18, (18, 18, 18, 18), "Green", None),
    ("RS04", "Working days lost to sickness absence per FTE (cumulative)", "Days", "Low",
     2.1, 4.5, 7.3, "Q1 2.0, Q2 4.0, Q3 6.0, Q4 8.0", (2, 4, 6, 8), "Red",
     "Long-term absence up in waste services."),
    ("RS05", "Stage 1 complaints answered within 10 working days", "%", "High",
     88.0, "n/a", 91.2, 90, (90, 90, 90, 90), "Green",
     "Q2 not reported: complaints system changeover."),
    ("RS06", "Customer contact centre calls answered", "%", "High",
     79.4, 83.0, None, "Q1 80% / Q2 80% / Q3 85% / Q4 85%", (80, 80, 85, 85), "Green",
     "Q3 telephony report awaited; RAG is for Q2."),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a district council's quarterly KPI report to Cabinet and overview and scrutiny.

    The policy team's Quarter 3 2024/25 KPI sheet: Code, Indicator, Unit,
    'Good is' (High/Low), 'Q1 2024/25'..'Q4 2024/25' (Q4 still empty), one
    'Target 2024/25' column, a filled RAG word and Comments, under shaded
    Place, Housing and Resources rows. Seasonal and cumulative measures
    have a target for each quarter, and the services typed the whole
    profile into the one target cell in their own ways: 'Q1 48% / Q2 50% /
    Q3 42% / Q4 40%', 'Q1: 90%, Q2: 90%, Q3: 90%, Q4: 90%', four lines
    'Q1 210,000' .. 'Q4 215,000', 'Q1 40 days | Q2 38 days | ...',
    'Q1-15, Q2-40, Q3-65, Q4-120', 'Q1 2.0, Q2 4.0, ...'. Other measures
    keep one plain number. A note says profiled targets give each
    quarter's target and the RAG compares the latest quarter with its own.

    A careful reader gives each quarter's figure the target its own quarter
    has in the profile (percentages in points), and the plain number to
    every quarter otherwise; Q4 has no figure, so its profiled target gives
    no observation. The RAG belongs to Q3, or to Q2 for the calls measure
    whose Q3 is blank. Temporary accommodation has 'n/a' for its target and
    no RAG. Complaints' Q2 is 'n/a'. Units and polarity from their columns.
    """
    book, sheet = new_book(SHEET)
    title(
        sheet, "A1", "Key Performance Indicators 2024/25 \u2013 Quarter 3 (April to December 2024)"
    )
    sheet["A2"] = "Cabinet 11 February 2025 and Overview and Scrutiny Committee 18 February 2025"
    sheet["A2"].font = Font(italic=True)
    heads = ["Code", "Indicator", "Unit", "Good is", *QUARTERS, "Target 2024/25", "RAG",
             "Comments"]  # fmt: skip
    put_row(sheet, HEAD_ROW, 1, heads)
    ncol = len(heads)
    for col in range(1, ncol + 1):
        cell = sheet.cell(row=HEAD_ROW, column=col)
        cell.fill = HEAD
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    exp = Expected([])
    row = FIRST
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, ncol + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        code, name, unit, good, q1, q2, q3, typed, profile, rag, comment = spec
        put_row(sheet, row, 1, [code, name, unit, good, q1, q2, q3, None, typed, rag, comment])
        for col in range(1, ncol + 1):
            cell = sheet.cell(row=row, column=col)
            cell.border = Border(bottom=THIN)
            cell.alignment = Alignment(
                horizontal="left" if col in (2, 9, 11) else "center",
                vertical="top",
                wrap_text=col in (2, 9, 11),
            )
        for col in range(5, 10):
            cell = sheet.cell(row=row, column=col)
            if unit == "No.":
                cell.number_format = "#,##0"
            elif unit in ("%", "Days", "kg"):
                cell.number_format = "0.0"
        if rag:
            fill(sheet, f"J{row}", RAG_FILL[str(rag)])
        targets = profile if isinstance(profile, tuple) else (None, None, None, None)
        figures = [q1, q2, q3]
        latest = max((k for k, v in enumerate(figures) if v is not None), default=None)
        for k, value in enumerate(figures):
            if value is None:
                continue
            goal = targets[k]
            exp.observations.append(
                Obs(
                    str(code),
                    str(name),
                    QUARTERS[k],
                    num(value),
                    text_of(value),
                    float(goal) if goal is not None else None,
                    RAG[str(rag)] if rag and k == latest else None,
                )
            )
        exp.add_meta(str(code), str(name), POLARITY[str(good)], UNIT[str(unit)])
        row += 1
    notes = (
        "Where a target cell lists Q1 to Q4, each quarter is measured against its own profiled "
        "target (cumulative and seasonal measures).",
        "RAG compares the latest quarter with its target: Green met; Amber within 10%; Red more "
        "than 10% adrift.",
    )
    for j, line in enumerate(notes, start=row + 1):
        sheet.cell(row=j, column=1, value=line).font = Font(size=9, italic=True)
    widths = {"A": 7, "B": 56, "C": 7, "D": 8, "I": 30, "J": 9, "K": 44}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    for letter in "EFGH":
        sheet.column_dimensions[letter].width = 12
    sheet.freeze_panes = f"C{FIRST}"
    book.properties.creator = "Policy and Performance"
    save(book, path)
    return exp
