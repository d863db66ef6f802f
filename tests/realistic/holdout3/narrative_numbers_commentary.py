"""Scorecard whose commentary column is long paragraphs full of figures, periods and dates."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment

from tests.realistic.kit import Expected, Rag, new_book, observed, put_row, save, title

RAG: dict[str, Rag] = {"Red": "red", "Amber": "amber", "Green": "green"}
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")

# code, indicator, Q1, Q2, Q3, target, RAG (Q3), commentary
ROWS: tuple[tuple[object, ...], ...] = (
    ("CH1", "Children's social care referrals completed within 10 working days (%)", 82.9, 84.3, 85.1,
     85.0, "Green",
     "Timeliness has improved for the third quarter running, up from 82% in Q1 2023/24 to 85.1% "
     "this quarter. The service completed 1,204 referrals between October and December 2024, "
     "compared with 1,087 in the same period of 2023/24 (an increase of 10.8%). The target of "
     "85% was met for the first time since Q4 2021/22."),
    ("CH2", "Re-referrals to children's social care within 12 months (%)", 21.4, 23.9, 24.6, 20.0,
     "Red",
     "Re-referrals remain above the 20% target and the England average of 22.4% (2023/24). Of the "
     "296 re-referrals in Q3, 118 (39.9%) related to domestic abuse. A deep-dive audit of 40 cases "
     "will report to the Improvement Board on 12 February 2025, with actions to be in place by "
     "31 March 2025."),
    ("CH3", "Child protection plans lasting two years or more (%)", 3.2, 2.8, 2.1, 4.0, "Green",
     "2.1% equates to 7 of the 332 plans open at 31 December 2024. Each has been reviewed by the "
     "Head of Service; 4 are expected to end at the next review conference in January 2025."),
    ("CH4", "Children looked after per 10,000 children aged 0-17", 71.8, 72.5, 73.9, 70.0, "Amber",
     "The rate rose from 71.8 in June to 73.9 at the end of December (412 children). 23 "
     "unaccompanied asylum-seeking children arrived through the National Transfer Scheme "
     "between 1 July and 31 December 2024; excluding them the rate would be 69.8 per 10,000."),
    ("CH5", "Care leavers aged 19-21 in education, employment or training (%)", 54.0, 56.5, None,
     60.0, "Amber",
     "Q3 data will be available after the quarterly survey closes on 14 February 2025. At Q2, 113 "
     "of 200 care leavers were in EET (56.5%), up 2.5 points on Q1; 15 new apprenticeships with "
     "council contractors started in September 2024."),
    ("CH6", "Average days between entering care and moving in with an adoptive family", 412.0,
     398.0, 455.0, 426.0, "Red",
     "The three-year average (2021-2024) was 455 days. Two sibling groups placed in November "
     "after 900+ days in care account for most of the rise; without them the figure would be "
     "403 days. The national figure for 2020-2023 was 424 days."),
    ("CH7", "Early help assessments completed within 45 days (%)", 78.6, 81.0, 83.5, 80.0, "Green",
     "Up 2.5 points on Q2. 642 assessments were completed in Q3; 536 within 45 days. The "
     "2024/25 year-to-date figure is 81.1% (1,836 of 2,264)."),
    ("CH8", "Number of social worker vacancies covered by agency staff", 31.0, 27.0, 22.0, 20.0,
     "Amber",
     "Down from 31 in April to 22 in December, the lowest since March 2022. 9 newly qualified "
     "social workers joined in September 2024 and a further 6 start on 3 February 2025."),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a children's services scorecard whose analysis column is written in paragraphs.

    Officers write the 'Analysis and commentary' column as prose full of
    numbers: earlier periods ('82% in Q1 2023/24'), counts ('1,204
    referrals'), England averages, dates ('by 31 March 2025') and
    alternative figures. None of those are observations: a reader takes the
    three quarter columns, the target and Q3's RAG, and leaves the
    commentary as commentary (it belongs to the row's latest period). One
    measure's Q3 is blank, so its rating sits with Q2.
    """
    book, sheet = new_book("Children's Services")
    title(
        sheet,
        "A1",
        "Children's Services Performance Scorecard 2024/25 - Quarter 3 (October to December)",
    )
    header = ["Code", "Indicator", *QUARTERS, "Target", "RAG", "Analysis and commentary"]
    put_row(sheet, 3, 1, header, bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    exp = Expected([])
    for r, (code, name, q1, q2, q3, target, rag, commentary) in enumerate(ROWS):
        row = 4 + r
        put_row(sheet, row, 1, [code, name, q1, q2, q3, target, rag, commentary])
        sheet.cell(row=row, column=8).alignment = wrap
        sheet.cell(row=row, column=2).alignment = wrap
        exp.observations += observed(
            str(code), str(name), QUARTERS, (q1, q2, q3), float(str(target)), RAG[str(rag)]
        )
        if str(name).endswith("(%)"):
            exp.add_meta(str(code), str(name), None, "%")
    sheet.column_dimensions["B"].width = 45
    sheet.column_dimensions["H"].width = 90
    save(book, path)
    return exp
