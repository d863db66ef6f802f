"""A column's role is one of a closed set of names; a comparator carries its own name beside
the role, and only a saved mapping writes the two as one text."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from desktop.scorecard import vocabulary
from desktop.scorecard.layout.header import classify
from desktop.scorecard.model import ROLES, Role, role_key, role_of_key

PACKAGE = Path(__file__).resolve().parents[2] / "desktop" / "scorecard"


@pytest.mark.parametrize(
    ("heading", "comparator"),
    [
        ("England average", "England"),
        ("Stat. neighbours", "Statistical neighbours"),
        ("CIPFA group average", "Statistical neighbours"),
        ("Wales", "Wales"),
        ("Same quarter last year", "Same period last year"),
        ("Regional average 2024/25", "Regional"),
    ],
)
def test_a_comparator_heading_gives_the_role_and_the_comparator_s_name(
    heading: str, comparator: str
) -> None:
    column = classify(heading)
    assert (column.field, column.comparator) == ("comparator", comparator)


@pytest.mark.parametrize("heading", ["Actual", "Target 2024/25", "RAG", "Indicator"])
def test_other_roles_name_no_comparator(heading: str) -> None:
    column = classify(heading)
    assert column.field != "comparator"
    assert column.comparator is None


def test_every_vocabulary_role_is_a_role_the_type_names() -> None:
    assert set(vocabulary.SYNONYMS) <= ROLES


@pytest.mark.parametrize(
    ("key", "read"),
    [
        ("actual", ("actual", None)),
        ("ignore", ("ignore", None)),
        ("comparator:England", ("comparator", "England")),
        ("comparator:Same period last year", ("comparator", "Same period last year")),
        ("comparator", None),  # a comparator with no name says too little
        ("comparator:", None),
        ("headline figure", None),
    ],
)
def test_a_saved_mapping_s_role_is_read_back(key: str, read: tuple[Role, str | None]) -> None:
    assert role_of_key(key) == read
    if read is not None:
        assert role_key(*read) == key


def test_every_role_the_mapping_dialog_offers_reads_back() -> None:
    keys = vocabulary.mapping_keys()
    assert "comparator:England" in keys and "target" in keys
    assert all(role_of_key(k) is not None for k in keys)


def test_a_saved_mapping_places_a_comparator_with_its_name() -> None:
    column = classify("Benchmark", {"benchmark": "comparator:Family group"})
    assert (column.field, column.comparator) == ("comparator", "Family group")
    assert column.role_name == "comparator:Family group"


def test_a_column_taking_another_role_drops_its_comparator() -> None:
    column = classify("England average")
    column.take("area")
    assert (column.field, column.comparator, column.role_name) == ("area", None, "area")


def _comparator_texts(path: Path) -> list[int]:
    """Lines holding a text that starts 'comparator:' (not a docstring or a comment)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docs = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.FunctionDef | ast.ClassDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
    }
    return [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and node.value.startswith("comparator:")
        and id(node) not in docs
    ]


def test_only_the_model_writes_a_comparator_s_role_as_one_text() -> None:
    """Roles are compared as roles; the 'comparator:<name>' text of a saved mapping is made
    and read in one place."""
    found = {
        path.relative_to(PACKAGE).as_posix(): lines
        for path in sorted(PACKAGE.rglob("*.py"))
        if path.name != "model.py" and (lines := _comparator_texts(path))
    }
    assert found == {}
