"""Where a span of cleaned text lies in the original file (text formats): offsets and line numbers.

Cleaning (`knowledge.cleaning`) only drops characters of the original (wrapping line breaks, runs of
spaces, soft hyphens, bullet glyphs and Markdown heading marks) and writes single spaces between the
words it joins, so the cleaned text's non-space characters are, in order, characters of the original.
`OriginMap` pairs them up once per document; a span's origin is then two look-ups.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass


@dataclass(frozen=True)
class Origin:
    """A span of the original file's text (decoded, as read): `start:end`, and the line `start` is on."""

    start: int
    end: int
    line: int  # 1-based


class OriginMap:
    """Cleaned-text offsets -> original-text offsets for one document."""

    def __init__(self, original: str, cleaned: str) -> None:
        self._positions = _align(original, cleaned)
        self._line_starts = [0, *(i + 1 for i, c in enumerate(original) if c == "\n")]

    @property
    def aligned(self) -> bool:
        return self._positions is not None

    def span(self, start: int, end: int) -> Origin | None:
        """The original span of cleaned `start:end` (None if the texts could not be aligned)."""
        if self._positions is None or not 0 <= start < end <= len(self._positions):
            return None
        first, last = self._positions[start], self._positions[end - 1] + 1
        return Origin(first, last, bisect_right(self._line_starts, first))


def _align(original: str, cleaned: str) -> list[int] | None:
    """For each cleaned character, the offset of the original character it came from (a space
    written between joined words maps to the original character after the gap); None when the cleaned
    text is not a subsequence of the original modulo whitespace."""
    positions: list[int] = []
    j = 0
    for char in cleaned:
        if char.isspace():
            while j < len(original) and original[j].isspace():
                j += 1
            positions.append(min(j, len(original) - 1))
            continue
        while j < len(original) and original[j] != char:
            j += 1
        if j == len(original):
            return None
        positions.append(j)
        j += 1
    return positions
