"""Figures typed with a fraction: '9½ days', '17 ½', '¾', '8 3/4 days', '4 and a half days'.

Officers who type in the figures service managers send by email keep them as written, and
Word (where many were drafted) turns a typed 1/2, 1/4 or 3/4 into '½', '¼', '¾'. Such a
figure is the number it says, in figure and target cells alike.

Decisions worth knowing:

* A fraction character (``vocabulary.FRACTION_CHARACTERS``: ½ ¼ ¾ ⅓ ⅔ ⅛ …) is its part of
  one, alone ('¾' is 0.75) or after a whole number, with or without a space ('9½' and
  '9 ½' are 9.5). It is read before Unicode normalisation, which writes '½' as '1⁄2' and so
  would make '9½' the figures 91 and 2.
* A whole number, a space and a proper fraction ('8 3/4 days', '2 13/16' as Excel shows a
  fraction format) is the whole plus the fraction, unless the whole is a year ('2023 1/2'
  may be its first half). 'a/b' alone is left as it was read
  before: it may be a date Excel did not convert, a score out of b or cases out of cases due.
* A whole number, 'and' (or '&') and a part in words (``vocabulary.FRACTION_WORDS``: '4 and
  a half', '2 & three quarters') is the whole plus the part.
* The rest of the cell reads as any figure's ('days' its unit, 'target' a label before it):
  ``as_decimal`` only writes the fraction as a decimal. A cell that does not then read as a
  number is kept as it was typed.
"""

from __future__ import annotations

import re

from desktop.scorecard import vocabulary

__all__ = ["as_decimal", "is_lone_character"]

_CHARACTERS = "".join(vocabulary.FRACTION_CHARACTERS)
_SPACE = r"[ \u00a0\u2009\u202f]"
# '9½', '9 ½', '¾': a fraction character after a whole number or on its own
_CHARACTER = re.compile(
    rf"(?<![\w.,/])(?:(?P<whole>\d+){_SPACE}?)?(?P<char>[{_CHARACTERS}])(?![\d/\u2044])"
)
# '8 3/4': a whole number, a space and a fraction
_SLASHED = re.compile(
    rf"(?<![\w.,/])(?!(?:19|20)\d\d\b)(?P<whole>\d+){_SPACE}+(?P<top>\d+)/(?P<bottom>\d+)"
    r"(?![\w./,])"
)
# '4 and a half': a whole number, 'and' and a part in words
_WORDED = re.compile(
    rf"(?<![\w.,/])(?P<whole>\d+){vocabulary.FRACTION_JOINER}(?P<part>"
    rf"{vocabulary.alternatives(vocabulary.FRACTION_WORDS)})(?![\w-])",
    re.I,
)


def as_decimal(text: str, *, decimal_comma: bool = False) -> str | None:
    """The text with each fraction in it written as a decimal ('9½ days' -> '9.5 days',
    '4 and a half' -> '4.5'); None when it holds no fraction read so."""
    if text.isascii() and "/" not in text and _WORDED.search(text) is None:
        return None  # no fraction character, slash or part in words: the usual cell
    point = "," if decimal_comma else "."

    def written(whole: str | None, top: int, bottom: int) -> str:
        number = int(whole or "0") + top / bottom
        return repr(number).replace(".", point)

    def character(found: re.Match[str]) -> str:
        top, bottom = vocabulary.FRACTION_CHARACTERS[found["char"]]
        return written(found["whole"], top, bottom)

    def slashed(found: re.Match[str]) -> str:
        top, bottom = int(found["top"]), int(found["bottom"])
        if not 0 < top < bottom:
            return found[0]  # '2 5/4', '3 0/4': no proper fraction, left as typed
        return written(found["whole"], top, bottom)

    def worded(found: re.Match[str]) -> str:
        top, bottom = vocabulary.FRACTION_WORDS[found["part"].lower()]
        return written(found["whole"], top, bottom)

    rewritten = _CHARACTER.sub(character, text)
    rewritten = _SLASHED.sub(slashed, rewritten)
    rewritten = _WORDED.sub(worded, rewritten)
    return rewritten if rewritten != text else None


def is_lone_character(text: str) -> bool:
    """A fraction character with no whole number before it ('¾', '½ day'): Word writes a
    typed '3/4' so too, which in a row of cases out of cases due is 3 of 4, not 0.75."""
    found = _CHARACTER.search(text)
    return found is not None and found["whole"] is None
