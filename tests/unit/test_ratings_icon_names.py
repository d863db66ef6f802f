"""Status icons exported as their file names or alt texts are read as what they show."""

from __future__ import annotations

import pytest

from desktop.scorecard.layout.find import detect
from desktop.scorecard.parse import ratings
from desktop.scorecard.read.grid import CellValue, Sheet, Workbook


@pytest.mark.parametrize(
    ("cell", "rag"),
    [
        ("traffic_light_red.png", "red"),
        ("images/kpi/Amber_16.gif", "amber"),
        ("StatusGreen", "green"),
        ("icon-red", "red"),
        ("rag_g.jpg", "green"),
        ("img_warning.gif", "amber"),
        ("TICK.PNG", "green"),
        ("cross.bmp", "red"),
        ("C:\\Perf\\icons\\light_yellow.png", "amber"),
    ],
)
def test_an_icon_name_gives_the_rating_it_shows(cell: str, rag: str) -> None:
    assert ratings.parse_rag(cell) == rag


@pytest.mark.parametrize("cell", ["traffic_light_grey.png", "IconGray", "status_not_rated.gif"])
def test_a_grey_icon_is_no_rating(cell: str) -> None:
    assert ratings.parse_rag(cell) is None
    assert ratings.says_not_rated(cell)


@pytest.mark.parametrize(
    ("cell", "direction"),
    [("arrow_up.gif", "up"), ("Arrow-Down.png", "down"), ("trend_level.png", "same")],
)
def test_an_arrow_icon_gives_the_direction(cell: str, direction: str) -> None:
    assert ratings.parse_direction(cell) == direction


@pytest.mark.parametrize("cell", ["lighting_column.png", "KPI 1", "Status: see note", "report.pdf"])
def test_other_words_are_not_read_as_icons(cell: str) -> None:
    assert ratings.parse_rag(cell) is None


def test_a_status_column_of_icon_names_is_read_without_review() -> None:
    rows: list[list[CellValue]] = [
        ["Ref", "Measure", "Q3 2024/25", "Target", "RAG", "Trend"],
        ["HW1", "Potholes repaired within 28 days (%)", 91.0, 95.0, "IconAmber", "ArrowUp"],
        ["HW2", "Street lights working (%)", 99.1, 98.0, "IconGreen", "ArrowLevel"],
        ["HW3", "Gully cleansing completed (%)", 62.0, 80.0, "IconRed", "ArrowDown"],
        ["HW4", "Highway insurance claims received", 48.0, None, "IconGrey", "ArrowUp"],
    ]
    book = Workbook(path="/tmp/icons.xlsx", format="xlsx", sheets=[Sheet("Highways", rows)])
    parsed = detect(book)
    assert [i.observations[0].rag for i in parsed.indicators] == ["amber", "green", "red", None]
    assert not parsed.review


@pytest.mark.parametrize(
    ("cell", "rag"),
    [
        ("Cross_Red.gif", "red"),
        ("tick_green.png", "green"),
        ("Exclamation-Amber.png", "amber"),
        ("circle_red", "red"),
        ("TickGreen.png", "green"),
        ("images/kpi/star_yellow_16.gif", "amber"),
        ("Icon_Diamond_Green", "green"),
        ("sad_face_red.png", "red"),
        ("Triangle Amber", "amber"),
        ("Smiley-Gwyrdd.png", "green"),
    ],
)
def test_an_icon_named_by_its_shape_and_colour_gives_the_colour(cell: str, rag: str) -> None:
    assert ratings.parse_rag(cell) == rag


@pytest.mark.parametrize(
    "cell",
    ["triangle.png", "Circle.png", "diamond", "arrow_up_green.png", "red_amber_circle.png",
     "tick_box_exercise", "Flag Amber Wording"],
)  # fmt: skip
def test_a_shape_with_no_single_colour_is_no_rating(cell: str) -> None:
    assert ratings.parse_rag(cell) is None


def test_a_status_column_of_shape_and_colour_icons_is_read_and_a_bare_shape_doubted() -> None:
    rows: list[list[CellValue]] = [
        ["Ref", "Measure", "Q3 2024/25", "Target", "Status"],
        ["HW1", "Potholes repaired within 28 days (%)", 91.0, 95.0, "Exclamation-Amber.png"],
        ["HW2", "Street lights working (%)", 99.1, 98.0, "tick_green.png"],
        ["HW3", "Gully cleansing completed (%)", 62.0, 80.0, "Cross_Red.gif"],
        ["HW4", "Highway defects made safe (%)", 88.0, 90.0, "circle_red"],
    ]
    book = Workbook(path="/tmp/icons.xlsx", format="xlsx", sheets=[Sheet("Highways", rows)])
    parsed = detect(book)
    assert [i.observations[0].rag for i in parsed.indicators] == ["amber", "green", "red", "red"]
    assert not parsed.review

    rows[4][4] = "triangle.png"
    parsed = detect(Workbook(path="/tmp/icons.xlsx", format="xlsx", sheets=[Sheet("H", rows)]))
    assert [item.cell for item in parsed.review] == ["E5"]
