"""'Same period last year' right after a year-to-date or half-year column is that span a year
earlier; beside a quarter or a month it is still counted back from the title."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook

from desktop.scorecard.layout.find import detect
from desktop.scorecard.parse import period_spans
from desktop.scorecard.read.workbook import read_workbook


def _labels(path: Path, rows: Sequence[Sequence[object]]) -> dict[str, dict[str, float | None]]:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    parsed = detect(read_workbook(path))
    assert not parsed.review
    return {
        i.code or i.name: {o.period.label: o.actual for o in i.observations}
        for i in parsed.indicators
    }


def test_beside_a_year_to_date_span_it_is_that_span_a_year_earlier(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Half-year performance report, Cabinet November 2024"],
        ["Ref", "Measure", "YTD 2024/25 (Apr–Sep)", "Same period last year", "Target 2024/25"],
        ["CP1", "Homes completed", 131, 118, 250],
        ["CP2", "Invoices paid on time (%)", 96.1, 95.4, 97],
        ["CP3", "Missed bins per 100,000", 41, 47, 50],
    ]
    got = _labels(tmp_path / "ytd.xlsx", rows)
    assert got["CP1"] == {"H1 2024/25": 131, "H1 2023/24": 118}


def test_beside_a_quarter_it_is_counted_back_from_the_title_as_before(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Quarterly performance report, Cabinet November 2024"],
        ["Ref", "Measure", "Q2 2024/25", "Same period last year", "Target 2024/25"],
        ["CP1", "Homes completed", 131, 118, 250],
        ["CP2", "Invoices paid on time (%)", 96.1, 95.4, 97],
        ["CP3", "Missed bins per 100,000", 41, 47, 50],
    ]
    got = _labels(tmp_path / "quarter.xlsx", rows)
    assert got["CP1"]["Q2 2024/25"] == 131
    assert "H1 2023/24" not in got["CP1"]


def test_a_year_earlier_keeps_whole_months_only() -> None:
    h1 = period_spans.half_year(2024, 1)
    back = period_spans.year_earlier(h1)
    assert back is not None and back.label == "H1 2023/24"
    leap = period_spans.month_range(2024, 2, 2024, 2)
    assert leap is not None
    earlier = period_spans.year_earlier(leap)
    assert earlier is not None and earlier.end.day == 28
    day = period_spans.make_period("date", h1.start, h1.start)
    assert period_spans.year_earlier(day) is None
