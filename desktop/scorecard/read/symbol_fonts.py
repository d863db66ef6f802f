"""Characters typed in a symbol font, read as the shapes they draw.

Old report templates draw a status as a letter in a symbol font: a Wingdings 'l' prints as a
filled circle, an 'n' as a square, a 'u' as a diamond, told apart by the font's colour. The
cell holds the letter, so every reader gives the shape it draws instead, the way the sheet
shows it. Only the glyphs below are read (the font's code chart); any other character in a
symbol font is left as typed.
"""

from __future__ import annotations

# the symbol fonts' names, lower case, as a style names them
_GLYPHS: dict[str, dict[str, str]] = {
    "wingdings": {
        "l": "\u25cf",  # black circle
        "m": "\u274d",  # shadowed white circle
        "n": "\u25a0",  # black square
        "o": "\u25a1",  # white square
        "q": "\u2751",  # shadowed white square
        "t": "\u29eb",  # black lozenge
        "u": "\u25c6",  # black diamond
        "\u00fb": "\u2717",  # ballot x
        "\u00fc": "\u2713",  # check mark
        "\u00fd": "\u2612",  # ballot box with x
        "\u00fe": "\u2611",  # ballot box with check
        "J": "\u263a",  # smiling face
        "K": "\U0001f610",  # neutral face
        "L": "\u2639",  # frowning face
    },
    "wingdings 2": {
        "O": "\u2717",  # ballot x
        "P": "\u2713",  # check mark
        "R": "\u2611",  # ballot box with check
        "T": "\u2612",  # ballot box with x
    },
    "wingdings 3": {
        "p": "\u25b2",  # black up-pointing triangle
        "q": "\u25bc",  # black down-pointing triangle
    },
    "webdings": {
        "n": "\u25cf",  # black circle
        "g": "\u25a0",  # black square
        "a": "\u2713",  # check mark
        "r": "\u2717",  # ballot x
    },
}
_LONGEST = 3  # a status cell of symbols is a symbol or two, maybe doubled


def is_symbol_font(name: str | None) -> bool:
    """A font that draws symbols in place of letters (Wingdings, Webdings)."""
    return name is not None and _name(name) in _GLYPHS


def _name(font: str) -> str:
    return font.strip().strip("'\"").strip().lower()


def drawn(font: str | None, value: object) -> str | None:
    """The shapes a short text in a symbol font draws ('l' in Wingdings -> '●'); None when
    the font is no symbol font or a character of the text is not one of its known glyphs."""
    if font is None or not isinstance(value, str):
        return None
    glyphs = _GLYPHS.get(_name(font))
    text = value.strip()
    if glyphs is None or not text or len(text) > _LONGEST:
        return None
    if any(ch not in glyphs for ch in text):
        return None
    return "".join(glyphs[ch] for ch in text)
