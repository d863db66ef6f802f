"""Comparator columns whose cells carry their own data year in brackets, beside the council's quarters."""

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

SHEET = "Q3 Scorecard"
BANNER_ROW, HEAD_ROW = 5, 6
FIRST = HEAD_ROW + 1
PERIODS = ("2023/24", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
RAG_FILL = {"Green": GREEN_FILL, "Amber": AMBER_FILL, "Red": RED_FILL}
GOOD = {"High": "higher_is_better", "Low": "lower_is_better"}
UNIT = {"%": "%", "Rate per 10,000": "rate", "Number": "number", "Days": "days"}
HEAD = PatternFill(fill_type="solid", start_color="FF1F3864", end_color="FF1F3864")
COMP = PatternFill(fill_type="solid", start_color="FFDDEBF7", end_color="FFDDEBF7")
SECTION = PatternFill(fill_type="solid", start_color="FFE7E6E6", end_color="FFE7E6E6")
THIN = Side(style="thin", color="FFBFBFBF")

# Section rows are a 1-tuple. Otherwise: ref, indicator, unit, good is, 2023/24 outturn, Q1, Q2,
# Q3 2024/25, target 2024/25, RAG (Q3), England, North West, statistical neighbours, comment.
# Percentages are typed in points; comparator cells are text with the data year in brackets.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Early Help and Safeguarding",),
    ("CS01", "Re-referrals to children's social care within 12 months", "%", "Low", 21.8, 19.4,
     23.6, 21.6, 20.0, "Amber", "22.4 (2023/24)", "20.9 (2023/24)", "21.7 (2023/24)", None),
    ("CS02", "Child and family assessments completed within 45 working days", "%", "High", 86.3,
     90.1, 84.7, 88.2, 90.0, "Amber", "82.9 (2023/24)", "85.1 (2023/24)", "84.0 (2023/24)",
     "Two social work vacancies in the Assessment Team filled from January."),
    ("CS03", "Children subject to a child protection plan", "Rate per 10,000", "Low", 48.2, 51.0,
     53.4, 49.8, 45.0, "Red", "41.6 (2023/24)", "51.3 (2023/24)", "54.2 (2023/24)", None),
    ("CS04", "Child protection plans lasting two years or more (at closure)", "%", "Low", 3.1,
     2.4, 0.0, 4.3, 4.0, "Amber", "3.6 (2023/24)", "3.2 (2023/24)", "n/a", None),
    ("CS05", "Children becoming subject to a child protection plan for a second or subsequent time",
     "%", "Low", 19.7, 24.3, 18.8, 16.9, 20.0, "Green", "23.8 (2023/24)", "24.4 (2023/24)",
     "22.6 (2023/24)", None),
    ("CS06", "Early help assessments started", "Number", None, 1184, 302, 287, 311, None, None,
     "n/a", "n/a", "n/a", "Reported for information."),
    ("Children in Care and Care Leavers",),
    ("CC01", "Children in care", "Rate per 10,000", "Low", 97.4, 98.9, 101.7, 105.3, 95.0, "Red",
     "70 (2024)", "99 (2024)", "103 (2024)", "Includes 14 unaccompanied asylum-seeking children."),
    ("CC02", "Children in care with three or more placements in the year", "%", "Low", 10.2, 2.6,
     5.1, 8.0, 10.0, "Green", "10 (2023/24)", "10 (2023/24)", "11 (2023/24)", None),
    ("CC03", "Initial health assessments completed within 20 working days", "%", "High", 61.5,
     58.3, 66.7, "n/a", 80.0, None, "n/a", "n/a", "n/a",
     "Q3 figure not available: health partner's system change. To follow in Q4 report."),
    ("CC04", "Care leavers aged 19\u201321 in education, employment or training", "%", "High", 52.0,
     54.6, 57.1, 55.8, 55.0, "Green", "56 (2023/24)", "53 (2023/24)", "52 (2023/24)", None),
    ("CC05", "Care leavers aged 19\u201321 in suitable accommodation", "%", "High", 88.0, 90.7,
     89.3, 86.4, 90.0, "Amber", "88 (2023/24)", "87 (2023/24)", "87 (2023/24)", None),
    ("CC06", "Average days between a child entering care and moving in with an adoptive family",
     "Days", "Low", 412, 398, 455, 431, 426, "Amber", "367 (2020\u201323)", "392 (2020\u201323)",
     None, "3-year average; statistical neighbour figure not published."),
    ("Education and SEND",),
    ("ED01", "New EHC plans issued within 20 weeks (excluding exceptions)", "%", "High", 48.7,
     55.2, 61.0, 64.3, 60.0, "Green", "50.3 (2023)", "53.9 (2023)", "49.8 (2023)",
     "Calendar-year comparators (SEN2)."),
    ("ED02", "16\u201317 year olds not in education, employment or training, or not known", "%",
     "Low", 5.9, 4.8, 9.7, 5.9, 5.5, "Amber", "5.4 (2023/24)", "5.6 (2023/24)", "5.9 (2023/24)",
     "Q2 rise is the usual September 'not known' peak."),
    ("ED03", "Pupils attending a school judged good or outstanding", "%", "High", 86.0, 86.0,
     87.5, 88.1, 88.0, "Green", "89.7 (Aug 2023)", "88.5 (Aug 2023)", "87.6 (Aug 2023)", None),
    ("ED04", "Primary pupils persistently absent", "%", "Low", 16.4, None, 14.9, 15.3, 15.0,
     "Amber", "15.2 (2022/23)", "15.0 (2022/23)", "16.1 (2022/23)",
     "Termly figure; no return for the summer holiday quarter."),
    ("ED05", "Children electively home educated (snapshot)", "Number", None, 612, 598, 654, 689,
     None, None, "n/a", "n/a", "n/a", None),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a metropolitan borough's quarterly children's services scorecard to scrutiny.

    One sheet at Quarter 3 2024/25 for a North West metropolitan borough's
    Children and Young People Scrutiny Panel: Ref, Indicator, Unit (%,
    Rate per 10,000, Number, Days), 'Good is' (High/Low), '2023/24
    Outturn', 'Q1 2024/25' to 'Q3 2024/25' and 'Target 2024/25' under a
    merged 'Council performance' banner, a filled 'RAG' word column, then
    'England', 'North West' and 'Statistical neighbours' under a merged
    'Latest published comparators' banner, and Comments, under grey
    section rows. National figures lag (DfE children in need census,
    SSDA903, SEN2, Ofsted, school census), so each comparator cell carries
    its own year in brackets ('62.1 (2022/23)' style: '70 (2024)' for the
    31 March rate, '50.3 (2023)' for calendar-year EHC plans, '367
    (2020\u201323)' for a 3-year average, '89.7 (Aug 2023)'), or 'n/a', or
    is blank.

    A careful reader takes the council's own figures only: the 2023/24
    outturn (no target, since the target heading names 2024/25) and the
    three 2024/25 quarters with the 2024/25 target; the single RAG
    belongs to Q3. The comparator columns are other areas' figures for
    their own (earlier) years, not the council's observations, so none is
    expected. CC03's Q3 is 'n/a' without a rating; ED04 has no Q1
    (summer term return). Polarity from 'Good is', unit from Unit.
    Nothing is doubtful.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Children's Services Performance Scorecard 2024/25")
    sheet["A2"] = "Quarter 3 (October to December 2024)"
    sheet["A3"] = "Children and Young People Scrutiny Panel \u2013 20 February 2025"
    sheet["A3"].font = Font(italic=True, size=9)
    merge(sheet, "E5:J5", "Council performance")
    merge(sheet, "K5:M5", "Latest published comparators (year of data in brackets)")
    header = ["Ref", "Indicator", "Unit", "Good is", "2023/24 Outturn", "Q1 2024/25",
              "Q2 2024/25", "Q3 2024/25", "Target 2024/25", "RAG", "England", "North West",
              "Statistical neighbours", "Comments"]  # fmt: skip
    put_row(sheet, HEAD_ROW, 1, header)
    ncol = len(header)
    for r in (BANNER_ROW, HEAD_ROW):
        for col in range(1, ncol + 1):
            cell = sheet.cell(row=r, column=col)
            comparator = col in (11, 12, 13)
            cell.fill = COMP if comparator else HEAD
            cell.font = Font(bold=True, color="FF000000" if comparator else "FFFFFFFF")
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    exp = Expected([])
    row = FIRST
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, ncol + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        ref, name, unit, good, out, q1, q2, q3, target, rag = spec[:10]
        put_row(sheet, row, 1, list(spec))
        if rag in RAG_FILL:
            rgb = RAG_FILL[str(rag)]
            cell = sheet.cell(row=row, column=10)
            cell.fill = PatternFill(fill_type="solid", start_color=rgb, end_color=rgb)
        for col in range(1, ncol + 1):
            cell = sheet.cell(row=row, column=col)
            cell.border = Border(bottom=THIN)
            if col in (11, 12, 13):
                cell.alignment = Alignment(horizontal="right")
                cell.font = Font(color="FF595959")
        code, label = str(ref), str(name)
        values = (out, q1, q2, q3)
        given = [p for p, v in zip(PERIODS, values, strict=True) if v is not None]
        for period, value in zip(PERIODS, values, strict=True):
            if value is None:
                continue
            exp.observations.append(
                Obs(
                    code,
                    label,
                    period,
                    num(value),
                    text_of(value),
                    None if period == "2023/24" else num(target),
                    RAG.get(str(rag)) if period == given[-1] else None,
                )
            )
        exp.add_meta(code, label, GOOD.get(str(good)), UNIT[str(unit)])
        row += 1
    notes = (
        "RAG: Green \u2013 target met; Amber \u2013 within 10% of target; Red \u2013 more than 10% "
        "away from target. Information-only measures are not rated.",
        "Comparators are the latest nationally published figures (DfE Children in Need census, "
        "SSDA903, SEN2, Ofsted, school census, NCCIS) and relate to the year shown in brackets, "
        "not to the quarter reported. Statistical neighbours: DfE children's services statistical "
        "neighbour group (10 authorities), average.",
        "Source: Liquidlogic (LCS/EHM), Capita One, NCCIS return. Q3 figures are provisional.",
    )
    for j, line in enumerate(notes, start=row + 1):
        sheet.cell(row=j, column=1, value=line).font = Font(size=9)
    widths = {"A": 7, "B": 58, "C": 15, "D": 8, "I": 10, "J": 8, "N": 48}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    for letter in "EFGH":
        sheet.column_dimensions[letter].width = 10
    for letter in "KLM":
        sheet.column_dimensions[letter].width = 16
    sheet.freeze_panes = f"C{FIRST}"
    save(book, path)
    return exp
