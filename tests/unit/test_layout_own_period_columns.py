"""'Month' (or 'Quarter') alone over figures, beside 'YTD', on a sheet whose title names its
month: that month's own figures, the year to date running from April to it; where nothing
names the month the column is held for review."""

from __future__ import annotations

from pathlib import Path

from desktop.scorecard.model import ParsedScorecard
from tests.helpers.layout_sheets import detect_rows

HEADINGS = ["Ref", "Measure", "Month", "YTD", "Target", "RAG"]


def said(parsed: ParsedScorecard) -> str:
    return " ".join(item.line() for item in parsed.review)


def readings(parsed: ParsedScorecard) -> dict[str, list[tuple[str, object, object, object]]]:
    """Each indicator's (period, actual, target, rating) in the order read."""
    return {
        i.code or i.name: [(o.period.label, o.actual, o.target, o.rag) for o in i.observations]
        for i in parsed.indicators
    }


def _sheet(month: str | None, note: str | None = None) -> list[list[object]]:
    rows: list[list[object]] = []
    if month is not None:
        rows += [
            [f"Housing Services \u2013 Monthly Performance Report \u2013 {month} 2024"],
            [f"Year to date: 1 April 2024 to end of {month} 2024"],
        ]
    rows += [
        [],
        HEADINGS,
        ["HS01", "Cases prevented within 56 days (%)", 64.8, 60.1, 60, "G"],
        ["HM02", "Average days to re-let homes", 25.3, 28.8, 28, "A"],
        ["HS02", "Households in temporary accommodation", 240, None, "Data only", None],
    ]
    if note is not None:
        rows += [[], [note]]
    return rows


def test_month_and_ytd_are_the_titles_month_and_april_to_it(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "t.xlsx",
        _sheet("September", "RAG compares the YTD figure with the target."),
    )
    assert not parsed.review, said(parsed)
    got = readings(parsed)
    assert got["HS01"] == [("Sep 2024", 64.8, 60, None), ("H1 2024/25", 60.1, 60, "green")]
    assert got["HM02"] == [("Sep 2024", 25.3, 28, None), ("H1 2024/25", 28.8, 28, "amber")]
    assert got["HS02"] == [("Sep 2024", 240, None, None)]


def test_without_a_note_the_rating_stays_with_the_months_figure(tmp_path: Path) -> None:
    parsed = detect_rows(tmp_path / "t.xlsx", _sheet("September"))
    assert not parsed.review, said(parsed)
    assert readings(parsed)["HS01"] == [
        ("Sep 2024", 64.8, 60, "green"),
        ("H1 2024/25", 60.1, 60, None),
    ]


def test_in_april_the_year_to_date_is_the_month_read_once(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "t.xlsx", _sheet("April", "RAG compares the YTD figure with the target.")
    )
    assert not parsed.review, said(parsed)
    got = readings(parsed)
    assert got["HS01"] == [("Apr 2024", 64.8, 60, "green")]
    assert got["HS02"] == [("Apr 2024", 240, None, None)]


def test_with_no_month_named_the_month_column_is_held(tmp_path: Path) -> None:
    parsed = detect_rows(tmp_path / "t.xlsx", _sheet(None))
    assert any(r.cell == "C2" and "'Month'" in r.reason for r in parsed.review), said(parsed)


def test_a_month_column_of_months_stays_each_rows_period(tmp_path: Path) -> None:
    rows = [
        ["Monthly performance \u2013 September 2024"],
        [],
        ["Ref", "Measure", "Month", "Actual", "Target"],
        ["HS01", "Cases prevented within 56 days (%)", "Aug 2024", 63.1, 60],
        ["HS01", "Cases prevented within 56 days (%)", "Sep 2024", 64.8, 60],
    ]
    parsed = detect_rows(tmp_path / "t.xlsx", rows)
    assert not parsed.review, said(parsed)
    assert [p for p, *_ in readings(parsed)["HS01"]] == ["Aug 2024", "Sep 2024"]


def test_a_month_of_figures_beside_each_rows_period_is_not_the_titles_month(
    tmp_path: Path,
) -> None:
    rows = [
        ["Monthly performance \u2013 September 2024"],
        [],
        ["Ref", "Measure", "Period", "Month", "Cumulative"],
        ["HS01", "Homes let", "Aug 2024", 31.5, 180.5],
        ["HS01", "Homes let", "Sep 2024", 28.5, 209.5],
    ]
    parsed = detect_rows(tmp_path / "t.xlsx", rows)
    assert readings(parsed)["HS01"][0][:2] == ("Aug 2024", 31.5)
    month = next(line for line in parsed.explain if "'Month'" in line)
    assert "named in the title" not in month
