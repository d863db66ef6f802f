"""One workbook with 'Monthly', 'Quarterly' and 'Annual' sheets, each with columns suited to its frequency."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.worksheet import Worksheet

from tests.realistic.kit import (
    AMBER_FILL,
    GREEN_FILL,
    RED_FILL,
    Expected,
    Obs,
    Rag,
    fill,
    num,
    put_row,
    save,
    text_of,
    title,
)

HEAD_ROW = 4
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
RAG_FILL = {"G": GREEN_FILL, "A": AMBER_FILL, "R": RED_FILL}
SECTION = PatternFill(fill_type="solid", start_color="FFE2EFDA", end_color="FFE2EFDA")
MONTHS = tuple(dt.datetime(2024, m, 1) for m in range(4, 13))
MONTH_LABELS = tuple(d.strftime("%b %Y") for d in MONTHS)
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
YEARS = ("2021/22", "2022/23", "2023/24")

# A 1-tuple is a portfolio row. Otherwise: ref, indicator, figures..., target, RAG, comment.
MONTHLY: tuple[tuple[object, ...], ...] = (
    ("Housing and Communities",),
    ("HC-M1", "Households in temporary accommodation (end of month)",
     88, 91, 97, 95, 102, 104, 99, 107, 111, 90, "R", "Rising demand from private rented evictions."),
    ("HC-M2", "Average days to re-let council homes",
     34.2, 31.8, 29.5, 30.1, 27.4, 26.9, 28.3, 25.7, 27.0, 28, "G", None),
    ("Environment and Street Scene",),
    ("ES-M1", "Missed bin collections",
     187, 164, 201, 226, 178, 159, 171, 190, None, 180, "A",
     "December figure available after the Christmas catch-up collections."),
    ("ES-M2", "Fly-tips reported", 142, 155, 168, 171, 149, 137, 129, 118, 104, None, None, "Data only."),
    ("Resources",),
    ("RS-M1", "Calls answered within 3 minutes (%)",
     0.71, 0.74, 0.69, 0.65, 0.72, 0.78, 0.81, 0.79, 0.76, 0.8, "A", None),
)  # fmt: skip

QUARTERLY: tuple[tuple[object, ...], ...] = (
    ("Housing and Communities",),
    ("HC-Q1", "Households prevented from becoming homeless", 71, 64, 78, 65, "G", None),
    ("HC-Q2", "Affordable homes delivered", 12, 31, 9, 25, "R", "Two schemes slipped to Q4."),
    ("HC-Q3", "Disabled facilities grants completed", 23, 19, "Not available", 20, None,
     "Awaiting contractor returns."),
    ("Environment and Street Scene",),
    ("ES-Q1", "Household waste sent for reuse, recycling and composting (%)",
     0.527, 0.552, None, 0.5, "G", "Q3 tonnage data due February (a quarter in arrears)."),
    ("ES-Q2", "Food premises inspections completed on time (%)", 0.88, 0.93, 0.96, 0.95, "G", None),
    ("Resources",),
    ("RS-Q1", "Working days lost to sickness per FTE", 2.3, 2.1, 2.6, 2.0, "R", None),
    ("RS-Q2", "Invoices paid within 30 days (%)", 0.962, 0.971, 0.958, 0.97, "A", None),
    ("RS-Q3", "Freedom of Information requests answered within 20 working days (%)",
     0.914, 0.889, 0.932, 0.9, "G", None),
)  # fmt: skip

ANNUAL: tuple[tuple[object, ...], ...] = (
    ("Housing and Communities",),
    ("HC-A1", "Net additional homes provided", 402, 377, 351, 400, "R", "Below the Local Plan requirement."),
    ("HC-A2", "Private sector homes improved by council action", 118, 131, 127, 120, "G", None),
    ("Environment and Street Scene",),
    ("ES-A1", "Residual household waste per household (kg)", 421.6, 409.2, 398.7, 400, "G", None),
    ("ES-A2", "Residents satisfied with street cleanliness (%)", None, 0.64, None, 0.65, None,
     "Residents' survey every two years; next in 2024/25."),
    ("Resources",),
    ("RS-A1", "Council tax collected in year (%)", 0.972, 0.976, 0.979, 0.98, "A", None),
    ("RS-A2", "Business rates collected in year (%)", 0.981, 0.985, 0.988, 0.985, "G", None),
)  # fmt: skip


def _sheet(
    book: Workbook,
    name: str,
    heading: str,
    period_heads: list[object],
    tail: list[str],
    periods: tuple[str, ...],
    rows: tuple[tuple[object, ...], ...],
    exp: Expected,
    target_from: int,
) -> Worksheet:
    """Write one frequency's sheet; the target belongs to periods[target_from:]."""
    sheet = book.create_sheet(name)
    title(sheet, "A1", "Tunbridge Wells Borough Council \u2013 Performance Monitoring 2024/25")
    sheet["A2"] = heading
    sheet["A2"].font = Font(italic=True)
    heads = ["Ref", "Indicator", *period_heads, *tail]
    put_row(sheet, HEAD_ROW, 1, heads, bold=True)
    for col in range(1, len(heads) + 1):
        sheet.cell(row=HEAD_ROW, column=col).alignment = Alignment(
            horizontal="center", wrap_text=True
        )
    for k, head in enumerate(period_heads):
        if isinstance(head, dt.datetime):
            sheet.cell(row=HEAD_ROW, column=3 + k).number_format = "mmm-yy"
    width = len(heads)
    row = HEAD_ROW + 1
    n = len(periods)
    rag_col = 3 + n + 1
    for entry in rows:
        if len(entry) == 1:
            sheet.cell(row=row, column=1, value=entry[0]).font = Font(bold=True)
            for col in range(1, width + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        ref, name_, *rest = entry
        figures, (target, rag, comment) = rest[:n], rest[n:]
        percent = "(%)" in str(name_)
        put_row(sheet, row, 1, [ref, name_, *figures, target, rag, comment])
        for col in range(3, 3 + n + 1):
            cell = sheet.cell(row=row, column=col)
            cell.number_format = "0.0%" if percent else "General"
        if rag:
            fill(sheet, sheet.cell(row=row, column=rag_col).coordinate, RAG_FILL[str(rag)])
        scale = 100.0 if percent else 1.0
        goal = round(float(str(target)) * scale, 6) if target is not None else None
        given = [k for k, v in enumerate(figures) if v is not None]
        for k in given:
            value = figures[k]
            actual = round(float(str(value)) * scale, 6) if num(value) is not None else None
            status = RAG[str(rag)] if rag and k == given[-1] else None
            exp.observations.append(
                Obs(
                    str(ref),
                    str(name_),
                    periods[k],
                    actual,
                    text_of(value),
                    goal if k >= target_from else None,
                    status,
                )
            )
        row += 1
    sheet.column_dimensions["B"].width = 58
    sheet.freeze_panes = f"C{HEAD_ROW + 1}"
    return sheet


def build(path: Path) -> Expected:
    """Imitates a borough council's performance monitoring workbook split by reporting frequency.

    Tunbridge Wells-style workbook to the Finance and Governance Cabinet
    Advisory Board at Quarter 3 2024/25: a 'Monthly' sheet (months April to
    December 2024 as real dates shown 'Apr-24', 'Target', 'RAG (latest)',
    Comments), a 'Quarterly' sheet ('Q1 2024/25'..'Q3 2024/25',
    'Target 2024/25', 'RAG', Comments) and an 'Annual' sheet ('2021/22',
    '2022/23', '2023/24', 'Target 2023/24', 'RAG 2023/24', Comments), each
    with the same three shaded portfolio rows (Housing and Communities,
    Environment and Street Scene, Resources) over different indicators,
    and a 'Notes' sheet. Percentages are fractions under '0.0%'. December
    missed bins is blank, so that row's RAG is November's; recycling is a
    quarter in arrears (Q3 blank, RAG on Q2); fly-tips are data only; a
    'Not available' Q3; a biennial survey with one figure and no RAG.

    A careful reader takes each sheet's periods from its own headings: the
    month dates as months of 2024, the quarters as 2024/25, the years as
    financial years. The Monthly sheet's bare Target and the Quarterly
    sheet's 'Target 2024/25' apply to every period in their rows; the
    Annual sheet's 'Target 2023/24' only to 2023/24 (the survey's 2022/23
    figure and earlier outturns have none). Each RAG goes to the latest
    figure given in its row. Portfolio rows are groupings, not indicators.
    No unit or polarity column.
    """
    book = Workbook()
    first = book.active
    assert first is not None
    book.remove(first)
    exp = Expected([])
    _sheet(book, "Monthly", "Monthly indicators \u2013 April to December 2024",
           list(MONTHS), ["Target", "RAG (latest)", "Comments"], MONTH_LABELS, MONTHLY, exp, 0)  # fmt: skip
    _sheet(book, "Quarterly", "Quarterly indicators \u2013 Quarter 1 to Quarter 3",
           list(QUARTERS), ["Target 2024/25", "RAG", "Comments"], QUARTERS, QUARTERLY, exp, 0)  # fmt: skip
    _sheet(book, "Annual", "Annual indicators \u2013 outturns to 2023/24",
           list(YEARS), ["Target 2023/24", "RAG 2023/24", "Comments"], YEARS, ANNUAL, exp, 2)  # fmt: skip
    notes = book.create_sheet("Notes")
    lines = (
        "Monthly, quarterly and annual indicators are on separate sheets.",
        "RAG: G on or better than target; A within 5% of target; R more than 5% away.",
        "Blank cells: data not yet available or not collected in that period.",
        "Recycling data is supplied by Kent County Council a quarter in arrears.",
    )
    for j, line in enumerate(lines):
        notes.cell(row=1 + j, column=1, value=line)
    save(book, path)
    return exp
