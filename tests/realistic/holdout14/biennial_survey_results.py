"""Residents', tenants' and staff survey results every two years beside annual indicators, the off years blank."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from tests.realistic.kit import (
    AMBER_FILL,
    GREEN_FILL,
    RED_FILL,
    Expected,
    Rag,
    fill,
    merge,
    new_book,
    observed,
    put_row,
    save,
    title,
)

SHEET = "Outcome indicators"
YEARS = ("2018/19", "2019/20", "2020/21", "2021/22", "2022/23", "2023/24")
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
RAG_FILL = {"G": GREEN_FILL, "A": AMBER_FILL, "R": RED_FILL}
OFF_YEAR = PatternFill(fill_type="solid", start_color="FFEDEDED", end_color="FFEDEDED")
SECTION = PatternFill(fill_type="solid", start_color="FFDEEAF6", end_color="FFDEEAF6")
THIN = Side(style="thin", color="FFA6A6A6")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
POSTPONED = "Postponed (COVID-19)"
HEAD_ROW = 5

# A section heading is a 1-tuple. A row: ref, indicator, source, frequency, six years' results
# (None: blank), target, benchmark, direction of travel, RAG (None: blank).
ROWS: tuple[tuple[object, ...], ...] = (
    ("Residents' Survey (every two years)",),
    ("RS01", "Residents satisfied with the way the council runs things (%)",
     "Residents' Survey", "Every 2 years", (None, 68.0, None, 64.0, None, 61.0), 65.0, 56.0,
     "Worse", "A"),
    ("RS02", "Residents who agree the council provides value for money (%)",
     "Residents' Survey", "Every 2 years", (None, 49.0, None, 45.0, None, 42.0), 50.0, 41.0,
     "Worse", "R"),
    ("RS03", "Residents satisfied with their local area as a place to live (%)",
     "Residents' Survey", "Every 2 years", (None, 84.0, None, 86.0, None, 83.0), 80.0, 74.0,
     "Similar", "G"),
    ("RS04", "Residents who feel safe outside in their local area after dark (%)",
     "Residents' Survey", "Every 2 years", (None, 71.0, None, 74.0, None, 72.0), 70.0, None,
     "Similar", "G"),
    ("RS05", "Residents who feel well informed about council services (%)",
     "Residents' Survey", "Every 2 years", (None, 58.0, None, "Question not asked", None, 55.0),
     60.0, 55.0, "Worse", "A"),
    ("Tenants and staff (every two years)",),
    ("TS01", "Tenants satisfied with the overall service from their landlord (%)",
     "STAR tenant survey", "Every 2 years", (87.0, None, POSTPONED, None, 82.0, None), 85.0,
     None, "Worse", "A"),
    ("TS02", "Tenants satisfied that their rent provides value for money (%)",
     "STAR tenant survey", "Every 2 years", (81.0, None, POSTPONED, None, 83.0, None), 80.0,
     None, "Better", "G"),
    ("SS01", "Staff who would recommend the council as a good place to work (%)",
     "Staff survey", "Every 2 years", (None, None, 72.0, None, 69.0, None), 75.0, None,
     "Worse", "R"),
    ("Annual indicators",),
    ("AN01", "Household waste sent for reuse, recycling and composting (%)",
     "WasteDataFlow", "Annual", (54.1, 55.0, 53.2, 54.6, 55.3, 55.9), 55.0, 43.4, "Better", "G"),
    ("AN02", "Residual household waste per household (kg)", "WasteDataFlow", "Annual",
     (452, 448, 480, 465, 441, 432), 440, 498, "Better", "G"),
    ("AN03", "Net additional dwellings", "Housing monitoring", "Annual",
     (1204, 1087, 1130, 998, 1245, 1062), 768, None, "Worse", "G"),
    ("AN04", "Adults who are physically active (150+ minutes a week) (%)",
     "Sport England Active Lives", "Annual", (70.2, 71.8, 68.9, 70.6, 72.1, 71.4), None, 63.4,
     "Similar", None),
    ("AN05", "Council tax collected in year (%)", "Revenues", "Annual",
     (98.9, 98.7, 97.9, 98.4, 98.6, 98.5), 98.5, 96.0, "Similar", "G"),
)  # fmt: skip

HEADER = ["Ref", "Indicator", "Source", "Frequency", *YEARS, "Target", "England / benchmark",
          "Direction of travel", "RAG"]  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a unitary council's annual 'state of the borough' outcome indicator table.

    Wokingham-style: the Corporate Plan's outcome indicators are reported
    once a year to the Executive with six years of results. Many come from
    surveys run every two years, so their rows are blank in the off years
    (shaded grey): the Residents' Survey (fieldwork in autumn 2019, 2021
    and 2023, results in the 2019/20, 2021/22 and 2023/24 columns), the
    STAR tenant survey (2018/19 and 2022/23, the 2020/21 round 'Postponed
    (COVID-19)') and the staff survey (2020/21, 2022/23). One residents'
    question was dropped in 2021 ('Question not asked'). Annual indicators
    fill every year. Columns are headed by financial year under a merged
    'Result' banner, with one Target, an 'England / benchmark' figure, a
    'Direction of travel' word (against the previous result) and a filled
    RAG letter; a key and a survey-timing note sit under the table.

    A careful reader takes each result for the financial year of its
    column: a survey result belongs to the year its fieldwork fell in, as
    the note says, so 2021's residents' survey is 2021/22. Blank off-year
    cells are no observation; the 'Postponed (COVID-19)' and 'Question not
    asked' cells are kept as what they said. The single Target applies to
    every result in its row. The RAG belongs to each row's latest result,
    which for the tenant and staff surveys is 2022/23, not the last column.
    The benchmark and direction of travel are not observations.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Wokingham Borough Council \u2013 Community Vision outcome indicators")
    sheet["A2"] = "Annual report to the Executive, July 2024: results 2018/19 to 2023/24"
    sheet["A2"].font = Font(italic=True)
    merge(sheet, "E4:J4", "Result")
    put_row(sheet, HEAD_ROW, 1, HEADER, bold=True)
    for col in range(1, len(HEADER) + 1):
        cell = sheet.cell(row=HEAD_ROW, column=col)
        cell.border = GRID
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    exp = Expected([])
    row = HEAD_ROW + 1
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, len(HEADER) + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        ref, name, source, frequency, results, target, bench, direction, rag = spec
        assert isinstance(results, tuple)
        put_row(sheet, row, 1, [ref, name, source, frequency, *results, target, bench,
                                direction, rag])  # fmt: skip
        for col in range(1, len(HEADER) + 1):
            sheet.cell(row=row, column=col).border = GRID
        for k, value in enumerate(results):
            cell = sheet.cell(row=row, column=5 + k)
            if value is None:
                cell.fill = OFF_YEAR
            elif isinstance(value, str):
                cell.alignment = Alignment(horizontal="center", wrap_text=True)
                cell.font = Font(italic=True, size=9)
            elif isinstance(value, int) and value >= 1000:
                cell.number_format = "#,##0"
        if rag is not None:
            fill(sheet, f"N{row}", RAG_FILL[str(rag)])
            sheet.cell(row=row, column=14).alignment = Alignment(horizontal="center")
        goal = None if target is None else float(str(target))
        exp.observations += observed(
            str(ref), str(name), YEARS, results, goal, RAG[str(rag)] if rag is not None else None
        )
        row += 1
    notes = (
        "Survey results are shown in the financial year in which the fieldwork took place: "
        "Residents' Survey Sep-Oct 2019, Oct-Nov 2021 and Sep-Oct 2023; STAR tenant survey "
        "Nov 2018 and Jan-Feb 2023 (the 2020 round was postponed); staff survey Feb 2021 and "
        "Feb 2023.",
        "Grey cells: no survey that year.",
        "RAG (latest result against target): G met or better; A within 5 percentage points or 5%; "
        "R further from target. Direction of travel compares the latest result with the previous one.",
        "Benchmarks: LGA resident satisfaction polling (October 2023), DEFRA 2022/23, Sport England "
        "Active Lives (Nov 2022-23), DLUHC collection rates 2023/24 (England).",
    )
    for j, line in enumerate(notes):
        sheet.cell(row=row + 1 + j, column=1, value=line).font = Font(size=9, italic=True)
    for letter, width in {"A": 7, "B": 60, "C": 24, "D": 13, "K": 9, "L": 12, "M": 12,
                          "N": 6}.items():  # fmt: skip
        sheet.column_dimensions[letter].width = width
    for letter in "EFGHIJ":
        sheet.column_dimensions[letter].width = 11
    sheet.freeze_panes = f"E{HEAD_ROW + 1}"
    save(book, path)
    return exp
