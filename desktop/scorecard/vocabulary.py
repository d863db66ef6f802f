"""The one table of column headings councils use, and a scoring matcher over it."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from desktop.scorecard.model import Polarity as _Polarity
from desktop.scorecard.model import Rag as _Rag
from desktop.scorecard.model import Role as _Role
from desktop.scorecard.model import role_key

_Direction = Literal["improving", "worsening", "up", "down", "same"]

# role -> headings that mean it (written naturally; normalised once at import time).
# Comparators are in COMPARATOR_HEADINGS, by the name the app shows them under.
SYNONYMS: dict[_Role, tuple[str, ...]] = {
    "code": (
        "cyfeirnod",
        "ref",
        "reference",
        "code",
        "pi",
        "pi ref",
        "pi code",
        "kpi",
        "kpi ref",
        "kpi code",
        "kpi no",
        "kpi number",
        "pi no",
        "pi number",
        "indicator code",
        "indicator ref",
        "measure code",
        "measure ref",
        "measure id",
        "indicator id",
        "id",
        "no",
        "ref no",
        "indicator reference",
        "lpi",
        "npi",
        "ni",
        "code and title",
    ),
    "name": (
        "dangosydd",
        "dangosydd perfformiad",
        "indicator",
        "indicator name",
        "measure",
        "measure name",
        # a budget monitoring table's row label ('Line', 'Budget line')
        "line",
        "budget line",
        "line description",
        "budget heading",
        "description",
        "pi name",
        "pi description",
        "kpi name",
        "kpi description",
        "performance indicator",
        "key performance indicator",
        "indicator title",
        "title",
        "measure description",
        "indicator description",
        "metric",
        "kpi title",
        "indicator short name",
        "short name",
        "measure title",
        "performance measure",
        "indicator full name",
        "definition name",
    ),
    "portfolio": (
        "portfolio",
        "directorate",
        "theme",
        "priority",
        "department",
        "cabinet portfolio",
        "outcome",
        "corporate priority",
        "domain",
        "category",
        "council priority",
    ),
    "service": ("service", "service area", "team", "division", "sub theme", "service name"),
    "period": (
        "period",
        "quarter",
        "month",
        "year",
        "time period",
        "reporting period",
        "date",
        "financial year",
        "period name",
        "timeperiod",
        "time period name",
        "fin year",
        "academic year",
        "reporting year",
        "as at",
        "time",
        # a warehouse's month key, 202404 ('YearMonth', 'yyyymm')
        "yearmonth",
        "year month",
        "yyyymm",
        "month key",
    ),
    "actual": (
        "actual",
        "actuals",
        "value",
        "amount",
        "outturn",
        "result",
        "performance",
        "latest",
        "current",
        "latest value",
        "latest actual",
        "actual value",
        "current performance",
        "latest performance",
        "current value",
        "figure",
        "score",
        "data",
        "position",
        "actual performance",
        "outturn value",
        "count value",
        "value real",
        "rate",
        "percentage achieved",
        "achievement",
        "most recent",
        "most recent value",
        "most recent figure",
        "reported value",
        "reported figure",
        # a year's figure the plan measures from ("Baseline (2019/20)"): that year's value
        "baseline",
        "baseline figure",
        "baseline value",
        "baseline position",
        "act",
    ),
    "target": (
        "targed",
        "target",
        "targets",
        "annual target",
        "target value",
        "year end target",
        "ambition",
        "long term ambition",
        "long term target",
        "goal",
        "aim value",
        "benchmark target",
        "target figure",
        "quarterly target",
        # the target of the figure to date or of the period alone ('Year to date target',
        # 'In quarter target'): which figure it goes with, the figures' own headings say
        "year to date target",
        "target year to date",
        "ytd target",
        "target ytd",
        "target to date",
        "cumulative target",
        "in quarter target",
        "target in quarter",
        "in month target",
        "target in month",
        "profiled target",
        "tgt",
        "profile",
        "target profile",
        # the council's own target, named so beside others (a stretch or national target)
        "council target",
        "council s target",
        "corporate target",
        "local target",
        "our target",
        "own target",
    ),
    "rag": (
        "statws",
        "rag",
        "status",
        "rating",
        "performance status",
        "rag status",
        "rag rating",
        "performance rating",
        "traffic light",
        "assessment",
        "red amber green",
        "rag rated",
        "g a r",
        "r a g",
        "brag",
        "brag status",
        "brag rating",
        "target met",
        "target achieved",
        # a yes/no question about the target, answered Y/N in each row
        "met",
        "met target",
        "on target",
        "hit target",
        "target hit",
        "target reached",
        "within target",
        "achieved y n",
        "met y n",
        "on target y n",
        "met not met",
        "achieved not achieved",
    ),
    "polarity": (
        "polarity",
        "good is",
        "good performance",
        "good performance is",
        "aim",
        "bigger or smaller is better",
        "higher or lower is better",
        "is higher better",
        "better is",
        "direction of good",
        "what good looks like",
        "one is high",
        "ranking type",
        "rank order",
        "good",
        "desired direction",
        "polarity high low",
        "better when",
        "better if",
        "good when",
        "is better when",
    ),
    "numerator": ("numerator", "num", "count", "number achieved", "cases"),
    "denominator": ("denominator", "denom", "base", "population", "out of", "cohort"),
    "direction": (
        "direction of travel",
        "dot",
        "trend",
        "direction",
        "travel",
        "trend arrow",
        "short term trend",
        "change since last period",
        "improving or declining",
    ),
    "commentary": (
        "sylwadau",
        "commentary",
        "comments",
        "comment",
        "narrative",
        "notes",
        "note",
        "latest note",
        "latest comment",
        "latest update",
        "explanation",
        "officer comments",
        "remarks",
        "analysis",
        "update",
        "progress",
        "exception report",
    ),
    "unit": ("unit", "units", "measure unit", "unit of measure", "format", "y axis unit"),
    "owner": (
        "owner",
        "lead officer",
        "responsible officer",
        "accountable officer",
        "lead",
        "portfolio holder",
        "cabinet member",
        "lead member",
        "responsible member",
        "lead councillor",
        "indicator owner",
        "measure owner",
        "responsible manager",
        "head of service",
        "director",
    ),
    "exempt": ("exempt", "part 2", "confidential", "part ii", "restricted"),
    "area": (
        "area",
        "area name",
        "area code",
        "la",
        "la name",
        "la code",
        "local authority",
        "local authority name",
        "local authority code",
        "council",
        "council name",
        "ons code",
        "la_code",
        "la_name",
        "authority",
        "geography",
        "geography name",
        "geography code",
        "region",
        "region name",
        "lad",
        "lad code",
        "lad name",
        "organisation",
        "organisation name",
        "old la code",
        "new la code",
        "lgbf council",
        "ons_code",
        "area type",
        "areacode",
        "areaname",
    ),
    # columns that are known and deliberately not imported (no "not recognised" warning)
    "ignore": (
        "year range",  # Fingertips: how many years a figure spans (1, 3, 5), not a period
        "long term trend",
        "time period sortable",
        "time period range",
        # how often the measure is reported ('Frequency': Monthly, Q, A): what a row's figure
        # in a month covers (``FREQUENCY_WORDS``), no figure of its own
        "frequency",
        "reporting frequency",
        "update frequency",
        "freq",
        "frequency of reporting",
        "reporting cycle",
        "collection frequency",
        "measure frequency",
        "data frequency",
        "periodicity",
        "how often",
        "how often reported",
        "amlder",
        "data source",
        "source",
        "lower ci",
        "upper ci",
        "lower confidence interval",
        "upper confidence interval",
        "confidence interval",
        "lowerci95",
        "upperci95",
        "lowerci99",
        "upperci99",
        "rank",
        "quartile",
        # a position among similar councils, not a figure of the measure
        "ranking",
        "rank position",
        "league position",
        "position in group",
        "quartile position",
        "percentile",
        "percentile rank",
        "sex",
        "age",
        "area type",
        "grouping",
        "data type",
        "datatype",
        "last updated",
        # a list's or a system's record of each row (SharePoint, Dataverse, form exports)
        "modified",
        "created",
        "modified by",
        "created by",
        "last modified",
        "last modified by",
        "date modified",
        "date created",
        "edited",
        "edited by",
        "author",
        "editor",
        "item type",
        "content type",
        "path",
        "attachments",
        "version",
        "app created by",
        "app modified by",
        "date updated",
        "indicator type",
        "timestamp",
        "key",
        "row id",
        # what is expected, not what happened: a forecast is no period's figure
        "forecast",
        "forecast outturn",
        "projected outturn",
        "projection",
        "projected",
        "year end forecast",
        "forecast year end",
        "projected year end",
        "predicted",
        "prediction",
        "likely",
        "anticipated",
        "predicted outturn",
        "expected outturn",
        "anticipated outturn",
        "likely outturn",
        "outturn forecast",
        "forecast position",
        "projected position",
        "forecast year end position",
        "anticipated year end",
        "expected year end",
        "predicted year end",
        "year end estimate",
        "estimated year end",
        "year end projection",
        "year end prediction",
        # arithmetic on the figures, not figures: variance and change columns, interval ends
        "variance",
        "variance to target",
        "variance from target",
        "variance against target",
        "% variance",
        "gap to target",
        "distance from target",
        "distance to target",
        "deviation from target",
        "over under target",
        "under over target",
        "var",
        "change",
        "change on last year",
        "change on previous quarter",
        "change since last year",
        "difference",
        "diff",
        "tolerance",
        "lcl",
        "ucl",
        "lower limit",
        "upper limit",
        "95% lower ci",
        "95% upper ci",
        "lower 95% ci",
        "upper 95% ci",
        # a PivotTable's or a crosstab's sum across the period columns: no period's figure
        "grand total",
        "grand totals",
        "row total",
        "row totals",
        "total result",
        "cyfanswm cyffredinol",
        # a survey's base: how many answered, not a result of the measure
        "respondents",
        "number of respondents",
        "no of respondents",
        "responses",
        "number of responses",
        "no of responses",
        "sample size",
        "survey base",
        "base size",
        "unweighted base",
        "weighted base",
        "base n",
        "atebwyr",
        "nifer yr atebwyr",
    ),
}

# comparator (as the app names it) -> headings that mean a column of its figures
COMPARATOR_HEADINGS: dict[str, tuple[str, ...]] = {
    "England": ("england", "england average", "england value", "eng", "england avg"),
    "National": ("national", "national average", "national value", "uk average"),
    "London": ("london", "london average", "inner london", "outer london"),
    "Regional": (
        "regional",
        "region average",
        "regional average",
        "regional value",
        "north west",
        "north east",
        "south east",
        "south west",
        "east midlands",
        "west midlands",
        "yorkshire and the humber",
        "east of england",
    ),
    "Statistical neighbours": (
        "statistical neighbours",
        "statistical neighbour",
        "stat neighbours",
        "stat neighbour",
        "stat. neighbours",
        "sn",
        "sn average",
        "sn avg",
        "statistical neighbour average",
        "statistical neighbours average",
        "cipfa neighbours",
        "cipfa nearest neighbours",
        "nearest neighbours",
        "comparator average",
        "nearest neighbour average",
        "neighbours average",
        "cipfa average",
        "cipfa group average",
        "cipfa neighbours average",
        "similar councils average",
        "similar authorities average",
        "comparator group average",
    ),
    "Family group": ("family group", "family group average", "family average"),
    "Same period last year": (
        "same period last year",
        "last year",
        "previous year",
        "same quarter last year",
        "prior year",
        "same period previous year",
    ),
    "Scotland": ("scotland", "scottish average", "scotland average"),
    "Wales": ("wales", "wales average", "welsh average"),
}

# the comparator a heading such as 'Same quarter last year' gives until a period places it
LAST_YEAR_COMPARATOR = "Same period last year"
# the comparator a column of a region's figures gives
REGIONAL_COMPARATOR = "Regional"

# Headings as a scorecard written in Welsh only gives them (a Welsh-language committee's
# report): the same fields as above, in Welsh. Mutated forms a heading takes after an article
# or a preposition ('y targed', 'uned fesur') are listed where councils write them.
WELSH_HEADINGS: dict[_Role, tuple[str, ...]] = {
    "code": ("cyf", "cyf rhif", "cod", "cod dangosydd", "cyfeirnod dangosydd",
             "cyfeirnod y dangosydd", "rhif y dangosydd", "rhif dangosydd"),
    "name": ("dangosyddion", "mesur", "mesur perfformiad", "enw r dangosydd", "enw dangosydd",
             "disgrifiad", "disgrifiad o r dangosydd", "teitl", "teitl y dangosydd",
             "dangosydd perfformiad allweddol"),
    "portfolio": ("portffolio", "cyfarwyddiaeth", "thema", "blaenoriaeth", "adran",
                  "amcan llesiant", "amcan", "blaenoriaeth gorfforaethol"),
    "service": ("gwasanaeth", "maes gwasanaeth"),
    "period": ("cyfnod", "cyfnod adrodd", "chwarter", "mis", "blwyddyn", "blwyddyn ariannol",
               "dyddiad"),
    "actual": ("gwirioneddol", "gwerth", "gwerth gwirioneddol", "canlyniad", "perfformiad",
               "perfformiad gwirioneddol", "alldro", "ffigur", "ffigwr", "llinell sylfaen"),
    "target": ("targedau", "y targed", "targed blynyddol", "targed chwarterol",
               "targed diwedd blwyddyn"),
    "rag": ("statws rag", "statws perfformiad", "coch ambr gwyrdd", "gradd", "graddfa"),
    "polarity": ("polaredd",),
    "numerator": ("rhifiadur",),
    "denominator": ("enwadur",),
    "direction": ("cyfeiriad teithio", "tuedd", "cyfeiriad"),
    "commentary": ("sylw", "sylwebaeth", "naratif", "esboniad", "diweddariad", "cynnydd"),
    "unit": ("uned", "unedau", "uned fesur"),
    "owner": ("perchennog", "swyddog arweiniol", "swyddog cyfrifol", "aelod cabinet",
              "aelod arweiniol", "pennaeth gwasanaeth", "deilydd portffolio"),
    "exempt": ("eithriedig", "cyfrinachol", "rhan 2"),
    "ignore": ("amrywiant", "rhagolwg", "ffynhonnell", "ffynhonnell data", "amlder", "safle",
               "chwartel"),
}  # fmt: skip
WELSH_COMPARATOR_HEADINGS: dict[str, tuple[str, ...]] = {
    "Wales": ("cymru", "cyfartaledd cymru"),
    "Same period last year": ("blwyddyn flaenorol", "y llynedd", "llynedd",
                              "yr un cyfnod y llynedd"),
}  # fmt: skip
for _role, _words in WELSH_HEADINGS.items():
    SYNONYMS[_role] = SYNONYMS[_role] + _words
for _name, _words in WELSH_COMPARATOR_HEADINGS.items():
    COMPARATOR_HEADINGS[_name] = COMPARATOR_HEADINGS[_name] + _words

# Area names that are groups, never a council: their rows become comparators.
AREA_COMPARATORS: dict[str, str] = {
    "england": "England",
    "scotland": "Scotland",
    "wales": "Wales",
    "great britain": "National",
    "united kingdom": "National",
    "uk": "National",
    "england and wales": "National",
    "london": "London",
    "inner london": "London",
    "outer london": "London",
    "north east": "Regional",
    "north west": "Regional",
    "yorkshire and the humber": "Regional",
    "yorkshire and humber": "Regional",
    "east midlands": "Regional",
    "west midlands": "Regional",
    "east of england": "Regional",
    "east": "Regional",
    "south east": "Regional",
    "south west": "Regional",
    "statistical neighbours": "Statistical neighbours",
    "statistical neighbour average": "Statistical neighbours",
    "cipfa neighbours": "Statistical neighbours",
    "cipfa nearest neighbours": "Statistical neighbours",
    "scottish average": "Scotland",
    "scotland average": "Scotland",
}

# Area cells that are sums over other rows, never an area of their own.
NOT_AREAS = frozenset({"total", "grand total", "all", "all areas", "total england", "totals"})

# The lines above a many-area table ('Report: Oldham in context', 'Prepared by: Oldham
# Council', 'Local authority: Oldham') name the council it is about; a line labelled so
# ('Comparators: England; Bolton, Bury') or the words of a title from such a word on
# ('Oldham compared with its neighbours') name its comparators instead
# (``layout/named_area.py``).
COMPARATOR_WORDS = re.compile(
    r"\b(?:comparators?|compared|(?:comparison|benchmark(?:ed|ing)?)\s+(?:with|to|against)"
    r"|neighbou?rs?|peers?|versus|vs|against|family\s+group)\b",
    re.IGNORECASE,
)
# a council named as such, whether or not its rows are in the table: 'Oldham Council',
# 'Bolton Metropolitan Borough Council', 'Kirklees MBC', 'London Borough of Sutton',
# 'Royal Borough of Greenwich' ('Council Tax' is no council)
COUNCIL_NAMED = re.compile(
    r"(?P<before>(?:[A-Z][\w'’.-]*|upon|on|under|in|and|&)"
    r"(?:[ -](?:[A-Z][\w'’.-]*|upon|on|under|in|and|&))*?)"
    r"\s+(?:Metropolitan\s+|County\s+)?(?:Borough\s+|City\s+|District\s+|County\s+)?"
    r"(?:Council|MBC)\b(?!\s+(?:[Tt]ax|[Hh]ousing))"
    r"|\b(?:London|Royal)\s+Borough\s+of\s+"
    r"(?P<after>[A-Z][\w'’-]*(?:[ -](?:upon|on|[A-Z][\w'’-]*))*)"
)
# words before 'Council' that name no council of its own ('the Council', 'Full Council',
# 'Town Council', 'Parish Council')
NOT_COUNCIL_NAMES = frozenset(
    {"the", "this", "our", "your", "full", "town", "parish", "county", "city", "borough",
     "district", "combined", "community", "cabinet", "executive", "and", "&", "in", "on",
     "upon", "under", "a", "an", "each", "every", "other", "unitary", "metropolitan", "local",
     "lead", "host", "partner", "member", "youth", "arts", "research", "sport", "sports",
     "housing", "advisory", "report", "prepared", "produced", "source"}
)  # fmt: skip
# labels of a line that gives the council's name as its value ('Local authority: Oldham')
AREA_LINE_LABELS = frozenset(
    {"area", "area name", "local authority", "local authority name", "la", "la name",
     "council", "council name", "authority", "authority name", "organisation",
     "organisation name", "reporting authority", "reporting council"}
)  # fmt: skip
# a capitalised word just before an area's name that leaves it the area's name ('The Oldham
# Plan', 'For Oldham'); any other ('Jane Sutton') makes it part of a person's or a longer name
BEFORE_AREA_NAME = frozenset({"the", "of", "for", "in", "by", "and", "to", "about", "on"})

# A heading that is only a unit names the value column ("%" beside Numerator and
# Denominator), but only as the whole heading: "% change" or "% of target" is something else.
UNIT_ONLY_VALUE_HEADINGS = frozenset({"%", "percentage", "percent", "per cent", "% achieved"})

# Units a superscript after is their power ("m²", "km³"), not a footnote mark.
POWER_UNITS = frozenset({"mm", "cm", "m", "km", "ft", "yd", "mi", "in", "sq"})

# Headings of a column worked out from the figures beside it: the share of the target achieved
# ("% of target achieved", "Actual as % of target", "Performance against target") or the gap to
# it ("Variance to target"). Beside both a value column and a target column such a column is
# arithmetic on them, not a figure, a rating or a target, and is left out; alone ("% achieved"
# as the only value column) it is the figure. Matched on ``normalise``d headings.
_SHARE = r"(?:%|percent|per cent|percentage|proportion|share)"
_VERSUS = r"(?:of|against|to|vs|v|versus|compared to|compared with)"
DERIVED_HEADING = re.compile(
    rf"{_SHARE} (?:of )?target (?:achieved|met|reached|attained)"
    rf"|{_SHARE} {_VERSUS} (?:the )?target"
    rf"|\bas (?:a )?{_SHARE} of (?:the )?target"
    rf"|\b(?:performance|actual|actuals|outturn|result|achievement) {_VERSUS} (?:the )?target"
    r"|\b(?:variance|difference|gap|distance|deviation) (?:to|from|against|vs|v) (?:the )?target"
    r"|\b(?:over|under) ?/? ?(?:over|under) target"
    rf"|^{_SHARE} (?:achieved|achievement)$|^achievement$"
)


def is_derived_heading(heading: str) -> bool:
    """True for a heading of arithmetic on the figures beside it (see ``DERIVED_HEADING``)."""
    return bool(DERIVED_HEADING.search(normalise(heading)))


# Headings that name a period relative to the one the report is about ("This quarter",
# "Last month", "Previous"): (the kind of period, or None for whatever the title names; steps
# from it). They are placed from the period a title row, the sheet name or the file name
# names; with none named anywhere their figures are in no period, and the file is held.
RELATIVE_PERIODS: dict[str, tuple[str | None, int]] = {
    "this month": ("month", 0), "current month": ("month", 0), "latest month": ("month", 0),
    "last month": ("month", -1), "previous month": ("month", -1), "prior month": ("month", -1),
    "this period": (None, 0), "current period": (None, 0), "latest period": (None, 0),
    "last period": (None, -1), "previous period": (None, -1), "prior period": (None, -1),
    "previous": (None, -1), "prior": (None, -1), "last": (None, -1),
    "previous figure": (None, -1), "previous value": (None, -1), "previous result": (None, -1),
    "last reported": (None, -1), "previously reported": (None, -1),
    "this year": ("financial_year", 0), "current year": ("financial_year", 0),
    "this quarter": ("quarter", 0), "current quarter": ("quarter", 0),
    "latest quarter": ("quarter", 0), "this qtr": ("quarter", 0), "current qtr": ("quarter", 0),
    "previous quarter": ("quarter", -1), "last quarter": ("quarter", -1),
    "prior quarter": ("quarter", -1), "previous qtr": ("quarter", -1),
    "last qtr": ("quarter", -1),
    "same quarter last year": ("quarter", -4), "same quarter previous year": ("quarter", -4),
    "same quarter prior year": ("quarter", -4), "same period last year": ("quarter", -4),
    "same month last year": ("month", -12), "same month previous year": ("month", -12),
    "same month prior year": ("month", -12), "same month a year ago": ("month", -12),
    "same month in the previous year": ("month", -12),
}  # fmt: skip
# a heading naming only the kind of the report's own period ('Month' | 'YTD' on a sheet for
# September 2024): over figures, that month's or quarter's own figures where the title or the
# sheet's name names one (a 'Month' of period names is a long table's period column)
OWN_PERIOD_HEADINGS: dict[str, str] = {
    "month": "month", "mth": "month", "quarter": "quarter", "qtr": "quarter",
}  # fmt: skip
# the same period a year before the report's own, whether the title names a quarter or a month
SAME_PERIOD_LAST_YEAR = frozenset(
    {"same period last year", "same period previous year", "same period prior year",
     "same time last year", "same point last year", "same period a year ago"}
)  # fmt: skip
# "Current", "Latest": the report's own period, but read so only beside a column counted
# back from it ("Previous" and "Current"); alone, such a column is a snapshot
CURRENT_HEADINGS = frozenset(
    {"current", "latest", "current value", "latest value", "current performance",
     "latest performance", "current position", "latest position", "current figure",
     "latest figure", "current result", "latest result", "now"}
)  # fmt: skip
# words saying a month's figure counts from the start of the year ("Cumulative to end of
# month", "Jun YTD"): the figure under 'Jun' covers April to June
CUMULATIVE_WORDS = ("cumulative", "ytd", "year to date", "to end of month")
# a sentence above a table keying a mark some rows carry ('Measures marked (cumulative) ...',
# 'Indicators flagged YTD ...'): about those rows, not every column
MARK_KEY = re.compile(
    r"\b(?:marked|flagged|labell?ed|denoted|annotated|indicated\s+by)\b", re.IGNORECASE
)
# ... and one saying those rows count from the start of the financial year
# words saying a count starts at the beginning of the (financial) year, in a key or a note
_FROM_START_OF_YEAR = r"\bfrom\s+the\s+(?:start|beginning)\s+of\s+the\s+(?:financial\s+)?year\b"
KEYED_FROM_APRIL = re.compile(
    r"\bfrom\s+(?:the\s+)?(?:1(?:st)?\s+)?april\b"
    r"|" + _FROM_START_OF_YEAR + r"|\b(?:financial\s+)?year[\s-]+to[\s-]+date\b",
    re.IGNORECASE,
)
# "Last year" is the same period a year before in a quarterly report (a comparator), and the
# year before the one named in an annual report's title (its figures)
# words in a rating column's heading saying it rates the year before ('Status same quarter
# last year', 'RAG vs prior year'): not a second rating of the period's own performance
A_YEAR_BACK_WORDS = ("last year", "previous year", "prior year", "a year ago", "year ago")

LAST_YEAR_HEADINGS = frozenset(
    {"last year", "previous year", "prior year", "last year actual", "previous year actual",
     "last year outturn", "previous year outturn", "prior year outturn"}
)  # fmt: skip
# the year to date at the end of the quarter the title names
YEAR_TO_DATE = frozenset(
    {"year to date", "ytd", "cumulative year to date", "ytd actual", "actual ytd",
     "actual to date", "to date", "year to date actual", "actual year to date", "cumulative",
     "cumulative actual", "actual cumulative", "cumulative to date", "cumulative ytd",
     "spend to date", "outturn to date", "performance to date", "result to date",
     "financial year to date", "fytd", "value to date", "figure to date",
     "achieved to date", "delivered to date", "ytd total", "total ytd", "total to date",
     "year to date total", "total year to date", "ytd performance", "ytd value", "ytd figure",
     "ytd result", "ytd outturn", "cumulative total", "ytd position", "position to date",
     # the same words the other way round ('Performance YTD', 'Outturn YTD')
     "performance ytd", "value ytd", "figure ytd", "result ytd", "outturn ytd", "position ytd",
     "performance year to date", "outturn year to date", "result year to date"}
)  # fmt: skip
# A relative heading that names its own period ("Latest (Dec 2024)", "Previous: Q2 2024/25",
# "Current position as at 31/12/2024") is that period's figure. The words that may join the
# relative words to the period they name, said last ("... as at", "... for"):
DATED_HEADING_LINKS = (
    "as at", "as of", "at", "for", "to", "to end of", "at end of", "end of", "ending",
    "up to",
)  # fmt: skip
# Headings of arithmetic between two figures beside them: with the periods compared in
# brackets ("Change (Nov 2024 to Dec 2024)") they are still arithmetic, not a figure
CHANGE_HEADINGS = frozenset(
    {"change", "difference", "diff", "movement", "variance", "var", "monthly change",
     "quarterly change", "annual change", "change on previous", "change since previous",
     "change on last month", "change on last quarter", "change on last year", "% change",
     "percentage change"}
)  # fmt: skip
# a heading of arithmetic against another figure, normalised ('Variance to last year',
# 'Difference from England', 'Change vs Q2', '% variance against profile'): the gap between
# two figures, never either of them (a comparator's words after it name what is compared)
CHANGE_AGAINST = re.compile(
    r"(?:%\s*)?(?:variance|var|difference|diff|change|movement|gap)\s+"
    r"(?:to|from|vs|v|versus|against|on|with|since|compared\s+(?:to|with))\b"
)
# the first word of a relative heading that goes on with a value word ("Previous outturn",
# "Latest actual", "Last reported result")
RELATIVE_LEADS = ("latest", "current", "previous", "prior", "last", "this", "last reported")

# Headings of an indicator dictionary (a file of definitions: LGBF indicator information,
# the LAIT data dictionary, Fingertips metadata), by what the column holds. The code column
# is any heading the scorecard vocabulary reads as a code, or one of these.
DICTIONARY_HEADINGS: dict[str, tuple[str, ...]] = {
    "code": ("variable name", "measure code", "indicator code", "indicator id", "measure id"),
    "name": (
        "measure",
        "indicator",
        "title",
        "name",
        "indicator name",
        "measure name",
        "indicator title",
        "measure title",
    ),
    "unit": ("unit", "units", "y axis name", "unit of measure", "measure unit", "value type"),
    "number format": ("numberformat", "number format", "format"),
    "description": (
        "description",
        "definition",
        "indicator definition",
        "measure description",
        "definition and rationale",
    ),
}

# Sheet names that never hold the scorecard.
SKIP_SHEET_WORDS: tuple[str, ...] = (
    "cover",
    "contents",
    "notes",
    "note",
    "definitions",
    "definition",
    "guidance",
    "readme",
    "read me",
    "about",
    "metadata",
    "glossary",
    "introduction",
    "intro",
    "instructions",
    "key",
    "lookup",
    "lookups",
    "index",
    "info",
    "information",
    "deflators",
    "changes",
    "version",
    "front",
    "title",
    "methodology",
    "sources",
    "chart",
    "charts",
    "dropdowns",
    "lists",
    "calc",
    "calculations",
    "settings",
    "abbreviations",
    "acronyms",
    "document control",
    "version control",
    "version history",
    "revision history",
    "change log",
    "changelog",
    "amendments",
    "table of contents",
    "toc",
    "terms",
    "how to use",
    "user guide",
    "clawr",  # Welsh: cover
    "cynnwys",  # Welsh: contents
    "geirfa",  # Welsh: glossary
    "nodiadau",  # Welsh: notes
)
# the last word of a sheet's name that says it holds no scorecard ('Explanatory notes',
# 'Table of contents', 'Data sources', 'Glossary of terms' ends otherwise: first word)
SKIP_SHEET_LAST_WORDS = frozenset(
    {"notes", "contents", "glossary", "definitions", "abbreviations", "acronyms", "sources",
     "guidance", "instructions", "methodology", "history", "log"}
)  # fmt: skip

_NON_WORD = re.compile(r"[^0-9a-z%£]+")


def alternatives(words: Iterable[str]) -> str:
    """A regular expression's alternatives matching any of ``words`` as written, the
    longest first ('no more than' before 'no more')."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def normalise(text: object) -> str:
    """Lower-case words only: "KPI Ref." -> "kpi ref", "Stat. neighbours" -> "stat neighbours"."""
    if text is None:
        return ""
    if isinstance(text, str) and len(text) <= 200:
        return _normalise(text)
    return _NON_WORD.sub(" ", str(text).lower().replace("_", " ")).strip()


@lru_cache(maxsize=16384)
def _normalise(text: str) -> str:
    return _NON_WORD.sub(" ", text.lower().replace("_", " ")).strip()


@dataclass(frozen=True, slots=True)
class Match:
    field: _Role
    score: float  # 1.0 exact heading, less for a heading that only contains a synonym
    comparator: str | None = None  # the comparator's name when ``field`` is "comparator"


