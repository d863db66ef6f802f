"""The indicators, figures and officers' commentary of the bundled sample scorecard."""

from __future__ import annotations

from dataclasses import dataclass, field

QUARTERS = (
    "Q3 2023/24",
    "Q4 2023/24",
    "Q1 2024/25",
    "Q2 2024/25",
    "Q3 2024/25",
    "Q4 2024/25",
    "Q1 2025/26",
    "Q2 2025/26",
)

Series = tuple[float | str | None, ...]


@dataclass(frozen=True)
class Spec:
    """One indicator: figures are in human units (percentages as 0-100)."""

    portfolio: str
    service: str
    ref: str
    name: str
    good: str  # "High" or "Low"
    kind: str  # "frac" (stored 0-1, shown 0.0%), "pct" (stored 0-100), "count", "days", "rate"
    values: Series  # one per quarter; "*" = suppressed, None = no row that quarter
    target: float | tuple[float, ...]
    denominators: tuple[int, ...] | None = None
    england: float | tuple[float, ...] | None = None
    neighbours: float | tuple[float, ...] | None = None
    notes: tuple[str, ...] = ()  # officers' commentary used when the RAG is red (cycled)
    amber_note: str | None = None
    green_note: str | None = None
    part2: bool = False
    unit: str | None = None  # overrides the unit derived from kind
    rag_overrides: dict[int, str] = field(default_factory=dict)  # as published, deliberately
    remarks: dict[int, str] = field(default_factory=dict)  # commentary for one quarter
    no_comment: frozenset[int] = frozenset()


CS = "Children's Services"
HW = "Health and Wellbeing"
PE = "Planning and Environment"
HT = "Highways and Transport"
RS = "Resources"

