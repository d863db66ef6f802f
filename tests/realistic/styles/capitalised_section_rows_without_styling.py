"""An unformatted scorecard whose service headings are told apart only by being typed in capital letters."""

from __future__ import annotations

from pathlib import Path

from tests.realistic.kit import Expected, Obs, Rag, new_book, num, put_row, save, text_of

SHEET = "Performance Q3"
HEAD_ROW = 5
PERIODS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
HEADINGS = ("Ref", "Indicator", *PERIODS, "Target 2024/25", "RAG", "Comments")
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}

# A 1-tuple is a service heading, typed in capitals in the Indicator column. Otherwise: ref,
# indicator, Q1, Q2, Q3 (None: blank), target (None: blank), RAG word (None: blank), comments.
# Percentages are typed in points, as the names say.
ROWS: tuple[tuple[object, ...], ...] = (
    ("ADULT SOCIAL CARE",),
    ("ASC1", "Adults with a learning disability in paid employment (%)",
     5.1, 5.3, 5.8, 6.0, "Amber", "32 of 552 adults known to the learning disability service."),
    ("ASC2", "DoLS applications completed within 21 days (%)",
     42.0, 47.5, 51.2, 60.0, "Red",
     "Backlog of 212 applications. Two more BIA posts filled in December."),
    ("ASC3", "People still at home 91 days after leaving hospital into reablement (%)",
     83.4, 85.1, 86.0, 85.0, "Green", None),
    ("ASC4", "CQC-registered care homes in the borough rated Good or Outstanding (%)",
     78.9, 80.2, 81.5, 85.0, "Amber", "2 homes moved from Requires Improvement to Good."),
    ("ASC5", "Carers' assessments completed",
     412, 398, 441, None, None, "Context measure."),
    ("CHILDREN, EDUCATION AND SEND",),
    ("CS1", "New EHCPs issued within 20 weeks, excluding exceptions (%)",
     38.5, 44.2, 52.6, 60.0, "Red",
     "Improving each quarter. 61 of 116 new plans were on time in Q3."),
    ("CS2", "Young people aged 16 and 17 who are NEET or whose activity is not known (%)",
     None, None, 4.6, 5.0, "Green",
     "Annual measure: average for October to December, reported once a year at Q3."),
    ("CS3", "Children in need (CIN) per 10,000 children aged under 18",
     318.2, 322.9, 329.4, None, None, "Context measure. England 2023/24: 332.9."),
    ("CS4", "Re-referrals to children's social care within 12 months (%)",
     19.2, 21.7, 23.4, 20.0, "Red", "Audit of Q3 re-referrals under way; findings to March committee."),
    ("CS5", "Care leavers aged 19 to 21 in EET (%)",
     None, 54.0, 57.9, 60.0, "Amber",
     "New measure from Q2. EET means education, employment or training."),
    ("HOUSING AND HOMELESSNESS",),
    ("HH1", "Households prevented from becoming homeless (%)",
     58.3, 61.0, None, 60.0, "Green",
     "Q3 figure waits for H-CLIC validation. RAG is for Q2."),
    ("HH2", "Households in TA at the end of the quarter",
     284, 301, 317, None, None, "Context measure. TA means temporary accommodation."),
    ("HH3", "Families with children in B&B for more than 6 weeks",
     3, 1, 0, 0, "Green", None),
    ("HH4", "Average weeks to complete a DFG adaptation",
     26.4, 24.8, 23.1, 24.0, "Green", "DFG means Disabled Facilities Grant."),
    ("HH5", "HMO licence applications decided within 12 weeks (%)",
     71.4, 68.9, "n/a", 85.0, None,
     "Licensing system upgraded in December. Q3 figure to follow."),
    ("HH6", "Empty homes brought back into use (cumulative)",
     14, 31, 52, 60, "Green", "Ahead of profile (45 by the end of Q3)."),
    ("PUBLIC HEALTH",),
    ("PH1", "NHS Health Check offers taken up (%)",
     41.2, 43.6, 44.9, 45.0, "Amber", None),
    ("PH2", "Smokers setting a quit date who had quit at 4 weeks (%)",
     52.1, 55.4, "TBC", 55.0, None, "Q3 returns from GP practices are due in February."),
    ("PH3", "Opiate users who left treatment successfully and did not return within 6 months (%)",
     5.2, 5.5, 6.3, 6.5, "Amber", None),
)  # fmt: skip

