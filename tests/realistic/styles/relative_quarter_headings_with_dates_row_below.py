"""Period headings 'Same quarter last year', 'Previous quarter', 'Current quarter', dates in a row below."""

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

SHEET = "Q2 2024-25"
HEAD_ROW = 4
DATE_ROW = 5
FIRST = DATE_ROW + 1
HEADINGS = ("Same quarter last year", "Previous quarter", "Current quarter")
DATES = ("Jul\u2013Sep 2023", "Apr\u2013Jun 2024", "Jul\u2013Sep 2024")
PERIODS = ("Q2 2023/24", "Q1 2024/25", "Q2 2024/25")
THIS_YEAR = (False, True, True)  # whether 'Target 2024/25' applies to the column
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
RAG_FILL = {"Green": GREEN_FILL, "Amber": AMBER_FILL, "Red": RED_FILL}
HEAD = PatternFill(fill_type="solid", start_color="FF0B5394", end_color="FF0B5394")
DATE_FILL = PatternFill(fill_type="solid", start_color="FFCFE2F3", end_color="FFCFE2F3")
SECTION = PatternFill(fill_type="solid", start_color="FFFFF2CC", end_color="FFFFF2CC")
THIN = Side(style="thin", color="FFBFBFBF")

# A 1-tuple is a priority row. Otherwise: ref, indicator, same quarter last year, previous
# quarter, current quarter, target 2024/25, RAG, direction of travel, comments
ROWS: tuple[tuple[object, ...], ...] = (
    ("Priority 1: A thriving local economy",),
    ("EC1", "Business rates collected in year (%)", 57.2, 29.1, 58.4, 57.5, "Green",
     "\u2191 Improving", None),
    ("EC2", "Major planning applications decided within 13 weeks or agreed time (%)", 92.3,
     100.0, 81.8, 90, "Red", "\u2193 Worsening", "2 of 11 determined late; both with PPA."),
    ("EC3", "Minor planning applications decided within 8 weeks or agreed time (%)", 84.0, 88.6,
     89.1, 85, "Green", "\u2191 Improving", None),
    ("EC4", "Visitors to the town centre (footfall, thousands)", 1204, 1118, 1256, None, None,
     "\u2191 Improving", "Context only; summer events programme."),
    ("Priority 2: Safe, clean and green neighbourhoods",),
    ("NH1", "Household waste reused, recycled or composted (%)", 53.8, 51.2, 52.6, 54, "Amber",
     "\u2193 Worsening", "Compared with the same quarter last year."),
    ("NH2", "Fly-tips removed within 2 working days (%)", 89.4, 93.7, 95.0, 95, "Green",
     "\u2191 Improving", None),
    ("NH3", "Residual waste per household (kg)", 104.6, 101.3, 99.8, 100, "Green",
     "\u2191 Improving", None),
    ("NH4", "Anti-social behaviour cases resolved within 30 days (%)", "n/a", 68.0, 71.4, 75,
     "Amber", "\u2192 No change", "New case system from April 2024; no comparison available."),
    ("NH5", "Food businesses rated 3 or above (%)", 96.1, 96.8, None, 95, "Green",
     "\u2192 No change", "Q2 extract delayed; rating shown is for Q1."),
    ("Priority 3: An efficient council",),
    ("EF1", "Council tax collected in year (%)", 56.9, 29.4, 56.1, 57.0, "Amber",
     "\u2193 Worsening", None),
    ("EF2", "Average days to process new benefit claims", 19.2, 17.4, 16.1, 18, "Green",
     "\u2191 Improving", None),
    ("EF3", "Working days lost to sickness per FTE (quarter)", 2.1, 2.6, 2.4, 2.0, "Red",
     "\u2193 Worsening", "Long-term absence in the depot."),
    ("EF4", "Calls answered within 2 minutes (%)", 74.5, 69.8, "Not available", 80, None, None,
     "Telephony reporting down since August upgrade."),
    ("EF5", "Digital transactions as a share of all transactions (%)", None, 61.2, 63.9, 65,
     "Amber", "\u2191 Improving", "New measure 2024/25."),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a district council's quarterly performance report that names its columns relatively.

    A district council's quarterly report to its Overview and Scrutiny
    Committee, on a template reused every quarter: Ref, Indicator, then
    'Same quarter last year', 'Previous quarter' and 'Current quarter',
    with a second heading row under those three giving the dates they
    cover ('Jul\u2013Sep 2023', 'Apr\u2013Jun 2024', 'Jul\u2013Sep 2024'),
    then 'Target 2024/25', a filled RAG word, 'Direction of travel'
    arrows with words, and comments under yellow priority rows. The title
    names Quarter 2 2024/25.

    A careful reader dates each column by the row beneath: Q2 2023/24,
    Q1 2024/25 and Q2 2024/25. The target names 2024/25, so it belongs to
    the two 2024/25 quarters, not to last year's figure. The RAG goes to
    the latest figure given: food hygiene has no current figure, so its
    rating falls to Q1 (its comment says so); calls answered has 'Not
    available' this quarter and no rating; anti-social behaviour has 'n/a'
    last year; digital transactions is new (blank last year); footfall is
    context only with no target. No unit or polarity column.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Quarterly Performance Report \u2013 Quarter 2 2024/25")
    sheet["A2"] = "Overview and Scrutiny Committee, 14 November 2024"
    sheet["A2"].font = Font(italic=True)
    heads = ["Ref", "Indicator", *HEADINGS, "Target 2024/25", "RAG", "Direction of travel",
             "Comments"]  # fmt: skip
    put_row(sheet, HEAD_ROW, 1, heads)
    put_row(sheet, DATE_ROW, 3, DATES)
    ncol = len(heads)
    for col in range(1, ncol + 1):
        cell = sheet.cell(row=HEAD_ROW, column=col)
        cell.fill = HEAD
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        below = sheet.cell(row=DATE_ROW, column=col)
        below.fill = DATE_FILL
        below.font = Font(italic=True, size=9)
        below.alignment = Alignment(horizontal="center")
    for col in (1, 2, 6, 7, 8, 9):  # headings without dates span both heading rows
        sheet.merge_cells(start_row=HEAD_ROW, start_column=col, end_row=DATE_ROW, end_column=col)
    exp = Expected([])
    row = FIRST
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, ncol + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        ref, name, last_year, previous, current, target, rag, _travel, _comment = spec
        put_row(sheet, row, 1, list(spec))
        for col in range(1, ncol + 1):
            sheet.cell(row=row, column=col).border = Border(bottom=THIN)
        if rag:
            fill(sheet, f"G{row}", RAG_FILL[str(rag)])
        figures = (last_year, previous, current)
        given = [k for k, value in enumerate(figures) if value is not None]
        for k in given:
            value = figures[k]
            goal = num(target) if THIS_YEAR[k] else None
            status = RAG[str(rag)] if rag and k == given[-1] else None
            exp.observations.append(
                Obs(str(ref), str(name), PERIODS[k], num(value), text_of(value), goal, status)
            )
        row += 1
    notes = (
        "Direction of travel compares the current quarter with the same quarter last year.",
        "RAG: Green \u2013 target met; Amber \u2013 within 5% of target; Red \u2013 more than 5% "
        "away from target.",
    )
    for j, line in enumerate(notes, start=row + 1):
        sheet.cell(row=j, column=1, value=line).font = Font(size=9, italic=True)
    widths = {"A": 6, "B": 62, "C": 14, "D": 14, "E": 14, "F": 10, "G": 9, "H": 16, "I": 46}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"C{FIRST}"
    save(book, path)
    return exp
