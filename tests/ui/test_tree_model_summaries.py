"""The tree shows the same from stored summaries as from full views, making strings on demand."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from db.store import Store
from desktop.catalogue import load_summaries, load_views
from desktop.ui.models.portfolio_tree import COLUMNS, PortfolioTreeModel
from desktop.ui.models.portfolio_tree import Node as TreeNode

ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.AccessibleTextRole,
)


ROOT = QModelIndex()


def _every_cell(model: PortfolioTreeModel, parent: QModelIndex = ROOT) -> list[object]:
    cells: list[object] = []
    for row in range(model.rowCount(parent)):
        for column in range(len(COLUMNS)):
            index = model.index(row, column, parent)
            cells.extend(model.data(index, role) for role in ROLES)
        cells.extend(_every_cell(model, model.index(row, 0, parent)))
    return cells


def test_summaries_and_full_views_fill_the_same_tree(seeded: Store) -> None:
    with seeded.session() as session:
        summaries = load_summaries(session, repair=True)
        views = load_views(session)
    from_summaries, from_views = PortfolioTreeModel(), PortfolioTreeModel()
    from_summaries.reload(summaries)
    from_views.reload(views)
    assert _every_cell(from_summaries) == _every_cell(from_views)


def test_indicator_strings_are_made_when_first_asked_for(seeded: Store) -> None:
    with seeded.read_session() as session:
        summaries = load_summaries(session)
    model = PortfolioTreeModel()
    model.reload(summaries)
    nodes: list[TreeNode] = model.indicator_nodes()
    assert all(node.shown is None for node in nodes)  # nothing made for rows never shown
    first = nodes[0]
    index = model.index_of_indicator(first.facts.indicator_id) if first.facts else QModelIndex()
    assert index.isValid()
    text = model.data(index, Qt.ItemDataRole.DisplayRole)
    assert isinstance(text, str) and first.title in text
    assert first.shown is not None and all(node.shown is None for node in nodes[1:])
