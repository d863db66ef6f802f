"""CSV download whose first line is Excel's 'sep=,' hint, after a UTF-8 byte-order mark."""

from __future__ import annotations

import csv
from pathlib import Path

from tests.realistic.kit import Expected, Obs, Rag

STATUS: dict[str, Rag | None] = {
    "Achieving": "green",
    "Slightly below": "amber",
    "Not achieving": "red",
    "No target set": None,
}
UNIT = {"Percentage": "%", "Number": "number", "Days": "days"}
QUARTER = {"Q1": "Q1 2024/25", "Q2": "Q2 2024/25", "Q3": "Q3 2024/25"}

# measure id, measure, measure type, quarter, result, target, performance status
ROWS: tuple[tuple[str, str, str, str, str, str, str], ...] = (
    ("LC-01", "Visits to council leisure centres", "Number", "Q1", "186420", "180000", "Achieving"),
    ("LC-01", "Visits to council leisure centres", "Number", "Q2", "171905", "180000", "Slightly below"),
    ("LC-01", "Visits to council leisure centres", "Number", "Q3", "158772", "180000", "Not achieving"),
    ("LC-02", "Leisure memberships retained after 6 months", "Percentage", "Q1", "71.4", "70", "Achieving"),
    ("LC-02", "Leisure memberships retained after 6 months", "Percentage", "Q2", "69.2", "70", "Slightly below"),
    ("LC-02", "Leisure memberships retained after 6 months", "Percentage", "Q3", "70.8", "70", "Achieving"),
    ("LC-03", "Library issues (physical and e-loans)", "Number", "Q1", "94310", "", "No target set"),
    ("LC-03", "Library issues (physical and e-loans)", "Number", "Q2", "101287", "", "No target set"),
    ("LC-03", "Library issues (physical and e-loans)", "Number", "Q3", "88654", "", "No target set"),
    ("LC-04", "Children completing the Summer Reading Challenge", "Percentage", "Q2", "58.3", "55", "Achieving"),
    ("LC-05", "Average days to approve a sports club grant", "Days", "Q1", "23.5", "20", "Not achieving"),
    ("LC-05", "Average days to approve a sports club grant", "Days", "Q2", "19.0", "20", "Achieving"),
    ("LC-05", "Average days to approve a sports club grant", "Days", "Q3", "20.6", "20", "Slightly below"),
    ("LC-06", "Parks and open spaces with Green Flag status", "Percentage", "Q1", "41.7", "50", "Not achieving"),
    ("LC-06", "Parks and open spaces with Green Flag status", "Percentage", "Q2", "50.0", "50", "Achieving"),
    ("LC-06", "Parks and open spaces with Green Flag status", "Percentage", "Q3", "50.0", "50", "Achieving"),
    ("LC-07", "Museum and gallery visitors", "Number", "Q1", "12045", "11500", "Achieving"),
    ("LC-07", "Museum and gallery visitors", "Number", "Q2", "15932", "11500", "Achieving"),
    ("LC-07", "Museum and gallery visitors", "Number", "Q3", "", "11500", ""),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a 'Download CSV' from a performance portal that adds Excel's 'sep=,' line.

    Some reporting portals start their CSV downloads with the line 'sep=,' so
    that Excel in a locale whose list separator is ';' still splits the
    columns; this one also writes a UTF-8 byte-order mark before it. The line
    is an instruction to Excel, not data. Then comes an ordinary long table: one row per measure per quarter,
    the year in its own 'Financial year' column and the quarter as 'Q1'..'Q3',
    a 'Measure type' (Percentage, Number, Days), result, target and a worded
    performance status. The museum's Q3 figure was not in when the report
    ran: its row is there with an empty result and no status.

    A careful reader takes each row with a result as the measure's figure for
    that quarter of 2024/25, the target beside it, the status as its rating
    ('No target set' is no rating), and the unit from 'Measure type'. The row
    with no result is no observation.
    """
    exp = Expected([])
    lines: list[list[str]] = [
        [
            "Measure ID",
            "Measure",
            "Measure type",
            "Financial year",
            "Quarter",
            "Result",
            "Target",
            "Performance status",
            "Service",
        ]
    ]
    for ref, name, kind, quarter, result, target, status in ROWS:
        lines.append(
            [ref, name, kind, "2024/25", quarter, result, target, status, "Leisure and Culture"]
        )
        exp.add_meta(ref, name, None, UNIT[kind])
        if result == "":
            continue
        exp.observations.append(
            Obs(
                ref,
                name,
                QUARTER[quarter],
                float(result),
                None,
                float(target) if target else None,
                STATUS[status],
            )
        )
    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        handle.write("sep=,\r\n")
        csv.writer(handle, quoting=csv.QUOTE_ALL).writerows(lines)
    return exp
