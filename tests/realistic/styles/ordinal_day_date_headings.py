"""Quarter-end position columns headed by text dates with ordinal days ('30th June 2024')."""

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
    num,
    put_row,
    save,
    text_of,
    title,
)

SHEET = "Position Statement"
HEAD_ROW = 5
FIRST = HEAD_ROW + 1
HEADINGS = ("As at 31st March 2024", "30th June 2024", "30th Sept 2024", "31st Dec 2024")
PERIODS = ("Q4 2023/24", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
RAG_FILL = {"Green": GREEN_FILL, "Amber": AMBER_FILL, "Red": RED_FILL}
UNIT = {"No.": "number", "%": "%", "Rate": "rate", "Days": "days", "\u00a3": "\u00a3"}
HEAD = PatternFill(fill_type="solid", start_color="FF833C0B", end_color="FF833C0B")
SECTION = PatternFill(fill_type="solid", start_color="FFFCE4D6", end_color="FFFCE4D6")
THIN = Side(style="thin", color="FFBFBFBF")

# A 1-tuple is a service row. Otherwise: ref, measure, unit, the four positions (31 Mar 2024
# .. 31 Dec 2024), target, RAG word (latest position), notes. Percentages in points.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Housing Needs",),
    ("HN1", "Households in temporary accommodation", "No.", 287, 301, 322, 348, 280, "Red",
     "Of which 41 in bed and breakfast at 31st December."),
    ("HN2", "Families with children in B&B for more than 6 weeks", "No.", 3, 0, 2, 0, 0, "Green",
     None),
    ("HN3", "Households on the housing register", "No.", 6912, 7045, 7188, 7302, None, None,
     "Context only \u2013 no target."),
    ("HN4", "Council homes empty and available to let", "No.", 84, 71, 66, 59, 60, "Green", None),
    ("HN5", "Current tenant rent arrears as % of annual rent debit", "%", 3.41, 3.88, 3.72, 3.95,
     3.5, "Amber", "Seasonal rise; arrears usually fall after the two rent-free weeks."),
    ("Children's Social Care",),
    ("CS1", "Children looked after (rate per 10,000 under 18)", "Rate", 71.2, 72.8, 74.1, 73.5,
     70.0, "Amber", None),
    ("CS2", "Children subject to a child protection plan", "No.", 402, 388, "n/a", 371, None,
     None, "30th Sept not reported: system migration. Demand measure, no target."),
    ("CS3", "Social workers in post who are agency staff", "%", 24.6, 22.0, 19.8, 17.5, 15.0,
     "Red", "Twelve newly qualified workers started in September."),
    ("CS4", "Average caseload per children's social worker", "No.", 19.4, 18.7, 18.1, None, 18.0,
     "Amber", "December caseload audit not completed; RAG at 30th Sept."),
    ("CS5", "Care leavers aged 19\u201321 in suitable accommodation", "%", 88.0, 89.5, 91.2,
     92.4, 90.0, "Green", None),
    ("Adult Social Care",),
    ("AS1", "People receiving long-term support", "No.", 3851, 3879, 3902, 3948, None, None,
     "Context only."),
    ("AS2", "People awaiting a Care Act assessment", "No.", 612, 548, 497, 455, 400, "Red",
     "Down 26% since March."),
    ("AS3", "Average days waiting for a Care Act assessment", "Days", 47, 42, 39, 36, 28, "Red",
     None),
    ("AS4", "Direct payment recipients as % of people on community-based services", "%", 27.9,
     28.3, 28.8, "TBC", 30.0, None, "To be confirmed after the SALT data checks."),
    ("Resources",),
    ("RS1", "Aged sundry debt over 90 days", "\u00a3", 1842310, 1790455, 1655020, 1701968,
     1500000, "Red", None),
    ("RS2", "Full-time equivalent vacancies across the council", "No.", 341, 366, 318, 302, None,
     None, None),
    ("RS3", "Usable reserves held (excluding schools)", "\u00a3", 48300000, None, None, 41950000,
     40000000, "Green", "Reported at year end and at the Q3 budget monitor only."),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a London borough's quarterly 'position statement' of snapshot measures to scrutiny.

    A borough's strategy and performance team keeps a sheet of stock and
    caseload measures read on the last day of each quarter and sends it to
    the Overview and Scrutiny Committee: title 'Key Measures \u2013
    Position Statement, Quarter 3 2024/25', Ref, Measure, Unit (No., %,
    Rate, Days, \u00a3), then columns headed with the date each position was
    taken, typed as text with ordinal days: 'As at 31st March 2024' (the
    year-end baseline), '30th June 2024', '30th Sept 2024', '31st Dec 2024',
    then a plain 'Target', a filled RAG word and notes under shaded
    service rows. A line under the title says every figure is the position
    on the date in the heading.

    A careful reader takes each date as the end of a financial quarter:
    31st March 2024 is the Q4 2023/24 position, 30th June, 30th Sept and
    31st Dec 2024 are Q1 to Q3 2024/25; the plain Target applies to every
    position and the RAG to the latest one given (caseload has no December
    figure, so its RAG is on 30th Sept; reserves have only March and
    December). The child protection September figure is 'n/a', direct
    payments' December 'TBC' (unrated); context measures have no target or
    RAG. Units from the Unit column; no polarity is stated.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Key Measures \u2013 Position Statement, Quarter 3 2024/25")
    sheet["A2"] = "Overview and Scrutiny Committee \u2013 5 March 2025"
    sheet["A3"] = "Each figure is the position on the date shown in the column heading."
    sheet["A3"].font = Font(italic=True, size=9)
    heads = ["Ref", "Measure", "Unit", *HEADINGS, "Target", "RAG", "Notes"]
    put_row(sheet, HEAD_ROW, 1, heads)
    ncol = len(heads)
    for col in range(1, ncol + 1):
        cell = sheet.cell(row=HEAD_ROW, column=col)
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
        ref, name, unit, *values, target, rag, _note = spec
        put_row(sheet, row, 1, list(spec))
        for col in range(1, ncol + 1):
            sheet.cell(row=row, column=col).border = Border(bottom=THIN)
        for col in range(4, 9):
            cell = sheet.cell(row=row, column=col)
            cell.alignment = Alignment(horizontal="center")
            if unit == "\u00a3":
                cell.number_format = "\u00a3#,##0"
            elif unit == "No." and isinstance(cell.value, int):
                cell.number_format = "#,##0"
        if rag:
            fill(sheet, f"I{row}", RAG_FILL[str(rag)])
        given = [k for k, v in enumerate(values) if v is not None]
        for k in given:
            value = values[k]
            exp.observations.append(
                Obs(
                    str(ref),
                    str(name),
                    PERIODS[k],
                    num(value),
                    text_of(value),
                    num(target),
                    RAG[str(rag)] if rag and k == given[-1] else None,
                )
            )
        exp.add_meta(str(ref), str(name), None, UNIT[str(unit)])
        row += 1
    notes = (
        "RAG compares the latest position with the target: Green met or better; Amber within 10%; "
        "Red more than 10% worse.",
        "n/a \u2013 not available; TBC \u2013 to be confirmed.",
    )
    for j, line in enumerate(notes, start=row + 1):
        sheet.cell(row=j, column=1, value=line).font = Font(size=9, italic=True)
    widths = {"A": 6, "B": 60, "C": 7, "H": 9, "I": 9, "J": 52}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    for letter in "DEFG":
        sheet.column_dimensions[letter].width = 13
    sheet.row_dimensions[HEAD_ROW].height = 32
    sheet.freeze_panes = f"D{FIRST}"
    save(book, path)
    return exp
