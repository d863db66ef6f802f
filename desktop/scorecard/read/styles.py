"""Learn from xl/styles.xml and the theme which style indexes carry a percent format, a fill
(solid, or a pattern such as cross-hatching) or an indent."""

from __future__ import annotations

import colorsys
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring as safe_fromstring

from desktop.scorecard.read.format_words import shows_words
from desktop.scorecard.read.palette import BUILTIN_FORMATS, DEFAULT_PALETTE
from desktop.scorecard.read.symbol_fonts import is_symbol_font

# Office default theme colours in the order Excel numbers them (lt1, dk1, lt2, dk2, accents…)
_DEFAULT_THEME = (
    "FFFFFF",
    "000000",
    "E7E6E6",
    "44546A",
    "4472C4",
    "ED7D31",
    "A5A5A5",
    "FFC000",
    "5B9BD5",
    "70AD47",
    "0563C1",
    "954F72",
)
_THEME_ORDER = (
    "lt1",
    "dk1",
    "lt2",
    "dk2",
    "accent1",
    "accent2",
    "accent3",
    "accent4",
    "accent5",
    "accent6",
    "hlink",
    "folHlink",
)


@dataclass(frozen=True, slots=True)
class XfInfo:
    """What one cellXfs entry says that matters: its format code and solid fill colour."""

    number_format: str | None
    # the format shows a percentage, a currency or words ('0" days"'), or words in place of
    # the number ('[=1]"On track";[=2]"At risk";"Off track"')
    says_unit: bool
    fill: str | None
    font: str | None = None  # the font's colour, where it is neither black nor white
    symbol_font: str | None = None  # the font's name, where it draws symbols (Wingdings)
    struck: bool = False  # the font is struck through
    indent: int = 0  # the alignment's indent (levels): a label set in under the one above
    # 'Centre Across Selection': the text shown centred over this cell and blank neighbours
    # of the same alignment, as a merge would show it
    centred_across: bool = False
    # a fill that is not solid (cross-hatching, dots): 'type:RRGGBB:RRGGBB', its pattern type
    # with the colours of its lines and of the ground behind them (``pattern_fill``)
    pattern: str | None = None
    # the format shows a figure's thousands separator or decimal places ('#,##0', '0.0')
    shows_figure: bool = False


@dataclass(slots=True)
class StyleTable:
    xfs: list[XfInfo] = field(default_factory=list)
    dxf_fills: list[str | None] = field(default_factory=list)

    def indented(self) -> dict[int, int]:
        """Style indexes whose alignment indents the cell's text, with the indent."""
        return {i: xf.indent for i, xf in enumerate(self.xfs) if xf.indent > 0}

    def centred_across(self) -> set[int]:
        """Style indexes aligned 'Centre Across Selection' (horizontal="centerContinuous")."""
        return {i for i, xf in enumerate(self.xfs) if xf.centred_across}

    def figured(self) -> dict[int, str]:
        """Style indexes whose format shows a figure's thousands separator or decimal places
        and says no unit, with the format: kept for a sheet's first rows only."""
        return {
            i: xf.number_format
            for i, xf in enumerate(self.xfs)
            if xf.shows_figure and not xf.says_unit and xf.number_format
        }

    def interesting(self) -> dict[int, XfInfo]:
        """Style indexes worth recording: formats saying a unit, solid or pattern fills,
        coloured fonts, a symbol font or a struck-through one."""
        return {
            i: xf
            for i, xf in enumerate(self.xfs)
            if xf.says_unit or xf.fill or xf.pattern or xf.font or xf.symbol_font or xf.struck
        }


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _children(node: ET.Element, name: str) -> list[ET.Element]:
    return [c for c in node if _local(c.tag) == name]


def _grandchildren(node: ET.Element, parent: str, name: str) -> list[ET.Element]:
    holder = _child(node, parent)
    return [] if holder is None else _children(holder, name)


def _child(node: ET.Element | None, name: str) -> ET.Element | None:
    if node is None:
        return None
    for c in node:
        if _local(c.tag) == name:
            return c
    return None


def is_percent_format(code: str) -> bool:
    """True if a number format code shows a percentage (a % outside quotes and escapes)."""
    plain = re.sub(r'"[^"]*"|\\.|\[[^\]]*\]', "", code)
    return "%" in plain


