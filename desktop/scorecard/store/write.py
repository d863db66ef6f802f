"""Write a ParsedScorecard into the store in bulk: get-or-create, then upsert observations."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import suppress
from dataclasses import dataclass
from itertools import chain, islice
from operator import itemgetter, lt
from typing import Any

from sqlalchemy import Connection, update
from sqlalchemy.orm import Session

from db import queries
from db.models import IndicatorRow, utcnow
from desktop.analysis.types import Point, make_point
from desktop.catalogue import analysis_row_of_points, refresh_analysis
from desktop.scorecard.model import ParsedIndicator, ParsedScorecard, Period
from desktop.scorecard.parse.values import MAX_MAGNITUDE, normalise_name
from desktop.tolerances import default_tolerance

# observation rows per batch (progress and cancel are checked between): each batch is a round
# of statements handed to the writing thread, and batches of 2,000 cost a 100k-observation
# import about 4% more of the write's CPU time than batches of 10,000 (a tenth of a second
# of writing each, still soon enough to cancel)
BATCH = 10_000
# SQLite's page cache while observations are written (negative: KiB). With the default 2 MiB
# the new rows' index pages spill; at 64 MiB a 100k-observation import (a 23 MB store) keeps
# every page it writes until it commits, some 25 MB that the writing thread's allocator takes
# afresh even where the grid just freed as much, which took the import's peak past 250 MB in
# about one run in four. 8 MiB holds the index pages the upserts come back to and costs the
# write about 2% of its processor time.
_WRITE_CACHE_KIB = -8192


class Cancelled(Exception):
    """The user cancelled: the transaction is rolled back."""


def name_key(name: str) -> str:
    """Lower-cased, punctuation-free name used to match a later scorecard's row."""
    return normalise_name(name)


@dataclass(slots=True)
class ImportInfo:
    file_name: str
    file_path: str
    sha256: str
    sheet: str | None
    area: str | None
    profile: str | None
    warnings: list[str]


Tick = Callable[[], None]


# The few rows an import adds besides its figures (its history row, new portfolios, services
# and periods) go in as plain SQL on the driver's cursor, as the indicators and observations
# do: through the ORM, each statement is compiled afresh for every new connection to a store
# (a command-line import, the first import of a session) and set up as an ORM bulk insert,
# about 10 ms of a 10k-observation import for a dozen rows. Defaults are the model's.
_INSERT_IMPORT = (
    "INSERT INTO scorecard_import (file_name, file_path, sha256, imported_at, status, sheet, "
    "area, profile, indicator_count, observation_count, warnings_json) "
    "VALUES (?, ?, ?, ?, 'imported', ?, ?, ?, ?, 0, ?)"
)
_COUNT_IMPORTED = "UPDATE scorecard_import SET observation_count = ? WHERE id = ?"
_PORTFOLIOS = "SELECT id, name FROM portfolio"
_INSERT_PORTFOLIO = "INSERT INTO portfolio (name, position) VALUES (?, ?)"
_SERVICES = "SELECT id, portfolio_id, name FROM service"
_INSERT_SERVICE = "INSERT INTO service (portfolio_id, name, position) VALUES (?, ?, ?)"
_PERIODS = 'SELECT id, kind, start, "end" FROM period'
_INSERT_PERIOD = 'INSERT INTO period (label, start, "end", kind) VALUES (?, ?, ?, ?)'
_INDICATORS = "SELECT id, portfolio_id, code, name_key FROM indicator"


def _cursor(session: Session) -> Any:
    """A cursor of the driver's own connection, inside the session's transaction."""
    return session.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]


def _inserted(cursor: Any, sql: str, rows: list[tuple[Any, ...]]) -> list[int]:
    """Insert each row, in order; their ids."""
    ids: list[int] = []
    for row in rows:
        cursor.execute(sql, row)
        ids.append(int(cursor.lastrowid))
    return ids


def _day(day: dt.date) -> str:
    """A date as SQLAlchemy stores Date in SQLite."""
    return f"{day.year:04d}-{day.month:02d}-{day.day:02d}"


def record_import(session: Session, info: ImportInfo, indicators: int) -> int:
    """The file's row in the import history (what makes the same file again "unchanged")."""
    cursor = _cursor(session)
    try:
        row = (info.file_name, info.file_path, info.sha256, _stamp(utcnow()), info.sheet,
               info.area, info.profile, indicators,
               json.dumps(info.warnings, ensure_ascii=False))  # fmt: skip
        return _inserted(cursor, _INSERT_IMPORT, [row])[0]
    finally:
        cursor.close()


