"""A long 'Measure Data' export from a US-built performance system, period end dates typed as month-first text."""

from __future__ import annotations

import csv
from pathlib import Path

from tests.realistic.kit import Expected, Obs, Rag

SCORECARD = "Corporate Plan 2024-2028"
COLUMNS = ["Scorecard", "Category", "Measure ID", "Measure Name", "Frequency", "Period",
           "Period End Date", "Actual", "Target", "Status", "Units", "Polarity", "Analysis",
           "Last Edited"]  # fmt: skip
STATUS: dict[str, Rag] = {"On Track": "green", "At Risk": "amber", "Off Track": "red"}
UNIT = {"%": "%", "Number": "number", "Days": "days", "Rate": "rate"}
POLARITY = {"Higher is Better": "higher_is_better", "Lower is Better": "lower_is_better"}

# (Period as exported, Period End Date as exported, canonical label)
QUARTERS = (
    ("Quarter Ending 03/31/2024", "3/31/2024", "Q4 2023/24"),
    ("Quarter Ending 06/30/2024", "6/30/2024", "Q1 2024/25"),
    ("Quarter Ending 09/30/2024", "9/30/2024", "Q2 2024/25"),
    ("Quarter Ending 12/31/2024", "12/31/2024", "Q3 2024/25"),
)
MONTHS = (
    ("10/31/2024", "10/31/2024", "Oct 2024"),
    ("11/30/2024", "11/30/2024", "Nov 2024"),
    ("12/31/2024", "12/31/2024", "Dec 2024"),
    ("01/31/2025", "1/31/2025", "Jan 2025"),
)
YEAR = (("Year Ending 03/31/2024", "3/31/2024", "2023/24"),)
PERIODS = {"Quarterly": QUARTERS, "Monthly": MONTHS, "Annually": YEAR}

