"""Sub-headings abbreviated under a merged period ('Act' | 'Tgt' | 'Var' | 'RAG') and Welsh
months in their short forms ('Meh 2024', 'Gorff 24') as councils print them."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.scorecard.parse.periods import parse_period
from tests.helpers.layout_sheets import detect_rows


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Meh 2024", "Jun 2024"),
        ("Gorff 2024", "Jul 2024"),
        ("Ebr 2024", "Apr 2024"),
        ("Tach 2024", "Nov 2024"),
        ("Rhag 24", "Dec 2024"),
        ("Ion 2025", "Jan 2025"),
        ("Chwef 2025", "Feb 2025"),
        ("Maw 2025", "Mar 2025"),
        ("Mehefin 2024", "Jun 2024"),
    ],
)
def test_welsh_short_months_are_months(text: str, label: str) -> None:
    period = parse_period(text)
    assert period is not None and period.label == label


@pytest.mark.parametrize("status", ["RAG", "Status", "Rating"])
def test_a_status_sub_heading_rates_its_own_quarter(tmp_path: Path, status: str) -> None:
    rows: list[list[object]] = [
        ["Ref", "Measure", "Q1 24/25", None, None, None, "Q2 24/25", None, None, None],
        [None, None, "Act", "Tgt", "Var", status, "Act", "Tgt", "Var", status],
        ["NR1", "Missed bins per 100,000", 61, 60, 1, "A", 55, 60, -5, "G"],
        ["NR2", "Fly-tips cleared in 2 days (%)", 91.0, 95, -4, "R", 96.5, 95, 1.5, "G"],
    ]
    read = detect_rows(tmp_path / "abbreviated.xlsx", rows, merged=["C1:F1", "G1:J1"])
    assert read.review == []
    got = {
        (i.code, o.period.label): (o.actual, o.target, o.rag)
        for i in read.indicators
        for o in i.observations
    }
    assert got == {
        ("NR1", "Q1 2024/25"): (61.0, 60.0, "amber"),
        ("NR1", "Q2 2024/25"): (55.0, 60.0, "green"),
        ("NR2", "Q1 2024/25"): (91.0, 95.0, "red"),
        ("NR2", "Q2 2024/25"): (96.5, 95.0, "green"),
    }
