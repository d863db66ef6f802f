"""Targets as people type them: 'Minimum 98%', '≤ 2.5%', 'below 28 days', a '90–95%' band.

Decisions worth knowing:

* A bound ("at least 95%", "no more than 110", "< 30%") is stored as its number; the
  wording says which way is good ("at least" -> higher is better, "no more than" ->
  lower is better), used when the file gives no polarity of its own.
* A band ("90–95%", "between 90 and 95") has no single target: both ends are kept
  (``low``, ``high``), ``value`` is None and the polarity is on-target — the indicator is
  green inside the band, red outside it. No midpoint is made up. A scale or currency
  written once serves both ends: "£1-1.5m" is £1,000,000 to £1,500,000.
* A level typed with its tolerance ("95% (+/- 2%)", "14 days ±1") is a band too, but
  its level is stated, so ``value`` is the level (``parse.tolerances`` says how).
* A bracket after the target giving the figure it replaced ('42% (was 45%)', '20 (revised
  from 18)') is left out: the target is the figure before it.
* A more ambitious figure after the target labelled as a stretch ('90% (stretch 95%)', '≤ 12
  days / stretch 10 days', '250 (stretch: 300)') is left out: the target is the figure before
  it (an unlabelled second figure is no target).
* A zero with its meaning in brackets ('0 (no increase)', '0% (no change)') is the zero;
  so is a zero written as a word ('Nil', 'Zero'). 'None' is no target (``NO_TARGET``).
* A word labelling the figure as the target ('Target 65 per cent', 'Tgt: 85%', 'Aim 95%')
  adds nothing: the target is what follows it, unless that is a year ('Target 2025').
* Anything else that is not a plain number gives None: the caller sends it to review
  rather than dropping it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from desktop.scorecard import vocabulary
from desktop.scorecard.model import Polarity
from desktop.scorecard.parse import benchmark_targets, periods, tolerances, values

__all__ = ["Target", "parse_target"]


@dataclass(frozen=True, slots=True)
class Target:
    value: float | None  # the number to compare with (None for a band)
    low: float | None = None  # a band's ends, both given
    high: float | None = None
    polarity: Polarity | None = None  # what the wording says about which way is good
    unit: str | None = None


_BEFORE = re.compile(
    rf"^(?P<sign>{vocabulary.alternatives(vocabulary.TARGET_AT_LEAST + vocabulary.TARGET_AT_MOST)})"
    r"(?<=[^a-z])\s*:?\s*(?P<rest>.+)$|"
    rf"^(?P<wsign>{vocabulary.alternatives(vocabulary.TARGET_AT_LEAST + vocabulary.TARGET_AT_MOST)})"
    r"\s*:?\s+(?P<wrest>.+)$",
    re.I,
)
_AFTER = re.compile(
    rf"^(?P<rest>.+?)\s*(?P<sign>{vocabulary.alternatives(vocabulary.TARGET_AFTER_AT_LEAST)}"
    rf"|{vocabulary.alternatives(vocabulary.TARGET_AFTER_AT_MOST)})$",
    re.I,
)
_UP = frozenset(w.lower() for w in vocabulary.TARGET_AT_LEAST + vocabulary.TARGET_AFTER_AT_LEAST)


def parse_target(text: str, *, decimal_comma: bool = False) -> Target | None:
    """The number (or band) a target cell's text states, with the polarity its words imply."""
    return _parse(" ".join(text.split()), decimal_comma)


# '42% (was 45%)': the target, then in brackets the figure it replaced
_REPLACED = re.compile(
    rf"(?<=\S)\s*[(\[]\s*(?:{vocabulary.alternatives(vocabulary.SUPERSEDED_TARGET_WORDS)})"
    r"\s*:?\s*[^()\[\]]*\d[^()\[\]]*[)\]]$",
    re.I,
)

# '90% (stretch 95%)', '≤ 12 days / stretch 10 days': the target, then a more ambitious figure
# labelled as a stretch, in brackets or after a slash, semicolon or dash
_STRETCH_WORDS = vocabulary.alternatives(vocabulary.STRETCH_TARGET_WORDS)
_STRETCH = re.compile(
    rf"(?<=\S)\s*(?:[(\[]\s*(?:{_STRETCH_WORDS})\b\s*:?\s*[^()\[\]]*\d[^()\[\]]*[)\]]"
    rf"|(?:[/;,|]|\s[-\u2013\u2014])\s*(?:{_STRETCH_WORDS})\b\s*:?\s*[^()\[\]/;|]*\d[^()\[\]/;|]*)$",
    re.I,
)


