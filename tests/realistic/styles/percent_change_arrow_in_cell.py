"""Last quarter and this quarter, then a change cell holding an arrow and an amount: '\u25b2 3.2 pts', '\u25bc 6.7%', '\u25c4\u25ba 0.0'."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Font

from tests.realistic.kit import Expected, Rag, new_book, observed, put_row, save, title

SHEET = "Housing & Environment"
QUARTERS = ("Q1 2024/25", "Q2 2024/25")
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
UNIT = {"%": "%", "Number": "number", "Days": "days"}
UP, DOWN, LEVEL = "\u25b2", "\u25bc", "\u25c4\u25ba"

# ref, KPI, unit, Q1, Q2, change on last quarter, target, performance
ROWS: tuple[tuple[object, ...], ...] = (
    ("HE01", "Homelessness cases closed with the household in settled accommodation", "%",
     58.3, 61.5, f"{UP} 3.2 pts", 60.0, "Green"),
    ("HE02", "Households in temporary accommodation at the end of the quarter", "Number",
     142, 151, f"{UP} 6.3%", 130, "Red"),
    ("HE03", "Average time to relet council homes (general needs)", "Days",
     34.2, 31.9, f"{DOWN} 6.7%", 30.0, "Amber"),
    ("HE04", "Rent collected as a proportion of rent due", "%",
     97.4, 96.3, f"{DOWN} 1.1 pts", 98.0, "Amber"),
    ("HE05", "Long-term empty homes brought back into use", "Number",
     6, 6, f"{LEVEL} 0.0", 5, "Green"),
    ("HE06", "Household waste sent for reuse, recycling and composting", "%",
     44.7, 45.2, f"{UP} 0.5 pts", 46.0, "Amber"),
    ("HE07", "Reported fly-tips cleared within 48 hours", "%",
     93.0, 93.0, f"{LEVEL} 0.0 pts", 95.0, "Amber"),
    ("HE08", "Missed bin collections per 100,000 collections", "Number",
     48, 39, f"{DOWN} 18.8%", 50, "Green"),
    ("HE09", "Disabled facilities adaptations completed", "Number",
     27, 35, f"{UP} 29.6%", 30, "Green"),
    ("HE10", "Stage 2 housing complaints upheld by the council", "%",
     None, 22.0, "New", 25.0, "Green"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a housing and environment quarterly KPI report to an overview and scrutiny committee.

    Reports built from a template with a formula like
    =IF(E5>D5,"\u25b2 ","\u25bc ")&TEXT(ABS(E5/D5-1),"0.0%") put the arrow and the
    amount of change into one cell: a relative change for counts and days
    ('\u25b2 6.3%'), a change in points for percentages ('\u25bc 1.1 pts'),
    and '\u25c4\u25ba 0.0' when nothing moved; here the formulas were pasted as
    values. The arrow shows the direction of the figure, not whether that is
    good. A Unit column says what each figure is. The Stage 2 complaints
    measure is new this quarter: its Q1 cell is blank and its change says
    'New'.

    A careful reader takes the two quarters as the figures, the target for
    both and the performance rating for Q2; the change cell is arithmetic on
    the two figures, not a figure of any period, and not a rating.
    """
    book, sheet = new_book(SHEET)
    title(
        sheet,
        "A1",
        "Gedling Borough Council \u2013 Housing and Environment key performance indicators",
    )
    sheet["A2"] = "Quarter 2 2024/25 (July to September 2024), compared with Quarter 1"
    header = ["KPI ref", "Key performance indicator", "Unit", *QUARTERS,
              "Change on last quarter", "Target", "Performance"]  # fmt: skip
    put_row(sheet, 4, 1, header, bold=True)
    exp = Expected([])
    for i, (ref, name, unit, q1, q2, change, target, rating) in enumerate(ROWS):
        row = 5 + i
        put_row(sheet, row, 1, [ref, name, unit, q1, q2, change, target, rating])
        sheet.cell(row=row, column=6).alignment = Alignment(horizontal="center")
        exp.observations += observed(
            str(ref), str(name), QUARTERS, (q1, q2), float(str(target)), RAG[str(rating)]
        )
        exp.add_meta(str(ref), str(name), None, UNIT[str(unit)])
    foot = 5 + len(ROWS) + 1
    lines = (
        f"Change on last quarter: {UP} figure went up, {DOWN} went down, {LEVEL} no change. "
        "Percentages change in percentage points (pts); other figures by % of last quarter.",
        "Performance: Green on or better than target; Amber within 10% of target; Red otherwise.",
    )
    for j, line in enumerate(lines):
        sheet.cell(row=foot + j, column=1, value=line).font = Font(size=9, italic=True)
    sheet.column_dimensions["B"].width = 64
    sheet.column_dimensions["F"].width = 22
    save(book, path)
    return exp
