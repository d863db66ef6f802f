"""Status columns that rate a period of their own: 'Previous status' beside last quarter's
figure and 'Current status' beside this quarter's, 'Last quarter's RAG', or two plain
'RAG' columns each standing after its period's figure."""

from __future__ import annotations

from collections.abc import Iterable

from desktop.scorecard import vocabulary
from desktop.scorecard.model import Period, PlacedColumn, Role
from desktop.scorecard.parse import period_spans

# a relative status heading may have been read as nothing, as a figure ("Current ...")
# or as the row's one rating
_TAKEN: frozenset[Role | None] = frozenset({None, "period", "actual", "rag"})


def relative_rating(heading: str) -> tuple[str | None, int] | None:
    """(kind of period or None, steps back from the latest) a rating heading counts from:
    'Previous status' (None, -1), 'Last quarter's RAG' ('quarter', -1), 'Current RAG',
    'RAG (this quarter)' (…, 0); None for any other heading."""
    words = [w for w in vocabulary.normalise(heading).split() if w != "s"]
    for cut in range(1, len(words)):
        for when, what in (
            (words[:cut], words[cut:]),
            (words[cut:], words[:cut]),
        ):
            if vocabulary.heading_field(" ".join(what)) != "rag":
                continue
            key = " ".join(when)
            if key in vocabulary.CURRENT_HEADINGS:
                return None, 0
            found = vocabulary.RELATIVE_PERIODS.get(key)
            if found is not None and found[0] in (None, "quarter", "month", "financial_year"):
                return found
    return None


def place(columns: Iterable[PlacedColumn]) -> None:
    """Give each status column the period it rates.

    A heading that says which ('Previous status', 'Current RAG') is counted back from the
    latest period whose figures the table gives, and placed only when the table gives
    figures for that period; a lone 'Current RAG' (no earlier period's rating beside it)
    is left, as a plain status column is, for each row's latest figure. Otherwise, when
    two or more plain status columns each follow a different period's columns, each rates
    the period it follows. A single plain status column is left for the row's latest
    figure."""
    columns = sorted(columns, key=lambda c: c.index)
    dated = [c for c in columns if c.field == "actual" and c.period is not None]
    shown = {c.period for c in dated if c.period is not None}
    plain: list[PlacedColumn] = []
    current: list[PlacedColumn] = []  # 'Current RAG': the latest, as far as the heading says
    earlier = False  # a column rating an earlier period ('Previous status') stands beside
    for column in columns:
        if column.period is not None or column.field not in _TAKEN:
            continue
        counted = relative_rating(column.header)
        if counted is None:
            if column.field == "rag":
                plain.append(column)
            continue
        period = _counted(counted, shown)
        if period is None and counted[1] < 0:  # never the rating of the latest figure
            column.field = "ignore"
            column.why = (
                f"its heading '{column.header}': the rating of an earlier period, "
                "whose figures the table does not give"
            )
            continue
        if period is None:
            continue
        column.field, column.period = "rag", period
        column.why = f"its heading '{column.header}': the rating of {period.label}"
        if counted[1] == 0:
            current.append(column)
        else:
            earlier = True
    if len(current) == 1 and not earlier:
        # alone, 'Current RAG' rates what a plain 'RAG' rates: the row's latest figure (a
        # row whose latest quarter is blank is rated on the quarter it last gave)
        only = current[0]
        only.period = None
        only.why = f"its heading '{only.header}': the rating of the row's latest figure"
    if len(plain) < 2 or len(dated) < 2:
        return
    beside = [_after(column, columns) for column in plain]
    found = [p for p in beside if p is not None]
    if len(found) != len(plain) or len(set(found)) != len(found) or not set(found) <= shown:
        return
    for column, period in zip(plain, found, strict=True):
        column.period = period
        column.why = f"it stands after the figures of {period.label}: their rating"


def _counted(counted: tuple[str | None, int], shown: set[Period]) -> Period | None:
    kind, steps = counted
    own = [p for p in shown if kind is None or p.kind == kind]
    if not own:
        return None
    latest = max(own, key=lambda p: (p.end, -p.start.toordinal()))
    if latest.kind not in ("quarter", "month", "financial_year"):
        return None
    period = period_spans.shifted(latest, steps) if steps else latest
    return period if period in shown else None


def _after(column: PlacedColumn, columns: list[PlacedColumn]) -> Period | None:
    """The period of the nearest dated column before this one (None when a plain status
    column or nothing dated stands between)."""
    for other in reversed([c for c in columns if c.index < column.index]):
        if other.period is not None:
            return other.period
        if other.field == "rag":
            return None
    return None
