"""Reading a whole store for the window: every indicator with its analysis, as plain data."""

from __future__ import annotations

import datetime as dt
import gc
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.catalogue import IndicatorView, load_views, period_choices

if TYPE_CHECKING:
    from db.store import Store


@dataclass(frozen=True, slots=True)
class Loaded:
    """What a load hands to the window: plain views and the period choices."""

    views: list[IndicatorView]
    choices: list[tuple[str, dt.date]]
    as_of: dt.date | None


def load_store(store: Store, as_of: dt.date | None = None) -> Loaded:
    """Read every indicator with its analysis, in its own short session (safe on a worker).

    The cyclic garbage collector is held off meanwhile: the load makes hundreds of thousands
    of small acyclic objects, and collections triggered by them only cost time.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        with store.read_session() as session:
            everything = load_views(session)
            views = everything if as_of is None else load_views(session, as_of=as_of)
        return Loaded(views=views, choices=period_choices(everything), as_of=as_of)
    finally:
        if was_enabled:
            promote_without_scanning()
            gc.enable()


def promote_without_scanning() -> None:
    """Move every object the collector tracks to its oldest generation, without a collection.

    A load leaves hundreds of thousands of long-lived objects in the youngest generation;
    the next young collection would walk them all (about 80 ms for 2,000 indicators x 20
    periods) only to promote them. They are still collected as usual should they die.
    """
    gc.freeze()
    gc.unfreeze()
