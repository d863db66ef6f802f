"""Rows that each name an indicator (in a name or code column): what the wide and the long
shape share — keys and notes, section headings, names broken over rows, portfolios."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from desktop.scorecard import vocabulary
from desktop.scorecard.layout import (
    comparator_rows,
    foot_keys,
    footer_rows,
    keys,
    long_sections,
    name_codes,
    name_definitions,
    note_marks,
    part_rows,
    rank_headings,
    rating_sections,
    section_units,
    tally_rows,
    totals,
)
from desktop.scorecard.layout.cellread import short
from desktop.scorecard.layout.colour_keys import ColourKeys
from desktop.scorecard.layout.evidence import name_problem, names_a_rating
from desktop.scorecard.layout.filled_rows import FilledRows
from desktop.scorecard.layout.header import Column, Header, text_of
from desktop.scorecard.layout.mark_polarity import MarkPolarity
from desktop.scorecard.layout.money_units import MoneyScales
from desktop.scorecard.layout.name_groups import NameGroups
from desktop.scorecard.layout.name_marks import NameMarks
from desktop.scorecard.layout.name_marks import split as split_mark
from desktop.scorecard.layout.notes import a1, from_a1
from desktop.scorecard.layout.part_rows import PartRows
from desktop.scorecard.layout.polarity_rows import PolarityWatch
from desktop.scorecard.layout.rows import (
    RowReader,
    SheetContext,
    SheetResult,
    at,
    first_filled,
    indicator_key,
)
from desktop.scorecard.layout.shared_refs import SharedRefs, shown_apart
from desktop.scorecard.layout.target_fill_in import TargetFillIn
from desktop.scorecard.model import ParsedIndicator, ParsedObservation, Rag
from desktop.scorecard.parse import cells, durations, values
from desktop.scorecard.read.grid import CellValue


@dataclass(slots=True)
class NextRow:
    """A row read in full as an indicator's next row, whose every check would be answered
    the same for a row straight under it writing the same cells: that row is read as the
    indicator's next one, with only its own figures read (see ``NamedRows._next_row_if``)."""

    row: int
    cells: tuple[CellValue, ...]  # the name, code, portfolio and unit cells as written
    name: str
    key: str
    indicator: ParsedIndicator
    unit: str  # the unit cell's text, which the row's figures are read in


