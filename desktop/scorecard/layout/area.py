"""Many-area (benchmark) tables: find the area column and choose the area to import."""

from __future__ import annotations

from typing import NoReturn

from desktop.scorecard import vocabulary
from desktop.scorecard.layout import cross_refs, named_area
from desktop.scorecard.layout.area_totals import with_totals
from desktop.scorecard.layout.header import Column, Header, text_of
from desktop.scorecard.layout.notes import a1
from desktop.scorecard.layout.rows import AreaChoice
from desktop.scorecard.model import ScorecardError
from desktop.scorecard.parse import cells, dated_comparators, ratings
from desktop.scorecard.read.grid import CellValue

SAMPLE_ROWS = 40


def _textual(header: Header, column: Column) -> bool:
    """A comparator-looking heading ("Family group") over text values is really an area column;
    figures with their own period in brackets ('62.1 (2022/23)') are figures, not names."""
    rows = header.sheet.rows[header.first_data : header.first_data + SAMPLE_ROWS]
    values = [r[column.index] for r in rows if column.index < len(r)]
    filled = [v for v in values if not cells.is_blank(v)]
    text = [
        v
        for v in filled
        if isinstance(v, str) and _not_a_number(v) and dated_comparators.figure(v) is None
    ]
    return bool(filled) and len(text) * 2 > len(filled)


def _rated(header: Header, column: Column) -> bool:
    """Most filled cells (at least two) are ratings: a column rating each row against a
    comparator ('Against same quarter last year': Red/Amber/Green), never names of areas."""
    rows = header.sheet.rows[header.first_data : header.first_data + SAMPLE_ROWS]
    filled = [text_of(r[column.index]) for r in rows if column.index < len(r)]
    filled = [t for t in filled if t]
    found = sum(1 for t in filled if ratings.rag_exact(t) is not None)
    return found >= 2 and found * 5 >= len(filled) * 4


def _numeric(header: Header, column: Column) -> bool:
    rows = header.sheet.rows[header.first_data : header.first_data + SAMPLE_ROWS]
    filled = [
        r[column.index]
        for r in rows
        if column.index < len(r) and not cells.is_blank(r[column.index])
    ]
    numbers = [v for v in filled if cells.number(v).value is not None]
    return bool(filled) and len(numbers) * 2 > len(filled)


def _not_a_number(text: str) -> bool:
    plain = cells.number(text).value is None
    return (
        plain
        and cells.number(text, decimal_comma=True).value is None
        and (text.strip().lower() not in cells.MISSING_MARKERS)
    )


def area_columns(header: Header) -> list[Column]:
    for column in header.columns:
        if (
            column.period is None
            and column.field == "comparator"
            and _textual(header, column)
            and not cross_refs.holds_references(header, column)  # 'National ref': ASCOF 1C
        ):
            if _rated(header, column):
                column.take("ignore")  # rated against the comparator: not the indicator's RAG
                column.why = "its cells rate each row against the comparator it names"
                continue
            column.take("area")
    for column in header.of("area"):
        if _numeric(header, column):
            # a "Region" column of numbers is the regional figure, not the name of an area
            regional = "region" in vocabulary.normalise(column.header)
            if regional:
                column.take("comparator", vocabulary.REGIONAL_COMPARATOR)
            else:
                column.take("ignore")
    found = header.of("area")
    if len(found) > 1:
        # a Region column beside the council's own name/code describes it; it is not the area
        own = [c for c in found if "region" not in vocabulary.normalise(c.header)]
        for column in found:
            if own and column not in own:
                column.field = "ignore"
        found = own or found
        found.sort(key=lambda c: 0 if "name" in vocabulary.normalise(c.header) else 1)
    return found


