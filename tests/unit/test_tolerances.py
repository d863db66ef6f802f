"""RAG tolerances: saved and read back, checked, described, and obeyed by the catalogue."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from db import queries
from db.store import Store
from desktop.analysis.types import DEFAULT_TOLERANCE, Tolerance
from desktop.catalogue import IndicatorView, load_views
from desktop.paths import sample_scorecard
from desktop.scorecard.importer import import_file
from desktop.tolerances import (
    DEFAULT_KEY,
    ToleranceError,
    clear_indicator_tolerance,
    default_tolerance,
    describe,
    indicator_tolerance,
    set_default_tolerance,
    set_indicator_tolerance,
)


@pytest.fixture(scope="module")
def sample_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample scorecard imported once; each test works on its own copy."""
    path = tmp_path_factory.mktemp("sample") / "scrutineer.sqlite"
    store = Store.open(path)
    import_file(store, sample_scorecard())
    store.close()
    return path


@pytest.fixture
def store(tmp_path: Path, sample_template: Path) -> Iterator[Store]:
    target = tmp_path / "scrutineer.sqlite"
    target.write_bytes(sample_template.read_bytes())
    target.chmod(0o600)
    opened = Store.open(target)
    yield opened
    opened.close()


def views(store: Store) -> dict[int, IndicatorView]:
    with store.read_session() as s:
        return {v.id: v for v in load_views(s)}


def amber_ids(store: Store) -> list[int]:
    return [i for i, v in views(store).items() if v.latest_rag_computed == "amber"]


def test_default_is_the_contract_rule_when_unset(store: Store) -> None:
    with store.read_session() as s:
        assert default_tolerance(s) == DEFAULT_TOLERANCE


def test_default_round_trips(store: Store) -> None:
    with store.session() as s:
        set_default_tolerance(s, mode="points", amber=2.5)
    with store.read_session() as s:
        assert default_tolerance(s) == Tolerance(mode="points", amber=2.5)


def test_unreadable_default_falls_back_to_ten_percent(store: Store) -> None:
    with store.session() as s:
        queries.set_setting(s, DEFAULT_KEY, "{not json")
    with store.read_session() as s:
        assert default_tolerance(s) == Tolerance(mode="percent", amber=10.0)


def test_indicator_without_its_own_rule_reads_none(store: Store) -> None:
    first = next(iter(views(store)))
    with store.read_session() as s:
        assert indicator_tolerance(s, first) is None


def test_indicator_rule_round_trips(store: Store) -> None:
    first = next(iter(views(store)))
    with store.session() as s:
        set_indicator_tolerance(s, first, mode="percent", amber=0, band_low=95, band_high=105)
    with store.read_session() as s:
        assert indicator_tolerance(s, first) == Tolerance("percent", 0.0, 95.0, 105.0)


def test_clearing_returns_the_indicator_to_the_default(store: Store) -> None:
    first = next(iter(views(store)))
    with store.session() as s:
        set_indicator_tolerance(s, first, mode="points", amber=3)
        clear_indicator_tolerance(s, first)
    with store.read_session() as s:
        assert indicator_tolerance(s, first) is None


def test_negative_amber_is_refused_in_one_line(store: Store) -> None:
    first = next(iter(views(store)))
    with store.session() as s, pytest.raises(ToleranceError) as caught:
        set_indicator_tolerance(s, first, mode="percent", amber=-1)
    assert str(caught.value).startswith("amber band must be 0 or more — ")


def test_band_low_above_high_is_refused(store: Store) -> None:
    first = next(iter(views(store)))
    with store.session() as s, pytest.raises(ToleranceError, match="band low"):
        set_indicator_tolerance(s, first, mode="percent", amber=0, band_low=110, band_high=90)


def test_unknown_mode_is_refused(store: Store) -> None:
    with store.session() as s, pytest.raises(ToleranceError, match="unknown tolerance mode"):
        set_default_tolerance(s, mode="ratio", amber=5)


def test_unknown_indicator_is_refused(store: Store) -> None:
    with store.session() as s, pytest.raises(ToleranceError, match="no indicator with id"):
        set_indicator_tolerance(s, 987654, mode="percent", amber=5)


def test_zero_tolerance_turns_an_amber_indicator_red(store: Store) -> None:
    target = amber_ids(store)[0]
    with store.session() as s:
        set_indicator_tolerance(s, target, mode="percent", amber=0)
    assert views(store)[target].latest_rag_computed == "red"


def test_own_rule_leaves_other_indicators_alone(store: Store) -> None:
    first, *others = amber_ids(store)
    with store.session() as s:
        set_indicator_tolerance(s, first, mode="percent", amber=0)
    after = views(store)
    assert [after[i].latest_rag_computed for i in others] == ["amber"] * len(others)


def test_default_change_reaches_every_indicator_without_its_own_rule(store: Store) -> None:
    kept, *rest = amber_ids(store)
    with store.session() as s:
        set_indicator_tolerance(s, kept, mode="percent", amber=10)
        set_default_tolerance(s, mode="percent", amber=0)
    after = views(store)
    assert after[kept].latest_rag_computed == "amber"
    assert rest and {after[i].latest_rag_computed for i in rest} == {"red"}


def test_describe_the_default_rule() -> None:
    assert describe(DEFAULT_TOLERANCE, "%") == (
        "Green on or better than target; amber within 10% of the target; red otherwise."
    )


def test_describe_no_amber() -> None:
    assert describe(Tolerance(amber=0)) == "No amber: anything short of target is red."


def test_describe_a_band() -> None:
    tol = Tolerance(amber=0, band_low=95, band_high=105)
    assert describe(tol, "%") == "Green between 95% and 105%; red outside."


def test_describe_points_of_a_percentage() -> None:
    assert describe(Tolerance(mode="points", amber=2), "%") == (
        "Green on or better than target; amber within 2 percentage points of the target;"
        " red otherwise."
    )
