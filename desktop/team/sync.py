"""Push this store's changes to the team store and pull everyone else's.

Each direction is one transaction on each side. A push is idempotent: every record carries
``origin`` (this device and its local change counter), so a push repeated after a dropped
connection recognises what already arrived. A pull is applied in one SQLite transaction
together with its high-water mark, so an interrupted pull leaves nothing half-applied.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import bindparam, delete, func, insert, select, text, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import ProgrammingError

from db.models import utcnow
from db.store import Store
from desktop.errors import UserError
from desktop.team import server
from desktop.team.records import (
    RANK,
    T_STATE,
    T_SYNC,
    T_TOMB,
    Applier,
    Payload,
    Pulled,
    UidMap,
    assign_uids,
    canonical,
    count_new,
    payloads,
    track_new,
)

T_CONFLICT = T_SYNC.metadata.tables["sync_conflict"]
_PUSH_LOCK = 7301  # one push at a time: sequence numbers then follow commit order
S = server.SCHEMA


@dataclass(frozen=True, slots=True)
class Conflict:
    record: str
    field: str
    kept: Any
    other: Any
    other_member: str | None = None

    def as_json(self) -> dict[str, Any]:
        return {"record": self.record, "field": self.field, "kept": self.kept, "other": self.other}


@dataclass
class SyncResult:
    pushed: int = 0
    pulled: int = 0
    conflicts: list[Conflict] = field(default_factory=list)
    # records this member may not share (Part 2 or another committee's): they stay here
    withheld: int = 0

    def as_json(self) -> dict[str, Any]:
        return {
            "pushed": self.pushed,
            "pulled": self.pulled,
            "conflicts": [c.as_json() for c in self.conflicts],
        }


@dataclass(frozen=True, slots=True)
class TeamStatus:
    url: str | None
    member: str | None
    last_sync: str | None
    waiting: int
    conflicts: list[Conflict]

    def as_json(self) -> dict[str, Any]:
        return {
            "team": self.url,
            "member": self.member,
            "last_sync": self.last_sync,
            "waiting": self.waiting,
            "conflicts": [c.as_json() for c in self.conflicts],
        }


# --- the link kept in the local store -------------------------------------------------------


def read_state(conn: Connection) -> dict[str, str]:
    return {k: v for k, v in conn.execute(select(T_STATE.c.key, T_STATE.c.value))}


def _put(conn: Connection, **values: str) -> None:
    for key, value in values.items():
        conn.execute(delete(T_STATE).where(T_STATE.c.key == key))
        conn.execute(insert(T_STATE).values(key=key, value=value))


def link(store: Store, url: str, member: str) -> None:
    """Link the store to a team (the URL without any password). Records made before now
    become this member's."""
    with store.session() as session:
        conn = session.connection()
        state = read_state(conn)
        fresh = state.get("url") != url
        _put(conn, url=url, member=member)
        if fresh or "device" not in state:
            _put(conn, device=uuid.uuid4().hex, pulled_seq="0", conflict_seq="0")
            # a new team has none of our records yet: everything goes on the next push
            conn.execute(update(T_SYNC).values(dirty=True, revision=0, base_json=None))
        conn.execute(update(T_SYNC).where(T_SYNC.c.author.is_(None)).values(author=member))


def unlink(store: Store) -> bool:
    with store.session() as session:
        conn = session.connection()
        had = "url" in read_state(conn)
        conn.execute(delete(T_STATE).where(T_STATE.c.key.in_(("url", "member"))))
        return had


def status(store: Store) -> TeamStatus:
    with store.read_session() as session:
        conn = session.connection()
        state = read_state(conn)
        changed = conn.execute(
            select(func.count()).select_from(T_SYNC).where(T_SYNC.c.dirty.is_(True))
        ).scalar_one()
        deleted = conn.execute(select(func.count()).select_from(T_TOMB)).scalar_one()
        waiting = int(changed) + int(deleted) + count_new(conn)
        conflicts = [
            Conflict(r.record_uid, r.field, json.loads(r.kept_json), json.loads(r.other_json),
                     r.other_member)
            for r in conn.execute(
                select(T_CONFLICT).where(T_CONFLICT.c.seen.is_(False)).order_by(T_CONFLICT.c.id)
            )
        ]  # fmt: skip
    return TeamStatus(
        state.get("url"), state.get("member"), state.get("last_sync"), waiting, conflicts
    )


