"""Open-data table with a flag column beside each figure (p, r, e, c, ':') and the flag key below."""

from __future__ import annotations

from pathlib import Path

from tests.realistic.kit import Expected, Obs, new_book, put_row, save, title

HEADINGS = ("2020-21", "2021-22", "2022-23", "2023-24")
LABELS = ("2020/21", "2021/22", "2022/23", "2023/24")
MARKERS = ("c", ":")  # flags that stand instead of a figure (the value cell is blank)

# code, indicator, (value, flag) per year
ROWS: tuple[tuple[object, ...], ...] = (
    ("HOU-01", "Net additional dwellings", ((412, ""), (538, ""), (497, "r"), (361, "p"))),
    ("HOU-02", "Affordable homes delivered", ((118, ""), (164, "r"), (139, ""), (102, "p"))),
    ("HOU-03", "Households owed a prevention or relief duty", ((1184, ""), (1260, ""), (1392, "r"), (1455, "p"))),
    ("HOU-04", "Rough sleepers counted on a single night in autumn", ((9, ""), (None, "c"), (14, ""), (17, ""))),
    ("HOU-05", "Vacant dwellings, long-term (6 months or more)", ((873, "e"), (901, ""), (944, ""), (None, ":"))),
    ("HOU-06", "Additional licensed houses in multiple occupation", ((None, ":"), (46, ""), (52, ""), (61, "p"))),
    ("HOU-07", "Disabled facilities grants completed", ((142, ""), (171, ""), (188, "r"), (203, "e"))),
    ("HOU-08", "Families with children in bed and breakfast for more than 6 weeks (at 31 March)", ((None, "c"), (7, ""), (11, "r"), (6, "p"))),
)  # fmt: skip

KEY = (
    "Flags:",
    "p = provisional",
    "r = revised since first published",
    "e = estimate",
    "c = confidential (suppressed to protect individuals; fewer than 5 or disclosive)",
    ": = not available",
)


def build(path: Path) -> Expected:
    """Imitates an open-data housing table published with a flag beside each figure.

    Statistical tables on open-data portals (following the Eurostat and ONS
    habit) give every figure a 'Flag' column of its own rather than marking
    the figure itself: 'p' provisional, 'r' revised, 'e' estimate, and for a
    figure not shown 'c' (confidential: suppressed, its value cell left
    blank) or ':' (not available); the key is printed under the table. A
    careful reader takes each figure as it stands, whatever its flag (a
    provisional or estimated figure is still the figure), and where the
    value cell is blank but flagged 'c' or ':' takes what stood for the
    figure, the flag, with no number. Years headed '2020-21' are financial
    years. No targets: this is official statistics, not a scorecard.
    """
    book, sheet = new_book("Table 1")
    title(sheet, "A1", "Table 1: Housing supply and homelessness indicators, Borough of Basildon")
    sheet["A2"] = "Financial years. Source: council returns to DLUHC; local monitoring."
    header: list[object] = ["Indicator code", "Indicator"]
    for heading in HEADINGS:
        header += [heading, "Flag"]
    put_row(sheet, 4, 1, header, bold=True)
    exp = Expected([])
    for i, (code, name, cells) in enumerate(ROWS):
        assert isinstance(cells, tuple)
        values: list[object] = [code, name]
        for label, (value, flag) in zip(LABELS, cells, strict=True):
            values += [value, flag or None]
            if value is not None:
                exp.observations.append(Obs(str(code), str(name), label, float(value)))
            elif flag in MARKERS:
                exp.observations.append(Obs(str(code), str(name), label, None, str(flag)))
        put_row(sheet, 5 + i, 1, values)
    foot = 6 + len(ROWS)
    for j, line in enumerate(KEY):
        sheet.cell(row=foot + j, column=1, value=line)
    sheet.column_dimensions["B"].width = 55
    save(book, path)
    return exp
