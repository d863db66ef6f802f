"""Merging a record changed on two laptops: what is a clash for a person to settle."""

from __future__ import annotations

from desktop.team.sync import _merge


def test_the_same_import_a_second_apart_is_not_a_clash() -> None:
    mine = {
        "sha256": "abc",
        "imported_at": "2026-03-05T10:00:01",
        "created_at": "2026-03-05T10:00:01",
    }
    theirs = {
        "sha256": "abc",
        "imported_at": "2026-03-05T10:00:00",
        "created_at": "2026-03-05T10:00:02",
    }
    merged, clashes = _merge(mine, None, theirs)
    assert clashes == []
    assert merged["imported_at"] == "2026-03-05T10:00:00"  # the earlier moment is the first
    assert merged["created_at"] == "2026-03-05T10:00:01"


def test_a_field_changed_on_both_sides_is_still_a_clash() -> None:
    base = {"answer": "", "created_at": "2026-03-05T10:00:00"}
    mine = {"answer": "In January", "created_at": "2026-03-05T10:00:00"}
    theirs = {"answer": "By March", "created_at": "2026-03-05T10:00:00"}
    merged, clashes = _merge(mine, base, theirs)
    assert merged["answer"] == "In January"
    assert clashes == [("answer", "In January", "By March")]
