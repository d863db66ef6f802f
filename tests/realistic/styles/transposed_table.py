"""Transposed table: indicators as columns with code/name/unit/polarity rows on top, periods down."""

from __future__ import annotations

from pathlib import Path

from tests.realistic.kit import BOLD, Expected, Obs, new_book, put_row, save, title

# code, name, unit, polarity word, target, monthly values Apr..Sep
COLUMNS: tuple[tuple[object, ...], ...] = (
    ("ED01", "Attendances at A&E within 4 hours", "%", "Higher", 95.0, (74.2, 75.8, 76.1, 73.9, 74.5, 77.0)),
    ("ED02", "Ambulance handovers over 60 minutes", "Number", "Lower", 0.0, (212, 188, 201, 240, 196, 173)),
    ("ED03", "Bed occupancy", "%", "Lower", 92.0, (94.1, 93.7, 95.2, 94.8, 93.0, 92.4)),
    ("ED04", "Delayed discharges (average per day)", "Number", "Lower", 45.0, (61, 58, 57, 55, 52, "TBC")),
)  # fmt: skip

MONTHS = ("Apr 2024", "May 2024", "Jun 2024", "Jul 2024", "Aug 2024", "Sep 2024")
POLARITY = {"Higher": "higher_is_better", "Lower": "lower_is_better"}
UNIT = {"%": "%", "Number": "number"}


def build(path: Path) -> Expected:
    """Imitates a transposed health and care system tracker shared with scrutiny.

    Joint NHS/council urgent-care trackers (and many finance-style monthly
    returns) put one indicator per column: the first rows give the code,
    the indicator's name, its unit, which way is good and the target, and
    each following row is a month ('Apr-24' typed as text) going down.
    """
    book, sheet = new_book("Urgent Care Tracker")
    title(sheet, "A1", "System Urgent and Emergency Care - Monthly Tracker 2024/25")
    labels = ("Code", "Indicator", "Unit", "Good performance is", "Target")
    for i, label in enumerate(labels):
        sheet.cell(row=3 + i, column=1, value=label).font = BOLD
    exp = Expected([])
    for j, (code, name, unit, polarity, target, values) in enumerate(COLUMNS):
        put_row(sheet, 3, 2 + j, [code])
        for i, v in enumerate((name, unit, polarity, target), start=1):
            sheet.cell(row=3 + i, column=2 + j, value=v)
        assert isinstance(values, tuple) and isinstance(target, float)
        for m, value in enumerate(values):
            sheet.cell(row=9 + m, column=2 + j, value=value)
            real = float(value) if isinstance(value, int | float) else None
            text = None if real is not None else str(value)
            exp.observations.append(Obs(str(code), str(name), MONTHS[m], real, text, target))
        exp.add_meta(str(code), str(name), POLARITY[str(polarity)], UNIT[str(unit)])
    sheet.cell(row=8, column=1, value="Month").font = BOLD
    for m, month in enumerate(("Apr-24", "May-24", "Jun-24", "Jul-24", "Aug-24", "Sep-24")):
        sheet.cell(row=9 + m, column=1, value=month)
    save(book, path)
    return exp
