"""Benchmarking appendix: the council's own figure beside a column per neighbouring council and a group average, two years."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from tests.realistic.kit import Expected, Obs, merge, new_book, put_row, save, title

AREA = "St Helens"
COUNCILS = ("St Helens", "Halton", "Knowsley", "Liverpool", "Sefton", "Wirral")
YEARS = ("2022/23", "2023/24")
POLARITY = {"Higher": "higher_is_better", "Lower": "lower_is_better"}
NA = "-"

# ref, indicator, better if, per year the six councils' figures in COUNCILS order
ROWS: tuple[tuple[object, ...], ...] = (
    ("BM01", "Council tax collected in the year (%)", "Higher",
     ((94.8, 94.5, 92.9, 92.0, 95.9, 95.7), (95.1, 94.6, 93.4, 91.7, 96.0, 95.9))),
    ("BM02", "Business rates collected in the year (%)", "Higher",
     ((97.2, 96.8, 95.1, 94.4, 97.9, 97.5), (97.6, 97.0, 95.8, 94.9, 98.1, 97.3))),
    ("BM03", "Household waste sent for reuse, recycling and composting (%)", "Higher",
     ((34.1, 38.6, 33.9, 25.8, 38.0, 41.2), (35.3, 38.1, 34.4, 26.9, 37.2, 40.8))),
    ("BM04", "Residual household waste per household (kg)", "Lower",
     ((587.0, 561.0, 603.0, 642.0, 548.0, 521.0), (571.0, 558.0, 596.0, 630.0, 552.0, 517.0))),
    ("BM05", "Major planning applications decided within 13 weeks or an agreed extension (%)", "Higher",
     ((88.9, 100.0, 92.3, 81.0, 86.7, 90.5), (94.1, 95.0, NA, 84.6, 89.5, 93.8))),
    ("BM06", "Households in temporary accommodation per 1,000 households", "Lower",
     ((1.9, 0.8, 1.2, 1.6, 0.7, 0.9), (2.4, 1.0, 1.5, 2.2, 0.9, 1.1))),
    ("BM07", "Children looked after per 10,000 children aged under 18", "Lower",
     ((141.0, 132.0, 118.0, 149.0, 133.0, 127.0), (137.0, 128.0, 121.0, 152.0, 129.0, 120.0))),
    ("BM08", "Adults aged 18-64 whose long-term support needs were met by a permanent care home placement, per 100,000", "Lower",
     ((21.4, 17.9, 19.2, 24.6, 15.3, 16.8), (19.8, 18.4, 20.1, 23.9, 14.7, 17.5))),
    ("BM09", "Working days lost to sickness absence per full-time equivalent employee", "Lower",
     ((11.6, 10.9, 12.4, 12.1, 10.2, 11.0), (10.8, 11.3, 12.0, 12.7, 10.5, 10.6))),
    ("BM10", "Adults meeting the Chief Medical Officer's physical activity guidelines (%)", "Higher",
     (None, (59.7, 61.2, 57.8, 60.4, 63.5, 62.9))),
)  # fmt: skip


def _average(values: tuple[object, ...]) -> float:
    """The group average as the appendix prints it: the councils that have a figure, to 1 d.p."""
    figures = [float(v) for v in values if isinstance(v, float)]
    return round(sum(figures) / len(figures), 1)


def build(path: Path) -> Expected:
    """Imitates a metropolitan borough's benchmarking appendix against its city region neighbours.

    Appendices to an annual performance report often set the council's own
    outturn beside the same figure for each neighbouring council and the
    group's average, from the published national returns: here St Helens
    against the other five Liverpool City Region councils, a block of columns
    per year with the year merged over it, St Helens' column first, then
    each neighbour by name and 'LCR average'. A 'Better if' column gives the
    direction. One neighbour's 2023/24 planning figure was not published
    ('-'); the physical activity measure was first reported in 2023/24
    (the 2022/23 block is empty for it).

    The file names six councils, so it is read for one of them (--area St
    Helens): a careful reader takes only St Helens' figures as observations,
    each under its year, with the polarity from 'Better if'; the neighbours'
    columns and the average are comparators, not observations. There are no
    targets or ratings.
    """
    book, sheet = new_book("Benchmarking")
    title(sheet, "A1", "St Helens Borough Council - Annual Performance Report 2023/24")
    sheet["A2"] = "Appendix 3: Benchmarking against the Liverpool City Region councils"
    sheet["A2"].font = Font(bold=True, size=12)
    sheet["A3"] = (
        "Sources: DLUHC council tax and NNDR collection, Defra WasteDataFlow, DLUHC planning "
        "and homelessness statistics, DfE CLA, NHS England ASCOF, LG Inform, Sport England "
        "Active Lives."
    )
    sheet["A3"].font = Font(italic=True, size=9)
    width = len(COUNCILS) + 1
    first = 4
    for y, year in enumerate(YEARS):
        start = first + y * width
        span = f"{get_column_letter(start)}5:{get_column_letter(start + width - 1)}5"
        merge(sheet, span, year)
    sub = [*COUNCILS, "LCR average"]
    put_row(sheet, 6, 1, ["Ref", "Indicator", "Better if", *sub, *sub], bold=True)
    for col in range(1, first + 2 * width):
        sheet.cell(row=6, column=col).alignment = Alignment(wrap_text=True, horizontal="center")
    exp = Expected([])
    mine = COUNCILS.index(AREA)
    for i, (ref, name, better, years) in enumerate(ROWS):
        assert isinstance(years, tuple)
        cells: list[object] = [ref, name, better]
        for values in years:
            if values is None:
                cells += [None] * width
                continue
            cells += [*values, _average(values)]
        put_row(sheet, 7 + i, 1, cells)
        for year, values in zip(YEARS, years, strict=True):
            if values is not None:
                exp.observations.append(Obs(str(ref), str(name), year, float(values[mine])))
        exp.add_meta(str(ref), str(name), POLARITY[str(better)], None)
    foot = 7 + len(ROWS) + 1
    notes = (
        "LCR average: simple average of the six city region councils with a published figure, "
        "including St Helens.",
        "- figure not published for that council.",
    )
    for j, line in enumerate(notes):
        sheet.cell(row=foot + j, column=1, value=line).font = Font(size=9)
    sheet.column_dimensions["B"].width = 60
    save(book, path)
    return exp
