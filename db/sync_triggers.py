"""Triggers that note every change to a shared record in ``sync_record`` for the next sync.

A new row needs no trigger: a row without a ``sync_record`` is new to the team, and the sync
finds such rows itself (so importing a scorecard pays nothing for the team store). Updates
and deletions of shared rows are noted as they happen. The triggers live here, not only in a migration, because rebuilding a table in a later migration
(SQLite batch mode) drops its triggers: the migration environment reinstalls them after
every upgrade. Nothing is noted while a sync applies what it pulled (``sync_state`` then
holds the key ``applying``).
"""

from __future__ import annotations

from sqlalchemy.engine import Connection

# the tables whose rows are shared with a team; the table name is the record's kind
SHARED_TABLES = (
    "scorecard_import",
    "indicator",
    "observation",
    "meeting",
    "agenda_item",
    "question",
    "action_point",
    "note",
)

_QUIET = "NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'applying')"
# only imports that brought figures in are shared (not refusals or "unchanged" re-reads)
ONLY = {"scorecard_import": "status = 'imported'"}


def _touch(kind: str, row: str) -> str:
    return (
        f"UPDATE sync_record SET local_rev = local_rev + 1, dirty = 1 "
        f"WHERE kind = '{kind}' AND row_id = {row};"
    )


def _statements(table: str) -> list[str]:
    when = _QUIET if table not in ONLY else f"{_QUIET} AND NEW.{ONLY[table]}"
    return [
        f"CREATE TRIGGER IF NOT EXISTS sync_{table}_update AFTER UPDATE ON {table} "
        f"WHEN {when} BEGIN {_touch(table, 'NEW.id')} END",
        f"CREATE TRIGGER IF NOT EXISTS sync_{table}_delete AFTER DELETE ON {table} "
        f"WHEN {_QUIET} BEGIN "
        "INSERT OR REPLACE INTO sync_tombstone (uid, kind) SELECT uid, kind FROM sync_record "
        f"WHERE kind = '{table}' AND row_id = OLD.id AND uid IS NOT NULL; "
        f"DELETE FROM sync_record WHERE kind = '{table}' AND row_id = OLD.id; END",
    ]


def _comparator_statements() -> list[str]:
    """Comparators travel inside their observation: a change to one is a change to it."""
    out = []
    for event, ref in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
        out.append(
            f"CREATE TRIGGER IF NOT EXISTS sync_comparator_value_{event.lower()} "
            f"AFTER {event} ON comparator_value WHEN {_QUIET} BEGIN "
            "UPDATE sync_record SET local_rev = local_rev + 1, dirty = 1 "
            f"WHERE kind = 'observation' AND row_id = {ref}.observation_id; END"
        )
    return out


def trigger_names() -> list[str]:
    names = [f"sync_{t}_{e}" for t in SHARED_TABLES for e in ("update", "delete")]
    return [*names, *(f"sync_comparator_value_{e}" for e in ("insert", "update", "delete"))]


def install(conn: Connection) -> None:
    """Create any missing trigger (idempotent)."""
    for table in SHARED_TABLES:
        for statement in _statements(table):
            conn.exec_driver_sql(statement)
    for statement in _comparator_statements():
        conn.exec_driver_sql(statement)


def remove(conn: Connection) -> None:
    for name in trigger_names():
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")


def installed(conn: Connection) -> bool:
    """True when the bookkeeping tables exist (the store is at or past their migration)."""
    row = conn.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sync_record'"
    ).first()
    return row is not None
