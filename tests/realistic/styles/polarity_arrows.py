"""Arrows in two roles: polarity in a 'Good is' column (\u2191/\u2193), direction of travel (\u2191/\u2193/\u2192) in another."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Font

from tests.realistic.kit import Expected, Rag, new_book, observed, put_row, save, title

UP, DOWN, LEVEL = "\u2191", "\u2193", "\u2192"
GOOD_IS = {UP: "higher_is_better", DOWN: "lower_is_better"}
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
QUARTERS = ("Q1 2024/25", "Q2 2024/25")

# ref, indicator, good is, Q1, Q2, target, status, direction of travel (improved/declined)
ROWS: tuple[tuple[object, ...], ...] = (
    ("NS01", "Household waste sent for reuse, recycling and composting (%)", UP, 51.2, 53.0, 52.0, "Green", UP),
    ("NS02", "Residual household waste per household (kg)", DOWN, 112.0, 109.5, 110.0, "Green", UP),
    ("NS03", "Missed collections per 100,000 collections", DOWN, 58.0, 66.0, 50.0, "Red", DOWN),
    ("NS04", "Fly-tipping incidents cleared within 48 hours (%)", UP, 89.0, 89.0, 90.0, "Amber", LEVEL),
    ("NS05", "Streets at or above grade B for litter (%)", UP, 94.1, 92.6, 95.0, "Amber", DOWN),
    ("NS06", "Food premises rated 4 or 5 for food hygiene (%)", UP, 93.0, 93.8, 92.0, "Green", UP),
    ("NS07", "Noise complaints responded to within 5 working days (%)", UP, 82.0, 76.0, 85.0, "Red", DOWN),
    ("NS08", "Average days to remove abandoned vehicles", DOWN, 6.5, 5.1, 7.0, "Green", UP),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a neighbourhood services scorecard that uses arrows twice over.

    Scorecard templates save width by writing polarity as an arrow in a
    narrow 'Good is' column (\u2191 higher is better, \u2193 lower is better) and
    the direction of travel as an arrow too (\u2191 improved, \u2193 declined,
    \u2192 no change, against the previous quarter), with a key under the table.
    The same symbols mean different things, told apart only by their
    column's heading. A careful reader takes the polarity from 'Good is',
    reads the direction of travel as commentary on the latest quarter (not
    a figure, not a rating), and the Status word as the Q2 rating; the
    single target applies to both quarters.
    """
    book, sheet = new_book("Neighbourhoods")
    title(sheet, "A1", "Neighbourhood Services Performance - Quarter 2 2024/25")
    header = ["Ref", "Indicator", "Good is", *QUARTERS, "Target", "Status", "Direction of travel"]
    put_row(sheet, 3, 1, header, bold=True)
    exp = Expected([])
    for i, (ref, name, good_is, q1, q2, target, status, travel) in enumerate(ROWS):
        put_row(sheet, 4 + i, 1, [ref, name, good_is, q1, q2, target, status, travel])
        for col in (3, 8):
            sheet.cell(row=4 + i, column=col).alignment = Alignment(horizontal="center")
        exp.observations += observed(
            str(ref), str(name), QUARTERS, (q1, q2), float(str(target)), RAG[str(status)]
        )
        exp.add_meta(str(ref), str(name), GOOD_IS[str(good_is)], None)
    key = 4 + len(ROWS) + 1
    sheet.cell(row=key, column=1, value="Key").font = Font(bold=True)
    sheet.cell(
        row=key + 1, column=1, value=f"Good is: {UP} higher is better, {DOWN} lower is better"
    )
    sheet.cell(
        row=key + 2,
        column=1,
        value=f"Direction of travel (on last quarter): {UP} improved, {DOWN} declined, {LEVEL} no change",
    )
    sheet.column_dimensions["B"].width = 58
    save(book, path)
    return exp
