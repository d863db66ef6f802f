"""Ratings shown only by fill colours picked from the workbook's theme palette, with a tint."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Border, Color, Font, PatternFill, Side
from openpyxl.writer.theme import theme_xml

from tests.realistic.kit import Expected, Obs, Rag, new_book, put_row, save

SHEET = "Q2 2024-25"
HEAD_ROW = 5
FIRST = HEAD_ROW + 1
PERIODS = ("2023/24", "Q1 2024/25", "Q2 2024/25")
POLARITY = {"High": "higher_is_better", "Low": "lower_is_better"}

# Excel's 'Office' theme palette (2013 to 2022) in place of the older one the writer starts
# from: Text 2 blue-grey, Accent 1 blue, Accent 4 gold, Accent 6 green...
_PALETTE = {
    "1F497D": "44546A",  # Text 2
    "EEECE1": "E7E6E6",  # Background 2
    "4F81BD": "4472C4",  # Accent 1
    "C0504D": "ED7D31",  # Accent 2
    "9BBB59": "A5A5A5",  # Accent 3
    "8064A2": "FFC000",  # Accent 4
    "4BACC6": "5B9BD5",  # Accent 5
    "F79646": "70AD47",  # Accent 6
    "0000FF": "0563C1",  # Hyperlink
    "800080": "954F72",  # Followed hyperlink
}


def _office_theme() -> bytes:
    text: str = theme_xml
    head, rest = text.split("</a:clrScheme>", 1)
    for old, new in _PALETTE.items():
        head = head.replace(f'val="{old}"', f'val="{new}"')
    rest = rest.replace('<a:latin typeface="Cambria"/>', '<a:latin typeface="Calibri Light"/>', 1)
    return (head + "</a:clrScheme>" + rest).encode("utf-8")


def _theme_fill(theme: int, tint: float = 0.0) -> PatternFill:
    """A solid fill as Excel's colour picker stores a theme colour: its index and its tint."""
    return PatternFill(
        fill_type="solid", fgColor=Color(theme=theme, tint=tint), bgColor=Color(indexed=64)
    )


# The picker's names for the swatches used. Theme indexes: 0 Background 1, 3 Text 2,
# 4 Accent 1, 7 Accent 4, 9 Accent 6.
GREEN = _theme_fill(9, 0.3999755851924192)  # 'Green, Accent 6, Lighter 40%'
GOLD = _theme_fill(7)  # 'Gold, Accent 4'
RED = PatternFill(fill_type="solid", fgColor=Color(rgb="FFFF0000"), bgColor=Color(indexed=64))
GREY = _theme_fill(0, -0.1499984740745262)  # 'White, Background 1, Darker 15%'
HEAD = _theme_fill(3)  # 'Blue-Grey, Text 2'
SECTION = _theme_fill(4, 0.7999816888943144)  # 'Blue, Accent 1, Lighter 80%'
RATING: dict[str, tuple[PatternFill, Rag | None]] = {
    "G": (GREEN, "green"),
    "A": (GOLD, "amber"),
    "R": (RED, "red"),
    "D": (GREY, None),
}
THIN = Side(style="thin", color="FFBFBFBF")

