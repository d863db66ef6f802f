"""A row per indicator per year: the year in a column, quarters or months across with no year."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.scorecard.model import ParsedIndicator, ParsedScorecard, ScorecardError
from tests.helpers.layout_sheets import detect_rows, figures


def _named(parsed: ParsedScorecard, start: str) -> ParsedIndicator:
    return next(i for i in parsed.indicators if i.name.startswith(start))


def test_financial_year_after_the_name_with_quarters_spelt_out(tmp_path: Path) -> None:
    rows = [
        ["Housing performance trend"],
        ["Ref", "Measure", "Financial year", "Quarter 1", "Quarter 2", "Quarter 3", "Quarter 4",
         "Annual", "Target", "Status"],
        ["H1", "Rent collected (%)", "2022-23", 96.1, 97.0, 97.4, 98.2, 98.2, 97, None],
        [None, None, "FY2023/24", 95.8, 96.6, 97.9, None, None, 98, "Amber"],
        ["H2", "Empty homes brought back into use", "2022-23", 12, 9, 14, 11, 46, None, None],
        ["H2", "Empty homes brought back into use", "2023-24", 15, 10, None, None, None, None,
         "Green"],
    ]  # fmt: skip
    parsed = detect_rows(tmp_path / "s.xlsx", rows)
    assert parsed.review == []
    rent = _named(parsed, "Rent")
    assert rent.code == "H1"
    assert [(o.period.label, o.actual, o.target, o.rag) for o in rent.observations] == [
        ("Q1 2022/23", 96.1, 97, None), ("Q2 2022/23", 97.0, 97, None),
        ("Q3 2022/23", 97.4, 97, None), ("Q4 2022/23", 98.2, 97, None),
        ("2022/23", 98.2, 97, None),
        ("Q1 2023/24", 95.8, 98, None), ("Q2 2023/24", 96.6, 98, None),
        ("Q3 2023/24", 97.9, 98, "amber"),
    ]  # fmt: skip
    homes = _named(parsed, "Empty homes")
    assert figures(parsed)[homes.name][-2:] == [("Q1 2023/24", 15), ("Q2 2023/24", 10)]
    assert homes.observations[-1].rag == "green"
    # the figure's cell is the file's, not the copy's
    assert rent.observations[5].cell == "D4"
    assert any("dated with the headings across" in line for line in parsed.explain)


def test_months_across_a_period_column_of_financial_years(tmp_path: Path) -> None:
    months = ["Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar"]
    rows = [
        ["Indicator", "Period", *months, "Outturn"],
        ["Missed bins per 100,000", "2023/24", *range(40, 52), 45.5],
        [None, "2024/25", 38, 36, 41, *([None] * 9), None],
    ]
    parsed = detect_rows(tmp_path / "s.xlsx", rows)
    assert parsed.review == []
    got = figures(parsed)["Missed bins per 100,000"]
    assert got[0] == ("Apr 2023", 40)
    assert got[9] == ("Jan 2024", 49)
    assert got[12] == ("2023/24", 45.5)
    assert got[13:] == [("Apr 2024", 38), ("May 2024", 36), ("Jun 2024", 41)]


def test_calendar_years_beside_months(tmp_path: Path) -> None:
    rows = [
        ["Code", "Indicator", "Jan", "Feb", "Mar", "Year", "Target"],
        ["A1", "Calls answered (%)", 91, 88, 90, 2023, 90],
        ["A1", "Calls answered (%)", 93, 94, None, 2024, 92],
        ["A2", "Web chats answered (%)", 80, 82, 85, 2024, 85],
    ]
    parsed = detect_rows(tmp_path / "s.xlsx", rows)
    assert parsed.review == []
    calls = _named(parsed, "Calls")
    assert [(o.period.label, o.actual, o.target) for o in calls.observations] == [
        ("Jan 2023", 91, 90), ("Feb 2023", 88, 90), ("Mar 2023", 90, 90),
        ("Jan 2024", 93, 92), ("Feb 2024", 94, 92),
    ]  # fmt: skip


def test_a_quarter_beside_a_calendar_year_is_asked_unless_the_heading_says_so(
    tmp_path: Path,
) -> None:
    rows = [
        ["Code", "Indicator", "Year", "Q1", "Q2"],
        ["A1", "Calls answered (%)", 2023, 91, 88],
        [None, None, 2024, 93, 94],
    ]
    with pytest.raises(ScorecardError, match=r"Scorecard!D2: 'Q1' on a row of 2023: "):
        detect_rows(tmp_path / "s.xlsx", rows)
    rows[0][2] = "Calendar year"
    parsed = detect_rows(tmp_path / "t.xlsx", rows)
    assert parsed.review == []
    assert figures(parsed)["Calls answered (%)"][:2] == [("Q4 2022/23", 91), ("Q1 2023/24", 88)]
    first = parsed.indicators[0].observations[0].period
    assert (first.start.month, first.end.month) == (1, 3)


def test_a_year_that_cannot_be_read_is_held_for_review_naming_its_cell(tmp_path: Path) -> None:
    rows = [
        ["Code", "Indicator", "Year", "Q1", "Q2", "Q3", "Q4", "Full year"],
        ["P1", "Appeals allowed (%)", "2022/23", 33.3, 20.0, 40.0, 25.0, 29.4],
        [None, None, "2023/24", 16.7, 50.0, 28.6, 33.3, 31.8],
        [None, None, "Current", 20.0, 42.9, None, None, None],
    ]
    parsed = detect_rows(tmp_path / "s.xlsx", rows)
    assert [r.cell for r in parsed.review] == ["C4"]
    assert "'Current' names no year" in parsed.review[0].line()
    # the rows that say their year are read all the same
    assert figures(parsed)["Appeals allowed (%)"][5] == ("Q1 2023/24", 16.7)


def test_a_field_after_each_quarter_with_the_rating_on_the_latest(tmp_path: Path) -> None:
    rows = [
        ["KPI", "Year", "Q1 Actual", "Q1 Target", "Q2 Actual", "Q2 Target", "RAG"],
        ["Sickness days per FTE", "2023/24", 2.1, 2.0, 4.0, 4.0, None],
        [None, "2024/25", 1.9, 2.0, 4.2, 3.9, "Red"],
    ]
    parsed = detect_rows(tmp_path / "s.xlsx", rows)
    assert parsed.review == []
    got = [(o.period.label, o.actual, o.target, o.rag) for o in parsed.indicators[0].observations]
    assert got == [
        ("Q1 2023/24", 2.1, 2.0, None), ("Q2 2023/24", 4.0, 4.0, None),
        ("Q1 2024/25", 1.9, 2.0, None), ("Q2 2024/25", 4.2, 3.9, "red"),
    ]  # fmt: skip


def test_a_blank_name_under_another_indicators_code_is_not_filled(tmp_path: Path) -> None:
    rows = [
        ["Code", "Indicator", "Year", "Q1", "Q2"],
        ["C1", "Library visits", "2023/24", 100, 120],
        ["C2", None, "2023/24", 5, 6],
    ]
    parsed = detect_rows(tmp_path / "s.xlsx", rows)
    names = {(i.code, i.name) for i in parsed.indicators}
    assert ("C1", "Library visits") in names
    assert ("C2", "Library visits") not in names


def test_quarters_with_a_title_year_and_no_year_column_are_read_as_before(
    tmp_path: Path,
) -> None:
    rows = [
        ["Scorecard 2024/25"],
        ["Code", "Indicator", "Q1", "Q2", "Target"],
        ["C1", "Library visits", 100, 120, 110],
        ["C2", "Museum visits", 50, 60, 55],
    ]
    parsed = detect_rows(tmp_path / "s.xlsx", rows)
    assert parsed.review == []
    assert figures(parsed)["Library visits"] == [("Q1 2024/25", 100), ("Q2 2024/25", 120)]
    assert not any("dated with the headings across" in line for line in parsed.explain)


def test_months_of_an_academic_year_run_from_september(tmp_path: Path) -> None:
    rows = [
        ["School", "Measure", "Academic year", "Sep", "Jan", "Jun"],
        ["S1", "Attendance (%)", "2022/23", 95.1, 94.2, 93.0],
        [None, None, "2023/24", 95.5, 94.0, 92.8],
    ]
    parsed = detect_rows(tmp_path / "s.xlsx", rows)
    assert parsed.review == []
    assert figures(parsed)["Attendance (%)"] == [
        ("Sep 2022", 95.1), ("Jan 2023", 94.2), ("Jun 2023", 93.0),
        ("Sep 2023", 95.5), ("Jan 2024", 94.0), ("Jun 2024", 92.8),
    ]  # fmt: skip


def test_terms_across_are_the_terms_of_each_rows_school_year(tmp_path: Path) -> None:
    rows = [
        ["Measure", "Year", "Autumn term", "Spring term", "Summer term"],
        ["Pupil absence (%)", "2022/23", 5.1, 6.2, 7.0],
        [None, "2023/24", 5.5, 4.0, 2.8],
    ]
    parsed = detect_rows(tmp_path / "s.xlsx", rows)
    assert parsed.review == []
    spans = [(o.period.start.isoformat(), o.actual) for o in parsed.indicators[0].observations]
    assert spans == [
        ("2022-09-01", 5.1), ("2023-01-01", 6.2), ("2023-04-01", 7.0),
        ("2023-09-01", 5.5), ("2024-01-01", 4.0), ("2024-04-01", 2.8),
    ]  # fmt: skip


def test_a_year_that_dates_no_figure_is_not_the_year_of_the_quarters(tmp_path: Path) -> None:
    rows = [
        ["Scorecard 2024/25"],
        ["Code", "Indicator", "Year introduced", "Q1", "Q2"],
        ["C1", "Library visits", "2019/20", 100, 120],
        ["C2", "Museum visits", "2021/22", 50, 60],
    ]
    parsed = detect_rows(tmp_path / "s.xlsx", rows)
    labels = {label for got in figures(parsed).values() for label, _ in got}
    assert not labels & {"Q1 2019/20", "Q2 2019/20", "Q1 2021/22"}
    assert not any("dated with the headings across" in line for line in parsed.explain)


def test_months_coming_round_again_beside_a_calendar_year_are_asked(tmp_path: Path) -> None:
    rows = [
        ["Code", "Indicator", "Year", "Apr", "Dec", "Jan", "Mar"],
        ["A1", "Calls answered (%)", 2023, 91, 88, 90, 89],
        ["A2", "Web chats answered (%)", "2023/24", 80, 82, 85, 84],
    ]
    parsed = detect_rows(tmp_path / "s.xlsx", rows)
    assert [r.cell for r in parsed.review] == ["D2"]
    assert figures(parsed)["Web chats answered (%)"][2:] == [("Jan 2024", 85), ("Mar 2024", 84)]


def test_a_blank_spacer_row_does_not_end_an_indicators_years(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Indicator", "Year", "Q1", "Q2"],
        ["R1", "Streets clean (%)", "2022/23", 91, 92],
        [None, None, "2023/24", 93, 94],
        [None, None, None, None, None],
        [None, None, "2024/25", 95, None],
    ]
    parsed = detect_rows(tmp_path / "s.xlsx", rows)
    assert parsed.review == []
    assert figures(parsed)["Streets clean (%)"][-1] == ("Q1 2024/25", 95)


def test_figures_under_no_indicator_are_held_for_review(tmp_path: Path) -> None:
    rows = [
        ["Ref", "Indicator", "Year", "Q1", "Q2"],
        ["Environment", None, None, None, None],
        [None, None, "2023/24", 93, 94],
        ["R2", "Fly-tips removed in 2 days (%)", "2023/24", 88, 90],
    ]
    parsed = detect_rows(tmp_path / "s.xlsx", rows)
    assert [r.cell for r in parsed.review] == ["A3"]
    assert figures(parsed)["Fly-tips removed in 2 days (%)"] == [
        ("Q1 2023/24", 88), ("Q2 2023/24", 90),
    ]  # fmt: skip


def test_finance_periods_across_are_months_of_each_rows_financial_year(tmp_path: Path) -> None:
    rows = [
        ["Budget monitoring by period"],
        ["Code", "Indicator", "Year", *(f"P{n}" for n in range(1, 13))],
        ["F1", "Invoices paid in 30 days (%)", "2023/24", *range(80, 92)],
        [None, None, "2024-25", 91, 92, 93, *([None] * 9)],
    ]
    parsed = detect_rows(tmp_path / "p.xlsx", rows)
    assert parsed.review == []
    got = figures(parsed)["Invoices paid in 30 days (%)"]
    assert got[0] == ("Apr 2023", 80)
    assert got[8:10] == [("Dec 2023", 88), ("Jan 2024", 89)]
    assert got[11] == ("Mar 2024", 91)
    assert got[12:] == [("Apr 2024", 91), ("May 2024", 92), ("Jun 2024", 93)]
    assert parsed.indicators[0].observations[12].cell == "D4"


def test_finance_periods_spelt_out_with_the_years_outturn(tmp_path: Path) -> None:
    for name, word in (("period", "Period "), ("month", "Month "), ("pd", "Pd ")):
        rows = [
            ["Ref", "Measure", "Financial year", *(f"{word}{n}" for n in range(1, 7)), "Outturn"],
            ["R1", "Council tax collected (%)", "FY2023/24", 9.8, 19.1, 28.7, 38.0, 47.2, 56.5,
             96.1],
            ["R1", "Council tax collected (%)", "FY2024/25", 10.2, 19.8, 29.1, 38.6, 47.9, 57.0,
             96.4],
        ]  # fmt: skip
        parsed = detect_rows(tmp_path / f"{name}.xlsx", rows)
        assert parsed.review == [], name
        assert figures(parsed)["Council tax collected (%)"][7:] == [
            ("Apr 2024", 10.2), ("May 2024", 19.8), ("Jun 2024", 29.1),
            ("Jul 2024", 38.6), ("Aug 2024", 47.9), ("Sep 2024", 57.0), ("2024/25", 96.4),
        ], name  # fmt: skip


def test_finance_periods_beside_a_calendar_year_are_asked(tmp_path: Path) -> None:
    rows = [
        ["Code", "Indicator", "Year", "P1", "P2", "P3"],
        ["A1", "Calls answered (%)", 2023, 91, 88, 90],
        [None, None, 2024, 93, 94, 95],
    ]
    with pytest.raises(ScorecardError, match=r"Scorecard!D2: 'P1' on a row of 2023: "):
        detect_rows(tmp_path / "c.xlsx", rows)


def test_period_numbers_out_of_a_run_are_no_months(tmp_path: Path) -> None:
    # 'P1', 'P3', 'P7': priorities or codes; a 'P13' counts four-week periods
    for name, numbers in (("gaps", (1, 3, 7)), ("thirteen", tuple(range(1, 14)))):
        rows = [
            ["Code", "Indicator", "Year", *(f"P{n}" for n in numbers)],
            ["A1", "Calls answered (%)", "2023/24", *range(80, 80 + len(numbers))],
            [None, None, "2024/25", *range(90, 90 + len(numbers))],
        ]
        try:
            parsed = detect_rows(tmp_path / f"{name}.xlsx", rows)
        except ScorecardError:
            continue  # refused: no reading at all
        labels = [o.period.label for i in parsed.indicators for o in i.observations]
        assert not any(label.startswith(("Apr", "May", "Oct")) for label in labels), name
