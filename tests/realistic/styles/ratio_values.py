"""Measures typed as ratios ('1:3.2', '18:1', '1 in 4 calls abandoned') and a 'Ratio' unit among ordinary figures."""

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
    new_book,
    put_row,
    save,
    title,
)

SHEET = "CFS scorecard"
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
RAG: dict[str, Rag] = {"R": "red", "A": "amber", "G": "green"}
RAG_FILL = {"R": RED_FILL, "A": AMBER_FILL, "G": GREEN_FILL}
UNIT = {"%": "%", "Rate per 10,000": "rate", "Ratio": "ratio", "Number": "number"}

# ref, measure, unit as typed, Q1..Q3, target, RAG (Q3), percent stored as a fraction?, comment
# A ratio cell is text ('18:1', '1:3.2'); its reading is the figure set against the 1.
ROWS: tuple[tuple[object, ...], ...] = (
    ("CFS01", "Contacts to the MASH progressing to a referral", "%",
     (38.2, 41.5, 39.9), None, None, False, "Context measure; no target set."),
    ("CFS02", "Calls to the Children's Front Door abandoned before being answered", "Ratio",
     ("1 in 6 calls abandoned", "1 in 5 calls abandoned", "1 in 4 calls abandoned"),
     "Fewer than 1 in 10", "R", False,
     "Two call handlers vacant since October; telephony report not yet available."),
    ("CFS03", "Re-referrals to children's social care within 12 months (%)", "%",
     (19.8, 21.2, 22.6), 20, "R", False, "Audit of Q3 re-referrals under way."),
    ("CFS04", "Single assessments completed within 45 working days", "%",
     (0.864, 0.881, 0.913), 0.9, "G", True, None),
    ("CFS05", "Children subject to a child protection plan", "Rate per 10,000",
     (48.2, 46.9, 45.1), 45, "A", False, "Statistical neighbours 44.0 (2023/24)."),
    ("CFS06", "Average caseload per qualified social worker (CIN and CP teams)", "Ratio",
     ("18:1", "17:1", "19:1"), "20:1", "G", False, "Cases to one social worker."),
    ("CFS07", "Council day nurseries: staff-to-child ratio in two-year-old rooms", "Ratio",
     ("1:3.2", "1:3.5", "1:3.8"), "1:4", "G", False,
     "One member of staff to children; council standard 1:4, statutory minimum 1:5."),
    ("CFS08", "Children placed per approved in-house fostering household", "Ratio",
     (1.42, 1.45, 1.51), 1.5, "G", False, None),
    ("CFS09", "Children looked after", "Rate per 10,000",
     (92.4, 93.1, 94.0), None, None, False, None),
    ("CFS10", "Care leavers aged 19 to 21 in education, employment or training", "%",
     (0.552, 0.571, 0.586), 0.6, "A", True, None),
    ("CFS11", "Agency social workers as a proportion of the social work workforce", "%",
     (24.1, 22.8, 21.5), 20, "A", False, "Six newly qualified social workers start in January."),
    ("CFS12", "EHC plans issued within 20 weeks, excluding exceptions", "%",
     (48.9, 52.3, 57.0), 60, "A", False, None),
    ("CFS13", "Early help assessments completed", "Number",
     (412, 398, 431), None, None, False, None),
)  # fmt: skip

HEAD_ROW = 4
FIRST = HEAD_ROW + 1


def _reading(value: object, percent: object) -> tuple[float | None, str | None]:
    """What a careful reader records for a cell: (figure, text kept instead of a figure)."""
    if isinstance(value, int | float):
        return (round(float(value) * 100, 6) if percent else float(value)), None
    text = str(value)
    if ":" in text:  # a ratio against one: '18:1' is 18 cases to one, '1:3.2' 3.2 children to one
        left, right = (float(side) for side in text.split(":"))
        assert 1.0 in (left, right)
        return (right if left == 1.0 else left), None
    return None, text  # '1 in 4 calls abandoned', 'Fewer than 1 in 10': words, not a figure


