"""Month headings that lost their date format: Excel day numbers (45383...) shown as plain numbers."""

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
    observed,
    put_row,
    save,
    text_of,
    title,
)

SHEET = "Monthly scorecard"
HEAD_ROW = 5
FIRST = HEAD_ROW + 1
# 1st of each month April 2024 to March 2025 in Excel's 1900 date system, as typed 'Apr-24'.
SERIALS = (45383, 45413, 45444, 45474, 45505, 45536, 45566, 45597, 45627, 45658, 45689, 45717)
MONTHS = ("Apr 2024", "May 2024", "Jun 2024", "Jul 2024", "Aug 2024", "Sep 2024",
          "Oct 2024", "Nov 2024", "Dec 2024", "Jan 2025", "Feb 2025", "Mar 2025")  # fmt: skip
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
RAG_FILL = {"Green": GREEN_FILL, "Amber": AMBER_FILL, "Red": RED_FILL}
HEAD = PatternFill(fill_type="solid", start_color="FF00695C", end_color="FF00695C")
SECTION = PatternFill(fill_type="solid", start_color="FFE0F2F1", end_color="FFE0F2F1")

# A 1-tuple is a section row. Otherwise: ref, measure, 2023/24 outturn, Apr..Sep figures
# (None blank), target 2024/25, RAG, comment.  Oct-Mar columns are still empty.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Housing",),
    ("H1", "Average days to re-let general needs homes", 34.2,
     (31.5, 29.8, 36.0, 33.1, 30.4, 28.7), 30, "Green", None),
    ("H2", "Rent collected as % of rent due (year to date)", 98.9,
     (94.1, 96.0, 97.2, 97.6, 97.9, 98.3), 99.0, "Amber", None),
    ("H3", "Emergency repairs completed within 24 hours (%)", 97.4,
     (98.2, 97.1, 96.5, 99.0, 98.8, None), 98, "Green", "September data being validated."),
    ("H4", "Households in temporary accommodation", 88,
     (91, 94, 97, 102, 99, 104), 90, "Red", "Increase in section 21 notices."),
    ("Environment",),
    ("E1", "Residual household waste per household (kg)", 498.2,
     (41.2, 43.0, 40.8, 42.7, 44.1, 39.9), 40, "Amber", None),
    ("E2", "Streets meeting cleanliness standard for litter (%)", 93.0,
     (None, None, None, 94.5, None, None), 92, "Green", "Surveyed three times a year."),
    ("E3", "Missed bins per 100,000 collections", 46.8,
     (39.0, 51.2, 44.7, 38.3, 62.9, 55.1), 50, "Red", "Vehicle breakdowns in August/September."),
    ("E4", "Fly-tips removed within 3 working days (%)", 91.8,
     (93.4, 92.0, 95.1, 90.2, 88.7, 94.0), 95, "Amber", None),
    ("Customer and Corporate",),
    ("C1", "Calls answered (%)", 88.4, (90.2, 91.5, 87.3, 85.0, 89.9, 92.1), 90, "Green", None),
    ("C2", "Complaints responded to within 10 working days (%)", 79.6,
     (82.0, 75.0, 88.9, 80.0, 71.4, "n/a"), 85, None, "Complaints system change; September n/a."),
    ("C3", "Working days lost to sickness per FTE (month)", None,
     (0.82, 0.77, 0.71, 0.80, 0.74, 0.79), 0.7, "Red", "New monthly measure for 2024/25."),
    ("C4", "Freedom of Information requests answered within 20 working days (%)", 94.1,
     (96.3, 92.8, 95.0, 97.4, 91.2, 93.6), 90, "Green", None),
    ("C5", "Undisputed invoices paid within 30 days (%)", 96.7,
     (97.1, 96.8, 98.0, 95.9, 97.3, 96.4), 97, "Amber", None),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a district council's monthly performance scorecard whose month headings lost their format.

    The performance officer types the month headings as 'Apr-24', 'May-24'
    and so on, which Excel stores as dates; when the table was copied into
    the committee template with 'Paste Values' into a General-format header
    row, the headings became the day numbers underneath: 45383, 45413, 45444
    ... 45717, one for each month April 2024 to March 2025, shown as plain
    numbers in bold white on a teal band. Title 'Monthly Performance
    Scorecard 2024/25 (to September 2024)', 'Ref', 'Measure', '2023/24
    outturn', the twelve day-number headings (October to March still
    empty), 'Target 2024/25', a filled RAG word and Comments, under shaded
    service rows. Some rough edges: a blank September rated on August, a
    survey measured once in July, an 'n/a' September without RAG, a new
    measure without a 2023/24 outturn.

    A careful reader recognises five-digit numbers in a heading row, a
    month (30 or 31) apart and running on from '2023/24 outturn', as Excel
    dates in the 1900 system: 45383 is 1 April 2024, and so on to 45717, 1
    March 2025, matching the title's year 2024/25 and its 'to September
    2024'. So each column is that month, Apr 2024 to Mar 2025, the months
    after September still empty; there is no doubt left to put to review.
    The 2023/24 outturn has no target (the target names 2024/25); each
    month carries the target; the RAG goes on the latest month holding a
    figure. No unit or polarity column.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Monthly Performance Scorecard 2024/25 (to September 2024)")
    sheet["A2"] = "Performance and Audit Scrutiny Committee \u2013 October 2024"
    sheet["A2"].font = Font(italic=True)
    sheet["A3"] = "Figures are for the month unless the measure says otherwise."
    sheet["A3"].font = Font(size=9)
    heads: list[object] = ["Ref", "Measure", "2023/24 outturn", *SERIALS, "Target 2024/25",
                           "RAG", "Comments"]  # fmt: skip
    put_row(sheet, HEAD_ROW, 1, heads)
    ncol = len(heads)
    for col in range(1, ncol + 1):
        cell = sheet.cell(row=HEAD_ROW, column=col)
        cell.fill = HEAD
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.number_format = "General"
    rag_col = 4 + len(SERIALS) + 1
    rag_letter = sheet.cell(row=1, column=rag_col).column_letter
    exp = Expected([])
    row = FIRST
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, ncol + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        ref, name, outturn, months, target, rag, comment = spec
        assert isinstance(months, tuple)
        figures = list(months) + [None] * (len(SERIALS) - len(months))
        put_row(sheet, row, 1, [ref, name, outturn, *figures, target, rag, comment])
        if rag:
            fill(sheet, f"{rag_letter}{row}", RAG_FILL[str(rag)])
        code, label = str(ref), str(name)
        if outturn is not None:
            actual = float(outturn) if isinstance(outturn, int | float) else None
            exp.observations.append(Obs(code, label, "2023/24", actual, text_of(outturn)))
        goal = float(target) if isinstance(target, int | float) else None
        status = RAG[str(rag)] if rag else None
        exp.observations.extend(observed(code, label, MONTHS, figures, goal, status))
        row += 1
    notes = (
        "RAG compares the latest month with the 2024/25 target: Green met; Amber within 5%; "
        "Red more than 5% away.",
        "Year to date measures show the position from 1 April to the end of the month.",
    )
    for j, line in enumerate(notes, start=row + 1):
        sheet.cell(row=j, column=1, value=line).font = Font(size=9, italic=True)
    sheet.column_dimensions["A"].width = 6
    sheet.column_dimensions["B"].width = 58
    sheet.freeze_panes = f"D{FIRST}"
    save(book, path)
    return exp
