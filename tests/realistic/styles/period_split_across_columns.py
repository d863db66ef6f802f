"""Long CSV whose period is split over 'Financial_Year', 'Period_Type' and 'Period_No' (month 1 = April)."""

from __future__ import annotations

import csv
from pathlib import Path

from tests.realistic.kit import Expected, Obs, Rag

RAG: dict[str, Rag] = {"Red": "red", "Amber": "amber", "Green": "green"}
UNIT = {
    "Percentage": "%",
    "Number": "number",
    "Days": "days",
    "Rate per 10,000": "rate",
    "Rate per 100,000": "rate",
}
POLARITY = {"Higher is better": "higher_is_better", "Lower is better": "lower_is_better"}
MONTHS = ("Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar")

# code, name, directorate, unit, polarity (as exported, '' when none), then its rows:
# (financial year, period type, period no ('' for a year), value, target, RAG) as strings.
MEASURES: tuple[tuple[object, ...], ...] = (
    ("ASC001", "Adult social care contacts resolved at first point of contact", "Adults and Health",
     "Percentage", "Higher is better", (
        ("2023/24", "Month", "10", "71.8", "70", "Green"),
        ("2023/24", "Month", "11", "69.4", "70", "Amber"),
        ("2023/24", "Month", "12", "72.5", "70", "Green"),
        ("2024/25", "Month", "1", "73.1", "72", "Green"),
        ("2024/25", "Month", "2", "70.6", "72", "Amber"),
        ("2024/25", "Month", "3", "74.0", "72", "Green"),
        ("2024/25", "Month", "4", "71.2", "72", "Amber"),
        ("2024/25", "Month", "5", "68.3", "72", "Red"),
        ("2024/25", "Month", "6", "72.9", "72", "Green"),
        ("2024/25", "Month", "7", "73.5", "72", "Green"),
        ("2024/25", "Month", "8", "74.8", "72", "Green"),
        ("2024/25", "Month", "9", "", "72", ""),
    )),
    ("ASC004", "Adults receiving a care assessment within 28 days of contact", "Adults and Health",
     "Percentage", "Higher is better", (
        ("2024/25", "Quarter", "1", "78.2", "85", "Red"),
        ("2024/25", "Quarter", "2", "82.9", "85", "Amber"),
        ("2024/25", "Quarter", "3", "86.4", "85", "Green"),
    )),
    ("ASC009", "Permanent admissions to residential and nursing care, aged 65+", "Adults and Health",
     "Rate per 100,000", "Lower is better", (
        ("2022/23", "Year", "", "612.4", "", ""),
        ("2023/24", "Year", "", "587.9", "600", "Green"),
    )),
    ("CHS012", "Children in care per 10,000 children aged 0-17", "Children and Families",
     "Rate per 10,000", "", (
        ("2023/24", "Quarter", "4", "71.2", "", ""),
        ("2024/25", "Quarter", "1", "70.4", "", ""),
        ("2024/25", "Quarter", "2", "72.0", "", ""),
        ("2024/25", "Quarter", "3", "73.6", "", ""),
    )),
    ("CHS015", "Single assessments completed within 45 working days", "Children and Families",
     "Percentage", "Higher is better", (
        ("2023/24", "Quarter", "4", "88.1", "90", "Amber"),
        ("2024/25", "Quarter", "1", "91.3", "90", "Green"),
        ("2024/25", "Quarter", "2", "84.7", "90", "Red"),
        ("2024/25", "Quarter", "3", "89.2", "90", "Amber"),
    )),
    ("CHS021", "Care leavers aged 19-21 in education, employment or training", "Children and Families",
     "Percentage", "Higher is better", (
        ("2022/23", "Year", "", "54.0", "55", "Amber"),
        ("2023/24", "Year", "", "57.9", "56", "Green"),
    )),
    ("HOU003", "Households in temporary accommodation", "Place", "Number", "Lower is better", (
        ("2023/24", "Month", "10", "412", "400", "Amber"),
        ("2023/24", "Month", "11", "425", "400", "Red"),
        ("2023/24", "Month", "12", "431", "400", "Red"),
        ("2024/25", "Month", "1", "428", "420", "Amber"),
        ("2024/25", "Month", "2", "419", "420", "Green"),
        ("2024/25", "Month", "3", "437", "420", "Amber"),
        ("2024/25", "Month", "4", "444", "420", "Red"),
        ("2024/25", "Month", "5", "451", "420", "Red"),
        ("2024/25", "Month", "6", "446", "420", "Red"),
        ("2024/25", "Month", "7", "438", "420", "Amber"),
        ("2024/25", "Month", "8", "429", "420", "Amber"),
        ("2024/25", "Month", "9", "417", "420", "Green"),
    )),
    ("HOU007", "Average days to re-let council homes", "Place", "Days", "Lower is better", (
        ("2023/24", "Quarter", "4", "38.5", "35", "Red"),
        ("2024/25", "Quarter", "1", "36.1", "35", "Amber"),
        ("2024/25", "Quarter", "2", "33.8", "35", "Green"),
        ("2024/25", "Quarter", "3", "34.9", "35", "Green"),
    )),
    ("ENV002", "Household waste sent for reuse, recycling and composting", "Place", "Percentage",
     "Higher is better", (
        ("2024/25", "Quarter", "1", "49.3", "50", "Amber"),
        ("2024/25", "Quarter", "2", "47.8", "50", "Amber"),
        ("2024/25", "Quarter", "3", "", "50", ""),
    )),
    ("ENV006", "Fly-tipping incidents reported", "Place", "Number", "", (
        ("2024/25", "Month", "4", "312", "", ""),
        ("2024/25", "Month", "5", "287", "", ""),
        ("2024/25", "Month", "6", "301", "", ""),
        ("2024/25", "Month", "7", "344", "", ""),
        ("2024/25", "Month", "8", "296", "", ""),
        ("2024/25", "Month", "9", "270", "", ""),
    )),
    ("RES001", "Council tax collected in year", "Resources", "Percentage", "Higher is better", (
        ("2022/23", "Year", "", "95.9", "96.5", "Amber"),
        ("2023/24", "Year", "", "96.2", "96.5", "Amber"),
    )),
    ("RES004", "Working days lost to sickness absence per FTE (rolling 12 months)", "Resources",
     "Days", "Lower is better", (
        ("2024/25", "Quarter", "1", "9.8", "9", "Red"),
        ("2024/25", "Quarter", "2", "9.4", "9", "Amber"),
        ("2024/25", "Quarter", "3", "9.1", "9", "Amber"),
    )),
)  # fmt: skip


