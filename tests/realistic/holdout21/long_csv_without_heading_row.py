"""A long system extract saved as CSV with no heading row: the first line is already data."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from tests.realistic.kit import Expected, Obs, Rag

STATUS: dict[str, Rag] = {"On Track": "green", "At Risk": "amber", "Off Track": "red"}
UNIT = {"%": "%", "Number": "number", "Days": "days", "\u00a3": "\u00a3", "Rate": "rate"}
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
# Measures whose last year's outturn the extract still carries: value, that year's target, status.
OUTTURNS: dict[str, tuple[float, float, str]] = {
    "CYP02": (41.7, 60.0, "Off Track"),
    "RES01": (97.1, 97.0, "On Track"),
}

# code, name, unit, target (the same every quarter, one a quarter for cumulative measures
# profiled through the year, None when data only), and per quarter a
# (value, status) pair: value None leaves the field empty, a string is written as it stands.
MEASURES: tuple[tuple[object, ...], ...] = (
    ("ASC01", "Adults aged 65+ whose long-term support needs were met by admission to "
     "residential and nursing care homes, per 100,000 population", "Rate", (140.0, 280.0, 420.0),
     ((138.4, "On Track"), (291.7, "At Risk"), (448.9, "At Risk"))),
    ("ASC02", "Proportion of older people still at home 91 days after discharge into "
     "reablement", "%", 82.0,
     ((84.1, "On Track"), (80.6, "At Risk"), (83.3, "On Track"))),
    ("ASC03", "Adult social care assessments completed within 28 days", "%", 75.0,
     ((61.2, "Off Track"), (66.8, "Off Track"), (70.4, "At Risk"))),
    ("ASC04", "Safeguarding enquiries where the risk was reduced or removed", "%", 90.0,
     ((93.5, "On Track"), (91.2, "On Track"), ("n/a", ""))),
    ("ASC05", "Carers' assessments completed", "Number", (75.0, 150.0, 225.0),
     ((71, "At Risk"), (152, "On Track"), (229, "On Track"))),
    ("CYP01", "Children in need per 10,000 children aged under 18", "Rate", None,
     ((318.2, "Data Only"), (324.9, "Data Only"), (331.0, "Data Only"))),
    ("CYP02", "Education, Health and Care Plans issued within 20 weeks, excluding "
     "exceptions", "%", 60.0,
     ((38.5, "Off Track"), (44.0, "Off Track"), (52.6, "Off Track"))),
    ("CYP03", "Children subject to a child protection plan for a second or subsequent "
     "time", "%", 20.0,
     ((17.9, "On Track"), (21.4, "At Risk"), (19.2, "On Track"))),
    ("CYP04", "Average days between a child entering care and moving in with its adoptive "
     "family", "Days", 426.0,
     ((398, "On Track"), (None, ""), (441, "At Risk"))),
    ("CYP05", "Care leavers aged 19-21 in education, employment or training", "%", 55.0,
     ((51.0, "At Risk"), (53.8, "At Risk"), (56.2, "On Track"))),
    ("RES01", "Council tax collected, cumulative", "%", (29.0, 57.0, 84.5),
     ((29.6, "On Track"), (57.4, "On Track"), (84.1, "At Risk"))),
    ("RES02", "Sundry debt outstanding over 90 days", "\u00a3", 1500000.0,
     (("1,684,220", "At Risk"), ("1,702,915", "Off Track"), ("1,590,433", "At Risk"))),
    ("RES03", "Invoices paid within 30 days", "%", 95.0,
     ((96.2, "On Track"), (94.8, "At Risk"), (97.1, "On Track"))),
    ("RES04", "Working days lost to sickness per FTE, rolling 12 months", "Days", 9.0,
     ((10.4, "Off Track"), (10.1, "Off Track"), (9.7, "At Risk"))),
)  # fmt: skip


def _number(value: object) -> float | None:
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str) and value.replace(",", "").replace(".", "").isdigit():
        return float(value.replace(",", ""))
    return None


def _shown(target: float) -> str:
    """A target as the system writes it: whole numbers without a decimal point."""
    return f"{target:.0f}" if target.is_integer() else f"{target}"


def build(path: Path) -> Expected:
    """Imitates a county council's quarterly export from its performance system, with no headings.

    The kind of file a county council's business intelligence team drops for
    scrutiny officers from the performance management system's scheduled 'PI
    values' extract (a Pentana or InPhase style report saved as CSV with
    'include column headings' left unticked): one row per measure per
    quarter and no heading row at all, the first line already data: code,
    measure name, period ('Q1 2024/25'), value, target, status word ('On
    Track', 'At Risk', 'Off Track', 'Data Only'), unit ('%', 'Number',
    'Days', '\u00a3', 'Rate'). Rows are sorted by code then period, last
    year's outturn ('2023/24', with that year's target) first where the
    system still holds it. Long names carrying commas are quoted; money is
    written with thousands separators in quotes; cumulative measures carry
    their profiled target for each quarter; a data-only rate has an empty
    target; an empty value where the quarter was not reported; an 'n/a'
    value without status; CRLF line ends, UTF-8 without BOM.

    A careful reader names the fields from what they hold: the code pattern,
    the long text, the period labels, two numbers of which the second stays
    the same in every quarter of most measures (rising through a profile for
    cumulative ones) and the status words agree with comparing them (so
    value then target), and the unit words. One observation per row with a
    value; 'Data Only' is no RAG. Adults', children's and resources codes
    give three services; units from the unit field; no polarity stated.
    """
    exp = Expected([])
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    for code, name, unit, target, quarters in MEASURES:
        assert isinstance(quarters, tuple)
        goals = target if isinstance(target, tuple) else (target, target, target)
        if str(code) in OUTTURNS:
            value, last_target, status = OUTTURNS[str(code)]
            writer.writerow([code, name, "2023/24", value, _shown(last_target), status, unit])
            exp.observations.append(
                Obs(str(code), str(name), "2023/24", value, None, last_target, STATUS[status])
            )
        for period, goal, (value, status) in zip(QUARTERS, goals, quarters, strict=True):
            assert goal is None or isinstance(goal, float)
            shown_target = "" if goal is None else _shown(goal)
            shown_value = "" if value is None else str(value)
            writer.writerow([code, name, period, shown_value, shown_target, status, unit])
            if value is None:
                continue
            actual = _number(value)
            text = None if actual is not None else str(value)
            exp.observations.append(
                Obs(str(code), str(name), period, actual, text, goal, STATUS.get(str(status)))
            )
        exp.add_meta(str(code), str(name), None, UNIT[str(unit)])
    path.write_bytes(out.getvalue().encode("utf-8"))
    return exp
