"""APSE performance networks benchmarking: own figures beside family group average, best in family, rank, quartile."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from tests.realistic.kit import Expected, Obs, merge, new_book, num, put_row, save, text_of, title

SHEET = "APSE 2022-23"
COUNCIL = "Broxtowe"
YEARS = ("2021/22", "2022/23")
UNIT = {"\u00a3": "\u00a3", "%": "%", "Number": "number", "Score": "score"}
POLARITY = {"High": "higher_is_better", "Low": "lower_is_better"}
SECTION_FILL = PatternFill(fill_type="solid", start_color="FF00607A", end_color="FF00607A")
OWN_FILL = PatternFill(fill_type="solid", start_color="FFFFF2CC", end_color="FFFFF2CC")
FAMILY_FILL = PatternFill(fill_type="solid", start_color="FFEDEDED", end_color="FFEDEDED")
THIN = Side(style="thin", color="FFBFBFBF")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_TOP, HEAD_SUB = 5, 6
WIDTH = 10  # columns A..J

# service, then rows of: ref, performance indicator, unit, good is, own 2021/22, own 2022/23,
# family group average 2022/23, best in family group 2022/23, rank in family (of 14), quartile
SERVICES: tuple[tuple[str, tuple[tuple[object, ...], ...]], ...] = (
    ("Refuse collection", (
        ("RC01", "Cost of refuse collection per household (excluding CEC)", "\u00a3", "Low", 58.41, 61.27, 63.90, 47.12, 5, "Q2"),
        ("RC02", "Missed collections per 100,000 collections made", "Number", "Low", 42.0, 37.5, 48.3, 12.6, 6, "Q2"),
        ("RC03", "Household waste sent for reuse, recycling and composting", "%", "High", 44.2, 45.1, 41.7, 58.9, 4, "Q2"),
        ("RC04", "Staff absence, front-line refuse staff", "%", "Low", 6.8, 7.4, 5.9, 3.1, 11, "Q4"),
    )),
    ("Street cleansing", (
        ("SC01", "Cost of street cleansing per 1,000 people", "\u00a3", "Low", 10812.0, 11356.0, 12740.0, 7955.0, 3, "Q1"),
        ("SC02", "Land Audit Management System (LAMS) cleanliness index", "Score", "High", 71.2, 74.6, 72.9, 86.0, 6, "Q2"),
        ("SC03", "Sites below grade B for litter", "%", "Low", "Not submitted", 6.2, 5.1, 1.4, 9, "Q3"),
        ("SC04", "Fly-tipping incidents per 1,000 people", "Number", "Low", 4.9, 5.6, 6.3, 2.2, 7, "Q2"),
    )),
    ("Parks, open spaces and horticultural services", (
        ("PK01", "Cost of parks service per hectare of maintained land", "\u00a3", "Low", 4120.0, 4385.0, 3960.0, 2210.0, 10, "Q3"),
        ("PK02", "Maintained parkland with a Green Flag award", "%", "High", 22.0, 22.0, 14.6, 41.0, 3, "Q1"),
        ("PK03", "Residents satisfied with parks and open spaces", "%", "High", 79.0, 81.0, 77.4, 88.0, 4, "Q2"),
        ("PK04", "Volunteer hours in parks and open spaces per 1,000 people", "Number", "High", 38.2, 44.6, 29.3, 121.0, 5, "Q2"),
    )),
    ("Sports and leisure facility management", (
        ("SL01", "Net cost per visit to council leisure facilities", "\u00a3", "Low", 1.86, 1.42, 1.71, 0.38, 5, "Q2"),
        ("SL02", "Visits per 1,000 people", "Number", "High", 5410.0, 6022.0, 5880.0, 8975.0, "n/a", "Q2"),
    )),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a district council's APSE performance networks benchmarking summary to scrutiny.

    Councils that subscribe to APSE (the Association for Public Service
    Excellence) performance networks get, for each front-line service,
    their own performance indicators set against a 'family group' of
    similar authorities. The performance officer's summary copies the
    headline PIs for refuse collection, street cleansing, parks and leisure
    into one table: a section row per service, the council's own figure
    for the last two data years (financial years, '2021/22' and '2022/23',
    merged under 'Broxtowe' and shaded), then merged under 'Family group
    (2022/23)': the family group average, the best in the family, the
    council's rank in the family ('of 14') and its quartile among all
    APSE members ('Q1' top .. 'Q4'); a Unit and a 'Good is' High/Low
    column. One figure was not submitted in 2021/22; one rank was not
    published ('n/a', the family's leisure data was incomplete).

    A careful reader takes only the council's own figures as observations,
    each in its data year; 'Not submitted' is kept as that year's text. The
    family average and best are comparators, the rank and quartile are
    positions in the family, and the 'Q1'..'Q4' in the quartile column are
    quartiles, not quarters: none of them is a figure of the council's
    measure. There are no targets or ratings. 'Good is' gives polarity; the
    Unit column gives units (the LAMS index is a score).
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", f"{COUNCIL} Borough Council \u2013 APSE performance networks benchmarking")
    sheet["A2"] = (
        "Summary of headline indicators, 2022/23 data year. Family group 2: 14 authorities of "
        "similar size, deprivation and settlement type."
    )
    sheet["A3"] = "Overview and Scrutiny Committee, 4 June 2024"
    sheet["A3"].font = Font(italic=True)
    for col, label in ((1, "Ref"), (2, "Performance indicator"), (3, "Unit"), (4, "Good is")):
        letter = "ABCD"[col - 1]
        merge(sheet, f"{letter}{HEAD_TOP}:{letter}{HEAD_SUB}", label)
        sheet[f"{letter}{HEAD_TOP}"].alignment = Alignment(
            horizontal="center", vertical="center", wrap_text=True
        )
    merge(sheet, f"E{HEAD_TOP}:F{HEAD_TOP}", COUNCIL)
    merge(sheet, f"G{HEAD_TOP}:I{HEAD_TOP}", "Family group (2022/23)")
    merge(sheet, f"J{HEAD_TOP}:J{HEAD_SUB}", "Quartile (all APSE members)")
    sheet[f"J{HEAD_TOP}"].alignment = Alignment(
        horizontal="center", vertical="center", wrap_text=True
    )
    sub = [*YEARS, "Family average", "Best in family", "Rank (of 14)"]
    put_row(sheet, HEAD_SUB, 5, sub, bold=True)
    for row in (HEAD_TOP, HEAD_SUB):
        for col in range(1, WIDTH + 1):
            cell = sheet.cell(row=row, column=col)
            cell.border = GRID
            if 5 <= col <= 6:
                cell.fill = OWN_FILL
            elif 7 <= col <= 9:
                cell.fill = FAMILY_FILL
            if row == HEAD_SUB:
                cell.alignment = Alignment(horizontal="center", wrap_text=True)
    exp = Expected([])
    row = HEAD_SUB + 1
    for service, rows in SERVICES:
        cell = sheet.cell(row=row, column=1, value=service)
        cell.font = Font(bold=True, color="FFFFFFFF")
        for col in range(1, WIDTH + 1):
            sheet.cell(row=row, column=col).fill = SECTION_FILL
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=WIDTH)
        row += 1
        for ref, name, unit, good, own1, own2, average, best, rank, quartile in rows:
            put_row(
                sheet, row, 1, [ref, name, unit, good, own1, own2, average, best, rank, quartile]
            )
            for col in range(1, WIDTH + 1):
                c = sheet.cell(row=row, column=col)
                c.border = GRID
                if col >= 3:
                    c.alignment = Alignment(horizontal="center")
                if 5 <= col <= 6:
                    c.fill = OWN_FILL
                if 5 <= col <= 8 and isinstance(c.value, float):
                    if c.value >= 1000:
                        c.number_format = "#,##0"
                    elif unit == "\u00a3":
                        c.number_format = "#,##0.00"
                    else:
                        c.number_format = "0.0"
            for year, value in zip(YEARS, (own1, own2), strict=True):
                exp.observations.append(Obs(str(ref), str(name), year, num(value), text_of(value)))
            exp.add_meta(str(ref), str(name), POLARITY[str(good)], UNIT[str(unit)])
            row += 1
    notes = (
        "Source: APSE performance networks, 2022/23 summary reports for each service (published "
        "February 2024). Figures are as validated by APSE.",
        "Rank: 1 = best in the family group of 14. Quartile: Q1 = best 25% of all authorities "
        "submitting data for that indicator.",
        "CEC: central establishment charges. SC03 was not submitted in 2021/22 (survey not "
        "completed). SL02 rank not published: fewer than half the family group submitted.",
    )
    for j, line in enumerate(notes):
        sheet.cell(row=row + 1 + j, column=1, value=line).font = Font(size=9)
    widths = {"A": 7, "B": 58, "C": 8, "D": 8, "E": 11, "F": 11, "G": 11, "H": 11, "I": 9,
              "J": 12}  # fmt: skip
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    save(book, path)
    return exp
