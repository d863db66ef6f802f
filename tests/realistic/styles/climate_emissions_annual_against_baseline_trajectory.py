"""A climate emergency annual report: own emissions by source, Actual and Trajectory rows from a baseline year to net zero, and progress indicators."""

from __future__ import annotations

from pathlib import Path
from typing import cast

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.worksheet import Worksheet

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

EMISSIONS = "1 Emissions by source"
INDICATORS = "2 Progress indicators"
YEARS = tuple(f"{y}/{(y + 1) % 100:02d}" for y in range(2018, 2031))  # 2018/19 .. 2030/31
REPORTED = 6  # 2018/19 (the baseline) .. 2023/24 have actuals; the later years trajectory only
LATEST = REPORTED - 1  # 2023/24, the year each RAG rates
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
RAG_FILL = {"Green": GREEN_FILL, "Amber": AMBER_FILL, "Red": RED_FILL}
HEAD_FILL = PatternFill(fill_type="solid", start_color="FF385723", end_color="FF385723")
SECTION_FILL = PatternFill(fill_type="solid", start_color="FFE2EFDA", end_color="FFE2EFDA")
TRAJECTORY_FILL = PatternFill(fill_type="solid", start_color="FFF2F2F2", end_color="FFF2F2F2")
THIN = Side(style="thin", color="FFA9C08F")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
DASH = "\u2013"

# Sheet 1. ref, source, scope, actual tCO2e 2018/19 (baseline) .. 2023/24, whether it has a
# trajectory (a straight line from the baseline to zero in 2030/31), RAG 2023/24, commentary.
SOURCES: tuple[tuple[object, ...], ...] = (
    ("CE01", "Buildings \u2013 gas and heating oil", "Scope 1",
     (3412, 3298, 2874, 3021, 2688, 2455), True, "Red",
     "Heat pumps at two leisure centres are delayed to 2025/26 (Public Sector Decarbonisation "
     "Scheme grant); gas use fell 9% on 2022/23."),
    ("CE02", "Buildings \u2013 electricity", "Scope 2",
     (2106, 1842, 1455, 1318, 1196, 1084), True, "Green",
     "Grid decarbonisation and LED lighting in the civic offices."),
    ("CE03", "Fleet \u2013 diesel and petrol", "Scope 1",
     (2954, 2901, 2688, 2812, 2590, 2402), True, "Red",
     "Refuse vehicles are 71% of fleet emissions; the first four electric refuse collection "
     "vehicles arrive in 2024/25 and HVO fuel trials started in March 2024."),
    ("CE04", "Street lighting", "Scope 2",
     (1488, 1265, 968, 702, 611, 548), True, "Green", "LED conversion 98% complete."),
    ("CE05", "Business travel \u2013 staff vehicles (grey fleet)", "Scope 3",
     (412, 398, 141, 203, 236, 251), True, "Amber",
     "Mileage still below pre-pandemic levels but rising."),
)  # fmt: skip
TOTAL = ("CE10", "Total council emissions (CE01 to CE05)", "Scopes 1\u20133", "Red",
         "41.7% below baseline was the trajectory for 2023/24; the council is 35.0% below.")  # fmt: skip
NEW_SOURCE = ("CE06", "Business travel \u2013 rail and air", "Scope 3",
              (None, None, None, None, 38, 44),
              "Recorded since 2022/23 from the travel booking system; outside the baseline, the "
              "trajectory and the total.")  # fmt: skip