def write(session: Session, parsed: ParsedScorecard, info: ImportInfo, tick: Tick) -> int:
    """Everything in one session (the caller commits); returns the observations written."""
    import_id = record_import(session, info, len(parsed.indicators))
    portfolios = _portfolios(session, parsed.indicators)
    services = _services(session, parsed.indicators, portfolios)
    periods = _periods(session, parsed.indicators)
    created: dict[int, tuple[Any, ...]] = {}
    indicator_ids = _indicators(session, parsed.indicators, portfolios, services, created)
    tick()
    fresh = _Fresh(session, created)
    written = _observations(session, parsed, indicator_ids, periods, import_id, info, tick, fresh)
    # the stored analysis moves with the figures: worked out from the figures just written for
    # the indicators this import created, read back for the others
    refresh_analysis(session, indicator_ids, worked_out=fresh.worked_out)
    session.connection().exec_driver_sql(_COUNT_IMPORTED, (written, import_id))
    return written


def _portfolios(session: Session, indicators: list[ParsedIndicator]) -> dict[str, int]:
    cursor = _cursor(session)
    try:
        known: dict[str, int] = {name: pid for pid, name in cursor.execute(_PORTFOLIOS)}
        missing = list(dict.fromkeys(i.portfolio for i in indicators if i.portfolio))
        missing = [name for name in missing if name not in known]
        if missing:
            start = len(known)
            rows = [(name, start + n) for n, name in enumerate(missing, 1)]
            known.update(zip(missing, _inserted(cursor, _INSERT_PORTFOLIO, rows), strict=True))
    finally:
        cursor.close()
    return known


def _services(
    session: Session, indicators: list[ParsedIndicator], portfolios: dict[str, int]
) -> dict[tuple[int | None, str], int]:
    cursor = _cursor(session)
    try:
        known: dict[tuple[int | None, str], int] = {
            (pid, name): sid for sid, pid, name in cursor.execute(_SERVICES)
        }
        wanted = dict.fromkeys(
            (portfolios.get(i.portfolio or ""), i.service) for i in indicators if i.service
        )
        missing = [key for key in wanted if key not in known]
        if missing:
            start = len(known)
            rows = [(pid, name, start + n) for n, (pid, name) in enumerate(missing, 1)]
            known.update(zip(missing, _inserted(cursor, _INSERT_SERVICE, rows), strict=True))
    finally:
        cursor.close()
    return known


def _period_key(period: Period) -> tuple[str, dt.date, dt.date]:
    return (period.kind, period.start, period.end)


def _periods(
    session: Session, indicators: list[ParsedIndicator]
) -> dict[tuple[str, dt.date, dt.date], int]:
    wanted: dict[tuple[str, dt.date, dt.date], Period] = {}
    distinct: dict[int, Period] = {}  # the same Period object is shared by many observations
    for indicator in indicators:
        for observation in indicator.observations:
            distinct.setdefault(id(observation.period), observation.period)
    for period in distinct.values():
        wanted.setdefault(_period_key(period), period)
    cursor = _cursor(session)
    try:
        # the dates as the Date type reads them back
        day = dt.date.fromisoformat
        known = {
            (kind, day(start), day(end)): pid for pid, kind, start, end in cursor.execute(_PERIODS)
        }
        missing = [p for key, p in wanted.items() if key not in known]
        if missing:
            rows = [(p.label, _day(p.start), _day(p.end), p.kind) for p in missing]
            for period, pid in zip(missing, _inserted(cursor, _INSERT_PERIOD, rows), strict=True):
                known[_period_key(period)] = pid
    finally:
        cursor.close()
    return known


