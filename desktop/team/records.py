"""Shared records on the local side: stable ids, the record as it travels, applying one pulled.

A record travels as a flat dict of plain JSON values; links to other records are their
stable ids (``uid``), periods travel by value, comparators inside their observation.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Date, DateTime, Table, select
from sqlalchemy.engine import Connection

from db.models import Base, utcnow
from db.sync_triggers import ONLY, SHARED_TABLES

Payload = dict[str, Any]

# plain columns that travel as they are
FIELDS: dict[str, tuple[str, ...]] = {
    "scorecard_import": (
        "file_name", "sha256", "imported_at", "sheet", "area", "profile",
        "indicator_count", "observation_count", "warnings_json",
    ),
    "indicator": (
        "code", "name", "name_key", "polarity", "unit", "description", "owner", "exempt",
        "tolerance_mode", "tolerance_amber", "band_low", "band_high", "position", "created_at",
    ),
    "observation": (
        "actual", "actual_text", "target", "numerator", "denominator", "rag",
        "direction_text", "commentary", "source_file", "source_sheet", "source_cell",
    ),
    "meeting": (
        "name", "committee", "held_on", "created_at", "paper_item", "paper_purpose",
        "paper_exempt_paragraph",
    ),
    "agenda_item": ("position",),
    "question": (
        "text", "addressed_to", "status", "answer", "answered_at", "source_rule", "position",
        "created_at",
    ),
    "action_point": (
        "text", "owner", "due_date", "status", "update_text", "position", "created_at",
    ),
    "note": ("text", "exempt", "shared", "created_at"),
}  # fmt: skip
# links to other shared records: payload key -> (column, kind of the record it points at)
LINKS: dict[str, dict[str, tuple[str, str]]] = {
    "scorecard_import": {},
    "indicator": {},
    "observation": {
        "indicator": ("indicator_id", "indicator"),
        "import": ("import_id", "scorecard_import"),
    },
    "meeting": {},
    "agenda_item": {
        "meeting": ("meeting_id", "meeting"),
        "indicator": ("indicator_id", "indicator"),
    },
    "question": {
        "indicator": ("indicator_id", "indicator"),
        "meeting": ("meeting_id", "meeting"),
    },
    "action_point": {
        "indicator": ("indicator_id", "indicator"),
        "meeting": ("meeting_id", "meeting"),
        "due_meeting": ("due_meeting_id", "meeting"),
    },
    "note": {
        "indicator": ("indicator_id", "indicator"),
        "meeting": ("meeting_id", "meeting"),
    },
}
WITH_PERIOD = frozenset({"observation", "meeting", "question", "note"})
# a record that cannot exist without this link is skipped when the link is not here
REQUIRED = {"observation": "indicator", "agenda_item": "meeting", "question": "indicator",
            "note": "indicator"}  # fmt: skip
RANK = {kind: i for i, kind in enumerate(SHARED_TABLES)}


def table(kind: str) -> Table:
    return Base.metadata.tables[kind]


T_SYNC = Base.metadata.tables["sync_record"]
T_STATE = Base.metadata.tables["sync_state"]
T_TOMB = Base.metadata.tables["sync_tombstone"]
T_PERIOD = Base.metadata.tables["period"]
T_PORTFOLIO = Base.metadata.tables["portfolio"]
T_SERVICE = Base.metadata.tables["service"]
T_COMPARATOR = Base.metadata.tables["comparator_value"]


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


def canonical(payload: Payload) -> str:
    return json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _digest(*parts: object) -> str:
    joined = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(joined.encode()).hexdigest()[:32]


# --- stable ids -----------------------------------------------------------------------------


class UidMap:
    """(kind, row id) <-> uid for every tracked row of the store."""

    def __init__(self, conn: Connection) -> None:
        self.by_row: dict[tuple[str, int], str] = {}
        self.by_uid: dict[str, tuple[str, int]] = {}
        for kind, row_id, uid in conn.execute(select(T_SYNC.c.kind, T_SYNC.c.row_id, T_SYNC.c.uid)):
            if uid is not None:
                self.add(kind, row_id, uid)

    def add(self, kind: str, row_id: int, uid: str) -> None:
        self.by_row[(kind, row_id)] = uid
        self.by_uid[uid] = (kind, row_id)

    def drop(self, uid: str) -> None:
        where = self.by_uid.pop(uid, None)
        if where is not None:
            self.by_row.pop(where, None)

    def uid(self, kind: str, row_id: int | None) -> str | None:
        return None if row_id is None else self.by_row.get((kind, row_id))

    def row(self, kind: str, uid: str | None) -> int | None:
        if uid is None:
            return None
        found = self.by_uid.get(uid)
        return found[1] if found and found[0] == kind else None


def _natural_keys(conn: Connection, kind: str, row_ids: list[int], uids: UidMap) -> dict[int, str]:
    """The same record made on two laptops gets the same id: an indicator by its portfolio and
    code, an observation by indicator and period, an import by the file's hash..."""
    t = table(kind)
    out: dict[int, str] = {}
    r: Any
    for start in range(0, len(row_ids), 500):
        chunk = row_ids[start : start + 500]
        if kind == "scorecard_import":
            for r in conn.execute(select(t.c.id, t.c.sha256).where(t.c.id.in_(chunk))):
                out[r.id] = f"import-{r.sha256}"
        elif kind == "indicator":
            for r in conn.execute(
                select(t.c.id, T_PORTFOLIO.c.name, t.c.code, t.c.name_key)
                .select_from(t.outerjoin(T_PORTFOLIO, T_PORTFOLIO.c.id == t.c.portfolio_id))
                .where(t.c.id.in_(chunk))
            ):
                key = r.code.strip().upper() if r.code else f"name:{r.name_key}"
                out[r.id] = f"indicator-{_digest(r.name, key)}"
        elif kind == "observation":
            for r in conn.execute(
                select(t.c.id, t.c.indicator_id, T_PERIOD.c.kind, T_PERIOD.c.start, T_PERIOD.c.end)
                .select_from(t.join(T_PERIOD, T_PERIOD.c.id == t.c.period_id))
                .where(t.c.id.in_(chunk))
            ):
                ind = uids.uid("indicator", r.indicator_id)
                out[r.id] = f"observation-{_digest(ind, r.kind, r.start, r.end)}"
        elif kind == "meeting":
            for r in conn.execute(select(t.c.id, t.c.name, t.c.committee).where(t.c.id.in_(chunk))):
                name, committee = r.name.strip().lower(), (r.committee or "").lower()
                out[r.id] = f"meeting-{_digest(name, committee)}"
        elif kind == "agenda_item":
            for r in conn.execute(
                select(t.c.id, t.c.meeting_id, t.c.indicator_id).where(t.c.id.in_(chunk))
            ):
                meeting = uids.uid("meeting", r.meeting_id)
                out[r.id] = f"agenda-{_digest(meeting, uids.uid('indicator', r.indicator_id))}"
        else:
            for r in conn.execute(select(t.c.id, t.c.uid).where(t.c.id.in_(chunk))):
                out[r.id] = f"{kind.split('_')[0]}-{r.uid or uuid.uuid4().hex}"
    return out


