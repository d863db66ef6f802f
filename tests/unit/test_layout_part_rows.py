"""Breakdown rows directly under an indicator ('of which: upheld', 'Of these, ...',
'including ...'), with no code of their own, are parts of it, named after it."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.scorecard.layout.part_rows import is_part
from tests.helpers.layout_sheets import detect_rows, figures


@pytest.mark.parametrize(
    "label",
    [
        "of which: upheld",
        "Of which upheld",
        "   of which - upheld",
        "- of which upheld",
        "Of these, upheld at stage 2",
        "of whom aged 65 or over",
        "including those placed out of area",
        "Incl. repeat referrals",
        "o'r rhain: wedi'u cadarnhau",
        "gan gynnwys atgyfeiriadau",
    ],
)
def test_breakdown_wordings_are_parts(label: str) -> None:
    assert is_part(label)


@pytest.mark.parametrize(
    "label",
    ["Households in temporary accommodation", "Income collected (%)", "Whichever is sooner"],
)
def test_other_names_are_not_parts(label: str) -> None:
    assert not is_part(label)


def test_breakdown_rows_are_named_after_the_indicator_above(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "parts.xlsx",
        [
            ["Ref", "Measure", "Q1 2024/25", "Q2 2024/25", "Target"],
            ["HL1", "Households owed a prevention duty", 210, 198, None],
            [None, "Of these, prevented within 56 days", 120, 131, None],
            [None, "Including those with children", 64, 70, None],
            ["HL2", "Households owed a relief duty", 150, 162, None],
            [None, "   of which: relieved", 71, 80, None],
            ["HL3", "Households in temporary accommodation", 88, 93, 90],
        ],
    )
    assert not parsed.review, parsed.review
    found = figures(parsed)
    assert found["Households owed a prevention duty - Of these, prevented within 56 days"] == [
        ("Q1 2024/25", 120.0),
        ("Q2 2024/25", 131.0),
    ]
    assert found["Households owed a prevention duty - Including those with children"][1] == (
        "Q2 2024/25",
        70.0,
    )
    assert found["Households owed a relief duty - of which: relieved"][0] == ("Q1 2024/25", 71.0)
    assert found["Households owed a prevention duty"][0] == ("Q1 2024/25", 210.0)
    parts = [i for i in parsed.indicators if " - " in i.name]
    assert all(i.code is None for i in parts)
    assert any("a part of the indicator above" in line for line in parsed.explain)


def test_the_same_breakdown_under_two_indicators_is_two_measures(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "complaints.xlsx",
        [
            ["Code", "Indicator", "Q1 2024/25", "Q2 2024/25"],
            ["C1", "Stage 1 complaints", 300, 280],
            [None, "of which upheld", 70, 61],
            ["C2", "Stage 2 complaints", 40, 36],
            [None, "of which upheld", 9, 7],
        ],
    )
    assert not parsed.review, parsed.review
    found = figures(parsed)
    assert found["Stage 1 complaints - of which upheld"][0] == ("Q1 2024/25", 70.0)
    assert found["Stage 2 complaints - of which upheld"][0] == ("Q1 2024/25", 9.0)


def test_a_breakdown_row_with_its_own_code_keeps_its_name(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "coded.xlsx",
        [
            ["Code", "Indicator", "Q1 2024/25", "Q2 2024/25"],
            ["F1", "FOI requests received", 400, 380],
            ["F1a", "of which answered in 20 days", 371, 352],
            ["F2", "Subject access requests received", 58, 64],
        ],
    )
    assert "of which answered in 20 days" in figures(parsed)


def test_a_breakdown_row_after_a_gap_is_not_taken_as_a_part(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "gap.xlsx",
        [
            ["Code", "Indicator", "Q1 2024/25", "Q2 2024/25"],
            ["F1", "FOI requests received", 400, 380],
            ["F2", "Subject access requests received", 58, 64],
            [],
            [None, "Including those about planning", 31, 28],
        ],
    )
    names = set(figures(parsed))
    assert not any(" - Including" in n for n in names)


def test_a_row_indented_under_a_coded_indicator_is_a_part(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "indented.xlsx",
        [
            ["Ref", "Measure", "Q1 2024/25", "Q2 2024/25"],
            ["CX1", "Complaints closed", 140, 151],
            [None, "    Upheld", 31, 40],
            [None, "    Not upheld", 109, 111],
            ["CX2", "Compliments received", 88, 93],
        ],
    )
    assert not parsed.review, parsed.review
    found = figures(parsed)
    assert found["Complaints closed - Upheld"][0] == ("Q1 2024/25", 31.0)
    assert found["Complaints closed - Not upheld"][1] == ("Q2 2024/25", 111.0)
    assert found["Compliments received"][0] == ("Q1 2024/25", 88.0)


def test_an_indented_name_under_an_uncoded_indicator_keeps_its_name(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "uncoded.xlsx",
        [
            ["Measure", "Q1 2024/25", "Q2 2024/25"],
            ["Complaints closed", 140, 151],
            ["    Compliments received", 88, 93],
        ],
    )
    assert "Compliments received" in figures(parsed)
