"""'This month', 'Last month' and 'Same month last year' columns, the month named only on a 'Reporting period:' line."""

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
    new_book,
    put_row,
    save,
    title,
)

SHEET = "Housing KPIs"
HEAD_ROW = 6
FIRST = HEAD_ROW + 1
# A Ref, B Measure, C This month, D Last month, E Same month last year, F Target, G RAG,
# H Trend, I Comments
LAST_COL = 9
# Periods of This month, Last month, Same month last year: the reporting period is August 2024
PERIODS = ("Aug 2024", "Jul 2024", "Aug 2023")
IN_ARREARS = ("Jul 2024", "Jun 2024", "Jul 2023")  # the measure the footnote says lags a month
RAG: dict[str, Rag] = {"Red": "red", "Amber": "amber", "Green": "green"}
RAG_FILL = {"Red": RED_FILL, "Amber": AMBER_FILL, "Green": GREEN_FILL}
HEAD_FILL = PatternFill(fill_type="solid", start_color="FF00594F", end_color="FF00594F")
THIN = Side(style="thin", color="FFBFBFBF")

# ref, measure as typed, kind of figure ("pct": a fraction under a % format, "pts": percent
# typed in points, "money", "num"), this month, last month, same month last year, target,
# RAG, trend, comment, lags a month (the footnote)
ROWS: tuple[tuple[object, ...], ...] = (
    ("HN01", "Rent collected as a percentage of rent due (in month)", "pct",
     0.986, 0.991, 0.978, 0.985, "Green", "\u2193 Worse", None, False),
    ("HN02", "Current tenant rent arrears", "money",
     1482310, 1455920, 1512760, 1400000, "Amber", "\u2193 Worse",
     "Usual rise in August ahead of the school year; lower than August 2023.", False),
    ("HN03", "Average days to re-let general needs homes", "num",
     34.6, 38.2, 41.0, 30, "Red", "\u2191 Better", "Major works voids (7) excluded.", False),
    ("HN04", "Empty council homes at month end", "num",
     118, 124, 131, 100, "Red", "\u2191 Better", None, False),
    ("HN05", "Emergency repairs completed within 24 hours", "pct",
     0.991, 0.987, 0.978, 0.99, "Green", "\u2191 Better", None, False),
    ("HN06", "Routine repairs completed within 28 calendar days", "pct",
     0.842, 0.815, 0.768, 0.9, "Amber", "\u2191 Better",
     "Backlog from the contractor change in May now under 300 jobs.", False),
    ("HN07", "Repairs completed right first time", "pct",
     0.887, 0.902, 0.865, 0.9, "Amber", "\u2193 Worse", None, False),
    ("HN08", "Homes with a valid gas safety certificate", "pct",
     0.9994, 0.9988, 1.0, 1.0, "Amber", "\u2191 Better",
     "3 properties without access; legal action started on all three.", False),
    ("HN09", "Anti-social behaviour cases opened", "num",
     41, 37, 52, None, None, None, "Monitored only.", False),
    ("HN10", "Stage 1 complaints responded to within 10 working days (%)", "pts",
     92.0, 88.5, "n/a", 95, "Amber", "\u2191 Better",
     "Measured under the Housing Ombudsman Complaint Handling Code from April 2024.", False),
    ("HN11", "Households in temporary accommodation", "num",
     96, 92, 78, 85, "Red", "\u2193 Worse", None, False),
    ("HN12", "Tenancy audits completed (in month)", "num",
     "Awaiting data", 58, 47, 60, None, None,
     "Housing officers' returns due 13 September.", False),
    ("HN13", "Working days lost to sickness absence per FTE, Housing (in month)*", "num",
     0.98, 1.12, 0.91, 0.85, "Red", "\u2191 Better", None, True),
)  # fmt: skip

FORMATS = {"pct": "0.0%", "pts": "0.0", "money": "\u00a3#,##0", "num": "General"}


def _points(kind: object, value: object) -> float | None:
    """The figure as a reader takes it: percentages in points."""
    if not isinstance(value, int | float):
        return None
    return round(float(value) * 100, 6) if kind == "pct" else float(value)


