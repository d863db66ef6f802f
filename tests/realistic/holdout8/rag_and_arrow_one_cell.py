"""One status cell holding the rating and the direction of travel: 'Green \u2191', 'A \u2193', 'Red - worsening', 'Amber (improving)'."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Font

from tests.realistic.kit import Expected, Rag, new_book, observed, put_row, save, title

SHEET = "Q2 Scorecard"
QUARTERS = ("Q4 2023/24", "Q1 2024/25", "Q2 2024/25")
HEADINGS = ("Q4 23/24", "Q1 24/25", "Q2 24/25")
UP, DOWN, SAME = "\u2191", "\u2193", "\u2194"
RATING: dict[str, Rag] = {"red": "red", "amber": "amber", "green": "green"}

# ref, measure, Q4, Q1, Q2, target, status as typed (rating and direction), the rating it gives
ROWS: tuple[tuple[object, ...], ...] = (
    ("PH1", "Smoking quitters at 4 weeks per 100,000 smokers", 2410, 2285, 2518, 2400, f"Green {UP}", "green"),
    ("PH2", "NHS Health Checks delivered to eligible residents (%)", 7.9, 8.4, 8.1, 9.0, f"A {DOWN}", "amber"),
    ("PH3", "Opiate users completing treatment and not returning within 6 months (%)", 5.2, 4.6, 4.1, 5.5, "Red - worsening", "red"),
    ("PH4", "Breastfeeding prevalence at 6-8 weeks (%)", 46.0, 47.3, 48.2, 50.0, "Amber (improving)", "amber"),
    ("PH5", "New birth visits within 14 days (%)", 91.8, 93.0, 95.4, 90.0, f"G {UP}", "green"),
    ("PH6", "Children receiving a 2-2\u00bd year development review (%)", 78.5, 80.1, 80.0, 85.0, f"Amber {SAME}", "amber"),
    ("PH7", "Sexual health clinic appointments offered within 48 hours (%)", 96.2, 97.5, 94.8, 95.0, "AMBER \u2013 declining", "amber"),
    ("PH8", "Adults in alcohol treatment who complete it (%)", 33.0, 31.2, 36.9, 35.0, "Green - improving", "green"),
    ("PH9", "Residents referred to the weight management service", 412, 388, 451, None, f"{UP} (data only)", None),
    ("PH10", "Health visitor reviews completed by the time the child is 12 months old (%)", None, 75.6, 76.0, 75.0, "G \u2192", "green"),
    ("PH11", "Stop smoking service users who are routine and manual workers (%)", 38.4, 35.1, 33.6, 40.0, f"R {DOWN}", "red"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a county council public health quarterly scorecard to a health scrutiny committee.

    Public health teams often squeeze the rating and the direction of travel
    into one 'Status / trend' column: a word or a letter and an arrow
    ('Green \u2191', 'A \u2193', 'Amber \u2194', 'G \u2192'), or words
    ('Red - worsening', 'Amber (improving)', 'AMBER \u2013 declining'). A
    contextual measure has no target and only an arrow with '(data only)'.
    The direction compares the latest quarter with the one before. The
    health visitor measure has no Q4 figure (blank) after a system change.

    A careful reader takes the rating from each status cell for the latest
    quarter, Q2 2024/25, and leaves the direction aside (it is arithmetic on
    the figures, not a rating); the arrow-only cell is no rating. The single
    Target column applies to every quarter.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Lincolnshire County Council \u2013 Public Health Performance Scorecard")
    sheet["A2"] = "Quarter 2 2024/25. Report to the Health Scrutiny Committee for Lincolnshire."
    sheet["A2"].font = Font(italic=True)
    put_row(sheet, 4, 1, ["Ref", "Indicator", *HEADINGS, "Target", "Status / trend"], bold=True)
    exp = Expected([])
    for i, (ref, name, q4, q1, q2, target, status, rating) in enumerate(ROWS):
        row = 5 + i
        put_row(sheet, row, 1, [ref, name, q4, q1, q2, target, status])
        sheet.cell(row=row, column=7).alignment = Alignment(horizontal="center")
        t = None if target is None else float(str(target))
        rag = None if rating is None else RATING[str(rating)]
        exp.observations += observed(str(ref), str(name), QUARTERS, (q4, q1, q2), t, rag)
    foot = 5 + len(ROWS) + 1
    lines = (
        "Status: Green (G) target met; Amber (A) within 10% of target; Red (R) more than 10% from target.",
        f"Trend against the previous quarter: {UP} improving, {DOWN} declining, {SAME} or \u2192 no change.",
        "PH10: no figure for Q4 2023/24 while health visiting records moved to the new case management system.",
    )
    for j, line in enumerate(lines):
        sheet.cell(row=foot + j, column=1, value=line).font = Font(size=9, italic=True)
    sheet.column_dimensions["B"].width = 70
    sheet.column_dimensions["G"].width = 20
    save(book, path)
    return exp
