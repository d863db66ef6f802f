"""This year's figure with last year's in brackets, in one cell: '47.2% (45.9%)'.

A report comparing each period with the same period a year earlier, without doubling its
columns, may type both figures in one cell, last year's in brackets: '47.2% (45.9%)',
'1,204 (1,187)', 'Awaited (41.8%)'. The brackets are read so only where the sheet says what
they hold: the heading names the earlier period in brackets after its own ('Q2 2024/25 (Q2
2023/24)', '2024/25 (2023/24)'), or a line on the sheet says the figures in brackets are
last year's ('Figures in brackets: the same quarter of 2023/24'). Then the figure outside
the brackets is the column's period's and the one inside the same period's a year earlier
(its own observation, without the column's target or rating); a cell without brackets
gives only this year's. A bracket holding anything but a figure or a no-data word ('62.5%
(5/8)' under such a heading) is asked about at the cell. Where nothing says what the
brackets are, the cell is read as before: a base or count in brackets ('62.5% (5/8)', '45%
(n=11)') is read by ``count_shares``, and two bare figures are asked about.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from desktop.scorecard import vocabulary
from desktop.scorecard.model import Period
from desktop.scorecard.parse import cells, period_spans
from desktop.scorecard.read.grid import CellValue

if TYPE_CHECKING:
    from desktop.scorecard.layout.header import Header

_BRACKETED = re.compile(r"^(?P<now>[^()\[\]]*?)\s*[(\[](?P<then>[^()\[\]]*)[)\]]\s*$")
_ASIDE = re.compile(r"[(\[]([^()\[\]]*)[)\]]")
_MAX_NOTE = 400
_NEAR = 60  # characters between 'brackets' and 'last year' said of one thing
DOUBT = "doubt"  # a bracket under such a column holding something other than a figure


def year_before(period: Period) -> Period | None:
    """The same period a year earlier (Q2 2024/25 -> Q2 2023/24, Aug 2024 -> Aug 2023)."""
    if period.kind == "quarter":
        return period_spans.shifted(period, -4)
    if period.kind == "month":
        return period_spans.shifted(period, -12)
    if period.kind == "financial_year":
        return period_spans.shifted(period, -1)
    if period.kind == "calendar_year":
        return period_spans.calendar_year(period.start.year - 1)
    if period.kind == "academic_year":
        return period_spans.academic_year(period.start.year - 1)
    return None


def earlier_aside(heading: str, period: Period) -> bool:
    """A heading naming, in brackets after its own period, the same period a year earlier:
    'Q2 2024/25 (Q2 2023/24)', '2024/25 (2023/24)', 'Aug 2024 [Aug 2023]'."""
    asides = list(_ASIDE.finditer(heading))
    if len(asides) != 1 or heading[asides[0].end() :].strip():
        return False
    inner = cells.period(asides[0][1].strip())
    if inner is None or inner != year_before(period):
        return False
    own = cells.period_header(heading[: asides[0].start()])  # 'Target 2024/25 (2023/24)': no
    return own is not None and own[0] == period and not own[1]


def _says_last_year(header: Header) -> bool:
    """A line of the sheet (one text cell) saying the figures in brackets are last year's."""
    for row in header.sheet.rows:
        texts = [v for v in row if not cells.is_blank(v)]
        if len(texts) != 1 or not isinstance(texts[0], str) or len(texts[0]) > _MAX_NOTE:
            continue
        if _near(texts[0]):
            return True
    return False


def _near(text: str) -> bool:
    """'brackets' and 'last year' said together, in one clause ('Figures in brackets are last
    year's'), not in two sentences about other things."""
    for clause in re.split(r"[.;]\s|\n", text):
        brackets = vocabulary.BRACKETS_WORD.search(clause)
        year = vocabulary.BRACKETS_LAST_YEAR.search(clause)
        if brackets is not None and year is not None:
            gap = max(brackets.start(), year.start()) - min(brackets.end(), year.end())
            if gap <= _NEAR:
                return True
    return False


def bracket_periods(header: Header) -> dict[int, Period]:
    """{value column: the period a figure in brackets in its cells is for}."""
    found: dict[int, Period] = {}
    noted: bool | None = None
    for column in header.columns:
        if column.field != "actual" or column.period is None:
            continue
        earlier = year_before(column.period)
        if earlier is None:
            continue
        if earlier_aside(column.header, column.period):
            found[column.index] = earlier
            continue
        if noted is None:
            noted = _says_last_year(header)
        if noted:
            found[column.index] = earlier
    return found


def split(value: CellValue) -> tuple[str, str] | str | None:
    """A cell's figure and the one in brackets after it ('47.2% (45.9%)' -> '47.2%',
    '45.9%'); ``DOUBT`` where the bracket holds something else ('62.5% (5/8)'); None for a
    cell with no bracket."""
    if not isinstance(value, str):
        return None
    found = _BRACKETED.match(" ".join(value.split()))
    if found is None:
        return None
    now, then = found["now"].strip(), found["then"].strip()
    if not now or not then or not _one_figure(now) or not _one_figure(then):
        return DOUBT
    return now, then


def _one_figure(text: str) -> bool:
    """A figure alone ('45.9%', '1,187', '£52,340') or a no-data word ('n/a', 'Awaited')."""
    return cells.is_figure(text) or text.strip().lower() in vocabulary.MISSING_MARKERS
