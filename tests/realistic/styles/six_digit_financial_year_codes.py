"""A data warehouse extract whose financial years are six-digit codes ('202324') and quarters '202425Q1'."""

from __future__ import annotations

import csv
from pathlib import Path

from tests.realistic.kit import Expected, Obs, Rag

RAG: dict[str, Rag] = {"R": "red", "A": "amber", "G": "green"}
GOOD = {"H": "higher_is_better", "L": "lower_is_better"}
UNIT = {"PCT": "%", "NUM": "number", "DAYS": "days", "RATE": "rate", "GBP": "£"}

HEADER = ["PI_CODE", "PI_NAME", "DIRECTORATE", "UNIT_CODE", "GOOD_IS", "FIN_YEAR",
          "PERIOD_TYPE", "PERIOD_CODE", "ACTUAL_VALUE", "TARGET_VALUE", "RAG", "LOAD_NOTE"]  # fmt: skip

# code, name, directorate, unit, good is, then rows of (fin year, period type, period code,
# actual, target, RAG, note). '' actual is no observation; 'NULL' target is no target.
INDICATORS: tuple[tuple[object, ...], ...] = (
    ("CORP_001", "Council tax collected in year", "Resources", "PCT", "H", (
        ("202223", "ANNUAL", "202223", "96.84", "97.00", "A", ""),
        ("202324", "ANNUAL", "202324", "97.12", "97.00", "G", ""),
        ("202425", "QUARTER", "202425Q1", "28.61", "28.50", "G", "Cumulative"),
        ("202425", "QUARTER", "202425Q2", "56.02", "56.40", "A", "Cumulative"),
        ("202425", "QUARTER", "202425Q3", "83.47", "83.90", "A", "Cumulative"),
    )),
    ("CORP_002", "Non-domestic rates collected in year", "Resources", "PCT", "H", (
        ("202223", "ANNUAL", "202223", "98.41", "98.50", "A", ""),
        ("202324", "ANNUAL", "202324", "98.77", "98.50", "G", ""),
        ("202425", "QUARTER", "202425Q1", "31.20", "30.00", "G", "Cumulative"),
        ("202425", "QUARTER", "202425Q2", "58.86", "58.00", "G", "Cumulative"),
        ("202425", "QUARTER", "202425Q3", "84.12", "85.00", "A", "Cumulative"),
    )),
    ("CORP_005", "Average days to process new Housing Benefit claims", "Resources", "DAYS", "L", (
        ("202324", "QUARTER", "202324Q4", "19.4", "20", "G", ""),
        ("202425", "QUARTER", "202425Q1", "21.8", "20", "A", ""),
        ("202425", "QUARTER", "202425Q2", "24.6", "20", "R", "Backlog after system upgrade"),
        ("202425", "QUARTER", "202425Q3", "18.9", "20", "G", ""),
    )),
    ("CORP_009", "Working days lost to sickness absence per FTE", "Resources", "DAYS", "L", (
        ("202223", "ANNUAL", "202223", "10.2", "9.0", "R", ""),
        ("202324", "ANNUAL", "202324", "9.6", "9.0", "A", ""),
    )),
    ("HSG_101", "Households in temporary accommodation at quarter end", "Place", "NUM", "L", (
        ("202324", "QUARTER", "202324Q4", "212", "NULL", "", "Snapshot; data only"),
        ("202425", "QUARTER", "202425Q1", "226", "NULL", "", "Snapshot; data only"),
        ("202425", "QUARTER", "202425Q2", "241", "NULL", "", "Snapshot; data only"),
        ("202425", "QUARTER", "202425Q3", "238", "NULL", "", "Snapshot; data only"),
    )),
    ("HSG_104", "Homelessness cases prevented or relieved", "Place", "PCT", "H", (
        ("202324", "QUARTER", "202324Q4", "61.3", "60.0", "G", ""),
        ("202425", "QUARTER", "202425Q1", "58.7", "60.0", "A", ""),
        ("202425", "QUARTER", "202425Q2", "63.0", "60.0", "G", ""),
        ("202425", "QUARTER", "202425Q3", "", "60.0", "", "H-CLIC return not yet validated"),
    )),
    ("HSG_110", "Average re-let time for council homes (calendar days)", "Place", "DAYS", "L", (
        ("202425", "QUARTER", "202425Q1", "42.1", "35", "R", ""),
        ("202425", "QUARTER", "202425Q2", "37.8", "35", "A", ""),
        ("202425", "QUARTER", "202425Q3", "33.5", "35", "G", ""),
    )),
    ("PLN_201", "Major planning applications determined within 13 weeks or agreed time",
     "Place", "PCT", "H", (
        ("202223", "ANNUAL", "202223", "88.9", "70.0", "G", "PS1/PS2 return"),
        ("202324", "ANNUAL", "202324", "91.3", "70.0", "G", "PS1/PS2 return"),
        ("202425", "QUARTER", "202425Q1", "100.0", "70.0", "G", "PS1/PS2 return"),
        ("202425", "QUARTER", "202425Q2", "66.7", "70.0", "A", "PS1/PS2 return"),
        ("202425", "QUARTER", "202425Q3", "85.7", "70.0", "G", "PS1/PS2 return"),
    )),
    ("ENV_301", "Household waste sent for reuse, recycling or composting", "Place", "PCT", "H", (
        ("202223", "ANNUAL", "202223", "44.8", "50.0", "R", "WasteDataFlow"),
        ("202324", "ANNUAL", "202324", "46.1", "50.0", "R", "WasteDataFlow"),
        ("202425", "QUARTER", "202425Q1", "49.6", "50.0", "A", "WasteDataFlow, provisional"),
        ("202425", "QUARTER", "202425Q2", "51.2", "50.0", "G", "WasteDataFlow, provisional"),
    )),
    ("ENV_304", "Residual household waste per household (kg)", "Place", "NUM", "L", (
        ("202223", "ANNUAL", "202223", "512.4", "500", "A", "WasteDataFlow"),
        ("202324", "ANNUAL", "202324", "498.7", "500", "G", "WasteDataFlow"),
    )),
    ("ASC_401", "Permanent admissions to care homes, aged 65+, per 100,000 population",
     "Adults and Health", "RATE", "L", (
        ("202223", "ANNUAL", "202223", "598.2", "560.0", "R", "ASCOF 2A(2)"),
        ("202324", "ANNUAL", "202324", "571.4", "560.0", "A", "ASCOF 2A(2)"),
        ("202425", "QUARTER", "202425Q1", "142.6", "140.0", "A", "Cumulative, ASCOF 2A(2)"),
        ("202425", "QUARTER", "202425Q2", "276.0", "280.0", "G", "Cumulative, ASCOF 2A(2)"),
        ("202425", "QUARTER", "202425Q3", "430.9", "420.0", "A", "Cumulative, ASCOF 2A(2)"),
    )),
    ("ASC_405", "Adult social care service users who have control over their daily life",
     "Adults and Health", "PCT", "H", (
        ("202223", "ANNUAL", "202223", "76.9", "78.0", "A", "ASCS survey"),
        ("202324", "ANNUAL", "202324", "78.4", "78.0", "G", "ASCS survey"),
    )),
    ("CHS_501", "Child protection plans lasting two years or more (of plans ended)",
     "Children and Families", "PCT", "L", (
        ("202324", "QUARTER", "202324Q4", "3.1", "4.0", "G", ""),
        ("202425", "QUARTER", "202425Q1", "2.4", "4.0", "G", ""),
        ("202425", "QUARTER", "202425Q2", "5.6", "4.0", "R", "3 children, large sibling group"),
        ("202425", "QUARTER", "202425Q3", "4.2", "4.0", "A", ""),
    )),
    ("CHS_507", "Education, health and care plans issued within 20 weeks (excluding exceptions)",
     "Children and Families", "PCT", "H", (
        ("202223", "ANNUAL", "202223", "38.2", "60.0", "R", "SEN2 return, calendar year 2022"),
        ("202324", "ANNUAL", "202324", "51.9", "60.0", "R", "SEN2 return, calendar year 2023"),
        ("202425", "QUARTER", "202425Q1", "63.4", "60.0", "G", "Local data"),
        ("202425", "QUARTER", "202425Q2", "58.8", "60.0", "A", "Local data"),
        ("202425", "QUARTER", "202425Q3", "61.0", "60.0", "G", "Local data"),
    )),
    ("CORP_014", "Spend with local suppliers (£)", "Resources", "GBP", "H", (
        ("202223", "ANNUAL", "202223", "48210000", "NULL", "", ""),
        ("202324", "ANNUAL", "202324", "51775000", "NULL", "", ""),
    )),
)  # fmt: skip