CHILDREN: tuple[Spec, ...] = (
    Spec(
        CS,
        "Special Educational Needs and Disabilities",
        "CS01",
        "New Education, Health and Care Plans issued within 20 weeks (excluding exceptions)",
        "High",
        "frac",
        (41.0, 44.3, 46.8, 49.2, 47.5, 51.1, 53.8, 56.4),
        70.0,
        denominators=(78, 88, 79, 85, 101, 90, 93, 110),
        england=(49.2, 49.2, 50.3, 50.3, 50.3, 50.3, 46.4, 46.4),
        neighbours=(55.0, 55.0, 57.1, 57.1, 57.1, 57.1, 52.8, 52.8),
        notes=(
            "Requests for statutory assessment have risen by over a quarter on last year and "
            "the service is prioritising the quality of plans. Two additional educational "
            "psychologists start next quarter and a backlog recovery plan is in place.",
            "Performance is improving but remains below target and the national average. "
            "Demand continues to grow faster than capacity; the Director of Education is "
            "monitoring weekly and a report on the recovery plan will come to committee.",
        ),
    ),
    Spec(
        CS,
        "Education",
        "CS02",
        "Number of secondary school permanent exclusions (in quarter)",
        "Low",
        "count",
        (14, 17, 11, 6, 16, 19, 13, 8),
        12,
        notes=(
            "Exclusions have risen, mainly in Year 10. The 14-16 vocational programme "
            "agreed by members starts in September and an external review of early "
            "intervention will report in November.",
        ),
    ),
    Spec(
        CS,
        "Children in Care",
        "CS03",
        "Children under 16 in care 2.5 years or more who have been in the same placement "
        "for 2 years",
        "High",
        "pct",
        (57.0, 55.0, 54.0, 56.0, 58.0, 60.0, 62.0, 64.0),
        68.0,
        england=70.0,
        neighbours=(68.0, 68.0, 67.0, 67.0, 67.0, 67.0, 66.0, 66.0),
        notes=(
            "This remains one of our biggest challenges. Children moved to better placements "
            "during the improvement journey have not yet reached the two-year milestone; "
            "permanency planning is prioritised for every child.",
            "Foster carer recruitment and better relationships with carers and providers "
            "are expected to lift performance over the next year. The Head of Service for "
            "children in care reviews every unplanned move.",
        ),
    ),
    Spec(
        CS,
        "Leaving Care",
        "CS04",
        "Care leavers aged 19-21 in suitable accommodation",
        "High",
        "pct",
        (86.4, 84.1, 81.0, 75.0, 78.7, 83.0, 86.2, 88.1),
        85.0,
        denominators=(118, 113, 121, 124, 122, 118, 123, 126),
        england=88.0,
        neighbours=87.0,
        notes=(
            "A small number of care leavers do not wish to have council support, so the "
            "suitability of their accommodation is not known. Excluding them, 88% are in "
            "suitable accommodation.",
        ),
    ),
    Spec(
        CS,
        "Leaving Care",
        "CS05",
        "Care leavers aged 19-21 in education, employment or training",
        "High",
        "frac",
        (56.0, 54.2, 52.9, 51.1, 49.6, 48.0, 47.2, 46.1),
        55.0,
        denominators=(118, 113, 121, 124, 122, 118, 123, 126),
        england=(55.0, 55.0, 56.0, 56.0, 56.0, 56.0, 55.0, 55.0),
        neighbours=53.0,
        notes=(
            "The figure is below target and worse than the same time last year. Additional "
            "personal advisers have been recruited to help care leavers plan routes into "
            "college, apprenticeships and university.",
        ),
        amber_note="Slightly below target; several care leavers start college places in September.",
    ),
    Spec(
        CS,
        "Children's Social Care",
        "CS06",
        "Re-referrals to children's social care within 12 months",
        "Low",
        "frac",
        (19.2, 19.8, 20.4, 21.5, 22.3, 23.0, 24.1, 25.2),
        20.0,
        england=(21.4, 21.4, 22.4, 22.4, 22.4, 22.4, 22.0, 22.0),
        neighbours=21.0,
        notes=(
            "Repeat referrals continue to rise. We are working with the police and health "
            "colleagues on referrals that do not meet the threshold, and the front door "
            "team is auditing a sample of re-referred cases.",
        ),
        amber_note="Slightly above target; the front door audit is under way.",
    ),
    Spec(
        CS,
        "Children's Social Care",
        "CS07",
        "Children becoming subject of a child protection plan for a second or subsequent time",
        "Low",
        "pct",
        (17.5, 18.9, 21.3, 22.6, 19.4, 18.2, 16.9, 17.4),
        18.0,
        england=23.3,
        neighbours=21.5,
        notes=(
            "Higher than last quarter. The Director has commissioned a review of child "
            "protection activity and an improvement plan will be completed over the summer.",
        ),
    ),
    Spec(
        CS,
        "Children's Social Care",
        "CS08",
        "Children's social care assessments completed within 45 working days",
        "High",
        "pct",
        (74.8, 77.3, 79.0, 82.4, 84.0, 86.1, 88.5, 90.2),
        85.0,
        denominators=(412, 398, 430, 451, 446, 462, 470, 488),
        england=(82.2, 82.2, 82.9, 82.9, 82.9, 82.9, 83.6, 83.6),
        neighbours=(84.0, 84.0, 85.1, 85.1, 85.1, 85.1, 85.7, 85.7),
        notes=(
            "A quarter of assessments took longer than 45 days. Every district now has a "
            "duty team and the backlog of older assessments is being cleared.",
        ),
        rag_overrides={2: "Red"},
    ),
    Spec(
        CS,
        "Children's Social Care",
        "CS09",
        "Care proceedings completed within 26 weeks",
        "High",
        "pct",
        (40.0, 57.1, 50.0, 33.3, 62.5, 60.0, 66.7, 71.4),
        80.0,
        denominators=(5, 7, 4, 6, 8, 5, 6, 7),
        england=(49.0, 49.0, 43.0, 43.0, 43.0, 43.0, 41.0, 41.0),
        notes=(
            "Numbers are small, so one or two cases move the percentage a long way. Two "
            "cases this quarter were delayed by court availability and expert assessments.",
            "Court listing delays continue to affect timeliness. The service meets the "
            "Designated Family Judge monthly to track every case over 20 weeks.",
        ),
    ),
    Spec(
        CS,
        "Fostering",
        "CS10",
        "New in-house foster carers approved (in quarter)",
        "High",
        "count",
        (3, 4, 6, 5, 4, 7, 6, 5),
        5,
        notes=(
            "Fewer approvals than planned. The recruitment campaign relaunches next quarter "
            "and eleven households are currently being assessed.",
        ),
        green_note="Better than target: the innovation programme is bringing in new carers.",
    ),
    Spec(
        CS,
        "Early Years",
        "CS11",
        "Early years providers judged Good or Outstanding by Ofsted",
        "High",
        "frac",
        (96.1, 96.4, 95.8, 96.9, 97.2, 97.0, 97.5, 97.8),
        95.0,
        england=(96.0, 96.0, 96.5, 96.5, 96.5, 96.5, 96.8, 96.8),
        green_note="Remains above target; nine inspections this quarter, six of new providers.",
    ),
    Spec(
        CS,
        "Youth Justice",
        "CS12",
        "First-time entrants to the youth justice system per 100,000 young people aged 10-17",
        "Low",
        "rate",
        (212.0, 205.0, 198.0, 186.0, 171.0, 163.0, 150.0, 142.0),
        175.0,
        england=(154.0, 154.0, 148.0, 148.0, 148.0, 148.0, 143.0, 143.0),
        neighbours=(190.0, 190.0, 181.0, 181.0, 181.0, 181.0, 170.0, 170.0),
        notes=(
            "Above target but falling. The prevention and diversion offer now covers every "
            "secondary school and referrals from the police have increased.",
        ),
    ),
    Spec(
        CS,
        "Children in Care",
        "CS13",
        "Children in care living within 20 miles of home",
        "High",
        "pct",
        (71.0, 69.5, 70.2, 72.8, 73.5, 71.9, 74.0, 75.3),
        75.0,
        neighbours=72.0,
        amber_note="Some children are placed further away because that best meets their needs.",
    ),
    Spec(
        CS,
        "Children's Social Care",
        "CS14",
        "Children in need reviewed within timescale",
        "High",
        "frac",
        (88.0, 85.5, 83.1, 80.2, 78.9, 81.4, 84.6, 87.3),
        90.0,
        denominators=(612, 634, 655, 671, 702, 688, 664, 641),
        notes=(
            "Reviews slipped while caseloads rose. Remedial action has not yet been put in "
            "place; team managers now check review dates weekly.",
        ),
    ),
    Spec(
        CS,
        "Adoption",
        "CS15",
        "Average days between a child entering care and moving in with their adoptive family",
        "Low",
        "days",
        (512.0, "*", 468.0, 455.0, "*", 431.0, 402.0, 389.0),
        426.0,
        england=(475.0, 475.0, 453.0, 453.0, 453.0, 453.0, 449.0, 449.0),
        notes=(
            "This refers to a small number of children, one of whom waited over two years "
            "because of court delays. We expect the indicator to move to amber shortly.",
        ),
    ),
    Spec(
        CS,
        "Children's Social Care",
        "CS16",
        "Average social worker caseload",
        "Low",
        "num",
        (17.2, 17.8, 18.4, 19.6, 20.3, 19.1, 18.2, 17.6),
        18.0,
        unit="cases",
        amber_note="Pressure points in safeguarding teams; newly qualified staff carry lower caseloads.",
        notes=(
            "Demand at the front door has risen by 12% without a change in thresholds. "
            "Agency staff have been brought in for three months.",
        ),
    ),
    Spec(
        CS,
        "Children in Care",
        "CS17",
        "Children in care placed in unregistered provision (at quarter end)",
        "Low",
        "count",
        (2, 3, 1, 2, 4, 2, 1, 1),
        0,
        part2=True,
        notes=(
            "Each placement is reviewed weekly by the Assistant Director and the provider "
            "has applied to register with Ofsted.",
        ),
    ),
    Spec(
        CS,
        "Youth Justice",
        "CS18",
        "Young people remanded to youth detention accommodation (in quarter)",
        "Low",
        "count",
        (1, 0, 2, "*", 1, 3, 0, 1),
        1,
        part2=True,
        notes=("Three remands followed one serious incident; each case is reviewed by the panel.",),
    ),
)

