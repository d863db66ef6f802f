"""An indicator given as two rows, one per measure ('No.' then 'Rate', 'Number' then '%'),
keeps both: each row is a measure of its own, named with the indicator and the measure
('Anti-social behaviour (No.)', 'Anti-social behaviour (Rate)'), and a blank figure in one
row takes nothing from the other."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers.layout_sheets import detect_rows, figures


@pytest.mark.parametrize(
    ("count", "rate"), [("No.", "Rate"), ("Number", "Rate per 1,000"), ("Count", "%")]
)
@pytest.mark.parametrize("named_again", [False, True])
def test_each_measure_of_a_paired_indicator_is_kept(
    tmp_path: Path, count: str, rate: str, named_again: bool
) -> None:
    def again(name: str) -> str:
        return name if named_again else ""

    parsed = detect_rows(
        tmp_path / "pairs.xlsx",
        [
            ["Community safety 2024/25"],
            ["Indicator", "Measure", "Q1 2024/25", "Q2 2024/25"],
            ["Anti-social behaviour incidents", count, 120, 130],
            [again("Anti-social behaviour incidents"), rate, 1.2, 1.3],
            ["Domestic abuse incidents", count, 40, 45],
            [again("Domestic abuse incidents"), rate, None, None],
            ["Hate crimes", count, 10, 12],
            [again("Hate crimes"), rate, 0.1, None],
        ],
    )
    read = figures(parsed)
    assert read[f"Anti-social behaviour incidents ({count})"] == [
        ("Q1 2024/25", 120),
        ("Q2 2024/25", 130),
    ]
    assert read[f"Anti-social behaviour incidents ({rate})"] == [
        ("Q1 2024/25", 1.2),
        ("Q2 2024/25", 1.3),
    ]
    assert read[f"Domestic abuse incidents ({count})"] == [
        ("Q1 2024/25", 40),
        ("Q2 2024/25", 45),
    ]
    assert read.get(f"Domestic abuse incidents ({rate})", []) == []
    assert read[f"Hate crimes ({count})"] == [("Q1 2024/25", 10), ("Q2 2024/25", 12)]
    assert read[f"Hate crimes ({rate})"] == [("Q1 2024/25", 0.1)]
    assert parsed.review == []


def test_rows_of_one_measure_are_not_paired(tmp_path: Path) -> None:
    """A long table repeats the name with the same measure on each period's row."""
    parsed = detect_rows(
        tmp_path / "long.xlsx",
        [
            ["Indicator", "Unit", "Period", "Value"],
            ["Missed bins", "Number", "Q1 2024/25", 20],
            ["Missed bins", "Number", "Q2 2024/25", 25],
            ["Fly tipping incidents", "Number", "Q1 2024/25", 5],
        ],
    )
    assert figures(parsed) == {
        "Missed bins": [("Q1 2024/25", 20), ("Q2 2024/25", 25)],
        "Fly tipping incidents": [("Q1 2024/25", 5)],
    }


@pytest.mark.parametrize(("count", "rate"), [("Ref", "%"), ("Ref", "Rate"), ("Code", "Rate")])
def test_a_count_column_headed_like_a_code_goes_to_review_at_its_cell(
    tmp_path: Path, count: str, rate: str
) -> None:
    parsed = detect_rows(
        tmp_path / "columns.xlsx",
        [
            ["Community safety 2024/25"],
            ["Indicator", count, rate],
            ["Anti-social behaviour incidents", 120, 1.2],
            ["Domestic abuse incidents", 40, None],
            ["Hate crimes", 10, 0.1],
        ],
    )
    assert [item.cell for item in parsed.review] == ["B2"]
    assert all(i.code is None for i in parsed.indicators)


@pytest.mark.parametrize("numbers", [[1, 2, 3], [101, 102, 110]])
def test_reference_numbers_under_no_stay_codes(tmp_path: Path, numbers: list[int]) -> None:
    parsed = detect_rows(
        tmp_path / "numbered.xlsx",
        [
            ["Performance 2024/25"],
            ["No.", "Indicator", "Actual"],
            [numbers[0], "Missed bins", 20],
            [numbers[1], "Fly tipping incidents", 5],
            [numbers[2], "Recycling rate (%)", 45.2],
        ],
    )
    assert [i.code for i in parsed.indicators] == [str(n) for n in numbers]
    assert parsed.review == []
