"""Comparison columns giving the council's position among statistical neighbours as text."""

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
    merge,
    new_book,
    num,
    put_row,
    save,
    text_of,
    title,
)

SHEET = "People scorecard"
BAND_ROW = 4
HEAD_ROW = 5
PERIODS = ("2023/24", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
RAG_FILL = {"Green": GREEN_FILL, "Amber": AMBER_FILL, "Red": RED_FILL}
POLARITY = {"High": "higher_is_better", "Low": "lower_is_better"}
SECTION = PatternFill(fill_type="solid", start_color="FFFFF2CC", end_color="FFFFF2CC")
COMPARE = PatternFill(fill_type="solid", start_color="FFEDEDED", end_color="FFEDEDED")

# A 1-tuple is a section row. Otherwise: ref, indicator, good is, 2023/24 outturn, Q1..Q3
# 2024/25, target 2024/25, RAG word (latest quarter), statistical neighbours' average, our
# position among them (text), comments. Percentages and rates typed as shown.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Children's social care",),
    ("CSC1", "Re-referrals to children's social care within 12 months (%)", "Low", 21.4, 19.8,
     22.6, 20.9, 20, "Amber", 22.1, "4th of 11", None),
    ("CSC2", "Child protection plans lasting 2 years or more (%)", "Low", 3.1, 2.4, 4.0, 3.6, 3,
     "Red", 3.8, "=5th/16", "Small cohort: 5 children at Q3."),
    ("CSC3", "Children becoming subject to a plan for a second or subsequent time (%)", "Low",
     24.8, 18.2, 20.5, 19.1, 22, "Green", 23.3, "3rd of 11", None),
    ("CSC4", "Looked after children per 10,000 under 18", "Low", 78, 80, 81, 83, None, None, 74,
     "9th of 11", "Contextual measure; no target set."),
    ("CSC5", "Care leavers aged 19-21 in education, employment or training (%)", "High", 55.0,
     57.1, 53.6, 59.3, 60, "Amber", 56.4, "Top quartile", None),
    ("CSC6", "Social worker vacancy rate (%)", "Low", 18.2, 16.9, 15.4, 14.1, 15, "Green", 17.5,
     "n/a", "Workforce census comparison published February."),
    ("Education and skills",),
    ("ED1", "Good level of development at end of Reception (%)", "High", 66.1, None, None, None,
     68, None, 67.2, "7th of 11", "Annual; 2024/25 result published November."),
    ("ED2", "Pupils with an EHC plan issued within 20 weeks (%)", "High", 42.6, 51.3, 58.9, 64.0,
     60, "Green", 49.8, "2nd of 11", None),
    ("ED3", "Persistent absence \u2013 secondary (%)", "Low", 26.9, 24.1, "n/a", 23.8, 24, "Green",
     27.4, "Upper middle quartile", "Q2 covers summer term only; not reported."),
    ("ED4", "16-17 year olds not in education, employment or training or not known (%)", "Low",
     5.4, 6.1, 7.8, 5.2, 5, "Amber", 5.0, "=8th of 11", None),
    ("ED5", "Permanent exclusions (number)", "Low", 31, 6, 4, 11, None, None, None,
     "Not ranked", "Information only."),
    ("Adult social care",),
    ("ASC1", "Long-term support needs met by admission to care homes, 65+ (per 100,000)", "Low",
     596.4, 142.7, 301.5, 480.2, 430, "Red", 538.0, "6th of 11", "Cumulative in year."),
    ("ASC2", "Older people still at home 91 days after reablement (%)", "High", 81.3, 84.0, 79.2,
     82.5, 82, "Green", 83.1, "Bottom quartile", None),
    ("ASC3", "Adults with learning disabilities in paid employment (%)", "High", 4.2, 4.4, 4.6,
     4.5, 5, "Amber", 5.9, "11th of 11", None),
    ("ASC4", "Safeguarding enquiries where risk was reduced or removed (%)", "High", 90.7, 92.3,
     93.5, 91.8, 90, "Green", 89.9, "=1st of 11", None),
    ("ASC5", "Carers receiving a direct payment (%)", "High", 71.5, 73.0, 72.2, None, 75, None,
     77.6, "8th/11", "Q3 not available: system migration."),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a unitary council's People directorate scorecard with a benchmarking block.

    The kind of quarterly scorecard a unitary council's People scrutiny
    panel receives: Ref, Indicator, 'Good is' High/Low, '2023/24 outturn',
    'Q1 2024/25'..'Q3 2024/25', 'Target 2024/25', a filled RAG word, then
    a grey benchmarking block under a merged 'Statistical neighbours
    (latest published 2023/24)' banner: 'SN average' (a number) and 'Our
    position' as text ('4th of 11', '=5th/16', 'Top quartile', 'Upper
    middle quartile', '=1st of 11', '8th/11', 'Not ranked', 'n/a'); then
    Comments under yellow section rows. Contextual and information-only
    measures carry no target or rating; an annual measure has only
    2023/24; one Q2 is 'n/a', one Q3 blank.

    A careful reader takes the council's figures as the observations,
    the 2024/25 target for the quarters only (not the 2023/24 outturn)
    and the RAG for the latest quarter given. The neighbours' average is
    a comparator (CONTRACT.md keeps it beside an observation, not as an
    observation, and the kit does not expect it); the position text is
    a ranking, not a figure of the council's and not a period's value,
    so it is no observation. Polarity from 'Good is'.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "People Directorate Performance Scorecard \u2013 Quarter 3 2024/25")
    sheet["A2"] = "Children, Young People and Adults Scrutiny Panel \u2013 March 2025"
    sheet["A2"].font = Font(italic=True)
    merge(sheet, "D4:I4", "Council performance")
    merge(sheet, "J4:K4", "Statistical neighbours (latest published 2023/24)")
    heads = ["Ref", "Indicator", "Good is", "2023/24 outturn", "Q1 2024/25", "Q2 2024/25",
             "Q3 2024/25", "Target 2024/25", "RAG", "SN average", "Our position", "Comments"]  # fmt: skip
    put_row(sheet, HEAD_ROW, 1, heads, bold=True)
    ncol = len(heads)
    for col in range(1, ncol + 1):
        sheet.cell(row=HEAD_ROW, column=col).alignment = Alignment(
            horizontal="center", vertical="center", wrap_text=True
        )
    for col in (10, 11):
        for r in (BAND_ROW, HEAD_ROW):
            sheet.cell(row=r, column=col).fill = COMPARE
    exp = Expected([])
    row = HEAD_ROW + 1
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, ncol + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        ref, name, good, outturn, q1, q2, q3, target, rag, _sn_avg, _position, _comment = spec
        put_row(sheet, row, 1, list(spec))
        if rag:
            rgb = RAG_FILL[str(rag)]
            sheet.cell(row=row, column=9).fill = PatternFill(
                fill_type="solid", start_color=rgb, end_color=rgb
            )
        for col in (10, 11):
            cell = sheet.cell(row=row, column=col)
            cell.fill = COMPARE
            cell.alignment = Alignment(horizontal="center")
        values = (outturn, q1, q2, q3)
        given = [p for p, v in zip(PERIODS, values, strict=True) if v is not None]
        for period, value in zip(PERIODS, values, strict=True):
            if value is None:
                continue
            goal = num(target) if period != "2023/24" else None
            status = RAG[str(rag)] if rag and period == given[-1] else None
            exp.observations.append(
                Obs(str(ref), str(name), period, num(value), text_of(value), goal, status)
            )
        exp.add_meta(str(ref), str(name), POLARITY[str(good)], None)
        row += 1
    notes = (
        "Our position: rank among our 10 statistical neighbours plus the council (of 11), 1st "
        "being best; '/16' marks a measure benchmarked against CIPFA nearest neighbours; '=' "
        "a tied rank. Quartiles are against all English authorities.",
        "Sources: LAIT (DfE), ASCOF (NHS England), ChAT. RAG: Green on or better than target; "
        "Amber within 10%; Red more than 10% worse.",
    )
    for j, line in enumerate(notes, start=row + 1):
        sheet.cell(row=j, column=1, value=line).font = Font(size=9, italic=True)
    widths = {"A": 6, "B": 60, "C": 8, "J": 10, "K": 14, "L": 45}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"C{HEAD_ROW + 1}"
    save(book, path)
    return exp