class NamedRows(RowReader):
    """A row per indicator (wide) or per indicator and period (long). A subclass reads the
    row's observations and says what a second row for the same indicator means."""

    # a long table names its indicator on each of its rows: the next row naming it alike is
    # read as its next one without asking the questions the name has answered (the wide
    # shape, which reads a second row of an indicator as targets or a repeat, does not)
    follows_rows = False

    def __init__(self, header: Header, context: SheetContext) -> None:
        super().__init__(header, context)
        self.section: str | None = None
        self.section_rag: Rag | None = None  # 'RED – off target' over the rows below it
        self.section_unit: str | None = None  # 'Finance (£'000)': the unit of the rows below
        self.last_portfolio = ""
        self.last_service = ""
        self.section_is_service = context.portfolio is not None or self.portfolio_col is not None
        self.polarities = PolarityWatch(header, context.notes)
        self.split_codes = self.code is None and _codes_lead_names(header, self.name)
        self.name_codes = None if self.split_codes else name_codes.decide(header, self.name)
        if self.split_codes and self.name is not None:
            name_codes.mark(self.name)
        # the last indicator read, for a name broken over two rows
        self.last_indicator: ParsedIndicator | None = None
        self.named_at = -1  # the row that named the last indicator (or continued its name)
        # the last indicator row read (or comparator row under it), for 'England' rows below
        self.under: tuple[int, ParsedIndicator] | None = None
        self.period_indexes = {c.index for c in self.period_cols}
        # a name written once (or merged down) over the rows of its periods or measures
        self.unit_col = header.one("unit")
        self.groups = NameGroups(self._rows_of_periods(), self.unit_col)
        # an indicator whose money figures mix a unit's scale ('£k') with their own ('£1.2m')
        self.money = MoneyScales(header, self.name, self.code, self.unit_col, self.notes)
        self.row_currency: str | None = None  # the current row's figures were scaled to it
        # (name, code) as written -> as read, for texts a row above was read under: neither
        # the heading's words nor a position among councils (a long table repeats each)
        self.texts_read: dict[tuple[str, str], tuple[str, str]] = {}
        self.note_marks: frozenset[str] | None = None  # '(a)' marks the notes below explain
        # 'of which: upheld' rows under an indicator: its parts
        self.parts = PartRows(
            header.sheet,
            self.name.index if self.name is not None else -1,
            self.code.index if self.code is not None else -1,
            header.first_data,
        )
        # name cells holding a short name, a line break, then the indicator's definition
        self.definitions = name_definitions.decide(header, self.name)
        self.definition: str | None = None  # the current row's, typed below its name
        self.name_marks = NameMarks(header, context.notes)  # '●' in red ink before a name
        # a name's shading or a figure's ink, where the sheet's key says it is the rating
        self.colour_keys = ColourKeys(header, context.notes, context.swatches)
        # a row filled one colour from its code to its comment: styling, not its figures' ratings
        self.filled_rows = FilledRows(header, context.notes)
        # 'Rent arrears *' over a note '* A lower figure is better': which way is good
        self.mark_polarity = MarkPolarity(header.sheet, header.first_data)
        self.next_row: NextRow | None = None
        # 'Key', then 'G | Green – target met' and 'n/a | Not available' under the table
        self.foot_key = foot_keys.FootKey(header.sheet, self.cellread.key)
        # 'National target' where a row's 'Local target' is blank
        self.fill_in = TargetFillIn(header)
        rags = [c.index for c in self.value_cols if c.field == "rag"]
        self.last_rag = rags[-1] if rags else None  # the rating a tally row's counts are checked by
        # the cells a next row of the same indicator writes as the row above did
        self.same_cells = [
            c.index
            for c in (self.name, self.code, self.portfolio_col, self.unit_col)
            if c is not None
        ]
        # a reference on a measure's number row and on its rate row: two measures, no code
        self.shared_refs = SharedRefs()
        # the table's section rows, looked over when one reads like a note (long, a sentence)
        self.section_rows: long_sections.LongSections | None = None

    def read(self) -> SheetResult:
        result = super().read()
        self.fill_in.report(self.notes)
        self.filled_rows.report()
        return result

    # -- what each shape decides --------------------------------------------------------------

    def _rows_of_periods(self) -> bool:
        """Whether an indicator's rows are one a period (a long table's), so a name written
        once (or merged down) over them names each."""
        return self.shape == "long"

    def _observations(self, index: int, row: list[CellValue]) -> list[ParsedObservation]:
        raise NotImplementedError

    def _block_row(self, index: int, row: list[CellValue], name: str, code: str) -> bool:
        """A row of an indicator's block of labelled rows that is no row of values of its
        own (its targets, ratings, figures to date, a breakdown): read here (True), or not."""
        return False

    def _values_row(self, observations: list[ParsedObservation]) -> bool:
        """Whether the row counts as one read as an indicator's values."""
        return True

    def _again(
        self,
        index: int,
        name: str,
        indicator: ParsedIndicator,
        observations: list[ParsedObservation],
    ) -> bool:
        """A second row for an indicator already read: dealt with here (True), or its
        observations are added like the first row's (False)."""
        return False

    def _held_as_targets(
        self, key: str, row: list[CellValue], observations: list[ParsedObservation]
    ) -> bool:
        """The row's figures are targets to be put beside the actuals at the end."""
        return False

    def _kept_figure(self, indicator: ParsedIndicator, label: str) -> ParsedObservation | None:
        """The figure already read for the period, compared with a second one."""
        return None

    # -- rows ---------------------------------------------------------------------------------

    def _row(self, index: int, row: list[CellValue], filled: list[tuple[int, CellValue]]) -> None:
        """A row naming an indicator: its values across (wide) or one period's (long)."""
        if self.follows_rows and self._next_of(index, row, filled):
            return
        if footer_rows.is_footer_piece(filled[0][1]) and footer_rows.is_footer(row):
            # 'Printed on 14/11/2024 09:32' | 'Page 1 of 1': the printed page's footer
            text = short(text_of(filled[0][1]))
            self.row_roles.append((index, "the printed page's footer, left out"))
            self.notes.skip(self.sheet.name, a1(index, filled[0][0]), f"page footer '{text}'")
            return
        if self.foot_key.row(index, row, filled, bool(self.value_rows)) == "entry":
            self.row_roles.append((index, "a line of the key under the table, left out"))
            text = text_of(filled[-1][1])
            self.notes.skip(self.sheet.name, a1(index, 0), f"key line '{short(text)}'")
            return
        row = self.money.row(index, row)
        self.row_currency = self.money.currency(index)
        name_text, self.definition = self._name_cell(row)
        code_text = text_of(at(row, self.code.index)) if self.code else ""
        if name_text.endswith((")", "]")):  # 'Rent collected (a)' over a note '(a) ...'
            if self.note_marks is None:
                self.note_marks = note_marks.declared(self.sheet, self.header.first_data)
            name_text = note_marks.unmarked(name_text, self.note_marks)
        written = (name_text, code_text)
        known = self.texts_read.get(written)
        if known is not None:
            name_text, code_text = known
        elif self._repeats_header(name_text, code_text, row):
            self.row_roles.append((index, "the heading row written again"))
            return
        elif self.split_codes:
            found = _CODE_LEADS.match(name_text)
            if found is not None:
                code_text, name_text = found["code"], found["name"]
        elif self.name_codes is not None:
            split = self.name_codes.split(name_text)
            if split is not None:
                code_text, name_text = split
        if self._block_row(index, row, name_text, code_text):
            return
        if len(filled) <= 2 and _is_key_row(code_text, name_text):
            self.row_roles.append((index, "a key or note, left out"))
            self.notes.skip(
                self.sheet.name, a1(index, 0), f"key or note '{short(name_text or code_text)}'"
            )
            return
        if self._key_line(row, name_text, code_text):
            self.row_roles.append((index, "a line of the file's key, left out"))
            self.notes.skip(
                self.sheet.name, a1(index, 0), f"key line '{short(name_text or code_text)}'"
            )
            return
        marked = split_mark(name_text) if name_text else None
        if marked is not None:  # '● Library visits': the dot is a marker, not the name
            name_text = marked[1]
        if self._continues_name(index, filled, code_text):
            return
        if known is None:
            if rank_headings.is_position_label(name_text or code_text):
                self.row_roles.append((index, "a position among councils, not a figure — left out"))
                self.notes.skip(
                    self.sheet.name,
                    a1(index, 0),
                    f"'{short(name_text or code_text)}' is a position among councils, not a figure",
                )
                return
            if not self._heading_words(*written):
                self.texts_read[written] = (name_text, code_text)
        if len(filled) <= 2 and self._is_section(index, filled):
            self._section(index, row)
            return
        if self._tally_heading(index, name_text or code_text):
            return
        carried = self.groups.carry(index, row, name_text, code_text)
        if carried is not None:
            if carried.split_first and carried.first is not None:
                self._rename(carried.first, carried.first_name, carried.first_code or None)
            name_text, code_text = carried.name, carried.code
            self.row_roles.append((index, f"named from the rows above: '{short(carried.name)}'"))
        written_name = at(row, self.name.index) if self.name else None
        part = None
        if carried is None:
            part = self.parts.name(index, name_text, code_text, written_name)
        if part is not None:
            name_text = part
            self.row_roles.append((index, f"a part of the indicator above: '{short(part)}'"))
        if not name_text and not code_text:
            self._skip_row(index, 0, "row without an indicator name or code")
            return
        groups = (self.section, self.last_portfolio)
        total = totals.total_row(
            self.header, index, name_text or code_text, groups, self.value_rows
        )
        summary_of_areas = total == totals.SUMMARY and self.context.area is not None
        if total is not None and (not code_text or not name_text) and not summary_of_areas:
            self._skip_row(index, 0, f"{total} '{short(name_text or code_text)}', no indicator")
            return
        if self._comparator_row(index, row, name_text, code_text):
            return
        keep, comparator = self._area_decision(index, row)
        if not keep:
            self.row_roles.append((index, "another area, left out"))
            return
        portfolio = self._portfolio(row)
        name = name_text or code_text
        code = code_text or None
        if self.name is None and self.code is not None:
            code = None if not _looks_like_code(code_text) else code_text
        if code is not None and name_text:
            code = self._shared_ref(index, portfolio, code, name_text, row)
        key = indicator_key(portfolio, code, name)
        observations = self._figures(index, row, name, self._unit_text(row))
        if comparator is not None:
            self.row_roles.append((index, f"comparator {comparator}"))
            self._as_comparator(key, comparator, observations)
            return
        if self._values_row(observations):
            self.value_rows.append(index)
        indicator = self.by_key.get(key)
        if indicator is None:
            self._check_name(index, name_text)
            if part is None and not self.follows_rows and _has_figures(observations):
                self._untied_part(index, name_text, code, written_name)
            indicator = ParsedIndicator(name=name, code=code, portfolio=portfolio)
            indicator.service = self._service(row)
            self.by_key[key] = indicator
            self.result.indicators.append(indicator)
            self._indicator_fields(indicator, index, row)
            if indicator.description is None:
                indicator.description = self.definition
            self.last_indicator = indicator
            self.named_at = index
        elif self._again(index, name, indicator, observations):
            return
        self.under = (index, indicator)
        if carried is None:
            self.groups.named(index, name_text, code_text, row, indicator)
        if part is None:
            self.parts.indicator(index, indicator.name, indicator.code, written_name)
        self.polarities.see(indicator, index, row)
        if self.follows_rows:
            read_as = known if known is not None else self._texts_stored(written)
            self.next_row = self._next_row_if(
                index, row, read_as, carried, part, comparator, name_text, code_text, key, indicator
            )
        if self._held_as_targets(key, row, observations):
            return
        self._keep(key, indicator, observations)

    def _keep(
        self, key: str, indicator: ParsedIndicator, observations: list[ParsedObservation]
    ) -> None:
        """The row's observations, each the first of its period, to its indicator."""
        if self.section_rag is not None and observations:
            latest = max(observations, key=lambda o: (o.period.end, o.period.start))
            if latest.rag is None:
                latest.rag = self.section_rag
        for observation in observations:
            seen_key = (key, observation.period.label)
            if seen_key in self.seen:
                self._duplicate(indicator, observation, self.seen[seen_key])
                continue
            self.seen[seen_key] = observation.cell or ""
            indicator.observations.append(observation)

    def _texts_stored(self, written: tuple[str, str]) -> tuple[str, str] | None:
        """How a row writing these name and code texts, read first on this row, reads them
        from now on: as they were stored here (``texts_read``), unless they were not (the
        heading's words), or a marker would be taken off the stored name once more."""
        stored = self.texts_read.get(written)
        if stored is None or (stored[0] and split_mark(stored[0]) is not None):
            return None
        return stored

    def _next_row_if(
        self,
        index: int,
        row: list[CellValue],
        known: tuple[str, str] | None,
        carried: object,
        part: str | None,
        comparator: str | None,
        name_text: str,
        code_text: str,
        key: str,
        indicator: ParsedIndicator,
    ) -> NextRow | None:
        """What a row straight under this one is read as when it writes the same name, code,
        portfolio and unit cells and fills at least three cells, or None where it could be
        read otherwise.

        Such a row's texts were read before (``known``: by this row or one above), so its
        name and code come out as this row's; with three cells filled it is no key, section or broken name; it is the
        next row of the name group and breakdown parent this row left (no other measure: its
        unit cell is this row's); it names no part, comparator or total (asked here once,
        with the section and portfolio it will be read under); and its portfolio is this
        row's, so its key and indicator are too.
        """
        if (
            known is None
            or carried is not None
            or part is not None
            or comparator is not None
            or self.name is None
            or self.context.area is not None
        ):
            return None
        group, parent = self.groups.group, self.parts.parent
        if (
            group is None
            or group.split
            or group.last_row != index
            or group.indicator is not indicator
            or parent is None
            or parent.last_row != index
        ):
            return None
        if not code_text and (
            comparator_rows.comparator_named(name_text) is not None or part_rows.is_part(name_text)
        ):
            return None
        if totals.total_label(name_text or code_text, (self.section, self.last_portfolio)):
            return None
        cells_written = tuple(at(row, i) for i in self.same_cells)
        unit = self._unit_text(row)
        return NextRow(index, cells_written, name_text or code_text, key, indicator, unit)

    def _next_of(
        self, index: int, row: list[CellValue], filled: list[tuple[int, CellValue]]
    ) -> bool:
        """Read a row as the next one of the indicator the row above was read as (True), when
        ``_next_row_if`` said how, or leave it to be read in full (False)."""
        ahead = self.next_row
        if ahead is None or ahead.row != index - 1 or len(filled) < 3:
            return False
        group, parent = self.groups.group, self.parts.parent
        if group is None or parent is None or self.money.exponents.get(index):
            return False  # (a row whose figures a unit scales is read in full)
        for position, written in zip(self.same_cells, ahead.cells, strict=True):
            value = row[position] if 0 <= position < len(row) else None  # as ``at`` reads it
            if value is not written and (
                value.__class__ is not written.__class__ or value != written
            ):
                return False
        self.row_currency = self.money.currency(index)
        indicator = ahead.indicator
        observations = self._figures(index, row, ahead.name, ahead.unit)
        if self._values_row(observations):
            self.value_rows.append(index)
        self.under = (index, indicator)
        group.last_row = index  # as ``NameGroups.named`` moves it down
        parent.last_row = index  # as ``PartRows.indicator`` does
        self.polarities.see(indicator, index, row)
        ahead.row = index
        if not self._held_as_targets(ahead.key, row, observations):
            self._keep(ahead.key, indicator, observations)
        return True

    def _figures(
        self, index: int, row: list[CellValue], name: str, unit: str
    ) -> list[ParsedObservation]:
        """The observations of a row read as the indicator ``name``'s in ``unit`` (the text
        of its unit cell), with each step every such row takes: a blank own target filled
        in from another target column, and the rating a marker's ink before the name gives."""
        self.cellread.start_row(name, unit)
        self.cellread.row_fill = self.filled_rows.styling(index, row)
        observations = self._observations(index, row)
        self.fill_in.row(self.cellread, index, row, observations)
        self.name_marks.rate(index, observations)
        self.colour_keys.rate(index, observations)
        return observations

    def _unit_text(self, row: list[CellValue]) -> str:
        """The text of the row's unit cell, '' with no unit column."""
        return text_of(at(row, self.unit_col.index)) if self.unit_col is not None else ""

    def _comparator_row(
        self, index: int, row: list[CellValue], name_text: str, code_text: str
    ) -> bool:
        """An 'England' or 'Statistical neighbours' row with no code, directly under an
        indicator's row: that indicator's comparator in each period column."""
        if code_text or self.under is None or self.context.area is not None:
            return False
        comparator = comparator_rows.comparator_named(name_text)
        if comparator is None:
            return False
        last, parent = self.under
        between = self.sheet.rows[last + 1 : index]
        if any(not cells.is_blank(v) for r in between for v in r):
            return False
        self.cellread.start_row(name_text)
        observations = self._observations(index, row)
        key = indicator_key(parent.portfolio, parent.code, parent.name)
        self._as_comparator(key, comparator, observations)
        self.under = (index, parent)
        self.row_roles.append((index, f"{comparator} figures of the indicator above"))
        return True

    def _name_cell(self, row: list[CellValue]) -> tuple[str, str | None]:
        """The row's name, and the definition typed below it in the same cell (if any)."""
        if self.name is None:
            return "", None
        value = at(row, self.name.index)
        split = self.definitions.of(value) if self.definitions is not None else None
        if split is None:
            return text_of(value), None
        return text_of(split[0]), split[1]

    def _shared_ref(
        self, index: int, portfolio: str | None, code: str, name: str, row: list[CellValue]
    ) -> str | None:
        """The row's code, or None where its reference is shared by rows that each give a
        measure of their own ('… – number' and '… – rate per 100,000 …'): then the row read
        under the code before is parted from it too, and each is read under its name."""
        key = indicator_key(portfolio, code, name)
        reading = self.shared_refs.read(key, index, name, self._unit_text(row))
        if not reading.apart:
            return code
        column = self.name.index if self.name is not None else 0
        parted = reading.parted
        if parted is not None:
            first = self.by_key.get(key)
            if first is not None:
                self._rename(first, first.name, None)
            said = shown_apart(parted.name, name)
            self.row_roles.append(
                (index, f"row {parted.row + 1}'s reference on another measure: '{short(said[1])}'")
            )
            self.notes.warn(
                f"{self.sheet.name}!{a1(index, column)}: '{short(code)}' names two measures, "
                f"'{short(said[0])}' at {a1(parted.row, column)} and '{short(said[1])}' here "
                "— each read as an indicator of its own, by its name",
                kind="one reference, two measures",
            )
        if reading.unsure is not None:
            self.notes.doubt(
                self.sheet.name,
                index,
                column,
                f"'{short(code)}' is the reference of '{short(reading.unsure.name)}' at "
                f"{a1(reading.unsure.row, column)} and of '{short(name)}' here, whose words "
                "say no other measure — the same measure under two names? write one name, "
                "or a unit or measure that tells them apart",
                kind="one reference, two names",
            )
        return None

    def _rename(self, indicator: ParsedIndicator, name: str, code: str | None) -> None:
        """Give an indicator already read a new name (and code), keeping what it was read as."""
        old = indicator_key(indicator.portfolio, indicator.code, indicator.name)
        indicator.name, indicator.code = name, code
        new = indicator_key(indicator.portfolio, code, name)
        if self.by_key.get(old) is indicator:
            del self.by_key[old]
        self.by_key[new] = indicator
        for seen_key in [k for k in self.seen if k[0] == old]:
            self.seen[(new, seen_key[1])] = self.seen.pop(seen_key)

    def _duplicate(
        self, indicator: ParsedIndicator, observation: ParsedObservation, first: str
    ) -> None:
        """A second figure for a period already read: the same one is a repeat; a different
        one beside it in a wide table (two columns headed alike) leaves the figure unsure."""
        label = observation.period.label
        kept = self._kept_figure(indicator, label)
        differs = kept is not None and (kept.actual, kept.actual_text) != (
            observation.actual,
            observation.actual_text,
        )
        if differs and observation.cell:
            row, col = from_a1(observation.cell)
            self.notes.doubt(
                self.sheet.name,
                row,
                col,
                f"a second, different figure for '{indicator.name}' {label} (the first at "
                f"{first}) — two columns name the same period; rename one or map it",
                kind="two figures for one period",
            )
            return
        self.notes.warn(
            f"{self.sheet.name}!{observation.cell}: duplicate value for '{indicator.name}' "
            f"{label} (first at {first}) — skipped",
            kind="duplicate value",
        )

    def _continues_name(self, index: int, filled: list[tuple[int, CellValue]], code: str) -> bool:
        """A long name broken over two rows (a PDF turned into a sheet): the second row holds
        only the rest of the name, starting in lower case, under the indicator it belongs to."""
        if self.name is None or code or len(filled) != 1 or self.last_indicator is None:
            return False
        column, value = filled[0]
        text = text_of(value)
        if column != self.name.index or not text[:1].islower() or self.named_at != index - 1:
            return False
        self.last_indicator.name = f"{self.last_indicator.name} {text}"
        self.named_at = index
        return True

    def _check_name(self, index: int, name: str) -> None:
        """An indicator named like a number, a RAG word, a period or a heading: a misreading."""
        if self.name is None or not name:
            return
        problem = name_problem(name)
        if problem is not None:
            self.notes.doubt(
                self.sheet.name,
                index,
                self.name.index,
                f"indicator name '{short(name)}' {problem} — check which column holds the "
                "indicator names",
                kind=f"name {problem}",
            )

    def _marks_unclear(self, index: int, indicator: ParsedIndicator) -> None:
        """The marks on a name point to notes giving two ways of being better."""
        column = self.name.index if self.name is not None else 0
        self.notes.doubt(
            self.sheet.name,
            index,
            column,
            f"the marks on '{short(indicator.name)}' point to notes that say different things "
            "about which way is better — which is it? (give the table a polarity column)",
            kind="polarity marks disagree",
        )

    def _untied_part(self, index: int, name: str, code: str | None, written: CellValue) -> None:
        """A one-word label with no code ('Council') directly under a coded indicator, or set
        in under one, that nothing ties to it as its part: asked about, not guessed."""
        if self.name is None or not name:
            return
        above = self.parts.untied(index, name, code, written)
        if above is None:
            return
        self.notes.doubt(
            self.sheet.name,
            index,
            self.name.index,
            f"'{short(name)}' has no code and names nothing on its own under '{short(above)}' "
            "— a part of it? set the label in under the indicator (indent it) or write its "
            "full name",
            kind="part row not tied",
        )

    def _key_line(self, row: list[CellValue], name: str, code: str) -> bool:
        """'A/G | Amber/Green | Missed target by less than 5% | Green' printed under the
        table: a rating where the indicator's name goes and no figure under any period — a
        line of the file's key (read by ``keys.read_key``), not an indicator. So is the key
        table's heading row ('Rating | Meaning | Counted as')."""
        labels = [t for t in (name, code) if t and len(t) <= 40]
        if not labels:
            return False
        # a code's digits rule it out before the slower question of whether it is a rating
        rated = any(not _DIGIT.search(t) and names_a_rating(t) for t in labels)
        if not rated and not (
            any(vocabulary.heading_field(t) == "rag" or keys.is_key_label(t) for t in labels)
            and any(_key_table_heading(v) for v in row)
        ):
            return False
        return not any(
            cells.is_figure(at(row, c.index)) for c in self.value_cols if c.field == "actual"
        )

    def _heading_words(self, name: str, code: str) -> bool:
        """The row's name (or code) is its column's heading, as ``_repeats_header`` asks."""
        column = self.name if name else self.code
        text = name or code
        return column is not None and vocabulary.normalise(text) == vocabulary.normalise(
            column.header
        )

    def _repeats_header(self, name: str, code: str, row: list[CellValue]) -> bool:
        """The heading row written again further down (a second table, a printed page)."""
        if not self._heading_words(name, code):
            return False
        same = sum(
            1
            for c in self.header.columns
            if c.index < len(row)
            and isinstance(row[c.index], str)
            and vocabulary.normalise(row[c.index]) == vocabulary.normalise(c.header)
        )
        return same >= 2 and same * 2 >= len(first_filled(row))

    def _is_section(self, index: int, filled: list[tuple[int, CellValue]]) -> bool:
        """Only one or two text cells, none under a value or period column: a heading for the
        rows below."""
        if self.sheet.errors and any(
            (index, c.index) in self.sheet.errors for c in self.value_cols
        ):
            return False
        if any(not isinstance(v, str) for _, v in filled):
            return False
        if any(i in self.value_indexes for i, _ in filled):
            return False
        if len(filled) == 2 and self.code is not None and self.name is not None:
            return False
        return not any(i in self.period_indexes for i, _ in filled)

    def _section(self, index: int, row: list[CellValue]) -> None:
        text = _row_text(row)
        lowered = text.lower()
        role = "section heading"
        if lowered.startswith(vocabulary.FOOTNOTE_STARTS):
            self._note(index, text)
            return
        if long_sections.needs_evidence(text):
            # long or a sentence: a note, unless the sheet shows it is one of the section rows
            why = self._sections_seen().why(index)
            if why is None:
                self._note(index, text)
                return
            role = f"section heading ({why})"
        rating = rating_sections.section_rating(text)
        if rating is not None:  # an exceptions report's groups: the rows below are rated so
            self.section_rag = rating
            self.row_roles.append((index, f"rates the rows below {rating}: '{short(text, 30)}'"))
            return
        self._start_section(index, text, role)

    def _note(self, index: int, text: str) -> None:
        self.notes.skip(self.sheet.name, a1(index, 0), f"note '{short(text)}'")
        self.row_roles.append((index, "a note, left out"))

    def _sections_seen(self) -> long_sections.LongSections:
        """The table's rows placed as section rows are (text alone, under no figure column),
        and its other rows: looked over once, when the first long one is met."""
        if self.section_rows is None:
            placed: list[tuple[int, int, str]] = []
            others: list[int] = []
            rows = self.sheet.rows
            for index in range(self.header.first_data, len(rows)):
                filled = first_filled(rows[index])
                if not filled:
                    continue
                if len(filled) <= 2 and self._is_section(index, filled):
                    placed.append((index, filled[0][0], _row_text(rows[index])))
                else:
                    others.append(index)
            last = max((c.index for c in self.header.columns), default=0)
            self.section_rows = long_sections.LongSections(self.sheet, last, placed, others)
        return self.section_rows

    def _start_section(self, index: int, text: str, role: str) -> None:
        """The rows below belong to the section ``text`` names."""
        self.section = text.rstrip(":").strip()
        self.section_rag = None
        self.section_unit = section_units.unit_of(self.section)
        self.row_roles.append((index, f"{role} '{short(self.section, 30)}'"))

    def _tally_heading(self, index: int, name_text: str) -> bool:
        """A heading row carrying its tally of ratings ('Red 1', or counts under the quarter
        columns): a section, not an indicator; held for review when its counts, in red, amber
        and green cells, do not tally with the ratings below."""
        found = tally_rows.decide(
            self.sheet,
            index,
            self.code.index if self.code else None,
            self.name.index if self.name else None,
            self.value_indexes,
            self.last_rag,
        )
        if found is None:
            return False
        if found == "doubt":
            first = min(
                i
                for i, v in enumerate(self.sheet.rows[index])
                if i in self.value_indexes and not cells.is_blank(v)
            )
            self.notes.doubt(
                self.sheet.name,
                index,
                first,
                f"'{short(name_text, 30)}' has numbers in red, amber and green cells that do "
                "not tally with the ratings below — counts or figures?",
            )
            self.row_roles.append((index, "a heading with counts that do not tally, held"))
            return True
        self._start_section(index, name_text, "section heading with its tally")
        return True

    def _portfolio(self, row: list[CellValue]) -> str | None:
        if self.portfolio_col is not None:
            # written (or merged) once at the top of its group of rows: carried down
            found = text_of(at(row, self.portfolio_col.index)) or self.last_portfolio
            if found:
                if found != self.last_portfolio:
                    self.last_service = ""  # a new portfolio starts its own services
                self.last_portfolio = found
                return found
        if self.context.portfolio is not None:
            return self.context.portfolio
        if self.section is not None and not self.section_is_service:
            return self.section
        return None

    def _service(self, row: list[CellValue]) -> str | None:
        if self.service_col is not None:
            found = text_of(at(row, self.service_col.index)) or self.last_service
            if found:
                self.last_service = found
                return found
        return self.section if self.section_is_service else None

    def _unit_words(self, text: str) -> str:
        """The unit a Unit cell gives (a wide grid reads a counting flag beside it apart)."""
        return text

    def _unit_of(self, text: str) -> str | None:
        """The unit a Unit cell gives the row. A clock format ('mm:ss', 'hh:mm:ss') is how
        its times are shown: where they were read as durations, in seconds, that is their
        unit; a row of plain numbers under it keeps the cell's words."""
        if durations.is_clock_format(text) and self.cellread.unit == durations.SECONDS:
            return durations.SECONDS
        return cells.canonical_unit(self._unit_words(text))

    def _indicator_fields(
        self, indicator: ParsedIndicator, index: int, row: list[CellValue]
    ) -> None:
        for column in self.indicator_cols:
            value = at(row, column.index)
            if cells.is_blank(value):
                continue
            if column.field == "polarity" and indicator.polarity == "unknown":
                indicator.polarity = self.polarities.polarity(value)  # a few words, repeated
            elif column.field == "unit" and indicator.unit is None:
                indicator.unit = self._unit_of(text_of(value))
            elif column.field == "owner" and indicator.owner is None:
                indicator.owner = text_of(value)
            elif column.field == "description" and indicator.description is None:
                indicator.description = text_of(value)
            elif column.field == "exempt":
                indicator.exempt = vocabulary.normalise(value) in ("yes", "y", "true", "1", "x")
        marked = None
        if indicator.polarity == "unknown" and self.name is not None:
            # 'Rent arrears *' over a note '* A lower figure is better'
            marked = self.mark_polarity.marked(at(row, self.name.index))
            if marked == "unclear":
                self._marks_unclear(index, indicator)
            elif marked is not None:
                indicator.polarity = marked
        if indicator.polarity == "unknown":
            indicator.polarity = cells.polarity_from_name(indicator.name)
        if indicator.polarity == "unknown" and self.cellread.target_says is not None:
            indicator.polarity = self.cellread.target_says
        if indicator.polarity == "unknown" and marked is None and self.name is not None:
            others = self.mark_polarity.unmarked()  # 'All other measures: higher is better'
            if others is not None and others != "unclear":
                indicator.polarity = others
        if self.cellread.band is not None:
            indicator.band_low, indicator.band_high = self.cellread.band
        if indicator.unit is None:
            indicator.unit = self.cellread.unit or section_units.unit_for(
                indicator.name, self.section_unit
            )
        scale = _money_scale(indicator.unit)
        if scale is not None and (self.cellread.scaled or self.row_currency):
            # a unit column's "£m" beside cells typed "£1.2m": the cells were scaled to pounds
            indicator.unit = self.cellread.unit or self.row_currency or scale[0]


