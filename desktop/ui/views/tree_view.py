"""The portfolio tree widget: shaped RAG badges, keyboard walking from red to red."""

from __future__ import annotations

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    Qt,
    Signal,
)
from PySide6.QtGui import QPainter, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from desktop.ui.accessibility import name_parts
from desktop.ui.models.filter_proxy import PortfolioFilterProxy
from desktop.ui.models.portfolio_tree import (
    COL_LATEST,
    COL_NAME,
    COL_RAG,
    COL_TREND,
    IndicatorIdRole,
    MarksRole,
    RagRole,
    RollupRole,
    TitleRole,
)
from desktop.ui.theme import paint_badge


class RagDelegate(QStyledItemDelegate):
    """Paints the RAG column: a lettered, shaped badge, or mini badges with roll-up counts."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        rag = index.data(RagRole)
        rollup = index.data(RollupRole)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = QRectF(opt.rect).adjusted(2, 2, -2, -2)
        if rag:
            paint_badge(painter, rect, rag, opt.palette)
        elif rollup:
            self._paint_rollup(painter, rect, rollup, opt)

    def _paint_rollup(
        self,
        painter: QPainter,
        rect: QRectF,
        rollup: tuple[int, int, int, int],
        opt: QStyleOptionViewItem,
    ) -> None:
        side = min(rect.height(), 14.0)
        x = rect.left() + 2
        painter.save()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = opt.palette.ColorRole.HighlightedText if selected else opt.palette.ColorRole.Text
        for rag, count in zip(("red", "amber", "green"), rollup[:3], strict=True):
            badge = QRectF(x, rect.center().y() - side / 2, side, side)
            paint_badge(painter, badge, rag, opt.palette, letter=False)
            x += side + 3
            text = str(count)
            width = opt.fontMetrics.horizontalAdvance(text) + 8
            painter.setPen(opt.palette.color(role))
            painter.drawText(
                QRectF(x, rect.top(), width, rect.height()),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                text,
            )
            x += width
        painter.restore()


class NameDelegate(QStyledItemDelegate):
    """Elides a long name on the right but always keeps its marks (≠, n<20, ?) in view."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        marks = index.data(MarksRole)
        if not marks:
            return
        title = str(index.data(TitleRole))
        metrics = option.fontMetrics
        room = option.rect.width() - metrics.horizontalAdvance(f"  {marks}") - 10
        elided = metrics.elidedText(title, Qt.TextElideMode.ElideRight, max(room, 0))
        option.text = f"{elided}  {marks}"


