"""A heading band of three rows: the year, then the quarter or month, then the measure words.

Performance templates often write the period in two rows over the measure words: '2024/25'
merged over the quarters, 'Q1' to 'Q4' each merged over its columns, and 'Actual | Target |
RAG' under every quarter. Either upper row may be merged over its columns or written once
and left blank to the right; two years may stand side by side, months may stand for the
quarters, and a 'Year to date' group may follow them. A period written in one row
('Quarter 1 2024/25') may be parted from the measure words by a blank row or a row of units.

Under a period a sub-heading may be a short word no list knows ('St', 'Pos') or arithmetic on
the group's figures ('Var'), or be left blank: each stands in the period's group as long as
the group has a measure word too, and its cells later say what it holds.

The upper rows are folded into one period heading per column ('2024/25 Q1'), which the usual
rule for a period over a measure word then reads. A band whose upper rows do not make one
period for every column under them is left as it was found (and questioned there).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from desktop.scorecard import vocabulary
from desktop.scorecard.layout import to_date
from desktop.scorecard.model import Period
from desktop.scorecard.parse import cells

# the period of a heading written over another ('2024/25' over 'Q1'), with the text that
# says it, or None when the two do not make one period
Fold = Callable[[str, str], tuple[Period, str] | None]


def period_word(text: str) -> bool:
    """A year, a quarter, a month or a 'Year to date' group: a word of an upper heading row."""
    if not text:
        return False
    found = cells.period_header(text)
    if found is not None and not found[1]:
        return True
    key = vocabulary.normalise(text)
    return bool(vocabulary.QUARTER_OR_MONTH.match(key)) or to_date.subheading(text)


Word = Callable[[str], bool]


def _never(text: str) -> bool:
    return False


def upper_row(
    row: Sequence[str], low: Sequence[str], field_word: Word, sub_word: Word = _never
) -> bool:
    """A row of period words standing over measure words only, with other headings only
    where no measure word is below ('Ref' merged down the band). A period merged over a
    group with a measure word in it may also stand over a sub-heading of the group
    (``sub_word``: 'St', 'Var') or a blank one."""
    periods = 0
    for start, end, text in _runs(row):
        below = [low[i] if i < len(low) else "" for i in range(start, end)]
        if period_word(text):
            if not any(map(field_word, below)):
                return False  # a title line over 'Ref', or a period over a name: not this band
            if not all(not b or field_word(b) or sub_word(b) for b in below):
                return False
            periods += 1
        elif any(map(field_word, below)):
            return False  # 'Performance' over 'Actual': not a period, not this band
    return periods >= 1


def _runs(row: Sequence[str]) -> list[tuple[int, int, str]]:
    """The row's headings with the columns each spans (start, end past the last, text): a
    merged heading is spread over its columns, so a run of one text is one heading."""
    found: list[tuple[int, int, str]] = []
    for index, text in enumerate(row):
        if not text:
            continue
        if found and found[-1][2] == text and found[-1][1] == index:
            found[-1] = (found[-1][0], index + 1, text)
        else:
            found.append((index, index + 1, text))
    return found


def grouped(row: Sequence[str], low: Sequence[str], field_word: Word, sub_word: Word) -> set[int]:
    """The columns of a sub-heading that is no measure word ('St', 'Var', a blank) standing
    in a period's group beside a measure word: they are dated by the period over them."""
    found: set[int] = set()
    for start, end, text in _runs(row):
        below = [low[i] if i < len(low) else "" for i in range(start, end)]
        if not period_word(text) or not any(map(field_word, below)):
            continue
        found |= {
            start + k for k, b in enumerate(below) if not field_word(b) and (not b or sub_word(b))
        }
    return found


def measure_row(row: Sequence[str], field_word: Callable[[str], bool]) -> bool:
    """The lowest heading row: two or more measure words and no period of their own."""
    words = [t for t in row if t]
    fields = [t for t in words if field_word(t)]
    return len(fields) >= 2 and not any(period_word(t) for t in fields)


def spacer_row(row: Sequence[str], low: Sequence[str]) -> bool:
    """A blank row, or a row of units only ('%', '£000'), between the period and the measures
    (a heading merged down the band, 'Ref', may show in it)."""
    for index, text in enumerate(row):
        below = low[index] if index < len(low) else ""
        if text and text != below and (cells.unit_from_header(text) is None or len(text) > 12):
            return False
    return True


