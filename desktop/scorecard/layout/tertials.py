"""Columns headed by tertials, the four-month thirds of a year ('T1 2024/25 (Apr–Jul)',
'Tertial 2 2024-25', '1st tertial', 'T3' under a '2024/25' band), as councils that monitor
performance every four months, in step with their budgets, head them.

The store has no label for a tertial: each column is read as the four months it covers
('Apr 2024–Jul 2024'), in the year its heading, the band over it or the title names.

- The months are those the heading gives in brackets ('(Apr–Jul)'), else those a note on the
  sheet gives ('Tertial 1 (T1) = April to July, Tertial 2 (T2) = August to November …').
  Where neither says, a financial year's tertials are April–July, August–November and
  December–March, as councils divide it; that is taken only where the heading says
  'tertial' in words, or the sheet does (its title, name, headings or notes: 'tertial',
  'four-monthly').
- A short 'T1' beside a year where nothing on the sheet shows tertials may be a term or a
  trimester: its column is held for review naming the heading. In a table about schools,
  or on a sheet whose note gives a 'T' other months than four, it is no tertial and is left
  as it was read; so is a 'T1' heading with no year of its own and nothing showing tertials.
- Held for review too, naming the heading: brackets and note that disagree, months that are
  not the tertial's four, a tertial of an academic year with no months said, of a calendar
  year other than January's thirds, a heading naming two tertials, or one with no year
  anywhere. A held column with no figures (tertials still to come) is passed over.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from desktop.scorecard import vocabulary
from desktop.scorecard.model import Period, Role
from desktop.scorecard.parse import cells, tertials
from desktop.scorecard.read.grid import CellValue, Sheet

SCAN_ROWS = 300  # rows of a sheet looked at for a note dividing the year
NOTE_CELLS = 2  # a row below the heading with more filled cells is the table's, not a note
MIN_SCORE = 0.6  # a heading's other words naming a field only this well are not read
_FIELDS: frozenset[Role] = frozenset(
    {"actual", "target", "rag", "numerator", "denominator", "direction", "commentary"}
)
_MON = "(?:" + "|".join(sorted(vocabulary.MONTHS, key=len, reverse=True)) + r")\.?"
_YY = r"(?:\s*'?\d{2,4}(?![\d/]))?"
# the months a heading gives: 'Apr–Jul', '(April to July 2024)', 'Dec 24 - Mar 25'
_MONTH_SPAN = re.compile(
    rf"\(?\s*(?<![a-z]){_MON}{_YY}\s*(?:[\u2010-\u2015]|{vocabulary.PERIOD_SPAN_THROUGH})\s*"
    rf"{_MON}{_YY}\s*\)?",
    re.I,
)


class _Column(Protocol):
    index: int
    header: str
    field: Role | None
    period: Period | None
    code: str | None
    why: str
    doubt: str


@dataclass(slots=True)
class Division:
    """What a sheet's notes say of how its year is divided into tertials."""

    first_months: set[int] = field(default_factory=set)  # the month the year starts in
    other_months: bool = False  # a 'T1' given months that are not four: a term's, not a tertial's
    says: bool = False  # a title, heading or note names tertials or four-monthly reporting


def division(sheet: Sheet, context: Iterable[str], first_data: int) -> Division:
    """How the sheet's notes divide the year, and whether it (``context``: its titles and
    headings too) speaks of tertials. Notes are the lines above the table's heading and the
    rows of one or two cells below it, not a row's commentary ('T2: May and June missing')."""
    found = Division()
    for text in context:
        if vocabulary.TERTIAL_CONTEXT.search(text):
            found.says = True
    for index, row in enumerate(sheet.rows[:SCAN_ROWS]):
        filled = [v for v in row if isinstance(v, str) and len(v) > 2]
        if index >= first_data and sum(1 for v in row if not cells.is_blank(v)) > NOTE_CELLS:
            continue
        for value in filled:
            _read_note(value, found)
    return found


def _read_note(text: str, found: Division) -> None:
    lowered = text.lower()
    if "t" not in lowered:
        return
    if vocabulary.TERTIAL_CONTEXT.search(text):
        found.says = True
    defined = False
    for match in vocabulary.TERTIAL_DEFINITION.finditer(text):
        months = tertials.months_said(match["said"])
        if months is None:
            continue
        defined = True
        number = int(match["n"] or match["t"])
        first = tertials.first_month(number, *months)
        if first is None:
            found.other_months = True
        else:
            found.first_months.add(first)
    if defined or "tertial" not in lowered:
        return
    # 'three tertials: April–July, August–November and December–March': in order, T1 to T3
    spans = [tertials.months_said(m[0]) for m in _MONTH_SPAN.finditer(text)]
    if len(spans) != tertials.TERTIALS or any(s is None for s in spans):
        return
    firsts = {tertials.first_month(n, *s) for n, s in enumerate(spans, start=1) if s}
    if len(firsts) == 1 and None not in firsts:
        found.first_months.update(f for f in firsts if f is not None)


