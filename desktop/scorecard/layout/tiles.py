"""Tile dashboards: one small block per indicator, repeated across and down the sheet.

Council dashboards often print each indicator as a card: its name on top, then label/value
pairs ("Actual | 412", "Target | 380", "Status | Red"), or "Target: 380" written in one cell.
Printed forms are cards too: a box per indicator whose pairs name the indicator itself
("Indicator | Rent collected", "Reference | HSG01", "Polarity | Higher is better") and give
one line per period ("Q1 2024/25 | 52.4"), the forms under each other or side by side.
The cards are gathered into an ordinary long table (one row per card, one column per label)
that the row reader reads like any other; every cell reference is then pointed back at the
card's cell in the file.
"""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import dataclass, field

from desktop.scorecard import vocabulary
from desktop.scorecard.layout.header import classify, text_of
from desktop.scorecard.layout.notes import a1
from desktop.scorecard.layout.rearranged import Rearranged
from desktop.scorecard.parse import cells
from desktop.scorecard.read.grid import CellStyle, CellValue, Sheet

# what a card's labels may say; a card needs at least a value
_CARD_FIELDS = frozenset(
    {"actual", "target", "rag", "period", "commentary", "direction", "code", "unit", "polarity",
     "name", "owner", "portfolio", "service"}
)  # fmt: skip
_INLINE = re.compile(r"^\s*(?P<label>[^:=]{2,40}?)\s*[:=]\s*(?P<value>\S.*)$")
# labels whose value is words that may read like a heading ("Lead officer | Head of Service")
_WORDS = frozenset({"name", "owner", "portfolio", "service", "commentary"})
_STARTS = frozenset({"name", "code"})  # labels a card holds once: a repeat starts the next
_RELATIVE = "relative:"
_DATED = "dated:"  # "Q1 2024/25 | 52.4": a figure of the period the label names
MIN_CARDS = 2
MAX_ROWS = 3000  # a dashboard or a pack of forms is pages, not an export
NAME_REACH = 2  # the card's name is printed at most this many rows above its first label


@dataclass(slots=True)
class _Card:
    name: str
    name_cell: tuple[int, int]
    values: dict[str, tuple[CellValue, tuple[int, int]]] = field(default_factory=dict)


def gather(sheet: Sheet) -> Rearranged | None:
    """The sheet's cards as one long table, or None when it is not a dashboard of cards."""
    if len(sheet.rows) > MAX_ROWS:
        return None
    labels = _labels(sheet)
    cards = _cards(sheet, labels)
    valued = sum(1 for c in cards if any(_is_value(name) for name in c.values))
    if len(cards) < MIN_CARDS or valued < MIN_CARDS:
        return None
    return _as_table(sheet, cards)


def _is_value(name: str) -> bool:
    return name == "actual" or name.startswith((_RELATIVE, _DATED))


def _labels(sheet: Sheet) -> dict[tuple[int, int], tuple[str, CellValue, tuple[int, int]]]:
    """(row, col) of each label cell -> (field, value, where the value is)."""
    found: dict[tuple[int, int], tuple[str, CellValue, tuple[int, int]]] = {}
    # a label merged over two cells ("Lead officer" across A:B) has its value after the merge
    ends = {(r0, c0): c1 for r0, c0, r1, c1 in sheet.merged if r0 == r1 and c1 > c0}
    for r, row in enumerate(sheet.rows):
        for c, value in enumerate(row):
            if not isinstance(value, str) or not value.strip() or len(value) > 60:
                continue
            inline = _INLINE.match(value)
            if inline is not None:
                name = _field(inline.group("label"))
                if name is not None:
                    found[(r, c)] = (name, inline.group("value").strip(), (r, c))
                    continue
            name = _field(value)
            if name is None:
                continue
            at = ends.get((r, c), c) + 1
            right = row[at] if at < len(row) else None
            beyond = row[at + 1] if at + 1 < len(row) else None
            if cells.is_blank(right) and not cells.is_blank(beyond) and _field(beyond) is None:
                # "Target | (spacer) | 380": a narrow blank column between label and value
                at, right = at + 1, beyond
                beyond = row[at + 1] if at + 1 < len(row) else None
            words = name in _WORDS and cells.is_blank(beyond)  # "Owner | Head of Service"
            if not cells.is_blank(right) and (words or _field(right) is None):
                found[(r, c)] = (name, right, (r, at))
    return found


