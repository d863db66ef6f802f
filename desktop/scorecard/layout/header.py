"""Find a sheet's header row (one or two rows) and say what each column holds."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from desktop.scorecard import vocabulary
from desktop.scorecard.layout import (
    aims,
    as_at,
    average_columns,
    comparator_years,
    dated_relative,
    day_columns,
    figure_cells,
    finance_periods,
    fiscal_codes,
    four_weeks,
    head_nouns,
    heading_band,
    heading_slips,
    id_headings,
    joined_words,
    keyed_counts,
    last_year_brackets,
    last_year_dated,
    marked_figures,
    measure_targets,
    meeting_columns,
    month_spans,
    month_years,
    months_covered,
    months_elapsed,
    other_ratings,
    outturn_to_date,
    plan_targets,
    quarter_months,
    quarter_numbers,
    quarter_starts,
    rank_headings,
    rated_periods,
    relative,
    restated,
    rolling_columns,
    row_roles,
    share_bases,
    stamps,
    target_bands,
    term_years,
    tertials,
    to_date,
    typed_years,
    update_dates,
    value_words,
    year_abbreviations,
    year_banners,
    year_figure,
)
from desktop.scorecard.model import Period, Role, role_key, role_of_key
from desktop.scorecard.parse import cells, coded_headings, period_lines, periods
from desktop.scorecard.parse import tertials as parsed_tertials
from desktop.scorecard.parse.marks import drop_note_mark, unmark
from desktop.scorecard.read.grid import CellValue, Sheet

SCAN_ROWS = 40  # header rows are searched among the first rows only
MIN_SCORE = 0.6  # a heading only partly matching below this is "not placed"
# columns that carry values observed in a period
PERIOD_FIELDS: frozenset[Role] = frozenset(
    {"actual", "target", "rag", "numerator", "denominator", "direction", "commentary"}
)
_YEARS = frozenset({"financial_year", "academic_year", "calendar_year"})
# a bare "Quarter 1 (Apr-Jun)" reads as a period column until the title's year places it
_PLACEABLE: frozenset[Role | None] = frozenset({None, "period", *PERIOD_FIELDS})


@dataclass(slots=True)
class Column:
    index: int
    header: str
    field: Role | None  # what the cells hold ("ignore": nothing to read), None: not placed
    period: Period | None = None
    code: str | None = None  # an indicator code written in the heading ("CHN1 2010-11")
    series: str | None = None  # a measure named in the heading ("Relief duties: Q1 2024/25")
    why: str = ""  # what decided the role when not the heading's words ("saved mapping", cells)
    unanchored: bool = False  # 'Previous', 'This quarter' with no period named to count from
    comparator: str | None = None  # the comparator a "comparator" column gives ("England")
    band_end: str | None = None  # 'low'/'high': one end of a target band over two columns
    partner: int = -1  # the column of the band's other end
    doubt: str = ""  # why its period was withheld, for the review line ('quarters or months?')
    # a target set by others ('National target') giving the target where the council's own
    # target cell is blank (``other_targets``), whatever the column is read as besides
    fills_target: bool = False
    # in a long table with an in-period figure beside one to date ('In quarter' | 'Year to
    # date'): the column belongs to the figure to date (``long_to_date``)
    to_date: bool = False
    # a year to date dated by the latest period beside it with figures ('YTD' after 'Apr' ..
    # 'Nov'): a row whose figures stop earlier runs to its own latest (``row_to_date``)
    to_latest: bool = False
    # a plan for one period only ('Plan (latest month)': the row's latest): its target there,
    # over the row's other target (``standard_targets``); or a target of the year to date
    # only ('YTD target' beside 'YTD 2024/25'), none of its quarters' (``to_date``)
    plan_only: bool = False

    def take(self, role: Role | None, comparator: str | None = None) -> None:
        """Read the column as ``role`` (a comparator's with its name)."""
        self.field = role
        self.comparator = comparator if role == "comparator" else None

    @property
    def role_name(self) -> str | None:
        """The role as a saved mapping writes it ('actual', 'comparator:England'), or None."""
        return None if self.field is None else role_key(self.field, self.comparator)


@dataclass(slots=True)
class Header:
    sheet: Sheet
    top: int  # first header row
    first_data: int  # first row after the header
    columns: list[Column]
    signature: str
    unplaced: list[Column] = field(default_factory=list)
    # headed columns hidden in the sheet: a reader sees none of them, so none is read
    hidden: list[Column] = field(default_factory=list)
    # columns whose heading rows name two periods that do not fit together: asked about
    clashes: list[int] = field(default_factory=list)
    # (row, column) of a quarter or month a heading band leaves with no year: asked about
    yearless: list[tuple[int, int]] = field(default_factory=list)
    # (row, column) of a bare quarter or month a row of years typed once leaves undated
    undated: list[tuple[int, int]] = field(default_factory=list)
    # a period given twice ('Q1 (as reported)' | 'Q1 (revised)'): first report's column ->
    # the restated figure's column, read in its place where it gives one
    restated: dict[int, int] = field(default_factory=dict)
    # columns headed by a fiscal-year code ('FY25 Q1') no note explains: read as the year
    # ending then (FY25 is 2024/25), and asked about
    fiscal_guessed: list[int] = field(default_factory=list)
    # a long table's figure columns typed by kind ('Actual %' | 'Actual £'), one filled a
    # row (``typed_pairs``): each figure column -> its kind's target column (-1: none)
    typed: dict[int, int] = field(default_factory=dict)
    # (row, column, what) of a heading typed with a slip ('Tagret') whose cells do not hold
    # what the heading it was meant to be says: asked about (``heading_slips``)
    slips: list[tuple[int, int, str]] = field(default_factory=list)
    # a title saying the figures are cumulative beside a column saying how each row is
    # counted ('Basis'): each row's cell decides, and a row with figures and none is asked about
    titled_to_date: bool = False
    # a line above says the rows marked cumulative count from April ('Measures marked
    # (cumulative) show the position from 1 April'): their months are spans (``keyed_counts``)
    marked_to_date: bool = False
    # the column naming each row's latest period ('Latest data' over 'Q2 2024/25') beside
    # figures dated by their headings (``latest_periods``); -1: none
    latest_named: int = -1

    def of(self, name: Role) -> list[Column]:
        return [c for c in self.columns if c.field == name]

    def one(self, name: Role) -> Column | None:
        found = self.of(name)
        return found[0] if found else None

    @property
    def period_columns(self) -> list[Column]:
        return [c for c in self.columns if c.period is not None]


def text_of(value: CellValue) -> str:
    """A cell as one line of text ("" when blank); 3.0 reads "3"."""
    if value is None:
        return ""
    if value.__class__ is str:
        return _short_line(value) if len(value) <= 200 else _one_line(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(str(value).split())


@lru_cache(maxsize=16384)
def _one_line(text: str) -> str:
    # "Rate per 10,000²" and "Rent collected *" name no footnote
    return drop_note_mark(" ".join(unmark(text).split()))


# the names, codes and labels of a long table repeat on many rows: each is made once
_short_line = lru_cache(maxsize=16384)(_one_line)


def _names_file_date(shown: str) -> bool:
    """A heading naming the day the file was made ('Extract date', 'Date extracted', 'Run
    date', 'Refreshed on'), not the period of its figures."""
    key = vocabulary.normalise(shown)
    return bool(
        vocabulary.FILE_STAMP_WORDS.fullmatch(key) and vocabulary.FILE_STAMP_DATE_WORD.search(key)
    )


def classify(text: CellValue, mapping: dict[str, str] | None = None) -> Column:
    """What one heading says: a field, a period with a field, or nothing known."""
    shown = text_of(text)
    if mapping and normalise_key(shown) in mapping:
        return _mapped(shown, mapping[normalise_key(shown)])
    if "[" in shown:  # "Households owed a duty [note 3]": official statistics' note markers
        shown = vocabulary.NOTE_MARK.sub("", shown).strip()
        text = shown
    if not shown:
        return Column(-1, shown, None)
    if meeting_columns.is_meeting(shown):  # 'Cabinet 11 Jun 2024': figures of no period named
        return Column(-1, shown, "actual")
    counted = months_elapsed.without_months(shown)
    if counted is not None and counted != shown:  # 'Quarter 2 – 6 months': read as 'Q2', the
        column = classify(counted, mapping)  # months kept in the heading (``months_elapsed``)
        column.header = shown
        return column
    undated = _without_set_date(shown) if "(" in shown else None
    if undated is not None:  # 'Target Q3–Q4 (revised Oct 2024)': when it was set, not for when
        column = classify(undated, mapping)
        if column.field == "target":
            column.header = shown
            return column
    unmet = meeting_columns.without_meeting(shown) if "(" in shown or "[" in shown else None
    if unmet is not None:  # 'Q1 2024/25 (Cabinet 17 Sep 2024)': where it went, not for when
        return classify(unmet, mapping)
    if vocabulary.PLUS_MINUS_TARGET.fullmatch(shown):  # "+/- target": the gap to it, not the target
        return Column(-1, shown, "ignore")
    if vocabulary.CHANGE_AGAINST.match(vocabulary.normalise(shown)):
        column = Column(-1, shown, "ignore")  # 'Variance to last year': arithmetic, no figure
        column.why = f"its heading '{shown}' is the gap between two figures, not a figure"
        return column
    aimed = aims.as_target(shown)
    if aimed is not None:  # "2024/25 Aim", "Q1 Aim": that period's target
        column = classify(aimed, mapping)
        return Column(
            -1, shown, column.field, column.period, column.code, comparator=column.comparator
        )
    side = one_language(shown, mapping)
    if side != shown:  # "Targed / Target": the heading in Welsh, then in English
        column = classify(side, mapping)
        return Column(
            -1, side, column.field, column.period, column.code, comparator=column.comparator
        )
    is_target, period = measure_targets.target_of_figure(shown)
    if is_target:  # 'Rate target', 'Target (%)': the figure's target, never the figure
        column = Column(-1, shown, "target", period)
        column.why = f"its heading '{shown}' names a figure's target"
        return column
    if vocabulary.normalise(shown) in vocabulary.UNIT_ONLY_VALUE_HEADINGS or (
        vocabulary.BARE_RATE_HEADING.fullmatch(vocabulary.normalise(shown))
    ):
        return Column(-1, shown, "actual")  # '%', 'per 1,000': figures in that unit
    summed = vocabulary.PIVOT_FIELD.fullmatch(shown)
    if summed is not None:  # "Sum of Actual": a PivotTable's field, one figure per cell
        inner = classify(summed["field"], mapping)
        if inner.field is not None:
            return Column(
                -1, shown, inner.field, inner.period, inner.code, comparator=inner.comparator
            )
    identifier = id_headings.id_role(shown)
    if identifier is not None:  # "IndicatorID" is the code, "AgeID" a dimension's key
        return Column(-1, shown, identifier)
    if vocabulary.FORECAST_HEADING.search(vocabulary.normalise(shown)):
        return _forecast(shown)  # 'Expected outturn 2024/25': a forecast, no figure
    if vocabulary.MONEY_PENALTY_HEADING.fullmatch(vocabulary.normalise(shown)):
        column = Column(-1, shown, "ignore")  # 'Service credit (£)': a contract's penalty
        column.why = f"its heading '{shown}' names money owed for a miss, not a figure"
        return column
    said = update_dates.said_by(shown)
    if said:  # 'Last updated', 'Next update due': when a row's figures come, not a period
        column = Column(-1, shown, "ignore")
        column.why = f"its heading '{shown}' names {said}"
        return column
    if _names_file_date(shown):  # 'Extract_Date', 'Run date': when, not what for
        column = Column(-1, shown, "ignore")
        column.why = f"its heading '{shown}' names the day the file was made, not a period"
        return column
    exact = vocabulary.match(shown)
    if exact is not None and exact.score >= 1.0:
        return _matched(shown, exact)
    if vocabulary.RATING_AT_END.fullmatch(vocabulary.normalise(shown)):
        column = Column(-1, shown, "rag")  # 'Year-end RAG': the latest figure's, no period
        column.why = f"its heading '{shown}' names the rating at the period's end"
        return column
    if head_nouns.names_indicators(shown):  # 'Service measure': the indicators' names
        column = Column(-1, shown, "name")
        column.why = f"its heading '{shown}' ends with the noun for an indicator"
        return column
    if "(" in shown and vocabulary.normalise(_ASIDE.sub("", shown)) in vocabulary.CHANGE_HEADINGS:
        return Column(-1, shown, "ignore")  # "Change (Nov 2024 to Dec 2024)": arithmetic
    named = dated_relative.period_named(shown)
    if named is not None:  # "Latest (Dec 2024)", "Previous: Q2 2024/25": that period's figure
        column = Column(-1, shown, "actual", named)
        column.why = f"its heading names {named.label}"
        return column
    if rank_headings.is_rank(shown):  # "Rank (of 16)", "2023/24 Quartile": not figures
        ranked = cells.period_header(text)
        column = Column(-1, shown, "ignore", ranked[0] if ranked else None)
        column.why = f"its heading '{shown}': a position among councils, not a figure"
        return column
    covered = months_covered.read(shown)
    if covered is not None:  # 'To end of Q2 (Apr–Sep 2024)': the months in brackets
        return _reaching(shown, covered, classify(covered.heading, mapping))
    found = cells.period_header(text) or _short_year_header(shown) or _period_aside(shown)
    if found is not None:
        period, rest = found
        spanned = _to_date(shown, period, rest)
        if spanned is not None:  # 'Q3 2024/25 YTD': April to December; 'Q3 In quarter'
            return spanned
        if not rest or restated.revision(rest) is not None:  # 'Q1 2024/25 (revised)'
            return Column(-1, shown, "actual", period)
        if restated.standing(rest) is not None:  # '2023/24 Local', '2023/24 Published'
            return Column(-1, shown, "actual", period)
        if last_year_brackets.earlier_aside(shown, period):  # 'Q2 2024/25 (Q2 2023/24)'
            return Column(-1, shown, "actual", period)  # last year's figure in brackets
        if vocabulary.normalise(rest) in vocabulary.WEEK_LEADS:  # 'w/e 07/04/2024': a week
            return Column(-1, shown, "actual", period)  # (held by day_columns)
        if period.kind in _YEARS and vocabulary.normalise(rest) in vocabulary.TO_DATE_SUBHEADINGS:
            return Column(-1, shown, "actual", period)  # '2024/25 to date': dated by the months
        reach = to_date.reached(period, shown, rest)
        if reach is not None:  # '2024/25 YTD (Q2)': April to September 2024, not Q2 alone
            column = Column(-1, shown, "actual", reach)
            column.why = f"its heading: {period.label} to date, {reach.label} (from April)"
            return column
        if period.kind == "financial_year":  # "Q1 Actual 2024/25": the quarter of that year
            beside = _span_beside_year(shown, period)
            if beside is not None:  # "Q1-Q2 target 2024/25": April to September 2024
                return Column(-1, shown, beside[1] or "actual", beside[0])
            inner = Column(-1, rest, None)
            _place_in_year(inner, period)
            if inner.period is not None:
                return Column(-1, shown, inner.field, inner.period)
        sub = vocabulary.match(rest)
        if names_a_measure(rest):  # '2023/24 No.', '2023/24 Rate per 10,000': that year's figure
            return Column(-1, shown, "actual", period)
        if sub is not None and sub.score >= MIN_SCORE and sub.field in PERIOD_FIELDS | {"target"}:
            return Column(-1, shown, sub.field, period)
        if sub is not None and sub.score >= MIN_SCORE and sub.field == "comparator":
            return _matched(shown, sub, period)
        coded = coded_headings.code_and_period(shown)
        if coded is not None:  # "CHN8a 2010-11", "C&L1 2010-11": a code and a period
            return Column(-1, shown, "actual", coded[1], code=coded[0])
        if vocabulary.YEAR_END.fullmatch(vocabulary.normalise(rest)):
            return Column(-1, shown, "actual", period)  # "Year End 2023/24": that year's outturn
        if period.kind in _YEARS and vocabulary.normalise(rest) in vocabulary.YEAR_FIGURE_WORDS:
            return Column(-1, shown, "actual", period)  # "2024/25 annual": the year's figure
        if sub is not None and sub.score >= MIN_SCORE and _council_of_year(sub, rest):
            return _matched(shown, sub, period)  # '2023/24 Our council': its figures that year
        if sub is not None and sub.score >= MIN_SCORE:
            return _matched(shown, sub)
        series = _series_in(shown)
        if series is not None:  # "Households owed a prevention duty: Apr to Jun 2024"
            return Column(-1, shown, "actual", period, series=series)
        return _without_aside(shown, mapping) or Column(-1, shown, None, period)
    coded = coded_headings.code_and_period(shown)
    if coded is not None:  # "SW4a 14-15": a code and a two-digit year range
        return Column(-1, shown, "actual", coded[1], code=coded[0])
    if month_spans.alone(shown):  # 'Period 1-3': months the year will place, no field
        return Column(-1, shown, None)
    if exact is not None and exact.score >= MIN_SCORE:
        if exact.field == "ignore" and rank_headings.is_boundary(shown):
            return Column(-1, shown, None)  # "Upper quartile (best)": a figure, not a position
        return _matched(shown, exact)
    return _without_aside(shown, mapping) or _words_apart(shown, mapping) or Column(-1, shown, None)


def _reaching(shown: str, reach: months_covered.Reach, column: Column) -> Column:
    """A heading naming the end a figure to date reaches read as ``column``, its months in
    brackets read alone (or with the words under them) say. Where the words and the months
    disagree its figures are in no period, with the doubt that holds them, and any target
    or rating beside them is left out with them."""
    if reach.period is None:
        field: Role = "actual" if column.field in (None, "period", "actual") else "ignore"
        withheld = Column(-1, shown, field)
        withheld.doubt = reach.doubt
        withheld.why = "its heading names a quarter's end its months in brackets do not reach"
        return withheld
    read = Column(-1, shown, column.field, column.period, column.code, comparator=column.comparator)
    read.why = f"its heading: April to the end it names, {reach.months} ({reach.period.label})"
    return read


def _council_of_year(found: vocabulary.Match, rest: str) -> bool:
    """'2023/24 Our council', 'Council 2023/24': the council's own figures of that year, not
    a column of areas' names or codes ('LA code 2023' names the codes' vintage)."""
    words = set(vocabulary.normalise(rest).split())
    return found.field == "area" and not words & vocabulary.AREA_KEY_WORDS


def _words_apart(shown: str, mapping: dict[str, str] | None) -> Column | None:
    """'PeriodCode', 'UnitOfMeasure': a heading of words run together, read as the words
    apart say ('Period Code', 'Unit Of Measure') when they say something known."""
    spaced = joined_words.run_together(shown)
    return None if spaced is None else _read_as(shown, spaced, mapping)


_ASIDE = re.compile(r"\s*\(([^()]*)\)")


def _to_date(shown: str, period: Period, rest: str) -> Column | None:
    """A quarter's or month's figure said to run from April ('YTD', 'Cumulative') on the
    span from April, or said to be for that period alone ('In quarter', 'Discrete')."""
    if period.kind not in ("quarter", "month"):
        return None
    if to_date.counted_from_april(shown, rest) and (not rest or to_date.subheading(rest)):
        whole = to_date.span(period)
        if whole is None:
            return None
        column = Column(-1, shown, "actual", whole)
        if whole != period:
            column.why = f"its heading: the figure from April to the end of {period.label}"
        return column
    if rest and to_date.in_period(rest):
        return Column(-1, shown, "actual", period)
    return None


def names_a_measure(text: str) -> str | None:
    """'count' for a count's sub-heading ('No.', 'Number'), 'rate' for a rate's ('Rate per
    10,000', 'per 1,000', '%'), None for anything else."""
    key = vocabulary.normalise(text)
    if key in vocabulary.COUNT_MEASURE_WORDS:
        return "count"
    if vocabulary.RATE_MEASURE_HEADING.fullmatch(key):
        return "rate"
    return None


def _forecast(shown: str) -> Column:
    """A forecast of a year's result, left out: what is expected is no period's figure."""
    column = Column(-1, shown, "ignore")
    column.why = f"its heading '{shown}' is a forecast, not a figure"
    return column


def _period_aside(shown: str) -> tuple[Period, str] | None:
    """'RAG (Dec-24)', 'Actual (Sep 2024)', 'Status [Q2 2024/25]': a heading whose one aside
    in brackets is a period, read as the heading with the period written in it."""
    asides = list(_BRACKETED.finditer(shown))
    if len(asides) != 1:
        return None
    inner = asides[0]
    if cells.period(inner[1].strip()) is None:
        return None
    return cells.period_header(f"{shown[: inner.start()]} {inner[1]} {shown[inner.end() :]}")


_BRACKETED = re.compile(r"[(\[]([^()\[\]]*)[)\]]")


def _without_set_date(shown: str) -> str | None:
    """A heading without its aside saying when a target was set or changed ('Target Q3–Q4
    (revised Oct 2024)' -> 'Target Q3–Q4'), or None where it has no such aside."""
    for aside in _BRACKETED.finditer(shown):
        said = vocabulary.TARGET_SET_ASIDE.match(aside[1].strip())
        if said is not None and cells.period(said["when"].strip()) is not None:
            return " ".join(f"{shown[: aside.start()]} {shown[aside.end() :]}".split())
    return None


def _span_in_year(heading: str, year: Period) -> tuple[Period, Role | None] | None:
    """A heading naming a span of a year's parts ('Target Q1–Q2', 'Apr–Sep', 'Target H2')
    read within ``year``: the span, and the field its other words name (None: the heading
    is the span alone). None where it names no such span, or other words besides a field."""
    if year.kind not in _YEARS:
        return None
    text = _without_set_date(heading) or heading if "(" in heading else heading
    found = vocabulary.YEAR_PART_SPAN.search(text)
    if found is None:
        return None
    period = periods.combine_period(year, found["span"])
    if period is None or not _within(period, year):
        return None
    words = vocabulary.normalise(f"{text[: found.start()]} {text[found.end() :]}").split()
    rest = " ".join(w for w in words if w not in vocabulary.HEADING_FILLER)
    if not rest:
        return period, None
    if aims.is_aim(rest):
        return period, "target"
    sub = vocabulary.match(rest)
    if sub is None or sub.score < MIN_SCORE or sub.field not in PERIOD_FIELDS:
        return None
    return period, sub.field


def _span_beside_year(shown: str, year: Period) -> tuple[Period, Role | None] | None:
    """'Q1-Q2 target 2024/25', 'Q3 & Q4 Target 2024/25': a span of the year's parts written
    apart from its year, read within it (see ``_span_in_year``)."""
    found = periods.parse_period_header(shown)
    if found is None or found[0] != year:
        return None
    return _span_in_year(found[1], year)


def _without_aside(shown: str, mapping: dict[str, str] | None) -> Column | None:
    """'Rank 2023-24 (1 = best of 22)': a heading not understood whole, read without the
    aside in brackets that explains it (an aside that names a period is kept)."""
    bare = _ASIDE.sub(lambda m: m[0] if cells.period_in_text(m[1]) else "", shown).strip()
    if not bare or bare == shown:
        return None
    return _read_as(shown, bare, mapping)


def _read_as(shown: str, variant: str, mapping: dict[str, str] | None) -> Column | None:
    """The heading ``shown`` read as ``variant`` of it reads, or None when that says nothing."""
    column = classify(variant, mapping)
    if column.field is None:
        return None
    return Column(
        -1,
        shown,
        column.field,
        column.period,
        column.code,
        column.series,
        comparator=column.comparator,
    )


def _matched(shown: str, found: vocabulary.Match, period: Period | None = None) -> Column:
    """A heading read as the vocabulary's match says (a comparator's with its name)."""
    return Column(-1, shown, found.field, period, comparator=found.comparator)


def _mapped(shown: str, key: str) -> Column:
    """A heading read as a saved mapping says ('actual', 'comparator:England')."""
    role = role_of_key(key)
    column = Column(-1, shown, None)
    if role is not None:
        column.take(*role)
    return column


_SERIES_SPLIT = re.compile(r"\s*:\s+|\s+[-–]\s+")


def _series_in(heading: str) -> str | None:
    """The measure named beside the period in a heading ('Relief duties owed: Jul to Sep
    2024'), when the heading names a measure of several words and a period, nothing else."""
    parts = [p.strip() for p in _SERIES_SPLIT.split(heading) if p.strip()]
    if len(parts) != 2:
        return None
    for name, when in (parts, parts[::-1]):
        dated = cells.period_header(when)
        if dated is not None and not dated[1] and cells.period_header(name) is None:
            words = name.split()
            return name if len(words) >= 2 and vocabulary.match(name) is None else None
    return None


# "24/25 Target", "Outturn 23/24", "Target (2024/25)": a financial year beside a field word
_SHORT_FY = re.compile(r"\(?(?<![\d/])(?P<a>(?:19|20)?\d{2})\s?[/-]\s?(?P<b>\d{2})(?![\d/])\)?")


def _short_year_header(text: str) -> tuple[Period, str] | None:
    found = _SHORT_FY.search(text)
    if found is None:
        return None
    first = int(found["a"])
    if first < 100:
        first += 2000 if first < 50 else 1900
    if (first + 1) % 100 != int(found["b"]):
        return None
    rest = f"{text[: found.start()]} {text[found.end() :]}".strip(" -–:,")
    if not rest and found.group(0) == text.strip():  # "23/24" alone: that year's figures
        return periods.financial_year(first), ""
    sub = vocabulary.match(rest) if rest else None
    if sub is None or sub.score < MIN_SCORE or sub.field not in PERIOD_FIELDS | {"target"}:
        return None
    return periods.financial_year(first), rest


def normalise_key(text: str) -> str:
    return vocabulary.normalise(text)


BARE_PERIODS_AS_DATED = 3


def _row_score(row: list[CellValue]) -> float:
    score = 0.0
    seen: set[str] = set()
    dated: set[tuple[str, str | None]] = set()
    bare: set[str] = set()
    numbers = 0
    headings = [(i, v) for i, v in enumerate(row) if isinstance(v, str)]
    run = finance_periods.numbered(headings) if headings else {}
    years = year_banners.year_run(row) if headings else set()
    for index, value in enumerate(row):
        if cells.is_blank(value):
            continue
        if index in years:  # '2020 | 2021 | 2022' typed as numbers beside the headings
            dated.add((text_of(value), "actual"))
            continue
        if cells.is_figure(value):  # a number, or one typed as text ('1,234', '45%')
            numbers += 1
            continue
        text = text_of(value)
        if len(text) > 80:
            continue
        label, role, field = _scored(value) if value.__class__ is str else _score_facts(value)
        if label is not None:
            dated.add((label, role))  # a repeated heading counts once
        elif index in run or is_bare_period(text):
            bare.add(vocabulary.normalise(text))  # "Q1 (Apr-Jun)": a period once the year is known
        elif role is not None and role not in seen:
            seen.add(role)
            score += 1.0 if field in ("name", "code") else 0.8
    # three or more bare periods ('April', 'May', 'June') head a table as dated ones do: a
    # title or a year row places them, and the column of names beside them may have any heading
    placed = len(bare) >= BARE_PERIODS_AS_DATED
    score += min(len(dated), 4) * 0.5 + min(len(bare), 4) * (0.5 if placed else 0.3)
    if not ({"name", "code"} & seen) and not dated and not placed:
        score -= 1.0
    return score - numbers * 0.5


def _score_facts(value: CellValue) -> tuple[str | None, str | None, Role | None]:
    """What ``_row_score`` reads of a cell's ``classify``: its period's label (None without
    one), its role's name and its field."""
    column = classify(value)
    period = column.period
    return (None if period is None else period.label), column.role_name, column.field


# a text's facts, worked out once: the rows searched for a heading repeat their texts (a long
# table's portfolios, periods and ratings), and each sheet is searched more than once
_scored = lru_cache(maxsize=16384)(_score_facts)


def row_score(row: list[CellValue]) -> float:
    """How much a row looks like a table's heading row (above 1.3: it is one)."""
    return _row_score(row)


def _spread(sheet: Sheet, row: int, width: int) -> list[str]:
    """A header row with merged or blank-after-heading cells filled to the right, over
    ``width`` columns (the sheet's widest row: ``_width``)."""
    return spread_merged(sheet, row, width, lambda v: vocabulary.NOTE_MARK.sub("", text_of(v)))


def spread_merged(
    sheet: Sheet, row: int, width: int, own: Callable[[CellValue], str] = text_of
) -> list[str]:
    """A row's texts over ``width`` columns (``own`` reads each of its cells), a merged
    heading's text repeated over every blank column it spans."""
    values = [own(v) for v in sheet.rows[row][:width]]
    values += [""] * (width - len(values))
    for first_row, first_col, last_row, last_col in sheet.merged:
        if first_row <= row <= last_row and first_col < width:
            source = (
                text_of(sheet.rows[first_row][first_col])
                if first_col < len(sheet.rows[first_row])
                else ""
            )
            for col in range(first_col, min(last_col + 1, width)):
                values[col] = values[col] or source
    return values


def _is_subheader(sheet: Sheet, row: int) -> bool:
    """A row of short sub-headings (Actual/Target/RAG or Q1..Q4) with no numbers. Status and
    progress words over columns of more such words or figures are the first data row's
    values, not sub-headings (``value_words``)."""
    if row >= len(sheet.rows):
        return False
    texts = 0
    known = 0
    above = sheet.rows[row - 1] if row > 0 else []
    banner_years = year_banners.years_under(sheet, row)
    for col, value in enumerate(sheet.rows[row]):
        if cells.is_blank(value):
            continue
        if col in banner_years:  # 'Year ending 31 March' merged over 2021 | 2022: years
            texts, known = texts + 1, known + 1
            continue
        if cells.is_figure(value) or _lists_figures(value):
            return False
        texts += 1
        if share_bases.count_beside_share(sheet.rows[row], col):
            known += 1  # 'No.' | '% in target' under each month: not the answer 'No'
            continue
        if value_words.first_row_value(sheet, row, col):
            continue  # 'Met' | 'In progress' over more such words or figures: the row's value
        key = vocabulary.normalise(value)
        column = classify(value)
        if (
            vocabulary.QUARTER_OR_MONTH.match(key)
            or column.period is not None
            or column.field in (PERIOD_FIELDS | {"target", "comparator"})
            or names_a_measure(text_of(value))  # 'No.' | 'Rate per 1,000' under each year
            or to_date.subheading(text_of(value))  # 'In quarter' | 'Year to date' under each
            or key in vocabulary.CHANGE_HEADINGS  # 'Var' | 'Change': arithmetic on the others
            or parsed_tertials.is_bare(text_of(value))  # 'T1' | 'T2' | 'T3' under '2024/25'
        ):
            known += 1
        elif _completes(_at_col(above, col), value):
            known += 2  # the words of a period whose year is above: a heading, surely
        elif _which_figure(sheet, row, col, text_of(value)):
            known += 1  # 'Local' | 'Published' under '2023/24': the period's figure, twice
    return texts >= 2 and known >= 2 and known * 2 >= texts


def _quarter_numbers(sheet: Sheet, row: int, width: int) -> quarter_numbers.Quarters | None:
    """Bare quarter numbers 1 to 4 in ``row`` under the year bands of the row above, where
    the row or the bands say they are quarters (``quarter_numbers``)."""
    if row <= 0 or row >= len(sheet.rows):
        return None
    return quarter_numbers.spelt(_spread(sheet, row - 1, width), sheet.rows[row])


def _which_figure(sheet: Sheet, row: int, col: int, text: str) -> bool:
    """Words under a period saying which of its figures the column holds: as first
    reported or restated ('Provisional' | 'Final'), the working figure or the one of record
    ('Local' | 'Published')."""
    if restated.standing(text) is None and restated.revision(text) is None:
        return False
    if row == 0:
        return False
    over = spread_merged(sheet, row - 1, col + 1)[col]
    return bool(over) and cells.period_header(over) is not None


def _lists_figures(value: CellValue) -> bool:
    """'Q1: 85%' / 'Q2: 87%': a cell listing a figure per period on its lines is data, not
    a heading naming quarters."""
    if not isinstance(value, str) or "\n" not in value:
        return False
    listing = period_lines.split(value)
    return listing is not None and any(cells.is_figure(line.figure) for line in listing.lines)


def _at_col(row: list[CellValue], col: int) -> CellValue:
    return row[col] if col < len(row) else None


def _completes(year: CellValue, words: CellValue) -> bool:
    """Words under a bare year that make one period with it ('2024' over '12 months to Sep').
    Words that only read as an indicator's code before the period ('On track' under 'Q1
    2024/25' read as code 'On track Q1' in 2024/25) are a row's values, not its heading."""
    if cells.is_blank(year) or cells.is_figure(words):
        return False
    alone = cells.period_header(text_of(year))
    if alone is None:
        return False
    return _completes_period(classify(f"{text_of(words)} {text_of(year)}"), alone[0])


def _combine(top: str, bottom: str, mapping: dict[str, str] | None) -> Column:
    if not top or top == bottom:
        return classify(bottom, mapping)
    if not bottom:
        return classify(top, mapping)
    joined = f"{top} {bottom}"
    if mapping and normalise_key(joined) in mapping:
        return _mapped(joined, mapping[normalise_key(joined)])
    covered = meeting_columns.over_period(top, bottom)
    if covered is not None:  # 'Cabinet 17 Sep 2024' over 'Quarter 1': the quarter reported
        return classify(covered, mapping)
    for reaching, other in ((top, bottom), (bottom, top)):
        reached = months_covered.read(reaching)
        if reached is not None:  # 'To end of Q2 (Apr–Sep 2024)' over 'Profile' | 'Actual'
            if reaching is top:
                return _reaching(joined, reached, _combine(reached.heading, other, mapping))
            return _reaching(joined, reached, _combine(other, reached.heading, mapping))
    counted = months_elapsed.without_months(bottom)
    if counted is not None and counted != bottom:  # 'Quarter 2 – 6 months' under '2024/25'
        column = _combine(top, counted, mapping)
        column.header = joined
        return column
    banner = _under_year_to_date(top, bottom, mapping)
    if banner is not None:
        return banner
    for period_text, words in ((top, bottom), (bottom, top)):
        # 'Quarter 2 2024/25' over 'In quarter' | 'Year to date'
        bare = cells.period_header(period_text)
        if (
            bare is not None
            and not bare[1]
            and bare[0].kind in ("quarter", "month")
            and to_date.subheading(words)
        ):
            spanned = classify(f"{period_text} {words}", mapping)
            if spanned.period is not None:
                return spanned
    top_period = cells.period_header(top)
    bottom_column = classify(bottom, mapping)
    if _names_periods(top, bottom, bottom_column, mapping):
        return bottom_column  # 'Survey year' over '2022/23 | 2023/24': a column per year
    if top_period is not None and bottom_column.period is None:
        under = _span_under_year(top_period, bottom, mapping)
        if under is not None:  # 'Targets 2024/25' over 'Target Q1–Q2': April to September
            return Column(-1, joined, under[1], under[0])
    if top_period is None and vocabulary.QUARTER_OR_MONTH.match(vocabulary.normalise(top)):
        below = cells.period_header(bottom)
        if below is not None and not below[1] and below[0].kind == "financial_year":
            found = cells.period_header(f"{top} {bottom}")  # 'Q1' over '2024/25'
            if found is not None and not found[1]:
                return Column(-1, joined, "actual", found[0])
    if top_period is not None and not top_period[1]:
        if vocabulary.QUARTER_OR_MONTH.match(vocabulary.normalise(bottom)):
            found = cells.period_header(f"{bottom} {top}")
            if found is not None and not found[1]:
                return Column(-1, joined, "actual", found[0])
            placed = _part_of_year(bottom, bottom_column, top_period[0])
            if placed is not None:  # '2024/25' over 'Q1 Target' | 'Q1 Actual': Q1's target
                return Column(-1, joined, placed.field, placed.period)
        if bottom_column.period is None and bottom_column.field in (None, "period"):
            swapped = classify(f"{bottom} {top}", mapping)  # '2024' over '12 months to Sep'
            if _completes_period(swapped, top_period[0]):
                return swapped
        if bottom_column.period is None and bottom_column.field is not None:
            return _at_period(joined, bottom, bottom_column, top_period[0])
        if bottom_column.field is None and _plan_word(bottom):
            return Column(-1, joined, "target", top_period[0])  # 'Apr-24' over 'Plan'
    if bottom_column.period is not None:
        dated = _relative_over_period(top, bottom, mapping)
        if dated is not None:  # 'Same quarter last year' over 'Jul–Sep 2023': that quarter's
            return dated
        top_column = classify(top, mapping)
        if top_period is None and top_column.field in (None, "period"):
            # '12 months to Sep' or 'Year to 31 March' over '2024': one heading in two rows
            whole = classify(joined, mapping)
            if (whole.field, whole.period) != (bottom_column.field, bottom_column.period) and (
                top_column.field is None or whole.period is not None
            ):
                return whole
        if top_column.field is not None and top_column.period is None:
            if _own_field_beats(top_column, bottom, bottom_column):
                return bottom_column
            return _at_period(joined, top, top_column, bottom_column.period)
        return bottom_column
    if bottom_column.field is not None:
        # "Quarter 1" over "Actual": keep both words so the title's year can place it later
        return Column(-1, joined, bottom_column.field, comparator=bottom_column.comparator)
    return classify(joined, mapping)


def _part_of_year(heading: str, column: Column, year: Period) -> Column | None:
    """A quarter or month heading with its field ('Q1 Target', 'Apr Actual') under a year
    written over it: that part of the year, as the title's year would place it; None when
    the year is no financial year or the words beside the part name no field of a period."""
    if year.kind != "financial_year" or column.field not in _PLACEABLE:
        return None
    inner = Column(-1, heading, column.field)
    _place_in_year(inner, year)
    return inner if inner.period is not None else None


def _relative_over_period(top: str, bottom: str, mapping: dict[str, str] | None) -> Column | None:
    """A relative heading ('Same quarter last year', 'Previous quarter', 'Latest') over the
    period it covers ('Jul–Sep 2023', 'Q1 2024/25'): the figures of that period, as the
    heading written on one line says ('Previous quarter (Apr–Jun 2024)')."""
    below = cells.period_header(bottom)
    if below is None or below[1] or not dated_relative.is_relative(vocabulary.normalise(top)):
        return None
    named = dated_relative.period_named(f"{top} ({bottom})")
    if named is None or named != below[0]:
        return None
    column = classify(f"{top} ({bottom})", mapping)
    if column.field != "actual" or column.period != named:
        return None
    column.header = f"{top} {bottom}"
    return column


def _plan_word(text: str) -> bool:
    """'Plan', 'Trajectory' under a period: the figure planned for it, its target."""
    return vocabulary.normalise(text) in vocabulary.PLAN_SUBHEADINGS


def _under_year_to_date(top: str, bottom: str, mapping: dict[str, str] | None) -> Column | None:
    """'Year to date' written over a group as a period is, over 'Plan' | 'Actual' |
    'Variance': the group's target, figure and arithmetic for the year to date, each read as
    the field its own words name (``to_date.year_so_far`` dates the group)."""
    if not _year_to_date_banner(top):
        return None
    below = classify(bottom, mapping)
    if below.period is not None or below.code:
        return None
    joined = f"{top} {bottom}"
    if _plan_word(bottom):
        return Column(-1, joined, "target")
    if below.field in ("actual", "target", "rag", "ignore"):
        return Column(-1, joined, below.field)
    if _sub_word(bottom):
        return Column(-1, joined, "ignore")  # 'Var', '+/-': arithmetic on the group's figures
    return None


def _own_field_beats(top: Column, bottom: str, below: Column) -> bool:
    """A banner read only as figures ('Position at Quarter 2', 'Performance this quarter')
    over a heading naming its own field with its period ('Target 2024/25'): the column is
    what its own heading says, the banner only groups it with its neighbours."""
    own = cells.period_header(bottom)
    return (
        top.field == "actual"
        and own is not None
        and bool(own[1].strip())
        and below.field is not None
        and below.field != "actual"
    )


def _span_under_year(
    over: tuple[Period, str], heading: str, mapping: dict[str, str] | None
) -> tuple[Period, Role] | None:
    """A year over a heading naming a span of its parts ('2024/25' or 'Targets 2024/25' over
    'Target Q1–Q2' or 'Q3–Q4'): the span of that year, with the field either heading names
    (one field: 'Actual 2024/25' over 'Target Q1–Q2' says nothing sure)."""
    year, words = over
    spanned = _span_in_year(heading, year)
    if spanned is None:
        return None
    period, field = spanned
    if words:
        above = classify(words, mapping)
        if above.period is not None or above.field not in PERIOD_FIELDS:
            return None
        if field is not None and field != above.field:
            return None
        field = above.field
    return period, field or "actual"


def _completes_period(swapped: Column, over: Period) -> bool:
    """The words under a bare period read before it make another period of their own ('12
    months to Sep' under '2024'). Words read as an indicator's code with the period ('St' under
    'Q1 24/25' read as code 'St Q1' in 2024/25), or a reading whose period only widens the
    one written over them, are a sub-heading under that period instead."""
    period = swapped.period
    if period is None or period == over or swapped.code:
        return False
    return not _within(over, period)


def _names_periods(top: str, bottom: str, below: Column, mapping: dict[str, str] | None) -> bool:
    """A group heading naming the kind of period ('Year', 'Survey year', 'Quarter',
    'Reporting period') over a bare period ('2022/23', 'Q1'): the column holds that period's
    values, it is not a column of periods."""
    if classify(top, mapping).field != "period" or cells.period_header(top) is not None:
        return False
    if below.period is not None:
        whole = classify(f"{top} {bottom}", mapping).period
        if whole is not None and whole != below.period:
            return False  # 'Year to 31 March' over '2024': one period written in two rows
        return below.field == "actual" and cells.period_header(bottom) is not None
    return below.field is None and bool(
        vocabulary.QUARTER_OR_MONTH.match(vocabulary.normalise(bottom))
    )


def _at_period(joined: str, heading: str, column: Column, period: Period) -> Column:
    """A field under or over a period: 'Aim' there is that period's target, not a polarity."""
    if aims.is_aim(heading):
        return Column(-1, joined, "target", period)
    return Column(-1, joined, column.field, period, comparator=column.comparator)


def find(sheet: Sheet, mapping: dict[str, str] | None = None) -> Header | None:
    """The best header row of a sheet, or None when no indicator table heading is found."""
    best_row = -1
    best_score = 1.3
    start = sheet.first_row
    for index, row in enumerate(sheet.rows[start : start + SCAN_ROWS], start):
        if index in sheet.hidden_rows:
            continue
        # rounded: sums of tenths differ in the last bit (5.699999999999999 against 5.7), and
        # a tie must go to the upper row, whose next row is then asked whether it is a
        # sub-heading row, not to whichever row the rounding happens to favour
        score = round(_row_score(row) + _mapping_bonus(row, mapping), 6)
        if score > best_score:
            best_row, best_score = index, score
    unnamed = best_row < 0
    if unnamed:
        best_row = _unnamed_first_column(sheet)
    if best_row < 0:
        return None
    top, bottom = best_row, best_row
    width = _width(sheet)  # once: a long sheet's rows take milliseconds to measure
    if _is_subheader(sheet, best_row + 1) or _quarter_numbers(sheet, best_row + 1, width):
        bottom = best_row + 1
    elif best_row > 0 and (
        _has_spanning_periods(sheet, best_row - 1)
        or _has_field_groups(sheet, best_row - 1)
        or _periods_beside_headings(sheet, best_row - 1)
        or _years_typed_once(sheet, best_row - 1)
    ):
        top = best_row - 1
    top, bottom, band = _three_rows(sheet, top, bottom, width)
    header = _build(sheet, top, bottom, width, mapping, band.headings if band else None)
    if band is not None:
        _settle_band(header, band)
    if unnamed and (not header.columns or header.columns[0].index > 0):
        header.columns.insert(0, Column(0, "(names)", "name"))
    _names_by_evidence(header)
    # '2024/25 year to date' beside Apr-24 .. Dec-24: April to December 2024
    to_date.year_so_far(header, _title_texts(sheet, header.top))
    to_date.group_targets(header.columns)  # 'Year to date' over 'Plan' | 'Actual'
    plan_targets.set_aside(header)  # 'Target 2024–27' beside 'Target 2024/25'
    comparator_years.set_aside(header)  # 'Year' | 'England' beside figures of named periods
    return header


def _width(sheet: Sheet) -> int:
    """The number of columns of the sheet's widest row."""
    return max(map(len, sheet.rows), default=0)


def _three_rows(
    sheet: Sheet, top: int, bottom: int, width: int
) -> tuple[int, int, heading_band.Folded | None]:
    """The heading found widened to a band of three rows (year, quarter or month, measure
    words), with its two upper rows folded into one period heading per column."""

    def row(index: int) -> list[str]:
        return _spread(sheet, index, width) if 0 <= index < len(sheet.rows) else []

    band = heading_band.find_band(row, top, bottom, len(sheet.rows) - 1, _field_word, _sub_word)
    if band is None:
        return top, bottom, None
    first, low, uppers = band
    found = heading_band.fold(uppers, row(low), _field_word, _fold_period, _sub_word)
    if found is None:
        return top, bottom, None
    return first, low, found


def _settle_band(header: Header, band: heading_band.Folded) -> None:
    """A column whose heading rows clash is asked about; nothing is read from a 'Year to
    date' group beside the periods' own columns (the total's end is not said)."""
    for column in header.columns:
        if column.index in band.clashes:
            header.clashes.append(column.index)
        elif column.index in band.yearless:
            column.field, column.period = "ignore", None
            column.why = "its quarter or month standing past the year written over the band"
            cells_row = header.sheet.rows[header.top + 1]
            if column.index < len(cells_row) and not cells.is_blank(cells_row[column.index]):
                header.yearless.append((header.top + 1, column.index))  # the heading's cell
        elif column.index in band.to_date:
            column.field, column.period = "ignore", None
            column.why = "a total to date beside the periods' own figures"


def _fold_period(upper: str, lower: str) -> tuple[Period, str] | None:
    """'2024/25' over 'Q1' (or 'Apr', or 'Year to date'): the one period the two make, with
    a heading that says it; None when the lower names a period outside the upper's."""
    column = _combine(upper, lower, None)
    if column.period is None:
        return None
    outer = cells.period_header(upper)
    if outer is not None and not outer[1] and not _within(column.period, outer[0]):
        return None
    shown = cells.period_header(column.header)
    if (shown is not None and not shown[1]) or to_date.subheading(lower):
        return column.period, column.header
    return column.period, column.period.label


def _within(inner: Period, outer: Period) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


def _names_by_evidence(header: Header) -> None:
    """No Indicator heading ('Crime type', 'Service area'), but dated value columns and, left
    of them, a column of distinct words: that column names the indicators."""
    if any(c.field in ("name", "code", "area", "measure") for c in header.columns):
        return
    dated = [c for c in header.columns if c.field == "actual" and c.period is not None]
    if len(dated) < 2:
        return
    first_value = min(c.index for c in dated)
    for column in header.columns:
        if column.index >= first_value or column.field is not None or column.period is not None:
            continue
        rows = header.sheet.rows[header.first_data : header.first_data + 20]
        below = [r[column.index] for r in rows if column.index < len(r)]
        filled = [v for v in below if not cells.is_blank(v)]
        words = [
            v
            for v in filled
            if isinstance(v, str) and cells.number(v).value is None and cells.period(v) is None
        ]
        if len(words) >= 2 and len(words) * 4 >= len(filled) * 3 and len(set(words)) == len(words):
            column.field = "name"
            if column in header.unplaced:
                header.unplaced.remove(column)
            return


def _has_field_groups(sheet: Sheet, row: int) -> bool:
    """A merged 'Targets' over dated headings: the row says what those period columns hold."""
    below = sheet.rows[row + 1] if row + 1 < len(sheet.rows) else []
    groups = 0
    for first_row, first, last_row, last in sheet.merged:
        if first_row != row or last_row != row or last <= first:
            continue
        top = sheet.rows[row][first] if first < len(sheet.rows[row]) else None
        if classify(top).field not in PERIOD_FIELDS:
            continue
        dated = [cells.period_header(v) for v in below[first : last + 1] if not cells.is_blank(v)]
        if len(dated) != last - first + 1 or any(d is None or d[1] for d in dated):
            return False
        groups += 1
    return groups > 0


def _unnamed_first_column(sheet: Sheet) -> int:
    """A row of two or more period headings over a first column of names with no heading."""
    start = sheet.first_row
    for index, row in enumerate(sheet.rows[start : start + SCAN_ROWS], start):
        if not row or not cells.is_blank(row[0]):
            continue
        filled = [v for v in row[1:] if not cells.is_blank(v)]
        labels = [p[0].label for p in (cells.period_header(v) for v in filled) if p is not None]
        distinct = len(set(labels)) == len(labels)
        mostly_dated = len(labels) >= 2 and len(labels) * 2 >= len(filled)
        if mostly_dated and distinct and _names_below(sheet, index, 0):
            return index
    return -1


def _names_below(sheet: Sheet, row: int, col: int) -> bool:
    below = [
        r[col] for r in sheet.rows[row + 1 : row + 7] if col < len(r) and not cells.is_blank(r[col])
    ]
    text = [v for v in below if isinstance(v, str) and cells.number(v).value is None]
    return len(text) >= 1 and len(text) * 3 >= len(below) * 2


def _mapping_bonus(row: list[CellValue], mapping: dict[str, str] | None) -> float:
    """A saved mapping names the header row: each cell it places counts fully."""
    if not mapping:
        return 0.0
    texts = _text_mapping(mapping) or {}
    indexes = _index_mapping(mapping)
    bonus = 0.0
    for index, value in enumerate(row):
        if not isinstance(value, str) or not value.strip():
            continue
        if index in indexes or normalise_key(value) in texts:
            bonus += 1.0
    return bonus


def _has_spanning_periods(sheet: Sheet, row: int) -> bool:
    """A row of bare period labels ("2024/25", "Q1 2024/25") over the columns of the header."""
    filled = [(i, v) for i, v in enumerate(sheet.rows[row]) if not cells.is_blank(v)]
    if not filled or any(i == 0 for i, _ in filled):
        return False
    periods = 0
    for _, value in filled:
        found = cells.period_header(value)
        if found is None and _year_to_date_banner(value):
            continue  # 'Year to date' over the last group, after the months
        if found is None or found[1]:
            return False
        periods += 1
    return periods > 0


def _year_to_date_banner(value: CellValue) -> bool:
    """'Year to date', 'YTD', 'Cumulative' written over a group of columns as a period is."""
    key = vocabulary.normalise(text_of(value))
    return key in vocabulary.YEAR_TO_DATE or key in vocabulary.TO_DATE_SUBHEADINGS


def _periods_beside_headings(sheet: Sheet, row: int) -> bool:
    """'Indicator | 2023/24' over ' | No. | Rate': headings typed in the upper row where the
    row below is blank, and bare periods over the sub-headings of the row below."""
    upper, lower = sheet.rows[row], sheet.rows[row + 1]
    lone = sum(1 for v in upper if not cells.is_blank(v)) == 1  # one line on its own row
    periods_over = 0
    for index, value in enumerate(upper):
        if cells.is_blank(value):
            continue
        below = lower[index] if index < len(lower) else None
        if cells.is_blank(below):
            if classify(value).field not in ("name", "code"):
                return False
            continue
        if lone and classify(below).field in ("name", "code"):
            return False  # 'Quarter 1 2024/25' alone over 'Ref': a section's title, not a heading
        found = cells.period_header(value)
        if found is None or found[1]:
            return False
        periods_over += 1
    return periods_over >= 1


def _years_typed_once(sheet: Sheet, row: int) -> bool:
    """'2023/24' typed over the first 'Q1' and left blank over the next: the row heads the
    table's quarters, though a title stands in it over the names."""
    texts = [text_of(v) for v in sheet.rows[row]]
    below = [text_of(v) for v in sheet.rows[row + 1]]
    return typed_years.heads(texts, below, _dating)


def _carry_periods(upper: list[str], lower: list[str]) -> None:
    """'Apr 2024' over 'Target | Actual' with the second cell left blank (not merged, or a
    CSV of a merged heading): the period heads every field word under it up to the next
    heading above."""
    period = ""
    for index, (above, below) in enumerate(zip(upper, lower, strict=False)):
        field = _field_word(below)
        if above:
            found = cells.period_header(above)
            period = above if found is not None and not found[1] and field else ""
        elif period and (field or _sub_word(below)):  # 'St', 'Var' among the group's words
            upper[index] = period
        else:
            period = ""


def _carry_years(upper: list[str], lower: list[str]) -> None:
    """'2023' typed once over 'Oct' and '2024' over 'Jan' (not merged, the cells between
    blank): each year heads the months after it, up to the next year. A month that comes
    round again with no new year written over it ends the carry (which year is unclear)."""
    year = ""
    last = 0
    for index, (above, below) in enumerate(zip(upper, lower, strict=False)):
        month = vocabulary.MONTHS.get(vocabulary.normalise(below)) if below else None
        if above:
            is_year = above.strip().isdecimal() and 1990 <= int(above.strip()) <= 2100
            year, last = (above.strip(), month or 0) if is_year and month else ("", 0)
        elif year and month and month > last:
            upper[index] = year
            last = month
        else:
            year, last = "", 0


def _field_word(text: str) -> bool:
    """A sub-heading that is a field and no period ('Target', 'Actual', 'RAG')."""
    if not text:
        return False
    column = classify(text)
    return column.period is None and column.field in PERIOD_FIELDS | {"target", "rag"}


SUB_WORDS = 3  # a sub-heading of more words names something of its own


def _sub_word(text: str) -> bool:
    """A sub-heading under a period beside its measure words that names no field the
    vocabulary knows ('St', 'Pos', 'Res') or arithmetic on the group's figures ('Var',
    '+/-'): it stands in the period's group, and its cells say what it holds."""
    if not text or len(text.split()) > SUB_WORDS or heading_band.period_word(text):
        return False
    column = classify(text)
    return column.period is None and column.field in (None, "ignore")


def _build(
    sheet: Sheet,
    top: int,
    bottom: int,
    width: int,
    mapping: dict[str, str] | None,
    folded: list[str] | None = None,
) -> Header:
    upper = folded if folded is not None else _spread(sheet, top, width)
    lower = _spread(sheet, bottom, width) if bottom != top else upper
    quarters = _quarter_numbers(sheet, bottom, width) if bottom != top else None
    if quarters is not None:  # 'Quarter' | 1 | 2 | 3 | 4 under '2023/24': Q1 .. Q4
        upper, lower = list(upper), list(lower)
        for index, name in quarters.names.items():
            upper[index], lower[index] = quarters.years[index], name
        for index in quarters.labels:
            lower[index] = ""
    undated: list[int] = []
    if bottom != top:
        _carry_periods(upper, lower)
        _carry_years(upper, lower)
        undated = typed_years.carry(upper, lower, _dating)
    columns: list[Column] = []
    by_index = _index_mapping(mapping)
    titles = _title_texts(sheet, top)
    fiscal = fiscal_codes.naming(titles)
    if fiscal is not None:  # 'FY25 = 2024/25' in a note: the title's 'FY25 Q3' too
        titles = [fiscal_codes.spelt_out(t, fiscal) for t in titles]
    year = _title_year(sheet, top, titles)
    named = month_years.title_period(titles)
    by_month = named is not None and named.kind in ("month", "calendar_year")
    hidden: list[Column] = []
    shown_hidden: list[Column] = []  # hidden period columns, read like the ones shown
    slips: list[tuple[int, int, str]] = []
    for index in range(len(upper)):
        top_text = upper[index] if bottom != top else ""
        column = _combine(top_text, one_language(lower[index]), _text_mapping(mapping))
        column.index = index
        chosen = mapping is not None and (
            index in by_index or _mapped_text(lower[index], top_text, mapping)
        )
        if column.field is None and column.header and not chosen:
            doubt = _mend_slips(column, top_text, one_language(lower[index]), sheet, bottom + 1)
            if doubt:
                slips.append((bottom, index, doubt))
        _spell_out_years(column, titles)
        _spell_out_fiscal_codes(column, fiscal)
        if index in sheet.hidden_cols and not chosen and not _hidden_period(column):
            if column.header:  # working out of the reader's sight: not read
                hidden.append(column)
            continue
        if index in sheet.hidden_cols and not chosen:
            column.why = "its heading names only a period: hidden for the print, still figures"
            shown_hidden.append(column)
        if chosen:
            column.why = "the saved mapping"
        if (
            year is not None
            and column.period is None
            and column.field in _PLACEABLE
            and relative.meaning(column.header) is None
            and not (by_month and month_years.month_of(column.header))
        ):
            _place_in_year(column, year)
        if index in by_index:
            mapped = _mapped(column.header, by_index[index])
            column.take(mapped.field, mapped.comparator)
        if index in undated and not chosen:
            column.take("ignore")
            column.period = None
            column.why = "its quarter or month, which no year typed once above dates"
        if not column.header:
            continue
        if quarters is not None and index in quarters.names and column.period is not None:
            column.why = f"quarter number {quarters.names[index][1:]} under '{upper[index]}'"
        columns.append(column)
    if shown_hidden and not any(c.period is not None for c in columns if c not in shown_hidden):
        # no period shown beside them: not a period of the table's kind, left out as hidden
        columns = [c for c in columns if c not in shown_hidden]
        hidden = sorted([*hidden, *shown_hidden], key=lambda c: c.index)
    _place_tertials(sheet, columns, upper, lower, bottom, top, year, titles)
    year_banners.align(columns, titles)  # '2024' under 'Year ending 31 March': 2023/24
    finance_periods.place(
        columns, year or _one_year(columns), PERIOD_FIELDS, _labels(sheet, bottom, columns)
    )
    if by_month:
        _place_months(columns, named)
    labels = [v for v in _labels(sheet, bottom, columns) if isinstance(v, str)]
    term_years.place(columns, [*titles, *labels])
    rows_above = (spread_merged(sheet, r, width) for r in range(top))  # read only if needed
    rolling_columns.place(columns, titles, rows_above)
    # the upper heading row's words over the columns ('Quarter beginning' merged over dates
    # on the row below, beside 'Ref' and 'Measure'): said of the columns as a title is
    bands = [text for text in dict.fromkeys(upper) if text] if bottom != top else []
    quarter_starts.place(
        columns, [*titles, *bands], sheet.rows[bottom + 1 :]
    )  # 'Quarter beginning' 01/04/2024
    quarter_months.place(columns, [*titles, *bands, *(c.header for c in columns)])
    months_elapsed.place(columns)  # 'Q2 (4 months)': neither the quarter nor the year to date
    day_columns.place(columns)
    four_weeks.place(columns, sheet.rows[bottom + 1 :])  # 'Period 5 (22 Jul – 18 Aug)'
    relative.place(
        columns,
        titles,
        "the title",
        _own_periods(columns, sheet, bottom + 1),
        labels=_period_labels(columns, sheet, bottom + 1),
    )
    as_at.place(columns, sheet.rows[:top], titles)
    relative.place_beside(columns)
    year_figure.place(columns)
    outturn_to_date.hold(columns, year)  # 'YTD (Q2)' after '2023/24': not part of 2023/24
    if year is None:
        year = _latest_year(columns)
        if year is not None:
            held_to = _one_year(columns)
            for column in columns:
                if column.period is None and column.field in _PLACEABLE and not column.doubt:
                    if year != held_to and month_spans.span(column.header) is not None:
                        continue  # 'M1-M3' beside 'Outturn 2023/24': last year's, not the months'
                    _place_in_year(column, year)
    month_spans.settle(columns, titles)  # 'M4-M9 YTD', 'P1-P3' in a four-weekly year
    undated = [*undated, *_place_beside_quarters(columns)]
    meeting_columns.place(columns)  # 'Cabinet 11 Jun 2024' alone: when reported, not for when
    rated_periods.place(columns)
    other_ratings.leave_out(columns)  # 'Data quality rating': not the indicator's RAG
    to_date.settle(columns)
    last_year_dated.place(columns)  # 'Oct-23' under 'Same month last year': October 2023's
    above = _title_lines(sheet, top, skip_tables=True)
    titled_to_date = _cumulative_months(columns, above, sheet.rows[bottom + 1 :])
    share_bases.place(columns, upper, lower, bottom != top, above)
    _rates_beside_counts(columns)
    target_bands.pair(columns)
    average_columns.leave_out(columns)  # '6 month average' after the months: a summary
    unplaced = [c for c in columns if c.field is None and c.period is None]
    marked_figures.pair_targets(columns)  # 'In quarter target' | 'Year to date target'
    _settle_duplicates(columns)
    signature = hashlib.sha256(
        "\x1f".join(vocabulary.normalise(c.header) for c in columns).encode()
    ).hexdigest()[:16]
    found = Header(sheet, top, bottom + 1, columns, signature, unplaced, hidden)
    found.undated = [
        (bottom, c.index) for c in columns if c.index in undated and c.field == "ignore"
    ]
    found.restated = restated.pairs(columns)
    found.titled_to_date = titled_to_date
    found.marked_to_date = keyed_counts.marked_from_april(above)
    found.slips = slips
    if fiscal is None:
        found.fiscal_guessed = [c.index for c in columns if fiscal_codes.has_code(c.header)]
    return found


def _place_tertials(
    sheet: Sheet,
    columns: list[Column],
    upper: list[str],
    lower: list[str],
    bottom: int,
    top: int,
    year: Period | None,
    titles: list[str],
) -> None:
    """'T1 2024/25 (Apr–Jul)', 'Tertial 2 2024-25', 'T3' under '2024/25': the four months
    each tertial covers, or held for review (``tertials``)."""
    written = {
        c.index: " ".join(t for t in dict.fromkeys((upper[c.index], lower[c.index])) if t)
        if bottom != top
        else lower[c.index]
        for c in columns
    }
    if not any(
        vocabulary.TERTIAL_NAMED.search(t) or vocabulary.TERTIAL_SHORT.search(t)
        for t in written.values()
    ):
        return
    headings = list(written.values())
    tertials.place(
        columns,
        written,
        year or _one_year(columns),
        sheet,
        [*titles, *headings],
        bottom + 1,
        term_years.about_schools([*titles, *headings]),
    )


SLIP_SAMPLE = 400  # the rows under a heading whose cells say whether a slip is read right


def _mend_slips(column: Column, upper: str, lower: str, sheet: Sheet, first: int) -> str:
    """Read a heading no word of which is known as the heading it was typed for, when a word
    is a slip of one heading word ('Tagret 2024/25' is 'Target 2024/25') and the cells under
    it hold what that heading's column holds. Returns why not, for the review line, when the
    heading put right would decide the column and some but not enough of its cells agree
    ("" otherwise: where none fits, the heading is taken as the word it is, left unread)."""
    over = heading_slips.mended(upper) if upper else None
    under = heading_slips.mended(lower)
    if over is None and under is None:
        return ""
    put_right = _combine(over[0] if over else upper, under[0] if under else lower, None)
    role = put_right.field
    if role is None or role == "ignore":
        return ""
    said = ", ".join(
        f"'{typed}' read as '{read}'"
        for typed, read in [*(over or ("", ()))[1], *(under or ("", ()))[1]]
    )
    rows = sheet.rows[first : first + SLIP_SAMPLE]
    cells_below = (row[column.index] if column.index < len(row) else None for row in rows)
    verdict = heading_slips.weigh(role, cells_below)
    if verdict == "none":
        # nothing under it fits: a real word one letter from a heading word ('Scope' is not
        # 'Score'), left unread as any unknown heading is
        return ""
    if verdict == "some":
        return (
            f"heading '{column.header}' looks like '{put_right.header}' typed with a slip "
            f"({said}), but the cells under it are not {heading_slips.held(role)} — correct the "
            "heading or map the column with a saved profile"
        )
    put_right.index = column.index
    put_right.why = f"heading {said}"
    column.header = put_right.header
    column.field, column.period, column.code = role, put_right.period, put_right.code
    column.series, column.comparator = put_right.series, put_right.comparator
    column.unanchored, column.why = put_right.unanchored, put_right.why
    return ""


def _dating(upper: str, lower: str) -> tuple[Role | None, Period | None]:
    """What 'upper' written over 'lower' says: its role and period."""
    column = _combine(upper, lower, None)
    return column.field, column.period


_MARKED = re.compile(rf"\b{vocabulary.PERIOD_MARKER}(?!\w)", re.I)


def _hidden_period(column: Column) -> bool:
    """A hidden column whose heading names a period and nothing else ('Apr-24', 'Q1 2024/25'):
    months collapsed under their quarters, hidden for the print but the table's own figures.
    Working columns ('Q1 num', 'Lookup key') and a marked figure ('Q3 2024/25 (draft)',
    'Q2 prov', 'YTD Q2') name more than a period and stay out."""
    if column.field != "actual" or column.period is None or column.code or column.series:
        return False
    if _MARKED.search(column.header):
        return False
    found = cells.period_header(column.header)
    return found is not None and not found[1]


def _spell_out_years(column: Column, titles: list[str]) -> None:
    """'Q2 TY', 'SPLY', 'Target LY': the heading read with the year the title gives it."""
    if column.period is not None or not column.header:
        return
    explicit = year_abbreviations.spelt_out(column.header, titles)
    if explicit is None:
        return
    found = classify(explicit)
    if found.period is not None and found.field is not None:
        column.field, column.period, column.comparator = found.field, found.period, None
        column.why = f"its heading, read as '{explicit}' from the year the title names"


def _spell_out_fiscal_codes(column: Column, offset: int | None) -> None:
    """'Q4 FY24', 'FY25 Target': the heading read with the year a note says its code means,
    or, where no note says, the year ending then (FY25 is 2024/25), asked about."""
    if not fiscal_codes.has_code(column.header):
        return
    explicit = fiscal_codes.spelt_out(
        column.header, fiscal_codes.ENDING if offset is None else offset
    )
    found = classify(explicit)
    if found.period is not None and found.field is not None:
        column.field, column.period, column.comparator = found.field, found.period, None
        column.why = f"its heading, read as '{explicit}' " + (
            "as UK councils' finance systems name years: no note says which"
            if offset is None
            else "as the sheet's note names its years"
        )


def _rates_beside_counts(columns: list[Column]) -> None:
    """'Number' | 'Rate per 1,000 population': a rate's heading beside a count's heads figures
    (each measure is then read as an indicator of its own)."""
    by_index = {c.index: c for c in columns}
    for column in columns:
        if column.field is not None or names_a_measure(column.header) != "rate":
            continue
        beside = (by_index.get(column.index - 1), by_index.get(column.index + 1))
        if any(c is not None and names_a_measure(c.header) == "count" for c in beside):
            column.field = "actual"
            column.why = f"its heading '{column.header}': a rate beside a count"


def one_language(text: str, mapping: dict[str, str] | None = None) -> str:
    """'Chwarter 1 / Quarter 1', 'Targed / Target': of a bilingual heading, the side the
    vocabulary reads (English first), or the whole text when neither side says more."""
    sides = cells.bilingual(text)
    if sides is None:
        return text
    whole = vocabulary.match(text)
    if whole is not None and whole.score >= 1.0:
        return text
    classified = [(side, classify(side, mapping)) for side in sides]
    fields = {column.field for _, column in classified} - {None}
    if len(fields) > 1 and "rag" in fields:
        return text  # 'Status / trend': one column holding two things, not two languages
    for side, column in reversed(classified):
        if (
            column.field is not None
            or column.period is not None
            or vocabulary.QUARTER_OR_MONTH.match(vocabulary.normalise(side))
        ):
            return side
    return text


_CUMULATIVE = re.compile(
    r"\b(?:" + "|".join(re.escape(w) for w in vocabulary.CUMULATIVE_WORDS) + r")\b"
)


def _own_periods(columns: list[Column], sheet: Sheet, first: int) -> list[Column]:
    """Columns headed only 'Month' or 'Quarter' whose cells are figures, not periods: the
    report's own period's figures, if its title or sheet name names it (``relative``).
    Beside another column of periods (a long table's 'Period' of 'Q1 2024/25' …) each row
    has a period of its own, and the column is left to ``long_to_date``."""
    undated = [c for c in columns if c.period is None and c.field == "period"]
    if len(undated) != 1:
        return []
    return [
        c
        for c in undated
        if vocabulary.normalise(c.header) in vocabulary.OWN_PERIOD_HEADINGS
        and figure_cells.first_figure(sheet.rows, first, c.index) is not None
    ]


def _period_labels(columns: list[Column], sheet: Sheet, first: int) -> list[Column]:
    """Columns read as periods whose cells are mostly period labels ('Latest period' over
    '2023/24', 'Q2 2024/25', 'Apr 2022 – Mar 2023 cohort'): each row's own period, whatever
    a relative heading says."""
    found: list[Column] = []
    for column in columns:
        relative_heading = (
            column.field in (None, "actual") and relative.meaning(column.header) is not None
        )
        if column.period is not None or not (column.field == "period" or relative_heading):
            continue
        filled = [
            row[column.index]
            for row in sheet.rows[first : first + _LABEL_ROWS]
            if column.index < len(row) and not cells.is_blank(row[column.index])
        ]
        named = [v for v in filled if isinstance(v, str) and cells.period(v) is not None]
        if len(named) >= 2 and len(named) * 5 >= len(filled) * 4:
            if relative_heading:
                column.take("period")
                column.why = "its cells name each row's own period"
            found.append(column)
    return found


_LABEL_ROWS = 40  # data rows a column of period labels is judged by


def _cumulative_months(
    columns: list[Column], titles: list[str], rows: list[list[CellValue]]
) -> bool:
    """Month columns under a heading or title saying the figures are cumulative: the figure
    under 'Jun' covers the financial year from April to the end of June. Beside a year to
    date column ('YTD', 'Year to date Apr–Nov 2024'), a 'Month' or 'This month' column is the
    month's own figure, as is one naming its month by where it stands from the report's ('This
    month Nov 2024', 'Same month last year (Nov 2023)'): the title's words are about the year
    to date. A sentence keying a mark some rows carry ('Measures
    marked (cumulative) ...') is about those rows, not the columns (``keyed_counts``). Beside
    a column saying how each row is counted ('Basis': In month, Year to date), the title's
    words are about the rows marked so: each row's own cell decides (``frequency_rows``).
    True where the title's words were left to that column."""
    said = keyed_counts.says_cumulative(titles, _CUMULATIVE)
    by_row = said and _counted_by_row(columns, rows)
    if by_row:
        said = False
    beside = any(_headed_to_date(c.header) for c in columns)
    for column in columns:
        period = column.period
        if period is None or period.kind != "month" or column.field != "actual":
            continue
        if beside and (_names_own_period(column.header) or _one_month_named(column.header)):
            continue
        if not (said or _CUMULATIVE.search(vocabulary.normalise(column.header))):
            continue
        first = period.start.year if period.start.month >= 4 else period.start.year - 1
        span = periods.month_range(first, 4, period.end.year, period.end.month)
        if span is not None:
            column.period = span
            column.why = "its month, counted from April: the figures are cumulative"
    return by_row


def _counted_by_row(columns: list[Column], rows: list[list[CellValue]]) -> bool:
    """A column headed as a measure type ('Basis', 'Measure type') whose cells mostly say how
    each row is counted (In month, Year to date, Snapshot; ``row_roles``)."""
    sample = rows[:_BASIS_ROWS]
    for column in columns:
        if column.period is not None:
            continue
        filled = [
            text_of(row[column.index])
            for row in sample
            if column.index < len(row) and not cells.is_blank(row[column.index])
        ]
        if filled and row_roles.judged(column.header, filled) == "type":
            return True
    return False


_BASIS_ROWS = 200  # data rows a measure-type column's words are judged by


def _headed_to_date(heading: str) -> bool:
    """'YTD', 'Year to date Apr–Nov 2024': the year to date, with or without its months."""
    if vocabulary.normalise(heading) in vocabulary.YEAR_TO_DATE:
        return True
    dated = cells.period_header(heading)
    if dated is None:
        return False
    return dated[1] in vocabulary.YEAR_TO_DATE or (
        not dated[1] and periods.is_year_to_date(heading)
    )


def _one_month_named(heading: str) -> bool:
    """'This month Nov 2024', 'Same month last year (Nov 2023)': one month's own figure,
    headed by where it stands from the report's month and naming it."""
    dated = dated_relative.named_with_words(heading)
    if dated is None or dated[0].kind != "month":
        return False
    said = vocabulary.RELATIVE_PERIODS.get(dated[1])
    return said is not None and said[0] == "month"


def _names_own_period(heading: str) -> bool:
    """'Month', 'This month', 'In month': the report's own month, counted from its title."""
    key = vocabulary.normalise(heading)
    said = relative.meaning(heading)
    return key in vocabulary.OWN_PERIOD_HEADINGS or (said is not None and said[1] == 0)


def _title_lines(sheet: Sheet, top: int, *, skip_tables: bool = False) -> list[str]:
    """The texts of the rows above a table; with skip_tables, not those of another table's
    rows above it (an indicator named 'Homes delivered (cumulative)' in a section above says
    nothing of how this table's months are counted)."""
    rows = sheet.rows[:top]
    inside = _rows_of_tables(rows) if skip_tables else set()
    return [
        v
        for index, row in enumerate(rows)
        if index not in inside
        for v in row
        if isinstance(v, str) and v.strip()
    ]


def _rows_of_tables(rows: list[list[CellValue]]) -> set[int]:
    """The rows that belong to a table: runs of TABLE_ABOVE_ROWS or more consecutive rows of
    three or more filled cells (a title's label and its value fill two)."""
    inside: set[int] = set()
    run: list[int] = []
    for index, row in enumerate([*rows, []]):
        if sum(1 for v in row if not cells.is_blank(v)) >= 3:
            run.append(index)
            continue
        if len(run) >= TABLE_ABOVE_ROWS:
            inside.update(run)
        run = []
    return inside


def _title_texts(sheet: Sheet, top: int) -> list[str]:
    """The title rows' texts above a table, then the sheet's name: where a report names its
    period (then the print header's, where none of those does). A line dating the file itself ('Last updated: 12/11/2024') comes last, read
    only when nothing else names a period: it is when the file was made, not what it covers."""
    texts = _title_lines(sheet, top)
    own = _own_lines(sheet, top)
    if own:  # a table below another: its own section row ('2024/25') before the sheet's title
        texts = [*own, *(t for t in texts if t not in own)]
    stamped = [t for t in texts if stamps.is_file_stamp(t)]
    named = [*(t for t in texts if t not in stamped), sheet.name]
    return [*named, *_printed_period(sheet, named), *stamped]


def _printed_period(sheet: Sheet, texts: list[str]) -> list[str]:
    """The print header's and footer's lines naming a period ('Quarter 3 2024/25 – Corporate
    report', on every printed page), where no title line nor the sheet's name names one: a
    sheet made to be printed may name its period only there."""
    if not sheet.print_lines or any(cells.period_in_text(t) is not None for t in texts):
        return []
    return [
        t
        for t in sheet.print_lines
        if not stamps.is_file_stamp(t) and cells.period_in_text(t) is not None
    ]


TABLE_ABOVE_ROWS = 3  # rows of two or more cells in a row: a table, not a title's labels


def _table_rows_end_at(sheet: Sheet, last: int) -> bool:
    start = max(0, last - TABLE_ABOVE_ROWS + 1)
    return last + 1 - start == TABLE_ABOVE_ROWS and all(
        sum(1 for v in sheet.rows[r] if not cells.is_blank(v)) > 1 for r in range(start, last + 1)
    )


def _own_lines(sheet: Sheet, top: int) -> list[str]:
    """For a table below another table on its sheet, the lines of text between the two,
    nearest first: the section row over it names its year ('2023/24' over one block of bare
    'Q1'..'Q4', '2024/25' over the next), not the first block's. Nothing for the first table
    of a sheet (its title rows are read top to bottom)."""
    own: list[str] = []
    for index in range(top - 1, -1, -1):
        filled = [v for v in sheet.rows[index] if not cells.is_blank(v)]
        if not filled:
            continue
        if len(filled) > 1:  # a table's rows above (not a label and its value in the title)
            return own if _table_rows_end_at(sheet, index) else []
        if isinstance(filled[0], str) and filled[0].strip():
            own.append(filled[0])
    return []


def _title_year(sheet: Sheet, top: int, titles: list[str] | None = None) -> Period | None:
    """The financial year named in the title rows ("Quarter 2 report 2024/25") or the sheet's
    name. A line naming the meeting the report goes to ('Overview and Scrutiny Committee, 17
    June 2025') names no year of its figures: June's committee hears the year just ended."""
    for text in _title_texts(sheet, top) if titles is None else titles:
        if stamps.is_meeting_day(text):
            continue
        found = cells.period_header(text)
        if found is None:
            continue
        period = found[0]
        if period.kind == "financial_year":
            return period
        if period.kind in ("quarter", "month") or parsed_tertials.is_tertial(period):
            first = period.start.year if period.start.month >= 4 else period.start.year - 1
            return periods.financial_year(first)
    return None


def _labels(sheet: Sheet, bottom: int, columns: list[Column]) -> list[CellValue]:
    """The first cells under the name and code headings: what names the table's rows."""
    named = [c.index for c in columns if c.field in ("name", "code")]
    rows = sheet.rows[bottom + 1 : bottom + 1 + SCAN_ROWS]
    return [row[i] for row in rows for i in named if i < len(row)]


def _one_year(columns: list[Column]) -> Period | None:
    """The one financial year the target headings name ('Target 2024/25'): the year whose
    periods they are held to. A figure's year ('Outturn 2023/24') may be last year's."""
    years = {
        c.period
        for c in columns
        if c.field == "target" and c.period is not None and c.period.kind == "financial_year"
    }
    return years.pop() if len(years) == 1 else None


def _latest_year(columns: list[Column]) -> Period | None:
    """'2024/25 Target' beside bare 'Q1', 'Q2' headings: the quarters are of 2024/25."""
    years = [
        c.period for c in columns if c.period is not None and c.period.kind == "financial_year"
    ]
    return max(years, key=lambda p: p.start) if years else None


def is_bare_period(text: str) -> bool:
    """'Q3', 'Qtr 2 Actual', 'Mar', 'H1', 'M1-M3': a period heading that names no year."""
    key = vocabulary.normalise(text)
    return bool(vocabulary.QUARTER_OR_MONTH.match(key)) or (
        month_spans.span(text) is not None and cells.period_header(text) is None
    )


def is_bare_quarter(text: str) -> bool:
    """'Q1', 'Qtr 2', 'Quarter 3 Actual': a quarter heading that names no year."""
    key = vocabulary.normalise(text)
    return bool(vocabulary.BARE_QUARTER_HEADING.match(key))


def place_in_year(header: Header, year: Period) -> None:
    """Bare 'Q1', 'Q2' headings placed in a year named outside the sheet (the file's name)."""
    if year.kind in ("month", "calendar_year"):
        _place_months(header.columns, year)
        header.unplaced = [c for c in header.unplaced if c.field is None and c.period is None]
    if year.kind in ("quarter", "month"):
        year = periods.financial_year(year.start.year - (year.start.month < 4))
    if year.kind != "financial_year":
        return
    labels = _labels(header.sheet, header.first_data - 1, header.columns)
    finance_periods.place(header.columns, year, PERIOD_FIELDS, labels)
    for column in header.columns:
        if column.period is None and column.field in _PLACEABLE and not column.doubt:
            _place_in_year(column, year)
    month_spans.settle(header.columns, _title_texts(header.sheet, header.top))
    header.unplaced = [c for c in header.unplaced if c.field is None and c.period is None]


def _place_beside_quarters(columns: list[Column]) -> list[int]:
    """'Q1 Commentary' beside a 'Q1 2024/25' column: that one dated Q1 gives the year. A
    'Q3 RAG' beside the Q3 columns of more than one year is left out, its index returned to
    be asked about: which Q3 it rates, nothing on the sheet says."""
    dated = {c.period for c in columns if c.period is not None and c.period.kind == "quarter"}
    unsure: list[int] = []
    for column in columns:
        if column.period is not None or column.field not in _PLACEABLE:
            continue
        key = vocabulary.normalise(column.header)
        found = vocabulary.QUARTER_OR_MONTH.match(key) or vocabulary.TRAILING_QUARTER.search(key)
        if found is None:
            continue
        years: set[Period] = set()
        for period in dated:
            year = periods.financial_year(period.start.year - (period.start.month < 4))
            if periods.combine_period(year, found.group(1)) == period:
                years.add(year)
        if len(years) == 1:
            _place_in_year(column, years.pop())
        elif len(years) > 1 and column.field == "rag":
            column.take("ignore")
            column.why = "its quarter, which more than one year's columns beside it have"
            unsure.append(column.index)
    return unsure


def _place_in_year(column: Column, year: Period) -> None:
    """'Q1 Actual' under a title naming 2024/25 is Q1 2024/25's actual; 'Target Q1–Q2'
    the target of April to September 2024."""
    spanned = _span_in_year(column.header, year)
    if spanned is not None:
        column.period = spanned[0]
        column.field = spanned[1] or "actual"
        return
    key = vocabulary.normalise(column.header)
    found = vocabulary.QUARTER_OR_MONTH.match(key) or vocabulary.TRAILING_QUARTER.search(key)
    if found is None:
        return
    period = periods.combine_period(year, found.group(1))
    if period is None:
        return
    words = f"{key[: found.start()]} {key[found.end() :]}".split()
    rest = " ".join(w for w in words if w not in vocabulary.HEADING_FILLER)
    # 'Q1 (as reported)', 'Q1 (revised)', 'Q1 Local': the quarter's figure, given twice
    if restated.revision(rest) is not None or restated.standing(rest) is not None:
        rest = ""
    again = vocabulary.QUARTER_OR_MONTH.match(rest)
    if (
        again is not None
        and again.end() == len(rest)
        and periods.combine_period(year, again.group(1)) == period
    ):
        rest = ""  # 'Chwarter 1' over 'Quarter 1': the quarter in Welsh, then in English
    if rest and aims.is_aim(rest):
        rest = "target"  # 'Q1 Aim': that quarter's target
    sub = vocabulary.match(rest) if rest else None
    if rest and (
        sub is None or sub.score < MIN_SCORE or sub.field not in PERIOD_FIELDS | {"target"}
    ):
        if names_a_measure(rest) is None:
            return
        sub = None  # 'Q1 (%)', 'Q1 No.': the quarter's figure, in the unit its heading names
    column.period = period
    column.field = sub.field if sub is not None else "actual"


def _place_months(columns: list[Column], named: Period | None) -> None:
    """Bare month headings placed by a calendar year or a month the title names."""
    open_ = [
        c
        for c in columns
        if c.period is None and c.field in _PLACEABLE and relative.meaning(c.header) is None
    ]
    placing = month_years.years([month_years.month_of(c.header) for c in open_], named)
    for column, year in zip(open_, placing, strict=True):
        if year is not None:
            _place_in_year(column, year)


def _settle_duplicates(columns: list[Column]) -> None:
    """Only one code/name column: a second 'Indicator' heading becomes the description."""
    single = (
        "code",
        "name",
        "portfolio",
        "service",
        "polarity",
        "unit",
        "owner",
        "target",
        "numerator",
        "denominator",
        "rag",
        "direction",
        "commentary",
    )
    for name in single:
        found = [c for c in columns if c.field == name and c.period is None]
        # 'Target (min)' | 'Target (max)': the two ends of one target, both kept
        found = [c for c in found if c.band_end is None or c.partner < 0]
        if name in ("name", "code"):  # 'KPI_Name' beside 'Measure_Type': the whole heading wins
            found.sort(key=lambda c: -_heading_score(c.header))
        if name == "target":  # 'Annual target' beside 'Quarterly target': the period's own wins
            found.sort(key=_whole_year_target)
            # 'Stretch target' before 'Target': the council's own is the one kept
            found.sort(key=lambda c: vocabulary.other_target(c.header) is not None)
            # 'Goal' beside 'Target value': the heading that may name a direction yields
            found.sort(key=lambda c: aims.is_aim(c.header))
        # 'RAG' beside '% of target achieved': the column of arithmetic is never the one kept
        found.sort(key=lambda c: vocabulary.is_derived_heading(c.header))
        if name == "code":  # a list's 'ID' beside 'KPI Ref': the row's key, not the indicator's
            found.sort(key=lambda c: vocabulary.normalise(c.header) in vocabulary.ID_WORDS)
        for extra in found[1:]:
            if name == "name":
                extra.field = "description"
            elif name == "code" and not any(c.field == "name" for c in columns):
                extra.field = "name"
            else:
                extra.field = "ignore"
                if name == "rag" and not extra.why:  # asked about if its cells are ratings
                    extra.why = other_ratings.SECOND


def _heading_score(heading: str) -> float:
    found = vocabulary.match(heading)
    return found.score if found is not None else 0.0


def _whole_year_target(column: Column) -> bool:
    key = f" {vocabulary.normalise(column.header)} "
    return any(f" {w} " in key for w in vocabulary.WHOLE_YEAR_TARGET_WORDS)


def _mapped_text(bottom: str, top: str, mapping: dict[str, str]) -> bool:
    texts = _text_mapping(mapping) or {}
    keys = {normalise_key(bottom), normalise_key(f"{top} {bottom}") if top else ""}
    return any(k and k in texts for k in keys)


def _index_mapping(mapping: dict[str, str] | None) -> dict[int, str]:
    if not mapping:
        return {}
    return {int(k): v for k, v in mapping.items() if str(k).isdecimal()}


def _text_mapping(mapping: dict[str, str] | None) -> dict[str, str] | None:
    if not mapping:
        return None
    return {normalise_key(k): v for k, v in mapping.items() if not str(k).isdigit()}
