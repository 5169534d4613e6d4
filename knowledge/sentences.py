"""Sentence boundaries as exact character spans (pysbd finds them; we locate them verbatim)."""

from __future__ import annotations

from functools import lru_cache

import pysbd


@lru_cache(maxsize=1)
def _segmenter() -> pysbd.Segmenter:
    return pysbd.Segmenter(language="en", clean=False)


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans (absolute in `text`) of the sentences of `text[start:end]`, whitespace trimmed.

    Invariant: every span slices `text` to a sentence with no surrounding whitespace, spans are in
    order and do not overlap, and together they cover every non-space character of the range.
    """
    end = len(text) if end is None else end
    segment = text[start:end]
    spans: list[tuple[int, int]] = []
    cursor = 0
    for sentence in _segmenter().segment(segment):
        sentence = sentence.strip()
        if not sentence:
            continue
        found = segment.find(sentence, cursor)
        if found < 0:  # pysbd altered the text: keep the rest as one sentence
            break
        if found > cursor and segment[cursor:found].strip():  # text pysbd skipped stays with us
            found = cursor + (len(segment[cursor:found]) - len(segment[cursor:found].lstrip()))
        spans.append((start + found, start + found + len(sentence)))
        cursor = found + len(sentence)
    rest = segment[cursor:]
    if rest.strip():
        lead = len(rest) - len(rest.lstrip())
        spans.append((start + cursor + lead, start + cursor + len(rest.rstrip())))
    return spans
