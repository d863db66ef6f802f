"""A long CSV export delimited by ';', UK figures with ',' thousands in quoted fields, commentary quoted for its ';'."""

from __future__ import annotations

from pathlib import Path

from tests.realistic.kit import Expected, Obs, Rag

STATUS: dict[str, Rag | None] = {
    "Achieved": "green",
    "Near target": "amber",
    "Not achieved": "red",
    "Data only": None,
    "Awaiting data": None,
}

# code, indicator, then (period, actual, target, status, commentary); '' is an empty field
ROWS: tuple[tuple[str, str, tuple[tuple[str, str, str, str, str], ...]], ...] = (
    ("HDC01", "Council tax collected in year (%)", (
        ("Q1 2024/25", "29.8", "29.5", "Achieved", ""),
        ("Q2 2024/25", "57.6", "57.0", "Achieved", ""),
        ("Q3 2024/25", "85.1", "85.0", "Achieved", "Cumulative; profile agreed with the Revenues and Benefits Partnership."),
    )),
    ("HDC02", "Business rates collected in year (%)", (
        ("Q1 2024/25", "31.2", "31.0", "Achieved", ""),
        ("Q2 2024/25", "58.4", "58.5", "Near target", ""),
        ("Q3 2024/25", "84.0", "86.0", "Near target", "Two large retail accounts in administration; £212k outstanding."),
    )),
    ("HDC03", "New Housing Benefit claims - average days to process", (
        ("Q1 2024/25", "19.4", "20", "Achieved", ""),
        ("Q2 2024/25", "17.8", "20", "Achieved", ""),
        ("Q3 2024/25", "16.9", "20", "Achieved", ""),
    )),
    ("HDC04", "Visits to Harborough Leisure Centre", (
        ("Q1 2024/25", "148,320", "150,000", "Near target", ""),
        ("Q2 2024/25", "156,904", "150,000", "Achieved", "Summer holiday programme, 2,140 junior bookings."),
        ("Q3 2024/25", "139,577", "150,000", "Near target", "Pool closed 4\u201315 November for tiling repairs; gym visits up 6% on Q3 2023/24."),
    )),
    ("HDC05", "Households on the housing register", (
        ("Q1 2024/25", "1,204", "", "Data only", ""),
        ("Q2 2024/25", "1,187", "", "Data only", ""),
        ("Q3 2024/25", "1,236", "", "Data only", ""),
    )),
    ("HDC06", "Homelessness applications where homelessness was prevented (%)", (
        ("Q1 2024/25", "54.5", "55", "Near target", ""),
        ("Q2 2024/25", "48.2", "55", "Not achieved", 'Rise in "no fault" section 21 notices; fewer private rented options.'),
        ("Q3 2024/25", "51.7", "55", "Near target", ""),
    )),
    ("HDC07", "Major planning applications determined within 13 weeks or agreed time (%)", (
        ("Q1 2024/25", "100.0", "90", "Achieved", "3 of 3 applications."),
        ("Q2 2024/25", "83.3", "90", "Near target", "5 of 6; one delayed by a late highways consultation response."),
        ("Q3 2024/25", "90.0", "90", "Achieved", ""),
    )),
    ("HDC08", "Minor planning applications determined within 8 weeks or agreed time (%)", (
        ("Q1 2024/25", "86.4", "85", "Achieved", ""),
        ("Q2 2024/25", "88.1", "85", "Achieved", ""),
        ("Q3 2024/25", "91.2", "85", "Achieved", ""),
    )),
    ("HDC09", "Missed bin collections per 100,000 collections", (
        ("Q1 2024/25", "38.2", "45", "Achieved", ""),
        ("Q2 2024/25", "44.6", "45", "Achieved", ""),
        ("Q3 2024/25", "51.9", "45", "Not achieved", "New rounds from 4 November; crews learning routes, 1,020 properties moved day."),
    )),
    ("HDC10", "Residual household waste per household (kg)", (
        ("Q1 2024/25", "112.4", "110", "Near target", ""),
        ("Q2 2024/25", "109.8", "110", "Achieved", ""),
        ("Q3 2024/25", "118.3", "110", "Not achieved", ""),
    )),
    ("HDC11", "Fly-tipping incidents reported", (
        ("Q1 2024/25", "212", "", "Data only", ""),
        ("Q2 2024/25", "198", "", "Data only", ""),
        ("Q3 2024/25", "241", "", "Data only", "Includes 27 incidents on the A6 lay-bys; joint operation with Leicestershire Police."),
    )),
    ("HDC12", "Car park income (\u00a3)", (
        ("Q1 2024/25", "412,680", "420,000", "Near target", ""),
        ("Q2 2024/25", "455,210", "420,000", "Achieved", ""),
        ("Q3 2024/25", "398,904", "420,000", "Near target", "Christmas free-parking days (3) cost an estimated \u00a318,500."),
    )),
    ("HDC13", "Working days lost to sickness absence per FTE (rolling 12 months)", (
        ("Q1 2024/25", "8.1", "8.0", "Near target", ""),
        ("Q2 2024/25", "8.4", "8.0", "Near target", ""),
        ("Q3 2024/25", "8.9", "8.0", "Not achieved", "Long-term absence: 14 cases; 6 musculoskeletal."),
    )),
    ("HDC14", "Stage 2 complaints answered within 20 working days (%)", (
        ("Q1 2024/25", "92.0", "95", "Near target", ""),
        ("Q2 2024/25", "88.9", "95", "Near target", ""),
        ("Q3 2024/25", "", "95", "Awaiting data", "Q3 figure due 31 January 2025."),
    )),
    ("HDC15", "Residents satisfied with the way the council runs things (%)", (
        ("2023/24", "68.0", "70", "Near target", "Residents' survey, autumn 2023; 1,046 responses, margin of error +/- 3 points."),
    )),
)  # fmt: skip

