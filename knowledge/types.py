"""Value objects passed between loading, chunking and the store."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Literal

from knowledge.language import SentenceFacts, facts_from_json, facts_to_json

BlockKind = Literal["heading", "paragraph", "list_item", "table"]  # a table: one row per line, cells by " | "


CELL = " | "  # how a table block joins a row's cells (`Block.table`, read back by `knowledge.tables`)


@dataclass(frozen=True)
class Block:
    """A structural unit of a document before it is placed in the cleaned text."""

    kind: BlockKind
    text: str
    page: int | None = None

    @classmethod
    def table(cls, rows: list[list[str]]) -> Block:
        """A table: a row per line, its cells joined by `CELL` (a row with no text left out)."""
        return cls("table", "\n".join(CELL.join(cells) for cells in rows if any(cells)))


@dataclass(frozen=True)
class PlacedBlock:
    """A block with its character span in the cleaned document text."""

    kind: BlockKind
    start: int
    end: int
    page: int | None = None


_FRONT_MATTER_LINES = 3  # at most this many lines between a title and the first section are its front matter
_FRONT_MATTER_WORDS = 40  # ... each at most this many words long


@dataclass(frozen=True)
class Document:
    """A loaded, cleaned document: `text` is what every offset points into."""

    source: str
    title: str
    text: str
    blocks: tuple[PlacedBlock, ...]
    content_hash: str
    pages: int | None = None
    original: str | None = field(default=None, repr=False)  # the file's own text (text formats), for origins

    @property
    def heading(self) -> str:
        """The document's own title: the heading it opens with ("The Brennhaven Welcome Plan 2021-2024: ..."),
        with the short lines under it before its first section (its front matter: "Republic of Veloria - National
        Audit Office", "Policy brief prepared by ..."), one per line; "" when it opens with text."""
        first = self.blocks[0] if self.blocks else None
        if first is None or first.kind != "heading":
            return ""
        front: list[PlacedBlock] = []
        for block in self.blocks[1:]:
            if block.kind == "heading":
                break
            front.append(block)
        else:
            front = []  # no section follows: the text under the title is the document's body
        short = len(front) <= _FRONT_MATTER_LINES and all(
            len(self.text[b.start : b.end].split()) <= _FRONT_MATTER_WORDS for b in front
        )
        return "\n".join(self.text[b.start : b.end] for b in [first, *(front if short else [])])

    @property
    def doc_id(self) -> str:
        return doc_id_for(self.source)

    @classmethod
    def from_blocks(
        cls,
        source: str,
        title: str,
        blocks: list[Block],
        content_hash: str,
        pages: int | None = None,
        original: str | None = None,
    ) -> Document:
        """Join blocks with blank lines into the cleaned text and record each block's span."""
        parts: list[str] = []
        placed: list[PlacedBlock] = []
        offset = 0
        for block in blocks:
            if parts:
                offset += 2
            placed.append(PlacedBlock(block.kind, offset, offset + len(block.text), block.page))
            parts.append(block.text)
            offset += len(block.text)
        return cls(source, title, "\n\n".join(parts), tuple(placed), content_hash, pages, original)


def sentence_id(chunk_id: str, start: int, end: int) -> str:
    """The stored sentence at `start:end` of the document version `chunk_id` belongs to (overlapping
    chunks share it)."""
    return f"{chunk_id.rsplit(':', 1)[0]}:{start}-{end}"


def doc_id_for(source: str) -> str:
    """A stable id for a document, derived from where it lives."""
    return hashlib.sha1(source.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Chunk:
    """An indexed piece of a document: `text == document.text[start:end]`."""

    id: str
    doc_id: str
    source: str
    title: str
    section: str
    start: int
    end: int
    text: str
    sentences: tuple[tuple[int, int], ...]  # absolute (start, end) of each sentence
    heading: str = ""  # the document's own title (`Document.heading`): what every chunk of it is about
    kind: BlockKind = "paragraph"
    page: int | None = None
    paragraph: int | None = None  # 1-based number of its paragraph or list item in the document
    # per sentence, (start, end, line) in the original file's text (text formats; empty otherwise)
    origins: tuple[tuple[int, int, int], ...] = ()
    index: int = 0
    content_hash: str = ""
    committed: bool = field(default=False, compare=False)
    facts: tuple[SentenceFacts, ...] = field(default=(), compare=False)  # one per sentence, computed at index time

    def sentence_texts(self) -> list[str]:
        return [self.text[s - self.start : e - self.start] for s, e in self.sentences]

    def sentence_ids(self) -> list[str]:
        return [sentence_id(self.id, s, e) for s, e in self.sentences]

    def meaning_texts(self) -> list[str]:
        """What each sentence means, to embed: as written, or a table row's reading with its headings."""
        readings = {(f.start, f.end): f.reading for f in self.facts}
        return [readings.get(span) or text for span, text in zip(self.sentences, self.sentence_texts(), strict=True)]

    def metadata(self) -> dict[str, str | int | bool]:
        meta: dict[str, str | int | bool] = {
            "doc_id": self.doc_id,
            "source": self.source,
            "title": self.title,
            "section": self.section,
            "heading": self.heading,
            "start": self.start,
            "end": self.end,
            "sentences": json.dumps([list(s) for s in self.sentences]),
            "kind": self.kind,
            "index": self.index,
            "content_hash": self.content_hash,
            "committed": self.committed,
            "facts": facts_to_json(self.facts),
        }
        if self.page is not None:
            meta["page"] = self.page
        if self.paragraph is not None:
            meta["paragraph"] = self.paragraph
        if self.origins:
            meta["origins"] = json.dumps([list(o) for o in self.origins])
        return meta

    @classmethod
    def from_record(cls, chunk_id: str, text: str, meta: dict) -> Chunk:
        return cls(
            id=chunk_id,
            doc_id=meta["doc_id"],
            source=meta["source"],
            title=meta["title"],
            section=meta.get("section", ""),
            heading=meta.get("heading", ""),
            start=int(meta["start"]),
            end=int(meta["end"]),
            text=text,
            sentences=tuple(tuple(s) for s in json.loads(meta["sentences"])),
            kind=meta.get("kind", "paragraph"),
            page=meta.get("page"),
            paragraph=meta.get("paragraph"),
            origins=tuple(tuple(o) for o in json.loads(meta.get("origins") or "[]")),
            index=int(meta.get("index", 0)),
            content_hash=meta.get("content_hash", ""),
            committed=bool(meta.get("committed", False)),
            facts=facts_from_json(meta.get("facts", "")),
        )


@dataclass(frozen=True)
class DocumentRecord:
    """What the store knows about one indexed document."""

    doc_id: str
    source: str
    title: str
    content_hash: str
    chunk_count: int
    indexed_at: str
    pages: int | None = None
