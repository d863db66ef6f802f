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
target (``measure_columns``). They are the base where the percentage beside them is the
part of the cases counted that met a standard: casework and service-level tables put the
cases dealt with in the period under 'No.' (or 'Number', 'Cases', 'Volume') and the share of
them done in time beside it. The percentage's sub-heading says so ('% in target', '%
within 20 days', '% on time'), or a note above the table does ("'No.' is the number of
cases completed and '%' the share of them completed within …"). A base with no percentage
beside it is left as its heading reads.
"""

from __future__ import annotations

import re
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


def counts_cases(text: str) -> bool:
    """A count's sub-heading that may be a share's base: 'No.', 'Number', 'Cases', 'Volume',
    alone or with what was done to the cases ('No. completed', 'Cases closed')."""
    words = vocabulary.normalise(text).split()
    if not words or words[0] not in vocabulary.CASE_COUNT_SUBHEADINGS:
        return False
    return len(words) == 1 or (len(words) == 2 and words[1].endswith("ed"))


def names_share_met(text: str) -> bool:
    """A percentage's sub-heading naming the part of the cases counted that met a standard:
    '% in target', '% within 20 working days', '% on time' (not '% of target')."""
    return vocabulary.SHARE_MET_SUBHEADING.fullmatch(vocabulary.normalise(text)) is not None


def _written(heading: str, line: str) -> bool:
    """The sub-heading as written in the line, standing apart from the words around it."""
    pattern = rf"(?<![\w%]){re.escape(heading.strip())}(?![\w%])"
    return re.search(pattern, line, re.I) is not None


def said_of_count(count: str, share: str, notes: Sequence[str]) -> bool:
    """A note naming both sub-headings and saying the percentage is a share of the count:
    "'No.' is the number of cases completed and '% in target' the share of them …"."""
    return any(
        vocabulary.SHARE_OF_COUNT_NOTE.search(line)
        and _written(count, line)
        and _written(share, line)
        for line in notes
    )


def count_beside_share(row: Sequence[object], col: int) -> bool:
    """In a row of sub-headings, the cell is a count's ('No.') with a percentage's or a
    rate's beside it ('% in target', '%', 'Rate per 10,000'), or such a percentage's with a
    count's beside it: a heading pair, not a row's values ('No.' is no answer here)."""

    def text(index: int) -> str:
        value = row[index] if 0 <= index < len(row) else None
        return value if isinstance(value, str) else ""

    def measured(heading: str) -> bool:
        key = vocabulary.normalise(heading)
        return names_share_met(heading) or bool(vocabulary.RATE_MEASURE_HEADING.fullmatch(key))

    here = text(col)
    for other in (text(col - 1), text(col + 1)):
        if counts_cases(here) and measured(other):
            return True
        if measured(here) and counts_cases(other):
            return True
    return False


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
    columns: Sequence[_Column],
    upper: Sequence[str],
    lower: Sequence[str],
    two_rows: bool,
    notes: Sequence[str] = (),
) -> None:
    """Read each base sub-column standing with a percentage under one period as that
    period's denominator; ``notes`` are the lines above the table."""
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
    said = {index: found[1] for index, found in parts.items()}
    for run in runs:
        shares = [
            c
            for c in run
            if c.field == "actual" and c.period is not None and is_share(said[c.index])
        ]
        bases = [c for c in run if is_base(said[c.index]) and c not in shares]
        if not shares:
            # '% in target' under 'July 2024' names no field, but beside its count or base
            # it is the month's figure
            shares = [
                c
                for c in run
                if c.field is None and c.period is not None and names_share_met(said[c.index])
            ]
        if len(shares) == 1 and not bases:
            bases = _counted(run, shares[0], said, notes)
        if len(shares) != 1 or len(bases) != 1:
            continue  # no percentage, or which base is whose is not clear: as headed
        share, base = shares[0], bases[0]
        if not two_rows and abs(share.index - base.index) != 1:
            continue
        if share.field is None:
            share.field = "actual"
            share.why = (
                f"its heading '{said[share.index]}': the share of the cases counted beside it "
                f"that met the standard, under {share.period.label if share.period else ''}"
            )
        base.field, base.period = "denominator", share.period
        if two_rows:
            base.header = f"{upper[base.index]} {lower[base.index]}"  # as written, in order
        base.why = (
            f"its heading '{said[base.index]}': the base of the percentage beside it "
            f"under {share.period.label if share.period else ''}"
        )


# what a count's column may have been taken for before it is seen to be the share's base
_COUNT_FIELDS: frozenset[Role | None] = frozenset({None, "code", "actual", "ignore", "numerator"})


def _counted(
    run: Sequence[_Column], share: _Column, said: dict[int, str], notes: Sequence[str]
) -> list[_Column]:
    """The count under the share's period that the share is of, where the share's sub-heading
    or a note above the table says so; [] otherwise."""
    counts = [
        c
        for c in run
        if c is not share and c.field in _COUNT_FIELDS and counts_cases(said[c.index])
    ]
    if len(counts) != 1:
        return []
    count = counts[0]
    if names_share_met(said[share.index]) or said_of_count(
        said[count.index], said[share.index], notes
    ):
        return [count]
    return []
