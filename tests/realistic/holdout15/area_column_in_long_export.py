"""A long CSV export of indicators for the council and its comparators (England, region, neighbours) with Area code and Area name columns."""

from __future__ import annotations

import csv
from pathlib import Path

from tests.realistic.kit import Expected, Obs

COUNCIL = "Oldham"
AREAS = (  # as the export sorts them: by area name
    ("E08000001", "Bolton", "Local authority"),
    ("E08000002", "Bury", "Local authority"),
    ("E92000001", "England", "Country"),
    ("E12000002", "North West", "Region"),
    ("E08000004", "Oldham", "Local authority"),
    ("E08000005", "Rochdale", "Local authority"),
    ("E08000006", "Salford", "Local authority"),
)
ORDER = ("Bolton", "Bury", "England", "North West", "Oldham", "Rochdale", "Salford")
UNIT = {
    "%": "%",
    "Rate per 10,000 children": "rate",
    "Rate per 1,000 households": "rate",
    "Rate per 100,000 (age-standardised)": "rate",
    "Number": "number",
    "Days": "days",
}
POLARITY = {"Higher is better": "higher_is_better", "Lower is better": "lower_is_better", "": None}
WIDTH = 11
COLUMNS = ["Area code", "Area name", "Area type", "Indicator code", "Indicator", "Period",
           "Value", "Count", "Denominator", "Unit", "Polarity"]  # fmt: skip