def build(path: Path) -> Expected:
    """Imitates a borough council's monthly housing performance report to its Housing Board.

    Stevenage style: the Housing and Neighbourhoods monthly report. The
    sheet names no period in its headings: 'This month', 'Last month' and
    'Same month last year', then Target, a filled RAG word, a Trend arrow
    with a word ('\u2191 Better') and comments. The month is given once, on a
    'Reporting period: August 2024' line under the title; the next line
    gives the date it was prepared and the Housing Board meeting it is for
    (September dates, which are not the period). Most percentages are
    fractions shown through '0.0%' (one '0.00%'), one is typed in points
    with '(%)' in its name; arrears are money. The sickness measure's name
    ends in '*', and the footnote says it is reported one month in arrears,
    naming its months: 'This month' is July 2024 for it. A new complaints
    measure shows 'n/a' for August 2023; tenancy audits are 'Awaiting data'
    this month; anti-social behaviour cases are monitored without a target.

    A careful reader takes the reporting period as the month of 'This
    month': This month is Aug 2024, Last month Jul 2024 and Same month last
    year Aug 2023, each an observation of its own month (the last-year
    figure is the measure's own, not a comparator of another area). For
    HN13 the footnote moves all three a month back: Jul 2024, Jun 2024 and
    Jul 2023, its Red with July 2024. The single Target column names no
    year, so it applies to every figure in its row, the August 2023 one
    included. The RAG is This month's; the Trend is no figure. 'n/a' and
    'Awaiting data' are kept as the text of their months; the audits have
    no rating for August. Percentages are read in points (0.986 -> 98.6).
    No unit or polarity column.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Stevenage Borough Council")
    sheet["A2"] = "Housing and Neighbourhoods \u2013 Monthly Performance Report"
    sheet["A2"].font = Font(bold=True, size=12)
    sheet["A3"] = "Reporting period: August 2024"
    sheet["A3"].font = Font(bold=True)
    sheet["A4"] = (
        "Prepared by the Business Improvement Team, 11 September 2024, for the Housing Board "
        "on 17 September 2024."
    )
    sheet["A4"].font = Font(italic=True, size=9)
    header = ["Ref", "Measure", "This month", "Last month", "Same month last year", "Target",
              "RAG", "Trend", "Comments"]  # fmt: skip
    put_row(sheet, HEAD_ROW, 1, header, bold=True)
    for col in range(1, LAST_COL + 1):
        head = sheet.cell(row=HEAD_ROW, column=col)
        head.fill = HEAD_FILL
        head.font = Font(bold=True, color="FFFFFFFF")
        head.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)

    exp = Expected([])
    for i, spec in enumerate(ROWS):
        ref, name, kind, this, last, sply, target, rag, trend, comment, lags = spec
        row = FIRST + i
        put_row(sheet, row, 1, [ref, name, this, last, sply, target, rag, trend, comment])
        number_format = "0.00%" if ref == "HN08" else FORMATS[str(kind)]
        for col in range(3, 7):
            cell = sheet.cell(row=row, column=col)
            cell.number_format = number_format
            cell.alignment = Alignment(horizontal="right")
            cell.border = Border(bottom=THIN)
        if rag is not None:
            rgb = RAG_FILL[str(rag)]
            cell = sheet.cell(row=row, column=7)
            cell.fill = PatternFill(fill_type="solid", start_color=rgb, end_color=rgb)
            cell.alignment = Alignment(horizontal="center")
        sheet.cell(row=row, column=9).alignment = Alignment(wrap_text=True, vertical="top")

        code, nm = str(ref), str(name).rstrip("*")
        periods = IN_ARREARS if lags else PERIODS
        goal = _points(kind, target)
        for k, value in enumerate((this, last, sply)):
            if value is None:
                continue
            actual = _points(kind, value)
            text = None if actual is not None else str(value)
            rating = RAG[str(rag)] if k == 0 and rag is not None else None
            exp.observations.append(Obs(code, nm, periods[k], actual, text, goal, rating))

    foot = FIRST + len(ROWS) + 1
    notes = (
        "* Sickness absence is reported one month in arrears: for this measure 'This month' is "
        "July 2024, 'Last month' June 2024 and 'Same month last year' July 2023.",
        "RAG: Green on or better than target; Amber within 10% of target; Red more than 10% "
        "worse than target. Trend compares this month with last month.",
        "Sources: Northgate Housing, Total Mobile repairs, iTrent.",
    )
    for j, line in enumerate(notes):
        sheet.cell(row=foot + j, column=1, value=line).font = Font(size=9, italic=True)
    widths = {"A": 7, "B": 62, "C": 12, "D": 12, "E": 14, "F": 11, "G": 9, "H": 12, "I": 55}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"C{FIRST}"
    save(book, path)
    return exp
