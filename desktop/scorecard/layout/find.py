"""Find the indicator table(s) in a workbook and read them into a ParsedScorecard."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from desktop.scorecard import vocabulary
from desktop.scorecard.layout import (
    area_across,
    area_columns,
    area_parts,
    area_subcolumns,
    banding,
    bare_durations,
    code_name,
    continued,
    control_names,
    council_rows,
    cross_checks,
    cross_listed,
    cross_refs,
    derived_totals,
    evidence,
    explain,
    fallback_ratings,
    field_names,
    figure_periods,
    figure_ratings,
    file_dated,
    finance_periods,
    fiscal_codes,
    flag_columns,
    headless,
    keys,
    later_tables,
    latest_periods,
    listed_periods,
    lookup_sheets,
    lost_ratings,
    measure_columns,
    met_answers,
    month_first,
    month_years,
    name_targets,
    name_years,
    other_targets,
    own_area,
    panels,
    period_lookups,
    period_pairs,
    picture_ratings,
    plan_actions,
    quarter_end_ratings,
    rating_lookups,
    rating_marks,
    rating_rivals,
    rating_summary,
    relative,
    repeats,
    risk_registers,
    row_labels,
    scored_scale,
    serial_headings,
    shaded_columns,
    shown_sources,
    shown_words,
    side_keys,
    significance,
    source_sheets,
    stamps,
    standard_targets,
    swatch_keys,
    target_tables,
    template_periods,
    tidy_periods,
    tiles,
    titled_rows,
    to_date_ratings,
    to_date_targets,
    totals,
    translations,
    transpose,
    unheaded_columns,
    unit_beside,
    unpivoted,
    unread_figures,
    unvalued_rows,
    year_banners,
    year_basis,
    year_codes,
    year_rows,
    year_types,
)
from desktop.scorecard.layout import header as layout_header
from desktop.scorecard.layout import measures as layout_measures
from desktop.scorecard.layout.area import choose_area
from desktop.scorecard.layout.conflicts import second_figure
from desktop.scorecard.layout.dropped import warn_beside_no_figure, warn_period_only
from desktop.scorecard.layout.header import Header
from desktop.scorecard.layout.measure_blocks import labellers
from desktop.scorecard.layout.notes import Notes, a1, from_a1
from desktop.scorecard.layout.rearranged import Rearranged
from desktop.scorecard.layout.regions import split, text_lines
from desktop.scorecard.layout.rows import RowReader, SheetContext, SheetResult, indicator_key
from desktop.scorecard.layout.scales import doubt_scales, units_from_headings
from desktop.scorecard.layout.shapes import reader_for
from desktop.scorecard.layout.unit_cells import units_named_in_cells
from desktop.scorecard.model import ParsedIndicator, ParsedScorecard, Period, ScorecardError
from desktop.scorecard.parse import cells, periods
from desktop.scorecard.read.grid import Sheet, Workbook

_NO_TABLE = "it looks like indicator definitions, a lookup or notes; import a scorecard with values"


def detect(
    workbook: Workbook,
    *,
    sheet: str | None = None,
    area: str | None = None,
    mapping: dict[str, str] | None = None,
    explaining: bool = False,
) -> ParsedScorecard:
    """Read every scorecard table in the workbook. Raises ScorecardError with a one-line message.

    ``explaining``: also say, line by line, how each table was read (``ParsedScorecard.explain``).
    """
    name = Path(workbook.path).name
    notes = Notes()
    for each in workbook.sheets:
        banding.unshade(each)  # rows shaded in bands: styling, never ratings
        shaded_columns.unshade(each)  # a column shaded from its heading down: styling too
    month_first.settle(workbook.sheets, notes)  # '03/31/2024' typed by US-built software
    serial = serial_headings.settle(workbook, notes)  # 45383 for 'Apr-24' in a heading row
    for each in workbook.sheets:  # from here on cells are rewritten as tables are read
        each.texts = None
    for warning in workbook.warnings:
        notes.warn(warning)
    tables = _tables(workbook, sheet, mapping, notes, area)
    titles = {id(f.header): f.title for f in tables}
    period_lines = {id(f.header): f.period_line for f in tables}
    # a sheet carrying on the table of a sheet before it is read as part of that sheet
    sheet_of = {id(f.header): f.carries_on or f.header.sheet.name for f in tables}
    point_back = {id(f.header): f.point_back for f in tables if f.point_back is not None}
    by_column = {id(f.header): f.chosen for f in tables if f.chosen is not None}
    gathered = {id(f.header): f.how for f in tables if f.how}
    origins = {id(f.header): f.origin for f in tables if f.origin}
    rows_from = {id(f.header): f.rows_from for f in tables if f.rows_from}
    found = [f.header for f in tables]
    if not found:
        held = serial_headings.held(notes)  # day numbers in a heading row: dates or not?
        said = held or _what_it_is(workbook, sheet)
        raise ScorecardError(f"no indicator table found in {name} — {said}")
    for header in found:  # 1/2/3 shown 'On track' / 'At risk' / 'Off track' by its format
        shown_words.settle(header, _next_top(header, found))
    if all(f.fallback for f in tables):  # a guess at another shape: a plainer table unread?
        _doubt_yearless(workbook, sheet, notes)
    found = _without_summaries(found, notes)
    # one scorecard published twice (in Welsh and in English, or a copy for printing): once
    found, twice = translations.read_once(found, lambda h: sheet_of[id(h)], notes)
    # a sheet of pasted figures that the scorecard draws by formulas: read after it, as it
    found, drawn = source_sheets.read_after(workbook, found, sheet_of, notes)
    twice += drawn
    # a data sheet under headings naming no period, every figure of which the scorecard shows
    twice += shown_sources.settle(workbook, found, notes, mapping)
    key = keys.read_key(workbook)
    swatches = swatch_keys.read_swatches(workbook)  # a pattern or a grey beside its meaning
    scale = scored_scale.printed_key(workbook)  # '3 - Green: on or better than target'
    # a table of ratings alone, by code, beside the figures: a lookup joined to them below
    as_they_stand = {id(f.header) for f in tables if _plain(f) and not f.carries_on}
    found, rated_apart = rating_lookups.split(found, as_they_stand, key, stem=_stem(workbook))
    # a sheet named only as benchmarking ('Benchmarking', 'Comparators') is no portfolio's
    per_portfolio = (
        len({s for h in found if not later_tables.says_benchmarking(s := sheet_of[id(h)])}) > 1
    )
    named = _named_period(workbook, found)
    fallback = named or _file_date(workbook)
    revised_note = figure_ratings.says_revised(workbook)
    terms = year_types.defined_terms(workbook.sheets)  # 'Term 1 = September to December'
    years_end_march = year_banners.workbook_says(found)  # 'Year ending 31 March' over years
    results: list[SheetResult] = []
    lines: list[str] = [*serial, *twice] if explaining else []
    chosen_area: str | None = None
    for header in found:
        cross_refs.settle(header)
        choice, shown = choose_area(header, area, name)
        chosen_area = chosen_area or shown or by_column.get(id(header))
        if choice is None and area is not None and len(found) == 1 and not by_column:
            notes.warn(f"{header.sheet.name}: no area column — --area {area} is not needed")
        sheet_period = _sheet_period(sheet_of[id(header)])
        # 'Quarter 1 2024/25' over one of several tables down a sheet: that table's period
        line = period_lines.get(id(header))
        titled_period = _sheet_period(line) if line else None
        if titled_period is not None:
            sheet_period = titled_period
        portfolio = None
        if header.one("portfolio") is None:
            portfolio = titles.get(id(header))
            if target_tables.is_role_caption(portfolio):  # 'Actuals', 'Targets': no service
                portfolio = None
            if later_tables.says_benchmarking(portfolio):  # 'Benchmarking', 'Comparators'
                portfolio = None
            own_sheet = sheet_of[id(header)]
            if (
                portfolio is None
                and per_portfolio
                and sheet_period is None
                and not later_tables.says_benchmarking(own_sheet)
            ):
                portfolio = own_sheet
        context = SheetContext(
            portfolio,
            sheet_period or fallback,
            notes,
            choice,
            _decimal_comma(workbook),
            key,
            revised_note,
            terms,
            file_dated=named is None and sheet_period is None,
            swatches=swatches,
        )
        above = any(h.sheet.name == header.sheet.name and h.top < header.top for h in found)
        origin = origins.get(id(header))
        notes.reading_copy(header.sheet.name, origin)
        flag_columns.settle(header)
        latest_periods.settle(header)  # 'Latest data' over 'Q2 2024/25', 'Q1 2024/25'
        rating_marks.settle(header, notes)  # an X under one of 'R' | 'A' | 'G'
        met_answers.settle(header)
        significance.settle(header)  # 'Compared with England': Better/Similar/Worse
        code_name.settle(header)
        other_targets.settle(header, notes)
        standard_targets.settle(header)  # 'Standard' | 'Plan (latest month)', no 'Target'
        unit_beside.settle(header, notes)  # '85.2' | '%' under one merged heading
        totals.pivot_subtotals(header, notes)
        figure_periods.settle(header, notes)  # 'Quarter result' over 45, 85.7: no periods
        control_names.settle(header, notes, key)  # 'Textbox27' over R/A/G: no heading said
        unheaded_columns.settle(header, notes, key)  # R/A/G letters under no heading
        evidence.settle(header, notes, table_above=above, key=key)
        rating_rivals.settle(header, notes)
        scored_scale.doubt(header, scale, notes)  # '2 - Green' among '3 - Green's
        row_labels.settle(header)  # 'Actual' | 'Target' | 'RAG' rows: their label column
        _warn_unplaced(header, notes)
        _doubt_clashes(header, notes)
        year_banners.doubt(header, notes, years_end_march)
        fiscal_codes.doubt(header, notes)  # 'FY25 Q1' with no note saying which year
        _doubt_icons(header, notes)
        picture_ratings.doubt(header, notes)  # traffic lights pasted over empty cells
        swatch_keys.doubt_unkeyed(header, notes, swatches)  # blank ratings shaded, no key
        warn_period_only(header, notes)
        units_named_in_cells(header)
        quarter_end_ratings.place(header)  # 'Q1 RAG' after Apr..Jun: June's, if so said
        fallback_ratings.place(header)  # 'RAG (Q3)' on Q2 where Q3 is not in, if so said
        to_date_ratings.place(header)  # 'RAG' of the 'Year to date' figure, if so said
        to_date_targets.place(header)  # 'Target' of the 'Year to date' figure, if so said
        template_periods.settle(header, notes, _next_top(header, found))  # '0' for Q3 at Q2
        reader = reader_for(header, context)
        if reader.shape == "wide":  # ratings no figure column of the table would take
            lost_ratings.doubt(header, notes, context.fallback_period)
            warn_beside_no_figure(header, notes)  # a comparator of a period not given
        result = reader.read()
        year_basis.settle(header, result.indicators, notes)  # 'Basis: Calendar year' by row
        if named is None and sheet_period is None:
            file_dated.doubt(header, result, fallback, notes)
        if id(header) in point_back:
            point_back[id(header)](result.indicators)
        _doubt_skipped(header, reader, notes)
        notes.reading_copy(header.sheet.name, None)
        if explaining:
            described = list(
                explain.describe(header, reader, result, origin, rows_from.get(id(header)))
            )
            if id(header) in gathered:  # what the table below was gathered or picked from
                how = "read for --area" if id(header) in by_column else "gathered into one table"
                described.insert(1, f"  {how}: {gathered[id(header)]}")
            if choice is not None and choice.why:  # the council its title lines name
                described.insert(1, f"  {choice.why}")
            lines.extend(described)
        results.append(result)
    joined = target_tables.join(found, results, notes)  # a table of targets below the figures
    lines.extend(joined if explaining else ())
    # a later table of the same codes with no portfolio of its own: those indicators' rows
    joined = later_tables.join(found, results, notes)
    lines.extend(joined if explaining else ())
    indicators = repeats.read_once(_merge(results, notes), notes)
    lookups = lookup_sheets.find(workbook, {h.sheet.name for h in found})
    if lookups:  # targets and polarity by code on a sheet of their own
        own_polarity = any(h.one("polarity") is not None for h in found)
        joined = lookup_sheets.apply(
            lookups,
            indicators,
            notes,
            own_polarity=own_polarity,
            decimal_comma=_decimal_comma(workbook),
        )
        lines.extend(joined if explaining else ())
    read_names = {h.sheet.name for h in found}
    rated_apart += rating_lookups.find(
        workbook, read_names | {r.sheet.name for r in rated_apart}, key
    )
    if rated_apart:  # ratings by code in a table of their own
        joined = rating_lookups.apply(
            rated_apart,
            indicators,
            found,
            notes,
            key=key,
            decimal_comma=_decimal_comma(workbook),
        )
        lines.extend(joined if explaining else ())
    name_targets.read(indicators, notes)
    doubt_scales(indicators, notes, found)
    bare_durations.doubt_bare(indicators, notes, found)  # '2.50' among '2h 15m' and '3h 05m'
    units_from_headings(indicators, found)  # 'Q1 (%)' over a row of no unit of its own
    cross_checks.check(indicators, notes, found, Path(workbook.path).stem.replace("_", " "))
    if named is None and any(o.period is fallback for i in indicators for o in i.observations):
        notes.warn(
            f"no period named in {name} — values recorded as at {fallback.label} (the file's "
            "date); put the period in a column, heading or the sheet name to be exact"
        )
    _doubt_unvalued(workbook, found, indicators, notes)
    observations = sum(len(i.observations) for i in indicators)
    doubts = notes.review()
    if observations == 0:
        # read only from a guess at another shape: the heading row plainly there says more
        guessed = all(f.fallback for f in tables)
        unread = _unread_figures(workbook, sheet) if guessed else None
        if unread is not None:  # a table plainly there: the heading it could not place
            error = ScorecardError(f"nothing could be read from {name}: {unread}")
        elif doubts:
            error = ScorecardError(f"nothing could be read from {name}: {doubts[0].line()}")
        else:
            error = ScorecardError(f"no indicator values found in {name} — {_why_empty(workbook)}")
        error.explain = tuple(lines)
        raise error
    _warn_missing_targets(indicators, notes)
    return ParsedScorecard(
        path=workbook.path,
        indicators=indicators,
        warnings=notes.finish(),
        area=chosen_area,
        sheet=sheet,
        review=doubts,
        explain=lines,
    )


def _next_top(header: Header, found: list[Header]) -> int | None:
    """The top of the next table down the same sheet, where one is."""
    below = [h.top for h in found if h.sheet is header.sheet and h.top > header.top]
    return min(below, default=None)


def signature(workbook: Workbook, *, sheet: str | None = None) -> str | None:
    """A stable hash of the normalised header cells of the first table, for saved mappings."""
    return _signature(_first_header(workbook, sheet, weigh=False))


def headers(workbook: Workbook, *, sheet: str | None = None) -> list[tuple[int, str, str | None]]:
    """(column index, heading, field or None) of the first table — what a mapping dialog shows."""
    return _first_header(workbook, sheet) or []


def signature_and_headers(
    workbook: Workbook, *, sheet: str | None = None
) -> tuple[str | None, list[tuple[int, str, str | None]]]:
    """``signature`` and ``headers`` at once, finding the first table once."""
    found = _first_headers(workbook, sheet, weigh=True)
    if found is None:
        return None, []
    plain, weighed = found
    return _signature(plain), weighed


def _signature(found: list[tuple[int, str, str | None]] | None) -> str | None:
    if found is None:
        return None
    return hashlib.sha256(
        "\x1f".join(vocabulary.normalise(t) for _, t, _ in found).encode()
    ).hexdigest()[:16]


def _first_header(
    workbook: Workbook, sheet: str | None, *, weigh: bool = True
) -> list[tuple[int, str, str | None]] | None:
    found = _first_headers(workbook, sheet, weigh=weigh)
    return None if found is None else found[1]


def _first_headers(
    workbook: Workbook, sheet: str | None, *, weigh: bool
) -> tuple[list[tuple[int, str, str | None]], list[tuple[int, str, str | None]]] | None:
    """The first table's columns as found, and (``weigh``) with the roles the cells prove."""
    try:
        chosen, aside = _candidate_sheets(workbook, sheet, Notes())
    except ScorecardError:
        return None
    candidates = chosen + aside
    for candidate in candidates:
        spelt = field_names.spell_out(candidate)
        header = layout_header.find(candidate if spelt is None else spelt.sheet)
        if header is not None:
            plain = [(c.index, _as_typed(c, header, spelt), c.role_name) for c in header.columns]
            if not weigh:
                return plain, plain
            shown_words.settle(header)  # numbers shown as words, as detect reads them
            evidence.settle(header, Notes())  # the roles the cells prove, as detect reads them
            return plain, [
                (c.index, _as_typed(c, header, spelt), c.role_name) for c in header.columns
            ]
    for candidate in candidates:
        for row in candidate.rows[:10]:
            texts = [(i, layout_header.text_of(v)) for i, v in enumerate(row)]
            texts = [(i, t) for i, t in texts if t]
            if len(texts) >= 2:
                found: list[tuple[int, str, str | None]] = [(i, t, None) for i, t in texts]
                return found, found
    return None