# Sheet 2. ref, indicator, unit, 2018/19 .. 2023/24 as typed (None: blank), target 2023/24,
# target 2030/31 ('\u2013' where none), RAG 2023/24 (None: not rated), commentary.
PROGRESS: tuple[tuple[object, ...], ...] = (
    ("Reducing the council's emissions",),
    ("CP01", "Reduction in the council's total emissions from the 2018/19 baseline", "%",
     (None, 6.4, 21.7, 22.3, 29.4, 35.0), 41.7, 100.0, "Red",
     "Target is the straight-line trajectory to net zero (5/12ths of the way in 2023/24)."),
    ("CP02", "Reduction in fleet emissions from the 2018/19 baseline", "%",
     (None, 1.8, 9.0, 4.8, 12.3, 18.7), 30.0, 100.0, "Red",
     "Fleet Decarbonisation Strategy target: 30% below baseline by 2023/24."),
    ("CP03", "Reduction in emissions from council buildings (gas, oil and electricity) from "
     "the 2018/19 baseline", "%", (None, 6.9, 21.5, 21.4, 29.6, 35.9), 38.0, 100.0, "Amber",
     None),
    ("Renewable energy and low-carbon transport",),
    ("CP04", "Renewable electricity generated on council land and buildings", "MWh",
     (412, 438, 611, 1046, 1187, 1402), 1500, 3000, "Amber",
     "Solar canopy at the Riverside car park commissioned in January 2024; full year in 2024/25."),
    ("CP05", "Council electricity use met by its own renewable generation", "%",
     (None, None, None, None, 14.2, 17.9), 19.0, DASH, "Amber", "New measure from 2022/23."),
    ("CP06", "Public electric vehicle charge points on council land (cumulative)", "Number",
     (6, 10, 18, 34, 61, 112), 120, 400, "Amber",
     "51 installed in 2023/24 with LEVI funding; 14 more were commissioned in April 2024."),
    ("CP07", "Fleet vehicles that are electric or plug-in hybrid", "%",
     (1.2, 2.4, 4.9, 8.1, 12.6, 15.3), 20.0, 100.0, "Red", None),
    ("CP08", "Street lights converted to LED", "%",
     (31.0, 44.8, 67.5, 88.2, 96.1, 98.4), 100.0, DASH, "Amber",
     "The last 240 heritage lanterns need bespoke fittings."),
    ("Nature and residents",),
    ("CP09", "Trees planted on council land (in year)", "Number",
     (None, None, None, 4100, 6350, "TBC"), 7500, DASH, None,
     "2023/24 planting season figures from the community planting partner are being checked."),
    ("CP10", "Council electricity bought on a renewable-backed (REGO) tariff", "%",
     (None, None, None, None, None, 100.0), DASH, DASH, None,
     "Switched in April 2023 through the regional purchasing consortium."),
    ("CP11", "Residents who agree the council is taking action on climate change (residents' "
     "survey)", "%", (None, None, None, 48.0, None, 52.0), DASH, DASH, None,
     "Survey every two years."),
)  # fmt: skip
UNIT = {"%": "%", "Number": "number"}  # MWh is left unrecorded


def _trajectory(baseline: int) -> list[int]:
    """The straight line from the baseline to zero in 2030/31, rounded as the sheet shows it."""
    steps = len(YEARS) - 1
    return [int(baseline * (steps - k) / steps + 0.5) for k in range(1, len(YEARS))]


def _reading(typed: object) -> tuple[float | None, str | None]:
    if isinstance(typed, int | float):
        return float(typed), None
    return None, str(typed)


def _heading(sheet: Worksheet, row: int, headings: list[str]) -> None:
    for col, text in enumerate(headings, start=1):
        cell = sheet.cell(row=row, column=col, value=text)
        cell.fill = HEAD_FILL
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = GRID


def _source_pair(
    sheet: Worksheet,
    row: int,
    spec: tuple[object, ...],
    actuals: tuple[object, ...],
    trajectory: list[int] | None,
    exp: Expected,
    bold: bool = False,
) -> None:
    """An Actual row and a Trajectory row; Ref, Source, Scope, RAG and commentary merged down."""
    ref, name, scope, rag, note = spec
    ncol = 4 + len(YEARS) + 2
    col_rag, col_note = 4 + len(YEARS) + 1, 4 + len(YEARS) + 2
    for r in (row, row + 1):
        for col in range(1, ncol + 1):
            sheet.cell(row=r, column=col).border = GRID
        for col in range(4, 5 + len(YEARS)):
            if r == row + 1:
                sheet.cell(row=r, column=col).fill = TRAJECTORY_FILL
    for col, value in ((1, ref), (2, name), (3, scope), (col_rag, rag), (col_note, note)):
        cell = sheet.cell(row=row, column=col, value=value)
        cell.alignment = Alignment(vertical="center", wrap_text=col in (2, col_note))
        if bold:
            cell.font = Font(bold=True)
        sheet.merge_cells(start_row=row, start_column=col, end_row=row + 1, end_column=col)
    if rag:
        fill(sheet, sheet.cell(row=row, column=col_rag).coordinate, RAG_FILL[str(rag)])
        sheet.cell(row=row, column=col_rag).alignment = Alignment(
            horizontal="center", vertical="center"
        )
    sheet.cell(row=row, column=4, value="Actual")
    sheet.cell(row=row + 1, column=4, value="Trajectory").font = Font(italic=True)
    for k, value in enumerate(actuals):
        if value is not None:
            cell = sheet.cell(row=row, column=5 + k, value=value)
            cell.number_format = "#,##0"
            if bold:
                cell.font = Font(bold=True)
    if trajectory:
        for k, value in enumerate(trajectory, start=1):
            cell = sheet.cell(row=row + 1, column=5 + k, value=value)
            cell.number_format = "#,##0"
            cell.font = Font(italic=True)
    for k, value in enumerate(actuals):
        if value is None:
            continue
        exp.observations.append(
            Obs(
                str(ref),
                str(name),
                YEARS[k],
                float(str(value)),
                None,
                float(trajectory[k - 1]) if trajectory and k >= 1 else None,
                RAG[str(rag)] if rag and k == LATEST else None,
            )
        )


