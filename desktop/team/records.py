"""Shared records on the local side: stable ids, the record as it travels, applying one pulled.

A record travels as a flat dict of plain JSON values; links to other records are their
stable ids (``uid``), periods travel by value, comparators inside their observation.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Date, DateTime, Table, and_, delete, insert, select, update
from sqlalchemy.engine import Connection

from db.models import Base
from db.sync_triggers import SHARED_TABLES

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
    "meeting": ("name", "committee", "held_on", "created_at"),
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


def _typed(kind: str, column: str, value: Any) -> Any:
    if value is None:
        return None
    kind_type = table(kind).c[column].type
    if isinstance(kind_type, DateTime):
        return dt.datetime.fromisoformat(value)
    if isinstance(kind_type, Date):
        return dt.date.fromisoformat(value)
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


def _natural_uid(conn: Connection, kind: str, row_id: int, uids: UidMap) -> str:
    """The same record made on two laptops gets the same id: an indicator by its portfolio and
    code, an observation by indicator and period, an import by the file's hash..."""
    t = table(kind)
    if kind == "scorecard_import":
        sha = conn.execute(select(t.c.sha256).where(t.c.id == row_id)).scalar()
        return f"import-{sha}"
    if kind == "indicator":
        row = conn.execute(
            select(T_PORTFOLIO.c.name, t.c.code, t.c.name_key)
            .select_from(t.outerjoin(T_PORTFOLIO, T_PORTFOLIO.c.id == t.c.portfolio_id))
            .where(t.c.id == row_id)
        ).one()
        key = row.code.strip().upper() if row.code else f"name:{row.name_key}"
        return f"indicator-{_digest(row.name, key)}"
    if kind == "observation":
        row = conn.execute(
            select(t.c.indicator_id, T_PERIOD.c.kind, T_PERIOD.c.start, T_PERIOD.c.end)
            .select_from(t.join(T_PERIOD, T_PERIOD.c.id == t.c.period_id))
            .where(t.c.id == row_id)
        ).one()
        ind = uids.uid("indicator", row.indicator_id)
        return f"observation-{_digest(ind, row.kind, row.start, row.end)}"
    if kind == "meeting":
        row = conn.execute(select(t.c.name, t.c.committee).where(t.c.id == row_id)).one()
        return f"meeting-{_digest(row.name.strip().lower(), (row.committee or '').lower())}"
    if kind == "agenda_item":
        row = conn.execute(select(t.c.meeting_id, t.c.indicator_id).where(t.c.id == row_id)).one()
        return f"agenda-{_digest(uids.uid('meeting', row.meeting_id), uids.uid('indicator', row.indicator_id))}"
    uid = conn.execute(select(t.c.uid).where(t.c.id == row_id)).scalar()
    return f"{kind.split('_')[0]}-{uid or uuid.uuid4().hex}"