_Meaning = tuple[_Role, str | None]  # a role and, for a comparator, its name


def _meanings() -> list[tuple[_Meaning, tuple[str, ...]]]:
    roles: list[tuple[_Meaning, tuple[str, ...]]] = [((f, None), w) for f, w in SYNONYMS.items()]
    return roles + [(("comparator", n), w) for n, w in COMPARATOR_HEADINGS.items()]


def _build() -> tuple[dict[str, _Meaning], list[tuple[tuple[str, ...], _Meaning]]]:
    exact: dict[str, _Meaning] = {}
    phrases: list[tuple[tuple[str, ...], _Meaning]] = []
    for meaning, words in _meanings():
        for word in words:
            key = normalise(word)
            exact.setdefault(key, meaning)
            phrases.append((tuple(key.split()), meaning))
    phrases.sort(key=lambda item: -len(item[0]))
    return exact, phrases


_EXACT, _PHRASES = _build()
# short synonyms that only count as the whole heading, never inside a longer one
_WHOLE_ONLY = frozenset(
    {
        "no",
        "id",
        "num",
        "sn",
        "eng",
        "la",
        "lad",
        "pi",
        "ni",
        "dot",
        "base",
        "aim",
        "good",
        "data",
        "line",
    }
)


def mapping_keys() -> list[str]:
    """Every role a column may be mapped to, as a saved mapping writes it."""
    return [role_key(role) for role in SYNONYMS] + [
        role_key("comparator", name) for name in COMPARATOR_HEADINGS
    ]


def heading_field(text: object) -> _Role | None:
    """The role a text names when it is, whole, a known heading ("Target", "Comments")."""
    found = _EXACT.get(normalise(text))
    return found[0] if found is not None else None


def match(text: object) -> Match | None:
    """Best field for a heading, or None. Whole-heading matches beat partial ones."""
    return _match(normalise(text))


@lru_cache(maxsize=8192)
def _match(key: str) -> Match | None:
    if not key:
        return None
    exact = _EXACT.get(key)
    if exact is not None:
        return Match(exact[0], 1.0, exact[1])
    words = key.split()
    best: Match | None = None
    for phrase, candidate in _PHRASES:
        if len(phrase) == 1 and phrase[0] in _WHOLE_ONLY:
            continue
        position = _find(words, phrase)
        if position < 0:
            continue
        # a phrase at the start of the heading, covering more of it, scores higher
        score = 0.4 + 0.4 * len(phrase) / len(words) + (0.1 if position == 0 else 0.0)
        if best is None or score > best.score:
            best = Match(candidate[0], round(score, 3), candidate[1])
    return best


def _find(words: list[str], phrase: tuple[str, ...]) -> int:
    """Where the phrase first starts among the words, or -1. Only the places holding its
    first word are compared, so a long commentary cell costs one pass per phrase."""
    size = len(phrase)
    if size == 0:
        return 0
    stop = len(words) - size + 1
    start = 0
    while start < stop:
        try:
            start = words.index(phrase[0], start, stop)
        except ValueError:
            return -1
        if tuple(words[start : start + size]) == phrase:
            return start
        start += 1
    return -1


_AREA_AFFIXES = re.compile(
    r"^(london borough of |royal borough of |city and county of |county of )"
    r"|( metropolitan borough council| metropolitan district council| borough council"
    r"| city council| county council| district council| county borough council| council"
    r"| la| local authority| mbc| bc| cc| dc| city of| county of)$"
)


def area_key(name: object) -> str:
    """An area's name for matching: "Trafford Council" and "trafford" are the same area."""
    key = normalise(name)
    stripped = _AREA_AFFIXES.sub("", key).strip()
    stripped = _AREA_AFFIXES.sub("", stripped).strip()
    return stripped or key


def area_comparator(name: object) -> str | None:
    """The comparator an area row stands for ("England", "Regional" ...), or None for a council."""
    key = normalise(name)
    if key in AREA_COMPARATORS:
        return AREA_COMPARATORS[key]
    if key.startswith("family group"):
        return "Family group"
    if key.endswith(" region") and key[: -len(" region")] in AREA_COMPARATORS:
        return "Regional"
    return None


def is_skipped_sheet(name: str) -> bool:
    """Cover, notes, contents, definitions and similar sheets hold no scorecard."""
    words = normalise(name).split()
    return bool(words) and (
        words[0] in SKIP_SHEET_WORDS
        or normalise(name) in SKIP_SHEET_WORDS
        or words[-1] in SKIP_SHEET_LAST_WORDS
    )


# ---------------------------------------------------------------- targets typed as words
# written before the number: "Minimum 98%", "at least 95%", "≥ 97%" (higher is better) ...
TARGET_AT_LEAST: tuple[str, ...] = (
    "at least", "minimum of", "minimum", "min.", "min", "no less than", "not less than",
    "no fewer than", "more than", "greater than", "above", "over", "exceed", "exceeding",
    ">=", "=>", "≥", ">",
)  # fmt: skip
# ... or lower is better: "Maximum 2.5%", "no more than 110", "< 30%", "below 28 days"
TARGET_AT_MOST: tuple[str, ...] = (
    "at most", "maximum of", "maximum", "max.", "max", "no more than", "not more than",
    "no greater than", "not exceeding", "less than", "fewer than", "below", "under",
    "up to", "<=", "=<", "≤", "<",
)  # fmt: skip
# written after the number: "80% or above", "95%+" / "10 or fewer"
TARGET_AFTER_AT_LEAST: tuple[str, ...] = (
    "or above", "or more", "or higher", "or over", "or greater", "and above", "and over",
    "plus", "+",
)  # fmt: skip
TARGET_AFTER_AT_MOST: tuple[str, ...] = (
    "or below", "or less", "or lower", "or fewer", "or under", "and below", "and under",
)  # fmt: skip

# a word labelling a target cell's figure as the target, written before it ('Target 65 per
# cent', 'Tgt: 85%', 'Aim 95%'): it adds nothing to the figure. Welsh: targed
TARGET_CELL_LABELS: tuple[str, ...] = ("target", "tgt", "tgt.", "aim", "goal", "targed")

# A target written as a change by so much ('Reduce by 20%', 'at least 10% reduction',
# 'a 5% increase', 'Reduction of 3%'): the verbs (taken with 'by') and the nouns, by way.
# 'Reduce to 33%' is a level, not a change: it is a TARGET_AT_MOST word's.
CHANGE_TARGET_VERBS: dict[str, str] = {
    "reduce": "fall", "decrease": "fall", "cut": "fall", "lower": "fall", "bring down": "fall",
    "increase": "rise", "raise": "rise", "grow": "rise", "improve": "rise",
}  # fmt: skip
CHANGE_TARGET_NOUNS: dict[str, str] = {
    "reduction": "fall", "decrease": "fall", "cut": "fall", "fall": "fall", "drop": "fall",
    "increase": "rise", "rise": "rise", "growth": "rise",
}  # fmt: skip
# what may stand before the change: 'at least 10% reduction', 'a minimum 5% increase'
CHANGE_TARGET_LEADS: tuple[str, ...] = (
    "at least", "a minimum of", "a minimum", "minimum of", "minimum", "min", "no less than", "a",
    "an",
)  # fmt: skip
# a zero target with its meaning in brackets: '0 (no increase)', '0% (no change)'
ZERO_CHANGE_WORDS: tuple[str, ...] = (
    "no increase", "no change", "no rise", "no growth", "no net increase", "no net change",
    "standstill", "nil", "zero", "none",
)  # fmt: skip
# An indicator named as a change measured against a base: the noun saying what kind of
# change its figures are ('% change in ...', 'Reduction in agency spend ...'), by way
# ('change' is signed either way), and the words naming the base it is measured from
# ('from the 2019/20 baseline', 'on the same month last year', 'on 2023/24').
CHANGE_MEASURE_NOUNS: dict[str, str] = {
    "change": "either", "difference": "either", "movement": "either", "variation": "either",
    "reduction": "fall", "decrease": "fall", "fall": "fall", "cut": "fall",
    "increase": "rise", "growth": "rise", "rise": "rise",
}  # fmt: skip
CHANGE_MEASURE_LINKS: tuple[str, ...] = ("in", "of", "on", "from", "since", "compared")
# what may stand before the noun of a change measure ('% change in', 'Net reduction in')
CHANGE_MEASURE_LEADS: tuple[str, ...] = ("%", "percentage", "per cent", "percent", "net", "annual")
# the words joining a change measure's noun straight to its base ('reduction from 2019/20')
CHANGE_BASE_LINKS: tuple[str, ...] = (
    "from", "since", "on", "compared with", "compared to", "against",
)  # fmt: skip
# a change target's amount: '20%', '3.0', '2 percentage points'
CHANGE_TARGET_AMOUNT = (
    r"[+\-\u2212]?\s*\d[\d,]*(?:\.\d+)?\s*"
    r"(?:%|per\s*cent|percent|pp|percentage\s+points?)?"
)
# between 'Reduce by' or 'Reduction of' and the amount: 'Reduce by at least 5%'
CHANGE_TARGET_AT_LEAST = r"(?:(?:at\s+least|a\s+minimum\s+of)\s+)?"
CHANGE_TARGET_BY = "by"
CHANGE_TARGET_OF = "of"
# an amount in percentage points, not a percentage ('2 pp', '1.5 percentage points')
POINTS_WORDS = re.compile(r"\bpp\b|\bpercentage\s+points?\b", re.I)
# a name saying its figures are percentages ('% change', 'per cent')
PERCENT_NAME = re.compile(r"%|\bper\s*cent\b|\bpercent(?:age)?\b", re.I)
CHANGE_BASE = re.compile(
    r"\b(?:baseline|base year|last year|previous year|prior year|preceding year"
    r"|a year (?:ago|earlier|before)|year on year|year-on-year"
    r"|(?:19|20)\d\d(?:\s*[/\-\u2013]\s*\d\d(?:\d\d)?)?)\b",
    re.I,
)


# the word that introduces a target written into an indicator's name ('… (target 90%)',
# '– target: no more than 30 days', '[Target ≥ 95%]'); Welsh: targed
TARGET_IN_NAME_WORDS: tuple[str, ...] = ("target", "targed")
# the word that introduces a target typed into the figure's own cell ('56.2% (target 57.0%)',
# '31 days (T: 28)', '9.1 (tgt 8.5)', '88% - target 90%', '64% (profile 60%)'); a bare 'T' only
# inside a bracket. Welsh: targed
TARGET_IN_CELL_WORDS: tuple[str, ...] = (
    "target", "targets", "tgt", "targ", "profile", "profiled target", "aim", "goal", "targed",
    "target of", "target is", "target was",
)  # fmt: skip
TARGET_IN_CELL_LETTERS: tuple[str, ...] = ("t",)
# words joining a figure to its target in one cell without a bracket ('88% vs target 90%')
TARGET_IN_CELL_JOINERS: tuple[str, ...] = (
    "vs", "vs.", "v", "v.", "versus", "against", "against a", "against the", "compared to",
    "compared with", "-", "–", "—", ",", ";", "/", "|",
)  # fmt: skip
# a name or heading saying a cell's 'a / b' is the figure over its target ('Homes delivered
# (year to date / annual target)', 'Actual / Target', 'Delivered against target'); without
# one, 'a / b' may as well be a numerator over its denominator, and is held for review
FIGURE_OVER_TARGET = re.compile(
    r"/\s*(?:[a-z'-]+\s+){0,3}(?:target|targed)\b"
    r"|\b(?:against|vs\.?|versus|compared (?:to|with))\s+(?:(?:the|a|an|annual|year end|"
    r"yearly|full year|profiled)\s+)*target\b",
    re.I,
)
# units a target in a name may end with before its bracket closes ('target 5 working days')
TARGET_IN_NAME_UNITS: tuple[str, ...] = (
    "%", "per cent", "percent", "working days", "days", "day", "weeks", "week", "hours",
    "hour", "hrs", "minutes", "mins", "months", "£",
)  # fmt: skip


# what a spreadsheet shows where a formula fails: Excel's error values ('#DIV/0!', '#N/A')
# and LibreOffice's numbered errors ('Err:502'), as a formula over blank inputs shows them
FORMULA_ERROR = r"#(?:NULL!|DIV/0!|VALUE!|REF!|NAME\?|NUM!|N/A|SPILL!|CALC!)|Err:\d{3}"


# ---------------------------------------------------------------- cells that say "no figure"
# in a value cell: suppressed, not available, not applicable, an Excel error (kept as the
# observation's text); Welsh: amherthnasol (not applicable), ddim ar gael (not available)
MISSING_MARKERS = frozenset(
    {
        "*", "c", "x", "-", "–", "—", "n/a", "na", "..", ".", ":", "n/k", "nk", "tbc", "#n/a",
        "z", "dna", "n/av", "n/avail", "not available", "no data", "nyd", "not yet due",
        "not yet available", "awaited", "suppressed", "s", "[c]", "[x]", "[z]", "[u]", "**",
        "***", "u", "--", "n.a.", "n.a", "...", "?", "[low]", "[w]", "#div/0!", "#value!",
        "#ref!", "#name?", "#num!", "#null!", "#getting_data", "#spill!", "#calc!", "tba",
        "tbd", "not applicable", "not known", "unknown", "none", "nil return", "awaiting data",
        "data not available", "pending", "amh", "amh.", "dd/g", "ddim ar gael", "dim data",
        "amherthnasol", "ddim yn berthnasol", "dim ar gael", "i ddilyn",
        "null",  # a database extract's empty field, as SQL Server writes it
    }
)  # fmt: skip
# a figure cell's word for none, the cell holding the word alone ('Nil', 'Zero'): 0 in a row
# that holds figures, and a target of 0. 'Nil return' stays the marker it is (MISSING_MARKERS).
ZERO_WORDS = frozenset({"nil", "zero", "nought"})
# 'None' in a figure cell says no figure as often as none happened: it is 0 only where a line
# of the sheet says so ('Nil / None: no incidents in the period', 'None = 0'). The words such
# a key line may give as none happened, and what the key says they mean: '0', 'zero', 'nil',
# or 'no' before a noun ('no incidents', 'no cases') unless the noun says a figure is missing
# ('None: no data', 'None - no return received', 'None: no longer collected')
KEYED_ZERO_WORDS = frozenset({"none", *ZERO_WORDS})
# joining the words a key line explains ('Nil or None: ...'), and what stands between them
# and their meaning besides ':', '=' or a dash ('None means no cases')
KEY_WORD_JOINERS: tuple[str, ...] = ("/", ",", "&", "or", "and")
KEY_MEANING_VERBS: tuple[str, ...] = (
    "means", "mean", "stands for", "stand for", "indicates", "indicate", "shows", "show",
)  # fmt: skip
KEY_ZERO_MEANINGS = frozenset({"0", "zero", "nil", "nought"})
KEY_NONE_OF = "no"  # 'no incidents': none of the noun after it
NO_FIGURE_NOUNS = frozenset(
    {"data", "figure", "figures", "return", "returns", "submission", "submissions",
     "information", "info", "value", "values", "result", "results", "response", "responses",
     "update", "updates", "report", "reports", "reporting", "record", "records", "entry",
     "entries", "longer", "target", "targets", "measure", "rating", "score", "count",
     "collection", "survey", "available", "reply", "replies", "input"}
)  # fmt: skip

