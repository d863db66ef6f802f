"""A later table of the same indicators with no portfolio of its own: its rows are theirs.

A scorecard's main table lists its indicators under portfolio rows ('Children's Services',
'Adult Social Care'); below it, after a few blank rows, or on a sheet of its own, a second
table gives some of the same indicators again by code and name with other columns — a
'Benchmarking' table of last year's outturn beside England and the statistical neighbours,
a table of earlier years — and no portfolio rows. Its rows are those indicators, not new
ones under no portfolio (or under a portfolio named 'Benchmarking').

A table is joined so when none of its rows carries a portfolio (no portfolio rows, column
or title naming one: a bare heading such as 'Benchmarking', 'Comparators' or 'Benchmark
data' names what the table holds, not a service), every row has a code, and each code is
that of an indicator read in an earlier table under one named portfolio. Each row whose name
is the indicator's name (or the one name's words are all among the other's: 'Re-referrals
(%)' beside 'Children's social care re-referrals (%)') then takes that indicator's
portfolio, and is read with it as one indicator on two tables is: its other periods added, a
period both give with different figures held for review naming both cells. A row whose name
clearly differs is not joined silently: one code standing for two names, the file is held
for review naming the row's name cell. A table whose codes are not all found, or whose
names all differ (another list of measures numbered the same way), is read as before.
"""

from __future__ import annotations

from collections import defaultdict

from desktop.scorecard import vocabulary
from desktop.scorecard.layout.cellread import short
from desktop.scorecard.layout.header import Header
from desktop.scorecard.layout.notes import Notes, a1, from_a1
from desktop.scorecard.layout.repeats import name_key
from desktop.scorecard.layout.rows import SheetResult, indicator_key
from desktop.scorecard.layout.target_tables import caption_words
from desktop.scorecard.model import ParsedIndicator


def says_benchmarking(text: str | None) -> bool:
    """'Benchmarking', 'Comparators', 'Benchmark data (2023/24)': a heading saying its
    table holds comparisons with other councils, and naming no service."""
    if not text:
        return False
    words = caption_words(text)
    if not any(w in vocabulary.TABLE_BENCHMARK_WORDS for w in words):
        return False
    allowed = (
        vocabulary.TABLE_BENCHMARK_WORDS
        | vocabulary.TABLE_BENCHMARK_OTHER_WORDS
        | vocabulary.BENCHMARK_WORDS
    )
    return all(w in allowed for w in words)


def _words(name: str) -> set[str]:
    return {w for w in name_key(name).split() if w not in vocabulary.NAME_JOINING_WORDS}


def names_agree(one: str, other: str) -> bool:
    """The same name, or one name's words all among the other's."""
    a, b = _words(one), _words(other)
    return bool(a) and bool(b) and (a <= b or b <= a)


def join(found: list[Header], results: list[SheetResult], notes: Notes) -> list[str]:
    """Give the rows of each later table with no portfolio the portfolio of the indicator
    read earlier with their code (``results`` aligned with ``found``); lines for
    ``--explain``."""
    lines: list[str] = []
    for index, result in enumerate(results):
        rows = result.indicators
        if not rows or any(r.portfolio for r in rows) or not all(r.code for r in rows):
            continue
        earlier = [
            (i, found[n]) for n, r in enumerate(results[:index]) for i in r.indicators if i.code
        ]
        pairs = _pairs(rows, earlier)
        if pairs is None:
            continue
        agreeing = {id(row) for row, first, _ in pairs if names_agree(row.name, first.name)}
        if not agreeing:
            continue  # other measures that happen to share the codes
        header = found[index]
        moved: dict[str, str] = {}
        for row, first, where in pairs:
            if id(row) not in agreeing:
                _doubt_name(header, row, first, where, notes)
                continue
            old = indicator_key(row.portfolio, row.code, row.name)
            row.portfolio = first.portfolio
            moved[old] = indicator_key(row.portfolio, row.code, row.name)
        result.comparators = {
            (moved.get(key, key), period): values
            for (key, period), values in result.comparators.items()
        }
        lines.append(
            f"table on sheet '{header.sheet.name}' at {a1(header.top, header.columns[0].index)}: "
            f"no portfolio of its own; {len(agreeing)} of its {len(rows)} rows read as the "
            "indicators with the same codes in the tables before it"
        )
    return lines


def _doubt_name(
    header: Header, row: ParsedIndicator, first: ParsedIndicator, where: str, notes: Notes
) -> None:
    """One code standing for two names: which indicator is the row?"""
    sheet, cell = _name_cell(header, row)
    line, col = from_a1(cell)
    shown = where.removeprefix(f"{sheet}!")  # on the same sheet: the cell alone
    notes.doubt(
        sheet,
        line,
        col,
        f"'{short(row.code or '')}' is named '{short(row.name)}' here but "
        f"'{short(first.name)}' at {shown} — one code for two names: write the name as it "
        f"is at {shown}, or give the row a code of its own",
        kind="same code, other name",
    )


def _pairs(
    rows: list[ParsedIndicator], earlier: list[tuple[ParsedIndicator, Header]]
) -> list[tuple[ParsedIndicator, ParsedIndicator, str]] | None:
    """Each row with the earlier indicator of its code and that one's name cell, or None
    unless every code is that of indicators under one named portfolio."""
    by_code: dict[str, list[tuple[ParsedIndicator, Header]]] = defaultdict(list)
    for indicator, header in earlier:
        by_code[(indicator.code or "").strip().lower()].append((indicator, header))
    pairs: list[tuple[ParsedIndicator, ParsedIndicator, str]] = []
    for row in rows:
        matches = by_code.get((row.code or "").strip().lower(), [])
        portfolios = {vocabulary.normalise(i.portfolio) for i, _ in matches}
        if not matches or len(portfolios) != 1 or not matches[0][0].portfolio:
            return None
        first, header = matches[0]
        sheet, cell = _name_cell(header, first)
        pairs.append((row, first, f"{sheet}!{cell}"))
    return pairs


def _name_cell(header: Header, indicator: ParsedIndicator) -> tuple[str, str]:
    """The sheet and cell of the indicator's name (of its first figure without a name
    column, of the heading row without figures)."""
    name = header.one("name")
    first = indicator.observations[0] if indicator.observations else None
    if first is None or not first.cell:
        return header.sheet.name, a1(header.top, name.index if name else 0)
    sheet = first.sheet or header.sheet.name
    if name is None:
        return sheet, first.cell
    row, _ = from_a1(first.cell)
    return sheet, a1(row, name.index)
