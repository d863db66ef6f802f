"""Two or more columns of rating words that would each rate the row's latest figure: the one
headed as the rating (or as the performance rating) is read; where nothing says which, the
file is held for review naming the other's heading cell rather than one being picked.
Where every heading but one names a comparator it rates against ('RAG vs England', 'RAG vs
statistical neighbours'), the one naming the target or no comparator ('RAG vs target') is read.

A column taken for ratings by its cells alone (its heading says nothing: 'Stx', 'Pos', 'Col
G') beside one headed as the rating rates the same figure as far as either heading says:
the two are asked about, naming both, rather than the headed one being read silently."""

from __future__ import annotations

from desktop.scorecard import vocabulary
from desktop.scorecard.layout import other_ratings
from desktop.scorecard.layout.cellread import short
from desktop.scorecard.layout.evidence import all_ratings
from desktop.scorecard.layout.header import Column, Header
from desktop.scorecard.layout.notes import Notes
from desktop.scorecard.model import Period

_MAPPED = "the saved mapping"


def settle(header: Header, notes: Notes) -> None:
    if any(c.why == _MAPPED for c in header.columns if c.field == "rag"):
        return  # the user has said which column rates the figures
    latest = _latest(header)
    rivals = [c for c in header.columns if _rates_latest(c, latest) and all_ratings(header, c)]
    if len(rivals) < 2:
        return
    if not any(c.period is None for c in rivals):
        return  # each placed by its heading: they say what they rate
    said = [c for c in rivals if _performance(c.header)]
    scale = [c for c in rivals if _scale_named(c.header)]
    headed = [c for c in rivals if not _by_cells(c)]
    # the one column each says it, in turn: performance, the scale's name, any heading; but
    # a column only its cells call ratings is as likely the rating as a headed one
    groups = () if any(map(_unsaid, rivals)) else (said, scale, headed)
    chosen = _against_target(rivals) or next(
        (group[0] for group in groups if len(group) == 1), None
    )
    if chosen is None:
        first = (headed or rivals)[0]  # read as it stands when the file is accepted
        other = next(c for c in rivals if c is not first)
        notes.doubt(
            header.sheet.name,
            header.top,
            other.index,
            f"columns '{short(first.header, 30)}' and '{short(other.header, 30)}' both hold "
            "ratings and nothing says which rates the indicator's performance — say which "
            "(map it with a saved profile) or head the other by what it rates (e.g. 'Data "
            "quality')",
            kind="two rating columns",
        )
        chosen = first
    for column in rivals:
        if column is chosen:
            if column.field != "rag":
                column.take("rag")
            continue
        column.take("ignore")
        against = _comparator_named(column.header)
        aside = (
            f", against the comparator its heading names ('{against}')"
            if against is not None and _comparator_named(chosen.header) is None
            else ""
        )
        column.why = f"a second column of ratings{aside}: '{short(chosen.header, 30)}' is read"


def _against_target(rivals: list[Column]) -> Column | None:
    """The one rating column whose heading names the target, or no comparator, where every
    other names a comparator it rates against ('RAG vs target' beside 'RAG vs England' and
    'RAG vs statistical neighbours'): those compare the figure with a benchmark, for context.
    A column only its cells call ratings ('Stx') is not chosen so: its heading says nothing."""
    plain = [c for c in rivals if _comparator_named(c.header) is None]
    if len(plain) != 1 or _unsaid(plain[0]):
        return None
    return plain[0]


def _comparator_named(heading: str) -> str | None:
    """The comparator a rating column's heading says it rates against ('RAG vs England' ->
    'england'), unless it names the target too."""
    text = vocabulary.normalise(heading)
    if vocabulary.RATED_AGAINST_TARGET.search(text):
        return None
    found = vocabulary.RATED_AGAINST_COMPARATOR.search(text)
    return found[0] if found else None


def _latest(header: Header) -> Period | None:
    dated = [c.period for c in header.columns if c.field == "actual" and c.period is not None]
    return max(dated, key=lambda p: (p.end, -p.start.toordinal())) if dated else None


def _rates_latest(column: Column, latest: Period | None) -> bool:
    if column.field == "rag":
        return column.period is None or column.period == latest
    # set aside only for being second (by its heading, or by cells beside a rating column)
    return column.field == "ignore" and column.period is None and other_ratings.SECOND in column.why


def _by_cells(column: Column) -> bool:
    return column.why.startswith("cells:")


def _unsaid(column: Column) -> bool:
    """Taken for ratings by its cells, its heading naming neither a rating nor performance
    ('Stx', 'Pos', 'Col G')."""
    heading = column.header
    return (
        _by_cells(column)
        and not _performance(heading)
        and not _scale_named(heading)
        and vocabulary.heading_field(heading) != "rag"
    )


def _performance(heading: str) -> bool:
    """'Performance RAG', 'Performance against target': says it rates performance."""
    words = vocabulary.normalise(heading).split()
    return "performance" in words


def _scale_named(heading: str) -> bool:
    """'G/A/R', 'RAG', 'R/A/G rating', 'Traffic light': headed by the rating scale itself,
    which a plain 'Status' beside it (often 'On target'/'Off target') is not."""
    words = vocabulary.normalise(heading).split()
    joined = "".join(w for w in words if len(w) == 1)
    return bool(
        {"rag", "brag", "bragg"} & set(words)
        or joined in ("gar", "rag", "brag")
        or "traffic" in words
    )
