"""Percentages typed as whole numbers under a literal-percent format (0"%") beside true percent cells (0.85 as 0%)."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Font

from tests.realistic.kit import (
    AMBER_FILL,
    GREEN_FILL,
    RED_FILL,
    Expected,
    Obs,
    Rag,
    fill,
    new_book,
    put_row,
    save,
    title,
)

SHEET = "Corporate health Q3"
PERIODS = ("2023/24", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
RAG: dict[str, Rag] = {"R": "red", "A": "amber", "G": "green"}
RAG_FILL = {"R": RED_FILL, "A": AMBER_FILL, "G": GREEN_FILL}

# How each cell is typed and shown: "lit1" = points under 0.0"%", "lit0" = points under 0"%",
# "pct1" = a fraction under 0.0%, "pct0" = a fraction under 0%, "num1" = 0.0, "count" = #,##0.
FORMAT = {
    "lit1": '0.0"%"',
    "lit0": '0"%"',
    "pct1": "0.0%",
    "pct0": "0%",
    "num1": "0.0",
    "count": "#,##0",
}
POINTS = {"lit1": 1.0, "lit0": 1.0, "pct1": 100.0, "pct0": 100.0, "num1": 1.0, "count": 1.0}

# ref, measure, figures' kind, 2023/24, Q1, Q2, Q3, target's kind, 2024/25 target, RAG
ROWS: tuple[tuple[object, ...], ...] = (
    ("CH01", "Council tax collected in year (cumulative)", "lit1", 96.8, 28.9, 56.7, 84.1, "lit1", 97.0, "A"),
    ("CH02", "Business rates collected in year (cumulative)", "pct1", 0.981, 0.312, 0.598, 0.861, "pct1", 0.98, "G"),
    ("CH03", "Working days lost to sickness per FTE (cumulative)", "num1", 9.8, 2.4, 4.9, 7.6, "num1", 8.5, "A"),
    ("CH04", "Staff turnover (cumulative)", "lit0", 13, 3, 6, 9, "lit0", 12, "G"),
    ("CH05", "Undisputed invoices paid within 30 days", "pct1", 0.927, 0.941, 0.952, 0.934, "lit0", 95, "A"),
    ("CH06", "Freedom of information requests answered within 20 working days", "lit0", 88, 91, 86, 84, "pct0", 0.9, "R"),
    ("CH07", "Calls to the contact centre answered", "count", 168420, 41205, 43877, 39512, None, None, None),
    ("CH08", "Stage 1 complaints responded to within 10 working days", "pct0", 0.78, 0.81, 0.85, 0.79, "pct0", 0.85, "R"),
    ("CH09", "Council tax and benefits transactions completed online", "lit1", 58.2, 61.0, 62.5, "tbc", "lit1", 65.0, None),
    ("CH10", "Employees completing mandatory data protection training", "lit0", 91, 74, 86, 95, "lit0", 95, "G"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a district council's quarterly corporate health scorecard kept by hand in Excel.

    Different officers fill different rows. Revenues type the collection
    rate as the number they read off their system (84.1) and give the cells
    a custom format, 0.0"%", that only adds a percent sign to the display;
    the business rates officer types the true fraction (0.861) in a 0.0%
    cell; HR types whole numbers under 0"%". On screen and on paper every
    row reads alike ('84.1%', '86.1%', '13%'). Two rows mix the two within
    the row: invoices paid are fractions under 0.0% with a target typed 95
    under 0"%", and FOI responses whole numbers under 0"%" with a target of
    0.9 shown as 90%. The online transactions figure for Q3 was not ready
    ('tbc') and has no rating.

    A careful reader reads the figures as shown: 84.1% and 86.1% are both
    percentages in points (84.1 and 86.1), whatever was typed underneath;
    targets likewise. The target column's heading names 2024/25, so the
    2023/24 outturn has no target, and the RAG rates Q3.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Fenland District Council")
    sheet["A2"] = "Corporate health indicators \u2013 Quarter 3 2024/25 (April to December)"
    header = ["Ref", "Measure", "2023/24 outturn", "Q1", "Q2", "Q3", "2024/25 target", "RAG"]
    put_row(sheet, 4, 1, header, bold=True)
    exp = Expected([])
    for i, (ref, name, kind, y0, q1, q2, q3, tkind, target, rag) in enumerate(ROWS):
        row = 5 + i
        put_row(sheet, row, 1, [ref, name, y0, q1, q2, q3, target, rag])
        for col in range(3, 7):
            cell = sheet.cell(row=row, column=col)
            if isinstance(cell.value, int | float):
                cell.number_format = FORMAT[str(kind)]
        if target is not None:
            sheet.cell(row=row, column=7).number_format = FORMAT[str(tkind)]
        if rag is not None:
            fill(sheet, f"H{row}", RAG_FILL[str(rag)])
        scale = POINTS[str(kind)]
        goal = None if target is None else round(float(str(target)) * POINTS[str(tkind)], 6)
        for k, (period, value) in enumerate(zip(PERIODS, (y0, q1, q2, q3), strict=True)):
            latest = k == len(PERIODS) - 1
            if isinstance(value, int | float):
                actual: float | None = round(float(value) * scale, 6)
                words = None
            else:
                actual, words = None, str(value)
            exp.observations.append(
                Obs(
                    str(ref),
                    str(name),
                    period,
                    actual,
                    words,
                    goal if k > 0 else None,
                    RAG[str(rag)] if latest and rag is not None else None,
                )
            )
    foot = 5 + len(ROWS) + 1
    sheet.cell(
        row=foot,
        column=1,
        value="Cumulative measures show the year to date at the end of each quarter. "
        "RAG: G on or better than target, A within 5%, R more than 5% off.",
    ).font = Font(size=9, italic=True)
    sheet.column_dimensions["B"].width = 62
    save(book, path)
    return exp
