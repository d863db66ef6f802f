"""The indicator detail pane: header words, commentary, provenance, small base, enquiries."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QScrollArea, QTableView, QWidget
from pytestqt.qtbot import QtBot

from desktop.analysis.types import Flag
from desktop.ui.charts import TrendChart
from desktop.ui.views.indicator_view import PLACEHOLDER, IndicatorDetailView
from tests.ui.indicator_samples import Row, Sample, build, children_seen, plain_count


@pytest.fixture
def pane(qtbot: QtBot) -> IndicatorDetailView:
    widget = IndicatorDetailView()
    qtbot.addWidget(widget)
    widget.resize(1000, 760)
    return widget


def test_header_shows_code_name_and_where_it_sits(pane: IndicatorDetailView) -> None:
    pane.show_indicator(children_seen())
    assert pane.header.title.text() == "CS1 — Children seen within 10 working days"
    assert pane.header.place.text() == "Children's Services › Safeguarding"


def test_header_gives_published_and_computed_rag_in_words(pane: IndicatorDetailView) -> None:
    pane.show_indicator(children_seen())
    assert pane.header.published.accessibleName() == "RAG published: Red"
    assert "Red" in pane.header.computed.text()
    assert pane.header.computed.text().startswith("■ R")


def test_header_gives_latest_value_against_target_with_unit(pane: IndicatorDetailView) -> None:
    pane.show_indicator(children_seen())
    assert pane.header.latest.text() == "Latest, Q2 2024/25: 50% against a target of 85%"


def test_header_says_which_way_it_is_moving_and_how_long_red(pane: IndicatorDetailView) -> None:
    pane.show_indicator(children_seen())
    assert pane.header.direction.text() == (
        "Worsening since the previous period; worsening compared with a year earlier."
    )
    assert pane.header.streak.text() == "Red for 3 periods in a row."


def test_latest_commentary_is_shown_on_opening(pane: IndicatorDetailView) -> None:
    pane.show_indicator(children_seen())
    assert pane.commentary_period.text() == "Q2 2024/25"
    assert pane.commentary.text() == "Two social workers left; agency cover from June."


def test_selecting_a_row_shows_that_period_s_commentary(pane: IndicatorDetailView) -> None:
    pane.show_indicator(children_seen())
    pane.table.selectRow(0)
    assert pane.commentary.text() == "On track."
    assert pane.chart.highlighted_index() == 0


def test_moving_along_the_chart_selects_the_table_row(
    pane: IndicatorDetailView, qtbot: QtBot
) -> None:
    pane.show_indicator(children_seen())
    qtbot.keyClick(pane.chart, Qt.Key.Key_Left)
    assert pane.table.currentIndex().row() == 4
    assert pane.commentary.text() == "No commentary was given for Q1 2024/25."


def test_source_column_names_file_sheet_and_cell(pane: IndicatorDetailView) -> None:
    pane.show_indicator(children_seen())
    model = pane.model
    source = model.headers().index("Source")
    index = model.index(3, source)
    assert model.data(index) == "scorecard.xlsx › Scorecard!I12"
    assert model.data(index, Qt.ItemDataRole.AccessibleTextRole) == (
        "scorecard.xlsx, sheet Scorecard, cell I12"
    )


def test_every_number_has_its_provenance_in_the_tooltip(pane: IndicatorDetailView) -> None:
    pane.show_indicator(children_seen())
    tip = pane.model.data(pane.model.index(1, 1), Qt.ItemDataRole.ToolTipRole)
    assert "Actual, Q2 2023/24: 76%" in tip
    assert tip.endswith("From scorecard.xlsx, sheet Scorecard, cell G12")


def test_small_base_is_marked_beside_the_denominator(pane: IndicatorDetailView) -> None:
    pane.show_indicator(children_seen())
    model = pane.model
    denominator = model.headers().index("Denominator")
    index = model.index(5, denominator)
    assert model.data(index) == "⚠ 12"
    assert model.data(index, Qt.ItemDataRole.AccessibleTextRole) == "12, warning: small base"
    assert "Small base: 12 cases" in model.data(index, Qt.ItemDataRole.ToolTipRole)


def test_large_base_is_not_marked(pane: IndicatorDetailView) -> None:
    pane.show_indicator(children_seen())
    model = pane.model
    assert model.data(model.index(4, model.headers().index("Denominator"))) == "100"


def test_header_warns_of_a_small_base(pane: IndicatorDetailView) -> None:
    pane.show_indicator(children_seen())
    assert pane.header.base.text() == "Based on 6 of 12  ⚠ small base"
    assert "one case more or fewer" in pane.header.base.accessibleDescription()


def test_facts_and_flags_are_listed_in_plain_english(pane: IndicatorDetailView) -> None:
    pane.show_indicator(children_seen())
    assert "• Worst: 50% in Q2 2024/25." in pane.facts.text()
    assert "⚠ The target rose from 80% to 85% in Q4 2023/24." in pane.flags.text()


def test_record_as_question_emits_the_enquiry(pane: IndicatorDetailView, qtbot: QtBot) -> None:
    pane.show_indicator(children_seen())
    row = pane.enquiries.rows()[1]
    with qtbot.waitSignal(pane.enquiry_chosen) as blocker:
        qtbot.mouseClick(row.button, Qt.MouseButton.LeftButton)
    assert blocker.args == [7, "small_base", "How many children does this figure cover?"]


def test_record_as_question_works_from_the_keyboard(
    pane: IndicatorDetailView, qtbot: QtBot
) -> None:
    pane.show_indicator(children_seen())
    button = pane.enquiries.rows()[0].button
    assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    with qtbot.waitSignal(pane.enquiry_chosen) as blocker:
        qtbot.keyClick(button, Qt.Key.Key_Space)
    assert blocker.args[1] == "red_streak"


def test_enquiry_rows_follow_the_indicator_shown(pane: IndicatorDetailView) -> None:
    pane.show_indicator(children_seen())
    pane.show_indicator(plain_count())
    assert pane.enquiries.rows() == []


def test_a_new_pane_shows_only_the_placeholder(pane: IndicatorDetailView) -> None:
    assert not pane.placeholder.isHidden()
    assert all(section.isHidden() for section in pane.sections)


def test_nothing_selected_shows_the_placeholder(pane: IndicatorDetailView) -> None:
    pane.show_indicator(children_seen())
    pane.show_indicator(None)
    assert pane.placeholder.text() == PLACEHOLDER
    assert pane.header.isHidden()
    assert pane.model.rowCount() == 0


def test_indicator_without_figures_says_so(pane: IndicatorDetailView) -> None:
    pane.show_indicator(build(Sample(rows=[], rag_computed=[])))
    assert pane.header.latest.text() == "No figure has been reported yet."
    assert pane.header.published.text() == "Not rated"


def test_rag_mismatch_is_pointed_out(pane: IndicatorDetailView) -> None:
    view = build(Sample(rows=[Row(70.0, 80.0, "green")], rag_computed=["red"]))
    pane.show_indicator(view)
    assert "differs" in pane.header.mismatch.text()


def test_matching_rag_says_nothing_about_a_difference(pane: IndicatorDetailView) -> None:
    pane.show_indicator(children_seen())
    assert pane.header.mismatch.text() == ""


def test_every_control_and_section_has_an_accessible_name(pane: IndicatorDetailView) -> None:
    pane.show_indicator(children_seen())
    kinds = (QAbstractButton, QGroupBox, QTableView, QScrollArea, TrendChart)
    controls = [w for w in pane.findChildren(QWidget) if isinstance(w, kinds)]
    assert len(controls) > 8
    assert [w for w in controls if not w.accessibleName()] == []


def test_every_label_is_named_or_speaks_its_text(pane: IndicatorDetailView) -> None:
    pane.show_indicator(children_seen())
    labels = pane.findChildren(QLabel)
    assert all(label.accessibleName() or label.text() for label in labels)


def test_columns_with_nothing_in_them_are_hidden(pane: IndicatorDetailView) -> None:
    pane.show_indicator(plain_count())
    hidden = [
        pane.model.headers()[c]
        for c in range(pane.model.columnCount())
        if pane.table.isColumnHidden(c)
    ]
    assert hidden == ["Numerator", "Denominator", "RAG published"]


def test_flag_names_its_period_when_the_message_does_not(pane: IndicatorDetailView) -> None:
    pane.show_indicator(children_seen())
    assert "one more or fewer changes the RAG. (Q2 2024/25)" in pane.flags.text()


def test_flag_does_not_repeat_a_period_its_message_names(pane: IndicatorDetailView) -> None:
    flag = Flag("no_commentary_on_red", "Red in Q1 2023/24 with no commentary.", "Q1 2023/24")
    pane.show_indicator(build(Sample(rows=[Row(50.0)], rag_computed=["red"], flags=(flag,))))
    assert pane.flags.text() == "⚠ Red in Q1 2023/24 with no commentary."


def test_pane_asks_for_room_for_its_title_and_ratings(pane: IndicatorDetailView) -> None:
    """Squeezed by the notes (Ctrl+3 on a short screen) it still shows what it is about;
    the chart and the rest scroll."""
    pane.show_indicator(build(Sample(rows=[Row(50.0)], rag_computed=["red"])))
    minimum = pane.minimumSizeHint()
    assert minimum.height() >= pane.header.sizeHint().height() + 2 * pane.scroll.frameWidth()
    assert minimum.height() >= 150
    assert minimum.width() <= 400


def _dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#2B2B2B"),
        (QPalette.ColorRole.WindowText, "#E8E8E8"),
        (QPalette.ColorRole.Base, "#1E1F22"),
        (QPalette.ColorRole.Text, "#E8E8E8"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def test_dark_palette_darkens_the_chart_and_lightens_the_badges(
    pane: IndicatorDetailView, qtbot: QtBot
) -> None:
    pane.show_indicator(children_seen())
    pane.chart.setFocus()
    pane.setPalette(_dark_palette())
    assert pane.chart.backgroundBrush().color().lightness() < 80
    assert pane.header.published.styleSheet().count("#FF8A80") == 1


def test_focusing_the_chart_keeps_it_following_the_palette(pane: IndicatorDetailView) -> None:
    pane.show_indicator(children_seen())
    pane.show()
    pane.chart.setFocus()
    pane.chart.clearFocus()
    pane.setPalette(_dark_palette())
    assert pane.chart.backgroundBrush().color().lightness() < 80


def test_not_rated_badge_text_follows_a_dark_palette(pane: IndicatorDetailView) -> None:
    pane.show_indicator(children_seen())  # styled red first, then back to palette colours
    pane.show_indicator(plain_count())
    pane.setPalette(_dark_palette())
    badge = pane.header.published
    assert badge.text() == "Not rated"
    assert badge.palette().color(QPalette.ColorRole.WindowText).lightness() > 180


@pytest.mark.parametrize("width", [560, 1200])
def test_every_table_row_is_visible_at_any_width(
    pane: IndicatorDetailView, qtbot: QtBot, width: int
) -> None:
    pane.resize(width, 700)
    pane.show()
    qtbot.waitExposed(pane)
    pane.show_indicator(children_seen())
    qtbot.wait(1)
    rows = sum(pane.table.rowHeight(r) for r in range(pane.model.rowCount()))
    assert pane.table.viewport().height() >= rows
