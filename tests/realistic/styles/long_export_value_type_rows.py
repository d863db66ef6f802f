"""Long BI export (CSV): a row per measure, quarter and 'Value Type' (Actual, Target, Numerator, Denominator, RAG), one 'Value' column."""

from __future__ import annotations

import csv
from pathlib import Path

from tests.realistic.kit import Expected, Obs, Rag

QUARTERS = {
    "2024/25 Q1": ("Q1 2024/25", "30/06/2024"),
    "2024/25 Q2": ("Q2 2024/25", "30/09/2024"),
    "2024/25 Q3": ("Q3 2024/25", "31/12/2024"),
}
RAG: dict[str, Rag] = {"Red": "red", "Amber": "amber", "Green": "green"}
UNIT = {"%": "%", "Days": "days", "Number": "number", "Rate per 100,000": "rate"}
POLARITY = {"Higher is better": "higher_is_better", "Lower is better": "lower_is_better"}
REFRESHED = "21/01/2025 06:14"

# directorate, service, code, name, unit, polarity as typed ('' for a blank cell), how the
# actual is worked from numerator and denominator ('pct', 'avg', 'rate', '' when there are
# none), then per quarter: (actual, numerator, denominator, target, RAG). An actual of None
# leaves the quarter's Actual row out of the export; a numerator of None leaves out both of
# its component rows; '' as a target or RAG leaves that row out.
MEASURES: tuple[tuple[object, ...], ...] = (
    ("Place", "Housing", "HOU01", "Homelessness cases prevented or relieved", "%", "Higher is better", "pct", (
        (None, 141, 238, 60, "Amber"),
        (None, 162, 251, 60, "Green"),
        (None, 149, 263, 60, "Red"),
    )),
    ("Place", "Housing", "HOU02", "Average days to re-let empty council homes (excluding major works)", "Days", "Lower is better", "avg", (
        (None, 1539, 54, 28, "Amber"),
        (None, 1361, 51, 28, "Green"),
        (None, 1647, 49, 28, "Red"),
    )),
    ("Place", "Housing", "HOU03", "Households in temporary accommodation at quarter end", "Number", "", "", (
        (187, None, None, "", ""),
        (203, None, None, "", ""),
        (221, None, None, "", ""),
    )),
    ("Place", "Waste and Environment", "ENV01", "Household waste sent for reuse, recycling and composting", "%", "Higher is better", "pct", (
        (None, 15863, 31420, 50, "Green"),
        (None, 16228, 32977, 50, "Amber"),
        (None, None, None, 50, ""),
    )),
    ("Place", "Waste and Environment", "ENV02", "Missed bin collections per 100,000 collections", "Rate per 100,000", "Lower is better", "rate", (
        (None, 412, 1030500, 45, "Green"),
        (None, 498, 1029800, 45, "Red"),
        (None, 472, 1031250, 45, "Amber"),
    )),
    ("Place", "Waste and Environment", "ENV03", "Fly-tipping incidents removed within 2 working days", "%", "Higher is better", "pct", (
        (None, 587, 641, 90, "Green"),
        (None, 603, 688, 90, "Amber"),
        (None, 571, 619, 90, "Green"),
    )),
    ("Place", "Planning", "PLA01", "Major planning applications determined within 13 weeks or an agreed extension", "%", "Higher is better", "pct", (
        (None, 5, 6, 60, "Green"),
        (None, 3, 5, 60, "Green"),
        (None, 3, 7, 60, "Red"),
    )),
    ("Resources", "Revenues and Benefits", "REV01", "Council tax collected in year (cumulative)", "%", "Higher is better", "pct", (
        (None, 61402118, 208144470, 29.5, "Green"),
        (None, 119226950, 208144470, 57.5, "Amber"),
        (None, 175767401, 208144470, 84.5, "Amber"),
    )),
    ("Resources", "Revenues and Benefits", "REV02", "Average days to process new Housing Benefit claims", "Days", "Lower is better", "avg", (
        (None, 5082, 273, 20, "Green"),
        (None, 5916, 264, 20, "Red"),
        (None, 4970, 251, 20, "Green"),
    )),
    ("Resources", "Customer Services", "CUS01", "Calls to the contact centre answered within 3 minutes", "%", "Higher is better", "pct", (
        (None, 28415, 36102, 80, "Amber"),
        ("n/a", None, None, 80, ""),
        (None, 31060, 37418, 80, "Green"),
    )),
    ("Resources", "Customer Services", "CUS02", "Stage 1 complaints responded to within 10 working days", "%", "Higher is better", "pct", (
        (None, 301, 322, 95, "Amber"),
        (None, 337, 349, 95, "Green"),
        (None, 288, 320, 95, "Red"),
    )),
)  # fmt: skip

