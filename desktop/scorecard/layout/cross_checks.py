"""Checks made after the tables are read: evidence, in the figures themselves, of a misreading.

Whatever the layout, some readings cannot be right, and each is a doubt naming a cell:

- **published ratings the figures do not explain.** Where a table prints RAG ratings and
  targets, most of its rows should agree with what their figures give against their
  targets (allowing officers' judgement: amber is never counted, and only a green far on
  the wrong side of its target or a red that meets it is a contradiction). When most rated
  rows contradict their rating under every polarity the indicator may have, the value or
  target column (or the period the rating belongs to) is probably not the one read.
- **figures that are not figures of the indicator:** an Excel date serial (45382) or a
  year (2024) among small figures, figures that are each the year of their own period,
  a column counting 1, 2, 3 … down the rows (a row number), figures that are the digits
  of the row's own code.
- **periods that cannot be right:** one indicator whose every figure lies years away from
  the rest of the file, or a table whose quarter (or month) columns of one year run out of
  order (Q3, Q1, Q2).
- **a quarter with a single year** ("Q4 2024"): a quarter of the financial year starting
  that year, or of the calendar year? Read as financial when the table or its titles use
  financial years ("2024/25", "financial year"), as calendar when they say "calendar",
  and otherwise asked about.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Iterable
from operator import itemgetter

from desktop.scorecard import vocabulary
from desktop.scorecard.layout import year_types
from desktop.scorecard.layout.header import Header, text_of
from desktop.scorecard.layout.notes import Notes, a1, from_a1
from desktop.scorecard.layout.period_parts import period_parts
from desktop.scorecard.model import ParsedIndicator, ParsedObservation, Period
from desktop.scorecard.parse import period_spans
from desktop.scorecard.read.grid import CellValue

# -- published RAG ----------------------------------------------------------------------------

RAG_MARGIN = 0.05  # a green this far (share of the target) on the wrong side contradicts it
RAG_MIN_RATED = 4  # rated rows a table needs before its ratings are weighed
RAG_CONTRADICTED = 0.6  # share of rated rows contradicted under every polarity: a doubt

# -- figures that are not figures -------------------------------------------------------------

SERIAL_LOW, SERIAL_HIGH = 36526, 55153  # Excel serials of 1 Jan 2000 and 31 Dec 2050
YEAR_LOW, YEAR_HIGH = 1990, 2100
SMALL_BESIDE = 200.0  # the other figures all below this: a year or serial among them stands out
COUNTING_ROWS = 4  # a column counting 1, 2, 3, 4 … down this many rows is a row number

# -- periods ----------------------------------------------------------------------------------

SAMPLED_ROWS = 20  # first data rows whose short texts may say which kind of year is meant
YEARS_AWAY = 5  # an indicator whose every figure is this many years outside the rest

_Q = vocabulary.QUARTER_NAME
_SINGLE_YEAR_QUARTER = re.compile(
    rf"^\s*(?:{_Q}\.?\s*(?P<q>[1-4])[\s,;:_\-/]*(?P<y>(?:19|20)\d{{2}})"
    rf"|(?P<y2>(?:19|20)\d{{2}})[\s,;:_\-/]*{_Q}\.?\s*(?P<q2>[1-4]))\s*$",
    re.I,
)
_QUARTER_IN_TEXT = re.compile(
    rf"\b{_Q}\.?\s*(?P<q>[1-4])[\s,]+(?P<y>(?:19|20)\d{{2}})\b(?!\s*[/\-]\s*\d)", re.I
)
_FINANCIAL_YEAR = re.compile(r"\b(?:19|20)\d{2}\s*[/\-]\s*(?:\d{2}|(?:19|20)\d{2})\b(?![/\-.]\d)")


def check(
    indicators: list[ParsedIndicator], notes: Notes, headers: list[Header], file_stem: str = ""
) -> None:
    """Doubt (or settle) what the figures read show to be misread. Run once, after merging."""
    for header in headers:
        _single_year_quarters(header, indicators, notes, file_stem)
        _columns_out_of_order(header, notes)
    _published_rag(indicators, notes)
    _not_figures(indicators, notes)
    _far_periods(indicators, notes)


def _where(observation: ParsedObservation) -> tuple[str, int, int]:
    row, col = from_a1(observation.cell or "")
    return observation.sheet or "", row, col


def _label(indicator: ParsedIndicator) -> str:
    return indicator.code or indicator.name


# -- 1. published RAG against the figures -----------------------------------------------------


def contradicts(observation: ParsedObservation, polarity: str) -> bool:
    """The published rating cannot follow from the figure and target under ``polarity``."""
    actual, target, rag = observation.actual, observation.target, observation.rag
    if actual is None or target is None or rag not in ("red", "green"):
        return False
    sign = 1.0 if polarity == "higher_is_better" else -1.0
    better = (actual - target) * sign  # above zero: on the good side of the target
    margin = RAG_MARGIN * max(abs(target), 1e-9)
    if rag == "green":
        return better < -margin
    return better >= 0  # red while meeting the target


def _polarities(indicator: ParsedIndicator) -> tuple[str, ...]:
    if indicator.polarity in ("higher_is_better", "lower_is_better"):
        return (indicator.polarity,)
    return ("higher_is_better", "lower_is_better")


def _published_rag(indicators: list[ParsedIndicator], notes: Notes) -> None:
    """Per sheet: most rated rows contradict their published rating whatever the polarity."""
    rated: dict[str, int] = defaultdict(int)
    wrong: dict[str, list[tuple[ParsedIndicator, ParsedObservation]]] = defaultdict(list)
    for indicator in indicators:
        if indicator.band_low is not None:
            continue  # a band target: green inside it, judged elsewhere
        by_sheet: dict[str, list[ParsedObservation]] = {}
        for observation in indicator.observations:
            rag = observation.rag
            if (
                (rag == "red" or rag == "green")
                and observation.actual is not None
                and observation.target is not None
            ):
                sheet = observation.sheet or ""
                held = by_sheet.get(sheet)
                if held is None:
                    by_sheet[sheet] = [observation]
                else:
                    held.append(observation)
        if not by_sheet:
            continue
        polarities = _polarities(indicator)
        for sheet, observations in by_sheet.items():
            rated[sheet] += len(observations)
            best: list[ParsedObservation] | None = None
            for polarity in polarities:
                odd = _contradicted(observations, polarity)
                if best is None or len(odd) < len(best):
                    best = odd
            wrong[sheet].extend((indicator, o) for o in best or [])
    for sheet, count in rated.items():
        against = wrong[sheet]
        if count < RAG_MIN_RATED or len(against) < RAG_CONTRADICTED * count:
            continue
        indicator, first = against[0]
        _, row, col = _where(first)
        notes.doubt(
            sheet,
            row,
            col,
            f"the published RAG ratings contradict the figures read in {len(against)} of "
            f"{count} rated rows (e.g. '{_label(indicator)}' {first.period.label}: "
            f"{first.actual:g} against a target of {first.target:g}, rated {first.rag}) — "
            "check which columns hold the value, the target and the rating's period",
            kind="ratings contradict figures",
        )


def _contradicted(observations: list[ParsedObservation], polarity: str) -> list[ParsedObservation]:
    """The observations ``contradicts`` holds against under ``polarity``: each rated red or
    green, with an actual and a target (worked out inline: this runs per rated figure)."""
    sign = 1.0 if polarity == "higher_is_better" else -1.0
    odd: list[ParsedObservation] = []
    for observation in observations:
        actual, target = observation.actual, observation.target
        better = (actual - target) * sign  # type: ignore[operator]
        if observation.rag == "green":
            if better < -(RAG_MARGIN * max(abs(target), 1e-9)):  # type: ignore[arg-type]
                odd.append(observation)
        elif better >= 0:  # red while meeting the target
            odd.append(observation)
    return odd


# -- 2. figures that are not figures of the indicator -----------------------------------------


def _whole(value: float | None) -> bool:
    return value is not None and float(value).is_integer()


def _not_figures(indicators: list[ParsedIndicator], notes: Notes) -> None:
    columns: dict[tuple[str, str], list[tuple[ParsedIndicator, ParsedObservation]]] = defaultdict(
        list
    )
    for indicator in indicators:
        key: tuple[str, str] | None = None
        column: list[tuple[ParsedIndicator, ParsedObservation]] = []
        for observation in indicator.observations:
            if observation.actual is not None and observation.cell:
                letters = observation.cell.rstrip("0123456789")  # the column, cheaply
                here = (observation.sheet or "", letters)
                if here != key:  # (an indicator's figures are mostly in one column)
                    key, column = here, columns[here]
                column.append((indicator, observation))
        _years_of_own_periods(indicator, notes)
        _dates_among_small(indicator, notes)
    for pairs in columns.values():
        _counting_rows(pairs, notes)
        _code_digits(pairs, notes)


def _date_like(value: float) -> str | None:
    if not value.is_integer():
        return None
    if YEAR_LOW <= value <= YEAR_HIGH:
        return "a year"
    if SERIAL_LOW <= value <= SERIAL_HIGH:
        return "an Excel date"
    return None


def _dates_among_small(indicator: ParsedIndicator, notes: Notes) -> None:
    """A year (2024) or a date serial (45382) among an indicator's small figures, or beside a
    small target of its own (a date serial against a target of 95%)."""
    if not any(
        o.actual is not None and YEAR_LOW <= o.actual <= SERIAL_HIGH for o in indicator.observations
    ):
        return  # the common case, answered cheaply
    figures = [o for o in indicator.observations if o.actual is not None]
    odd = [o for o in figures if _date_like(float(o.actual or 0)) is not None]
    rest = [float(o.actual or 0) for o in figures if o not in odd]
    among = len(rest) >= 2 and max(abs(v) for v in rest) < SMALL_BESIDE
    for observation in odd:
        value = float(observation.actual or 0)
        target = observation.target
        if among:
            beside = f"where its other figures are {_few(rest)}"
        elif not rest and target is not None and 0 < abs(target) < SMALL_BESIDE:
            beside = f"against a target of {target:g}"
        else:
            continue
        sheet, row, col = _where(observation)
        notes.doubt(
            sheet,
            row,
            col,
            f"'{_label(indicator)}' {observation.period.label} is {value:g}, which looks like "
            f"{_date_like(value)}, {beside} — check the cell (or import with --accept to "
            "keep it)",
            kind="a date among figures",
        )


def _years_of_own_periods(indicator: ParsedIndicator, notes: Notes) -> None:
    """Every figure the year of its own period (2023 for 2023/24): the year column was read."""
    figures = [o for o in indicator.observations if o.actual is not None]
    if len(figures) < 2:
        return
    if not all(
        _whole(o.actual) and int(o.actual or 0) in (o.period.start.year, o.period.end.year)
        for o in figures
    ):
        return
    sheet, row, col = _where(figures[0])
    notes.doubt(
        sheet,
        row,
        col,
        f"every figure of '{_label(indicator)}' is the year of its own period "
        f"({_few([float(o.actual or 0) for o in figures])}) — check which column holds "
        "the values",
        kind="figures are years",
    )


def _counting_rows(column: list[tuple[ParsedIndicator, ParsedObservation]], notes: Notes) -> None:
    """A column counting 1, 2, 3 … down its rows: a row number read as figures."""
    if len(column) < COUNTING_ROWS or not all(_whole(o.actual) for _, o in column):
        return  # the first figure with a fraction ends it, cheaply
    if len({id(i) for i, _ in column}) < COUNTING_ROWS:
        return  # one indicator's series may count up (1, 2, 3 incidents): only across several
    counted = {int(o.actual or 0) for _, o in column}
    if len(counted) != len(column) or min(counted) not in (0, 1, 2):
        return
    if max(counted) - min(counted) != len(column) - 1:
        return
    ordered = sorted(column, key=lambda pair: _where(pair[1])[1])
    values = [pair[1].actual for pair in ordered]
    steps = {int(b or 0) - int(a or 0) for a, b in itertools.pairwise(values)}
    if steps != {1} or int(values[0] or 0) not in (0, 1, 2):
        return
    sheet, row, col = _where(ordered[0][1])
    notes.doubt(
        sheet,
        row,
        col,
        f"the figures in column {a1(row, col).rstrip('0123456789')} count "
        f"{int(values[0] or 0)}, {int(values[1] or 0)}, {int(values[2] or 0)} … down the "
        "rows — it looks like a row number, not values; check which column holds the values",
        kind="row numbers as figures",
    )


_DIGITS = re.compile(r"(\d+)(?!.*\d)")


def _code_digits(column: list[tuple[ParsedIndicator, ParsedObservation]], notes: Notes) -> None:
    """Most figures of a column are the digits of their row's code (12 for 'PI 12')."""
    if len(column) < 3:
        return
    same: list[tuple[ParsedIndicator, ParsedObservation]] = []
    coded = unlike = 0
    digits: dict[str, int | None] = {}  # each code's number, read once for all its rows
    for indicator, observation in column:
        code = indicator.code
        if not code:
            continue
        number = digits.get(code, -1)
        if number == -1:
            found = _DIGITS.search(code)
            number = digits[code] = None if found is None else int(found[1])
        if number is None:
            continue
        coded += 1
        if _whole(observation.actual) and int(observation.actual or 0) == number:
            same.append((indicator, observation))
        else:
            unlike += 1
            if unlike * 5 > len(column):  # already more than a fifth unlike: no pattern
                return
    if coded < 3 or coded * 2 < len(column) or len(same) * 5 < coded * 4:
        return
    indicator, observation = same[0]
    sheet, row, col = _where(observation)
    notes.doubt(
        sheet,
        row,
        col,
        f"the figures in column {a1(row, col).rstrip('0123456789')} are the numbers in their "
        f"rows' codes ('{indicator.code}' reads {observation.actual:g}) — check which column "
        "holds the values",
        kind="code numbers as figures",
    )


