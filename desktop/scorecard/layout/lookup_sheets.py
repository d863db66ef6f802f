"""Targets, polarity and units kept on a sheet of their own, joined to the figures by code.

Many councils keep a 'Targets' sheet that Cabinet approves once a year (each PI code, whether
the aim is to maximise or minimise it, the year's target) beside the quarterly sheet the
services fill in with codes and figures only. A sheet whose table has a code (or name) column
and target, polarity or unit columns, but no figures of any period, is read as such a lookup:
each indicator read elsewhere in the workbook with the same code takes its polarity and unit
(where its own table gives none) and its target for every period the target's heading covers
('2024/25 Target': the quarters of 2024/25, not the 2023/24 outturn). A target the figures'
own table gives as well must agree; a polarity must not contradict the table's; a lookup
that only few of the indicators read are on is held for review, naming its sheet.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from desktop.scorecard import vocabulary
from desktop.scorecard.layout import header as layout_header
from desktop.scorecard.layout.cellread import CellReader, short
from desktop.scorecard.layout.dictionary import code_key
from desktop.scorecard.layout.header import Column, Header, text_of
from desktop.scorecard.layout.notes import Notes, a1
from desktop.scorecard.layout.regions import text_lines
from desktop.scorecard.model import ParsedIndicator, ParsedObservation, Period, Polarity
from desktop.scorecard.parse import cells, new_measures
from desktop.scorecard.parse.targets import parse_target
from desktop.scorecard.read.grid import CellValue, Sheet, Workbook

MIN_ENTRIES = 2
_YEARS = frozenset({"financial_year", "academic_year", "calendar_year"})
SAMPLE = 40
_LOOKUP_FIELDS = frozenset({"target", "polarity", "unit"})
# what a lookup sheet may hold besides its keys and what it gives (a target's basis, notes)
_ALLOWED = frozenset(
    {"code", "name", "description", "portfolio", "service", "owner", "commentary", "ignore"}
)
_Found = TypeVar("_Found")  # what one sheet is read as: a lookup of one kind or another


@dataclass(slots=True)
class Lookup:
    """One sheet of targets, polarity or units by code (or by name)."""

    header: Header
    key: Column  # the code column, or the name column when there is none
    by_code: bool
    gives: list[Column]  # its target, polarity and unit columns
    rows: dict[str, int]  # key -> row index of its entry
    year: Period | None = None  # the year its title names ('Targets 2024/25'), if any

    @property
    def sheet(self) -> Sheet:
        return self.header.sheet


def find(workbook: Workbook, read: set[str]) -> list[Lookup]:
    """The lookup sheets of a workbook, among the sheets no table was read from."""
    return of_sheets(workbook, read, read_sheet)


def of_sheets(
    workbook: Workbook, read: set[str], reader: Callable[[Sheet], _Found | None]
) -> list[_Found]:
    """What ``reader`` reads from each shown sheet of the workbook not named in ``read``
    (the sheets no table was read from), where it reads something."""
    found: list[_Found] = []
    for sheet in workbook.sheets:
        if sheet.hidden or sheet.name in read:
            continue
        read_as = reader(sheet)
        if read_as is not None:
            found.append(read_as)
    return found


def read_sheet(sheet: Sheet) -> Lookup | None:
    """The sheet as a lookup of targets, polarity or units, or None when it is not one."""
    header = layout_header.find(sheet)
    if header is None:
        return None
    if any(
        c.field is not None and c.field not in _ALLOWED | _LOOKUP_FIELDS for c in header.columns
    ):
        return None  # figures, periods, areas: a table of its own, not a lookup
    gives = [
        c
        for c in header.columns
        if c.field in ("polarity", "unit") or (c.field == "target" and _holds_targets(header, c))
    ]
    code, name = header.one("code"), header.one("name")
    key = code or name
    if key is None or not gives:
        return None
    rows = entries(header, key, gives, by_code=code is not None)
    if len(rows) < MIN_ENTRIES:
        return None
    return Lookup(header, key, code is not None, gives, rows, _title_year(sheet, header.top))


def entries(
    header: Header,
    key: Column,
    given: list[Column],
    *,
    by_code: bool,
    longest: int | None = None,
) -> dict[str, int]:
    """Each key in the ``key`` column -> the row of its first entry, a shown row with
    something in one of the ``given`` columns (a note or a section row under the key column
    is no entry, nor is a key cell of more than ``longest`` characters, where given)."""
    sheet = header.sheet
    rows: dict[str, int] = {}
    for index in range(header.first_data, len(sheet.rows)):
        row = sheet.rows[index]
        text = text_of(row[key.index]) if key.index < len(row) else ""
        if not text or index in sheet.hidden_rows or (longest is not None and len(text) > longest):
            continue
        if not any(c.index < len(row) and not cells.is_blank(row[c.index]) for c in given):
            continue
        rows.setdefault(key_of(text, by_code), index)
    return rows


def _title_year(sheet: Sheet, top: int) -> Period | None:
    """The year a lookup's title or name gives its targets ('Targets 2024/25 - approved by
    Cabinet'): an undated 'Target' column is that year's."""
    for text in (*text_lines(sheet.rows[:top]), sheet.name):
        found = cells.period_in_text(text)
        if found is not None:
            return found if found.kind in _YEARS else None
    return None


def key_of(text: str, by_code: bool) -> str:
    """How a lookup's key cell and an indicator's code (or name) are compared."""
    return code_key(text) if by_code else vocabulary.normalise(text)


def _holds_targets(header: Header, column: Column) -> bool:
    """Most of its cells are numbers or targets in words ('Target basis' holds sentences)."""
    numbers = words = 0
    for row in header.sheet.rows[header.first_data : header.first_data + SAMPLE]:
        value = row[column.index] if column.index < len(row) else None
        if cells.is_blank(value):
            continue
        text = text_of(value)
        if new_measures.says_no_target(text):
            continue
        if cells.number(value).value is not None or parse_target(text) is not None:
            numbers += 1
        else:
            words += 1
    return numbers >= 1 and numbers >= words


def apply(
    lookups: list[Lookup],
    indicators: list[ParsedIndicator],
    notes: Notes,
    *,
    own_polarity: bool,
    decimal_comma: bool = False,
) -> list[str]:
    """Fill the indicators from the lookups; lines for ``--explain``. ``own_polarity``: the
    figures' tables have a polarity column of their own (a lookup contradicting it is a doubt)."""
    lines: list[str] = []
    for lookup in lookups:
        matched = _matches(lookup, indicators)
        name = lookup.sheet.name
        if not matched:
            notes.warn(
                f"{name}: skipped — its targets are for codes no indicator read here has",
                kind=f"lookup unmatched:{name}",
            )
            continue
        keyed = [i for i in indicators if (i.code if lookup.by_code else i.name)]
        top = a1(lookup.header.top, lookup.key.index)
        if len(matched) * 2 < len(keyed):
            notes.doubt(
                name,
                lookup.header.top,
                lookup.key.index,
                f"sheet '{name}' gives targets or polarity by {_keyword(lookup)}, but only "
                f"{len(matched)} of the {len(keyed)} indicators read are on it — check the "
                f"{_keyword(lookup)}s match (or import with --accept to use it for those "
                f"{len(matched)})",
                kind="lookup partly matched",
            )
        reader = CellReader(lookup.sheet, notes, decimal_comma)
        for indicator, index in matched:
            _fill(lookup, reader, indicator, index, notes, own_polarity)
        _warn_unused(lookup, matched, notes)
        notes.warn(
            f"{name}: the {_gives(lookup)} of {len(matched)} indicators read from this sheet, "
            f"joined by their {_keyword(lookup)}s",
            kind=f"lookup used:{name}",
        )
        lines.extend(_explain(lookup, top, len(matched)))
    return lines


