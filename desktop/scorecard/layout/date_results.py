"""Indicators whose result is a date ('Audited accounts published': 28/02/2024).

A date cell among figures is usually a figure Excel turned into a date ('3/4' typed into a
cell), and is doubted. It is the indicator's own result, kept as the text the sheet shows,
when the row's name says its result is a date ('published', 'date of', 'inspection') and the
row holds no plain number at all, or when two or more of its cells are dates and none is a
number: then no figure was mangled, the answer is a day.
"""

from __future__ import annotations

import datetime as dt
import re

from desktop.scorecard import vocabulary
from desktop.scorecard.read.grid import CellValue


def is_date_result(name: str, row: list[CellValue]) -> bool:
    """The row answers with dates: nothing in it is a plain number, and its name or a second
    date cell says the dates are the answers."""
    dates = 0
    for value in row:
        if isinstance(value, dt.date):
            dates += 1
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            return False
    if dates == 0:
        return False
    words = set(vocabulary.normalise(name).split())
    return dates >= 2 or bool(words & vocabulary.DATE_RESULT_WORDS)


def shown(value: dt.date, number_format: str | None) -> str:
    """The date as its cell shows it ('dd/mm/yyyy' -> '28/02/2024'); day/month/year when the
    format is none of the usual ones."""
    fmt = (number_format or "").split(";")[0]
    fmt = re.sub(r"\[[^\]]*\]|\\|\"", "", fmt).strip()
    if not fmt or fmt.lower() == "general" or not re.search(r"[dmy]", fmt, re.IGNORECASE):
        fmt = "dd/mm/yyyy"
    if re.search(r"[hs]", fmt, re.IGNORECASE) and not re.search(r"d", fmt, re.IGNORECASE):
        fmt = "dd/mm/yyyy"
    fmt = vocabulary.DATE_FORMAT_TIME.sub("", fmt).strip()
    return vocabulary.DATE_FORMAT_TOKEN.sub(lambda m: _part(value, m.group(0).lower()), fmt)


def _part(value: dt.date, token: str) -> str:
    month = vocabulary.DATE_MONTH_NAMES[value.month - 1]
    day_name = vocabulary.DATE_DAY_NAMES[value.weekday()]
    return {
        "yyyy": f"{value.year:04d}",
        "yy": f"{value.year % 100:02d}",
        "mmmm": month,
        "mmm": month[:3],
        "mm": f"{value.month:02d}",
        "m": str(value.month),
        "dddd": day_name,
        "ddd": day_name[:3],
        "dd": f"{value.day:02d}",
        "d": str(value.day),
    }[token]


def names_a_day(text: str) -> bool:
    """'24th July 2024', '30 September (statutory date)', 'By 31 July', '31/07/2024'."""
    return bool(vocabulary.DAY_IN_TEXT.search(text))
