"""Ratings kept in a table of their own, joined to the figures by code (or by name).

Where someone other than the services rates the indicators (a corporate performance team's
'RAG status' sheet beside the services' figures), the ratings stand in a table of their own:
each indicator's code, and under each period's heading a rating and nothing else — RAG words,
letters or symbols the vocabulary or the file's key maps, now and then a status marker
('Withdrawn', 'n/a', '-', 'Not due') — and no figure anywhere. Such a table is a lookup, not a
table of indicators: each rating goes to the observation of the same indicator and period read
from the figures (bare 'Q3' under the title 'RAG status 2024/25' rates Q3 2024/25, its year
completed as bare quarters are elsewhere). A rating of a period the figures give no figure
for is not imported on its own, and a code the figures do not have (a withdrawn indicator)
is noted. Where the figures' own table rates the period too the two must agree, or the file
is held for review naming both cells; a lookup only few of the indicators read are on is
held naming its sheet. One figure among the ratings and the table is no lookup: it is read
as a table of its own, as before.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from desktop.scorecard.layout import evidence, keys, lookup_sheets
from desktop.scorecard.layout import header as layout_header
from desktop.scorecard.layout.cellread import CellReader, short
from desktop.scorecard.layout.header import Column, Header, text_of
from desktop.scorecard.layout.notes import Notes, a1, from_a1
from desktop.scorecard.model import ParsedIndicator, ParsedObservation
from desktop.scorecard.parse import cells
from desktop.scorecard.read.cellrefs import column_letters
from desktop.scorecard.read.grid import Sheet, Workbook

MIN_ENTRIES = 2  # keyed rows with a rating: fewer is no lookup
MIN_RATINGS = 2  # ratings in its period columns
_LONGEST_KEY = 120  # a longer cell under the key column is a note, no code or name
# what a ratings lookup's period cells may hold: ratings, and markers saying there is none
_RATING_KINDS = frozenset({"rag", "missing"})
# columns whose numbers would be figures: a table holding any is a table of its own
_FIGURE_FIELDS = frozenset({"actual", "target", "numerator", "denominator", "comparator"})
# columns of the period ratings: a quarter's heading ('Q1' under a year) or its rating's
_RATING_FIELDS = frozenset({None, "actual", "rag"})


@dataclass(slots=True)
class RatingLookup:
    """A table of ratings by code (or by name), one column per period."""

    header: Header
    codes: dict[str, int]  # code key -> row of its entry (empty without a code column)
    names: dict[str, int]  # name key -> row of its entry (empty without a name column)
    rates: list[Column]  # the period columns, each read as a rating of its period
    # period headings that name no year, which neither the title, the sheet's name nor the
    # file name places: their ratings are not joined, and the file is held for review
    undated: list[Column] = field(default_factory=list)
    blank: list[Column] = field(default_factory=list)  # period columns with no rating yet

    @property
    def sheet(self) -> Sheet:
        return self.header.sheet


def split(
    headers: list[Header], lookable: set[int], key: keys.Key | None = None, *, stem: str = ""
) -> tuple[list[Header], list[RatingLookup]]:
    """The tables found, with those that are ratings lookups taken out (and returned): only
    where a table of figures remains to join them to. ``lookable``: the ids of the tables
    read as they stand on their sheet (not turned or gathered), whose cells name the file's."""
    lookups: list[tuple[Header, RatingLookup]] = []
    for header in headers:
        if id(header) in lookable:
            lookup = of_header(header, key, stem=stem)
            if lookup is not None:
                lookups.append((header, lookup))
    taken = {id(h) for h, _ in lookups}
    kept = [h for h in headers if id(h) not in taken]
    if not kept:
        return headers, []  # ratings alone, nothing to join them to: read as they stand
    return kept, [lookup for _, lookup in lookups]


