"""An .ods sheet's conditional formats become the rules the .xlsx reader evaluates."""

from __future__ import annotations

from desktop.scorecard.read import ods_conditional
from desktop.scorecard.read.conditional import conditional_fills
from desktop.scorecard.read.grid import CellValue

GRID: list[list[CellValue]] = [
    ["Ref", "Target", "Actual"],
    ["A1", 90.0, 92.5],
    ["A2", 90.0, 84.0],
    ["A3", 90.0, 87.0],
]
RANGE = "'Performance summary'.C2:'Performance summary'.C4"


def test_references_and_separators_are_read_in_excel_s_notation() -> None:
    formula = "AND(ISNUMBER([.C2]);[.C2]>=[.$B2]);[$Targets.B2]"
    assert ods_conditional.excel_formula(formula) == "AND(ISNUMBER(C2),C2>=$B2),[$Targets.B2]"


def test_formula_conditions_colour_each_row_against_its_target() -> None:
    conditions = [
        ("formula-is(AND(ISNUMBER([.C2]);[.C2]>=[.$B2]))", "00B050"),
        ("formula-is([.C2]>=[.$B2]*0.95)", "FFC000"),
        ("formula-is([.C2]<[.$B2]*0.95)", "FF0000"),
    ]
    rules = [
        ods_conditional.rule(test, RANGE, index, index + 1)
        for index, (test, _) in enumerate(conditions)
    ]
    fills: list[str | None] = [fill for _, fill in conditions]
    found = conditional_fills([r for r in rules if r is not None], fills, GRID)
    assert found == {(1, 2): "00B050", (2, 2): "FF0000", (3, 2): "FFC000"}


def test_cell_value_conditions_and_bands() -> None:
    at_least = ods_conditional.rule(">=[.$B2]", RANGE, 0, 1)
    band = ods_conditional.rule("between(85;88)", "Sheet1.C2:Sheet1.C4 Sheet1.E2", 1, 2)
    assert at_least is not None and band is not None
    assert (at_least.kind, at_least.operator, at_least.formulas) == (
        "cellIs",
        "greaterThanOrEqual",
        ("$B2",),
    )
    assert band.ranges == ((1, 2, 3, 2), (1, 4, 1, 4))
    found = conditional_fills([at_least, band], ["00B050", "FFC000"], GRID)
    assert found == {(1, 2): "00B050", (3, 2): "FFC000"}


def test_a_condition_on_another_sheet_is_not_guessed() -> None:
    rule = ods_conditional.rule("formula-is([.C2]>=[$Targets.B2])", RANGE, 0, 1)
    assert rule is not None
    assert conditional_fills([rule], ["00B050"], GRID) == {}
