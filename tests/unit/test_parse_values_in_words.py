"""Figures and targets written with words: '58 per cent', '68.4 percent' and '81.3pc' are
percentages in points, a 'Target' word before a target's figure adds nothing, and 'Nil' or
'Zero' (or 'None', where the sheet's key says it means none happened) is 0 in a row that
counts something among figures. A word read no other way stays the cell's text."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from db.models import IndicatorRow, ObservationRow, PeriodRow
from db.store import Store
from desktop.scorecard.importer import ImportReport, import_file
from desktop.scorecard.parse import values, zero_words
from desktop.scorecard.parse.targets import Target, parse_target

HEAD = ["Ref", "Measure", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Target 2024/25"]
# (actual, actual_text, target) of each stored observation, by code and period label
Stored = dict[str, dict[str, tuple[float | None, str | None, float | None]]]


def _book(path: Path, rows: Sequence[Sequence[object]], notes: Sequence[str] = ()) -> Path:
    """A sheet titled for its year, ``notes`` as lines under the title, then the table."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Scorecard"
    sheet.append(["Assurance scorecard 2024/25"])
    for line in notes:
        sheet.append([line])
    sheet.append([])
    sheet.append(HEAD)
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path


def _import(
    folder: Path, rows: Sequence[Sequence[object]], notes: Sequence[str] = ()
) -> tuple[ImportReport, Stored]:
    """Import the sheet into a new store in ``folder``: the report, and what was stored."""
    folder.mkdir(exist_ok=True)
    store = Store.open(folder / "scrutineer.sqlite")
    try:
        report = import_file(store, _book(folder / "s.xlsx", rows, notes))
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
        return report, stored
    finally:
        store.close()


# ---------------------------------------------------------------- per cent in words


@pytest.mark.parametrize(
    ("typed", "points"),
    [("58 per cent", 58.0), ("68.4 percent", 68.4), ("81.3pc", 81.3), ("85 pc", 85.0),
     ("12 pct", 12.0), ("74 Per Cent", 74.0)],
)  # fmt: skip
def test_per_cent_written_after_a_figure_is_the_percent_sign(typed: str, points: float) -> None:
    parsed = values.parse_number(typed)
    assert (parsed.value, parsed.unit, parsed.is_percent) == (points, "%", True)


@pytest.mark.parametrize("typed", ["12 pcs", "12 PC", "12 per centre", "58 per cent ish"])
def test_letters_that_only_look_like_per_cent_are_not(typed: str) -> None:
    assert values.parse_number(typed).unit != "%"


def test_percentages_in_words_are_stored_in_points(tmp_path: Path) -> None:
    rows = [
        ["PAM/012", "Households prevented from becoming homeless", "58 per cent",
         "63.4 per cent", "66.1 per cent", "Target 65 per cent"],
        ["CP2.06", "Free school meals take-up by eligible pupils", "81.3pc", "83pc", "84.2pc",
         "85pc"],
        ["CP1.04", "Adults needing no ongoing care after reablement", "68.4 percent",
         "70.9 percent", "74 percent", "70 per cent"],
    ]  # fmt: skip
    report, stored = _import(tmp_path, rows)
    assert report.status == "imported", report.review
    assert stored["PAM/012"]["Q1 2024/25"] == (58.0, None, 65.0)
    assert stored["CP2.06"]["Q3 2024/25"] == (84.2, None, 85.0)
    assert stored["CP1.04"]["Q2 2024/25"] == (70.9, None, 70.0)


# ---------------------------------------------------------------- a target's label


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("Target 65 per cent", Target(65.0, unit="%")), ("Tgt: 85%", Target(85.0, unit="%")),
     ("Aim 95%", Target(95.0, unit="%")), ("Target 12 days", Target(12.0, unit="days")),
     ("Target at least 90%", Target(90.0, polarity="higher_is_better", unit="%")),
     ("target: 90-95%", Target(None, 90.0, 95.0, polarity="on_target", unit="%"))],
)  # fmt: skip
def test_a_target_word_before_the_figure_adds_nothing(typed: str, expected: Target) -> None:
    assert parse_target(typed) == expected


@pytest.mark.parametrize(
    "typed", ["Target 2025", "Target 2024/25", "Target met", "Aim: Higher", "Targets 95%"]
)
def test_a_target_word_before_a_year_or_words_gives_no_target(typed: str) -> None:
    assert parse_target(typed) is None


def test_a_target_word_before_words_is_still_held(tmp_path: Path) -> None:
    rows = [["P1", "Rent collected (%)", 96.1, 96.8, 97.2, "Target to rise"]]
    report, _ = _import(tmp_path, rows)
    assert report.status == "needs_review"
    assert any(
        line.startswith("Scorecard!F4:") and "Target to rise" in line for line in report.review
    )


