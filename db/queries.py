"""Read the store in a few set-based queries and hand back plain records (never live rows)."""

from __future__ import annotations

import json
import re
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from itertools import groupby, pairwise
from operator import itemgetter
from typing import Any, overload

from sqlalchemy import Dialect, Select, and_, bindparam, delete, func, null, select
from sqlalchemy.orm import Session

from db.models import (
    ComparatorValueRow,
    IndicatorAnalysisRow,
    IndicatorRow,
    ObservationRow,
    PeriodRow,
    PortfolioRow,
    QuestionRow,
    ScorecardImportRow,
    ServiceRow,
    SettingRow,
)
from db.quick_read import export_order_key, summaries_from_rows
from db.quick_read import natural_key as natural_key  # where callers have long found it
from db.records import (
    ImportRecord,
    IndicatorMatch,
    IndicatorRecord,
    ObservationRecord,
    PeriodRecord,
    SummaryRecord,
    make_indicator_record,
)

# Questions in these states need nothing more from the committee.
CLOSED_QUESTION_STATUSES = ("answered", "withdrawn")
# Well under SQLite's limit on bound parameters in one statement.
_CHUNK = 500

_AnySelect = Select[*tuple[Any, ...]]


def _chunks(ids: Sequence[int] | None) -> Iterator[Sequence[int] | None]:
    if ids is None:
        yield None
        return
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


def _rows(session: Session, statements: Iterable[_AnySelect]) -> list[tuple[Any, ...]]:
    """Run statements on the session's own SQLite connection, straight into plain tuples.

    Only for selects of integer, real and text columns whose parameters are integers or
    constant strings: rendered inline, results skip SQLAlchemy's row layer (it roughly halves
    the time of loading tens of thousands of observations).
    """
    connection = session.connection()
    driver = connection.connection.driver_connection
    assert isinstance(driver, sqlite3.Connection)
    rows: list[tuple[Any, ...]] = []
    for statement in statements:
        sql = str(
            statement.compile(dialect=connection.dialect, compile_kwargs={"literal_binds": True})
        )
        rows.extend(driver.execute(sql).fetchall())
    return rows


# A stand-in id: a statement is compiled once with it, then each call puts its own ids in its
# place (compiling a statement costs more than running it for a single indicator).
_STAND_IN = -987_654_321
_compiled: dict[tuple[Callable[..., _AnySelect], str, tuple[Any, ...], bool], str] = {}


def _rows_by_ids(
    session: Session,
    make: Callable[..., _AnySelect],
    ids: Sequence[int] | None,
    *args: Any,
) -> list[tuple[Any, ...]]:
    """_rows of ``make(chunk, *args)`` for each chunk of ``ids``, compiled once per shape."""
    connection = session.connection()
    driver = connection.connection.driver_connection
    assert isinstance(driver, sqlite3.Connection)
    key = (make, connection.dialect.name, args, ids is None)
    sql = _compiled.get(key)
    if sql is None:
        statement = make(None if ids is None else [_STAND_IN], *args)
        compiled = statement.compile(
            dialect=connection.dialect, compile_kwargs={"literal_binds": True}
        )
        sql = _compiled[key] = str(compiled)
    if ids is None:
        return driver.execute(sql).fetchall()
    rows: list[tuple[Any, ...]] = []
    for chunk in _chunks(ids):
        assert chunk is not None
        listed = ", ".join(str(int(i)) for i in chunk)
        rows.extend(driver.execute(sql.replace(str(_STAND_IN), listed)).fetchall())
    return rows


# -- periods -------------------------------------------------------------------------------------


def list_periods(session: Session) -> list[PeriodRecord]:
    """Every period, ordered by start then end."""
    statement = select(
        PeriodRow.id, PeriodRow.label, PeriodRow.start, PeriodRow.end, PeriodRow.kind
    ).order_by(PeriodRow.start, PeriodRow.end, PeriodRow.id)
    return [PeriodRecord(*row) for row in session.execute(statement).all()]


# -- indicators ----------------------------------------------------------------------------------


