"""The portfolio tree model: structure, roll-ups, text that never relies on colour."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt

from db.store import Store
from desktop.catalogue import load_views
from desktop.ui.models.filter_proxy import FilterState, PortfolioFilterProxy
from desktop.ui.models.portfolio_tree import (
    COL_LATEST,
    COL_NAME,
    COL_RAG,
    COL_TREND,
    DirectionRole,
    IndicatorIdRole,
    PortfolioTreeModel,
    RagRole,
    RollupRole,
)
from tests.ui.conftest import SCORECARD, Ind, seed

ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole


@pytest.fixture
def model(seeded: Store) -> PortfolioTreeModel:
    with seeded.read_session() as session:
        views = load_views(session)
    tree = PortfolioTreeModel()
    tree.reload(views)
    return tree


def find(model: PortfolioTreeModel, code: str, column: int = COL_NAME) -> QModelIndex:
    for node in model.indicator_nodes():
        if node.display[COL_NAME].startswith(f"{code} "):
            assert node.facts is not None
            return model.index_of_indicator(node.facts.indicator_id, column)
    raise AssertionError(code)


def top(model: PortfolioTreeModel, name: str, column: int = COL_NAME) -> QModelIndex:
    for row in range(model.rowCount()):
        if model.index(row, COL_NAME).data() == name:
            return model.index(row, column)
    raise AssertionError(name)


def test_model_passes_the_model_tester(qtmodeltester: Any, model: PortfolioTreeModel) -> None:
    qtmodeltester.check(model, force_py=True)


def test_proxy_passes_the_model_tester(qtmodeltester: Any, model: PortfolioTreeModel) -> None:
    proxy = PortfolioFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_state(FilterState(red=True))
    qtmodeltester.check(proxy, force_py=True)


def test_portfolios_are_top_level_in_scorecard_order(model: PortfolioTreeModel) -> None:
    names = [model.index(r, COL_NAME).data() for r in range(model.rowCount())]
    assert names == ["Children's Services", "Adult Social Care", "Environment"]


def test_services_sit_under_their_portfolio(model: PortfolioTreeModel) -> None:
    children = top(model, "Children's Services")
    names = [model.index(r, COL_NAME, children).data() for r in range(model.rowCount(children))]
    assert names == ["Safeguarding", "Early Help"]


def test_indicator_without_service_sits_under_portfolio(model: PortfolioTreeModel) -> None:
    environment = top(model, "Environment")
    assert model.rowCount(environment) == 1
    assert model.index(0, COL_NAME, environment).data().startswith("EN1  Household waste")


def test_every_indicator_is_in_the_tree(model: PortfolioTreeModel) -> None:
    assert model.indicator_count() == len(SCORECARD)


def test_portfolio_rolls_up_rag_counts(model: PortfolioTreeModel) -> None:
    children = top(model, "Children's Services", COL_RAG)
    assert children.data() == "R 1 · A 1 · G 1"
    assert children.data(RollupRole) == (1, 1, 1, 0)
    assert children.data(ACCESSIBLE) == "1 red, 1 amber, 1 green"


def test_service_rolls_up_its_own_indicators(model: PortfolioTreeModel) -> None:
    children = top(model, "Children's Services")
    safeguarding = model.index(0, COL_RAG, children)
    assert safeguarding.data() == "R 1 · A 0 · G 1"


def test_rag_column_shows_a_letter_not_only_colour(model: PortfolioTreeModel) -> None:
    index = find(model, "CS1", COL_RAG)
    assert index.data() == "R"
    assert index.data(RagRole) == "red"
    assert index.data(ACCESSIBLE) == "Red"


def test_disagreeing_rag_is_marked_and_spoken(model: PortfolioTreeModel) -> None:
    assert find(model, "AS2").data().endswith("≠")
    assert find(model, "AS2", COL_RAG).data(ACCESSIBLE) == "published Amber, computed Red"
    assert "published Amber, computed Red" in find(model, "AS2").data(ACCESSIBLE)


def test_small_base_is_marked_with_an_explanation(model: PortfolioTreeModel) -> None:
    index = find(model, "EN1")
    assert "n<20" in index.data()
    assert "Small base" in index.data(TOOLTIP)
    assert "small base" in index.data(ACCESSIBLE)


def test_open_questions_are_marked(model: PortfolioTreeModel) -> None:
    index = find(model, "CS3")
    assert index.data().endswith("?")
    assert "2 open questions" in index.data(ACCESSIBLE)


def test_new_open_question_counts_change_only_the_rows_they_move(
    qtmodeltester: Any, model: PortfolioTreeModel
) -> None:
    """AS2 keeps its ≠ beside the new "?"; CS3's last questions close; EN1, whose strings
    were never asked for, is made with its new count, beside its small-base mark."""
    qtmodeltester.check(model, force_py=True)
    as2, cs3 = find(model, "AS2"), find(model, "CS3")  # the rows up to AS2 are made
    (en1_node,) = (
        n for n in model.indicator_nodes() if n.facts and n.facts.search_text.startswith("en1 ")
    )
    assert en1_node.source is not None and en1_node.facts is not None  # not made yet
    en1 = en1_node.facts.indicator_id
    changed: list[tuple[int, int, int]] = []
    model.dataChanged.connect(lambda a, b, _r: changed.append((a.row(), b.row(), b.column())))
    counts = {as2.data(IndicatorIdRole): 3, en1: 1}
    moved = model.set_open_questions(counts)
    assert sorted(moved) == sorted([as2.data(IndicatorIdRole), cs3.data(IndicatorIdRole), en1])
    assert len(changed) == 3 and all(a == b and col == COL_TREND for a, b, col in changed)
    assert as2.data().endswith("≠ ?") and "3 open questions" in as2.data(TOOLTIP)
    assert as2.data(ACCESSIBLE).endswith("computed Red; 3 open questions")
    assert "?" not in cs3.data() and "open question" not in cs3.data(ACCESSIBLE)
    assert find(model, "EN1").data().endswith("n<20 ?")
    assert find(model, "EN1").data(ACCESSIBLE).endswith("small base; 1 open question")
    assert model.set_open_questions(counts) == []  # nothing moved, nothing redrawn
    assert len(changed) == 3
    qtmodeltester.check(model, force_py=True)


def test_latest_value_is_shown_against_target_with_unit(model: PortfolioTreeModel) -> None:
    assert find(model, "CS1", COL_LATEST).data() == "45% vs 80%"
    assert find(model, "AS2", COL_LATEST).data() == "40 vs 20 days"


def test_trend_is_judged_by_polarity(model: PortfolioTreeModel) -> None:
    # AS2 rose from 35 to 40 days, and lower is better: that is worse, not better
    index = find(model, "AS2", COL_TREND)
    assert index.data() == "▼ Worsening"
    assert index.data(DirectionRole) == "worsening"
    assert index.data(ACCESSIBLE) == "worsening"


def test_indicator_rows_carry_their_store_id(model: PortfolioTreeModel) -> None:
    node = model.indicator_nodes()[0]
    assert node.facts is not None
    index = model.index_of_indicator(node.facts.indicator_id)
    assert index.data(IndicatorIdRole) == node.facts.indicator_id


def test_group_rows_have_no_indicator_id(model: PortfolioTreeModel) -> None:
    assert top(model, "Environment").data(IndicatorIdRole) is None


def test_reload_replaces_the_tree(store: Store) -> None:
    seed(store, (Ind("X1", "Only one", "Solo", None, (10, 20, 30, 40)),))
    with store.read_session() as session:
        views = load_views(session)
    tree = PortfolioTreeModel()
    tree.reload(views)
    tree.reload([])
    assert tree.rowCount() == 0
    assert tree.indicator_count() == 0
