"""An indicator on a row per year, the year written at the end of its name, quarters across."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from db.models import IndicatorRow, ObservationRow, PeriodRow
from db.store import Store
from desktop.scorecard.importer import import_file
from desktop.scorecard.layout.name_years import named_year
from desktop.scorecard.model import ParsedIndicator, ParsedScorecard
from tests.helpers.layout_sheets import detect_rows, figures

HEAD = ["Code", "Performance indicator", "Q1", "Q2", "Q3", "Q4", "Target", "RAG"]


def _named(parsed: ParsedScorecard, start: str) -> ParsedIndicator:
    return next(i for i in parsed.indicators if i.name.startswith(start))


@pytest.mark.parametrize(
    ("name", "stem", "year"),
    [
        ("Council tax collected (%) \u2013 2023/24", "Council tax collected (%)", "2023/24"),
        ("Council tax collected (%) (2023-24)", "Council tax collected (%)", "2023/24"),
        ("Visits to leisure centres - 23/24", "Visits to leisure centres", "2023/24"),
        ("Visits to leisure centres 2024/2025", "Visits to leisure centres", "2024/25"),
        ("Calls answered [2024]", "Calls answered", "2024"),
        ("Calls answered: 2024", "Calls answered", "2024"),
        ("Pupils attending (AY 2023/24)", "Pupils attending", "2023/24 (AY)"),
        ("Invoices paid in 30 days \u2013 FY24", "Invoices paid in 30 days", "2023/24"),
        ("Homes built since 2011 (2024/25)", "Homes built since 2011", "2024/25"),
    ],
)
def test_the_ways_a_year_is_written_at_the_end_of_a_name(name: str, stem: str, year: str) -> None:
    found = named_year(name)
    assert found is not None
    assert (found.stem, found.year.label) == (stem, year)


@pytest.mark.parametrize(
    "name",
    [
        "Homes built since 2011",
        "Net zero by 2030",
        "Reduction in CO2 emissions since 2019/20",
        "% change in fleet fuel use on 2023/24",
        "Affordable homes delivered (2023/25)",
        "Indicator 12",
        "NI 192",
        "Rent collected (%)",
    ],
)
def test_a_name_that_merely_contains_a_year_ends_in_no_year_of_its_own(name: str) -> None:
    assert named_year(name) is None


def test_each_row_is_read_in_the_year_its_name_ends_with(tmp_path: Path) -> None:
    rows = [
        ["Quarterly Performance Monitoring \u2013 Quarter 3 2024/25"],
        HEAD,
        ["RES 01", "Council tax collected (%) \u2013 2023/24", 29.1, 56.9, 84.3, 97.2],
        ["RES 01", "Council tax collected (%) \u2013 2024/25", 28.7, 56.2, 83.5, None, 97, "A"],
        ["PLA 02", "Minor applications in 8 weeks (%) (2023-24)", 71.2, 74.0, 78.5, 80.3],
        ["PLA 02", "Minor applications in 8 weeks (%) (2024-25)", 82.6, 84.1, None, None, 85,
         "Red"],
        ["HSG 01", "Homelessness prevented (%) - 24/25", 58.3, 61.7, 64.0, None, 60, "G"],
    ]  # fmt: skip
    parsed = detect_rows(tmp_path / "s.xlsx", rows)
    assert parsed.review == []
    tax = _named(parsed, "Council tax")
    assert (tax.code, tax.name) == ("RES 01", "Council tax collected (%)")
    assert [(o.period.label, o.actual, o.target, o.rag) for o in tax.observations] == [
        ("Q1 2023/24", 29.1, None, None), ("Q2 2023/24", 56.9, None, None),
        ("Q3 2023/24", 84.3, None, None), ("Q4 2023/24", 97.2, None, None),
        ("Q1 2024/25", 28.7, 97, None), ("Q2 2024/25", 56.2, 97, None),
        ("Q3 2024/25", 83.5, 97, "amber"),
    ]  # fmt: skip
    minor = _named(parsed, "Minor applications")
    assert minor.name == "Minor applications in 8 weeks (%)"
    assert figures(parsed)[minor.name][-2:] == [("Q1 2024/25", 82.6), ("Q2 2024/25", 84.1)]
    assert minor.observations[-1].rag == "red"
    # a new indicator with only this year's row: read in its year, the name without it
    assert figures(parsed)["Homelessness prevented (%)"][0] == ("Q1 2024/25", 58.3)
    # the figure's cell is the file's
    assert tax.observations[4].cell == "C4"
    assert any("at the end of each name in 'Performance indicator'" in e for e in parsed.explain)


def test_rows_with_no_code_are_one_indicator_by_their_name_without_the_year(
    tmp_path: Path,
) -> None:
    rows = [
        ["Indicator", "Apr", "May", "Jun", "Target"],
        ["Missed bins per 100,000 \u2013 2023/24", 61, 74, 88],
        ["Missed bins per 100,000 \u2013 2024/25", 58, 52, None, 60],
        ["Fly-tipping incidents \u2013 2023/24", 287, 312, 264],
        ["Fly-tipping incidents \u2013 2024/25", 301, 336, 279],
    ]
    parsed = detect_rows(tmp_path / "s.xlsx", rows)
    assert parsed.review == []
    assert figures(parsed)["Missed bins per 100,000"] == [
        ("Apr 2023", 61), ("May 2023", 74), ("Jun 2023", 88), ("Apr 2024", 58), ("May 2024", 52),
    ]  # fmt: skip
    assert figures(parsed)["Fly-tipping incidents"][3] == ("Apr 2024", 301)


def test_names_that_merely_contain_a_year_are_read_as_before(tmp_path: Path) -> None:
    rows = [
        ["Performance report \u2013 Quarter 2 2024/25"],
        HEAD,
        ["H1", "Homes built since 2011", 4120, 4188],
        ["C1", "Council emissions cut on the way to net zero by 2030 (%)", 41.0, 43.5, None,
         None, 45, "Amber"],
    ]  # fmt: skip
    parsed = detect_rows(tmp_path / "s.xlsx", rows)
    assert parsed.review == []
    assert figures(parsed)["Homes built since 2011"] == [("Q1 2024/25", 4120), ("Q2 2024/25", 4188)]
    assert "Council emissions cut on the way to net zero by 2030 (%)" in figures(parsed)


def test_one_year_written_in_names_that_each_name_once_is_no_row_per_year(
    tmp_path: Path,
) -> None:
    # every name ends in the same year: the table's year, each indicator once; read as before
    rows = [
        ["Performance report \u2013 Quarter 2 2024/25"],
        HEAD,
        ["R1", "Council tax collected (%) \u2013 2024/25", 28.7, 56.2],
        ["R2", "Business rates collected (%) \u2013 2024/25", 30.2, 57.9],
    ]
    parsed = detect_rows(tmp_path / "s.xlsx", rows)
    assert parsed.review == []
    assert figures(parsed)["Council tax collected (%) \u2013 2024/25"] == [
        ("Q1 2024/25", 28.7), ("Q2 2024/25", 56.2),
    ]  # fmt: skip


def test_a_row_with_no_year_among_rows_of_years_is_held_naming_its_name(
    tmp_path: Path,
) -> None:
    rows = [
        HEAD,
        ["RES 01", "Council tax collected (%) \u2013 2023/24", 29.1, 56.9, 84.3, 97.2],
        ["RES 01", "Council tax collected (%) \u2013 2024/25", 28.7, 56.2, None, None, 97, "A"],
        ["RES 02", "Business rates collected (%)", 30.2, 57.9, None, None, 98, "G"],
    ]
    parsed = detect_rows(tmp_path / "s.xlsx", rows)
    assert [r.cell for r in parsed.review] == ["B4"]
    assert "'Business rates collected (%)' ends in no year" in parsed.review[0].line()
    # the rows that name their year are read all the same
    assert figures(parsed)["Council tax collected (%)"][4] == ("Q1 2024/25", 28.7)


def test_one_code_under_names_that_differ_by_more_than_the_year_is_held(
    tmp_path: Path,
) -> None:
    rows = [
        HEAD,
        ["RES 01", "Council tax collected (%) \u2013 2023/24", 29.1, 56.9, 84.3, 97.2],
        ["RES 01", "Council tax collected (%) \u2013 2024/25", 28.7, 56.2, None, None, 97, "A"],
        ["RES 02", "Business rates collected (%) \u2013 2023/24", 31.4, 58.8, 85.9, 98.1],
        ["RES 02", "Business rates collected in year (%) \u2013 2024/25", 30.2, 57.9],
    ]
    parsed = detect_rows(tmp_path / "s.xlsx", rows)
    assert [r.cell for r in parsed.review] == ["B5"]
    assert "differ by more than the year" in parsed.review[0].line()
    assert "B4" in parsed.review[0].line()


def test_a_fiscal_code_at_the_end_of_names_is_read_by_the_note_that_says_which_year(
    tmp_path: Path,
) -> None:
    rows = [
        HEAD,
        ["F1", "Invoices paid in 30 days (%) \u2013 FY24", 92.3, 93.8, 94.1, 95.0],
        ["F1", "Invoices paid in 30 days (%) \u2013 FY25", 95.6, 96.2, None, None, 96, "A"],
    ]
    held = detect_rows(tmp_path / "s.xlsx", rows)
    assert [r.cell for r in held.review] == ["B2"]
    assert "'FY24'" in held.review[0].line()
    said = detect_rows(tmp_path / "t.xlsx", [["Note: FY25 = 2024/25"], *rows])
    assert said.review == []
    assert figures(said)["Invoices paid in 30 days (%)"][4] == ("Q1 2024/25", 95.6)


def test_the_series_is_stored_under_one_indicator_and_a_held_file_writes_nothing(
    tmp_path: Path,
) -> None:
    from openpyxl import Workbook

    def write(path: Path, rows: list[list[object]]) -> Path:
        book = Workbook()
        sheet = book.active
        assert sheet is not None
        for row in rows:
            sheet.append(row)
        book.save(path)
        return path

    rows: list[list[object]] = [
        HEAD,
        ["LEI 01", "Visits to leisure centres - 23/24", 118402, 109876, 121553, 131207],
        ["LEI 01", "Visits to leisure centres - 24/25", 124118, 115390, None, None, 120000, "A"],
    ]
    store = Store.open(tmp_path / "scrutineer.sqlite")
    try:
        report = import_file(store, write(tmp_path / "good.xlsx", rows))
        assert report.status == "imported"
        with store.read_session() as session:
            names = list(session.scalars(select(IndicatorRow.name)))
            assert names == ["Visits to leisure centres"]
            got = session.execute(
                select(PeriodRow.label, ObservationRow.actual)
                .join(PeriodRow, ObservationRow.period_id == PeriodRow.id)
                .order_by(PeriodRow.start)
            ).all()
            assert [tuple(g) for g in got] == [
                ("Q1 2023/24", 118402), ("Q2 2023/24", 109876), ("Q3 2023/24", 121553),
                ("Q4 2023/24", 131207), ("Q1 2024/25", 124118), ("Q2 2024/25", 115390),
            ]  # fmt: skip
        held_rows = [*rows, ["LEI 02", "Leisure memberships", 5120, 5230]]
        held = import_file(store, write(tmp_path / "held.xlsx", held_rows))
        assert held.status == "needs_review"
        assert len(held.review) == 1 and held.review[0].startswith("Sheet!B4:")
        with store.read_session() as session:
            assert list(session.scalars(select(IndicatorRow.code))) == ["LEI 01"]
    finally:
        store.close()
