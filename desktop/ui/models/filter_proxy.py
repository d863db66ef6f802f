"""Which indicators the filter bar lets through, as a proxy that keeps the tree's structure."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
)

from desktop.ui.models.portfolio_tree import (
    MISMATCH_RULE,
    IndicatorFacts,
    PortfolioTreeModel,
)


@dataclass(frozen=True, slots=True)
class FilterState:
    """The filter bar's settings. RAG toggles widen each other (red or amber); all else narrows."""

    text: str = ""
    red: bool = False
    amber: bool = False
    worsening: bool = False
    red_streak: int | None = None  # red for at least this many periods
    disagree: bool = False
    sanity: bool = False
    questions: bool = False
    exempt: bool = False

    def active(self) -> bool:
        return self != FilterState(text=self.text) or bool(self.text.strip())


def matcher(state: FilterState) -> Callable[[IndicatorFacts], bool]:
    """A test for one indicator against every active filter, prepared once per change."""
    checks: list[Callable[[IndicatorFacts], bool]] = []
    if state.red or state.amber:
        wanted = frozenset(r for r, on in (("red", state.red), ("amber", state.amber)) if on)
        checks.append(lambda f: f.rag in wanted)
    if state.worsening:
        checks.append(lambda f: f.direction == "worsening")
    if state.red_streak is not None:
        streak = state.red_streak
        checks.append(lambda f: f.red_streak >= streak)
    if state.disagree:
        checks.append(lambda f: f.disagree)
    if state.sanity:
        checks.append(lambda f: bool(f.flags - {MISMATCH_RULE}))
    if state.questions:
        checks.append(lambda f: f.open_questions > 0)
    if state.exempt:
        checks.append(lambda f: f.exempt)
    words = tuple(state.text.casefold().split())
    if len(words) == 1:
        word = words[0]
        checks.append(lambda f: word in f.search_text)
    elif words:
        checks.append(lambda f: all(w in f.search_text for w in words))
    if len(checks) == 1:
        return checks[0]
    return lambda facts: all(check(facts) for check in checks)


def accepts(state: FilterState, facts: IndicatorFacts) -> bool:
    """Whether one indicator passes every active filter."""
    return matcher(state)(facts)


class PortfolioFilterProxy(QSortFilterProxyModel):
    """Shows matching indicators and the portfolios and services that hold them.

    The verdict for every row is worked out once per change in plain Python (a portfolio or
    service passes when any indicator under it does), so ``filterAcceptsRow`` is a set lookup
    and Qt need not walk the tree itself (its recursive filtering stays off).
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(False)
        self.setDynamicSortFilter(False)
        self._state = FilterState()
        self._accepted: set[int] | None = None  # ids of passing nodes (and parents); None = all
        self._matched = 0  # indicators among them
        self._generation = -1  # the tree's generation the verdicts were computed for
        self._tree = PortfolioTreeModel(self)  # replaced by setSourceModel

    @property
    def state(self) -> FilterState:
        return self._state

    def setSourceModel(self, source: QAbstractItemModel) -> None:
        assert isinstance(source, PortfolioTreeModel)
        self._tree = source
        super().setSourceModel(source)

    def tree(self) -> PortfolioTreeModel:
        return self._tree

    def set_state(self, state: FilterState) -> None:
        self._state = state
        self.refilter()

    def refilter(self) -> None:
        """Apply changed settings.

        A reset rather than Qt's incremental filter change: with thousands of scattered rows
        appearing or going, patching the mapping row range by row range costs far more than
        building it again (views re-expand and re-select after ``modelReset``).
        """
        self.beginResetModel()
        self._generation = -1
        self.endResetModel()

    def _verdicts(self) -> set[int] | None:
        tree = self.tree()
        if self._generation != tree.generation:
            self._generation = tree.generation
            if self._state.active():
                test = matcher(self._state)
                passing = [
                    node
                    for node in tree.indicator_nodes()
                    if node.facts is not None and test(node.facts)
                ]
                accepted = {id(node) for node in passing}
                for node in passing:
                    up = node.parent
                    while up is not None and id(up) not in accepted:
                        accepted.add(id(up))
                        up = up.parent
                self._accepted, self._matched = accepted, len(passing)
            else:
                self._accepted, self._matched = None, tree.indicator_count()
        return self._accepted

    def visible_count(self) -> int:
        """How many indicators pass the filter."""
        self._verdicts()
        return self._matched

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        accepted = self._accepted if self._generation == self._tree.generation else self._verdicts()
        if accepted is None:
            return True
        siblings = (
            source_parent.internalPointer().children
            if source_parent.isValid()
            else self._tree.roots
        )
        return id(siblings[source_row]) in accepted
