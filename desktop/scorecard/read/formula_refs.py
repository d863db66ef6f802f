"""The other sheets a cell's formula reads, as Excel writes them ('Data!E7', "'Q3 data'!E7")
and as OpenDocument does ('[$Data.E7]', "[$'Q3 data'.E7]", a range '[$Data.E3:.E9]').

A scorecard built on a sheet of pasted figures reads them by formulas; which sheets those
are, and which one cell of a sheet a formula shows ('=IF(Data!E7="","",Data!E7)'), say
how the two sheets stand to each other.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from desktop.scorecard.read.cellrefs import column_index

# a sheet named in an Excel formula: 'Q3 data'!A1 (quotes doubled inside) or Data!A1; a
# sheet of another workbook ('[1]Data'!A1) is no sheet of this one, and Excel's mark of a
# reference it lost ('#REF!', 'Data!#REF!') names none
SHEET_REF = re.compile(r"(?<![\w.\]'#])(?:'((?:[^']|'')+)'|([^\W\d][\w.]*))!")

# in a formula: a string literal, a bracketed part (an OpenDocument reference, or in Excel
# another workbook's number or a table's column), or an Excel sheet's name and what follows
# its '!' when that is one cell
_PARTS = re.compile(
    r'"(?:[^"]|"")*"'
    r"|\[((?:[^\[\]']|'(?:[^']|'')*')*)\]"
    r"|" + SHEET_REF.pattern + r"(\$?([A-Za-z]{1,3})\$?([0-9]{1,7})(?![\w(:.!$]))?"
)
# the inside of an OpenDocument reference to another sheet: the sheet ('$Data', "$'Q3 data'";
# none where it is of the formula's own sheet, '[.E7]'), then what of it is read; one cell
_ODS_SHEET = re.compile(r"\$?(?:'((?:[^']|'')+)'|([^.'$:#\s][^.':#]*))\.")
_ODS_CELL = re.compile(r"\$?([A-Za-z]{1,3})\$?([0-9]{1,7})")


def ods_sheets_named(formulas: Iterable[str]) -> frozenset[str]:
    """The sheets named in an OpenDocument sheet's cell formulas ('[$Data.E7]')."""
    found: set[str] = set()
    for text in formulas:
        if "[" not in text:
            continue
        for m in _PARTS.finditer(text):
            named = _ods_sheet(m.group(1))
            if named is not None:
                found.add(named[0])
    return frozenset(found)


def _ods_sheet(inside: str | None) -> tuple[str, int] | None:
    """The sheet an OpenDocument reference's inside names, and where what it reads of that
    sheet starts; None for a reference to the formula's own sheet, or no reference."""
    m = _ODS_SHEET.match(inside) if inside else None
    if m is None:
        return None
    name = m.group(1).replace("''", "'") if m.group(1) is not None else m.group(2)
    return name, m.end()


def one_cell_read(formula: str, sheet: str) -> tuple[int, int] | None:
    """The one cell of ``sheet`` a formula reads, (row, col) 0-based, where every reference it
    makes to that sheet is to that cell: '=Data!E7', '=IF(Data!E7="","",Data!E7)',
    '=IF([$Data.E7]="";"";[$Data.E7])'. None where it reads a range of it ('Data!E3:E9'), a
    whole column, a name, two cells, or nothing of it; text in quotes is text."""
    wanted = sheet.lower()  # a sheet's name is the same in either case
    found: tuple[int, int] | None = None
    for m in _PARTS.finditer(formula):
        inside, quoted, plain, letters, digits = m.group(1, 2, 3, 5, 6)
        if inside is not None:  # an OpenDocument reference, or an Excel bracketed part
            named = _ods_sheet(inside)
            if named is None or named[0].lower() != wanted:
                continue
            one = _ODS_CELL.fullmatch(inside, named[1])
            if one is None:
                return None  # a range, or a whole column, of the sheet
            letters, digits = one.group(1), one.group(2)
        elif quoted is not None or plain is not None:
            name = quoted.replace("''", "'") if quoted is not None else plain
            if "[" in name or name.lower() != wanted:
                continue
            if letters is None:
                return None  # a range, a whole column or a name on that sheet
        else:
            continue  # a string literal
        if int(digits) == 0:
            return None
        cell = (int(digits) - 1, column_index(letters))
        if found is not None and found != cell:
            return None
        found = cell
    return found