def _as_typed(column: layout_header.Column, header: Header, spelt: field_names.Spelt | None) -> str:
    """A column's heading as the file writes it: a field name read in words ('Q1_2024_25_ACT'
    read as 'Q1 2024/25 Actual') as typed, so a saved mapping knows the file by its own
    headings."""
    said = spelt.spelt(header, column.index) if spelt is not None else None
    return column.header if said is None else said[0]


def _what_it_is(workbook: Workbook, sheet: str | None) -> str:
    """Why a workbook with no indicator table is not a scorecard, as the second half of an error."""
    try:
        candidates, _ = _candidate_sheets(workbook, sheet, Notes())
    except ScorecardError:
        candidates = []
    for candidate in candidates:
        header = layout_header.find(field_names.relabel(candidate))
        if header is None:
            continue
        fields = {c.field for c in header.columns}
        quarters = [c for c in header.unplaced if layout_header.is_bare_quarter(c.header)]
        months = [c for c in header.unplaced if month_years.month_of(c.header) is not None]
        numbered = finance_periods.run(header.columns)
        if {"name", "code"} & fields and numbered:
            first = next(c for c in header.columns if c.index in numbered)
            where = f"{candidate.name}!{a1(header.first_data - 1, first.index)}"
            return (
                f"its headings number the months of a financial year ({where}: "
                f"'{first.header}', period 1 being April) but name no year that places them; "
                "put the year in a title row, a heading ('Target 2024/25'), the sheet name or "
                "the file name (e.g. 'P7 2024-25 monitor.xlsx')"
            )
        if ({"name", "code"} & fields and quarters) or months:
            first = (quarters or months)[0]
            where = f"{candidate.name}!{a1(header.first_data - 1, first.index)}"
            return (
                f"its {'quarter' if quarters else 'month'} headings name no year that places "
                f"them ({where}: '{first.header}'); put the year in a title row, a row above "
                "the headings, the sheet name or the file name (e.g. 'Q2 2024-25 scorecard.xlsx')"
            )
        unread = _unplaced_figures(candidate.name, header)
        if unread is not None:
            return unread
        if {"name", "code"} & fields and {"polarity", "unit", "description", "owner"} & fields:
            return "it looks like indicator definitions (no values); import a scorecard with values"
        if "area" in fields or any("neighbour" in c.header.lower() for c in header.columns):
            return "it looks like a lookup table (no values); import a scorecard with values"
    return f"{_NO_TABLE} (or map its columns with a saved profile)"


