"""A cell listing one figure per period on its own line ('Q1: 85%' / 'Q2: 87%'), as a Word
table pasted into Excel keeps it, is read as an observation of each period listed."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.scorecard.model import ParsedScorecard
from desktop.scorecard.parse.period_lines import Line, label, split
from tests.helpers.layout_sheets import detect_rows

Got = dict[tuple[str | None, str], tuple[float | None, str | None, float | None, str | None]]


def _read(parsed: ParsedScorecard) -> Got:
    return {
        (i.code, o.period.label): (o.actual, o.actual_text, o.target, o.rag)
        for i in parsed.indicators
        for o in i.observations
    }


def _doubted(parsed: ParsedScorecard) -> list[str]:
    return [item.line().split(":")[0] for item in parsed.review]


# ---------------------------------------------------------------- the cell, line by line


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        ("Q1: 85%\nQ2: 87%\nQ3: 84.5%", [("Q1", "85%"), ("Q2", "87%"), ("Q3", "84.5%")]),
        ("Q1 - 78.3%\nQ2 - 81.0%", [("Q1", "78.3%"), ("Q2", "81.0%")]),
        ("Q1 \u2013 19.4 days\nQ2 \u2013 18.1 days", [("Q1", "19.4 days"), ("Q2", "18.1 days")]),
        ("Q1: 54\n\nQ2: 61\n\n", [("Q1", "54"), ("Q2", "61")]),
        ("Quarter 1: 112,406\nQtr 2 = 118,930", [("Q1", "112,406"), ("Q2", "118,930")]),
        ("Q1: 2.3\nQ2: n/a\nQ3: 2.1", [("Q1", "2.3"), ("Q2", "n/a"), ("Q3", "2.1")]),
        ("Apr: 12\nMay: 15\nJune: 9", [("Apr", "12"), ("May", "15"), ("Jun", "9")]),
        ("H1: 40\nH2: 44", [("H1", "40"), ("H2", "44")]),
        ("First half: 40\nSecond half: 44", [("H1", "40"), ("H2", "44")]),
        ("\u2022 Q1: 85%\n\u2022 Q2: 86%", [("Q1", "85%"), ("Q2", "86%")]),
        ("Q1 2024/25: 85%\nQ2 2024/25: 86%", [("Q1 2024/25", "85%"), ("Q2 2024/25", "86%")]),
        ("Apr-24: 12\nMay-24 - 15", [("Apr 2024", "12"), ("May 2024", "15")]),
        ("2022/23: 80%\n2023/24: 85%", [("2022/23", "80%"), ("2023/24", "85%")]),
        ("Q1: 0:02:35\nQ2: 0:02:10", [("Q1", "0:02:35"), ("Q2", "0:02:10")]),
        ("Q1: -5\nQ2 - -3", [("Q1", "-5"), ("Q2", "-3")]),
    ],
)
def test_each_line_names_its_period(text: str, lines: list[tuple[str, str]]) -> None:
    found = split(text)
    assert found is not None
    assert list(found.lines) == [Line(a, b) for a, b in lines]
    assert found.unlabelled == () and found.repeated == ()


@pytest.mark.parametrize(
    "text", ["85%", "On track", "Target: 90%", "YTD: 86%\nForecast: 88%", "12-15", "Q1 85%"]
)
def test_a_cell_naming_no_period_on_any_line_lists_none(text: str) -> None:
    assert split(text) is None


def test_lines_without_a_period_and_periods_given_twice_are_said() -> None:
    found = split("Q1: 85%\nYTD: 86%\nQ1: 87%\nQ2 -5")
    assert found is not None
    assert [line.label for line in found.lines] == ["Q1"]
    assert found.unlabelled == ("YTD: 86%", "Q2 -5")  # 'Q2 -5': a minus, not a separator
    assert found.repeated == ("Q1",)


@pytest.mark.parametrize(
    ("text", "named"),
    [("Q3", "Q3"), ("qtr 4", "Q4"), ("Quarter 2", "Q2"), ("Chwarter 1", "Q1"), ("HY2", "H2"),
     ("Sept", "Sep"), ("Q1 24/25", "Q1 2024/25"), ("Target", None), ("Q5", None), ("YTD", None),
     ("Some of the year 2024", None)],
)  # fmt: skip
def test_labels(text: str, named: str | None) -> None:
    assert label(text) == named


# ---------------------------------------------------------------- tables


_HEADING = ["Ref", "Key Performance Indicator", "Performance", "Target", "RAG", "Commentary"]


def test_quarters_listed_in_one_cell_are_read_in_the_titles_year(tmp_path: Path) -> None:
    read = detect_rows(
        tmp_path / "listed.xlsx",
        [
            ["Key Performance Indicators 2024/25"],
            ["Quarter 3 (October to December 2024)"],
            [],
            _HEADING,
            ["K1", "Calls answered (%)", "Q1: 85%\nQ2: 87%\nQ3: 84.5%", 85, "Amber", "Billing"],
            [
                "K2",
                "Days to process claims",
                "Q1 - 19.4 days\n\nQ2 - 18.1 days",
                "20 days",
                "Green",
            ],
            ["K3", "Sickness days per FTE", "Q1: 2.3\nQ2: n/a\nQ3: 2.1", 2, "Amber", None],
            ["K4", "Leisure visits", "Q1: 112,406\nQ2: 118,930\nQ3: 101,254", 100000, "Green"],
        ],
    )
    assert read.review == []
    got = _read(read)
    assert got[("K1", "Q1 2024/25")] == (85.0, None, 85.0, None)
    assert got[("K1", "Q3 2024/25")] == (84.5, None, 85.0, "amber")
    assert got[("K2", "Q2 2024/25")] == (18.1, None, 20.0, "green")  # its latest listed
    assert ("K2", "Q3 2024/25") not in got
    assert got[("K3", "Q2 2024/25")] == (None, "n/a", 2.0, None)
    assert got[("K4", "Q3 2024/25")] == (101254.0, None, 100000.0, "green")
    assert all(o.cell == f"C{5 + n}" for n, i in enumerate(read.indicators) for o in i.observations)
    explained = "\n".join(read.explain)
    assert "read as columns Q1, Q2, Q3" in explained


def test_months_and_halves_listed_are_read_too(tmp_path: Path) -> None:
    read = detect_rows(
        tmp_path / "months.xlsx",
        [
            ["Monthly performance report 2024/25"],
            ["Code", "Measure", "Result", "Target"],
            ["M1", "New claims processed", "Apr: 412\nMay: 398\nJun: 455", 400],
            ["M2", "Missed bins", "Apr: 12\nMay: 15", 20],
            ["M3", "Tenant satisfaction (%)", "H1: 81%", 80],
            ["M4", "Rent collected (%)", "H1: 96.5%\nH2: 98.1%", 97],
        ],
    )
    assert read.review == []
    got = _read(read)
    assert got[("M1", "Jun 2024")] == (455.0, None, 400.0, None)
    assert got[("M2", "May 2024")] == (15.0, None, 20.0, None)
    assert got[("M3", "H1 2024/25")] == (81.0, None, 80.0, None)
    assert got[("M4", "H2 2024/25")] == (98.1, None, 97.0, None)


def test_the_year_the_columns_heading_names_dates_its_lines(tmp_path: Path) -> None:
    read = detect_rows(
        tmp_path / "headed.xlsx",
        [
            ["Corporate scorecard"],
            ["Ref", "Indicator", "Performance 2023/24", "Performance 2024/25", "Target"],
            ["P1", "Calls answered (%)", "Q1: 80%\nQ2: 82%", "Q1: 85%\nQ2: 87%", 85],
            ["P2", "Complaints on time (%)", "Q1: 70%\nQ2: 75%", "Q1 - 78%\nQ2 - 79%", 80],
        ],
    )
    assert read.review == []
    got = _read(read)
    assert got[("P1", "Q2 2023/24")][0] == 82.0
    assert got[("P1", "Q1 2024/25")][0] == 85.0
    assert got[("P2", "Q2 2024/25")][0] == 79.0


def test_targets_listed_by_period_are_each_periods_target(tmp_path: Path) -> None:
    read = detect_rows(
        tmp_path / "targets.xlsx",
        [
            ["Performance 2024/25"],
            ["Ref", "Indicator", "Actual", "Target"],
            ["T1", "Homes let (%)", "Q1: 91%\nQ2: 94%", "Q1: 90%\nQ2: 95%"],
            ["T2", "Repairs on time (%)", "Q1: 88%\nQ2: 89%", "Q1: 85%\nQ2: 85%"],
        ],
    )
    assert read.review == []
    got = _read(read)
    assert got[("T1", "Q1 2024/25")][2] == 90.0
    assert got[("T1", "Q2 2024/25")][2] == 95.0


def test_a_line_without_a_period_is_held_for_review_at_its_cell(tmp_path: Path) -> None:
    read = detect_rows(
        tmp_path / "unlabelled.xlsx",
        [
            ["Performance 2024/25"],
            ["Ref", "Indicator", "Performance", "Target"],
            ["U1", "Calls answered (%)", "Q1: 85%\nQ2: 87%", 85],
            ["U2", "Claims processed", "Q1: 412\n398", 400],
            ["U3", "Missed bins", "Q1: 12\nQ2: 15", 20],
        ],
    )
    assert _doubted(read) == ["Scorecard!C4"]


def test_a_plain_figure_among_listed_cells_is_held_for_review(tmp_path: Path) -> None:
    read = detect_rows(
        tmp_path / "plain.xlsx",
        [
            ["Performance 2024/25"],
            ["Ref", "Indicator", "Performance", "Target"],
            ["U1", "Calls answered (%)", "Q1: 85%\nQ2: 87%", 85],
            ["U2", "Claims processed", "Q1: 412\nQ2: 398", 400],
            ["U3", "Missed bins", 15, 20],
        ],
    )
    assert _doubted(read) == ["Scorecard!C5"]


def test_a_period_listed_twice_in_a_cell_is_held_for_review(tmp_path: Path) -> None:
    read = detect_rows(
        tmp_path / "twice.xlsx",
        [
            ["Performance 2024/25"],
            ["Ref", "Indicator", "Performance", "Target"],
            ["D1", "Calls answered (%)", "Q1: 85%\nQ2: 87%", 85],
            ["D2", "Claims processed", "Q1: 412\nQuarter 1: 398", 400],
        ],
    )
    assert _doubted(read) == ["Scorecard!C4"]


def test_quarters_no_year_places_are_held_for_review(tmp_path: Path) -> None:
    read = detect_rows(
        tmp_path / "undated.xlsx",
        [
            ["Performance report"],
            ["Ref", "Indicator", "Performance", "Target"],
            ["N1", "Calls answered (%)", "Q1: 85%\nQ2: 87%", 85],
            ["N2", "Claims processed", "Q1: 412\nQ2: 398", 400],
        ],
    )
    assert _doubted(read)[0] == "Scorecard!C3", read.review
    assert "'Q1'" in read.review[0].reason and "no year" in read.review[0].reason


def test_a_column_of_plain_figures_with_one_listed_cell_is_not_split(tmp_path: Path) -> None:
    read = detect_rows(
        tmp_path / "one.xlsx",
        [
            ["Performance Q2 2024/25"],
            ["Ref", "Indicator", "Performance", "Target"],
            ["F1", "Calls answered (%)", 85, 85],
            ["F2", "Claims processed", 412, 400],
            ["F3", "Missed bins", 15, 20],
            ["F4", "Repairs on time (%)", "Q1: 85%\nQ2: 87%", 90],
        ],
    )
    assert "read as columns" not in "\n".join(read.explain)
    assert _read(read)[("F1", "Q2 2024/25")][0] == 85.0


@pytest.mark.parametrize(
    ("file", "title", "target"),
    [
        ("Q2 2024-25 scorecard.xlsx", "Performance report", "Target"),  # the file's name
        ("scorecard.xlsx", "Performance report", "Target 2024/25"),  # the target's heading
        ("scorecard.xlsx", "Quarter 2 2024/25 performance", "Target"),  # a quarter's title
    ],
)
def test_the_year_is_taken_where_a_bare_quarter_heading_takes_it(
    tmp_path: Path, file: str, title: str, target: str
) -> None:
    read = detect_rows(
        tmp_path / file,
        [
            [title],
            ["Ref", "Indicator", "Performance", target, "RAG"],
            ["Y1", "Calls answered (%)", "Q1: 85%\nQ2: 87%", 85, "Green"],
            ["Y2", "Claims processed", "Q1: 412\nQ2: 398", 400, "Red"],
        ],
    )
    assert read.review == []
    got = _read(read)
    assert got[("Y1", "Q1 2024/25")] == (85.0, None, 85.0, None)
    assert got[("Y2", "Q2 2024/25")] == (398.0, None, 400.0, "red")


def test_marks_and_markers_on_the_lines_read_as_in_any_figure_cell(tmp_path: Path) -> None:
    read = detect_rows(
        tmp_path / "marked.xlsx",
        [
            ["Performance 2024/25"],
            ["Ref", "Indicator", "Performance", "Target"],
            ["E1", "Recycling rate (%)", "Q1: 55.2%\nQ2: ~54%\nQ3: 52% (est.)", 55],
            ["E2", "Fly-tipping incidents", "Q1: 52\nQ2: TBC", 50],
            ["E3", "Garden waste subscriptions", "n/a", None],
        ],
    )
    assert read.review == []
    got = _read(read)
    assert got[("E1", "Q2 2024/25")][0] == 54.0
    assert got[("E1", "Q3 2024/25")][0] == 52.0
    assert got[("E2", "Q2 2024/25")][:2] == (None, "TBC")
    assert not any(code == "E3" for code, _ in got)
    assert any(w.startswith("Scorecard!C5: 'n/a' lists no period") for w in read.warnings)
