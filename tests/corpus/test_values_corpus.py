"""The figures read from real published spreadsheets are the figures in their cells.

Each file of ../shared/corpus that imports is imported once (per area) through the command
line into a fresh store and exported as JSON, as a user would. Every expected value below
was read by hand from the source cell named beside it (python-calamine for xlsx, the csv
module for CSV, rows counted from 1 including the heading), not through the importer.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Iterator
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path
from typing import Any

import pytest

from desktop.cli import run
from tests.helpers.corpus import CORPUS

MANIFEST = CORPUS / "MANIFEST.tsv"
SLOW_BYTES = 400_000  # as test_import_corpus: bigger files are marked slow

Export = dict[str, Any]
Exporter = Callable[[str, "str | None"], Export]

FLY_NATIONAL = "real/defra__Flytipping_national_2007-08_to_2017-18.xlsx"
FLY_LA = "real/defra__Flytipping_LA_incidents_actions_2012-13_to_2017-18.xlsx"
ACTIVE = "real/trafford__active_adults.csv"
DENTAL = "real/trafford__children_dental_decay.csv"
NEET = "real/trafford__neet.csv"
OFLOG = "real/oflog__ASC_data.csv"
SCOT_AVG = "real/lgbf__Scottish_Averages.csv"
FAMILY_AVG = "real/lgbf__Family_Averages.csv"
BENCH = "real/lgbf__new_bnch_data_Jan20.xlsx"
TOOL = "real/lgbf__Live_Automated_tool_2015-17.xlsx"
FINGERTIPS = "real/fingertips__indicator-upload-template.xlsx"
WIDE = "edge/gen__wide_periods_merged_two_row_header.xlsx"
RAG_TEXT = "edge/gen__scorecard_rag_text_and_fill.xlsx"
CSV_BOM = "edge/gen__csv_utf8_bom.csv"
CSV_SEMI = "edge/gen__csv_semicolon_decimal_comma.csv"
DATE_1904 = "edge/gen__date1904_epoch.xlsx"
FILL_ONLY = "edge/gen__scorecard_rag_fill_only_rgb_theme_indexed.xlsx"

# the area each many-area file is imported for (as AREAS in test_import_corpus)
AREA: dict[str, str] = {
    FLY_LA: "Leeds",
    ACTIVE: "Trafford",
    DENTAL: "Trafford",
    NEET: "Trafford",
    OFLOG: "Enfield",
    FAMILY_AVG: "Family Group 1",
    BENCH: "Aberdeen City",
    TOOL: "Aberdeen City",
    FINGERTIPS: "E16000099",
}

# files held for review and imported with --accept: the doubt's cell and what it says
HELD: dict[str, str] = {}


def _quiet_run(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = run(argv)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Exporter]:
    """One import per file (and area) for the whole module: its JSON export, cached."""
    cache: dict[tuple[str, str | None], Export] = {}

    def get(relative: str, area: str | None) -> Export:
        if not MANIFEST.is_file():
            pytest.skip("../shared/corpus is not beside this checkout")
        if not (CORPUS / relative).is_file():
            pytest.skip("corpus file missing")
        key = (relative, area)
        if key not in cache:
            root = tmp_path_factory.mktemp("values")
            data = root / "data"
            argv = ["--data-dir", str(data), "import", str(CORPUS / relative), "--json"]
            argv += ["--accept"] if relative in HELD else []
            code, out, err = _quiet_run([*argv, *(["--area", area] if area else [])])
            report = json.loads(out.strip().splitlines()[-1])
            assert (code, report["status"]) == (0, "imported"), (report, err)
            if relative in HELD:  # the doubt it was accepted over stays as a warning
                assert any(HELD[relative] in w for w in report["warnings"]), report
            target = root / "export.json"
            code, _, err = _quiet_run(
                ["--data-dir", str(data), "export", "--format", "json", "--out", str(target)]
            )
            assert code == 0, err
            cache[key] = json.loads(target.read_text(encoding="utf-8"))
        return cache[key]

    with pytest.MonkeyPatch.context() as patch:
        home = tmp_path_factory.mktemp("home")
        for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
            patch.setenv(name, str(home / name.lower()))
        yield get


def _size(relative: str) -> int:
    path = CORPUS / relative
    return path.stat().st_size if path.is_file() else 0


def case(relative: str, *values: object, reason: str | None = None) -> Any:
    """A pytest param for one file, marked slow when big, xfail(strict) when reason is given."""
    marks: list[Any] = [pytest.mark.corpus]
    if _size(relative) > SLOW_BYTES:
        marks.append(pytest.mark.slow)
    if reason is not None:
        marks.append(pytest.mark.xfail(strict=True, reason=reason))
    name = Path(relative).stem.split("__", 1)[-1]
    return pytest.param(relative, *values, marks=marks, id=f"{name}:{values[0]}:{values[1]}")


def find_indicator(export: Export, key: str, portfolio: str | None = None) -> Export:
    """The indicator whose code or name is ``key`` (in ``portfolio`` when given)."""
    found = [
        i
        for i in export["indicators"]
        if (key == i["name"] or key.lower() == (i["code"] or "").lower())
        and (portfolio is None or i["portfolio"] == portfolio)
    ]
    assert len(found) == 1, f"{key!r}: {len(found)} indicators"
    return found[0]


def find_observation(indicator: Export, period: str) -> Export | None:
    for observation in indicator["observations"]:
        if observation["period"] == period:
            return observation
    return None


# ---------------------------------------------------------------- observations
# (file, indicator code or name, period label, portfolio or None, expected fields)
FY = {  # UK financial years as the contract dates them
    "2007/08": ("2007-04-01", "2008-03-31"),
    "2012/13": ("2012-04-01", "2013-03-31"),
    "2013/14": ("2013-04-01", "2014-03-31"),
    "2015/16": ("2015-04-01", "2016-03-31"),
    "2016/17": ("2016-04-01", "2017-03-31"),
    "2017/18": ("2017-04-01", "2018-03-31"),
    "2022/23": ("2022-04-01", "2023-03-31"),
}


def dated(label: str, **fields: object) -> dict[str, object]:
    start, end = FY[label]
    return {"period_start": start, "period_end": end, **fields}


OBSERVATIONS = [
    # Defra national: 'National Level Incidents' / 'Actions', years down column A, header row 4
    case(FLY_NATIONAL, "Total Incidents", "2007/08", "National Level Incidents",
         dated("2007/08", actual=1284123.0, actual_text=None, target=None)),  # B5
    case(FLY_NATIONAL, "Highway", "2017/18", "National Level Incidents",
         dated("2017/18", actual=463953.0)),  # C15
    case(FLY_NATIONAL, "Back Alleyway", "2016/17", "National Level Incidents",
         {"actual": 111262.89110387849}),  # F14, an estimate with decimals
    case(FLY_NATIONAL, "Watercourse", "2013/14", "National Level Incidents",
         dated("2013/14", actual=2033.5637374559262)),  # K11, year written '2013/14 '
    case(FLY_NATIONAL, "Commercial /Industrial", "2011/12", "National Level Incidents",
         {"actual": 6926.0}),  # I9, heading 'Commercial\n/Industrial'
    case(FLY_NATIONAL, "Vehicles seized", "2007/08", "National Level Actions",
         {"actual": None, "actual_text": ":"}),  # L5 ':' = not available
    case(FLY_NATIONAL, "Vehicles seized", "2012/13", "National Level Actions",
         {"actual": 45.0, "actual_text": None}),  # L10
    case(FLY_NATIONAL, "Household Waste (Other)", "2007/08", "National Level Incidents",
         {"actual": 455603.0}),  # C19: the second table of the sheet ('Waste type')
    case(FLY_NATIONAL, "Other Unidentified (Waste type)", "2007/08", "National Level Incidents",
         {"actual": 75726.0}),  # F19: 'Other Unidentified' again, told apart by its title
    case(FLY_NATIONAL, "£51 to £200", "2017/18", "National Level Actions",
         {"actual": 667.0, "actual_text": None}),  # C57: the Fines table, a count of fines
    # Defra LA, --area Leeds: one row per LA and year ('2012-13'), heading row 3
    case(FLY_LA, "Total Incidents", "2012/13", "LA_incidents",
         dated("2012/13", actual=2977.0)),  # LA_incidents!E162
    case(FLY_LA, "Highway Incidents", "2017/18", "LA_incidents",
         dated("2017/18", actual=5118.0)),  # LA_incidents!F1842
    case(FLY_LA, "Car Boot or Less Clearance Costs (£)", "2017/18", "LA_incidents",
         {"actual": None, "actual_text": ":"}),  # LA_incidents!AJ1842
    case(FLY_LA, "Car Boot or Less Clearance Costs (£)", "2012/13", "LA_incidents",
         {"actual": 13543.0}),  # LA_incidents!AJ162
    case(FLY_LA, "Warning Letter Actions", "2015/16", "LA_actions",
         {"actual": 0.0, "actual_text": None}),  # LA_actions!H1170: a real zero
    case(FLY_LA, "Investigation Actions", "2017/18", "LA_actions",
         {"actual": 26831.0}),  # LA_actions!F1842
    case(FLY_LA, "Total Incidents", "2012/13", "LA_incidents",
         {"comparators": {"England": 714637.0, "Regional": 57536.0}}),  # E4, E13
    # Trafford (Fingertips-derived long CSVs), --area Trafford; England rows -> comparator
    case(ACTIVE, "Percentage of physically active adults", "2015/16", None,
         dated("2015/16", actual=64.0, actual_text=None,
               comparators={"England": 66.1})),  # lines 257 and 2, column 'value'
    case(ACTIVE, "Percentage of physically active adults", "2021/22", None,
         {"actual": 71.0, "comparators": {"England": 67.3}}),  # lines 2111 and 8
    case(DENTAL, "Percentage of 5 year olds with experience of visually obvious dentinal decay",
         "2014/15", None,
         {"actual": 26.4, "comparators": {"England": 24.7}}),  # lines 274 and 2
    case(DENTAL, "Percentage of 5 year olds with experience of visually obvious dentinal decay",
         "2021/22", None,
         {"actual": 24.5, "comparators": {"England": 23.7}}),  # lines 1233 and 5
    case(NEET, "16 to 17 year olds not in education, employment or training (NEET) or whose "
         "activity is not known", "2016/17", None,
         dated("2016/17", actual=6.1, comparators={"England": 6.0})),  # lines 16 and 18
    case(NEET, "16 to 17 year olds not in education, employment or training (NEET) or whose "
         "activity is not known", "2022/23", None,
         {"actual": 4.3, "comparators": {"England": 5.2}}),  # lines 118 and 120
    case(NEET, "16-17 year olds not in education, employment or training (NEET)", "2019", None,
         {"period_start": "2019-01-01", "period_end": "2019-12-31", "actual": 2.3,
          "comparators": {"England": 2.6}}),  # lines 135 and 137: a calendar year
    # OFLOG adult social care, --area Enfield; 'Financial year' 2016-17
    case(OFLOG, "ASC1", "2016/17", None,
         dated("2016/17", actual=7.7, comparators={})),  # line 4
    case(OFLOG, "ASC3", "2015/16", None, {"actual": 73.8}),  # line 1403
    case(OFLOG, "ASC6", "2022/23", None, {"actual": 1462.412961214791}),  # line 5196
    case(OFLOG, "ASC7", "2022/23", None, {"actual": 22.61577767}),  # line 6323
    # LGBF Scotland averages: first row of each code and period (Cash) read, Real left out
    case(SCOT_AVG, "C&L 01", "2010/11", None,
         {"period_start": "2010-04-01", "period_end": "2011-03-31", "actual": 3.2978125,
          "numerator": 5045062.5, "denominator": 1420619.3125}),  # line 2
    case(SCOT_AVG, "CHN 01", "2022/23", None,
         dated("2022/23", actual=7289.6859375, numerator=83406156.25,
               denominator=12139.3125)),  # line 210
    case(SCOT_AVG, "CORP 09", "Q1 2018/19", None,
         {"period_start": "2018-04-01", "period_end": "2018-06-30",
          "actual": 0.9565625}),  # line 1089, period '2018-19;Q1'
    case(SCOT_AVG, "ECON 05", "Apr 2014", None,
         {"period_start": "2014-04-01", "period_end": "2014-04-30",
          "actual": 1.5628298243801908}),  # line 1365, period '2014;April'
    case(SCOT_AVG, "SW 08", "Jul 2016", None, {"actual": 67.1337419233125}),  # line 3175
    # LGBF family groups, --area 'Family Group 1'
    case(FAMILY_AVG, "C&L 01", "2010/11", None,
         {"actual": 3.01125, "numerator": 3076125.0, "denominator": 923124.125}),  # line 2
    case(FAMILY_AVG, "CHN 01", "2022/23", None, {"actual": 7633.95375}),  # line 762
    case(FAMILY_AVG, "CORP 09", "Q4 2018/19", None,
         {"period_start": "2019-01-01", "period_end": "2019-03-31",
          "actual": 0.9425}),  # line 4353
    # LGBF raw benchmark data, --area 'Aberdeen City': 'Raw Data' row 2, Scotland row 34
    case(BENCH, "CHN1", "2010/11", None,
         {"period_start": "2010-04-01", "period_end": "2011-03-31",
          "actual": 4960.336134453782,
          "comparators": {"Scotland": 4834.495863271445}}),  # B2, B34
    case(BENCH, "CHN1", "2019/20", None,
         {"actual": 5367.0140136543305,
          "comparators": {"Scotland": 5595.190468300472}}),  # AC2, AC34
    case(BENCH, "CHN10", "2018/19", None,
         {"actual": 69.2, "comparators": {"Scotland": 72.5}}),  # BST2, BST34
    case(BENCH, "CHN11", "2019/20", None,
         {"actual": None, "actual_text": "dna", "comparators": {}}),  # JC2, JC34 'dna'
    case(BENCH, "SW6", "2010/11", None,
         {"actual": 90.32395340177669,
          "comparators": {"Scotland": 89.6812555296068}}),  # AEK2, AEK34
    # LGBF automated tool, 'All measures' (two heading rows), --area 'Aberdeen City'
    case(TOOL, "CHN1", "2010/11", None,
         {"actual": 5614.048940466906,
          "comparators": {"Scotland": 5221.9572236636095}}),  # D3, D35
    case(TOOL, "CHN4", "2015/16", None,
         {"actual": 55.0, "comparators": {"Scotland": 59.0}}),  # Z3, Z35
    case(TOOL, "SW5", "2015/16", None, {"actual": 365.06165590135055}),  # ES3
    # 'SW4 2010-14' heads EJ (under SW3's title) and EK (under SW4's): EK's figure is kept
    case(TOOL, "SW4", "2010/11–2013/14", None, {"actual": 44.03333333333333}),  # EK3
    case(TOOL, "SW4a", "2014/15", None, {"actual": 83.2697}),  # LT3 'SW4a 14-15'
    case(TOOL, "C&L1", "2010/11", None, {"actual": 0.3554460614018569}),  # ET3 'C&L1 2010-11'
    case(TOOL, "CORP 5b2", "2011/12", None, {"actual": 30.54}),  # CP3 'CORP 5b2 2011-12'
    case(TOOL, "CORP-ASSET1", "2010/11", None,
         {"actual": 81.5625, "comparators": {"Scotland": 73.7}}),  # KK3, KK35
    # edge files made for the corpus, with values written in by hand
    case(WIDE, "% of adult social care users who have as much social contact as they would "
         "like", "Q1 2023/24", None,
         {"period_start": "2023-04-01", "period_end": "2023-06-30",
          "actual": None, "actual_text": "*"}),  # C5 '*' under merged '2023/24' / 'Q1'
    case(WIDE, "Average working days lost to sickness per FTE", "Q4 2024/25", None,
         {"period_start": "2025-01-01", "period_end": "2025-03-31",
          "actual": 72.3}),  # J12
    case(RAG_TEXT, "HOU07", "Q4 2024/25", None,
         {"actual": 29.8, "target": 28.0, "rag": "red",
          "comparators": {"England": 37.0, "Statistical neighbours": 33.1}}),  # I8, E8, J-L8
    case(RAG_TEXT, "ENV04", "Q1 2024/25", None,
         {"actual": 401.0, "target": 40.0, "rag": None}),  # F7, E7
    case(CSV_BOM, "Spend per head (£)", "2023/24", None,
         {"period_start": "2023-04-01", "period_end": "2024-03-31", "actual": 1312.5,
          "target": 1250.0, "rag": "red", "comparators": {}}),  # line 4 "1,312.50","1,250"
    case(CSV_BOM, "Café & leisure visits", "Q2 2024/25", None,
         {"actual": 13210.0, "target": 12000.0, "rag": "green",
          "comparators": {}}),  # line 5 "13 210", England 'n/a'
    case(CSV_SEMI, "Calls answered in 30 seconds (%)", "Q1 2024/25", None,
         {"actual": 84.4, "target": 85.0, "comparators": {"England": 88.2}}),  # line 2 '84,4'
    case(CSV_SEMI, "Spend per head (£)", "2023/24", None,
         {"actual": 1312.5, "target": 1250.0}),  # line 4 '1.312,50', '1.250'
    # RAG as fill only (F column empty): colours read with openpyxl, theme from theme1.xml
    case(FILL_ONLY, "Calls answered in 30s %", "Q4 2024/25", None,
         {"actual": 88.2, "target": 85.0, "rag": "green"}),  # E3, C3, F3 fill FF00B050
    case(FILL_ONLY, "Re-let days", "Q4 2024/25", None,
         {"actual": 29.8, "rag": "red"}),  # F4 theme 5 = accent2 C0504D (red), tint +0.4
    case(FILL_ONLY, "Council tax collected %", "Q4 2024/25", None,
         {"actual": 96.4, "rag": "amber"}),  # F6 indexed 52 (FF9900)
    case(FILL_ONLY, "Sickness days per FTE", "Q4 2024/25", None,
         {"actual": 9.1, "rag": "red"}),  # F5 indexed 10 (FF0000)
    case(DATE_1904, "Re-let days", "Q1 2024/25", None,
         {"period_start": "2024-04-01", "period_end": "2024-06-30",
          "actual": 31.5}),  # B2:D2, dates in the 1904 system
]  # fmt: skip


@pytest.mark.parametrize(("relative", "key", "period", "portfolio", "expected"), OBSERVATIONS)
def test_observation_is_the_figure_in_its_cell(
    exported: Exporter,
    relative: str,
    key: str,
    period: str,
    portfolio: str | None,
    expected: dict[str, object],
) -> None:
    indicator = find_indicator(exported(relative, AREA.get(relative)), key, portfolio)
    observation = find_observation(indicator, period)
    assert observation is not None, f"{key} has no {period}"
    assert {field: observation[field] for field in expected} == expected


# ---------------------------------------------------------------- indicators
# (file, indicator code or name, portfolio or None, expected fields)
INDICATORS = [
    case(FLY_NATIONAL, "Total Incidents", "National Level Incidents",
         {"code": None, "unit": None, "polarity": "unknown"}),
    case(FLY_NATIONAL, "£51 to £200", "National Level Actions",
         {"unit": None, "service": "Fines"}),  # C46: a band of fines, counted, under 'Fines'
    case(FLY_LA, "Car Boot or Less Clearance Costs (£)", "LA_incidents",
         {"unit": "£"}),  # heading LA_incidents!AJ3 '(£)'
    case(OFLOG, "ASC1", None,
         {"name": "Outcome, ASC Carer Quality of Life",
          "polarity": "higher_is_better"}),  # 'Measure', rank_order 'desc' (line 4)
    case(OFLOG, "ASC3", None, {"polarity": "higher_is_better"}),  # rank_order 'DESC'
    case(OFLOG, "ASC6", None, {"polarity": "none"}),  # rank_order 'None'
    case(OFLOG, "ASC7", None, {"polarity": "none"}),  # line 6323: rank_order 'None', though
    # ASC7's first Enfield row (line 5375) has no value and no rank_order
    case(SCOT_AVG, "C&L 01", None, {"code": "C&L 01"}),  # column 'Code', line 2
    case(FAMILY_AVG, "CHN 01", None, {"code": "CHN 01"}),  # column 'Code', line 738
    case(TOOL, "CHN1", None,
         {"code": "CHN1", "name": "Cost Per Primary School Pupil",
          "unit": None}),  # D1 'CHN1 - Cost Per Primary School Pupil'
    case(TOOL, "CHN4", None, {"unit": "%"}),  # V1 'CHN4 - % of Pupils Gaining 5+ ...'
    case(TOOL, "SW1", None,
         {"name": "Older Persons (Over65) Home Care Costs per Hour", "unit": None}),  # DS1
    case(TOOL, "SW5", None, {"unit": None}),  # EN1 '... Costs per week per resident'
    case(BENCH, "CHN1", None, {"code": "CHN1", "name": "CHN1"}),  # B1 'CHN1 2010-11'
    case(BENCH, "CHN8a", None, {"code": "CHN8a"}),  # AP1 'CHN8a 2010-11'
    case(TOOL, "CORP 3b", None,
         {"code": "CORP 3b", "unit": "%"}),  # CC2 'CORP 3b 2010-11', CC1 'The percentage …'
    case(TOOL, "SW4a", None, {"name": "Percentage of adults receiving any care or support "
         "who rate it as excellent or good."}),  # LT1 'SW4a -Percentage of …'
    # the 'unit' column holds who is counted ('Persons', '5 years children'): no unit; the
    # name says percentage (column 'measure': 'Percentage', line 2)
    case(ACTIVE, "Percentage of physically active adults", None, {"unit": "%"}),
    case(DENTAL, "Percentage of 5 year olds with experience of visually obvious dentinal decay",
         None, {"unit": "%"}),
    case(NEET, "16-17 year olds not in education, employment or training (NEET)", None,
         {"unit": "%"}),  # column 'measure': 'Percentage' (line 135)
    case(WIDE, "Number of missed bin collections per 100,000", None,
         {"polarity": "lower_is_better", "unit": "rate"}),  # B7 'Low'
    case(RAG_TEXT, "ASC01", None,
         {"name": "% of adult social care users who have as much social contact as they "
          "would like", "polarity": "higher_is_better", "unit": "%"}),  # B5:D5
]  # fmt: skip


@pytest.mark.parametrize(("relative", "key", "portfolio", "expected"), INDICATORS)
def test_indicator_is_described_as_the_file_describes_it(
    exported: Exporter,
    relative: str,
    key: str,
    portfolio: str | None,
    expected: dict[str, object],
) -> None:
    indicator = find_indicator(exported(relative, AREA.get(relative)), key, portfolio)
    assert {field: indicator[field] for field in expected} == expected


# ---------------------------------------------------------------- whole series


@pytest.mark.corpus
def test_a_series_has_the_periods_of_the_file_and_no_others(exported: Exporter) -> None:
    # OFLOG ASC7 for Enfield: lines 5375.. hold blank values for 2016-17 to 2021-22 (no
    # observation), line 6323 the one figure, for 2022-23
    asc7 = find_indicator(exported(OFLOG, AREA[OFLOG]), "ASC7")
    assert [o["period"] for o in asc7["observations"]] == ["2022/23"]
    # Trafford children's dental decay: four surveys only (lines 274, 603, 924, 1233)
    dental = find_indicator(
        exported(DENTAL, AREA[DENTAL]),
        "Percentage of 5 year olds with experience of visually obvious dentinal decay",
    )
    assert [(o["period"], o["actual"]) for o in dental["observations"]] == [
        ("2014/15", 26.4),
        ("2016/17", 19.0),
        ("2018/19", 26.0),
        ("2021/22", 24.5),
    ]


@pytest.mark.corpus
def test_fingertips_upload_row_is_one_indicator_value(exported: Exporter) -> None:
    export = exported(FINGERTIPS, AREA[FINGERTIPS])  # PHOLIO row 2, AreaCode E16000099
    assert len(export["indicators"]) == 1, [i["name"] for i in export["indicators"]]
    observation = export["indicators"][0]["observations"][0]
    assert (observation["actual"], observation["numerator"], observation["denominator"]) == (
        72.21163012392755,
        1515,
        2098,
    )  # J2, I2, O2
    # Year 2012, Quarter 3, Month -1 (not applicable): the third quarter of 2012/13 (B2:E2)
    assert observation["period"] == "Q3 2012/13"
