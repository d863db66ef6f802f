"""The first paint's own sort gives the export order of db.queries, ties and all."""

from __future__ import annotations

import random
from typing import Any

from db.quick_read import _in_export_order, export_order_key


def test_rows_are_sorted_as_export_order_key_sorts_them() -> None:
    rng = random.Random(15)
    rows: list[tuple[Any, ...]] = []
    for ident in range(2000):  # many shared codes and names, with and without a portfolio
        code = rng.choice(["CS1", "CS2", "cs10", None, "A 2", "a 02", "CS1 "])
        name = rng.choice(["Beta 3", "alpha 10", "Alpha 9", "CS1", "x", "beta 3"])
        portfolio = rng.choice([None, "Place", "place", "Adults"])
        position = rng.choice([None, 0, 1, 2])
        rows.append((ident, code, name, portfolio, *([None] * 10), position))
    rng.shuffle(rows)
    expected = sorted(
        rows, key=lambda row: export_order_key(row[3], row[14] or 0, row[1], row[2], row[0])
    )
    _in_export_order(rows)
    assert rows == expected
