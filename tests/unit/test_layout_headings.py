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
