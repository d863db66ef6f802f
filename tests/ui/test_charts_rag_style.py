"""RAG colours pass WCAG 2.2 AA on light and dark palettes; shapes and letters differ per RAG."""

from __future__ import annotations

import pytest

from desktop.ui.rag_style import (
    RAG_COLOURS,
    RAG_LETTERS,
    RAG_SHAPES,
    contrast_ratio,
    rag_label,
)

BACKGROUNDS = {"light": "#FFFFFF", "dark": "#1E1F22"}
CASES = [(palette, rag) for palette in RAG_COLOURS for rag in RAG_COLOURS[palette]]


def test_contrast_ratio_of_black_on_white_is_21() -> None:
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)


@pytest.mark.parametrize(("palette", "rag"), CASES)
def test_badge_text_passes_aa_on_its_fill(palette: str, rag: str) -> None:
    colour = RAG_COLOURS[palette][rag]
    assert contrast_ratio(colour.text, colour.fill) >= 4.5


@pytest.mark.parametrize(("palette", "rag"), CASES)
def test_badge_fill_stands_out_from_the_window(palette: str, rag: str) -> None:
    # WCAG 1.4.11 non-text contrast: 3:1 against the adjacent colour
    assert contrast_ratio(RAG_COLOURS[palette][rag].fill, BACKGROUNDS[palette]) >= 3.0


def test_each_rag_has_its_own_shape_and_letter() -> None:
    assert len(set(RAG_SHAPES.values())) == 3
    assert RAG_LETTERS == {"red": "R", "amber": "A", "green": "G"}


def test_rag_label_names_the_rating_in_words() -> None:
    assert rag_label("amber") == "▲ Amber"
    assert rag_label(None) == "Not rated"
