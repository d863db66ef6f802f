"""Quarter columns interleaving last year and this year: 'Q1 23/24 | Q1 24/25 | Q2 23/24 | Q2 24/25 | …'."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

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

SHEET = "Q3 2024-25"
HEADINGS = ("Q1 23/24", "Q1 24/25", "Q2 23/24", "Q2 24/25", "Q3 23/24", "Q3 24/25")
PERIODS = ("Q1 2023/24", "Q1 2024/25", "Q2 2023/24", "Q2 2024/25", "Q3 2023/24", "Q3 2024/25")
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
COLOUR = {"G": GREEN_FILL, "A": AMBER_FILL, "R": RED_FILL}
LAST_YEAR_FILL = PatternFill(fill_type="solid", start_color="FFEDEDED", end_color="FFEDEDED")
THIN = Side(style="thin", color="FFA6A6A6")
HEADER_ROW = 5

# ref, indicator, percent format?, six figures in heading order (None blank), target 24/25,
# Q3 status, direction against Q3 last year.
ROWS: tuple[tuple[object, ...], ...] = (
    ("NS01", "Household waste sent for reuse, recycling and composting", True,
     0.451, 0.468, 0.437, 0.455, 0.392, 0.401, 0.45, "R", "Improved"),
    ("NS02", "Residual waste per household (kg)", False,
     112.4, 109.8, 115.1, 111.0, 118.6, 116.2, 112, "A", "Improved"),
    ("NS03", "Missed bins per 100,000 collections", False,
     41, 37, 48, 52, 63, 44, 50, "G", "Improved"),
    ("NS04", "Fly-tips removed within 24 hours of being reported", True,
     0.912, 0.934, 0.887, 0.921, 0.903, 0.918, 0.9, "G", "Improved"),
    ("NS05", "Land and highways inspected at an acceptable standard for litter", True,
     0.936, 0.951, 0.942, 0.947, 0.928, 0.925, 0.95, "A", "Declined"),
    ("NS06", "Noise complaints responded to within 2 working days", True,
     0.874, 0.853, 0.901, 0.866, 0.889, 0.812, 0.9, "R", "Declined"),
    ("NS07", "Food premises inspections due that were completed", True,
     0.784, 0.902, 0.811, 0.887, 0.836, 0.915, 0.9, "G", "Improved"),
    ("NS08", "Anti-social behaviour cases closed within 12 weeks", True,
     None, 0.72, None, 0.765, None, 0.781, 0.75, "G", "New measure"),
    ("NS09", "Parking penalty charge notices issued", False,
     8421, 7936, 8810, 8157, 9043, 8766, None, None, "n/a"),
    ("NS10", "Average days to repair a street light fault", False,
     6.2, 4.8, 5.1, 5.6, 7.4, 5.2, 5.0, "A", "Improved"),
    ("NS11", "Graffiti reports removed within 5 working days", True,
     0.958, 0.972, 0.961, 0.944, 0.949, 0.967, 0.95, "G", "Improved"),
    ("NS12", "Pest control visits within 3 working days of request", True,
     0.882, 0.915, 0.873, 0.894, 0.868, None, 0.9, None, None),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a metropolitan council's neighbourhood services quarterly report, same quarter side by side.

    To show members how each quarter compares with the same quarter a year
    earlier, some services lay their figures out in pairs: 'Q1 23/24 | Q1
    24/25 | Q2 23/24 | Q2 24/25 | Q3 23/24 | Q3 24/25', the last year's
    columns shaded grey, then 'Target 24/25', 'Q3 status' (R/A/G filled in
    colour) and 'Q3 direction' against the same quarter last year
    (Improved / Declined, 'n/a' for a count kept for information), here for a Stockton-style
    neighbourhood services report. The anti-social behaviour measure began
    in 2024/25, so its 2023/24 cells are blank; pest control's Q3 2024/25
    figure was not in when the report went out (no status given).

    A careful reader takes every figure once, with its own period from its
    heading (Q2 23/24 is Q2 2023/24): the council's own 2023/24 figures
    are observations of their quarters, not a comparator of another body.
    'Target 24/25' names its year, so it applies to the 2024/25 quarters
    only. The status belongs to Q3 2024/25; the direction column is a
    comparison, not a rating. Percentages are fractions shown as %.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Stockton-on-Tees Borough Council \u2013 Neighbourhood Services Performance")
    sheet["A2"] = (
        "Quarter 3 2024/25 (October to December 2024), each quarter beside the same quarter of 2023/24"
    )
    sheet["A2"].font = Font(italic=True)
    sheet["A3"] = (
        "Shaded columns: 2023/24. Status: G target met; A within 5% of target; R more than 5% off target."
    )
    sheet["A3"].font = Font(size=9)
    header = [
        "Ref",
        "Performance indicator",
        *HEADINGS,
        "Target 24/25",
        "Q3 status",
        "Q3 direction",
    ]
    put_row(sheet, HEADER_ROW, 1, header, bold=True)
    for col in range(1, len(header) + 1):
        cell = sheet.cell(row=HEADER_ROW, column=col)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = Border(bottom=THIN)
    exp = Expected([])
    for i, (ref, name, percent, *rest) in enumerate(ROWS):
        row = HEADER_ROW + 1 + i
        figures, (target, status, direction) = rest[:6], rest[6:]
        put_row(sheet, row, 1, [ref, name, *figures, target, status, direction])
        for k in range(7):
            cell = sheet.cell(row=row, column=3 + k)
            value = cell.value
            plain = "#,##0" if isinstance(value, int) else "0.0"
            cell.number_format = "0.0%" if percent else plain
            if k < 6 and HEADINGS[k].endswith("23/24"):
                cell.fill = LAST_YEAR_FILL
                cell.font = Font(color="FF595959")
        if status is not None:
            fill(sheet, f"J{row}", COLOUR[str(status)])
            sheet[f"J{row}"].alignment = Alignment(horizontal="center")
        scale = 100.0 if percent else 1.0
        goal = None if target is None else round(float(str(target)) * scale, 6)
        latest = max(
            (k for k, v in enumerate(figures) if v is not None and PERIODS[k].endswith("2024/25")),
            default=None,
        )
        for k, (period, value) in enumerate(zip(PERIODS, figures, strict=True)):
            if value is None:
                continue
            this_year = period.endswith("2024/25")
            rag = RAG[str(status)] if status is not None and k == latest else None
            exp.observations.append(
                Obs(
                    str(ref),
                    str(name),
                    period,
                    round(float(str(value)) * scale, 6),
                    None,
                    goal if this_year else None,
                    rag,
                )
            )
    foot = HEADER_ROW + len(ROWS) + 2
    sheet.cell(row=foot, column=1, value=(
        "NS08 is a new measure for 2024/25. NS12 Q3 figure delayed by the move to the new "
        "contractor system; to follow at Q4. NS09 is reported for information (no target)."
    )).font = Font(size=9)  # fmt: skip
    sheet.cell(row=foot + 1, column=1, value="Source: Neighbourhood Services performance returns; Whitespace; Uniform; Flare.").font = Font(size=9, italic=True)  # fmt: skip
    sheet.column_dimensions["B"].width = 60
    for letter in "CDEFGH":
        sheet.column_dimensions[letter].width = 10
    sheet.freeze_panes = f"C{HEADER_ROW + 1}"
    save(book, path)
    return exp
