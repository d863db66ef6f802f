"""Letters typed after a figure: a unit, or something a reader cannot take as one.

'12 days', '3.5 tonnes', '45 pts' carry units of the shared vocabulary; '12 homes' carries
a word the indicator's name speaks of ('New homes built'). Any other letters after a figure
('35.2abc', '12x', '7 zz', '8.9 Q') are a slip or a mark
the importer does not know: reading the figure alone would be a guess, so the cell is
doubted, never read silently as a number.
"""

from __future__ import annotations

from desktop.scorecard.parse import values
from desktop.scorecard.vocabulary import normalise

__all__ = ["unknown_unit"]


def _forms(word: str) -> set[str]:
    """A word and what it may be without a plural ending: 'homes' meets 'home', 'cases'
    'case', 'families' 'family', 'boxes' 'box'."""
    forms = {word}
    if word.endswith("s") and len(word) > 3:
        forms.add(word[:-1])
    if word.endswith("es") and len(word) > 4:
        forms.add(word[:-2])
    if word.endswith("ies") and len(word) > 4:
        forms.add(word[:-3] + "y")
    return forms


def _spoken_of(unit: str, texts: tuple[str, ...]) -> bool:
    """Every word of ``unit`` is a word of one of ``texts`` (the name, the heading)."""
    words = {f for text in texts for w in normalise(text).split() for f in _forms(w)}
    own = normalise(unit).split()
    return bool(own) and all(_forms(w) & words for w in own)


def unknown_unit(unit: str | None, *texts: str) -> bool:
    """True when ``unit``, read after a figure typed as text, is no unit the vocabulary knows
    and no word of ``texts`` (the indicator's name, the column's heading)."""
    if values.is_known_unit(unit):
        return False
    return not _spoken_of(unit or "", texts)
