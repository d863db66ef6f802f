"""The bundled sample scorecard is current, deterministic and big enough to demo."""

from __future__ import annotations

import hashlib
from collections import Counter
from pathlib import Path

import pytest
from openpyxl import load_workbook

from resources.sample.make_sample import DEFAULT_PATH, HEADERS, build_sample, council_rag

Row = tuple[object, ...]


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def rows() -> list[Row]:
    book = load_workbook(DEFAULT_PATH, read_only=True)
    try:
        sheet = book["Scorecard"]
        return [tuple(r) for r in sheet.iter_rows(min_row=4, values_only=True)]
    finally:
        book.close()


def test_committed_sample_matches_what_the_script_writes(tmp_path: Path) -> None:
    fresh = build_sample(tmp_path / "sample.xlsx")
    assert _sha256(fresh) == _sha256(DEFAULT_PATH)


def test_header_is_the_third_row_after_two_title_rows() -> None:
    book = load_workbook(DEFAULT_PATH, read_only=True)
    try:
        sheet = book["Scorecard"]
        top = [tuple(r) for r in sheet.iter_rows(min_row=1, max_row=3, values_only=True)]
    finally:
        book.close()
    assert str(top[0][0]).startswith("Example Borough Council")
    assert top[2][: len(HEADERS)] == HEADERS


def test_at_least_forty_indicators_have_eight_quarters(rows: list[Row]) -> None:
    quarters_per_ref = Counter(row[2] for row in rows)
    assert sum(1 for count in quarters_per_ref.values() if count == 8) >= 40


def test_at_least_four_portfolios(rows: list[Row]) -> None:
    assert len({row[0] for row in rows}) >= 4


def test_ehcp_quarter_reports_fifty_of_ninety_three(rows: list[Row]) -> None:
    ehcp = [row for row in rows if row[2] == "CS01" and row[7] == 50]
    assert [(row[8], round(float(str(row[9])), 3)) for row in ehcp] == [(93, 0.538)]


def test_exactly_one_red_has_no_commentary(rows: list[Row]) -> None:
    silent = [(row[2], row[6]) for row in rows if row[11] == "Red" and not row[15]]
    assert len(silent) == 1


def test_three_exempt_indicators(rows: list[Row]) -> None:
    assert len({row[2] for row in rows if row[16] == "Yes"}) == 3


def test_two_or_three_published_rags_break_the_ten_percent_rule(rows: list[Row]) -> None:
    rated = [r for r in rows if isinstance(r[9], int | float) and isinstance(r[10], int | float)]
    broken = [r for r in rated if r[11] != council_rag(str(r[4]), float(r[9]), float(r[10]))]
    assert 2 <= len(broken) <= 3