# A value is a number, '' (none published) or a marker; count and denominator likewise.
Cell = float | int | str
# indicator code, indicator, unit, polarity, then per period: (period as typed, canonical,
# {area: (value, count, denominator)}) in the ORDER of the areas
INDICATORS: tuple[tuple[str, str, str, str, tuple[tuple[str, str, tuple[tuple[Cell, Cell, Cell], ...]], ...]], ...] = (
    ("OC01", "Household waste sent for reuse, recycling or composting", "%", "Higher is better", (
        ("2020/21", "2020/21", ((40.1, "", ""), (51.2, "", ""), (42.3, "", ""), (45.1, "", ""),
                                (37.9, "", ""), (39.2, "", ""), (38.3, "", ""))),
        ("2021/22", "2021/22", ((39.4, "", ""), (50.1, "", ""), (42.5, "", ""), (43.9, "", ""),
                                (36.8, "", ""), (37.5, "", ""), (37.0, "", ""))),
        ("2022/23", "2022/23", ((38.0, "", ""), (49.6, "", ""), (41.7, "", ""), (42.7, "", ""),
                                (35.2, "", ""), (36.9, "", ""), (36.5, "", ""))),
    )),
    ("OC02", "Children looked after", "Rate per 10,000 children", "", (
        ("2022", "2022", ((101, 665, 65_820), (96, 388, 40_410), (70, 82_080, 11_726_000),
                          (97, 15_680, 1_616_200), (95, 590, 62_140), (119, 637, 53_520),
                          (121, 748, 61_830))),
        ("2023", "2023", ((98, 648, 66_090), (92, 373, 40_520), (71, 83_840, 11_808_500),
                          (98, 15_910, 1_623_400), (101, 628, 62_180), (114, 612, 53_680),
                          (118, 735, 62_270))),
        ("2024", "2024", ((96, 636, 66_240), (95, 386, 40_650), (70, 83_630, 11_947_100),
                          (98, 15_990, 1_631_700), (104, 650, 62_420), (111, 597, 53_790),
                          (112, 702, 62_680))),
    )),
    ("OC03", "Households owed a prevention or relief duty", "Rate per 1,000 households", "", (
        ("2022/23", "2022/23", ((14.2, 1_735, 122_180), (11.8, 942, 79_830), (12.8, 308_990, 24_140_000),
                                (13.5, 44_100, 3_266_700), (15.1, 1_441, 95_430), (16.3, 1_537, 94_300),
                                (13.9, 1_714, 123_310))),
        ("2023/24", "2023/24", ((15.0, 1_842, 122_800), (12.6, 1_011, 80_240), (13.6, 330_090, 24_271_000),
                                (14.4, 47_320, 3_286_100), (16.8, 1_612, 95_950), (17.0, 1_612, 94_820),
                                (14.7, 1_827, 124_290))),
    )),
    ("OC04", "Council tax collected in year", "%", "Higher is better", (
        ("2021/22", "2021/22", ((95.2, "", ""), (96.3, "", ""), (95.8, "", ""), (95.4, "", ""),
                                (93.1, "", ""), (94.0, "", ""), (94.8, "", ""))),
        ("2022/23", "2022/23", ((95.3, "", ""), (96.5, "", ""), (96.0, "", ""), (95.6, "", ""),
                                (93.4, "", ""), (94.3, "", ""), (95.1, "", ""))),
        ("2023/24", "2023/24", ((95.0, "", ""), (96.1, "", ""), (95.9, "", ""), (95.3, "", ""),
                                (92.9, "", ""), (93.8, "", ""), (94.6, "", ""))),
    )),
    ("OC05", "Major planning applications decided within 13 weeks or agreed time", "%", "Higher is better", (
        ("2022/23", "2022/23", ((91.3, 42, 46), (95.0, 19, 20), (88.2, "", ""), (90.4, "", ""),
                                (86.5, 32, 37), (93.1, 27, 29), (89.7, 61, 68))),
        ("2023/24", "2023/24", ((93.2, 41, 44), (100.0, 23, 23), (89.0, "", ""), (91.1, "", ""),
                                (90.6, 29, 32), (88.9, 24, 27), (92.5, 74, 80))),
    )),
    ("OC06", "Net additional dwellings", "Number", "Higher is better", (
        ("2021/22", "2021/22", ((743, "", ""), (421, "", ""), (232_820, "", ""), (30_110, "", ""),
                                (612, "", ""), (590, "", ""), (2_804, "", ""))),
        ("2022/23", "2022/23", ((812, "", ""), (377, "", ""), (234_400, "", ""), (31_480, "", ""),
                                (548, "", ""), (642, "", ""), (3_112, "", ""))),
        ("2023/24", "2023/24", ((690, "", ""), (405, "", ""), (221_070, "", ""), (28_960, "", ""),
                                (491, "", ""), (701, "", ""), (2_245, "", ""))),
    )),
    ("OC07", "Physically active adults (150+ moderate intensity equivalent minutes a week)", "%", "Higher is better", (
        ("2021/22", "2021/22", ((60.1, "", ""), (63.4, "", ""), (67.3, "", ""), (64.9, "", ""),
                                (55.9, "", ""), (58.2, "", ""), (61.7, "", ""))),
        ("2022/23", "2022/23", ((61.0, "", ""), (62.8, "", ""), (67.1, "", ""), (65.7, "", ""),
                                (57.3, "", ""), (59.5, "", ""), (63.0, "", ""))),
    )),
    ("OC08", "Under 75 mortality rate from cardiovascular disease", "Rate per 100,000 (age-standardised)", "Lower is better", (
        ("2020 - 22", "2020\u20132022", ((98.4, 692, ""), (88.7, 399, ""), (73.8, 122_504, ""), (91.2, 16_905, ""),
                                        (106.8, 612, ""), (105.3, 541, ""), (110.9, 701, ""))),
        ("2021 - 23", "2021\u20132023", ((100.1, 709, ""), (90.3, 408, ""), (76.0, 127_073, ""), (92.6, 17_214, ""),
                                        (109.2, 627, ""), (108.0, 556, ""), (112.4, 718, ""))),
    )),
    ("OC09", "Households in fuel poverty (low income, low energy efficiency)", "%", "Lower is better", (
        ("2021", "2021", ((14.6, 17_810, 121_980), (12.1, 9_640, 79_670), (13.1, 3_161_000, 24_130_000),
                          (14.9, 486_200, 3_263_000), (17.2, 16_320, 94_880), (16.5, 15_530, 94_120),
                          (15.8, 19_380, 122_660))),
        ("2022", "2022", ((14.9, 18_300, 122_820), (12.8, 10_250, 80_110), (13.4, 3_252_000, 24_270_000),
                          (14.6, 479_400, 3_283_600), (16.9, 16_090, 95_210), (16.1, 15_250, 94_690),
                          (15.3, 19_020, 124_310))),
    )),
    ("OC10", "Average days to process new Housing Benefit claims", "Days", "Lower is better", (
        ("2021/22", "2021/22", ((17, "", ""), (16, "", ""), (20, "", ""), (19, "", ""),
                                (19, "", ""), (22, "", ""), (18, "", ""))),
        ("2022/23", "2022/23", ((18, "", ""), (15, "", ""), (19, "", ""), (19, "", ""),
                                (21, "", ""), (24, "", ""), (17, "", ""))),
        ("2023/24", "2023/24", ((16, "", ""), (17, "", ""), (20, "", ""), (20, "", ""),
                                (23, "", ""), (21, "", ""), (19, "", ""))),
    )),
    ("OC11", "Adults with a learning disability in paid employment", "%", "Higher is better", (
        ("2021/22", "2021/22", ((5.1, 52, 1_020), (6.8, 41, 603), (4.8, 6_600, 137_500), (4.6, 930, 20_220),
                                (3.9, 34, 872), (4.2, 37, 881), (5.5, 58, 1_055))),
        ("2022/23", "2022/23", ((5.6, 58, 1_036), (7.1, 44, 620), (4.8, 6_720, 140_000), (4.9, 1_010, 20_610),
                                (4.4, 39, 886), (4.0, 36, 900), (5.9, 64, 1_085))),
        ("2023/24", "2023/24", ((5.2, 55, 1_058), (6.5, 41, 631), (5.0, 7_110, 142_200), (4.8, 1_000, 20_830),
                                ("[x]", "[x]", "[x]"), (4.6, 42, 913), (6.1, 67, 1_098))),
    )),
)  # fmt: skip


