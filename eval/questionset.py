"""Question sets: JSON lines with ragas' field names, validated before anything is scored."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

SHIPPED = Path(__file__).parent / "questions" / "chapter.jsonl"
# Written later by someone who had not seen the shipped set or the code's failures: how the assistant
# does on questions nobody tuned it for.
HELDOUT = Path(__file__).parent / "questions" / "heldout.jsonl"
# Fact-checking claims, written without sight of the code: about the chapter, and about a brief a user
# would upload (eval/documents/city-migration-brief.md).
CLAIMS = Path(__file__).parent / "questions" / "claims.jsonl"
CLAIMS_UPLOAD = Path(__file__).parent / "questions" / "claims-upload.jsonl"
DOCUMENTS = Path(__file__).parent / "documents"


class QuestionSetError(ValueError):
    """A question file that cannot be used; the message names the file and line."""


class Turn(BaseModel):
    role: str = Field(pattern="^(user|assistant)$")
    content: str


class Question(BaseModel):
    model_config = ConfigDict(extra="allow")  # unknown fields are kept and carried into results

    id: str
    user_input: str = Field(min_length=1)
    reference: str = ""
    reference_contexts: list[str] = Field(default_factory=list)
    answerable: bool = True
    history: list[Turn] = Field(default_factory=list)
    kind: str = "factoid"

    def history_messages(self) -> list[dict[str, str]]:
        return [t.model_dump() for t in self.history]


def load_questions(path: Path, documents: Iterable[str] | None = None) -> list[Question]:
    """Parse and validate every line; with `documents` (cleaned texts), every reference quote must
    occur in one of them (whitespace and line-break hyphenation differences tolerated)."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise QuestionSetError(f"{path}: cannot read the question file ({exc}); check the path") from exc
    corpus = [normalize_quote(d) for d in documents] if documents is not None else None
    questions, ids = [], set()
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            raw: Any = json.loads(line)
        except json.JSONDecodeError as exc:
            raise QuestionSetError(f"{where}: not valid JSON ({exc.msg}); one JSON object per line") from exc
        if not isinstance(raw, dict):
            raise QuestionSetError(f"{where}: expected a JSON object with at least user_input")
        raw.setdefault("id", f"line{number}")
        try:
            question = Question.model_validate(raw)
        except ValidationError as exc:
            problem = "; ".join(f"{'.'.join(map(str, e['loc'])) or 'line'}: {e['msg']}" for e in exc.errors())
            raise QuestionSetError(f"{where}: {problem}") from exc
        if question.id in ids:
            raise QuestionSetError(f"{where}: duplicate id {question.id!r}")
        ids.add(question.id)
        if corpus is not None:
            for quote in question.reference_contexts:
                if not any(normalize_quote(quote) in text for text in corpus):
                    raise QuestionSetError(
                        f"{where}: reference quote not found in any indexed document: {quote[:80]!r}"
                    )
        questions.append(question)
    if not questions:
        raise QuestionSetError(f"{path}: no questions in the file")
    return questions


def normalize_quote(text: str) -> str:
    """Collapse whitespace, undo line-break hyphenation and drop Markdown's emphasis and code marks (a quote
    copied from a .md file as written, "**Riverside Hall** opened", reads as rendered) and a table row's outer
    pipes ("| Complaints received | 2,015 |" reads "Complaints received | 2,015"), for tolerant matching."""
    text = re.sub(r"[*`]", "", text)
    text = re.sub(r"(?m)^[ \t]*\|[ \t]*|[ \t]*\|[ \t]*$", "", text)
    text = re.sub(r"(\w)-\s*(\w)", r"\1\2", text)  # "mini-\nmultilateralism" ~ "mini-multilateralism"
    return re.sub(r"\s+", " ", text).strip().lower()
