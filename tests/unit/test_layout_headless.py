"""A long system extract with no heading row: each column's role told from its cells, and of
two figure columns the target told only from what the file shows (else held for review)."""

from __future__ import annotations

from desktop.scorecard.layout import headless
from desktop.scorecard.layout.find import detect
from desktop.scorecard.model import ParsedScorecard
from desktop.scorecard.read.grid import CellValue, Sheet, Workbook

ROWS: list[list[CellValue]] = [
    ["RES03", "Invoices paid within 30 days", "Q1 2024/25", "96.2", "95", "On Track", "%"],
    ["RES03", "Invoices paid within 30 days", "Q2 2024/25", "94.8", "95", "At Risk", "%"],
    ["RES03", "Invoices paid within 30 days", "Q3 2024/25", "97.1", "95", "On Track", "%"],
    ["RES04", "Working days lost to sickness per FTE", "Q1 2024/25", "10.4", "9", "Off Track",
     "Days"],
    ["RES04", "Working days lost to sickness per FTE", "Q2 2024/25", "10.1", "9", "Off Track",
     "Days"],
    ["RES04", "Working days lost to sickness per FTE", "Q3 2024/25", "n/a", "9", None, "Days"],
    ["CYP01", "Children in need per 10,000 children", "Q1 2024/25", "318.2", None, "Data Only",
     "Rate"],
    ["CYP01", "Children in need per 10,000 children", "Q2 2024/25", "324.9", None, "Data Only",
     "Rate"],
]  # fmt: skip


def _read(rows: list[list[CellValue]], explaining: bool = False) -> ParsedScorecard:
    book = Workbook(path="/tmp/extract.csv", format="csv", sheets=[Sheet("extract", rows)])
    return detect(book, explaining=explaining)


def _readings(parsed: ParsedScorecard) -> dict[str, list[tuple[str, float | None, float | None]]]:
    return {
        i.code or i.name: [(o.period.label, o.actual, o.target) for o in i.observations]
        for i in parsed.indicators
    }


def test_columns_are_told_by_what_they_hold_and_the_steady_column_is_the_target() -> None:
    parsed = _read([list(r) for r in ROWS])
    assert not parsed.review
    got = _readings(parsed)
    assert got["RES03"] == [
        ("Q1 2024/25", 96.2, 95.0),
        ("Q2 2024/25", 94.8, 95.0),
        ("Q3 2024/25", 97.1, 95.0),
    ]
    assert got["CYP01"][0] == ("Q1 2024/25", 318.2, None)
    res03 = next(i for i in parsed.indicators if i.code == "RES03")
    assert res03.name == "Invoices paid within 30 days"
    assert res03.unit == "%"
    assert [o.rag for o in res03.observations] == ["green", "amber", "green"]
    assert res03.observations[0].cell == "D1"  # the file's cell, not the copy's


def test_target_first_is_read_as_the_target_when_the_file_shows_it() -> None:
    swapped = [[*r[:3], r[4], r[3], *r[5:]] for r in ROWS]
    got = _readings(_read(swapped))
    assert got["RES03"][1] == ("Q2 2024/25", 94.8, 95.0)
    assert got["CYP01"][0] == ("Q1 2024/25", 318.2, None)


def test_two_figure_columns_nothing_tells_apart_are_read_in_order_and_held() -> None:
    rows: list[list[CellValue]] = [
        ["A1", "Calls answered within a minute", "Q1 2024/25", "84", "85", "At Risk"],
        ["B1", "Homes brought back into use", "Q1 2024/25", "14", "10", "On Track"],
        ["C1", "Missed bins per 100,000 collections", "Q1 2024/25", "41", "50", "On Track"],
    ]
    found = headless.view(Sheet("extract", rows))
    assert found is not None
    assert len(found.doubts) == 1 and "columns D and E" in found.doubts[0][2]
    parsed = _read(rows)
    assert parsed.review and "columns D and E" in parsed.review[0].reason
    assert _readings(parsed)["A1"] == [("Q1 2024/25", 84.0, 85.0)]


def test_a_heading_row_or_a_column_of_no_role_is_not_read_as_headless() -> None:
    headed: list[list[CellValue]] = [
        ["Code", "Indicator", "Period", "Actual", "Target", "Status", "Unit"],
        *ROWS,
    ]
    assert headless.view(Sheet("extract", headed)) is None
    odd = [[*r, "Jane Smith"] for r in ROWS]  # an owner's name: a second column of names
    assert headless.view(Sheet("extract", odd)) is None
    assert headless.view(Sheet("extract", [list(r) for r in ROWS[:2]])) is None  # too few rows


def test_a_table_with_a_heading_row_reads_as_before() -> None:
    headed: list[list[CellValue]] = [
        ["Code", "Indicator", "Period", "Target", "Actual", "Status", "Unit"],
        *([*r[:3], r[4], r[3], *r[5:]] for r in ROWS),
    ]
    parsed = _read(headed)
    assert _readings(parsed)["RES03"][0] == ("Q1 2024/25", 96.2, 95.0)
    assert not any("no heading row" in line for line in parsed.explain)


def test_explain_names_the_files_rows_and_says_it_has_no_heading_row() -> None:
    lines = _read([list(r) for r in ROWS], explaining=True).explain
    assert any(line.strip() == "no heading row in the file; data rows 1–8" for line in lines)
    assert any(line.strip().startswith("rows 1–8: indicator values") for line in lines)
    assert "A -> indicator code (told by what its cells hold)" in [x.strip() for x in lines]
    assert not any("heading 'Code'" in line for line in lines)
