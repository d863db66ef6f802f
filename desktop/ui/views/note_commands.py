"""Undoable note changes: add, edit and delete as QUndoCommands over the store."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QUndoCommand

from desktop import annotations as ann
from desktop.ui.annotation_access import AnnotationAccess

NOTE_COMMAND_ID = 4101


@dataclass(frozen=True, slots=True)
class NoteFields:
    """What the chair can change about a note."""

    text: str
    exempt: bool = False
    period_id: int | None = None
    meeting_id: int | None = None
    shared: bool = False


class NoteRef:
    """The store id of one note; it changes when an undone "add" is redone."""

    def __init__(self, note_id: int | None = None) -> None:
        self.id = note_id
        self.deleted = False  # taken out of the store by Delete or by undoing its add


class NoteCommand(QUndoCommand):
    """``before`` None is an add, ``after`` None a delete, both set an edit.

    Typing in the same note, one save after another, merges into one step, so Undo takes back
    a whole spell of typing (and, straight after an add, the note itself).
    """

    def __init__(
        self,
        access: AnnotationAccess,
        indicator_id: int,
        ref: NoteRef,
        before: NoteFields | None,
        after: NoteFields | None,
        applied: Callable[[NoteRef, bool], None],
    ) -> None:
        super().__init__(_title(before, after))
        self.access = access
        self.indicator_id = indicator_id
        self.ref = ref
        self.before = before
        self.after = after
        self._applied = applied
        self._pushed = False

    def id(self) -> int:
        return NOTE_COMMAND_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, NoteCommand) or other.ref is not self.ref:
            return False
        if self.after is None or other.before is None or other.after is None:
            return False
        if _settings(other.before) != _settings(other.after):
            return False  # ticking "exempt" or choosing a period is a step of its own
        if self.before is not None and _settings(self.before) != _settings(self.after):
            return False  # nor does typing join on to such a step
        self.after = other.after
        return True

    def redo(self) -> None:
        self._apply(self.after)
        self._applied(self.ref, self._pushed)
        self._pushed = True

    def undo(self) -> None:
        self._apply(self.before)
        self._applied(self.ref, True)

    def _apply(self, fields: NoteFields | None) -> None:
        ref, indicator_id = self.ref, self.indicator_id
        if fields is None:
            if ref.id is not None:
                note_id = ref.id
                self.access.write(lambda s: ann.delete_note(s, note_id))
                ref.id = None
                ref.deleted = True
            return
        ref.deleted = False
        if ref.id is None:
            record = self.access.write(
                lambda s: ann.add_note(
                    s,
                    indicator_id,
                    fields.text,
                    period_id=fields.period_id,
                    meeting_id=fields.meeting_id,
                    exempt=fields.exempt,
                    shared=fields.shared,
                )
            )
            ref.id = record.id if record is not None else None
            return
        note_id = ref.id
        self.access.write(
            lambda s: ann.update_note(
                s,
                note_id,
                text=fields.text,
                exempt=fields.exempt,
                period_id=fields.period_id,
                meeting_id=fields.meeting_id,
                shared=fields.shared,
            )
        )


def _settings(fields: NoteFields) -> tuple[bool, int | None, int | None, bool]:
    return (fields.exempt, fields.period_id, fields.meeting_id, fields.shared)


def _title(before: NoteFields | None, after: NoteFields | None) -> str:
    if before is None:
        return "Add note"
    if after is None:
        return "Delete note"
    return "Edit note"
