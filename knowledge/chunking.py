"""Structure-aware chunking: a chunk never crosses a section, a paragraph or a sentence boundary.

Sentences, and what each states (`knowledge.language`), come from one parse of each block.
Each paragraph or list item becomes one chunk, or several when it is longer than `max_tokens`
word pieces (the embedding model silently drops anything past its limit). Consecutive chunks of one
paragraph share `overlap_sentences` whole sentences.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from knowledge.language import SentenceFacts, analyse
from knowledge.origin import OriginMap
from knowledge.tables import analyse_table
from knowledge.types import Chunk, Document

TokenCounter = Callable[[str], int]  # word pieces of a text, without special tokens
SPECIAL_TOKENS = 2  # [CLS] and [SEP]


@dataclass(frozen=True)
class ChunkingConfig:
    max_tokens: int = 200
    overlap_sentences: int = 1

    def as_metadata(self) -> dict[str, int]:
        return {"chunk_max_tokens": self.max_tokens, "chunk_overlap_sentences": self.overlap_sentences}


def chunk_document(doc: Document, count_tokens: TokenCounter, config: ChunkingConfig) -> list[Chunk]:
    chunks: list[Chunk] = []
    section = ""
    prose = [b for b in doc.blocks if b.kind not in ("heading", "table")]
    analysed = dict(zip(prose, analyse(doc.text, [(b.start, b.end) for b in prose]), strict=True))
    for before, table in zip([None, *doc.blocks], doc.blocks, strict=False):  # a table's sentences are its rows
        if table.kind == "table":  # the line above it may be its caption ("Table 1. Spending (£ million)")
            caption = doc.text[before.start : before.end] if before is not None and before.kind != "table" else ""
            analysed[table] = analyse_table(doc.text, _rows(doc.text, table.start, table.end), caption)
    origins = OriginMap(doc.original, doc.text) if doc.original is not None else None
    paragraph = 0
    for block in doc.blocks:
        if block.kind == "heading":
            section = doc.text[block.start : block.end]
            continue
        paragraph += 1
        facts = {(f.start, f.end): f for f in analysed[block]}
        units = _fit_units(doc.text, list(facts), count_tokens, config)
        for group in _pack(units, config):
            start, end = group[0][0], group[-1][1]
            chunks.append(
                Chunk(
                    id=f"{doc.doc_id}:{doc.content_hash[:8]}:{len(chunks)}",
                    doc_id=doc.doc_id,
                    source=doc.source,
                    title=doc.title,
                    section=section,
                    heading=doc.heading,
                    start=start,
                    end=end,
                    text=doc.text[start:end],
                    sentences=tuple((s, e) for s, e, _ in group),
                    facts=tuple(facts.get((s, e)) or SentenceFacts(s, e) for s, e, _ in group),
                    kind=block.kind,
                    page=block.page,
                    paragraph=paragraph,
                    origins=_origins(origins, [(s, e) for s, e, _ in group]),
                    index=len(chunks),
                    content_hash=doc.content_hash,
                )
            )
    return chunks


def _rows(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The (start, end) of each line of `text[start:end]`: a table block's rows."""
    spans, position = [], start
    for line in text[start:end].split("\n"):
        if line.strip():
            spans.append((position, position + len(line)))
        position += len(line) + 1
    return spans


def _origins(origins: OriginMap | None, spans: list[tuple[int, int]]) -> tuple[tuple[int, int, int], ...]:
    """(start, end, line) in the original file per sentence span; none unless every one is found."""
    found = [origins.span(s, e) for s, e in spans] if origins is not None else []
    if not found or any(o is None for o in found):
        return ()
    return tuple((o.start, o.end, o.line) for o in found)


def _fit_units(
    text: str, spans: list[tuple[int, int]], count_tokens: TokenCounter, config: ChunkingConfig
) -> list[tuple[int, int, int]]:
    """(start, end, tokens) per sentence; a sentence longer than a whole chunk is cut at words."""
    budget = config.max_tokens - SPECIAL_TOKENS
    units: list[tuple[int, int, int]] = []
    for start, end in spans:
        tokens = count_tokens(text[start:end])
        if tokens <= budget:
            units.append((start, end, tokens))
            continue
        piece_start = start
        words = text[start:end].split(" ")
        position = start
        for word in words:
            word_end = position + len(word)
            if count_tokens(text[piece_start:word_end]) > budget and position > piece_start:
                units.append((piece_start, position - 1, count_tokens(text[piece_start : position - 1])))
                piece_start = position
            position = word_end + 1
        units.append((piece_start, end, count_tokens(text[piece_start:end])))
    return units


def _pack(units: list[tuple[int, int, int]], config: ChunkingConfig) -> list[list[tuple[int, int, int]]]:
    """Greedily pack sentences into groups under the token budget, overlapping whole sentences."""
    budget = config.max_tokens - SPECIAL_TOKENS
    groups: list[list[tuple[int, int, int]]] = []
    current: list[tuple[int, int, int]] = []
    fresh = 0  # sentences in `current` that no earlier group holds
    for unit in units:
        if current and sum(u[2] for u in current) + unit[2] > budget:
            groups.append(current)
            overlap = current[-config.overlap_sentences :] if config.overlap_sentences else []
            while overlap and sum(u[2] for u in overlap) + unit[2] > budget:
                overlap = overlap[1:]
            current, fresh = list(overlap), 0
        current.append(unit)
        fresh += 1
    if current and fresh:
        groups.append(current)
    return groups
