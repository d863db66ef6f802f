"""School attendance by term ('Autumn 2023', 'Spring 2024', 'Summer 2024', 'Autumn 2024') and a '2023/24 (AY)' year."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Font

from tests.realistic.kit import Expected, Rag, new_book, observed, put_row, save, title

SHEET = "Attendance"
HEADINGS = ("Autumn 2023", "Spring 2024", "Summer 2024", "2023/24 (AY)", "Autumn 2024")
# the autumn term runs September to December, spring January to Easter (28 March in
# 2024) and summer Easter to July; the academic year September to August
PERIODS = (
    "Sep 2023\u2013Dec 2023",
    "Jan 2024\u2013Mar 2024",
    "Apr 2024\u2013Jul 2024",
    "2023/24 (AY)",
    "Sep 2024\u2013Dec 2024",
)
RAG: dict[str, Rag] = {"R": "red", "A": "amber", "G": "green"}
POLARITY = {"Lower": "lower_is_better", "Higher": "higher_is_better"}

# ref, measure, good is, five columns as headed, target, status (Autumn 2024)
ROWS: tuple[tuple[object, ...], ...] = (
    ("ATT1", "Overall absence rate, all state-funded schools (%)", "Lower", 6.4, 6.9, 7.6, 6.9, 6.1, 6.5, "G"),
    ("ATT2", "Pupils persistently absent - missing 10% or more of sessions (%)", "Lower", 19.8, 21.5, 23.0, 20.1, 18.7, 19.0, "G"),
    ("ATT3", "Pupils severely absent - missing 50% or more of sessions (%)", "Lower", 2.0, 2.3, 2.6, 2.1, 2.2, 1.8, "R"),
    ("ATT4", "Unauthorised absence rate (%)", "Lower", 2.1, 2.4, 3.1, 2.5, 2.0, 2.0, "G"),
    ("ATT5", "Attendance - primary schools (%)", "Higher", 95.2, 94.6, 94.1, 94.6, 95.4, 95.0, "G"),
    ("ATT6", "Attendance - secondary schools (%)", "Higher", 91.3, 90.2, 89.0, 90.2, 91.1, 92.0, "A"),
    ("ATT7", "Attendance - special schools (%)", "Higher", 88.0, 87.1, 86.4, 87.2, 87.9, 90.0, "A"),
    ("INC1", "Suspensions issued", None, 412, 468, 395, 1275, 436, None, "-"),
    ("INC2", "Permanent exclusions", None, 4, 7, 5, 16, 3, None, "-"),
    ("INC3", "Children electively home educated at the end of term", None, 402, 431, 455, None, 468, None, "-"),
    ("INC4", "Penalty notices issued for unauthorised absence", None, 188, 241, 305, 734, "TBC", None, "-"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a unitary council's termly school attendance and inclusion report.

    Attendance is counted by school term, so the columns are headed with the
    terms ('Autumn 2023', 'Spring 2024', 'Summer 2024', 'Autumn 2024'), with a
    whole-year '2023/24 (AY)' column after the summer term (the academic
    year's figure, not an average of the terms). A 'Good is' column says
    which way is better for the rates; counts have none, and no target or
    status ('-'). Home education is a head count at the end of each term, so
    it has no whole-year figure (blank); the autumn 2024 penalty notices
    were not yet reported ('TBC').

    A careful reader takes each term as its months (autumn September to
    December, spring January to Easter, which was 28 March in 2024, summer
    April to July), the year column as the 2023/24 academic year, the single
    target for every column and the status for Autumn 2024.
    """
    book, sheet = new_book(SHEET)
    title(
        sheet, "A1", "North Lincolnshire Council - School Attendance and Inclusion: Termly Report"
    )
    sheet["A2"] = "Children and Families Scrutiny Panel, February 2025. All state-funded schools."
    head = ["Ref", "Measure", "Good is", *HEADINGS, "Target", "Status"]
    put_row(sheet, 4, 1, head, bold=True)
    for col in range(3, 11):
        sheet.cell(row=4, column=col).alignment = Alignment(horizontal="center", wrap_text=True)
    exp = Expected([])
    for i, (ref, name, good, *values, target, status) in enumerate(ROWS):
        row = 5 + i
        put_row(sheet, row, 1, [ref, name, good, *values, target, status])
        code, nm = str(ref), str(name)
        t = float(str(target)) if target is not None else None
        exp.observations += observed(code, nm, PERIODS, values, t, RAG.get(str(status)))
        if good is not None:
            exp.add_meta(code, nm, POLARITY[str(good)], None)
    foot = 5 + len(ROWS) + 1
    notes = (
        "Source: school census attendance returns. Autumn 2024 figures are provisional.",
        "Status (Autumn 2024): G = target met; A = within 5% of target; R = more than 5% off target; "
        "- = no target.",
    )
    for j, text in enumerate(notes):
        sheet.cell(row=foot + j, column=1, value=text).font = Font(italic=True, size=9)
    sheet.column_dimensions["B"].width = 60
    save(book, path)
    return exp
