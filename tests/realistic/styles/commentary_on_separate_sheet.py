"""Scorecard sheet of codes, figures, target and status; a second 'Commentary' sheet keyed by code."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Font

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

SHEET = "Scorecard"
NOTES_SHEET = "Commentary"
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
HEADINGS = ("Q1 24/25", "Q2 24/25", "Q3 24/25")
RAG: dict[str, Rag] = {"Red": "red", "Amber": "amber", "Green": "green"}
RAG_FILL = {"Red": RED_FILL, "Amber": AMBER_FILL, "Green": GREEN_FILL}

# code, indicator, Q1, Q2, Q3, target, status
ROWS: tuple[tuple[object, ...], ...] = (
    ("PRS01", "Major planning applications determined within 13 weeks or an agreed extension (%)", 92.3, 88.9, 100.0, 90.0, "Green"),
    ("PRS02", "Minor planning applications determined within 8 weeks or an agreed extension (%)", 81.5, 76.2, 68.4, 85.0, "Red"),
    ("PRS03", "Other planning applications determined within 8 weeks or an agreed extension (%)", 88.0, 86.7, 89.9, 90.0, "Amber"),
    ("PRS04", "Planning appeals allowed against the council's decision (%)", 28.6, 33.3, 25.0, 30.0, "Green"),
    ("PRS05", "Average working days to validate a planning application", 4.1, 3.6, 3.9, 5.0, "Green"),
    ("PRS06", "Food hygiene interventions completed when due (%)", 94.1, 90.8, 87.2, 95.0, "Amber"),
    ("PRS07", "Licensing applications determined within the statutory period (%)", 98.7, 99.1, 97.9, 98.0, "Amber"),
    ("PRS08", "Noise complaints given a first response within 5 working days (%)", 85.3, 79.4, 83.0, 90.0, "Red"),
    ("PRS09", "Planning enforcement cases closed", 64, 71, 58, None, None),
)  # fmt: skip

# code, short title, commentary, actions, lead officer (one row per code, worst first)
COMMENTARY: tuple[tuple[str, str, str, str, str], ...] = (
    ("PRS02", "Minor applications in time",
     "Performance fell to 68.4% in Q3 against a target of 85%. Two planning officer posts were "
     "vacant from September and 41 of the 130 minor applications decided in the quarter went "
     "past 8 weeks without an agreed extension.",
     "Agency planner started 4 November 2024; extensions of time to be sought at week 6; "
     "backlog to be cleared by the end of February 2025.",
     "Development Manager"),
    ("PRS08", "Noise complaints first response",
     "83.0% against 90%. Improved on Q2 (79.4%) after the out-of-hours rota was restored, but "
     "the October bonfire period brought 212 complaints, the highest for three years.",
     "Online noise diary form to go live in January 2025 so first contact can be made "
     "the same day.",
     "Environmental Protection Team Leader"),
    ("PRS06", "Food hygiene interventions",
     "87.2% of the 312 interventions due were completed. The shortfall is category D "
     "premises, deferred while officers dealt with an outbreak investigation in November.",
     "Deferred category D visits rescheduled for Q4; contractor engaged for 60 inspections.",
     "Commercial Team Manager"),
    ("PRS03", "Other applications in time",
     "89.9%, just below the 90% target; householder applications are now back within 8 weeks.",
     "Continue weekly caseload reviews.",
     "Development Manager"),
    ("PRS07", "Licensing in time",
     "97.9% against 98%: one premises licence application of 48 went past the statutory period "
     "because of a late representation.",
     "None required.",
     "Licensing Manager"),
    ("PRS09", "Enforcement cases closed",
     "58 cases closed, 126 open at 31 December (was 119 at 30 September). Monitoring only.",
     "Report on the open caseload to Planning Committee in March.",
     "Planning Enforcement Officer"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a borough council's planning and regulatory services quarterly report workbook.

    The report's first sheet is the scorecard proper: code, indicator, the
    three quarters of 2024/25 so far, the annual target and a status word
    with its colour. The narrative lives on a second sheet, 'Commentary',
    one row per code for the indicators the service chose to explain
    (worst first): a short title, the officer's commentary quoting figures
    and dates, actions and the lead officer. Members read the two side by
    side.

    A careful reader takes the figures from the scorecard only: each
    quarter's figure with the target (one column, so every quarter's), the
    status rating Q3. The commentary sheet explains those figures; the
    numbers in its sentences are not observations, and its codes and titles
    are not further indicators.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Test Valley Borough Council")
    sheet["A2"] = "Planning and Regulatory Services \u2013 Quarter 3 2024/25 performance"
    sheet["A3"] = "Commentary on indicators below target is on the 'Commentary' sheet."
    sheet["A3"].font = Font(italic=True, size=9)
    header = ["Code", "Performance indicator", *HEADINGS, "Target 24/25", "Status"]
    put_row(sheet, 5, 1, header, bold=True)
    exp = Expected([])
    for i, (code, name, q1, q2, q3, target, status) in enumerate(ROWS):
        row = 6 + i
        put_row(sheet, row, 1, [code, name, q1, q2, q3, target, status])
        if status is not None:
            fill(sheet, f"G{row}", RAG_FILL[str(status)])
        exp.observations += observed(
            str(code),
            str(name),
            QUARTERS,
            (q1, q2, q3),
            None if target is None else float(str(target)),
            RAG.get(str(status)),
        )
    sheet.column_dimensions["B"].width = 72

    notes = book.create_sheet(NOTES_SHEET)
    title(notes, "A1", "Quarter 3 2024/25 \u2013 commentary and actions")
    put_row(notes, 3, 1, ["Code", "Indicator", "Commentary", "Actions", "Lead officer"], bold=True)
    for j, line in enumerate(COMMENTARY):
        put_row(notes, 4 + j, 1, list(line))
        for col in (3, 4):
            notes.cell(row=4 + j, column=col).alignment = Alignment(wrap_text=True, vertical="top")
    notes.column_dimensions["B"].width = 30
    notes.column_dimensions["C"].width = 80
    notes.column_dimensions["D"].width = 60
    save(book, path)
    return exp