def _indicator_statement(ids: Sequence[int] | None) -> _AnySelect:
    statement = (
        select(
            IndicatorRow.id,
            IndicatorRow.code,
            IndicatorRow.name,
            PortfolioRow.name,
            ServiceRow.name,
            IndicatorRow.polarity,
            IndicatorRow.unit,
            IndicatorRow.description,
            IndicatorRow.owner,
            IndicatorRow.exempt,
            IndicatorRow.tolerance_mode,
            IndicatorRow.tolerance_amber,
            IndicatorRow.band_low,
            IndicatorRow.band_high,
            PortfolioRow.position,
            ServiceRow.position,
            IndicatorRow.position,
        )
        .outerjoin(PortfolioRow, PortfolioRow.id == IndicatorRow.portfolio_id)
        .outerjoin(ServiceRow, ServiceRow.id == IndicatorRow.service_id)
    )
    return statement if ids is None else statement.where(IndicatorRow.id.in_(ids))


def _observation_statement(ids: Sequence[int] | None, figures_only: bool = False) -> _AnySelect:
    provenance: tuple[Any, ...] = (
        ObservationRow.direction_text,
        ObservationRow.commentary,
        ObservationRow.source_file,
        ObservationRow.source_sheet,
        ObservationRow.source_cell,
        ObservationRow.import_id,
    )
    if figures_only:  # same columns, provenance left out (commentary kept: rules read it)
        provenance = (null(), ObservationRow.commentary, null(), null(), null(), null())
    statement = (
        select(
            ObservationRow.indicator_id,
            ObservationRow.id,
            ObservationRow.period_id,
            ObservationRow.actual,
            ObservationRow.actual_text,
            ObservationRow.target,
            ObservationRow.numerator,
            ObservationRow.denominator,
            ObservationRow.rag,
            *provenance,
        )
        # the unique (indicator, period) index yields this order without a sort in SQLite;
        # PeriodOrder.arrange puts each indicator's observations in period order afterwards
        .order_by(ObservationRow.indicator_id, ObservationRow.period_id)
    )
    return statement if ids is None else statement.where(ObservationRow.indicator_id.in_(ids))


def _comparator_statement(ids: Sequence[int] | None) -> _AnySelect:
    statement = select(
        ComparatorValueRow.observation_id, ComparatorValueRow.name, ComparatorValueRow.value
    ).order_by(ComparatorValueRow.observation_id, ComparatorValueRow.name)
    if ids is None:
        return statement
    return statement.join(
        ObservationRow, ObservationRow.id == ComparatorValueRow.observation_id
    ).where(ObservationRow.indicator_id.in_(ids))


def _open_question_statement(ids: Sequence[int] | None) -> _AnySelect:
    statement = (
        select(QuestionRow.indicator_id, func.count(QuestionRow.id))
        .where(QuestionRow.status.not_in(CLOSED_QUESTION_STATUSES))
        .group_by(QuestionRow.indicator_id)
    )
    return statement if ids is None else statement.where(QuestionRow.indicator_id.in_(ids))


def _comparators_by_observation(
    session: Session, ids: Sequence[int] | None
) -> dict[int, tuple[tuple[str, float], ...]]:
    rows = _rows_by_ids(session, _comparator_statement, ids)
    # rows come grouped by observation (one observation's values never span two chunks)
    return {
        observation_id: tuple([row[1:] for row in group])
        for observation_id, group in groupby(rows, key=itemgetter(0))
    }


def _period_ranks(periods: Sequence[PeriodRecord]) -> dict[int, int]:
    """Each period's place in (start, end) order; periods that share both share a place."""
    ranks: dict[int, int] = {}
    place, last = -1, None
    for period in periods:  # already ordered by start, end, id
        if (period.start, period.end) != last:
            place, last = place + 1, (period.start, period.end)
        ranks[period.id] = place
    return ranks


