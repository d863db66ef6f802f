"""Who wrote what, for showing "by …" on notes and questions that came from another member."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.team.records import T_STATE, T_SYNC


def authors(session: Session, kind: str, row_ids: Iterable[int]) -> dict[int, str]:
    """row id -> author, for the rows of ``kind`` whose author the store knows (a store in a
    team knows who wrote each record; one never linked to a team knows none)."""
    wanted = list(row_ids)
    if not wanted:
        return {}
    rows = session.execute(
        select(T_SYNC.c.row_id, T_SYNC.c.author).where(
            T_SYNC.c.kind == kind, T_SYNC.c.row_id.in_(wanted), T_SYNC.c.author.is_not(None)
        )
    )
    return {row_id: author for row_id, author in rows}


def others(session: Session, kind: str, row_ids: Iterable[int]) -> dict[int, str]:
    """row id -> author, for the rows of ``kind`` written by another member of the team."""
    me = session.execute(select(T_STATE.c.value).where(T_STATE.c.key == "member")).scalar()
    if me is None:
        return {}
    return {row_id: a for row_id, a in authors(session, kind, row_ids).items() if a != me}
