"""Small-number results typed as 'x of y' text ('12 of 15', '45/52 (87%)', '3 out of 4')."""

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
    new_book,
    put_row,
    save,
    title,
)

SHEET = "Scorecard"
HEAD_ROW = 5
FIRST = HEAD_ROW + 1
PERIODS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
RAG_FILL = {"G": GREEN_FILL, "A": AMBER_FILL, "R": RED_FILL}
UNIT = {"%": "%", "No.": "number", "Days": "days"}
SECTION = PatternFill(fill_type="solid", start_color="FFD9E1F2", end_color="FFD9E1F2")

# A cell is (as typed, figure a reader takes, text a reader keeps). Plain numbers in a '%'
# row are written as fractions under a 0.0% format, as the services' returns arrive.
Cell = tuple[object, float | None, str | None]


def n(value: float) -> Cell:
    return (value, float(value), None)


def t(typed: str, figure: float | None) -> Cell:
    return (typed, figure, None if figure is not None else typed)


# A 1-tuple is a section row. Otherwise: ref, measure, unit, Q1..Q3 cells, target, RAG, note.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Housing and homelessness",),
    ("HOU01", "Households owed a prevention duty whose homelessness was prevented", "%",
     (t("45/52 (87%)", 87.0), t("38/47 (81%)", 81.0), t("51/60 (85%)", 85.0)), 80, "G", None),
    ("HOU02", "Households in temporary accommodation at quarter end", "No.",
     (n(84), n(91), n(97)), 85, "R", "Includes 9 families in bed and breakfast."),
    ("HOU03", "Disabled facilities grants completed within 20 weeks of approval", "%",
     (t("12/15", 80.0), t("9 of 12", 75.0), t("14 of 16", 87.5)), 80, "G",
     "Small numbers: one case moves the figure by 6-8 points."),
    ("HOU04", "Average days to re-let council homes (key to key)", "Days",
     (n(34.5), n(31.2), n(29.8)), 30, "G", None),
    ("HOU05", "Council homes with a valid gas safety certificate", "%",
     (n(99.8), n(99.9), n(100)), 100, "G", None),
    ("Community safety and regulation",),
    ("CSR01", "Anti-social behaviour incidents reported to the council", "No.",
     (n(412), n(455), n(389)), None, None, "Information only."),
    ("CSR02", "High-risk domestic abuse cases reviewed at MARAC within 28 days", "%",
     (t("3 out of 4", 75.0), t("7 out of 8", 87.5), t("5 out of 5", 100.0)), 90, "G", None),
    ("CSR03", "Fly-tipping enforcement actions (FPNs, warnings and prosecutions)", "No.",
     (n(28), n(35), n(31)), 30, "G", None),
    ("CSR04", "Licensing applications determined within statutory timescales", "%",
     (n(96.4), t("n/a", None), n(97.9)), 95, "G", "Q2 not reported: licensing system upgrade."),
    ("CSR05", "Food businesses rated 3 (generally satisfactory) or better", "%",
     (n(95.2), n(95.6), n(96.1)), 95, "G", None),
    ("Children and families (Early Help)",),
    ("EH01", "Early Help assessments completed within 45 working days", "%",
     (t("62/70 (89%)", 89.0), t("58/71 (82%)", 82.0), t("66/74 (89%)", 89.0)), 85, "G", None),
    ("EH02", "Families open to Early Help at quarter end", "No.",
     (n(612), n(648), n(633)), None, None, "Demand measure, no target."),
    ("EH03", "Care leavers aged 19-21 in education, employment or training", "%",
     (t("18 of 32", 56.25), t("19 of 32", 59.375), t("20 of 32", 62.5)), 60, "G", None),
    ("EH04", "Families with a Team Around the Family plan reviewed on time", "%",
     (n(71.2), n(73.5), n(74.8)), 75, "A", None),
    ("EH05", "First-time entrants to the youth justice system", "No.",
     (n(6), n(4), t("TBC", None)), None, None, "Q3 awaiting police data."),
    ("EH06", "Young people in suitable accommodation at the end of their youth justice order",
     "%", (t("4 of 4", 100.0), t("7 of 8", 87.5), t("2 out of 2", 100.0)), 90, "G", None),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a unitary council's communities and families quarterly scorecard to scrutiny.

    A unitary council's 'Communities and Families Performance Scorecard
    2024/25' for a communities overview and scrutiny committee: Ref,
    Measure, Unit (%, No., Days), 'Q1 2024/25'..'Q3 2024/25', Target, a
    filled R/A/G letter and Notes under shaded service rows. Services with
    small case numbers send their result as the cases meeting the standard
    out of the cases due, typed as text in the officers' own ways ('12 of
    15', '12/15', '9 of 12', '3 out of 4', '45/52 (87%)' with the
    percentage they worked out); the other percentages arrive as fractions
    under a 0.0% format, and counts and days as plain numbers. A note says
    how the small-number results are written.

    A careful reader takes a '%' row's 'x of y' as the percentage it
    stands for (12 of 15 is 80.0, 7 out of 8 is 87.5), and where the cell
    gives its own percentage, that published percentage ('45/52 (87%)' is
    87, not 86.5). The single Target applies to every quarter and the RAG
    to Q3, the latest figure in every rated row. 'n/a' and 'TBC' are kept
    as text; information-only counts have neither target nor rating. The
    Unit column states each unit; no polarity is given.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Communities and Families Performance Scorecard 2024/25 \u2013 Quarter 3")
    sheet["A2"] = "Communities Overview and Scrutiny Committee, 6 March 2025"
    sheet["A2"].font = Font(italic=True)
    sheet["A3"] = (
        "Where case numbers are small the result is shown as the number meeting the standard "
        "out of the number due (e.g. 12 of 15 = 80%)."
    )
    sheet["A3"].font = Font(size=9, italic=True)
    heads = ["Ref", "Measure", "Unit", *PERIODS, "Target", "RAG", "Notes"]
    put_row(sheet, HEAD_ROW, 1, heads, bold=True)
    ncol = len(heads)
    for col in range(1, ncol + 1):
        sheet.cell(row=HEAD_ROW, column=col).alignment = Alignment(
            horizontal="center", wrap_text=True
        )
    exp = Expected([])
    row = FIRST
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, ncol + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        ref, name, unit, cells, target, rag, note = spec
        assert isinstance(cells, tuple)
        percent = unit == "%"
        put_row(sheet, row, 1, [ref, name, unit])
        for k, (typed, figure, text) in enumerate(cells):
            cell = sheet.cell(row=row, column=4 + k)
            if percent and isinstance(typed, int | float):
                cell.value = typed / 100
                cell.number_format = "0.0%"
            else:
                cell.value = typed
            cell.alignment = Alignment(horizontal="right")
            status = RAG[str(rag)] if rag and k == len(cells) - 1 else None
            goal = None if target is None else float(str(target))
            exp.observations.append(
                Obs(str(ref), str(name), PERIODS[k], figure, text, goal, status)
            )
        if target is not None:
            cell = sheet.cell(row=row, column=7)
            if percent:
                cell.value = float(str(target)) / 100
                cell.number_format = "0%"
            else:
                cell.value = target
        if rag:
            sheet.cell(row=row, column=8, value=rag).alignment = Alignment(horizontal="center")
            fill(sheet, f"H{row}", RAG_FILL[str(rag)])
        if note:
            sheet.cell(row=row, column=9, value=note)
        exp.add_meta(str(ref), str(name), None, UNIT[str(unit)])
        row += 1
    notes = (
        "RAG compares the Q3 result with the target. G: target met; A: within 5 percentage "
        "points or 5%; R: further away.",
        "n/a: not available. TBC: to be confirmed.",
    )
    for j, line in enumerate(notes, start=row + 1):
        sheet.cell(row=j, column=1, value=line).font = Font(size=9, italic=True)
    widths = {"A": 8, "B": 64, "C": 7, "D": 13, "E": 13, "F": 13, "G": 9, "H": 6, "I": 46}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = f"D{FIRST}"
    save(book, path)
    return exp
