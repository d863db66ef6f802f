"""Twelve month columns 'Oct'..'Sep' with the year typed once above the first month of each year (2023, then 2024)."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Font

from tests.realistic.kit import BOLD, Expected, Rag, new_book, observed, put_row, save, title

RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
MONTHS = ("Oct", "Nov", "Dec", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep")
PERIODS = tuple(f"{m} {2023 if i < 3 else 2024}" for i, m in enumerate(MONTHS))
YEAR_ABOVE = {0: 2023, 3: 2024}  # month index -> the year typed in the row above it

# measure ID, measure, twelve months Oct 2023 .. Sep 2024, target, RAG (latest month shown)
ROWS: tuple[tuple[object, ...], ...] = (
    ("AS01", "New contacts resolved at first point of contact (%)",
     (71.2, 70.4, 68.9, 69.5, 72.0, 73.1, 72.6, 74.0, 73.8, 75.2, 74.9, 76.1), 75.0, "Green"),
    ("AS02", "Care Act assessments completed within 28 days (%)",
     (58.0, 61.3, 55.7, 52.4, 57.9, 60.2, 63.5, 64.8, 62.1, 66.0, 67.4, 68.2), 70.0, "Amber"),
    ("AS03", "People waiting for a Care Act assessment (at month end)",
     (412, 398, 436, 471, 455, 430, 402, 389, 377, 361, 349, 342), 300, "Red"),
    ("AS04", "Long-term service users reviewed in the last 12 months (%)",
     (61.5, 62.0, 62.8, 63.1, 64.4, 65.0, 63.9, 64.7, 65.8, 66.3, 67.1, 67.9), 75.0, "Red"),
    ("AS05", "Safeguarding enquiries concluded within 28 days (%)",
     (83.3, 79.6, 81.2, 84.5, 86.0, 85.1, 87.3, 88.0, 86.4, 89.2, 90.1, 88.7), 85.0, "Green"),
    ("AS06", "Carers' assessments completed",
     (118, 124, 97, 131, 142, 137, 120, 128, 133, 116, 109, 127), 120, "Green"),
    ("AS07", "Service users receiving a direct payment (%)",
     (24.1, 24.3, 24.2, 24.6, 24.9, 25.0, 25.2, 25.1, 25.4, 25.5, 25.9, 26.0), 27.0, "Amber"),
    ("AS08", "Hospital discharges waiting for a package of home care (at month end)",
     (38, 44, 52, 61, 47, 40, 33, 29, 31, 27, 24, 22), 25, "Green"),
    ("AS09", "Older people still at home 91 days after leaving hospital into reablement (%)",
     (82.4, 80.9, 79.5, 81.7, 83.0, 84.2, 82.8, 85.1, 84.6, 86.0, 85.3, None), 85.0, "Green"),
    ("AS10", "Permanent admissions to residential and nursing care, aged 65+",
     (21, 19, 26, 30, 24, 22, 18, 20, 17, 19, 16, 18), 20, "Green"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a county council adult social care rolling twelve-month performance report.

    The monthly report shows the last twelve months as columns headed only
    with the month's short name, Oct to Sep. The year is typed once, in the
    row above the month names, over the first month shown of each calendar
    year: '2023' above Oct and '2024' above Jan, the cells above the other
    months left blank (not merged). A careful reader carries each year
    along to the months after it: Oct-Dec are 2023, Jan-Sep are 2024. The
    single target applies to every month; the RAG is for the latest month
    with a figure (reablement is reported a month behind, so its RAG is
    August's).
    """
    book, sheet = new_book("ASC monthly")
    title(sheet, "A1", "Lincolnshire County Council - Adult Care and Community Wellbeing")
    sheet["A2"] = "Monthly performance report: rolling 12 months to September 2024"
    sheet["A2"].font = BOLD
    for index, year in YEAR_ABOVE.items():
        cell = sheet.cell(row=4, column=3 + index, value=year)
        cell.font = BOLD
        cell.alignment = Alignment(horizontal="left")
    put_row(sheet, 5, 1, ["Measure ID", "Measure", *MONTHS, "Target", "RAG"], bold=True)
    exp = Expected([])
    for i, (ref, name, months, target, rag) in enumerate(ROWS):
        row = 6 + i
        assert isinstance(months, tuple)
        put_row(sheet, row, 1, [ref, name, *months, target, rag])
        exp.observations += observed(
            str(ref), str(name), PERIODS, months, float(str(target)), RAG[str(rag)]
        )
    note = 6 + len(ROWS) + 1
    sheet.cell(row=note, column=1, value=(
        "RAG compares the most recent month available with the target. Reablement (AS09) is "
        "reported one month in arrears."
    )).font = Font(size=9, italic=True)  # fmt: skip
    sheet.column_dimensions["B"].width = 70
    for col in range(3, 15):
        sheet.column_dimensions[sheet.cell(row=5, column=col).column_letter].width = 7
    save(book, path)
    return exp
