"""The "Questions and actions" dock: everything still open, filterable, one key to its indicator."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop import annotations as ann
from desktop.annotations import MeetingRecord
from desktop.ui.accessibility import clearable, name_parts
from desktop.ui.annotation_access import AnnotationAccess
from desktop.ui.models.questions_model import (
    COL_ASKED_BY,
    COL_INDICATOR,
    COL_MEETING,
    COL_PERSON,
    COL_TEXT,
    STATUS_WORDS,
    IndicatorIdRole,
    OpenItem,
    OpenItemsFilter,
    OpenItemsModel,
    open_items,
)


@dataclass(frozen=True, slots=True)
class OpenData:
    items: list[OpenItem]
    meetings: list[MeetingRecord]


def read_open(session: Session, indicators: Mapping[int, tuple[str, str]]) -> OpenData:
    """Everything open, each item knowing the later meetings it is carried forward to (or,
    set for no meeting, the next meeting with its indicator on the agenda)."""
    from desktop.team.authors import authors

    meetings = ann.list_meetings(session)
    carried: dict[tuple[str, int], tuple[int, ...]] = {}
    for meeting in meetings:
        items = ann.open_items_for(session, meeting.id)
        taken = ann.unassigned_questions_for(session, meeting.id)  # by default, no meeting set
        for kind, records in (
            ("question", (*items.questions, *taken)),
            ("action", items.actions),
        ):
            for record in records:
                carried[(kind, record.id)] = (*carried.get((kind, record.id), ()), meeting.id)
    questions = ann.list_questions(session, open_only=True)
    return OpenData(
        open_items(
            questions,
            ann.list_actions(session, open_only=True),
            meetings,
            indicators,
            carried,
            authors(session, "question", (q.id for q in questions)),
        ),
        meetings,
    )


class OpenItemsTable(QTableView):
    """Enter or a double click on a row asks for its indicator."""

    activated_indicator = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._choose(self.currentIndex())
            return
        super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self._choose(self.currentIndex())

    def _choose(self, index: QModelIndex) -> None:
        value = index.data(IndicatorIdRole) if index.isValid() else None
        if value is not None:
            self.activated_indicator.emit(int(value))


class QuestionsPane(QDockWidget):
    """Every open question and action point in one sortable, filterable table."""

    indicator_chosen = Signal(int)

    def __init__(
        self,
        access: AnnotationAccess,
        indicators: Callable[[], Mapping[int, tuple[str, str]]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("Questions and actions", parent)
        self.setObjectName("questionsDock")
        self.setAccessibleName("Open questions and actions")
        self.access = access
        self._indicators = indicators
        self.model = OpenItemsModel(self)
        self.proxy = OpenItemsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = OpenItemsTable(self)
        self.table.setObjectName("openItemsTable")
        self.table.setAccessibleName("Open questions and action points")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_INDICATOR, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        widths = ((COL_INDICATOR, 280), (COL_ASKED_BY, 140), (COL_PERSON, 180), (COL_MEETING, 200))
        for column, width in widths:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setWordWrap(False)
        self.table.activated_indicator.connect(self.indicator_chosen)
        self.meeting = self._combo("Filter by meeting")
        self.status = self._combo("Filter by status")
        self.portfolio = self._combo("Filter by portfolio")
        self.person = QLineEdit(self)
        self.person.setAccessibleName("Filter by addressed to, owner or who asked")
        self.person.setPlaceholderText("To, owner or asker")
        clearable(self.person, "Clear the person filter")
        self.person.textChanged.connect(lambda _t: self._apply())
        self.count = QLabel(self)
        self.count.setAccessibleName("Open item count")
        self._build()
        name_parts(self)

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(6)
        combo.currentIndexChanged.connect(lambda _i: self._apply())
        return combo

    def _build(self) -> None:
        body = QWidget(self)
        filters = QHBoxLayout()
        for text, widget in (
            ("Meeting:", self.meeting),
            ("Status:", self.status),
            ("Person:", self.person),
            ("Portfo&lio:", self.portfolio),
        ):
            label = QLabel(text, body)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget, 1)
        filters.addWidget(self.count)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        self.setWidget(body)
        self.setFocusProxy(self.table)
        self._fill_statuses()

    def _fill_statuses(self) -> None:
        self.status.blockSignals(True)
        self.status.addItem("Any status", None)
        for key in ("draft", "to_raise", "asked", "deferred", "open", "in_progress"):
            self.status.addItem(STATUS_WORDS[key], key)
        self.status.blockSignals(False)

    # --- public ----------------------------------------------------------------------------
    def reload(self) -> None:
        """Read everything open again (in the background)."""
        indicators = dict(self._indicators())
        self.access.read(lambda s: read_open(s, indicators), self._show)

    def _show(self, data: OpenData) -> None:
        self.model.set_items(data.items)
        # who asked, where the store knows it (a team's store); a column of blanks otherwise
        self.table.setColumnHidden(COL_ASKED_BY, not any(i.asked_by for i in data.items))
        self._refill(self.meeting, "Any meeting", [(m.name, m.id) for m in data.meetings])
        portfolios = sorted({i.portfolio for i in data.items if i.portfolio})
        self._refill(self.portfolio, "Any portfolio", [(p, p) for p in portfolios])
        self._apply()

    @staticmethod
    def _refill(combo: QComboBox, everything: str, choices: list[tuple[str, object]]) -> None:
        keep = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for text, data in choices:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(combo.findData(keep), 0))
        combo.blockSignals(False)

    def _apply(self) -> None:
        self.proxy.set_filter(
            meeting_id=self.meeting.currentData(),
            status=self.status.currentData(),
            person=self.person.text(),
            portfolio=self.portfolio.currentData(),
        )
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count.setText(f"{shown} of {total} open" if shown != total else f"{total} open")