HEADER = (
    "Directorate",
    "Service",
    "Measure Code",
    "Measure Name",
    "Frequency",
    "Period",
    "Period End",
    "Value Type",
    "Value",
    "Unit",
    "Polarity",
    "Last Refreshed",
)


def _worked(kind: object, numerator: int, denominator: int) -> float:
    """The actual the system works out from its two components, as it exports it."""
    if kind == "pct":
        return round(100 * numerator / denominator, 1)
    if kind == "rate":
        return round(100000 * numerator / denominator, 1)
    return round(numerator / denominator, 1)


def _shown(value: object) -> str:
    """A number as the export writes it: no trailing '.0', no thousands separators."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def build(path: Path) -> Expected:
    """Imitates a CSV export of a unitary council's Power BI 'Performance Hub' fact table.

    Cheshire East Council style: the performance team's data model keeps one
    row per measure, quarter and value type, and 'Export data' from the table
    visual gives it as it is: 'Measure Code', 'Measure Name', 'Period'
    ('2024/25 Q1'), 'Period End', a 'Value Type' column holding Actual,
    Denominator, Numerator, RAG and Target (sorted alphabetically, as the
    visual sorts them), and one 'Value' column holding the figure, or the
    rating word on RAG rows. Unit and Polarity are on every row. The
    percentages are in points; a rate's numerator is the missed bins and its
    denominator the collections. Not every measure has every value type: a
    count with no target has only Actual rows; the recycling rate is a
    quarter in arrears, so Q3 has only its Target row; the Q2 call-handling
    figure was lost in a telephony change and exported as 'n/a' with no
    components and no RAG.

    A careful reader gathers each measure-quarter's rows into one
    observation: the Actual row is the figure (words kept as the text), the
    Target row its target, the RAG row the published rating; Numerator and
    Denominator are the figure's parts, not observations of their own. A
    quarter with only a Target row has no observation. Unit and polarity
    are as the file states them; the count's blank polarity states none.
    """
    exp = Expected([])
    rows: list[list[str]] = []
    for directorate, service, code, name, unit, polarity, kind, quarters in MEASURES:
        assert isinstance(quarters, tuple)
        c, n = str(code), str(name)
        for (label, (period, end)), (actual, numer, denom, target, rag) in zip(
            QUARTERS.items(), quarters, strict=True
        ):
            if actual is None and numer is not None:
                actual = _worked(kind, int(str(numer)), int(str(denom)))
            values: dict[str, object] = {}
            if actual is not None:
                values["Actual"] = actual
            if numer is not None:
                values["Numerator"] = numer
                values["Denominator"] = denom
            if target != "":
                values["Target"] = target
            if rag != "":
                values["RAG"] = rag
            for value_type in sorted(values):
                rows.append([
                    str(directorate), str(service), c, n, "Quarterly", label, end, value_type,
                    _shown(values[value_type]), str(unit), str(polarity), REFRESHED,
                ])  # fmt: skip
            if actual is None:
                continue
            goal = None if target == "" else float(str(target))
            figure = actual if isinstance(actual, float | int) else None
            text = None if figure is not None else str(actual)
            rating = RAG[str(rag)] if rag != "" else None
            number = None if figure is None else float(figure)
            exp.observations.append(Obs(c, n, period, number, text, goal, rating))
        exp.add_meta(c, n, POLARITY.get(str(polarity)), UNIT[str(unit)])
    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        writer.writerows(rows)
    return exp