def _unread_figures(workbook: Workbook, sheet: str | None) -> str | None:
    """Where a sheet's heading row names the indicators and columns of figures stand under
    headings no rule places: the first such heading, to name when nothing could be read."""
    try:
        candidates, _ = _candidate_sheets(workbook, sheet, Notes())
    except ScorecardError:
        return None
    for candidate in candidates:
        header = layout_header.find(field_names.relabel(candidate))
        found = _unplaced_figures(candidate.name, header) if header is not None else None
        if found is not None:
            return found
    return None


def _unplaced_figures(sheet: str, header: Header) -> str | None:
    """A table of named indicators whose only columns of figures are headed by words no rule
    places ('Broxtowe 2021/22' with no sign it is the council): that heading's cell, named."""
    fields = {c.field for c in header.columns}
    if not {"name", "code"} & fields or "actual" in fields:
        return None
    for column in header.columns:
        if column.field is None and own_area.holds_figures(header, column.index):
            if layout_header.is_bare_period(column.header):  # 'Q1', 'M1-M3' with no year
                return f"{sheet}!{a1(header.top, column.index)}: {_yearless(column.header)}"
            return (
                f"{sheet}!{a1(header.top, column.index)}: the column headed "
                f"'{column.header}' holds figures, but nothing says they are the indicators' "
                "own (its heading names no measure this importer knows) — head it "
                "'Actual' or with the council's name in the title, or map it with a saved "
                "profile"
            )
    return None


