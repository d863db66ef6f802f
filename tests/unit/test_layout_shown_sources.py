"""A data sheet whose quarter headings name no year, every figure of which the scorecard
shows through a formula reading that one cell, is set aside rather than held; a data sheet
holding a figure the scorecard does not show that way is held as before."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from openpyxl import Workbook

from desktop.scorecard.importer import preview
from desktop.scorecard.model import ParsedScorecard, ScorecardError

# code, name, Q1, Q2, target, RAG as typed on the data sheet (None: left empty)
ROWS: tuple[tuple[str, str, float | None, float | None, float, str | None], ...] = (
    ("PI01", "Rent collected (%)", 96.1, 97.0, 97.5, "Amber"),
    ("PI02", "Repairs done on time (%)", 88.0, None, 90.0, "Red"),
    ("PI03", "Complaints answered in 10 days (%)", None, 91.5, 90.0, "Green"),
)
CARD_HEADS = ["Ref", "Indicator", "Q1 2024/25", "Q2 2024/25", "Target 2024/25", "RAG"]
DATA_HEADS = ["Ref", "Indicator", "Q1", "Q2", "Target", "RAG"]
DRAWN = "CDEF"  # the scorecard's columns drawn from the same columns of the data sheet


def _book(
    path: Path,
    *,
    extra: tuple[str, str, float, float, float, str] | None = None,
    lookup: bool = False,
    stale: float | None = None,
    shared: bool = False,
) -> Path:
    """A 'Scorecard' whose figure, target and RAG cells are '=IF(Data!C2="","",Data!C2)' over
    a 'Data' sheet; ``extra``: a row on the data sheet the scorecard does not draw;
    ``lookup``: the Q2 column drawn by a lookup over a range; ``stale``: PI01's Q2 on the
    data sheet typed again after the scorecard was saved; ``shared``: the formula written
    once and filled over the table, as Excel saves a formula filled down and across."""
    wb = Workbook()
    card = wb.active
    assert card is not None
    card.title = "Scorecard"
    data = wb.create_sheet("Data")
    card.append(["Housing performance scorecard"])
    card.append(CARD_HEADS)
    data.append(DATA_HEADS)
    formulas: dict[str, tuple[str, object]] = {}
    for n, row in enumerate(ROWS):
        card_row, data_row = n + 3, n + 2
        card.append([row[0], row[1]])
        data.append(list(row))
        for k, col in enumerate(DRAWN):
            source = f"Data!{col}{data_row}"
            formula = f'IF({source}="","",{source})'
            if lookup and col == "D":
                formula = f"VLOOKUP(A{card_row},Data!$A$2:$F$9,4,FALSE)"
            shown = row[k + 2]
            formulas[f"{col}{card_row}"] = (formula, "" if shown is None else shown)
    if extra is not None:
        data.append(list(extra))
    if stale is not None:
        data["D2"] = stale
    wb.save(path)
    return _with_formulas(path, formulas, shared=f"C3:F{len(ROWS) + 2}" if shared else None)


def _with_formulas(
    path: Path, formulas: dict[str, tuple[str, object]], shared: str | None = None
) -> Path:
    """Each formula with its saved result in the scorecard's XML, as a spreadsheet saves it:
    a number as the value, text as a 't="str"' result, the empty string as an empty one;
    ``shared``: the range over which the first formula is shared, only its first cell
    holding the text."""
    with zipfile.ZipFile(path) as zf:
        parts = [(info, zf.read(info.filename)) for info in zf.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for info, raw in parts:
            if info.filename == "xl/worksheets/sheet1.xml":
                xml = raw.decode()
                for ref, (formula, result) in formulas.items():
                    if isinstance(result, float):
                        kind, value = "", f"<v>{result!r}</v>"
                    else:
                        kind, value = ' t="str"', f"<v>{result}</v>" if result else "<v/>"
                    written = f"<f>{escape(formula)}</f>"
                    if shared is not None:
                        first = ref == shared.split(":")[0]
                        written = (
                            f'<f t="shared" ref="{shared}" si="0">{escape(formula)}</f>'
                            if first
                            else '<f t="shared" si="0"/>'
                        )
                    cell = f'<c r="{ref}"{kind}>{written}{value}</c>'
                    row = re.search(rf'<row r="{ref[1:]}"[^>]*>(.*?)</row>', xml)
                    assert row is not None
                    xml = xml[: row.end(1)] + cell + xml[row.end(1) :]
                raw = xml.encode()
            zf.writestr(info, raw)
    return path


def _figures(parsed: ParsedScorecard) -> dict[str, list[tuple[str, float | None, str | None]]]:
    return {
        i.code or "": [(o.period.label, o.actual, o.rag) for o in i.observations]
        for i in parsed.indicators
    }


def _lines(parsed: ParsedScorecard) -> list[str]:
    return [item.line() for item in parsed.review]


def test_a_data_sheet_the_scorecard_shows_cell_by_cell_is_set_aside(tmp_path: Path) -> None:
    parsed = preview(_book(tmp_path / "q2.xlsx"))
    assert _lines(parsed) == []
    assert _figures(parsed) == {
        "PI01": [("Q1 2024/25", 96.1, None), ("Q2 2024/25", 97.0, "amber")],
        "PI02": [("Q1 2024/25", 88.0, "red")],
        "PI03": [("Q2 2024/25", 91.5, "green")],
    }
    said = [w for w in parsed.warnings if w.startswith("Data:")]
    assert len(said) == 1
    assert "Scorecard!C3 reads Data!C2" in said[0]


def test_a_formula_filled_over_the_table_is_followed_to_each_cell(tmp_path: Path) -> None:
    parsed = preview(_book(tmp_path / "q2.xlsx", shared=True))
    assert _lines(parsed) == []
    assert len(_figures(parsed)["PI01"]) == 2
    assert any("Scorecard!C3 reads Data!C2" in w for w in parsed.warnings)


def test_a_row_the_scorecard_does_not_draw_keeps_the_data_sheet_held(tmp_path: Path) -> None:
    extra = ("PI04", "Homes let within 28 days (%)", 61.0, 64.0, 70.0, "Red")
    lines = _lines(preview(_book(tmp_path / "q2.xlsx", extra=extra)))
    assert any(line.startswith("Data!C1:") and "'Q1' holds figures" in line for line in lines)


def test_a_figure_shown_otherwise_keeps_the_data_sheet_held(tmp_path: Path) -> None:
    lines = _lines(preview(_book(tmp_path / "q2.xlsx", stale=95.2)))
    assert any(line.startswith("Data!C1:") for line in lines), lines


def test_a_column_drawn_by_a_lookup_over_a_range_keeps_the_data_sheet_held(
    tmp_path: Path,
) -> None:
    lines = _lines(preview(_book(tmp_path / "q2.xlsx", lookup=True)))
    assert any(line.startswith("Data!C1:") for line in lines), lines


def test_the_data_sheet_read_alone_is_refused_as_before(tmp_path: Path) -> None:
    with pytest.raises(ScorecardError, match=r"Data!C1: 'Q1'"):
        preview(_book(tmp_path / "q2.xlsx"), sheet="Data")
