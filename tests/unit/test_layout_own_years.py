"""The council's name merged over its own figures of several years, beside comparators of
one year (or none): each year's column is the council's figure of that year."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.scorecard.layout.find import detect
from desktop.scorecard.model import ParsedScorecard, ScorecardError
from desktop.scorecard.read.workbook import read_workbook
from tests.helpers.layout_sheets import detect_rows
from tests.realistic.styles import apse_family_group_benchmarks


def figures(parsed: ParsedScorecard) -> dict[str, list[tuple[str, object]]]:
    return {
        i.code or i.name: [
            (o.period.label, o.actual if o.actual is not None else o.actual_text)
            for o in i.observations
        ]
        for i in parsed.indicators
    }


def table(
    title: str, own: str, years: tuple[str, str], group: str, under: tuple[str, str]
) -> list[list[object]]:
    return [
        [title],
        [],
        ["Ref", "Indicator", "Good is", own, None, group, None, None, "Quartile"],
        [None, None, None, *years, *under, "Rank (of 14)", None],
        ["RC1", "Cost of refuse collection per household (£)", "Low", 58.4, 61.3, 63.9, 47.1, 5, "Q2"],
        ["RC2", "Missed collections per 100,000", "Low", 42, 37.5, 48.3, 12.6, 6, "Q2"],
        ["SC1", "Sites below grade B for litter (%)", "Low", "Not submitted", 6.2, 5.1, 1.4, 9, "Q3"],
        ["SC2", "Fly-tipping incidents per 1,000 people", "Low", 4.9, 5.6, 6.3, 2.2, 7, "Q2"],
        ["PK1", "Residents satisfied with parks (%)", "High", 79, 81, 77.4, 88, 4, "Q2"],
    ]  # fmt: skip


MERGES = ["A3:A4", "B3:B4", "C3:C4", "D3:E3", "F3:H3", "I3:I4"]


@pytest.mark.parametrize(
    ("title", "own", "years", "group", "under"),
    [
        (
            "Broxtowe Borough Council - APSE performance networks",
            "Broxtowe",
            ("2021/22", "2022/23"),
            "Family group (2022/23)",
            ("Family average", "Best in family"),
        ),
        (
            "Benchmarking summary, 2023-24 data year",
            "Our council",
            ("2022-23", "2023-24"),
            "Nearest neighbours 2023-24",
            ("Nearest neighbours average", "Lowest"),
        ),
        (
            "Performance benchmarking for scrutiny",
            "Mid Devon District Council",
            ("2022/23", "2023/24"),
            "CIPFA comparator group",
            ("CIPFA average", "Similar councils average"),
        ),
    ],
)
def test_each_year_under_the_councils_name_is_its_own_figure(
    tmp_path: Path,
    title: str,
    own: str,
    years: tuple[str, str],
    group: str,
    under: tuple[str, str],
) -> None:
    first, second = (y.replace("-", "/") for y in years)
    rows = table(title, own, years, group, under)
    parsed = detect_rows(tmp_path / "b.xlsx", rows, MERGES)
    assert parsed.review == []
    assert figures(parsed) == {
        "RC1": [(first, 58.4), (second, 61.3)],
        "RC2": [(first, 42), (second, 37.5)],
        "SC1": [(first, "Not submitted"), (second, 6.2)],
        "SC2": [(first, 4.9), (second, 5.6)],
        "PK1": [(first, 79), (second, 81)],
    }
    polarity = {i.code: i.polarity for i in parsed.indicators}
    assert polarity["RC1"] == "lower_is_better" and polarity["PK1"] == "higher_is_better"


def test_a_name_nothing_says_is_the_councils_is_refused_naming_its_heading(
    tmp_path: Path,
) -> None:
    under = ("Family average", "Best in family")
    rows = table("APSE networks", "Broxtowe", ("2021/22", "2022/23"), "Family group", under)
    with pytest.raises(ScorecardError) as refused:
        detect_rows(tmp_path / "benchmarks.xlsx", rows, MERGES)
    message = str(refused.value)
    assert "Scorecard!D3" in message and "'Broxtowe 2021/22'" in message
    assert "cards" not in message


def test_two_councils_names_over_their_years_are_not_guessed_between(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Bedford and Luton Borough Councils - benchmarking"],
        [],
        ["Ref", "Indicator", "Bedford", None, "Luton", None, "England"],
        [None, None, "2022/23", "2023/24", "2022/23", "2023/24", None],
        ["B1", "Recycling rate (%)", 45.1, 46.0, 37.9, 38.2, 41.7],
        ["B2", "Looked after children per 10,000", 69, 71, 66, 64, 70],
    ]
    try:
        parsed = detect_rows(tmp_path / "b.xlsx", rows, ["C3:D3", "E3:F3"])
    except ScorecardError:
        return  # refused: neither council's columns guessed
    assert parsed.review or not any(o.actual for i in parsed.indicators for o in i.observations)


def test_a_refusal_names_the_heading_not_a_guess_at_cards(tmp_path: Path) -> None:
    """With nothing saying whose the figures are, a sheet whose rows could pass for cards of
    label/value pairs is refused at the heading it could not place, not at the cards."""
    path = tmp_path / "benchmarks.xlsx"
    apse_family_group_benchmarks.build(path)
    book = load_workbook(path)
    book.active["A1"] = "APSE performance networks benchmarking"  # no council named
    book.save(path)
    with pytest.raises(ScorecardError) as refused:
        detect(read_workbook(path))
    message = str(refused.value)
    assert "!E5: the column headed 'Broxtowe 2021/22' holds figures" in message


@pytest.mark.parametrize("own", ["2023/24 Our council", "Our council 2023/24", "2023/24 Council"])
def test_the_year_in_the_councils_own_heading_wins_over_the_titles_period(
    tmp_path: Path, own: str
) -> None:
    """'2023/24 Our council' beside undated comparators, under a title naming Quarter 2
    2024/25: the council's figures are of the year its heading names, not the title's."""
    rows: list[list[object]] = [
        ["People Services Performance Scorecard – Quarter 2 2024/25"],
        [],
        ["Code", "Indicator", own, "England", "Statistical neighbours", "Quartile"],
        ["CS01", "Re-referrals within 12 months (%)", 20.7, 22.4, 21.9, "Upper middle"],
        ["CS02", "Child protection plans lasting 2 years or more (%)", 2.8, 3.9, 3.4, "Top"],
        ["AS01", "Permanent admissions to care homes, 65+, per 100,000", 598.3, 560.8, "-", "Bottom"],
    ]  # fmt: skip
    parsed = detect_rows(tmp_path / "b.xlsx", rows)
    assert parsed.review == []
    assert figures(parsed) == {
        "CS01": [("2023/24", 20.7)],
        "CS02": [("2023/24", 2.8)],
        "AS01": [("2023/24", 598.3)],
    }
