"""A percent format spilled over whole figure columns: rows whose own unit says they are
counts, days, money or rates are read as the values stored; a percentage row pasted in
points (84 showing '8400%') is 84%; with no unit evidence the format is read as before."""

from __future__ import annotations

import pytest

from desktop.scorecard.layout.find import detect
from desktop.scorecard.layout.percent_spill import reading_format
from desktop.scorecard.read.grid import CellStyle, CellValue, Sheet, Workbook


@pytest.mark.parametrize(
    ("unit", "name", "value", "expected"),
    [
        ("Number", "Complaints received", 148, None),
        ("No.", "Cases prevented", 212, None),
        ("Nos", "Cases prevented", 0.5, None),
        ("Days", "Time to re-let homes", 24.6, None),
        ("£", "Debt over 90 days old", 412310, None),
        ("£000s", "Agency spend", 1200, None),
        ("Rate per 1,000", "Missed bins", 0.74, None),
        ("per 10,000", "Children looked after", 61.2, None),
        ("%", "Calls answered", 0.81, "0.0%"),
        ("%", "Customers satisfied", 84, '0"%"'),
        ("Percentage", "Customers satisfied", 2.5, "0.0%"),  # 250%: may be meant
        ("", "Average days to process claims", 17.2, None),  # by the name, not a fraction
        ("", "Fly-tips removed within 2 working days", 0.96, "0.0%"),  # a share by its value
        ("", "Number of complaints", 0.4, "0.0%"),
        ("", "Complaints received", 148, "0.0%"),  # nothing says: as before
        ("Score", "Resident survey score", 0.72, "0.0%"),
        ("Rate", "Council tax collection rate", 0.97, "0.0%"),  # a bare 'rate': a share
        ("", "Missed bins per 100,000 collections", 61.0, None),
        ("", "% of residents satisfied", 62, '0"%"'),
    ],
)
def test_the_rows_own_unit_decides_how_a_percent_format_reads(
    unit: str, name: str, value: float, expected: str | None
) -> None:
    assert reading_format("0.0%", value, unit, name) == expected


def test_formats_that_do_not_scale_are_kept() -> None:
    assert reading_format('0"%"', 148, "Number", "Complaints") == '0"%"'
    assert reading_format("#,##0", 148, "Number", "Complaints") == "#,##0"
    assert reading_format("0%", "148", "Number", "Complaints") == "0%"


def test_a_whole_column_formatted_percent_reads_each_row_by_its_unit() -> None:
    rows: list[list[CellValue]] = [
        ["Ref", "Indicator", "Unit", "Q1 2024/25", "Q2 2024/25", "Target"],
        ["A1", "Complaints answered on time", "%", 0.91, 0.88, 0.9],
        ["A2", "Complaints received", "Count", 148, 132, None],
        ["A3", "Days lost to sickness per FTE", "Days", 2.4, 2.1, 2.0],
        ["A4", "Residents satisfied", "%", 84, 86, 85],
        ["A5", "Cost of temporary accommodation", "£k", 312.5, 298.0, 300],
    ]
    styles = {(r, c): CellStyle(number_format="0%") for r in range(1, 6) for c in (3, 4, 5)}
    sheet = Sheet("KPIs", rows, styles=styles)
    parsed = detect(Workbook("/tmp/k.xlsx", "xlsx", [sheet]))
    got = {i.code: [(o.actual, o.target) for o in i.observations] for i in parsed.indicators}
    assert got == {
        "A1": [(91.0, 90.0), (88.0, 90.0)],
        "A2": [(148.0, None), (132.0, None)],
        "A3": [(2.4, 2.0), (2.1, 2.0)],
        "A4": [(84.0, 85.0), (86.0, 85.0)],
        "A5": [(312.5, 300.0), (298.0, 300.0)],
    }
