"""The observation table model: Qt's model checks, columns, RAG cells and raw values."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from desktop.ui.models.observation_table import ObservationTableModel, SmallBaseRole, ValueRole
from tests.ui.indicator_samples import children_seen, plain_count


def test_model_passes_qt_model_checks(qtmodeltester: ModelTester) -> None:
    model = ObservationTableModel()
    model.set_indicator(children_seen())
    qtmodeltester.check(model, force_py=True)


def test_model_passes_qt_model_checks_when_refilled(qtmodeltester: ModelTester) -> None:
    model = ObservationTableModel()
    qtmodeltester.check(model, force_py=True)
    model.set_indicator(children_seen())
    model.set_indicator(plain_count())
    model.set_indicator(None)
    assert model.rowCount() == 0


def test_columns_include_each_comparator_before_the_source() -> None:
    model = ObservationTableModel()
    model.set_indicator(children_seen())
    assert model.headers() == [
        "Period",
        "Actual",
        "Target",
        "Numerator",
        "Denominator",
        "RAG published",
        "RAG computed",
        "England",
        "Statistical neighbours",
        "Source",
    ]


def test_rag_cells_carry_the_word_and_a_shape_icon() -> None:
    model = ObservationTableModel()
    model.set_indicator(children_seen())
    index = model.index(1, model.headers().index("RAG computed"))
    assert model.data(index) == "Amber"
    assert model.data(index, Qt.ItemDataRole.AccessibleTextRole) == "RAG computed: Amber"
    assert not model.data(index, Qt.ItemDataRole.DecorationRole).isNull()


def test_value_role_gives_the_raw_number() -> None:
    model = ObservationTableModel()
    model.set_indicator(children_seen())
    assert model.data(model.index(1, model.headers().index("England")), ValueRole) == 78.5
    assert model.data(model.index(2, 1), ValueRole) is None


def test_text_in_place_of_a_number_is_shown_as_given() -> None:
    model = ObservationTableModel()
    model.set_indicator(children_seen())
    assert model.data(model.index(2, 1)) == "*"


def test_small_base_role_marks_only_the_small_row() -> None:
    model = ObservationTableModel()
    model.set_indicator(children_seen())
    marks = [model.data(model.index(row, 0), SmallBaseRole) for row in range(model.rowCount())]
    assert marks == [False, False, False, False, False, True]


def test_numerator_column_is_blank_when_no_period_has_one() -> None:
    model = ObservationTableModel()
    model.set_indicator(plain_count())
    assert model.column_is_blank(model.headers().index("Numerator"))
    assert not model.column_is_blank(model.headers().index("Actual"))


def test_a_compact_table_gives_each_period_its_figures_in_one_wrapped_cell() -> None:
    model = ObservationTableModel()
    model.set_indicator(children_seen())
    model.set_compact(True)
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(2)] == [
        "Period",
        "Figures",
    ]
    latest = model.index(5, 1)
    assert model.data(model.index(5, 0)) == "Q2 2024/25"
    assert model.data(latest).splitlines() == [
        "Actual 50%, target 85%",
        "Based on 6 of 12 ⚠ small base",
        "RAG published Red, computed Red",
        "England 80% · Statistical neighbours 76%",
        "From scorecard.xlsx, sheet Scorecard, cell K12",
    ]
    assert not model.data(latest, Qt.ItemDataRole.DecorationRole).isNull()  # the RAG's shape
    spoken = model.data(latest, Qt.ItemDataRole.AccessibleTextRole)
    assert "\n" not in spoken and "warning: small base" in spoken
    model.set_compact(False)
    assert model.columnCount() == len(model.headers())


def test_a_compact_table_says_so_when_a_period_has_text_not_a_number() -> None:
    model = ObservationTableModel()
    model.set_indicator(children_seen())
    model.set_compact(True)
    assert model.data(model.index(2, 1)).splitlines()[0] == "Actual *, target 80%"
