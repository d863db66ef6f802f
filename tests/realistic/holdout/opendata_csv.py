"""Open data portal CSV: one row per indicator and period, 'Percentage'/'Number' unit words, blanks as 'n/a'."""

from __future__ import annotations

import csv
from pathlib import Path

from tests.realistic.kit import Expected, Obs

# ref, description, reporting period, canonical, value, target, unit, polarity
ROWS: tuple[tuple[object, ...], ...] = (
    ("BV8", "Percentage of invoices for commercial goods and services paid within 30 days", "2024-25 Q1", "Q1 2024/25", "96.4", "97", "Percentage", "Higher is better"),
    ("BV8", "Percentage of invoices for commercial goods and services paid within 30 days", "2024-25 Q2", "Q2 2024/25", "97.3", "97", "Percentage", "Higher is better"),
    ("BV12", "Working days lost due to sickness absence per FTE", "2024-25 Q1", "Q1 2024/25", "2.31", "2.0", "Days", "Lower is better"),
    ("BV12", "Working days lost due to sickness absence per FTE", "2024-25 Q2", "Q2 2024/25", "2.05", "2.0", "Days", "Lower is better"),
    ("HOU3", "Number of households living in temporary accommodation", "2024-25 Q1", "Q1 2024/25", "188", "n/a", "Number", "Lower is better"),
    ("HOU3", "Number of households living in temporary accommodation", "2024-25 Q2", "Q2 2024/25", "203", "n/a", "Number", "Lower is better"),
    ("ENV4", "Percentage of land and highways with unacceptable levels of litter", "2024-25 Q1", "Q1 2024/25", "4", "5", "Percentage", "Lower is better"),
    ("ENV4", "Percentage of land and highways with unacceptable levels of litter", "2024-25 Q2", "Q2 2024/25", "n/a", "5", "Percentage", "Lower is better"),
)  # fmt: skip

POLARITY = {"Higher is better": "higher_is_better", "Lower is better": "lower_is_better"}
UNIT = {"Percentage": "%", "Days": "days", "Number": "number"}


def build(path: Path) -> Expected:
    """Imitates a council open data portal's 'corporate performance indicators' CSV.

    Councils publishing under the Local Government Transparency Code put
    their indicators on a data portal as CSV: an indicator reference and
    description, the reporting period written '2024-25 Q1', the value and
    target as text (with 'n/a' where none was set or the figure is not yet
    available), a unit word and which way is good. A 'Last updated' date
    closes each row.
    """
    exp = Expected([])
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Indicator Reference", "Indicator Description", "Reporting Period", "Value",
                         "Target", "Unit", "Polarity", "Last Updated"])  # fmt: skip
        for ref, desc, period, label, value, target, unit, polarity in ROWS:
            writer.writerow([ref, desc, period, value, target, unit, polarity, "2024-11-04"])
            number = float(str(value)) if value != "n/a" else None
            goal = float(str(target)) if target != "n/a" else None
            exp.observations.append(
                Obs(
                    str(ref),
                    str(desc),
                    str(label),
                    number,
                    None if number is not None else str(value),
                    goal,
                )
            )
            exp.add_meta(str(ref), str(desc), POLARITY[str(polarity)], UNIT[str(unit)])
    return exp
