"""How many SMS segments a body costs, the way carriers count them.

A body that fits the GSM-7 alphabet costs 7 bits a character (160 alone, 153 a part when
split, extension characters such as € count twice); anything else switches the whole body
to UCS-2 (70 alone, 67 a part, counted in UTF-16 units, so most emoji count twice).
A character is never split across two parts.
"""

from __future__ import annotations

from dataclasses import dataclass

GSM7_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
GSM7_EXTENSION = frozenset("^{}\\[~]|€\f")

# encoding: (units in a single-part message, units in each part of a multipart one)
LIMITS = {"GSM-7": (160, 153), "UCS-2": (70, 67)}


@dataclass(frozen=True)
class SegmentCount:
    encoding: str  # "GSM-7" or "UCS-2"
    segments: int
    units: int  # septets for GSM-7, UTF-16 code units for UCS-2


def is_gsm7(text: str) -> bool:
    return all(char in GSM7_BASIC or char in GSM7_EXTENSION for char in text)


def _width(char: str, encoding: str) -> int:
    if encoding == "GSM-7":
        return 2 if char in GSM7_EXTENSION else 1
    return 2 if ord(char) > 0xFFFF else 1


def count_segments(text: str) -> SegmentCount:
    """Segments and encoding of `text`; an empty text is one (empty) segment."""
    encoding = "GSM-7" if is_gsm7(text) else "UCS-2"
    single, part = LIMITS[encoding]
    widths = [_width(char, encoding) for char in text]
    units = sum(widths)
    if units <= single:
        return SegmentCount(encoding, 1, units)
    segments, used = 1, 0
    for width in widths:
        if used + width > part:
            segments, used = segments + 1, 0
        used += width
    return SegmentCount(encoding, segments, units)