class TrendDelegate(QStyledItemDelegate):
    """The direction's arrow and word; only the arrow when the column is too narrow for the
    word (its tooltip and accessible text still say it), rather than a word cut short."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        text = option.text
        if " " in text and option.fontMetrics.horizontalAdvance(text) + 8 > option.rect.width():
            option.text = text.split(" ", 1)[0]


FIXED_WIDTHS = {COL_RAG: 96, COL_LATEST: 124, COL_TREND: 104}


class PortfolioTreeView(QTreeView):
    """The tree on the left; emits ``indicator_selected(id or -1)`` as the selection moves."""

    indicator_selected = Signal(int)

    def __init__(self, proxy: PortfolioFilterProxy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("portfolioTree")
        self.setAccessibleName("Portfolio tree")
        self.setAccessibleDescription(
            "Portfolios, services and indicators with RAG, latest value against target and trend"
        )
        self.setModel(proxy)
        self._proxy = proxy
        self.setItemDelegateForColumn(COL_RAG, RagDelegate(self))
        self.setUniformRowHeights(True)
        self.setAllColumnsShowFocus(True)
        self.setAlternatingRowColors(True)
        self.setItemDelegateForColumn(COL_NAME, NameDelegate(self))
        self.setItemDelegateForColumn(COL_TREND, TrendDelegate(self))
        self._narrow = False
        self._latest_measure: tuple[object, int] = (None, 0)
        name_parts(self)
        # Shift/Ctrl pick several indicators at once (e.g. to add them to an agenda)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        for col, width in FIXED_WIDTHS.items():
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, width)
        self.selectionModel().currentRowChanged.connect(self._on_current)
        proxy.modelReset.connect(self.expandAll)
        proxy.modelReset.connect(self._fit_columns)  # new figures may be wider
        proxy.layoutChanged.connect(self.expandAll)
        proxy.rowsInserted.connect(lambda *_: self.expandAll())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """On a narrow pane the latest and trend columns give way so names stay legible, but
        never so far that a figure or its heading is cut: the heading goes onto two lines."""
        super().resizeEvent(event)
        self._fit_columns()

    def _fit_columns(self) -> None:
        room = self.viewport().width()
        fixed = sum(FIXED_WIDTHS.values())
        header = self.header()
        narrow = room < 2 * fixed
        tree = self._proxy.tree()
        tree.stack_headings(narrow)
        if narrow:
            # the RAG counts keep their room; the trend keeps its arrow, the name gains the rest
            header.resizeSection(
                COL_LATEST,
                min(self._latest_width(), room // 3),
            )
            arrow = self.fontMetrics().horizontalAdvance("▲") + 16
            header.resizeSection(
                COL_TREND, max(arrow, header.sectionSizeFromContents(COL_TREND).width())
            )
        elif self._narrow:
            for col in (COL_LATEST, COL_TREND):
                header.resizeSection(col, FIXED_WIDTHS[col])
        self._narrow = narrow

    def _latest_width(self) -> int:
        """Room for the widest 'latest vs target' figure, with the cell's margins."""
        tree = self._proxy.tree()
        key = (tree.generation, self.font().key())
        if self._latest_measure[0] != key:
            metrics = self.fontMetrics()
            margin = 2 * (self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
            widest = tree.widest_latest(metrics.horizontalAdvance) + margin + 4
            heading = self.header().sectionSizeFromContents(COL_LATEST).width()
            self._latest_measure = (key, max(widest, heading))
        return self._latest_measure[1]

    def current_indicator(self) -> int | None:
        value = self.currentIndex().data(IndicatorIdRole)
        return int(value) if value is not None else None

    def selected_indicators(self) -> list[int]:
        """The indicators selected, in tree order; a selected portfolio or service stands for
        every indicator shown under it. The current indicator if nothing is selected."""
        found: list[int] = []
        for index in sorted(self.selectionModel().selectedRows(0), key=self._tree_position):
            for indicator_id in self._indicators_under(index):
                if indicator_id not in found:
                    found.append(indicator_id)
        current = self.current_indicator()
        return found or ([current] if current is not None else [])

    def _indicators_under(self, index: QModelIndex) -> list[int]:
        value = index.data(IndicatorIdRole)
        if value is not None:
            return [int(value)]
        model = self._proxy
        return [
            indicator_id
            for row in range(model.rowCount(index))
            for indicator_id in self._indicators_under(model.index(row, 0, index))
        ]

    def select_indicator(self, indicator_id: int) -> bool:
        """Make the indicator current (expanding its parents); False if it is filtered out."""
        source = self._proxy.tree().index_of_indicator(indicator_id)
        index = self._proxy.mapFromSource(source)
        if not index.isValid():
            return False
        self._make_current(index)
        return True

    def red_indexes(self) -> list[QModelIndex]:
        """Visible red indicators, in tree order."""
        found: list[QModelIndex] = []
        self._collect_reds(QModelIndex(), found)
        return found

    def step_red(self, forward: bool = True) -> bool:
        """Move to the next (or previous) red indicator, wrapping round; False if none."""
        reds = self.red_indexes()
        if not reds:
            return False
        current = self.currentIndex().siblingAtColumn(0)
        if current.isValid():
            position = self._tree_position(current)
            positions = [self._tree_position(i) for i in reds]
            after = [
                i for i, p in enumerate(positions) if (p > position if forward else p < position)
            ]
            if after:
                pick = after[0] if forward else after[-1]
            else:
                pick = 0 if forward else len(reds) - 1
        else:
            pick = 0 if forward else len(reds) - 1
        self._make_current(reds[pick])
        return True

    def _collect_reds(self, parent: QModelIndex, found: list[QModelIndex]) -> None:
        model = self._proxy
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            if index.data(RagRole) == "red":
                found.append(index)
            if model.hasChildren(index):
                self._collect_reds(index, found)

    @staticmethod
    def _tree_position(index: QModelIndex) -> tuple[int, ...]:
        path: list[int] = []
        while index.isValid():
            path.append(index.row())
            index = index.parent()
        return tuple(reversed(path))

    def _make_current(self, index: QModelIndex) -> None:
        parent = index.parent()
        while parent.isValid():
            self.expand(parent)
            parent = parent.parent()
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.selectionModel().setCurrentIndex(index, flags)
        self.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        value = current.data(IndicatorIdRole)
        self.indicator_selected.emit(int(value) if value is not None else -1)
