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