def _few(figures: Iterable[float]) -> str:
    shown = list(figures)
    text = ", ".join(f"{f:g}" for f in shown[:3])
    return text + (", …" if len(shown) > 3 else "")


# -- 4. periods that cannot be right ----------------------------------------------------------


def _far_periods(indicators: list[ParsedIndicator], notes: Notes) -> None:
    """An indicator whose every figure lies years outside the span of all the others'."""
    spans = [
        (i, min(years), max(years))
        for i in indicators
        if (years := [o.period.start.year for o in i.observations])
    ]
    if len(spans) < 4:
        return
    lows = sorted(span[1] for span in spans)[:2]  # the others' span: the two widest ends
    highs = sorted((span[2] for span in spans), reverse=True)[:2]
    for indicator, first_year, last_year in spans:
        low = lows[1] if first_year == lows[0] else lows[0]
        high = highs[1] if last_year == highs[0] else highs[0]
        if last_year < low - YEARS_AWAY or first_year > high + YEARS_AWAY:
            first = indicator.observations[0]
            sheet, row, col = _where(first)
            notes.doubt(
                sheet,
                row,
                col,
                f"'{_label(indicator)}' is read for {first.period.label}, years away from the "
                f"rest of the file ({low}–{high}) — check the period of this row",
                kind="period far from the rest",
            )


