"""Columns with no heading at all, read by what they hold and where they stand.

Dashboards laid out for print often put one or two narrow columns after each quarter's
figure with nothing in their heading cells (only the heading's fill): the first holding the
quarter's R/A/G letter, the second an arrow for the figure's move. A careful reader takes
such a column by its contents *and* its place, never by either alone:

* it must stand right after a dated value column (other unheaded columns between them
  allowed), whose period it then takes;
* every filled cell a rating (letters, words or symbols the vocabulary or the file's key
  knows; 'n/a'-style markers aside), two or more: that period's rating;
* every filled cell a direction of travel (arrows, 'Improving'): that period's trend, which
  is not stored as a figure;
* anything else stays unread: with a warning naming its first cell, or held for review where
  it could change what the figures beside it say (mostly ratings among other words, whose
  ratings would be lost, or short codes that may flag the figures: 'p', 'e', 'c', '*').

An empty unheaded column is a spacer and says nothing. An unheaded column anywhere else
(not after a dated value column) is left unread, and the file held for review if every
filled cell is a rating: whose rating it is the sheet does not say, and dropping it unseen
would lose the ratings.
"""

from __future__ import annotations

import re

from desktop.scorecard.layout import evidence, keys
from desktop.scorecard.layout.header import Column, Header, spread_merged, text_of
from desktop.scorecard.layout.notes import Notes, a1
from desktop.scorecard.parse import cells

_CODE = re.compile(r"^[a-z]{1,2}$|^[:.\-*~†‡]{1,2}$|^\[[a-z]{1,2}\]$", re.IGNORECASE)
SCAN = 400  # data rows looked through


def settle(header: Header, notes: Notes, key: keys.Key | None = None) -> None:
    """Give each unheaded column after a dated value column the role its cells prove."""
    sheet = header.sheet
    width = max(
        (len(r) for r in sheet.rows[header.first_data : header.first_data + SCAN]), default=0
    )
    known = {c.index for c in (*header.columns, *header.hidden, *header.unplaced)}
    heads = [spread_merged(sheet, r, width) for r in range(header.top, header.first_data)]
    unheaded = {
        i
        for i in range(width)
        if i not in known
        and i not in sheet.hidden_cols
        and all(not row[i].strip() for row in heads if i < len(row))
    }
    if not unheaded:
        return
    by_index = {c.index: c for c in header.columns}
    added: list[Column] = []
    for index in sorted(unheaded):
        owner = find_owner(index, unheaded, by_index)
        if owner is None or owner.period is None:
            _unplaced_ratings(header, index, notes, key)
            continue
        probe = Column(index, "", None, owner.period)
        found = evidence.sample(header, probe, key)
        if found.total == found.counts["missing"]:
            continue  # a spacer, or nothing but 'n/a'-style markers
        column = _read(header, probe, owner, found, notes)
        if column is not None:
            added.append(column)
    if added:
        header.columns = sorted([*header.columns, *added], key=lambda c: c.index)


def _unplaced_ratings(header: Header, index: int, notes: Notes, key: keys.Key | None) -> None:
    """An unheaded column of ratings after no dated figure column: which period's ratings
    they are the sheet does not say, so the file is held rather than lose them unseen."""
    probe = Column(index, "", None, None)
    found = evidence.sample(header, probe, key)
    others = found.total - found.counts["missing"]
    if not others or found.counts["rag"] != others or others < 2 or _beside_key(header, index, key):
        return
    notes.doubt(
        header.sheet.name,
        header.top,
        index,
        f"a column with no heading holds ratings ({found.describe('rag')}) but stands after "
        "no dated figure column — head it ('RAG', 'Q2 RAG') or map it with a saved profile",
        kind=f"unheaded ratings:{index}",
    )


def _beside_key(header: Header, index: int, key: keys.Key | None) -> bool:
    """Whether the column is the meanings of a key printed beside the table: the column to
    its left headed 'Key' / 'Status key', or a key's token in every row it fills."""
    sheet = header.sheet
    left = index - 1
    if left < 0:
        return False
    heads = (row[left] for row in sheet.rows[header.top : header.first_data] if left < len(row))
    if any(keys.is_key_label(v) for v in heads):
        return True
    if not key:
        return False
    rows = sheet.rows[header.first_data : header.first_data + SCAN]
    tokens = [
        r[left] if left < len(r) else None
        for r in rows
        if index < len(r) and not cells.is_blank(r[index])
    ]
    return bool(tokens) and all(keys.rating(key, t) is not None for t in tokens)


def find_owner(index: int, unheaded: set[int], by_index: dict[int, Column]) -> Column | None:
    """The dated value column this unheaded column follows (over other unheaded ones)."""
    left = index - 1
    while left in unheaded:
        left -= 1
    column = by_index.get(left)
    if column is None or column.field != "actual":
        return None
    return column


def _read(
    header: Header, probe: Column, owner: Column, found: evidence.Evidence, notes: Notes
) -> Column | None:
    counts = found.counts
    others = found.total - counts["missing"]
    period = owner.period
    assert period is not None
    label = period.label
    cell = a1(header.top, probe.index)
    place = f"a column with no heading after '{owner.header}'"
    if others and counts["rag"] == others and counts["rag"] >= 2:
        rated = [c for c in header.of("rag") if c.period is not None and c.period == period]
        if rated:
            notes.doubt(
                header.sheet.name,
                header.top,
                probe.index,
                f"{place} holds ratings ({found.describe('rag')}) but {label} is already "
                f"rated in column '{rated[0].header}' — say which rating is the period's",
                kind=f"unheaded ratings:{probe.index}",
            )
            return None
        probe.take("rag")
        probe.why = (
            f"cells: {found.describe('rag')}, under no heading right after the {label} figures"
        )
        return probe
    if others and counts["direction"] == others and counts["direction"] >= 2:
        probe.take("direction")
        probe.why = (
            f"cells: {found.describe('direction')}, under no heading right after the {label} "
            "figures"
        )
        return probe
    if counts["rag"] * 2 > others or _codes(header, probe):
        notes.doubt(
            header.sheet.name,
            header.top,
            probe.index,
            f"{place} holds {_described(found)} — it may rate or mark the {label} figures; "
            "head it ('RAG', 'Flag') or map it with a saved profile",
            kind=f"unheaded column:{probe.index}",
        )
        return None
    notes.warn(
        f"{header.sheet.name}!{cell}: {place} holds {_described(found)} — not read",
        kind=f"unheaded column:{probe.index}",
    )
    return None


def _described(found: evidence.Evidence) -> str:
    kinds: list[evidence.Kind] = [k for k, _ in found.counts.most_common() if k != "missing"]
    kinds = kinds or ["missing"]
    return "; ".join(found.describe(k) for k in kinds[:2])


def _codes(header: Header, column: Column) -> bool:
    """Every filled cell (two or more) a short code or mark that may flag a figure."""
    rows = header.sheet.rows[header.first_data : header.first_data + SCAN]
    texts = [text_of(r[column.index]).strip() for r in rows if column.index < len(r)]
    texts = [t for t in texts if t and not cells.is_blank(t)]
    return len(texts) >= 2 and all(_CODE.match(t) for t in texts)
