"""Colour alone as the rating, where the sheet's key says so: the shading of an indicator's
name rates the row's latest figure, a figure's font colour rates that figure."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill

from desktop.scorecard.layout.colour_keys import says_figure_ink, says_name_shading
from desktop.scorecard.layout.find import detect
from desktop.scorecard.model import ParsedScorecard
from desktop.scorecard.read.workbook import read_workbook

GOOD, NEUTRAL, BAD, BAND, BLUE = "FFC6EFCE", "FFFFEB9C", "FFFFC7CE", "FFF2F2F2", "FF9DC3E6"
RED, GOLD, ORANGE, GREEN, PURPLE = "FFFF0000", "FFFFC000", "FFED7D31", "FF00B050", "FF7030A0"
ROWS = (
    ("Missed bins per 100,000 collections", 48, 52, 50),
    ("Fly-tipping incidents cleared in 2 days (%)", 88, 91, 90),
    ("Streets graded A or B for litter (%)", 93, 95, 94),
    ("Recycling rate (%)", 41, 43, 45),
)
NAME_KEY = "Shading of the indicator name shows performance against target"
INK_KEY = (
    "Figures in red are off target, figures in amber are within 5%, figures in green are on "
    "target; figures in black are not rated."
)


def _solid(rgb: str) -> PatternFill:
    return PatternFill(fill_type="solid", start_color=rgb, end_color=rgb)


def _book(
    path: Path,
    *,
    key: str | None,
    shades: list[str | None] | None = None,
    inks: list[str | None] | None = None,
    band: bool = False,
) -> ParsedScorecard:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Waste"
    sheet.append(["Street Scene Performance, Quarter 3 2024/25"])
    sheet.append([key])
    sheet.append(["Indicator", "Q2 2024/25", "Q3 2024/25", "Target"])
    for i, row in enumerate(ROWS):
        sheet.append(list(row))
        at = 4 + i
        if band and i % 2:
            for col in range(1, 5):
                sheet.cell(row=at, column=col).fill = _solid(BAND)
        if shades and shades[i]:
            sheet.cell(row=at, column=1).fill = _solid(str(shades[i]))
        if inks and inks[i]:
            sheet.cell(row=at, column=3).font = Font(bold=True, color=inks[i])
    book.save(path)
    return detect(read_workbook(path))


def _latest(parsed: ParsedScorecard) -> dict[str, str | None]:
    return {
        i.name: {o.period.label: o.rag for o in i.observations}["Q3 2024/25"]
        for i in parsed.indicators
    }


def test_key_lines_are_told_from_other_lines() -> None:
    assert says_name_shading(NAME_KEY)
    assert says_name_shading("Measure names are coloured by RAG status")
    assert not says_name_shading("Names shaded grey have no target")
    assert not says_name_shading("Source: service returns")
    assert says_figure_ink(INK_KEY)
    assert says_figure_ink("The font colour of each figure shows its RAG status")
    assert not says_figure_ink("Figures in red are provisional")


def test_the_name_s_shading_rates_the_latest_figure_under_a_key(tmp_path: Path) -> None:
    parsed = _book(tmp_path / "n.xlsx", key=NAME_KEY, shades=[BAD, NEUTRAL, GOOD, None], band=True)
    assert _latest(parsed) == {
        "Missed bins per 100,000 collections": "red",
        "Fly-tipping incidents cleared in 2 days (%)": "amber",
        "Streets graded A or B for litter (%)": "green",
        "Recycling rate (%)": None,  # banded grey: no rating
    }
    assert all(
        o.rag is None
        for i in parsed.indicators
        for o in i.observations
        if o.period.label != "Q3 2024/25"
    )
    assert not parsed.review


def test_a_name_shaded_in_no_rating_s_colour_is_held_for_review(tmp_path: Path) -> None:
    parsed = _book(tmp_path / "b.xlsx", key=NAME_KEY, shades=[BAD, BLUE, GOOD, None])
    assert [item.cell for item in parsed.review] == ["A5"]


def test_names_shaded_with_no_key_are_held_for_review_not_rated(tmp_path: Path) -> None:
    parsed = _book(tmp_path / "k.xlsx", key=None, shades=[BAD, NEUTRAL, GOOD, None])
    assert all(rag is None for rag in _latest(parsed).values())
    assert [item.cell for item in parsed.review] == ["A4"]


def test_a_figure_s_ink_rates_it_under_a_key(tmp_path: Path) -> None:
    parsed = _book(tmp_path / "i.xlsx", key=INK_KEY, inks=[RED, ORANGE, GREEN, None])
    assert _latest(parsed) == {
        "Missed bins per 100,000 collections": "red",
        "Fly-tipping incidents cleared in 2 days (%)": "amber",
        "Streets graded A or B for litter (%)": "green",
        "Recycling rate (%)": None,  # black: not rated
    }
    assert not parsed.review


def test_inks_with_no_key_rate_nothing(tmp_path: Path) -> None:
    parsed = _book(tmp_path / "n.xlsx", key=None, inks=[RED, GOLD, GREEN, None])
    assert all(rag is None for rag in _latest(parsed).values())


def test_a_figure_in_a_colour_that_is_no_rating_is_held_for_review(tmp_path: Path) -> None:
    parsed = _book(tmp_path / "p.xlsx", key=INK_KEY, inks=[RED, PURPLE, GREEN, None])
    assert [item.cell for item in parsed.review] == ["C5"]
    assert _latest(parsed)["Fly-tipping incidents cleared in 2 days (%)"] is None