class PeriodOrder:
    """The store's periods, and the order observations are given in: indicator, period, id."""

    __slots__ = ("by_id", "calendar", "ranks")

    def __init__(self, ordered: Sequence[PeriodRecord]) -> None:
        """``ordered``: every period of the store, as ``list_periods`` gives them."""
        self.by_id = {period.id: period for period in ordered}
        self.ranks = _period_ranks(ordered)
        by_id = sorted(self.ranks.items())
        # period ids almost always follow the calendar, and then rows in (indicator, period
        # id) order already are in order
        self.calendar = all(a[1] < b[1] for a, b in pairwise(by_id))

    def arrange(self, rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
        """Rows of (indicator id, observation id, period id, …), sorted by indicator then
        period id as the statement reads them, in order of indicator, period, id."""
        if self.calendar:
            return rows
        ranks = self.ranks
        return sorted(rows, key=lambda row: (row[0], ranks[row[2]], row[1]))


def _observation_records(
    rows: list[tuple[Any, ...]],
    order: PeriodOrder,
    comparators: dict[int, tuple[tuple[str, float], ...]],
) -> dict[int, list[ObservationRecord]]:
    """Rows of ``_observation_statement`` (by indicator, then period id) as records."""
    periods = order.by_id
    found: defaultdict[int, list[ObservationRecord]] = defaultdict(list)
    no_comparators: tuple[tuple[str, float], ...] = ()
    for row in order.arrange(rows):
        # positional and in _observation_statement's column order: this loop runs per observation
        found[row[0]].append(
            ObservationRecord(
                row[1],
                periods[row[2]],
                row[3],
                row[4],
                row[5],
                row[6],
                row[7],
                row[8],
                row[9],
                row[10],
                row[11],
                row[12],
                row[13],
                row[14],
                comparators.get(row[1], no_comparators),
            )
        )
    return found


def _observations_by_indicator(
    session: Session, ids: Sequence[int] | None, figures_only: bool = False
) -> dict[int, list[ObservationRecord]]:
    order = PeriodOrder(list_periods(session))
    comparators = {} if figures_only else _comparators_by_observation(session, ids)
    rows = _rows_by_ids(session, _observation_statement, ids, figures_only)
    return _observation_records(rows, order, comparators)


def indicator_record(row: tuple[Any, ...]) -> IndicatorRecord:
    """A row of the indicator statement as a record without observations or open questions
    (for an indicator just written, whose row the writer made as the statement reads it)."""
    return _indicator_record(row, {}, {})


def load_indicators(
    session: Session, *, indicator_ids: Collection[int] | None = None, figures_only: bool = False
) -> list[IndicatorRecord]:
    """Indicators (all, or those ids) with observations and open questions, in export order.

    ``figures_only`` leaves out each observation's comparators and provenance (direction
    text, source, import): what the stored analysis is worked out from, read faster.
    Makes many small records: callers hold off the garbage collector (desktop.collector).
    """
    ids = None if indicator_ids is None else sorted(set(indicator_ids))
    if ids == []:
        return []
    indicators = _rows_by_ids(session, _indicator_statement, ids)
    observations = _observations_by_indicator(session, ids, figures_only)
    open_questions: dict[int, int] = dict(_rows_by_ids(session, _open_question_statement, ids))
    indicators.sort(key=lambda row: export_order_key(row[3], row[14] or 0, row[1], row[2], row[0]))
    return [_indicator_record(row, observations, open_questions) for row in indicators]


def _indicator_record(
    row: tuple[Any, ...],
    observations: dict[int, list[ObservationRecord]],
    open_questions: dict[int, int],
) -> IndicatorRecord:
    # positional, in IndicatorRecord's field order: this runs once per indicator of the store
    return make_indicator_record(
        row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8],
        bool(row[9]),
        row[10], row[11], row[12], row[13],
        tuple(observations.get(row[0], ())),
        open_questions.get(row[0], 0),
        row[14] or 0,
        row[15] or 0,
        row[16],
    )  # fmt: skip


# -- stored analysis -----------------------------------------------------------------------------

_ANALYSIS_COLUMNS = (
    IndicatorAnalysisRow.version,
    IndicatorAnalysisRow.tolerance,
    IndicatorAnalysisRow.latest_period_id,
    IndicatorAnalysisRow.rag_computed,
    IndicatorAnalysisRow.rag_latest,
    IndicatorAnalysisRow.direction_previous,
    IndicatorAnalysisRow.direction_last_year,
    IndicatorAnalysisRow.red_streak,
    IndicatorAnalysisRow.flag_rules,
    IndicatorAnalysisRow.flags_json,
    IndicatorAnalysisRow.commentary,
    IndicatorAnalysisRow.last_text,
)
_LATEST_COLUMNS = (
    ObservationRow.id,
    ObservationRow.period_id,
    ObservationRow.actual,
    ObservationRow.actual_text,
    ObservationRow.target,
    ObservationRow.numerator,
    ObservationRow.denominator,
    ObservationRow.rag,
    ObservationRow.direction_text,
    ObservationRow.commentary,
    ObservationRow.source_file,
    ObservationRow.source_sheet,
    ObservationRow.source_cell,
    ObservationRow.import_id,
)


