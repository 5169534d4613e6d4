"""The real local LLM (Gemma 3 270M from a PyPI package): converted once, cached under the data dir, reloaded fast."""

from __future__ import annotations

import os
import time

import pytest
from langchain_core.language_models import BaseChatModel

from assistant import local_llm
from assistant.local_llm import LOCAL_MODEL_NAME, converted_model_dir, cut_at_stop, format_prompt, load_local_chat_model
from assistant.settings import Settings

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


def test_prompt_and_stop_helpers():
    from langchain_core.messages import AIMessage, HumanMessage, SystemMessage

    prompt = format_prompt([SystemMessage("Be brief."), HumanMessage("hi"), AIMessage("hello"), HumanMessage("why?")])
    assert prompt == "Be brief.\nUser: hi\nAssistant: hello\nUser: why?\nAssistant:"
    assert cut_at_stop("Paris.\nUser: next", ["\nUser:"]) == ("Paris.", True)
    assert cut_at_stop("Paris.", ["\nUser:"]) == ("Paris.", False)
    # the base model goes on with a second "Assistant:" turn of its own
    assert cut_at_stop("Paris. [1] Assistant: Paris. [1]", local_llm._TURN_STOPS) == ("Paris. [1] ", True)


def test_unknown_model_name_is_refused(tmp_path):
    with pytest.raises(ValueError, match="unknown local model"):
        load_local_chat_model(Settings(data_dir=tmp_path), name="local:nope")


@pytest.mark.slow
def test_converted_weights_are_cached_under_the_data_dir(converted):
    settings, model, _ = converted
    folder = converted_model_dir(settings)
    assert folder == settings.data_dir / "models" / "gemma3-270m"
    for name in ("config.json", "model.safetensors", "tokenizer.json"):
        assert (folder / name).is_file(), name
    assert not list(folder.rglob("*.gguf")), "the assembled GGUF is temporary"
    assert isinstance(model, BaseChatModel)
    assert load_local_chat_model(settings) is model  # cached per process


@pytest.mark.slow
def test_invoke_returns_text(converted):
    _, model, _ = converted
    reply = model.invoke("What is the capital of France?", max_new_tokens=32)
    assert isinstance(reply.content, str) and reply.content.strip()
    assert reply.usage_metadata["output_tokens"] >= 1
    assert "\nUser:" not in reply.content


@pytest.mark.slow
def test_stream_yields_the_same_kind_of_text(converted):
    _, model, _ = converted
    chunks = list(model.stream([("system", "Answer briefly."), ("human", "Name a colour.")], max_new_tokens=24))
    text = "".join(chunk.content for chunk in chunks)
    assert text.strip()
    assert "\nUser:" not in text


@pytest.mark.slow
def test_second_load_reads_the_cache_fast(converted):
    settings, _, first_seconds = converted
    local_llm._load_cached.cache_clear()
    start = time.monotonic()
    model = load_local_chat_model(settings.model_copy(update={}), name=LOCAL_MODEL_NAME)
    seconds = time.monotonic() - start
    assert seconds < 60, f"loading the cached conversion took {seconds:.1f} s"
    assert seconds < first_seconds / 2, (seconds, first_seconds)
    assert model.invoke("Say hello.", max_new_tokens=8).content.strip()


@pytest.mark.slow
@pytest.mark.timeout(180)  # a regression guard: streaming once waited forever when the token budget ran out
def test_stream_ends_when_the_token_budget_runs_out(converted):
    _, model, _ = converted
    text = "".join(
        chunk.content for chunk in model.stream("Write a long story about rivers and seas.", max_new_tokens=8)
    )
    assert text.strip()
