"""Benchmarking columns giving the council's quartile position in words beside its latest figures."""

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
    merge,
    new_book,
    num,
    put_row,
    save,
    text_of,
    title,
)

SHEET = "Scorecard Q2"
BAND_ROW = 4
HEAD_ROW = 5
FIRST = HEAD_ROW + 1
PERIODS = ("2023/24", "Q1 2024/25", "Q2 2024/25")
RAG: dict[str, Rag] = {"R": "red", "A": "amber", "G": "green"}
RAG_FILL = {"R": RED_FILL, "A": AMBER_FILL, "G": GREEN_FILL}
POLARITY = {"High": "higher_is_better", "Low": "lower_is_better"}
HEAD = PatternFill(fill_type="solid", start_color="FF375623", end_color="FF375623")
BENCH = PatternFill(fill_type="solid", start_color="FF806000", end_color="FF806000")
SECTION = PatternFill(fill_type="solid", start_color="FFE2EFDA", end_color="FFE2EFDA")
QUARTILE_FILL = {
    "Top quartile": "FFC6EFCE",
    "Upper middle": "FFE2EFDA",
    "Lower middle": "FFFFEB9C",
    "Bottom quartile": "FFFFC7CE",
}
THIN = Side(style="thin", color="FFBFBFBF")

# A 1-tuple is a service row. Otherwise: ref, indicator, good is, 2023/24 outturn, Q1 and
# Q2 2024/25, target 2024/25, RAG letter, England average (2023/24), quartile position
# (2023/24, all English single-tier and county councils), comment.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Children's Services",),
    ("CS01", "Children in need per 10,000 children aged under 18", "Low",
     312.4, 318.0, 324.6, 320.0, "A", 332.9, "Upper middle", None),
    ("CS02", "Re-referrals to children's social care within 12 months (%)", "Low",
     24.8, 21.3, 19.7, 21.0, "G", 22.4, "Lower middle", None),
    ("CS03", "Single assessments completed within 45 working days (%)", "High",
     86.1, 90.4, 92.8, 90.0, "G", 82.8, "Top quartile",
     "Fourth consecutive quarter above target."),
    ("CS04", "Child protection plans lasting two years or more (%)", "Low",
     3.1, 4.0, 4.6, 3.5, "R", 3.8, "Lower middle",
     "Seven children; each case reviewed by the Head of Service in September."),
    ("CS05", "Children looked after per 10,000 children aged under 18", "Low",
     74.0, 75.2, 76.9, 72.0, "A", 70.0, "Bottom quartile", None),
    ("CS06", "Care leavers aged 19\u201321 in education, employment or training (%)", "High",
     54.5, 57.9, 52.1, 60.0, "R", 56.0, "Lower middle", None),
    ("Adult Social Care",),
    ("AS01", "Older people (65+) admitted to residential and nursing care per 100,000", "Low",
     562.0, 131.6, 268.4, 540.0, "G", 566.0, "Upper middle",
     "Quarterly figures are cumulative; the target is for the full year."),
    ("AS02", "Adults with a learning disability in paid employment (%)", "High",
     4.2, 4.4, 4.5, 5.0, "A", 4.8, "Bottom quartile", None),
    ("AS03", "Older people at home 91 days after discharge from hospital (%)", "High",
     84.7, 86.0, 85.2, 85.0, "G", 83.8, "Top quartile", None),
    ("AS04", "Safeguarding enquiries where the person's outcomes were met (%)", "High",
     93.0, 95.1, "n/a", 95.0, None, None, "n/a \u2013 local measure",
     "Q2 return delayed by the case management system upgrade."),
    ("AS05", "Carers' assessments completed", None,
     1284, 311, 347, None, None, None, "n/a \u2013 local measure", "Activity measure; no target."),
    ("Public Health",),
    ("PH01", "Smoking quitters at 4 weeks per 100,000 smokers", "High",
     1810, 402, 451, 1900, "A", 1754, "Upper middle",
     "Quarterly counts; target and benchmark are annual."),
    ("PH02", "NHS Health Checks received by eligible population (%)", "High",
     8.1, 2.1, 4.3, 8.5, "G", 7.9, "Upper middle", None),
    ("PH03", "Successful completion of drug treatment \u2013 opiate users (%)", "High",
     5.2, 5.0, 4.7, 6.0, "R", 5.1, "Bottom quartile", None),
    ("PH04", "Mothers smoking at time of delivery (%)", "Low",
     9.9, 9.1, None, 9.0, "A", 7.4, "Bottom quartile",
     "Q2 data from the maternity trust not yet received; rated on Q1."),
    ("PH05", "Breastfeeding prevalence at 6\u20138 weeks (%)", "High",
     49.6, 51.2, 50.4, 52.0, "A", "Not published", "Not published", None),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a unitary council's people-services scorecard with quartile benchmarking.

    People directorates of unitary councils benchmark each measure from the
    LG Inform / DfE and DHSC published data and print, beside the latest
    figures, the England average and the council's quartile position in
    words ('Top quartile', 'Upper middle', 'Lower middle', 'Bottom
    quartile'), the word cell shaded green to pink. Layout for the People
    Scrutiny Committee: Ref, Indicator, 'Good is' High/Low, '2023/24
    outturn', 'Q1 2024/25', 'Q2 2024/25', 'Target 2024/25', a filled R/A/G
    letter, then under a merged 'Benchmarking (2023/24)' band 'England
    average' and 'Quartile position', and Comments, under shaded service
    rows. Notes say quartiles are calculated against all English councils
    with the responsibility, with the top quartile the best performing
    whichever way good is.

    A careful reader takes the 2023/24 outturn (no target: the target names
    2024/25), and each 2024/25 quarter with its target; the RAG goes on the
    latest quarter holding a figure (mothers smoking: Q1, the Q2 cell
    blank). The England average and the quartile words are benchmarks, not
    the council's figures. Safeguarding's Q2 is 'n/a' without RAG; carers'
    assessments are an activity count with no target, polarity or RAG.
    Polarity from 'Good is'; no units column.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "People Directorate Performance Scorecard \u2013 Quarter 2 2024/25")
    sheet["A2"] = (
        "People Scrutiny Committee, 21 November 2024 \u2013 Appendix 2 (data to 30 September 2024)"
    )
    sheet["A2"].font = Font(italic=True)
    heads = ["Ref", "Indicator", "Good is", "2023/24 outturn", "Q1 2024/25", "Q2 2024/25",
             "Target 2024/25", "RAG", "England average", "Quartile position",
             "Comments"]  # fmt: skip
    merge(sheet, f"I{BAND_ROW}:J{BAND_ROW}", "Benchmarking (2023/24)")
    sheet[f"I{BAND_ROW}"].fill = BENCH
    sheet[f"I{BAND_ROW}"].font = Font(bold=True, color="FFFFFFFF")
    put_row(sheet, HEAD_ROW, 1, heads)
    ncol = len(heads)
    for col in range(1, ncol + 1):
        cell = sheet.cell(row=HEAD_ROW, column=col)
        cell.fill = BENCH if col in (9, 10) else HEAD
        cell.font = Font(bold=True, color="FFFFFFFF")
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
        ref, name, good, outturn, q1, q2, target, rag, _england, quartile, _comment = spec
        put_row(sheet, row, 1, list(spec))
        for col in range(1, ncol + 1):
            sheet.cell(row=row, column=col).border = Border(bottom=THIN)
        for col in range(4, 11):
            cell = sheet.cell(row=row, column=col)
            cell.alignment = Alignment(horizontal="center")
            if isinstance(cell.value, int) and cell.value >= 1000:
                cell.number_format = "#,##0"
            elif isinstance(cell.value, float):
                cell.number_format = "0.0"
        if rag:
            fill(sheet, f"H{row}", RAG_FILL[str(rag)])
        if quartile in QUARTILE_FILL:
            fill(sheet, f"J{row}", QUARTILE_FILL[str(quartile)])
        code, label = str(ref), str(name)
        figures = (outturn, q1, q2)
        given = [k for k, value in enumerate(figures) if value is not None]
        for k in given:
            value = figures[k]
            status = RAG[str(rag)] if rag and k == given[-1] and k > 0 else None
            goal = num(target) if k > 0 else None
            exp.observations.append(
                Obs(code, label, PERIODS[k], num(value), text_of(value), goal, status)
            )
        exp.add_meta(code, label, POLARITY.get(str(good)) if good else None, None)
        row += 1
    notes = (
        "RAG compares the latest 2024/25 quarter with the 2024/25 target (profiled for "
        "cumulative measures). G: target met; A: within 10%; R: more than 10% short.",
        "Benchmarking: England average and quartile position for 2023/24, the latest published "
        "year (LG Inform). Quartiles rank all English councils with the responsibility; 'Top "
        "quartile' is always the best performing quarter, whichever way good is.",
        "n/a \u2013 local measure: no national comparison is published.",
    )
    for j, line in enumerate(notes, start=row + 1):
        sheet.cell(row=j, column=1, value=line).font = Font(size=9, italic=True)
    widths = {"A": 7, "B": 64, "C": 8, "D": 10, "G": 10, "H": 6, "I": 11, "J": 20, "K": 50}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    for letter in "EF":
        sheet.column_dimensions[letter].width = 11
    sheet.freeze_panes = f"D{FIRST}"
    save(book, path)
    return exp
