"""A figure of none typed as a word: 'Nil', 'Zero', and 'None' where the sheet's key says so.

Zero-target measures (RIDDOR incidents, data breaches reported to the ICO, never events)
are filled in by officers who type a quarter with none as 0, 'Nil' or 'None'.

Decisions worth knowing:

* Only a cell holding the word alone counts ('Nil', 'zero', 'NIL.'): 'Nil return' stays the
  marker it is, and 'None reported yet' or 'None available' are words, no figure.
* 'Nil' and 'Zero' mean 0 on their own (``vocabulary.ZERO_WORDS``). 'None' in a figure cell
  says there is no figure as often as that none happened, so it is 0 only where a line of
  the sheet says so: the word, then ':', '=', a dash or 'means', then '0', 'zero', 'nil' or
  'no' before a noun ('Nil / None: no incidents in the period', "'None' = 0"). A noun
  saying a figure is missing ('None: no data', 'None – no return received') is no such key.
* Whether a figure cell's word is read as 0 also depends on its row: the layout reads it so
  only in a row that holds a figure (``layout/zero_cells.py``); a target cell's 'Nil' is a
  target of 0 (``parse/targets.py``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from desktop.scorecard import vocabulary

__all__ = ["is_zero_word", "keyed_zero_words"]

_WORD = rf"(?:{vocabulary.alternatives(vocabulary.KEYED_ZERO_WORDS)})"
_QUOTE = "['\"\u2018\u2019\u201c\u201d]?"
_SIGNS = [j for j in vocabulary.KEY_WORD_JOINERS if not j.isalpha()]
_WORDS = [j for j in vocabulary.KEY_WORD_JOINERS if j.isalpha()]
_JOINER = rf"(?:{vocabulary.alternatives(_SIGNS)}|\b(?:{vocabulary.alternatives(_WORDS)})\b)"
_VERB = rf"\b(?:{vocabulary.alternatives(vocabulary.KEY_MEANING_VERBS)})\b"
# 'Nil / None: no incidents', "'None' = 0", 'None means no cases', 'Nil or none - zero'
_ENTRY = re.compile(
    rf"(?<![\w'\u2019]){_QUOTE}(?P<words>{_WORD}(?:{_QUOTE}\s*{_JOINER}\s*{_QUOTE}{_WORD})*)"
    rf"{_QUOTE}(?![\w'\u2019])\s*(?:[:=]|[-\u2013\u2014](?=\s)|{_VERB})\s*"
    r"(?P<meaning>[^.;,()]{1,60})",
    re.I,
)
_NO_NOUN = re.compile(rf"^{vocabulary.KEY_NONE_OF}\s+(?P<noun>[a-z][a-z'\u2019-]*)", re.I)


def _plain(text: str) -> str:
    return " ".join(text.split()).lower().rstrip(".")


def is_zero_word(text: str, keyed: frozenset[str] = frozenset()) -> bool:
    """True when a figure cell's text is a word for none: 'Nil', 'Zero', or a word the
    sheet's key gives as none happened (``keyed``, e.g. 'none')."""
    plain = _plain(text)
    return plain in vocabulary.ZERO_WORDS or plain in keyed


def _says_none_happened(meaning: str) -> bool:
    """'0', 'zero', 'no incidents in the period': yes; 'no data', 'not available': no."""
    plain = _plain(meaning).strip("'\"\u2018\u2019\u201c\u201d ")
    if plain.split(" ", 1)[0] in vocabulary.KEY_ZERO_MEANINGS:
        return True
    found = _NO_NOUN.match(plain)
    return found is not None and found["noun"] not in vocabulary.NO_FIGURE_NOUNS


def keyed_zero_words(lines: Iterable[str]) -> frozenset[str]:
    """The words a sheet's key lines give as none happened: {'nil', 'none'} of 'Nil / None:
    no incidents in the period'; nothing of 'None: no data received'."""
    found: set[str] = set()
    for line in lines:
        if not any(word in line.lower() for word in vocabulary.KEYED_ZERO_WORDS):
            continue  # most lines name none of the words: no search
        for entry in _ENTRY.finditer(line):
            if _says_none_happened(entry["meaning"]):
                words = re.findall(_WORD, entry["words"], re.I)
                found.update(word.lower() for word in words)
    return frozenset(found)
