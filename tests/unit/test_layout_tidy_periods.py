"""Open-data periods written as digits ('time_period' 202324) with their kind in the next
column ('time_identifier'), one column per measure, an area per row."""

from __future__ import annotations

import pytest

from desktop.scorecard.layout.find import detect
from desktop.scorecard.layout.tidy_periods import period_text
from desktop.scorecard.model import ParsedScorecard
from desktop.scorecard.read.grid import CellValue, Sheet, Workbook

HEADING: list[CellValue] = [
    "time_period", "time_identifier", "geographic_level", "country_name", "region_code",
    "region_name", "la_code", "la_name", "pupil_count", "fsm_eligible_percent",
]  # fmt: skip


def _read(*rows: list[CellValue], area: str) -> ParsedScorecard:
    sheet = Sheet("data", [HEADING, *rows])
    return detect(Workbook(path="/tmp/open_data.csv", format="csv", sheets=[sheet]), area=area)


def _seen(read: ParsedScorecard) -> dict[str, list[tuple[str, float | None, str | None]]]:
    return {
        i.name: sorted((o.period.label, o.actual, o.cell) for o in i.observations)
        for i in read.indicators
    }


@pytest.mark.parametrize(
    ("period", "kind", "said"),
    [
        (202425, "Financial year", "2024/25 financial year"),
        ("199900", "Academic year", "1999/00 academic year"),
        (202324.0, "academic year", "2023/24 academic year"),
        ("2023", "Calendar year", "2023 calendar year"),
        (202399, "Academic year", None),  # not a year and the next
        ("202324", "Spring term", None),  # a term: left as written
        ("2023", "Financial year", None),  # which financial year is not said
    ],
)
def test_year_digits_said_with_their_kind(period: CellValue, kind: str, said: str | None) -> None:
    assert period_text(period, kind) == said


def test_local_authority_rows_read_for_the_area_asked_for() -> None:
    lead = ["Financial year", "Local authority", "England", "E12000007", "London"]
    read = _read(
        [202425, "Financial year", "National", "England", "", "", "", "", 8_100_000, 24.6],
        [202425, *lead, 202, "Camden", 21_340, 38.2],
        [202425, *lead, 209, "Lewisham", 33_005, 31.7],
        [202324, *lead, 202, "Camden", 21_512, 36.9],
        [202324, *lead, 209, "Lewisham", 33_410, 30.4],
        area="Lewisham",
    )
    assert _seen(read) == {
        "pupil_count": [("2023/24", 33_410.0, "I6"), ("2024/25", 33_005.0, "I4")],
        "fsm_eligible_percent": [("2023/24", 30.4, "J6"), ("2024/25", 31.7, "J4")],
    }


def test_national_and_own_region_rows_are_the_areas_comparators() -> None:
    lead = ["Academic year", "Local authority", "England"]
    read = _read(
        ["202324", "Academic year", "National", "England", "", "", "", "", 8_100_000, 24.6],
        ["202324", "Academic year", "Regional", "England", "E12000007", "London", "", "",
         1_200_000, 26.1],
        ["202324", "Academic year", "Regional", "England", "E12000006", "East of England", "",
         "", 900_000, 20.3],
        ["202324", *lead, "E12000007", "London", 209, "Lewisham", 33_005, 31.7],
        ["202324", *lead, "E12000006", "East of England", 873, "Cambridgeshire", 88_120, 17.2],
        area="Lewisham",
    )  # fmt: skip
    said = {
        i.name: [(o.period.label, o.actual, o.comparators) for o in i.observations]
        for i in read.indicators
    }
    assert said["fsm_eligible_percent"] == [
        ("2023/24 (AY)", 31.7, {"England": 24.6, "Regional": 26.1})
    ]
