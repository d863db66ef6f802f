"""Portfolio sections down one sheet, two shared measures repeated under a second portfolio, one repeat disagreeing."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Font

from tests.realistic.kit import (
    AMBER_FILL,
    GREEN_FILL,
    RED_FILL,
    Expected,
    Obs,
    Rag,
    fill,
    new_book,
    put_row,
    save,
    title,
)

SHEET = "Corporate Scorecard"
PERIODS = ("Q4 2023/24", "Q1 2024/25", "Q2 2024/25")
HEADER = ("Ref", "Measure", "Q4 2023/24", "Q1 2024/25", "Q2 2024/25", "Target 2024/25", "RAG",
          "Lead officer")  # fmt: skip
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
FILLS = {"G": GREEN_FILL, "A": AMBER_FILL, "R": RED_FILL}
SECTION_FILL = "FF1F4E78"
DAGGER = " \u2020"
FIRST = 6

SHARED_DTOC = ("HWB01", "Patients with no criteria to reside still in hospital (daily average)"
               + DAGGER, 94, 87, 79, 85, "G")  # fmt: skip

# a portfolio heading, or: ref, measure, Q4 2023/24, Q1, Q2, target ('-' none), RAG, lead
ROWS: tuple[object, ...] = (
    "Adults and Health portfolio",
    ("ASC01", "Older people (65+) admitted to residential or nursing care (per 100,000, in quarter)",
     152.4, 146.0, 138.7, 150, "G", "Service Director, Adult Social Care"),
    ("ASC02", "Older people still at home 91 days after discharge into reablement (%)",
     80.2, 82.6, 81.9, 84, "A", "Service Director, Adult Social Care"),
    ("ASC03", "Adults with learning disabilities living in their own home or with family (%)",
     77.5, 78.1, 78.4, 80, "A", "Service Director, Learning Disabilities"),
    (*SHARED_DTOC, "Service Director, Adult Social Care"),
    ("ASC04", "Safeguarding concerns where a decision was made within 2 working days (%)",
     88.0, 84.5, 79.2, 90, "R", "Head of Safeguarding Adults"),
    "Public Health and Wellbeing portfolio",
    ("PH01", "Smokers setting a quit date who had quit at 4 weeks (%)",
     54.9, 57.3, 58.0, 55, "G", "Director of Public Health"),
    ("PH02", "NHS Health Checks offered to the eligible population (%)",
     4.6, 4.9, 4.1, 5, "R", "Director of Public Health"),
    (*SHARED_DTOC, "Director of Public Health"),
    ("PH03", "Adults completing alcohol treatment successfully (%)",
     34.8, 36.2, 35.5, "-", None, "Director of Public Health"),
    "Children and Families portfolio",
    ("CSC01", "Re-referrals to children's social care within 12 months (%)",
     22.1, 19.8, 20.6, 21, "G", "Service Director, Family Support and Child Protection"),
    ("CSC02", "Child and family assessments completed within 45 working days (%)",
     84.3, 88.0, 86.5, 90, "A", "Service Director, Family Support and Child Protection"),
    ("CSC03", "Children looked after (rate per 10,000 children under 18)",
     64.2, 63.7, 62.9, 65, "G", "Service Director, Resources, Improvement and Partnerships"),
    ("LS05", "16-17 year olds not in education, employment or training, or whose activity is "
     "not known (%)" + DAGGER, 5.6, 4.1, 4.8, 5.0, "G", "Service Director, Learning and Early Support"),
    "Learning, Skills and Economy portfolio",
    ("LS01", "New Education, Health and Care Plans issued within 20 weeks (%)",
     41.0, 47.5, 52.3, 60, "R", "Service Director, Learning and Early Support"),
    ("LS02", "Primary schools judged good or outstanding by Ofsted (%)",
     88.4, 89.1, 89.1, 90, "A", "Service Director, Learning and Early Support"),
    ("LS05", "16-17 year olds not in education, employment or training, or whose activity is "
     "not known (%)" + DAGGER, 5.6, 4.1, 5.3, 5.0, "A", "Head of Skills and Employment"),
    ("ECO01", "Business start-ups supported by the council and its partners",
     61, 48, 57, 50, "G", "Head of Economy and Skills"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a metropolitan council's quarterly corporate scorecard to Cabinet.

    Kirklees Council style: one sheet, dark portfolio rows ('Adults and
    Health portfolio' and so on), then Ref, Measure, Q4 2023/24, Q1 and Q2 2024/25,
    'Target 2024/25', filled R/A/G letters for Q2 and a lead officer. Two
    measures are cross-cutting and marked '\u2020' (a note says shared
    measures appear under each portfolio that owns them): HWB01, patients
    with no criteria to reside still in hospital, under Adults and Health
    and again under Public Health and Wellbeing; LS05, 16-17 year olds NEET
    or not known, under Children and Families and again under Learning,
    Skills and Economy. Same code and name each time, lead officer different.

    A careful reader imports each measure once, the dagger being a note
    mark and not part of the name. HWB01's two rows agree in every figure,
    target and rating: a repeat, read once. LS05's rows agree for Q4
    2023/24 and Q1 but give Q2 as 4.8 (rated G) under Children and Families
    (E21) and 5.3 (rated A) under Learning, Skills and Economy (E25). One
    measure cannot have two Q2 figures and nothing on the sheet says which
    is current, so the file goes to review at both cells; LS05 Q2 is left
    out until settled, its other quarters read as usual. The target names
    2024/25, so the Q4 2023/24 figures have none; '-' is no target and PH03
    has no rating. No polarity or unit column.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Kirklees Council")
    sheet["A2"] = (
        "Corporate Performance Scorecard \u2013 Quarter 2 2024/25 (July to September 2024)"
    )
    sheet["A2"].font = Font(bold=True, size=12)
    sheet["A3"] = "Cabinet, 12 November 2024"
    sheet["A3"].font = Font(italic=True)
    put_row(sheet, 5, 1, HEADER, bold=True)
    for col in range(1, len(HEADER) + 1):
        sheet.cell(row=5, column=col).alignment = Alignment(wrap_text=True, vertical="top")
    exp = Expected([], status="needs_review")
    seen: dict[str, tuple[object, ...]] = {}
    conflicts: dict[str, list[str]] = {}
    row = FIRST
    for item in ROWS:
        if isinstance(item, str):
            sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(HEADER))
            sheet.cell(row=row, column=1, value=item).font = Font(bold=True, color="FFFFFFFF")
            fill(sheet, f"A{row}", SECTION_FILL)
            row += 1
            continue
        assert isinstance(item, tuple)
        ref, name, q4, q1, q2, target, rag, lead = item
        put_row(sheet, row, 1, [ref, name, q4, q1, q2, target, rag, lead])
        if rag is not None:
            fill(sheet, f"G{row}", FILLS[str(rag)])
            sheet[f"G{row}"].alignment = Alignment(horizontal="center")
        figures = (q4, q1, q2, target, rag)
        code = str(ref)
        if code in seen:
            first_row, *first = seen[code]
            if tuple(first) != figures:
                assert first[:2] == [q4, q1] and first[2] != q2
                conflicts[code] = [f"{SHEET}!E{first_row}", f"{SHEET}!E{row}"]
            row += 1
            continue
        seen[code] = (row, *figures)
        goal = float(target) if isinstance(target, int | float) else None
        for k, (period, value) in enumerate(zip(PERIODS, (q4, q1, q2), strict=True)):
            exp.observations.append(
                Obs(
                    code,
                    str(name).removesuffix(DAGGER),
                    period,
                    float(str(value)),
                    None,
                    goal if period.endswith("2024/25") else None,
                    RAG[str(rag)] if k == 2 and rag is not None else None,
                )
            )
        row += 1
    for code, cells in conflicts.items():
        exp.review_cells += cells
        exp.observations = [
            o for o in exp.observations if not (o.code == code and o.period == PERIODS[2])
        ]
    notes = (
        "\u2020 Shared measure: reported under each portfolio that has an interest in it.",
        "RAG: G on or better than target; A within 10% of target; R more than 10% adrift. "
        "RAG is for Quarter 2.",
        "HWB01 source: Calderdale and Huddersfield / Mid Yorkshire NHS Trusts daily sitrep.",
    )
    for j, line in enumerate(notes):
        sheet.cell(row=row + 1 + j, column=1, value=line).font = Font(size=9, italic=True)
    sheet.column_dimensions["A"].width = 8
    sheet.column_dimensions["B"].width = 78
    sheet.column_dimensions["H"].width = 50
    sheet.freeze_panes = "C6"
    save(book, path)
    return exp
