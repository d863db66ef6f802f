"""Indicators given as blocks of rows told apart by a label: 'Actual' | 'Target' | 'RAG',
'In quarter' | 'Year to date', a breakdown's 'All' row over its sub-groups."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.scorecard.layout.row_labels import field_kind, total_label
from desktop.scorecard.model import ParsedIndicator, ParsedScorecard
from tests.helpers.layout_sheets import detect_rows

Q = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")


def _by_code(parsed: ParsedScorecard) -> dict[str, ParsedIndicator]:
    return {i.code or i.name: i for i in parsed.indicators}


def _read(indicator: ParsedIndicator) -> list[tuple[object, ...]]:
    return [
        (o.period.label, o.actual, o.actual_text, o.target, o.rag) for o in indicator.observations
    ]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Actual", "actual"),
        ("Outturn", "actual"),
        ("Target", "target"),
        ("Plan", "target"),
        ("RAG", "rag"),
        ("Status", "rag"),
        ("Numerator", "numerator"),
        ("Denominator", "denominator"),
        ("In quarter", "in_period"),
        ("In month", "in_period"),
        ("Year to date", "to_date"),
        ("YTD", "to_date"),
        ("Cumulative", "to_date"),
        ("Variance", "worked_out"),
        ("Male", None),
        ("Housing", None),
    ],
)
def test_a_row_label_names_what_the_row_holds(text: str, kind: str | None) -> None:
    assert field_kind(text) == kind


@pytest.mark.parametrize("text", ["All", "Total", "All ages", "All people", "Persons"])
def test_a_breakdown_total_is_told_by_its_label(text: str) -> None:
    assert total_label(text)


@pytest.mark.parametrize("text", ["Male", "Aged 65+", "Most deprived 20%", "Allotments"])
def test_a_sub_group_is_no_total(text: str) -> None:
    assert not total_label(text)


# -- field rows: 'Actual' | 'Target' | 'RAG' ---------------------------------------------------


@pytest.mark.parametrize(
    ("labels", "merged"),
    [
        (("Actual", "Target", "RAG"), True),
        (("Actual", "Target", "RAG"), False),
        (("Performance", "Plan", "Status"), True),
        (("Outturn", "Target", "Rating"), False),
    ],
)
def test_a_block_of_labelled_rows_gives_each_period_its_target_and_rating(
    tmp_path: Path, labels: tuple[str, str, str], merged: bool
) -> None:
    figures, goal, rating = labels
    rows: list[list[object]] = [
        ["Quarterly monitoring 2024/25"],
        [],
        ["Code", "Indicator", None, *Q],
    ]
    merges: list[str] = []
    blocks = (
        ("HB1", "Days to process new claims", (18.2, 17.5, 19.4), (18, 18, 18), ("A", "G", "R")),
        ("CS2", "Calls answered in 60 seconds (%)", (74.2, 78.1, 80.3), (80, 80, 80),
         ("Red", "Amber", "Green")),
    )  # fmt: skip
    for code, name, actuals, targets, rags in blocks:
        top = len(rows) + 1
        rows.append([code, name, figures, *actuals])
        rows.append([None, None, goal, *targets])
        rows.append([None, None, rating, *rags])
        if merged:
            merges += [f"A{top}:A{top + 2}", f"B{top}:B{top + 2}"]
    parsed = detect_rows(tmp_path / "blocks.xlsx", rows, merges)
    assert parsed.review == []
    found = _by_code(parsed)
    assert sorted(found) == ["CS2", "HB1"]
    assert _read(found["HB1"]) == [
        ("Q1 2024/25", 18.2, None, 18.0, "amber"),
        ("Q2 2024/25", 17.5, None, 18.0, "green"),
        ("Q3 2024/25", 19.4, None, 18.0, "red"),
    ]
    assert [o.rag for o in found["CS2"].observations] == ["red", "amber", "green"]
    assert any("ratings of the indicator above" in line for line in parsed.explain)


def test_names_typed_on_every_row_of_a_block_are_one_indicator(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "typed.xlsx",
        [
            ["Ref", "Measure", "Row", "Apr 2024", "May 2024"],
            ["W1", "Missed bins per 100,000", "Actual", 42, 38],
            ["W1", "Missed bins per 100,000", "Target", 45, 45],
            ["W1", "Missed bins per 100,000", "RAG", "Green", "Green"],
            ["W2", "Fly-tips cleared in 2 days (%)", "Actual", 91, 95],
            ["W2", "Fly-tips cleared in 2 days (%)", "Target", 95, 95],
            ["W2", "Fly-tips cleared in 2 days (%)", "RAG", "Amber", "Green"],
        ],
    )
    assert parsed.review == []
    found = _by_code(parsed)
    assert _read(found["W2"]) == [
        ("Apr 2024", 91.0, None, 95.0, "amber"),
        ("May 2024", 95.0, None, 95.0, "green"),
    ]


def test_numerator_and_denominator_rows_give_the_figure_its_parts(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "parts.xlsx",
        [
            ["Indicator", "Measure type", "Q1 2024/25", "Q2 2024/25"],
            ["Reviews completed on time (%)", "Actual", 80.0, 75.0],
            [None, "Numerator", 40, 30],
            [None, "Denominator", 50, 40],
            [None, "Target", 85, 85],
            ["Care leavers in touch (%)", "Actual", 90.0, 92.0],
            [None, "Numerator", 45, 46],
            [None, "Denominator", 50, 50],
            [None, "Target", 90, 90],
        ],
    )
    assert parsed.review == []
    reviews = parsed.indicators[0].observations
    assert [(o.numerator, o.denominator, o.target) for o in reviews] == [
        (40.0, 50.0, 85.0),
        (30.0, 40.0, 85.0),
    ]


def test_target_written_where_the_name_goes_gives_the_row_above_its_targets(
    tmp_path: Path,
) -> None:
    parsed = detect_rows(
        tmp_path / "named.xlsx",
        [
            ["Code", "Indicator", "Q1 2024/25", "Q2 2024/25"],
            ["P1", "Planning applications in time (%)", 88, 91],
            [None, "Target", 90, 90],
            ["P2", "Appeals allowed (%)", 30, 28],
            [None, "Target", 25, 25],
        ],
    )
    assert parsed.review == []
    assert [(o.actual, o.target) for o in _by_code(parsed)["P2"].observations] == [
        (30.0, 25.0),
        (28.0, 25.0),
    ]


def test_a_target_row_above_its_actual_row_is_read_with_it(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "target_first.xlsx",
        [
            ["Ref", "Measure", None, "Q1 2024/25", "Q2 2024/25", "Good is"],
            ["R1", "Rent collected (%)", "Target", 97, 97, "High"],
            [None, None, "Actual", 96.1, 97.4, None],
            ["R2", "Days to relet", "Target", 28, 28, "Low"],
            [None, None, "Actual", 31, 27, None],
        ],
        merged=["A2:A3", "B2:B3", "A4:A5", "B4:B5"],
    )
    assert parsed.review == []
    found = _by_code(parsed)
    assert [(o.actual, o.target) for o in found["R1"].observations] == [(96.1, 97.0), (97.4, 97.0)]
    assert found["R2"].polarity == "lower_is_better"
    assert [(o.actual, o.target) for o in found["R2"].observations] == [(31.0, 28.0), (27.0, 28.0)]


def test_a_block_with_no_row_of_figures_is_asked_about(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "no_figures.xlsx",
        [
            ["Ref", "Measure", None, "Q1 2024/25", "Q2 2024/25"],
            ["R1", "Rent collected (%)", "Actual", 96.1, 97.4],
            [None, None, "Target", 97, 97],
            ["R2", "Days to relet", "Target", 28, 28],
            [None, None, "RAG", "Red", "Green"],
        ],
    )
    assert [(r.cell, "no row under it gives its figures" in r.reason) for r in parsed.review] == [
        ("C4", True)
    ]
    assert [i.code for i in parsed.indicators] == ["R1"]


def test_a_variance_row_is_left_out(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "variance.xlsx",
        [
            ["Ref", "Measure", None, "Apr 2024", "May 2024"],
            ["F1", "Income collected (£k)", "Actual", 120, 131],
            [None, None, "Target", 125, 125],
            [None, None, "Variance", -5, 6],
            ["F2", "Debt over 90 days (£k)", "Actual", 40, 38],
            [None, None, "Target", 35, 35],
            [None, None, "Variance", 5, 3],
        ],
    )
    assert parsed.review == []
    assert [(o.actual, o.target) for o in _by_code(parsed)["F1"].observations] == [
        (120.0, 125.0),
        (131.0, 125.0),
    ]


def test_a_column_of_other_words_is_no_label_column(tmp_path: Path) -> None:
    """A 'Type' column of words that say nothing of the row ('Statutory', 'Local') leaves a
    name-less row a row without a name, as before."""
    parsed = detect_rows(
        tmp_path / "other.xlsx",
        [
            ["Ref", "Measure", "Type", "Q1 2024/25", "Q2 2024/25"],
            ["A1", "Recycling rate (%)", "Statutory", 44, 45],
            ["A2", "Missed bins", "Local", 40, 38],
            ["A3", "Fly-tips", "Local", 120, 110],
        ],
    )
    assert parsed.review == []
    assert [i.code for i in parsed.indicators] == ["A1", "A2", "A3"]
    assert not any("block" in line for line in parsed.explain)


# -- span rows: 'In quarter' | 'Year to date' ------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second"), [("In quarter", "Year to date"), ("Quarter only", "Cumulative")]
)
def test_figures_to_date_are_read_as_spans_from_april(
    tmp_path: Path, first: str, second: str
) -> None:
    parsed = detect_rows(
        tmp_path / "spans.xlsx",
        [
            ["Ref", "Indicator", None, *Q, "Annual target 2024/25", "Status"],
            ["H1", "Affordable homes delivered", first, 18, 34, 31, "-", None],
            [None, None, second, 18, 52, 83, 120, "Amber"],
            ["H2", "Days to relet council homes", first, 31.4, 28.9, 27.2, 28, "Green"],
            [None, None, second, 31.4, 30.1, 29.0, 28, "Amber"],
        ],
        merged=["A2:A3", "B2:B3", "A4:A5", "B4:B5"],
    )
    assert parsed.review == []
    found = _by_code(parsed)
    assert sorted(_read(found["H1"])) == sorted(
        [
            ("Q1 2024/25", 18.0, None, 120.0, None),
            ("Q2 2024/25", 34.0, None, None, None),
            ("Q3 2024/25", 31.0, None, None, None),
            ("H1 2024/25", 52.0, None, 120.0, None),
            ("Apr 2024–Dec 2024", 83.0, None, 120.0, "amber"),
        ]
    )
    relet = dict((label, rag) for label, _, _, _, rag in _read(found["H2"]))
    assert (relet["Q3 2024/25"], relet["Apr 2024–Dec 2024"]) == ("green", "amber")


def test_a_year_to_date_row_first_and_months_across(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "months.xlsx",
        [
            ["Measure", "Basis", "Apr 2024", "May 2024", "Jun 2024"],
            ["Council tax collected (£m)", "YTD", 10.1, 19.8, 29.9],
            [None, "In month", 10.1, 9.7, 10.1],
            ["Business rates collected (£m)", "YTD", 4.0, 8.1, 12.0],
            [None, "In month", 4.0, 4.1, 3.9],
        ],
    )
    assert parsed.review == []
    tax = {o.period.label: o.actual for o in parsed.indicators[0].observations}
    assert tax == {
        "Apr 2024": 10.1,
        "Apr 2024–May 2024": 19.8,
        "Q1 2024/25": 29.9,
        "May 2024": 9.7,
        "Jun 2024": 10.1,
    }


def test_two_rows_giving_the_first_quarter_different_figures_are_asked_about(
    tmp_path: Path,
) -> None:
    parsed = detect_rows(
        tmp_path / "clash.xlsx",
        [
            ["Ref", "Indicator", None, *Q],
            ["H1", "Affordable homes delivered", "In quarter", 18, 34, 31],
            [None, None, "Year to date", 19, 52, 83],
            ["H2", "Homes empty over 6 months", "In quarter", 310, 300, 290],
            [None, None, "Year to date", 310, 300, 290],
        ],
    )
    assert [r.cell for r in parsed.review] == ["D3"]
    assert "two rows give it" in parsed.review[0].reason


# -- a breakdown: 'All' over its sub-groups ------------------------------------------------------


@pytest.mark.parametrize(
    ("heading", "totals"),
    [("Breakdown", ("All", "Total")), ("Split by", ("All ages", "All")), (None, ("All", "All"))],
)
def test_the_total_row_of_a_breakdown_is_the_measure(
    tmp_path: Path, heading: str | None, totals: tuple[str, str]
) -> None:
    parsed = detect_rows(
        tmp_path / "breakdown.xlsx",
        [
            ["Ref", "Measure", heading, *Q, "Target 2024/25"],
            ["PH1", "Smokers quit at 4 weeks (%)", totals[0], 54.2, 56.8, 52.9, 55],
            [None, None, "Male", 55.1, 58.0, 54.3],
            [None, None, "Female", 53.0, 55.4, 51.2],
            ["PH2", "Health checks taken up (%)", totals[1], 48.3, 51.6, 53.0, 50],
            [None, None, "Most deprived 20%", 39.5, 43.8, 45.1],
            ["PH3", "New birth visits in 14 days (%)", "All", 91.4, 89.7, 92.3, 90],
        ],
    )
    assert parsed.review == []
    found = _by_code(parsed)
    assert sorted(found) == ["PH1", "PH2", "PH3"]
    assert _read(found["PH1"]) == [
        ("Q1 2024/25", 54.2, None, 55.0, None),
        ("Q2 2024/25", 56.8, None, 55.0, None),
        ("Q3 2024/25", 52.9, None, 55.0, None),
    ]
    said = "\n".join(parsed.explain)
    assert "a breakdown of the measure above ('Female'), left out" in said
    assert "0 left out" in said


def test_a_breakdown_total_under_its_sub_groups_is_the_measure(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "total_last.xlsx",
        [
            ["Ref", "Measure", "Breakdown", *Q],
            ["A1", "Adults referred for weight management", "Male", 71, 63, 82],
            [None, None, "Female", 139, 121, 155],
            [None, None, "Total", 210, 184, 237],
            ["A2", "Pregnant smokers quit", "All", 14, 11, 17],
            [None, None, "Aged under 25", 6, 3, 7],
        ],
        merged=["A2:A4", "B2:B4"],
    )
    assert parsed.review == []
    found = _by_code(parsed)
    assert [o.actual for o in found["A1"].observations] == [210.0, 184.0, 237.0]
    assert found["A1"].name == "Adults referred for weight management"


def test_a_breakdown_with_no_total_row_is_asked_about(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "no_total.xlsx",
        [
            ["Ref", "Measure", "Breakdown", *Q],
            ["A1", "Smokers quit at 4 weeks (%)", "All", 54.2, 56.8, 52.9],
            [None, None, "Male", 55.1, 58.0, 54.3],
            ["A2", "Chlamydia screening (%)", "Male", 8.7, 9.9, 10.1],
            [None, None, "Female", 25.3, 27.0, 26.1],
        ],
    )
    assert [(r.cell, "no row of it is the measure's total" in r.reason) for r in parsed.review] == [
        ("C4", True)
    ]
    assert [i.code for i in parsed.indicators] == ["A1"]


def test_a_second_row_of_the_same_figures_is_asked_about(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "twice.xlsx",
        [
            ["Ref", "Measure", None, "Q1 2024/25", "Q2 2024/25"],
            ["R1", "Rent collected (%)", "Actual", 96.1, 97.4],
            [None, None, "Target", 97, 97],
            [None, None, "Actual", 95.0, 96.0],
            ["R2", "Days to relet", "Actual", 31, 27],
            [None, None, "Target", 28, 28],
        ],
    )
    assert [(r.cell, "second row of its own figures" in r.reason) for r in parsed.review] == [
        ("C4", True)
    ]


def test_two_rows_giving_one_figure_different_targets_are_asked_about(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "targets.xlsx",
        [
            ["Ref", "Indicator", None, *Q, "Target 2024/25"],
            ["C1", "Complaints answered in 10 days (%)", "In quarter", 88, 91.5, 90, 90],
            [None, None, "Year to date", 88, 89.9, 89.8, 85],
            ["C2", "Calls answered in 60 seconds (%)", "In quarter", 80, 82, 84, 80],
            [None, None, "Year to date", 80, 81, 82, 80],
        ],
    )
    assert [r.cell for r in parsed.review] == ["D3"]
    assert "two targets" in parsed.review[0].reason


def test_a_breakdown_with_names_on_every_row_reads_its_total(tmp_path: Path) -> None:
    name = "Children with a 2-2½ year review (%)"
    parsed = detect_rows(
        tmp_path / "typed_breakdown.xlsx",
        [
            ["Ref", "Measure", "Breakdown", *Q],
            ["C5", name, "East wards", 75.8, 78.9, 77.4],
            ["C5", name, "West wards", 81.6, 83.0, 82.2],
            ["C5", name, "All", 80.2, 82.5, 81.0],
            ["C6", "New birth visits in 14 days (%)", "All", 91.4, 89.7, 92.3],
            ["C6", "New birth visits in 14 days (%)", "East wards", 90.0, 88.1, 91.0],
        ],
    )
    assert parsed.review == []
    assert [o.actual for o in _by_code(parsed)["C5"].observations] == [80.2, 82.5, 81.0]
    assert [o.actual for o in _by_code(parsed)["C6"].observations] == [91.4, 89.7, 92.3]