def _values(header: Header, column: Column) -> list[str]:
    """The areas ``column`` names, each once, from the rows that carry anything more than
    the area (a 'Source:' line under the table names none)."""
    others = [c.index for c in header.columns if c.field not in (None, "area", "ignore")]
    seen: dict[str, str] = {}
    for row in header.sheet.rows[header.first_data :]:
        if column.index < len(row):
            text = text_of(row[column.index])
            if text and (not others or any(_filled(row, i) for i in others)):
                seen.setdefault(vocabulary.normalise(text), text)
    return list(seen.values())


def _filled(row: list[CellValue], index: int) -> bool:
    return index < len(row) and not cells.is_blank(row[index])


def _codes(header: Header, columns: list[Column], councils: dict[str, str]) -> dict[str, str]:
    """Each council's code as its other area columns give it (E08000004) -> its key."""
    found: dict[str, str] = {}
    for row in header.sheet.rows[header.first_data :]:
        name = columns[0].index
        key = vocabulary.area_key(text_of(row[name])) if _filled(row, name) else ""
        if key not in councils:
            continue
        for column in columns[1:]:
            code = text_of(row[column.index]) if column.index < len(row) else ""
            if code and any(ch.isdigit() for ch in code) and " " not in code:
                found.setdefault(code, key)
    return found


def _listing(names: list[str]) -> str:
    shown = ", ".join(names[:4])
    return f"{shown}, …" if len(names) > 4 else shown


def choose_area(
    header: Header, area: str | None, file_name: str
) -> tuple[AreaChoice | None, str | None]:
    """The rows to keep, and the area's name as written in the file (None when single-area).

    Without ``area``, a table of many councils is refused; the refusal says which of them
    the lines above it name as the council (``named_area``), if any."""
    columns = area_columns(header)
    if not columns:
        return None, None
    primary = _values(header, columns[0])
    named = [n for n in primary if vocabulary.normalise(n) not in vocabulary.NOT_AREAS]
    councils = [n for n in named if vocabulary.area_comparator(n) is None] or named
    if area is None:
        if len(councils) > 1:
            _refused(header, columns, councils, file_name)
        own = councils[0] if councils else None
        wanted = vocabulary.area_key(own) if own else None
        return AreaChoice(columns, wanted), own
    wanted = vocabulary.area_key(area)
    for column in columns:
        for value in _values(header, column):
            if vocabulary.area_key(value) == wanted:
                shown = value if column is columns[0] else area
                return with_totals(header, AreaChoice(columns, wanted)), shown
    raise ScorecardError(
        f"area '{area}' is not in {file_name} — it holds {_listing(councils)}; "
        "check the spelling with --area NAME"
    )


def _refused(
    header: Header, columns: list[Column], councils: list[str], file_name: str
) -> NoReturn:
    """A table of many councils without --area: refused, saying which council the lines
    above it name, if any, so that the user can choose it."""
    by_key = {vocabulary.area_key(n): n for n in councils}
    found = named_area.namings(
        header.sheet.rows[: header.top], by_key, _codes(header, columns, by_key)
    )
    if not found:
        raise ScorecardError(
            f"{file_name} holds {len(councils)} areas ({_listing(councils)}) and no line "
            "above its table names one as the council — choose one with --area NAME"
        )
    sheet = header.sheet.name
    read = next((n for n in found if n.among), None)
    second = next((n for n in found if n is not read), None)
    listing = f"{file_name} holds {len(councils)} areas ({_listing(councils)})"
    if read is None:  # a council whose rows the table does not have
        first = found[0]
        said = f"{sheet}!{a1(first.row, first.col)} names {first.shown} as the council"
        raise ScorecardError(
            f"{listing}; {said}, but the table has no rows for it — choose one with --area NAME"
        )
    # the contract: a many-area file is read only for the area --area names; the lines
    # naming the council only say which one that is likely to be
    said = f"{sheet}!{a1(read.row, read.col)} names {read.shown} as the council"
    if second is not None:
        said += f" and {a1(second.row, second.col)} names {second.shown}"
    raise ScorecardError(f"{listing}; {said} — choose one with --area NAME")
