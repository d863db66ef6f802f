"""Welsh bilingual scorecard: 'Cyfeirnod / Ref' headings, PAM codes, 'Chwarter 1' quarters."""

from __future__ import annotations

from pathlib import Path

from tests.realistic.kit import Expected, Obs, Rag, new_book, put_row, save, title

STATUS: dict[str, Rag] = {"Coch / Red": "red", "Ambr / Amber": "amber", "Gwyrdd / Green": "green"}

# PAM code, name (bilingual), target, Q1, Q2, status
ROWS: tuple[tuple[object, ...], ...] = (
    ("PAM/012", "Canran yr aelwydydd yr ataliwyd digartrefedd / Percentage of households for which homelessness was prevented",
     65.0, 61.2, 67.8, "Gwyrdd / Green"),
    ("PAM/015", "Nifer cyfartalog y dyddiau i gyflwyno Grant Cyfleusterau i'r Anabl / Average days to deliver a Disabled Facilities Grant",
     190.0, 221.0, 208.0, "Coch / Red"),
    ("PAM/030", "Canran y gwastraff a ailddefnyddiwyd, a ailgylchwyd neu a gompostiwyd / Percentage of waste reused, recycled or composted",
     64.0, 63.1, 62.7, "Ambr / Amber"),
    ("PAM/035", "Nifer cyfartalog y dyddiau i glirio tipio anghyfreithlon / Average days to clear fly-tipping incidents",
     3.0, 2.4, 2.8, "Gwyrdd / Green"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a Welsh council's bilingual quarterly scorecard (PAM measures).

    Welsh councils publish Public Accountability Measures (PAM/0xx) with every
    heading in Welsh then English ('Cyfeirnod / Ref', 'Dangosydd / Indicator',
    'Targed / Target', 'Chwarter 1 / Quarter 1', 'Statws / Status'), indicator
    names in both languages, and status words in both ('Gwyrdd / Green'). The
    financial year is given once, in the title.
    """
    book, sheet = new_book("Cerdyn Sgorio")
    title(sheet, "A1", "Cerdyn Sgorio Perfformiad / Performance Scorecard 2024-25")
    header = ["Cyfeirnod / Ref", "Dangosydd / Indicator", "Targed / Target",
              "Chwarter 1 / Quarter 1", "Chwarter 2 / Quarter 2", "Statws / Status"]  # fmt: skip
    put_row(sheet, 3, 1, header, bold=True)
    exp = Expected([])
    for i, (code, name, target, q1, q2, status) in enumerate(ROWS):
        put_row(sheet, 4 + i, 1, [code, name, target, q1, q2, status])
        t = float(str(target))
        exp.observations.append(Obs(str(code), str(name), "Q1 2024/25", float(str(q1)), None, t))
        exp.observations.append(
            Obs(str(code), str(name), "Q2 2024/25", float(str(q2)), None, t, STATUS[str(status)])
        )
    save(book, path)
    return exp