def period_label(year: str, kind: str, number: str) -> str:
    """The canonical label: Month n counts from April (month 7 of 2024/25 is Oct 2024)."""
    if kind == "Year":
        return year
    if kind == "Quarter":
        return f"Q{number} {year}"
    n = int(number)
    calendar_year = int(year[:4]) + (1 if n >= 10 else 0)
    return f"{MONTHS[n - 1]} {calendar_year}"


def build(path: Path) -> Expected:
    """Imitates a unitary council's corporate KPI download from its data warehouse (Power BI / SQL view).

    Data-warehouse exports often keep the period as the keys of a date
    dimension rather than a label: 'Financial_Year' ('2024/25'),
    'Period_Type' ('Month', 'Quarter' or 'Year') and 'Period_No' (the
    quarter 1-4, or the financial month 1-12 counted from April, empty for
    a year), here in a 'Corporate KPI extract' for a unitary council such as
    Bedford Borough, one row per measure per period with Unit, Polarity,
    Value, Target and RAG. Monthly measures run to month 9 of 2024/25
    (December 2024), two of them from month 10 of 2023/24 (January 2024);
    quarterly ones run to Q3 2024/25, some from Q4 2023/24; annual ones
    cover 2022/23 and 2023/24.

    A careful reader puts the three columns together: Month 7 of 2024/25 is
    October 2024, month 10 of 2023/24 is January 2024 (the calendar year
    moves on after December), Quarter 3 of 2024/25 is Q3 2024/25, Year is
    the financial year itself. Each row's own target and RAG belong to its
    period; an empty Value (ASC001 month 9, ENV002 Q3: not yet available)
    is no observation; Unit and Polarity give each measure's unit and
    polarity, an empty Polarity none (no polarity stated).
    """
    exp = Expected([])
    header = [
        "Directorate",
        "Measure_Code",
        "Measure_Name",
        "Financial_Year",
        "Period_Type",
        "Period_No",
        "Unit",
        "Polarity",
        "Value",
        "Target",
        "RAG",
        "Extract_Date",
    ]
    lines: list[list[str]] = [header]
    for code, name, directorate, unit, polarity, rows in MEASURES:
        assert isinstance(rows, tuple)
        exp.add_meta(str(code), str(name), POLARITY.get(str(polarity)), UNIT[str(unit)])
        for year, kind, number, value, target, rag in rows:
            lines.append(
                [
                    str(directorate),
                    str(code),
                    str(name),
                    year,
                    kind,
                    number,
                    str(unit),
                    str(polarity),
                    value,
                    target,
                    rag,
                    "2025-01-20",
                ]
            )
            if value == "":
                continue
            exp.observations.append(
                Obs(
                    str(code),
                    str(name),
                    period_label(year, kind, number),
                    float(value),
                    None,
                    float(target) if target else None,
                    RAG[rag] if rag else None,
                )
            )
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(lines)
    return exp
