"""What one column heading says: its role and its period."""

from __future__ import annotations

import pytest

from desktop.scorecard.layout.header import classify


@pytest.mark.parametrize(
    ("heading", "field", "period"),
    [
        ("Q1 Actual 2024/25", "actual", "Q1 2024/25"),
        ("Q2 Target 2024/25", "target", "Q2 2024/25"),
        ("Apr Actual 2024/25", "actual", "Apr 2024"),
        ("23/24", "actual", "2023/24"),
        ("Oct-Mar 2023/24", "actual", "H2 2023/24"),
        ("Baseline (2019/20)", "actual", "2019/20"),
        ("CORP 5b2 2010-11", "actual", "2010/11"),
    ],
)
def test_a_heading_names_its_role_and_period(heading: str, field: str, period: str) -> None:
    column = classify(heading)
    assert (column.field, column.period and column.period.label) == (field, period)


@pytest.mark.parametrize(
    "heading",
    ["2024/25 forecast", "Forecast outturn", "Year end forecast 2024/25", "Variance to target"],
)
def test_a_forecast_or_a_variance_is_no_period_s_figure(heading: str) -> None:
    column = classify(heading)
    assert (column.field, column.period) == ("ignore", None)


@pytest.mark.parametrize(
    ("heading", "code"),
    [("CHN1 2010-11", "CHN1"), ("C&L1 2010-11", "C&L1"), ("CORP-ASSET1 2012-13", "CORP-ASSET1")],
)
def test_an_indicator_code_before_a_year_is_kept_as_written(heading: str, code: str) -> None:
    assert classify(heading).code == code


def test_one_side_of_a_bilingual_heading_is_read() -> None:
    column = classify("Targed / Target")
    assert (column.header, column.field) == ("Target", "target")


@pytest.mark.parametrize(
    ("heading", "field", "period"),
    [
        ("RAG (Dec-24)", "rag", "Dec 2024"),
        ("Status (Sep 2024)", "rag", "Sep 2024"),
        ("RAG [Q2 2024/25]", "rag", "Q2 2024/25"),
        ("Actual (Dec-24)", "actual", "Dec 2024"),
        ("Direction of travel (Q3 2024/25)", "direction", "Q3 2024/25"),
        ("Performance (March 2025)", "actual", "Mar 2025"),
    ],
)
def test_a_period_in_brackets_dates_the_heading(heading: str, field: str, period: str) -> None:
    """'RAG (Dec-24)': the rating of December 2024, as 'RAG Dec-24' is."""
    column = classify(heading)
    assert (column.field, column.period and column.period.label) == (field, period)


@pytest.mark.parametrize("heading", ["RAG (see key)", "Comments (Q2)", "Target (min)"])
def test_an_aside_naming_no_period_leaves_the_heading_undated(heading: str) -> None:
    assert classify(heading).period is None