def mark_conflicts_seen(store: Store) -> int:
    with store.session() as session:
        done = session.connection().execute(
            update(T_CONFLICT).where(T_CONFLICT.c.seen.is_(False)).values(seen=True)
        )
        return int(done.rowcount)


def linked_url(store: Store) -> str:
    with store.read_session() as session:
        state = read_state(session.connection())
    if "url" not in state:
        raise UserError(
            "this store is not part of a team — join one first: team join URL [--member NAME]", 2
        )
    return state["url"]


# --- push -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Outgoing:
    sync_id: int
    uid: str
    kind: str
    local_rev: int
    base_revision: int
    base: Payload | None
    data: Payload | None  # None: deleted here
    unshare: bool = False  # a note no longer shared: withdrawn from the team, kept here


def _outgoing(store: Store) -> tuple[dict[str, str], list[_Outgoing]]:
    """Give new rows their stable ids, then read every change waiting to go."""
    with store.session() as session:
        conn = session.connection()
        state = read_state(conn)
        track_new(conn, state.get("member"))
        uids = UidMap(conn)
        assign_uids(conn, uids)
        dirty = conn.execute(select(T_SYNC).where(T_SYNC.c.dirty.is_(True))).all()
        by_kind: dict[str, list[Any]] = {}
        for r in dirty:
            by_kind.setdefault(r.kind, []).append(r)
        out: list[_Outgoing] = []
        for kind in sorted(by_kind, key=lambda k: RANK[k]):
            rows = by_kind[kind]
            data = payloads(conn, kind, [r.row_id for r in rows], uids)
            for r in rows:
                if r.row_id not in data or r.uid is None:
                    continue
                base = json.loads(r.base_json) if r.base_json else None
                out.append(
                    _Outgoing(r.id, r.uid, kind, r.local_rev, r.revision, base, data[r.row_id])
                )
        for uid, kind in conn.execute(select(T_TOMB.c.uid, T_TOMB.c.kind)):
            out.append(_Outgoing(0, uid, kind, 0, 0, None, None))
    return state, out


# when a record was first made: the same file imported on two laptops a second apart is one
# record, not a clash for anyone to settle; the earlier moment is kept
_FIRST_MADE = frozenset({"created_at", "imported_at"})


def _merge(
    mine: Payload, base: Payload | None, theirs: Payload
) -> tuple[Payload, list[tuple[str, Any, Any]]]:
    """Fields changed here win (this sync is the later one); fields changed only there stay.
    Returns the merged record and (field, kept, other) for each field changed on both sides."""
    base = base or {}
    merged = dict(theirs)
    clashes = []
    for key, value in mine.items():
        if key in base and base[key] == value:
            continue  # not changed here
        other = theirs.get(key)
        if key in _FIRST_MADE and isinstance(value, str) and isinstance(other, str):
            merged[key] = min(value, other)  # ISO moments: the earlier is the first
            continue
        merged[key] = value
        if other != value and (key not in base or other != base[key]):
            clashes.append((key, value, other))
    return merged, clashes