# A 1-tuple is a section row. Otherwise: ref, indicator, good is, kind ('%' a fraction shown
# as a percentage, 'n' a count, 'd' one decimal), 2023/24 outturn, Q1, Q2, target 2024/25
# ('-' for none), rating colour (G/A/R/D, None for no fill), word typed in the rating cell
# (None for the fill alone), commentary.
ROWS: tuple[tuple[object, ...], ...] = (
    ("A thriving local economy",),
    ("EC01", "Working-age residents claiming out-of-work benefits", "Low", "%",
     4.9, 4.8, 4.6, 4.5, "A", "At risk",
     "4.6% in September, down from 4.8% in June; the North West rate is 4.3%."),
    ("EC02", "Major planning applications decided within 13 weeks or an agreed extension",
     "High", "%", 91.3, 88.9, 94.1, 90, "G", None, "16 of 17 major applications on time."),
    ("EC03", "Vacant ground-floor units in the town centre", "Low", "%",
     14.2, 13.8, 13.1, 12, "R", None,
     "Three units on Market Street re-let in August; 41 of 313 units still empty."),
    ("Safe and healthy communities",),
    ("SH01", "Adult social care assessments completed within 28 days", "High", "%",
     71.5, 74.2, 78.9, 80, "A", "At risk", "Waiting list down from 412 to 356 people."),
    ("SH02", "Older people still at home 91 days after discharge from hospital into reablement",
     "High", "%", 83.4, 85.0, None, 82, "G", None,
     "Q2 figure follows the 91-day check in December; the rating is for Q1."),
    ("SH03", "Re-referrals to children's social care within 12 months", "Low", "%",
     22.8, 21.1, 19.7, 20, "G", "On track", None),
    ("SH04", "Domestic abuse incidents reported to the police", None, "n",
     5362, 1418, 1466, "-", "D", "Data only", "Partnership data; no target is set."),
    ("SH05", "Residents who feel safe outside in their area after dark", "High", "%",
     None, None, 61.0, 65, "R", None,
     "First annual Residents' Survey: 1,104 responses, fieldwork July to August 2024."),
    ("Clean and green",),
    ("CG01", "Household waste sent for reuse, recycling or composting", "High", "%",
     38.6, 41.2, "n/a", 42, None, None,
     "Q2 tonnages not yet validated on WasteDataFlow; Q1 was 41.2%."),
    ("CG02", "Reported fly-tips removed within 2 working days", "High", "%",
     None, 86.7, 92.3, 90, "G", None, "New measure from April 2024 with the new street scene system."),
    ("CG03", "Missed bin collections per 100,000 collections", "Low", "n",
     62, 58, 71, 60, "R", "Off track",
     "Round changes in August: 1,143 missed bins in the quarter, 71 per 100,000."),
    ("A well-run council",),
    ("WR01", "Working days lost to sickness absence per FTE (rolling 12 months)", "Low", "d",
     10.9, 10.6, 10.2, 9.5, "R", None, "Mental health remains the main cause (31% of days lost)."),
    ("WR02", "Calls to the contact centre answered within 3 minutes", "High", "%",
     69.4, 72.8, 76.5, 75, "G", "On track", None),
    ("WR03", "Stage 1 complaints answered within 10 working days", "High", "%",
     81.2, 83.9, 82.1, 85, "A", None, "412 of 502 answered on time."),
    ("WR04", "Freedom of Information requests received", None, "n",
     1284, 341, "TBC", "-", "D", None, "Q2 count to be confirmed after the case system upgrade."),
)  # fmt: skip

FORMATS = {"%": "0.0%", "n": "#,##0", "d": "0.0"}


def _cell_value(value: object, kind: str) -> object:
    if isinstance(value, int | float) and kind == "%":
        return round(float(value) / 100, 6)
    return value


