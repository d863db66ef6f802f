"""Figure cells holding the figure and a note on a second line (Alt+Enter): '54.2%\\n(provisional)', '312\\nQ2 data not yet validated'."""

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
    merge,
    new_book,
    put_row,
    save,
    title,
)

SHEET = "Q2 2024-25"
HEAD_ROW = 5
FIRST = HEAD_ROW + 1
PERIODS = ("2023/24", "Q1 2024/25", "Q2 2024/25")
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
RAG_FILL = {"Green": GREEN_FILL, "Amber": AMBER_FILL, "Red": RED_FILL}
UNIT = {"%": "%", "Number": "number", "Days": "days", "\u00a3": "\u00a3"}
SECTION = PatternFill(fill_type="solid", start_color="FFDEEAF6", end_color="FFDEEAF6")
HEAD = PatternFill(fill_type="solid", start_color="FF2F5496", end_color="FF2F5496")
THIN = Side(style="thin", color="FFA6A6A6")
MONEY = "\u00a3#,##0"

# Each figure is (as typed, as read): a number, or text with the figure on its first line.
# Section rows are a 1-tuple. Otherwise: ref, indicator, unit, 2023/24 outturn, Q1, Q2,
# target 2024/25, Q2 RAG, comment
ROWS: tuple[tuple[object, ...], ...] = (
    ("Resources",),
    ("CP01", "Council tax collected in year", "%", (96.8, 96.8), (28.9, 28.9),
     ("56.1%\n(provisional)", 56.1), (96.5, 96.5), "Green", "Profile to September 56.0%."),
    ("CP02", "Business rates collected in year", "%", (98.2, 98.2), (30.4, 30.4), (57.2, 57.2),
     (98.0, 98.0), "Amber", None),
    ("CP03", "Average days to process new Housing Benefit claims", "Days", (19.6, 19.6),
     (18.2, 18.2), ("17.5\n(provisional)", 17.5), (18, 18), "Green", None),
    ("CP04", "In-year revenue savings delivered", "\u00a3", ("\u00a33.4m", 3_400_000),
     (650_000, 650_000), ("\u00a31.2m\nforecast", 1_200_000),
     ("\u00a32.5m\nsavings plan", 2_500_000), "Amber",
     "Two savings proposals in adult social care delayed to 2025/26."),
    ("CP05", "Working days lost to sickness per FTE (rolling 12 months)", "Days", (10.2, 10.2),
     ("9.8\n(revised from 10.1)", 9.8), (9.6, 9.6), (9.0, 9.0), "Amber", None),
    ("CP06", "Stage 1 complaints responded to within 10 working days", "%", (84.0, 84.0),
     (87.5, 87.5), ("91.3%\n(147 of 161)", 91.3), (90, 90), "Green", None),
    ("Place",),
    ("CP07", "Household waste reused, recycled or composted", "%", (49.1, 49.1),
     ("52.6%\n(provisional)", 52.6), ("Not available", None), (50, 50), None,
     "Quarter 2 tonnages due from WasteDataFlow in December."),
    ("CP08", "Fly-tipping incidents cleared within 2 working days", "%", (93.2, 93.2),
     (95.1, 95.1), (96.0, 96.0), (95, 95), "Green", None),
    ("CP09", "Street lights repaired within 5 working days", "%", (91.0, 91.0), (88.3, 88.3),
     (94.2, 94.2), (95, 95), "Amber", None),
    ("CP10", "Major planning applications determined in time", "%", (90.0, 90.0),
     (100.0, 100.0), ("85.7%\n(6 of 7)", 85.7), ("80%\n(national 60%)", 80), "Green", None),
    ("People",),
    ("CP11", "Households in temporary accommodation at quarter end", "Number", (287, 287),
     (301, 301), ("312\nQ2 data not yet validated", 312), (290, 290), "Red",
     "Demand from private rented sector evictions continues to rise."),
    ("CP12", "Homelessness cases prevented", "Number", (612, 612), (158, 158), (171, 171),
     (150, 150), "Green", None),
    ("CP13", "Children's social care assessments completed within 45 working days", "%",
     (86.4, 86.4), (88.9, 88.9), ("82.0%\n(data cleansing under way)", 82.0), (85, 85),
     "Amber", None),
    ("CP14", "Visits to libraries", "Number", (412_304, 412_304), (104_225, 104_225),
     ("98,740\nCentral Library closed 2 weeks", 98_740), (100_000, 100_000), "Amber", None),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a metropolitan borough's quarterly corporate performance report to Cabinet.

    Stockport style: one sheet 'Q2 2024-25' with shaded Resources / Place /
    People rows and Ref, Indicator, Unit (%, Days, \u00a3, Number), '2023/24
    outturn', 'Q1 2024/25' and 'Q2 2024/25' under a merged '2024/25'
    banner, 'Target 2024/25', a filled 'Q2 RAG' word and comments. Officers
    typed notes into the figure cells with Alt+Enter, so some cells are
    text with the figure on the first line and a note on the second, wrap
    text on: '56.1%\\n(provisional)', '17.5\\n(provisional)', '9.8\\n(revised
    from 10.1)', '91.3%\\n(147 of 161)', '312\\nQ2 data not yet validated',
    '98,740\\nCentral Library closed 2 weeks', '\u00a31.2m\\nforecast'; two
    targets carry one as well ('\u00a32.5m\\nsavings plan', '80%\\n(national
    60%)'). Other figures are plain numbers; last year's savings are typed
    '\u00a33.4m'. The waste Q2 is 'Not available'.

    A careful reader takes each cell's first line as its figure and the
    rest as a note: 56.1 (points), 17.5, 9.8 (the revised figure, not
    10.1), 91.3 (not 147 or 161), 312, 98740, \u00a31,200,000, targets
    2,500,000 and 80 (the national 60% is a comparator). The savings Q2
    is the service's forecast of savings delivered by the end of the year,
    reported as its Q2 figure: it is read as the Q2 observation, the word
    a note. The 2024/25 target goes with the two quarters only (its heading
    names the year), the RAG with Q2; 'Not available' is kept as Q2's text
    with the target and no rating. Units from the Unit column.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Stockport Metropolitan Borough Council")
    sheet["A2"] = "Corporate Performance and Resources Report \u2013 Quarter 2 2024/25"
    sheet["A2"].font = Font(bold=True, size=12)
    sheet["A3"] = "Cabinet, 12 November 2024 \u2013 Appendix 1"
    sheet["A3"].font = Font(italic=True, size=9)
    merge(sheet, "E4:F4", "2024/25")
    header = ["Ref", "Indicator", "Unit", "2023/24 outturn", "Q1 2024/25", "Q2 2024/25",
              "Target 2024/25", "Q2 RAG", "Comments"]  # fmt: skip
    put_row(sheet, HEAD_ROW, 1, header)
    for col in range(1, len(header) + 1):
        cell = sheet.cell(row=HEAD_ROW, column=col)
        cell.fill = HEAD
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)

    exp = Expected([])
    row = FIRST
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, len(header) + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        ref, name, unit, outturn, q1, q2, target, rag, comment = spec
        cells = (outturn, q1, q2, target)
        typed = [c[0] for c in cells if isinstance(c, tuple)]
        put_row(sheet, row, 1, [ref, name, unit, *typed, rag, comment])
        for col in range(1, len(header) + 1):
            sheet.cell(row=row, column=col).border = Border(bottom=THIN)
        for col in range(4, 8):
            cell = sheet.cell(row=row, column=col)
            cell.alignment = Alignment(horizontal="right", vertical="top", wrap_text=True)
            if isinstance(cell.value, int | float):
                if unit == "\u00a3":
                    cell.number_format = MONEY
                elif unit == "Number":
                    cell.number_format = "#,##0"
                elif unit == "%":
                    cell.number_format = '0.0"%"'
        if rag is not None:
            rgb = RAG_FILL[str(rag)]
            cell = sheet.cell(row=row, column=8)
            cell.fill = PatternFill(fill_type="solid", start_color=rgb, end_color=rgb)
            cell.alignment = Alignment(horizontal="center", vertical="top")
        sheet.cell(row=row, column=9).alignment = Alignment(wrap_text=True, vertical="top")

        assert isinstance(target, tuple)
        goal = None if target[1] is None else float(target[1])
        for k, cell_spec in enumerate((outturn, q1, q2)):
            assert isinstance(cell_spec, tuple)
            shown, read = cell_spec
            actual = None if read is None else float(read)
            text = str(shown) if read is None else None
            rating = RAG[str(rag)] if k == 2 and rag is not None else None
            exp.observations.append(
                Obs(str(ref), str(name), PERIODS[k], actual, text, goal if k else None, rating)
            )
        exp.add_meta(str(ref), str(name), None, UNIT[str(unit)])
        row += 1

    notes = (
        "Notes in a figure cell (second line) explain that figure: provisional, revised, forecast "
        "or awaiting validation.",
        "RAG compares Quarter 2 with the 2024/25 target (collection rates and savings with the "
        "profile to date): Green \u2013 met; Amber \u2013 within 5%; Red \u2013 more than 5% "
        "worse.",
    )
    for j, line in enumerate(notes, start=row + 1):
        sheet.cell(row=j, column=1, value=line).font = Font(size=9, italic=True)
    widths = {"A": 7, "B": 58, "C": 8, "D": 13, "E": 13, "F": 16, "G": 14, "H": 9, "I": 48}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"D{FIRST}"
    save(book, path)
    return exp