def _untracked(table_name: str) -> str:
    only = f" AND {ONLY[table_name]}" if table_name in ONLY else ""
    return (
        f"FROM {table_name} WHERE id NOT IN"
        f" (SELECT row_id FROM sync_record WHERE kind = '{table_name}'){only}"
    )


def track_new(conn: Connection, member: str | None) -> None:
    """Note every row made since the last sync (it has no sync_record yet) as a change to go,
    and make this member the author of anything still without one."""
    raw = _raw(conn)
    for name in SHARED_TABLES:
        raw.execute(
            "INSERT INTO sync_record (kind, row_id, author, revision, local_rev, dirty)"
            f" SELECT '{name}', id, ?, 0, 1, 1 {_untracked(name)}",
            (member,),
        )
    if member is not None:
        raw.execute("UPDATE sync_record SET author = ? WHERE author IS NULL", (member,))


def count_new(conn: Connection) -> int:
    """How many rows were made since the last sync (read only)."""
    raw = _raw(conn)
    return sum(int(raw.execute(f"SELECT count(*) {_untracked(n)}").fetchone()[0])
               for n in SHARED_TABLES)  # fmt: skip


def assign_uids(conn: Connection, uids: UidMap) -> None:
    """Give every tracked row without a stable id its id (rows whose row is gone are dropped)."""
    missing = conn.execute(
        select(T_SYNC.c.id, T_SYNC.c.kind, T_SYNC.c.row_id).where(T_SYNC.c.uid.is_(None))
    ).all()
    by_kind: dict[str, list[tuple[int, int]]] = {}
    for sync_id, kind, row_id in missing:
        by_kind.setdefault(kind, []).append((sync_id, row_id))
    gone: list[int] = []
    named: list[tuple[str, int]] = []
    for kind in sorted(by_kind, key=lambda k: RANK.get(k, 99)):
        rows = by_kind[kind]
        keys = _natural_keys(conn, kind, [row_id for _, row_id in rows], uids)
        for sync_id, row_id in rows:
            uid = keys.get(row_id)
            if uid is None:
                gone.append(sync_id)
                continue
            if uid in uids.by_uid:  # that natural key is taken (a renamed record): a fresh id
                uid = f"{kind.split('_')[0]}-{uuid.uuid4().hex}"
            uids.add(kind, row_id, uid)
            named.append((uid, sync_id))
    raw = _raw(conn)
    raw.executemany("UPDATE sync_record SET uid = ? WHERE id = ?", named)
    raw.executemany("DELETE FROM sync_record WHERE id = ?", [(g,) for g in gone])
    # a record deleted and made again (a re-import) is alive: it needs no deletion
    raw.execute(
        "DELETE FROM sync_tombstone WHERE uid IN (SELECT uid FROM sync_record WHERE uid IS NOT NULL)"
    )


