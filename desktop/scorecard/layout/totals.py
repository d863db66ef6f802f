"""Rows that add up other rows: a PivotTable's 'Grand Total', an Excel table's 'Total' row.

A PivotTable pasted as values keeps its totals ('Grand Total' under the rows, 'Adult Social
Care Total' under a group in tabular form, 'Total Adult Social Care'), an Excel table keeps
its Total row, and a pivot writes '(blank)' where the data had no label. None of these is an
indicator: a total adds up unlike measures, and '(blank)' names nothing. Their rows are left
out (noted, naming the cell), never imported as an indicator of their own.
"""

from __future__ import annotations

from desktop.scorecard import vocabulary

_JOINERS = ("for", "of", "all", "-")


def _strip_group(words: list[str], group: list[str]) -> list[str] | None:
    """``words`` without the group's words at the start or the end, None when they are not."""
    if not group:
        return None
    n = len(group)
    if words[:n] == group:
        return words[n:]
    if words[-n:] == group:
        return words[:-n]
    return None


def total_label(text: str, groups: tuple[str | None, ...] = ()) -> str | None:
    """What a row label that only adds up or stands in for others is, or None for a name.

    'Total', 'Grand Total', 'Sub-total', 'Totals:' alone; a group's total ('Adult Social Care
    Total', 'Total for Children's Services') when ``groups`` (the section or portfolio the row
    is under) names it; a pivot's '(blank)' or '(All)'.
    """
    stripped = text.strip()
    bracketed = stripped.startswith("(") and stripped.endswith(")")
    if bracketed and vocabulary.normalise(stripped) in vocabulary.PIVOT_PLACEHOLDERS:
        return "a PivotTable's empty item"
    words = vocabulary.normalise(stripped).split()
    if not words:
        return None
    if " ".join(words) in vocabulary.TOTAL_WORDS:
        return "a total row"
    for group in groups:
        rest = _strip_group(words, vocabulary.normalise(group).split())
        if rest is None:
            continue
        rest = [w for w in rest if w not in _JOINERS] or rest
        if " ".join(rest) in vocabulary.TOTAL_WORDS:
            return "a group's total row"
    return None
