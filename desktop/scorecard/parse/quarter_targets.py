"""A target cell listing a target for each quarter: 'Q1 48% / Q2 50% / Q3 42% / Q4 40%',
'Q1: 90%, Q2: 90%, Q3: 90%, Q4: 90%', 'Q1 40 days | Q2 38 days', 'Q1-15, Q2-40', a quarter
a line ('Q1 210,000' over 'Q2 195,000').

Seasonal and cumulative measures have a target for each quarter, and where the table has
one target column the officers type the whole profile into its cell. Each piece is a
quarter's name ('Q1', 'Qtr 1', 'Quarter 1'), a separator (':', '=', a dash, or a space) and
one figure ('48%', '210,000', '40 days', '£1.2m', 'at least 95%'); pieces are parted by '/',
';', ',', '|' or a new line. Each quarter's figure is its target, the quarter dated as the
sheet dates its own quarters (``profile_targets.dated_figure``: the sheet's 'Q2' column,
else the second quarter of the target's year); a quarter the cell does not list has no
target from it, and a figure for no quarter (the year's, a month's) takes none either: the
reader asks about it.

A cell that is anything else is not read so, and goes on to the ordinary target reading
(where it is held for review as before): words beside the pieces ('Q1 48% / Q2 50% (to be
reviewed)'), a piece that names no quarter ('Q1 48% / Annual 45%'), a quarter given twice
('Q1 48% / Q1 50%'), a piece with two figures or a range ('Q1 40-45'), and a lone quarter
('Q4 95%': the year's target due by then, or Q4's alone, the cell does not say). 'Q1 -15'
is minus fifteen; 'Q1-15' and 'Q1 - 15' are fifteen.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

from desktop.scorecard import vocabulary
from desktop.scorecard.model import Period
from desktop.scorecard.parse import profile_targets
from desktop.scorecard.parse.targets import parse_target

__all__ = ["NOT_A_QUARTER", "UNDATED", "figure_for", "split"]

UNDATED = profile_targets.UNDATED  # a quarter the sheet cannot date
NOT_A_QUARTER = "not a quarter"  # the figure read is for a year or month, not a quarter


@lru_cache(maxsize=1024)
def split(text: str, decimal_comma: bool = False) -> tuple[tuple[str, str], ...] | None:
    """Each quarter's name ('Q1') and its figure as typed ('48%'), in the cell's order; None
    when ``text`` is not a list of two quarters' targets or more."""
    found = list(vocabulary.QUARTER_LIST_LABEL.finditer(text))
    if len(found) < 2 or text[: found[0].start()].strip():
        return None
    pieces: list[tuple[str, str]] = []
    for k, label in enumerate(found):
        last = k == len(found) - 1
        body = text[label.end() : len(text) if last else found[k + 1].start()]
        figure = _figure(body, last, decimal_comma)
        if figure is None:
            return None
        pieces.append((f"Q{label[1]}", figure))
    if len({name for name, _ in pieces}) < len(pieces):
        return None  # a quarter given twice
    return tuple(pieces)


def _figure(body: str, last: bool, decimal_comma: bool) -> str | None:
    """What one quarter's piece gives after its name: a single figure, or None."""
    end = vocabulary.QUARTER_LIST_PIECE_END.search(body)
    if end is None and not last:
        return None  # 'Q1 48% Q2 50%', 'Q1 & Q2 48%': no list separator
    if end is not None:  # the last piece may end with one too ('Q4 40%;')
        body = body[: end.start()]
    words = vocabulary.QUARTER_LIST_WORDS.match(body)
    if words is not None:
        body = body[words.end() :]
    lead = vocabulary.QUARTER_LIST_NAME_END.match(body)
    if lead is None:
        return None
    figure = body[lead.end() :].strip()
    if not figure:
        return None
    target = parse_target(figure, decimal_comma=decimal_comma)
    if target is None or target.value is None or target.low is not None:
        return None  # words, two figures, a range
    return figure


def figure_for(
    text: str,
    period: Period,
    year: Period | None,
    on_sheet: Mapping[tuple[str, int], set[str]],
    decimal_comma: bool = False,
) -> str | None:
    """The figure ``text`` lists for ``period``'s quarter ('48%'); '' when it lists other
    quarters only; ``NOT_A_QUARTER`` when ``period`` is no quarter; ``UNDATED`` when a
    quarter cannot be dated; None when ``text`` is not such a list.

    ``year``: the year the target's column names, if any; ``on_sheet``:
    ``profile_targets.written`` of the sheet's period headings."""
    listed = split(text, decimal_comma)
    if listed is None:
        return None
    if period.kind != "quarter":
        return NOT_A_QUARTER
    found = profile_targets.dated_figure(listed, period, year, on_sheet)
    return "" if found is None else found