# after a figure, how sure it is, not what it is: "61.4 (r)" revised, "66.8p" provisional,
# "[e]" estimated (the conventions of official statistics); bracketed, or a bare r or p
FIGURE_MARKERS = frozenset(
    {"r", "p", "e", "f", "rev", "revised", "prov", "provisional", "est", "est.", "estimate",
     "estimated", "final", "unvalidated", "draft", "forecast", "approx", "approx.",
     "approximate", "approximately", "circa", "ca.", "c.", "u"}
)  # fmt: skip
# the Government Statistical Service's shorthand in square brackets ('Symbols in tables,
# definitions and shorthand'): flags that qualify the figure they stand beside, before it or
# after it ('[p] 47.1', '55.0 [u]', or alone in a column of their own) ...
GSS_QUALIFIER_FLAGS = frozenset({"b", "e", "f", "p", "r", "u"})
# ... and markers that stand instead of a figure, read as the period's text like 'n/a'
GSS_STAND_IN_FLAGS = frozenset({"c", "low", "w", "x", "z"})
# after a figure, a bracketed letter or roman numeral calling up a note under the table
# ('41.0 (a)', '7.2 (b)', '88 [ii]'); lower case only, and none that is also a mark of how
# sure the figure is (c, e, f, p, r) or a scale (k, m; 'b' after money, '£1.2 (b)', may be
# billions and is not taken as a note)
FOOTNOTE_LETTERS = frozenset(
    {"a", "b", "d", "g", "h", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"}
)
# the same marks written after a figure without brackets ('66.8p', '40 approx.', '42 est')
FIGURE_MARKERS_BARE = frozenset(
    {"r", "p", "approx", "approx.", "approximately", "est", "est.", "estimated"}
)
# before a figure, a mark saying the number is approximate or not final: '~85%', '≈ 54%',
# 'c.138,000', 'ca. 40', 'circa 40', 'approx. 6,600', 'approximately 40', 'Est. 1,950',
# 'est 42', 'estimated 3.2 days'. The figure is still the number, as with the marks after
# it. A sign stands straight before the figure; a word has a stop, a colon or a space after
# it ('c120' may be a code, 'c' alone is the suppressed-figure marker).
APPROXIMATE_SIGNS = frozenset({"~", "\u2248", "\u223c", "\u2243"})  # ~ ≈ ∼ ≃
APPROXIMATE_WORDS = frozenset(
    {"c", "c.", "ca", "ca.", "circa", "approx", "approx.", "appr.", "approximately",
     "approximate", "est", "est.", "estimate", "estimated"}
)  # fmt: skip
# ordinary words saying the same ('about 250', 'around 85%', 'roughly 12 days'): they start
# sentences too ('About 250 people attended the event'), so they mark a figure only in a
# short phrase, the word and a figure (or a range) with at most one word of unit after it
APPROXIMATE_PLAIN_WORDS = frozenset({"about", "around", "roughly"})
# a part of one typed as a fraction character, as Word writes a typed 1/2 ('9½ days', '¾'):
# the character and the part it stands for
FRACTION_CHARACTERS = {
    "\u00bd": (1, 2), "\u2153": (1, 3), "\u2154": (2, 3), "\u00bc": (1, 4), "\u00be": (3, 4),
    "\u2155": (1, 5), "\u2156": (2, 5), "\u2157": (3, 5), "\u2158": (4, 5), "\u2159": (1, 6),
    "\u215a": (5, 6), "\u2150": (1, 7), "\u215b": (1, 8), "\u215c": (3, 8), "\u215d": (5, 8),
    "\u215e": (7, 8), "\u2151": (1, 9), "\u2152": (1, 10),
}  # fmt: skip
# a part of one written in words after a whole number and 'and' ('4 and a half days', '2 and
# three quarters'): the words, lower case, and the part they stand for
FRACTION_WORDS = {
    "a half": (1, 2), "one half": (1, 2), "a quarter": (1, 4), "one quarter": (1, 4),
    "three quarters": (3, 4), "three-quarters": (3, 4), "a third": (1, 3),
    "one third": (1, 3), "two thirds": (2, 3), "two-thirds": (2, 3),
}  # fmt: skip
# what joins the whole number to those words ('4 and a half', '4 & a half')
FRACTION_JOINER = r"\s+(?:and|&)\s+"
# where a figure would be, a new indicator's or a late one's words saying there is none yet,
# kept as the period's text like 'not yet due' ('New indicator', 'Baseline year'), matched
# lower case with spaces collapsed
NEW_MEASURE_MARKERS = frozenset(
    {"new", "new indicator", "new measure", "new pi", "new kpi", "new metric",
     "new indicator for this year", "new measure for this year", "new for this year",
     "new this year", "new in year", "new this quarter", "baseline year",
     "baseline being established", "baseline to be established", "awaiting baseline",
     "no data yet", "not yet reported", "not yet collected", "data not yet available",
     "first year of reporting"}
)  # fmt: skip
# the same saying from when there will be one: 'New for 2024/25', 'New indicator from
# Q2', 'Data available from Q3', 'First data due September 2025', 'Reported from Q3'; the
# time is the group, and must read as a period, a bare quarter or month, or LATER_TIMES
NEW_MEASURE_LEAD = re.compile(
    r"^(?:new(?:\s+(?:indicator|measure|pi|kpi|metric))?\s+(?:for|from|in)"
    r"|(?:first\s+)?(?:data|figures?|results?|outturn|reporting)\s+(?:(?:is|are|will\s+be)\s+)?"
    r"(?:available|due|expected|reported|collected|starts?|begins?)(?:\s+(?:from|in|at|after))?"
    r"|(?:first\s+)?(?:reported|available|collected|measured)\s+(?:from|in|at))"
    r"(?:\s+the)?\s+(?P<when>.+?)\.?$"
)
LATER_TIMES = frozenset(
    {"year end", "end of year", "end of the year", "next year", "next quarter", "next month",
     "next report", "the next report", "year-end"}
)  # fmt: skip
# a note saying a later (revised) target column left blank keeps the earlier target: both
# in one sentence, lower case ('Where no revised target is shown the original target
# continues to apply'; 'Original targets apply unless a revised target is given'; 'Blank:
# target unchanged')
EARLIER_TARGET_STANDS = re.compile(
    r"\b(?:original|earlier|previous|initial|existing|first|old|unrevised|prior|spring"
    r"|q[1-4](?:\s*[-\u2013]\s*q[1-4])?|h1|first[- ]half)\b"
    r"(?:\s+\S+){0,3}?\s+targets?\b(?:\s+\S+){0,3}?\s+(?:continues?|remains?|stands?|still"
    r"|appl(?:y|ies)|carr(?:y|ies)|is unchanged|are unchanged|in force)\b"
    r"|\btargets?\s+(?:is\s+|are\s+|remains?\s+|stays?\s+)?(?:unchanged|not changed)\b"
)
BLANK_TARGET_CONDITION = re.compile(
    r"\b(?:no (?:revised |new |updated |amended |changed )?target|blank|empty|unless|otherwise"
    r"|not (?:been )?(?:revised|shown|given|stated|changed|updated|amended|entered))\b"
)
# in a target cell, a bracket after the target giving the figure it replaced: '42% (was
# 45%)', '115 (previously 110)', '20 days (revised from 18)', '75% (down from 80%)'
SUPERSEDED_TARGET_WORDS = (
    "was", "previously", "prev", "prev.", "formerly", "originally", "original", "orig",
    "orig.", "old", "old target", "original target", "previous target", "revised from",
    "reduced from", "lowered from", "raised from", "increased from", "changed from",
    "amended from", "down from", "up from", "from",
)  # fmt: skip
# in a target cell, a more ambitious figure typed after the target and labelled so: '90%
# (stretch 95%)', '\u2264 12 days / stretch 10 days', '250 (stretch: 300)'. The target is the
# figure before it; the stretch is not what the RAG is judged against.
STRETCH_TARGET_WORDS = (
    "stretch", "stretch target", "stretched target", "stretching target", "aspirational",
    "aspirational target", "aspiration", "ambition", "ambitious target", "challenge target",
)  # fmt: skip
# in a target cell: deliberately no target (anything else that is not a number is a doubt)
NO_TARGET = frozenset(
    {"none", "no target", "not set", "tbc", "tbd", "data only", "baseline",
     # a new indicator's first year: its figures set the target later
     "baseline year", "baseline period", "to be set", "to be confirmed", "to be agreed",
     "to be determined", "target to be set", "target to be confirmed", "target to be agreed",
     "target tbc", "target tbd", "baseline to be established", "baseline to be set",
     "baseline being established", "baseline being set", "establishing baseline",
     "establishing a baseline", "setting baseline", "awaiting baseline",
     "dim targed", "heb ei osod", "data yn unig", "llinell sylfaen",
     # a measure kept for context, not judged against a target
     "contextual", "context", "context only", "contextual measure", "monitor", "monitor only",
     "monitoring", "monitoring only", "for information", "trend only", "no target set",
     "not targeted", "target not set", "cyd-destunol"}
)  # fmt: skip


# ---------------------------------------------------------------- status words and symbols
# the shared vocabulary, used where a file prints no key of its own. Shapes with no agreed
# meaning (●, ▲, ◆, ■) are deliberately absent: they are read only through a key printed in the
# file, and sent to review otherwise.
RAG_WORDS: dict[str, _Rag] = {
    "red": "red", "r": "red", "amber": "amber", "a": "amber", "yellow": "amber",
    "orange": "amber", "green": "green", "g": "green",
    # hand-typed short forms no reader takes for anything else in a status cell ('Grn',
    # 'Amb'); not 'Gr' (grey is a status of its own in some keys) nor 'Gren' (a slip: which
    # word was meant is a guess)
    "grn": "green", "gn": "green", "amb": "amber", "rd": "red",
    # Welsh
    "coch": "red", "ambr": "amber", "oren": "amber", "melyn": "amber", "gwyrdd": "green",
    # performance-system icons named in words (Pentana/Ideagen: OK, Warning, Alert)
    "ok": "green", "warning": "amber", "alert": "red",
}  # fmt: skip
RAG_SYMBOLS: dict[str, _Rag] = {
    "🔴": "red", "🟥": "red", "🟠": "amber", "🟡": "amber", "🟧": "amber", "🟨": "amber",
    "🟢": "green", "🟩": "green",
    "✓": "green", "✔": "green", "☑": "green", "✅": "green",
    "⚠": "amber", "⚠️": "amber",
    "✗": "red", "✘": "red", "×": "red", "❌": "red", "☒": "red",
}  # fmt: skip
# the rating words a section heading's tally counts by ('Red 1', '2 Amber'): whole words only,
# never a letter ('A 2' is a reference, not a count)
TALLY_RAG_WORDS: dict[str, _Rag] = {"red": "red", "amber": "amber", "green": "green"}
RAG_PHRASES: dict[str, _Rag] = {
    "off track": "red", "off target": "red", "not on track": "red", "not on target": "red",
    "significantly off target": "red", "significantly off track": "red", "not met": "red",
    "not achieved": "red", "target not met": "red", "target missed": "red", "missed": "red",
    "behind target": "red", "below target": "red", "worse than target": "red",
    "target partially met": "amber", "partially on track": "amber",
    "some slippage": "amber", "minor slippage": "amber", "slight slippage": "amber",
    "slippage": "amber", "significant slippage": "red", "major slippage": "red",
    "at risk": "amber", "slightly off target": "amber", "slightly off track": "amber",
    "close to target": "amber", "near target": "amber", "within tolerance": "amber",
    # a performance system's tolerance words: the result missed the target by more than the
    # tolerance set on it, or by no more than it ('Within tolerance' above)
    "outside tolerance": "red", "out of tolerance": "red", "outside of tolerance": "red",
    "not within tolerance": "red", "beyond tolerance": "red",
    "some concerns": "amber", "partially met": "amber", "partially achieved": "amber",
    # a scale of concern: none, some (minor, slight), significant (serious, major)
    "no concerns": "green", "no concern": "green", "some concern": "amber",
    "minor concern": "amber", "minor concerns": "amber", "slight concern": "amber",
    "slight concerns": "amber", "significant concern": "red", "significant concerns": "red",
    "serious concern": "red", "serious concerns": "red", "major concern": "red",
    "major concerns": "red",
    "on target": "green", "on track": "green", "achieved": "green", "met": "green",
    "exceeded": "green", "target met": "green", "target achieved": "green",
    "target exceeded": "green", "better than target": "green", "ahead of target": "green",
    # a status said of the measure as it stands: achieving, meeting, exceeding (or not)
    "achieving": "green", "exceeding": "green", "meeting": "green", "not achieving": "red",
    "not meeting": "red", "nearly achieving": "amber", "partially achieving": "amber",
    "nearly met": "amber", "almost achieved": "amber", "well below target": "red",
    # Welsh: on (the right) track, on target, at risk, off track, (not) achieved
    "ar y trywydd iawn": "green", "ar y trywydd": "green", "ar darged": "green",
    "ar y targed": "green", "wedi cyflawni": "green", "cyflawnwyd": "green",
    "mewn perygl": "amber", "oddi ar y trywydd": "red", "oddi ar darged": "red",
    "heb ei gyflawni": "red", "heb gyflawni": "red", "heb ei gyrraedd": "red",
}  # fmt: skip
# what a key's longer description of a rating says ('On or above target', 'Below target but
# within 5%', 'More than 5% below target'), tried in this order before the words above
KEY_MEANING_PATTERNS: tuple[tuple[str, _Rag], ...] = (
    (r"\b(?:on|at|equal to) or (?:above|better than|exceeding|over) (?:the )?target", "green"),
    (r"\b(?:meets|met|achieved|achieves|meeting) or (?:exceeds|exceeded|exceeding|better)",
     "green"),
    (r"\b(?:more than|over|greater than|in excess of) \d+(?:\.\d+)? ?(?:%|per ?cent|pp|points?)"
     r" (?:below|off|under|worse|outside|away)", "red"),
    (r"\boutside (?:the |agreed |of )?tolerance", "red"),
    (r"\bwithin (?:\d+(?:\.\d+)? ?(?:%|per ?cent|pp|points?)|(?:the |agreed )?tolerance)",
     "amber"),
    (r"\b(?:slightly|just|marginally) (?:below|off|under|behind|missed)", "amber"),
    (r"\b(?:\d+(?:\.\d+)? ?(?:%|per ?cent|pp|points?) or less|(?:up to|less than|no more than"
     r"|under) \d+(?:\.\d+)? ?(?:%|per ?cent|pp|points?) (?:below|off|under|worse|behind))",
     "amber"),
)  # fmt: skip
# the B of BRAG: 'completed' at one council, 'target exceeded' at another; read only through
# a key printed in the file, and held for review otherwise
AMBIGUOUS_RATINGS = frozenset({"blue", "b"})
# deliberately no rating: finished, monitored only, not applicable
NOT_RATED = frozenset(
    {
        "completed", "complete", "grey", "gray", "no rag", "n/a", "data only",
        "for information", "monitor only", "not rated", "no target", "baseline",
        "contextual", "context", "no data", "tbc", "tbd", "pending", "not due", "not yet due",
        "awaiting data", "no update", "new measure", "new indicator", "baseline year",
        "not applicable", "na", "n/k",
        # nothing measured or assessed this time (no result, or no target to judge it by)
        "not measured", "not yet measured", "not assessed", "not yet assessed", "not rated yet",
        "not yet rated", "unrated", "no rating", "not scored", "no result",
        # a yearly measure's status before its year is out: reported once a year, not rated now
        "annual", "annual measure", "annual indicator", "annual only", "reported annually",
        "measured annually", "yearly",
        # the indicator is no longer reported: withdrawn, deleted or replaced by another
        "withdrawn", "deleted", "discontinued", "ceased", "no longer reported",
        "no longer measured", "indicator withdrawn", "measure withdrawn", "pi withdrawn",
        # Welsh: no target, not rated, contextual, data only, completed, not applicable
        "dim targed", "heb ei raddio", "heb raddio", "cyd destunol", "data yn unig",
        "wedi cwblhau", "cwblhawyd", "amh", "amherthnasol", "dim data", "llinell sylfaen",
        "heb ei fesur", "heb ei asesu",
    }
)  # fmt: skip

# headings that can only mean "the figure": cells of words under one contradict it, and the
# reading is held for review even when the words make the column's real role plain
FIGURE_HEADINGS = frozenset(
    {"value", "values", "actual", "actuals", "actual value", "result", "figure", "outturn",
     "target", "numerator", "denominator"}
)  # fmt: skip


# ---------------------------------------------------------------- polarity and direction of travel
# which way is good, as written in a polarity cell ("Higher is better", "Aim to minimise", "↓")
POLARITY_WORDS: dict[str, _Polarity] = {
    "higher is better": "higher_is_better", "high is better": "higher_is_better",
    "high": "higher_is_better", "higher": "higher_is_better", "bigger is better":
    "higher_is_better", "more is better": "higher_is_better", "up": "higher_is_better",
    "↑": "higher_is_better", "▲": "higher_is_better", "⬆": "higher_is_better",
    "aim high": "higher_is_better", "aim higher": "higher_is_better",
    "good is high": "higher_is_better", "high is good": "higher_is_better",
    "maximise": "higher_is_better", "maximize": "higher_is_better",
    "increase": "higher_is_better", "increase is good": "higher_is_better",
    "descending": "higher_is_better", "desc": "higher_is_better",
    "lower is better": "lower_is_better", "low is better": "lower_is_better",
    "low": "lower_is_better", "lower": "lower_is_better", "smaller is better":
    "lower_is_better", "less is better": "lower_is_better", "down": "lower_is_better",
    "↓": "lower_is_better", "▼": "lower_is_better", "⬇": "lower_is_better",
    "aim low": "lower_is_better", "aim lower": "lower_is_better",
    "good is low": "lower_is_better", "low is good": "lower_is_better",
    "minimise": "lower_is_better", "minimize": "lower_is_better",
    "reduce": "lower_is_better", "decrease": "lower_is_better",
    "ascending": "lower_is_better", "asc": "lower_is_better",
    "on target": "on_target", "within range": "on_target", "in range": "on_target",
    "close to target is better": "on_target", "closer to target is better": "on_target",
    "neutral target": "on_target", "target": "on_target", "goldilocks": "on_target",
    "on target is better": "on_target", "range": "on_target",
    "-": "none", "n/a": "none", "na": "none", "none": "none", "no polarity": "none",
    "not applicable": "none", "context": "none", "contextual": "none", "neutral": "none",
    "monitor": "none", "monitoring": "none", "for information": "none", "data only": "none",
    "higher is good": "higher_is_better", "bigger": "higher_is_better",
    "lower is good": "lower_is_better", "smaller": "lower_is_better",
    # Welsh
    "uwch yn well": "higher_is_better", "uchel": "higher_is_better",
    "is yn well": "lower_is_better", "isel": "lower_is_better",
}  # fmt: skip
# a warehouse's one-letter code in a column headed as polarity ('GOOD_IS': H, L); read only
# there (elsewhere 'H'/'L' may be high and low risk or priority)
POLARITY_LETTERS: dict[str, _Polarity] = {"h": "higher_is_better", "l": "lower_is_better"}
POLARITY_PHRASES: list[tuple[str, _Polarity]] = [
    ("higher is better", "higher_is_better"), ("high is good", "higher_is_better"),
    ("higher is good", "higher_is_better"), ("lower is good", "lower_is_better"),
    ("bigger is better", "higher_is_better"), ("more is better", "higher_is_better"),
    ("lower is better", "lower_is_better"), ("low is good", "lower_is_better"),
    ("smaller is better", "lower_is_better"), ("less is better", "lower_is_better"),
    ("close to target", "on_target"), ("within range", "on_target"),
]  # fmt: skip
# a footnote saying which way is good for the measures its mark stands on ('* A lower figure
# is better', '(C) Contextual measure: neither a higher nor a lower figure is better', 'All
# other measures: a higher figure is better'), normalised; tried in this order, 'neither'
# first (its words hold 'a lower figure is better' too)
_NOTE_FIGURE = r"(?: (?:figure|number|value|score|result|rate|percentage|count|outturn)s?)?"
_NOT_JOINED = r"(?<!\bor )(?<!\band )(?<!\bnor )"  # not 'higher or lower figures are better'
NOTE_POLARITY: tuple[tuple[re.Pattern[str], _Polarity], ...] = (
    (re.compile(r"\bneither (?:a |the )?(?:higher|lower|high|low|bigger|smaller)\b.*\bbetter\b"
                r"|\bno polarity\b|\bcontext(?:ual)? (?:measure|indicator|only)s?\b"), "none"),
    (re.compile(rf"{_NOT_JOINED}\b(?:lower|smaller|fewer|less|low){_NOTE_FIGURE} (?:is|are) "
                r"(?:better|good)\b"
                r"|\baim (?:is )?to (?:reduce|minimise|minimize|decrease)\b"), "lower_is_better"),
    (re.compile(rf"{_NOT_JOINED}\b(?:higher|bigger|greater|more|high){_NOTE_FIGURE} (?:is|are) "
                r"(?:better|good)\b|\baim (?:is )?to (?:increase|maximise|maximize)\b"),
     "higher_is_better"),
)  # fmt: skip
# a footnote for the measures no mark stands on: 'All other measures: ...', 'Unmarked
# indicators ...', 'Measures without a mark ...' (normalised)
NOTE_OTHER_MEASURES = re.compile(
    r"^(?:(?:all|every|any) (?:other|remaining|unmarked) |(?:other|unmarked|remaining) )"
    r"(?:measures?|indicators?|pis?|kpis?|performance indicators?)\b"
    r"|^(?:measures?|indicators?|pis?|kpis?) (?:without|with no|not marked)\b"
)

# direction of travel in words ("Improving", "Getting worse") and arrows
DIRECTION_WORDS: dict[str, _Direction] = {
    "improving": "improving", "improved": "improving", "improvement": "improving",
    "better": "improving", "getting better": "improving",
    "worsening": "worsening", "worsened": "worsening", "worse": "worsening",
    "declining": "worsening", "declined": "worsening", "deteriorating": "worsening",
    "deteriorated": "worsening", "deterioration": "worsening", "getting worse": "worsening",
    "up": "up", "increase": "up", "increased": "up", "increasing": "up", "rising": "up",
    "rise": "up", "higher": "up", "going up": "up",
    "down": "down", "decrease": "down", "decreased": "down", "decreasing": "down",
    "falling": "down", "fall": "down", "fell": "down", "lower": "down", "going down": "down",
    "same": "same", "no change": "same", "unchanged": "same", "stable": "same",
    "steady": "same", "static": "same", "maintained": "same", "level": "same",
    "similar": "same", "no significant change": "same", "consistent": "same",
    # Welsh
    "gwella": "improving", "wedi gwella": "improving", "gwaethygu": "worsening",
    "wedi gwaethygu": "worsening", "dirywio": "worsening", "dim newid": "same",
    "i fyny": "up", "i lawr": "down",
}  # fmt: skip
DIRECTION_ARROWS: dict[str, _Direction] = {
    "↑": "up", "▲": "up", "⬆": "up", "↗": "up", "⇧": "up", "△": "up", "⇑": "up",
    "↓": "down", "▼": "down", "⬇": "down", "↘": "down", "⇩": "down", "▽": "down", "⇓": "down",
    "→": "same", "↔": "same", "⇔": "same", "⬌": "same", "►": "same", "▶": "same",
    "◄►": "same", "=": "same", "⟷": "same",
}  # fmt: skip

# sheets that print the key to a workbook's status words and symbols
KEY_SHEETS = frozenset({"key", "keys", "legend", "rag key", "key to symbols", "notes", "guidance"})

# who a figure counts, written in a 'unit' column by some extracts (Fingertips-style
# "Persons", "5 years children"): not the unit of the figure
POPULATION_WORDS = frozenset({
    "persons", "people", "male", "males", "female", "females", "children", "adults",
})  # fmt: skip

# ---------------------------------------------------------------- layout words
# sheets that repeat the portfolio sheets beside them: the others are read instead
SUMMARY_SHEETS = frozenset(
    {"summary", "overview", "dashboard", "executive summary", "exec summary", "headlines"}
)

# words beside a bare quarter heading that say nothing about what the column holds
HEADING_FILLER = frozenset(
    {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
     "dec", "to", "ytd", "cumulative", "provisional", "prov", "final", "year", "date"}
)  # fmt: skip

# words beside a year in a heading ("2024/25 annual", "Full year 2023/24") saying the column
# holds that year's own figure, beside columns of its quarters or months
YEAR_FIGURE_WORDS = frozenset(
    {"annual", "annually", "annual figure", "annual outturn", "annual result", "annual actual",
     "annual value", "annual performance", "annual total", "full year", "full year actual",
     "full year outturn", "full year figure", "full year result", "whole year", "year total",
     "year outturn", "year actual", "yearly", "year figure", "total for year", "year as a whole",
     "full", "whole"}
)  # fmt: skip
# ... and the year's figure named by how the quarters or months beside it make it up: their
# average for a rate, their total or sum for a count ('Year average', 'Annual total'); a span
# counted ('3 year average') or the figures of several years averaged ('Yearly average', like
# 'Monthly average') are not the year's own figure, and 'cumulative' is the year to date
YEAR_FIGURE_WORDS = YEAR_FIGURE_WORDS | frozenset(
    {"year average", "year avg", "year mean", "annual average", "annual avg", "annual mean",
     "full year average", "full year avg", "full year mean", "average for the year",
     "average for year", "average over the year", "mean for the year", "year sum",
     "annual sum", "sum for the year", "full year total", "total for the year", "annual count",
     "year count"}
)  # fmt: skip

# words saying a target column is for the whole year or longer ('Annual target', 'Year end
# target'): beside a target for each period ('Quarterly target'), the period's own is used
WHOLE_YEAR_TARGET_WORDS = (
    "annual", "year end", "full year", "end of year", "yearly", "whole year", "long term",
    "ambition", "year",
)  # fmt: skip

# the label of a row of an indicator's block, beside (or where the name goes on) rows that
# share one name ('Actual' | 'Target' | 'RAG'): the row holds the figures ("actual") or the
# field of the figure above it in each column; the spans of a block ('In quarter' | 'Year to
# date') are IN_PERIOD_SUBHEADINGS and TO_DATE_SUBHEADINGS
ROW_LABEL_FIELDS: dict[str, _Role] = {
    **dict.fromkeys(
        ("actual", "actuals", "actual value", "actual performance", "actual figure",
         "outturn", "result", "results", "performance", "value", "figure", "act",
         "gwirioneddol"),
        "actual",
    ),
    **dict.fromkeys(
        ("target", "targets", "target value", "annual target", "profiled target",
         "target profile", "profile", "tgt", "plan", "planned", "trajectory", "targed"),
        "target",
    ),
    **dict.fromkeys(
        ("rag", "rag status", "rag rating", "status", "rating", "performance status",
         "traffic light", "rag rated", "statws"),
        "rag",
    ),
    **dict.fromkeys(("numerator", "num", "rhifiadur"), "numerator"),
    **dict.fromkeys(("denominator", "denom", "enwadur"), "denominator"),
    **dict.fromkeys(("direction of travel", "dot", "trend", "direction"), "direction"),
    **dict.fromkeys(("comment", "comments", "commentary"), "commentary"),
}  # fmt: skip
# labels of a block's rows that hold nothing to import: worked out from the rows above them
ROW_LABELS_WORKED_OUT = frozenset(
    {"variance", "var", "difference", "diff", "variance to target", "variance from target",
     "variance against target", "gap to target", "% of target", "percentage of target"}
)  # fmt: skip
# the heading of a column saying which group of people or places each row of a measure
# covers ('Breakdown': 'All', 'Male', 'Female'); rows under one name, the total row first
BREAKDOWN_HEADINGS = frozenset(
    {"breakdown", "break down", "breakdowns", "breakdown by", "split", "split by", "sub group",
     "subgroup", "sub groups", "population group", "breakdown group", "disaggregation",
     "demographic", "demographic group", "cohort breakdown", "dimension"}
)  # fmt: skip
# the heading of a column naming the team, place or group of people each row covers: a
# breakdown where its labels show one ('All teams' on indicators' rows, or 'North' and
# 'South' under each of them), a column of the indicators' own teams or places otherwise
BREAKDOWN_GROUP_HEADINGS = frozenset(
    {"team", "teams", "team name", "locality", "localities", "locality team", "area team",
     "ward", "wards", "ward name", "district", "neighbourhood", "hub", "patch", "age band",
     "age bands", "age group", "age groups", "gender", "sex", "ethnicity", "ethnic group",
     "client group", "cohort", "group", "sub area", "service team"}
)  # fmt: skip
# the label of a breakdown's total row: the measure itself, not a part of it
BREAKDOWN_TOTAL_LABELS = frozenset(
    {"all", "total", "totals", "overall", "all ages", "all people", "all persons", "persons",
     "all adults", "all children", "all residents", "all groups", "all areas", "whole area",
     "whole borough", "whole district", "whole county", "borough total", "all wards",
     "total population", "everyone", "all pupils", "all clients", "all service users",
     "all teams", "all localities", "all locality teams", "all services", "all districts",
     "all neighbourhoods", "all age groups", "all age bands", "all hubs", "all patches",
     "county total", "county wide", "countywide", "borough wide", "district wide",
     "authority total", "council total", "la total", "whole council", "whole service",
     "cyfanswm", "pawb"}
)  # fmt: skip

# the label beside a file's legend ('Key:', 'Notes')
KEY_LABELS = frozenset({"key", "legend", "notes", "note", "source", "sources", "rag key"})
# labels over a block of key rows ('1 | Target met') that rates with codes
CODE_KEY_LABELS = frozenset(
    {"status key", "rating key", "rag status key", "key to status", "key to ratings",
     "status codes", "rating codes", "key to status codes", "performance key", "status legend"}
)  # fmt: skip

# headings no indicator is called; "Population" or "Cases" can name a context measure
HEADING_NAMES = frozenset(
    {"code", "name", "actual", "target", "rag", "polarity", "direction", "commentary",
     "period", "unit", "portfolio", "service", "owner"}
)  # fmt: skip

# colour words in a printed key ('Amber = within 5%'): the rating each names; blue and
# grey name none
COLOUR_WORDS: dict[str, _Rag | Literal["none"]] = {
    "red": "red", "amber": "amber", "yellow": "amber", "orange": "amber", "green": "green",
    "blue": "none", "grey": "none", "gray": "none",
}  # fmt: skip

# how a key says which of red/amber/green a level between two ratings counts as: 'A/G
# counted as Green', 'Amber/Green (reported as green)', 'R/A – treated as Red in the corporate
# summary', 'A/G equivalent to Green'; words may come between the verb and 'as' ('Counted in
# the corporate summary as'). A further level in the same line may say only 'as': 'A/G counted
# as Green, R/A as Red'
KEY_COUNTED_AS = (
    r"(?:counted|counts?|reported|treated|scored|classed|classified|shown|rated|included"
    r"|taken|regarded)\b[^.;]{0,40}?\bas|(?:equivalent|equates|maps|converts|rolls\s+up)\s+to"
)
KEY_COUNTED_AS_AGAIN = r"as"
# a key table's column saying what each of its ratings counts as on the three-point scale
# ('Counted in the corporate summary as', 'Counts as', 'RAG equivalent', 'Reported as',
# 'Three-point rating'), normalised
KEY_COUNTED_AS_HEADING = re.compile(
    rf"\b(?:{KEY_COUNTED_AS})\b|\bequivalent\b|\b(?:three|3) point\b|\bcounted\b"
)
# the headings of a key table's other columns beside its ratings ('Rating | Meaning |
# Counted as'), normalised
KEY_TABLE_HEADINGS = frozenset(
    {"meaning", "meanings", "description", "definition", "explanation", "criteria",
     "what it means", "threshold", "thresholds", "tolerance", "rule", "rules"}
)  # fmt: skip
# a key line denying what it counts a level as ('Amber/Green is not counted as Green')
KEY_NEGATION = re.compile(r"\b(?:not|never|no longer|nor)\b|n't\b", re.I)

# the first word of a part of a key phrase after a comma that carries on the phrase before
# it ('Below target, but within 5% = Amber'), not a phrase of a list ('On track, met = Green';
# 'not', 'on', 'at', 'in' lead phrases of their own: 'Stalled, not started', 'At risk')
KEY_PHRASE_CONTINUATIONS = frozenset(
    {"and", "or", "but", "with", "within", "without", "by", "though", "although", "where",
     "when", "if", "unless", "including", "excluding", "except", "e.g.", "eg", "i.e.", "ie",
     "etc", "etc.", "as", "because", "so", "which", "that", "than", "less", "more", "to",
     "of", "for", "yet", "however", "nor", "then", "plus", "a", "an", "the"}
)  # fmt: skip

# words saying which kind of year a file's quarters belong to ("Q4 2024"), normalised
FINANCIAL_YEAR_WORDS: tuple[str, ...] = ("financial year", "fiscal year", "blwyddyn ariannol")
CALENDAR_YEAR_WORDS: tuple[str, ...] = ("calendar year", "calendar quarter", "blwyddyn galendr")

# a row named only like this sums or averages the rows around it, or names a unit: not an
# indicator's name (normalised; "Count of …"-style names are pivot-table labels). A bare
# "Total" is left out: context measures (population, cases, total) are named so
SUMMARY_NAMES = frozenset(
    {
        "grand total",
        "sub total",
        "subtotal",
        "overall",
        "sum",
        "average",
        "mean",
        "median",
        "overall average",
        "overall total",
        "all indicators",
    }
)
SUMMARY_NAME_LEADS: tuple[str, ...] = ("sum of ", "count of ", "average of ", "mean of ")
# the small words a place's or a street's proper name writes in lower case ('Newcastle upon
# Tyne', 'Stratford-on-Avon', 'Green on the Hill'): a name's other words are capitalised
PROPER_NAME_JOINERS = frozenset({"upon", "on", "in", "of", "the", "and", "by", "le", "de", "under"})
# a row named only by a unit is not an indicator (normalised)
NAME_IS_UNIT = frozenset(
    {
        "%",
        "percent",
        "percentage",
        "per cent",
        "number",
        "no",
        "count",
        "days",
        "£",
        "ratio",
        "rate",
        "score",
        "hours",
        "weeks",
        "months",
    }
)

# -- word lists the readers of tables and periods use -------------------------------------

# comparators a total row may name that stand for the whole nation, not a region
NATIONAL_COMPARATORS = frozenset({"England", "Scotland", "Wales", "National"})

# the word that makes a heading a key column: 'IndicatorID', 'Area Id'
ID_WORDS = frozenset({"id", "ids", "identifier"})

# how a lone line under a table starts when it is a footnote, not a section heading
FOOTNOTE_STARTS = ("*", "note", "source", "footnote", "key", "definition", "data ", "figures")

# a row label saying the row totals the rows around it
TOTAL_WORDS = {"total", "subtotal", "sub-total", "sub total", "year total"}

# units a cell may name on its own, once written the export's way (see canonical_unit)
UNIT_NAMES = frozenset(
    {"%", "rate", "number", "£", "£k", "£m", "days", "weeks", "hours", "minutes", "ratio"}
)

# a unit written in Welsh in a unit column -> the export's word: 'Dyddiau' -> 'days'
WELSH_UNITS = {
    "canran": "%", "nifer": "number", "rhif": "number", "cyfrif": "number",
    "dyddiau": "days", "diwrnodau": "days", "diwrnod": "days", "wythnosau": "weeks",
    "wythnos": "weeks", "oriau": "hours", "awr": "hours", "munudau": "minutes",
    "munud": "minutes", "misoedd": "months", "mis": "months", "blynyddoedd": "years",
    "cyfradd": "rate", "cymhareb": "ratio", "sgor": "score",
}  # fmt: skip
# a time unit written singular or short -> the export's plural: 'hr' -> 'hours'
PLURAL_UNITS = {
    "day": "days", "week": "weeks", "wk": "weeks", "wks": "weeks", "hour": "hours",
    "hr": "hours", "hrs": "hours", "min": "minutes", "mins": "minutes", "minute": "minutes",
    "month": "months", "mth": "months", "mths": "months", "year": "years", "yr": "years",
    "yrs": "years",
}  # fmt: skip

# a long table's figure columns typed by what they hold, as a tracker kept in typed fields
# (Airtable, a SharePoint list) writes them: 'Actual %' | 'Target %', 'Actual £' | 'Target £'.
# The word naming the column's role (normalised) ...
TYPED_FIELD_ROLES = {
    "actual": "actual", "value": "actual", "result": "actual", "outturn": "actual",
    "performance": "actual", "target": "target",
}  # fmt: skip
# ... and the words naming the kind of figure the pair holds (normalised: 'No.' is 'no')
TYPED_FIELD_KINDS = frozenset(
    {"%", "percent", "percentage", "pct", "no", "nos", "number", "count", "num", "£", "gbp",
     "money", "currency", "cash", "time", "duration", "hh mm", "h mm", "days", "weeks", "hours",
     "minutes", "rate", "ratio", "score", "decimal", "integer"}
)  # fmt: skip

# benchmark files give polarity as the ranking order: rank ascending = lower is better
RANK_ORDER: dict[str, _Polarity] = {"asc": "lower_is_better", "desc": "higher_is_better"}

# an indicator name that says which way is good: 'Days lost (lower is better)'
NAME_POLARITY = (
    (re.compile(r"\b(lower|smaller|less|fewer)\b[^()]*\bbetter\b", re.I), "lower_is_better"),
    (re.compile(r"\b(higher|bigger|greater|more)\b[^()]*\bbetter\b", re.I), "higher_is_better"),
)

# ... or in the brackets it ends with, as any polarity phrase of POLARITY_WORDS ('Staff
# turnover (%) (aim to minimise)'); a phrase of fewer words ('(low)', '(target)') is taken
# for part of the name
NAME_POLARITY_MIN_WORDS = 2

# month names and their short forms, English and Welsh -> the month's number
MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3,
    "apr": 4, "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7,
    "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9, "oct": 10,
    "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
    # Welsh
    "ionawr": 1, "chwefror": 2, "mawrth": 3, "ebrill": 4, "mai": 5, "mehefin": 6,
    "gorffennaf": 7, "awst": 8, "medi": 9, "hydref": 10, "tachwedd": 11, "rhagfyr": 12,
    # Welsh short forms as councils print them ('Meh 2024', 'Gorff 24'); not 'Hyd', which
    # is also Welsh for 'until' ('Hyd at 31 Mawrth')
    "ion": 1, "chwef": 2, "maw": 3, "ebr": 4, "meh": 6, "gorff": 7, "tach": 11, "rhag": 12,
}  # fmt: skip

# how a quarter's number is written after its name: 'Q1', 'Quarter one', 'Chwarter Dau',
# 'Chwarter cyntaf' (Welsh 'first' follows the noun)
QUARTER_WORDS = {
    "1": 1, "2": 2, "3": 3, "4": 4, "one": 1, "two": 2, "three": 3, "four": 4,
    "un": 1, "dau": 2, "tri": 3, "pedwar": 4, "cyntaf": 1,
}  # fmt: skip
# an ordinal before the quarter's name: 'Second Quarter', '3rd Qtr', Welsh 'Ail chwarter'
QUARTER_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
    "ail": 2, "trydydd": 3, "pedwerydd": 4,
}  # fmt: skip

# months a rolling period counts, in words: 'six months to Sep 24'
SPAN_MONTHS = {"three": 3, "six": 6, "nine": 9, "twelve": 12}

# the unit an indicator name or heading implies, first match wins: "Days to relet" -> days
UNIT_RULES: list[tuple[re.Pattern[str], str]] = [
    # "per 1,000", "/100,000", "/10k"; a slash before other digits is a code ("PAM/012")
    (re.compile(r"\bper\b\s*\d[\d,]*\s*(?:k\b)?|/\s*1(?:0|,000)+(?!\d)|/\s*1\s*k\b", re.I), "rate"),
    (re.compile(r"%|\bper\s?cent(?:age)?\b|\bpercentage\b|\bpct\b|\bcanran\b", re.I), "%"),
    (re.compile(r"£\s*'?000s?|£\s*k\b|£\s*thousands?\b", re.I), "£k"),
    (re.compile(r"£\s*m\b|£\s*millions?\b", re.I), "£m"),
    # "£" before a figure is an amount the name speaks of ("Fines of £51 to £200"), not its unit
    (re.compile(r"£(?!\s*\d)|\bgbp\b", re.I), "£"),
    (re.compile(r"\brate\b|\bcyfradd\b", re.I), "rate"),
    # a time unit after "per" is what the figure is divided by: "costs per hour" are not hours
    # (Welsh: 'fesul diwrnod', per day)
    (re.compile(r"(?<!\bper )\bdays?\b|(?<!\bfesul )\b(?:diwrnod(?:au)?|dyddiau)\b", re.I), "days"),
    (re.compile(r"(?<!\bper )\bweeks?\b|(?<!\bfesul )\bwythnos(?:au)?\b", re.I), "weeks"),
    (re.compile(r"(?<!\bper )(?:\bhours?\b|\bhrs\b)|(?<!\bfesul )\boriau\b", re.I), "hours"),
    (
        re.compile(r"(?<!\bper )(?:\bminutes?\b|\bmins\b)|(?<!\bfesul )\bmunud(?:au)?\b", re.I),
        "minutes",
    ),
    (re.compile(r"\bnumber\b|\bno\.?\s+of\b|\bcount\b|\bnifer\b", re.I), "number"),
    (re.compile(r"\bratio\b", re.I), "ratio"),
    (re.compile(r"\bscore\b", re.I), "score"),
]

# a Unit column's cell saying the row counts things, where the unit words above find none
# ('No.', 'Nos', '#'), normalised to lower case without spaces
COUNT_UNIT_CELLS = frozenset({"no", "no.", "nos", "nos.", "#", "num", "num.", "qty", "nr"})
# units a row's own evidence may give that are surely not a percentage: a figure in a cell
# formatted '0%' on such a row is the figure stored (12 complaints, not 1200%)
NOT_PERCENT_UNITS = frozenset(
    {"number", "days", "weeks", "hours", "minutes", "seconds", "£", "£k", "£m", "rate"}
)

# the label of a row or column that adds up others (a PivotTable's 'Grand Total', an Excel
# table's 'Total' row, 'Adult Social Care Total'): a sum over unlike measures, no indicator
TOTAL_ROW_LABELS = frozenset(
    {"total", "totals", "grand total", "grand totals", "sub total", "subtotal", "sub totals",
     "subtotals", "overall total", "total overall", "row total", "column total",
     "sum", "sum total", "total result", "cyfanswm", "cyfanswm cyffredinol", "is gyfanswm",
     "cyfanswm terfynol"}
)  # fmt: skip
# of those, the ones an indicator can be called too (a 'Total' context measure): read as a
# total only where the table shows it (a pivot, no figures, or the sum of the rows above)
BARE_TOTAL_ROW_LABELS = frozenset({"total", "totals", "sum", "cyfanswm"})
# words joining a group's name to 'Total' in a group's total row ('Total for Housing')
TOTAL_JOINERS = ("for", "of", "all", "-")
# what a PivotTable writes for an empty item or a filter set to several: no indicator's name
PIVOT_PLACEHOLDERS = frozenset({"blank", "all", "multiple items", "empty", "none", "null"})

# what an officer types to tick one of a set of columns headed by the ratings ('R' | 'A' |
# 'G', 'Red' | 'Amber' | 'Green', 'On track' | 'At risk' | 'Off track'): the marked column's
# heading is the row's rating (a cell filled in one colour of its own is a mark too)
RATING_MARKS = frozenset(
    {"x", "\u2713", "\u2714", "\u2611", "\u2612", "\u2717", "\u2718", "\u221a", "\u2022",
     "\u25cf", "\u25a0", "*", "yes", "y", "ie"}
)  # fmt: skip
# the heading of a column of flags beside each figure (open-data and Eurostat-style tables)
FLAG_HEADINGS = frozenset(
    {"flag", "flags", "data flag", "data flags", "quality flag", "value flag", "flag code",
     "obs status", "observation status", "obs flag", "status code", "marker", "markers",
     "symbol", "footnote flag", "baner", "nodyn"}
)  # fmt: skip
# flags that stand instead of a figure ('c' confidential, ':' not available, '[x]', 'z' not
# applicable): with the figure's cell blank, the flag is what the sheet gives for it. Other
# flags (p provisional, r revised, e estimate, b break, u low reliability) qualify a figure.
STAND_IN_FLAGS = frozenset(
    {"c", ":", "x", "z", "..", ".", "-", "*", "~", "n/a", "na", "nil", "supp",
     *(f"[{flag}]" for flag in GSS_STAND_IN_FLAGS)}
)  # fmt: skip

# words of a target stated as a position among other councils ('Top quartile', 'Above
# England average', 'Better than statistical neighbours'): with a number printed beside
# them, that number is the target
BENCHMARK_WORDS = frozenset(
    {"quartile", "quintile", "decile", "percentile", "average", "median", "mean", "top",
     "upper", "bottom", "best", "neighbours", "neighbour", "england", "national", "regional",
     "region", "comparator", "comparators", "benchmark", "benchmarked", "family", "cipfa",
     "peers", "peer", "districts", "councils", "authorities", "unitaries", "counties",
     "london", "wales", "scotland", "english", "welsh", "nearest", "statistical", "performing",
     "performers", "ranked", "rank", "position", "threshold", "cymru"}
)  # fmt: skip

# what only a PivotTable prints around its table: its row-field and column-field headings
# and its totals (Excel, LibreOffice), and how its value field's name starts ("Sum of Value",
# LibreOffice "Sum - Value")
PIVOT_HEADINGS = frozenset({"row labels", "column labels", "grand total", "total result"})
PIVOT_FIELD_STARTS = ("sum of ", "average of ", "count of ", "sum - ")

# a kind of year said after the year ('2023-24 school year'), as the period reader says it
YEAR_KIND_SYNONYMS = {
    "school year": "academic year",
    "fiscal year": "financial year",
    "tax year": "financial year",
}

