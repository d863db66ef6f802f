"""Reading the store into plain records: order, observations, open questions, lookups."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from db.models import (
    ComparatorValueRow,
    IndicatorRow,
    ObservationRow,
    PeriodRow,
    PortfolioRow,
    QuestionRow,
    ScorecardImportRow,
    ServiceRow,
)
from db.queries import (
    find_indicators,
    get_setting,
    list_imports,
    list_periods,
    load_indicators,
    natural_key,
    set_setting,
)
from db.records import IndicatorMatch
from db.store import Store

Q1 = (dt.date(2024, 4, 1), dt.date(2024, 6, 30))
Q2 = (dt.date(2024, 7, 1), dt.date(2024, 9, 30))
YEAR = (dt.date(2024, 4, 1), dt.date(2025, 3, 31))


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new store made once per module; each test works on its own copy."""
    path = tmp_path_factory.mktemp("template") / "scrutineer.sqlite"
    Store.open(path).close()
    return path


@pytest.fixture
def store(tmp_path: Path, template: Path) -> Iterator[Store]:
    path = tmp_path / "scrutineer.sqlite"
    shutil.copyfile(template, path)
    opened = Store.open(path)
    yield opened
    opened.close()


def _indicator(ident: int, code: str | None, name: str, portfolio_id: int | None) -> IndicatorRow:
    return IndicatorRow(
        id=ident, code=code, name=name, name_key=name.lower(), portfolio_id=portfolio_id
    )


@pytest.fixture
def council(store: Store) -> Store:
    """Two portfolios (Housing placed first), indicators with and without codes or portfolio."""
    with store.session() as session:
        session.add_all(
            [
                PortfolioRow(id=1, name="Children", position=2),
                PortfolioRow(id=2, name="Housing", position=1),
            ]
        )
        session.flush()
        session.add(ServiceRow(id=1, portfolio_id=1, name="Schools", position=4))
        session.add_all(
            [
                _indicator(1, "CS10", "Exclusions", 1),
                _indicator(2, "CS2", "Attendance", 1),
                _indicator(3, None, "Admissions on time", 1),
                _indicator(4, "H1", "Empty homes", 2),
                _indicator(5, "cs2", "Homeless families", 2),
                _indicator(6, "X1", "Unfiled indicator", None),
                _indicator(7, None, "Empty  Homes", None),
            ]
        )
    return store


def _order(store: Store) -> list[int]:
    with store.read_session() as session:
        return [record.id for record in load_indicators(session)]


def test_natural_key_orders_numbers_by_value() -> None:
    assert sorted(["CS10", "cs2", "CS1", "CS2a"], key=natural_key) == ["CS1", "cs2", "CS2a", "CS10"]


def test_indicators_come_in_export_order(council: Store) -> None:
    # Housing (position 1), then Children (2); within each by code (naturally) or name;
    # indicators without a portfolio last
    assert _order(council) == [5, 4, 3, 2, 1, 7, 6]


def test_portfolios_with_the_same_position_are_ordered_by_name(store: Store) -> None:
    with store.session() as session:
        session.add_all([PortfolioRow(id=1, name="Waste"), PortfolioRow(id=2, name="adults")])
        session.flush()
        session.add_all([_indicator(1, "W1", "Bins", 1), _indicator(2, "A1", "Care", 2)])
    assert _order(store) == [2, 1]


def test_indicator_records_carry_names_and_positions(council: Store) -> None:
    with council.session() as session:
        row = session.get(IndicatorRow, 2)
        assert row is not None
        row.service_id = 1
        row.position = 9
    with council.read_session() as session:
        (record,) = load_indicators(session, indicator_ids=[2])
    assert (record.code, record.name, record.portfolio, record.service) == (
        "CS2",
        "Attendance",
        "Children",
        "Schools",
    )
    assert (record.portfolio_position, record.service_position, record.position) == (2, 4, 9)


def test_indicator_without_portfolio_has_none(council: Store) -> None:
    with council.read_session() as session:
        (record,) = load_indicators(session, indicator_ids=[6])
    assert (record.portfolio, record.service, record.portfolio_position) == (None, None, 0)


def test_load_selected_indicators_only(council: Store) -> None:
    with council.read_session() as session:
        records = load_indicators(session, indicator_ids={1, 4, 99})
    assert [record.id for record in records] == [4, 1]


def test_load_no_indicators_for_an_empty_selection(council: Store) -> None:
    with council.read_session() as session:
        assert load_indicators(session, indicator_ids=[]) == []


def _add_observations(store: Store) -> None:
    with store.session() as session:
        session.add_all(
            [
                PeriodRow(id=1, label="2024/25", start=YEAR[0], end=YEAR[1], kind="financial_year"),
                PeriodRow(id=2, label="Q2 2024/25", start=Q2[0], end=Q2[1], kind="quarter"),
                PeriodRow(id=3, label="Q1 2024/25", start=Q1[0], end=Q1[1], kind="quarter"),
                ScorecardImportRow(id=1, file_name="q2.xlsx", sha256="0" * 64, status="imported"),
            ]
        )
        session.flush()
        session.add_all(
            [
                ObservationRow(id=1, indicator_id=2, period_id=1, actual=90.0, import_id=1),
                ObservationRow(id=2, indicator_id=2, period_id=2, actual=91.0, target=95.0),
                ObservationRow(id=3, indicator_id=2, period_id=3, actual=None, actual_text="*"),
                ObservationRow(id=4, indicator_id=4, period_id=3, actual=12.0),
            ]
        )
        session.flush()
        session.add_all(
            [
                ComparatorValueRow(observation_id=2, name="Wales", value=93.0),
                ComparatorValueRow(observation_id=2, name="England", value=94.5),
                ComparatorValueRow(observation_id=3, name="Wales", value=92.0),
            ]
        )


