"""Indicators as columns: code, name, unit, polarity, 'Target 2024/25' and last year's outturn rows, then a row per month."""

from __future__ import annotations

from datetime import datetime
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

SHEET = "Communities tracker"
RAG: dict[str, Rag] = {"R": "red", "A": "amber", "G": "green"}
RAG_FILL = {"R": RED_FILL, "A": AMBER_FILL, "G": GREEN_FILL}
POLARITY = {"Higher is better": "higher_is_better", "Lower is better": "lower_is_better"}
UNIT = {"%": "%", "Days": "days", "Rate per 100,000": "rate", "Number": "number"}
LABEL_FILL = PatternFill(fill_type="solid", start_color="FF1F3864", end_color="FF1F3864")
TARGET_FILL = PatternFill(fill_type="solid", start_color="FFFFF2CC", end_color="FFFFF2CC")
OUTTURN_FILL = PatternFill(fill_type="solid", start_color="FFEDEDED", end_color="FFEDEDED")
THIN = Side(style="thin", color="FFBFBFBF")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)

MONTHS = tuple(datetime(2024 + (m > 12), (m - 1) % 12 + 1, 1) for m in range(4, 16))
LABELS = ("Apr 2024", "May 2024", "Jun 2024", "Jul 2024", "Aug 2024", "Sep 2024",
          "Oct 2024", "Nov 2024", "Dec 2024")  # fmt: skip
YTD = "Apr 2024\u2013Dec 2024"

# code, indicator, unit, polarity (None: blank cell), target 2024/25, outturn 2023/24,
# April..December 2024 (January to March rows are empty), year to date, RAG (Dec-24)
COLUMNS: tuple[tuple[object, ...], ...] = (
    ("PAM/030", "Municipal waste reused, recycled or composted", "%", "Higher is better", 70.0, 68.9,
     (71.2, 72.5, 70.8, 69.9, 70.4, 68.7, 66.1, 64.0, 62.8), 68.6, "R"),
    ("PAM/035", "Average days taken to clear fly-tipping incidents", "Days", "Lower is better", 1.5, 1.8,
     (1.4, 1.6, 1.3, 2.1, 1.9, 1.5, 1.2, 1.4, 1.7), 1.6, "A"),
    ("COM01", "Missed waste collections per 100,000 collections", "Rate per 100,000", "Lower is better",
     40, 46, (38, 41, 52, 47, 39, 36, 44, 35, 58), 43, "R"),
    ("COM02", "Street lighting faults repaired within 5 working days", "%", "Higher is better", 90.0, 91.4,
     (93.0, 92.1, 89.5, 94.6, 90.2, 91.8, 88.0, 86.4, 84.9), 90.1, "R"),
    ("COM03", "Category 2 highway defects repaired within 28 days", "%", "Higher is better", 85.0, 79.6,
     (81.0, 84.2, 86.5, 88.1, 83.0, "Data not available", 80.4, 85.7, 82.3), 83.9, "A"),
    ("COM04", "Fixed penalty notices issued for littering and dog fouling", "Number", None, None, 1022,
     (96, 104, 88, 112, 131, 97, 84, 79, 61), 852, None),
    ("COM05", "Planning applications determined within agreed timescales", "%", "Higher is better", 80.0, 82.7,
     (85.1, 79.4, 88.0, 83.6, None, 81.2, 86.9, 84.4, 87.5), 84.6, "G"),
    ("COM06", "Average days to process new Council Tax Reduction claims", "Days", "Lower is better", 20.0, 21.4,
     (24.2, 22.8, 19.6, 18.9, 21.5, 20.1, 17.8, 18.4, 19.2), 20.3, "G"),
    ("COM07", "Customer enquiries resolved at first point of contact", "%", "Higher is better", 85.0, 83.9,
     (84.0, 86.2, 85.5, 82.7, 81.9, 86.8, 87.4, 88.1, 86.0), 85.4, "G"),
)  # fmt: skip

CODE_ROW, NAME_ROW, UNIT_ROW, POLARITY_ROW, TARGET_ROW, OUTTURN_ROW = 5, 6, 7, 8, 9, 10
MONTH_HEAD_ROW = 12
FIRST_MONTH = 13
YTD_ROW = FIRST_MONTH + len(MONTHS)
RAG_ROW = YTD_ROW + 1


