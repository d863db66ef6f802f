"""An exceptions report whose last column says when each measure should be back on track."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from tests.realistic.kit import (
    AMBER_FILL,
    GREEN_FILL,
    RED_FILL,
    Expected,
    Obs,
    Rag,
    fill,
    new_book,
    save,
    title,
)

SHEET = "Exceptions Q3"
PERIODS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
RAG_FILL = {"Green": GREEN_FILL, "Amber": AMBER_FILL, "Red": RED_FILL}
HEAD = PatternFill(fill_type="solid", start_color="FF00594F", end_color="FF00594F")
BAND = PatternFill(fill_type="solid", start_color="FFE2EFDA", end_color="FFE2EFDA")
THIN = Side(style="thin", color="FFA6A6A6")

# Each table: its band title, the heading of its last column, and rows. A 1-tuple is a
# service row. Otherwise: ref, measure, unit, Q1, Q2, Q3, target, RAG, reason, action,
# recovery (a datetime, or text as typed).
Table = tuple[str, str, tuple[tuple[object, ...], ...]]
TABLES: tuple[Table, ...] = (
    (
        "Section A \u2013 Red measures (more than 10% away from target)",
        "Expected recovery date",
        (
            ("Resources",),
            (
                "RES03",
                "Council tax collected in year (cumulative)",
                "%",
                28.1,
                55.4,
                81.9,
                84.5,
                "Red",
                "Cost of living; more payment arrangements over 12 months.",
                "Extra recovery court date; targeted reminders.",
                datetime(2025, 3, 31),
            ),
            (
                "RES07",
                "Invoices paid within 30 days",
                "%",
                86.2,
                84.7,
                79.3,
                95.0,
                "Red",
                "Finance system upgrade in October held invoices.",
                "Backlog team in place until January.",
                "31/03/2025",
            ),
            (
                "RES11",
                "Average working days lost to sickness per FTE (rolling 12 months)",
                "Days",
                10.4,
                10.9,
                11.6,
                9.5,
                "Red",
                "Long-term absence in waste and street scene.",
                "Occupational health pilot; managers' attendance training.",
                "Q4 2024/25",
            ),
            ("Housing and Communities",),
            (
                "HC02",
                "Households in temporary accommodation (at quarter end)",
                "No.",
                168,
                181,
                203,
                150,
                "Red",
                "Rising evictions from the private rented sector.",
                "Leasing scheme for 40 homes; prevention fund increased.",
                "Not expected in 2024/25",
            ),
            (
                "HC05",
                "Average days to re-let standard council homes",
                "Days",
                38.2,
                41.5,
                44.8,
                28.0,
                "Red",
                "Voids contractor capacity; damp and mould works.",
                "Second voids contractor from 6 January.",
                "Q1 2025/26",
            ),
            (
                "HC09",
                "Disabled Facilities Grants completed within 26 weeks of approval",
                "%",
                "n/a",
                52.0,
                58.3,
                75.0,
                "Red",
                "Q1 not reported \u2013 new case system. Shortage of occupational therapists.",
                "Agency OT for 6 months.",
                datetime(2025, 6, 30),
            ),
            ("Environment",),
            (
                "ENV04",
                "Missed bin collections per 100,000 collections",
                "No.",
                62.0,
                71.4,
                88.9,
                60.0,
                "Red",
                "Round re-design went live in November.",
                "Crew briefings; in-cab technology fixes.",
                "End of January 2025",
            ),
        ),
    ),
    (
        "Section B \u2013 Amber measures (within 10% of target)",
        "Back on track by",
        (
            ("Resources",),
            (
                "RES02",
                "Business rates collected in year (cumulative)",
                "%",
                29.6,
                56.2,
                83.1,
                85.0,
                "Amber",
                "Two large hereditaments in administration.",
                "Working with the administrators.",
                "31 March 2025",
            ),
            (
                "RES09",
                "Freedom of Information requests answered within 20 working days",
                "%",
                88.0,
                91.2,
                86.5,
                90.0,
                "Amber",
                "High volume in December.",
                "None needed.",
                "Q4 2024/25",
            ),
            ("Housing and Communities",),
            (
                "HC01",
                "Homelessness cases prevented or relieved",
                "No.",
                142,
                151,
                139,
                150,
                "Amber",
                None,
                "Prevention officer vacancy filled.",
                datetime(2025, 3, 31),
            ),
            (
                "HC07",
                "Council homes meeting the Decent Homes Standard",
                "%",
                91.4,
                91.9,
                92.3,
                95.0,
                "Amber",
                "Programme back-loaded to Q4.",
                None,
                "TBC",
            ),
            ("Environment",),
            (
                "ENV01",
                "Household waste sent for reuse, recycling and composting",
                "%",
                47.9,
                48.6,
                None,
                50.0,
                "Amber",
                "Q3 not yet validated by WasteDataFlow; rated on Q2.",
                "Food waste campaign.",
                "Q4 2024/25",
            ),
            (
                "ENV06",
                "Fly-tips removed within 2 working days",
                "%",
                93.1,
                90.4,
                88.2,
                95.0,
                "Amber",
                "Vehicle off the road in October.",
                "Replacement vehicle leased.",
                datetime(2025, 2, 28),
            ),
            (
                "ENV08",
                "Food premises rated 4 or 5 (Food Hygiene Rating Scheme)",
                "%",
                91.0,
                None,
                90.2,
                92.0,
                "Amber",
                "Q2 not extracted.",
                "Revisits prioritised.",
                "Achieved in January",
            ),
        ),
    ),
)


def build(path: Path) -> Expected:
    """Imitates a district council's quarterly performance exceptions report to scrutiny.

    The kind of exceptions report a district's performance officer attaches
    to the Overview and Scrutiny Committee agenda at Quarter 3: only the
    measures off target, in two tables on one sheet ('Section A \u2013 Red
    measures' and 'Section B \u2013 Amber measures'), each with its own
    heading row: Ref, Measure, Unit, 'Q1 2024/25'..'Q3 2024/25', 'Target
    2024/25', a filled 'RAG' word, 'Reason', 'Action being taken', and a
    last column headed 'Expected recovery date' in the first table and
    'Back on track by' in the second. That column holds real dates
    (31/03/2025), the same date typed as text, periods ('Q4 2024/25', 'Q1
    2025/26'), and words ('Not expected in 2024/25', 'TBC', 'Achieved in
    January').

    A careful reader takes each quarter's figure with the 2024/25 target,
    and the RAG on the row's latest figure; the recovery column is a
    forecast date, not a period or a figure, and gives no observation. The
    recycling row's Q3 is blank, so its rating goes on Q2 (the row says so).
    Grants' Q1 is 'n/a'; food hygiene's Q2 is blank. Units from the Unit
    column; no polarity is stated.
    """
    book, sheet = new_book(SHEET)
    title(sheet, "A1", "Performance Exceptions Report \u2013 Quarter 3 2024/25")
    sheet["A2"] = (
        "Overview and Scrutiny Committee, 20 February 2025. Measures on target (Green) are not "
        "listed; see the full dashboard on the intranet."
    )
    sheet["A2"].font = Font(italic=True)
    exp = Expected([])
    row = 4
    ncol = 11
    units = {"%": "%", "No.": "number", "Days": "days"}
    for band, last_head, rows in TABLES:
        sheet.cell(row=row, column=1, value=band).font = Font(bold=True, size=12)
        row += 1
        heads = ["Ref", "Measure", "Unit", *PERIODS, "Target 2024/25", "RAG", "Reason",
                 "Action being taken", last_head]  # fmt: skip
        for col, text in enumerate(heads, start=1):
            cell = sheet.cell(row=row, column=col, value=text)
            cell.fill = HEAD
            cell.font = Font(bold=True, color="FFFFFFFF")
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        row += 1
        for spec in rows:
            if len(spec) == 1:
                sheet.cell(row=row, column=1, value=spec[0]).font = Font(bold=True)
                for col in range(1, ncol + 1):
                    sheet.cell(row=row, column=col).fill = BAND
                row += 1
                continue
            ref, name, unit, *figures, target, rag, _reason, _action, recovery = spec
            for col, value in enumerate(spec, start=1):
                if value is None:
                    continue
                cell = sheet.cell(row=row, column=col, value=value)
                cell.border = Border(bottom=THIN)
                if 4 <= col <= 7 and isinstance(value, int | float):
                    cell.number_format = "#,##0" if isinstance(value, int) else "0.0"
                if col >= 9:
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
            if isinstance(recovery, datetime):
                sheet.cell(row=row, column=11).number_format = "dd/mm/yyyy"
            fill(sheet, f"H{row}", RAG_FILL[str(rag)])
            given = [(p, v) for p, v in zip(PERIODS, figures, strict=True) if v is not None]
            for k, (period, value) in enumerate(given):
                latest = k == len(given) - 1
                exp.observations.append(
                    Obs(
                        str(ref),
                        str(name),
                        period,
                        float(value) if isinstance(value, int | float) else None,
                        None if isinstance(value, int | float) else str(value),
                        float(target) if isinstance(target, int | float) else None,
                        RAG[str(rag)] if latest else None,
                    )
                )
            exp.add_meta(str(ref), str(name), None, units[str(unit)])
            row += 1
        row += 1
    notes = (
        "Expected recovery date / Back on track by: the service's own forecast of when the "
        "measure will be back on target.",
        "RAG compares the latest quarter with the 2024/25 target: Red more than 10% away, "
        "Amber within 10%.",
    )
    for j, line in enumerate(notes, start=row):
        sheet.cell(row=j, column=1, value=line).font = Font(size=9, italic=True)
    widths = {"A": 8, "B": 52, "C": 7, "D": 10, "E": 10, "F": 10, "G": 10, "H": 8, "I": 40,
              "J": 36, "K": 16}  # fmt: skip
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    save(book, path)
    return exp
