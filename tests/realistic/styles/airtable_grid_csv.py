"""An Airtable 'Grid view' CSV download of a council's KPI tracker base: one record per indicator per quarter."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from tests.realistic.kit import Expected, Obs, Rag

RAG: dict[str, Rag] = {"Red": "red", "Amber": "amber", "Green": "green"}
ATT = "https://dl.airtable.com/.attachments"
HEADINGS = (
    "Name", "Indicator", "Ref", "Portfolio", "Quarter", "Tags", "Actual %", "Target %",
    "Actual no.", "Target no.", "Actual \u00a3", "Target \u00a3", "Actual time", "Target time",
    "RAG", "Commentary", "Owner", "Evidence", "Verified", "Created",
)  # fmt: skip
# Which pair of typed fields a record fills, by the indicator's kind.
PAIR = {"%": 6, "no": 8, "\u00a3": 10, "time": 12}
UNIT = {"%": "%", "\u00a3": "\u00a3", "time": "seconds"}

# ref, indicator (linked record), portfolio (linked record), kind, tags, owners (lookup)
INDICATORS: dict[str, tuple[str, str, str, str, str]] = {
    "CD01": ("Calls to the contact centre answered (%)", "Customer and Digital", "%",
             "Corporate Plan", "Hannah Greaves, Mo Rahman"),
    "CD02": ("Stage 1 complaints responded to within 10 working days (%)", "Customer and Digital",
             "%", "Corporate Plan, Statutory", "Hannah Greaves"),
    "CD03": ("Transactions completed online through My Account", "Customer and Digital", "no",
             "Corporate Plan, Contextual", "Mo Rahman, Priya Lal"),
    "CD04": ("Freedom of Information requests answered within 20 working days (%)",
             "Customer and Digital", "%", "Statutory", "Priya Lal"),
    "FR01": ("Council tax collected in year (cumulative %)", "Finance and Resources", "%",
             "Corporate Plan, Statutory", "Gareth Lloyd, Sian Morris"),
    "FR02": ("Business rates collected in year (cumulative %)", "Finance and Resources", "%",
             "Statutory", "Gareth Lloyd, Sian Morris"),
    "FR03": ("Sundry debt outstanding over 90 days", "Finance and Resources", "\u00a3",
             "Corporate Plan", "Sian Morris"),
    "FR04": ("Average days to process new Housing Benefit claims", "Finance and Resources", "no",
             "Statutory, DWP return", "Gareth Lloyd"),
    "HC01": ("Average time to make safe emergency repairs (hrs:mins)", "Housing and Communities",
             "time", "Corporate Plan, Tenant satisfaction", "Dean Whitfield, Carys Owen"),
    "HC02": ("Households in temporary accommodation (snapshot at quarter end)",
             "Housing and Communities", "no", "Corporate Plan, Statutory", "Carys Owen"),
    "HC03": ("Rent collected from council tenants (%)", "Housing and Communities", "%",
             "Corporate Plan", "Dean Whitfield"),
    "HC04": ("Rent lost through vacant council homes", "Housing and Communities", "\u00a3",
             "Corporate Plan", "Dean Whitfield, Carys Owen"),
    "HC05": ("Empty homes brought back into use", "Housing and Communities", "no", "",
             "Carys Owen"),
}  # fmt: skip

# ref, quarter, actual as displayed, target as displayed, RAG, commentary, evidence, verified,
# created. A blank actual is a record made ready for the quarter and not yet filled in.
RECORDS: tuple[tuple[str, str, str, str, str, str, str, bool, str], ...] = (
    ("CD01", "Q1 2024/25", "84.0%", "85.0%", "Amber", "", "", True, "08/07/2024 10:02am"),
    ("CD01", "Q2 2024/25", "79.6%", "85.0%", "Red",
     "Summer peak plus garden waste renewals.\nTwo advisor vacancies filled from 30 September.",
     "", True, "07/10/2024 9:41am"),
    ("CD01", "Q3 2024/25", "85.2%", "85.0%", "Green", "Back on target in November and December.",
     "", False, "12/01/2025 9:14am"),
    ("CD02", "Q1 2024/25", "88.0%", "90.0%", "Amber", "", "", True, "08/07/2024 10:04am"),
    ("CD02", "Q2 2024/25", "91.3%", "90.0%", "Green", "", "", True, "07/10/2024 9:43am"),
    ("CD02", "Q3 2024/25", "", "90.0%", "",
     "Q3 figure being validated \u2013 to be added by 24 January.\n"
     "Complaints system export failed over Christmas.", "", False, "12/01/2025 9:16am"),
    ("CD03", "Q1 2024/25", "11,902", "", "", "", "", True, "08/07/2024 10:05am"),
    ("CD03", "Q2 2024/25", "12,488", "", "", "", "", True, "07/10/2024 9:44am"),
    ("CD03", "Q3 2024/25", "13,067", "", "", 'Includes the new "Report it" forms from 1 November.',
     "", False, "12/01/2025 9:17am"),
    ("CD04", "Q1 2024/25", "93.1%", "90.0%", "Green", "", "", True, "08/07/2024 10:07am"),
    ("CD04", "Q2 2024/25", "89.5%", "90.0%", "Amber",
     "153 requests, 137 on time.\nTwo late responses were complex planning files.",
     f"FOI log Q2.xlsx ({ATT}/8d1e2b07a9c34e55/1f0a6c3e/FOI%20log%20Q2.xlsx)", True,
     "07/10/2024 9:46am"),
    ("CD04", "Q3 2024/25", "94.4%", "90.0%", "Green", "", "", False, "12/01/2025 9:19am"),
    ("FR01", "Q1 2024/25", "29.1%", "29.5%", "Amber", "", "", True, "08/07/2024 10:11am"),
    ("FR01", "Q2 2024/25", "56.4%", "57.0%", "Amber", "Profiled target for the half year.", "",
     True, "07/10/2024 9:50am"),
    ("FR01", "Q3 2024/25", "83.9%", "84.5%", "Amber",
     "Behind profile by 0.6 points, about \u00a3410,000.\n"
     "Reminders and summonses issued as usual; the recovery team is down one officer.",
     f"Q3 return.pdf ({ATT}/5b7f0c2d4e6a4b19/9c2e14aa/Q3%20return.pdf)", False,
     "12/01/2025 9:21am"),
    ("FR02", "Q1 2024/25", "30.2%", "30.0%", "Green", "", "", True, "08/07/2024 10:12am"),
    ("FR02", "Q2 2024/25", "57.9%", "57.5%", "Green", "", "", True, "07/10/2024 9:51am"),
    ("FR02", "Q3 2024/25", "85.2%", "85.0%", "Green", "", "", False, "12/01/2025 9:22am"),
    ("FR03", "Q1 2024/25", "\u00a3412,350.00", "\u00a3400,000.00", "Amber", "", "", True,
     "08/07/2024 10:14am"),
    ("FR03", "Q2 2024/25", "\u00a3398,120.50", "\u00a3400,000.00", "Green", "", "", True,
     "07/10/2024 9:53am"),
    ("FR03", "Q3 2024/25", "\u00a3436,904.00", "\u00a3400,000.00", "Red",
     "Two large commercial rent debts, \u00a358,200 between them, now with Legal.",
     f"Aged debt Dec.pdf ({ATT}/0e33a9f1c6b24d8a/77b1d3f0/Aged%20debt%20Dec.pdf), "
     f"Legal referral.docx ({ATT}/0e33a9f1c6b24d8a/a4c9e812/Legal%20referral.docx)", False,
     "12/01/2025 9:24am"),
    ("FR04", "Q1 2024/25", "18.2", "20.0", "Green", "", "", True, "08/07/2024 10:15am"),
    ("FR04", "Q2 2024/25", "21.6", "20.0", "Red", "New claims up 14% after the rent increase.",
     "", True, "07/10/2024 9:55am"),
    ("FR04", "Q3 2024/25", "16.9", "20.0", "Green", "", "", False, "12/01/2025 9:25am"),
    ("HC01", "Q1 2024/25", "3:30", "4:00", "Green", "", "", True, "09/07/2024 2:37pm"),
    ("HC01", "Q2 2024/25", "4:05", "4:00", "Amber",
     "Storm Ashley, 20 October: 212 emergency calls in 48 hours.", "", True,
     "08/10/2024 11:20am"),
    ("HC01", "Q3 2024/25", "3:12", "4:00", "Green", "", "", False, "13/01/2025 8:58am"),
    ("HC02", "Q1 2024/25", "142", "130", "Red", "", "", True, "09/07/2024 2:39pm"),
    ("HC02", "Q2 2024/25", "156", "130", "Red",
     'Section 21 notices still rising.\n"Homes for Ukraine" placements ending add 9 households.',
     "", True, "08/10/2024 11:22am"),
    ("HC02", "Q3 2024/25", "171", "130", "Red", "", "", False, "13/01/2025 9:00am"),
    ("HC03", "Q1 2024/25", "97.8%", "98.5%", "Amber", "", "", True, "09/07/2024 2:41pm"),
    ("HC03", "Q2 2024/25", "98.4%", "98.5%", "Amber", "", "", True, "08/10/2024 11:24am"),
    ("HC03", "Q3 2024/25", "99.1%", "98.5%", "Green", "", "", False, "13/01/2025 9:02am"),
    ("HC04", "Q1 2024/25", "\u00a386,412.00", "\u00a385,000.00", "Amber", "", "", True,
     "09/07/2024 2:43pm"),
    ("HC04", "Q2 2024/25", "\u00a391,230.75", "\u00a385,000.00", "Red",
     "Sheltered flats at Maes y Coed held empty for the refurbishment.", "", True,
     "08/10/2024 11:26am"),
    ("HC04", "Q3 2024/25", "\u00a379,880.00", "\u00a385,000.00", "Green", "", "", False,
     "13/01/2025 9:04am"),
    ("HC05", "Q1 2024/25", "9", "10", "Amber", "", "", True, "09/07/2024 2:45pm"),
    ("HC05", "Q2 2024/25", "14", "10", "Green", "", "", True, "08/10/2024 11:28am"),
)  # fmt: skip


def _value(shown: str, kind: str) -> float | None:
    """What a displayed Airtable field means: percent in points, pounds, h:mm durations in seconds."""
    if not shown:
        return None
    if kind == "time":
        hours, minutes = shown.split(":")
        return float(int(hours) * 3600 + int(minutes) * 60)
    return float(shown.replace("\u00a3", "").replace(",", "").removesuffix("%"))


def build(path: Path) -> Expected:
    """Imitates a council performance team's KPI tracker kept in Airtable, downloaded as CSV.

    A Welsh county borough council's Corporate Performance team keeps its quarterly
    KPI tracker as an Airtable base: an Indicators table and a Returns
    table with one record per indicator per quarter, each record linked to
    its indicator and portfolio, which is how Airtable trackers are built
    (fields are typed, so there is no room for a wide row of quarters). The
    'Grid view' of the Returns table is downloaded with 'Download CSV':
    UTF-8 with a byte-order mark, only the header and the records, no
    title, sorted by Ref then Quarter. Linked records and lookups come out
    as their display names, comma-joined ('Hannah Greaves, Mo Rahman');
    the multi-select Tags as 'Corporate Plan, Statutory'; a checkbox as
    'checked' or blank; the percent fields as '85.2%', currency fields as
    '\u00a3436,904.00', the duration fields (format h:mm) as '3:30'; long-text
    commentary keeps its line breaks inside quotes; attachments as
    'Q3 return.pdf (https://dl.airtable.com/...)'; the created time as
    '12/01/2025 9:14am'. Because Airtable fields hold one type, the figures
    sit in typed pairs ('Actual %'/'Target %', 'Actual no.'/'Target no.',
    'Actual \u00a3'/'Target \u00a3', 'Actual time'/'Target time') and each
    record fills one pair. RAG is a single-select field on each record.
    Q3 records were made ready in advance; one still has no figure,
    and the empty-homes indicator has no Q3 record at all.

    A careful reader takes each record as one observation of the indicator
    its Ref names, for the period its Quarter names, with the figure and
    target of whichever pair is filled (percentages in points, pounds, the
    hh:mm repair time in seconds as the name says hours and minutes) and
    that record's own RAG. The created time is when the record was made,
    not a period. A record with no figure is no observation. Units are
    those the typed fields state (%, \u00a3, time); no polarity is stated.
    """
    exp = Expected([])
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADINGS)
    for ref, quarter, actual, target, rag, comment, evidence, verified, created in RECORDS:
        name, portfolio, kind, tags, owners = INDICATORS[ref]
        cells = ["" for _ in HEADINGS]
        cells[0:6] = [f"{ref} {quarter}", name, ref, portfolio, quarter, tags]
        cells[PAIR[kind]] = actual
        cells[PAIR[kind] + 1] = target
        cells[14:20] = [rag, comment, owners, evidence, "checked" if verified else "", created]
        writer.writerow(cells)
        value = _value(actual, kind)
        if value is None:
            continue
        exp.observations.append(
            Obs(ref, name, quarter, value, None, _value(target, kind), RAG.get(rag))
        )
        exp.add_meta(ref, name, None, UNIT.get(kind))
    path.write_bytes(("\ufeff" + out.getvalue()).encode("utf-8"))
    return exp