# words around a rating in a summary's heading that say it is counted ("No. of Green", "% Red")
COUNT_WORDS = frozenset(
    {"no", "of", "number", "count", "%", "percent", "percentage", "measures", "indicators",
     "kpis", "pis", "rated", "total"}
)  # fmt: skip
# the column or row of a summary of ratings that counts them all ("Total", "No. of measures")
SUMMARY_TOTALS = frozenset(
    {"total", "totals", "grand total", "overall", "all", "total measures", "total indicators",
     "total kpis", "total pis", "no of measures", "no of indicators", "no of kpis",
     "number of measures", "number of indicators", "number of kpis", "measures", "indicators",
     "kpis", "count", "all measures", "all indicators", "total number", "total count",
     "total reported", "reported", "measures reported", "cyfanswm"}
)  # fmt: skip

# words in a benchmarking column's heading that name a group of councils, never the council
GROUP_WORDS = frozenset(
    {"average", "avg", "mean", "median", "group", "family", "neighbour", "neighbours",
     "similar", "comparator", "comparators", "benchmark", "national", "regional", "region",
     "england", "wales", "scotland", "uk", "all", "best", "worst", "top", "bottom",
     "quartile", "councils", "authorities", "total"}
)  # fmt: skip
# words in a benchmarking column's heading that say it is the council's own figure
# ("Bedford Borough Council", "Our council", "This authority") beside comparator columns
# words of an area heading that make it a column of areas' names or codes ('LA code 2023'),
# not the council's figures of a year ('2023/24 Our council')
AREA_KEY_WORDS = frozenset({"name", "names", "code", "codes", "cd", "nm", "id"})
OWN_AREA_WORDS = frozenset(
    {"council", "borough", "county", "city", "district", "authority", "la", "our", "us", "cyngor",
     "sir", "bwrdeistref"}
)  # fmt: skip

# a heading with one of these names the council's position among others, not a figure
# ("percentile" alone is not one: "95th percentile response time" is a figure)
RANK_WORDS = frozenset(
    {"rank", "ranked", "ranking", "rankings", "quartile", "quartiles", "quintile", "league",
     "safle", "chwartel"}
)  # fmt: skip
# ... and these only with the size of the group ("of 16") or a group named ("among", "in Wales")
POSITION_WORDS = frozenset({"position", "place", "placing"})
POSITION_AMONG = frozenset({"among", "amongst", "within", "league", "table"})
# ... or the group it is counted in named ("Position in Wales", "Welsh position", "Rank in
# London", "Position among the family group")
POSITION_GROUPS = frozenset(
    {"wales", "england", "scotland", "london", "uk", "welsh", "english", "scottish", "cymru",
     "national", "nationally", "regional", "regionally", "region", "neighbours", "neighbour",
     "family", "group", "peers", "cipfa", "councils", "authorities", "unitaries", "counties",
     "districts", "boroughs", "las", "nearest", "statistical", "similar", "comparator"}
)  # fmt: skip
# what else a row's label naming only a position may say ("Position in Wales (of 22)")
POSITION_LABEL_FILLER = frozenset({"in", "of", "out", "the", "all", "our", "overall", "current"})
# a quartile's boundary or value is a figure to compare with, not a position
RANK_BOUNDARY_WORDS = frozenset(
    {"top", "upper", "lower", "bottom", "threshold", "boundary", "median", "value", "average",
     "avg", "mean", "best", "worst"}
)  # fmt: skip

# the column an 'Unpivot Other Columns' step writes each cell into, beside the column of the
# headings it came from ('Attribute' | 'Value', 'Measure' | 'Value', 'Metric' | 'Amount')
UNPIVOTED_VALUE_HEADINGS = frozenset({"value", "values", "amount", "data", "figure"})
# what a long export's 'Value Type' (or 'Measure_Type') cell says its row's value is, beside
# a period column of its own: the field the value is read as (normalised cell -> field)
VALUE_TYPE_WORDS: dict[str, str] = {
    "actual": "actual", "actuals": "actual", "actual value": "actual", "outturn": "actual",
    "result": "actual", "performance": "actual", "value": "actual", "figure": "actual",
    "target": "target", "targets": "target", "target value": "target",
    "rag": "rag", "rag status": "rag", "rag rating": "rag", "status": "rag", "rating": "rag",
    "numerator": "numerator", "num": "numerator",
    "denominator": "denominator", "denom": "denominator", "den": "denominator",
    "comment": "commentary", "commentary": "commentary",
    # Welsh: actual, target, numerator, denominator
    "gwirioneddol": "actual", "targed": "target", "rhifiadur": "numerator",
    "enwadur": "denominator",
}  # fmt: skip

# a long table's period column holding Excel day numbers (45383 for 1 April 2024, a date
# pasted as a value into a cell formatted General): its heading must say it holds a date,
# or a period's first or last day ('Period start', 'Date', 'Period end'); normalised words
DAY_NUMBER_HEADING = re.compile(
    r"\b(?:date|dates|day|start|starts|starting|started|begin|begins|beginning|commencing|"
    r"from|end|ends|ending|ended|to|until|period|dyddiad|dechrau|diwedd)\b"
)
# which of the pair a heading names: the first day ('Period start', 'Date from') or the last
DAY_NUMBER_START = re.compile(r"\b(?:start|starts|starting|started|begin|begins|beginning|"
                              r"commencing|from|dechrau)\b")  # fmt: skip
DAY_NUMBER_END = re.compile(r"\b(?:end|ends|ending|ended|to|until|diwedd)\b")

# a long table's period given as a warehouse's surrogate key ('PERIOD_ID', 'TimePeriodKey',
# 'DateKey'), looked up on a sheet of periods: a heading's last word, and a word before it
PERIOD_KEY_ENDINGS = frozenset({"id", "key", "sk"})
PERIOD_KEY_WORDS = frozenset(
    {"period", "periods", "time", "date", "dates", "quarter", "month", "year", "week"}
)

# an open-data file's period in two columns: 'time_period' (202324, 2024) and
# 'time_identifier' ('Academic year'), as the Department for Education's files give them
TIME_PERIOD_HEADINGS = frozenset({"time period"})
TIME_KIND_HEADINGS = frozenset({"time identifier"})
# the year kinds a time identifier names, and the words the period reader takes for them
TIME_KINDS = {
    "academic year": "academic year",
    "financial year": "financial year",
    "fiscal year": "financial year",
    "calendar year": "calendar year",
}

# ---------------------------------------------------------------- words inside the patterns
# Pieces of regular expressions that hold words a council writes. The modules that read
# periods, values and headings build their patterns from these; the grammar around them
# (digits, separators, 'of', 'to') stays with the code. Pieces are written for case-blind
# matching unless they say otherwise.

# A column naming, on each row, the period of that row's latest figure ('Latest data' over
# 'Q2 2024/25', 'Q1 2024/25', 'Q2 2024/25 (12 months to Sep 2024)') beside figures dated by
# their headings: the figure a single rating column rates (layout/latest_periods.py); normalised
LATEST_PERIOD_HEADINGS = frozenset(
    {"latest data", "latest period", "latest data period", "period of latest data",
     "data period", "period of data", "latest data for", "latest data relates to",
     "period latest data relates to", "data relates to", "period data relates to",
     "latest available data", "latest data available", "latest available period",
     "most recent data", "most recent period", "period of most recent data",
     "latest reported period", "latest period reported", "period of latest figure",
     "latest figure period", "latest figure for", "latest figures for", "latest data shown"}
)  # fmt: skip

# A column saying how far behind each row's figures are, against the period their column is
# headed by (layout/lag_rows.py): its headings, the words saying the figures are the
# column's own period, and a lag said in so many months, quarters or years ('One quarter in
# arrears', 'Two months behind', 'Lag of 1 quarter', 'Previous quarter'); an annual row
# names its year after the word ('Annual – 2023/24', 'Annual – calendar year 2023')
LAG_HEADINGS = frozenset(
    {"reporting lag", "lag", "data lag", "time lag", "lag period", "reporting delay",
     "data delay", "timeliness", "data timeliness", "arrears", "in arrears",
     "reporting arrears", "period lag", "reporting period lag", "data currency"}
)  # fmt: skip
LAG_NONE_WORDS = frozenset(
    {"current quarter", "current month", "current period", "current year", "current",
     "this quarter", "this month", "this period", "in quarter", "in month", "in period",
     "same quarter", "same month", "same period", "quarter shown", "period shown",
     "no lag", "none", "nil", "no delay", "real time", "live", "up to date", "0"}
)  # fmt: skip
# the number words a lag is counted in, for the lag column and the footnotes alike
LAG_COUNT_WORDS = {"a": 1, "an": 1, "one": 1, "single": 1, "two": 2, "three": 3, "four": 4,
                   "five": 5, "six": 6, "twelve": 12}  # fmt: skip
LAG_UNITS = {
    "month": "month", "months": "month", "mth": "month", "mths": "month",
    "quarter": "quarter", "quarters": "quarter", "qtr": "quarter", "qtrs": "quarter",
    "year": "year", "years": "year", "yr": "year", "yrs": "year",
}  # fmt: skip
_LAG_COUNT = r"a|an|one|two|three|four|five|six|\d{1,2}"
_LAG_UNIT = r"months?|mths?|quarters?|qtrs?|years?|yrs?"
LAG_BEHIND = re.compile(
    rf"(?:reported\s+|figures?\s+|data\s+)?(?P<count>{_LAG_COUNT})\s+(?P<unit>{_LAG_UNIT})\s+"
    r"(?:in\s+arrears?|behind|lag(?:ged)?|late|delay(?:ed)?|back|in\s+arrear)"
    rf"|(?:lag(?:ged)?|delay(?:ed)?|in\s+arrears?|behind|arrears)\s+(?:of\s+|by\s+)?"
    rf"(?P<count2>{_LAG_COUNT})\s+(?P<unit2>{_LAG_UNIT})"
    rf"|(?:previous|prior|last|preceding)\s+(?P<unit3>month|quarter|year)"
    r"(?:\s+s)?(?:\s+(?:figures?|data|position|result))?"
)
# raw lower-case text: 'annual – 2023/24', 'annual: calendar year 2023', 'yearly (2023/24)'
LAG_ANNUAL = re.compile(
    r"^(?:annual|annually|yearly|annual figure|annual result|annual data)"
    r"\s*(?:[-\u2013\u2014:,]\s*|\s)\s*(?P<year>\S.*)$"
)

# a quarter's name before its number: 'Q1', 'Qtr 2', 'Quarter 3'; and with the Welsh
QUARTER_NAME = r"(?:q|qtr|quarter)"
QUARTER_NAME_BILINGUAL = r"(?:q|qtr|quarter|chwarter|ch)"
# the name after an ordinal: 'Second Quarter', '3rd Qtr.', 'Ail chwarter'
QUARTER_NAME_AFTER_ORDINAL = r"(?:qtr|quarter|chwarter)"
# a quarter heading that names no year, normalised ('q1', 'qtr 2', 'quarter 3 actual')
BARE_QUARTER_HEADING = re.compile(r"(?:q|qtr |quarter )[1-4]\b")
# a quarter spelt out, normalised and whole ('qtr 3', 'quarter 2')
SPELT_QUARTER = re.compile(r"(?:qtr|quarter) [1-4]")
# a quarter at the end of a normalised heading: 'actual q1', 'target qtr 2'
TRAILING_QUARTER = re.compile(r"(?<=\s)(q[1-4]|qtr [1-4]|quarter [1-4])$")
# a normalised heading starting with a quarter, a month or a half ('q1 apr jun', 'mar', 'h2';
# the Welsh 'chwarter 1', 'ch1')
# (months by any name MONTHS knows: 'january', 'sept', 'ebrill'; the longest first)
QUARTER_OR_MONTH = re.compile(
    r"^(q[1-4]|qtr [1-4]|quarter [1-4]|chwarter [1-4]|ch ?[1-4]|"
    + "|".join(sorted(MONTHS, key=len, reverse=True))
    + r"|h[12])\b"
)
# the label of a heading row of bare quarter numbers ('Quarter' | 1 | 2 | 3 | 4 under
# '2023/24'), or a year band's words saying its columns are quarters ('2023/24 quarters')
QUARTER_ROW_LABELS = frozenset(
    {"quarter", "quarters", "qtr", "qtrs", "quarter no", "quarter number", "qtr no",
     "chwarter"}
)  # fmt: skip
# a period named alone before its figure on one line of a cell that lists a figure per
# period ('Q1: 85%', 'Quarter 2 - 87%', 'H1: 40', 'First half: 40'), as ``normalise``
# writes it: the quarter's or half's number is the group; months are ``MONTHS``
LISTED_QUARTER = re.compile(r"(?:q|qtr|quarter|chwarter|ch)\s?([1-4])")
LISTED_HALF = re.compile(r"(?:h|hy|half|half year)\s?([12])|(first|1st|second|2nd) half(?: year)?")
LISTED_FIRST_HALF = frozenset({"first", "1st"})
# a half year's name before its number ('H1', 'HY2', 'Half 1', 'Half year 2'), the words
# for which half ('First half'), and the words after them
HALF_NAME = r"(?:h|hy|half\s*|half\s+year\s*)"
HALF_ORDINAL = r"(?:first|second|1st|2nd)"
HALF_AFTER_ORDINAL = r"half(?:[\s\-]year)?"
# between two quarters naming the span from the first to the last ('Q1–Q3', 'Q1 to Q3',
# 'Q3 through Q4'), and the words joining two quarters that make a span only when the second
# follows the first ('Q3 & Q4', 'Q1 and Q2'; 'Q1 & Q3' names two quarters, not a span)
PERIOD_SPAN_THROUGH = r"(?:-|to|through|thru)"
PERIOD_SPAN_AND = r"(?:&|and|\+)"
# a heading naming a span of a year's parts that the year over it or in the title places
# ('Target Q1–Q2', 'Target Q3 & Q4', 'Apr–Sep target', 'Target H2'), as written (dashes of
# any kind); the span is the group
_PART_MONTH = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
# a span of the financial year's months written by their numbers, as a finance team heads
# its columns ('M1-M3', 'M4 – M6', 'M7-9', 'Months 1-3', 'Mth 4 to 6', 'P1-P3', 'Periods
# 10-12'), as written (a dash of any kind, or 'to'); month 1 is April. The numbers are the
# groups; a number past 12 ('P10-P13') counts four-week periods or a ledger's adjustments
MONTH_NUMBER_WORD = r"(?:p|pd|periods?|m|mths?|months?)"
_MONTH_NUMBER = r"(?:1[0-2]|0?[1-9])"
_MONTH_NUMBER_SPAN = (
    rf"(?P<word>{MONTH_NUMBER_WORD})\.?\s*(?P<first>{_MONTH_NUMBER})\s*"
    rf"(?:[\u2010-\u2015\u2212]|{PERIOD_SPAN_THROUGH})\s*"
    rf"(?:{MONTH_NUMBER_WORD}\.?\s*)?(?P<last>{_MONTH_NUMBER})"
)
_MONTH_NUMBER_SPAN_UNNAMED = re.sub(r"\?P<\w+>", "", _MONTH_NUMBER_SPAN)
MONTH_NUMBER_SPAN = re.compile(rf"(?<![\w/£$€]){_MONTH_NUMBER_SPAN}(?![\w/%])", re.I)
YEAR_PART_SPAN = re.compile(
    rf"(?<![\w/])(?P<span>{QUARTER_NAME}\.?\s*[1-4]\s*"
    rf"(?:[\u2010-\u2015\u2212]|{PERIOD_SPAN_THROUGH}|{PERIOD_SPAN_AND})\s*"
    rf"(?:{QUARTER_NAME}\.?\s*)?[1-4]"
    rf"|{_PART_MONTH}\s*(?:[\u2010-\u2015\u2212]|{PERIOD_SPAN_THROUGH})\s*{_PART_MONTH}"
    rf"|(?<![£$€]){_MONTH_NUMBER_SPAN_UNNAMED}"
    r"|h\s?[12])(?![\w/])",
    re.I,
)
# a line saying which month a financial year's month 1 is ('M1 = April', 'Period 1 is
# January', 'Month 1: Apr'): the month is the group
MONTH_ONE_NAMED = re.compile(
    rf"(?<![\w/]){MONTH_NUMBER_WORD}\.?\s*0?1\s*(?:=|:|is|means|[\u2010-\u2015\u2212-])\s*"
    r"(?P<month>[a-z]{3,9})\b",
    re.I,
)
# words in a title or note saying the year is counted in four-week periods ('four-weekly',
# '4 week periods', '13 periods', '28-day periods'): 'P1-P3' there is twelve weeks, no months
FOUR_WEEK_CONTEXT = re.compile(
    r"\b(?:four|4)[\s-]*week(?:ly|s)?\b|\b(?:thirteen|13)\s+(?:accounting\s+|reporting\s+)?"
    r"periods\b|\b28[\s-]*days?\s+periods?\b",
    re.I,
)
# a tertial, a third of a year of four months as councils and NHS bodies that monitor every
# four months name it: in words 'Tertial 2', 'Tertial two', 'Second tertial', '2nd Tertial'
# (the number or the ordinal is the group), or short 'T2' (the letter may also be a term's or
# a trimester's, so it is read only where the sheet shows tertials); raw text, any case
TERTIAL_NAME = r"tertial"
TERTIAL_NUMBERS = {"1": 1, "2": 2, "3": 3, "one": 1, "two": 2, "three": 3}
TERTIAL_ORDINALS = {"first": 1, "second": 2, "third": 3, "1st": 1, "2nd": 2, "3rd": 3}
TERTIAL_NAMED = re.compile(
    r"\btertial\s*(?P<n>[1-3]|one|two|three)\b|\b(?P<o>first|second|third|1st|2nd|3rd)\s+tertial\b",
    re.I,
)
TERTIAL_SHORT = re.compile(r"(?<![\w/.])t(?P<t>[1-3])(?![\w/])", re.I)
# words in a title, heading or note saying the report is four-monthly ('Tertial 2 report',
# 'four-monthly', '4 monthly', 'every four months'): 'T1' there is a tertial
TERTIAL_CONTEXT = re.compile(
    r"\btertials?\b|\b(?:four|4)[\s-]*monthly\b|\bevery\s+(?:four|4)\s+months\b", re.I
)
# a note saying which months a tertial covers ('Tertial 1 (T1) = April to July', 'T2: August
# - November', 'Tertial 3 covers December to March'): the tertial's number, then what is said
# of it up to the next tertial named or the line's end
TERTIAL_DEFINITION = re.compile(
    r"(?:\btertial\s*(?P<n>[1-3])\b(?:\s*\(\s*t\s*[1-3]\s*\))?|(?<![\w/.\-])t(?P<t>[1-3])\b)"
    r"\s*(?:=|:|\u2013|-|\(|\bis\b|\bmeans\b|\bcovers\b|\bruns(?:\s+from)?\b)\s*"
    r"(?P<said>(?:(?!\btertial\s*[1-3]\b|(?<![\w/.\-])t[1-3]\b)[^\n;.])*)",
    re.I,
)
# an aside in a target's heading saying when the target was set or changed, not the period
# it is for: 'Target Q3–Q4 (revised Oct 2024)', 'Target (agreed by Cabinet Feb 2024)',
# 'Target (set April 2024)', 'Target (approved 16/10/2024)'; the date is the group
TARGET_SET_ASIDE = re.compile(
    r"^(?:as\s+)?(?:revised|amended|updated|agreed|approved|set|reset|re-?set|re-?profiled"
    r"|reprofiled|changed|adopted|confirmed|lowered|raised|reduced|increased)"
    r"(?:\s+by\s+(?:the\s+)?[a-z&]+(?:\s+[a-z&]+)?)?(?:\s+(?:in|on|at|from))?\s+(?P<when>.+)$",
    re.I,
)
# what a long table's period-type cell says the period number beside it counts ('Period_Type':
# Month | Quarter | Year, with 'Period_No' 7 and 'Financial_Year' 2024/25: October 2024)
PERIOD_TYPE_WORDS: dict[str, str] = {
    "month": "month", "monthly": "month", "mth": "month", "calendar month": "month",
    "financial month": "month", "fiscal month": "month",
    "quarter": "quarter", "quarterly": "quarter", "qtr": "quarter",
    "calendar quarter": "quarter", "financial quarter": "quarter", "fiscal quarter": "quarter",
    "half": "half", "half year": "half", "half yearly": "half", "six monthly": "half",
    "year": "year", "yearly": "year", "annual": "year", "annually": "year", "full year": "year",
    "financial year": "year", "fiscal year": "year",
    # Welsh: month, monthly, quarter, quarterly, year, yearly
    "mis": "month", "misol": "month", "chwarter": "quarter", "chwarterol": "quarter",
    "blwyddyn": "year", "blynyddol": "year",
}  # fmt: skip
# the heading of a column saying how often each row's measure is reported (normalised)
FREQUENCY_HEADINGS = frozenset(
    {"frequency", "freq", "reporting frequency", "update frequency", "frequency of reporting",
     "reporting cycle", "collection frequency", "measure frequency", "data frequency",
     "periodicity", "how often", "how often reported", "amlder"}
)  # fmt: skip
# what such a column's cells say, as the kind of period a row's figure covers: the words of
# PERIOD_TYPE_WORDS, and the letters and adverbs councils write ('M', 'Q', 'H', 'A',
# '6 monthly', 'Twice yearly'); a letter means this only under a frequency heading
FREQUENCY_WORDS: dict[str, str] = {
    **PERIOD_TYPE_WORDS,
    "m": "month", "mthly": "month", "every month": "month",
    "q": "quarter", "qtrly": "quarter", "qly": "quarter", "every quarter": "quarter",
    "h": "half", "hy": "half", "6 monthly": "half", "half yearly": "half",
    "twice yearly": "half", "twice a year": "half", "hanner blwyddyn": "half",
    "a": "year", "y": "year", "yr": "year", "once a year": "year", "every year": "year",
}  # fmt: skip
# a column giving each row the day its figures were last refreshed, normalised: when a
# figure arrived, not a period and not a figure (``layout/update_dates``); a bare 'Updated'
# is left out, as it may head a revised figure
ROW_UPDATED_HEADINGS = frozenset(
    {"last updated", "date last updated", "date updated", "last updated on", "updated on",
     "last refreshed", "date last refreshed", "data last updated", "figures last updated",
     "date of last update", "last update date", "data updated on", "diweddarwyd ddiwethaf"}
)  # fmt: skip
# a column giving the day each row's next figure is expected, normalised: a day to come,
# never a period and never a figure
NEXT_UPDATE_HEADINGS = frozenset(
    {"next update due", "next update", "next update date", "date of next update",
     "next update expected", "date next update due", "next due", "next due date", "due next",
     "next data due", "next data update", "next figures due", "next figure due",
     "next release", "next release date", "next publication", "next publication date",
     "next report due", "next refresh", "next refresh due", "diweddariad nesaf"}
)  # fmt: skip
# the heading of a column saying how each row's figures are counted ('Measure type': Snapshot,
# Cumulative, Rolling 12 months, Annual), normalised; read as such only where most of its
# cells say so in ``ROW_BASIS_WORDS`` (a 'Type' column saying KPI or Milestone is not one)
ROW_BASIS_HEADINGS = frozenset(
    {"measure type", "type", "basis", "data type", "type of measure", "measure basis",
     "reporting basis", "indicator type", "pi type", "kpi type", "type of indicator",
     "calculation", "calculation type", "calculation method", "data basis", "count type",
     "counting", "counted", "how counted", "how calculated", "figure type", "type of figure",
     "type of data", "value type", "measurement type", "measurement basis", "aggregation",
     "aggregation type", "cumulative snapshot", "snapshot cumulative", "cumulative or snapshot",
     "snapshot or cumulative", "cumulative discrete", "cumulative or discrete",
     "discrete or cumulative", "discrete cumulative", "ytd or in period", "cumulative or not",
     "cumulative y n", "basis of measure", "result type", "reporting method"}
)  # fmt: skip
# what such a column's cells say (normalised): the position at the period's end
# ("snapshot"), the period's own figure ("in_period"), or a running total from the start of
# the year ("to_date"); a rolling span is ``ROW_ROLLING``, and how often (Annual, Quarterly)
# is ``PERIOD_TYPE_WORDS``
ROW_BASIS_WORDS: dict[str, str] = {
    "snapshot": "snapshot", "snap shot": "snapshot", "point in time": "snapshot",
    "position": "snapshot", "as at": "snapshot", "period end": "snapshot",
    "end of period": "snapshot", "quarter end": "snapshot", "end of quarter": "snapshot",
    "month end": "snapshot", "end of month": "snapshot", "position at period end": "snapshot",
    "position at quarter end": "snapshot", "position at month end": "snapshot",
    "at period end": "snapshot", "at quarter end": "snapshot", "at month end": "snapshot",
    "stock": "snapshot",
    "in period": "in_period", "in quarter": "in_period", "in qtr": "in_period",
    "in month": "in_period", "in the period": "in_period", "in the quarter": "in_period",
    "in the month": "in_period", "discrete": "in_period", "discrete quarter": "in_period",
    "discrete month": "in_period", "discrete period": "in_period", "quarter only": "in_period",
    "month only": "in_period", "period only": "in_period", "non cumulative": "in_period",
    "not cumulative": "in_period", "noncumulative": "in_period", "in period only": "in_period",
    "per period": "in_period", "flow": "in_period",
    "cumulative": "to_date", "cum": "to_date", "cumulative ytd": "to_date", "ytd": "to_date",
    "year to date": "to_date", "cumulative year to date": "to_date", "fytd": "to_date",
    "financial year to date": "to_date", "running total": "to_date", "to date": "to_date",
    "cumulative to date": "to_date", "ytd cumulative": "to_date", "accumulative": "to_date",
    "year to date cumulative": "to_date", "cumulative total": "to_date",
    "cumulative from april": "to_date", "cumulative from 1 april": "to_date",
    "cumulative from 1st april": "to_date", "cumulative from start of year": "to_date",
    "cumulative in year": "to_date", "ytd total": "to_date", "cumulative y": "to_date",
}  # fmt: skip
# words in a Unit column's cell saying how the row's figures are counted, beside the unit
# ('Number (cumulative)', '% YTD', '\u00a3 - year to date', 'Days (in quarter)', 'Number
# (snapshot)'): a flag read as ``ROW_BASIS_WORDS`` or ``ROW_ROLLING`` say, the unit without it
UNIT_BASIS_FLAG = re.compile(
    r"\b(?:non[\s-]?cumulative|not cumulative|cumulative|cumul|cum|accumulative|ytd|fytd|year to date|to date|running total"
    r"|snapshot|snap shot|point in time|rolling|trailing|discrete"
    r"|in (?:the )?(?:quarter|qtr|month|period))\b",
    re.I,
)
# what may part such a flag from its unit when no bracket does ('Number - cumulative')
UNIT_FLAG_SEPARATOR = re.compile(r"\s+[-\u2013\u2014/|]\s+|\s*[,;:]\s+")
# a footnote saying the rows it marks are reported late, their figures a period earlier
# than the headings say: 'reported one month in arrears', 'a quarter in arrears', 'with a
# one-month lag', 'lagged by one quarter', 'data relates to the previous month', 'figures
# are in arrears' (one of the column's own periods). ``count`` / ``unit`` (or ``count2`` /
# ``unit2``) say how far; ``previous`` names the period before; ``bare`` says neither
_LAG_COUNT = r"(?:one|a|an|single|two|three|six|twelve|1|2|3|6|12)"
_LAG_UNIT = r"(?:calendar\s+)?(?:month|quarter|year|period)"
NOTE_IN_ARREARS = re.compile(
    rf"(?<!than )(?<!over )\b(?P<count>{_LAG_COUNT})[\s-]+(?P<unit>{_LAG_UNIT})s?(?:'s)?"
    r"\s+(?:(?:time\s+)?lag(?:ged)?\b|in\s+arrears\b|delay(?:ed)?\b|behind\b)"
    r"|\b(?:lag(?:ged)?|in\s+arrears|delayed)\s+(?:by\s+)?"
    rf"(?P<count2>{_LAG_COUNT})\s+(?P<unit2>{_LAG_UNIT})s?\b"
    r"|\b(?:relates?|relating|refers?|referring|is|are|applies|apply)\s+(?:to|for)\s+(?:the\s+)?"
    rf"(?:previous|prior|preceding|last|month\s+before)\s+(?P<previous>{_LAG_UNIT})\b"
    r"|\b(?:reported|published|provided|supplied|available|received|data|figures?|results?)"
    r"(?:\s+(?:is|are|was|were|always|only|being|reported|published))*"
    r"\s+(?P<bare>in\s+arrears)\b",
    re.I,
)
# words a footnote on the arrears must use to be about reporting, not about debts owed
# ('Tenants one month in arrears' is who is counted, not when)
NOTE_ARREARS_REPORTING = re.compile(
    r"\b(?:report(?:ed|ing|s)?|publish(?:ed|es)?|data|figures?|information|available"
    r"|availability|provided|supplied|received|returns?|lag(?:ged)?|relates?)\b",
    re.I,
)
# a line on the sheet saying a value cell's figure in brackets is last year's, for the same
# period ('Figures in brackets are last year's', 'the same quarter of 2023/24 in brackets',
# 'Brackets show the previous year', '(last year in brackets)'): both sayings in one line
BRACKETS_WORD = re.compile(r"\b(?:brackets?|bracketed|parenthes[ei]s)\b", re.I)
BRACKETS_LAST_YEAR = re.compile(
    r"\b(?:last|previous|prior|preceding)\s+year(?:'s)?\b|\ba\s+year\s+(?:earlier|before|ago)\b"
    r"|\bsame\s+(?:quarter|month|period|time|point)\s+(?:of\s+|in\s+)?(?:last\s+year|the\s+"
    r"(?:previous|prior)\s+year|\d{4}(?:[/-]\d{2,4})?)\b|\byear\s+before\b",
    re.I,
)
# a line of the sheet (or a rating column's heading) saying a quarter's rating among month
# columns is the position at the quarter's end ('Quarter RAG: the position at the end of the
# quarter', 'Q RAG based on the quarter-end figure', 'quarterly status = month 3'): with
# ``QUARTER_RATING_WORDS`` in the same line
QUARTER_END_POSITION = re.compile(
    r"\b(?:end\s+of\s+(?:the\s+|each\s+)?(?:quarter|qtr)|quarter[\s-]?end|qtr[\s-]?end"
    r"|(?:last|final|third)\s+month\s+(?:of\s+(?:the\s+|each\s+)?(?:quarter|qtr)|shown)"
    r"|month\s+(?:3|three)\s+(?:position|figure))\b",
    re.I,
)
QUARTER_RATING_WORDS = re.compile(
    r"\b(?:quarter(?:ly)?|qtr|q[1-4]?)\s+(?:rag|rating|status|ratings)\b", re.I
)
# a line of the sheet saying the rating rates the latest figure there is when the period its
# column names has none yet ('Where the Q3 figure is not yet available the RAG is based on
# Q2', 'RAG compares the Q3 position (or latest available)', 'the latest quarter reported'):
# with ``RATING_WORD`` in the same line
RATING_FALLS_BACK = re.compile(
    r"\(?\b(?:or|otherwise|else)\s+(?:the\s+)?(?:latest|most\s+recent|last)\s+"
    r"(?:available|reported|figure|position|quarter|month|data)\b"
    r"|\b(?:latest|most\s+recent)\s+(?:(?:quarter|month|period|figure|data)\s+)?"
    r"(?:available|reported)\b"
    r"|\bnot\s+(?:yet\s+)?(?:available|reported|in)\b[^.;]{0,80}?\b(?:based\s+on|uses?|rates?"
    r"|reflects?|shows?)\s+(?:the\s+)?(?:q[1-4]|previous|prior|last|latest|most\s+recent"
    r"|earlier)\b",
    re.I,
)
RATING_WORD = re.compile(r"\b(?:rag|rating|ratings|status)\b", re.I)
# what such a column's cell may say instead of how the row is counted: what kind of figure it
# is ('Rate', 'Percentage', 'Average'), beside 'Cumulative' on the other rows. Under quarter or
# month columns headed as the year to date ('2024/25 (year to date)' over 'Q2 (6 months)') such
# a row's figure is the rate or average over the year so far; under other columns, whether it is
# the period's own or counted from April the cell does not say, and it is asked about
ROW_FIGURE_KIND_WORDS = frozenset(
    {"rate", "rates", "percentage", "percent", "pct", "ratio", "proportion", "share", "average",
     "mean", "median", "score", "rate percent", "rate percentage", "average days"}
)  # fmt: skip
# words beside those that say nothing more ('Cumulative measure', 'Snapshot figure')
ROW_BASIS_FILLERS = frozenset({"measure", "figure", "figures", "basis", "value", "data", "count"})
# a rolling span written in such a cell (normalised): 'Rolling 12 months', '12m rolling',
# 'R12M', 'Rolling year', 'Last 12 months', 'LTM'; the months counted in ``count`` (digits or
# ``ROLLING_COUNT_WORDS``) or named by ``ROLLING_SPAN_WORDS``; 'Rolling' alone counts none
_ROLL_COUNT = r"(?:\d{1,2}|three|six|nine|twelve)"
ROW_ROLLING = re.compile(
    r"\b(?:(?:rolling|trailing|last|past|previous)\s+"
    rf"(?:(?P<count>{_ROLL_COUNT})\s?(?:months?|mths?|m)"
    r"|(?P<span>4 quarters|four quarters|half year|year|annual|quarter))(?:\s+rolling)?"
    rf"|(?P<after>{_ROLL_COUNT})\s?(?:months?|mths?|m)\s+(?:rolling|trailing)"
    r"|r\s?(?P<short>\d{1,2})\s?m|(?P<twelve>ltm|ttm|r12)|(?P<bare>rolling|trailing))\b"
)
ROLLING_COUNT_WORDS = {"three": 3, "six": 6, "nine": 9, "twelve": 12}
ROLLING_SPAN_WORDS = {
    "year": 12, "annual": 12, "quarter": 3, "half year": 6, "4 quarters": 12,
    "four quarters": 12,
}  # fmt: skip
# an indicator's name saying its figure is no running count, which may fall through the year
# even counted from April: a share, a rate, an average, a score ('Recycling rate (%)',
# 'Average days to re-let'); with ``SHARE_MEASURE_WORDS``
NOT_A_RUNNING_COUNT = re.compile(
    r"\b(?:average|avg|mean|median|per|ratio|index|score|satisfaction|satisfied)\b", re.I
)
# words (in the period columns' headings or the type cell) saying how a period number counts:
# from the start of the financial year (month 1 is April) or of the calendar year (January);
# an academic year's months are not numbered here at all
PERIOD_NUMBERING_FINANCIAL = re.compile(r"\b(?:financial|fiscal|fin|fy)\b")
PERIOD_NUMBERING_CALENDAR = re.compile(r"\b(?:calendar|cal)\b")
PERIOD_NUMBERING_ACADEMIC = re.compile(r"\b(?:academic|school|ay)\b")
# a finance period's name before its number ('P1' is April, 'Period 12' March)
FINANCE_PERIOD_NAME = r"(?:p|period)"
# 'Year 2024': a year said before its number
YEAR_BEFORE_NUMBER = r"year"
# a period marked year to date or cumulative ('YTD Q2', 'Cum. Apr-Sep')
YEAR_TO_DATE_MARK = r"(?:ytd|year\s+to\s+date|cumulative|cum\.)"
# an indicator's name saying its figures run from the start of the financial year
# ('Council tax collected – year to date', 'Income (YTD)', 'cumulative from 1 April')
NAME_YEAR_TO_DATE = re.compile(
    r"\b(?:(?:financial\s+)?year[\s\-]+to[\s\-]+date|f?ytd)\b"
    r"|\b(?:cumulative|cum\.?)\s+(?:from|since)\s+(?:1(?:st)?\s+)?april\b",
    re.IGNORECASE,
)
# a note line of the sheet saying the measures marked year to date count from April
# ('Measures marked (year to date) are cumulative from 1 April', 'YTD = cumulative from the
# start of the financial year'): the mark and April as the start, not a date of one year
# ('Performance year to date from 1 April 2024' is a report's window, not a counting rule)
NOTE_YEAR_TO_DATE_MARK = re.compile(r"\b(?:year[\s\-]+to[\s\-]+date|f?ytd)\b", re.IGNORECASE)
NOTE_FROM_APRIL = re.compile(
    r"\b(?:from|since)\s+(?:1(?:st)?\s+)?april\b(?![\s,]*\d{4})|" + _FROM_START_OF_YEAR,
    re.IGNORECASE,
)
# an indicator's name saying only that it is cumulative ('Affordable homes delivered
# (cumulative)'): from April in a grid of one financial year's quarters
NAME_CUMULATIVE = re.compile(r"\b(?:cumulative|cum\.)(?=\W|$)", re.IGNORECASE)
# ... and one saying it counts from some other start ('cumulative since 2019', 'cumulative
# over the plan period', 'cumulative total 2022-2027'): not from April
NAME_CUMULATIVE_ELSEWHERE = re.compile(
    r"\b(?:cumulative|cum\.)\s+(?:total\s+)?(?:since|from|over|across|during|for)\b"
    r"|\b(?:cumulative|cum\.)\s+(?:total\s+)?\(?\s*\d{4}"
    r"|\b(?:cumulative|cum\.)\s+(?:plan|programme|strategy|lifetime|life)\b",
    re.IGNORECASE,
)
# a period or figure marked provisional ('2025 (prov)', 'draft')
PROVISIONAL_MARK = r"(?:prov|provisional|unvalidated|unverified|draft)"
# markers that may surround a period and say nothing about its span
PERIOD_MARKER = (
    r"(?:prov\.?|provisional|p|r|revised|ot|outturn|out-turn|est\.?|estimated?|"
    r"final|draft|unvalidated|ytd|year\s+to\s+date|cumulative|cum\.)"
)
# the kind of year said with a period: '(AY)', 'academic year', 'FY', 'Fin. year', 'CY'
ACADEMIC_YEAR_MARK = r"\(\s*ay\s*\)|\bay\b|\bacademic(?:\s+year)?\b"
FINANCIAL_YEAR_MARK = r"\(\s*fy\s*\)|\bfy(?=[\s\d]|$)|\bfinancial(?:\s+year)?\b|\bfin\.?\s+year\b"
CALENDAR_YEAR_LEAD = r"(?:cy|calendar(?:\s+year)?)"
# the kind of year said after a year: '2023 (calendar year)', '2022/23 academic year'
YEAR_KIND_AFTER = r"(?:calendar|academic|school|financial|fiscal|tax)\s+year"
# what a period is of, said beside it as official statistics word it: the group followed from
# the period ('Apr 2022 – Mar 2023 cohort', 'Cohort: Apr 22 – Mar 23') or the events counted
# in it ('Offences in 2023/24', 'Proven offences in Jan 23 – Dec 23'); the period is read
# without them
PERIOD_OF_GROUP = r"(?:(?:re-?offending|offender|youth\s+justice)\s+)?cohort"
PERIOD_OF_EVENTS = (
    r"(?:(?:proven\s+)?offen(?:ces|ders)(?:\s+committed)?|(?:first[\s\-]+time\s+)?entrants)\s+in"
)
# the months a rolling span counts up to its last month: '12 months to', 'half year ending',
# 'year to the end of'; said rolling, the joining word may be left out: 'Rolling 12 months
# Jun 24', 'R12M Dec 24', 'LTM Jun 24' (the last twelve months), '12m rolling: Sep-24'
_SPAN_COUNT = r"(?:\d{1,2}|three|six|nine|twelve)"
_SPAN_MONTHS = rf"{_SPAN_COUNT}[\s\-]*(?:months?|mths?|m\b)"
_SPAN_JOIN = r"(?:to|ending|ended|end|up\s+to|until)\s+(?:(?:the\s+)?end\s+(?:of\s+)?)?"
# a quarter named by the day it ends ('Quarter Ending 30/06/2024', 'Qtr End Dec-24', 'Q/E 31
# Dec 2024'): the quarter's word before the joining word, or 'Q/E' standing for both
_QUARTER_LEAD = r"quarter|qtr\.?"
QUARTER_END_SHORT = r"q\s?/\s?e|q\.\s?e\."
ROLLING_SPAN = (
    r"(?P<lead>(?:"
    rf"(?:{_SPAN_MONTHS}|(?P<half>half[\s\-]year)|years?|(?P<quarter>{_QUARTER_LEAD}))\s+{_SPAN_JOIN}"
    rf"|(?P<quarter_end>{QUARTER_END_SHORT})\s+"
    rf"|(?:(?:rolling|trailing)\s+(?:{_SPAN_MONTHS}|year)|(?:last|past)\s+{_SPAN_MONTHS}"
    rf"|{_SPAN_MONTHS}\s+rolling"
    rf"|r\s?{_SPAN_COUNT}\s?m|[lt]{_SPAN_COUNT}m|ltm|ttm|rolling)"
    rf"[\s:,\-(]*(?:{_SPAN_JOIN})?"
    r"))"
)
# the number of months a rolling span's words count ('12' in 'R12M'; none: a year)
SPAN_COUNT = re.compile(rf"(?P<count>{_SPAN_COUNT})(?=[\s\-]*(?:months?|mths?|m\b))", re.I)
# a word saying figures are a rolling span, wherever it stands in a heading: left over once
# a single month is read, it says the month is the end of a span, not the figure's period
ROLLING_MARK = re.compile(
    rf"\b(?:rolling|trailing|ltm|ttm|[rlt]\s?{_SPAN_COUNT}\s?m|r{_SPAN_COUNT}|{_SPAN_MONTHS}"
    rf"|(?:half[\s\-])?year\s+(?:to|ending|ended)(?!\s+date))\b",
    re.I,
)
# a word that says figures are rolling whatever else a line says ('Rolling 12-month
# measures', 'R12M figures', 'LTM'); '12 months' alone may be a report's own year
ROLLING_WORD = re.compile(
    rf"\b(?:rolling|trailing|ltm|ttm|[rlt]\s?{_SPAN_COUNT}\s?m|(?:last|past)\s+{_SPAN_MONTHS})\b",
    re.I,
)
# a column heading that says its figures are the average of the periods beside it ('6 month
# average', 'Rolling 12 month average', 'Monthly average', '3 yr avg'): its average word, and
# every other word one of these — each giving the kind of period averaged ('month'), 'span'
# for a word saying it runs over periods, or "" for a word that says neither; a count ('6',
# 'twelve') may stand among them (normalised). A heading of "" words only ('Average for
# the period') says no span: it may be the period's own figure
AVERAGE_WORDS = frozenset({"average", "averages", "avg", "mean"})
AVERAGE_SPAN_WORDS: dict[str, str] = {
    "month": "month", "months": "month", "mth": "month", "mths": "month", "monthly": "month",
    "quarter": "quarter", "quarters": "quarter", "qtr": "quarter", "qtrs": "quarter",
    "quarterly": "quarter", "year": "year", "years": "year", "yr": "year", "yrs": "year",
    "rolling": "span", "moving": "span", "running": "span", "trailing": "span",
    "simple": "", "last": "", "past": "", "previous": "", "period": "", "periods": "",
    "shown": "", "for": "", "trend": "", "over": "", "the": "", "of": "",
    "two": "", "three": "", "four": "", "five": "", "six": "", "nine": "", "twelve": "",
}  # fmt: skip

