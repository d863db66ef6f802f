"""A StatsWales CSV download: title and notes, area and measure down the side, '2019-20' years across, '..' and flags."""

from __future__ import annotations

import csv
from pathlib import Path

from tests.realistic.kit import Expected, Obs

AREA = "Newport"
YEARS = ("2019-20", "2020-21", "2021-22", "2022-23", "2023-24")
LABELS = ("2019/20", "2020/21", "2021/22", "2022/23", "2023/24")
MEASURES = (
    "Percentage of local authority municipal waste prepared for reuse, recycled or composted",
    "Percentage of local authority municipal waste used to recover heat and power",
    "Percentage of local authority municipal waste sent to landfill",
    "Residual household waste produced per person (kilograms)",
    "Total local authority municipal waste collected (tonnes)",
    "Local authority municipal waste prepared for reuse, recycled or composted (tonnes)",
)

# Per area, per measure (in MEASURES order), the five years as StatsWales prints them.
# Flags: (r) revised, (p) provisional; '..' not available.
DATA: dict[str, tuple[tuple[str, ...], ...]] = {
    "Wales": (
        ("65.1", "65.4", "65.2", "65.7 (r)", "67.2 (p)"),
        ("28.3", "28.9", "29.6", "29.9", "29.1 (p)"),
        ("4.9", "4.3", "3.8", "3.1", "2.5 (p)"),
        ("163", "175", "167", "158", "153 (p)"),
        ("1,555,431", "1,620,218", "1,571,904", "1,489,770 (r)", "1,470,386 (p)"),
        ("1,012,578", "1,059,623", "1,024,881", "978,779 (r)", "988,099 (p)"),
    ),
    "Blaenau Gwent": (
        ("61.3", "63.9", "65.0", "64.6", "67.6 (p)"),
        ("33.1", "31.7", "31.4", "32.3", "29.8 (p)"),
        ("5.2", "4.1", "3.3", "2.9", "2.4 (p)"),
        ("187", "192", "181", "176", "168 (p)"),
        ("30,812", "32,104", "31,377", "29,950", "29,412 (p)"),
        ("18,888", "20,514", "20,395", "19,348", "19,883 (p)"),
    ),
    "Caerphilly": (
        ("61.7", "62.7", "61.6", "62.9", "64.1 (p)"),
        ("34.6", "33.9", "35.2", "34.5", "33.4 (p)"),
        ("3.1", "2.8", "2.6", "2.1", "1.9 (p)"),
        ("195", "204", "199", "189", "181 (p)"),
        ("87,541", "91,233", "89,066", "85,112", "83,907 (p)"),
        ("54,013", "57,203", "54,865", "53,535", "53,784 (p)"),
    ),
    "Monmouthshire": (
        ("68.9", "69.4", "70.7", "71.3", "72.0 (p)"),
        ("27.4", "27.0", "26.2", "26.1", "25.7 (p)"),
        ("3.2", "3.1", "2.7", "2.2", "2.0 (p)"),
        ("139", "152", "141", "133", "128 (p)"),
        ("47,215", "50,982", "48,730", "46,511", "45,860 (p)"),
        ("32,531", "35,381", "34,452", "33,162", "33,019 (p)"),
    ),
    AREA: (
        ("67.2", "67.0", "68.1", "67.6 (r)", "69.0 (p)"),
        ("29.6", "30.4", "29.7", "30.8", "29.5 (p)"),
        ("..", "2.5", "2.1", "1.5", "1.4 (p)"),
        ("151", "162", "156", "149", "143 (p)"),
        ("72,408", "76,115", "74,260", "71,932 (r)", "70,851 (p)"),
        ("48,658", "50,997", "50,571", "48,626 (r)", "48,887 (p)"),
    ),
    "Torfaen": (
        ("64.3", "65.9", "66.5", "66.1", "68.2 (p)"),
        ("31.2", "30.6", "30.1", "30.6", "28.9 (p)"),
        ("4.4", "3.4", "3.3", "3.2", "2.8 (p)"),
        ("171", "180", "174", "166", "159 (p)"),
        ("41,906", "43,817", "42,630", "40,985", "40,314 (p)"),
        ("26,946", "28,875", "28,349", "27,091", "27,494 (p)"),
    ),
}


def _reading(cell: str) -> tuple[float | None, str | None]:
    """The figure without its flag and thousands separators, or the marker as printed."""
    if cell == "..":
        return None, cell
    figure = cell.replace("(r)", "").replace("(p)", "").replace(",", "").strip()
    return float(figure), None


def build(path: Path) -> Expected:
    """Imitates a StatsWales table downloaded as CSV for the Gwent councils.

    StatsWales style ('Local authority municipal waste management' from
    WasteDataFlow): the download keeps the table's title, a 'Last update'
    line and its footnotes. The table has an Area column (the area named
    only on the first row of its block, as the pivot view leaves it; Wales
    first, then the five Gwent councils alphabetically), a Measure column
    with six waste measures, and the financial years across, typed
    '2019-20' to '2023-24'. Every line is padded to the
    table's width and every cell quoted: thousands separators in
    tonnages, '(r)' revised and '(p)' provisional flags after figures, '..'
    where a figure is not available. Notes under the table explain the
    flags and say 2023-24 is provisional.

    With --area Newport, a careful reader takes Newport's block: six
    measures by five financial years (2019/20 to 2023/24), each figure
    without its flag or separators ('71,932 (r)' is 71932), the '..' kept
    as 2019/20's text for the landfill measure. The Wales rows are
    comparators; the other councils' rows are no observations of Newport.
    No targets, ratings, polarity or unit column (units are in the names).
    """
    lines: list[list[str]] = [
        ["Local authority municipal waste management, by area, measure and year"],
        ["Dataset: WAST0102 \u2013 Reuse, recycling and composting rates by local authority"],
        ["Last update: 28 November 2024. Next update: November 2025."],
        ["Source: WasteDataFlow, Natural Resources Wales"],
        [],
        ["Area", "Measure", *YEARS],
    ]
    exp = Expected([])
    for area, blocks in DATA.items():
        for k, (measure, cells) in enumerate(zip(MEASURES, blocks, strict=True)):
            lines.append([area if k == 0 else "", measure, *cells])
            if area != AREA:
                continue
            for label, cell in zip(LABELS, cells, strict=True):
                actual, text = _reading(cell)
                exp.observations.append(Obs(None, measure, label, actual, text))
    lines += [
        [],
        ["Footnotes"],
        [
            "(p) Provisional: 2023-24 data are provisional and will be revised when the annual "
            "WasteDataFlow returns are validated."
        ],
        ["(r) Revised since first published."],
        [".. Data not available: Newport's landfill tonnage for 2019-20 was not submitted."],
        [
            "Municipal waste includes household waste and any other waste collected by or on "
            "behalf of the local authority."
        ],
        ["Contact: stats.environment@gov.wales"],
    ]
    width = 2 + len(YEARS)  # the download pads every line to the table's width
    padded = [line + [""] * (width - len(line)) for line in lines]
    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        csv.writer(handle, quoting=csv.QUOTE_ALL).writerows(padded)
    return exp
