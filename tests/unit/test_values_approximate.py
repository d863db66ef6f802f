"""Figures typed with a mark saying they are approximate or estimated ('~85%', 'c.138,000',
'approx. 6,600', 'Est. 42', '85% (est.)') are read as the number, as the 'p' and 'r' flags
after a figure are; ranges, words and sentences that carry such a mark are not figures."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop.scorecard import vocabulary
from desktop.scorecard.parse import cells
from desktop.scorecard.parse.targets import parse_target
from desktop.scorecard.parse.values import figure_mark, leading_mark, parse_number
from tests.helpers.layout_sheets import detect_rows


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("~85%", 85.0, "%"),
        ("~ 85%", 85.0, "%"),
        ("\u2248 54%", 54.0, "%"),
        ("\u224854.5%", 54.5, "%"),
        ("c.138,000", 138000.0, None),
        ("c. 120", 120.0, None),
        ("C. 45", 45.0, None),
        ("c 120", 120.0, None),
        ("ca. 40", 40.0, None),
        ("circa 1,200", 1200.0, None),
        ("approx. 6,600", 6600.0, None),
        ("Approx 6,600", 6600.0, None),
        ("approximately 40", 40.0, None),
        ("Est. 1,950", 1950.0, None),
        ("est 42", 42.0, None),
        ("Est: 42", 42.0, None),
        ("estimated 3.2 days", 3.2, "days"),
        ("Estimate 17.5%", 17.5, "%"),
        ("c. \u00a31.2m", 1200000.0, "\u00a3"),
        ("~ -5", -5.0, None),
        ("~0.5", 0.5, None),
        ("85% (est.)", 85.0, "%"),
        ("52% (estimate)", 52.0, "%"),
        ("40 (approx)", 40.0, None),
        ("40 approx.", 40.0, None),  # never the unit 'approx'
        ("42 est", 42.0, None),
        ("c.85% (est.)", 85.0, "%"),  # a mark on each side
        ("c.250", 250.0, None),
        ("ca. 250", 250.0, None),
        ("about 250", 250.0, None),
        ("About 1,200", 1200.0, None),
        ("around 85%", 85.0, "%"),
        ("Around 85 per cent", 85.0, "%"),
        ("roughly 12 days", 12.0, "days"),
        ("Roughly \u00a31.2m", 1200000.0, "\u00a3"),
        ("ROUGHLY 40", 40.0, None),
        ("about 4.5 hrs", 4.5, "hours"),
        ("around -5", -5.0, None),
    ],
)
def test_an_approximate_or_estimated_figure_is_its_number(
    text: str, value: float, unit: str | None
) -> None:
    parsed = parse_number(text)
    assert (parsed.value, parsed.text, parsed.unit) == (value, None, unit)
    assert figure_mark(text) is not None
    assert cells.is_figure(text) or "per cent" in text  # as '85 per cent' alone


@pytest.mark.parametrize(
    "text",
    [
        "c. 80-90",  # a range, not one figure
        "approx. 80 to 90",
        "~ half",
        "Approximately half of residents",  # words
        "Circa the end of March",
        "c",  # the suppressed-figure marker
        "~",
        "c120",  # a code, not 'c. 120'
        "est42",
        "e 42",
        "estimate",
        "c. 40 \u2013 awaiting validation",
        "About 250 people attended the event",  # a sentence, not a marked figure
        "About 85% of residents satisfied",
        "around 10 - 12%",
        "roughly half",
        "About a third",
        "about 1 in 4",  # a share in words
        "about 1 in four",
        "around the end of March",
        "Roughly on track \u2013 see commentary",
        "about",
        "about250",
    ],
)
def test_a_mark_before_words_or_a_range_gives_no_figure(text: str) -> None:
    parsed = parse_number(text)
    assert parsed.value is None and parsed.text == text


def test_the_mark_before_a_figure_is_named() -> None:
    assert leading_mark("c.138,000") == ("c.", "138,000")
    assert leading_mark("Est: 42") == ("est", "42")
    assert leading_mark("~85%") == ("~", "85%")
    assert leading_mark("c. 80-90") == ("c.", "80-90")  # the rest need not be a figure
    assert leading_mark("Circa the end of March") is None
    assert leading_mark("About 85%") == ("about", "85%")
    assert leading_mark("around 80-90") == ("around", "80-90")  # a range: held for review
    assert leading_mark("About 250 people attended the event") is None  # a sentence
    assert leading_mark("About 85% of residents") is None
    assert figure_mark("roughly 12 days") == "roughly"
    assert leading_mark("85%") is None
    assert figure_mark("85%") is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("approx. 95%", 95.0),
        ("c. 120", 120.0),
        ("~90%", 90.0),
        ("at least c. 95%", 95.0),
        ("around 95%", 95.0),
        ("about 20 days", 20.0),
    ],
)
def test_a_target_typed_approximately_is_that_target(text: str, value: float) -> None:
    found = parse_target(text)
    assert found is not None and found.value == value


def test_an_approximate_range_is_no_target() -> None:
    found = parse_target("c. 90-95 days")
    assert found is None or found.value is None


def test_a_column_of_marked_figures_is_read_and_counted(tmp_path: Path) -> None:
    read = detect_rows(
        tmp_path / "marked.xlsx",
        [
            ["Quarterly performance 2024/25"],
            ["Ref", "Measure", "Q1 2024/25", "Q2 2024/25", "Target"],
            ["W1", "Recycling rate (%)", 55.2, "~54%", 55],
            ["W2", "Residual waste per household (kg)", 98.4, "c.104", 100],
            ["H1", "Homelessness preventions", "Est. 37", "approximately 41", 40],
            ["L1", "Leisure visits", "ca. 142,000", "151,904 (est.)", "approx. 140,000"],
        ],
    )
    assert read.review == []
    got = {
        (i.code, o.period.label): (o.actual, o.target)
        for i in read.indicators
        for o in i.observations
    }
    assert got[("W1", "Q2 2024/25")] == (54.0, 55.0)
    assert got[("W2", "Q2 2024/25")] == (104.0, 100.0)
    assert got[("H1", "Q1 2024/25")] == (37.0, 40.0)
    assert got[("L1", "Q1 2024/25")] == (142000.0, 140000.0)
    assert got[("L1", "Q2 2024/25")] == (151904.0, 140000.0)
    said = [w for w in read.warnings if "typed with a mark" in w]
    assert len(said) == 1 and said[0].startswith("Scorecard!D3: 6 figures"), said
    assert any(
        "with a mark saying how sure they are" in line and ": 6," in line for line in read.explain
    )


def test_an_approximate_range_among_figures_is_held_for_review(tmp_path: Path) -> None:
    read = detect_rows(
        tmp_path / "range.xlsx",
        [
            ["Ref", "Measure", "Q1 2024/25", "Q2 2024/25"],
            ["A1", "Anti-social behaviour incidents", "c.120", "c. 110-130"],
            ["A2", "Fly-tipping incidents", 52, 47],
        ],
    )
    assert [item.line().split(":")[0] for item in read.review] == ["Scorecard!D2"]


@pytest.mark.parametrize("sign", ["\u00a3", "$", "\u20ac"])
def test_every_money_sign_of_the_vocabulary_may_follow_a_mark(sign: str) -> None:
    assert re.fullmatch(vocabulary.MONEY_SIGN, sign)
    assert leading_mark(f"approx. {sign}40") == ("approx.", f"{sign}40")
    assert parse_number(f"~{sign}1.2m").value == 1_200_000.0
    assert cells.is_figure(f"c. {sign}850")


def test_figures_in_ordinary_words_are_read_and_counted_but_sentences_are_not(
    tmp_path: Path,
) -> None:
    read = detect_rows(
        tmp_path / "words.xlsx",
        [
            ["Ref", "Measure", "Q1 2024/25", "Q2 2024/25", "Target", "Comments"],
            ["R1", "Residents satisfied (%)", "around 85%", 86.2, 85, "About 85% of residents"],
            ["H1", "Homes built", 61, "about 250", 240, "About 250 people attended the event"],
            ["B1", "Days to process claims", "roughly 12 days", 11.4, "around 12", None],
            ["L1", "Library visits", "c.250", "ca. 250", 260, "Around the same as last year"],
        ],
    )
    assert read.review == []
    got = {
        (i.code, o.period.label): (o.actual, o.target)
        for i in read.indicators
        for o in i.observations
    }
    assert got[("R1", "Q1 2024/25")] == (85.0, 85.0)
    assert got[("H1", "Q2 2024/25")] == (250.0, 240.0)
    assert got[("B1", "Q1 2024/25")] == (12.0, 12.0)
    assert got[("L1", "Q2 2024/25")] == (250.0, 260.0)
    said = [w for w in read.warnings if "typed with a mark" in w]
    assert len(said) == 1 and said[0].startswith("Scorecard!C2: 5 figures"), said


def test_an_approximate_range_in_words_is_held_for_review(tmp_path: Path) -> None:
    read = detect_rows(
        tmp_path / "range.xlsx",
        [
            ["Ref", "Measure", "Q1 2024/25", "Q2 2024/25"],
            ["A1", "Anti-social behaviour incidents", "about 120", "around 110-130"],
            ["A2", "Fly-tipping incidents", 52, 47],
        ],
    )
    assert [item.line().split(":")[0] for item in read.review] == ["Scorecard!D2"]