def build(path: Path) -> Expected:
    """Imitates a metropolitan borough council's quarterly Corporate Plan performance report.

    The report to the Overview and Scrutiny Management Commission for
    Quarter 2 2024/25: Ref, Performance indicator, 'Good is' High/Low,
    '2023/24 outturn', 'Q1 2024/25', 'Q2 2024/25', 'Target 2024/25', a
    'Rating' column and Commentary, under section rows for the four
    Corporate Plan priorities. The workbook uses Excel's Office theme, and
    the performance officer picked every colour from the theme palette:
    the heading row 'Blue-Grey, Text 2' with white text, the section rows
    'Blue, Accent 1, Lighter 80%', green ratings 'Green, Accent 6, Lighter
    40%', amber 'Gold, Accent 4' and data-only rows 'White, Background 1,
    Darker 15%'; red is the standard 'Red'. The file stores these as theme
    indexes with a tint, not as colours. Some rating cells carry the key's
    word ('On track', 'At risk', 'Off track', 'Data only'), most only the
    fill. A key under the table shows each colour beside its meaning.

    A careful reader takes each rating from the fill, through the key, for
    the row's latest figure: Q1 for the reablement measure whose Q2 is not
    in (its comment says the rating is Q1's), Q2 otherwise. The target
    names 2024/25, so the 2023/24 outturns have none. Grey (data only)
    rows, the 'n/a' recycling Q2 (no fill) and the 'TBC' FOI count are
    unrated; 'n/a' and 'TBC' are observations without figures. The
    Residents' Survey is new and annual, with its one Q2 figure; fly-tips
    is new with no 2023/24 outturn. Percentages are stored as fractions
    under a percentage format and read in points; 'Good is' gives polarity.
    """
    book, sheet = new_book(SHEET)
    book.loaded_theme = _office_theme()
    sheet["A1"] = (
        "Corporate Plan Performance Report 2024/25 \u2013 Quarter 2 (July to September 2024)"
    )
    sheet["A1"].font = Font(bold=True, size=14, color=Color(theme=3))
    sheet["A2"] = "Overview and Scrutiny Management Commission \u2013 28 November 2024"
    sheet["A2"].font = Font(italic=True)
    sheet["A3"] = "Ratings are shown by colour \u2013 see the key below the table."
    sheet["A3"].font = Font(size=9, italic=True)
    heads = [
        "Ref",
        "Performance indicator",
        "Good is",
        "2023/24 outturn",
        "Q1 2024/25",
        "Q2 2024/25",
        "Target 2024/25",
        "Rating",
        "Commentary",
    ]
    put_row(sheet, HEAD_ROW, 1, heads)
    ncol = len(heads)
    for col in range(1, ncol + 1):
        cell = sheet.cell(row=HEAD_ROW, column=col)
        cell.fill = HEAD
        cell.font = Font(bold=True, color=Color(theme=0))
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    exp = Expected([])
    row = FIRST
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, ncol + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        ref, name, good, kind, *figures, target, colour, word, comment = spec
        kind = str(kind)
        values = [_cell_value(v, kind) for v in (*figures, target)]
        put_row(sheet, row, 1, [ref, name, good, *values, word, comment])
        for col in range(1, ncol + 1):
            cell = sheet.cell(row=row, column=col)
            cell.border = Border(bottom=THIN)
            if 3 <= col <= 8:
                cell.alignment = Alignment(horizontal="center")
            if 4 <= col <= 7 and isinstance(cell.value, int | float):
                cell.number_format = FORMATS[kind]
        sheet.cell(row=row, column=9).alignment = Alignment(wrap_text=True, vertical="top")
        rag: Rag | None = None
        if colour is not None:
            swatch, rag = RATING[str(colour)]
            sheet.cell(row=row, column=8).fill = swatch
        goal = float(target) if isinstance(target, int | float) else None
        given = [k for k, v in enumerate(figures) if v is not None]
        for k in given:
            value = figures[k]
            exp.observations.append(
                Obs(
                    str(ref),
                    str(name),
                    PERIODS[k],
                    float(value) if isinstance(value, int | float) else None,
                    None if isinstance(value, int | float) else str(value),
                    goal if k >= 1 else None,
                    rag if k == given[-1] else None,
                )
            )
        exp.add_meta(str(ref), str(name), POLARITY[str(good)] if good else None, None)
        row += 1
    key_row = row + 1
    sheet.cell(row=key_row, column=1, value="Key").font = Font(bold=True)
    key = (
        (GREEN, "On track \u2013 target met or exceeded"),
        (GOLD, "At risk \u2013 within 5% of target"),
        (RED, "Off track \u2013 more than 5% short of target"),
        (GREY, "Data only \u2013 no target set, not rated"),
    )
    for j, (swatch, meaning) in enumerate(key, start=key_row + 1):
        sheet.cell(row=j, column=1).fill = swatch
        sheet.cell(row=j, column=1).border = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
        sheet.cell(row=j, column=2, value=meaning).font = Font(size=9)
    notes = (
        "The rating is for the latest quarter reported. Where a Q2 figure is not yet "
        "available the rating is for Q1 (see commentary).",
        "n/a \u2013 not available; TBC \u2013 to be confirmed; \u2013 no target.",
    )
    for j, line in enumerate(notes, start=key_row + len(key) + 2):
        sheet.cell(row=j, column=1, value=line).font = Font(size=9, italic=True)
    widths = {"A": 8, "B": 60, "C": 9, "D": 12, "E": 12, "F": 12, "G": 12, "H": 11, "I": 52}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"C{FIRST}"
    book.properties.creator = "Policy and Performance Team"
    save(book, path)
    return exp
