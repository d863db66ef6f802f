"""A Target cell holding both the target and a stretch target: '90% (stretch 95%)', '\u2264 12 days / stretch 10 days'."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Font, PatternFill

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

SHEET = "Scorecard"
HEAD_ROW = 4
PERIODS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25")
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
RAG_FILL = {"G": GREEN_FILL, "A": AMBER_FILL, "R": RED_FILL}
POLARITY = {"Higher": "higher_is_better", "Lower": "lower_is_better"}
UNIT = {"%": "%", "Days": "days", "Number": "number", "\u00a3": "\u00a3"}
SECTION = PatternFill(fill_type="solid", start_color="FFD9E1F2", end_color="FFD9E1F2")
HEAD = PatternFill(fill_type="solid", start_color="FF1F3864", end_color="FF1F3864")

# A 1-tuple is a section row. Otherwise: ref, measure, unit, good is, Q1..Q4 (Q4 empty), the
# target cell as typed, the target a reader takes from it, RAG letter (latest quarter), comment.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Adult Social Care",),
    ("ASC01", "Adults receiving long-term support who had a review in the last 12 months",
     "%", "Higher", 61.4, 66.0, 71.8, None, "75% (stretch 85%)", 75.0, "A",
     "Review team back to full strength from October."),
    ("ASC02", "New Care Act assessments completed within 28 days", "%", "Higher", 82.3, 86.1,
     90.4, None, "90% (stretch 95%)", 90.0, "G", None),
    ("ASC03", "Average days from referral to start of reablement", "Days", "Lower", 13.8, 12.6,
     11.2, None, "\u2264 12 days / stretch 10 days", 12.0, "G", None),
    ("ASC04", "Permanent admissions to care homes, aged 65+ (number, cumulative)", "Number",
     "Lower", 71, 148, 226, None, "290 (stretch: 260)", 290.0, "G",
     "Cumulative in year; the target is for the full year."),
    ("ASC05", "Carers' assessments completed", "Number", "Higher", 61, 127, 184, None,
     "250 (stretch: 300)", 250.0, "A", "Cumulative; just below the Q3 profile of 188."),
    ("ASC06", "Safeguarding enquiries where the desired outcome was met (%)", "%", "Higher", 93.5,
     91.8, 94.6, None, "90%", 90.0, "G", None),
    ("Children's Services",),
    ("CS01", "Single assessments completed within 45 working days", "%", "Higher", 84.7, 88.9,
     87.2, None, "90% (stretch 95%)", 90.0, "A", None),
    ("CS02", "Child protection plans reviewed within timescale", "%", "Higher", 100.0, 97.6,
     98.8, None, "100%", 100.0, "A", "One review rescheduled at the family's request."),
    ("CS03", "Average days from entering care to moving in with adoptive family", "Days",
     "Lower", 431, 402, 388, None, "\u2264 426 days / stretch 380 days", 426.0, "G", None),
    ("CS04", "New Education, Health and Care plans issued within 20 weeks", "%", "Higher", 41.2,
     48.6, "Not available", None, "60% (stretch 70%)", 60.0, None,
     "Q3 data being validated after the case management move."),
    ("CS05", "Children looked after placed more than 20 miles from home", "%", "Lower", 18.9,
     17.4, 16.1, None, "\u2264 17% / stretch 15%", 17.0, "G", None),
    ("CS06", "Foster carer households approved (cumulative)", "Number", "Higher", 4, 9, 13, None,
     "20 (stretch: 25)", 20.0, "R", "Cumulative; three households in assessment."),
    ("Public Health",),
    ("PH01", "NHS Health Checks delivered to eligible population (cumulative)", "Number",
     "Higher", 1863, 3927, 5742, None, "7,500 (stretch: 8,250)", 7500.0, "G", None),
    ("PH02", "Adults successfully completing drug treatment (non-opiate)", "%", "Higher", 34.8,
     36.1, 37.4, None, "38% (stretch 40%)", 38.0, "A", None),
    ("PH03", "Smoking quitters at 4 weeks (cumulative)", "Number", "Higher", 212, 431, 598, None,
     "800 (stretch: 900)", 800.0, "G", None),
    ("PH04", "Cost per successful quit", "\u00a3", "Lower", 412, 398, "n/a", None,
     "\u2264 \u00a3400 / stretch \u00a3350", 400.0, None, "Q3 costs not yet reconciled."),
    ("PH05", "Infants breastfed at 6\u20138 weeks", "%", "Higher", 47.2, None, 49.0, None, None,
     None, None, "Data only; Q2 return not submitted by the provider."),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a unitary council's People directorate scorecard with stretch targets.

    The kind of quarterly scorecard a unitary council's People directorate
    takes to its Health and Adult Social Care and Children and Young
    People scrutiny committees, where the business plan sets a target and
    a more ambitious stretch target for some measures and the officer typed
    both into one Target cell: '90% (stretch 95%)', '\u2264 12 days /
    stretch 10 days', '250 (stretch: 300)'-style counts with thousands
    separators, '\u2264 \u00a3400 / stretch \u00a3350'. Others have a plain '90%' or no
    target. Ref, Measure, Unit, 'Good is' Higher/Lower, Q1..Q4 2024/25 (Q4
    empty), 'Target 2024/25', a filled G/A/R RAG letter and comments under
    shaded section rows; a note under the title says RAG is against the
    target, not the stretch.

    A careful reader takes the first figure in each Target cell as the
    target and leaves the stretch figure aside, as the note says: 90, 12
    days, 290, 7,500, \u00a3400. The '\u2264' agrees with the 'Good is' Lower
    beside it. Each target applies to every quarter in its row, and the
    RAG letter to the latest quarter given (Q3). 'Not available' and 'n/a'
    Q3s are kept as text and carry no rating. Units and polarity come from
    their columns. Percentages are in points. Nothing is doubtful.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "People Directorate Performance Scorecard \u2013 Quarter 3 2024/25")
    sheet["A2"] = (
        "RAG is measured against the target. Stretch targets are shown for information and "
        "are not used for the RAG rating."
    )
    sheet["A2"].font = Font(italic=True, size=9)
    heads = ["Ref", "Measure", "Unit", "Good is", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25",
             "Q4 2024/25", "Target 2024/25", "RAG", "Comments"]  # fmt: skip
    put_row(sheet, HEAD_ROW, 1, heads)
    for col in range(1, len(heads) + 1):
        cell = sheet.cell(row=HEAD_ROW, column=col)
        cell.fill = HEAD
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    exp = Expected([])
    row = HEAD_ROW + 1
    for entry in ROWS:
        if len(entry) == 1:
            sheet.cell(row=row, column=1, value=entry[0]).font = Font(bold=True)
            for col in range(1, len(heads) + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        ref, name, unit, good, q1, q2, q3, q4, typed, meant, rag, comment = entry
        put_row(sheet, row, 1, [ref, name, unit, good, q1, q2, q3, q4, typed, rag, comment])
        sheet.cell(row=row, column=9).alignment = Alignment(horizontal="center")
        if unit == "\u00a3":
            for col in (5, 6, 7):
                sheet.cell(row=row, column=col).number_format = "\u00a3#,##0"
        elif unit == "Number":
            for col in (5, 6, 7):
                sheet.cell(row=row, column=col).number_format = "#,##0"
        if rag:
            fill(sheet, f"J{row}", RAG_FILL[str(rag)])
        exp.add_meta(str(ref), str(name), POLARITY[str(good)], UNIT[str(unit)])
        values = (q1, q2, q3, q4)
        given = [p for p, v in zip(PERIODS, values, strict=True) if v is not None]
        for period, value in zip(PERIODS, values, strict=True):
            if value is None:
                continue
            status = RAG[str(rag)] if rag and period == given[-1] else None
            exp.observations.append(
                Obs(str(ref), str(name), period, num(value), text_of(value), num(meant), status)
            )
        row += 1
    notes = (
        "G \u2013 target met or exceeded; A \u2013 within 5% of target; R \u2013 more than 5% "
        "from target. Cumulative measures are rated against the in-year profile.",
        "Source: Mosaic (adults and children), LiquidLogic EHM, public health provider returns.",
    )
    for j, line in enumerate(notes, start=row + 1):
        sheet.cell(row=j, column=1, value=line).font = Font(size=9)
    widths = {"A": 7, "B": 62, "C": 8, "D": 8, "I": 26, "J": 6, "K": 50}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"C{HEAD_ROW + 1}"
    save(book, path)
    return exp
