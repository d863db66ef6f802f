"""A cell filled with a pattern (Excel's cross-hatching, dots, stripes) keeps its pattern and
colours apart from a solid fill: a pattern is no colour, so it is never read by hue, but a
key of swatches may give it a meaning."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Color, PatternFill

from desktop.scorecard.read.workbook import read_workbook


def test_a_pattern_fill_is_kept_with_its_colours_apart_from_a_solid_fill(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Indicator", "Q1 2024/25", "Rating"])
    fills = [
        PatternFill(fill_type="darkTrellis", start_color="FF000000", end_color="FFFFFFFF"),
        PatternFill(fill_type="lightGray", fgColor=Color(theme=1), bgColor=Color(theme=0)),
        PatternFill(fill_type="darkUp", start_color="FF0070C0"),
        PatternFill(fill_type="solid", start_color="FFD9D9D9", end_color="FFD9D9D9"),
        None,
    ]
    for n, fill in enumerate(fills):
        sheet.append([f"Measure {n + 1}", 50 + n, None])
        if fill is not None:
            sheet.cell(row=n + 2, column=3).fill = fill
    path = tmp_path / "p.xlsx"
    book.save(path)
    styles = read_workbook(path).sheets[0].styles
    read = [styles.get((row, 2)) for row in range(1, 6)]
    assert [(s.fill, s.pattern) if s else None for s in read] == [
        (None, "darkTrellis:000000:FFFFFF"),  # a pattern: no colour a hue could rate
        (None, "lightGray:000000:FFFFFF"),  # theme colours: dark 1 lines on light 1
        (None, "darkUp:0070C0:FFFFFF"),  # no ground colour set: white
        ("D9D9D9", None),
        None,
    ]
