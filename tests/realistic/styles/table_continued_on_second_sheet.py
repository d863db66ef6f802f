"""A long KPI table split for printing: sheet 'KPIs' holds the first rows, 'KPIs (cont)' the rest without the heading row."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Font

from tests.realistic.kit import Expected, Obs, Rag, new_book, observed, put_row, save, title

FIRST, SECOND = "KPIs", "KPIs (cont)"
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
RAG: dict[str, Rag] = {"Red": "red", "Amber": "amber", "Green": "green"}

# ref, indicator, Q1, Q2, Q3, target, RAG (Q3)
PART_1: tuple[tuple[object, ...], ...] = (
    ("CS 1.1", "Calls to the contact centre answered within 60 seconds (%)", 71.4, 66.0, 74.8, 80.0, "Amber"),
    ("CS 1.2", "Online forms completed without staff intervention (%)", 58.0, 61.3, 63.9, 60.0, "Green"),
    ("CS 1.3", "Complaints responded to within 10 working days (%)", 83.5, 87.1, 90.2, 90.0, "Green"),
    ("CS 1.4", "Ombudsman complaints upheld", 1, 0, 2, 1, "Red"),
    ("RV 2.1", "Council Tax collected in year (cumulative %)", 29.4, 57.2, 85.0, 97.2, "Green"),
    ("RV 2.2", "Housing Benefit new claims: average days to process", 17.2, 19.8, 16.4, 18.0, "Green"),
    ("RV 2.3", "Sundry debt over 90 days old (\u00a3000)", 1432, 1518, 1604, 1250, "Red"),
    ("RV 2.4", "Discretionary Housing Payment budget committed (%)", 31.0, 54.5, 78.2, 100.0, "Green"),
)  # fmt: skip
PART_2: tuple[tuple[object, ...], ...] = (
    ("HR 3.1", "Average working days lost to sickness per FTE (rolling year)", 10.9, 10.6, 11.2, 9.5, "Red"),
    ("HR 3.2", "Voluntary staff turnover (rolling year %)", 12.1, 11.7, 11.4, 12.0, "Green"),
    ("HR 3.3", "Mandatory training completed (%)", 88.0, 90.5, 91.2, 95.0, "Amber"),
    ("HR 3.4", "Agency spend as a share of pay bill (%)", 6.8, 7.4, None, 5.0, None),
    ("IT 4.1", "Service desk calls resolved at first point of contact (%)", 69.3, 72.8, 75.1, 70.0, "Green"),
    ("IT 4.2", "Core systems availability in working hours (%)", 99.92, 99.71, 99.98, 99.5, "Green"),
)  # fmt: skip

HEADER = ["Ref", "Indicator", *QUARTERS, "Target", "RAG"]


def build(path: Path) -> Expected:
    """Imitates a district council's resources scorecard printed over two pages.

    The table was too long for one landscape page, so the officer cut it
    into two sheets named for the printer: 'KPIs' with the title, the
    heading row and the first eight indicators (ending 'Continued on next
    sheet'), and 'KPIs (cont)' with a one-line 'continued' title and the
    other six rows in the same columns, without the heading row again.
    One indicator's Q3 figure was not ready and has no RAG.

    A careful reader reads the second sheet with the first sheet's
    headings: same columns, same quarters, same Target and RAG.
    """
    book, sheet = new_book(FIRST)
    title(sheet, "A1", "South Kesteven District Council \u2013 Resources Scorecard 2024/25")
    sheet["A2"] = "Position at the end of Quarter 3 (31 December 2024)"
    put_row(sheet, 4, 1, HEADER, bold=True)
    exp = Expected([])
    for i, row in enumerate(PART_1):
        put_row(sheet, 5 + i, 1, list(row))
        exp.observations += _read(row)
    sheet.cell(row=5 + len(PART_1) + 1, column=1, value="Continued on next sheet").font = Font(
        italic=True
    )
    more = book.create_sheet(SECOND)
    more["A1"] = "Resources Scorecard 2024/25 (continued)"
    more["A1"].font = Font(bold=True)
    for i, row in enumerate(PART_2):
        put_row(more, 3 + i, 1, list(row))
        exp.observations += _read(row)
    more.cell(
        row=3 + len(PART_2) + 1,
        column=1,
        value="RAG: Green on or better than target; Amber within 10%; Red worse than that.",
    )
    for ws in (sheet, more):
        ws.column_dimensions["B"].width = 62
    save(book, path)
    return exp


def _read(row: tuple[object, ...]) -> list[Obs]:
    ref, name, q1, q2, q3, target, rag = row
    return observed(
        str(ref), str(name), QUARTERS, (q1, q2, q3), float(str(target)),
        None if rag is None else RAG[str(rag)],
    )  # fmt: skip
