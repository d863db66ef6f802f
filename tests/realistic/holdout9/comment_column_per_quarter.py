"""Each quarter's figure followed by its own comment column ('Q1 24/25', 'Q1 comment', ...), a target and a status."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Font

from tests.realistic.kit import Expected, Rag, new_book, observed, put_row, save, title

SHEET = "Community & Leisure"
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}

# ref, measure, (Q1, comment), (Q2, comment), (Q3, comment), target 2024/25, status (Q3)
ROWS: tuple[tuple[object, ...], ...] = (
    ("CL01", "Visits to council leisure centres", (98412, "Romsey pool closed 3-14 June for retiling; 4,100 fewer swims than Q1 last year."),
     (104877, "Summer holiday camps 1 Aug-30 Aug brought 6,250 extra visits."), (101230, None), 100000, "Green"),
    ("CL02", "Leisure members still active 12 months after joining (%)", (71.4, None),
     (69.8, "Price rise of 3.5% from 1 September; 212 cancellations in the month."), (68.1, "Retention offer launched 4 November."), 72, "Amber"),
    ("CL03", "Community grants paid within 20 working days of approval (%)", (88.0, "22 of 25 grants paid on time."),
     (95.2, "20 of 21."), (100.0, "All 14 grants paid by 18 December."), 95, "Green"),
    ("CL04", "Parks and open spaces holding a Green Flag Award", (6, "Awards announced 16 July; War Memorial Park retained."),
     (7, "Valley Park added - first award."), (7, None), 7, "Green"),
    ("CL05", "Play area inspections completed on schedule (%)", (97.6, None),
     (91.3, "Two inspectors on leave in August; 18 inspections caught up by 27 September."), (84.9, "Inspector post vacant since 1 October; agency cover from 13 January."), 98, "Red"),
    ("CL06", "Visitors to the museum and gallery", (9840, "Dinosaur exhibition opened 25 May."),
     (14215, "Best quarter since 2019/20."), (7602, "Closed 23 December-2 January as usual."), 9000, "Amber"),
    ("CL07", "Sports development sessions delivered", (412, None),
     (388, "School holidays: 46 sessions fewer than planned."), (430, None), 400, "Green"),
    ("CL08", "Residents referred to exercise on prescription who complete the 12-week course (%)", (58.0, "Course restarted 8 April after the move to the new GP referral form."),
     (61.5, None), (None, "Q3 completions not known until the course ending 14 February."), 60, None),
    ("CL09", "Allotment plots let (%)", (93.0, "Waiting list 187 at 30 June."),
     (94.5, None), (96.2, "8 plots re-let in November; waiting list 203."), 95, "Green"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a borough council's community and leisure quarterly report to overview and scrutiny.

    The service's template keeps each quarter's commentary right beside its
    figure: 'Q1 24/25', 'Q1 comment', 'Q2 24/25', 'Q2 comment', 'Q3 24/25',
    'Q3 comment', then 'Target 2024/25' and 'Status'. Officers write the
    comments in their own words and they are full of numbers and dates ('20
    of 21', 'Price rise of 3.5% from 1 September', 'waiting list 203'); some
    are blank. One measure's Q3 figure is not known yet: its cell is blank,
    the comment says why, and it has no status.

    A careful reader takes the three quarter columns as the measures'
    figures, the comment columns as commentary (the numbers in them are not
    observations), the target for every 2024/25 quarter and the status for
    Q3, the latest quarter.
    """
    book, sheet = new_book(SHEET)
    title(
        sheet,
        "A1",
        "Test Valley Borough Council - Community and Leisure performance, Quarter 3 2024/25",
    )
    sheet["A2"] = "Overview and Scrutiny Committee, 19 February 2025"
    header: list[object] = ["Ref", "Measure"]
    for q in ("Q1", "Q2", "Q3"):
        header += [f"{q} 24/25", f"{q} comment"]
    header += ["Target 2024/25", "Status"]
    put_row(sheet, 4, 1, header, bold=True)
    exp = Expected([])
    for i, (ref, name, q1, q2, q3, target, status) in enumerate(ROWS):
        row = 5 + i
        cells: list[object] = [ref, name]
        values: list[object] = []
        for pair in (q1, q2, q3):
            assert isinstance(pair, tuple)
            cells += list(pair)
            values.append(pair[0])
        cells += [target, status]
        put_row(sheet, row, 1, cells)
        for col in (4, 6, 8):
            sheet.cell(row=row, column=col).alignment = Alignment(wrap_text=True, vertical="top")
        rag = RAG[str(status)] if status else None
        exp.observations += observed(str(ref), str(name), QUARTERS, values, float(str(target)), rag)
    sheet.cell(
        row=5 + len(ROWS) + 1, column=1, value="Status is for Q3 against the 2024/25 target."
    ).font = Font(italic=True, size=9)
    sheet.column_dimensions["B"].width = 50
    for letter in ("D", "F", "H"):
        sheet.column_dimensions[letter].width = 40
    save(book, path)
    return exp
