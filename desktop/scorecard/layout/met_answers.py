"""A status column that asks whether the target was met, answered Yes or No in each row.

Landlord and service reports often print no RAG at all: after the target comes 'Target
met?' ('Met?', 'Achieved? Y/N', 'On target?'), typed Y or N, sometimes Yes or No. Such an
answer is the period's published rating as 'Achieved'/'Not achieved' would be: met is
green, not met red, 'Partly' amber. Only under such a heading is a bare 'Y' or 'No' a
rating; in a column headed 'RAG' it stays a status the file does not explain.
"""

from __future__ import annotations

from functools import lru_cache

from desktop.scorecard import vocabulary
from desktop.scorecard.layout.header import Header
from desktop.scorecard.model import Rag
from desktop.scorecard.parse import cells
from desktop.scorecard.read.grid import CellValue

SCAN = 400  # data rows looked through


@lru_cache(maxsize=256)
def asks_if_met(heading: str) -> bool:
    """Whether a status column's heading asks if the target was met ('Target met?')."""
    return vocabulary.MET_QUESTION.search(vocabulary.normalise(heading)) is not None


def answer(heading: str, value: CellValue) -> Rag | None:
    """The rating a Yes/No answer gives under a heading asking if the target was met."""
    if isinstance(value, bool):
        said = "yes" if value else "no"
    elif isinstance(value, str):
        said = vocabulary.normalise(value).lower()
    else:
        return None
    if not said or not asks_if_met(heading):
        return None
    return vocabulary.MET_ANSWERS.get(said)


def settle(header: Header) -> None:
    """A column headed as a question about the target ('Achieved?') whose cells are all Yes/No
    answers is the table's rating column, when the table has none."""
    if header.of("rag"):
        return
    rows = header.sheet.rows[header.first_data : header.first_data + SCAN]
    for column in header.columns:
        if column.field not in (None, "actual", "ignore") or column.why == "the saved mapping":
            continue
        if not asks_if_met(column.header):
            continue
        filled = [r[column.index] for r in rows if column.index < len(r)]
        answers = [v for v in filled if not cells.is_blank(v)]
        if len(answers) >= 2 and all(answer(column.header, v) is not None for v in answers):
            column.take("rag")
            column.why = "cells: Yes/No answers to whether the target was met"
            return
