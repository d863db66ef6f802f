"""The portfolio -> service -> indicator tree: a Qt item model over plain, precomputed rows."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt

from desktop.catalogue import indicator_label
from desktop.collector import collector_paused
from desktop.ui.models.formatting import (
    DIRECTION_ARROWS,
    DIRECTION_WORDS,
    SYMBOL_UNITS,
    format_value,
    rollup_accessible,
    rollup_text,
    short_unit,
)
from desktop.ui.theme import RAG_LETTERS, RAG_WORDS

if TYPE_CHECKING:
    from desktop.catalogue import IndicatorSummary
    from desktop.catalogue import IndicatorView as FullView

    IndicatorView = FullView | IndicatorSummary  # the tree shows either

_ROLE = Qt.ItemDataRole
DISPLAY = int(_ROLE.DisplayRole)
TOOLTIP = int(_ROLE.ToolTipRole)
ACCESSIBLE = int(_ROLE.AccessibleTextRole)
ALIGN = int(_ROLE.TextAlignmentRole)

RagRole = int(_ROLE.UserRole) + 1
IndicatorIdRole = RagRole + 1
DirectionRole = RagRole + 2
FlagsRole = RagRole + 3
RedStreakRole = RagRole + 4
OpenQuestionsRole = RagRole + 5
SearchTextRole = RagRole + 6
NodeKindRole = RagRole + 7
ExemptRole = RagRole + 8
DisagreeRole = RagRole + 9
RollupRole = RagRole + 10
MarksRole = RagRole + 11  # the marks after the name ("≠ n<20 ?"), for the name delegate
TitleRole = RagRole + 12  # the name without its marks

_ROOT = QModelIndex()  # the invisible root, as a default argument
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_NO_FLAGS = Qt.ItemFlag.NoItemFlags

PORTFOLIO, SERVICE, INDICATOR = "portfolio", "service", "indicator"
COLUMNS = ("Indicator", "RAG", "Latest vs target", "Trend")
# the same headings on two lines, for a pane too narrow to give them one
STACKED_COLUMNS = ("Indicator", "RAG", "Latest\nvs target", "Trend")
COL_NAME, COL_RAG, COL_LATEST, COL_TREND = range(4)
NO_PORTFOLIO = "No portfolio"
SMALL_BASE_RULE = "small_base"
MISMATCH_RULE = "rag_mismatch"


@dataclass(frozen=True, slots=True)
class IndicatorFacts:
    """What filtering and navigation need to know about one indicator, computed once."""

    indicator_id: int
    rag: str | None
    rag_published: str | None
    rag_computed: str | None
    disagree: bool
    direction: str | None
    red_streak: int
    open_questions: int
    exempt: bool
    flags: frozenset[str]
    search_text: str


Texts = tuple[str, str, str, str]


@dataclass(eq=False, slots=True)
class Node:
    """One row of the tree; ``data()`` only looks its strings up, never builds them.

    An indicator's strings are made the first time any is asked for, from the view it keeps
    until then: a long tree shows a screenful of rows, and filtering needs only the facts.
    """

    kind: str
    parent: Node | None
    row: int
    shown: Texts | None = None  # display, tooltip, accessible per column; marks; title
    tips: Texts | None = None
    spoken: Texts | None = None
    facts: IndicatorFacts | None = None
    mark_text: str = ""
    title_text: str = ""
    rollup: tuple[int, int, int, int] = (0, 0, 0, 0)  # red, amber, green, none
    children: list[Node] = field(default_factory=list)
    source: Any = None  # the indicator view the strings are made from, until they are

    def _made(self) -> None:
        if self.source is not None and self.facts is not None:
            view, self.source = self.source, None
            texts = _indicator_texts(view, self.facts)
            self.shown, self.tips, self.spoken, self.mark_text, self.title_text = texts

    @property
    def display(self) -> Texts:
        self._made()
        assert self.shown is not None
        return self.shown

    @display.setter
    def display(self, value: Texts) -> None:
        self.shown = value

    @property
    def tooltip(self) -> Texts:
        self._made()
        assert self.tips is not None
        return self.tips

    @tooltip.setter
    def tooltip(self, value: Texts) -> None:
        self.tips = value

    @property
    def accessible(self) -> Texts:
        self._made()
        assert self.spoken is not None
        return self.spoken

    @accessible.setter
    def accessible(self, value: Texts) -> None:
        self.spoken = value

    @property
    def marks(self) -> str:
        self._made()
        return self.mark_text

    @property
    def title(self) -> str:
        self._made()
        return self.title_text

    @property
    def rag(self) -> str | None:
        return self.facts.rag if self.facts else None


def _marks(facts: IndicatorFacts, small_base: bool) -> tuple[str, list[str], list[str]]:
    """Marks after the name, with their tooltip lines and spoken words."""
    marks: list[str] = []
    tips: list[str] = []
    words: list[str] = []
    if facts.disagree:
        marks.append("≠")
        pub = RAG_WORDS.get(facts.rag_published or "", "none")
        comp = RAG_WORDS.get(facts.rag_computed or "", "none")
        tips.append(f"≠  The scorecard says {pub}; the figures give {comp}.")
        words.append(f"published {pub}, computed {comp}")
    if small_base:
        marks.append("n<20")
        tips.append("n<20  Small base: the rate rests on few cases and may swing.")
        words.append("small base")
    if facts.open_questions:
        marks.append("?")
        n = facts.open_questions
        tips.append(f"?  {n} open question{'s' if n != 1 else ''}.")
        words.append(f"{n} open question{'s' if n != 1 else ''}")
    return " ".join(marks), tips, words


def _facts(view: IndicatorView) -> IndicatorFacts:
    latest = view.latest
    published = latest.rag if latest is not None else None
    computed = view.latest_rag_computed
    flags = frozenset(view.flag_rules)
    disagree = MISMATCH_RULE in flags or (
        published is not None and computed is not None and published != computed
    )
    search = " ".join(p for p in (view.code or "", view.name, view.commentary_text) if p).casefold()
    return IndicatorFacts(
        indicator_id=view.id,
        rag=view.latest_rag,
        rag_published=published,
        rag_computed=computed,
        disagree=disagree,
        direction=view.direction_previous,
        red_streak=view.red_streak,
        open_questions=view.open_questions,
        exempt=view.exempt,
        flags=flags,
        search_text=search,
    )


def _latest_text(view: IndicatorView) -> tuple[str, str]:
    latest = view.latest
    if latest is None:
        return view.last_text or "—", "No figure reported yet."
    value = format_value(latest.actual, view.unit)
    unit = short_unit(view.unit)
    shown = format_value(latest.actual, unit if unit in SYMBOL_UNITS else None)
    period = latest.period.label
    if latest.target is None:
        return format_value(latest.actual, unit), f"{value} in {period}; no target given."
    target = format_value(latest.target, view.unit)
    shown_target = format_value(latest.target, unit)  # "40 vs 20 days", "56% vs 70%"
    return f"{shown} vs {shown_target}", f"{value} in {period} against a target of {target}."


def indicator_node(view: IndicatorView, parent: Node, row: int) -> Node:
    return Node(kind=INDICATOR, parent=parent, row=row, facts=_facts(view), source=view)


def _indicator_texts(
    view: IndicatorView, facts: IndicatorFacts
) -> tuple[Texts, Texts, Texts, str, str]:
    """An indicator row's strings: display, tooltip and spoken text per column, marks, title."""
    title = indicator_label(view.code, view.name, "  ")
    name_text, name_tip, name_spoken, marks = _name_texts(title, facts)
    rag = facts.rag
    rag_text = RAG_LETTERS.get(rag or "", "–")
    rag_word = RAG_WORDS.get(rag or "", "No RAG")
    rag_spoken = rag_word
    rag_tip = f"{rag_word}."
    if facts.disagree:
        pub = RAG_WORDS.get(facts.rag_published or "", "none")
        comp = RAG_WORDS.get(facts.rag_computed or "", "none")
        rag_spoken = f"published {pub}, computed {comp}"
        rag_tip = f"{rag_word}: the scorecard says {pub}, the figures give {comp}."
    if facts.red_streak >= 2:
        rag_tip += f" Red for the last {facts.red_streak} periods."
    latest_text, latest_tip = _latest_text(view)
    direction = facts.direction
    trend_text = f"{DIRECTION_ARROWS[direction]} {DIRECTION_WORDS[direction]}" if direction else "—"
    trend_spoken = DIRECTION_WORDS[direction].lower() if direction else "no trend"
    trend_tip = (
        f"{DIRECTION_WORDS[direction]} since the previous period, judged by which way is better."
        if direction
        else "No trend: nothing to compare with, or no known better direction."
    )
    return (
        (name_text, rag_text, latest_text, trend_text),
        (name_tip, rag_tip, latest_tip, trend_tip),
        (name_spoken, rag_spoken, latest_text, trend_spoken),
        marks,
        title,
    )


