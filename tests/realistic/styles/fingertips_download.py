"""Fingertips (OHID) indicator data CSV: many areas, confidence intervals, 'Compared to England'."""

from __future__ import annotations

import csv
from pathlib import Path

from tests.realistic.kit import Expected, Obs

AREA = "Trafford"

COLUMNS = ("Indicator ID", "Indicator Name", "Parent Code", "Parent Name", "Area Code", "Area Name",
           "Area Type", "Sex", "Age", "Category Type", "Category", "Time period", "Value",
           "Lower CI 95.0 limit", "Upper CI 95.0 limit", "Count", "Denominator", "Value note",
           "Recent Trend", "Compared to England value or percentiles",
           "Compared to Region value or percentiles", "Time period Sortable")  # fmt: skip

AREAS = (
    ("E92000001", "England", "England", "", ""),
    ("E12000002", "North West region", "Region", "E92000001", "England"),
    ("E08000009", AREA, "Counties & UAs", "E12000002", "North West region"),
    ("E08000010", "Wigan", "Counties & UAs", "E12000002", "North West region"),
)

# id, name, sex, age, [(time period, canonical, values per area or None)]
INDICATORS: tuple[tuple[object, ...], ...] = (
    (93014, "Percentage of physically active adults", "Persons", "19+ yrs",
     (("2020/21", "2020/21", (65.9, 63.0, 68.2, 60.9)),
      ("2021/22", "2021/22", (67.3, 64.9, 70.1, 62.4)))),
    (93563, "Percentage of 5 year olds with experience of visually obvious dental decay", "Persons", "5 yrs",
     (("2018/19", "2018/19", (23.4, 29.4, 18.7, 31.0)),
      ("2021/22", "2021/22", (23.7, 30.2, None, 29.8)))),
    (40401, "Under 75 mortality rate from cancer", "Persons", "<75 yrs",
     (("2017 - 19", "2017\u20132019", (129.2, 146.7, 128.4, 150.1)),
      ("2019 - 21", "2019\u20132021", (125.1, 142.0, 121.6, 147.3)))),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a 'Download data' CSV from Fingertips (Office for Health Improvement and Disparities).

    Fingertips exports one row per indicator, area, sex, age and time period,
    with the England and region rows in the same file, confidence limits,
    count and denominator, a value note for suppressed figures, and the
    comparison with England as words. Time periods are written '2020/21',
    '2021/22' and '2017 - 19'
    for pooled three-year rates. The reading is for --area Trafford.
    """
    rows: list[list[object]] = []
    exp = Expected([])
    for ind_id, name, sex, age, periods in INDICATORS:
        assert isinstance(periods, tuple)
        for period, label, values in periods:
            for (code, area, kind, parent_code, parent), value in zip(AREAS, values, strict=True):
                note = "" if value is not None else "Value suppressed for disclosure control"
                compared = (
                    "Not compared"
                    if area == "England"
                    else "Better"
                    if (value or 0) > values[0]
                    else "Worse"
                )
                low = "" if value is None else round(value * 0.96, 1)
                high = "" if value is None else round(value * 1.04, 1)
                count = "" if value is None else round(value * 10)
                base = 1000 if str(name).startswith("Percentage") else 1_000_000
                rows.append([ind_id, name, parent_code, parent, code, area, kind, sex, age, "", "",
                             period, "" if value is None else value, low, high, count,
                             "" if value is None else base, note, "Cannot be calculated",
                             compared, "", str(period)[:4] + "0000"])  # fmt: skip
                if area == AREA and value is not None:
                    exp.observations.append(Obs(None, str(name), label, value))
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        writer.writerows(rows)
    return exp
