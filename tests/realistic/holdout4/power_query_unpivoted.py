"""Power Query 'Unpivot Other Columns' output: Service, PI Code, PI Name, Unit, then Attribute and Value."""

from __future__ import annotations

from pathlib import Path

from openpyxl.worksheet.table import Table, TableStyleInfo

from tests.realistic.kit import Expected, Obs, Rag, new_book, put_row, save

RAG: dict[str, Rag] = {"Red": "red", "Amber": "amber", "Green": "green"}
UNIT = {"%": "%", "Days": "days", "Number": "number", "£": "£"}
PERIODS = ("2023/24", "Q1 2024/25", "Q2 2024/25")

# the source table's row per PI: service, code, name, unit, then per period
# (actual, target, RAG); None was a blank cell, dropped by the unpivot
SOURCE: tuple[tuple[object, ...], ...] = (
    ("Housing", "HS01", "Average days to re-let standard voids", "Days",
     (27.4, 25.0, "Amber"), (31.2, 25.0, "Red"), (26.1, 25.0, "Amber")),
    ("Housing", "HS02", "Rent collected as a % of rent due", "%",
     (98.6, 98.5, "Green"), (96.1, 97.0, "Amber"), (97.4, 97.5, "Amber")),
    ("Housing", "HS04", "Households in temporary accommodation", "Number",
     (143, None, None), (151, None, None), (164, None, None)),
    ("Housing", "HS07", "Repairs completed right first time", "%",
     (88.2, 90.0, "Amber"), (91.5, 90.0, "Green"), ("Not available", 90.0, None)),
    ("Environment", "EN01", "Household waste reused, recycled or composted", "%",
     (46.3, 48.0, "Amber"), (51.9, 50.0, "Green"), (52.6, 50.0, "Green")),
    ("Environment", "EN03", "Fly-tipping incidents removed within 3 working days", "%",
     (94.0, 95.0, "Amber"), (97.2, 95.0, "Green"), (95.8, 95.0, "Green")),
    ("Environment", "EN05", "Streets below grade B for litter", "%",
     (6.1, 5.0, "Red"), (4.2, 5.0, "Green"), (None, 5.0, None)),
    ("Resources", "RS02", "Residents satisfied with the way the council runs things (annual survey)",
     "%", (62.0, 65.0, "Amber"), None, None),
    ("Resources", "RS05", "Average days to process new Housing Benefit claims", "Days",
     (19.2, 20.0, "Green"), (22.7, 20.0, "Red"), (18.9, 20.0, "Green")),
    ("Resources", "RS09", "Sundry debt over 90 days", "£",
     (412_350, 350_000, "Red"), (389_120, 350_000, "Red"), (341_005, 350_000, "Green")),
)  # fmt: skip


def _attributes(period: str) -> tuple[str, str, str]:
    return f"{period} Actual", f"{period} Target", f"RAG {period}"


def build(path: Path) -> Expected:
    """Imitates a scorecard reshaped by Power Query into long form before publishing.

    A performance officer takes the wide scorecard ('2023/24 Actual',
    '2023/24 Target', 'RAG 2023/24', then the same for Q1 and Q2 2024/25),
    selects Service, PI Code, PI Name and Unit and chooses 'Unpivot Other
    Columns', then loads the result to a sheet as a table. Every other
    heading becomes a row's 'Attribute' and its cell the 'Value', numbers and
    RAG words in the same column; blank cells are dropped by the unpivot, so
    a measure with no target has no Target rows, and the annual survey
    measure has only its 2023/24 rows. A careful reader puts each PI's
    Actual, Target and RAG rows for a period back together as one
    observation: 'Not available' is that quarter's figure written in words,
    a Target with no Actual is no observation.
    """
    book, sheet = new_book("PI_Unpivoted")
    header = ["Service", "PI Code", "PI Name", "Unit", "Attribute", "Value"]
    put_row(sheet, 1, 1, header, bold=True)
    exp = Expected([])
    row = 2
    for service, code, name, unit, *blocks in SOURCE:
        for period, block in zip(PERIODS, blocks, strict=True):
            if block is None:
                continue
            assert isinstance(block, tuple)
            actual, target, rag = block
            for attribute, value in zip(_attributes(period), block, strict=True):
                if value is None:
                    continue
                put_row(sheet, row, 1, [service, code, name, unit, attribute, value])
                row += 1
            if actual is None:
                continue
            exp.observations.append(
                Obs(
                    str(code),
                    str(name),
                    period,
                    float(actual) if isinstance(actual, int | float) else None,
                    None if isinstance(actual, int | float) else str(actual),
                    None if target is None else float(target),
                    None if rag is None else RAG[rag],
                )
            )
        exp.add_meta(str(code), str(name), None, UNIT[str(unit)])
    table = Table(displayName="PI_Unpivoted", ref=f"A1:F{row - 1}")
    table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    sheet.add_table(table)
    sheet.column_dimensions["C"].width = 52
    sheet.column_dimensions["E"].width = 20
    save(book, path)
    return exp
