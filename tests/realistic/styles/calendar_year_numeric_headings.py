"""Annual columns headed with calendar years typed as numbers (2020 .. 2023), a Target and a Status word."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Font

from tests.realistic.kit import Expected, Rag, new_book, observed, put_row, save, title

SHEET = "CSP indicators"
YEARS = (2020, 2021, 2022, 2023)
STATUS: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}

# ref, indicator, source, 2020..2023, target, status (2023); None is a blank cell
ROWS: tuple[tuple[object, ...], ...] = (
    ("SPP01", "Total police recorded crime (excluding fraud)", "Cambridgeshire Constabulary",
     (18412, 19876, 21305, 20118), None, None),
    ("SPP02", "Police recorded crime per 1,000 residents", "Cambridgeshire Constabulary / ONS mid-year estimates",
     (85.1, 91.4, 97.6, 92.3), 90, "Amber"),
    ("SPP03", "Violence with injury offences", "Cambridgeshire Constabulary",
     (2104, 2388, 2561, 2470), 2300, "Amber"),
    ("SPP04", "Domestic abuse-related incidents and crimes reported to the police", "Cambridgeshire Constabulary",
     (5812, 6240, 6105, 6398), None, None),
    ("SPP05", "Anti-social behaviour incidents reported to the police", "Cambridgeshire Constabulary",
     (9870, 7412, 6155, 5904), 6000, "Green"),
    ("SPP06", "People killed or seriously injured in road traffic collisions", "DfT STATS19",
     (71, 84, 79, 66), 75, "Green"),
    ("SPP07", "First-time entrants to the youth justice system per 100,000 young people aged 10-17", "Youth Justice Board",
     (198, 176, 211, 187), 180, "Amber"),
    ("SPP08", "Adult offenders who reoffend within 12 months (%)", "Ministry of Justice proven reoffending statistics",
     (24.8, 23.9, 25.6, None), 24, None),
    ("SPP09", "Deliberate secondary fires attended", "Cambridgeshire Fire and Rescue Service",
     (412, 388, 455, 501), 400, "Red"),
    ("SPP10", "Hate crimes and incidents reported to the police", "Cambridgeshire Constabulary",
     (436, 512, 487, 529), None, None),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a community safety partnership's annual indicator sheet for its strategic assessment.

    Community safety partnerships report police, fire and road casualty
    data by calendar year (January to December), as their partners publish
    it. The analyst's sheet heads the year columns with the years typed as
    numbers, 2020 to 2023 (right-aligned like figures, one of them
    formatted '0'), with a Source column, a single Target column from the
    partnership plan and a Status word for 2023. Reoffending for 2023 is
    not yet published and its cell is blank.

    A careful reader takes each numeric heading as that calendar year, not
    as a figure: '2020' .. '2023' are the years 2020 to 2023. The plan's
    target applies to every year of its row, the status to 2023 (the
    reoffending row has none: its 2023 figure is not there).
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Safer Peterborough Partnership \u2013 Performance Indicators")
    sheet["A2"] = "Calendar year data (1 January to 31 December) for the 2024 Strategic Assessment"
    put_row(sheet, 4, 1, ["Ref", "Indicator", "Source", *YEARS, "Target", "Status"], bold=True)
    for col in range(4, 8):
        sheet.cell(row=4, column=col).alignment = Alignment(horizontal="right")
    sheet.cell(row=4, column=7).number_format = "0"
    exp = Expected([])
    labels = tuple(str(year) for year in YEARS)
    for i, (ref, name, source, years, target, status) in enumerate(ROWS):
        row = 5 + i
        assert isinstance(years, tuple)
        put_row(sheet, row, 1, [ref, name, source, *years, target, status])
        for col in range(4, 9):
            cell = sheet.cell(row=row, column=col)
            if isinstance(cell.value, int):
                cell.number_format = "#,##0"
        goal = float(str(target)) if target is not None else None
        rag = STATUS[str(status)] if status is not None else None
        exp.observations += observed(str(ref), str(name), labels, years, goal, rag)
    foot = 5 + len(ROWS) + 1
    notes = (
        "Status compares 2023 with the target in the Partnership Plan 2023-2026.",
        "SPP08: 2023 proven reoffending figures are due from the Ministry of Justice in "
        "October 2025.",
        "Rates use ONS mid-year population estimates for the year concerned.",
    )
    for j, line in enumerate(notes):
        sheet.cell(row=foot + j, column=1, value=line).font = Font(size=9, italic=True)
    sheet.column_dimensions["B"].width = 64
    sheet.column_dimensions["C"].width = 36
    save(book, path)
    return exp
