"""A long table whose 'Period' column mixes calendar years, financial years, academic years and ranges."""

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

SHEET = "Outcome measures"
STATUS: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
STATUS_FILL = {"Green": GREEN_FILL, "Amber": AMBER_FILL, "Red": RED_FILL}
UNIT = {"%": "%", "No.": "number", "£": "£", "Days": "days"}
HEAD_FILL = PatternFill(fill_type="solid", start_color="FF203864", end_color="FF203864")
RULE = Border(top=Side(style="thin", color="FF808080"))
HEADER_ROW = 6

# theme, ref, measure, unit, source, then rows of (period as typed, canonical period, result,
# target, status)
MEASURES: tuple[tuple[object, ...], ...] = (
    ("Thriving people", "TP01", "Pupils meeting the expected standard in reading, writing and maths at Key Stage 2", "%",
     "DfE, Key stage 2 attainment", (
         ("2021/22 academic year", "2021/22 (AY)", 55.0, 58.0, None),
         ("2022/23 academic year", "2022/23 (AY)", 57.0, 60.0, None),
         ("2023/24 academic year", "2023/24 (AY)", 59.0, 60.0, "Amber"),
     )),
    ("Thriving people", "TP02", "Children achieving a good level of development at the end of Reception", "%",
     "DfE, Early years foundation stage profile", (
         ("AY 2022/23", "2022/23 (AY)", 66.1, 67.0, None),
         ("AY 2023/24", "2023/24 (AY)", 68.4, 67.0, "Green"),
     )),
    ("Thriving people", "TP03", "Pupils persistently absent from secondary school", "%",
     "DfE, Pupil absence in schools in England", (
         ("AY 2022/23", "2022/23 (AY)", 27.9, 25.0, None),
         ("AY 2023/24", "2023/24 (AY)", 26.3, 25.0, "Amber"),
     )),
    ("Thriving people", "TP04", "Apprenticeship starts by Torbay residents", "No.",
     "DfE, Apprenticeships and traineeships", (
         ("2022/23 academic year", "2022/23 (AY)", 1240, None, None),
         ("2023/24 academic year", "2023/24 (AY)", 1185, 1300, "Red"),
     )),
    ("Thriving people", "TP05", "Residents aged 16-64 in employment", "%",
     "ONS, Annual Population Survey (January to December)", (
         (2022, "2022", 74.1, None, None),
         (2023, "2023", 75.6, 75.0, "Green"),
     )),
    ("Thriving people", "TP06", "Healthy life expectancy at birth - females", "Years",
     "OHID, Public health outcomes framework (three-year pooled)", (
         ("2019 - 21", "2019\u20132021", 61.2, None, None),
         ("2020 - 22", "2020\u20132022", 60.4, None, "Data only"),
     )),
    ("Thriving economy", "TE01", "Median gross weekly pay of full-time workers living in Torbay", "£",
     "ONS, Annual Survey of Hours and Earnings (April each year)", (
         (2022, "2022", 563.8, None, None),
         (2023, "2023", 587.9, None, None),
         (2024, "2024", 612.4, None, "Data only"),
     )),
    ("Thriving economy", "TE02", "Net additional dwellings", "No.",
     "MHCLG, Live table 122 (April to March)", (
         ("2022-23", "2022/23", 389, 495, None),
         ("2023-24", "2023/24", 412, 495, "Red"),
     )),
    ("Thriving economy", "TE03", "Business rates collected in year", "%",
     "Council revenues system", (
         ("2022/23", "2022/23", 97.6, 98.0, None),
         ("2023/24", "2023/24", 97.9, 98.0, "Amber"),
     )),
    ("Clean, green and safe", "CG01", "Household waste sent for reuse, recycling and composting", "%",
     "Defra, WasteDataFlow", (
         ("2022/23", "2022/23", 40.8, 42.0, None),
         ("2023/24", "2023/24", 41.9, 42.0, "Amber"),
     )),
    ("Clean, green and safe", "CG02", "People killed or seriously injured in road traffic collisions", "No.",
     "DfT, STATS19 (calendar year)", (
         (2022, "2022", 58, 55, None),
         (2023, "2023", 49, 55, "Green"),
     )),
    ("Clean, green and safe", "CG03", "Council's own carbon emissions, scopes 1 and 2 (tonnes CO2e)", "tCO2e",
     "Council greenhouse gas report", (
         ("2022-23", "2022/23", 6812, 7000, None),
         ("2023-24", "2023/24", 6240, 6500, "Green"),
     )),
    ("Council fit for the future", "CF01", "Council tax collected in year", "%",
     "Council revenues system", (
         ("2022/23", "2022/23", 95.9, 96.5, None),
         ("2023/24", "2023/24", 96.2, 96.5, "Amber"),
     )),
    ("Council fit for the future", "CF02", "Average days to process new Housing Benefit claims", "Days",
     "DWP, Single Data List return", (
         ("2022-23", "2022/23", 21.4, 20.0, None),
         ("2023-24", "2023/24", 18.7, 20.0, "Green"),
     )),
    ("Council fit for the future", "CF03", "Residents satisfied with the way the council runs things", "%",
     "Torbay Residents' Survey (every two years, autumn)", (
         (2021, "2021", 48.0, None, None),
         (2023, "2023", 52.0, 55.0, "Amber"),
     )),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a unitary council's annual Community and Corporate Plan outcome measures table.

    Outcome measures come from national publications, each on its own
    calendar: school results by academic year, housing, waste and
    collection by financial year, employment, pay, road casualties and the
    residents' survey by calendar year, and healthy life expectancy over
    pooled three-year spans. Torbay-style annual updates keep them in one
    long table, one row per measure per period, with a single 'Period'
    column written as each source writes it: '2023/24 academic year' and
    'AY 2023/24' (typed by two officers), '2023/24' and '2023-24', 2023
    (typed as a number, so Excel keeps it as one), and the public health
    profile's '2020 - 22'. Each row has its own
    result, unit, target (blank where none was set) and, on the latest row
    of most measures, a filled status word; 'Data only' marks measures
    monitored without a target.

    A careful reader reads each period as stated: the academic years as
    academic years (September to August), '2023/24' and '2023-24' as the
    financial year 2023/24, a bare 2023 as the calendar year and '2020 -
    22' as the three years 2020 to 2022; the target and status on a row
    belong to that row's period. 'Data only' is no rating. Units are taken
    from the Unit column where it uses the common ones (%, No., £, Days);
    'Years' and 'tCO2e' are left unstated. The theme and source columns
    describe the measure and give no figures. Nothing here is doubtful:
    every period cell names its kind of year, as the note above the table
    says.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Torbay Council - Community and Corporate Plan: outcome measures")
    sheet["A2"] = "Annual update to the Overview and Scrutiny Board, November 2024"
    sheet["A3"] = (
        "Each measure is shown for the periods its source publishes: calendar year (January to "
        "December), financial year (April to March) or academic year (September to August)."
    )
    sheet["A4"] = "Status compares the latest published result with its target."
    for note_cell in ("A3", "A4"):
        sheet[note_cell].font = Font(italic=True, size=9)
    header = ["Theme", "Ref", "Measure", "Period", "Result", "Unit", "Target", "Status", "Source"]
    put_row(sheet, HEADER_ROW, 1, header, bold=True)
    for col in range(1, len(header) + 1):
        cell = sheet.cell(row=HEADER_ROW, column=col)
        cell.fill = HEAD_FILL
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    exp = Expected([])
    row = HEADER_ROW + 1
    for theme, ref, name, unit, source, periods in MEASURES:
        assert isinstance(periods, tuple)
        for p, (typed, canonical, result, target, status) in enumerate(periods):
            put_row(sheet, row, 1, [theme, ref, name, typed, result, unit, target, status, source])
            sheet.cell(row=row, column=4).alignment = Alignment(horizontal="left")
            if isinstance(typed, int):
                sheet.cell(row=row, column=4).number_format = "0"
            for col in (5, 7):
                cell = sheet.cell(row=row, column=col)
                if isinstance(cell.value, float):
                    cell.number_format = "0.0"
                elif isinstance(cell.value, int):
                    cell.number_format = "#,##0"
            if status in STATUS_FILL:
                rgb = STATUS_FILL[str(status)]
                sheet.cell(row=row, column=8).fill = PatternFill(
                    fill_type="solid", start_color=rgb, end_color=rgb
                )
            if p == 0:
                for col in range(1, len(header) + 1):
                    sheet.cell(row=row, column=col).border = RULE
            exp.observations.append(
                Obs(
                    str(ref),
                    str(name),
                    str(canonical),
                    float(str(result)),
                    None,
                    None if target is None else float(str(target)),
                    STATUS.get(str(status)),
                )
            )
            row += 1
        if unit in UNIT:
            exp.add_meta(str(ref), str(name), None, UNIT[str(unit)])
    foot = row + 1
    notes = (
        "Healthy life expectancy is published for pooled three-year periods: '2020 - 22' is "
        "January 2020 to December 2022.",
        "The Residents' Survey runs every two years; the next survey is in autumn 2025.",
        "Source: Torbay Council Performance and Intelligence Team.",
    )
    for j, line in enumerate(notes):
        sheet.cell(row=foot + j, column=1, value=line).font = Font(size=9)
    widths = {"A": 24, "B": 7, "C": 66, "D": 22, "E": 10, "F": 7, "G": 9, "H": 11, "I": 48}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"D{HEADER_ROW + 1}"
    save(book, path)
    return exp
