"""Cells holding this quarter's figure and the same quarter last year in brackets ('62.1% (58.4%)') under 'Q2 2024/25 (Q2 2023/24)' headings."""

from __future__ import annotations

import re
from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from tests.realistic.kit import Expected, Obs, Rag, new_book, put_row, save, title

SHEET = "Q3 2024-25"
QUARTERS = ("Q1", "Q2", "Q3")
HEADINGS = tuple(f"{q} 2024/25 ({q} 2023/24)" for q in QUARTERS)
HEADER = ("Ref", "Measure", *HEADINGS, "Target 2024/25", "Q3 RAG", "Direction of travel",
          "Comments")  # fmt: skip
RAG: dict[str, Rag] = {"R": "red", "A": "amber", "G": "green"}
RAG_FILL = {"R": "FFFF0000", "A": "FFFFC000", "G": "FF00B050"}
HEAD_FILL = "FF002060"
THIN = Side(style="thin", color="FF8EA9DB")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD = 5
CELL = re.compile(r"^(?P<now>\S+(?: \S+)*?)(?: \((?P<then>[^)]*)\))?$")

# ref, measure, Q1, Q2, Q3 cells as typed, target (a fraction under '0%' for a percentage,
# '-' for none), Q3 RAG ('Data only' is no rating), direction of travel, comment
ROWS: tuple[tuple[object, ...], ...] = (
    ("NP01", "Household waste sent for reuse, recycling and composting",
     "47.2% (45.9%)", "49.0% (48.1%)", "Awaited (41.8%)", 0.48, None, None,
     "Q3 figure from the waste disposal authority is due in February."),
    ("NP02", "Missed bin collections per 100,000 collections",
     "38 (45)", "41 (52)", "36 (49)", 45, "G", "Improved", None),
    ("NP03", "Fly-tipping incidents reported",
     "1,204 (1,187)", "1,318 (1,242)", "1,096 (1,131)", "-", "Data only", "n/a", None),
    ("NP04", "Fly-tipping incidents removed within 2 working days",
     "92.4% (88.0%)", "90.1% (89.5%)", "93.7% (90.2%)", 0.9, "G", "Improved", None),
    ("NP05", "Streets at an acceptable standard for litter",
     "94.0% (93.1%)", "92.5% (93.8%)", "91.8% (92.9%)", 0.93, "A", "Declined",
     "Leaf fall and two vacancies in the Reddish and Heatons team."),
    ("NP06", "Food hygiene interventions completed on time",
     "71.5%", "76.0%", "80.2%", 0.85, "R", "n/a",
     "New measure for 2024/25: no comparison with last year."),
    ("NP07", "Average working days to respond to noise complaints",
     "2.8 (3.4)", "3.1 (3.0)", "2.6 (3.5)", 3, "G", "Improved", None),
    ("NP08", "Major planning applications determined within 13 weeks or an agreed time",
     "100% (83.3%)", "75.0% (100%)", "80.0% (66.7%)", 0.65, "G", "Improved",
     "Small numbers: 4 of 5 decided in time in Q3."),
    ("NP09", "Penalty charge notices issued",
     "6,412 (5,980)", "6,877 (6,104)", "6,205 (6,331)", "-", "Data only", "n/a", None),
    ("NP10", "Highway defects repaired within the target time",
     "88.1% (90.4%)", "86.7% (n/a)", "89.9% (91.0%)", 0.9, "A", "Declined",
     "Q2 2023/24 not available: the highways asset system was replaced in summer 2023."),
    ("NP11", "Street lights repaired within 5 working days",
     "96.0% (97.5%)", "97.2% (96.1%)", "95.4% (95.9%)", 0.95, "G", "Declined", None),
    ("NP12", "Average working days to decide licence applications",
     "12.5 (14.0)", "11.8 (13.2)", "13.9 (12.7)", 14, "G", "Declined", None),
)  # fmt: skip


def _figure(text: str) -> tuple[float | None, str | None]:
    """What one half of a cell says: a figure in points, or the words kept as they are."""
    plain = text.replace(",", "").removesuffix("%")
    try:
        return float(plain), None
    except ValueError:
        return None, text


def _fill(rgb: str) -> PatternFill:
    return PatternFill(fill_type="solid", start_color=rgb, end_color=rgb)


