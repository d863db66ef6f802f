"""Figures and targets typed with a fraction are the number they say: '9½ days', '17 ½', '¾',
'8 3/4 days', '4 and a half days', 'target 7½'. 'a/b' alone keeps the readings it had (cases
out of cases due in a percentage row, held elsewhere), and a lone fraction character in a
percentage row, which Word may have made of a typed '3/4', is held."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from db.models import IndicatorRow, ObservationRow, PeriodRow
from db.store import Store
from desktop.scorecard.importer import ImportReport, import_file
from desktop.scorecard.parse import values, written_fractions
from desktop.scorecard.parse.targets import parse_target

HEAD = ["Ref", "Measure", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Target 2024/25"]
# (actual, actual_text, target) of each stored observation, by code and period label
Stored = dict[str, dict[str, tuple[float | None, str | None, float | None]]]


def _import(folder: Path, rows: Sequence[Sequence[object]]) -> tuple[ImportReport, Stored, dict]:
    """Import a sheet of ``rows`` under HEAD into a new store: the report, the stored
    observations and each indicator's unit."""
    folder.mkdir(exist_ok=True)
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Scorecard"
    sheet.append(["Performance indicators 2024/25"])
    sheet.append([])
    sheet.append(HEAD)
    for row in rows:
        sheet.append(list(row))
    book.save(folder / "s.xlsx")
    store = Store.open(folder / "scrutineer.sqlite")
    try:
        report = import_file(store, folder / "s.xlsx")
        stored: Stored = {}
        with store.read_session() as session:
            found = session.execute(
                select(
                    IndicatorRow.code,
                    PeriodRow.label,
                    ObservationRow.actual,
                    ObservationRow.actual_text,
                    ObservationRow.target,
                )
                .join(IndicatorRow, ObservationRow.indicator_id == IndicatorRow.id)
                .join(PeriodRow, ObservationRow.period_id == PeriodRow.id)
            )
            for code, label, actual, text, target in found:
                stored.setdefault(code, {})[label] = (actual, text, target)
            units = dict(session.execute(select(IndicatorRow.code, IndicatorRow.unit)).all())
        return report, stored, units
    finally:
        store.close()


@pytest.mark.parametrize(
    ("typed", "number", "unit"),
    [("9½ days", 9.5, "days"), ("17½", 17.5, None), ("9 ½", 9.5, None), ("¾", 0.75, None),
     ("½ day", 0.5, "days"), ("21¼ weeks", 21.25, "weeks"), ("8 3/4 days", 8.75, "days"),
     ("2 13/16", 2.8125, None), ("4 and a half days", 4.5, "days"),
     ("2 and three quarters", 2.75, None), ("1 and a quarter", 1.25, None),
     ("12½%", 12.5, "%"), ("-½", -0.5, None), ("£7½m", 7_500_000.0, "£")],
)  # fmt: skip
def test_a_figure_typed_with_a_fraction_is_the_number_it_says(
    typed: str, number: float, unit: str | None
) -> None:
    parsed = values.parse_number(typed)
    assert (parsed.value, parsed.unit) == (number, unit)


def test_a_decimal_comma_file_reads_the_fraction_too() -> None:
    assert values.parse_number("9½ dagen", decimal_comma=True).value == 9.5


@pytest.mark.parametrize(
    "typed",
    ["3/4", "1/2", "2023 1/2", "1,234½", "Q3½", "2 5/4", "12 3/4/2024",
     "see note 1 1/2 below"],
)  # fmt: skip
def test_text_that_only_looks_like_a_fraction_is_no_figure(typed: str) -> None:
    assert values.parse_number(typed).value is None


def test_targets_typed_with_a_fraction() -> None:
    assert parse_target("target 7½") is not None
    assert parse_target("target 7½").value == 7.5  # type: ignore[union-attr]
    band = parse_target("8½–9½ days")
    assert band is not None and (band.low, band.high) == (8.5, 9.5)


def test_only_a_character_without_its_whole_number_is_lone() -> None:
    assert written_fractions.is_lone_character("¾")
    assert written_fractions.is_lone_character("½ day")
    assert not written_fractions.is_lone_character("9½ days")
    assert not written_fractions.is_lone_character("3/4")


def test_hand_typed_fractions_are_stored_as_their_numbers(tmp_path: Path) -> None:
    rows = [
        ["RES1", "Average days lost to sickness per FTE", "9½ days", "9 ¼ days",
         "8 3/4 days", "8½ days"],
        ["HOU6", "Average days to complete emergency repairs", "¾", "½ day",
         "1 and a quarter days", 1],
        ["ENV5", "Average weeks to decide householder planning applications", "7¼ weeks",
         "6 and three quarters weeks", "7 weeks", "target 7½"],
    ]  # fmt: skip
    report, stored, units = _import(tmp_path, rows)
    assert report.status == "imported", report.review
    assert stored["RES1"] == {
        "Q1 2024/25": (9.5, None, 8.5),
        "Q2 2024/25": (9.25, None, 8.5),
        "Q3 2024/25": (8.75, None, 8.5),
    }
    assert [stored["HOU6"][q][0] for q in ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")] == [
        0.75,
        0.5,
        1.25,
    ]
    assert stored["ENV5"]["Q2 2024/25"] == (6.75, None, 7.5)
    assert units["RES1"] == "days" and units["ENV5"] == "weeks"


def test_cases_typed_with_a_slash_in_a_percentage_row_read_as_before(tmp_path: Path) -> None:
    rows = [["CS1", "% of reviews completed on time", "3/4", "4/5", "9/10", "80%"]]
    report, stored, _ = _import(tmp_path, rows)
    assert report.status == "imported", report.review
    assert stored["CS1"]["Q1 2024/25"][0] == 75.0


def test_a_lone_fraction_in_a_percentage_row_is_held(tmp_path: Path) -> None:
    rows = [["CS1", "% of reviews completed on time", "¾", "4/5", "9/10", "80%"]]
    report, stored, _ = _import(tmp_path, rows)
    assert report.status == "needs_review"
    assert any(line.startswith("Scorecard!C4:") and "¾" in line for line in report.review), (
        report.review
    )
    assert not stored


def test_a_bare_slash_in_a_count_row_is_still_held(tmp_path: Path) -> None:
    rows = [["H1", "Households in temporary accommodation", "3/4", 51, 49, 40]]
    report, stored, _ = _import(tmp_path, rows)
    assert report.status == "needs_review"
    assert any(line.startswith("Scorecard!C4:") for line in report.review), report.review
    assert not stored


def test_words_after_and_that_name_no_part_are_held(tmp_path: Path) -> None:
    rows = [["RES3", "Average days to process changes", "4 and a bit", "5¼ days", "4¾ days", 5]]
    report, stored, _ = _import(tmp_path, rows)
    assert report.status == "needs_review"
    assert any(line.startswith("Scorecard!C4:") for line in report.review), report.review
    assert not stored
