"""An annual target column beside a 'Target 2024\u201327' column for the end of a three-year Council Plan."""

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

SHEET = "Council Plan KPIs"
HEAD_ROW = 6
FIRST = HEAD_ROW + 1
PERIODS = ("2023/24", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
RAG_FILL = {"G": GREEN_FILL, "A": AMBER_FILL, "R": RED_FILL}
GOOD = {"Higher": "higher_is_better", "Lower": "lower_is_better"}
PRIORITY = PatternFill(fill_type="solid", start_color="FF203864", end_color="FF203864")
PLAN = PatternFill(fill_type="solid", start_color="FFFFF2CC", end_color="FFFFF2CC")
GREY = PatternFill(fill_type="solid", start_color="FFD9D9D9", end_color="FFD9D9D9")
THIN = Side(style="thin", color="FFBFBFBF")

# Priority rows are a 1-tuple. Otherwise: ref, indicator, good is, frequency,
# 2023/24 outturn, Q1, Q2, Q3 2024/25, annual target 2024/25, target 2024-27, status (Q3), comment
ROWS: tuple[tuple[object, ...], ...] = (
    ("Priority 1: Protecting and enhancing our environment",),
    ("CP1.01", "Household waste sent for reuse, recycling and composting (%)", "Higher",
     "Quarterly", 41.8, 43.2, 44.0, 42.1, 43, 50, "A", "Seasonal fall in garden waste."),
    ("CP1.02", "Carbon emissions from council operations (tonnes CO2e)", "Lower", "Annual",
     5412, None, None, None, 5100, 4000, None, "Reported annually; 2024/25 figure due July 2025."),
    ("CP1.03", "Fly-tipping incidents cleared within 2 working days (%)", "Higher", "Quarterly",
     91.0, 93.5, 94.2, 92.8, 92, 95, "G", None),
    ("Priority 2: Homes and communities",),
    ("CP2.01", "Affordable homes delivered (cumulative in year)", "Higher", "Quarterly",
     187, 34, 71, 118, 200, 650, "A", "Cumulative in year (profile to Q3: 125). 650 is the total over the three years of the plan."),
    ("CP2.02", "Households in temporary accommodation (snapshot)", "Lower", "Quarterly",
     92, 88, 97, 104, 85, 60, "R", "New temporary accommodation block opens in March."),
    ("CP2.03", "Homelessness cases prevented (%)", "Higher", "Quarterly", 54.3, 57.1, 55.9, 60.2,
     55, 65, "G", None),
    ("Priority 3: Supporting people to live well",),
    ("CP3.01", "People who need no further support after reablement (%)", "Higher", "Quarterly",
     71.4, 73.0, 70.2, 74.5, None, 78, None,
     "2024/25 target to be set after the service review; the Council Plan ambition is 78%."),
    ("CP3.02", "Re-referrals to children's social care within 12 months (%)", "Lower",
     "Quarterly", 19.8, 21.4, 18.9, 17.6, 20, 15, "G", None),
    ("CP3.03", "Adults who are physically active (%)", "Higher", "Annual", 66.1, None, None,
     None, 67, 70, None, "Active Lives survey, published each April."),
    ("CP3.04", "Education, health and care plans issued within 20 weeks (%)", "Higher",
     "Quarterly", 38.5, 44.0, 51.2, "Not available", 60, 90, None,
     "Q3 figure awaiting validation of the SEN2 extract."),
    ("Priority 4: A well-run council",),
    ("CP4.01", "Council tax collected in year (%)", "Higher", "Quarterly", 97.6, 29.5, 57.1, 84.6,
     97.5, 98.0, "G", "Cumulative: 84.6% collected by 31 December against a profile of 84.0%."),
    ("CP4.02", "Working days lost to sickness per FTE (rolling 12 months)", "Lower", "Quarterly",
     8.9, 8.7, 8.4, 8.6, 8.0, 7.0, "A", None),
    ("CP4.03", "Residents satisfied with the way the council runs things (%)", "Higher", "Annual",
     58, None, None, None, 60, "Top quartile", None, "Residents' survey, autumn each year."),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a unitary council's Council Plan quarterly performance report to the Executive.

    Bracknell Forest style: a 'Council Plan KPIs' sheet at Quarter 3
    2024/25 with dark priority rows and, per indicator, Ref, Indicator,
    'Good is' (Higher/Lower), Frequency (Quarterly/Annual), '2023/24
    outturn', 'Q1 2024/25'..'Q3 2024/25', then under a merged 'Targets'
    banner 'Annual target 2024/25' and a yellow-shaded 'Target 2024\u201327'
    (the level to reach by the end of the plan, in March 2027, says a
    note; one cell 'Top quartile'), a filled 'Status (Q3)' letter and
    comments. Annual indicators have only their 2023/24 outturn and grey
    quarters; the reablement indicator has no annual target yet, only the
    plan's; the EHC plans Q3 is 'Not available'.

    A careful reader takes each quarter and the outturn as observations,
    the 2024/25 annual target for the three quarters only (its heading
    names the year, so not for 2023/24), and the Status for Q3. The
    2024\u201327 column is where the plan should end up, not a target for any
    figure on the sheet, so it gives no target and no observation; the
    reablement quarters have no target. 'Not available' is kept as Q3's
    text with no rating. Polarity comes from 'Good is'.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Bracknell Forest Council \u2013 Council Plan 2024\u201327")
    sheet["A2"] = "Key performance indicators: Quarter 3 2024/25 (October to December 2024)"
    sheet["A2"].font = Font(bold=True, size=12)
    sheet["A3"] = "Executive, 18 February 2025 \u2013 Annex B"
    sheet["A3"].font = Font(italic=True, size=9)
    merge(sheet, "F5:H5", "2024/25")
    merge(sheet, "I5:J5", "Targets")
    header = ["Ref", "Indicator", "Good is", "Frequency", "2023/24 outturn", "Q1 2024/25",
              "Q2 2024/25", "Q3 2024/25", "Annual target 2024/25", "Target 2024\u201327",
              "Status (Q3)", "Comments"]  # fmt: skip
    put_row(sheet, HEAD_ROW, 1, header, bold=True)
    for col in range(1, len(header) + 1):
        cell = sheet.cell(row=HEAD_ROW, column=col)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = Border(bottom=Side(style="medium"))
    sheet.cell(row=HEAD_ROW, column=10).fill = PLAN
    sheet.row_dimensions[HEAD_ROW].height = 32

    exp = Expected([])
    row = FIRST
    for spec in ROWS:
        if len(spec) == 1:
            cell = sheet.cell(row=row, column=1, value=spec[0])
            cell.font = Font(bold=True, color="FFFFFFFF")
            for col in range(1, len(header) + 1):
                sheet.cell(row=row, column=col).fill = PRIORITY
            row += 1
            continue
        ref, name, good, freq, outturn, q1, q2, q3, annual, plan, status, comment = spec
        values = (outturn, q1, q2, q3)
        put_row(sheet, row, 1, [ref, name, good, freq, *values, annual, plan, status, comment])
        for col in range(1, len(header) + 1):
            sheet.cell(row=row, column=col).border = Border(bottom=THIN)
        sheet.cell(row=row, column=10).fill = PLAN
        if freq == "Annual":
            for col in (6, 7, 8):
                sheet.cell(row=row, column=col).fill = GREY
        for col in range(5, 11):
            cell = sheet.cell(row=row, column=col)
            cell.alignment = Alignment(horizontal="right")
            if isinstance(cell.value, int) and cell.value >= 1000:
                cell.number_format = "#,##0"
        if status is not None:
            rgb = RAG_FILL[str(status)]
            cell = sheet.cell(row=row, column=11)
            cell.fill = PatternFill(fill_type="solid", start_color=rgb, end_color=rgb)
            cell.alignment = Alignment(horizontal="center")
        sheet.cell(row=row, column=12).alignment = Alignment(wrap_text=True, vertical="top")

        code = str(ref)
        for k, value in enumerate(values):
            if value is None:
                continue
            goal = num(annual) if k > 0 else None
            rating = RAG[str(status)] if k == 3 and status is not None else None
            exp.observations.append(
                Obs(code, str(name), PERIODS[k], num(value), text_of(value), goal, rating)
            )
        exp.add_meta(code, str(name), GOOD[str(good)], None)
        row += 1

    notes = (
        "Target 2024\u201327: the level the Council Plan commits us to reach by the end of the plan "
        "(31 March 2027). Annual targets are the steps towards it.",
        "Status compares Quarter 3 with the annual target: G \u2013 on or better than target; "
        "A \u2013 within 5%; R \u2013 more than 5% off target.",
        "Annual indicators are reported once a year; the latest outturn is shown.",
    )
    for j, line in enumerate(notes, start=row + 1):
        sheet.cell(row=j, column=1, value=line).font = Font(size=9, italic=True)
    widths = {"A": 8, "B": 56, "C": 8, "D": 11, "E": 10, "F": 10, "G": 10, "H": 10, "I": 11,
              "J": 11, "K": 9, "L": 48}  # fmt: skip
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"C{FIRST}"
    save(book, path)
    return exp