def _name_texts(title: str, facts: IndicatorFacts) -> tuple[str, str, str, str]:
    """An indicator's name column (display, tooltip, spoken) and its marks, from its facts."""
    marks, mark_tips, mark_words = _marks(facts, SMALL_BASE_RULE in facts.flags)
    return (
        f"{title}  {marks}" if marks else title,
        "\n".join([title, *mark_tips]) if mark_tips else title,
        f"{title}. {'; '.join(mark_words)}" if mark_words else title,
        marks,
    )


def _remark(node: Node, facts: IndicatorFacts) -> None:
    """Give an indicator row new facts, and its name column the marks they call for (the
    other columns do not depend on the marks)."""
    node.facts = facts
    if node.source is not None:
        return  # its strings are not made yet: they will be made from these facts
    name, tip, spoken, node.mark_text = _name_texts(node.title_text, facts)
    shown, tips, words = node.display, node.tooltip, node.accessible
    node.display = (name, shown[1], shown[2], shown[3])
    node.tooltip = (tip, tips[1], tips[2], tips[3])
    node.accessible = (spoken, words[1], words[2], words[3])


def _group_node(kind: str, name: str, parent: Node | None, row: int) -> Node:
    return Node(kind=kind, parent=parent, row=row, shown=(name, "", "", ""), tips=("",) * 4,
                spoken=(name, "", "", ""))  # fmt: skip