def _indicators(
    session: Session,
    indicators: list[ParsedIndicator],
    portfolios: dict[str, int],
    services: dict[tuple[int | None, str], int],
    created: dict[int, tuple[Any, ...]],
) -> list[int]:
    """The store id of each parsed indicator, matched by code, else by name, within a portfolio.

    Fills ``created`` with the indicators inserted here: by id, their row as the store's
    indicator statement reads it back (``_as_read``).
    """
    by_code: dict[tuple[int | None, str], int] = {}
    by_name: dict[tuple[int | None, str], int] = {}
    count = 0
    cursor = _cursor(session)
    try:
        found_rows = cursor.execute(_INDICATORS).fetchall()
    finally:
        cursor.close()
    for iid, pid, code, key in found_rows:
        count += 1
        if code:
            by_code.setdefault((pid, code.lower()), iid)
        by_name.setdefault((pid, key), iid)
    ids: list[int | None] = []
    new_rows: list[dict[str, Any]] = []
    new_at: list[int] = []
    updates: list[dict[str, Any]] = []
    for position, indicator in enumerate(indicators):
        pid = portfolios.get(indicator.portfolio or "")
        sid = services.get((pid, indicator.service)) if indicator.service else None
        key = name_key(indicator.name)
        found = by_code.get((pid, indicator.code.lower())) if indicator.code else None
        values = _indicator_values(indicator, sid)
        if found is not None:
            # the same code under new wording: the latest issue's name is shown from now on
            values.update(name=indicator.name, name_key=key)
        else:
            found = by_name.get((pid, key))
        if found is None:
            new_at.append(position)
            new_rows.append(
                {
                    **values,
                    "portfolio_id": pid,
                    "code": indicator.code,
                    "name": indicator.name,
                    "name_key": key,
                    "position": count + position,
                }
            )
            ids.append(None)
        else:
            ids.append(found)
            if values:
                updates.append({"id": found, **values})
    if new_rows:
        inserted = _insert_indicators(session, new_rows)
        portfolio_names = {pid: name for name, pid in portfolios.items()}
        service_names = {sid: name for (_pid, name), sid in services.items()}
        for position, iid, row in zip(new_at, inserted, new_rows, strict=True):
            ids[position] = iid
            with suppress(TypeError):  # a band that is no number: read back, as stored
                created[iid] = _as_read(iid, row, portfolio_names, service_names)
    _update_indicators(session, updates)
    return [i for i in ids if i is not None]


_INDICATOR_COLUMNS = (
    "portfolio_id", "service_id", "code", "name", "name_key", "polarity", "unit",
    "description", "owner", "exempt", "band_low", "band_high", "position", "created_at",
    "updated_at",
)  # fmt: skip
_INSERT_INDICATOR_WITH_ID = (
    f"INSERT INTO indicator (id, {', '.join(_INDICATOR_COLUMNS)}) "
    f"VALUES ({', '.join('?' * (1 + len(_INDICATOR_COLUMNS)))})"
)
_NEXT_INDICATOR_ID = "SELECT coalesce(max(id), 0) + 1 FROM indicator"


def _insert_indicators(session: Session, rows: list[dict[str, Any]]) -> list[int]:
    """Insert new indicators on the driver's cursor, in one executemany; their ids in order.

    The column defaults are the model's: polarity unknown, not exempt, created now.
    """
    now = _stamp(utcnow())
    defaults: dict[str, Any] = {"polarity": "unknown", "exempt": False}
    cursor = _cursor(session)
    try:
        # the ids SQLite itself gives, one past the largest, in order: this transaction
        # holds the write lock, so none can come between
        first = int(cursor.execute(_NEXT_INDICATOR_ID).fetchone()[0])
        ids = list(range(first, first + len(rows)))
        stamps = {"created_at": now, "updated_at": now}
        params: list[list[Any]] = []
        for iid, row in zip(ids, rows, strict=True):
            values = {**defaults, **row, **stamps}
            params.append([iid, *[values.get(name) for name in _INDICATOR_COLUMNS]])
        cursor.executemany(_INSERT_INDICATOR_WITH_ID, params)
    finally:
        cursor.close()
    return ids


def _as_read(
    iid: int, row: dict[str, Any], portfolios: dict[int, str], services: dict[int, str]
) -> tuple[Any, ...]:
    """A new indicator's row as the indicator statement of ``db.queries`` reads it back
    (positions left at nought: only its analysis is worked out from it)."""
    pid, sid = row["portfolio_id"], row.get("service_id")
    return (
        iid,
        row["code"],
        row["name"],
        None if pid is None else portfolios[pid],
        None if sid is None else services[sid],
        row.get("polarity", "unknown"),
        row.get("unit"),
        row.get("description"),
        row.get("owner"),
        row.get("exempt", False),
        None,  # no tolerance of its own yet
        None,
        _real(row.get("band_low")),
        _real(row.get("band_high")),
        0,
        0,
        row["position"],
    )


