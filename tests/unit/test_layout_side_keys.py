"""A key printed beside the table, a column apart, is not a column of the table: the
table is read as without it, whatever the key's words or shape."""

from __future__ import annotations

from pathlib import Path

from desktop.scorecard.layout import side_keys
from desktop.scorecard.read.grid import Sheet
from tests.helpers.layout_sheets import detect_rows


def _read(rows: list[list[object]], path: Path) -> dict[tuple[str, str], tuple[object, ...]]:
    read = detect_rows(path, rows)
    assert read.review == []
    return {
        (i.code or i.name, o.period.label): (o.actual, o.target, o.rag)
        for i in read.indicators
        for o in i.observations
    }


def test_a_legend_beside_titled_blocks_leaves_their_targets_and_statuses(tmp_path: Path) -> None:
    plain = [
        ["Year", "Result", "Target", "Rating"],
        ["WST1 - Household waste recycled (%)"],
        ["2022/23", 41.2, 45, "Red"],
        ["2023/24", 44.0, 45, "Amber"],
        [],
        ["WST2 - Missed bins per 100,000 collections"],
        ["2022/23", 52, 60, "Green"],
        ["2023/24", 57, 55, "Amber"],
    ]
    legend = [
        "Legend",
        "Red - more than 5% worse than target",
        "Amber - within 5% of target",
        "Green - target met or exceeded",
    ]
    keyed = [list(row) for row in plain]
    for i, line in enumerate(legend):
        keyed[i] = keyed[i] + [None] * (5 - len(keyed[i])) + [line]
    want = _read(plain, tmp_path / "plain.xlsx")
    assert want[("WST1", "2023/24")] == (44.0, 45.0, "amber")
    assert _read(keyed, tmp_path / "keyed.xlsx") == want


def test_a_key_of_letters_and_meanings_in_two_columns_beside_a_wide_table(tmp_path: Path) -> None:
    plain = [
        ["PI", "Measure", "Q1 2024/25", "Q2 2024/25", "Target", "RAG"],
        ["CS1", "Calls answered in 60 seconds (%)", 78.0, 82.5, 80, "G"],
        ["CS2", "Complaints answered in 10 days (%)", 71.0, 69.4, 85, "R"],
        ["CS3", "Web forms processed in 5 days (%)", 88.0, 83.0, 85, "A"],
        ["CS4", "Face to face visits seen in 15 mins (%)", 91.0, 92.0, 90, "G"],
    ]
    key = [["RAG key", None], ["R", "Target missed"], ["A", "Close to target"], ["G", "Met"]]
    keyed = [[*row, None, None, *key[i]] if i < len(key) else row for i, row in enumerate(plain)]
    want = _read(plain, tmp_path / "plain.xlsx")
    assert want[("CS2", "Q2 2024/25")] == (69.4, 85.0, "red")
    read = detect_rows(tmp_path / "keyed.xlsx", keyed)
    assert not any("not recognised" in w for w in read.warnings)
    assert _read(keyed, tmp_path / "keyed2.xlsx") == want


def _sheet(rows: list[list[object]]) -> Sheet:
    return Sheet(name="Scorecard", rows=rows)  # type: ignore[arg-type]


def test_a_column_of_the_table_past_a_spacer_is_not_a_key() -> None:
    """A 'Comments' column after a blank spacer column is under its heading; a status
    column repeats its letters: neither is a key."""
    rows: list[list[object]] = [
        ["Measure", "Q2 2024/25", None, "Comments"],
        ["Rent collected (%)", 97.1, None, "Q2: on target"],
        ["Re-let days", 41, None, "Q1: below target"],
    ]
    assert side_keys.without(_sheet(rows)).rows == rows
    statuses: list[list[object]] = [
        ["Measure", "Q2 2024/25"],
        [],
        ["Rent collected (%)", 97.1, None, "G", "On target"],
        ["Re-let days", 41, None, "R", "Missed target"],
        ["Repairs on time (%)", 88, None, "G", "On target again"],
    ]
    assert side_keys.without(_sheet(statuses)).rows == statuses


def test_a_key_standing_alone_is_left_for_the_key_reader() -> None:
    rows: list[list[object]] = [
        ["Measure", "Q2 2024/25"],
        ["Rent collected (%)", 97.1],
        [],
        [None, None, None, "R = off target"],
        [None, None, None, "G = on target"],
    ]
    assert side_keys.without(_sheet(rows)).rows == rows


def test_text_targets_beside_letters_between_section_rows_are_the_tables_own(
    tmp_path: Path,
) -> None:
    """'85' | 'A', '90' | 'G' down a Target and a RAG column, a few rows between section
    rows, read like key entries; the heading above them makes them the table's columns."""
    rows: list[list[object]] = [
        ["PI code", "Measure", None, "Q1", "Q2", "Q3", "Q4", "Target", "Rating"],
        ["Resources"],
        [
            "R1",
            "Calls answered within 60 seconds (%)",
            None,
            "78.4",
            "81.9",
            "84.6",
            None,
            "85",
            "A",
        ],
        ["R2", "Complaints answered in 10 days (%)", None, "88", "91.5", "93.2", None, "90", "G"],
        ["R3", "Invoices paid within 30 days (%)", None, "97", "98.2", "98.6", None, "98", "G"],
        ["Place"],
        ["P1", "Major applications in 13 weeks (%)", None, "85", "88", "92", None, "80", "G"],
        ["P2", "Missed bins per 100,000", None, "61", "58", "66", None, "50", "R"],
    ]
    rows[0][3:7] = ["Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25"]
    read = _read(rows, tmp_path / "sections.xlsx")
    assert read[("R1", "Q3 2024/25")] == (84.6, 85.0, "amber")
    assert read[("P2", "Q3 2024/25")] == (66.0, 50.0, "red")
    assert side_keys.without(Sheet("s", rows)).rows == rows  # type: ignore[arg-type]