HEALTH: tuple[Spec, ...] = (
    Spec(
        HW,
        "Adult Social Care",
        "HW01",
        "Timely transitions of young people from children's to adult services",
        "High",
        "pct",
        (31.0, 33.4, 35.1, 36.8, 38.2, 41.5, 44.0, 46.9),
        50.0,
        denominators=(58, 62, 57, 68, 55, 53, 50, 64),
        notes=(
            "Transitions remain one of the hardest targets to meet. A joint programme team "
            "from adults' and children's services now identifies young people from age 14.",
            "There has been some improvement since the programme team was set up; the "
            "Cabinet Member has been assured this is an area of focus.",
        ),
    ),
    Spec(
        HW,
        "Adult Social Care",
        "HW02",
        "Older people (65+) still at home 91 days after discharge into reablement",
        "High",
        "frac",
        (78.4, 79.1, 80.6, 82.0, 83.5, 84.2, 85.9, 86.4),
        82.0,
        denominators=(139, 152, 144, 161, 158, 173, 166, 181),
        england=(82.3, 82.3, 83.8, 83.8, 83.8, 83.8, 83.8, 83.8),
        neighbours=(81.5, 81.5, 82.4, 82.4, 82.4, 82.4, 82.4, 82.4),
        amber_note="Take-up and effectiveness of reablement continue to increase.",
    ),
    Spec(
        HW,
        "Adult Social Care",
        "HW03",
        "Delayed transfers of care from hospital attributable to adult social care "
        "(average beds per day)",
        "Low",
        "num",
        (14.2, 12.8, 11.0, 9.6, 8.9, 8.1, 7.4, 8.0),
        10.0,
        unit="beds",
        notes=(
            "Delays are down by a third since March. A trusted assessor now works on the "
            "wards and weekend discharges have started.",
        ),
    ),
    Spec(
        HW,
        "Adult Social Care",
        "HW04",
        "Permanent admissions of older people (65+) to residential and nursing care per 100,000",
        "Low",
        "rate",
        (655.0, 662.0, 640.0, 631.0, 618.0, 602.0, 596.0, 581.0),
        560.0,
        england=(566.0, 566.0, 560.0, 560.0, 560.0, 560.0, 560.0, 560.0),
        neighbours=(590.0, 590.0, 584.0, 584.0, 584.0, 584.0, 584.0, 584.0),
        notes=(
            "Admissions remain higher than comparators although improving. More people are "
            "being supported at home through the extra care housing programme.",
        ),
    ),
    Spec(
        HW,
        "Public Health",
        "HW05",
        "Eligible population (40-74) offered and receiving an NHS Health Check "
        "(cumulative, 5 years)",
        "High",
        "pct",
        (38.2, 40.1, 42.0, 43.6, None, 46.9, 48.5, 50.2),
        45.0,
        england=(40.1, 40.1, 41.5, 41.5, 41.5, 41.5, 43.0, 43.0),
        notes=(
            "Uptake is below target after GP practices paused invitations during the winter. "
            "A community outreach van now offers checks in the three lowest-uptake wards.",
        ),
        amber_note="Health check uptake continues to increase and is better than nationally.",
        remarks={5: "The Q3 2024/25 return was not received from GP practices in time to report."},
    ),
    Spec(
        HW,
        "Adult Social Care",
        "HW06",
        "Clients in long-term placements receiving an annual review",
        "High",
        "frac",
        (61.0, 64.5, 68.2, 71.0, 73.4, 76.8, 79.5, 81.2),
        80.0,
        denominators=(934, 941, 957, 962, 970, 981, 989, 996),
        notes=(
            "Actions to sustain recent improvement are in place and a delivery plan for "
            "reviews is being developed to increase performance this year.",
        ),
        amber_note="Close to target; the reviewing team is at full strength.",
    ),
    Spec(
        HW,
        "Adult Social Care",
        "HW07",
        "People waiting for a social care assessment (at quarter end)",
        "Low",
        "count",
        (1520, 1610, 1700, 1645, 1480, 1390, 1255, 1190),
        1200,
        notes=(
            "1,700 people were waiting at quarter end. Waiting lists are triaged weekly and "
            "the most urgent cases are seen first; a recovery plan is monitored monthly.",
            "Numbers waiting are falling but remain above target. Agency assessors have "
            "been extended to the end of the year.",
        ),
    ),
    Spec(
        HW,
        "Adult Social Care",
        "HW08",
        "Adults with a learning disability in paid employment",
        "High",
        "pct",
        (4.8, 4.9, 5.1, 5.3, 5.2, 5.6, 5.8, 6.1),
        5.5,
        england=4.8,
        neighbours=5.0,
        notes=(
            "Below target, although better than England. The supported employment service "
            "is working with two large local employers on work placements.",
        ),
        amber_note="Supported employment places increased this quarter.",
    ),
    Spec(
        HW,
        "Public Health",
        "HW09",
        "Smokers who have successfully quit at 4 weeks (in quarter)",
        "High",
        "count",
        (212, 245, 198, 187, 203, 251, 221, 208),
        220,
        amber_note="Fewer people set quit dates over the summer, as in previous years.",
        notes=("Quits are lower than target; pharmacies are now offering the service.",),
    ),
    Spec(
        HW,
        "Adult Social Care",
        "HW10",
        "Safeguarding enquiries where the risk was reduced or removed",
        "High",
        "frac",
        (89.0, 90.4, 91.2, 90.8, 92.3, 93.1, 92.7, 93.4),
        90.0,
        denominators=(182, 197, 204, 211, 190, 223, 218, 229),
        england=(90.0, 90.0, 91.0, 91.0, 91.0, 91.0, 91.0, 91.0),
        neighbours=90.5,
    ),
)

