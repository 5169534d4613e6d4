"""Index files and folders into the store: incremental by content hash, one run at a time."""

from __future__ import annotations

import logging
import os
import socket
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from filelock import FileLock, Timeout
from tqdm import tqdm

from knowledge import lexical
from knowledge.chunking import ChunkingConfig, TokenCounter, chunk_document
from knowledge.errors import DocumentError, IndexBusyError, StoreUnavailableError, printable
from knowledge.loaders import SUPPORTED_SUFFIXES, content_hash, load_document
from knowledge.store import KnowledgeStore
from knowledge.types import Chunk, Document, doc_id_for

log = logging.getLogger(__name__)


def bundled_documents() -> list[Path]:
    """The documents shipped with the package (the default knowledge base)."""
    folder = resources.files("knowledge") / "data"
    return sorted(Path(str(p)) for p in folder.iterdir() if p.name.endswith(SUPPORTED_SUFFIXES))


@dataclass(frozen=True)
class Skipped:
    """A file a folder run left out on purpose, and why."""

    path: str
    why: str

    def __str__(self) -> str:
        return f"{printable(self.path)}: {self.why}"


@dataclass
class IndexReport:
    indexed: list[str] = field(default_factory=list)  # sources (re)written
    unchanged: list[str] = field(default_factory=list)  # sources skipped: same content hash
    removed: list[str] = field(default_factory=list)
    failed: list[DocumentError] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)  # files of a folder left out (hidden, links, types)
    embedded: int = 0  # chunks whose embeddings were computed

    @property
    def ok(self) -> bool:
        return not self.failed


@contextmanager
def index_lock(lock_file: Path, timeout: float) -> Iterator[None]:
    """Hold the index's lock, so two indexing runs never interleave; take it before opening the store."""
    lock_file.parent.mkdir(parents=True, exist_ok=True)
    lock = FileLock(lock_file, timeout=timeout)
    try:
        lock.acquire()
    except Timeout as exc:
        raise IndexBusyError(
            f"another indexing run is using {lock_file.parent} (waited {timeout:g} s); "
            "let it finish, then run this again"
        ) from exc
    try:
        yield
    finally:
        lock.release()


LOCK_COLLECTION = "index-lock"


@contextmanager
def server_lock(client, timeout: float, lease: float = 60.0) -> Iterator[None]:
    """Hold the indexing lock of a Chroma server, so runs from different machines take turns.

    The lock is a collection (creating one is atomic on the server) whose metadata names its owner and
    when it expires; the holder renews it every `lease / 3` seconds, so a run that died frees it after at
    most `lease` seconds."""
    owner = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
    deadline = time.monotonic() + timeout
    while True:
        try:
            lock = client.create_collection(LOCK_COLLECTION, metadata={"owner": owner, "expires": time.time() + lease})
            break
        except Exception as exc:  # it exists (chromadb says so only in words); see who holds it
            try:
                held = client.get_collection(LOCK_COLLECTION).metadata or {}
            except Exception:  # freed meanwhile (try again), or the server is away
                if time.monotonic() > deadline:
                    raise StoreUnavailableError(
                        f"cannot take the index lock on the Chroma server ({exc}); check that it is running"
                    ) from exc
                time.sleep(0.5)
                continue
            if float(held.get("expires", 0)) < time.time():
                log.warning("taking over an expired index lock held by %s", held.get("owner"))
                _delete_quietly(client)
                continue
            if time.monotonic() > deadline:
                raise IndexBusyError(
                    f"another indexing run ({held.get('owner')}) is using the Chroma server (waited {timeout:g} s); "
                    "let it finish, then run this again"
                ) from None
            time.sleep(0.5)
    stop = threading.Event()

    def renew() -> None:
        while not stop.wait(lease / 3):
            try:
                lock.modify(metadata={"owner": owner, "expires": time.time() + lease})
            except Exception as exc:  # the server is away: the run's own calls will say so
                log.warning("could not renew the index lock: %s", exc)

    renewer = threading.Thread(target=renew, name="index-lock-renewal", daemon=True)
    renewer.start()
    try:
        yield
    finally:
        stop.set()
        renewer.join()
        _delete_quietly(client)


def _delete_quietly(client) -> None:
    try:
        client.delete_collection(LOCK_COLLECTION)
    except Exception as exc:
        log.warning("could not release the index lock: %s", exc)


