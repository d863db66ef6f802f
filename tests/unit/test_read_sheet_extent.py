"""The cell extent a sheet's XML is sized at before its values are read (the memory guard)."""

from __future__ import annotations

import pytest

from desktop.scorecard.read.sheetxml import extent

_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def _sheet(columns: list[str], rows: int, prefix: str = "", blank: str | None = None) -> bytes:
    p = f"{prefix}:" if prefix else ""
    ns = f'xmlns:{prefix}="{_NS}"' if prefix else f'xmlns="{_NS}"'
    body = []
    for r in range(1, rows + 1):
        cells = "".join(f'<{p}c r="{c}{r}"><{p}v>1</{p}v></{p}c>' for c in columns)
        if blank:
            cells += f'<{p}c r="{blank}{r}" s="1"/>'
        body.append(f'<{p}row r="{r}">{cells}</{p}row>')
    return (
        f"<{p}worksheet {ns}><{p}sheetData>{''.join(body)}</{p}sheetData></{p}worksheet>".encode()
    )


@pytest.mark.parametrize(
    ("columns", "width"),
    [
        (["A", "XFD"], 16384),  # three-letter columns and no two-letter one
        (["B", "ABC"], 731),  # ABC is the 731st column
        (["A", "AB", "XFD"], 16384),
        (["A", "ZZ"], 702),
        (["A", "M"], 26),
    ],
)
def test_widest_column_bounds_the_width(columns: list[str], width: int) -> None:
    assert extent(_sheet(columns, 1000), 5_000_000) >= 1000 * width


@pytest.mark.parametrize("prefix", ["", "x"])
def test_cells_only_in_a_and_xfd_are_over_the_limit(prefix: str) -> None:
    # bounded at 26 columns such a sheet passed the check, and the reader then built
    # every cell between before refusing it
    assert extent(_sheet(["A", "XFD"], 1000, prefix), 5_000_000) > 5_000_000


def test_a_blank_formatted_cell_does_not_widen_the_sheet() -> None:
    assert extent(_sheet(["A", "M"], 1000, blank="XFD"), 5_000_000) <= 5_000_000
