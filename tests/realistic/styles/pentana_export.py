"""Pentana (Ideagen) Performance 'PI data' export: value/target pairs per quarter, status words."""

from __future__ import annotations

from pathlib import Path

from tests.realistic.kit import Expected, Obs, Rag, new_book, put_row, save, title

STATUS: dict[str, Rag | None] = {
    "Alert": "red",
    "Warning": "amber",
    "OK": "green",
    "Data Only": None,
}

# code, short name, (Q1 value, Q1 target), (Q2 value, Q2 target), status, short trend, long trend, note
ROWS: tuple[tuple[object, ...], ...] = (
    ("CSC 01", "% of Children in Need reviewed in time", (78.0, 90.0), (82.5, 90.0), "Warning",
     "Improving", "Getting Worse", "Remedial action plan agreed with team managers."),
    ("CSC 04", "% of re-referrals to children's social care within 12 months", (24.1, 22.0),
     (26.3, 22.0), "Alert", "Getting Worse", "Getting Worse", "Joint audit with police under way."),
    ("ASC 11", "% of placement clients receiving an annual review", (61.0, 70.0), (71.4, 70.0), "OK",
     "Improving", "Improving", None),
    ("EDU 07", "% of new EHC plans issued within 20 weeks", (54.0, 60.0), (58.2, 60.0), "Warning",
     "Improving", "Improving", "Backlog of conversions now cleared."),
    ("HWY 03", "% of street light faults repaired within 7 days", (88.0, 95.0), (91.0, 95.0), "Warning",
     "Improving", "No Change", None),
    ("CMT 02", "Number of Freedom of Information requests received", (312.0, None), (298.0, None),
     "Data Only", "No Change", "No Change", None),
)  # fmt: skip

PERIODS = ("Q1 2024/25", "Q2 2024/25")


def build(path: Path) -> Expected:
    """Imitates a Pentana Performance (now Ideagen) 'PI data' Excel export.

    Pentana's report export puts a title, the report's generation date and the
    organisation above a table of PIs: Code, Short Name, then Value and Target
    columns per period, the Status as a word (Alert / Warning / OK / Data Only,
    the words behind its traffic-light icons), Short Term and Long Term Trend
    arrows exported as words, and the Latest Note. The status applies to the
    latest period. 'Data Only' PIs have no target and no rating.
    """
    book, sheet = new_book("PI Data")
    title(sheet, "A1", "Corporate Performance - Quarterly PI Report")
    sheet["A2"] = "Generated on: 14 October 2024 09:12"
    sheet["A3"] = "Report Type: PIs Report"
    header = ["Code", "Short Name"]
    for period in PERIODS:
        header += [f"{period} Value", f"{period} Target"]
    header += ["Status", "Short Term Trend", "Long Term Trend", "Latest Note"]
    put_row(sheet, 5, 1, header, bold=True)
    expected: list[Obs] = []
    for i, (code, name, q1, q2, status, short, long_, note) in enumerate(ROWS):
        row = 6 + i
        assert isinstance(q1, tuple) and isinstance(q2, tuple)
        put_row(sheet, row, 1, [code, name, *q1, *q2, status, short, long_, note])
        for period, (value, target) in zip(PERIODS, (q1, q2), strict=True):
            rag = STATUS[str(status)] if period == PERIODS[-1] else None
            expected.append(Obs(str(code), str(name), period, value, None, target, rag))
    sheet.column_dimensions["B"].width = 60
    save(book, path)
    return Expected(expected)
