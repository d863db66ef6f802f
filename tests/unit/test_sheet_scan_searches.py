"""The formatting scan searches a large sheet's XML no more often than it must."""

from __future__ import annotations

from typing import Any

import pytest

from desktop.scorecard.read import sheetxml, xlsx

_PLAIN = (
    b'<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>drawing of the'
    b'</t></is></c><c r="B1"><v>3</v></c></row></sheetData></worksheet>'
)
_FORMULA = (
    b'<worksheet><sheetData><row r="1"><c r="A1"><v>3</v></c>'
    b'<c r="B1"><f>\'Q3 data\'!A1*2</f><v>6</v></c><c r="C1"><f>A1+1</f></c></row>'
    b"</sheetData></worksheet>"
)


def _count_formula_searches(monkeypatch: pytest.MonkeyPatch) -> list[bytes]:
    asked: list[bytes] = []
    absent = sheetxml._absent

    def counting(xml: bytes, needle: bytes) -> bool:
        asked.append(needle)
        return absent(xml, needle)

    monkeypatch.setattr(sheetxml, "_absent", counting)
    return asked


def test_a_sheet_without_formulas_is_searched_for_one_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked = _count_formula_searches(monkeypatch)
    scan = sheetxml.scan_sheet(_PLAIN, (), with_merges=True)
    assert asked.count(b"<f") == 1
    assert scan.formulas == {}
    assert scan.formulas_without_values == 0
    assert scan.draws_on == frozenset()


def test_a_sheet_with_formulas_is_scanned_for_them_as_before() -> None:
    scan = sheetxml.scan_sheet(_FORMULA, (), with_merges=True)
    assert scan.formulas == {(0, 1): "'Q3 data'!A1*2", (0, 2): "A1+1"}
    assert scan.formulas_without_values == 1
    assert scan.unvalued == [(0, 2)]
    assert scan.draws_on == frozenset({"Q3 data"})


class _Package:
    """Only what ``_margins`` asks of a package, counting its questions."""

    def __init__(self) -> None:
        self.asked = 0

    def rels(self, part: str) -> dict[str, tuple[str, str]]:
        self.asked += 1
        return {}

    def size(self, part: str) -> int:  # pragma: no cover - no drawing is listed
        return 0

    def read(self, part: str) -> bytes:  # pragma: no cover
        return b""


def test_drawing_in_a_cells_text_opens_no_relationships() -> None:
    package = _Package()
    package_any: Any = package
    result = xlsx.PackageScan(table=_table())
    xlsx._margins(package_any, "xl/worksheets/sheet1.xml", _PLAIN, "S", result)
    assert package.asked == 0
    assert result.boxes == {}


def test_a_drawing_after_the_cells_is_looked_up() -> None:
    package = _Package()
    package_any: Any = package
    xml = _PLAIN.replace(b"</worksheet>", b'<drawing r:id="rId1"/></worksheet>')
    result = xlsx.PackageScan(table=_table())
    xlsx._margins(package_any, "xl/worksheets/sheet1.xml", xml, "S", result)
    assert package.asked == 1
    assert result.boxes == {}


def _table() -> Any:
    return None  # the margins never look at the style table
