"""What the browser app does with documents and votes: save uploads safely and index them, list and
remove documents, store feedback. Indexing goes through `assistant.knowledge_base` (one run at a time)."""

from __future__ import annotations

import itertools
import json
import re
import uuid
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path

from filelock import FileLock

from assistant.knowledge_base import indexing, open_store
from assistant.settings import Settings
from assistant.types import Answer
from knowledge.errors import DocumentError
from knowledge.indexing import IndexReport
from knowledge.loaders import SUPPORTED_SUFFIXES, content_hash
from knowledge.types import DocumentRecord

_UNSAFE = re.compile(r"[^\w. -]+")  # letters and digits of every script stay: "日本.txt" is not "_.txt"


def safe_name(name: str) -> str:
    """A file name with no directories, no path tricks and no odd characters (controls, punctuation)."""
    base = Path(name.replace("\\", "/")).name
    base = _UNSAFE.sub("_", base).strip(" .") or "upload"
    stem, suffix = Path(base).stem[:100], Path(base).suffix.lower()
    return f"{stem or 'upload'}{suffix}"


def save_uploads(settings: Settings, files: Iterable[str | Path]) -> tuple[list[Path], list[DocumentError]]:
    """Copy uploaded temp files into the data dir under safe names; refuse wrong types, big files and a copy
    of a document already indexed under another name. Two different files never share a stored name: the
    second gets a number ("notes-2.txt"); the same file uploaded again keeps its name (and is unchanged)."""
    folder = settings.data_dir / "uploads"
    folder.mkdir(parents=True, exist_ok=True)
    indexed = {r.content_hash: r for r in documents(settings)}
    saved, refused = [], []
    for file in files:
        source = Path(file)
        name = safe_name(getattr(file, "orig_name", None) or source.name)
        if Path(name).suffix not in SUPPORTED_SUFFIXES:
            refused.append(DocumentError(name, f"unsupported file type; upload one of {', '.join(SUPPORTED_SUFFIXES)}"))
            continue
        if source.stat().st_size > settings.max_file_bytes:
            refused.append(DocumentError(name, f"file is over the {settings.max_file_mb:g} MB limit; split it"))
            continue
        data = source.read_bytes()
        target = _stored_name(folder, name, data)
        twin = indexed.get(content_hash(data))
        if twin is not None and Path(twin.source) != target.resolve():
            refused.append(DocumentError(name, f"the same content is already indexed as {twin.title}; nothing added"))
            continue
        target.write_bytes(data)
        saved.append(target)
    return saved, refused


def _stored_name(folder: Path, name: str, data: bytes) -> Path:
    """`folder/name`, or `folder/name-2`, `-3`, ... when another file's bytes hold that name."""
    stem, suffix = Path(name).stem, Path(name).suffix
    for number in itertools.count(1):
        target = folder / (name if number == 1 else f"{stem}-{number}{suffix}")
        if not target.exists() or target.read_bytes() == data:
            return target
    raise AssertionError("unreachable")


def index_files(settings: Settings, paths: list[Path], on_file: Callable[[str], None] | None = None) -> IndexReport:
    with indexing(settings, progress=False) as indexer:
        return indexer.index(paths, on_file=on_file)


def discard_failed(report: IndexReport | None) -> None:
    """Delete the saved copies of uploads that could not be indexed."""
    for error in report.failed if report else []:
        Path(error.path).unlink(missing_ok=True)


def remove_document(settings: Settings, title_or_source: str) -> IndexReport:
    with indexing(settings, progress=False) as indexer:
        report = indexer.remove([Path(title_or_source)])
    uploaded = settings.data_dir / "uploads" / safe_name(title_or_source)
    for source in report.removed:
        if Path(source) == uploaded.resolve():
            uploaded.unlink(missing_ok=True)
    return report


def documents(settings: Settings) -> list[DocumentRecord]:
    return open_store(settings).documents()


def record_feedback(
    settings: Settings, answer: Answer, history: list[dict[str, str]], vote: str, comment: str = ""
) -> dict:
    """Append a vote (and the voter's comment) as a question-set line, so a thumbs-down can become an
    evaluation case."""
    line = {
        "id": f"feedback-{uuid.uuid4().hex[:12]}",
        "user_input": answer.question,
        "history": history,
        "reference": "",
        "reference_contexts": [],
        "answerable": not answer.refused,
        "kind": "feedback",
        "vote": vote,
        "response": answer.text,
        "citations": [c.model_dump() for c in answer.citations],
        "standalone_question": answer.standalone_question,
        "refused": answer.refused,
        "comment": comment,
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    path = _feedback_file(settings)
    with FileLock(f"{path}.lock"), path.open("a", encoding="utf-8") as handle:
        handle.write(json.dumps(line, ensure_ascii=False) + "\n")
    return line


def add_comment(settings: Settings, line_id: str, comment: str) -> None:
    """Attach a comment to a recorded vote (the file is rewritten whole, then swapped in)."""
    path = _feedback_file(settings)
    with FileLock(f"{path}.lock"):
        lines = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
        for line in lines:
            if line.get("id") == line_id:
                line["comment"] = comment
        staged = path.with_suffix(".jsonl.tmp")
        staged.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), encoding="utf-8")
        staged.replace(path)


def _feedback_file(settings: Settings) -> Path:
    path = settings.data_dir / "feedback.jsonl"
    path.parent.mkdir(parents=True, exist_ok=True)
    return path
