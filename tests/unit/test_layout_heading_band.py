"""Three heading rows over the figures: the year, the quarter or month, then the measure words."""

from __future__ import annotations

from pathlib import Path

from desktop.scorecard.layout import heading_band
from desktop.scorecard.layout.header import _combine, _field_word, _sub_word
from desktop.scorecard.model import ParsedScorecard
from tests.helpers.layout_sheets import detect_rows


def readings(parsed: ParsedScorecard) -> dict[str, list[tuple[str, object, object, object]]]:
    """Each indicator's (period, actual or its text, target, RAG) in the order read."""
    return {
        i.name: [
            (o.period.label, o.actual if o.actual is not None else o.actual_text, o.target, o.rag)
            for o in i.observations
        ]
        for i in parsed.indicators
    }


def test_year_and_quarters_merged_over_actual_target_status(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "merged.xlsx",
        [
            ["Adult Social Care performance"],
            [],
            ["Code", "Indicator", "2023-24", None, None, None, None, None],
            [None, None, "Quarter 1", None, None, "Quarter 2", None, None],
            [None, None, "Actual", "Target", "Status", "Actual", "Target", "Status"],
            ["ASC1", "Reviews completed on time (%)", 81.5, 85, "Amber", 86.0, 85, "Green"],
            ["ASC2", "Carers assessed (number)", 410, 400, "Green", None, 400, None],
        ],
        merged=["A3:A5", "B3:B5", "C3:H3", "C4:E4", "F4:H4"],
    )
    assert not parsed.review
    assert readings(parsed) == {
        "Reviews completed on time (%)": [
            ("Q1 2023/24", 81.5, 85, "amber"),
            ("Q2 2023/24", 86.0, 85, "green"),
        ],
        "Carers assessed (number)": [("Q1 2023/24", 410, 400, "green")],
    }


def test_year_and_quarters_written_once_and_left_blank_to_the_right(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "unmerged.xlsx",
        [
            [None, None, "2024/25"],
            [None, None, "Q1", None, "Q2", None, "Q3", None],
            ["Ref", "Measure", "Actual", "RAG", "Actual", "RAG", "Actual", "RAG"],
            ["HS1", "Homeless households in B&B", 12, "R", 9, "A", 4, "G"],
            ["HS2", "Void properties relet", 95, "G", 91, "A", 88, "R"],
        ],
    )
    assert not parsed.review
    got = readings(parsed)
    assert got["Homeless households in B&B"] == [
        ("Q1 2024/25", 12, None, "red"),
        ("Q2 2024/25", 9, None, "amber"),
        ("Q3 2024/25", 4, None, "green"),
    ]
    assert [p for p, *_ in got["Void properties relet"]] == [
        "Q1 2024/25",
        "Q2 2024/25",
        "Q3 2024/25",
    ]


def test_months_under_the_year(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "months.xlsx",
        [
            ["Indicator", "2024/25", None, None, None, None, None],
            [None, "April", None, "May", None, "June", None],
            [None, "Actual", "Target", "Actual", "Target", "Actual", "Target"],
            ["Calls answered within 60 seconds (%)", 78.0, 80, 81.5, 80, 79.0, 80],
        ],
        merged=["A1:A3", "B1:G1", "B2:C2", "D2:E2", "F2:G2"],
    )
    assert not parsed.review
    assert readings(parsed)["Calls answered within 60 seconds (%)"] == [
        ("Apr 2024", 78.0, 80, None),
        ("May 2024", 81.5, 80, None),
        ("Jun 2024", 79.0, 80, None),
    ]


def test_two_years_side_by_side(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "two_years.xlsx",
        [
            ["PI", "Description", "2023/24", None, None, None, "2024/25", None, None, None],
            [None, None, "Q3", None, "Q4", None, "Q1", None, "Q2", None],
            [
                None,
                None,
                "Actual",
                "Target",
                "Actual",
                "Target",
                "Actual",
                "Target",
                "Actual",
                "Target",
            ],
            ["W1", "Waste recycled (%)", 51.0, 50, 48.2, 50, 53.1, 52, 54.0, 52],
        ],
        merged=["C1:F1", "G1:J1", "C2:D2", "E2:F2", "G2:H2", "I2:J2"],
    )
    assert not parsed.review
    assert readings(parsed)["Waste recycled (%)"] == [
        ("Q3 2023/24", 51.0, 50, None),
        ("Q4 2023/24", 48.2, 50, None),
        ("Q1 2024/25", 53.1, 52, None),
        ("Q2 2024/25", 54.0, 52, None),
    ]


