"""Wide tables whose indicators may each take a block of rows told apart by a label.

Where a label column (``row_labels``) says what each row of a block under one name holds:

* a field row ('Target', 'RAG', 'Status', 'Numerator', 'Denominator') gives, in each period
  column, that field of the figure its block's figure row holds in the same column;
* a span row ('In quarter', 'Year to date', 'Cumulative') holds figures of its own: for the
  period alone, or from April to the period's end (``to_date.span``: Q1, H1, Apr–Dec). Where
  two rows give the same figure for the same span (Q1 in quarter and to date) it is one
  observation, with the fields either row gives it (two different ones are asked about);
* a breakdown's total row ('All', 'Total', 'All ages') is the measure's figure, and the
  rows of its sub-groups ('Male', 'Most deprived 20%') are left out, each said so;
* a variance row is left out: it is worked out from the rows above.

A block whose first row (the one naming the indicator) is not its figures — 'Target' above
'Actual', or a sub-group above the 'Total' — is read from its figure row, with the name and
the cells merged down over the block; a block with no figure row, or a breakdown with no
total row, is asked about at its label. The label 'Target' may also stand where a row's
name goes, under its indicator's row, with no label column; so may 'Numerator' and
'Denominator' (and the counts ``working_rows`` takes for them): the counts a rate is worked
out from, its observations' numerator and denominator, never indicators of their own.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.scorecard.layout import part_rows, row_labels, to_date, working_rows
from desktop.scorecard.layout.cellread import short
from desktop.scorecard.layout.conflicts import second_figure
from desktop.scorecard.layout.header import Column, Header, text_of
from desktop.scorecard.layout.notes import a1, from_a1
from desktop.scorecard.layout.row_labels import FIELDS, FIGURES, Kind, RowLabels
from desktop.scorecard.layout.rows import SheetContext, at, first_filled
from desktop.scorecard.layout.shapes.wide import WideReader
from desktop.scorecard.model import ParsedIndicator, ParsedObservation, Role
from desktop.scorecard.parse import cells
from desktop.scorecard.read.grid import CellValue

# what each field row gives, as a row's role says it
_NOUNS: dict[Kind, str] = {
    "target": "targets",
    "rag": "ratings",
    "numerator": "numerators",
    "denominator": "denominators",
    "direction": "directions of travel",
    "commentary": "comments",
}
_SPANS: dict[Kind, str] = {
    "actual": "figures",
    "in_period": "figures for each period alone",
    "to_date": "figures to date (April to the end of each period)",
    "total": "figures (its total row)",
}
# a block's first row carries these cells for the row that gives its figures (the name and
# what the indicator is; never a figure, target or rating of the first row's own)
_NAMING: frozenset[Role | None] = frozenset(
    {"code", "name", "portfolio", "service", "polarity", "unit", "owner", "description", "exempt"}
)
# an observation's fields two rows giving one figure may each give
_MERGED = ("target", "rag", "numerator", "denominator", "direction_text", "commentary")


@dataclass(slots=True)
class Block:
    """The rows read so far under one indicator's name."""

    indicator: ParsedIndicator | None  # None: a block left out (and asked about)
    key: str
    first: int  # the row its figures were first read from
    last: int  # the block's last row read
    figures: dict[int, ParsedObservation] = field(default_factory=dict)  # column -> figure
    kinds: set[Kind] = field(default_factory=set)  # the figure rows read


@dataclass(slots=True)
class Held:
    """A block's rows above its figure row, read once the figure row is."""

    first: int  # the row naming the indicator
    rows: list[int]


