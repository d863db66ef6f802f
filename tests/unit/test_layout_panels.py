"""A wide table wrapped into panels for print is read as one table: the target and RAG
printed once go with every panel's periods; panels whose names only partly match are held."""

from __future__ import annotations

from pathlib import Path

from desktop.scorecard.model import ParsedScorecard
from tests.helpers.layout_sheets import detect_rows


def _read(
    read: ParsedScorecard,
) -> dict[tuple[str, str], tuple[float | None, float | None, str | None]]:
    return {
        (i.code or i.name, o.period.label): (o.actual, o.target, o.rag)
        for i in read.indicators
        for o in i.observations
    }


def test_a_second_panel_with_the_target_and_rag_continues_the_first(tmp_path: Path) -> None:
    read = detect_rows(
        tmp_path / "wrapped.xlsx",
        [
            ["Housing monthly performance 2024/25"],
            [],
            ["Ref", "Indicator", "Apr 2024", "May 2024", "Jun 2024"],
            ["H1", "Days to relet empty homes", 38.4, 36.1, 41.7],
            ["H2", "Repairs right first time (%)", 86.2, 87.0, 85.4],
            [],
            ["Monthly performance 2024/25 (continued)"],
            ["Ref", "Indicator", "Jul 2024", "Aug 2024", "Target", "RAG"],
            ["H1", "Days to relet empty homes", 35.2, 33.9, 32, "Amber"],
            ["H2", "Repairs right first time (%)", 88.1, None, 90, "Red"],
        ],
    )
    assert read.review == []
    assert _read(read) == {
        ("H1", "Apr 2024"): (38.4, 32.0, None),
        ("H1", "May 2024"): (36.1, 32.0, None),
        ("H1", "Jun 2024"): (41.7, 32.0, None),
        ("H1", "Jul 2024"): (35.2, 32.0, None),
        ("H1", "Aug 2024"): (33.9, 32.0, "amber"),
        ("H2", "Apr 2024"): (86.2, 90.0, None),
        ("H2", "May 2024"): (87.0, 90.0, None),
        ("H2", "Jun 2024"): (85.4, 90.0, None),
        ("H2", "Jul 2024"): (88.1, 90.0, "red"),
    }
    cells = {(i.code, o.period.label): o.cell for i in read.indicators for o in i.observations}
    assert cells[("H1", "Apr 2024")] == "C4"
    assert cells[("H2", "Jul 2024")] == "C10"  # the figure's own cell in the second panel
    assert any("continued" in line for line in read.explain)


def test_panels_named_by_name_alone_in_another_order_with_the_rag_in_the_first(
    tmp_path: Path,
) -> None:
    read = detect_rows(
        tmp_path / "by_name.xlsx",
        [
            ["Measure", "Q1 2024/25", "Q2 2024/25", "Status"],
            ["Calls answered (%)", 81.3, 86.9, "Green"],
            ["Complaints answered on time (%)", 77.0, 79.5, "Amber"],
            ["Invoices paid in 30 days (%)", 95.1, 96.0, "Green"],
            [],
            ["Measure", "Q3 2024/25", "Q4 2024/25", "Annual target"],
            ["Invoices paid in 30 days (%)", 94.2, None, 95],
            ["Calls answered (%)", 84.0, None, 85],
            ["Complaints answered on time (%)", 80.1, None, 90],
        ],
    )
    assert read.review == []
    got = _read(read)
    assert got[("Calls answered (%)", "Q1 2024/25")] == (81.3, 85.0, None)
    # the row's status goes with its latest figure, in the second panel
    assert got[("Calls answered (%)", "Q3 2024/25")] == (84.0, 85.0, "green")
    assert got[("Invoices paid in 30 days (%)", "Q2 2024/25")] == (96.0, 95.0, None)


def test_panels_whose_names_only_partly_match_are_held_at_the_second_heading(
    tmp_path: Path,
) -> None:
    read = detect_rows(
        tmp_path / "partly.xlsx",
        [
            ["Code", "Indicator", "Apr 2024", "May 2024"],
            ["H1", "Days to relet empty homes", 38.4, 36.1],
            ["H2", "Repairs right first time (%)", 86.2, 87.0],
            ["H3", "Gas safety certificates in date (%)", 99.9, 100.0],
            [],
            ["Code", "Indicator", "Jun 2024", "Jul 2024", "Target"],
            ["H1", "Days to relet empty homes", 41.7, 35.2, 32],
            ["H4", "Anti-social behaviour cases resolved (%)", 81.0, 79.5, 80],
            ["H5", "Bulky waste collected in 10 days (%)", 91.4, 88.2, 90],
        ],
    )
    assert [r.cell for r in read.review] == ["A6"]
    assert "only 1 of its 3 rows match" in read.review[0].reason