HEADER = ("Indicator code", "Indicator", "Period", "Actual", "Target", "Status", "Commentary")


def _field(value: str) -> str:
    """Quote a field as the exporting system does: when it holds ';', ',', a quote or a line break."""
    if any(ch in value for ch in ';,"\r\n'):
        return '"' + value.replace('"', '""') + '"'
    return value


def _number(text: str) -> float | None:
    return float(text.replace(",", "")) if text else None


def build(path: Path) -> Expected:
    """Imitates a district council's indicator data exported as CSV from its performance system.

    The performance system's 'Export to CSV' writes with ';' as the field
    separator (its server runs a continental regional setting, and many
    systems default to ';' so that a comma in a figure or sentence needs no
    care); the figures are still in UK form: '.' for decimals and ',' for
    thousands, so '148,320' visits and '\u00a3412,680' income come out as
    quoted fields, because the exporter quotes any field holding ';', ',' or
    a quote mark. Each line is one indicator in one period ('Q1 2024/25', one
    annual survey measure '2023/24'), with Actual, Target, a worded Status
    (Achieved / Near target / Not achieved / Data only / Awaiting data) and
    a Commentary that often has ';' of its own and so is quoted too, one
    with doubled quote marks. UTF-8 with a byte-order mark, CRLF line ends.

    A careful reader splits the lines on ';' outside quotes, takes
    '148,320' as 148320 (a comma in a UK figure separates thousands; every
    decimal in the file is a point), the Target on each line for that
    period, Status words as the rating of that line's period ('Data only'
    and 'Awaiting data' are none), and a line with an empty Actual as no
    observation. Figures inside the commentary ('2,140 junior bookings',
    '\u00a318,500') are not observations. Nothing is doubtful.
    """
    exp = Expected([])
    lines = [";".join(HEADER)]
    for code, name, periods in ROWS:
        for period, actual, target, status, comment in periods:
            fields = (code, name, period, actual, target, status, comment)
            lines.append(";".join(_field(f) for f in fields))
            value = _number(actual)
            if value is None:
                continue
            exp.observations.append(
                Obs(code, name, period, value, None, _number(target), STATUS[status])
            )
    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        handle.write("\r\n".join(lines) + "\r\n")
    return exp
