"""'England' and 'Statistical neighbours' rows under an indicator are its comparators."""

from __future__ import annotations

from pathlib import Path

from desktop.scorecard.layout.comparator_rows import comparator_named
from tests.helpers.layout_sheets import detect_rows


def test_rows_under_an_indicator_give_its_comparators(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Measure", "2022/23", "2023/24", "Target"],
        ["A1", "Adults in residential care per 100,000 aged 65+", 598.2, 571.4, 560],
        [None, "England average", 560.8, 566.0, None],
        [None, "Nearest neighbours", 612.0, "-", None],
        ["A2", "Carers who are satisfied with support (%)", 38.2, 40.1, 42],
        [None, "Eng", 36.3, 37.9, None],  # too short to say: another indicator, not England
        [None, "London", 35.0, 36.1, None],
    ]
    parsed = detect_rows(tmp_path / "c.xlsx", rows)
    names = [i.name for i in parsed.indicators]
    assert "England average" not in names and "London" not in names
    first = parsed.indicators[0]
    assert [(o.period.label, o.comparators) for o in first.observations] == [
        ("2022/23", {"England": 560.8, "Statistical neighbours": 612.0}),
        ("2023/24", {"England": 566.0}),
    ]


def test_a_row_with_a_code_or_after_other_rows_is_an_indicator(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Measure", "2023/24"],
        ["B1", "Households in temporary accommodation", 402],
        [],
        [None, "England", 117450],
        ["W1", "Wales", 61.2],
        ["B2", "Homeless acceptances", 350],
        [None, "Note: figures are provisional", None],
        [None, "London", 91.0],
    ]
    parsed = detect_rows(tmp_path / "g.xlsx", rows)
    by_name = {i.name: i for i in parsed.indicators}
    assert by_name["Households in temporary accommodation"].observations[0].comparators == {
        "England": 117450.0
    }  # blank rows between are no break
    assert "Wales" in by_name  # a code of its own: an indicator
    assert by_name["Homeless acceptances"].observations[0].comparators == {}


def test_names_that_are_comparators() -> None:
    assert comparator_named("Statistical Neighbours") == "Statistical neighbours"
    assert comparator_named("North East") == "Regional"
    assert comparator_named("England") == "England"
    assert comparator_named("Eastern area team") is None
    assert comparator_named("East") is None