def _yearless(heading: str) -> str:
    return (
        f"the column headed '{heading}' holds figures of a period, but nothing on the sheet "
        "says which year's — put the year in the heading, a title row or the sheet name (e.g. "
        "'2024/25'), or map the column with a saved profile"
    )


def _doubt_yearless(workbook: Workbook, sheet: str | None, notes: Notes) -> None:
    """A heading row of named indicators whose figures stand under periods no year places
    ('Q1', 'P1', 'M1-M3' under a title naming only '2024'), while what was read is a guess at
    another shape (cards, a turned table): the first such heading is asked about first."""
    try:
        candidates, _ = _candidate_sheets(workbook, sheet, Notes())
    except ScorecardError:
        return
    for candidate in candidates:
        header = layout_header.find(candidate)
        if header is None or not {"name", "code"} & {c.field for c in header.columns}:
            continue
        if any(c.field == "actual" for c in header.columns):
            continue
        numbered = finance_periods.run(header.columns)  # 'P1', 'P2', 'P3'
        for column in header.columns:
            if (
                column.field is None
                and (layout_header.is_bare_period(column.header) or column.index in numbered)
                and own_area.holds_figures(header, column.index)
            ):
                notes.doubt(
                    candidate.name,
                    header.top,
                    column.index,
                    _yearless(column.header),
                    kind="figures in no year",
                )
                return


_FIGURE_FIELDS = frozenset({"actual", "target", "numerator", "denominator", "comparator"})


def _doubt_unvalued(
    workbook: Workbook, found: list[Header], indicators: list[ParsedIndicator], notes: Notes
) -> None:
    """Formulas saved with no value in a table's figure columns: their figures would be
    missing without a word (a file written by a program, never opened in Excel). Where the
    table holds many areas, only the rows of the area read count."""
    if not any(each.unvalued for each in workbook.sheets):
        return  # the usual case: no row read need be placed
    read_rows: dict[str, set[int]] = defaultdict(set)
    for indicator in indicators:
        for observation in indicator.observations:
            if observation.sheet and observation.cell:
                read_rows[observation.sheet].add(from_a1(observation.cell)[0])
    for each in workbook.sheets:
        headers = [h for h in found if h.sheet.name == each.name]
        if not each.unvalued or not headers:
            continue
        read = read_rows.get(each.name, set())
        if any(h.of("area") for h in headers) or not read:
            rows = read
        else:  # down to the last row read, and indicator rows below it with no figure read
            rows = set(range(min(h.first_data for h in headers), max(read) + 1))
            rows |= unvalued_rows.indicator_rows_below(each, headers, max(read))
        figures = {
            c.index for h in headers for c in h.columns if c.field in _FIGURE_FIELDS
        }  # a rating or variance worked out by formula is only warned about
        below = [(r, c) for r, c in each.unvalued if r in rows and c in figures]
        totals = derived_totals.worked_out(headers, below, each.unvalued_in_row)
        for index, heading in totals.items():
            notes.warn(
                f"{each.name}!{a1(headers[0].top, index)}: '{heading}' is worked out by formula "
                "from the figures beside it and was saved without values — not imported"
            )
        below = [(r, c) for r, c in below if c not in totals]
        if below:
            r, c = min(below)
            notes.doubt(
                each.name,
                r,
                c,
                f"{len(below)} formula cell(s) in the table have no saved value, so their "
                "figures cannot be read — open and save the file in Excel (or LibreOffice), "
                "then import it again",
                kind=f"unvalued formulas:{each.name}",
            )


def _why_empty(workbook: Workbook) -> str:
    if workbook.formulas_without_values:
        return "its formulas have no saved values; open it in Excel, save it, and import it again"
    return "the table has headings but no values; import a scorecard with values"


def set_aside(sheet: Sheet) -> str | None:
    """Why an import with no sheet chosen sets this sheet aside (a cover, notes or plan
    actions sheet), or None when it is read."""
    if vocabulary.is_skipped_sheet(sheet.name):
        return "cover, notes or definitions sheet"
    if plan_actions.is_actions_sheet(sheet):
        return "a plan's actions, not indicators"
    if risk_registers.is_risk_register(sheet):
        return "a risk register: risks' scores, not indicators"
    return None


