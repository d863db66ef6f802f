"""Small pieces of plain British English shared by flags, enquiries and facts."""

from __future__ import annotations

from .types import Polarity

_NOUNS = {
    "quarter": ("quarter", "quarters"),
    "month": ("month", "months"),
    "financial_year": ("year", "years"),
    "academic_year": ("year", "years"),
    "calendar_year": ("year", "years"),
}

_ORDINALS = (
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
)

_POLARITY = {
    "higher_is_better": "higher is better",
    "lower_is_better": "lower is better",
    "on_target": "best within its band",
    "none": "no better direction",
    "unknown": "better direction not stated",
}


def period_noun(kind: str, count: int = 1) -> str:
    """'quarter', 'months', 'year'... for a period kind; 'period' when it has no name."""
    singular, plural = _NOUNS.get(kind, ("period", "periods"))
    return singular if count == 1 else plural


def ordinal(n: int) -> str:
    if 1 <= n <= len(_ORDINALS):
        return _ORDINALS[n - 1]
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def polarity_phrase(polarity: Polarity | str) -> str:
    return _POLARITY.get(polarity, "better direction not stated")


def join_names(names: list[str]) -> str:
    """'A', 'A and B', 'A, B and C'."""
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def people_word(indicator_name: str) -> str:
    """Who the cases are, as far as the indicator's name says."""
    lowered = indicator_name.lower()
    for needle, word in (
        ("child", "children"),
        ("young", "young people"),
        ("pupil", "pupils"),
        ("care leaver", "young people"),
        ("famil", "families"),
        ("adult", "adults"),
        ("client", "people"),
    ):
        if needle in lowered:
            return word
    return "people"
