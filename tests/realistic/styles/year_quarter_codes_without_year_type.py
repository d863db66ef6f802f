"""A long system extract whose periods are '2024-Q1', '2024 Q2', '2024Q3' with no year type stated."""

from __future__ import annotations

import csv
from pathlib import Path

from tests.realistic.kit import Expected

# How the extract wrote each quarter: the system's own code changed with a release, so three
# spellings of the same kind of code appear, sometimes for the same measure.
CODES = ("2023-Q3", "2023-Q4", "2024-Q1", "2024 Q2", "2024Q3", "2024Q4")

# measure id, measure, service, unit, polarity, six quarterly values (None: not yet entered),
# target, status of each quarter's value against target.
MEASURES: tuple[tuple[object, ...], ...] = (
    ("HSG-001", "Households in temporary accommodation (snapshot)", "Housing", "Number", "Lower",
     (212, 219, 231, 240, 236, None), 220, ("Amber", "Amber", "Red", "Red", "Red", None)),
    ("HSG-004", "Average days to re-let council homes", "Housing", "Days", "Lower",
     (34.2, 31.8, 36.5, 29.9, 28.4, None), 30, ("Red", "Amber", "Red", "Green", "Green", None)),
    ("HSG-007", "Homelessness cases prevented (in quarter)", "Housing", "Number", "Higher",
     (88, 94, 79, 101, 97, None), 90, ("Amber", "Green", "Red", "Green", "Green", None)),
    ("HSG-010", "Council homes meeting the Decent Homes Standard", "Housing", "%", "Higher",
     (91.2, 91.5, 92.0, 92.4, 92.9, None), 95, ("Amber", "Amber", "Amber", "Amber", "Amber", None)),
    ("ENV-002", "Fly-tipping incidents cleared within 48 hours", "Environment", "%", "Higher",
     (93.1, 95.4, 96.0, 94.2, 97.3, None), 95, ("Amber", "Green", "Green", "Amber", "Green", None)),
    ("ENV-005", "Missed bins per 100,000 collections", "Environment", "Rate", "Lower",
     (48.0, 61.2, 57.9, 44.3, 50.6, None), 50, ("Green", "Red", "Red", "Green", "Amber", None)),
    ("ENV-009", "Streets below grade B for litter", "Environment", "%", "Lower",
     (5.8, None, 6.4, None, 4.9, None), 6, ("Green", None, "Amber", None, "Green", None)),
    ("ENV-012", "Food hygiene inspections due that were carried out", "Environment", "%", "Higher",
     (84.0, 88.5, 79.2, 90.1, 91.6, None), 90, ("Red", "Amber", "Red", "Green", "Green", None)),
    ("CUS-001", "Calls answered within 60 seconds", "Customer Services", "%", "Higher",
     (71.4, 65.2, 58.9, 74.8, 79.3, None), 80, ("Red", "Red", "Red", "Red", "Amber", None)),
    ("CUS-003", "Stage 1 complaints responded to in 10 working days", "Customer Services", "%",
     "Higher", (82.0, 86.4, 88.1, 90.3, "N/A", None), 90,
     ("Red", "Amber", "Amber", "Green", None, None)),
    ("CUS-006", "Online transactions as a share of all transactions", "Customer Services", "%",
     "Higher", (58.2, 60.1, 61.7, 62.4, 63.9, None), None, (None, None, None, None, None, None)),
    ("WFD-001", "Working days lost to sickness per FTE (rolling 12 months)", "Workforce", "Days",
     "Lower", (10.4, 10.1, 9.8, 9.9, 9.6, None), 9, ("Red", "Red", "Amber", "Amber", "Amber", None)),
    ("WFD-004", "Staff turnover (rolling 12 months)", "Workforce", "%", "Lower",
     (13.8, 13.1, 12.7, 12.2, 11.9, None), None, (None, None, None, None, None, None)),
    ("WFD-007", "Agency workers as a share of the workforce", "Workforce", "%", "Lower",
     (7.9, 8.4, 8.8, 7.6, 7.1, None), 7, ("Red", "Red", "Red", "Amber", "Amber", None)),
)  # fmt: skip

HEADER = ("MeasureID", "MeasureName", "ServiceArea", "PeriodCode", "Value", "Target", "RAGStatus",
          "UnitOfMeasure", "Polarity", "DataOwner")  # fmt: skip
OWNERS = {"Housing": "Housing Performance", "Environment": "Environmental Services",
          "Customer Services": "Customer Experience", "Workforce": "HR and OD"}  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a unitary council's quarterly measure extract from its performance system, sent to scrutiny.

    The kind of 'all measures, all periods' CSV a performance system writes
    when a scrutiny officer asks for the data behind a dashboard: MeasureID,
    MeasureName, ServiceArea, PeriodCode, Value, Target, RAGStatus,
    UnitOfMeasure, Polarity, DataOwner, one row per measure per quarter,
    sorted by measure. The period codes are the system's own: '2023-Q3',
    '2023-Q4', '2024-Q1', then after a software release '2024 Q2' and
    '2024Q3', '2024Q4' (the last quarter's rows are already created with an
    empty Value). Nothing in the file says whether the year in the code is
    a calendar year (2024-Q1 = January to March 2024), the financial year
    it starts in (2024-Q1 = April to June 2024, Q1 2024/25) or the one it
    ends in (FY2024 Q1 = Q1 2023/24). The measures are snapshots, rolling
    twelve months or in-quarter rates, so no cumulative pattern gives the
    year away, and the file carries no extract date.

    A careful reader cannot date a single quarter and holds the file for
    review at the first period code (D2) rather than pick a year type; no
    observation can be promised with a period.
    """
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(HEADER)
        for spec in MEASURES:
            mid, name, service, unit, polarity, values, target, statuses = spec
            assert isinstance(values, tuple) and isinstance(statuses, tuple)
            for code, value, status in zip(CODES, values, statuses, strict=True):
                writer.writerow(
                    (mid, name, service, code, "" if value is None else value,
                     "" if target is None else target, status or "", unit, polarity,
                     OWNERS[str(service)])
                )  # fmt: skip
    return Expected([], status="needs_review", review_cells=[f"{path.stem}!D2"])