def test_quarter_and_year_over_a_blank_row_then_the_measures(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "blank_between.xlsx",
        [
            [
                "Ref",
                "Performance measure",
                "Quarter 2 2024/25",
                None,
                None,
                "Quarter 3 2024/25",
                None,
                None,
            ],
            [],
            [None, None, "Actual", "Target", "RAG", "Actual", "Target", "RAG"],
            ["CS1", "Children's assessments in 45 days (%)", 88.0, 90, "Amber", 91.2, 90, "Green"],
        ],
        merged=["C1:E1", "F1:H1"],
    )
    assert not parsed.review
    assert readings(parsed)["Children's assessments in 45 days (%)"] == [
        ("Q2 2024/25", 88.0, 90, "amber"),
        ("Q3 2024/25", 91.2, 90, "green"),
    ]


def test_quarter_and_year_over_a_row_of_units_then_the_measures(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "units_between.xlsx",
        [
            ["Ref", "Measure", "Q1 2024/25", None, "Q2 2024/25", None],
            [None, None, "%", "%", "%", "%"],
            [None, None, "Actual", "Target", "Actual", "Target"],
            ["R1", "Council tax collected", 28.4, 29, 55.9, 57],
            ["R2", "Business rates collected", 30.1, 30, 58.0, 58],
        ],
        merged=["C1:D1", "E1:F1"],
    )
    assert not parsed.review
    assert readings(parsed)["Business rates collected"] == [
        ("Q1 2024/25", 30.1, 30, None),
        ("Q2 2024/25", 58.0, 58, None),
    ]


def test_a_year_to_date_group_after_the_quarters(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "ytd.xlsx",
        [
            ["Ref", "Measure", "2024/25", None, None, None, None, None],
            [None, None, "Q1", None, "Q2", None, "Year to date", None],
            [None, None, "Actual", "Target", "Actual", "Target", "Actual", "Target"],
            ["E1", "Apprenticeships started", 40, 35, 52, 35, 92, 70],
        ],
        merged=["C1:H1", "C2:D2", "E2:F2", "G2:H2"],
    )
    assert not parsed.review
    # the total runs to the end of Q2, beside Q2's own figure: read once, from Q2's column,
    # and never as the whole year's figure
    assert readings(parsed)["Apprenticeships started"] == [
        ("Q1 2024/25", 40, 35, None),
        ("Q2 2024/25", 52, 35, None),
    ]


def test_a_band_whose_rows_name_two_different_years_is_questioned(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "clash.xlsx",
        [
            ["Ref", "Measure", "2023/24", None, None, None],
            [None, None, "Q1 2024/25", None, "Q2 2024/25", None],
            [None, None, "Actual", "Target", "Actual", "Target"],
            ["E1", "Apprenticeships started", 40, 35, 52, 35],
        ],
        merged=["C1:F1", "C2:D2", "E2:F2"],
    )
    assert [item.cell for item in parsed.review] == ["C1"]
    assert "two periods" in parsed.review[0].reason


def test_calendar_year_over_months_with_the_headings_merged_down(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "calendar.xlsx",
        [
            ["Indicator", "2024", None, None, None],
            [None, "Jan", None, "Feb", None],
            [None, "Actual", "Target", "Actual", "Target"],
            ["Missed bins per 100,000", 41, 50, 38, 50],
        ],
        merged=["A1:A3", "B1:E1", "B2:C2", "D2:E2"],
    )
    assert not parsed.review
    assert readings(parsed)["Missed bins per 100,000"] == [
        ("Jan 2024", 41, 50, None),
        ("Feb 2024", 38, 50, None),
    ]


def test_spelt_quarters_with_a_status_and_a_comment_each(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "comments.xlsx",
        [
            ["Ref", "Measure", "2024-25", None, None, None, None, None],
            [None, None, "Quarter 1 (Apr-Jun)", None, None, "Quarter 2 (Jul-Sep)", None, None],
            [None, None, "Actual", "Status", "Comment", "Actual", "Status", "Comment"],
            [
                "L1",
                "Library visits",
                120000,
                "On track",
                "Summer reading",
                131000,
                "On track",
                "Up",
            ],
        ],
        merged=["A1:A3", "B1:B3", "C1:H1", "C2:E2", "F2:H2"],
    )
    assert not parsed.review
    (visits,) = parsed.indicators
    assert [(o.period.label, o.actual, o.commentary) for o in visits.observations] == [
        ("Q1 2024/25", 120000, "Summer reading"),
        ("Q2 2024/25", 131000, "Up"),
    ]


