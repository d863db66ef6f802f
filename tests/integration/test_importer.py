"""Importing scorecard files into a real store: values, transactions, re-imports, profiles."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

from sqlalchemy import func, select

from db.models import (
    ComparatorValueRow,
    IndicatorRow,
    NoteRow,
    ObservationRow,
    PeriodRow,
    PortfolioRow,
    ScorecardImportRow,
)
from db.store import Store
from desktop.scorecard.importer import find_profile, import_file, preview, save_profile
from tests.helpers import scorecards


def rows(store: Store) -> list[tuple[object, ...]]:
    """Every observation as (code or name, period label, actual, actual_text, target, rag)."""
    with store.read_session() as session:
        found = session.execute(
            select(
                func.coalesce(IndicatorRow.code, IndicatorRow.name),
                PeriodRow.label,
                ObservationRow.actual,
                ObservationRow.actual_text,
                ObservationRow.target,
                ObservationRow.rag,
            )
            .join(IndicatorRow, ObservationRow.indicator_id == IndicatorRow.id)
            .join(PeriodRow, ObservationRow.period_id == PeriodRow.id)
            .order_by(IndicatorRow.id, PeriodRow.start)
        ).all()
    return [tuple(r) for r in found]


def table_dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    with sqlite3.connect(path) as conn:
        names = [r[0] for r in conn.execute("select name from sqlite_master where type='table'")]
        return {n: sorted(conn.execute(f'select * from "{n}"').fetchall(), key=repr) for n in names}


def test_wide_scorecard_imports_exact_values(store: Store, tmp_path: Path) -> None:
    report = import_file(store, scorecards.wide_quarters(tmp_path / "q4.xlsx"))
    assert (report.status, report.indicators, report.observations) == ("imported", 4, 15)
    found = rows(store)
    assert ("CS1", "Q4 2024/25", 97.0, None, 95.0, "green") in found
    assert ("CS2", "Q3 2024/25", None, "*", 60.0, None) in found
    assert ("AS1", "Q3 2024/25", 38.0, None, 28.0, "red") in found
    assert not [r for r in found if r[0] == "AS1" and r[1] == "Q4 2024/25"]


def test_long_layout_imports_portfolios_and_comparators(store: Store, tmp_path: Path) -> None:
    import_file(store, scorecards.long_layout(tmp_path / "long.xlsx"))
    with store.read_session() as session:
        portfolios = set(session.scalars(select(PortfolioRow.name)))
        comparators = session.execute(
            select(ComparatorValueRow.name, ComparatorValueRow.value)
        ).all()
    assert portfolios == {"Children's Services", "Adult Social Care"}
    assert ("England", 91.0) in [tuple(c) for c in comparators]
    assert ("AS1", "Q2 2024/25", None, "c", 28.0, None) in rows(store)


def test_csv_imports_like_the_workbook(store: Store, tmp_path: Path) -> None:
    report = import_file(store, scorecards.long_csv(tmp_path / "long.csv"))
    assert (report.indicators, report.observations) == (2, 5)


def test_observation_keeps_its_source_cell(store: Store, tmp_path: Path) -> None:
    import_file(store, scorecards.wide_quarters(tmp_path / "q4.xlsx"))
    with store.read_session() as session:
        source = session.execute(
            select(
                ObservationRow.source_file, ObservationRow.source_sheet, ObservationRow.source_cell
            )
            .join(IndicatorRow)
            .where(IndicatorRow.code == "CS1")
            .order_by(ObservationRow.source_cell)
        ).first()
    assert source is not None
    assert tuple(source) == ("q4.xlsx", "Scorecard", "E5")


def test_reimporting_the_same_file_is_unchanged(store: Store, tmp_path: Path) -> None:
    path = scorecards.wide_quarters(tmp_path / "q4.xlsx")
    import_file(store, path)
    before = table_dump(store.path)
    again = import_file(store, path)
    assert again.status == "unchanged"
    assert table_dump(store.path) == before


def test_newer_issue_updates_values_and_keeps_notes(store: Store, tmp_path: Path) -> None:
    first = [
        (
            "Children's Services",
            "CS1",
            "% of plans reviewed on time",
            "Q1 2024/25",
            91.0,
            95.0,
            "A",
            None,
            None,
        )
    ]
    second = [
        ("Children's Services", "CS1", "% of plans reviewed on time", "Q1 2024/25", 92.0, 95.0, "A", None, None),
        ("Children's Services", "CS1", "% of plans reviewed on time", "Q2 2024/25", 96.0, 95.0, "G", None, None),
    ]  # fmt: skip
    import_file(store, scorecards.long_csv(tmp_path / "q1.csv", first))
    with store.session() as session:
        indicator_id = session.scalars(select(IndicatorRow.id)).one()
        session.add(NoteRow(indicator_id=indicator_id, text="Ask about Q1 dip"))
    report = import_file(store, scorecards.long_csv(tmp_path / "q2.csv", second))
    assert report.status == "imported"
    assert [r[2] for r in rows(store)] == [92.0, 96.0]
    with store.read_session() as session:
        assert session.scalars(select(NoteRow.text)).all() == ["Ask about Q1 dip"]
        assert session.scalar(select(func.count(IndicatorRow.id))) == 1
        sources = set(session.scalars(select(ObservationRow.source_file)))
    assert sources == {"q2.csv"}


def test_indicator_matched_by_name_when_it_has_no_code(store: Store, tmp_path: Path) -> None:
    first = scorecards.rag_fill_only(tmp_path / "a.xlsx")
    import_file(store, first)
    path = tmp_path / "b.xlsx"
    # the same bytes under a new name (saving twice may stamp two different times): unchanged
    path.write_bytes(first.read_bytes())
    assert import_file(store, path).status == "unchanged"
    with store.read_session() as session:
        assert session.scalar(select(func.count(IndicatorRow.id))) == 3


def test_rag_from_fill_only_is_stored(store: Store, tmp_path: Path) -> None:
    import_file(store, scorecards.rag_fill_only(tmp_path / "fill.xlsx"))
    assert [r[5] for r in rows(store)] == ["green", "amber", "red"]


def test_percent_formats_and_units_are_read(store: Store, tmp_path: Path) -> None:
    import_file(store, scorecards.percent_formats(tmp_path / "pc.xlsx"))
    with store.read_session() as session:
        found = session.execute(
            select(IndicatorRow.name, IndicatorRow.unit, ObservationRow.actual,
                   ObservationRow.numerator, ObservationRow.denominator).join(ObservationRow)
        ).all()  # fmt: skip
    assert ("Care leavers in education %", "%", 54.0, 27.0, 50.0) in [tuple(r) for r in found]
    assert ("Average wait", "days", 12.0, None, None) in [tuple(r) for r in found]


def test_two_row_header_and_sections_and_sheets(store: Store, tmp_path: Path) -> None:
    assert import_file(store, scorecards.two_row_merged(tmp_path / "a.xlsx")).observations == 4
    assert import_file(store, scorecards.sections(tmp_path / "b.xlsx")).observations == 6
    assert import_file(store, scorecards.per_portfolio_sheets(tmp_path / "c.xlsx")).indicators == 3
    with store.read_session() as session:
        names = set(session.scalars(select(PortfolioRow.name)))
    assert names == {"Housing", "Environment", "Place", "People"}


def test_refusal_leaves_the_store_untouched(store: Store, tmp_path: Path) -> None:
    import_file(store, scorecards.wide_quarters(tmp_path / "q4.xlsx"))
    before = hashlib.sha256(store.path.read_bytes()).hexdigest()
    report = import_file(store, scorecards.definitions_only(tmp_path / "defs.xlsx"))
    assert report.status == "refused"
    assert report.error is not None and "no indicator table found" in report.error
    assert "\n" not in report.error
    assert hashlib.sha256(store.path.read_bytes()).hexdigest() == before


def test_many_areas_without_area_is_refused(store: Store, tmp_path: Path) -> None:
    report = import_file(store, scorecards.benchmark_csv(tmp_path / "b.csv"))
    assert report.status == "refused"
    assert report.error is not None and "--area" in report.error and "Trafford" in report.error


def test_area_import_takes_comparators_from_the_same_file(store: Store, tmp_path: Path) -> None:
    report = import_file(store, scorecards.benchmark_csv(tmp_path / "b.csv"), area="Trafford")
    assert (report.indicators, report.observations) == (1, 2)
    with store.read_session() as session:
        found = session.execute(
            select(ComparatorValueRow.name, ComparatorValueRow.value).order_by(
                ComparatorValueRow.id
            )
        ).all()
    assert [tuple(r) for r in found] == [
        ("England", 66.1), ("Regional", 64.2), ("England", 66.0), ("Regional", 64.5)
    ]  # fmt: skip


def test_dry_run_writes_nothing(store: Store, tmp_path: Path) -> None:
    before = table_dump(store.path)
    report = import_file(store, scorecards.wide_quarters(tmp_path / "q4.xlsx"), dry_run=True)
    assert (report.status, report.observations) == ("imported", 15)
    assert table_dump(store.path) == before


def test_cancel_rolls_back(store: Store, tmp_path: Path) -> None:
    before = table_dump(store.path)
    seen: list[tuple[int, int]] = []
    report = import_file(
        store,
        scorecards.wide_quarters(tmp_path / "q4.xlsx"),
        progress=lambda done, total: seen.append((done, total)),
        cancel=lambda: len(seen) >= 4,
    )
    assert (report.status, report.error) == ("refused", "import cancelled")
    assert table_dump(store.path) == before


def test_progress_reaches_the_total(store: Store, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    import_file(store, scorecards.wide_quarters(tmp_path / "q4.xlsx"),
                progress=lambda done, total: seen.append((done, total)))  # fmt: skip
    assert seen[-1][0] == seen[-1][1]
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_import_is_recorded_with_its_hash(store: Store, tmp_path: Path) -> None:
    path = scorecards.wide_quarters(tmp_path / "q4.xlsx")
    import_file(store, path)
    with store.read_session() as session:
        record = session.scalars(select(ScorecardImportRow)).one()
    assert record.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert (record.status, record.observation_count, record.indicator_count) == ("imported", 15, 4)
    assert isinstance(json.loads(record.warnings_json), list)


def test_to_json_is_the_contract_object(store: Store, tmp_path: Path) -> None:
    report = import_file(store, scorecards.definitions_only(tmp_path / "d.xlsx"))
    assert set(report.to_json()) == {
        "file", "status", "indicators", "observations", "warnings", "review", "error"
    }  # fmt: skip


def test_saved_profile_is_matched_by_header_signature(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "odd.csv"
    path.write_text("Thing,Q1 2024/25\nCalls answered,80\n", encoding="utf-8")
    assert import_file(store, path, dry_run=True).status == "refused"
    report = import_file(store, path, dry_run=True, profile=None)
    assert report.signature is not None
    save_profile(store, "Odd council", report.signature, {"0": "name"})
    assert find_profile(store, report.signature) == ("Odd council", {"0": "name"})
    later = tmp_path / "odd2.csv"
    later.write_text("Thing,Q1 2024/25\nCalls answered,82\n", encoding="utf-8")
    assert import_file(store, later).observations == 1


def test_profile_by_name_and_unknown_profile(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "odd.csv"
    path.write_text("Thing,Q1 2024/25\nCalls answered,80\n", encoding="utf-8")
    save_profile(store, "Mine", "not-this-shape", {"Thing": "name"})
    assert import_file(store, path, profile="Mine").status == "imported"
    missing = import_file(store, path, profile="Nope")
    assert missing.error is not None and "no saved profile named 'Nope'" in missing.error


def test_corporate_report_layout_imports_exactly(store: Store, tmp_path: Path) -> None:
    report = import_file(store, scorecards.corporate_report(tmp_path / "corp.xlsx"))
    assert (report.indicators, report.observations) == (2, 6)
    with store.read_session() as session:
        found = session.execute(
            select(IndicatorRow.code, PortfolioRow.name, IndicatorRow.owner, IndicatorRow.polarity,
                   PeriodRow.label, ObservationRow.actual, ObservationRow.target,
                   ObservationRow.rag, ObservationRow.direction_text, ObservationRow.commentary)
            .join(PortfolioRow, IndicatorRow.portfolio_id == PortfolioRow.id)
            .join(ObservationRow, ObservationRow.indicator_id == IndicatorRow.id)
            .join(PeriodRow, ObservationRow.period_id == PeriodRow.id)
            .order_by(IndicatorRow.id, PeriodRow.start)
        ).all()  # fmt: skip
    assert [tuple(r) for r in found] == [
        ("EC1", "Economy", "Cllr Smith", "higher_is_better", "2023/24", 98.1, None, None, None, None),
        ("EC1", "Economy", "Cllr Smith", "higher_is_better", "Q1 2024/25", 28.0, 98.5, None, None, None),
        ("EC1", "Economy", "Cllr Smith", "higher_is_better", "Q2 2024/25", 55.1, 98.5, "amber",
         "Improving", "Collection profile as expected"),
        ("CM1", "Communities", "Cllr Jones", "lower_is_better", "2023/24", 1450.0, None, None, None, None),
        ("CM1", "Communities", "Cllr Jones", "lower_is_better", "Q1 2024/25", 380.0, 1400.0, None, None, None),
        ("CM1", "Communities", "Cllr Jones", "lower_is_better", "Q2 2024/25", 402.0, 1400.0, "red",
         "Worsening", "Summer peak"),
    ]  # fmt: skip


def test_indicator_matched_by_code_takes_the_newer_wording(store: Store, tmp_path: Path) -> None:
    first = [
        ("Place", "P1", "Potholes fixed in 28 days", "Q1 2024/25", 88.0, 90.0, None, None, None)
    ]
    second = [("Place", "P1", "Potholes repaired within 28 days", "Q2 2024/25", 91.0, 90.0, None, None, None)]  # fmt: skip
    import_file(store, scorecards.long_csv(tmp_path / "q1.csv", first))
    import_file(store, scorecards.long_csv(tmp_path / "q2.csv", second))
    with store.read_session() as session:
        names = session.scalars(select(IndicatorRow.name)).all()
        count = session.scalar(select(func.count(ObservationRow.id)))
    assert (names, count) == (["Potholes repaired within 28 days"], 2)


def test_preview_reads_without_touching_the_store(store: Store, tmp_path: Path) -> None:
    before = table_dump(store.path)
    parsed = preview(scorecards.two_row_merged(tmp_path / "a.xlsx"))
    assert [i.code for i in parsed.indicators] == ["H1", "H2"]
    assert table_dump(store.path) == before


def test_refusal_reports_the_columns_it_could_not_place(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "odd.csv"
    path.write_text("Thing,Q1 2024/25\nCalls answered,80\n", encoding="utf-8")
    report = import_file(store, path)
    assert report.status == "refused"
    assert report.columns == [(0, "Thing", None), (1, "Q1 2024/25", None)]


def test_missing_file_is_refused_in_one_line(store: Store, tmp_path: Path) -> None:
    report = import_file(store, tmp_path / "nowhere.xlsx")
    assert report.status == "refused"
    assert report.error is not None and report.error.startswith("cannot read nowhere.xlsx")


def test_same_file_with_a_newly_named_profile_is_read_again(store: Store, tmp_path: Path) -> None:
    path = scorecards.wide_quarters(tmp_path / "q4.xlsx")
    import_file(store, path)
    save_profile(store, "Northshire", "any", {"Commentary": "ignore"})
    again = import_file(store, path, profile="Northshire")
    assert again.status == "imported"
    assert import_file(store, path, profile="Northshire").status == "unchanged"


def test_import_reports_the_signature_and_columns_the_mapping_dialog_sees(
    store: Store, tmp_path: Path
) -> None:
    from desktop.scorecard.layout import find as layout
    from desktop.scorecard.read.workbook import read_workbook

    for path in (
        scorecards.wide_quarters(tmp_path / "wide.xlsx"),
        scorecards.long_layout(tmp_path / "long.xlsx"),
        scorecards.numbers_only(tmp_path / "numbers.xlsx"),
    ):
        report = import_file(store, path, dry_run=True)
        assert report.signature == layout.signature(read_workbook(path))
        assert report.columns == layout.headers(read_workbook(path))
