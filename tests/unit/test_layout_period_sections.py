"""The same indicators in a section per quarter down one sheet: each section's period line
dates its table, and is neither a heading over the code column nor a portfolio."""

from __future__ import annotations

from pathlib import Path

from tests.helpers.layout_sheets import detect_rows, figures


def test_each_section_is_read_for_the_period_its_line_names(tmp_path: Path) -> None:
    table = ["Code", "Measure", "Actual", "Target", "RAG"]
    parsed = detect_rows(
        tmp_path / "sections.xlsx",
        [
            ["Customer services monitoring 2024/25"],
            [],
            ["Quarter 1 2024/25"],
            table,
            ["C1", "Calls answered (%)", 84.2, 85, "A"],
            ["C2", "Complaints answered in 10 days (%)", 78, 90, "R"],
            [],
            ["Q2 2024/25"],
            table,
            ["C1", "Calls answered (%)", 86.0, 85, "G"],
            ["C2", "Complaints answered in 10 days (%)", 88, 90, "A"],
        ],
    )
    assert figures(parsed) == {
        "Calls answered (%)": [("Q1 2024/25", 84.2), ("Q2 2024/25", 86.0)],
        "Complaints answered in 10 days (%)": [("Q1 2024/25", 78), ("Q2 2024/25", 88)],
    }
    assert {i.portfolio for i in parsed.indicators} == {None}
    assert not parsed.review


def test_a_section_per_year_dates_the_bare_quarters_under_it(tmp_path: Path) -> None:
    table = ["Ref", "Measure", "Qtr 1", "Qtr 2", "Qtr 3", "Qtr 4"]
    parsed = detect_rows(
        tmp_path / "years.xlsx",
        [
            ["Housing performance indicators"],
            [],
            ["Financial year 2023-24"],
            table,
            ["H1", "Repairs on time (%)", 91.0, 89.5, 92.0, 93.1],
            ["H2", "Rent collected (%)", 97.1, 98.0, 98.2, 99.0],
            ["H3", "Voids re-let (days)", 31, 28, 27, 25],
            [],
            ["Financial year 2024-25"],
            table,
            ["H1", "Repairs on time (%)", 90.2, 91.4, None, None],
            ["H2", "Rent collected (%)", 96.8, 97.7, None, None],
        ],
    )
    read = figures(parsed)
    assert read["Repairs on time (%)"] == [
        ("Q1 2023/24", 91.0),
        ("Q2 2023/24", 89.5),
        ("Q3 2023/24", 92.0),
        ("Q4 2023/24", 93.1),
        ("Q1 2024/25", 90.2),
        ("Q2 2024/25", 91.4),
    ]
    assert read["Voids re-let (days)"][-1] == ("Q4 2023/24", 25)
    assert not parsed.review


def test_a_later_year_section_over_bare_months(tmp_path: Path) -> None:
    table = ["Indicator", "Apr", "May", "Jun"]
    parsed = detect_rows(
        tmp_path / "months.xlsx",
        [
            ["2024/25"],
            table,
            ["Calls answered (%)", 84.2, 85.0, 86.1],
            ["Complaints answered in 10 days (%)", 78, 81, 90],
            ["Web forms processed in 5 days (%)", 92, 93, 95],
            [],
            ["2025/26"],
            table,
            ["Calls answered (%)", 88.0, 87.5, 89.9],
            ["Complaints answered in 10 days (%)", 91, 92, 93],
        ],
    )
    read = figures(parsed)
    assert read["Calls answered (%)"] == [
        ("Apr 2024", 84.2),
        ("May 2024", 85.0),
        ("Jun 2024", 86.1),
        ("Apr 2025", 88.0),
        ("May 2025", 87.5),
        ("Jun 2025", 89.9),
    ]


def test_a_label_and_its_value_in_the_title_are_no_table_above(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "labels.xlsx",
        [
            ["Quarterly report 2024/25"],
            ["Prepared by:", "Performance team"],
            ["Figures compared with 2023/24 where known"],
            ["Ref", "Measure", "Q1", "Q2"],
            ["H1", "Repairs on time (%)", 91.0, 89.5],
            ["H2", "Rent collected (%)", 97.1, 98.0],
        ],
    )
    assert figures(parsed)["Repairs on time (%)"] == [("Q1 2024/25", 91.0), ("Q2 2024/25", 89.5)]
