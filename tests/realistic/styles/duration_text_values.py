"""A system extract in which times are text: '4 mins 32 secs', '2h 15m', '1 day 4 hrs', '00:07:45'."""

from __future__ import annotations

import csv
from pathlib import Path

from tests.realistic.kit import Expected, Obs, Rag

STATUS: dict[str, Rag | None] = {
    "On Target": "green",
    "Near Target": "amber",
    "Off Target": "red",
    "Data Only": None,
    "": None,
}
PERIOD = {"2024-25 Q1": "Q1 2024/25", "2024-25 Q2": "Q2 2024/25", "2024-25 Q3": "Q3 2024/25"}
MIN, HOUR, DAY = 60.0, 3600.0, 86400.0

# measure id, measure, service, then per quarter (value as exported, status);
# target as exported; the unit a reader gives the figures; the reader's numbers for the
# three values and the target (None where the value is not a number; "?" where a reader
# cannot be sure what the figure is).
MEASURES: tuple[tuple[object, ...], ...] = (
    ("CC01", "Average time to answer calls to the contact centre", "Customer Services",
     (("4 mins 32 secs", "On Target"), ("3 mins 58 secs", "On Target"),
      ("5 mins 41 secs", "Off Target")), "5 mins 00 secs", "seconds",
     (4 * MIN + 32, 3 * MIN + 58, 5 * MIN + 41), 5 * MIN),
    ("CC02", "Calls answered", "Customer Services",
     (("87.2%", "Near Target"), ("89.0%", "Near Target"), ("84.5%", "Off Target")),
     "90%", "%", (87.2, 89.0, 84.5), 90.0),
    ("CC03", "Average web chat handling time", "Customer Services",
     (("00:07:45", "Data Only"), ("00:08:10", "Data Only"), ("00:06:55", "Data Only")),
     "", "seconds", (7 * MIN + 45, 8 * MIN + 10, 6 * MIN + 55), None),
    ("CC04", "Customer contacts resolved at first point of contact", "Customer Services",
     (("78.3%", "Near Target"), ("80.1%", "On Target"), ("Not available", "")),
     "80%", "%", (78.3, 80.1, None), 80.0),
    ("HS01", "Average time to relet standard voids", "Housing",
     (("18.5 days", "On Target"), ("21 days", "Off Target"), ("19.2 days", "On Target")),
     "20 days", "days", (18.5, 21.0, 19.2), 20.0),
    ("HS02", "Average time to make safe emergency repairs", "Housing",
     (("2h 15m", "On Target"), ("3h 05m", "On Target"), ("2.50", "On Target")),
     "4h", "seconds", (2 * HOUR + 15 * MIN, 3 * HOUR + 5 * MIN, "?"), 4 * HOUR),
    ("HS03", "Average response time to urgent damp and mould reports", "Housing",
     (("1 day 4 hrs", "On Target"), ("22 hrs", "On Target"), ("1 day 1 hr", "On Target")),
     "2 days", "seconds", (DAY + 4 * HOUR, 22 * HOUR, DAY + HOUR), 2 * DAY),
    ("HS04", "Households in temporary accommodation (snapshot)", "Housing",
     (("212", "Data Only"), ("198", "Data Only"), ("205", "Data Only")),
     "", None, (212.0, 198.0, 205.0), None),
    ("HS05", "Households prevented from becoming homeless", "Housing",
     (("143", "Near Target"), ("167", "On Target"), ("151", "On Target")),
     "150", None, (143.0, 167.0, 151.0), 150.0),
    ("RB01", "Average days to process new Housing Benefit claims", "Revenues and Benefits",
     (("19.6", "On Target"), ("18.2", "On Target"), ("17.9", "On Target")),
     "20", None, (19.6, 18.2, 17.9), 20.0),
    ("RB02", "Average time to process Housing Benefit changes of circumstances",
     "Revenues and Benefits",
     (("8.4 days", "Near Target"), ("7.9 days", "On Target"), ("9.1 days", "Off Target")),
     "8 days", "days", (8.4, 7.9, 9.1), 8.0),
    ("RB03", "Council tax collected in year (cumulative)", "Revenues and Benefits",
     (("29.6%", "On Target"), ("57.1%", "On Target"), ("84.3%", "Near Target")),
     "84.5%", "%", (29.6, 57.1, 84.3), 84.5),
    ("EN01", "Missed bin collections per 100,000", "Environment",
     (("38.2", "On Target"), ("41.0", "On Target"), ("52.7", "Off Target")),
     "50", None, (38.2, 41.0, 52.7), 50.0),
)  # fmt: skip

DOUBT_VALUE = "2.50"


def build(path: Path) -> Expected:
    """Imitates a district council's performance system 'measure values' CSV export.

    A scrutiny officer's download from the council's performance system
    (InPhase/Pentana style) with columns 'Measure ID', 'Measure', 'Service',
    'Period' ('2024-25 Q1'..'2024-25 Q3'), 'Value', 'Target', 'Status' (On
    Target / Near Target / Off Target / Data Only). The system exports each
    value as the officer typed it, so times come as text in several forms:
    '4 mins 32 secs', '00:07:45', '2h 15m', '1 day 4 hrs', '18.5 days',
    beside plain counts and '87.2%'. One Q3 value is 'Not available' with no
    status. The emergency repairs measure, typed '2h 15m' and '3h 05m' in Q1
    and Q2, has '2.50' in Q3.

    A careful reader reads each time as a duration and, as for clock times
    elsewhere, gives it in seconds ('4 mins 32 secs' 272, '2h 15m' 8,100,
    '1 day 4 hrs' 100,800, '00:07:45' as hours:minutes:seconds, 465), with its
    target read the same way ('5 mins 00 secs' 300, '4h' 14,400, '2 days'
    172,800). Figures in days ('18.5 days') stay in days, percentages in
    points. But '2.50' beside hours-and-minutes could be 2 hours 50 minutes,
    as officers often type it, or two and a half hours: a reader cannot be
    sure, so the file needs review at that cell, and that value is not among
    the observations expected of it.
    """
    exp = Expected([], status="needs_review")
    lines: list[list[str]] = [
        ["Measure ID", "Measure", "Service", "Period", "Value", "Target", "Status"]
    ]
    for code, name, service, values, target, unit, numbers, goal in MEASURES:
        assert isinstance(values, tuple) and isinstance(numbers, tuple)
        for (value, status), period, number in zip(values, PERIOD, numbers, strict=True):
            lines.append([str(code), str(name), str(service), period, value, str(target), status])
            if value == DOUBT_VALUE:
                exp.review_cells.append(f"{path.stem}!E{len(lines)}")
                continue
            actual = float(number) if isinstance(number, float) else None
            text = None if actual is not None else value
            exp.observations.append(
                Obs(
                    str(code),
                    str(name),
                    PERIOD[period],
                    actual,
                    text,
                    goal if isinstance(goal, float) else None,
                    STATUS[status],
                )
            )
        exp.add_meta(str(code), str(name), None, unit if isinstance(unit, str) else None)
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle, lineterminator="\r\n").writerows(lines)
    return exp