def _real(value: Any) -> Any:
    """A number as a FLOAT column gives it back: a float, and -0.0 as 0.0 (TypeError when it
    is no number)."""
    return None if value is None else value + 0.0


def _indicator_values(indicator: ParsedIndicator, service_id: int | None) -> dict[str, Any]:
    """Only what this scorecard says: a later issue without a unit keeps the stored one."""
    values: dict[str, Any] = {}
    if indicator.polarity != "unknown":
        values["polarity"] = indicator.polarity
    for name in ("unit", "description", "owner"):
        if getattr(indicator, name):
            values[name] = getattr(indicator, name)
    if indicator.band_low is not None and indicator.band_high is not None:
        values["band_low"], values["band_high"] = indicator.band_low, indicator.band_high
    if service_id is not None:
        values["service_id"] = service_id
    if indicator.exempt:
        values["exempt"] = True
    return values


def _update_indicators(session: Session, updates: list[dict[str, Any]]) -> None:
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for row in updates:
        groups.setdefault(tuple(sorted(row)), []).append(row)
    for rows in groups.values():
        session.execute(update(IndicatorRow), [{**r, "updated_at": utcnow()} for r in rows])


_OBS_FIELDS = (
    "actual",
    "actual_text",
    "target",
    "numerator",
    "denominator",
    "rag",
    "direction_text",
    "commentary",
    "source_file",
    "source_sheet",
    "source_cell",
    "import_id",
    "updated_at",
)
_OBS_COLUMNS = f"indicator_id, period_id, {', '.join(_OBS_FIELDS)}"
# what differs from row to row; the file, the import and the time are the same for all and
# are given once per batch
_STAGED = (
    "indicator_id", "period_id", "actual", "actual_text", "target", "numerator", "denominator",
    "rag", "direction_text", "commentary", "source_sheet", "source_cell",
    "comparator_name", "comparator_value",
)  # fmt: skip
# an observation's one comparator value rides in its own staging row (binding two more
# values costs far less than a row of its own); a batch where some observation has several
# stages every comparator value of the batch in the comparator table instead, in order
_ONE_COMPARATOR = 12  # where the name and the value of that one comparator are staged
_SAME = {"source_file": "?", "import_id": "?", "updated_at": "?"}
# Each batch goes into a bare temporary table first (no index, no trigger), then into the
# store in one statement: SQLite then keeps the tables and indexes open from row to row
# instead of setting them up again for every row. The temporary tables belong to this
# connection and this transaction alone, in memory; a rollback takes them away too.
_STAGING = (
    f"CREATE TEMP TABLE IF NOT EXISTS import_observation ({', '.join(_STAGED)})",
    "CREATE TEMP TABLE IF NOT EXISTS import_comparator (name, value, indicator_id, period_id)",
)
_STAGED_ROW = f"({', '.join('?' * len(_STAGED))})"
_STAGE_OBSERVATION = f"INSERT INTO temp.import_observation VALUES {_STAGED_ROW}"
# rows are staged many to a statement: SQLite then steps once per statement, not once per row
# (about a sixth less time than executemany); 500 rows of 14 values stay well within the
# 32,766 parameters a statement may have. The rows left over go one by one (executemany), so
# there is one long statement, compiled once.
_STAGED_PER_STATEMENT = 500
_STAGE_OBSERVATIONS = (
    f"INSERT INTO temp.import_observation VALUES {', '.join([_STAGED_ROW] * _STAGED_PER_STATEMENT)}"
)
_STAGE_COMPARATOR = "INSERT INTO temp.import_comparator VALUES (?, ?, ?, ?)"
# in the order the rows were staged; "WHERE true" tells SQLite the ON belongs to the upsert;
# its parameters are the file's name, the import's id and the time, in that order
_UPSERT_OBSERVATION = (
    f"INSERT INTO main.observation ({_OBS_COLUMNS}) "
    f"SELECT indicator_id, period_id, {', '.join(_SAME.get(n, n) for n in _OBS_FIELDS)} "
    "FROM temp.import_observation WHERE true ORDER BY rowid "
    "ON CONFLICT (indicator_id, period_id) DO UPDATE SET "
    + ", ".join(f"{name} = excluded.{name}" for name in _OBS_FIELDS)
)
# the observation is found through its unique (indicator, period) pair, inside SQLite
_UPSERT_COMPARATOR = (
    "INSERT INTO main.comparator_value (observation_id, name, value) "
    "SELECT o.id, c.name, c.value FROM temp.import_comparator AS c "
    "JOIN main.observation AS o ON o.indicator_id = c.indicator_id "
    "AND o.period_id = c.period_id WHERE true ORDER BY c.rowid "
    "ON CONFLICT (observation_id, name) DO UPDATE SET value = excluded.value"
)
# the same, from the comparator values staged in the observations' rows
_UPSERT_ONE_COMPARATOR = (
    "INSERT INTO main.comparator_value (observation_id, name, value) "
    "SELECT o.id, s.comparator_name, s.comparator_value FROM temp.import_observation AS s "
    "JOIN main.observation AS o ON o.indicator_id = s.indicator_id "
    "AND o.period_id = s.period_id WHERE s.comparator_name IS NOT NULL ORDER BY s.rowid "
    "ON CONFLICT (observation_id, name) DO UPDATE SET value = excluded.value"
)
_EMPTY_STAGING = ("DELETE FROM temp.import_observation", "DELETE FROM temp.import_comparator")
_DROP_STAGING = (
    "DROP TABLE IF EXISTS temp.import_observation",
    "DROP TABLE IF EXISTS temp.import_comparator",
)