PLACE: tuple[Spec, ...] = (
    Spec(
        PE,
        "Development Management",
        "PE01",
        "Major planning applications determined within 13 weeks or agreed extension",
        "High",
        "pct",
        (72.7, 80.0, 66.7, 75.0, 83.3, 71.4, 77.8, 81.8),
        (60.0, 60.0, 60.0, 60.0, 60.0, 60.0, 70.0, 70.0),
        denominators=(11, 10, 9, 12, 12, 14, 9, 11),
        england=(88.0, 88.0, 89.0, 89.0, 89.0, 89.0, 89.0, 89.0),
        remarks={
            6: "The target rose from 60% to 70% from April 2025 in line with the service plan."
        },
    ),
    Spec(
        PE,
        "Development Management",
        "PE02",
        "Minor planning applications determined within 8 weeks or agreed extension",
        "High",
        "pct",
        (68.2, 71.5, 74.0, 69.3, 66.1, 63.8, 70.9, 76.4),
        75.0,
        denominators=(151, 137, 162, 176, 148, 141, 169, 182),
        england=84.0,
        notes=(
            "Two planning officer posts were vacant for most of the quarter. Agency cover "
            "started in February and the backlog is reducing.",
        ),
        amber_note="Slightly below target while new officers settle in.",
    ),
    Spec(
        PE,
        "Waste and Recycling",
        "PE03",
        "Household waste sent for reuse, recycling and composting",
        "High",
        "pct",
        (44.8, 41.9, 46.3, 47.2, 43.1, 40.8, 46.9, 47.5),
        45.0,
        england=(43.4, 43.4, 42.3, 42.3, 42.3, 42.3, 41.7, 41.7),
        neighbours=(46.0, 46.0, 45.2, 45.2, 45.2, 45.2, 44.9, 44.9),
        amber_note="Garden waste tonnages are seasonally low in the winter months.",
        green_note="Good performance on waste, above the national average.",
    ),
    Spec(
        PE,
        "Street Scene",
        "PE04",
        "Fly-tipping incidents reported (in quarter)",
        "Low",
        "count",
        (612, 588, 701, 756, 694, 745, 812, 868),
        650,
        notes=(
            "Incidents have increased, mostly small loads of household waste in back "
            "alleys. Enforcement officers are using cameras at the ten worst hot spots.",
            "A campaign on using licensed waste carriers starts next month and fixed "
            "penalty notices have doubled on last year.",
        ),
        no_comment=frozenset({7}),
        green_note="Good performance on fly tipping.",
    ),
    Spec(
        PE,
        "Waste and Recycling",
        "PE05",
        "Residual household waste per household (in quarter)",
        "Low",
        "num",
        (121.0, 118.5, 116.2, 119.8, 117.4, 114.9, 112.6, 115.1),
        120.0,
        unit="kg",
    ),
    Spec(
        PE,
        "Street Scene",
        "PE06",
        "Fly-tips cleared within 2 working days",
        "High",
        "frac",
        (93.2, 94.1, 91.0, 88.4, 90.2, 92.6, 87.1, 85.3),
        95.0,
        denominators=(612, 588, 701, 756, 694, 745, 812, 868),
        notes=(
            "Clearance times slipped as incident numbers rose; an additional crew has been "
            "deployed on Mondays when reports peak.",
        ),
        amber_note="Just below target because of higher volumes.",
    ),
    Spec(
        PE,
        "Countryside",
        "PE07",
        "Public rights of way that are easy to use",
        "High",
        "pct",
        (71.0, 70.0, 69.0, 68.0, 70.0, 72.0, 73.0, 74.0),
        75.0,
        notes=(
            "Some of the rights of way team have recently been brought in house. There is "
            "some public dissatisfaction and further work is needed to understand it.",
        ),
        amber_note="The in-house team is clearing the backlog of reported obstructions.",
    ),
    Spec(
        HT,
        "Highways",
        "HT01",
        "Street lights repaired within 20 working days",
        "High",
        "frac",
        (91.5, 88.0, 84.3, 80.1, 76.4, 73.9, 78.6, 81.0),
        90.0,
        denominators=(1240, 1532, 1105, 946, 1318, 1610, 1122, 987),
        notes=(
            "Repairs are taking longer because of problems with the new asset management "
            "system and the familiarisation of new equipment. Staff are working to make "
            "the system fit for purpose.",
            "The long winter stretched resources. Within 30 days the figure would have been 90%.",
        ),
    ),
    Spec(
        HT,
        "Highways",
        "HT02",
        "Highway defects repaired within 20 working days",
        "High",
        "frac",
        (86.0, 79.2, 75.5, 72.8, 69.0, 64.7, 70.3, 74.9),
        85.0,
        denominators=(3120, 4415, 2980, 2610, 3740, 4980, 3050, 2790),
        england=(80.0, 80.0, 80.0, 80.0, 80.0, 80.0, 80.0, 80.0),
        notes=(
            "The bad winter meant almost no planned repairs for three months. Defects are "
            "now being grouped by area so crews complete more repairs per visit.",
        ),
        rag_overrides={7: "Amber"},
    ),
    Spec(
        HT,
        "Highways",
        "HT03",
        "Category 1 highway defects made safe within 24 hours",
        "High",
        "frac",
        (97.2, 95.8, 98.1, 98.6, 96.9, 97.4, 98.8, 99.1),
        98.0,
    ),
    Spec(
        HT,
        "Highways",
        "HT04",
        "Principal roads where maintenance should be considered",
        "Low",
        "pct",
        (4.0, 4.0, 5.0, 5.0, 5.0, 5.0, 6.0, 6.0),
        4.0,
        england=4.0,
        neighbours=(3.0, 3.0, 4.0, 4.0, 4.0, 4.0, 4.0, 4.0),
        notes=(
            "The annual road condition survey shows a decline after two hard winters. "
            "The capital programme for next year prioritises principal roads.",
        ),
    ),
    Spec(
        HT,
        "Transport",
        "HT05",
        "Supported bus services running on time",
        "High",
        "pct",
        (84.0, 82.5, 85.1, 86.3, 83.7, 84.9, 86.8, 87.2),
        85.0,
    ),
)

