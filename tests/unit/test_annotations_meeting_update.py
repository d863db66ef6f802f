"""Editing a meeting: name, committee, date and period change; an empty name is refused."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from desktop import annotations
from desktop.annotations import AnnotationError
from tests.unit.annotation_helpers import store_session


def test_update_meeting_changes_the_given_fields_only(tmp_path: Path) -> None:
    with store_session(tmp_path) as s:
        made = annotations.add_meeting(s, "June", committee="People", held_on=dt.date(2025, 6, 1))
        changed = annotations.update_meeting(s, made.id, name="July", held_on=dt.date(2025, 7, 3))
    assert (changed.name, changed.committee, changed.held_on) == (
        "July",
        "People",
        dt.date(2025, 7, 3),
    )


def test_update_meeting_can_clear_the_committee(tmp_path: Path) -> None:
    with store_session(tmp_path) as s:
        made = annotations.add_meeting(s, "June", committee="People")
        changed = annotations.update_meeting(s, made.id, committee=None)
    assert changed.committee is None


def test_update_meeting_refuses_an_empty_name(tmp_path: Path) -> None:
    with store_session(tmp_path) as s:
        made = annotations.add_meeting(s, "June")
        with pytest.raises(AnnotationError, match="meeting name is empty"):
            annotations.update_meeting(s, made.id, name="  ")