@dataclass(slots=True)
class _Reading:
    number: int
    worded: bool
    months: tuple[int, int] | None
    said: Period | None  # the months in the heading with their own year ('Apr–Jul 2024')
    year: Period | None
    own_year: bool  # the year is written in the heading (or the band over it)
    role: Role | None


def place(
    columns: Sequence[_Column],
    headings: Mapping[int, str],
    year: Period | None,
    sheet: Sheet,
    context: Sequence[str],
    first_data: int,
    schools: bool,
) -> None:
    """Read the columns whose headings name a tertial as its four months, or hold them for
    review (``headings``: each column's heading rows as written, by its index; ``year``: the
    year the title names; ``context``: the table's titles, sheet name and headings;
    ``first_data``: the row under the heading; ``schools``: the table is about schools)."""
    rows = sheet.rows[first_data:]
    named = [
        (column, found)
        for column in columns
        if (found := tertials.named(headings.get(column.index, column.header)))
    ]
    if not named:
        return
    said = division(sheet, context, first_data)
    rows_named = any(c.field in ("name", "code") for c in columns)
    for column, found in named:
        text = headings.get(column.index, column.header)
        if len({n.number for n in found}) > 1:
            _hold(
                column,
                rows,
                f"'{column.header}' names more than one tertial — a span of them is not read; "
                "give its months (e.g. 'Apr–Nov 2024') or map the column",
            )
            continue
        reading = _read(text, found, year)
        if reading is None:
            continue
        _settle(column, reading, said, rows, schools=schools, rows_named=rows_named)


def _read(text: str, found: list[tertials.Named], year: Period | None) -> _Reading | None:
    """What a heading naming a tertial says besides: the months it gives, its year, the
    field its other words name; None where those words are not understood."""
    rest = text
    for each in reversed(found):
        rest = f"{rest[: each.start]} {rest[each.end :]}"
    rest = re.sub(r"\(\s*\)", " ", rest)
    months: tuple[int, int] | None = None
    said: Period | None = None
    spans = list(_MONTH_SPAN.finditer(rest))
    if len(spans) > 1:
        return None
    if spans:
        months = tertials.months_said(spans[0][0])
        if any(ch.isdigit() for ch in spans[0][0]):
            said = cells.period(spans[0][0].strip(" ()"))
        rest = f"{rest[: spans[0].start()]} {rest[spans[0].end() :]}"
    rest = " ".join(rest.replace("(", " ").replace(")", " ").split())
    own: Period | None = None
    words = rest
    if rest:
        # '24/25' beside a tertial is a financial year, as beside 'Q1'
        rest = _SHORT_YEARS.sub(lambda m: f"20{m['a']}/{m['b']}" if _follows(m) else m[0], rest)
        dated = cells.period_header(rest)
        if dated is not None:
            own, words = dated
            if own.kind not in ("financial_year", "academic_year", "calendar_year"):
                return None
    role = _role(words)
    if role is None:
        return None
    number = found[0].number
    worded = any(n.worded for n in found)
    return _Reading(number, worded, months, said, own or year, own is not None, role)


_SHORT_YEARS = re.compile(r"(?<![\d/])(?P<a>\d{2})\s*[/\-]\s*(?P<b>\d{2})(?![\d/])")


def _follows(found: re.Match[str]) -> bool:
    """'24/25': two years running (never '2024/25' written short across a century)."""
    return int(found["b"]) == int(found["a"]) + 1


def _role(words: str) -> Role | None:
    """The field a heading's words beside the tertial name: figures where none."""
    kept = [w for w in vocabulary.normalise(words).split() if w not in vocabulary.HEADING_FILLER]
    if not kept:
        return "actual"
    found = vocabulary.match(" ".join(kept))
    if found is None or found.score < MIN_SCORE or found.field not in _FIELDS:
        return None
    return found.field


