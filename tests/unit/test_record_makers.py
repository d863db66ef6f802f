"""make_indicator_record, make_analysis_record: the quick way to make a record gives the
very record its class makes, and it stays frozen."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from db.records import (
    AnalysisRecord,
    IndicatorRecord,
    ObservationRecord,
    PeriodRecord,
    make_analysis_record,
    make_indicator_record,
)

_PERIOD = PeriodRecord(3, "Q2 2024/25", dt.date(2024, 7, 1), dt.date(2024, 9, 30), "quarter")
_OBSERVATION = ObservationRecord(
    8, _PERIOD, 61.5, None, 70.0, 123.0, 200.0, "amber", None, "Reviewed.", "q2.xlsx",
    "Scorecard", "E5", 4, (("England", 64.2),),
)  # fmt: skip


def test_make_indicator_record_equals_the_class_made_record() -> None:
    fields = (12, "R1", "Rent collected", "Housing", "Income", "higher_is_better", "%",
              "Rent collected as a share of rent due", "Head of Housing", False, "points", 2.0,
              None, None, (_OBSERVATION,), 1, 2, 3, 4)  # fmt: skip
    made = make_indicator_record(*fields)  # type: ignore[arg-type]
    assert made == IndicatorRecord(*fields)  # type: ignore[arg-type]
    assert dataclasses.astuple(made) == dataclasses.astuple(IndicatorRecord(*fields))  # type: ignore[arg-type]
    assert type(made) is IndicatorRecord
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.name = "other"  # type: ignore[misc]
    assert dataclasses.replace(made, observations=()).observations == ()


def test_make_analysis_record_equals_the_class_made_record() -> None:
    fields = (7, "percent 10.0 None None", 3, "red", "amber", "improving", None, 2,
              ("small_base",), '[["small_base", "Based on 9 cases.", "Q2 2024/25"]]', "Noted.",
              None)  # fmt: skip
    made = make_analysis_record(*fields)  # type: ignore[arg-type]
    assert made == AnalysisRecord(*fields)  # type: ignore[arg-type]
    assert hash(made) == hash(AnalysisRecord(*fields))  # type: ignore[arg-type]
    assert type(made) is AnalysisRecord
    assert made.flags() == (("small_base", "Based on 9 cases.", "Q2 2024/25"),)
