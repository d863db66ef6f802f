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


@pytest.mark.parametrize("word", ["Expected", "Estimated", "Projected", "Anticipated", "Likely",
                                  "Predicted", "Est."])  # fmt: skip
@pytest.mark.parametrize(
    "form", ["{w} outturn", "{w} out-turn 2024/25", "2024/25 {w} outturn", "Outturn ({w})"]
)
def test_every_word_of_expecting_beside_an_outturn_is_a_forecast(word: str, form: str) -> None:
    assert classify(form.format(w=word)).field == "ignore"


@pytest.mark.parametrize(
    "heading", ["Forecast out-turn", "Outturn forecast 2024/25", "Estimated year end position"]
)
def test_a_forecast_written_with_out_turn_or_year_end_is_left_out(heading: str) -> None:
    assert classify(heading).field == "ignore"


@pytest.mark.parametrize(
    ("heading", "label"),
    [("Outturn 2023/24", "2023/24"), ("2023/24 Outturn", "2023/24"), ("Out-turn 2023/24", "2023/24"),
     ("Year End 2023/24", "2023/24")],
)  # fmt: skip
def test_an_outturn_without_a_word_of_expecting_stays_that_years_figure(
    heading: str, label: str
) -> None:
    column = classify(heading)
    assert column.field == "actual"
    assert column.period is not None and column.period.label == label


@pytest.mark.parametrize(
    "forecast", ["Estimated outturn 2024/25", "2024/25 Expected outturn", "Anticipated out-turn"]
)
def test_a_table_reads_the_last_outturn_and_leaves_the_expected_one_out(forecast: str) -> None:
    sheet = Sheet(
        "Scorecard",
        [
            ["Ref", "Measure", "Outturn 2023/24", "Q1 2024/25", "Q2 2024/25", forecast],
            ["W1", "Household waste recycled (%)", 44.8, 45.1, 46.0, 47.5],
            ["W2", "Missed bins per 100,000 collections", 41, 40, 42, 39],
        ],
    )  # fmt: skip
    read = detect(Workbook(path="/tmp/waste.xlsx", format="xlsx", sheets=[sheet]))
    assert read.review == []
    assert {
        i.code: [(o.period.label, o.actual) for o in i.observations] for i in read.indicators
    } == {
        "W1": [("2023/24", 44.8), ("Q1 2024/25", 45.1), ("Q2 2024/25", 46.0)],
        "W2": [("2023/24", 41.0), ("Q1 2024/25", 40.0), ("Q2 2024/25", 42.0)],
    }
