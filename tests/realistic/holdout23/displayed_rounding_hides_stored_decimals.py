"""Figures stored with more decimals than their number format shows."""

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
    put_row,
    save,
    title,
)

SHEET = "Q3 2024-25"
HEAD_ROW = 4
PERIODS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25")
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
RAG_FILL = {"Green": GREEN_FILL, "Amber": AMBER_FILL, "Red": RED_FILL}
UNIT = {"%": "%", "No.": "number", "Days": "days", "kg": "kg"}
FORMAT = {"%": "0%", "No.": "#,##0", "Days": "0.0", "kg": "#,##0"}
HEAD = PatternFill(fill_type="solid", start_color="FF1F4E78", end_color="FF1F4E78")
SECTION = PatternFill(fill_type="solid", start_color="FFDDEBF7", end_color="FFDDEBF7")

# A 1-tuple is a section row. Otherwise: ref, indicator, unit, Q1, Q2, Q3, Q4, target,
# RAG, comments. Percentages are stored as the fractions the performance system exported
# (0.82371), shown as whole percentages by a 0% format; days are shown to one decimal place.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Resources",),
    ("RES01", "Council tax collected in year", "%", 0.29143, 0.56218, 0.82371, None, 0.825,
     "Amber", "82% shown; 0.13 points behind the profile."),
    ("RES02", "Business rates collected in year", "%", 0.30562, 0.58894, 0.84957, None, 0.84,
     "Green", None),
    ("RES03", "Invoices paid within 30 days", "%", 0.95482, 0.94613, 0.94507, None, 0.95,
     "Amber", "Shown as 95%, but just under target."),
    ("RES04", "Average working days lost to sickness per FTE (cumulative)", "Days", 2.1843,
     4.3516, 6.7249, None, 8.5, "Amber", "Profiled target for Q3 is 6.4 days."),
    ("RES05", "Freedom of Information requests answered within 20 working days", "%",
     0.88235, 0.91304, 0.89655, None, 0.9, "Amber", "26 of 29."),
    ("Place",),
    ("PL01", "Household waste sent for reuse, recycling and composting", "%", 0.48817,
     0.50264, 0.44562, None, 0.5, "Red", "Q3 is provisional; garden waste season ended."),
    ("PL02", "Residual household waste per household (cumulative)", "kg", 118.62,
     241.37, 356.904, None, 480, "Green", None),
    ("PL03", "Major planning applications determined in time", "%", 1, 0.85714, 0.92308,
     None, 0.9, "Green", "12 of 13."),
    ("PL04", "Minor planning applications determined in time", "%", 0.79512, 0.82647,
     0.7951, None, 0.8, "Amber", "Displays as 80% but below the 80% target."),
    ("PL05", "Average days to remove fly-tipping", "Days", 1.8462, 2.4567, 12.4567, None, 2,
     "Red", "Q3 skewed by one large tipping case on private land (42 days)."),
    ("PL06", "Fly-tipping incidents reported", "No.", 412, 389, 377, None, None, None,
     "Information only."),
    ("Housing and Communities",),
    ("HC01", "Homelessness cases prevented or relieved", "%", 0.61538, 0.64286, None, None,
     0.6, "Green", "Q3 data not yet validated; RAG is at Q2."),
    ("HC02", "Average days to re-let council homes", "Days", 34.8333, 31.2714, 29.9512,
     None, 30, "Green", "Shown as 30.0 days."),
    ("HC03", "Disabled Facilities Grants completed", "No.", 41, 38, 46, None, 160, "Green",
     None),
    ("HC04", "Leisure centre visits", "No.", 212473, 198612, 187904, None, 800000, "Amber",
     "Annual target; Q3 below the 200,000 quarterly profile (pool closed for 9 days)."),
    ("HC05", "Residents satisfied with their neighbourhood (annual survey)", "%", None,
     None, 0.78456, None, 0.8, "Amber", None),
    ("HC06", "Council homes with a valid gas safety certificate", "%", 0.99873, "n/a",
     0.99951, None, 1, "Amber", "Q2 not reported: contractor data outage."),
)  # fmt: skip


