"""Doubtful: targets typed as ranges in words and symbols ('between 85% and 90%', '85 to 90', '20-25 days', '90\u201395%', 'within 2 of 18'), with one-sided words beside them."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from openpyxl.styles import Alignment, Font, PatternFill

from tests.realistic.kit import Expected, Rag, new_book, observed, put_row, save, title

SHEET = "Half year 2024-25"
QUARTERS = ("Q1 2024/25", "Q2 2024/25")
HEAD_ROW = 4
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
RAG_FILL = {"Green": "FF92D050", "Amber": "FFFFC000", "Red": "FFFF5050"}
SECTION_FILL = PatternFill(fill_type="solid", start_color="FFDEEAF6", end_color="FFDEEAF6")

# How a careful reader takes each target as typed: (target, band, polarity the words state).
Reading = tuple[float | None, tuple[float, float] | None, str | None]
WITHIN = "within 2 of 18"  # the doubtful one: 18 +/- 2, or 18 with 2 days' grace above it?

# section, then rows: PI ref, indicator, Q1, Q2, target as typed, reading, Q2 status, comment
SECTIONS: tuple[tuple[str, tuple[tuple[object, ...], ...]], ...] = (
    ("Finance", (
        ("FIN01", "Forecast revenue outturn variance against net budget (%)", 1.8, 0.6,
         "-1% to +1%", (None, (-1.0, 1.0), "on_target"), "Green", None),
        ("FIN02", "Capital programme spend against the approved profile (%)", 88.3, 92.6,
         "90\u201395%", (None, (90.0, 95.0), "on_target"), "Green",
         "Two leisure schemes re-profiled into 2025/26."),
        ("FIN03", "Average days taken to pay undisputed supplier invoices", 22.4, 19.6,
         "20-25 days", (None, (20.0, 25.0), "on_target"), "Amber",
         "Paying earlier than needed on 30-day terms costs interest; aim is the 20-25 day window."),
        ("FIN04", "Undisputed invoices paid within 30 days (%)", 93.4, 91.8,
         "no less than 92%", (92.0, None, "higher_is_better"), "Amber", None),
    )),
    ("Customer Services and Licensing", (
        ("CUS01", "Calls answered within 2 minutes (%)", 71.2, 78.5,
         "80", (80.0, None, None), "Amber", None),
        ("LIC01", "Average working days to determine licensing applications", 17.1, 19.4,
         WITHIN, (18.0, (16.0, 20.0), None), "Green",
         "Taxi driver renewals peaked in July."),
        ("CUS02", "Complaints upheld by the Local Government and Social Care Ombudsman", 1, 3,
         "up to 5", (5.0, None, "lower_is_better"), "Green", "Year to date."),
    )),
    ("Leisure and Car Parks", (
        ("LEI01", "Average occupancy of council car parks at peak times (%)", 82.4, 87.9,
         "between 85% and 90%", (None, (85.0, 90.0), "on_target"), "Green", None),
        ("LEI02", "One Leisure swimming pool utilisation (%)", 88.2, 91.4,
         "85 to 90", (None, (85.0, 90.0), "on_target"), "Amber",
         "Summer holiday programme filled every session."),
        ("LEI03", "One Leisure memberships (direct debit)", 10214, 10588,
         "To be set", (None, None, None), None, "New measure; target to be set at Q3."),
    )),
    ("People", (
        ("HR01", "Voluntary staff turnover (rolling 12 months, %)", 13.1, 12.4,
         "10%\u201312%", (None, (10.0, 12.0), "on_target"), "Amber", None),
        ("HR02", "Working days lost to sickness per FTE (rolling 12 months)", 8.1, 7.6,
         "7.0", (7.0, None, None), "Red", None),
    )),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a district council's half-year corporate performance report to overview and scrutiny.

    Huntingdonshire District Council's Q2 2024/25 scorecard, typed by the
    performance officer from the service plans: PI ref, indicator, Q1 and
    Q2 2024/25, 'Target 2024/25' and a filled 'Status (Q2)' word under
    shaded section rows, with comments. The targets are text, typed the way
    each service plan states them: ranges in words and symbols ('between
    85% and 90%', '85 to 90', '20-25 days', '90\u201395%' with an en dash,
    '10%\u201312%', '-1% to +1%'), one-sided words ('no less than 92%', 'up
    to 5'), plain figures typed as text ('80', '7.0'), 'To be set' for a
    new measure, and 'within 2 of 18' on the licensing row. A note says a
    range means the aim is to stay inside it.

    A careful reader keeps both ends of every range as its band, with no
    single target figure, and takes the range as saying the aim is to stay
    within it (as the note says). Minus one to plus one per cent is -1 to 1.
    'No less than 92%' is a target of 92 for a measure where higher is
    better. 'Up to 5' Ombudsman findings is a ceiling of 5 where lower is
    better. The plain figures are plain targets with no stated direction.
    'To be set' is no target. Each target applies to both quarters, and the
    status word to Q2.

    'Within 2 of 18' cannot be settled from the sheet. It may mean a
    target of 18 days with a band of 16 to 20 either side. It may mean 18
    days with two days' grace above it before the measure counts as
    missed, which is how officers usually write tolerance on a measure
    where fewer days are better. The Green for 19.4 days fits either
    reading. So the file goes to review at that cell (E12). Once settled,
    the row reads as 18 with the band 16 to 20, the way '18 \u00b1 2' would,
    with no polarity stated.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Huntingdonshire District Council \u2013 Corporate Performance Report")
    sheet["A2"] = (
        "Quarter 2 2024/25 (April to September 2024) \u2013 Overview and Scrutiny Panel (Performance and Growth)"
    )
    header = [
        "PI ref",
        "Performance indicator",
        *QUARTERS,
        "Target 2024/25",
        "Status (Q2)",
        "Comments",
    ]
    put_row(sheet, HEAD_ROW, 1, header, bold=True)
    for col in range(1, len(header) + 1):
        sheet.cell(row=HEAD_ROW, column=col).alignment = Alignment(
            horizontal="center", vertical="center", wrap_text=True
        )
    exp = Expected([], status="needs_review")
    row = HEAD_ROW + 1
    for section, rows in SECTIONS:
        sheet.cell(row=row, column=1, value=section).font = Font(bold=True)
        for col in range(1, len(header) + 1):
            sheet.cell(row=row, column=col).fill = SECTION_FILL
        row += 1
        for ref, name, q1, q2, typed, reading, status, comment in rows:
            put_row(sheet, row, 1, [ref, name, q1, q2, typed, status, comment])
            target_cell = sheet.cell(row=row, column=5)
            target_cell.number_format = "@"
            target_cell.alignment = Alignment(horizontal="center")
            if isinstance(q1, int):
                for col in (3, 4):
                    sheet.cell(row=row, column=col).number_format = "#,##0"
            if status is not None:
                rgb = RAG_FILL[str(status)]
                sheet.cell(row=row, column=6).fill = PatternFill(
                    fill_type="solid", start_color=rgb, end_color=rgb
                )
            if typed == WITHIN:
                exp.review_cells.append(f"{SHEET}!E{row}")
            assert isinstance(reading, tuple)
            target, band, polarity = reading
            code, nm = str(ref), str(name)
            rating = None if status is None else RAG[str(status)]
            found = observed(code, nm, QUARTERS, (q1, q2), target, rating)
            if band is not None:
                found = [replace(o, band=band) for o in found]
            exp.observations += found
            exp.add_meta(code, nm, polarity, None)
            row += 1
    notes = (
        "Targets are as set in the 2024/25 service plans. Where a range is shown the aim is to "
        "stay within it.",
        "Status: Green on target or within range; Amber close to target or range; Red off target.",
    )
    for j, line in enumerate(notes):
        sheet.cell(row=row + 1 + j, column=1, value=line).font = Font(italic=True, size=9)
    sheet.column_dimensions["B"].width = 64
    sheet.column_dimensions["E"].width = 20
    sheet.column_dimensions["G"].width = 60
    save(book, path)
    return exp