def _raw(conn: Connection) -> sqlite3.Connection:
    """The SQLite connection under ``conn``, in the same transaction (for bulk statements)."""
    driver = conn.connection.driver_connection
    assert isinstance(driver, sqlite3.Connection)
    return driver


# --- the record as it travels ---------------------------------------------------------------


def _periods(conn: Connection) -> dict[int, Payload]:
    return {
        r.id: {"label": r.label, "start": r.start.isoformat(), "end": r.end.isoformat(),
               "kind": r.kind}
        for r in conn.execute(select(T_PERIOD))
    }  # fmt: skip


def payloads(
    conn: Connection, kind: str, row_ids: Iterable[int], uids: UidMap
) -> dict[int, Payload]:
    """row id -> the record as it travels, for the rows of ``kind`` that still exist."""
    wanted = list(row_ids)
    if not wanted:
        return {}
    t = table(kind)
    periods = _periods(conn) if kind in WITH_PERIOD else {}
    extra: dict[int, Payload] = {}
    if kind == "indicator":
        names = {
            r.id: (r.portfolio, r.service)
            for r in conn.execute(
                select(t.c.id, T_PORTFOLIO.c.name.label("portfolio"),
                       T_SERVICE.c.name.label("service"))
                .select_from(t.outerjoin(T_PORTFOLIO, T_PORTFOLIO.c.id == t.c.portfolio_id)
                              .outerjoin(T_SERVICE, T_SERVICE.c.id == t.c.service_id))
                .where(t.c.id.in_(wanted))
            )
        }  # fmt: skip
        extra = {i: {"portfolio": p, "service": s} for i, (p, s) in names.items()}
    comparators: dict[int, dict[str, float]] = {}
    if kind == "observation":
        for obs_id, name, value in conn.execute(
            select(T_COMPARATOR.c.observation_id, T_COMPARATOR.c.name, T_COMPARATOR.c.value).where(
                T_COMPARATOR.c.observation_id.in_(wanted)
            )
        ):
            comparators.setdefault(obs_id, {})[name] = value
    out: dict[int, Payload] = {}
    for chunk_start in range(0, len(wanted), 500):
        chunk = wanted[chunk_start : chunk_start + 500]
        for row in conn.execute(select(t).where(t.c.id.in_(chunk))).mappings():
            data: Payload = {f: _plain(row[f]) for f in FIELDS[kind]}
            for key, (column, target) in LINKS[kind].items():
                data[key] = uids.uid(target, row[column])
            if kind in WITH_PERIOD:
                data["period"] = periods.get(row["period_id"])
            if kind == "observation":
                data["comparators"] = comparators.get(row["id"], {})
            data.update(extra.get(row["id"], {}))
            out[row["id"]] = data
    return out


