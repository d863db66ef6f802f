"""Reading a whole store for the window: every indicator, as of a period, and the choices."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from desktop.loading import load_store
from tests.unit.annotation_helpers import _fresh_store, make_indicator, make_quarter, observe


def test_load_store_returns_every_indicator_and_periods_newest_first(tmp_path: Path) -> None:
    store = _fresh_store(tmp_path / "s.sqlite")
    try:
        with store.session() as s:
            ehcp = make_indicator(s, "CS01", "EHCPs issued within 20 weeks")
            q1 = make_quarter(s, "Q1 2024/25", dt.date(2024, 4, 1), dt.date(2024, 6, 30))
            q2 = make_quarter(s, "Q2 2024/25", dt.date(2024, 7, 1), dt.date(2024, 9, 30))
            observe(s, ehcp, q1, 90, 80, "green")
            observe(s, ehcp, q2, 50, 80, "red")
        latest = load_store(store)
        earlier = load_store(store, dt.date(2024, 6, 30))
    finally:
        store.close()
    assert [v.code for v in latest.views] == ["CS01"]
    assert [label for label, _end in latest.choices] == ["Q2 2024/25", "Q1 2024/25"]
    assert latest.views[0].latest_rag == "red"
    assert earlier.as_of == dt.date(2024, 6, 30)
    assert earlier.views[0].latest_rag == "green"
    assert earlier.choices == latest.choices