def _columns_out_of_order(header: Header, notes: Notes) -> None:
    """Quarter (or month) columns of one financial year running out of order (Q3, Q1, Q2)."""
    groups: dict[tuple[str, int, str, str], list[tuple[int, Period]]] = defaultdict(list)
    for column in header.columns:
        period = column.period
        if column.field != "actual" or period is None or period.kind not in ("quarter", "month"):
            continue
        fy = period.start.year if period.start.month >= 4 else period.start.year - 1
        key = (period.kind, fy, column.series or "", column.code or "")  # blocks repeat
        groups[key].append((column.index, period))
    for group in groups.values():
        starts = [p.start for _, p in sorted(group, key=lambda pair: pair[0])]
        if len(set(starts)) < 3:
            continue
        rising = all(a <= b for a, b in itertools.pairwise(starts))
        falling = all(a >= b for a, b in itertools.pairwise(starts))
        if rising or falling:
            continue
        index, period = sorted(group, key=lambda pair: pair[0])[0]
        shown = ", ".join(p.label for _, p in sorted(group, key=lambda pair: pair[0])[:4])
        notes.doubt(
            header.sheet.name,
            header.top,
            index,
            f"the period columns run out of order ({shown}) — check the period headings "
            "(a year or quarter may be misread)",
            kind="periods out of order",
        )


