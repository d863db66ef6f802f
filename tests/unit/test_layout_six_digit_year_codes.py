"""A data warehouse extract's six-digit financial years ('202324') and their quarters
('202425Q1'), beside a type column ('ANNUAL', 'QUARTER'), upper-case headings, 'NULL' for an
empty field, 'H'/'L' for which way is good and unit codes ('PCT', 'NUM', 'GBP')."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.scorecard.layout import year_codes
from desktop.scorecard.layout.header import Column
from desktop.scorecard.layout.period_parts import period_parts
from desktop.scorecard.parse import cells
from desktop.scorecard.read.grid import Sheet
from tests.helpers.layout_sheets import detect_rows, figures

HEAD = ["PI_CODE", "PI_NAME", "UNIT_CODE", "GOOD_IS", "FIN_YEAR", "PERIOD_TYPE", "PERIOD_CODE",
        "ACTUAL_VALUE", "TARGET_VALUE", "RAG"]  # fmt: skip
ROWS = [
    ["C1", "Council tax collected", "PCT", "H", "202324", "ANNUAL", "202324", "97.1", "97", "G"],
    ["C1", "Council tax collected", "PCT", "H", "202425", "QUARTER", "202425Q1", "28.6", "28.5",
     "G"],
    ["C1", "Council tax collected", "PCT", "H", "202425", "QUARTER", "202425Q2", "56.0", "56.4",
     "A"],
    ["H1", "Households in temporary accommodation", "NUM", "L", "202425", "QUARTER", "202425Q1",
     "226", "NULL", ""],
    ["H1", "Households in temporary accommodation", "NUM", "L", "202425", "QUARTER", "202425Q2",
     "241", "NULL", ""],
    ["S1", "Spend with local suppliers", "GBP", "H", "202324", "ANNUAL", "202324", "51775000",
     "NULL", ""],
]  # fmt: skip


def test_a_warehouse_extract_reads_its_codes_as_financial_years(tmp_path: Path) -> None:
    parsed = detect_rows(tmp_path / "dw.xlsx", [HEAD, *ROWS])
    read = figures(parsed)
    assert read["Council tax collected"] == [
        ("2023/24", 97.1),
        ("Q1 2024/25", 28.6),
        ("Q2 2024/25", 56.0),
    ]
    assert read["Households in temporary accommodation"] == [
        ("Q1 2024/25", 226),
        ("Q2 2024/25", 241),
    ]
    assert parsed.review == []
    by_name = {i.name: i for i in parsed.indicators}
    housing = by_name["Households in temporary accommodation"]
    assert [o.target for o in housing.observations] == [None, None]
    assert (housing.polarity, housing.unit) == ("lower_is_better", "number")
    assert by_name["Council tax collected"].polarity == "higher_is_better"
    assert by_name["Spend with local suppliers"].unit == "£"


def _sheet(head: str, codes: list[object]) -> Sheet:
    return Sheet(name="Data", rows=[["Name", head, "Value"], *(["A", c, 1] for c in codes)])


@pytest.mark.parametrize(
    ("head", "codes", "written"),
    [("FIN_YEAR", ["202324", 202425], ["2023/24", "2024/25"]),
     ("Financial year", ["202324", "202425"], ["2023/24", "2024/25"]),
     ("Period", ["202324", "202425Q1", "202425 Q2"], ["2023/24", "Q1 2024/25", "Q2 2024/25"]),
     # nothing says financial: a school year, or DfE's academic 202324
     ("Period", ["202324", "202425"], ["202324", "202425"]),
     # not the year after: a month (YYYYMM) or a number
     ("FIN_YEAR", ["202406", "202407"], ["202406", "202407"])],
)  # fmt: skip
def test_six_digit_codes_are_written_out_only_where_the_file_says_financial(
    head: str, codes: list[object], written: list[str]
) -> None:
    relabelled = year_codes.relabel(_sheet(head, codes))
    assert [str(r[1]) for r in relabelled.rows[1:]] == written


def test_the_null_marker_is_no_figure() -> None:
    assert "null" in cells.MISSING_MARKERS


def test_a_sheet_without_codes_is_left_as_it_is() -> None:
    sheet = _sheet("Quarter", ["Q1 2024/25", "Q2 2024/25"])
    assert year_codes.relabel(sheet) is sheet


@pytest.mark.parametrize(
    ("values", "parts"),
    [(("2024/25", "Quarter", "Q1 2024/25"), ["Q1 2024/25"]),
     (("2023/24", "Annual", "2023/24"), ["2023/24"]),
     (("2024/25", "Month", "Oct 2024"), ["Oct 2024"]),
     # the year and the code disagree, or the type names another kind: not chosen
     (("2023/24", "Quarter", "Q1 2024/25"), None),
     (("2024/25", "Month", "Q1 2024/25"), None)],
)  # fmt: skip
def test_a_type_cell_beside_a_year_and_a_whole_period_keeps_the_period(
    values: tuple[str, ...], parts: list[str] | None
) -> None:
    columns = [Column(i, h, "period") for i, h in enumerate(("FIN_YEAR", "TYPE", "CODE"))]
    said = period_parts(columns, list(values))
    if parts is None:
        assert len(said) == 3
    else:
        assert said == parts
