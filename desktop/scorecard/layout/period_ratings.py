"""A sub-column under a period's group heading whose cells are (nearly) all ratings of the
sheet's scale is that period's rating column, whatever short word heads it.

Councils abbreviate the sub-headings under a merged 'Q1 24/25': 'Act', 'Tgt', 'Var' and a
status column headed 'St', 'Stat', 'Res', 'Perf', 'R', 'S' or nothing at all. 'St' cannot be
a rating word by itself ('St Helens' is a name), so the heading is not what decides: the
cells are. Red/Amber/Green words, their letters, symbols or a key's phrases in (nearly) every
cell make the column the rating of the period over it; a cell now and then that is no rating
is asked about where it stands when the ratings are read.

A column of names is never taken for ratings, however its names start: 'Green Lane', 'Amber
Valley' and 'Red Lion Yard' begin with a colour, but a rating column repeats a few levels of
its scale, where a column of names writes a proper name (each word capitalised, no rating
said whole) in row after row.
"""

from __future__ import annotations

from desktop.scorecard import vocabulary
from desktop.scorecard.layout.header import Column, Header
from desktop.scorecard.parse import ratings

SAMPLE = 40  # non-blank cells looked at
SCAN = 400  # rows looked through to find them


def under_period(column: Column) -> bool:
    """A column its heading gives a period but no field ('Q1 24/25' over 'St')."""
    return column.field is None and column.period is not None


def name_like(header: Header, column: Column) -> bool:
    """Half or more of the column's texts are proper names of two or more words ('Green
    Lane', 'Amber Valley'), none of them a rating said whole ('Green', 'On track') or a
    rating with its reason ('Red - delays')."""
    texts: list[str] = []
    for row in header.sheet.rows[header.first_data : header.first_data + SCAN]:
        value = row[column.index] if column.index < len(row) else None
        if isinstance(value, str) and value.strip():
            texts.append(" ".join(value.split()))
            if len(texts) >= SAMPLE:
                break
    names = sum(1 for text in texts if _proper_name(text))
    return len(texts) >= 2 and names * 2 >= len(texts)


def _proper_name(text: str) -> bool:
    words = text.split()
    if len(words) < 2 or ratings.rag_exact(text) is not None:
        return False
    if ratings.between_levels(text) is not None or ratings.split_reason(text) is not None:
        return False
    return all(
        w[:1].isupper() or w in vocabulary.PROPER_NAME_JOINERS for w in words if w[:1].isalpha()
    )