def _settle(
    column: _Column,
    reading: _Reading,
    said: Division,
    rows: Sequence[Sequence[CellValue]],
    *,
    schools: bool,
    rows_named: bool,
) -> None:
    heading = column.header
    short = not reading.worded
    shown = reading.worded or reading.months is not None or said.says or bool(said.first_months)
    if short and reading.months is None and (said.other_months or schools):
        return  # a school's or a note's 'T1': a term, left as it was read
    if short and not shown:
        if not reading.own_year or (column.code and not rows_named):
            return  # a bare 'T1' heading, or an indicator's code over areas: no period shown
        _hold(
            column,
            rows,
            f"'{heading}': T{reading.number} of a year — a tertial (four months), a term or a "
            "trimester? Nothing on the sheet says which months it covers; write them in the "
            f"heading (e.g. 'T{reading.number} 2024/25 (Apr–Jul)'), say in a note how the year "
            "is divided, or map the column",
        )
        return
    first, source = _first_month(reading, said)
    if first is None:
        _hold(column, rows, f"'{heading}': {source}")
        return
    if reading.year is None:
        _hold(
            column,
            rows,
            f"'{heading}' names tertial {reading.number} but no year — name it in the "
            "heading or a title row (e.g. 'Tertial 1 2024/25')",
        )
        return
    period = _in_year(reading.year, first, reading.number)
    if period is None:
        _hold(
            column,
            rows,
            f"'{heading}': tertial {reading.number} of {reading.year.label} — its months "
            f"({source}) do not divide {_kind(reading.year)} — write the months in the "
            "heading, or map the column",
        )
        return
    if reading.said is not None and reading.said != period:
        _hold(
            column,
            rows,
            f"'{heading}': tertial {reading.number} of {reading.year.label} is "
            f"{period.label}, but the heading gives {reading.said.label}",
        )
        return
    column.period = period
    column.field = reading.role
    column.code = None
    column.doubt = ""
    column.why = f"its heading: tertial {reading.number} of {reading.year.label} ({source})"


def _first_month(reading: _Reading, said: Division) -> tuple[int | None, str]:
    """The month the tertials' year starts in, and where that comes from; None and why not
    where it cannot be told."""
    own = tertials.first_month(reading.number, *reading.months) if reading.months else None
    if reading.months is not None and own is None:
        first, last = reading.months
        return None, (
            f"the months it gives ({_month(first)}–{_month(last)}) are not tertial "
            f"{reading.number}'s four months of a year divided in three"
        )
    if len(said.first_months) > 1 and own is None:
        return None, "the notes on the sheet divide the year into tertials in more than one way"
    noted = next(iter(said.first_months)) if len(said.first_months) == 1 else None
    if own is not None and noted is not None and own != noted:
        return None, (
            "the months in the heading are not those the note on the sheet gives for "
            f"tertial {reading.number}"
        )
    if own is not None:
        return own, "the months in its heading"
    if noted is not None:
        return noted, "the note on the sheet saying how the year is divided"
    if reading.year is not None and reading.year.kind != "financial_year":
        return None, (
            f"a tertial of {_kind(reading.year)}, and nothing says which months it covers — "
            "write them in the heading (e.g. '(Sep–Dec)'), or map the column"
        )
    return (
        tertials.FINANCIAL_FIRST_MONTH,
        "a financial year's tertials: April–July, August–November, December–March",
    )


def _in_year(year: Period, first: int, number: int) -> Period | None:
    """Tertial ``number`` of ``year`` divided from month ``first``; None where a year of
    that kind does not start then (a calendar year's thirds from April)."""
    if year.kind == "calendar_year":
        allowed = {tertials.CALENDAR_START}
    elif year.kind == "academic_year":
        allowed = {9}
    else:
        allowed = set(tertials.SPLIT_YEAR_STARTS)
    if first not in allowed:
        return None
    return tertials.of_year(year.start.year, first, number)


def _kind(year: Period) -> str:
    return {"financial_year": "a financial year", "academic_year": "an academic year"}.get(
        year.kind, "a calendar year"
    )


def _month(number: int) -> str:
    return calendar.month_abbr[number]


def _hold(column: _Column, rows: Sequence[Sequence[CellValue]], doubt: str) -> None:
    """Leave the column in no period: asked about where it holds figures, passed over where
    it is empty (tertials still to come)."""
    column.period = None
    column.code = None
    column.why = "its heading names a tertial whose months cannot be told for sure"
    if not any(_filled(row, column.index) for row in rows):
        column.field = "ignore"
        return
    column.field = "actual"
    column.doubt = doubt


def _filled(row: Sequence[CellValue], index: int) -> bool:
    return index < len(row) and not cells.is_blank(row[index])
