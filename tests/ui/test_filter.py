"""The filter bar and proxy: what each toggle keeps, how they combine, the counts shown."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, QSortFilterProxyModel

from db.store import Store
from desktop.catalogue import load_views
from desktop.ui.models.filter_proxy import FilterState, PortfolioFilterProxy
from desktop.ui.models.portfolio_tree import (
    COL_NAME,
    INDICATOR,
    NodeKindRole,
    PortfolioTreeModel,
    RagRole,
)
from desktop.ui.views.filter_bar import FilterBar


@pytest.fixture
def proxy(seeded: Store) -> PortfolioFilterProxy:
    with seeded.read_session() as session:
        views = load_views(session)
    tree = PortfolioTreeModel()
    tree.reload(views)
    proxy = PortfolioFilterProxy()
    proxy.setSourceModel(tree)
    return proxy


def shown(model: QSortFilterProxyModel, parent: QModelIndex | None = None) -> list[str]:
    """Names of visible indicators (codes only), depth first."""
    parent = parent or QModelIndex()
    found: list[str] = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, COL_NAME, parent)
        if index.data(NodeKindRole) == INDICATOR:
            found.append(index.data().split()[0])
        found.extend(shown(model, index))
    return found


def test_no_filter_shows_everything(proxy: PortfolioFilterProxy) -> None:
    assert shown(proxy) == ["CS1", "CS2", "CS3", "AS1", "AS2", "EN1"]


def test_red_filter_shows_only_reds(proxy: PortfolioFilterProxy) -> None:
    proxy.set_state(FilterState(red=True))
    assert shown(proxy) == ["CS1", "EN1"]


def test_red_filter_keeps_the_parents_of_reds(proxy: PortfolioFilterProxy) -> None:
    proxy.set_state(FilterState(red=True))
    tops = [proxy.index(r, COL_NAME).data() for r in range(proxy.rowCount())]
    assert tops == ["Children's Services", "Environment"]
    children = proxy.index(0, COL_NAME)
    assert [proxy.index(r, 0, children).data() for r in range(proxy.rowCount(children))] == [
        "Safeguarding"
    ]


def test_red_and_amber_together_show_either(proxy: PortfolioFilterProxy) -> None:
    proxy.set_state(FilterState(red=True, amber=True))
    rags = {proxy.mapToSource(i).data(RagRole) for i in _indicator_indexes(proxy)}
    assert rags == {"red", "amber"}


def test_other_toggles_narrow_together(proxy: PortfolioFilterProxy) -> None:
    proxy.set_state(FilterState(red=True, worsening=True, red_streak=3))
    assert shown(proxy) == ["CS1"]


def test_worsening_uses_polarity(proxy: PortfolioFilterProxy) -> None:
    proxy.set_state(FilterState(worsening=True))
    assert shown(proxy) == ["CS1", "AS2", "EN1"]


def test_disagreement_toggle(proxy: PortfolioFilterProxy) -> None:
    proxy.set_state(FilterState(disagree=True))
    assert shown(proxy) == ["AS2"]


def test_sanity_warning_toggle(proxy: PortfolioFilterProxy) -> None:
    proxy.set_state(FilterState(sanity=True))
    assert shown(proxy) == ["EN1"]


def test_open_questions_toggle(proxy: PortfolioFilterProxy) -> None:
    proxy.set_state(FilterState(questions=True))
    assert shown(proxy) == ["CS3"]


def test_exempt_toggle(proxy: PortfolioFilterProxy) -> None:
    proxy.set_state(FilterState(exempt=True))
    assert shown(proxy) == ["AS1"]


def test_text_search_reads_commentary(proxy: PortfolioFilterProxy) -> None:
    proxy.set_state(FilterState(text="staffing"))
    assert shown(proxy) == ["CS1"]


def test_text_search_matches_code_and_name_words(proxy: PortfolioFilterProxy) -> None:
    proxy.set_state(FilterState(text="as2 transfers"))
    assert shown(proxy) == ["AS2"]


def test_no_match_leaves_an_empty_tree(proxy: PortfolioFilterProxy) -> None:
    proxy.set_state(FilterState(text="no such words anywhere"))
    assert proxy.rowCount() == 0
    assert proxy.visible_count() == 0


def test_visible_count_follows_the_filter(proxy: PortfolioFilterProxy) -> None:
    proxy.set_state(FilterState(red=True))
    assert proxy.visible_count() == 2


def test_filter_survives_a_reload(proxy: PortfolioFilterProxy, seeded: Store) -> None:
    proxy.set_state(FilterState(red=True))
    with seeded.read_session() as session:
        proxy.tree().reload(load_views(session))
    assert shown(proxy) == ["CS1", "EN1"]


def test_filter_bar_builds_the_state(qtbot) -> None:  # type: ignore[no-untyped-def]
    bar = FilterBar()
    qtbot.addWidget(bar)
    with qtbot.waitSignal(bar.changed) as signal:
        bar.toggles["red"].setChecked(True)
    assert signal.args[0] == FilterState(red=True)


def test_filter_bar_streak_uses_the_spin_box(qtbot) -> None:  # type: ignore[no-untyped-def]
    bar = FilterBar()
    qtbot.addWidget(bar)
    bar.streak_periods.setValue(5)
    bar.streak.setChecked(True)
    assert bar.state().red_streak == 5


def test_filter_bar_clear_switches_everything_off(qtbot) -> None:  # type: ignore[no-untyped-def]
    bar = FilterBar()
    qtbot.addWidget(bar)
    bar.search.setText("staffing")
    bar.toggles["amber"].setChecked(True)
    with qtbot.waitSignal(bar.changed) as signal:
        bar.clear()
    assert signal.args[0] == FilterState()


def test_filter_bar_widgets_have_accessible_names(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QAbstractButton, QLineEdit, QSpinBox

    bar = FilterBar()
    qtbot.addWidget(bar)
    widgets = [*bar.findChildren(QAbstractButton), *bar.findChildren(QLineEdit),
               *bar.findChildren(QSpinBox)]  # fmt: skip
    assert widgets
    assert all(w.accessibleName() for w in widgets)


def _indicator_indexes(model: QSortFilterProxyModel) -> list[QModelIndex]:
    found: list[QModelIndex] = []

    def walk(parent: QModelIndex) -> None:
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            if index.data(NodeKindRole) == INDICATOR:
                found.append(index)
            walk(index)

    walk(QModelIndex())
    return found
