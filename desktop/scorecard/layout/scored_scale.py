"""A column of scores typed with their rating words ('3 - Green', '1 - Red') is read by the
word only while the scores keep to one scale: each score with one word, each word with one
score, and each as the file's printed key pairs them ('3 - Green: on or better than target').

A score that disagrees (a '2 - Green' among '3 - Green's, or against a key saying '2 -
Amber') says one of the two is a slip; which, only the author knows, so the column is held
for review naming the first such cell.
"""

from __future__ import annotations

import re
from itertools import chain

from desktop.scorecard.layout.cellread import short
from desktop.scorecard.layout.header import Column, Header, text_of
from desktop.scorecard.layout.notes import Notes
from desktop.scorecard.parse import scored_ratings
from desktop.scorecard.read.grid import Workbook

SCAN = 400  # data rows looked through
Scale = dict[str, str]  # score -> the rating its word names
# a key's line: the score and its word, then what it means ('3 - Green: on target')
_KEY_LINE = re.compile(r"^(?P<pair>[^:=]{3,40}?)\s*(?:[:=]|\s[-\u2013\u2014]\s)\s*\S.*$")


def printed_key(workbook: Workbook) -> Scale:
    """The scores a key in the workbook pairs with rating words; a score the key pairs with
    two ratings is left out (the key does not settle it)."""
    found: dict[str, set[str]] = {}
    for sheet in workbook.sheets:
        # each text once, in the order the cells first hold it: a long table repeats a few
        # thousand texts over a million cells, and a text reads the same wherever it stands
        for value in dict.fromkeys(chain.from_iterable(sheet.rows)):
            if not isinstance(value, str) or len(value) > 200:
                continue
            line = _KEY_LINE.match(" ".join(value.split()))
            pair = scored_ratings.split(line["pair"]) if line else None
            if pair is not None:
                found.setdefault(pair.score, set()).add(pair.rating)
    return {score: ratings.pop() for score, ratings in found.items() if len(ratings) == 1}


def doubt(header: Header, key: Scale, notes: Notes) -> None:
    """Hold each rating column whose scores leave their scale for review."""
    for column in header.columns:
        if column.field == "rag":
            _check(header, column, key, notes)


def _check(header: Header, column: Column, key: Scale, notes: Notes) -> None:
    rating_of: dict[str, str] = {}
    score_of: dict[str, str] = {}
    rows = header.sheet.rows[header.first_data : header.first_data + SCAN]
    for offset, row in enumerate(rows):
        value = row[column.index] if column.index < len(row) else None
        if not isinstance(value, str):
            continue
        pair = scored_ratings.split(value)
        if pair is None or pair.score == "na":
            continue
        expected = key.get(pair.score) or rating_of.setdefault(pair.score, pair.rating)
        paired = score_of.setdefault(pair.rating, pair.score)
        if expected == pair.rating and (paired == pair.score or pair.rating == "none"):
            continue
        said = (
            f"the key pairs {pair.score} with {key[pair.score]}"
            if pair.score in key
            else ("other cells pair the score with another word, or the word with another score")
        )
        notes.doubt(
            header.sheet.name,
            header.first_data + offset,
            column.index,
            f"'{short(text_of(value), 30)}' under '{short(column.header)}' gives a score its "
            f"word does not match ({said}) — correct the score or the word",
            kind="score against its word",
        )
        return
