"""A column whose heading names a period ('Year to date status') but whose cells are all
ratings is the ratings, not each row's period: the cells settle the role."""

from __future__ import annotations

from pathlib import Path

from desktop.scorecard.model import ParsedScorecard
from tests.helpers.layout_sheets import detect_rows

HEAD = ["Ref", "Measure", "Q1 2024/25", "Q2 2024/25", "Year to date", "Target"]
ROWS = [
    ["C1", "Invoices paid in 30 days (%)", 91.2, 92.4, 91.8, 95],
    ["C2", "Sickness days per FTE", 2.1, 2.3, 4.4, 8.5],
    ["C3", "Complaints answered on time (%)", 78, 81, 79.5, 90],
]


def _ratings(parsed: ParsedScorecard) -> dict[str, list[tuple[str, str | None]]]:
    return {
        i.name: [(o.period.label, o.rag) for o in i.observations if o.rag]
        for i in parsed.indicators
    }


def test_ratings_under_a_heading_naming_the_year_to_date_are_read_as_ratings(
    tmp_path: Path,
) -> None:
    rags = ["Amber", "Green", "Red"]
    rows = [["Corporate health 2024/25"], [*HEAD, "Year to date status"]]
    rows += [[*row, rag] for row, rag in zip(ROWS, rags, strict=True)]
    parsed = detect_rows(tmp_path / "s.xlsx", rows)
    assert parsed.review == []
    ratings = _ratings(parsed)
    assert [len(r) for r in ratings.values()] == [1, 1, 1]
    assert [r[0][1] for r in ratings.values()] == ["amber", "green", "red"]


def test_a_column_of_real_periods_is_still_each_row_s_period(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Measure", "Reporting period", "Value", "Target"],
        ["C1", "Invoices paid in 30 days (%)", "Q1 2024/25", 91.2, 95],
        ["C1", "Invoices paid in 30 days (%)", "Q2 2024/25", 92.4, 95],
        ["C2", "Sickness days per FTE", "Q1 2024/25", 2.1, 8.5],
        ["C2", "Sickness days per FTE", "Q2 2024/25", 2.3, 8.5],
    ]
    parsed = detect_rows(tmp_path / "long.xlsx", rows)
    assert parsed.review == []
    periods = {i.name: [o.period.label for o in i.observations] for i in parsed.indicators}
    assert periods["Sickness days per FTE"] == ["Q1 2024/25", "Q2 2024/25"]
