"""The indicator detail pane: header, trend chart, figures, commentary, analysis and enquiries."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, QSize, Qt, Signal
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.catalogue import indicator_label
from desktop.tolerances import describe
from desktop.ui.accessibility import name_parts
from desktop.ui.charts import TrendChart
from desktop.ui.indicator_text import (
    direction_sentence,
    format_number,
    format_value,
    observation_value,
    provenance,
    streak_sentence,
)
from desktop.ui.models.observation_table import (
    FIXED_COLUMNS,
    SOURCE,
    WARNING_MARK,
    ObservationTableModel,
    small_base_note,
)
from desktop.ui.rag_style import is_dark
from desktop.ui.views.indicator_parts import (
    EnquiryList,
    FiguresHeader,
    RagBadge,
    SelectableLabel,
)

if TYPE_CHECKING:
    from db.records import ObservationRecord
    from desktop.catalogue import IndicatorView

CHART_HEIGHT = 340  # at most; less on a short pane, so the whole chart shows under the header
MIN_CHART_HEIGHT = 160  # below this the legend leaves the lines no room
RAG_HEADERS = FIXED_COLUMNS[5:7]
TOOLTIP_ROLE = int(Qt.ItemDataRole.ToolTipRole)  # a heading's words on one line
RECORD_SHORTCUT = "Ctrl+Shift+R"
ADVANCE_CACHE = 4000  # texts whose widths are remembered before starting afresh
PLACEHOLDER = "Choose an indicator to see its history, figures and lines of enquiry."


def _label(name: str, *, wrap: bool = True) -> QLabel:
    label = SelectableLabel()
    label.setWordWrap(wrap)
    label.setAccessibleName(name)
    return label


def _group(title: str, *widgets: QWidget) -> QGroupBox:
    box = QGroupBox(title)
    box.setAccessibleName(title)
    layout = QVBoxLayout(box)
    for widget in widgets:
        layout.addWidget(widget)
    return box


def rule_sentence(view: IndicatorView) -> str:
    """The RAG rule the computed colour follows, and whether it is the indicator's own."""
    tol = view.series.tolerance
    if view.polarity == "on_target" and tol.band_low is None and tol.band_high is None:
        return "RAG rule: no green band is set, so no RAG is worked out from the figures."
    r = view.record
    own = (r.tolerance_mode, r.tolerance_amber, r.band_low, r.band_high) != (None,) * 4
    whose = "this indicator's own rule" if own else "the default rule"
    return f"RAG rule ({whose}): {describe(tol, view.unit)}"