def _finish_group(node: Node) -> None:
    """Fill in the roll-up counts and texts of a portfolio or service from its children."""
    counts = [0, 0, 0, 0]
    for child in node.children:
        if child.kind == INDICATOR:
            rag = child.rag
            counts[("red", "amber", "green").index(rag) if rag in RAG_LETTERS else 3] += 1
        else:
            for i, n in enumerate(child.rollup):
                counts[i] += n
    node.rollup = (counts[0], counts[1], counts[2], counts[3])
    text = rollup_text(node.rollup)
    spoken = rollup_accessible(node.rollup)
    name = node.display[0]
    node.display = (name, text, "", "")
    node.tooltip = (f"{name}: {spoken}", spoken, "", "")
    node.accessible = (f"{name}, {node.kind}. {spoken}", spoken, "", "")


def build_tree(views: Iterable[IndicatorView]) -> list[Node]:
    """Group views (already in export order) into portfolio and service nodes."""
    roots: list[Node] = []
    portfolios: dict[str, Node] = {}
    services: dict[tuple[str, str], Node] = {}
    for view in views:
        pname = view.portfolio or NO_PORTFOLIO
        pnode = portfolios.get(pname)
        if pnode is None:
            pnode = _group_node(PORTFOLIO, pname, None, len(roots))
            portfolios[pname] = pnode
            roots.append(pnode)
        parent = pnode
        if view.service:
            snode = services.get((pname, view.service))
            if snode is None:
                snode = _group_node(SERVICE, view.service, pnode, len(pnode.children))
                services[(pname, view.service)] = snode
                pnode.children.append(snode)
            parent = snode
        parent.children.append(indicator_node(view, parent, len(parent.children)))
    for snode in services.values():
        _finish_group(snode)
    for pnode in roots:
        _finish_group(pnode)
    return roots