def test_headings_in_the_middle_row_of_the_band(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "middle.xlsx",
        [
            [None, None, "2024/25", None, None, None],
            ["Ref", "Measure", "Qtr 1", None, "Qtr 2", None],
            [None, None, "Actual", "Target", "Actual", "Target"],
            ["P1", "Planning applications decided in time (%)", 91, 90, 88, 90],
        ],
        merged=["C1:F1", "C2:D2", "E2:F2"],
    )
    assert not parsed.review
    assert readings(parsed)["Planning applications decided in time (%)"] == [
        ("Q1 2024/25", 91, 90, None),
        ("Q2 2024/25", 88, 90, None),
    ]


def test_two_years_each_written_once_over_unmerged_quarters(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "two_years_unmerged.xlsx",
        [
            ["Ref", "Measure", "2023/24", None, None, None, "2024/25"],
            [None, None, "Q3", None, "Q4", None, "Q1", None, "Q2"],
            [
                None,
                None,
                "Actual",
                "Target",
                "Actual",
                "Target",
                "Actual",
                "Target",
                "Actual",
                "Target",
            ],
            ["W1", "Waste recycled (%)", 51.0, 50, 48.2, 50, 53.1, 52, 54.0, 52],
        ],
    )
    assert not parsed.review
    assert [p for p, *_ in readings(parsed)["Waste recycled (%)"]] == [
        "Q3 2023/24",
        "Q4 2023/24",
        "Q1 2024/25",
        "Q2 2024/25",
    ]


def test_a_year_written_once_is_not_carried_into_the_next_year(tmp_path: Path) -> None:
    """'Q1' after 'Q4' with no year over it: not Q1 of the year written before."""
    parsed = detect_rows(
        tmp_path / "year_once.xlsx",
        [
            ["Ref", "Measure", "2023/24"],
            [None, None, "Q3", None, "Q4", None, "Q1", None],
            [None, None, "Actual", "Target", "Actual", "Target", "Actual", "Target"],
            ["W1", "Waste recycled (%)", 51.0, 50, 48.2, 50, 53.1, 52],
        ],
    )
    periods = [p for p, *_ in readings(parsed).get("Waste recycled (%)", [])]
    assert "Q1 2023/24" not in periods
    assert parsed.review or periods[:2] == ["Q3 2023/24", "Q4 2023/24"]


def _quarters_band(quarters: list[str], years: list[object]) -> list[list[object]]:
    """'Ref | Measure' then one Actual/RAG pair per quarter, the year row given as is."""
    pairs = [[q, None] for q in quarters]
    return [
        [None, None, *years],
        [None, None, *[cell for pair in pairs for cell in pair]],
        ["Ref", "Measure", *["Actual", "RAG"] * len(quarters)],
        ["HS1", "Homeless households in B&B", *[12, "R", 9, "A", 4, "G", 5, "G", 7, "A"]],
        ["HS2", "Void properties relet", *[95, "G", 91, "A", 88, "R", 80, "R", 70, "R"]],
    ]


def test_a_quarter_after_q4_with_no_year_of_its_own_is_asked_about(tmp_path: Path) -> None:
    cases = {
        "written_once.xlsx": (["Q1", "Q2", "Q3", "Q4", "Q1"], ["2024/25"], []),
        "merged.xlsx": (["Q1", "Q2", "Q3", "Q4", "Q1"], ["2024/25"], ["C1:J1"]),
        "spelt.xlsx": (
            ["Quarter 1", "Quarter 2", "Quarter 3", "Quarter 4", "Quarter 1"],
            ["2024-25"],
            [],
        ),
        "welsh.xlsx": (["Ch1", "Ch2", "Ch3", "Ch4", "Ch1"], ["2024/25"], ["C1:J1"]),
        "months.xlsx": (["Jan", "Feb", "Mar", "Apr", "Jan"], ["2024"], []),
    }
    for name, (quarters, years, merged) in cases.items():
        parsed = detect_rows(tmp_path / name, _quarters_band(quarters, years), merged=merged)
        assert [(r.sheet, r.cell) for r in parsed.review] == [("Scorecard", "K2")], name
        assert f"'{quarters[-1]}' stands after the year" in parsed.review[0].reason
        got = readings(parsed)["Homeless households in B&B"]
        assert len(got) == 4 and 7 not in [actual for _, actual, *_ in got], name


