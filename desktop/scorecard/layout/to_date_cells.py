"""A quarter's (or month's) own figure and the year to date typed together in its cell.

Officers short of columns type a count's figure for the quarter with the running total from
April beside it, marked as such: '389 (801 YTD)', '174 (YTD 360)', '41 / YTD 79', '12 [year to
date: 30]', '1,187 (cum. 2,391)'. The mark ('YTD', 'year to date', 'cumulative', 'cum.', 'to
date') may stand before or after its figure, in round or square brackets or after a slash,
bar, semicolon or comma; the period's own figure comes first, or after the other where it is
marked as the period's own ('801 YTD (389 in quarter)').

The unmarked figure is the column's period's; the marked one covers April to the end of that
period (``to_date.span``: the half year at Q2, April to December at Q3), an observation of
its own. At the first quarter or month of the year the two are one span: the same figure is
read once, two different ones are asked about. So is a marked figure under a column that is
no quarter or month of a financial year (a year, a span already to date, or a quarter
written with one year that may be a calendar quarter), one in other units than the period's
own ('45 (12% YTD)'), and a cell with a to-date mark that is not two figures read exactly
('389 (4,512 cumulative since 2019)'). A bracket without such a mark (a base '(n=11)', last
year's figure, a percentage) is not this rule's: the rules for it read it as before.

The row's targets and ratings go with the period's own figure, unless their heading marks
them as the year to date's ('YTD target', 'Cumulative RAG'), or, for a rating beside no
marked target, a note on the sheet says it compares the year to date ('RAG compares the YTD
figure with the target'): then they go with the row's latest figure to date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from desktop.scorecard import vocabulary
from desktop.scorecard.layout import marked_figures, to_date
from desktop.scorecard.layout.cross_checks import single_year_quarter
from desktop.scorecard.layout.header import Header
from desktop.scorecard.model import Period
from desktop.scorecard.parse import cells
from desktop.scorecard.read.grid import CellValue

__all__ = ["DOUBT", "KIND", "Pair", "reach", "sides", "split", "units_differ"]

KIND = "year to date in a period's cell"
DOUBT: Literal["doubt"] = "doubt"  # a to-date mark in a cell that is not two figures read exactly

# 'A (B)' or 'A [B]', one pair of brackets closing the cell
_BRACKETED = re.compile(
    r"^(?P<out>[^()\[\]]+?)\s*(?:\((?P<round>[^()\[\]]*)\)|\[(?P<square>[^()\[\]]*)\])$"
)
# 'A / B', 'A | B', 'A; B', 'A, B' (a comma with a space after it: '1,187' is one figure),
# 'A - B' (a dash between spaces: '10-12' is a range)
_SEPARATOR = re.compile(r"\s*(?:[/|;]|,\s|\s[-\u2013\u2014]\s)\s*")
_MARK = re.compile(rf"\b{vocabulary.CELL_TO_DATE_MARK}(?!\w)", re.IGNORECASE)


def _marked(mark: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A part of a cell holding a figure and ``mark``, before it ('YTD: 801') or after it."""
    before = re.compile(rf"{mark}\s*[:=]?\s*(?P<figure>.+)", re.IGNORECASE)
    after = re.compile(rf"(?P<figure>.+?)\s*\b{mark}\.?", re.IGNORECASE)
    return before, after


_TO_DATE = _marked(vocabulary.CELL_TO_DATE_MARK)
_OWN = _marked(vocabulary.CELL_IN_PERIOD_MARK)


@dataclass(frozen=True, slots=True)
class Pair:
    """The text of the period's own figure and of the figure to date ('389', '801')."""

    own: str
    to_date: str


def split(value: CellValue) -> Pair | Literal["doubt"] | None:
    """A cell's own figure and its year to date ('389 (801 YTD)' -> '389', '801'); ``DOUBT``
    for a cell marking a figure to date that is not two figures read exactly; None for a
    cell with no to-date mark (read by the other rules, as ever)."""
    if not isinstance(value, str) or _MARK.search(value) is None:
        return None
    text = " ".join(value.split())
    parts = _parts(text)
    pair = _pair(*parts) if parts is not None else None
    if pair is None:
        return DOUBT if _figure_then_more(text) else None
    return pair


