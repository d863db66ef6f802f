"""One scorecard published twice in a workbook: read it once.

Welsh councils publish under the Welsh Language Standards, and a common way is one workbook
holding the whole scorecard twice, a Welsh sheet ('Cymraeg') and an English one, with the
same codes and figures in the same order. Other workbooks carry a copy of their table made
for printing ('Print version'). Either way a careful reader sees one scorecard. Two tables
on different sheets are one when the cells prove it: the same figures, row by row, in the
same order (at least two rows of them), and the same codes where both tables give codes.
Figures that differ anywhere mean two tables (two periods, two areas), read as before.

Of the two, the English one is read when one is in Welsh and the other in English (the
sheet's name, or the words of its headings and indicator names, say which); otherwise the
one not named as a copy, otherwise the first.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from desktop.scorecard import vocabulary
from desktop.scorecard.layout.header import Header, text_of
from desktop.scorecard.layout.notes import Notes
from desktop.scorecard.parse import cells
from desktop.scorecard.read.grid import CellValue

# beyond this many data rows a table is an extract, not a scorecard published twice
_MAX_ROWS = 5000
_MIN_ROWS = 2  # rows of figures two tables must share to be one
_MIN_FIGURES = 4
_NAMES_READ = 40  # indicator names read for the language of a table

_Language = str  # "welsh", "english" or ""


@dataclass(frozen=True, slots=True)
class _Table:
    header: Header
    sheet: str  # the sheet it is read as part of
    figures: tuple[tuple[float, ...], ...]  # each data row's numbers, left to right
    codes: tuple[str, ...] | None  # the codes of those rows (None: no code column)
    names: tuple[str, ...]  # the names of those rows


def read_once(
    found: list[Header], sheet_of: Callable[[Header], str], notes: Notes
) -> tuple[list[Header], list[str]]:
    """The tables with each one published twice kept once, and a line for ``--explain`` on
    each table left out (what it repeats, and which was read)."""
    if len({sheet_of(h) for h in found}) < 2:
        return found, []
    tables = [_table(h, sheet_of(h)) for h in found]
    dropped: set[int] = set()
    lines: list[str] = []
    for i, first in enumerate(tables):
        for second in tables[i + 1 :]:
            if id(first.header) in dropped or id(second.header) in dropped:
                continue
            if first.sheet == second.sheet or _other_periods(first.sheet, second.sheet):
                continue
            if not _same(first, second):
                continue
            kept, left, translated = _choose(first, second)
            dropped.add(id(left.header))
            said = _said(kept, left, translated)
            notes.warn(f"{left.sheet}: {said}", kind="scorecard published twice")
            lines.append(f"sheet '{left.sheet}': {said}")
    if not dropped:
        return found, []
    return [h for h in found if id(h) not in dropped], lines


def _other_periods(first: str, second: str) -> bool:
    """Sheets named after two periods ('Q1 2024-25', 'Q2 2024-25') hold a period each."""
    one, other = cells.period_header(first), cells.period_header(second)
    return one is not None and other is not None and one[0] != other[0]


def _table(header: Header, sheet: str) -> _Table:
    rows = header.sheet.rows[header.first_data :]
    if len(rows) > _MAX_ROWS:
        return _Table(header, sheet, (), None, ())
    code, name = header.one("code"), header.one("name")
    figures: list[tuple[float, ...]] = []
    codes: list[str] = []
    names: list[str] = []
    for row in rows:
        numbers = tuple(float(v) for v in row if v.__class__ is int or v.__class__ is float)
        if not numbers:
            continue
        figures.append(numbers)
        if code is not None:
            codes.append(vocabulary.normalise(_at(row, code.index)))
        if name is not None:
            names.append(text_of(_at(row, name.index)))
    return _Table(header, sheet, tuple(figures), tuple(codes) if code else None, tuple(names))


def _at(row: list[CellValue], index: int) -> CellValue:
    return row[index] if 0 <= index < len(row) else None


def _same(first: _Table, second: _Table) -> bool:
    """The same figures row by row (enough of them to prove it) and the same codes."""
    if len(first.figures) < _MIN_ROWS or first.figures != second.figures:
        return False
    if sum(len(r) for r in first.figures) < _MIN_FIGURES:
        return False
    return first.codes is None or second.codes is None or first.codes == second.codes


def _choose(first: _Table, second: _Table) -> tuple[_Table, _Table, bool]:
    """(the table read, the one left out, whether one is the other in another language)."""
    languages = (_language(first), _language(second))
    if languages == ("welsh", "english"):
        return second, first, True
    if languages == ("english", "welsh"):
        return first, second, True
    if _named_as_copy(first.sheet) and not _named_as_copy(second.sheet):
        return second, first, False
    return first, second, False


def _said(kept: _Table, left: _Table, translated: bool) -> str:
    if translated:
        what = f"the Welsh version of the table on '{kept.sheet}' (the same codes and figures)"
    else:
        what = f"a copy of the table on '{kept.sheet}' (the same figures, row by row)"
    return f"not read — {what}; the scorecard is read once, from '{kept.sheet}'"


def _named_as_copy(sheet: str) -> bool:
    return vocabulary.COPY_SHEET.search(vocabulary.normalise(sheet)) is not None


def _welsh_words() -> frozenset[str]:
    """Welsh words of text and the words of the Welsh headings that no English heading uses."""
    welsh = {p for words in vocabulary.WELSH_HEADINGS.values() for p in words}
    english = {p for words in vocabulary.SYNONYMS.values() for p in words} - welsh
    english_words = {w for p in english for w in p.split()}
    heading_words = {w for p in welsh for w in p.split() if len(w) > 2 and w.isalpha()}
    found = vocabulary.WELSH_TEXT_WORDS | (heading_words - english_words)
    return frozenset(found - vocabulary.ENGLISH_TEXT_WORDS)


_WELSH_WORDS = _welsh_words()


def _language(table: _Table) -> _Language:
    """'welsh' or 'english' as the sheet's name says, or else as most of the words of its
    headings and indicator names are; '' when they do not say."""
    name = vocabulary.normalise(table.sheet)
    if name in vocabulary.WELSH_SHEET_NAMES:
        return "welsh"
    if name in vocabulary.ENGLISH_SHEET_NAMES:
        return "english"
    texts = [c.header for c in (*table.header.columns, *table.header.unplaced)]
    texts += list(table.names[:_NAMES_READ])
    welsh = english = 0
    for text in texts:
        for word in vocabulary.normalise(text).split():
            if word in _WELSH_WORDS:
                welsh += 1
            elif word in vocabulary.ENGLISH_TEXT_WORDS:
                english += 1
    if welsh > 2 * english:
        return "welsh"
    if english > 2 * welsh:
        return "english"
    return ""
