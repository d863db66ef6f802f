"""Tertials named in words ('Tertial 2 2024/25', 'Second tertial 24/25') read as a financial
year's four months; a short 'T1', or a tertial of another year, is left to the sheet."""

from __future__ import annotations

import pytest

from desktop.scorecard.parse import periods
from desktop.scorecard.parse.tertials import first_month, is_bare, is_tertial, of_year


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Tertial 2 2024/25", "Aug 2024\u2013Nov 2024"),
        ("Tertial 3 2024-25", "Dec 2024\u2013Mar 2025"),
        ("Second tertial 24/25", "Aug 2024\u2013Nov 2024"),
        ("2024/25 Tertial 1", "Apr 2024\u2013Jul 2024"),
        ("Tertial 1 2024/25 (Apr\u2013Jul)", "Apr 2024\u2013Jul 2024"),
    ],
)
def test_a_tertial_named_in_words_is_a_period(text: str, label: str) -> None:
    found = periods.parse_period(text)
    assert found is not None and found.label == label


@pytest.mark.parametrize(
    "text",
    ["T1 2024/25", "Tertial 1 2024", "Tertial 1 2024/25 (AY)", "Tertial 1 2024/25 (May-Aug)"],
)
def test_what_names_no_financial_years_tertial_is_not_read_as_one(text: str) -> None:
    """A short 'T1' is left to the sheet's evidence; a tertial in words that is no financial
    year's, or whose brackets give other months, is not read as the year beside it either."""
    assert periods.parse_period(text) is None
    if text.startswith("Tertial"):
        assert periods.parse_period_header(text) is None


def test_the_sums_of_a_years_thirds() -> None:
    assert first_month(2, 8, 11) == 4 and first_month(3, 12, 3) == 4
    assert first_month(1, 4, 6) is None
    found = of_year(2024, 9, 3)
    assert found is not None and found.label == "May 2025\u2013Aug 2025"
    assert is_bare("T2") and is_bare("3rd tertial") and not is_bare("T2 2024/25")
    assert is_tertial(periods.parse_period("Tertial 3 2024/25"))  # type: ignore[arg-type]
    assert not is_tertial(periods.parse_period("Apr-Jun 2024"))  # type: ignore[arg-type]
