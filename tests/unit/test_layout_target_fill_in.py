"""A council's own target first, a target set for every council (national, statutory, a
minimum standard) where it set none: only with both columns qualified so, and never a
stretch, aspirational or quartile target filling in for a blank one."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.scorecard import vocabulary
from desktop.scorecard.model import ParsedScorecard
from tests.helpers.layout_sheets import detect_rows


def _targets(read: ParsedScorecard) -> dict[str | None, list[float | None]]:
    return {i.code: [o.target for o in i.observations] for i in read.indicators}


def _table(own: str, other: str) -> list[list[object]]:
    return [
        ["Corporate performance indicators, Quarter 2 2024/25"],
        [],
        ["Ref", "Indicator", "Q1 2024/25", "Q2 2024/25", own, other, "RAG"],
        ["P1", "Municipal waste recycled (%)", 68.4, 71.2, 70.0, 64.0, "Green"],
        ["P2", "Council homes meeting the housing quality standard (%)", 99.1, 99.4, None,
         100.0, "Amber"],
        ["P3", "Invoices paid within 30 days (%)", 93.1, 94.6, None, 95.0, "Amber"],
        ["P4", "Calls answered (%)", 88.0, 91.0, 90.0, None, "Green"],
        ["P5", "Visits to leisure centres", 1960, 2110, None, None, None],
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("own", "other"),
    [
        ("Local target 2024-25", "National / Welsh Government target"),
        ("Local target", "National target"),
        ("Council's target", "Statutory target"),
        ("Own target 2024/25", "England target"),
        ("Our target", "Minimum standard"),
        ("Council target", "Government target"),
        ("Targed lleol", "Targed cenedlaethol"),
    ],
)
def test_a_set_by_others_target_fills_in_where_the_councils_own_is_blank(
    tmp_path: Path, own: str, other: str
) -> None:
    read = detect_rows(tmp_path / "two.xlsx", _table(own, other))
    assert read.review == []
    assert _targets(read) == {
        "P1": [70.0, 70.0],  # the council's own, not the national 64
        "P2": [100.0, 100.0],
        "P3": [95.0, 95.0],
        "P4": [90.0, 90.0],
        "P5": [None, None],
    }
    said = [w for w in read.warnings if "rows 5, 6 have no" in w]
    assert len(said) == 1 and "set for every council where it set none" in said[0]
    assert any("targets where the council's own is blank" in line for line in read.explain)


@pytest.mark.parametrize(
    ("own", "other"),
    [
        ("Target 2024/25", "National target"),  # the council's target is not said to be its own
        ("Local target", "Stretch target"),
        ("Local target", "Aspirational target"),
        ("Local target", "Top quartile target"),
        ("Local target", "National top quartile target"),
        ("Local target", "National stretch target"),
        ("Local target", "Previous target"),
        ("Local target", "National"),  # a national figure, not a target
        ("Local target", "National average"),
        ("Local stretch target", "National target"),
    ],
)
def test_no_other_column_fills_in_a_blank_target(tmp_path: Path, own: str, other: str) -> None:
    read = detect_rows(tmp_path / "no_fill.xlsx", _table(own, other))
    targets = _targets(read)
    assert targets["P2"] == [None, None] and targets["P3"] == [None, None]
    assert not any("have no" in w for w in read.warnings)


def test_an_own_target_cell_saying_there_is_none_is_not_filled_in(tmp_path: Path) -> None:
    rows = _table("Local target", "National target")
    rows[4][4] = "n/a"  # P2: the council says it has no target
    rows[5][4] = "Data only"
    read = detect_rows(tmp_path / "said.xlsx", rows)
    targets = _targets(read)
    assert targets["P2"] == [None, None] and targets["P3"] == [None, None]
    assert targets["P1"] == [70.0, 70.0]


def test_a_long_table_fills_in_row_by_row(tmp_path: Path) -> None:
    read = detect_rows(
        tmp_path / "long.xlsx",
        [
            ["Code", "Indicator", "Quarter", "Value", "Local target", "Statutory target"],
            ["W1", "Waste recycled (%)", "Q1 2024/25", 61.0, 66.0, 64.0],
            ["W1", "Waste recycled (%)", "Q2 2024/25", 63.0, None, 64.0],
            ["H1", "Homes meeting the standard (%)", "Q1 2024/25", 99.1, None, 100.0],
            ["H1", "Homes meeting the standard (%)", "Q2 2024/25", 99.4, 99.5, 100.0],
        ],
    )
    assert read.review == []
    assert _targets(read) == {"W1": [66.0, 64.0], "H1": [100.0, 99.5]}


@pytest.mark.parametrize(
    "heading",
    ["Local target 2024-25", "Council's own target", "Our target", "Targed lleol 2024-25"],
)
def test_headings_naming_the_councils_own_target(heading: str) -> None:
    assert vocabulary.own_target(heading)


@pytest.mark.parametrize(
    "heading", ["Target", "Local stretch target", "Local top quartile target", "Local area"]
)
def test_headings_not_naming_the_councils_own_target(heading: str) -> None:
    assert not vocabulary.own_target(heading)


@pytest.mark.parametrize(
    "heading",
    ["National / Welsh Government target", "Statutory target", "England target",
     "Minimum standard", "National standard", "Welsh Government target 2024-25"],
)  # fmt: skip
def test_headings_naming_a_target_set_for_every_council(heading: str) -> None:
    assert vocabulary.set_by_others_target(heading)


@pytest.mark.parametrize(
    "heading",
    ["National", "National average", "Stretch target", "National top quartile target",
     "England median", "Previous national target"],
)  # fmt: skip
def test_headings_naming_no_target_set_for_every_council(heading: str) -> None:
    assert not vocabulary.set_by_others_target(heading)
