"""A 'Summary' sheet counting Red/Amber/Green ratings per directorate, then a sheet of indicators per directorate."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Font

from tests.realistic.kit import (
    AMBER_FILL,
    GREEN_FILL,
    RED_FILL,
    Expected,
    Rag,
    fill,
    new_book,
    observed,
    put_row,
    save,
    title,
)

QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
RAG: dict[str, Rag] = {"Red": "red", "Amber": "amber", "Green": "green"}
RAG_FILL = {"Red": RED_FILL, "Amber": AMBER_FILL, "Green": GREEN_FILL}

# directorate (summary row), sheet, rows: ref, indicator, Q1, Q2, Q3, target, Q3 rating, note
DIRECTORATES: tuple[tuple[str, str, tuple[tuple[object, ...], ...]], ...] = (
    ("Adults, Communities and Wellbeing", "ACW", (
        ("ACW 1", "New requests for support resolved at first contact (%)", 61.2, 63.8, 66.1, 65.0, "Green", None),
        ("ACW 2", "Care Act assessments completed within 28 days (%)", 72.4, 70.9, 68.3, 80.0, "Red", "Backlog after the switch to the new case system in September."),
        ("ACW 3", "Adults aged 18-64 in permanent residential or nursing care (per 100,000)", 4.1, 7.9, 12.4, 12.0, "Amber", "Slightly above target after two placements on discharge from hospital in December."),
        ("ACW 4", "Safeguarding enquiries where the person's outcomes were met (%)", 93.0, 95.1, 94.6, 90.0, "Green", None),
    )),
    ("Children and Families", "CF", (
        ("CF 1", "Child protection plans lasting two years or more (%)", 2.8, 3.5, 4.2, 3.0, "Red", "Six long-running plans in one family group; legal planning meetings held."),
        ("CF 2", "Re-referrals to children's social care within 12 months (%)", 19.7, 21.4, 20.8, 22.0, "Green", None),
        ("CF 3", "Education, Health and Care plans issued within 20 weeks (%)", 41.0, 48.6, 55.2, 60.0, "Amber", "Improving each quarter; educational psychology capacity added in November."),
        ("CF 4", "Care leavers aged 19-21 in education, employment or training (%)", 58.3, 55.0, 56.4, 60.0, "Amber", None),
    )),
    ("Place and Economy", "Place", (
        ("PE 1", "Household waste reused, recycled or composted (%)", 49.6, 51.2, 46.8, 50.0, "Amber", "Seasonal fall in garden waste tonnage."),
        ("PE 2", "Major planning applications decided within 13 weeks or agreed time (%)", 92.3, 88.9, 95.0, 85.0, "Green", None),
        ("PE 3", "Principal roads where maintenance should be considered (%)", 3.0, 3.0, 3.0, 4.0, "Green", "Annual survey result repeated each quarter."),
        ("PE 4", "Fly-tipping incidents cleared within 3 working days (%)", 81.5, 77.2, 74.9, 90.0, "Red", "Crew vacancies in the northern depot."),
        ("PE 5", "Business rates collected (%)", 29.4, 57.1, 84.7, 84.5, "Green", None),
    )),
)  # fmt: skip

HEADER = ("Ref", "Indicator", *QUARTERS, "Target 2024/25", "Q3 RAG", "Commentary")


def build(path: Path) -> Expected:
    """Imitates a unitary council's quarterly performance report with a directorate summary tab.

    Corporate performance workbooks sent to an overview and scrutiny
    management committee often open with a 'Summary' sheet: one row per
    directorate counting how many of its indicators are Red, Amber and
    Green this quarter, a Total, and the share 'on track' (Green) as a
    percentage, with a council-wide total row. The later sheets, one per
    directorate, hold the indicators themselves: Q1-Q3 2024/25, the
    2024/25 target, the Q3 rating as a filled word and commentary.

    The summary's counts are tallies of the ratings on the other sheets,
    not figures of any indicator, and its rows are directorates. A careful
    reader takes the observations from the directorate sheets alone: each
    quarter with the 2024/25 target, the rating on Q3.
    """
    book, summary = new_book("Summary")
    title(summary, "A1", "Bedford Borough Council")
    summary["A2"] = (
        "Corporate Performance Report \u2013 Quarter 3 2024/25 (October to December 2024)"
    )
    summary["A4"] = "Summary of Q3 ratings by directorate"
    summary["A4"].font = Font(bold=True, size=12)
    put_row(summary, 5, 1, ["Directorate", "Red", "Amber", "Green", "Total", "% on track"], True)
    for col in range(2, 7):
        summary.cell(row=5, column=col).alignment = Alignment(horizontal="center")
    fill(summary, "B5", RED_FILL)
    fill(summary, "C5", AMBER_FILL)
    fill(summary, "D5", GREEN_FILL)
    exp = Expected([])
    totals = [0, 0, 0]
    for d, (directorate, sheet_name, rows) in enumerate(DIRECTORATES):
        counts = [sum(1 for r in rows if r[6] == word) for word in ("Red", "Amber", "Green")]
        totals = [a + b for a, b in zip(totals, counts, strict=True)]
        r = 6 + d
        put_row(summary, r, 1, [directorate, *counts, len(rows), counts[2] / len(rows)])
        summary.cell(row=r, column=6).number_format = "0%"
        sheet = book.create_sheet(sheet_name)
        title(sheet, "A1", directorate)
        sheet["A2"] = "Key performance indicators \u2013 Quarter 3 2024/25"
        put_row(sheet, 4, 1, HEADER, bold=True)
        for col in range(1, len(HEADER) + 1):
            sheet.cell(row=4, column=col).alignment = Alignment(wrap_text=True)
        for i, (ref, name, q1, q2, q3, target, rag, note) in enumerate(rows):
            row = 5 + i
            put_row(sheet, row, 1, [ref, name, q1, q2, q3, target, rag, note])
            fill(sheet, f"G{row}", RAG_FILL[str(rag)])
            exp.observations += observed(
                str(ref), str(name), QUARTERS, (q1, q2, q3), float(str(target)), RAG[str(rag)]
            )
        sheet.column_dimensions["B"].width = 62
        sheet.column_dimensions["H"].width = 50
    last = 6 + len(DIRECTORATES)
    count = sum(len(rows) for _, _, rows in DIRECTORATES)
    put_row(summary, last, 1, ["Council total", *totals, count, totals[2] / count], bold=True)
    summary.cell(row=last, column=6).number_format = "0%"
    summary.cell(
        row=last + 2,
        column=1,
        value="Ratings compare the Quarter 3 result with the 2024/25 target. "
        "Green: target met; Amber: within 10% of target; Red: more than 10% from target.",
    ).font = Font(italic=True, size=9)
    summary.cell(
        row=last + 3, column=1, value="Detail for each directorate is on the following tabs."
    ).font = Font(italic=True, size=9)
    summary.column_dimensions["A"].width = 38
    save(book, path)
    return exp
