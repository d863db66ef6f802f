"""A 'Current RAG' for the latest quarter beside a 'Forecast year-end RAG' and a 'Forecast outturn 2024/25' figure."""

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
    observed,
    put_row,
    save,
    title,
)

SHEET = "Delivery Plan KPIs"
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
RAG: dict[str, Rag] = {"Red": "red", "Amber": "amber", "Green": "green"}
COLOUR = {"Red": RED_FILL, "Amber": AMBER_FILL, "Green": GREEN_FILL}
UNIT = {"%": "%", "No.": "number", "Days": "days", "Rate per 100,000": "rate"}
HEAD_FILL = PatternFill(fill_type="solid", start_color="FFDDEBF7", end_color="FFDDEBF7")
FORECAST_FILL = PatternFill(fill_type="solid", start_color="FFF2F2F2", end_color="FFF2F2F2")
THIN = Side(style="thin", color="FF808080")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEADER_ROW = 5
WIDTH = 12  # columns A..L

# code, indicator, unit, 2023/24 outturn, Q1, Q2, Q3, annual target 2024/25, current RAG,
# forecast outturn 2024/25, forecast year-end RAG, directorate
ROWS: tuple[tuple[object, ...], ...] = (
    ("ENV01", "Household waste sent for reuse, recycling and composting", "%",
     39.8, 42.1, 41.5, 37.9, 42.0, "Red", 40.8, "Amber", "Economy and Environment"),
    ("ENV02", "Fly-tipping incidents cleared within 3 working days", "%",
     88.4, 91.2, 93.0, 90.6, 92.0, "Amber", None, "Green", "Economy and Environment"),
    ("ECO01", "Major planning applications decided within 13 weeks or agreed extension", "%",
     86.7, 100.0, 83.3, 90.0, 85.0, "Green", None, "Green", "Economy and Environment"),
    ("HOU01", "Households whose homelessness was prevented (year to date)", "No.",
     412, 108, 205, 326, 400, "Green", 445, "Green", "Community Wellbeing"),
    ("HOU02", "Households in temporary accommodation at the end of the quarter", "No.",
     173, 181, 196, 204, 170, "Red", 210, "Red", "Community Wellbeing"),
    ("HOU03", "Affordable homes delivered", "No.",
     146, 22, 41, 18, 180, "Red", 120, "Red", "Economy and Environment"),
    ("ASC01", "Adult social care contacts resolved at the first point of contact", "%",
     71.0, 73.5, 72.8, 74.9, 75.0, "Amber", None, "Green", "Community Wellbeing"),
    ("ASC02", "Permanent admissions of people aged 65+ to residential and nursing care (cumulative)",
     "Rate per 100,000", 598.2, 151.3, 297.0, 452.6, 560.0, "Amber", 603.0, "Red",
     "Community Wellbeing"),
    ("CYP01", "Children's social care assessments completed within 45 working days", "%",
     82.4, 79.0, 84.6, 87.3, 85.0, "Green", 85.5, "Green", "Children and Young People"),
    ("CUS01", "Customer calls answered within 2 minutes", "%",
     81.2, 74.3, 77.9, 83.5, 80.0, "Green", 79.0, "Amber", "Corporate Services"),
    ("RES01", "Council tax collected in year (cumulative)", "%",
     97.4, 29.3, 56.8, 84.1, 97.5, "Amber", 97.1, "Amber", "Corporate Services"),
    ("RES02", "Working days lost to sickness absence per FTE (rolling 12 months)", "Days",
     9.8, 10.1, 10.4, None, 9.0, "Red", 10.6, "Red", "Corporate Services"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a unitary council's quarterly Delivery Plan performance report to Cabinet.

    Councils whose reports follow a corporate delivery plan often give two
    ratings per measure, as CAMMS- and Pentana-style templates allow: a
    'Current RAG' for where the latest quarter stands against target
    (profiled where the measure is cumulative) and a 'Forecast year-end
    RAG' for where the service expects to finish the year against the
    annual target, with the 'Forecast outturn 2024/25' figure beside it
    where the service gave one (some forecasts are judgement only, rated
    without a figure; the forecast outturn cells are shaded grey). A note under the
    title says the forecasts are estimates. A 'Unit' column (%, No., Days,
    'Rate per 100,000') states units; there is no polarity column.

    A careful reader takes the 2023/24 outturn as an observation of
    2023/24 (without target: the target heading names 2024/25) and Q1-Q3
    2024/25 as observations with the 2024/25 annual target. The published
    rating of the latest quarter is the 'Current RAG'; RES02 has no Q3
    figure (a footnote says its Current RAG is for Q2), so its rating goes
    to Q2. The forecast outturn is a projection, not an actual: it is no
    observation of 2024/25 (the year has not ended) nor of any quarter,
    and the forecast year-end RAG rates that projection, not any observed
    figure, so neither is taken. Year-to-date figures (HOU01, ASC02,
    RES01) are read as printed, with the annual target.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Herefordshire Council \u2013 Delivery Plan 2024-28")
    sheet["A2"] = (
        "Corporate performance indicators, Quarter 3 2024/25 (position at 31 December 2024)"
    )
    sheet["A3"] = (
        "Current RAG: the latest quarter against target (profiled for cumulative measures). "
        "Forecast year-end RAG: the service's expected outturn at 31 March 2025 against the "
        "annual target. Forecasts are estimates made in January and will change."
    )
    sheet["A3"].font = Font(italic=True, size=9)
    header = ["Code", "Indicator", "Unit", "2023/24 outturn", *QUARTERS, "Annual target 2024/25",
              "Current RAG", "Forecast outturn 2024/25", "Forecast year-end RAG",
              "Directorate"]  # fmt: skip
    put_row(sheet, HEADER_ROW, 1, header, bold=True)
    for col in range(1, WIDTH + 1):
        cell = sheet.cell(row=HEADER_ROW, column=col)
        cell.fill = HEAD_FILL
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = GRID
    exp = Expected([])
    for i, cells in enumerate(ROWS):
        row = HEADER_ROW + 1 + i
        code, name, unit, outturn, q1, q2, q3, target, current, _forecast, year_end, _ = cells
        put_row(sheet, row, 1, list(cells))
        for col in range(1, WIDTH + 1):
            sheet.cell(row=row, column=col).border = GRID
        for col in (4, 5, 6, 7, 8, 10):
            value = sheet.cell(row=row, column=col).value
            sheet.cell(row=row, column=col).number_format = (
                "0.0" if isinstance(value, float) else "#,##0"
            )
        sheet[f"J{row}"].fill = FORECAST_FILL
        for letter, word in (("I", current), ("K", year_end)):
            sheet[f"{letter}{row}"].alignment = Alignment(horizontal="center")
            fill(sheet, f"{letter}{row}", COLOUR[str(word)])
        c, nm = str(code), str(name)
        exp.observations.append(Obs(c, nm, "2023/24", float(str(outturn))))
        goal = float(str(target))
        exp.observations += observed(c, nm, QUARTERS, (q1, q2, q3), goal, RAG[str(current)])
        exp.add_meta(c, nm, None, UNIT[str(unit)])
    foot = HEADER_ROW + len(ROWS) + 2
    notes = (
        "RES02: Q3 figure not yet available (HR and payroll system upgrade); Current RAG is for Q2.",
        "HOU01, ASC02 and RES01 are year to date; their Current RAG compares with the target "
        "profiled to the quarter.",
        "Sources: Herefordshire Council service systems, WasteDataFlow, Mosaic, Liquidlogic.",
    )
    for j, line in enumerate(notes):
        sheet.cell(row=foot + j, column=1, value=line).font = Font(size=9)
    sheet.column_dimensions["A"].width = 8
    sheet.column_dimensions["B"].width = 60
    sheet.column_dimensions["C"].width = 11
    for letter in "DEFGHIJK":
        sheet.column_dimensions[letter].width = 11
    sheet.column_dimensions["L"].width = 24
    sheet.row_dimensions[HEADER_ROW].height = 45
    sheet.freeze_panes = f"C{HEADER_ROW + 1}"
    save(book, path)
    return exp
