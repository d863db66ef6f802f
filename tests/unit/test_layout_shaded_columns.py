"""A column shaded one colour from its heading down is styling, not a rating of each figure."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from openpyxl import Workbook
from openpyxl.styles import PatternFill

from desktop.scorecard.layout import find
from desktop.scorecard.model import ParsedScorecard
from desktop.scorecard.read.workbook import read_workbook

ROWS: list[list[object]] = [
    ["Ref", "Indicator", "2022/23", "2023/24", "Target"],
    ["H1", "Households in temporary accommodation", 87, 94, 90],
    ["H2", "Days to re-let council homes", 34.1, 31.8, 30],
    ["H3", "Repairs right first time (%)", 84.0, 85.6, 88],
    ["H4", "Tenants satisfied with repairs (%)", 78.0, 80.5, 80],
]


def read(path: Path, fills: dict[str, str]) -> ParsedScorecard:
    """ROWS on a sheet, each cell named in ``fills`` ('D1') filled with its colour."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Scorecard"
    for row in ROWS:
        sheet.append(row)
    for cell, rgb in fills.items():
        sheet[cell].fill = PatternFill(fill_type="solid", start_color=rgb, end_color=rgb)
    book.save(path)
    return find.detect(read_workbook(path))


def column(letter: str, rgb: str, rows: Sequence[int] = range(1, 6)) -> dict[str, str]:
    return {f"{letter}{r}": rgb for r in rows}


def ratings(parsed: ParsedScorecard, label: str = "2023/24") -> set[object]:
    """The ratings read for the figures of one year (column D)."""
    return {o.rag for i in parsed.indicators for o in i.observations if o.period.label == label}


@pytest.mark.parametrize(
    "rgb",
    ["FFFFF2CC", "FFE2EFDA", "FFFCE4D6", "FFFFFF99"],  # pale gold, green, orange; yellow
)
def test_a_column_shaded_from_its_heading_down_rates_nothing(tmp_path: Path, rgb: str) -> None:
    parsed = read(tmp_path / "t.xlsx", column("D", rgb))
    assert ratings(parsed) == {None}


def test_two_columns_shaded_as_one_group(tmp_path: Path) -> None:
    parsed = read(tmp_path / "t.xlsx", {**column("C", "FFFFF2CC"), **column("D", "FFFFF2CC")})
    assert ratings(parsed) == {None} and ratings(parsed, "2022/23") == {None}


def test_figures_coloured_by_their_status_keep_their_ratings(tmp_path: Path) -> None:
    fills = {"D2": "FFFF0000", "D3": "FFFFC000", "D4": "FF92D050", "D5": "FF92D050"}
    parsed = read(tmp_path / "t.xlsx", fills)
    assert ratings(parsed) == {"red", "amber", "green"}


def test_every_figure_green_under_a_plain_heading_is_still_green(tmp_path: Path) -> None:
    parsed = read(tmp_path / "t.xlsx", column("D", "FF92D050", range(2, 6)))
    assert ratings(parsed) == {"green"}


def test_a_heading_row_shaded_all_across_is_not_one_columns_shading(tmp_path: Path) -> None:
    fills = {f"{c}1": "FFFFC000" for c in "ABCDE"} | column("D", "FFFFC000", range(2, 6))
    parsed = read(tmp_path / "t.xlsx", fills)
    assert ratings(parsed) == {"amber"}
