"""A scorecard wholly in Welsh: headings, names, 'Chwarter 1 2024-25' and Coch/Ambr/Gwyrdd."""

from __future__ import annotations

from pathlib import Path

from tests.realistic.kit import Expected, Obs, Rag, new_book, put_row, save, title

STATWS: dict[str, Rag] = {"Coch": "red", "Ambr": "amber", "Gwyrdd": "green"}

CHWARTERI = ("Chwarter 1 2024-25", "Chwarter 2 2024-25")
LABELS = ("Q1 2024/25", "Q2 2024/25")

# cyfeirnod, dangosydd, targed, Ch1, Ch2, statws, tueddiad
ROWS: tuple[tuple[object, ...], ...] = (
    ("PAM/001", "Nifer y diwrnodau gwaith a gollwyd oherwydd salwch fesul gweithiwr", 10.0, 2.8, 2.4, "Gwyrdd", "Gwella"),
    ("PAM/013", "Canran yr anheddau sector preifat gwag a ddygwyd yn \u00f4l i ddefnydd", 8.0, 2.1, 3.9, "Ambr", "Gwella"),
    ("PAM/020", "Canran y ffyrdd A sydd mewn cyflwr gwael", 4.0, 4.6, 4.8, "Coch", "Dirywio"),
    ("PAM/029", "Canran y plant sy'n derbyn gofal a gafodd 3 neu fwy o leoliadau", 9.0, 8.1, 8.1, "Gwyrdd", "Sefydlog"),
    ("CH/07", "Canran y galwadau i'r ganolfan gyswllt a atebwyd o fewn 20 eiliad", 80.0, 76.3, 72.5, "Coch", "Dirywio"),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a Welsh-medium council's scorecard published in Welsh only.

    Councils whose working language is Welsh publish some committee papers in
    Welsh alone: 'Cyfeirnod' (reference), 'Dangosydd' (indicator), 'Targed',
    'Chwarter 1 2024-25' (quarter 1), 'Statws' with Coch / Ambr / Gwyrdd (red
    / amber / green) and 'Tueddiad' (trend) with Gwella / Dirywio / Sefydlog
    (improving / declining / steady). The status is the latest quarter's.
    """
    book, sheet = new_book("Cerdyn Sgorio")
    title(sheet, "A1", "Adroddiad Perfformiad Chwarterol - Pwyllgor Craffu Corfforaethol")
    header = ["Cyfeirnod", "Dangosydd", "Targed", *CHWARTERI, "Statws", "Tueddiad"]
    put_row(sheet, 3, 1, header, bold=True)
    exp = Expected([])
    for i, (ref, name, target, q1, q2, statws, trend) in enumerate(ROWS):
        put_row(sheet, 4 + i, 1, [ref, name, target, q1, q2, statws, trend])
        t = float(str(target))
        exp.observations += [
            Obs(str(ref), str(name), LABELS[0], float(str(q1)), None, t),
            Obs(str(ref), str(name), LABELS[1], float(str(q2)), None, t, STATWS[str(statws)]),
        ]
    sheet.column_dimensions["B"].width = 70
    save(book, path)
    return exp
