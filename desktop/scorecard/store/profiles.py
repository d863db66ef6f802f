"""Saved column mappings ("profiles") matched to later files by the shape of their header."""

from __future__ import annotations

import json

from sqlalchemy import select

from db.models import ImportProfileRow
from db.store import Store

Mapping = dict[str, str]


def _clean(mapping: dict[str, str] | dict[int | str, str]) -> Mapping:
    return {str(key): str(value) for key, value in mapping.items()}


def save_profile(
    store: Store, name: str, signature: str, mapping: dict[str, str] | dict[int | str, str]
) -> None:
    """Save (or replace) the mapping called ``name`` for headers with this signature."""
    text = json.dumps(_clean(mapping), sort_keys=True, ensure_ascii=False)
    with store.session() as session:
        row = session.scalars(select(ImportProfileRow).where(ImportProfileRow.name == name)).first()
        if row is None:
            session.add(ImportProfileRow(name=name, signature=signature, mapping_json=text))
        else:
            row.signature = signature
            row.mapping_json = text


def find_profile(store: Store, signature: str) -> tuple[str, Mapping] | None:
    """The most recent profile saved for this header signature, as (name, mapping)."""
    with store.read_session() as session:
        row = session.scalars(
            select(ImportProfileRow)
            .where(ImportProfileRow.signature == signature)
            .order_by(ImportProfileRow.id.desc())
        ).first()
        return None if row is None else (row.name, _loads(row.mapping_json))


def load_profile(store: Store, name: str) -> Mapping | None:
    with store.read_session() as session:
        row = session.scalars(select(ImportProfileRow).where(ImportProfileRow.name == name)).first()
        return None if row is None else _loads(row.mapping_json)


def profile_names(store: Store) -> list[str]:
    with store.read_session() as session:
        return list(session.scalars(select(ImportProfileRow.name).order_by(ImportProfileRow.name)))


def _loads(text: str) -> Mapping:
    loaded = json.loads(text)
    return _clean(loaded) if isinstance(loaded, dict) else {}
