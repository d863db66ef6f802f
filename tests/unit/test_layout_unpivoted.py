"""A column of a wide table's headings beside a column of its cells ('Attribute' | 'Value')
is read as a long table: each row's period and field come from its heading."""

from __future__ import annotations

import pytest

from desktop.scorecard.layout.find import detect
from desktop.scorecard.layout.unpivoted import label
from desktop.scorecard.model import ParsedScorecard
from desktop.scorecard.read.grid import CellValue, Sheet, Workbook


def _read(*rows: list[CellValue]) -> ParsedScorecard:
    sheet = Sheet("Unpivoted", [*rows])
    return detect(Workbook(path="/tmp/unpivoted.xlsx", format="xlsx", sheets=[sheet]))


def _seen(read: ParsedScorecard) -> dict[str, list[tuple[str, object, object, object, str | None]]]:
    return {
        i.name: sorted((o.period.label, o.actual, o.target, o.rag, o.cell) for o in i.observations)
        for i in read.indicators
    }


def test_measure_and_value_with_field_words_before_and_after_the_period() -> None:
    read = _read(
        ["Ref", "Indicator", "Measure", "Value"],
        ["CS1", "Children seen within 10 days (%)", "Outturn Q3 2024/25", 81.0],
        ["CS1", "Children seen within 10 days (%)", "Target Q3 2024/25", 85.0],
        ["CS1", "Children seen within 10 days (%)", "Q3 2024/25 RAG", "Amber"],
        ["CS1", "Children seen within 10 days (%)", "Outturn Q4 2024/25", 88.5],
        ["CS1", "Children seen within 10 days (%)", "Target Q4 2024/25", 85.0],
        ["CS1", "Children seen within 10 days (%)", "Q4 2024/25 RAG", "Green"],
        ["AD2", "Care packages started on time", "Outturn Q3 2024/25", 212],
        ["AD2", "Care packages started on time", "Outturn Q4 2024/25", 230],
    )
    assert _seen(read) == {
        "Children seen within 10 days (%)": [
            ("Q3 2024/25", 81.0, 85.0, "amber", "D2"),
            ("Q4 2024/25", 88.5, 85.0, "green", "D5"),
        ],
        "Care packages started on time": [
            ("Q3 2024/25", 212.0, None, None, "D8"),
            ("Q4 2024/25", 230.0, None, None, "D9"),
        ],
    }


def test_metric_and_amount_by_month_with_a_target_but_no_figure() -> None:
    read = _read(
        ["Code", "Indicator", "Metric", "Amount"],
        ["RV1", "Council tax collected (%)", "Apr 2025 Actual", 10.2],
        ["RV1", "Council tax collected (%)", "Apr 2025 Target", 10.0],
        ["RV1", "Council tax collected (%)", "May 2025 Actual", 19.6],
        ["RV1", "Council tax collected (%)", "May 2025 Target", 20.0],
        ["RV1", "Council tax collected (%)", "Jun 2025 Target", 30.0],
    )
    assert _seen(read) == {
        "Council tax collected (%)": [
            ("Apr 2025", 10.2, 10.0, None, "D2"),
            ("May 2025", 19.6, 20.0, None, "D4"),
        ]
    }


def test_a_column_of_plain_periods_is_not_read_as_headings() -> None:
    read = _read(
        ["Code", "Indicator", "Period", "Value"],
        ["RV1", "Council tax collected (%)", "Q1 2024/25", 28.1],
        ["RV1", "Council tax collected (%)", "Q2 2024/25", 55.3],
    )
    assert _seen(read) == {
        "Council tax collected (%)": [
            ("Q1 2024/25", 28.1, None, None, "D2"),
            ("Q2 2024/25", 55.3, None, None, "D3"),
        ]
    }


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("2023/24 Actual", ("2023/24", "actual")),
        ("RAG Q2 2024/25", ("Q2 2024/25", "rag")),
        ("Quarter 2 2024-25 Outturn", ("Q2 2024/25", "actual")),
        ("Comments Jun 2025", ("Jun 2025", "commentary")),
        ("Q1 2024/25", None),  # a period alone: a long table's own period column
        ("Target", None),  # a field alone: no period to date it
        ("Housing Benefit claims", None),
    ],
)
def test_a_heading_is_a_period_and_a_field_in_either_order(
    text: str, said: tuple[str, str] | None
) -> None:
    found = label(text)
    assert (None if found is None else (found[0].label, found[1])) == said


def test_field_and_data_columns_with_commentary() -> None:
    read = _read(
        ["PI", "Description", "Field", "Data"],
        ["ENV3", "Missed bins per 100,000 collections", "2023/24 Performance", 41.0],
        ["ENV3", "Missed bins per 100,000 collections", "2023/24 Commentary", "Depot move"],
        ["ENV3", "Missed bins per 100,000 collections", "2024/25 Performance", 37.5],
    )
    assert _seen(read) == {
        "Missed bins per 100,000 collections": [
            ("2023/24", 41.0, None, None, "D2"),
            ("2024/25", 37.5, None, None, "D4"),
        ]
    }
    [indicator] = read.indicators
    said = {o.period.label: o.commentary for o in indicator.observations}
    assert said == {"2023/24": "Depot move", "2024/25": None}


def test_a_long_commentary_cell_is_not_read_as_a_heading() -> None:
    """A cell of a sentence or more is commentary, even when it opens like a heading."""
    assert label("2023/24 Commentary " + "x" * 300) is None
    assert label("word, " * 40_000) is None
    assert label("2023/24 Commentary") is not None
