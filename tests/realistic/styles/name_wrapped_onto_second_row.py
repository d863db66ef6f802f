"""A table pasted from a PDF report: long indicator names run onto a second row holding only the rest of the name."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Font

from tests.realistic.kit import Expected, Obs, Rag, new_book, observed, put_row, save, title

SHEET = "Sheet1"
HEADINGS = ("2023/24 outturn", "Q1 24/25", "Q2 24/25", "Q3 24/25")
PERIODS = ("2023/24", "Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
RAG: dict[str, Rag] = {"R": "red", "A": "amber", "G": "green"}

# ref, name as printed (one or two lines), outturn, Q1, Q2, Q3, target 2024/25, RAG (Q3)
ROWS: tuple[tuple[object, ...], ...] = (
    ("CF01", ("Re-referrals to children's social care within 12 months of a", "previous referral (%)"),
     21.4, 19.8, 22.6, 21.6, 20.0, "A"),
    ("CF02", ("Single assessments completed within 45 working days (%)",),
     88.2, 91.0, 86.5, 89.7, 90.0, "A"),
    ("CF03", ("Child protection plans lasting two years or more at the point they", "ceased (%)"),
     3.1, 2.4, 4.8, 2.9, 4.0, "G"),
    ("CF04", ("Children becoming the subject of a child protection plan for a second", "or subsequent time (%)"),
     24.9, 27.3, 21.8, 30.2, 23.0, "R"),
    ("CF05", ("Children looked after per 10,000 children under 18",),
     68.0, 68.9, 70.4, 71.2, None, None),
    ("CF06", ("Looked after children with three or more placements during the", "year (%)"),
     9.8, 2.6, 5.1, 7.9, 10.0, "G"),
    ("CF07", ("Care leavers aged 19 to 21 in education, employment or training (%)",),
     52.0, 54.5, 55.1, 51.8, 55.0, "A"),
    ("CF08", ("New education, health and care plans issued within 20 weeks,", "excluding exceptions (%)"),
     46.3, 38.9, 52.4, 61.7, 60.0, "G"),
    ("CF09", ("Initial health assessments for children entering care completed", "within 20 working days (%)"),
     41.0, 47.5, 39.2, 44.0, 60.0, "R"),
    ("CF10", ("Average caseload per qualified social worker",),
     19.2, 18.6, 17.9, 18.3, 18.0, "A"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a scorecard copied out of a committee report PDF into Excel.

    When a table is copied from a PDF (or a Word report saved as PDF) and
    pasted into a sheet, each printed line becomes a row: an indicator name
    that wrapped onto a second line in the report arrives as two rows, the
    second holding only the rest of the name, with no code and no figures.
    The headings keep the report's wording ('2023/24 outturn', 'Q1 24/25'),
    and the pasted sheet was never renamed from 'Sheet1'.

    A careful reader joins each continuation line to the name above it (the
    name reads on, and the row has nothing else), and takes one indicator
    per code: the outturn as 2023/24, the three quarters, the 2024/25
    target for the three quarters (not the 2023/24 outturn: the heading
    names its year), and the RAG for Q3. Looked-after children per 10,000
    has no target and no rating.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Appendix A \u2013 Children, Families and Education Performance Scorecard")
    sheet["A2"] = "Quarter 3 2024/25 (October to December 2024)"
    put_row(sheet, 4, 1, ["Ref", "Indicator", *HEADINGS, "Target 2024/25", "RAG"], bold=True)
    exp = Expected([])
    row = 5
    for ref, lines, outturn, q1, q2, q3, target, rag in ROWS:
        assert isinstance(lines, tuple)
        put_row(sheet, row, 1, [ref, lines[0], outturn, q1, q2, q3, target, rag])
        for extra in lines[1:]:
            row += 1
            sheet.cell(row=row, column=2, value=extra)
        row += 1
        name = " ".join(str(line) for line in lines)
        goal = float(str(target)) if target is not None else None
        status = RAG[str(rag)] if rag is not None else None
        exp.observations.append(Obs(str(ref), name, PERIODS[0], float(str(outturn))))
        exp.observations += observed(str(ref), name, PERIODS[1:], (q1, q2, q3), goal, status)
    sheet.cell(
        row=row + 1, column=1, value="Source: performance and intelligence team, January 2025."
    ).font = Font(size=9, italic=True)
    sheet.column_dimensions["B"].width = 60
    save(book, path)
    return exp
