"""Plain data the layout stage hands to the importer: periods, parsed indicators, errors."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal, Protocol, get_args

PeriodKind = Literal[
    "quarter", "month", "financial_year", "academic_year", "calendar_year", "range", "date"
]
Polarity = Literal["higher_is_better", "lower_is_better", "on_target", "none", "unknown"]
Rag = Literal["red", "amber", "green"]
# what a table's column (or a transposed table's row) holds; a "comparator" names its
# comparator ("England", "Same period last year") beside the role, never inside it
Role = Literal[
    "code",
    "name",
    "description",
    "portfolio",
    "service",
    "area",
    "measure",
    "period",
    "actual",
    "target",
    "rag",
    "polarity",
    "numerator",
    "denominator",
    "direction",
    "commentary",
    "comparator",
    "unit",
    "owner",
    "exempt",
    "ignore",
]
ROLES: frozenset[Role] = frozenset(get_args(Role))
# how a saved mapping (a profile) writes a comparator's role: "comparator:England"
_COMPARATOR_KEY = "comparator:"


def role_key(role: Role, comparator: str | None = None) -> str:
    """A role as a saved mapping writes it: 'actual', 'comparator:England'."""
    return f"{_COMPARATOR_KEY}{comparator}" if role == "comparator" and comparator else role


def role_of_key(key: str) -> tuple[Role, str | None] | None:
    """A saved mapping's role ('target', 'comparator:England') as (role, comparator name),
    or None when it names no role this importer knows."""
    if key.startswith(_COMPARATOR_KEY) and key[len(_COMPARATOR_KEY) :].strip():
        return "comparator", key[len(_COMPARATOR_KEY) :].strip()
    for role in ROLES:
        if role == key and role != "comparator":
            return role, None
    return None


class PlacedColumn(Protocol):
    """What the steps that place a table's columns read and set on each: its position, its
    heading, the role and period given so far, and the reason given for them. The layout's
    own column type has these and more; a step that needs more names it in its own protocol,
    built on this one."""

    index: int
    header: str
    field: Role | None
    period: Period | None
    why: str


class ScorecardError(Exception):
    """Input problem: the file is refused. ``str(err)`` is one line: what, then what to do.

    ``explain`` keeps how the tables were read when the refusal came after reading them.
    """

    explain: tuple[str, ...] = ()


class PasswordRequired(ScorecardError):
    """The workbook is encrypted and no (or a wrong) password was given."""


@dataclass(frozen=True, slots=True)
class Period:
    label: str  # as the app shows it, e.g. "Q1 2024/25"
    start: dt.date
    end: dt.date
    kind: PeriodKind


@dataclass(frozen=True, slots=True)
class ReviewItem:
    """One doubt about how a file was read: why, and the cell that shows it.

    ``column`` is the 0-based column of the sheet the doubt is about (for the mapping
    dialog to open at it), or None when the doubt is about a row or the whole table.
    """

    reason: str
    sheet: str | None = None
    cell: str | None = None
    column: int | None = None

    def line(self) -> str:
        """The doubt in one line, naming its cell: "Scorecard!C4: ..."."""
        where = f"{self.sheet}!{self.cell}" if self.sheet and self.cell else self.sheet or ""
        return f"{where}: {self.reason}" if where else self.reason


@dataclass(slots=True)
class ParsedObservation:
    period: Period
    actual: float | None = None
    actual_text: str | None = None  # what stood there when it was not a number
    target: float | None = None
    numerator: float | None = None
    denominator: float | None = None
    rag: Rag | None = None  # as the scorecard gave it
    direction_text: str | None = None  # as the scorecard gave it
    comparators: dict[str, float] = field(default_factory=dict)
    commentary: str | None = None
    sheet: str | None = None
    cell: str | None = None  # A1 reference of the actual (or the row's first cell)


_new = object.__new__


def plain_figure(period: Period, actual: float, sheet: str, cell: str) -> ParsedObservation:
    """``ParsedObservation(period, actual=actual, sheet=sheet, cell=cell)``, made in a fifth
    of the time (no keyword matching, no default factory): for the loops that read one per
    cell. Every field is set here, in the class's order; a test holds the two equal."""
    o: ParsedObservation = _new(ParsedObservation)
    o.period = period
    o.actual = actual
    o.actual_text = None
    o.target = None
    o.numerator = None
    o.denominator = None
    o.rag = None
    o.direction_text = None
    o.comparators = {}
    o.commentary = None
    o.sheet = sheet
    o.cell = cell
    return o


@dataclass(slots=True)
class ParsedIndicator:
    name: str
    code: str | None = None
    portfolio: str | None = None
    service: str | None = None
    polarity: Polarity = "unknown"
    unit: str | None = None
    description: str | None = None
    owner: str | None = None
    exempt: bool = False
    # a target written as a band ("90–95%"): green inside it (on_target polarity)
    band_low: float | None = None
    band_high: float | None = None
    observations: list[ParsedObservation] = field(default_factory=list)


@dataclass(slots=True)
class ParsedScorecard:
    """Everything read from one file, before it touches the store."""

    path: str
    indicators: list[ParsedIndicator]
    warnings: list[str] = field(default_factory=list)
    area: str | None = None
    sheet: str | None = None
    profile: str | None = None
    # doubts: a file with any is imported only when the user accepts the reading
    review: list[ReviewItem] = field(default_factory=list)
    # how each table was read, one plain line each (for ``import --explain``)
    explain: list[str] = field(default_factory=list)
