"""The What changed dock in the real window: the period shown against the one before."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from db.store import Store
from desktop.ui.main_window import MainWindow


@pytest.fixture
def window_store(sample_store: Store) -> Store:
    return sample_store


def test_dock_lists_changes_and_selects_the_indicator(qtbot: QtBot, window: MainWindow) -> None:
    dock = window.what_changed_dock
    assert dock is not None and not dock.isVisible()
    dock.toggle.trigger()
    qtbot.waitUntil(dock.isVisible)
    assert "Q2 2025/26" in dock.view.heading.text()
    titles = dock.view.group_titles()
    assert titles, "the sample moves between its last two quarters"
    first = next(i for i in range(len(titles)) if dock.view.entries(i))
    name, detail = dock.view.entries(first)[0]
    assert detail
    group = dock.view.model.item(first, 0)
    dock.view.tree.setCurrentIndex(group.child(0, 0).index())
    chosen = window.tree.current_indicator()
    assert chosen is not None
    assert name in (window.views[chosen].label, window.views[chosen].name)


def test_dock_follows_the_period_being_viewed(qtbot: QtBot, window: MainWindow) -> None:
    dock = window.what_changed_dock
    assert dock is not None
    dock.show()
    earlier = next(end for label, end in window_choices(window) if label == "Q4 2024/25")
    window.set_period(earlier)
    qtbot.waitUntil(lambda: "Q4 2024/25" in dock.view.heading.text())
    assert "Q3 2024/25" in dock.view.heading.text()


def window_choices(window):  # type: ignore[no-untyped-def]
    from desktop.catalogue import period_choices

    return period_choices(window.views.values())
