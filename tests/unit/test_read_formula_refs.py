"""What a formula reads of other sheets: a formula filled down or across (saved once, each
later cell naming it) is read in each cell as that cell reads it, where it reads another
sheet; the one cell of a sheet a formula shows is told from a range, a lookup or two cells,
in Excel's spelling and OpenDocument's; an .ods sheet says which sheets it draws on."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.scorecard.read.formula_refs import ods_sheets_named, one_cell_read
from desktop.scorecard.read.shared_formulas import moved
from desktop.scorecard.read.sheetxml import scan_sheet, sheets_named
from desktop.scorecard.read.workbook import read_workbook
from tests.unit.test_read_formula_cells import F, ods_book


@pytest.mark.parametrize(
    ("formula", "rows", "cols", "expected"),
    [
        ('IF(Data!E3="","",Data!E3)', 1, 0, 'IF(Data!E4="","",Data!E4)'),
        ('IF(Data!E3="","",Data!E3)', 0, 2, 'IF(Data!G3="","",Data!G3)'),
        ("Data!$E3+Data!E$3+$A$1", 2, 1, "Data!$E5+Data!F$3+$A$1"),
        ("SUM(Data!E:E)+SUM(3:5)", 2, 1, "SUM(Data!F:F)+SUM(5:7)"),
        ('"A1 "&B2&\'Q3 data\'!A1', 1, 1, '"A1 "&C3&\'Q3 data\'!B2'),
        ("LOG10(A1)+Table1[[#This Row],[Q1]]", 1, 0, "LOG10(A2)+Table1[[#This Row],[Q1]]"),
        ("_xlfn.XLOOKUP(A7,Data!$A$2:$A$40,Data!E$2:E$40)", 1, 1,
         "_xlfn.XLOOKUP(B8,Data!$A$2:$A$40,Data!F$2:F$40)"),
        ("Data!A1", -1, 0, "Data!#REF!"),
    ],
)  # fmt: skip
def test_a_formula_moved_keeps_its_anchors_and_its_text(
    formula: str, rows: int, cols: int, expected: str
) -> None:
    assert moved(formula, rows, cols) == expected


def test_later_cells_of_a_formula_reading_another_sheet_are_written_out() -> None:
    xml = (
        b'<worksheet><sheetData><row r="7"><c r="D7" t="str"><f t="shared" ref="D7:E8" si="0">'
        b'IF(Data!E3=&quot;&quot;,&quot;&quot;,Data!E3)</f><v>x</v></c><c r="E7">'
        b'<f t="shared" si="0"/><v>1</v></c></row><row r="8"><c r="D8"><f t="shared" si="0"/>'
        b'<v>2</v></c><c r="E8"><f t="shared" si="0"/><v>3</v></c><c r="F8"><f t="shared" '
        b'ref="F8:F9" si="1">SUM(A8:C8)</f><v>3</v></c></row><row r="9"><c r="F9">'
        b'<f t="shared" si="1"/><v>3</v></c></row></sheetData></worksheet>'
    )
    formulas = scan_sheet(xml, (), with_merges=True).formulas
    assert formulas[(7, 4)] == 'IF(Data!F4="","",Data!F4)'
    assert formulas[(6, 4)] == 'IF(Data!F3="","",Data!F3)'
    assert formulas[(8, 5)] == ""  # a formula of the sheet's own cells: left as it was


@pytest.mark.parametrize(
    ("formula", "cell"),
    [
        ('IF(Data!E7="","",Data!E7)', (6, 4)),
        ("'Data'!$E$7*1", (6, 4)),
        ('IF(C7="x",data!e7,0)', (6, 4)),
        ('IF(Data!E7="","",Data!E8)', None),  # two cells
        ("SUM(Data!E7:E9)", None),  # a range
        ("VLOOKUP(A7,Data!A:K,5,0)", None),  # a lookup over whole columns
        ('INDIRECT("Data!E7")', None),  # text, not a reference
        ("Other!E7", None),
        ("[1]Data!E7", None),  # a sheet of another workbook
        ("Data!Total", None),  # a name on the sheet
        ('IF([$Data.E7]="";"";[$Data.E7])', (6, 4)),  # as OpenDocument writes them
        ("[$'Data'.$E$7]", (6, 4)),
        ("[.A1]+[Data.E7]", (6, 4)),
        ("SUM([$Data.E3:.E9])", None),
        ("[$Data.E7]+[$Data.F7]", None),
        ("['file:///q2.ods'#$Data.E7]", None),  # a sheet of another file
    ],
)
def test_the_one_cell_a_formula_shows(formula: str, cell: tuple[int, int] | None) -> None:
    assert one_cell_read(formula, "Data") == cell


def test_an_ods_sheet_says_which_sheets_its_formulas_read(tmp_path: Path) -> None:
    rows = [["Ref", "Q1 2024/25"], ["A", F('IF([$Data.B2]="";"";[$Data.B2])', 4)], ["B", 2]]
    sheet = read_workbook(ods_book(tmp_path / "f.ods", rows)).sheets[0]
    assert sheet.draws_on == {"Data"}
    assert ods_sheets_named(["[.A1]*2", "SUM([$'Q3 data'.B2:.B5])"]) == {"Q3 data"}


def test_a_lost_reference_names_no_sheet() -> None:
    """Excel writes '#REF!' where a formula's cell or sheet was deleted: 'REF' is no sheet."""
    assert sheets_named(["=#REF!+Data!E7", "=IF(Data!#REF!=0,1,2)"]) == frozenset({"Data"})
    assert one_cell_read("=#REF!", "REF") is None
    assert one_cell_read('=IF(Data!E7="",#REF!,Data!E7)', "Data") == (6, 4)
