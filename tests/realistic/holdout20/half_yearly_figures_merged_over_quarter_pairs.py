"""A quarterly scorecard whose half-yearly measures show one figure merged across each quarter pair."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from tests.realistic.kit import (
    AMBER_FILL,
    GREEN_FILL,
    RED_FILL,
    Expected,
    Obs,
    Rag,
    merge,
    new_book,
    num,
    put_row,
    save,
    text_of,
    title,
)

SHEET = "Scorecard Q4"
BANNER_ROW = 4
HEAD_ROW = 5
FIRST = HEAD_ROW + 1
FIG_COL = 5  # E..H: Q1..Q4 figures
RAG_COL = 9  # I..L: Q1..Q4 ratings
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25")
HALVES = ("H1 2024/25", "H2 2024/25")
YEAR = ("2024/25",)
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
RAG_FILL = {"G": GREEN_FILL, "A": AMBER_FILL, "R": RED_FILL}
HEAD = PatternFill(fill_type="solid", start_color="FF375623", end_color="FF375623")
SECTION = PatternFill(fill_type="solid", start_color="FFE2EFDA", end_color="FFE2EFDA")
THIN = Side(style="thin", color="FFBFBFBF")

# A 1-tuple is a section row. Otherwise: ref, indicator, frequency, target 2024/25, figures
# (four quarters, two halves or one year), ratings (same shape), comment.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Adult Social Care and Health",),
    ("ASC01", "Adults with a learning disability in paid employment (%)", "Quarterly", 6.0,
     (5.1, 5.4, 5.9, 6.2), ("R", "A", "A", "G"), None),
    ("ASC02", "Permanent admissions to residential and nursing care, aged 65+, per 100,000 "
     "(rolling 12 months)", "Quarterly", 560, (572.4, 566.1, 558.3, 549.7),
     ("A", "A", "G", "G"), None),
    ("ASC03", "Carers' assessments completed within 28 days (%)", "Half-yearly", 80,
     (72.4, 78.9), ("R", "A"), "Backlog cleared in the autumn."),
    ("ASC04", "Older people at home 91 days after discharge into reablement (%)", "Quarterly",
     82.0, (84.1, 80.6, 79.2, 83.5), ("G", "A", "A", "G"), None),
    ("ASC05", "Service users who say they feel safe (%)", "Half-yearly", 70, (71.8, 69.3),
     ("G", "A"), "Local survey of 400 service users each half year."),
    ("ASC06", "Safeguarding adults enquiries started", "Quarterly", None, (212, 198, 231, 244),
     (None, None, None, None), "Information only."),
    ("Children and Families",),
    ("CF01", "Single assessments completed within 45 working days (%)", "Quarterly", 90,
     (86.3, 91.2, 92.8, 89.7), ("A", "G", "G", "A"), None),
    ("CF02", "Child protection plans starting that are a second or subsequent plan (%)",
     "Quarterly", 20, (18.2, 22.7, 19.4, "Not available"), ("G", "R", "G", None),
     "Q4 awaiting validation of the CIN census return."),
    ("CF03", "Care leavers aged 19\u201321 in education, employment or training (%)",
     "Half-yearly", 55, (51.6, 56.3), ("A", "G"), None),
    ("CF04", "Children in care with three or more placements in the year (%)", "Quarterly", 10,
     (8.4, 9.1, 10.6, 11.9), ("G", "G", "A", "R"), "Placement sufficiency pressures."),
    ("CF05", "Initial health assessments completed within 20 working days (%)", "Half-yearly",
     85, (64.0, 77.5), ("R", "R"), "Joint improvement plan with the ICB."),
    ("Corporate Health",),
    ("CH01", "Customer contact centre calls answered within 5 minutes (%)", "Quarterly", 85,
     (78.6, 83.9, 86.2, 87.5), ("R", "A", "G", "G"), "Two new advisers from September."),
    ("CH02", "Voluntary staff turnover (%)", "Half-yearly", 5.0, (4.6, 5.3), ("G", "A"), None),
    ("CH03", "Average working days lost to sickness per FTE (rolling 12 months)", "Quarterly",
     9.0, (9.8, 9.6, 9.4, 9.1), ("R", "A", "A", "A"), None),
    ("CH04", "Invoices paid within 30 days (%)", "Quarterly", 95, (93.4, 95.8, 96.1, 94.9),
     ("A", "G", "G", "A"), None),
    ("CH05", "Staff completing mandatory data protection training (%)", "Half-yearly", 95,
     (88.2, "Awaited"), ("R", None), "H2 figure from the new learning system due May 2025."),
    ("CH06", "Residents satisfied with the way the council runs things (%)", "Annual", 60,
     (57.0,), ("A",), "Residents' survey, autumn 2024."),
)  # fmt: skip


def _spans(n: int) -> tuple[tuple[str, int, int], ...]:
    """(period, first quarter index, last quarter index) for 4, 2 or 1 figures in a row."""
    if n == 4:
        return tuple((QUARTERS[k], k, k) for k in range(4))
    if n == 2:
        return ((HALVES[0], 0, 1), (HALVES[1], 2, 3))
    return ((YEAR[0], 0, 3),)


def build(path: Path) -> Expected:
    """Imitates a county council's year-end corporate scorecard to a scrutiny management board.

    A county's 'Council Plan scorecard' kept in Excel through the year and
    sent to the Scrutiny Management Board at Quarter 4: Ref, Indicator,
    Frequency, 'Target 2024/25', then 'Q1'..'Q4' under a merged
    'Performance 2024/25' banner and 'Q1'..'Q4' again under a merged 'RAG
    rating' banner (filled G/A/R letters), Comments, shaded sections. Most
    measures are quarterly. Half-yearly ones (carers' assessments, a local
    survey, care leavers in EET, health assessments, staff turnover,
    training) show each figure once in a cell merged across Q1\u2013Q2 and
    again across Q3\u2013Q4, their rating merged the same way; the annual
    residents' survey is merged across all four quarters. A note says so.

    A careful reader takes a figure merged across Q1\u2013Q2 as the first half
    year (H1 2024/25), across Q3\u2013Q4 as the second (H2 2024/25), and one
    across all four as the year 2024/25 \u2013 not as a Q1 or Q3 figure \u2013 with
    the rating merged over the same quarters. The single target applies to
    every figure. CF02 Q4 is 'Not available', CH05 H2 is 'Awaited', both
    unrated; safeguarding enquiries are information only.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Council Plan Scorecard 2024/25 \u2013 Quarter 4 (year end)")
    sheet["A2"] = "Scrutiny Management Board, 19 June 2025"
    sheet["A2"].font = Font(italic=True)
    merge(sheet, f"E{BANNER_ROW}:H{BANNER_ROW}", "Performance 2024/25")
    merge(sheet, f"I{BANNER_ROW}:L{BANNER_ROW}", "RAG rating")
    heads = ["Ref", "Indicator", "Frequency", "Target 2024/25", "Q1", "Q2", "Q3", "Q4",
             "Q1", "Q2", "Q3", "Q4", "Comments"]  # fmt: skip
    put_row(sheet, HEAD_ROW, 1, heads)
    ncol = len(heads)
    for col in range(1, ncol + 1):
        cell = sheet.cell(row=HEAD_ROW, column=col)
        cell.fill = HEAD
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    exp = Expected([])
    row = FIRST
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, ncol + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        ref, name, freq, target, figures, ratings, comment = spec
        assert isinstance(figures, tuple) and isinstance(ratings, tuple)
        put_row(sheet, row, 1, [ref, name, freq, target])
        if comment:
            sheet.cell(row=row, column=13, value=comment)
        for col in range(1, ncol + 1):
            sheet.cell(row=row, column=col).border = Border(bottom=THIN)
        for (period, lo, hi), value, rag in zip(
            _spans(len(figures)), figures, ratings, strict=True
        ):
            fig = sheet.cell(row=row, column=FIG_COL + lo, value=value)
            fig.alignment = Alignment(horizontal="center")
            rat = sheet.cell(row=row, column=RAG_COL + lo, value=rag)
            rat.alignment = Alignment(horizontal="center")
            if rag:
                rgb = RAG_FILL[str(rag)]
                rat.fill = PatternFill(fill_type="solid", start_color=rgb, end_color=rgb)
            if hi > lo:
                for base in (FIG_COL, RAG_COL):
                    a = get_column_letter(base + lo)
                    b = get_column_letter(base + hi)
                    sheet.merge_cells(f"{a}{row}:{b}{row}")
            if value is None:
                continue
            status = RAG[str(rag)] if rag else None
            exp.observations.append(
                Obs(str(ref), str(name), period, num(value), text_of(value), num(target), status)
            )
        row += 1
    notes = (
        "Half-yearly measures are shown once across the two quarters of each half year "
        "(April\u2013September, October\u2013March); the annual measure across the whole year.",
        "G \u2013 target met; A \u2013 within 5% of target; R \u2013 more than 5% from target.",
    )
    for j, line in enumerate(notes, start=row + 1):
        sheet.cell(row=j, column=1, value=line).font = Font(size=9, italic=True)
    widths = {"A": 7, "B": 64, "C": 12, "D": 10, "M": 48}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    for col in range(FIG_COL, RAG_COL + 4):
        sheet.column_dimensions[get_column_letter(col)].width = 8
    sheet.freeze_panes = f"E{FIRST}"
    save(book, path)
    return exp
