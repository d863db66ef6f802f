"""An open-data long CSV with 'Period start' and 'Period end' dates (dd/mm/yyyy) mixing months, quarters and years."""

from __future__ import annotations

import csv
from pathlib import Path

from tests.realistic.kit import Expected, Obs, Rag, num

RAG: dict[str, Rag] = {"Red": "red", "Amber": "amber", "Green": "green"}
POLARITY = {"Higher is better": "higher_is_better", "Lower is better": "lower_is_better"}
UNIT = {"Percentage": "%", "Number": "number", "Days": "days", "Rate per 1,000": "rate", "£": "£"}

HEADER = ["Indicator ID", "Indicator", "Service", "Frequency", "Period start", "Period end",
          "Value", "Unit", "Target", "RAG", "Polarity", "Notes"]  # fmt: skip

# id, indicator, service, unit, polarity, then rows: (frequency, start, end, period, value, target, RAG, note)
INDICATORS: tuple[tuple[object, ...], ...] = (
    ("PI-CS-01", "Calls to the contact centre answered within 5 minutes", "Customer Services",
     "Percentage", "Higher is better", (
        ("Monthly", "01/10/2024", "31/10/2024", "Oct 2024", 78.4, 80, "Amber", ""),
        ("Monthly", "01/11/2024", "30/11/2024", "Nov 2024", 82.1, 80, "Green", ""),
        ("Monthly", "01/12/2024", "31/12/2024", "Dec 2024", 74.9, 80, "Red", "Staff vacancies"),
    )),
    ("PI-WS-02", "Missed bin collections", "Waste and Recycling", "Number", "Lower is better", (
        ("Monthly", "01/10/2024", "31/10/2024", "Oct 2024", 212, 250, "Green", ""),
        ("Monthly", "01/11/2024", "30/11/2024", "Nov 2024", 267, 250, "Amber", ""),
        ("Monthly", "01/12/2024", "31/12/2024", "Dec 2024", 341, 250, "Red", "Christmas week disruption"),
    )),
    ("PI-HS-03", "Households prevented from becoming homeless", "Housing", "Number",
     "Higher is better", (
        ("Quarterly", "01/04/2024", "30/06/2024", "Q1 2024/25", 64, 60, "Green", ""),
        ("Quarterly", "01/07/2024", "30/09/2024", "Q2 2024/25", 58, 60, "Amber", ""),
        ("Quarterly", "01/10/2024", "31/12/2024", "Q3 2024/25", 71, 60, "Green", ""),
    )),
    ("PI-HS-04", "Average days to re-let council homes", "Housing", "Days", "Lower is better", (
        ("Quarterly", "01/04/2024", "30/06/2024", "Q1 2024/25", 31.5, 28, "Red", ""),
        ("Quarterly", "01/07/2024", "30/09/2024", "Q2 2024/25", 27.2, 28, "Green", ""),
        ("Quarterly", "01/10/2024", "31/12/2024", "Q3 2024/25", None, 28, "", "Data not yet validated"),
    )),
    ("PI-PL-05", "Major planning applications decided within 13 weeks", "Planning", "Percentage",
     "Higher is better", (
        ("Quarterly", "01/04/2024", "30/06/2024", "Q1 2024/25", 87.5, 70, "Green", ""),
        ("Quarterly", "01/07/2024", "30/09/2024", "Q2 2024/25", 66.7, 70, "Amber", ""),
        ("Quarterly", "01/10/2024", "31/12/2024", "Q3 2024/25", 100, 70, "Green", ""),
    )),
    ("PI-HR-06", "Working days lost to sickness absence per FTE (rolling 12 months)",
     "Human Resources", "Days", "Lower is better", (
        ("Quarterly", "01/07/2023", "30/06/2024", "Jul 2023\u2013Jun 2024", 9.8, 8.5, "Red", ""),
        ("Quarterly", "01/10/2023", "30/09/2024", "Oct 2023\u2013Sep 2024", 9.1, 8.5, "Amber", ""),
    )),
    ("PI-RV-07", "Council tax collected in year", "Revenues", "Percentage", "Higher is better", (
        ("Annual", "01/04/2022", "31/03/2023", "2022/23", 97.8, 98, "Amber", ""),
        ("Annual", "01/04/2023", "31/03/2024", "2023/24", 98.1, 98, "Green", ""),
    )),
    ("PI-RV-08", "Business rates collected in year", "Revenues", "Percentage", "Higher is better", (
        ("Annual", "01/04/2022", "31/03/2023", "2022/23", 98.9, 99, "Amber", ""),
        ("Annual", "01/04/2023", "31/03/2024", "2023/24", 99.2, 99, "Green", ""),
    )),
    ("PI-CS-09", "People killed or seriously injured on roads in the borough", "Community Safety",
     "Number", "Lower is better", (
        ("Annual", "01/01/2022", "31/12/2022", "2022", 47, "", "", "Calendar year, DfT STATS19"),
        ("Annual", "01/01/2023", "31/12/2023", "2023", 39, "", "", "Calendar year, DfT STATS19"),
    )),
    ("PI-EN-10", "Household waste sent for reuse, recycling and composting", "Waste and Recycling",
     "Percentage", "Higher is better", (
        ("Annual", "01/04/2023", "31/03/2024", "2023/24", 49.6, 50, "Amber", "Provisional until WasteDataFlow sign-off"),
        ("Half-yearly", "01/04/2024", "30/09/2024", "H1 2024/25", 53.2, 50, "Green", ""),
    )),
    ("PI-LE-11", "Leisure centre visits per 1,000 residents", "Leisure", "Rate per 1,000",
     "Higher is better", (
        ("Quarterly", "01/04/2024", "30/06/2024", "Q1 2024/25", 1842.6, "", "", ""),
        ("Quarterly", "01/07/2024", "30/09/2024", "Q2 2024/25", 1910.3, "", "", ""),
        ("Quarterly", "01/10/2024", "31/12/2024", "Q3 2024/25", 1688.0, "", "", ""),
    )),
    ("PI-FN-12", "Spend with local suppliers", "Finance", "£", "Higher is better", (
        ("Quarterly", "01/04/2024", "30/06/2024", "Q1 2024/25", 2814350, "", "", ""),
        ("Quarterly", "01/07/2024", "30/09/2024", "Q2 2024/25", 3102775, "", "", ""),
    )),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a borough council's performance open-data file published on its data portal.

    Cheltenham-style 'Council performance indicators' dataset, refreshed
    each quarter for the open-data page: a plain CSV, one row per indicator
    per period, Indicator ID, Indicator, Service, Frequency (Monthly,
    Quarterly, Half-yearly, Annual), 'Period start' and 'Period end' written
    dd/mm/yyyy as the portal template asks, Value, Unit (Percentage, Number,
    Days, 'Rate per 1,000', '\u00a3'), Target, RAG, Polarity ('Higher is
    better' / 'Lower is better') and Notes. Rows mix months, quarters, a
    half year, financial years, two calendar years (road casualties) and
    two rolling twelve-month sickness figures labelled Quarterly. Re-let
    days for Q3 has an empty value with a note; data-only measures have no
    target or RAG.

    A careful reader takes each period from its start and end dates, day
    first: 01/10/2024-31/10/2024 is Oct 2024, 01/04/2024-30/06/2024 is
    Q1 2024/25, 01/04/2024-30/09/2024 the half year H1 2024/25,
    01/04/2023-31/03/2024 the year 2023/24, 01/01/2023-31/12/2023 the
    calendar year 2023, and 01/07/2023-30/06/2024 the twelve months
    July 2023 to June 2024 (the 'Quarterly' frequency says how often it is
    reported, not what it covers). The empty Q3 value is no observation.
    Each row's target and RAG are its own; unit and polarity as stated.
    """
    exp = Expected([])
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(HEADER)
        for pid, name, service, unit, polarity, rows in INDICATORS:
            assert isinstance(rows, tuple)
            for freq, start, end, period, value, target, rag, note in rows:
                writer.writerow([pid, name, service, freq, start, end,
                                 "" if value is None else value, unit, target, rag,
                                 polarity, note])  # fmt: skip
                if value is None:
                    continue
                exp.observations.append(
                    Obs(
                        str(pid),
                        str(name),
                        str(period),
                        num(value),
                        None,
                        num(target),
                        RAG.get(str(rag)),
                    )
                )
            exp.add_meta(str(pid), str(name), POLARITY[str(polarity)], UNIT[str(unit)])
    return exp
