"""make_point, make_series, make_summary: the quick way to make each gives the very object
its class makes."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from desktop.analysis.types import (
    Flag,
    Point,
    Series,
    Summary,
    Tolerance,
    make_point,
    make_series,
    make_summary,
)

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


def test_make_series_equals_the_class_made_series() -> None:
    points = (make_point(*_FIELDS),)
    fields = ("12", "Rent collected", "R1", "higher_is_better", "%", points,
              Tolerance("points", 2.0), "Housing")  # fmt: skip
    made = make_series(*fields)  # type: ignore[arg-type]
    assert made == Series(*fields)  # type: ignore[arg-type]
    assert dataclasses.astuple(made) == dataclasses.astuple(Series(*fields))  # type: ignore[arg-type]
    assert type(made) is Series
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.name = "other"  # type: ignore[misc]


def test_make_summary_equals_the_class_made_summary() -> None:
    fields = ("12", 3, "red", "amber", "improving", None, 2,
              (Flag("small_base", "Based on 9 cases.", "Q2 2024/25"),))  # fmt: skip
    made = make_summary(*fields)  # type: ignore[arg-type]
    assert made == Summary(*fields)  # type: ignore[arg-type]
    assert hash(made) == hash(Summary(*fields))  # type: ignore[arg-type]
    assert type(made) is Summary