def test_a_quarter_after_q4_under_the_next_year_is_that_years(tmp_path: Path) -> None:
    years = ["2024/25", None, None, None, None, None, None, None, "2025/26"]
    parsed = detect_rows(
        tmp_path / "next.xlsx", _quarters_band(["Q1", "Q2", "Q3", "Q4", "Q1"], years)
    )
    assert not parsed.review
    assert [p for p, *_ in readings(parsed)["Void properties relet"]] == [
        "Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25", "Q1 2025/26",
    ]  # fmt: skip


def test_welsh_quarter_names_in_the_band(tmp_path: Path) -> None:
    for name, quarters in {
        "chwarter.xlsx": ["Chwarter 1", "Chwarter 2", "Chwarter 3", "Chwarter 4"],
        "ch.xlsx": ["Ch1", "Ch2", "Ch3", "Ch4"],
        "ch_spaced.xlsx": ["Ch 1", "Ch 2", "Ch 3", "Ch 4"],
    }.items():
        rows = _quarters_band(quarters, ["2024-25"])
        rows[2][2:] = ["Gwirioneddol", "Statws"] * 4
        parsed = detect_rows(tmp_path / name, [r[:10] for r in rows])
        assert not parsed.review, name
        assert readings(parsed)["Void properties relet"] == [
            ("Q1 2024/25", 95, None, "green"), ("Q2 2024/25", 91, None, "amber"),
            ("Q3 2024/25", 88, None, "red"), ("Q4 2024/25", 80, None, "red"),
        ], name  # fmt: skip


def test_arithmetic_and_unknown_sub_headings_stand_in_the_quarters_group(
    tmp_path: Path,
) -> None:
    # 'Var' and 'St' under each quarter: the band is still read, each column in its quarter
    parsed = detect_rows(
        tmp_path / "abbreviated.xlsx",
        [
            ["Ref", "Measure", "2024/25", None, None, None, None, None, None, None],
            [None, None, "Q1", None, None, None, "Q2", None, None, None],
            [None, None, "Act", "Tgt", "Var", "St", "Act", "Tgt", "Var", "St"],
            ["NR1", "Missed bins per 100,000", 61, 60, 1, "A", 55, 60, -5, "G"],
            ["NR2", "Fly-tips cleared in 2 days (%)", 91.0, 95, -4, "R", 96.5, 95, 1.5, "G"],
            ["NR3", "Graffiti removed in 5 days (%)", 88.0, 90, -2, "A", 92.0, 90, 2, "G"],
        ],
        merged=["A1:A3", "B1:B3", "C1:J1", "C2:F2", "G2:J2"],
    )
    assert not parsed.review
    assert readings(parsed) == {
        "Missed bins per 100,000": [
            ("Q1 2024/25", 61, 60, "amber"),
            ("Q2 2024/25", 55, 60, "green"),
        ],
        "Fly-tips cleared in 2 days (%)": [
            ("Q1 2024/25", 91.0, 95, "red"),
            ("Q2 2024/25", 96.5, 95, "green"),
        ],
        "Graffiti removed in 5 days (%)": [
            ("Q1 2024/25", 88.0, 90, "amber"),
            ("Q2 2024/25", 92.0, 90, "green"),
        ],
    }


def test_a_period_over_a_name_heading_is_still_no_band(tmp_path: Path) -> None:
    # the upper row's period stands over 'Measure', a heading of its own: not the band
    assert not heading_band.upper_row(
        ["", "Q1 2024/25", "Q1 2024/25"], ["Ref", "Measure", "Actual"], _field_word, _sub_word
    )
    assert heading_band.upper_row(
        ["", "Q1 2024/25", "Q1 2024/25", "Q1 2024/25"],
        ["Ref", "Actual", "Var", "St"],
        _field_word,
        _sub_word,
    )
    # an unknown word alone under a period, no measure word beside it: not the band
    assert not heading_band.upper_row(["", "Q1 2024/25"], ["Ref", "St"], _field_word, _sub_word)


def test_the_status_is_dated_to_its_quarter_not_the_year() -> None:
    # 'St' under 'Q1 24/25' is no indicator code 'St Q1' in 2024/25
    column = _combine("Q1 24/25", "St", None)
    assert column.period is not None and column.period.label == "Q1 2024/25"
    assert column.code is None
    # a period written in two rows is still read as one
    column = _combine("2024", "12 months to Sep", None)
    assert column.period is not None and column.period.kind != "calendar_year"