def build(path: Path) -> Expected:
    """Imitates a council's climate emergency annual progress report to an environment scrutiny committee.

    After declaring a climate emergency, a district or county council
    reports once a year to its environment and climate change overview and
    scrutiny committee on its own emissions against a baseline and its
    pathway to net zero by 2030, with an Excel appendix made by the
    sustainability team from its carbon accounting workbook. Sheet '1
    Emissions by source': the council's scope 1, 2 and business travel
    emissions in tCO2e by source (buildings' gas and oil, buildings'
    electricity, fleet, street lighting, grey fleet) and their total, each
    as an 'Actual' row for the financial years 2018/19 (the baseline) to
    2023/24 over a grey 'Trajectory' row \u2013 the straight line from the
    baseline to zero in 2030/31 \u2013 from 2019/20 to 2030/31; Ref, Source,
    Scope, 'RAG 2023/24' and Commentary merged down each pair; rail and air
    travel recorded since 2022/23 with no trajectory. Sheet '2 Progress
    indicators': reductions from the baseline in % (targets stated as a
    percentage below the baseline), renewable electricity in MWh, EV charge
    points, fleet and LED shares, trees planted, the council's green tariff
    and a residents' survey, across the same years, with 'Target 2023/24',
    'Target 2030/31', 'RAG 2023/24' and Commentary. Notes give the years,
    the conversion factors, the trajectory and the RAG rules.

    A careful reader takes each Actual figure as its financial year, its
    target the trajectory figure for that year below it (the baseline year
    has none); trajectory figures for years with no actual are no
    observation. The RAG names 2023/24 and rates it. On the second sheet
    'Target 2023/24' is the 2023/24 figure's target only and the 2030/31
    goals have no figure to go with them; blank years are no observation,
    the trees' 2023/24 'TBC' is kept and unrated, the green tariff has one
    figure, the survey two, the renewable share is new from 2022/23.
    Units from the Unit column on sheet 2 (MWh left unrecorded); sheet 1's
    tCO2e is only in the title; nothing states polarity.
    """
    book, sheet = new_book(EMISSIONS)
    title(sheet, "A1", "Climate Emergency Action Plan \u2013 Annual Progress Report 2023/24")
    sheet["A2"] = (
        "Council's own emissions by source, tonnes of carbon dioxide equivalent (tCO2e), "
        "baseline 2018/19"
    )
    sheet["A2"].font = Font(bold=True, size=12)
    sheet["A3"] = (
        "Environment and Climate Change Overview and Scrutiny Committee, 15 October 2024 "
        "\u2013 Appendix 1"
    )
    notes = (
        "Financial years (1 April to 31 March). Emissions are calculated with the UK "
        "Government greenhouse gas conversion factors for each year; the 2018/19 baseline was "
        "recalculated on the same basis.",
        "Trajectory: the council's pathway to net zero by 2030/31, a straight-line reduction "
        "from the 2018/19 baseline. RAG 2023/24: Green \u2013 at or below the trajectory; "
        "Amber \u2013 up to 10% above; Red \u2013 more than 10% above.",
    )
    for j, line in enumerate(notes, start=4):
        sheet.cell(row=j, column=1, value=line).font = Font(italic=True, size=9)
    band_row, head_row = 7, 8
    bands = ((5, 5, "Baseline"), (6, 4 + REPORTED, "Reported"),
             (5 + REPORTED, 4 + len(YEARS), "Trajectory to net zero"))  # fmt: skip
    headings = ["Ref", "Source", "Scope", "Figure", *YEARS, "RAG 2023/24", "Commentary"]
    for col in range(1, len(headings) + 1):
        cell = sheet.cell(row=band_row, column=col)
        cell.fill = HEAD_FILL
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center")
    for first, last, text in bands:
        sheet.cell(row=band_row, column=first, value=text)
        if last > first:
            sheet.merge_cells(
                start_row=band_row, start_column=first, end_row=band_row, end_column=last
            )
    _heading(sheet, head_row, headings)
    exp = Expected([])
    row = head_row + 1
    for ref, name, scope, actuals, has_line, rag, note in SOURCES:
        assert isinstance(actuals, tuple)
        pathway = _trajectory(int(str(actuals[0]))) if has_line else None
        _source_pair(sheet, row, (ref, name, scope, rag, note), actuals, pathway, exp)
        row += 2
    by_source = [cast(tuple[int, ...], spec[3]) for spec in SOURCES]
    totals = tuple(sum(figures[k] for figures in by_source) for k in range(REPORTED))
    _source_pair(sheet, row, TOTAL, totals, _trajectory(totals[0]), exp, bold=True)
    row += 2
    ref, name, scope, actuals, note = NEW_SOURCE
    assert isinstance(actuals, tuple)
    _source_pair(sheet, row, (ref, name, scope, None, note), actuals, None, exp)
    row += 2
    sheet.cell(
        row=row + 1,
        column=1,
        value="Scope 1: fuel the council burns; Scope 2: electricity it buys; Scope 3: "
        "business travel in staff vehicles, rail and air. Schools and leased-out buildings are "
        "excluded.",
    ).font = Font(italic=True, size=9)
    widths = {"A": 7, "B": 40, "C": 10, "D": 10, "R": 9, "S": 56}
    for col in range(5, 5 + len(YEARS)):
        widths[sheet.cell(row=1, column=col).column_letter] = 9
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"E{head_row + 1}"

    second = book.create_sheet(INDICATORS)
    title(second, "A1", "Climate Emergency Action Plan \u2013 progress indicators 2023/24")
    second["A2"] = (
        "RAG 2023/24 compares 2023/24 with the 2023/24 target: Green \u2013 met or better; "
        "Amber \u2013 within 10%; Red \u2013 more than 10% short. Reduction targets are "
        "percentages below the 2018/19 baseline. \u2013 = no target. TBC = to be confirmed."
    )
    second["A2"].font = Font(italic=True, size=9)
    head = 4
    heads = ["Ref", "Indicator", "Unit", *(f"{y} (baseline)" if k == 0 else y
             for k, y in enumerate(YEARS[:REPORTED])), "Target 2023/24", "Target 2030/31",
             "RAG 2023/24", "Commentary"]  # fmt: skip
    _heading(second, head, heads)
    ncol = len(heads)
    col_target, col_rag = 4 + REPORTED, 4 + REPORTED + 2
    row = head + 1
    for spec in PROGRESS:
        if len(spec) == 1:
            second.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, ncol + 1):
                second.cell(row=row, column=col).fill = SECTION_FILL
            row += 1
            continue
        ref, name, unit, years, target, goal_2030, rag, note = spec
        assert isinstance(years, tuple)
        typed = (ref, name, unit, *years, target, goal_2030, rag, note)
        shown = "#,##0" if unit in ("MWh", "Number") else "0.0"
        for col, value in enumerate(typed, start=1):
            cell = second.cell(row=row, column=col)
            cell.border = GRID
            if value is None:
                continue
            cell.value = value
            if isinstance(value, int | float):
                cell.number_format = shown
                cell.alignment = Alignment(horizontal="right")
            else:
                cell.alignment = Alignment(
                    wrap_text=col in (2, ncol), horizontal="left" if col in (2, ncol) else "center"
                )
        if rag:
            fill(second, second.cell(row=row, column=col_rag).coordinate, RAG_FILL[str(rag)])
        goal = _reading(target)[0]
        for k, value in enumerate(years):
            if value is None:
                continue
            exp.observations.append(
                Obs(
                    str(ref),
                    str(name),
                    YEARS[k],
                    *_reading(value),
                    goal if k == LATEST else None,
                    RAG[str(rag)] if rag and k == LATEST else None,
                )
            )
        exp.add_meta(str(ref), str(name), None, UNIT.get(str(unit)))
        row += 1
    assert col_target == 10
    widths2 = {"A": 7, "B": 58, "C": 8, "J": 10, "K": 10, "L": 9, "M": 56}
    for letter in "DEFGHI":
        widths2[letter] = 10
    for letter, width in widths2.items():
        second.column_dimensions[letter].width = width
    second.freeze_panes = f"D{head + 1}"
    save(book, path)
    return exp
