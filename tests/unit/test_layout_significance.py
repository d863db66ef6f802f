"""'Compared with England' in a public health profile: Better/Similar/Worse are the rating,
Higher/Lower/Not compared none; the same words elsewhere are no rating."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook
from openpyxl.styles import PatternFill

from desktop.scorecard.layout.find import detect
from desktop.scorecard.layout.significance import answer, compares
from desktop.scorecard.model import ParsedScorecard
from desktop.scorecard.read.workbook import read_workbook

ROWS = (
    ("Smoking prevalence in adults (%)", "2023", 12.6, 11.6, "Similar"),
    ("Physically active adults (%)", "2022/23", 69.8, 67.1, "Better"),
    ("Year 6 obesity (%)", "2023/24", 24.6, 22.1, "Worse"),
    ("Cancer screening coverage: breast cancer (%)", "2024", 71.3, 69.9, "Higher"),
    ("Deaths from drug misuse, per 100,000", "2023", 6.1, 5.5, "Not compared"),
)


FILLS = {"Better": "FF92D050", "Similar": "FFFFC000", "Worse": "FFC00000", "Higher": "FF9DC3E6"}
KEY = (
    ("Better", "Significantly better than England"),
    ("Similar", "Not significantly different from England"),
    ("Worse", "Significantly worse than England"),
)


def _book(path: Path, heading: str, *, filled: bool = True, key: bool = False) -> ParsedScorecard:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Health profile"
    sheet.append(["Public health profile compared with England"])
    sheet.append([])
    for entry in KEY if key else ():
        sheet.append(list(entry))
    sheet.append([])
    sheet.append(["Indicator", "Period", "Value", "England", heading])
    for row in ROWS:
        sheet.append(list(row))
        rgb = FILLS.get(str(row[-1]))
        if filled and rgb:
            sheet.cell(row=sheet.max_row, column=5).fill = PatternFill(
                fill_type="solid", start_color=rgb, end_color=rgb
            )
    book.save(path)
    return detect(read_workbook(path))


def test_headings_naming_a_benchmark_comparison() -> None:
    assert compares("Compared with England")
    assert compares("Comparison to region")
    assert compares("Significance")
    assert not compares("Compared with last year")
    assert not compares("Trend")
    assert answer("Compared with England", "Similar") == "amber"
    assert answer("Compared with England", "Lower") == "none"
    assert answer("Trend", "Better") is None


@pytest.mark.parametrize(("filled", "key"), [(True, False), (False, True)])
def test_significance_words_under_compared_with_england_rate(
    tmp_path: Path, filled: bool, key: bool
) -> None:
    parsed = _book(tmp_path / "p.xlsx", "Compared with England", filled=filled, key=key)
    rags = {i.name: i.observations[0].rag for i in parsed.indicators}
    assert rags == {
        "Smoking prevalence in adults (%)": "amber",
        "Physically active adults (%)": "green",
        "Year 6 obesity (%)": "red",
        "Cancer screening coverage: breast cancer (%)": None,
        "Deaths from drug misuse, per 100,000": None,
    }
    assert not parsed.review


def test_the_same_words_under_a_trend_heading_rate_nothing(tmp_path: Path) -> None:
    parsed = _book(tmp_path / "y.xlsx", "Trend")
    assert all(o.rag is None for i in parsed.indicators for o in i.observations)


def test_bare_words_with_no_colour_or_key_rate_nothing(tmp_path: Path) -> None:
    """A profile download's words, in no colour and with no key: not taken as ratings."""
    parsed = _book(tmp_path / "d.xlsx", "Compared with England", filled=False)
    assert all(o.rag is None for i in parsed.indicators for o in i.observations)