def _summary_statement(ids: Sequence[int] | None) -> _AnySelect:
    indicators = _indicator_statement(ids)
    latest = and_(
        ObservationRow.indicator_id == IndicatorRow.id,
        ObservationRow.period_id == IndicatorAnalysisRow.latest_period_id,
    )
    return (
        indicators.add_columns(*_ANALYSIS_COLUMNS, *_LATEST_COLUMNS)
        .outerjoin(IndicatorAnalysisRow, IndicatorAnalysisRow.indicator_id == IndicatorRow.id)
        .outerjoin(ObservationRow, latest)
    )


def load_summaries(
    session: Session, *, indicator_ids: Collection[int] | None = None
) -> list[SummaryRecord]:
    """Indicators with their stored analysis and latest figure (no series), in export order.

    One query over the indicators, however many observations the store holds.
    """
    ids = None if indicator_ids is None else sorted(set(indicator_ids))
    if ids == []:
        return []
    periods = {period.id: period for period in list_periods(session)}
    open_questions: dict[int, int] = dict(_rows_by_ids(session, _open_question_statement, ids))
    return summaries_from_rows(
        _rows_by_ids(session, _summary_statement, ids), periods, open_questions
    )


_ANALYSIS_FIELDS = ("indicator_id", *(column.key for column in _ANALYSIS_COLUMNS))
_INSERT_ANALYSIS = (
    f"INSERT INTO indicator_analysis ({', '.join(_ANALYSIS_FIELDS)}) "
    f"VALUES ({', '.join('?' * len(_ANALYSIS_FIELDS))})"
)


def replace_analysis(session: Session, rows: Sequence[dict[str, Any]]) -> None:
    """Store these indicators' analysis (keyed by ``indicator_id``), replacing what was there.

    Written on the session's own SQLite connection in one executemany: an import stores
    thousands at once.
    """
    ids = [row["indicator_id"] for row in rows]
    for chunk in _chunks(ids):
        assert chunk is not None
        session.execute(
            delete(IndicatorAnalysisRow).where(IndicatorAnalysisRow.indicator_id.in_(chunk))
        )
    if rows:
        session.connection().exec_driver_sql(
            _INSERT_ANALYSIS, [tuple(row[name] for name in _ANALYSIS_FIELDS) for row in rows]
        )


def indicator_ids(session: Session) -> list[int]:
    """Every indicator's id, in id order."""
    return [row[0] for row in _rows(session, [select(IndicatorRow.id).order_by(IndicatorRow.id)])]


def open_question_counts(session: Session) -> dict[int, int]:
    """How many questions are still open on each indicator that has any, by the rule the
    indicators are loaded with (the tree's "?" and its Open questions filter)."""
    return {row[0]: row[1] for row in _rows_by_ids(session, _open_question_statement, None)}


def observed_period_ids(session: Session) -> set[int]:
    """Periods that at least one observation belongs to."""
    statement = select(PeriodRow.id).where(
        select(ObservationRow.id).where(ObservationRow.period_id == PeriodRow.id).exists()
    )
    return {row[0] for row in _rows(session, [statement])}


# -- finding an indicator from what the user typed -----------------------------------------------


def _normalise(text: str) -> str:
    return " ".join(text.split()).casefold()


def _matching(candidates: Iterable[tuple[Any, ...]], ref: str) -> list[tuple[Any, ...]]:
    """Rows whose code is ``ref`` (case-blind); if none, rows whose name is ``ref``."""
    wanted = ref.strip().casefold()
    by_code = [
        row for row in candidates if row[1] is not None and row[1].strip().casefold() == wanted
    ]
    if by_code:
        return by_code
    wanted_name = _normalise(ref)
    return [row for row in candidates if _normalise(row[2]) == wanted_name]


