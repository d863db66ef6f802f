"""Calendar-quarter headings written as month ranges ('Jan\u2013Mar 24', 'Apr\u2013Jun 24')."""

from __future__ import annotations

from pathlib import Path

from tests.realistic.kit import Expected, Obs, Rag, new_book, put_row, save, title

STATUS: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}

HEADINGS = ("Jan\u2013Mar 24", "Apr\u2013Jun 24", "Jul\u2013Sep 24")
LABELS = ("Q4 2023/24", "Q1 2024/25", "Q2 2024/25")

# measure, target, three quarters, status (latest)
ROWS: tuple[tuple[object, ...], ...] = (
    ("999 calls answered within 10 seconds (%)", 90.0, 84.2, 88.9, 91.4, "Green"),
    ("Emergency incidents attended within target time - urban (%)", 85.0, 79.5, 81.0, 80.2, "Amber"),
    ("Victims satisfied with the overall service (%)", 75.0, 71.0, 69.4, 66.8, "Red"),
    ("Domestic abuse crimes resulting in an arrest (%)", 50.0, 47.1, 49.3, 52.0, "Green"),
    ("Average days to file a case with the CPS", 21.0, 24.0, 23.0, 22.5, "Amber"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a police and crime panel performance report.

    Police forces and police and crime commissioners report by quarter with
    headings written as the months they cover, 'Jan\u2013Mar 24', 'Apr\u2013Jun
    24', with an en dash and a two-digit year. Each is a financial quarter to a
    council reader: January to March 2024 is Q4 2023/24. Measures have no
    codes; a Status column rates the latest quarter against the target.
    """
    book, sheet = new_book("Police and Crime Plan")
    title(sheet, "A1", "Police and Crime Plan - Performance Report to the Panel")
    sheet["A2"] = (
        "Figures are for the quarter shown; status compares the latest quarter with the target."
    )
    put_row(sheet, 4, 1, ["Measure", "Target", *HEADINGS, "Status"], bold=True)
    exp = Expected([])
    for i, (name, target, *values, status) in enumerate(ROWS):
        put_row(sheet, 5 + i, 1, [name, target, *values, status])
        t = float(str(target))
        for j, (label, value) in enumerate(zip(LABELS, values, strict=True)):
            rag = STATUS[str(status)] if j == len(LABELS) - 1 else None
            exp.observations.append(Obs(None, str(name), label, float(str(value)), None, t, rag))
    sheet.column_dimensions["A"].width = 60
    save(book, path)
    return exp
