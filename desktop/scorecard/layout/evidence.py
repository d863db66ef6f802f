"""Weigh each column's heading against what its cells hold: settle what is certain, doubt the rest.

A heading is a claim; the cells are the evidence. A column of Higher/Lower words is a
polarity column whatever its heading says, a column of Red/Amber/Green is a RAG column, and
a "value" column of mostly words is not read as values without asking. Only a sample of the
first data cells of each column is looked at, so the check stays cheap on long tables.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from desktop.scorecard import vocabulary
from desktop.scorecard.layout import (
    aims,
    count_codes,
    finance_periods,
    footer_rows,
    keys,
    other_ratings,
    period_ratings,
    row_keys,
)
from desktop.scorecard.layout.cellread import short
from desktop.scorecard.layout.header import Column, Header, is_bare_period, text_of
from desktop.scorecard.layout.notes import Notes, a1
from desktop.scorecard.model import Role
from desktop.scorecard.parse import (
    cells,
    quarter_targets,
    rated_figures,
    ratings,
    scored_ratings,
)
from desktop.scorecard.parse.targets import parse_target
from desktop.scorecard.read.grid import CellValue

SAMPLE = 40  # non-blank cells looked at per column
NEARLY = 10  # of a column of ratings, one cell in this many may be words of another kind
SCAN = 400  # rows looked through to find them

Kind = Literal["number", "missing", "rag", "polarity", "direction", "period", "text"]
_KIND_WORDS: dict[Kind, str] = {
    "number": "numbers",
    "missing": "'n/a'-style markers",
    "rag": "RAG words",
    "polarity": "polarity words",
    "direction": "direction-of-travel words or arrows",
    "period": "period labels",
    "text": "words",
}
_HEADED: dict[Role | None, str] = {
    "target": "targets",
    "numerator": "numerators",
    "denominator": "denominators",
}
# the role a column takes when its cells are all of one kind of word
_ROLE_OF_WORDS: dict[Kind, Role] = {
    "polarity": "polarity",
    "rag": "rag",
    "direction": "direction",
    "period": "period",
    "text": "commentary",
}
_VALUE_FIELDS: frozenset[Role | None] = frozenset(
    {"actual", "target", "numerator", "denominator", "comparator"}
)
# a figure written with its counts or a sign: "92% (45/49)", "<5", "£1.2m"
_NUMBERISH = re.compile(rf"^[<>≤≥~]?\s?[-+]?{vocabulary.MONEY_SIGN}?\s?\d")


@dataclass(slots=True)
class Evidence:
    """What the sampled cells of one column are."""

    counts: Counter[Kind] = field(default_factory=Counter)
    examples: dict[Kind, str] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def only(self) -> Kind | None:
        """The one kind every cell is (markers aside), or None when mixed."""
        kinds = [k for k in self.counts if k != "missing"]
        return kinds[0] if len(kinds) == 1 else None

    def rates(self) -> bool:
        """(Nearly) every cell a rating (markers aside): two or more ratings, no figure, and
        no more than one cell in ten words of another kind (asked about where they stand)."""
        rated = self.counts["rag"]
        other = self.total - rated - self.counts["missing"]
        return rated >= 2 and not self.counts["number"] and other * NEARLY <= rated + other

    def describe(self, kind: Kind) -> str:
        shown = self.counts[kind]
        example = self.examples.get(kind)
        said = f", e.g. '{example}'" if example and kind != "number" else ""
        return f"{shown} of {self.total} sampled cells are {_KIND_WORDS[kind]}{said}"


def kind_of(value: CellValue, *, target: bool = False) -> Kind | None:
    """What one cell holds, for weighing a column; None for a blank cell."""
    if cells.is_blank(value):
        return None
    if isinstance(value, bool):
        return "text"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, dt.time):
        return "number"  # a time value in a scorecard is a duration: how long, not when
    if not isinstance(value, str):
        return "period"  # a date: when, not how much
    return _text_kind(" ".join(value.split()), target)


@lru_cache(maxsize=8192)
def _text_kind(text: str, target: bool) -> Kind:
    key = text.lower()
    if key in cells.MISSING_MARKERS:
        return "missing"
    if scored_ratings.split(text) is not None:
        return "rag"  # '3 - Green': a performance system's score and its word
    if _NUMBERISH.match(text) or cells.number(text).value is not None:
        return "number"
    if target and (parse_target(text) is not None or quarter_targets.split(text) is not None):
        return "number"  # 'at least 95%', 'Q1 48% / Q2 50%': a target's figures
    if len(key) > 60 or key.count(" ") > 5:
        return "text"  # a rating, polarity, direction or period is a few words at most
    if rated_figures.split(text) is not None:
        return "number"  # 'G - 91%', 'Green: 91%': a figure typed with its rating
    if cells.rag_text(text) is not None or cells.rag_not_rated(text) or cells.rag_between(text):
        return "rag"  # "Amber/Green" too: a level of a five-level scale is a rating's cell
    polarity = cells.polarity(text) not in ("unknown", "none")
    if ratings.parse_direction(text) is not None and (
        not polarity or not text.isalpha() or key in ("up", "down")
    ):
        return "direction"  # "↑", "Improving", "Same": how it moved, not which way is good
    if polarity:
        return "polarity"
    if cells.period(text) is not None:
        return "period"
    return "text"


def sample(
    header: Header, column: Column, key: keys.Key | None = None, *, whole: bool = False
) -> Evidence:
    """The kinds of the first non-blank data cells of a column; with ``key``, a phrase the
    file's own key rates ('Some slippage = Amber') counts as a rating's cell. ``whole``:
    every data cell of the column, not a sample (where one cell of another kind matters)."""
    found = Evidence()
    target = column.field == "target"
    rows = header.sheet.rows
    position = column.index
    styles = header.sheet.styles
    end = len(rows) if whole else header.first_data + SCAN
    for offset, row in enumerate(rows[header.first_data : end]):
        value = row[position] if 0 <= position < len(row) else None
        kind = kind_of(value, target=target)
        if kind is None:
            continue
        footer = kind in ("text", "period") and footer_rows.is_footer_piece(value)
        if footer and footer_rows.is_footer(row):
            continue  # 'Page 1 of 1' under the table: the page's, not the column's
        if kind == "text" and styles:
            style = styles.get((header.first_data + offset, position))
            inked = cells.symbol_ink(value, style.font) if style is not None else None
            if inked is not None and inked != "unknown":
                kind = "rag"  # '●' in green ink: a status told by its colour
        elif kind == "number" and column.field == "rag" and styles:
            style = styles.get((header.first_data + offset, position))
            if style is not None and cells.rag_fill(style.fill) is not None:
                kind = "rag"  # a status number shown red, amber or green: told by its colour
        if kind == "text" and key and keys.rating(key, value) is not None:
            kind = "rag"
        found.counts[kind] += 1
        if kind not in found.examples:
            found.examples[kind] = short(text_of(value), 30)
        if found.total >= SAMPLE and not whole:
            break
    return found


def all_ratings(header: Header, column: Column) -> bool:
    """Its sampled cells (two or more) are (nearly) all rating words."""
    return sample(header, column).rates()


def settle(
    header: Header, notes: Notes, *, table_above: bool = False, key: keys.Key | None = None
) -> None:
    """Give columns the role their cells prove; doubt a role the cells contradict.

    ``table_above``: another table found on the same sheet starts above this one (its rows
    are read), so figures above this table's headings are not a doubt. ``key``: the
    workbook's own key, which may say what status numbers mean ('1 = Target met').
    """
    sheet = header.sheet.name
    if not table_above:
        figures_above(header, notes)
    had_values = any(c.field == "actual" for c in header.columns)
    _aims_over_figures(header, notes)
    weighed = {c.index: sample(header, c) for c in header.columns if c.why != "the saved mapping"}
    _leave_out_derived(header, weighed)
    for column in header.columns:
        evidence = weighed.get(column.index)
        if evidence is None or evidence.total < 2:
            continue
        if key and (column.field == "commentary" or period_ratings.under_period(column)):
            # 'Progress' over 'Stalled', 'On course', or 'St' under 'Q1 24/25': phrases the
            # key rates are ratings too
            evidence = sample(header, column, key)
        if not (column.field == "rag" and _coded(header, column, key)):
            _weigh(header, column, evidence, notes)
    count_codes.check(header, notes)
    if had_values and not any(c.field == "actual" for c in header.columns):
        _find_values(header, weighed, notes)
    row_keys.leave_out(header)
    header.unplaced = [c for c in header.unplaced if c.field is None and c.period is None]
    _figures_in_no_period(header, weighed, notes)
    _dated_figures_unread(header, weighed, notes)
    dated = any(c.field == "actual" and c.period is not None for c in header.columns)
    for column in header.columns:
        if column.field == "actual" and column.why.startswith("cells"):
            continue
        if dated and column.period is None and not column.code:
            continue  # left out beside dated columns (with its own warning)
        evidence = weighed.get(column.index)
        if column.field == "actual" and evidence is not None and evidence.total >= 2:
            numbers = evidence.counts["number"] + evidence.counts["missing"]
            if numbers * 2 < evidence.total:
                notes.doubt(
                    sheet,
                    header.top,
                    column.index,
                    f"column '{short(column.header)}' is read as values but "
                    f"{evidence.describe(_most(evidence))} — say which column holds the "
                    "values (map it with a saved profile) or check the heading",
                    kind="values not numbers",
                )


def _figures_in_no_period(header: Header, weighed: dict[int, Evidence], notes: Notes) -> None:
    """A column of figures headed 'Q3', 'Mar' or 'P3' (in a run of period numbers) that no
    year places: values in no period."""
    numbered = finance_periods.run(header.columns)
    # (a column whose period a rule withheld, a four-week 'Period 5', has its own doubt)
    undated = [
        c for c in header.columns if c.index in numbered and c.period is None and not c.doubt
    ]
    for column in [*header.unplaced, *(c for c in undated if c not in header.unplaced)]:
        evidence = weighed.get(column.index)
        if (
            evidence is None
            or evidence.total < 2
            or evidence.counts["number"] * 5 < evidence.total * 4
        ):
            continue
        if vocabulary.ROLLING_MARK.search(column.header):
            notes.doubt(  # 'R12 Jun 24', 'Q2 2024/25 R12M': never read as the month alone
                header.sheet.name,
                _heading_row(header, column.index),
                column.index,
                f"column '{short(column.header)}' holds figures over a rolling span whose "
                "months are not clear — write it as the months it counts and the month it "
                "ends (e.g. '12 months to Jun 2024'), or map the column",
                kind="rolling span not read",
            )
            continue
        if not (is_bare_period(column.header) or column.index in numbered):
            continue
        notes.doubt(
            header.sheet.name,
            _heading_row(header, column.index),
            column.index,
            f"column '{short(column.header)}' holds figures but names no year, so its values "
            "land in no period — put the year in the heading, a title row or the sheet name",
            kind="figures in no period",
        )


def _dated_figures_unread(header: Header, weighed: dict[int, Evidence], notes: Notes) -> None:
    """A column of figures whose heading names a period beside words nothing knows ('Oct-Mar
    2023/24' read as 2023/24 and 'oct mar'): the figures may be that period's, or not.

    Beside columns named by an indicator code ('CHN1 2010-11'), such columns are the parts a
    benchmark download works its figures from, and are left out with a warning."""
    coded = any(c.code or c.series for c in header.columns if c.field == "actual")
    for column in header.columns:
        evidence = weighed.get(column.index)
        if column.field is not None or column.period is None or evidence is None:
            continue
        if evidence.total < 2 or evidence.counts["number"] * 5 < evidence.total * 4:
            continue
        if coded:
            notes.warn(
                f"{header.sheet.name}!{a1(header.top, column.index)}: column "
                f"'{short(column.header)}' names {column.period.label} but no indicator code "
                "— not imported",
                kind="dated column without code",
            )
            continue
        notes.doubt(
            header.sheet.name,
            header.top,
            column.index,
            f"column '{short(column.header)}' holds figures and names {column.period.label}, "
            "but not what they are — not imported; write the period alone or with "
            "'Actual'/'Target' in the heading, or map it with a saved profile",
            kind="heading not understood",
        )


def figures_above(header: Header, notes: Notes) -> None:
    """Rows of figures above the heading row: another table this reading leaves out.

    One row of figures right above the headings is a group or totals row; two or more
    further up are a table of their own.
    """
    found: list[int] = []
    start = header.sheet.first_row  # a table lower down a sheet is read as a region of its own
    for index, row in enumerate(header.sheet.rows[start : max(header.top - 1, start)], start):
        figures = [
            v
            for v in row
            if isinstance(v, int | float)
            and not isinstance(v, bool)
            and not (float(v).is_integer() and 1990 <= v <= 2100)
        ]
        if len(figures) >= 2:
            found.append(index)
    if len(found) >= 2:
        notes.doubt(
            header.sheet.name,
            found[0],
            None,
            f"rows {found[0] + 1}–{found[-1] + 1} hold figures above the table read from row "
            f"{header.top + 1} — the sheet has more than one table; only the one below is read",
            kind="figures above",
        )


DERIVED_WHY = (
    "its heading: worked out from the values and the target beside it, not a figure of its own"
)


def _derived(column: Column) -> bool:
    return vocabulary.is_derived_heading(column.header)


def _leave_out_derived(header: Header, weighed: dict[int, Evidence]) -> None:
    """'% of target achieved' beside the values and a target is arithmetic on them: left out.

    Only a column of figures is left out (words under 'Performance against target' are a
    rating, weighed as any other column), and only when the table has both a value column
    and a target column of its own; alone, '% achieved' is the value column.
    """
    derived = [
        c
        for c in header.columns
        if c.why != "the saved mapping" and c.field != "target" and _derived(c)
    ]
    if not derived:
        return
    values = [c for c in header.columns if c.field == "actual" and c not in derived]
    if not values or not any(c.field == "target" and not _derived(c) for c in header.columns):
        return
    for column in derived:
        evidence = weighed.get(column.index)
        if evidence is not None and evidence.total:
            figures = evidence.counts["number"] + evidence.counts["missing"]
            if figures * 2 <= evidence.total or not evidence.counts["number"]:
                continue
        column.field, column.period, column.why = "ignore", None, DERIVED_WHY


def _aims_over_figures(header: Header, notes: Notes) -> None:
    """'Aim' or 'Goal' heads a target as often as which way is good: over figures or typed
    targets ('95%', 'at least 90') it is the target, over 'Higher'/'Lower' the polarity. Beside a
    target column of its own, figures under it are a second target: held for review."""
    for column in header.columns:
        if column.why == "the saved mapping":
            continue
        # 'Goal' is read as a target by its word alone: its cells decide, as under 'Aim'
        if column.field not in ("polarity", "ignore", None, "target") or column.period:
            continue
        if not aims.is_aim(column.header):
            continue
        column.field = "target"
        evidence = sample(header, column)
        figures = evidence.counts["number"]
        if evidence.total < 2 or figures * 2 <= evidence.total:
            column.field = "polarity" if not header.of("polarity") else "ignore"
            if figures:
                notes.doubt(
                    header.sheet.name,
                    header.top,
                    column.index,
                    f"column '{short(column.header)}' holds both targets and directions, "
                    f"e.g. '{evidence.examples.get('number')}' — say which it is (map it "
                    "with a saved profile)",
                    kind=f"aim of both kinds:{column.index}",
                )
            continue
        if any(c is not column and c.period == column.period for c in header.of("target")):
            column.field = "ignore"
            notes.doubt(
                header.sheet.name,
                header.top,
                column.index,
                f"column '{short(column.header)}' holds figures beside a target column — "
                "say which is the target (map it with a saved profile)",
                kind=f"second target:{column.index}",
            )
            continue
        column.why = f"cells: {evidence.describe('number')} under '{short(column.header)}'"


def _most(evidence: Evidence) -> Kind:
    words = Counter({k: n for k, n in evidence.counts.items() if k not in ("number", "missing")})
    return words.most_common(1)[0][0] if words else "text"


def _weigh(header: Header, column: Column, evidence: Evidence, notes: Notes) -> None:
    only = evidence.only()
    if column.field in _VALUE_FIELDS:
        if only == "text" and sentences(header, column) and not header.of("commentary"):
            _retag(header, column, "text", evidence, notes)
        elif only in ("polarity", "rag", "direction"):
            _retag(header, column, only, evidence, notes)
        elif only == "period" and column.field == "actual" and not header.of("period"):
            _retag(header, column, "period", evidence, notes)
        return
    if column.field is None and evidence.counts["rag"] and period_ratings.name_like(header, column):
        # 'Green Lane', 'Amber Valley': names that start with a colour, no ratings
        column.why = f"cells: names, though {evidence.describe('rag')}"
        return
    if column.field is None and only in ("polarity", "rag", "direction") and evidence.total >= 3:
        _retag(header, column, only, evidence)
        return
    if column.field == "period" and only in ("rag", "direction") and evidence.total >= 3:
        # 'Year to date status' over Red / Amber / Green: the heading names a period, but a
        # column of ratings gives no row its period
        _retag(header, column, only, evidence)
        return
    if period_ratings.under_period(column) and _rates_its_period(header, column, evidence, notes):
        return
    if (
        column.field == "commentary"
        and only == "rag"
        and evidence.total >= 3
        and not header.of("rag")
    ):
        # 'Progress' over Red / Green / Amber: the ratings, not remarks about them
        _retag(header, column, "rag", evidence)
        return
    if column.field in ("service", "portfolio") and only == "number" and _partly_named(column):
        # 'Service cost (£)' over 1500, 0, 2500: amounts beside the indicator, no service
        column.why = f"cells: {evidence.describe('number')}, not the name of a {column.field}"
        column.take("ignore")
        return
    if column.field in ("rag", "polarity", "direction") and column.period is None:
        numbers = evidence.counts["number"]
        if numbers * 2 > evidence.total:
            notes.doubt(
                header.sheet.name,
                header.top,
                column.index,
                f"column '{short(column.header)}' is read as {column.field} but "
                f"{evidence.describe('number')} — check the heading",
                kind=f"words column of numbers:{column.index}",
            )


def _rates_its_period(header: Header, column: Column, evidence: Evidence, notes: Notes) -> bool:
    """'St' under 'Q1 24/25' over G, A, R (and now and then another word): the quarter's
    rating. Ratings among more other words than that are asked about at the heading."""
    if evidence.rates():
        _retag(header, column, "rag", evidence)
        return True
    if evidence.counts["rag"] * 2 <= evidence.total:
        return False
    notes.doubt(
        header.sheet.name,
        _heading_row(header, column.index),
        column.index,
        f"column '{short(column.header)}' may rate {_period_label(column)}: "
        f"{evidence.describe('rag')}, but {evidence.describe(_other(evidence))} — its "
        "ratings would not be imported; head it as the rating ('RAG', 'Status') or map it "
        "with a saved profile",
        kind=f"ratings among words:{column.index}",
    )
    return True


def _period_label(column: Column) -> str:
    return column.period.label if column.period is not None else "its period"


def _other(evidence: Evidence) -> Kind:
    """The most common kind of cell that is no rating (nor a marker)."""
    rest = Counter({k: n for k, n in evidence.counts.items() if k not in ("rag", "missing")})
    return rest.most_common(1)[0][0] if rest else "text"


def _partly_named(column: Column) -> bool:
    """A heading the vocabulary matched by some of its words only ('Service cost (£)')."""
    found = vocabulary.match(column.header)
    return found is None or found.score < 1.0


def _coded(header: Header, column: Column, key: keys.Key | None) -> bool:
    """A status column of numbers the file's key gives ratings to ('1 = Target met')."""
    if not key:
        return False
    rows = header.sheet.rows[header.first_data : header.first_data + SCAN]
    values = [r[column.index] for r in rows if column.index < len(r)]
    numbers = [v for v in values if cells.is_figure(v)]  # 2, or '2' typed as text
    return bool(numbers) and all(keys.rating(key, v) is not None for v in numbers[:SAMPLE])


def sentences(header: Header, column: Column) -> bool:
    """Cells of several words each (an officer's note), not labels or codes."""
    rows = header.sheet.rows[header.first_data : header.first_data + SCAN]
    texts = [r[column.index] for r in rows if column.index < len(r)]
    words = [len(t.split()) for t in texts if isinstance(t, str) and t.strip()][:SAMPLE]
    return len(words) >= 2 and sum(words) >= 5 * len(words)


def _retag(
    header: Header, column: Column, kind: Kind, evidence: Evidence, notes: Notes | None = None
) -> None:
    role = _ROLE_OF_WORDS[kind]
    figure = vocabulary.normalise(column.header) in vocabulary.FIGURE_HEADINGS
    if notes is not None and (figure or role == "period"):  # a new period column: a new shape
        notes.doubt(
            header.sheet.name,
            header.top,
            column.index,
            f"column '{short(column.header)}' is headed as "
            f"{_HEADED.get(column.field, 'figures')} but {evidence.describe(kind)}"
            f" — read as {role}; check the headings have not slipped a column",
            kind=f"heading contradicted:{column.index}",
        )
    taken = [c for c in header.of(role) if c is not column and c.period == column.period]
    was = column.field or "not recognised"
    column.why = (
        f"cells: {evidence.describe(kind)}; the heading '{short(column.header)}' said {was}"
    )
    rated = other_ratings.subject(column.header) if role == "rag" else None
    if rated is not None:  # 'Data quality' over Red/Amber/Green: no rating of the figure
        column.why = other_ratings.because(column.header, rated)
        column.take("ignore")
        return
    if role not in ("rag", "direction"):
        column.period = None
    column.take("ignore" if taken and role != "period" else role)
    if taken and role == "rag":
        column.why += f"; {other_ratings.SECOND}"


def _find_values(header: Header, weighed: dict[int, Evidence], notes: Notes) -> None:
    """The heading's value column held words: the one other column of numbers holds the values."""
    candidates = [
        c
        for c in header.columns
        if c.field in (None, "ignore", "description")
        and (e := weighed.get(c.index)) is not None
        and e.total >= 2
        and e.counts["number"] + e.counts["missing"] == e.total
        and e.counts["number"] > 0
    ]
    if len(candidates) == 1:
        found = candidates[0]
        found.field = "actual"
        found.why = f"cells: {weighed[found.index].describe('number')} — the only column of figures"
        return
    where = ", ".join(f"'{short(c.header, 20)}'" for c in candidates[:3]) or "none"
    notes.doubt(
        header.sheet.name,
        header.top,
        None,
        f"no column of the table holds the values (columns of figures: {where}) — map the "
        "value column with a saved profile",
        kind="no value column",
    )


RAG_NAME = "is a RAG rating"  # why a name that is a rating ('Green', 'A/G') is none
_NAME_PROBLEMS: dict[Kind, str] = {
    "number": "is a number",
    "rag": RAG_NAME,
    "polarity": "is a polarity word",
    "period": "is a period",
}


NAME_WORDS = 4  # longer texts are names whatever words they start with


def name_problem(text: str) -> str | None:
    """Why a cell cannot be an indicator's name (a number, a RAG word, a period, a column
    heading), or None when it can. Only short texts can be any of these: a real name of more
    than a few words is passed at once, which keeps the check cheap on long tables."""
    text = " ".join(text.split())
    if len(text.split()) > NAME_WORDS or len(text) > 40:
        return None
    if cells.number(text).value is not None:
        return _NAME_PROBLEMS["number"]
    if len(text) >= 2 and (ratings.rag_exact(text) or ratings.between_levels(text)):
        return _NAME_PROBLEMS["rag"]
    if len(text.split()) <= 3 and cells.polarity(text) not in ("unknown", "none"):
        return _NAME_PROBLEMS["polarity"]
    if cells.period(text) is not None:
        return _NAME_PROBLEMS["period"]
    field = vocabulary.heading_field(text)
    if field in vocabulary.HEADING_NAMES:
        return "is a column heading"
    key = vocabulary.normalise(text)
    if key in vocabulary.SUMMARY_NAMES or key.startswith(vocabulary.SUMMARY_NAME_LEADS):
        return "is a total or an average of other rows, not an indicator"
    if key in vocabulary.NAME_IS_UNIT or text in vocabulary.NAME_IS_UNIT:
        return "is a unit"
    if _bare_period(text, key):
        return "is a period without its year"
    if len(key) >= 2 and (
        key in vocabulary.DIRECTION_WORDS
        or text.lower() in vocabulary.MISSING_MARKERS
        or text.lower() in vocabulary.NOT_RATED
    ):
        return "is a status or direction word, or a 'no figure' mark"
    if vocabulary.PAGE_FOOTER.fullmatch(key):
        return "is a page number"
    return None


def names_a_rating(text: str) -> bool:
    """``name_problem(text) == RAG_NAME``, answered by the only two of its checks that come
    before that answer (a number, then a rating), not by all of them."""
    text = " ".join(text.split())
    if len(text.split()) > NAME_WORDS or len(text) > 40:
        return False
    if cells.number(text).value is not None:
        return False
    return len(text) >= 2 and bool(ratings.rag_exact(text) or ratings.between_levels(text))


def _bare_period(text: str, key: str) -> bool:
    """'Q1', 'Quarter 2', 'Mar', 'March', 'H1': a period heading without its year."""
    words = key.split()
    if is_bare_period(text) and (len(words) == 1 or vocabulary.SPELT_QUARTER.fullmatch(key)):
        return True
    return len(words) == 1 and key.isalpha() and cells.period(f"{text} 2024") is not None


def _heading_row(header: Header, col: int) -> int:
    """The lowest heading row with a heading in the column ('January' under a year typed
    over only the first month): the cell that names the column."""
    for row in range(header.first_data - 1, header.top, -1):
        line = header.sheet.rows[row]
        if col < len(line) and not cells.is_blank(line[col]):
            return row
    return header.top
