"""Long BI export (CSV): one row per measure, quarter and breakdown, 'Age_Band' and 'Gender' columns with 'All' rows."""

from __future__ import annotations

import csv
from pathlib import Path

from tests.realistic.kit import Expected, Obs, Rag

QUARTERS = {"2024/25 Q1": "Q1 2024/25", "2024/25 Q2": "Q2 2024/25", "2024/25 Q3": "Q3 2024/25"}
RAG: dict[str, Rag | None] = {"Red": "red", "Amber": "amber", "Green": "green", "": None}
UNIT = {"Number": "number", "%": "%", "Rate per 100,000": "rate", "Days": "days"}
ALL = "All"

# ref, name, unit, target (on the All rows), All-row RAG per quarter,
# rows: (age band, gender, value per quarter); the first row is the All/All total
MEASURES: tuple[tuple[object, ...], ...] = (
    ("ASC01", "Adults receiving long-term support at quarter end", "Number", None, ("", "", ""), (
        (ALL, ALL, (4212, 4251, 4298)),
        ("18-64", ALL, (1630, 1644, 1671)),
        ("65+", ALL, (2582, 2607, 2627)),
        (ALL, "Female", (2476, 2503, 2531)),
        (ALL, "Male", (1736, 1748, 1767)),
    )),
    ("ASC02", "Long-term support clients reviewed in the last 12 months", "%", 80, ("Red", "Red", "Amber"), (
        (ALL, ALL, (68.4, 70.1, 72.9)),
        ("18-64", ALL, (64.0, 66.2, 70.3)),
        ("65+", ALL, (71.1, 72.6, 74.5)),
    )),
    ("ASC03", "Safeguarding concerns received", "Number", None, ("", "", ""), (
        (ALL, ALL, (612, 587, 640)),
        (ALL, "Female", (371, 350, 392)),
        (ALL, "Male", (238, 233, 245)),
        (ALL, "Not recorded", ("*", "*", "*")),
    )),
    ("ASC04", "Permanent admissions to residential and nursing care, aged 65+ (cumulative)", "Rate per 100,000", 540, ("Green", "Green", "Amber"), (
        (ALL, ALL, (142.6, 281.9, 418.3)),
    )),
    ("ASC05", "Carers receiving an assessment or review", "Number", 400, ("Amber", "Green", "Amber"), (
        (ALL, ALL, (388, 402, 371)),
    )),
    ("ASC06", "Older people still at home 91 days after discharge into reablement", "%", 82, ("Green", "Green", "Amber"), (
        (ALL, ALL, (83.5, 85.2, 81.9)),
        (ALL, "Female", (84.1, 86.0, 83.2)),
        (ALL, "Male", (82.6, 84.0, 80.1)),
    )),
    ("ASC07", "Community-based service users receiving a direct payment", "%", 27, ("Amber", "Amber", "Amber"), (
        (ALL, ALL, (24.8, 25.3, 25.9)),
        ("18-64", ALL, (41.2, 42.0, 42.7)),
        ("65+", ALL, (14.3, 14.6, 15.1)),
    )),
    ("ASC08", "Average days from first contact to completed Care Act assessment", "Days", 28, ("Amber", "Amber", "Red"), (
        (ALL, ALL, (31, 29, 34)),
    )),
)  # fmt: skip

HEADER = (
    "Service_Area",
    "KPI_Ref",
    "KPI_Name",
    "Reporting_Period",
    "Age_Band",
    "Gender",
    "Value",
    "Target",
    "RAG_Status",
    "Unit",
    "Last_Refreshed",
)


def build(path: Path) -> Expected:
    """Imitates a CSV exported from an adult social care Power BI report built on a long fact table.

    Performance teams that publish through a BI tool keep one row per
    measure, quarter and breakdown; exporting the table visual gives the
    dimension columns as they are ('Age_Band', 'Gender'), with 'All' where a
    row is not broken down. Each measure appears once per quarter as its
    All/All total and again for each age band or gender where the service
    reports one; some measures are not broken down at all. Only the total
    rows carry the target and a RAG; small counts in a breakdown are
    suppressed with '*'.

    A careful reader takes the All/All row as the measure's figure for each
    quarter, with its target and RAG; the breakdown rows split that figure
    (they add up to it for the counts) and are not further observations of
    the measure. The Unit column states each measure's unit.
    """
    exp = Expected([])
    rows: list[list[object]] = []
    for ref, name, unit, target, rags, parts in MEASURES:
        assert isinstance(parts, tuple) and isinstance(rags, tuple)
        code, nm = str(ref), str(name)
        for q, (label, period) in enumerate(QUARTERS.items()):
            for age, gender, values in parts:
                total = age == ALL and gender == ALL
                value = values[q]
                rows.append([
                    "Adult Social Care", code, nm, label, age, gender, value,
                    "" if target is None or not total else target,
                    rags[q] if total else "", unit, "2025-01-21",
                ])  # fmt: skip
                if total:
                    goal = None if target is None else float(str(target))
                    exp.observations.append(
                        Obs(code, nm, period, float(value), None, goal, RAG[str(rags[q])])
                    )
        exp.add_meta(code, nm, None, UNIT[str(unit)])
    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        writer.writerows(rows)
    return exp
