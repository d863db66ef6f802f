"""Write a ParsedScorecard into the store in bulk: get-or-create, then upsert observations."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Table, insert, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from db.models import (
    ComparatorValueRow,
    IndicatorRow,
    ObservationRow,
    PeriodRow,
    PortfolioRow,
    ScorecardImportRow,
    ServiceRow,
    utcnow,
)
from desktop.scorecard.model import ParsedIndicator, ParsedScorecard, Period
from desktop.scorecard.values import normalise_name

BATCH = 2000  # observation rows per executemany (progress and cancel are checked between)


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


def write(session: Session, parsed: ParsedScorecard, info: ImportInfo, tick: Tick) -> int:
    """Everything in one session (the caller commits); returns the observations written."""
    import_id = session.execute(
        insert(ScorecardImportRow).returning(ScorecardImportRow.id),
        [
            {
                "file_name": info.file_name,
                "file_path": info.file_path,
                "sha256": info.sha256,
                "status": "imported",
                "sheet": info.sheet,
                "area": info.area,
                "profile": info.profile,
                "indicator_count": len(parsed.indicators),
                "warnings_json": json.dumps(info.warnings, ensure_ascii=False),
            }
        ],
    ).scalar_one()
    portfolios = _portfolios(session, parsed.indicators)
    services = _services(session, parsed.indicators, portfolios)
    periods = _periods(session, parsed.indicators)
    indicator_ids = _indicators(session, parsed.indicators, portfolios, services)
    tick()
    written = _observations(session, parsed, indicator_ids, periods, import_id, info, tick)
    session.execute(
        update(ScorecardImportRow)
        .where(ScorecardImportRow.id == import_id)
        .values(observation_count=written)
    )
    return written


def _portfolios(session: Session, indicators: list[ParsedIndicator]) -> dict[str, int]:
    known = {name: pid for pid, name in session.execute(select(PortfolioRow.id, PortfolioRow.name))}
    position = len(known)
    for indicator in indicators:
        name = indicator.portfolio
        if name and name not in known:
            position += 1
            known[name] = session.execute(
                insert(PortfolioRow).returning(PortfolioRow.id),
                [{"name": name, "position": position}],
            ).scalar_one()
    return known


def _services(
    session: Session, indicators: list[ParsedIndicator], portfolios: dict[str, int]
) -> dict[tuple[int | None, str], int]:
    known = {
        (pid, name): sid
        for sid, pid, name in session.execute(
            select(ServiceRow.id, ServiceRow.portfolio_id, ServiceRow.name)
        )
    }
    for indicator in indicators:
        if not indicator.service:
            continue
        key = (portfolios.get(indicator.portfolio or ""), indicator.service)
        if key not in known:
            known[key] = session.execute(
                insert(ServiceRow).returning(ServiceRow.id),
                [{"portfolio_id": key[0], "name": key[1], "position": len(known)}],
            ).scalar_one()
    return known


def _period_key(period: Period) -> tuple[str, dt.date, dt.date]:
    return (period.kind, period.start, period.end)


def _periods(
    session: Session, indicators: list[ParsedIndicator]
) -> dict[tuple[str, dt.date, dt.date], int]:
    wanted: dict[tuple[str, dt.date, dt.date], Period] = {}
    for indicator in indicators:
        for observation in indicator.observations:
            wanted.setdefault(_period_key(observation.period), observation.period)
    known = {
        (kind, start, end): pid
        for pid, kind, start, end in session.execute(
            select(PeriodRow.id, PeriodRow.kind, PeriodRow.start, PeriodRow.end)
        )
    }
    missing = [p for key, p in wanted.items() if key not in known]
    if missing:
        ids = session.execute(
            insert(PeriodRow).returning(PeriodRow.id, sort_by_parameter_order=True),
            [{"label": p.label, "start": p.start, "end": p.end, "kind": p.kind} for p in missing],
        ).scalars()
        for period, pid in zip(missing, ids, strict=True):
            known[_period_key(period)] = pid
    return known


def _indicators(
    session: Session,
    indicators: list[ParsedIndicator],
    portfolios: dict[str, int],
    services: dict[tuple[int | None, str], int],
) -> list[int]:
    """The store id of each parsed indicator, matched by code, else by name, within a portfolio."""
    by_code: dict[tuple[int | None, str], int] = {}
    by_name: dict[tuple[int | None, str], int] = {}
    count = 0
    for iid, pid, code, key in session.execute(
        select(IndicatorRow.id, IndicatorRow.portfolio_id, IndicatorRow.code, IndicatorRow.name_key)
    ):
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
        if found is None:
            found = by_name.get((pid, key))
        values = _indicator_values(indicator, sid)
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
        new_ids = session.execute(
            insert(IndicatorRow).returning(IndicatorRow.id, sort_by_parameter_order=True),
            new_rows,
        ).scalars()
        for position, iid in zip(new_at, new_ids, strict=True):
            ids[position] = iid
    _update_indicators(session, updates)
    return [i for i in ids if i is not None]


def _indicator_values(indicator: ParsedIndicator, service_id: int | None) -> dict[str, Any]:
    """Only what this scorecard says: a later issue without a unit keeps the stored one."""
    values: dict[str, Any] = {}
    if indicator.polarity != "unknown":
        values["polarity"] = indicator.polarity
    for name in ("unit", "description", "owner"):
        if getattr(indicator, name):
            values[name] = getattr(indicator, name)
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


def _observations(
    session: Session,
    parsed: ParsedScorecard,
    indicator_ids: list[int],
    periods: dict[tuple[str, dt.date, dt.date], int],
    import_id: int,
    info: ImportInfo,
    tick: Tick,
) -> int:
    now = utcnow()
    rows: list[dict[str, Any]] = []
    comparators: dict[tuple[int, int], dict[str, float]] = {}
    for indicator, iid in zip(parsed.indicators, indicator_ids, strict=True):
        for observation in indicator.observations:
            pid = periods[_period_key(observation.period)]
            rows.append(
                {
                    "indicator_id": iid,
                    "period_id": pid,
                    "actual": observation.actual,
                    "actual_text": observation.actual_text,
                    "target": observation.target,
                    "numerator": observation.numerator,
                    "denominator": observation.denominator,
                    "rag": observation.rag,
                    "direction_text": observation.direction_text,
                    "commentary": observation.commentary,
                    "source_file": info.file_name,
                    "source_sheet": observation.sheet,
                    "source_cell": observation.cell,
                    "import_id": import_id,
                    "updated_at": now,
                }
            )
            if observation.comparators:
                comparators[(iid, pid)] = observation.comparators
    statement = sqlite_insert(_table(ObservationRow))
    statement = statement.on_conflict_do_update(
        index_elements=["indicator_id", "period_id"],
        set_={name: statement.excluded[name] for name in _OBS_FIELDS},
    )
    connection = session.connection()
    for batch in _batches(rows):
        connection.execute(statement, batch)
        tick()
    if comparators:
        _comparators(session, comparators, import_id)
    return len(rows)


def _comparators(
    session: Session, values: dict[tuple[int, int], dict[str, float]], import_id: int
) -> None:
    ids = {
        (iid, pid): oid
        for oid, iid, pid in session.execute(
            select(ObservationRow.id, ObservationRow.indicator_id, ObservationRow.period_id).where(
                ObservationRow.import_id == import_id
            )
        )
    }
    rows = [
        {"observation_id": ids[key], "name": name, "value": value}
        for key, named in values.items()
        if key in ids
        for name, value in named.items()
    ]
    statement = sqlite_insert(_table(ComparatorValueRow))
    statement = statement.on_conflict_do_update(
        index_elements=["observation_id", "name"], set_={"value": statement.excluded.value}
    )
    connection = session.connection()
    for batch in _batches(rows):
        connection.execute(statement, batch)


def _table(row: type[ObservationRow] | type[ComparatorValueRow]) -> Table:
    """The Core table, so bulk upserts go straight to executemany."""
    return cast(Table, row.__table__)


def _batches(rows: list[dict[str, Any]]) -> Iterable[list[dict[str, Any]]]:
    for start in range(0, len(rows), BATCH):
        yield rows[start : start + BATCH]
