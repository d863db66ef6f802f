"""A percent format spilled over rows that are no percentages.

Someone tidying a sheet selects whole figure columns and formats them '0%' or '0.0%': the
percentage rows (stored as fractions, 0.812) look right, but a count of 148 shows '14800%',
27.3 days '2730.0%' and £412,310 '41231000%'. A reader of the sheet takes each row by its
unit, not by the look of the cell: where the row's own unit evidence (its Unit cell, else
its name) says it is a count, days, money or a rate, the figure is the value stored. A
percentage row pasted in points under the same format (84 showing '8400%') is 84%.

Only the row's own evidence decides; with none, the format is read as before. A name alone
is weaker evidence than a Unit cell ('Fly-tips removed within 2 working days' is a share,
whatever 'days' says), so by the name alone only a stored value that cannot be a fraction
(over 1.5) is taken as stored.
"""

from __future__ import annotations

from desktop.scorecard import vocabulary
from desktop.scorecard.parse import values

FRACTION_BELOW = 1.5  # a stored value under this may be a percentage's fraction (0.92)
POINTS_FROM = 5.0  # a percentage stored at or above this (500%+) was typed in points
_POINTS_FORMAT = '0"%"'  # read as a percentage, not scaled


def row_unit(unit_cell: str, name: str) -> tuple[str | None, bool]:
    """The unit the row's own evidence gives, and whether it comes from a Unit cell
    (rather than the name alone); (None, False) where neither says."""
    cell = unit_cell.strip()
    if cell:
        if "".join(cell.lower().split()) in vocabulary.COUNT_UNIT_CELLS:
            return "number", True
        said = _unit(cell)
        if said is not None:
            return said, True
    if name.strip():
        named = _unit(name)
        if named is not None:
            return named, False
    return None, False


def _unit(text: str) -> str | None:
    """The unit ``text`` names; a bare 'rate' says nothing (a collection rate is a share),
    a rate per so many ('per 1,000') does."""
    unit = values.unit_from_header(text)
    if unit == "rate" and not any(ch.isdigit() for ch in text):
        return None
    return unit


def reading_format(
    number_format: str | None, value: object, unit_cell: str, name: str
) -> str | None:
    """The number format to read a stored number with: ``number_format`` itself, except
    where it scales the value to a percentage and the row's unit says otherwise."""
    if (
        not number_format
        or not isinstance(value, int | float)
        or isinstance(value, bool)
        or not values.scales_percent(number_format)
    ):
        return number_format
    unit, from_cell = row_unit(unit_cell, name)
    if unit == "%":
        return _POINTS_FORMAT if abs(value) >= POINTS_FROM else number_format
    if unit not in vocabulary.NOT_PERCENT_UNITS:
        return number_format
    if not from_cell and abs(value) <= FRACTION_BELOW:
        return number_format
    return None
