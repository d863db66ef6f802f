"""Quarter columns headed by typed day-level date ranges in three styles, and a year-to-date range column."""

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
    new_book,
    put_row,
    save,
    title,
)

SHEET = "Q3 2024-25"
HEAD = 5
HEADINGS = (
    "01/04/2024 - 30/06/2024",
    "1 Jul 2024 to 30 Sep 2024",
    "01.10.24\u201331.12.24",
    "01/01/2025 - 31/03/2025",
    "Year to date 01/04/2024 - 31/12/2024",
)
PERIODS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25", "Apr 2024\u2013Dec 2024")
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
RAG_FILL = {"G": GREEN_FILL, "A": AMBER_FILL, "R": RED_FILL}
GREY = PatternFill(fill_type="solid", start_color="FFD9D9D9", end_color="FFD9D9D9")

# section or (ref, indicator, Q1, Q2, Q3, YTD, target, status, comment); Q4 is not yet reported
ROWS: tuple[object, ...] = (
    "Customer and revenues",
    ("CR1", "Calls answered within 60 seconds (%)", 78.4, 81.2, 84.0, 81.1, 80.0, "G", None),
    ("CR2", "Stage 1 complaints answered within 10 working days (%)", 72.5, 79.0, 83.3, 78.3, 90.0, "R",
     "Improving after the new case system went live in August."),
    ("CR3", "Housing Benefit changes of circumstances \u2013 average days to process", 6.8, 7.4, 8.9, 7.7, 8.0,
     "R", "Year-end uprating work brought forward."),
    "Environment",
    ("EN1", "Missed bin collections per 100,000 collections", 42.0, 51.0, 38.0, 43.6, 50.0, "G", None),
    ("EN2", "Fly-tipping incidents reported", 412, 455, 398, 1265, None, None, None),
    ("EN3", "Fly-tips removed within 2 working days (%)", 91.2, 88.7, 93.5, 91.1, 95.0, "A", None),
    ("EN4", "Food hygiene inspections completed when due (%)", 96.0, 98.1, "Not yet available", None, 95.0,
     None, "Q3 figure awaits the Uniform data cleanse."),
    "Housing and planning",
    ("HP1", "Households in temporary accommodation (at end of period)", 88, 94, 101, None, 90, "R",
     "Snapshot measure: no year-to-date figure."),
    ("HP2", "Empty homes brought back into use", 11, 9, 14, 34, None, None, None),
    ("HP3", "Minor planning applications decided within 8 weeks or agreed time (%)", 86.7, 90.1, 88.2, 88.3,
     85.0, "G", None),
    "Leisure",
    ("LE1", "Visits to leisure centres", 182410, 176950, 158320, 517680, None, None,
     "Swimming pool closed for two weeks in December."),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a borough council's quarterly performance sheet whose columns are typed date ranges.

    Some councils head each reporting column with the dates it covers,
    typed as text by whoever added the column that quarter, so the styles
    drift: '01/04/2024 - 30/06/2024', '1 Jul 2024 to 30 Sep 2024',
    '01.10.24\u201331.12.24', an empty '01/01/2025 - 31/03/2025' column waiting
    for the last quarter, and 'Year to date 01/04/2024 - 31/12/2024'. Then a
    Target, a 'Q3 status' letter with its fill and comments; section rows;
    a snapshot measure has no year-to-date figure; one Q3 figure 'Not yet
    available'.

    A careful reader takes each range (day first, as UK dates are) as the
    period it spans: the three quarters Q1, Q2, Q3 2024/25 and the year to
    date April to December 2024; the empty Q4 column gives nothing. The
    Target applies to every period in its row, the year to date included
    (percentages and averages, whose year-to-date figure is of the same
    kind); the status belongs to Q3 as its heading says, and the row with
    no Q3 figure has none.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Swale Borough Council \u2013 Quarterly Performance Monitoring")
    sheet["A2"] = (
        "Quarter 3 2024/25 (October to December 2024) \u2013 Policy and Resources Committee, 12 March 2025"
    )
    sheet["A2"].font = Font(italic=True)
    header = ["Ref", "Performance indicator", *HEADINGS, "Target", "Q3 status", "Comments"]
    put_row(sheet, HEAD, 1, header, bold=True)
    for col in range(1, len(header) + 1):
        sheet.cell(row=HEAD, column=col).alignment = Alignment(wrap_text=True, horizontal="center")
    sheet.row_dimensions[HEAD].height = 45
    exp = Expected([])
    row = HEAD + 1
    for item in ROWS:
        if isinstance(item, str):
            sheet.cell(row=row, column=1, value=item).font = Font(bold=True, color="FFFFFFFF")
            for col in range(1, len(header) + 1):
                sheet.cell(row=row, column=col).fill = PatternFill(
                    fill_type="solid", start_color="FF1F4E79", end_color="FF1F4E79"
                )
            row += 1
            continue
        assert isinstance(item, tuple)
        ref, name, q1, q2, q3, ytd, target, status, comment = item
        put_row(sheet, row, 1, [ref, name, q1, q2, q3, None, ytd, target, status, comment])
        sheet.cell(row=row, column=6).fill = GREY
        if ytd is None:
            sheet.cell(row=row, column=7).fill = GREY
        if status in RAG_FILL:
            rgb = RAG_FILL[str(status)]
            sheet.cell(row=row, column=9).fill = PatternFill(
                fill_type="solid", start_color=rgb, end_color=rgb
            )
        goal = float(str(target)) if target is not None else None
        for period, value in zip(PERIODS, (q1, q2, q3, None, ytd), strict=True):
            if value is None:
                continue
            rag = RAG.get(str(status)) if period == "Q3 2024/25" else None
            if isinstance(value, int | float):
                exp.observations.append(
                    Obs(str(ref), str(name), period, float(value), None, goal, rag)
                )
            else:
                exp.observations.append(
                    Obs(str(ref), str(name), period, None, str(value), goal, rag)
                )
        row += 1
    sheet.cell(row=row + 1, column=1, value="Status: G target met; A within 5% of target; R more than 5% from target.").font = Font(size=9)  # fmt: skip
    sheet.cell(row=row + 2, column=1, value="Prepared by the Policy and Performance Team from service returns.").font = Font(size=9, italic=True)  # fmt: skip
    sheet.column_dimensions["B"].width = 60
    for letter in "CDEFG":
        sheet.column_dimensions[letter].width = 16
    sheet.column_dimensions["J"].width = 45
    save(book, path)
    return exp
