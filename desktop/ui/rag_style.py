"""RAG colours, shapes and letters shared by every view: never colour alone."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPalette, QPixmap, QPolygonF


@dataclass(frozen=True, slots=True)
class RagColour:
    """A badge fill and the text colour drawn on it (WCAG AA, 4.5:1 or better)."""

    fill: str
    text: str


# Vermilion / ochre / bluish green: told apart with the common colour-vision deficiencies, and
# the same fills as the portfolio tree's badges so a RAG looks alike everywhere in the window.
RAG_COLOURS: dict[str, dict[str, RagColour]] = {
    "light": {
        "red": RagColour("#B3261E", "#FFFFFF"),
        "amber": RagColour("#8F5B00", "#FFFFFF"),
        "green": RagColour("#0B7A5A", "#FFFFFF"),
    },
    "dark": {
        "red": RagColour("#FF8A80", "#000000"),
        "amber": RagColour("#F2C14E", "#000000"),
        "green": RagColour("#5CD3A5", "#000000"),
    },
}

RAG_SHAPES: dict[str, str] = {"red": "square", "amber": "triangle", "green": "circle"}
RAG_GLYPHS: dict[str, str] = {"red": "■", "amber": "▲", "green": "●"}
RAG_LETTERS: dict[str, str] = {"red": "R", "amber": "A", "green": "G"}
RAG_WORDS: dict[str, str] = {"red": "Red", "amber": "Amber", "green": "Green"}
# pyqtgraph symbol names for the same shapes ("t1" is the upward triangle)
RAG_SYMBOLS: dict[str, str] = {"red": "s", "amber": "t1", "green": "o"}


def is_dark(palette: QPalette) -> bool:
    """True when the palette draws light text on a dark window."""
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def rag_colour(rag: str, *, dark: bool) -> RagColour:
    return RAG_COLOURS["dark" if dark else "light"][rag]


def rag_label(rag: str | None) -> str:
    """The shape glyph and the word, "■ Red"; "Not rated" when there is no RAG."""
    if rag not in RAG_WORDS:
        return "Not rated"
    return f"{RAG_GLYPHS[rag]} {RAG_WORDS[rag]}"


def relative_luminance(colour: str) -> float:
    """WCAG 2.2 relative luminance of a #RRGGBB colour."""
    c = QColor(colour)
    channels = []
    for value in (c.redF(), c.greenF(), c.blueF()):
        channels.append(value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4)
    red, green, blue = channels
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_ratio(first: str, second: str) -> float:
    """WCAG contrast ratio between two colours, 1.0 to 21.0."""
    a, b = relative_luminance(first), relative_luminance(second)
    lighter, darker = max(a, b), min(a, b)
    return (lighter + 0.05) / (darker + 0.05)


def shape_path(rag: str, rect: QRectF) -> QPainterPath:
    """The outline of a RAG shape filling ``rect``."""
    path = QPainterPath()
    shape = RAG_SHAPES[rag]
    if shape == "square":
        path.addRect(rect.adjusted(1, 1, -1, -1))
    elif shape == "circle":
        path.addEllipse(rect.adjusted(0.5, 0.5, -0.5, -0.5))
    else:
        path.addPolygon(
            QPolygonF(
                [
                    QPointF(rect.center().x(), rect.top()),
                    QPointF(rect.right(), rect.bottom()),
                    QPointF(rect.left(), rect.bottom()),
                    QPointF(rect.center().x(), rect.top()),
                ]
            )
        )
    return path


def paint_rag_shape(painter: QPainter, rect: QRectF, rag: str, *, dark: bool) -> None:
    """Paint the filled RAG shape (for delegates and badges)."""
    colour = rag_colour(rag, dark=dark)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour.fill))
    painter.drawPath(shape_path(rag, rect))
    painter.restore()


@lru_cache(maxsize=32)
def rag_icon(rag: str, dark: bool, size: int = 14) -> QIcon:
    """A small icon of the RAG shape in its colour."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    paint_rag_shape(painter, QRectF(0, 0, size, size), rag, dark=dark)
    painter.end()
    return QIcon(pixmap)
