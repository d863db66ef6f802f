"""Annual columns headed 'FYE Mar-22', 'FY22/23', 'FY 2023/24' and 'FY24-25', with a 'Target FY24-25' column."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Font

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

SHEET = "Annual F&P"
HEADINGS = ("FYE Mar-22", "FY22/23", "FY 2023/24", "FY24-25")
YEARS = ("2021/22", "2022/23", "2023/24", "2024/25")
RAG: dict[str, Rag] = {"R": "red", "A": "amber", "G": "green"}
FILLS = {"R": RED_FILL, "A": AMBER_FILL, "G": GREEN_FILL}
FORMATS = {"\u00a3m": "0.0", "\u00a3000": "#,##0", "%": "0.0#", "days": "0.0"}

# ref, measure, unit, four years' figures, target for 2024/25, RAG (2024/25)
ROWS: tuple[tuple[object, ...], ...] = (
    ("FP-01", "Unallocated General Fund reserve at 31 March", "\u00a3m", (14.2, 12.8, 10.9, 11.4), 10.0, "G"),
    ("FP-02", "Approved budget savings delivered", "%", (88.0, 76.0, 81.0, 92.0), 100.0, "A"),
    ("FP-03", "Capital programme spent against the revised budget", "%", (71.4, 68.2, 74.9, 79.3), 85.0, "A"),
    ("FP-04", "Council Tax collected in the year it was due", "%", (97.1, 96.8, 96.5, 96.9), 97.0, "A"),
    ("FP-05", "Business rates collected in the year they were due", "%", (98.0, 98.3, 98.1, 98.4), 98.0, "G"),
    ("FP-06", "Sundry debt outstanding over 90 days", "\u00a3000", (1842, 2115, 2390, 2071), 2000, "A"),
    ("FP-07", "Undisputed invoices paid within 30 days", "%", (92.5, 93.8, 95.1, 96.2), 95.0, "G"),
    ("FP-08", "Working days lost to sickness per full-time equivalent", "days", (8.9, 9.4, 9.9, 9.2), 9.0, "A"),
    ("FP-09", "Spend on agency workers", "\u00a3000", (3412, 4106, 3870, 3215), None, None),
    ("FP-10", "Average return on treasury investments", "%", (0.12, 1.86, 4.92, 5.04), None, None),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a district council's annual finance and performance summary built up year by year.

    Finance teams head year columns the way their ledger and statements do,
    and a sheet extended one year at a time keeps each year's heading as it
    was typed: 'FYE Mar-22' (financial year ended March 2022), then
    'FY22/23', 'FY 2023/24' and 'FY24-25'. A Unit column gives \u00a3m,
    \u00a3000, % or days; the target is for the latest year only
    ('Target FY24-25') with an R/A/G rating against it.

    A careful reader places the four columns on the financial years 2021/22
    to 2024/25 (the year ended March 2022 is 2021/22), applies the target
    to 2024/25 alone (its heading names that year) and gives the rating to
    2024/25. Two lines are monitored without a target.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Hinckley & Bosworth Borough Council")
    sheet["A2"] = "Finance and Performance \u2013 Annual Summary (2024/25 outturn)"
    header = ["Ref", "Measure", "Unit", *HEADINGS, "Target FY24-25", "RAG"]
    put_row(sheet, 4, 1, header, bold=True)
    for col in range(4, 10):
        sheet.cell(row=4, column=col).alignment = Alignment(horizontal="center", wrap_text=True)
    exp = Expected([])
    for i, (ref, name, unit, figures, target, rag) in enumerate(ROWS):
        row = 5 + i
        assert isinstance(figures, tuple)
        put_row(sheet, row, 1, [ref, name, unit, *figures, target, rag])
        for col in range(4, 9):
            sheet.cell(row=row, column=col).number_format = FORMATS[str(unit)]
        if rag is not None:
            fill(sheet, f"I{row}", FILLS[str(rag)])
        code, nm = str(ref), str(name)
        goal = float(str(target)) if target is not None else None
        for year, value in zip(YEARS, figures, strict=True):
            last = year == YEARS[-1]
            status = RAG[str(rag)] if last and rag is not None else None
            exp.observations.append(
                Obs(code, nm, year, float(str(value)), None, goal if last else None, status)
            )
        if unit in ("%", "days"):
            exp.add_meta(code, nm, None, str(unit))
    foot = 5 + len(ROWS) + 1
    notes = (
        "FYE = financial year ended 31 March. 2024/25 figures are subject to external audit.",
        "FP-09 and FP-10 are reported for information and have no target.",
    )
    for j, line in enumerate(notes):
        sheet.cell(row=foot + j, column=1, value=line).font = Font(size=9, italic=True)
    sheet.column_dimensions["B"].width = 58
    save(book, path)
    return exp
