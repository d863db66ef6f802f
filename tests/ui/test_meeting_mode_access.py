"""Accessibility of the annotation panes: every focusable widget has a name a reader speaks."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtGui import QAction

from db.store import Store
from desktop import annotations
from desktop.ui.main_window import MainWindow
from tests.ui.annotation_helpers import (
    controller,
    red_code,
    select_code,
    unnamed,
)


@pytest.fixture
def window_store(sample_store: Store) -> Store:
    return sample_store


@pytest.fixture
def window(window: MainWindow) -> MainWindow:
    """The window with a red indicator selected and a question on it for an autumn meeting."""
    shown = window
    indicator_id = select_code(shown, red_code(shown))
    with shown.store.session() as s:
        meeting = annotations.add_meeting(s, "Autumn", held_on=dt.date(2025, 10, 1))
        annotations.add_question(s, indicator_id, "Why?", meeting_id=meeting.id)
    return shown


def test_notes_and_questions_widgets_are_named(window: MainWindow) -> None:
    assert unnamed(controller(window).tabs) == []


def test_questions_dock_widgets_are_named(window: MainWindow) -> None:
    controller(window).dock_action.trigger()
    assert unnamed(controller(window).dock) == []


def test_meeting_mode_widgets_are_named(window: MainWindow) -> None:
    mode = controller(window).show_meeting_mode()
    assert mode is not None
    assert unnamed(mode) == []


def test_meetings_dialog_widgets_are_named(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    dialog = controller(window).show_meetings()
    qtbot.addWidget(dialog)
    assert unnamed(dialog) == []


def test_no_two_window_actions_share_a_shortcut(window: MainWindow) -> None:
    keys = [k.toString() for a in window.findChildren(QAction) for k in a.shortcuts()]
    assert sorted(k for k in set(keys) if keys.count(k) > 1) == []


def test_meetings_menu_offers_every_annotation_action_with_its_keys(window: MainWindow) -> None:
    menu = controller(window).menu
    offered = {
        a.text().replace("&", ""): a.shortcut().toString() for a in menu.actions() if a.text()
    }
    assert offered == {
        "New note": "Ctrl+N",
        "New question": "Ctrl+Shift+Q",
        "New action point…": "Ctrl+Shift+A",
        "Add to agenda…": "Ctrl+Shift+M",
        "Meetings…": "Ctrl+M",
        "Meeting mode": "F11",
        "Questions and actions": "Ctrl+4",
    }
