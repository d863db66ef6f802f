"""A committee report sheet: title, then paragraphs of narrative full of figures, then the KPI table."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Font

from tests.realistic.kit import Expected, Rag, new_book, observed, put_row, save, title

SHEET = "Report"
QUARTERS = ("Q1 2024/25", "Q2 2024/25")
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}

NARRATIVE = (
    "1. Purpose of the report",
    "1.1 This report sets out how the Environmental Health and Licensing service performed in the "
    "first half of 2024/25 (April to September 2024) against the measures agreed by Cabinet in March.",
    None,
    "2. Summary of performance",
    "2.1 Of the 11 measures reported, 6 met or exceeded their target at the end of Quarter 2, "
    "3 were within 10% of it and 2 fell short by more than 10%.",
    "2.2 Food hygiene inspections recovered strongly: 312 of the 340 premises due an inspection by 30 "
    "September were visited, 91.8% against 84.0% at the end of June. The backlog left by the 2022 "
    "programme is now down to 46 low-risk premises.",
    "2.3 Licensing applications continued to rise, by 14% on the same period last year, and the "
    "proportion decided within the statutory period fell slightly to 93.5%. Two of the three licensing "
    "officer posts were filled in August, and we expect to be back above 95% by December.",
    "2.4 Noise complaints peaked in July at 187, the highest monthly figure since 2019; 78% received a "
    "first response within 5 working days (target 90%). Officers were redeployed to the summer events "
    "programme for 3 weeks, which accounts for most of the shortfall.",
    None,
    "3. Areas for attention",
    "3.1 Private sector housing: 27 Category 1 hazards were removed in the half year against 40 "
    "expected. Enforcement notices served rose from 9 to 15.",
    "3.2 The average time to register a new food business rose to 21 days, against a target of 14, "
    "while the team absorbed 58 new registrations in Quarter 2 alone (up from 35 in Quarter 1).",
    None,
    "4. Recommendation",
    "4.1 That the Committee notes the performance set out in the table below and in paragraphs 2.1 to "
    "3.2, and asks for a further update on noise complaint response times at its January 2025 meeting.",
    None,
    "Table 1: Environmental Health and Licensing performance measures, Quarters 1 and 2 2024/25",
)

# ref, measure, Q1, Q2, target, RAG at Q2
ROWS: tuple[tuple[object, ...], ...] = (
    ("EHL 01", "Food premises inspections due that were completed (%)", 84.0, 91.8, 90.0, "G"),
    ("EHL 02", "Food businesses rated 3 (generally satisfactory) or better (%)", 95.2, 95.6, 95.0, "G"),
    ("EHL 03", "Average days to register a new food business", 16.0, 21.0, 14.0, "R"),
    ("EHL 04", "Noise complaints given a first response within 5 working days (%)", 86.0, 78.0, 90.0, "R"),
    ("EHL 05", "Licence applications decided within the statutory period (%)", 94.1, 93.5, 95.0, "A"),
    ("EHL 06", "Taxi and private hire driver licences renewed before expiry (%)", 97.3, 98.0, 97.0, "G"),
    ("EHL 07", "Category 1 hazards removed from private rented homes (cumulative)", 12, 27, 40, "A"),
    ("EHL 08", "Pest control treatments carried out within 3 working days (%)", 92.5, 96.1, 95.0, "G"),
    ("EHL 09", "Air quality monitoring sites below the NO\u2082 annual objective (%)", 100.0, 100.0, 100.0, "G"),
    ("EHL 10", "Stray dogs reunited with their owners (%)", 61.0, 67.0, 60.0, "G"),
    ("EHL 11", "Statutory nuisance cases closed within 90 days (%)", None, 82.4, 85.0, "A"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a district council's half-year report to an overview and scrutiny committee.

    The whole report sits on one sheet, as officers paste it into the agenda
    pack: a title, then numbered paragraphs of narrative (purpose, summary,
    areas for attention, recommendation) that quote many figures and
    percentages in the prose ('6 met or exceeded their target', '91.8%
    against 84.0%', '187 noise complaints'), one paragraph to a cell in
    column A, filling the first twenty-odd rows. Only then comes 'Table 1',
    with its heading row: Ref, Measure, Q1 2024/25, Q2 2024/25, Target and a
    RAG letter for Q2. One measure is new this year and has no Q1 figure.

    A careful reader takes the figures from the table only: the prose
    repeats some of them and quotes others (monthly peaks, counts) that are
    no indicator's observation.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Mid Suffolk District Council")
    sheet["A2"] = "Overview and Scrutiny Committee \u2013 14 November 2024"
    sheet["A3"] = "Environmental Health and Licensing: half-year performance report 2024/25"
    row = 5
    for para in NARRATIVE:
        if para is not None:
            cell = sheet.cell(row=row, column=1, value=para)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if para[0].isdigit() and ". " in para[:3]:
                cell.font = Font(bold=True)
        row += 1
    head = row + 1
    put_row(sheet, head, 1, ["Ref", "Measure", *QUARTERS, "Target", "RAG"], bold=True)
    exp = Expected([])
    for i, (ref, name, q1, q2, target, rag) in enumerate(ROWS):
        put_row(sheet, head + 1 + i, 1, [ref, name, q1, q2, target, rag])
        exp.observations += observed(
            str(ref), str(name), QUARTERS, (q1, q2), float(str(target)), RAG[str(rag)]
        )
    key_row = head + len(ROWS) + 2
    sheet.cell(
        row=key_row,
        column=1,
        value="RAG: G on or above target; A within 10%; R more than 10% off target.",
    )
    sheet.column_dimensions["A"].width = 11
    sheet.column_dimensions["B"].width = 64
    save(book, path)
    return exp
