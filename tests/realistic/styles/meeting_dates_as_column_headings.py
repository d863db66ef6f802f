"""Figure columns headed by the Cabinet meeting they were reported to, the quarter in a sub-heading."""

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
SUB_ROW = 5
MEETINGS = (
    "Cabinet 11 Jun 2024",
    "Cabinet 17 Sep 2024",
    "Cabinet 10 Dec 2024",
    "Cabinet 11 Mar 2025",
)
COVERS = (
    "Year end 2023/24",
    "Quarter 1 (Apr\u2013Jun)",
    "Quarter 2 (Jul\u2013Sep)",
    "Quarter 3 (Oct\u2013Dec)",
)
PERIODS = ("2023/24", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
RAG_FILL = {"Green": GREEN_FILL, "Amber": AMBER_FILL, "Red": RED_FILL}
SECTION = PatternFill(fill_type="solid", start_color="FFDDEBF7", end_color="FFDDEBF7")
GREY = PatternFill(fill_type="solid", start_color="FFD9D9D9", end_color="FFD9D9D9")

# A 1-tuple is a theme row. Otherwise: ref, indicator, four meeting figures, target 2024/25, RAG, comment
ROWS: tuple[tuple[object, ...], ...] = (
    ("Thriving places",),
    ("TP1", "Net additional homes provided (cumulative in year)", 412, 58, 131, 187, 250, "Green",
     "On track for the Local Plan requirement."),
    ("TP2", "Major planning applications decided within 13 weeks or agreed time (%)", 88.9, 100.0,
     83.3, 71.4, 80, "Red", "Two complex applications determined late."),
    ("TP3", "Business rates collected (%)", 98.6, 30.8, 58.1, 83.9, 83.5, "Green", None),
    ("Clean and green",),
    ("CG1", "Household waste sent for reuse, recycling and composting (%)", 50.7, 54.2, 55.0,
     "Awaited", 52, None, "Q3 tonnage from the county council due in February."),
    ("CG2", "Missed bin collections per 100,000", 41.3, 38.9, 44.6, 52.0, 50, "Amber",
     "Round changes in November."),
    ("CG3", "Fly-tips cleared within 2 working days (%)", 94.1, 95.6, 96.2, 97.0, 95, "Green", None),
    ("CG4", "Residents satisfied with parks and open spaces (%)", 78.0, None, None, None, 80, None,
     "Annual residents' survey; next results June 2025."),
    ("A well run council",),
    ("WR1", "Council tax collected (%)", 98.1, 29.7, 57.2, 84.6, 84.8, "Amber", None),
    ("WR2", "Average days to process new benefit claims", 18.4, 16.9, 17.3, 15.8, 18, "Green", None),
    ("WR3", "Working days lost to sickness per FTE (rolling 12 months)", 9.2, 9.6, 9.9, 10.3, 8.5,
     "Red", "Long-term absence in waste services."),
    ("WR4", "Freedom of Information requests answered within 20 working days (%)", 91.7, 93.0,
     89.5, 94.4, 90, "Green", None),
    ("WR5", "Stage 1 complaints responded to within 10 working days (%)", None, 72.0, 80.5, 86.1,
     85, "Green", "New measure for 2024/25."),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a borough council's corporate scorecard kept as a running record of Cabinet reports.

    Rushcliffe-style: one sheet, 'Corporate Performance Scorecard 2024/25'
    in the title, and a column for each Cabinet meeting the figures were
    reported to ('Cabinet 11 Jun 2024', 'Cabinet 17 Sep 2024', 'Cabinet
    10 Dec 2024', 'Cabinet 11 Mar 2025'), with a sub-heading row under them
    saying what each covers: 'Year end 2023/24', 'Quarter 1 (Apr-Jun)',
    'Quarter 2 (Jul-Sep)', 'Quarter 3 (Oct-Dec)'. Then 'Target 2024/25', a
    filled RAG word and comments. Theme rows shaded; the annual survey has
    only its year-end figure and grey quarters; a new measure has no
    year-end figure; recycling Q3 is 'Awaited'. A note repeats that each
    column holds what went to that meeting.

    A careful reader dates each column by the period its sub-heading names,
    not by the meeting: the June meeting's column is the year 2023/24, the
    others Q1 to Q3 of 2024/25 (the year from the title and from following
    the 2023/24 year end). The target names 2024/25, so it belongs to the
    quarters, not to the 2023/24 outturn; the RAG belongs to the latest
    figure given in the row (the survey's RAG is blank). 'Awaited' is
    recycling's Q3 text. No unit or polarity column.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Rushcliffe Borough Council \u2013 Corporate Performance Scorecard 2024/25")
    sheet["A2"] = "Performance as reported to each Cabinet meeting"
    sheet["A2"].font = Font(italic=True)
    heads = ["Ref", "Performance indicator", *MEETINGS, "Target 2024/25", "RAG", "Comments"]
    put_row(sheet, HEAD_ROW, 1, heads, bold=True)
    put_row(sheet, SUB_ROW, 3, COVERS)
    for col in range(1, len(heads) + 1):
        sheet.cell(row=HEAD_ROW, column=col).alignment = Alignment(
            horizontal="center", wrap_text=True
        )
        sheet.cell(row=SUB_ROW, column=col).font = Font(italic=True, size=9)
    exp = Expected([])
    row = SUB_ROW + 1
    for entry in ROWS:
        if len(entry) == 1:
            sheet.cell(row=row, column=1, value=entry[0]).font = Font(bold=True)
            for col in range(1, len(heads) + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        ref, name, *figures, target, rag, comment = entry
        put_row(sheet, row, 1, [ref, name, *figures, target, rag, comment])
        for k, value in enumerate(figures):
            if value is None and k > 0:
                sheet.cell(row=row, column=3 + k).fill = GREY
        if rag:
            fill(sheet, f"H{row}", RAG_FILL[str(rag)])
        given = [k for k, value in enumerate(figures) if value is not None]
        for k in given:
            value = figures[k]
            goal = num(target) if k > 0 else None
            status = RAG[str(rag)] if rag and k == given[-1] else None
            obs = Obs(str(ref), str(name), PERIODS[k], num(value), text_of(value), goal, status)
            exp.observations.append(obs)
        row += 1
    notes = (
        "Each column shows the position reported to that Cabinet meeting; the row beneath the "
        "meeting says which period the figures cover.",
        "RAG compares the latest figure with the 2024/25 target. Green: target met; Amber: within "
        "5%; Red: more than 5% away.",
    )
    for j, line in enumerate(notes):
        sheet.cell(row=row + 1 + j, column=1, value=line).font = Font(size=9)
    sheet.column_dimensions["B"].width = 60
    for letter in "CDEF":
        sheet.column_dimensions[letter].width = 14
    sheet.freeze_panes = f"C{SUB_ROW + 1}"
    save(book, path)
    return exp