def test_two_tables_of_the_same_periods_are_not_joined(tmp_path: Path) -> None:
    read = detect_rows(
        tmp_path / "two_services.xlsx",
        [
            ["Adult Social Care"],
            ["Code", "Indicator", "Q1 2024/25", "Q2 2024/25", "Target"],
            ["AS1", "Reviews on time (%)", 71.0, 74.0, 80],
            ["AS2", "Carers assessed", 120, 131, 150],
            [],
            ["Housing"],
            ["Code", "Indicator", "Q1 2024/25", "Q2 2024/25", "Target"],
            ["HS1", "Homes relet in 28 days (%)", 66.0, 70.5, 75],
            ["HS2", "Rent collected (%)", 97.0, 98.1, 98],
        ],
    )
    assert read.review == []
    assert {i.portfolio for i in read.indicators} == {"Adult Social Care", "Housing"}
    assert _read(read)[("HS1", "Q1 2024/25")] == (66.0, 75.0, None)


def test_last_years_table_beside_this_years_is_not_a_continuation(tmp_path: Path) -> None:
    read = detect_rows(
        tmp_path / "side_by_side.xlsx",
        [
            ["Code", "Indicator", "Q1 2023/24", "Q2 2023/24", None,
             "Code", "Indicator", "Q1 2024/25", "Q2 2024/25", "Target 2024/25"],
            ["H1", "Days to relet empty homes", 40.1, 39.5, None,
             "H1", "Days to relet empty homes", 38.4, 36.1, 32],
            ["H2", "Repairs right first time (%)", 84.0, 85.5, None,
             "H2", "Repairs right first time (%)", 86.2, 87.0, 90],
        ],
    )  # fmt: skip
    assert read.review == []
    got = _read(read)
    assert got[("H1", "Q1 2023/24")] == (40.1, None, None)
    assert got[("H1", "Q1 2024/25")] == (38.4, 32.0, None)
    assert not any("continued" in line for line in read.explain)


