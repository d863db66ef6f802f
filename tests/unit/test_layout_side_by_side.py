"""Small tables printed next to each other across a sheet, each under its own title and
with its own headings (one naming its indicators 'Measure', the next 'KPI'), are each read
with their own columns."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers.layout_sheets import detect_rows, figures


@pytest.mark.parametrize(
    ("first", "second"),
    [("Measure", "KPI"), ("Indicator", "PI Ref"), ("KPI", "Measure"), ("Ref", "Code")],
)
def test_titled_tables_side_by_side_are_each_read(tmp_path: Path, first: str, second: str) -> None:
    parsed = detect_rows(
        tmp_path / "blocks.xlsx",
        [
            ["Housing", None, None, None, "Waste", None, None],
            [first, "2023/24", "2024/25", None, second, "2023/24", "2024/25"],
            ["Homeless preventions", 50, 55, None, "Missed bins", 20, 25],
            ["Empty homes returned", 10, 12, None, "Recycling rate (%)", 45.2, 46.1],
        ],
    )
    assert figures(parsed) == {
        "Homeless preventions": [("2023/24", 50), ("2024/25", 55)],
        "Empty homes returned": [("2023/24", 10), ("2024/25", 12)],
        "Missed bins": [("2023/24", 20), ("2024/25", 25)],
        "Recycling rate (%)": [("2023/24", 45.2), ("2024/25", 46.1)],
    }
    assert parsed.review == []
    assert sum(line.startswith("table on sheet") for line in parsed.explain) == 2


def test_side_by_side_tables_may_order_their_columns_differently(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "blocks.xlsx",
        [
            ["Quarter 2 2024/25", None, None, None, None, None, None, None],
            ["Housing", None, None, None, None, "Waste", None, None],
            ["Indicator", "Actual", "Target", None, None, "KPI", "Target", "Actual"],
            ["Homeless preventions", 55, 60, None, None, "Missed bins", 30, 25],
            ["Empty homes returned", 12, 15, None, None, "Recycling rate (%)", 50, 46.1],
        ],
    )
    assert figures(parsed) == {
        "Homeless preventions": [("Q2 2024/25", 55)],
        "Empty homes returned": [("Q2 2024/25", 12)],
        "Missed bins": [("Q2 2024/25", 25)],
        "Recycling rate (%)": [("Q2 2024/25", 46.1)],
    }
    targets = {i.name: i.observations[0].target for i in parsed.indicators}
    assert targets == {
        "Homeless preventions": 60,
        "Empty homes returned": 15,
        "Missed bins": 30,
        "Recycling rate (%)": 50,
    }


def test_a_code_column_set_apart_from_its_table_does_not_split_it(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "apart.xlsx",
        [
            ["Indicator", "2023/24", "2024/25", None, "Ref"],
            ["Homeless preventions", 50, 55, None, "H1"],
            ["Empty homes returned", 10, 12, None, "H2"],
        ],
    )
    assert figures(parsed) == {
        "Homeless preventions": [("2023/24", 50), ("2024/25", 55)],
        "Empty homes returned": [("2023/24", 10), ("2024/25", 12)],
    }


@pytest.mark.parametrize("second", ["KPI", "Indicator", "Measure"])
def test_a_table_beside_another_may_start_lower(tmp_path: Path, second: str) -> None:
    parsed = detect_rows(
        tmp_path / "offset.xlsx",
        [
            ["Housing", None, None, None, "Waste", None, None],
            ["Indicator", "2023/24", "2024/25", None, None, None, None],
            ["Homeless preventions", 50, 55, None, second, "2023/24", "2024/25"],
            ["Empty homes returned", 10, 12, None, "Missed bins", 20, 25],
            [None, None, None, None, "Recycling rate (%)", 45.2, 46.1],
        ],
    )
    assert figures(parsed) == {
        "Homeless preventions": [("2023/24", 50), ("2024/25", 55)],
        "Empty homes returned": [("2023/24", 10), ("2024/25", 12)],
        "Missed bins": [("2023/24", 20), ("2024/25", 25)],
        "Recycling rate (%)": [("2023/24", 45.2), ("2024/25", 46.1)],
    }
    assert parsed.review == []


def test_columns_set_apart_with_no_names_of_their_own_stay_with_their_table(
    tmp_path: Path,
) -> None:
    parsed = detect_rows(
        tmp_path / "spacer.xlsx",
        [
            ["Performance 2024/25"],
            ["Indicator", "Q1", "Q2", None, "Target"],
            ["Homeless preventions", 50, 55, None, 60],
            ["Empty homes returned", 10, 12, None, 15],
        ],
    )
    targets = {i.name: {o.target for o in i.observations} for i in parsed.indicators}
    assert targets == {"Homeless preventions": {60}, "Empty homes returned": {15}}


def test_a_spacer_column_inside_the_left_table_does_not_join_the_tables(tmp_path: Path) -> None:
    """A blank column between the left table's names and its figures is the table's own; the
    blank columns further on still part it from the table on the right."""
    parsed = detect_rows(
        tmp_path / "spaced.xlsx",
        [
            ["Quarterly measures 2024/25", None, None, None, None, None, None, "Annual measures"],
            [
                "Ref",
                "Measure",
                None,
                "Q1 2024/25",
                "Q2 2024/25",
                None,
                None,
                "Ref",
                "Measure",
                "2022/23",
                "2023/24",
            ],
            [
                "W1",
                "Missed bins",
                None,
                20,
                25,
                None,
                None,
                "A1",
                "Residents satisfied (%)",
                71,
                68,
            ],
            ["W2", "Fly-tips cleared", None, 90, 92, None, None, "A2", "Parks with a flag", 6, 7],
        ],
    )
    assert figures(parsed) == {
        "Missed bins": [("Q1 2024/25", 20), ("Q2 2024/25", 25)],
        "Fly-tips cleared": [("Q1 2024/25", 90), ("Q2 2024/25", 92)],
        "Residents satisfied (%)": [("2022/23", 71), ("2023/24", 68)],
        "Parks with a flag": [("2022/23", 6), ("2023/24", 7)],
    }
