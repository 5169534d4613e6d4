"""What the index-time analysis costs next to the model's encode of the same text (issue #15's indexing target).

`make bench-parse`: generated paragraphs (the scale benchmark's corpus), timed in one process, best of two:
the bare `model.encode`, spaCy's pipeline alone (`language.parse_many`) and the whole stored analysis
(`language.analyse`: the parse plus the facts read from it, one call per file as chunking makes it). Indexing does
all three, so its throughput is at most encode / (encode + analysis) of a bare encode, whatever else it saves.
Then the two side by side: the analysis in a second process (warmed first) while this one encodes, with torch on
both cores and on one: what a two-process indexer could reach on these machines.
"""

from __future__ import annotations

import multiprocessing
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import typer

from eval.scale_benchmark import generate_corpus
from knowledge.embeddings import sentence_model
from knowledge.language import analyse, parse_many


def _best_of_two(work: Callable[[], object]) -> float:
    times = []
    for _ in range(2):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times)


def _paragraph_ranges(text: str) -> list[tuple[int, int]]:
    """Where each paragraph (text between blank lines) of `text` starts and ends."""
    ranges, start = [], 0
    for paragraph in text.split("\n\n"):
        if paragraph.strip():
            ranges.append((start, start + len(paragraph)))
        start += len(paragraph) + 2
    return ranges


def _analyse_when_told(files: list[tuple[str, list[tuple[int, int]]]], ready, start, took) -> None:
    """In a second process: analyse everything once (warming spaCy and WordNet), then again when told, timed."""
    [analyse(text, ranges) for text, ranges in files]
    ready.set()
    start.wait()
    started = time.perf_counter()
    [analyse(text, ranges) for text, ranges in files]
    took.put(time.perf_counter() - started)


def _side_by_side(model, paragraphs: list[str], files, threads: int) -> float:
    """Wall time of encoding `paragraphs` here (torch on `threads` cores) while a second process analyses `files`."""
    import torch

    context = multiprocessing.get_context("spawn")  # no fork of a process holding torch's threads
    ready, start, took = context.Event(), context.Event(), context.Queue()
    worker = context.Process(target=_analyse_when_told, args=(files, ready, start, took))
    worker.start()
    ready.wait()
    before = torch.get_num_threads()
    torch.set_num_threads(threads)
    try:
        start.set()
        started = time.perf_counter()
        model.encode(paragraphs, batch_size=32)
        encoded = time.perf_counter() - started
        return max(encoded, took.get())
    finally:
        torch.set_num_threads(before)
        worker.join()


def main(chunks: int = typer.Option(500, min=10, help="Chunks of generated text.")) -> None:
    with tempfile.TemporaryDirectory(prefix="assistant-parse-") as tmp:
        paths = generate_corpus(Path(tmp), chunks, seed=7)
        texts = [path.read_text(encoding="utf-8") for path in paths]
    files = [(text, _paragraph_ranges(text)) for text in texts]
    paragraphs = [text[s:e] for text, ranges in files for s, e in ranges]
    model = sentence_model()
    model.encode(paragraphs[:8])  # warm both
    analyse(paragraphs[0], [(0, len(paragraphs[0]))])
    encode = _best_of_two(lambda: model.encode(paragraphs, batch_size=32))
    spacy_alone = _best_of_two(lambda: parse_many(paragraphs))
    stored = _best_of_two(lambda: [analyse(text, ranges) for text, ranges in files])
    print(f"{len(paragraphs)} paragraphs, {sum(len(p.split()) for p in paragraphs):,} words")
    print(f"bare encode                        {encode:6.2f} s")
    print(f"spaCy's pipeline alone             {spacy_alone:6.2f} s  ({spacy_alone / encode:.2f}x the encode)")
    print(f"parse and stored analysis          {stored:6.2f} s  ({stored / encode:.2f}x the encode)")
    best, this = encode / (encode + spacy_alone), encode / (encode + stored)
    print(f"indexing / bare encode at best: {best:.2f} with a free analysis, {this:.2f} with this one (target 0.85)")
    for threads in (2, 1):
        wall = _side_by_side(model, paragraphs, files, threads)
        print(
            f"analysis in a 2nd process, torch on {threads} core(s): {wall:6.2f} s of wall time, "
            f"{encode / wall:.2f} of bare encode"
        )


if __name__ == "__main__":
    typer.run(main)