def build(path: Path) -> Expected:
    """Imitates a metropolitan borough's quarterly neighbourhoods and place report to scrutiny.

    Stockport Council style, the Quarter 3 2024/25 performance report to the
    Communities and Transport Scrutiny Committee, written so that each quarter
    can be compared with the same quarter a year earlier without doubling
    the columns: every quarter cell holds this year's figure followed by the
    same quarter of 2023/24 in brackets ('62.1% (58.4%)', '1,204 (1,187)',
    '2.8 (3.4)'), under headings that say so ('Q2 2024/25 (Q2 2023/24)'),
    with a line above the table repeating it. Then 'Target 2024/25', a
    filled 'Q3 RAG' letter ('Data only' for counts), 'Direction of travel'
    against the same quarter last year, and comments. A measure new this
    year has no brackets; one 2023/24 quarter is '(n/a)'; the Q3 recycling
    figure is 'Awaited' with last year's in brackets.

    A careful reader takes two observations from each cell: the figure
    before the brackets for the quarter of 2024/25 and the one in brackets
    for the same quarter of 2023/24, since the heading and the note date it;
    both are the measure's own figures. Percentages are in points. The
    target names 2024/25, so it applies to the 2024/25 figures only. The Q3
    RAG rates Q3 2024/25; 'Data only' is no rating. 'Awaited' and 'n/a' are
    kept as the text of their quarter; a cell with no brackets gives only
    this year's figure. Direction of travel is a comparison, not a figure.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Stockport Metropolitan Borough Council")
    sheet["A2"] = "Neighbourhoods and Place \u2013 Performance report, Quarter 3 2024/25"
    sheet["A2"].font = Font(bold=True, size=12)
    sheet["A3"] = (
        "Each quarter shows the 2024/25 figure followed by the same quarter of 2023/24 in "
        "brackets, e.g. 62.1% (58.4%)."
    )
    sheet["A3"].font = Font(italic=True)
    put_row(sheet, HEAD, 1, HEADER)
    for col in range(1, len(HEADER) + 1):
        cell = sheet.cell(row=HEAD, column=col)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = _fill(HEAD_FILL)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    exp = Expected([])
    for i, (ref, name, *cells, target, rag, direction, comment) in enumerate(ROWS):
        row = HEAD + 1 + i
        put_row(sheet, row, 1, [ref, name, *cells, target, rag, direction, comment])
        for col in range(1, len(HEADER) + 1):
            sheet.cell(row=row, column=col).border = GRID
        for col in range(3, 6):
            sheet.cell(row=row, column=col).alignment = Alignment(horizontal="right")
        percent = isinstance(target, float) and target < 1
        if isinstance(target, int | float):
            sheet.cell(row=row, column=6).number_format = "0%" if percent else "0"
        if rag in RAG_FILL:
            sheet.cell(row=row, column=7).fill = _fill(RAG_FILL[str(rag)])
        sheet.cell(row=row, column=7).alignment = Alignment(horizontal="center")
        code, nm = str(ref), str(name)
        goal = None
        if isinstance(target, int | float):
            goal = round(float(target) * 100, 6) if percent else float(target)
        for quarter, typed in zip(QUARTERS, cells, strict=True):
            match = CELL.match(str(typed))
            assert match, typed
            now, now_text = _figure(match["now"])
            rating = RAG.get(str(rag)) if quarter == "Q3" else None
            exp.observations.append(
                Obs(code, nm, f"{quarter} 2024/25", now, now_text, goal, rating)
            )
            if match["then"] is not None:
                then, then_text = _figure(match["then"])
                exp.observations.append(Obs(code, nm, f"{quarter} 2023/24", then, then_text))
    foot = HEAD + len(ROWS) + 2
    notes = (
        "Figures in brackets: the same quarter of 2023/24. Direction of travel compares Q3 2024/25 "
        "with Q3 2023/24.",
        "RAG: G = target met; A = within 5% of target; R = more than 5% off target; Data only = "
        "no target set.",
    )
    for j, text in enumerate(notes):
        sheet.cell(row=foot + j, column=1, value=text).font = Font(size=9, italic=True)
    for letter, width in zip("ABCDEFGHI", (7, 60, 17, 17, 17, 11, 10, 13, 52), strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.row_dimensions[HEAD].height = 32
    save(book, path)
    return exp
