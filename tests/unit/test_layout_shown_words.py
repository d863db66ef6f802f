"""Ratings, directions and polarities stored as numbers that a custom number format shows as
words ('[=1]"On track";[=2]"At risk";"Off track"'): read as the words the sheet shows. Figure
columns keep their numbers, and a number the format does not surely show as words is read
(and held) as before. The same sheet saved as .ods or .xls reads the same."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import Workbook

from desktop.scorecard.importer import preview
from desktop.scorecard.model import ParsedScorecard

STATUS = '[=1]"On track";[=2]"At risk";"Off track"'
TREND = '[Color10][>0]"\u25b2 Improving";[Red][<0]"\u25bc Worsening";"\u25ba No change"'


def _book(
    path: Path,
    columns: dict[str | None, tuple[list[object], str]],
    *,
    figure_format: str | None = None,
    figures: tuple[float, ...] = (71.5, 64.0, 58.25),
) -> Path:
    """Ref, Indicator, Q1, Q2, Target, then each of ``columns``: its heading, its cells and
    their number format."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Scorecard"
    ws.append(["Ref", "Indicator", "Q1 2024/25", "Q2 2024/25", "Target 2024/25", *columns])
    for n, figure in enumerate(figures):
        cells = [cells[n] for cells, _ in columns.values()]
        ws.append([f"PI{n + 1:02}", f"Measure number {n + 1}", 60 + n, figure, 70, *cells])
        for k, (_, code) in enumerate(columns.values()):
            ws.cell(row=n + 2, column=6 + k).number_format = code
        if figure_format:
            for col in (3, 4, 5):
                ws.cell(row=n + 2, column=col).number_format = figure_format
    wb.save(path)
    return path


def _latest(parsed: ParsedScorecard) -> list[tuple[str | None, str | None]]:
    return [(i.observations[-1].rag, i.observations[-1].direction_text) for i in parsed.indicators]


def test_status_and_direction_numbers_are_read_as_the_words_shown(tmp_path: Path) -> None:
    columns = {"Status": ([1, 2, 3], STATUS), "Direction of travel": ([1, -1, 0], TREND)}
    parsed = preview(_book(tmp_path / "s.xlsx", columns))
    assert _latest(parsed) == [
        ("green", "\u25b2 Improving"),
        ("amber", "\u25bc Worsening"),
        ("red", "\u25ba No change"),
    ]
    assert parsed.review == []
    assert [i.observations[-1].actual for i in parsed.indicators] == [71.5, 64.0, 58.25]


def test_polarity_shown_by_positive_and_negative_sections(tmp_path: Path) -> None:
    columns = {"Good is": ([1, -1, 1], '"Higher";"Lower"')}
    parsed = preview(_book(tmp_path / "p.xlsx", columns))
    assert [i.polarity for i in parsed.indicators] == [
        "higher_is_better",
        "lower_is_better",
        "higher_is_better",
    ]


@pytest.mark.parametrize("heading", ["Latest", "Position"])
def test_a_column_showing_only_rating_words_is_weighed_by_them(
    tmp_path: Path, heading: str
) -> None:
    parsed = preview(_book(tmp_path / "h.xlsx", {heading: ([3, 1, 2], STATUS)}))
    assert _latest(parsed) == [("red", None), ("green", None), ("amber", None)]
    assert [i.observations[-1].actual for i in parsed.indicators] == [71.5, 64.0, 58.25]


def test_an_unheaded_column_of_words_is_held_as_typed_words_would_be(tmp_path: Path) -> None:
    parsed = preview(_book(tmp_path / "u.xlsx", {None: ([1, 2, 3], STATUS)}))
    assert [item.cell for item in parsed.review] == ["F1"]


def test_figures_whose_format_shows_them_keep_their_numbers(tmp_path: Path) -> None:
    columns = {"Status": ([1, 2, 3], STATUS), "Outturn 2023/24": ([5, 0, 7], '0;-0;"-"')}
    path = _book(tmp_path / "f.xlsx", columns, figure_format='0.0" days"', figures=(12.5, 0, 9))
    parsed = preview(path)
    assert [[o.actual for o in i.observations] for i in parsed.indicators] == [
        [60.0, 12.5, 5.0],
        [61.0, 0.0, 0.0],  # the zero shown '-' is a zero
        [62.0, 9.0, 7.0],
    ]
    assert [i.observations[1].rag for i in parsed.indicators] == ["green", "amber", "red"]
    assert parsed.review == []


def test_a_number_no_section_covers_is_held_as_before(tmp_path: Path) -> None:
    columns = {"Status": ([1, 2, 3], '[=1]"On track";[=2]"At risk"')}
    parsed = preview(_book(tmp_path / "n.xlsx", columns))
    assert _latest(parsed)[:2] == [("green", None), ("amber", None)]
    assert [item.cell for item in parsed.review] == ["F4"]


def test_a_negative_left_to_the_last_section_is_held_as_before(tmp_path: Path) -> None:
    parsed = preview(_book(tmp_path / "m.xlsx", {"Status": ([1, -1, 3], STATUS)}))
    assert [item.cell for item in parsed.review] == ["F3"]


OFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(OFFICE is None, reason="LibreOffice is not installed")
@pytest.mark.parametrize("fmt", ["ods", "xls"])
def test_ods_and_xls_give_the_same_reading(tmp_path: Path, fmt: str) -> None:
    columns = {"Status": ([1, 2, 3], STATUS), "Direction of travel": ([1, -1, 0], TREND)}
    path = _book(tmp_path / "same.xlsx", columns)
    assert OFFICE is not None
    subprocess.run(
        [OFFICE, "--headless", "--convert-to", fmt, "--outdir", str(tmp_path), str(path)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    converted = preview(path.with_suffix(f".{fmt}"))
    assert _latest(converted) == _latest(preview(path))
    assert converted.review == []
