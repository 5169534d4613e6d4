"""Repair text extracted from PDFs (and other hard-wrapped plain text) into structural blocks.

PDF extraction leaves hard-wrapped lines, whitespace-only lines, words hyphenated across lines, lost
bullet glyphs and sentences cut by page furniture. `clean_lines` turns such lines into headings,
paragraphs and list items whose text reads as the author wrote it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from knowledge.types import Block

# Characters a sentence (and so a paragraph) can end with.
_TERMINAL = tuple('.!?:;"\u201d\u2019')
# Bullet glyphs, including the Symbol/Wingdings private-use code points PDFs use.
_BULLET_RE = re.compile(
    "^[\u2022\u25aa\u25e6\u2023\u2219\u25cf\u25cb\u25a0\u25a1\u00b7\uf0b7\uf0a7\uf0d8\uf076\uf0fc*+-]\\s+"
)
_NUMBERED_RE = re.compile(r"^\d{1,2}[.)]\s+(?=[A-Z])")
_MD_HEADING_RE = re.compile(r"^#{1,6}\s+")
_NUMBERED_HEADING_RE = re.compile(r"^\d+(\.\d+)*\.?\s+[A-Z]")
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z-]*[A-Za-z]")
_SPACES_RE = re.compile(r"[ \t\u00a0]+")


@dataclass
class _RawParagraph:
    lines: list[str]
    page: int | None
    indented: bool
    bullet: bool = False
    md_heading: bool = False


def clean_lines(pages: Iterable[tuple[int | None, str]], known_words: frozenset[str] = frozenset()) -> list[Block]:
    """Turn (page, text) pairs of extracted text into cleaned blocks.

    `known_words` (lower-case) helps decide whether a line-end hyphen is a soft hyphen
    ("govern-/ance" -> "governance") or part of the word ("mini-/multilateralism").
    """
    raw = _raw_paragraphs(_drop_page_furniture(list(pages)))
    doc_words = {w.lower() for p in raw for line in p.lines for w in _WORD_RE.findall(line)}
    joiner = _Joiner(doc_words, known_words)
    # A lost bullet glyph leaves an indented first line; it means nothing if every paragraph is indented.
    indented_is_distinctive = not all(p.indented for p in raw if not p.md_heading)

    blocks: list[Block] = []
    for para in raw:
        if len(para.lines) > 1 and not para.bullet and _is_heading(para.lines[0], strict=True):
            blocks.append(Block("heading", para.lines[0], para.page))  # a heading glued to its text
            para.lines = para.lines[1:]
        text = joiner.join_lines(para.lines)
        if para.md_heading or (not para.bullet and len(para.lines) == 1 and _is_heading(text)):
            blocks.append(Block("heading", text, para.page))
            continue
        prev = blocks[-1] if blocks else None
        if prev is not None and prev.kind != "heading" and not para.bullet and _continues(prev.text, text):
            blocks[-1] = Block(prev.kind, joiner.join(prev.text, text), prev.page)
            continue
        is_item = para.bullet or (para.indented and indented_is_distinctive)
        blocks.append(Block("list_item" if is_item else "paragraph", text, para.page))
    return [b for b in blocks if b.text]


def _drop_page_furniture(pages: list[tuple[int | None, str]]) -> list[tuple[int | None, str]]:
    """Drop bare page numbers, and running headers/footers repeated on most pages."""
    if len(pages) < 3:
        return pages
    edge_counts: dict[str, int] = {}
    for _, text in pages:
        lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
        for line in {*lines[:2], *lines[-2:]}:
            edge_counts[line] = edge_counts.get(line, 0) + 1
    repeated = {line for line, n in edge_counts.items() if n * 2 > len(pages)}

    def keep(line: str) -> bool:
        stripped = line.strip()
        return stripped not in repeated and not re.fullmatch(r"(page\s+)?\d{1,4}", stripped, re.IGNORECASE)

    return [(page, "\n".join(ln for ln in text.splitlines() if keep(ln))) for page, text in pages]


def _raw_paragraphs(pages: Iterable[tuple[int | None, str]]) -> list[_RawParagraph]:
    """Group non-blank lines into paragraphs; a page break or a bullet also starts one."""
    paragraphs: list[_RawParagraph] = []
    current: _RawParagraph | None = None
    for page, text in pages:
        current = None  # a page break ends the paragraph; `_continues` may rejoin it
        for line in text.splitlines():
            stripped = _SPACES_RE.sub(" ", line).strip()
            if not stripped:
                current = None
                continue
            bullet = _BULLET_RE.match(stripped) or (  # a numbered line opens an item after a finished line or
                _NUMBERED_RE.match(stripped)  # after another item ("1. Brennford, with 1,906 applications" / "2. ...")
                and (current is None or current.bullet or current.lines[-1].endswith(_TERMINAL))
            )
            md_heading = _MD_HEADING_RE.match(stripped)
            if md_heading:
                stripped = stripped[md_heading.end() :]
            elif _BULLET_RE.match(stripped):
                stripped = stripped[_BULLET_RE.match(stripped).end() :]
            if current is None or bullet or md_heading or current.md_heading:
                current = _RawParagraph(
                    [], page, indented=line[:1].isspace(), bullet=bool(bullet), md_heading=bool(md_heading)
                )
                paragraphs.append(current)
            current.lines.append(stripped)
    return paragraphs


def _is_heading(text: str, strict: bool = False) -> bool:
    """Short, unpunctuated, and upper-case, numbered or (unless `strict`) title-case."""
    words = text.split()
    if not words or len(words) > 12 or len(text) > 100 or text.endswith((*_TERMINAL, ",")):
        return False
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return False
    if all(c.isupper() for c in letters) and len(letters) > 1:
        return True
    if _NUMBERED_HEADING_RE.match(text):
        return True
    if strict:
        return False
    long_words = [w for w in words if len(w) > 3 and w[0].isalpha()]
    return bool(long_words) and all(w[0].isupper() for w in long_words) and words[0][0].isupper()


def _continues(previous: str, text: str) -> bool:
    """True when `text` continues a sentence that `previous` left unfinished."""
    if not previous or previous.endswith(_TERMINAL) or (previous.endswith(")") and text[:1].isupper()):
        return False
    first = text.lstrip()[:1]
    return previous.endswith("-") or not first.isupper()


class _Joiner:
    """Joins wrapped lines, deciding what to do with a hyphen at a line end."""

    def __init__(self, doc_words: set[str], known_words: frozenset[str]) -> None:
        self.doc_words = doc_words
        self.known_words = known_words

    def join_lines(self, lines: list[str]) -> str:
        text = ""
        for line in lines:
            text = self.join(text, line) if text else line
        return text

    def join(self, left: str, right: str) -> str:
        if left.endswith("-") and len(left) > 1 and left[-2].isalpha() and right[:1].isalpha():
            head = re.search(r"[A-Za-z]+-$", left)
            tail = re.match(r"[A-Za-z]+", right)
            if head and tail and self._soft_hyphen(head.group(0)[:-1], tail.group(0)):
                return left[:-1] + right
            return left + right
        return f"{left} {right}"

    def _soft_hyphen(self, head: str, tail: str) -> bool:
        if tail[0].isupper():
            return False
        hyphenated, joined = f"{head}-{tail}".lower(), f"{head}{tail}".lower()
        if hyphenated in self.doc_words:
            return False
        return joined in self.doc_words or joined in self.known_words
