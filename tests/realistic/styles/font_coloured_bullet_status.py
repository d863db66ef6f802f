"""A 'Status' column of the same '\u25cf' in every row, the rating only in the bullet's font colour, read through a key of coloured bullets."""

from __future__ import annotations

from pathlib import Path

from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from tests.realistic.kit import Expected, Rag, new_book, observed, put_row, save, title

SHEET = "Q3 Scorecard"
BULLET = "\u25cf"
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
HEAD_ROW = 5
SECTION_FILL = PatternFill(fill_type="solid", start_color="FFD9E1F2", end_color="FFD9E1F2")
HEAD_FILL = PatternFill(fill_type="solid", start_color="FF1F3864", end_color="FF1F3864")
THIN = Side(style="thin", color="FFBFBFBF")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
POLARITY = {"Higher": "higher_is_better", "Lower": "lower_is_better"}

# The key's inks, as Excel's standard colours Green, Orange and Red.
KEY_INK: dict[Rag, str] = {"green": "FF00B050", "amber": "FFFFC000", "red": "FFFF0000"}
# Ink as typed in a row -> the rating a careful reader takes from it (None: no rating).
# Officers picked 'Dark Red' (C00000) and 'Light Green' (92D050) from the palette on some
# rows; they are the key's red and green to any reader. Grey is not in the key at all.
INK_READING: dict[str, Rag | None] = {
    "FF00B050": "green",
    "FF92D050": "green",
    "FFFFC000": "amber",
    "FFFF0000": "red",
    "FFC00000": "red",
    "FFA6A6A6": None,
}

# section, then rows: ref, indicator, good is, Q1, Q2, Q3, target, bullet ink (None: no bullet),
# commentary
SECTIONS: tuple[tuple[str, tuple[tuple[object, ...], ...]], ...] = (
    ("Environment and Neighbourhoods", (
        ("ENV01", "Household waste sent for reuse, recycling and composting (%)", "Higher",
         44.8, 43.1, 38.6, 45.0, "FFC00000",
         "Seasonal fall in garden waste tonnage; food waste roll-out to flats delayed to April."),
        ("ENV02", "Missed bin collections per 100,000 collections", "Lower",
         52.0, 61.0, 48.0, 60.0, "FF00B050", "New round software bedded in during October."),
        ("ENV03", "Fly-tipping incidents cleared within 3 working days (%)", "Higher",
         94.2, 91.8, 93.5, 95.0, "FFFFC000", "Two large clearances on private land took longer."),
        ("ENV04", "Streets at or above grade B for litter (%)", "Higher",
         96.0, 95.0, 97.0, 95.0, "FF92D050", None),
        ("ENV05", "Major planning applications determined within 13 weeks or agreed time (%)", "Higher",
         100.0, 87.5, "Awaiting data", 90.0, None,
         "Q3 figure awaits the national return; will be reported at Q4."),
    )),
    ("Housing", (
        ("HOU01", "Households prevented from becoming homeless (%)", "Higher",
         61.2, 58.4, 63.0, 60.0, "FF00B050", None),
        ("HOU02", "Households in temporary accommodation at quarter end", "Lower",
         118.0, 126.0, 134.0, 110.0, "FFFF0000",
         "Demand from private rented evictions continues to rise; 12 units leased in January."),
        ("HOU03", "Average days to process housing register applications", "Lower",
         21.4, 19.8, 21.9, 21.0, "FFFFC000", None),
        ("HOU04", "Disabled facilities grants completed", "Higher",
         14.0, 17.0, 15.0, 15.0, "FF00B050", None),
    )),
    ("Customer and Corporate", (
        ("CUS01", "Calls answered within 60 seconds (%)", "Higher",
         78.4, 81.2, 84.9, 85.0, "FFFFC000", "Two new advisers fully trained from November."),
        ("CUS02", "Stage 1 complaints responded to within 10 working days (%)", "Higher",
         88.0, 91.5, 86.2, 90.0, "FFFFC000", None),
        ("CUS03", "New Housing Benefit claims \u2013 average days to process", "Lower",
         16.2, 15.8, 14.9, 18.0, "FF00B050", None),
        ("CUS04", "Working days lost to sickness absence per FTE (rolling 12 months)", "Lower",
         8.9, 9.2, 9.6, 8.5, "FFC00000", "Long-term absence in the depot accounts for 40%."),
        ("CUS05", "Freedom of Information requests received", None,
         212.0, 198.0, 187.0, None, "FFA6A6A6", "Monitored for workload; no target."),
    )),
)  # fmt: skip

KEY: tuple[tuple[Rag, str], ...] = (
    ("green", "On target"),
    ("amber", "Within tolerance (no more than 5% away from target)"),
    ("red", "Off target (more than 5% away from target)"),
)


