"""No status column: indicators grouped under 'RED – off target', 'AMBER – at risk' and 'GREEN – on track' rows."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Font

from tests.realistic.kit import (
    AMBER_FILL,
    GREEN_FILL,
    RED_FILL,
    Expected,
    Rag,
    fill,
    new_book,
    observed,
    put_row,
    save,
    title,
)

SHEET = "Q2 exceptions"
QUARTERS = ("Q1 2024/25", "Q2 2024/25")

# group heading, its rating, its fill, rows of (ref, measure, Q1, Q2, target 2024/25, commentary)
GROUPS: tuple[tuple[str, Rag, str, tuple[tuple[object, ...], ...]], ...] = (
    ("RED \u2013 off target", "red", RED_FILL, (
        ("EP04", "Household waste sent for reuse, recycling and composting (%)", 46.2, 44.8, 52.0,
         "Garden waste tonnage down after a dry summer; food waste roll-out starts in January."),
        ("EP09", "Fly-tips removed within 3 working days of being reported (%)", 71.0, 68.5, 90.0,
         "Two vacancies in the street scene team; crews diverted to the September storm clean-up."),
        ("EP12", "Category 2 potholes repaired within 28 days (%)", 62.3, 58.9, 85.0,
         "Contractor backlog after the wet spring; recovery plan agreed with the contractor."),
    )),
    ("AMBER \u2013 at risk", "amber", AMBER_FILL, (
        ("EP02", "Residual household waste per household (kg)", 118.4, 121.0, 115.0,
         "Seasonal rise expected; should recover in Q3."),
        ("EP07", "Major planning applications decided within 13 weeks or an agreed extension (%)", 80.0, 83.3, 90.0,
         "One application out of time in Q2 (6 decided)."),
        ("EP15", "Street light faults repaired within 7 days (%)", 88.1, 86.4, 92.0,
         "Parts shortage for older lanterns."),
    )),
    ("GREEN \u2013 on track", "green", GREEN_FILL, (
        ("EP01", "Missed bin collections per 100,000 collections", 42.0, 38.0, 50.0, None),
        ("EP06", "Householder planning applications decided within 8 weeks (%)", 91.5, 93.2, 85.0, None),
        ("EP10", "Food premises rated 3 (generally satisfactory) or better (%)", 95.6, 96.1, 95.0, None),
        ("EP13", "Income from council car parks (\u00a3000)", 612.0, 648.0, 600.0, None),
    )),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a unitary council's quarterly exceptions report for its place directorate.

    Exceptions reports lead with what is going wrong: instead of a status
    column, the table is split by heading rows filled red, amber and green
    and headed 'RED \u2013 off target', 'AMBER \u2013 at risk' and 'GREEN \u2013 on
    track', each indicator listed under the group it falls in for the
    latest quarter, with a commentary for those off target or at risk.

    A careful reader gives each indicator the rating of the group it sits
    in, for Q2 2024/25 (the latest quarter), and takes the group rows as
    headings, not indicators. The 2024/25 target applies to both quarters.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Bath & North East Somerset Council")
    sheet["A2"] = "Sustainable Communities \u2013 Performance Exceptions, Quarter 2 2024/25"
    header = ["Ref", "Measure", *QUARTERS, "Target 2024/25", "Commentary"]
    put_row(sheet, 4, 1, header, bold=True)
    exp = Expected([])
    row = 5
    for g, (heading, rag, colour, rows) in enumerate(GROUPS):
        if g:
            row += 1
        sheet.cell(row=row, column=1, value=heading).font = Font(
            bold=True, color="FF000000" if rag == "amber" else "FFFFFFFF"
        )
        for col in range(1, 7):
            fill(sheet, f"{'ABCDEF'[col - 1]}{row}", colour)
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=6)
        row += 1
        for ref, name, q1, q2, target, comment in rows:
            put_row(sheet, row, 1, [ref, name, q1, q2, target, comment])
            sheet.cell(row=row, column=6).alignment = Alignment(wrap_text=True)
            exp.observations += observed(
                str(ref), str(name), QUARTERS, (q1, q2), float(str(target)), rag
            )
            row += 1
    sheet.cell(
        row=row + 1,
        column=1,
        value="Red: off target. Amber: below target but within 10%. Green: target met.",
    ).font = Font(size=9, italic=True)
    sheet.column_dimensions["B"].width = 66
    sheet.column_dimensions["F"].width = 60
    save(book, path)
    return exp
