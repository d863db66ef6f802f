"""A 'Year' column beside England, neighbour and regional figures (ChAT/LAIT style) is the
comparators' year, not each row's period, where the own figures are headed by their periods:
the table is read wide. A 'Year' beside undated figures, or away from the comparators, is
still each row's period. Rows of counts with no target ('–') and no benchmarks are data rows,
not the heading of a table of measures."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from desktop.scorecard.layout import find
from desktop.scorecard.layout import header as layout_header
from desktop.scorecard.model import ParsedScorecard
from desktop.scorecard.read.workbook import read_workbook

# code, name, 2023/24, Q1, Q2, target, benchmark year, England, neighbours, region, RAG
ROWS: tuple[tuple[object, ...], ...] = (
    ("C1", "Re-referrals within 12 months (%)", 21.4, 20.1, 19.7, 20.0, "2023-24", 22.4, 21.0,
     23.1, "Green"),
    ("C2", "Children in care (number)", 871, 880, 889, "\u2013", None, None, None, None, None),
    ("C3", "Assessments in 45 days (%)", 87.9, 90.3, 88.6, 90.0, "2023-24", 82.9, 85.6, 83.7,
     "Amber"),
    ("C4", "Adoptions (number)", 21, "*", 6, "\u2013", None, None, None, None, None),
    ("C5", "Placements over 20 miles (%)", 21.2, 22.0, 21.5, "\u2013", "2022-23", 16.0, 18.7,
     17.9, "Red"),
    ("C6", "Caseload per worker", 17.4, 16.8, 16.2, 17.0, "2023", 15.8, 16.9, 16.4, "Green"),
)  # fmt: skip


def _banded(path: Path) -> ParsedScorecard:
    """A band row ('Local performance' | 'Latest published benchmarks') over the headings."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Scorecard"
    sheet.append(["Children's services scorecard, Q2 2024-25"])
    sheet.append([])
    sheet.append(["Ref", "Indicator", "Local performance", None, None, "Target 2024-25",
                  "Latest published benchmarks", None, None, None, "RAG"])  # fmt: skip
    sheet.append([None, None, "2023-24", "Q1 2024-25", "Q2 2024-25", None, "Year", "England",
                  "Statistical neighbours", "West Midlands", None])  # fmt: skip
    for col in ("A", "B", "F", "K"):
        sheet.merge_cells(f"{col}3:{col}4")
    sheet.merge_cells("C3:E3")
    sheet.merge_cells("G3:J3")
    for row in ROWS:
        sheet.append(list(row))
    book.save(path)
    return find.detect(read_workbook(path), explaining=True)


def test_the_year_beside_the_comparators_is_theirs_and_the_table_reads_wide(
    tmp_path: Path,
) -> None:
    parsed = _banded(tmp_path / "book.xlsx")
    assert not parsed.review
    got = {
        (i.code, o.period.label): (o.actual, o.actual_text, o.target, o.rag)
        for i in parsed.indicators
        for o in i.observations
    }
    assert got[("C1", "2023/24")] == (21.4, None, None, None)
    assert got[("C1", "Q2 2024/25")] == (19.7, None, 20.0, "green")
    assert got[("C4", "Q1 2024/25")] == (None, "*", None, None)
    assert got[("C4", "Q2 2024/25")] == (6, None, None, None)
    assert got[("C5", "Q2 2024/25")] == (21.5, None, None, "red")  # rated against neighbours
    assert len(got) == 3 * len(ROWS)  # no figure taken for the comparators' year
    assert {p for _, p in got} == {"2023/24", "Q1 2024/25", "Q2 2024/25"}
    england = {
        i.code: o.comparators.get("England")
        for i in parsed.indicators
        for o in i.observations
        if o.period.label == "Q2 2024/25"
    }
    assert england["C1"] == 22.4


def test_a_year_beside_undated_figures_is_still_each_rows_period(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Ref", "Indicator", "Year", "England", "Actual", "Target", "RAG"])
    sheet.append(["C1", "Re-referrals (%)", "2022/23", 22.4, 21.4, 20.0, "Amber"])
    sheet.append(["C1", "Re-referrals (%)", "2023/24", 22.0, 19.5, 20.0, "Green"])
    sheet.append(["C2", "Assessments in time (%)", "2022/23", 82.9, 87.9, 90.0, "Amber"])
    sheet.append(["C2", "Assessments in time (%)", "2023/24", 83.1, 91.0, 90.0, "Green"])
    path = tmp_path / "long.xlsx"
    book.save(path)
    parsed = find.detect(read_workbook(path))
    got = {
        (i.code, o.period.label): (o.actual, o.rag)
        for i in parsed.indicators
        for o in i.observations
    }
    assert got == {
        ("C1", "2022/23"): (21.4, "amber"),
        ("C1", "2023/24"): (19.5, "green"),
        ("C2", "2022/23"): (87.9, "amber"),
        ("C2", "2023/24"): (91.0, "green"),
    }


def test_a_year_away_from_the_comparators_is_not_set_aside(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Ref", "Indicator", "Year", "Q1 2024/25", "Q2 2024/25", "Target", "England"])
    sheet.append(["C1", "Re-referrals (%)", "2024/25", 20.1, 19.7, 20.0, 22.4])
    sheet.append(["C2", "Assessments in time (%)", "2024/25", 90.3, 88.6, 90.0, 82.9])
    path = tmp_path / "away.xlsx"
    book.save(path)
    header = layout_header.find(read_workbook(path).sheets[0])
    assert header is not None
    year = next(c for c in header.columns if c.header == "Year")
    assert year.field == "period"