def _push(
    pg: Connection, state: dict[str, str], outgoing: list[_Outgoing]
) -> tuple[dict[int, tuple[int, Payload | None]], set[str], list[Conflict]]:
    """Write the changes in one transaction. Returns, per sync row, the revision to remember
    and the record as now stored (None when it must be pulled again), the uids of pushed
    deletions, and the conflicts found."""
    member, device = state["member"], state["device"]
    pg.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PUSH_LOCK})
    existing = {
        r.uid: r
        for r in pg.execute(
            text(
                f"SELECT uid, revision, data, changed_by, deleted, origin FROM {S}.record "
                "WHERE uid = ANY(:uids)"
            ),
            {"uids": [o.uid for o in outgoing]},
        )
    }
    inserts: list[dict[str, Any]] = []
    updates: list[dict[str, Any]] = []
    history: list[dict[str, Any]] = []
    done: dict[int, tuple[int, Payload | None]] = {}
    gone: set[str] = set()
    conflicts: list[Conflict] = []
    for o in outgoing:
        origin = f"{device}:{o.local_rev}" if o.data is not None else f"{device}:deleted"
        there = existing.get(o.uid)
        if o.unshare:  # deleted for the others (who then drop their copy), kept here
            if there is not None and not there.deleted:
                updates.append(
                    {"uid": o.uid, "rev": there.revision + 1, "deleted": True,
                     "data": there.data, "origin": f"{device}:unshared:{o.local_rev}"}
                )  # fmt: skip
                done[o.sync_id] = (there.revision + 1, None)
            else:
                done[o.sync_id] = (there.revision if there is not None else 0, None)
            continue
        if o.data is None:
            gone.add(o.uid)
            if there is not None and not there.deleted:
                updates.append(
                    {"uid": o.uid, "rev": there.revision + 1, "deleted": True,
                     "data": there.data, "origin": origin}
                )  # fmt: skip
            continue
        if there is None:
            inserts.append({"uid": o.uid, "kind": o.kind, "data": o.data,
                            "origin": origin})  # fmt: skip
            done[o.sync_id] = (1, o.data)
        elif there.origin == origin:  # this very change arrived before the line dropped
            done[o.sync_id] = (there.revision, o.data)
        elif there.revision == o.base_revision and not there.deleted:
            updates.append({"uid": o.uid, "rev": there.revision + 1, "deleted": False,
                            "data": o.data, "origin": origin})  # fmt: skip
            done[o.sync_id] = (there.revision + 1, o.data)
        else:  # changed there too since we last synced: merge, this sync wins on clashes
            merged, clashes = _merge(o.data, o.base, there.data)
            updates.append({"uid": o.uid, "rev": there.revision + 1, "deleted": False,
                            "data": merged, "origin": origin})  # fmt: skip
            same = merged == o.data
            done[o.sync_id] = (there.revision + 1, o.data) if same else (there.revision, None)
            for key, kept, other in clashes:
                conflicts.append(Conflict(o.uid, key, kept, other, there.changed_by))
                history.append(
                    {"uid": o.uid, "kind": o.kind, "field": key, "kept": kept,
                     "other": other, "loser": there.changed_by}
                )  # fmt: skip
    # one statement each, whatever the number of records (a quarter is thousands)
    if inserts:
        pg.execute(
            text(
                f"INSERT INTO {S}.record (uid, kind, author, changed_by, revision, seq, data,"
                " origin) SELECT x.uid, x.kind, :me, :me, 1, 0, x.data, x.origin"
                " FROM jsonb_to_recordset(CAST(:rows AS jsonb))"
                " AS x(uid text, kind text, data jsonb, origin text)"
                " ON CONFLICT (uid) DO NOTHING"
            ),
            {"rows": json.dumps(inserts), "me": member},
        )
    if updates:
        pg.execute(
            text(
                f"UPDATE {S}.record AS r SET revision = x.rev, changed_by = :me,"
                " deleted = x.deleted, data = x.data, origin = x.origin"
                " FROM jsonb_to_recordset(CAST(:rows AS jsonb))"
                " AS x(uid text, rev integer, deleted boolean, data jsonb, origin text)"
                " WHERE r.uid = x.uid"
            ),
            {"rows": json.dumps(updates), "me": member},
        )
    if history:
        pg.execute(
            text(
                f"INSERT INTO {S}.conflict (uid, kind, field, kept, other, winner,"
                " winner_device, loser) SELECT x.uid, x.kind, x.field, x.kept, x.other, :me,"
                " :device, x.loser FROM jsonb_to_recordset(CAST(:rows AS jsonb))"
                " AS x(uid text, kind text, field text, kept jsonb, other jsonb, loser text)"
            ),
            {"rows": json.dumps(history), "me": member, "device": device},
        )
    return done, gone, conflicts


