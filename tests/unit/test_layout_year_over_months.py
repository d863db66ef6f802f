"""A year typed once over the first of its months (not merged) heads the months after it."""

from __future__ import annotations

from pathlib import Path

from tests.helpers.layout_sheets import detect_rows, figures


def test_a_financial_years_months_take_the_year_over_their_first(tmp_path: Path) -> None:
    months = ["Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar"]
    years: list[object] = [None, None, 2024, *[None] * 8, 2025, None, None]
    rows = [years, ["Code", "Indicator", *months], ["W1", "Missed bins", *range(12)]]
    parsed = detect_rows(tmp_path / "t.xlsx", rows)
    assert not parsed.review
    labels = [label for label, _ in figures(parsed)["Missed bins"]]
    assert labels[0] == "Apr 2024" and labels[8] == "Dec 2024" and labels[9] == "Jan 2025"
    assert labels[-1] == "Mar 2025" and len(labels) == 12


def test_one_calendar_year_written_over_january(tmp_path: Path) -> None:
    months = ["January", "February", "March", "April"]
    rows = [
        [None, None, 2024],
        ["Ref", "Indicator", *months],
        ["CC1", "Calls answered (%)", 91, 92, 90, 93],
        ["CC2", "Calls abandoned (%)", 4.1, 3.9, 5.2, 4.4],
        ["CC3", "Complaints received", 41, 38, 45, 52],
    ]
    parsed = detect_rows(tmp_path / "t.xlsx", rows)
    assert not parsed.review
    assert [label for label, _ in figures(parsed)["Calls answered (%)"]] == [
        "Jan 2024",
        "Feb 2024",
        "Mar 2024",
        "Apr 2024",
    ]


def test_a_month_that_comes_round_again_without_its_year_is_not_guessed(tmp_path: Path) -> None:
    months = ["Nov", "Dec", "Jan", "Feb"]
    rows = [[None, 2023], ["Indicator", *months], ["Calls answered (%)", 91, 92, 90, 93]]
    parsed = detect_rows(tmp_path / "t.xlsx", rows)
    labels = {label for label, _ in figures(parsed).get("Calls answered (%)", [])}
    assert "Jan 2023" not in labels and "Feb 2023" not in labels
    said = " ".join(parsed.warnings) + " ".join(item.line() for item in parsed.review)
    assert "'Jan'" in said, "the months no year heads must be named"
