"""Year headings over two years of quarter columns laid out with 'Centre Across Selection' instead of merged cells."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.worksheet import Worksheet

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
)

SHEET = "Q2 2024-25"
FIRST = 7
CCA = Alignment(horizontal="centerContinuous", vertical="center")
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
FILLS = {"Green": GREEN_FILL, "Amber": AMBER_FILL, "Red": RED_FILL}
PERIODS = tuple(f"Q{q} {y}" for y in ("2023/24", "2024/25") for q in range(1, 5))
THIN = Side(style="thin")

# A section is (heading, rows); a row is ref, indicator, percent?, eight quarters
# (2023/24 Q1..Q4, 2024/25 Q1..Q4), target 2024/25, RAG, comment.
SECTIONS: tuple[tuple[str, tuple[tuple[object, ...], ...]], ...] = (
    ("Environment and Climate", (
        ("ENV1", "Household waste recycled and composted", True,
         0.512, 0.548, 0.497, 0.431, 0.526, 0.553, None, None, 0.52, "Green", "Garden waste tonnage up on last summer."),
        ("ENV2", "Residual household waste per household (kg)", False,
         118.4, 121.9, 117.2, 112.6, 115.3, 119.8, None, None, 115, "Amber", None),
        ("ENV3", "Fly-tipping incidents removed within 5 working days", True,
         0.91, 0.94, 0.9, 0.88, 0.93, 0.95, None, None, 0.9, "Green", None),
        ("ENV4", "Streets below grade B for litter (LEQSE survey)", True,
         "n/a", 0.062, "n/a", 0.071, "n/a", 0.058, None, None, 0.06, "Green", "Surveyed in Q2 and Q4 only."),
    )),
    ("Housing and Communities", (
        ("HOU1", "Average days to re-let local authority housing", False,
         38.2, 41.6, 44.9, 39.5, 36.8, 34.1, None, None, 35, "Green", None),
        ("HOU2", "Homelessness applications where the duty was prevented", True,
         0.58, 0.61, 0.55, 0.6, 0.57, 0.53, None, None, 0.6, "Red", "Fewer cases reached early enough to prevent."),
        ("HOU3", "Disabled facilities grants completed", False,
         31, 28, 35, 40, 27, 33, None, None, 30, "Green", None),
        ("HOU4", "Households in temporary accommodation at quarter end", False,
         86, 92, 97, 101, 104, 111, None, None, 95, "Red", "Pressure from Section 21 notices continues."),
    )),
    ("Resources", (
        ("RES1", "Council tax collected in year (cumulative)", True,
         0.291, 0.572, 0.851, 0.978, 0.289, 0.568, None, None, 0.57, "Amber", None),
        ("RES2", "Invoices paid within 30 days", True,
         0.947, 0.952, 0.961, 0.958, 0.966, 0.971, None, None, 0.95, "Green", None),
        ("RES3", "Working days lost to sickness per FTE (in quarter)", False,
         None, None, None, None, 2.4, 2.1, None, None, 2.0, "Amber", "New measure for 2024/25."),
    )),
)  # fmt: skip


def _across(sheet: Worksheet, row: int, first: int, last: int, text: str, colour: str) -> None:
    """Type text in the first cell and give every cell of the span 'Centre Across Selection'."""
    for col in range(first, last + 1):
        cell = sheet.cell(row=row, column=col)
        cell.alignment = CCA
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.border = Border(top=THIN, bottom=THIN)
        fill(sheet, cell.coordinate, colour)
    sheet.cell(row=row, column=first, value=text)


def build(path: Path) -> Expected:
    """Imitates a district council's quarterly performance report to Cabinet, kept in Excel by hand.

    The officer who keeps it avoids merged cells (they break sorting and
    copying) and uses Excel's 'Centre Across Selection' instead: '2023/24'
    is typed once in C5 and '2024/25' once in G5, and each shows centred
    over its four quarter columns because the blank cells beside it carry
    the same alignment; the title and subtitle are laid out the same way
    across the table, and so is a 'Position at Quarter 2' banner over the
    target and RAG columns. Under the years, row 6 has bare 'Q1'..'Q4'
    twice. Portfolio rows are shaded bands, also centred across.

    A careful reader gives each quarter column the year whose heading spans
    it (C..F 2023/24, G..J 2024/25), takes the 2024/25 Q3 and Q4 columns as
    not yet reported (empty), the 'Target 2024/25' only against the 2024/25
    quarters, and the RAG word against Q2 2024/25. 'n/a' in the quarters a
    street survey was not carried out is kept as words. A measure new in
    2024/25 has no 2023/24 figures.
    """
    book, sheet = new_book(SHEET)
    last_col = 14
    _across(
        sheet,
        1,
        1,
        last_col,
        "Wyre Forest District Council \u2013 Corporate Performance Report",
        "FF1F4E78",
    )
    sheet["A1"].font = Font(bold=True, size=14, color="FFFFFFFF")
    _across(sheet, 2, 1, last_col, "Quarter 2 2024/25 (July \u2013 September 2024)", "FF1F4E78")
    sheet["A3"] = (
        "Figures for 2023/24 are final; 2024/25 figures are provisional until the year-end audit."
    )
    sheet["A3"].font = Font(italic=True, size=9)
    _across(sheet, 5, 3, 6, "2023/24", "FF2F75B5")
    _across(sheet, 5, 7, 10, "2024/25", "FF2F75B5")
    _across(sheet, 5, 11, 12, "Position at Quarter 2", "FF2F75B5")
    header = ["Ref", "Indicator", "Q1", "Q2", "Q3", "Q4", "Q1", "Q2", "Q3", "Q4",
              "Target 2024/25", "RAG", None, "Comments"]  # fmt: skip
    put_row(sheet, 6, 1, header, bold=True)
    for col in range(1, last_col + 1):
        cell = sheet.cell(row=6, column=col)
        cell.alignment = Alignment(horizontal="center", wrap_text=True)
        cell.border = Border(bottom=THIN)
    exp = Expected([])
    row = FIRST
    for heading, rows in SECTIONS:
        _across(sheet, row, 1, last_col, heading, "FF8EA9DB")
        row += 1
        for ref, name, pct, *rest in rows:
            quarters, target, rag, comment = rest[:8], rest[8], rest[9], rest[10]
            put_row(sheet, row, 1, [ref, name, *quarters, target, rag, None, comment])
            decimals = any(isinstance(v, float) for v in quarters)
            fmt = "0.0%" if pct else ("0.0" if decimals else "0")
            for col in range(3, 12):
                sheet.cell(row=row, column=col).number_format = fmt
                sheet.cell(row=row, column=col).alignment = Alignment(horizontal="center")
            fill(sheet, f"L{row}", FILLS[str(rag)])
            scale = 100.0 if pct else 1.0
            tgt = round(float(str(target)) * scale, 6)
            for k, value in enumerate(quarters):
                if value is None:
                    continue
                period = PERIODS[k]
                in_year = k >= 4
                rating = RAG[str(rag)] if period == "Q2 2024/25" else None
                if isinstance(value, str):
                    exp.observations.append(
                        Obs(
                            str(ref),
                            str(name),
                            period,
                            None,
                            value,
                            tgt if in_year else None,
                            rating,
                        )
                    )
                else:
                    actual = round(float(str(value)) * scale, 6)
                    t = tgt if in_year else None
                    exp.observations.append(
                        Obs(str(ref), str(name), period, actual, None, t, rating)
                    )
            row += 1
    sheet.cell(row=row + 1, column=1, value="RAG: Green on or better than target; Amber within 5%; Red more than 5% below target.").font = Font(italic=True, size=9)  # fmt: skip
    sheet.cell(row=row + 2, column=1, value="Prepared by the Policy and Performance Team, October 2024.").font = Font(italic=True, size=9)  # fmt: skip
    sheet.column_dimensions["B"].width = 58
    sheet.column_dimensions["M"].width = 2
    sheet.column_dimensions["N"].width = 48
    save(book, path)
    return exp
