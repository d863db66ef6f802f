"""A scorecard with 'Last updated' and 'Next update due' date columns beside the figures."""

from __future__ import annotations

from datetime import datetime
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

SHEET = "Scorecard"
HEAD_ROW = 4
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
RAG_FILL = {"G": GREEN_FILL, "A": AMBER_FILL, "R": RED_FILL}
HEAD = PatternFill(fill_type="solid", start_color="FF375623", end_color="FF375623")
SECTION = PatternFill(fill_type="solid", start_color="FFE2EFDA", end_color="FFE2EFDA")
OVERDUE = PatternFill(fill_type="solid", start_color="FFF8CBAD", end_color="FFF8CBAD")
THIN = Side(style="thin", color="FFBFBFBF")


def _d(day: int, month: int, year: int) -> datetime:
    return datetime(year, month, day)


# A 1-tuple is a section row. Otherwise: ref, indicator, frequency, Q1, Q2, Q3, target, RAG
# letter, last updated, next update due (a date, or words as typed), commentary.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Thriving Economy",),
    ("EC01", "Business rates collected (cumulative %)", "Quarterly",
     29.8, 57.1, 84.3, 98.0, "G", _d(8, 1, 2025), _d(8, 4, 2025),
     "On profile; 84.0% at this point last year."),
    ("EC02", "Jobs created through council-supported inward investment", "Quarterly",
     42, 37, 55, 40, "G", _d(10, 1, 2025), _d(10, 4, 2025), None),
    ("EC03", "Claimant count rate, residents aged 16\u201364 (%)", "Monthly",
     3.4, 3.5, 3.7, None, None, _d(17, 12, 2024), _d(21, 1, 2025),
     "Context measure; quarter-end month shown. ONS release."),
    ("EC04", "Major planning applications determined within 13 weeks or agreed time (%)",
     "Quarterly", 88.9, 91.7, 100.0, 90.0, "G", _d(6, 1, 2025), _d(7, 4, 2025), None),
    ("EC05", "Visitors to council-run attractions", "Quarterly",
     48210, 61375, 39904, 45000, "A", _d(13, 1, 2025), _d(14, 4, 2025),
     "Castle closed for 3 weeks in November for roof repairs."),
    ("Healthy Communities",),
    ("HC01", "Visits to leisure centres", "Quarterly",
     212406, 198733, 203118, 200000, "G", _d(9, 1, 2025), _d(9, 4, 2025), None),
    ("HC02", "Adults who are physically active (%)", "Annual",
     None, None, 63.8, 65.0, "A", _d(21, 11, 2024), "April 2025 (Active Lives)",
     "Active Lives Adult Survey Nov 2023\u201324, published November 2024."),
    ("HC03", "Households whose homelessness was prevented", "Quarterly",
     96, 104, None, 100, "G", _d(15, 10, 2024), _d(15, 1, 2025),
     "Q3 H-CLIC return delayed by system upgrade; RAG is for Q2."),
    ("HC04", "Households in temporary accommodation (snapshot at quarter end)", "Quarterly",
     64, 71, 78, 60, "R", _d(7, 1, 2025), _d(7, 4, 2025),
     "Rising demand; new leased units from March."),
    ("HC05", "Food businesses rated 3 or above for hygiene (%)", "Quarterly",
     96.2, 96.5, 96.9, 95.0, "G", _d(3, 1, 2025), _d(3, 4, 2025), None),
    ("HC06", "Smokers who have quit at 4 weeks", "Quarterly",
     118, 131, "n/a", 125, None, _d(14, 10, 2024), "TBC",
     "Provider data for Q3 not yet validated."),
    ("Well-run Council",),
    ("WC01", "Council tax collected (cumulative %)", "Quarterly",
     29.1, 56.8, 84.0, 97.0, "A", _d(8, 1, 2025), _d(8, 4, 2025), None),
    ("WC02", "Working days lost to sickness per FTE (rolling 12 months)", "Quarterly",
     9.4, 9.1, 8.8, 8.5, "A", _d(16, 1, 2025), _d(16, 4, 2025), None),
    ("WC03", "Stage 1 complaints responded to within 10 working days (%)", "Quarterly",
     82.4, 79.0, 85.3, 90.0, "A", _d(10, 1, 2025), _d(10, 4, 2025), None),
    ("WC04", "Calls answered by the contact centre", "Quarterly",
     41288, 39602, 36117, None, None, _d(6, 1, 2025), _d(7, 4, 2025), "Data only."),
    ("WC05", "FOI requests answered within 20 working days (%)", "Quarterly",
     91.0, 88.2, 93.4, 90.0, "G", _d(10, 1, 2025), _d(10, 4, 2025), None),
)  # fmt: skip