def _parts(text: str) -> tuple[str, str] | None:
    found = _BRACKETED.match(text)
    if found is not None:
        inner = found["round"] if found["round"] is not None else found["square"]
        return found["out"].strip(), inner.strip()
    pieces = _SEPARATOR.split(text)
    if len(pieces) == 2 and all(pieces):
        return pieces[0], pieces[1]
    return None


def _pair(first: str, second: str) -> Pair | None:
    """The two parts read as the own figure and the one to date: exactly one marked to date,
    the other unmarked (and first) or marked as the period's own."""
    first_to_date, second_to_date = _figure(first, _TO_DATE), _figure(second, _TO_DATE)
    if (first_to_date is None) == (second_to_date is None):
        return None
    if second_to_date is not None:
        own = _figure(first, _OWN) or first  # '389' or '389 in quarter' before '(801 YTD)'
        so_far = second_to_date
    else:
        own = _figure(second, _OWN) or ""  # after '801 YTD', only one marked as its own
        so_far = first_to_date or ""
    if not _one_figure(own) or not _one_figure(so_far):
        return None
    return Pair(own, so_far)


def _figure(part: str, marks: tuple[re.Pattern[str], re.Pattern[str]]) -> str | None:
    """The figure of a part written with the mark ('801 YTD', 'YTD: 801' -> '801')."""
    for pattern in marks:
        found = pattern.fullmatch(part)
        if found is not None and found["figure"].strip():
            return found["figure"].strip()
    return None


def _one_figure(text: str) -> bool:
    """A figure alone ('1,187', '45%', '£5,200') or a no-data word ('n/a', 'TBC')."""
    return cells.is_figure(text) or text.strip().lower() in vocabulary.MISSING_MARKERS


_NUMBER = re.compile(r"\d[\d,.]*")
_STARTS_WITH_FIGURE = re.compile(rf"[-+\u2212]?\s*{vocabulary.MONEY_SIGN}?\s*\d")


def _figure_then_more(text: str) -> bool:
    """Text starting with a figure and holding another number: a figure beside one marked
    to date, written so that neither is read exactly ('389 (4,512 cumulative since 2019)')."""
    return _STARTS_WITH_FIGURE.match(text) is not None and len(_NUMBER.findall(text)) >= 2


def reach(period: Period, heading: str) -> Period | str:
    """The span from April to the end of the cell's period, its year to date; where there is
    none, why: the period is no quarter or month, or its heading writes a quarter with one
    year ('Q2 2024', perhaps a calendar year's, whose year to date would start in January)."""
    if single_year_quarter(heading) is not None:
        return (
            f"'{heading}' names a quarter with one year, so whether the year to date runs "
            "from April or from January the sheet does not say"
        )
    span = to_date.span(period)
    if span is None:
        return f"its period, {period.label}, is no quarter or month to count a year to date up to"
    return span


def units_differ(own: str, so_far: str, decimal_comma: bool) -> bool:
    """The two figures typed in different units: both given and not the same, or one a
    percentage and the other not ('45 (12% YTD)')."""
    first = cells.number(own, decimal_comma=decimal_comma).unit
    second = cells.number(so_far, decimal_comma=decimal_comma).unit
    if first is not None and second is not None:
        return first != second
    return "%" in (first, second)


def sides(header: Header) -> dict[int, marked_figures.Side | None]:
    """Which figure each target and rating column with no period of its own goes with, where
    a row types its year to date in a period's cell: the one its heading marks ('YTD target',
    'Quarterly target'); for an unmarked rating, the one the marked targets go with, else the
    one a note says it compares; None (unsure) beside marked targets for both and no note.
    An unmarked target, or a rating nothing marks, goes with the period's own figure."""
    judged = [c for c in header.columns if c.field in _JUDGED and c.period is None]
    found: dict[int, marked_figures.Side | None] = {
        c.index: marked_figures.mark(c.header) or "own" for c in judged
    }
    targeted = {marked_figures.mark(c.header) for c in judged if c.field == "target"} - {None}
    for column in judged:
        if column.field != "rag" or marked_figures.mark(column.header) is not None:
            continue
        if len(targeted) == 1:
            found[column.index] = next(iter(targeted))
            continue
        said = marked_figures.noted(header)
        if said is None and targeted:  # targets marked for both figures, and no note
            found[column.index] = None
        else:
            found[column.index] = said or "own"
    return found


_JUDGED = ("target", "rag")
