"""RAG colours for light and dark palettes, the shaped RAG badge, icons and the style sheet."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QIcon,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
    QPolygonF,
)
from PySide6.QtSvg import QSvgRenderer

from desktop.paths import resources_dir

# one vocabulary of letters, words and shapes for the tree, the detail pane and the chart
from desktop.ui.rag_style import RAG_LETTERS as RAG_LETTERS
from desktop.ui.rag_style import RAG_SHAPES as RAG_SHAPES
from desktop.ui.rag_style import RAG_WORDS as RAG_WORDS


@dataclass(frozen=True, slots=True)
class RagColours:
    """Fill colours for the badges and the colour of the letter drawn on them."""

    red: str
    amber: str
    green: str
    letter: str

    def fill(self, rag: str) -> str:
        return str(getattr(self, rag))


# Vermilion / ochre / bluish green: distinguishable with the common colour-vision deficiencies,
# and each passes WCAG 2.2 AA (4.5:1) both against the window and under its letter.
LIGHT = RagColours(red="#B3261E", amber="#8F5B00", green="#0B7A5A", letter="#FFFFFF")
DARK = RagColours(red="#FF8A80", amber="#F2C14E", green="#5CD3A5", letter="#000000")


def relative_luminance(colour: str) -> float:
    """WCAG relative luminance of a ``#RRGGBB`` colour."""
    c = QColor(colour)

    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def contrast_ratio(a: str, b: str) -> float:
    """WCAG contrast ratio between two colours (1 to 21)."""
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def rag_colours(palette: QPalette) -> RagColours:
    """The badge colours that suit ``palette`` (light or dark)."""
    return DARK if is_dark(palette) else LIGHT


def _shape(kind: str, rect: QRectF) -> QPolygonF | None:
    """The outline of a badge; ``None`` means a circle (drawn as an ellipse)."""
    x, y, w, h = rect.x(), rect.y(), rect.width(), rect.height()
    if kind == "triangle":
        return QPolygonF([QPointF(x + w / 2, y), QPointF(x + w, y + h), QPointF(x, y + h)])
    if kind == "square":
        inset = w * 0.08  # a square looks bigger than a circle of the same width
        return QPolygonF(
            [
                QPointF(x + inset, y + inset),
                QPointF(x + w - inset, y + inset),
                QPointF(x + w - inset, y + h - inset),
                QPointF(x + inset, y + h - inset),
            ]
        )
    return None


def paint_badge(
    painter: QPainter, rect: QRectF, rag: str, palette: QPalette, *, letter: bool = True
) -> None:
    """Paint the shaped, lettered badge for ``rag`` centred in ``rect``."""
    if rag not in RAG_LETTERS:
        return
    colours = rag_colours(palette)
    side = min(rect.width(), rect.height())
    box = QRectF(0, 0, side, side)
    box.moveCenter(rect.center())
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(QPen(QColor(palette.color(QPalette.ColorRole.Text)), 0.8))
    painter.setBrush(QColor(colours.fill(rag)))
    polygon = _shape(RAG_SHAPES[rag], box)
    if polygon is None:
        painter.drawEllipse(box)
    else:
        painter.drawPolygon(polygon)
    if letter:
        font = QFont(painter.font())
        font.setBold(True)
        font.setPixelSize(max(7, int(side * (0.5 if rag == "amber" else 0.6))))
        painter.setFont(font)
        painter.setPen(QColor(colours.letter))
        text_box = QRectF(box)
        if rag == "amber":  # the triangle's room is at the bottom
            text_box.setTop(box.top() + side * 0.3)
        painter.drawText(text_box, int(Qt.AlignmentFlag.AlignCenter), RAG_LETTERS[rag])
    painter.restore()


ICON_SIZES = (16, 20, 24, 32, 40, 48, 64)


def icons_dir() -> Path:
    return resources_dir() / "icons"


def icon(name: str, palette: QPalette | None = None) -> QIcon:
    """An icon from ``resources/icons/<name>.svg``, drawn in the palette's text colour.

    The SVGs use ``currentColor``; each is rendered at several sizes so it stays sharp on
    high-DPI screens. A missing file gives an empty icon (the action keeps its text).
    """
    path = icons_dir() / f"{name}.svg"
    if not path.is_file():
        return QIcon()
    if palette is None:
        app = QGuiApplication.instance()
        palette = QGuiApplication.palette() if app is not None else QPalette()
    colour = palette.color(QPalette.ColorRole.WindowText).name()
    svg = path.read_text(encoding="utf-8").replace("currentColor", colour)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    result = QIcon()
    for size in ICON_SIZES:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter)
        painter.end()
        result.addPixmap(pixmap)
    return result


def style_sheet() -> str:
    """The application's style sheet (layout only: colours come from the palette)."""
    path = resources_dir() / "style" / "app.qss"
    return path.read_text(encoding="utf-8") if path.is_file() else ""