def _pad(cells: list[object]) -> list[object]:
    return cells + [""] * (WIDTH - len(cells))


def build(path: Path) -> Expected:
    """Imitates a council's 'area in context' indicator extract with comparators, saved as CSV.

    Oldham Council's performance and intelligence team keeps an 'Oldham in
    context' extract built from LG Inform and national releases. It is one
    row per area, indicator and period, in long form: Area code, Area name,
    Area type, Indicator code, Indicator, Period, Value, Count, Denominator,
    Unit, Polarity. Every indicator is given for Oldham and for its
    comparators: England, the North West and four Greater Manchester
    neighbours (Bolton, Bury, Rochdale, Salford). The rows are sorted by
    area name, so Oldham's rows sit in the middle of each block. Report
    lines above the table name the extract, who prepared it and which
    areas are comparators; a source line closes it. Periods are financial
    years ('2022/23'), snapshot years ('2023' for 31 March), calendar years
    ('2021') and pooled years ('2020 - 22'). Count and Denominator are
    filled only where the source publishes them. Oldham's learning
    disability employment figure for 2023/24 is '[x]' (a key line says not
    available).

    A careful reader takes Oldham as the council. The report line says
    the council's team prepared the extract about Oldham, and the
    comparators line lists every other area as a comparator. Only Oldham's
    rows are observations: England, the region and the neighbours are
    benchmarks for them. Each Oldham row gives the value for its period as
    typed ('2020 - 22' spans 2020 to 2022). Count and Denominator are the
    value's workings, not further figures of the measure. '[x]' is what
    Oldham's 2023/24 cell said. No area name leaves the council in doubt,
    so the file needs no review. The Unit and Polarity columns state each
    indicator's unit and, where given, its direction.
    """
    lines: list[list[object]] = [
        _pad(["Report:", "Oldham in context \u2013 corporate indicators with comparators"]),
        _pad(["Prepared by:", "Oldham Council, Performance and Intelligence"]),
        _pad(
            [
                "Comparators:",
                "England; North West; Greater Manchester neighbours (Bolton, Bury, Rochdale, Salford)",
            ]
        ),
        _pad(["Extracted:", "14/03/2025 09:12"]),
        _pad(["Key:", "[x] = not available"]),
        _pad([]),
        list(COLUMNS),
    ]
    exp = Expected([])
    areas = {name: (code, kind) for code, name, kind in AREAS}
    for ind_code, indicator, unit, polarity, periods in INDICATORS:
        for typed, label, values in periods:
            for area, (value, count, denominator) in zip(ORDER, values, strict=True):
                code, kind = areas[area]
                lines.append([code, area, kind, ind_code, indicator, typed, value, count,
                              denominator, unit, polarity])  # fmt: skip
                if area != COUNCIL or value == "":
                    continue
                if isinstance(value, str):
                    exp.observations.append(Obs(ind_code, indicator, label, None, value))
                else:
                    exp.observations.append(Obs(ind_code, indicator, label, float(value)))
        exp.add_meta(ind_code, indicator, POLARITY[polarity], UNIT[unit])
    lines += [
        _pad([]),
        _pad(["Source:", "LG Inform (Local Government Association); OHID Fingertips; MHCLG live "
              "tables; DESNZ sub-regional fuel poverty; Sport England Active Lives; NHS England "
              "ASCOF"]),
    ]  # fmt: skip
    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        csv.writer(handle).writerows(lines)
    return exp
