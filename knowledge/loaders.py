"""Read a file into a cleaned `Document`: one function per file type, one set of input checks."""

from __future__ import annotations

import hashlib
import io
import logging
import re
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

from knowledge.cleaning import clean_lines
from knowledge.errors import DocumentError
from knowledge.types import Block, Document

log = logging.getLogger(__name__)
_READER_LOGGERS = ("pypdf", "docx", "bs4")  # the file readers' loggers
SUPPORTED_SUFFIXES = (".txt", ".md", ".pdf", ".docx", ".html", ".htm")
TEXT_SUFFIXES = (".txt", ".md")  # formats whose citations also carry offsets and lines in the file itself
# Bump when what a file reads as changes (Markdown rendered in 2, tables as blocks in 3): an index built by an older
# reader asks for a rebuild.
READER_VERSION = 3
_SPACES_RE = re.compile(r"\s+")
_LINE_BREAK_RE = re.compile(r"\r\n|\r|\n")


def load_document(
    path: Path, max_bytes: int, known_words: frozenset[str] = frozenset(), source: str | None = None
) -> Document:
    """Load and clean one file; raise `DocumentError` with a one-line reason and remedy."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise DocumentError(
            path, f"unsupported file type {suffix or '(none)'}; use one of {', '.join(SUPPORTED_SUFFIXES)}"
        )
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise DocumentError(
                path,
                f"file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.1f} MB limit; "
                "split it or raise ASSISTANT_MAX_FILE_MB",
            )
        data = path.read_bytes()
    except OSError as exc:
        raise DocumentError(path, f"cannot read the file ({exc.strerror}); check it exists and is readable") from exc
    if not data.strip():
        raise DocumentError(path, "file is empty; add text to it or leave it out")
    with _reader_messages() as heard:  # what pypdf & co. log goes into the file's one line, not the console
        try:
            blocks, pages = _LOADERS[suffix](path, data, known_words)
        except DocumentError as exc:
            said = f" (the reader said: {'; '.join(dict.fromkeys(heard))[:300]})" if heard else ""
            raise DocumentError(path, exc.problem + said) from exc
    if heard:
        log.info("%s: the reader warned: %s", path, "; ".join(dict.fromkeys(heard)))
    blocks = [b for b in blocks if b.text.strip()]
    if not any(b.kind != "heading" for b in blocks):
        raise DocumentError(path, "no text found in the file; check it is not empty, scanned or image-only")
    return Document.from_blocks(
        source=source or str(path.resolve()),
        title=path.name,
        blocks=blocks,
        content_hash=content_hash(data),
        pages=pages,
        original=_decode_text(path, data) if suffix in TEXT_SUFFIXES else None,
    )


@contextmanager
def _reader_messages() -> Iterator[list[str]]:
    """Warnings the file readers log or warn while reading one file, kept instead of printed."""
    heard: list[str] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            heard.append(record.getMessage())

    keep = Keep(logging.WARNING)
    loggers = [logging.getLogger(name) for name in _READER_LOGGERS]
    propagated = [logger.propagate for logger in loggers]
    for logger in loggers:
        logger.addHandler(keep)
        logger.propagate = False
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            yield heard
            heard.extend(str(w.message) for w in caught)
    finally:
        for logger, propagate in zip(loggers, propagated, strict=True):
            logger.removeHandler(keep)
            logger.propagate = propagate


def content_hash(data: bytes) -> str:
    """A document's identity for incremental indexing: the hash of its bytes as stored."""
    return hashlib.sha256(data).hexdigest()


def _decode_text(path: Path, data: bytes) -> str:
    if b"\x00" in data[:8192]:
        raise DocumentError(path, "looks like a binary file, not text; give the original document instead")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DocumentError(path, f"is not UTF-8 text (bad byte at offset {exc.start}); re-save it as UTF-8") from exc


def _load_text(path: Path, data: bytes, known_words: frozenset[str]) -> tuple[list[Block], None]:
    return clean_lines([(None, _decode_text(path, data))], known_words), None


def _load_markdown(path: Path, data: bytes, known_words: frozenset[str]) -> tuple[list[Block], None]:
    """Markdown as plain text whose inline markup is rendered away ("**Brenholt Hospital**" reads as
    "Brenholt Hospital", a link as its text), so quotes and citations read as the rendered document does; a
    table is a block of its own, a row per line and its cells joined by " | " (its rows are its sentences).
    Rendering only drops characters: the file offsets of a citation still map (`knowledge.origin`)."""
    text = _decode_text(path, data)
    lines = _LINE_BREAK_RE.split(text)  # as markdown-it numbers them
    blocks: list[Block] = []
    done = 0
    for first, end, rows in _tables(text):
        blocks += _markdown_text("\n".join(lines[done:first]), known_words)
        blocks.append(Block.table(rows))
        done = end
    return blocks + _markdown_text("\n".join(lines[done:]), known_words), None


def _markdown_text(text: str, known_words: frozenset[str]) -> list[Block]:
    return [Block(b.kind, _inline_text(b.text), b.page) for b in clean_lines([(None, text)], known_words)]