def _stamp(moment: dt.datetime) -> str:
    """A timestamp as SQLAlchemy stores DateTime in SQLite."""
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")


def _observations(
    session: Session,
    parsed: ParsedScorecard,
    indicator_ids: list[int],
    periods: dict[tuple[str, dt.date, dt.date], int],
    import_id: int,
    info: ImportInfo,
    tick: Tick,
    fresh: _Fresh,
) -> int:
    """Upsert every observation, a batch at a time, through the staging tables.

    Rows are made a batch at a time (never all at once), and each batch's comparator
    values follow it, so memory stays flat however large the file.
    """
    several: dict[int, list[tuple[Any, ...]]] = {}
    rows = _observation_rows(parsed, indicator_ids, periods, several, fresh)
    same = (info.file_name, import_id, _stamp(utcnow()))
    connection = session.connection()
    written = 0
    # a page cache big enough for the new rows' index pages; the connection's own size after
    cache = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql(f"PRAGMA cache_size = {_WRITE_CACHE_KIB}")
    try:
        for statement in (*_DROP_STAGING, *_STAGING):  # empty, whatever came before
            connection.exec_driver_sql(statement)
        idle = _idle_triggers(connection)
        # SQLite lets go of the interpreter while it steps a statement: one thread writes a
        # batch while this one makes the next (and works out the new indicators' analysis).
        # Only one of them uses the connection at a time, and the writer has finished before
        # this function returns or raises (the pool waits for it), so a rollback never meets
        # a statement half-way.
        with ThreadPoolExecutor(1, thread_name_prefix="import-write") as writer:
            pending: Future[None] | None = None
            while batch := list(islice(rows, BATCH)):
                compared = _comparators(batch, several) if several else None
                several.clear()
                if pending is not None:
                    pending.result()  # the batch before is written (or its error raised here)
                pending = writer.submit(_write_batch, connection, batch, compared, same)
                written += len(batch)
                tick()
            if pending is not None:
                pending.result()
        for statement in _DROP_STAGING:  # on failure the rollback takes them away
            connection.exec_driver_sql(statement)
        for _name, sql in idle:  # as they were (on failure the rollback puts them back)
            connection.exec_driver_sql(sql)
    finally:
        if isinstance(cache, int):
            connection.exec_driver_sql(f"PRAGMA cache_size = {cache}")
    return written


# Triggers that fire on every row an import adds and do nothing it needs: one drops an
# indicator's stored analysis at each new figure (``write`` stores every written indicator's
# analysis afresh at the end), the other marks an observation's sync record changed when a
# comparator value is added to it (kept where any observation has a sync record: the team
# shares them). Each costs SQLite a trigger program a row (0.07 s and 0.045 s at 100k
# observations); they are dropped while the observations are written and created again,
# word for word, in the same transaction, so nothing else ever sees them missing.
_ANALYSIS_TRIGGER = "analysis_gone_on_observation_insert"
_COMPARATOR_TRIGGER = "sync_comparator_value_insert"
_SYNCED_OBSERVATION = "SELECT 1 FROM sync_record WHERE kind = 'observation' LIMIT 1"