# -- 5. a quarter with a single year ----------------------------------------------------------


def single_year_quarter(text: str) -> tuple[int, int] | None:
    """(quarter, year) of "Q4 2024" or "2024 Q4", or None."""
    found = _SINGLE_YEAR_QUARTER.match(text)
    if found is None:
        return None
    return int(found["q"] or found["q2"]), int(found["y"] or found["y2"])


def calendar_quarter(q: int, year: int) -> Period:
    """Quarter ``q`` of calendar ``year`` (Q1 = January to March), as a Period."""
    return period_spans.quarter(year - 1, 4) if q == 1 else period_spans.quarter(year, q - 1)


def _table_texts(header: Header) -> list[str]:
    """The headings and title rows of a table, its sheet's name, and the short texts of its
    first rows (a 'Financial year' column of 2024/25 beside a 'Quarter' of Q1 2024)."""
    texts = [header.sheet.name]
    for row in header.sheet.rows[: header.first_data]:
        texts.extend(text_of(v) for v in row if v is not None)
    for row in header.sheet.rows[header.first_data : header.first_data + SAMPLED_ROWS]:
        texts.extend(v for v in row if isinstance(v, str) and len(v) <= 20)
    return texts


def _year_form(texts: Iterable[str]) -> str | None:
    """'financial' or 'calendar' when the texts say which kind of year, else None."""
    said = " ".join(vocabulary.normalise(t) for t in texts)
    raw = " ".join(texts)
    calendar = any(w in said for w in vocabulary.CALENDAR_YEAR_WORDS)
    financial = any(w in said for w in vocabulary.FINANCIAL_YEAR_WORDS) or bool(
        _FINANCIAL_YEAR.search(raw)
    )
    if calendar == financial:
        return None
    return "calendar" if calendar else "financial"


