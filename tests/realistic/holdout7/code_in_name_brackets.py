"""No code column: each measure's code is typed in its name cell, '(HSG 04)' after it or '[RB/02]' before it."""

from __future__ import annotations

from pathlib import Path

from tests.realistic.kit import Expected, Rag, fill, new_book, observed, put_row, save, title

RAG: dict[str, Rag] = {"Green": "green", "Amber": "amber", "Red": "red"}
FILLS = {"Green": "FF92D050", "Amber": "FFFFC000", "Red": "FFFF0000"}
QUARTERS = ("Q1 2024/25", "Q2 2024/25", "Q3 2024/25")
HEADINGS = ("Q1 24/25", "Q2 24/25", "Q3 24/25")

# name cell as typed, code a reader takes, name without the code, Q1, Q2, Q3, target, status
ROWS: tuple[tuple[object, ...], ...] = (
    ("Rent collected as % of rent due (HSG 04)", "HSG 04", "Rent collected as % of rent due",
     96.9, 97.8, 98.3, 98.0, "Green"),
    ("Former tenant arrears written off (£) (HSG 07)", "HSG 07", "Former tenant arrears written off (£)",
     18240.0, 22910.0, 31475.0, 25000.0, "Red"),
    ("Average days to re-let a council home (HSG 11)", "HSG 11", "Average days to re-let a council home",
     44.0, 39.0, 36.0, 35.0, "Amber"),
    ("[RB/01] Council Tax collected in year (%)", "RB/01", "Council Tax collected in year (%)",
     29.4, 57.1, 84.6, 85.0, "Amber"),
    ("[RB/02] Business rates collected in year (%)", "RB/02", "Business rates collected in year (%)",
     31.2, 58.8, 86.9, 86.0, "Green"),
    ("[RB/05] Average days to process new Housing Benefit claims", "RB/05",
     "Average days to process new Housing Benefit claims", 19.6, 17.2, 16.8, 18.0, "Green"),
    ("Households in temporary accommodation at quarter end (HOM 2)", "HOM 2",
     "Households in temporary accommodation at quarter end", 87.0, 94.0, 101.0, 80.0, "Red"),
    ("Homelessness cases prevented or relieved (%) (HOM 5)", "HOM 5",
     "Homelessness cases prevented or relieved (%)", 62.0, 58.5, 64.1, 60.0, "Green"),
    ("Disabled adaptations completed within 26 weeks (%)", None,
     "Disabled adaptations completed within 26 weeks (%)", 71.0, 76.0, 69.0, 75.0, "Amber"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a district council housing and revenues quarterly report with no code column.

    The report has only 'Performance measure', three quarter columns, the
    target and a status. Officers keep the measure code in the name cell,
    the way the service plan lists them: some after the name in round
    brackets ('Rent collected as % of rent due (HSG 04)'), some before it in
    square brackets ('[RB/01] Council Tax collected in year (%)'), some after
    a unit in brackets. One newer measure has no code yet. A careful reader
    takes the bracketed code as the measure's code, as written, and the rest
    of the cell as its name; a unit in brackets ('(%)', '(£)') is part of the
    name, not a code.
    """
    book, sheet = new_book("Housing & Revenues")
    title(
        sheet, "A1", "Broxtowe Borough Council - Housing and Revenues Quarterly Performance 2024/25"
    )
    sheet["A2"] = "Report to Housing and Communities Overview and Scrutiny Panel, February 2025"
    put_row(sheet, 4, 1, ["Performance measure", *HEADINGS, "Target", "Status"], bold=True)
    exp = Expected([])
    for i, (typed, code, name, q1, q2, q3, target, status) in enumerate(ROWS):
        row = 5 + i
        put_row(sheet, row, 1, [typed, q1, q2, q3, target, status])
        fill(sheet, f"F{row}", FILLS[str(status)])
        exp.observations += observed(
            None if code is None else str(code), str(name), QUARTERS, (q1, q2, q3),
            float(str(target)), RAG[str(status)],
        )  # fmt: skip
    foot = 5 + len(ROWS) + 1
    sheet.cell(
        row=foot,
        column=1,
        value="Council Tax and business rates are cumulative collection to the quarter end.",
    )
    sheet.cell(
        row=foot + 1,
        column=1,
        value="Measure codes are those used in the Housing and Revenues service plan 2024-27.",
    )
    sheet.column_dimensions["A"].width = 70
    save(book, path)
    return exp
