"""Read one data cell of a scorecard row: its number, text, RAG and what it adds to an observation."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from desktop.scorecard import vocabulary
from desktop.scorecard.layout import (
    case_cells,
    count_share_cells,
    date_results,
    figure_units,
    keys,
    met_answers,
    percent_spill,
    second_lines,
    significance,
    swatch_keys,
    zero_cells,
)
from desktop.scorecard.layout.figure_ratings import FigureRatings
from desktop.scorecard.layout.header import Column, text_of
from desktop.scorecard.layout.notes import Notes, a1
from desktop.scorecard.model import ParsedObservation, Period, Polarity, Rag, plain_figure
from desktop.scorecard.parse import (
    arrow_figures,
    benchmark_targets,
    cases,
    cells,
    change_targets,
    count_shares,
    dated_comparators,
    durations,
    figure_targets,
    new_measures,
    profile_targets,
    quarter_targets,
    ratios,
    values,
    written_fractions,
    year_targets,
    zero_words,
)
from desktop.scorecard.parse.targets import parse_target
from desktop.scorecard.read.cellrefs import column_letters
from desktop.scorecard.read.grid import CellStyle, CellValue, Sheet

# a value followed by the counts behind it: "92% (45/49)", "92% (45 of 49)"
_COUNTED = re.compile(
    r"(?P<value>[^()]*\d[^()]*?)\s*\(\s*(?P<num>\d[\d,]*)\s*(?:/|of|out of)\s*(?P<den>\d[\d,]*)\s*\)",
    re.I,
)

# a cell that starts like a figure ("45 (see note)", "1.2k", "10-12"): a number with words
# around it that the parser does not know, where a careful reader might see a figure
_FIGURE_AND_WORDS = re.compile(rf"^[-+\u2212]?\s*{vocabulary.MONEY_SIGN}?\s*\d")

# one column's reader, worked out once per sheet: (row index, row, period) -> observation
Observe = Callable[[int, list[CellValue], Period], ParsedObservation | None]
# one column's addition to an observation: (observation, row index, row)
Apply = Callable[[ParsedObservation, int, list[CellValue]], None]


def _at(row: list[CellValue], index: int) -> CellValue:
    return row[index] if 0 <= index < len(row) else None


def short(text: str, size: int = 40) -> str:
    """Text cut to fit in a one-line warning."""
    text = " ".join(text.split())
    return text if len(text) <= size else text[: size - 1] + "…"


class CellReader:
    """Turns cells into observations and fills in target, RAG, comparators and commentary."""

    def __init__(
        self,
        sheet: Sheet,
        notes: Notes,
        decimal_comma: bool,
        key: keys.Key | None = None,
        swatches: swatch_keys.Swatches | None = None,
    ) -> None:
        self.sheet = sheet
        self.key: keys.Key = key or {}
        # the file's key of shadings (a pattern, a grey) beside their meanings
        self.swatches: swatch_keys.Swatches = swatches or {}
        self.notes = notes
        self.decimal_comma = decimal_comma
        self.unit: str | None = None  # the first unit a value of the current row carried
        self.target_says: Polarity | None = None  # "≥ 95%" says higher is better
        self.band: tuple[float, float] | None = None  # a target written "90–95%"
        self.row_name = ""  # the name of the indicator the current row reads
        self.row_unit = ""  # the row's unit cell as typed ('Ratio', '%'), where it has one
        self.date_row: bool | None = None  # the current row answers with dates (worked out once)
        # the current row's period cells are all words ('On schedule', 'Delayed'): a
        # milestone's; None where the shape does not say (each observation then says alone)
        self.word_row: bool | None = None
        self.scaled = False  # a value of the current row was typed with its scale ("£1.2m")
        # figures of the current row read in a time unit: (observation, field, seconds in one)
        self.timed: list[tuple[ParsedObservation, str, int]] = []
        self.timed_letters = 0  # of them, figures whose unit is a letter alone ('4h')
        # how the table's figure cells carry ratings ('78.4% (A)'); None when they carry none
        self.figure_ratings: FigureRatings | None = None
        # observations rated by their figure cell, for a RAG column beside them to agree with
        self.figure_rags: dict[int, Rag] = {}
        # '57 (84%)' cells whose row does not say which figure it measures, settled at the end
        self.held_shares: list[count_share_cells.Held] = []
        # '12 of 15' cells read as the rate they stand for, for the row's target to check
        self.cases_read: list[case_cells.Read] = []
        # figures typed with a mark saying how sure they are ('c.138,000', '66.8p', '85%
        # (est.)'): each cell read as its number -> the cell as typed, for the report
        self.marked: dict[str, str] = {}
        # the periods the sheet's headings write each part of a year as ('Q2' -> Q2 2024/25),
        # to date a profile typed in a year's target cell ('97% (Q2 profile 56%)')
        self.written_periods: dict[tuple[str, int], set[str]] = {}
        # a note line of the sheet says a figure cell's second line explains its figure
        self._second_lines_explained: bool | None = None
        # 'Nil', 'None' (where the sheet's key says it means none happened) in figure cells,
        # read as 0 once the table is read where their row holds figures
        self.zero_held: list[zero_cells.Held] = []
        self._keyed_zero: frozenset[str] | None = None  # the words the sheet's key gives as 0
        # the fill the current row carries across as its styling (``filled_rows``): no
        # figure or status cell of the row is rated by it
        self.row_fill: str | None = None

    def start_row(self, name: str = "", unit: str = "") -> None:
        self.unit = None
        self.target_says = None
        self.band = None
        self.row_name = name
        self.row_unit = unit
        self.scaled = False
        self.timed = []
        self.timed_letters = 0
        self.date_row = None
        self.word_row = None
        self.row_fill = None

    def _format(self, style: CellStyle | None, value: CellValue) -> str | None:
        """The number format to read a cell of the current row with: a percent format
        spilled over a row whose own unit says it is no percentage is not applied."""
        fmt = style.number_format if style else None
        if fmt is None:
            return None
        return percent_spill.reading_format(fmt, value, self.row_unit, self.row_name)

    def _answers_with_dates(self, row: list[CellValue]) -> bool:
        if self.date_row is None:
            self.date_row = date_results.is_date_result(self.row_name, row)
        return self.date_row

    def _clock(self, value: CellValue, column: Column) -> cells.Number | None:
        """ "2:35" where the name, heading or the row's unit cell ('mm:ss') says the figures
        are times: a duration."""
        if not isinstance(value, str):
            return None
        clock = (
            durations.clock_of_name(self.row_name)
            or durations.clock_of_name(column.header)
            or durations.clock_format(self.row_unit)
        )
        seconds = durations.parse_duration(value, clock) if clock is not None else None
        return cells.Number(seconds, None, durations.SECONDS) if seconds is not None else None

    def _ratio(self, index: int, position: int, column: Column, text: str) -> cells.Number | None:
        """'18:1', '1:3.2' where the row says its figures are ratios against one: the figure
        set against the one; a ratio with neither side one ('3:2') is doubted."""
        figure = ratios.against_one(text)
        if figure is None or not ratios.says_ratio(self.row_unit, self.row_name, column.header):
            return None
        if figure == ratios.UNSIDED:
            self.notes.doubt(
                self.sheet.name,
                index,
                position,
                f"'{short(text)}' is a ratio with neither side one, and nothing says which side "
                "is the figure — write it against one ('1.5:1') or as the number alone",
                kind="ratio not read",
            )
            return cells.Number(None, text.strip(), None)
        return cells.Number(figure, None, None)

    def _in_time_unit(self, observation: ParsedObservation, field: str, unit: str | None) -> None:
        """Keep a row's times on one scale: '3 mins' beside '2 mins 30 secs' (or an Excel
        time) is put in seconds, with every other time of the row; so is a target '4h'
        beside '2h 15m', but not '4h' beside '3h' (nothing says the letter is hours)."""
        size = durations.seconds_in(unit)
        letter = durations.seconds_in_letter(unit) if size is None else None
        if size is None and letter is None:
            return
        self.timed.append((observation, field, size or letter or 1))
        self.timed_letters += letter is not None
        # '4h' beside '3h' alone keeps its letter: only a time unit in words says it is hours
        if len({s for _, _, s in self.timed}) < 2 or len(self.timed) <= self.timed_letters:
            return
        for timed, name, each in self.timed:
            figure = getattr(timed, name)
            if figure is not None and each != 1:
                setattr(timed, name, figure * each)
        self.timed = [(o, name, 1) for o, name, _ in self.timed]
        self.unit = durations.SECONDS

    def _text_target(self, text: str) -> cells.Number:
        """'Minimum 98%', '≤ 2.5%', '90–95%': the number (a band keeps both ends, no number)."""
        found = parse_target(text, decimal_comma=self.decimal_comma)
        if found is None:
            return cells.Number(None, text, None)
        if found.polarity is not None:
            self.target_says = found.polarity
        if found.low is not None and found.high is not None:
            self.band = (found.low, found.high)
        return cells.Number(found.value, None, found.unit)

    def observation(
        self, index: int, row: list[CellValue], column: Column, period: Period
    ) -> ParsedObservation | None:
        value = _at(row, column.index)
        cell = a1(index, column.index)
        error = self.sheet.errors.get((index, column.index))
        if error is not None:
            self.notes.warn(
                f"{self.sheet.name}!{cell}: {error} read as a missing value", kind="error value"
            )
            return ParsedObservation(period, actual_text=error, sheet=self.sheet.name, cell=cell)
        if cells.is_blank(value):
            return None
        arrow = arrow_figures.split(value) if isinstance(value, str) else None
        if arrow is not None:  # '61 ▲', '83.5% ► Amber': the arrow is the trend, not the figure
            value = arrow.text
        rated: Rag | None = None
        if self.figure_ratings is not None and value.__class__ is str:
            rated, value = self._rated_figure(index, column, value)
        note = None
        if value.__class__ is str and "\n" in str(value):
            found = self._second_line(value)
            if found is not None:
                value, note = found.figure, found.note
        style = self.sheet.styles.get((index, column.index))
        parsed = cells.number(value, self._format(style, value), decimal_comma=self.decimal_comma)
        if parsed.value is None:
            parsed = self._clock(value, column) or parsed
            if parsed.value is None and value.__class__ is str:
                parsed = self._ratio(index, column.index, column, str(value)) or parsed
        elif value.__class__ is str and self._scale_in_percent_row(str(value), parsed.unit):
            # '4/5' in a '%' row: 4 of 5 cases (80%), not a score out of 5
            parsed = cells.Number(None, str(value).strip(), None)
        elif value.__class__ is str and self._fraction_in_percent_row(str(value), parsed.unit):
            self._fraction_doubt(index, column, str(value))
            parsed = cells.Number(None, str(value).strip(), None)
        elif value.__class__ is str and figure_units.unknown_unit(
            parsed.unit, self.row_name, column.header
        ):
            self._unknown_unit(index, column, str(value), parsed.unit or "")
            parsed = cells.Number(None, str(value).strip(), None)
        observation = ParsedObservation(
            period, actual=parsed.value, actual_text=parsed.text, sheet=self.sheet.name, cell=cell
        )
        if note is not None:
            observation.commentary = note
        shared = False
        if parsed.value is None and parsed.text is not None:
            shared = self._count_share(observation, parsed.text, index, column)
            if not shared:
                self._counted(observation, parsed.text)
        if observation.actual is None and parsed.text is not None and not shared:
            self._with_target(observation, parsed.text, column)
        if observation.actual is None and parsed.text is not None and not shared:
            shared = self._cases(observation, parsed.text, index, column)
        if observation.actual is None and parsed.text is not None and not shared:
            marker = parsed.text.strip().lower()
            if value.__class__ is str and self._zero_word(observation, parsed.text):
                pass  # 'Nil': 0 where its row holds figures, settled once the table is read
            elif isinstance(value, dt.date) and self._answers_with_dates(row):
                fmt = style.number_format if style else None
                observation.actual_text = date_results.shown(value, fmt)
            elif isinstance(value, dt.date):
                self.notes.doubt(
                    self.sheet.name,
                    index,
                    column.index,
                    f"a date ({parsed.text}) stands where figures are — Excel turns a typed "
                    "'3/4' or '1-2' into a date; type the figure again (as text if needed)",
                    kind="date among figures",
                )
            elif figure_targets.is_pair(parsed.text):
                self.notes.doubt(
                    self.sheet.name,
                    index,
                    column.index,
                    f"'{short(parsed.text)}' is two figures: a count over its target, or a "
                    "numerator over its denominator — the sheet does not say which; put them "
                    "in columns of their own, or say which in the heading ('Actual / Target')",
                    kind="figure not read",
                )
            elif self._answers_with_dates(row) and date_results.names_a_day(parsed.text):
                pass  # '24th July 2024' typed in a row that answers with dates: its answer
            elif self.notes.doubted(self.sheet.name, cell):
                pass  # said already: letters after the figure that are no unit
            elif ratios.is_one_in_n(parsed.text):
                self.notes.warn(
                    f"{self.sheet.name}!{cell}: '{short(parsed.text)}' is a rounded share in "
                    "words, no figure — kept as text",
                    kind="share in words",
                )
            elif _starts_with_figure(marker) and marker not in cells.MISSING_MARKERS:
                self.notes.doubt(
                    self.sheet.name,
                    index,
                    column.index,
                    f"'{short(parsed.text)}' starts with a figure but is not one this "
                    "importer can read exactly — write the number alone (notes in a comment "
                    "column), or import with --accept to keep the cell's text",
                    kind="figure not read",
                )
            elif (
                marker not in cells.MISSING_MARKERS
                and not marker.startswith("<")
                and not new_measures.no_figure_yet(marker)  # 'New for 2024/25': no figure yet
            ):
                self.notes.warn(
                    f"{self.sheet.name}!{cell}: '{short(parsed.text)}' is not a number — "
                    "kept as text",
                    kind="not a number",
                )
        if (
            style is not None
            and style.fill
            and style.fill != self.row_fill
            and cells.rag_fill(style.fill) is not None
        ):
            observation.rag = cells.rag_fill(style.fill)
        if rated is not None:
            self._figure_rag(observation, rated)
        if parsed.unit and self.unit is None:
            self.unit = parsed.unit
        if parsed.value is not None:
            self._in_time_unit(observation, "actual", parsed.unit)
        if parsed.value is not None and cells.written_with_scale(value):
            self.scaled = True
        if parsed.value is not None and value.__class__ is str and values.figure_mark(value):
            self.marked.setdefault(cell, str(value))
        if arrow is not None and parsed.value is not None:
            observation.direction_text = arrow.arrow
        return observation

    def _zero_word(self, observation: ParsedObservation, text: str) -> bool:
        """'Nil', 'Zero', or 'None' where the sheet's key says it means none happened: held
        to be read as 0 once the table is read (``zero_cells``). True when so held."""
        if self._keyed_zero is None:
            self._keyed_zero = zero_cells.sheet_key(self.sheet)
        if not zero_words.is_zero_word(text, self._keyed_zero):
            return False
        self.zero_held.append(zero_cells.Held(observation, " ".join(text.split())))
        return True

    def _second_line(self, value: CellValue) -> second_lines.Split | None:
        """A cell typed as a figure over a note ('312\\nQ2 data not yet validated')."""
        if self._second_lines_explained is None:
            self._second_lines_explained = second_lines.sheet_explains(self.sheet)
        return second_lines.split(
            value, explained=self._second_lines_explained, decimal_comma=self.decimal_comma
        )

    def warn_marked(self) -> None:
        """One line saying how many figures carried a mark saying how sure they are: each
        is read as its number, and the mark is not kept."""
        if not self.marked:
            return
        cell, typed = next(iter(self.marked.items()))
        count = len(self.marked)
        self.notes.warn(
            f"{self.sheet.name}!{cell}: {count} figure{'s' if count > 1 else ''} typed with a "
            f"mark saying {'they are' if count > 1 else 'it is'} approximate, estimated, "
            f"provisional, revised or of low reliability (e.g. '{short(typed, 20)}') — read as the number, "
            "the mark not kept",
            kind=f"marked figures:{self.sheet.name}",
        )

    def _unknown_unit(self, index: int, column: Column, text: str, unit: str) -> None:
        """'35.2abc', '12 widgets': letters after the figure that are no unit the importer
        knows, nor a word of the indicator's name or the heading — a slip or a mark."""
        self.notes.doubt(
            self.sheet.name,
            index,
            column.index,
            f"'{short(text)}' ends in '{short(unit, 20)}', which is no unit this importer "
            "knows nor a word of the indicator's name — write the number alone (the unit in "
            "the name or a unit column), or import with --accept to keep the cell's text",
            kind="unknown unit",
        )

    def _rated_figure(self, index: int, column: Column, text: str) -> tuple[Rag | None, str]:
        """'78.4% (A)', 'G - 91%': the rating and the figure's text, where the table rates
        in its figure cells; a lone r the table cannot tell from a revised mark is doubted."""
        assert self.figure_ratings is not None
        found = self.figure_ratings.split(text)
        if found is None:
            return None, text
        meaning = self.figure_ratings.rating(found)
        if meaning == "revised":
            return None, text
        if meaning == "unclear":
            self.notes.doubt(
                self.sheet.name,
                index,
                column.index,
                f"the '{found.token}' in '{short(text)}' may be a red rating or the mark of a "
                "revised figure, and this file does not say which — add a key ('R = Red' or "
                "'r = revised'), or put the rating in a column of its own",
                kind="figure mark or rating",
            )
            return None, text
        return meaning, found.figure

    def _figure_rag(self, observation: ParsedObservation, rated: Rag) -> None:
        """The rating typed with the figure, over the cell's colour (a disagreement noted)."""
        if observation.rag is not None and observation.rag != rated:
            self.notes.warn(
                f"{self.sheet.name}!{observation.cell}: the rating typed with the figure says "
                f"{rated} but the cell colour says {observation.rag} — the typed rating is used",
                kind="rag colour disagrees",
            )
        observation.rag = rated
        self.figure_rags[id(observation)] = rated

    def _count_share(
        self, observation: ParsedObservation, text: str, index: int, column: Column
    ) -> bool:
        """ "96 (54%)", "12 of 40 (30%)", "30% (12)": the figure the indicator measures, as
        its name or the heading says; held until the row's unit and targets are known where
        neither says. True when the cell is such a pair (read, held or doubted)."""
        pair = count_shares.split(text, decimal_comma=self.decimal_comma)
        if pair is None:
            return False
        held = count_share_cells.Held(observation, pair, short(text), index, column.index)
        said = count_shares.measured_by(self.row_name)
        if said is None:
            heading = count_shares.measured_by(column.header)
            said = heading if heading != "unclear" else None
        if said is None and pair.worked:
            said = "share"  # '62.5% (5/8)': a rate shown with the cases behind it
        if said == "count" and pair.count is None:
            count_share_cells.doubt(
                self.notes, self.sheet.name, held, "the name speaks of a count the cell lacks"
            )
        elif said == "unclear":
            count_share_cells.doubt(
                self.notes,
                self.sheet.name,
                held,
                "the name speaks of both (or of a rate "
                "per head) and does not say which is the figure",
            )
        elif said is not None:
            count_share_cells.take(observation, pair, said)
            if said == "share" and self.unit is None:
                self.unit = "%"
        else:
            self.held_shares.append(held)
        return True

    def _scale_in_percent_row(self, text: str, unit: str | None) -> bool:
        """'4/5', '3/10' read as a score out of 5 or a rate per 10, in a row whose own unit
        says percentages: cases out of cases due, as '45/60' beside it is."""
        return (
            unit is not None
            and unit != "%"
            and cases.split(text) is not None
            and percent_spill.row_unit(self.row_unit, self.row_name)[0] == "%"
        )

    def _fraction_in_percent_row(self, text: str, unit: str | None) -> bool:
        """'¾' with no whole number and no '%' in a row whose own unit says percentages:
        Word writes a typed '3/4' so, and there it may as well be 3 of 4 cases (75%) as
        three quarters of a per cent."""
        return (
            unit != "%"
            and written_fractions.is_lone_character(text)
            and percent_spill.row_unit(self.row_unit, self.row_name)[0] == "%"
        )

    def _fraction_doubt(self, index: int, column: Column, text: str) -> None:
        self.notes.doubt(
            self.sheet.name,
            index,
            column.index,
            f"'{short(text)}' is a fraction on its own in a percentage row — a fraction of "
            "a per cent, or cases out of cases due typed '3/4'? — write the percentage "
            "('75%') or the cases ('3 of 4')",
            kind="figure not read",
        )

    def _cases(self, observation: ParsedObservation, text: str, index: int, column: Column) -> bool:
        """ "12 of 15", "3 out of 4" in a row whose own unit says percentages: the rate it
        stands for, its cases kept as numerator and denominator. True when so read."""
        found = cases.split(text)
        if found is None and not cases.none_due(text):
            return False
        if percent_spill.row_unit(self.row_unit, self.row_name)[0] != "%":
            return False
        if found is None:  # '0/0': none due, so no rate to read; kept as typed
            observation.actual, observation.actual_text = None, " ".join(text.split())
            self.notes.warn(
                f"{self.sheet.name}!{a1(index, column.index)}: '{short(text)}' — none due, so "
                "no rate can be worked out; kept as text",
                kind="none due",
            )
            return True
        case_cells.take(observation, found)
        self.cases_read.append(case_cells.Read(observation, text, index, column.index))
        if self.unit is None:
            self.unit = "%"
        return True

    def _counted(self, observation: ParsedObservation, text: str) -> None:
        """ "92% (45/49)": the rate, with the cases and the base it was worked out from."""
        found = _COUNTED.fullmatch(text.strip())
        if found is None:
            return
        inner = cells.number(found["value"], None, decimal_comma=self.decimal_comma)
        if inner.value is None:
            return
        observation.actual, observation.actual_text = inner.value, None
        observation.numerator = float(found["num"].replace(",", ""))
        observation.denominator = float(found["den"].replace(",", ""))
        if inner.unit and self.unit is None:
            self.unit = inner.unit

    def _with_target(self, observation: ParsedObservation, text: str, column: Column) -> None:
        """ "56.2% (target 57.0%)", "31 days (T: 28)": the figure, with its target beside it."""
        over = figure_targets.says_figure_over_target(
            self.row_name
        ) or figure_targets.says_figure_over_target(column.header)
        found = figure_targets.figure_and_target(
            text, over_target=over, decimal_comma=self.decimal_comma
        )
        if found is None:
            return
        observation.actual, observation.actual_text = found.figure.value, None
        observation.target = found.target.value
        if found.target.polarity is not None:
            self.target_says = found.target.polarity
        if found.target.low is not None and found.target.high is not None:
            self.band = (found.target.low, found.target.high)
        if found.figure.unit and self.unit is None:
            self.unit = found.figure.unit

    def observer(self, column: Column) -> Observe:
        """``observation`` for one column, with the sheet-wide checks done once.

        A plain number in a sheet without styles or error cells (the usual case) is read
        straight away; anything else goes through ``observation``.
        """
        position = column.index
        sheet = self.sheet
        if position < 0 or sheet.styles or sheet.errors:
            return lambda index, row, period: self.observation(index, row, column, period)
        letters = column_letters(position)
        name = sheet.name

        def observe(index: int, row: list[CellValue], period: Period) -> ParsedObservation | None:
            value = row[position] if position < len(row) else None
            if value.__class__ is float and value == value:  # a number, not NaN
                return plain_figure(period, value, name, f"{letters}{index + 1}")
            return self.observation(index, row, column, period)

        return observe

    def applier(self, column: Column) -> Apply:
        """``apply`` for one column, with what is the same on every row worked out once."""
        position = column.index
        name = column.field or ""
        if position < 0 or self.sheet.styles:
            return lambda observation, index, row: self.apply(observation, index, row, column)
        if name == "rag" and cells.rag_fill(None) is None and not self.key:
            return self._rag_applier(column)
        if name == "commentary":
            return self._commentary_applier(column)
        if column.band_end is not None:
            return lambda observation, index, row: self.apply(observation, index, row, column)
        if name == "comparator":
            return self._comparator_applier(column)
        if name not in ("target", "numerator", "denominator"):
            return lambda observation, index, row: self.apply(observation, index, row, column)
        # a plain number goes straight into its field: one closure per field, so that the
        # cells of a long table's every row cost no call beyond the applier's own
        if name == "target":

            def target(observation: ParsedObservation, index: int, row: list[CellValue]) -> None:
                value = row[position] if position < len(row) else None
                if value.__class__ is float and value == value:  # a number, not NaN
                    observation.target = value
                else:
                    self.apply(observation, index, row, column)

            return target

        if name == "numerator":

            def numerator(observation: ParsedObservation, index: int, row: list[CellValue]) -> None:
                value = row[position] if position < len(row) else None
                if value.__class__ is float and value == value:
                    observation.numerator = value
                else:
                    self.apply(observation, index, row, column)

            return numerator

        def denominator(observation: ParsedObservation, index: int, row: list[CellValue]) -> None:
            value = row[position] if position < len(row) else None
            if value.__class__ is float and value == value:
                observation.denominator = value
            else:
                self.apply(observation, index, row, column)

        return denominator

    def _comparator_applier(self, column: Column) -> Apply:
        position = column.index
        compared = column.comparator or ""

        def comparator(observation: ParsedObservation, index: int, row: list[CellValue]) -> None:
            value = row[position] if position < len(row) else None
            if value.__class__ is float and value == value:  # a number, not NaN
                observation.comparators[compared] = value
            else:
                self.apply(observation, index, row, column)

        return comparator

    def _rag_applier(self, column: Column) -> Apply:
        position = column.index
        known: dict[str, Rag | None] = {}  # a RAG column repeats a handful of words

        def rag(observation: ParsedObservation, index: int, row: list[CellValue]) -> None:
            value = row[position] if position < len(row) else None
            if value.__class__ is str:
                try:
                    found = known[value]
                except KeyError:
                    found = known[value] = cells.rag_text(value)
            else:
                found = cells.rag_text(value)
            prior = self.figure_rags.get(id(observation)) if self.figure_rags else None
            if found is not None:
                observation.rag = found
            else:
                self._rag(observation, index, column, value, None)
            if prior is not None:
                self._agree(observation, prior, index, column)

        return rag

    def _commentary_applier(self, column: Column) -> Apply:
        position = column.index

        def commentary(observation: ParsedObservation, index: int, row: list[CellValue]) -> None:
            value = row[position] if position < len(row) else None
            if value is None or (value.__class__ is str and not value.strip()):
                return
            observation.commentary = second_lines.joined(observation.commentary, str(value).strip())

        return commentary

    def apply(
        self, observation: ParsedObservation, index: int, row: list[CellValue], column: Column
    ) -> None:
        position = column.index
        value = row[position] if position < len(row) else None
        name = column.field or ""
        style = self.sheet.styles.get((index, position)) if self.sheet.styles else None
        if name == "rag":
            prior = self.figure_rags.get(id(observation)) if self.figure_rags else None
            fill, font = (style.fill, style.font) if style else (None, None)
            if fill is not None and fill == self.row_fill:
                fill = None  # the row's styling, not this cell's rating
            self._rag(observation, index, column, value, fill, font, self._shaded(index, column))
            if prior is not None:
                self._agree(observation, prior, index, column)
            return
        if value is None or (value.__class__ is str and not value.strip()):
            return
        if name == "commentary":
            observation.commentary = second_lines.joined(observation.commentary, str(value).strip())
            return
        if name == "direction":
            observation.direction_text = text_of(value)
            return
        if name == "target" and value.__class__ is str and "\n" in str(value):
            # '80%\n(national 60%)': the target over a note on it (a target is what is
            # expected, so a second line saying so leaves it a target)
            found = second_lines.split(value, explained=True, decimal_comma=self.decimal_comma)
            if found is not None:
                value = found.figure
        if name == "target" and value.__class__ is str:
            own = year_targets.figure_for(str(value), observation.period)
            if own == "":  # the cell names other years' targets only
                return
            if own is None:
                own = self._profiled(index, column, str(value), observation.period, whole=True)
                if own == profile_targets.UNDATED:
                    return
            if own is None:
                own = self._quarter_listed(index, column, str(value), observation)
                if own == "":  # no target for this period
                    return
            if own is not None:
                value = own
        if name == "comparator":  # '62.1 (2022/23)': the comparator's figure, for its year
            value = dated_comparators.figure(value) or value
        fmt = self._format(style, value)
        parsed = cells.number(value, fmt, decimal_comma=self.decimal_comma)
        if name == "target" and column.band_end is not None and self._band_end(index, row, column):
            return
        if parsed.value is None and name == "target":
            parsed = self._clock(value, column) or parsed
            if parsed.value is None and isinstance(value, str):
                parsed = self._ratio(index, position, column, value) or parsed
                if self.notes.doubted(self.sheet.name, a1(index, position)):
                    return  # '3:2': neither side is one
        elif value.__class__ is str and self._scale_in_percent_row(str(value), parsed.unit):
            # '4/5' in a '%' row: 4 of 5 cases (80%), not a score out of 5
            parsed = cells.Number(None, str(value).strip(), None)
        elif value.__class__ is str and self._fraction_in_percent_row(str(value), parsed.unit):
            self._fraction_doubt(index, column, str(value))
            return
        elif value.__class__ is str and figure_units.unknown_unit(
            parsed.unit, self.row_name, column.header
        ):
            self._unknown_unit(index, column, str(value), parsed.unit or "")
            return
        if parsed.value is None and name == "target" and isinstance(value, str):
            parsed = self._text_target(value)
            if parsed.value is None and self.band is not None:
                return  # a band: its ends go on the indicator
            change = change_targets.written(value) if parsed.value is None else None
            if change is not None:
                figure = change_targets.read(change, self.row_name, self.row_unit)
                if figure is None:
                    self.notes.doubt(
                        self.sheet.name,
                        index,
                        position,
                        f"target '{short(value)}' is a change by so much, but "
                        f"'{short(self.row_name)}' is not named as a change of that kind "
                        "from a stated base (e.g. '% change in ... from the 2019/20 "
                        "baseline', 'Reduction in ... on last year') — give the figure to "
                        "reach, signed (e.g. '-20%')",
                        kind="change target",
                    )
                    return
                parsed = cells.Number(figure, None, "%" if change.percent else None)
            if parsed.value is None and _answers_a_word_result(observation, value):
                self.notes.skip(
                    self.sheet.name,
                    a1(index, position),
                    f"target '{short(value)}' is the answer a word result should give, "
                    "not a figure",
                )
                return
            if parsed.value is None and self.date_row and date_results.names_a_day(value):
                self.notes.skip(
                    self.sheet.name,
                    a1(index, position),
                    f"target '{short(value)}' is a date for a result that is a date, not a figure",
                )
                return
            if parsed.value is None and ratios.is_one_in_n(value):
                self.notes.skip(
                    self.sheet.name,
                    a1(index, position),
                    f"target '{short(value)}' is a rounded share in words, no figure",
                )
                return
            if parsed.value is None and self._deadline(observation, index, position, value):
                return
            if parsed.value is None and not new_measures.says_no_target(value):
                self.notes.doubt(
                    self.sheet.name,
                    index,
                    position,
                    _why_no_target(value),
                    kind="text target",
                )
                return
        comparator = name == "comparator"
        if name == "target" and isinstance(value, dt.date):
            shown = date_results.shown(value, fmt)
            if self._deadline(observation, index, position, shown):
                return
        if parsed.value is None:
            if not comparator:
                self.notes.skip(
                    self.sheet.name,
                    a1(index, position),
                    f"{name} '{short(text_of(value))}' is not a number",
                )
            return
        if comparator:
            observation.comparators[column.comparator or ""] = parsed.value
        elif name in ("target", "numerator", "denominator"):
            setattr(observation, name, parsed.value)
            if name == "target":
                self._in_time_unit(observation, name, parsed.unit)

    def _profiled(
        self, index: int, column: Column, text: str, period: Period, whole: bool = False
    ) -> str | None:
        """Of a year's target cell with a period's profile in brackets ('97% (Q2 profile
        56%)'): the profile ``period`` takes, or (``whole``) the year's target where no
        bracket names it; None for a cell not written so. A bracket naming a period the
        sheet cannot date is doubted at its cell (``profile_targets.UNDATED``)."""
        year = _year_of(column)
        find = profile_targets.figure_for if whole else profile_targets.profile_for
        found = find(text, period, year, self.written_periods)
        if found == profile_targets.UNDATED:
            self.notes.doubt(
                self.sheet.name,
                index,
                column.index,
                f"target '{short(text)}' gives a profile in brackets for a period this sheet "
                "does not date — put the profile in a column of its own headed by its period "
                "(e.g. 'Q2 2024/25 target')",
                kind="profile period unsure",
            )
        return found

    def _quarter_listed(
        self, index: int, column: Column, text: str, observation: ParsedObservation
    ) -> str | None:
        """Of a target cell listing a target for each quarter ('Q1 48% / Q2 50% / Q3 42%'):
        the figure it lists for the observation's quarter, '' where it lists none for it (or
        the cell is doubted); None for a cell not written so. A figure for no quarter (the
        year's, a month's) takes none, said in a warning; quarters the sheet cannot date
        are doubted at the target's cell."""
        period = observation.period
        found = quarter_targets.figure_for(
            text, period, _year_of(column), self.written_periods, self.decimal_comma
        )
        if found == quarter_targets.NOT_A_QUARTER:  # a year's or a month's figure
            self.notes.skip(
                self.sheet.name,
                a1(index, column.index),
                f"target '{short(text)}' lists a target for each quarter; the figure at "
                f"{observation.cell} is for {period.label}, not a quarter, and has none from it",
            )
            return ""
        if found == quarter_targets.UNDATED:
            self.notes.doubt(
                self.sheet.name,
                index,
                column.index,
                f"target '{short(text)}' lists a target for each quarter, and this sheet "
                "does not say which year's quarters they are — put them in columns of their "
                "own headed by their quarters (e.g. 'Q2 2024/25 target')",
                kind="quarter targets undated",
            )
            return ""
        return found

    def profile(
        self, index: int, row: list[CellValue], column: Column, period: Period
    ) -> float | None:
        """The figure a year's target cell gives ``period`` as its profile in brackets
        ('97% (Q2 profile 56%)' for Q2) or in a list of quarters' targets ('Q1 48% / Q2
        50%'), or None where it gives none."""
        value = _at(row, column.index)
        if not isinstance(value, str):
            return None
        found = self._profiled(index, column, value, period)
        if found is None:
            found = quarter_targets.figure_for(
                value, period, _year_of(column), self.written_periods, self.decimal_comma
            )
        if found in (None, "", profile_targets.UNDATED, quarter_targets.NOT_A_QUARTER):
            return None
        return cells.number(found, decimal_comma=self.decimal_comma).value

    def _deadline(
        self, observation: ParsedObservation, index: int, position: int, shown: str
    ) -> bool:
        """'Complete by March 2025', 'Contracts awarded by December 2024' or a date cell
        (31/03/2025) where a milestone's target goes: a row whose period cells are all words
        ('On schedule', 'Delayed') has a deadline there, no figure to aim at. Said, and no
        target; on a row of figures the same words are still doubted as a target."""
        words = self.word_row
        if words is None:
            words = observation.actual is None and bool(observation.actual_text)
        if not words or not vocabulary.DEADLINE_IN_TEXT.search(shown):
            return False
        self.notes.skip(
            self.sheet.name,
            a1(index, position),
            f"target '{short(shown)}' is a milestone's deadline (its periods report progress "
            "in words), not a figure",
        )
        return True

    def _band_end(self, index: int, row: list[CellValue], column: Column) -> bool:
        """One end of a two-column band: with both ends numbers, the band goes on the
        indicator (True: no single target); a lone minimum or maximum is a plain target
        that says which way is good (False: read on as a target)."""
        own, other = (self._figure(index, row, c) for c in (column.index, column.partner))
        if own is not None and other is not None:
            low, high = (own, other) if column.band_end == "low" else (other, own)
            if low < high and self.band not in (None, (low, high)):
                self.notes.doubt(
                    self.sheet.name,
                    index,
                    column.index,
                    f"the row gives another target band ({low:g} to {high:g}) than "
                    f"{self.band[0]:g} to {self.band[1]:g} — one band per indicator is kept",
                    kind="target bands differ",
                )
                return True
            if low < high:
                self.band = (low, high)
                self.target_says = "on_target"
                return True
            if low > high:
                self.notes.doubt(
                    self.sheet.name,
                    index,
                    column.index,
                    f"the target band's low end {low:g} is above its high end {high:g}",
                    kind="target band reversed",
                )
                return True
            return False
        if own is not None and self.target_says is None:
            self.target_says = "higher_is_better" if column.band_end == "low" else "lower_is_better"
        return False

    def _figure(self, index: int, row: list[CellValue], position: int) -> float | None:
        style = self.sheet.styles.get((index, position)) if self.sheet.styles else None
        value = _at(row, position)
        fmt = self._format(style, value)
        return cells.number(value, fmt, decimal_comma=self.decimal_comma).value

    def _rag(
        self,
        observation: ParsedObservation,
        index: int,
        column: Column,
        value: CellValue,
        fill: str | None,
        font: str | None = None,
        shaded: keys.Meaning | None = None,
    ) -> None:
        """``shaded``: what the file's key of shadings says the cell's shading means."""
        keyed = keys.rating(self.key, value)
        inked = cells.symbol_ink(value, font)
        if keyed == "unclear" and inked is not None and inked != "unknown":
            keyed = inked  # one symbol keyed several ways, told apart by its font colour
        if keyed is None:  # 'N' under 'Target met?': not met
            keyed = met_answers.answer(column.header, value)
        if keyed is None:  # 'Similar' under 'Compared with England': amber
            keyed = significance.answer(column.header, value)
        levels = cells.rag_between(value) if isinstance(value, str) else None
        if levels is not None:  # "Amber/Green": a rating only where the file's key says which
            keyed = keyed or self.key.get(keys.between_token(levels))
            if keyed is None:
                self._between(observation, index, column, value, levels)
                return
            fill = None  # filled in the level's own shade (orange for R/A), no rating's colour
        if keyed == "unclear":  # the key gives this token two meanings: its text says neither
            self.notes.doubt(
                self.sheet.name,
                index,
                column.index,
                f"status '{short(text_of(value))}' has more than one meaning in this file's key "
                "(told apart only by colour or font) — write Red/Amber/Green in the cells",
                kind=f"rag not understood:{column.index}",
            )
            observation.rag = None
            return
        if keyed is None and isinstance(value, str) and _missing(value):
            return  # '-', 'n/a', 'tbc': the cell says there is no rating
        if keyed == "none" or (keyed is None and cells.rag_not_rated(value)):
            return  # "Blue"/"Completed"/"Data only": no rating, whatever the cell's colour
        from_fill = cells.rag_fill(fill)
        if from_fill is None and shaded in ("red", "amber", "green"):
            from_fill = shaded  # a pattern or a grey the key rates
        from_text = keyed or cells.rag_text(value)
        if from_text is not None:
            if from_fill is not None and from_fill != from_text:
                self.notes.warn(
                    f"{self.sheet.name}!{a1(index, column.index)}: RAG text says {from_text} "
                    f"but the cell colour says {from_fill} — the text is used",
                    kind="rag colour disagrees",
                )
            observation.rag = from_text
        elif from_fill is not None:
            observation.rag = from_fill
        elif inked == "none":
            return  # a grey symbol: not rated
        elif inked is not None and inked != "unknown":
            observation.rag = inked  # a symbol told apart only by its font colour
        elif inked == "unknown":
            self.notes.doubt(
                self.sheet.name,
                index,
                column.index,
                f"status '{short(text_of(value))}' is drawn in a colour (#{font}) that is not "
                "red, amber or green — write Red/Amber/Green or add a key",
                kind=f"rag not understood:{column.index}",
            )
            observation.rag = None
        elif not cells.is_blank(value):
            shown = short(text_of(value))
            reason = (
                f"status '{shown}' means 'completed' in some councils and 'target exceeded' "
                "in others — add a key saying which (e.g. 'Blue = completed')"
                if vocabulary.normalise(text_of(value)) in vocabulary.AMBIGUOUS_RATINGS
                else f"status '{shown}' is not a RAG word or symbol this file's key or the "
                "shared vocabulary knows — write Red/Amber/Green or add a key"
            )
            self.notes.doubt(
                self.sheet.name,
                index,
                column.index,
                reason,
                kind=f"rag not understood:{column.index}",
            )
            observation.rag = None

    def _shaded(self, index: int, column: Column) -> keys.Meaning | None:
        """What the file's key of shadings says a rating cell's own shading (a pattern, a
        grey) means. A blank cell shaded in a way the key gives two meanings, or in a way it
        does not show where the key rates by such shadings, is held for review at the cell."""
        if not self.swatches:
            return None
        row = self.sheet.rows[index] if index < len(self.sheet.rows) else []
        shade = swatch_keys.own_shading(self.sheet, index, column.index)
        if shade is None or swatch_keys.has_hue(shade):
            return None
        said = swatch_keys.meaning(self.swatches, shade)
        blank = column.index >= len(row) or cells.is_blank(row[column.index])
        if said == "unclear" and blank:
            swatch_keys.doubt_unclear(self.notes, self.sheet, index, column.index, shade)
        elif said is None and blank and swatch_keys.relies(self.swatches):
            swatch_keys.doubt_cell(self.notes, self.sheet, index, column.index, shade)
        return said

    def _agree(
        self, observation: ParsedObservation, typed: Rag, index: int, column: Column
    ) -> None:
        """A RAG column beside figures typed with their rating: a blank or unrated cell
        leaves the typed rating; another rating than the typed one is held for review."""
        if observation.rag is None:
            if not self.notes.doubted(self.sheet.name, a1(index, column.index)):
                observation.rag = typed
            return
        if observation.rag == typed:
            return
        self.notes.doubt(
            self.sheet.name,
            index,
            column.index,
            f"the status here says {observation.rag} but the figure at {observation.cell} is "
            f"typed as {typed} — correct one of them",
            kind="figure rating disagrees",
        )

    def _between(
        self,
        observation: ParsedObservation,
        index: int,
        column: Column,
        value: CellValue,
        levels: tuple[Rag, Rag],
    ) -> None:
        """A level between two ratings that no key places: unrated, and held for review."""
        shown = short(text_of(value))
        self.notes.doubt(
            self.sheet.name,
            index,
            column.index,
            f"status '{shown}' is a level between {levels[0]} and {levels[1]}, and this file "
            "does not say which of red/amber/green it counts as — add a key line such as "
            f"'{shown} = {levels[1].title()}', or import with --accept to leave it unrated",
            kind=f"rag between levels:{column.index}",
        )
        observation.rag = None


