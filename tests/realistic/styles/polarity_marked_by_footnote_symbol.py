"""Which way is good marked on the names ('*', '(C)') and explained in footnotes; '†' marks a definition note."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from tests.realistic.kit import Expected, Obs, Rag, new_book, put_row, save, title

SHEET = "Corporate KPIs Q3"
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
STATUS: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
STATUS_FILL = {"Green": "FFC6EFCE", "Amber": "FFFFEB9C", "Red": "FFFFC7CE"}
UNIT = {"%": "%", "Days": "days", "No.": "number", "Rate": "rate"}
HEAD_FILL = PatternFill(fill_type="solid", start_color="FF203864", end_color="FF203864")
SECTION_FILL = PatternFill(fill_type="solid", start_color="FFD9E1F2", end_color="FFD9E1F2")
THIN = Side(style="thin", color="FF8EA9DB")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_ROW = 5
HEADER = ["Code", "Measure", "Unit", "2023/24 outturn", *QUARTERS, "Target 2024/25", "Status"]
LOWER, CONTEXT = "lower_is_better", "none"

# a section row is a 1-tuple; a measure: code, name as typed (with its mark), name as read,
# polarity from the footnotes, unit, 2023/24 outturn, Q1, Q2, Q3, target, status (Q3)
ROWS: tuple[tuple[object, ...], ...] = (
    ("Housing",),
    ("HS01", "Average days to re-let council homes (excluding major voids) *",
     "Average days to re-let council homes (excluding major voids)", LOWER, "Days",
     31.6, 29.8, 33.1, 27.4, 28.0, "Green"),
    ("HS02", "Rent collected as a % of rent due", "Rent collected as a % of rent due",
     None, "%", 97.9, 96.4, 97.2, 97.6, 98.0, "Amber"),
    ("HS03", "Current tenant rent arrears as a % of annual rent debit*",
     "Current tenant rent arrears as a % of annual rent debit", LOWER, "%",
     2.41, 2.88, 2.63, 2.57, 2.50, "Amber"),
    ("HS04", "Households in temporary accommodation \u2020*",
     "Households in temporary accommodation", LOWER, "No.", 38, 41, 47, 52, 40, "Red"),
    ("HS05", "Homelessness cases prevented or relieved", "Homelessness cases prevented or relieved",
     None, "No.", 356, 88, 94, 81, 85, "Amber"),
    ("HS06", "Homelessness approaches (C)", "Homelessness approaches", CONTEXT, "No.",
     1214, 302, 318, 297, None, "Data only"),
    ("Environment and regulatory",),
    ("EN01", "Household waste sent for reuse, recycling and composting",
     "Household waste sent for reuse, recycling and composting", None, "%",
     43.2, 46.1, 45.3, 39.8, 45.0, "Red"),
    ("EN02", "Missed bin collections per 100,000 collections *",
     "Missed bin collections per 100,000 collections", LOWER, "Rate",
     47, 44, 52, 39, 45, "Green"),
    ("EN03", "Food premises rated 4 or 5 for food hygiene", "Food premises rated 4 or 5 for food hygiene",
     None, "%", 91.5, 92.0, 92.4, 93.1, 92.0, "Green"),
    ("EN04", "Anti-social behaviour cases opened (C)", "Anti-social behaviour cases opened", CONTEXT,
     "No.", 642, 171, 188, 142, None, "Data only"),
    ("Corporate",),
    ("CO01", "Calls answered within 90 seconds", "Calls answered within 90 seconds", None, "%",
     78.4, 81.2, 76.5, 83.0, 80.0, "Green"),
    ("CO02", "Working days lost to sickness absence per FTE \u2020 *",
     "Working days lost to sickness absence per FTE", LOWER, "Days",
     9.8, 2.3, 2.1, 2.6, 2.2, "Red"),
    ("CO03", "Stage 1 complaints answered within 10 working days",
     "Stage 1 complaints answered within 10 working days", None, "%",
     88.0, 84.6, 90.3, 91.7, 90.0, "Green"),
    ("CO04", "Freedom of Information requests received (C)", "Freedom of Information requests received",
     CONTEXT, "No.", 812, 214, 201, "Awaiting data", None, None),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a borough council's quarterly corporate KPI report whose footnotes say which way is good.

    Tamworth-style quarterly performance report to the Corporate Scrutiny
    Committee, Quarter 3 2024/25. There is no polarity column: the measures
    where a lower figure is better carry an asterisk at the end of their
    names ('... *', or '...*' with no space), contextual measures carry
    '(C)', and the footnotes under the table explain them: '* A lower
    figure is better', '(C) Contextual measure: monitored without a target;
    neither a higher nor a lower figure is better', 'All other measures: a
    higher figure is better'. A dagger marks a definition note ('\u2020
    Position on the last day of the quarter' for temporary accommodation;
    sickness is days in the quarter), and twice stands beside the asterisk
    ('\u2020*', '\u2020 *'). Shaded section rows, a Unit column, '2023/24
    outturn', Q1..Q3 2024/25, 'Target 2024/25' and a pale-filled Status word
    ('Data only' for contextual measures).

    A careful reader reads each name without its marks (the marks point at
    footnotes, they are not part of the name) and sets polarity from the
    footnotes: lower is better for the asterisked measures, none for the
    contextual ones, higher is better for every other measure, because the
    last footnote says so. The dagger says nothing about polarity. Units
    from the Unit column. The target names 2024/25, so it applies to the
    three quarters and not to the 2023/24 outturn; the Status belongs to
    Q3 ('Data only' is no rating); 'Awaiting data' is kept as Q3's text.
    Nothing here is doubtful.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Tamworth Borough Council")
    sheet["A2"] = (
        "Corporate performance indicators \u2013 Quarter 3 2024/25 (October to December 2024)"
    )
    sheet["A2"].font = Font(bold=True, size=12)
    sheet["A3"] = "Corporate Scrutiny Committee, 6 February 2025 \u2013 Appendix B"
    sheet["A3"].font = Font(italic=True, size=9)
    put_row(sheet, HEAD_ROW, 1, HEADER)
    for col in range(1, len(HEADER) + 1):
        cell = sheet.cell(row=HEAD_ROW, column=col)
        cell.fill = HEAD_FILL
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = GRID
    exp = Expected([])
    row = HEAD_ROW
    for entry in ROWS:
        row += 1
        if len(entry) == 1:
            sheet.cell(row=row, column=1, value=entry[0]).font = Font(bold=True)
            for col in range(1, len(HEADER) + 1):
                sheet.cell(row=row, column=col).fill = SECTION_FILL
            continue
        code, typed, name, polarity, unit, outturn, q1, q2, q3, target, status = entry
        put_row(sheet, row, 1, [code, typed, unit, outturn, q1, q2, q3, target, status])
        for col in range(1, len(HEADER) + 1):
            cell = sheet.cell(row=row, column=col)
            cell.border = GRID
            if col >= 3:
                cell.alignment = Alignment(horizontal="center")
            if isinstance(cell.value, int) and cell.value >= 1000:
                cell.number_format = "#,##0"
            elif unit == "%" and isinstance(cell.value, float) and 4 <= col <= 8:
                cell.number_format = "0.00" if str(code) == "HS03" else "0.0"
        if status in STATUS_FILL:
            rgb = STATUS_FILL[str(status)]
            sheet.cell(row=row, column=9).fill = PatternFill(
                fill_type="solid", start_color=rgb, end_color=rgb
            )
        c, n = str(code), str(name)
        goal = float(str(target)) if target is not None else None
        exp.observations.append(Obs(c, n, "2023/24", float(str(outturn))))
        for k, value in enumerate((q1, q2, q3)):
            rag = STATUS.get(str(status)) if k == 2 else None
            if isinstance(value, int | float):
                exp.observations.append(Obs(c, n, QUARTERS[k], float(value), None, goal, rag))
            else:
                exp.observations.append(Obs(c, n, QUARTERS[k], None, str(value), goal, rag))
        exp.add_meta(c, n, str(polarity or "higher_is_better"), UNIT[str(unit)])
    foot = row + 2
    notes = (
        "* A lower figure is better.",
        "(C) Contextual measure: monitored without a target; neither a higher nor a lower figure "
        "is better.",
        "All other measures: a higher figure is better.",
        "\u2020 HS04: position on the last day of the quarter. CO02: days lost in the quarter "
        "(the 2023/24 outturn is the whole year).",
        "Status: Green on or better than target; Amber within 5% of target; Red more than 5% "
        "away. CO04: Q3 figure awaited from the information governance system.",
    )
    for j, line in enumerate(notes):
        sheet.cell(row=foot + j, column=1, value=line).font = Font(size=9)
    widths = {"A": 7, "B": 62, "C": 7, "D": 11, "E": 11, "F": 11, "G": 11, "H": 11, "I": 11}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    save(book, path)
    return exp