def _idle_triggers(connection: Connection) -> list[tuple[str, str]]:
    """Drop, for this transaction's writing, the triggers that would do nothing for it;
    their names and statements, to create them again as they were."""
    names = [_ANALYSIS_TRIGGER]
    if connection.exec_driver_sql(_SYNCED_OBSERVATION).first() is None:
        names.append(_COMPARATOR_TRIGGER)
    marks = ", ".join("?" * len(names))
    found = [
        (str(name), str(sql))
        for name, sql in connection.exec_driver_sql(
            f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({marks})",
            tuple(names),
        )
    ]
    for name, _sql in found:
        connection.exec_driver_sql(f'DROP TRIGGER "{name}"')
    return found


def _write_batch(
    connection: Connection,
    batch: list[tuple[Any, ...]],
    compared: list[tuple[Any, ...]] | None,
    same: tuple[Any, ...],
) -> None:
    """Stage one batch's rows and upsert them with their comparator values (``compared``:
    every comparator value of a batch where some observation has several, else None)."""
    _stage(connection, batch)
    connection.exec_driver_sql(_UPSERT_OBSERVATION, same)
    if compared is not None:
        connection.exec_driver_sql(_STAGE_COMPARATOR, compared)
        connection.exec_driver_sql(_UPSERT_COMPARATOR)
    else:
        connection.exec_driver_sql(_UPSERT_ONE_COMPARATOR)
    for statement in _EMPTY_STAGING:
        connection.exec_driver_sql(statement)


def _comparators(
    batch: list[tuple[Any, ...]], several: dict[int, list[tuple[Any, ...]]]
) -> list[tuple[Any, ...]]:
    """Every comparator value of a batch where some observation has several, in order, as
    the comparator table stages them: those staged in their observation's row and those of
    ``several`` (by the id of the row they belong to)."""
    staged: list[tuple[Any, ...]] = []
    at = _ONE_COMPARATOR
    for row in batch:
        if row[at] is not None:
            staged.append((row[at], row[at + 1], row[0], row[1]))
        else:
            staged.extend(several.get(id(row), ()))
    return staged


def _stage(connection: Connection, batch: list[tuple[Any, ...]]) -> None:
    """Stage a batch's observation rows, in order."""
    whole = len(batch) - len(batch) % _STAGED_PER_STATEMENT
    for first in range(0, whole, _STAGED_PER_STATEMENT):
        part = batch[first : first + _STAGED_PER_STATEMENT]
        connection.exec_driver_sql(_STAGE_OBSERVATIONS, tuple(chain.from_iterable(part)))
    if whole < len(batch):
        connection.exec_driver_sql(_STAGE_OBSERVATION, batch[whole:])


def _observation_rows(
    parsed: ParsedScorecard,
    indicator_ids: list[int],
    periods: dict[tuple[str, dt.date, dt.date], int],
    several: dict[int, list[tuple[Any, ...]]],
    fresh: _Fresh,
) -> Iterator[tuple[Any, ...]]:
    """One parameter tuple per observation, its one comparator value at its end (else two
    Nones); the comparator values of one with several go to ``several``, by the id of its row.

    The tuples of an indicator this import created go to ``fresh`` once its last is made.

    A number JSON and charts cannot hold (beyond ±MAX_MAGNITUDE, infinite or NaN: the
    chained comparison is false for all of them) is written as nothing, as
    ``is_sane_number`` would have it; the parser already keeps such figures as text.
    """
    period_ids = _PeriodIds(periods)
    known, look_up = period_ids.seen, period_ids.of
    low, high = -MAX_MAGNITUDE, MAX_MAGNITUDE
    created = fresh.created
    for indicator, iid in zip(parsed.indicators, indicator_ids, strict=True):
        held: list[tuple[Any, ...]] | None = [] if iid in created else None
        for o in indicator.observations:
            period = o.period
            found = known.get(id(period))  # ``period_ids.of``, inline: this runs per figure
            pid = found[1] if found is not None and found[0] is period else look_up(period)
            name = value = compared = None
            if o.comparators:
                if len(o.comparators) == 1:
                    ((name, value),) = o.comparators.items()
                    if not low <= value <= high:
                        name = value = None
                else:
                    compared = [
                        (name, value, iid, pid)
                        for name, value in o.comparators.items()
                        if low <= value <= high
                    ]
                    if len(compared) == 1:  # one in range: staged in the row as well
                        name, value, compared = compared[0][0], compared[0][1], None
            actual, actual_text = o.actual, o.actual_text
            if actual is not None and not low <= actual <= high:  # kept as text, never Infinity
                actual, actual_text = None, actual_text or repr(actual)
            target, numerator, denominator = o.target, o.numerator, o.denominator
            if target is not None and not low <= target <= high:
                target = None
            if numerator is not None and not low <= numerator <= high:
                numerator = None
            if denominator is not None and not low <= denominator <= high:
                denominator = None
            row = (iid, pid, actual, actual_text, target, numerator, denominator, o.rag,
                   o.direction_text, o.commentary, o.sheet, o.cell, name, value)  # fmt: skip
            if compared:  # before the row is handed over: its batch writes them
                several[id(row)] = compared
            if held is not None:
                held.append(row)
            yield row
        if held is not None:
            fresh.add(iid, held)


