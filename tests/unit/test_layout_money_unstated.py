"""An indicator whose money figures mix a plain '850' with a '£1.2m' typed with its scale,
where no unit or scale is stated anywhere (row, name, heading, title): the plain figure may
be pounds or thousands, and the file is held for review naming its cell."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers.layout_sheets import detect_rows

_QUARTERS = ["Q1 2024/25", "Q2 2024/25", "Q3 2024/25"]
_OTHER = ["Invoices paid on time (%)", 96.1, 97.0, 95.5]


@pytest.mark.parametrize(
    ("plain", "typed"),
    [(850, "£1.2m"), ("850", "£1.1m"), (0.9, "£1.2 million"), (1_200, "£1.5bn"),
     (450, "£600k")],
)  # fmt: skip
def test_a_plain_figure_beside_a_scaled_one_is_held_at_its_cell(
    tmp_path: Path, plain: object, typed: str
) -> None:
    rows = [["Indicator", *_QUARTERS], ["Forecast overspend", plain, typed, typed], _OTHER]
    parsed = detect_rows(tmp_path / "t.xlsx", rows)
    lines = [item.line() for item in parsed.review]
    assert len(lines) == 1 and lines[0].startswith("Scorecard!B2: ")
    assert "C2" in lines[0], "the figure typed with its scale is named too"


def test_a_plain_target_beside_scaled_figures_is_held(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Measure", "Target", *_QUARTERS],
        ["FIN1", "Savings delivered", 500, "£0.4m", "£0.45m", "£0.52m"],
        ["FIN2", "Invoices paid on time (%)", 95, 96.1, 97.0, 95.5],
    ]
    parsed = detect_rows(tmp_path / "t.xlsx", rows)
    assert [item.cell for item in parsed.review] == ["C2"]


def test_a_long_tables_plain_figure_beside_a_scaled_one_is_held(tmp_path: Path) -> None:
    rows = [
        ["Code", "Indicator", "Period", "Value"],
        ["F1", "Overspend", "Q1 2024/25", 850],
        ["F1", "Overspend", "Q2 2024/25", "£1.2m"],
        ["F2", "Invoices paid on time (%)", "Q1 2024/25", 96.1],
    ]
    parsed = detect_rows(tmp_path / "t.xlsx", rows)
    assert [item.cell for item in parsed.review] == ["D2"]


@pytest.mark.parametrize(
    "row",
    [
        ["Forecast overspend", "£850k", "£1.2m", "£0.9m"],  # every figure with its scale
        ["Forecast overspend", 950_000, "£1.2m", "£1.1m"],  # plain, but of the same size
        ["Forecast overspend", 0, "£1.2m", "£1.1m"],  # nought is nought at any scale
        ["Forecast overspend (£m)", 0.85, "£1.2m", 1.1],  # the name states the scale
        ["Forecast overspend", "£850", "£1.2m", "£1.1m"],  # the cell states pounds
    ],
)
def test_stated_or_clear_figures_are_read_without_review(tmp_path: Path, row: list[object]) -> None:
    parsed = detect_rows(tmp_path / "t.xlsx", [["Indicator", *_QUARTERS], row, _OTHER])
    assert parsed.review == []
    assert len(parsed.indicators[0].observations) == 3
