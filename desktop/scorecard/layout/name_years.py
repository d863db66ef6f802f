"""The year written at the end of an indicator's name, a row per year: 'Council tax collected
(%) – 2023/24' on one row and '… – 2024/25' on the next, under quarters or months that name
no year ('Q1' … 'Q4', 'Apr' … 'Mar').

A monitoring sheet that grows a row per indicator each year often keeps the year in the name
rather than in a column of its own, each officer writing it their way: '… – 2023/24',
'… (2023-24)', '… - 23/24', '…: FY24', '… [2024]'. A careful reader takes the year from the
end of the name and the quarter from the column, and reads the rows as one indicator's
series under the name without the year. The table is read so only where some indicator has
two or more such rows (the same code, or with no code the same name once the year is taken
off) naming different years and otherwise alike; the years are then gathered into a column
of their own and the table read as one with a row per indicator per year (``year_rows``):
the row's target goes with each of its periods, its rating with its latest figure.

The year must close the name, in brackets or after a dash, colon or comma; after a bare
space only a year of two parts ('… collected 2023/24'), and not after a word that makes it
part of what is measured ('since 2019/20', 'by 2029/30'). A name that merely contains a year
('Homes built since 2011', 'Net zero by 2030') keeps it. In such a table, a row whose name
ends in no year has its figures held for review naming its name cell, and so has a row
naming the same code as another under a name that differs by more than the year; a fiscal
code ('FY24') is read as the year it ends and held, unless a note says which year it means.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from desktop.scorecard import vocabulary
from desktop.scorecard.layout import fiscal_codes, year_rows
from desktop.scorecard.layout import header as layout_header
from desktop.scorecard.layout.header import Column, Header, text_of
from desktop.scorecard.layout.notes import Notes, a1, from_a1
from desktop.scorecard.layout.rearranged import Rearranged
from desktop.scorecard.layout.regions import text_lines
from desktop.scorecard.model import Period
from desktop.scorecard.parse import cells, periods
from desktop.scorecard.read.grid import CellValue, Sheet

YEAR_HEADING = "Year"  # the heading of the column of years gathered from the names
_Doubt = tuple[int, str, str]  # the row of the name cell, why, and the kind of doubt
_FISCAL = "fiscal year code"  # the kind of doubt whose rows are read all the same


@dataclass(frozen=True, slots=True)
class _Named:
    """A name cell ending in a year: the name without it, and the year."""

    stem: str
    year: Period
    code: str | None  # the fiscal code the year was read from ('FY24'), else None


def _full(digits: str) -> int:
    return int(digits) if len(digits) == 4 else 2000 + int(digits)


def _year_of(text: str, bare: bool, offset: int) -> tuple[Period, str | None] | None:
    """The year a name's last words write, and the fiscal code it came from; None when they
    are no year ('12', '2023/25', a lone '2030' after a bare space)."""
    found = vocabulary.NAME_YEAR_PARTS.match(" ".join(text.split()))
    if found is None:
        return None
    kind = (found["kind"] or "").lower()
    if found["b"] is not None:  # '2023/24', '23-24', 'FY2023/24', 'AY 2023/24'
        first = _full(found["a"])
        if _full(found["b"]) % 100 != (first + 1) % 100 or len(found["b"]) > len(found["a"]):
            return None
        year = periods.academic_year(first) if kind == "ay" else periods.financial_year(first)
        return year, None
    if bare or kind == "ay":
        return None  # 'by 2030': a year of one part needs a mark before it
    if kind == "fy":  # 'FY24', 'FY2024': named by the year it ends, unless a note says
        return periods.financial_year(_full(found["a"]) + offset), found.group(0)
    if len(found["a"]) == 4:
        return periods.calendar_year(int(found["a"])), None
    return None


def named_year(text: str, offset: int = fiscal_codes.ENDING) -> _Named | None:
    """The name without the year at its end, and that year; None when the name ends in no
    year of its own ('Net zero by 2030', 'Homes built since 2011')."""
    found = vocabulary.NAME_YEAR_SUFFIX.search(text)
    if found is None:
        return None
    stem = text[: found.start()].rstrip(" -\u2013\u2014:,|")
    if not any(ch.isalpha() for ch in stem):
        return None
    written = found["inside"] or found["marked"] or found["bare"]
    bare = found["bare"] is not None
    if bare and vocabulary.normalise(stem).rpartition(" ")[2] in vocabulary.NAME_YEAR_NOT_AFTER:
        return None
    read = _year_of(written, bare, offset)
    if read is None:
        return None
    return _Named(stem, read[0], read[1])


def view(
    sheet: Sheet, mapping: dict[str, str] | None, lines: tuple[str, ...], notes: Notes
) -> Rearranged | None:
    """The table as one row per figure and its period, when indicators take a row per year
    with the year at the end of the name beside period headings that name no year; else
    None (read as it is)."""
    header = layout_header.find(sheet, mapping)
    if header is None:
        return None
    name_col, code_col = header.one("name"), header.one("code")
    across = year_rows.parts_across(header)
    if name_col is None or not across:
        return None
    above = lines or text_lines(sheet.rows[: header.top])
    said = fiscal_codes.naming([*above, *text_lines(sheet.rows[header.first_data :])])
    named = _names(header, name_col, fiscal_codes.ENDING if said is None else said)
    groups: dict[str, list[int]] = {}
    for index in named:
        code = _at(sheet.rows[index], code_col.index) if code_col is not None else None
        key = named[index].stem if cells.is_blank(code) else f"code {text_of(code)}"
        groups.setdefault(vocabulary.normalise(key), []).append(index)
    if not any(_one_series(rows, named) for rows in groups.values()):
        return None
    doubts = _unlike(groups, named, name_col) + _undated(header, named, name_col, across)
    if said is None:
        doubts += _fiscal(named)
    skipped = {index for index, _, kind in doubts if kind != _FISCAL}  # its figures not read
    width = max(len(r) for r in sheet.rows)
    gathered: list[list[CellValue]] = []
    for index, row in enumerate(sheet.rows):
        copied = [] if index in skipped else list(row) + [None] * (width - len(row))
        if index == header.top:
            copied.append(YEAR_HEADING)
        elif copied and index in named:
            copied[name_col.index] = named[index].stem
            copied.append(named[index].year.label)
        gathered.append(copied)
    where = f"at the end of each name in '{name_col.header}' ({a1(header.top, name_col.index)})"
    read = year_rows.view(replace(sheet, rows=gathered), mapping, lines, notes, where=where)
    if read is None:
        return None
    for index, why, kind in doubts:
        notes.doubt(sheet.name, index, name_col.index, why, kind=kind)
    origin = {made: _name_cell(cell, width, name_col.index) for made, cell in read.origin.items()}
    return Rearranged(read.sheet, origin, read.how, read.rows)


def _at(row: list[CellValue], index: int) -> CellValue:
    return row[index] if index < len(row) else None


def _names(header: Header, name_col: Column, offset: int) -> dict[int, _Named]:
    """The rows whose names end in a year of their own, each with the name and the year."""
    named: dict[int, _Named] = {}
    for index in range(header.first_data, len(header.sheet.rows)):
        value = _at(header.sheet.rows[index], name_col.index)
        found = named_year(value, offset) if isinstance(value, str) else None
        if found is not None:
            named[index] = found
    return named


def _one_series(rows: list[int], named: dict[int, _Named]) -> bool:
    """Two or more rows of one indicator, each naming another year, alike but for it."""
    years = [named[i].year for i in rows]
    stems = {vocabulary.normalise(named[i].stem) for i in rows}
    return len(rows) >= 2 and len(set(years)) == len(years) and len(stems) == 1


def _unlike(
    groups: dict[str, list[int]], named: dict[int, _Named], name_col: Column
) -> list[_Doubt]:
    """Rows sharing a code under names that differ by more than their years."""
    found: list[_Doubt] = []
    for rows in groups.values():
        first = named[rows[0]].stem
        for index in rows[1:]:
            stem = named[index].stem
            if vocabulary.normalise(stem) == vocabulary.normalise(first):
                continue
            found.append((
                index,
                f"'{stem}' here and '{first}' at {a1(rows[0], name_col.index)} share a code "
                "but differ by more than the year at the end of the name, so they may not be "
                "one indicator's years — write the same name on each year's row, or give each "
                "indicator its own code",
                "indicator of a year's row",
            ))  # fmt: skip
    return found


def _undated(
    header: Header, named: dict[int, _Named], name_col: Column, across: list[Column]
) -> list[_Doubt]:
    """Rows with figures whose names end in no year, among rows that each name theirs."""
    example = next(iter(named.values())).year.label
    found: list[_Doubt] = []
    for index in range(header.first_data, len(header.sheet.rows)):
        row = header.sheet.rows[index]
        if index in named or all(cells.is_blank(_at(row, c.index)) for c in across):
            continue
        written = text_of(_at(row, name_col.index))
        found.append((
            index,
            (f"'{written}' ends in no year" if written else "no name is given")
            + ", where the table's other rows end the name with the year of their figures "
            f"('… {example}'), so its figures under '{across[0].header}' … cannot be dated "
            "— write the year at the end of the name, as on the other rows",
            "year of a row",
        ))  # fmt: skip
    return found


def _fiscal(named: dict[int, _Named]) -> list[_Doubt]:
    """The first name ending in a fiscal code ('FY24') no note explained: read as the year
    it ends, and asked about."""
    index = next((i for i, n in named.items() if n.code is not None), None)
    if index is None:
        return []
    code, year = named[index].code, named[index].year
    after = periods.financial_year(year.start.year + 1).label
    return [(
        index,
        f"the name ends in the code '{code}': {year.label} (the year ending March "
        f"{year.end.year}) or {after}? — read as {year.label}; say which in a note (e.g. "
        f"'{code} = {year.label}') or write the year at the end of the name, or import with "
        "--accept",
        _FISCAL,
    )]  # fmt: skip


def _name_cell(cell: str, year_col: int, name_col: int) -> str:
    """A cell of the file for a cell of the copy: the gathered year's is the name it ends."""
    row, col = from_a1(cell)
    return a1(row, name_col) if col == year_col else cell
