"""Section rows named by the Cabinet Member responsible ('Cllr … – Cabinet Member for …'), not by the service."""

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
    new_book,
    num,
    observed,
    put_row,
    save,
    title,
)

SHEET = "Q3 Performance"
HEAD_ROW = 6
PERIODS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25")
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
RAG_FILL = {"G": GREEN_FILL, "A": AMBER_FILL, "R": RED_FILL}
UNIT = {"%": "%", "No.": "number", "Days": "days", "\u00a3": "\u00a3", "Rate per 10,000": "rate"}
HEAD_FILL = PatternFill(fill_type="solid", start_color="FF00205B", end_color="FF00205B")
SECTION_FILL = PatternFill(fill_type="solid", start_color="FFC9D7EE", end_color="FFC9D7EE")
THIN = Side(style="thin", color="FFA6A6A6")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)

# (section row as typed, rows); each row: ref, measure, unit, Q1, Q2, Q3, Q4 (not yet
# reported), annual target ('-' where none), RAG letter (None: not rated), commentary.
SECTIONS: tuple[tuple[str, tuple[tuple[object, ...], ...]], ...] = (
    ("Councillor Daniel Hart, Leader of the Council \u2013 Finance and Resources", (
        ("FR1", "Invoices paid within 30 days", "%", 92.8, 94.1, 95.6, None, 95.0, "G", None),
        ("FR2", "Working days lost to sickness per FTE (rolling 12 months)", "Days",
         9.1, 9.4, 9.8, None, 8.0, "R", "Musculoskeletal absence in Environment up 0.6 days per FTE."),
        ("FR3", "Member enquiries answered within 10 working days", "%",
         81.5, 84.2, "n/a", None, 90.0, None, "Casework system replaced in November; Q3 not available."),
    )),
    ("Cllr Amara Osei \u2013 Cabinet Member for Children, Young People and Schools", (
        ("CYP1", "Children looked after", "Rate per 10,000",
         48.2, 49.0, 50.3, None, "-", None, "Context: statistical neighbours 52 (2023/24)."),
        ("CYP2", "Single assessments completed within 45 working days", "%",
         86.4, 88.9, 91.2, None, 90.0, "G", None),
        ("CYP3", "Care leavers aged 19\u201321 in education, employment or training", "%",
         58.1, 55.6, 54.5, None, 60.0, "A", "102 of 187 care leavers; 9 started apprenticeships in January."),
    )),
    ("Cllr Sarah Whitlock \u2013 Cabinet Member for Adult Social Care and Health", (
        ("ASC1", "Adults with long-term support reviewed in the last 12 months", "%",
         61.3, 64.8, 66.0, None, 75.0, "R", "Review team at 8 of 12 posts; agency cover from February."),
        ("ASC2", "Average days from referral to start of reablement", "Days",
         7.4, 6.8, None, None, 7.0, "G", "Q3 validated in February; the RAG is for Q2."),
        ("ASC3", "Average weekly cost of a residential care placement, 65+", "\u00a3",
         1124, 1152, 1187, None, 1150, "A", "Two providers raised fees by 6% from October."),
    )),
    ("Cllr Marcus Lee, Deputy Leader \u2013 Housing and Regeneration", (
        ("HR1", "Households in temporary accommodation", "No.",
         3412, 3488, 3561, None, 3300, "A", "73 more than at Q2; 1,214 of them in nightly-paid units."),
        ("HR2", "Average days to re-let council homes (general needs)", "Days",
         38, 42, 35, None, 30, "R", None),
        ("HR3", "Repairs completed right first time", "%",
         None, 84.6, 87.2, None, 85.0, "G", "New measure from the repairs contract starting 1 July."),
    )),
    ("Cllr Fatima Begum \u2013 Cabinet Member for Environment and Climate Emergency", (
        ("EC1", "Household waste sent for reuse, recycling and composting", "%",
         31.8, 32.4, 28.9, None, 33.0, "R", "Seasonal fall; food waste to flats now covers 4,600 homes."),
        ("EC2", "Fly-tips removed within 24 hours of report", "%",
         93.1, 95.4, 96.2, None, 95.0, "G", None),
        ("EC3", "Residents satisfied with street cleaning (annual survey)", "%",
         None, 62.0, None, None, 65.0, "A", "Annual residents' survey, fieldwork July to August 2024."),
    )),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a London borough's quarterly performance report to Cabinet, grouped by portfolio holder.

    A London borough's Quarter 3 2024/25 corporate performance report to
    Cabinet. The table is arranged the way Cabinet members read it: each
    group of measures sits under a shaded full-width row (merged across the
    table) naming the member responsible and their portfolio \u2013 'Cllr
    Amara Osei \u2013 Cabinet Member for Children, Young People and
    Schools', 'Councillor Daniel Hart, Leader of the Council \u2013 Finance
    and Resources' \u2013 never the service or directorate. Columns: Ref,
    Measure, Unit (%, No., Days, \u00a3, Rate per 10,000), 'Q1 2024/25' to
    'Q4 2024/25' (Q4 still empty), 'Annual target', a filled R/A/G letter
    under 'RAG', Commentary. A key under the table.

    A careful reader takes each shaded row as the portfolio of the measures
    under it (the member's name is its label, not an indicator), and the
    rest as an ordinary scorecard. The annual target names no year and all
    columns are 2024/25, so it is on every quarter in its row. The RAG goes
    on the latest figure: reablement has no Q3, so its G is Q2's (as the
    commentary and the key say); the survey has only Q2. Member enquiries'
    Q3 'n/a' is kept as written and unrated; looked-after children is
    context with a '-' target; right-first-time repairs is new from Q2. The
    Unit column states each unit; nothing states polarity.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "London Borough of Kingsmead \u2013 Corporate Performance Report 2024/25")
    sheet["A2"] = "Quarter 3: October to December 2024"
    sheet["A3"] = "Cabinet \u2013 11 February 2025 \u2013 Appendix B"
    sheet["A3"].font = Font(italic=True)
    sheet["A4"] = "Measures are grouped by the Cabinet Member whose portfolio they fall within."
    sheet["A4"].font = Font(italic=True, size=9)
    heads = ["Ref", "Measure", "Unit", *PERIODS, "Annual target", "RAG", "Commentary"]
    ncol = len(heads)
    last = chr(64 + ncol)
    put_row(sheet, HEAD_ROW, 1, heads)
    for col in range(1, ncol + 1):
        cell = sheet.cell(row=HEAD_ROW, column=col)
        cell.fill = HEAD_FILL
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = GRID
    exp = Expected([])
    row = HEAD_ROW + 1
    for holder, rows in SECTIONS:
        cell = sheet.cell(row=row, column=1, value=holder)
        cell.font = Font(bold=True, color="FF00205B")
        cell.alignment = Alignment(horizontal="left", vertical="center")
        for col in range(1, ncol + 1):
            sheet.cell(row=row, column=col).fill = SECTION_FILL
            sheet.cell(row=row, column=col).border = GRID
        sheet.merge_cells(f"A{row}:{last}{row}")
        row += 1
        for spec in rows:
            ref, name, unit, q1, q2, q3, q4, target, rag, _comment = spec
            put_row(sheet, row, 1, list(spec))
            for col in range(1, ncol + 1):
                sheet.cell(row=row, column=col).border = GRID
            for col in range(3, 10):
                cell = sheet.cell(row=row, column=col)
                cell.alignment = Alignment(horizontal="center")
                if isinstance(cell.value, int) and cell.value >= 1000:
                    cell.number_format = "\u00a3#,##0" if unit == "\u00a3" else "#,##0"
                elif isinstance(cell.value, int) and unit == "\u00a3":
                    cell.number_format = "\u00a3#,##0"
                elif isinstance(cell.value, float):
                    cell.number_format = "0.0"
            sheet.cell(row=row, column=10).alignment = Alignment(wrap_text=True, vertical="top")
            if rag:
                fill(sheet, f"I{row}", RAG_FILL[str(rag)])
                sheet[f"I{row}"].font = Font(bold=True)
            status = RAG[str(rag)] if rag else None
            exp.observations.extend(
                observed(str(ref), str(name), PERIODS, (q1, q2, q3, q4), num(target), status)
            )
            exp.add_meta(str(ref), str(name), None, UNIT[str(unit)])
            row += 1
    notes = (
        "RAG: G \u2013 on or better than target; A \u2013 within 10% of target; R \u2013 more "
        "than 10% worse than target. The RAG rates the latest quarter reported (Q2 where Q3 "
        "is not yet available).",
        "'-' = context measure with no target. n/a = figure not available this quarter.",
    )
    for j, line in enumerate(notes, start=row + 1):
        sheet.cell(row=j, column=1, value=line).font = Font(italic=True, size=9)
    widths = {"A": 7, "B": 60, "C": 15, "H": 11, "I": 6, "J": 56}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    for letter in "DEFG":
        sheet.column_dimensions[letter].width = 10
    sheet.freeze_panes = f"C{HEAD_ROW + 1}"
    save(book, path)
    return exp
