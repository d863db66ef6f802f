"""A quarter heading that names no year ('Q1', 'Qtr 2 Actual', 'Quarter 3 Target'), and the
refusal that says so when nothing on the sheet places the quarters in a year."""

from __future__ import annotations

import pytest

from desktop.scorecard.layout.find import detect
from desktop.scorecard.layout.header import is_bare_quarter
from desktop.scorecard.model import ScorecardError
from desktop.scorecard.read.grid import Sheet, Workbook


@pytest.mark.parametrize("heading", ["Q1", "Qtr 2", "Quarter 3", "Qtr 2 Actual", "Q4 Target"])
def test_a_quarter_named_without_its_year_is_bare(heading: str) -> None:
    assert is_bare_quarter(heading)


@pytest.mark.parametrize("heading", ["Quarterly", "Quarter 5", "Qualified staff", "Target"])
def test_a_heading_naming_no_quarter_is_not(heading: str) -> None:
    assert not is_bare_quarter(heading)


def test_a_sheet_of_yearless_quarters_with_words_after_them_is_refused_saying_so() -> None:
    rows: list[list[object]] = [
        ["Ref", "Indicator", "Qtr 1 Actual", "Qtr 2 Actual", "Target"],
        ["A1", "Calls answered (%)", 81.0, 84.0, 85],
        ["A2", "Days to pay invoices", 21.0, 19.0, 20],
    ]
    book = Workbook(path="/tmp/kpis.xlsx", format="xlsx", sheets=[Sheet("KPIs", rows)])
    with pytest.raises(ScorecardError, match=r"quarter headings name no year .*KPIs!C1"):
        detect(book)
