"""Column headings that give the dates a figure covers, typed in the styles councils drift between."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.scorecard.parse.periods import parse_period
from tests.helpers.layout_sheets import detect_rows


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("01.10.24\u201331.12.24", "Q3 2024/25"),
        ("01.10.2024-31.12.2024", "Q3 2024/25"),
        ("1/10/2024\u201331/12/2024", "Q3 2024/25"),
        ("1 Oct 2024\u201331 Dec 2024", "Q3 2024/25"),
        ("1st Oct 24-31st Dec 24", "Q3 2024/25"),
        ("01/04/2024-31/03/2025", "2024/25"),
        ("01.04.24\u201330.09.24", "H1 2024/25"),
        ("Year to date 01.04.24\u201331.12.24", "Apr 2024\u2013Dec 2024"),
    ],
)
def test_two_dates_joined_by_a_tight_dash_are_the_span_between(text: str, label: str) -> None:
    found = parse_period(text)
    assert found is not None and found.label == label


@pytest.mark.parametrize("text", ["2024-25", "2024/25", "2024-2025"])
def test_a_tight_dash_between_years_is_still_a_financial_year(text: str) -> None:
    found = parse_period(text)
    assert found is not None and found.label == "2024/25"


@pytest.mark.parametrize(
    "q3",
    ["01.10.24\u201331.12.24", "1 Oct 2024 - 31 Dec 2024", "Oct\u2013Dec 2024", "Q3 2024/25"],
)
@pytest.mark.parametrize("status", ["Q3 status", "RAG Q3", "Quarter 3 rating"])
def test_a_status_naming_a_quarter_rates_the_column_that_covers_it(
    tmp_path: Path, q3: str, status: str
) -> None:
    parsed = detect_rows(
        tmp_path / "s.xlsx",
        [
            ["Quarter 3 2024/25 performance monitoring"],
            [],
            ["Ref", "Indicator", "01/04/2024 - 30/06/2024", "1 Jul 2024 to 30 Sep 2024", q3,
             "Target", status],
            ["CR1", "Calls answered within 60 seconds (%)", 78.4, 81.2, 84.0, 80, "G"],
            ["EN3", "Fly-tips removed within 2 working days (%)", 91.2, 88.7, 93.5, 95, "A"],
        ],
    )  # fmt: skip
    ratings = {
        i.name: {o.period.label: o.rag for o in i.observations}
        for i in parsed.indicators  # type: ignore[attr-defined]
    }
    assert ratings["Calls answered within 60 seconds (%)"] == {
        "Q1 2024/25": None, "Q2 2024/25": None, "Q3 2024/25": "green"
    }  # fmt: skip
    assert ratings["Fly-tips removed within 2 working days (%)"]["Q3 2024/25"] == "amber"
