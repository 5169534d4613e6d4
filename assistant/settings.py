"""The one settings object: every knob, read from ASSISTANT_* environment variables or `.env`."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="ASSISTANT_", env_file=".env", extra="ignore")

    data_dir: Path = Field(Path("data"), description="Where the index (and feedback, caches) live.")
    chroma_url: str | None = Field(
        None, description="A Chroma server (e.g. http://127.0.0.1:8000) instead of the local directory."
    )
    chroma_timeout: float = Field(5.0, description="Seconds to wait for the Chroma server to answer.")
    max_file_mb: float = Field(50.0, description="Files larger than this are refused.")
    chunk_max_tokens: int = Field(
        200, le=254, description="Word pieces per chunk; the model reads at most 256 including 2 specials."
    )
    chunk_overlap_sentences: int = Field(1, ge=0, description="Whole sentences shared by adjacent chunks.")
    top_k: int = Field(5, ge=1, le=50, description="Passages retrieved per question.")
    host: str = Field("127.0.0.1", description="Address `assistant serve` binds; beyond 127.0.0.1 is a choice.")
    port: int = Field(7860, description="Port of `assistant serve`.")
    auth: str | None = Field(None, description="user:password to require a login in the browser app.")
    ui_concurrency: int = Field(4, ge=1, description="Questions the browser app answers at once (queue limit).")
    index_lock_timeout: float = Field(30.0, description="Seconds to wait for another indexing run.")

    @property
    def max_file_bytes(self) -> int:
        return int(self.max_file_mb * 1_000_000)
