"""Total rows of a many-area table that stand for England or the chosen area's region.

Official returns (Defra fly-tipping, DLUHC housing tables) put the sums above the councils:
the council columns say "*Total" and a Region column says which total it is ("*Total
England", "Yorkshire and The Humber"). With ``--area`` such rows are the area's comparators,
but only the national total and the chosen area's own region: the other regions' totals are
left out like the other councils.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.scorecard import vocabulary
from desktop.scorecard.layout.header import Column, Header, text_of
from desktop.scorecard.layout.rows import AreaChoice
from desktop.scorecard.read.grid import CellValue


def _words_after_total(text: str) -> str:
    words = vocabulary.normalise(text).split()
    while words and " ".join(words[:1]) in vocabulary.NOT_AREAS:
        words = words[1:]
    return " ".join(words)


def total_comparator(text: str, own_region: str | None) -> str | None:
    """The comparator a total row's region cell names, or None when it is not the area's."""
    if not text:
        return None
    named = vocabulary.area_comparator(_words_after_total(text))
    if named in vocabulary.NATIONAL_COMPARATORS:
        return named
    if own_region is not None and vocabulary.area_key(text) == own_region:
        return named or "Regional"
    return None


def region_column(header: Header) -> Column | None:
    """The column headed Region beside the council's own name, that names no area itself."""
    for column in header.columns:
        if column.field == "ignore" and "region" in vocabulary.normalise(column.header).split():
            return column
    return None


def own_region(header: Header, choice: AreaChoice, region: Column) -> str | None:
    """The region written beside the chosen area's rows (area key), when they all agree."""
    if choice.wanted is None:
        return None
    found: set[str] = set()
    for row in header.sheet.rows[header.first_data :]:
        texts = [vocabulary.area_key(_at(row, c.index)) for c in choice.columns]
        if choice.wanted in texts:
            key = vocabulary.area_key(_at(row, region.index))
            if key:
                found.add(key)
    return found.pop() if len(found) == 1 else None


def _at(row: list[CellValue], index: int) -> str:
    return text_of(row[index]) if 0 <= index < len(row) else ""


@dataclass(slots=True)
class TotalsAreaChoice(AreaChoice):
    """An area choice that also keeps the England and own-region total rows as comparators."""

    region: Column | None = None
    own_region: str | None = None
    country: Column | None = None  # on a national row the region is blank: 'country_name'

    def decide(self, row: list[CellValue]) -> tuple[str, str | None]:
        verdict = AreaChoice.decide(self, row)
        if verdict[0] != "skip" or self.region is None:
            return verdict
        texts = [vocabulary.normalise(_at(row, c.index)) for c in self.columns]
        if not all(not t or t in vocabulary.NOT_AREAS for t in texts):
            return verdict  # another council's row
        named = _at(row, self.region.index)
        if not named and self.country is not None:
            named = _at(row, self.country.index)
        name = total_comparator(named, self.own_region)
        return ("comparator", name) if name is not None else verdict


def with_totals(header: Header, choice: AreaChoice) -> AreaChoice:
    """``choice`` extended to the total rows of a table with a Region column, else as it is."""
    region = region_column(header)
    if region is None or choice.wanted is None:
        return choice
    return TotalsAreaChoice(
        choice.columns,
        choice.wanted,
        choice.why,
        region=region,
        own_region=own_region(header, choice, region),
        country=_country(header),
    )


def _country(header: Header) -> Column | None:
    """A column headed with the country's name ('country_name'), not its code; a table read
    by its measures may have set it aside, so the heading row itself is looked at."""
    for index, heading in enumerate(header.sheet.rows[header.top]):
        words = vocabulary.normalise(text_of(heading)).split()
        if "country" in words and "code" not in words:
            return Column(index, text_of(heading), "ignore")
    return None
