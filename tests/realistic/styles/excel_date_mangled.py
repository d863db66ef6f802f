"""Doubtful: a figure typed as '3/4' that Excel turned into a date (03-Apr) among plain numbers."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.realistic.kit import Expected, Obs, new_book, put_row, save, title

QUARTERS = ("Q1 2024/25", "Q2 2024/25")

# ref, measure, target, Q1, Q2 (a datetime: what Excel made of what was typed)
ROWS: tuple[tuple[object, ...], ...] = (
    ("GOV1", "FOI requests answered within 20 working days (%)", 90.0, 86.0, 91.5),
    ("GOV2", "Internal audit reports finalised to plan", 4.0, 3.0, dt.datetime(2024, 4, 3)),
    ("GOV3", "High-priority audit recommendations implemented on time (%)", 100.0, 80.0, 75.0),
    ("GOV4", "Data breaches reported to the ICO", 0.0, 1.0, 0.0),
    ("GOV5", "Member enquiries answered within 10 working days (%)", 95.0, 92.3, 96.0),
)  # fmt: skip

DATE_CELL = "Governance!E5"


def build(path: Path) -> Expected:
    """Imitates a governance scorecard filled in by hand in Excel.

    An officer reporting '3 of 4' audit reports typed '3/4', and Excel, as it
    does, stored the date 3 April and shows it as '03-Apr'. Every other
    figure in the column is a number. A date cannot be a count of reports and
    is not this quarter: the file goes to review at that cell (E5) rather
    than have the figure read as a date serial, a period or nothing at all.
    """
    book, sheet = new_book("Governance")
    title(sheet, "A1", "Governance & Assurance Scorecard 2024/25")
    put_row(sheet, 3, 1, ["Ref", "Measure", "Target", *QUARTERS], bold=True)
    exp = Expected([], status="needs_review", review_cells=[DATE_CELL])
    for i, (ref, name, target, q1, q2) in enumerate(ROWS):
        put_row(sheet, 4 + i, 1, [ref, name, target, q1, q2])
        t = float(str(target))
        for quarter, value in zip(QUARTERS, (q1, q2), strict=True):
            if isinstance(value, dt.datetime):
                sheet.cell(row=4 + i, column=5).number_format = "dd-mmm"
                continue
            exp.observations.append(Obs(str(ref), str(name), quarter, float(str(value)), None, t))
    sheet.column_dimensions["B"].width = 55
    save(book, path)
    return exp