def find(workbook: Workbook, read: set[str], key: keys.Key | None = None) -> list[RatingLookup]:
    """The ratings lookups among the sheets no table was read from ('Q1 RAG', 'Q2 RAG'
    headings name no figure, so no table of indicators is found there)."""
    stem = Path(workbook.path).stem.replace("_", " ")
    return lookup_sheets.of_sheets(workbook, read, lambda s: read_sheet(s, key, stem=stem))


def read_sheet(sheet: Sheet, key: keys.Key | None = None, *, stem: str = "") -> RatingLookup | None:
    """The sheet's table as a ratings lookup, or None when it is not one."""
    header = layout_header.find(sheet)
    return None if header is None else of_header(header, key, stem=stem)


def of_header(
    header: Header, key: keys.Key | None = None, *, stem: str = ""
) -> RatingLookup | None:
    """The table as a ratings lookup: a code or name column, columns of periods holding
    ratings and status markers only (two ratings at least), and no figure in any column."""
    if header.one("period") is not None or header.one("area") is not None:
        return None  # a row per period or per area: a long table, not a lookup by code
    code, name = header.one("code"), header.one("name")
    if code is None and name is None:
        return None
    rates = [c for c in header.columns if _periodic(c)]
    if not rates:
        return None
    # a quick sample first: a table of figures is told by its first cells
    if any(_figures(evidence.sample(header, c, key)) for c in rates):
        return None
    weighed = {c.index: evidence.sample(header, c, key, whole=True) for c in rates}
    if any(_figures(e) or not set(e.counts) <= _RATING_KINDS for e in weighed.values()):
        return None
    if sum(e.counts["rag"] for e in weighed.values()) < MIN_RATINGS:
        return None
    others = [c for c in header.columns if c.field in _FIGURE_FIELDS and c not in rates]
    if any(evidence.sample(header, c, key, whole=True).counts["number"] for c in others):
        return None  # 'Target' beside the ratings: figures of its own
    if any(c.period is None for c in rates) and stem:
        named = cells.period_in_text(stem)  # 'RAG 2024-25.xlsx' with bare Q1, Q2 headings
        if named is not None:
            layout_header.place_in_year(header, named)
    rated = [c for c in rates if weighed[c.index].counts["rag"]]
    lookup = RatingLookup(
        header,
        _entries(header, code, rated),
        _entries(header, name, rated),
        [replace(c, field="rag") for c in rated if c.period is not None],
        [c for c in rated if c.period is None],
        [c for c in rates if c not in rated],
    )
    if max(len(lookup.codes), len(lookup.names)) < MIN_ENTRIES:
        return None
    return lookup


def _periodic(column: Column) -> bool:
    """A column of one period's ratings: dated ('Q1' under a title's year, 'Q2 2024/25
    RAG'), or a bare quarter or month no year has placed."""
    if column.period is not None:
        return column.field in _RATING_FIELDS
    # 'Q1 RAG', 'Q2 RAG' with no year: the second and later set aside as duplicates
    bare = column.field in _RATING_FIELDS or column.field == "ignore"
    return bare and layout_header.is_bare_period(column.header)


def _figures(found: evidence.Evidence) -> bool:
    return found.counts["number"] > 0


def _entries(header: Header, column: Column | None, rated: list[Column]) -> dict[str, int]:
    """Each key in the column -> the row of its first entry with something in a period's
    column (a note under the table, a section row: no entry)."""
    if column is None:
        return {}
    by_code = column.field == "code"
    return lookup_sheets.entries(header, column, rated, by_code=by_code, longest=_LONGEST_KEY)


@dataclass(slots=True)
class _Tally:
    joined: int = 0
    agreed: int = 0
    unplaced: list[tuple[int, int]] = field(default_factory=list)  # (row, col) of each


