"""Characters around text that are not part of what it says: invisible ones and footnote marks.

Text pasted from web pages and PDFs carries zero-width spaces and byte-order marks, and
statisticians' tables put superscript footnote marks on names and figures ("85.2¹",
"Rate per 10,000²"). Unicode normalisation (NFKC/NFKD) would fold a superscript into an
ordinary digit and silently turn 85.2¹ into 85.21, so every normaliser in ``parse`` calls
:func:`unmark` first.

A superscript after a unit of area or volume ("m²", "km³") is the unit's power and is kept.
Superscript letters straight after a figure ("118ᵃ", "12.5 ⁱⁱ") call up a note the same way
(the readers write a letter formatted superscript so); elsewhere they are left to NFKC.
So is a footnote's asterisk or dagger after a word ("Rent collected *", "Homes built**"):
it marks the line under the table that explains it, and is no part of the name.
"""

from __future__ import annotations

import re

from desktop.scorecard import vocabulary

__all__ = ["INVISIBLE", "drop_note_mark", "unmark"]

INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_INVISIBLE_RE = re.compile(f"[{INVISIBLE}]")
_SUPERSCRIPTS = "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079"
_SUPERSCRIPT_RE = re.compile(rf"(?P<word>[^\W\d_{_SUPERSCRIPTS}]*)(?P<mark>[{_SUPERSCRIPTS}]+)")
# the superscript lower-case letters (all but q, which Unicode lacks)
_LETTERS = (
    "\u1d43\u1d47\u1d9c\u1d48\u1d49\u1da0\u1d4d\u02b0\u2071\u02b2\u1d4f\u02e1\u1d50"
    "\u207f\u1d52\u1d56\u02b3\u02e2\u1d57\u1d58\u1d5b\u02b7\u02e3\u02b8\u1dbb"
)
_LETTER_MARK_RE = re.compile(rf"(?<=[\d%{_SUPERSCRIPTS}])\s?[{_LETTERS}]+(?![^\W\d_])")


def _drop_mark(found: re.Match[str]) -> str:
    word = found["word"]
    return found[0] if word.lower() in vocabulary.POWER_UNITS else word


def unmark(text: str) -> str:
    """``text`` without invisible characters or superscript footnote marks (a unit's ² stays)."""
    if text.isascii():
        return text
    text = _INVISIBLE_RE.sub("", text)
    text = _LETTER_MARK_RE.sub("", text)
    return _SUPERSCRIPT_RE.sub(_drop_mark, text)


# an asterisk or dagger after a word (two letters or a bracket: 'A*' is a grade), not after
# a figure ('54%*' is read by the value parser) nor standing alone ('*' is a marker itself)
# (or after a space, in text with a word in it: 'at age 5 *')
# (several may stand together, a dagger beside an asterisk: 'Homes let †*', 'Days lost † *')
_NOTE_MARK_RE = re.compile(
    r"(?:(?<=[^\W\d_]{2})|(?<=[)\]])|(?<=\S)(?=\s))\s*(?:\*+|[\u2020\u2021]+)"
    r"(?:\s*(?:\*+|[\u2020\u2021]+))*$"
)
_WORD_RE = re.compile(r"[^\W\d_]{2}")


def drop_note_mark(text: str) -> str:
    """``text`` without a footnote's asterisk or dagger after its last word."""
    if not text.endswith(("*", "\u2020", "\u2021")) or _WORD_RE.search(text) is None:
        return text
    return _NOTE_MARK_RE.sub("", text)