class IndicatorHeader(QWidget):
    """Code and name, where it sits, RAG published and computed, the latest value and its trend."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Indicator summary")
        self.title = _label("Indicator")
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.place = _label("Portfolio and service")
        self.published = RagBadge("published")
        self.computed = RagBadge("computed")
        self.mismatch = _label("RAG note")
        self.latest = _label("Latest value")  # wraps on a narrow screen rather than clip
        self.base = _label("Base of the latest value")
        self.direction = _label("Direction of travel")
        self.streak = _label("Red streak")
        self.rule = _label("RAG rule")
        self.change_rule = QPushButton("Change tolerance…")
        self.change_rule.setAccessibleName("Change the RAG tolerance")
        self.change_rule.setToolTip("How far from target is still amber (Ctrl+T)")
        self.change_rule.clicked.connect(self._change_tolerance)
        badges = QHBoxLayout()
        badges.setContentsMargins(0, 0, 0, 0)
        for caption, badge in (("Published", self.published), ("Computed", self.computed)):
            text = QLabel(caption)
            text.setBuddy(badge)
            badges.addWidget(text)
            badges.addWidget(badge)
            badges.addSpacing(12)
        badges.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.place)
        layout.addLayout(badges)
        layout.addWidget(self.mismatch)  # its own line: the badges row stays narrow
        # the latest figure, how it is moving and the rule sit under the chart, whose read-out
        # gives the latest figures at a glance: the whole chart stays in view on a short screen
        self.trend = QWidget()
        self.trend.setAccessibleName("Latest figure, direction of travel and RAG rule")
        trend = QVBoxLayout(self.trend)
        trend.setContentsMargins(0, 0, 0, 0)
        latest = QHBoxLayout()
        latest.setContentsMargins(0, 0, 0, 0)
        latest.addWidget(self.latest, 3)
        latest.addSpacing(12)
        latest.addWidget(self.base, 2)
        trend.addLayout(latest)
        trend.addWidget(self.direction)
        trend.addWidget(self.streak)
        rule = QHBoxLayout()
        rule.setContentsMargins(0, 0, 0, 0)
        rule.addWidget(self.rule, 1)
        rule.addWidget(self.change_rule)
        trend.addLayout(rule)

    def set_dark(self, dark: bool) -> None:
        self.published.set_dark(dark)
        self.computed.set_dark(dark)

    def show_view(self, view: IndicatorView) -> None:
        self.title.setText(indicator_label(view.code, view.name, " — "))
        place = " › ".join(p for p in (view.portfolio, view.service) if p)
        self.place.setText(place or "No portfolio or service given")
        latest = view.latest
        self.published.set_rag(latest.rag if latest is not None else None)
        self.computed.set_rag(view.latest_rag_computed)
        mismatch = (
            latest is not None
            and latest.rag is not None
            and view.latest_rag_computed is not None
            and latest.rag != view.latest_rag_computed
        )
        self.mismatch.setText(
            "The published RAG differs from the one worked out from the figures."
            if mismatch
            else ""
        )
        self.mismatch.setVisible(bool(mismatch))  # no empty line under the badges
        self._show_latest(view, latest)
        a = view.assessment
        self.direction.setText(direction_sentence(a.direction_previous, a.direction_last_year))
        streak = streak_sentence(a.red_streak)
        self.streak.setText(streak)
        self.rule.setText(rule_sentence(view))

    def _change_tolerance(self) -> None:
        action = getattr(self.window(), "tolerance_action", None)
        if isinstance(action, QAction):
            action.trigger()

    def _show_latest(self, view: IndicatorView, latest: ObservationRecord | None) -> None:
        if latest is None:
            self.latest.setText("No figure has been reported yet.")
            self.latest.setToolTip("")
            self._clear_base()
            return
        text = f"Latest, {latest.period.label}: {observation_value(latest, view.unit)}"
        if latest.target is not None:
            text += f" against a target of {format_value(latest.target, view.unit)}"
        else:
            text += " (no target given)"
        self.latest.setText(text)
        self.latest.setToolTip(f"From {provenance(latest)}")
        self.latest.setAccessibleDescription(f"From {provenance(latest)}")
        if latest.numerator is None and latest.denominator is None:
            self._clear_base()
            return
        base = f"{format_number(latest.numerator)} of {format_number(latest.denominator)}"
        small = "small_base" in view.flag_rules
        self.base.setText(f"Based on {base}" + (f"  {WARNING_MARK} small base" if small else ""))
        note = small_base_note(latest) if small else ""
        self.base.setToolTip(note or f"Numerator and denominator from {provenance(latest)}")
        self.base.setAccessibleDescription(note)

    def _clear_base(self) -> None:
        # empty rather than hidden: showing and hiding re-lays out the whole pane each time
        self.base.setText("")
        self.base.setToolTip("")
        self.base.setAccessibleDescription("")


class IndicatorDetailView(QWidget):
    """Everything about one indicator; emits ``enquiry_chosen`` to record a line of enquiry."""

    enquiry_chosen = Signal(int, str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Indicator details")
        self._view: IndicatorView | None = None
        self._syncing = False
        self._showing: bool | None = None
        self._source_width = 0  # the full grid's source column fitted to its text
        self._others_width = 0  # and every other column of it
        self._period: int | None = None  # the period chosen in the table and the chart
        self._advances: dict[str, int] = {}  # text widths in the table's font (_advance)
        self._advance_font: tuple[str, str] = ("", "")
        self.placeholder = _label("No indicator selected")
        self.placeholder.setText(PLACEHOLDER)
        self.header = IndicatorHeader()
        self.chart = TrendChart()
        # a fixed height: text changes elsewhere in the pane never resize (and so redraw) the
        # chart; only the pane's own height does (_fit_chart)
        self.chart.setFixedHeight(CHART_HEIGHT)
        self.chart_hint = _label("How to use the chart")
        self.chart_hint.setText(
            "Point at a period to read it out; click it, or use the Left and Right arrow keys, "
            "to show its figures and commentary."
        )
        self.model = ObservationTableModel(self)
        self.table = self._build_table()
        self.commentary_period = _label("Commentary period")
        self.commentary = _label("Officers' commentary")
        self.facts = _label("What the figures show")
        self.flags = _label("Warnings about the figures")
        self.enquiries = EnquiryList()
        self.enquiries.chosen.connect(self._on_enquiry)
        self.record_action = QAction("&Record as question", self)
        self.record_action.setObjectName("recordEnquiry")
        self.record_action.setShortcut(QKeySequence(RECORD_SHORTCUT))
        self.record_action.setStatusTip(
            "Record the chosen suggested line of enquiry (or the first) as a question"
        )
        self.record_action.triggered.connect(self.record_enquiry)
        self.addAction(self.record_action)
        self._build_layout()
        self.chart.viewport().setAccessibleName("Trend chart of the indicator")
        name_parts(self)
        self.chart.point_highlighted.connect(self._on_point)
        self._apply_palette()
        self.show_indicator(None)

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setHorizontalHeader(FiguresHeader(table))
        table.setModel(self.model)
        table.setAccessibleName("Figures for every period")
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setWordWrap(False)
        # the source (file, sheet, cell) gives way first: elided in the middle, whole in its tooltip
        table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        table.installEventFilter(self)
        table.setCornerButtonEnabled(False)
        table.setTabKeyNavigation(False)  # Tab leaves the table; the arrow keys move in it
        for corner in table.findChildren(QAbstractButton):
            corner.setAccessibleName("Table corner")
        table.selectionModel().currentRowChanged.connect(self._on_row)
        return table

    def _build_layout(self) -> None:
        content = QWidget()
        content.setAccessibleName("Indicator details content")
        self.sections = [
            self.header,
            self.chart,
            self.header.trend,
            self.chart_hint,
            _group("Officers' commentary", self.commentary_period, self.commentary),
            _group("Figures", self.table),
            _group("What the figures show", self.facts, self.flags),
            _group("Suggested lines of enquiry", self.enquiries),
        ]
        layout = QVBoxLayout(content)
        layout.addWidget(self.placeholder)
        for section in self.sections:
            layout.addWidget(section)
        layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setAccessibleName("Indicator details")
        self.scroll.setWidgetResizable(True)
        self.scroll.setObjectName("indicatorScroll")  # the style sheet frames it when focused
        self.scroll.setFrameShape(QFrame.Shape.StyledPanel)
        self.scroll.setWidget(content)
        self.scroll.viewport().installEventFilter(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)

    def sizeHint(self) -> QSize:
        return QSize(760, 720)

    def minimumSizeHint(self) -> QSize:
        # a splitter may not squeeze the pane to nothing; the pane scrolls, so on a small
        # laptop at 150% (about 910×510 points) the notes below still get room to write in
        return QSize(320, 160)

    # --- public ----------------------------------------------------------------------------

    def current_view(self) -> IndicatorView | None:
        return self._view

    def show_indicator(self, view: IndicatorView | None) -> None:
        """Show one indicator (None shows the placeholder), from its title down."""
        if view is None or self._view is None or view.id != self._view.id:
            self.scroll.verticalScrollBar().setValue(0)
        self._view = view
        if self._showing != (view is not None):
            self._showing = view is not None
            self.placeholder.setVisible(view is None)
            for section in self.sections:
                section.setVisible(view is not None)
        # the chart reads out the latest period, the one _select_period below chooses
        self.chart.set_indicator(view)
        self.model.set_indicator(view)
        self._size_columns()
        self._fit_table()
        if view is None:
            self.setAccessibleDescription("No indicator selected")
            return
        self.header.show_view(view)
        self._fit_chart()  # a title of three lines or more takes room from the chart
        self._show_analysis(view)
        latest = view.assessment.latest_index
        if latest is None and view.record.observations:
            latest = len(view.record.observations) - 1
        self._select_period(latest)
        self.setAccessibleDescription(self.header.title.text())

    # --- parts -----------------------------------------------------------------------------

    def _show_analysis(self, view: IndicatorView) -> None:
        a = view.assessment
        facts = [f"• {fact}" for fact in a.facts]
        self.facts.setText("\n".join(facts) or "Nothing more to say about the figures.")
        flags = [
            f"{WARNING_MARK} {flag.message}"
            + (
                f" ({flag.period_label})"
                if flag.period_label and flag.period_label not in flag.message
                else ""
            )
            for flag in a.flags
        ]
        self.flags.setText("\n".join(flags))
        self.enquiries.set_enquiries(a.enquiries)

    def _show_commentary(self, index: int | None) -> None:
        view = self._view
        if view is None or index is None or not view.record.observations:
            self.commentary_period.setText("")
            self.commentary.setText("No commentary.")
            return
        observation = view.record.observations[index]
        self.commentary_period.setText(observation.period.label)
        self.commentary.setText(
            observation.commentary or f"No commentary was given for {observation.period.label}."
        )
        self.commentary.setToolTip(f"From {provenance(observation)}")

    def _column_width(self, header: str, texts: list[str]) -> int:
        """A column fitted to its text and its heading (Qt's own fitting asks every cell for
        every role)."""
        metrics = self.table.fontMetrics()
        padding = 2 * self.table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 12
        width = max((self._advance(metrics, text) for text in texts), default=0) + padding
        if header in RAG_HEADERS:
            icon = self.table.iconSize().width() if self.table.iconSize().isValid() else 16
            width += max(icon, 16) + 4
        heading = self._advances.get(f"\0{header}")  # a heading's width, beside the texts'
        if heading is None:
            heading = self._advances[f"\0{header}"] = self._heading_width(header)
        return max(width, heading)

    def _heading_width(self, header: str) -> int:
        """A heading's width as shown, on two lines (see the model's ``headerData``)."""
        metrics = self.table.horizontalHeader().fontMetrics()
        style = self.table.style()
        margin = 2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin)
        margin += 2 * style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 12
        return max(metrics.horizontalAdvance(line) for line in header.split(" ", 1)) + margin

    def _advance(self, metrics: QFontMetrics, text: str) -> int:
        """A text's width in the table's font, remembered: periods, ratings and values recur
        from one indicator to the next (the font is checked in _size_columns)."""
        width = self._advances.get(text)
        if width is None:
            width = self._advances[text] = metrics.horizontalAdvance(text)
        return width

    def _size_columns(self) -> None:
        """Fit each shown column to its text, and note how wide the full grid would be: the
        source (file, sheet, cell) gives way first, elided in the middle, whole in its tip."""
        font = (self.table.font().key(), self.table.horizontalHeader().font().key())
        if font != self._advance_font or len(self._advances) > ADVANCE_CACHE:
            self._advance_font = font
            self._advances.clear()
        grid = self.model.grid_columns()
        widths = {h: self._column_width(h, texts) for h, texts in grid}
        self._source_width = widths.get(SOURCE, 0)
        self._others_width = sum(widths.values()) - self._source_width
        # the grid shown: each column's width is the one just worked out from the same texts
        worked_out = not self.model.is_compact() and len(widths) == len(grid)
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            blank = self.model.column_is_blank(column)
            if self.table.isColumnHidden(column) != blank:
                self.table.setColumnHidden(column, blank)
            if blank or (column == self.model.columnCount() - 1 and self.model.is_compact()):
                continue  # the figures of a compact table take what is left
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal, TOOLTIP_ROLE))
            width = widths.get(title) if worked_out else None
            if width is None:
                width = self._column_width(title, self.model.display_column(column))
            header.resizeSection(column, width)

    def _fit_table(self) -> None:
        """A grid while it fits the pane; else each period's figures wrapped in one cell.
        The table is as tall as its rows, so only the pane scrolls, and only up and down."""
        available = self.table.width() - 2 * self.table.frameWidth()
        least_source = self._heading_width(SOURCE)
        # judged once the table is on screen at its real width (a hidden one keeps the grid)
        compact = (
            self.table.isVisible()
            and self.model.rowCount() > 0
            and self._others_width + least_source > available
        )
        if compact != self.model.is_compact():
            self.model.set_compact(compact)
            self.table.setWordWrap(compact)
            self._size_columns()
            self._select_row(self._period)  # a new layout of the same rows: the same period
        if compact:
            self.table.resizeRowsToContents()
        elif self.model.rowCount():
            source = max(least_source, min(self._source_width, available - self._others_width))
            self.table.horizontalHeader().resizeSection(self.model.columnCount() - 1, source)
        rows = self.model.rowCount()
        height = self.table.horizontalHeader().sizeHint().height() + 2 * self.table.frameWidth()
        height += sum(self.table.rowHeight(r) for r in range(rows)) if rows else 0
        if self.table.height() != height:
            self.table.setFixedHeight(height)

    def _fit_chart(self) -> None:
        """The chart as tall as the pane has room for under the header (up to CHART_HEIGHT), so
        that selecting an indicator shows the whole chart without scrolling. The header is
        reckoned with a title of two lines whatever this one's, so moving between indicators
        does not resize (and redraw) the chart; only a longer title or a resize does."""
        content = self.scroll.widget()
        layout = content.layout() if content is not None else None
        if layout is None:
            return
        width = self.header.width()
        title = self.header.title
        header = self.header.heightForWidth(width) if width > 0 else -1
        if header < 0:
            header = self.header.sizeHint().height()
        lines = title.heightForWidth(width) if width > 0 else title.sizeHint().height()
        header += max(0, 2 * title.fontMetrics().lineSpacing() - lines)
        top = layout.contentsMargins().top()
        room = self.scroll.viewport().height() - top - header - 2 * layout.spacing()
        height = max(MIN_CHART_HEIGHT, min(CHART_HEIGHT, room))
        if height != self.chart.height():
            self.chart.setFixedHeight(height)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.__dict__.get("table"):
            self._fit_table()
        scroll = self.__dict__.get("scroll")
        if event.type() == QEvent.Type.Resize and scroll and watched is scroll.viewport():
            self._fit_chart()
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            # Ctrl+Tab, the way out of boxes that keep Tab, leaves the table as Tab does
            return self.focusNextPrevChild(event.key() == Qt.Key.Key_Tab)
        return False

    def _select_period(self, index: int | None) -> None:
        self._syncing = True
        try:
            self._select_row(index)
            if index is not None and index != self.chart.highlighted_index():
                self.chart.highlight(index, emit=False)
            self._show_commentary(index)
        finally:
            self._syncing = False

    def _select_row(self, index: int | None) -> None:
        self._period = index
        syncing, self._syncing = self._syncing, True
        try:
            if index is None:
                self.table.clearSelection()
            else:
                self.table.selectionModel().setCurrentIndex(
                    self.model.index(index, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
        finally:
            self._syncing = syncing

    # --- slots -----------------------------------------------------------------------------

    def _on_point(self, index: int) -> None:
        if not self._syncing:
            self._select_period(index)

    def _on_row(self, current: object, _previous: object) -> None:
        if self._syncing:
            return
        row = current.row() if hasattr(current, "row") else -1
        if row >= 0:
            self._select_period(row)

    def record_enquiry(self) -> bool:
        """Record the line of enquiry whose button has the focus, else the first one."""
        rows = self.enquiries.rows()
        if self._view is None or not rows:
            return False
        chosen = next((row for row in rows if row.button.hasFocus()), rows[0])
        enquiry = chosen.enquiry()
        self._on_enquiry(enquiry.rule, enquiry.text)
        return True

    def _on_enquiry(self, rule: str, text: str) -> None:
        if self._view is not None:
            self.enquiry_chosen.emit(self._view.id, rule, text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange and "model" in self.__dict__:
            self._apply_palette()
        if event.type() == QEvent.Type.StyleChange and "_advances" in self.__dict__:
            self._advance_font = ("", "")  # a style sheet may change the font: measure again
        super().changeEvent(event)

    def _apply_palette(self) -> None:
        dark = is_dark(self.palette())
        self.header.set_dark(dark)
        self.model.set_dark(dark)
