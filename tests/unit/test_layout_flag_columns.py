"""A flag column beside each figure: the figure as it stands, a stand-in flag as the figure's text."""

from __future__ import annotations

from desktop.scorecard.layout.find import detect
from desktop.scorecard.model import ParsedScorecard
from desktop.scorecard.read.grid import CellValue, Sheet, Workbook


def _read(heading: list[CellValue], *rows: list[CellValue]) -> ParsedScorecard:
    sheet = Sheet("Table 1", [heading, *rows])
    return detect(Workbook(path="/tmp/table.xlsx", format="xlsx", sheets=[sheet]))


def _seen(read: ParsedScorecard) -> dict[str, list[tuple[str, float | None, str | None, object]]]:
    return {
        i.name: [(o.period.label, o.actual, o.actual_text, o.rag) for o in i.observations]
        for i in read.indicators
    }


def test_flags_qualify_figures_and_stand_in_for_blank_ones() -> None:
    read = _read(
        ["Code", "Indicator", "2021-22", "Flag", "2022-23", "Flag"],
        ["H1", "Net additional dwellings", 538.0, None, 497.0, "r"],
        ["H2", "Rough sleepers counted", None, "c", 14.0, None],
        ["H3", "Vacant dwellings", 901.0, "e", None, ":"],
        ["H4", "Licensed HMOs", 46.0, None, 52.0, "p"],
    )
    assert _seen(read) == {
        "Net additional dwellings": [
            ("2021/22", 538.0, None, None),
            ("2022/23", 497.0, None, None),
        ],
        "Rough sleepers counted": [("2021/22", None, "c", None), ("2022/23", 14.0, None, None)],
        "Vacant dwellings": [("2021/22", 901.0, None, None), ("2022/23", None, ":", None)],
        "Licensed HMOs": [("2021/22", 46.0, None, None), ("2022/23", 52.0, None, None)],
    }
    assert not any("Flag" in w for w in read.warnings)
    assert read.review == []


def test_ons_bracketed_markers_under_other_headings() -> None:
    read = _read(
        ["Code", "Measure", "2023", "Obs status", "2024", "Obs status"],
        ["E1", "Employment rate (%)", 74.2, "[p]", None, "[x]"],
        ["E2", "Claimant count", 1520.0, None, 1610.0, "[r]"],
    )
    seen = _seen(read)
    assert seen["Employment rate (%)"] == [("2023", 74.2, None, None), ("2024", None, "[x]", None)]
    assert seen["Claimant count"] == [("2023", 1520.0, None, None), ("2024", 1610.0, None, None)]


def test_a_flag_holding_only_a_provisional_mark_and_no_figure_gives_no_observation() -> None:
    read = _read(
        ["Code", "Indicator", "2022-23", "Flag", "2023-24", "Flag"],
        ["H1", "Net additional dwellings", 538.0, None, None, "p"],
        ["H2", "Affordable homes", 118.0, "e", 164.0, None],
    )
    assert [o.period.label for o in read.indicators[0].observations] == ["2022/23"]


def test_a_flag_column_of_rag_letters_is_still_a_rag_column() -> None:
    read = _read(
        ["Code", "Indicator", "Target", "Q1 2024/25", "Flag"],
        ["H1", "Repairs on time (%)", 90.0, 91.0, "G"],
        ["H2", "Empty homes relet", 40.0, 30.0, "R"],
        ["H3", "Rent collected (%)", 98.0, 97.0, "A"],
    )
    assert [o.rag for i in read.indicators for o in i.observations] == ["green", "red", "amber"]


def test_flag_columns_headed_with_their_year() -> None:
    read = _read(
        ["Code", "Indicator", "2021-22", "2021-22 Flag", "2022-23", "2022-23 Flag"],
        ["H1", "Net additional dwellings", 538.0, "r", None, "c"],
        ["H2", "Affordable homes", 118.0, "e", 164.0, "p"],
    )
    assert _seen(read)["Net additional dwellings"] == [
        ("2021/22", 538.0, None, None),
        ("2022/23", None, "c", None),
    ]
    assert not any("not recognised" in w for w in read.warnings)