def _remember_push(
    store: Store,
    outgoing: list[_Outgoing],
    done: dict[int, tuple[int, Payload | None]],
    gone: set[str],
) -> None:
    local_rev = {o.sync_id: o.local_rev for o in outgoing}
    with store.session() as session:
        conn = session.connection()
        rows = []
        for sync_id, (revision, data) in done.items():
            rows.append({"sid": sync_id, "lr": local_rev[sync_id], "rev": revision,
                         "base": canonical(data) if data is not None else None})  # fmt: skip
        if rows:
            # a change made while we pushed keeps the record waiting for the next sync
            conn.execute(
                update(T_SYNC)
                .where(T_SYNC.c.id == bindparam("sid"), T_SYNC.c.local_rev == bindparam("lr"))
                .values(dirty=False, revision=bindparam("rev"), base_json=bindparam("base")),
                rows,
            )
        if gone:
            conn.execute(delete(T_TOMB).where(T_TOMB.c.uid.in_(gone)))


# --- pull -----------------------------------------------------------------------------------


def _fetch(
    pg: Connection, state: dict[str, str]
) -> tuple[list[Pulled], list[tuple[int, Conflict]], int, str]:
    grants = server.my_grants(pg)
    if grants is None:
        raise UserError(
            f"{state.get('member')} is not a member of this team — ask the team's owner to run"
            f" 'team member {state.get('member')}'",
            1,
        )
    grant_key = json.dumps([grants[0], sorted(grants[1])])
    # a new grant (Part 2, a committee) opens records pulled past long ago: start again
    since = int(state.get("pulled_seq", "0")) if state.get("grants") == grant_key else 0
    rows = pg.execute(
        text(
            f"SELECT uid, kind, author, revision, deleted, data, seq FROM {S}.record "
            # the server hides them from members; this also spares an administrator's copy
            "WHERE seq > :since AND (NOT private OR author = current_user) ORDER BY seq"
        ),
        {"since": since},
    ).all()
    pulled = [Pulled(r.uid, r.kind, r.author, r.revision, r.deleted, r.data) for r in rows]
    high = max((r.seq for r in rows), default=since)
    conflicts = [
        (r.id, Conflict(r.uid, r.field, r.kept, r.other, r.winner))
        for r in pg.execute(
            text(
                f"SELECT id, uid, field, kept, other, winner FROM {S}.conflict "
                "WHERE loser = current_user AND id > :since "
                "AND winner_device IS DISTINCT FROM :device ORDER BY id"
            ),
            {"since": int(state.get("conflict_seq", "0")), "device": state["device"]},
        )
    ]
    return pulled, conflicts, high, grant_key


def _apply_pull(
    store: Store,
    pulled: list[Pulled],
    conflicts: list[tuple[int, Conflict]],
    high: int,
    grant_key: str,
    on_record: Callable[[int], None] | None = None,
) -> int:
    """Apply everything pulled and move the high-water marks, in one transaction."""
    applied = 0
    with store.session() as session:
        conn = session.connection()
        state = read_state(conn)
        _put(conn, applying="1")
        applier = Applier(conn, UidMap(conn))
        ordered = sorted(pulled, key=lambda p: (p.deleted, RANK[p.kind]))
        for i, rec in enumerate(ordered):
            if on_record is not None:
                on_record(i)
            if applier.wanted(rec) and applier.apply(rec):
                applied += 1
        for _, c in conflicts:
            _record_conflict(conn, c)
        conflict_seq = max([int(state.get("conflict_seq", "0"))] + [i for i, _ in conflicts])
        _put(conn, pulled_seq=str(high), conflict_seq=str(conflict_seq), grants=grant_key)
        conn.execute(delete(T_STATE).where(T_STATE.c.key == "applying"))
    return applied


def _record_conflict(conn: Connection, c: Conflict) -> None:
    conn.execute(
        insert(T_CONFLICT).values(
            record_uid=c.record, kind=c.record.split("-", 1)[0], field=c.field,
            kept_json=json.dumps(c.kept), other_json=json.dumps(c.other),
            other_member=c.other_member, found_at=utcnow(), seen=False,
        )
    )  # fmt: skip


