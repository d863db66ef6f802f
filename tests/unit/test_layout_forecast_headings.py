"""A projection of the year's end beside the figures measured so far: no period's figure."""

from __future__ import annotations

import pytest

from desktop.scorecard.layout.find import detect
from desktop.scorecard.layout.header import classify
from desktop.scorecard.parse.coded_headings import code_and_period
from desktop.scorecard.read.grid import Sheet, Workbook


@pytest.mark.parametrize(
    "heading",
    ["Predicted outturn 2024/25", "Likely outturn 2024/25", "Anticipated year end 2024/25",
     "Forecast Q4 2024/25", "Year end estimate", "2024/25 year end projection",
     "Forecast position", "Projected position 2024/25"],
)  # fmt: skip
def test_a_projection_is_left_out_whatever_its_wording(heading: str) -> None:
    assert classify(heading).field == "ignore"


@pytest.mark.parametrize("heading", ["Target Q2 2024/25", "Forecast Q4 2024/25"])
def test_a_heading_word_before_a_quarter_is_no_indicator_code(heading: str) -> None:
    assert code_and_period(heading) is None


@pytest.mark.parametrize("heading", ["CHN1 2010-11", "KPI 7 2024/25", "CORP 5b2 2010-11"])
def test_codes_beside_a_period_are_still_codes(heading: str) -> None:
    assert code_and_period(heading) is not None


def test_a_table_with_a_projection_column_reads_only_the_measured_figures() -> None:
    sheet = Sheet(
        "Scorecard",
        [
            ["Ref", "Measure", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Forecast Q4 2024/25",
             "Likely outturn 2024/25", "Target 2024/25"],
            ["H1", "Smokers quitting at 4 weeks", 181, 356, 540, 700, 720, 750],
            ["H2", "NHS health checks completed", 1204, 2460, 3511, 4600, 4700, 5000],
        ],
    )  # fmt: skip
    read = detect(Workbook(path="/tmp/health.xlsx", format="xlsx", sheets=[sheet]))
    assert read.review == []
    assert {
        i.code: [(o.period.label, o.actual) for o in i.observations] for i in read.indicators
    } == {
        "H1": [("Q1 2024/25", 181.0), ("Q2 2024/25", 356.0), ("Q3 2024/25", 540.0)],
        "H2": [("Q1 2024/25", 1204.0), ("Q2 2024/25", 2460.0), ("Q3 2024/25", 3511.0)],
    }