# what comes before the end of a span: 'six months to', 'year ending'
SPAN_END_LEAD = (
    rf"(?:(?:months?|half[\s\-]year|years?|{_QUARTER_LEAD})\s+(?:to|ending|ended)"
    rf"|(?:{_QUARTER_LEAD})\s+end|{QUARTER_END_SHORT})"
)
# 'Year End 2023/24', 'End of year outturn': a year's own figure (normalised)
YEAR_END = re.compile(
    r"(?:financial )?(?:year end(?:ing)?|end of year|yr end)(?: (?:outturn|actual|position|result))?"
)
# a rating named for the end of the period it closes ('Year-end RAG', 'End of year status',
# 'Quarter end rating'): the rating of each row's latest figure, never a column of periods
# (normalised; a forecast of the year's end is read as a forecast before this)
RATING_AT_END = re.compile(
    r"(?:financial )?(?:year end|end of year|yr end|full year|quarter end|end of quarter"
    r"|month end|end of month|period end|end of period) (?:rag|rag status|rag rating|rating"
    r"|status|performance status|performance rating|rag score|assessment)"
)
# a PivotTable's value field named by Excel ('Sum of Actual', 'Average of Target') or
# LibreOffice ('Sum - Actual'); a count or a product is not the field's own figure
PIVOT_FIELD = re.compile(r"(?:sum|average|max|min)(?: of |\s?-\s?)(?P<field>.+)", re.IGNORECASE)
# '+/- target', 'Target ±': the gap to the target, worked out from the figures
_PLUS_MINUS = r"(?:\+\s*/\s*-|-\s*/\s*\+|\u00b1)"
PLUS_MINUS_TARGET = re.compile(
    rf"{_PLUS_MINUS}\s*(?:(?:against|to|vs\.?|v\.?|on|from)\s+)?(?:the\s+)?target"
    rf"|target\s*{_PLUS_MINUS}",
    re.IGNORECASE,
)
# '[note 3]', '[Note 12]', '[x]': pointers to the notes sheet, not part of what a heading says
NOTE_MARK = re.compile(r"\s*\[(?:note\s*\d+|[a-z])\]", re.IGNORECASE)
# '(Metric ID 1234)', '(id: 56)': an identifier in brackets after an indicator's name
ID_ASIDE = re.compile(r"\s*\((?:metric|indicator|measure)?\s*id[^)]*\)\s*$", re.IGNORECASE)
# 'Page 3 of 12': a printed page's footer, normalised
PAGE_FOOTER = re.compile(r"page \d+(?: of \d+)?")
# the name a report designer or database tool gives a new text box, label or field until
# someone labels it ('Textbox27', 'TextBox3', 'Text12', 'Label4', 'Field1', Excel's 'Column1',
# a data frame's 'Unnamed: 3'), normalised: as a heading it says nothing of its column
CONTROL_NAME_HEADING = re.compile(r"(?:text ?box|text|label|field|column|unnamed) ?\d{1,4}")
# lines that start a sheet's notes, never a table's title
NOT_A_TITLE = re.compile(r"(?i)^(?:notes?|source|key|\*|\d+[.)])")
# what follows a target written inside an indicator's name ('target 95% for ...')
TARGET_IN_NAME_END = (
    r"(?=\s*(?:$|[)\],;]|for\b|by\b|per\b|in\b|each\b|a\b|\()|\s+(?:cumulative|annual))"
)
# what joins a benchmark's words to its number: 'England average: 45', 'median is 12'
BENCHMARK_JOINER = r"(?::|=|–|—|\s-|\bof\b|\bat\b|\bis\b|\bcurrently\b)"
# words before a polarity cell's own word: 'Polarity: Higher', 'Aim to minimise'
POLARITY_PREFIX = re.compile(
    r"^(?:polarity|aim(?: to)?|good performance is|direction)\s*[:=-]?\s*", re.I
)
# a shade said before a RAG colour: 'Dark green', 'Pale amber'
RAG_SHADE = re.compile(r"^(?:dark|light|pale|bright) (?=red|amber|green|yellow|orange)")
# a target band: '90-95%', '90 to 95', 'between 90 and 95'
TARGET_BAND = re.compile(
    r"^(?:between\s+)?(?P<low>.+?)\s*(?:-|–|—|\bto\b|\band\b)\s*(?P<high>.+)$", re.I
)
# a number's scale words and the power of ten each means: '£1.2m' is 1,200,000, '£850k'
# is 850,000 (the one list: the scale words a figure or a unit may carry are these)
SCALE_EXPONENTS = {
    "k": 3, "thousand": 3, "m": 6, "mn": 6, "million": 6, "bn": 9, "billion": 9,
}  # fmt: skip
SCALE_WORDS = "|".join(sorted(SCALE_EXPONENTS, key=len, reverse=True))
# a scale written as the zeros it stands for, in a unit: '£000', "£'000", '£000s'
SCALE_ZEROS = {"000": 3, "000000": 6}
# each way a currency is written before a figure, and the currency it is
CURRENCIES = {"£": "£", "$": "$", "€": "€", "gbp": "£"}
CURRENCY_WORDS = "|".join(re.escape(word) for word in sorted(CURRENCIES, key=len, reverse=True))
# the currencies written as one sign ('£', '$', '€'), as a character class's members
CURRENCY_SIGNS = "".join(re.escape(word) for word in CURRENCIES if len(word) == 1)
# one of them, as a pattern ('£' of '£1,200', '$' of '~$40')
MONEY_SIGN = f"[{CURRENCY_SIGNS}]"
# the per cent sign as written after a figure: '54%', '58 per cent', '68.4 percent', '12 pct',
# '81.3pc' ('pc' in lower case and as a word of its own: not the 'PC' or 'pcs' of a count)
PERCENT_WORDS = r"%|per\s?cent|pct|(?-i:pc)(?![A-Za-z])"
# a rate's base after a figure: 'per 1,000', '/100k', 'per head', 'per FTE'
# (after a slash only a round base: '183 / 201' is two figures, a count over a target or
# over its base, not a rate; so is '38 / 10.9%' or '38 / 10%', a count and its share)
RATE_UNIT = re.compile(
    r"(?:per\s*(?:\d[\d,]*(?:\s?k)?|head|capita|fte)"
    r"|/\s*(?:1(?:0|,?000)+(?:\s?k)?|1\s?k|head|capita|fte))(?![.,]\d|\s*%)\b.*",
    re.I,
)
# a score's scale after a figure: '7.2/10', '7.4 out of 10', '3.9 / 5' (a mean rating, no rate)
SCORE_SCALE_UNIT = re.compile(r"(?:/|out\s+of)\s*(?P<scale>5|7|10)", re.I)
# a rate written in words after a currency: '£12.50 per visitor'
PER_WORDS_UNIT = re.compile(r"per\s+[a-z ]{1,20}", re.I)
# a unit that is a rate: 'per 1,000', '£ per 100k', 'Rate per 10,000', 'per 1,000 households'
RATE_WORDS = re.compile(
    rf"^(?:{MONEY_SIGN}\s*)?(?:per|/)\s*\d[\d,]*\s*k?(?:\s+[a-z][a-z' -]*)?$|^rate\b", re.I
)
# 'per cent', 'percentage' in an indicator's name: both read as 'percent' when matching names
PERCENT_NAME_WORDS = re.compile(r"\bper\s+cent\b|\bpercentage\b")

# headings that name a target as often as which way is good ('Aim: Higher', 'Aim | 95%',
# 'Goal | Maximise'): beside a period, or over figures, they are the target
TARGET_OR_POLARITY = frozenset({"aim", "aims", "aiming for", "goal", "goals"})

# words of a report's own title ('Performance Monitoring Report', 'Corporate Scorecard'):
# a line above a table holding one names the report, not the indicator the table holds
REPORT_TITLE_WORDS = frozenset(
    {"report", "scorecard", "dashboard", "appendix", "monitoring report", "performance report",
     "performance summary", "adroddiad"}
)  # fmt: skip

# a forecast of a year's figure however it is worded ('Expected outturn 2024/25', 'Estimated
# out-turn', 'Year end projection', 'Outturn (forecast)'): a word of expecting beside a word
# of the year's result, in either order, is no period's figure; a bare 'Outturn' is
_FORECAST_WORD = (
    r"(?:forecasts?|forecasted|projected|projections?|expected|estimated|estimates?|est"
    r"|anticipated|likely|predicted|predictions?|probable)"
)
_RESULT_WORD = r"(?:out\s?turn|out-turn|year\s?end|year-end|end of year|position|result)"
FORECAST_HEADING = re.compile(
    rf"\b{_FORECAST_WORD}\b.*\b{_RESULT_WORD}|\b{_RESULT_WORD}\b.*\b{_FORECAST_WORD}\b", re.I
)

# a rating column's heading saying it rates a forecast ('RAG (forecast v target)', 'RAG
# forecast', 'Projected RAG'): the expected result is rated, not an observed figure. A
# forecast after 'v', 'vs', 'against' ('RAG vs forecast') is what is compared with, not this
RATED_FORECAST = re.compile(
    r"(?<!\bv )(?<!\bvs )(?<!\bversus )(?<!\bagainst )(?<!\bto )(?<!\bwith )"
    rf"\b{_FORECAST_WORD}\b"
)

# what a rating column rates when it is not how the indicator performs: the data's quality
# ('Data quality rating', 'DQ RAG', 'Confidence in data'), a risk ('Risk rating', 'Likelihood',
# 'Impact') or a priority. Such a column of Red/Amber/Green words is never the row's RAG.
# Matched as whole words of the normalised heading
OTHER_RATING_SUBJECTS = (
    "data quality", "quality of data", "quality of the data", "dq", "data confidence",
    "confidence", "reliability", "reliable", "data reliability", "data accuracy", "accuracy",
    "assurance", "data assurance", "completeness", "validation", "validated", "risk", "risks",
    "priority", "priorities", "impact", "likelihood", "probability", "severity", "ansawdd data",
)  # fmt: skip
# ('at risk' is a rating of performance: 'Status (on track / at risk)')
OTHER_RATING_HEADING = re.compile(
    r"(?<!\bat )\b(?:" + "|".join(re.escape(w) for w in OTHER_RATING_SUBJECTS) + r")\b"
)

# what a rating column's heading names as that it rates against, when not the target ('RAG
# vs England', 'Against same quarter last year', 'RAG vs statistical neighbours'): such a
# rating compares the figure with a benchmark and is context, not the indicator's rating.
# Matched as whole words of the normalised heading; a heading naming the target ('RAG vs
# target', 'Against target and England') rates against the target whatever else it names
RATED_AGAINST_COMPARATOR_WORDS = (
    "england", "eng", "national", "nationally", "uk", "great britain", "scotland", "wales",
    "london", "region", "regional", "regionally", "north west", "north east", "south east",
    "south west", "east midlands", "west midlands", "yorkshire and the humber",
    "east of england", "statistical neighbours", "statistical neighbour", "stat neighbours",
    "stat neighbour", "sn", "sns", "neighbours", "neighbour", "nearest neighbours", "cipfa",
    "family group", "comparator", "comparators", "comparator group", "benchmark",
    "benchmarks", "peers", "peer group", "similar councils", "similar authorities",
    "last year", "previous year", "prior year", "same period last year",
    "same quarter last year", "same month last year", "last quarter", "previous quarter",
    "prior quarter", "last month", "previous month", "average", "avg", "median", "quartile",
)  # fmt: skip
RATED_AGAINST_COMPARATOR = re.compile(
    r"\b(?:" + "|".join(re.escape(w) for w in RATED_AGAINST_COMPARATOR_WORDS) + r")\b"
)
RATED_AGAINST_TARGET = re.compile(r"\b(?:target|targets|targeted|tolerance|aim|goal|plan)\b")

# money a contract's KPI costs the provider when missed ('Service credit (£)', 'Credits due',
# 'Deduction applied', 'Abatement'): an amount beside the indicator, not its figure, nor the
# service it belongs to. Matched whole (normalised), so a name such as 'Penalty charge
# notices issued' is no such column
MONEY_PENALTY_HEADING = re.compile(
    r"(?:(?:total|financial|contract|performance|payment)\s+)?"
    r"(?:service\s+credits?|credits?|penalt(?:y|ies)|deductions?|abatements?"
    r"|liquidated\s+damages|(?:service\s+)?(?:failure|default)\s+points"
    r"|payment\s+(?:adjustment|reduction)s?)"
    r"(?:\s+(?:due|applied|earned|incurred|value|amount|payable|levied|made|total|to\s+date"
    r"|this\s+(?:quarter|month|period)|£\w*|gbp|q\d|\d+))*",
    re.I,
)
# a note line headed by a contract's penalties ('Default points (Schedule 7, Payment
# Mechanism): …', 'Service credits: …', 'Deductions – …'): all it says, a rolling window
# ('20 points in any rolling 12 months', 'Rolling 12-month total: 15') too, is about them
PENALTY_NOTE = re.compile(
    r"^\W*(?:(?:contract|performance|payment)\s+)?"
    r"(?:service\s+credits?|penalty\s+points|deductions?|abatements?|liquidated\s+damages"
    r"|(?:service\s+)?(?:failure|default)\s+points|payment\s+(?:adjustment|reduction)s?)"
    r"\s*(?:\([^)]*\))?\s*[:\-\u2013\u2014]",
    re.I,
)

# the two measures a table may give side by side for each indicator and period: a count
# ('No.', 'Number', 'Count') and a rate ('Rate', 'Rate per 10,000', 'per 1,000', '%'),
# as sub-headings (normalised)
COUNT_MEASURE_WORDS = frozenset({"no", "nos", "number", "numbers", "count", "num"})
_PER_BASE = r"per \d[\d ]*k?(?: [a-z][a-z ]*)?"
RATE_MEASURE_HEADING = re.compile(
    rf"(?:rate|%|percent|per cent|percentage|proportion)(?: %| {_PER_BASE})?|{_PER_BASE}"
)
# a heading that is a rate's base alone ('per 1,000', 'Per 10k'): figures at that rate
BARE_RATE_HEADING = re.compile(r"per \d[\d ]*k?")
# Words that make a target column something other than the council's own target, the one
# its RAG is judged against: a more ambitious aim ('Stretch target', 'Aspirational target'),
# a target set by others ('National target', 'Statutory target'), a floor under it
# ('Minimum standard', 'Floor target') or an earlier one ('Previous target', 'Original
# target'). Beside the council's target such a column is left out, or read as the
# comparator named here; a lone one is held for review. Matched as whole words of the
# ``normalise``d heading.
OTHER_TARGET_WORDS: dict[str, str | None] = {
    "stretch": None, "stretching": None, "aspirational": None, "aspiration": None,
    "ambitious": None, "ambition": None, "long term": None, "longer term": None,
    "ideal": None, "challenge": None,
    "national": "National", "england": "England", "regional": "Regional",
    "statutory": None, "government": None, "minimum": None, "minimum standard": None,
    "floor": None, "threshold": None, "intervention": None,
    "previous": None, "prior": None, "last year": None, "last year s": None, "old": None,
    "original": None, "former": None,
}  # fmt: skip
_OTHER_TARGET = re.compile(rf"\b(?:{alternatives(OTHER_TARGET_WORDS)})\b")

# Two target columns qualified as the council's own ('Local target 2024-25', "Council's
# target", 'Own target', Welsh 'Targed lleol') and as one set for every council ('National /
# Welsh Government target', 'Statutory target', 'England target', 'Minimum standard'): the
# council's own is the target, and the other the target of the rows where it set none, as
# such reports judge their RAG. A stretch, aspirational, quartile or earlier target never
# fills in (those words are OTHER_TARGET_WORDS outside SET_BY_OTHERS_TARGET_WORDS, and
# POSITION_TARGET_WORDS). Matched as whole words of the ``normalise``d heading.
OWN_TARGET_WORDS = frozenset(
    {"local", "own", "council", "council s", "councils", "our", "corporate", "lleol", "ein"}
)
SET_BY_OTHERS_TARGET_WORDS = frozenset(
    {"national", "statutory", "government", "welsh government", "scottish government",
     "england", "minimum standard", "national standard", "cenedlaethol", "statudol",
     "llywodraeth cymru"}
)  # fmt: skip
# the noun that makes a heading a target's ('National / Welsh Government target', 'Minimum
# standard'): a 'National' column alone is a national figure, not a target
POSITION_TARGET_WORDS = frozenset(
    {"quartile", "quintile", "decile", "percentile", "average", "median", "mean", "top",
     "upper", "best", "benchmark", "neighbours", "comparator", "comparators"}
)  # fmt: skip
TARGET_HEADING_NOUNS = re.compile(r"\b(?:targets?|targed(?:au)?|standards?)\b")
_OWN_TARGET = re.compile(rf"\b(?:{alternatives(OWN_TARGET_WORDS)})\b")
_SET_BY_OTHERS = re.compile(rf"\b(?:{alternatives(SET_BY_OTHERS_TARGET_WORDS)})\b")

# A column headed as a standard set for every service ('Standard', 'National standard',
# 'Constitutional standard' in an NHS-style integrated performance report): in a table with
# no column headed as a target it is the target of every period of its row
# (``standard_targets``). Matched as the whole ``normalise``d heading.
STANDARD_HEADINGS = frozenset(
    {"standard", "standards", "national standard", "constitutional standard",
     "operational standard", "nhs standard", "nhs constitutional standard",
     "national constitutional standard", "national operational standard"}
)  # fmt: skip

# the noun of a heading naming a target ('Target', 'National target', 'Targed lleol'): a table
# with such a column reads its standard as before
TARGET_NOUN = re.compile(r"\b(?:targets?|targed(?:au)?)\b")


def standard_heading(heading: str) -> bool:
    """'Standard', 'National standard', 'Constitutional standard': a standard's column."""
    return normalise(heading) in STANDARD_HEADINGS


def plan_for_latest(heading: str) -> bool:
    """'Plan (latest month)', 'Trajectory - current month': a plan (``PLAN_SUBHEADINGS``)
    for the latest period shown only (a ``RELATIVE_PERIODS`` heading of no step back)."""
    text = normalise(heading)
    for plan in PLAN_SUBHEADINGS:
        for rest in (text.removeprefix(plan + " "), text.removesuffix(" " + plan)):
            if rest != text and RELATIVE_PERIODS.get(rest, (None, -1))[1] == 0:
                return rest not in ("this year", "current year")
    return False