def _split_withheld(
    store: Store, outgoing: list[_Outgoing], part2: bool, committees: list[str]
) -> tuple[list[_Outgoing], list[_Outgoing]]:
    """Set aside what the server would not let this member see, so the rest can go: Part 2
    items without Part 2 access, meetings (and their items) of another committee."""
    with store.read_session() as session:
        conn = session.connection()
        exempt = set(
            conn.exec_driver_sql(
                "SELECT s.uid FROM indicator i JOIN sync_record s ON s.kind = 'indicator'"
                " AND s.row_id = i.id WHERE i.exempt AND s.uid IS NOT NULL"
            ).scalars()
        )
        committee_of = {
            uid: committee
            for uid, committee in conn.exec_driver_sql(
                "SELECT s.uid, m.committee FROM meeting m JOIN sync_record s"
                " ON s.kind = 'meeting' AND s.row_id = m.id WHERE s.uid IS NOT NULL"
            )
        }
    sendable, withheld = [], []
    for o in outgoing:
        data = o.data or {}
        hidden_exempt = data.get("exempt") is True or data.get("indicator") in exempt
        committee = (
            data.get("committee") if o.kind == "meeting" else committee_of.get(data.get("meeting"))
        )
        other_committee = bool(committee) and bool(committees) and committee not in committees
        if o.data is not None and ((hidden_exempt and not part2) or other_committee):
            withheld.append(o)
        else:
            sendable.append(o)
    return sendable, withheld


def _split_private(outgoing: list[_Outgoing]) -> tuple[list[_Outgoing], list[_Outgoing]]:
    """Private notes stay here. A note shared before and private now is withdrawn from the
    team (the others' copies go) but kept here."""
    sendable, private = [], []
    for o in outgoing:
        if o.kind != "note" or o.data is None or o.data.get("shared"):
            sendable.append(o)
        elif o.base_revision > 0:
            sendable.append(replace(o, unshare=True))
        else:
            private.append(o)
    return sendable, private


def _refused(exc: ProgrammingError) -> UserError:
    reason = " ".join(str(exc.orig or exc).split()).split(" [SQL")[0][:160]
    return UserError(
        f"the team store refused this store's changes ({reason}): a record belongs to a"
        " committee or Part 2 matter this member may not see — ask the team's owner for"
        " access, or move the record; nothing was sent and nothing here changed",
        1,
    )


# --- both ways ------------------------------------------------------------------------------


def sync(
    store: Store,
    prompt: server.PasswordPrompt | None = server.terminal_prompt,
    *,
    on_pull_record: Callable[[int], None] | None = None,
) -> SyncResult:
    """Push, then pull. Nothing local changes unless the server took the push."""
    url = server.parse_url(linked_url(store))
    result = SyncResult()
    with server.connect(url, prompt) as pg:
        state, outgoing = _outgoing(store)
        grants = server.my_grants(pg)
        if grants is None:
            pg.rollback()
            raise UserError(
                f"{state.get('member')} is not a member of this team — ask the team's owner to"
                f" run 'team member {state.get('member')}'",
                1,
            )
        outgoing, withheld = _split_withheld(store, outgoing, *grants)
        outgoing, private = _split_private(outgoing)
        result.withheld = len(withheld)
        if outgoing or withheld or private:
            try:
                done, gone, conflicts = _push(pg, state, outgoing)
                pg.commit()
            except ProgrammingError as exc:
                pg.rollback()
                raise _refused(exc) from exc
            for o in withheld:  # kept here only: not waiting for a sync that cannot take it
                done[o.sync_id] = (o.base_revision, o.base)
            for o in private:  # a private note never leaves this laptop
                done[o.sync_id] = (0, None)
            _remember_push(store, [*outgoing, *withheld, *private], done, gone)
            with store.session() as session:
                for c in conflicts:
                    _record_conflict(session.connection(), c)
            result.pushed = len(done) + len(gone) - len(withheld) - len(private)
            result.conflicts.extend(conflicts)
        pg.rollback()
        pg.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        pulled, their_conflicts, high, grant_key = _fetch(pg, state)
        pg.rollback()
    result.pulled = _apply_pull(store, pulled, their_conflicts, high, grant_key, on_pull_record)
    result.conflicts.extend(c for _, c in their_conflicts)
    with store.session() as session:
        _put(session.connection(), last_sync=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"))
    return result