def _points(value: object, unit: str) -> float | None:
    if not isinstance(value, int | float):
        return None
    return round(float(value) * 100, 6) if unit == "%" else float(value)


def build(path: Path) -> Expected:
    """Imitates a district council's quarterly KPI report from its performance system.

    Figures exported from a performance system (Pentana/InPhase style) into a
    district council's quarterly corporate KPI workbook for the Overview and
    Scrutiny Committee: Ref, Indicator, Unit, 'Q1 2024/25'..'Q4 2024/25' (Q4
    empty), 'Target 2024/25', a filled RAG word and Comments under shaded
    sections. The cells keep every decimal the system worked out: percentages
    are fractions such as 0.82371 in a '0%' format (so the sheet shows '82%'),
    days and counts such as 12.4567 in '0.0' (showing '12.5') or 356.904 in
    '#,##0' (showing '357').

    A careful reader takes the stored value as the figure, not its rounded
    display: the display rounding is presentation, and the published RAG
    agrees with the stored value where the two differ (minor planning at
    0.7951 shows '80%' against an '80%' target yet is rated Amber; invoices
    at 0.94507 show '95%' against 95% and are Amber; re-lets at 29.9512 show
    '30.0' against 30 and are Green). So percentages are the stored fraction
    in points (82.371), other figures as stored. The single target applies
    to every quarter; the RAG belongs to the latest figure (housing
    prevention's Q3 is blank, so its RAG falls to Q2). The gas safety Q2 is
    'n/a'; fly-tipping incidents are information only. Units come from the
    Unit column; no polarity is stated.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Corporate Key Performance Indicators \u2013 Quarter 3 2024/25")
    sheet["A2"] = "Overview and Scrutiny Committee, 20 February 2025 \u2013 Appendix A"
    sheet["A2"].font = Font(italic=True)
    heads = ["Ref", "Indicator", "Unit", *PERIODS, "Target 2024/25", "RAG", "Comments"]
    put_row(sheet, HEAD_ROW, 1, heads)
    for col in range(1, len(heads) + 1):
        cell = sheet.cell(row=HEAD_ROW, column=col)
        cell.fill = HEAD
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    exp = Expected([])
    row = HEAD_ROW + 1
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, len(heads) + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        ref, name, unit, q1, q2, q3, q4, target, rag, _comment = spec
        put_row(sheet, row, 1, list(spec))
        unit_s = str(unit)
        for col in range(4, 9):
            cell = sheet.cell(row=row, column=col)
            cell.number_format = FORMAT[unit_s]
            cell.alignment = Alignment(horizontal="right")
        if rag:
            fill(sheet, f"I{row}", RAG_FILL[str(rag)])
        values = (q1, q2, q3, q4)
        given = [(p, v) for p, v in zip(PERIODS, values, strict=True) if v is not None]
        for i, (period, value) in enumerate(given):
            latest = i == len(given) - 1
            exp.observations.append(
                Obs(
                    str(ref),
                    str(name),
                    period,
                    _points(value, unit_s),
                    None if isinstance(value, int | float) else str(value),
                    _points(target, unit_s),
                    RAG[str(rag)] if rag and latest else None,
                )
            )
        exp.add_meta(str(ref), str(name), None, UNIT[unit_s])
        row += 1
    notes = (
        "Figures are taken from the performance management system and shown rounded; "
        "percentages to the nearest whole per cent, days to one decimal place.",
        "RAG compares the latest quarter with the 2024/25 target. Green: on or better than "
        "target; Amber: within 5%; Red: more than 5% off target.",
        "Cumulative measures show the position from 1 April to the end of the quarter.",
    )
    for j, line in enumerate(notes, start=row + 1):
        sheet.cell(row=j, column=1, value=line).font = Font(size=9, italic=True)
    for letter, width in {"A": 7, "B": 58, "C": 7, "I": 9, "J": 50}.items():
        sheet.column_dimensions[letter].width = width
    for letter in "DEFGH":
        sheet.column_dimensions[letter].width = 11
    sheet.freeze_panes = f"D{HEAD_ROW + 1}"
    save(book, path)
    return exp
