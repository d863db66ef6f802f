"""A key printed at the foot of the table ('Key', then 'G | Green – target met', 'n/a | Not
available', a shaded swatch beside its meaning) is no indicator; the same words with no key
label above them, or a row of figures under the label, are read as before."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import PatternFill

from desktop.scorecard.importer import preview
from desktop.scorecard.model import ParsedScorecard

HEADS = ["Ref", "Measure", "Unit", "Q1 2024/25", "Q2 2024/25", "Target 2024/25", "DoT", "RAG"]
TABLE = [
    ["HT01", "Category 1 defects made safe within 24 hours", "%", 97.9, 98.3, 98.0, "↑", "G"],
    ["HT02", "Potholes repaired", "No.", 8112, 7450, "–", None, None],
    ["ASC01", "Care Act assessments completed within 28 days", "%", 66.8, "n/a", 75.0, None, None],
    ["LIB01", "E-book and e-audiobook loans", "No.", 226901, "TBC", 230000, None, None],
]
ENTRIES = [
    ["G", "Green – target met or exceeded"],
    ["R", "Red – more than 5% away from target"],
    ["↑", "Direction of travel: better than the same quarter last year"],
    ["–", "No target set: context measure, not rated"],
    ["n/a", "Not available"],
    ["TBC", "To be confirmed"],
]
SHADE = PatternFill(fill_type="solid", start_color="FFD9D9D9", end_color="FFD9D9D9")


def _book(path: Path, foot: list[list[object]], *, shaded: tuple[int, ...] = ()) -> Path:
    """The table, a blank row, then ``foot``; ``shaded``: rows of ``foot`` whose first cell
    is shaded grey (a swatch)."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Scorecard Q2"
    sheet.append(["Hartshire County Council – Corporate Scorecard"])
    sheet.append(HEADS)
    for row in TABLE:
        sheet.append(row)
    sheet.append([])
    for n, row in enumerate(foot):
        sheet.append(row)
        if n in shaded:
            sheet.cell(row=sheet.max_row, column=1).fill = SHADE
    book.save(path)
    return path


def _codes(parsed: ParsedScorecard) -> list[str | None]:
    return [i.code for i in parsed.indicators]


def _lines(parsed: ParsedScorecard) -> list[str]:
    return [item.line() for item in parsed.review]


def test_a_key_under_the_table_is_no_indicator(tmp_path: Path) -> None:
    parsed = preview(_book(tmp_path / "k.xlsx", [["Key"], *ENTRIES]))
    assert _lines(parsed) == []
    assert _codes(parsed) == ["HT01", "HT02", "ASC01", "LIB01"]
    loans = parsed.indicators[-1]
    assert [(o.period.label, o.actual, o.actual_text) for o in loans.observations] == [
        ("Q1 2024/25", 226901, None),
        ("Q2 2024/25", None, "TBC"),
    ]
    assert parsed.indicators[0].observations[-1].rag == "green"


def test_the_label_may_stand_beside_the_first_entry(tmp_path: Path) -> None:
    foot = [["Key:", *ENTRIES[0]], *ENTRIES[1:]]
    parsed = preview(_book(tmp_path / "k.xlsx", foot))
    assert _lines(parsed) == []
    assert _codes(parsed) == ["HT01", "HT02", "ASC01", "LIB01"]


def test_a_shaded_swatch_beside_its_meaning_is_an_entry(tmp_path: Path) -> None:
    foot = [["Legend"], [None, "Not available"], [None, "Data only – not rated"]]
    parsed = preview(_book(tmp_path / "k.xlsx", foot, shaded=(1, 2)))
    assert _lines(parsed) == []
    assert _codes(parsed) == ["HT01", "HT02", "ASC01", "LIB01"]
    assert any("key line 'Not available'" in line for line in parsed.warnings)


def test_without_a_key_label_the_words_are_still_asked_about(tmp_path: Path) -> None:
    """'n/a | Not available' under the table with nothing saying it is a key: the same
    doubt as before, naming the cell."""
    parsed = preview(_book(tmp_path / "k.xlsx", ENTRIES))
    assert any(
        "Scorecard Q2!B12" in line and "indicator name 'Not available'" in line
        for line in _lines(parsed)
    )


def test_a_row_of_figures_under_the_label_is_read(tmp_path: Path) -> None:
    """A row with a code, a name and figures is an indicator wherever it stands; it ends
    the key, and an entry after it is doubted as before."""
    foot = [
        ["Key"],
        ENTRIES[0],
        ["FRS01", "Accidental dwelling fires", "No.", 71, 68, 80, "↑", "G"],
        ENTRIES[4],
    ]
    parsed = preview(_book(tmp_path / "k.xlsx", foot))
    assert "FRS01" in _codes(parsed)
    fires = next(i for i in parsed.indicators if i.code == "FRS01")
    assert [o.actual for o in fires.observations] == [71, 68]
    assert "G" not in _codes(parsed)
    assert any("indicator name 'Not available'" in line for line in _lines(parsed))


def test_a_coded_row_without_figures_under_the_label_stays_an_indicator(tmp_path: Path) -> None:
    foot = [["Key"], ENTRIES[0], ["FRS02", "Home fire safety visits"]]
    parsed = preview(_book(tmp_path / "k.xlsx", foot))
    assert "FRS02" in _codes(parsed)
    assert "G" not in _codes(parsed)
