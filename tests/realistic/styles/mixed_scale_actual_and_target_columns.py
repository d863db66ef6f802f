"""Percentage actuals typed as points beside targets stored as fractions shown as %, and the reverse."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Font, PatternFill
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
    put_row,
    save,
    text_of,
    title,
)

SHEET = "Q3 dashboard"
HEAD_ROW = 5
PERIODS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
RAG_FILL = {"Green": GREEN_FILL, "Amber": AMBER_FILL, "Red": RED_FILL}
UNIT = {"%": "%", "No.": "number", "Days": "days"}
SECTION = PatternFill(fill_type="solid", start_color="FFFCE4D6", end_color="FFFCE4D6")
HEAD = PatternFill(fill_type="solid", start_color="FF833C0B", end_color="FF833C0B")

# How each percentage row was typed, actuals / target:
#   "P/F" actuals typed as points (82, 91.5), target a fraction shown as % (0.8 -> 80%)
#   "F/P" actuals fractions shown as % (0.912 -> 91.2%), target typed as points (90)
#   "M/F" Q1 a fraction shown as %, Q2 and Q3 typed as points; target a fraction
#   "F/F" both fractions shown as % (the template as designed)
#   "P/T" actuals typed as points, target typed as the text '95%'
# A 1-tuple is a section row. Otherwise: ref, measure, unit, typing, Q1..Q3 and target all
# in points (percentages) as a reader takes them, RAG, comment.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Adult social care",),
    ("ASC01", "Adults with a review of their care and support in the last 12 months", "%", "P/F",
     61, 63.5, 66.2, 70, "Amber", "Review team back to full strength in January."),
    ("ASC02", "Older people still at home 91 days after discharge into reablement", "%", "P/F",
     82, 84, 79.5, 82, "Amber", None),
    ("ASC03", "Safeguarding enquiries where the risk was reduced or removed", "%", "F/P",
     91.2, 93.4, 92.7, 90, "Green", None),
    ("ASC04", "Care Act assessments completed within 28 days", "%", "M/F",
     68.4, 71, 74.5, 80, "Amber", "Q1 taken from the old case system."),
    ("ASC05", "Permanent admissions to residential and nursing care (aged 65+)", "No.", None,
     38, 41, 35, 40, "Green", "Target is per quarter."),
    ("ASC06", "Average days from referral to start of home care", "Days", None,
     9.4, 11.2, 8.7, 10, "Green", None),
    ("Public health",),
    ("PH01", "Eligible population offered an NHS Health Check (cumulative)", "%", "P/F",
     5.1, 10.3, 15.8, 20, "Amber", "Annual target; on profile."),
    ("PH02", "Smokers setting a quit date who had quit at 4 weeks", "%", "F/P",
     53, 49, 55, 50, "Green", None),
    ("PH03", "Opiate users completing treatment who did not re-present within 6 months", "%",
     "P/F", 4.8, 5.2, 5.6, 6, "Amber", None),
    ("PH04", "Infants totally or partially breastfed at 6-8 weeks", "%", "F/F",
     47.1, "n/a", 48.9, 50, "Amber", "Q2 not published by OHID (data quality)."),
    ("PH05", "Sexual health clinic appointments offered within 48 hours", "%", "P/T",
     96, 97.5, 95, 95, "Green", None),
    ("Housing",),
    ("HS01", "Homelessness cases with a successful prevention outcome", "%", "F/P",
     58, 61, 64, 60, "Green", None),
    ("HS02", "Households in temporary accommodation (quarter end)", "No.", None,
     212, 231, 247, None, None, "Monitoring only."),
    ("HS03", "Average days to re-let council homes (key to key)", "Days", None,
     34.2, 31.0, 29.5, 30, "Green", None),
    ("HS04", "Rent collected as % of rent due (cumulative)", "%", "P/F",
     97.1, 97.6, 98.2, 98.5, "Amber", None),
    ("HS05", "Disabled Facilities Grant adaptations completed", "No.", None,
     41, 38, None, 45, "Red", "Q3 completions being validated."),
    ("HS06", "Council homes meeting the Decent Homes Standard", "%", "P/F",
     91, 92, "TBC", 95, None, "Stock condition survey results due March."),
)  # fmt: skip


def _frac(points: float) -> float:
    return round(points / 100, 6)


def _put_actual(sheet: Worksheet, ref: str, value: object, as_fraction: bool) -> None:
    if isinstance(value, int | float) and as_fraction:
        sheet[ref] = _frac(float(value))
        sheet[ref].number_format = "0.0%"
    elif value is not None:
        sheet[ref] = value
        if isinstance(value, float):
            sheet[ref].number_format = "0.0"


def build(path: Path) -> Expected:
    """Imitates a unitary council's people and housing quarterly dashboard to a scrutiny committee.

    A dashboard the performance team assembles each quarter from figures
    the services send in: Ref, Measure, Unit (%, No., Days), 'Q1 2024/25',
    'Q2 2024/25', 'Q3 2024/25', 'Target 2024/25', a filled RAG word and
    comments, under shaded service rows. The template's targets are
    fractions formatted as percentages (0.7 shows '70%'), but several
    services type their results as whole points (61, 63.5, 79.5, shown
    as plain numbers); others paste fractions from their own system
    (0.912 shown '91.2%') against a target an officer typed as 90; one
    row has Q1 as a fraction from the old case system and Q2-Q3 typed as
    points; one target is the text '95%'; a small rate is typed 4.8
    against a 6% target. Counts and days are plain. An 'n/a' Q2, a 'TBC'
    Q3 unrated, a blank Q3 rated on Q2, a monitoring-only count.

    A careful reader takes every percentage on one scale, in points: 61
    is 61%, 0.912 shown 91.2% is 91.2, the target 0.7 shown 70% is 70 and
    '95%' is 95. The single target applies to each quarter in its row, the
    RAG to the latest figure given. Units from the Unit column; no
    polarity column.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "People and Housing Performance Dashboard \u2013 Quarter 3 2024/25")
    sheet["A2"] = "Health, Care and Housing Scrutiny Committee, 11 March 2025"
    sheet["A2"].font = Font(italic=True)
    sheet["A3"] = "Figures as supplied by services; targets as set in the 2024/25 service plans."
    sheet["A3"].font = Font(size=9)
    heads = ["Ref", "Measure", "Unit", *PERIODS, "Target 2024/25", "RAG", "Comments"]
    put_row(sheet, HEAD_ROW, 1, heads)
    ncol = len(heads)
    for col in range(1, ncol + 1):
        cell = sheet.cell(row=HEAD_ROW, column=col)
        cell.fill = HEAD
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    exp = Expected([])
    row = HEAD_ROW + 1
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, ncol + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        ref, name, unit, typing, q1, q2, q3, target, rag, comment = spec
        figures = (q1, q2, q3)
        put_row(sheet, row, 1, [ref, name, unit])
        kind = str(typing) if typing else "-/-"
        act, tgt = kind.split("/")
        for k, value in enumerate(figures):
            frac = act == "F" or (act == "M" and k == 0)
            _put_actual(sheet, sheet.cell(row=row, column=4 + k).coordinate, value, frac)
        tref = f"G{row}"
        if target is not None:
            if tgt == "F":
                sheet[tref] = _frac(float(str(target)))
                sheet[tref].number_format = "0.0%" if float(str(target)) % 1 else "0%"
            elif tgt == "T":
                sheet[tref] = f"{target}%"
            else:
                sheet[tref] = target
        put_row(sheet, row, 8, [rag, comment])
        for col in range(3, 9):
            sheet.cell(row=row, column=col).alignment = Alignment(horizontal="center")
        if rag:
            fill(sheet, f"H{row}", RAG_FILL[str(rag)])
        given = [k for k, value in enumerate(figures) if value is not None]
        for k in given:
            value = figures[k]
            status = RAG[str(rag)] if rag and k == given[-1] else None
            exp.observations.append(
                Obs(str(ref), str(name), PERIODS[k], num(value), text_of(value), num(target),
                    status)
            )  # fmt: skip
        exp.add_meta(str(ref), str(name), None, UNIT[str(unit)])
        row += 1
    notes = (
        "RAG compares the latest quarter with the 2024/25 target. Green: met or better; Amber: "
        "within 10%; Red: more than 10% away.",
        "n/a not available; TBC to be confirmed.",
    )
    for j, line in enumerate(notes, start=row + 1):
        sheet.cell(row=j, column=1, value=line).font = Font(size=9, italic=True)
    widths = {"A": 8, "B": 64, "C": 7, "D": 11, "E": 11, "F": 11, "G": 12, "H": 9, "I": 48}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"D{HEAD_ROW + 1}"
    save(book, path)
    return exp
