"""Scorecard with footnote markers on names and figures ('85.2¹', '12.4*'), notes and sources below."""

from __future__ import annotations

from pathlib import Path

from tests.realistic.kit import Expected, Obs, Rag, merge, new_book, put_row, save, title

RAG: dict[str, Rag] = {"R": "red", "A": "amber", "G": "green"}
QUARTERS = ("Q4 2023/24", "Q1 2024/25", "Q2 2024/25")

# A figure is (as written, actual); a number written as a number has no marker.
Fig = tuple[object, float | None]

# section, [(name as printed, name a reader records, Q4, Q1, Q2, target, RAG)]
SECTIONS: tuple[tuple[str, tuple[tuple[str, str, Fig, Fig, Fig, float, str], ...]], ...] = (
    ("Adult social care", (
        ("Older people still at home 91 days after discharge into reablement (%)\u00b9",
         "Older people still at home 91 days after discharge into reablement (%)",
         (82.4, 82.4), (84.0, 84.0), ("85.2\u00b9", 85.2), 84.0, "G"),
        ("Permanent admissions to care homes, aged 65+ (rate per 100,000)\u00b2",
         "Permanent admissions to care homes, aged 65+ (rate per 100,000)",
         (148.2, 148.2), (41.7, 41.7), ("87.9\u00b9", 87.9), 140.0, "G"),
        ("Adults with learning disabilities in paid employment (%)",
         "Adults with learning disabilities in paid employment (%)",
         (5.1, 5.1), (5.3, 5.3), (5.0, 5.0), 6.0, "R"),
        ("Safeguarding enquiries where the risk was reduced or removed (%)",
         "Safeguarding enquiries where the risk was reduced or removed (%)",
         ("88.1*", 88.1), (90.6, 90.6), (89.4, 89.4), 90.0, "A"),
        ("Carers' assessments completed in the quarter", "Carers' assessments completed in the quarter",
         (312.0, 312.0), (276.0, 276.0), ("294\u00b9", 294.0), 300.0, "A"),
    )),
    ("Public health", (
        ("Smoking quitters at 4 weeks (rate per 10,000 smokers)\u00b2",
         "Smoking quitters at 4 weeks (rate per 10,000 smokers)",
         (2311.0, 2311.0), (1894.0, 1894.0), ("2,046\u00b9", 2046.0), 2000.0, "G"),
        ("NHS Health Checks received by eligible people (%)\u00b3",
         "NHS Health Checks received by eligible people (%)",
         (14.2, 14.2), ("3.1*", 3.1), ("6.3\u00b9", 6.3), 15.0, "A"),
        ("Successful completions of drug treatment, opiate users (%)",
         "Successful completions of drug treatment, opiate users (%)",
         (5.6, 5.6), (5.2, 5.2), ("[x]", None), 6.0, ""),
        ("Children receiving a 2-2\u00bd year health review (%)",
         "Children receiving a 2-2\u00bd year health review (%)",
         (79.5, 79.5), (81.2, 81.2), ("83.0\u00b9", 83.0), 85.0, "A"),
    )),
)  # fmt: skip

NOTE_BETWEEN = (
    "Note: from 1 April 2024 the public health measures below are reported a quarter in arrears "
    "by the provider; Q2 figures are the provider's first submission."
)
FOOTNOTES = (
    "\u00b9 Provisional: figure may change when the quarter's data is finalised.",
    "\u00b2 Rate per 100,000 population aged 65+ (ONS mid-2022 estimates); smoking rate per "
    "10,000 smokers (APS 2023).",
    "\u00b3 Cumulative from 1 April.",
    "* Revised since last report.",
    "[x] Not available: provider data not received at the time of reporting.",
    "Source: Adult social care case management system (Mosaic); Stop Smoking Service returns; "
    "NHS Health Check provider returns; NDTMS.",
)


def build(path: Path) -> Expected:
    """Imitates a health and wellbeing scorecard that uses footnotes the statistician's way.

    Reports prepared by an intelligence team carry footnote markers:
    superscript digits on indicator names ('... (rate per 100,000)²') and on
    figures typed as text ('85.2¹' for provisional, '12.4*' for revised),
    footnote and 'Source:' rows under the table, and a note line between
    two sections. The markers point at the notes and are not part of the
    name or the figure: a reader records the name without its marker and
    takes 85.2 from '85.2¹'. '[x]' stays as the marker (that row is not
    rated). RAG is Q2's; the target column applies to all three quarters.
    """
    book, sheet = new_book("Scorecard")
    title(sheet, "A1", "Health and Wellbeing Board - Outcomes Scorecard, Quarter 2 2024/25")
    put_row(sheet, 3, 1, ["Indicator", *QUARTERS, "Target", "RAG"], bold=True)
    exp = Expected([])
    row = 4
    for s, (section, rows) in enumerate(SECTIONS):
        if s:
            sheet.cell(row=row, column=1, value=NOTE_BETWEEN)
            row += 1
        merge(sheet, f"A{row}:F{row}", section)
        row += 1
        for printed, name, q4, q1, q2, target, rag in rows:
            put_row(sheet, row, 1, [printed, q4[0], q1[0], q2[0], target, rag or None])
            for period, (written, actual) in zip(QUARTERS, (q4, q1, q2), strict=True):
                text = None if actual is not None else str(written)
                latest = RAG[rag] if period == QUARTERS[-1] and rag else None
                exp.observations.append(Obs(None, name, period, actual, text, target, latest))
            if name.endswith("(%)"):
                exp.add_meta(None, name, None, "%")
            row += 1
    row += 1
    for note in FOOTNOTES:
        sheet.cell(row=row, column=1, value=note)
        row += 1
    sheet.column_dimensions["A"].width = 70
    save(book, path)
    return exp
