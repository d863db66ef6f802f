"""Small builders for annotation tests: a real store in tmp_path, indicators, periods, figures."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import IndicatorRow, ObservationRow, PeriodRow, PortfolioRow
from db.store import Store

_EMPTY_STORE: list[bytes] = []  # an empty store at the newest schema, made once per run


def _fresh_store(path: Path) -> Store:
    """Open a new, empty store at ``path`` (copying a schema made once: migrations are slow)."""
    if not _EMPTY_STORE:
        Store.open(path).close()
        _EMPTY_STORE.append(path.read_bytes())
    else:
        path.write_bytes(_EMPTY_STORE[0])
    return Store.open(path)


@contextmanager
def store_session(tmp_path: Path) -> Iterator[Session]:
    """One unit of work on a fresh store file under ``tmp_path``."""
    store = _fresh_store(tmp_path / "s.sqlite")
    try:
        with store.session() as session:
            yield session
    finally:
        store.close()


def make_indicator(
    session: Session,
    code: str,
    name: str,
    *,
    portfolio: str = "Children's Services",
    exempt: bool = False,
    unit: str | None = "%",
) -> int:
    owner = session.scalar(select(PortfolioRow).where(PortfolioRow.name == portfolio))
    if owner is None:
        owner = PortfolioRow(name=portfolio)
        session.add(owner)
        session.flush()
    row = IndicatorRow(
        portfolio_id=owner.id,
        code=code,
        name=name,
        name_key=re.sub(r"[^a-z0-9 ]", "", name.lower()),
        polarity="higher_is_better",
        unit=unit,
        exempt=exempt,
    )
    session.add(row)
    session.flush()
    return row.id


def make_quarter(session: Session, label: str, start: dt.date, end: dt.date) -> int:
    row = PeriodRow(label=label, start=start, end=end, kind="quarter")
    session.add(row)
    session.flush()
    return row.id


def observe(
    session: Session,
    indicator_id: int,
    period_id: int,
    actual: float,
    target: float,
    rag: str,
    commentary: str | None = None,
) -> int:
    """Record or (as a newer scorecard would) replace one figure."""
    row = session.scalar(
        select(ObservationRow).where(
            ObservationRow.indicator_id == indicator_id, ObservationRow.period_id == period_id
        )
    )
    if row is None:
        row = ObservationRow(indicator_id=indicator_id, period_id=period_id)
        session.add(row)
    row.actual, row.target, row.rag, row.commentary = actual, target, rag, commentary
    session.flush()
    return row.id
