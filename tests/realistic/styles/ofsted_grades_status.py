"""Ofsted grade words (Outstanding/Good/Requires improvement/Inadequate) in the Status column of some rows."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Font, PatternFill

from tests.realistic.kit import Expected, Rag, new_book, observed, put_row, save, title

RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
QUARTERS = ("Q1 2024/25", "Q2 2024/25")
BAND = PatternFill(fill_type="solid", start_color="FFD9E1F2", end_color="FFD9E1F2")

# section -> rows of (ref, measure, 2023/24 outturn, Q1, Q2, target 2024/25, status, comment)
SECTIONS: tuple[tuple[str, tuple[tuple[object, ...], ...]], ...] = (
    ("Children's social care", (
        ("CYP01", "Referrals that were re-referrals within 12 months (%)", 21.4, 23.0, 21.6, 20.0,
         "Amber", "Audit of repeat referrals reported to the Safeguarding Partnership in October."),
        ("CYP02", "Single assessments completed within 45 working days (%)", 84.6, 88.2, 91.0, 90.0,
         "Green", None),
        ("CYP03", "Child protection conferences held within 15 working days of strategy discussion (%)",
         79.0, 81.5, 76.8, 85.0, "Red", "Chair capacity reduced over the summer."),
        ("CYP04", "Children looked after with 3 or more placements in the last 12 months (%)", 9.8,
         10.4, 11.6, 9.0, "Red", None),
        ("CYP05", "Ofsted inspection of local authority children's services (ILACS) - overall effectiveness",
         None, None, None, "Good", "Good", "Inspected March 2023. Next full inspection expected 2026."),
        ("CYP06", "Ofsted inspection - council fostering agency", None, None, None, "Good",
         "Requires improvement", "Inspected July 2024. Action plan agreed by the Corporate Parenting Board."),
        ("CYP07", "Ofsted inspection - Oakwood House children's home", None, None, None, "Good",
         "Outstanding", "Full inspection June 2024."),
        ("CYP08", "Ofsted inspection - Birch Lodge children's home", None, None, None, "Good",
         "Inadequate", "Inspected September 2024. Admissions paused; monitoring visit due December."),
    )),
    ("Education and SEND", (
        ("CYP09", "Pupils attending schools judged Good or Outstanding by Ofsted (%)", 88.9, 89.4,
         90.1, 90.0, "Green", None),
        ("CYP10", "New Education, Health and Care plans issued within 20 weeks (%)", 41.0, 38.5,
         46.2, 60.0, "Red", "Educational psychology capacity remains the main constraint."),
        ("CYP11", "Care leavers aged 19-21 in education, employment or training (%)", 52.0, 55.3,
         57.1, 55.0, "Green", None),
        ("CYP12", "Pupils missing education for more than 10 school days (number)", 71.0, 64.0, 65.0,
         60.0, "Amber", None),
    )),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a children's services scorecard that reports Ofsted judgements beside its KPIs.

    Children and young people's scrutiny scorecards list inspection outcomes
    as rows of their own among the measures: the children's services (ILACS)
    judgement, the fostering agency, each council-run children's home. Those
    rows have no figure in any period column; the inspection grade
    ('Outstanding', 'Good', 'Requires improvement', 'Inadequate') is written
    in the Status column, the date of the inspection in the comment, and
    'Good' in the Target column as the ambition.

    A careful reader takes the grade as the inspection's judgement, not as a
    rating of a figure against a target: it is not green, amber or red, and it
    belongs to no quarter of the table (the inspections happened when the
    comments say). The grade rows therefore give no observation, and no
    'Inadequate' is read as red; the words are Ofsted's own scale, so they
    cast no doubt on the file. The other rows read as usual: the two quarters
    with the 2024/25 target (the 2023/24 outturn has none), the RAG word for
    Q2. A measure about schools judged Good or Outstanding is an ordinary
    percentage with an ordinary RAG.
    """
    book, sheet = new_book("Scorecard")
    title(sheet, "A1", "Children and Young People - Performance Scorecard, Quarter 2 2024/25")
    sheet["A2"] = "Report to Children and Young People's Scrutiny Committee, 21 November 2024"
    header = ["Ref", "Measure", "2023/24 outturn", *QUARTERS, "Target 2024/25", "Status", "Comment"]
    put_row(sheet, 4, 1, header, bold=True)
    exp = Expected([])
    row = 5
    for section, rows in SECTIONS:
        sheet.cell(row=row, column=1, value=section)
        for col in range(1, len(header) + 1):
            sheet.cell(row=row, column=col).fill = BAND
            sheet.cell(row=row, column=col).font = Font(bold=True)
        row += 1
        for ref, name, outturn, q1, q2, target, status, comment in rows:
            put_row(sheet, row, 1, [ref, name, outturn, q1, q2, target, status, comment])
            sheet.cell(row=row, column=8).alignment = Alignment(wrap_text=True)
            if str(status) in RAG:
                assert isinstance(outturn, float)
                exp.observations += observed(str(ref), str(name), ("2023/24",), (outturn,))
                exp.observations += observed(
                    str(ref), str(name), QUARTERS, (q1, q2), float(str(target)), RAG[str(status)]
                )
            else:
                assert (outturn, q1, q2) == (None, None, None)
            row += 1
    sheet.column_dimensions["B"].width = 60
    sheet.column_dimensions["H"].width = 50
    save(book, path)
    return exp
