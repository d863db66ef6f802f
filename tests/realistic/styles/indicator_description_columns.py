"""A performance framework sheet: long Definition/Why it matters/Data source/Frequency/Lead officer/Polarity texts before the figures."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment

from tests.realistic.kit import Expected, Obs, Rag, new_book, observed, put_row, save, title

RAG: dict[str, Rag] = {"Red": "red", "Amber": "amber", "Green": "green"}
QUARTERS = ("Q1 2024/25", "Q2 2024/25")
POLARITY = {"Higher is better": "higher_is_better", "Lower is better": "lower_is_better"}

# ref, indicator, definition, why it matters, data source, frequency, lead officer, polarity,
# 2023/24 outturn, Q1, Q2, target 2024/25, status
ROWS: tuple[tuple[object, ...], ...] = (
    ("CYP01", "Early help assessments completed within 45 working days",
     "Percentage of early help assessments completed within 45 working days of the request for "
     "support being accepted. Excludes assessments closed because the family withdrew consent.",
     "Timely assessment means families get help before needs escalate to statutory services.",
     "Liquidlogic EHM, report EH-07", "Quarterly", "Head of Early Help", "Higher is better",
     78.4, 81.2, 83.6, 85, "Amber"),
    ("CYP02", "Re-referrals to children's social care within 12 months",
     "Referrals in the period where the child had a previous referral within the 12 months "
     "before, as a percentage of all referrals (CIN census definition).",
     "A high rate may mean earlier work did not address the family's needs.",
     "Liquidlogic LCS; DfE Children in Need census", "Quarterly", "Head of Children's Social Care",
     "Lower is better", 21.7, 19.8, 23.4, 20, "Red"),
    ("CYP03", "Children in care with three or more placements in the year",
     "Children looked after at the end of the period who had 3 or more separate placements in "
     "the previous 12 months, as a percentage of all children looked after (SSDA903 measure).",
     "Placement stability is linked to better outcomes in education and wellbeing.",
     "SSDA903 return", "Quarterly", "Head of Corporate Parenting", "Lower is better",
     9.8, 10.4, 9.1, 10, "Green"),
    ("CYP04", "Care leavers aged 19-21 in education, employment or training",
     "Care leavers aged 19, 20 and 21 whose activity on their birthday was education, "
     "employment or training, as a percentage of care leavers of that age.",
     "Care leavers are at greater risk of being NEET; the council is their corporate parent.",
     "SSDA903 return (care leaver module)", "Quarterly", "Head of Corporate Parenting",
     "Higher is better", 52.0, 55.3, 56.1, 55, "Green"),
    ("CYP05", "Education, health and care plans issued within 20 weeks",
     "New EHC plans issued within 20 weeks of the request for assessment, excluding exceptions "
     "under regulation 13(3), as a percentage of all new plans issued.",
     "Statutory timescale; delays hold up support for children with SEND.",
     "Synergy SEN module; SEN2 return", "Quarterly", "Head of SEND", "Higher is better",
     38.2, 44.9, 41.0, 60, "Red"),
    ("CYP06", "Pupils attending a school judged good or outstanding by Ofsted",
     "Pupils on roll at state-funded schools whose latest Ofsted overall effectiveness grade "
     "was 1 or 2, as a percentage of pupils on roll at all inspected schools.",
     "Access to good schools affects attainment and life chances.",
     "Ofsted management information; January school census", "Annual", "Head of School Effectiveness",
     "Higher is better", 88.6, None, None, 90, None),
    ("CYP07", "Persistent absence in primary schools",
     "Pupils missing 10% or more of possible sessions, as a percentage of pupils on roll "
     "(autumn and spring terms).",
     "Persistent absence is strongly linked to lower attainment.",
     "DfE pupil absence statistics", "Annual", "Head of School Effectiveness", "Lower is better",
     17.3, None, None, 15, None),
    ("CYP08", "Young people aged 16-17 not in education, employment or training (NEET) or not known",
     "Average of December, January and February of 16 and 17 year olds recorded as NEET or whose "
     "activity is not known, as a percentage of the cohort.",
     "Participation to 18 is a statutory duty; 'not known' hides young people who need support.",
     "CCIS / NCCIS returns", "Quarterly", "Head of Skills and Participation", "Lower is better",
     5.1, 4.6, "Not reported - CCIS refresh", 5, None),
    ("CYP09", "Contacts to the front door progressed to referral within 1 working day",
     "Contacts to the Integrated Front Door where a decision to progress to a social care "
     "referral was made within 1 working day, as a percentage of contacts progressed.",
     "Quick decisions keep children safe; Working Together 2023 sets a 1 working day standard.",
     "Liquidlogic LCS, IFD dashboard", "Quarterly", "Head of Children's Social Care",
     "Higher is better", 91.5, 93.0, 95.2, 95, "Green"),
)  # fmt: skip

HEADER = (
    "Ref",
    "Indicator",
    "Definition",
    "Why it matters",
    "Data source",
    "Frequency",
    "Lead officer",
    "Polarity",
    "2023/24 outturn",
    "Q1 2024/25",
    "Q2 2024/25",
    "Target 2024/25",
    "Status",
)


def build(path: Path) -> Expected:
    """Imitates a children's services performance framework laid out for scrutiny members.

    Performance frameworks agreed with a scrutiny committee often carry the
    whole indicator definition on the same sheet as the figures: a long
    Definition (with its own numbers: '45 working days', '3 or more
    placements', '10% or more of sessions', 'regulation 13(3)'), Why it
    matters, Data source, Frequency, Lead officer and Polarity, and only then
    last year's outturn, this year's quarters, the target and a status. A
    careful reader takes the numbers in the texts as part of the
    definitions, not figures; reads polarity from the Polarity column; takes
    the 2023/24 outturn as that year's figure (no target: the target names
    2024/25) and the quarters with the target. Status is for the latest
    quarter with a figure. The two annual measures have no quarterly
    figures yet and no status; the NEET Q2 cell holds words, not a figure.
    """
    book, sheet = new_book("Performance Framework")
    title(sheet, "A1", "Children, Young People and Families - Performance Framework 2024/25")
    sheet["A2"] = (
        "Stockport Metropolitan Borough Council. Quarter 2 update for the Children and Families "
        "Scrutiny Committee, November 2024."
    )
    put_row(sheet, 4, 1, list(HEADER), bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    exp = Expected([])
    for i, row in enumerate(ROWS):
        r = 5 + i
        put_row(sheet, r, 1, list(row))
        for col in range(2, 8):
            sheet.cell(row=r, column=col).alignment = wrap
        ref, name, *_texts, polarity, outturn, q1, q2, target, status = row
        code, nm = str(ref), str(name)
        exp.observations.append(Obs(code, nm, "2023/24", float(str(outturn))))
        exp.observations += observed(
            code, nm, QUARTERS, (q1, q2), float(str(target)), RAG.get(str(status))
        )
        exp.add_meta(code, nm, POLARITY[str(polarity)], None)
    for letter, width in (("B", 40), ("C", 60), ("D", 45), ("E", 28), ("G", 26)):
        sheet.column_dimensions[letter].width = width
    save(book, path)
    return exp