# A period's entry: (actual, target, status, analysis, last edited); actual '' is not yet
# entered (the row is exported anyway), 'N/A' is what the officer typed.
Entry = tuple[object, object, str, str, str]
# category, measure id, name, frequency, units, polarity, entries (one per period, in order)
MEASURES: tuple[tuple[str, str, str, str, str, str, tuple[Entry, ...]], ...] = (
    ("Thriving Economy", "ECO-01", "Business rates collected (cumulative)", "Quarterly", "%",
     "Higher is Better", (
         (98.4, 98.0, "On Track", "", "04/18/2024"),
         (29.8, 29.5, "On Track", "", "07/16/2024"),
         (57.1, 57.5, "At Risk", "Two large appeals settled in August.", "10/15/2024"),
         (83.9, 84.0, "At Risk", "", "01/14/2025"),
     )),
    ("Thriving Economy", "ECO-02", "Major planning applications determined within 13 weeks or agreed time",
     "Quarterly", "%", "Higher is Better", (
         (88.9, 80, "On Track", "", "04/18/2024"),
         (100.0, 80, "On Track", "3 of 3 determined in time.", "07/16/2024"),
         (75.0, 80, "Off Track", "6 of 8 in time; two complex schemes.", "10/15/2024"),
         (85.7, 80, "On Track", "", "01/14/2025"),
     )),
    ("Thriving Economy", "ECO-03", "Minor planning applications determined within 8 weeks or agreed time",
     "Quarterly", "%", "Higher is Better", (
         (79.2, 70, "On Track", "", "04/18/2024"),
         (81.5, 70, "On Track", "", "07/16/2024"),
         (76.4, 70, "On Track", "", "10/15/2024"),
         (72.0, 70, "On Track", "", "01/14/2025"),
     )),
    ("Thriving Economy", "ECO-04", "Town centre footfall", "Monthly", "Number", "Higher is Better", (
         (412880, "", "", "Data only - no target set.", "11/12/2024"),
         (436120, "", "", "", "12/10/2024"),
         (521004, "", "", "Christmas lights switch-on and late-night shopping.", "01/08/2025"),
         ("", "", "", "", ""),
     )),
    ("Healthy Communities", "HC-01", "Households in temporary accommodation (snapshot at month end)",
     "Monthly", "Number", "Lower is Better", (
         (118, 100, "Off Track", "", "11/12/2024"),
         (124, 100, "Off Track", "", "12/10/2024"),
         (131, 100, "Off Track", "Rise in Section 21 notices.", "01/08/2025"),
         (127, 100, "Off Track", "", "02/03/2025"),
     )),
    ("Healthy Communities", "HC-02", "Homelessness cases prevented or relieved", "Quarterly", "%",
     "Higher is Better", (
         (58.2, 55, "On Track", "", "04/18/2024"),
         (61.0, 55, "On Track", "", "07/16/2024"),
         (54.1, 55, "At Risk", "", "10/15/2024"),
         (57.6, 55, "On Track", "", "01/14/2025"),
     )),
    ("Healthy Communities", "HC-03", "Leisure centre visits", "Monthly", "Number", "Higher is Better", (
         (48210, 45000, "On Track", "", "11/12/2024"),
         (46102, 45000, "On Track", "", "12/10/2024"),
         (38877, 40000, "At Risk", "Pool closed 9-13 December for repairs.", "01/08/2025"),
         (51230, 45000, "On Track", "New Year membership offer.", "02/03/2025"),
     )),
    ("Healthy Communities", "HC-04", "Disabled facilities grants - average days from approval to completion",
     "Quarterly", "Days", "Lower is Better", (
         (142, 120, "Off Track", "Contractor capacity.", "04/18/2024"),
         (131, 120, "Off Track", "", "07/16/2024"),
         (118, 120, "On Track", "", "10/15/2024"),
         (124, 120, "At Risk", "", "01/14/2025"),
     )),
    ("Healthy Communities", "HC-05", "Residents satisfied with their local area as a place to live",
     "Annually", "%", "Higher is Better", (
         (76.0, 75, "On Track", "Residents' Survey 2024 (fieldwork Feb-Mar 2024), 1,104 responses.",
          "05/07/2024"),
     )),
    ("Clean and Green", "ENV-01", "Household waste sent for reuse, recycling and composting",
     "Quarterly", "%", "Higher is Better", (
         (49.8, 52, "At Risk", "Seasonal low in garden waste.", "05/09/2024"),
         (55.3, 52, "On Track", "", "08/06/2024"),
         (54.6, 52, "On Track", "", "11/05/2024"),
         ("", 52, "", "Awaiting verified tonnages from the county council (WasteDataFlow).",
          "01/14/2025"),
     )),
    ("Clean and Green", "ENV-02", "Missed bin collections per 100,000 collections", "Monthly", "Rate",
     "Lower is Better", (
         (42, 50, "On Track", "", "11/12/2024"),
         (47, 50, "On Track", "", "12/10/2024"),
         (63, 50, "Off Track", "Christmas collection changes and snow on 21 December.", "01/08/2025"),
         (55, 50, "At Risk", "", "02/03/2025"),
     )),
    ("Clean and Green", "ENV-03", "Fly-tips removed within 2 working days", "Monthly", "%",
     "Higher is Better", (
         (96.1, 95, "On Track", "", "11/12/2024"),
         (94.8, 95, "At Risk", "", "12/10/2024"),
         ("N/A", 95, "", "Fly-tipping app outage 2-20 December; no reliable data.", "01/08/2025"),
         (97.2, 95, "On Track", "", "02/03/2025"),
     )),
    ("Efficient Council", "COR-01", "Council tax collected (cumulative)", "Quarterly", "%",
     "Higher is Better", (
         (97.6, 97.5, "On Track", "", "04/18/2024"),
         (29.1, 29.0, "On Track", "", "07/16/2024"),
         (56.4, 56.5, "At Risk", "", "10/15/2024"),
         (83.2, 83.5, "At Risk", "", "01/14/2025"),
     )),
    ("Efficient Council", "COR-02", "Average days to process new Housing Benefit claims", "Quarterly",
     "Days", "Lower is Better", (
         (19.2, 20, "On Track", "", "04/18/2024"),
         (17.8, 20, "On Track", "", "07/16/2024"),
         (21.4, 20, "At Risk", "Annual uprating work in the quarter.", "10/15/2024"),
         (18.9, 20, "On Track", "", "01/14/2025"),
     )),
    ("Efficient Council", "COR-03", "Working days lost to sickness per FTE (rolling 12 months)",
     "Quarterly", "Days", "Lower is Better", (
         (9.4, 8.5, "Off Track", "", "04/18/2024"),
         (9.1, 8.5, "Off Track", "", "07/16/2024"),
         (8.8, 8.5, "At Risk", "", "10/15/2024"),
         (8.6, 8.5, "At Risk", "", "01/14/2025"),
     )),
    ("Efficient Council", "COR-04", "Stage 1 complaints responded to within 10 working days",
     "Monthly", "%", "Higher is Better", (
         (88.0, 90, "At Risk", "", "11/12/2024"),
         (91.3, 90, "On Track", "", "12/10/2024"),
         (84.6, 90, "At Risk", "Backlog after the council tax billing query spike.", "01/08/2025"),
         ("", 90, "", "", ""),
     )),
)  # fmt: skip


