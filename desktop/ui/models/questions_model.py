"""Open questions and action points as a table model, and the proxy that filters them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from desktop.annotations import ActionRecord, MeetingRecord, QuestionRecord
from desktop.wording import ACTION_WORDS, QUESTION_WORDS, long_date

IndicatorIdRole: Final = int(Qt.ItemDataRole.UserRole) + 1
KindRole: Final = int(Qt.ItemDataRole.UserRole) + 2
ItemIdRole: Final = int(Qt.ItemDataRole.UserRole) + 3
MeetingIdsRole: Final = int(Qt.ItemDataRole.UserRole) + 4
SortRole: Final = int(Qt.ItemDataRole.UserRole) + 5

COLUMNS: Final = (
    "Kind",
    "Indicator",
    "Portfolio",
    "Text",
    "Asked by",
    "To / owner",
    "Meeting",
    "Status",
    "Due",
)
(
    COL_KIND,
    COL_INDICATOR,
    COL_PORTFOLIO,
    COL_TEXT,
    COL_ASKED_BY,
    COL_PERSON,
    COL_MEETING,
    COL_STATUS,
    COL_DUE,
) = range(len(COLUMNS))
STATUS_WORDS: Final = {**QUESTION_WORDS, **ACTION_WORDS}


@dataclass(frozen=True, slots=True)
class OpenItem:
    """One row: an open question or action point, with the words the table shows."""

    kind: str  # "question" or "action"
    item_id: int
    indicator_id: int | None
    indicator: str
    portfolio: str
    text: str
    person: str
    meeting: str
    meeting_ids: tuple[int, ...]  # where raised, where due, and where carried forward to
    status: str
    due: dt.date | None
    asked_by: str = ""  # the member who asked a question, where the store knows it


def open_items(
    questions: Sequence[QuestionRecord],
    actions: Sequence[ActionRecord],
    meetings: Sequence[MeetingRecord],
    indicators: Mapping[int, tuple[str, str]],
    carried: Mapping[tuple[str, int], tuple[int, ...]] | None = None,
    asked_by: Mapping[int, str] | None = None,
) -> list[OpenItem]:
    """Rows for the table; ``indicators`` maps id -> (label, portfolio); ``carried`` maps
    ("question" or "action", id) -> later meetings the item is carried forward to;
    ``asked_by`` maps a question's id to the member who asked it."""
    askers = asked_by or {}
    later = carried or {}
    names = {m.id: m.name for m in meetings}
    dates = {m.id: m.held_on for m in meetings}

    def about(indicator_id: int | None) -> tuple[str, str]:
        if indicator_id is None:
            return ("The meeting as a whole", "")
        return indicators.get(indicator_id, (f"Indicator {indicator_id}", ""))

    rows = [
        OpenItem(
            "question", q.id, q.indicator_id, *about(q.indicator_id), q.text,
            q.addressed_to or "", names.get(q.meeting_id or -1, ""),
            _ids(q.meeting_id, *later.get(("question", q.id), ())), q.status,
            dates.get(q.meeting_id or -1), askers.get(q.id, ""),
        )
        for q in questions
    ]  # fmt: skip
    for a in actions:
        ids = _ids(a.meeting_id, a.due_meeting_id, *later.get(("action", a.id), ()))
        due = a.due_date or dates.get(a.due_meeting_id or -1)
        meeting = names.get(a.meeting_id or -1, "")
        if a.due_meeting_id is not None:
            meeting = f"{meeting} → {names.get(a.due_meeting_id, '')}".strip(" →")
        rows.append(
            OpenItem(
                "action", a.id, a.indicator_id, *about(a.indicator_id), a.text, a.owner or "",
                meeting, ids, a.status, due,
            )
        )  # fmt: skip
    return rows


def _ids(*meeting_ids: int | None) -> tuple[int, ...]:
    return tuple(dict.fromkeys(i for i in meeting_ids if i is not None))


class OpenItemsModel(QAbstractTableModel):
    """A flat table over :class:`OpenItem` rows; ``IndicatorIdRole`` says what to select."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[OpenItem] = []

    def set_items(self, rows: Sequence[OpenItem]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def item(self, row: int) -> OpenItem:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(COLUMNS)
        ):
            return COLUMNS[section]
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        item = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(item, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == COL_TEXT:
            return item.text
        if role == SortRole:
            if index.column() == COL_DUE:
                return item.due.isoformat() if item.due else "9999"
            return self._text(item, index.column()).casefold()
        if role == IndicatorIdRole:
            return item.indicator_id
        if role == KindRole:
            return item.kind
        if role == ItemIdRole:
            return item.item_id
        if role == MeetingIdsRole:
            return list(item.meeting_ids)
        return None

    @staticmethod
    def _text(item: OpenItem, column: int) -> str:
        values = (
            "Question" if item.kind == "question" else "Action",
            item.indicator,
            item.portfolio,
            item.text.replace("\n", " "),
            item.asked_by,
            item.person,
            item.meeting,
            STATUS_WORDS.get(item.status, item.status),
            long_date(item.due) if item.due else "",
        )
        return values[column]

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class OpenItemsFilter(QSortFilterProxyModel):
    """Filters by meeting, status, person (addressed to or owner) and portfolio."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.meeting_id: int | None = None
        self.status: str | None = None
        self.person = ""
        self.portfolio: str | None = None
        self.setSortRole(SortRole)

    def set_filter(
        self,
        *,
        meeting_id: int | None = None,
        status: str | None = None,
        person: str = "",
        portfolio: str | None = None,
    ) -> None:
        self.beginFilterChange()
        self.meeting_id, self.status = meeting_id, status
        self.person, self.portfolio = person.strip().casefold(), portfolio
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.sourceModel()
        if not isinstance(model, OpenItemsModel):
            return True
        item = model.item(source_row)
        return (
            (self.meeting_id is None or self.meeting_id in item.meeting_ids)
            and (self.status is None or item.status == self.status)
            and (
                not self.person
                or self.person in item.person.casefold()
                or self.person in item.asked_by.casefold()
            )
            and (self.portfolio is None or item.portfolio == self.portfolio)
        )