def _row_text(row: list[CellValue]) -> str:
    """A row's cells that are not blank, joined as one line: a section row's title."""
    return " ".join(text_of(v) for v in row if not cells.is_blank(v))


def _has_figures(observations: list[ParsedObservation]) -> bool:
    """Some observation of the row holds a figure (not only a rating or a note)."""
    return any(o.actual is not None for o in observations)


def _is_key_row(code: str, name: str) -> bool:
    """'Key:' beside '● = On track ▲ = At risk': the file's legend, not an indicator."""
    first = code or name
    if len(first) <= 10 and _is_key_label(first):
        return True
    if len(first) > 10 and keys.code_entries(first):  # "Status key: 1 = Target met, 2 = ..."
        return True
    if code and len(code) <= 2 and all(keys.is_symbol(ch) for ch in code):
        return True  # '● | On track': a symbol where a code goes, its meaning beside it
    return bool(name) and not name.isascii() and keys.is_key_text(name)


# ``values.money_scale`` of each indicator's unit, read once per distinct unit
_money_scale = lru_cache(maxsize=1024)(values.money_scale)
_DIGIT = re.compile(r"\d")  # 'G2', 'A4': codes, however like a rating their letter is


def _key_table_heading(value: CellValue) -> bool:
    """'Meaning', 'Description', 'Counted in the corporate summary as': a heading of a key
    table's columns beside its ratings."""
    if not isinstance(value, str) or len(value) > 60:
        return False
    text = vocabulary.normalise(value)
    return (
        text in vocabulary.KEY_TABLE_HEADINGS
        or vocabulary.KEY_COUNTED_AS_HEADING.search(text) is not None
    )


