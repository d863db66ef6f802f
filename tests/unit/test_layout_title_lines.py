"""A sheet per indicator names its indicator above the table, below any report title or prose."""

from __future__ import annotations

import pytest

from desktop.scorecard.layout import title_lines
from desktop.scorecard.layout.find import detect
from desktop.scorecard.read.grid import CellValue, Sheet, Workbook

TABLE: list[list[CellValue]] = [
    ["Area", "2021", "2022", "2023"],
    ["England", 67.0, 70.0, 71.0],
    ["Barnet", 41.0, 44.0, 46.0],
    ["Camden", 52.0, 55.0, 53.0],
]


@pytest.mark.parametrize(
    "above",
    [
        [],
        ["Quarterly Performance Report to Cabinet"],
        ["Children's Services Scorecard", "Figures are published by the DfE each year."],
        [
            "Appendix B",
            "This appendix compares the council with England on each measure agreed by Cabinet.",
        ],
    ],
)
def test_the_indicator_is_named_by_the_line_that_is_not_the_reports(above: list[str]) -> None:
    name = "Children looked after per 10,000 children aged under 18"
    rows: list[list[CellValue]] = [[line] for line in [*above, name, "Rate per 10,000"]]
    sheet = Sheet("CLA", [*rows, [], *TABLE])
    parsed = detect(Workbook(path="/tmp/one.xlsx", format="xlsx", sheets=[sheet]), area="Barnet")
    assert [i.name for i in parsed.indicators] == [name]
    assert [(o.period.label, o.actual) for o in parsed.indicators[0].observations] == [
        ("2021", 41.0),
        ("2022", 44.0),
        ("2023", 46.0),
    ]


@pytest.mark.parametrize(
    ("line", "report"),
    [
        ("Performance Monitoring Report", True),
        ("Corporate dashboard - Q2", True),
        ("Please contact the Performance Team with any questions about these figures.", True),
        ("Households in temporary accommodation", False),
        ("Rate per 10,000", False),
    ],
)
def test_what_counts_as_the_reports_own_line(line: str, report: bool) -> None:
    assert title_lines.is_report_line(line) is report
