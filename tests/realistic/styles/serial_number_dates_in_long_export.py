"""A long open-data CSV whose 'Period start' and 'Period end' hold Excel day numbers (45383) that lost their date format."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from tests.realistic.kit import Expected, Obs, Rag

EPOCH = dt.date(1899, 12, 30)  # Excel's day 0 in the 1900 date system, as day numbers count
# When each kind of row was last refreshed: monthly rows in November, the rest in October
UPDATED = {"Monthly": dt.date(2024, 11, 14), "Quarterly": dt.date(2024, 10, 25),
           "Annual": dt.date(2024, 10, 15)}  # fmt: skip
RAG: dict[str, Rag] = {"Red": "red", "Amber": "amber", "Green": "green"}
UNIT = {"%": "%", "Number": "number", "Days": "days", "Rate per 100,000": "rate"}
BETTER = {"Higher": "higher_is_better", "Lower": "lower_is_better"}

Q = {  # quarter label -> (start, end)
    "Q1 2023/24": (dt.date(2023, 4, 1), dt.date(2023, 6, 30)),
    "Q2 2023/24": (dt.date(2023, 7, 1), dt.date(2023, 9, 30)),
    "Q3 2023/24": (dt.date(2023, 10, 1), dt.date(2023, 12, 31)),
    "Q4 2023/24": (dt.date(2024, 1, 1), dt.date(2024, 3, 31)),
    "Q1 2024/25": (dt.date(2024, 4, 1), dt.date(2024, 6, 30)),
    "Q2 2024/25": (dt.date(2024, 7, 1), dt.date(2024, 9, 30)),
}
M = {  # month label -> (start, end)
    "Apr 2024": (dt.date(2024, 4, 1), dt.date(2024, 4, 30)),
    "May 2024": (dt.date(2024, 5, 1), dt.date(2024, 5, 31)),
    "Jun 2024": (dt.date(2024, 6, 1), dt.date(2024, 6, 30)),
    "Jul 2024": (dt.date(2024, 7, 1), dt.date(2024, 7, 31)),
    "Aug 2024": (dt.date(2024, 8, 1), dt.date(2024, 8, 31)),
    "Sep 2024": (dt.date(2024, 9, 1), dt.date(2024, 9, 30)),
    "Oct 2024": (dt.date(2024, 10, 1), dt.date(2024, 10, 31)),
}
Y = {  # annual and rolling spans
    "2022/23": (dt.date(2022, 4, 1), dt.date(2023, 3, 31)),
    "2023/24": (dt.date(2023, 4, 1), dt.date(2024, 3, 31)),
    "2022": (dt.date(2022, 1, 1), dt.date(2022, 12, 31)),
    "2023": (dt.date(2023, 1, 1), dt.date(2023, 12, 31)),
    "2022/23 (AY)": (dt.date(2022, 9, 1), dt.date(2023, 8, 31)),
    "2023/24 (AY)": (dt.date(2023, 9, 1), dt.date(2024, 8, 31)),
    "Jul 2023\u2013Jun 2024": (dt.date(2023, 7, 1), dt.date(2024, 6, 30)),
    "Oct 2023\u2013Sep 2024": (dt.date(2023, 10, 1), dt.date(2024, 9, 30)),
}
SPANS = {**Q, **M, **Y}

# ref, indicator, service area, frequency, unit, better if, [(period, result, target, status)]
MEASURES: tuple[tuple[object, ...], ...] = (
    ("CS01", "Calls to the contact centre answered within 3 minutes", "Customer Services",
     "Quarterly", "%", "Higher",
     (("Q1 2023/24", 81.2, 85, "Amber"), ("Q2 2023/24", 78.6, 85, "Amber"),
      ("Q3 2023/24", 86.4, 85, "Green"), ("Q4 2023/24", 83.9, 85, "Amber"),
      ("Q1 2024/25", 88.1, 85, "Green"), ("Q2 2024/25", 87.3, 85, "Green"))),
    ("CS02", "Stage 1 complaints responded to within 10 working days", "Customer Services",
     "Quarterly", "%", "Higher",
     (("Q1 2023/24", 74.0, 90, "Red"), ("Q2 2023/24", 79.5, 90, "Red"),
      ("Q3 2023/24", 84.2, 90, "Amber"), ("Q4 2023/24", 88.7, 90, "Amber"),
      ("Q1 2024/25", 91.4, 90, "Green"), ("Q2 2024/25", 89.0, 90, "Amber"))),
    ("RB01", "New Housing Benefit claims: average days to process", "Revenues and Benefits",
     "Quarterly", "Days", "Lower",
     (("Q1 2023/24", 21.3, 20, "Amber"), ("Q2 2023/24", 19.8, 20, "Green"),
      ("Q3 2023/24", 18.2, 20, "Green"), ("Q4 2023/24", 22.9, 20, "Red"),
      ("Q1 2024/25", 17.6, 18, "Green"), ("Q2 2024/25", 16.9, 18, "Green"))),
    ("EN01", "Household waste sent for reuse, recycling and composting", "Environment",
     "Quarterly", "%", "Higher",
     (("Q1 2023/24", 54.8, 52, "Green"), ("Q2 2023/24", 53.1, 52, "Green"),
      ("Q3 2023/24", 46.2, 52, "Red"), ("Q4 2023/24", 44.9, 52, "Red"),
      ("Q1 2024/25", 55.6, 53, "Green"), ("Q2 2024/25", "Awaiting validation", 53, ""))),
    ("EN02", "Fly-tipping incidents removed within 2 working days", "Environment",
     "Monthly", "%", "Higher",
     (("Apr 2024", 93.5, 95, "Amber"), ("May 2024", 96.1, 95, "Green"),
      ("Jun 2024", 95.8, 95, "Green"), ("Jul 2024", 91.2, 95, "Amber"),
      ("Aug 2024", 94.0, 95, "Amber"), ("Sep 2024", 97.3, 95, "Green"),
      ("Oct 2024", 96.6, 95, "Green"))),
    ("EN03", "Missed bin collections per 100,000 collections", "Environment",
     "Monthly", "Rate per 100,000", "Lower",
     (("Apr 2024", 48, 50, "Green"), ("May 2024", 55, 50, "Amber"),
      ("Jun 2024", 61, 50, "Red"), ("Jul 2024", 47, 50, "Green"),
      ("Aug 2024", 44, 50, "Green"), ("Sep 2024", 52, 50, "Amber"),
      ("Oct 2024", 49, 50, "Green"))),
    ("HS01", "Households in temporary accommodation (last day of month)", "Housing",
     "Monthly", "Number", "Lower",
     (("Apr 2024", 163, None, ""), ("May 2024", 171, None, ""), ("Jun 2024", 168, None, ""),
      ("Jul 2024", 177, None, ""), ("Aug 2024", 185, None, ""), ("Sep 2024", 182, None, ""),
      ("Oct 2024", 190, None, ""))),
    ("HS02", "Homelessness duty cases closed as prevented", "Housing",
     "Quarterly", "%", "Higher",
     (("Q1 2024/25", 58.7, 60, "Amber"), ("Q2 2024/25", 62.3, 60, "Green"))),
    ("HR01", "Working days lost to sickness absence per FTE", "Corporate",
     "Quarterly (rolling 12 months)", "Days", "Lower",
     (("2023/24", 9.8, 8.5, "Red"), ("Jul 2023\u2013Jun 2024", 9.4, 8.5, "Red"),
      ("Oct 2023\u2013Sep 2024", 9.1, 8.5, "Amber"))),
    ("CP01", "Residents satisfied with the way the council runs things", "Corporate",
     "Annual", "%", "Higher",
     (("2022/23", 61.0, 65, "Amber"), ("2023/24", 63.0, 65, "Amber"))),
    ("PH01", "People killed or seriously injured on the borough's roads", "Public Health",
     "Annual (calendar year)", "Number", "Lower",
     (("2022", 71, None, ""), ("2023", 64, None, ""))),
    ("ED01", "Pupils meeting the expected standard in reading, writing and maths at KS2",
     "Education", "Annual (academic year)", "%", "Higher",
     (("2022/23 (AY)", 57.0, 60, "Amber"), ("2023/24 (AY)", 59.0, 60, "Amber"))),
    ("PL01", "Minor planning applications determined within 8 weeks or agreed time",
     "Planning", "Quarterly", "%", "Higher",
     (("Q3 2023/24", 82.5, 80, "Green"), ("Q4 2023/24", 79.1, 80, "Amber"),
      ("Q1 2024/25", 85.0, 80, "Green"), ("Q2 2024/25", 76.4, 80, "Amber"))),
)  # fmt: skip

HEADER = ["Indicator ref", "Indicator", "Service area", "Frequency", "Period start", "Period end",
          "Result", "Target", "RAG status", "Unit", "Better if", "Last updated"]  # fmt: skip


def _serial(day: dt.date) -> int:
    return (day - EPOCH).days


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def build(path: Path) -> Expected:
    """Imitates a unitary council's performance open-data CSV prepared in Excel.

    Telford & Wrekin style: the performance team keeps its open-data table
    in a workbook and publishes it through the open-data portal with 'Save
    As > CSV'. Somewhere along the way the date columns were pasted as
    values into a sheet formatted General, so Excel now shows, and the
    CSV carries, the date's day number: 'Period start' 45383 and 'Period
    end' 45473 for April to June 2024, and 'Last updated' 45610 or 45590. The
    table is long: Indicator ref, Indicator, Service area, Frequency
    (Monthly, Quarterly, 'Quarterly (rolling 12 months)', Annual, 'Annual
    (calendar year)', 'Annual (academic year)'), the two periods, Result,
    Target, 'RAG status' (Red/Amber/Green, blank where there is no
    target), Unit and 'Better if'. Rows run by indicator, oldest first.

    A careful reader turns each day number back into its date (Excel's
    1900 system: 45383 is 1 April 2024) and takes the period from the
    start and end dates, which the frequency confirms: 45383-45473 is
    Q1 2024/25, 45566-45596 is Oct 2024, 45017-45382 is 2023/24, 44927-
    45291 the calendar year 2023, 45170-45535 the academic year 2023/24,
    and the rolling sickness rows are the twelve months they span
    (45108-45473 is Jul 2023-Jun 2024; the twelve months to March 2024
    are the year 2023/24). 'Last updated' is the date the row was
    refreshed, not a period and not a figure. Each row's target and RAG
    are its own. 'Awaiting validation' is EN01's Q2 2024/25 text.
    Unit and polarity come from their columns; 'Rate per 100,000' is a
    rate.
    """
    exp = Expected([])
    rows: list[list[str]] = []
    for ref, name, service, frequency, unit, better, points in MEASURES:
        assert isinstance(points, tuple)
        updated = UPDATED[str(frequency).split()[0]]
        for period, result, target, status in points:
            start, end = SPANS[period]
            rows.append([str(ref), str(name), str(service), str(frequency),
                         str(_serial(start)), str(_serial(end)), _cell(result), _cell(target),
                         str(status), str(unit), str(better), str(_serial(updated))])  # fmt: skip
            actual = float(result) if isinstance(result, int | float) else None
            text = None if actual is not None else str(result)
            goal = None if target is None else float(target)
            exp.observations.append(
                Obs(str(ref), str(name), str(period), actual, text, goal, RAG.get(str(status)))
            )
        exp.add_meta(str(ref), str(name), BETTER[str(better)], UNIT[str(unit)])
    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        writer.writerows(rows)
    return exp
