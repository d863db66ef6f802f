"""CSV export with report metadata lines (name, run date, filters) above the table and a footer."""

from __future__ import annotations

import csv
from pathlib import Path

from tests.realistic.kit import Expected, Obs, Rag

RAG: dict[str, Rag | None] = {"R": "red", "A": "amber", "G": "green", "": None}
POLARITY = {"Higher is better": "higher_is_better", "Lower is better": "lower_is_better"}

# KPI ref, description, period, actual, target, RAG, polarity
ROWS: tuple[tuple[object, ...], ...] = (
    ("PLC-001", "Household waste recycled and composted", "Q1 24/25", 52.3, 55.0, "A", "Higher is better"),
    ("PLC-001", "Household waste recycled and composted", "Q2 24/25", 54.9, 55.0, "A", "Higher is better"),
    ("PLC-004", "Fly-tipping incidents removed within 2 working days", "Q1 24/25", 91.0, 90.0, "G", "Higher is better"),
    ("PLC-004", "Fly-tipping incidents removed within 2 working days", "Q2 24/25", 86.5, 90.0, "R", "Higher is better"),
    ("PLC-009", "Potholes repaired within 28 days", "Q1 24/25", 78.0, 85.0, "R", "Higher is better"),
    ("PLC-009", "Potholes repaired within 28 days", "Q2 24/25", 88.2, 85.0, "G", "Higher is better"),
    ("PLC-012", "Streets below cleanliness standard (litter)", "Q1 24/25", 6.0, 5.0, "A", "Lower is better"),
    ("PLC-012", "Streets below cleanliness standard (litter)", "Q2 24/25", 4.0, 5.0, "G", "Lower is better"),
    ("PLC-015", "Parking penalty notices cancelled on appeal", "Q1 24/25", 312.0, "", "", "Lower is better"),
    ("PLC-015", "Parking penalty notices cancelled on appeal", "Q2 24/25", 287.0, "", "", "Lower is better"),
)  # fmt: skip

LABEL = {"Q1 24/25": "Q1 2024/25", "Q2 24/25": "Q2 2024/25"}
WIDTH = 7


def _pad(cells: list[object]) -> list[object]:
    return cells + [""] * (WIDTH - len(cells))


def build(path: Path) -> Expected:
    """Imitates a 'Save as CSV' of a report run from a council's BI reporting portal.

    Reporting tools (SSRS, Business Objects, corporate performance portals)
    put the report's name, who ran it, when, and the filters applied above the
    data, then a blank line, then the table, and sometimes an 'End of report'
    line. Once opened in Excel and saved as CSV, every line is padded with
    commas to the table's width. Periods are written 'Q1 24/25'; RAG as a
    letter; the polarity is stated per row; a count with no target has no RAG.
    """
    exp = Expected([])
    lines: list[list[object]] = [
        _pad(["Report name:", "Place Directorate KPI Summary"]),
        _pad(["Run by:", "performance.team"]),
        _pad(["Run date:", "05/11/2024 08:31"]),
        _pad(["Filters:", "Directorate = Place; Financial Year = 2024/25; Frequency = Quarterly"]),
        _pad([]),
        ["KPI Ref", "KPI Description", "Period", "Actual", "Target", "RAG", "Polarity"],
    ]
    for ref, name, period, actual, target, rag, polarity in ROWS:
        lines.append([ref, name, period, actual, target, rag, polarity])
        t = None if target == "" else float(str(target))
        exp.observations.append(
            Obs(str(ref), str(name), LABEL[str(period)], float(str(actual)), None, t, RAG[str(rag)])
        )
        exp.add_meta(str(ref), str(name), POLARITY[str(polarity)], None)
    lines += [_pad([]), _pad(["End of report"])]
    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        csv.writer(handle).writerows(lines)
    return exp
