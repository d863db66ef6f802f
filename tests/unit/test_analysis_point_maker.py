"""make_point: the quick way to make a Point gives the very Point the class makes."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from desktop.analysis.types import Point, make_point

_FIELDS = (
    "Q2 2024/25",
    dt.date(2024, 7, 1),
    dt.date(2024, 9, 30),
    "quarter",
    61.5,
    None,
    70.0,
    123.0,
    200.0,
    "amber",
    {"England": 64.2},
    "Reviewed monthly.",
)


def test_make_point_equals_the_class_made_point_field_by_field() -> None:
    made = make_point(*_FIELDS)
    assert made == Point(*_FIELDS)
    assert dataclasses.astuple(made) == _FIELDS
    assert type(made) is Point


def test_a_made_point_stays_frozen() -> None:
    made = make_point(*_FIELDS)
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.actual = 1.0  # type: ignore[misc]
    assert dataclasses.replace(made, actual=1.0).actual == 1.0
