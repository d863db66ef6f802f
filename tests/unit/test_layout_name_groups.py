"""A name written once (or merged down) over the rows of its periods or of its measures."""

from __future__ import annotations

from desktop.scorecard.layout.find import detect
from desktop.scorecard.model import ParsedScorecard
from desktop.scorecard.read.grid import CellValue, Sheet, Workbook


def _read(
    rows: list[list[CellValue]], merged: list[tuple[int, int, int, int]] | None = None
) -> ParsedScorecard:
    sheet = Sheet("Scorecard", rows, merged=merged or [])
    return detect(Workbook(path="/tmp/scorecard.xlsx", format="xlsx", sheets=[sheet]))


def _seen(read: ParsedScorecard) -> dict[str, list[tuple[object, ...]]]:
    return {
        i.name: [(o.period.label, o.actual, o.target, o.rag) for o in i.observations]
        for i in read.indicators
    }


def test_a_name_typed_once_over_a_count_row_and_a_percentage_row_names_two_measures() -> None:
    read = _read(
        [
            ["Measure", "Unit", "Q1 2024/25", "Q2 2024/25", "Target", "RAG"],
            ["Young people not in education, employment or training", "No.", 212, 198, None,
             None],
            [None, "%", 4.1, 3.8, 4.0, "Green"],
            ["Households in temporary accommodation", "No.", 341, 352, None, None],
            [None, "Per 1,000 households", 2.9, 3.0, 2.5, "Red"],
        ]
    )  # fmt: skip
    assert read.review == []
    assert _seen(read) == {
        "Young people not in education, employment or training (No.)": [
            ("Q1 2024/25", 212.0, None, None), ("Q2 2024/25", 198.0, None, None)],
        "Young people not in education, employment or training (%)": [
            ("Q1 2024/25", 4.1, 4.0, None), ("Q2 2024/25", 3.8, 4.0, "green")],
        "Households in temporary accommodation (No.)": [
            ("Q1 2024/25", 341.0, None, None), ("Q2 2024/25", 352.0, None, None)],
        "Households in temporary accommodation (Per 1,000 households)": [
            ("Q1 2024/25", 2.9, 2.5, None), ("Q2 2024/25", 3.0, 2.5, "red")],
    }  # fmt: skip
    units = {i.name: i.unit for i in read.indicators}
    assert units["Households in temporary accommodation (No.)"] == "number"
    assert units["Households in temporary accommodation (Per 1,000 households)"] == "rate"


def test_a_code_and_name_merged_down_over_their_measures_name_each_row() -> None:
    read = _read(
        [
            ["Ref", "Indicator", "Unit", "2022/23", "2023/24"],
            ["ASC1", "Permanent admissions to care homes, aged 65+", "Number", 402, 377],
            [None, None, "Rate per 100,000", 612.4, 569.8],
        ],
        merged=[(1, 0, 2, 0), (1, 1, 2, 1)],
    )
    assert read.review == []
    found = {(i.code, i.name, i.unit) for i in read.indicators}
    assert found == {
        ("ASC1 (Number)", "Permanent admissions to care homes, aged 65+ (Number)", "number"),
        ("ASC1 (Rate per 100,000)", "Permanent admissions to care homes, aged 65+ (Rate per 100,000)",
         "rate"),
    }  # fmt: skip


def test_a_name_repeated_on_each_measure_row_is_two_measures_not_two_figures() -> None:
    read = _read(
        [
            ["Indicator", "Unit", "Q1 2024/25", "Q2 2024/25"],
            ["Delayed transfers of care", "Count", 88, 91],
            ["Delayed transfers of care", "Percentage", 6.2, 6.5],
        ]
    )
    assert read.review == []
    assert _seen(read) == {
        "Delayed transfers of care (Count)": [
            ("Q1 2024/25", 88.0, None, None), ("Q2 2024/25", 91.0, None, None)],
        "Delayed transfers of care (Percentage)": [
            ("Q1 2024/25", 6.2, None, None), ("Q2 2024/25", 6.5, None, None)],
    }  # fmt: skip


def test_a_name_typed_once_over_its_periods_in_a_long_table_is_carried_down() -> None:
    read = _read(
        [
            ["Indicator", "Period", "Value", "Target"],
            ["Missed bin collections per 100,000", "Q1 2024/25", 52, 60],
            [None, "Q2 2024/25", 61, 60],
            [None, "Q3 2024/25", 58, 60],
            ["Calls answered within 3 minutes (%)", "Q1 2024/25", 84.0, 85],
            [None, "Q2 2024/25", 88.2, 85],
        ]
    )
    assert read.review == []
    assert _seen(read) == {
        "Missed bin collections per 100,000": [
            ("Q1 2024/25", 52.0, 60.0, None), ("Q2 2024/25", 61.0, 60.0, None),
            ("Q3 2024/25", 58.0, 60.0, None)],
        "Calls answered within 3 minutes (%)": [
            ("Q1 2024/25", 84.0, 85.0, None), ("Q2 2024/25", 88.2, 85.0, None)],
    }  # fmt: skip


def test_a_long_table_alternating_count_and_rate_rows_keeps_each_measure_apart() -> None:
    read = _read(
        [
            ["Indicator", "Unit", "Quarter", "Value"],
            ["Children in need", "Number", "Q1 2024/25", 2452],
            [None, "Rate", "Q1 2024/25", 378.4],
            [None, "No.", "Q2 2024/25", 2503],
            [None, "Rate", "Q2 2024/25", 386.3],
        ]
    )
    assert read.review == []
    assert _seen(read) == {
        "Children in need (Number)": [
            ("Q1 2024/25", 2452.0, None, None), ("Q2 2024/25", 2503.0, None, None)],
        "Children in need (Rate)": [
            ("Q1 2024/25", 378.4, None, None), ("Q2 2024/25", 386.3, None, None)],
    }  # fmt: skip


def test_a_blank_named_wide_row_of_the_same_measure_is_still_left_out() -> None:
    """With nothing to tell it from the row above, a nameless row of figures for the same
    periods is no measure the sheet names."""
    read = _read(
        [
            ["Indicator", "Unit", "Q1 2024/25", "Q2 2024/25"],
            ["Rent collected", "%", 97.1, 98.0],
            [None, "%", 95.2, 96.4],
            ["Empty homes brought back into use", "Number", 12, 15],
            [None, "Number", 9, 11],
            ["Homes improved", "Number", 40, 42],
            [None, "Number", 38, 39],
        ]
    )
    assert [i.name for i in read.indicators] == [
        "Rent collected",
        "Empty homes brought back into use",
        "Homes improved",
    ]
    assert read.review  # half the rows left out: the reading is held


def test_a_nameless_row_after_a_gap_is_not_carried() -> None:
    read = _read(
        [
            ["Indicator", "Period", "Value"],
            ["Rent collected (%)", "Q1 2024/25", 97.1],
            [],
            [None, "Q2 2024/25", 98.0],
        ]
    )
    assert _seen(read) == {"Rent collected (%)": [("Q1 2024/25", 97.1, None, None)]}