def _starts_with_figure(text: str) -> bool:
    """'45 (see note)', '10-12', or the same after a mark saying it is approximate ('c. 80-90',
    'approx. 40 – to be confirmed'): a figure with words the parser does not know."""
    if _FIGURE_AND_WORDS.match(text):
        return True
    marked = values.leading_mark(text)
    return marked is not None and _FIGURE_AND_WORDS.match(marked[1]) is not None


_YEARS = frozenset({"financial_year", "calendar_year", "academic_year"})


def _year_of(column: Column) -> Period | None:
    """The year a target column's heading names ('Target 2024/25'), if any."""
    return column.period if column.period is not None and column.period.kind in _YEARS else None


def _missing(text: str) -> bool:
    """'n/a', '-', 'tbc': the cell says there is no figure (not a figure we cannot read)."""
    key = text.strip().lower()
    return key in cells.MISSING_MARKERS or key in vocabulary.NO_TARGET


def _answers_a_word_result(observation: ParsedObservation, target: str) -> bool:
    """'Yes' or 'Compliant' as the target of a result written as a word ('No', 'Met'): the
    indicator is judged by its answer, and has no figure to aim at."""
    return (
        observation.actual is None
        and bool(observation.actual_text)
        and vocabulary.normalise(target) in vocabulary.WORD_RESULT_ANSWERS
        and vocabulary.normalise(observation.actual_text) in vocabulary.WORD_RESULT_ANSWERS
    )


def _why_no_target(value: str) -> str:
    """Why a target cell's words give no target, and what to write instead."""
    if benchmark_targets.is_benchmark_phrase(value):
        return (
            f"target '{short(value)}' is a position among other councils with no number — "
            "write the figure it stands for beside it (e.g. 'Top quartile (≥ 92.1%)')"
        )
    if profile_targets.has_bracketed_figure(value):
        return (
            f"target '{short(value)}' has a second figure in brackets that is not said to be "
            "a period's profile — give the target alone, or the profile as 'Q2 profile 56%'"
        )
    return (
        f"target '{short(value)}' is not a number or a range — give it as a number "
        "(e.g. 95%, 'at least 95%', '90–95%')"
    )
