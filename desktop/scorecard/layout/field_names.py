"""A heading row of a database's field names: 'KPI_REF', 'Q1_2024_25_TGT', 'RAG_Q1', 'UOM'.

A flat file pulled from the tables behind a performance system keeps the tables' field
names as its headings: words in capitals joined by underscores, abbreviated ('ACT', 'TGT',
'DESC', 'UOM'), a year typed '2023_24', '202324' or 'FY24', and the indicator's own fields
led by the noun for it ('KPI_DESC', 'KPI_COMMENT'). Each means what its words say apart:
'Q1_2024_25_TGT' is the Q1 2024/25 target, 'KPI_COMMENT' the indicator's comment (not its
code, as 'KPI' first would have it read).

Such a sheet is read from a copy whose heading row is written in those words ('Q1 2024/25
Target', 'Comment', 'Unit'); every cell stays where it was, so cell references need no
pointing back. A heading is rewritten only where its words read otherwise than the heading
as typed; one they read no differently ('PI_CODE', 'RAG_Q1') is left as it is.

Only a row made of field names is read so: at least two of its headings words joined by
underscores, at most one written with spaces, none a figure, no heading row in words above
it, and the row in words a heading row. A row of headings in words with one odd field
name among them is read as before. 'DIR' is polarity only where its cells are polarity
letters or words that are not also a direction of travel's ('H', 'L'); elsewhere it is
left as typed.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from desktop.scorecard import vocabulary
from desktop.scorecard.layout import fiscal_codes, heading_slips, joined_words, year_codes
from desktop.scorecard.layout.header import SCAN_ROWS, Header, classify, row_score, text_of
from desktop.scorecard.layout.regions import HEADING_SCORE
from desktop.scorecard.parse import cells
from desktop.scorecard.read.grid import CellValue, Sheet

_JOINED = re.compile(r"[A-Za-z0-9]+(?:_+[A-Za-z0-9]+)+")
_FOUR = re.compile(r"(?:19|20)\d{2}")
_TWO = re.compile(r"\d{2}")
SAMPLE = 40  # cells under a 'DIR' heading looked at


@dataclass(frozen=True, slots=True)
class Spelt:
    """A sheet read from a copy whose field-name headings are written in words."""

    sheet: Sheet
    row: int  # the heading row
    # column -> the field name as typed and the words it was read as
    read_as: dict[int, tuple[str, str]]

    def spelt(self, header: Header, col: int) -> tuple[str, str] | None:
        """The field name of ``header``'s column ``col`` as typed and the words read, or None
        where its heading is as the file writes it."""
        if col not in self.read_as or not header.top <= self.row < header.first_data:
            return None
        return self.read_as[col]


def words(name: str) -> str | None:
    """A field name in words ('Q4_2023_24_ACT' -> 'Q4 2023/24 Actual', 'KPI_COMMENT' ->
    'COMMENT', 'UOM' -> 'Unit'), or None for a heading written with spaces."""
    name = name.strip()
    if not name or any(ch.isspace() for ch in name):
        return None
    parts = [w for part in name.split("_") if part for w in joined_words.split(part).split()]
    said = _years(parts)
    said = [_word(w) for w in said]
    if len(said) > 1 and said[0].lower() in vocabulary.FIELD_NAME_OWNERS:
        whole, rest = " ".join(said), " ".join(said[1:])
        if vocabulary.heading_field(whole) is None and classify(rest).field is not None:
            said = said[1:]  # 'KPI_COMMENT': the indicator's comment, not its code
    return " ".join(said)


def _word(part: str) -> str:
    """One word of a field name as a heading writes it ('TGT' -> 'Target')."""
    found = vocabulary.FIELD_NAME_WORDS.get(part.lower())
    return found.capitalize() if found is not None else part


def _years(parts: list[str]) -> list[str]:
    """The parts with a year typed in two ('2023', '24' or '2024') joined as one ('2023/24'),
    and a six-digit one ('202324', '202425Q1') written out ('2023/24', 'Q1 2024/25')."""
    out: list[str] = []
    index = 0
    while index < len(parts):
        part = parts[index]
        after = parts[index + 1] if index + 1 < len(parts) else ""
        if _year_pair(part, after):
            out.append(f"{part}/{after}")
            index += 2
            continue
        coded = vocabulary.SIX_DIGIT_YEAR_CODE.match(part)
        # '202412' is December 2024 as a month key: a year only where it cannot be a month
        if coded is not None and int(coded["b"]) == (int(coded["a"]) + 1) % 100 > 12:
            out.extend(year_codes.written(coded).split())
        else:
            out.append(part)
        index += 1
    return out


def _year_pair(first: str, second: str) -> bool:
    """'2023' and '24' (or '2024'), '23' and '24': a year and the next, typed apart."""
    if _FOUR.fullmatch(first) and _FOUR.fullmatch(second):
        return int(second) == int(first) + 1
    if _FOUR.fullmatch(first) and _TWO.fullmatch(second):
        return int(second) == (int(first) + 1) % 100
    return bool(
        _TWO.fullmatch(first) and _TWO.fullmatch(second) and int(second) == (int(first) + 1) % 100
    )


def is_field_row(row: list[CellValue]) -> bool:
    """A row of headings made of field names: two or more words joined by underscores, at
    most one heading written with spaces, nothing but text."""
    filled = [v for v in row if not cells.is_blank(v)]
    if len(filled) < 3 or not all(isinstance(v, str) for v in filled):
        return False
    texts = [text_of(v) for v in filled]
    spaced = sum(1 for t in texts if " " in t)
    joined = sum(1 for t in texts if _JOINED.fullmatch(t))
    return spaced <= vocabulary.FIELD_NAME_SPACED_MAX and joined >= vocabulary.FIELD_NAME_JOINED_MIN


def _reading(text: str) -> tuple[object, ...]:
    """What the heading reader takes a heading for; a fiscal-year code ('FY25 Q1 Target')
    as the heading row reads it, by the year it ends (``fiscal_codes``)."""
    if fiscal_codes.has_code(text):
        text = fiscal_codes.spelt_out(text, fiscal_codes.ENDING)
    column = classify(text)
    return column.field, column.period, column.comparator, column.code


def _which_way(sheet: Sheet, top: int, col: int) -> str | None:
    """'Polarity' for a 'DIR' column whose cells are polarity letters or words and no
    direction of travel's; None where they may be either, or neither."""
    below = [r[col] for r in sheet.rows[top + 1 : top + 1 + SAMPLE] if col < len(r)]
    if heading_slips.weigh("polarity", below) != "agree":
        return None
    return None if heading_slips.weigh("direction", below) != "none" else "Polarity"


