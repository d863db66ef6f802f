"""Column letters and A1 cell names, as the sheets' XML and formulas write them."""

from __future__ import annotations


def column_index(letters: str) -> int:
    """0-based column number of letters like 'AB' (either case)."""
    n = 0
    for ch in letters.upper():
        n = n * 26 + ord(ch) - 64
    return n - 1


def column_letters(col: int) -> str:
    """0-based column number -> its letters: 0 -> 'A', 27 -> 'AB'."""
    letters = ""
    col += 1
    while col:
        col, rest = divmod(col - 1, 26)
        letters = chr(65 + rest) + letters
    return letters
