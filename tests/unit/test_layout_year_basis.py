"""Bare year headings ('2021' .. '2024') read by a note over the table saying how they are
named, and by a column saying which kind of year each row counts; held where they disagree."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from desktop.scorecard.importer import preview
from desktop.scorecard.layout import year_banners
from desktop.scorecard.layout.year_basis import kind_of


def _book(path: Path, notes: list[str], basis_heading: str, rows: list[tuple[str, str]]) -> Path:
    """Ref | Indicator | <basis> | 2021 | 2022 | 2023 | Target 2023, under ``notes``."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Trend"
    ws.append(["Council performance – four year trend"])
    for line in notes:
        ws.append([line])
    ws.append([])
    ws.append(["Ref", "Indicator", basis_heading, 2021, 2022, 2023, "Target 2023"])
    for n, (code, basis) in enumerate(rows):
        ws.append([code, f"Measure {code} (%)", basis, 50 + n, 51 + n, 52 + n, 60])
    wb.save(path)
    return path


def _periods(path: Path) -> tuple[dict[str, list[str]], list[str], dict[str, float | None]]:
    parsed = preview(path)
    labels = {i.code or "": [o.period.label for o in i.observations] for i in parsed.indicators}
    targets = {
        f"{i.code} {o.period.label}": o.target for i in parsed.indicators for o in i.observations
    }
    return labels, [item.line() for item in parsed.review], targets


START_NOTE = (
    "Years are financial years (April to March) shown by the year in which they begin, "
    "unless the Basis column says otherwise."
)


def test_a_note_naming_years_by_their_start_and_a_basis_per_row(tmp_path: Path) -> None:
    rows = [("A1", "Financial year"), ("A2", "Calendar year"), ("A3", "Academic year (Sep–Aug)")]
    labels, review, targets = _periods(_book(tmp_path / "w.xlsx", [START_NOTE], "Basis", rows))
    assert review == []
    assert labels["A1"] == ["2021/22", "2022/23", "2023/24"]
    assert labels["A2"] == ["2021", "2022", "2023"]
    assert labels["A3"] == ["2021/22 (AY)", "2022/23 (AY)", "2023/24 (AY)"]
    assert targets["A1 2023/24"] == 60 and targets["A2 2023"] == 60
    assert targets["A1 2022/23"] is None


def test_an_equation_in_the_note_and_short_basis_words(tmp_path: Path) -> None:
    notes = ["2023 = 2023/24 (financial year) unless stated."]
    rows = [("B1", "Fiscal"), ("B2", "Jan–Dec"), ("B3", "School year"), ("B4", "Calendar")]
    labels, review, _ = _periods(_book(tmp_path / "w.xlsx", notes, "Reporting basis", rows))
    assert review == []
    assert labels["B1"][0] == "2021/22"
    assert labels["B2"][0] == "2021" and labels["B4"][0] == "2021"
    assert labels["B3"][0] == "2021/22 (AY)"


def test_a_row_counting_years_to_march_under_a_start_note_is_held(tmp_path: Path) -> None:
    rows = [("C1", "Financial year"), ("C2", "Year ending 31 March (ONS)"), ("C3", "Calendar")]
    labels, review, _ = _periods(_book(tmp_path / "w.xlsx", [START_NOTE], "Basis", rows))
    assert len(review) == 1 and "Trend!C6" in review[0]
    assert labels["C2"] == ["2020/21", "2021/22", "2022/23"]  # read as its own cell says


def test_a_note_counting_years_to_march_agrees_with_such_a_row(tmp_path: Path) -> None:
    notes = ["Figures are for the years ending 31 March."]
    rows = [("D1", "Year to 31 March"), ("D2", "Calendar year"), ("D3", "Financial year")]
    labels, review, _ = _periods(_book(tmp_path / "w.xlsx", notes, "Basis", rows))
    assert review == []
    assert labels["D1"][0] == "2020/21" and labels["D3"][0] == "2020/21"
    assert labels["D2"][0] == "2021"


def test_a_basis_saying_no_kind_of_year_is_held(tmp_path: Path) -> None:
    rows = [("E1", "Financial year"), ("E2", "Calendar year"), ("E3", "Financial year"),
            ("E4", "Financial year"), ("E5", "see note")]  # fmt: skip
    _, review, _ = _periods(_book(tmp_path / "w.xlsx", [START_NOTE], "Basis", rows))
    assert len(review) == 1 and "Trend!C9" in review[0]


def test_without_a_note_bare_years_stay_as_they_were(tmp_path: Path) -> None:
    rows = [("F1", "Financial year"), ("F2", "Calendar year")]
    labels, _, _ = _periods(_book(tmp_path / "w.xlsx", ["Source: service returns."], "Basis", rows))
    assert labels["F1"] == ["2021", "2022", "2023"]
    assert labels["F2"] == ["2021", "2022", "2023"]


@pytest.mark.parametrize(
    ("line", "says"),
    [
        ("Financial years are named after the year they start.", True),
        ("All figures relate to financial years beginning 1 April.", True),
        ("Note: 2022 = 2022-23.", True),
        ("Note: 2024 = 2023/24 (year ending March).", False),
        ("Academic years begin in September (2023 = 2023/24 school year).", False),
        ("Years are shown by the year they begin.", False),  # no word of which kind
        ("Source: DLUHC live tables.", False),
    ],
)
def test_which_notes_name_financial_years_by_their_start(line: str, says: bool) -> None:
    assert year_banners.named_by_start([line]) is says


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Financial year", "financial"),
        ("April to March", "financial"),
        ("FY", "financial"),
        ("CY", "calendar"),
        ("Calendar year", "calendar"),
        ("January - December", "calendar"),
        ("Academic year (Sep–Aug)", "academic"),
        ("School year", "academic"),
        ("Year ending 31 March (DLUHC release)", "ends_march"),
        ("Financial year ending March", "ends_march"),
        ("Snapshot", None),
    ],
)
def test_basis_words(text: str, kind: str | None) -> None:
    assert kind_of(text) == kind
