"""The council's own column in a benchmarking table, headed by the council's name.

A benchmarking appendix prints, for each year, the council's own figure beside its rank and
quartile among similar councils and comparators (the neighbours' average, England):

    Ref | Indicator | Bedford Borough | Rank (of 16) | Quartile | Nearest neighbours | England

The council's column is headed by its name, a word no vocabulary holds. It is read as the
indicator's figures only on evidence: it stands among comparator columns of the same period,
it is the only such column of figures, and its heading names the council (the name printed
in the title, the sheet's or the file's name, or a word such as "Council" or "Borough").

The council's name may instead head its figures of several years, merged over them, beside
comparators of one year or of none ('Broxtowe' over '2021/22 | 2022/23', then 'Family
group (2022/23)' over 'Family average | Best in family'): each year's column under the one
name the council goes by is its figure of that year, when no other column of figures of
that year stands beside it.
"""

from __future__ import annotations

from collections import defaultdict

from desktop.scorecard import vocabulary
from desktop.scorecard.layout.header import Header, text_of
from desktop.scorecard.model import Period
from desktop.scorecard.parse import cells

SAMPLE_ROWS = 30  # data rows looked at to tell a column of figures
MOSTLY = 0.8  # the share of its filled cells that must be figures
_TAKEN = frozenset({None, "area"})  # "Council value" sounds like an area's name column


def place(header: Header, texts: list[str]) -> None:
    """Read the council's own column of each period group as its figures, when evidence says so.

    ``texts``: the title rows, the sheet's name and the file's name.
    """
    compared: dict[Period | None, int] = defaultdict(int)
    for column in header.columns:
        if column.field == "comparator":
            compared[column.period] += 1
    if not compared:
        return
    named = " ".join(vocabulary.normalise(t) for t in texts)
    groups: dict[Period | None, list[int]] = defaultdict(list)
    for position, column in enumerate(header.columns):
        if (
            column.field in _TAKEN
            and column.period in compared
            and holds_figures(header, column.index)
        ):
            groups[column.period].append(position)
    for period, found in groups.items():
        if any(c.field == "actual" and c.period == period for c in header.columns):
            continue  # the period's figures have a column of their own
        if len(found) != 1:
            continue
        column = header.columns[found[0]]
        rest = _without_period(column.header)
        if not _names_a_council(rest, named):
            continue
        column.field = "actual"
        column.why = f"its heading '{rest}' names the council, among comparator columns"
    _own_years(header, named)


def _own_years(header: Header, named: str) -> None:
    """The council's name over its own figures of several years, beside comparators of
    another year or of none: each of its columns is the council's figure of its year."""
    dated: dict[Period, list[int]] = defaultdict(list)
    for position, column in enumerate(header.columns):
        if column.field in _TAKEN and column.period is not None:
            dated[column.period].append(position)
    if not dated or any(len(found) != 1 for found in dated.values()):
        return  # two unread columns of one year: which is the council's is not said
    own = [header.columns[found[0]] for found in dated.values()]
    names = {vocabulary.normalise(_without_period(c.header)) for c in own}
    if len(names) != 1 or any(c.header == _without_period(c.header) for c in own):
        return  # columns under different names (the council's and a neighbour's?)
    rest = _without_period(own[0].header)
    if not _names_a_council(rest, named):
        return
    if any(
        c.field == "actual" and c.period in dated for c in header.columns if c not in own
    ) or not all(holds_figures(header, c.index) for c in own):
        return
    for column in own:
        column.field = "actual"
        column.why = f"its heading '{rest}' names the council, over its figures of each year"


def _without_period(heading: str) -> str:
    found = cells.period_header(heading)
    if found is None:
        return heading
    kept = [w for w in heading.split() if cells.period(w) is None]
    return " ".join(kept) or heading


def _names_a_council(rest: str, named: str) -> bool:
    key = vocabulary.normalise(rest)
    if not key or key in vocabulary.HEADING_NAMES:
        return False
    words = set(key.split())
    if words & vocabulary.GROUP_WORDS:
        return False  # "County average", "Similar councils": a comparator, not the council
    if words & vocabulary.OWN_AREA_WORDS:
        return True
    return f" {key} " in f" {named} "


def holds_figures(header: Header, col: int) -> bool:
    rows = header.sheet.rows[header.first_data : header.first_data + SAMPLE_ROWS]
    values = [r[col] for r in rows if col < len(r) and not cells.is_blank(r[col])]
    numbers = [v for v in values if cells.number(v).value is not None or _missing(v)]
    return len(values) >= 2 and len(numbers) >= MOSTLY * len(values)


def _missing(value: object) -> bool:
    return isinstance(value, str) and text_of(value).lower() in vocabulary.MISSING_MARKERS
