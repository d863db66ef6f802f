"""A 'Latest data' column whose every cell names its own period before the figure."""

from __future__ import annotations

from pathlib import Path
from typing import cast

from openpyxl.styles import Alignment, Font, PatternFill

from tests.realistic.kit import (
    AMBER_FILL,
    GREEN_FILL,
    RED_FILL,
    Expected,
    Obs,
    Rag,
    fill,
    new_book,
    put_row,
    save,
    title,
)

SHEET = "Corporate KPIs"
HEAD_ROW = 4
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
RAG_FILL = {"Green": GREEN_FILL, "Amber": AMBER_FILL, "Red": RED_FILL}
SECTION = PatternFill(fill_type="solid", start_color="FFD9E1F2", end_color="FFD9E1F2")

# A 1-tuple is a section row. Otherwise: ref, indicator, frequency, previous cell, latest cell,
# target, RAG, comment; then the reader's (period, actual, text) for previous and for latest.
Reading = tuple[str, float | None, str | None] | None
ROWS: tuple[tuple[object, ...], ...] = (
    ("Resources",),
    ("RES01", "Council tax collected in year (cumulative %)", "Quarterly",
     "Q1 24/25: 29.4%", "Q2 24/25: 56.8%", 57.5, "Amber", "Slightly behind profile.",
     ("Q1 2024/25", 29.4, None), ("Q2 2024/25", 56.8, None)),
    ("RES02", "Business rates collected in year (cumulative %)", "Quarterly",
     "Q1 24/25: 31.2%", "Q2 24/25: 59.0%", 58.0, "Green", None,
     ("Q1 2024/25", 31.2, None), ("Q2 2024/25", 59.0, None)),
    ("RES03", "Invoices paid within 30 days (%)", "Monthly",
     "Aug 2024 \u2013 91.2%", "Sep 2024 \u2013 93.6%", 95.0, "Amber", None,
     ("Aug 2024", 91.2, None), ("Sep 2024", 93.6, None)),
    ("RES04", "Working days lost to sickness per FTE (rolling 12 months)", "Monthly",
     "(Aug 24) 9.8 days", "(Sep 24) 10.1 days", 8.5, "Red",
     "Musculoskeletal and stress-related absence in waste and street cleansing.",
     ("Aug 2024", 9.8, None), ("Sep 2024", 10.1, None)),
    ("RES05", "Freedom of Information requests answered within 20 working days (%)", "Monthly",
     "Aug 2024 \u2013 88%", "Sep 2024 \u2013 92%", 90.0, "Green", None,
     ("Aug 2024", 88.0, None), ("Sep 2024", 92.0, None)),
    ("RES06", "Staff turnover (%)", "Annual",
     "2022/23: 13.9%", "2023/24: 12.1%", 12.0, "Amber", "Annual HR report, May 2024.",
     ("2022/23", 13.9, None), ("2023/24", 12.1, None)),
    ("Housing and Communities",),
    ("HC01", "Households in temporary accommodation (snapshot)", "Monthly",
     "Aug 2024 \u2013 1,187", "Sep 2024 \u2013 1,204", None, None,
     "Information only \u2013 no target set.",
     ("Aug 2024", 1187.0, None), ("Sep 2024", 1204.0, None)),
    ("HC02", "Homelessness cases prevented or relieved (%)", "Quarterly",
     "Q1 24/25: 61.0%", "Q2 24/25: 58.4%", 60.0, "Amber", None,
     ("Q1 2024/25", 61.0, None), ("Q2 2024/25", 58.4, None)),
    ("HC03", "Average days to relet council homes (general needs)", "Monthly",
     "(Jul 24) 34 days", "(Aug 24) 12 days", 28.0, "Green",
     "August figure low: 9 relets, all sheltered transfers. Sep figure not yet validated.",
     ("Jul 2024", 34.0, None), ("Aug 2024", 12.0, None)),
    ("HC04", "Disabled Facilities Grants completed", "Quarterly",
     "Q1 24/25: 38", "Q2 24/25: 41", 40.0, "Green", None,
     ("Q1 2024/25", 38.0, None), ("Q2 2024/25", 41.0, None)),
    ("HC05", "Tenants satisfied with overall repairs service (TSM, %)", "Annual",
     None, "2023/24: 64%", 70.0, "Red", "First Tenant Satisfaction Measures survey.",
     None, ("2023/24", 64.0, None)),
    ("HC06", "Rent collected from council tenants (%)", "Quarterly",
     "Q1 24/25: 97.1%", "Q2 24/25: n/a", 98.0, None,
     "Q2 figure withheld pending the Housing system migration reconciliation.",
     ("Q1 2024/25", 97.1, None), ("Q2 2024/25", None, "n/a")),
    ("Place and Environment",),
    ("PE01", "Household waste sent for reuse, recycling and composting (%)", "Quarterly",
     "Q4 23/24: 44.9%", "Q1 24/25: 51.3%", 50.0, "Green",
     "Reported a quarter in arrears (WasteDataFlow).",
     ("Q4 2023/24", 44.9, None), ("Q1 2024/25", 51.3, None)),
    ("PE02", "Major planning applications decided within 13 weeks or agreed time (%)",
     "Quarterly", "Q1 24/25: 85.7%", "Q2 24/25: 82.5%", 90.0, "Red",
     "Two applications with late S106 agreements.",
     ("Q1 2024/25", 85.7, None), ("Q2 2024/25", 82.5, None)),
    ("PE03", "Fly-tipping incidents reported", "Monthly",
     "Aug 2024 \u2013 412", "Sep 2024 \u2013 389", None, None, None,
     ("Aug 2024", 412.0, None), ("Sep 2024", 389.0, None)),
    ("PE04", "Average days to remove reported fly-tips", "Monthly",
     "(Aug 24) 2.4 days", "(Sep 24) 1.9 days", 2.0, "Green", None,
     ("Aug 2024", 2.4, None), ("Sep 2024", 1.9, None)),
    ("PE05", "Residents satisfied with their local area as a place to live (%)", "Annual",
     "2022/23: 79%", "2023/24: 76%", 80.0, "Amber", "Residents' survey (biennial from 2025).",
     ("2022/23", 79.0, None), ("2023/24", 76.0, None)),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a district council's 'latest data' corporate KPI summary to an O&S committee.

    Indicators report at different frequencies (monthly, quarterly, annual),
    so instead of period columns the sheet has 'Previous' and 'Latest data'
    columns and every cell carries its own period in front of the figure, in
    the officers' various habits: 'Q2 24/25: 56.8%', 'Sep 2024 \u2013 1,204',
    '2023/24: 64%', '(Aug 24) 12 days'. Then 'Target', a filled RAG word and a
    comment, under shaded service rows. The recycling rate is a quarter in
    arrears, the repairs satisfaction survey has no previous year, rent's
    latest cell is 'Q2 24/25: n/a' with no rating, two counts have no target.

    A careful reader dates each figure by the period written in its own cell
    ('24/25' a financial year, 'Aug 24' a month of 2024), takes the number
    after it (percentages in points, '12 days' as 12), the single Target for
    both figures of its row and the RAG for the latest. 'n/a' is the rent
    indicator's Q2 text. No unit or polarity column, but the cells state the
    unit where they carry '%' or 'days' after the figure; counts carry none.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Corporate Key Performance Indicators \u2013 latest available data")
    sheet["A2"] = (
        "Position at 30 September 2024. Indicators are reported at different frequencies; "
        "each cell shows the period its figure relates to."
    )
    sheet["A2"].font = Font(italic=True)
    heads = ["Ref", "Indicator", "Frequency", "Previous", "Latest data", "Target", "RAG",
             "Comment"]  # fmt: skip
    put_row(sheet, HEAD_ROW, 1, heads, bold=True)
    for col in range(1, len(heads) + 1):
        sheet.cell(row=HEAD_ROW, column=col).alignment = Alignment(wrap_text=True)
    exp = Expected([])
    row = HEAD_ROW + 1
    for entry in ROWS:
        if len(entry) == 1:
            sheet.cell(row=row, column=1, value=entry[0]).font = Font(bold=True)
            for col in range(1, len(heads) + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        ref, name, freq, prev, latest, target, rag, comment, r_prev, r_latest = entry
        put_row(sheet, row, 1, [ref, name, freq, prev, latest, target, rag, comment])
        if rag:
            fill(sheet, f"G{row}", RAG_FILL[str(rag)])
        goal = float(str(target)) if target is not None else None
        readings = [cast(Reading, r) for r in (r_prev, r_latest) if r is not None]
        for k, reading in enumerate(readings):
            assert reading is not None
            period, actual, text = reading
            status = RAG[str(rag)] if rag and k == len(readings) - 1 else None
            exp.observations.append(Obs(str(ref), str(name), period, actual, text, goal, status))
        cells = [str(c) for c in (prev, latest) if c is not None and "n/a" not in str(c)]
        if all(c.endswith("%") for c in cells):
            exp.add_meta(str(ref), str(name), None, "%")
        elif all(c.endswith(" days") for c in cells):
            exp.add_meta(str(ref), str(name), None, "days")
        row += 1
    notes = (
        "RAG: Green on or better than target; Amber within 5% of target; Red more than 5% "
        "away. Rated on the latest data.",
        "Source: service returns and the corporate performance system, extracted 14/10/2024.",
    )
    for j, line in enumerate(notes):
        sheet.cell(row=row + 1 + j, column=1, value=line).font = Font(size=9)
    sheet.column_dimensions["B"].width = 62
    for letter in "DE":
        sheet.column_dimensions[letter].width = 20
    sheet.column_dimensions["H"].width = 50
    save(book, path)
    return exp
