"""Printed forms: each indicator as label/value pairs down the page, forms under or beside each other."""

from __future__ import annotations

from desktop.scorecard.layout.find import detect
from desktop.scorecard.model import ParsedScorecard
from desktop.scorecard.read.grid import CellValue, Sheet, Workbook


def read(rows: list[list[CellValue]]) -> ParsedScorecard:
    return detect(Workbook(path="/tmp/forms.xlsx", format="xlsx", sheets=[Sheet("Forms", rows)]))


def readings(parsed: ParsedScorecard) -> dict[str | None, list[tuple[object, ...]]]:
    return {
        i.code: [
            (i.name, i.owner, o.period.label, o.actual, o.target, o.rag) for o in i.observations
        ]
        for i in parsed.indicators
    }


def form(
    name: str, ref: str, q1: float, q2: float, target: float, status: str
) -> list[list[CellValue]]:
    return [
        ["Measure", name],
        ["Ref", ref],
        ["Responsible officer", "Head of Customer Service"],
        ["Good performance", "Higher is better"],
        ["Quarter 1 2024/25", q1],
        ["Quarter 2 2024/25", q2],
        ["Target", target],
        ["Status", status],
    ]


FIRST = form("Calls answered within 60 seconds (%)", "CS1", 71.0, 68.5, 80, "Off track")
SECOND = form("Complaints answered in time (%)", "CS2", 88.0, 91.0, 90, "On track")
THIRD = form("Invoices paid within 30 days (%)", "FN1", 95.0, 96.0, 95, "On track")

OWNER = "Head of Customer Service"
EXPECTED = {
    "CS1": [
        ("Calls answered within 60 seconds (%)", OWNER, "Q1 2024/25", 71.0, 80.0, None),
        ("Calls answered within 60 seconds (%)", OWNER, "Q2 2024/25", 68.5, 80.0, "red"),
    ],
    "CS2": [
        ("Complaints answered in time (%)", OWNER, "Q1 2024/25", 88.0, 90.0, None),
        ("Complaints answered in time (%)", OWNER, "Q2 2024/25", 91.0, 90.0, "green"),
    ],
    "FN1": [
        ("Invoices paid within 30 days (%)", OWNER, "Q1 2024/25", 95.0, 95.0, None),
        ("Invoices paid within 30 days (%)", OWNER, "Q2 2024/25", 96.0, 95.0, "green"),
    ],
}


def test_forms_one_under_another_with_one_blank_row_between_are_one_indicator_each() -> None:
    rows: list[list[CellValue]] = [["Performance indicator forms"], []]
    for one in (FIRST, SECOND, THIRD):
        rows += [*one, []]
    parsed = read(rows)
    assert parsed.review == []
    assert readings(parsed) == EXPECTED
    assert {i.polarity for i in parsed.indicators} == {"higher_is_better"}


def test_forms_printed_with_no_gap_start_again_at_the_repeated_label() -> None:
    rows: list[list[CellValue]] = [["Performance indicator forms"], [], *FIRST, *SECOND, *THIRD]
    assert readings(read(rows)) == EXPECTED


def test_forms_side_by_side_are_read_form_by_form() -> None:
    rows: list[list[CellValue]] = [["Performance indicator forms"], []]
    for left, right in zip(FIRST, SECOND, strict=True):
        rows.append([*left, None, *right])
    rows.append([])
    rows += [[*line, None, None, None] for line in THIRD]
    parsed = read(rows)
    assert parsed.review == []
    assert readings(parsed) == EXPECTED
    calls = parsed.indicators[0].observations[1]
    assert calls.cell == "B8"  # the figure's cell in the file


def test_labels_merged_over_two_cells_have_their_value_after_the_merge() -> None:
    rows: list[list[CellValue]] = [["Performance indicator forms"], []]
    spans: list[tuple[int, int, int, int]] = []
    for one in (FIRST, SECOND, THIRD):
        for label, value in one:
            spans.append((len(rows), 0, len(rows), 1))
            rows.append([label, None, value])
        rows.append([])
    sheet = Sheet("Forms", rows, merged=spans)
    parsed = detect(Workbook(path="/tmp/forms.xlsx", format="xlsx", sheets=[sheet]))
    assert parsed.review == []
    assert readings(parsed) == EXPECTED


def test_a_pack_of_many_forms_is_read_to_the_last() -> None:
    rows: list[list[CellValue]] = [["Performance indicator forms"], []]
    for number in range(60):
        rows += [*form(f"Measure number {number}", f"M{number}", 1.0, 2.0, 3, "On track"), []]
    parsed = read(rows)
    assert len(parsed.indicators) == 60
    assert parsed.indicators[-1].code == "M59"


def test_a_second_label_of_the_same_kind_does_not_cut_a_card_short() -> None:
    rows: list[list[CellValue]] = [["Dashboard - Quarter 2 2024/25"], []]
    for name, value, status in (
        ("Calls answered (%)", 71.0, "Red"),
        ("Invoices paid (%)", 96.0, "Green"),
    ):
        rows += [
            [name],
            ["Actual", value],
            ["Target", 80],
            ["Annual target", 85],
            ["Status", status],
            [],
        ]
    parsed = read(rows)
    ratings = {i.name: [o.rag for o in i.observations] for i in parsed.indicators}
    assert ratings == {"Calls answered (%)": ["red"], "Invoices paid (%)": ["green"]}
