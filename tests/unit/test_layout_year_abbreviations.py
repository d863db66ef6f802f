"""Headings that say this year or last year in short words ('Q2 TY', 'SPLY', 'YTD LY',
'Target CY'), read against the year and quarter the title names."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.scorecard.layout import year_abbreviations
from tests.helpers.layout_sheets import detect_rows, figures

TITLE = "Housing Services Performance 2024/25 - Quarter 3"


@pytest.mark.parametrize(
    ("heading", "written"),
    [
        ("Q3 TY", "q3 2024/25"),
        ("Q3 CY", "q3 2024/25"),
        ("Q3 LY", "q3 2023/24"),
        ("Q3 PY", "q3 2023/24"),
        ("Q3 last year", "q3 2023/24"),
        ("Qtr 2 this year", "qtr 2 2024/25"),
        ("SPLY", "Q3 2023/24"),
        ("Same period LY", "Q3 2023/24"),
        ("YTD TY", "YTD Q3 2024/25"),
        ("CYTD", "YTD Q3 2024/25"),
        ("YTD LY", "YTD Q3 2023/24"),
        ("PYTD", "YTD Q3 2023/24"),
        ("Year to date previous year", "YTD Q3 2023/24"),
        ("Target TY", "target 2024/25"),
        ("Target (CY)", "target 2024/25"),
        ("Target LY", "target 2023/24"),
        ("Aim TY", "aim 2024/25"),
        ("Aims (LY)", "aims 2023/24"),
        ("Goal this year", "goal 2024/25"),
    ],
)
def test_a_short_year_word_is_written_out_with_the_title_s_year(heading: str, written: str) -> None:
    assert year_abbreviations.spelt_out(heading, [TITLE]) == written


@pytest.mark.parametrize(
    "heading",
    [
        "Actual LY",  # a figure of last year: the year's, or the same quarter's? not said
        "TY",
        "Q3 TY LY",
        "Q3 ty",  # the short words are written in capitals
        "Tenancy sustainment",
        "Same period last year",  # a comparator's heading, read as before
    ],
)
def test_headings_that_say_no_year_or_not_enough_are_left_alone(heading: str) -> None:
    assert year_abbreviations.spelt_out(heading, [TITLE]) is None


def test_without_a_year_in_the_titles_nothing_is_written_out() -> None:
    assert year_abbreviations.spelt_out("Q3 TY", ["Housing Services Performance"]) is None
    assert year_abbreviations.spelt_out("YTD LY", ["Performance report 2024/25"]) is None
    assert year_abbreviations.spelt_out("SPLY", ["Performance report 2024/25"]) is None


def test_in_a_year_s_report_a_figure_of_this_or_last_year_is_that_year_s() -> None:
    titles = ["Annual Performance Report 2024/25"]
    assert year_abbreviations.spelt_out("Actual LY", titles) == "actual 2023/24"
    assert year_abbreviations.spelt_out("Outturn TY", titles) == "outturn 2024/25"
    assert year_abbreviations.spelt_out("Actual LY", [TITLE]) is None  # a quarter's report


def test_a_month_in_the_title_counts_a_year_back_in_months() -> None:
    titles = ["Monthly dashboard - position at end of November 2024"]
    assert year_abbreviations.spelt_out("SPLY", titles) == "Nov 2023"
    assert year_abbreviations.spelt_out("YTD LY", titles) == "YTD Nov 2023"
    assert year_abbreviations.spelt_out("Nov LY", titles) == "nov 2023/24"


def test_a_table_headed_with_short_year_words_reads_each_column_s_period(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "q.xlsx",
        [
            ["Customer Services Performance Report 2023/24 Quarter 3"],
            [],
            ["Ref", "Indicator", "Q3 CY", "Q3 PY", "CYTD", "PYTD", "Target CY", "Q3 RAG"],
            ["CS1", "Calls answered within 60 seconds (%)", 71, 64, 73, 61, 80, "Red"],
            ["CS2", "Complaints answered on time (%)", 92, 90, 91, 89, 90, "Green"],
            ["CS3", "Online transactions (%)", 58, 52, 57, 50, 55, "Green"],
        ],
    )
    assert sorted(figures(parsed)["Calls answered within 60 seconds (%)"]) == [
        ("Apr 2022–Dec 2022", 61.0),
        ("Apr 2023–Dec 2023", 73.0),
        ("Q3 2022/23", 64.0),
        ("Q3 2023/24", 71.0),
    ]
    calls = next(i for i in parsed.indicators if i.code == "CS1")
    by_label = {o.period.label: o for o in calls.observations}
    assert by_label["Q3 2023/24"].target == 80 and by_label["Q3 2023/24"].rag == "red"
    assert by_label["Apr 2023–Dec 2023"].target == 80
    assert by_label["Q3 2022/23"].target is None and by_label["Q3 2022/23"].rag is None


def test_a_year_s_report_headed_ty_and_ly_reads_both_years(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "a.xlsx",
        [
            ["Annual Performance Report 2024/25"],
            [],
            ["Ref", "Indicator", "Outturn TY", "Outturn LY", "Target TY"],
            ["P1", "Planning applications decided on time (%)", 88, 84, 85],
            ["P2", "Appeals allowed (%)", 22, 25, 30],
        ],
    )
    assert sorted(figures(parsed)["Planning applications decided on time (%)"]) == [
        ("2023/24", 84.0),
        ("2024/25", 88.0),
    ]
    first = next(i for i in parsed.indicators if i.code == "P1")
    targets = {o.period.label: o.target for o in first.observations}
    assert targets == {"2023/24": None, "2024/25": 85.0}


@pytest.mark.parametrize("heading", ["Aim TY", "Goal CY", "Aim this year"])
def test_an_aim_of_this_year_is_this_year_s_target(tmp_path: Path, heading: str) -> None:
    parsed = detect_rows(
        tmp_path / "aims.xlsx",
        [
            [TITLE],
            [],
            ["Ref", "Measure", "Q3 TY", "Q3 LY", heading],
            ["H1", "Homes let within 28 days (%)", 84.0, 80.5, 85.0],
            ["H2", "Average days to re-let", 29.0, 33.0, 28.0],
        ],
    )
    assert not parsed.review, parsed.review
    targets = {
        i.name: {o.period.label: o.target for o in i.observations} for i in parsed.indicators
    }
    assert targets["Homes let within 28 days (%)"] == {"Q3 2024/25": 85.0, "Q3 2023/24": None}
    assert targets["Average days to re-let"]["Q3 2024/25"] == 28.0
