"""Choosing the area of a many-area file: a searchable list, not a long drop-down."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop.ui.dialogs import area_dialog, area_prompt

AREAS = ["England", "North West", *(f"Council {n}" for n in range(300)), "Trafford"]


def test_ask_area_filters_the_list_and_returns_the_choice(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[list[str]] = []

    def type_and_choose(dialog: area_dialog.PickerDialog) -> int:
        dialog.filter.setText("traff")
        shown.append(dialog.shown_values())
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(area_dialog.PickerDialog, "exec", type_and_choose)
    chosen = area_prompt.ask_area(None, "benchmarks.xlsx", AREAS)
    assert (shown, chosen) == ([["Trafford"]], "Trafford")


def test_ask_area_cancelled_is_none(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    def cancel(dialog: area_dialog.PickerDialog) -> int:
        dialog.reject()
        return int(dialog.result())

    monkeypatch.setattr(area_dialog.PickerDialog, "exec", cancel)
    assert area_prompt.ask_area(None, "benchmarks.xlsx", AREAS) is None