class _Fresh:
    """The stored analysis of the indicators this import created, worked out from the
    figures as they are written: they hold no figure but these, so nothing need be read
    back. One whose figures the store would not give back as they are (a period given
    twice, a value of an unexpected type) is left to be read back.
    """

    __slots__ = ("created", "default", "order", "worked_out")

    def __init__(self, session: Session, created: dict[int, tuple[Any, ...]]) -> None:
        self.created = created
        self.worked_out: list[dict[str, Any]] = []
        self.order = queries.PeriodOrder(queries.list_periods(session)) if created else None
        self.default = default_tolerance(session)

    def add(self, iid: int, rows: list[tuple[Any, ...]]) -> None:
        """Every observation row (as staged) of the created indicator ``iid``."""
        order = self.order
        assert order is not None
        pids = [r[1] for r in rows]
        # in the order the figures-only statement reads them back (the position stands in
        # for the observation's id, which follows the order the rows are written in); with
        # each period given once, and period ids in calendar order, that is by period id
        if order.calendar and all(map(lt, pids, pids[1:])):
            arranged = rows  # (the usual case: each period once, in that order already)
        elif len(set(pids)) != len(rows):
            return  # a period given twice: the store keeps the last, read it back
        elif order.calendar:
            arranged = sorted(rows, key=_PERIOD_ID)
            pids = [r[1] for r in arranged]
        else:
            staged = [(iid, n, r[1], r) for n, r in enumerate(rows)]
            arranged = [s[3] for s in order.arrange(sorted(staged, key=itemgetter(2)))]
            pids = [r[1] for r in arranged]
        periods = order.by_id
        points: list[Point] = []
        add = points.append
        text = _TEXT  # what a TEXT column gives back
        # as ``catalogue`` makes a point of an observation read back: numbers as a FLOAT column
        # and text as a TEXT column give them back (a TypeError for anything else: read it
        # back), no comparators (the analysis reads none); inline, as this runs per figure
        try:
            for row in arranged:
                (_iid, pid, actual, actual_text, target, numerator, denominator, rag,
                 _direction, commentary, _sheet, _cell, _name, _value) = row  # fmt: skip
                if not (
                    type(actual_text) in text and type(rag) in text and type(commentary) in text
                ):
                    raise TypeError("not text")
                p = periods[pid]
                add(
                    make_point(
                        p.label,
                        p.start,
                        p.end,
                        p.kind,
                        None if actual is None else actual + 0.0,
                        actual_text,
                        None if target is None else target + 0.0,
                        None if numerator is None else numerator + 0.0,
                        None if denominator is None else denominator + 0.0,
                        rag,
                        {},
                        commentary,
                    )
                )
        except TypeError:
            return  # a value the store would give back otherwise: read it back
        record = queries.indicator_record(self.created[iid])
        self.worked_out.append(analysis_row_of_points(record, points, pids, self.default))


_TEXT = (str, type(None))
_PERIOD_ID = itemgetter(1)  # of a staged observation row


class _PeriodIds:
    """Store id of a parsed period, looked up once per Period object (they are shared)."""

    __slots__ = ("by_key", "seen")

    def __init__(self, by_key: dict[tuple[str, dt.date, dt.date], int]) -> None:
        self.by_key = by_key
        self.seen: dict[int, tuple[Period, int]] = {}

    def of(self, period: Period) -> int:
        found = self.seen.get(id(period))
        if found is not None and found[0] is period:
            return found[1]
        pid = self.by_key[_period_key(period)]
        self.seen[id(period)] = (period, pid)  # the period is kept, so its id stays its own
        return pid
