"""A table copied from a printed report: 'Page n of 3', the title and the heading row again at each page break."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Font

from tests.realistic.kit import Expected, Obs, Rag, new_book, put_row, save

SHEET = "Sheet1"
PERIODS = ("Q2 2023/24", "Q1 2024/25", "Q2 2024/25")
STATUS: dict[str, Rag | None] = {
    "On target": "green",
    "Below target": "amber",
    "Significantly below target": "red",
    "n/a": None,
}
TITLE = "Council Plan Performance Report \u2013 Quarter 2 2024/25 (July to September)"
HEADER = (
    "Ref",
    "Measure",
    "Q2 2023/24",
    "Q1 2024/25",
    "Q2 2024/25",
    "Target 2024/25",
    "Status",
    "Direction of travel",
)
PAGES = (5, 5, 3)  # indicator rows printed on each page

# ref, measure, Q2 2023/24, Q1 2024/25, Q2 2024/25, target, status, direction
ROWS: tuple[tuple[object, ...], ...] = (
    ("CP01", "Council tax collected (cumulative %)", 55.9, 28.6, 56.3, 56.5, "Below target", "Improving"),
    ("CP02", "Business rates collected (cumulative %)", 56.8, 30.1, 57.9, 57.0, "On target", "Improving"),
    ("CP03", "Average days to process new Housing Benefit claims", 19.4, 17.8, 16.2, 18.0, "On target", "Improving"),
    ("CP04", "Households prevented from becoming homeless", 212, 104, 98, None, "n/a", "Worsening"),
    ("CP05", "Households in temporary accommodation (snapshot)", 187, 203, 219, 180.0, "Significantly below target", "Worsening"),
    ("CP06", "Council homes empty and available to let (% of stock)", 1.4, 1.2, 1.1, 1.0, "Below target", "Improving"),
    ("CP07", "Responsive repairs completed at the first visit (%)", 88.4, 90.1, 91.7, 90.0, "On target", "Improving"),
    ("CP08", "Adults receiving social care through a direct payment (%)", 24.1, 25.0, 25.6, 27.0, "Below target", "Improving"),
    ("CP09", "Safeguarding enquiries concluded within 28 days (%)", 71.0, 68.3, 74.9, 80.0, "Below target", "Improving"),
    ("CP10", "Visits to libraries and archives", 176420, 181305, 169844, None, "n/a", "Worsening"),
    ("CP11", "Fly-tipping incidents reported", 1204, 1388, 1297, None, "n/a", "Worsening"),
    ("CP12", "Major planning applications decided in time (%)", 100.0, 94.4, 100.0, 90.0, "On target", "No change"),
    ("CP13", "Freedom of information requests answered within 20 working days (%)", 86.2, 89.7, 91.4, 90.0, "On target", "Improving"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a performance table copied out of a printed (PDF) cabinet report into Excel.

    A scrutiny officer wanting the figures in a spreadsheet copies the
    table from the report's PDF and pastes it into a new workbook. What was
    printed at each page break comes with it: a 'Page 1 of 3' footer, the
    report's running title at the top of the next page, and the table's
    heading row repeated there, all in the middle of the table. The sheet
    keeps Excel's default name. The table is the council's: code, measure,
    the same quarter last year, Q1 and Q2 2024/25, the 2024/25 target, a
    status phrase and a direction of travel against last year.

    A careful reader reads the three pages as one table of 13 measures: the
    footer, the running title and the repeated headings are print
    furniture, not rows. Each quarter's figure is an observation; the target
    (its heading names 2024/25) applies to the two 2024/25 quarters, the
    status rates Q2 2024/25 ('n/a' for measures with no target is no
    rating). The direction of travel is a comparison, not a figure.
    """
    book, sheet = new_book(SHEET)
    sheet["A1"] = "Bassetlaw District Council"
    sheet["A1"].font = Font(bold=True, size=14)
    exp = Expected([])
    row = 2
    done = 0
    for page, count in enumerate(PAGES, start=1):
        sheet.cell(row=row, column=1, value=TITLE).font = Font(bold=True)
        put_row(sheet, row + 2, 1, list(HEADER), bold=True)
        row += 3
        for ref, name, last_year, q1, q2, target, status, direction in ROWS[done : done + count]:
            put_row(sheet, row, 1, [ref, name, last_year, q1, q2, target, status, direction])
            for col in range(3, 6):
                cell = sheet.cell(row=row, column=col)
                if isinstance(cell.value, int) and cell.value >= 1000:
                    cell.number_format = "#,##0"
            code, nm = str(ref), str(name)
            goal = None if target is None else float(str(target))
            exp.observations += [
                Obs(code, nm, PERIODS[0], float(str(last_year))),
                Obs(code, nm, PERIODS[1], float(str(q1)), None, goal),
                Obs(code, nm, PERIODS[2], float(str(q2)), None, goal, STATUS[str(status)]),
            ]
            row += 1
        done += count
        row += 1
        put_row(
            sheet,
            row,
            1,
            ["OFFICIAL", None, None, None, None, None, None, f"Page {page} of {len(PAGES)}"],
        )
        row += 1
    sheet.column_dimensions["B"].width = 64
    save(book, path)
    return exp
