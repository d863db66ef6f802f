"""Excel outline: headline measures with grouped sub-measure rows under them, two groups collapsed."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Font

from tests.realistic.kit import Expected, Rag, new_book, observed, put_row, save, title

RAG: dict[str, Rag] = {"R": "red", "A": "amber", "G": "green"}
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")

# (headline row, detail rows, collapsed?); each row: code, measure, target, Q1, Q2, Q3, RAG
GROUPS: tuple[tuple[tuple[object, ...], tuple[tuple[object, ...], ...], bool], ...] = (
    (("HRS01", "Responsive repairs completed within target time (%)", 92.0, 90.8, 91.6, 93.1, "G"),
     (("HRS01a", "Emergency repairs completed within 24 hours (%)", 98.0, 97.2, 98.4, 99.0, "G"),
      ("HRS01b", "Urgent repairs completed within 5 working days (%)", 95.0, 93.5, 92.1, 94.6, "A"),
      ("HRS01c", "Routine repairs completed within 28 calendar days (%)", 88.0, 86.4, 88.9, 91.2, "G")),
     False),
    (("HRS02", "Rent collected as a percentage of rent due (%)", 98.5, 97.1, 97.6, 98.2, "A"),
     (("HRS02a", "Rent collected - general needs (%)", 99.0, 98.0, 98.3, 98.9, "A"),
      ("HRS02b", "Rent collected - sheltered and extra care (%)", 99.0, 99.4, 99.6, 99.5, "G"),
      ("HRS02c", "Rent collected - temporary accommodation (%)", 92.0, 84.7, 83.2, 81.9, "R")),
     True),
    (("HRS03", "Average days to relet empty homes", 35.0, 41.0, 38.0, 36.0, "A"),
     (("HRS03a", "Average days to relet - minor works voids", 25.0, 29.0, 27.0, 24.0, "G"),
      ("HRS03b", "Average days to relet - major works voids", 70.0, 88.0, 79.0, 76.0, "A")),
     True),
    (("HRS04", "Homes with a valid gas safety certificate (%)", 100.0, 99.8, 99.9, 100.0, "G"),
     (), False),
    (("HRS05", "Anti-social behaviour cases resolved (%)", 85.0, 81.0, 79.0, 83.0, "A"),
     (("HRS05a", "ASB cases - first contact within 1 working day (%)", 95.0, 96.0, 97.0, 95.0, "G"),),
     False),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a housing landlord services dashboard that uses Excel's outline grouping.

    Housing teams often keep one headline measure per line and put its
    breakdown (by repair priority, by tenure, by type of empty home) in rows
    grouped under it with Data > Group, so the front page prints short and a
    member can press '+' to see the detail. Here the summary row sits above
    its detail, the repairs and ASB groups are open and the rent and relets
    groups were left collapsed (their rows hidden by the outline) when the
    file was saved. Each detail row has its own code, target and rating.

    A careful reader takes every row, collapsed or not, as an indicator of
    its own: the headline and each sub-measure with its figures, its single
    target for every quarter and its RAG for Q3. Hiding rows by grouping is
    presentation; the figures in them are published in the file.
    """
    book, sheet = new_book("Dashboard")
    title(sheet, "A1", "Kingston upon Hull City Council - Housing Landlord Services Q3 2024/25")
    sheet["A2"] = "Click + at the left of a measure to show its breakdown."
    sheet["A2"].font = Font(italic=True, size=9)
    sheet.sheet_properties.outlinePr.summaryBelow = False
    put_row(sheet, 4, 1, ["Code", "Measure", "Target", *QUARTERS, "RAG"], bold=True)
    exp = Expected([])
    row = 5
    for headline, details, collapsed in GROUPS:
        for level, rec in [(0, headline), *((1, d) for d in details)]:
            code, name, target, q1, q2, q3, rag = rec
            put_row(sheet, row, 1, [code, name, target, q1, q2, q3, rag], bold=level == 0)
            if level:
                sheet.cell(row=row, column=2).alignment = Alignment(indent=2)
                sheet.row_dimensions[row].outlineLevel = 1
                sheet.row_dimensions[row].hidden = collapsed
            exp.observations += observed(
                str(code), str(name), QUARTERS, (q1, q2, q3), float(str(target)), RAG[str(rag)]
            )
            row += 1
        if collapsed:
            sheet.row_dimensions[row - len(details) - 1].collapsed = True
    sheet.cell(
        row=row + 1, column=1, value="RAG: G on or better than target, A within 10%, R worse"
    )
    sheet.cell(row=row + 1, column=1).font = Font(size=9)
    sheet.column_dimensions["B"].width = 60
    save(book, path)
    return exp