def plan_heading(words: str) -> bool:
    """'Plan', 'Trajectory', 'Operating plan': the heading words of a plan for a period."""
    return normalise(words) in PLAN_SUBHEADINGS


def own_target(heading: str) -> bool:
    """'Local target 2024-25', "Council's target": a target heading naming it the council's
    own, and no other kind of target ('Local stretch target' is a stretch)."""
    text = normalise(heading)
    return (
        _OWN_TARGET.search(text) is not None
        and TARGET_HEADING_NOUNS.search(text) is not None
        and _OTHER_TARGET.search(text) is None
        and not set(text.split()) & POSITION_TARGET_WORDS
    )


def set_by_others_target(heading: str) -> bool:
    """'National / Welsh Government target', 'Statutory target', 'Minimum standard': a
    target set for every council, and nothing else ('National stretch target', 'National
    top quartile target' and a bare 'National' are not)."""
    text = normalise(heading)
    if _SET_BY_OTHERS.search(text) is None or TARGET_HEADING_NOUNS.search(text) is None:
        return False
    rest = _SET_BY_OTHERS.sub(" ", text)
    return _OTHER_TARGET.search(rest) is None and not set(rest.split()) & POSITION_TARGET_WORDS


def other_target(heading: str) -> tuple[str, str | None] | None:
    """The word saying a target heading is not the council's own target ('stretch' in
    'Stretch target 2024/25') and the comparator it names, if any; None for the council's."""
    found = _OTHER_TARGET.search(normalise(heading))
    if found is None:
        return None
    return found[0], OTHER_TARGET_WORDS[found[0]]


# ---------------------------------------------------------------- a rating with its reason
# what parts a status's rating from the reason typed after it: 'Red - recruitment delays',
# 'R – see note 3', 'Green: on target', 'AMBER (improving)', 'N/A – contextual measure'
RAG_REASON_SEPARATOR = re.compile(r"\s*(?:[-\u2013\u2014:;]|[(\[])\s*")
# what joins two ratings into a level between them on a five-level scale: 'Amber/Green',
# 'Red / Amber', 'Amber-Green', 'R/A', 'Amber & Green', 'Green to Amber', 'Red Amber'
RAG_BETWEEN_JOINER = r"(?:\s*[/&+\-\u2013\u2014]\s*|\s+to\s+)"
RAG_BETWEEN_SPACE_JOINER = r"\s+"  # only between whole colour words ('Red Amber', not 'R A')

# ---------------------------------------------------------------- ratios
# a ratio typed as text ('18:1', '1 : 3.2'); written against one, its reading is the other side
RATIO_CELL = re.compile(r"^\s*(?P<a>\d+(?:\.\d+)?)\s*:\s*(?P<b>\d+(?:\.\d+)?)\s*$")
# words saying a row's figures are ratios against one: the unit 'Ratio', a name's 'staff to
# child ratio', 'caseload per social worker' (per a thing, not 'per 1,000' nor 'per cent'),
# 'children to one carer', 'for every'
RATIO_CONTEXT = re.compile(
    r"\bratios?\b|\bcymhareb\b|\bper\s+(?!cent\b|centage\b|\d|head\b|capita\b)[a-z]"
    r"|\bto\s+(?:one|1)\b|\bfor\s+every\b|\b[a-z]+-to-[a-z]+\b",
    re.I,
)
# a share written in words, rounded: '1 in 6 calls abandoned', 'about 1 in 4', 'fewer than 1
# in 10', 'one in five' — words, no figure the sheet gives (normalised)
ONE_IN_N = re.compile(
    r"^(?:(?:about|around|approx\.?|approximately|roughly|nearly|almost|over|under|fewer than"
    r"|less than|more than|at least|at most|no more than|up to)\s+)?(?:1|one)\s+(?:in|out of)\s+"
    r"(?:\d{1,3}(?:[, ]\d{3})*|two|three|four|five|six|seven|eight|nine|ten|twenty|a hundred)\b"
    r"(?:\s+\D*)?$"
)

# ---------------------------------------------------------------- durations
# a time unit written after a figure in a duration ('1m 48s', '2 mins 35 secs', '1h 5m',
# '155 secs', '1 day 4 hrs', '1d 4h') -> the seconds it holds (a day is 24 hours)
DURATION_UNITS = {
    "d": 86400, "day": 86400, "days": 86400,
    "h": 3600, "hr": 3600, "hrs": 3600, "hour": 3600, "hours": 3600,
    "m": 60, "min": 60, "mins": 60, "minute": 60, "minutes": 60,
    "s": 1, "sec": 1, "secs": 1, "second": 1, "seconds": 1,
}  # fmt: skip
# the export's time units -> the seconds one holds (a row mixing them is put in seconds)
SECONDS_IN_UNIT = {"seconds": 1, "minutes": 60, "hours": 3600, "days": 86400}
# a time unit written as its letter alone ('4h', '2d', '30s'): read as that unit only in a
# row whose other figures are durations in words ('2h 15m'); alone it keeps its letter ('m'
# is left out: '12m' may be millions or metres)
SECONDS_IN_LETTER = {"h": 3600, "d": 86400, "s": 1}
# a name or heading saying its 'n:nn' figures are minutes and seconds: '(mm:ss)', 'm:ss'
MINUTES_CLOCK = re.compile(
    r"\bm{1,2}\s*:\s*ss\b|\bmins?\s*:\s*secs?\b|\bminutes\s*:\s*seconds\b", re.I
)
# a unit cell that is only a clock format, how a row's times are shown: 'mm:ss', 'm:ss',
# '(mm:ss)', 'mins:secs', 'minutes:seconds'; 'hh:mm', 'hrs:mins' (group 'hm'); 'hh:mm:ss',
# 'h:mm:ss' (group 'hms', whose two parts may be either)
CLOCK_FORMAT_UNIT = re.compile(
    r"\(?\s*(?:(?P<hms>h{1,2}\s*:\s*mm\s*:\s*ss)"
    r"|(?P<hm>h{1,2}\s*:\s*mm|hrs?\s*:\s*mins?|hours\s*:\s*minutes)"
    r"|m{1,2}\s*:\s*ss|mins?\s*:\s*secs?|minutes\s*:\s*seconds)\s*\)?",
    re.I,
)
# ... hours and minutes: '(hh:mm)', 'h:mm', 'hrs:mins', 'Average time to repair (hours)'
HOURS_CLOCK = re.compile(r"\bh{1,2}\s*:\s*mm\b|\bhrs?\s*:\s*mins?\b|\bhours?\b|\bhrs\b", re.I)
# words of a measure of time taken, whose 'n:nn' figures are minutes and seconds
TIME_MEASURE_WORDS = re.compile(
    r"\b(?:time|times|timescale|wait|waits|waiting|duration|speed of answer|handling|queue|"
    r"queuing|queueing|call length|length of call|mins|minutes|secs|seconds)\b",
    re.I,
)
# a name saying its 'n:nn' figures are not a time: '1:18' is a ratio
NOT_A_CLOCK = re.compile(r"\bratios?\b|\bproportion\b|\bscore\b|\bodds\b", re.I)
# seconds written short or singular, in the export's plural like the other time units
PLURAL_UNITS.update({"s": "seconds", "sec": "seconds", "secs": "seconds", "second": "seconds"})
# a name saying its figures are seconds ('Average speed of answer (seconds)'); 'within 30
# seconds' is a threshold the name speaks of, not the figure's unit
UNIT_RULES.append((re.compile(r"(?<!\d )(?<!\d)\b(?:seconds|secs)\b", re.I), "seconds"))
# what joins the parts of a duration written in words: '1 hour, 5 minutes and 10 seconds'
DURATION_JOINER = re.compile(r"\s*(?:,|\band\b)?\s*", re.I)
# a row under an indicator table that sums up the rows above, never an indicator of its own
# (besides SUMMARY_NAMES, which a row is left out for too)
SUMMARY_ROW_LABELS = frozenset(
    {"averages", "average overall", "all measures", "all kpis", "all pis",
     "all performance indicators", "average of all indicators", "average of all measures",
     "average all indicators", "simple average", "mean average", "cyfartaledd",
     "cyfartaledd cyffredinol", "pob dangosydd", "pob mesur"}
)  # fmt: skip

# a service plan's actions beside its indicators: a sheet whose heading row names the action
# ('Action', 'Key action', 'Milestone', 'Deliverable', 'Project') and how far it has got
# or when it is due ('% complete', 'Due date'), normalised, holds no indicators
ACTION_HEADINGS = frozenset(
    {"action", "actions", "key action", "key actions", "action description", "milestone",
     "milestones", "deliverable", "deliverables", "improvement action", "plan action",
     "service plan action", "cam gweithredu", "gweithred"}
)  # fmt: skip
ACTION_PROGRESS_HEADINGS = frozenset(
    {"complete", "% complete", "percent complete", "percentage complete", "per cent complete",
     "due date", "target date", "deadline", "completion date", "date due",
     "expected completion", "target completion date", "dyddiad cwblhau"}
)  # fmt: skip
# how far an action or milestone has got, written in a period's cell where a figure would go
# ('Not started', 'In progress', 'Delayed', 'On hold'), normalised: a row's values, never its
# column's heading (ratings, statuses and answers are read by their own lists)
PROGRESS_WORDS = frozenset(
    {"not started", "not yet started", "yet to start", "started", "in progress", "underway",
     "under way", "ongoing", "delayed", "on hold", "paused", "stalled", "slipped", "deferred",
     "postponed", "cancelled", "canceled", "withdrawn", "overdue", "complete", "completed",
     "done", "closed", "heb ddechrau", "ar waith", "wedi oedi", "wedi cwblhau"}
)  # fmt: skip

# a rating typed in a figure's own cell ('78.4% (A)', '72% R', 'G - 91%', '91% Green'): the
# colour words and letters it may be written with (casefolded); a lone r after a figure is
# also the official-statistics mark of a revised figure, told apart by the rest of the table
FIGURE_RATING_WORDS: dict[str, _Rag] = {
    "r": "red", "a": "amber", "g": "green", "red": "red", "amber": "amber", "yellow": "amber",
    "orange": "amber", "green": "green", "coch": "red", "ambr": "amber", "oren": "amber",
    "melyn": "amber", "gwyrdd": "green",
}  # fmt: skip
# a note saying an r after a figure marks a revised figure: '(r) revised since the last
# report', 'r = revised', 'Figures marked r have been revised', 'Revised figures are marked (r)'
REVISED_NOTE = re.compile(
    r"(?<![\w])(?:[(\[]r[)\]]|r)\s*(?:[=:\u2013\u2014-]\s*|\s)(?:figures?\s+)?"
    r"(?:(?:has|have)\s+been\s+)?(?:revised|revision|amended)\b"
    r"|\brevised\b[^.;]{0,40}?(?:[(\[]r[)\]]|['\"\u2018\u2019]r['\"\u2018\u2019])",
    re.I,
)

# A target given as a band over two columns, its low end in one and its high end in the
# other ('Target (min)' | 'Target (max)', 'Lower limit' | 'Upper limit', 'Tolerance from' |
# 'Tolerance to', 'Floor' | 'Ceiling'): a heading is one end when, normalised, it is an end
# word written before or after a band word, or is one of the ends that need no band word.
TARGET_BAND_WORDS = (
    "target", "targets", "target range", "target band", "tolerance", "tolerance range",
    "tolerance band", "acceptable range", "range", "band", "threshold", "limit", "limits",
)  # fmt: skip
TARGET_BAND_LOW_WORDS = ("min", "minimum", "lower", "low", "from", "floor", "bottom", "lowest")
TARGET_BAND_HIGH_WORDS = ("max", "maximum", "upper", "high", "to", "ceiling", "top", "highest")
TARGET_BAND_LOW_ALONE = frozenset(
    {"lower limit", "lower bound", "lower threshold", "lower tolerance", "floor",
     "floor target", "target floor", "lower target", "minimum target", "min target"}
)  # fmt: skip
TARGET_BAND_HIGH_ALONE = frozenset(
    {"upper limit", "upper bound", "upper threshold", "upper tolerance", "ceiling",
     "ceiling target", "target ceiling", "upper target", "maximum target", "max target"}
)  # fmt: skip


def target_band_end(heading: object) -> str | None:
    """'low' or 'high' for a heading naming one end of a target band ('Target (min)',
    'Upper limit', 'Tolerance from'), else None."""
    key = normalise(heading)
    if key in TARGET_BAND_LOW_ALONE:
        return "low"
    if key in TARGET_BAND_HIGH_ALONE:
        return "high"
    for end, words in (("low", TARGET_BAND_LOW_WORDS), ("high", TARGET_BAND_HIGH_WORDS)):
        for word in words:
            for band in TARGET_BAND_WORDS:
                if key in (f"{band} {word}", f"{word} {band}"):
                    return end
    return None


# Under (or beside) a quarter's or a month's heading, a figure for that period alone ('In
# quarter', 'Discrete', 'In month') or one counted from the start of the financial year
# ('Year to date', 'Cumulative', 'YTD'): the first is the period's figure, the second
# covers April to the end of the period. Normalised.
IN_PERIOD_SUBHEADINGS = frozenset(
    {"in quarter", "in qtr", "in the quarter", "quarter only", "qtr only", "discrete",
     "discrete quarter", "quarterly", "in month", "in the month", "month only",
     "discrete month", "monthly", "in period", "in the period", "period only",
     "in quarter actual", "actual in quarter", "in month actual", "actual in month",
     "quarter actual", "month actual"}
)  # fmt: skip
# the words before the quarter or month a year's figure to date reaches ('2024/25 YTD (Q2)',
# '2024/25 YTD to Sep', '2024/25 to date (up to end of Q2)'): the part alone is left
TO_DATE_REACH = re.compile(
    r"(?:(?:up )?to(?: the)?(?: end(?: of)?)?|at(?: the)? end(?: of)?|end(?: of)?|until|as at) "
)
TO_DATE_SUBHEADINGS = frozenset(
    {"year to date", "ytd", "cumulative", "cumulative ytd", "cumulative year to date",
     "to date", "ytd actual", "actual ytd", "actual to date", "cum", "running total",
     "cumulative total", "cumulative to date", "cumulative actual", "actual cumulative",
     "financial year to date", "fytd"}
)  # fmt: skip
# a sub-heading under a period naming the figure planned for it, its target ('Apr-24' over
# 'Plan' | 'Actual' | 'Variance' in an NHS integrated performance report)
PLAN_SUBHEADINGS = frozenset(
    {"plan", "planned", "trajectory", "plan trajectory", "planned trajectory", "operating plan",
     "operational plan", "plan value", "planned value", "planned level", "plan figure"}
)  # fmt: skip
# in a long table with a figure for the row's period beside one to date ('In quarter' |
# 'Year to date'), the words in a target's or a rating's heading saying which figure it goes
# with: 'YTD target', 'Target to date', 'Cumulative RAG' ... or 'In quarter target',
# 'Monthly target', 'Quarter only status'
LONG_TO_DATE_MARK = re.compile(
    r"\b(?:f?ytd|(?:financial\s+)?year[\s-]+to[\s-]+date|cumulative|cum\.?|to[\s-]+date)(?=\W|$)",
    re.IGNORECASE,
)
LONG_IN_PERIOD_MARK = re.compile(
    r"\b(?:in[\s-]+(?:the\s+)?(?:quarter|qtr|month|period)|quarterly|monthly|discrete"
    r"|(?:quarter|qtr|month|period)\s+only)\b",
    re.IGNORECASE,
)
# in a quarter's or month's cell, a second figure marked as the year to date, the mark before
# or after it ('389 (801 YTD)', '41 / YTD 79', '174 [year to date: 360]', '12 (cum. 30)');
# and the period's own figure marked as such, where it is ('389 in quarter / 801 YTD')
CELL_TO_DATE_MARK = (
    r"(?:f?ytd|(?:financial\s+)?year[\s-]+to[\s-]+date|cumulative|cum\.?|to[\s-]+date)"
)
CELL_IN_PERIOD_MARK = (
    r"(?:in[\s-]+(?:the\s+)?(?:quarter|qtr|month|period)|(?:quarter|qtr|month|period)"
    r"(?:\s+only)?|discrete)"
)
# a note saying what a rating compares ('RAG compares the year to date actual with ...',
# 'Status is based on the in quarter figure'): the figure it names first after these words
RATING_VERB = (
    r"(?:compares?"
    r"|(?:is\s+|are\s+)?based\s+on|(?:is|are)\s+(?:measured|judged|assessed)\s+(?:against|on)"
    r"|(?:measures|rates|reflects)|(?:is|are)\s+for|relates?\s+to|refers?\s+to|applies\s+to)"
)
RATING_COMPARES = re.compile(
    r"\b(?:rag|status|rating)s?(?:\s+(?:status|rating|rag)s?)?\s+" + RATING_VERB + r"\b",
    re.IGNORECASE,
)
# what a note says a target is, after the target's name ('Contract targets are the
# year-to-date profile …', 'Targets shown are cumulative', 'The target is for the year to date')
TARGET_IS = r"(?:(?:shown|given|set)\s+)?(?:is|are)(?:\s+(?:set|shown|given|profiled))?"
TARGET_SAID = re.compile(r"\btargets?\s+" + TARGET_IS + r"\b", re.IGNORECASE)
# in such a note, the words that end the figure rated and begin what it is rated against
# ('RAG compares the year to date actual | with the target'); and the words naming a period's
# own figure there ('RAG rates Q3 performance', 'the quarter's figure'): the first figure named
# is the one rated (``to_date_ratings``)
RATED_AGAINST = re.compile(r"\b(?:against|with|versus|vs|compared|relative)\b", re.IGNORECASE)
RATED_OWN_PERIOD = re.compile(
    r"\b(?:q[1-4]|quarter(?:ly|'s)?|qtr|month(?:ly|'s)?|in[\s-]+(?:the\s+)?period|discrete)\b",
    re.IGNORECASE,
)
# alone, beside a figure to date, a figure for the report's own period ('In quarter' |
# 'Year to date' under a title naming Quarter 2)
RELATIVE_PERIODS.update(
    {"in quarter": ("quarter", 0), "in qtr": ("quarter", 0), "in the quarter": ("quarter", 0),
     "quarter only": ("quarter", 0), "discrete quarter": ("quarter", 0),
     "in month": ("month", 0), "in the month": ("month", 0), "month only": ("month", 0),
     "discrete month": ("month", 0), "discrete": (None, 0), "in period": (None, 0),
     "in the period": (None, 0), "period only": (None, 0), "in quarter actual": ("quarter", 0),
     "actual in quarter": ("quarter", 0), "in qtr actual": ("quarter", 0),
     "in month actual": ("month", 0), "actual in month": ("month", 0)}
)  # fmt: skip

# a heading that names the kind of figure beside the word for a target ('Rate target',
# 'Target rate', 'Target (%)', 'Value target', 'No. target'): that figure's target, never
# the figure; the target words and the kinds of figure, besides those of a count or a rate
TARGET_HEADING_WORDS = frozenset({"target", "targets", "tgt", "targeted", "targed"})
FIGURE_KIND_WORDS = frozenset(
    {"value", "values", "figure", "amount", "level", "score", "result", "total", "cyfradd",
     "gwerth", "nifer", "canran"}
)  # fmt: skip

# the noun a heading for the indicators' names ends with, after words that say which
# indicators ('Service measure', 'Outcome indicator', 'Corporate KPI'); and the words that
# make such a heading something else ('Unit of measure', 'Lead for indicator')
INDICATOR_HEAD_NOUNS = frozenset(
    {"measure", "indicator", "kpi", "metric", "measures", "indicators"}
)
NOT_BEFORE_HEAD_NOUN = frozenset(
    {"of", "for", "per", "by", "to", "on", "type", "unit", "code", "ref", "id", "no",
     "number", "lead", "owner", "officer", "status", "polarity", "direction", "target",
     "rag", "value", "data", "source", "frequency", "group", "key"}
)  # fmt: skip

# a status heading that asks whether the target was met ('Target met?', 'Achieved? Y/N',
# 'On target?', 'Met (Y/N)'), normalised: its Yes/No answers are ratings
MET_QUESTION = re.compile(
    r"\b(?:met|meet|achieved|achieve|hit|reached|on target|on track|within target|y n|yes no)\b"
)
# an answer to that question -> the rating it gives ('Y' met: green; 'N' missed: red)
MET_ANSWERS: dict[str, _Rag] = {
    "y": "green", "yes": "green", "true": "green", "met": "green", "achieved": "green",
    "n": "red", "no": "red", "false": "red", "not met": "red", "not achieved": "red",
    "partly": "amber", "partially": "amber", "partly met": "amber", "partially met": "amber",
    "ie": "green", "naddo": "red",
}  # fmt: skip
# ---------------------------------------------------------------- significance against a benchmark
# a column comparing each row with a benchmark by statistical significance, as public health
# profiles (OHID Fingertips) print it: 'Compared with England', 'Comparison to region',
# 'Significance', 'Statistical significance', 'Sig. vs England' (normalised)
SIGNIFICANCE_HEADING = re.compile(
    r"^(?:(?:compared|comparison|comparing|significance|significantly different|sig|stat sig)"
    r"\s+(?:with|to|against|vs|v|versus)\s+[a-z][a-z ]{1,40}"
    r"|(?:statistical )?significance|stat sig)$"
)
# a comparison with an earlier period ('Compared with last year', 'vs previous quarter') is a
# direction of travel, never the rating, whatever words it is written in
SIGNIFICANCE_NOT_BENCHMARK = re.compile(
    r"\b(?:last|previous|prior|preceding|year|years|quarter|quarters|month|months|period|"
    r"baseline|ago|before|earlier|same)\b"
)
# its words -> the rating the profile's colours give them: better green, similar amber, worse
# red; 'higher'/'lower' (a difference judged neither better nor worse, shown in blues) and
# 'not compared' rate nothing
SIGNIFICANCE_WORDS: dict[str, _Rag | Literal["none"]] = {
    "better": "green", "significantly better": "green", "statistically better": "green",
    "similar": "amber", "not significantly different": "amber", "no significant difference": "amber",
    "statistically similar": "amber", "no different": "amber", "not different": "amber",
    "worse": "red", "significantly worse": "red", "statistically worse": "red",
    "higher": "none", "lower": "none", "significantly higher": "none",
    "significantly lower": "none", "not compared": "none", "no comparison": "none",
    "not applicable": "none", "n a": "none", "no comparison made": "none",
}  # fmt: skip
# ---------------------------------------------------------------- colour alone as the rating
# a key line saying the shading of each indicator's name is its rating ('Shading of the
# indicator name shows performance against target', 'Measure names are coloured by RAG
# status'), normalised: a colouring word, the name it colours, a verb of showing (or 'by'),
# and what is shown
NAME_SHADE_KEY = re.compile(
    r"\b(?:shading|shaded|shade|colour|color|coloured|colored|colouring|fill|filled|"
    r"highlighting|highlighted)\b"
)
NAME_SHADE_NAMES = re.compile(r"\b(?:name|names|title|titles)\b")
SHADE_SHOWS = re.compile(
    r"\b(?:show|shows|shown|showing|indicate|indicates|indicating|denote|denotes|reflect|"
    r"reflects|represent|represents|mean|means|gives|give|by|according to|against)\b"
)
SHADE_SHOWN = re.compile(r"\b(?:performance|rag|rating|ratings|status|target|targets|on track)\b")
# a key line saying each figure's font colour is its rating: 'Figures in red are off target,
# figures in green are on target', 'Values shown in amber are within tolerance' (two colours
# at least), or 'The font colour of the figure shows its RAG status'
FIGURE_INK_COLOURS = re.compile(
    r"\b(?:figures?|values?|numbers?|results?|actuals?|performance)\s+"
    r"(?:(?:shown|typed|written|printed|coloured|colored|highlighted|are|is)\s+)*in\s+"
    r"(?:a\s+)?(?P<colour>red|amber|green|yellow|orange)\b"
)
FIGURE_INK_SAID = re.compile(r"\b(?:font|text|ink|typeface)\s+colou?rs?\b")
# ---------------------------------------------------------------- status icons named in cells
# a performance system's 'Export to Excel' writes its icons' file names or alt texts where
# the screen draws them: 'traffic_light_red.png', 'status-green.gif', 'IconAmber', 'rag_r'
ICON_FILE = re.compile(
    r"^(?:.*[/\\])?(?P<stem>[\w .-]{1,60}?)\.(?:png|gif|jpe?g|bmp|svg|ico|emf|wmf|webp)$", re.I
)
# an alt text made of an icon word and a status: 'IconAmber', 'icon_red', 'Status-Green'
ICON_ALT = re.compile(
    r"^(?:icon|img|image|pic|status|rag|traffic ?light|tl|kpi|light|symbol|indicator)"
    r"(?:[_.-]+|(?=[A-Z]))(?P<stem>[\w.-]{1,40})$",
    re.I,
)
# the words of an icon's name that say it is an icon, not what it shows
ICON_NOISE_WORDS = frozenset(
    {"icon", "icons", "img", "image", "images", "pic", "traffic", "light", "lights", "tl",
     "status", "rag", "kpi", "pi", "perf", "performance", "symbol", "indicator", "ind",
     "small", "sm", "large", "lg", "big", "mini", "bullet", "dot", "ball", "circle", "flag",
     "round", "square", "arrow", "arrows", "trend", "dir", "direction", "new", "v",
     "16", "24", "32", "48", "16x16", "24x24", "32x32", "48x48", "px"}
)  # fmt: skip
# an icon that shows a symbol rather than a colour: 'tick.png' is ✓, 'cross_red.gif' ✗
ICON_SYMBOL_WORDS = {
    "tick": "✓", "check": "✓", "checkmark": "✓", "cross": "✗",
    "warning triangle": "⚠", "exclamation": "⚠",
}  # fmt: skip

# a sheet (or a line on it) saying it carries on the table of the sheet before, normalised:
# 'KPIs (cont)', 'Scorecard continued', 'Table 1 (cont'd)', 'Sheet1 (2)', 'Page 2', 'Part 2'
CONTINUED_SHEET = re.compile(
    r"\b(?:cont|contd|cont d|continued|continuation|continues|parhad)\b"
    r"|^(?:page|part|pt|p|tudalen|rhan)\s*\d{1,2}$"
)
CONTINUED_COPY = re.compile(r"\(\s*\d{1,2}\s*\)\s*$")  # Excel's copy of a sheet: 'KPIs (2)'
# a line under a table saying it carries on elsewhere: 'Continued on next sheet', 'cont. overleaf'
CONTINUES_ELSEWHERE = re.compile(
    r"\b(?:continued|continues|cont|contd)\b.*\b(?:next|following|overleaf|sheet|page|tab)\b"
    r"|\bover ?leaf\b|\bp t o\b"
)

# a result written as a word, and the word its target would be ('Annual governance
# statement published on time': 'Yes', target 'Yes'), normalised
WORD_RESULT_ANSWERS = frozenset(
    {"yes", "no", "y", "n", "met", "not met", "compliant", "non compliant", "not compliant",
     "partially compliant", "achieved", "not achieved", "complete", "completed",
     "not completed", "in place", "not in place", "published", "not published", "on time",
     "late", "submitted", "not submitted", "approved", "unqualified", "qualified",
     "ydy", "nac ydy", "ie", "na", "do", "naddo", "cydymffurfio"}
)  # fmt: skip

# an indicator's code written inside its name cell when no column holds codes: capitals then
# digits, with a space, slash, dot or hyphen between and a letter or a further number after
# ('HSG 04', 'RB/01', 'PAM/012', 'NI 192', 'CS1.2a', 'ASC-07'); case-sensitive
CODE_IN_NAME = r"[A-Z][A-Z&]{1,7}(?: |[./-])?\d{1,4}[A-Za-z]?(?:[./-]\d{1,3}[A-Za-z]?)?"
# tokens of that shape that are periods or sizes, never codes ('FY24', 'YTD 3', 'KS2')
NOT_CODE_IN_NAME = re.compile(
    r"(?:FY|CY|YTD|YE|HY|QTR|WK|MTH|PD|KS|NVQ|COVID|PM|CO|NO)"
    r"[ ./-]?\d.*"
)

# 'FYE Mar-22', 'YE March 2024', 'Financial year ending March 2024': the year ending then
# (rewritten as 'year ending …' before a period is read)
YEAR_ENDING_SHORT = re.compile(
    r"\b(?:f\.?\s?y\.?\s?e|y\.?\s?e|(?:financial|fin\.?|fiscal)\s+year\s+(?:ending|ended|end)"
    r"|fy\s+(?:ending|ended|end))\b\.?(?=[\s\d\-:']|$)",
    re.IGNORECASE,
)
# 'Year ending 31 March', 'Years to March', 'years ended 31st March': years said to run to
# March (a banner over bare year numbers, or a title line; a year may follow)
YEARS_ENDING_MARCH = re.compile(
    r"\byears?\s+(?:ending|ended|end|to)\s+(?:the\s+end\s+of\s+)?(?:31(?:st)?\s+)?march\b",
    re.IGNORECASE,
)
# words a table's titles use to say which kind of year its bare years are
YEAR_KIND_WORDS = re.compile(
    r"\b(?:calendar|financial|fiscal|academic|school)\s+years?\b|\(\s*(?:cy|fy|ay)\s*\)",
    re.IGNORECASE,
)
# a note saying bare years name financial years by the year they begin: 'financial years
# shown by the year in which they begin', 'years are named after the year they start',
# 'financial years beginning 1 April' (layout/year_basis.py)
YEARS_NAMED_BY_START = re.compile(
    r"\b(?:by|after|from|as)\s+the\s+year\s+(?:in\s+which\s+)?(?:they|it|each)\s+"
    r"(?:begins?|starts?|commences?)\b"
    r"|\byears?\s+(?:beginning|starting|commencing)\s+(?:on\s+)?(?:1(?:st)?\s+)?april\b",
    re.IGNORECASE,
)
# '2023 = 2023/24', '2023 means 2023-24': a bare year equated with a split year
YEAR_EQUATION = re.compile(
    r"(?<![\d/])(?P<bare>(?:19|20)\d{2})\s*(?:=|means|is)\s*(?P<first>(?:19|20)\d{2})\s*"
    r"[/\-\u2013]\s*(?P<second>\d{2}(?:\d{2})?)(?![\d/])",
    re.IGNORECASE,
)
# words saying a year is a financial one, beside the words naming how it is named
FINANCIAL_WORDS = re.compile(r"\b(?:financial|fiscal|april)\b|\bfy\b", re.IGNORECASE)
SCHOOL_YEAR_WORDS = re.compile(r"\b(?:academic|school)\b", re.IGNORECASE)
# a row's cell saying which kind of year its bare-year figures are, in a column of its own
# ('Basis', 'Reporting basis'): checked in this order (a 'Financial year ending March' ends March)
YEAR_BASIS_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "ends_march",
        re.compile(
            r"\byears?\s+(?:ending|ended|end|to)\s+(?:the\s+end\s+of\s+)?(?:31(?:st)?\s+)?march"
            r"\b|\bf\.?\s?y\.?\s?e\b|\bto\s+31(?:st)?\s+march\b",
            re.IGNORECASE,
        ),
    ),
    (
        "academic",
        re.compile(
            r"\b(?:academic|school)\s+years?\b|\bsept?(?:ember)?\s*(?:-|\u2013|to)\s*aug"
            r"|^\s*ay\s*$",
            re.IGNORECASE,
        ),
    ),
    (
        "calendar",
        re.compile(
            r"\bcalendar(?:\s+years?)?\b|\bjan(?:uary)?\s*(?:-|\u2013|to)\s*dec|^\s*cy\s*$",
            re.IGNORECASE,
        ),
    ),
    (
        "financial",
        re.compile(
            r"\b(?:financial|fiscal)(?:\s+years?)?\b|\bapr(?:il)?\s*(?:-|\u2013|to)\s*mar"
            r"|^\s*fy\s*$",
            re.IGNORECASE,
        ),
    ),
)

