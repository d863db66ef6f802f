"""Two-row heading: bands 'Performance 2024/25', 'Benchmarking (latest available)', 'Targets'."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from tests.realistic.kit import (
    AMBER_FILL,
    GREEN_FILL,
    RED_FILL,
    Expected,
    Rag,
    fill,
    new_book,
    observed,
    put_row,
    save,
    title,
)

SHEET = "Scorecard"
BAND_ROW = 5
SUB_ROW = 6
PERIODS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
RAG_FILL = {"Green": GREEN_FILL, "Amber": AMBER_FILL, "Red": RED_FILL}
POLARITY = {"High": "higher_is_better", "Low": "lower_is_better"}
# Band text, first column, sub-headings, band colour.
BANDS = (
    ("Performance 2024/25", 4, ("Q1", "Q2", "Q3"), "FF2F5597"),
    (
        "Benchmarking (latest available)",
        7,
        ("England", "Statistical neighbours", "Rank"),
        "FF7F7F7F",
    ),
    ("Targets", 10, ("2024/25", "2025/26"), "FF548235"),
)
SINGLE = ((1, "Ref"), (2, "Indicator"), (3, "Good is"), (12, "RAG"), (13, "Commentary"))
NCOL = 13
SECTION = PatternFill(fill_type="solid", start_color="FFF2F2F2", end_color="FFF2F2F2")
THIN = Side(style="thin", color="FFA6A6A6")

# A 1-tuple is a section row. Otherwise: ref, indicator, good is, (Q1, Q2, Q3),
# (England, statistical neighbours, rank), (target 2024/25, target 2025/26), RAG, commentary.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Adult Social Care",),
    (
        "ASCOF 1C",
        "Adults receiving self-directed support (%)",
        "High",
        (91.2, 91.8, 92.4),
        (92.9, 93.6, "9th of 16"),
        (93.0, 94.0),
        "Amber",
        None,
    ),
    (
        "ASCOF 1E",
        "Adults with learning disabilities in paid employment (%)",
        "High",
        (5.1, 5.3, 5.6),
        (4.8, 5.9, "8th of 16"),
        (6.0, 6.5),
        "Amber",
        "Supported internship scheme expanding from April.",
    ),
    (
        "ASCOF 2A",
        "Long-term admissions to residential and nursing care, 65+ (per 100,000)",
        "Low",
        (148.3, 291.0, 432.6),
        (566.0, 602.4, "5th of 16"),
        (590.0, 580.0),
        "Green",
        "Cumulative in-year rate.",
    ),
    (
        "ASCOF 2B",
        "Older people at home 91 days after discharge to reablement (%)",
        "High",
        (83.7, 81.9, None),
        (83.8, 82.1, "7th of 16"),
        (84.0, 85.0),
        "Amber",
        "Q3 follow-ups complete in late January; RAG is Q2.",
    ),
    (
        "ASC-L04",
        "Safeguarding concerns progressing to a section 42 enquiry (%)",
        None,
        (27.4, 29.8, 31.2),
        ("n/a", "n/a", None),
        (None, None),
        None,
        "Local measure; context only.",
    ),
    ("Children and Families",),
    (
        "NI 62",
        "Children in care with three or more placements in the year (%)",
        "Low",
        (2.8, 5.1, 7.4),
        (10.0, 9.6, "4th of 11"),
        (9.0, 9.0),
        "Green",
        None,
    ),
    (
        "NI 63",
        "Children in care aged under 16 in the same placement for 2+ years (%)",
        "High",
        (68.2, 66.9, 65.1),
        (71.0, 69.5, "9th of 11"),
        (70.0, 70.0),
        "Amber",
        None,
    ),
    (
        "CSC 09",
        "Child protection plans lasting two years or more (%)",
        "Low",
        (2.1, 3.4, 4.9),
        (3.8, 4.1, "7th of 11"),
        (4.0, 4.0),
        "Red",
        "Six long-term plans in one sibling group.",
    ),
    (
        "CSC 14",
        "Referrals to children's social care (rate per 10,000 under-18s)",
        None,
        (121.4, 252.7, 398.0),
        (533.4, 548.1, "3rd of 11"),
        (None, None),
        None,
        "Demand measure; no target set. Cumulative.",
    ),
    (
        "EHC 01",
        "New EHC plans issued within 20 weeks, excluding exceptions (%)",
        "High",
        (38.2, "n/a", 52.7),
        (50.3, 47.2, "6th of 11"),
        (60.0, 65.0),
        "Red",
        "Q2 not reported while the SEND case system was replaced.",
    ),
    ("Public Health",),
    (
        "PHOF C19a",
        "Successful completion of drug treatment \u2013 opiate users (%)",
        "High",
        (5.9, 6.2, 6.0),
        (5.0, 5.4, "4th of 16"),
        (6.0, 6.5),
        "Green",
        None,
    ),
    (
        "PHOF C26b",
        "NHS Health Check uptake of those offered (%)",
        "High",
        (39.4, 41.0, 43.8),
        (47.8, 45.1, "12th of 16"),
        (48.0, 50.0),
        "Red",
        None,
    ),
    (
        "PHOF C04",
        "Smoking status at time of delivery (%)",
        "Low",
        (8.9, 8.1, 8.4),
        (7.4, 9.0, "10th of 16"),
        (8.0, 7.5),
        "Amber",
        None,
    ),
    (
        "PH-L02",
        "Adults completing a tier 2 weight management course",
        "High",
        (84, 112, 97),
        ("n/a", "n/a", None),
        (400, 420),
        "Amber",
        "Cumulative 293; on track for 400.",
    ),
    ("Communities and Place",),
    (
        "COM 03",
        "Library issues (physical and electronic)",
        "High",
        (412380, 438906, 401115),
        ("n/a", "n/a", None),
        (1650000, 1650000),
        "Green",
        "Cumulative 1,252,401 against a profile of 1,237,500.",
    ),
    (
        "COM 07",
        "Principal roads where maintenance should be considered (%)",
        "Low",
        (None, None, 4.0),
        (4.0, 3.3, "11th of 16"),
        (3.5, 3.5),
        "Red",
        "Annual SCANNER survey, reported in Q3.",
    ),
    (
        "COM 11",
        "Household waste recycled, reused or composted (%)",
        "High",
        (47.2, 48.9, 43.6),
        (41.7, 44.0, "6th of 16"),
        (47.0, 48.0),
        "Amber",
        "Seasonal dip in garden waste.",
    ),
)


def build(path: Path) -> Expected:
    """Imitates a county council's quarterly performance report with benchmarking bands.

    A county council's quarterly Council Plan performance report to a
    Scrutiny Management Board sets its columns under coloured bands in a
    two-row heading: 'Performance 2024/25' over Q1 | Q2 | Q3, 'Benchmarking
    (latest available)' over England | Statistical neighbours | Rank (as
    '5th of 16', of the CIPFA or children's services neighbour group), and
    'Targets' over 2024/25 | 2025/26; Ref, Indicator, 'Good is', RAG and
    Commentary are merged down both rows. Indicators carry ASCOF, PHOF and
    NI-style codes next to local ones, under shaded service rows.

    A careful reader takes the three quarters as Q1..Q3 2024/25 with the
    2024/25 target and the RAG word on the latest quarter given; the
    benchmarks are other places' figures, not this council's, and the
    2025/26 target has no figure yet. Rough edges: a blank Q3 whose RAG falls
    to Q2, an 'n/a' Q2, an annual survey with only Q3, a context-only local
    measure with 'n/a' benchmarks and no target or polarity, a demand
    measure with no target, RAG or polarity. Polarity from 'Good is'; no unit
    column.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Council Plan Performance Report 2024/25 \u2013 Quarter 3")
    sheet["A2"] = "Scrutiny Management Board \u2013 6 March 2025. Appendix 2: Scorecard"
    sheet["A2"].font = Font(italic=True)
    sheet["A3"] = (
        "Benchmarks are the latest published year (mostly 2023/24); statistical neighbours are "
        "the average of the CIPFA nearest neighbours."
    )
    sheet["A3"].font = Font(italic=True, size=9)
    white = Font(bold=True, color="FFFFFFFF")
    for col, text in SINGLE:
        cell = sheet.cell(row=BAND_ROW, column=col, value=text)
        sheet.merge_cells(start_row=BAND_ROW, end_row=SUB_ROW, start_column=col, end_column=col)
        cell.fill = PatternFill(fill_type="solid", start_color="FF404040", end_color="FF404040")
        cell.font = white
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for band, first, subs, colour in BANDS:
        band_fill = PatternFill(fill_type="solid", start_color=colour, end_color=colour)
        cell = sheet.cell(row=BAND_ROW, column=first, value=band)
        cell.font = white
        cell.alignment = Alignment(horizontal="center")
        sheet.merge_cells(
            start_row=BAND_ROW, end_row=BAND_ROW, start_column=first,
            end_column=first + len(subs) - 1,
        )  # fmt: skip
        for j, sub in enumerate(subs):
            sheet.cell(row=BAND_ROW, column=first + j).fill = band_fill
            cell = sheet.cell(row=SUB_ROW, column=first + j, value=sub)
            cell.fill = band_fill
            cell.font = white
            cell.alignment = Alignment(horizontal="center", wrap_text=True)
    exp = Expected([])
    row = SUB_ROW + 1
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, NCOL + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        code, name, good, values, bench, targets, rag, note = spec
        assert isinstance(values, tuple) and isinstance(bench, tuple)
        assert isinstance(targets, tuple)
        put_row(sheet, row, 1, [code, name, good, *values, *bench, *targets, rag, note])
        pct = "(%)" in str(name)
        for col in range(4, 12):
            cell = sheet.cell(row=row, column=col)
            cell.alignment = Alignment(horizontal="center")
            if col != 9:
                cell.number_format = "0.0" if pct or "per " in str(name) else "#,##0"
        for col in range(1, NCOL + 1):
            sheet.cell(row=row, column=col).border = Border(bottom=THIN)
        if rag:
            fill(sheet, f"L{row}", RAG_FILL[str(rag)])
        target = targets[0]
        exp.observations += observed(
            str(code),
            str(name),
            PERIODS,
            values,
            float(target) if isinstance(target, int | float) else None,
            RAG[str(rag)] if rag else None,
        )
        exp.add_meta(str(code), str(name), POLARITY[str(good)] if good else None, None)
        row += 1
    notes = (
        "RAG compares the latest quarter with the 2024/25 target: Green \u2013 met; Amber "
        "\u2013 within 10%; Red \u2013 more than 10% away.",
        "Rank: position among statistical neighbours (1 = best). n/a \u2013 no published "
        "comparator for a local measure.",
        "2025/26 targets are proposed and subject to Cabinet approval in April 2025.",
    )
    for j, line in enumerate(notes, start=row + 1):
        sheet.cell(row=j, column=1, value=line).font = Font(size=9, italic=True)
    widths = {"A": 10, "B": 60, "C": 8, "H": 13, "I": 10, "L": 9, "M": 46}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    for letter in "DEFGJK":
        sheet.column_dimensions[letter].width = 10
    sheet.row_dimensions[SUB_ROW].height = 30
    sheet.freeze_panes = f"D{SUB_ROW + 1}"
    save(book, path)
    return exp