REPORT_DATE = _d(22, 1, 2025)


def build(path: Path) -> Expected:
    """Imitates a district council's corporate scorecard to its overview and scrutiny committee.

    The kind of running corporate scorecard a district council's
    performance officer keeps through the year and attaches to the
    quarterly report to the Overview and Scrutiny Committee (here for the
    meeting of 22 January 2025): Ref, Indicator, Frequency, 'Q1 2024/25',
    'Q2 2024/25', 'Q3 2024/25', Target, a filled R/A/G letter, then 'Last
    updated' and 'Next update due' holding real dates (dd/mm/yyyy) for
    each indicator, and Commentary, under shaded priority rows. Next-due
    dates already passed at the report date are shaded peach; some are
    words ('TBC', 'April 2025 (Active Lives)'). A note says the dates show
    when each figure was last refreshed and when the next is expected.

    A careful reader takes the quarter columns as the observations, with
    the target on each and the RAG on the latest figure; the date columns
    are housekeeping, not figures. Physical activity is annual with only a
    Q3 figure; homelessness prevention has no Q3 yet and is rated on Q2 (its
    commentary says so); the smoking quitters' Q3 is 'n/a', unrated; two
    context and data-only measures have no target or RAG. No unit or
    polarity column.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Corporate Performance Scorecard 2024/25 \u2013 position at Quarter 3")
    sheet["A2"] = "Overview and Scrutiny Committee, 22 January 2025"
    sheet["A2"].font = Font(italic=True)
    heads = ["Ref", "Indicator", "Frequency", *QUARTERS, "Target", "RAG", "Last updated",
             "Next update due", "Commentary"]  # fmt: skip
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
        ref, name, _freq, q1, q2, q3, target, rag, _updated, due, _note = spec
        put_row(sheet, row, 1, list(spec))
        for col in range(1, ncol + 1):
            sheet.cell(row=row, column=col).border = Border(bottom=THIN)
        for col in range(4, 8):
            cell = sheet.cell(row=row, column=col)
            cell.alignment = Alignment(horizontal="center")
            if isinstance(cell.value, int):
                cell.number_format = "#,##0"
            elif isinstance(cell.value, float):
                cell.number_format = "0.0"
        for col in (9, 10):
            cell = sheet.cell(row=row, column=col)
            cell.alignment = Alignment(horizontal="center")
            if isinstance(cell.value, datetime):
                cell.number_format = "dd/mm/yyyy"
        if isinstance(due, datetime) and due < REPORT_DATE:
            sheet.cell(row=row, column=10).fill = OVERDUE
        if rag:
            fill(sheet, f"H{row}", RAG_FILL[str(rag)])
            sheet[f"H{row}"].alignment = Alignment(horizontal="center")
        goal = float(target) if isinstance(target, int | float) else None
        exp.observations.extend(
            observed(
                str(ref), str(name), QUARTERS, (q1, q2, q3), goal, RAG[str(rag)] if rag else None
            )
        )
        row += 1
    notes = (
        "Last updated: the date the figures for this indicator were last refreshed. Next "
        "update due: when the next figure is expected (shaded where it is overdue).",
        "RAG (R/A/G) compares the latest figure shown with the target.",
        "Context and data-only measures have no target.",
    )
    for j, line in enumerate(notes, start=row + 1):
        sheet.cell(row=j, column=1, value=line).font = Font(size=9, italic=True)
    widths = {"A": 7, "B": 60, "C": 11, "D": 11, "E": 11, "F": 11, "G": 9, "H": 6, "I": 13,
              "J": 16, "K": 50}  # fmt: skip
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"D{HEAD_ROW + 1}"
    save(book, path)
    return exp