def _candidate_sheets(
    workbook: Workbook, wanted: str | None, notes: Notes
) -> tuple[list[Sheet], list[Sheet]]:
    """The sheets to read, and those named like a cover or notes sheet (set aside)."""
    if wanted is not None:
        for candidate in workbook.sheets:
            if candidate.name.strip().lower() == wanted.strip().lower():
                return [candidate], []
        names = ", ".join(s.name for s in workbook.sheets[:8])
        raise ScorecardError(f"no sheet named '{wanted}' — choose one of: {names}")
    chosen: list[Sheet] = []
    aside: list[Sheet] = []
    for candidate in workbook.sheets:
        if candidate.hidden:
            notes.warn(f"{candidate.name}: hidden sheet skipped")
        elif (why := set_aside(candidate)) is not None:
            notes.warn(f"{candidate.name}: skipped ({why})")
            aside.append(candidate)
        else:
            chosen.append(candidate)
    return chosen, aside


def tables(workbook: Workbook, sheet: str | None = None) -> list[Header]:
    """The tables an import would read, without reading their rows (for pickers)."""
    return [found.header for found in _tables(workbook, sheet, None, Notes())]


@dataclass(frozen=True, slots=True)
class _Found:
    header: Header
    title: str | None = None  # the section title above it, when a sheet holds several tables
    # for a table read from a rearranged copy of the sheet (turned, or gathered from cards):
    # points the cell references of what was read back at the cells in the file
    point_back: Callable[[list[ParsedIndicator]], None] | None = None
    chosen: str | None = None  # the area read from a block with a column per area
    how: str = ""  # for a table gathered from blocks of the sheet: what was gathered
    # for a table read from a rearranged copy: each reference of the copy -> the file's cell,
    # so that doubts, warnings and --explain name the cells of the file
    origin: dict[str, str] | None = None
    # for a copy that says so: each row of the copy -> the file's first and last row it
    # came from, so that --explain names the file's rows
    rows_from: dict[int, tuple[int, int]] | None = None
    # names with targets or statuses but no figures: only the continuation of a table above
    continues: bool = False
    # one of several tables down a sheet under a line naming its period ('Quarter 2 2024/25')
    period_line: str | None = None
    # rows without a heading row carrying on the table of this sheet (named) on a later sheet
    carries_on: str | None = None
    # read from another shape (turned, or gathered from cards) because no heading row of the
    # sheet placed a column of figures: a guess at the sheet, not a table plainly there
    fallback: bool = False


def _tables(
    workbook: Workbook,
    wanted: str | None,
    mapping: dict[str, str] | None,
    notes: Notes,
    area: str | None = None,
) -> list[_Found]:
    """Every table found in the sheets an import reads: those not named like a cover, notes
    or contents sheet, or, when none of those holds a table, the ones so named (the name is
    a hint, not proof: 'Performance notes' may be the only sheet of figures)."""
    chosen, named_aside = _candidate_sheets(workbook, wanted, notes)
    found = _tables_in(workbook, chosen, mapping, notes, area)
    if not found and named_aside:
        found = _tables_in(workbook, named_aside, mapping, notes, area)
        for name in dict.fromkeys(f.header.sheet.name for f in found):
            notes.warn(
                f"{name}: read although named like a cover or notes sheet — no other "
                "sheet holds a table"
            )
    return found


def _tables_in(
    workbook: Workbook,
    sheets: list[Sheet],
    mapping: dict[str, str] | None,
    notes: Notes,
    area: str | None,
) -> list[_Found]:
    found: list[_Found] = []
    for candidate in sheets:
        carried = _carried_on(found[-1] if found else None, candidate, mapping, notes)
        if carried is not None:
            found.append(carried)
            continue
        tables = _joined(_tables_on(workbook, candidate, mapping, notes, area), notes)
        if found and len(tables) == 1 and _repeats(found[-1], tables[0], candidate):
            tables = [replace(tables[0], carries_on=_sheet_of(found[-1]))]
        found.extend(tables)
    return found


def _sheet_of(table: _Found) -> str:
    return table.carries_on or table.header.sheet.name


def _repeats(last: _Found, table: _Found, candidate: Sheet) -> bool:
    """A sheet named as a continuation ('KPIs (2)') that repeats the heading row before it."""
    return (
        continued.named_as_continuation(candidate.name)
        and last.header.sheet.name != candidate.name
        and continued.same_table(last.header, table.header)
    )


def _carried_on(
    last: _Found | None, candidate: Sheet, mapping: dict[str, str] | None, notes: Notes
) -> _Found | None:
    """A sheet of rows without a heading row that carry on the table of the sheet before."""
    if last is None or not (_plain(last) or last.carries_on is not None):
        return None
    if last.header.sheet.name == candidate.name:
        return None
    if layout_header.find(candidate, mapping) is not None:
        return None
    viewed = continued.view(last.header, candidate, notes)
    if viewed is None:
        return None
    header, copy = viewed
    first = _sheet_of(last)
    back = copy.point_back if copy is not None else None
    how = f"rows with no heading row of their own, in the columns of the table on '{first}'"
    return _Found(header, last.title, point_back=back, how=how, carries_on=first)


def _joined(found: list[_Found], notes: Notes) -> list[_Found]:
    """A sheet's tables with a table continued below itself joined to it."""
    kept: list[_Found] = []
    origins: dict[int, dict[str, str]] = {}
    for table in found:
        last = kept[-1] if kept else None
        joined = None
        # a table of targets or statuses alone is kept only as the continuation of ``last``
        if (
            last is not None
            and _plain(table)
            and (_plain(last) or id(last) in origins)
            and target_tables.targets_caption(table.header) is None  # joined to figures later
        ):
            joined = panels.join(last.header, table.header, notes, origins.get(id(last), {}))
        if table.continues and joined is None:
            continue  # targets or statuses of no table above: not a table of their own
        if last is None or joined is None:
            kept.append(table)
            continue
        header, copy = joined
        merged = _Found(
            header, last.title, point_back=copy.point_back, how=copy.how, origin=copy.origin
        )
        origins[id(merged)] = copy.origin
        kept[-1] = merged
    return kept


def _plain(table: _Found) -> bool:
    """A table read as it stands on the sheet (not turned, gathered or picked by area)."""
    return table.point_back is None and table.chosen is None and not table.how


