"""Month columns Apr-24..Dec-24 with a 'Q1 RAG', 'Q2 RAG', 'Q3 RAG' column after every third month, one target column."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from tests.realistic.kit import Expected, Obs, Rag, new_book, put_row, save, title

SHEET = "Monthly KPIs 2024-25"
MONTHS = ("Apr 2024", "May 2024", "Jun 2024", "Jul 2024", "Aug 2024", "Sep 2024",
          "Oct 2024", "Nov 2024", "Dec 2024")  # fmt: skip
RAG: dict[str, Rag] = {"R": "red", "A": "amber", "G": "green"}
RAG_FILL = {"R": "FFFF0000", "A": "FFFFC000", "G": "FF00B050"}
GREY, BANNER_FILL, RAG_HEAD_FILL = "FFD9D9D9", "FFDEEAF6", "FFFFF2CC"
UNIT = {"%": "%", "Days": "days", "Number": "number"}
POLARITY = {"Higher": "higher_is_better", "Lower": "lower_is_better"}
THIN = Side(style="thin", color="FF9E9E9E")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD = 5  # banner row; the month and RAG headings are on the row below
FIRST_MONTH = 6  # column F
WIDTH = 18  # columns A..R

# ref, measure, unit, good is ('-' states none), target (None: blank), nine monthly
# figures Apr..Dec (None: blank), quarter RAG letters Q1..Q3, comment, quarterly only?
ROWS: tuple[tuple[object, ...], ...] = (
    ("SC01", "Adult safeguarding enquiries completed within 30 working days", "%", "Higher", 85,
     (82.1, 86.4, 88.0, 79.5, 81.2, 84.0, 86.9, 87.3, None), ("G", "A", None), None, False),
    ("SC02", "Adults with a care and support plan reviewed in the last 12 months", "%", "Higher", 70,
     (58.2, 59.0, 60.4, 61.1, 62.5, 63.8, 64.6, 65.9, None), ("R", "A", None),
     "Review backlog plan agreed July; two agency reviewers from September.", False),
    ("SC03", "Average days from referral to start of a domiciliary care package", "Days", "Lower", 14,
     (16.2, 15.1, 13.8, 12.9, 14.6, 15.3, 14.1, 13.2, None), ("G", "A", None), None, False),
    ("SC04", "People waiting for a domiciliary care package at month end", "Number", "Lower", None,
     (47, 52, 44, 39, 41, 36, 33, 35, None), (None, None, None), "Data only.", False),
    ("SC05", "Carers' needs assessments completed in the month", "Number", "Higher", 60,
     (58, 64, 71, 49, 55, 62, 66, 59, None), ("G", "G", None), None, False),
    ("SC06", "Children on the child protection register at month end", "Number", "-", None,
     (128, 131, 126, 119, 124, 133, 137, 141, None), (None, None, None),
     "Contextual: no target.", False),
    ("SC07", "Re-registrations on the child protection register within 12 months", "%", "Lower", 10,
     (None, None, 8.3, None, None, 12.5, None, None, None), ("G", "R", None),
     "Quarterly measure: 3 of 24 registrations in Q2 were re-registrations.", True),
    ("SC08", "Children looked after with three or more placements in the year", "%", "Lower", 9,
     (7.8, 8.1, 8.6, 9.2, 9.4, 9.9, 10.3, "No data", None), ("G", "A", None),
     "November extract failed; to be re-run.", False),
    ("HS01", "Households prevented from becoming homeless", "%", "Higher", 60,
     (54.2, 57.8, 61.5, 55.0, "No data", 58.3, 62.0, 60.7, None), ("G", "A", None),
     "No August figure: housing system upgrade.", False),
    ("HS02", "Households in bed and breakfast accommodation at month end", "Number", "Lower", 25,
     (31, 34, 29, 27, 24, 22, 26, 28, None), ("R", "G", None), None, False),
    ("HS03", "Disabled Facilities Grants: average days from referral to completion", "Days", "Lower", 180,
     (192, 176, 185, 171, 168, 174, 181, None, None), ("A", "G", None),
     "November figure available mid-December.", False),
    ("HS04", "Council housing repairs completed within target time", "%", "Higher", 90,
     (91.2, 89.7, 92.3, 88.4, 87.1, 90.6, 91.8, 92.5, None), ("G", "G", None), None, False),
)  # fmt: skip


def _fill(rgb: str) -> PatternFill:
    return PatternFill(fill_type="solid", start_color=rgb, end_color=rgb)


def _column(month: int) -> int:
    """The sheet column of the month with this index (0 = April): a RAG column after every third."""
    return FIRST_MONTH + month + month // 3


def build(path: Path) -> Expected:
    """Imitates a Welsh county borough council's monthly social services and housing KPI tracker.

    Conwy County Borough Council style, the tracker kept by the directorate's
    performance officer and taken to the Social Care and Education Overview
    and Scrutiny Committee at the end of November: Ref, Measure, Unit,
    'Good is' (Higher / Lower / '-'), one 'Target 2024/25', then the months
    as real dates shown 'Apr-24'..'Dec-24' under merged 'Quarter 1'..'Quarter 3'
    banners, each quarter's three months followed by a shaded 'Q1 RAG',
    'Q2 RAG', 'Q3 RAG' column of filled letters, and comments. A note under
    the title says the quarter's RAG is the position at the end of the
    quarter against the target. December and the Q3 RAG are still empty;
    one measure is counted quarterly, so only its June and September cells
    hold figures (its other months shaded grey); two months say 'No data'.

    A careful reader takes each month's figure with the row's one target,
    and each quarter's RAG as the rating of that quarter's last month (the
    note: the position at the end of the quarter), so the Q1 RAG rates June
    and the Q2 RAG September; October and November have no rating yet. 'No
    data' is kept as that month's text. Unit and 'Good is' are as stated;
    '-' states no polarity.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Conwy County Borough Council \u2013 Social Care and Housing")
    sheet["A2"] = "Monthly performance indicators 2024/25: position at 30 November 2024"
    sheet["A2"].font = Font(bold=True, size=12)
    sheet["A3"] = (
        "Quarter RAG: the position at the end of the quarter (the last month shown) against the "
        "2024/25 target. G = target met; A = within 10%; R = more than 10% off target."
    )
    sheet["A3"].font = Font(italic=True, size=9)
    labels = {
        1: "Ref",
        2: "Measure",
        3: "Unit",
        4: "Good is",
        5: "Target 2024/25",
        WIDTH: "Comments",
    }
    for col, text in labels.items():
        sheet.cell(row=HEAD, column=col, value=text).font = Font(bold=True)
        sheet.merge_cells(start_row=HEAD, start_column=col, end_row=HEAD + 1, end_column=col)
    for q in range(3):
        first = _column(3 * q)
        sheet.cell(row=HEAD, column=first, value=f"Quarter {q + 1}")
        sheet.merge_cells(start_row=HEAD, start_column=first, end_row=HEAD, end_column=first + 3)
        banner = sheet.cell(row=HEAD, column=first)
        banner.font = Font(bold=True)
        banner.alignment = Alignment(horizontal="center")
        banner.fill = _fill(BANNER_FILL)
        rag_head = sheet.cell(row=HEAD + 1, column=first + 3, value=f"Q{q + 1} RAG")
        rag_head.font = Font(bold=True)
        rag_head.fill = _fill(RAG_HEAD_FILL)
    for m in range(len(MONTHS)):
        cell = sheet.cell(row=HEAD + 1, column=_column(m), value=datetime(2024, 4 + m, 1))
        cell.number_format = "mmm-yy"
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center")
    exp = Expected([])
    for i, (ref, name, unit, good, target, figures, rags, comment, quarterly) in enumerate(ROWS):
        assert isinstance(figures, tuple) and isinstance(rags, tuple)
        row = HEAD + 2 + i
        put_row(sheet, row, 1, [ref, name, unit, good, target])
        if comment:
            sheet.cell(row=row, column=WIDTH, value=comment)
        for col in range(1, WIDTH + 1):
            sheet.cell(row=row, column=col).border = GRID
        code, nm = str(ref), str(name)
        goal = None if target is None else float(str(target))
        for m, value in enumerate(figures):
            cell = sheet.cell(row=row, column=_column(m))
            if value is not None:
                cell.value = value
                if isinstance(value, float):
                    cell.number_format = "0.0"
            elif quarterly and m % 3 != 2:
                cell.fill = _fill(GREY)
        for q, letter in enumerate(rags):
            cell = sheet.cell(row=row, column=_column(3 * q) + 3)
            cell.alignment = Alignment(horizontal="center")
            if letter:
                cell.value = letter
                cell.fill = _fill(RAG_FILL[str(letter)])
            else:
                cell.fill = _fill(RAG_HEAD_FILL)
        for q, letter in enumerate(rags):
            assert letter is None or figures[3 * q + 2] is not None, (ref, q)
        for m, value in enumerate(figures):
            if value is None:
                continue
            letter = rags[m // 3] if m % 3 == 2 else None
            rating = RAG[str(letter)] if letter else None
            if isinstance(value, str):
                exp.observations.append(Obs(code, nm, MONTHS[m], None, value, goal, rating))
            else:
                exp.observations.append(Obs(code, nm, MONTHS[m], float(value), None, goal, rating))
        exp.add_meta(code, nm, POLARITY.get(str(good)), UNIT[str(unit)])
    foot = HEAD + 2 + len(ROWS) + 1
    sheet.cell(row=foot, column=1, value="Source: WCCIS, Civica housing and the DFG tracker. Figures for the latest month are provisional.").font = Font(size=9)  # fmt: skip
    sheet.column_dimensions["B"].width = 62
    sheet.column_dimensions["R"].width = 48
    sheet.freeze_panes = sheet.cell(row=HEAD + 2, column=3)
    save(book, path)
    return exp
