"""Indicators numbered afresh in each portfolio section, so the same number names different measures."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from tests.realistic.kit import (
    AMBER_FILL,
    GREEN_FILL,
    RED_FILL,
    Expected,
    Rag,
    fill,
    new_book,
    observed,
    put_row,
    save,
    title,
)

SHEET = "Q3 Scorecard"
HEAD_ROW = 5
FIRST = HEAD_ROW + 1
PERIODS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
RAG_FILL = {"G": GREEN_FILL, "A": AMBER_FILL, "R": RED_FILL}
POLARITY = {"High": "higher_is_better", "Low": "lower_is_better"}
HEAD = PatternFill(fill_type="solid", start_color="FF305496", end_color="FF305496")
SECTION = PatternFill(fill_type="solid", start_color="FFD9E1F2", end_color="FFD9E1F2")
THIN = Side(style="thin", color="FFBFBFBF")

# A 1-tuple is a portfolio row. Otherwise: no., indicator, good is, Q1, Q2, Q3, target, RAG, comment
ROWS: tuple[tuple[object, ...], ...] = (
    ("1. Adult Social Care and Health",),
    (1, "Adults receiving a review of their care in the last 12 months (%)", "High", 61.2, 63.8,
     66.1, 75, "R", "Review team at 70% establishment."),
    (2, "Permanent admissions to residential and nursing care, aged 65+, per 100,000", "Low",
     142.6, 298.1, 441.0, 580, "G", "Cumulative; profiled target 435."),
    (3, "Older people still at home 91 days after discharge into reablement (%)", "High", 83.4,
     81.9, 84.7, 82, "G", None),
    (4, "Carers' assessments completed", "High", 212, 238, 201, 225, "A", None),
    (5, "Safeguarding enquiries where the risk was reduced or removed (%)", "High", 91.0, "n/a",
     93.5, 90, "G", "Q2 not reported: case management upgrade."),
    ("2. Children and Families",),
    (1, "Children in care per 10,000 children aged under 18", "Low", 71.8, 73.2, 74.0, 70, "A",
     None),
    (2, "Re-referrals to children's social care within 12 months (%)", "Low", 19.6, 22.4, 21.1,
     20, "A", None),
    (3, "Education, health and care plans issued within 20 weeks (%)", "High", 48.3, 52.0, 57.9,
     60, "A", "Educational psychology capacity improving."),
    (4, "Care leavers aged 19-21 in education, employment or training (%)", "High", 54.0, 55.2,
     None, 58, "R", "Q3 annual return not yet complete."),
    ("3. Place and Environment",),
    (1, "Household waste reused, recycled or composted (%)", "High", 47.2, 48.0, 44.6, 48, "A",
     "Garden waste season ended early."),
    (2, "Principal roads where maintenance should be considered (%)", "Low", None, None, 4.0, 4,
     "G", "Annual survey reported at Q3."),
    (3, "Potholes repaired within 28 days (%)", "High", 78.4, 81.0, 69.5, 85, "R",
     "Storm Bert and Storm Darragh backlog."),
    (4, "Net additional dwellings completed (cumulative)", "High", 186, 402, 597, 800, "A",
     None),
    (5, "Library visits", None, 121406, 133870, 118225, None, None, "Information only."),
    (6, "Fly-tipping enforcement actions", "High", 52, 61, 47, 50, "A", None),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a county council's quarterly corporate scorecard numbered within each portfolio.

    The appendix a shire county's performance team attaches to its Cabinet
    and Scrutiny Management Board report: numbered portfolio sections
    ('1. Adult Social Care and Health', '2. Children and Families',
    '3. Place and Environment'), and inside each the indicators numbered
    1, 2, 3... again, typed as numbers in a column headed 'No.'. Then
    Indicator, 'Good is' High/Low, Q1-Q3 2024/25, 'Target 2024/25', a
    filled R/A/G letter and comments. So '1' is adult reviews in the
    first section, children in care in the second and recycling in the
    third.

    A careful reader takes the number as the indicator's place in its
    section, not its identity: each row is its own indicator, known by its
    name (all names differ), in its portfolio. Expectations therefore carry
    no code. The single target applies to every quarter, the RAG to the
    latest quarter given (care leavers' Q3 is blank, so its R falls to Q2);
    safeguarding Q2 is 'n/a'; road condition has only a Q3 figure; library
    visits are information only. Polarity from 'Good is'.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Corporate Performance Scorecard \u2013 Quarter 3 2024/25")
    sheet["A2"] = "Appendix A to the Cabinet report of 11 February 2025"
    sheet["A2"].font = Font(italic=True)
    sheet["A3"] = "Indicators are numbered within each portfolio."
    sheet["A3"].font = Font(size=9)
    heads = ["No.", "Indicator", "Good is", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25",
             "Target 2024/25", "RAG", "Comments"]  # fmt: skip
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
        _number, name, good, q1, q2, q3, target, rag, _comment = spec
        put_row(sheet, row, 1, list(spec))
        sheet.cell(row=row, column=1).alignment = Alignment(horizontal="center")
        for col in range(1, ncol + 1):
            sheet.cell(row=row, column=col).border = Border(bottom=THIN)
        if rag:
            fill(sheet, f"H{row}", RAG_FILL[str(rag)])
            sheet[f"H{row}"].alignment = Alignment(horizontal="center")
        goal = float(target) if isinstance(target, int | float) else None
        status = RAG[str(rag)] if rag else None
        exp.observations += observed(None, str(name), PERIODS, (q1, q2, q3), goal, status)
        exp.add_meta(None, str(name), POLARITY.get(str(good)), None)
        row += 1
    notes = (
        "RAG: G = on or better than target; A = within 10% of target; R = more than 10% worse "
        "than target.",
        "Information-only measures are not rated.",
    )
    for j, line in enumerate(notes, start=row + 1):
        sheet.cell(row=j, column=1, value=line).font = Font(size=9, italic=True)
    widths = {"A": 6, "B": 66, "C": 8, "G": 10, "H": 6, "I": 44}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"C{FIRST}"
    save(book, path)
    return exp
