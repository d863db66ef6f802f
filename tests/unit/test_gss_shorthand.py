"""The GSS shorthand in square brackets: '[p]', '[u]' qualify a figure; '[c]', '[low]' stand
instead of one."""

from __future__ import annotations

from desktop.scorecard.layout.find import detect
from desktop.scorecard.model import ParsedScorecard
from desktop.scorecard.parse import cells, values
from desktop.scorecard.read.grid import CellValue, Sheet, Workbook


def _read(heading: list[CellValue], *rows: list[CellValue]) -> ParsedScorecard:
    sheet = Sheet("Table_1", [heading, *rows])
    return detect(Workbook(path="/tmp/table.xlsx", format="xlsx", sheets=[sheet]))


def test_a_flag_after_or_before_a_figure_qualifies_it() -> None:
    assert cells.number("55.0 [u]").value == 55.0
    assert cells.number("[u] 47.1").value == 47.1
    assert cells.number("[p] 12").value == 12.0
    assert values.figure_mark("[u] 47.1") == "u"
    assert values.figure_mark("55.0 [u]") == "u"
    assert cells.is_figure("[u] 47.1")


def test_a_marker_or_a_note_before_a_figure_is_no_flag() -> None:
    assert cells.number("[x] 5").value is None
    assert cells.number("[note 3] 5").value is None


def test_a_status_column_of_bracketed_flags_is_no_rating() -> None:
    read = _read(
        ["Code", "Indicator", "2022/23", "2023/24", "Status"],
        ["CF01", "Children in need", 342.9, "351.7 [p]", None],
        ["CF02", "Children looked after", 76, 78, "[p]"],
        ["CF03", "Care leavers in work", "[u] 47.1", "55.0 [u]", None],
        ["CF04", "Children adopted", "[c]", None, "[low]"],
        ["CF05", "Youth cautions", 31, 29, "[p]"],
    )
    assert read.review == []
    seen = {
        i.code: [(o.actual, o.actual_text, o.rag) for o in i.observations] for i in read.indicators
    }
    assert seen["CF02"] == [(76.0, None, None), (78.0, None, None)]
    assert seen["CF03"] == [(47.1, None, None), (55.0, None, None)]
    assert seen["CF04"] == [(None, "[c]", None), (None, "[low]", None)]
