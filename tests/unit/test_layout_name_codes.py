"""A code written inside the name cell, where the table has no code column, is the code."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers.layout_sheets import detect_rows

_NAMES = [
    "Rent collected as % of rent due",
    "Council tax collected",
    "Households prevented from homelessness",
    "Household waste recycled",
]


def _table(cells: list[str]) -> list[list[object]]:
    rows: list[list[object]] = [["Indicator", "Q1 2024/25", "Q2 2024/25"]]
    for number, cell in enumerate(cells):
        rows.append([cell, 10.0 + number, 20.0 + number])
    return rows


@pytest.mark.parametrize(
    ("written", "codes"),
    [
        (["{n} (HSG 04)", "{n} (RB/01)", "{n} (PAM/012)", "{n} (NI 192)"], None),
        (["[HSG 04] {n}", "[RB/01] {n}", "[PAM/012] {n}", "[NI 192] {n}"], None),
        (["HSG 04 - {n}", "RB/01 - {n}", "PAM/012 - {n}", "NI 192 - {n}"], None),
        (["HSG 04: {n}", "RB/01: {n}", "PAM/012: {n}", "NI 192: {n}"], None),
        (["{n} - HSG 04", "{n} - RB/01", "{n} - PAM/012", "{n} - NI 192"], None),
        (
            ["{n} [CS1.2a]", "{n} [ASC-07]", "{n} [PAM/012]", "{n} [NI 192]"],
            ["CS1.2a", "ASC-07", "PAM/012", "NI 192"],
        ),
    ],
)
def test_codes_are_taken_from_the_names(
    tmp_path: Path, written: list[str], codes: list[str] | None
) -> None:
    cells = [w.format(n=n) for w, n in zip(written, _NAMES, strict=True)]
    parsed = detect_rows(tmp_path / "codes.xlsx", _table(cells))
    expected = codes or ["HSG 04", "RB/01", "PAM/012", "NI 192"]
    assert {i.code: i.name for i in parsed.indicators} == dict(zip(expected, _NAMES, strict=True))
    assert any("codes taken from the names" in line for line in parsed.explain)


def test_a_row_without_a_code_keeps_its_whole_name(tmp_path: Path) -> None:
    cells = [f"{n} (HOM {i})" for i, n in enumerate(_NAMES[:3], 1)] + ["Staff sickness (days)"]
    parsed = detect_rows(tmp_path / "codes.xlsx", _table(cells))
    read = {i.name: i.code for i in parsed.indicators}
    assert read["Staff sickness (days)"] is None
    assert read["Council tax collected"] == "HOM 2"


@pytest.mark.parametrize(
    "cells",
    [
        # units, words and periods in brackets are no codes
        [
            "Rent collected (%)",
            "Households in temporary accommodation (number)",
            "Days to relet (days)",
            "Spend (£000)",
            "Complaints (cumulative)",
            "Starters (new)",
        ],
        [
            "Rent collected (2024/25)",
            "Council tax collected (Q2)",
            "Waste recycled (2023/24)",
            "Homes built (Q3)",
        ],
        ["Rent collected - 2024", "Council tax collected - 95", "Waste recycled - 12"],
        # a code standing for two names: left whole
        ["Rent collected (HSG 04)", "Council tax collected (HSG 04)", "Waste recycled (NI 192)"],
        # fewer than half carry a code
        [
            "Rent collected (HSG 04)",
            "Council tax collected",
            "Waste recycled",
            "Homes built",
            "Staff sickness",
        ],
        # only two rows, too few to tell
        ["Rent collected (HSG 04)", "Council tax collected (RB/01)"],
    ],
)
def test_names_without_codes_stay_whole(tmp_path: Path, cells: list[str]) -> None:
    parsed = detect_rows(tmp_path / "codes.xlsx", _table(cells))
    assert sorted(i.name for i in parsed.indicators) == sorted(cells)
    assert all(i.code is None for i in parsed.indicators)


def test_a_code_column_keeps_the_names_whole(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Code", "Indicator", "Q1 2024/25"]]
    for number, name in enumerate(_NAMES, 1):
        rows.append([f"K{number:02d}", f"{name} (HSG 0{number})", float(number)])
    parsed = detect_rows(tmp_path / "codes.xlsx", rows)
    assert {i.code for i in parsed.indicators} == {"K01", "K02", "K03", "K04"}
    assert all("(HSG" in i.name for i in parsed.indicators)


def test_a_unit_in_brackets_stays_with_the_name_before_the_code(tmp_path: Path) -> None:
    cells = [
        "Households in temporary accommodation (number) (HOM 2)",
        "Rent collected as % of rent due (%) (HSG 04)",
        "Days to relet a council home (days) (HSG 09)",
    ]
    parsed = detect_rows(tmp_path / "codes.xlsx", _table(cells))
    assert {i.code: i.name for i in parsed.indicators} == {
        "HOM 2": "Households in temporary accommodation (number)",
        "HSG 04": "Rent collected as % of rent due (%)",
        "HSG 09": "Days to relet a council home (days)",
    }


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        # before the name in square brackets, after it in round ones
        (["[RB/01] Council tax collected (%)", "[RB/02] Business rates collected (%)",
          "Rent collected (%) (HSG 04)", "Days to relet a council home (days) (HSG 11)"],
         {"RB/01": "Council tax collected (%)", "RB/02": "Business rates collected (%)",
          "HSG 04": "Rent collected (%)", "HSG 11": "Days to relet a council home (days)"}),
        # a colon after a leading code, a dash before a trailing one
        (["CS12: Care leavers in education, employment or training",
          "Households in temporary accommodation – PAM/013",
          "Homelessness prevented (2024/25) - PAM/012", "ASC-07 Delayed transfers of care"],
         {"CS12": "Care leavers in education, employment or training",
          "PAM/013": "Households in temporary accommodation",
          "PAM/012": "Homelessness prevented (2024/25)", "ASC-07": "Delayed transfers of care"}),
    ],
)  # fmt: skip
def test_one_table_may_write_its_codes_before_and_after_the_names(
    tmp_path: Path, cells: list[str], expected: dict[str, str]
) -> None:
    parsed = detect_rows(tmp_path / "codes.xlsx", _table(cells))
    assert {i.code: i.name for i in parsed.indicators} == expected


def test_codes_in_both_places_on_too_few_rows_leave_the_names_whole(tmp_path: Path) -> None:
    cells = ["[RB/01] Council tax collected", "Rent collected (HSG 04)", "Waste recycled",
             "Homes built", "Staff sickness (days)"]  # fmt: skip
    parsed = detect_rows(tmp_path / "codes.xlsx", _table(cells))
    assert sorted(i.name for i in parsed.indicators) == sorted(cells)
    assert all(i.code is None for i in parsed.indicators)