class LabelledReader(WideReader):
    def __init__(self, header: Header, context: SheetContext) -> None:
        # found (and its column read as labels) when the columns were settled: found again
        self.labels: RowLabels | None = row_labels.find(header)
        if self.labels is not None:
            row_labels.take(header, self.labels)  # before the columns are sorted by role
        super().__init__(header, context)
        self.block: Block | None = None
        self.held: dict[int, Held] = {}  # a figure row -> its block's rows above it
        self.holding: dict[int, int] = {}  # a row held -> the figure row it waits for
        # the last row read as an indicator's own row: its indicator, key and figures
        self.kept: tuple[int, ParsedIndicator, str, list[ParsedObservation]] | None = None
        self.figure_cols = [c for c in self.value_cols if c.field == "actual" and c.period]
        # a row of counts found to be the denominator of the rate two rows above it
        self.workings: dict[int, Kind] = {}
        self.parts_said = False  # the sub-group rows left out: said once, at the first

    def _observations(self, index: int, row: list[CellValue]) -> list[ParsedObservation]:
        found = super()._observations(index, row)
        label = self.labels.label(row) if self.labels is not None else None
        if label is not None and label[0] == "to_date":
            for observation in found:  # at Q1 (or April) the span is the period itself
                observation.period = to_date.span(observation.period) or observation.period
        return found

    def _keep(
        self, key: str, indicator: ParsedIndicator, observations: list[ParsedObservation]
    ) -> None:
        super()._keep(key, indicator, observations)
        if self.under is not None and self.under[1] is indicator:
            self.kept = (self.under[0], indicator, key, observations)

    # -- the rows of a block ----------------------------------------------------------------------

    def _block_row(self, index: int, row: list[CellValue], name: str, code: str) -> bool:
        if index in self.holding:
            return True  # read once its block's figure row is
        held = self.held.pop(index, None)
        if held is not None:
            self._figures_below(index, row, held)
            return True
        label = self.labels.label(row) if self.labels is not None else None
        working = self.workings.pop(index, None)
        if label is None and name and not code:  # 'Target' where the name goes
            # only a target or a rate's counts: a row named 'Comments' or 'RAG' that holds
            # figures is an indicator named like a heading, asked about, not words for the
            # row above
            kind = row_labels.field_kind(name) or working
            if kind in ("target", "numerator", "denominator") or self._counts_under(index, name):
                label, name = (kind or "numerator", name), ""
        if label is None:
            return False
        block = self._block_of(index, name, code)
        if block is not None:
            self._under(index, row, label, block)
            return True
        if not name and not code:
            return False  # a label with no block above it: a row without a name
        self.block = None
        if label[0] in FIGURES:
            return False  # the block's figures, read as any indicator's row
        return self._hold(index, row, name or code, label)

    def _counts_under(self, index: int, name: str) -> bool:
        """'No. of households prevented' over 'Out of households owed a prevention duty', both
        set in under the rate just read, with no code, their figures dividing to it: its
        numerator, and (``workings``) the row below its denominator. Such a pair whose
        figures do not divide to the rate is asked about, and read as it stands."""
        kept, rows = self.kept, self.sheet.rows
        if kept is None or kept[0] != index - 1 or self.name is None or index + 1 >= len(rows):
            return False
        if working_rows.described(name) != "numerator":
            return False
        row, below = rows[index], rows[index + 1]
        below_code = text_of(at(below, self.code.index)) if self.code is not None else ""
        below_name = text_of(at(below, self.name.index))
        if below_code or working_rows.described(below_name) != "denominator":
            return False
        if not (self._set_in(index, kept[0]) and self._set_in(index + 1, kept[0])):
            return False
        rates = {column: o.actual for column, o in _by_column(kept[3]).items()}
        agreed = working_rows.divides(
            [(rates.get(c.index), at(row, c.index), at(below, c.index)) for c in self.figure_cols]
        )
        if agreed:
            self.workings[index + 1] = "denominator"
            return True
        indicator = kept[1]
        why = "do not divide to it" if agreed is False else "give no period to check against it"
        self.notes.doubt(
            self.sheet.name,
            index,
            self.name.index,
            f"'{short(indicator.code or indicator.name)}' has the rows '{short(name.strip(), 30)}' "
            f"and '{short(below_name.strip(), 30)}' set in under it, like the counts its rate is "
            f"worked out from, but their figures {why} — are they its numerator and "
            "denominator, or measures of their own?",
            kind="counts under a rate",
        )
        return False

    def _set_in(self, index: int, above: int) -> bool:
        """The row's name is set in further than the name of the row ``above``."""
        assert self.name is not None
        column, rows = self.name.index, self.sheet.rows
        mine, theirs = at(rows[index], column), at(rows[above], column)
        spaces = part_rows.indent(mine) - part_rows.indent(theirs)
        return spaces >= 2 or self.parts.level(index) > self.parts.level(above)

    def _block_of(self, index: int, name: str, code: str) -> Block | None:
        """The block the row continues: it is straight under the block's last row (or the
        indicator row just read) and names nothing else."""
        block = self.block
        if block is not None and block.last == index - 1:
            indicator = block.indicator
            if indicator is None:
                return block if not name and not code else None
            return block if _same(indicator, name, code) else None
        kept = self.kept
        if kept is None or kept[0] != index - 1 or not _same(kept[1], name, code):
            return None
        self.block = self._started(kept)
        return self.block

    def _started(self, kept: tuple[int, ParsedIndicator, str, list[ParsedObservation]]) -> Block:
        """The block of the indicator row just read."""
        row, indicator, key, found = kept
        label = self.labels.label(self.sheet.rows[row]) if self.labels is not None else None
        kind: Kind = label[0] if label is not None and label[0] in FIGURES else "actual"
        return Block(indicator, key, row, row, _by_column(found), {kind})

    def _under(
        self, index: int, row: list[CellValue], label: tuple[Kind, str], block: Block
    ) -> None:
        """A row of the block under its first: a field, more figures, a sub-group."""
        kind, text = label
        indicator = block.indicator
        block.last = index
        if indicator is None:
            self.row_roles.append((index, "left out with the rows above it (asked about)"))
            return
        self.under = (index, indicator)
        where = "above" if index > block.first else "below"
        if kind in FIELDS:
            self._fields(index, row, kind, text, block)
            self.row_roles.append((index, f"{_NOUNS[kind]} of the indicator {where}"))
        elif kind == "part":
            self.row_roles.append(
                (index, f"a breakdown of the measure {where} ('{short(text, 30)}'), left out")
            )
            self._parts_left_out(index, text)
        elif kind == "worked_out":
            self.row_roles.append(
                (index, f"'{short(text, 30)}' of the indicator {where}, worked out — left out")
            )
        elif kind in block.kinds or kind == "total":
            self._second_figure_row(index, text, indicator)
        else:
            self.cellread.start_row(indicator.name)
            found = self._observations(index, row)
            self._merge(block, found)
            block.kinds.add(kind)
            self.row_roles.append((index, f"{_SPANS[kind]} of the indicator {where}"))

    def _parts_left_out(self, index: int, text: str) -> None:
        """Say once that the sub-group rows are left out: the store keeps a measure's total
        figure only, not its split by team, place or group."""
        if self.parts_said or self.labels is None:
            return
        self.parts_said = True
        self.notes.warn(
            f"{self.sheet.name}!{a1(index, self.labels.column)}: rows splitting indicators by "
            f"group ('{short(text, 30)}' and others under their total rows) left out — only "
            "each indicator's total is imported",
            kind="breakdown rows left out",
        )

    def _fields(
        self, index: int, row: list[CellValue], kind: Kind, text: str, block: Block
    ) -> None:
        """Each period cell of a field row is that field of the figure in its column."""
        indicator = block.indicator
        assert indicator is not None
        self.cellread.start_row(indicator.name)  # its figures' units and clocks are the row's
        attribute = "direction_text" if kind == "direction" else kind
        for column in self.figure_cols:
            observation = block.figures.get(column.index)
            if observation is None:
                continue  # a target set for a period not yet reported: no figure to go with
            prior = getattr(observation, attribute)
            cell = Column(column.index, text, kind, column.period)  # type: ignore[arg-type]
            self.cellread.apply(observation, index, row, cell)
            now = getattr(observation, attribute)
            if prior is not None and now != prior:
                setattr(observation, attribute, prior)
                self._two_fields(index, column.index, indicator, observation, kind, prior, now)

    def _merge(self, block: Block, found: list[ParsedObservation]) -> None:
        """A second figure row's observations: a period's figure given again is one
        observation (its fields from either row); a different one is asked about."""
        indicator = block.indicator
        assert indicator is not None
        figures: dict[int, ParsedObservation] = {}
        for observation in found:
            row, col = from_a1(observation.cell or "A1")
            kept = next(
                (o for o in indicator.observations if o.period.label == observation.period.label),
                None,
            )
            if kept is None:
                self.seen[(block.key, observation.period.label)] = observation.cell or ""
                indicator.observations.append(observation)
                figures[col] = observation
                continue
            if second_figure(
                self.notes, self.sheet.name, row, col, indicator, observation, "two rows"
            ):
                continue
            figures[col] = kept
            for name in _MERGED:
                mine, theirs = getattr(kept, name), getattr(observation, name)
                if mine is None:
                    setattr(kept, name, theirs)
                elif theirs is not None and theirs != mine and name in ("target", "rag"):
                    kind: Kind = "target" if name == "target" else "rag"
                    self._two_fields(row, col, indicator, kept, kind, mine, theirs)
            for comparator, value in observation.comparators.items():
                kept.comparators.setdefault(comparator, value)
        block.figures = figures

    # -- a block whose first row is not its figures -----------------------------------------------

    def _hold(self, index: int, row: list[CellValue], name: str, label: tuple[Kind, str]) -> bool:
        """The row naming an indicator holds no figures of it ('Target' over 'Actual', a
        sub-group over 'Total'): held until the block's figure row, or asked about."""
        figure = self._figure_row(index, row)
        if figure is not None:
            self.held[figure] = Held(index, list(range(index, figure)))
            for held in range(index + 1, figure):
                self.holding[held] = figure
            return True
        text = label[1]
        assert self.labels is not None
        if self.labels.breakdown:
            why = (
                f"'{short(name)}' starts with the breakdown row '{short(text, 30)}' and no row of "
                "it is the measure's total ('All', 'Total') — which row is the measure's own "
                "figure? label it 'All' or 'Total'"
            )
            doubt_kind = "breakdown without a total"
        else:
            why = (
                f"'{short(name)}' is labelled '{short(text, 30)}', and no row under it gives its "
                "figures ('Actual') — which row holds them? label it 'Actual'"
            )
            doubt_kind = "block without figures"
        self.notes.doubt(self.sheet.name, index, self.labels.column, why, kind=doubt_kind)
        self.block = Block(None, "", index, index)
        self.row_roles.append((index, "left out: its block has no row of figures (asked about)"))
        return True

    def _figure_row(self, index: int, row: list[CellValue]) -> int | None:
        """The row of the block starting at ``index`` that holds its figures, if any."""
        assert self.labels is not None
        keys = [c.index for c in (self.name, self.code) if c is not None]
        names = [text_of(row[i]) if i < len(row) else "" for i in keys]
        rows = self.sheet.rows
        for below in range(index + 1, len(rows)):
            other = rows[below]
            if not first_filled(other):
                return None
            written = [text_of(other[i]) if i < len(other) else "" for i in keys]
            if any(w and w != n for w, n in zip(written, names, strict=True)):
                return None
            label = self.labels.label(other)
            if label is None:
                return None
            if label[0] in FIGURES:
                return below
        return None

    def _figures_below(self, index: int, row: list[CellValue], held: Held) -> None:
        """The figure row of a block whose first row named it: read under that name (with
        the cells merged down over the block), then the rows above it."""
        first = self.sheet.rows[held.first]
        named = self._named_like(held.first, index, first, row)
        self._row(index, named, first_filled(named))
        kept = self.kept
        if kept is None or kept[0] != index:
            for other in held.rows:
                self.row_roles.append((other, "left out with its block's figure row"))
            return
        block = self._started(kept)
        for other in held.rows:
            other_row = self.sheet.rows[other]
            other_label = self.labels.label(other_row) if self.labels is not None else None
            if other_label is not None:
                self._under(other, other_row, other_label, block)
        block.last = index
        self.block = block
        self.under = (index, kept[1])

    def _named_like(
        self, first: int, index: int, top: list[CellValue], row: list[CellValue]
    ) -> list[CellValue]:
        """The figure row with the cells naming its indicator taken from the block's first
        row where its own are blank: the name, code and what the indicator is, and any cell
        merged down over both rows."""
        named = list(row) + [None] * max(0, len(top) - len(row))
        columns = {c.index for c in self.header.columns if c.field in _NAMING}
        for top_row, left, bottom, right in self.sheet.merged:
            if top_row == first and bottom >= index:
                columns.update(range(left, right + 1))
        periods = {c.index for c in self.figure_cols}
        for position in columns - periods:
            if position < len(top) and cells.is_blank(named[position]):
                named[position] = top[position]
        return named

    # -- asked about ------------------------------------------------------------------------------

    def _second_figure_row(self, index: int, text: str, indicator: ParsedIndicator) -> None:
        assert self.labels is not None
        self.notes.doubt(
            self.sheet.name,
            index,
            self.labels.column,
            f"'{short(indicator.code or indicator.name)}' has a second row of its own figures "
            f"labelled '{short(text, 30)}' — which row is the indicator's? (label the other "
            "row as what it holds, or give it a name of its own)",
            kind="second figure row",
        )
        self.row_roles.append((index, "left out: a second figure row of the indicator above"))

    def _two_fields(
        self,
        index: int,
        col: int,
        indicator: ParsedIndicator,
        observation: ParsedObservation,
        kind: Kind,
        kept: object,
        other: object,
    ) -> None:
        self.notes.doubt(
            self.sheet.name,
            index,
            col,
            f"'{short(indicator.code or indicator.name)}' {observation.period.label} is given "
            f"two {_NOUNS[kind]}, {_shown(kept)} and {_shown(other)}, by two rows of its "
            f"block — which is right? (the first, {_shown(kept)}, is kept)",
            kind=f"two {_NOUNS[kind]}",
        )


def _same(indicator: ParsedIndicator, name: str, code: str) -> bool:
    """A row naming nothing, or its indicator's name or code again."""
    return (not name or name == indicator.name) and (not code or code == (indicator.code or ""))


def _by_column(found: list[ParsedObservation]) -> dict[int, ParsedObservation]:
    return {from_a1(o.cell)[1]: o for o in found if o.cell}


def _shown(value: object) -> str:
    return f"{value:g}" if isinstance(value, float) else f"'{value}'"