LINES = (
    "Quarterly performance report: Quarter 3, 2024/25",
    "Brookfield Council. People Scrutiny Committee, 11 February 2025.",
    "This worksheet contains one table. RAG is written as a word: Green means the target was "
    "met, Amber means within 5% of the target, Red means more than 5% from the target. The RAG "
    "is for the latest quarter reported.",
    "Figures are for the quarter unless the indicator name says cumulative. n/a means not "
    "available. TBC means to be confirmed. Context measures have no target or RAG.",
)


def build(path: Path) -> Expected:
    """Imitates a unitary council's plain, screen-reader-friendly quarterly scorecard.

    A unitary council's Quarter 3 2024/25 performance report for its People
    Scrutiny Committee, kept by an officer who follows the accessible
    spreadsheet guidance councils now publish to: no fills, borders, bold,
    merged cells or blank rows, the title in A1, a line saying the sheet
    holds one table, ratings written as words rather than shown by colour,
    and notes above the table rather than under it. Ref, Indicator,
    'Q1 2024/25'..'Q3 2024/25', 'Target 2024/25', RAG, Comments. Because
    nothing may be shaded, the service headings ('ADULT SOCIAL CARE',
    'CHILDREN, EDUCATION AND SEND', 'HOUSING AND HOMELESSNESS', 'PUBLIC
    HEALTH') are rows with only the service typed in capital letters in the
    Indicator column. Indicator names are in sentence case, but many carry
    the acronyms services use ('DoLS', 'CQC', 'EHCPs', 'NEET', 'CIN', 'EET',
    'TA', 'B&B', 'DFG', 'HMO', 'NHS') and capitalised words ('Good or
    Outstanding'). Percentages are typed in points, with '(%)' in the name.

    A careful reader takes each all-capitals row with no ref and no figures
    as a service heading and every row with a ref and figures as an
    indicator, whatever acronyms its name holds. The single 'Target 2024/25'
    is on every quarter in its row. The RAG is on the latest quarter
    reported: homelessness prevention has no Q3, so its Green is Q2's, as
    its comment says; the NEET measure is annual with one Q3 figure; the
    HMO 'n/a' and the quit-rate 'TBC' Q3s are kept and unrated; three
    context measures have no target or RAG; the care leavers measure starts
    in Q2; the B&B measure has a target of 0. No polarity or unit column.
    """
    book, sheet = new_book(SHEET)
    for row, line in enumerate(LINES, start=1):
        sheet.cell(row=row, column=1, value=line)
    put_row(sheet, HEAD_ROW, 1, HEADINGS)
    exp = Expected([])
    row = HEAD_ROW + 1
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=2, value=spec[0])
            row += 1
            continue
        put_row(sheet, row, 1, list(spec))
        ref, name, *values, target, rag, _comment = spec
        goal = num(target)
        given = [k for k, v in enumerate(values) if v is not None]
        for k in given:
            exp.observations.append(
                Obs(
                    str(ref),
                    str(name),
                    PERIODS[k],
                    num(values[k]),
                    text_of(values[k]),
                    goal,
                    RAG[str(rag)] if rag and k == given[-1] else None,
                )
            )
        row += 1
    for letter, width in {"A": 8, "B": 78, "C": 12, "D": 12, "E": 12, "F": 15, "G": 8,
                          "H": 70}.items():  # fmt: skip
        sheet.column_dimensions[letter].width = width
    save(book, path)
    return exp
