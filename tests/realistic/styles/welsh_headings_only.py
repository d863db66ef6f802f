"""Welsh-only scorecard: 'Chwarter 1 2024/25' merged over Gwirioneddol/Targed, Uned, Statws Gwyrdd/Ambr/Coch, Sylwadau."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Font

from tests.realistic.kit import Expected, Obs, Rag, merge, new_book, num, put_row, save, title

STATUS: dict[str, Rag] = {"Gwyrdd": "green", "Ambr": "amber", "Coch": "red"}
UNIT = {"%": "%", "Dyddiau": "days", "Nifer": "number"}
QUARTERS = ("Q1 2024/25", "Q2 2024/25")

# cyf., dangosydd, uned, (Ch1 gwirioneddol, Ch1 targed), (Ch2 gwirioneddol, Ch2 targed), statws, sylwadau
ROWS: tuple[tuple[object, ...], ...] = (
    ("PAM/001", "Nifer y diwrnodau gwaith a gollwyd oherwydd absenoldeb salwch fesul gweithiwr cyfwerth ag amser llawn",
     "Dyddiau", (2.6, 2.5), (2.4, 2.5), "Gwyrdd", "Gostyngiad mewn absenoldeb tymor hir."),
    ("PAM/012", "Canran yr aelwydydd y llwyddwyd i'w hatal rhag bod yn ddigartref",
     "%", (58.3, 60.0), (61.7, 60.0), "Gwyrdd", None),
    ("PAM/015", "Nifer cyfartalog y diwrnodau calendr a gymerwyd i ddarparu Grant Cyfleusterau i'r Anabl",
     "Dyddiau", (236.0, 200.0), (247.0, 200.0), "Coch", "Prinder contractwyr addasiadau yn ardal Meirionnydd."),
    ("PAM/018", "Canran yr holl geisiadau cynllunio a benderfynwyd o fewn yr amser gofynnol",
     "%", (84.0, 87.0), (86.0, 87.0), "Ambr", None),
    ("PAM/030", "Canran y gwastraff trefol a baratowyd i'w ailddefnyddio, a ailgylchwyd neu a gompostiwyd",
     "%", (64.9, 70.0), (66.2, 70.0), "Ambr", "Targed statudol Llywodraeth Cymru o 70% o 2024/25."),
    ("PAM/035", "Nifer cyfartalog y diwrnodau gwaith a gymerwyd i glirio achosion o dipio anghyfreithlon",
     "Dyddiau", (1.8, 2.0), (2.1, 2.0), "Ambr", None),
    ("GW01", "Canran y galwadau i Galw Gwynedd a atebwyd o fewn 30 eiliad",
     "%", (78.0, 80.0), (70.5, 80.0), "Coch", "System ffôn newydd wedi'i chyflwyno ym mis Awst."),
    ("GW02", "Nifer yr ymweliadau â chanolfannau hamdden Byw'n Iach",
     "Nifer", (201344.0, 195000.0), (188902.0, 195000.0), "Ambr", None),
    ("GW03", "Canran y ceisiadau Rhyddid Gwybodaeth a atebwyd o fewn 20 diwrnod gwaith",
     "%", (91.0, 90.0), ("Dim data", 90.0), None, "Data Chwarter 2 i ddilyn ar ôl symud i'r system newydd."),
    ("GW04", "Nifer y plant sy'n derbyn gofal",
     "Nifer", (262.0, "amh"), (258.0, "amh"), "Dim targed", "Dangosydd cyd-destunol."),
)  # fmt: skip


def build(path: Path) -> Expected:
    """Imitates a Welsh council's quarterly performance report written in Welsh only.

    Councils in Welsh-speaking areas (Gwynedd works internally in Welsh) may
    publish a scorecard for a Welsh-language committee with no English on
    it: 'Cyf.' (reference), 'Dangosydd' (indicator), 'Uned' (unit: '%',
    'Dyddiau' days, 'Nifer' number), each quarter 'Chwarter 1 2024/25'
    merged over 'Gwirioneddol' (actual) and 'Targed' (target), then 'Statws'
    (Gwyrdd, Ambr, Coch) and 'Sylwadau' (comments). Public Accountability
    Measures keep their PAM codes; local measures have the council's own.
    'Dim data' means no data yet; 'amh' (amherthnasol, not applicable) in a
    target and a status of 'Dim targed' (no target) mark a contextual
    measure.

    A careful reader who reads Welsh takes each quarter's actual with the
    target beside it, the status as the rating of the latest quarter given,
    'Dim data' as a marker kept as text, 'amh' as no target and 'Dim targed'
    as no rating; the unit comes from 'Uned'.
    """
    book, sheet = new_book("Perfformiad")
    title(sheet, "A1", "Cyngor Gwynedd - Adroddiad Perfformiad Chwarterol 2024/25")
    sheet["A2"] = "Pwyllgor Craffu Corfforaethol - Tachwedd 2024"
    sheet["A2"].font = Font(italic=True)
    merge(sheet, "D4:E4", "Chwarter 1 2024/25")
    merge(sheet, "F4:G4", "Chwarter 2 2024/25")
    header = ["Cyf.", "Dangosydd", "Uned", "Gwirioneddol", "Targed", "Gwirioneddol", "Targed",
              "Statws", "Sylwadau"]  # fmt: skip
    put_row(sheet, 5, 1, header, bold=True)
    exp = Expected([])
    for i, (code, name, unit, first, second, status, note) in enumerate(ROWS):
        assert isinstance(first, tuple) and isinstance(second, tuple)
        row = 6 + i
        put_row(sheet, row, 1, [code, name, unit, *first, *second, status, note])
        sheet.cell(row=row, column=2).alignment = Alignment(wrap_text=True)
        rags = (None, STATUS.get(str(status)))  # the status rates Chwarter 2, the latest
        for period, (actual, target), rag in zip(QUARTERS, (first, second), rags, strict=True):
            text = None if isinstance(actual, float) else str(actual)
            exp.observations.append(
                Obs(str(code), str(name), period, num(actual), text, num(target), rag)
            )
        exp.add_meta(str(code), str(name), None, UNIT[str(unit)])
    sheet.column_dimensions["B"].width = 60
    sheet.column_dimensions["I"].width = 45
    save(book, path)
    return exp