def says_a_unit(code: str) -> bool:
    """True if a number format code shows what its figures are: a percentage, a currency,
    or words ('0" days"', '#,##0" per 10,000"', '0.0"%"'); a plain '#,##0' says nothing."""
    return any(mark in code for mark in ("%", "£", "€", "$", '"'))


def shows_a_figure(code: str) -> bool:
    """True if a number format code shows a figure's thousands separator or decimal places
    ('#,##0', '0.0', '#,##0.00'); False for 'General', '0' and date and time formats, which
    show neither: a date that lost its format shows its day number as 'General' does."""
    plain = re.sub(r'"[^"]*"|\\.|\[[^\]]*\]', "", code.split(";")[0])
    if re.search(r"[dmyhsDMYHS@]", plain):
        return False
    return re.search(r"[#0?],[#0?]|(?:^|[#0?])\.[#0?]", plain) is not None


def theme_colours(theme_xml: bytes | None) -> list[str]:
    """The theme's colours as RRGGBB, in Excel's index order."""
    if not theme_xml:
        return list(_DEFAULT_THEME)
    try:
        root = safe_fromstring(theme_xml)
    except (ET.ParseError, DefusedXmlException):
        return list(_DEFAULT_THEME)
    scheme = next((el for el in root.iter() if _local(el.tag) == "clrScheme"), None)
    if scheme is None:
        return list(_DEFAULT_THEME)
    found: dict[str, str] = {}
    for slot in scheme:
        for colour in slot:
            value = colour.get("val") if _local(colour.tag) == "srgbClr" else colour.get("lastClr")
            if value and len(value) >= 6:
                found[_local(slot.tag)] = value[-6:].upper()
    return [
        found.get(name, default) for name, default in zip(_THEME_ORDER, _DEFAULT_THEME, strict=True)
    ]


def apply_tint(rgb: str, tint: float) -> str:
    """Lighten (tint > 0) or darken (tint < 0) a colour the way Excel does, in HLS space."""
    if not tint:
        return rgb
    r, g, b = (int(rgb[i : i + 2], 16) / 255 for i in (0, 2, 4))
    h, lum, s = colorsys.rgb_to_hls(r, g, b)
    lum = lum * (1 + tint) if tint < 0 else lum * (1 - tint) + tint
    lum = min(1.0, max(0.0, lum))
    r, g, b = colorsys.hls_to_rgb(h, lum, s)
    return "".join(f"{round(v * 255):02X}" for v in (r, g, b))


class ColourResolver:
    """Turn <fgColor>/<bgColor> attributes (rgb, theme+tint, indexed) into RRGGBB."""

    def __init__(self, theme: list[str], palette: list[str]) -> None:
        self.theme = theme
        self.palette = palette

    def resolve(self, el: ET.Element | None) -> str | None:
        if el is None or el.get("auto") in ("1", "true"):
            return None
        rgb = el.get("rgb")
        base: str | None = None
        if rgb and len(rgb) >= 6:
            base = rgb[-6:].upper()
        elif el.get("theme") is not None:
            index = _int(el.get("theme"))
            if index is not None and 0 <= index < len(self.theme):
                base = self.theme[index]
        elif el.get("indexed") is not None:
            index = _int(el.get("indexed"))
            if index is not None and 0 <= index < len(self.palette):
                base = self.palette[index]
        if base is None or not re.fullmatch(r"[0-9A-F]{6}", base):
            return None
        tint = _float(el.get("tint"))
        return apply_tint(base, tint) if tint else base


def _int(text: str | None) -> int | None:
    try:
        return int(text) if text is not None else None
    except ValueError:
        return None


def _float(text: str | None) -> float:
    try:
        return float(text) if text is not None else 0.0
    except ValueError:
        return 0.0


def _palette(root: ET.Element) -> list[str]:
    default = list(DEFAULT_PALETTE)
    indexed = _child(_child(root, "colors"), "indexedColors")
    if indexed is None:
        return default
    custom = [(c.get("rgb") or "000000")[-6:].upper() for c in _children(indexed, "rgbColor")]
    return custom + default[len(custom) :]


def _solid_fill(fill: ET.Element, colours: ColourResolver, dxf: bool) -> str | None:
    pattern = _child(fill, "patternFill")
    if pattern is None:
        return None
    kind = pattern.get("patternType")
    if kind not in ("solid", None) or (kind is None and not dxf):
        return None
    # a cell fill paints fgColor; a conditional-format fill paints bgColor
    first, second = ("bgColor", "fgColor") if dxf else ("fgColor", "bgColor")
    return colours.resolve(_child(pattern, first)) or (
        colours.resolve(_child(pattern, second)) if dxf else None
    )