def _carry(
    row: list[str],
    under: Sequence[str],
    low: Sequence[str],
    field_word: Word,
    sub_word: Word = _never,
) -> None:
    """A heading written once and left blank to the right heads the measure columns after
    it (and the sub-headings among them, 'St', 'Var'), up to the next heading in the row,
    or until the row under it comes round to its first word again ('Actual' a second time)
    or goes back in the year ('Q1' after 'Q4'): whose that column is, the row does not say."""
    held, first, last = "", "", -1
    for index, text in enumerate(row):
        below = low[index] if index < len(low) else ""
        beneath = under[index] if index < len(under) else ""
        if text and held and text == held and row[index - 1] == held:
            # the same heading merged on over this column: the run it heads goes on
            first = first or vocabulary.normalise(beneath)
            last = max(last, _order(beneath, held))
            continue
        if text:
            start = period_word(text) and field_word(below)
            held = text if start else ""
            first, last = vocabulary.normalise(beneath), _order(beneath, held)
            continue
        order = _order(beneath, held)
        again = bool(beneath) and vocabulary.normalise(beneath) == first
        measure = field_word(below) or sub_word(below)
        if not held or not measure or again or -1 < order <= last:
            held = ""
            continue
        last = max(last, order)
        row[index] = held


def _order(text: str, year: str) -> int:
    """Where a quarter or month stands in the year written over it (-1: none)."""
    found = vocabulary.QUARTER_OR_MONTH.match(vocabulary.normalise(text)) if text else None
    if found is None:
        return -1
    word = found.group(1)
    if word in vocabulary.MONTHS:
        month = vocabulary.MONTHS[word]
        over = cells.period_header(year) if year else None
        financial = over is not None and over[0].kind == "financial_year"
        return (month - 4) % 12 if financial else month - 1
    return int(word[-1])


@dataclass(slots=True)
class Folded:
    """The band's upper rows read as one heading per column."""

    headings: list[str]
    # columns whose period words make no one period ('2023/24' over 'Q1 2024/25')
    clashes: list[int] = field(default_factory=list)
    # columns of a 'Year to date' group: a total to a period whose own columns stand beside
    to_date: list[int] = field(default_factory=list)
    # columns under a quarter or month the year row leaves without a year ('Q1' after 'Q4'
    # under one '2024/25'): whose year it is the band does not say
    yearless: list[int] = field(default_factory=list)


def fold(
    uppers: Sequence[Sequence[str]],
    low: Sequence[str],
    field_word: Word,
    fold_pair: Fold,
    sub_word: Word = _never,
) -> Folded | None:
    """One upper heading per column from the band's upper rows (top first); None when fewer
    than two measure columns are dated by the band."""
    rows = [list(r) for r in uppers]
    for row, under in zip(rows, [*rows[1:], low], strict=True):
        _carry(row, under, low, field_word, sub_word)
    width = max(len(low), *(len(r) for r in rows))
    beside = grouped(rows[-1], low, field_word, sub_word)
    found = Folded([])
    dated = 0
    for index in range(width):
        parts: list[str] = []
        for row in rows:
            text = row[index] if index < len(row) else ""
            if text and (not parts or text != parts[-1]):
                parts.append(text)
        below = low[index] if index < len(low) else ""
        measure = field_word(below) or index in beside
        if not measure or not all(period_word(p) for p in parts):
            found.headings.append(parts[0] if parts else "")
            continue
        if len(rows) > 1 and _yearless(rows[0], index, parts):
            found.yearless.append(index)
            found.headings.append(parts[0])
            continue
        heading = parts[0] if parts else ""
        for part in parts[1:]:
            pair = fold_pair(heading, part)
            if pair is None:  # asked about; read meanwhile by the row nearest the figures
                found.clashes.append(index)
                heading = part
                break
            heading = pair[1]
        if heading and len(parts) > 1 and to_date.subheading(parts[-1]):
            found.to_date.append(index)
        elif heading:
            dated += 1
        found.headings.append(heading)
    return found if dated >= 2 else None


def _yearless(years: Sequence[str], index: int, parts: Sequence[str]) -> bool:
    """A bare quarter or month with nothing over it in the year row, where that row dates
    columns to its left: the year stopped at it ('Q1' again after 'Q4'), so none is said."""
    if (index < len(years) and years[index]) or len(parts) != 1 or _order(parts[0], "") < 0:
        return False
    if cells.period_header(parts[0]) is not None:
        return False  # 'Q1 2025/26': a year of its own
    return any(cells.period_header(t) is not None for t in years[:index] if t)


def find_band(
    rows: Callable[[int], list[str]],
    top: int,
    bottom: int,
    last: int,
    field_word: Word,
    sub_word: Word = _never,
) -> tuple[int, int, list[list[str]]] | None:
    """The first and last row of a band of up to three heading rows that holds the heading
    found at rows ``top``..``bottom`` (``last`` the sheet's last row), with its upper rows;
    None when the heading found is not part of one."""
    for low in (bottom, bottom + 1, bottom + 2):
        if low > last or low < 2 or not measure_row(rows(low), field_word):
            continue
        measures = rows(low)
        first, middle = rows(low - 2), rows(low - 1)
        if low - 2 > top or low - 2 < top - 2:
            continue
        if not upper_row(first, measures, field_word, sub_word):
            continue
        if upper_row(middle, measures, field_word, sub_word):
            return low - 2, low, [first, middle]
        if spacer_row(middle, measures):
            return low - 2, low, [first]
    return None
