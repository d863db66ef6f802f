"""Reading a store for the window: every indicator with its stored analysis, as plain data."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.catalogue import (
    IndicatorSummary,
    IndicatorView,
    ViewCache,
    choices_among,
    load_summaries,
    load_views,
    observed_period_choices,
    refresh_analysis,
    summaries_if_current,
)
from desktop.collector import collector_paused
from desktop.tolerances import DEFAULT_KEY, tolerance_from_setting

if TYPE_CHECKING:
    from db.store import Store


@dataclass(frozen=True, slots=True)
class Loaded:
    """What a load hands to the window: plain views and the period choices.

    The latest scorecard comes as summaries from the stored analysis (the series of each
    indicator loads when it is shown); an earlier period as full views cut at its end.
    """

    views: list[IndicatorView] | list[IndicatorSummary]
    choices: list[tuple[str, dt.date]]
    as_of: dt.date | None


def load_store(store: Store, as_of: dt.date | None = None) -> Loaded:
    """Read every indicator with its analysis, in its own short sessions (safe on a worker)."""
    stale: list[int] = []
    with collector_paused(), store.read_session() as session:
        views: list[IndicatorView] | list[IndicatorSummary]
        if as_of is None:
            views = load_summaries(session, stale_out=stale)
        else:
            views = load_views(session, as_of=as_of)
        choices = observed_period_choices(session)
    if stale:  # worked out afresh above: keep it, unless another program is writing now
        from db.store import StoreError

        try:
            with store.session() as session:
                refresh_analysis(session, stale)
        except StoreError:
            pass  # the views are right as they are; the next load stores it
    return Loaded(views=views, choices=choices, as_of=as_of)


def quick_load(path: Path) -> Loaded | None:
    """The latest scorecard for the first paint, read with sqlite3 alone (no SQLAlchemy).

    The same summaries and period choices as ``load_store(store, None)`` gives, from one
    snapshot of the store (open at head). None when any indicator's stored analysis is stale
    or the store cannot be read this way: ``load_store`` then works it out and says what is
    wrong.
    """
    from db.quick_read import read_first_paint

    try:
        with collector_paused():
            read = read_first_paint(path, DEFAULT_KEY)
            views = summaries_if_current(read.summaries, tolerance_from_setting(read.setting))
    except (sqlite3.Error, ValueError):
        return None
    if views is None:
        return None
    return Loaded(views=views, choices=choices_among(read.periods, read.observed), as_of=None)


def view_cache(store: Store, loaded: Loaded) -> ViewCache:
    """Full views of what ``loaded`` lists, loading each from ``store`` when first needed."""
    as_of = loaded.as_of

    def load(ids: Collection[int]) -> list[IndicatorView]:
        with store.read_session() as session:
            return load_views(session, as_of=as_of, indicator_ids=ids)

    known = [v for v in loaded.views if not isinstance(v, IndicatorSummary)]
    return ViewCache([v.id for v in loaded.views], load, known)