def build(path: Path) -> Expected:
    """Imitates a Welsh county borough's directorate monthly KPI tracker, kept transposed.

    Bridgend-style Communities Directorate tracker shared with the
    overview and scrutiny committee: one column per indicator, the first
    rows giving 'PI code', 'Performance indicator', 'Unit', 'Polarity'
    ('Higher is better' / 'Lower is better', blank for a count monitored
    without a target), 'Target 2024/25' (shaded) and 'Outturn 2023/24'.
    Under a 'Month' label each row is a month, real dates shown 'mmm-yy'
    from Apr-24 to Mar-25; January to March 2025 are still empty. Under
    the months a '2024/25 year to date' row and a 'RAG (Dec-24)' row of
    filled letters. One September cell says 'Data not available' and one
    August planning cell is blank (the note says why).

    A careful reader takes each column as an indicator and each month row
    as that month's figure; the year-to-date row as April to December 2024
    (a span written 'Apr 2024\u2013Dec 2024': the total for counts, the rate
    over the nine months for the rest, as the note says); the outturn row
    as 2023/24. The target names 2024/25, so it applies to the months and
    the year to date but not to the 2023/24 outturn. The RAG row names
    December, so each letter goes with that indicator's December figure.
    Polarity and unit come from their rows; the fixed penalty count states
    no polarity. Empty month rows and the blank August cell are no
    observation; 'Data not available' is kept as September's text.
    Nothing here is doubtful.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Bridgend County Borough Council")
    sheet["A2"] = "Communities Directorate \u2013 monthly performance tracker 2024/25"
    sheet["A2"].font = Font(bold=True, size=12)
    sheet["A3"] = "Figures to 31 December 2024. Data owner: Business Support, Communities."
    sheet["A3"].font = Font(italic=True, size=9)
    labels = {
        CODE_ROW: "PI code",
        NAME_ROW: "Performance indicator",
        UNIT_ROW: "Unit",
        POLARITY_ROW: "Polarity",
        TARGET_ROW: "Target 2024/25",
        OUTTURN_ROW: "Outturn 2023/24",
        MONTH_HEAD_ROW: "Month",
        YTD_ROW: "2024/25 year to date",
        RAG_ROW: "RAG (Dec-24)",
    }
    for row, text in labels.items():
        cell = sheet.cell(row=row, column=1, value=text)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = LABEL_FILL
        cell.border = GRID
    for m, month in enumerate(MONTHS):
        cell = sheet.cell(row=FIRST_MONTH + m, column=1, value=month)
        cell.number_format = "mmm-yy"
        cell.alignment = Alignment(horizontal="left")
        cell.border = GRID
    exp = Expected([])
    for j, (code, name, unit, polarity, target, outturn, months, ytd, rag) in enumerate(COLUMNS):
        col = 2 + j
        head = {CODE_ROW: code, NAME_ROW: name, UNIT_ROW: unit, POLARITY_ROW: polarity,
                TARGET_ROW: target, OUTTURN_ROW: outturn}  # fmt: skip
        for row, value in head.items():
            if value is not None:
                sheet.cell(row=row, column=col, value=value)
        sheet.cell(row=CODE_ROW, column=col).font = Font(bold=True)
        sheet.cell(row=NAME_ROW, column=col).alignment = Alignment(wrap_text=True, vertical="top")
        sheet.cell(row=TARGET_ROW, column=col).fill = TARGET_FILL
        sheet.cell(row=OUTTURN_ROW, column=col).fill = OUTTURN_FILL
        assert isinstance(months, tuple)
        for m, value in enumerate(months):
            if value is not None:
                sheet.cell(row=FIRST_MONTH + m, column=col, value=value)
        sheet.cell(row=YTD_ROW, column=col, value=ytd).font = Font(bold=True)
        if rag is not None:
            sheet.cell(row=RAG_ROW, column=col, value=rag)
            fill(sheet, sheet.cell(row=RAG_ROW, column=col).coordinate, RAG_FILL[str(rag)])
        for row in range(CODE_ROW, RAG_ROW + 1):
            if row != MONTH_HEAD_ROW - 1:
                sheet.cell(row=row, column=col).border = GRID
            if row != NAME_ROW:
                sheet.cell(row=row, column=col).alignment = Alignment(horizontal="center")
        c, n = str(code), str(name)
        goal = float(str(target)) if target is not None else None
        exp.observations.append(Obs(c, n, "2023/24", float(str(outturn))))
        for m, value in enumerate(months):
            if value is None:
                continue
            status = RAG[str(rag)] if rag is not None and m == len(months) - 1 else None
            if isinstance(value, int | float):
                exp.observations.append(Obs(c, n, LABELS[m], float(value), None, goal, status))
            else:
                exp.observations.append(Obs(c, n, LABELS[m], None, str(value), goal, status))
        exp.observations.append(Obs(c, n, YTD, float(str(ytd)), None, goal))
        exp.add_meta(c, n, POLARITY.get(str(polarity)), UNIT[str(unit)])
    sheet.row_dimensions[NAME_ROW].height = 62
    foot = RAG_ROW + 2
    notes = (
        "Year to date: April to the latest month \u2013 the total for counts, the rate or average "
        "over the period for the rest.",
        "RAG (Dec-24): December 2024 against the 2024/25 target. G met; A within 5%; R more than "
        "5% away.",
        "COM03: September figure not available (Confirm system upgrade).",
        "COM05: no applications were due for decision in August (planning system migration).",
        "Recycling figures are provisional until validated through WasteDataFlow.",
    )
    for k, line in enumerate(notes):
        sheet.cell(row=foot + k, column=1, value=line).font = Font(size=9, italic=True)
    sheet.column_dimensions["A"].width = 22
    for j in range(len(COLUMNS)):
        letter = sheet.cell(row=1, column=2 + j).column_letter
        sheet.column_dimensions[letter].width = 17
    sheet.freeze_panes = sheet.cell(row=FIRST_MONTH, column=2).coordinate
    save(book, path)
    return exp
