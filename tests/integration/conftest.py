"""Shared fixtures of the integration tests: a fresh store in tmp_path."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from db.store import Store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(tmp_path / "scrutineer.sqlite")
    yield opened
    opened.close()