def apply(
    lookups: list[RatingLookup],
    indicators: list[ParsedIndicator],
    tables: list[Header],
    notes: Notes,
    *,
    key: keys.Key | None = None,
    decimal_comma: bool = False,
) -> list[str]:
    """Give the figures read the ratings of each lookup; lines for ``--explain``.
    ``tables``: the tables the figures were read from (to name a rating of their own)."""
    lines: list[str] = []
    for lookup in lookups:
        name = lookup.sheet.name
        by_code = bool(lookup.codes) and any(i.code for i in indicators)
        entries = lookup.codes if by_code else lookup.names
        keyword = "code" if by_code else "name"
        matched = _matches(entries, by_code, indicators)
        if not matched:
            notes.warn(
                f"{name}: skipped — its ratings are for {keyword}s no indicator read here has",
                kind=f"rating lookup unmatched:{name}",
            )
            lines.append(
                f"ratings on sheet '{name}' {_span(lookup)}: none of its {keyword}s is an "
                "indicator read — not joined"
            )
            continue
        keyed = [i for i in indicators if (i.code if by_code else i.name)]
        key_column = lookup.header.one("code" if by_code else "name")
        key_index = key_column.index if key_column is not None else 0
        if len(matched) * 2 < len(keyed):
            notes.doubt(
                name,
                lookup.header.top,
                key_index,
                f"sheet '{name}' gives ratings by {keyword}, but only {len(matched)} of the "
                f"{len(keyed)} indicators read are on it — check the {keyword}s match (or "
                f"import with --accept to use it for those {len(matched)})",
                kind="rating lookup partly matched",
            )
        for column in lookup.undated:
            notes.doubt(
                name,
                _heading_row(lookup.header, column),
                column.index,
                f"'{short(column.header)}' rates a period with no year, and neither the "
                "sheet's title, its name nor the file name gives one — its ratings are not "
                "joined to the figures; put the year in the title (e.g. 'RAG status "
                "2024/25') or the heading",
                kind=f"rating lookup undated:{name}",
            )
        tally = _join(lookup, matched, tables, notes, key, decimal_comma)
        unused = _unused(entries, matched)
        notes.warn(
            f"{name}: the ratings of {len(matched)} indicators read from this sheet, joined "
            f"by their {keyword}s",
            kind=f"rating lookup used:{name}",
        )
        if unused:
            notes.warn(
                f"{name}!{a1(unused[0], key_index)}: {_count(len(unused), keyword)} on this "
                "sheet with no indicator read (no figures: withdrawn, or not yet reported) — "
                "ratings left out",
                kind=f"rating lookup unused:{name}",
            )
        if tally.unplaced:
            row, col = tally.unplaced[0]
            notes.warn(
                f"{name}!{a1(row, col)}: {_count(len(tally.unplaced), 'rating')} of a period "
                "with no figure read for the indicator — not imported on their own",
                kind=f"rating lookup unplaced:{name}",
            )
        lines.extend(_explain(lookup, keyword, key_index, len(matched), len(keyed), unused, tally))
    return lines


def _matches(
    entries: dict[str, int], by_code: bool, indicators: list[ParsedIndicator]
) -> list[tuple[ParsedIndicator, int]]:
    found: list[tuple[ParsedIndicator, int]] = []
    for indicator in indicators:
        text = indicator.code if by_code else indicator.name
        if not text:
            continue
        index = entries.get(lookup_sheets.key_of(text, by_code))
        if index is not None:
            found.append((indicator, index))
    return found


def _join(
    lookup: RatingLookup,
    matched: list[tuple[ParsedIndicator, int]],
    tables: list[Header],
    notes: Notes,
    key: keys.Key | None,
    decimal_comma: bool,
) -> _Tally:
    tally = _Tally()
    reader = CellReader(lookup.sheet, notes, decimal_comma, key)
    for indicator, index in matched:
        row = lookup.sheet.rows[index]
        reader.start_row(indicator.name)
        by_period = {o.period.label: o for o in indicator.observations}
        for column in lookup.rates:
            assert column.period is not None
            read = ParsedObservation(column.period)
            reader.apply(read, index, row, column)
            if read.rag is None:
                continue  # blank, a marker ('Withdrawn', 'n/a'), or asked about at its cell
            observation = by_period.get(column.period.label)
            if observation is None:
                tally.unplaced.append((index, column.index))
            elif observation.rag is None:
                observation.rag = read.rag
                tally.joined += 1
            elif observation.rag == read.rag:
                tally.agreed += 1
            else:
                notes.doubt(
                    lookup.sheet.name,
                    index,
                    column.index,
                    f"'{short(indicator.code or indicator.name)}' {column.period.label} is "
                    f"rated {read.rag} here but {observation.rag} at "
                    f"{_own_rating(observation, tables)} — say which is right",
                    kind="rating lookup differs",
                )
    return tally