_NO_PATTERN = (None, "none", "solid")


def pattern_fill(fill: ET.Element, colours: ColourResolver) -> str | None:
    """A cell fill that is a pattern, not a colour (Excel's 'darkTrellis' cross-hatching,
    'lightGray' dots, stripes…), as 'type:RRGGBB:RRGGBB': the pattern with the colour of its
    lines and of the ground behind them (black on white where the file sets none). A report
    printed in black and white shows its ratings so, through a key of swatches."""
    pattern = _child(fill, "patternFill")
    if pattern is None:
        return None
    kind = pattern.get("patternType")
    if kind in _NO_PATTERN:
        return None
    lines = colours.resolve(_child(pattern, "fgColor")) or "000000"
    ground = colours.resolve(_child(pattern, "bgColor")) or "FFFFFF"
    return f"{kind}:{lines}:{ground}"


def _font(font: ET.Element, colours: ColourResolver) -> tuple[str | None, str | None, bool]:
    """A font's colour (where it is neither black nor white), its name (where it is a
    symbol font) and whether it is struck through."""
    colour = colours.resolve(_child(font, "color"))
    name = _child(font, "name")
    named = name.get("val") if name is not None else None
    strike = _child(font, "strike")
    struck = strike is not None and strike.get("val", "1").lower() not in ("0", "false")
    return (colour if is_ink(colour) else None), (named if is_symbol_font(named) else None), struck


def is_ink(colour: str | None) -> bool:
    """A font colour that may say something: not black (the default ink) nor white."""
    if colour is None or not re.fullmatch(r"[0-9A-Fa-f]{6}", colour):
        return False
    channels = [int(colour[i : i + 2], 16) for i in (0, 2, 4)]
    return max(channels) >= 0x30 and min(channels) < 0xF0


def parse_styles(styles_xml: bytes | None, theme_xml: bytes | None) -> StyleTable:
    """Read cellXfs, fills, numFmts and dxfs; unreadable styles give an empty table."""
    if not styles_xml:
        return StyleTable()
    try:
        root = safe_fromstring(styles_xml)
    except (ET.ParseError, DefusedXmlException):
        return StyleTable()
    colours = ColourResolver(theme_colours(theme_xml), _palette(root))
    formats: dict[int, str] = dict(BUILTIN_FORMATS)
    for nf in _grandchildren(root, "numFmts", "numFmt"):
        fid = _int(nf.get("numFmtId"))
        if fid is not None:
            formats[fid] = nf.get("formatCode") or ""
    fill_nodes = _grandchildren(root, "fills", "fill")
    fills = [_solid_fill(f, colours, dxf=False) for f in fill_nodes]
    patterns = [pattern_fill(f, colours) for f in fill_nodes]
    fonts = [_font(f, colours) for f in _grandchildren(root, "fonts", "font")]
    table = StyleTable()
    for xf in _grandchildren(root, "cellXfs", "xf"):
        code = formats.get(_int(xf.get("numFmtId")) or 0)
        fill_id = _int(xf.get("fillId")) or 0
        fill = fills[fill_id] if 0 <= fill_id < len(fills) else None
        pattern = patterns[fill_id] if 0 <= fill_id < len(patterns) else None
        shown = code if code and code != "General" else None
        font_id = _int(xf.get("fontId")) or 0
        font, symbols, struck = fonts[font_id] if 0 <= font_id < len(fonts) else (None, None, False)
        says_unit = bool(code and (says_a_unit(code) or shows_words(code)))
        align = _child(xf, "alignment")
        indent = max(_int(align.get("indent")) or 0, 0) if align is not None else 0
        across = align is not None and align.get("horizontal") == "centerContinuous"
        figure = bool(code and shows_a_figure(code))
        table.xfs.append(
            XfInfo(shown, says_unit, fill, font, symbols, struck, indent, across, pattern, figure)
        )
    for dxf in _grandchildren(root, "dxfs", "dxf"):
        dxf_fill = _child(dxf, "fill")
        table.dxf_fills.append(
            _solid_fill(dxf_fill, colours, dxf=True) if dxf_fill is not None else None
        )
    return table
