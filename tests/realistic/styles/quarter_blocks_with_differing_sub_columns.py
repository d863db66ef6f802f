"""Quarter blocks that grew during the year: Actual | RAG, then Actual | Target | RAG, then more."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from tests.realistic.kit import (
    AMBER_FILL,
    GREEN_FILL,
    RED_FILL,
    Expected,
    Obs,
    Rag,
    new_book,
    num,
    put_row,
    save,
    text_of,
    title,
)

SHEET = "KPIs 2024-25"
BAND_ROW = 4
SUB_ROW = 5
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
RAG_FILL = {"Green": GREEN_FILL, "Amber": AMBER_FILL, "Red": RED_FILL}
HEAD = PatternFill(fill_type="solid", start_color="FF203764", end_color="FF203764")
BLOCKS = (
    ("Q1 2024/25", "Q1 2024/25 (Apr\u2013Jun)", ("Actual", "RAG"), 3),
    ("Q2 2024/25", "Q2 2024/25 (Jul\u2013Sep)", ("Actual", "Target", "RAG"), 5),
    (
        "Q3 2024/25",
        "Q3 2024/25 (Oct\u2013Dec)",
        ("Actual", "Target", "RAG", "Direction of travel"),
        8,
    ),
)
BLOCK_FILLS = ("FFD9E1F2", "FFE2EFDA", "FFFFF2CC")
SECTION = PatternFill(fill_type="solid", start_color="FFBDD7EE", end_color="FFBDD7EE")
THIN = Side(style="thin", color="FF808080")

# A 1-tuple is a section row. Otherwise: ref, measure, (Q1 actual, RAG),
# (Q2 actual, target, RAG), (Q3 actual, target, RAG, direction of travel), comments.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Resources",),
    (
        "RES01",
        "Council tax collected in year (%)",
        (28.9, "Green"),
        (56.4, 56.0, "Green"),
        (84.1, 84.5, "Amber", "Same"),
        None,
    ),
    (
        "RES02",
        "Business rates collected in year (%)",
        (30.2, "Green"),
        (57.1, 57.5, "Amber"),
        (85.6, 85.0, "Green", "Improving"),
        None,
    ),
    (
        "RES03",
        "Average working days lost to sickness per FTE (rolling 12 months)",
        (9.8, "Red"),
        (9.4, 8.5, "Red"),
        (9.1, 8.5, "Amber", "Improving"),
        "Musculoskeletal absence down after physiotherapy fast-track.",
    ),
    (
        "RES04",
        "Invoices paid within 30 days (%)",
        (93.8, "Amber"),
        (96.2, 95.0, "Green"),
        (95.4, 95.0, "Green", "Declining"),
        None,
    ),
    (
        "RES05",
        "Freedom of Information requests answered within 20 working days (%)",
        (81.0, "Red"),
        ("n/a", 90.0, None),
        (87.3, 90.0, "Amber", "Improving"),
        "Q2 not reported: case management system outage in August.",
    ),
    ("Place",),
    (
        "PL01",
        "Household waste sent for reuse, recycling and composting (%)",
        (53.1, "Green"),
        (54.6, 52.0, "Green"),
        (None, 48.0, None, None),
        "Q3 figure not yet validated by WasteDataFlow; due March.",
    ),
    (
        "PL02",
        "Missed bin collections per 100,000 collections",
        (61, "Amber"),
        (48, 50, "Green"),
        (72, 50, "Red", "Declining"),
        "Snow disruption in late November.",
    ),
    (
        "PL03",
        "Fly-tipping incidents removed within 3 working days (%)",
        (89.5, "Amber"),
        (92.3, 90.0, "Green"),
        (93.0, 90.0, "Green", "Improving"),
        None,
    ),
    (
        "PL04",
        "Major planning applications determined in time (%)",
        (100.0, "Green"),
        (87.5, 90.0, "Amber"),
        (91.7, 90.0, "Green", "Improving"),
        "11 of 12 in time.",
    ),
    (
        "PL05",
        "Minor planning applications determined in time (%)",
        (78.4, "Red"),
        (83.0, 85.0, "Amber"),
        (86.2, 85.0, "Green", "Improving"),
        None,
    ),
    (
        "PL06",
        "Fixed penalty notices issued for environmental crime",
        (112, None),
        (134, None, None),
        (97, None, None, "Declining"),
        "Data only.",
    ),
    ("Communities",),
    (
        "COM01",
        "Households prevented from becoming homeless",
        (None, None),
        (64, 60, "Green"),
        (71, 60, "Green", "Improving"),
        "New measure from Q2 (added at Cabinet's request).",
    ),
    (
        "COM02",
        "Households in bed and breakfast accommodation (snapshot)",
        (14, "Red"),
        (11, 8, "Red"),
        (9, 8, "Amber", "Improving"),
        None,
    ),
    (
        "COM03",
        "Leisure centre visits",
        (187402, "Green"),
        (176950, 170000, "Green"),
        (158233, 165000, "Amber", "Declining"),
        "Pool closed for three weeks (boiler).",
    ),
    (
        "COM04",
        "Disabled Facilities Grants approved",
        (23, None),
        (31, 30, "Green"),
        (26, 30, "Amber", "Declining"),
        None,
    ),
    (
        "COM05",
        "Anti-social behaviour cases closed within 28 days (%)",
        (71.2, "Amber"),
        (74.8, 75.0, "Amber"),
        ("TBC", 75.0, None, None),
        "Awaiting Police data share.",
    ),
)


def build(path: Path) -> Expected:
    """Imitates a district council's in-year KPI workbook whose template grew each quarter.

    A district council's corporate KPI workbook for the Overview and
    Scrutiny Committee, kept in one sheet and extended as the year went on:
    in Q1 the performance team reported only the actual and a RAG word; from
    Q2 members asked for the quarter's target to be shown, and from Q3 a
    'Direction of travel' column was added. Each quarter's block sits under
    a merged, coloured period band ('Q1 2024/25 (Apr\u2013Jun)' over Actual |
    RAG, 'Q2 2024/25 (Jul\u2013Sep)' over Actual | Target | RAG, 'Q3 2024/25
    (Oct\u2013Dec)' over Actual | Target | RAG | Direction of travel); Ref,
    Measure and Comments are merged down both heading rows.

    A careful reader takes one observation per quarter with that block's
    actual, that block's target (none for Q1, which had no target column)
    and that block's own RAG word; the direction of travel is not a figure.
    Rough edges: an 'n/a' Q2 with a target and no RAG, a blank Q3 with its
    target (no observation), a 'TBC' Q3, a new measure starting in Q2, a
    data-only row, a Q1 rated without a target on the sheet. No unit or
    polarity column.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Corporate Key Performance Indicators 2024/25 \u2013 Quarter 3 update")
    sheet["A2"] = "Overview and Scrutiny Committee \u2013 11 February 2025"
    sheet["A2"].font = Font(italic=True)
    ncol = 12
    for col, text in ((1, "Ref"), (2, "Measure"), (ncol, "Comments")):
        sheet.cell(row=BAND_ROW, column=col, value=text)
        sheet.merge_cells(start_row=BAND_ROW, end_row=SUB_ROW, start_column=col, end_column=col)
    for (_period, band, subs, first), colour in zip(BLOCKS, BLOCK_FILLS, strict=True):
        band_fill = PatternFill(fill_type="solid", start_color=colour, end_color=colour)
        sheet.cell(row=BAND_ROW, column=first, value=band)
        sheet.merge_cells(
            start_row=BAND_ROW,
            end_row=BAND_ROW,
            start_column=first,
            end_column=first + len(subs) - 1,
        )
        for j, sub in enumerate(subs):
            cell = sheet.cell(row=SUB_ROW, column=first + j, value=sub)
            cell.fill = band_fill
            cell.font = Font(bold=True)
            cell.alignment = Alignment(horizontal="center", wrap_text=True)
            sheet.cell(row=BAND_ROW, column=first + j).fill = band_fill
        sheet.cell(row=BAND_ROW, column=first).font = Font(bold=True)
        sheet.cell(row=BAND_ROW, column=first).alignment = Alignment(horizontal="center")
    for col in (1, 2, ncol):
        cell = sheet.cell(row=BAND_ROW, column=col)
        cell.fill = HEAD
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.alignment = Alignment(horizontal="center", vertical="center")
    exp = Expected([])
    row = SUB_ROW + 1
    for spec in ROWS:
        if len(spec) == 1:
            sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
            for col in range(1, ncol + 1):
                sheet.cell(row=row, column=col).fill = SECTION
            row += 1
            continue
        code, name, q1, q2, q3, note = spec
        assert isinstance(q1, tuple) and isinstance(q2, tuple) and isinstance(q3, tuple)
        pct = "(%)" in str(name)
        put_row(sheet, row, 1, [code, name, *q1, *q2, *q3, note])
        for col in range(1, ncol + 1):
            sheet.cell(row=row, column=col).border = Border(bottom=Side(style="hair"))
        for (period, _band, subs, first), values in zip(BLOCKS, (q1, q2, q3), strict=True):
            actual = values[0]
            target = values[1] if "Target" in subs else None
            rag = values[subs.index("RAG")]
            cell = sheet.cell(row=row, column=first)
            cell.number_format = "0.0" if pct or isinstance(actual, float) else "#,##0"
            if target is not None:
                sheet.cell(row=row, column=first + 1).number_format = cell.number_format
            rag_cell = sheet.cell(row=row, column=first + subs.index("RAG"))
            if rag:
                rag_cell.fill = PatternFill(
                    fill_type="solid", start_color=RAG_FILL[str(rag)], end_color=RAG_FILL[str(rag)]
                )
            for j in range(len(subs)):
                sheet.cell(row=row, column=first + j).alignment = Alignment(horizontal="center")
            if actual is None:
                continue
            exp.observations.append(
                Obs(
                    str(code),
                    str(name),
                    period,
                    num(actual),
                    text_of(actual),
                    num(target),
                    RAG[str(rag)] if rag else None,
                )
            )
        row += 1
    notes = (
        "Targets were added to the report from Quarter 2 and direction of travel from Quarter 3 "
        "at the Committee's request.",
        "RAG: Green \u2013 target met; Amber \u2013 within 10% of target; Red \u2013 more than "
        "10% off target. Q1 RAG was assessed against the annual target.",
        "n/a \u2013 not available; TBC \u2013 to be confirmed.",
    )
    for j, line in enumerate(notes, start=row + 1):
        sheet.cell(row=j, column=1, value=line).font = Font(size=9, italic=True)
    sheet.column_dimensions["A"].width = 8
    sheet.column_dimensions["B"].width = 62
    for letter in "CDEFGHIJ":
        sheet.column_dimensions[letter].width = 10
    sheet.column_dimensions["K"].width = 13
    sheet.column_dimensions["L"].width = 48
    sheet.freeze_panes = f"C{SUB_ROW + 1}"
    save(book, path)
    return exp