def _period(fin_year: str, code: str) -> str:
    """'202425' -> '2024/25'; '202425Q1' -> 'Q1 2024/25' (as a careful reader reads them)."""
    year = f"{fin_year[:4]}/{fin_year[4:6]}"
    return f"{code[6:]} {year}" if len(code) > 6 else year


def _number(text: str) -> float | None:
    return None if text in ("", "NULL") else float(text)


def build(path: Path) -> Expected:
    """Imitates a unitary council's performance data warehouse extract behind a statutory return.

    The kind of flat file a business intelligence team pulls from the
    corporate data warehouse (a SQL Server fact table, DW_PERF_FACT style)
    and sends to the scrutiny officer as CSV: upper-case column names,
    financial years coded as six digits ('202223', '202324', '202425') in
    FIN_YEAR, a PERIOD_TYPE of ANNUAL or QUARTER, and a PERIOD_CODE that
    repeats the year for annual rows ('202324') and adds the quarter for
    quarterly ones ('202425Q1'). Unit and 'good is' are codes (PCT, NUM,
    DAYS, RATE, GBP; H/L). Targets with none are 'NULL', as SQL Server
    writes them; the RAG is an R/A/G letter; LOAD_NOTE carries the source
    and rough notes. Some indicators have only annual rows, some a run of
    2022/23 and 2023/24 years then 2024/25 quarters, some a Q4 2023/24 then
    quarters; a temporary accommodation snapshot is data only; the
    homelessness Q3 has no value yet ('not yet validated'); recycling has
    no Q3 row at all.

    A careful reader reads '202324' as the financial year 2023/24 (a month
    24 is impossible, and ANNUAL says so) and '202425Q2' as Q2 2024/25.
    Every row is its own observation with its own target and RAG; 'NULL'
    targets are no target, an empty RAG no rating, an empty value no
    observation. Percentages are in points. Polarity comes from GOOD_IS and
    the unit from UNIT_CODE. The EHCP note that its annual rows come from
    the calendar-year SEN2 return does not change the extract's own
    FIN_YEAR coding, which the reader keeps. Nothing is doubtful.
    """
    exp = Expected([])
    rows: list[list[str]] = [HEADER]
    for code, name, directorate, unit, good, series in INDICATORS:
        assert isinstance(series, tuple)
        for fin_year, period_type, period_code, actual, target, rag, note in series:
            rows.append(
                [
                    str(code),
                    str(name),
                    str(directorate),
                    str(unit),
                    str(good),
                    fin_year,
                    period_type,
                    period_code,
                    actual,
                    target,
                    rag,
                    note,
                ]
            )
            value = _number(actual)
            if value is None:
                continue
            exp.observations.append(
                Obs(
                    str(code),
                    str(name),
                    _period(fin_year, period_code),
                    value,
                    None,
                    _number(target),
                    RAG.get(rag),
                )
            )
        exp.add_meta(str(code), str(name), GOOD[str(good)], UNIT[str(unit)])
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle, lineterminator="\r\n").writerows(rows)
    return exp
