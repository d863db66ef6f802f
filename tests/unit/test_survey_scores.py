"""Survey results: a mean score typed with its scale ('7.2/10', '7.4 out of 10') is a score,
not a rate per 10 nor a share; a column of respondents is the survey's base, not a result."""

from __future__ import annotations

import pytest

from desktop.scorecard.layout.find import detect
from desktop.scorecard.layout.header import classify
from desktop.scorecard.parse import cells
from desktop.scorecard.parse.targets import parse_target
from desktop.scorecard.parse.values import canonical_unit
from desktop.scorecard.read.grid import Sheet, Workbook


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [("7.2/10", 7.2, "out of 10"), ("7.4 out of 10", 7.4, "out of 10"),
     ("6.9 / 10", 6.9, "out of 10"), ("3.9 out of 5", 3.9, "out of 5"),
     ("4.1/5", 4.1, "out of 5"), ("8/10", 8.0, "out of 10")],
)  # fmt: skip
def test_a_score_with_its_scale_reads_as_the_score(text: str, value: float, unit: str) -> None:
    number = cells.number(text)
    assert (number.value, canonical_unit(number.unit)) == (value, unit)
    target = parse_target(text)
    assert target is not None and target.value == value


@pytest.mark.parametrize("text", ["8 out of 10", "183 / 201", "44 of 50", "12 out of 10"])
def test_two_whole_figures_are_still_two_figures(text: str) -> None:
    assert cells.number(text).value is None


def test_a_rate_per_thousand_is_still_a_rate() -> None:
    assert canonical_unit(cells.number("7.2/1,000").unit) == "rate"


@pytest.mark.parametrize(
    "heading",
    ["Respondents", "Respondents 2024/25", "No. of respondents", "Sample size",
     "Number of responses", "Base (n)", "Unweighted base"],
)  # fmt: skip
def test_a_survey_base_is_left_out(heading: str) -> None:
    assert classify(heading).field == "ignore"


def test_a_survey_table_reads_scores_and_leaves_the_base_out() -> None:
    sheet = Sheet(
        "Residents survey",
        [
            ["Question", "Year", None, "Target 2025", "Sample size"],
            [None, "2023", "2024", None, None],
            ["Satisfied with the local area (mean)", "7.1 out of 10", "7.3 out of 10",
             "7.5 out of 10", 1503],
            ["Trust the council (mean)", "5.8/10", "6.0/10", "6.5/10", 1498],
            ["Feel safe after dark", 0.61, 0.64, 0.7, 1502],
        ],
        merged=[(0, 1, 0, 2), (0, 0, 1, 0), (0, 3, 1, 3), (0, 4, 1, 4)],
    )  # fmt: skip
    read = detect(Workbook(path="/tmp/survey.xlsx", format="xlsx", sheets=[sheet]))
    assert read.review == []
    got = {i.name: [(o.period.label, o.actual) for o in i.observations] for i in read.indicators}
    assert got["Satisfied with the local area (mean)"] == [("2023", 7.1), ("2024", 7.3)]
    assert got["Trust the council (mean)"] == [("2023", 5.8), ("2024", 6.0)]
    assert all(o.actual != 1503 for i in read.indicators for o in i.observations)
