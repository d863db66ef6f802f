"""An ordinary quarterly table whose officers' explanations are Excel cell comments, not a column."""

from __future__ import annotations

from pathlib import Path

from openpyxl.comments import Comment

from tests.realistic.kit import Expected, Rag, new_book, observed, put_row, save, title

SHEET = "Highways"
HEADINGS = ("Apr-Jun 24", "Jul-Sep 24", "Oct-Dec 24")
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
RAG: dict[str, Rag] = {"R": "red", "A": "amber", "G": "green"}

# ref, measure, three quarters, target, status of the latest quarter
ROWS: tuple[tuple[object, ...], ...] = (
    ("HT-01", "Category 1 highway defects made safe within 24 hours (%)", 97.8, 96.1, 91.4, 98.0, "A"),
    ("HT-02", "Potholes repaired", 4215, 3870, 6952, None, None),
    ("HT-03", "Street lights repaired within 7 days (%)", 88.0, 90.5, 92.3, 90.0, "G"),
    ("HT-04", "Gully cleansing programme completed (%)", 21.4, 47.9, 63.0, 75.0, "R"),
    ("HT-05", "Average days to approve a road space booking", 6.8, 7.4, 9.9, 10.0, "G"),
    ("HT-06", "Bus services running on time, non-frequent routes (%)", 83.5, 81.9, None, 85.0, "A"),
    ("HT-07", "Highways insurance claims received", 118, 97, 164, None, None),
    ("HT-08", "Public rights of way open and easy to use (%)", 71.0, 73.6, 72.2, 75.0, "A"),
)  # fmt: skip

AUTHOR = "Highways Performance"
# cell -> comment text, as officers left them on the return
COMMENTS: dict[str, str] = {
    "E5": "Storm Darragh (6-8 Dec): 214 Cat 1 call-outs in 72 hours. Excluding the storm the "
    "figure would be 97.2%.",
    "B6": "Count of individual potholes filled, all repair methods incl. Dragon Patcher. Data "
    "only - no target set.",
    "E6": "Seasonal rise. Q3 2023/24 was 5,104 for comparison.",
    "E8": "Behind profile: second gully tanker off the road Oct-Nov. Recovery plan to reach "
    "75% by year end.",
    "E9": "Increase reflects the utility works programme on the A534.",
    "E10": "Q3 figure not yet received from the bus operators (due late January).",
    "B11": "Claims received in the quarter, not claims paid. Source: Insurance team.",
    "C12": "Annual survey of 300 random paths, reported quarterly on a rolling basis.",
}


def build(path: Path) -> Expected:
    """Imitates a highways quarterly return with the commentary left as Excel cell comments.

    Some services keep their table tidy and put the explanations where the
    officer typed them: as comments (notes) on the figure they explain, or on
    the measure's name, shown by the small red triangle in the corner of the
    cell. The table is otherwise ordinary: quarters headed 'Apr-Jun 24' to
    'Oct-Dec 24', one Target, a status letter for the latest quarter, two
    data-only counts with neither. One comment sits on a blank cell (the bus
    figure for the third quarter was not received) and several quote other
    figures (last year's count, a figure excluding a storm).

    A careful reader takes the figures from the cells, with the comments as
    commentary: the numbers quoted in a comment are not observations, and a
    blank cell with a comment on it is still no figure. The bus measure's
    latest quarter is therefore Q2, and its status belongs to Q2.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Cheshire East Council \u2013 Highways and Transport quarterly performance")
    sheet["A2"] = (
        "2024/25, to end of December 2024. Hover over a cell marked with a red triangle for commentary."
    )
    put_row(sheet, 4, 1, ["Ref", "Measure", *HEADINGS, "Target", "Status"], bold=True)
    exp = Expected([])
    for i, (ref, name, q1, q2, q3, target, status) in enumerate(ROWS):
        put_row(sheet, 5 + i, 1, [ref, name, q1, q2, q3, target, status])
        tgt = float(str(target)) if target is not None else None
        rag = RAG[str(status)] if status else None
        exp.observations += observed(str(ref), str(name), QUARTERS, (q1, q2, q3), tgt, rag)
    for ref, text in COMMENTS.items():
        note = Comment(text, AUTHOR)
        note.width, note.height = 260, 110
        sheet[ref].comment = note
    sheet.column_dimensions["B"].width = 60
    save(book, path)
    return exp
