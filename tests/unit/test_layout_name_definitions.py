"""A name cell holding a short name, a line break, then what the indicator counts: the first
line names it and the rest is its definition. Other cells broken over lines stay whole."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont

from desktop.scorecard.importer import preview
from desktop.scorecard.layout.name_definitions import split
from tests.helpers.layout_sheets import detect_rows

HEADING = ["Performance measure", "Q1 2024/25", "Q2 2024/25", "Target"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rent collected\nRent collected from current tenants as a share of the rent due.",
         "Rent collected"),
        ("Sickness absence\r\nAverage working days lost per full-time employee, rolling year",
         "Sickness absence"),
        ("Fly-tipping: cleared on time\n\n95% of reported incidents cleared within 5 working days",
         "Fly-tipping: cleared on time"),
        ("Delayed discharges:\nPeople fit to leave hospital who waited more than a day for care",
         "Delayed discharges"),
    ],
)  # fmt: skip
def test_a_short_name_over_a_sentence_is_a_name_and_its_definition(text: str, name: str) -> None:
    found = split(text)
    assert found is not None and found[0] == name
    assert found[1] == " ".join(text.split("\n", 1)[1].split())


@pytest.mark.parametrize(
    "text",
    [
        "Rate of looked after children\n(per 10,000 population aged under 18)",  # a unit
        "Households in temporary accommodation at the end of\nthe quarter, including B&B",
        "Households in temporary accommodation\nat the end of the quarter, including B&B",
        "Rent arrears\nCurrent tenants",  # a qualifier, not a sentence
        "HSG01\nRent collected from current tenants as a share of the rent due",  # a code
        "Rent collected - from current tenants as a share of the rent due this year",
        "Percentage of pupils achieving five or more GCSEs at grades A* to C\nIncluding English",
        "Number of Affordable Homes\nDelivered in the Year by Registered Housing Providers",
    ],
)
def test_other_cells_broken_over_lines_are_not_split(text: str) -> None:
    assert split(text) is None


def _rows(names: list[str]) -> list[list[object]]:
    return [HEADING, *([name, 60.0 + n, 61.0 + n, 70] for n, name in enumerate(names))]


def test_a_table_of_names_with_definitions_keeps_each_definition(tmp_path: Path) -> None:
    parsed = detect_rows(
        tmp_path / "s.xlsx",
        _rows(
            [
                "Library visits\nPhysical visits to the county's libraries, per 1,000 residents.",
                "Leisure centre users\nPeople using a council leisure centre at least once a month",
                "Museum visitors",
            ]
        ),
    )
    assert [(i.name, i.description) for i in parsed.indicators] == [
        ("Library visits", "Physical visits to the county's libraries, per 1,000 residents."),
        (
            "Leisure centre users",
            "People using a council leisure centre at least once a month",
        ),
        ("Museum visitors", None),
    ]
    assert not parsed.review


def test_a_description_column_wins_over_the_definition_in_the_name(tmp_path: Path) -> None:
    names = [
        "Library visits\nPhysical visits to the county's libraries, per 1,000 residents.",
        "Leisure centre users\nPeople using a council leisure centre at least once a month",
    ]
    rows: list[list[object]] = [
        ["Measure", "Description", "Q1 2024/25"],
        [names[0], "Visits counted at the door", 310.0],
        [names[1], None, 12.5],
    ]
    parsed = detect_rows(tmp_path / "s.xlsx", rows)
    assert [(i.name, i.description) for i in parsed.indicators] == [
        ("Library visits", "Visits counted at the door"),
        ("Leisure centre users", "People using a council leisure centre at least once a month"),
    ]


def test_names_the_split_would_make_alike_are_kept_whole(tmp_path: Path) -> None:
    names = [
        "Care home admissions\nOlder people aged 65 and over, per 100,000 population",
        "Care home admissions\nWorking age adults aged 18 to 64, per 100,000 population",
        "Direct payments\nPeople receiving long-term support who get a direct payment",
    ]
    parsed = detect_rows(tmp_path / "s.xlsx", _rows(names))
    assert [i.name for i in parsed.indicators] == [" ".join(n.split()) for n in names]
    assert all(i.description is None for i in parsed.indicators)


def test_one_name_broken_over_lines_is_not_the_table_s_style(tmp_path: Path) -> None:
    names = [
        "Library visits\nPhysical visits to the county's libraries, per 1,000 residents.",
        "Leisure centre users",
        "Museum visitors",
    ]
    parsed = detect_rows(tmp_path / "s.xlsx", _rows(names))
    assert parsed.indicators[0].name == " ".join(names[0].split())


def test_a_bold_first_line_in_rich_text_reads_the_same(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(HEADING)
    definitions = [
        ("Library visits", "Physical visits to the county's libraries, per 1,000 residents."),
        ("Leisure centre users", "People using a council leisure centre at least once a month"),
    ]
    for n, (name, meaning) in enumerate(definitions):
        ws.append([None, 60.0 + n, 61.0 + n, 70])
        ws.cell(row=n + 2, column=1).value = CellRichText(
            TextBlock(InlineFont(b=True), name), "\n" + meaning
        )
    wb.save(tmp_path / "r.xlsx")
    parsed = preview(tmp_path / "r.xlsx")
    assert [(i.name, i.description) for i in parsed.indicators] == definitions
