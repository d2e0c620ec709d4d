"""Scannable barcodes for printed documents: a case number as a Code 128 PNG, made in memory.

Code 128 reads every printable ASCII character (case numbers such as R-2026-000123) with the counter's ordinary
hand scanners. The image carries bars only, with the quiet zones scanners need on each side; the letter prints the
human-readable number under it as text, so it stays searchable and the template decides its font. Modules are a
whole number of pixels (3 px at 300 dpi, 0.254 mm), so the bars stay sharp when Word scales the picture.
"""

from __future__ import annotations

from io import BytesIO

from barcode import Code128
from barcode.errors import BarcodeError
from barcode.writer import ImageWriter
from PIL import Image

from desk.errors import InvalidInput
from desk.messages import say

DPI = 300
MODULE_MM = 0.254  # 3 pixels at 300 dpi
QUIET_MODULES = 10  # the quiet zone Code 128 asks for on each side
BAR_HEIGHT_MM = 11.0


def code128_png(text: str) -> bytes:
    """A 1-bit PNG (300 dpi) of `text` as Code 128 bars, without a caption."""
    if not text or not text.isascii() or not text.isprintable():
        raise InvalidInput(say("'{text}' cannot be printed as a barcode: use letters, digits and dashes only.",
                               text=text))
    try:
        picture: Image.Image = Code128(text, writer=ImageWriter(dpi=DPI)).render(_options())
    except BarcodeError as error:
        raise InvalidInput(say("'{text}' cannot be printed as a barcode ({error}).", text=text,
                               error=str(error))) from None
    buffer = BytesIO()
    picture.convert("1", dither=Image.Dither.NONE).save(buffer, format="PNG", dpi=(DPI, DPI), optimize=True)
    return buffer.getvalue()


def _options() -> dict[str, object]:
    return {
        "module_width": MODULE_MM,
        "module_height": BAR_HEIGHT_MM,
        "quiet_zone": QUIET_MODULES * MODULE_MM,
        "margin_top": 0.5,
        "margin_bottom": 0.5,
        "write_text": False,
        "font_size": 0,
        "background": "white",
        "foreground": "black",
    }
