"""A sheet copied with its columns moved keeps what it knew of each cell in the cell's new place."""

from __future__ import annotations

from desktop.scorecard.read.grid import CellStyle, Sheet


def _sheet() -> Sheet:
    sheet = Sheet("S", [["Code", "Q1", "Q2", "Note"], ["A1", 1, 2, "x"]])
    sheet.styles[(1, 2)] = CellStyle(fill="FF0000")
    sheet.errors[(1, 1)] = "#N/A"
    sheet.formulas[(1, 2)] = "SUM(B2:B2)"
    sheet.notes[(1, 3)] = "a cell note"
    sheet.indents[(1, 0)] = 1
    sheet.pictures.add((1, 2))
    sheet.hidden_cols.add(1)
    sheet.merged.append((0, 1, 0, 2))
    sheet.boxes.append("Key: R = red")
    sheet.print_lines.append("Quarter 2 2024/25")
    return sheet


def test_a_column_spread_over_two_places_takes_its_marks_to_the_first() -> None:
    sheet = _sheet()
    places = {0: [0], 1: [1, 2], 2: [3], 3: [4]}
    rows = [["Code", "Q1", "Q1b", "Q2", "Note"], ["A1", 1, None, 2, "x"]]
    copy = sheet.rearranged(rows, places)
    assert copy.rows is rows and copy.name == "S"
    assert copy.styles == {(1, 3): CellStyle(fill="FF0000")}
    assert copy.errors == {(1, 1): "#N/A"}
    assert copy.formulas == {(1, 3): "SUM(B2:B2)"}
    assert copy.notes == {(1, 4): "a cell note"} and copy.indents == {(1, 0): 1}
    assert copy.pictures == {(1, 3)}
    assert copy.hidden_cols == {1, 2}  # a hidden column hides every place it takes
    assert copy.merged == [(0, 1, 0, 3)]
    assert copy.boxes == ["Key: R = red"] and copy.print_lines == ["Quarter 2 2024/25"]


def test_a_column_left_out_takes_its_marks_and_merges_with_it() -> None:
    sheet = _sheet()
    copy = sheet.rearranged([["Code", "Note"], ["A1", "x"]], {0: [0], 3: [1]})
    assert copy.styles == {} and copy.errors == {} and copy.formulas == {}
    assert copy.pictures == set() and copy.hidden_cols == set()
    assert copy.merged == []  # its ends are gone
    assert copy.notes == {(1, 1): "a cell note"}


def test_the_caller_may_give_its_own_styles_and_merges() -> None:
    sheet = _sheet()
    own = {(0, 0): CellStyle(number_format="0%")}
    copy = sheet.rearranged(sheet.rows, {c: [c] for c in range(4)}, styles=own, merged=[])
    assert copy.styles == own and copy.merged == []
    assert sheet.styles[(1, 2)] == CellStyle(fill="FF0000")  # the original is untouched
