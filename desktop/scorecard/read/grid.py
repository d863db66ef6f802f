"""The one grid type every reader produces: sheets of raw cell values, with the styles,
merges and hidden rows that carry meaning."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from typing import Literal

CellValue = str | float | int | bool | dt.datetime | dt.date | dt.time | None

# a sheet's first rows, where its heading rows are: the plain figure formats of their cells
# are kept (``Sheet.figure_formats``), not those of every figure of a long table
FIGURE_FORMAT_ROWS = 500


@dataclass(frozen=True, slots=True)
class CellStyle:
    """What a cell's formatting says, only where it carries meaning."""

    number_format: str | None = None  # e.g. "0%", "0.0%", '"£"#,##0'
    fill: str | None = None  # solid fill (or conditional-format fill) as "RRGGBB"
    # the font's colour as "RRGGBB" where one is set: a status drawn as a symbol ('●', or a
    # Wingdings 'l' read as '●') whose font colour alone says red, amber or green
    font: str | None = None
    # the font is struck through: the author's way of deleting what the cell says
    struck: bool = False
    # a fill that is a pattern, not a colour, as 'type:RRGGBB:RRGGBB' (Excel's 'darkTrellis'
    # cross-hatching in black on white): a rating in a copy printed in black and white,
    # read only through the file's key of swatches
    pattern: str | None = None


def centred_spans(
    rows: list[list[CellValue]],
    cells: Collection[tuple[int, int]],
    merged: Iterable[tuple[int, int, int, int]] = (),
) -> list[tuple[int, int, int, int]]:
    """The merges 'Centre Across Selection' draws: a cell with text and that alignment is
    shown centred over itself and the blank cells after it in its row that have the same
    alignment, up to the first cell that holds something or is aligned otherwise.

    ``cells`` are the (row, col) of cells so aligned; spans overlapping ``merged`` are left
    out. Returned as merged ranges (first_row, first_col, last_row, last_col), one row each.
    """
    covered = {
        (r, c) for r0, c0, r1, c1 in merged for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)
    }
    out: list[tuple[int, int, int, int]] = []
    for r, c in sorted(cells):
        if r >= len(rows) or c >= len(rows[r]) or _blank(rows[r][c]) or (r, c) in covered:
            continue
        last = c
        while (
            last + 1 < len(rows[r])
            and (r, last + 1) in cells
            and _blank(rows[r][last + 1])
            and (r, last + 1) not in covered
        ):
            last += 1
        if last > c:
            out.append((r, c, r, last))
    return out


def _blank(value: CellValue) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