def _tables_on(
    workbook: Workbook,
    candidate: Sheet,
    mapping: dict[str, str] | None,
    notes: Notes,
    area: str | None,
) -> list[_Found]:
    candidate = tidy_periods.relabel(side_keys.without(rating_summary.without(candidate, notes)))
    candidate = year_codes.relabel(candidate)  # '202324', '202425Q1' under 'FIN_YEAR'
    spelt = field_names.spell_out(candidate)  # 'Q1_2024_25_TGT', 'KPI_DESC', 'UOM'
    if spelt is not None:
        candidate = spelt.sheet
    # 'PERIOD_ID' 297 named 'Q3 2023/24' on a 'Periods' sheet: the key column read as periods
    keyed = period_lookups.relabel(workbook.sheets, candidate, notes)
    if keyed is not None:
        candidate = keyed.sheet
        # read as periods, unless a saved mapping places the column otherwise
        mapping = {layout_header.normalise_key(keyed.heading): "period", **(mapping or {})}
    found = _keyed_periods(_tables_from(workbook, candidate, mapping, notes, area), keyed)
    return _spelt_headings(found, spelt)


def _spelt_headings(found: list[_Found], spelt: field_names.Spelt | None) -> list[_Found]:
    """Say which headings were read from a field name written in words."""
    if spelt is None:
        return found
    for table in (t for t in found if _plain(t)):  # read as it stands on the sheet
        for column in table.header.columns:
            said = spelt.spelt(table.header, column.index)
            if said is not None and not column.why:
                column.why = f"its heading, the field name '{said[0]}' read as '{said[1]}'"
    return found


def _keyed_periods(found: list[_Found], keyed: period_lookups.Joined | None) -> list[_Found]:
    """Say where the periods of a column of looked-up period keys came from."""
    if keyed is None:
        return found
    for table in found:
        for column in table.header.columns:
            if column.index == keyed.column and column.field == "period":
                column.why = keyed.why
    return found


def _tables_from(
    workbook: Workbook,
    candidate: Sheet,
    mapping: dict[str, str] | None,
    notes: Notes,
    area: str | None,
) -> list[_Found]:
    found: list[_Found] = []

    titled = _titled(workbook, candidate, mapping)
    if titled is not None:
        return [titled]
    regions = split(candidate)
    labels = labellers([r.section for r in regions])
    for region, label in zip(regions, labels, strict=True):
        parts = _by_parts(workbook, region.sheet, mapping, notes, area)
        if parts is not None:  # the whole area's column beside its parts' under each period
            found.append(parts)
            continue
        by_area = area_subcolumns.view(region.sheet, area, Path(workbook.path).name)
        if by_area is not None:  # a column per council under each heading
            header = _table(workbook, by_area.sheet, mapping)
            if header is not None:
                found.append(
                    _Found(
                        header,
                        point_back=by_area.point_back,
                        chosen=area,
                        origin=by_area.origin,
                        rows_from=by_area.rows,
                    )
                )
            continue
        header = _table(workbook, region.sheet, mapping)
        across = _councils_across(workbook, region.sheet, mapping, area) if header is None else None
        if across is not None:  # councils across the columns, each row's period its own
            found.append(across)
            continue
        placed = frozenset(c.index for c in header.columns if c.field) if header else frozenset()
        named = _by_parts(workbook, region.sheet, mapping, notes, area, placed=placed)
        if named is not None:  # names under each period heading, none the whole: asked about
            found.append(named)
            continue
        if header is not None and area_columns.is_area_table(header):
            lines = region.lines or text_lines(region.sheet.rows[: header.top])
            block = area_columns.series(header, area, list(lines), Path(workbook.path).name)
            header = _table(workbook, block.sheet, None)
            if header is not None:
                found.append(
                    _Found(header, point_back=block.point_back, chosen=area, origin=block.origin)
                )
            continue
        # a row per indicator per year, 'Q1' .. 'Q4' across: each row dated by its year
        by_year = year_rows.view(region.sheet, mapping, region.lines, notes) or name_years.view(
            region.sheet, mapping, region.lines, notes
        )
        paired = by_year
        if header is not None and paired is None:
            above = region.lines or text_lines(region.sheet.rows[: header.top])
            paired = (
                unpivoted.view(header, list(above), notes)
                or period_pairs.view(header, list(above), notes)
                or measure_columns.view(header, list(above), notes)
                # 'Q1: 85%' / 'Q2: 87%' in one cell
                or listed_periods.view(header, notes, lambda s: _table(workbook, s, None))
            )
        if paired is not None:
            header = _table(workbook, paired.sheet, None)
            if header is not None:
                found.append(
                    _Found(
                        header,
                        point_back=paired.point_back,
                        how=by_year.how if by_year is not None else paired.how,
                        origin=paired.origin,
                    )
                )
            continue
        if header is not None:
            title = region.title if len(regions) > 1 else None
            line = region.lines[-1] if len(regions) > 1 and region.lines else None
            found.append(_Found(header, title, point_back=label, period_line=line))
            continue
        # no heading row at all: the first line already data, each column told by its cells
        other = _headless(workbook, region.sheet, notes) if len(regions) == 1 else None
        if other is None and len(regions) == 1:
            other = _rearranged(workbook, region.sheet, mapping)
        if other is None and region is regions[0]:
            other = _council_rows(workbook, region.sheet, notes)
        rest = layout_header.find(region.sheet, mapping) if region is not regions[0] else None
        if other is not None:
            found.append(other)
        elif rest is not None and panels.rows_only(rest):
            found.append(_Found(rest, continues=True))
        elif (
            region is regions[0]
            and _has_text(region.sheet)
            and lookup_sheets.read_sheet(candidate) is None
            and rating_lookups.read_sheet(candidate) is None
            and not period_lookups.is_lookup(candidate)
            and not unread_figures.hold(region.sheet, mapping, notes)
        ):
            notes.warn(f"{candidate.name}: skipped — no indicator table found")
    return found


def _by_parts(
    workbook: Workbook,
    sheet: Sheet,
    mapping: dict[str, str] | None,
    notes: Notes,
    area: str | None,
    placed: frozenset[int] | None = None,
) -> _Found | None:
    """A table whose columns break each period's figure down by parts of the area, read
    for the whole area's column (--area naming one of the columns chooses that one);
    ``placed``: instead, a band of names none of which is the whole, where a column of
    it is not among these columns the table's headings place: one is read, for review."""
    stem = Path(workbook.path).stem.replace("_", " ")
    viewed = area_parts.view(sheet, [sheet.name, stem], area, placed)
    if viewed is None:
        return None
    copy = viewed.copy
    header = _table(workbook, copy.sheet, mapping)
    if header is None:
        return None
    for row, col, why in viewed.doubts:  # the heading cells of the file
        notes.doubt(sheet.name, row, col, why, kind="area parts")
    return _Found(
        header,
        point_back=copy.point_back,
        chosen=viewed.area,
        how=copy.how,
        origin=copy.origin,
        rows_from=copy.rows,
    )