@lru_cache(maxsize=16384)
def _is_key_label(text: str) -> bool:
    return vocabulary.normalise(text) in vocabulary.KEY_LABELS


# "CP01 - Repairs right first time", "PAM/012 Percentage of ...": a code, then the name
_CODE_LEADS = re.compile(
    r"^(?P<code>[A-Z][A-Za-z]{0,7}(?:[ ._-]?\d{1,4}[A-Za-z]?(?:[._-]\d{1,3})?"
    r"(?=\s*[-–—:]\s)|/\d{1,4}[A-Za-z]?(?=\s)))\s*[-–—:]?\s+(?P<name>\S.*)$"
)


def _codes_lead_names(header: Header, name: Column | None) -> bool:
    """Nearly every indicator row's name starts with a code and a dash (or a PAM/012 code)."""
    if name is None:
        return False
    index = name.index
    rows = header.sheet.rows[header.first_data : header.first_data + 30]
    numbered = [r for r in rows if any(cells.is_figure(v) for v in r)]
    values = [v for v in (text_of(at(r, index)) for r in numbered) if v]
    matched = sum(1 for v in values if _CODE_LEADS.match(v))
    return len(values) >= 2 and matched * 5 >= len(values) * 4


def _looks_like_code(text: str) -> bool:
    stripped = text.strip()
    # "ECON6", "PAM/012", and benchmark codes written with a space: "C&L 01", "CHN 12a"
    return (
        bool(stripped)
        and len(stripped) <= 20
        and (" " not in stripped or bool(_SPACED_CODE.fullmatch(stripped)))
    )


_SPACED_CODE = re.compile(r"[A-Za-z&]{1,8} [0-9]{1,4}[A-Za-z]?")
