"""Rolling twelve-month figures under 'Rolling 12 months to Jun 24'-style headings beside a block of plain quarters."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Font, PatternFill

from tests.realistic.kit import (
    AMBER_FILL,
    GREEN_FILL,
    RED_FILL,
    Expected,
    Rag,
    merge,
    new_book,
    observed,
    put_row,
    save,
    title,
)

SHEET = "Scorecard Q3"
# the rolling block: heading as each quarter's compiler typed it, and the twelve months it covers
ROLLING = (
    ("Rolling 12 months to Jun 24", "Jul 2023\u2013Jun 2024"),
    ("12 months to Sep-24", "Oct 2023\u2013Sep 2024"),
    ("R12M Dec 24", "2024"),  # January to December 2024: the calendar year
)
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
RAG: dict[str, Rag] = {"R": "red", "A": "amber", "G": "green"}
RAG_FILL = {"R": RED_FILL, "A": AMBER_FILL, "G": GREEN_FILL}
GREY = PatternFill(fill_type="solid", start_color="FFD9D9D9", end_color="FFD9D9D9")
PCT = "0.0%"

# ref, measure, service, block ("R" rolling, "Q" quarter), three figures, target, RAG, percent?
# a percent row holds fractions shown through 0.0% (its target too); others are typed as shown
ROWS: tuple[tuple[object, ...], ...] = (
    ("ENV01", "Household waste sent for reuse, recycling and composting (%)", "Environment", "R",
     (51.2, 50.8, 50.3), 52.0, "A", False),
    ("ENV02", "Residual household waste per household (kg)", "Environment", "R",
     (412, 409, 405), 400, "A", False),
    ("ENV03", "Missed bin collections per 100,000 collections", "Environment", "Q",
     (58, 64, 71), 60, "R", False),
    ("ENV04", "Fly-tipping incidents removed within 2 working days", "Environment", "Q",
     (0.934, 0.951, 0.962), 0.95, "G", True),
    ("CUS01", "Calls to the Customer Service Centre answered within 60 seconds", "Customer", "Q",
     (0.812, 0.785, 0.84), 0.8, "G", True),
    ("CUS02", "Customer contacts resolved online without officer involvement", "Customer", "Q",
     (None, 0.412, 0.438), 0.45, "A", True),
    ("CUS03", "Average days to process new Housing Benefit claims", "Customer", "Q",
     (19.2, 21.4, 18.6), 20, "G", False),
    ("HOU01", "Affordable homes delivered", "Housing", "R",
     (284, 301, 276), 300, "R", False),
    ("PLA01", "Minor planning applications determined within 8 weeks or agreed time (%)", "Planning", "Q",
     (88.4, 91.0, 86.7), 85, "G", False),
    ("CSP01", "Total recorded crime per 1,000 population", "Community Safety", "R",
     (71.4, 70.2, "Awaiting police data"), None, None, False),
    ("CSP02", "Anti-social behaviour incidents reported to Essex Police", "Community Safety", "R",
     (3412, 3288, 3150), None, None, False),
    ("POD01", "Working days lost to sickness absence per FTE", "People", "R",
     (9.4, 9.1, 8.8), 8.5, "A", False),
    ("POD02", "Voluntary staff turnover (%)", "People", "R",
     (11.8, 12.4, 12.9), 12.0, "R", False),
    ("GOV01", "Freedom of Information requests answered within 20 working days (%)", "Governance", "Q",
     (92.1, 89.4, 94.0), 90, "G", False),
)  # fmt: skip

HEAD_ROW = 5
FIRST = HEAD_ROW + 1


def _points(value: object, percent: object) -> object:
    """A figure as a reader records it: a fraction under a % format in points."""
    if percent and isinstance(value, float):
        return round(value * 100, 6)
    return value


def build(path: Path) -> Expected:
    """Imitates a city council's quarterly corporate scorecard to Cabinet with a rolling-year block.

    Strategic plan scorecards like Colchester's keep two kinds of measure in
    one table. Measures that swing with the seasons or come in lumps
    (recycling, residual waste, affordable homes, recorded crime, sickness,
    turnover) are reported each quarter as the twelve months to its end;
    the rest are the quarter alone. The table has a merged 'Rolling
    12-month measures' block and a 'Quarterly measures' block side by side,
    and each row fills only its own block (the other block's cells are
    shaded grey and empty). The sheet is rolled forward by whichever officer
    compiles the quarter, so the rolling headings are typed three ways:
    'Rolling 12 months to Jun 24', '12 months to Sep-24', 'R12M Dec 24'.
    The quarterly block is headed plainly 'Q1 2024/25'..'Q3 2024/25'. One
    Target column and one filled RAG column serve both blocks; a note says
    rolling measures are rated on the year to December 2024 and quarterly
    ones on Quarter 3. Recorded crime to December had not come from the
    police ('Awaiting police data'). Customer contacts resolved online were
    first measured in Quarter 2. Percentages in the customer and fly-tipping
    rows are fractions shown through 0.0%.

    A careful reader takes a rolling figure as the twelve months ending
    with its month, written as a month range: 'Rolling 12 months to Jun 24'
    is Jul 2023\u2013Jun 2024 and '12 months to Sep-24' is Oct 2023\u2013Sep
    2024. A period has one label whatever its heading says, as 'Apr\u2013Jun
    24' is Q1 2024/25, so the twelve months to December 2024 (January to
    December 2024) are the calendar year, labelled '2024'. Doubtful point:
    a reader who kept every rolling year as a month range would write
    'Jan 2024\u2013Dec 2024'; it is the same span. A rolling figure is not
    a quarter's figure, so none of the rolling block becomes 'Q1 2024/25'
    etc. The Target applies to every period in its row; the RAG belongs to
    the row's latest period, the year to December for rolling rows and
    Q3 2024/25 for quarterly rows (the note says the same). The crime
    cell's words are kept as the text of that year; blank cells are no
    observation.
    """
    book, sheet = new_book(SHEET)
    title(
        sheet, "A1", "Colchester City Council \u2013 Strategic Plan performance scorecard 2024/25"
    )
    sheet["A2"] = "Quarter 3 (October to December 2024). Report to Cabinet, 5 February 2025."
    sheet["A2"].font = Font(italic=True)
    merge(sheet, "D4:F4", "Rolling 12-month measures")
    merge(sheet, "G4:I4", "Quarterly measures")
    header = ["Ref", "Measure", "Service", *(h for h, _ in ROLLING), *QUARTERS, "Target", "RAG"]
    put_row(sheet, HEAD_ROW, 1, header, bold=True)
    for col in range(1, len(header) + 1):
        sheet.cell(row=HEAD_ROW, column=col).alignment = Alignment(
            wrap_text=True, horizontal="center", vertical="center"
        )
    exp = Expected([])
    for i, (ref, name, service, block, figures, target, rag, percent) in enumerate(ROWS):
        row = FIRST + i
        assert isinstance(figures, tuple)
        own, other = (4, 7) if block == "R" else (7, 4)
        put_row(sheet, row, 1, [ref, name, service])
        put_row(sheet, row, own, list(figures))
        put_row(sheet, row, 10, [target, rag])
        for k in range(3):
            sheet.cell(row=row, column=other + k).fill = GREY
            sheet.cell(row=row, column=own + k).number_format = (
                PCT if percent else "#,##0" if isinstance(figures[k], int) else "0.0"
            )
        if percent:
            sheet.cell(row=row, column=10).number_format = PCT
        if rag is not None:
            sheet.cell(row=row, column=11).fill = PatternFill(
                fill_type="solid", start_color=RAG_FILL[str(rag)], end_color=RAG_FILL[str(rag)]
            )
            sheet.cell(row=row, column=11).alignment = Alignment(horizontal="center")
        periods = [label for _, label in ROLLING] if block == "R" else list(QUARTERS)
        goal = _points(target, percent)
        exp.observations += observed(
            str(ref),
            str(name),
            periods,
            [_points(v, percent) for v in figures],
            None if goal is None else float(str(goal)),
            RAG[str(rag)] if rag is not None else None,
        )
    foot = FIRST + len(ROWS) + 1
    notes = (
        "Rolling measures show the 12 months to the end of each quarter; quarterly measures show "
        "the quarter alone. Grey cells do not apply.",
        "RAG: G on or better than target; A within 5% of target; R more than 5% off target. "
        "Rolling measures are rated on the 12 months to December 2024, quarterly measures on "
        "Quarter 3.",
        "Sources: WasteDataFlow; Essex Police; iTrent; Northgate; Uniform; customer contact system.",
    )
    for j, line in enumerate(notes):
        sheet.cell(row=foot + j, column=1, value=line).font = Font(size=9, italic=True)
    sheet.column_dimensions["A"].width = 8
    sheet.column_dimensions["B"].width = 62
    sheet.column_dimensions["C"].width = 17
    for letter in "DEFGHI":
        sheet.column_dimensions[letter].width = 13
    sheet.row_dimensions[HEAD_ROW].height = 45
    sheet.freeze_panes = f"D{FIRST}"
    save(book, path)
    return exp
