"""A long performance-system extract written with '|' between fields, one row per indicator per quarter."""

from __future__ import annotations

from pathlib import Path

from tests.realistic.kit import Expected, Obs, Rag

PERIODS = {"2024/25 Q1": "Q1 2024/25", "2024/25 Q2": "Q2 2024/25", "2024/25 Q3": "Q3 2024/25"}
STATUS: dict[str, Rag] = {"GREEN": "green", "AMBER": "amber", "RED": "red"}

# code, name, portfolio, target, then (actual, status, comment) for Q1, Q2, Q3
ROWS: tuple[tuple[object, ...], ...] = (
    ("ASC01", "Adults aged 65+ whose long-term support needs were met by admission to residential and nursing care homes, per 100,000", "Adult Social Care", 560,
     ((142.3, "GREEN", ""), (301.8, "GREEN", ""), (455.0, "AMBER", "Cumulative; winter pressures, hospital discharge"))),
    ("ASC02", "Proportion of older people still at home 91 days after discharge into reablement (%)", "Adult Social Care", 82,
     ((84.1, "GREEN", ""), (80.6, "AMBER", ""), (83.3, "GREEN", ""))),
    ("ASC03", "Safeguarding enquiries completed within 28 days (%)", "Adult Social Care", 75,
     ((68.2, "RED", "Backlog from Q4, recovery plan agreed"), (71.9, "AMBER", ""), (76.4, "GREEN", ""))),
    ("ASC04", "Carers assessments completed", "Adult Social Care", None,
     ((212, "", ""), (198, "", ""), (231, "", "Data only"))),
    ("CF01", "Children subject to a child protection plan for a second or subsequent time (%)", "Children and Families", 20,
     ((18.4, "GREEN", ""), (22.7, "RED", ""), (21.0, "AMBER", ""))),
    ("CF02", "Single assessments completed within 45 working days (%)", "Children and Families", 85,
     ((88.0, "GREEN", ""), (86.5, "GREEN", ""), (None, "", "Awaiting validation, figure to follow"))),
    ("CF03", "Care leavers aged 19-21 in education, employment or training (%)", "Children and Families", 60,
     ((57.1, "AMBER", ""), (58.8, "AMBER", ""), (61.2, "GREEN", ""))),
    ("CF04", "Looked after children per 10,000 under 18", "Children and Families", None,
     ((71.3, "", ""), (72.0, "", ""), (72.6, "", ""))),
    ("CF05", "Education, Health and Care Plans issued within 20 weeks, excluding exceptions (%)", "Children and Families", 60,
     ((41.5, "RED", "Educational psychology capacity"), (47.9, "RED", ""), (55.3, "AMBER", ""))),
    ("EH01", "Household waste sent for reuse, recycling and composting (%)", "Environment and Highways", 50,
     ((53.6, "GREEN", ""), (51.2, "GREEN", ""), ("n/a", "", "Reported a quarter in arrears"))),
    ("EH02", "Residual household waste per household (kg)", "Environment and Highways", 125,
     ((118.4, "GREEN", ""), (121.9, "GREEN", ""), (None, "", ""))),
    ("EH03", "Category 1 highway defects repaired within 24 hours (%)", "Environment and Highways", 95,
     ((96.8, "GREEN", ""), (93.1, "AMBER", ""), (89.7, "RED", "Flooding, Storm Bert, November"))),
    ("EH04", "Principal roads where maintenance should be considered (%)", "Environment and Highways", 4,
     ((None, "", "Annual survey"), (None, "", ""), (3.0, "GREEN", "2024 SCANNER survey result"))),
    ("EH05", "Fly-tipping incidents reported", "Environment and Highways", None,
     ((1184, "", ""), (1297, "", ""), (1046, "", ""))),
    ("RES01", "Council tax collected (%)", "Resources", 85.0,
     ((29.4, "GREEN", "Cumulative, profiled target"), (57.0, "AMBER", ""), (84.1, "AMBER", ""))),
    ("RES02", "Average working days lost to sickness per FTE, rolling 12 months", "Resources", 9.0,
     ((9.8, "RED", ""), (9.6, "RED", ""), (9.3, "AMBER", ""))),
    ("RES03", "Invoices paid within 30 days (%)", "Resources", 95,
     ((96.2, "GREEN", ""), (97.0, "GREEN", ""), (95.4, "GREEN", ""))),
    ("RES04", "Stage 1 complaints responded to within 10 working days (%)", "Resources", 90,
     ((78.5, "RED", "New case system, see note"), (84.0, "RED", ""), (88.7, "AMBER", ""))),
)  # fmt: skip

HEAD = ("PI_CODE", "PI_NAME", "PORTFOLIO", "PERIOD", "ACTUAL", "TARGET", "STATUS", "COMMENTS")


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}" if value != int(value) else f"{value:.1f}"
    return str(value)


def build(path: Path) -> Expected:
    """Imitates a county council's corporate performance extract from its reporting system.

    Several county and unitary councils publish the 'data behind the
    performance report' as a flat extract from an Oracle / Business Objects
    universe, saved with a .csv name but written with the pipe character as
    the field separator (the universe's default for text exports, chosen so
    that commas in names and comments need no quotes). One row per indicator
    per quarter, periods written '2024/25 Q1', an upper-case STATUS
    (GREEN/AMBER/RED, blank where no target), a free COMMENTS field; several
    names and comments contain commas, unquoted. A run line and a row count
    close the file, as Business Objects writes them.

    A careful reader splits on '|': each row is one observation of its
    quarter with the row's own target and status. A row with a blank ACTUAL
    is no observation (the comment says the figure is awaited, or it is an
    annual measure outside its quarter); 'n/a' is recycling's Q3 text.
    Data-only measures have no target and no status. No unit or polarity
    field; '(%)' and '(kg)' stay in the names.
    """
    lines = ["|".join(HEAD)]
    exp = Expected([])
    for code, name, portfolio, target, quarters in ROWS:
        for label, (actual, status, comment) in zip(PERIODS, quarters, strict=True):  # type: ignore[call-overload]
            fields = [str(code), str(name), str(portfolio), label, _cell(actual), _cell(target)]
            lines.append("|".join([*fields, str(status), str(comment)]))
            if actual is None:
                continue
            exp.observations.append(
                Obs(
                    str(code),
                    str(name),
                    PERIODS[label],
                    float(actual) if isinstance(actual, int | float) else None,
                    None if isinstance(actual, int | float) else str(actual),
                    float(target) if isinstance(target, int | float) else None,
                    STATUS.get(status),
                )
            )
    lines.append("")
    lines.append("Report run: PERF_CORP_Q3_2425 by BOXI_SVC")
    lines.append(f"Rows returned: {len(ROWS) * len(PERIODS)}")
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8", newline="")
    return exp
