"""plain_figure: the quick way to read a plain number gives the very observation the class makes."""

from __future__ import annotations

import dataclasses
import datetime as dt

from desktop.scorecard.model import ParsedObservation, Period, plain_figure

_PERIOD = Period("Q2 2024/25", dt.date(2024, 7, 1), dt.date(2024, 9, 30), "quarter")


def test_plain_figure_equals_the_class_made_observation_field_by_field() -> None:
    made = plain_figure(_PERIOD, 61.5, "Scorecard", "I7")
    expected = ParsedObservation(_PERIOD, actual=61.5, sheet="Scorecard", cell="I7")
    assert type(made) is ParsedObservation
    # every field set, each as the class sets it (a field added to the class and not here
    # would be missing, and this comparison fail)
    assert dataclasses.astuple(made) == dataclasses.astuple(expected)
    assert made == expected


def test_each_plain_figure_has_comparators_of_its_own() -> None:
    first = plain_figure(_PERIOD, 1.0, "S", "A1")
    second = plain_figure(_PERIOD, 2.0, "S", "A2")
    first.comparators["England"] = 3.0
    assert second.comparators == {}
