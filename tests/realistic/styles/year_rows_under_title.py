"""Each indicator as a merged title row (code and name), then one row per year: Year | Outturn | Target | Status."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Font, PatternFill

from tests.realistic.kit import Expected, Obs, Rag, new_book, put_row, save, title

STATUS: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
BAND = PatternFill(fill_type="solid", start_color="FFDDEBF7", end_color="FFDDEBF7")

# code, name, rows of (year, outturn, target, status)
BLOCKS: tuple[tuple[str, str, tuple[tuple[object, ...], ...]], ...] = (
    ("HSG01", "Rent collected as a percentage of rent due", (
        ("2021/22", 97.8, 98.0, "Amber"), ("2022/23", 98.3, 98.0, "Green"), ("2023/24", 98.6, 98.5, "Green"))),
    ("HSG02", "Average days to re-let standard empty homes", (
        ("2021/22", 38.0, 30.0, "Red"), ("2022/23", 33.0, 30.0, "Amber"), ("2023/24", 27.5, 28.0, "Green"))),
    ("HSG03", "Council homes meeting the Decent Homes Standard (%)", (
        ("2021/22", 94.2, 100.0, "Amber"), ("2022/23", 96.8, 100.0, "Amber"), ("2023/24", 98.1, 100.0, "Amber"))),
    ("HSG04", "Responsive repairs completed right first time (%)", (
        ("2021/22", 86.0, 90.0, "Amber"), ("2022/23", 88.5, 90.0, "Amber"), ("2023/24", 91.2, 90.0, "Green"))),
    ("HSG05", "Homes with a valid gas safety certificate (%)", (
        ("2021/22", 99.8, 100.0, "Amber"), ("2022/23", 100.0, 100.0, "Green"), ("2023/24", 99.96, 100.0, "Amber"))),
    ("HSG06", "Tenants satisfied with the overall service from their landlord (TP01) (%)", (
        ("2022/23", "Not collected", None, None), ("2023/24", 71.4, 75.0, "Amber"))),
    ("HSG07", "Anti-social behaviour cases resolved (%)", (
        ("2021/22", 82.0, 85.0, "Amber"), ("2022/23", 87.0, 85.0, "Green"), ("2023/24", 85.5, 85.0, "Green"))),
    ("HSG08", "Affordable homes delivered", (
        ("2021/22", 112.0, 150.0, "Red"), ("2022/23", 164.0, 150.0, "Green"), ("2023/24", 139.0, 150.0, "Amber"))),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a housing annual report table laid out as a block per indicator.

    Annual reports to tenants' panels and housing scrutiny often give each
    indicator a shaded title row merged across the table ('HSG01 - Rent
    collected as a percentage of rent due'), then one row per year under the
    column headings 'Year | Outturn | Target | Status', then a blank row
    before the next indicator. A careful reader takes the code and name from
    the title row and reads each year row on its own: its outturn, its own
    target and its own status. The tenant satisfaction measure began in
    2023/24; its 2022/23 row says 'Not collected', kept as what it said.
    """
    book, sheet = new_book("Housing KPIs")
    title(sheet, "A1", "Housing Services Annual Report 2023/24 - Key Performance Indicators")
    sheet["A2"] = "Three-year trend for each indicator, with the target and status for each year."
    put_row(sheet, 4, 1, ["Year", "Outturn", "Target", "Status"], bold=True)
    exp = Expected([])
    row = 5
    for code, name, years in BLOCKS:
        sheet.cell(row=row, column=1, value=f"{code} - {name}").font = Font(bold=True)
        for col in range(1, 5):
            sheet.cell(row=row, column=col).fill = BAND
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=4)
        row += 1
        for year, outturn, target, status in years:
            put_row(sheet, row, 1, [year, outturn, target, status])
            t = float(target) if isinstance(target, float) else None
            rag = STATUS[str(status)] if status is not None else None
            if isinstance(outturn, float):
                exp.observations.append(Obs(code, name, str(year), outturn, None, t, rag))
            else:
                exp.observations.append(Obs(code, name, str(year), None, str(outturn), t, rag))
            row += 1
        row += 1
    sheet.column_dimensions["A"].width = 24
    for letter in "BCD":
        sheet.column_dimensions[letter].width = 12
    save(book, path)
    return exp
