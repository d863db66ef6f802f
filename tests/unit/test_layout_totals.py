"""Rows and columns that add up others (pivot Grand Totals, table Total rows) are no indicator."""

from __future__ import annotations

import pytest

from desktop.scorecard.layout.find import detect
from desktop.scorecard.layout.header import classify
from desktop.scorecard.layout.totals import BARE, total_label
from desktop.scorecard.model import ParsedScorecard
from desktop.scorecard.read.grid import CellValue, Sheet, Workbook


def _read(heading: list[CellValue], *rows: list[CellValue]) -> ParsedScorecard:
    sheet = Sheet("Summary", [heading, *rows])
    return detect(Workbook(path="/tmp/summary.xlsx", format="xlsx", sheets=[sheet]))


def _names(read: ParsedScorecard) -> list[str]:
    return [i.name for i in read.indicators]


@pytest.mark.parametrize(
    "label", ["Grand Total", "Sub-total", "Subtotal", "Total Result", "Cyfanswm cyffredinol"]
)
def test_a_total_label_alone_is_no_indicator(label: str) -> None:
    assert total_label(label) not in (None, BARE)


@pytest.mark.parametrize("label", ["Total", "TOTAL:", "Totals", "Sum", "Cyfanswm"])
def test_a_bare_total_is_left_to_the_tables_evidence(label: str) -> None:
    assert total_label(label) == BARE


@pytest.mark.parametrize(
    ("label", "group"),
    [
        ("Adult Social Care Total", "Adult Social Care"),
        ("Total Adult Social Care", "Adult Social Care"),
        ("Total for Children's Services", "Children's Services"),
        ("Housing - Subtotal", "Housing"),
    ],
)
def test_a_groups_total_is_known_by_the_group_it_is_under(label: str, group: str) -> None:
    assert total_label(label, (group,)) is not None
    assert total_label(label, ("Another group",)) is None


@pytest.mark.parametrize(
    "name",
    [
        "Total households in temporary accommodation",
        "Total complaints received",
        "Sum insured",
        "Households in temporary accommodation - total",
        "Overall satisfaction with the council",
    ],
)
def test_an_indicator_whose_name_holds_the_word_total_is_still_an_indicator(name: str) -> None:
    assert total_label(name, ("Housing",)) is None


def test_a_pivots_blank_item_names_nothing() -> None:
    assert total_label("(blank)") is not None
    assert total_label("(All)") is not None
    assert total_label("blank") is None  # written without brackets it is only a word


def test_pivot_grand_total_row_and_column_are_left_out() -> None:
    read = _read(
        ["Row Labels", "2022/23", "2023/24", "Grand Total"],
        ["Housing", None, None, None],
        ["Households in temporary accommodation", 232.0, 268.0, 500.0],
        ["Empty homes brought back into use", 97.0, 126.0, 223.0],
        ["Housing Total", 329.0, 394.0, 723.0],
        ["Grand Total", 329.0, 394.0, 723.0],
    )
    assert _names(read) == [
        "Households in temporary accommodation",
        "Empty homes brought back into use",
    ]
    assert [o.period.label for o in read.indicators[0].observations] == ["2022/23", "2023/24"]
    assert not any("not recognised" in w for w in read.warnings)
    assert any("A6" in w and "Grand Total" in w for w in read.warnings)


def test_an_excel_table_total_row_in_other_words_is_left_out() -> None:
    read = _read(
        ["Ref", "Measure", "Q1 2024/25", "Q2 2024/25"],
        ["C1", "Stage 1 complaints - Waste", 212.0, 187.0],
        ["C2", "Stage 1 complaints - Housing", 148.0, 163.0],
        [None, "Totals:", 360.0, 350.0],
    )
    assert _names(read) == ["Stage 1 complaints - Waste", "Stage 1 complaints - Housing"]