def _single_year_quarters(
    header: Header, indicators: list[ParsedIndicator], notes: Notes, file_stem: str
) -> None:
    """Quarter headings with one year: settle them from the file's year form, or ask."""
    cells: list[tuple[int, int, str, tuple[int, int]]] = []  # row, col, text, (q, year)
    for column in header.columns:
        if column.period is None or column.period.kind != "quarter":
            continue
        found = single_year_quarter(column.header)
        if found is not None:
            cells.append((header.top, column.index, column.header, found))
    period_column = header.one("period")
    if period_column is not None and _some_single_year(header, period_column.index):
        read: dict[str, tuple[str, tuple[int, int] | None]] = {}  # a long table repeats a few
        for index in range(header.first_data, len(header.sheet.rows)):
            cells_of_row = header.sheet.rows[index]
            value = (
                cells_of_row[period_column.index]
                if period_column.index < len(cells_of_row)
                else None
            )
            if not isinstance(value, str) or len(value) > 20:  # quarters are short texts
                continue
            known = read.get(value)
            if known is None:
                text = text_of(value)
                known = read[value] = (text, single_year_quarter(text))
            text, found = known
            if found is not None:
                cells.append((index, period_column.index, text, found))
    if not cells:
        cells = _split_quarters(header)
    if not cells and period_column is None and not header.period_columns:
        cells = _quarter_named_outside(header, indicators, file_stem)
    if not cells:
        return
    texts = [t for t in _table_texts(header) if single_year_quarter(t) is None]
    form = _year_form([*texts, file_stem])
    if form == "financial":
        return
    if form == "calendar":
        _as_calendar(header, indicators, {c[3] for c in cells})
        notes.warn(
            f"{header.sheet.name}!{a1(cells[0][0], cells[0][1])}: quarters such as "
            f"'{cells[0][2]}' read as calendar quarters (the sheet says calendar years)"
        )
        return
    at, col, text, (q, year) = cells[0]
    notes.doubt(
        header.sheet.name,
        at,
        col,
        f"'{text}' names a quarter with one year: Q{q} of the financial year {year}/"
        f"{(year + 1) % 100:02d} or of the calendar year {year}? Nothing in the file says — "
        f"write it as 'Q{q} {year}/{(year + 1) % 100:02d}' or name the kind of year in the "
        "title (or import with --accept to read financial years)",
        kind="quarter with one year",
    )