def build(path: Path) -> Expected:
    """Imitates a metropolitan council's children's services quarterly scorecard to scrutiny.

    Children's services scorecards like this one (Stockport, compiled by hand
    from the MASH, nursery, fostering and workforce returns) carry some measures
    the way their services talk about them: a social work caseload as
    '18:1', a day nursery's staffing as '1:3.2' (one member of staff to
    3.2 children), both typed as text so Excel does not turn them into
    times, with targets '20:1' and '1:4'; and the front door's abandoned
    calls as '1 in 6 calls abandoned', rising to '1 in 4 calls abandoned',
    against a target of 'Fewer than 1 in 10'. The Unit column calls all
    three 'Ratio', and also a fostering measure typed as plain numbers
    (1.42 children per household). The rest are ordinary: percentages in
    points or as fractions under 0.0%, rates per 10,000 and a count; a
    filled RAG letter for Q3 and a comment column.

    A careful reader records a ratio written against one ('18:1', '1:3.2')
    as the figure set against the one, as the service compares it: 18
    cases per social worker (target 20) and 3.2 children per member of
    staff (target 4), since the sheet's comments say 'cases to one social
    worker' and 'one member of staff to children'. The number is read, so
    no text is kept. The '1 in N calls abandoned' cells are words: '1 in
    4' is a rounded share (anything from about 22% to 28%), and neither 25
    nor 4 is a figure the sheet gives, so each quarter keeps its words as
    text with no figure, and 'Fewer than 1 in 10' is no numeric target; the
    published Red still rates Q3. Doubtful points: a reader could instead
    write '1:3.2' as 0.3125 staff per child (the order of the words
    'staff-to-child'), or keep every ratio as text; the sheet's own
    comment and target direction favour 3.2. The unit of all four 'Ratio'
    rows is 'ratio', as the Unit column says; the fostering ratio is read
    as its plain numbers. Each Target applies to all three quarters; the
    RAG belongs to Q3.
    """
    book, sheet = new_book(SHEET)
    title(
        sheet,
        "A1",
        "Stockport Council \u2013 Children, Family Services and Education: performance scorecard",
    )
    sheet["A2"] = (
        "2024/25 Quarter 3 (October to December 2024). Children and Families Scrutiny Committee."
    )
    sheet["A2"].font = Font(italic=True)
    header = ["Ref", "Measure", "Unit", *QUARTERS, "Target", "RAG", "Comments"]
    put_row(sheet, HEAD_ROW, 1, header, bold=True)
    head_fill = PatternFill(fill_type="solid", start_color="FFDDEBF7", end_color="FFDDEBF7")
    for col in range(1, len(header) + 1):
        sheet.cell(row=HEAD_ROW, column=col).fill = head_fill
        sheet.cell(row=HEAD_ROW, column=col).alignment = Alignment(wrap_text=True)
    exp = Expected([])
    for i, (ref, name, unit, figures, target, rag, percent, comment) in enumerate(ROWS):
        row = FIRST + i
        assert isinstance(figures, tuple)
        put_row(sheet, row, 1, [ref, name, unit, *figures, target, rag, comment])
        for col in range(4, 8):
            cell = sheet.cell(row=row, column=col)
            if isinstance(cell.value, str):
                cell.number_format = "@"
                cell.alignment = Alignment(horizontal="right")
            elif percent:
                cell.number_format = "0.0%"
            elif isinstance(cell.value, float):
                cell.number_format = "0.00" if unit == "Ratio" else "0.0"
        if rag is not None:
            rgb = RAG_FILL[str(rag)]
            sheet.cell(row=row, column=8).fill = PatternFill(
                fill_type="solid", start_color=rgb, end_color=rgb
            )
            sheet.cell(row=row, column=8).alignment = Alignment(horizontal="center")
        goal = None if target is None else _reading(target, percent)[0]
        for k, value in enumerate(figures):
            actual, text = _reading(value, percent)
            latest = RAG[str(rag)] if k == 2 and rag is not None else None
            exp.observations.append(
                Obs(str(ref), str(name), QUARTERS[k], actual, text, goal, latest)
            )
        exp.add_meta(str(ref), str(name), None, UNIT[str(unit)])
    foot = FIRST + len(ROWS) + 1
    notes = (
        "RAG: G on or better than target; A within 10% of target; R more than 10% off target.",
        "Ratios: caseload is open cases to one qualified social worker; nursery ratio is one member "
        "of staff to children on the day of the monthly count (average of the quarter).",
        "Sources: Liquidlogic LCS; EHM; nursery registers; Mitel call reports; HR establishment list.",
    )
    for j, line in enumerate(notes):
        sheet.cell(row=foot + j, column=1, value=line).font = Font(size=9, italic=True)
    sheet.column_dimensions["A"].width = 8
    sheet.column_dimensions["B"].width = 64
    sheet.column_dimensions["C"].width = 15
    for letter in "DEFG":
        sheet.column_dimensions[letter].width = 22
    sheet.column_dimensions["I"].width = 60
    save(book, path)
    return exp
