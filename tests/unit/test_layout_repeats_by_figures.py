"""A chart's source block of the table's measures under short names is read as those measures."""

from __future__ import annotations

from pathlib import Path

from tests.helpers.layout_sheets import detect_rows


def _rows(block: list[list[object]]) -> list[list[object]]:
    return [
        ["Ref", "Measure", "Q3 2024/25", "Target"],
        ["H1", "Homes let within 28 days of becoming empty (%)", 71.5, 75],
        ["H2", "Repairs completed on the first visit (%)", 88.2, 90],
        ["H3", "Rent collected as a share of rent due (%)", 97.9, 98],
        ["H4", "Tenant satisfaction with repairs (%)", 81.0, 85],
        [],
        [None, "Chart data", "Q1 24/25", "Q2 24/25", "Q3 24/25"],
        *block,
    ]


def test_a_block_of_short_names_with_the_same_figures_is_the_same_measures(
    tmp_path: Path,
) -> None:
    block: list[list[object]] = [
        [None, "Lets in 28 days", 66.0, 69.4, 71.5],
        [None, "First-visit fixes", 85.1, 86.0, 88.2],
        [None, "Rent collected", 96.2, 97.0, 97.9],
    ]
    parsed = detect_rows(tmp_path / "c.xlsx", _rows(block))
    names = [i.name for i in parsed.indicators]
    assert "Lets in 28 days" not in names
    lets = next(i for i in parsed.indicators if i.code == "H1")
    assert [(o.period.label, o.actual) for o in lets.observations] == [
        ("Q1 2024/25", 66.0), ("Q2 2024/25", 69.4), ("Q3 2024/25", 71.5),
    ]  # fmt: skip
    assert any("under another name" in w for w in parsed.warnings)


def test_a_block_that_does_not_match_one_for_one_is_left_alone(tmp_path: Path) -> None:
    block: list[list[object]] = [
        [None, "Lets in 28 days", 66.0, 69.4, 71.5],
        [None, "First-visit fixes", 85.1, 86.0, 88.2],
        [None, "Something else", 40.0, 41.0, 42.0],  # no measure has 42.0
    ]
    parsed = detect_rows(tmp_path / "d.xlsx", _rows(block))
    assert "Lets in 28 days" in [i.name for i in parsed.indicators]
