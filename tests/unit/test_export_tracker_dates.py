"""Dates an officer types into the tracker's Answered on column, read the UK way."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.export.tracker_import import _date


@pytest.mark.parametrize(
    "typed", ["20/11/2025", "2025-11-20", "20 November 2025", "20 Nov 2025", "20/11/25"]
)
def test_typed_dates(typed: str) -> None:
    assert _date(typed) == dt.datetime(2025, 11, 20)


def test_cell_dates_and_nonsense() -> None:
    assert _date(dt.date(2025, 11, 20)) == dt.datetime(2025, 11, 20)
    assert _date(dt.datetime(2025, 11, 20, 9, 30)) == dt.datetime(2025, 11, 20, 9, 30)
    assert _date("next week") is None and _date(45000) is None