def _tables(markdown: str) -> list[tuple[int, int, list[list[str]]]]:
    """Each table of a Markdown text (GitHub's pipe tables): its first line, the line after it, and its rows
    (the header first), each cell as plain text (`_inline_text`)."""
    tables: list[tuple[int, int, list[list[str]]]] = []
    rows: list[list[str]] = []
    for token in _markdown().enable("table").parse(markdown):
        if token.type == "table_open" and token.map:
            first, end = token.map
            rows = []
        elif token.type == "tr_open":
            rows.append([])
        elif token.type == "inline" and rows and token.map and first <= token.map[0] < end:
            rows[-1].append(_inline_text(token.content))
        elif token.type == "table_close":
            tables.append((first, end, rows))
            rows = []
    return tables


def _inline_text(markdown: str) -> str:
    """The text a Markdown inline span shows, as plain text: emphasis and code marks dropped, a link as its text
    and its address in brackets ("the report (https://...)"), an image as its description. Only marks are
    dropped, so the shown text is still a subsequence of the written one and offsets map back to the file."""
    parts: list[str] = []
    address = ""
    for token in _markdown().parseInline(markdown)[0].children or ():
        if token.type in ("text", "code_inline"):
            parts.append(token.content)
        elif token.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif token.type == "link_open":
            address = str(token.attrs.get("href", ""))
            start = len(parts)
        elif token.type == "link_close" and address and "".join(parts[start:]) != address:
            parts.append(f" ({address})")
        elif token.type == "image":
            parts.append(f"{token.content} ({token.attrs.get('src', '')})")
    return _SPACES_RE.sub(" ", "".join(parts)).strip()


@lru_cache(maxsize=1)
def _markdown():
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark")


def _load_pdf(path: Path, data: bytes, known_words: frozenset[str]) -> tuple[list[Block], int]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise DocumentError(path, "PDF is encrypted with a password; save an unprotected copy and index that")
        pages = [(number, page.extract_text() or "") for number, page in enumerate(reader.pages, start=1)]
    except DocumentError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError) as exc:
        raise DocumentError(
            path, f"cannot read this PDF ({type(exc).__name__}); it may be corrupt: re-export it"
        ) from exc
    except Exception as exc:  # pypdf raises assorted errors on damaged files
        if "decrypt" in str(exc).lower() or "encrypt" in str(exc).lower():
            raise DocumentError(path, "PDF is encrypted; save an unprotected copy and index that") from exc
        raise DocumentError(path, f"cannot read this PDF ({exc}); it may be corrupt: re-export it") from exc
    return clean_lines(pages, known_words), len(pages)


def _load_docx(path: Path, data: bytes, known_words: frozenset[str]) -> tuple[list[Block], None]:
    import docx
    import docx.table
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, OSError) as exc:
        raise DocumentError(
            path, "cannot read this DOCX (not a Word document or corrupt); re-save it from Word"
        ) from exc
    except Exception as exc:  # zipfile.BadZipFile and friends
        raise DocumentError(path, f"cannot read this DOCX ({type(exc).__name__}); re-save it from Word") from exc
    blocks = []
    for paragraph in document.iter_inner_content():  # paragraphs and tables, in document order
        if isinstance(paragraph, docx.table.Table):  # its rows as a table block
            rows = [[_SPACES_RE.sub(" ", c.text).strip() for c in row.cells] for row in paragraph.rows]
            blocks.append(Block.table(rows))
            continue
        text = _SPACES_RE.sub(" ", paragraph.text).strip()
        style = (paragraph.style.name if paragraph.style is not None else "").lower()
        if style.startswith(("heading", "title")):
            blocks.append(Block("heading", text))
        elif style.startswith("list"):
            blocks.append(Block("list_item", text))
        else:
            blocks.append(Block("paragraph", text))
    return blocks, None


def _load_html(path: Path, data: bytes, known_words: frozenset[str]) -> tuple[list[Block], None]:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(_decode_text(path, data), "html.parser")
    for tag in soup(["script", "style", "noscript", "template", "head"]):
        tag.decompose()
    kinds = {
        "h1": "heading",
        "h2": "heading",
        "h3": "heading",
        "h4": "heading",
        "h5": "heading",
        "h6": "heading",
        "li": "list_item",
        "p": "paragraph",
        "pre": "paragraph",
        "blockquote": "paragraph",
        "dd": "paragraph",
        "dt": "paragraph",
    }
    blocks = []
    for element in soup.find_all([*kinds, "table"]):
        if element.find_parent([*kinds, "table"]) is not None:
            continue  # its text belongs to the enclosing block
        if element.name == "table":  # its rows as a table block
            rows = [
                [_SPACES_RE.sub(" ", c.get_text(" ")).strip() for c in r.find_all(["th", "td"])]
                for r in element.find_all("tr")
            ]
            blocks.append(Block.table(rows))
            continue
        text = _SPACES_RE.sub(" ", element.get_text(" ")).strip()
        blocks.append(Block(kinds[element.name], text))
    if not blocks:  # no block markup: treat the visible text as plain text
        return clean_lines([(None, soup.get_text("\n"))], known_words), None
    return blocks, None


_LOADERS: dict[str, Callable[[Path, bytes, frozenset[str]], tuple[list[Block], int | None]]] = {
    ".txt": _load_text,
    ".md": _load_markdown,
    ".pdf": _load_pdf,
    ".docx": _load_docx,
    ".html": _load_html,
    ".htm": _load_html,
}


@lru_cache(maxsize=1)
def english_words(vocab_file: str) -> frozenset[str]:
    """Whole words of the embedding model's word-piece vocabulary, to recognise soft hyphens."""
    with open(vocab_file, encoding="utf-8") as handle:
        return frozenset(w for w in (line.strip() for line in handle) if w.isalpha() and len(w) > 2)
