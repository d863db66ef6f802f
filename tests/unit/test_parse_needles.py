"""The literal test before a search never changes what the search finds."""

from __future__ import annotations

import re
import unicodedata

import pytest

from desktop.scorecard import vocabulary
from desktop.scorecard.parse import needles, values
from desktop.scorecard.parse.values import _clean

TEXTS = [
    "Measure number 1 of service delivery",
    "% of calls answered",
    "Percentage of pupils",
    "Rate per 10,000 population",
    "Rate /1000",
    "Rate per 1k",
    "Budget (£'000)",
    "Spend £k",
    "Overspend (£m)",
    "Fines of £51 to £200",
    "Cost in GBP",
    "Days lost per FTE",
    "Cost per day",
    "Average number of days to process",
    "Hours volunteered",
    "Staff hrs",
    "Cost per hour",
    "Minutes to answer",
    "Wait (mins)",
    "Response time in seconds",
    "Over 30 secs",
    "No. of complaints",
    "Count of visits",
    "Nifer y cwynion",
    "Cyfradd fesul 1,000",
    "Diwrnodau a gollwyd",
    "fesul diwrnod",
    "Oriau gwirfoddoli",
    "Munudau i ateb",
    "Pupil teacher ratio",
    "Satisfaction score",
    "Canran y disgyblion",
    "Library visits",
    "",
    "   ",
    "WEEKS WAITING",
    "Wythnosau",
    "Temperature in \u212a",  # the Kelvin sign
    "Ca\u017fe count",  # a long s
    "Caf\u00e9 visits per week",
    "Amser aros (munud)",
    "PCT of target",
    "Indicator",
]


def _searched(text: str) -> str | None:
    """Every rule searched in order, as before the test."""
    if not text.strip():
        return None
    cleaned = _clean(text[:800])
    for pattern, unit in vocabulary.UNIT_RULES:
        if pattern.search(cleaned):
            return unit
    return None


@pytest.mark.parametrize("text", TEXTS)
def test_unit_from_header_finds_what_searching_every_rule_finds(text: str) -> None:
    assert values.unit_from_header(text) == _searched(text)


def test_names_without_a_rule_word_skip_every_search() -> None:
    cleaned = "library visits"
    assert not any(
        needles.may_match(pattern, cleaned, cleaned) for pattern, _ in vocabulary.UNIT_RULES
    )


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (re.compile(r"\bday\b", re.I), "DAY"),
        (re.compile(r"(?:ab|cd)+x?", re.I), "zzCDzz"),
        (re.compile(r"k", re.I), "\u212a"),  # the Kelvin sign is no ASCII: searched
        (re.compile("\u212a", re.I), "k"),  # and matches a k: the piece is not used
        (re.compile(r"Case"), "Case"),
        (re.compile(r"[a-z]+"), "anything"),  # no piece: always searched
        (re.compile(r"a?b*"), ""),
        (re.compile(r"(?i:x)yz"), "Xyz"),
    ],
)
def test_a_text_the_pattern_matches_is_never_skipped(pattern: re.Pattern[str], text: str) -> None:
    assert pattern.search(text)
    assert needles.may_match(pattern, text, text.lower())


def test_a_text_without_any_piece_is_skipped() -> None:
    pattern = re.compile(r"(?<!\bper )\bdays?\b|\bweeks?\b", re.I)
    assert needles.needles(pattern) == (frozenset({"day", "week"}), True)
    assert not needles.may_match(pattern, "Hours", "hours")
    case_sensitive = re.compile(r"Case")
    assert not needles.may_match(case_sensitive, "case", "case")


def test_ascii_text_is_cleaned_as_the_full_cleaning_cleans_it() -> None:
    """ASCII is its own NFKC form, with no marks or odd spaces: cleaned without them."""
    assert all(unicodedata.normalize("NFKC", chr(code)) == chr(code) for code in range(128))
    for text in ("  Days \t to\npay  ", "PAM/012 % ", "\x1c a \x1f", "".join(map(chr, range(128)))):
        assert _clean(text) == re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip()


def test_screened_rules_answer_as_searching_every_rule_in_order() -> None:
    rules = needles.Screened(vocabulary.UNIT_RULES)
    for text in [*TEXTS, "", "Délai moyen (jours)", "Rate per 1,000 ²"]:
        cleaned = _clean(text)
        expected = next((u for p, u in vocabulary.UNIT_RULES if p.search(cleaned)), None)
        assert rules.first(cleaned) == expected
