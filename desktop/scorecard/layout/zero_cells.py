"""Figure cells typed 'Nil', 'Zero' (or 'None', where the sheet's key says so), once the table is read.

A zero-target measure's quarters with none are typed 0, 'Nil' or 'None' by different
officers. Such a word (``parse.zero_words``) is held as the cell's text while the table is
read, then settled by its indicator. Where the indicator counts something (its unit is a
number or money, or unstated, and its name speaks of no percentage, rate or average) and
has a figure elsewhere (a number in another period, or a target, 'Nil' too), the word is
read as 0. Otherwise it stays the cell's text with a warning, as any word in a figure cell
does: in a row of words only nothing says the row counts, and in a percentage, rate or
average none happening leaves no figure (no cases, no rate), not 0. One warning per sheet
says how many cells were read as 0, naming the first.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.scorecard import vocabulary
from desktop.scorecard.layout.note_lines import note_lines
from desktop.scorecard.layout.notes import Notes
from desktop.scorecard.model import ParsedIndicator, ParsedObservation
from desktop.scorecard.parse import zero_words
from desktop.scorecard.read.grid import Sheet

__all__ = ["Held", "settle", "sheet_key"]

_MAX_NOTE = 400  # the longest note line read for a key to the words for none


@dataclass(slots=True)
class Held:
    observation: ParsedObservation
    text: str


def sheet_key(sheet: Sheet) -> frozenset[str]:
    """The words a line of the sheet gives as none happened: {'nil', 'none'} of 'Nil / None:
    no incidents in the period' (a title's key, a footnote, a text box)."""
    return zero_words.keyed_zero_words(note_lines(sheet, 0, _MAX_NOTE))


def settle(held: list[Held], indicators: list[ParsedIndicator], notes: Notes, sheet: str) -> None:
    """Read each held word as 0 where its indicator holds a figure; else keep it as text."""
    if not held:
        return
    waiting = {id(one.observation) for one in held}
    owner: dict[int, ParsedIndicator] = {}
    for indicator in indicators:
        for observation in indicator.observations:
            if id(observation) in waiting:
                owner[id(observation)] = indicator
    read: list[Held] = []
    for one in held:
        held_by = owner.get(id(one.observation))
        if held_by is None:
            continue  # not kept as an indicator's figure (a comparator's row, a repeat)
        if not _counts(held_by):
            notes.warn(
                f"{sheet}!{one.observation.cell}: '{one.text}' is not a number, and its row is "
                "a percentage, rate or average, which has no figure where none happened — "
                "kept as text",
                kind="not a number",
            )
        elif not _holds_figure(held_by, waiting):
            notes.warn(
                f"{sheet}!{one.observation.cell}: '{one.text}' is not a number, and its row "
                "holds no figure to say it counts none — kept as text",
                kind="not a number",
            )
        else:
            one.observation.actual, one.observation.actual_text = 0.0, None
            read.append(one)
    if read:
        words = sorted({f"'{one.text}'" for one in read})
        count = len(read)
        notes.warn(
            f"{sheet}!{read[0].observation.cell}: {count} figure cell{'s' if count > 1 else ''} "
            f"typed {' or '.join(words)} read as 0, in rows of figures",
            kind=f"zero words:{sheet}",
        )


def _holds_figure(indicator: ParsedIndicator, waiting: set[int]) -> bool:
    """A number among the indicator's figures (other than the words held) or its targets."""
    return any(
        (o.actual is not None and id(o) not in waiting) or o.target is not None
        for o in indicator.observations
    )


# the units of figures that count something, where none is 0 (a share, a rate, an average
# time or a score has no figure where none happened)
_COUNTED_UNITS = frozenset({"number", "count", *vocabulary.CURRENCIES.values()})


def _counts(indicator: ParsedIndicator) -> bool:
    """The indicator counts something: a number or money, or no unit stated, and a name
    speaking of no percentage, rate or average."""
    if indicator.unit is not None and indicator.unit not in _COUNTED_UNITS:
        return False
    name = indicator.name
    if vocabulary.SHARE_MEASURE_WORDS.search(name) or vocabulary.RATE_UNIT.search(name):
        return False
    return not set(vocabulary.normalise(name).split()) & vocabulary.AVERAGE_WORDS
