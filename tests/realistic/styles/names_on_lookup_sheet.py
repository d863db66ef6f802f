"""A 'Data' sheet keyed only by PI code, with names, services, units and polarity on a 'Lookup' sheet."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Font, PatternFill

from tests.realistic.kit import (
    AMBER_FILL,
    GREEN_FILL,
    RED_FILL,
    Expected,
    Rag,
    new_book,
    observed,
    put_row,
    save,
)

QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
STATUS: dict[str, Rag] = {"Red": "red", "Amber": "amber", "Green": "green"}
STATUS_FILL = {"Red": RED_FILL, "Amber": AMBER_FILL, "Green": GREEN_FILL}
UNIT = {"%": "%", "Days": "days", "Number": "number", "£": "£"}
POLARITY = {"Higher is better": "higher_is_better", "Lower is better": "lower_is_better"}

# the lookup, in the order its keeper sorted it (by service, then code):
# code, full name, service, unit, polarity, frequency
LOOKUP: tuple[tuple[str, str, str, str, str, str], ...] = (
    ("BEN01", "Average days to process new Housing Benefit and Council Tax Reduction claims", "Benefits", "Days", "Lower is better", "Quarterly"),
    ("BEN02", "Average days to process changes of circumstance", "Benefits", "Days", "Lower is better", "Quarterly"),
    ("BEN03", "Housing Benefit overpayments recovered", "Benefits", "£", "Higher is better", "Quarterly"),
    ("ENV01", "Household waste sent for reuse, recycling and composting", "Environmental Services", "%", "Higher is better", "Quarterly"),
    ("ENV02", "Garden waste subscriptions", "Environmental Services", "Number", "Higher is better", "Quarterly"),
    ("ENV03", "Fly-tipping incidents cleared within 3 working days", "Environmental Services", "%", "Higher is better", "Quarterly"),
    ("ENV04", "Land and highways assessed as below grade B for litter", "Environmental Services", "%", "Lower is better", "Three times a year"),
    ("HOU01", "Households in temporary accommodation at the end of the quarter", "Housing Options", "Number", "Lower is better", "Quarterly"),
    ("HOU02", "Homelessness prevented or relieved through securing accommodation", "Housing Options", "%", "Higher is better", "Quarterly"),
    ("HOU03", "Disabled Facilities Grants completed", "Housing Options", "Number", "Higher is better", "Quarterly"),
    ("HOU04", "Private sector homes improved through council intervention", "Housing Options", "Number", "Higher is better", "Annual"),
    ("PLN01", "Major planning applications determined within 13 weeks or agreed time", "Planning", "%", "Higher is better", "Quarterly"),
    ("PLN02", "Non-major planning applications determined within 8 weeks or agreed time", "Planning", "%", "Higher is better", "Quarterly"),
    ("REV01", "Revenues telephone calls answered within 5 minutes", "Revenues", "%", "Higher is better", "Quarterly"),
    ("REV02", "Council Tax accounts paying by Direct Debit", "Revenues", "%", "Higher is better", "Quarterly"),
    ("REV03", "Sundry debt over 90 days old", "Revenues", "£", "Lower is better", "Quarterly"),
)  # fmt: skip

# the data, in the order the Pentana extract put it: code, Q1, Q2, Q3, target, status (Q3)
DATA: tuple[tuple[object, ...], ...] = (
    ("REV01", 72.4, 78.9, 81.2, 80, "Green"),
    ("REV02", 71.8, 72.3, 72.9, 74, "Amber"),
    ("REV03", 186420, 201375, 238910, 200000, "Red"),
    ("BEN01", 21.6, 19.8, 17.9, 20, "Green"),
    ("BEN02", 7.4, 8.9, 10.6, 8, "Red"),
    ("BEN03", 96250, 88410, 102730, 90000, "Green"),
    ("PLN01", 83.3, 90.0, 100.0, 70, "Green"),
    ("PLN02", 78.6, 81.2, 76.4, 80, "Amber"),
    ("HOU01", 74, 81, 92, None, "Data only"),
    ("HOU02", 61.5, 58.2, 55.0, 60, "Amber"),
    ("HOU03", 18, 22, None, 20, None),
    ("ENV01", 47.8, 49.1, 44.6, 48, "Amber"),
    ("ENV02", 21408, 21655, 21702, 21000, "Green"),
    ("ENV03", 88.9, 92.4, 95.1, 90, "Green"),
    ("ENV04", None, 6.2, 7.9, 5, "Red"),
)  # fmt: skip

FIRST = 2  # the Data sheet's first figures row, under its heading row
HEAD_FILL = PatternFill(fill_type="solid", start_color="FF1F4E78", end_color="FF1F4E78")


def build(path: Path) -> Expected:
    """Imitates a district council's quarterly PI workbook: a Pentana extract beside a lookup table.

    South Kesteven's Performance and Data team (named in the lookup's
    note) pastes the quarter's extract from the performance system into a
    'Data' sheet keyed only by PI code: Code, 'Q1 2024/25'..'Q3 2024/25',
    Target and a filled Status word for Q3 (Green, Amber, Red, or 'Data
    only' for a context measure). The indicators' full names, service,
    unit, polarity ('Higher is better' / 'Lower is better') and frequency
    live on a 'Lookup' sheet, from which the committee report template
    fills them by VLOOKUP. The lookup is sorted by service, the extract is
    in the system's own order, and the lookup also lists an annual
    indicator (HOU04) with no figures this year. The Disabled Facilities
    Grants figure for Q3 had not been entered (nor its status), and the
    litter survey's first tranche is in July, so ENV04 has no Q1.

    A careful reader joins the two sheets on the code: each Data row is
    the indicator the Lookup names, with that name, unit and polarity
    (and service), one observation per filled quarter, the Target for
    every quarter and the Status for Q3 ('Data only' is no rating; the
    unrated HOU03 has none). HOU04 is on the lookup only and has no
    observation. Figures are as typed: percentages in points, money in
    pounds, counts and days.
    """
    book, data = new_book("Data")
    put_row(data, 1, 1, ["Code", *QUARTERS, "Target", "Status"], bold=True)
    for col in range(1, 7):
        cell = data.cell(row=1, column=col)
        cell.fill = HEAD_FILL
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center")
    lookup = {rec[0]: rec for rec in LOOKUP}
    exp = Expected([])
    for i, (code, q1, q2, q3, target, status) in enumerate(DATA):
        row = FIRST + i
        put_row(data, row, 1, [code, q1, q2, q3, target, status])
        _, name, _, unit, polarity, _ = lookup[str(code)]
        for col in range(2, 6):
            cell = data.cell(row=row, column=col)
            if unit in ("£", "Number"):
                cell.number_format = "#,##0"
            elif isinstance(cell.value, float):
                cell.number_format = "0.0"
        rag = STATUS.get(str(status))
        if rag is not None:
            rgb = STATUS_FILL[str(status)]
            data.cell(row=row, column=6).fill = PatternFill(
                fill_type="solid", start_color=rgb, end_color=rgb
            )
        exp.observations += observed(
            str(code),
            name,
            QUARTERS,
            (q1, q2, q3),
            None if target is None else float(str(target)),
            rag,
        )
        exp.add_meta(str(code), name, POLARITY[polarity], UNIT[unit])
    data.column_dimensions["A"].width = 9
    for letter in "BCDE":
        data.column_dimensions[letter].width = 12
    data.column_dimensions["F"].width = 11
    data.freeze_panes = "B2"

    sheet = book.create_sheet("Lookup")
    put_row(
        sheet,
        1,
        1,
        ["PI Code", "PI Name", "Service", "Unit", "Polarity", "Frequency"],
        bold=True,
    )
    for col in range(1, 7):
        sheet.cell(row=1, column=col).fill = PatternFill(
            fill_type="solid", start_color="FFD9E1F2", end_color="FFD9E1F2"
        )
    for i, rec in enumerate(LOOKUP):
        put_row(sheet, 2 + i, 1, list(rec))
    last = 1 + len(LOOKUP)
    note = sheet.cell(
        row=last + 2,
        column=1,
        value="South Kesteven District Council \u2013 maintained by the Performance and Data "
        "team. The committee report template looks names up by code (VLOOKUP on columns A:E).",
    )
    note.font = Font(italic=True, size=9)
    sheet.column_dimensions["A"].width = 9
    sheet.column_dimensions["B"].width = 72
    sheet.column_dimensions["C"].width = 24
    sheet.column_dimensions["E"].width = 17
    sheet.column_dimensions["F"].width = 18
    save(book, path)
    return exp
