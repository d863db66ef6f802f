"""Each quarter a pair of columns under a merged quarter heading: the RAG first, then the figure."""

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
    num,
    put_row,
    save,
    text_of,
    title,
)

SHEET = "KPIs 2024-25"
BAND_ROW = 4
HEAD_ROW = 5
FIRST_PAIR = 4  # column D
PERIODS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25")
BANDS = ("Quarter 1 2024/25", "Quarter 2 2024/25", "Quarter 3 2024/25", "Quarter 4 2024/25")
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
RAG_FILL = {"G": GREEN_FILL, "A": AMBER_FILL, "R": RED_FILL}
POLARITY = {"Higher is better": "higher_is_better", "Lower is better": "lower_is_better"}
SECTION = PatternFill(fill_type="solid", start_color="FFF2F2F2", end_color="FFF2F2F2")
HEAD = PatternFill(fill_type="solid", start_color="FF1F4E78", end_color="FF1F4E78")
THIN = Side(style="thin", color="FFA6A6A6")

# A 1-tuple is a section row. Otherwise: code, measure, polarity, four (RAG, actual) pairs for
# Q1..Q4, annual target 2024/25, comments. Percentages typed in points.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Economy and Regeneration",),
    ("ER01", "Business rates collected (cumulative %)", "Higher is better",
     ("G", 31.2), ("A", 57.4), ("G", 84.9), ("G", 98.7), 98.5, None),
    ("ER02", "Major planning applications determined in 13 weeks (%)", "Higher is better",
     ("G", 92.3), ("G", 90.0), ("R", 71.4), ("A", 85.7), 90, "Q3 affected by two appeals."),
    ("ER03", "Minor planning applications determined in 8 weeks (%)", "Higher is better",
     ("A", 79.6), ("G", 86.1), ("G", 88.0), ("G", 89.4), 85, None),
    ("ER04", "Vacant town centre units (%)", "Lower is better",
     ("R", 14.8), ("R", 14.1), ("A", 13.2), ("A", 12.9), 12, None),
    ("ER05", "Jobs created through council business support (number)", "Higher is better",
     (None, 18), (None, 27), (None, 22), (None, 31), None, "Data only."),
    ("Housing and Communities",),
    ("HC01", "Homelessness preventions (% of cases)", "Higher is better",
     ("G", 58.3), ("A", 52.0), ("A", 53.6), ("G", 61.2), 55, None),
    ("HC02", "Households in temporary accommodation (snapshot)", "Lower is better",
     ("A", 96), ("R", 112), ("R", 119), ("R", 124), 90,
     "Rising demand; new leased scheme opens June 2025."),
    ("HC03", "Average days to process new housing benefit claims", "Lower is better",
     ("G", 17.2), ("G", 16.8), ("A", 19.9), ("G", 17.5), 19, None),
    ("HC04", "Disabled Facilities Grants completed", "Higher is better",
     ("R", 21), ("A", 34), ("G", 41), (None, None), 40, "Q4 completions being validated."),
    ("HC05", "Affordable homes delivered (cumulative)", "Higher is better",
     ("R", 12), ("R", 38), ("A", 77), ("G", 142), 140, None),
    ("Environment",),
    ("EN01", "Household waste reused, recycled or composted (%)", "Higher is better",
     ("G", 53.1), ("G", 52.6), ("A", 47.9), (None, "n/a"), 50,
     "Q4 tonnages available from the county in June."),
    ("EN02", "Residual household waste per household (kg)", "Lower is better",
     ("G", 104), ("G", 109), ("A", 116), (None, None), 110, None),
    ("EN03", "Missed bins per 100,000 collections", "Lower is better",
     ("A", 54), ("G", 46), ("R", 71), ("G", 49), 50, "Snow in January affected Q3 rounds."),
    ("EN04", "Fly-tips removed within 3 working days (%)", "Higher is better",
     ("G", 97.4), ("G", 98.1), ("G", 96.8), ("G", 97.9), 95, None),
    ("EN05", "Streets at or above grade B for litter (%)", "Higher is better",
     (None, None), ("G", 93.0), (None, None), ("A", 89.5), 92,
     "Surveyed in tranches 2 and 3 only."),
    ("Corporate Health",),
    ("CH01", "Working days lost to sickness per FTE (cumulative)", "Lower is better",
     ("G", 1.9), ("A", 4.1), ("R", 6.8), ("R", 9.4), 8.0, None),
    ("CH02", "Council tax collected (cumulative %)", "Higher is better",
     ("G", 29.8), ("G", 57.5), ("A", 83.9), ("G", 97.6), 97.5, None),
    ("CH03", "FOI requests answered within 20 working days (%)", "Higher is better",
     ("A", 88.1), ("G", 91.4), ("G", 93.0), ("G", 92.2), 90, None),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a district council's year-end KPI table for a performance scrutiny panel.

    The layout some district councils use in their quarterly/year-end
    performance reports: Code, Measure, Polarity ('Higher is better' /
    'Lower is better'), then for each quarter of 2024/25 a merged heading
    ('Quarter 1 2024/25' ...) over two columns headed 'RAG' and 'Actual'
    -- the status first, then the figure -- then 'Annual target 2024/25'
    and Comments, under grey section rows. RAG letters are filled. Data-
    only rows have blank RAG cells; a few Q4 figures are blank or 'n/a'
    (awaiting validation or county tonnages); the street cleanliness
    survey runs in two tranches only.

    A careful reader pairs each RAG cell with the figure to its right
    under the same quarter heading (the rating of that quarter), takes
    the annual target as applying to every quarter, and reads polarity
    from the Polarity column. No units column.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Key Performance Indicators \u2013 Year End 2024/25")
    sheet["A2"] = "Performance and Resources Scrutiny Panel, 3 June 2025"
    sheet["A2"].font = Font(italic=True)
    ncol = 3 + 2 * len(PERIODS) + 2
    for k, band in enumerate(BANDS):
        left = FIRST_PAIR + 2 * k
        a = sheet.cell(row=BAND_ROW, column=left).coordinate
        b = sheet.cell(row=BAND_ROW, column=left + 1).coordinate
        merge(sheet, f"{a}:{b}", band)
    heads = ["Code", "Measure", "Polarity", *(["RAG", "Actual"] * len(PERIODS)),
             "Annual target 2024/25", "Comments"]  # fmt: skip
    put_row(sheet, HEAD_ROW, 1, heads)
    for r in (BAND_ROW, HEAD_ROW):
        for col in range(1, ncol + 1):
            cell = sheet.cell(row=r, column=col)
            cell.fill = HEAD
            cell.font = Font(bold=True, color="FFFFFFFF")
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    exp = Expected([])
    row = HEAD_ROW + 1
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, ncol + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        code, name, polarity, *pairs, target, comment = spec
        put_row(sheet, row, 1, [code, name, polarity])
        for k, pair in enumerate(pairs):
            assert isinstance(pair, tuple)
            rag, value = pair
            col = FIRST_PAIR + 2 * k
            if rag is not None:
                cell = sheet.cell(row=row, column=col, value=rag)
                rgb = RAG_FILL[str(rag)]
                cell.fill = PatternFill(fill_type="solid", start_color=rgb, end_color=rgb)
                cell.alignment = Alignment(horizontal="center")
            if value is not None:
                sheet.cell(row=row, column=col + 1, value=value)
                exp.observations.append(
                    Obs(
                        str(code),
                        str(name),
                        PERIODS[k],
                        num(value),
                        text_of(value),
                        num(target),
                        RAG[str(rag)] if rag else None,
                    )
                )
            else:
                assert rag is None
        put_row(sheet, row, ncol - 1, [target, comment])
        for col in range(1, ncol + 1):
            sheet.cell(row=row, column=col).border = Border(bottom=THIN, right=THIN)
        exp.add_meta(str(code), str(name), POLARITY[str(polarity)], None)
        row += 1
    sheet.cell(row=row + 1, column=1, value=(
        "RAG: G \u2013 target met or exceeded; A \u2013 within 10% of target; R \u2013 more than "
        "10% from target. Cumulative measures are compared with the profiled target for the quarter."
    )).font = Font(size=9, italic=True)  # fmt: skip
    widths = {"A": 7, "B": 52, "C": 16, "L": 12, "M": 45}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    for k in range(len(PERIODS)):
        sheet.column_dimensions[
            sheet.cell(row=1, column=FIRST_PAIR + 2 * k).column_letter
        ].width = 5
    sheet.freeze_panes = f"D{HEAD_ROW + 1}"
    save(book, path)
    return exp
