"""Performance framework register export: many metadata columns (officer, source, dates) beside the figures."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.realistic.kit import Expected, Obs, Rag, new_book, put_row, save, title

RAG: dict[str, Rag] = {"Red": "red", "Amber": "amber", "Green": "green"}
QUARTERS = ("Q1 2024/25", "Q2 2024/25")


def _d(day: int, month: int, year: int) -> dt.datetime:
    return dt.datetime(year, month, day)


HEADER = ["Ref", "Indicator", "Service", "Lead officer", "Data source", "Frequency",
          "Collection type", "2023/24 outturn", "Q1 2024/25", "Q2 2024/25", "Target 2024/25",
          "Status", "Last updated", "Next update due"]  # fmt: skip

# ref, indicator, service, officer, source, frequency, collection, 2023/24, Q1, Q2, target,
# status (Q2), last updated, next update due
ROWS: tuple[tuple[object, ...], ...] = (
    ("CPF 01", "Council tax collected in year (%)", "Revenues and Benefits", "Sarah Okafor",
     "Northgate Revenues", "Monthly", "Statutory return", 96.4, 28.9, 56.2, 96.5, "Amber",
     _d(8, 10, 2024), _d(8, 1, 2025)),
    ("CPF 02", "Average days to process new housing benefit claims", "Revenues and Benefits",
     "Sarah Okafor", "Northgate Benefits / DWP SHBE", "Quarterly", "Single data list", 19.8, 18.2,
     17.5, 20.0, "Green", _d(14, 10, 2024), _d(14, 1, 2025)),
    ("CPF 03", "Major planning applications decided within 13 weeks or agreed time (%)",
     "Planning", "Mark Hughes", "Uniform / DLUHC PS1 return", "Quarterly", "Statutory return", 88.0,
     92.3, 85.7, 90.0, "Amber", _d(21, 10, 2024), _d(20, 1, 2025)),
    ("CPF 04", "Household waste sent for reuse, recycling and composting (%)", "Waste and Street Scene",
     "Priya Shah", "WasteDataFlow", "Quarterly", "Statutory return", 43.9, 47.1, 46.2, 45.0, "Green",
     _d(30, 9, 2024), _d(31, 12, 2024)),
    ("CPF 05", "Fly-tipping incidents cleared within 2 working days (%)", "Waste and Street Scene",
     "Priya Shah", "Whitespace CRM", "Monthly", "Local measure", 91.5, 93.0, 84.1, 95.0, "Red",
     _d(7, 10, 2024), _d(7, 11, 2024)),
    ("CPF 06", "Working days lost to sickness absence per FTE (rolling 12 months)", "Human Resources",
     "David Evans", "iTrent", "Quarterly", "Local measure", 9.6, 9.9, 10.3, 8.5, "Red",
     _d(17, 10, 2024), _d(17, 1, 2025)),
    ("CPF 07", "Residents satisfied with the way the council runs things (%)", "Policy and Insight",
     "Helen Clarke", "Residents' survey (LGA questions)", "Annual", "Survey", 61.0, None, None, 65.0,
     None, _d(3, 5, 2024), _d(30, 4, 2025)),
    ("CPF 08", "Net additional homes provided", "Planning", "Mark Hughes",
     "DLUHC Live Table 122 / housing land monitoring", "Annual", "Statutory return", 612.0, None,
     None, 700.0, None, _d(1, 12, 2023), "On publication of DLUHC statistics"),
    ("CPF 09", "Complaints responded to within 10 working days (%)", "Customer Services",
     "Tom Barker", "Firmstep complaints module", "Monthly", "Local measure", 81.2, 84.4, 79.8, 85.0,
     "Amber", _d(4, 10, 2024), _d(4, 11, 2024)),
    ("CPF 10", "Freedom of Information requests answered within 20 working days (%)",
     "Legal and Democratic", "Tom Barker", "iCasework", "Monthly", "Local measure", 90.1, 93.5, 95.2,
     90.0, "Green", _d(4, 10, 2024), _d(4, 11, 2024)),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a performance framework register exported from a council's performance system.

    The register behind a corporate performance framework records, for each
    indicator, its service, lead officer, data source, frequency and
    collection type (statutory return, single data list, local measure,
    survey), when it was last updated and when the next update is due (real
    dates, one written as words), beside the figures: last year's outturn,
    this year's quarters, the year's target and the status. A reader takes
    the 2023/24 outturn without a target (the target's heading names
    2024/25), the two quarters with the target and Q2's status; the annual
    measures have only their outturn. The dates are not figures.
    """
    book, sheet = new_book("PI Register")
    title(sheet, "A1", "Corporate Performance Framework 2024/25 - Indicator Register")
    sheet["A2"] = "Exported 22/10/2024 09:14 by performance.team"
    put_row(sheet, 4, 1, HEADER, bold=True)
    exp = Expected([])
    for r, values in enumerate(ROWS):
        row = 5 + r
        put_row(sheet, row, 1, list(values))
        for col in (13, 14):
            if isinstance(values[col - 1], dt.datetime):
                sheet.cell(row=row, column=col).number_format = "dd/mm/yyyy"
        ref, name, *_, outturn, q1, q2, target, status, _, _ = values
        code, nm, goal = str(ref), str(name), float(str(target))
        exp.observations.append(Obs(code, nm, "2023/24", float(str(outturn))))
        for period, value in zip(QUARTERS, (q1, q2), strict=True):
            if value is None:
                continue
            rag = RAG[str(status)] if period == QUARTERS[-1] and status else None
            exp.observations.append(Obs(code, nm, period, float(str(value)), None, goal, rag))
        if nm.endswith("(%)"):
            exp.add_meta(code, nm, None, "%")
    for letter, width in zip("ABCDEFGHIJKLMN", (8, 50, 22, 16, 30, 11, 17, 10, 10, 10, 10, 8, 12, 14),
                             strict=True):  # fmt: skip
        sheet.column_dimensions[letter].width = width
    save(book, path)
    return exp
