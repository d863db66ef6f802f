"""Plain text and colours behind the tree: numbers with units, roll-ups, badge contrast."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QPalette

from desktop.ui.models.formatting import format_value, rollup_accessible, rollup_text
from desktop.ui.theme import DARK, LIGHT, RagColours, contrast_ratio, paint_badge, rag_colours

LIGHT_BACKGROUNDS = ("#FFFFFF", "#F5F5F5", "#EFEFEF")
DARK_BACKGROUNDS = ("#1E1E1E", "#2B2B2B", "#353535")


@pytest.mark.parametrize(
    ("value", "unit", "text"),
    [
        (54.0, "%", "54%"),
        (56.36, "%", "56.4%"),
        (1234.5, "£", "£1,234.5"),
        (-20.0, "£", "-£20"),
        (12.0, "days", "12 days"),
        (3.0, "number", "3"),
        (None, "%", "—"),
    ],
)
def test_values_are_written_with_their_unit(value: float | None, unit: str, text: str) -> None:
    assert format_value(value, unit) == text


def test_rollup_text_uses_letters() -> None:
    assert rollup_text((3, 2, 5, 0)) == "R 3 · A 2 · G 5"


def test_rollup_is_spoken_in_words_with_unrated_ones() -> None:
    assert rollup_accessible((1, 0, 2, 4)) == "1 red, 0 amber, 2 green, 4 without a RAG"


@pytest.mark.parametrize(("colours", "backgrounds"),
                         [(LIGHT, LIGHT_BACKGROUNDS), (DARK, DARK_BACKGROUNDS)])  # fmt: skip
def test_badges_pass_aa_against_the_window(
    colours: RagColours, backgrounds: tuple[str, ...]
) -> None:
    ratios = [contrast_ratio(colours.fill(r), bg) for r in ("red", "amber", "green")
              for bg in backgrounds]  # fmt: skip
    assert min(ratios) >= 4.5


@pytest.mark.parametrize("colours", [LIGHT, DARK])
def test_badge_letters_pass_aa_on_their_badge(colours: RagColours) -> None:
    ratios = [contrast_ratio(colours.letter, colours.fill(r)) for r in ("red", "amber", "green")]
    assert min(ratios) >= 4.5


def test_dark_palette_gets_the_dark_colours(qapp) -> None:  # type: ignore[no-untyped-def]
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Base, QColor("#202020"))
    assert rag_colours(palette) is DARK


def test_badge_paints_its_colour(qapp) -> None:  # type: ignore[no-untyped-def]
    image = QImage(40, 40, QImage.Format.Format_ARGB32)
    image.fill(QColor("#FFFFFF"))
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Base, QColor("#FFFFFF"))
    painter = QPainter(image)
    paint_badge(painter, QRectF(0, 0, 40, 40), "green", palette, letter=False)
    painter.end()
    assert image.pixelColor(20, 20).name().upper() == LIGHT.green
