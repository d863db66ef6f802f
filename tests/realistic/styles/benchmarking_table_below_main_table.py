"""A 'Benchmarking' table of last year's comparisons below the main quarterly KPI table."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Font, PatternFill

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

SHEET = "Scorecard"
HEAD_ROW = 4
PERIODS = ("Q1 2024/25", "Q2 2024/25")
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
RAG_FILL = {"Green": GREEN_FILL, "Amber": AMBER_FILL, "Red": RED_FILL}
HEAD = PatternFill(fill_type="solid", start_color="FFD9E1F2", end_color="FFD9E1F2")
SECTION = PatternFill(fill_type="solid", start_color="FFF2F2F2", end_color="FFF2F2F2")
QUARTILE_FILL = {
    "Top": "FFC6EFCE",
    "Upper middle": "FFE2EFDA",
    "Lower middle": "FFFFEB9C",
    "Bottom": "FFFFC7CE",
}

# A 1-tuple is a section row. Otherwise: code, indicator, Q1, Q2, target, RAG, comment.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Children's Services",),
    ("CS01", "Children's social care re-referrals within 12 months (%)", 21.4, 19.8, 20, "Green",
     None),
    ("CS02", "Child protection plans lasting 2 years or more (%)", 3.1, 4.6, 2.5, "Red",
     "Six large sibling groups."),
    ("CS03", "Children in care with 3 or more placements in the year (%)", 9.2, 10.1, 10, "Amber",
     None),
    ("CS04", "EHC plans issued within 20 weeks (excluding exceptions) (%)", 46.3, 52.0, 60, "Red",
     "Educational psychology capacity."),
    ("CS05", "Care leavers aged 19\u201321 in education, employment or training (%)", 58.0, None,
     60, "Amber", "Q2 return delayed."),
    ("Adult Social Care",),
    ("AS01", "Permanent admissions to care homes, aged 65+, per 100,000", 142.6, 301.9, 560,
     "Green", "Cumulative; annual target."),
    ("AS02", "Older people at home 91 days after discharge into reablement (%)", 83.5, 85.1, 85,
     "Green", None),
    ("AS03", "Adults with learning disabilities in paid employment (%)", 4.9, 5.2, 6, "Red", None),
    ("AS04", "Service users receiving direct payments (%)", 27.8, 28.4, 28, "Green", None),
    ("AS05", "Safeguarding enquiries concluded within 12 weeks (%)", 71.0, "n/a", 80, None,
     "Case system migration; Q2 not available."),
    ("Public Health",),
    ("PH01", "Smoking at time of delivery (%)", 9.8, 8.9, 8, "Amber", None),
    ("PH02", "NHS Health Checks received by eligible population (cumulative %)", 1.9, 3.8, 7.5,
     "Amber", None),
    ("PH03", "Opiate users successfully completing treatment (%)", 4.2, 4.6, 5, "Amber", None),
)  # fmt: skip

# code, indicator, 2023/24 our council, England, statistical neighbours, quartile
BENCH: tuple[tuple[object, ...], ...] = (
    ("CS01", "Children's social care re-referrals within 12 months (%)", 20.7, 22.4, 21.9,
     "Upper middle"),
    ("CS02", "Child protection plans lasting 2 years or more (%)", 2.8, 3.9, 3.4, "Upper middle"),
    ("CS03", "Children in care with 3 or more placements in the year (%)", 11.0, 10.0, 9.6,
     "Bottom"),
    ("CS04", "EHC plans issued within 20 weeks (excluding exceptions) (%)", 38.5, 50.3, 47.1,
     "Bottom"),
    ("AS01", "Permanent admissions to care homes, aged 65+, per 100,000", 598.3, 566.0, 612.4,
     "Lower middle"),
    ("AS02", "Older people at home 91 days after discharge into reablement (%)", 84.2, 83.8, "\u2013",
     "Upper middle"),
    ("AS04", "Service users receiving direct payments (%)", 27.1, 25.5, 26.8, "Top"),
    ("PH01", "Smoking at time of delivery (%)", 10.4, 7.4, 8.8, "Bottom"),
    ("PH03", "Opiate users successfully completing treatment (%)", 4.7, 5.3, 5.0, "Lower middle"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a county council's people-services scorecard with a benchmarking table beneath.

    The kind of quarterly people scorecard a county's business intelligence
    team takes to the People Overview and Scrutiny Committee: one sheet,
    title 'People Services Performance Scorecard \u2013 Quarter 2 2024/25',
    main table Code, Indicator, 'Q1 2024/25', 'Q2 2024/25', 'Target
    2024/25', a filled RAG word and Comments, under shaded Children's /
    Adult Social Care / Public Health rows. Three blank rows below it, a
    bold heading 'Benchmarking' with a line 'Latest published data (2023/24)
    from LG Inform, DfE and NHS England', then a second table: Code,
    Indicator, '2023/24 Our council', 'England', 'Statistical neighbours',
    'Quartile' (Top / Upper middle / Lower middle / Bottom, shaded) for nine
    of the fourteen indicators, the same codes and names. One neighbour
    average is a dash. Care leavers' Q2 is blank, safeguarding's Q2 'n/a'.

    A careful reader takes from the main table each quarter with its 2024/25
    target, the RAG on the latest figure (care leavers: Q1). From the
    benchmarking table the reader takes '2023/24 Our council' as the
    council's own figure for the year 2023/24 of the indicator with that
    code: it is this council's outturn, not a benchmark, and no other cell
    gives that year. It carries no target (the target names 2024/25) and no
    RAG. England and the statistical neighbours' average are comparators for
    2023/24 and the quartile words a position, none of them the council's
    figures; the benchmarking rows are not new indicators. No unit or
    polarity column; units only in names.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "People Services Performance Scorecard \u2013 Quarter 2 2024/25")
    sheet["A2"] = "People Overview and Scrutiny Committee, 21 November 2024"
    sheet["A2"].font = Font(italic=True)
    heads = ["Code", "Indicator", *PERIODS, "Target 2024/25", "RAG", "Comments"]
    put_row(sheet, HEAD_ROW, 1, heads, bold=True)
    for col in range(1, len(heads) + 1):
        cell = sheet.cell(row=HEAD_ROW, column=col)
        cell.fill = HEAD
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    exp = Expected([])
    row = HEAD_ROW + 1
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, len(heads) + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        code, name, q1, q2, target, rag, _comment = spec
        put_row(sheet, row, 1, list(spec))
        if rag:
            fill(sheet, f"F{row}", RAG_FILL[str(rag)])
        goal = float(target) if isinstance(target, int | float) else None
        status = RAG[str(rag)] if rag else None
        exp.observations.extend(observed(str(code), str(name), PERIODS, (q1, q2), goal, status))
        row += 1
    row += 3
    sheet.cell(row=row, column=1, value="Benchmarking").font = Font(bold=True, size=12)
    row += 1
    sheet.cell(
        row=row,
        column=1,
        value="Latest published data (2023/24) from LG Inform, DfE and NHS England",
    ).font = Font(italic=True, size=9)
    row += 1
    bench_heads = ["Code", "Indicator", "2023/24 Our council", "England",
                   "Statistical neighbours", "Quartile"]  # fmt: skip
    put_row(sheet, row, 1, bench_heads, bold=True)
    for col in range(1, len(bench_heads) + 1):
        cell = sheet.cell(row=row, column=col)
        cell.fill = HEAD
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    row += 1
    for code, name, ours, _england, _neighbours, quartile in BENCH:
        put_row(sheet, row, 1, [code, name, ours, _england, _neighbours, quartile])
        fill(sheet, f"F{row}", QUARTILE_FILL[str(quartile)])
        assert isinstance(ours, float)
        exp.observations.append(Obs(str(code), str(name), "2023/24", ours))
        row += 1
    notes = (
        "RAG compares the latest quarter with the 2024/25 target: Green met, Amber within 10%, "
        "Red more than 10% away.",
        "Quartile: position among English single tier and county councils; Top is always the "
        "best performing quartile. \u2013 not published.",
    )
    for j, line in enumerate(notes, start=row + 1):
        sheet.cell(row=j, column=1, value=line).font = Font(size=9)
    widths = {"A": 8, "B": 64, "C": 13, "D": 13, "E": 14, "F": 14, "G": 40}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    save(book, path)
    return exp
