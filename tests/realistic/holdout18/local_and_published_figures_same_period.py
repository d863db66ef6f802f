"""Each year's local figure and published (DfE, DLUHC, NHS England, Defra) figure side by side, a note naming the one of record."""

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

SHEET = "Annual comparison"
TOP, SUB = 5, 6
YEARS = ("2022/23", "2023/24")
RAG: dict[str, Rag] = {"G": "green", "A": "amber", "R": "red"}
RAG_FILL = {"G": GREEN_FILL, "A": AMBER_FILL, "R": RED_FILL}
GOOD = {"Higher": "higher_is_better", "Lower": "lower_is_better"}
DUE = "Due Mar 2025"

# section or (ref, measure, good is, source, 22/23 local, 22/23 published, 23/24 local,
#             23/24 published, target 2023/24, RAG as typed, England 2023/24)
ROWS: tuple[object, ...] = (
    "Children's social care",
    ("CS1", "Children looked after per 10,000 children aged under 18 (31 March)", "Lower", "DfE SSDA903",
     61.0, 60.8, 63.2, 63.0, 62.0, "A", 70.0),
    ("CS2", "Re-referrals to children's social care within 12 months (%)", "Lower", "DfE CIN census",
     19.6, 20.1, 18.9, 21.3, 20.0, "R", 22.4),
    ("CS3", "Single assessments completed within 45 working days (%)", "Higher", "DfE CIN census",
     88.0, 87.6, 91.2, 91.2, 90.0, "G", 82.9),
    ("CS4", "Child protection plans ending that lasted two years or more (%)", "Lower", "DfE CIN census",
     3.1, 3.1, 2.4, 2.6, 3.0, "G", 3.8),
    "Adult social care",
    ("AS1", "People using services who receive direct payments (%) (ASCOF 1C2A)", "Higher",
     "NHS England ASCOF", 26.4, 26.1, 27.0, 26.8, 28.0, "A", 25.5),
    ("AS2", "Permanent admissions to care homes, aged 65+, per 100,000 (ASCOF 2A2)", "Lower",
     "NHS England ASCOF", 590.2, 584.7, 612.4, 618.9, 600.0, "A", 566.0),
    ("AS3", "Older people at home 91 days after discharge to reablement (%) (ASCOF 2B1)", "Higher",
     "NHS England ASCOF", 83.5, 82.9, 85.1, 84.0, 85.0, "A", 83.8),
    "Place",
    ("PL1", "Household waste reused, recycled or composted (%)", "Higher", "Defra WasteDataFlow",
     44.1, 43.8, 45.0, DUE, 46.0, "A (P)", None),
    ("PL2", "Residual household waste per household (kg)", "Lower", "Defra WasteDataFlow",
     512, 509, 498, DUE, 500, "G (P)", None),
    ("PL3", "Households in temporary accommodation per 1,000 households (31 March)", "Lower",
     "DLUHC H-CLIC", 1.12, 1.15, 1.31, 1.34, 1.2, "R", 4.6),
    ("PL4", "Principal roads where maintenance should be considered (%)", "Lower", "DfT RDC0120",
     3.0, 3.0, 4.0, 4.0, 4.0, "G", 4.0),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a county council's annual comparison of local and published figures for scrutiny.

    Each January the council's performance team sets its own year-end
    figures beside the figures later published in the national releases:
    '2022/23' and '2023/24' banners merged over 'Local' and 'Published'
    columns, a Source column naming the release, 'Good is', 'Target
    2023/24', a filled 'RAG 2023/24' (with '(P)' for provisional ratings),
    an 'England 2023/24' comparator and section rows. Most pairs agree or
    nearly agree; re-referrals differ (18.9 local, 21.3 published) and the
    rating follows the published one. The two waste measures show 'Due Mar
    2025' under 'Published'. A note above the table says the published
    figure is the measure of record, the one targets and RAG refer to, and
    that where none is published yet the provisional RAG uses the local
    figure.

    A careful reader takes, for each measure and year, the published
    figure as the observation (the local one is the council's working
    figure for the same period, not a second observation), and the local
    figure where the published cell says it is still to come; the target
    only for 2023/24, its heading naming the year; the RAG for 2023/24,
    '(P)' ratings as their colour; 'Good is' as polarity; England as a
    comparator, not an observation.
    """
    book, sheet = new_book(SHEET)
    title(
        sheet,
        "A1",
        "Leicestershire County Council \u2013 Corporate Measures: Local and Published Figures",
    )
    sheet["A2"] = "Scrutiny Commission, 22 January 2025"
    sheet["A2"].font = Font(italic=True)
    sheet["A3"] = (
        "Local figures come from the council's own systems at year end; published figures are those in the "
        "national release named in the Source column and can differ after validation or different counting. "
        "The published figure is the measure of record: targets and RAG ratings refer to it. Where it is not "
        "yet published the RAG, marked (P), is provisional and uses the local figure."
    )
    sheet["A3"].alignment = Alignment(wrap_text=True, vertical="top")
    sheet.merge_cells("A3:L3")
    sheet.row_dimensions[3].height = 48
    for cells, text in (("E5:F5", YEARS[0]), ("G5:H5", YEARS[1])):
        first = cells.split(":")[0]
        sheet[first] = text
        sheet[first].font = Font(bold=True)
        sheet[first].alignment = Alignment(horizontal="center")
        sheet.merge_cells(cells)
    labels = ["Ref", "Measure", "Good is", "Source"]
    for k, label in enumerate(labels):
        sheet.cell(row=TOP, column=k + 1, value=label).font = Font(bold=True)
        sheet.merge_cells(start_row=TOP, start_column=k + 1, end_row=SUB, end_column=k + 1)
    put_row(sheet, SUB, 5, ["Local", "Published", "Local", "Published"], bold=True)
    for col, label in ((9, "Target 2023/24"), (10, "RAG 2023/24"), (11, "England 2023/24")):
        sheet.cell(row=TOP, column=col, value=label).font = Font(bold=True)
        sheet.cell(row=TOP, column=col).alignment = Alignment(wrap_text=True, horizontal="center")
        sheet.merge_cells(start_row=TOP, start_column=col, end_row=SUB, end_column=col)
    pale = PatternFill(fill_type="solid", start_color="FFDDEBF7", end_color="FFDDEBF7")
    for r in (TOP, SUB):
        for col in range(1, 12):
            sheet.cell(row=r, column=col).fill = pale
    exp = Expected([])
    row = SUB + 1
    for item in ROWS:
        if isinstance(item, str):
            sheet.cell(row=row, column=1, value=item).font = Font(bold=True, size=12)
            row += 1
            continue
        assert isinstance(item, tuple)
        ref, name, good, source, l22, p22, l24, p24, target, rag, england = item
        put_row(sheet, row, 1, [ref, name, good, source, l22, p22, l24, p24, target, rag, england])
        for col in (6, 8):
            sheet.cell(row=row, column=col).font = Font(bold=True)
        letter = str(rag)[0]
        rgb = RAG_FILL[letter]
        sheet.cell(row=row, column=10).fill = PatternFill(
            fill_type="solid", start_color=rgb, end_color=rgb
        )
        sheet.cell(row=row, column=10).alignment = Alignment(horizontal="center")
        for year, local, published in ((YEARS[0], l22, p22), (YEARS[1], l24, p24)):
            value = published if isinstance(published, int | float) else local
            latest = year == YEARS[1]
            exp.observations.append(
                Obs(
                    str(ref),
                    str(name),
                    year,
                    float(str(value)),
                    None,
                    float(str(target)) if latest else None,
                    RAG[letter] if latest else None,
                )
            )
        exp.add_meta(str(ref), str(name), GOOD[str(good)], None)
        row += 1
    foot = (
        "Published figures in bold. England: the national figure in the same release (Defra's 2023/24 "
        "figures are not yet out).",
        "RAG: G target met; A within 5% of target; R more than 5% from target.",
    )
    for j, text in enumerate(foot):
        sheet.cell(row=row + 1 + j, column=1, value=text).font = Font(size=9, italic=True)
    sheet.column_dimensions["B"].width = 64
    sheet.column_dimensions["D"].width = 22
    save(book, path)
    return exp