def _keyword(lookup: Lookup) -> str:
    return "code" if lookup.by_code else "name"


def _gives(lookup: Lookup) -> str:
    said = {"target": "targets", "polarity": "polarity", "unit": "units"}
    names = list(dict.fromkeys(said[c.field or ""] for c in lookup.gives))
    return " and ".join(names) if len(names) < 3 else f"{names[0]}, {names[1]} and {names[2]}"


def _matches(
    lookup: Lookup, indicators: list[ParsedIndicator]
) -> list[tuple[ParsedIndicator, int]]:
    found: list[tuple[ParsedIndicator, int]] = []
    for indicator in indicators:
        text = indicator.code if lookup.by_code else indicator.name
        index = lookup.rows.get(key_of(text, lookup.by_code)) if text else None
        if index is not None:
            found.append((indicator, index))
    return found


def _fill(
    lookup: Lookup,
    reader: CellReader,
    indicator: ParsedIndicator,
    index: int,
    notes: Notes,
    own_polarity: bool,
) -> None:
    row = lookup.sheet.rows[index]
    reader.start_row(indicator.name)
    for column in lookup.gives:
        value = row[column.index] if column.index < len(row) else None
        if cells.is_blank(value):
            continue
        if column.field == "polarity":
            _polarity(lookup, indicator, index, column, cells.polarity(value), notes, own_polarity)
        elif column.field == "unit" and indicator.unit is None:
            indicator.unit = cells.canonical_unit(text_of(value))
        elif column.field == "target":
            for observation in indicator.observations:
                if _within(observation.period, column.period or lookup.year):
                    _target(lookup, reader, indicator, observation, index, row, column, notes)
    if indicator.polarity == "unknown" and reader.target_says is not None:
        indicator.polarity = reader.target_says
    if reader.band is not None and indicator.band_low is None:
        indicator.band_low, indicator.band_high = reader.band


