"""Switching indicators: the pane reuses its widgets, and shows just what a fresh pane shows."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QEnterEvent, QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from desktop.catalogue import IndicatorView
from desktop.ui.views.indicator_parts import SelectableLabel
from desktop.ui.views.indicator_view import IndicatorDetailView
from tests.ui.indicator_samples import children_seen, plain_count


def _pane(qtbot: QtBot) -> IndicatorDetailView:
    pane = IndicatorDetailView()
    qtbot.addWidget(pane)
    pane.resize(1000, 760)
    pane.show()
    qtbot.waitExposed(pane)
    return pane


def _shown(pane: IndicatorDetailView) -> dict[str, object]:
    """What a reader meets in the pane: texts, chart points and lines, table columns, rows."""
    QApplication.processEvents()
    table = pane.table
    return {
        "title": pane.header.title.text(),
        "latest": pane.header.latest.text(),
        "base": pane.header.base.text(),
        "mismatch": (pane.header.mismatch.text(), pane.header.mismatch.isHidden()),
        "readout": pane.chart.readout_text(),
        "points": pane.chart.points_by_rag(),
        "drawn points": {
            key: item.isVisible() for key, item in pane.chart._points.items() if not item.data.size
        },
        "series": {name: pane.chart.series_data(name) for name in pane.chart.series_names()},
        "columns": [
            (table.isColumnHidden(c), table.columnWidth(c)) for c in range(pane.model.columnCount())
        ],
        "enquiries": [row.button.accessibleName() for row in pane.enquiries.rows()],
        "commentary": pane.commentary.text(),
    }


def _fresh(qtbot: QtBot, view: IndicatorView) -> dict[str, object]:
    pane = _pane(qtbot)
    pane.show_indicator(view)
    return _shown(pane)


def test_switching_back_and_forth_shows_what_a_fresh_pane_shows(qtbot: QtBot) -> None:
    pane = _pane(qtbot)
    for view in (children_seen(), plain_count(), children_seen(), plain_count()):
        pane.show_indicator(view)
        shown = _shown(pane)
        assert shown == _fresh(qtbot, view)
    # the empty RAG shapes of a chart are not drawn, the used ones are
    pane.show_indicator(children_seen())
    items = pane.chart._points
    assert [key for key, item in items.items() if item.isVisible()] == [
        key for key, xs in pane.chart.points_by_rag().items() if xs
    ]
    assert items["red"].isVisible()


def test_columns_are_measured_again_in_a_larger_font(qtbot: QtBot) -> None:
    pane = _pane(qtbot)
    pane.show_indicator(children_seen())
    larger = QFont(pane.table.font())
    larger.setPointSizeF(larger.pointSizeF() * 1.5)
    pane.table.setFont(larger)
    pane.show_indicator(plain_count())
    pane.show_indicator(children_seen())
    metrics = QFontMetrics(larger)
    model = pane.model
    for column in range(model.columnCount() - 1):  # the source is elided to what is left
        if pane.table.isColumnHidden(column):
            continue
        widest = max(metrics.horizontalAdvance(text) for text in model.display_column(column))
        assert pane.table.columnWidth(column) > widest, model.headers()[column]


def _enter(label: SelectableLabel) -> None:
    point = QPointF(label.rect().center())
    QApplication.sendEvent(label, QEnterEvent(point, point, label.mapToGlobal(point)))


def _leave(label: SelectableLabel) -> None:
    QApplication.sendEvent(label, QEvent(QEvent.Type.Leave))


def test_the_pane_texts_are_selectable_by_mouse_once_pointed_at(qtbot: QtBot) -> None:
    pane = _pane(qtbot)
    pane.show_indicator(children_seen())
    selectable = Qt.TextInteractionFlag.TextSelectableByMouse
    for label in (pane.header.latest, pane.commentary, pane.enquiries.rows()[0].text):
        assert isinstance(label, SelectableLabel)
        _enter(label)
        assert label.textInteractionFlags() & selectable, label.accessibleName()
        _leave(label)  # nothing selected: plain again, so changing its text stays cheap
        assert not label.textInteractionFlags() & selectable
    label = pane.header.latest
    _enter(label)
    label.setSelection(0, 6)
    _leave(label)  # a selection is kept, to be copied
    assert label.selectedText() == "Latest"
    assert label.textInteractionFlags() & selectable


def test_a_label_remembers_its_height_only_for_the_text_and_font_it_has(qtbot: QtBot) -> None:
    label = SelectableLabel()
    qtbot.addWidget(label)
    label.setWordWrap(True)
    label.setText("a few words")
    assert label.heightForWidth(120) == QLabel.heightForWidth(label, 120)
    label.setText(" ".join(["many more words than fit one line"] * 6))
    assert label.heightForWidth(120) == QLabel.heightForWidth(label, 120)
    assert label.heightForWidth(120) > label.heightForWidth(2000)
    before = label.heightForWidth(120)
    larger = QFont(label.font())
    larger.setPointSizeF(larger.pointSizeF() * 2)
    label.setFont(larger)
    assert label.heightForWidth(120) == QLabel.heightForWidth(label, 120) > before
    label.setWordWrap(False)
    assert label.heightForWidth(120) == QLabel.heightForWidth(label, 120)
    _enter(label)  # a selectable label lays its text out in a document
    assert label.heightForWidth(300) == QLabel.heightForWidth(label, 300)