@dataclass(slots=True)
class Sheet:
    """One worksheet as a rectangular grid of raw values (row-major, 0-based)."""

    name: str
    rows: list[list[CellValue]]
    hidden: bool = False
    # only cells whose style matters (percent formats, fills), keyed by (row, col), 0-based
    styles: dict[tuple[int, int], CellStyle] = field(default_factory=dict)
    # the number formats showing a figure's thousands separator or decimal places ('#,##0',
    # '0.0') of cells in the first FIGURE_FORMAT_ROWS rows, where ``styles`` does not hold
    # them: a number so shown was typed as a figure, where a date that lost its format shows
    # as 'General' does
    figure_formats: dict[tuple[int, int], str] = field(default_factory=dict)
    # merged ranges as (first_row, first_col, last_row, last_col), 0-based inclusive
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)
    hidden_rows: set[int] = field(default_factory=set)
    hidden_cols: set[int] = field(default_factory=set)
    # cells holding an Excel error value (#N/A, #DIV/0! ...): (row, col) -> text
    errors: dict[tuple[int, int], str] = field(default_factory=dict)
    # a table found lower down a sheet is read from a copy whose rows above this are empty
    first_row: int = 0
    # formula cells saved with no value (row, col): their figures are missing, not blank
    unvalued: list[tuple[int, int]] = field(default_factory=list)
    # of those, the ones worked out from cells of their own row only ('=SUM(D5:F5)')
    unvalued_in_row: set[tuple[int, int]] = field(default_factory=set)
    # cells holding a formula (.xlsx, .ods): (row, col) -> its text as written, without the
    # '=' ('SUM(F6:I6)'); '' where the cell shares a formula written in another cell, unless
    # that formula reads another sheet: then its text as it reads in this cell ('Data!E4')
    formulas: dict[tuple[int, int], str] = field(default_factory=dict)
    # the ink ("RRGGBB", "" for none of its own) of a symbol typed in a colour of its own at
    # the start of a cell's text: a red '●' before an indicator's name (.xlsx rich text)
    inks: dict[tuple[int, int], str] = field(default_factory=dict)
    # cells where a conditional-format icon set draws an icon that cannot be read as a red,
    # amber or green light (a set of four or five, arrows, a threshold by formula)
    icons_unread: set[tuple[int, int]] = field(default_factory=set)
    # the alignment indent (levels) of cells whose format sets their text in ('Council' under
    # 'Affordable homes completed'): kept apart from ``styles``, which holds only cells whose
    # style says something of their figures or ratings
    indents: dict[tuple[int, int], int] = field(default_factory=dict)
    # the lines of text boxes drawn on the sheet (a key or a note beside the table, a shape
    # rather than cells): read as the sheet's note lines
    boxes: list[str] = field(default_factory=list)
    # cell notes (Excel comments) by cell: a key on a heading cell, an explanation on a figure
    notes: dict[tuple[int, int], str] = field(default_factory=dict)
    # the lines of the print header and footer ('Quarter 3 2024/25 – Corporate report'),
    # each section one line without its codes: read for the period where no cell names one
    print_lines: list[str] = field(default_factory=list)
    # the cells pictures are placed over (where each anchor starts): a traffic light pasted
    # over an empty Status cell is a rating no cell holds
    pictures: set[tuple[int, int]] = field(default_factory=set)
    # the other sheets this sheet's cell formulas read (.xlsx): a scorecard drawn by formulas
    # ('=Data!F7', '=XLOOKUP(..., Data!A2:A40, ...)') from the sheet its figures are pasted into
    draws_on: frozenset[str] = frozenset()
    # the distinct texts of the sheet's cells as read (``distinct_texts``), worked out once for
    # the checks that run before the layout rewrites cells: not copied with the sheet
    texts: AbstractSet[str] | None = field(default=None, init=False, compare=False, repr=False)

    def rearranged(
        self,
        rows: list[list[CellValue]],
        places: Mapping[int, Sequence[int]],
        styles: dict[tuple[int, int], CellStyle] | None = None,
        merged: list[tuple[int, int, int, int]] | None = None,
    ) -> Sheet:
        """A copy of the sheet holding ``rows``, its columns moved: ``places`` gives each
        column of this sheet its columns in the copy (none: left out). What the sheet knows
        of a cell (errors, formulas, notes, inks…) goes with the cell to its column's first
        place; a hidden column hides all its places; a merged range runs from its first
        column's first place to its last column's last, and is left out where either end
        is. ``styles`` and ``merged`` replace the moved ones where the caller made its own."""

        def first(col: int) -> int | None:
            to = places.get(col)
            return to[0] if to else None

        def cells(
            keys: Iterable[tuple[int, int]],
        ) -> Iterable[tuple[tuple[int, int], tuple[int, int]]]:
            for r, c in keys:
                if (p := first(c)) is not None:
                    yield (r, c), (r, p)

        def moved_merges() -> list[tuple[int, int, int, int]]:
            out = []
            for r1, c1, r2, c2 in self.merged:
                start, end = places.get(c1), places.get(c2)
                if start and end:
                    out.append((r1, start[0], r2, end[-1]))
            return out

        return replace(
            self,
            rows=rows,
            styles=styles
            if styles is not None
            else {n: self.styles[o] for o, n in cells(self.styles)},
            figure_formats={n: self.figure_formats[o] for o, n in cells(self.figure_formats)},
            merged=merged if merged is not None else moved_merges(),
            hidden_rows=set(self.hidden_rows),
            hidden_cols={p for c in self.hidden_cols for p in places.get(c, ())},
            errors={n: self.errors[o] for o, n in cells(self.errors)},
            unvalued=[n for _, n in cells(self.unvalued)],
            unvalued_in_row={n for _, n in cells(self.unvalued_in_row)},
            formulas={n: self.formulas[o] for o, n in cells(self.formulas)},
            inks={n: self.inks[o] for o, n in cells(self.inks)},
            icons_unread={n for _, n in cells(self.icons_unread)},
            indents={n: self.indents[o] for o, n in cells(self.indents)},
            notes={n: self.notes[o] for o, n in cells(self.notes)},
            pictures={n for _, n in cells(self.pictures)},
        )

    def number_format(self, row: int, col: int) -> str | None:
        """The cell's number format where it was kept (one saying a unit or showing words, in
        ``styles``; a figure's, in the first rows, in ``figure_formats``), or None."""
        style = self.styles.get((row, col))
        if style is not None and style.number_format:
            return style.number_format
        return self.figure_formats.get((row, col))

    def shows_percent(self, row: int, col: int) -> bool:
        """The cell writes its figure as a percentage: a '%' typed in it, or a number format
        showing one (scaling, '0.0%', or literal, '0.0"%"')."""
        if 0 <= row < len(self.rows) and 0 <= col < len(self.rows[row]):
            value = self.rows[row][col]
            if isinstance(value, str) and "%" in value:
                return True
        style = self.styles.get((row, col))
        return style is not None and "%" in (style.number_format or "")


def distinct_texts(sheet: Sheet) -> AbstractSet[str]:
    """Every distinct text the sheet's cells hold, worked out once (kept in ``Sheet.texts``).

    A check that can apply only to some texts (markup, dates typed month first) looks among
    them first and walks the cells only where one of them can: a long table holds a few
    thousand distinct texts in a million cells. Whoever rewrites a cell's text sets
    ``Sheet.texts`` back to None; the layout, which rewrites cells as it reads tables, lets go
    of it before it starts (``layout.find.detect``)."""
    if sheet.texts is None:
        sheet.texts = {v for row in sheet.rows for v in row if isinstance(v, str)}
    return sheet.texts


@dataclass(slots=True)
class Workbook:
    path: str
    format: Literal["xlsx", "xlsm", "xls", "xlsb", "ods", "csv"]
    sheets: list[Sheet]
    warnings: list[str] = field(default_factory=list)
    # text files whose numbers are written 1.234,5 (cells stay strings; parsers convert)
    decimal_comma: bool = False
    # formulas saved without their values (a file written by a program, never opened in Excel)
    formulas_without_values: int = 0
    # day 0 of the workbook's date system: 30 Dec 1899 (Excel's 1900 system), 1 Jan 1904 (a
    # workbook saved in the 1904 system, as old Macs did) or an OpenDocument file's null date;
    # what a date stored as a plain number (45383) counts from
    date_epoch: dt.date = dt.date(1899, 12, 30)