def assign_uids(conn: Connection, uids: UidMap) -> None:
    """Give every tracked row without a stable id its id (rows whose row is gone are dropped)."""
    missing = conn.execute(
        select(T_SYNC.c.id, T_SYNC.c.kind, T_SYNC.c.row_id).where(T_SYNC.c.uid.is_(None))
    ).all()
    for sync_id, kind, row_id in sorted(missing, key=lambda r: (RANK.get(r.kind, 99), r.row_id)):
        t = table(kind)
        if conn.execute(select(t.c.id).where(t.c.id == row_id)).first() is None:
            conn.execute(delete(T_SYNC).where(T_SYNC.c.id == sync_id))
            continue
        uid = _natural_uid(conn, kind, row_id, uids)
        if uid in uids.by_uid:  # that natural key is taken (renamed record): a fresh id
            uid = f"{kind.split('_')[0]}-{uuid.uuid4().hex}"
        conn.execute(update(T_SYNC).where(T_SYNC.c.id == sync_id).values(uid=uid))
        uids.add(kind, row_id, uid)
    # a record deleted and made again (a re-import) is alive: it needs no deletion
    alive = select(T_SYNC.c.uid).where(T_SYNC.c.uid.is_not(None))
    conn.execute(delete(T_TOMB).where(T_TOMB.c.uid.in_(alive)))


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
    """Applies pulled records to the store inside the caller's transaction."""

    def __init__(self, conn: Connection, uids: UidMap) -> None:
        self.conn = conn
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

    def wanted(self, rec: Pulled) -> bool:
        """Newer than our copy, and our copy has no change of its own waiting to go."""
        revision, dirty = self.state.get(rec.uid, (0, False))
        return not dirty and rec.revision > revision

    def _period(self, value: Payload | None) -> int | None:
        if not value:
            return None
        key = (value["kind"], value["start"], value["end"])
        found = self.periods.get(key)
        if found is None:
            found = self.conn.execute(
                insert(T_PERIOD).values(
                    label=value["label"], kind=value["kind"],
                    start=dt.date.fromisoformat(value["start"]),
                    end=dt.date.fromisoformat(value["end"]),
                )
            ).inserted_primary_key[0]  # fmt: skip
            self.periods[key] = found
        return int(found)

    def _portfolio(self, name: str | None) -> int | None:
        if name is None:
            return None
        if name not in self.portfolios:
            position = len(self.portfolios)
            self.portfolios[name] = self.conn.execute(
                insert(T_PORTFOLIO).values(name=name, position=position)
            ).inserted_primary_key[0]
        return self.portfolios[name]

    def _service(self, portfolio_id: int | None, name: str | None) -> int | None:
        if name is None:
            return None
        key = (portfolio_id, name)
        if key not in self.services:
            self.services[key] = self.conn.execute(
                insert(T_SERVICE).values(portfolio_id=portfolio_id, name=name, position=0)
            ).inserted_primary_key[0]
        return self.services[key]

    def _values(self, rec: Pulled) -> Payload | None:
        kind, data = rec.kind, rec.data
        values: Payload = {f: _typed(kind, f, data.get(f)) for f in FIELDS[kind]}
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
        return values

    def _same_natural_row(self, kind: str, values: Payload) -> int | None:
        """An existing row the unique constraints would clash with (made here, not yet synced)."""
        t = table(kind)
        if kind == "observation":
            cond = and_(t.c.indicator_id == values["indicator_id"],
                        t.c.period_id == values["period_id"])  # fmt: skip
        elif kind == "agenda_item":
            cond = and_(t.c.meeting_id == values["meeting_id"],
                        t.c.indicator_id == values["indicator_id"])  # fmt: skip
        elif kind in ("question", "action_point", "note"):
            cond = t.c.uid == values["uid"]
        else:
            return None
        found = self.conn.execute(select(t.c.id).where(cond)).scalar()
        return None if found is None else int(found)

    def apply(self, rec: Pulled) -> bool:
        """Apply one record; False when it was not applied (it belongs to something absent)."""
        t = table(rec.kind)
        row_id = self.uids.row(rec.kind, rec.uid)
        if rec.deleted:
            if row_id is not None:
                self.conn.execute(delete(t).where(t.c.id == row_id))
                self.conn.execute(delete(T_SYNC).where(T_SYNC.c.uid == rec.uid))
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
                self.conn.execute(
                    delete(T_SYNC).where(T_SYNC.c.kind == rec.kind, T_SYNC.c.row_id == row_id)
                )
        if row_id is None:
            row_id = int(self.conn.execute(insert(t).values(**values)).inserted_primary_key[0])
        else:
            self.conn.execute(update(t).where(t.c.id == row_id).values(**values))
        if rec.kind == "observation":
            self.conn.execute(delete(T_COMPARATOR).where(T_COMPARATOR.c.observation_id == row_id))
            comparators = rec.data.get("comparators") or {}
            if comparators:
                self.conn.execute(
                    insert(T_COMPARATOR),
                    [{"observation_id": row_id, "name": n, "value": v}
                     for n, v in comparators.items()],
                )  # fmt: skip
        self._remember(rec, row_id)
        return True

    def _remember(self, rec: Pulled, row_id: int) -> None:
        values = {"uid": rec.uid, "author": rec.author, "revision": rec.revision, "dirty": False,
                  "base_json": canonical(rec.data)}  # fmt: skip
        done = self.conn.execute(
            update(T_SYNC).where(T_SYNC.c.kind == rec.kind, T_SYNC.c.row_id == row_id)
            .values(**values)
        )  # fmt: skip
        if done.rowcount == 0:
            self.conn.execute(
                insert(T_SYNC).values(kind=rec.kind, row_id=row_id, local_rev=1, **values)
            )
        self.uids.add(rec.kind, row_id, rec.uid)
        self.state[rec.uid] = (rec.revision, False)
