"""The one settings object: every knob, read from ASSISTANT_* environment variables or `.env`."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

MAX_K = 50  # passages a question may ask for


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="ASSISTANT_", env_file=".env", extra="ignore")

    data_dir: Path = Field(Path("data"), description="Where the index (and feedback, caches) live.")
    chroma_url: str | None = Field(
        None, description="A Chroma server (e.g. http://127.0.0.1:8000) instead of the local directory."
    )
    chroma_timeout: float = Field(5.0, description="Seconds to wait for the Chroma server to answer.")
    max_file_mb: float = Field(50.0, description="Files larger than this are refused.")
    max_upload_files: int = Field(20, ge=1, description="Files one upload in the browser app may hold.")
    chunk_max_tokens: int = Field(
        200, le=254, description="Word pieces per chunk; the model reads at most 256 including 2 specials."
    )
    chunk_overlap_sentences: int = Field(1, ge=0, description="Whole sentences shared by adjacent chunks.")
    sentence_cache: int = Field(
        50_000, ge=0, description="Sentence vectors kept in memory (about 1.5 KB each); more are read from the index."
    )
    chunk_cache: int = Field(
        10_000,
        ge=0,
        description="Chunks (text and facts) kept in memory between questions; emptied on every index change.",
    )
    top_k: int = Field(5, ge=1, le=MAX_K, description="Passages retrieved per question.")
    max_question_chars: int = Field(2000, ge=1, description="Longer questions are refused (check long texts instead).")
    history_turns: int = Field(
        10, ge=0, description="Earlier turns (question and answer) a follow-up is read against; older ones are dropped."
    )
    host: str = Field("127.0.0.1", description="Address `assistant serve` binds; beyond 127.0.0.1 is a choice.")
    port: int = Field(7860, description="Port of `assistant serve`.")
    auth: str | None = Field(
        None, description="user:password (or several, comma-separated) to require a login in the browser app."
    )
    editors: str | None = Field(
        None, description="Comma-separated users (of ASSISTANT_AUTH) who may upload and remove documents; unset: all."
    )
    ui_concurrency: int = Field(4, ge=1, description="Questions the browser app answers at once (queue limit).")
    index_lock_timeout: float = Field(30.0, description="Seconds to wait for another indexing run.")
    llm: str | None = Field(
        None,
        description="Answer with this chat model (provider:model, e.g. ollama:llama3.1, openai:gpt-4o-mini, "
        "local:gemma3-270m) instead of the extractive answer. Needs pip install '.[llm]'.",
    )
    llm_base_url: str | None = Field(None, description="Server of the chat model (e.g. an OpenAI-compatible URL).")
    llm_api_key: SecretStr | None = Field(None, description="API key of the chat model's server.")
    llm_timeout: float = Field(
        60.0, gt=0, description="Seconds to wait for the chat model before answering extractively."
    )
    llm_unsupported: Literal["remove", "flag"] = Field(
        "remove", description="What to do with generated sentences the passages do not support: remove or flag them."
    )

    @property
    def lexical_dir(self) -> Path:
        """Where the lexical (BM25) index is saved: beside the Chroma data, or per data dir with a server."""
        return self.data_dir / "lexical"

    @property
    def max_file_bytes(self) -> int:
        return int(self.max_file_mb * 1_000_000)
