"""Quarterly cells holding 'achieved/due' counts ('45/60') in some rows, percentages in others."""

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

SHEET = "Q3 Scorecard"
HEAD_ROW = 5
FIRST = HEAD_ROW + 1
PERIODS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25")
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
RAG_FILL = {"Green": GREEN_FILL, "Amber": AMBER_FILL, "Red": RED_FILL}
SECTION = PatternFill(fill_type="solid", start_color="FFE2EFDA", end_color="FFE2EFDA")

# A cell is (as typed, the figure a reader takes, the text a reader keeps). Percentages not
# typed as 'x/y' are stored as fractions under a 0.0% format; counts and days as numbers.
Cell = tuple[object, float | None, str | None]


def pc(points: float) -> Cell:
    return (round(points / 100, 6), points, None)


def n(value: float) -> Cell:
    return (value, float(value), None)


def sl(typed: str, points: float | None) -> Cell:
    """A slash count: the percentage it stands for, or the text itself when it stands for none."""
    return (typed, points, None if points is not None else typed)


def tx(typed: str) -> Cell:
    return (typed, None, typed)


# A 1-tuple is a section row. Otherwise: ref, measure, kind ('%' or other), Q1..Q3 cells
# (Q4 blank), target (points for '%' rows), RAG word, note.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Children's Social Care",),
    ("CSC01", "Single assessments completed within 45 working days (%)", "%",
     (sl("45/60", 75.0), sl("52/64", 81.25), sl("57/76", 75.0)), 85, "Red",
     "Agency social worker turnover in the east locality."),
    ("CSC02", "Child protection visits within timescale (%)", "%",
     (pc(91.4), pc(89.7), pc(93.2)), 90, "Green", None),
    ("CSC03", "Initial child protection conferences within 15 working days (%)", "%",
     (sl("18/24", 75.0), sl("21/25", 84.0), sl("3/4", 75.0)), 85, "Red",
     "Only 4 conferences due in Q3; one delayed at the family's request."),
    ("CSC04", "Children looked after with an up-to-date health assessment (%)", "%",
     (pc(88.0), pc(90.5), pc(92.1)), 90, "Green", None),
    ("CSC05", "Care leavers in suitable accommodation (%)", "%",
     (sl("74/80", 92.5), sl("77/80", 96.25), sl("70/80", 87.5)), 90, "Amber", None),
    ("CSC06", "Children looked after (number at quarter end)", "No.",
     (n(312), n(318), n(309)), None, None, "Context measure."),
    ("Education and Inclusion",),
    ("EI01", "New EHC plans issued within 20 weeks (%)", "%",
     (sl("33/50", 66.0), sl("29/40", 72.5), sl("41/50", 82.0)), 60, "Green",
     "Excluding exception cases."),
    ("EI02", "Annual reviews of EHC plans completed on time (%)", "%",
     (pc(58.3), pc(61.0), pc(64.7)), 70, "Red", None),
    ("EI03", "Permanent exclusions (number in quarter)", "No.",
     (n(7), n(4), n(9)), None, None, None),
    ("EI04", "Children missing education found within 20 school days (%)", "%",
     (sl("9/12", 75.0), sl("0/0", None), sl("6/8", 75.0)), 80, "Amber",
     "Q2: no cases opened in the summer holiday."),
    ("EI05", "Pupils offered a first preference secondary school (%)", "%",
     (None, None, pc(89.6)), 90, "Amber", "Annual: national offer day figure."),
    ("Adult Social Care",),
    ("ASC01", "Safeguarding enquiries concluded within 28 days (%)", "%",
     (sl("126/150", 84.0), sl("132/160", 82.5), tx("n/a")), 85, None,
     "Q3 not available: Mosaic reporting upgrade."),
    ("ASC02", "Reviews of long-term support completed in the year (%)", "%",
     (pc(21.4), pc(44.8), pc(67.2)), 75, "Red", "Cumulative; profiled target 75% by Q3."),
    ("ASC03", "Older people still at home 91 days after reablement (%)", "%",
     (sl("38/40", 95.0), sl("35/40", 87.5), sl("47/50", 94.0)), 85, "Green", None),
    ("ASC04", "Average days from referral to assessment", "Days",
     (n(19.5), n(22.1), n(17.8)), 20, "Green", None),
    ("ASC05", "Carers' assessments completed within 28 days (%)", "%",
     (sl("1/2", 50.0), sl("4/5", 80.0), sl("7/8", 87.5)), 80, "Green",
     "Very small numbers: one case moves the figure a long way."),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a county council's children's and adults' quarterly scorecard to scrutiny.

    The kind of 'People Directorate Performance Scorecard 2024/25' a county
    council's business intelligence team sends to the People Overview and
    Scrutiny Committee: Ref, Measure, 'Q1 2024/25'..'Q4 2024/25' (Q4
    empty), 'Target 2024/25', a filled RAG word and Notes under shaded
    service rows. Timeliness measures with modest caseloads are typed the
    way the case management reports give them, as cases in time over cases
    due ('45/60', '126/150', '3/4'), while the other percentages arrive as
    fractions under a 0.0% format and counts and days as plain numbers. A
    line under the title says '45/60 = 45 of the 60 due were on time
    (75%)'.

    A careful reader takes each slash count in a '%' measure as the
    percentage it stands for, as a '12 of 15' cell is read (45/60 is 75.0,
    52/64 is 81.25), and the plain percentages in points. Most slash texts
    could never be dates (45/60, 126/150, 33/50, 74/80); a few could be
    mistaken for day/month dates if retyped or opened as CSV ('3/4', '9/12',
    '6/8', '1/2', '4/5', '7/8'), but they are stored as text in rows whose
    neighbours are counts and whose measure is a percentage, so a reader
    takes them as 75.0, 75.0, 75.0, 50.0, 80.0, 87.5. '0/0' (no cases due)
    stands for no percentage and is kept as text; so is 'n/a'. The single
    Target applies to every quarter; the RAG belongs to Q3, the latest
    figure in every rated row (the admissions figure is annual and only in
    Q3). Safeguarding's Q3 'n/a' has no RAG. Context counts have neither
    target nor RAG. No unit or polarity column.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "People Directorate Performance Scorecard 2024/25 \u2013 Quarter 3")
    sheet["A2"] = "People Overview and Scrutiny Committee, 12 March 2025"
    sheet["A2"].font = Font(italic=True)
    sheet["A3"] = (
        "Where shown as a fraction, the figure is the number completed in time over the number "
        "due: 45/60 = 45 of the 60 due were on time (75%)."
    )
    sheet["A3"].font = Font(size=9, italic=True)
    heads = ["Ref", "Measure", *PERIODS, "Target 2024/25", "RAG", "Notes"]
    put_row(sheet, HEAD_ROW, 1, heads, bold=True)
    ncol = len(heads)
    for col in range(1, ncol + 1):
        sheet.cell(row=HEAD_ROW, column=col).alignment = Alignment(
            horizontal="center", wrap_text=True
        )
    exp = Expected([])
    row = FIRST
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, ncol + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        ref, name, kind, cells, target, rag, note = spec
        assert isinstance(cells, tuple)
        percent = kind == "%"
        put_row(sheet, row, 1, [ref, name])
        given = [k for k, c in enumerate(cells) if c is not None]
        for k in given:
            typed, figure, text = cells[k]
            cell = sheet.cell(row=row, column=3 + k, value=typed)
            if percent and isinstance(typed, float):
                cell.number_format = "0.0%"
            elif isinstance(typed, float):
                cell.number_format = "0.0"
            cell.alignment = Alignment(horizontal="right")
            status = RAG[str(rag)] if rag and k == given[-1] else None
            goal = None if target is None else float(str(target))
            exp.observations.append(
                Obs(str(ref), str(name), PERIODS[k], figure, text, goal, status)
            )
        if target is not None:
            cell = sheet.cell(row=row, column=7)
            if percent:
                cell.value = float(str(target)) / 100
                cell.number_format = "0%"
            else:
                cell.value = target
            cell.alignment = Alignment(horizontal="right")
        if rag:
            sheet.cell(row=row, column=8, value=rag).alignment = Alignment(horizontal="center")
            fill(sheet, f"H{row}", RAG_FILL[str(rag)])
        if note:
            sheet.cell(row=row, column=9, value=note)
        row += 1
    notes = (
        "RAG compares the Q3 result with the 2024/25 target. Green: target met; Amber: within 5 "
        "percentage points; Red: further away.",
        "0/0: no cases due in the quarter. n/a: not available.",
    )
    for j, line in enumerate(notes, start=row + 1):
        sheet.cell(row=j, column=1, value=line).font = Font(size=9, italic=True)
    sheet.column_dimensions["A"].width = 7
    sheet.column_dimensions["B"].width = 62
    for letter in "CDEFGH":
        sheet.column_dimensions[letter].width = 11
    sheet.column_dimensions["I"].width = 50
    sheet.freeze_panes = f"C{FIRST}"
    save(book, path)
    return exp