CORPORATE: tuple[Spec, ...] = (
    Spec(
        RS,
        "Revenues and Benefits",
        "RC01",
        "Council tax collection rate (forecast for the year)",
        "High",
        "frac",
        (96.9, 96.8, 97.1, 97.0, 96.8, 96.9, 96.7, 96.5),
        97.2,
        amber_note="Slightly below target as more households pay by instalments over 12 months.",
    ),
    Spec(
        RS,
        "Revenues and Benefits",
        "RC02",
        "Business rates collection rate (forecast for the year)",
        "High",
        "frac",
        (98.3, 98.1, 98.4, 98.2, 97.9, 97.6, 98.0, 98.2),
        98.0,
    ),
    Spec(
        RS,
        "Human Resources",
        "RC03",
        "Average working days lost to sickness per full-time equivalent (rolling 12 months)",
        "Low",
        "days",
        (8.9, 9.2, 9.6, 9.9, 10.4, 10.8, 11.1, 11.3),
        9.5,
        notes=(
            "Long-term absence for stress and musculoskeletal conditions accounts for most "
            "of the increase. Occupational health referrals are now made at four weeks.",
            "Sickness continues to rise. Managers in the three services with the highest "
            "absence have had training and return-to-work interviews are audited.",
        ),
        amber_note="Slightly above target; most of the increase is long-term absence.",
    ),
    Spec(
        RS,
        "Information Governance",
        "RC04",
        "Freedom of Information requests answered within 20 working days",
        "High",
        "pct",
        (88.6, 84.2, 79.5, 81.7, 86.9, 90.3, 91.8, 87.4),
        90.0,
        denominators=(325, 309, 347, 360, 298, 341, 352, 365),
        rag_overrides={7: "Green"},
        notes=(
            "A sharp rise in requests about temporary accommodation and the budget took "
            "staff time. A new case management system goes live in the autumn.",
        ),
        amber_note="Just below target; most late responses were complex requests.",
    ),
    Spec(
        RS,
        "Revenues and Benefits",
        "RC05",
        "Average days to process new Housing Benefit claims",
        "Low",
        "days",
        (21.4, 24.8, 19.6, 18.2, 17.5, 22.9, 18.8, 16.9),
        20.0,
        england=(20.0, 20.0, 19.0, 19.0, 19.0, 19.0, 18.0, 18.0),
        notes=(
            "Year-end annual billing work delayed new claims. Overtime has been agreed to "
            "clear the backlog by the end of April.",
        ),
        amber_note="The annual uprating work slowed processing in the quarter.",
    ),
    Spec(
        RS,
        "Customer Services",
        "RC06",
        "Customer contact centre calls answered within 60 seconds",
        "High",
        "frac",
        (71.2, 66.9, 74.8, 78.1, 69.4, 63.2, 75.6, 79.8),
        80.0,
        notes=(
            "Call volumes peak after annual bills are sent. More transactions are now "
            "online and the web chat service has extended its hours.",
        ),
        amber_note="Below target; the new online forms are reducing simple calls.",
    ),
    Spec(
        RS,
        "Customer Services",
        "RC07",
        "Stage 1 complaints responded to within 10 working days",
        "High",
        "pct",
        (79.4, 76.0, 82.5, 85.1, 83.9, 87.2, 88.0, 86.5),
        85.0,
        denominators=(214, 233, 246, 222, 251, 267, 240, 229),
        notes=(
            "Complaints about waste collections rose after the round changes. Services "
            "now receive a weekly list of complaints approaching the deadline.",
        ),
        amber_note="Slightly below target; upheld complaints are now tracked by service.",
    ),
    Spec(
        RS,
        "Human Resources",
        "RC08",
        "Employment tribunal claims received (in quarter)",
        "Low",
        "count",
        (1, 2, 0, "*", 3, 1, 2, 1),
        1,
        part2=True,
        notes=("Two of the claims relate to one restructure; legal advice has been taken.",),
    ),
)

ALL_SPECS: tuple[Spec, ...] = CHILDREN + HEALTH + PLACE + CORPORATE
