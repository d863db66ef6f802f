"""Quarter columns headed with ordinals ('1st Qtr 2024/25', '2nd Quarter 24/25', a bare '3rd Qtr' under a year band, '4th Qtr 2023/24' as last year's comparator)."""

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
    merge,
    new_book,
    num,
    put_row,
    save,
    text_of,
    title,
)

SHEET = "Q3 Performance"
BAND_ROW = 4
HEAD_ROW = 5
HEADINGS = ("4th Qtr 2023/24", "1st Qtr 2024/25", "2nd Quarter 24/25", "3rd Qtr")
PERIODS = ("Q4 2023/24", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
RAG: dict[str, Rag] = {"Red": "red", "Amber": "amber", "Green": "green"}
RAG_FILL = {"Red": RED_FILL, "Amber": AMBER_FILL, "Green": GREEN_FILL}
SECTION = PatternFill(fill_type="solid", start_color="FFE2EFDA", end_color="FFE2EFDA")

# A 1-tuple is a portfolio row. Otherwise: ref, indicator, four quarters, target 2024/25, RAG, commentary
ROWS: tuple[tuple[object, ...], ...] = (
    ("Portfolio: Housing and Homelessness",),
    ("HSG 01", "Average time to re-let council homes (calendar days)", 34.2, 31.8, 29.5, 33.1, 30,
     "Amber", "Two long-term voids in sheltered schemes returned in December."),
    ("HSG 02", "Rent collected as % of rent due", 98.9, 96.4, 97.1, 97.8, 97.5, "Green", None),
    ("HSG 03", "Households in temporary accommodation (snapshot at quarter end)", 47, 52, 58, 61,
     None, None, "Information only \u2013 no target set."),
    ("HSG 04", "Homelessness cases prevented or relieved (%)", 61.0, 58.3, "n/a", 64.7, 60,
     "Green", "Q2 figure not available due to H-CLIC system migration."),
    ("HSG 05", "Responsive repairs completed within target time (%)", 91.4, 93.2, 92.7, 88.9, 95,
     "Red", "Contractor capacity affected by storm damage in November."),
    ("Portfolio: Environment and Culture",),
    ("ENV 01", "Household waste sent for reuse, recycling and composting (%)", 44.6, 47.9, 46.2,
     None, 45, "Green", "Q3 data from the county council not yet validated."),
    ("ENV 02", "Missed bins per 100,000 collections", 38, 42, 45, 57, 40, "Red",
     "Vehicle breakdowns and Christmas round changes."),
    ("ENV 03", "Fly-tipping incidents removed within 3 working days (%)", 96.0, 97.4, 98.1, 97.6,
     95, "Green", None),
    ("ENV 04", "Visits to the Assembly Rooms and Castle Museum", 21480, 18355, 24960, 30112, 20000,
     "Green", "Strong pantomime season."),
    ("ENV 05", "Food premises rated 4 or 5 for hygiene (%)", None, 93.5, 94.0, 94.2, 92, "Green",
     "New measure for 2024/25."),
    ("Portfolio: Finance and Customer Services",),
    ("FCS 01", "Council tax collected (cumulative %)", 97.6, 29.4, 56.8, 84.1, 84.5, "Amber",
     "Slightly behind profile; reminders issued in January."),
    ("FCS 02", "NNDR collected (cumulative %)", 98.2, 31.1, 58.6, 85.3, 84.0, "Green", None),
    ("FCS 03", "Average days to process new Housing Benefit claims", 21.3, 19.8, 18.4, 17.9, 20,
     "Green", None),
    ("FCS 04", "Average days to process changes in circumstances", 8.7, 9.9, 7.6, 7.1, 8, "Green",
     None),
    ("FCS 05", "Calls answered within 60 seconds (%)", 71.5, 66.2, 69.8, 73.4, 80, "Red",
     "Recruitment to two vacant adviser posts under way."),
    ("FCS 06", "Working days lost to sickness per FTE (rolling 12 months)", 10.4, 10.1, 9.6, "TBC",
     8.5, None, "HR system upgrade; Q3 figure to follow."),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a district council's quarterly performance report whose quarter headings use ordinals.

    Tamworth / Cannock Chase style: the Q3 report to Cabinet and the
    Corporate Scrutiny Committee, typed by hand, its quarter columns headed
    the way officers speak: '4th Qtr 2023/24' (last year's comparator),
    '1st Qtr 2024/25', '2nd Quarter 24/25' (spelt out, short year, copied
    from the Q2 report) and a bare '3rd Qtr', with a band row above giving
    '2023/24' over the comparator and '2024/25' over the three current
    quarters. 'Target 2024/25', a filled RAG word and Commentary follow;
    portfolio rows are shaded green.

    A careful reader takes the columns as Q4 2023/24, Q1, Q2 and Q3 2024/25
    (the bare '3rd Qtr' from its band and the title). The target names
    2024/25, so it is not applied to the 2023/24 comparator. The RAG belongs
    to the latest figure in the row: recycling's Q3 is blank, so its Green is
    Q2's; the sickness 'TBC' Q3 has no RAG. 'n/a' and 'TBC' are the words of
    their quarter. No unit or polarity column.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Tamworth Borough Council \u2013 Quarterly Performance Report 2024/25")
    sheet["A2"] = (
        "3rd Quarter (October to December 2024) \u2013 Cabinet and Corporate Scrutiny Committee"
    )
    sheet["A2"].font = Font(italic=True)
    sheet["C4"] = "2023/24"
    sheet["C4"].font = Font(bold=True)
    sheet["C4"].alignment = Alignment(horizontal="center")
    merge(sheet, "D4:F4", "2024/25")
    heads = ["Ref", "Performance Indicator", *HEADINGS, "Target 2024/25", "RAG", "Commentary"]
    put_row(sheet, HEAD_ROW, 1, heads, bold=True)
    for col in range(1, len(heads) + 1):
        cell = sheet.cell(row=HEAD_ROW, column=col)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.fill = PatternFill(fill_type="solid", start_color="FFBDD7EE", end_color="FFBDD7EE")
    exp = Expected([])
    row = HEAD_ROW + 1
    for entry in ROWS:
        if len(entry) == 1:
            sheet.cell(row=row, column=1, value=entry[0]).font = Font(bold=True)
            for col in range(1, len(heads) + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        ref, name, *figures, target, rag, comment = entry
        put_row(sheet, row, 1, [ref, name, *figures, target, rag, comment])
        for col in range(3, 8):
            sheet.cell(row=row, column=col).alignment = Alignment(horizontal="right")
        if rag:
            fill(sheet, f"H{row}", RAG_FILL[str(rag)])
        given = [k for k, value in enumerate(figures) if value is not None]
        for k in given:
            value = figures[k]
            goal = num(target) if k > 0 else None
            status = RAG[str(rag)] if rag and k == given[-1] else None
            exp.observations.append(
                Obs(str(ref), str(name), PERIODS[k], num(value), text_of(value), goal, status)
            )
        row += 1
    notes = (
        "RAG status compares the latest quarter with the 2024/25 target: Green on or better than "
        "target; Amber within 5%; Red more than 5% off target.",
        "4th Qtr 2023/24 is last year's final quarter, shown for comparison; cumulative measures "
        "show the year-end position there.",
    )
    for j, line in enumerate(notes):
        sheet.cell(row=row + 1 + j, column=1, value=line).font = Font(size=9, italic=True)
    sheet.column_dimensions["B"].width = 58
    for letter in "CDEFG":
        sheet.column_dimensions[letter].width = 12
    sheet.column_dimensions["I"].width = 50
    save(book, path)
    return exp
