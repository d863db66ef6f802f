"""Each measure's cell holds its short name in bold on the first line and what it measures below, no description column."""

from __future__ import annotations

from pathlib import Path

from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Alignment, Font

from tests.realistic.kit import Expected, Obs, Rag, new_book, observed, put_row, save, title

SHEET = "ASC Scorecard"
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
RAG: dict[str, Rag] = {"R": "red", "A": "amber", "G": "green"}

# short name, what it measures, 2023/24 outturn, Q1, Q2, Q3, target 2024/25, RAG (Q3)
ROWS: tuple[tuple[object, ...], ...] = (
    ("Safeguarding enquiries concluded on time",
     "Section 42 enquiries closed within 28 days of the concern being raised, as a percentage of all enquiries closed in the quarter.",
     71.3, 68.0, 74.5, 77.2, 80.0, "A"),
    ("Reablement - still at home after 91 days",
     "Older people (65+) discharged from hospital into reablement who were still at home 91 days later (ASCOF 2B part 1).",
     84.1, 82.6, 85.9, 86.4, 85.0, "G"),
    ("Care home admissions, older people",
     "Permanent admissions of people aged 65 and over to residential and nursing care homes, per 100,000 population (year to date).",
     612.0, 151.2, 302.8, 447.5, 580.0, "G"),
    ("Care home admissions, working age adults",
     "Permanent admissions of adults aged 18-64 to residential and nursing care homes, per 100,000 population (year to date).",
     17.9, 5.1, 9.8, 16.3, 15.0, "R"),
    ("Reviews completed in the last 12 months",
     "People in receipt of long-term support for 12 months or more who have had a review in the last 12 months (%).",
     58.2, 60.4, 61.0, 63.8, 70.0, "A"),
    ("Direct payments",
     "People receiving long-term community support who get some or all of it as a direct payment (%).",
     24.6, 24.9, 25.3, 25.4, 28.0, "A"),
    ("Waiting for a Care Act assessment",
     "People waiting for an assessment of needs at the end of the quarter; excludes those waiting fewer than 5 working days.",
     None, 412, 386, 341, 300, "R"),
    ("Carers' assessments",
     "Carers assessed or reviewed so far this year (cumulative), including joint assessments with the cared-for person.",
     1288, 305, 646, "Due Feb", 1300, None),
    ("Hospital discharges on the day",
     "Patients medically fit for discharge from Royal Cornwall Hospital who left on the day they were fit, per 100 discharges needing council support.",
     61.0, 58.5, 63.1, 59.7, 65.0, "A"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a county council's adult social care quarterly scorecard to a scrutiny committee.

    To keep the table narrow for a printed agenda, the officer puts the
    definition inside the measure's own cell: the short name in bold on the
    first line, then (after a line break in the same cell) a sentence saying
    what is counted, with its own numbers ('within 28 days', '65+', '91
    days later', 'per 100,000', 'fewer than 5 working days'). There is no
    code and no separate description column; the rest is ordinary: last
    year's outturn, three quarters, the year's target and an R/A/G letter
    for Q3. One measure is new this year (no outturn); the carers' Q3 count
    is not in yet ('Due Feb').

    A careful reader takes the bold first line as the indicator's name and
    the sentence below as its definition, not part of the name and not a
    figure. The 2023/24 outturn has no target (the target names 2024/25).
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Cornwall Council - Adult Social Care Performance Scorecard")
    sheet["A2"] = (
        "Health and Adult Social Care Overview and Scrutiny Committee, 11 February 2025 "
        "- Quarter 3 2024/25"
    )
    header = ["Measure", "2023/24 outturn", *QUARTERS, "Target 2024/25", "R/A/G"]
    put_row(sheet, 4, 1, header, bold=True)
    bold = InlineFont(b=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    exp = Expected([])
    for i, (name, meaning, outturn, q1, q2, q3, target, rag) in enumerate(ROWS):
        r = 5 + i
        nm = str(name)
        put_row(sheet, r, 2, [outturn, q1, q2, q3, target, rag])
        cell = sheet.cell(row=r, column=1)
        cell.value = CellRichText(TextBlock(bold, nm), "\n" + str(meaning))
        cell.alignment = wrap
        sheet.row_dimensions[r].height = 48
        if outturn is not None:
            exp.observations.append(Obs(None, nm, "2023/24", float(str(outturn))))
        exp.observations += observed(
            None,
            nm,
            QUARTERS,
            (q1, q2, q3),
            float(str(target)),
            None if rag is None else RAG[str(rag)],
        )
    foot = 5 + len(ROWS) + 1
    sheet.cell(
        row=foot,
        column=1,
        value="R/A/G is for Quarter 3: G on or better than target (or profile), A within 10%, R worse.",
    ).font = Font(italic=True, size=9)
    sheet.column_dimensions["A"].width = 70
    save(book, path)
    return exp