def _field(value: CellValue) -> str | None:
    if not isinstance(value, str):
        return None
    key = vocabulary.normalise(value)
    if key in vocabulary.RELATIVE_PERIODS:
        return _RELATIVE + key  # "This quarter": placed by the title's period when read
    column = classify(value)
    if column.period is not None and column.field in ("actual", "target"):
        return _DATED + text_of(value)  # the label is the heading of that period's figure
    if column.period is not None or column.field not in _CARD_FIELDS:
        return None
    return column.field


def _cards(
    sheet: Sheet, labels: dict[tuple[int, int], tuple[str, CellValue, tuple[int, int]]]
) -> list[_Card]:
    """Runs of labels down one column under a name make a card."""
    cards: list[_Card] = []
    used: set[tuple[int, int]] = set()
    for r, c in sorted(labels):
        if (r, c) in used:
            continue
        run = [(r, c)]
        seen = {labels[(r, c)][0]}
        while (run[-1][0] + 1, c) in labels or (run[-1][0] + 2, c) in labels:
            nxt = (run[-1][0] + 1, c) if (run[-1][0] + 1, c) in labels else (run[-1][0] + 2, c)
            if labels[nxt][0] in seen and labels[nxt][0] in _STARTS:
                break  # the indicator named again: the next card, printed with no gap
            seen.add(labels[nxt][0])
            run.append(nxt)
        used.update(run)
        named = _name_within(run, labels) or _name_above(sheet, r, c, labels)
        if named is None:
            continue
        text, where = named
        card = _Card(text, where)
        for cell in run:
            name, value, at = labels[cell]
            if name != "name":
                card.values.setdefault(name, (value, at))
        cards.append(card)
    return cards


def _name_within(
    run: list[tuple[int, int]],
    labels: dict[tuple[int, int], tuple[str, CellValue, tuple[int, int]]],
) -> tuple[str, tuple[int, int]] | None:
    """A form names its indicator in a pair of its own ("Indicator | Rent collected")."""
    for cell in run:
        name, value, at = labels[cell]
        if name == "name" and isinstance(value, str) and cells.period_header(value) is None:
            return text_of(value), at
    return None


def _name_above(
    sheet: Sheet, row: int, col: int, labels: Container[tuple[int, int]]
) -> tuple[str, tuple[int, int]] | None:
    for r in range(row - 1, max(-1, row - 1 - NAME_REACH), -1):
        line = sheet.rows[r]
        value = line[col] if col < len(line) else None
        if cells.is_blank(value) or (r, col) in labels:
            continue
        text = text_of(value)
        if not isinstance(value, str) or cells.period_header(text) is not None:
            return None
        return text, (r, col)
    return None


def _as_table(sheet: Sheet, cards: list[_Card]) -> Rearranged:
    order: list[str] = []
    for card in cards:
        for name in card.values:
            if name not in order:
                order.append(name)
    heading = {"actual": "Actual", "target": "Target", "rag": "RAG", "period": "Period"}
    heading |= {"commentary": "Commentary", "direction": "Direction of travel", "code": "Code"}
    heading |= {"unit": "Unit", "polarity": "Polarity", "owner": "Owner"}
    heading |= {"portfolio": "Portfolio", "service": "Service"}
    titles: list[list[CellValue]] = [[v] for v in _titles(sheet, cards)]
    labels = [_heading(n, heading) for n in order]
    rows: list[list[CellValue]] = [*titles, ["Indicator", *labels]]
    styles: dict[tuple[int, int], CellStyle] = {}
    origin: dict[str, str] = {}
    for card in cards:
        r = len(rows)
        line: list[CellValue] = [card.name]
        origin[a1(r, 0)] = a1(*card.name_cell)
        for c, name in enumerate(order, start=1):
            value, at = card.values.get(name, (None, (-1, -1)))
            line.append(value)
            if at[0] >= 0:
                origin[a1(r, c)] = a1(*at)
                style = sheet.styles.get(at)
                if style is not None:
                    styles[(r, c)] = style
        rows.append(line)
    table = Sheet(name=sheet.name, rows=rows, hidden=sheet.hidden, styles=styles)
    first = a1(*cards[0].name_cell)
    return Rearranged(
        table, origin, f"{len(cards)} cards or forms of label/value pairs, from {first}"
    )


def _heading(name: str, heading: dict[str, str]) -> str:
    if name.startswith(_DATED):
        return name.removeprefix(_DATED)
    return heading.get(name, name.removeprefix(_RELATIVE).capitalize())


def _titles(sheet: Sheet, cards: list[_Card]) -> list[str]:
    """Text above the first card (the dashboard's title names its period)."""
    first = min(card.name_cell[0] for card in cards)
    return [
        text_of(v) for row in sheet.rows[:first] for v in row if isinstance(v, str) and v.strip()
    ]
