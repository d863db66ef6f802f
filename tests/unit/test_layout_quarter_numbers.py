"""Bare quarter numbers 1 to 4 under financial-year bands, with 'Quarter' written to their
left in the same row (or in the band), head the quarters of the year above them."""

from __future__ import annotations

from pathlib import Path

from desktop.scorecard.model import ParsedScorecard
from tests.helpers.layout_sheets import detect_rows, figures

NUMBERS = [1, 2, 3, 4]


def said(parsed: ParsedScorecard) -> str:
    return " ".join(item.line() for item in parsed.review)


def test_numbers_under_merged_years_with_quarter_beside_them_are_quarters(
    tmp_path: Path,
) -> None:
    rows = [
        ["Ref", "Performance indicator", "2023/24", None, None, None, "2024/25", None, None,
         None, "Target 2024/25"],
        [None, "Quarter", *NUMBERS, *NUMBERS, None],
        ["EN1", "Recycling rate (%)", 52.1, 55.8, 50.3, 46.9, 53.4, 56.2, 51.0, None, 52],
        ["EN2", "Residual waste per household (kg)", 112, 118, 109, 121, 110, 115, 106, None,
         115],
    ]  # fmt: skip
    parsed = detect_rows(tmp_path / "t.xlsx", rows, merged=["A1:A2", "C1:F1", "G1:J1", "K1:K2"])
    assert not parsed.review, said(parsed)
    got = figures(parsed)
    assert "Quarter" not in got
    assert got["Recycling rate (%)"] == [
        ("Q1 2023/24", 52.1), ("Q2 2023/24", 55.8), ("Q3 2023/24", 50.3),
        ("Q4 2023/24", 46.9), ("Q1 2024/25", 53.4), ("Q2 2024/25", 56.2),
        ("Q3 2024/25", 51.0),
    ]  # fmt: skip
    targets = {
        o.period.label: o.target
        for i in parsed.indicators
        if i.name.startswith("Recycling")
        for o in i.observations
    }
    assert targets["Q1 2023/24"] is None and targets["Q3 2024/25"] == 52


def test_years_saying_quarters_need_no_label(tmp_path: Path) -> None:
    rows = [
        ["Indicator", "2023/24 quarters", None, None, None, "2024/25 quarters", None],
        [None, *NUMBERS, 1, 2],
        ["Calls answered (%)", 86, 88, 84, 87, 85, 89],
        ["Complaints answered on time (%)", 91, 93, 90, 94, 95, 96],
    ]
    parsed = detect_rows(tmp_path / "t.xlsx", rows, merged=["A1:A2", "B1:E1", "F1:G1"])
    assert not parsed.review, said(parsed)
    assert [p for p, _ in figures(parsed)["Calls answered (%)"]] == [
        "Q1 2023/24", "Q2 2023/24", "Q3 2023/24", "Q4 2023/24", "Q1 2024/25", "Q2 2024/25",
    ]  # fmt: skip


def test_bare_numbers_nothing_calls_quarters_are_not_read_as_quarters(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Performance indicator", "2023/24", None, None, None, "2024/25", None, None,
         None],
        [None, None, *NUMBERS, *NUMBERS],
        ["EN1", "Recycling rate (%)", 52.1, 55.8, 50.3, 46.9, 53.4, 56.2, 51.0, None],
        ["EN2", "Residual waste per household (kg)", 112, 118, 109, 121, 110, 115, 106, None],
    ]  # fmt: skip
    parsed = detect_rows(tmp_path / "t.xlsx", rows, merged=["A1:A2", "C1:F1", "G1:J1"])
    labels = {p for series in figures(parsed).values() for p, _ in series}
    assert not any(label.startswith("Q") for label in labels)


def test_numbers_out_of_order_are_not_quarters(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Performance indicator", "2023/24", None, None, None, "2024/25", None, None,
         None],
        [None, "Quarter", 1, 3, 2, 4, *NUMBERS],
        ["EN1", "Recycling rate (%)", 52.1, 55.8, 50.3, 46.9, 53.4, 56.2, 51.0, None],
        ["EN2", "Residual waste per household (kg)", 112, 118, 109, 121, 110, 115, 106, None],
    ]  # fmt: skip
    parsed = detect_rows(tmp_path / "t.xlsx", rows, merged=["A1:A2", "C1:F1", "G1:J1"])
    assert parsed.review
    assert not any(p == "Q1 2023/24" for s in figures(parsed).values() for p, _ in s)
