"""A heading repeated in a benchmark table: the column under its own code's title is kept."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from desktop.scorecard.layout.find import detect
from desktop.scorecard.read.workbook import read_workbook

AREAS = ("Aberdeen City", "Angus", "Fife")


def _write(
    path: Path, titles: list[str | None], headings: list[str], rows: list[list[float]]
) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "All measures"
    sheet.append([None, *titles])
    sheet.append(["Local Authority", *headings])
    for area, figures in zip(AREAS, rows, strict=True):
        sheet.append([area, *figures])
    book.save(path)
    return path


def _figures(path: Path) -> tuple[dict[tuple[str, str], float | None], list[str], list[str]]:
    parsed = detect(read_workbook(path), area="Angus")
    figures = {
        (i.code or "", o.period.label): o.actual for i in parsed.indicators for o in i.observations
    }
    return figures, parsed.warnings, [r.line() for r in parsed.review]


def test_the_column_under_another_codes_title_is_left_out_and_said(tmp_path: Path) -> None:
    path = _write(
        tmp_path / "bench.xlsx",
        ["SW3 - Home care hours", None, None, "SW4 - Adults satisfied with social care", None],
        ["SW3 2011-12", "SW3 2012-13", "SW4 2013-14", "SW4 2013-14", "SW4 2014-15"],
        [
            [28.2, 27.5, 25.8, 44.0, 41.6],
            [19.8, 26.8, 29.0, 54.3, 50.3],
            [30.1, 31.0, 30.5, 47.2, 45.0],
        ],
    )
    figures, warnings, review = _figures(path)
    assert review == []
    assert figures[("SW4", "2013/14")] == 54.3  # E: under SW4's title
    assert figures[("SW3", "2012/13")] == 26.8
    assert any(
        w.startswith("All measures!D2: 'SW4 2013-14' is headed again at E2") for w in warnings
    )


def test_without_titles_to_tell_them_apart_the_reading_goes_to_review(tmp_path: Path) -> None:
    path = _write(
        tmp_path / "bench.xlsx",
        [None, None, None, None],
        ["SW3 2011-12", "SW4 2013-14", "SW4 2013-14", "SW4 2014-15"],
        [[28.2, 25.8, 44.0, 41.6], [19.8, 29.0, 54.3, 50.3], [30.1, 30.5, 47.2, 45.0]],
    )
    _figures_read, _warnings, review = _figures(path)
    assert review and "two columns give it" in review[0]
