"""A table's one rating column that the sheet says rates the year-to-date figure.

A quarterly scorecard may give each quarter's figure ('Q1 2024/25' .. 'Q4 2024/25') and,
beside them, the year so far ('Year to date', 'Cumulative'), filled only where the measure
has one (a rolling or point-in-time measure's cell is greyed out). Its key then says what the
single 'RAG' column rates: 'The RAG rates the year-to-date figure where there is one,
otherwise the latest quarter', 'RAG compares the cumulative position with the target', or
the heading says it ('YTD RAG', 'RAG (cumulative)'). Where a line of the sheet or the rating's
heading says so, the rating goes with the row's figure to date, and on a row with none, with
its latest figure, as a plain 'RAG' does. A line naming another figure first ('RAG rates Q3
performance against the year-to-date target') says nothing of the kind, and without such a
line the rating stays with the row's latest figure. A rated row whose figure to date is
words ('n/a', 'TBC') is held for review at the rating's cell: the rating may be of the words'
period or, as where there is no figure to date, of the row's latest figure.

The line may name the rating by its column's own heading ('Compliance compares the year to
date with the contract target' over a 'Compliance' column of Met / Not met). Last year's
figures to date beside this year's ('Year to date last year', read by ``last_year_dated``)
are not the figure to date a rating of this report judges: the later one is.
"""

from __future__ import annotations

import re

from desktop.scorecard import vocabulary
from desktop.scorecard.layout import marked_figures
from desktop.scorecard.layout.header import Column, Header
from desktop.scorecard.layout.note_lines import note_lines
from desktop.scorecard.parse import period_spans

WHY = "the rating of the figure to date"
_MAX_NOTE = 400
_CLAUSES = re.compile(r"[.;]\s")
_OWN_KINDS = ("quarter", "month")


def place(header: Header) -> None:
    """Give the table's one plain rating column the period of its figure to date (rows
    without one keep the rating on their latest figure), where the sheet says so."""
    rated = [c for c in header.columns if c.field == "rag"]
    if len(rated) != 1 or rated[0].period is not None:
        return
    column = rated[0]
    if marked_figures.figures(header.columns) is not None:
        return  # 'In quarter' | 'Year to date': paired by ``marked_figures``
    figure = to_date_figure(header)
    if figure is None or figure.period is None:
        return
    if marked_figures.mark(column.header) == "to_date":
        said = f"its heading '{column.header}'"
    elif _noted(header, column.header):
        said = "a note on the sheet"
    else:
        return
    column.period = figure.period
    column.to_date = True  # on a row with no figure to date: its latest figure
    column.why = f"{said}: {WHY} under '{figure.header}', else of the row's latest figure"


def is_placed(column: Column) -> bool:
    """A rating column this rule gave the period of the figure to date."""
    return column.to_date and f": {WHY} under " in column.why


def to_date_figure(header: Header) -> Column | None:
    """The one dated figure column headed as the year to date, beside columns of quarters or
    months, whose span is longer than theirs and ends where one of them ends (last year's
    figures to date a year before it aside)."""
    dated = [
        c for c in header.columns if c.field == "actual" and c.period is not None and not c.code
    ]
    marked = [c for c in dated if marked_figures.mark(c.header) == "to_date"]
    own = [c for c in dated if c not in marked]
    marked = [c for c in marked if not _a_year_before(c, marked)]
    if len(marked) != 1 or not own:
        return None
    figure = marked[0]
    span = figure.period
    assert span is not None
    ends = set()
    for column in own:
        period = column.period
        assert period is not None
        if period.kind not in _OWN_KINDS:
            return None
        ends.add(period.end)
    if span.kind in _OWN_KINDS or span.end not in ends:
        return None
    return figure


def _a_year_before(column: Column, marked: list[Column]) -> bool:
    """A figure to date whose span is another's a year earlier: last year's."""
    if column.period is None:
        return False
    span = (column.period.start, column.period.end)
    earlier = [period_spans.year_earlier(c.period) for c in marked if c.period is not None]
    return any(p is not None and (p.start, p.end) == span for p in earlier)


def _noted(header: Header, heading: str) -> bool:
    """A line of the sheet saying the rating (by its name or the rating column's ``heading``)
    rates the year-to-date (cumulative) figure."""
    subject = named_subject(heading, vocabulary.RATING_VERB)
    return any(says_to_date(line, subject) for line in note_lines(header.sheet, longest=_MAX_NOTE))


def named_subject(heading: str, verb: str) -> re.Pattern[str] | None:
    """A column's heading as a note's subject, followed by ``verb`` ('Compliance compares');
    None for a heading that is no short run of words."""
    words = heading.split()
    if not words or len(words) > 4 or any(not w.isalpha() for w in words):
        return None
    name = r"\s+".join(re.escape(w) for w in words)
    return re.compile(rf"\b{name}s?\s+{verb}\b", re.IGNORECASE)


def says_to_date(text: str, subject: re.Pattern[str] | None = None) -> bool:
    """A line saying the rating rates the figure to date: after 'RAG rates', 'RAG compares',
    'Status is based on' (``RATING_COMPARES``, or ``subject``: the rating column's own name
    before such a verb) the first figure it names, before any 'against'/'with', is marked
    year to date or cumulative ('The RAG rates the year-to-date figure where there is one');
    not where a period's own figure comes first ('RAG rates Q3 against the YTD target')."""
    for clause in clauses(text):
        found = vocabulary.RATING_COMPARES.search(clause)
        if found is None and subject is not None:
            found = subject.search(clause)
        if found is not None and names_to_date_first(clause[found.end() :]):
            return True
    return False


def clauses(text: str) -> list[str]:
    """A note's clauses, split at full stops and semicolons."""
    return _CLAUSES.split(" ".join(text.split()))


def names_to_date_first(said: str) -> bool:
    """The words after a rating's or target's name and verb name the figure to date first,
    before any 'against'/'with' and before any period's own figure ('the year to date with
    the contract target'; not 'Q3 performance against the year-to-date target')."""
    rated = vocabulary.RATED_AGAINST.split(said, maxsplit=1)[0]
    to_date = vocabulary.LONG_TO_DATE_MARK.search(rated)
    if to_date is None:
        return False
    own = vocabulary.RATED_OWN_PERIOD.search(rated)
    return own is None or to_date.start() < own.start()
