"""Scorecards written in Welsh only: headings, units, ratings and markers with no English beside them."""

from __future__ import annotations

import pytest

from desktop.scorecard import vocabulary
from desktop.scorecard.layout.find import detect
from desktop.scorecard.model import ParsedScorecard
from desktop.scorecard.parse import values
from desktop.scorecard.read.grid import CellValue, Sheet, Workbook


def _read(*rows: list[CellValue]) -> ParsedScorecard:
    sheet = Sheet("Perfformiad", list(rows))
    return detect(Workbook(path="/tmp/adroddiad.xlsx", format="xlsx", sheets=[sheet]))


def _seen(read: ParsedScorecard) -> dict[str, list[tuple[object, ...]]]:
    return {
        str(i.code or i.name): [
            (o.period.label, o.actual, o.actual_text, o.target, o.rag) for o in i.observations
        ]
        for i in read.indicators
    }


@pytest.mark.parametrize(
    ("heading", "field"),
    [
        ("Cyf.", "code"),
        ("Cod", "code"),
        ("Enw'r dangosydd", "name"),
        ("Mesur", "name"),
        ("Cyfarwyddiaeth", "portfolio"),
        ("Maes gwasanaeth", "service"),
        ("Cyfnod", "period"),
        ("Gwirioneddol", "actual"),
        ("Canlyniad", "actual"),
        ("Gwerth", "actual"),
        ("Targed blynyddol", "target"),
        ("Statws RAG", "rag"),
        ("Cyfeiriad teithio", "direction"),
        ("Sylwebaeth", "commentary"),
        ("Uned", "unit"),
        ("Swyddog arweiniol", "owner"),
        ("Rhifiadur", "numerator"),
        ("Enwadur", "denominator"),
        ("Amrywiant", "ignore"),
    ],
)
def test_welsh_headings_name_their_field(heading: str, field: str) -> None:
    found = vocabulary.match(heading)
    assert found is not None and (found.field, found.score) == (field, 1.0)


@pytest.mark.parametrize(
    ("heading", "comparator"),
    [("Cyfartaledd Cymru", "Wales"), ("Cymru", "Wales"), ("Y llynedd", "Same period last year")],
)
def test_welsh_comparator_headings_name_their_comparator(heading: str, comparator: str) -> None:
    found = vocabulary.match(heading)
    assert found is not None and (found.field, found.comparator) == ("comparator", comparator)


@pytest.mark.parametrize(
    ("unit", "canonical"),
    [("Canran", "%"), ("Nifer", "number"), ("Dyddiau", "days"), ("Diwrnod", "days"),
     ("Wythnosau", "weeks"), ("Oriau", "hours"), ("Munudau", "minutes"), ("Sgôr", "score")],
)  # fmt: skip
def test_units_written_in_welsh_become_the_exports_words(unit: str, canonical: str) -> None:
    assert values.canonical_unit(unit) == canonical


def test_a_long_table_in_welsh_reads_its_periods_figures_targets_and_ratings() -> None:
    read = _read(
        ["Cod", "Enw'r dangosydd", "Cyfnod", "Canlyniad", "Targed", "Statws RAG", "Sylwadau"],
        ["RH1", "Canran y biniau a gasglwyd ar y diwrnod cywir", "Chwarter 1 2024/25", 99.1,
         99.5, "Mewn perygl", None],
        ["RH1", "Canran y biniau a gasglwyd ar y diwrnod cywir", "Chwarter 2 2024/25", 99.7,
         99.5, "Ar y trywydd iawn", "Llwybrau newydd."],
        ["RH2", "Nifer y cwynion a dderbyniwyd", "Chwarter 1 2024/25", 41.0, "Dim targed",
         "Heb ei raddio", None],
        ["RH2", "Nifer y cwynion a dderbyniwyd", "Chwarter 2 2024/25", "I ddilyn",
         "Dim targed", "Heb ei raddio", None],
        ["RH3", "Canran y taliadau a wnaed o fewn 30 diwrnod", "Chwarter 1 2024/25", 88.0,
         95.0, "Oddi ar y trywydd", None],
    )  # fmt: skip
    assert read.review == []
    assert _seen(read) == {
        "RH1": [("Q1 2024/25", 99.1, None, 99.5, "amber"), ("Q2 2024/25", 99.7, None, 99.5, "green")],
        "RH2": [("Q1 2024/25", 41.0, None, None, None), ("Q2 2024/25", None, "I ddilyn", None, None)],
        "RH3": [("Q1 2024/25", 88.0, None, 95.0, "red")],
    }  # fmt: skip


def test_a_wide_welsh_table_takes_its_units_from_the_unit_column_or_the_name() -> None:
    read = _read(
        ["Adroddiad Perfformiad Blynyddol"],
        [],
        ["Cyf.", "Mesur", "Uned", "2022/23", "2023/24", "Targed blynyddol", "Statws"],
        ["A1", "Amser cyfartalog i ailosod tai gwag", "Dyddiau", 61.0, 54.0, 50.0, "Ambr"],
        ["A2", "Canran y tenantiaid sy'n fodlon", None, 81.0, 84.0, 85.0, "Ambr"],
        ["A3", "Nifer y diwrnodau a gollwyd oherwydd salwch", None, 10.9, 10.1, 9.5, "Coch"],
        ["A4", "Nifer yr ymweliadau â'r llyfrgell", None, 310200.0, 325900.0, 300000.0,
         "Gwyrdd"],
    )  # fmt: skip
    assert read.review == []
    units = {i.code: i.unit for i in read.indicators}
    assert units == {"A1": "days", "A2": "%", "A3": "days", "A4": "number"}
    assert _seen(read)["A3"] == [
        ("2022/23", 10.9, None, 9.5, None),
        ("2023/24", 10.1, None, 9.5, "red"),
    ]


def test_a_welsh_status_the_vocabulary_does_not_know_is_still_held_for_review() -> None:
    read = _read(
        ["Cyf.", "Dangosydd", "Gwirioneddol", "Targed", "Statws"],
        ["B1", "Canran y ceisiadau a benderfynwyd mewn pryd", 84.0, 87.0, "Porffor"],
        ["B2", "Canran y galwadau a atebwyd", 91.0, 90.0, "Gwyrdd"],
    )
    assert any("Porffor" in item.reason for item in read.review)