@pytest.mark.parametrize("typed", ["Nil", "nil", "Zero", "NIL."])
def test_a_target_of_nil_is_zero(typed: str) -> None:
    assert parse_target(typed) == Target(0.0)


def test_a_target_of_none_is_still_no_target() -> None:
    assert parse_target("None") is None


# ---------------------------------------------------------------- words for none


def test_nil_among_counts_is_zero_and_a_nil_target_is_zero(tmp_path: Path) -> None:
    rows = [
        ["HS01", "RIDDOR-reportable incidents (number)", 2, "Nil", "nil", 0],
        ["IG01", "Personal data breaches reported to the ICO", "Zero", 1, 0, "Nil"],
    ]
    report, stored = _import(tmp_path, rows)
    assert report.status == "imported", report.review
    assert stored["HS01"] == {
        "Q1 2024/25": (2.0, None, 0.0),
        "Q2 2024/25": (0.0, None, 0.0),
        "Q3 2024/25": (0.0, None, 0.0),
    }
    assert stored["IG01"]["Q1 2024/25"] == (0.0, None, 0.0)
    assert any("read as 0" in w and "Scorecard!D4" in w for w in report.warnings)


def test_none_is_zero_only_where_the_key_says_so(tmp_path: Path) -> None:
    rows = [["IG05", "Complaints to the ICO upheld against the council", 1, "None", 1, "Nil"]]
    keyed = ["Nil / None: no incidents in the period. n/a: not available."]
    report, stored = _import(tmp_path, rows, keyed)
    assert report.status == "imported", report.review
    assert stored["IG05"]["Q2 2024/25"] == (0.0, None, 0.0)
    # without the key, 'None' says no figure as often as none happened: kept as typed
    _, unkeyed = _import(tmp_path / "plain", rows)
    assert unkeyed["IG05"]["Q2 2024/25"] == (None, "None", 0.0)


def test_a_key_saying_none_means_no_data_reads_no_zero(tmp_path: Path) -> None:
    rows = [["IG05", "Complaints to the ICO upheld against the council", 1, "None", 1, 0]]
    _, stored = _import(tmp_path, rows, ["None: no data received from the ICO portal"])
    assert stored["IG05"]["Q2 2024/25"] == (None, "None", 0.0)


@pytest.mark.parametrize("typed", ["None reported yet", "None available", "Nil return"])
def test_longer_words_for_none_stay_text_even_with_a_key(tmp_path: Path, typed: str) -> None:
    rows = [["HS02", "Enforcement notices served (number)", 3, typed, 1, 0]]
    _, stored = _import(tmp_path, rows, ["Nil / None = 0"])
    assert stored["HS02"]["Q2 2024/25"] == (None, typed, 0.0)


def test_nil_in_a_percentage_row_is_no_figure(tmp_path: Path) -> None:
    rows = [
        ["HS07", "RIDDOR incidents reported to the HSE within 10 days (%)", 100.0, "Nil", 50.0,
         100],
        ["HS08", "Average days lost per RIDDOR incident", 12.5, "Nil", 9.0, 10],
        ["HS09", "Staff trained in manual handling (%)", 81.0, 84.5, 88.0, 90],
        ["HS10", "Fire drills held (number)", 12, 14, 11, 12],
    ]  # fmt: skip
    report, stored = _import(tmp_path, rows)
    assert stored["HS07"]["Q2 2024/25"] == (None, "Nil", 100.0)
    assert stored["HS08"]["Q2 2024/25"] == (None, "Nil", 10.0)
    assert any(w.startswith("Scorecard!D4:") and "kept as text" in w for w in report.warnings)


def test_nil_in_a_row_of_words_only_stays_text(tmp_path: Path) -> None:
    rows = [
        ["M1", "New depot built", "On schedule", "Nil", "Delayed", None],
        ["P1", "Rent collected (%)", 96.1, 96.8, 97.2, 98.0],
    ]
    report, stored = _import(tmp_path, rows)
    assert stored["M1"]["Q2 2024/25"] == (None, "Nil", None)
    assert any(w.startswith("Scorecard!D4:") and "kept as text" in w for w in report.warnings)


@pytest.mark.parametrize(
    ("line", "words"),
    [("Nil / None: no incidents in the period.", {"nil", "none"}),
     ("'None' = 0", {"none"}), ("None means no cases were reported", {"none"}),
     ("None: no data received", set()), ("None \u2013 no return received", set()),
     ("None: not applicable", set()), ("None of the figures is provisional: no change", set())],
)  # fmt: skip
def test_which_key_lines_say_none_happened(line: str, words: set[str]) -> None:
    assert zero_words.keyed_zero_words([line]) == words
