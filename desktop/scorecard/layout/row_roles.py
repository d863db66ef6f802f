"""What a row's own frequency or measure-type cell says: how often, and how it is counted.

A council keeping one grid for the year writes, beside each row, how often the measure is
reported ('Monthly', 'Quarterly', 'Annual', 'M', 'Q') or how its figures are counted ('In
month', 'Snapshot', 'Cumulative', 'Year to date', 'Rolling 12 months'), in a column of its own
('Frequency', 'Measure type', 'Basis'). This module reads one such cell, and judges whether a
column headed so is one by its cells (most of them must say how their rows are counted: a
'Type' column saying KPI or Milestone is not one). ``frequency_rows`` gives the periods; the
header leaves a title's 'cumulative' to such a column, which says it row by row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.scorecard import vocabulary


@dataclass(frozen=True, slots=True)
class RowRole:
    """What a row's frequency and type cells say: how often it is reported (``kind``: month,
    quarter, half, year) and how its figures are counted (``basis``: snapshot, in_period,
    to_date, rolling, with a rolling span's ``months``)."""

    kind: str | None = None
    basis: str | None = None
    months: int = 0


def read_role(text: str, letters: bool = True) -> RowRole | None:
    """What one frequency or measure-type cell says ('Quarterly', 'Cumulative', 'Rolling 12
    months', 'Quarterly - cumulative'); None where it is not understood. ``letters``: a lone
    letter ('Q', 'A') is read, as it is under a frequency heading."""
    words = vocabulary.normalise(text)
    if not words:
        return None
    if letters and words in vocabulary.FREQUENCY_WORDS:
        return RowRole(kind=vocabulary.FREQUENCY_WORDS[words])
    kind: str | None = None
    basis: str | None = None
    months = 0
    rolling = vocabulary.ROW_ROLLING.search(words)
    if rolling is not None:
        months = _rolling_months(rolling)
        if not months:
            return None  # 'Rolling' alone: over how many months, it does not say
        basis = "rolling"
        words = f"{words[: rolling.start()]} {words[rolling.end() :]}"
    tokens = words.split()
    i = 0
    while i < len(tokens):
        for j in range(len(tokens), i, -1):
            phrase = " ".join(tokens[i:j])
            said_kind = vocabulary.FREQUENCY_WORDS.get(phrase) if len(phrase) > 1 else None
            said_basis = vocabulary.ROW_BASIS_WORDS.get(phrase)
            if said_kind is not None:
                if kind not in (None, said_kind):
                    return None  # 'Monthly or quarterly': which, it does not say
                kind = said_kind
            elif said_basis is not None:
                if basis not in (None, said_basis):
                    return None  # 'Snapshot / cumulative': which, it does not say
                basis = said_basis
            elif phrase not in vocabulary.ROW_BASIS_FILLERS:
                continue
            i = j
            break
        else:
            return None
    if kind is None and basis is None:
        return None
    return RowRole(kind, basis, months)


def rolling_months(text: str) -> int:
    """The months a rolling span named in ``text`` counts ('(rolling 12 months)'); 0: none."""
    found = vocabulary.ROW_ROLLING.search(vocabulary.normalise(text))
    return _rolling_months(found) if found is not None else 0


def _rolling_months(found: re.Match[str]) -> int:
    """The months a rolling span's words count (0: not said)."""
    groups = found.groupdict()
    if groups.get("twelve"):
        return 12
    if groups.get("span"):
        return vocabulary.ROLLING_SPAN_WORDS[groups["span"]]
    count = groups.get("count") or groups.get("after") or groups.get("short")
    if not count:
        return 0
    number = vocabulary.ROLLING_COUNT_WORDS.get(count) or int(count)
    return number if 1 <= number <= 36 else 0


def judged(heading: str, filled: list[str]) -> str:
    """'type' for a column headed as a measure type ('Measure type', 'Basis') whose filled
    cells (``filled``, as written) mostly say how their rows are counted; 'frequency' for one
    whose words say only how often (Quarterly, Annual); '' for any other."""
    if vocabulary.normalise(heading) not in vocabulary.ROW_BASIS_HEADINGS:
        return ""
    said = [read_role(text, letters=False) for text in filled]
    known = [r for r in said if r is not None]
    if not known or 2 * len(known) < len(filled):
        return ""
    return "type" if any(r.basis is not None for r in known) else "frequency"
