"""Status cells that carry a date or period beside the rating: 'Red (since Q4 23/24)', 'Amber \u2013 Dec 24'."""

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

SHEET = "Q3 Scorecard"
HEAD_ROW = 5
PERIODS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
SECTION = PatternFill(fill_type="solid", start_color="FFE2EFDA", end_color="FFE2EFDA")
FILLS = {"red": RED_FILL, "amber": AMBER_FILL, "green": GREEN_FILL}

# A 1-tuple is a section row. Otherwise: code, measure, Q1, Q2, Q3, target 2024/25,
# status cell as typed, the rating a reader takes from it, comment.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Adults and Health",),
    ("AH01", "Permanent admissions to residential and nursing care, aged 65+, per 100,000",
     148.2, 301.7, 452.9, 560, "Amber \u2013 Dec 24", "amber",
     "Cumulative; on course to exceed the annual ceiling slightly."),
    ("AH02", "Older people at home 91 days after discharge into reablement (%)",
     81.4, 83.0, 84.6, 85, "Green from Jul 2024", "green", None),
    ("AH03", "Adult safeguarding enquiries where the risk was reduced or removed (%)",
     92.0, 90.5, 93.1, 90, "Green", "green", None),
    ("AH04", "Carers' assessments completed within 28 days (%)",
     54.3, 49.8, 47.2, 75, "Red (since Q4 23/24)", "red",
     "Backlog from the carers' service recommissioning; recovery plan to Cabinet in February."),
    ("AH05", "Adults with learning disabilities in paid employment (%)",
     5.1, 5.3, None, 6, "Not rated (data due Feb)", None,
     "Q3 return from the provider not yet received."),
    ("Children and Families",),
    ("CF01", "Child and family assessments completed within 45 working days (%)",
     79.6, 84.2, 88.9, 85, "Green (Amber at Q1)", "green", None),
    ("CF02", "Re-referrals to children's social care within 12 months (%)",
     24.8, 22.1, 23.5, 20, "Amber \u2013 since Sep 24", "amber", None),
    ("CF03", "Children in care with three or more placements in the year (%)",
     3.2, 6.1, 9.4, 10, "Green", "green", "Cumulative through the year."),
    ("CF04", "EHCP needs assessments issued within 20 weeks (%)",
     38.5, 31.0, 27.7, 60, "Red \u2013 Jul 24 onwards", "red",
     "Educational psychology capacity; agency EPs from January."),
    ("CF05", "Care leavers aged 19\u201321 in education, employment or training (%)",
     57.0, 55.4, "TBC", 60, "Not rated \u2013 Q3 data due Jan 25", None,
     "Q3 figure awaiting the annual contact check."),
    ("Place and Economy",),
    ("PL01", "Principal roads where maintenance should be considered (%)",
     None, None, 4.0, 4, "Green (annual survey, Nov 2024)", "green",
     "Annual SCANNER survey result."),
    ("PL02", "Potholes repaired within 28 days (%)",
     91.3, 87.6, 78.9, 90, "Red since Nov 2024", "red", "Wet November: 2,140 defects logged."),
    ("PL03", "Household waste reused, recycled or composted (%)",
     56.1, 55.2, 51.8, 55, "Amber (Oct\u2013Dec)", "amber", "Seasonal fall in garden waste."),
    ("PL04", "Apprenticeship starts supported by the council",
     42, 88, 121, None, "No target \u2013 monitoring only", None, None),
    ("PL05", "Planning appeals allowed (%)",
     28.6, 33.3, 25.0, 30, "Green from Q3", "green", "3 of 12 appeals allowed."),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a county council's quarterly Council Plan scorecard to a scrutiny board.

    'Code', 'Measure', 'Q1 2024/25'..'Q3 2024/25', 'Target 2024/25' and a
    'Status' column in which officers type the rating with a date or period
    they add by habit: 'Red (since Q4 23/24)', 'Amber \u2013 Dec 24', 'Green
    from Jul 2024', 'Green (Amber at Q1)', 'Not rated (data due Feb)', 'No
    target \u2013 monitoring only'. Rated cells are filled in their colour; the
    unrated ones are not. Shaded directorate rows; a Q3 'TBC'; a learning
    disability measure with no Q3 figure; the road condition survey only in
    Q3; comments.

    A careful reader takes the rating word at the start of each status cell as
    the row's rating for its latest figure, and the date beside it as when the
    rating started or what it covers, not as a period of the figures (the
    figure columns give the periods). 'Green (Amber at Q1)' is green now: the
    amber is history. 'Not rated' and 'No target' cells are no rating.
    The single target applies to every quarter. 'TBC' is CF05's Q3 text.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Council Plan 2024\u201328: Quarter 3 2024/25 performance scorecard")
    sheet["A2"] = "Corporate Scrutiny Board \u2013 27 February 2025"
    sheet["A3"] = (
        "Status shows the current rating and, where officers have added it, when that rating "
        "began or the period it covers."
    )
    sheet["A3"].font = Font(italic=True, size=9)
    heads = ["Code", "Measure", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Target 2024/25",
             "Status", "Comment"]  # fmt: skip
    put_row(sheet, HEAD_ROW, 1, heads, bold=True)
    for col in range(1, len(heads) + 1):
        sheet.cell(row=HEAD_ROW, column=col).alignment = Alignment(wrap_text=True)
    exp = Expected([])
    row = HEAD_ROW + 1
    for entry in ROWS:
        if len(entry) == 1:
            sheet.cell(row=row, column=1, value=entry[0]).font = Font(bold=True)
            for col in range(1, len(heads) + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        code, name, q1, q2, q3, target, status, rating, comment = entry
        put_row(sheet, row, 1, [code, name, q1, q2, q3, target, status, comment])
        if rating:
            fill(sheet, f"G{row}", FILLS[str(rating)])
        figures = (q1, q2, q3)
        given = [k for k, v in enumerate(figures) if v is not None]
        for k in given:
            rag: Rag | None = None
            if k == given[-1] and rating:
                rag = rating  # type: ignore[assignment]
            value = figures[k]
            exp.observations.append(
                Obs(str(code), str(name), PERIODS[k], num(value), text_of(value), num(target), rag)
            )
        row += 1
    sheet.cell(row=row + 1, column=1, value=(
        "Green: on or better than target. Amber: within 10% of target. Red: more than 10% "
        "from target."
    )).font = Font(size=9)  # fmt: skip
    sheet.column_dimensions["B"].width = 64
    sheet.column_dimensions["G"].width = 30
    sheet.column_dimensions["H"].width = 52
    save(book, path)
    return exp
