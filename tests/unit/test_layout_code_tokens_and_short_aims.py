"""Codes of several parts ('HT_KPI_01') tell the code column from the names; 'Aim 24/25' is a
target for 2024/25."""

from __future__ import annotations

from pathlib import Path

from tests.helpers.layout_sheets import detect_rows


def test_a_kpi_heading_over_names_and_kpi_code_over_codes(tmp_path: Path) -> None:
    rows = [
        ["KPI", "KPI Code", "Q1 2024/25", "Q2 2024/25"],
        ["Category 1 highway defects repaired within 24 hours", "HT_KPI_01", 98.3, 96.0],
        ["Street lights repaired within 5 working days", "HT_KPI_02", 91.2, 93.5],
        ["Highway inspections done on time", "HT-KPI-03a", 99.0, 98.1],
    ]
    parsed = detect_rows(tmp_path / "k.xlsx", rows)
    assert (parsed.indicators[0].code, parsed.indicators[0].name) == (
        "HT_KPI_01",
        "Category 1 highway defects repaired within 24 hours",
    )


def test_aim_before_a_short_year_is_that_years_target(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Measure", "Q1 24/25", "Q2 24/25", "Aim 24/25"],
        ["P1", "Planning applications decided in time (%)", 88.0, 91.5, 90],
    ]
    parsed = detect_rows(tmp_path / "a.xlsx", rows)
    assert [o.target for o in parsed.indicators[0].observations] == [90, 90]
