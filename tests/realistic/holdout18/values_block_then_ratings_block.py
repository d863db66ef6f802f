"""The year's quarter figures in one block of columns, then a second block with the same quarter headings holding each quarter's RAG."""

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

SHEET = "Corporate KPIs"
BANNER_ROW, HEAD_ROW = 5, 6
FIRST = HEAD_ROW + 1
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25")
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
RAG_FILL = {"G": GREEN_FILL, "A": AMBER_FILL, "R": RED_FILL}
GOOD = {"Higher": "higher_is_better", "Lower": "lower_is_better"}
HEAD = PatternFill(fill_type="solid", start_color="FF00594F", end_color="FF00594F")
SUB = PatternFill(fill_type="solid", start_color="FFD5E8E4", end_color="FFD5E8E4")
SECTION = PatternFill(fill_type="solid", start_color="FFF2F2F2", end_color="FFF2F2F2")
THIN = Side(style="thin", color="FFA0A0A0")

# Section rows are a 1-tuple. Otherwise: ref, measure, good is, 2023/24 outturn, the four
# quarters, annual target, the four quarters' ratings ('-' where the quarter was not rated),
# comment. Percentages are typed in points.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Customer and Corporate",),
    ("CC01", "Council tax collected (cumulative %)", "Higher", 97.1, 28.9, 56.2, 83.7, None, 97.0,
     ("G", "G", "A", None), None),
    ("CC02", "Business rates collected (cumulative %)", "Higher", 98.3, 30.4, 57.8, 84.9, None, 98.0,
     ("G", "G", "G", None), None),
    ("CC03", "Telephone calls answered (%)", "Higher", 88.6, 91.2, 86.4, 84.0, None, 90.0,
     ("G", "A", "R", None), "Recruitment to two advisor vacancies under way."),
    ("CC04", "Average working days lost to sickness per employee (rolling 12 months)", "Lower",
     8.9, 9.1, 9.6, 9.2, None, 8.5, ("A", "R", "A", None), None),
    ("CC05", "Freedom of Information requests answered within 20 working days (%)", "Higher",
     91.5, 94.0, "n/a", 92.7, None, 90.0, ("G", "-", "G", None),
     "Q2 figure not produced: case system upgrade."),
    ("Housing and Communities",),
    ("HC01", "Households in temporary accommodation (snapshot)", "Lower", 64, 71, 78, 83, None, 60,
     ("R", "R", "R", None), "Rising private rented sector evictions."),
    ("HC02", "Homelessness cases prevented or relieved (%)", "Higher", 57.3, 59.8, 62.1, 55.4, None,
     60.0, ("A", "G", "R", None), None),
    ("HC03", "Disabled facilities grants: average weeks from approval to completion", "Lower", 21.4,
     19.8, 18.2, 17.6, None, 20.0, ("G", "G", "G", None), None),
    ("HC04", "Community centre bookings", "Higher", 4120, 1102, 987, 1156, None, None,
     ("-", "-", "-", None), "Reported for information."),
    ("Environment and Planning",),
    ("EP01", "Household waste reused, recycled or composted (%)", "Higher", 54.6, 58.1, 57.4, None,
     None, 55.0, ("G", "G", None, None), "Q3 figure due from the county council in February."),
    ("EP02", "Missed bin collections per 100,000", "Lower", 38, 35, 41, 44, None, 40,
     ("G", "A", "A", None), None),
    ("EP03", "Major planning applications determined in time (%)", "Higher", 86.7, 100.0, 75.0,
     88.9, None, 80.0, ("G", "R", "G", None), "4 major applications in Q2, 3 in time."),
    ("EP04", "Licensing applications processed within 10 working days (%)", "Higher", 96.2, 97.0,
     95.5, 98.1, None, 95.0, ("G", "G", "G", None), None),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a district council's quarterly corporate KPI report to its scrutiny committee.

    North Devon Council style, one sheet at Quarter 3 2024/25: Ref,
    Measure, 'Good is' (Higher/Lower), '2023/24 Outturn', then bare 'Q1'
    'Q2' 'Q3' 'Q4' under a merged 'Performance 2024/25' banner, an 'Annual
    target 2024/25', then the same bare 'Q1'..'Q4' again under a merged
    'RAG status' banner, each holding that quarter's filled G/A/R letter
    ('-' where a quarter was not rated), and Comments, under grey service
    rows. Q4 is empty in both blocks; the recycling Q3 is blank pending
    county data; one FOI quarter is 'n/a'; community centre bookings are
    reported for information only, without a target.

    A careful reader takes the first block's quarters as the figures of Q1
    to Q3 2024/25 and the second block's letter under the same quarter as
    that quarter's rating, so each quarter keeps its own RAG (not only the
    latest). The annual target applies to each 2024/25 quarter, not to the
    2023/24 outturn, which is read as 2023/24 without target or rating.
    '-' is no rating; 'n/a' is kept as Q2's text with no rating; blank
    cells are no observation. Polarity comes from 'Good is'; units are only
    in the names. Nothing on the sheet is doubtful.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "North Devon Council \u2013 Corporate Key Performance Indicators")
    sheet["A2"] = "Performance to the end of Quarter 3 2024/25 (31 December 2024)"
    sheet["A3"] = "Performance and Resources Scrutiny Committee, 6 February 2025"
    sheet["A3"].font = Font(italic=True, size=9)
    merge(sheet, "E5:H5", "Performance 2024/25")
    merge(sheet, "J5:M5", "RAG status")
    header = ["Ref", "Measure", "Good is", "2023/24 Outturn", "Q1", "Q2", "Q3", "Q4",
              "Annual target 2024/25", "Q1", "Q2", "Q3", "Q4", "Comments"]  # fmt: skip
    put_row(sheet, HEAD_ROW, 1, header)
    for r in (BANNER_ROW, HEAD_ROW):
        for col in range(1, len(header) + 1):
            cell = sheet.cell(row=r, column=col)
            cell.fill = HEAD if r == BANNER_ROW or col not in range(5, 14) else SUB
            cell.font = Font(bold=True, color="FFFFFFFF" if cell.fill == HEAD else "FF000000")
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
        ref, name, good, outturn, q1, q2, q3, q4, target, ratings, comment = spec
        assert isinstance(ratings, tuple)
        put_row(
            sheet, row, 1, [ref, name, good, outturn, q1, q2, q3, q4, target, *ratings, comment]
        )
        for k, letter in enumerate(ratings):
            cell = sheet.cell(row=row, column=10 + k)
            cell.alignment = Alignment(horizontal="center")
            if letter in RAG_FILL:
                rgb = RAG_FILL[str(letter)]
                cell.fill = PatternFill(fill_type="solid", start_color=rgb, end_color=rgb)
        for col in range(1, len(header) + 1):
            sheet.cell(row=row, column=col).border = Border(bottom=THIN)
        code, label = str(ref), str(name)
        exp.observations.append(Obs(code, label, "2023/24", num(outturn), text_of(outturn)))
        for period, value, letter in zip(QUARTERS, (q1, q2, q3, q4), ratings, strict=True):
            if value is None:
                continue
            exp.observations.append(
                Obs(
                    code,
                    label,
                    period,
                    num(value),
                    text_of(value),
                    num(target),
                    RAG.get(str(letter)),
                )
            )
        exp.add_meta(code, label, GOOD[str(good)], None)
        row += 1
    notes = (
        "RAG status: G \u2013 on or above target; A \u2013 below target but within 5%; R \u2013 "
        "more than 5% below target; '-' \u2013 not rated. Cumulative measures are rated against "
        "the profiled target for the quarter.",
        "Source: service returns to the Performance and Intelligence Team.",
    )
    for j, line in enumerate(notes, start=row + 1):
        sheet.cell(row=j, column=1, value=line).font = Font(size=9)
    widths = {"A": 7, "B": 60, "C": 8, "D": 10, "I": 11, "N": 44}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    for letter in "EFGHJKLM":
        sheet.column_dimensions[letter].width = 7
    sheet.freeze_panes = f"C{FIRST}"
    save(book, path)
    return exp
