"""Doubtful: actual and target typed into one cell ('56.2% (target 57.0%)', '121 / 180', '26 days (T: 28)'), one pair unexplained."""

from __future__ import annotations

from pathlib import Path

from tests.realistic.kit import Expected, Obs, Rag, new_book, put_row, save, title

RAG: dict[str, Rag] = {"Red": "red", "Amber": "amber", "Green": "green"}
SHEET = "Appendix A"
FIRST_ROW = 5
QUARTERS = ("Q1 2024/25", "Q2 2024/25")

# Each quarter cell as written, then what a careful reader takes from it:
# (actual, actual_text, target). A separate Target column is used only where no cell holds one.
Cell = tuple[object, tuple[float | None, str | None, float | None]]

# ref, measure, Q1 cell, Q2 cell, Target column, RAG (Q2), comment
ROWS: tuple[tuple[object, ...], ...] = (
    ("CP1.1", "Council tax collected in year (cumulative)",
     ("28.9% (target 29.5%)", (28.9, None, 29.5)), ("56.2% (target 57.0%)", (56.2, None, 57.0)),
     None, "Amber", "Slightly behind profile after the change of billing system."),
    ("CP1.2", "Business rates collected in year (cumulative)",
     ("31.4% (target 30.0%)", (31.4, None, 30.0)), ("58.8% (target 58.5%)", (58.8, None, 58.5)),
     None, "Green", None),
    ("CP2.1", "Affordable homes delivered (year to date / annual target)",
     ("64 / 180", (64.0, None, 180.0)), ("121 / 180", (121.0, None, 180.0)),
     None, "Amber", "Two schemes at Weston Villages slipped into Q3."),
    ("CP2.2", "Average days to re-let council homes",
     ("31 days (T: 28)", (31.0, None, 28.0)), ("26 days (T: 28)", (26.0, None, 28.0)),
     None, "Green", None),
    ("CP3.1", "Household waste sent for reuse, recycling and composting (%)",
     (44.2, (44.2, None, 46.0)), (45.1, (45.1, None, 46.0)), 46, "Amber", None),
    ("CP3.2", "Missed bin collections per 100,000 collections",
     (52, (52.0, None, 60.0)), (61, (61.0, None, 60.0)), 60, "Amber",
     "New rounds introduced in August."),
    ("CP4.1", "Freedom of Information requests answered within 20 working days",
     ("183 / 201", (None, "183 / 201", None)), ("176 / 188", (None, "176 / 188", None)),
     None, "Green", None),
    ("CP4.2", "Stage 1 complaints responded to within 10 working days",
     ("78% (target 90%)", (78.0, None, 90.0)), ("79% (target 90%)", (79.0, None, 90.0)),
     None, "Red", "Backlog in Housing cleared by September."),
    ("CP5.1", "Working days lost to sickness absence per FTE (rolling 12 months)",
     ("9.1 (tgt 8.5)", (9.1, None, 8.5)), ("8.8 (tgt 8.5)", (8.8, None, 8.5)),
     None, "Amber", None),
    ("CP5.2", "Calls to Customer Services answered within 3 minutes (%)",
     (84.0, (84.0, None, 85.0)), (88.2, (88.2, None, 85.0)), 85, "Green", None),
    ("CP6.1", "Food premises rated 4 or 5 for food hygiene (%)",
     ("94.1% (target 92%)", (94.1, None, 92.0)), ("Reported Q3", (None, "Reported Q3", None)),
     None, None, "Ratings data refreshed half-yearly."),
    ("CP6.2", "Major planning applications decided within 13 weeks or agreed time (%)",
     (100.0, (100.0, None, 90.0)), (85.7, (85.7, None, 90.0)), "90%", "Amber",
     "One of seven applications out of time."),
)  # fmt: skip

DOUBTFUL = ("CP4.1",)


def build(path: Path) -> Expected:
    """Imitates a unitary council's Council Plan appendix where officers typed the target into the figure's cell.

    Committee appendices drafted by hand often save a column by writing the
    target beside the figure in one cell: '56.2% (target 57.0%)', '31 days
    (T: 28)', '9.1 (tgt 8.5)', with a note under the table saying the
    bracket is the target; other rows, copied from another return, keep a
    separate Target column. A careful reader takes the first number as the
    actual and the bracketed one as its target; '121 / 180' for affordable
    homes is the year-to-date count over the annual target, as the measure's
    name says. The Freedom of Information row is different: '183 / 201' with
    no word and no Target could be requests answered in time over requests
    received (91%, which the Green rating would fit), or 183 against a
    target of 201; the sheet does not say, and neither reading can be
    stored without guessing, so the file goes to review at those two cells
    (the observations keep them as written, as --accept would). The food
    hygiene Q2 cell says when it will be reported; the RAG is for Q2.
    """
    book, sheet = new_book(SHEET)
    title(
        sheet,
        "A1",
        "North Somerset Council - Council Plan Performance Indicators, Quarter 2 2024/25",
    )
    sheet["A2"] = "Appendix A to the report to the Corporate Policy and Scrutiny Panel."
    put_row(sheet, 4, 1, ["Ref", "Measure", *QUARTERS, "Target", "RAG", "Comment"], bold=True)
    exp = Expected([], status="needs_review")
    for i, (ref, name, q1, q2, target, rag, comment) in enumerate(ROWS):
        row = FIRST_ROW + i
        assert isinstance(q1, tuple) and isinstance(q2, tuple)
        put_row(sheet, row, 1, [ref, name, q1[0], q2[0], target, rag, comment])
        for label, (_, (actual, text, tgt)) in zip(QUARTERS, (q1, q2), strict=True):
            latest = label == QUARTERS[-1]
            exp.observations.append(
                Obs(
                    str(ref),
                    str(name),
                    label,
                    actual,
                    text,
                    tgt,
                    RAG.get(str(rag)) if latest else None,
                )
            )
        if ref in DOUBTFUL:
            exp.review_cells += [f"{SHEET}!C{row}", f"{SHEET}!D{row}"]
    foot = FIRST_ROW + len(ROWS) + 1
    sheet.cell(
        row=foot,
        column=1,
        value="Where a target is shown in brackets it is the target for that quarter.",
    )
    sheet.cell(
        row=foot + 1,
        column=1,
        value="RAG: Green on or better than target (or profile, for year-to-date measures); "
        "Amber within 10%; Red more than 10% adrift.",
    )
    sheet.column_dimensions["B"].width = 66
    sheet.column_dimensions["C"].width = 22
    sheet.column_dimensions["D"].width = 22
    save(book, path)
    return exp
