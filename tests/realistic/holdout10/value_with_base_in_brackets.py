"""Percentages typed with their base in one cell, '62.5% (5/8)', '45% (n=11)', '100% (8 of 8)', beside plain figures."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Font

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

SHEET = "YJS Q3 2024-25"
HEADINGS = ("Q1 24-25", "Q2 24-25", "Q3 24-25")
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
RAG: dict[str, Rag] = {"R": "red", "A": "amber", "G": "green"}
FILLS = {"R": RED_FILL, "A": AMBER_FILL, "G": GREEN_FILL}
FIRST_ROW = 6
PERCENT_ROW = "YJ06"  # figures and target stored as fractions with a percent format

# KPI, measure, (Q1, Q2, Q3) as (cell as typed, the figure a reader takes), target, RAG (Q3)
ROWS: tuple[tuple[object, ...], ...] = (
    ("YJ01", "Young people in suitable education, training or employment at the end of their order (%)",
     (("62.5% (5/8)", 62.5), ("70.0% (7/10)", 70.0), ("45% (n=11)", 45.0)), 70, "R"),
    ("YJ02", "Young people in suitable accommodation at the end of their order (%)",
     (("100% (8 of 8)", 100.0), ("90% (9 of 10)", 90.0), ("100% (11 of 11)", 100.0)), 95, "G"),
    ("YJ03", "First-time entrants to the youth justice system",
     ((9, 9.0), (14, 14.0), (11, 11.0)), 12, "G"),
    ("YJ04", "Binary reoffending rate, local cohort tracked for 12 months (%)",
     (("33.3% (n=12)", 33.3), ("27.3% (n=11)", 27.3), ("38.5% (n=13)", 38.5)), 30, "R"),
    ("YJ05", "Custodial sentences as a proportion of all court outcomes (%)",
     (("0% (0/9)", 0.0), ("12.5% (1/8)", 12.5), ("0% (0/6)", 0.0)), 5, "G"),
    (PERCENT_ROW, "Victims offered restorative justice who chose to take part (%)",
     ((0.412, 41.2), (0.389, 38.9), (0.444, 44.4)), 0.4, "G"),
    ("YJ07", "Out-of-court disposals completed successfully (%)",
     (("100% (2 of 2)", 100.0), ("No cases closed", None), ("85.7% (6/7)", 85.7)), 80, "G"),
    ("YJ08", "Young people with identified special educational needs who have an EHC plan (%)",
     (("58%(n=19)", 58.0), ("61% (n=23)", 61.0), ("64% (n=25)", 64.0)), 60, "G"),
    ("YJ09", "Initial assessments completed within 20 working days (%)",
     ((88.9, 88.9), (92.3, 92.3), (95.0, 95.0)), 90, "G"),
    ("YJ10", "Nights spent by children remanded to youth detention accommodation",
     ((34, 34.0), (0, 0.0), (61, 61.0)), None, None),
)  # fmt: skip

NOTES = (
    "Figures in brackets are the numbers behind the percentage: (5/8) and (5 of 8) mean 5 of 8 young "
    "people; n= is the size of the cohort. Cohorts are small, so one young person can move a "
    "percentage by ten points or more.",
    "RAG for Q3: G target met; A within 10% of target; R more than 10% from target.",
)


def build(path: Path) -> Expected:
    """Imitates a youth justice service's quarterly performance report to its management board.

    Youth justice cohorts are small, so the performance officer types each
    percentage with the numbers behind it in the same cell: '62.5% (5/8)',
    '100% (8 of 8)', '45% (n=11)', one without a space ('58%(n=19)').
    Counts (first-time entrants, remand nights) and the assessment
    timeliness figure are plain numbers; the restorative justice row came
    from a case system export as fractions shown with a percent format, its
    target typed the same way. No out-of-court disposal closed in Q2.

    A careful reader takes the percentage from each cell, in points, and
    leaves the base as context: '62.5% (5/8)' is 62.5, '45% (n=11)' is 45,
    a cell shown as 41.2% is 41.2 and its 40% target 40. 'No cases closed'
    is text. The single Target column applies to every quarter; the RAG
    belongs to Q3.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Swindon Youth Justice Service \u2013 Quarterly Performance Report")
    sheet["A2"] = "Youth Justice Management Board, February 2025"
    sheet["A3"] = "Quarter 3 2024-25 (October to December 2024)"
    for line in ("A2", "A3"):
        sheet[line].font = Font(italic=True)
    put_row(sheet, 5, 1, ["KPI", "Measure", *HEADINGS, "Target", "RAG"], bold=True)
    exp = Expected([])
    for i, (ref, name, cells, target, rag) in enumerate(ROWS):
        row = FIRST_ROW + i
        assert isinstance(cells, tuple)
        put_row(sheet, row, 1, [ref, name, *(typed for typed, _ in cells), target, rag])
        for col in range(3, 6):
            sheet.cell(row=row, column=col).alignment = Alignment(horizontal="right")
        if ref == PERCENT_ROW:
            for col in range(3, 6):
                sheet.cell(row=row, column=col).number_format = "0.0%"
            sheet.cell(row=row, column=6).number_format = "0%"
        if rag is not None:
            fill(sheet, f"G{row}", FILLS[str(rag)])
        goal = None if target is None else float(str(target))
        if ref == PERCENT_ROW and goal is not None:
            goal = round(goal * 100, 6)
        for j, (quarter, (typed, figure)) in enumerate(zip(QUARTERS, cells, strict=True)):
            latest = j == len(QUARTERS) - 1
            rating = RAG[str(rag)] if latest and rag is not None else None
            text = None if figure is not None else str(typed)
            exp.observations.append(Obs(str(ref), str(name), quarter, figure, text, goal, rating))
    foot = FIRST_ROW + len(ROWS) + 1
    for j, line in enumerate(NOTES):
        sheet.cell(row=foot + j, column=1, value=line).font = Font(size=9, italic=True)
    sheet.column_dimensions["B"].width = 80
    for letter in "CDE":
        sheet.column_dimensions[letter].width = 16
    save(book, path)
    return exp
