"""Never silently wrong: a doubtful reading is not written, says why cell by cell, and can be accepted."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from db.models import IndicatorRow, ObservationRow, ScorecardImportRow
from db.store import Store
from desktop.cli import run
from desktop.scorecard.importer import import_file, save_profile

_CELL_LINE = re.compile(r"^[^!\n]+![A-Z]{1,3}[0-9]+: [^\n]+$")


def book(path: Path, rows: Sequence[Sequence[object]], title: str = "Scorecard") -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = title
    for row in rows:
        sheet.append(list(row))
    workbook.save(path)
    return path


def counts(store: Store) -> tuple[int, int, int]:
    with store.read_session() as session:
        return (
            session.scalar(select(func.count(IndicatorRow.id))) or 0,
            session.scalar(select(func.count(ObservationRow.id))) or 0,
            session.scalar(select(func.count(ScorecardImportRow.id))) or 0,
        )


def words_in_value_column(path: Path) -> Path:
    """The only 'Actual' column holds words: no reading of it can be trusted."""
    return book(
        path,
        [
            ["Indicator", "Actual", "Target"],
            ["Calls answered", "Improving steadily", 90],
            ["Complaints closed", "Better than last year", 80],
            ["Missed collections", "Within expectations", 40],
        ],
    )


def unknown_status(path: Path) -> Path:
    """A status column using a symbol with no key anywhere in the file."""
    return book(
        path,
        [
            ["Indicator", "Q1 2024/25", "Target", "Status"],
            ["Calls answered", 88, 90, "◆"],
            ["Complaints closed", 81, 80, "◆"],
            ["Missed collections", 38, 40, "Green"],
        ],
    )


def test_confident_reading_has_an_empty_review(store: Store, tmp_path: Path) -> None:
    """No doubts, and no account of how it was read unless one is asked for."""
    path = book(
        tmp_path / "ok.xlsx",
        [
            ["Indicator", "Q1 2024/25", "Q2 2024/25", "Target", "RAG"],
            ["Calls answered", 88, 91, 90, "Green"],
            ["Complaints closed", 72, 79, 80, "Amber"],
        ],
    )
    report = import_file(store, path)
    assert (report.status, report.review, report.explain) == ("imported", [], [])
    assert report.to_json()["review"] == []


def test_words_in_the_value_column_need_review_and_write_nothing(
    store: Store, tmp_path: Path
) -> None:
    report = import_file(store, words_in_value_column(tmp_path / "words.xlsx"))
    assert report.status == "needs_review"
    assert (report.indicators, report.observations) == (0, 0)
    assert len(report.review) == 1
    assert _CELL_LINE.match(report.review[0])
    assert report.review[0].startswith("Scorecard!B1: column 'Actual' is read as values")
    assert counts(store) == (0, 0, 0)


def test_accept_imports_as_read_and_keeps_the_doubts_as_warnings(
    store: Store, tmp_path: Path
) -> None:
    path = words_in_value_column(tmp_path / "words.xlsx")
    report = import_file(store, path, accept=True)
    assert report.status == "imported"
    assert report.observations == 3
    assert any(w.startswith("accepted as read: Scorecard!B1:") for w in report.warnings)
    with store.read_session() as session:
        texts = sorted(session.scalars(select(ObservationRow.actual_text)))
        stored = session.scalars(select(ScorecardImportRow.warnings_json)).one()
    assert texts == ["Better than last year", "Improving steadily", "Within expectations"]
    assert any(w.startswith("accepted as read: Scorecard!B1") for w in json.loads(stored))


def test_a_saved_profile_settles_the_doubts(store: Store, tmp_path: Path) -> None:
    path = words_in_value_column(tmp_path / "words.xlsx")
    first = import_file(store, path)
    assert first.status == "needs_review" and first.signature is not None
    mapping = {"Indicator": "name", "Actual": "actual", "Target": "target"}
    save_profile(store, "words", first.signature, mapping)
    report = import_file(store, path, profile="words")
    assert (report.status, report.observations) == ("imported", 3)


def test_an_unknown_status_symbol_is_one_line_for_all_its_cells(
    store: Store, tmp_path: Path
) -> None:
    report = import_file(store, unknown_status(tmp_path / "status.xlsx"))
    assert report.status == "needs_review"
    assert report.review == [
        "Scorecard!D2: status '◆' is not a RAG word or symbol this file's key or the shared "
        "vocabulary knows — write Red/Amber/Green or add a key (and 1 more like it: D3)"
    ]
    assert report.review_columns == [3]


def test_polarity_words_under_a_value_heading_are_polarity(store: Store, tmp_path: Path) -> None:
    path = book(
        tmp_path / "good.xlsx",
        [
            ["Ref", "Measure", "Period", "Performance", "Result", "Target"],
            ["H1", "Homelessness prevented", "Q1 2024/25", "Higher", 142, 150],
            ["H2", "Days in bed and breakfast", "Q1 2024/25", "Lower", 38, 42],
            ["H1", "Homelessness prevented", "Q2 2024/25", "Higher", 161, 150],
        ],
    )
    report = import_file(store, path, explain=True)
    assert (report.status, report.review) == ("imported", [])
    with store.read_session() as session:
        found = sorted(
            session.execute(
                select(IndicatorRow.code, IndicatorRow.polarity, ObservationRow.actual).join(
                    ObservationRow
                )
            ).all()
        )
    assert [tuple(r) for r in found] == [
        ("H1", "higher_is_better", 142.0),
        ("H1", "higher_is_better", 161.0),
        ("H2", "lower_is_better", 38.0),
    ]
    assert any(
        "D 'Performance' -> polarity (which way is good) (cells: 3 of 3" in line
        for line in report.explain
    )


def test_polarity_words_under_a_figure_heading_are_read_but_held(
    store: Store, tmp_path: Path
) -> None:
    """A template whose headings slipped a column: 'Value' over Higher/Lower words."""
    path = book(
        tmp_path / "slipped.xlsx",
        [
            ["Code", "Indicator", "Value", "Period", "Actual", "Target"],
            ["FIN1", "Sundry debt over 90 days", "Lower", "Q2 2024/25", 1.9, 1.5],
            ["FIN2", "Invoices paid in 30 days", "Higher", "Q2 2024/25", 93.8, 95.0],
        ],
    )
    report = import_file(store, path)
    assert report.status == "needs_review"
    assert report.review == [
        "Scorecard!C1: column 'Value' is headed as figures but 2 of 2 sampled cells are polarity "
        "words, e.g. 'Lower' — read as polarity; check the headings have not slipped a column"
    ]
    assert import_file(store, path, accept=True).status == "imported"
    with store.read_session() as session:
        found = session.execute(
            select(IndicatorRow.code, IndicatorRow.polarity, ObservationRow.actual).join(
                ObservationRow
            )
        ).all()
    assert sorted(tuple(r) for r in found) == [
        ("FIN1", "lower_is_better", 1.9),
        ("FIN2", "higher_is_better", 93.8),
    ]


def test_rag_words_under_a_value_heading_are_the_rating(store: Store, tmp_path: Path) -> None:
    path = book(
        tmp_path / "rag.xlsx",
        [
            ["Indicator", "Q1 2024/25", "Performance"],
            ["Calls answered", 88, "Green"],
            ["Complaints closed", 72, "Red"],
        ],
    )
    report = import_file(store, path)
    assert (report.status, report.review) == ("imported", [])
    with store.read_session() as session:
        rags = sorted(session.execute(select(ObservationRow.actual, ObservationRow.rag)).all())
    assert [tuple(r) for r in rags] == [(72.0, "red"), (88.0, "green")]


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("Red", "is a RAG rating"),
        ("Q1 2024/25", "is a period"),
        ("Comments", "is a column heading"),
    ],
)
def test_an_indicator_named_like_a_rating_period_or_heading_needs_review(
    store: Store, tmp_path: Path, name: str, problem: str
) -> None:
    path = book(
        tmp_path / "names.xlsx",
        [
            ["Indicator", "Q1 2024/25", "Q2 2024/25"],
            ["Calls answered", 88, 91],
            [name, 72, 79],
        ],
    )
    report = import_file(store, path)
    assert report.status == "needs_review"
    assert report.review == [
        f"Scorecard!A3: indicator name '{name}' {problem} — check which column holds the "
        "indicator names"
    ]


def test_values_in_no_period_need_review(store: Store, tmp_path: Path) -> None:
    path = book(
        tmp_path / "periods.xlsx",
        [
            ["Indicator", "Period", "Value"],
            ["Calls answered", "Q1 2024/25", 88],
            ["Calls answered", "Spring", 91],
            ["Complaints closed", "Q1 2024/25", 72],
        ],
    )
    report = import_file(store, path)
    assert report.status == "needs_review"
    assert report.review[0].startswith("Scorecard!B3: period 'Spring' not understood")


def test_many_rows_without_a_name_need_review(store: Store, tmp_path: Path) -> None:
    rows: list[list[object]] = [["Indicator", "Q1 2024/25", "Q2 2024/25"]]
    rows += [[f"Measure {i}", i, i + 1] for i in range(3)]
    rows += [[None, 10 + i, 20 + i] for i in range(4)]
    report = import_file(store, book(tmp_path / "skips.xlsx", rows))
    assert report.status == "needs_review"
    assert report.review == [
        "Scorecard!A5: 4 of 7 data rows left out (no indicator name or no period) — check the "
        "heading row and the name column"
    ]


def test_cli_needs_review_exits_1_with_review_lines_and_one_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = unknown_status(tmp_path / "status.xlsx")
    data = str(tmp_path / "data")
    code = run(["--data-dir", data, "import", str(path), "--json"])
    out, err = capsys.readouterr()
    assert code == 1
    shown = json.loads(out)
    assert shown["status"] == "needs_review"
    assert shown["error"] is None
    assert all(_CELL_LINE.match(line) for line in shown["review"])
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: ") and " — " in lines[0]

    code = run(["--data-dir", data, "import", str(path), "--accept", "--json"])
    out, _ = capsys.readouterr()
    assert code == 0
    assert json.loads(out)["status"] == "imported"


def test_cli_explain_says_each_column_and_why(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = words_in_value_column(tmp_path / "words.xlsx")
    code = run(["--data-dir", str(tmp_path / "data"), "import", str(path), "--explain"])
    out, _ = capsys.readouterr()
    assert code == 1
    assert "table on sheet 'Scorecard' A1:C4: wide (one row per indicator" in out
    assert "A 'Indicator' -> indicator name (heading 'Indicator')" in out
    assert "C 'Target' -> targets (heading 'Target')" in out
    assert "rows 2–4: indicator values" in out
    assert "review: Scorecard!B1: column 'Actual' is read as values" in out


def rated(path: Path, statuses: Sequence[str], extra: Sequence[Sequence[object]] = ()) -> Path:
    rows: list[Sequence[object]] = [["Code", "Indicator", "Q1 2024/25", "Target", "Status"]]
    for n, status in enumerate(statuses):
        rows.append([f"K{n}", f"Measure {n}", 50 + n, 60, status])
    return book(path, [*rows, *extra])


def stored_rags(store: Store) -> list[str | None]:
    with store.read_session() as session:
        found = session.execute(
            select(IndicatorRow.code, ObservationRow.rag).join(ObservationRow)
        ).all()
    return [rag for _, rag in sorted(found)]


def test_a_key_row_under_the_table_gives_the_symbols_their_meaning(
    store: Store, tmp_path: Path
) -> None:
    path = rated(
        tmp_path / "key.xlsx",
        ["●", "▲", "◆"],
        [[], ["Key:", "● = On track   ▲ = At risk   ◆ = Off track"]],
    )
    report = import_file(store, path)
    assert (report.status, report.review, report.indicators) == ("imported", [], 3)
    assert stored_rags(store) == ["green", "amber", "red"]


def test_a_key_sheet_names_each_symbol_by_its_colour(store: Store, tmp_path: Path) -> None:
    path = rated(tmp_path / "keysheet.xlsx", ["▲", "►", "▼"])
    workbook = load_workbook(path)
    key = workbook.create_sheet("Key")
    for row in (
        ["Symbol", "Meaning"],
        ["▲", "On or above target (Green)"],
        ["►", "Below target but within 5% (Amber)"],
        ["▼", "More than 5% below target (Red)"],
    ):
        key.append(row)
    workbook.save(path)
    assert import_file(store, path).review == []
    assert stored_rags(store) == ["green", "amber", "red"]


def test_shared_status_words_and_ticks_need_no_key(store: Store, tmp_path: Path) -> None:
    statuses = ["OK", "Warning", "Alert", "✓", "⚠", "✗", "Off track", "Data only", "-", "No data"]
    report = import_file(store, rated(tmp_path / "words.xlsx", statuses))
    assert (report.status, report.review) == ("imported", [])
    assert stored_rags(store) == [
        "green", "amber", "red", "green", "amber", "red", "red", None, None, None
    ]  # fmt: skip


def test_a_shape_without_a_key_goes_to_review_not_dropped(store: Store, tmp_path: Path) -> None:
    report = import_file(store, rated(tmp_path / "nokey.xlsx", ["●", "Green"]))
    assert report.status == "needs_review"
    assert report.review[0].startswith("Scorecard!E2: status '●' is not a RAG word")


def test_a_band_target_is_kept_on_the_indicator_with_no_made_up_number(
    store: Store, tmp_path: Path
) -> None:
    path = book(
        tmp_path / "band.xlsx",
        [
            ["Code", "Indicator", "Target", "Q1 2024/25"],
            ["F1", "Forecast variance", "90–95%", 93.1],
            ["F2", "Complaints answered", "at least 95%", 91.0],
        ],
    )
    assert import_file(store, path).review == []
    with store.read_session() as session:
        found = session.execute(
            select(
                IndicatorRow.code,
                IndicatorRow.polarity,
                IndicatorRow.band_low,
                IndicatorRow.band_high,
                ObservationRow.target,
            ).join(ObservationRow)
        ).all()
    assert sorted(tuple(r) for r in found) == [
        ("F1", "on_target", 90.0, 95.0, None),
        ("F2", "higher_is_better", None, None, 95.0),
    ]


def test_explain_is_kept_when_nothing_could_be_read(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = book(
        tmp_path / "seasons.xlsx",
        [
            ["Indicator", "Period", "Value"],
            ["Calls answered", "Spring", 88],
            ["Calls", "Summer", 9],
        ],
    )
    code = run(["--data-dir", str(tmp_path / "data"), "import", str(path), "--explain"])
    out, err = capsys.readouterr()
    assert code == 1
    assert "rows 2–3: left out: period not understood" in out
    assert err.startswith("error: nothing could be read from seasons.xlsx: Scorecard!B2: period")


def test_arrows_under_a_value_heading_are_direction_not_polarity(
    store: Store, tmp_path: Path
) -> None:
    path = book(
        tmp_path / "arrows.xlsx",
        [
            ["Indicator", "Q1 2024/25", "Performance"],
            ["Calls answered", 88, "↑"],
            ["Complaints closed", 72, "↓"],
        ],
    )
    report = import_file(store, path, explain=True)
    assert (report.status, report.review) == ("imported", [])
    with store.read_session() as session:
        found = sorted(
            session.execute(
                select(IndicatorRow.polarity, ObservationRow.actual).join(ObservationRow)
            ).all()
        )
    assert [tuple(r) for r in found] == [("unknown", 72.0), ("unknown", 88.0)]
    assert any("C 'Performance' -> direction of travel" in line for line in report.explain)


def test_figures_under_a_heading_with_no_year_need_review(store: Store, tmp_path: Path) -> None:
    path = book(
        tmp_path / "noyear.xlsx",
        [["Indicator", "Q1 2024/25", "Sep"], ["Calls answered", 88, 91], ["Complaints", 72, 79]],
    )
    report = import_file(store, path)
    assert report.status == "needs_review"
    assert report.review == [
        "Scorecard!C1: column 'Sep' holds figures but names no year, so its values land in no "
        "period — put the year in the heading, a title row or the sheet name"
    ]


def test_a_key_sheet_gives_a_council_s_own_status_words_their_rating(
    store: Store, tmp_path: Path
) -> None:
    path = rated(tmp_path / "ownwords.xlsx", ["Exceeding", "Near", "Below"])
    workbook = load_workbook(path)
    key = workbook.create_sheet("Key")
    for row in (
        ["Status", "What it means"],
        ["Exceeding", "At or better than target (Green)"],
        ["Near", "Within 5% of target (Amber)"],
        ["Below", "More than 5% off target (Red)"],
    ):
        key.append(row)
    workbook.save(path)
    assert import_file(store, path).review == []
    assert stored_rags(store) == ["green", "amber", "red"]


def test_a_band_target_rates_a_figure_outside_it_red(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = book(
        tmp_path / "band.xlsx",
        [
            ["Code", "Indicator", "Target", "Q1 2024/25"],
            ["F1", "Forecast variance", "90–95%", 96.4],
        ],
    )
    data = str(tmp_path / "data")
    assert run(["--data-dir", data, "import", str(path)]) == 0
    capsys.readouterr()
    assert run(["--data-dir", data, "list", "--json"]) == 0
    (listed,) = json.loads(capsys.readouterr().out)
    assert (listed["polarity"], listed["latest"]["target"]) == ("on_target", None)
    assert listed["latest"]["rag_computed"] == "red"


def test_a_figure_with_words_the_importer_cannot_read_needs_review(
    store: Store, tmp_path: Path
) -> None:
    rows = [
        ["Indicator", "Q1 2024/25", "Q2 2024/25"],
        ["Calls answered (%)", "81.2 (r)", "84 (see note 2)"],
        ["Complaints closed", 72, "1.2k"],  # a scale suffix: 1,200, read without doubt
        ["Missed bins", 14, "40-ish"],
    ]
    report = import_file(store, book(tmp_path / "figures.xlsx", rows))
    assert report.status == "needs_review"
    assert report.review == [
        "Scorecard!C2: '84 (see note 2)' starts with a figure but is not one this importer "
        "can read exactly — write the number alone (notes in a comment column), or import "
        "with --accept to keep the cell's text (and 1 more like it: C4)"
    ]
    assert counts(store) == (0, 0, 0)


def test_a_dated_column_of_figures_with_unknown_words_needs_review(
    store: Store, tmp_path: Path
) -> None:
    rows = [
        ["Indicator", "Q1 2024/25", "Q1 2024/25 Recalculated"],
        ["Calls answered (%)", 81.0, 79.5],
        ["Complaints closed", 72, 70],
    ]
    report = import_file(store, book(tmp_path / "dated.xlsx", rows))
    assert report.status == "needs_review"
    assert report.review[0].startswith(
        "Scorecard!C1: column 'Q1 2024/25 Recalculated' holds figures and names Q1 2024/25"
    )


def test_two_columns_with_different_figures_for_one_period_need_review(
    store: Store, tmp_path: Path
) -> None:
    rows = [["Indicator", "Q1 2024/25", "Q1 2024/25"], ["Calls answered (%)", 81.0, 79.0]]
    report = import_file(store, book(tmp_path / "twice.xlsx", rows))
    assert report.status == "needs_review"
    assert report.review[0].startswith(
        "Scorecard!C2: a second, different figure for 'Calls answered (%)' Q1 2024/25"
    )


def test_the_same_figure_under_two_headings_is_a_repeat(store: Store, tmp_path: Path) -> None:
    rows = [["Indicator", "Q1 2024/25", "Q1 2024/25"], ["Calls answered (%)", 81.0, 81.0]]
    report = import_file(store, book(tmp_path / "twice.xlsx", rows))
    assert (report.status, report.observations) == ("imported", 1)


def test_fractions_beside_targets_in_points_need_review(store: Store, tmp_path: Path) -> None:
    rows = [
        ["Indicator", "Q1 2024/25", "Q2 2024/25", "Target"],
        ["Calls answered (%)", 0.81, 0.83, "85%"],
        ["Missed bins", 120, 110, 100],
    ]
    report = import_file(store, book(tmp_path / "fractions.xlsx", rows))
    assert report.status == "needs_review"
    assert report.review == [
        "Scorecard!B2: 'Calls answered (%)' is a percentage with figures like 0.81 and targets "
        "like 85 — one of them is a fraction; format the cells as % or write both in points"
    ]


def test_a_row_pasted_twice_with_another_figure_needs_review_and_writes_nothing(
    store: Store, tmp_path: Path
) -> None:
    rows = [
        ["Ref", "Indicator", "Q1 2024/25", "Q2 2024/25"],
        ["LS1", "Leisure centre visits", 41200, 43900],
        ["LS2", "Library issues per head", 2.1, 2.3],
        ["LS1", "Leisure centre visits", 41200, 39800],
    ]
    path = book(tmp_path / "pasted.xlsx", rows)
    report = import_file(store, path)
    assert report.status == "needs_review"
    assert report.review == [
        "Scorecard!D4: 'LS1' Q2 2024/25 is 39800 here but 43900 at D2 — two rows give it; "
        "say which is right (or import with --accept to keep the first)"
    ]
    assert counts(store) == (0, 0, 0)
    accepted = import_file(store, path, accept=True)
    assert (accepted.status, accepted.observations) == ("imported", 4)
    with store.read_session() as session:
        kept = sorted(session.scalars(select(ObservationRow.actual)))
    assert 43900 in kept and 39800 not in kept


def test_a_fraction_among_percentages_in_points_needs_review(store: Store, tmp_path: Path) -> None:
    rows = [
        ["Indicator", "Unit", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25"],
        ["Invoices paid within 30 days", "%", 93.5, 0.95, 94.0],
        ["Sickness days per employee", "days", 2.1, 1.2, 2.4],
    ]
    report = import_file(store, book(tmp_path / "fraction.xlsx", rows))
    assert report.status == "needs_review"
    assert report.review == [
        "Scorecard!D2: 'Invoices paid within 30 days' Q2 2024/25 is 0.95 where its other "
        "figures are 93.5, 94 — looks like a fraction among percentages in points; write it "
        "as 95 or 95% (or import with --accept to keep 0.95)"
    ]
    assert counts(store) == (0, 0, 0)
