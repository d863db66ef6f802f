"""A long export's 'Value Type' column (Actual, Target, RAG, Numerator, Denominator) beside
one 'Value' column: gathered into one observation per indicator and period."""

from __future__ import annotations

import pytest

from desktop.scorecard.layout.find import detect
from desktop.scorecard.model import ParsedScorecard
from desktop.scorecard.read.grid import CellValue, Sheet, Workbook

Reading = tuple[str, float | None, str | None, float | None, str | None]


def _read(rows: list[list[CellValue]]) -> ParsedScorecard:
    sheet = Sheet("Export", rows)
    return detect(Workbook(path="/tmp/export.csv", format="csv", sheets=[sheet]))


def _readings(parsed: ParsedScorecard) -> dict[str, list[Reading]]:
    return {
        i.code or i.name: [
            (o.period.label, o.actual, o.actual_text, o.target, o.rag) for o in i.observations
        ]
        for i in parsed.indicators
    }


def test_value_type_rows_gather_into_one_observation_per_period() -> None:
    head = ["Measure Code", "Measure Name", "Period", "Value Type", "Value", "Unit"]
    name = "Homelessness cases prevented (%)"
    rows: list[list[CellValue]] = [head]
    for period, kinds in (
        ("2024/25 Q1", {"Actual": "59.2", "Denominator": "238", "Numerator": "141",
                        "RAG": "Amber", "Target": "60"}),
        ("2024/25 Q2", {"Actual": "n/a", "Target": "60"}),
        ("2024/25 Q3", {"Target": "60"}),
    ):  # fmt: skip
        rows += [["H1", name, period, kind, value, "%"] for kind, value in sorted(kinds.items())]
    parsed = _read(rows)
    assert not parsed.review, parsed.review
    assert _readings(parsed)["H1"] == [
        ("Q1 2024/25", 59.2, None, 60.0, "amber"),
        ("Q2 2024/25", None, "n/a", 60.0, None),
    ]
    first = parsed.indicators[0].observations[0]
    assert (first.numerator, first.denominator) == (141.0, 238.0)
    assert first.cell == "E2"  # the Actual row's value cell


@pytest.mark.parametrize(
    ("kind_heading", "value_heading", "words"),
    [
        ("Measure_Type", "Value", ("Actual", "Target", "RAG")),
        ("Type", "Amount", ("Outturn", "Target", "Status")),
        ("Data type", "Result", ("actual", "target", "rating")),
    ],
)
def test_value_types_read_in_other_wordings(
    kind_heading: str, value_heading: str, words: tuple[str, str, str]
) -> None:
    actual, target, rating = words
    rows: list[list[CellValue]] = [
        ["KPI_ID", "KPI_Name", "Year", "Quarter", kind_heading, value_heading],
        ["K1", "Days to relet homes", "2024/25", "Q1", target, 30],
        ["K2", "Rent collected (%)", "2024/25", "Q1", actual, 96.8],
        ["K1", "Days to relet homes", "2024/25", "Q1", actual, 34],
        ["K1", "Days to relet homes", "2024/25", "Q1", rating, "Red"],
        ["K1", "Days to relet homes", "2024/25", "Q2", actual, 29],
        ["K1", "Days to relet homes", "2024/25", "Q2", target, 30],
    ]
    parsed = _read(rows)
    assert not parsed.review, parsed.review
    assert _readings(parsed) == {
        "K1": [("Q1 2024/25", 34.0, None, 30.0, "red"), ("Q2 2024/25", 29.0, None, 30.0, None)],
        "K2": [("Q1 2024/25", 96.8, None, None, None)],
    }


def test_an_unknown_value_type_is_asked_about_naming_its_cell() -> None:
    rows: list[list[CellValue]] = [
        ["Code", "Indicator", "Period", "Value Type", "Value"],
        ["E1", "Recycling rate (%)", "Q1 2024/25", "Actual", "50.5"],
        ["E1", "Recycling rate (%)", "Q1 2024/25", "Target", "50"],
        ["E1", "Recycling rate (%)", "Q1 2024/25", "Forecast", "52"],
        ["E1", "Recycling rate (%)", "Q2 2024/25", "Actual", "49.2"],
    ]
    parsed = _read(rows)
    assert _readings(parsed)["E1"] == [
        ("Q1 2024/25", 50.5, None, 50.0, None),
        ("Q2 2024/25", 49.2, None, None, None),
    ]
    (item,) = parsed.review
    assert item.cell == "D4" and "'Forecast'" in item.reason


def test_a_column_naming_one_value_type_only_leaves_the_table_as_it_is() -> None:
    rows: list[list[CellValue]] = [
        ["KPI_ID", "KPI_Name", "Period", "Measure_Type", "Value"],
        ["K1", "Days to relet homes", "Q1 2024/25", "Actual", 34],
        ["K1", "Days to relet homes", "Q2 2024/25", "Actual", 29],
    ]
    parsed = _read(rows)
    assert not parsed.review, parsed.review
    assert _readings(parsed)["K1"] == [
        ("Q1 2024/25", 34.0, None, None, None),
        ("Q2 2024/25", 29.0, None, None, None),
    ]


@pytest.mark.parametrize("code", ["K1", None])
@pytest.mark.parametrize("mark", [" (a)", " *", "\u00b9"])
def test_a_footnote_mark_on_some_value_type_rows_keeps_them_one_indicator(
    code: str | None, mark: str
) -> None:
    name = "Days to relet homes"
    rows: list[list[CellValue]] = [
        ["KPI_ID", "KPI_Name", "Period", "Measure_Type", "Value"],
        [code, name + mark, "Q1 2024/25", "Actual", 34],
        [code, name, "Q1 2024/25", "Target", 30],
        [code, name, "Q2 2024/25", "Actual", 29],
        [code, name + mark, "Q2 2024/25", "Target", 30],
        [None, None, None, None, None],
        [f"{mark.strip()} Provisional figure, subject to validation."],
    ]
    parsed = _read(rows)
    (indicator,) = parsed.indicators
    assert [(o.period.label, o.actual, o.target) for o in indicator.observations] == [
        ("Q1 2024/25", 34.0, 30.0),
        ("Q2 2024/25", 29.0, 30.0),
    ]