def _spelt_row(sheet: Sheet, top: int) -> dict[int, tuple[str, str]]:
    """Column -> (typed, words) for each heading of the row the words read otherwise."""
    read_as: dict[int, tuple[str, str]] = {}
    for col, value in enumerate(sheet.rows[top]):
        if not isinstance(value, str):
            continue
        typed = text_of(value)
        said = words(typed)
        if said is None:
            continue
        if vocabulary.normalise(said) in vocabulary.FIELD_NAME_WHICH_WAY:
            said = _which_way(sheet, top, col) or said
        if vocabulary.normalise(said) == vocabulary.normalise(typed):
            continue
        found = _reading(said)
        if found[0] is None or found == _reading(typed):
            continue  # words that say nothing known, or nothing other than the heading does
        read_as[col] = (typed, said)
    return read_as


def spell_out(sheet: Sheet) -> Spelt | None:
    """The sheet read from a copy with its field-name heading row written in words, or None
    where no heading row is made of field names or none of its headings reads otherwise."""
    start = sheet.first_row
    for top in range(start, min(start + SCAN_ROWS, len(sheet.rows))):
        if top in sheet.hidden_rows:
            continue
        if not is_field_row(sheet.rows[top]):
            if row_score(sheet.rows[top]) > HEADING_SCORE:
                return None  # a heading row in words comes first: its table's headings
            continue
        read_as = _spelt_row(sheet, top)
        if not read_as:
            return None
        heading = list(sheet.rows[top])
        for col, (_typed, said) in read_as.items():
            heading[col] = said
        if row_score(heading) <= HEADING_SCORE:
            return None  # in words, still no heading row: not a table's field names
        typed_row = sheet.rows[top]
        # the heading row printed again down the sheet (an export's page breaks) reads alike
        rows = [heading if r == typed_row else r for r in sheet.rows]
        return Spelt(dataclasses.replace(sheet, rows=rows), top, read_as)
    return None


def relabel(sheet: Sheet) -> Sheet:
    """The sheet with its field-name headings written in words, or the sheet itself."""
    spelt = spell_out(sheet)
    return sheet if spelt is None else spelt.sheet