def _own_rating(observation: ParsedObservation, tables: list[Header]) -> str:
    """Where the figures' own table rates the observation: its rating column's cell in the
    figure's row, or the figure's cell when no one column rates its period."""
    sheet, cell = observation.sheet or "", observation.cell or ""
    if not cell:
        return f"sheet '{sheet}'"
    row, _ = from_a1(cell)
    for header in tables:
        if header.sheet.name != sheet or not header.first_data <= row < len(header.sheet.rows):
            continue
        rating = [c for c in header.of("rag") if c.period == observation.period]
        rating = rating or [c for c in header.of("rag") if c.period is None]
        if len(rating) == 1:
            return f"{sheet}!{a1(row, rating[0].index)}"
    return f"{sheet}!{cell} (the figure's own rating)"


def _unused(entries: dict[str, int], matched: list[tuple[ParsedIndicator, int]]) -> list[int]:
    used = {index for _, index in matched}
    return sorted(index for index in entries.values() if index not in used)


def _heading_row(header: Header, column: Column) -> int:
    for row in range(header.first_data - 1, header.top - 1, -1):
        cells_ = header.sheet.rows[row] if row < len(header.sheet.rows) else []
        if column.index < len(cells_) and text_of(cells_[column.index]):
            return row
    return header.top


def _span(lookup: RatingLookup) -> str:
    header = lookup.header
    rows = [*lookup.codes.values(), *lookup.names.values()]
    last = max(rows) if rows else header.first_data
    return f"{a1(header.top, 0)}:{a1(last, max(c.index for c in header.columns))}"


def _explain(
    lookup: RatingLookup,
    keyword: str,
    key_index: int,
    matched: int,
    keyed: int,
    unused: list[int],
    tally: _Tally,
) -> list[str]:
    name = lookup.sheet.name
    lines = [
        f"ratings on sheet '{name}' {_span(lookup)}: a lookup of ratings by {keyword} (no "
        f"figures), joined to {matched} of the {keyed} indicators read — {tally.joined} "
        f"ratings given to figures"
        + (f", {tally.agreed} agreeing with the figures' own" if tally.agreed else "")
    ]
    rates = {c.index: c for c in [*lookup.rates, *lookup.undated]}
    for column in lookup.header.columns:
        letter = column_letters(column.index)
        heading = short(column.header, 30)
        if column.index == key_index:
            lines.append(f"  {letter} '{heading}' -> indicator {keyword}, joined on")
        elif column.index in rates and column.period is not None:
            lines.append(f"  {letter} '{heading}' -> RAG rating for {column.period.label}")
        elif column.index in rates:
            lines.append(f"  {letter} '{heading}' -> ratings of no year — not joined")
        elif column in lookup.blank:
            lines.append(f"  {letter} '{heading}' -> ratings of a period, none given yet")
        else:
            lines.append(f"  {letter} '{heading}' -> not read (the lookup's own)")
    if unused:
        shown = ", ".join(
            short(text_of(lookup.sheet.rows[r][key_index]), 20) for r in unused[:3]
        ) + (", …" if len(unused) > 3 else "")
        lines.append(
            f"  {_count(len(unused), keyword)} here with no indicator read ({shown}) — left out"
        )
    if tally.unplaced:
        row, col = tally.unplaced[0]
        lines.append(
            f"  {_count(len(tally.unplaced), 'rating')} of a period with no figure read (first at "
            f"{a1(row, col)}) — not imported on their own"
        )
    return lines


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"
