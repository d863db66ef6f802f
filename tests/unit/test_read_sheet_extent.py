"""The cell extent a sheet's XML is sized at before its values are read (the memory guard)."""

from __future__ import annotations

import pytest

from desktop.scorecard.read.sheetxml import blank_shared_strings, extent

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


def _formatted_to_last_row(stray: str) -> bytes:
    """A ten-column table of 20 rows, its columns formatted down to row 1,048,576 as
    ``<c ...></c>`` cells (what openpyxl and Excel write for a styled empty cell), and one
    far cell ``F23817`` holding ``stray``."""
    rows = [
        f'<row r="{r}">'
        + "".join(f'<c r="{c}{r}" s="2"><v>{r}</v></c>' for c in "ABCDEFGHIJ")
        + "</row>"
        for r in range(1, 21)
    ]
    rows += [
        f'<row r="{r}">'
        + "".join(f'<c r="{c}{r}" s="7" t="n"></c>' for c in "ABCDEFGHIJ")
        + "</row>"
        for r in range(21, 6001)
    ]
    rows.append(f'<row r="23817">{stray}</row>')
    rows.append('<row r="1048576"><c r="J1048576" s="14" t="n"></c></row>')
    return (
        f'<worksheet xmlns="{_NS}"><dimension ref="A1:XFD1048576"/><sheetData>'
        + "".join(rows)
        + "</sheetData></worksheet>"
    ).encode()


@pytest.mark.parametrize(
    "stray",
    [
        '<c r="F23817" s="1" t="inlineStr"><is><t xml:space="preserve"> </t></is></c>',
        '<c r="F23817" s="1" t="s"><v>3</v></c>',  # shared string 3 is a space
        '<c r="F23817" s="1" t="str"><v> </v></c>',
    ],
)
def test_formatting_and_spaces_to_the_last_row_are_not_the_table(stray: str) -> None:
    # whole columns formatted: empty styled cells down to the last row and a space far below
    # are no part of the table, and do not make the sheet too large to read
    assert extent(_formatted_to_last_row(stray), 5_000_000, lambda: frozenset({3})) == 200


def test_a_real_value_far_down_still_counts() -> None:
    far = '<c r="F23817" t="s"><v>4</v></c>'  # shared string 4 holds text
    assert extent(_formatted_to_last_row(far), 5_000_000, lambda: frozenset({3})) == 238_170
    formula = '<c r="F23817"><f>A1</f><v></v></c>'
    assert extent(_formatted_to_last_row(formula), 5_000_000) == 238_170


def test_values_past_the_limit_are_still_over_it() -> None:
    assert extent(_sheet(["A", "XFD"], 400), 5_000_000) > 5_000_000


def test_blank_shared_strings_are_found_by_index() -> None:
    strings = (
        b'<sst xmlns="x"><si><t>Code</t></si><si><t xml:space="preserve"> </t></si>'
        b"<si><r><t> </t></r><r><t>Q3</t></r></si><si><t/></si><si><r><t>  </t></r></si></sst>"
    )
    assert blank_shared_strings(strings) == frozenset({1, 3, 4})
