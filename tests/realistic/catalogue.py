"""Every realistic fixture: its style, the practice it imitates, what import should do, hold-out or not.

The hold-out set was drawn once, before any fixture was written, with
``random.Random(11).sample(sorted(PLANNED), 11)`` over the 33 planned names;
fixtures added after the draw are development fixtures. A second batch of 24
was planned later (``PLANNED_2``) and half drawn with
``random.Random(2026).sample(sorted(PLANNED_2), 12)`` as the second hold-out
set, again before any of its fixtures was written. A third batch of 24
(``PLANNED_3``) was fixed and half drawn the same way with
``random.Random(3).sample(sorted(PLANNED_3), 12)`` as the third hold-out set,
a fourth batch of 12 (``PLANNED_4``) had four drawn with
``random.Random(4).sample(sorted(PLANNED_4), 4)`` as the fourth, a fifth
batch of 18 (``PLANNED_5``) had six drawn with
``random.Random(5).sample(sorted(PLANNED_5), 6)`` as the fifth, a sixth
batch of 18 (published first only as ``PLANNED_6_SHA256``) had six drawn with
``random.Random(6).sample(sorted(PLANNED_6), 6)`` as the sixth, a seventh
batch of 18 (published first only as ``PLANNED_7_SHA256``) had six drawn with
``random.Random(7).sample(sorted(PLANNED_7), 6)`` as the seventh, an eighth
batch of 18 (published first only as ``PLANNED_8_SHA256``) had six drawn with
``random.Random(8).sample(sorted(PLANNED_8), 6)`` as the eighth, a ninth
batch of 18 (published first only as ``PLANNED_9_SHA256``) had six drawn with
``random.Random(9).sample(sorted(PLANNED_9), 6)`` as the ninth, and a tenth
batch of 18 (published first only as ``PLANNED_10_SHA256``) had six drawn with
``random.Random(10).sample(sorted(PLANNED_10), 6)`` as the tenth.
Hold-out builders live in ``tests/realistic/holdout/``, ``holdout2/``,
``holdout3/``, ``holdout4/``, ``holdout5/``, ``holdout6/``, ``holdout7/``,
``holdout8/``, ``holdout9/`` and ``holdout10/`` and are imported only when
built, so working on the importer against the development set never loads them.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from tests.realistic.kit import Expected

Status = Literal["imported", "needs_review"]


@dataclass(frozen=True)
class Fixture:
    """One realistic scorecard: how to build it and what importing it should do."""

    name: str
    filename: str  # what the builder writes, with its format's suffix
    style: str
    practice: str
    status: Status = "imported"
    options: tuple[str, ...] = ()  # extra `import` arguments, e.g. ("--area", "Fife")
    holdout: bool = False
    holdout_set: str = "holdout"  # which hold-out set (its package) when held out

    @property
    def package(self) -> str:
        """The folder under tests/realistic/ its builder lives in."""
        return self.holdout_set if self.holdout else "styles"

    @property
    def set_name(self) -> str:
        return self.package if self.holdout else "dev"

    @property
    def module(self) -> str:
        return f"tests.realistic.{self.package}.{self.name}"

    @property
    def builder(self) -> Callable[[Path], Expected]:
        build: Callable[[Path], Expected] = importlib.import_module(self.module).build
        return build

    def build(self, folder: Path) -> tuple[Path, Expected]:
        """Write the fixture into folder; its path and the expected reading."""
        path = folder / self.filename
        return path, self.builder(path)


def _f(name: str, ext: str, style: str, practice: str, **extra: object) -> Fixture:
    return Fixture(name, f"{name}.{ext}", style, practice, **extra)  # type: ignore[arg-type]


_H2: dict[str, object] = {"holdout": True, "holdout_set": "holdout2"}
_H3: dict[str, object] = {"holdout": True, "holdout_set": "holdout3"}
_H4: dict[str, object] = {"holdout": True, "holdout_set": "holdout4"}
_H5: dict[str, object] = {"holdout": True, "holdout_set": "holdout5"}
_H6: dict[str, object] = {"holdout": True, "holdout_set": "holdout6"}
_H7: dict[str, object] = {"holdout": True, "holdout_set": "holdout7"}
_H8: dict[str, object] = {"holdout": True, "holdout_set": "holdout8"}
_H9: dict[str, object] = {"holdout": True, "holdout_set": "holdout9"}
_H10: dict[str, object] = {"holdout": True, "holdout_set": "holdout10"}
_H12: dict[str, object] = {"holdout": True, "holdout_set": "holdout12"}
_H14: dict[str, object] = {"holdout": True, "holdout_set": "holdout14"}
_H15: dict[str, object] = {"holdout": True, "holdout_set": "holdout15"}
_H16: dict[str, object] = {"holdout": True, "holdout_set": "holdout16"}
_H17: dict[str, object] = {"holdout": True, "holdout_set": "holdout17"}
_H18: dict[str, object] = {"holdout": True, "holdout_set": "holdout18"}
_H19: dict[str, object] = {"holdout": True, "holdout_set": "holdout19"}
_H20: dict[str, object] = {"holdout": True, "holdout_set": "holdout20"}
_H21: dict[str, object] = {"holdout": True, "holdout_set": "holdout21"}
_H22: dict[str, object] = {"holdout": True, "holdout_set": "holdout22"}
_H23: dict[str, object] = {"holdout": True, "holdout_set": "holdout23"}
_H24: dict[str, object] = {"holdout": True, "holdout_set": "holdout24"}
_H25: dict[str, object] = {"holdout": True, "holdout_set": "holdout25"}
_H26: dict[str, object] = {"holdout": True, "holdout_set": "holdout26"}
_H27: dict[str, object] = {"holdout": True, "holdout_set": "holdout27"}


FIXTURES: tuple[Fixture, ...] = (
    _f("pentana_export", "xlsx", "value/target pair per quarter; Alert/Warning/OK/Data Only status words",
       "Pentana (Ideagen) Performance PI report export"),
    _f("camms_interplan", "xlsx", "long: one row per measure per 'Quarter 1 2024/25'; On track/At risk/Off track",
       "measure progress export from a strategy system such as CAMMS"),
    _f("inphase_export", "xlsx", "long monthly rows, R/A/G letters, 'Bigger is Better' polarity",
       "monthly export from a performance dashboard such as InPhase"),
    _f("powerbi_long", "csv", "long CSV with period_start/period_end, monthly/quarterly/annual rows mixed",
       "Power BI table visual 'Export data'"),
    _f("dashboard_tiles", "xlsx", "tiles of label/value pairs, three across and two down",
       "council corporate health dashboard in a cabinet pack"),
    _f("committee_appendix", "xlsx", "portfolio sections, year merged over quarters, footnotes, symbol key below",
       "cabinet/scrutiny committee report appendix"),
    _f("transposed_table", "xlsx", "indicators as columns with code/name/unit/polarity/target rows, months down",
       "joint NHS/council urgent care monthly tracker"),
    _f("offset_hidden_rows", "xlsx", "table starting at C5 under a logo margin, two rows hidden",
       "service scorecard with logo area"),
    _f("good_performance_result", "xlsx", "'Good performance' Higher/Lower column beside 'Result'; bare Q1/Q2",
       "district council housing performance table"),
    _f("achieved_annual", "xlsx", "two yearly outturns, a yearly target, 'Achieved'/'Not achieved'",
       "annual performance report appendix"),
    _f("tick_symbols", "xlsx", "\u2713/\u26a0/\u2717 status and \u2191/\u2193/\u2192 direction, no key",
       "regeneration scorecard pasted from Word"),
    _f("text_targets", "xlsx", "targets typed as words: Minimum/Maximum/at least/\u2265/</below, a band",
       "corporate services scorecard with service-plan targets"),
    _f("welsh_bilingual", "xlsx", "Welsh/English headings, PAM codes, 'Chwarter 1' and bilingual status",
       "Welsh council Public Accountability Measures scorecard"),
    _f("quarter_blocks", "xlsx", "quarter merged over Actual/Target/RAG sub-columns, a quarter left blank",
       "public health quarterly monitoring return"),
    _f("lgbf_benchmark", "xlsx", "all councils, one row per council and indicator, years across; Scotland row",
       "Local Government Benchmarking Framework data download", options=("--area", "Fife")),
    _f("lginform_download", "xlsx", "a block per metric, periods down, council/neighbours/region/England across",
       "LG Inform report data download", options=("--area", "Wokingham")),
    _f("fingertips_download", "csv", "long CSV, all areas, CIs, count/denominator, pooled '2017 - 19' periods",
       "Fingertips (OHID) 'Download data' CSV", options=("--area", "Trafford")),
    _f("sheets_per_portfolio", "xlsx", "RAG-count summary sheet, then one sheet per portfolio",
       "county council quarterly cabinet workbook"),
    _f("ytd_comparators", "xlsx", "'This quarter', 'Previous quarter', 'Same quarter last year', 'Year to date'",
       "children's social care quarterly report"),
    _f("key_sheet_symbols", "xlsx", "\u25b2/\u25ba/\u25bc status defined on a separate Key sheet; direction in words",
       "council template with a Key sheet"),
    _f("annual_outturns", "xlsx", "four yearly outturns across, next year's target, quartile, England average",
       "service plan / budget book outturn trend table"),
    _f("mislabelled_value_column", "xlsx", "'Value' heading over Higher/Lower words, figures under 'Actual'",
       "template whose headings slipped a column", status="needs_review"),
    # added after the hold-out draw: development set
    _f("academic_year_education", "xlsx", "'2022/23 academic year' columns, England and neighbour averages",
       "education standards report to scrutiny"),
    _f("rolling_year_crime", "xlsx", "calendar years and a '12 months to Sep 2024' rolling period, counts only",
       "community safety partnership recorded crime table"),
    _f("unknown_status_words", "xlsx", "status words of the team's own (Stable/Watch/Concern), no key",
       "digital services scorecard", status="needs_review"),
    _f("tidy_actual_target", "xlsx", "tidy rows: Year, Quarter, Measure_Type Actual/Target, Value",
       "data-warehouse / SQL report extract"),
    _f("commentary_rows", "xlsx", "figures row then a merged, wrapped commentary row per indicator",
       "cabinet report table drafted in Word"),
    _f("excel_cell_styles", "xlsx", "RAG as Excel's Good/Neutral/Bad cell styles; percent-format cells",
       "HR dashboard rated with built-in cell styles"),
    _f("gss_statistical_table", "xlsx", "cover/contents/notes sheets, [note N] headings, [x]/[c] shorthand, all LAs",
       "official statistics table to the GSS accessible-spreadsheet standard", options=("--area", "Reading")),
    _f("pdf_converted", "xlsx", "headings and names split over two rows, figures as text with stray spaces",
       "committee PDF appendix converted to Excel"),
    _f("sheet_per_indicator", "xlsx", "a sheet per indicator: areas down, years across, name in A1",
       "benchmarking downloads (e.g. LAIT) gathered into one workbook", options=("--area", "Slough")),
    _f("excel_table_totals", "xlsx", "Excel table object with date-range headings and a Total row",
       "complaints return kept as an Excel table"),
    _f("undated_quarter_pair", "xlsx", "'Last qtr'/'This qtr' columns, the quarter named nowhere",
       "rows lifted out of a quarterly report into a briefing sheet", status="needs_review"),
    _f("variance_columns", "xlsx", "same quarter last year beside this one, 'Variance to target' '+2.3pp' columns",
       "resources directorate report in budget-monitoring style"),
    _f("rate_confidence_limits", "xlsx", "long: rate with Lower CI/Upper CI and England columns, mixed periods",
       "health and wellbeing board outcomes table (JSNA)"),
    _f("baseline_targets", "xlsx", "'Baseline (2019/20)' column, outturn years, 'Target 2024/25', a part-filled year",
       "council corporate plan outcome measures"),
    _f("revised_markers", "xlsx", "figures marked '61.4 (r)', '66.8p', '81.5*' with a legend below",
       "adult social care return following official-statistics conventions"),
    _f("not_yet_due", "xlsx", "'Annual measure - reported Q4' and 'Not yet due' in quarter cells",
       "housing services quarterly monitoring with annual measures"),
    _f("wrapped_target_headings", "xlsx", "headings wrapped in the cell: 'Q1\\n2024/25', 'Target\\n2024/25'",
       "planning service scorecard with Alt+Enter headings"),
    _f("dated_month_column", "xlsx", "long: 'Month' column of real dates 01/04/2024 (dd/mm/yyyy)",
       "monthly extract from a reporting database"),
    _f("half_years", "xlsx", "'H1 2023/24', 'H2 2023/24', 'H1 2024/25' columns, a half left blank",
       "regulatory services six-monthly committee report"),
    _f("alternating_rows", "xlsx", "an 'Actual' row then a 'Target' row per indicator, 'Apr-24' months",
       "adult social care monthly tracker with target trajectories"),
    _f("unit_column_bands", "xlsx", "'Unit' column (%, No., £k, per 1,000), shaded portfolio bands",
       "corporate scorecard template with portfolio bands"),
    # second batch, development half (the other half is the second hold-out set)
    _f("alternating_actual_target_rows", "xlsx", "two rows per measure, 'Actual' then 'Target', 'Apr-24' month headings",
       "adult social care / NHS integrated monthly performance pack"),
    _f("baseline_column", "xlsx", "'Baseline (2021/22)' column, yearly outturns, '2024/25 Target', a 2027/28 ambition",
       "corporate plan outcome measures annual report"),
    _f("brag_blue_status", "xlsx", "BRAG column with 'Blue' ratings and no key",
       "planning service BRAG scorecard", status="needs_review"),
    _f("csv_metadata_header", "csv", "report name/run date/filters lines above the table, comma-padded, footer",
       "BI reporting portal report saved as CSV from Excel"),
    _f("cumulative_ytd_monthly", "xlsx", "cumulative year-to-date figures under bare month headings",
       "revenues and benefits collection report"),
    _f("directional_targets", "xlsx", "targets typed as 'Increase'/'Reduce'/'Top quartile' beside numeric ones",
       "health and wellbeing board outcomes framework", status="needs_review"),
    _f("excel_date_mangled", "xlsx", "a '3/4' typed into a figure cell and stored by Excel as a date",
       "governance scorecard filled in by hand", status="needs_review"),
    _f("month_range_headings", "xlsx", "calendar quarters headed 'Jan\u2013Mar 24', 'Apr\u2013Jun 24', no codes",
       "police and crime panel performance report"),
    _f("revised_provisional_markers", "xlsx", "figures with '(r)', 'p', '[p]' markers, '[x]', England column, legend",
       "children's services statistics summary"),
    _f("side_by_side_years", "xlsx", "last year's and this year's tables side by side, bare Q1..Q4, own column order",
       "housing scorecard with previous-year outturn alongside"),
    _f("symbol_rag_heading", "xlsx", "rating column headed only '\u25cf', direction column headed only '\u2195'",
       "culture and leisure scorecard laid out for print"),
    _f("variance_pp_columns", "xlsx", "'Variance to target' as '+2.3pp' text, Unit column, Improving/Declining/Static",
       "economy and regeneration scorecard"),
    _f("stale_pasted_row", "xlsx", "a measure's row pasted twice in one section, the copies differing in June",
       "planning service monthly return collated from team returns", status="needs_review"),
    _f("fraction_pasted_percent", "xlsx", "Unit column, yearly outturns, one percentage pasted as 0.64, small genuine rates",
       "community safety partnership annual outturn table", status="needs_review"),
    _f("months_ended_headings", "xlsx", "'Six months ended 30 September 2024', 'Year to 31 March 2024' headings",
       "borough council half-yearly performance digest"),
    _f("powerbi_stepped_levels", "xlsx", "year rows with subtotals, 'Quarter 1' rows stepped under them, a Total",
       "housing options dashboard exported from a Power BI matrix"),
    # third batch, development half (the other half is the third hold-out set)
    _f("calendar_year_quarters", "xlsx", "calendar quarters headed '2024 Q1', a note that Q1 is January to March",
       "community safety partnership quarterly summary of police and health data"),
    _f("kpi_form_pages", "xlsx", "a printable form per indicator: label/value pairs down two columns",
       "district council PI forms printed for an overview and scrutiny committee"),
    _f("mixed_frequency_wide", "xlsx", "Q1..Q4 and '2024/25 annual' columns, a Frequency column, 'Annual' in quarter cells",
       "borough council year-end corporate performance table"),
    _f("numeric_rag_key_row", "xlsx", "status coded 1/2/3, the key in a footer row under the table",
       "housing services quarterly return from a filterable template"),
    _f("ofsted_grades_status", "xlsx", "Ofsted grade words in the Status column of inspection rows among RAG-rated KPIs",
       "children and young people's scrutiny scorecard with inspection outcomes"),
    _f("pam_data_cymru", "xlsx", "PAM/0xx codes, '2021-22' year columns, Wales and rank columns, all-Wales summary below",
       "Welsh Public Accountability Measures table downloaded from a benchmarking site"),
    _f("polarity_arrows", "xlsx", "polarity as \u2191/\u2193 under 'Good is', direction of travel as \u2191/\u2193/\u2192, a key below",
       "neighbourhood services scorecard from a narrow template"),
    _f("profiled_quarter_targets", "xlsx", "'Q1 Target | Q1 Actual | Q2 Target ...' profiled targets, an annual target, year in the title",
       "economy and housing scorecard with seasonal target profiles"),
    _f("rank_and_quartile_columns", "xlsx", "per year: council value, 'Rank (of 16)', 'Quartile', neighbours' average, England",
       "benchmarking appendix against CIPFA nearest neighbours"),
    _f("summary_counts_above_table", "xlsx", "Green/Amber/Red/Data only counts by portfolio above the KPI table",
       "corporate performance report opening with a summary of ratings"),
    _f("text_month_headings", "xlsx", "'Apr-24'..'Mar-25' typed as text, 'YTD' and 'Same month last year', '-' for months to come",
       "customer services monthly tracker kept through the year"),
    _f("year_rows_under_title", "xlsx", "a merged code-and-name title row per indicator, then Year | Outturn | Target | Status rows",
       "housing annual report to a tenants' panel"),
    # fourth batch, development part (the other four are the fourth hold-out set)
    _f("contract_kpis_supplier", "xlsx", "supplier/contract/KPI ref, Threshold and Target, two quarters' scores, 'Service credit (\u00a3)', RAG",
       "contract management report on outsourced services"),
    _f("latest_period_column", "xlsx", "'Latest data' | 'Period' | 'Previous' | 'Previous period', each figure's period in a cell",
       "corporate snapshot of indicators from sources on different timetables"),
    _f("pivot_table_export", "xlsx", "PivotTable pasted as values: 'Row Labels', bold portfolio labels, indented indicators, Grand Totals",
       "summary of a performance dataset built with an Excel PivotTable"),
    _f("qlik_totals_first", "xlsx", "field-name headings, long rows, the 'Totals' row first under the headings, '-' for nulls",
       "Qlik Sense table 'Download as data'"),
    _f("shared_service_two_councils", "xlsx", "per quarter an 'Adur' and a 'Worthing' column, one shared target, status per council",
       "joint performance report of two councils sharing services", options=("--area", "Worthing")),
    _f("tableau_crosstab_utf16", "csv", "UTF-16 LE with BOM, tab-separated, 'Measure Names' rows, 'FY 2024/25 Q1' columns, formatted text",
       "Tableau Server 'Download > Crosstab' as CSV"),
    _f("top_quartile_targets", "xlsx", "targets as 'Top quartile (\u2265 92.1%)', 'Above England average (41.7%)', 'Upper quartile'",
       "benchmarked KPI set with targets stated as positions", status="needs_review"),
    _f("value_flag_column", "xlsx", "a 'Flag' column beside each year's figure (p, r, e, c, ':'), the flag key below",
       "open-data statistical table with flags"),
    # fifth batch, development part
    _f("cover_contents_glossary_sheets", "xlsx", "Cover, Contents and Glossary sheets first, a Unit column on the fourth sheet's scorecard",
       "district council quarterly performance workbook sent with a committee report"),
    _f("forecast_and_actual_columns", "xlsx", "'2023/24 Actual', quarters, 'Forecast outturn 2024/25' (a range, 'On track'), 'Target 2024/25'",
       "adult social care and health monitoring report with a year-end forecast"),
    _f("green_red_threshold_columns", "xlsx", "Target beside 'Green threshold'/'Red threshold' numbers, Maximise/Minimise aim, 'Data only'",
       "performance-system PI report printing each indicator's rating bands"),
    _f("indicator_description_columns", "xlsx", "Definition/Why it matters/Data source/Frequency/Lead officer/Polarity texts, then outturn, quarters, target, status",
       "children's services performance framework agreed with a scrutiny committee"),
    _f("merged_name_two_measure_rows", "xlsx", "name merged down over a 'Number' row and a '%'/'Rate per 10,000' row, target and RAG on the second",
       "children's services quarterly table with counts and rates"),
    _f("combined_value_target_cell", "xlsx", "'56.2% (target 57.0%)', '121 / 180', '26 days (T: 28)' in quarter cells, a separate Target on other rows",
       "committee appendix with targets typed beside the figures", status="needs_review"),
    # hold-out set: do not open these while working on the importer
    _f("date_headings", "xlsx", "month columns headed by real dates formatted mmm-yy",
       "customer services monthly report", holdout=True),
    _f("fill_only_rag", "xlsx", "RAG only as the fill colour of each figure's cell, no key",
       "community safety scorecard shaded by hand", holdout=True),
    _f("monthly_wide", "xlsx", "bare month-name columns Apr..Jan, year only in the title",
       "district council monthly KPI return", holdout=True),
    _f("no_period_stated", "xlsx", "'Previous'/'Current' columns and no date anywhere",
       "excerpt pasted out of a committee report", status="needs_review", holdout=True),
    _f("numerator_denominator", "xlsx", "long, numerator/denominator/% columns, 'Apr-Jun 2024' periods",
       "children's services statutory-return style table", holdout=True),
    _f("opendata_csv", "csv", "long CSV, '2024-25 Q1' periods, unit words, 'n/a' values and targets",
       "open data portal (Transparency Code) indicators CSV", holdout=True),
    _f("percent_format", "xlsx", "fractions shown through 0% / 0.0% number formats",
       "education scorecard with calculated percent cells", holdout=True),
    _f("two_tables_one_sheet", "xlsx", "quarterly table above an annual one with other column order and wording",
       "highways service sheet with two tables", holdout=True),
    _f("typed_values", "xlsx", "figures and targets typed as text with separators, units, currency, markers",
       "revenues and benefits scorecard filled in by hand", holdout=True),
    _f("unmapped_symbol", "xlsx", "status column of Harvey-ball symbols, no key",
       "management report with progress circles", status="needs_review", holdout=True),
    _f("words_in_values", "xlsx", "quarter columns holding mostly progress words",
       "corporate plan delivery tracker", status="needs_review", holdout=True),
    # second hold-out set: do not open these while working on the importer
    _f("confidence_intervals", "xlsx", "year merged over Value/Lower CI/Upper CI, England column, no codes",
       "public health outcomes summary for health scrutiny", **_H2),
    _f("duplicate_rows_conflict", "xlsx", "one indicator pasted twice, the copies disagreeing on Q2",
       "waste services scorecard assembled from team returns", status="needs_review", **_H2),
    _f("half_year_columns", "xlsx", "'6 months to Sep 23' / 'Mar 24' / 'Sep 24' headings, 'Target 2024/25'",
       "district council half-yearly report to overview and scrutiny", **_H2),
    _f("mixed_fraction_percent", "xlsx", "percentages in points with one typed as a fraction (0.92)",
       "workforce scorecard typed by several officers", status="needs_review", **_H2),
    _f("multiline_headings", "xlsx", "'Q1\\n2024/25' wrapped headings, shaded merged portfolio rows, blank Q3/Q4",
       "county council quarterly cabinet report early in the year", **_H2),
    _f("not_yet_due_cells", "xlsx", "'Annual measure', 'Not yet due', 'Reported in arrears' in quarter cells",
       "customer and engagement scorecard mixing quarterly and annual measures", **_H2),
    _f("ods_calc_scorecard", "ods", "OpenDocument file, percentage-typed cells, year merged over Q1/Q2",
       "scorecard published as .ods under the open document standard", **_H2),
    _f("period_end_dates", "xlsx", "long rows, 'Quarter ending' real dates (dd/mm/yyyy), RAG letters per row",
       "integrated care board urgent care indicators shared with the council", **_H2),
    _f("powerbi_matrix_stepped", "xlsx", "year/quarter row levels ('2023-24', 'Qtr 3'), measures across, Total row",
       "Power BI matrix 'Export data with current layout'", **_H2),
    _f("repeated_period_heading", "xlsx", "two columns both headed 'Q2 2024/25'",
       "education scorecard with a copied quarter column", status="needs_review", **_H2),
    _f("tolerance_column", "xlsx", "'Target' and 'Tolerance' numbers side by side, Unit column",
       "resources PI framework with target tolerances", **_H2),
    _f("welsh_only_rag", "xlsx", "Welsh-only headings and names, 'Chwarter 1 2024-25', Coch/Ambr/Gwyrdd, Tueddiad",
       "Welsh-medium council scorecard published in Welsh", **_H2),
    # third hold-out set: do not open these while working on the importer
    _f("accounting_negatives", "xlsx", "'#,##0;(#,##0)' and accounting formats, '(1,015)' typed, text '-' for nil, '£k' heading",
       "resources directorate scorecard kept by a finance team", **_H3),
    _f("dfe_ees_tidy", "csv", "tidy CSV: time_period 202324, geographic_level, LA codes, snake_case measures across",
       "Department for Education explore education statistics data file", options=("--area", "Sheffield"), **_H3),
    _f("exceptions_report_red_only", "xlsx", "red indicators only, Q2 named in the title, long reason/action text, dates",
       "exceptions appendix to a quarterly cabinet performance report", **_H3),
    _f("footnotes_and_sources", "xlsx", "'85.2\u00b9', '88.1*' figures, '\u00b2' on names, note line between sections, sources",
       "health and wellbeing scorecard prepared by an intelligence team", **_H3),
    _f("narrative_numbers_commentary", "xlsx", "'Analysis and commentary' paragraphs full of figures, periods and dates",
       "children's services scorecard with written analysis", **_H3),
    _f("nbsp_and_text_numbers", "xlsx", "text figures with no-break and zero-width spaces, '\u2212' minus, '85 %', quote prefixes",
       "housing scorecard pasted together from the council website and a PDF", **_H3),
    _f("owner_metadata_columns", "xlsx", "Service/Lead officer/Data source/Frequency/Collection type columns, last/next update dates",
       "performance framework indicator register exported from a performance system", **_H3),
    _f("quarter_snapshot_sheets", "xlsx", "a sheet per quarter ('Q1 24-25'), headings only Actual/Target/RAG, quarter in the title",
       "neighbourhood services workbook with a tab copied forward each quarter", **_H3),
    _f("section_subtotal_rows", "xlsx", "merged theme headings, 'Theme total: 5 indicators \u2013 3 Green...' rows, RAG counts in figure columns",
       "corporate plan report by theme with totals", **_H3),
    _f("spc_assurance_icons", "xlsx", "'Apr-24' month columns, target, SPC 'Variation'/'Assurance' words, no RAG",
       "NHS integrated performance report summary at a health and wellbeing board", **_H3),
    _f("target_in_name", "xlsx", "no Target column: '(target 50%)', '\u2013 target: no more than 30 days', '[Target \u2265 90%]' in names",
       "place and environment scorecard with targets in the descriptions", **_H3),
    _f("title_period_only", "xlsx", "headings Actual/Target/RAG/'Same quarter last year', quarter only in the title",
       "district council quarterly performance report to overview and scrutiny", **_H3),
    # fourth hold-out set: do not open these while working on the importer
    _f("emoji_rag", "xlsx", "Microsoft Lists export: '\U0001f7e2', '\U0001f7e0 At risk', '\u26aa Not due' statuses, emoji trend, 'Q1 24/25'",
       "KPI tracker kept as a list in a Teams site, exported to Excel", **_H4),
    _f("number_and_rate_subcolumns", "xlsx", "each period merged over 'No.' and 'Rate per 10,000', rate targets and comparators",
       "children's social care activity table in a report to scrutiny", **_H4),
    _f("percent_of_target_column", "xlsx", "Q1/Q2 Actual, Target, '% of target achieved' as 0% fractions, G/A/R letters",
       "district council quarterly scorecard with a calculated achievement column", **_H4),
    _f("power_query_unpivoted", "xlsx", "Service/PI Code/PI Name/Unit then 'Attribute' ('Q1 2024/25 Target', 'RAG 2023/24') and 'Value'",
       "scorecard reshaped with Power Query 'Unpivot Other Columns'", **_H4),
    _f("null_markers_mixed", "xlsx", "missing figures as '-', '\u2013', 'n/a', 'N/A', '..', '*', 'c', 'x', 'tbc', 'Not available', 'awaiting data', blank",
       "adult care and public health report assembled from many returns"),
    _f("outline_grouped_detail_rows", "xlsx", "headline rows with outline-grouped sub-measure rows, two groups collapsed (hidden)",
       "housing landlord dashboard using Excel Data > Group"),
    _f("sharepoint_list_export", "xlsx", "Microsoft Lists table: Title, KPI Ref, 'Q1 2024-25' choice, Result, Target, RAG Status, Modified, Item Type, Path",
       "quarterly KPI returns kept in a SharePoint list, 'Export to Excel'"),
    _f("target_year_columns_differ", "xlsx", "outturns 2022/23-2024/25 beside 'Target 2024/25', 'Target 2025/26', 'Target 2026/27'",
       "three-year service plan performance measures"),
    _f("trend_words_column", "xlsx", "RAG status plus 'Trend' words (Improving/Declining/No change/Worsening) and \u25b2/\u25bc/\u25ba direction of travel",
       "council plan quarterly monitoring with trend commentary"),
    _f("welsh_headings_only", "xlsx", "Welsh only: 'Chwarter 1 2024/25' over Gwirioneddol/Targed, Uned, Statws Gwyrdd/Ambr/Coch, 'Dim data', 'amh'",
       "Welsh-language scorecard for a scrutiny committee"),
    # fifth hold-out set: do not open these while working on the importer
    _f("blank_spacer_columns", "xlsx", "narrow empty gutter columns between code, name and each quarter's merged Actual/Target/Rating group",
       "district council committee monitoring report laid out for print", **_H5),
    _f("merged_portfolio_column", "xlsx", "portfolio merged down column A over its KPIs, 'July 2024' month columns, one Target, RAG for the latest month",
       "unitary council monthly corporate dashboard by cabinet portfolio", **_H5),
    _f("money_values_with_suffixes", "xlsx", "money typed '£1.2m', '£850k', '(£45k)', '£12,345', '-3.2%', targets alike, outturn and quarters",
       "resources and commercial KPI scorecard for a finance committee", **_H5),
    _f("previous_latest_dated_headings", "xlsx", "'Previous (Nov 2024)'/'Latest (Dec 2024)' headings, Change column, one Target, status words",
       "monthly resident services report to scrutiny", **_H5),
    _f("repeated_header_rows_print", "xlsx", "heading row copied onto each printed page, 'Page 1 of 3' lines and page breaks, theme rows",
       "council plan appendix prepared for a printed agenda pack", **_H5),
    _f("satisfaction_scores_out_of_ten", "xlsx", "survey years; TSM percentage cells, '7.2/10', '7.4 out of 10', index, NPS, respondents column",
       "council landlord's tenant and resident survey results to housing scrutiny", **_H5),
    # sixth batch, part A (development)
    _f("rag_word_with_reason", "xlsx", "status cells 'Red - recruitment delays', 'AMBER (improving)', 'Green: on target', 'R \u2013 see note 3', 'N/A \u2013 contextual'",
       "county children's services monthly dashboard with reasons typed into the status"),
    _f("suppressed_small_numbers", "xlsx", "'<5', 'c', '[c]', '*', 'x', '~' suppression symbols among counts, rates and %, zeros shown, footnote on disclosure",
       "small unitary council's children and young people report published with small numbers suppressed"),
    _f("csv_windows_1252_multiline", "csv", "Excel CSV in Windows-1252: '\u00a3' and en dashes, 'Q1 2024\u201325', figures as displayed, quoted commentary over several lines",
       "district council scorecard tab saved from Excel on Windows as 'CSV (Comma delimited)'"),
    _f("targets_on_separate_sheet", "xlsx", "quarterly actuals keyed by PI code; 'Targets' sheet with each code's polarity ('Aim to maximise'), 2024/25 target, 'TBC', basis",
       "district council workbook with a Cabinet-approved targets sheet beside the quarterly returns"),
    _f("neighbour_councils_columns", "xlsx", "per year the council's own column beside five neighbouring councils by name and 'LCR average', 'Better if' Higher/Lower, '-' unpublished",
       "metropolitan borough's benchmarking appendix against its city region neighbours", options=("--area", "St Helens")),
    _f("five_level_rag_scale", "xlsx", "status Green, Amber/Green, Amber, Red/Amber, Red (one 'Amber / Green'), filled cells, five-level key printed above the table",
       "district council strategic plan dashboard rated on a five-point delivery confidence scale", status="needs_review"),
    # sixth batch, development part B
    _f("durations_as_clock_times", "xlsx", "waits as Excel times shown 'mm:ss' and '[h]:mm:ss', web chat '1m 48s' text, 0.0% fractions, counts",
       "customer contact centre monthly KPI sheet from telephony reports"),
    _f("name_merged_across_columns", "xlsx", "names merged across B:D, quarters from E, heading merged alike, comments merged J:L, shaded section rows",
       "district council quarterly performance report formatted for print"),
    _f("percent_change_arrow_in_cell", "xlsx", "Q1/Q2 figures, 'Change on last quarter' cells '\u25b2 3.2 pts', '\u25bc 6.7%', '\u25c4\u25ba 0.0', Unit column, rating words",
       "housing and environment quarterly KPI report to overview and scrutiny"),
    _f("reverse_chronological_quarters", "xlsx", "quarters newest first ('Q3 24/25' .. 'Q3 23/24'), then 'Target 2024/25' and one Status for the newest",
       "adult social care scorecard with the most recent quarter nearest the name"),
    _f("target_and_stretch_columns", "xlsx", "'Target 2024/25' beside 'Stretch target' and 'National target', 2023/24 outturn, 'Better if', 'Data only'",
       "unitary council corporate plan report with stretch targets"),
    _f("wrapped_wide_table_two_panels", "xlsx", "twelve months wrapped for print: Apr-Sep panel, then Ref/Indicator repeated over Oct-Mar, Target, RAG below",
       "housing and neighbourhoods monthly table cut in two to fit an agenda page"),
    # sixth hold-out set: do not open these while working on the importer
    _f("actions_sheet_beside_kpis", "xlsx", "a PI sheet (Unit, Qtr 1/Qtr 2, annual target, G/A/R) and a sheet of plan actions with due date, % complete, RAG",
       "district council service plan monitoring workbook", **_H6),
    _f("definitions_block_below_table", "xlsx", "quarterly table, then a 'Definitions' block of code + merged sentence full of numbers and a numbered 'Notes' block",
       "county council public health scorecard to health scrutiny", **_H6),
    _f("quarterly_plus_annual_total", "xlsx", "Q1..Q4 2023/24 then a 'Full year' column (totals, year figures, year-end snapshots), one target, status",
       "council landlord's year-end housing KPIs to a tenants' panel", **_H6),
    _f("value_with_rag_letter", "xlsx", "no RAG column: each quarter cell typed with its own letter, '78.4% (A)', '72% R', '17 [G]', '67%', 'Data due Feb'",
       "metropolitan borough customer services report typed up by hand", **_H6),
    _f("wingdings_font_status", "xlsx", "'Status' column of Wingdings 'l' (filled circles) in red/amber/green/grey font colour, key in the same circles",
       "planning and regulatory services dashboard from an old report template", **_H6),
    _f("year_written_once_over_months", "xlsx", "rolling months 'Oct'..'Sep' with '2023' typed over Oct and '2024' over Jan (not merged), one target, RAG",
       "county council adult social care monthly report", **_H6),
    # seventh batch, part A (development)
    _f("budget_forecast_variance_finance", "xlsx", "budget lines (\u00a3000 annual budget, actual to date, forecast outturn, variance \u00a3 and %) beside % and days KPIs with a Target",
       "district council quarterly finance and resources performance and budget monitoring report"),
    _f("cell_comments_commentary", "xlsx", "commentary only in Excel cell comments on figure and name cells (one on a blank cell, some quoting other figures), 'Apr-Jun 24' quarters",
       "county highways and transport quarterly return with officers' notes as comments"),
    _f("conditional_format_rag", "xlsx", "no status column: latest month coloured by conditional-formatting rules against the row's target or fixed thresholds, key line, Polarity column",
       "unitary council monthly waste and environment dashboard"),
    _f("cumulative_and_in_quarter_columns", "xlsx", "merged 'Quarter n 2024/25' headings over 'In quarter' and 'Year to date' pairs, 2023/24 outturn, a snapshot row with no year to date",
       "district council quarterly housing and planning report"),
    _f("excel_error_values", "xlsx", "formula cells saved with '#DIV/0!', '#N/A' (=NA() placeholders, a target) and '#VALUE!' results beside numbers, 'tbc', derived status",
       "district council customer services and revenues sheet built of typed formulas"),
    _f("local_and_national_code_columns", "xlsx", "'KPI ID' local code beside 'National ref' (ASCOF 1C(2a), SALT LTS002a) blank for local measures, 'Q1 24/25' quarters, Target, RAG",
       "county adult social care quarterly KPI scorecard"),
    # seventh batch, part B (development)
    _f("long_narrative_then_table", "xlsx", "title and twenty rows of numbered narrative paragraphs quoting figures and percentages, then 'Table 1': Ref, Q1/Q2, Target, RAG letter",
       "district council half-year service report pasted whole into one sheet of an agenda pack"),
    _f("previous_status_column", "xlsx", "'Target 2024/25', 'Q2 2024/25' with 'Previous status' beside it, 'Q3 2024/25' with 'Current status', comments",
       "unitary council quarterly corporate performance report to Cabinet showing last quarter's rating"),
    _f("status_icon_file_names", "xlsx", "Status cells 'traffic_light_red.png'/'_amber'/'_green'/'_grey' (data only), Direction 'arrow_up.gif', three months, Target",
       "monthly place directorate report from a performance system's 'Export to Excel' that writes icon file names"),
    _f("table_continued_on_second_sheet", "xlsx", "sheet 'KPIs' with the heading row and eight rows, sheet 'KPIs (cont)' with six more rows in the same columns and no heading row",
       "district council resources scorecard cut into two sheets to print on two pages"),
    _f("target_band_two_columns", "xlsx", "'Target (min)' and 'Target (max)' columns (both for a band, one for a floor or ceiling), 'Aim' 'Stay within range', Q1-Q3, R/A/G",
       "county council finance and treasury management KPIs to an audit committee"),
    _f("target_met_yes_no_column", "xlsx", "no RAG: 'Target met?' typed Y/N/Yes/No for the latest quarter, blank where 'Contextual' stands for the target, 2023/24 outturn, 'Target 2024/25'",
       "district council landlord's half-year housing performance report to a tenants' board"),
    # seventh hold-out set: do not open these while working on the importer
    _f("annual_value_merged_across_quarters", "xlsx", "Q1..Q4 2024/25 actual columns; annual-only measures have one figure in a cell merged C:F, one target, G/A/R",
       "district council year-end environment and leisure performance report", **_H7),
    _f("bilingual_workbook_two_sheets", "xlsx", "the same scorecard twice: a 'Cymraeg' sheet (Cod, Mesur, 'Chwarter 1 2024-25', Statws Gwyrdd/Ambr/Coch) and an 'English' sheet",
       "Welsh county council quarterly performance workbook under the Welsh Language Standards", **_H7),
    _f("code_in_name_brackets", "xlsx", "no code column: codes in the name cell, '... (HSG 04)', '[RB/01] ...', after a unit '(%) (HOM 5)', one measure uncoded",
       "district council housing and revenues quarterly report to a scrutiny panel", **_H7),
    _f("of_which_sub_rows", "xlsx", "counts followed by indented 'of which: upheld' rows (cell indent or typed spaces) with no code, target or RAG",
       "unitary council customer feedback and information governance quarterly report", **_H7),
    _f("rag_vs_target_and_vs_last_year", "xlsx", "Q3 2023/24 then Q1..Q3 2024/25, 'Target 2024/25', 'Against target' G/A/R and 'Against same quarter last year' Green/Amber/Red",
       "county council communities directorate quarterly scorecard to overview and scrutiny", **_H7),
    _f("yes_no_measures", "xlsx", "numeric KPIs mixed with word results 'Yes'/'No', 'Compliant', 'Met'/'Not met' (word targets too), status words",
       "district council governance and resources scorecard to audit and governance committee", **_H7),
    # eighth batch, part A (development)
    _f("colour_scale_heatmap", "xlsx", "Q4 2023/24..Q3 2024/25 figures shaded per row by a red-yellow-green colour scale (reversed for a lower-is-better row), separate Green/Amber/Red 'Status' column",
       "district council leisure and environmental health quarterly heat map"),
    _f("commentary_merged_over_rows", "xlsx", "'Officer comment' cell merged down over groups of two to four measures' rows, section rows, Q1-Q3, Target, G/A/R status",
       "district council corporate resources quarterly report to scrutiny"),
    _f("finance_period_numbers", "xlsx", "month columns headed 'P1'..'P7' for the 2024/25 year in the title, \u00a3000 and % and days lines, Unit, 'Target 2024/25', a 'TBC' cell, RAG",
       "district council monthly corporate finance and performance monitor"),
    _f("headline_block_repeats_indicators", "xlsx", "'Key headlines' block (Measure, Latest (Q3), Target, Status) repeating five rows of the full Q1-Q3 table below it, same figures",
       "unitary council children's services quarterly report with a front-page summary"),
    _f("hidden_columns_working_figures", "xlsx", "hidden columns of lookup keys, numerators and denominators and a superseded 'Q3 draft' between the visible quarters, Target, RAG",
       "county council public health quarterly indicators sheet with the analyst's workings hidden"),
    _f("months_with_quarter_totals", "xlsx", "'Apr-24'..'Mar-25' with a shaded 'Qtr n' column after every third month and 'YTD' at the end, figures to January, 'No survey' cell",
       "borough council monthly housing and neighbourhoods performance sheet"),
    # eighth batch, part B (development)
    _f("name_and_definition_in_one_cell", "xlsx", "no code or description column: each measure cell holds its bold short name, a line break and a definition sentence with its own numbers; outturn, Q1-Q3, 'Target 2024/25', R/A/G",
       "county council adult social care quarterly scorecard to a health and adult social care scrutiny committee"),
    _f("quartile_coloured_comparator_cells", "xlsx", "'England', 'Nearest neighbours' and 'Quartile position' cells under a merged benchmarking heading, shaded dark green/light green/amber/red by quartile, beside a separate RAG letter column against target",
       "unitary council children's services quarterly scorecard with a benchmarking block to overview and scrutiny"),
    _f("struck_through_withdrawn_rows", "xlsx", "three withdrawn rows struck through (strikethrough grey font) with their old outturn and quarter figures and a 'Deleted - replaced by ...'/'Withdrawn from 2024/25' note, replacement measures starting mid-year, status words",
       "district council quarterly housing and customer services KPI table to a policy development group"),
    _f("target_with_plus_minus_tolerance", "xlsx", "Target cells typed with a tolerance ('0% (+/- 1%)', '100% +/-10%', '5.0% (tolerance \u00b10.5%)', '12% \u00b1 2%', '14 days \u00b11', '0.6% tolerance 0.2') beside plain targets, Q1-Q3, 'Status Q3'",
       "unitary council quarterly corporate health indicators to a scrutiny management board"),
    _f("tenant_satisfaction_measures", "xlsx", "Regulator of Social Housing TSM codes (TP01.., BS01, BS05 'N/A', RP02 (1)/(2), CH01 (1)/(2), CH02 (1), NM01 (1)), percent-format results and rates per 1,000 homes, 'Responses / base' and 'Change' beside 2024/25 and 2023/24 results",
       "district council landlord's published Tenant Satisfaction Measures results for tenants and its tenants' scrutiny panel"),
    _f("units_row_under_headings", "xlsx", "second heading row directly under the quarters ('Unit' under Measure, 'Actual' under Q1-Q4 2024/25, '2024/25' under Target, 'Q4' under RAG), units per row in a 'Measure' column (%, No., days, \u00a3000, kg, Rate per 100,000)",
       "district council year-end place and regulatory services KPI table to overview and scrutiny"),
    # ninth batch, part A (development)
    _f("accounting_dash_zero", "xlsx", "figure columns in Accounting format showing real zeros (counts, a nil spend, nil targets) as '-', '-' typed as text on a percentage row with no cases and in one Target cell, blank targets elsewhere, a blank cell not yet reported, note 'a '-' shows a nil return'",
       "district council quarterly housing and homelessness return"),
    _f("calendar_year_numeric_headings", "xlsx", "year columns headed 2020, 2021, 2022, 2023 typed as numbers (one formatted '0'), a Source column, a single Target from the partnership plan, Green/Amber/Red status for 2023, a 2023 figure not yet published",
       "community safety partnership's calendar-year indicator sheet for its strategic assessment"),
    _f("date_as_result", "xlsx", "percentage and day measures beside milestone measures answered with a date (Excel date cells shown dd/mm/yyyy, one typed '24th July 2024'), targets in words for those, 2022/23 and 2023/24 columns, 'Target 2023/24', Status words",
       "county council year-end corporate health scorecard to its audit and governance committee"),
    _f("fy_prefixed_year_headings", "xlsx", "annual columns headed 'FYE Mar-22', 'FY22/23', 'FY 2023/24', 'FY24-25' as typed year by year, Unit column (\u00a3m, \u00a3000, %, days), 'Target FY24-25', R/A/G for the latest year, two lines with no target",
       "district council annual finance and performance summary at outturn"),
    _f("grouped_under_rag_headings", "xlsx", "no status column: merged heading rows filled red/amber/green reading 'RED \u2013 off target', 'AMBER \u2013 at risk', 'GREEN \u2013 on track' over the indicators in each group, Q1/Q2 2024/25, 'Target 2024/25', commentary for red and amber",
       "unitary council directorate quarterly performance exceptions report"),
    _f("name_wrapped_onto_second_row", "xlsx", "table pasted from a PDF into 'Sheet1': six long indicator names run onto a second row holding only the rest of the name (no code, no figures), '2023/24 outturn', 'Q1 24/25'..'Q3 24/25', 'Target 2024/25', R/A/G",
       "county council children's services scorecard copied out of a committee report PDF"),
    # ninth batch, part B (development)
    _f("portfolio_filled_once_per_group", "xlsx", "'Directorate' typed only on the first row of each group and left blank (not merged) below, PI ref, indicator, Q1-Q3, 'Target 2024/25', worded 'Q3 status' (On track / Slightly off track / Off track), a blank Q2 cell",
       "district council quarterly Council Plan performance tracker to overview and scrutiny"),
    _f("rating_dot_before_name", "xlsx", "no status column: each measure cell begins with a '\u25cf' in red/amber/green/grey ink (rich text) rating the latest quarter, with a key in matching ink under the table",
       "district council culture, leisure and communities quarterly dashboard to a scrutiny panel"),
    _f("school_terms_columns", "xlsx", "columns headed by school terms 'Autumn 2023', 'Spring 2024', 'Summer 2024', 'Autumn 2024' with a '2023/24 (AY)' whole-year column among them, 'Good is' Lower/Higher, Target, G/A/R status, counts with '-' and a 'TBC' cell",
       "unitary council termly school attendance and inclusion report to a children's scrutiny panel"),
    _f("some_rows_without_codes", "xlsx", "'KPI code' column with five rows uncoded (three blank cells, 'TBC', 'new') among ENV codes with gaps, '2023/24 outturn', Q1-Q3 24/25, Target, RAG letters, a measure with no target or RAG",
       "district council environment and neighbourhoods quarterly KPI table to a scrutiny panel"),
    _f("tables_side_by_side", "xlsx", "quarterly measures (Q1-Q3 2024/25, Target, RAG) on the left and annual measures (2021/22-2023/24, 'Target 2023/24', RAG) on the right after two empty columns, each with its own caption and headings, tables of different lengths, an 'awaiting data' cell",
       "district council regulatory services and community safety quarterly scorecard printed landscape"),
    _f("this_year_last_year_abbreviations", "xlsx", "columns 'Q2 TY', 'SPLY', 'YTD TY', 'YTD LY', 'Target TY', 'Q2 Status' with the financial year and quarter only in the title and a key line under the table, 'n/a' year-to-date cells for a quarter-end backlog",
       "district council revenues, benefits and customer services quarterly return to a resources scrutiny committee"),
    # eighth hold-out set: do not open these while working on the importer
    _f("count_with_percent_in_cell", "xlsx", "count and percentage typed in one cell, '45 (12.3%)', '201 / 71%', '11,455 (95.9%)', measures named by the count or by the %",
       "unitary council housing and homelessness quarterly return to overview and scrutiny", **_H8),
    _f("decimal_outline_numbers", "xlsx", "outline-numbered references 1.1, 1.2, 1.5, '1.10', 2.3 (numbers and text) under shaded numbered priority rows",
       "borough council Council Plan performance table to Cabinet", **_H8),
    _f("hyperlink_formula_names", "xlsx", "names as =HYPERLINK(\"https://...\",\"name\") formulas with saved values, some built from the code cell, some cell hyperlinks, 'Oct-24' months",
       "district council monthly KPIs from a web performance system, names linked back to it", **_H8),
    _f("rag_and_arrow_one_cell", "xlsx", "'Status / trend' cells holding rating and direction: 'Green \u2191', 'A \u2193', 'Red - worsening', 'Amber (improving)', an arrow-only cell",
       "county council public health quarterly scorecard to health scrutiny", **_H8),
    _f("sheet_per_financial_year", "xlsx", "a text 'Notes' sheet, then sheets '2022-23', '2023-24', '2024-25' with Target, bare Q1..Q4 and RAG, the latest year filled to Q2",
       "district council leisure and culture workbook with a sheet added each April", **_H8),
    _f("two_level_section_rows", "xlsx", "dark 'Priority 2: Thriving communities' rows over light theme rows ('Housing', 'Leisure') over the measures, Q1/Q2, Target, RAG",
       "district council quarterly corporate performance report laid out by Corporate Strategy priority", **_H8),
    # ninth hold-out set: do not open these while working on the importer
    _f("comment_column_per_quarter", "xlsx", "'Q1 24/25', 'Q1 comment', 'Q2 24/25', 'Q2 comment', 'Q3 24/25', 'Q3 comment' (comments quoting figures and dates), 'Target 2024/25', Status words",
       "borough council community and leisure quarterly report to overview and scrutiny", **_H9),
    _f("quarter_sections_down_the_sheet", "xlsx", "the same indicators repeated down one sheet in sections headed 'Quarter 1 2024/25'..'Quarter 3 2024/25', each with Actual, Target, Status and a blank row between",
       "district council revenues, benefits and customer services quarterly monitoring sheet", **_H9),
    _f("relative_targets_in_words", "xlsx", "'Target 2024/25' mixing numbers with 'Better than last year', 'Maintain', 'Improve on 2023/24', 'Below England average', 'Top quartile'; 2023/24 and 2024/25 outturns, status",
       "county council public health annual outcomes report to health scrutiny", status="needs_review", **_H9),
    _f("risk_register_sheet_beside", "xlsx", "first sheet the KPI scorecard (Q1, Q2, Target, RAG), second sheet the service risk register (ref, description, likelihood, impact, score, RAG, owner, controls)",
       "district council environmental services quarterly performance and risk workbook", **_H9),
    _f("status_in_sentences", "xlsx", "status column of short sentences ('On track to meet the annual target', 'Unlikely to achieve target by year end', 'Not on track \u2013 see commentary'), a key line under the table",
       "unitary council housing quarterly performance report to a housing scrutiny panel", **_H9),
    _f("three_heading_levels", "xlsx", "three heading rows: '2024/25' merged over the quarters, 'Q1'..'Q4' merged over their columns, 'Actual / Target / RAG' under each; Q4 targets typed in ahead of its figures",
       "unitary council highways and transport quarterly scorecard", **_H9),
    # Tenth batch, development part A
    _f("autofilter_showing_reds_only", "xlsx", "saved with an AutoFilter on the Status column keeping 'Red': the Amber and Green rows hidden by the filter, filter arrows on the heading row, Q1-Q3 2024/25, 'Target 2024/25', Status words",
       "county council place and environment quarterly scorecard filtered to its exceptions before it went to scrutiny"),
    _f("compact_quarter_codes", "xlsx", "quarter columns headed as a BI export codes them ('2023/24 Q4', '24/25 Q1'..'24/25 Q3'), 'Target 24/25', 'RAG Q3-24/25', Unit column (%, No., Days), a count with no target, winter-only blanks",
       "unitary council highways and transport KPIs downloaded from the corporate data warehouse"),
    _f("comparators_of_an_earlier_year", "xlsx", "council's 2023/24 and 2024/25 ASCOF results, 'Target 2024/25', RAG, 'Good is' High/Low, then benchmarks headed for earlier years ('England 2022/23', 'North West 2023/24', 'SN avg (2023/24)'), 'Awaiting survey' cells, 'n/a' benchmarks",
       "metropolitan council adult social care outcomes appendix at year end, with lagging published benchmarks"),
    _f("data_validation_status_list", "xlsx", "'Assessment at Q3' filled from a data-validation drop-down list (Achieved, Partially achieved, Not achieved, Not yet due) with an input message and no key printed, '2023/24 actual', Q1-Q3 2024/25, 'Target 2024/25', an annual measure not yet due",
       "borough council Council Plan KPI tracker filled in by service managers"),
    _f("formulas_without_cached_values", "xlsx", "script-written workbook: typed Q1-Q3 2024/25, Target and RAG words beside 'Year to date' (=SUM/=AVERAGE) and 'Variance to target' formula columns saved with no calculated values, Unit column (days, count, £, %), a blank Q3",
       "district council revenues, benefits and customer services scorecard generated by the performance system's script"),
    _f("hidden_sheet_previous_quarter", "xlsx", "visible 'Q3 24-25' sheet (Q1-Q3 2024/25, Annual target, RAG) after a hidden 'Q2 24-25' sheet holding last quarter's copy with two Q2 figures since revised and its own Q2 ratings",
       "borough council housing quarterly scorecard rolled forward each quarter with the old sheet hidden"),
    # Tenth batch, development part B
    _f("locality_breakdown_columns", "xlsx", "a block per quarter (Q2, Q3 2024/25) of North, Central, South and 'Borough' columns, one Target and a worded 'Q3 status' for the borough figure, '-' area cells for a borough-only count, one area cell blank",
       "metropolitan borough quarterly housing and neighbourhoods report broken down by area housing office"),
    _f("quarter_end_month_headings", "xlsx", "quarter columns headed by the month each ended: 'Jun-24', 'Sep-24' as dates formatted mmm-yy, 'Dec-24', 'Mar-25' typed as text, a subtitle saying the figures are quarterly, Target, filled Status, 'Not surveyed' cells",
       "unitary council year-end corporate performance indicators to a policy and scrutiny panel"),
    _f("quartile_boundary_comparators", "xlsx", "own 2022/23 and 2023/24 outturns, 'Target 2023/24', R/A/G, 'Good is' High/Low, then the nearest neighbours' 'Lower quartile', 'Median', 'Upper quartile' and 'Our quartile' in words, 'Monitor only' and 'n/a' cells",
       "unitary council people directorate annual KPIs benchmarked against CIPFA nearest neighbours"),
    _f("thousands_units_heading", "xlsx", "income and debt lines in thousands shown '1,104', the unit only in their shaded section row 'Finance (\u00a3'000)', then a 'Service performance' section of %, counts and days; Q1-Q3, Target, 'Q3 RAG' letters",
       "district council quarterly finance and performance monitoring to overview and scrutiny"),
    _f("week_number_columns", "xlsx", "weekly columns 'Wk 1'..'Wk 6' over a 'w/e' row of real dates (07/04/2024..12/05/2024), Target, filled R/A/G 'Status (latest week)', a blank week and a 'none reported' cell; weeks are no period the store keeps",
       "borough council weekly waste and street scene performance sheet", status="needs_review"),
    _f("year_rows_quarter_columns", "xlsx", "a row per indicator per financial year with the year in a 'Year' column ('2022/23', some typed '2022-23'), Q1..Q4 and 'Full year' across, a target per row, R/A/G only on the 2024/25 row; code and name blank on later rows for some indicators, filled down for others",
       "district council planning and regulatory services performance indicator trend table"),
    # Eleventh batch, development part A
    _f("rag_count_summary_sheet", "xlsx", "first sheet 'Summary' counting Red/Amber/Green ratings per directorate with Total and '% on track' (0%) and a council total row; then a sheet per directorate with Q1-Q3 2024/25, 'Target 2024/25', filled 'Q3 RAG' words and commentary",
       "unitary council corporate performance report to overview and scrutiny with a directorate summary tab"),
    _f("target_for_next_year", "xlsx", "year-end table with '2023/24 outturn', '2024/25 outturn', 'Target 2024/25', filled 'RAG 2024/25', then next year's 'Target 2025/26' (numbers, 'Maintain', 'TBC'), 'Good is' High/Low, an indicator with no 2024/25 target, a new indicator with no 2023/24 figure",
       "district council year-end corporate performance report that also sets the coming year's targets"),
    _f("breakdown_dimension_rows_in_long_export", "csv", "long BI export, one row per measure per quarter per breakdown: 'Age_Band' and 'Gender' columns with 'All' on the total row and 18-64/65+ or Female/Male/'Not recorded' rows under it, target and RAG only on the All/All rows, '*' suppressed small counts, Unit and Last_Refreshed columns",
       "unitary council adult social care KPIs exported from a Power BI table visual"),
    _f("bare_months_title_year", "xlsx", "monthly columns headed 'Apr'..'Mar' with no year, the financial year only in the title ('Monthly Performance Indicators 2024/25'), filled to February with March empty, Target, filled G/A/R 'Status' for the latest month, 'n/a' months, a missing August figure, cumulative collection rates without target",
       "borough council monthly customer services and revenues performance tracker"),
    _f("sheets_with_different_column_orders", "xlsx", "a sheet per service in its own layout: 'Waste & Recycling' Code, Indicator, Target, 'Q1 24/25'..'Q3 24/25', RAG letters; 'Planning' Ref, measure, 'Q1 2024/25'.., 'Annual target', Status words; 'Housing' Measure before Ref, 'Qtr 1 2024/25'.., Trend words, 'RAG status', 'Target 2024/25', Comments; a blank Q2",
       "district council quarterly scorecard assembled from each service's own return"),
    _f("sparkline_characters_column", "xlsx", "'Trend' column of text sparklines in block characters ('\u2583\u2585\u2587\u2581') between Target and Status, one typed '-->' and one 'New for 2024/25', 'Q4 23/24'..'Q3 24/25', Status phrases (On target / Near target / Off target / Monitor only) keyed under the table",
       "metropolitan council community safety and public protection quarterly scorecard"),
    # Eleventh batch, development part B
    _f("csv_sep_line", "csv", "UTF-8 byte-order mark then Excel's 'sep=,' line before the heading row; long rows per measure per quarter with 'Financial year' and 'Quarter' (Q1..Q3) columns, every field quoted, 'Measure type' units, worded status incl. 'No target set', a quarter row with no result",
       "unitary council leisure and culture measures downloaded as CSV from its performance portal"),
    _f("comparator_rows_under_each_indicator", "xlsx", "each indicator's coded row (2021/22-2023/24, '2023/24 target', filled R/A/G) followed by shaded rows 'England', 'Statistical neighbours' and 'North East' indented in the indicator column with no code, holding their figures for the same years, '-' unpublished comparators, an 'n/a' own year",
       "borough council children's social care benchmarking table for a children and young people select committee"),
    _f("commentary_on_separate_sheet", "xlsx", "'Scorecard' sheet (Code, indicator, 'Q1 24/25'..'Q3 24/25', 'Target 24/25', filled Status words) and a second 'Commentary' sheet of one row per code (worst first, only some codes) with short title, narrative quoting figures and dates, actions, lead officer",
       "borough council planning and regulatory services quarterly report workbook"),
    _f("literal_percent_number_format", "xlsx", "percentages typed as points (84.1, 13) under custom formats 0.0\"%\" and 0\"%\" beside true fractions (0.861) under 0.0%/0%, two rows mixing the two between figures and target; '2023/24 outturn', Q1-Q3, '2024/25 target', filled R/A/G letters, a 'tbc' quarter",
       "district council corporate health scorecard kept by hand, rows filled by different officers"),
    _f("quarter_and_month_mixed_headings", "xlsx", "'Q1', 'Q2' columns for the closed quarters then 'Oct', 'Nov', 'Dec' for the current one (under merged 'Quarter' and 'Month' headings), the year only in the title, one Target, a RAG for December, an 'Awaiting data' month",
       "district council waste and recycling monthly performance sheet rolled forward through the year"),
    _f("page_break_lines_mid_table", "xlsx", "a printed table pasted into 'Sheet1': at each page break an 'OFFICIAL ... Page 1 of 3' footer line, the running report title and the heading row again; Q2 2023/24, Q1/Q2 2024/25, 'Target 2024/25', status phrases with 'n/a', direction of travel words",
       "district council cabinet performance report table copied out of the PDF into a spreadsheet by a scrutiny officer"),
    # Twelfth batch, development part C
    _f("spelled_out_quarter_names", "xlsx", "quarter headings typed in words by different officers: 'Quarter One 2024/25', 'Second Quarter 2024-25', 'Qtr Three 24/25' and an empty 'Quarter Four 2024/25'; one Target, R/A/G letters for Q3, shaded section rows, a 'tbc' quarter, a count with no target",
       "district council quarterly corporate performance indicators to cabinet, rolled forward by whichever officer compiled the quarter"),
    _f("tolerance_status_words", "xlsx", "Unit, Target and 'Tolerance' columns side by side, Q1/Q2 2024/25, Status words 'On target', 'Within tolerance', 'Outside tolerance', 'Not measured' in uncoloured cells, a key line under the table saying the tolerance is how far short of target a result may fall",
       "county unitary Place directorate quarterly KPI report from a performance system with target tolerances (Pentana style)"),
    _f("year_sections_down_the_sheet", "xlsx", "a dark section row '2023/24' over 'Code | Indicator | Q1 | Q2 | Q3 | Q4 | Target', then a '2024/25' section with the same codes, bare quarter headings, its own Target and a RAG column; Q4 2024/25 blank, one code dropped and one added, a twice-yearly measure",
       "borough council revenues, benefits and customer services indicator sheet with a block added each financial year"),
    _f("yyyymm_month_codes", "csv", "long rows per measure per month, 'Period' as unquoted yyyymm numbers 202404..202411, Place, Measure_ID, Measure, Numerator, Denominator, Value (points, rate per 100,000, counts), Target, RAG letters; a November row with no figures, a count with no target",
       "joint NHS and council Better Care Fund dashboard exported as CSV from a BI tool"),
    # Twelfth batch, development part A
    _f("actuals_and_targets_tables_stacked", "xlsx", "one sheet: an 'Actuals' title row over Code, Measure, 'Q1 2024/25'..'Q3 2024/25', filled 'Q3 RAG' letters, a note, two empty rows, then a 'Targets 2024/25 (profiled by quarter)' title row over the same codes in another order (one name abbreviated, one code missing) with the same quarter headings, 'Q4 2024/25' and 'Annual'; percentages as fractions under % formats, a 'Not available' quarter",
       "borough council housing and communities quarterly scorecard with figures and service-plan targets kept in two stacked tables"),
    _f("as_at_date_cell", "xlsx", "title 'Quarterly Performance Report' and no period but a 'Data as at:' cell beside a real date 30/09/2024 (dd/mm/yyyy); 'Current', 'Target' ('-' for none), filled 'Status' words with 'Data only', 'Same time last year', 'Direction of travel' words, 'Comments'; a key naming the comparator the same quarter a year earlier",
       "borough council quarterly corporate performance report printed from its performance system"),
    _f("blank_row_under_headings", "xlsx", "'2024/25' merged over bare 'Q1'..'Q4', a thin grey spacer row under it, the headings row (Ref, 'Performance indicator', Q1..Q4, Target, RAG), an empty row, shaded portfolio rows with an empty row between portfolios; an empty Q4 column, filled RAG letters, one blank Q2",
       "district council quarterly performance indicator report laid out for printing to committee"),
    _f("cumulative_range_headings", "xlsx", "year-to-date columns headed 'Apr\u2013Jun 24', 'Apr-Sep 24', 'Apr\u2013Dec 24' (en dash, hyphen, en dash) under a line saying figures are cumulative from 1 April 2024; 'Year-end target', filled 'RAG (Apr\u2013Dec)' letters, a 'Data to follow' cell",
       "district council corporate performance report to Cabinet with every figure the year to date"),
    # tenth hold-out set: do not open these while working on the importer
    _f("apostrophe_month_years", "xlsx", "month columns headed \"Apr '24\" .. \"Mar '25\" (some 'Nov'24', one curly apostrophe), Feb and Mar empty, Target and RAG for the latest month",
       "district council waste and street scene monthly KPI tracker", **_H10),
    _f("ascof_codes_rates_per_100k", "xlsx", "ASCOF refs '1A', '1C(1a)', '2A(1)', '2A(2)', '2B(1)'; Unit column of %, scores out of 24/12 and 'Per 100,000 population aged 65+'; 'Good is' High/Low; three years with England and East Midlands columns",
       "county council adult social care outcomes framework benchmarking table to scrutiny", **_H10),
    _f("chart_data_block_beside_dashboard", "xlsx", "headline table (Ref, Measure, 'Q3 2024/25', Target, Status) over bar charts; the charts' source block beyond the print area, short series names down, 'Q1 24/25'..'Q3 24/25' and Target across",
       "unitary council corporate services quarterly dashboard sheet", **_H10),
    _f("indicator_heading_quarter_rows", "xlsx", "a shaded heading row per indicator (ref, name, polarity), then rows 'Q1'..'Q4' under it with Actual, Target, RAG, Comment; Q4 rows with targets only, a target profiled by quarter",
       "district council planning service quarterly report to overview and scrutiny", **_H10),
    _f("targets_per_year_in_one_cell", "xlsx", "'Target(s)' cells naming two years ('2024/25: 85% / 2025/26: 88%', '85% (24/25), 90% (25/26)', two lines, '97% by March 2025; 100% by March 2026') beside plain targets; '2024/25 Q1' headings",
       "metropolitan council quarterly Council Plan report on homes and economy to scrutiny", **_H10),
    _f("value_with_base_in_brackets", "xlsx", "percentages typed with their base: '62.5% (5/8)', '100% (8 of 8)', '45% (n=11)', '58%(n=19)', beside plain counts and a percent-formatted row; 'Q1 24-25' headings",
       "youth justice service quarterly performance report to its management board", **_H10),
    # Twelfth batch, development part B
    _f("icon_set_traffic_lights", "xlsx", "no status words: a 'Status' column of latest-quarter-to-target ratio formulas (=F7/G7 inside an IF, cached values shown '108%') under 3-traffic-light icon sets, lights at 95%/100% for 'Good is' Higher rows, a reversed rule at '>1'/'>1.05' for Lower rows, and typed 3/2/1 shown icon-only on service-assessed rows; Q1-Q3 2024/25, 'Target 2024/25', a Q3 figure not yet in (formula shows nothing)",
       "borough council corporate performance dashboard workbook rated by Excel conditional-formatting icons"),
    _f("macro_enabled_xlsm", "xlsm", "macro-enabled workbook (.xlsm content type, no VBA part): first a 'Control' sheet of reporting year/quarter cells and shaded button labels ('Import latest Pentana extract', 'Update RAG ratings'…), named ranges ReportYear, ReportQuarter, RAGList, ScorecardData; then 'Scorecard' (Code, Indicator, Q1-Q3 2024/25, Target, filled RAG words from a drop-down, Comments) and a hidden 'Lists' sheet; a Q3 not yet in with a Q2 rating",
       "borough council corporate scorecard kept as a macro-enabled workbook filled from a Pentana extract"),
    _f("period_split_across_columns", "csv", "long data-warehouse export with the period in three columns: 'Financial_Year' ('2023/24', '2024/25'), 'Period_Type' (Month/Quarter/Year) and 'Period_No' (quarter 1-4, financial month 1-12 from April, empty for a year); Measure_Code, Measure_Name, Unit, Polarity (some empty), Value, Target, RAG words per row, empty values for periods not yet in",
       "unitary council corporate KPI extract from its data warehouse (Power BI / SQL view download)"),
    _f("row_numbers_as_references", "xlsx", "'No.' column of row numbers 1..15 running on through merged section rows, indicator names with no codes, several of them counts ('Number of empty homes brought back into use' 3, 5, 4); Q1-Q3 2024/25, Target, filled R/A/G letters, notes citing 'Item 12'",
       "district council quarterly performance report table to scrutiny committee, rows numbered for discussion"),
    # Thirteenth batch, development part B
    _f("data_quality_rating_column", "xlsx", "'Q3 RAG' (Green/Amber/Red words, filled) beside a 'Data quality rating' column of the same words and fills about the data's reliability, a key under the table telling them apart; 'Good is' Higher/Lower, Q1-Q3 2024/25, 'Target 2024/25', shaded section rows, a row with no Q3 figure or RAG but a Red data quality rating, 'n/a' target and '-' RAG on a context measure, commentary quoting figures",
       "metropolitan borough children and family services quarterly scorecard to scrutiny, compiled by a business intelligence team"),
    _f("forecast_rag_column", "xlsx", "'2023/24 outturn', Q1-Q3 2024/25, 'Annual target 2024/25', 'Current RAG', then a shaded 'Forecast outturn 2024/25' (blank on some rows) and 'Forecast year-end RAG', all ratings as filled words; Unit column (%, No., Days, 'Rate per 100,000'), year-to-date rows, a Q3 not yet in whose Current RAG a footnote gives to Q2",
       "unitary council Delivery Plan quarterly performance report to Cabinet with current and forecast ratings"),
    _f("unit_symbol_cells_beside_figures", "xlsx", "print layout: each figure with a narrow cell holding only its unit to the right ('85.2' | '%', '24' | 'days') or the '\u00a3' to the left ('\u00a3' | '1,204'); 'Q1 2024/25'..'Q3 2024/25' and 'Target 2024/25' each merged over its figure-and-unit pair, counts with no unit cell, a '%' printed beside a blank Q3, filled R/A/G letters, shaded section rows",
       "district council housing and customer services quarterly report laid out like the Word tables it replaced"),
    _f("numeric_status_no_key", "xlsx", "'Status' column of 1, 2, 3 and one 4 (on the row with no target), uncoloured, with no key, legend or second sheet anywhere; Q1/Q2 2024/25, 'Target 2024/25', 'Responsible officer'",
       "district council quarterly corporate performance indicator sheet kept by hand", status="needs_review"),
    # Thirteenth batch, development part C
    _f("date1904_workbook", "xlsx", "workbook saved in Excel's 1904 date system (workbookPr date1904, made on a Mac): month columns headed by real first-of-month dates shown 'Apr-24'..'Nov-24' (mmm-yy, stored as 1904 serials 43921..), a 'Last updated' date cell 09/12/2024, percentages as fractions under 0.0%, one Target, filled R/A/G letters for November, a measure starting in June, monitored rows with no target",
       "district council customer, revenues and environment monthly KPI tracker kept in Excel for Mac"),
    _f("semicolon_delimited_csv", "csv", "';'-delimited long CSV (UTF-8 BOM, CRLF): 'Indicator code;Indicator;Period;Actual;Target;Status;Commentary', 'Q1 2024/25' periods and one '2023/24', UK figures with ',' thousands in quoted fields (\"148,320\", \"1,204\"), Status words Achieved / Near target / Not achieved / Data only / Awaiting data, commentary quoted for its ';' (one with doubled quotes), an empty Actual",
       "district council indicator data exported as CSV from its performance management system"),
    _f("inline_string_cells", "xlsx", "streaming-writer workbook: every text an inline string (t=\"inlineStr\"), no sharedStrings part, numbers as plain t=\"n\" cells without formats, cells with nothing to show written as empty inline strings, sheet dimension left at 'A1'; title, 'Report generated' line, Code, Indicator, Q1-Q3 2024/25, Target, RAG words, an 'n/a' quarter, 'End of report'",
       "unitary council corporate scorecard from a performance system's 'Export to Excel' (Apache POI SXSSF-style writer)"),
    _f("notes_rows_between_indicators", "xlsx", "italic small rows under some indicators with the text in the indicator column, some merged across B:G, some not: 'Note: 12 cases transferred…', 'NB: includes 27…', 'NB - 3 young people…', '* Data for Q2 revised… (previously reported as 81.4%)', 'Q1 not reported: …'; shaded section rows, Code, Indicator, Q1-Q3 2024/25, Target, filled R/A/G letters, counts without target, an 'n/a' Q1",
       "borough council children's services performance scorecard to a select committee"),
    # Thirteenth batch, development part A
    _f("rolling_twelve_month_quarters", "xlsx", "a merged 'Rolling 12-month measures' block headed 'Rolling 12 months to Jun 24', '12 months to Sep-24', 'R12M Dec 24' (typed by different officers) beside a 'Quarterly measures' block headed 'Q1 2024/25'..'Q3 2024/25'; each row fills one block, the other shaded grey and empty; one Target, filled R/A/G letters, an 'Awaiting police data' cell, percentages as fractions under 0.0%",
       "city council quarterly strategic plan scorecard to Cabinet mixing rolling-year and in-quarter measures"),
    _f("ratio_values", "xlsx", "Unit column with %, 'Rate per 10,000', Number and 'Ratio'; ratio rows typed as text: caseload '18:1' (target '20:1'), nursery staff-to-child '1:3.2' (target '1:4'), '1 in 6 calls abandoned'..'1 in 4 calls abandoned' (target 'Fewer than 1 in 10'), and a 'Ratio' row of plain numbers (1.42); Q1-Q3 2024/25, filled RAG letters, comments explaining the ratios",
       "metropolitan council children's services quarterly scorecard to scrutiny compiled from service returns"),
    _f("names_on_lookup_sheet", "xlsx", "a 'Data' sheet of Code, 'Q1 2024/25'..'Q3 2024/25', Target, filled Status words (Green/Amber/Red, 'Data only') with no names, and a 'Lookup' sheet of PI Code, PI Name, Service, Unit, Polarity ('Higher is better'/'Lower is better'), Frequency in another order, listing one code with no data",
       "district council quarterly PI workbook: a performance-system extract pasted beside the team's lookup table"),
    _f("collapsed_month_column_groups", "xlsx", "month columns Apr-24..Dec-24 (real dates, mmm-yy) grouped by Excel's column outline and collapsed (hidden) under visible shaded 'Q1 2024/25'..'Q3 2024/25' columns of =SUM / =ROUND(AVERAGE()) formulas with saved results; Target, filled RAG letters, a note that the RAG rates the quarter, a 'No lets' month and an empty one",
       "borough council monthly housing and customer services KPI sheet collapsed to quarters for committee"),
    # Twelfth batch, hold-out part A
    _f("abbreviated_sub_headings", "xlsx", "'Ref', 'Measure', 'Unit' (%, No., Days) merged down two rows, then per quarter a merged 'Q1 24/25'..'Q3 24/25' over 'Act', 'Tgt', 'Var', 'St': a target per quarter (one profiled), variance typed as numbers, a filled status letter per quarter; an 'n/a' quarter with '-' variance, a quarter with its target only; a key for Var and St",
       "borough council neighbourhoods and regulatory services KPI monitoring sheet kept by the service", **_H12),
    _f("approximate_and_estimated_values", "xlsx", "figures typed with marks among plain numbers: '~85%', '~54%', 'c.138,000', 'c.120', 'approx. 6,600', 'approx. 40', '85% (est.)', 'Est. 1,950', 'Est. 42'; a legend ('~ / c. / approx. = approximate', 'est. = estimate'), 'Target 2024/25', filled 'RAG (Q3)' words with 'n/a', shaded sections, comments",
       "district council quarterly performance report to a policy development group with figures not yet final", **_H12),
    # Twelfth batch, hold-out part B
    _f("dashboard_sheet_linked_to_data_sheet", "xlsx", "first a 'Dashboard' sheet of six headline rows under short labels whose figure, target and status cells are formulas into the Data sheet (=Data!F7, cached values saved), typed comments and =COUNTIF status counts; then 'Data': Ref, Indicator, Q4 2023/24, Q1-Q3 2024/25, 'Target 2024/25', filled Status words, shaded sections",
       "borough council quarterly KPI workbook with a Cabinet 'performance at a glance' page built from the data sheet", **_H12),
    _f("interleaved_year_on_year_quarters", "xlsx", "columns pairing each quarter with the same quarter last year: 'Q1 23/24 | Q1 24/25 | Q2 23/24 | Q2 24/25 | Q3 23/24 | Q3 24/25' (2023/24 shaded), 'Target 24/25', filled 'Q3 status' letters, 'Q3 direction' words; a measure new in 2024/25 with blank 2023/24 cells, a Q3 not yet in",
       "metropolitan borough neighbourhood services quarterly report comparing each quarter with a year earlier", **_H12),
    # Twelfth batch, hold-out part C
    _f("quarters_listed_in_one_cell", "xlsx", "a Word table pasted into 'Sheet1': one 'Performance' cell per indicator listing its quarters on separate lines ('Q1: 85%' / 'Q2: 87%' / 'Q3: 84.5%', 'Q1 - 78.3%', '19.4 days', '112,406', a blank line between, 'Q2: n/a'), Target ('50%' as a percent, '20 days', 'N/A'), shaded RAG words, Commentary; the year only in the title",
       "district council quarterly KPI appendix written as a Word table, pasted into Excel by a scrutiny officer", **_H12),
    _f("welsh_month_headings", "xlsx", "Welsh headings Cod, Mesur, Targed, Statws, Sylwadau; month columns 'Ebrill 2024', 'Mai 2024', 'Meh 2024', 'Gorff 2024', 'Awst 2024', 'Medi 2024' then 'Hyd 2024'..'Maw 2025' empty; names 'Welsh / English'; filled Gwyrdd/Ambr/Coch for Medi, 'amh' target, a 'Dim data' month, bilingual key",
       "Welsh county council monthly performance tracker kept in Welsh", **_H12),
    # Fourteenth batch, development part B
    _f("mixed_year_types_in_one_column", "xlsx", "long table, one row per measure per period: Theme, Ref, Measure, 'Period' holding '2023/24 academic year' and 'AY 2023/24', '2023/24' and '2023-24', bare calendar years 2023 typed as numbers, and pooled '2020 - 22'; Result, Unit (%, No., \u00a3, Days, Years, tCO2e), a Target per row, filled Status words on latest rows with 'Data only', Source",
       "unitary council annual Community and Corporate Plan outcome measures update to overview and scrutiny"),
    _f("balanced_scorecard_perspectives", "xlsx", "four dark merged perspective rows ('RESIDENTS AND CUSTOMERS \u2013 How do residents see us?', FINANCE, INTERNAL PROCESSES, LEARNING AND GROWTH), pale 'Objective C1: ...' rows with their own filled status and no figures, measures below with dotted refs C1.1, 'Good is' Higher/Lower, Q1-Q3 2024/25, 'Target 2024/25', \u25b2/\u25bc/\u25ba direction, filled R/A/G letters, an annual survey reported in Q2 only",
       "borough council corporate balanced scorecard to Cabinet"),
    _f("transition_ratings_amber_green", "xlsx", "five-point ratings: 'Q3 rating' letters G, A/G, A, R/A, R and a 'Q2 rating' column spelling Green, Amber/Green, Amber, Red/Amber, Red, each filled (light green, orange); a key under the table whose last column counts A/G as Green and R/A as Red, a summary box of Q3 counts above; Q1-Q3 2024/25, 'Quarterly target', 'Not rated', a 'Data due Feb' cell",
       "borough council quarterly KPI report to a policy and resources committee rated on a five-point scale"),
    _f("apse_family_group_benchmarks", "xlsx", "APSE summary: a merged section row per service (refuse, street cleansing, parks, leisure), own figures '2021/22' and '2022/23' merged under the council's name, then 'Family average', 'Best in family', 'Rank (of 14)' merged under 'Family group (2022/23)' and 'Quartile (all APSE members)' as Q1..Q4; Unit, 'Good is' High/Low, a 'Not submitted' year, an 'n/a' rank",
       "district council APSE performance networks benchmarking summary to overview and scrutiny"),
    # Fourteenth batch, development part C
    _f("quarter_on_quarter_change_column", "xlsx", "shaded 'Q3 2023/24' then Q1-Q3 2024/25 and 'Target 2024/25' under a merged 'Performance', a merged 'Change' over 'Change since last quarter' and 'Change on same quarter last year' written as '+5.2pp' text, signed numbers (+7, -0.7 under '+0.0;-0.0') or relative percentages (0.328 under '+0.0%'), 'n/a' for a new measure; 'Direction' with \u25b2/\u25bc/\u25ba words, filled R/A/G letters and 'Data only'; a Q3 not yet in whose changes and RAG a footnote gives to Q2",
       "borough council corporate scorecard to Cabinet comparing each quarter with the last and with a year earlier"),
    _f("sample_size_columns", "xlsx", "two tables on one sheet under section rows: 'Transactional surveys' with each quarter merged over '%' (fractions under 0.0%) and 'Base', '*' where fewer than 5 responses and italics for 5-9; 'Casework' with each quarter over '%' (points) and 'No. of cases', grey cells under 10 cases, 'n/a' beside a base of 0; 'Target 2024/25', filled 'RAG (Q3)' words with 'Not rated'",
       "district council housing feedback and casework report to a tenants' scrutiny panel"),
    _f("annual_target_with_quarter_profile", "xlsx", "'How measured' (Cumulative / In quarter), '2023/24 outturn', Q1/Q2 2024/25, 'Annual target 2024/25' and a shaded 'Q2 target' profile column, some profiles typed in the annual cell instead ('97.0% (Q2 profile 56.5%)', '200 (Q2 profile 70)', '620,000 (Q2: 305,000)', '8.0 days (Q2 profile 3.8 days)'), one in-quarter row with no Q2 target; filled 'Status (Q2)' words, a 'Not available' Q1, comments",
       "district council corporate performance report at Quarter 2 with year-to-date measures profiled against the annual target"),
    _f("year_heading_only_over_first_quarter", "xlsx", "a row of year headings typed once and not merged, '2023/24' above the first 'Q1' and '2024/25' above the second, blank above Q2-Q4 and each block's bare 'Target'; bare Q1..Q4 headings, medium borders at each block, 2024/25 Q3/Q4 empty, a twice-yearly survey, a measure new in 2024/25, an 'n/a' quarter, filled R/A/G letters for Q2 2024/25, Comments",
       "borough council two-year quarterly indicator trend sheet to overview and scrutiny"),
    # Fourteenth batch, development part A
    _f("smartsheet_export", "xlsx", "Smartsheet 'Export to Microsoft Excel': column names in row 1, tab named after the sheet; 'Status' RYG ball words Red/Yellow/Green/Gray, 'Progress' Harvey balls (Quarter, Half, Three Quarter, Full), 'Trend' Up/Down/Sideways; Measure indented by level with Excel row outline (priority, service area, KPI), parent rows with only a rolled-up status; 'Q1 24/25'..'Q4 24/25' (Q4 empty), 'Annual Target', Unit, Polarity, percentages as fractions under 0.0%, a 'TBC' quarter, 'Reported to Cabinet' TRUE/FALSE, 'Modified' date-times, 'Modified By' e-mails, a 'Comments' tab",
       "unitary council corporate programme office's Council Plan KPI tracker kept in Smartsheet"),
    _f("google_sheets_export", "xlsx", "Google Sheets download: title, 'Last updated: 16/01/2025 by …' line, frozen heading row; figures and targets stored as text in 'Plain text' columns ('78%', '86% ', '1,204', '£312,450', '19.6 days', 'tbc', 'n/a'), a finance row of real numbers under 0.00%; 'Q1 (Apr-Jun)'..'Q4 (Jan-Mar)' with the year in the title, 'Target 24/25', Unit, 'Better if'; Status dropdown (On track/At risk/Off track/No data) from a hidden 'Lists' tab coloured by conditional formatting, typed key",
       "district council corporate performance tracker kept in Google Sheets and downloaded for committee"),
    _f("milestone_measures_mixed_with_kpis", "xlsx", "one table of KPIs and milestones under shaded priority rows with a 'Type' column (KPI/Milestone): KPIs with numeric 'Target 2024/25' and figures; milestones with deadlines in the target column ('Contracts awarded by December 2024', 'Complete by March 2025', a 31/03/2025 date cell) and progress words in 'Q1 2024/25'..'Q3 2024/25' ('Not started', 'On schedule', 'At risk', 'Delayed', 'Complete (Nov 2024)', 'On schedule - 62% of homes surveyed'); one filled 'Q3 RAG' letter column, key for KPIs and milestones",
       "district council service plan quarterly monitoring of KPIs and project milestones to scrutiny"),
    _f("local_and_national_targets", "xlsx", "'PI Ref', PAM/… codes, 'Q1 2024-25'..'Q3 2024-25', 'Local target 2024-25' and 'National / Welsh Government target' columns (some rows with one, some both, one neither), 'Wales average 2023-24' comparator, filled RAG words with 'n/a'; key: RAG against the local target, else the national one",
       "Welsh county council quarterly corporate performance indicators report to scrutiny"),
    # Fourteenth batch, hold-out part B
    _f("measures_grouped_over_quarters", "xlsx", "two heading rows grouped by measure: 'Actual' merged over Q1..Q4, then 'Target' over Q1..Q4, then 'RAG' over Q1..Q4 (each block shaded), Code/Indicator/Unit/Comments merged down; year only in the title; Q4 targets typed with no Q4 figures, profiled targets, '-' targets, an 'n/a' quarter, filled R/A/G letters",
       "borough council corporate performance indicator tracker kept for the whole year by its performance officer", **_H14),
    _f("ratings_on_separate_sheet", "xlsx", "'Performance data' sheet (Code, Indicator, Service, Unit, 'Q1 2024/25'..'Q3 2024/25', 'Target 2024/25', Comments) with no ratings; a 'RAG status' sheet titled 2024/25 of PI code, short title, bare Q1..Q4 filled Green/Amber/Red words, 'Assessed by', sorted by short title, listing a withdrawn code and missing a new one; an 'Awaiting data' quarter",
       "borough council quarterly KPI workbook whose ratings are kept by the corporate performance team on their own sheet", **_H14),
    # Fourteenth batch, hold-out part C
    _f("superscript_footnote_marks_on_figures", "xlsx", "figures and targets typed with the marks of notes under the table: '57.8\u00b2', '15.9 \u00b3', '63.7%\u00b2', '226,910\u00b2', '41.0 (a)', '109.4(a)', '7.2 (b)', '123*', targets '45\u2020', '70%\u2020', '90\u2021', '60 \u2021', a '3.42' whose last digit is formatted superscript, a 'Q3 2024/25\u00b9' heading; notes for provisional, revised, definition changed, two months only; 'Target 2024/25', filled Status words",
       "unitary council quarterly corporate performance scorecard to Cabinet with footnoted figures", **_H14),
    _f("unit_in_name_brackets", "xlsx", "no unit column: units in brackets at the end of the names ('(%)', '(% of rent due)', '(days)', '(seconds)', '(kg)', '(\u00a3)', '(\u00a3000)', '(number)', '(No.)', '(per 100,000 collections)', and a '(snapshot at quarter end)' that is no unit), plain numbers; shaded sections, '2023/24 outturn', Q1-Q3 2024/25, 'Target 2024/25', filled Status words with 'Annual', counts without target, some rows without codes",
       "borough council quarterly corporate performance indicators to a finance and resources committee", **_H14),
    # Fourteenth batch, hold-out part A
    _f("biennial_survey_results", "xlsx", "financial-year columns '2018/19'..'2023/24' under a merged 'Result' banner; Residents' Survey rows filled only in 2019/20, 2021/22, 2023/24, STAR tenant survey in 2018/19 and 2022/23 with 'Postponed (COVID-19)' in 2020/21, staff survey in 2020/21 and 2022/23, a 'Question not asked' cell, off years blank and shaded grey; annual rows filled every year; Source and Frequency ('Every 2 years', 'Annual') columns, one Target, 'England / benchmark', 'Direction of travel' words, filled RAG letters; fieldwork-timing note",
       "unitary council annual outcome indicator report to the Executive mixing biennial surveys and annual indicators", **_H14),
    _f("frequency_column_monthly_grid", "xlsx", "a year-end grid of month columns Apr-24..Mar-25 (real dates shown mmm-yy) under merged 'Quarter 1 (Apr-Jun)'..'Quarter 4 (Jan-Mar)' banners; Ref, Measure, 'Frequency' (Monthly/Quarterly/Annual), 'Good is' High/Low, Target; quarterly figures only in Jun, Sep, Dec and Mar (other months grey), annual figures in one month (Mar-25, a survey in Nov-24, Key Stage 2 results in Sep-24); a 'System outage' month, a 'tbc' Q4, filled 'Year-end RAG' letters, comments",
       "metropolitan council corporate performance grid kept by month for the financial year, at year end", status="needs_review", **_H14),
    # Fifteenth batch, development part B
    _f("data_month_in_latest_column_heading", "xlsx", "value columns headed by what they are and the month of their data: 'Latest (Aug 24)', 'Previous (May 24)', 'Same time last year (Aug 23)', then 'Target 24/25', filled RAG words with 'Data only', 'Good is' High/Low, Trend words, comments; shaded sections; a year-to-date council tax row, a quarterly recycling row whose footnote dates its figures Q1 2024/25, Q4 2023/24 and Q1 2023/24, a comment saying the latest complaints figure is July's, an 'Awaited' latest, a new measure with no Aug 23",
       "borough council housing, customer and environment performance digest to each overview and scrutiny meeting"),
    _f("rag_words_misspelt_and_padded", "xlsx", "hand-typed 'Status (Q2)' column: 'Red ', ' Green', 'Amber ', 'Green' with a no-break space, 'GREEN', 'RED', 'amber', 'green', 'amb', 'Grn', 'Amb', 'Red*' with its footnote, 'N/A', '-', and one slip 'Gren/Amber'; PAM/0xx and local refs, 'Q1 2024-25', 'Q2 2024-25', 'Target 2024-25' ('-' for none), key under the table",
       "Welsh county borough council quarterly corporate performance measures sheet compiled from service returns", status="needs_review"),
    _f("period_column_in_mixed_wordings", "xlsx", "long table (Service, Measure ID, Measure, Frequency, Period, Value, Target, RAG, Notes) whose Period cells are typed 'Quarter 2 24/25', 'Q2 2024/25', 'Q1 24/25', 'Q1 2024-25', 'Apr\u2013Jun 2024', 'Jul\u2013Sep 2024', '2023-24', '2023/24', 'Apr 24 - Sep 24', 'Oct 23 - Mar 24', 'Jul 2024', 'August 2024', 'Sept 2024', text 'Sep-24', real first-of-month dates shown 'Jul-24', numbers 2022/2023 for calendar years, 'Apr-Aug 2024' cumulative, '12 months to Aug 24' rolling; RAG words and letters, autofilter",
       "county council corporate KPI data sheet into which each service pastes its own rows"),
    _f("status_reason_codes_column", "xlsx", "'Status' cells of a RAG letter and a reason number ('A1', 'R4', 'A2', 'G', 'R3', 'G1', 'G5'), filled by letter, a free-text 'Reason' column on some rows, a line under the table and a Key sheet listing R/A/G and reasons 1-5 (data late, seasonal, demand, staffing, definition change); shaded portfolio rows, Q1-Q3 2024/25, 'Target 2024/25'",
       "metropolitan council adults, health and housing quarterly scorecard to a scrutiny panel"),
    # Fifteenth batch, development part C
    _f("restated_previous_quarter_column", "xlsx", "year only in the title; 'Q1 (as reported)' shaded grey and 'Q1 (revised)' shaded yellow beside 'Q2': revised cells holding the restated figure, blank where unchanged, once 'No change', once a figure where the first report said 'Not available'; Service, 'Target 2024/25', filled R/A/G letters for Q2, comments giving the reasons for restating; notes saying blank means unchanged",
       "borough council Council Plan KPI appendix at Quarter 2 restating Quarter 1 figures"),
    _f("transposed_with_target_rows", "xlsx", "indicators as columns: label rows 'PI code', 'Performance indicator', 'Unit' (%, Days, Rate per 100,000, Number), 'Polarity' ('Higher is better' / 'Lower is better', one blank), shaded 'Target 2024/25' and 'Outturn 2023/24'; a 'Month' label over real dates shown mmm-yy Apr-24..Mar-25 (Jan-Mar empty), a '2024/25 year to date' row and a filled 'RAG (Dec-24)' letter row; a 'Data not available' month, a blank month, notes",
       "Welsh county borough directorate monthly KPI tracker kept transposed for overview and scrutiny"),
    _f("polarity_marked_by_footnote_symbol", "xlsx", "no polarity column: names ending ' *' or '*' for lower-is-better, '(C)' for contextual, '\u2020' for a definition note (twice beside the asterisk: '\u2020*', '\u2020 *'); footnotes '* A lower figure is better', '(C) Contextual measure ... neither', 'All other measures: a higher figure is better'; shaded sections, Unit, '2023/24 outturn', Q1-Q3 2024/25, 'Target 2024/25', pale-filled Status words with 'Data only', an 'Awaiting data' quarter",
       "borough council quarterly corporate KPI report to a scrutiny committee"),
    _f("year_ending_march_headings", "xlsx", "main sheet: year numbers 2021..2024 under a merged 'Year ending 31 March' banner and a title note '2024 = 1 April 2023 to 31 March 2024'; Unit, 'Target 2024', filled R/A/G 'Status', 'Direction of travel' words, a 'Not collected (COVID-19)' year, a measure begun in the third year; a 'Partner data' sheet of police, DfT and OHID figures headed 2020..2023 with no note, a Source column",
       "unitary council annual performance report to Cabinet with community safety and public health partner data", status="needs_review"),
    # Fifteenth batch, development part A
    _f("font_coloured_bullet_status", "xlsx", "'Status' column holding the same '\u25cf' in every rated row with no fill or word, the rating only in the bullet's font colour (Excel Red/Orange/Green, some 'Dark Red' C00000 and 'Light Green' 92D050), a grey bullet on an untargeted row; key at the foot of coloured bullets then words ('\u25cf On target', '\u25cf Within tolerance', '\u25cf Off target'); 'Good is', Q1-Q3 2024/25, Target, an 'Awaiting data' Q3, shaded sections, commentary",
       "borough council quarterly corporate performance scorecard to Cabinet"),
    _f("monthly_columns_with_average_columns", "xlsx", "month columns 'Apr-24'..'Sep-24' (real dates shown mmm-yy) under a merged '2024/25 monthly figures' banner, then shaded '6 month average' (=ROUND(AVERAGE(D6:I6),1) with saved results) and typed 'Rolling 12 month average' ('n/a' for a new measure) under 'Averages (for trend)'; Unit (%, Number, Days), Target, filled 'RAG (Sep-24)' letters, a 'No data' month, notes defining the averages",
       "Welsh county borough council monthly KPI tracker at mid-year"),
    _f("target_ranges_in_words", "xlsx", "text 'Target 2024/25' cells: 'between 85% and 90%', '85 to 90', '20-25 days', '90\u201395%', '10%\u201312%', '-1% to +1%', 'no less than 92%', 'up to 5', plain '80' and '7.0', 'To be set', and 'within 2 of 18'; Q1/Q2 2024/25, filled 'Status (Q2)' words, shaded sections, a note that a range means stay within it",
       "district council half-year corporate performance report to overview and scrutiny", status="needs_review"),
    _f("total_and_two_part_sub_rows", "xlsx", "bold total rows each followed by two italic indented part rows with their own figures ('of which: in-house' / 'of which: commissioned', 'Council' / 'Partners'; indent setting or typed spaces), some parts with their own Target and filled RAG letter, one pair with codes ASC02a/ASC02b; Q1-Q3 2024/25, 'Awaiting police data' in a total and a part, notes defining the parts",
       "metropolitan borough quarterly adults, housing and communities report to scrutiny showing in-house and commissioned figures"),
    # Fifteenth batch, hold-out part A
    _f("annual_measures_in_q4_column", "xlsx", "bare 'Q1'..'Q4' under a merged '2023/24' banner, 'Frequency' (Quarterly / Annual / 'Annually'); annual PAM measures with their only figure in the Q4 column and Q1-Q3 shaded grey, left blank or typed 'Annual' or 'n/a'; a quarterly measure new in Q4; 'Target 2023/24', filled 'Status (Q4)' words On target / Near target / Below target; notes that the Q4 column holds the year's result for annual measures",
       "Welsh county borough council year-end corporate performance measures report to overview and scrutiny", **_H15),
    _f("area_column_in_long_export", "csv", "report lines (Report, 'Prepared by', Comparators, Extracted, Key) above a long table 'Area code, Area name, Area type, Indicator code, Indicator, Period, Value, Count, Denominator, Unit, Polarity': every indicator for the council, England, its region and four neighbours, sorted by area name; periods '2022/23', '2023', '2021', '2020 - 22'; a '[x]' value; padded with commas; source line",
       "metropolitan borough 'area in context' indicator extract with comparators, saved as CSV",
       options=("--area", "Oldham"), **_H15),
    # Fifteenth batch, hold-out part B
    _f("budget_sheet_before_kpi_sheet", "xlsx", "first sheet 'Revenue Budget R2': service lines under directorate rows with 'Current budget \u00a3000', 'Forecast outturn \u00a3000', 'Forecast variance \u00a3000', 'Variance %' (variances and totals as formulas with saved results), filled RAG words on the forecast variance, a grand total and key; second sheet 'Council Plan KPIs': Code, Measure, 'Good is' Higher/Lower, Q1/Q2 2024/25, 'Target 2024/25' ('-' for none), filled Status words with 'Data only', Trend, Comments, shaded priority rows, an 'n/a' Q1",
       "unitary council quarter 2 budget and performance monitoring workbook to Cabinet", **_H15),
    _f("cross_cutting_indicator_repeated_in_sections", "xlsx", "dark portfolio rows down one sheet (Ref, Measure, Q4 2023/24, Q1/Q2 2024/25, 'Target 2024/25', filled R/A/G letters, Lead officer); two shared measures marked '\u2020' repeated under a second portfolio with the same code and name: one repeat identical, the other giving a different Q2 figure and rating",
       "metropolitan council quarterly corporate performance scorecard to Cabinet by portfolio", status="needs_review", **_H15),
    # Fifteenth batch, hold-out part C
    _f("measure_type_column_snapshot_or_cumulative", "xlsx", "year-end grid under shaded section rows: Ref, Measure, 'Measure type' (Snapshot, Cumulative, Rolling 12 months, Annual), 'Q1 24/25'..'Q4 24/25', one bare Target, filled RAG words, comments; cumulative counts and collection rates (fractions under 0.0%) growing through the year, one 'Cumulative' row whose Q2 is smaller than its Q1; annual results in one quarter (Q3 or Q4), other quarters grey; a key explaining each type",
       "borough council year-end performance summary to Cabinet with a measure type per row", status="needs_review", **_H15),
    _f("unicode_minus_signs", "xlsx", "figures pasted from a web dashboard as text: true minus signs '\u22121,204', '\u22122.3', '\u2212 0.6', '\u22120.7%', en dashes as minus '\u20136.8', '\u201348', plus signs '+0.4', '+23', an en dash or a hyphen alone for no data, beside ordinary numbers and one real -0.3; budget variance, net change and change-on-last-year measures among KPIs; 'Q1 2024-25'..'Q3 2024-25', 'Target 2024-25' (some '\u22125.0'), a 'Change Q2 to Q3' column, filled RAG words, a key",
       "Welsh city council quarterly finance and performance dashboard copied from its web pages for scrutiny", **_H15),
    # Sixteenth batch, development part C
    _f("rolling_thirteen_month_columns", "xlsx", "thirteen month columns Oct-23..Oct-24 (real first-of-month dates shown mmm-yy) under merged '2023/24' (Oct-Mar) and '2024/25' (Apr-Oct) banners; Unit, 'Good is' (High/Low/'n/a'), 'Target 2023/24' ('-' once, blank for a new measure) and 'Target 2024/25', filled 'RAG (Oct-24)' letters, a 'Change on same month last year' column ('+1.2', 'n/a'), comments; a measure begun in Apr-24 (earlier months grey), a 'Not available' month, shaded sections, notes",
       "unitary council adults, health and wellbeing monthly performance report with a 13-month trend"),
    _f("serial_number_dates_in_long_export", "csv", "long CSV (Indicator ref, Indicator, Service area, Frequency, 'Period start', 'Period end', Result, Target, 'RAG status', Unit, 'Better if', 'Last updated') whose dates are Excel day numbers (45383, 45473, 45610) that lost their format; Monthly, Quarterly, 'Quarterly (rolling 12 months)', Annual, 'Annual (calendar year)', 'Annual (academic year)' rows; an 'Awaiting validation' result, blank targets and RAGs",
       "unitary council performance open-data table kept in Excel and saved as CSV for its open-data portal"),
    _f("target_revised_mid_year", "xlsx", "'2023/24 outturn', bare Q1..Q4 under a merged '2024/25' banner, then 'Target Q1\u2013Q2' and 'Target Q3\u2013Q4 (revised Oct 2024)' (shaded) under 'Targets 2024/25'; revised cells blank (original applies, says a note), '42% (was 45%)', 'Data only'; 'Good performance is', filled 'Q4 status' words, a 'Not available' Q4, comments, dark section rows",
       "borough council year-end corporate performance indicator report to overview and scrutiny after a mid-year target review"),
    _f("ytd_and_annual_target_columns", "xlsx", "title 'Month 8: November 2024' only; 'Measure type' (Cumulative, Year to date, Snapshot, Rolling 12 months), Unit (%, Number, Days, \u00a3), 'Good is', 'Actual YTD', 'Target YTD' ('-' once), 'Annual target' and 'Forecast outturn' (shaded; one 'On track to improve'), filled RAG words, commentary; notes defining YTD, snapshot, rolling and what the RAG compares",
       "unitary council month-8 Council Plan performance monitoring appendix to Cabinet"),
    # Sixteenth batch, development part B
    _f("long_export_value_type_rows", "csv", "long table 'Directorate, Service, Measure Code, Measure Name, Frequency, Period ('2024/25 Q1'), Period End, Value Type, Value, Unit, Polarity, Last Refreshed': a row per measure, quarter and value type, 'Value Type' Actual / Denominator / Numerator / RAG / Target in that (alphabetical) order, RAG rows holding Green/Amber/Red words in the Value column; a count with only Actual rows and a blank polarity, a Q3 with only its Target row, an 'n/a' Actual with no components or RAG",
       "unitary council Power BI performance hub fact table exported as CSV"),
    _f("measure_blocks_across_quarters", "xlsx", "two heading rows: 'Actual' merged over bare Q1 Q2 Q3 Q4, then 'Target' over Q1..Q4, then 'RAG' over Q1..Q4, each block shaded; Ref/Indicator/'Good is'/Comments merged down; year only in the title; Q3 and Q4 targets typed with no actuals, profiled cumulative targets, '-' targets, an annual survey with only a Q4 target, a quarter in arrears, a 'Data not available' Q1; percentages as fractions under 0.0%; filled R/A/G letters",
       "unitary council Council Plan KPI tracker to the Executive at Quarter 2"),
    _f("merged_year_column_in_long_table", "xlsx", "long table 'Ref, Key performance indicator, Year, Quarter, Result, Target, Status, Comment', a row per indicator per quarter over 2023/24 and 2024/25: Ref and name merged down over the indicator's rows, each Year cell merged down over its quarter rows; an 'Annual' quarter for a yearly survey, 2024/25 Q3/Q4 rows with a target and no result, profiled targets, 'n/a' targets, an 'Awaiting data' result, a new indicator with 2024/25 rows only; Green/Amber/Red words on pale fills",
       "district council KPI trend tracker behind the quarterly overview and scrutiny report"),
    _f("new_indicators_without_figures", "xlsx", "ordinary quarterly scorecard (Ref, Indicator, 'Good is', '2023/24 outturn', Q1/Q2 2024/25, 'Target 2024/25', filled 'Q2 RAG' letters, Comments, shaded priority rows) in which new indicators, their Ref and name shaded, have 'New for 2024/25' or 'New indicator' for the outturn, 'Data available from Q3' or 'Annual' or nothing in the quarters, targets 'Baseline year', 'TBC', 'TBC \u2013 baseline year', RAG 'N/A' or blank; a note on the shading",
       "unitary council's first quarterly scorecard under a new Council Plan to its scrutiny commission"),
    # Sixteenth batch, development part A
    _f("actual_target_rag_row_triplets", "xlsx", "each indicator a block of three rows labelled 'Actual', 'Target', 'RAG' in column D, Code, name, 'Good is' High/Low and Comments merged down the block; '2023/24 Outturn' and 'Q1 2024/25'..'Q4 2024/25' across (Q4 targets typed, no Q4 actuals), profiled targets, filled G/A/R letters per quarter, fractions shown '0.0%', an 'Awaiting data' actual with an 'n/a' RAG, a '-' target row",
       "borough council corporate performance monitoring workbook at Quarter 3 to overview and scrutiny"),
    _f("arrow_column_after_each_quarter", "xlsx", "'Q4 2023/24', 'Q1 2024/25'..'Q3 2024/25' each merged over the figure and a narrow unheaded column of coloured '\u2191', '\u2193', '\u2192' arrows (a key: better, worse, no change, so a falling waiting list has '\u2191'); Unit, 'Target 2024/25', one filled 'RAG (Q3)' word, comments, shaded section rows, a 'Not available' Q3, a new measure with blank quarters and arrows",
       "unitary council quarterly corporate performance scorecard to the Executive"),
    _f("breakdown_column_in_wide_table", "xlsx", "Ref, Measure, 'Breakdown', Q1-Q3 2024/25, 'England (latest)', 'Target 2024/25', 'RAG (Q3)', Notes; each measure's shaded bold total row ('All', 'Total', 'All ages', 'All people') followed by italic indented sub-group rows (sex, routine and manual, most deprived neighbourhoods, mother's age, ward groups) with Ref and name blank, some measures with no sub-groups, '*' suppressed cells, 'Data due Feb' in every row of one measure",
       "unitary council public health quarterly performance dashboard to the Health and Wellbeing Board"),
    _f("in_quarter_and_cumulative_sub_rows", "xlsx", "two rows per indicator labelled 'In quarter' and 'Year to date' (two typed 'Cumulative'), Ref, name and Comments merged down, the second row shaded; 'Q1 2024/25'..'Q4 2024/25' (Q4 empty), 'Annual target 2024/25' ('-' on in-quarter rows of counts), filled Status words on either row, a 'Not available' Q3 beside a blank year to date; a note defining the rows",
       "borough council quarterly corporate performance report to Cabinet"),
    # Sixteenth batch, hold-out part A
    _f("councils_as_rows_own_row_highlighted", "xlsx", "thirteen CIPFA nearest-neighbour councils as rows sorted by name, the reporting council's row bold and filled yellow and named in the title; indicators as columns (names with units, no codes) over a 'Period' row ('2023/24', '2022/23', 'Q4 2023/24', '2024/25', 'Autumn 2023') and a 'Good is' High/Low row (one blank); 'Nearest neighbours average', 'England (shire districts)' and a rank row under the councils; '-' not published; no targets or ratings",
       "district council annual performance report appendix benchmarking against its nearest neighbours from LG Inform", status="needs_review", options=("--area", "Tamworth"), **_H16),
    _f("cumulative_flag_in_unit_column", "xlsx", "Unit column saying '% YTD', 'Number (cumulative)', 'Number - cumulative', '\u00a3 (cumulative)', 'Days (cumulative)' on some rows and '(in quarter)', '(snapshot)' or a bare '%', 'Days', 'Number' on others; 'Outturn 2023/24', Q1-Q3 2024/25, 'Target 2024/25', filled RAG words, shaded service rows, a 'Not yet available' Q3 on a YTD row, '-' targets; a key defining cumulative, snapshot and in-quarter figures",
       "borough council quarterly performance report to overview and scrutiny", **_H16),
    # Sixteenth batch, hold-out part B
    _f("last_year_in_brackets_after_value", "xlsx", "quarter cells typed as text holding this year's figure and the same quarter last year in brackets ('47.2% (45.9%)', '1,204 (1,187)', '2.8 (3.4)', '100% (83.3%)') under headings 'Q1 2024/25 (Q1 2023/24)'..'Q3 2024/25 (Q3 2023/24)' and a note saying so; a new measure without brackets, a '(n/a)' last year, an 'Awaited (41.8%)' Q3; 'Target 2024/25' (fractions under 0%, '-' for none), filled 'Q3 RAG' letters with 'Data only', 'Direction of travel' words, comments",
       "metropolitan borough neighbourhoods and place quarterly performance report to a scrutiny committee", **_H16),
    _f("quarterly_rag_among_month_columns", "xlsx", "month columns as real dates shown 'Apr-24'..'Dec-24' under merged 'Quarter 1'..'Quarter 3' banners, a shaded 'Q1 RAG', 'Q2 RAG', 'Q3 RAG' column of filled letters after every third month; Ref, Measure, Unit (%, Days, Number), 'Good is' Higher/Lower/'-', one 'Target 2024/25', comments; a note that the quarter RAG is the quarter-end position; December and Q3 RAG empty, a quarterly measure with only June and September figures (other months grey), 'No data' months, a November not yet in",
       "Welsh county borough council monthly social care and housing KPI tracker to overview and scrutiny", **_H16),
    # Sixteenth batch, hold-out part C
    _f("text_dates_day_first_headings", "xlsx", "period columns headed by period-end dates typed as text (cells formatted Text), day first: '31/12/2023', '31/03/2024', '30/06/2024', '30/9/2024', '31/12/2024' under a merged 'Quarter ending' banner on a 'Quarterly PIs' sheet, '31/10/2024', '30/11/2024', '31/12/2024' under 'Month ending' on a 'Monthly PIs' sheet; Unit (%, No., Days, Rate), 'Better if', 'Target 24/25', filled status words 'On target' / 'Within 10%' / 'Off target' with a key, a 'Not yet available' latest quarter, a measure new in 2024/25, shaded sections, comments",
       "district council quarterly key performance indicator workbook to overview and scrutiny, with a monthly sheet", **_H16),
    _f("this_month_last_month_columns", "xlsx", "headings 'This month', 'Last month', 'Same month last year', Target, filled RAG words, Trend ('\u2191 Better'), Comments; the month only on a 'Reporting period: August 2024' line, a prepared/meeting line with September dates; fractions under '0.0%' and '0.00%', one percent typed in points, money '\u00a3#,##0'; a name ending '*' whose footnote says it is one month in arrears; 'n/a' last year, 'Awaiting data' this month, an untargeted row",
       "borough council housing and neighbourhoods monthly performance report to its Housing Board", **_H16),
    # Seventeenth batch, development part A
    _f("as_at_date_column_per_row", "xlsx", "Ref, Measure, Frequency (Monthly/Quarterly/Annual), 'Good is', 'Previous', 'Previous as at', 'Latest', 'Data as at' (real dates shown dd/mm/yyyy), Target, filled G/A/R Status, Commentary; title names Quarter 2 2024/25 but rows are as at 30/09/2024, 31/08/2024 (rolling 12 months, a month in arrears), 30/06/2024 (a quarter in arrears), 31/03/2024, 31/08/2024 (GCSE), 31/12/2023 (calendar-year casualties) and 30/09/2024 for an annual residents' survey; an 'Awaited' latest",
       "unitary council corporate scorecard in the Pentana latest-position layout", status="needs_review"),
    _f("centre_across_selection_headings", "xlsx", "'2023/24' typed once in C5 and '2024/25' once in G5, each shown centred over its four quarter columns by 'Centre Across Selection' on blank neighbours (no merged cells), bare Q1..Q4 twice in row 6, title, subtitle, a 'Position at Quarter 2' banner and shaded portfolio bands centred across the same way; 'Target 2024/25', filled RAG words, 2024/25 Q3/Q4 empty, 'n/a' survey quarters, a measure new in 2024/25",
       "district council quarterly corporate performance report to Cabinet kept by hand in Excel"),
    _f("external_link_formulas_cached", "xlsx", "Q2 2024/25 (and some Q1) cells are formulas linking to the services' workbooks on a shared drive ('[1]Housing!D14' with externalLink parts) saved with their results; Q1 mostly pasted values; two broken benefits links ('[2]Benefits!D22' whose refresh failed, '=#REF!') showing '#REF!' with no status; 'Target 2024/25', filled G/A/R Status, a Source column naming the workbook and row",
       "borough council quarterly corporate scorecard assembled by linking to service returns"),
    _f("lettered_sub_indicators_under_parent", "xlsx", "numbered parent rows 'PI 12'..'PI 17' (bold, shaded) followed by lettered parts '12a', '14b', '16c' with indented names; some parents with figures of their own, two ('PI 13', 'PI 15') only a heading over their parts; '2023/24 outturn', Q1-Q3 under a merged '2024/25', 'Target 2024/25', filled 'Q3 RAG', a 'Not available' Q3, a real 0, an annual measure with only its outturn",
       "borough council housing services performance indicators to its Housing Committee"),
    # Seventeenth batch, development part B
    _f("percent_format_spilled_onto_count_rows", "xlsx", "Ref, Indicator, Unit (%, Number, 'No.', Days, \u00a3, 'Rate per 1,000'), '2023/24 Outturn', 'Q1 2024/25'..'Q3 2024/25', 'Target 2024/25' with the whole figure columns formatted '0%' (outturn, target) and '0.0%' (quarters): percentages stored as fractions look right, but 148 complaints show '14800%', 27.3 days '2730.0%', \u00a3412,310 '41231000%', a rate of 0.74 '74.0%', and one survey row pasted in points shows '8400.0%'; filled G/A/R status letters, shaded sections, comments",
       "borough council quarterly key performance indicator sheet to its corporate overview group"),
    _f("percentage_change_measures_negative_targets", "xlsx", "measures of change ('% change in CO2 emissions ... from the 2019/20 baseline', 'Change in people sleeping rough ... on the same month last year', 'Reduction in agency spend ... (%)'); negative figures as fractions under '0.0%;[Red]-0.0%', '+0.0%;-0.0%', '0.0%;(0.0%)', plain points, '+1', text '+2.1%'/'-1.3%'; 'Target 2024/25' typed '-35%', '\u22123.0', 'Reduce by 20%', '55%', '0 (no increase)', 'at least 10% reduction' (on a change measure and on a reduction measure), '-0.5', '0.0', '-'; 'Good is' Lower/Higher/blank, '2023/24', Q1/Q2 2024/25, filled 'RAG (Q2)' words, commentary",
       "district council climate, housing and resources scorecard to a budget and performance panel"),
    _f("previous_years_then_current_quarters", "xlsx", "merged 'Outturn' banner over '2021/22', '2022/23', '2023/24', then a merged '2024/25' banner over bare 'Q1'..'Q4' and 'Annual target', then filled RAG words and 'Comment'; Q4 empty, a biennial survey with two outturns and grey quarters, a measure new in 2023/24 with grey earlier years, a 'Not yet available' Q3, dark section rows, notes",
       "district council quarterly corporate performance indicator report to its performance and resources committee"),
    _f("quarter_heading_with_month_range_in_brackets", "xlsx", "quarter headings 'Q1 (Apr\u2013Jun)', 'Qtr 2 (Jul-Sep 24)', 'Quarter 3 (Oct \u2013 Dec 2024)', 'Q4 (Jan\u2013Mar 25)' with the financial year only in the title; 'Outturn 2023/24', 'Target 24/25', 'Polarity' High/Low, filled status words On target / Within tolerance / Off target with a key, a survey measure with Q2 and Q4 only (grey blanks), a 'TBC' Q4, shaded sections, comments",
       "district council year-end corporate performance indicator report to Cabinet"),
    # Seventeenth batch, development part C
    _f("reporting_lag_column", "xlsx", "title 'Quarter 2 2024/25 (July to September 2024)'; 'Quarter 1' and 'Quarter 2' under a merged '2024/25 \u2013 figure as reported' banner and a 'Reporting lag' column per row: 'Current quarter', 'One quarter in arrears' (the column holds the quarter before, say the notes), 'Annual \u2013 2023/24', 'Annual \u2013 2023/24 academic year', 'Annual \u2013 calendar year 2023' (figure in the Quarter 2 column only, Quarter 1 grey), and one 'Two months in arrears' the notes do not define; 'Good is' High/Low, 'Target 2024/25' ('-' on annual rows), filled Status words with 'Data only', a 'Not available' Q2, shaded sections, comments",
       "district council quarterly corporate performance report to Cabinet with measures reported in arrears", status="needs_review"),
    _f("this_quarter_last_quarter_columns", "xlsx", "headings 'This quarter', 'Previous quarter', 'Same quarter last year', bare Target, filled RAG words, Direction ('Improving', 'Declining', 'No change'), Comments; the quarter only on a 'Reporting period: Quarter 2 2024/25 (July to September)' line, a November committee line; fractions under '0.0%', two percentages typed in points, money '\u00a3#,##0'; 'n/a' last year for a new measure, 'Not yet available' this quarter, untargeted rows, shaded service rows",
       "borough council operational services quarterly performance report to overview and scrutiny"),
    _f("three_year_plan_target_column", "xlsx", "'2023/24 outturn', 'Q1 2024/25'..'Q3 2024/25', then under a merged 'Targets' banner 'Annual target 2024/25' and a yellow 'Target 2024\u201327' (a note: the level to reach by March 2027; one 'Top quartile'); 'Good is' Higher/Lower, Frequency (Quarterly/Annual: annual rows with only the outturn and grey quarters), a row with only the plan target, filled 'Status (Q3)' letters, a 'Not available' Q3, dark priority rows",
       "unitary council Council Plan 2024\u201327 quarterly KPI annex to the Executive"),
    _f("very_hidden_sheet_old_figures", "xlsx", "visible 'Scorecard' (Directorate, Ref, Measure, Q1-Q3 2024/25, 'Target 2024/25', filled 'RAG (Q3)' words chosen from drop-down lists, Comments, a blank Q3); last year's copy 'Scorecard 23-24' in the same layout with Q1-Q4 2023/24 set veryHidden; an ordinary hidden 'Lists' sheet of RAG words and directorates behind the drop-downs",
       "borough council quarterly corporate scorecard workbook rolled forward from last year's copy"),
    # Seventeenth batch, hold-out part A
    _f("chart_sheets_between_data_sheets", "xlsx", "sheets 'Contents', 'People', 'People charts', 'Place', 'Place charts', 'Resources', 'Resources charts': a chart sheet (bar chart of the latest quarter against target) after each portfolio's data sheet; each data sheet has Ref, Measure, 'Good is', 'Q3 23/24'..'Q3 24/25', 'Target 2024/25', filled RAG letters, Comments, an embedded line chart under the table and a grey 'Chart data' block (Quarter, Actual, Target) to the right of the table; a blank Q3, a 'Not available' Q3",
       "county council quarterly corporate performance workbook published with the Cabinet papers", **_H17),
    _f("future_quarters_showing_formula_zeros", "xlsx", "yearly template at Quarter 2: 'Reporting quarter: 2' cell, bare Q1..Q4 and 'Year end' columns of formulas over an 'Input' sheet of numerators and denominators, saved with their results; Q3 and Q4 show 0, 0.0% (IFERROR) or #DIV/0!, 'Year end' shows Q1 and Q2 summed; Unit, 'Good is', 'Quarterly target', a Status formula (Green/Amber/Red) on the reporting quarter; a real 0.0% and a real 0 in Q2, a Q2 not yet entered showing #DIV/0!",
       "district council quarterly performance scorecard kept in a yearly Excel template, to Cabinet", **_H17),
    # Seventeenth batch, hold-out part B
    _f("headings_bilingual_in_one_cell", "xlsx", "every heading cell Welsh over English on two lines ('Cyf.\\nRef.', 'Chwarter 1\\nQuarter 1', 'Alldro 2023-24\\nOutturn 2023-24', 'Gwell os\\nBetter if') or split by ' / ' ('Targed 2024-25 / Target 2024-25', 'Statws / Status'); the year only in a bilingual title; PAM and local codes, names in both languages in one cell (two lines or ' / '), bilingual Unit ('Dyddiau\\nDays', '%', 'kg') and 'Uwch\\nHigher' / 'Is\\nLower' cells, filled 'Gwyrdd / Green', 'Ambr / Amber', 'Coch / Red', bilingual section rows and key; an annual measure with only its outturn, 'Dim data / No data', 'Dim targed / No target'",
       "Welsh county council bilingual quarterly performance scorecard to a performance scrutiny committee", **_H17),
    _f("power_query_column1_headings", "xlsx", "an Excel table whose header row reads 'Column1'..'Column11' (Power Query without 'Use First Row as Headers'); its first data rows hold the source's title ('... Quarter 3 2024/25') in Column1, a '2024/25' banner value in Column5 only, then the real headings 'Code', 'Performance indicator', 'Unit', 'Good is', 'Q1'..'Q4', 'Target 2024/25', 'RAG', 'Commentary'; section rows and footnotes in Column1 only; formats lost: percentages as fractions, bare R/A/G letters, an empty Q4, an 'n/a' Q3",
       "unitary council corporate performance scorecard reloaded through Power Query by its business intelligence team", **_H17),
    # Seventeenth batch, hold-out part C
    _f("statswales_download", "csv", "StatsWales CSV download, every cell quoted: title, dataset, 'Last update' and source lines; 'Area' (named only on the first row of its block: Wales then five Gwent councils) and 'Measure' (six waste measures, units in the names) down the side, '2019-20'..'2023-24' across; thousands separators, '(r)' and '(p)' flags after figures, '..' not available; footnotes explaining the flags",
       "StatsWales table of local authority municipal waste measures downloaded as CSV", options=("--area", "Newport"), **_H17),
    _f("value_and_note_in_one_cell_line_break", "xlsx", "figure cells typed with Alt+Enter as the figure and a note on a second line ('56.1%\\n(provisional)', '9.8\\n(revised from 10.1)', '91.3%\\n(147 of 161)', '312\\nQ2 data not yet validated', '98,740\\nCentral Library closed 2 weeks', '\u00a31.2m\\nforecast') among plain numbers; two targets with a note line ('\u00a32.5m\\nsavings plan', '80%\\n(national 60%)'); Unit (%, Days, \u00a3, Number), '2023/24 outturn', Q1/Q2 2024/25 under a merged '2024/25', 'Target 2024/25', filled 'Q2 RAG' words, a 'Not available' Q2, shaded sections",
       "metropolitan borough quarterly corporate performance and resources report to Cabinet", **_H17),
    # Eighteenth batch, development part A
    _f("bare_year_headings_financial_per_note", "xlsx", "year columns headed just 2021, 2022, 2023, 2024 (numbers) after a blank spacer column; a red note over the table: financial years shown by the year they begin (2023 = 2023/24) unless the Basis column says otherwise; Basis 'Financial year', 'Calendar year', 'Academic year (Sep\u2013Aug)' (no 2024 figure yet) and one 'Year ending 31 March (DLUHC release)' row with a 2024 figure; Unit (%, Days, Number, kg, Rate), 'Good is' High/Low, 'Target 2024', filled Status words with 'Data only', Trend arrows, comments, source footnotes",
       "unitary council annual performance outturn report to Cabinet with a four-year trend appendix", status="needs_review"),
    _f("date_range_headings_day_level", "xlsx", "quarter columns headed by typed date ranges: '01/04/2024 - 30/06/2024', '1 Jul 2024 to 30 Sep 2024', '01.10.24\u201331.12.24', an empty grey '01/01/2025 - 31/03/2025', and 'Year to date 01/04/2024 - 31/12/2024'; a bare Target, filled 'Q3 status' letters, comments; dark section rows, a snapshot measure with no year-to-date figure, a 'Not yet available' Q3",
       "borough council quarterly performance monitoring report to a policy and resources committee"),
    _f("dynamic_array_spill_ranges", "xlsx", "Excel 365 'Scorecard' whose Code/Measure/'Good is' columns spill from one =SORT(UNIQUE(Data!...)) in A6, each of Q1..Q3 2024/25 and 'Target 2024/25' from one =XLOOKUP(...), 'Status (Q3)' G/A/R from one =IF(...) and a red-measures list from =FILTER(...): only each spill's top-left cell holds the array formula (cm dynamic-array metadata), spilled cells cached values only; a spilled '' where the data has no Q3 row; a 'Data' sheet of the pasted extract (Code, Measure, Good is, Quarter, Value, Target) in the system's order",
       "district council directorate scorecard rebuilt from a pasted performance system extract with dynamic array formulas"),
    _f("key_in_text_box_shape", "xlsx", "'Outturn 2023/24', 'Q1 2024/25', 'Q2 2024/25', 'Target 2024/25' and a Status column of black symbols \u25cf \u25b2 \u25c6 \u25cb whose only key is a grey text box (drawing shape) beside the table: on target, within 5% tolerance, off target, data only; a 'Not yet available' Q2, an annual survey row with only its outturn, dark heading row, comments",
       "district council quarterly performance monitoring report to a strategy and resources committee"),
    # Eighteenth batch, development part B
    _f("long_export_in_quarter_and_ytd_columns", "xlsx", "long export, one row per indicator per quarter sorted by code: Code, Indicator, Service, 'Financial year' (2024/25), 'Quarter' (Q1..Q3), Unit (Number, %, Days, Rate), 'In quarter', 'Year to date', 'YTD target', Status words; notes that the year to date runs from 1 April and the status compares it with the YTD target; a quarter-end snapshot row with no YTD, target or status; a 'Not available' in-quarter Q3 with blank YTD; title and 'Exported from Pentana' line, dark heading row, autofilter",
       "Pentana (Ideagen) PI data list export of a city council's corporate indicators"),
    _f("meeting_dates_as_column_headings", "xlsx", "figure columns headed 'Cabinet 11 Jun 2024', 'Cabinet 17 Sep 2024', 'Cabinet 10 Dec 2024', 'Cabinet 11 Mar 2025' with a sub-heading row 'Year end 2023/24', 'Quarter 1 (Apr\u2013Jun)', 'Quarter 2 (Jul\u2013Sep)', 'Quarter 3 (Oct\u2013Dec)'; '2024/25' only in the title; 'Target 2024/25', filled RAG words, comments; shaded theme rows, an annual survey with only its year-end figure and grey quarters, a new measure without a year-end figure, an 'Awaited' Q3",
       "borough council corporate scorecard kept as a running record of what went to each Cabinet meeting"),
    _f("period_only_in_sheet_names", "xlsx", "tabs 'Q1 24-25', 'Q2 24-25', 'Q3 24-25' and a copied-forward 'Q4 24-25' (names and targets only), each with the same undated title and headings Ref, Indicator, Actual, Target, RAG (filled G/A/R), Comment; percentages as fractions under '0.0%'; a measure added from Q2, a litter survey with no Q2 figure, a 'Not available' Q3, data-only rows; a 'Key' tab",
       "district council neighbourhood services workbook with a tab copied forward each quarter"),
    _f("period_start_end_date_columns_long", "csv", "open-data CSV: Indicator ID, Indicator, Service, Frequency (Monthly, Quarterly, Half-yearly, Annual), 'Period start' and 'Period end' as dd/mm/yyyy, Value, Unit (Percentage, Number, Days, 'Rate per 1,000', \u00a3), Target, RAG, Polarity, Notes; months, quarters, a half year, financial and calendar years and rolling twelve months labelled Quarterly; an empty value with a note",
       "borough council performance indicators dataset on its open-data portal"),
    # Eighteenth batch, development part C
    _f("plan_actual_variance_per_month", "xlsx", "Ref, Measure, Unit (%, No., Days), then for April to September 2024 a real-date month heading shown 'Apr-24' merged over 'Plan', 'Actual', 'Variance' (signed, adverse in red), and a merged 'Year to date' triple; the title says Month 6 2024/25; fractions under '0.0%'; grey blank year-to-date cells for month-end, arrears and rolling measures, a plan starting in July, a 'Not yet published' September, a blank September; no RAG, shaded sections, notes",
       "integrated care board place-level monthly integrated performance report (IPR) to the place partnership board and Health and Wellbeing Board"),
    _f("provisional_and_final_columns_same_quarter", "xlsx", "'Q4 2023/24' over 'Final', a merged 'Q1 2024/25' over 'Provisional' (yellow, as first reported) and 'Final' (validated), 'Q2 2024/25' over 'Provisional'; Ref, Indicator, 'Good is' High/Low, 'Target 2024/25', filled 'RAG (Q2)' words, comments; a blank Q1 Final (provisional stands, says the note), a 'Not available' Q1 provisional with a final figure, a 'Not available' Q2 unrated; shaded sections",
       "borough council quarterly performance report to Cabinet restating the previous quarter after validation"),
    _f("rag_formulas_with_hidden_threshold_columns", "xlsx", "Code, KPI, 'Good performance is' High/Low, Q1-Q3 2024/25, 'Target 2024/25', hidden columns 'Green threshold' and 'Red threshold' (one a year-to-date profile), a 'RAG' column of IF formulas saved with results 'G'/'A'/'R', '' (no Q3 figure or 'Not available') or 'n/a' (no thresholds), coloured by conditional formatting; fractions under '0.0%', shaded sections, commentary",
       "county council Council Plan quarterly KPI sheet with a formula-driven RAG"),
    _f("strict_open_xml_workbook", "xlsx", "saved as Excel 'Strict Open XML Spreadsheet': purl.oclc.org strict namespaces and relationship types, conformance=\"strict\"; otherwise Ref, Measure, Unit, 'Good is', Q1-Q3 2024/25, 'Target 2024/25', filled RAG words, comments, fractions under '0.0%', money '\u00a3#,##0', a 'Not yet available' Q3, shaded sections",
       "borough council quarterly corporate performance scorecard saved in Excel's strict ISO format"),
    # Eighteenth batch, hold-out part A
    _f("indent_only_sub_measures", "xlsx", "breakdown rows under a measure shown only by the name cell's indent (1 or 2): 'Children looked after' over 'aged under 5', 'aged 5\u201315', 'aged 16\u201317'; four abuse categories under child protection plans; one disability row under single assessments; two age rows under care leavers; sub-rows with no code, no 'of which', no target or RAG; '2023/24 outturn', Q1..Q3 2024/25, 'Target 2024/25', filled RAG letters, a 'Statistical neighbours 2023/24' comparator, comments, purple heading row",
       "borough council quarterly children's services performance scorecard to a scrutiny committee", **_H18),
    _f("local_and_published_figures_same_period", "xlsx", "'2022/23' and '2023/24' banners merged over 'Local' and 'Published' columns (published in bold), a Source column (DfE SSDA903, DfE CIN census, NHS England ASCOF, Defra WasteDataFlow, DLUHC H-CLIC, DfT), 'Good is', 'Target 2023/24', filled 'RAG 2023/24' letters with 'A (P)'/'G (P)' provisional ratings, an 'England 2023/24' comparator, section rows; a merged note: the published figure is the measure of record for targets and RAG, the local figure used provisionally where the published says 'Due Mar 2025'; one pair differing enough to change the rating",
       "county council annual comparison of local and nationally published figures for a scrutiny commission", **_H18),
    # Eighteenth batch, hold-out part B
    _f("rich_text_value_and_arrow_runs", "xlsx", "quarter cells written as rich text in several runs: the figure ('83.5%', '224,910', '19.2') then a direction arrow ('\u25b2', '\u25bc', '\u25ba') in green, red or grey font, and in the latest quarter a bold coloured RAG word ('Green', 'Amber', 'Red'); 'Q4 2023/24' ordinary figures, two rows of ordinary '0.0%' cells with no arrows or words, a cumulative row with words but no arrows, a 'Not available' Q2; 'Target 2024/25', comments, a key line above the table, shaded section rows",
       "metropolitan council quarterly corporate scorecard typed up for Cabinet", **_H18),
    _f("sheets_split_by_reporting_frequency", "xlsx", "sheets 'Monthly' (month dates shown 'Apr-24'..'Dec-24', 'Target', filled 'RAG (latest)'), 'Quarterly' ('Q1 2024/25'..'Q3 2024/25', 'Target 2024/25', 'RAG') and 'Annual' ('2021/22'..'2023/24', 'Target 2023/24', 'RAG 2023/24'), each with comments and the same three shaded portfolio rows over different indicators, and a 'Notes' sheet; percentages as fractions, a blank December, a recycling rate a quarter in arrears, a data-only row, a 'Not available' quarter, a biennial survey",
       "borough council performance monitoring workbook to a Cabinet advisory board at Quarter 3", **_H18),
    # Eighteenth batch, hold-out part C
    _f("target_merged_down_over_sub_rows", "xlsx", "sub-rows of a measure typed as rows of their own with lettered refs (men/women, three age groups, a '\u2013 number' row and a '\u2013 % of new plans' row) sharing 'Good is', 'Target 2024/25' and Comments merged down over them (Merge & Centre); 'RAG (Q3)' merged over two groups, one letter per row in others, blank on the number row; the number/percentage pair's merged target typed '18%'; Ref, Measure, Unit (%, Number, Rate), '2023/24', Q1-Q3 2024/25, a 'Not available' Q3, shaded directorate rows",
       "metropolitan borough People directorate quarterly performance scorecard to a health and social care scrutiny board", **_H18),
    _f("values_block_then_ratings_block", "xlsx", "bare 'Q1' 'Q2' 'Q3' 'Q4' under a merged 'Performance 2024/25' banner, 'Annual target 2024/25', then bare 'Q1'..'Q4' again under a merged 'RAG status' banner holding each quarter's filled G/A/R letter ('-' not rated); Ref, Measure, 'Good is' Higher/Lower, '2023/24 Outturn', Comments; Q4 empty in both blocks, a blank Q3 pending county data, an 'n/a' Q2, an information-only row, grey service rows",
       "district council quarterly corporate KPI report to a performance and resources scrutiny committee", **_H18),
    # Nineteenth batch, development part A
    _f("airtable_grid_csv", "csv", "Airtable 'Grid view' CSV download (UTF-8 with BOM, header and records only): one record per indicator per quarter, Name (formula 'CP01 Q1 2024/25'), Indicator and Portfolio linked records, Ref lookup, Quarter single select, multi-select Tags ('Corporate Plan, Statutory'), typed pairs 'Actual %'/'Target %' ('85.2%'), 'Actual no.'/'Target no.' ('11,902'), 'Actual \u00a3'/'Target \u00a3' ('\u00a3436,904.00'), 'Actual time'/'Target time' (h:mm '3:30'), RAG single select per record, long-text commentary with quoted line breaks, Owner lookup comma-joined, attachments 'Q3 return.pdf (https://dl.airtable.com/...)', Verified checkbox 'checked'/blank, Created '12/01/2025 9:14am'; a Q3 record without a figure, an indicator with no Q3 record",
       "county borough council corporate performance team's KPI tracker kept as an Airtable base"),
    _f("custom_number_format_units", "xlsx", "no unit column: bare numbers shown with custom formats '0\" days\"', '\u00a3#,##0', '\u00a3#,##0.0,,\"m\"' (1,250,000 shows \u00a31.3m), '0.0\"%\"' on points (85.2 shows 85.2%), '0\" wks\"', '#,##0\" per 10,000\"', beside ordinary '0.0%' fractions and '#,##0' counts; Q1-Q4 2024/25 (Q4 empty), 'Target 2024/25' formatted like its row (one fraction target under '0.0%' on a points row), filled RAG letters, comments, shaded sections, an 'n/a' Q3, a survey with only Q3",
       "district council quarterly KPI report to an overview and scrutiny committee"),
    _f("fiscal_quarter_codes_fy25_q1", "xlsx", "BI reporting model's fiscal codes as headings: 'FY24' (outturn), 'Q4 FY24', 'FY25 Q1', 'FY25 Q2', 'FY2025 Q3', 'FY25 Target', filled RAG words, commentary; a red note under the title: financial year April\u2013March, FY25 = 2024/25, FY24 = 2023/24; Measure ID, 'Good is' Higher/Lower, fractions under '0.0%', an 'N/A' Q3, a blank Q3, an annual survey with only FY24, a new measure from FY25, an information-only row, shaded directorate rows",
       "unitary council corporate scorecard published from its finance and performance BI model"),
    _f("four_digit_year_pair_headings", "xlsx", "years written in full: '2022-2023', '2023-2024', 'Quarter 1 2024-2025', 'Q2 (2024-2025)', 'Q3 (2024-2025)', 'Quarter 4 2024-2025', 'Target 2024-2025', filled RAG words, comments in a quarterly table; below it an annual measures table with '2022-2023', '2023-2024', 'Apr 2024 - Mar 2025', its own 'Target 2024-2025'; Unit column (%, Number, Days, \u00a3, Rate), points, a blank and a 'Not yet available' Q4, a biennial survey, an information-only row, shaded service rows",
       "district council year-end Corporate Plan performance report to Cabinet"),
    # Nineteenth batch, development part B
    _f("key_in_heading_cell_note", "xlsx", "'Outturn 2023/24', 'Q1 2024/25'..'Q3 2024/25', 'Target 2024/25' and a Status column of black symbols \u2714 \u25d0 \u2716 \u2013 whose only key is the cell note (Excel comment) on the 'Status' heading: on or above target, within 5%, more than 5% off, no target; ordinary officers' notes on figure cells ('Revised from 11.4 reported at Q2', 'Provisional \u2013 awaiting validation') and on the target heading; a 'Not available' Q3, a blank Q3, data-only rows, dark heading row, shaded portfolio rows, comments",
       "district council quarterly corporate scorecard to an overview and scrutiny committee"),
    _f("period_only_in_print_header_footer", "xlsx", "headings Code, 'PI short name', 'Good is' (Bigger/Smaller is better), 'Last quarter', 'This quarter', Target, filled RAG letters, Note; no cell names a period: the quarter is only in the print page header '&C&BQuarter 3 2024/25 \u2013 Corporate Performance Report', footer '&LPrinted from Pentana&RPage &P of &N', print titles, landscape fit to width; fractions under '0.0%', a 'Not yet available' this quarter, a blank this quarter, an untargeted row, shaded service rows",
       "district council Pentana corporate PI report printed for the overview and scrutiny committee pack"),
    _f("rag_fill_on_name_cell_only", "xlsx", "no status column: the indicator name cell alone carries Excel's Good/Neutral/Bad cell style (pale green, yellow, red with dark font) for the latest quarter, unrated names unshaded; one italic key line 'Shading of the indicator name shows performance against target'; alternate rows banded light grey across every cell, dark slate heading row, blue-grey portfolio rows; Code, Indicator, Unit (%, Rate, Number), Q1-Q3 2024/25, 'Target 2024/25', Comment; fractions under '0.0%', a 'Not available' Q2, a blank Q3, data-only rows",
       "unitary council People directorate quarterly performance report to a scrutiny panel"),
    _f("sections_with_their_own_period_headings", "xlsx", "one sheet, three sections under dark title rows, each with its own heading row and column order: 'Quarterly measures' (Q1-Q3 2024/25, Target, RAG), 'Monthly measures' (month dates shown 'Oct 2024'..'Dec 2024', then RAG before Target) and 'Annual measures' ('Outturn 2021/22'..'Outturn 2023/24', 'Target 2024/25', 'Direction of travel'); filled RAG words, comments; a 'Not available' Q3, a blank December, a data-only monthly row, a survey from 2022/23, an 'n/a' year in arrears",
       "borough council housing and regeneration performance dashboard to a scrutiny panel"),
    # Nineteenth batch, development part C
    _f("six_digit_financial_year_codes", "csv", "flat warehouse extract with upper-case columns PI_CODE, PI_NAME, DIRECTORATE, UNIT_CODE (PCT, NUM, DAYS, RATE, GBP), GOOD_IS (H/L), FIN_YEAR as six digits ('202223', '202324', '202425'), PERIOD_TYPE ANNUAL or QUARTER, PERIOD_CODE '202324' for a year and '202425Q1' for a quarter, ACTUAL_VALUE, TARGET_VALUE ('NULL' where none), R/A/G letter, LOAD_NOTE; annual-only indicators, years then 2024/25 quarters, a Q4 2023/24 then quarters; a data-only snapshot, an empty Q3 value 'not yet validated', a missing Q3 row",
       "unitary council performance data warehouse extract (SQL Server fact table) behind statutory returns, sent to scrutiny as CSV"),
    _f("statistical_significance_status_words", "xlsx", "public health profile table under shaded domain rows: Indicator, Period as Fingertips prints it ('2022/23', '2021 - 23', '2023'), Count, Value, 'Lower 95% CI', 'Upper 95% CI', England, 'Compared with England' words (Better, Similar, Worse, Higher, Lower, Not compared) filled green/amber/red/blues/white, Polarity ('Higher is better', 'Lower is better', 'Not applicable'); a key above giving each word's colour and meaning; blank counts and confidence limits, a suppressed '*' value",
       "OHID Fingertips Local Authority Health Profile copied into a health scrutiny committee appendix"),
    _f("status_as_pasted_pictures", "xlsx", "Ref, Measure, Q1-Q3 2024/25, 'Target 2024/25', a Status column whose cells are empty under small red/amber/green circle PNG pictures pasted over them (two-cell anchors, one slid over the row border), a key of the same pictures (one-cell anchors) beside 'On target', 'Within 5% of target', 'More than 5% off target'; data-only rows and a 'Not available' Q3 without a picture, shaded service rows, comments",
       "borough council quarterly scorecard whose status lights were pasted in as pictures", status="needs_review"),
    _f("value_font_colour_is_the_rating", "xlsx", "no status column: the latest quarter's figure in bold red, amber (gold or Excel's orange) or green font is its rating, black not rated, per a key line under the title; 'Q4 2023/24' to 'Q3 2024/25' with earlier quarters in black, 'Target 2024/25', comments, dark heading row, shaded portfolio rows; a 'Not available' Q3 in black, a row with no Q3 whose Q2 stays black, information-only counts",
       "district council quarterly performance monitoring appendix to Overview and Scrutiny"),
    # Nineteenth batch, hold-out part A
    _f("comparator_cells_with_year_in_brackets", "xlsx", "Ref, Indicator, Unit (%, Rate per 10,000, Number, Days), 'Good is' High/Low, '2023/24 Outturn', 'Q1 2024/25'..'Q3 2024/25', 'Target 2024/25' and a filled 'RAG' word under a merged 'Council performance' banner, then 'England', 'North West' and 'Statistical neighbours' under a merged 'Latest published comparators (year of data in brackets)' banner whose cells are text carrying their own data year ('22.4 (2023/24)', '70 (2024)', '50.3 (2023)', '367 (2020\u201323)', '89.7 (Aug 2023)'), 'n/a' or blank; Comments, grey section rows, an 'n/a' Q3, a termly measure without Q1, information-only rows",
       "metropolitan borough quarterly children's services scorecard to a children and young people scrutiny panel", **_H19),
    _f("ditto_marks_in_target_column", "xlsx", "PI Ref, Indicator, Frequency, Target, 'Q1 24/25'..'Q4 24/25' (Q4 empty), filled G/A/R 'RAG', Comments under three shaded sections; repeated targets typed as ditto marks ('\"', '\u3003', 'do.', 'as above', a ditto under a ditto) below each group's first real target, the Frequency column dittoed the same way, one information-only row with a genuinely blank target and no rating, an 'n/a' Q2, a key line explaining the marks",
       "district council housing landlord services performance monitor to a housing scrutiny panel", **_H19),
    _f("html_markup_in_exported_text_cells", "xlsx", "a SharePoint list copied by Power Automate into an Excel table, one row per indicator per quarter in item order: ID, Title, KPI Ref, Service Area, Reporting Period ('Q1 2024/25'), Actual, Target, Polarity ('Higher is better'/'Lower is better'), RAG Status, Commentary, Modified, Created By; rich text left as HTML: commentary '<div class=\"ExternalClass...\"><p>...&nbsp;...</p></div>', titles and service areas with '&amp;', status '<span style=\"color:red\">Red</span>' (a few plain), Q3 actuals as '<div>85.2%</div>' text, one '<div>&nbsp;</div>' empty actual, an 'n/a' actual, profiled cumulative targets for council tax",
       "district council SharePoint performance list exported by a Power Automate flow for an overview and scrutiny committee", **_H19),
    # Nineteenth batch, hold-out part B
    _f("note_text_merged_across_unreported_quarters", "xlsx", "Ref, Indicator, 'Good is' High/Low, bare 'Q1'..'Q4' under a merged '2024/25' banner (Q4 empty), 'Target 2024/25', filled 'RAG (latest)' letters, Comments, shaded section rows; where no figure is reported a grey italic note merged across the quarter cells it covers: 'Annual measure \u2013 reported at Q4' over Q1-Q3, 'Data due February 2025 (DfE release)' over Q2-Q3 after a Q1 figure, 'Not collected this year' over all four quarters (one with an 'n/a' target); an 'n/a' quarter, a blank Q3 pending validation",
       "county council quarterly People directorate (children's and adults' services) scorecard to an overview and scrutiny committee", **_H19),
    _f("us_format_text_dates_long_export", "csv", "long 'Measure Data' export, one row per measure per period: Scorecard, Category, Measure ID, Measure Name, Frequency (Quarterly/Monthly/Annually), Period as 'Quarter Ending 12/31/2024', '01/31/2025' (a month) or 'Year Ending 03/31/2024', 'Period End Date' as US m/d/yyyy text ('6/30/2024'), Actual, Target, Status On Track/At Risk/Off Track, Units (%, Number, Days, Rate), Polarity, Analysis, 'Last Edited' month-first dates some of which could be read either way ('01/08/2025'); periods not yet entered exported with a blank Actual, an 'N/A' month, a measure without target or status",
       "district council Corporate Plan measures exported from a US-built strategy-management SaaS (ClearPoint/Envisio style)", **_H19),
    _f("used_range_to_last_excel_row", "xlsx", "ordinary Code, Measure, Unit (%, No., Days, \u00a3), Q1-Q3 2024/25, 'Target 2024/25', RAG letter, Comments, Officer table with shaded sections, on a sheet formatted by whole columns: Arial and a cell grid on empty cells down to row 6,000, conditional formatting and a G/A/R drop-down on H6:H1048576, a styled empty cell in row 1,048,576, a single space in F23817, <dimension ref=\"A1:XFD1048576\">; an 'n/a' Q3, a blank Q3, an unrated measure",
       "district council quarterly corporate performance scorecard to an Overview and Scrutiny Committee, copied forward for years", **_H19),
    # Twentieth batch, development part A
    _f("code_and_name_on_two_lines_in_one_cell", "xlsx", "no Ref column: the 'Measure' cell holds the code and the name split by a line break (Alt+Enter, wrap text on), 'CS 04' on the first line and the name on the second, a few rows typed the other way round with the code last in brackets ('Number of households in temporary accommodation' / '(HOU12)'); Q1-Q4 2024/25 (Q4 empty), 'Target 2024/25', filled RAG words, comments under dark portfolio rows; an 'n/a' Q2, a 'TBC' Q3, a blank Q3 whose RAG falls to Q2, information-only rows",
       "unitary council People and Communities quarterly scorecard to an overview and scrutiny committee"),
    _f("csv_with_title_rows_and_trailing_commas", "csv", "an Excel sheet saved as 'CSV UTF-8' (byte order mark, CRLF): title lines 'Performance Report,,,...', 'Quarter 2 2024/25,,,...', the council and committee, a blank ',,,,...' line, then Ref, Measure, Unit (%, Number, Days, kg, \u00a3), 'Q1 2024/25', 'Q2 2024/25', 'Target 2024/25', RAG word, Comments, with service rows; every line padded with commas to 23 fields because the used range ran to column W; Excel's displayed text: '44.8%', quoted '1,284', '\u00a3412,380', quoted commentary with commas; an 'n/a' Q2, a blank Q2 whose RAG falls to Q1, an information-only count, a RAG key footer",
       "district council corporate performance report sent to the committee clerk as a CSV copy of the scorecard sheet"),
    _f("custom_status_words_with_key_below_table", "xlsx", "Ref, Indicator, 'Good is' Higher/Lower, Q1-Q3 2024/25, 'Target 2024/25', 'Latest status' in the council's own words filled in their colours ('Exceeding' dark green, 'Meeting' light green, 'Below' amber, 'Well below' red, 'Not measured' grey), Comments under grey priority rows; a key two rows under the table with colour swatches: 'Exceeding = better than target by 5% or more (dark green)' ... 'Not measured = no target set or no figure for the latest quarter (grey)'; a survey with only Q3, a blank Q3 whose status falls to Q2, an 'n/a' Q3, an untargeted row",
       "district council Corporate Plan quarterly performance report to an overview and scrutiny committee"),
    _f("misspelt_column_headings", "xlsx", "hand-typed headings with real typing slips: 'Perfomance Indicator', 'Polarty' (High/Low), '2023/24 Acutal', 'Q1 Perfomance', 'Q2 Perfomance', 'Q3 Perfromance' (the year only in the title), 'Tagret 2024/25', 'RAG Staus' (filled R/A/G letters), 'Directon of Travel' (arrows), 'Comentary'; on a plain 'Sheet1' with yellow service rows, an 'n/a' Q2, a 'Not yet available' Q3, a blank Q3 whose RAG falls to Q2, an annual measure with only its 2023/24 figure, an information-only count",
       "small district council Corporate Services quarterly scorecard kept by hand for the overview and scrutiny committee"),
    # Twentieth batch, development part B
    _f("numeric_indicator_ids", "xlsx", "indicators identified only by the report's running number in the first column headed 'No.' (1 to 18 typed as numbers, a split measure as text '7a' and '7b'), Indicator, 'Good is' High/Low, 'Q1 24/25'..'Q4 24/25' (Q4 empty), 'Target 24/25', filled RAG words, Comments under three shaded theme rows; many figures small counts (1, 0, 3; 3, 2, 4; 0, 1, 0) that look like the numbers, an 'n/a' Q3, a blank Q3, information-only counts without target",
       "district council quarterly performance report appendix to an overview and scrutiny committee"),
    _f("rag_as_cross_in_one_of_three_columns", "xlsx", "form-style appendix: Ref, Measure, 'Quarter 3 2024/25' (latest) before 'Quarter 2 2024/25' under a merged 'Performance' banner, 'Target 2024/25', then three narrow columns 'R', 'A', 'G' (heading cells filled red/amber/green) under a merged 'Status (mark X)' banner with an 'X' (once 'x', twice a tick) in one of them, Commentary; bordered cells, blue section rows, monitoring-only and unavailable rows unmarked, an 'n/a' Q3, a blank Q3",
       "Welsh county borough council quarterly corporate performance assessment to a corporate overview and scrutiny committee"),
    _f("rag_then_value_per_quarter", "xlsx", "Code, Measure, Polarity ('Higher is better'/'Lower is better'), then for each quarter a merged 'Quarter 1 2024/25'..'Quarter 4 2024/25' heading over a pair 'RAG' (filled G/A/R letter) then 'Actual', 'Annual target 2024/25', Comments; dark two-row heading, grey section rows, data-only rows with blank RAG cells, cumulative measures rated against profiled targets, blank and 'n/a' Q4 figures, a survey in two quarters only",
       "district council year-end KPI report to a performance and resources scrutiny panel"),
    _f("rank_among_neighbours_as_text", "xlsx", "Ref, Indicator, 'Good is' High/Low, '2023/24 outturn', 'Q1 2024/25'..'Q3 2024/25', 'Target 2024/25', filled RAG word under a merged 'Council performance' banner, then a grey 'Statistical neighbours (latest published 2023/24)' block: 'SN average' number and 'Our position' text ('4th of 11', '=5th/16', 'Top quartile', 'Upper middle quartile', '=1st of 11', '8th/11', 'Not ranked', 'n/a'), Comments; yellow section rows, an annual measure with only 2023/24, contextual and information-only rows without target, an 'n/a' Q2, a blank Q3",
       "unitary council People directorate quarterly scorecard with a benchmarking block to a children, young people and adults scrutiny panel"),
    # Twentieth batch, development part C
    _f("target_and_stretch_in_one_cell", "xlsx", "one 'Target 2024/25' cell holding the target and a stretch target as text: '90% (stretch 95%)', '\u2264 12 days / stretch 10 days', '250 (stretch: 300)', '7,500 (stretch: 8,250)', '\u2264 \u00a3400 / stretch \u00a3350', beside plain '90%' and blank targets; a note under the title says RAG is against the target, not the stretch; Ref, Measure, Unit (%, Days, Number, \u00a3), 'Good is' Higher/Lower, Q1-Q4 2024/25 (Q4 empty), filled G/A/R letters, comments, shaded sections, a 'Not available' and an 'n/a' Q3, a data-only row",
       "unitary council People directorate (adults', children's and public health) quarterly scorecard with business-plan stretch targets to scrutiny committees"),
    _f("target_by_deadline_date", "xlsx", "a 'Target' column typed with deadlines in words ('120 by March 2025', 'Reduce to 400 by Q4', '8.5 days by year end', '\u00a31.2m by 31 March 2025', 'Below 14% by March 2026', 'Three-year target: 1,200 homes', plain '65%') and a 'Corporate Plan goal' column of three-year ambitions ('By March 2027: 60%', 'Net zero by 2030'); Ref, Measure, 'Good is', Q1-Q4 2024/25 (Q4 empty), filled RAG words, comments, shaded priority rows; one '90% by 2025' that cannot be placed in 2024/25 or 2025/26, an 'n/a' Q3, a blank Q3, a data-only row",
       "district council Corporate Plan 2024-27 key performance indicators reported quarterly to Cabinet and overview and scrutiny", status="needs_review"),
    _f("year_end_column_then_next_year_quarters", "xlsx", "title 'Performance Report 2024/25 \u2013 Quarter 3' the only place the current year is named besides 'Target 2024/25'; Ref, Measure, 'Good is' High/Low, 'Year end 2023/24' (last year's outturn) then bare 'Quarter 1', 'Quarter 2', 'Quarter 3', filled RAG words, comments, dark heading row, shaded portfolio rows; an 'n/a' year end for a new measure, a blank Q3 with the RAG on Q2, a survey with only Q2, a 'Not available' Q2, an unrated 'n/a' Q3, an information-only count",
       "district council quarterly corporate performance report to Cabinet and overview and scrutiny"),
    _f("year_type_column_in_long_export", "xlsx", "long 'Data' sheet, one row per indicator per period: Indicator ID, Indicator, Service area, Unit (%, Number, Days, Rate), Polarity, 'Year type' FY/CY/AY, 'Year' ('2023/24' text for FY and AY, 2023 a number for CY), 'Period' ('Q1'..'Q4', 'Annual', 'Term 1'..'Term 3'), Value, Target, RAG word, Note, autofilter; a 'Notes' sheet defining FY, CY (Q1 = Jan-Mar) and AY (terms Sep-Dec, Jan-Mar, Apr-Jul); FY and AY '2023/24' 'Annual' rows side by side, a 'c' suppressed count, an 'n/a' quarter, an empty Q3 value, data-only rows",
       "unitary council corporate performance warehouse 'export all data' workbook given to scrutiny officers"),
    # Twentieth batch, hold-out part A
    _f("footer_print_date_and_title_period", "xlsx", "the period only in the title cell 'Corporate Performance Report \u2013 Quarter 2 2024/25 (July to September 2024)'; Code, Indicator, 'Good is' Higher/Lower, '2023/24 outturn', 'Previous quarter', 'This quarter', 'Target 2024/25', filled RAG word, Comment under shaded portfolio rows; print page header '&C&B<council name>', footer '&LPrinted 14/11/2024&CPage &P of &N&R&D &T', workbook created 14 Nov 2024, print titles, landscape fit to width; a 'Not yet available' this quarter, an 'n/a' previous quarter, a blank this quarter, a new measure without outturn, an information-only row",
       "district council quarterly corporate performance report printed for the overview and scrutiny committee agenda pack", **_H20),
    _f("half_yearly_figures_merged_over_quarter_pairs", "xlsx", "Ref, Indicator, Frequency (Quarterly/Half-yearly/Annual), 'Target 2024/25', bare 'Q1'..'Q4' under a merged 'Performance 2024/25' banner and again under a merged 'RAG rating' banner (filled G/A/R letters), Comments, shaded sections; half-yearly measures' figure and rating each one cell merged across Q1-Q2 and across Q3-Q4, the annual survey merged across all four quarters, a note explaining it; a 'Not available' Q4, an 'Awaited' second half, an information-only row",
       "county council year-end Council Plan scorecard to a scrutiny management board", **_H20),
    _f("in_quarter_target_column", "xlsx", "quarter named only in the title and sheet tab ('Quarter 3 2024/25'); Ref, Measure, Unit (Number, %, Days, \u00a3), 'In quarter target', 'In quarter actual', 'Year to date target', 'Year to date actual', 'Annual target', filled RAG word, Commentary under shaded sections; notes that the year to date runs from 1 April and the RAG compares the year to date (quarter-end figure for snapshots); snapshot rows with blank year-to-date cells, a dash in-quarter target, an 'n/a' year to date, an information-only row",
       "borough council quarterly performance monitoring report to the Overview and Scrutiny Committee", **_H20),
    # Twentieth batch, hold-out part B
    _f("q4_column_headed_year_end", "xlsx", "Code, Indicator, 'Good is' High/Low, 'Outturn 2023/24', 'Q1 2024/25', bare 'Q2' and 'Q3', then where Q4 would be a column headed 'Year End' holding the 2024/25 outturn (a note under the title says so; cumulative and full-year totals show it), 'Target 2024/25', filled G/A/R 'RAG' letter for the year end, Comments under shaded portfolio rows; annual-only measures with a figure only under Year End and grey empty quarters, a 'Not available' year end without RAG, an 'n/a' Q1, an information-only pay gap row",
       "district council year-end Council Plan performance report to an overview and scrutiny committee", **_H20),
    _f("quarter_ending_date_headings", "xlsx", "PI Code, Performance Indicator, Unit (%, No., Days, \u00a3), Polarity ('Higher is better'/'Lower is better'), quarter columns headed by their end date in text written four ways: 'Quarter Ending 30/06/2024', 'Quarter ending 30 September 2024', 'Qtr End Dec-24', 'Quarter Ending 31/03/2025'; 'Annual Target 2024/25', filled 'RAG Status' words, 'Direction of Travel' arrows with words, Comments under green section rows; a blank Q4 without rating, an 'n/a' Q3, a measure starting at Q2, data-only rows, thousands and \u00a3 number formats",
       "borough council year-end corporate scorecard to an overview and scrutiny committee", **_H20),
    _f("section_headings_with_rag_counts", "xlsx", "Ref, Indicator, 'Q1 2024/25'..'Q3 2024/25', Target, filled RAG words, Comments under blue portfolio heading rows that carry their portfolio's rating tally: in the text (\"Children's Services (1 red, 2 amber, 3 green)\", 'Place \u2013 2 Red / 4 Green'), as text in the next cells of the heading row under the quarter columns ('Red 1', 'Amber 2', 'Green 2'), or as bare counts 0, 1, 3 in red/amber/green filled cells there; a summary tally line and a note on the counts above the table; data-only rows, an 'n/a' Q2, a Q3-only annual survey row",
       "county council quarterly corporate performance report to a scrutiny management board", **_H20),
    # Twenty-first batch, development part A
    _f("every_field_merged_over_two_columns", "xlsx", "print layout where every field is two narrow columns merged, the value in the left cell and the right one empty: Code, Indicator, 'Target 2024/25', RAG and Commentary headings each merged over two columns and two rows, a 'Performance 2024/25' banner over bare 'Q1'..'Q4' headings each merged over two columns; every data cell (code, name, each quarter, target, filled RAG word, commentary) a two-column merge, portfolio rows merged across the whole width, Q4 empty merges; an 'n/a' Q3, a blank Q2, a 'Not available' Q1 on an untargeted new measure, notes merged across the page",
       "district council quarterly performance scorecard laid out in Excel to print on A3 for an overview and scrutiny committee agenda"),
    _f("codes_restarting_in_each_section", "xlsx", "numbered portfolio rows ('1. Adult Social Care and Health', '2. Children and Families', '3. Place and Environment') and inside each the indicators numbered 1, 2, 3... afresh in a 'No.' column (typed as numbers), so '1' is a different measure in every section; Indicator, 'Good is' High/Low, 'Q1 2024/25'..'Q3 2024/25', 'Target 2024/25', filled R/A/G letters, Comments; a note under the title that indicators are numbered within each portfolio; an 'n/a' Q2, a blank Q3 whose rating falls to Q2, a Q3-only annual survey, an information-only count",
       "county council quarterly corporate performance scorecard appended to a Cabinet and scrutiny management board report"),
    _f("key_panel_beside_table_on_same_rows", "xlsx", "Ref, Measure, 'Q1 2024/25'..'Q3 2024/25', 'Target 2024/25', filled 'Status' words, Comments under green service rows; after two blank columns, on the same rows as the first section and its indicators, a boxed key: 'Key', then coloured swatch cells beside 'Green \u2013 on or above target', 'Amber \u2013 within 5% of target', 'Red \u2013 more than 5% below target', 'No status \u2013 data only or no figure'; beneath it a 'Notes' panel of numbered lines level with later indicator rows; an 'n/a' Q3, a blank Q2, a data-only row",
       "district council Corporate Services quarterly performance sheet printed on one landscape page for an overview and scrutiny committee"),
    _f("polarity_in_name_brackets", "xlsx", "no polarity column: KPI names ending with their polarity in brackets in officers' own words ('(lower is better)', '(Higher is better)', '(smaller is better)', '(bigger is better)', '(aim to minimise)', '(aim to maximise)'), some after a unit bracket ('Staff turnover (%) (aim to minimise)'), others with none; Ref, KPI, 'Q1 2024/25'..'Q4 2024/25' (Q4 empty), 'Target 2024/25', filled R/A/G letters, Comments under peach service rows; a survey with only Q2, an 'n/a' Q3, a monitoring-only count",
       "district council quarterly KPI monitoring appendix kept by hand for an overview and scrutiny committee"),
    _f("rag_with_score_prefix", "xlsx", "'Performance score' cells holding a performance system's score and word, filled in its colour: '3 - Green', '2 - Amber', '1 - Red', '0 - Not rated', 'N/A - Data only', with hand-corrected '3-Green' and '2 \u2013 Amber'; PI Code, PI Name, Unit (%, Number, Days, \u00a3), 'Q1 2024/25'..'Q3 2024/25', 'Target 2024/25', Commentary under directorate rows; a score key under the table; a blank Q3 scored '0 - Not rated', a Q3-only baseline survey, an 'n/a' Q2, a data-only count, \u00a3 and thousands formats",
       "metropolitan borough quarterly performance report from a performance management system to an overview and scrutiny management commission"),
    _f("relative_quarter_headings_with_dates_row_below", "xlsx", "period headings 'Same quarter last year', 'Previous quarter', 'Current quarter' with a second heading row under them giving the dates ('Jul\u2013Sep 2023', 'Apr\u2013Jun 2024', 'Jul\u2013Sep 2024'), other headings merged over both rows; 'Target 2024/25', filled RAG words, 'Direction of travel' arrows with words, Comments under yellow priority rows; title names Quarter 2 2024/25; an 'n/a' last year, a blank current quarter whose rating falls to the previous quarter, a 'Not available' current quarter, a new measure, a context-only row",
       "district council quarterly performance report to an overview and scrutiny committee on a template reused every quarter"),
    # Twenty-first batch, development part B
    _f("quarter_target_and_actual_column_pairs", "xlsx", "Ref, Performance indicator, 'Good is' High/Low, then a merged '2024/25' heading over eight columns 'Q1 Target' | 'Q1 Actual' | 'Q2 Target' | 'Q2 Actual' .. 'Q4 Target' | 'Q4 Actual' with quarterly profiled (often cumulative) targets, 'RAG (latest quarter)' as filled G/A/R letters, Comments under blue section rows; Q4 targets entered but Q4 actuals blank and shaded, a blank Q3 whose RAG falls to Q2, an 'n/a' Q3 unrated, an annual survey with only a Q4 target",
       "district council quarterly KPI monitor with profiled targets to an overview and scrutiny committee"),
    _f("whole_number_percentages_with_percent_in_heading", "xlsx", "percentages typed as plain General numbers (71, 64.5, 92.5) never as fractions or with a % format, a red note 'Percentages are shown as whole numbers (e.g. 85 = 85%)'; Code, Measure, Unit ('%', 'No.', 'Days', blank where the name carries '%': '% of calls answered within 20 seconds', 'Abandoned calls (%)'), Q1-Q3, Target, filled RAG words, comments, counts (calls received, claimants, complaints) in the same columns; a second sheet with no Unit column headed 'Q1 (%)', 'Q2 (%)', 'Q3 (%)', 'Target (%)'; an 'n/a' Q3, a blank Q3 whose RAG falls to Q2, information-only counts",
       "district council customer services and housing quarterly KPI sheets typed by hand for a resources scrutiny panel"),
    _f("ons_square_bracket_shorthand_markers", "xlsx", "GSS accessible-spreadsheet layout: 'Cover_sheet' explaining the shorthand '[c]' confidential, '[x]' not available, '[z]' not applicable, '[low]' rounds to zero, '[p]' provisional, '[u]' low reliability; a 'Notes' sheet; 'Table_1' with no blank rows or merges: Theme (repeated), Indicator code, Indicator, Unit (Percentage, Number, Rate per 1,000/10,000/100,000, Days), '2020/21' .. '2023/24 [note 3]', Status; figures with markers as text in the cell ('351.7 [p]', '55.0 [u]', '[u] 47.1') or '[p]' only in the Status column; markers alone in cells; no targets or RAG",
       "unitary council annual outcome statistics published to the Government Statistical Service spreadsheet standard"),
    _f("code_column_at_far_right", "xlsx", "names in the first column and the reference code in the last: Indicator, 'Outturn 2023/24', 'Q1 2024/25', 'Q2 2024/25', 'Target 2024/25', filled RAG word, Commentary, 'Responsible officer', 'PI ref' ('PLN/001', 'ENV/020', 'CH/110') in small grey text, blue section rows; an 'n/a' Q2, a blank Q2 whose RAG falls to Q1, information-only rows, a new measure without outturn, a RAG key under the table",
       "district council quarterly corporate performance scorecard to an overview and scrutiny committee"),
    _f("year_quarter_codes_without_year_type", "csv", "long system extract, one row per measure per quarter: MeasureID, MeasureName, ServiceArea, PeriodCode, Value, Target, RAGStatus, UnitOfMeasure, Polarity, DataOwner; period codes in three spellings '2023-Q3', '2023-Q4', '2024-Q1', '2024 Q2', '2024Q3', '2024Q4' with nothing saying whether the year is calendar or financial (start or end year), no extract date, only snapshot, rolling and in-quarter measures so no cumulative pattern dates them; the last quarter's rows present with empty values, an 'N/A' value",
       "unitary council performance system 'all measures' CSV extract sent to a scrutiny officer", status="needs_review"),
    _f("chart_space_rows_between_indicators", "xlsx", "headings once at the top (Portfolio, Ref, Indicator, 'Q1 23/24' .. 'Q3 24/25', 'Target 2024/25', RAG letter), then each indicator's figures row followed by 8 to 15 empty rows holding its openpyxl line chart drawn from that row; some gaps with an italic 'Commentary: ...' line in the Indicator column two rows under the figures; a blank latest quarter whose RAG falls back, an 'n/a' quarter, an annual survey with one figure, information-only rows without target",
       "county council quarterly Council Plan trend report printed for a people and place scrutiny committee"),
    # Twenty-first batch, hold-out part A
    _f("five_year_outturns_then_year_to_date_column", "xlsx", "Ref, Indicator, 'Good is' High/Low, five annual outturn columns '2019/20'..'2023/24' shaded grey under a merged 'Outturn' banner, then '2024/25 YTD (Q2)' under a merged '2024/25 to date' banner with 'Target 2024/25' and a filled G/A/R 'RAG' letter, Comment; dark heading row, shaded portfolio rows, a note that the year to date runs 1 April to 30 September 2024 and the RAG compares it with the (profiled) 2024/25 target; an 'n/a' 2020/21 outturn, a measure introduced in 2021/22, a biennial survey with no 2024/25 figure, a 'Not available' year to date without RAG, an information-only count",
       "district council mid-year five-year-trend Council Plan performance appendix to an overview and scrutiny committee", **_H21),
    _f("half_year_subtotal_columns_between_quarters", "xlsx", "Code, Measure, 'Half / full year is' (Total, Average, 'Year to date %', 'Cumulative %'), 'Good is' High/Low, then 'Q1', 'Q2', 'H1', 'Q3', 'Q4', 'H2', 'Full year 2024/25' with the H1, H2 and full-year subtotal columns shaded grey and bold, 'Target 2024/25', filled RAG word, Comments under shaded portfolio rows; percentages typed as fractions with a 0.0% format; title 'Quarterly Performance Report 2024/25 \u2013 Quarter 4 (Year End)'; notes on how subtotals are worked out and that the RAG is on the full year (latest quarter where the year is incomplete); two rows stopping at Q3 with H2 and full year blank, an 'Awaited' Q4 without RAG, a six-monthly survey with only H1/H2/full year, an 'n/a' Q3, a cumulative collection rate repeating Q2 in H1 and Q4 in H2 and the full year, information-only counts",
       "district council year-end quarterly performance report to Cabinet and the overview and scrutiny committee", **_H21),
    _f("long_csv_without_heading_row", "csv", "long system extract with no heading row at all, the first line already data: code (ASC01, CYP02, RES03), measure name, period ('Q1 2024/25'..'Q3 2024/25', a few '2023/24' outturn rows), value, target, status word ('On Track', 'At Risk', 'Off Track', 'Data Only'), unit ('%', 'Number', 'Days', '\u00a3', 'Rate'); sorted by code then period, names with commas quoted, money as quoted '1,684,220', profiled quarterly targets for cumulative measures, an empty target for a data-only rate, an empty value, an 'n/a' value with no status; CRLF, UTF-8 without BOM",
       "county council performance management system scheduled 'PI values' CSV extract saved without column headings for scrutiny officers", **_H21),
    # Twenty-first batch, hold-out part B
    _f("quarter_rows_year_columns_per_indicator", "xlsx", "each indicator a block of four rows: its name merged down the block in column A, 'Q1'..'Q4' in column B, then columns '2022/23', '2023/24', '2024/25', 'Target 2024/25' (merged down the block, or a profiled target on each quarter row for a cumulative rate), a filled G/A/R 'RAG' letter on each 2024/25 quarter row, Comments, under shaded portfolio rows; percentages stored as fractions with a % format, no codes; the 2024/25 Q4 row empty (Quarter 3 report), an 'n/a' quarter without rating, a measure reported a quarter in arrears, one starting in 2023/24, an information-only row, an annual survey with only a Q3 figure each year",
       "county council quarterly corporate scorecard comparing each quarter with the same quarter of the two previous years, to a corporate overview and scrutiny committee", **_H21),
    _f("recovery_date_column", "xlsx", "exceptions report listing only off-target measures in two tables on one sheet ('Section A \u2013 Red measures', 'Section B \u2013 Amber measures'), each with its own heading row: Ref, Measure, Unit (%, No., Days), 'Q1 2024/25'..'Q3 2024/25', 'Target 2024/25', filled RAG word, Reason, 'Action being taken', and a last column headed 'Expected recovery date' / 'Back on track by' holding real dates (dd/mm/yyyy), dates typed as text ('31/03/2025', '31 March 2025'), periods ('Q4 2024/25', 'Q1 2025/26') and words ('Not expected in 2024/25', 'TBC', 'Achieved in January'); service band rows, an 'n/a' Q1, a blank Q3 rated on Q2, a blank Q2",
       "district council quarterly performance exceptions report to an overview and scrutiny committee", **_H21),
    _f("year_average_column_after_quarters", "xlsx", "Code, Indicator, Unit (%, No., Days), 'Good is' High/Low, 'Q1 2024/25'..'Q4 2024/25', then two shaded year columns 'Year average' (rates, averages, a snapshot count) and 'Annual total' (counts, sickness days per FTE), each row filling one of them, 'Target 2024/25', filled RAG word for the year, Commentary under shaded section rows; a cumulative measure whose year average is its Q4 outturn, an 'n/a' quarter, a 'TBC' Q4 with no year figure or rating, an annual survey with only a year figure, an information-only count",
       "borough council year-end corporate performance report to an overview and scrutiny management board", **_H21),
    # Twenty-second batch, development part A
    _f("ordinal_quarter_headings", "xlsx", "quarter columns headed with ordinals as typed by officers: '4th Qtr 2023/24' (last year's comparator), '1st Qtr 2024/25', '2nd Quarter 24/25' and a bare '3rd Qtr', with a band row above ('2023/24' over the comparator, '2024/25' over the three current quarters); Ref, Performance Indicator, 'Target 2024/25', filled RAG words, Commentary under green 'Portfolio:' rows; title names Quarter 3 2024/25; an 'n/a' Q2, a blank Q3 whose RAG falls to Q2, a 'TBC' Q3 unrated, an information-only count, a new measure without a 2023/24 figure",
       "district council quarterly performance report to Cabinet and a corporate scrutiny committee"),
    _f("quarter_headings_with_months_elapsed", "xlsx", "cumulative year-to-date columns headed 'Q1 (3 months)', 'Q2 (6 months)', 'Q3 (9 months)', 'Q4 (12 months)' (empty) under a merged '2024/25 (year to date)' band; Code, Indicator, 'Measure type' (Cumulative/Rate), Unit (%, No., Days, \u00a3), 'Annual Target', filled R/A/G letter on the latest, Comments under peach section rows; cumulative counts, money and sickness days rising through the year beside year-to-date rates; an 'n/a' Q3 unrated, a blank Q2, a survey with only Q3, a monitoring-only count",
       "district council cumulative Council Plan performance report to an overview and scrutiny committee"),
    _f("formula_built_period_headings", "xlsx", "template whose yellow input cell B2 holds '2024/25' and whose title and period headings are formulas built from it ('=\"Q1 \"&$B$2'..'=\"Q4 \"&$B$2', '=\"Target \"&$B$2', an 'Outturn 2023/24' heading worked out from B2's digits), saved by Excel with their results; Ref, Measure, outturn, Q1..Q4 (Q4 empty), target, filled RAG words, Comments under blue section rows; case-based percentages typed as '=ROUND(212/251*100,1)' with saved results, one showing '#DIV/0!'; an 'n/a' Q3, information-only count, new measure without outturn",
       "borough council quarterly corporate scorecard template rolled over each year in Excel for an overview and scrutiny committee"),
    _f("hidden_date_row_above_display_headings", "xlsx", "hidden helper row of real quarter-end dates (30/06/2024, 30/09/2024, 31/12/2024, 31/03/2025, dd/mm/yyyy) directly above visible white-on-navy headings 'Jun', 'Sep', 'Dec', 'Mar', the year only in the title 'Quarterly Performance Dashboard 2024/25'; a 'Data up to' formula (=TEXT(F4,\"mmmm yyyy\")) saved as 'December 2024'; Code, Indicator, 'Good is' Higher/Lower, Target, filled R/A/G letters, Comment under shaded service rows, frozen panes; Mar empty, an 'n/a' Dec unrated, a blank Dec whose RAG falls to Sep, an activity count without target or polarity",
       "county council people directorate quarterly performance dashboard kept in Excel for an adult and children's scrutiny committee"),
    # Twenty-second batch, development part B
    _f("numerator_denominator_rows_under_each_rate", "xlsx", "Ref, Indicator, Unit (%, Number), 'Q1 2024/25'..'Q4 2024/25' (Q4 blank), 'Target 2024/25', filled G/A/R letter, Comments under shaded service rows; every percentage indicator's row followed by two italic grey rows without a reference, indented 'Numerator' and 'Denominator' (in the housing part 'No. of households prevented' / 'Out of households owed a prevention duty', 'No. completed in 26 weeks' / 'Out of all completed'), holding the counts behind the rate under each quarter; count measures have no such rows; a note that the count rows are not separate measures; an 'n/a' Q2 with 'n/a' counts, a blank Q3 whose RAG falls to Q2, information-only counts",
       "unitary council quarterly corporate performance scorecard showing the counts behind each rate to a corporate overview and scrutiny committee"),
    _f("quarter_blocks_with_differing_sub_columns", "xlsx", "a template that grew during the year: merged coloured period bands 'Q1 2024/25 (Apr\u2013Jun)' over Actual | RAG, 'Q2 2024/25 (Jul\u2013Sep)' over Actual | Target | RAG, 'Q3 2024/25 (Oct\u2013Dec)' over Actual | Target | RAG | 'Direction of travel'; Ref, Measure and Comments merged down both heading rows; filled RAG words in each block; a note that targets were added from Q2 and direction of travel from Q3; an 'n/a' Q2 with a target and no RAG, a blank Q3 with its target, a 'TBC' Q3, a new measure from Q2, a data-only row",
       "district council corporate KPI workbook extended quarter by quarter for an overview and scrutiny committee"),
    _f("unheaded_rag_and_trend_columns", "xlsx", "Ref, Indicator, Polarity ('High is good' / 'Low is good'), 'Target 2024/25', then 'Q1 2024/25' followed by one narrow column and 'Q2 2024/25', 'Q3 2024/25' each followed by two narrow columns whose heading cells are empty (only the heading fill): the first holding the quarter's R/A/G letter on a coloured cell, the second an arrow (\u2191 \u2193 \u2192) for the figure's move since the previous quarter; Comments; a key under the table explaining the letters and arrows; an 'n/a' Q2 with no letter, a blank Q3, a survey reported in Q3 only, information-only rows with arrows but no letters",
       "unitary council health, communities and children's quarterly performance dashboard printed for a scrutiny panel"),
    _f("group_bands_over_performance_benchmarks_and_targets", "xlsx", "two-row heading with coloured bands: 'Performance 2024/25' over bare 'Q1' | 'Q2' | 'Q3', 'Benchmarking (latest available)' over England | 'Statistical neighbours' | Rank ('5th of 16'), 'Targets' over '2024/25' | '2025/26'; Ref (ASCOF, PHOF, NI-style and local codes), Indicator, 'Good is' High/Low, RAG word and Commentary merged down both rows; grey service rows; notes that the RAG compares the latest quarter with the 2024/25 target and 2025/26 targets are proposed; a blank Q3 whose RAG falls to Q2, an 'n/a' Q2, an annual survey only in Q3, local measures with 'n/a' benchmarks, a demand measure without target",
       "county council quarterly Council Plan performance scorecard with benchmarking to a scrutiny management board"),
    # Twenty-second batch, development part C
    _f("period_prefix_in_value_cells", "xlsx", "indicators reported at different frequencies, so no period columns: Ref, Indicator, Frequency (Monthly/Quarterly/Annual), 'Previous' and 'Latest data' columns whose every cell starts with its own period in the officers' various habits ('Q2 24/25: 56.8%', 'Sep 2024 \u2013 1,204', '2023/24: 64%', '(Aug 24) 12 days'), then Target, filled RAG word, Comment under shaded service rows; a measure a quarter in arrears, one latest a month behind the rest, an annual survey with no previous, a 'Q2 24/25: n/a' latest without rating, two counts without target",
       "district council 'latest available data' corporate KPI summary to an overview and scrutiny committee"),
    _f("rag_with_date_in_status_cell", "xlsx", "Code, Measure, 'Q1 2024/25'..'Q3 2024/25', 'Target 2024/25', then a 'Status' column where officers type the rating with a date or period beside it ('Red (since Q4 23/24)', 'Amber \u2013 Dec 24', 'Green from Jul 2024', 'Red \u2013 Jul 24 onwards', 'Green (Amber at Q1)', 'Amber (Oct\u2013Dec)', 'Not rated (data due Feb)', 'No target \u2013 monitoring only'), rated cells filled, under shaded directorate rows; a 'TBC' Q3, a measure without Q3, an annual survey only in Q3, comments",
       "county council quarterly Council Plan scorecard to a corporate scrutiny board"),
    _f("rag_columns_against_target_england_and_neighbours", "xlsx", "Ref, Indicator, 'Good is' High/Low, 'Q1 2024/25'..'Q3 2024/25', 'Target 2024/25', 'England' and 'Statistical neighbours' under a merged 'Benchmarks (latest published, 2023/24)' banner, then three filled R/A/G letter columns 'RAG vs target', 'RAG vs England', 'RAG vs statistical neighbours' under a merged 'Ratings' banner, some blank (local measures with no comparator, context measures with no target but comparator ratings); a key saying the overall rating is the one against target; an 'n/a' Q3, a measure starting at Q2",
       "unitary council children's services performance scorecard (ChAT-style benchmarks) to a children and young people scrutiny committee"),
    _f("duration_text_values", "csv", "long performance system extract: Measure ID, Measure, Service, Period ('2024-25 Q1'..'2024-25 Q3'), Value, Target, Status (On Target / Near Target / Off Target / Data Only); values as typed, so times are text in several forms ('4 mins 32 secs', '00:07:45', '2h 15m', '1 day 4 hrs', '22 hrs', '18.5 days', targets '5 mins 00 secs', '4h', '2 days') beside plain counts and '87.2%'; a 'Not available' value with no status; one emergency repairs value typed '2.50' among hours-and-minutes (2h50m or 2.5 h?)",
       "district council performance system (InPhase/Pentana style) measure values CSV export sent to a scrutiny officer", status="needs_review"),
    # Twenty-second batch, hold-out part A
    _f("bounded_values_less_than_greater_than", "ods", "LibreOffice Calc .ods (meta generator LibreOffice 7.6), one sheet 'Q3 2024-25': title and committee line, Code, Measure, Unit (%, No., Days, Rate), 'Q1 2024/25'..'Q3 2024/25', 'Target 2024/25', RAG word in a red/amber/green-filled cell, Notes, under bold italic section rows; ordinary percentages as fractions in percentage-typed cells, counts as floats, and figures typed as text with a bound: '<5' (suppressed small counts), '<1%', '>99.5%', '> 95%', '\u2264 10'; a bounded Q3 still carrying its published RAG, information-only rows without target or RAG, a key line explaining the bounds",
       "district or unitary council quarterly public health, environment and corporate scorecard kept in LibreOffice Calc for an overview and scrutiny committee", **_H22),
    _f("format_and_decimal_places_columns", "xlsx", "Ref, Indicator, then two metadata columns 'Format' (%, No., \u00a3, Days, 'Rate per 1,000') and 'DP' (0, 1, 2) before 'Q1'..'Q3' under a merged '2024/25' heading, Target, filled R/A/G letter, Comment; every figure a plain number in General format, percentages as whole numbers of points (82.4, not 0.824); title 'Corporate Performance Scorecard 2024/25 \u2013 Quarter 3', shaded directorate rows, notes that Format and DP are display only; an 'n/a' Q3 without rating, a blank Q3 rated on Q2, a comment admitting one Format cell is wrong, an information-only spend row",
       "county council quarterly corporate performance scorecard pasted from its performance system, to an overview and scrutiny management committee", **_H22),
    _f("four_weekly_period_headings", "xlsx", "leisure contract KPI scorecard in the operator's 13 four-week periods: title 'Leisure Management Contract \u2013 KPI Scorecard 2024/25', Ref, KPI, Unit (No., %, \u00a3), '2023/24 outturn', then 'Period 1 (1 Apr \u2013 28 Apr)' .. 'Period 13 (3 Mar \u2013 31 Mar)' with periods 8-13 empty, 'Target 2024/25', filled G/A/R 'RAG' letter, operator Comment, under shaded sections; percentages as plain numbers, an 'n/a' period, a survey KPI with figures only every third period, a blank latest period, a new KPI with an 'n/a' outturn; four-week periods have no label in CONTRACT.md, so the file is held for review at the period headings holding figures",
       "district council client-side leisure management contract monitoring report to a communities scrutiny panel", status="needs_review", **_H22),
    # Twenty-second batch, hold-out part B
    _f("month_snapshot_sheets_with_month_and_ytd_columns", "xlsx", "one sheet per month ('Apr 24', 'May 24' .. 'Sep 24', the older tabs kept, the latest active) each copied from the last and holding the same table: Ref, Measure, Unit (%, No., Days), 'Month', 'YTD', 'Target' ('Data only' for counts), a filled G/A/R 'RAG' letter, Comments, under shaded service rows; the month named in the title and a 'Year to date: 1 April 2024 to end of ...' line; notes say YTD rates are over April to date, counts are totals, month-end snapshots have no YTD, and the RAG compares the YTD with the target; in April Month and YTD are the same figure; a measure starting on the June tab, an 'n/a' month with a rated YTD, a 'TBC' month with no YTD or rating, a blank month with its YTD, a snapshot count with month figures only, a 'Notes' tab of definitions",
       "district council housing service monthly performance workbook for the portfolio holder and a communities overview and scrutiny panel", **_H22),
    _f("numeric_quarter_numbers_under_year_band", "xlsx", "two heading rows: merged '2023/24' and '2024/25' bands each over sub-headings typed as bare numbers 1 | 2 | 3 | 4, with 'Quarter' in the cell to their left under 'Performance indicator'; Ref, 'Target 2024/25', filled RAG word and Comments merged over both rows; shaded portfolio rows, units only in names, the Q4 2024/25 column empty and grey (Quarter 3 report); an 'n/a' 2023/24 quarter, a measure new in 2024/25, a measure a quarter in arrears rated on Q2, a context-only count with no target or rating",
       "district council quarterly corporate performance dashboard appended to an overview and scrutiny committee report", **_H22),
    _f("reporting_quarter_selector_with_relative_headings", "xlsx", "dashboard template: 'Reporting quarter:' in A3 with a yellow drop-down cell C3 (a data-validation list from a hidden 'Lists' sheet of the 2024/25 quarters) showing 'Q2 2024/25', a title naming no period; Ref, Measure, Unit (%, No., Days, Rate), 'Good is' High/Low, then generic headings 'Current quarter', 'Previous quarter', 'Same quarter last year', 'Year-end target', filled RAG word, 'Trend' (arrow and word), Commentary under shaded sections; notes define the relative headings; an 'n/a' last year for a new measure, a blank current quarter rated on the previous quarter, a 'Not available' current quarter, monitored measures with a dash target",
       "county council adults and health quarterly dashboard template for an adults and health scrutiny committee", **_H22),
    # Twenty-third batch, development part A
    _f("pipe_delimited_text_export", "csv", "Business Objects-style flat extract saved with a .csv name but '|' as the field separator, unquoted, CRLF: PI_CODE|PI_NAME|PORTFOLIO|PERIOD|ACTUAL|TARGET|STATUS|COMMENTS, one row per indicator per quarter with periods '2024/25 Q1'..'2024/25 Q3', upper-case GREEN/AMBER/RED status (blank for data-only rows), names and comments with bare commas ('.., per 100,000', 'Flooding, Storm Bert, November'); blank ACTUAL rows (figure awaited, annual measure outside its quarter), an 'n/a' actual, a blank line then 'Report run:' and 'Rows returned:' lines after the data",
       "county council corporate performance data extract published beside the quarterly performance report to Cabinet and a scrutiny committee"),
    _f("tab_separated_export_saved_as_csv", "csv", "UTF-8 tab-separated text copied from a system's grid and saved as .csv: two title lines and a blank line padded with tabs across eight columns, then Ref ('HC 01'), Indicator, 'Q1 2024/25'..'Q3 2024/25', 'Target 2024/25', RAG word, Comments; figures as displayed ('71.4%', '12,408', '34.2'), section rows with only their name, a blank Q3 whose RAG falls to Q2, 'n/a' and 'TBC' Q3s unrated, monitoring-only rows without target, a RAG key line under the table",
       "district council quarterly corporate scorecard appended to a Cabinet report, copied out of the performance system's web view"),
    _f("legacy_xls_with_merged_year_bands", "xls", "Excel 97–2003 .xls (BIFF8, written by LibreOffice from the template): title and committee line, '2023/24' merged over Q1..Q4 and '2024/25' merged over Q1..Q3 above a heading row of bare 'Q1'..'Q4', 'Q1'..'Q3', then 'Target 2024/25', filled R/A/G letter, Comments under green section rows; an 'n/a' Q3 unrated, a blank Q3 whose RAG falls to Q2, a new measure with only 2024/25 figures and no target, key and source lines below",
       "district council quarterly performance scorecard still circulated as an old-format .xls to an overview and scrutiny committee"),
    _f("print_area_excluding_older_columns", "xlsx", "one running sheet: Ref, Measure, 'Q1 2023/24'..'Q4 2023/24' (grey, under an italic '2023/24 – for comparison (not printed)' note) then 'Q1 2024/25'..'Q3 2024/25', 'Target 2024/25', filled RAG word, Comment under peach service rows; defined print area G3:L20 over this year's columns only, Ref and Measure as print title columns, landscape fit to width, older columns visible on screen; an 'n/a' Q3 unrated, a row with no Q3, target or RAG, a measure starting in Q3 2023/24, a note that columns C–F sit outside the print area",
       "unitary council quarterly corporate scorecard kept as one working sheet across years, printed for a corporate scrutiny committee"),
    # Twenty-third batch, development part B
    _f("rolling_four_quarter_average_column", "xlsx", "Ref, Indicator, 'Q4 2023/24' (last year's comparator), 'Q1 2024/25'..'Q3 2024/25', then a grey-shaded 'Rolling 4-quarter average' column typed by the performance team (the mean of the four quarters shown; 'n/a' for a cumulative collection rate and a measure with an 'n/a' quarter, 'TBC' where Q3 is 'TBC', blank for an annual survey), 'Target 2024/25', 'RAG (Q3)' as a filled word, Comments under shaded theme rows; notes that the rolling average is for trend only and the RAG compares Q3 with the target; a blank Q3 with no rating, an information-only count",
       "district council quarterly corporate performance report to Cabinet and an overview and scrutiny committee"),
    _f("x_of_y_counts_in_cells", "xlsx", "Ref, Measure, Unit (%, No., Days), 'Q1 2024/25'..'Q3 2024/25', Target, filled R/A/G letter, Notes under shaded service rows; small-number percentage results typed as text in officers' own ways ('12 of 15', '12/15', '3 out of 4', '18 of 32', '45/52 (87%)' with their own rounded percentage) beside ordinary percentages stored as fractions under 0.0% and plain counts and days; a line under the title saying how small-number results are written; an 'n/a' Q2, a 'TBC' Q3, information-only counts",
       "unitary council communities and families quarterly scorecard (housing, community safety, early help, youth justice) to a communities overview and scrutiny committee"),
    _f("priority_codes_on_section_rows", "xlsx", "Corporate Plan scorecard: Code, Indicator, 'Q1 2024/25'..'Q4 2024/25' (Q4 empty), 'Target 2024/25', filled RAG word, Lead, Comments; navy section rows carry the plan priority's code and title in the Code and Indicator columns ('P1' | 'A thriving local economy' .. 'P4') and the lead Cabinet member in the Lead column, with no figures; indicator rows beneath coded 'P1.01', 'P1.03', 'P1.05' (P1.04 retired); annual targets on cumulative counts, a 'TBC' Q3 unrated, an 'n/a' Q2, a survey with no Q2, a demand count without target",
       "district council Corporate Plan 2024\u201328 quarterly KPI annex to Cabinet and a corporate overview and scrutiny committee"),
    _f("team_breakdown_rows_under_each_indicator", "xlsx", "monthly case-management export tabbed 'Sep 2024': Ref, Indicator, Team, month columns as real dates shown 'mmm-yy' (Apr-24..Sep-24), Target, filled G/A/R letter, Comment; each indicator's shaded total row ('All teams') followed by italic rows without Ref or Indicator for 'North', 'South', 'Central' and 'Disabled Children's Team' with their own monthly figures and no target or rating (counts summing to the total; '-' for no cases; an 'n/a' August on every row of one indicator); some county-wide indicators without team rows; a note that target and RAG apply to the total; a 'TBC' September unrated, count measures without target",
       "county council children's social care monthly performance report from Liquidlogic/Mosaic for a corporate parenting panel and children's scrutiny committee"),
    # Twenty-third batch, development part C
    _f("short_and_long_term_trend_columns", "xlsx", "performance system PI report: title 'Corporate Performance Report \u2013 Quarter 3 2024/25', Code, PI Title, 'Aim' ('Aim to maximise'/'Aim to minimise'), 'Q3 2023/24', 'Q1 2024/25', 'Q2 2024/25', 'Q3 2024/25' values, 'Annual Target 2024/25', filled Status word, then 'Short Term Trend' (vs last quarter) and 'Long Term Trend' (vs same quarter last year) holding an arrow and word ('\u2191 Improving', '\u2193 Getting worse', '\u2192 No change', 'n/a', 'No data'), Note, under shaded directorate rows and a key; an 'n/a' Q3 without status, an annual survey with Q3 figures only, a new measure with no 2023/24 figure, a monitoring-only count without aim, target or status",
       "unitary council quarterly corporate performance report from a Pentana/Covalent-style system to an overview and scrutiny management board"),
    _f("source_and_frequency_metadata_columns", "xlsx", "outcomes framework scorecard: Ref, Indicator, then metadata columns 'Source' (Local, ONS, DfE, SALT, NHS England, Sport England, Defra) and 'Frequency' (Quarterly, Annual, Monthly) before '2023/24', 'Q1 2024/25'..'Q3 2024/25', a plain 'Target', filled G/A/R 'RAG' letter and Comment under shaded outcome rows; annual measures have only their 2023/24 figure and grey quarter cells, monthly measures show the quarter-end month; notes say the target applies to every figure and the RAG rates the latest figure shown; an 'n/a' Q3 without rating, a blank Q2, a context measure without target or rating",
       "unitary council outcomes framework scorecard mixing local and national-return measures, to an overview and scrutiny board"),
    _f("exceeded_met_not_met_status_words", "xlsx", "Ref, Measure, 'Q1' 'Q2' 'Q3' under a merged '2024/25' band, 'Annual target', then a 'Status' column in words \u2013 'Exceeded', 'Met', 'Nearly met', 'Not met', 'No target' \u2013 filled dark green/green/amber/red, with a 'Key to status' under the table giving each word's meaning and colour and saying status is for the latest quarter; shaded service rows, Comments; a six-monthly survey with only Q2, an 'n/a' Q3 without status, a demand count with 'No target'",
       "district council quarterly performance report to a corporate overview and scrutiny committee"),
    _f("week_commencing_column_headings", "xlsx", "weekly operational dashboard: title 'Housing and Customer Services \u2013 Weekly Performance Dashboard', Ref, Measure, Unit (No., %, Secs, Days), 'Aug 2024' month column, then week columns 'w/c 02/09/24', 'w/c 09/09/24', 'w/c 16/09/24' typed as text and 'w/c 23/09/24', 'w/c 30/09/24' as dates with a '\"w/c \"dd/mm/yy' number format, 'Target', filled G/A/R 'RAG (latest week)', Comments, under shaded service rows; demand counts without target, an 'n/a' week, a blank week; weeks have no label in CONTRACT.md, so the file is held for review at the week headings, the Aug 2024 figures being the confident reading",
       "district council (stock-holding) housing and contact centre weekly dashboard appended to a housing scrutiny panel pack", status="needs_review"),
    # Twenty-third batch, hold-out part A
    _f("displayed_rounding_hides_stored_decimals", "xlsx", "Ref, Indicator, Unit (%, No., Days, kg), 'Q1 2024/25'..'Q4 2024/25' (Q4 empty), 'Target 2024/25', filled RAG word, Comments under shaded sections; every figure keeps the performance system's decimals while its number format rounds the display: percentages stored as fractions like 0.82371 in a '0%' format (showing '82%'), days like 12.4567 in '0.0' (showing '12.5'), kg like 356.904 in '#,##0'; published RAGs follow the stored value where rounding would flip them (0.7951 shows '80%' against an 80% target and is Amber, 29.9512 days shows '30.0' against 30 and is Green); a blank Q3 rated on Q2, an 'n/a' Q2, an annual survey only in Q3, an information-only count",
       "district council quarterly corporate KPI workbook exported from its performance system (Pentana/InPhase style) for an overview and scrutiny committee", **_H23),
    _f("footnote_numbers_on_period_headings", "xlsx", "Ref, Performance measure, then period headings with footnote marks stuck to them: '2023/24 outturn*', 'Q1 2024/25\u00b9', 'Q2 2024/25 (p)\u00b2', 'Q3 2024/25 (p)\u00b3', then 'Target 2024/25', a filled G/A/R letter under 'RAG\u2074', Commentary, under shaded adults / children's / public health sections; a 'Notes' block under the table explains each mark (outturn as published, Q1 revised, (p) provisional, how RAG is set); percentages as points, units only in names; an 'n/a' Q2, two blank Q3s rated on Q2, a new measure without outturn, a context count without target or RAG",
       "county council people directorate quarterly performance scorecard to a people scrutiny committee", **_H23),
    _f("monitoring_only_indicators_without_targets", "xlsx", "Code, Indicator, 'Good is' High/Low, 'Q1 2024/25'..'Q4 2024/25' (Q4 empty), Target, filled RAG word, Comment under shaded service rows; a third of the rows are watched only: their Target cell says 'Monitor only', 'Contextual' or 'Data only' (grey italic), 'Good is' blank, and RAG 'N/A' or left blank; a line under the title and a note say such indicators have no target and no RAG; a blank Q3 rated on Q2, an 'n/a' Q2, a 'TBC' Q3 on a monitor-only row",
       "district council quarterly corporate KPI scorecard with demand and context indicators for an overview and scrutiny committee", **_H23),
    # Twenty-third batch, hold-out part B
    _f("plus_minus_equals_trend_signs", "xlsx", "Ref, Indicator, 'Good is' Higher/Lower, 'Q1 2024/25'..'Q4 2024/25' (Q4 empty, Quarter 3 report), 'Target 2024/25', a narrow bold 'DoT' column holding only a sign \u2013 '+' (improved), '-' typed as a hyphen or '\u2212' as the true minus sign (worse), '=' (no change) \u2013 then a filled RAG word and Comments under shaded portfolio rows; a key line under the table explaining the signs (and that cumulative collection rates compare with the same point last year), a RAG note; a lower-is-better measure improving with '+', an 'n/a' Q3 with neither sign nor RAG, a survey with only a Q2 figure rated on Q2, a measure starting at Q2, a demand-led count with a sign but no target, polarity or RAG",
       "district council quarterly corporate performance scorecard with a signed direction of travel to an overview and scrutiny committee", **_H23),
    _f("quartile_position_words_beside_figures", "xlsx", "Ref, Indicator, 'Good is' High/Low, '2023/24 outturn', 'Q1 2024/25', 'Q2 2024/25', 'Target 2024/25', filled R/A/G letter, then under a merged 'Benchmarking (2023/24)' band 'England average' and 'Quartile position' holding words 'Top quartile', 'Upper middle', 'Lower middle', 'Bottom quartile' in green-to-pink shaded cells ('n/a \u2013 local measure', 'Not published' elsewhere), Comments, under shaded Children's / Adult Social Care / Public Health rows; notes that top quartile is always the best whichever way good is; a blank Q2 rated on Q1, an 'n/a' Q2 unrated, an activity count without target, cumulative rates and quarterly counts against annual targets",
       "unitary council people directorate quarterly scorecard with LG Inform quartile benchmarking to a people scrutiny committee", **_H23),
    _f("year_to_date_and_same_period_last_year_columns", "xlsx", "Ref, Measure, Unit (%, No., Days, \u00a3), 'YTD 2024/25 (Apr\u2013Sep)', 'Same period last year' and 'Full year 2023/24' (both shaded grey), 'Annual target 2024/25', filled RAG word, Comment, under shaded 'Priority 1..4' rows; title 'Council Plan Performance Report \u2013 Half Year 2024/25' and notes giving the date spans of each column and that the RAG compares the year to date with the annual target (profiled for cumulative counts); an 'n/a' year to date unrated, a measure without a same-period figure, a zero year to date left unrated out of season, an information-only count, money with a \u00a3 format",
       "district council half-year Council Plan performance report to Cabinet and an overview and scrutiny committee", **_H23),
    # Twenty-fourth batch, development part A
    _f("councils_as_columns_own_column_highlighted", "xlsx", "LG Inform nearest-neighbour benchmarking sheet: Code ('NI 192', 'PS1', 'HB-NEW'), Indicator, Unit (%, kg, Days, \u00a3, Number, 'Per 1,000'), 'Latest period' per row ('2023/24', '2024/25 Q2', 'Q3 2024/25', '2022/23'), 'Good is' High/Low, then one column per council of the twelve-strong CIPFA group in alphabetical order with the publishing council's own column (Stroud) bold on a yellow fill down the whole table, then grey 'Nearest neighbours average', 'South West', 'England' and 'Stroud rank (1 = best)' as '8 of 12', under shaded theme rows; context measures without 'Good is' or rank; a neighbour's '-' and '[c]', the council's own 'n/a' with rank '-', blank region/England cells; only Stroud's column is observed, the rest are comparators",
       "district council annual benchmarking appendix against its CIPFA nearest neighbours from LG Inform, to an audit and standards committee", options=("--area", "Stroud")),
    _f("indicator_codes_that_look_like_periods", "xlsx", "Code, Indicator, '2023/24' outturn, bare 'Q1' 'Q2' 'Q3' under a merged '2024/25' band, 'Target 2024/25', filled RAG word, Comments under shaded theme rows; the codes read like periods or numbers \u2013 Corporate Plan theme numbers 'Q1', 'Q3', 'Q4', 'Q12', 'M1', 'M3', 'M7', 'H1', 'H2', 'H4', system codes 'PI 2024', 'PI 1187', 'NI 191'..'NI 195', climate action numbers '2023-01', '2023-04' as text, charter standards 'CS 04/25', 'CS 11/25' \u2013 with a note explaining each scheme; an 'n/a' Q3 and a 'TBC' Q3 unrated, a blank Q3 rated on Q2, a monitoring-only count, a new standard without 2023/24",
       "district council quarterly corporate performance scorecard mixing plan, system and national indicator codes, to an overview and scrutiny committee"),
    _f("mixed_scale_actual_and_target_columns", "xlsx", "Ref, Measure, Unit (%, No., Days), 'Q1 2024/25'..'Q3 2024/25', 'Target 2024/25', filled RAG word, Comments under shaded service rows; percentage rows typed on different scales: actuals as whole points (61, 79.5) against targets stored as fractions under a % format (0.7 shown '70%'), actuals as fractions shown '91.2%' against a target typed 90, a row with Q1 a fraction and Q2-Q3 points, a target typed as the text '95%', a small rate 4.8 against 0.06 shown '6%'; plain counts and days; an 'n/a' Q2, a 'TBC' Q3 unrated, a blank Q3 rated on Q2, a monitoring-only count",
       "unitary council people and housing quarterly dashboard assembled from services' returns for a health, care and housing scrutiny committee"),
    # Twenty-fourth batch, development part B
    _f("month_span_sub_headings_under_year_band", "xlsx", "rolling five-quarter scorecard 'Corporate Performance Scorecard \u2013 Quarter 3 2024/25': Ref, Indicator, a merged grey '2023/24' band over two columns and a merged navy '2024/25' band over four, the quarter columns headed only by hand-typed month spans \u2013 'Oct\u2013Dec', 'Jan-Mar' under 2023/24, 'Apr\u2013Jun', 'Jul - Sep', 'Oct\u2013Dec', 'Jan\u2013Mar' (empty) under 2024/25 \u2013 then 'Target 2024/25' (for the 2024/25 quarters only), a filled R/A/G letter for the latest quarter and Comments under shaded portfolio rows; a new measure without 2023/24 figures, a blank Oct\u2013Dec 2024 rated on Jul\u2013Sep, an annual road survey with only its Jan-Mar 2024 figure, an 'n/a' Q1, a 'TBC' Q3 unrated, a data-only count",
       "county council quarterly corporate performance scorecard to a scrutiny management board"),
    _f("ordinal_day_date_headings", "xlsx", "position statement of snapshot measures: title 'Key Measures \u2013 Position Statement, Quarter 3 2024/25', Ref, Measure, Unit (No., %, Rate, Days, \u00a3), columns headed by text dates with ordinal days \u2013 'As at 31st March 2024', '30th June 2024', '30th Sept 2024', '31st Dec 2024' \u2013 read as the Q4 2023/24 and Q1\u2013Q3 2024/25 quarter-end positions, a plain Target for every position, a filled RAG word for the latest and Notes under shaded service rows; a line saying each figure is the position on the heading's date; a blank December rated on September, reserves only at March and December, an 'n/a' September, a 'TBC' December unrated, context counts without target",
       "London borough quarterly position statement of housing, social care and resources stock measures to an overview and scrutiny committee"),
    _f("period_ids_with_lookup_sheet", "xlsx", "long data-warehouse export, no title: sheet 'KPI_EXPORT' with KPI_ID (surrogate number), KPI_CODE, KPI_NAME, DIRECTORATE, PERIOD_ID (297..303, no period words), ACTUAL_VALUE, TARGET_VALUE, RAG_STATUS (GREEN/AMBER/RED), POLARITY (High/Low), UNIT_OF_MEASURE, COMMENTARY, one row per indicator per period with its own target and RAG; a second sheet 'Periods' maps PeriodID to PeriodName ('Q1 2024/25', '2023/24'), StartDate, EndDate (real dates) and PeriodType, listing two IDs no row uses; read through the lookup; a NULL (blank) actual, an 'n/a' actual unrated, an annual survey row, a context rate without target",
       "county council quarterly KPI extract saved from its corporate data warehouse (SQL Server / Power BI) for a scrutiny officer"),
    # Twenty-fourth batch, development part C
    _f("quarter_row_above_year_row", "xlsx", "Code, Indicator, then five figure columns headed on two rows: the quarter alone on the upper (dark) row 'Q3', 'Q4', 'Q1', 'Q2', 'Q3' and its financial year on the shaded row beneath '2023/24', '2023/24', '2024/25', '2024/25', '2024/25' (so 'Q3' appears twice, a year apart); then 'Target' over '2024/25', 'RAG' over 'Q3' (filled G/A/R letter) and Comment, Code/Indicator/Comment merged down both rows, under shaded Place and Environment / Housing and Communities / Resources rows; percentages as points, units in names; a blank Q3 rated on Q2 (as a note says), an 'n/a' Q2, a 'TBC' Q3 unrated, a new measure without last year's quarters, a demand count without target",
       "district council hand-built quarterly KPI monitor appended to an overview and scrutiny committee report"),
    _f("slash_fraction_counts_in_cells", "xlsx", "Ref, Measure, 'Q1 2024/25'..'Q4 2024/25' (Q4 empty), 'Target 2024/25' (0% format), filled RAG word, Notes under shaded Children's Social Care / Education and Inclusion / Adult Social Care rows; timeliness measures typed as text counts of cases in time over cases due ('45/60', '126/150', '52/64', and date-like ones '3/4', '9/12', '6/8', '1/2', '4/5', '7/8') while other percentages are fractions under a 0.0% format and counts/days plain numbers; a line under the title says '45/60 = 45 of the 60 due were on time (75%)'; a '0/0' quarter (no cases due), an 'n/a' Q3 unrated, an annual measure only in Q3, context counts without target or RAG",
       "county council people directorate quarterly scorecard built from case management reports for a people overview and scrutiny committee"),
    _f("summary_sheet_plus_detail_sheets", "xlsx", "first sheet 'Summary' listing every indicator once (Code, Indicator, Portfolio, 'Latest quarter' ('Q3 2024/25', or 'Q2 2024/25' where Q3 is not in), 'Latest value', shaded RAG word); then one sheet per portfolio ('Resources', 'Place', 'Communities') with Code, Indicator, 'Good is' Higher/Lower, a merged band per quarter 'Q1 2024/25'..'Q4 2024/25' over Actual / Target / RAG sub-columns (Q4 empty), Comment; quarterly profiled targets; the summary repeats each latest figure and RAG, so each observation is counted once from the portfolio sheets; an 'n/a' Q3 unrated, a blank Q3, an information-only count",
       "district council quarterly corporate performance workbook (summary plus portfolio sheets) for Cabinet and overview and scrutiny"),
    # Twenty-fourth batch, development part D
    _f("two_grouping_columns_directorate_and_service", "xlsx", "two grouping columns at the left, 'Directorate' and 'Service area', each typed once on the first row of its group and left blank (not merged) below, a thin rule over each new directorate, then 'KPI ref', 'Key performance indicator', 'Q1 2024/25'..'Q3 2024/25', 'Target 2024/25', a filled R/A/G letter under 'RAG (Q3)', Comments, autofilter on; a blank Q3 rated on Q2, an 'n/a' Q3 unrated, cumulative and snapshot counts, a RAG note under the table",
       "district council quarterly KPI workbook for the whole council to an overview and scrutiny committee"),
    _f("benchmarking_table_below_main_table", "xlsx", "one sheet: main table Code, Indicator, 'Q1 2024/25', 'Q2 2024/25', 'Target 2024/25', filled RAG word, Comments under shaded Children's / Adult Social Care / Public Health rows; three blank rows, a bold 'Benchmarking' heading and a source line, then a second table Code, Indicator, '2023/24 Our council', 'England', 'Statistical neighbours', 'Quartile' (shaded Top/Upper middle/Lower middle/Bottom words) for nine of the fourteen indicators, one neighbour average a dash; a blank Q2 rated on Q1, an 'n/a' Q2 unrated",
       "county council people services quarterly scorecard with an LG Inform benchmarking table to a people overview and scrutiny committee"),
    _f("unformatted_serial_date_headings", "xlsx", "Ref, Measure, '2023/24 outturn', then twelve month headings that are Excel day numbers in General format (45383, 45413 ... 45717 for Apr 2024 to Mar 2025, pasted as values), October to March empty, 'Target 2024/25', filled RAG word, Comments under shaded service rows; title 'Monthly Performance Scorecard 2024/25 (to September 2024)'; a blank September rated on August, a survey with only a July figure, an 'n/a' September unrated, a new measure without outturn",
       "district council monthly performance scorecard pasted into a committee template for a performance and audit scrutiny committee"),
    # Twenty-fourth batch, hold-out part A
    _f("database_field_name_headings", "csv", "flat CSV extract from the performance database with no title, CRLF, headings that are the table's field names: KPI_REF, KPI_DESC (abbreviated system descriptions), DIRECTORATE (People/Place/Resources), UOM ('%', 'No.', 'Rate', 'Days', 'GBP'), Q4_2023_24_ACT, Q1_2024_25_ACT, Q1_2024_25_TGT, Q2_2024_25_ACT, Q2_2024_25_TGT, RAG_Q1, RAG_Q2 (G/A/R letters), POLARITY (H/L, blank for context counts), KPI_COMMENT; one wide row per indicator, percentages in points some unrounded (52.72727273), 'NULL' in the target fields of context counts, an annual survey with only Q2, an 'n/a' Q2 unrated",
       "unitary council business intelligence team's KPI extract published beside the quarterly corporate performance report to an overview and scrutiny management committee", **_H24),
    _f("in_quarter_and_cumulative_in_one_cell", "xlsx", "Ref, Indicator, Measure (Count, %, Days), 'Q1 2024/25'..'Q3 2024/25', 'Quarterly target', filled RAG word, Comments under shaded service rows; from Q2 count cells hold the in-quarter figure and the year to date together as text typed in officers' own ways ('389 (801 YTD)', '41 / YTD 79', '174 (YTD 360)', '1,187 (2,391 YTD)'), Q1 counts a plain number, percentages and days single figures; a line under the title explaining the pairs, notes that count targets are per quarter and the RAG rates the latest in-quarter figure; a blank Q3 rated on Q2, an 'n/a' and a 'TBC' Q3 unrated, demand counts without target, a survey starting at Q2",
       "district council neighbourhoods directorate quarterly performance report (community safety, environmental services, housing standards) to a communities overview and scrutiny committee", **_H24),
    _f("last_updated_and_next_due_date_columns", "xlsx", "running corporate scorecard: Ref, Indicator, Frequency (Quarterly/Monthly/Annual), 'Q1 2024/25'..'Q3 2024/25', Target, filled R/A/G letter, then 'Last updated' and 'Next update due' holding real dates in a dd/mm/yyyy format for each indicator (overdue next-due dates shaded peach, some typed as words: 'TBC', 'April 2025 (Active Lives)'), Commentary, under shaded priority rows; a note explaining the date columns and that RAG rates the latest figure; an annual survey with only Q3, a blank Q3 rated on Q2, an 'n/a' Q3 unrated, context and data-only counts without target or RAG",
       "district council corporate performance scorecard kept through the year and attached to the quarterly report to an overview and scrutiny committee", **_H24),
    # Twenty-fourth batch, hold-out part B
    _f("long_reason_texts_in_missing_value_cells", "xlsx", "Ref, Indicator, 'Q1' 'Q2' 'Q3' under a merged '2024/25' band, 'Target 2024/25', filled RAG word, Comments under shaded Children and Education / Adults and Health / Corporate rows; where no figure was available the quarter cell holds the officer's reason as a full sentence in small grey italic wrapped text \u2013 'Awaiting data from DfE \u2013 due February', 'Data lag: Q3 figure available after validation', 'Not collected this quarter due to system migration', a provider return chased, a payroll close delayed, 'Annual residents' survey \u2013 reported in Q3 only' \u2013 in Q1, Q2 or Q3; a reason in the latest quarter leaves the RAG blank or 'n/a'; a note that such cells explain a missing figure and are not rated; a blank Q3 rated on Q2, an information-only count with an 'n/a' target",
       "unitary council quarterly corporate scorecard (children's, adults' and corporate measures) to an overview and scrutiny management board", **_H24),
    _f("quarterly_targets_listed_in_one_cell", "xlsx", "Code, Indicator, Unit (%, No., Days, kg), 'Good is' High/Low, 'Q1 2024/25'..'Q4 2024/25' (Q4 empty), one 'Target 2024/25' column, filled RAG word, Comments under shaded Place / Housing / Resources rows; seasonal and cumulative measures list a profile for every quarter in the one target cell, typed in each service's own way \u2013 'Q1 48% / Q2 50% / Q3 42% / Q4 40%', 'Q1: 90%, Q2: 90%, Q3: 90%, Q4: 90%', four lines 'Q1 210,000'..'Q4 215,000', 'Q1 40 days | Q2 38 days | ..', 'Q1-15, Q2-40, Q3-65, Q4-120', 'Q1 2.0, Q2 4.0, ..' \u2013 beside plain numeric targets; a note that each quarter is measured against its own profiled target and the RAG is for the latest quarter; an 'n/a' Q2, a blank Q3 rated on Q2, a demand count with an 'n/a' target and no RAG",
       "district council quarterly KPI report to Cabinet and an overview and scrutiny committee, with profiled targets for cumulative collection, waste and housing delivery measures", **_H24),
    _f("spaced_and_dashed_quarter_headings", "xlsx", "one running sheet extended a column a quarter by different officers, so the period headings are typed inconsistently: 'Q4 (2023 - 24)', 'Q 1 - 2024 / 25', 'Qtr2 24-25', 'Quarter Three 2024/2025'; then 'Target 24/25', a filled G/A/R letter headed 'RAG (latest)', Comments, under shaded Communities and Housing / Environment and Highways / Corporate Services rows; units only in names, a line saying Q4 2023-24 is for comparison; an 'n/a' Q2 and an 'n/a' Q3 unrated, a new measure without the 2023/24 figure, a blank Q3 rated on Q2, information-only counts with a '-' target",
       "Welsh county borough council quarterly corporate performance scorecard to a corporate overview and scrutiny committee", **_H24),

    # Twenty-fifth batch, development part C
    _f("rag_merged_down_over_sub_measures", "xlsx", "Ref, Measure, Breakdown, '2023/24 outturn', 'Q1 2024/25'..'Q4 2024/25' (Q3, Q4 empty), 'Target 2024/25', filled R/A/G letter, Commentary under shaded Adult Social Care / Public Health / Housing rows; six measures take two or three rows, one per sub-measure with its own ref ('ASC 02a', 'ASC 02b'), breakdown (age group, client group, prevention/relief duty, repair priority, or 'Number' and '% of quit dates set') and figures, the measure's name, RAG letter and commentary merged down over the group's rows and, for one measure, a 75% target merged over its three client groups (the others have a target per row, the quit count none); a note that a RAG merged over a measure's rows covers all of them; a blank Q2 rated on Q1, an 'n/a' Q2 unrated, a count with a dash target, a survey with only its 2023/24 outturn, a new measure without outturn",
       "metropolitan borough council's adult social care, public health and housing quarterly performance report to its Health and Adult Social Care Scrutiny Board"),
    _f("values_written_with_per_cent_words", "xlsx", "Ref (Data Cymru 'PAM/012' and local 'CP1.04' codes), Performance Indicator, '2023/24 Result', 'Q1 2024/25'..'Q3 2024/25', 'Target 2024/25', filled RAG word, Comments under shaded well-being objective rows; percentage figures and targets typed as text in words \u2013 '61.7 per cent', '58 per cent', '68.4 percent', 'Target 65 per cent', '70 per cent' \u2013 one row in 'pc' ('81.3pc', target '85pc'), two rows typed with the % sign (stored as fractions under a % format, a target '94%' too), beside plain counts and days; commentary quoting figures the same way; a blank Q3 rated on Q2, a 'TBC' Q3 unrated, an 'n/a' Q2, monitoring counts with a dash target, an annual measure with only its 2023/24 figure, a new indicator without 2023/24",
       "Welsh county council's corporate plan well-being objectives performance report, Quarter 3, to its Corporate Overview and Scrutiny Committee"),
    _f("year_written_in_indicator_name_rows", "xlsx", "Code, Performance indicator, bare 'Q1' 'Q2' 'Q3' 'Q4', Target, filled R/A/G letter, Comments under shaded service rows; each indicator on two rows with the same code, last year's (grey italic, four quarters, no target or RAG) above this year's (to Q3, with target and RAG), the year written at the end of the name \u2013 'Council tax collected (cumulative %) \u2013 2023/24' / '\u2026 \u2013 2024/25', some typed ' (2023-24)' / ' (2024-25)' or ' - 23/24' / ' - 24/25'; notes under the title and table say so; a blank Q3 rated on Q2, a 'TBC' Q3 unrated, an 'n/a' Q2, a count with a '-' target, a context count, a new indicator with only a 2024/25 row, an annual survey with one figure a year in Q3",
       "district council's quarterly performance monitoring report to its Overview and Scrutiny Committee, one sheet growing a row per indicator each year"),
    _f("zero_targets_for_never_events", "xlsx", "Ref, Measure, 'Good is' (High/Low), '2023/24', 'Q1 2024/25'..'Q4 2024/25' (Q4 empty), 'Target 2024/25', filled RAG word, Comment under shaded health and safety / information governance / safeguarding and care quality rows; zero-target measures (RIDDOR-reportable incidents, enforcement notices, personal data breaches reported to the ICO, upheld ICO complaints, children placed in unregistered children's homes, overdue fire risk assessments, medication never events) Green at none and Red at any, their zero quarters typed 0, 'Nil' or 'None' and some targets 'Nil', among ordinary percentage measures; a key under the title explaining the ratings and that Nil/None means no incidents; a blank Q3 rated on Q2, a 'TBC' and an 'n/a' Q3 unrated, monitoring counts without 'Good is', target or RAG (one with a dash target), a new measure without 2023/24",
       "London borough's quarterly safety, safeguarding and information governance assurance scorecard to its Audit and Governance Committee"),
    # Twenty-fifth batch, development part A
    _f("every_indicator_row_merged_two_rows_high", "xlsx", "report table drafted in Word and rebuilt in Excel: heading row of two sheet rows merged vertically (PI Ref, Performance Indicator, 'Q1 2024/25'..'Q4 2024/25', 'Target 2024/25', RAG, Commentary); every indicator two sheet rows high with each of its cells merged down both rows, the value in the top cell and wrapped long PAM names and commentary; well-being objective rows one row high, merged across and shaded; PAM/ and local codes, percentages pasted as '61.2%' (fractions under a % format), filled RAG words, Q4 empty; a key saying RAG is for the latest quarter (Q2 where Q3 is missing); a blank Q3 rated on Q2, a 'TBC' Q3 unrated, an annual survey with only Q3, a new measure from Q2, a contact count with a '-' target",
       "Welsh county borough council quarterly Corporate Plan performance report appendix to a governance and audit committee"),
    _f("formula_blank_strings_in_unreported_quarters", "xlsx", "'Scorecard' tab: Ref, Indicator, 'Good is' High/Low typed; every 'Q1 2024/25'..'Q4 2024/25', 'Target 2024/25', RAG and Comments cell a formula '=IF(Data!E3=\"\",\"\",Data!E3)' on a plain 'Data' entry tab (same indicators, no sections), saved with Excel's cached results: numbers, text ('n/a', RAG words, comments) and the empty string (t=\"str\" with an empty value) for Q3 and Q4 throughout, missing quarters, absent targets and unrated RAGs; RAG words coloured by conditional formatting, shaded priority rows; a Quarter 2 report with a Q2 survey moved (RAG on Q1), an 'n/a' Q2 unrated, an annual survey and a new measure with only Q2, a context count without target",
       "metropolitan borough council Corporate Plan scorecard looked up from a services' data-entry tab, to Cabinet and a corporate scrutiny board"),
    _f("month_number_range_headings", "xlsx", "finance-style monitor, the year only in the title ('... Monitor 2024/25'): Ref, Measure, Unit (%, \u00a3000, Days, No.), quarter columns headed by month numbers of the financial year as typed by the finance team \u2013 'M1-M3', 'M4 \u2013 M6', 'M7-9' \u2013 then a grey 'M1-M9 YTD' column, a plain Target, R/A/G letter under 'RAG', Commentary, under grey service rows; lines above the table saying M1 = April and that the RAG rates the latest three months; a period-end debt with an 'n/a' YTD, a blank M7-9 rated on M4 \u2013 M6, a new measure from M4 without YTD, a 'TBC' M7-9 unrated, a count without target",
       "London borough Resources directorate finance and performance monitor at Month 9, to Cabinet and an overview and scrutiny budget panel"),
    _f("number_format_displays_status_words", "xlsx", "Ref, Measure, 'Q3 2023/24', 'Q1 2024/25'..'Q3 2024/25', 'Target 2024/25', then 'Status' holding the numbers 1/2/3 under the custom format '[=1]\"On track\";[=2]\"At risk\";\"Off track\"' coloured by conditional formatting on the number, and 'Direction of travel' holding 1/-1/0 under '[Color10][>0]\"\u25b2 Improving\";[Red][<0]\"\u25bc Worsening\";\"\u25ba No change\"', Commentary, under shaded theme rows; a key under the table giving each word's colour and meaning and that status is for the latest quarter; fractions under '0.0%'; a blank Q3 rated on Q2, an annual survey with only Q2, an 'n/a' Q2, a 'TBC' Q3 unrated, a new measure from Q2, a context rate without target or status",
       "unitary council quarterly Council Plan performance report to the Executive and an overview and scrutiny management committee"),
    # Twenty-fifth batch, development part B
    _f("pattern_fill_ratings_for_monochrome_print", "xlsx", "committee appendix printed in black and white: Ref, Performance indicator, '2023/24 outturn', 'Q1 2024/25', 'Q2 2024/25', 'Target 2024/25', 'Rating (see key)', Comments under bold capitalised section rows ruled above and below (no fill), headings white on black; each rated cell of the Rating column is empty and filled only with a black-on-white pattern \u2013 'darkTrellis' cross-hatching for red, 'lightGray' dots for amber, solid light grey D9D9D9 for green \u2013 and a 'Key to ratings' above the table shows each pattern in a boxed swatch beside its meaning, with an unshaded box for not rated; percentages as fractions under 0.0%; a blank Q2 rated on Q1 (as the comment and a note say), an 'n/a' Q2 unrated, a context count with a '-' target, an annual measure with only its 2023/24 outturn, a new measure without outturn",
       "district council quarterly performance report appendix to an overview and scrutiny committee, photocopied in black and white"),
    _f("portfolio_from_code_prefix_key", "xlsx", "flat list sorted by code with no portfolio or section rows: Code (ASC01, CS03, ENV02, HSG01, PH02, RES01\u2026), Indicator, 'Good is' High/Low, 'Q3 2023/24' (same quarter last year, shaded grey), 'Q1 2024/25'..'Q3 2024/25', 'Target 2024/25', filled RAG word, Commentary, autofilter on; a second sheet 'Notes' with an 'Indicator code prefixes' table (Prefix, Portfolio, Portfolio holder) mapping ASC/CS/ENV/HSG/PH/RES to Cabinet portfolios, the RAG key and notes; a blank Q3 rated on Q2, a 'TBC' Q3 unrated, a context count with a '-' target and no 'Good is', an annual survey with only Q3, a new measure without last year's quarter, cumulative counts against profiles",
       "metropolitan borough council quarterly Council Plan performance scorecard exported from its performance system for an overview and scrutiny management board"),
    _f("portfolio_holder_names_as_section_rows", "xlsx", "Ref, Measure, Unit (%, No., Days, \u00a3, Rate per 10,000), 'Q1 2024/25'..'Q4 2024/25' (Q4 empty), 'Annual target', filled R/A/G letter, Commentary, under shaded full-width merged section rows naming the Cabinet Member responsible rather than the service ('Cllr Amara Osei \u2013 Cabinet Member for Children, Young People and Schools', 'Councillor Daniel Hart, Leader of the Council \u2013 Finance and Resources', 'Cllr Marcus Lee, Deputy Leader \u2013 Housing and Regeneration'); a blank Q3 rated on Q2, an 'n/a' Q3 unrated, a context rate with a '-' target, an annual survey only in Q2, a new measure from Q2; key under the table",
       "London borough quarterly corporate performance report to Cabinet, grouped by portfolio holder"),
    _f("quarter_start_date_headings", "xlsx", "Ref (PAM/015, PAM/030, local CH01\u2026), Performance measure, Unit (%, Number, Days, Rate), four figure columns under a merged 'Quarter beginning' band headed by real dates shown dd/mm/yyyy \u2013 01/01/2024, 01/04/2024, 01/07/2024, 01/10/2024 \u2013 each the first day of its quarter, then 'Target 2024/25', filled RAG word, Comment, under shaded well-being objective rows; a note under the title says each column is the quarter beginning on that date and 01/01/2024 is last year's Q4; a blank Q3 rated on Q2, an 'n/a' Q3 unrated, context measures with a '-' target, an annual survey only in the October column, a measure starting in July",
       "Welsh county council quarterly corporate performance scorecard to a corporate overview and scrutiny committee"),
    # Twenty-fifth batch, hold-out part A
    _f("bilingual_heading_rows_welsh_above_english", "xlsx", "one bilingual table headed twice: a dark green upper row of Welsh headings ('Cyf.', 'Dangosydd perfformiad', 'Alldro 2023-24', 'Ch1 2024-25'..'Ch3 2024-25', 'Targed 2024-25', 'Statws', 'Sylwebaeth') over a pale row of the English ones ('Ref.', 'Performance indicator', 'Outturn 2023-24', 'Q1 2024-25'..'Q3 2024-25', 'Target 2024-25', 'Status', 'Commentary'); Welsh and English title lines, bilingual section rows ('Tai / Housing'), names and commentary Welsh line over English line in one cell, status words 'Gwyrdd' over 'Green' in filled cells; PAM and local codes, percentages as fractions shown '0.0%'; bilingual key and notes; a blank Q3 rated on Q2, an annual measure with only its 2023-24 outturn, an 'amh. / n/a' Q3 unrated, a context count with a dash target, a measure new from Q2",
       "Welsh county borough council bilingual quarterly corporate performance scorecard to a corporate overview and scrutiny committee", **_H25),
    _f("months_newest_first", "xlsx", "monthly report: Ref, Measure, Unit (%, Rate, Days, No.), 'Good is' High/Low, Target, then a 'Latest month' band over Dec-24, a filled R/A/G letter and the December comment, then a 'Previous months (most recent first)' band over Nov-24 back to Apr-24; month headings real dates shown 'mmm-yy', shaded service rows, percentages in points; notes that waste figures lag a month and the RAG is then for November; a blank December rated on November, a 'TBC' December unrated, a measure new from September, a monitoring count with a '-' target and no polarity or RAG",
       "metropolitan borough council neighbourhoods and customer services monthly performance report to a communities and place scrutiny panel", **_H25),
    _f("outcome_rows_with_their_own_overall_rating", "xlsx", "Ref, Measure (units in names), 'Q2 2023/24', 'Q1 2024/25', 'Q2 2024/25', Target, filled Status word, Direction of travel word, Commentary, grouped under lilac outcome rows ('Outcome 1: Children and young people are safe'..'Outcome 4') whose title is merged across the figure columns, with the outcome's own filled overall rating in the Status column and 'Overall: 1 green, 2 amber, 1 red, 1 not rated.' and a judgement in Commentary, no figures; a blank Q2 rated on Q1, an 'n/a' same quarter last year, demand counts with a dash target and no status, a measure new in Q2 with a 'TBC' target",
       "county council children's services quarterly performance scorecard arranged by the children and young people's plan outcomes, to a children and young people's select committee", **_H25),
    # Twenty-fifth batch, hold-out part B
    _f("theme_colour_fills_as_ratings", "xlsx", "Ref, Performance indicator, 'Good is' High/Low, '2023/24 outturn', 'Q1 2024/25', 'Q2 2024/25', 'Target 2024/25', 'Rating', Commentary under section rows for four plan priorities; the workbook carries Excel's Office theme and every colour is picked from its palette and stored as a theme index with a tint, not an RGB value: heading 'Blue-Grey, Text 2' with white text, section rows 'Blue, Accent 1, Lighter 80%', ratings 'Green, Accent 6, Lighter 40%', 'Gold, Accent 4', 'White, Background 1, Darker 15%' for data only and the standard 'Red'; a few rating cells also carry the key's word ('On track', 'At risk', 'Off track', 'Data only'), most only the fill; a key of colour swatches under the table; percentages as fractions under 0.0%; a blank Q2 rated on Q1 (its comment says so), an 'n/a' Q2 with no fill, a 'TBC' count, a new annual survey with one Q2 figure, a new measure without outturn",
       "metropolitan borough council quarterly Corporate Plan performance report to an overview and scrutiny management commission", **_H25),
    _f("three_level_section_rows_portfolio_directorate_service", "xlsx", "Ref, Indicator, Unit (%, No., Days, kg, Rate), a grey 'Q3 2023/24' comparison column, 'Q1 2024/25'..'Q3 2024/25', 'Target 2024/25', filled G/A/R letter, Comments; three levels of shaded section rows over the indicators: 'Portfolio: ...' in dark navy with white bold text, '... Directorate' in mid blue bold, the service in pale blue italic and indented, a line above the table explaining the shading; Public Health has no service rows, Corporate Services no directorate row, three services hold a single indicator; a blank Q3 rated on Q2, an 'n/a' and a 'TBC' Q3 unrated, an annual road survey with one Q3 figure, a monitored count with a '-' target, a new measure without the 2023/24 figure",
       "county council quarterly performance monitoring report to a corporate scrutiny committee", **_H25),
    _f("true_false_cells_as_results", "xlsx", "Ref, Measure, Frequency (Quarterly/Annual), 'Q1 2024/25'..'Q3 2024/25', Target, filled Status word (Green/Amber/Red), Comments under shaded Governance and statutory deadlines / Finance and workforce rows; six deadline measures (governance statement by 30 September, draft accounts by 31 May, statutory returns to MHCLG, Transparency Code data, Cyber Essentials Plus, budget monitoring to Cabinet) hold real Excel booleans TRUE/FALSE with the target TRUE, beside percentages stored as fractions under 0.0%, days and counts; a line saying TRUE means met; annual measures only in the quarter they fall due (one FALSE rated red on Q1), a blank Q3 rated on Q2, an 'n/a' and a 'TBC' Q3 unrated, counts without target or status, a measure not yet due with no result",
       "London borough quarterly corporate health indicators appendix to an audit and governance committee", **_H25),

    # Twenty-sixth batch, development part A
    _f("ssrs_export_spacer_columns_and_textbox_headings", "xlsx", "SQL Server Reporting Services report exported to Excel: sheet named after the report ('Corporate_Performance_Scorecard'), title and parameter lines in merged cells ('Reporting period: Quarter 2 2024/25', 'Directorate: All'), empty rows where the logo sits, then the table on the renderer's grid \u2013 narrow empty spacer columns (widths 0.4\u20130.9) between real columns and every heading and value (blank ones too) a cell merged over two or three sheet columns of uneven width; PI Code, Indicator, 'Outturn 2023/24', 'Q1 2024/25'..'Q4 2024/25' (Q3, Q4 empty), 'Target 2024/25', then two headings left as the default text box names 'Textbox27' (Red/Amber/Green words on red, orange and lime fills) and 'Textbox31' (commentary); shaded directorate group rows merged across the table; fractions under 0.0%; a status note and a 'Printed on 14/11/2024 09:32:18' / 'Page 1 of 1' footer row under the table; a blank Q2 rated on Q1, an 'n/a' Q2 unrated, two context measures without target or status, an annual road survey with only its outturn, two new measures (one from Q2)",
       "unitary council's business intelligence team's SSRS corporate performance scorecard over the performance data warehouse, exported to Excel for an overview and scrutiny management board"),
    _f("capitalised_section_rows_without_styling", "xlsx", "accessible plain sheet with no fills, borders, bold, merged cells or blank rows: title and notes in A1:A4 ('This worksheet contains one table. RAG is written as a word...'), Ref, Indicator, 'Q1 2024/25'..'Q3 2024/25', 'Target 2024/25', RAG word, Comments; service headings only as rows with the service typed in capitals in the Indicator column and nothing else ('ADULT SOCIAL CARE', 'CHILDREN, EDUCATION AND SEND', 'HOUSING AND HOMELESSNESS', 'PUBLIC HEALTH'); sentence-case indicator names carrying acronyms and capitalised words ('DoLS', 'CQC-registered ... Good or Outstanding', 'New EHCPs', 'NEET', 'CIN', 'EET', 'TA', 'B&B', 'DFG', 'HMO', 'NHS'); percentages in points with '(%)' in names; a blank Q3 rated on Q2, an 'n/a' and a 'TBC' Q3 unrated, three context measures without target or RAG, an annual NEET measure with one Q3 figure, a measure new from Q2, a zero target",
       "unitary council's quarterly people services performance report to a people scrutiny committee, kept to accessible spreadsheet guidance for screen readers"),
    _f("vulgar_fraction_characters_in_values", "xlsx", "hand-typed PI sheet: PI, Description, '2023/24 outturn', 'Q1 24/25'..'Q3 24/25', 'Target 24/25', filled R/A/G letter, Comments under bold section rows, RAG key above; averages typed as text with fraction characters and words \u2013 '9\u00bd days', '17\u00bd', '21\u00bc weeks', '\u00be', '\u00bd day', '8 3/4 days', '4 and a half days' \u2013 targets typed the same way ('8\u00bd days', '20 weeks', '27\u00bd', 'target 7\u00bd'), call waits typed '2 3/4' and stored by Excel as numbers under the fraction format '# ?/?', beside plain numbers and percentages typed with % (fractions under 0.0%); days/weeks stated in some rows' cells only; blank Q3s rated on Q2, a 'TBC' Q3 unrated, a count without target or RAG, a measure new from Q2",
       "stock-holding borough council's quarterly performance indicator sheet for a performance and audit scrutiny committee, typed in from service managers' emails"),
    _f("district_council_full_quarterly_appendix", "xlsx", "one workbook as the committee appendix: 'Cover' sheet (council, Overview and Scrutiny Committee, meeting date, agenda item, period, contents list of the tabs), 'Key' sheet (status words On Target / Within Tolerance / Off Target / Data Only on their fills, \u2191 \u2192 \u2193 direction of travel against the previous quarter, 'Good is', n/a, TBC, blank), then 'Communities', 'Environment', 'Resources' sheets each titled with the portfolio holder and quarter over the same table: Code, Measure, 'Good is' High/Low, '2023/24 Outturn', 'Q1 2024/25'..'Q3 2024/25', 'Annual Target 2024/25', filled Status word, 'Direction of Travel' arrow, Commentary; district measures (homelessness preventions, temporary accommodation, leisure visits, DFGs, missed bins, recycling, residual waste, fly-tipping, planning speed, street cleanliness survey, affordable homes, council tax and business rates collection, benefits, FOI, sickness, complaints); fractions under 0.0%; cumulative counts against annual targets; a blank Q3 rated on Q2, an 'n/a' and a 'TBC' Q3 unrated, a Data Only count without target, an annual survey with a 2023/24 figure and one Q3 result, an annual measure with only its outturn, a measure new from Q2",
       "shire district council's Quarter 3 performance report, Appendix A to its Overview and Scrutiny Committee, one tab per Cabinet portfolio"),

    # Twenty-sixth batch, development part B
    _f("county_council_landscape_print_scorecard", "xlsx", "one sheet set up for landscape A3 printing: a title block of four lines each merged across the table (council, 'Corporate Performance Scorecard', 'Quarter 3 2024/25 (October to December 2024)', 'Produced by Performance and Intelligence'); a two-row navy heading with a merged '2023/24' band over 'Outturn' and 'Q3' (grey, same quarter last year) beside a merged '2024/25' band over bare 'Q1'..'Q4' (Q4 empty), Ref, Measure, Unit (%, No.), 'Target 2024/25', DoT arrows (\u2191 \u2193 against the same quarter last year), filled R/A/G letters and Comments merged down both rows; heading rows set as print titles, manual page breaks before the SEND and fire sections, italic notes rows merged across under sections, the key printed under the table; highways, adult social care, SEND, libraries and fire measures, percentages as fractions under 0.0%; a blank Q3 rated on Q2 (comment and note say so), an 'n/a' and a 'TBC' Q3 unrated, an annual road survey with only its 2023/24 outturn, an annual measure with one Q2 figure, a measure new from Q2, context counts with a '\u2013' target",
       "county council quarterly corporate performance scorecard printed landscape on A3 for Cabinet and the scrutiny management board"),
    _f("unitary_monthly_dashboard_with_ytd_and_forecast", "xlsx", "monthly dashboard, the year named once in the title ('Monthly Performance Dashboard 2024/25', 'Month 8 \u2013 data to the end of November'): Code, Measure, Unit (%, Days, No., Rate), bare month columns 'Apr'..'Nov', then grey 'YTD', 'Year-end forecast', 'Annual target', a filled RAG word headed 'RAG (forecast v target)', Trend arrows, Comments under shaded service rows; monthly counts (YTD their total), monthly rates and averages (YTD over April to date), '(cumulative)' measures whose months run from 1 April (YTD repeats November), a month-end snapshot with a greyed YTD; two measures marked \u2020 a month in arrears (November blank, YTD to October); a measure new from July without YTD, an 'n/a' August, a 'TBC' forecast unrated, demand counts with a '\u2013' target; notes and key say the RAG rates the forecast",
       "unitary council monthly corporate performance dashboard to Cabinet and a corporate overview and scrutiny committee"),
    _f("housing_landlord_monthly_kpis_with_rolling_year_and_quartile", "xlsx", "Ref (Tenant Satisfaction Measure codes RP02(1), RP02(2), BS01, BS02, BS04, TP01, TP02, TP05, TP06, CH01(1), CH02(1), NM01(1) beside local HM/VL/RE/EL codes), KPI, Unit (%, Days, No., \u00a3, 'Per 1,000 homes'), 'Oct 2024', 'Nov 2024', 'Rolling 12 months to Nov 2024', Target, 'HouseMark quartile (2023/24 peer group)' in words (Upper quartile, Median, Lower quartile, Not benchmarked), filled RAG word, Commentary under shaded income / empty homes / repairs / building safety / TSM perception / complaints and ASB rows; month-end positions with a grey empty rolling cell, TSM perception measures with only the rolling figure (rated on it, as a note says), a damp and mould measure new from October without rolling figure, an 'n/a' and a 'TBC' November unrated, information-only rows with a '\u2013' target; notes give the rolling window and RAG rules (latest month; building safety green only at 100%)",
       "stock-holding borough council's monthly Housing Revenue Account housing management KPI report to a housing scrutiny panel"),
    _f("childrens_services_scorecard_with_statistical_neighbours", "xlsx", "ChAT/LAIT-style two-row heading: Ref, Indicator, Unit (%, 'Rate per 10,000', Number), 'Good is' (Higher/Lower/Context), '2022-23', '2023-24', 'Q1 2024-25'..'Q3 2024-25' under a merged 'Local performance' band, 'Target 2024-25', then under a shaded 'Latest published benchmarks' band 'Year' ('2023-24', '2022-23', '2023'), England, 'Statistical neighbours', 'West Midlands' (blank for counts), filled RAG word, Commentary under shaded sections; rates per 10,000 children, timeliness and stability percentages, counts of children in care and on plans, counts of 1 to 4 shown '*'; a key saying measures without a target are rated against statistical neighbours; a blank Q3 rated on Q2, an 'n/a' Q3 unrated, an annual measure with only its 2023-24 figure, a measure new from Q2, context measures without target or rating",
       "metropolitan or unitary council children's services quarterly performance scorecard with DfE benchmarks to a children and young people scrutiny committee"),

    # Twenty-sixth batch, development part C
    _f("waste_and_recycling_cumulative_monthly_tonnages", "xlsx", "waste team's monthly return a month in arrears (weighbridge lag, 'figures to the end of October 2024 (Month 7)'): Ref, Measure, Unit (Tonnes, %, kg, Per 100,000, Number), Basis ('In month' / 'Year to date'), a grey 'Same month last year' column headed Oct-23, a '2024/25' band over real-date month columns Apr-24..Mar-25 shown 'mmm-yy' (Nov-24..Mar-25 empty), 'Target 2024/25', filled R/A/G letter, Comments under shaded section rows; in-month kerbside, garden, food, residual and HWRC tonnages beside cumulative NI 191/192/193 rates and garden subscriptions sold; notes saying year-to-date figures run from 1 April and their Oct-23 is April to October 2023, and that the RAG falls back a month; percentages as fractions under 0.0%; contamination a further month late (RAG on September), a 'TBC' HWRC tonnage after a weighbridge fault, an 'n/a' month unrated, context tonnages with a '-' target, a food waste service new from September",
       "district council waste and recycling service's monthly performance return to an environment overview and scrutiny committee"),
    _f("planning_applications_quarterly_major_minor_other_rows", "xlsx", "PS1/PS2-based development management table: Ref (DM01a..DM09), Measure merged down over its rows, 'Application type' (Major / Minor / Other / All / Non-major (minor and other), blank for enforcement and validation), '2023/24' (full year), 'Q1 2024/25'..'Q4 2024/25' (Q4 empty), Target (national designation thresholds 60% major, 70% non-major, 10% overturned at appeal; local targets otherwise), filled RAG word, Commentary under shaded section rows; applications decided, decided in time or within an agreed extension, decisions overturned at appeal (a quarter in arrears: Q3 blank, RAG on Q2), appeals allowed by type with 'n/a' where no major appeal was decided, enforcement counts with a '-' target, a validation measure new from Q2; notes on the source, thresholds and key above the table, type definitions below",
       "district council quarterly development management performance report to its Planning Committee"),
    _f("revenues_and_benefits_collection_rates_vs_last_year", "xlsx", "two sheets: 'Collection' with one table per tax under a shaded title row holding its code (RB01 council tax, RB02 business rates), month-end names April..March down the rows and columns '2024/25' (to December), '2023/24' (same month-end, to March), 'Profile 2024/25', 'Variance to last year', 'Variance to profile' (points), a filled R/A/G letter per month and comments, notes saying the rates are cumulative from 1 April; 'Service KPIs' with Ref, Measure (basis in brackets: in quarter, year to date, at quarter end), Unit (Days, \u00a3, %, Number), 'Q3 2023/24' (same quarter last year), 'Q1 2024/25'..'Q3 2024/25', 'Target 2024/25', variance to last year and to target, RAG, Comments under shaded sections; HB/CTR processing days, overpayments recovered (\u00a3 and %), caseload and summonses as context, a blank Q3 rated on Q2, a 'TBC' Q3 unrated, e-billing new from Q2 with an 'n/a' variance",
       "district council revenues and benefits service's Month 9 collection and performance report to a resources overview and scrutiny panel"),
    _f("corporate_health_indicators_with_mixed_units", "xlsx", "Ref, Indicator, Unit (Days, %, No., \u00a3, \u00a3000; blank on three rows whose unit is in brackets in the name, '(%)', '(\u00a3000)'), 'Q1 2024/25'..'Q4 2024/25' (Q4 empty), 'Year to date' (April to December; grey and empty for rolling, point-in-time and annual measures), 'Target 2024/25', filled RAG word rating the year to date where there is one, Commentary under shaded people / finance / information governance rows; sickness days per FTE and turnover (rolling 12 months), FTE, agency spend in \u00a3 and as % of the pay bill, invoices paid in 30 days, forecast budget variance in \u00a3000 with underspends negative (shown in brackets) against a 0 target, FOI, subject access and complaints on time; notes on the year to date, RAG and sign; a blank Q3 rated on Q2, a 'TBC' Q3 and an 'n/a' Q2, an annual gender pay gap with one figure, appraisals new from Q2, context counts with a '-' target",
       "county council quarterly corporate health scorecard (HR, finance and information governance) to an audit and governance committee"),

    # Twenty-sixth batch, hold-out part A
    _f("four_monthly_tertial_columns", "xlsx", "four-monthly report: Ref, Indicator, 'Good is' High/Low, '2023/24 Outturn', tertial columns headed in the council's own way on two lines \u2013 'T1 2024/25 (Apr\u2013Jul)', 'T2 2024/25 (Aug\u2013Nov)', a grey empty 'T3 2024/25 (Dec\u2013Mar)' \u2013 'Target 2024/25', filled RAG word, Commentary under shaded service rows; notes under the title saying the year is divided into three tertials (April\u2013July, August\u2013November, December\u2013March), that each column is its four months and how the RAG is set; a blank T2 rated on T1 (its comment says so), a 'TBC' and an 'n/a' T2 unrated, context counts with a '-' target and no 'Good is', an annual survey with only its 2023/24 outturn, a measure new at T2",
       "unitary council four-monthly (tertial) corporate performance report to an overview and scrutiny committee, aligned with four-monthly budget monitoring", **_H26),
    _f("welsh_council_self_assessment_measures_table", "xlsx", "self-assessment appendix: bilingual headings Welsh line over English ('Cyf.'/'Ref', 'Mesur'/'Measure', '2021-22', '2022-23', '2023-24', 'Targed 2023-24'/'Target 2023-24', 'Cyfartaledd Cymru 2023-24'/'Wales average 2023-24', 'Safle (o 22)'/'Rank (of 22)', 'Tuedd'/'Trend', 'Statws'/'Status', 'Sylwebaeth'/'Commentary'), bilingual merged well-being objective rows, PAM/0xx codes beside local CP codes, results in points, grey Wales average and rank (a shared '=13', 'N/A' for local measures), trend words (Improved, Declined, Maintained, New), filled Green/Amber/Red status for 2023-24; bilingual title, key and one bilingual comment; 'N/A' 2021-22 for PAMs not then collected, a 'TBC' 2023-24 unrated, a biennial survey with no 2022-23, a new measure with only 2023-24 and 'Baseline' as its target, context measures with a '-' target",
       "Welsh county borough council annual self-assessment (Local Government and Elections (Wales) Act 2021) appendix of Corporate Plan measures to a governance and audit committee and Cabinet", **_H26),
    _f("standard_and_local_plan_columns_monthly", "xlsx", "NHS-style integrated performance report at Month 8: Ref, Measure, Lead (Trust, ICB, Council, Joint), 'Standard' typed as text ('95%', '92%', '1%', '66.7%', '18 mins', '0', '-'), 'Plan (latest month)' (the operating plan or Better Care Fund trajectory, '-' where none), monthly columns Apr-24..Nov-24 as real dates shown 'mmm-yy', 'Variance to plan' for the latest month, filled R/A/G letter, Commentary under shaded sections (urgent care, planned care and cancer, mental health, adult social care, public health); percentages as fractions under 0.0%; a key saying the RAG rates the latest month against plan, or the standard where no plan is agreed; cancer and RTT a month in arrears (November blank), a blank November rated on October, a 'TBC' October and an 'n/a' November unrated, a context count with neither standard nor plan, a measure new from July",
       "place-based integrated care partnership's integrated (council and NHS) performance report to a health and wellbeing board and health scrutiny committee", **_H26),

    # Twenty-sixth batch, hold-out part B
    _f("london_borough_scorecard_with_london_and_england_comparators", "xlsx", "Ref, Indicator, Polarity ('Higher is better' / 'Lower is better', blank for context), '2023/24 outturn', 'Q1 2024/25'..'Q3 2024/25', 'Target 2024/25', filled R/A/G letter, then under a merged 'Benchmarking (latest published)' band 'London average' | 'Period' | 'England average' | 'Period' (periods worded as each release does: '2023/24', '2023', 'Jul\u2013Sep 2024', 'Dec 23\u2013Feb 24 avg', '12 months to Dec 2024', 'Oct 2024'; 'n/a' where none is published) and 'Compared with London' (Better / Similar / Worse in Excel's Good / Neutral / Bad cell styles), Commentary, under shaded theme rows; notes under the title that the RAG is against target and the London marker is not the rating; a blank Q3 rated on Q2, an 'n/a' Q3 unrated, context measures with a '-' target and a London marker but no RAG, an annual road survey with its outturn and Q3 only, a new residents' survey with one Q3 figure, a new measure without outturn",
       "London borough quarterly corporate performance scorecard to an overview and scrutiny committee, benchmarked against the London and England averages", **_H26),
    _f("latest_and_previous_values_each_with_own_period_column", "xlsx", "one row per outcome indicator updated on its own timetable: Ref, Outcome indicator, Unit (%, \u00a3, Number, Millions, Rate per 1,000 / 100,000, Tonnes, Years), 'Previous value', 'Previous period', 'Latest value', 'Latest period', 'Change' (signed number format), 'Direction' ('\u25b2 Improving' / '\u25bc Worsening', 'New'), 'Target', filled 'Status' (On track / At risk / Off track, grey 'Context', 'Not rated'), Source, Notes under shaded outcome rows, autofilter; period cells as each release words them \u2013 '12 months to Jun 2024', 'Sep 2024' (two converted by Excel to dates shown 'mmm yyyy'), bare years some typed as numbers, 'Q2 2024/25', 'Jul\u2013Sep 2024', 'Apr\u2013Jun 2024', '2023/24', 'Academic year 2023/24', '2020 to 2022'; a 'TBC' latest value unrated, a new indicator with no previous value or period, context indicators with a '-' target",
       "combined authority strategic outcomes framework quarterly monitoring report ('latest available data') to its overview and scrutiny committee", **_H26),
    _f("adult_social_care_scorecard_with_rates_and_counts", "xlsx", "Ref (ASCOF 1A, 1C(2A), 1E, 1G, 2A(1), 2A(2), 2B(1), 2D, 4A and local L01..L06), Measure, Unit (No., Rate per 100,000, %, Score, Days), 'Good is' High/Low, '2023/24 outturn', 'Q1 2024/25'..'Q3 2024/25', 'Target 2024/25', filled RAG word, 'England 2023/24', Comments under shaded ASCOF domain rows; six measures on two rows with the same reference, the name ending '\u2013 number' then '\u2013 rate per 100,000 population aged 65+' or '\u2013 percentage of \u2026', target, 'Good is' and RAG only on the rate or percentage row, cumulative admissions; notes on populations and ratings; a blank Q3 on both reablement rows rated on Q2, an 'n/a' and a 'TBC' Q3 unrated, annual survey measures with only their 2023/24 outturn, a count and rate pair and a waiting count as context, a measure new from Q2",
       "unitary council adult social care quarterly performance scorecard, by ASCOF domain, to a health and adult social care scrutiny committee", **_H26),

    # Twenty-seventh batch, development part A
    _f("fire_and_rescue_authority_quarterly_response_times", "xlsx", "fire authority appendix: Ref, Measure, Unit (No., %, mm:ss, Rate, Days), 'Q1 24/25'..'Q3 24/25' under a merged '2024/25' band, a grey 'Q3 23/24' under 'Same quarter last year', then under 'Year to date' 'YTD 24/25 (Apr\u2013Dec)' and 'YTD target', a filled RAG word rating the year to date, Commentary under shaded incidents / casualties / prevention and protection / response / people rows; IRS incident counts, fire deaths and injuries, home fire safety visits, response times as Excel times shown mm:ss (08:41) with an mm:ss target, Fire Control call handling typed as text '1m 24s' (target '1m 30s'), availability and sickness; notes on provisional IRS data, the response time, the year to date and the RAG; a 'TBC' Q3 and year to date unrated, an 'n/a' Q3 with no year to date, a new measure without last year's quarter, monitored counts with a '\u2013' target",
       "combined fire authority's quarterly performance report (Appendix A) to its performance and scrutiny committee"),
    _f("public_health_commissioned_services_quarterly_lagged", "xlsx", "Ref, Indicator, Provider, Basis (Cumulative / In quarter / Rolling 12 months), '2023/24 outturn', a merged band per activity quarter 'Q1 2024/25 (Apr\u2013Jun)'..'Q3 2024/25 (Oct\u2013Dec)' over 'Target' | 'Actual' (annual targets profiled by quarter, '\u2013' for monitoring rows), 'Annual target 2024/25', 'Latest data' per row ('Q2 2024/25 (Apr\u2013Sep 2024)', 'Q2 2024/25 (12 months to Sep 2024)', 'Q1 2024/25', 'Q3 2024/25'), a filled RAG word rating that period, Commentary under shaded Health Checks / stop smoking / NDTMS / sexual health / health visiting rows; most Q3 actuals blank (GP claims and 4-week quits a quarter late, NDTMS ten weeks, GUMCAD two quarters), a 'TBC' Q3 and an 'n/a' Q2 unrated with the RAG on the period before, a measure new from Q2; notes on the lag, profiles, RAG and bases",
       "upper-tier council public health team's quarterly commissioned services (public health grant contracts) performance report to a health and wellbeing scrutiny committee"),
    _f("youth_justice_kpis_with_cohort_periods", "xlsx", "one sheet, two tables: 'National indicators' with Ref, Indicator, Period per row as the YJB data summary words it ('Jan 23 \u2013 Dec 23', 'Apr 2022 \u2013 Mar 2023 cohort', 'Jul 23 \u2013 Jun 24', '2023/24'), the service's figure headed by its name, 'Same period last year', grey 'YOT family' / 'South West' / 'England' comparators ('\u2013' for counts), 'Direction of travel' arrows with words, filled RAG against the family average, Comment (first time entrants rate and count, binary and frequency reoffending with cohort counts, custody rate and count, serious violence); then 'Key performance indicators' with 'Q3 2023/24'..'Q2 2024/25', 'Target 2024/25', 'YOT family (Q1 2024/25)', 'England (Q1 2024/25)', RAG, Comment (YJB KPIs 1a..10 and two local measures); a key and a note on the periods under the title; a blank Q2 rated on Q1, an 'n/a' Q2 unrated, a local measure new from Q1, context measures without target or RAG",
       "youth justice service's quarterly performance report to its Youth Justice Management Board and a children and young people scrutiny committee"),
    _f("climate_emissions_annual_against_baseline_trajectory", "xlsx", "two sheets: '1 Emissions by source' with Ref, Source, Scope, 'Figure' ('Actual' over a grey italic 'Trajectory' row), financial years '2018/19'..'2030/31' under 'Baseline' / 'Reported' / 'Trajectory to net zero' bands \u2013 actual tCO2e 2018/19..2023/24, the straight-line trajectory 2019/20..2030/31 (zero in 2030/31) \u2013 'RAG 2023/24' and Commentary, Ref/Source/Scope/RAG/Commentary merged down each pair, a bold total pair and a rail and air row recorded since 2022/23 with no trajectory; '2 Progress indicators' with Ref, Indicator, Unit (%, MWh, Number), '2018/19 (baseline)'..'2023/24', 'Target 2023/24', 'Target 2030/31', filled 'RAG 2023/24', Commentary under shaded theme rows: % reductions from the baseline with reduction targets as percentages of it, renewable MWh, EV charge points (cumulative), fleet and LED shares, a 'TBC' trees figure unrated, a one-figure green tariff row, a biennial survey, a measure new from 2022/23",
       "district or county council's climate emergency / net zero annual progress report on its own emissions to an environment and climate change overview and scrutiny committee"),

    # Twenty-seventh batch, development part B
    _f("homelessness_temporary_accommodation_snapshot_and_flow_counts", "xlsx", "housing options quarterly report at Q2: Ref (HO/TA/RS codes), Measure, 'Basis' (Flow / Snapshot / Annual), Unit (No., %, Weeks), 'Good is' (Higher/Lower, blank for context), '2023/24 outturn', 'Q1 2024/25'..'Q4 2024/25' under a '2024/25' band (Q3 and Q4 empty), 'Target 2024/25', filled RAG word, Commentary under shaded section rows; flow counts in the quarter (approaches, prevention and relief duties, main duty acceptances, outcomes in %, average weeks in temporary accommodation of those leaving) beside snapshot counts on the quarter's last day (households in TA, with children, in B&B, out of district, families in B&B over 6 weeks and 16/17 year olds in B&B against 0 targets); notes saying flow outturns are year totals and snapshot outturns the position at 31 March 2024; a blank Q2 rated on Q1, an 'n/a' Q2 unrated, a measure new at Q2, demand counts with a '\u2013' target, the rough sleeping autumn count with only its 2023/24 figure",
       "district council housing options and homelessness service's quarterly performance report (H-CLIC and temporary accommodation figures) to a housing scrutiny panel"),
    _f("customer_contact_centre_monthly_call_handling", "xlsx", "Month 8 contact centre report: Ref, Measure, Unit (No., %, 'mm:ss', 'Secs'), month columns Apr-24..Nov-24 as real dates shown 'mmm-yy', 'Target 2024/25', filled R/A/G letter, a short Trend comment, under shaded Telephone / Digital channels / Resolution and satisfaction / Complaints rows; calls offered, answered, abandoned and answered within 60 seconds as fractions under 0.0% (target 0%), average speed of answer as Excel times shown mm:ss (target 01:30), handling time and webchat wait in whole seconds, webchat and online form volumes, first contact resolution, post-call satisfaction and stage 1 complaints; notes on sources, units and the RAG; first contact resolution a month in arrears (November blank, RAG on October), a 'TBC' November unrated, an 'n/a' June, webchat new from June, demand counts and handling time with a '\u2013' target",
       "unitary or district council customer services monthly contact centre performance report to a resources and corporate scrutiny committee"),
    _f("leisure_trust_contract_monitoring_monthly_vs_last_year", "xlsx", "leisure contract KPIs 'KPI 1'..'KPI 15' with two-line headings 'This month / Nov 2024', 'Same month last year / Nov 2023', 'Year to date / Apr\u2013Nov 2024', 'Year to date last year / Apr\u2013Nov 2023', then 'Contract target', a filled compliance word (Exceeded dark green, Met green, Not met red) and 'Comments and default points', under shaded KPI group rows; notes saying targets are year-to-date profiles (month-end levels for memberships and swim school, whose year-to-date cells are greyed) and compliance rates the year to date, and how default points under the payment mechanism add up; visits, swimming, memberships, swim school pupils, concession visits, opening hours, satisfaction (quarterly survey: year to date only), complaints per 10,000 visits, exercise referrals (a new KPI without last-year figures, a count monitored with a '\u2013' target), kWh and m\u00b3 utilities with a 'TBC' month and year to date unassessed, pool water tests and RIDDOR incidents against 0",
       "district council's monthly contract monitoring report on its leisure trust operator to a communities scrutiny committee"),
    _f("highways_condition_and_defect_repair_indicators_mixed_frequency", "xlsx", "Ref, Indicator, Frequency (Annual, Monthly, Quarterly, Six-monthly, 'Monthly (Oct\u2013Apr)', 'Monthly (rolling 12 months)'), Unit (%, No.), '2022/23' and '2023/24' under an 'Outturn' band, 'Latest' and 'Period' under a 'Latest data' band, 'Target 2024/25', filled RAG word, Commentary under shaded section rows; Period cells as Excel month dates shown 'mmm yyyy' (Dec 2024, Nov 2024 for late street lighting data), 'Q3 2024/25', '2024/25' for the annual SCANNER/CVI/footway surveys, 'Apr\u2013Sep 2024' and '12 months to Dec 2024'; road condition % where maintenance should be considered beside Category 1/2 defect repairs, potholes, street lights repaired within 5 days, LED conversion, gully cleansing, salting runs, bridge inspections, claims and permits; a 'TBC' unclassified roads survey unrated, a footway baseline survey and a new first-time repair measure without outturns, demand counts with a '\u2013' target",
       "county council highways service's quarterly performance report to a place scrutiny committee, road condition surveys beside monthly and quarterly operational indicators"),

    # Twenty-seventh batch, development part C
    _f("environmental_health_food_hygiene_half_yearly", "xlsx", "half-yearly environmental health and licensing appendix: Ref (FH/EP/LI/TX codes), Measure, Unit (%, No., Days), '2023/24 (full year)', 'H1 2023/24 (Apr\u2013Sep 2023)' and 'H1 2024/25 (Apr\u2013Sep 2024)' each on two lines in one heading cell, 'Target 2024/25', filled RAG word, Commentary under shaded food safety / environmental protection and pest control / licensing / taxi and private hire rows; food hygiene interventions due and completed, inspections on time by risk category A to E, new businesses, broadly compliant (rating 3 or above) and rated 5, noise and pest control requests received and answered in time, premises, street trading and animal licences determined in time, driver licence days, DBS and NR3S checks, vehicle first-time passes; notes on the halves and RAG; a 'TBC' and an 'n/a' half unrated, context counts with a '\u2013' target, an annual survey with only 2023/24, an NR3S measure new in 2024/25",
       "shire district council environmental health and licensing service's half-year performance report to its licensing and regulatory committee"),
    _f("welsh_social_services_quarterly_with_hyphenated_years", "xlsx", "bilingual-in-parts social services scorecard: 'Cod / Code' (Performance and Improvement Framework codes AD/005, AD/011a, AD/011b, CH/012, CH/039, CA/003 beside local LL/A01, LL/C02), 'Mesur perfformiad / Performance measure', 'Uned / Unit' (%, 'Nifer / No.', 'Dyddiau / Days'), '2023-24', 'Chwarter 1 / Quarter 1 2024-25'..'Chwarter 3 / Quarter 3 2024-25', 'Targed / Target 2024-25', filled RAG word, 'Sylwadau / Commentary' under shaded 'Oedolion / Adults' and 'Plant a Phobl Ifanc / Children and Young People' rows; hyphenated years throughout, comments naming 'Q2 2024-25'; bilingual title, framework note and RAG key; safeguarding, assessments, reablement, reviews of care and support plans, children looked after and on the register, care leavers; two reablement measures with a blank Q3 rated on Q2, an 'n/a' Q2 and a 'TBC' Q3 unrated, context counts with a '-' target, a carers' measure new from Q2, an annual survey with only 2023-24",
       "Welsh county borough council's quarterly social services performance report to a social care and health scrutiny committee"),
    _f("library_and_cultural_services_cumulative_visits_against_profile", "xlsx", "cumulative quarterly culture report: Ref, Measure, 'Same period last year (Apr\u2013Dec 2023)', 'Annual target 2024/25', then a merged band per quarter 'To end of Q1 (Apr\u2013Jun 2024)'..'To end of Q4 (Apr 2024\u2013Mar 2025)' over a grey 'Profile' (the target profiled to that date) and 'Actual' (year to date), the Q4 profile filled and its actual empty, filled 'RAG (cumulative)' G/A/R letter, Commentary under shaded libraries / museums and heritage / arts, events and volunteering rows; physical and virtual visits, e-loans, issues, PC sessions, Summer Reading Challenge, enquiries, museum visits and learning sessions, events attendance, theatre tickets, volunteer hours; notes that all figures are cumulative from 1 April; a theatre row with a blank Q3 rated on Q2, a Summer Reading Challenge reported once at Q2, a 'TBC' Q3 unrated, enquiries with '-' profiles, a website new from Q2 with a 'TBC' target",
       "unitary council libraries, museums and culture service's quarterly performance report to a communities scrutiny committee"),
    _f("pension_fund_administration_service_level_kpis", "xlsx", "two sheets: 'Casework Q2' with Ref, Process, 'Legal requirement' in words, 'Service level (working days)' (10, 5, 20, 30), a band per month 'July 2024'..'September 2024' over 'No.' (cases completed) and '% in target', 'Target %', filled G/A/R letter, Commentary under shaded retirements / deaths / leavers, refunds and transfers / joiners rows, notes that 'No.' is the base of the percentage; 'Statutory and employers' with one figure a month under the same month headings, 'Target', RAG, Commentary: annual benefit statements by 31 August (August only), employer contributions by the 19th (September not yet due, rated on August), online registrations, complaints and IDRP counts with a '-' target; months with 0 cases and 'n/a' (one the latest, unrated), a McCloud remedy measure new from August with a 'TBC' target",
       "county council administering authority's quarterly Local Government Pension Scheme administration report to its pension committee and local pension board"),

    # Twenty-seventh batch, hold-out part A
    _f("police_and_crime_panel_rolling_year_versus_baseline", "xlsx", "OPCC Police and Crime Plan table: Ref (CS/VS/OJ/PS codes), 'Police and Crime Plan measure', 'Plan aim' (Reduce / Increase / Maintain / Monitor, no numeric targets), a 'Plan baseline' band over '2021/22', a merged 'Rolling 12 months' band over '12 months to Sep 2023' and '12 months to Sep 2024', a 'Change on previous 12 months' band over signed 'Volume' (pp for rates) and '%', then 'Assessment' words in green/amber/red fills (Improving / Stable / Deteriorating, or Significant reduction / Significant increase / No significant change from control charts, coloured by the direction of the aim: a significant increase red for knife crime, green for the rape charge rate) and Commentary, under shaded Plan priority rows; crime counts, neighbourhood crime per 1,000, solved (charge/summons) rates, victim satisfaction, 999 and 101 call handling in seconds and %, fractions under 0.0%; key and source under the table; a 'TBC' latest road casualty figure, a Monitor measure and a new survey with only its latest figure 'Not assessed', an 'n/a' 999 baseline",
       "police and crime commissioner's half-yearly Police and Crime Plan performance report to the police and crime panel", **_H27),
    _f("internal_audit_and_governance_kpis_to_audit_committee", "xlsx", "Appendix B of an internal audit progress report: title, 'position as at 31 December 2024 (Quarter 3)', meeting line and notes on cumulative measures, RAG rule and markers above the table; Ref (IA/IG/GV codes), Performance indicator, '2023/24 outturn', 'Q1 2024/25'..'Q4 2024/25' (Q4 empty), 'Target 2024/25', filled R/A/G letter, Commentary under shaded internal audit / agreed actions / information governance / governance rows; plan delivered to draft report cumulative with its target typed '90% by year end (profile: Q1 20%, Q2 45%, Q3 70%)', timeliness targets in words ('10 working days'), questionnaire satisfaction, productive days, recommendations implemented by the agreed date, FOI and subject access on time, breaches reported to the ICO against 0, fractions under 0.0%; a blank Q3 rated on Q2, a 'TBC' Q3 and an 'n/a' Q2 unrated, context counts with a '\u2013' target, a training measure new from Q2, a standards self-assessment with one result in words rated amber",
       "Head of Internal Audit's quarterly progress report, with the service's KPIs and information governance measures, to a council's audit and governance committee", **_H27),
    _f("send_ehcp_timeliness_calendar_year_and_rolling", "xlsx", "SEND appendix with three merged bands: 'Calendar year (SEN2, published)' over '2022', '2023'; grey 'Comparators (SEN2, 2023)' over 'England 2023', 'Statistical neighbours 2023'; 'Local data (provisional)' over 'Rolling 12 months to Oct 2024' and real-date months Aug-24..Oct-24 ('mmm-yy'); then Target, a filled RAG word headed 'RAG (rolling 12 months)' (not the latest month), Commentary under shaded sections; new EHC plans within 20 weeks excluding and including exceptions, plans issued and requests received, 6-week decisions, annual reviews on time, amended plans, mediation, tribunal appeals registered and decided for the family, an annual parent survey; fractions under 0.0%, '\u2013' for comparators not published and no target; notes on SEN2, the local data and the RAG; a 2022 'n/a', a 'TBC' rolling and October count, a measure new from September without a rolling figure (unrated), tribunal outcomes not reported monthly, a survey with one 2023 figure",
       "county or unitary council's SEND performance report on EHC plan timeliness to a children and young people scrutiny committee, national calendar-year figures beside local rolling and monthly data", **_H27),

    # Twenty-seventh batch, hold-out part B
    _f("complaints_and_ombudsman_quarterly_by_stage", "xlsx", "complaints team's quarterly table: Ref (CF01..CF17), Measure ('% of ...' for rates), two-row heading with a merged '2024/25' band over 'Q1 (Apr\u2013Jun)'..'Q4 (Jan\u2013Mar)' (Q4 empty) and 'Year to date', a grey 'Full year' under '2023/24', 'Target 2024/25', filled RAG word, Comments, under shaded Stage 1 / statutory social care / Stage 2 / Ombudsman / Compliments rows; counts received, % answered within 10 and 20 working days, % upheld, % escalated, LGSCO decisions and % of detailed investigations upheld, Housing Ombudsman determinations and % maladministration, % of Ombudsman remedies on time, compliments; percentages as fractions under 0.0%; notes give the timescales, the year to date (1 April to 31 December) and that RAG rates the latest quarter, for timeliness rows only; a blank Q3 rated on Q2 (comment says so), a 'TBC' Q3 and year to date, an 'n/a' Q2 (no determinations), a Complaint Handling Code measure new from Q2 without year to date, an annual LGSCO letter figure in 2023/24 only",
       "council's quarterly complaints, compliments and Ombudsman (LGSCO and Housing Ombudsman) report to a standards and governance committee", **_H27),
    _f("housing_delivery_annual_with_cumulative_plan_period", "xlsx", "Authority Monitoring Report headline indicators kept like a housing trajectory: Ref (MI1..MI17), Indicator merged down over an 'Actual' row and, where there is one, a 'Requirement' or 'Target' row (label in an unheaded column), Unit (No., %, Years, sq m, MW, \u00a3), the Local Plan's monitoring years '2019/20'..'2023/24' under a merged 'Monitoring year (1 April \u2013 31 March)' band, filled 'RAG 2023/24' letter, Commentary under shaded sections; net additional dwellings over the 640 annual requirement, cumulative dwellings since 1 April 2019 over a cumulative requirement rising 640 a year, affordable homes, brownfield share, commitments at 31 March, five-year land supply in years at 1 April after the year, Housing Delivery Test % for the three years ending with the column, pitches, self-build, employment floorspace with a net loss in brackets, town-centre vacancy, CIL and s106 \u00a3; notes say what the cumulative, land supply and HDT rows cover; an HDT 'TBC', an 'n/a' survey year, biodiversity net gain new with one figure and target, CIL from 2021/22",
       "district council's Authority Monitoring Report headline indicators (housing delivery against the Local Plan requirement) to a place overview and scrutiny committee", **_H27),
    _f("employment_and_skills_dashboard_year_ending_periods", "xlsx", "economy dashboard of official statistics, each row on its own period typed as the source writes it: Ref (ES01..ES23), Indicator, Source, then under a 'Latest figure' band Period ('year ending Jun 2024', 'Oct 2024', 'Sep 2024 (p)', 'Dec 2023\u2013Feb 2024 average', 'Jan\u2013Dec 2023', '2023/24 academic year', '2023/24 financial year', the number 2023, 'April 2024 (p)'), Combined authority, North West, England, Great Britain ('\u2013' where not published), under a 'Previous figure' band Period ('year ending Mar 2024', 'Sep 2024', 'Aug 2024 (r)', '2022/23 academic year', 2022, 'April 2023 (r)') and Combined authority, a 'Direction of change' word in coloured font (\u25b2 Better / \u25bc Worse / \u25ba Little change / \u2013), Notes, under shaded theme rows; APS, claimant count, UC, NEET, qualifications, apprenticeships, adult skills, business demography, BRES, ASHE and productivity figures in points, counts and \u00a3; no targets or ratings (a note says so); a 'TBC' latest figure, a new measure with no previous figure",
       "mayoral combined authority's economy, employment and skills dashboard of official statistics to its economy and skills overview and scrutiny committee", **_H27),
)  # fmt: skip

PLANNED = [
    "achieved_annual",
    "annual_outturns",
    "camms_interplan",
    "committee_appendix",
    "dashboard_tiles",
    "date_headings",
    "fill_only_rag",
    "fingertips_download",
    "good_performance_result",
    "inphase_export",
    "key_sheet_symbols",
    "lgbf_benchmark",
    "lginform_download",
    "mislabelled_value_column",
    "monthly_wide",
    "no_period_stated",
    "numerator_denominator",
    "offset_hidden_rows",
    "opendata_csv",
    "pentana_export",
    "percent_format",
    "powerbi_long",
    "quarter_blocks",
    "sheets_per_portfolio",
    "text_targets",
    "tick_symbols",
    "transposed_table",
    "two_tables_one_sheet",
    "typed_values",
    "unmapped_symbol",
    "welsh_bilingual",
    "words_in_values",
    "ytd_comparators",
]


# The second batch's 24 names were fixed before any of its fixtures was written,
# and half were drawn with random.Random(2026).sample(sorted(PLANNED_2), 12) as
# the second hold-out set. The development half was published first with only
# this digest of "\n".join(sorted(PLANNED_2)), which the list must still match.
PLANNED_2_SHA256 = "5a5a4530cf323d58decdd2f32aceaed320053b51d39352158df5a5e5a772d3f9"

PLANNED_2 = [
    "alternating_actual_target_rows",
    "baseline_column",
    "brag_blue_status",
    "confidence_intervals",
    "csv_metadata_header",
    "cumulative_ytd_monthly",
    "directional_targets",
    "duplicate_rows_conflict",
    "excel_date_mangled",
    "half_year_columns",
    "mixed_fraction_percent",
    "month_range_headings",
    "multiline_headings",
    "not_yet_due_cells",
    "ods_calc_scorecard",
    "period_end_dates",
    "powerbi_matrix_stepped",
    "repeated_period_heading",
    "revised_provisional_markers",
    "side_by_side_years",
    "symbol_rag_heading",
    "tolerance_column",
    "variance_pp_columns",
    "welsh_only_rag",
]


# The third batch's 24 names were fixed before any of its fixtures was written,
# and half were drawn with random.Random(3).sample(sorted(PLANNED_3), 12) as the
# third hold-out set. The development half may be published first with only
# this digest of "\n".join(sorted(PLANNED_3)), which the list must still match.
PLANNED_3_SHA256 = "24321a5759ae5e1cc23421db153ea0324ddcf7105132388bdba63a5668fb2be6"

PLANNED_3 = [
    "accounting_negatives",
    "calendar_year_quarters",
    "dfe_ees_tidy",
    "exceptions_report_red_only",
    "footnotes_and_sources",
    "kpi_form_pages",
    "mixed_frequency_wide",
    "narrative_numbers_commentary",
    "nbsp_and_text_numbers",
    "numeric_rag_key_row",
    "ofsted_grades_status",
    "owner_metadata_columns",
    "pam_data_cymru",
    "polarity_arrows",
    "profiled_quarter_targets",
    "quarter_snapshot_sheets",
    "rank_and_quartile_columns",
    "section_subtotal_rows",
    "spc_assurance_icons",
    "summary_counts_above_table",
    "target_in_name",
    "text_month_headings",
    "title_period_only",
    "year_rows_under_title",
]

# The fourth batch's 12 names were fixed before any of its fixtures was written,
# and a third of them drawn with random.Random(4).sample(sorted(PLANNED_4), 4) as
# the fourth hold-out set; "\n".join(sorted(PLANNED_4)) has this digest. The other
# eight are ideas for the development set, not yet written.
PLANNED_4_SHA256 = "96ae397006784fb6048e2ab24e3ce7bcc13cea21a03da521933228f1d385938c"

PLANNED_4 = [
    "contract_kpis_supplier",
    "emoji_rag",
    "latest_period_column",
    "number_and_rate_subcolumns",
    "percent_of_target_column",
    "pivot_table_export",
    "power_query_unpivoted",
    "qlik_totals_first",
    "shared_service_two_councils",
    "tableau_crosstab_utf16",
    "top_quartile_targets",
    "value_flag_column",
]


# The fifth batch's 18 names were fixed before any of its fixtures was written,
# and a third of them drawn with random.Random(5).sample(sorted(PLANNED_5), 6) as
# the fifth hold-out set. The digest of "\n".join(sorted(PLANNED_5)) was published
# first; the list is now published with the hold-out set and must still match it.
PLANNED_5_SHA256 = "fbcaffe059f66c1d2e388e182571a82216d9ea86a40090b5a08e5897adafc6dd"

PLANNED_5 = [
    "blank_spacer_columns",
    "combined_value_target_cell",
    "cover_contents_glossary_sheets",
    "forecast_and_actual_columns",
    "green_red_threshold_columns",
    "indicator_description_columns",
    "merged_name_two_measure_rows",
    "merged_portfolio_column",
    "money_values_with_suffixes",
    "null_markers_mixed",
    "outline_grouped_detail_rows",
    "previous_latest_dated_headings",
    "repeated_header_rows_print",
    "satisfaction_scores_out_of_ten",
    "sharepoint_list_export",
    "target_year_columns_differ",
    "trend_words_column",
    "welsh_headings_only",
]


# The sixth batch's 18 names were fixed before any of its fixtures was written, and a
# third of them drawn with random.Random(6).sample(sorted(PLANNED_6), 6) as the sixth
# hold-out set. The digest of "\n".join(sorted(PLANNED_6)) was published first; the
# list is now published with the hold-out set and must still match it.
PLANNED_6_SHA256 = "de097a191b0a39aee03ce8ddc25dba3357695372496ed3f797d697a7cdb41ee3"

PLANNED_6 = [
    "actions_sheet_beside_kpis",
    "csv_windows_1252_multiline",
    "definitions_block_below_table",
    "durations_as_clock_times",
    "five_level_rag_scale",
    "name_merged_across_columns",
    "neighbour_councils_columns",
    "percent_change_arrow_in_cell",
    "quarterly_plus_annual_total",
    "rag_word_with_reason",
    "reverse_chronological_quarters",
    "suppressed_small_numbers",
    "target_and_stretch_columns",
    "targets_on_separate_sheet",
    "value_with_rag_letter",
    "wingdings_font_status",
    "wrapped_wide_table_two_panels",
    "year_written_once_over_months",
]


# The seventh batch's 18 names were fixed before any of its fixtures was written, and a
# third of them drawn with random.Random(7).sample(sorted(PLANNED_7), 6) as the seventh
# hold-out set. The digest of "\n".join(sorted(PLANNED_7)) was published first; the
# list is now published with the hold-out set and must still match it.
PLANNED_7_SHA256 = "dd966f8473c72028699906697b7d2df98112f1e5efa7db09c09b060343fd07a2"

PLANNED_7 = [
    "annual_value_merged_across_quarters",
    "bilingual_workbook_two_sheets",
    "budget_forecast_variance_finance",
    "cell_comments_commentary",
    "code_in_name_brackets",
    "conditional_format_rag",
    "cumulative_and_in_quarter_columns",
    "excel_error_values",
    "local_and_national_code_columns",
    "long_narrative_then_table",
    "of_which_sub_rows",
    "previous_status_column",
    "rag_vs_target_and_vs_last_year",
    "status_icon_file_names",
    "table_continued_on_second_sheet",
    "target_band_two_columns",
    "target_met_yes_no_column",
    "yes_no_measures",
]


# The eighth batch's 18 names were fixed before any of its fixtures was written, and a
# third of them drawn with random.Random(8).sample(sorted(PLANNED_8), 6) as the eighth
# hold-out set. The digest of "\n".join(sorted(PLANNED_8)) was published first; the
# list is now published with the hold-out set and must still match it.
PLANNED_8_SHA256 = "041cd450691ac103e9051cea4d281b4e23d2fd2ad67da215091bb7dd24789048"

PLANNED_8 = [
    "colour_scale_heatmap",
    "commentary_merged_over_rows",
    "count_with_percent_in_cell",
    "decimal_outline_numbers",
    "finance_period_numbers",
    "headline_block_repeats_indicators",
    "hidden_columns_working_figures",
    "hyperlink_formula_names",
    "months_with_quarter_totals",
    "name_and_definition_in_one_cell",
    "quartile_coloured_comparator_cells",
    "rag_and_arrow_one_cell",
    "sheet_per_financial_year",
    "struck_through_withdrawn_rows",
    "target_with_plus_minus_tolerance",
    "tenant_satisfaction_measures",
    "two_level_section_rows",
    "units_row_under_headings",
]


# The ninth batch's 18 names were fixed before any of its fixtures was written, and a
# third of them drawn with random.Random(9).sample(sorted(PLANNED_9), 6) as the ninth
# hold-out set. The digest of "\n".join(sorted(PLANNED_9)) was published first; the
# list is now published with the hold-out set and must still match it.
PLANNED_9_SHA256 = "2b6a45fb39c9f9becc40160151be6069e492354cb144bade601db353ad12e38c"

PLANNED_9 = [
    "accounting_dash_zero",
    "calendar_year_numeric_headings",
    "comment_column_per_quarter",
    "date_as_result",
    "fy_prefixed_year_headings",
    "grouped_under_rag_headings",
    "name_wrapped_onto_second_row",
    "portfolio_filled_once_per_group",
    "quarter_sections_down_the_sheet",
    "rating_dot_before_name",
    "relative_targets_in_words",
    "risk_register_sheet_beside",
    "school_terms_columns",
    "some_rows_without_codes",
    "status_in_sentences",
    "tables_side_by_side",
    "this_year_last_year_abbreviations",
    "three_heading_levels",
]


# The tenth batch's 18 names were fixed before any of its fixtures was written, and a
# third of them drawn with random.Random(10).sample(sorted(PLANNED_10), 6) as the tenth
# hold-out set. The digest of "\n".join(sorted(PLANNED_10)) was published first; the
# list is now published with the hold-out set and must still match it.
PLANNED_10_SHA256 = "d3bd1b7e6ee66a2e3934584902bd2977c406e43b99bdc848709c967cf6c49d99"

PLANNED_10 = [
    "apostrophe_month_years",
    "ascof_codes_rates_per_100k",
    "autofilter_showing_reds_only",
    "chart_data_block_beside_dashboard",
    "compact_quarter_codes",
    "comparators_of_an_earlier_year",
    "data_validation_status_list",
    "formulas_without_cached_values",
    "hidden_sheet_previous_quarter",
    "indicator_heading_quarter_rows",
    "locality_breakdown_columns",
    "quarter_end_month_headings",
    "quartile_boundary_comparators",
    "targets_per_year_in_one_cell",
    "thousands_units_heading",
    "value_with_base_in_brackets",
    "week_number_columns",
    "year_rows_quarter_columns",
]


def development() -> list[Fixture]:
    return [f for f in FIXTURES if not f.holdout]


HOLDOUT_SETS = (
    "holdout",
    "holdout2",
    "holdout3",
    "holdout4",
    "holdout5",
    "holdout6",
    "holdout7",
    "holdout8",
    "holdout9",
    "holdout10",
    "holdout12",
    "holdout14",
    "holdout15",
    "holdout16",
    "holdout17",
    "holdout18",
    "holdout19",
    "holdout20",
    "holdout21",
    "holdout22",
    "holdout23",
    "holdout24",
    "holdout25",
    "holdout26",
    "holdout27",
)


def holdout(set_name: str = "holdout") -> list[Fixture]:
    """One hold-out set: the first by default, 'holdout2' to 'holdout27' for the later draws."""
    return [f for f in FIXTURES if f.holdout and f.holdout_set == set_name]


def by_name(name: str) -> Fixture:
    for fixture in FIXTURES:
        if fixture.name == name:
            return fixture
    raise KeyError(name)


# The twelfth batch's 18 names were fixed before any of its fixtures was written, and a
# third of them drawn with random.Random(12).sample(sorted(PLANNED_12), 6) as its hold-out
# set (holdout12). The digest of "\n".join(sorted(PLANNED_12)) was published first; the
# list is now published with the hold-out set and must still match it.
PLANNED_12_SHA256 = "f9ceda61a71006e145c00d880e9b6b937d4e1df4ef687c45b83154da8d51947f"

PLANNED_12 = [
    "abbreviated_sub_headings",
    "actuals_and_targets_tables_stacked",
    "approximate_and_estimated_values",
    "as_at_date_cell",
    "blank_row_under_headings",
    "cumulative_range_headings",
    "dashboard_sheet_linked_to_data_sheet",
    "icon_set_traffic_lights",
    "interleaved_year_on_year_quarters",
    "macro_enabled_xlsm",
    "period_split_across_columns",
    "quarters_listed_in_one_cell",
    "row_numbers_as_references",
    "spelled_out_quarter_names",
    "tolerance_status_words",
    "welsh_month_headings",
    "year_sections_down_the_sheet",
    "yyyymm_month_codes",
]


# The fourteenth batch's 18 names were fixed before any of its fixtures was written, and a
# third of them drawn with random.Random(14).sample(sorted(PLANNED_14), 6) as its hold-out
# set (holdout14). The digest of "\n".join(sorted(PLANNED_14)) was published first; the
# list is now published with the hold-out set and must still match it.
PLANNED_14_SHA256 = "a496542e3e45c81522651a2e690a8844049f49d89ef5e42da3d2cc153fb46201"

PLANNED_14 = [
    "annual_target_with_quarter_profile",
    "apse_family_group_benchmarks",
    "balanced_scorecard_perspectives",
    "biennial_survey_results",
    "frequency_column_monthly_grid",
    "google_sheets_export",
    "local_and_national_targets",
    "measures_grouped_over_quarters",
    "milestone_measures_mixed_with_kpis",
    "mixed_year_types_in_one_column",
    "quarter_on_quarter_change_column",
    "ratings_on_separate_sheet",
    "sample_size_columns",
    "smartsheet_export",
    "superscript_footnote_marks_on_figures",
    "transition_ratings_amber_green",
    "unit_in_name_brackets",
    "year_heading_only_over_first_quarter",
]


# The fifteenth batch's 18 names were fixed before any of its fixtures was written, and a
# third of them drawn with random.Random(15).sample(sorted(PLANNED_15), 6) as its hold-out
# set (holdout15). The digest of "\n".join(sorted(PLANNED_15)) was published first; the
# list is now published with the hold-out set and must still match it.
PLANNED_15_SHA256 = "ae779814c64048f4275a49c686604c406f3a715010c939beb393ccc5b680fe1d"

PLANNED_15 = [
    "annual_measures_in_q4_column",
    "area_column_in_long_export",
    "budget_sheet_before_kpi_sheet",
    "cross_cutting_indicator_repeated_in_sections",
    "data_month_in_latest_column_heading",
    "font_coloured_bullet_status",
    "measure_type_column_snapshot_or_cumulative",
    "monthly_columns_with_average_columns",
    "period_column_in_mixed_wordings",
    "polarity_marked_by_footnote_symbol",
    "rag_words_misspelt_and_padded",
    "restated_previous_quarter_column",
    "status_reason_codes_column",
    "target_ranges_in_words",
    "total_and_two_part_sub_rows",
    "transposed_with_target_rows",
    "unicode_minus_signs",
    "year_ending_march_headings",
]


# The sixteenth batch's 18 names were fixed before any of its fixtures was written, and a
# third of them drawn with random.Random(16).sample(sorted(PLANNED_16), 6) as its hold-out
# set (holdout16). The digest of "\n".join(sorted(PLANNED_16)) was published first; the
# list is now published with the hold-out set and must still match it.
PLANNED_16_SHA256 = "fd9d47b0aa7cd1af769916a2bdcd4eac8c945d59b1e0de8ef5250318ba1ee1e6"

PLANNED_16 = [
    "actual_target_rag_row_triplets",
    "arrow_column_after_each_quarter",
    "breakdown_column_in_wide_table",
    "councils_as_rows_own_row_highlighted",
    "cumulative_flag_in_unit_column",
    "in_quarter_and_cumulative_sub_rows",
    "last_year_in_brackets_after_value",
    "long_export_value_type_rows",
    "measure_blocks_across_quarters",
    "merged_year_column_in_long_table",
    "new_indicators_without_figures",
    "quarterly_rag_among_month_columns",
    "rolling_thirteen_month_columns",
    "serial_number_dates_in_long_export",
    "target_revised_mid_year",
    "text_dates_day_first_headings",
    "this_month_last_month_columns",
    "ytd_and_annual_target_columns",
]


# The seventeenth batch's 18 names were fixed before any of its fixtures was written, and a
# third of them drawn with random.Random(17).sample(sorted(PLANNED_17), 6) as its hold-out
# set (holdout17). The digest of "\n".join(sorted(PLANNED_17)) was published first; the
# list is now published with the hold-out set and must still match it.
PLANNED_17_SHA256 = "fd867a6eef5d18fae835d85f8f60c9acd7796803cad9b7a1c1542dcd9745d193"

PLANNED_17 = [
    "as_at_date_column_per_row",
    "centre_across_selection_headings",
    "chart_sheets_between_data_sheets",
    "external_link_formulas_cached",
    "future_quarters_showing_formula_zeros",
    "headings_bilingual_in_one_cell",
    "lettered_sub_indicators_under_parent",
    "percent_format_spilled_onto_count_rows",
    "percentage_change_measures_negative_targets",
    "power_query_column1_headings",
    "previous_years_then_current_quarters",
    "quarter_heading_with_month_range_in_brackets",
    "reporting_lag_column",
    "statswales_download",
    "this_quarter_last_quarter_columns",
    "three_year_plan_target_column",
    "value_and_note_in_one_cell_line_break",
    "very_hidden_sheet_old_figures",
]


# The eighteenth batch's 18 names were fixed before any of its fixtures was written, and a
# third of them drawn with random.Random(18).sample(sorted(PLANNED_18), 6) as its hold-out
# set (holdout18). The digest of "\n".join(sorted(PLANNED_18)) was published first; the
# list is now published with the hold-out set and must still match it.
PLANNED_18_SHA256 = "32b41dacdd5ba05fc6d0a05f09c070160be0a7fa1fd6b8bf034e2c5abf1e421e"

PLANNED_18 = [
    "bare_year_headings_financial_per_note",
    "date_range_headings_day_level",
    "dynamic_array_spill_ranges",
    "indent_only_sub_measures",
    "key_in_text_box_shape",
    "local_and_published_figures_same_period",
    "long_export_in_quarter_and_ytd_columns",
    "meeting_dates_as_column_headings",
    "period_only_in_sheet_names",
    "period_start_end_date_columns_long",
    "plan_actual_variance_per_month",
    "provisional_and_final_columns_same_quarter",
    "rag_formulas_with_hidden_threshold_columns",
    "rich_text_value_and_arrow_runs",
    "sheets_split_by_reporting_frequency",
    "strict_open_xml_workbook",
    "target_merged_down_over_sub_rows",
    "values_block_then_ratings_block",
]


# The nineteenth batch's 18 names were fixed before any of its fixtures was written, and a
# third of them drawn with random.Random(19).sample(sorted(PLANNED_19), 6) as its hold-out
# set (holdout19). The digest of "\n".join(sorted(PLANNED_19)) was published first; the
# list is now published with the hold-out set and must still match it.
PLANNED_19_SHA256 = "10479424992954ad7934b17486523fbc3dcb2c3a5662d4a7f16dd4f70f3602dc"

PLANNED_19 = [
    "airtable_grid_csv",
    "comparator_cells_with_year_in_brackets",
    "custom_number_format_units",
    "ditto_marks_in_target_column",
    "fiscal_quarter_codes_fy25_q1",
    "four_digit_year_pair_headings",
    "html_markup_in_exported_text_cells",
    "key_in_heading_cell_note",
    "note_text_merged_across_unreported_quarters",
    "period_only_in_print_header_footer",
    "rag_fill_on_name_cell_only",
    "sections_with_their_own_period_headings",
    "six_digit_financial_year_codes",
    "statistical_significance_status_words",
    "status_as_pasted_pictures",
    "us_format_text_dates_long_export",
    "used_range_to_last_excel_row",
    "value_font_colour_is_the_rating",
]


# The twentieth batch's 18 names were fixed before any of its fixtures was written, and a
# third of them drawn with random.Random(20).sample(sorted(PLANNED_20), 6) as its hold-out
# set (holdout20). The digest of "\n".join(sorted(PLANNED_20)) was published first; the
# list is now published with the hold-out set and must still match it.
PLANNED_20_SHA256 = "36e622681650347495a999d46581d74e23efdd893fbd7a3ec11edfe8c2afbb86"

PLANNED_20 = [
    "code_and_name_on_two_lines_in_one_cell",
    "csv_with_title_rows_and_trailing_commas",
    "custom_status_words_with_key_below_table",
    "footer_print_date_and_title_period",
    "half_yearly_figures_merged_over_quarter_pairs",
    "in_quarter_target_column",
    "misspelt_column_headings",
    "numeric_indicator_ids",
    "q4_column_headed_year_end",
    "quarter_ending_date_headings",
    "rag_as_cross_in_one_of_three_columns",
    "rag_then_value_per_quarter",
    "rank_among_neighbours_as_text",
    "section_headings_with_rag_counts",
    "target_and_stretch_in_one_cell",
    "target_by_deadline_date",
    "year_end_column_then_next_year_quarters",
    "year_type_column_in_long_export",
]


# The twenty-first batch's 18 names were fixed before any of its fixtures was written, and a
# third of them drawn with random.Random(21).sample(sorted(PLANNED_21), 6) as its hold-out
# set (holdout21). The digest of "\n".join(sorted(PLANNED_21)) was published first; the
# list is now published with the hold-out set and must still match it.
PLANNED_21_SHA256 = "b46dcc192086ba966a0aebe60d701163bfe4610b84ba5dab23f6e5859da69777"

PLANNED_21 = [
    "chart_space_rows_between_indicators",
    "code_column_at_far_right",
    "codes_restarting_in_each_section",
    "every_field_merged_over_two_columns",
    "five_year_outturns_then_year_to_date_column",
    "half_year_subtotal_columns_between_quarters",
    "key_panel_beside_table_on_same_rows",
    "long_csv_without_heading_row",
    "ons_square_bracket_shorthand_markers",
    "polarity_in_name_brackets",
    "quarter_rows_year_columns_per_indicator",
    "quarter_target_and_actual_column_pairs",
    "rag_with_score_prefix",
    "recovery_date_column",
    "relative_quarter_headings_with_dates_row_below",
    "whole_number_percentages_with_percent_in_heading",
    "year_average_column_after_quarters",
    "year_quarter_codes_without_year_type",
]


# The twenty-second batch's 18 names were fixed before any of its fixtures was written, and a
# third of them drawn with random.Random(22).sample(sorted(PLANNED_22), 6) as its hold-out
# set (holdout22). The digest of "\n".join(sorted(PLANNED_22)) was published first; the
# list is now published with the hold-out set and must still match it.
PLANNED_22_SHA256 = "2214122416aefdbdc76b652a6ad4935296de1a7f656e26c0171c14f17a724a96"

PLANNED_22 = [
    "bounded_values_less_than_greater_than",
    "duration_text_values",
    "format_and_decimal_places_columns",
    "formula_built_period_headings",
    "four_weekly_period_headings",
    "group_bands_over_performance_benchmarks_and_targets",
    "hidden_date_row_above_display_headings",
    "month_snapshot_sheets_with_month_and_ytd_columns",
    "numerator_denominator_rows_under_each_rate",
    "numeric_quarter_numbers_under_year_band",
    "ordinal_quarter_headings",
    "period_prefix_in_value_cells",
    "quarter_blocks_with_differing_sub_columns",
    "quarter_headings_with_months_elapsed",
    "rag_columns_against_target_england_and_neighbours",
    "rag_with_date_in_status_cell",
    "reporting_quarter_selector_with_relative_headings",
    "unheaded_rag_and_trend_columns",
]


# The twenty-third batch's 18 names were fixed before any of its fixtures was written, and a
# third of them drawn with random.Random(23).sample(sorted(PLANNED_23), 6) as its hold-out
# set (holdout23). The digest of "\n".join(sorted(PLANNED_23)) was published first; the
# list is now published with the hold-out set and must still match it.
PLANNED_23_SHA256 = "844e63ef7b391a8dca4fc65a0925474066a1b6c16de78142c7f3b79e4b65ee96"

PLANNED_23 = [
    "displayed_rounding_hides_stored_decimals",
    "exceeded_met_not_met_status_words",
    "footnote_numbers_on_period_headings",
    "legacy_xls_with_merged_year_bands",
    "monitoring_only_indicators_without_targets",
    "pipe_delimited_text_export",
    "plus_minus_equals_trend_signs",
    "print_area_excluding_older_columns",
    "priority_codes_on_section_rows",
    "quartile_position_words_beside_figures",
    "rolling_four_quarter_average_column",
    "short_and_long_term_trend_columns",
    "source_and_frequency_metadata_columns",
    "tab_separated_export_saved_as_csv",
    "team_breakdown_rows_under_each_indicator",
    "week_commencing_column_headings",
    "x_of_y_counts_in_cells",
    "year_to_date_and_same_period_last_year_columns",
]


# The twenty-fourth batch's 18 names were fixed before any of its fixtures was written, and a
# third of them drawn with random.Random(24).sample(sorted(PLANNED_24), 6) as its hold-out
# set (holdout24). The digest of "\n".join(sorted(PLANNED_24)) was published first; the
# list is now published with the hold-out set and must still match it.
PLANNED_24_SHA256 = "b5ec5bf2367de36bc3dff275e3ca2e9596efd1d24f984483e8de0b41a17230fe"

PLANNED_24 = [
    "benchmarking_table_below_main_table",
    "councils_as_columns_own_column_highlighted",
    "database_field_name_headings",
    "in_quarter_and_cumulative_in_one_cell",
    "indicator_codes_that_look_like_periods",
    "last_updated_and_next_due_date_columns",
    "long_reason_texts_in_missing_value_cells",
    "mixed_scale_actual_and_target_columns",
    "month_span_sub_headings_under_year_band",
    "ordinal_day_date_headings",
    "period_ids_with_lookup_sheet",
    "quarter_row_above_year_row",
    "quarterly_targets_listed_in_one_cell",
    "slash_fraction_counts_in_cells",
    "spaced_and_dashed_quarter_headings",
    "summary_sheet_plus_detail_sheets",
    "two_grouping_columns_directorate_and_service",
    "unformatted_serial_date_headings",
]


# The twenty-fifth batch's 18 names were fixed before any of its fixtures was written, and a
# third of them drawn with random.Random(25).sample(sorted(PLANNED_25), 6) as its hold-out
# set (holdout25). The digest of "\n".join(sorted(PLANNED_25)) was published first; the
# list is now published with the hold-out set and must still match it.
PLANNED_25_SHA256 = "39d807b6849d3408a15f975869210acc6393f822b531ae4062c8310bfa044941"

PLANNED_25 = [
    "bilingual_heading_rows_welsh_above_english",
    "every_indicator_row_merged_two_rows_high",
    "formula_blank_strings_in_unreported_quarters",
    "month_number_range_headings",
    "months_newest_first",
    "number_format_displays_status_words",
    "outcome_rows_with_their_own_overall_rating",
    "pattern_fill_ratings_for_monochrome_print",
    "portfolio_from_code_prefix_key",
    "portfolio_holder_names_as_section_rows",
    "quarter_start_date_headings",
    "rag_merged_down_over_sub_measures",
    "theme_colour_fills_as_ratings",
    "three_level_section_rows_portfolio_directorate_service",
    "true_false_cells_as_results",
    "values_written_with_per_cent_words",
    "year_written_in_indicator_name_rows",
    "zero_targets_for_never_events",
]


# The twenty-sixth batch's 18 names were fixed before any of its fixtures was written, and a
# third of them drawn with random.Random(26).sample(sorted(PLANNED_26), 6) as its hold-out
# set (holdout26). The digest of "\n".join(sorted(PLANNED_26)) was published first; the
# list is now published with the hold-out set and must still match it.
PLANNED_26_SHA256 = "91a2ae6936aa4d4801732e5228b6b625fda672d706a42f256938fdcf168cfb80"

PLANNED_26 = [
    "ssrs_export_spacer_columns_and_textbox_headings",
    "capitalised_section_rows_without_styling",
    "four_monthly_tertial_columns",
    "latest_and_previous_values_each_with_own_period_column",
    "vulgar_fraction_characters_in_values",
    "district_council_full_quarterly_appendix",
    "standard_and_local_plan_columns_monthly",
    "county_council_landscape_print_scorecard",
    "unitary_monthly_dashboard_with_ytd_and_forecast",
    "london_borough_scorecard_with_london_and_england_comparators",
    "welsh_council_self_assessment_measures_table",
    "housing_landlord_monthly_kpis_with_rolling_year_and_quartile",
    "adult_social_care_scorecard_with_rates_and_counts",
    "childrens_services_scorecard_with_statistical_neighbours",
    "waste_and_recycling_cumulative_monthly_tonnages",
    "planning_applications_quarterly_major_minor_other_rows",
    "revenues_and_benefits_collection_rates_vs_last_year",
    "corporate_health_indicators_with_mixed_units",
]


# The twenty-seventh batch's 18 names were fixed before any of its fixtures was written, and a
# third of them drawn with random.Random(27).sample(sorted(PLANNED_27), 6) as its hold-out
# set (holdout27). The digest of "\n".join(sorted(PLANNED_27)) was published first; the
# list is now published with the hold-out set and must still match it.
PLANNED_27_SHA256 = "d95fa0265a3c839f2b8017c1b9a6ff365c446c027f59468415987209e0c8ba20"

PLANNED_27 = [
    "police_and_crime_panel_rolling_year_versus_baseline",
    "fire_and_rescue_authority_quarterly_response_times",
    "public_health_commissioned_services_quarterly_lagged",
    "youth_justice_kpis_with_cohort_periods",
    "climate_emissions_annual_against_baseline_trajectory",
    "homelessness_temporary_accommodation_snapshot_and_flow_counts",
    "internal_audit_and_governance_kpis_to_audit_committee",
    "customer_contact_centre_monthly_call_handling",
    "leisure_trust_contract_monitoring_monthly_vs_last_year",
    "highways_condition_and_defect_repair_indicators_mixed_frequency",
    "send_ehcp_timeliness_calendar_year_and_rolling",
    "complaints_and_ombudsman_quarterly_by_stage",
    "housing_delivery_annual_with_cumulative_plan_period",
    "environmental_health_food_hygiene_half_yearly",
    "welsh_social_services_quarterly_with_hyphenated_years",
    "employment_and_skills_dashboard_year_ending_periods",
    "library_and_cultural_services_cumulative_visits_against_profile",
    "pension_fund_administration_service_level_kpis",
]
