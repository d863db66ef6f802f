"""Quarters headed by bare numbers 1 to 4 under financial-year bands: '2023/24' merged over
1 | 2 | 3 | 4, with 'Quarter' written to their left in the same row (or in the band).

A dashboard may head its quarter columns with the quarter's number alone, typed as a number,
under a band naming the year, and say once in the row's label cell that the numbers are
quarters. Read so, each number is that quarter of the year above it ('Q3' under '2024/25'
is Q3 2024/25), and the label cell is part of the heading, not an indicator.

Only a row that says quarter is read this way: bare numbers with no such word could count
anything (weeks, months, a ranking), and such a row stays a row of figures. Every number
must stand under a financial year, each year's numbers running 1, 2, 3 … in order, and the
row must hold nothing else but the label.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from desktop.scorecard import vocabulary
from desktop.scorecard.parse import cells
from desktop.scorecard.read.grid import CellValue

_MOST = 4  # quarters in a year
_FEWEST = 3  # bare numbers a row must hold to be read as quarters at all


@dataclass
class Quarters:
    """What a row of bare quarter numbers says: the heading each number stands for and
    the year over it (by column), and the columns of the words saying they are quarters."""

    names: dict[int, str] = field(default_factory=dict)
    years: dict[int, str] = field(default_factory=dict)
    labels: set[int] = field(default_factory=set)


def spelt(above: Sequence[str], line: Sequence[CellValue]) -> Quarters | None:
    """The quarters a row of bare numbers names under the year bands of the row above
    (``above``: its texts, a merged band's repeated over every column it spans); None where
    the row is not such a heading row."""
    found = Quarters()
    texts: list[int] = []
    band = ""
    last = 0
    for col, value in enumerate(line):
        if cells.is_blank(value):
            continue
        number = _number(value)
        if number is None:
            if cells.is_figure(value) or not isinstance(value, str):
                return None
            texts.append(col)
            continue
        over = above[col] if col < len(above) else ""
        if over:
            band, last = (over, 0) if over != band else (band, last)
        elif not band:  # a number under no year
            return None
        if number != last + 1 or not _financial_year(band):
            return None
        last = number
        found.names[col] = f"Q{number}"
        found.years[col] = _year_label(band)
    if len(found.names) < _FEWEST or last == 0:
        return None
    first = min(found.names)
    for col in texts:
        if col > first or vocabulary.normalise(line[col]) not in vocabulary.QUARTER_ROW_LABELS:
            return None  # words beside the numbers that do not say quarter
        found.labels.add(col)
    bands = {above[c] for c in found.names}
    if not found.labels and not all(_says_quarters(b) for b in bands):
        return None  # nothing says the numbers are quarters
    return found


def _number(value: CellValue) -> int | None:
    """A whole number from 1 to 4 typed alone (as a number or as text)."""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return None
    if isinstance(value, str) and not value.strip().isdigit():
        return None
    number = cells.number(value).value
    if number is None or not float(number).is_integer() or not 1 <= int(number) <= _MOST:
        return None
    return int(number)


def _year_label(text: str) -> str:
    found = cells.period_header(text)
    return found[0].label if found is not None else text


def _financial_year(text: str) -> bool:
    """A band naming a financial year and nothing else but that its columns are quarters
    ('2024/25', '2024/25 quarters'; not 'Target 2024/25')."""
    found = cells.period_header(text)
    return (
        found is not None
        and found[0].kind == "financial_year"
        and (not found[1].strip() or _says_quarters(text))
    )


def _says_quarters(text: str) -> bool:
    """A band naming its year and saying its columns are quarters ('2023/24 quarters')."""
    found = cells.period_header(text)
    return found is not None and vocabulary.normalise(found[1]) in vocabulary.QUARTER_ROW_LABELS
