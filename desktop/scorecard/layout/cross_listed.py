"""One indicator listed under two portfolios: a cross-cutting measure, read once.

A corporate scorecard lists a measure that several portfolios share under each of them
('Delayed discharges' under Adults and again under Public Health, often marked '†'), in
sections of one table, in tables of one sheet or on one sheet per portfolio. Its listings
are put together as the listings of one indicator on two sheets are: each period is read
once, and a period the listings give different figures for is a doubt naming both cells
(one of them is stale, and nothing says which).

Two listings under different portfolios are one indicator when they have:

- the same code and the same name (words only, footnote marks aside), or the same code
  where the code is more than a number ('LS05', 'PAM/010'; '1' or '2.3' may only count the
  rows of each section), or the same code and a period with the same figure;
- no code, the same name and a period with the same figure: a name such as 'Sickness
  absence (days per FTE)' with other figures in each portfolio is the measure each
  portfolio reports for itself.

They are not when the two portfolios list mostly the same indicators (two sheets of one
scorecard for two areas or services, or in two languages: their figures are each one's
own), nor when the measure is listed under more than two portfolios with figures that do
not all agree (each portfolio's own share of it). Those stay one indicator per portfolio.

The indicator is kept under the portfolio whose other codes share its letters ('LS05'
beside 'LS01' and 'LS02'), else under the portfolio it is first listed in.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from desktop.scorecard import vocabulary
from desktop.scorecard.layout.notes import Notes
from desktop.scorecard.layout.repeats import name_key, same_figure
from desktop.scorecard.model import ParsedIndicator

MAX_SHARING = 2  # a measure under more portfolios than this, its figures differing, is
# each one's own
PARALLEL = 2  # two portfolios sharing at least this many indicators, and at least half of
# the shorter one's list, are one scorecard twice over
_LETTERS = re.compile(r"[^\W\d_]+")


def identity(indicator: ParsedIndicator) -> str:
    """What two listings of one indicator have in common, whatever their portfolios."""
    if indicator.code:
        return f"c|{indicator.code.strip().lower()}"
    return f"n|{name_key(indicator.name)}"


@dataclass(slots=True)
class _Listed:
    kept: ParsedIndicator
    portfolios: list[str | None] = field(default_factory=list)
    places: list[str] = field(default_factory=list)  # each later listing's first cell


class Listings:
    """The indicators kept so far, by identity, to find a later listing's first one."""

    def __init__(self, every: list[ParsedIndicator]) -> None:
        self.by_identity: dict[str, list[_Listed]] = defaultdict(list)
        # every listing, the first under each portfolio; what each portfolio lists
        self.listings: dict[str, list[ParsedIndicator]] = defaultdict(list)
        self.lists: dict[str, set[str]] = defaultdict(set)
        for indicator in every:
            ident, portfolio = identity(indicator), vocabulary.normalise(indicator.portfolio)
            self.lists[portfolio].add(ident)
            if portfolio not in {vocabulary.normalise(i.portfolio) for i in self.listings[ident]}:
                self.listings[ident].append(indicator)

    def add(self, indicator: ParsedIndicator) -> None:
        self.by_identity[identity(indicator)].append(_Listed(indicator, [indicator.portfolio]))

    def first_listing(self, indicator: ParsedIndicator) -> ParsedIndicator | None:
        """The indicator ``indicator`` is a later listing of, under another portfolio."""
        ident = identity(indicator)
        listings = self.listings.get(ident, [])
        if len(listings) > MAX_SHARING and not all(
            _agree_throughout(listings[0], other) for other in listings[1:]
        ):
            return None  # each portfolio's own figures of a measure they all report
        portfolio = vocabulary.normalise(indicator.portfolio)
        for listed in self.by_identity.get(ident, []):
            theirs = {vocabulary.normalise(p) for p in listed.portfolios}
            if portfolio in theirs or any(self._parallel(p, portfolio) for p in theirs):
                continue
            if self._one(listed.kept, indicator):
                listed.portfolios.append(indicator.portfolio)
                first = indicator.observations[0] if indicator.observations else None
                listed.places.append(f"{first.sheet}!{first.cell}" if first else "")
                return listed.kept
        return None

    def _parallel(self, one: str, other: str) -> bool:
        """Two portfolios listing mostly the same indicators: one scorecard twice over."""
        shared = len(self.lists[one] & self.lists[other])
        smaller = min(len(self.lists[one]), len(self.lists[other]))
        return shared >= PARALLEL and shared * 2 >= smaller

    @staticmethod
    def _one(kept: ParsedIndicator, other: ParsedIndicator) -> bool:
        if kept.code:
            return (
                name_key(kept.name) == name_key(other.name)
                or _LETTERS.search(kept.code) is not None
                or _agree_somewhere(kept, other)
            )
        return _agree_somewhere(kept, other)

    def settle(self, indicators: list[ParsedIndicator], notes: Notes) -> None:
        """Each indicator listed twice kept under its own portfolio, and said so."""
        for listings in self.by_identity.values():
            for listed in listings:
                if len(listed.portfolios) > 1:
                    _settle(listed, indicators, notes)


def _agree_somewhere(a: ParsedIndicator, b: ParsedIndicator) -> bool:
    """Some period both give a figure for has the same figure in each."""
    by_period = {o.period.label: o for o in a.observations}
    return any(
        (same := by_period.get(o.period.label)) is not None
        and (o.actual is not None or o.actual_text)
        and same_figure(o, same)
        for o in b.observations
    )


def _agree_throughout(a: ParsedIndicator, b: ParsedIndicator) -> bool:
    """No period both give a figure for has a different figure in each."""
    by_period = {o.period.label: o for o in a.observations}
    return all(
        (same := by_period.get(o.period.label)) is None or same_figure(o, same)
        for o in b.observations
    )


def _settle(listed: _Listed, indicators: list[ParsedIndicator], notes: Notes) -> None:
    kept = listed.kept
    owner, why = _owner(kept, listed.portfolios, indicators)
    kept.portfolio = owner
    named = kept.code or kept.name
    shown = " and ".join(f"'{p}'" for p in listed.portfolios if p)
    for place in listed.places:
        notes.warn(
            f"{place}: '{named}' is listed under {shown} — one indicator, read once under "
            f"'{owner}' ({why})",
            kind="listed under two portfolios",
        )


def _owner(
    kept: ParsedIndicator, portfolios: list[str | None], indicators: list[ParsedIndicator]
) -> tuple[str | None, str]:
    """The portfolio whose other codes share the code's letters, else the first listing's."""
    letters = _LETTERS.search(kept.code or "")
    if letters is not None:
        prefix = letters.group(0).lower()
        counts: dict[str, int] = defaultdict(int)
        for indicator in indicators:
            found = _LETTERS.search(indicator.code or "")
            if indicator is not kept and found is not None and found.group(0).lower() == prefix:
                counts[vocabulary.normalise(indicator.portfolio)] += 1
        scores = [(counts.get(vocabulary.normalise(p), 0), p) for p in portfolios]
        best = max(score for score, _ in scores)
        top = [p for score, p in scores if score == best]
        if best > 0 and len(top) == 1:
            return top[0], f"its other {letters.group(0)} codes are there"
    return portfolios[0], "where it is first listed"