def test_a_last_panel_of_targets_and_statuses_alone_completes_the_figures_above(
    tmp_path: Path,
) -> None:
    read = detect_rows(
        tmp_path / "targets_panel.xlsx",
        [
            ["PI", "Measure", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25"],
            ["C1", "Calls answered (%)", 81.3, 86.9, 84.0],
            ["C2", "Complaints answered on time (%)", 77.0, 79.5, 80.1],
            [],
            ["PI", "Measure", "Target 2024/25", "Status", "Comments"],
            ["C1", "Calls answered (%)", 85, "Amber", "Staffing improved"],
            ["C2", "Complaints answered on time (%)", 90, "Red", "Backlog cleared"],
        ],
    )
    assert read.review == []
    got = _read(read)
    assert got[("C1", "Q1 2024/25")] == (81.3, 85.0, None)
    assert got[("C2", "Q3 2024/25")] == (80.1, 90.0, "red")


def test_a_panel_of_targets_for_partly_other_names_is_held(tmp_path: Path) -> None:
    read = detect_rows(
        tmp_path / "targets_panel_partly.xlsx",
        [
            ["PI", "Measure", "Q1 2024/25", "Q2 2024/25"],
            ["C1", "Calls answered (%)", 81.3, 86.9],
            ["C2", "Complaints answered on time (%)", 77.0, 79.5],
            ["C3", "Invoices paid in 30 days (%)", 95.1, 96.0],
            [],
            ["PI", "Measure", "Target", "RAG"],
            ["C1", "Calls answered (%)", 85, "Amber"],
            ["C7", "Web chats answered (%)", 90, "Red"],
        ],
    )
    assert [r.cell for r in read.review] == ["A6"]


def test_a_years_table_under_last_years_is_not_its_continuation(tmp_path: Path) -> None:
    read = detect_rows(
        tmp_path / "two_years.xlsx",
        [
            ["Performance 2023/24"],
            ["Ref", "Indicator", "Q1 2023/24", "Q2 2023/24", "Q3 2023/24", "Q4 2023/24"],
            ["H1", "Days to relet empty homes", 40.1, 39.5, 38.0, 37.2],
            ["H2", "Repairs right first time (%)", 84.0, 85.5, 86.0, 85.1],
            [],
            ["Performance 2024/25"],
            ["Ref", "Indicator", "Q1 2024/25", "Q2 2024/25", "Target", "RAG"],
            ["H1", "Days to relet empty homes", 38.4, 36.1, 32, "Amber"],
            ["H2", "Repairs right first time (%)", 86.2, 87.0, 90, "Red"],
        ],
    )
    assert read.review == []
    got = _read(read)
    assert got[("H1", "Q4 2023/24")] == (37.2, None, None)
    assert got[("H1", "Q2 2024/25")] == (36.1, 32.0, "amber")


def test_doubts_and_explain_in_a_second_panel_name_its_own_cells(tmp_path: Path) -> None:
    read = detect_rows(
        tmp_path / "wrapped.xlsx",
        [
            ["Ref", "Indicator", "Q1 2024/25", "Q2 2024/25"],
            ["C1", "Calls answered (%)", 81.3, 86.9],
            ["C2", "Complaints answered on time (%)", 77.0, 79.5],
            [],
            [],
            ["Ref", "Indicator", "Q3 2024/25", "Q4 2024/25", "Target", "Status"],
            ["C1", "Calls answered (%)", 84.0, None, "about 85 \u2013 to be agreed", "Green"],
            ["C2", "Complaints answered on time (%)", 80.1, None, 90, "Purple"],
        ],
    )
    lines = {item.line().split(":")[0] for item in read.review}
    assert lines == {"Scorecard!E7", "Scorecard!F8"}, read.review
    assert {item.column for item in read.review} == {4, 5}
    explained = "\n".join(read.explain)
    assert "A1:F8" in explained  # the two panels' cells, not the joined copy's
    assert "E6 'Target' -> targets" in explained and "F6 'Status' -> RAG" in explained
    assert "data rows 2–3; also rows 7–8" in explained
    assert "G1" not in explained and "H1" not in explained


def test_formatting_left_on_blank_cells_beside_the_first_panel_is_not_the_continued_figures(
    tmp_path: Path,
) -> None:
    """A percent format left on empty cells right of the first panel (an older layout's
    columns, cleared) says nothing of the second panel's figures moved beside it."""
    from openpyxl import Workbook
    from openpyxl.styles import PatternFill

    from desktop.scorecard.layout import find
    from desktop.scorecard.read.workbook import read_workbook

    book = Workbook()
    ws = book.active
    assert ws is not None
    rows = [
        ["Measure", "Q1 2024/25", "Q2 2024/25"],
        ["Calls answered in 60 seconds", 81.3, 86.9],
        ["Complaints answered on time", 77.0, 79.5],
        [],
        ["Measure", "Q3 2024/25", "Q4 2024/25", "Target", "Status"],
        ["Calls answered in 60 seconds", 84.0, 85.5, 85, "Green"],
        ["Complaints answered on time", 80.1, 82.4, 90, "Red"],
    ]
    for row in rows:
        ws.append(row)
    for r in (1, 2, 3):
        for c in range(4, 9):  # D:H beside the first panel: blank, grey, formatted as percent
            cell = ws.cell(row=r, column=c)
            cell.number_format = "0.0%"
            cell.fill = PatternFill("solid", fgColor="FFF2F2F2")
    path = tmp_path / "cleared_columns.xlsx"
    book.save(path)
    read = find.detect(read_workbook(path))
    got = _read(read)
    assert got[("Calls answered in 60 seconds", "Q3 2024/25")] == (84.0, 85.0, None)
    assert got[("Calls answered in 60 seconds", "Q4 2024/25")] == (85.5, 85.0, "green")
    assert got[("Complaints answered on time", "Q4 2024/25")] == (82.4, 90.0, "red")
    assert got[("Complaints answered on time", "Q1 2024/25")] == (77.0, 90.0, None)


def test_a_lower_panel_of_some_of_the_upper_rows_says_how_many_are_above(tmp_path: Path) -> None:
    read = detect_rows(
        tmp_path / "fewer.xlsx",
        [
            ["Code", "Indicator", "Apr 2024", "May 2024"],
            ["H1", "Days to relet empty homes", 38.4, 36.1],
            ["H2", "Repairs right first time (%)", 86.2, 87.0],
            ["H3", "Gas safety certificates in date (%)", 99.9, 100.0],
            [],
            ["Code", "Indicator", "Jun 2024", "Jul 2024", "Target"],
            ["H1", "Days to relet empty homes", 41.7, 35.2, 32],
            ["H2", "Repairs right first time (%)", 88.0, 86.4, 90],
        ],
    )
    assert [r.cell for r in read.review] == ["A6"]
    assert "its 2 rows match 2 of the 3 above" in read.review[0].reason
