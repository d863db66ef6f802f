"""When detection is not sure: say what each column holds, see the result, save it as a profile."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from db.store import Store
from desktop.scorecard.layout import find as layout
from desktop.scorecard.layout.header import normalise_key
from desktop.scorecard.model import ParsedScorecard, ScorecardError
from desktop.scorecard.read.cellrefs import column_letters
from desktop.scorecard.read.grid import Workbook
from desktop.scorecard.read.workbook import read_workbook
from desktop.scorecard.store.profiles import find_profile, profile_names, save_profile
from desktop.ui.models.mapping_model import (
    NOT_USED,
    PreviewModel,
    counts_text,
    field_choices,
    field_label,
    preview_rows,
)
from desktop.ui.workers import TaskControl, Workers

log = logging.getLogger(__name__)

SMALL_CELLS = 60_000  # workbooks up to this many cells are re-read at once, larger on a worker
DEBOUNCE_MS = 250
MAX_WARNINGS = 200
Column = tuple[int, str, str | None]


def _cells(workbook: Workbook) -> int:
    return sum(sum(len(row) for row in sheet.rows) for sheet in workbook.sheets)


def _saved_choice(saved: dict[str, str], index: int, heading: str) -> str | None:
    """What a saved profile says about one column (by position, else by heading)."""
    if str(index) in saved:
        return saved[str(index)]
    wanted = normalise_key(heading)
    for key, value in saved.items():
        if not key.isdigit() and normalise_key(key) == wanted:
            return value
    return None


class MappingDialog(QDialog):
    """Each heading with a choice of field, a live preview, and a name to save the mapping under.

    After ``exec()`` returns Accepted the mapping is saved in the store as a profile matched to
    this header's signature, so later files of the same shape are mapped without asking;
    ``profile_name()`` then says which profile to import with.
    """

    saved = Signal(str)  # the profile name, once saved

    def __init__(
        self,
        path: str | Path,
        store: Store,
        password: str | None = None,
        sheet: str | None = None,
        area: str | None = None,
        *,
        workbook: Workbook | None = None,
        review: Sequence[str] = (),
        review_columns: Sequence[int] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.path = Path(path)
        # why the importer held this file back, and the columns those doubts are about
        self.review = list(review)
        self.review_columns = [int(c) for c in review_columns]
        self.store = store
        self.sheet = sheet
        self.area = area
        self.workbook = workbook if workbook is not None else read_workbook(path, password=password)
        self.columns: list[Column] = layout.headers(self.workbook, sheet=sheet)
        self.signature = layout.signature(self.workbook, sheet=sheet)
        self._saved_name: str | None = None
        self._result: str | None = None
        self._guess = {index: field or NOT_USED for index, _, field in self.columns}
        self._initial = dict(self._guess)
        saved = find_profile(store, self.signature) if self.signature else None
        if saved is not None:
            self._saved_name = saved[0]
            for index, heading, _ in self.columns:
                choice = _saved_choice(saved[1], index, heading)
                if choice is not None:
                    self._initial[index] = choice
        self._small = _cells(self.workbook) <= SMALL_CELLS
        self._workers = Workers(self)
        self._generation = 0
        self._running = False
        self._dirty = False
        self._parse_ok = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh)
        self.combos: dict[int, QComboBox] = {}
        self.labels: dict[int, QLabel] = {}
        self._build()
        self.refresh()

    # -- public ---------------------------------------------------------------------------------

    def mapping(self) -> dict[str, str]:
        """The choices that differ from detection, keyed by column position (profile format)."""
        chosen: dict[str, str] = {}
        for index, combo in self.combos.items():
            field = str(combo.currentData())
            if field != self._guess[index] or field == NOT_USED:
                chosen[str(index)] = field
        return chosen

    def choice(self, index: int) -> str:
        return str(self.combos[index].currentData())

    def set_choice(self, index: int, field: str) -> None:
        combo = self.combos[index]
        at = combo.findData(field)
        if at < 0:
            self._fields.appendRow(_field_item(field, field_label(field)))
            at = combo.findData(field)
        combo.setCurrentIndex(at)

    def profile_name(self) -> str | None:
        """The profile saved when the dialog was accepted; None when cancelled."""
        return self._result

    def preview_pending(self) -> bool:
        return self._timer.isActive() or self._running

    def refresh(self) -> None:
        """Re-read the table with the current choices (at once when small, else on a worker)."""
        self._timer.stop()
        if self._running:
            self._dirty = True
            return
        self._generation += 1
        generation = self._generation
        mapping = self.mapping() or None
        self.summary.setText("Reading the table with these columns…")
        workbook, sheet, area = self.workbook, self.sheet, self.area

        def parse(_control: TaskControl) -> ParsedScorecard:
            return layout.detect(workbook, sheet=sheet, area=area, mapping=mapping)

        if self._small:
            try:
                parsed = parse(TaskControl(lambda *_: None))
            except Exception as exc:
                self._failed(generation, exc)
            else:
                self._parsed(generation, parsed)
            return
        self._running = True
        self._workers.run(
            parse,
            on_done=lambda parsed: self._parsed(generation, parsed),
            on_error=lambda exc: self._failed(generation, exc),
        )

    def reset(self) -> None:
        """Back to what detection guessed."""
        for index, field in self._guess.items():
            self.set_choice(index, field)

    # -- building -------------------------------------------------------------------------------

    def _build(self) -> None:
        self.setObjectName("mappingDialog")
        self.setWindowTitle(f"Columns of {self.path.name}")
        self.setAccessibleName(f"Choose what the columns of {self.path.name} hold")
        intro = QLabel(
            f"Scrutineer could not be sure what every column of <b>{_escape(self.path.name)}</b>"
            " holds. Choose a meaning for each heading; the preview shows what will be imported."
            " The choices are saved under the name below and used for later files with the"
            " same headings.",
            self,
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        intro.setAccessibleName("About this dialog")
        self.reasons = QLabel(self)
        self.reasons.setObjectName("mappingReview")
        self.reasons.setAccessibleName("Why this file needs your review")
        self.reasons.setTextFormat(Qt.TextFormat.PlainText)
        self.reasons.setWordWrap(True)
        self.reasons.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.reasons.setVisible(bool(self.review))
        if self.review:
            intro.setText(
                f"<b>{_escape(self.path.name)}</b> was not imported: Scrutineer is not sure how"
                " to read it. The columns marked ⚠ are the doubtful ones; check what each holds"
                " against the preview, then save. The choices are saved under the name below and"
                " used for later files with the same headings."
            )
            self.reasons.setText("\n".join(f"⚠ {line}" for line in self.review))
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._columns_box())
        splitter.addWidget(self._preview_box())
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout_ = QVBoxLayout(self)
        layout_.addWidget(intro)
        layout_.addWidget(self.reasons)
        layout_.addWidget(splitter, 1)
        layout_.addLayout(self._save_row())
        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self._buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("&Save and use")
        ok.setAccessibleName("Save these columns as a profile and use them")
        ok.setDefault(True)
        cancel = self._buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName("Cancel: save nothing")
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)
        layout_.addWidget(self._buttons)
        self._size()
        doubtful = [i for i in self.review_columns if i in self.combos]
        if doubtful:
            self.combos[doubtful[0]].setFocus()
            self._scroll.ensureWidgetVisible(self.combos[doubtful[0]])
        elif self.combos:
            next(iter(self.combos.values())).setFocus()

    def _columns_box(self) -> QGroupBox:
        box = QGroupBox("What each column holds", self)
        box.setAccessibleName("What each column holds")
        grid_host = QWidget(box)
        grid = QGridLayout(grid_host)
        grid.setColumnStretch(0, 1)
        self._fields = self._field_model()
        width = self.fontMetrics().horizontalAdvance("Comparator: Statistical") + 40
        for row, (index, heading, _) in enumerate(self.columns):
            letter = column_letters(index)
            combo = QComboBox(grid_host)
            combo.setObjectName(f"column{index}")
            combo.setMinimumWidth(width)
            combo.setModel(self._fields)  # one shared list: 2,000 columns open quickly
            combo.setAccessibleName(f"Column {letter}, {heading}: holds")
            combo.setToolTip(f"Detection guessed: {field_label(self._guess[index])}")
            label = QLabel(grid_host)
            label.setTextFormat(Qt.TextFormat.PlainText)
            doubtful = index in self.review_columns
            label.setText(f"{'⚠ ' if doubtful else ''}{letter}  {heading}")
            if doubtful:
                combo.setAccessibleName(f"Column {letter}, {heading} (doubtful): holds")
            label.setWordWrap(True)
            label.setMinimumWidth(120)
            label.setToolTip(heading)
            label.setBuddy(combo)
            label.setAccessibleName(f"Column {letter} heading")
            grid.addWidget(label, row, 0)
            grid.addWidget(combo, row, 1)
            self.combos[index] = combo
            self.labels[index] = label
            self.set_choice(index, self._initial[index])
            self._mark(index)
            combo.currentIndexChanged.connect(lambda _at, i=index: self._on_choice(i))
        grid.setRowStretch(len(self.columns), 1)
        scroll = self._scroll = QScrollArea(box)
        scroll.setWidget(grid_host)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        bar = scroll.verticalScrollBar().sizeHint().width()
        scroll.setMinimumWidth(grid_host.minimumSizeHint().width() + bar + 2 * scroll.frameWidth())
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setAccessibleName("Column headings")
        reset = self.reset_button = QPushButton("&Reset to detected", box)
        reset.setAccessibleName("Reset every column to what detection guessed")
        reset.clicked.connect(self.reset)
        column = QVBoxLayout(box)
        column.addWidget(scroll, 1)
        column.addWidget(reset, 0, Qt.AlignmentFlag.AlignLeft)
        return box

    def _field_model(self) -> QStandardItemModel:
        model = QStandardItemModel(self)
        choices = field_choices()
        known = {field for field, _ in choices}
        extra = sorted({f for f in (*self._guess.values(), *self._initial.values())} - known)
        for field, text in [*choices, *((f, field_label(f)) for f in extra)]:
            model.appendRow(_field_item(field, text))
        return model

    def _preview_box(self) -> QGroupBox:
        box = QGroupBox("Preview", self)
        box.setAccessibleName("Preview")
        self.summary = QLabel(box)
        self.summary.setObjectName("mappingSummary")
        self.summary.setAccessibleName("Preview counts")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.model = PreviewModel(self)
        self.table = QTableView(box)
        self.table.setObjectName("mappingPreview")
        self.table.setAccessibleName("First observations as they will be imported")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setAccessibleName("Preview columns")
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        rows = self.table.verticalHeader()
        rows.setAccessibleName("Preview rows")
        rows.setVisible(False)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        warnings_label = QLabel("&Warnings", box)
        warnings_label.setAccessibleName("Warnings")
        self.warnings = QListWidget(box)
        self.warnings.setObjectName("mappingWarnings")
        self.warnings.setAccessibleName("Warnings from the preview")
        self.warnings.setWordWrap(True)
        warnings_label.setBuddy(self.warnings)
        column = QVBoxLayout(box)
        column.addWidget(self.summary)
        column.addWidget(self.table, 3)
        column.addWidget(warnings_label)
        column.addWidget(self.warnings, 1)
        return box

    def _save_row(self) -> QHBoxLayout:
        self.name = QLineEdit(self._saved_name or self.path.stem, self)
        self.name.setObjectName("profileName")
        self.name.setAccessibleName("Save as profile named")
        self.name.setToolTip("Later files with the same headings are mapped with this profile")
        self.name.textChanged.connect(self._update_ok)
        label = QLabel("Save as &profile:", self)
        label.setAccessibleName("Save as profile")
        label.setBuddy(self.name)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.name, 1)
        return row

    def _size(self) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        room = screen.availableGeometry() if screen is not None else None
        width, height = 1100, 640
        if room is not None:
            width, height = min(width, room.width() - 40), min(height, room.height() - 60)
        self.resize(width, height)

    # -- preview results ------------------------------------------------------------------------

    def _on_choice(self, index: int) -> None:
        self._mark(index)
        self._timer.start()

    def _mark(self, index: int) -> None:
        """A heading whose meaning differs from detection's guess is shown in bold."""
        changed = self.choice(index) != self._guess[index]
        label = self.labels[index]
        font = label.font()
        font.setBold(changed)
        label.setFont(font)
        guessed = field_label(self._guess[index])
        self.combos[index].setAccessibleDescription(
            f"changed from the guess, {guessed}" if changed else "as detected"
        )

    def _parsed(self, generation: int, parsed: ParsedScorecard) -> None:
        if self._finish(generation):
            return
        self.model.set_rows(preview_rows(parsed))
        self.summary.setText(counts_text(parsed))
        self._show_warnings([f"Check: {item.line()}" for item in parsed.review] + parsed.warnings)
        self._parse_ok = True
        self._update_ok()

    def _failed(self, generation: int, error: BaseException) -> None:
        if self._finish(generation):
            return
        if isinstance(error, ScorecardError):
            message = " ".join(str(error).split())
        else:
            log.error("preview of %s failed", self.path, exc_info=error)
            message = (
                f"could not read {self.path.name} ({type(error).__name__}) — try other columns"
            )
        self.model.set_rows([])
        self.summary.setText(f"Nothing would be imported: {message}")
        self._show_warnings([])
        self._parse_ok = False
        self._update_ok()

    def _finish(self, generation: int) -> bool:
        """True when this result is stale (a newer preview is due); starts that one."""
        self._running = False
        if self._dirty:
            self._dirty = False
            self.refresh()
            return True
        return generation != self._generation

    def _show_warnings(self, warnings: list[str]) -> None:
        self.warnings.clear()
        shown = warnings[:MAX_WARNINGS]
        self.warnings.addItems(shown)
        if len(warnings) > len(shown):
            self.warnings.addItem(f"… and {len(warnings) - len(shown)} more")
        if not warnings:
            self.warnings.addItem("No warnings")

    def _update_ok(self) -> None:
        ok = self._buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self._parse_ok and bool(self.name.text().strip()))

    # -- closing --------------------------------------------------------------------------------

    def accept(self) -> None:
        if self._timer.isActive() and self._small:
            self.refresh()  # a change made just before Enter is checked before it is saved
        name = self.name.text().strip()
        if not name or self.signature is None or not self._parse_ok:
            return
        if not self._may_replace(name):
            return
        save_profile(self.store, name, self.signature, self.mapping())
        self._result = name
        super().accept()
        self.saved.emit(name)

    def _may_replace(self, name: str) -> bool:
        """Saving over another file shape's profile of the same name needs a yes."""
        if name == self._saved_name or name not in profile_names(self.store):
            return True
        answer = QMessageBox.question(
            self,
            "Replace profile?",
            f"A profile named '{name}' is already saved for files with other headings. "
            "Replace it with these columns?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def done(self, result: int) -> None:
        self._timer.stop()
        self._workers.cancel_all()
        self._workers.wait()
        super().done(result)


def _field_item(field: str, text: str) -> QStandardItem:
    item = QStandardItem(text)
    item.setData(field, Qt.ItemDataRole.UserRole)
    item.setEditable(False)
    return item


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def choose_mapping(
    parent: QWidget | None,
    path: str | Path,
    store: Store,
    *,
    password: str | None = None,
    sheet: str | None = None,
    area: str | None = None,
) -> str | None:
    """Ask what the columns of ``path`` hold (modal); the saved profile's name, or None."""
    dialog = _make(parent, path, store, password, sheet, area)
    if dialog is None:
        return None
    try:
        dialog.exec()
        return dialog.profile_name()
    finally:
        dialog.deleteLater()


def open_mapping(
    parent: QWidget | None,
    path: str | Path,
    store: Store,
    on_saved: Callable[[str], None],
    *,
    password: str | None = None,
    sheet: str | None = None,
    area: str | None = None,
    review: Sequence[str] = (),
    review_columns: Sequence[int] = (),
) -> MappingDialog | None:
    """The same without blocking: ``on_saved(profile name)`` runs once it is accepted.

    ``review`` and ``review_columns`` (from a file held for review) open it at the doubtful
    columns, saying why. Returns the open dialog (keep a reference), or None when the file
    could not be read (the user has been told why).
    """
    dialog = _make(parent, path, store, password, sheet, area, review, review_columns)
    if dialog is None:
        return None
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.saved.connect(on_saved)
    dialog.open()
    return dialog


def _make(
    parent: QWidget | None,
    path: str | Path,
    store: Store,
    password: str | None,
    sheet: str | None,
    area: str | None,
    review: Sequence[str] = (),
    review_columns: Sequence[int] = (),
) -> MappingDialog | None:
    try:
        dialog = MappingDialog(
            path,
            store,
            password,
            sheet,
            area,
            review=review,
            review_columns=review_columns,
            parent=parent,
        )
    except ScorecardError as exc:
        QMessageBox.warning(parent, "Cannot map columns", " ".join(str(exc).split()))
        return None
    if dialog.signature is None:
        dialog.deleteLater()
        QMessageBox.warning(
            parent,
            "Cannot map columns",
            f"no row of column headings found in {Path(path).name} — check the file holds a table",
        )
        return None
    return dialog
