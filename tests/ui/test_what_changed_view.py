"""The "what changed" view: headings with counts, details, and choosing an indicator."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.analysis.types import ChangeSummary
from desktop.ui.views.what_changed_view import WhatChangedView

SUMMARY = ChangeSummary(
    newly_red=(("7", "Children seen", "Amber to red: 76% in Q1 to 61% in Q2."),),
    improved=(
        ("9", "Missed bins", "Better: 120 in Q1 to 90 in Q2."),
        ("11", "Rent arrears", "Better: £1.2m in Q1 to £1.1m in Q2."),
    ),
    targets_changed=(("7", "Children seen", "Target 80% in Q1, 85% in Q2."),),
    before_period="Q1 2024/25",
    after_period="Q2 2024/25",
)


@pytest.fixture
def view(qtbot: QtBot) -> WhatChangedView:
    widget = WhatChangedView()
    qtbot.addWidget(widget)
    widget.resize(700, 400)
    return widget


def test_only_headings_with_changes_are_listed_with_counts(view: WhatChangedView) -> None:
    view.show_changes(SUMMARY)
    assert view.group_titles() == ["■ Newly red (1)", "▲ Better (2)", "◆ Targets changed (1)"]


def test_each_change_carries_its_detail(view: WhatChangedView) -> None:
    view.show_changes(SUMMARY)
    assert view.entries(1)[1] == ("Rent arrears", "Better: £1.2m in Q1 to £1.1m in Q2.")


def test_heading_names_both_periods(view: WhatChangedView) -> None:
    view.show_changes(SUMMARY)
    assert view.heading.text() == "What changed from Q1 2024/25 to Q2 2024/25"


def test_selecting_a_change_emits_its_indicator(view: WhatChangedView, qtbot: QtBot) -> None:
    view.show_changes(SUMMARY)
    index = view.model.index(0, 1, view.model.index(1, 0))
    with qtbot.waitSignal(view.indicator_chosen) as blocker:
        view.tree.setCurrentIndex(index)
    assert blocker.args == [9]


def test_selecting_a_heading_emits_nothing(view: WhatChangedView, qtbot: QtBot) -> None:
    view.show_changes(SUMMARY)
    with qtbot.assertNotEmitted(view.indicator_chosen):
        view.tree.setCurrentIndex(view.model.index(0, 0))


def test_keyboard_reaches_a_change(view: WhatChangedView, qtbot: QtBot) -> None:
    view.show_changes(SUMMARY)
    view.tree.setFocus()
    view.tree.setCurrentIndex(view.model.index(0, 0))
    with qtbot.waitSignal(view.indicator_chosen) as blocker:
        qtbot.keyClick(view.tree, Qt.Key.Key_Down)
    assert blocker.args == [7]


def test_no_changes_says_so(view: WhatChangedView) -> None:
    view.show_changes(ChangeSummary())
    assert view.group_titles() == []
    assert view.empty.text() == "Nothing changed between them."
    assert not view.empty.isHidden()
