"""The one way to hold off Python's cyclic garbage collector while making many small objects."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

_depth = 0


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic collection inside; nested uses pause once and resume once, at the outermost.

    Loading or importing a store makes hundreds of thousands of small, long-lived, acyclic
    objects: collections triggered by them only cost time. On leaving, the survivors are
    moved to the oldest generation without a scan (``freeze``/``unfreeze``), so the next
    young collection does not walk them all only to promote them; they are still collected
    as usual should they die. Only the thread that owns the outermost pause resumes.
    """
    global _depth
    outermost = _depth == 0
    was_enabled = gc.isenabled()
    _depth += 1
    gc.disable()
    try:
        yield
    finally:
        _depth -= 1
        if outermost and was_enabled:
            gc.freeze()
            gc.unfreeze()
            gc.enable()