# --- applying a pulled record ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Pulled:
    uid: str
    kind: str
    author: str
    revision: int
    deleted: bool
    data: Payload


class Applier:
    """Applies pulled records to the store inside the caller's transaction (bulk SQL)."""

    def __init__(self, conn: Connection, uids: UidMap) -> None:
        self.conn = conn
        self.raw = _raw(conn)
        self.uids = uids
        self.periods = {
            (r.kind, r.start.isoformat(), r.end.isoformat()): r.id
            for r in conn.execute(select(T_PERIOD))
        }
        self.portfolios = {r.name: r.id for r in conn.execute(select(T_PORTFOLIO))}
        self.services = {(r.portfolio_id, r.name): r.id for r in conn.execute(select(T_SERVICE))}
        self.state = {
            r.uid: (r.revision, r.dirty)
            for r in conn.execute(select(T_SYNC.c.uid, T_SYNC.c.revision, T_SYNC.c.dirty))
            if r.uid is not None
        }
        dialect = conn.dialect
        self.binders: dict[tuple[str, str], Any] = {}
        for kind in SHARED_TABLES:
            for column in table(kind).c:
                if isinstance(column.type, Date | DateTime):
                    self.binders[(kind, column.name)] = column.type.dialect_impl(
                        dialect
                    ).bind_processor(dialect)
        self.remembered: list[tuple[Any, ...]] = []

    def wanted(self, rec: Pulled) -> bool:
        """Newer than our copy, and our copy has no change of its own waiting to go."""
        revision, dirty = self.state.get(rec.uid, (0, False))
        return not dirty and rec.revision > revision

    def _insert(self, name: str, values: Payload) -> int:
        columns = ", ".join(f'"{c}"' for c in values)
        marks = ", ".join("?" for _ in values)
        cursor = self.raw.execute(
            f'INSERT INTO "{name}" ({columns}) VALUES ({marks})', tuple(values.values())
        )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def _period(self, value: Payload | None) -> int | None:
        if not value:
            return None
        key = (value["kind"], value["start"], value["end"])
        found = self.periods.get(key)
        if found is None:
            found = self._insert(
                "period",
                {"label": value["label"], "kind": value["kind"], "start": value["start"],
                 "end": value["end"]},
            )  # fmt: skip
            self.periods[key] = found
        return found

    def _portfolio(self, name: str | None) -> int | None:
        if name is None:
            return None
        if name not in self.portfolios:
            position = len(self.portfolios)
            self.portfolios[name] = self._insert("portfolio", {"name": name, "position": position})
        return int(self.portfolios[name])

    def _service(self, portfolio_id: int | None, name: str | None) -> int | None:
        if name is None:
            return None
        key = (portfolio_id, name)
        if key not in self.services:
            self.services[key] = self._insert(
                "service", {"portfolio_id": portfolio_id, "name": name, "position": 0}
            )
        return int(self.services[key])

    def _column(self, kind: str, column: str, value: Any) -> Any:
        if value is None:
            return None
        binder = self.binders.get((kind, column))
        if binder is not None:
            parsed = (
                dt.datetime.fromisoformat(value)
                if isinstance(table(kind).c[column].type, DateTime)
                else dt.date.fromisoformat(value)
            )
            return binder(parsed)
        if isinstance(value, bool):
            return int(value)
        return value

    def _values(self, rec: Pulled) -> Payload | None:
        kind, data = rec.kind, rec.data
        values: Payload = {f: self._column(kind, f, data.get(f)) for f in FIELDS[kind]}
        for key, (column, target) in LINKS[kind].items():
            values[column] = self.uids.row(target, data.get(key))
        if REQUIRED.get(kind) and values[LINKS[kind][REQUIRED[kind]][0]] is None:
            return None  # what it belongs to is not here (not shared with us)
        if kind == "agenda_item" and values["indicator_id"] is None:
            return None
        if kind in WITH_PERIOD:
            values["period_id"] = self._period(data.get("period"))
            if kind == "observation" and values["period_id"] is None:
                return None
        if kind == "indicator":
            values["portfolio_id"] = self._portfolio(data.get("portfolio"))
            values["service_id"] = self._service(values["portfolio_id"], data.get("service"))
        if kind == "scorecard_import":
            values["status"] = "imported"
        if kind in ("question", "action_point", "note"):
            values["uid"] = rec.uid.split("-", 1)[1][:32]
        if "updated_at" in table(kind).c:
            values["updated_at"] = self.binders[(kind, "updated_at")](utcnow())
        return values

    def _same_natural_row(self, kind: str, values: Payload) -> int | None:
        """An existing row the unique constraints would clash with (made here, not yet synced)."""
        if kind == "observation":
            sql = "SELECT id FROM observation WHERE indicator_id = ? AND period_id = ?"
            args: tuple[Any, ...] = (values["indicator_id"], values["period_id"])
        elif kind == "agenda_item":
            sql = "SELECT id FROM agenda_item WHERE meeting_id = ? AND indicator_id = ?"
            args = (values["meeting_id"], values["indicator_id"])
        elif kind in ("question", "action_point", "note"):
            sql, args = f"SELECT id FROM {kind} WHERE uid = ?", (values["uid"],)
        else:
            return None
        found = self.raw.execute(sql, args).fetchone()
        return None if found is None else int(found[0])

    def apply(self, rec: Pulled) -> bool:
        """Apply one record; False when it was not applied (it belongs to something absent)."""
        row_id = self.uids.row(rec.kind, rec.uid)
        if rec.deleted:
            if row_id is not None:
                self.raw.execute(f"DELETE FROM {rec.kind} WHERE id = ?", (row_id,))
                self.raw.execute("DELETE FROM sync_record WHERE uid = ?", (rec.uid,))
                self.uids.drop(rec.uid)
            return True
        values = self._values(rec)
        if values is None:
            return False
        if row_id is None:
            row_id = self._same_natural_row(rec.kind, values)
            if row_id is not None:  # adopt it: the team's id wins
                old = self.uids.uid(rec.kind, row_id)
                if old is not None:
                    self.uids.drop(old)
                self.raw.execute(
                    "DELETE FROM sync_record WHERE kind = ? AND row_id = ?", (rec.kind, row_id)
                )
        if row_id is None:
            row_id = self._insert(rec.kind, values)
        else:
            sets = ", ".join(f'"{c}" = ?' for c in values)
            self.raw.execute(
                f'UPDATE "{rec.kind}" SET {sets} WHERE id = ?', (*values.values(), row_id)
            )
        if rec.kind == "observation":
            self.raw.execute("DELETE FROM comparator_value WHERE observation_id = ?", (row_id,))
            comparators = rec.data.get("comparators") or {}
            self.raw.executemany(
                "INSERT INTO comparator_value (observation_id, name, value) VALUES (?, ?, ?)",
                [(row_id, n, v) for n, v in comparators.items()],
            )
        self._remember(rec, row_id)
        return True

    def _remember(self, rec: Pulled, row_id: int) -> None:
        self.raw.execute(
            "INSERT INTO sync_record (kind, row_id, uid, author, revision, local_rev, dirty,"
            " base_json) VALUES (?, ?, ?, ?, ?, 1, 0, ?) ON CONFLICT (kind, row_id) DO UPDATE"
            " SET uid = excluded.uid, author = excluded.author, revision = excluded.revision,"
            " dirty = 0, base_json = excluded.base_json",
            (rec.kind, row_id, rec.uid, rec.author, rec.revision, canonical(rec.data)),
        )
        self.uids.add(rec.kind, row_id, rec.uid)
        self.state[rec.uid] = (rec.revision, False)
