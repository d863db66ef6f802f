"""Annual columns headed '2021'..'2024' under 'Year ending 31 March', and a partner sheet of bare years with no such note."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from tests.realistic.kit import Expected, Obs, Rag, merge, new_book, put_row, save, title

MAIN, PARTNER = "Annual PIs", "Partner data"
YEARS = (2021, 2022, 2023, 2024)
FINANCIAL = ("2020/21", "2021/22", "2022/23", "2023/24")  # each year ending 31 March
PARTNER_YEARS = (2020, 2021, 2022, 2023)
STATUS: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
STATUS_FILL = {"G": "FF00B050", "A": "FFFFC000", "R": "FFFF0000"}
UNIT = {"%": "%", "Number": "number", "Days": "days", "Rate": "rate", "kg": "kg"}
HEAD_FILL = PatternFill(fill_type="solid", start_color="FFDDEBF7", end_color="FFDDEBF7")
THIN = Side(style="thin", color="FF9BC2E6")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)

# ref, indicator, unit, 2021..2024 (None blank), 'Target 2024', status, direction of travel
ROWS: tuple[tuple[object, ...], ...] = (
    ("ASC01", "Permanent admissions of older people (65+) to residential and nursing care homes, per 100,000",
     "Rate", (598.2, 571.4, 560.9, 548.7), 550.0, "G", "Improving"),
    ("ASC02", "Older people at home 91 days after discharge from hospital into reablement",
     "%", (81.3, 79.8, 83.4, 84.1), 85.0, "A", "Improving"),
    ("HSG01", "Net additional homes provided", "Number", (1402, 1586, 1297, 1351), 1500, "R", "Improving"),
    ("HSG02", "Affordable homes delivered (gross)", "Number", (388, 412, 356, 401), 400, "G", "Improving"),
    ("ENV01", "Household waste sent for reuse, recycling and composting", "%",
     (55.1, 54.2, 53.6, 54.0), 55.0, "A", "Improving"),
    ("ENV02", "Residual household waste per household", "kg", (491.0, 472.6, 455.3, 449.8), 450.0,
     "G", "Improving"),
    ("FIN01", "Council tax collected in year", "%", (96.8, 97.4, 97.6, 97.5), 97.8, "A", "Declining"),
    ("FIN02", "Business rates collected in year", "%", (93.1, 97.9, 98.6, 98.9), 98.5, "G", "Improving"),
    ("HR01", "Working days lost to sickness absence per FTE", "Days", (7.9, 9.6, 10.2, 9.4), 9.0,
     "A", "Improving"),
    ("CS01", "Freedom of Information requests answered within 20 working days", "%",
     ("Not collected (COVID-19)", 86.0, 88.4, 91.2), 90.0, "G", "Improving"),
    ("CS02", "Customer contacts completed online", "%", (None, None, 41.5, 47.9), 50.0, "A", "Improving"),
)  # fmt: skip

# ref, indicator, source, 2020..2023
PARTNER_ROWS: tuple[tuple[object, ...], ...] = (
    ("CSP01", "Total police recorded crime (excluding fraud)", "West Mercia Police",
     (17862, 20114, 22408, 21967)),
    ("CSP02", "Anti-social behaviour incidents recorded by the police", "West Mercia Police",
     (9874, 7121, 6345, 5902)),
    ("CSP03", "Domestic abuse-related incidents and crimes", "West Mercia Police",
     (4120, 4388, 4610, 4752)),
    ("CSP04", "People killed or seriously injured in road traffic collisions", "DfT STATS19",
     (142, 165, 171, 158)),
    ("PH01", "Smoking prevalence in adults aged 18 and over (%)", "OHID Fingertips (Annual Population Survey)",
     (11.9, 12.6, 11.2, 10.8)),
    ("PH02", "Under-18 conceptions per 1,000 females aged 15 to 17", "OHID Fingertips (ONS)",
     (10.4, 9.1, 9.8, None)),
)  # fmt: skip

HEAD_ROW = 5  # the year numbers; the 'Year ending 31 March' banner is above them
PARTNER_HEAD = 4


def build(path: Path) -> Expected:
    """Imitates a unitary council's annual performance indicator report, with partner data, to Cabinet.

    Shropshire-style annual report, July 2024. The main sheet heads its
    year columns with the year number only, 2021 to 2024, under a merged
    banner 'Year ending 31 March', as finance-led teams and statistical
    returns (CIPFA, ASCOF, council tax collection) label years; the title
    note says the same and that 2024 is 2023/24. A 'Target 2024' column,
    a filled R/A/G 'Status' and a 'Direction of travel' word close each
    row. One measure was not collected in the first COVID year; another
    began in 2022/23.

    A careful reader takes 2021..2024 on the main sheet as the financial
    years ending 31 March: 2020/21, 2021/22, 2022/23, 2023/24. 'Target
    2024' names the year ending March 2024, so it applies to 2023/24 only;
    the Status goes with 2023/24; 'Direction of travel' is commentary.
    'Not collected (COVID-19)' is kept as the 2020/21 text.

    Doubtful point, enough to hold the file: the second sheet, 'Partner
    data' (crime and anti-social behaviour from West Mercia Police, road
    casualties from DfT, smoking and teenage conceptions from OHID), heads
    its columns 2020..2023 with no banner or note. Partnership and public
    health data are mostly published by calendar year (STATS19, the Annual
    Population Survey and conceptions are calendar years), but police
    crime is as often given for years ending March, and the workbook's
    own convention is the year ending March; a reader cannot tell which
    the compiler meant (Partner data!D4:G4). Once settled with the
    compiler, they are calendar years (the partnership's strategic
    assessment works by calendar year), read as '2020'..'2023'. No target
    or status on that sheet; its Source column is not a figure.
    """
    book, sheet = new_book(MAIN)
    title(sheet, "A1", "Shropshire Council \u2013 Annual Performance Report 2023/24")
    sheet["A2"] = (
        "Annual outturns for the years ending 31 March (2024 = 1 April 2023 to 31 March 2024). "
        "Partner indicators are on the 'Partner data' sheet."
    )
    sheet["A2"].font = Font(italic=True, size=9)
    merge(sheet, "D4:G4", "Year ending 31 March")
    sheet["D4"].fill = HEAD_FILL
    header = ["Ref", "Indicator", "Unit", *YEARS, "Target 2024", "Status", "Direction of travel"]
    put_row(sheet, HEAD_ROW, 1, header, bold=True)
    for col in range(1, len(header) + 1):
        cell = sheet.cell(row=HEAD_ROW, column=col)
        cell.fill = HEAD_FILL
        cell.border = GRID
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        if isinstance(cell.value, int):
            cell.number_format = "0"
    for span in ("A4:A5", "B4:B5", "C4:C5", "H4:H5", "I4:I5", "J4:J5"):
        first = span.split(":")[0]
        sheet[first] = sheet[f"{first[0]}5"].value
        sheet[f"{first[0]}5"] = None
        sheet[first].font = Font(bold=True)
        sheet[first].fill = HEAD_FILL
        sheet[first].alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        sheet.merge_cells(span)
    exp = Expected([], status="needs_review")
    for i, (ref, name, unit, figures, target, status, direction) in enumerate(ROWS):
        row = HEAD_ROW + 1 + i
        assert isinstance(figures, tuple)
        put_row(sheet, row, 1, [ref, name, unit, *figures, target, status, direction])
        for col in range(1, len(header) + 1):
            cell = sheet.cell(row=row, column=col)
            cell.border = GRID
            if isinstance(cell.value, int) and cell.value >= 1000:
                cell.number_format = "#,##0"
        fill_rgb = STATUS_FILL[str(status)]
        sheet.cell(row=row, column=9).fill = PatternFill(
            fill_type="solid", start_color=fill_rgb, end_color=fill_rgb
        )
        sheet.cell(row=row, column=9).alignment = Alignment(horizontal="center")
        c, n = str(ref), str(name)
        for k, value in enumerate(figures):
            if value is None:
                continue
            latest = k == len(figures) - 1
            goal = float(str(target)) if latest else None
            rag = STATUS[str(status)] if latest else None
            if isinstance(value, int | float):
                exp.observations.append(Obs(c, n, FINANCIAL[k], float(value), None, goal, rag))
            else:
                exp.observations.append(Obs(c, n, FINANCIAL[k], None, str(value), goal, rag))
        exp.add_meta(c, n, None, UNIT[str(unit)])
    foot = HEAD_ROW + len(ROWS) + 2
    notes = (
        "Status: 2024 outturn against the 2024 target. G met; A within 5%; R more than 5% away.",
        "ASC01/ASC02: Adult Social Care Outcomes Framework. FIN01/FIN02: in-year collection "
        "rates (QRC4 return).",
        "CS01: not collected in 2021 while the information governance team was redeployed.",
    )
    for j, line in enumerate(notes):
        sheet.cell(row=foot + j, column=1, value=line).font = Font(size=9, italic=True)
    for letter, width in {"A": 7, "B": 66, "C": 8, "H": 10, "I": 8, "J": 14}.items():
        sheet.column_dimensions[letter].width = width

    partner = book.create_sheet(PARTNER)
    title(partner, "A1", "Community safety and public health indicators (partner data)")
    partner["A2"] = "Supplied by the Shropshire Community Safety Partnership and Public Health."
    partner["A2"].font = Font(italic=True, size=9)
    put_row(partner, PARTNER_HEAD, 1, ["Ref", "Indicator", "Source", *PARTNER_YEARS], bold=True)
    for col in range(1, 8):
        partner.cell(row=PARTNER_HEAD, column=col).fill = HEAD_FILL
        partner.cell(row=PARTNER_HEAD, column=col).border = GRID
    for i, (ref, name, source, figures) in enumerate(PARTNER_ROWS):
        row = PARTNER_HEAD + 1 + i
        assert isinstance(figures, tuple)
        put_row(partner, row, 1, [ref, name, source, *figures])
        for col in range(1, 8):
            cell = partner.cell(row=row, column=col)
            cell.border = GRID
            if isinstance(cell.value, int) and cell.value >= 1000:
                cell.number_format = "#,##0"
        for year, value in zip(PARTNER_YEARS, figures, strict=True):
            if value is not None:
                exp.observations.append(Obs(str(ref), str(name), str(year), float(value)))
    partner.cell(row=PARTNER_HEAD + len(PARTNER_ROWS) + 2, column=1, value=(
        "PH02: 2023 conceptions data not yet published by ONS."
    )).font = Font(size=9, italic=True)  # fmt: skip
    for letter, width in {"A": 7, "B": 58, "C": 40}.items():
        partner.column_dimensions[letter].width = width
    exp.review_cells = [f"{PARTNER}!{col}{PARTNER_HEAD}" for col in "DEFG"]
    save(book, path)
    return exp