def _key_line(rating: Rag, words: str) -> CellRichText:
    return CellRichText(TextBlock(InlineFont(color=KEY_INK[rating], sz=12), BULLET), f" {words}")


def build(path: Path) -> Expected:
    """Imitates a borough council's quarterly corporate scorecard to Cabinet, rated by coloured bullets.

    Eastleigh Borough Council's Q3 2024/25 scorecard, kept in Excel by the
    performance officer and pasted into the Cabinet report: Ref, Indicator,
    'Good is' (Higher/Lower), Q1-Q3 2024/25, one 'Target' and a 'Status'
    column, then commentary, under shaded section rows. The 'Status' cell
    of every rated row holds the same character, a '\u25cf', and nothing
    else: no fill, no word, only the bullet's font colour gives the rating.
    A key at the foot prints each colour's bullet followed by its words
    ('\u25cf On target' green, '\u25cf Within tolerance' orange-amber,
    '\u25cf Off target' red). As happens when bullets are recoloured by
    hand, two red bullets are Excel's 'Dark Red' rather than the key's
    'Red', and one green is 'Light Green'. The planning row's Q3 figure is
    'Awaiting data' and its status cell is empty. The Freedom of
    Information count, monitored with no target, has a grey bullet, a
    colour the key does not list.

    A careful reader ignores the character and reads each bullet's colour
    through the key: green on target, amber within tolerance, red off
    target, as the Q3 rating (the latest quarter); dark red and light green
    are plainly the key's red and green. The grey bullet is on a row with
    no target, so there is nothing it could rate: it is no rating, not a
    fourth rating to guess at. The target applies to all three quarters;
    'Awaiting data' is what the Q3 cell said, unrated. 'Good is' states
    each rated measure's polarity.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Eastleigh Borough Council \u2013 Corporate Performance Scorecard 2024/25")
    sheet["A2"] = "Quarter 3 (October to December 2024)"
    sheet["A3"] = "Cabinet, 20 February 2025 \u2013 Appendix A"
    sheet["A3"].font = Font(italic=True)
    header = ["Ref", "Indicator", "Good is", *QUARTERS, "Target", "Status", "Commentary"]
    put_row(sheet, HEAD_ROW, 1, header)
    for col in range(1, len(header) + 1):
        cell = sheet.cell(row=HEAD_ROW, column=col)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = HEAD_FILL
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = GRID
    exp = Expected([])
    row = HEAD_ROW + 1
    for section, rows in SECTIONS:
        sheet.cell(row=row, column=1, value=section).font = Font(bold=True)
        for col in range(1, len(header) + 1):
            sheet.cell(row=row, column=col).fill = SECTION_FILL
        row += 1
        for ref, name, good, q1, q2, q3, target, ink, comment in rows:
            put_row(sheet, row, 1, [ref, name, good, q1, q2, q3, target, None, comment])
            if ink is not None:
                status = sheet.cell(row=row, column=8, value=BULLET)
                status.font = Font(color=str(ink), size=14, bold=True)
                status.alignment = Alignment(horizontal="center")
            for col in range(1, len(header) + 1):
                sheet.cell(row=row, column=col).border = GRID
            for col in range(4, 8):
                sheet.cell(row=row, column=col).alignment = Alignment(horizontal="right")
            sheet.cell(row=row, column=9).alignment = Alignment(wrap_text=True)
            rating = None if ink is None else INK_READING[str(ink)]
            goal = None if target is None else float(str(target))
            exp.observations += observed(str(ref), str(name), QUARTERS, (q1, q2, q3), goal, rating)
            if good is not None:
                exp.add_meta(str(ref), str(name), POLARITY[str(good)], None)
            row += 1
    row += 1
    sheet.cell(row=row, column=2, value="Key").font = Font(bold=True)
    for j, (rating, words) in enumerate(KEY):
        sheet.cell(row=row + 1 + j, column=2).value = _key_line(rating, words)
    sheet.cell(
        row=row + 5,
        column=2,
        value="Status shows the Quarter 3 position against the 2024/25 target.",
    ).font = Font(italic=True, size=9)
    sheet.cell(
        row=row + 6,
        column=2,
        value="Source: service returns to the Corporate Performance Team, January 2025.",
    ).font = Font(italic=True, size=9)
    sheet.column_dimensions["A"].width = 8
    sheet.column_dimensions["B"].width = 62
    sheet.column_dimensions["H"].width = 8
    sheet.column_dimensions["I"].width = 60
    sheet.freeze_panes = f"C{HEAD_ROW + 1}"
    save(book, path)
    return exp
