"""Scorecards laid out the way councils publish them, imported with every value checked."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from db.models import IndicatorRow, ObservationRow, PeriodRow
from db.store import Store
from desktop.scorecard.importer import import_file
from tests.helpers import scorecards


def rows(store: Store) -> list[tuple[object, ...]]:
    """Every observation as (code or name, period label, actual, target, rag)."""
    with store.read_session() as session:
        found = session.execute(
            select(
                func.coalesce(IndicatorRow.code, IndicatorRow.name),
                PeriodRow.label,
                ObservationRow.actual,
                ObservationRow.target,
                ObservationRow.rag,
            )
            .join(IndicatorRow, ObservationRow.indicator_id == IndicatorRow.id)
            .join(PeriodRow, ObservationRow.period_id == PeriodRow.id)
            .order_by(IndicatorRow.id, PeriodRow.start)
        ).all()
    return [tuple(r) for r in found]


def units(store: Store) -> dict[str, str | None]:
    with store.read_session() as session:
        found = session.execute(select(IndicatorRow.name, IndicatorRow.unit)).all()
    return {name: unit for name, unit in found}


def test_gar_letter_column_gives_the_rag(store: Store, tmp_path: Path) -> None:
    report = import_file(store, scorecards.gar_letters(tmp_path / "gar.xlsx"))
    assert (report.status, report.indicators, report.observations) == ("imported", 3, 6)
    assert rows(store) == [
        ("P1", "Q1 2024/25", 52.0, 56.0, None),
        ("P1", "Q2 2024/25", 55.0, 56.0, "amber"),
        ("P2", "Q1 2024/25", 84.0, 80.0, None),
        ("P2", "Q2 2024/25", 88.0, 80.0, "green"),
        ("P3", "Q1 2024/25", 4.0, 3.0, None),
        ("P3", "Q2 2024/25", 6.0, 3.0, "red"),
    ]
    assert not [w for w in report.warnings if "G/A/R" in w]


def test_welsh_pam_code_in_name_is_not_a_rate(store: Store, tmp_path: Path) -> None:
    import_file(store, scorecards.welsh_pam(tmp_path / "welsh.xlsx"))
    assert set(units(store).values()) == {"%"}


def test_welsh_quarter_headings_and_status(store: Store, tmp_path: Path) -> None:
    report = import_file(store, scorecards.welsh_pam(tmp_path / "welsh.xlsx"))
    assert (report.indicators, report.observations) == (2, 8)
    found = [r[1:] for r in rows(store) if str(r[0]).startswith("PAM/030")]
    assert found == [
        ("Q1 2023/24", 63.0, 64.0, None),
        ("Q2 2023/24", 64.1, 64.0, None),
        ("Q3 2023/24", 62.5, 64.0, None),
        ("Q4 2023/24", 61.9, 64.0, "red"),
    ]


def test_quarter_with_month_aside_takes_the_title_year(store: Store, tmp_path: Path) -> None:
    report = import_file(store, scorecards.quarter_month_headings(tmp_path / "q.xlsx"))
    assert (report.status, report.indicators, report.observations) == ("imported", 2, 4)
    assert rows(store) == [
        ("B1", "Q1 2024/25", 88.0, 90.0, None),
        ("B1", "Q2 2024/25", 91.0, 90.0, "green"),
        ("B2", "Q1 2024/25", 2.3, 2.0, None),
        ("B2", "Q2 2024/25", 2.6, 2.0, "red"),
    ]


def test_qtr_headings_take_the_title_year(store: Store, tmp_path: Path) -> None:
    report = import_file(store, scorecards.qtr_headings(tmp_path / "qtr.xlsx"))
    assert (report.status, report.indicators, report.observations) == ("imported", 2, 4)
    assert rows(store) == [
        ("R1", "Q1 2024/25", 85.0, 90.0, None),
        ("R1", "Q2 2024/25", 87.5, 90.0, None),
        ("R2", "Q1 2024/25", 92.0, 95.0, None),
        ("R2", "Q2 2024/25", 95.0, 95.0, None),
    ]


def test_actual_then_quarter_headings_are_each_their_quarter(store: Store, tmp_path: Path) -> None:
    report = import_file(store, scorecards.actual_then_quarter(tmp_path / "aq.xlsx"))
    assert (report.status, report.indicators, report.observations) == ("imported", 2, 6)
    assert rows(store) == [
        ("E1", "Q1 2024/25", 86.0, 90.0, None),
        ("E1", "Q2 2024/25", 88.0, 90.0, None),
        ("E1", "Q3 2024/25", 91.0, 90.0, "green"),
        ("E2", "Q1 2024/25", 7.5, 8.0, None),
        ("E2", "Q2 2024/25", 9.1, 8.0, None),
        ("E2", "Q3 2024/25", 8.2, 8.0, "amber"),
    ]
    assert report.warnings == []


def test_brag_column_is_the_rag(store: Store, tmp_path: Path) -> None:
    report = import_file(store, scorecards.brag_column(tmp_path / "brag.xlsx"), accept=True)
    assert (report.indicators, report.observations) == (2, 4)
    assert rows(store) == [
        ("ASC1", "Q1 2024/25", 68.5, 72.0, None),
        ("ASC1", "Q2 2024/25", 70.1, 72.0, "amber"),
        ("ASC2", "Q1 2024/25", 10.2, 9.0, None),
        ("ASC2", "Q2 2024/25", 8.1, 9.0, None),
    ]
    assert not [w for w in report.warnings if "BRAG" in w]
    assert [w for w in report.warnings if "'Blue'" in w] == [
        "accepted as read: Scorecard!H3: status 'Blue' means 'completed' in some councils and "
        "'target exceeded' in others — add a key saying which (e.g. 'Blue = completed')"
    ]


def test_each_quarter_keeps_its_own_commentary(store: Store, tmp_path: Path) -> None:
    import_file(store, scorecards.quarter_commentary(tmp_path / "qc.xlsx"))
    with store.read_session() as session:
        found = session.execute(
            select(PeriodRow.label, ObservationRow.actual, ObservationRow.commentary)
            .join(PeriodRow, ObservationRow.period_id == PeriodRow.id)
            .order_by(PeriodRow.start)
        ).all()
    assert [tuple(r) for r in found] == [
        ("Q1 2024/25", 88.0, "Staffing stable"),
        ("Q2 2024/25", 90.0, "Improved after recruitment"),
    ]


@pytest.mark.parametrize("repeat_name", [False, True])
def test_target_row_under_actual_row_gives_the_targets(
    store: Store, tmp_path: Path, repeat_name: bool
) -> None:
    path = scorecards.actual_target_rows(tmp_path / "pairs.xlsx", repeat_name=repeat_name)
    report = import_file(store, path)
    assert (report.status, report.indicators, report.observations) == ("imported", 2, 5)
    assert report.warnings == []
    calls, wait = "% of calls answered in 60s", "Average wait for OT assessment (days)"
    assert rows(store) == [
        (calls, "Q1 2024/25", 81.0, 85.0, None),
        (calls, "Q2 2024/25", 84.0, 85.0, None),
        (calls, "Q3 2024/25", 79.0, 85.0, None),
        (wait, "Q1 2024/25", 40.0, 28.0, None),
        (wait, "Q2 2024/25", 35.0, 28.0, None),
    ]


def codes_and_names(store: Store) -> list[tuple[str | None, str]]:
    with store.read_session() as session:
        found = session.execute(
            select(IndicatorRow.code, IndicatorRow.name).order_by(IndicatorRow.id)
        ).all()
    return [(code, name) for code, name in found]


def test_code_before_a_dash_is_the_indicator_code(store: Store, tmp_path: Path) -> None:
    # its 'Maintain' target is a doubt (no number): accepted as read here
    report = import_file(store, scorecards.code_dash_name(tmp_path / "codes.xlsx"), accept=True)
    assert (report.indicators, report.observations) == (3, 6)
    assert codes_and_names(store) == [
        ("CP01", "% of repairs completed right first time"),
        ("CP02", "Number of empty homes brought back into use"),
        ("CP03", "Rent arrears (%)"),
    ]
    assert rows(store) == [
        ("CP01", "Q1 2024/25", 88.0, 90.0, None),
        ("CP01", "Q2 2024/25", 90.0, 90.0, "amber"),
        ("CP02", "Q1 2024/25", 12.0, None, None),
        ("CP02", "Q2 2024/25", 15.0, None, "green"),
        ("CP03", "Q1 2024/25", 2.5, 3.0, None),
        ("CP03", "Q2 2024/25", 2.7, 3.0, "green"),
    ]


def test_welsh_pam_code_is_split_from_the_name(store: Store, tmp_path: Path) -> None:
    import_file(store, scorecards.welsh_pam(tmp_path / "welsh.xlsx"))
    assert codes_and_names(store) == [
        ("PAM/012", "Percentage of households successfully prevented from becoming homeless"),
        ("PAM/030", "Percentage of waste reused, recycled or composted"),
    ]


def test_a_text_target_without_a_number_is_one_review_line(store: Store, tmp_path: Path) -> None:
    report = import_file(store, scorecards.code_dash_name(tmp_path / "codes.xlsx"))
    assert report.status == "needs_review"
    assert [r for r in report.review if "Maintain" in r] == [
        "Scorecard!D4: target 'Maintain' is not a number or a range — give it as a number "
        "(e.g. 95%, 'at least 95%', '90–95%')"
    ]
    assert rows(store) == []


def test_quarter_ending_dates_are_quarters(store: Store, tmp_path: Path) -> None:
    report = import_file(store, scorecards.quarter_ending_dates(tmp_path / "qe.xlsx"))
    assert (report.indicators, report.observations) == (1, 3)
    assert rows(store) == [
        ("Z1", "Q1 2024/25", 50.0, 70.0, "red"),
        ("Z1", "Q2 2024/25", 61.0, 70.0, "amber"),
        ("Z1", "Q4 2024/25", 70.0, 70.0, "green"),
    ]


def test_year_end_and_quarters_with_month_asides(store: Store, tmp_path: Path) -> None:
    report = import_file(store, scorecards.quarter_month_asides(tmp_path / "asides.xlsx"))
    assert (report.indicators, report.observations) == (1, 3)
    assert rows(store) == [
        ("M1", "2023/24", 31.0, 30.0, None),
        ("M1", "Q1 2024/25", 28.5, 30.0, None),
        ("M1", "Q2 2024/25", 33.0, 30.0, "green"),
    ]


def test_short_year_outturn_and_target_headings(store: Store, tmp_path: Path) -> None:
    report = import_file(store, scorecards.short_year_headings(tmp_path / "short.xlsx"))
    assert (report.indicators, report.observations) == (2, 6)
    assert rows(store) == [
        ("HB1", "2023/24", 21.0, None, None),
        ("HB1", "Q1 2024/25", 19.0, 20.0, None),
        ("HB1", "Q2 2024/25", 23.0, 20.0, "red"),
        ("HB2", "2023/24", 96.8, None, None),
        ("HB2", "Q1 2024/25", 28.9, 97.0, None),
        ("HB2", "Q2 2024/25", 55.0, 97.0, "green"),
    ]


def test_aim_sentences_give_the_polarity(store: Store, tmp_path: Path) -> None:
    import_file(store, scorecards.aim_words(tmp_path / "aim.xlsx"))
    with store.read_session() as session:
        found = session.execute(
            select(IndicatorRow.code, IndicatorRow.polarity).order_by(IndicatorRow.code)
        ).all()
    assert [tuple(r) for r in found] == [
        ("AW1", "higher_is_better"),
        ("AW2", "lower_is_better"),
        ("AW3", "higher_is_better"),
        ("AW4", "lower_is_better"),
    ]


def test_rate_with_counts_keeps_numerator_and_denominator(store: Store, tmp_path: Path) -> None:
    report = import_file(store, scorecards.rate_with_counts(tmp_path / "counts.xlsx"))
    assert report.warnings == []
    with store.read_session() as session:
        found = session.execute(
            select(
                PeriodRow.label,
                ObservationRow.actual,
                ObservationRow.actual_text,
                ObservationRow.numerator,
                ObservationRow.denominator,
            )
            .join(PeriodRow, ObservationRow.period_id == PeriodRow.id)
            .order_by(PeriodRow.start)
        ).all()
    assert [tuple(r) for r in found] == [
        ("Q1 2024/25", 92.0, None, 45, 49),
        ("Q2 2024/25", 88.0, None, 44, 50),
    ]
    assert units(store) == {"% of assessments completed in 45 days": "%"}


def test_merged_targets_group_heading_makes_those_columns_targets(
    store: Store, tmp_path: Path
) -> None:
    report = import_file(store, scorecards.grouped_targets(tmp_path / "groups.xlsx"))
    assert (report.indicators, report.observations) == (1, 3)
    assert report.warnings == []
    assert rows(store) == [
        ("G1", "Q1 2024/25", 80.0, 92.0, None),
        ("G1", "Q2 2024/25", 85.0, 92.0, None),
        ("G1", "Q3 2024/25", 88.0, 90.0, None),
    ]


def test_blue_in_a_brag_column_with_no_key_needs_review(store: Store, tmp_path: Path) -> None:
    report = import_file(store, scorecards.brag_column(tmp_path / "brag.xlsx"))
    assert report.status == "needs_review"
    assert report.review == [
        "Scorecard!H3: status 'Blue' means 'completed' in some councils and 'target exceeded' "
        "in others — add a key saying which (e.g. 'Blue = completed')"
    ]


def test_blue_explained_by_a_key_is_no_rating(store: Store, tmp_path: Path) -> None:
    path = scorecards.brag_column(tmp_path / "brag.xlsx")
    book = load_workbook(path)
    sheet = book.active
    assert sheet is not None
    sheet.append([])
    sheet.append(["Key: Blue = completed, Green = on target, Amber = within 5%, Red = off target"])
    book.save(path)
    report = import_file(store, path)
    assert (report.status, report.review) == ("imported", [])
    assert not any("Blue" in w and "status" in w for w in report.warnings)
    assert ("ASC2", "Q2 2024/25", 8.1, 9.0, None) in rows(store)


def test_a_repeated_heading_row_is_not_an_indicator(store: Store, tmp_path: Path) -> None:
    report = import_file(store, scorecards.repeated_header(tmp_path / "two.xlsx"))
    assert (report.indicators, report.observations) == (2, 4)
    assert report.warnings == []
    assert sorted(rows(store)) == [
        ("O1", "Q1 2024/25", 80.0, 85.0, None),
        ("O1", "Q2 2024/25", 82.0, 85.0, "amber"),
        ("S1", "Q1 2024/25", 70.0, 75.0, None),
        ("S1", "Q2 2024/25", 72.0, 75.0, "amber"),
    ]


def test_month_column_takes_its_year_from_the_financial_year(store: Store, tmp_path: Path) -> None:
    report = import_file(store, scorecards.year_and_month_columns(tmp_path / "months.csv"))
    assert (report.status, report.indicators, report.observations) == ("imported", 1, 4)
    with store.read_session() as session:
        found = session.execute(
            select(PeriodRow.label, PeriodRow.start, ObservationRow.actual)
            .join(PeriodRow, ObservationRow.period_id == PeriodRow.id)
            .order_by(PeriodRow.start)
        ).all()
    assert [(label, start.isoformat(), actual) for label, start, actual in found] == [
        ("Apr 2024", "2024-04-01", 10.0),
        ("Dec 2024", "2024-12-01", 12.0),
        ("Jan 2025", "2025-01-01", 13.0),
        ("Mar 2025", "2025-03-01", 15.0),
    ]


def test_bare_quarters_take_the_year_from_the_sheet_name(store: Store, tmp_path: Path) -> None:
    report = import_file(store, scorecards.year_in_sheet_name(tmp_path / "sheet.xlsx"))
    assert (report.status, report.indicators, report.observations) == ("imported", 1, 2)
    assert rows(store) == [
        ("B1", "Q1 2024/25", 80.0, 90.0, None),
        ("B1", "Q2 2024/25", 85.0, 90.0, "amber"),
    ]


def test_bare_quarters_take_the_year_from_the_file_name(store: Store, tmp_path: Path) -> None:
    path = scorecards.bare_quarters(tmp_path / "Q2 2024-25 scorecard.xlsx")
    report = import_file(store, path)
    assert (report.status, report.indicators, report.observations) == ("imported", 1, 2)
    assert rows(store) == [
        ("B1", "Q1 2024/25", 80.0, 90.0, None),
        ("B1", "Q2 2024/25", 85.0, 90.0, "amber"),
    ]


def test_bare_quarters_with_no_year_anywhere_say_so(store: Store, tmp_path: Path) -> None:
    report = import_file(store, scorecards.bare_quarters(tmp_path / "scorecard.xlsx"))
    assert report.status == "refused"
    assert report.error is not None
    assert "quarter headings name no year" in report.error
    assert "Scorecard!" in report.error, "the heading that names no year is named"


def test_welsh_language_headings(store: Store, tmp_path: Path) -> None:
    report = import_file(store, scorecards.welsh_headings(tmp_path / "cymraeg.xlsx"))
    assert (report.indicators, report.observations) == (1, 2)
    assert report.warnings == []
    assert rows(store) == [
        ("PAM/012", "Q1 2024/25", 60.2, 65.0, None),
        ("PAM/012", "Q2 2024/25", 58.1, 65.0, "amber"),
    ]
    with store.read_session() as session:
        notes = session.scalars(select(ObservationRow.commentary)).all()
    assert sorted(notes, key=str) == ["Galw uchel", None]