def test_observations_are_ordered_by_period_start_then_end(council: Store) -> None:
    _add_observations(council)
    with council.read_session() as session:
        (record,) = load_indicators(session, indicator_ids=[2])
    assert [obs.period.label for obs in record.observations] == [
        "Q1 2024/25",
        "2024/25",
        "Q2 2024/25",
    ]


def test_observation_records_carry_their_values(council: Store) -> None:
    _add_observations(council)
    with council.read_session() as session:
        (record,) = load_indicators(session, indicator_ids=[2])
    q1, year, q2 = record.observations
    assert (q1.actual, q1.actual_text) == (None, "*")
    assert (year.actual, year.import_id) == (90.0, 1)
    assert (q2.actual, q2.target, q2.period.start, q2.period.kind) == (91.0, 95.0, Q2[0], "quarter")


def test_comparators_are_sorted_by_name(council: Store) -> None:
    _add_observations(council)
    with council.read_session() as session:
        (record,) = load_indicators(session, indicator_ids=[2])
    assert [obs.comparators for obs in record.observations] == [
        (("Wales", 92.0),),
        (),
        (("England", 94.5), ("Wales", 93.0)),
    ]


def test_indicator_without_observations_has_none(council: Store) -> None:
    _add_observations(council)
    with council.read_session() as session:
        (record,) = load_indicators(session, indicator_ids=[1])
    assert record.observations == ()


def test_open_questions_count_those_not_answered_or_withdrawn(council: Store) -> None:
    with council.session() as session:
        for status in ("draft", "to_raise", "asked", "deferred", "answered", "withdrawn"):
            session.add(QuestionRow(indicator_id=2, text=f"A {status} question", status=status))
        session.add(QuestionRow(indicator_id=4, text="Why?", status="answered"))
    with council.read_session() as session:
        counts = {record.id: record.open_questions for record in load_indicators(session)}
    assert (counts[2], counts[4], counts[1]) == (4, 0, 0)


def _find(store: Store, ref: str) -> list[IndicatorMatch]:
    with store.read_session() as session:
        return find_indicators(session, ref)


def test_find_by_code_ignores_case(council: Store) -> None:
    assert _find(council, "h1") == [IndicatorMatch(4, "H1", "Empty homes", "Housing")]


def test_find_by_code_matching_several_returns_all(council: Store) -> None:
    assert [match.id for match in _find(council, "CS2")] == [5, 2]


def test_find_by_exact_name_where_no_code_matches(council: Store) -> None:
    assert [match.id for match in _find(council, "admissions ON time")] == [3]


def test_find_by_name_normalises_whitespace(council: Store) -> None:
    assert [match.id for match in _find(council, " empty   homes ")] == [4, 7]


def test_find_does_not_match_part_of_a_name(council: Store) -> None:
    assert _find(council, "Admissions") == []


def test_find_portfolio_and_code_picks_one(council: Store) -> None:
    assert [match.id for match in _find(council, "children/cs2")] == [2]
    assert [match.id for match in _find(council, "Housing / CS2")] == [5]


def test_find_portfolio_and_name(council: Store) -> None:
    assert [match.id for match in _find(council, "Housing/Empty homes")] == [4]


def test_find_in_a_portfolio_whose_name_has_a_slash(store: Store) -> None:
    with store.session() as session:
        session.add(PortfolioRow(id=1, name="Planning/Regeneration"))
        session.flush()
        session.add_all([_indicator(1, "P1", "Appeals", 1), _indicator(2, "P1", "Other", None)])
    assert [match.id for match in _find(store, "Planning/Regeneration/P1")] == [1]


def test_find_nothing_for_an_unknown_reference(council: Store) -> None:
    assert _find(council, "ZZ9") == []
    assert _find(council, "Nowhere/CS2") == []


def test_list_periods_by_start_then_end(council: Store) -> None:
    _add_observations(council)
    with council.read_session() as session:
        assert [period.label for period in list_periods(session)] == [
            "Q1 2024/25",
            "2024/25",
            "Q2 2024/25",
        ]


def test_list_imports_oldest_first_with_warnings(store: Store) -> None:
    with store.session() as session:
        session.add_all(
            [
                ScorecardImportRow(
                    file_name="q2.xlsx",
                    sha256="2" * 64,
                    status="imported",
                    imported_at=dt.datetime(2024, 10, 1, 9, 0),
                    indicator_count=3,
                    observation_count=6,
                    warnings_json='["row 4: no period", "row 9: RAG unreadable"]',
                ),
                ScorecardImportRow(
                    file_name="q1.xlsx",
                    sha256="1" * 64,
                    status="unchanged",
                    imported_at=dt.datetime(2024, 7, 1, 9, 0),
                ),
            ]
        )
    with store.read_session() as session:
        imports = list_imports(session)
    assert [(i.file_name, i.status) for i in imports] == [
        ("q1.xlsx", "unchanged"),
        ("q2.xlsx", "imported"),
    ]
    assert imports[1].warnings == ("row 4: no period", "row 9: RAG unreadable")
    assert (imports[1].indicator_count, imports[1].observation_count) == (3, 6)
    assert imports[0].warnings == ()


def test_setting_defaults_until_set(store: Store) -> None:
    with store.read_session() as session:
        assert get_setting(session, "tolerance", "10") == "10"
        assert get_setting(session, "tolerance") is None


def test_setting_is_stored_and_replaced(store: Store) -> None:
    with store.session() as session:
        set_setting(session, "tolerance", "5")
    with store.session() as session:
        set_setting(session, "tolerance", "7.5")
    with store.read_session() as session:
        assert get_setting(session, "tolerance", "10") == "7.5"
