"""A 'Frequency' column beside a grid of months says what each row's figures cover: a
quarterly row's figure in a quarter's last month is that quarter's, an annual row's figure is
the year's; a figure the frequency cannot place is asked about at its cell. A rating named
for the period's end ('Year-end RAG') is a rating, never a column of periods."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from desktop.scorecard.layout.header import classify
from desktop.scorecard.model import ParsedScorecard
from tests.helpers.layout_sheets import detect_rows

FINANCIAL = [dt.datetime(2024 + (m < 4), m, 1) for m in (4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3)]
CALENDAR = [dt.datetime(2024, m, 1) for m in range(1, 13)]
WORDS = {"month": "Monthly", "quarter": "Quarterly", "year": "Annual", "half": "Half-yearly"}
LETTERS = {"month": "M", "quarter": "Q", "year": "A", "half": "H"}
MONTHLY = [81.0, 79.4, 76.8, 81.0, 83.5, 80.2, 78.9, 77.1, 72.4, 74.8, 79.6, 81.3]


def _grid(
    tmp_path: Path,
    rows: list[tuple[str, str, str, dict[int, object]]],
    *,
    heading: str = "Frequency",
    months: list[dt.datetime] | list[str] = FINANCIAL,
    rag: str | None = None,
) -> ParsedScorecard:
    """A month grid: Ref, Measure, the frequency column, Target, a column per month (and a
    rating column headed ``rag``), a row per (code, name, frequency, {month index: cell})."""
    head: list[object] = ["Ref", "Measure", heading, "Target", *months]
    if rag is not None:
        head.append(rag)
    lines: list[list[object]] = [["Corporate performance grid"], [], head]
    for code, name, said, cells in rows:
        line: list[object] = [code, name, said, 50, *[cells.get(m) for m in range(len(months))]]
        if rag is not None:
            line.append("G")
        lines.append(line)
    return detect_rows(tmp_path / "grid.xlsx", lines)


def _read(parsed: ParsedScorecard, code: str) -> list[tuple[str, float | None, str | None]]:
    indicator = next(i for i in parsed.indicators if i.code == code)
    return sorted((o.period.label, o.actual, o.actual_text) for o in indicator.observations)


def _rows(said: dict[str, str]) -> list[tuple[str, str, str, dict[int, object]]]:
    return [
        ("M1", "Calls answered within 60 seconds (%)", said["month"], dict(enumerate(MONTHLY))),
        ("Q1", "Planning applications on time (%)", said["quarter"],
         {2: 75.0, 5: 66.7, 8: 80.0, 11: 71.4}),
        ("A1", "Council tax collected in year (%)", said["year"], {11: 96.1}),
        ("A2", "Residents satisfied with their area (%)", said["year"], {7: 71.0}),
        ("H1", "Staff turnover (%)", said["half"], {5: 6.1, 11: 5.4}),
    ]  # fmt: skip


@pytest.mark.parametrize("said", [WORDS, LETTERS], ids=["words", "letters"])
@pytest.mark.parametrize(
    "heading", ["Frequency", "Freq", "Reporting frequency", "How often", "Freq."]
)
def test_a_rows_frequency_says_what_its_figures_in_the_months_cover(
    tmp_path: Path, heading: str, said: dict[str, str]
) -> None:
    parsed = _grid(tmp_path, _rows(said), heading=heading)
    assert not parsed.review
    assert _read(parsed, "Q1") == [
        ("Q1 2024/25", 75.0, None),
        ("Q2 2024/25", 66.7, None),
        ("Q3 2024/25", 80.0, None),
        ("Q4 2024/25", 71.4, None),
    ]
    assert _read(parsed, "A1") == [("2024/25", 96.1, None)]
    assert _read(parsed, "A2") == [("2024/25", 71.0, None)]  # entered in November: the year's
    assert _read(parsed, "H1") == [("H1 2024/25", 6.1, None), ("H2 2024/25", 5.4, None)]
    monthly = _read(parsed, "M1")
    assert len(monthly) == 12 and ("Apr 2024", 81.0, None) in monthly


@pytest.mark.parametrize("months", [FINANCIAL, [d.strftime("%b-%y") for d in FINANCIAL]])
def test_months_typed_as_text_are_read_alike(tmp_path: Path, months: list[str]) -> None:
    parsed = _grid(tmp_path, _rows(WORDS), months=months)
    assert _read(parsed, "Q1")[0] == ("Q1 2024/25", 75.0, None)
    assert _read(parsed, "A1") == [("2024/25", 96.1, None)]


def test_an_annual_figure_in_a_calendar_grid_is_the_calendar_years(tmp_path: Path) -> None:
    rows = [
        ("A1", "Council tax collected (%)", "Annual", {11: 96.1}),
        ("Q1", "Planning applications on time (%)", "Quarterly", {2: 75.0, 5: 66.7}),
    ]
    parsed = _grid(tmp_path, rows, months=CALENDAR)
    assert not parsed.review
    assert _read(parsed, "A1") == [("2024", 96.1, None)]
    assert _read(parsed, "Q1") == [("Q1 2024/25", 66.7, None), ("Q4 2023/24", 75.0, None)]


def test_a_word_in_a_quarters_last_month_is_the_quarters(tmp_path: Path) -> None:
    rows = [("Q1", "Reviews completed on time (%)", "Quarterly", {2: 68.2, 5: 71.5, 11: "tbc"})]
    parsed = _grid(tmp_path, rows)
    assert ("Q4 2024/25", None, "tbc") in _read(parsed, "Q1")


@pytest.mark.parametrize(
    ("said", "due", "month"),
    [("Quarterly", 2, 7), ("Q", 5, 1), ("Half-yearly", 5, 6), ("H", 11, 8)],
)
def test_a_figure_in_a_month_that_ends_no_period_of_its_row_is_asked_about(
    tmp_path: Path, said: str, due: int, month: int
) -> None:
    rows = [("Q1", "Planning applications on time (%)", said, {due: 75.0, month: 66.7})]
    parsed = _grid(tmp_path, rows)
    assert [r.cell for r in parsed.review] == [f"{'EFGHIJKLMNOP'[month]}4"]


@pytest.mark.parametrize(
    "name",
    ["Pupils reaching the expected standard at Key Stage 2 (%)", "KS2 reading, writing and maths",
     "GCSE English and maths grade 4+ (%)", "Schools judged good or better (%)"],
)  # fmt: skip
def test_an_annual_school_measure_in_a_financial_grid_is_asked_about(
    tmp_path: Path, name: str
) -> None:
    rows = [("S1", name, "Annual", {5: 59.0}), ("A1", "Council tax collected (%)", "A", {11: 96.1})]
    parsed = _grid(tmp_path, rows)
    assert [r.cell for r in parsed.review] == ["J4"]
    assert _read(parsed, "A1") == [("2024/25", 96.1, None)]


@pytest.mark.parametrize("said", ["Biennial", "Ad hoc", "Termly"])
def test_a_frequency_not_understood_is_asked_about_at_its_cell(tmp_path: Path, said: str) -> None:
    rows = [("B1", "Residents' survey satisfaction (%)", said, {3: "n/a", 11: 71.0})]
    parsed = _grid(tmp_path, rows)
    assert [r.cell for r in parsed.review] == ["C4"]


def test_two_figures_for_one_year_in_an_annual_row_are_asked_about(tmp_path: Path) -> None:
    rows = [("A1", "Council tax collected (%)", "Annual", {5: 58.0, 11: 96.1})]
    parsed = _grid(tmp_path, rows)
    assert [r.cell for r in parsed.review] == ["P4"]


def test_a_grid_with_no_frequency_column_keeps_its_months(tmp_path: Path) -> None:
    rows = [("Q1", "Planning applications on time (%)", "Planning", {2: 75.0, 5: 66.7})]
    parsed = _grid(tmp_path, rows, heading="Service")
    assert _read(parsed, "Q1") == [("Jun 2024", 75.0, None), ("Sep 2024", 66.7, None)]


@pytest.mark.parametrize(
    "heading",
    ["Year-end RAG", "Year end status", "End of year RAG", "Year-end rating", "Quarter end RAG",
     "Month-end status", "Full year RAG"],
)  # fmt: skip
def test_a_rating_named_for_the_periods_end_is_a_rating(heading: str) -> None:
    column = classify(heading)
    assert (column.field, column.period) == ("rag", None)


@pytest.mark.parametrize("heading", ["Year-end RAG", "End of year status"])
def test_a_year_end_rating_rates_each_rows_latest_figure(tmp_path: Path, heading: str) -> None:
    parsed = _grid(tmp_path, _rows(WORDS), rag=heading)
    assert not parsed.review
    for indicator in parsed.indicators:
        latest = max(indicator.observations, key=lambda o: o.period.end)
        assert latest.rag == "green"
        assert all(o.rag is None for o in indicator.observations if o is not latest)


@pytest.mark.parametrize("heading", ["Year end", "Year End 2023/24", "Forecast year-end RAG"])
def test_other_year_end_headings_keep_their_reading(heading: str) -> None:
    assert classify(heading).field != "rag"


# -- a grid of quarters ---------------------------------------------------------------------

QUARTERS = ["Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25"]
QUARTER_WORDINGS = {
    "plain": QUARTERS,
    "short": ["Q1 24/25", "Q2 24/25", "Q3 24/25", "Q4 24/25"],
    "months": ["Apr-Jun 2024", "Jul-Sep 2024", "Oct-Dec 2024", "Jan-Mar 2025"],
}


@pytest.mark.parametrize("quarters", QUARTER_WORDINGS.values(), ids=QUARTER_WORDINGS.keys())
@pytest.mark.parametrize(
    ("heading", "annual", "half"),
    [("Frequency", "Annual", "Half-yearly"), ("Freq.", "A", "H"),
     ("How often", "Annually", "Six monthly"), ("Reporting frequency", "Yearly", "Twice yearly")],
)  # fmt: skip
def test_an_annual_rows_figure_in_the_last_quarter_is_the_years(
    tmp_path: Path, quarters: list[str], heading: str, annual: str, half: str
) -> None:
    rows = [
        ("Q1", "Planning applications on time (%)", "Quarterly", dict(enumerate([75.0, 66.7, 80.0, 71.4]))),
        ("A1", "Council tax collected in year (%)", annual, {0: "n/a", 1: "n/a", 2: "n/a", 3: 96.1}),
        ("A2", "Empty homes brought back into use", annual, {3: 41}),
        ("H1", "Staff turnover (%)", half, {1: 6.1, 3: 5.4}),
        ("N1", "Contact centre satisfaction (%)", "Quarterly", {3: 87.0}),
    ]  # fmt: skip
    parsed = _grid(tmp_path, rows, heading=heading, months=quarters)
    assert not parsed.review
    assert _read(parsed, "Q1") == [
        (q, v, None) for q, v in zip(QUARTERS, [75.0, 66.7, 80.0, 71.4], strict=True)
    ]
    assert _read(parsed, "A1") == [
        ("2024/25", 96.1, None),
        *((q, None, "n/a") for q in QUARTERS[:3]),
    ]
    assert _read(parsed, "A2") == [("2024/25", 41.0, None)]
    assert _read(parsed, "H1") == [("H1 2024/25", 6.1, None), ("H2 2024/25", 5.4, None)]
    assert _read(parsed, "N1") == [("Q4 2024/25", 87.0, None)]  # a new quarterly measure


@pytest.mark.parametrize(
    ("said", "figures", "asked"),
    [("Annual", {1: 61.0}, ["F4"]), ("A", {2: 58.0, 3: 61.0}, ["G4"]),
     ("Annually", {0: 12.0, 1: 15.0}, ["E4"]), ("Half-yearly", {1: 6.1, 2: 5.4}, ["G4"]),
     ("H", {0: 6.1}, ["E4"])],
)  # fmt: skip
def test_a_figure_in_a_quarter_its_frequency_does_not_end_is_asked_about(
    tmp_path: Path, said: str, figures: dict[int, object], asked: list[str]
) -> None:
    rows = [
        ("B1", "Residents satisfied with their area (%)", said, figures),
        ("Q1", "Missed bin collections", "Quarterly", {0: 58, 1: 49}),
    ]
    parsed = _grid(tmp_path, rows, months=QUARTERS)
    assert [r.cell for r in parsed.review] == asked


def test_an_annual_school_measure_in_a_grid_of_quarters_is_asked_about(tmp_path: Path) -> None:
    rows = [
        ("S1", "Pupils reaching the expected standard at Key Stage 2 (%)", "Annual", {3: 59.0}),
        ("A1", "Council tax collected (%)", "Annual", {3: 96.1}),
    ]
    parsed = _grid(tmp_path, rows, months=QUARTERS)
    assert [r.cell for r in parsed.review] == ["H4"]
    assert _read(parsed, "A1") == [("2024/25", 96.1, None)]


@pytest.mark.parametrize(("outturn", "asked"), [(96.1, []), (95.0, ["H4"])])
def test_an_annual_rows_q4_beside_the_years_own_column_is_read_once(
    tmp_path: Path, outturn: float, asked: list[str]
) -> None:
    rows = [("A1", "Council tax collected (%)", "Annual", {3: 96.1, 4: outturn})]
    parsed = _grid(tmp_path, rows, months=[*QUARTERS, "2024/25 outturn"])
    assert [r.cell for r in parsed.review] == asked
    assert _read(parsed, "A1") == [("2024/25", outturn, None)]


def test_a_frequency_not_understood_in_a_grid_of_quarters_is_asked_about(tmp_path: Path) -> None:
    rows = [("B1", "Residents' survey satisfaction (%)", "Biennial", {3: 71.0})]
    parsed = _grid(tmp_path, rows, months=QUARTERS)
    assert [r.cell for r in parsed.review] == ["C4"]