def _num(value: object) -> float | None:
    return float(value) if isinstance(value, int | float) else None


def build(path: Path) -> Expected:
    """Imitates the raw measure export of a council running its plan in a US-built SaaS tool.

    Some English district councils manage their Corporate Plan measures in
    American strategy-management software (ClearPoint Strategy, Envisio)
    and publish, or pass to scrutiny, the tool's 'Measure Data' CSV export
    rather than a designed report. The export is long: one row per measure
    per period, with Scorecard, Category, Measure ID, Measure Name,
    Frequency (Quarterly, Monthly, Annually), 'Period' ('Quarter Ending
    12/31/2024', '12/31/2024' for a month, 'Year Ending 03/31/2024'),
    'Period End Date' as the tool's m/d/yyyy text ('6/30/2024'), Actual,
    Target, Status (On Track / At Risk / Off Track, blank when not rated),
    Units (%, Number, Days, Rate), Polarity, Analysis and Last Edited. Periods
    not yet entered are exported with a blank Actual; one month is 'N/A'
    after a system outage; footfall has no target and no status.

    The dates are typed as text in US month-first order. Every period end
    date is the last day of a month (28 to 31), which cannot be a month
    number, so each one reads only one way: '03/31/2024' is 31 March 2024,
    '6/30/2024' 30 June 2024. The council's year runs April to March, so
    the quarter ending 31 March 2024 is Q4 2023/24 and those ending 30 June,
    30 September and 31 December 2024 are Q1 to Q3 2024/25; the monthly
    rows are Oct 2024 to Jan 2025 (Frequency says they are months, so the
    monthly '12/31/2024' is Dec 2024, not the quarter); 'Year Ending
    03/31/2024' is 2023/24. The only dates that could be read either way
    ('01/08/2025', '02/03/2025', '12/10/2024', '05/07/2024') are in 'Last
    Edited', which is when an officer saved the figure, not a period, and
    the same column's '10/15/2024' and '01/14/2025' show it is month-first
    too; so no reading is in doubt. Each row's actual, target and status
    belong to that row's period; percentages are in points. A blank Actual
    is no observation even when the row has a target; 'N/A' is kept as text
    with its target. Unit and polarity come from their columns.
    """
    rows: list[list[object]] = [list(COLUMNS)]
    exp = Expected([])
    for category, code, name, frequency, units, polarity, entries in MEASURES:
        periods = PERIODS[frequency]
        for (period, end, label), entry in zip(periods, entries, strict=True):
            actual, target, status, analysis, edited = entry
            rows.append([SCORECARD, category, code, name, frequency, period, end, actual,
                         target, status, units, polarity, analysis, edited])  # fmt: skip
            if actual == "":
                continue
            exp.observations.append(
                Obs(
                    code,
                    name,
                    label,
                    _num(actual),
                    None if _num(actual) is not None else str(actual),
                    _num(target),
                    STATUS.get(status),
                )
            )
        exp.add_meta(code, name, POLARITY[polarity], UNIT[units])
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    return exp
