"""Money typed with its scale ('£1.2m', '£850k', '(£45k)') is that many pounds, whatever the
suffix each cell of a row uses; a scale stated only in a heading leaves plain cells as typed."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from desktop.scorecard.layout.find import detect
from desktop.scorecard.model import ParsedIndicator, ParsedScorecard
from desktop.scorecard.read.grid import CellValue
from desktop.scorecard.read.workbook import read_workbook


def _import(tmp_path: Path, rows: list[list[CellValue]]) -> ParsedScorecard:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Finance"
    for row in rows:
        sheet.append(row)
    path = tmp_path / "finance.xlsx"
    book.save(path)
    return detect(read_workbook(path))


def _by_code(parsed: ParsedScorecard) -> dict[str | None, ParsedIndicator]:
    return {indicator.code: indicator for indicator in parsed.indicators}


def _figures(indicator: ParsedIndicator) -> list[tuple[float | None, float | None]]:
    return [(o.actual, o.target) for o in indicator.observations]


@pytest.mark.parametrize(
    ("q1", "q2", "target", "figures", "unit"),
    [
        ("£850k", "£1.6m", "£3.4m", [(850_000.0, 3_400_000.0), (1_600_000.0, 3_400_000.0)], "£"),
        ("(£45k)", "-£0.8M", "£0", [(-45_000.0, 0.0), (-800_000.0, 0.0)], "£"),
        ("£2.5 million", "£3 mn", "at least £4m", [(2_500_000.0, 4e6), (3e6, 4e6)], "£"),
        ("€1.2bn", "€950 million", "€1bn", [(1.2e9, 1e9), (9.5e8, 1e9)], "€"),
        ("12.5k", "14K", "15 thousand", [(12_500.0, 15_000.0), (14_000.0, 15_000.0)], None),
    ],
)  # fmt: skip
def test_a_row_whose_suffix_changes_is_read_in_one_scale(
    tmp_path: Path,
    q1: str,
    q2: str,
    target: str,
    figures: list[tuple[float, float]],
    unit: str | None,
) -> None:
    parsed = _import(
        tmp_path,
        [
            ["Ref", "Measure", "Q1 2024/25", "Q2 2024/25", "Target 2024/25"],
            ["FN1", "Savings delivered against plan", q1, q2, target],
            ["FN2", "Invoices paid within 30 days (%)", 95.1, 97.3, 97],
        ],
    )
    indicator = _by_code(parsed)["FN1"]
    assert _figures(indicator) == figures
    assert indicator.unit == unit


def test_a_band_written_once_with_its_scale_covers_both_ends(tmp_path: Path) -> None:
    parsed = _import(
        tmp_path,
        [
            ["Ref", "Measure", "Q1 2024/25", "Q2 2024/25", "Target 2024/25"],
            ["FN1", "Sundry debt over 90 days old", "£1.1m", "£900k", "£1-1.5m"],
            ["FN2", "Invoices paid within 30 days (%)", 95.1, 97.3, 97],
        ],
    )
    indicator = _by_code(parsed)["FN1"]
    assert (indicator.band_low, indicator.band_high) == (1_000_000.0, 1_500_000.0)
    assert [o.actual for o in indicator.observations] == [1_100_000.0, 900_000.0]


def test_a_unit_column_scale_gives_way_to_cells_typed_with_their_own(tmp_path: Path) -> None:
    parsed = _import(
        tmp_path,
        [
            ["Ref", "Measure", "Unit", "Q1 2024/25", "Q2 2024/25", "Target"],
            ["FN1", "Savings delivered", "£m", "£850k", "£1.6m", "£3.4m"],
            ["FN2", "Capital programme spend", "£m", 1.2, 2.5, 4],
            ["FN3", "Business rates written off", "£'000", 45, 38, 40],
        ],
    )
    found = _by_code(parsed)
    assert (found["FN1"].unit, _figures(found["FN1"])) == (
        "£",
        [(850_000.0, 3_400_000.0), (1_600_000.0, 3_400_000.0)],
    )
    # a scale said only by the unit column, with plain cells, is read as before
    assert (found["FN2"].unit, _figures(found["FN2"])) == ("£m", [(1.2, 4.0), (2.5, 4.0)])
    assert [o.actual for o in found["FN3"].observations] == [45.0, 38.0]


def test_a_heading_scale_with_plain_cells_keeps_its_unit(tmp_path: Path) -> None:
    parsed = _import(
        tmp_path,
        [
            ["Ref", "Measure", "Q1 2024/25", "Q2 2024/25", "Target 2024/25"],
            ["FN1", "Capital spend (£m)", 6.2, 14.9, 41],
            ["FN2", "Car parking income (£m)", "£0.78m", "£1.52m", "£3.0m"],
        ],
    )
    found = _by_code(parsed)
    assert (found["FN1"].unit, _figures(found["FN1"])) == ("£m", [(6.2, 41.0), (14.9, 41.0)])
    assert (found["FN2"].unit, [o.actual for o in found["FN2"].observations]) == (
        "£",
        [780_000.0, 1_520_000.0],
    )


def test_a_bare_lower_case_m_is_not_taken_for_millions(tmp_path: Path) -> None:
    parsed = _import(
        tmp_path,
        [
            ["Ref", "Measure", "Q1 2024/25", "Q2 2024/25", "Target 2024/25"],
            ["FN1", "Average wait for a call to be answered", "12m", "9m", 10],
            ["FN2", "Invoices paid within 30 days (%)", 95.1, 97.3, 97],
        ],
    )
    indicator = _by_code(parsed)["FN1"]
    assert [o.actual for o in indicator.observations] == [None, None]
    assert [o.actual_text for o in indicator.observations] == ["12m", "9m"]
    assert parsed.review, "a figure that could be read two ways is put to the user"
