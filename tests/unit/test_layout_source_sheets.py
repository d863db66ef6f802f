"""A scorecard sheet drawing its figures by formulas from a sheet of pasted figures: the two
are one scorecard, each indicator read once, the scorecard first."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from openpyxl import Workbook

from desktop.scorecard.importer import preview
from desktop.scorecard.layout.source_sheets import sources
from desktop.scorecard.read.grid import Sheet
from desktop.scorecard.read.grid import Workbook as GridBook
from desktop.scorecard.read.sheetxml import formula_cells, sheets_named

QUARTERS = ("Q1 2024/25", "Q2 2024/25")
FIGURES = {"PI01": (81.0, 84.0), "PI02": (12.0, 11.5), "PI03": (55.0, 58.5)}


def _book(path: Path, *, data_first: bool = False, data_q2: float | None = None) -> Path:
    """A 'Scorecard' (wide, with a Status column) over a long 'Data' sheet."""
    wb = Workbook()
    card = wb.active
    card.title = "Scorecard"
    data = wb.create_sheet("Data", 0 if data_first else None)
    card.append(["Ref", "Indicator", *QUARTERS, "Target 2024/25", "Status"])
    data.append(["Ref", "Indicator", "Quarter", "Value"])
    for n, (code, figures) in enumerate(FIGURES.items()):
        card.append([code, f"Measure {code}", *figures, 80, "Green" if n else "Red"])
        for quarter, value in zip(QUARTERS, figures, strict=True):
            data.append([code, f"Measure {code}", quarter, value])
    if data_q2 is not None:
        data.cell(row=3, column=4, value=data_q2)  # PI01 Q2 pasted again, differently
    wb.save(path)
    return path


def _formulas(path: Path, sheet_part: str, formulas: dict[str, str]) -> Path:
    """Give cells of ``sheet_part`` formulas, keeping their saved values (as Excel saves)."""
    with zipfile.ZipFile(path) as zf:
        parts = [(info, zf.read(info.filename)) for info in zf.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for info, data in parts:
            if info.filename == sheet_part:
                xml = data.decode()
                for ref, formula in formulas.items():
                    xml = re.sub(
                        rf'(<c r="{ref}"[^>]*>)(<v>)',
                        lambda m, f=formula: f"{m.group(1)}<f>{f}</f>{m.group(2)}",
                        xml,
                    )
                data = xml.encode()
            zf.writestr(info, data)
    return path


def _card_part(path: Path, data_first: bool) -> str:
    return "xl/worksheets/sheet2.xml" if data_first else "xl/worksheets/sheet1.xml"


def _read(path: Path) -> tuple[dict[str, list[tuple[str, float | None, str | None]]], list[str]]:
    parsed = preview(path)
    out = {
        i.code or "": [(o.period.label, o.actual, o.rag) for o in i.observations]
        for i in parsed.indicators
    }
    return out, [item.line() for item in parsed.review]


def test_cell_by_cell_links_read_each_indicator_once(tmp_path: Path) -> None:
    path = _book(tmp_path / "w.xlsx")
    links = {f"{col}{row}": f"Data!D{2 * (row - 2) + k + 2}" for row in range(2, 5)
             for k, col in enumerate("CD")}  # fmt: skip
    _formulas(path, "xl/worksheets/sheet1.xml", links)
    read, review = _read(path)
    assert review == []
    assert sorted(read) == ["PI01", "PI02", "PI03"]
    assert read["PI01"] == [("Q1 2024/25", 81.0, None), ("Q2 2024/25", 84.0, "red")]


def test_a_dynamic_array_in_one_cell_and_the_data_sheet_first(tmp_path: Path) -> None:
    path = _book(tmp_path / "w.xlsx", data_first=True)
    spill = {"C2": "_xlfn.XLOOKUP(A2:A4&amp;\"|\"&amp;C$1,'Data'!$A$2:$A$7&amp;\"|\"&amp;"
                   "'Data'!$C$2:$C$7,'Data'!$D$2:$D$7)"}  # fmt: skip
    _formulas(path, _card_part(path, True), spill)
    read, review = _read(path)
    assert review == []
    assert len(read) == 3
    assert read["PI02"][-1] == ("Q2 2024/25", 11.5, "green")  # the scorecard's rating kept


def test_a_figure_the_source_gives_differently_is_doubted(tmp_path: Path) -> None:
    path = _book(tmp_path / "w.xlsx", data_q2=79.0)
    _formulas(path, "xl/worksheets/sheet1.xml", {"C2": "Data!D2", "D2": "Data!D3"})
    _, review = _read(path)
    assert any("Data!D3" in line for line in review)


def test_without_formulas_the_sheets_are_read_as_before(tmp_path: Path) -> None:
    path = _book(tmp_path / "w.xlsx")
    parsed = preview(path)
    assert len(parsed.indicators) == 6  # two listings per code, one per sheet, as before


def test_sheets_named_are_those_the_formulas_read() -> None:
    xml = (
        b'<worksheet><sheetData><row r="1"><c r="A1"><f>Data!A1+\'Q3 data\'!B2+[1]Ext!C1'
        b'+\'[2]Other\'!A1+SUM(A1:B2)</f><v>1</v></c><c r="B1"><f t="shared" si="0">'
        b'\'Bob\'\'s\'!A1</f><v>2</v></c><c r="C1"><f t="shared" si="0"/><v>3</v></c>'
        b"</row></sheetData></worksheet>"
    )
    assert sheets_named(formula_cells(xml).values()) == {"Data", "Q3 data", "Bob's"}
    assert sheets_named(formula_cells(b"<worksheet><sheetData/></worksheet>").values()) == set()
    prefixed = (
        b'<x:worksheet><x:sheetData><x:row r="1"><x:c r="A1"><x:f>Raw!A1</x:f></x:c>'
        b"</x:row></x:sheetData></x:worksheet>"
    )
    assert sheets_named(formula_cells(prefixed, b"x:").values()) == {"Raw"}


def _sheets(draws: dict[str, set[str]]) -> GridBook:
    sheets = []
    for name, read in draws.items():
        sheet = Sheet(name, [["x"]])
        sheet.draws_on = frozenset(read)
        sheets.append(sheet)
    return GridBook("w.xlsx", "xlsx", sheets)


def test_only_a_sheet_drawing_on_one_sheet_alone_makes_it_a_source() -> None:
    names = {"Scorecard", "Data", "Adults", "Children", "Dashboard"}
    assert sources(_sheets({"Scorecard": {"Data"}, "Data": set()}), names) == {"Data": "Scorecard"}
    # a dashboard over two portfolio sheets: each of them stays a portfolio
    assert sources(_sheets({"Dashboard": {"Adults", "Children"}, "Adults": set()}), names) == {}
    # two sheets drawing on one, or two reading each other: neither is the other's copy
    assert sources(_sheets({"Scorecard": {"Data"}, "Dashboard": {"Data"}}), names) == {}
    assert sources(_sheets({"Scorecard": {"Data"}, "Data": {"Scorecard"}}), names) == {}
    # a sheet not read as a table (a 'Lists' sheet of drop-down values) is no source
    assert sources(_sheets({"Scorecard": {"Lists"}}), names) == {}