def _titled(workbook: Workbook, sheet: Sheet, mapping: dict[str, str] | None) -> _Found | None:
    """Indicators named by title rows over their period rows, read as one long table."""
    gathered = titled_rows.gather(sheet)
    if gathered is None:
        return None
    header = _table(workbook, gathered.sheet, mapping)
    if header is None:
        return None
    return _Found(header, point_back=gathered.point_back, how=gathered.how, origin=gathered.origin)


def _rearranged(workbook: Workbook, sheet: Sheet, mapping: dict[str, str] | None) -> _Found | None:
    """A table in another shape: indicators as columns, or a dashboard of cards."""
    for rearranged in (transpose.view(sheet), tiles.gather(sheet)):
        if rearranged is None:
            continue
        header = _table(workbook, rearranged.sheet, mapping)
        if header is not None:
            return _Found(
                header,
                point_back=rearranged.point_back,
                how=rearranged.how,
                origin=rearranged.origin,
                fallback=True,
            )
    return None


def _headless(workbook: Workbook, sheet: Sheet, notes: Notes) -> _Found | None:
    """A long table with no heading row, read under the headings its cells imply."""
    found = headless.view(sheet)
    if found is None:
        return None
    return _through_copy(workbook, sheet.name, notes, found.view, found.doubts, "headless figures")


def _council_rows(workbook: Workbook, sheet: Sheet, notes: Notes) -> _Found | None:
    """Councils as rows under indicator names, read as the long table they stand for."""
    turned = council_rows.view(sheet)
    if turned is None:
        return None
    return _through_copy(
        workbook, sheet.name, notes, turned.view, turned.doubts, "benchmark period"
    )


def _through_copy(
    workbook: Workbook,
    sheet: str,
    notes: Notes,
    copy: Rearranged,
    doubts: list[tuple[int, int, str]],
    kind: str,
) -> _Found | None:
    """A sheet read through a rearranged copy of it: the copy's table, with the doubts met
    while rearranging asked about at the sheet's own cells."""
    header = _table(workbook, copy.sheet, None)
    if header is None:
        return None
    for row, col, why in doubts:
        notes.doubt(sheet, row, col, why, kind=kind)
    return _Found(
        header,
        point_back=copy.point_back,
        how=copy.how,
        origin=copy.origin,
        rows_from=copy.rows,
    )


def _table(workbook: Workbook, sheet: Sheet, mapping: dict[str, str] | None) -> Header | None:
    header = layout_header.find(sheet, mapping)
    if header is not None and not _is_indicator_table(header):
        stem = Path(workbook.path).stem.replace("_", " ")
        own_area.place(header, [*text_lines(sheet.rows[: header.top]), sheet.name, stem])
    if header is not None and any(c.unanchored for c in header.columns):
        stem = Path(workbook.path).stem.replace("_", " ")  # "Q2 2024-25 scorecard.xlsx"
        relative.place(header.columns, [stem], "the file name")
    if header is not None and not _is_indicator_table(header):
        named = cells.period_in_text(Path(workbook.path).stem.replace("_", " "))
        if named is not None:  # "Q2 2024-25 scorecard.xlsx" with bare Q1, Q2 headings
            layout_header.place_in_year(header, named)
    if header is None or not _is_indicator_table(header):
        header = layout_measures.find(sheet)
    if header is None or not _is_indicator_table(header):
        return None
    return header


def _councils_across(
    workbook: Workbook, sheet: Sheet, mapping: dict[str, str] | None, area: str | None
) -> _Found | None:
    """Indicators down and councils across, each row naming its period: ``area``'s column."""
    header = layout_header.find(sheet, mapping)
    if header is None:
        return None
    block = area_across.view(header, area, Path(workbook.path).name)
    if block is None:
        return None
    read = _table(workbook, block.sheet, None)
    if read is None:
        return None
    return _Found(
        read, point_back=block.point_back, chosen=area, origin=block.origin, how=block.how
    )


def _stem(workbook: Workbook) -> str:
    return Path(workbook.path).stem.replace("_", " ")


def _has_text(sheet: Sheet) -> bool:
    return any(any(not cells.is_blank(v) for v in r) for r in sheet.rows[:50])


def _is_indicator_table(header: Header) -> bool:
    has_name = header.one("name") is not None or header.one("code") is not None
    has_values = any(c.field == "actual" for c in header.columns)
    coded = sum(1 for c in header.columns if (c.code or c.series) and c.field == "actual")
    measures = header.one("measure") is not None and header.one("period") is not None
    dated = sum(1 for c in header.columns if c.field == "actual" and c.period is not None)
    by_area = header.one("area") is not None and (coded >= 2 or (dated >= 2 and not has_name))
    return (has_name and has_values) or measures or by_area


def _warn_unplaced(header: Header, notes: Notes) -> None:
    for column in header.unplaced:
        notes.warn(
            f"{header.sheet.name}!{a1(header.top, column.index)}: column '{column.header}' "
            "not recognised — not imported (map it with a saved profile if it matters)",
            kind="unplaced column",
        )


def _doubt_clashes(header: Header, notes: Notes) -> None:
    for index in header.clashes:
        notes.doubt(
            header.sheet.name,
            header.top,
            index,
            "the heading rows over this column name two periods that do not fit together — "
            "correct the heading or map the column with a saved profile",
            kind="heading periods clash",
        )
    for row, index in header.yearless:
        notes.doubt(
            header.sheet.name,
            row,
            index,
            f"'{header.sheet.rows[row][index]}' stands after the year over it has ended, with no "
            "year of its own — write its year over it (e.g. '2025/26') or map the column "
            "with a saved profile",
            kind="heading quarter without a year",
        )
    for row, index, why in header.slips:
        notes.doubt(header.sheet.name, row, index, why, kind="heading typed with a slip")
    for row, index in header.undated:
        notes.doubt(
            header.sheet.name,
            row,
            index,
            f"'{header.sheet.rows[row][index]}' has no year over it, and the years over the columns "
            "beside it do not say whose it is — write its year over it, merge each year over "
            "its columns, or map the column with a saved profile",
            kind="heading quarter without a year",
        )


