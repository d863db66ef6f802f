"""Every period written in the real benchmarking files in the corpus is understood."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from desktop.scorecard.parse.periods import parse_period

REAL = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus" / "real"

pytestmark = pytest.mark.corpus


def _column(name: str, column: str) -> set[str]:
    path = REAL / name
    if not path.exists():
        pytest.skip(f"corpus file {name} is absent")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return {row[column] for row in csv.DictReader(handle)}


@pytest.mark.parametrize(
    ("name", "column"),
    [
        ("lgbf__Scottish_Averages.csv", "Period"),
        ("oflog__ASC_data.csv", "Financial year"),
        ("trafford__neet.csv", "period"),
        ("trafford__active_adults.csv", "period"),
    ],
)
def test_every_period_in_the_file_parses(name: str, column: str) -> None:
    values = _column(name, column)
    unread = sorted(v for v in values if parse_period(v) is None)
    assert values and unread == []


def test_lgbf_quarters_and_months_land_where_expected() -> None:
    values = _column("lgbf__Scottish_Averages.csv", "Period")
    assert "2018-19;Q3" in values and "2012;February" in values
    q3 = parse_period("2018-19;Q3")
    february = parse_period("2012;February")
    assert q3 is not None and q3.label == "Q3 2018/19"
    assert february is not None and february.label == "Feb 2012"
