"""Three levels of section rows over the indicators: portfolio, directorate and service."""

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
    put_row,
    save,
    title,
)

SHEET = "Q3 Performance"
HEAD_ROW = 5
FIRST = HEAD_ROW + 1
PERIODS = ("Q3 2023/24", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
UNIT = {"%": "%", "No.": "number", "Days": "days", "kg": "kg", "Rate": "rate"}
FORMAT = {"%": "0.0", "No.": "#,##0", "Days": "0.0", "kg": "0.0", "Rate": "0.0"}
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
RAG_FILL = {"G": GREEN_FILL, "A": AMBER_FILL, "R": RED_FILL}


def _solid(rgb: str) -> PatternFill:
    return PatternFill(fill_type="solid", start_color=rgb, end_color=rgb)


# portfolio: dark navy, white bold; directorate: mid blue, bold; service: pale blue, italic
LEVEL = {
    "P": (_solid("FF1F3864"), Font(bold=True, color="FFFFFFFF", size=12), 0),
    "D": (_solid("FF8EA9DB"), Font(bold=True), 0),
    "S": (_solid("FFDDEBF7"), Font(italic=True), 1),
}
HEAD = _solid("FF305496")
LAST_YEAR = _solid("FFF2F2F2")
THIN = Side(style="thin", color="FFB4C6E7")

# A 2-tuple is a section row: its level (P portfolio, D directorate, S service) and its
# label. Otherwise: ref, indicator, unit, Q3 2023/24, Q1, Q2, Q3 2024/25, target 2024/25
# ('-' for none), RAG letter, comments.
ROWS: tuple[tuple[object, ...], ...] = (
    ("P", "Portfolio: Adult Social Care and Health"),
    ("D", "Adults and Communities Directorate"),
    ("S", "Assessment and Care Management"),
    ("ASC01", "Older people (65+) whose long-term support needs are met by admission to "
     "residential and nursing care homes, per 100,000 population (rolling 12 months)", "Rate",
     612.3, 598.1, 587.4, 574.9, 580, "G", "44 fewer permanent admissions than a year ago."),
    ("ASC02", "Care Act assessments completed within 28 days of first contact", "%",
     68.2, 70.4, 73.9, 72.6, 75, "A", "December leave; 1,208 of 1,664 assessments on time."),
    ("ASC03", "People waiting for a Care Act assessment (snapshot at quarter end)", "No.",
     1146, 1032, 918, 874, 900, "G", "Down from 1,146 a year ago after the weekend clinics."),
    ("S", "Safeguarding Adults"),
    ("ASC04", "Section 42 enquiries where the risk was reduced or removed", "%",
     91.4, 92.7, 90.8, 93.3, 90, "G", None),
    ("D", "Public Health Directorate"),
    ("PH01", "Opiate users completing drug treatment who do not re-present within 6 months",
     "%", 5.1, 5.4, 5.8, None, 6.0, "A",
     "Q3 published by OHID in March; the RAG is for Q2 (5.8%)."),
    ("PH02", "Mothers smoking at the time of delivery", "%",
     9.8, 9.1, 8.7, 8.2, 8.0, "A", "Stop-smoking incentive scheme reached 212 women in 2024."),
    ("P", "Portfolio: Highways, Transport and Environment"),
    ("D", "Economy, Transport and Environment Directorate"),
    ("S", "Highways"),
    ("HT01", "Category 1 highway defects made safe within 24 hours", "%",
     96.1, 97.4, 95.2, "n/a", 98, None,
     "Asset system defects module unavailable since 11 December; Q2 was 95.2%."),
    ("HT02", "Principal roads where maintenance should be considered", "%",
     None, None, None, 3.0, 4.0, "G",
     "Annual SCANNER survey, reported in Q3; last year's 3% came in Q4."),
    ("S", "Waste Management"),
    ("WM01", "Household waste sent for reuse, recycling or composting", "%",
     44.8, 47.1, 46.3, 41.9, 45, "A", "Seasonal fall in garden waste: 2,310 tonnes fewer than Q2."),
    ("WM02", "Residual household waste per household", "kg",
     112.4, 108.9, 106.2, 110.5, 105, "A", "Christmas peak; 3.9 kg lower than Q3 last year."),
    ("S", "Trading Standards"),
    ("TS01", "Scam victims given one-to-one support", "No.",
     184, 142, 167, 203, "-", None,
     "Includes 41 referrals from the National Trading Standards Scams Team."),
    ("P", "Portfolio: Corporate Services"),
    ("S", "Revenues and Benefits"),
    ("CS01", "Average days to process new Housing Benefit claims", "Days",
     19.6, 18.2, 17.4, 16.9, 18, "G", None),
    ("S", "Human Resources"),
    ("CS02", "Working days lost to sickness per FTE (rolling 12 months)", "Days",
     10.8, 10.4, 10.1, "TBC", 9.5, None,
     "December payroll close delayed; Q3 to follow (Q2 10.1 days)."),
    ("S", "Customer Services"),
    ("CS03", "Calls to the customer service centre answered within 2 minutes", "%",
     None, 64.2, 69.8, 73.1, 75, "A", "New telephony platform from April 2024: no 2023/24 figure."),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a county council's quarterly performance monitoring report to scrutiny.

    One sheet for Quarter 3 2024/25, for the Corporate Scrutiny Committee:
    Ref, Indicator, Unit (%, No., Days, kg, Rate), a grey 'Q3 2023/24'
    column for comparison, 'Q1 2024/25'..'Q3 2024/25', 'Target 2024/25', a
    filled G/A/R letter and Comments. The indicators sit under three levels
    of section rows, shaded across the table: the Cabinet portfolio in dark
    navy with white bold text ('Portfolio: ...'), the directorate in mid
    blue bold, the service in pale blue italic, indented. Not every level is
    always there: Public Health's two measures sit straight under their
    directorate, Corporate Services has no directorate row, and Safeguarding
    Adults, Trading Standards and Customer Services have one indicator each.
    A line above the table explains the shading.

    A careful reader takes the three kinds of row as grouping, not
    indicators, and reads the rest as usual: the target names 2024/25, so
    Q3 2023/24 has none; the RAG is for the latest quarter given (Q2 for the
    drug treatment measure, as its comment says); the 'n/a' and 'TBC' Q3
    cells are observations without figures and unrated; the road condition
    survey is annual with one Q3 figure; the scam count has no target; the
    call measure is new. The Unit column gives each indicator's unit.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Quarterly Performance Monitoring Report \u2013 Quarter 3 2024/25")
    sheet["A2"] = "Corporate Scrutiny Committee \u2013 10 March 2025"
    sheet["A2"].font = Font(italic=True)
    sheet["A3"] = (
        "Rows shaded dark blue are Cabinet portfolios, mid blue directorates and light blue "
        "(italic) services. Q3 2023/24 is shown for comparison."
    )
    sheet["A3"].font = Font(size=9, italic=True)
    heads = [
        "Ref",
        "Indicator",
        "Unit",
        *PERIODS,
        "Target 2024/25",
        "RAG",
        "Comments",
    ]
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
        if len(spec) == 2:
            shade, font, indent = LEVEL[str(spec[0])]
            label = sheet.cell(row=row, column=1, value=spec[1])
            label.font = font
            label.alignment = Alignment(indent=indent)
            for col in range(1, ncol + 1):
                sheet.cell(row=row, column=col).fill = shade
            row += 1
            continue
        ref, name, unit, *figures, target, rag, _comment = spec
        put_row(sheet, row, 1, list(spec))
        for col in range(1, ncol + 1):
            cell = sheet.cell(row=row, column=col)
            cell.border = Border(bottom=THIN)
            if 3 <= col <= 9:
                cell.alignment = Alignment(horizontal="center")
            if 4 <= col <= 8 and isinstance(cell.value, int | float):
                cell.number_format = FORMAT[str(unit)]
        sheet.cell(row=row, column=2).alignment = Alignment(wrap_text=True, indent=2)
        sheet.cell(row=row, column=4).fill = LAST_YEAR
        if rag:
            fill(sheet, f"I{row}", RAG_FILL[str(rag)])
        goal = float(target) if isinstance(target, int | float) else None
        given = [k for k, v in enumerate(figures) if v is not None]
        for k in given:
            value = figures[k]
            exp.observations.append(
                Obs(
                    str(ref),
                    str(name),
                    PERIODS[k],
                    float(value) if isinstance(value, int | float) else None,
                    None if isinstance(value, int | float) else str(value),
                    goal if k >= 1 else None,
                    RAG[str(rag)] if rag and k == given[-1] else None,
                )
            )
        exp.add_meta(str(ref), str(name), None, UNIT[str(unit)])
        row += 1
    notes = (
        "RAG: G on or better than target; A within 10% of target; R more than 10% worse than "
        "target. The RAG is for the latest quarter reported.",
        "n/a \u2013 not available; TBC \u2013 to be confirmed; \u2013 no target (monitored only).",
    )
    for j, line in enumerate(notes, start=row + 1):
        sheet.cell(row=j, column=1, value=line).font = Font(size=9, italic=True)
    widths = {"A": 9, "B": 66, "C": 7, "D": 11, "E": 11, "F": 11, "G": 11, "H": 11, "I": 7}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.column_dimensions["J"].width = 56
    sheet.freeze_panes = f"C{FIRST}"
    sheet.print_title_rows = f"{HEAD_ROW}:{HEAD_ROW}"
    book.properties.creator = "Business Intelligence and Performance"
    save(book, path)
    return exp
