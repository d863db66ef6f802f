"""A table's one target column that the sheet says is the target of the figure to date.

A monthly contract or finance report may give each measure's figure for the month beside its
figure for the year so far ('This month', 'Year to date', with last year's of each), one
'Target' (or 'Contract target') column, and a note saying what that target is: 'Contract
targets are the year-to-date profile of the annual targets', 'Targets shown are cumulative',
'The target is for the year to date'. Such a target is the figure to date's alone: the
month's own figure, and last year's figures, have none. On a row with no figure to date (a
month-end position, its year-to-date cell greyed and blank) it goes with the row's latest
figure, as a plain 'Target' would. The line must name the target (as 'target', or by its
column's heading) and say it is the figure to date's before naming any other figure
('Targets are monthly, with a year-to-date profile' is no such line). Without such a line
the one target goes with every figure of its row, as before.
"""

from __future__ import annotations

import re

from desktop.scorecard import vocabulary
from desktop.scorecard.layout import marked_figures, to_date_ratings
from desktop.scorecard.layout.header import Column, Header
from desktop.scorecard.layout.note_lines import note_lines

WHY = "the target of the figure to date"
_MAX_NOTE = 400


def place(header: Header) -> None:
    """Give the table's one plain target column the period of its figure to date (rows
    without one keep the target on their latest figure), where a line of the sheet says so."""
    targets = header.of("target")
    if len(targets) != 1 or targets[0].period is not None or targets[0].to_date:
        return
    column = targets[0]
    if marked_figures.figures(header.columns) is not None:
        return  # 'In quarter' | 'Year to date': paired by ``marked_figures``
    figure = to_date_ratings.to_date_figure(header)
    if figure is None or figure.period is None:
        return
    subject = to_date_ratings.named_subject(column.header, vocabulary.TARGET_IS)
    lines = note_lines(header.sheet, longest=_MAX_NOTE)
    if not any(_says_to_date(line, subject) for line in lines):
        return
    column.period = figure.period
    column.to_date = True  # on a row with no figure to date: its latest figure
    column.why = (
        f"a note on the sheet: {WHY} under '{figure.header}', else of the row's latest figure"
    )


def is_placed(column: Column) -> bool:
    """A target column this rule gave the period of the figure to date."""
    return column.field == "target" and column.to_date and f": {WHY} under " in column.why


def _says_to_date(text: str, subject: re.Pattern[str] | None) -> bool:
    """'Contract targets are the year-to-date profile …': after the target's name and 'is' or
    'are', the first figure named is marked year to date or cumulative."""
    for clause in to_date_ratings.clauses(text):
        found = vocabulary.TARGET_SAID.search(clause)
        if found is None and subject is not None:
            found = subject.search(clause)
        if found is not None and to_date_ratings.names_to_date_first(clause[found.end() :]):
            return True
    return False
