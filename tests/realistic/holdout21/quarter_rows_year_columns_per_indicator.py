"""Each indicator a block of four quarter rows, one column per financial year across."""

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
    save,
    title,
)

SHEET = "Scorecard Q3"
HEAD_ROW = 4
FIRST = HEAD_ROW + 1
YEARS = ("2022/23", "2023/24", "2024/25")
QUARTERS = ("Q1", "Q2", "Q3", "Q4")
RAG_WORD: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
RAG_FILL = {"G": GREEN_FILL, "A": AMBER_FILL, "R": RED_FILL}
HEAD = PatternFill(fill_type="solid", start_color="FF1F4E78", end_color="FF1F4E78")
SECTION = PatternFill(fill_type="solid", start_color="FFDDEBF7", end_color="FFDDEBF7")
THIN = Side(style="thin", color="FF808080")

# A 1-tuple is a portfolio row. Otherwise: indicator, kind ("%" stored as a fraction with a
# percentage format, "no", "days", "rate"), the figures by year (four quarters each), the
# 2024/25 target (one number merged down the block, or four profiled numbers, or None), the
# four 2024/25 RAG letters, and comments by quarter.
Block = tuple[object, ...]
ROWS: tuple[Block, ...] = (
    ("Adult Social Care and Health",),
    (
        "Permanent admissions of people aged 65+ to residential and nursing care per 100,000 "
        "population (cumulative)",
        "rate",
        {
            "2022/23": (151.3, 298.7, 449.2, 611.8),
            "2023/24": (139.6, 287.4, 431.0, 579.5),
            "2024/25": (142.8, 291.9, 440.6, None),
        },
        (145.0, 290.0, 435.0, 580.0),
        ("G", "A", "A", None),
        (None, None, "Winter pressures on hospital discharge.", None),
    ),
    (
        "Older people still at home 91 days after discharge from hospital into reablement",
        "%",
        {
            "2022/23": (0.812, 0.798, 0.823, 0.807),
            "2023/24": (0.834, 0.829, 0.841, 0.826),
            "2024/25": (0.851, 0.838, 0.819, None),
        },
        0.85,
        ("G", "A", "A", None),
        (None, None, None, None),
    ),
    (
        "Average days from referral to start of home care package",
        "days",
        {
            "2022/23": (24.1, 26.8, 29.3, 25.5),
            "2023/24": (22.7, 21.9, 27.4, 23.0),
            "2024/25": (19.8, 18.6, 23.1, None),
        },
        21.0,
        ("G", "G", "R", None),
        (None, None, "Provider capacity in the rural west.", None),
    ),
    (
        "Carers' assessments completed",
        "no",
        {
            "2022/23": (312, 298, 341, 366),
            "2023/24": (355, 372, 349, 401),
            "2024/25": (389, 412, "n/a", None),
        },
        380.0,
        ("G", "G", None, None),
        (None, None, "Case management system migration \u2013 Q3 figure to follow.", None),
    ),
    ("Children and Families",),
    (
        "Re-referrals to children's social care within 12 months",
        "%",
        {
            "2022/23": (0.214, 0.236, 0.198, 0.221),
            "2023/24": (0.205, 0.192, 0.217, 0.188),
            "2024/25": (0.176, 0.183, 0.201, None),
        },
        0.20,
        ("G", "G", "A", None),
        (None, None, None, None),
    ),
    (
        "Child protection plans lasting two years or more",
        "%",
        {
            "2022/23": (0.031, 0.027, 0.035, 0.040),
            "2023/24": (0.022, 0.029, 0.018, 0.024),
            "2024/25": (0.026, 0.033, 0.041, None),
        },
        0.03,
        ("G", "A", "R", None),
        (None, None, "Five sibling groups; all reviewed by the Head of Service.", None),
    ),
    (
        "Education, Health and Care Plans issued within 20 weeks (excluding exceptions)",
        "%",
        {
            "2022/23": (0.412, 0.386, 0.447, 0.503),
            "2023/24": (0.528, 0.561, 0.497, 0.584),
            "2024/25": (0.612, 0.648, 0.577, None),
        },
        0.60,
        ("G", "G", "A", None),
        (None, None, None, None),
    ),
    (
        "Children in care with three or more placements in the last 12 months",
        "%",
        {
            "2022/23": (None, None, None, None),
            "2023/24": (0.094, 0.101, 0.088, 0.097),
            "2024/25": (0.089, 0.092, 0.095, None),
        },
        0.10,
        ("G", "G", "G", None),
        ("New measure from April 2023.", None, None, None),
    ),
    (
        "16-17 year olds not in education, employment or training (NEET) or not known",
        "%",
        {
            "2022/23": (0.048, 0.052, 0.071, 0.043),
            "2023/24": (0.046, 0.049, 0.066, 0.041),
            "2024/25": (0.044, 0.061, 0.039, None),
        },
        0.05,
        ("G", "R", "G", None),
        (None, "Not known high until the autumn tracking exercise.", None, None),
    ),
    ("Environment and Communities",),
    (
        "Household waste sent for reuse, recycling and composting",
        "%",
        {
            "2022/23": (0.487, 0.502, 0.441, 0.419),
            "2023/24": (0.495, 0.508, 0.437, 0.428),
            "2024/25": (0.503, 0.511, None, None),
        },
        0.50,
        ("G", "G", None, None),
        (None, None, "Reported a quarter in arrears (WasteDataFlow).", None),
    ),
    (
        "Fly-tipping incidents reported",
        "no",
        {
            "2022/23": (1184, 1256, 1047, 1122),
            "2023/24": (1209, 1311, 998, 1087),
            "2024/25": (1152, 1238, 1076, None),
        },
        None,
        (None, None, None, None),
        ("Information only \u2013 no target set.", None, None, None),
    ),
    (
        "Major planning applications determined within 13 weeks or agreed time",
        "%",
        {
            "2022/23": (0.875, 0.800, 0.909, 0.857),
            "2023/24": (0.933, 0.889, 1.0, 0.917),
            "2024/25": (0.941, 0.857, 0.923, None),
        },
        0.90,
        ("G", "A", "G", None),
        (None, None, None, None),
    ),
    (
        "Residents satisfied with their local area as a place to live (annual survey)",
        "%",
        {
            "2022/23": (None, None, 0.79, None),
            "2023/24": (None, None, 0.76, None),
            "2024/25": (None, None, 0.74, None),
        },
        0.78,
        (None, None, "A", None),
        (None, None, "Residents' survey runs in November each year.", None),
    ),
)

