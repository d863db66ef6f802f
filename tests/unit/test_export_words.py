"""Shared wording of the documents: status words both ways, and small-number suppression."""

from __future__ import annotations

import datetime as dt

import pytest

from db.records import IndicatorRecord, ObservationRecord, PeriodRecord
from desktop.catalogue import IndicatorView, build_view
from desktop.export.words import ACTION_WORDS, QUESTION_WORDS, Figures, status_from_word


@pytest.mark.parametrize(
    ("word", "expected"),
    [("To raise", "to_raise"), ("to_raise", "to_raise"), (" answered ", "answered"),
     ("TO  RAISE", "to_raise"), ("Sorted", None), ("", None)],
)  # fmt: skip
def test_question_status_from_word(word: str, expected: str | None) -> None:
    assert status_from_word(word, QUESTION_WORDS) == expected


def test_action_status_from_word() -> None:
    assert status_from_word("In progress", ACTION_WORDS) == "in_progress"


def _view(
    *, exempt: bool, unit: str | None, actual: float, numerator: float | None = None
) -> IndicatorView:
    period = PeriodRecord(1, "Q1 2025/26", dt.date(2025, 4, 1), dt.date(2025, 6, 30), "quarter")
    obs = ObservationRecord(
        id=1, period=period, actual=actual, actual_text=None, target=0.0, numerator=numerator,
        denominator=40.0 if numerator is not None else None, rag=None, direction_text=None,
        commentary=None, source_file=None, source_sheet=None, source_cell=None, import_id=None,
    )  # fmt: skip
    record = IndicatorRecord(
        id=1, code="X1", name="Children placed out of area", portfolio=None, service=None,
        polarity="lower_is_better", unit=unit, description=None, owner=None, exempt=exempt,
        tolerance_mode=None, tolerance_amber=None, band_low=None, band_high=None,
        observations=(obs,),
    )  # fmt: skip
    return build_view(record)


def test_small_counts_of_exempt_indicators_are_hidden() -> None:
    figures = Figures(_view(exempt=True, unit="Number", actual=3.0), suppress_small=True)
    assert figures.value(3.0) == "<5"
    assert figures.value(0.0) == "0"  # none at all identifies nobody
    assert figures.value(12.0) == "12"
    assert figures.hides_any()


def test_small_numerators_hidden_but_not_percentages() -> None:
    figures = Figures(_view(exempt=True, unit="%", actual=2.5, numerator=1.0), suppress_small=True)
    assert figures.value(2.5) == "2.5%"
    assert figures.count(1.0) == "<5" and figures.count(40.0) == "40"


def test_nothing_hidden_for_public_indicators_or_when_turned_off() -> None:
    public = Figures(_view(exempt=False, unit="Number", actual=3.0), suppress_small=True)
    off = Figures(_view(exempt=True, unit="Number", actual=3.0), suppress_small=False)
    assert public.value(3.0) == off.value(3.0) == "3"
    assert not public.hides_any() and not off.hides_any()
