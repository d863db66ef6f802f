"""Doubtful: a percentage column of figures like 85.2 with one typed as a fraction (0.92)."""

from __future__ import annotations

from pathlib import Path

from tests.realistic.kit import Expected, Obs, new_book, put_row, save, title

QUARTERS = ("Q1 2024/25", "Q2 2024/25")

# code, measure, target %, Q1 %, Q2 %
ROWS: tuple[tuple[object, ...], ...] = (
    ("HR1", "Staff appraisals completed (%)", 90.0, 71.5, 85.2),
    ("HR2", "Mandatory training completed (%)", 95.0, 88.0, 91.3),
    ("HR3", "Vacancies filled at first advert (%)", 75.0, 68.0, 0.92),
    ("HR4", "Staff turnover - voluntary leavers (%)", 10.0, 2.4, 4.9),
    ("HR5", "Workforce declaring a disability (%)", 8.0, 6.1, 6.3),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a workforce scorecard typed in by several officers.

    Every figure in the percentage columns is written in points (85.2 for
    85.2%) except one, where an officer pasted a fraction from another
    workbook: 0.92 among values of 68 and 75. It could be 0.92% or 92%; a
    careful reader cannot tell, so the file goes to review at that cell (E6)
    instead of storing either.
    """
    book, sheet = new_book("Workforce")
    title(sheet, "A1", "Workforce Scorecard 2024/25")
    put_row(sheet, 3, 1, ["Code", "Measure", "Target", *QUARTERS], bold=True)
    exp = Expected([], status="needs_review", review_cells=["Workforce!E6"])
    for i, (code, name, target, q1, q2) in enumerate(ROWS):
        put_row(sheet, 4 + i, 1, [code, name, target, q1, q2])
        t = float(str(target))
        exp.observations.append(Obs(str(code), str(name), QUARTERS[0], float(str(q1)), None, t))
        if code != "HR3":  # its Q2 figure is the doubt
            exp.observations.append(Obs(str(code), str(name), QUARTERS[1], float(str(q2)), None, t))
    sheet.column_dimensions["B"].width = 45
    save(book, path)
    return exp