# a finance or BI system's fiscal-year code naming a year by one number: 'FY25', 'FY2025',
# 'Q4 FY24', 'FY25 Q1', 'FY25 Target' (not 'FY24/25', 'FY 2023/24', 'FY24-25', 'FYE 2025'):
# the year ending or the year starting then? Read only where the file says which
FISCAL_YEAR_CODE = re.compile(
    r"(?<![\w/])fy\s?(?P<y>\d{4}|\d{2})(?![\w/]|\s*[/\-\u2013]\s*\d)", re.IGNORECASE
)
# a note saying which year a code means: 'FY25 = 2024/25', 'FY2025 means 2024-25', 'FY25 is
# April 2024 to March 2025', 'FY25 (April 2024 – March 2025)'
FISCAL_YEAR_CODE_EQUATION = re.compile(
    r"(?<![\w/])fy\s?(?P<y>\d{4}|\d{2})\s*(?:=|:|\bmeans\b|\bis\b|\()\s*(?:the\s+year\s+)?"
    r"(?:(?P<a>(?:19|20)\d{2})\s*[/\-\u2013]\s*(?P<b>\d{2}|\d{4})(?![\d/])"
    r"|(?:1(?:st)?\s+)?apr(?:il)?\.?\s+(?P<from>(?:19|20)\d{2}))",
    re.IGNORECASE,
)

# 'FYE 2022', 'Financial year end 2024': a financial year named by the March it ends in
FINANCIAL_YEAR_ENDING = re.compile(
    r"\b(?:f\.?\s?y\.?\s?e|(?:financial|fin\.?|fiscal)\s+year\s+(?:ending|ended|end)"
    r"|fy\s+(?:ending|ended|end))\b\.?\s*(?P<y>\d{4}|'?\d{2})$",
    re.IGNORECASE,
)

# a heading row that rates the rows below it ('Red indicators', 'Measures rated amber'):
# the nouns beside the rating, normalised
RATING_SECTION_NOUNS = frozenset(
    {"indicators", "indicator", "measures", "measure", "kpis", "kpi", "pis", "pi",
     "performance indicators", "targets", "items", "dangosyddion", "mesurau"}
)  # fmt: skip
RATING_SECTION_LEADS = ("rated", "indicators rated", "measures rated", "kpis rated", "status")

# words in an indicator's name saying its result is a date ('Statement of accounts published',
# 'Date of last inspection'), normalised whole words
DATE_RESULT_WORDS = frozenset(
    {"date", "dates", "published", "publication", "approved", "approval", "adopted", "signed",
     "submitted", "submission", "inspection", "inspected", "deadline", "when", "dyddiad"}
)  # fmt: skip
# a date shown as its cell's number format shows it ('dd/mm/yyyy', 'd mmmm yyyy')
DATE_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
                    "September", "October", "November", "December")  # fmt: skip
DATE_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
DATE_FORMAT_TOKEN = re.compile(r"yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d", re.IGNORECASE)
DATE_FORMAT_TIME = re.compile(r"\s*h+(:m+)?(:s+)?(\s*am/pm)?", re.IGNORECASE)
# a day written in words or figures: '24th July 2024', 'By 31 July', 'July 31st', '31/07/2024'
_DAY_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
DAY_IN_TEXT = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_DAY_MONTH})\b\.?"
    rf"|\b(?:{_DAY_MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b"
    r"|\b\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})\b",
    re.IGNORECASE,
)

# a milestone's deadline written where a target goes: a month with its year ('Contracts
# awarded by December 2024', 'Adopted by Council, September 2024', "Live by Oct '24"), a
# day ('31/03/2025', '31 March'), or 'by' and a point in time ('by Q4', 'by the end of
# 2025', 'by year end'; Welsh 'erbyn'); never 'by 5%'
DEADLINE_IN_TEXT = re.compile(
    rf"\b(?:{_DAY_MONTH})\.?,?\s+(?:\d{{4}}|'?\d{{2}})\b"
    rf"|{DAY_IN_TEXT.pattern}"
    r"|\b(?:by|erbyn)\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?"
    rf"(?:{_DAY_MONTH}|q[1-4]|quarter|(?:19|20)\d{{2}}|year[\s-]?end|spring|summer|autumn"
    r"|winter|financial\s+year|year)\b",
    re.IGNORECASE,
)

# the same scorecard published twice in one workbook (Welsh councils publish in both languages):
# a sheet's whole name saying which language it is in, normalised
WELSH_SHEET_NAMES = frozenset(
    {"cymraeg", "welsh", "cy", "welsh version", "fersiwn cymraeg", "yn gymraeg", "cym"}
)
ENGLISH_SHEET_NAMES = frozenset(
    {"english", "saesneg", "en", "eng", "english version", "fersiwn saesneg", "yn saesneg"}
)
# words common in a table's headings and indicator names in each language (words both
# languages write, such as 'a' and 'i', are in neither), normalised; the words of the Welsh
# headings above that no English heading uses count as Welsh too
WELSH_TEXT_WORDS = frozenset(
    {"y", "yr", "o", "yn", "ar", "ac", "gan", "mewn", "sy", "sydd", "wedi", "fesul", "nifer",
     "canran", "cyfartalog", "diwrnod", "diwrnodau", "dyddiau", "gwaith", "cartrefi", "cyngor",
     "plant", "pobl", "oedolion", "gwasanaeth", "gwasanaethau", "gwastraff", "ysgol",
     "ysgolion", "bod", "rhwng", "gyfer", "cyfer", "drwy", "trwy", "heb", "dros", "hyd", "ei",
     "neu", "nad", "nid", "mae", "yng", "ym", "chwarter", "blwyddyn", "targed", "statws",
     "gwyrdd", "ambr", "coch", "cyfanswm", "achosion", "amser", "safonau", "hynny", "ddim"}
)  # fmt: skip
ENGLISH_TEXT_WORDS = frozenset(
    {"the", "of", "and", "to", "in", "per", "for", "with", "within", "by", "on", "at", "from",
     "or", "percentage", "number", "average", "days", "rate", "quarter", "target", "status",
     "measure", "indicator", "year", "people", "children", "council", "households", "which",
     "who", "are", "is", "were", "that", "their", "time", "total", "green", "amber", "red",
     "performance", "service", "services", "waste", "homes", "schools", "adults", "cases"}
)  # fmt: skip
# a sheet named as a copy of another, made for printing or sending on ('Print version',
# 'Printable', 'Copy of Scorecard', 'For PDF'), normalised
COPY_SHEET = re.compile(
    r"\b(?:print|printable|printing|print version|copy|copi|pdf|for publication|argraffu)\b"
)

# a row under an indicator that breaks its figure down ('of which: upheld', 'Of these, in
# temporary accommodation', 'including those referred twice'; Welsh: o'r rhain, gan gynnwys),
# normalised; the row is a part of the indicator above, named after it
PART_ROW_LEAD = re.compile(
    r"^(?:of which|of whom|of these|of those|of that|of this|which|including|incl|inc"
    r"|o r rhain|o r rheini|gan gynnwys|yn cynnwys)\b"
)
# the label of a row of counts set in under a rate, as a count's ('No. of households
# prevented', 'Number completed') then its base's ('Out of households owed a duty', 'Base:
# all completed'), normalised: the rate's numerator and denominator where the two rows'
# figures divide to it (``working_rows``); 'Numerator' itself is a row label's field word
WORKING_NUMERATOR_LEAD = re.compile(r"^(?:no|nos|number|count|nifer)\b")
WORKING_DENOMINATOR_LEAD = re.compile(r"^(?:out of|base|allan o)\b")
# a label of one word ('Council', 'Partners', 'In-house'): directly under a coded indicator
# with no code of its own, it names a part of it, not a measure (``part_rows.untied``)
BARE_LABEL = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)?")

# ---------------------------------------------------------------- targets with a tolerance
# a target typed with the tolerance either side of it: '95% (+/- 2%)', '14 days ±1',
# '0.6% tolerance 0.2', '5.0% (tolerance ±0.5%)', '12% plus or minus 2', '95% (2pp tolerance)'
TOLERANCE_SIGNS: tuple[str, ...] = (
    "±", "+/-", "+ / -", "-/+", "- / +", "+-", "+ -", "+ or -", "+/–", "plus or minus",
    "plus/minus", "plus minus", "plws neu minws",
)  # fmt: skip
TOLERANCE_WORDS: tuple[str, ...] = (
    "tolerance", "tolerance of", "with a tolerance of", "with tolerance of", "with tolerance",
    "a tolerance of", "tol", "tol.", "goddefiant", "goddefiant o",
)  # fmt: skip
# a tolerance written in points of a percentage: '95% ± 2pp', '(tolerance 1.5 percentage points)'
TOLERANCE_POINT_WORDS: tuple[str, ...] = (
    "pp", "ppt", "ppts", "pts", "pts.", "points", "point", "percentage points",
    "percentage point", "% points", "% pts", "pc points", "pwynt canran", "pwyntiau canran",
)  # fmt: skip
_TOL_SIGN = rf"(?:{alternatives(TOLERANCE_SIGNS)})"
_TOL_WORD = rf"(?:{alternatives(TOLERANCE_WORDS)})(?![a-z])"
TARGET_TOLERANCE = re.compile(
    # the tolerance followed by the word: '95% (2pp tolerance)', '95% ±2% tolerance'
    rf"^(?P<level2>[^()]+?)\s*(?:\(\s*)?(?:{_TOL_SIGN}\s*)?(?P<tol2>[^()±]+?)\s+{_TOL_WORD}\s*\)?$"
    # or the level, then (in or out of a bracket) a sign or the word, then the tolerance
    rf"|^(?P<level>[^()]+?)\s*(?:\(\s*)?(?:{_TOL_WORD}\s*:?\s*(?:{_TOL_SIGN}\s*)?|{_TOL_SIGN}\s*)"
    r"(?P<tol>[^()±]+?)\s*\)?$",
    re.I,
)
TOLERANCE_IN_POINTS = re.compile(
    rf"^(?P<size>\d[\d.,]*)\s*(?:{alternatives(TOLERANCE_POINT_WORDS)})$", re.I
)

# ---------------------------------------------------------------- a name over two lines
# the last word (or mark) of a name cell's first line when the name carries on below it
# ('Households in temporary accommodation at the end of' / 'the quarter'), not a whole name
NAME_CARRIES_ON_WORDS = frozenset(
    {"of", "for", "and", "or", "the", "to", "in", "a", "an", "by", "with", "from", "on", "at",
     "per", "as", "who", "which", "that", "than", "within", "into", "over", "under", "after",
     "before", "against", "between", "not", "no", "whose", "where", "including", "excluding",
     "y", "o", "a'r", "ac", "neu", "i", "yn", "ar", "gan", "am", "fesul"}
)  # fmt: skip
NAME_CARRIES_ON_MARKS = frozenset("-–—,&/(+:;")

# a finance period's name before its number, any spelling: 'P7', 'Pd 7', 'Period 7',
# 'Month 7', 'Mth 7', 'M7' (with a financial year, 'Month 7 2024/25', it is October 2024)
FINANCE_PERIOD_WORD = r"(?:p|pd|period|m|mth|month)"
# a month of the financial year named by its number, the whole normalised heading ('p1',
# 'period 7', 'month 12', 'mth 4', 'm3', 'p07 actual'): P1 is April, P12 March; read as such
# only in a run of consecutive numbers across the heading row and with a financial year named
FINANCE_PERIOD_HEADING = re.compile(
    rf"^{FINANCE_PERIOD_WORD}\s*(?P<n>1[0-2]|0?[1-9])(?:\s+(?P<rest>.+))?$"
)
# a thirteenth period ('P13', 'Period 13'): the year is counted in four-week periods, not months
THIRTEENTH_PERIOD = re.compile(rf"^{FINANCE_PERIOD_WORD}\s*13\b")
# a target heading naming no year but saying it is a year's ('Year-end target', 'Annual
# target'), normalised: beside figures of two years (a 'Same quarter last year' column, last
# year's outturn) it is the current year's, not last year's; a plain 'Target' is every period's
YEAR_END_TARGETS = frozenset(
    {"year end target", "annual target", "end of year target",
     "full year target", "yearly target", "target for the year", "target year end",
     "target annual", "target end of year", "target full year", "year end target value",
     "annual target value", "eoy target", "target eoy"}
)  # fmt: skip
# a period of an operator's or contractor's year of 13 four-week periods, the whole
# normalised heading: 'p13', 'period 13' ('month 13' is a ledger's year-end adjustments,
# not a period of figures) in a heading row, or any 'Period 5 (22 Jul – 18 Aug)' whose
# days are no whole months; 'p5 target' the period's target
FOUR_WEEK_THIRTEENTH = re.compile(r"^(?:p|pd|period)\s*13\b")
# a heading reaching a thirteenth period, alone or at the end of a span ('P13', 'P10-P13',
# 'Periods 10-13'), normalised: the year is counted in four-week periods
FOUR_WEEK_REACH = re.compile(r"^(?:p|pd|periods?)\s*(?:\d{1,2}\s+(?:(?:p|pd|periods?)\s*)?)?13\b")
FOUR_WEEK_HEADING = re.compile(r"^(?:p|pd|period)\s*(?P<n>1[0-3]|0?[1-9])(?:\s+(?P<rest>.+))?$")
# the days a four-week period runs, written after its number (normalised): '22 jul 18 aug',
# '22 jul to 18 aug', '22 07 18 08' (day, month, day, month)
FOUR_WEEK_DAYS = re.compile(
    r"^(?P<d1>\d{1,2}) (?P<m1>[a-z]{3,9}|\d{1,2})(?: \d{2,4})?(?: to)? "
    r"(?P<d2>\d{1,2}) (?P<m2>[a-z]{3,9}|\d{1,2})(?: \d{2,4})?$"
)

# unit words a figure is typed with ('12 days', '3.5 tonnes', '45 pts', '5km'), lower case;
# (time units and Welsh units are in PLURAL_UNITS, DURATION_UNITS and WELSH_UNITS). Any other
# word after a figure ('35.2abc', '12x', '7 zz') is a unit only where the indicator's name or
# the column's heading speaks of it ('12 homes' in 'New homes built')
FIGURE_UNIT_WORDS = frozenset(
    {"days", "weeks", "months", "years", "hours", "minutes", "seconds", "wks", "wk", "mths",
     "no", "no.", "nos", "number", "count", "pts", "pt", "points", "pp", "ppt", "ppts",
     "percentage points", "rate", "ratio", "score", "times", "people", "persons", "fte",
     "wte", "pence", "stars", "kg", "g", "t", "tonnes", "tonne", "tons", "kt", "kwh", "mwh",
     "gwh", "kw", "mw", "km", "m", "metres", "meters", "miles", "mi", "mph", "ha", "hectares",
     "acres", "litres", "l", "ml", "sq m", "sqm"}
)  # fmt: skip

# the shape an icon's name gives beside its colour ('Cross_Red.gif', 'tick_green.png',
# 'Exclamation-Amber.png', 'circle_red'): the colour word rates it, whatever the shape;
# a shape alone ('triangle.png') says no rating
ICON_SHAPE_WORDS = frozenset(
    {"tick", "check", "checkmark", "cross", "x", "exclamation", "warning", "triangle", "circle",
     "dot", "ball", "bullet", "round", "square", "star", "diamond", "hexagon", "octagon",
     "pentagon", "shield", "smiley", "face", "happy", "sad", "thumb", "thumbs"}
)  # fmt: skip
ICON_COLOUR_WORDS = frozenset(
    {"red", "amber", "green", "yellow", "orange", "coch", "ambr", "oren", "melyn", "gwyrdd"}
)

# the year's own figure headed by its end, like 'Full year' (see YEAR_FIGURE_WORDS): 'Year
# end', 'Year-end outturn', 'End of year position' (a year-end forecast is no figure yet)
YEAR_FIGURE_WORDS = YEAR_FIGURE_WORDS | frozenset(
    {"year end", "year end outturn", "year end actual", "year end figure", "year end result",
     "year end position", "year end performance", "year end value", "year end total",
     "end of year", "end of year outturn", "end of year actual", "end of year position",
     "end of year figure", "end of year result", "diwedd blwyddyn", "blwyddyn lawn",
     "blynyddol"}
)  # fmt: skip

# what a line's words say when its date is the day the file was made, not a period it reports
# ('Last updated: 12/11/2024', 'Downloaded on 12 Nov 2024', 'Date printed:', 'Run date',
# Welsh 'Diweddarwyd ddiwethaf'), matched against the line's words without the date
FILE_STAMP_WORDS = re.compile(
    r"(?:(?:date|time|file|data|report|page|sheet|workbook|figures)\s+)?(?:last\s+)?"
    r"(?:updated|refreshed|downloaded|printed|extracted|exported|generated|produced|compiled"
    r"|saved|modified|run|published|created|diweddarwyd(?:\s+ddiwethaf)?)"
    r"(?:\s+(?:on|at|date))?"
    r"|(?:date|time)\s+(?:of\s+)?(?:last\s+)?(?:update|print|printing|download|extract|export"
    r"|refresh|publication|creation)"
    r"|(?:last\s+)?(?:update|print|run|extract|download|export|refresh|publication|creation)"
    r"\s+(?:date|time)"
)
# a column heading among those words names the day the file was made only with one of these
# ('Extract date', 'Date extracted', 'Refreshed on'; a bare 'Published' may be anything)
FILE_STAMP_DATE_WORD = re.compile(r"\b(?:date|time|on)\b")

# a finance system's short words for the report's own year and the year before, in a heading
# ('Q2 TY', 'YTD LY', 'Target CY', 'Q2 PY'), written in capitals; and the phrases they stand for
THIS_YEAR_ABBREVIATIONS = frozenset({"TY", "CY"})
LAST_YEAR_ABBREVIATIONS = frozenset({"LY", "PY"})
THIS_YEAR_PHRASES = ("this year", "current year")
LAST_YEAR_PHRASES = ("last year", "previous year", "prior year")
# one word for a relative period: (what is left of the heading, years back)
YEAR_ABBREVIATION_WORDS: dict[str, tuple[str, int]] = {
    "sply": ("same period", -1), "sppy": ("same period", -1), "splyr": ("same period", -1),
    "pytd": ("ytd", -1), "lytd": ("ytd", -1), "cytd": ("ytd", 0), "tytd": ("ytd", 0),
}  # fmt: skip

# the heading of a long table's column saying which kind of year each row's 'Year' is, its
# cells YEAR_BASIS_KINDS words ('FY', 'CY', 'AY', 'Financial year'); normalised
YEAR_TYPE_HEADINGS = frozenset(
    {"year type", "type of year", "yeartype", "year basis", "basis of year", "year kind",
     "kind of year", "reporting year type", "reporting year basis", "year type code",
     "financial calendar or academic", "fy cy ay"}
)  # fmt: skip
# a row's period cell beside a typed year naming the year itself ('Annual', 'Full year')
YEAR_ITSELF_WORDS = YEAR_FIGURE_WORDS | frozenset(
    {"year", "year end", "end of year", "outturn", "year outturn", "whole year"}
)
# a numbered school term as a long export writes it beside an academic year ('Term 2',
# 'T2', 'Term two'): only read where a note defines the term by its months
NUMBERED_TERM = re.compile(r"^\s*(?:term|tymor|t)\s*(?P<n>[1-6]|one|two|three)\s*$", re.I)
# a bare quarter beside a typed year ('Q1', 'Qtr 2', 'Quarter 3'), counted as its year counts
BARE_QUARTER = re.compile(r"^\s*(?:q|qtr|quarter)\s*(?P<q>[1-4])\s*$", re.I)
# numbered terms written in words ('Term two')
TERM_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3}
# how a doubt names each kind of year YEAR_BASIS_KINDS tells apart
YEAR_KIND_NAMES = {
    "financial": "financial year",
    "calendar": "calendar year",
    "academic": "academic year",
    "ends_march": "year ending 31 March",
}
# a note defining a numbered term by its months ('Term 1 = autumn term (September to
# December)', 'Term 2: January - March'): the term's number, then its definition up to the
# next term named or the line's end
TERM_DEFINITION = re.compile(
    r"\bterm\s*(?P<n>[1-6])\s*(?:=|:|\u2013|-|is|means|covers)\s*"
    r"(?P<said>(?:(?!\bterm\s*[1-6]\b)[^\n;.])*)",
    re.I,
)
# the school terms a termly report heads its columns with ('Autumn 2023', 'Spr 24', 'Summer
# term 2024/25', Welsh 'Tymor yr Hydref 2024'): 1 autumn, 2 spring, 3 summer
SCHOOL_TERMS: dict[str, int] = {
    "autumn": 1, "aut": 1, "autm": 1, "michaelmas": 1, "tymor yr hydref": 1,
    "spring": 2, "spr": 2, "sprg": 2, "tymor y gwanwyn": 2, "gwanwyn": 2,
    "summer": 3, "summ": 3, "smr": 3, "tymor yr haf": 3, "haf": 3,
}  # fmt: skip
# the word for a term written after its name ('Autumn term', 'Spring Term', Welsh 'tymor')
TERM_WORD = r"(?:term|tymor)"
# words saying a table is about schools, so that 'Spring 2024' is a school term (January to
# March) and not a season (March to May); normalised whole words or phrases
SCHOOL_CONTEXT_WORDS = frozenset(
    {"school", "schools", "pupil", "pupils", "attendance", "absence", "absences", "exclusion",
     "exclusions", "suspensions", "termly", "term", "terms", "academic", "ay", "education",
     "ks1", "ks2", "ks4", "key stage", "ofsted", "send", "sen", "ysgol", "ysgolion",
     "disgyblion", "presenoldeb", "tymor", "addysg", "early years", "eyfs", "nursery"}
)  # fmt: skip

# words naming a measure of schools' results, which are an academic year's whatever month
# they are entered in ('Pupils reaching the expected standard at Key Stage 2', 'GCSE
# English and maths'); normalised whole words or pairs of words
SCHOOL_MEASURE_WORDS = frozenset(
    {"pupil", "pupils", "school", "schools", "key stage", "ks1", "ks2", "ks4", "ks5", "gcse",
     "gcses", "a level", "a levels", "eyfs", "phonics", "attainment 8", "progress 8",
     "disgyblion", "ysgol", "ysgolion", "cyfnod allweddol"}
)  # fmt: skip

# a risk register's heading row ('Risk ref | Risk description | Likelihood | Impact | Risk
# score | RAG'): its scores are no indicator's figures; normalised
RISK_HEADINGS = frozenset(
    {"risk", "risks", "risk ref", "risk reference", "risk id", "risk no", "risk number",
     "risk title", "risk description", "description of risk", "risk name", "risk owner",
     "risg", "cyfeirnod risg", "disgrifiad o r risg"}
)  # fmt: skip
RISK_SCORE_HEADINGS = frozenset(
    {"likelihood", "impact", "probability", "severity", "risk score", "inherent risk",
     "residual risk", "inherent score", "residual score", "current risk score",
     "target risk score", "l x i", "lxi", "l i", "tebygolrwydd", "effaith"}
)  # fmt: skip

# words in a table's title lines or sheet name saying its columns are quarters, so months
# three apart at quarter ends ('Jun-24', 'Sep-24', 'Dec-24') name the quarters they end
QUARTERLY_CONTEXT = re.compile(
    r"\b(?:quarter(?:ly|s)?|qtr|qtrly|q[1-4]|chwarter(?:ol)?|chwarterol)\b", re.I
)
# words over or beside first-of-month dates three months apart saying each date begins its
# period ('Quarter beginning', 'quarter starting', 'Qtr commencing', 'the quarter that
# begins on', 'Period beginning', 'Chwarter yn dechrau'): each column is the quarter it
# begins (raw text, any case)
_BEGINS = r"(?:beginning|beg|starting|commencing|comm|begins|starts|commences)"
QUARTER_START_WORDS = re.compile(
    rf"\b(?:quarters?|qtrs?|period|three[\s\-]months?|3[\s\-]months?)\.?"
    rf"(?:\s+(?:that|which))?\s+{_BEGINS}\b\.?|\bchwarter\s+yn\s+dechrau\b",
    re.I,
)
# a heading naming a quarter by its first day ('Quarter beginning 01/04/2024', 'Qtr
# commencing 1 Jul 2024', 'Quarter starting on October 2024'): the words before the day
QUARTER_START_LEAD = (
    rf"(?:(?:quarter|qtr|three[\s\-]months?|3[\s\-]months?)\.?\s+{_BEGINS}\.?"
    r"|chwarter\s+yn\s+dechrau)(?:\s+on)?"
)
# the same said of months ('Month beginning', 'month commencing'): the dates are months
MONTH_START_WORDS = re.compile(
    rf"\b(?:months?|mth)\.?(?:\s+(?:that|which))?\s+{_BEGINS}\b|\bmis\s+yn\s+dechrau\b", re.I
)
# words saying a date ends its period or dates a position ('Quarter ending', 'Qtr end',
# 'Q/E', 'as at', 'Position at'): said beside quarter-start words, the two disagree
PERIOD_END_WORDS = re.compile(
    rf"\b(?:quarters?|qtrs?|period)\.?\s+(?:ending|ended|end)\b|\b(?:{QUARTER_END_SHORT})(?!\w)"
    r"|\bend\s+of\s+(?:the\s+)?(?:quarter|period)\b|\bas\s+(?:at|of)\b"
    r"|\bposition\s+(?:at|on)\b",
    re.I,
)

# a count and its percentage typed in one cell ('96 (54%)', '12 of 40 (30%)', '30% (12)'):
# what the indicator's name (or unit, or column heading) says it measures decides which is
# its figure. Words saying it is a share, and words saying it is a count (raw text, any case)
SHARE_MEASURE_WORDS = re.compile(
    r"%|\bper\s?cent(?:age)?s?\b|\bpct\b|\bproportions?\b|\brate\b|\bshare\s+of\b"
    r"|\bcanran\b|\bcyfran\b|\bcyfradd\b",
    re.I,
)
COUNT_MEASURE_NAME_WORDS = re.compile(
    r"\bnumbers?\b|\bno\.?\s+of\b|\(\s*no\.?\s*\)|\bnos\.?\b|\bcount\b|\bhow\s+many\b|\bnifer\b",
    re.I,
)
# the base of a percentage written beside it: '45% (n=20)', '45% (base 20)'
SHARE_BASE_LEADS = frozenset({"n", "base", "sample", "sample size", "respondents"})
# a sub-heading naming a percentage's base, under one period beside the percentage's own
# ('Q1 2024/25' over '%' | 'Base (n)'): how many answered or were counted, the denominator
# (``normalise``d; a trailing or leading 'n' is dropped first: 'Respondents (n)', 'n cases').
# 'No.', 'Number' and 'Count' are not here: beside a rate they are its numerator (or, given
# a target of their own, a measure of their own).
SHARE_BASE_SUBHEADINGS = frozenset(
    {"n", "base", "base size", "survey base", "unweighted base", "weighted base", "sample",
     "sample size", "respondents", "no of respondents", "number of respondents", "responses",
     "no of responses", "number of responses", "no responses", "surveyed", "number surveyed",
     "no surveyed", "people surveyed", "denominator", "denom", "eligible", "no eligible",
     "number eligible", "eligible population", "cases", "no of cases", "number of cases",
     "total cases", "cohort", "cohort size", "out of", "nifer yr atebwyr",
     "atebwyr"}
)  # fmt: skip
# a count's sub-heading that is the base of the share beside it when that share names the
# part of the counted cases that met a standard ('No.' | '% in target'), or a note says so
# (``normalise``d; the first word, alone or with what was done to the cases: 'No. completed')
CASE_COUNT_SUBHEADINGS = frozenset({*COUNT_MEASURE_WORDS, "cases", "volume", "volumes"})
# a share's sub-heading naming the part of the cases counted beside it that met a standard:
# '% in target', '% within 20 working days', '% completed on time', 'Proportion in timescale'
# (``normalise``d). '% of target' is no such share: it measures the figure against its target
SHARE_MET_SUBHEADING = re.compile(
    r"(?:%|percent|per cent|percentage|proportion|share)(?: [a-z]+)?"
    r" (?:within(?: [0-9a-z% ]+)?|(?:in|on) time|in (?:target|timescales?|sla|standard))"
)
# a note above a table saying a share sub-column is a share of the count beside it: "'No.'
# is the number of cases completed and '% in target' the share of them completed within …"
SHARE_OF_COUNT_NOTE = re.compile(
    r"\b(?:share|proportion|percentage|per\s?cent)\s+of\s+(?:them|those|these|which|whom)\b",
    re.I,
)