def test_a_bare_total_whose_figures_add_up_nothing_above_stays_a_name() -> None:
    read = _read(
        ["Measure", "2022/23", "2023/24"],
        ["Households on the housing register", 2100.0, 2250.0],
        ["Lettings made", 410.0, 395.0],
        ["Total", 118000.0, 119200.0],
    )
    assert _names(read) == ["Households on the housing register", "Lettings made", "Total"]


def test_a_bare_total_of_the_rows_in_its_section_is_left_out() -> None:
    read = _read(
        ["Measure", "Q1 2024/25", "Q2 2024/25"],
        ["Rent collected (%)", 97.1, 97.4],
        ["Complaints", None, None],
        ["Stage 1 complaints", 212.0, 187.0],
        ["Stage 2 complaints", 14.0, 9.0],
        ["Total", 226.0, 196.0],
    )
    assert _names(read) == ["Rent collected (%)", "Stage 1 complaints", "Stage 2 complaints"]


def test_a_total_row_saved_without_figures_is_left_out() -> None:
    read = _read(
        ["Ref", "Measure", "Q1 2024/25"],
        ["C1", "Stage 1 complaints", 212.0],
        [None, "Total", None],
    )
    assert _names(read) == ["Stage 1 complaints"]


def test_an_indicator_coded_and_named_total_is_kept() -> None:
    read = _read(
        ["Ref", "Measure", "Q1 2024/25"],
        ["C1", "Stage 1 complaints", 212.0],
        ["C9", "Total", 360.0],
    )
    assert _names(read) == ["Stage 1 complaints", "Total"]


@pytest.mark.parametrize(
    ("heading", "field"),
    [
        ("Sum of Actual", "actual"),
        ("Average of Target", "target"),
        ("Sum - Value", "actual"),
        ("Max of RAG Status", "rag"),
    ],
)
def test_a_pivots_value_field_heading_is_read_as_its_field(heading: str, field: str) -> None:
    assert classify(heading).field == field


def test_a_compact_pivots_group_rows_carrying_subtotals_are_group_headings() -> None:
    sheet = Sheet(
        "Summary",
        [
            ["Sum of Value", "Column Labels"],
            ["Row Labels", "2022/23", "2023/24", "Grand Total"],
            ["Adult Social Care", 592.5, 566.5, 1159.0],
            ["Adults in paid employment (%)", 5.1, 5.6, 10.7],
            ["Admissions to care homes per 100,000", 587.4, 560.9, 1148.3],
            ["Housing", 329.0, 394.0, 723.0],
            ["Households in temporary accommodation", 232.0, 268.0, 500.0],
            ["Empty homes brought back into use", 97.0, 126.0, 223.0],
            ["Grand Total", 921.5, 960.5, 1882.0],
        ],
    )
    read = detect(Workbook(path="/tmp/summary.xlsx", format="xlsx", sheets=[sheet]))
    assert _names(read) == [
        "Adults in paid employment (%)",
        "Admissions to care homes per 100,000",
        "Households in temporary accommodation",
        "Empty homes brought back into use",
    ]
    assert [i.portfolio for i in read.indicators] == ["Adult Social Care"] * 2 + ["Housing"] * 2
    assert any("B3" in w and "subtotal" in w for w in read.warnings)


def test_rows_adding_up_to_the_one_above_are_only_a_group_in_a_pivot() -> None:
    read = _read(
        ["Measure", "2022/23", "2023/24"],
        ["Complaints received", 300.0, 320.0],
        ["Complaints upheld", 100.0, 120.0],
        ["Complaints not upheld", 200.0, 200.0],
    )
    assert _names(read) == ["Complaints received", "Complaints upheld", "Complaints not upheld"]


def test_libreoffice_pivot_words() -> None:
    read = _read(
        ["Indicator", "2022/23", "2023/24", "Total Result"],
        ["Households in temporary accommodation", 232.0, 268.0, 500.0],
        ["Empty homes brought back into use", 97.0, 126.0, 223.0],
        ["Total Result", 329.0, 394.0, 723.0],
    )
    assert _names(read) == [
        "Households in temporary accommodation",
        "Empty homes brought back into use",
    ]
    assert classify("Sum - Actual").field == "actual"