# '0 (no increase)', '0% [no change]': a zero target with what it means in brackets
_ZERO_SAID = re.compile(
    r"^(?P<zero>[+\-\u2212]?\s*0+(?:[.,]0+)?\s*%?)\s*[(\[]\s*"
    rf"(?:{vocabulary.alternatives(vocabulary.ZERO_CHANGE_WORDS)})\s*[)\]]$",
    re.I,
)


# 'Target 65 per cent', 'Tgt: 85%', 'Aim 95%': a label before the target's figure
_LABEL = re.compile(
    rf"^(?:{vocabulary.alternatives(vocabulary.TARGET_CELL_LABELS)})(?![a-z])\s*[:=]?\s*"
    r"(?P<rest>\S.*)$",
    re.I,
)


@lru_cache(maxsize=2048)
def _parse(text: str, decimal_comma: bool) -> Target | None:
    if not text:
        return None
    if text.lower().rstrip(".") in vocabulary.ZERO_WORDS:  # 'Nil', 'Zero': none to happen
        return Target(0.0)
    labelled = _LABEL.match(text)
    if labelled is not None and periods.parse_period(labelled["rest"]) is None:
        after_label = _parse(labelled["rest"], decimal_comma)
        if after_label is not None:  # the label adds nothing to the figure after it
            return after_label
    zero = _ZERO_SAID.match(text)
    if zero is not None:  # the words say what the zero means: no more than that
        text = zero["zero"]
    replaced = _REPLACED.search(text)
    if replaced is not None:  # the figure before the bracket is the target now
        text = text[: replaced.start()]
    stretch = _STRETCH.search(text)
    if stretch is not None:  # the figure before the stretch is the target
        text = text[: stretch.start()]
    found = _BEFORE.match(text) or _AFTER.match(text)
    if found is not None:
        groups = found.groupdict()
        sign = (groups.get("sign") or groups.get("wsign") or "").lower()
        number = _number(groups.get("rest") or groups.get("wrest") or "", decimal_comma)
        if number is not None:
            polarity: Polarity = "higher_is_better" if sign in _UP else "lower_is_better"
            return Target(number[0], polarity=polarity, unit=number[1])
    plain = _number(text, decimal_comma)
    if plain is not None:
        return Target(plain[0], unit=plain[1])
    band = tolerances.tolerance(text, decimal_comma=decimal_comma)
    if band is not None:
        return Target(band.level, band.low, band.high, polarity="on_target", unit=band.unit)
    benchmark = _benchmark(text, decimal_comma)
    if benchmark is not None:
        return benchmark
    ends = vocabulary.TARGET_BAND.match(text)
    if ends is None:
        return None
    low_text, high_text = _shared_scale(ends["low"], ends["high"])
    low, high = _number(low_text, decimal_comma), _number(high_text, decimal_comma)
    if low is None or high is None:  # "5-6 m": no scale to share after all
        low, high = _number(ends["low"], decimal_comma), _number(ends["high"], decimal_comma)
    if low is None or high is None or low[0] >= high[0]:
        return None
    return Target(None, low=low[0], high=high[0], polarity="on_target", unit=high[1] or low[1])


_SCALE_END = re.compile(rf"(?<=[\d ])\s*(?:{vocabulary.SCALE_WORDS})\s*$", re.I)
_CURRENCY_START = re.compile(rf"^[(\-\u2212]?\s*(?:{vocabulary.CURRENCY_WORDS})", re.I)


def _shared_scale(low: str, high: str) -> tuple[str, str]:
    """A band's ends with the scale and currency written once given to both ('£1-1.5m')."""
    scale = _SCALE_END.search(high)
    if scale is None or _SCALE_END.search(low) or not re.search(r"\d\s*$", low):
        return low, high
    currency = _CURRENCY_START.match(low)
    if currency is not None and not _CURRENCY_START.match(high):
        high = currency.group(0).lstrip("(-\u2212").strip() + high.strip()
    return low + scale.group(0).strip(), high


def _benchmark(text: str, decimal_comma: bool) -> Target | None:
    """'Top quartile (≥ 92.1%)': the number printed with a benchmark position is the target."""
    parts = benchmark_targets.split(text)
    if parts is None:
        return None
    words, number = parts
    found = _parse(number, decimal_comma)
    if found is None or found.value is None:
        return None
    polarity = benchmark_targets.polarity_of(words, found.polarity)
    return Target(found.value, polarity=polarity, unit=found.unit)


def _number(text: str, decimal_comma: bool) -> tuple[float, str | None] | None:
    parsed = values.parse_number(text.strip(), decimal_comma=decimal_comma)
    if parsed.value is None:
        return None
    return parsed.value, parsed.unit