def _polarity(
    lookup: Lookup,
    indicator: ParsedIndicator,
    index: int,
    column: Column,
    said: Polarity,
    notes: Notes,
    own_polarity: bool,
) -> None:
    if said not in ("higher_is_better", "lower_is_better", "on_target", "none"):
        return
    if indicator.polarity == "unknown" or not own_polarity:
        indicator.polarity = said
    elif indicator.polarity != said:
        notes.doubt(
            lookup.sheet.name,
            index,
            column.index,
            f"'{short(indicator.code or indicator.name)}' is '{said}' here but "
            f"'{indicator.polarity}' in its table — which way is better? Correct one of them",
            kind="lookup polarity differs",
        )


def _target(
    lookup: Lookup,
    reader: CellReader,
    indicator: ParsedIndicator,
    observation: ParsedObservation,
    index: int,
    row: list[CellValue],
    column: Column,
    notes: Notes,
) -> None:
    read = ParsedObservation(observation.period)
    reader.apply(read, index, row, column)
    if read.target is None:
        return
    if observation.target is None:
        observation.target = read.target
    elif abs(observation.target - read.target) > 1e-9 * max(1.0, abs(read.target)):
        notes.doubt(
            lookup.sheet.name,
            index,
            column.index,
            f"'{short(indicator.code or indicator.name)}' {observation.period.label} has a "
            f"target of {observation.target:g} in its table ({observation.sheet}) but "
            f"{read.target:g} here — say which is right",
            kind="lookup target differs",
        )


def _within(period: Period, span: Period | None) -> bool:
    """A target dated 2024/25 applies to 2024/25 and its quarters and months only."""
    return span is None or (span.start <= period.start and period.end <= span.end)


def _warn_unused(lookup: Lookup, matched: list[tuple[ParsedIndicator, int]], notes: Notes) -> None:
    used = {index for _, index in matched}
    unused = [index for index in lookup.rows.values() if index not in used]
    if unused:
        cell = a1(unused[0], lookup.key.index)
        notes.warn(
            f"{lookup.sheet.name}!{cell}: {len(unused)} {_keyword(lookup)}s on this sheet "
            "match no indicator read (no figures for them) — left out",
            kind=f"lookup unused:{lookup.sheet.name}",
        )


def _explain(lookup: Lookup, top: str, matched: int) -> list[str]:
    header = lookup.header
    last = a1(max(lookup.rows.values()), max(c.index for c in header.columns))
    lines = [
        f"lookup on sheet '{lookup.sheet.name}' {top}:{last}: the {_gives(lookup)} of "
        f"{matched} indicators, joined by their {_keyword(lookup)}s"
    ]
    for column in (lookup.key, *lookup.gives):
        letter = a1(0, column.index).rstrip("1")
        period = column.period or (lookup.year if column.field == "target" else None)
        when = f" for {period.label}" if period is not None else ""
        lines.append(f"  {letter} '{short(column.header, 30)}' -> {column.field}{when}")
    return lines
