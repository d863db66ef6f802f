"""Targets written into indicators' names."""

from __future__ import annotations

import pytest

from desktop.scorecard.layout.name_targets import target_in_name


@pytest.mark.parametrize(
    ("name", "value", "polarity"),
    [
        ("Household waste recycled (target 50%)", 50.0, None),
        ("Average days to re-let homes – target: no more than 30 days", 30.0, "lower_is_better"),
        ("Planning applications decided in time [Target ≥ 90%]", 90.0, "higher_is_better"),
        ("Missed bins per 100,000 collections (target below 60)", 60.0, "lower_is_better"),
        ("Fly-tipping removed within 2 days (2024/25 target: 90%)", 90.0, None),
        ("Inspections completed (target 40 for the year, cumulative)", 40.0, None),
        ("Calls answered in 3 minutes - Target of at least 85 %", 85.0, "higher_is_better"),
        ("Staff sickness days per FTE (Target: 8.5 days)", 8.5, None),
        ("Cyfradd ailgylchu (targed 64%)", 64.0, None),
    ],
)
def test_a_number_the_name_calls_the_target_is_read(
    name: str, value: float, polarity: str | None
) -> None:
    found = target_in_name(name)
    assert found is not None
    assert (found.value, found.polarity) == (value, polarity)


@pytest.mark.parametrize(
    "name",
    [
        "Killed or seriously injured (target: reduce on the 2023 baseline of 84)",
        "Take-up of funded places by target 2 year olds",
        "Percentage of targets met",
        "Households in temporary accommodation",
        "Schools meeting the target group criteria 3 times",
        "Air quality sites meeting the NO2 objective of 40µg/m³ (%)",
    ],
)
def test_no_number_called_the_target_gives_none(name: str) -> None:
    assert target_in_name(name) is None
