"""Small-number results typed as the cases meeting a standard out of the cases due ('12 of
15', '12/15', '3 out of 4'): the rate they stand for where the row's own unit says its
figures are percentages, with the cases kept as numerator and denominator; held for review
naming the cell in a count row, a row that says no unit, or where the cases due are the
row's target."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.scorecard.parse.cases import Cases, split
from tests.helpers.layout_sheets import detect_rows

HEAD = ["Ref", "Measure", "Unit", "Q1 2024/25", "Q2 2024/25", "Target"]


@pytest.mark.parametrize(
    ("text", "count", "base"),
    [
        ("12 of 15", 12.0, 15.0),
        ("12/15", 12.0, 15.0),
        ("12 / 15", 12.0, 15.0),
        ("3 out of 4", 3.0, 4.0),
        ("5 OUT OF 5", 5.0, 5.0),
        ("0 of 3", 0.0, 3.0),
        ("1,204 of 1,310", 1204.0, 1310.0),
    ],
)
def test_the_ways_cases_out_of_cases_due_are_typed(text: str, count: float, base: float) -> None:
    assert split(text) == Cases(count, base)


@pytest.mark.parametrize(
    "text", ["15 of 12", "2.5/4", "3 of 0", "12 of 15 (80%)", "12 of 15 cases", "Q1 of 4"]
)
def test_other_cells_are_no_cases_out_of_cases_due(text: str) -> None:
    assert split(text) is None


def _read(tmp_path: Path, rows: list[list[object]], head: list[str] = HEAD):  # type: ignore[no-untyped-def]
    parsed = detect_rows(tmp_path / "t.xlsx", [head, *rows])
    read = {
        i.code: [(o.actual, o.actual_text, o.numerator, o.denominator) for o in i.observations]
        for i in parsed.indicators
    }
    return parsed, read


def test_a_percent_row_reads_cases_as_the_rate_with_its_base(tmp_path: Path) -> None:
    parsed, read = _read(
        tmp_path,
        [
            ["H1", "Grants completed within 20 weeks", "%", "12/15", "3 out of 4", 80],
            ["H2", "Reviews held within 28 days", "%", "7 of 8", 90, 90],
        ],
    )
    assert not parsed.review
    assert read["H1"] == [(80.0, None, 12.0, 15.0), (75.0, None, 3.0, 4.0)]
    assert read["H2"][0] == (87.5, None, 7.0, 8.0)
    assert parsed.indicators[0].unit == "%"


def test_a_name_saying_percentage_reads_cases_as_the_rate(tmp_path: Path) -> None:
    head = ["Ref", "Measure", "Q1 2024/25", "Q2 2024/25"]
    parsed, read = _read(
        tmp_path, [["H1", "Percentage of reviews held on time", "9 of 12", "14 of 16"]], head
    )
    assert not parsed.review
    assert [a for a, *_ in read["H1"]] == [75.0, 87.5]


@pytest.mark.parametrize(
    ("unit", "name", "q1", "target"),
    [
        ("No.", "Grants completed", "12 of 15", 15),  # a count row: count over its target?
        ("", "Requests answered within 20 working days", "183 / 201", None),  # no unit said
        ("%", "Calls answered within 3 minutes", "85/90", 90),  # the cases due are the target
        ("%", "Cases reviewed on time", "45/52 (80%)", 85),  # a percentage that disagrees
    ],
)
def test_cases_the_row_does_not_settle_are_held_naming_the_cell(
    tmp_path: Path, unit: str, name: str, q1: str, target: object
) -> None:
    parsed, read = _read(tmp_path, [["H1", name, unit, q1, None, target]])
    assert any(item.cell == "D2" for item in parsed.review)
    assert read["H1"][0][0] is None
    assert read["H1"][0][2:] == (None, None)