def _qualified(candidates: list[tuple[Any, ...]], ref: str) -> list[tuple[Any, ...]]:
    """Matches of the ``PORTFOLIO/CODE`` form, trying every "/" (names may contain one)."""
    found: dict[int, tuple[Any, ...]] = {}
    for split in (m.start() for m in re.finditer("/", ref)):
        portfolio, rest = _normalise(ref[:split]), ref[split + 1 :]
        within = [
            row for row in candidates if row[3] is not None and _normalise(row[3]) == portfolio
        ]
        for row in _matching(within, rest):
            found[row[0]] = row
    return list(found.values())


def find_indicators(session: Session, ref: str) -> list[IndicatorMatch]:
    """Indicators ``ref`` names: a code, else an exact name, or ``PORTFOLIO/CODE``; in export order."""
    statement = select(
        IndicatorRow.id,
        IndicatorRow.code,
        IndicatorRow.name,
        PortfolioRow.name,
        PortfolioRow.position,
    ).outerjoin(PortfolioRow, PortfolioRow.id == IndicatorRow.portfolio_id)
    candidates: list[tuple[Any, ...]] = list(session.execute(statement).all())
    matches = _matching(candidates, ref)
    if not matches and "/" in ref:
        matches = _qualified(candidates, ref)
    matches.sort(key=lambda row: export_order_key(row[3], row[4] or 0, row[1], row[2], row[0]))
    return [IndicatorMatch(row[0], row[1], row[2], row[3]) for row in matches]


# -- imports and settings ------------------------------------------------------------------------


def _warnings(raw: str) -> tuple[str, ...]:
    try:
        value = json.loads(raw)
    except ValueError:
        return (raw,) if raw.strip() else ()
    if isinstance(value, list):
        return tuple(str(item) for item in value)
    return () if value in (None, "") else (str(value),)


def list_imports(session: Session) -> list[ImportRecord]:
    """Every scorecard import, oldest first."""
    statement = select(
        ScorecardImportRow.id,
        ScorecardImportRow.file_name,
        ScorecardImportRow.sha256,
        ScorecardImportRow.imported_at,
        ScorecardImportRow.status,
        ScorecardImportRow.indicator_count,
        ScorecardImportRow.observation_count,
        ScorecardImportRow.warnings_json,
    ).order_by(ScorecardImportRow.imported_at, ScorecardImportRow.id)
    return [
        ImportRecord(*row[:7], warnings=_warnings(row[7]))
        for row in session.execute(statement).all()
    ]


@overload
def get_setting(session: Session, key: str, default: str) -> str: ...
@overload
def get_setting(session: Session, key: str, default: None = None) -> str | None: ...
def get_setting(session: Session, key: str, default: str | None = None) -> str | None:
    """The stored value of setting ``key``, or ``default`` when it was never set.

    Read as plain SQL on the session's connection, in its transaction (after the flush the
    ORM would do): the ORM's statement machinery took a fifth of a millisecond over this one
    row, which every load of an indicator's series reads (the default RAG tolerance).
    """
    if session.autoflush:
        session.flush()
    connection = session.connection()
    sql, positional = _setting_sql(connection.dialect)
    parameters = (key,) if positional else {"key": key}
    value = connection.exec_driver_sql(sql, parameters).scalar()
    return default if value is None else value


_SETTING_SQL: dict[str, tuple[str, bool]] = {}  # by dialect: the statement, positional or not


def _setting_sql(dialect: Dialect) -> tuple[str, bool]:
    made = _SETTING_SQL.get(dialect.name)
    if made is None:
        statement = select(SettingRow.value).where(SettingRow.key == bindparam("key"))
        compiled = statement.compile(dialect=dialect)
        made = _SETTING_SQL[dialect.name] = (str(compiled), compiled.positional)
    return made


def set_setting(session: Session, key: str, value: str) -> None:
    """Store ``value`` under ``key`` (replacing any earlier value)."""
    row = session.get(SettingRow, key)
    if row is None:
        session.add(SettingRow(key=key, value=value))
    else:
        row.value = value
    session.flush()
