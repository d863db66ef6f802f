"""A unit stated in a section heading's closing bracket is the unit of the rows under it."""

from __future__ import annotations

from pathlib import Path

from desktop.scorecard.layout.section_units import unit_of
from tests.helpers.layout_sheets import detect_rows


def test_a_section_heading_gives_its_unit_to_the_rows_below(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Measure", "Q1 2024/25", "Q2 2024/25", "Target"],
        ["Income and debt (£'000)"],
        ["F1", "Car parking income", 412, 455, 430],
        ["F2", "Sundry debt over 90 days", 318, 352, 280],
        ["F3", "Market rents collected (%)", 96.1, 97.4, 97],
        ["Customer service"],
        ["C1", "Calls answered within 60 seconds (%)", 81.0, 84.5, 85],
        ["C2", "Average days to answer a complaint", 14, 12, 10],
    ]
    parsed = detect_rows(tmp_path / "s.xlsx", rows)
    units = {i.name: i.unit for i in parsed.indicators}
    assert units["Car parking income"] == "£k"
    assert units["Sundry debt over 90 days"] == "£k"
    assert units["Market rents collected (%)"] == "%"  # its own bracket comes first
    assert units["Calls answered within 60 seconds (%)"] == "%"
    assert units["Average days to answer a complaint"] == "days"  # no section unit: its words


def test_only_a_bracket_that_is_a_unit_counts() -> None:
    assert unit_of("Sickness absence [days]") == "days"
    assert unit_of("Budget (£m):") == "£m"
    assert unit_of("Housing (North)") is None
    assert unit_of("Children aged (0-5)") is None
    assert unit_of("Finance") is None
