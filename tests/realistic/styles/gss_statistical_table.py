"""Government statistics release table: cover/contents/notes sheets, [note N] markers, [x] and [c] shorthand."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from tests.realistic.kit import BOLD, Expected, Obs, put_row, save

AREA = "Reading"
QUARTERS = (("Apr to Jun 2024", "Q1 2024/25"), ("Jul to Sep 2024", "Q2 2024/25"))

# LA code, LA name, [prevention duties owed Q1, Q2], [relief duties owed Q1, Q2]
AREAS: tuple[tuple[object, ...], ...] = (
    ("E92000001", "England", (35120, 36440), (40318, 41002)),
    ("E06000036", "Bracknell Forest", (61, 70), (58, 66)),
    ("E06000038", AREA, (212, "[x]"), (187, 201)),
    ("E06000039", "Slough", (198, 204), ("[c]", 233)),
    ("E06000040", "Windsor and Maidenhead", (77, 81), (69, 74)),
    ("E06000041", "Wokingham", (64, 59), (51, 57)),
)  # fmt: skip

MEASURES = ("Households owed a prevention duty", "Households owed a relief duty")


def build(path: Path) -> Expected:
    """Imitates a statistics release table built to the GSS accessible-spreadsheet standard.

    Official statistics spreadsheets (homelessness, waste, planning) follow
    the Government Statistical Service guidance: a cover sheet, a contents
    sheet, a notes sheet, then tables whose title is in A1, whose headings
    carry '[note 3]' markers, and where shorthand replaces figures: '[x]'
    not available, '[c]' confidential (suppressed). One row per local
    authority, England first. The reading is for --area Reading; the
    shorthand is kept as text.
    """
    book = Workbook()
    cover = book.active
    assert cover is not None
    cover.title = "Cover_sheet"
    cover["A1"] = (
        "Statutory homelessness: detailed local authority-level tables, April to September 2024"
    )
    cover["A1"].font = BOLD
    cover["A3"] = "These tables are official statistics."
    contents = book.create_sheet("Contents")
    put_row(contents, 1, 1, ["Sheet name", "Table title"], bold=True)
    put_row(
        contents,
        2,
        1,
        ["Table_1", "Households owed a prevention or relief duty by local authority"],
    )
    notes = book.create_sheet("Notes")
    put_row(notes, 1, 1, ["Note number", "Note text"], bold=True)
    put_row(
        notes,
        2,
        1,
        ["note 1", "[x] = not available: the authority did not submit a complete return."],
    )
    put_row(notes, 3, 1, ["note 2", "[c] = confidential: fewer than 5 households, suppressed."])
    put_row(notes, 4, 1, ["note 3", "Figures for the latest quarter are provisional."])
    sheet = book.create_sheet("Table_1")
    sheet["A1"] = (
        "Table 1: Households owed a prevention or relief duty, by local authority [note 1] [note 2]"
    )
    sheet["A1"].font = BOLD
    sheet["A2"] = (
        "This worksheet contains one table. Some cells refer to notes, found on the Notes worksheet."
    )
    header = ["Local authority code", "Local authority name"]
    for measure in MEASURES:
        for heading, _ in QUARTERS:
            note = " [note 3]" if heading.startswith("Jul") else ""
            header.append(f"{measure}: {heading}{note}")
    put_row(sheet, 4, 1, header, bold=True)
    exp = Expected([])
    for r, (code, name, prevention, relief) in enumerate(AREAS):
        assert isinstance(prevention, tuple) and isinstance(relief, tuple)
        put_row(sheet, 5 + r, 1, [code, name, *prevention, *relief])
        if name != AREA:
            continue
        for measure, values in zip(MEASURES, (prevention, relief), strict=True):
            for (_, label), value in zip(QUARTERS, values, strict=True):
                number = float(value) if isinstance(value, int) else None
                exp.observations.append(
                    Obs(None, measure, label, number, None if number is not None else str(value))
                )
    save(book, path)
    return exp