# a status written as a short sentence ('On track to meet the annual target', 'Unlikely to
# achieve target by year end', 'Performing above target this quarter'): the status phrase
# leading it rates it, as RAG_PHRASES do, with these besides (lower case, whole words)
STATUS_SENTENCE_PHRASES: dict[str, _Rag] = {
    "likely to achieve": "green", "likely to meet": "green", "likely to be met": "green",
    "likely to be achieved": "green", "expected to achieve": "green",
    "expected to meet": "green", "expected to be met": "green", "on course": "green",
    "on schedule": "green", "on plan": "green", "on profile": "green",
    "in line with target": "green", "in line with profile": "green", "above target": "green",
    "exceeding target": "green", "exceeds target": "green", "meeting target": "green",
    "meeting the target": "green", "achieving target": "green", "achieving the target": "green",
    "target being met": "green", "target reached": "green", "target has been met": "green",
    "target has been achieved": "green", "target was met": "green", "met target": "green",
    "met the target": "green", "achieved target": "green", "achieved the target": "green",
    "exceeded target": "green", "exceeded the target": "green", "ahead of plan": "green",
    "ahead of schedule": "green", "ahead of profile": "green",
    "at risk of not meeting": "amber", "at risk of missing": "amber",
    "slightly below target": "amber", "slightly behind target": "amber",
    "just below target": "amber", "marginally below target": "amber",
    "may not achieve": "amber", "may not meet": "amber", "may not be met": "amber",
    "potentially at risk": "amber", "some risk": "amber",
    "unlikely to achieve": "red", "unlikely to meet": "red", "unlikely to be met": "red",
    "unlikely to be achieved": "red", "will not achieve": "red", "will not meet": "red",
    "will not be met": "red", "will not be achieved": "red", "won't be met": "red",
    "won't be achieved": "red", "not expected to meet": "red", "not expected to achieve": "red",
    "not expected to be met": "red", "not likely to achieve": "red", "not likely to meet": "red",
    "not meeting target": "red", "not meeting the target": "red", "not achieving target": "red",
    "not achieving the target": "red", "failed to meet": "red", "failed to achieve": "red",
    "target not achieved": "red", "target not reached": "red", "target not being met": "red",
    "missed target": "red", "missed the target": "red", "significantly below target": "red",
    "well below target": "red", "off profile": "red", "not on course": "red",
    "not on schedule": "red", "behind schedule": "red", "behind plan": "red",
    "behind profile": "red",
}  # fmt: skip
# words that may stand before the status phrase of a sentence ('Currently on track',
# 'Performing above target', 'Overall: at risk'); a negation among them is never passed over
STATUS_SENTENCE_LEAD_WORDS = frozenset(
    {"currently", "performing", "performance", "remains", "remain", "still", "overall",
     "now", "broadly", "is", "are", "being", "status", "all", "we", "it", "this", "measure",
     "indicator", "kpi"}
)  # fmt: skip
# words that turn a status phrase after them round ('not on track' is not on track)
STATUS_NEGATIONS = frozenset(
    {"not", "no", "never", "unlikely", "isn't", "isnt", "aren't", "arent", "won't", "wont",
     "cannot", "can't", "cant", "nor", "without", "longer", "hardly"}
)  # fmt: skip
# statuses saying there is nothing to rate, written as sentences ('No target set - figure for
# information', 'Data not yet available')
NOT_RATED = NOT_RATED | frozenset(
    {"no target set", "no target agreed", "target not yet set", "data not yet available",
     "data not available", "not yet available", "figure not yet available",
     "figures not yet available", "data awaited", "awaiting figures", "awaiting data",
     "for information only", "information only", "figure for information",
     "no data available", "not yet reported", "data not yet reported"}
)  # fmt: skip

# a heading that names a day: '2024-04-07', '07/04/2024', 'w/e 7 Apr 24', 'Week ending
# 07-Apr-2024' (day, month and year all written)
DAY_HEADING = re.compile(
    r"(?:(?P<iy>\d{4})-(?P<im>\d{1,2})-(?P<id>\d{1,2})"
    r"|(?P<d>\d{1,2})[/.](?P<m>\d{1,2})[/.](?P<y>\d{2}|\d{4})"
    r"|(?P<td>\d{1,2})(?:st|nd|rd|th)?[\s\-]+(?P<tm>[A-Za-z]{3,9})\.?[\s\-]+(?P<ty>\d{2}|\d{4}))"
    r"(?:\b|$)"
)
# words before a day that make it a week's: 'w/e 07/04/2024', 'Week commencing 1 Apr',
# 'WC 01/04/24' (normalised)
WEEK_LEADS = frozenset(
    {"w e", "we", "w c", "wc", "w b", "wb", "week ending", "week ended", "week commencing",
     "week beginning", "week starting", "wk ending", "wk commencing", "wk beg", "wk end",
     "wk", "week", "wythnos yn gorffen", "wythnos yn dechrau"}
)  # fmt: skip

# a rating phrase (red on its own) that a file grades: where 'Significantly below target'
# stands beside 'Below target', the plain phrase is the middle level (amber); casefolded
GRADED_BASES = frozenset(
    {"below target", "behind target", "off target", "under target", "below plan",
     "behind plan", "off track", "behind schedule", "worse than target", "not on target",
     "below profile", "off profile", "missed target", "not met", "target not met",
     "not achieving", "not achieved", "under performing", "underperforming"}
)  # fmt: skip
GRADE_INTENSIFIERS = (
    "significantly", "well", "considerably", "substantially", "far", "severely",
    "seriously", "materially", "greatly", "much", "very", "significant",
)  # fmt: skip
# 'Significantly below target', 'Well behind plan': red whatever else the file says
for _base in GRADED_BASES:
    for _word in GRADE_INTENSIFIERS:
        RAG_PHRASES.setdefault(f"{_word} {_base}", "red")

# columns of one period that break the council's figure down by the parts of its area
# ('North' | 'Central' | 'South' | 'Borough'): a heading that names the whole area (normalised;
# 'Borough-wide', 'All areas', 'Total'), or the council's own name, gives the figure
WHOLE_AREA_HEADINGS = frozenset(
    {"borough", "district", "county", "city", "council", "authority", "county borough",
     "whole borough", "whole district", "whole county", "whole city", "whole council",
     "whole authority", "whole area", "borough wide", "district wide", "county wide",
     "city wide", "council wide", "authority wide", "area wide", "boroughwide",
     "districtwide", "countywide", "citywide", "councilwide", "borough total",
     "district total", "county total", "city total", "council total", "authority total",
     "la total", "total", "totals", "overall", "all", "all areas", "all localities",
     "all wards", "all neighbourhoods", "all hubs", "all districts", "all zones",
     "combined", "whole", "la", "local authority", "sir gyfan", "cyfanswm"}
)  # fmt: skip
# a heading that names a part of the area: a compass point ('North', 'South East', 'Mid',
# 'Central'), alone or before a part noun ('North Locality', 'West area'), or a part noun
# with a number or letter ('Area 1', 'Locality B', 'Ward 3', 'Hub 2')
AREA_PART_COMPASS = r"(?:north|south|east|west|central|centre|mid|inner|outer)"
AREA_PART_NOUNS = (
    r"(?:area|areas|locality|localities|ward|wards|neighbourhood|neighbourhoods|hub|hubs"
    r"|patch|zone|quadrant|sector|cluster|division|team|office|district|locality team"
    r"|pcn|network|place|constituency|community|committee area|ardal)"
)
AREA_PART_HEADING = re.compile(
    rf"^(?:{AREA_PART_COMPASS}(?: {AREA_PART_COMPASS})?(?: {AREA_PART_NOUNS})?"
    rf"|{AREA_PART_NOUNS} (?:{AREA_PART_COMPASS}(?: {AREA_PART_COMPASS})?|\d{{1,2}}|[a-h]))$"
)
# the words after a council's name in a title ('Rotherham Metropolitan Borough Council'):
# a column headed by that name alone is the whole council's
COUNCIL_TITLE_WORDS = (
    r"(?:(?:metropolitan |royal )?(?:borough|district|county|city|county borough) )?"
    r"(?:council|cyngor)"
)
# ... and a heading that sums up whatever the other columns break down ('All pupils', 'Total
# households', 'Authority total', 'Region-wide' reads 'region wide' and is left to comparators)
WHOLE_HEADING = re.compile(r"^(?:all|total|overall) [a-z ]{2,30}$|^[a-z ]{2,30} (?:total|wide)$")

# the heading of a data warehouse's column of financial years, normalised ('FIN_YEAR',
# 'Financial Year', 'FY'): its six-digit codes ('202324') are financial years
FINANCIAL_YEAR_CODE_HEADINGS = frozenset(
    {"fy", "f y", "fin year", "fin yr", "finyear", "financial year", "financial yr",
     "fiscal year", "fiscal yr", "fy code", "fin year code", "financial year code",
     "fiscal year code"}
)  # fmt: skip
# a warehouse's six-digit financial year and its quarter, half or period ('202425',
# '202425Q1', '202425 Q1', '202425-Q1', '202425H2', '202425P07'); the second pair is checked
# to be the year after the first
SIX_DIGIT_YEAR_CODE = re.compile(
    r"^(?P<a>(?:19|20)\d{2})(?P<b>\d{2})(?:[\s_\-]?(?P<part>[QqHhPp])(?P<n>\d{1,2}))?$"
)

# A heading row of a database's field names ('KPI_REF', 'Q1_2024_25_TGT', 'RAG_Q1', 'UOM'),
# read word by word (``layout/field_names``). The abbreviations of its words, lower-case ->
# the heading word each stands for:
FIELD_NAME_WORDS: dict[str, str] = {
    "act": "actual", "actl": "actual", "val": "value", "tgt": "target", "trgt": "target",
    "desc": "description", "descr": "description", "uom": "unit", "cmt": "comment",
    "cmnt": "comment",
}  # fmt: skip
# the first word of a field name that says whose field it is, not which ('KPI_COMMENT' is
# the indicator's comment, 'MEASURE_VALUE' its value)
FIELD_NAME_OWNERS = INDICATOR_HEAD_NOUNS | frozenset({"pi"})
# a field name for which way a figure goes ('DIR'): polarity where the cells under it are
# polarity letters or words (H, L, 'Higher is better'), and no direction of travel's
FIELD_NAME_WHICH_WAY = frozenset({"dir"})
# the most headings of a field-name row that may be written with spaces (a column added by
# hand), and the fewest that must be words joined by underscores
FIELD_NAME_SPACED_MAX = 1
FIELD_NAME_JOINED_MIN = 2

# the heading of a column of years that date the quarters or months across its row (a row per
# indicator per year); normalised. Not 'Year introduced', 'Start year', 'Target year': those
# years date no figure
YEAR_ROW_HEADINGS = frozenset(
    {"year", "years", "yr", "fy", "f y", "year fy", "fin year", "fin yr", "financial year",
     "financial yr", "academic year", "school year", "calendar year", "period", "time period",
     "reporting year", "reporting period", "data year", "year of data", "data period",
     "period covered", "blwyddyn", "blwyddyn ariannol", "blwyddyn academaidd", "cyfnod"}
)  # fmt: skip
# the year's own figure on such a row, besides YEAR_FIGURE_WORDS: 'Outturn' beside 'Q1' … 'Q4'
YEAR_ROW_FIGURE_WORDS = frozenset(
    {"outturn", "final outturn", "year end outturn", "full yr", "yr end", "yr total", "fy total"}
)  # fmt: skip
# a year written at the end of an indicator's name, one row of the indicator a year
# ('Council tax collected (%) – 2023/24', '… (2023-24)', '… - 23/24', '…: FY24', '… [2024]'):
# in brackets ('inside'), after a dash, colon or comma ('marked'; a hyphen only with a space
# before it), or after a bare space ('bare', read only for a year of two parts: '… 2023/24').
# What is caught is checked to be a year by the reader of such rows (layout/name_years.py)
_NAME_YEAR = r"(?:(?:fy|ay)\s?)?(?:19|20)?\d{2}(?:\s?[/\-\u2013]\s?(?:19|20)?\d{2})?"
NAME_YEAR_SUFFIX = re.compile(
    rf"(?:\s*[(\[]\s*(?P<inside>{_NAME_YEAR})\s*[)\]]"
    rf"|(?:\s+-|\s*[\u2013\u2014:,|])\s*(?P<marked>{_NAME_YEAR})"
    rf"|\s+(?P<bare>{_NAME_YEAR}))\s*$",
    re.IGNORECASE,
)
# such a year's own parts: 'FY'/'AY', the first year, and the second of a year of two parts
NAME_YEAR_PARTS = re.compile(
    r"^(?:(?P<kind>fy|ay)\s?)?(?P<a>(?:19|20)?\d{2})"
    r"(?:\s?[/\-\u2013]\s?(?P<b>(?:19|20)?\d{2}))?$",
    re.IGNORECASE,
)
# a word before a bare year that makes it part of what is measured, not the row's year:
# 'Reduction in emissions since 2019/20', 'Homes to be built by 2029/30', '% change in fuel
# use on 2023/24'; normalised
NAME_YEAR_NOT_AFTER = frozenset(
    {"since", "by", "from", "until", "till", "to", "before", "after", "between", "and",
     "than", "vs", "versus", "baseline", "base", "over", "on", "against", "with", "compared"}
)  # fmt: skip

# where a target cell names a year for each of its figures ('2024/25: 85% / 2025/26: 88%',
# '85% (24/25), 90% (25/26)', '97% by March 2025; 100% by March 2026'): what splits it
YEAR_TARGET_SPLIT = re.compile(
    r"\s*(?:;|\n|\s/\s|\|\s*|(?<=\)),\s*|,\s+(?=\d)|\band\b|\bthen\b)\s*", re.I
)
# a target piece's financial year: '2024/25', '24-25', 'FY24/25' …
YEAR_TARGET_FY = re.compile(r"\b(?:FY\s*)?(?:20)?(\d{2})\s*[/-]\s*(?:20)?(\d{2})\b", re.I)
# … or the month it is due by: 'by March 2025', 'at the end of March 2026'
YEAR_TARGET_BY_MONTH = re.compile(
    r"\b(?:by|at|end(?:\s+of)?|to)\s+(?:the\s+end\s+of\s+)?(?P<month>[A-Za-z]{3,9})\.?\s+"
    r"(?P<year>20\d{2})\b",
    re.I,
)
# the word before a piece's figure: '2024/25 target 18 days'
YEAR_TARGET_LEAD = re.compile(r"^(?:targets?|aim|goal)\b[\s:=-]*", re.I)

# a year's target with a period's profile in brackets ('97.0% (Q2 profile 56.5%)', '620,000
# (Q2: 305,000)', '52% (Q1 50%, Q2 55%)'): the cell, what splits its bracket, and each piece
# (a label that must name a quarter, month or half, with the words around it, and a figure)
PROFILE_TARGET_CELL = re.compile(r"(?P<annual>[^()]*\d[^()]*?)\s*\((?P<inside>[^()]*\d[^()]*)\)")
PROFILE_TARGET_SPLIT = re.compile(r"\s*(?:;|,\s+(?=[A-Za-z])|\band\b|\|)\s*", re.I)
_PROFILE_WORD = r"(?:profiled\s+target|profile[ds]?|target|trajectory|milestone)"
PROFILE_TARGET_PIECE = re.compile(
    rf"(?:{_PROFILE_WORD}\s+(?:for\s+|at\s+)?)?"
    r"(?P<label>[A-Za-z][A-Za-z0-9 /.-]*?)"
    rf"(?:\s+{_PROFILE_WORD})?\s*(?:[:=\u2013-]|\bof\b|\bis\b)?\s*"
    rf"(?P<figure>[<>\u2264\u2265]?\s*{MONEY_SIGN}?\s*\d[\d,.]*\s*(?:%|[A-Za-z][A-Za-z ]*)?)",
    re.I,
)

# a target cell listing a target for each quarter ('Q1 48% / Q2 50% / Q3 42% / Q4 40%',
# 'Qtr 1: 90%, Qtr 2: 90%', 'Quarter 1 - 15; Quarter 2 - 40', a quarter a line): a quarter's
# name as typed (the number is the group), the words a piece may add after it ('Q1 target
# 48%'), what parts a name from its figure, and what ends one quarter's piece before the next
QUARTER_LIST_LABEL = re.compile(
    rf"(?<![A-Za-z0-9]){QUARTER_NAME_BILINGUAL}\.?\s*([1-4])(?![0-9])(?![.,]\d)", re.I
)
QUARTER_LIST_WORDS = re.compile(r"^\s+(?:profiled\s+target|target|profile|trajectory)\b", re.I)
# ':' or '=', a dash straight after the name or with a space either side ('Q1-15', 'Q1 - 15';
# 'Q1 -15' is minus fifteen), or a space alone
QUARTER_LIST_NAME_END = re.compile(r"^(?:\s*[:=]\s*|[-\u2013\u2014]\s*|\s+[-\u2013\u2014]\s+|\s+)")
QUARTER_LIST_PIECE_END = re.compile(r"(?:\s*[/;,|]\s*|[^\S\n]*\n\s*)$")

# a caption over one of several tables saying the table holds targets, not figures
# ('Targets 2024/25 (profiled by quarter)', 'Agreed performance targets', 'Targedau'): its
# words, once the periods and brackets are left out, are a target word and only these
TABLE_TARGET_WORDS = frozenset({"target", "targets", "targedau", "targed"})
TABLE_TARGET_OTHER_WORDS = frozenset(
    {"profiled", "profile", "profiles", "agreed", "approved", "annual", "quarterly", "monthly",
     "performance", "service", "plan", "corporate", "kpi", "kpis", "pi", "pis", "indicator",
     "indicators", "our", "the", "set", "proposed", "revised", "stretch", "values", "value",
     "figures", "only", "by", "quarter", "month", "year", "for", "financial", "fy", "as",
     "of", "in", "table", "council", "to", "from"}
)  # fmt: skip
# a heading over one of several tables saying the table compares the council with others
# ('Benchmarking', 'Comparators', 'Benchmark data (2023/24)', 'Benchmarking against
# statistical neighbours'): its words, once the periods and brackets are left out, are a
# benchmarking word and only these or the words of a group of councils (BENCHMARK_WORDS);
# it names what the table holds, never a portfolio
TABLE_BENCHMARK_WORDS = frozenset(
    {"benchmark", "benchmarks", "benchmarking", "benchmarked", "comparator", "comparators",
     "comparison", "comparisons", "comparative", "meincnodi"}
)  # fmt: skip
TABLE_BENCHMARK_OTHER_WORDS = frozenset(
    {"data", "information", "table", "latest", "published", "available", "figures", "results",
     "indicators", "measures", "performance", "and", "the", "of", "with", "against", "to",
     "vs", "versus", "other", "our", "lg", "inform", "local", "authority"}
)  # fmt: skip
# the small words left out when two names of one indicator are compared word by word
NAME_JOINING_WORDS = frozenset(
    {"a", "an", "the", "of", "in", "at", "on", "to", "for", "and", "or", "by", "with", "s"}
)  # fmt: skip
# a caption saying the table holds the figures themselves ('Actuals', 'Outturn 2024/25')
TABLE_ACTUAL_WORDS = frozenset(
    {"actual", "actuals", "outturn", "outturns", "actual performance", "actual figures",
     "actual results", "gwirioneddol"}
)  # fmt: skip

# a title-area label dating a snapshot report, followed by a date in the next cell or in its
# own text: 'Data as at: 30/09/2024', 'Position as at 31 March 2025', 'Period ending'
AS_AT_LABEL = re.compile(
    r"^(?:(?:data|position|figures|performance|information|report|snapshot|reporting)\s+)?"
    r"(?:as at|as of|to|up to|to end of|ending|end)\b"
    r"|^(?:reporting\s+)?(?:period|quarter|month)\s+(?:ending|end|to|ended)\b"
)
# words in a title or sheet name saying how often the report is made
QUARTERLY_WORDS = frozenset({"quarterly", "quarter", "qtr", "qtrly"})
MONTHLY_WORDS = frozenset({"monthly", "month"})
# the headings of the one column an 'as at' date dates: the report's own figure
AS_AT_FIGURE_HEADINGS = frozenset({"actual", "actual value", "value", "performance", "result"})
# the words that join an 'as at' label to its date ('Position as at 31 March 2025')
AS_AT_JOINER = re.compile(r"(?i)\b(?:as at|as of|up to|to end of|to|ending|ended|end)\b")
# 'Sept', a short month Python's date formats do not know
SEPT = re.compile(r"(?i)\bsept\b")

# a period's figure given twice, as first published and as restated since ('Q1 (as
# reported)' | 'Q1 (revised)', 'Q1 Provisional' | 'Q1 Final'): the words beside the
# period saying which (normalised)
FIRST_REPORTED_WORDS = frozenset(
    {"as reported", "reported", "as first reported", "first reported", "originally reported",
     "as originally reported", "as published", "published", "as previously reported",
     "previously reported", "original", "original figure", "as reported actual",
     "actual as reported", "at the time", "as at the time",
     # a figure reported before validation, replaced by the final one once validated
     "provisional", "prov", "provisional figure", "provisional actual", "actual provisional",
     "unvalidated", "not validated", "unverified", "draft", "initial", "initial figure"}
)  # fmt: skip
RESTATED_WORDS = frozenset(
    {"revised", "restated", "updated", "amended", "corrected", "rebased", "refreshed",
     "revised figure", "restated figure", "updated figure", "revised actual", "actual revised",
     "restated actual", "updated actual", "latest revised", "revised since", "as revised",
     "as restated", "as updated", "now reported", "final revised",
     # the figure after validation, which replaces the provisional one
     "final", "final figure", "final actual", "actual final", "validated", "validated figure",
     "validated actual", "verified", "confirmed", "audited"}
)  # fmt: skip
# a period's figure given twice as the council's own working figure and the figure of
# record ('2023/24' over 'Local' | 'Published', 'Internal' | 'Validated', 'Provisional' |
# 'Nationally published'): the words under the period saying which (normalised). The figure
# of record replaces the working one, as a final figure replaces a provisional one; a bare
# 'National' is the national figure, a comparator, and no figure of record.
WORKING_FIGURE_WORDS = frozenset(
    {"local", "local figure", "local figures", "local data", "local outturn", "local result",
     "local actual", "actual local", "local provisional", "provisional local", "local position",
     "local system", "local systems", "local mi", "internal", "internal figure",
     "internal data", "in house", "in house data", "council data", "own data", "own figure",
     "management information", "lleol", "ffigur lleol",
     "provisional", "prov", "provisional figure", "provisional actual", "unvalidated",
     "not validated", "unverified", "draft", "initial", "initial figure"}
)  # fmt: skip
RECORD_FIGURE_WORDS = frozenset(
    {"published", "published figure", "published figures", "published data",
     "published outturn", "published actual", "actual published", "as published",
     "nationally published", "published nationally", "national published",
     "national publication", "national release", "national return", "national data",
     "national statistics", "official", "official figure", "official statistics",
     "statutory return", "validated", "validated figure", "final", "final figure",
     "final published", "verified", "audited", "cyhoeddwyd", "wedi ei gyhoeddi"}
)  # fmt: skip
# a cell saying the figure of record is still to come ('Due Mar 2025', 'Not yet published',
# 'Awaiting publication', 'Expected Q3'): the working figure beside it stands
FIGURE_TO_COME = re.compile(
    r"^(?:due|expected|awaited|awaiting|pending|to follow|to be published|publication due|"
    r"not yet (?:published|available|due|released|validated|reported|received)|"
    r"not (?:yet )?published|unpublished|i ddilyn)\b",
    re.I,
)
# what a restated figure's cell says where the figure first reported stands
UNCHANGED_WORDS = frozenset(
    {"no change", "unchanged", "no changes", "not changed", "no revision", "not revised",
     "no restatement", "as reported", "as above", "same", "nc", "n c", "no chg", "as before"}
)  # fmt: skip
# a second line in a figure cell ('£1.2m\nforecast') saying the figure is not yet what
# happened: kept for review unless a sheet note says second lines explain their figure
SECOND_LINE_NOT_ACTUAL = re.compile(
    r"\b(?:forecasts?|forecasted|estimates?|estimated|projected|projections?|targets?|"
    r"predicted|anticipated|expected)\b",
    re.I,
)
# a sheet note saying a figure cell's second line is a note on its figure ('Notes in a figure
# cell (second line) explain that figure', 'Text after a line break qualifies the value')
SECOND_LINE_EXPLAINS = re.compile(
    r"\b(?:second|2nd|next|lower) line\b|\bline break|\balt\s*\+\s*enter\b|"
    r"\bnotes? (?:in|within|under) (?:a|the|each) (?:figure|value|data|result) cell",
    re.I,
)

# a heading naming the meeting a column's figures were reported to ('Cabinet 11 Jun 2024',
# 'Reported to Policy and Resources Committee 12/03/2025', 'O&S Panel – Sept 2024'): when
# the figures went, not the period they cover
MEETING_NOUNS = (
    "cabinet", "executive", "council", "committee", "board", "panel", "scrutiny", "meeting",
    "commission", "forum", "o&s", "o & s", "osc", "oscs", "pwyllgor", "cabinet meeting",
)  # fmt: skip
_MEETING_LEAD = r"(?:(?:as\s+)?(?:reported|presented|submitted|reporting)\s+to\s+|to\s+|at\s+)?"
_MEETING_NAME = r"(?:the\s+)?(?:[a-z&'\u2019]+\s+){0,5}?"
_MEETING_NOUN = "|".join(re.escape(n).replace(r"\ ", r"\s*") for n in MEETING_NOUNS)
_MEETING_DATE = (
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?:{'|'.join(sorted(MONTHS, key=len, reverse=True))})"
    r"\.?,?\s+(?:\d{4}|'?\d{2})"
    r"|\d{1,2}[/.\-]\d{1,2}[/.\-](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2}"
)
MEETING_HEADING = re.compile(
    rf"{_MEETING_LEAD}(?P<name>{_MEETING_NAME})(?:{_MEETING_NOUN})(?:\s+(?:meeting|date|on|of))*"
    rf"[\s:,\-\u2013\u2014(]*(?:{_MEETING_DATE})\)?",
    re.I,
)
# words before a meeting saying what it did to the figure ('Target agreed by Cabinet Feb
# 2024', 'Approved by Council 27 Feb 2024'): when a target was set, not a meeting's column
MEETING_SET_WORDS = re.compile(
    r"\b(?:by|agreed|approved|set|revised|adopted|endorsed|signed\s+off|target|targets)\b", re.I
)
# a comment saying which period the row's latest figure is for, when not its heading's:
# 'Figure shown is for July 2024 – August not yet validated', 'Data relates to June 2024',
# 'Latest figure is for Q1 2024/25'. ``period`` is read up to the next dash, comma,
# semicolon or full stop; words that are no period ('for information') say nothing
COMMENT_FIGURE_FOR = re.compile(
    r"\b(?:the\s+)?(?:latest\s+|reported\s+|current\s+)?(?:figure|data|result|value|outturn)s?"
    r"(?:\s+(?:shown|reported|quoted|given|above|here))?"
    r"\s+(?:is|are|was|were|relates?|covers?|refers?)\s+(?:for|to|from|as\s+at)\s+"
    r"(?P<period>[^,;.\u2013\u2014()]+?)\s*(?=$|[,;.\u2013\u2014(]|\s-\s)",
    re.I,
)
# a ditto mark typed in a per-row cell (a Target, a Frequency) for 'the same as the cell
# above': '"', '〃' (the Japanese ditto), 'do.', 'as above' (``ditto_marks``); compared
# lower-cased with the spaces squeezed
DITTO_MARKS: frozenset[str] = frozenset(
    {
        '"',
        "''",
        "\u201c",
        "\u201d",
        "\u3003",
        "\u2033",
        "do.",
        "do",
        "ditto",
        "as above",
        "same as above",
        "as per above",
    }
)

# ---------------------------------------------------------------- typing slips in headings
# a heading word no list here knows, one letter away (a letter typed, dropped, changed or two
# swapped) from exactly one heading word of at least this many letters, may be read as that
# word when the column's cells agree ('Tagret', 'Acutal', 'Comentary'); a shorter word is
# too close to others for a slip to say which was meant (``layout.heading_slips``)
SLIP_WORD_MIN = 5
# real words a letter away from a heading word, never read as it: 'Charge' is not 'Change',
# 'Forecasts' and 'Targets' are plurals, not slips, and stay as the heading's other rules read them
NOT_SLIPS: frozenset[str] = frozenset(
    {
        "charge",
        "charges",
        "chance",
        "actually",
        "factual",
        "targets",
        "targeted",
        "measured",
        "measures",
        "indicators",
        "comments",
        "commented",
        "statue",
        "states",
        "stated",
        "latent",
        "later",
        "lastest",
        "period",
        "periods",
        "ration",
        "ratios",
        "rating",
        "ratings",
        "notes",
        "noted",
        "owners",
        "owned",
        "service",
        "services",
        "served",
        "server",
        "result",
        "results",
        "values",
        "valued",
        "varied",
        "trends",
        "trendy",
        "planned",
        "plans",
        "direct",
        "directs",
        "outturns",
        "baseline",
        "baselines",
        "figures",
        "figured",
    }
)

# A performance system's score typed with its rating word ('3 - Green', '0 - Not rated',
# 'N/A - Data only', 'Green (3)'): the score is a whole number of a short scale (0-10), or
# the 'N/A' of a measure no score applies to.
SCORED_RATING_BEFORE = re.compile(
    r"^(?P<score>10|\d|n/?a)\s*[-\u2013\u2014:]\s*(?P<word>[^\W\d_][^\d]{0,40})$", re.I
)
SCORED_RATING_AFTER = re.compile(r"^(?P<word>[^\W\d_][^\d()]{0,40}?)\s*\(\s*(?P<score>10|\d)\s*\)$")

# A long table with no heading row (a system extract saved without 'include column
# headings'): each column's role told from its cells, then given the heading the header
# finder reads for that role, so the table is read as if the export had written one.
HEADLESS_HEADINGS: dict[str, str] = {
    "code": "Code",
    "name": "Indicator",
    "period": "Period",
    "actual": "Actual",
    "target": "Target",
    "rag": "Status",
    "unit": "Unit",
}
# a quarter heading saying how many months of the year it covers ('Q2 (6 months)', 'Qtr 3
# (9 mths)', 'Quarter 2 – 6 months'): more than the quarter's three make it the year to date
# at that quarter's end; three, the quarter alone; any other count contradicts the quarter
QUARTER_MONTHS_STATED = re.compile(
    r"\b(?:q|qtr|quarter)\s*(?P<quarter>[1-4])\s*(?:\(\s*|[-\u2013\u2014:,]\s*)"
    r"(?P<months>\d{1,2}|three|six|nine|twelve)\s*(?:months?|mths?)\b\s*\)?",
    re.IGNORECASE,
)
MONTH_COUNT_WORDS = {"three": 3, "six": 6, "nine": 9, "twelve": 12}
# a quarter or month a bare to-date heading runs to ('YTD (Q2)', 'Year to date to Sep', 'Q2
# YTD'; normalised), and any year written in a heading ('2024/25', '24-25', '2024')
TO_DATE_PART = re.compile(
    r"\b(?:q[1-4]|qtr [1-4]|quarter [1-4]|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|jan|feb|mar"
    r"|april|june|july|august|september|october|november|december|january|february|march)\b"
)
YEAR_IN_HEADING = re.compile(
    r"\b(?:19|20)\d{2}\b|\b\d{2}\s*[/\-\u2013]\s*\d{2}\b|\bfy\s?\d{2}\b", re.I
)
