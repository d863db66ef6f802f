"""The words a custom number format shows in place of a number, picked by section as Excel
picks it; a format that shows the number, or one that cannot be followed, gives no words.
The readers keep such formats on the cells they style."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from desktop.scorecard.read.format_words import sections, shown_words, shows_words
from desktop.scorecard.read.workbook import read_workbook

STATUS = '[=1]"On track";[=2]"At risk";"Off track"'
TREND = '[Color10][>0]"\u25b2 Improving";[Red][<0]"\u25bc Worsening";"\u25ba No change"'


@pytest.mark.parametrize(
    ("value", "words"),
    [(1, "On track"), (2, "At risk"), (3, "Off track"), (0, "Off track"), (2.0, "At risk")],
)
def test_conditions_pick_the_section_and_the_last_takes_the_rest(value: float, words: str) -> None:
    assert shown_words(STATUS, value) == words


@pytest.mark.parametrize(
    ("value", "words"),
    [(1, "\u25b2 Improving"), (0.4, "\u25b2 Improving"), (-1, "\u25bc Worsening"),
     (0, "\u25ba No change")],
)  # fmt: skip
def test_a_colour_before_a_condition_is_no_part_of_the_words(value: float, words: str) -> None:
    assert shown_words(TREND, value) == words


@pytest.mark.parametrize(
    ("code", "value", "words"),
    [
        ('"Met";"Not met";"No target"', 5, "Met"),
        ('"Met";"Not met";"No target"', -2, "Not met"),
        ('"Met";"Not met";"No target"', 0, "No target"),
        ('"Higher";"Lower"', 0, "Higher"),
        ('"Higher";"Lower"', -1, "Lower"),
        ("[=1]\\Y;[=0]\\N", 0, "N"),
        ('[=1]"Yes";"No"', 7, "No"),
        ('[Blue]"Complete"', 1, "Complete"),
        ('[<0]"Down";[>0]"Up";"Level"', -3, "Down"),
    ],
)
def test_positive_negative_and_zero_sections(code: str, value: float, words: str) -> None:
    assert shown_words(code, value) == words


@pytest.mark.parametrize(
    "code",
    ['0.0" days"', '#,##0" pts"', '"\u00a3"#,##0', "0.0%", '0.0"%"', "General", "dd/mm/yyyy",
     '"w/c "dd/mm/yy', "_-* #,##0_-;-* #,##0_-;_-* \"-\"??_-;_-@_-", "[h]:mm"],
)  # fmt: skip
def test_a_format_showing_the_number_gives_no_words(code: str) -> None:
    assert not shows_words(code)
    assert shown_words(code, 1) is None


@pytest.mark.parametrize(
    ("code", "value"),
    [
        ('[=1]"On track";[=2]"At risk"', 3),  # no section for 3
        ('[=1]"Yes"', 0),
        (STATUS, -1),  # a negative in the section left over: Excel may sign the words
        ('"Done"', -1),  # a negative in a lone section: '-Done'
        ('[=-1]"Worse";[=1]"Better";"Same"', -1),
        ('0;-0;"-"', 4),  # the number itself
        ('"On track";;', 0),  # an empty section shows nothing
        ('[=1]"A";[=2]"B";[=3]"C"', 3),  # a third condition is no Excel format
        ('[DBNum1]"A"', 1),
        ('[=1]"Unclosed', 1),
    ],
)
def test_numbers_not_surely_shown_as_words_give_none(code: str, value: float) -> None:
    assert shown_words(code, value) is None


def test_words_need_a_number() -> None:
    assert shown_words(STATUS, "1") is None
    assert shown_words(STATUS, True) is None
    assert shown_words(STATUS, None) is None
    assert shown_words(None, 1) is None


def test_sections_split_outside_quotes_and_escapes() -> None:
    assert sections('"a;b";\\;;0') == ['"a;b"', "\\;", "0"]


def test_the_xlsx_reader_keeps_a_format_showing_words(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["Status", "Met?", "Figure"])
    ws.append([1, 0, 5])
    ws["A2"].number_format = STATUS
    ws["B2"].number_format = "[=1]\\Y;[=0]\\N"  # escaped letters, no quotes
    ws["C2"].number_format = "0.0"
    wb.save(tmp_path / "f.xlsx")
    styles = read_workbook(tmp_path / "f.xlsx").sheets[0].styles
    assert styles[(1, 0)].number_format == STATUS
    assert styles[(1, 1)].number_format == "[=1]\\Y;[=0]\\N"
    assert (1, 2) not in styles
