"""Three rating columns side by side: against target, against England, against statistical neighbours."""

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
    fill,
    merge,
    new_book,
    num,
    put_row,
    save,
    text_of,
    title,
)

SHEET = "Childrens Scorecard"
BANNER_ROW = 4
HEAD_ROW = 5
PERIODS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
RAG_FILL = {"G": GREEN_FILL, "A": AMBER_FILL, "R": RED_FILL}
POLARITY = {"High": "higher_is_better", "Low": "lower_is_better"}
SECTION = PatternFill(fill_type="solid", start_color="FFFCE4D6", end_color="FFFCE4D6")

# A 1-tuple is a section row. Otherwise: ref, indicator, good is, Q1, Q2, Q3, target 2024/25,
# England, statistical neighbours, RAG vs target, RAG vs England, RAG vs SN, comment.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Early help and front door",),
    ("CSC01", "Contacts progressing to referral within 1 working day (%)", "High",
     94.2, 96.0, 95.1, 95, None, None, "G", None, None, "Local measure; no published comparator."),
    ("CSC02", "Re-referrals within 12 months (%)", "Low",
     21.4, 19.8, 23.9, 20, 22.4, 21.0, "R", "A", "R",
     "Rise linked to domestic abuse notifications in November."),
    ("CSC03", "Assessments completed within 45 working days (%)", "High",
     86.1, 88.7, 90.2, 88, 82.9, 85.6, "G", "G", "G", None),
    ("CSC04", "Early help assessments stepped up to social care within 6 months (%)", "Low",
     9.8, 11.2, 10.5, None, None, None, None, None, None, "Information only."),
    ("Children in need and child protection",),
    ("CSC05", "Child protection plans lasting 2 years or more at end (%)", "Low",
     2.1, 3.4, 4.0, 3, 4.0, 3.8, "R", "G", "A", "Four sibling groups; reviewed at the CP panel."),
    ("CSC06", "Children becoming subject to a plan for a second or subsequent time (%)", "Low",
     26.7, 24.0, 22.9, 23, 23.8, 21.5, "G", "G", "A", None),
    ("CSC07", "Child protection visits within timescale (%)", "High",
     91.5, 89.3, 93.8, 95, None, None, "A", None, None, "Local measure."),
    ("CSC08", "Rate of children in need per 10,000 under 18", None,
     331.5, 340.2, 346.8, None, 332.9, 355.1, None, "A", "G",
     "Context measure: no target; rated against comparators for information."),
    ("Children looked after and care leavers",),
    ("CSC09", "Children looked after per 10,000 under 18", None,
     72.4, 73.0, 74.6, None, 70.0, 79.0, None, "A", "G", "Context measure."),
    ("CSC10", "Children looked after with 3 or more placements in the year (%)", "Low",
     3.0, 5.9, 8.7, 10, 10.0, 10.8, "G", "G", "G", "Cumulative through the year."),
    ("CSC11", "Looked after children with an up-to-date health assessment (%)", "High",
     84.0, 87.5, "n/a", 90, 89.0, 90.2, None, None, None,
     "Q3 data not available following health provider system change."),
    ("CSC12", "Care leavers aged 19\u201321 in education, employment or training (%)", "High",
     55.2, 57.8, 59.6, 60, 56.0, 54.3, "A", "G", "G", None),
    ("CSC13", "Care leavers aged 19\u201321 in suitable accommodation (%)", "High",
     88.0, 91.4, 92.7, 90, 88.0, 89.5, "G", "G", "G", None),
    ("CSC14", "Social worker turnover rate (%)", "Low",
     None, 17.9, 16.2, 16, 17.1, 15.9, "A", "G", "A",
     "Half-yearly workforce return from Q2."),
    ("CSC15", "Agency social workers (%)", "Low",
     24.1, 22.6, 21.8, 15, 17.6, 18.8, "R", "R", "R", "Recruitment campaign launched January."),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a unitary council's children's services performance scorecard to scrutiny.

    Like the ChAT-style scorecards children's services departments take to a
    children and young people's scrutiny committee: 'Ref', 'Indicator',
    'Good is' (High/Low), 'Q1 2024/25'..'Q3 2024/25', 'Target 2024/25', then
    under a merged 'Benchmarks (latest published, 2023/24)' banner 'England'
    and 'Statistical neighbours', then three rating columns side by side:
    'RAG vs target', 'RAG vs England', 'RAG vs statistical neighbours', each
    a filled R/A/G letter, some blank (local measures have no comparator,
    context measures no target). A key under the table says the overall
    rating of each measure is its RAG against target, the other two showing
    how the latest figure compares with the benchmarks.

    A careful reader takes 'RAG vs target' as the indicator's RAG for its
    latest figure (as the key says); the England and neighbour ratings are
    comparisons, not the indicator's rating, so the context measures with only
    those have no RAG. The England and neighbour figures are 2023/24
    benchmarks, not this council's observations. CSC11's Q3 is 'n/a' with no
    rating; the workforce measure starts at Q2. Polarity from 'Good is'.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Children's Services Performance Scorecard \u2013 Quarter 3 2024/25")
    sheet["A2"] = "Children and Young People Scrutiny Committee, 6 March 2025"
    sheet["A2"].font = Font(italic=True)
    merge(sheet, "H4:I4", "Benchmarks (latest published, 2023/24)")
    merge(sheet, "J4:L4", "Ratings")
    heads = ["Ref", "Indicator", "Good is", *PERIODS, "Target 2024/25", "England",
             "Statistical neighbours", "RAG vs target", "RAG vs England",
             "RAG vs statistical neighbours", "Comment"]  # fmt: skip
    put_row(sheet, HEAD_ROW, 1, heads, bold=True)
    for col in range(1, len(heads) + 1):
        sheet.cell(row=HEAD_ROW, column=col).alignment = Alignment(
            wrap_text=True, horizontal="center"
        )
    exp = Expected([])
    row = HEAD_ROW + 1
    for entry in ROWS:
        if len(entry) == 1:
            sheet.cell(row=row, column=1, value=entry[0]).font = Font(bold=True)
            for col in range(1, len(heads) + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        ref, name, good, q1, q2, q3, target, eng, sn, r_t, r_e, r_s, comment = entry
        put_row(sheet, row, 1, [ref, name, good, q1, q2, q3, target, eng, sn, r_t, r_e, r_s,
                                comment])  # fmt: skip
        for letter, rating in zip("JKL", (r_t, r_e, r_s), strict=True):
            if rating:
                fill(sheet, f"{letter}{row}", RAG_FILL[str(rating)])
                sheet[f"{letter}{row}"].alignment = Alignment(horizontal="center")
        figures = (q1, q2, q3)
        given = [k for k, v in enumerate(figures) if v is not None]
        for k in given:
            value = figures[k]
            rag = RAG[str(r_t)] if r_t and k == given[-1] else None
            exp.observations.append(
                Obs(str(ref), str(name), PERIODS[k], num(value), text_of(value), num(target), rag)
            )
        if good:
            exp.add_meta(str(ref), str(name), POLARITY[str(good)], None)
        row += 1
    key = (
        "Key: the overall rating of each measure is its RAG against target (G on or better than "
        "target, A within 5%, R more than 5% away).",
        "RAG vs England and RAG vs statistical neighbours show how the latest figure compares "
        "with the 2023/24 benchmarks (G better, A within 2 points, R worse); they are for "
        "context and are not the measure's rating.",
        "Blank: no target (context measure) or no published comparator (local measure).",
    )
    for j, line in enumerate(key):
        sheet.cell(row=row + 1 + j, column=1, value=line).font = Font(size=9)
    sheet.column_dimensions["B"].width = 64
    sheet.column_dimensions["M"].width = 48
    sheet.freeze_panes = f"C{HEAD_ROW + 1}"
    save(book, path)
    return exp
