"""Quarterly exceptions appendix: only the off-track indicators, with long reasons, actions and dates."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl.styles import Alignment

from tests.realistic.kit import Expected, Obs, new_book, put_row, save, title

PERIOD = "Q2 2024/25"

# ref, indicator, portfolio, actual, target, reason, action, back on track (date or words), officer
ROWS: tuple[tuple[object, ...], ...] = (
    ("ASC 04", "Adult social care assessments completed within 28 days (%)", "Adult Social Care",
     61.2, 80.0,
     "Demand for Care Act assessments rose by 14% on the same quarter last year, while three "
     "social worker posts in the east locality team were vacant for most of the quarter. "
     "Agency cover was not available until late August.",
     "Two agency social workers started on 27 August 2024 and a weekend assessment clinic is "
     "being piloted. Waiting list triaged weekly by the team manager; all urgent cases seen "
     "within 48 hours.",
     dt.datetime(2025, 1, 31), "Head of Adult Social Care Operations"),
    ("HSG 11", "Average days to re-let council homes (standard voids)", "Housing", 41.0, 28.0,
     "A backlog of 63 voids needing asbestos surveys built up after the surveying contract "
     "ended in June; surveys now take up to three weeks to book.",
     "New surveying framework call-off agreed; in-house voids team working Saturdays to clear "
     "the backlog. Voids over 60 days reported weekly to the Director.",
     dt.datetime(2024, 12, 31), "Housing Property Services Manager"),
    ("HSG 14", "Households in temporary accommodation", "Housing", 312.0, 260.0,
     "Presentations from private rented sector evictions remain high (section 21 notices up "
     "22% year on year). Move-on into settled housing is slowed by the re-let delays above.",
     "Additional leased properties (20 units) being procured to replace nightly-paid B&B; "
     "prevention officers now contact every household served with a section 21 notice.",
     "TBC", "Housing Options Manager"),
    ("ENV 03", "Household waste sent for reuse, recycling and composting (%)", "Environment",
     41.6, 47.0,
     "Garden waste tonnages were 9% lower than last year after the dry summer, and "
     "contamination of dry recycling led to 184 tonnes being rejected at the MRF.",
     "Bin-tagging campaign on the worst-performing rounds from October; crews trained to leave "
     "contaminated bins with a sticker.",
     dt.datetime(2025, 3, 31), "Waste Services Manager"),
    ("PLN 02", "Minor planning applications decided within 8 weeks or agreed time (%)",
     "Planning and Regeneration", 58.3, 70.0,
     "Loss of two experienced planning officers and the go-live of the new planning system on "
     "15 July 2024 reduced output during the quarter.",
     "Recruitment to both posts completed; extensions of time being agreed with applicants "
     "where decisions will be late.",
     dt.datetime(2024, 11, 30), "Development Manager"),
    ("CS 09", "Calls to the contact centre answered within 3 minutes (%)", "Customer Services",
     52.4, 75.0,
     "Council tax annual billing queries and the garden waste renewal window fell in the same "
     "weeks, call volumes peaking at 3,900 a week against 2,600 planned.",
     "Callback option switched on and web forms promoted in the recorded message.",
     dt.datetime(2025, 1, 31), "Customer Services Manager"),
    ("HR 01", "Working days lost to sickness absence per FTE (rolling 12 months)", "Resources",
     11.4, 9.0,
     "Long-term absence (stress and musculoskeletal) accounts for 68% of days lost; 41 cases "
     "over 28 days at the end of the quarter.",
     "Occupational health referrals fast-tracked; managers' attendance training relaunched "
     "in September.",
     dt.datetime(2025, 6, 30), "Head of HR"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates an exceptions appendix to a quarterly cabinet performance report.

    Many councils report to cabinet only on the indicators that are off
    track: an appendix listing each red indicator with its actual and target
    for the quarter named in the title, and long narrative columns ('Reason
    for under-performance', 'Action being taken'), an 'Expected date back on
    track' holding real dates (one 'TBC') and the responsible officer. A
    reader takes one Q2 2024/25 observation per row, rated red; the dates
    and the numbers in the narrative are not figures of the indicator.
    """
    book, sheet = new_book("Exceptions")
    title(
        sheet,
        "A1",
        "Appendix B - Performance Exceptions Report, Quarter 2 (July - September) 2024/25",
    )
    sheet["A2"] = (
        "Indicators rated Red at the end of Quarter 2. Green and Amber indicators are in Appendix A."
    )
    header = ["Ref", "Indicator", "Portfolio", "Q2 Actual", "Q2 Target", "RAG",
              "Reason for under-performance", "Action being taken", "Expected date back on track",
              "Responsible officer"]  # fmt: skip
    put_row(sheet, 4, 1, header, bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    exp = Expected([])
    for r, (ref, name, portfolio, actual, target, reason, action, due, officer) in enumerate(ROWS):
        row = 5 + r
        put_row(sheet, row, 1, [ref, name, portfolio, actual, target, "Red", reason, action, due,
                                officer])  # fmt: skip
        for col in (2, 7, 8):
            sheet.cell(row=row, column=col).alignment = wrap
        if isinstance(due, dt.datetime):
            sheet.cell(row=row, column=9).number_format = "dd/mm/yyyy"
        exp.observations.append(
            Obs(str(ref), str(name), PERIOD, float(str(actual)), None, float(str(target)), "red")
        )
        if str(name).endswith("(%)"):
            exp.add_meta(str(ref), str(name), None, "%")
    for letter, width in zip("ABCDEFGHIJ", (8, 40, 18, 10, 10, 7, 60, 60, 14, 24), strict=True):
        sheet.column_dimensions[letter].width = width
    save(book, path)
    return exp
