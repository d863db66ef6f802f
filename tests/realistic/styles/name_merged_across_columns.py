"""Each indicator's name merged across columns B:D, the figures starting in E; headings merged alike."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.worksheet import Worksheet

from tests.realistic.kit import BOLD, Expected, Rag, new_book, observed, save, title

SHEET = "Scorecard"
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
HEADINGS = ("Quarter 1\n2024/25", "Quarter 2\n2024/25", "Quarter 3\n2024/25")
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
SHADE = PatternFill(fill_type="solid", start_color="FFD9E1F2", end_color="FFD9E1F2")

# section heading, or (PI no., description, Q1, Q2, Q3, annual target, RAG, comments)
TABLE: tuple[str | tuple[object, ...], ...] = (
    "Healthy and Safe Communities",
    ("HSC 1", "Food premises rated 4 or 5 under the Food Hygiene Rating Scheme (%)",
     94.1, 94.6, 95.0, 95.0, "G", "Re-rating visits cleared the backlog of requests."),
    ("HSC 2", "Noise complaints responded to within 2 working days (%)",
     88.0, 83.5, 79.2, 90.0, "R", "Two vacancies in the out-of-hours team since October."),
    ("HSC 3", "Licensing applications processed within statutory timescales (%)",
     98.6, 99.1, 97.8, 98.0, "A", None),
    ("HSC 4", "Disabled Facilities Grants: average weeks from approval to completion",
     21.4, 19.8, 18.9, 20.0, "G", "Framework contractor now in place."),
    "Economy and Regeneration",
    ("ECR 1", "Occupied units in the town centre (%)",
     87.2, 86.9, 87.5, 88.0, "A", None),
    ("ECR 2", "Planning appeals allowed against the council's decision (%)",
     25.0, 33.3, 28.6, 30.0, "G", "Two of seven appeals allowed this quarter."),
    ("ECR 3", "Visitors to the Museum and Art Gallery in the quarter",
     24180, 31925, None, 22500, None, "Q3 figures due from the ticketing supplier in February."),
    "Resources",
    ("RES 1", "Invoices paid within 30 days of receipt (%)",
     95.2, 96.7, 96.1, 97.0, "A", None),
    ("RES 2", "Working days lost to sickness per full-time equivalent (rolling 12 months)",
     9.8, 10.3, 10.6, 8.5, "R", "Musculoskeletal absence up; occupational health referral route reviewed."),
)  # fmt: skip


def _put(sheet: Worksheet, row: int, first: int, last: int, value: object) -> None:
    """Write value into column first and merge it across to column last."""
    cell = sheet.cell(row=row, column=first, value=value)
    cell.alignment = Alignment(wrap_text=True, vertical="top")
    if last > first:
        sheet.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)


def build(path: Path) -> Expected:
    """Imitates a district council's quarterly performance report formatted in Excel for print.

    Reports laid out to look like a Word table often merge the description
    across several narrow columns so it wraps neatly: here the 'Performance
    indicator' heading and every indicator's description are merged across
    B:D, the PI number sits in A, the three quarters of the year in E:G
    (headings wrapped onto two lines), then the year's target, a one-letter
    RAG and comments merged across J:L. Portfolio rows are shaded and merged
    across the whole table.

    A careful reader takes the merged cell as the indicator's name and the
    quarters after it as its figures, the year's target for every quarter of
    its row, and the RAG for the row's latest quarter. The museum's Q3
    figure is not in yet, so that row has no Q3 and no RAG. The portfolio
    rows are headings, not indicators.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "North Hertfordshire District Council")
    sheet["A2"] = (
        "Corporate performance indicators \u2013 Quarter 3 2024/25 (April to December 2024)"
    )
    sheet["A2"].font = Font(bold=True, size=12)
    head = 4
    for first, last, text in (
        (1, 1, "PI no."),
        (2, 4, "Performance indicator"),
        *((5 + i, 5 + i, h) for i, h in enumerate(HEADINGS)),
        (8, 8, "Target 2024/25"),
        (9, 9, "RAG"),
        (10, 12, "Comments"),
    ):
        _put(sheet, head, first, last, text)
        sheet.cell(row=head, column=first).font = BOLD
    exp = Expected([])
    row = head + 1
    for entry in TABLE:
        if isinstance(entry, str):
            _put(sheet, row, 1, 12, entry)
            sheet.cell(row=row, column=1).font = BOLD
            sheet.cell(row=row, column=1).fill = SHADE
            row += 1
            continue
        ref, name, q1, q2, q3, target, rag, comment = entry
        sheet.cell(row=row, column=1, value=ref)
        _put(sheet, row, 2, 4, name)
        for col, value in ((5, q1), (6, q2), (7, q3), (8, target), (9, rag)):
            if value is not None:
                sheet.cell(row=row, column=col, value=value)
        if isinstance(target, int) and target > 1000:
            for col in (5, 6, 7, 8):
                sheet.cell(row=row, column=col).number_format = "#,##0"
        if comment:
            _put(sheet, row, 10, 12, comment)
        exp.observations += observed(
            str(ref),
            str(name),
            QUARTERS,
            (q1, q2, q3),
            float(str(target)),
            RAG[str(rag)] if rag else None,
        )
        row += 1
    sheet.cell(
        row=row + 1,
        column=1,
        value="RAG: G on or better than target; A within 5%; R more than 5% off.",
    )
    for letter, width in (
        ("A", 9),
        ("B", 18),
        ("C", 18),
        ("D", 18),
        ("J", 16),
        ("K", 16),
        ("L", 16),
    ):
        sheet.column_dimensions[letter].width = width
    save(book, path)
    return exp
