"""Benchmarking table: the council's value, 'Rank (of 16)', 'Quartile', neighbours' average and England, two years."""

from __future__ import annotations

from pathlib import Path

from tests.realistic.kit import Expected, Obs, merge, new_book, put_row, save, title

YEARS = ("2022/23", "2023/24")
COUNCIL = "Bedford Borough"

# ref, indicator, per year (council value, rank of 16, quartile, nearest neighbours average, England)
ROWS: tuple[tuple[object, ...], ...] = (
    ("BM01", "Adults aged 65+ whose long-term support needs were met by admission to residential and nursing care homes, per 100,000",
     ((612.4, 9, 3, 598.0, 560.8), (574.1, 7, 2, 590.3, 566.0))),
    ("BM02", "Older people still at home 91 days after discharge from hospital into reablement (%)",
     ((81.2, 10, 3, 82.5, 82.3), (84.0, 6, 2, 82.9, 83.8))),
    ("BM03", "Children looked after per 10,000 children aged under 18",
     ((68.0, 8, 2, 70.1, 71.0), (71.0, 9, 3, 71.8, 70.0))),
    ("BM04", "Referrals to children's social care within 12 months of a previous referral (%)",
     ((24.1, 13, 4, 21.0, 21.5), (22.0, 11, 3, 21.3, 22.4))),
    ("BM05", "Household waste sent for reuse, recycling and composting (%)",
     ((45.3, 6, 2, 42.1, 41.7), (46.0, 5, 2, 42.4, None))),
    ("BM06", "Major planning applications decided within 13 weeks or agreed time (%)",
     ((92.0, 7, 2, 88.4, 88.0), (95.0, 3, 1, 89.0, 89.0))),
    ("BM07", "Council tax collected in year (%)",
     ((95.6, 12, 3, 96.0, 95.9), (95.9, 11, 3, 96.1, 95.8))),
    ("BM08", "Households in temporary accommodation per 1,000 households",
     ((2.1, 4, 1, 3.0, 4.4), (2.6, 5, 2, 3.3, 4.6))),
)  # fmt: skip

SUB = (COUNCIL, "Rank (of 16)", "Quartile", "Nearest neighbours average", "England")


def build(path: Path) -> Expected:
    """Imitates a benchmarking appendix against CIPFA nearest neighbours.

    Councils benchmark themselves against their 15 CIPFA nearest neighbours
    and England: per year, the council's own value, its rank among the 16
    (1 = best), the quartile it falls in (1 = best quarter), the neighbours'
    average and the England figure, the year merged over its five columns.
    A careful reader takes only the council's values as its observations;
    the rank and quartile are positions, not figures of the measure, and the
    neighbours' average and England are comparators. England's 2023/24
    recycling rate was not yet published (blank).
    """
    book, sheet = new_book("Benchmarking")
    title(sheet, "A1", f"{COUNCIL} Council - Benchmarking against CIPFA nearest neighbours")
    sheet["A2"] = (
        "Sources: ASCOF, DfE children in need and looked after, Defra, DLUHC. Latest published data."
    )
    merge(sheet, "C4:G4", YEARS[0])
    merge(sheet, "H4:L4", YEARS[1])
    put_row(sheet, 5, 1, ["Ref", "Indicator", *SUB, *SUB], bold=True)
    exp = Expected([])
    for i, (ref, name, years) in enumerate(ROWS):
        assert isinstance(years, tuple)
        put_row(sheet, 6 + i, 1, [ref, name, *years[0], *years[1]])
        for label, values in zip(YEARS, years, strict=True):
            exp.observations.append(Obs(str(ref), str(name), label, float(values[0])))
    foot = 6 + len(ROWS) + 1
    sheet.cell(
        row=foot,
        column=1,
        value="Rank: 1 = best of the 16 councils in the group. Quartile: 1 = best 25%.",
    )
    sheet.column_dimensions["B"].width = 70
    save(book, path)
    return exp
