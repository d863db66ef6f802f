"""A long export, one row per indicator per quarter, with 'In quarter' and 'Year to date' value columns."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Font, PatternFill

from tests.realistic.kit import Expected, Obs, Rag, new_book, num, put_row, save, text_of, title

SHEET = "PI export"
HEAD_ROW = 4
QUARTERS = ("Q1", "Q2", "Q3")
# the span a year-to-date figure covers at the end of each quarter
YTD_SPAN = {"Q1": "Q1 2024/25", "Q2": "H1 2024/25", "Q3": "Apr 2024\u2013Dec 2024"}
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
UNIT = {"Number": "number", "%": "%", "Days": "days", "Rate": "rate"}
HEAD_FILL = PatternFill(fill_type="solid", start_color="FF1F4E78", end_color="FF1F4E78")

# code, indicator, service, unit, then per quarter Q1..Q3: (in quarter, year to date, YTD target, status)
ROWS: tuple[tuple[object, ...], ...] = (
    ("BEN01", "Average days to process new Housing Benefit claims", "Revenues and Benefits", "Days",
     ((19.8, 19.8, 20, "Green"), (17.5, 18.6, 20, "Green"), (16.1, 17.8, 20, "Green"))),
    ("CUS01", "Stage 1 complaints responded to within 10 working days", "Customer Services", "%",
     ((81.0, 81.0, 85, "Amber"), (76.4, 78.6, 85, "Red"), (84.2, 80.5, 85, "Amber"))),
    ("ENV01", "Household waste sent for reuse, recycling and composting", "Waste and Recycling", "%",
     ((52.3, 52.3, 50, "Green"), (54.8, 53.6, 50, "Green"), ("Not available", None, 50, None))),
    ("ENV02", "Fly-tipping incidents removed within 2 working days", "Street Scene", "%",
     ((88.2, 88.2, 95, "Red"), (91.5, 89.9, 95, "Amber"), (93.0, 90.9, 95, "Amber"))),
    ("ENV03", "Missed bins per 100,000 collections", "Waste and Recycling", "Rate",
     ((48.2, 48.2, 60, "Green"), (61.7, 55.0, 60, "Green"), (55.0, 55.0, 60, "Green"))),
    ("HOU01", "Homelessness cases prevented or relieved", "Housing Options", "Number",
     ((112, 112, 100, "Green"), (98, 210, 200, "Green"), (121, 331, 300, "Green"))),
    ("HOU02", "Households in temporary accommodation at quarter end", "Housing Options", "Number",
     ((214, None, None, None), (231, None, None, None), (226, None, None, None))),
    ("HOU03", "Average days to re-let standard council homes", "Housing Management", "Days",
     ((27.4, 27.4, 28, "Green"), (31.2, 29.1, 28, "Amber"), (29.0, 29.0, 28, "Amber"))),
    ("HR01", "Working days lost to sickness absence per FTE", "People and Organisational Development",
     "Days", ((2.1, 2.1, 2.0, "Amber"), (2.4, 4.5, 4.0, "Red"), (2.9, 7.4, 6.5, "Red"))),
    ("LEI01", "Visits to leisure centres", "Leisure and Culture", "Number",
     ((201344, 201344, 195000, "Green"), (214908, 416252, 400000, "Green"),
      (187215, 603467, 600000, "Green"))),
    ("PLA01", "Major planning applications determined within 13 weeks or agreed time", "Planning",
     "%", ((75.0, 75.0, 70, "Green"), (100.0, 88.9, 70, "Green"), (66.7, 80.0, 70, "Green"))),
    ("REV01", "Council tax collected", "Revenues and Benefits", "%",
     ((29.1, 29.1, 29.0, "Green"), (28.4, 57.5, 57.0, "Green"), (27.9, 85.4, 85.0, "Green"))),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a Pentana (Ideagen) 'PI data' list export from a borough council.

    Chelmsford-style export of the corporate indicators for 2024/25 to the
    end of Quarter 3: a title and an 'Exported' line above a long table with
    one row per indicator per quarter, sorted by code: Code, Indicator,
    Service, 'Financial year' (2024/25), 'Quarter' (Q1, Q2, Q3), Unit,
    'In quarter', 'Year to date', 'YTD target' and a Status word. Two notes
    under the table say the year to date runs from 1 April to the end of the
    quarter and that the status compares the year-to-date figure with the
    year-to-date target. Temporary accommodation is a quarter-end count with
    no year to date, no target and no status; the recycling rate for Q3 is
    'Not available', its year to date blank.

    A careful reader places each 'In quarter' figure on its quarter and each
    'Year to date' figure on the span it covers: Q1 itself, the half year
    H1 2024/25 at Q2, April to December 2024 at Q3. At Q1 the two are the
    same figure for the same span, read once. The YTD target and the status
    belong to the year-to-date figure (so at Q1 to the Q1 figure); the
    in-quarter figures of Q2 and Q3 have no target or rating of their own.
    'Not available' is the recycling rate's Q3 text, with no target. Units
    come from the Unit column; no polarity is stated.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Chelmsford City Council \u2013 Corporate performance indicators 2024/25")
    sheet["A2"] = "Exported from Pentana Performance on 21/01/2025 09:14 by Performance Team"
    sheet["A2"].font = Font(italic=True, size=9)
    heads = ["Code", "Indicator", "Service", "Financial year", "Quarter", "Unit",
             "In quarter", "Year to date", "YTD target", "Status"]  # fmt: skip
    put_row(sheet, HEAD_ROW, 1, heads)
    for col in range(1, len(heads) + 1):
        cell = sheet.cell(row=HEAD_ROW, column=col)
        cell.font = Font(bold=True, color="FFFFFFFF")
        cell.fill = HEAD_FILL
    exp = Expected([])
    row = HEAD_ROW + 1
    for code, name, service, unit, quarters in ROWS:
        assert isinstance(quarters, tuple)
        for quarter, (in_q, ytd, target, status) in zip(QUARTERS, quarters, strict=True):
            put_row(sheet, row, 1, [code, name, service, "2024/25", quarter, unit,
                                    in_q, ytd, target, status])  # fmt: skip
            for col in (7, 8, 9):
                if unit != "Number":
                    sheet.cell(row=row, column=col).number_format = "0.0"
                else:
                    sheet.cell(row=row, column=col).number_format = "#,##0"
            row += 1
            goal = num(target)
            rag = RAG[str(status)] if status else None
            if quarter == "Q1" and ytd is not None:
                assert ytd == in_q
                exp.observations.append(
                    Obs(str(code), str(name), "Q1 2024/25", num(ytd), None, goal, rag)
                )
                continue
            if in_q is not None:
                exp.observations.append(
                    Obs(str(code), str(name), f"{quarter} 2024/25", num(in_q), text_of(in_q))
                )
            if ytd is not None:
                exp.observations.append(
                    Obs(str(code), str(name), YTD_SPAN[quarter], num(ytd), None, goal, rag)
                )
        exp.add_meta(str(code), str(name), None, UNIT[str(unit)])
    notes = (
        "Year to date: from 1 April 2024 to the end of the quarter shown. Percentages and "
        "averages to date are for the whole period, not the sum of the quarters.",
        "Status compares the year-to-date figure with the year-to-date target (Amber: within 5%).",
        "HOU02 is a snapshot at the end of each quarter and has no year-to-date figure.",
    )
    for j, line in enumerate(notes):
        sheet.cell(row=row + 1 + j, column=1, value=line).font = Font(size=9, italic=True)
    sheet.auto_filter.ref = f"A{HEAD_ROW}:J{row - 1}"
    sheet.freeze_panes = f"A{HEAD_ROW + 1}"
    sheet.column_dimensions["B"].width = 62
    sheet.column_dimensions["C"].width = 30
    save(book, path)
    return exp
