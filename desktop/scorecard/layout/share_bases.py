"""A percentage's base beside it under one period: 'Q1 2024/25' over '%' | 'Base (n)'.

Survey and casework tables give each period two sub-columns: the percentage, and how many
answered or were counted ('Base', 'n', 'No. of cases', 'Respondents', 'Sample size',
'Number surveyed', 'Eligible'). The percentage is the period's figure; the base is its
denominator, kept with it (so a small base is flagged), never a figure of its own. The
base is known by its sub-heading (``vocabulary.SHARE_BASE_SUBHEADINGS``) standing with a
percentage's or rate's sub-heading under the same period heading, or, in a one-row
heading, beside it with the same period ('Q1 %' | 'Q1 base').

'No.', 'Number' and 'Count' beside a rate are not a base: they are the count the rate was
worked out from, its numerator, or a measure of their own where the sheet gives them a
target (``measure_columns``). A base with no percentage beside it is left as its heading
reads.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from desktop.scorecard import vocabulary
from desktop.scorecard.model import Period, Role
from desktop.scorecard.parse import cells


class _Column(Protocol):
    index: int
    header: str
    field: Role | None
    period: Period | None
    why: str


def is_base(text: str) -> bool:
    """A sub-heading naming a percentage's base: 'Base (n)', 'n=', 'No. of cases'."""
    words = vocabulary.normalise(text).split()
    if len(words) > 1 and words[-1] == "n":
        words = words[:-1]  # 'Respondents (n)', 'Base: n'
    elif len(words) > 1 and words[0] == "n":
        words = words[1:]  # 'n respondents'
    return " ".join(words) in vocabulary.SHARE_BASE_SUBHEADINGS


def is_share(text: str) -> bool:
    """A sub-heading naming a percentage or a rate: '%', '% satisfied', 'Rate per 1,000'."""
    return bool(vocabulary.SHARE_MEASURE_WORDS.search(text))


def _parts(column: _Column, upper: str, lower: str, two_rows: bool) -> tuple[str, str] | None:
    """(the period heading it stands under, its own sub-heading), or None when it stands
    under no period heading."""
    if two_rows:
        over = cells.period_header(upper)
        if over is None or over[1] or not lower:
            return None
        return vocabulary.normalise(upper), lower
    found = cells.period_header(column.header)
    if found is None or not found[1]:
        return None
    return found[0].label, found[1]


def place(
    columns: Sequence[_Column], upper: Sequence[str], lower: Sequence[str], two_rows: bool
) -> None:
    """Read each base sub-column standing with a percentage under one period as that
    period's denominator."""
    ordered = sorted(columns, key=lambda c: c.index)
    parts = {
        c.index: found
        for c in ordered
        if c.index < len(upper) and (found := _parts(c, upper[c.index], lower[c.index], two_rows))
    }
    # runs of neighbouring columns under the same period heading
    runs: list[list[_Column]] = []
    for column in ordered:
        found = parts.get(column.index)
        if found is None:
            continue
        last = runs[-1][-1] if runs else None
        if last is not None and last.index == column.index - 1 and parts[last.index][0] == found[0]:
            runs[-1].append(column)
        else:
            runs.append([column])
    for run in runs:
        shares = [
            c
            for c in run
            if c.field == "actual" and c.period is not None and is_share(parts[c.index][1])
        ]
        bases = [c for c in run if is_base(parts[c.index][1]) and c not in shares]
        if len(shares) != 1 or len(bases) != 1:
            continue  # no percentage, or which base is whose is not clear: as headed
        share, base = shares[0], bases[0]
        if not two_rows and abs(share.index - base.index) != 1:
            continue
        base.field, base.period = "denominator", share.period
        if two_rows:
            base.header = f"{upper[base.index]} {lower[base.index]}"  # as written, in order
        base.why = (
            f"its heading '{parts[base.index][1]}': the base of the percentage beside it "
            f"under {share.period.label if share.period else ''}"
        )
