"""Column letters both ways, as every part of the importer names cells."""

from __future__ import annotations

import pytest

from desktop.scorecard.read.cellrefs import column_index, column_letters


@pytest.mark.parametrize(
    ("letters", "index"),
    [
        ("A", 0),
        ("Z", 25),
        ("AA", 26),
        ("AZ", 51),
        ("BA", 52),
        ("ZZ", 701),
        ("AAA", 702),
        ("XFD", 16383),
    ],
)
def test_letters_and_numbers_agree(letters: str, index: int) -> None:
    assert column_index(letters) == index
    assert column_index(letters.lower()) == index
    assert column_letters(index) == letters


def test_every_column_of_a_sheet_goes_there_and_back() -> None:
    assert all(column_index(column_letters(i)) == i for i in range(16384))
