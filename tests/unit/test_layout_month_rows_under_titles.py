"""A table per measure under its title row, a month a row ('April' … 'March') and a column
per year ('2024/25' | '2023/24', or 'This year' | 'Last year' dated by the title): each
figure is the row's month in its column's year; a note saying such measures are cumulative
from 1 April makes each figure April to that month; a variance column is no figure."""

from __future__ import annotations

from pathlib import Path

from desktop.scorecard.model import ParsedScorecard
from tests.helpers.layout_sheets import detect_rows

MONTHS = ["April", "May", "June", "July", "August", "September", "October", "November",
          "December", "January", "February", "March"]  # fmt: skip


def _sheet(
    tmp_path: Path, heads: list[str], names: tuple[str, str], note: str | None = None
) -> ParsedScorecard:
    lines: list[list[object]] = [["Revenues performance report 2024/25"], []]
    for code, name in zip(("CT1", "NN1"), names, strict=True):
        lines.append([code, name])
        lines.append(heads)
        for k, month in enumerate(MONTHS):
            now = 10.0 * (k + 1) if k < 9 else None
            before = 9.0 * (k + 1)
            variance = None if now is None else now - before
            lines.append([month, now, before, 10.0 * (k + 1), variance, "G" if now else None])
        lines.append([])
    if note is not None:
        lines.append([note])
    return detect_rows(tmp_path / "collection.xlsx", lines)


def _read(parsed: ParsedScorecard, code: str) -> dict[str, tuple[float | None, float | None]]:
    indicator = next(i for i in parsed.indicators if i.code == code)
    return {o.period.label: (o.actual, o.target) for o in indicator.observations}


HEADS = ["Month end", "2024/25", "2023/24", "Profile 2024/25", "Variance to last year", "RAG"]


def test_each_row_is_its_month_in_each_columns_year(tmp_path: Path) -> None:
    parsed = _sheet(tmp_path, HEADS, ("Council tax collected (%)", "Business rates collected (%)"))
    assert not parsed.review, [r.line() for r in parsed.review]
    read = _read(parsed, "CT1")
    assert read["Jun 2024"] == (30.0, 30.0)  # the profile of 2024/25 is this year's target
    assert read["Jun 2023"] == (27.0, None)
    assert read["Mar 2024"] == (108.0, None)
    assert "Mar 2025" not in read  # not yet reported
    assert len(read) == 9 + 12
    # the variance to last year is arithmetic: no figure, and no comparator either
    indicator = next(i for i in parsed.indicators if i.code == "NN1")
    assert all(not o.comparators for o in indicator.observations)


def test_this_year_and_last_year_are_dated_by_the_title(tmp_path: Path) -> None:
    heads = ["Month", "This year", "Last year", "Profile", "Variance", "RAG"]
    parsed = _sheet(tmp_path, heads, ("Council tax collected (%)", "Business rates collected (%)"))
    read = _read(parsed, "NN1")
    assert read["Dec 2024"][0] == 90.0
    assert read["Dec 2023"][0] == 81.0
    assert read["Feb 2024"][0] == 99.0


def test_a_note_saying_cumulative_from_april_makes_spans(tmp_path: Path) -> None:
    parsed = _sheet(
        tmp_path,
        HEADS,
        ("Council tax collected (cumulative %)", "Business rates collected (cumulative %)"),
        "Collection rates are cumulative: collected from 1 April to the end of the month.",
    )
    assert not parsed.review, [r.line() for r in parsed.review]
    read = _read(parsed, "CT1")
    assert read["Apr 2024"] == (10.0, 10.0)
    assert read["Apr 2024–May 2024"] == (20.0, 20.0)
    assert read["Q1 2024/25"] == (30.0, 30.0)
    assert read["H1 2024/25"] == (60.0, 60.0)
    assert read["Apr 2024–Dec 2024"] == (90.0, 90.0)
    assert read["Apr 2023–Dec 2023"] == (81.0, None)
    assert read["2023/24"] == (108.0, None)  # March: the whole of last year


def test_a_cumulative_name_without_such_a_note_keeps_its_months(tmp_path: Path) -> None:
    parsed = _sheet(
        tmp_path,
        HEADS,
        ("Council tax collected (cumulative %)", "Business rates collected (cumulative %)"),
        "Figures for 1 April 2024 onwards are provisional.",  # a date, not where counting starts
    )
    read = _read(parsed, "CT1")
    assert read["Jun 2024"] == (30.0, 30.0)
    assert "Q1 2024/25" not in read


def test_a_name_saying_year_to_date_runs_from_april_in_each_year(tmp_path: Path) -> None:
    parsed = _sheet(
        tmp_path, HEADS, ("Council tax collected (year to date)", "Business rates collected")
    )
    assert "H1 2023/24" in _read(parsed, "CT1")
    assert "Sep 2023" in _read(parsed, "NN1")  # a name saying nothing: its months
