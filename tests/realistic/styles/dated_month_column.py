"""A long table whose month column holds real dates (01/04/2024) shown as dd/mm/yyyy."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.realistic.kit import Expected, Obs, new_book, put_row, save

MONTHS = (dt.datetime(2024, 4, 1), dt.datetime(2024, 5, 1), dt.datetime(2024, 6, 1))
LABELS = ("Apr 2024", "May 2024", "Jun 2024")

# service, KPI, target, one actual per month
ROWS: tuple[tuple[object, ...], ...] = (
    ("Customer Services", "Calls answered (%)", 85.0, (82.1, 86.4, 88.0)),
    ("Customer Services", "Web forms handled within 5 days (%)", 90.0, (91.5, 89.2, 93.1)),
    ("Revenues", "Council tax collected to date (%)", None, (10.4, 19.8, 29.1)),
    ("Waste", "Missed collections", 250.0, (231.0, 274.0, 240.0)),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a monthly extract from a reporting database pasted into Excel.

    Warehouse and SQL extracts carry the month as a real date, the first of
    the month, formatted dd/mm/yyyy, in a column headed 'Month'. Each row is
    one KPI in one month. 01/04/2024 under 'Month' is April 2024, not a day.
    """
    book, sheet = new_book("Extract")
    put_row(sheet, 1, 1, ["Service", "KPI", "Month", "Actual", "Target"], bold=True)
    exp = Expected([])
    row = 2
    for service, name, target, values in ROWS:
        for month, label, value in zip(MONTHS, LABELS, values, strict=True):  # type: ignore[call-overload]
            put_row(sheet, row, 1, [service, name, month, value, target])
            sheet.cell(row=row, column=3).number_format = "dd/mm/yyyy"
            t = float(str(target)) if target is not None else None
            exp.observations.append(Obs(None, str(name), label, float(value), None, t))
            row += 1
    save(book, path)
    return exp
