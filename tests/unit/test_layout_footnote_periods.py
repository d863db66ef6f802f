"""A footnote marked on an indicator's name saying which period each column's figures are."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers.layout_sheets import detect_rows, figures

HEADINGS = [
    "Ref",
    "Measure",
    "Latest (Aug 24)",
    "Previous (May 24)",
    "Same time last year (Aug 23)",
]


@pytest.mark.parametrize(
    ("mark", "note"),
    [
        ("\u00b9", "\u00b9 Quarterly, a quarter in arrears: Latest = Q1 2024/25 (Apr\u2013Jun "
         "2024), Previous = Q4 2023/24 (Jan\u2013Mar 2024), Same time last year = Q1 2023/24."),
        ("*", "* Reported quarterly. Latest: Q1 2024/25; Previous: Q4 2023/24; Same time "
         "last year: Q1 2023/24"),
        ("(a)", "(a) latest = Quarter 1 2024/25, previous = Quarter 4 2023/24, same time "
         "last year = Quarter 1 2023/24"),
    ],
)  # fmt: skip
def test_a_marked_row_takes_the_periods_its_footnote_gives(
    tmp_path: Path, mark: str, note: str
) -> None:
    parsed = detect_rows(
        tmp_path / "digest.xlsx",
        [
            ["Performance digest"],
            HEADINGS,
            ["ENV01", f"Household waste recycled (%) {mark}", 46.3, 38.9, 45.1],
            ["ENV02", "Missed bins per 100,000", 61, 74, 58],
            [],
            [note],
        ],
    )
    found = figures(parsed)
    assert found["Household waste recycled (%)"] == [
        ("Q1 2024/25", 46.3),
        ("Q4 2023/24", 38.9),
        ("Q1 2023/24", 45.1),
    ]
    assert found["Missed bins per 100,000"] == [
        ("Aug 2024", 61),
        ("May 2024", 74),
        ("Aug 2023", 58),
    ]


def test_a_footnote_naming_only_some_columns_dates_only_those(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "digest.xlsx",
        [
            HEADINGS,
            ["CUS01", "Calls answered (%) \u00b2", 87.4, 82.1, 84.9],
            ["CUS02", "Average wait (seconds)", 142, 211, 168],
            [],
            ["\u00b2 Telephony upgrade: Latest = Jul 2024."],
        ],
    )
    assert figures(parsed)["Calls answered (%)"] == [
        ("Jul 2024", 87.4),
        ("May 2024", 82.1),
        ("Aug 2023", 84.9),
    ]


@pytest.mark.parametrize(
    "note",
    ["\u00b9 Source: WasteDataFlow, validated quarterly.",
     "\u00b9 Latest figure is provisional.",
     "\u00b2 Latest = Q1 2024/25"],
)  # fmt: skip
def test_a_footnote_giving_no_period_for_the_mark_leaves_the_headings(
    tmp_path: Path, note: str
) -> None:
    parsed = detect_rows(
        tmp_path / "digest.xlsx",
        [
            HEADINGS,
            ["ENV01", "Household waste recycled (%) \u00b9", 46.3, 38.9, 45.1],
            [],
            [note],
        ],
    )
    assert [p for p, _ in figures(parsed)["Household waste recycled (%)"]] == [
        "Aug 2024",
        "May 2024",
        "Aug 2023",
    ]


MONTHS = ["Ref", "Measure", "This month", "Last month", "Same month last year", "Target"]


@pytest.mark.parametrize(
    ("mark", "note"),
    [
        ("*", "* Sickness absence is reported one month in arrears."),
        ("\u2020", "\u2020 Data relates to the previous month."),
        ("\u00b9", "\u00b9 Published with a one-month lag by the NHS."),
        ("(a)", "(a) Figures are in arrears: the payroll closes after the report."),
        ("**", "** This indicator is lagged by one month."),
    ],
)
def test_a_footnote_saying_the_row_is_a_month_in_arrears_dates_it_a_month_back(
    tmp_path: Path, mark: str, note: str
) -> None:
    parsed = detect_rows(
        tmp_path / "monthly.xlsx",
        [
            ["Housing monthly report"],
            ["Reporting period: August 2024"],
            MONTHS,
            ["HN01", "Rent collected (%)", 98.6, 99.1, 97.8, 98.5],
            ["HN13", f"Days lost to sickness per FTE {mark}", 0.98, 1.12, 0.91, 0.85],
            [],
            [note],
        ],
    )
    assert not parsed.review
    found = figures(parsed)
    assert found["Days lost to sickness per FTE"] == [
        ("Jul 2024", 0.98),
        ("Jun 2024", 1.12),
        ("Jul 2023", 0.91),
    ]
    assert found["Rent collected (%)"] == [
        ("Aug 2024", 98.6),
        ("Jul 2024", 99.1),
        ("Aug 2023", 97.8),
    ]


@pytest.mark.parametrize(
    "note",
    ["\u00b9 Reported a quarter in arrears.", "\u00b9 Data relates to the previous quarter."],
)
def test_a_quarter_in_arrears_moves_quarter_columns_back_a_quarter(
    tmp_path: Path, note: str
) -> None:
    parsed = detect_rows(
        tmp_path / "quarterly.xlsx",
        [
            ["Ref", "Measure", "Q1 2024/25", "Q2 2024/25", "Target"],
            ["P1", "Planning appeals allowed (%) \u00b9", 31.0, 28.5, 30],
            ["P2", "Major applications on time (%)", 91.0, 88.0, 85],
            [],
            [note],
        ],
    )
    assert not parsed.review
    assert figures(parsed)["Planning appeals allowed (%)"] == [
        ("Q4 2023/24", 31.0),
        ("Q1 2024/25", 28.5),
    ]


@pytest.mark.parametrize(
    "note",
    [
        "* Reported one month in arrears.",  # a month back from a quarter: which?
        "* Reported a month in arrears, or two months in arrears at year end.",
    ],
)
def test_a_lag_that_does_not_fit_the_columns_is_asked_about_at_the_cell(
    tmp_path: Path, note: str
) -> None:
    parsed = detect_rows(
        tmp_path / "quarterly.xlsx",
        [
            ["Ref", "Measure", "Q1 2024/25", "Q2 2024/25", "Target"],
            ["P1", "Working days lost per FTE *", 2.1, 2.4, 2],
            ["P2", "Major applications on time (%)", 91.0, 88.0, 85],
            [],
            [note],
        ],
    )
    assert [r.cell for r in parsed.review] == ["C2"]
    assert not figures(parsed).get("Working days lost per FTE")


@pytest.mark.parametrize(
    "note",
    [
        "* Tenants more than one month in arrears at the end of the month.",
        "* Percentage of tenants in arrears who have a payment plan.",
        "* New measure from April 2024.",
    ],
)
def test_a_footnote_about_arrears_owed_leaves_the_periods_alone(tmp_path: Path, note: str) -> None:
    parsed = detect_rows(
        tmp_path / "monthly.xlsx",
        [
            ["Reporting period: August 2024"],
            MONTHS,
            ["HN02", "Tenants in arrears *", 812, 790, 845, 800],
            ["HN01", "Rent collected (%)", 98.6, 99.1, 97.8, 98.5],
            [],
            [note],
        ],
    )
    assert not parsed.review
    assert [p for p, _ in figures(parsed)["Tenants in arrears"]] == [
        "Aug 2024",
        "Jul 2024",
        "Aug 2023",
    ]


@pytest.mark.parametrize(
    ("period", "steps", "unit", "expected"),
    [
        (("quarter", 2024, 1), 1, None, ("quarter", 2023, 4)),
        (("quarter", 2024, 3), 1, "quarter", ("quarter", 2024, 2)),
        (("quarter", 2024, 2), 2, "month", None),
        (("month", 2024, 1), 1, None, ("month", 2023, 12)),
        (("month", 2024, 9), 1, "quarter", ("month", 2024, 6)),
        (("financial_year", 2024), 1, None, ("financial_year", 2023)),
        (("academic_year", 2023), 1, "year", ("academic_year", 2022)),
        (("calendar_year", 2024), 4, "quarter", ("calendar_year", 2023)),
        (("calendar_year", 2024), 1, "month", None),
    ],
)
def test_a_footnote_lag_steps_back_by_whole_periods(
    period: tuple[object, ...], steps: int, unit: str | None, expected: tuple[object, ...] | None
) -> None:
    from desktop.scorecard.layout.footnote_periods import earlier
    from desktop.scorecard.parse import period_spans

    def make(spec: tuple[object, ...]) -> object:
        kind, *args = spec
        return getattr(period_spans, str(kind))(*args)

    got = earlier(make(period), steps, unit)  # type: ignore[arg-type]
    assert got == (None if expected is None else make(expected))