class Indexer:
    """Loads, chunks and writes documents (callers hold `index_lock` while using one)."""

    def __init__(
        self,
        store: KnowledgeStore,
        *,
        count_tokens: TokenCounter,
        chunking: ChunkingConfig,
        max_bytes: int,
        known_words: frozenset[str] = frozenset(),
        progress: bool = True,
        lexical_dir: Path | None = None,
    ) -> None:
        """`lexical_dir`: where the saved lexical index lives, brought in step at the end of every run."""
        self.store = store
        self.lexical_dir = lexical_dir
        self.count_tokens = count_tokens
        self.chunking = chunking
        self.max_bytes = max_bytes
        self.known_words = known_words
        self.progress = progress

    def index(
        self, paths: Iterable[Path], rebuild: bool = False, on_file: Callable[[str], None] | None = None
    ) -> IndexReport:
        """Index files and folders; `rebuild` first drops the index, then re-indexes what it held."""
        report = IndexReport()
        paths = list(paths)
        if rebuild:
            paths += [Path(r.source) for r in self.store.documents() if Path(r.source).exists()]
            self.store.reset()
        self._index_files(self._expand(paths, report), report, on_file)
        self._sync_lexical()
        return report

    def _index_files(self, files: list[Path], report: IndexReport, on_file: Callable[[str], None] | None) -> None:
        """Each file is loaded, parsed and chunked in a helper thread while the one before is embedded and
        written (the parse and the model overlap: both spend most of their time outside the interpreter lock)."""
        pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="parse")
        try:
            with self._bars(len(files)) as (file_bar, chunk_bar):
                upcoming = pool.submit(self._prepare, files[0]) if files else None
                for number, path in enumerate(files):
                    prepared = upcoming
                    upcoming = pool.submit(self._prepare, files[number + 1]) if number + 1 < len(files) else None
                    file_bar.set_postfix_str(path.name)
                    try:
                        self._write(path, prepared.result(), report, chunk_bar)
                    except DocumentError as exc:
                        report.failed.append(exc)
                        log.info("skipped %s", exc)
                    file_bar.update(1)
                    if on_file is not None:
                        on_file(str(path))
        finally:
            pool.shutdown(wait=False, cancel_futures=True)

    def remove(self, paths: Iterable[Path]) -> IndexReport:
        report = IndexReport()
        recorded = {r.source: r for r in self.store.documents()}
        for path in paths:
            try:
                source = str(Path(path).resolve())
            except (ValueError, OSError):  # no path at all (a NUL byte, a loop): it can still be a title
                source = None
            record = recorded.get(source) or next((r for r in recorded.values() if r.title == str(path)), None)
            if record is None:
                report.failed.append(DocumentError(path, "is not indexed; see `assistant sources`"))
                continue
            self.store.remove_document(record.doc_id)
            report.removed.append(record.source)
        self._sync_lexical()
        return report

    def _sync_lexical(self) -> None:
        """The saved lexical index updated for what this run changed (only those documents tokenized)."""
        if self.lexical_dir is not None:
            lexical.current(self.store, self.lexical_dir)

    def _prepare(self, path: Path) -> tuple[Document, list[Chunk]] | None:
        """The document and its chunks (sentences parsed), or None when the indexed version is this file's."""
        record = self.store.document(doc_id_for(str(path.resolve())))
        if record is not None and record.content_hash == _file_hash(path):  # unchanged: not even parsed
            return None
        doc = load_document(path, self.max_bytes, self.known_words)
        return doc, chunk_document(doc, self.count_tokens, self.chunking)

    def _write(
        self, path: Path, prepared: tuple[Document, list[Chunk]] | None, report: IndexReport, chunk_bar: tqdm
    ) -> None:
        if prepared is None:
            report.unchanged.append(str(path.resolve()))
            return
        doc, chunks = prepared
        chunk_bar.total = (chunk_bar.total or 0) + len(chunks)
        chunk_bar.refresh()
        embedded = self.store.write_document(doc, chunks, on_embedded=chunk_bar.update)
        report.embedded += embedded
        report.indexed.append(doc.source)
        log.info("indexed %s: %d chunks, %d embedded", doc.source, len(chunks), embedded)

    def _expand(self, paths: Iterable[Path], report: IndexReport) -> list[Path]:
        files: dict[str, Path] = {}
        for raw in paths:
            path = Path(raw)
            if not path.exists():
                report.failed.append(DocumentError(path, "no such file or folder; check the path"))
            elif path.is_dir():
                found = _folder_files(path, report)
                if not found:
                    report.failed.append(
                        DocumentError(
                            path,
                            f"folder has no supported files ({', '.join(SUPPORTED_SUFFIXES)}); add some or pick another folder",
                        )
                    )
                files.update((doc_id_for(str(p.resolve())), p) for p in found)
            else:
                files[doc_id_for(str(path.resolve()))] = path
        return list(files.values())

    def _bars(self, n_files: int) -> _Bars:
        return _Bars(n_files, disable=not self.progress)


def _folder_files(folder: Path, report: IndexReport) -> list[Path]:
    """The supported files under `folder`; every other entry is reported as skipped, with why. Links to
    folders are not followed (one could loop back); a link to a file is indexed as that file."""
    found: list[Path] = []
    for root, dirs, names in os.walk(folder, followlinks=False):
        here = Path(root)
        for name in sorted(dirs):
            if name.startswith("."):
                report.skipped.append(Skipped(str(here / name), "hidden folder (its name starts with a dot)"))
            elif (here / name).is_symlink():
                report.skipped.append(Skipped(str(here / name), "link to a folder, not followed; index its target"))
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not (here / d).is_symlink())
        for name in sorted(names):
            path = here / name
            if name.startswith("."):
                report.skipped.append(Skipped(str(path), "hidden file (its name starts with a dot)"))
            elif path.is_symlink() and not path.exists():
                report.skipped.append(Skipped(str(path), "broken link (its target does not exist)"))
            elif path.suffix.lower() not in SUPPORTED_SUFFIXES:
                report.skipped.append(Skipped(str(path), f"not a supported type ({', '.join(SUPPORTED_SUFFIXES)})"))
            elif not path.is_file():
                report.skipped.append(Skipped(str(path), "not a regular file"))
            else:
                found.append(path)
    return found


def _file_hash(path: Path) -> str | None:
    try:
        return content_hash(path.read_bytes())
    except OSError:
        return None  # unreadable: loading it reports why


class _Bars:
    """A files bar and a chunks bar, closed together."""

    def __init__(self, n_files: int, disable: bool) -> None:
        self.files = tqdm(total=n_files, unit="file", desc="files", disable=disable, position=0)
        self.chunks = tqdm(total=0, unit="chunk", desc="chunks", disable=disable, position=1)

    def __enter__(self) -> tuple[tqdm, tqdm]:
        return self.files, self.chunks

    def __exit__(self, *exc: object) -> None:
        self.chunks.close()
        self.files.close()
