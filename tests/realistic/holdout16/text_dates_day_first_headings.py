"""Quarter-end and month-end dates typed as text in day-first UK form ('30/06/2024', '30/9/2024') as period headings."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from tests.realistic.kit import (
    AMBER_FILL,
    GREEN_FILL,
    RED_FILL,
    Expected,
    Obs,
    Rag,
    merge,
    new_book,
    num,
    put_row,
    save,
    text_of,
    title,
)

QUARTERLY = "Quarterly PIs"
MONTHLY = "Monthly PIs"
# Headings as typed (text cells), the period each one ends, whether it falls in 2024/25
QUARTER_HEADS = (
    ("31/12/2023", "Q3 2023/24", False),
    ("31/03/2024", "Q4 2023/24", False),
    ("30/06/2024", "Q1 2024/25", True),
    ("30/9/2024", "Q2 2024/25", True),
    ("31/12/2024", "Q3 2024/25", True),
)
MONTH_HEADS = (
    ("31/10/2024", "Oct 2024", True),
    ("30/11/2024", "Nov 2024", True),
    ("31/12/2024", "Dec 2024", True),
)
STATUS: dict[str, Rag] = {"On target": "green", "Within 10%": "amber", "Off target": "red"}
STATUS_FILL = {"On target": GREEN_FILL, "Within 10%": AMBER_FILL, "Off target": RED_FILL}
BETTER = {"Higher": "higher_is_better", "Lower": "lower_is_better"}
UNIT = {"%": "%", "No.": "number", "Days": "days", "Rate": "rate"}
HEAD_FILL = PatternFill(fill_type="solid", start_color="FFD9E1F2", end_color="FFD9E1F2")
SECTION = PatternFill(fill_type="solid", start_color="FFF2F2F2", end_color="FFF2F2F2")
THIN = Side(style="thin", color="FF8EA9DB")

# Section rows are a 1-tuple. Otherwise: ref, indicator, unit, better if, figures under each
# heading, target 24/25, status (latest), comment
QUARTER_ROWS: tuple[tuple[object, ...], ...] = (
    ("Planning and regeneration",),
    ("PL1", "Major planning applications determined within 13 weeks or agreed time", "%",
     "Higher", (75.0, 100.0, 66.7, 80.0, 85.7), 70, "On target", None),
    ("PL2", "Minor planning applications determined within 8 weeks or agreed time", "%",
     "Higher", (78.3, 81.6, 74.9, 69.2, 72.8), 80, "Within 10%",
     "Two planning officer vacancies filled in November."),
    ("PL3", "Other planning applications determined within 8 weeks or agreed time", "%",
     "Higher", (88.1, 90.4, 86.5, 91.2, 89.7), 85, "On target", None),
    ("Housing",),
    ("HS1", "Households in temporary accommodation (on the last day of the quarter)", "No.",
     "Lower", (64, 71, 69, 78, 86), 60, "Off target",
     "Rise driven by evictions from the private rented sector."),
    ("HS2", "Homelessness cases where homelessness was prevented", "%", "Higher",
     (47.6, 52.3, 55.1, 49.8, 53.4), 55, "Within 10%", None),
    ("HS3", "Long-term empty homes brought back into use (in quarter)", "No.", "Higher",
     (6, 9, 4, 7, 11), 6, "On target", None),
    ("Environment",),
    ("EN1", "Household waste sent for reuse, recycling and composting", "%", "Higher",
     (43.9, 41.2, 49.8, 51.0, "Not yet available"), 50, None,
     "Quarter to 31/12/2024 due from the county council in February."),
    ("EN2", "Fly-tipping incidents reported", "No.", "Lower", (212, 198, 241, 226, 219), None,
     None, "Monitored only."),
    ("Customers and revenues",),
    ("CR1", "Stage 1 complaints responded to within 10 working days", "%", "Higher",
     (None, None, 82.4, 88.9, 93.1), 90, "On target", "New measure from April 2024."),
    ("CR2", "Housing Benefit changes of circumstances \u2013 average days to process", "Days",
     "Lower", (6.8, 7.4, 5.9, 6.3, 8.1), 7, "Off target",
     "Year-end uprating work brought forward into December."),
)  # fmt: skip

MONTH_ROWS: tuple[tuple[object, ...], ...] = (
    ("MC1", "Calls to the customer contact centre answered within 3 minutes", "%", "Higher",
     (84.2, 80.5, 86.9), 85, "On target", None),
    ("MC2", "Online forms processed within 5 working days", "%", "Higher",
     (91.4, 93.0, 88.7), 95, "Within 10%", "Christmas closure days counted as working days."),
    ("MR1", "New Housing Benefit claims \u2013 average days to process", "Days", "Lower",
     (17.2, 18.9, 22.6), 18, "Off target", None),
    ("MW1", "Missed bin collections per 100,000 collections", "Rate", "Lower",
     (38, 45, 61), 50, "Off target", "Snow on 21 and 22 November; Christmas round changes."),
    ("MW2", "Fly-tips removed within 2 working days", "%", "Higher",
     (97.1, 95.6, 96.3), 95, "On target", None),
)  # fmt: skip


def _table(
    sheet: Worksheet,
    top: int,
    heads: tuple[tuple[str, str, bool], ...],
    banner: str,
    status_head: str,
    rows: tuple[tuple[object, ...], ...],
    exp: Expected,
) -> int:
    """Write one table with its heading rows at `top`; the row after its last line."""
    first_period = 5  # column E
    target_col = first_period + len(heads)
    last_col = target_col + 2
    merge(sheet, f"E{top}:{get_column_letter(target_col - 1)}{top}", banner)
    header = ["Ref", "Indicator", "Unit", "Better if", *(h for h, _, _ in heads), "Target 24/25",
              status_head, "Comments"]  # fmt: skip
    put_row(sheet, top + 1, 1, header, bold=True)
    for col in range(1, last_col + 1):
        head = sheet.cell(row=top + 1, column=col)
        head.fill = HEAD_FILL
        head.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        head.border = Border(bottom=THIN, top=THIN)
        if first_period <= col < target_col:
            head.number_format = "@"  # the column was formatted as Text before the dates were typed
    row = top + 2
    for spec in rows:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=str(spec[0])).font = Font(bold=True, italic=True)
            for col in range(1, last_col + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        ref, name, unit, better, figures, target, status, comment = spec
        assert isinstance(figures, tuple)
        put_row(sheet, row, 1, [ref, name, unit, better, *figures, target, status, comment])
        for col in range(first_period, target_col + 1):
            cell = sheet.cell(row=row, column=col)
            cell.alignment = Alignment(horizontal="right")
            cell.number_format = "0" if unit == "No." or unit == "Rate" else "0.0"
        if status is not None:
            rgb = STATUS_FILL[str(status)]
            cell = sheet.cell(row=row, column=target_col + 1)
            cell.fill = PatternFill(fill_type="solid", start_color=rgb, end_color=rgb)
            cell.alignment = Alignment(horizontal="center")
        code, nm = str(ref), str(name)
        given = [i for i, v in enumerate(figures) if v is not None]
        for i in given:
            value = figures[i]
            _, period, this_year = heads[i]
            goal = float(target) if this_year and isinstance(target, int | float) else None
            rating = STATUS[str(status)] if status is not None and i == given[-1] else None
            exp.observations.append(Obs(code, nm, period, num(value), text_of(value), goal, rating))
        exp.add_meta(code, nm, BETTER[str(better)], UNIT[str(unit)])
        row += 1
    return row


def _notes(sheet: Worksheet, row: int, lines: tuple[str, ...]) -> None:
    for j, line in enumerate(lines):
        sheet.cell(row=row + j, column=1, value=line).font = Font(size=9, italic=True)


def _widths(sheet: Worksheet, periods: int) -> None:
    sheet.column_dimensions["A"].width = 6
    sheet.column_dimensions["B"].width = 62
    sheet.column_dimensions["C"].width = 6
    sheet.column_dimensions["D"].width = 9
    for col in range(5, 5 + periods + 2):
        sheet.column_dimensions[get_column_letter(col)].width = 11.5
    sheet.column_dimensions[get_column_letter(5 + periods + 2)].width = 48


def build(path: Path) -> Expected:
    """Imitates a district council's quarterly key performance indicator workbook to scrutiny.

    Rother style: a workbook kept by the policy and performance officer for
    the Overview and Scrutiny Committee, with a 'Quarterly PIs' sheet and a
    'Monthly PIs' sheet. The period columns are headed by the last day of
    the period, typed as text in the UK way, day first: on the quarterly
    sheet '31/12/2023', '31/03/2024', '30/06/2024', '30/9/2024' (typed
    without the leading zero) and '31/12/2024' under a merged 'Quarter
    ending' banner, five quarters so that the latest sits beside the same
    quarter a year before; on the monthly sheet '31/10/2024', '30/11/2024'
    and '31/12/2024' under 'Month ending'. The heading cells are formatted
    as Text, so they are not dates. Then Unit (%, No., Days, Rate), 'Better
    if', 'Target 24/25', a filled status ('On target', 'Within 10%', 'Off
    target', with a key) for the latest period, and comments; shaded
    section rows, a note that each column is the quarter (or month) ending
    on the date shown.

    A careful reader reads the dates day first (no month 30 or 31 exists,
    and the sheet is English) and takes each column as the period ending
    on that day: '30/06/2024' is Q1 2024/25, '31/12/2023' Q3 2023/24, and
    '30/9/2024' Q2 2024/25 like the others; on the monthly sheet
    '31/10/2024' is Oct 2024. The same date '31/12/2024' heads a quarter on
    one sheet and a month on the other, as each sheet says. A quarter-end
    snapshot (households in temporary accommodation) is that quarter's
    figure. 'Target 24/25' names its year, so the two 2023/24 quarters have
    no target. The status belongs to the latest column: for recycling the
    latest quarter says 'Not yet available' (its text) and has no status.
    The complaints measure began in April 2024 (earlier quarters blank).
    Fly-tipping incidents have no target or status. Unit and polarity from
    their columns.
    """
    book, sheet = new_book(QUARTERLY)
    title(sheet, "A1", "Rother District Council \u2013 Key Performance Indicators")
    sheet["A2"] = "Quarterly report to Overview and Scrutiny Committee: quarter ending 31/12/2024"
    sheet["A2"].font = Font(bold=True)
    sheet["A3"] = (
        "Each column shows the figure for the quarter ending on the date shown (for counts taken "
        "on a day, the position on that date)."
    )
    sheet["A3"].font = Font(italic=True, size=9)
    exp = Expected([])
    row = _table(sheet, 5, QUARTER_HEADS, "Quarter ending", "Status", QUARTER_ROWS, exp)
    _notes(
        sheet,
        row + 1,
        (
            "Status key: On target (green) \u2013 target met or exceeded; Within 10% (amber) "
            "\u2013 within 10% of target; Off target (red) \u2013 more than 10% from target.",
            "Status compares the quarter ending 31/12/2024 with the 2024/25 target.",
            "Recycling figures are confirmed by East Sussex County Council one quarter in arrears.",
        ),
    )
    _widths(sheet, len(QUARTER_HEADS))
    sheet.freeze_panes = "C7"

    monthly = book.create_sheet(MONTHLY)
    title(monthly, "A1", "Rother District Council \u2013 Monthly indicators")
    monthly["A2"] = "Month ending (each column is the calendar month ending on the date shown)"
    monthly["A2"].font = Font(italic=True, size=9)
    row = _table(monthly, 4, MONTH_HEADS, "Month ending", "Status (Dec)", MONTH_ROWS, exp)
    _notes(monthly, row + 1, ("Status key as on the Quarterly PIs sheet.",))
    _widths(monthly, len(MONTH_HEADS))
    save(book, path)
    return exp