def _some_single_year(header: Header, at: int) -> bool:
    """Whether some short text in the column ``at`` under the heading names a quarter with
    one year: each distinct cell asked once (a long table repeats a few period labels)."""
    if at < 0:
        return True  # (read row by row, as ever)
    rows = header.sheet.rows[header.first_data :]
    if min(map(len, rows), default=0) > at:
        distinct = set(map(itemgetter(at), rows))
    else:
        distinct = {row[at] if at < len(row) else None for row in rows}
    return any(
        isinstance(value, str) and len(value) <= 20 and single_year_quarter(text_of(value))
        for value in distinct
    )


_BARE_YEAR = re.compile(r"(?:19|20)\d{2}")
_A_WORD = re.compile(r"[^\W\d_]")


def _split_quarters(header: Header) -> list[tuple[int, int, str, tuple[int, int]]]:
    """A long table's period split over columns (Year 2024 | Period Q1) read as one text
    ('Q1 2024'), each row naming the cell of its year; none where a 'Year type' column says
    what each row's year is (``year_types``), nor for an upload template's numbered parts
    (Year 2012 | Quarter 3), placed by ``period_parts``' rule."""
    parts = [c for c in header.of("period") if c.period is None]
    rows = header.sheet.rows
    if len(parts) < 2 or year_types.column(
        header.columns, rows[header.first_data : header.first_data + 200]
    ):
        return []
    read: dict[tuple[CellValue, ...], tuple[str, tuple[int, int] | None, int]] = {}
    found: list[tuple[int, int, str, tuple[int, int]]] = []
    for index in range(header.first_data, len(rows)):
        row = rows[index]
        values = tuple(row[c.index] if c.index < len(row) else None for c in parts)
        known = read.get(values)
        if known is None:
            texts = sorted(
                (text_of(v) for v in period_parts(parts, values)),
                key=lambda t: _BARE_YEAR.fullmatch(t) is not None,
            )  # the year last: 'Q1 2024'
            text = " ".join(t for t in texts if t)
            year_at = next(
                (
                    c.index
                    for c, v in zip(parts, values, strict=True)
                    if _BARE_YEAR.fullmatch(text_of(v))
                ),
                parts[0].index,
            )
            worded = any(_A_WORD.search(text_of(v)) for v in values)  # not Quarter 3
            quarter = single_year_quarter(text) if worded and len(text) <= 30 else None
            known = read[values] = (text, quarter, year_at)
        text, quarter, year_at = known
        if quarter is not None:
            found.append((index, year_at, text, quarter))
    return found


def _quarter_named_outside(
    header: Header, indicators: list[ParsedIndicator], file_stem: str
) -> list[tuple[int, int, str, tuple[int, int]]]:
    """A table with no period of its own whose figures took a 'Q4 2024' in a title row, the
    sheet's name or the file's name."""
    named: list[tuple[int, int, str]] = [
        (header.top, 0, header.sheet.name),
        (header.top, 0, file_stem),
    ]
    for index, title_row in enumerate(header.sheet.rows[: header.top]):
        named.extend((index, col, v) for col, v in enumerate(title_row) if isinstance(v, str))
    used = {
        o.period.label
        for i in indicators
        for o in i.observations
        if o.sheet == header.sheet.name and o.period.kind == "quarter"
    }
    for at, col, text in named:
        found = _QUARTER_IN_TEXT.search(text)
        if found is None:
            continue
        q, year = int(found["q"]), int(found["y"])
        if period_spans.quarter(year, q).label in used:
            return [(at, col, found[0], (q, year))]
    return []


def _as_calendar(
    header: Header, indicators: list[ParsedIndicator], quarters: set[tuple[int, int]]
) -> None:
    """Move this table's figures read as financial quarters to the calendar quarters meant."""
    moved = {period_spans.quarter(year, q).label: calendar_quarter(q, year) for q, year in quarters}
    last = len(header.sheet.rows)
    for indicator in indicators:
        for observation in indicator.observations:
            if observation.sheet != header.sheet.name or observation.period.label not in moved:
                continue
            row, _ = from_a1(observation.cell or "")
            if header.first_data <= row < last:
                observation.period = moved[observation.period.label]
        indicator.observations.sort(key=lambda o: (o.period.start, o.period.end))