def _doubt_icons(header: Header, notes: Notes) -> None:
    """An icon set drawing icons that are no red, amber or green light in the table's
    rows: the rating they show cannot be told."""
    unread = sorted((r, c) for r, c in header.sheet.icons_unread if r >= header.first_data)
    if unread:
        r, c = unread[0]
        notes.doubt(
            header.sheet.name,
            r,
            c,
            "the rating here is shown by a conditional-format icon set whose icons cannot be "
            "read as red, amber or green (four or five icons, arrows, or a threshold worked out "
            "by formula) — write the ratings in the cells, or import with --accept without them",
            kind="icon set unread",
        )


MANY_SKIPPED = 0.2  # rows left out beyond this share of a table's rows: ask before importing


def _doubt_skipped(header: Header, reader: RowReader, notes: Notes) -> None:
    """Many data rows left out (no name, no period): the table may not be what it seems."""
    skipped = reader.skipped_rows
    if len(skipped) < 3 or len(skipped) <= MANY_SKIPPED * (len(skipped) + reader.rows_read):
        return
    notes.doubt(
        header.sheet.name,
        skipped[0],
        None,
        f"{len(skipped)} of {len(skipped) + reader.rows_read} data rows left out (no indicator "
        "name or no period) — check the heading row and the name column",
        kind="many rows skipped",
    )


def _decimal_comma(workbook: Workbook) -> bool:
    return workbook.decimal_comma


def _named_period(workbook: Workbook, found: list[Header]) -> Period | None:
    """For tables with an Actual column but no period: the period named in the title rows,
    a sheet name, a sheet's print header or footer, or the file name."""
    for header in found:
        texts = [header.sheet.name]
        for row in header.sheet.rows[: header.top]:
            texts.extend(str(v) for v in row if isinstance(v, str))
        for text in texts:
            period = cells.period_in_text(text)
            if period is not None:
                return period
    for header in found:  # then the print header, a sheet made to be printed names it there
        for text in header.sheet.print_lines:
            period = None if stamps.is_file_stamp(text) else cells.period_in_text(text)
            if period is not None:
                return period
    period = cells.period_in_text(Path(workbook.path).stem.replace("_", " "))
    return period


def _file_date(workbook: Workbook) -> Period:
    """The day the file was last saved (today when that cannot be told): a snapshot's date."""
    try:
        day = dt.date.fromtimestamp(os.path.getmtime(workbook.path))
    except OSError:
        day = dt.date.today()
    return periods.make_period("date", day, day)


def _merge(results: list[SheetResult], notes: Notes) -> list[ParsedIndicator]:
    """Indicators from all sheets; comparator rows (England, region) attached by period."""
    indicators: list[ParsedIndicator] = []
    seen: dict[str, ParsedIndicator] = {}
    comparators: dict[tuple[str, str], dict[str, float]] = {}
    # one indicator listed under two portfolios (a cross-cutting measure) is one indicator
    listed = cross_listed.Listings([i for r in results for i in r.indicators])
    for result in results:
        for key_period, values in result.comparators.items():
            comparators.setdefault(key_period, {}).update(values)
        if result.skipped_area_rows:
            areas = sorted(a for a in result.skipped_areas if a)
            notes.warn(
                f"skipped {result.skipped_area_rows} rows for {len(areas)} other areas "
                f"({', '.join(areas[:3])}{', …' if len(areas) > 3 else ''})"
            )
        for indicator in result.indicators:
            key = indicator_key(indicator.portfolio, indicator.code, indicator.name)
            if key in seen:
                _join(seen[key], indicator, notes)
                continue
            first = listed.first_listing(indicator)
            if first is not None:
                _join(
                    first, indicator, notes, "its listings under two portfolios", listed_again=True
                )
                seen[key] = first
                continue
            listed.add(indicator)
            seen[key] = indicator
            indicators.append(indicator)
    listed.settle(indicators, notes)
    if comparators:
        for key, indicator in seen.items():
            for observation in indicator.observations:
                extra = comparators.get((key, observation.period.label))
                if extra:
                    for name, value in extra.items():
                        observation.comparators.setdefault(name, value)
    return indicators


def _without_summaries(found: list[Header], notes: Notes) -> list[Header]:
    """A summary sheet repeats the portfolio sheets beside it: read those instead."""
    detail = [
        h for h in found if vocabulary.normalise(h.sheet.name) not in vocabulary.SUMMARY_SHEETS
    ]
    if not detail or len(detail) == len(found):
        return found
    for header in found:
        if header not in detail:
            notes.warn(f"{header.sheet.name}: summary sheet skipped — the other sheets are read")
    return detail


def _sheet_period(name: str) -> Period | None:
    """A sheet named after a period ("Q1 2024-25", "Mar 25") holds that period's values."""
    found = cells.period_header(name)
    if found is None or len(found[1]) > 12:
        return None
    return found[0]


def _join(
    kept: ParsedIndicator,
    other: ParsedIndicator,
    notes: Notes,
    given_by: str = "two tables",
    listed_again: bool = False,
) -> None:
    """The same indicator on another sheet or table (one per period), or listed again under
    another portfolio (``listed_again``): add its other periods.

    A period given twice with the same figure is a repeat (a summary, a copy) and is skipped
    (with a warning for each, where another sheet or table gives it; a listing under
    another portfolio is said once, by ``cross_listed``); with a different figure one of the
    two is wrong, or is not what it seems (a table of targets, a stale copy), so it is a
    doubt naming both cells."""
    have = {o.period.label: o for o in kept.observations}
    for observation in other.observations:
        first = have.get(observation.period.label)
        if first is None:
            kept.observations.append(observation)
            continue
        if (first.actual, first.actual_text) != (observation.actual, observation.actual_text):
            row, col = from_a1(observation.cell or "")
            sheet = observation.sheet or ""
            second_figure(notes, sheet, row, col, kept, observation, given_by)
            continue
        if listed_again:
            continue  # said once for the indicator
        notes.warn(
            f"{observation.sheet}!{observation.cell}: '{kept.name}' {observation.period.label} "
            "is already on another sheet — skipped",
            kind="duplicate across sheets",
        )
    kept.observations.sort(key=lambda o: (o.period.start, o.period.end))


def _warn_missing_targets(indicators: list[ParsedIndicator], notes: Notes) -> None:
    missing = [
        i
        for i in indicators
        if i.observations and i.band_low is None and all(o.target is None for o in i.observations)
    ]
    if missing and len(missing) < len(indicators):
        for indicator in missing:
            notes.warn(f"'{indicator.name}': no target given", kind="no target")
    elif missing:
        notes.warn("no targets in this file — RAG cannot be computed from targets")
