"""Team store fixtures: one real PostgreSQL cluster for the session, a fresh database a test."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest

from db.store import Store
from tests.team import pg

_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def cluster() -> Iterator[pg.Cluster]:
    reason = pg.unavailable_reason()
    if reason:
        pytest.skip(reason)
    started = pg.start_cluster()
    try:
        yield started
    finally:
        pg.remove_cluster(started)


@pytest.fixture
def team_db(cluster: pg.Cluster) -> str:
    """A fresh, empty database; returns its name."""
    return cluster.create_database(f"team_{next(_numbers)}")


@pytest.fixture
def make_store(tmp_path: Path) -> Iterator[object]:
    opened: list[Store] = []

    def make(name: str) -> Store:
        folder = tmp_path / name
        folder.mkdir(mode=0o700)
        store = Store.open(folder / "scrutineer.sqlite")
        opened.append(store)
        return store

    yield make
    for store in opened:
        store.close()
