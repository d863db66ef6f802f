"""Calendar quarters headed '2023 Q3' .. '2024 Q2', a note saying Q1 is January to March."""

from __future__ import annotations

from pathlib import Path

from tests.realistic.kit import Expected, Obs, new_book, put_row, save, title

HEADINGS = ("2023 Q3", "2023 Q4", "2024 Q1", "2024 Q2")
# each calendar quarter's three months are a financial quarter, named as the app names it
LABELS = ("Q2 2023/24", "Q3 2023/24", "Q4 2023/24", "Q1 2024/25")

# theme -> rows of (measure, four quarters, change on the same quarter last year)
SECTIONS: tuple[tuple[str, tuple[tuple[object, ...], ...]], ...] = (
    ("Crime", (
        ("All police recorded crime", (6412.0, 6189.0, 5977.0, 6304.0), "-3.1%"),
        ("Violence against the person", (2531.0, 2470.0, 2388.0, 2502.0), "-1.8%"),
        ("Residential burglary", (318.0, 372.0, 301.0, 264.0), "-12.6%"),
        ("Knife crime offences", (61.0, 58.0, 49.0, 55.0), "+7.8%"),
    )),
    ("Domestic abuse and anti-social behaviour", (
        ("Domestic abuse incidents and crimes reported to police", (1388.0, 1452.0, 1367.0, 1420.0), "+2.2%"),
        ("Anti-social behaviour incidents reported to police", (2274.0, 1561.0, 1402.0, 2118.0), "-8.4%"),
    )),
    ("Health and fire", (
        ("Hospital admissions for alcohol-specific conditions", (412.0, 446.0, 398.0, None), "n/a"),
        ("Deliberate fires attended", (197.0, 88.0, 104.0, 163.0), "-5.2%"),
    )),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a community safety partnership's quarterly performance summary.

    Community safety partnerships work from police and health data published
    by calendar quarter, and their tables keep the police's headings: '2023
    Q3' .. '2024 Q2', with a note under the title that the quarters are
    calendar quarters (Q1 = January to March). A careful reader follows the
    note: '2024 Q1' is January to March 2024, not the council's Q1 2024/25
    (April to June). Each calendar quarter is the same three months as a
    financial quarter and is labelled as the app labels that span: '2023 Q3'
    is Q2 2023/24, '2024 Q1' is Q4 2023/24 and '2024 Q2' is Q1 2024/25. The
    counts have no targets; the 'Change on same quarter last year' column is
    a derived percentage, not a figure for any period. The latest hospital
    admissions quarter is not yet published and is left blank (no
    observation); theme rows are headings.
    """
    book, sheet = new_book("CSP quarterly")
    title(sheet, "A1", "Safer Stockton Partnership - Quarterly Performance Summary")
    sheet["A2"] = (
        "Quarters are calendar quarters (Q1 = January to March, Q2 = April to June, "
        "Q3 = July to September, Q4 = October to December)."
    )
    sheet["A3"] = (
        "Sources: Cleveland Police; hospital episode statistics (OHID); fire service incident recording system."
    )
    put_row(sheet, 5, 1, ["Measure", *HEADINGS, "Change on same quarter last year"], bold=True)
    exp = Expected([])
    row = 6
    for theme, rows in SECTIONS:
        put_row(sheet, row, 1, [theme], bold=True)
        row += 1
        for name, values, change in rows:
            assert isinstance(values, tuple)
            put_row(sheet, row, 1, [name, *values, change])
            for label, value in zip(LABELS, values, strict=True):
                if value is not None:
                    exp.observations.append(Obs(None, str(name), label, float(value)))
            row += 1
    sheet.cell(row=row + 1, column=1, value="2024 Q2 hospital admissions not yet published.")
    sheet.column_dimensions["A"].width = 58
    sheet.column_dimensions["F"].width = 18
    save(book, path)
    return exp