FORMATS = {"%": "0.0%", "no": "#,##0", "days": "0.0", "rate": "0.0"}


def _points(value: object, kind: object) -> float | None:
    if not isinstance(value, int | float):
        return None
    return round(float(value) * 100, 2) if kind == "%" else float(value)


def build(path: Path) -> Expected:
    """Imitates a county council's quarterly corporate scorecard with three years side by side.

    The kind of corporate performance scorecard a county's business
    intelligence team prepares for its Corporate Overview and Scrutiny
    Committee from a Power BI extract laid out by hand in Excel, so members
    can compare each quarter with the same quarter in the two years before.
    Each indicator is a block of four rows: its name merged down the block in
    column A, 'Q1'..'Q4' in column B, then the columns '2022/23', '2023/24'
    and '2024/25', a 'Target 2024/25' (merged down the block, or a profiled
    target on each quarter row for a cumulative measure), a filled 'RAG'
    letter on each 2024/25 quarter row, and comments, under shaded
    portfolio rows. The report is at Quarter 3, so the 2024/25 Q4 cells are
    empty.

    A careful reader takes each cell as the indicator in that quarter of
    that year (Q2 2023/24 and so on); the target is for 2024/25 only, and
    each RAG letter rates its own row's 2024/25 quarter. Percentages are
    stored as fractions with a percentage format. Carers' Q3 is 'n/a' with
    no rating; recycling is reported a quarter in arrears; placement
    stability started in 2023/24; fly-tipping is information only; the
    residents' survey has only a Q3 figure each year. No codes, units or
    polarity are stated.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Corporate Performance Scorecard \u2013 Quarter 3 2024/25")
    sheet["A2"] = (
        "Corporate Overview and Scrutiny Committee, 6 February 2025 \u2013 each quarter "
        "compared with the same quarter in the previous two years"
    )
    sheet["A2"].font = Font(italic=True)
    heads = ["Indicator", "Quarter", *YEARS, "Target 2024/25", "RAG", "Comments"]
    ncol = len(heads)
    for col, text in enumerate(heads, start=1):
        cell = sheet.cell(row=HEAD_ROW, column=col, value=text)
        cell.fill = HEAD
        cell.font = Font(bold=True, color="FFFFFFFF")
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
        name, kind, figures, target, rags, comments = spec
        assert isinstance(figures, dict) and isinstance(rags, tuple)
        assert isinstance(comments, tuple)
        label = str(name)
        top = row
        sheet.cell(row=top, column=1, value=label).alignment = Alignment(
            vertical="top", wrap_text=True
        )
        sheet.merge_cells(start_row=top, start_column=1, end_row=top + 3, end_column=1)
        if isinstance(target, float):
            cell = sheet.cell(row=top, column=6, value=target)
            cell.number_format = FORMATS[str(kind)]
            cell.alignment = Alignment(horizontal="center", vertical="center")
            sheet.merge_cells(start_row=top, start_column=6, end_row=top + 3, end_column=6)
        for q, quarter in enumerate(QUARTERS):
            r = top + q
            sheet.cell(row=r, column=2, value=quarter).alignment = Alignment(horizontal="center")
            q_target: float | None = None
            if isinstance(target, tuple):
                q_target = target[q]
                cell = sheet.cell(row=r, column=6, value=q_target)
                cell.number_format = FORMATS[str(kind)]
            elif isinstance(target, float):
                q_target = target
            for y, year in enumerate(YEARS):
                value = figures[year][q]
                if value is None:
                    continue
                cell = sheet.cell(row=r, column=3 + y, value=value)
                cell.number_format = FORMATS[str(kind)]
                cell.alignment = Alignment(horizontal="right")
                this_year = year == "2024/25"
                letter = rags[q] if this_year else None
                exp.observations.append(
                    Obs(
                        None,
                        label,
                        f"{quarter} {year}",
                        _points(value, kind),
                        None if isinstance(value, int | float) else str(value),
                        _points(q_target, kind) if this_year and q_target is not None else None,
                        RAG_WORD[str(letter)] if letter else None,
                    )
                )
            if rags[q]:
                sheet.cell(row=r, column=7, value=rags[q]).alignment = Alignment(
                    horizontal="center"
                )
                fill(sheet, f"G{r}", RAG_FILL[str(rags[q])])
            if comments[q]:
                sheet.cell(row=r, column=8, value=comments[q])
            side = THIN if q == 3 else None
            for col in range(1, ncol + 1):
                sheet.cell(row=r, column=col).border = Border(bottom=side) if side else Border()
        row = top + 4
    notes = (
        "Q1 April\u2013June, Q2 July\u2013September, Q3 October\u2013December, Q4 "
        "January\u2013March.",
        "RAG (2024/25 only): G on or better than target; A within 5% of target; R more than "
        "5% off target. Blank: no target or no data yet.",
        "Source: Corporate Performance Framework, Business Intelligence Team.",
    )
    for j, line in enumerate(notes, start=row + 1):
        sheet.cell(row=j, column=1, value=line).font = Font(size=9, italic=True)
    widths = {"A": 58, "B": 9, "C": 11, "D": 11, "E": 11, "F": 12, "G": 7, "H": 50}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"C{FIRST}"
    save(book, path)
    return exp