class PortfolioTreeModel(QAbstractItemModel):
    """Portfolio -> service -> indicator, with RAG, latest value vs target and trend columns.

    Rebuilt wholesale by ``reload(views)``; ``data()`` only looks up strings made at reload.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._roots: list[Node] = []
        self._by_id: dict[int, Node] = {}
        self._indicators: list[Node] = []
        self.generation = 0  # bumped by every reload, so proxies know their verdicts are stale
        self._stacked = False

    # --- loading -------------------------------------------------------------------------
    def reload(self, views: Sequence[IndicatorView]) -> None:
        with collector_paused():  # thousands of small, acyclic objects
            roots = build_tree(views)
        self.beginResetModel()
        self.generation += 1
        self._roots = roots
        self._indicators = list(_walk_indicators(roots))
        self._by_id = {n.facts.indicator_id: n for n in self._indicators if n.facts}
        self.endResetModel()

    def set_open_questions(self, counts: Mapping[int, int]) -> list[int]:
        """Mark each indicator with how many questions are open on it now (``counts`` by
        indicator id; one missing has none), changing only the rows whose count moved; their
        ids. The filters judge by the new counts when next applied."""
        moved: list[int] = []
        for node in self._indicators:
            facts = node.facts
            if facts is None:
                continue
            count = counts.get(facts.indicator_id, 0)
            if count == facts.open_questions:
                continue
            _remark(node, replace(facts, open_questions=count))
            moved.append(facts.indicator_id)
            last = len(COLUMNS) - 1
            self.dataChanged.emit(
                self.createIndex(node.row, 0, node), self.createIndex(node.row, last, node)
            )
        return moved

    # --- plain accessors used by the proxy, the views and the tests ----------------------
    @property
    def roots(self) -> list[Node]:
        return self._roots

    def indicator_nodes(self) -> list[Node]:
        """Every indicator node in tree order."""
        return self._indicators

    def indicator_count(self) -> int:
        return len(self._indicators)

    def child_node(self, parent: QModelIndex | QPersistentModelIndex, row: int) -> Node | None:
        siblings = parent.internalPointer().children if parent.isValid() else self._roots
        return siblings[row] if 0 <= row < len(siblings) else None

    def node(self, index: QModelIndex | QPersistentModelIndex) -> Node | None:
        return index.internalPointer() if index.isValid() else None

    def index_of_indicator(self, indicator_id: int, column: int = 0) -> QModelIndex:
        node = self._by_id.get(indicator_id)
        return self.createIndex(node.row, column, node) if node else QModelIndex()

    # --- QAbstractItemModel --------------------------------------------------------------
    def index(
        self, row: int, column: int, parent: QModelIndex | QPersistentModelIndex = _ROOT
    ) -> QModelIndex:
        siblings = parent.internalPointer().children if parent.isValid() else self._roots
        if 0 <= row < len(siblings) and 0 <= column < len(COLUMNS):
            return self.createIndex(row, column, siblings[row])
        return QModelIndex()

    def parent(self, index: QModelIndex | QPersistentModelIndex = _ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        up = index.internalPointer().parent
        return self.createIndex(up.row, 0, up) if up is not None else QModelIndex()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        if not parent.isValid():
            return len(self._roots)
        if parent.column() != 0:
            return 0
        return len(parent.internalPointer().children)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return len(COLUMNS)

    def hasChildren(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> bool:
        if not parent.isValid():
            return bool(self._roots)
        return parent.column() == 0 and bool(parent.internalPointer().children)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        return _ROW_FLAGS if index.isValid() else _NO_FLAGS

    def stack_headings(self, stacked: bool) -> None:
        """Write the headings on two lines (a narrow pane) or one."""
        if stacked != self._stacked:
            self._stacked = stacked
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)

    def widest_latest(self, width: Callable[[str], int]) -> int:
        """The width of the longest 'latest vs target' text, measured by ``width``."""
        return max((width(n.display[COL_LATEST]) for n in self._indicators), default=0)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and 0 <= section < len(COLUMNS):
            if role == DISPLAY:
                return (STACKED_COLUMNS if self._stacked else COLUMNS)[section]
            if role == ACCESSIBLE:
                return COLUMNS[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        node: Node = index.internalPointer()
        col = index.column()
        if role == DISPLAY:
            return node.display[col]
        if role == TOOLTIP:
            return node.tooltip[col] or None
        if role == ACCESSIBLE:
            return node.accessible[col] or None
        if role == ALIGN:
            if col == COL_RAG and node.kind == INDICATOR:
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        if role == MarksRole:
            return node.marks if col == COL_NAME else ""
        if role == TitleRole:
            return node.title or node.display[COL_NAME]
        facts = node.facts
        if role == RagRole:
            return facts.rag if facts else None
        if role == NodeKindRole:
            return node.kind
        if role == RollupRole:
            return node.rollup if facts is None else None
        if facts is None:
            return None
        if role == IndicatorIdRole:
            return facts.indicator_id
        if role == DirectionRole:
            return facts.direction
        if role == FlagsRole:
            return sorted(facts.flags)
        if role == RedStreakRole:
            return facts.red_streak
        if role == OpenQuestionsRole:
            return facts.open_questions
        if role == SearchTextRole:
            return facts.search_text
        if role == ExemptRole:
            return facts.exempt
        if role == DisagreeRole:
            return facts.disagree
        return None


def _walk_indicators(nodes: list[Node]) -> Iterable[Node]:
    for node in nodes:
        if node.kind == INDICATOR:
            yield node
        else:
            yield from _walk_indicators(node.children)
