"""Headings wrapped onto two lines inside one cell: 'Q1\\n2024/25', 'Target\\n2024/25'."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment

from tests.realistic.kit import Expected, Obs, Rag, new_book, put_row, save, title

QUARTERS = ("Q1 2024/25", "Q2 2024/25")
STATUS: dict[str, Rag] = {"On target": "green", "Within tolerance": "amber", "Off target": "red"}

# ref, indicator, Q4 2023/24, Q1, Q2, target, status
ROWS: tuple[tuple[object, ...], ...] = (
    ("PL01", "Major planning applications decided in 13 weeks (%)", 88.0, 91.0, 86.0, 90.0,
     "Within tolerance"),
    ("PL02", "Minor planning applications decided in 8 weeks (%)", 79.0, 84.0, 88.5, 85.0,
     "On target"),
    ("PL03", "Appeals allowed against refusals (%)", 31.0, 28.0, 36.0, 30.0, "Off target"),
    ("PL04", "Building control applications checked in 15 days (%)", 93.0, 95.5, 97.0, 95.0,
     "On target"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a planning service scorecard whose headings are wrapped with Alt+Enter.

    Narrow columns in Excel are headed on two lines typed into one cell
    ('Q1\\n2024/25', 'Target\\n2024/25', 'Status\\nQ2'), wrapped for
    printing. The line break is only layout: 'Q1\\n2024/25' is Q1 2024/25.
    The last quarter of the previous year is shown for context.
    """
    book, sheet = new_book("Planning")
    title(sheet, "A1", "Planning and Building Control scorecard")
    header = ["Ref", "Indicator", "Q4\n2023/24", "Q1\n2024/25", "Q2\n2024/25",
              "Target\n2024/25", "Status\nQ2"]  # fmt: skip
    put_row(sheet, 3, 1, header, bold=True)
    for col in range(1, len(header) + 1):
        sheet.cell(row=3, column=col).alignment = Alignment(wrap_text=True)
    exp = Expected([])
    for r, (ref, name, q4, q1, q2, target, status) in enumerate(ROWS):
        put_row(sheet, 4 + r, 1, [ref, name, q4, q1, q2, target, status])
        t = float(str(target))
        exp.observations += [
            Obs(str(ref), str(name), "Q4 2023/24", float(str(q4))),
            Obs(str(ref), str(name), QUARTERS[0], float(str(q1)), None, t),
            Obs(str(ref), str(name), QUARTERS[1], float(str(q2)), None, t, STATUS[str(status)]),
        ]
    save(book, path)
    return exp
