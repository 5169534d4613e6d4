"""Scale benchmark: indexing, startup and `ask` on a corpus far larger than the bundled chapter.

Indexes a folder (`--docs DIR`, e.g. your own documents) or a generated corpus into a fresh index in a
temporary directory, then prints: indexing time and chunks per second; startup (`Assistant.from_settings`:
model, lexical index, and the sentences of a small corpus); `ask` latency p50/p95 the first time each
question is asked (cold: the sentences of passages not seen before are embedded) and again (warm), next to
the bare query embedding + Chroma query. Nothing is asserted: the numbers are for reading.

The generated corpus is deterministic (`--seed`): paragraphs of sentences drawn from the bundled chapter's
words with a few words of the model's vocabulary mixed in, so word frequencies look like real prose and
every document differs. Each question is made of words of one corpus sentence.

    python -m eval.scale_benchmark [--docs DIR] [--documents N] [--paragraphs N] [--questions N]
    (or: make bench-scale; the default ~2,000 chunks take about 3 minutes, --documents 250 gives ~10,000)
"""

from __future__ import annotations

import random
import tempfile
import time
from pathlib import Path

import numpy as np
import typer

from assistant import Assistant, Settings
from assistant.knowledge_base import indexing
from assistant.text import words
from knowledge.embeddings import vocabulary_file
from knowledge.indexing import bundled_documents
from knowledge.loaders import english_words


def generate_corpus(folder: Path, documents: int, paragraphs: int, seed: int) -> list[Path]:
    """`documents` text files of `paragraphs` paragraphs each (3 to 6 sentences of 10 to 25 words)."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    prose = [w for path in bundled_documents() for w in words(path.read_text(encoding="utf-8"))]
    vocabulary = sorted(english_words(vocabulary_file()))
    paths = []
    for d in range(documents):
        body = []
        for _ in range(paragraphs):
            sentences = []
            for _ in range(rng.randint(3, 6)):
                picked = [
                    rng.choice(prose) if rng.random() < 0.8 else rng.choice(vocabulary)
                    for _ in range(rng.randint(10, 25))
                ]
                sentences.append(" ".join(picked).capitalize() + ".")
            body.append(" ".join(sentences))
        path = folder / f"generated-{d:04d}.txt"
        path.write_text(f"Generated document {d}\n\n" + "\n\n".join(body) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def questions_from(bot: Assistant, count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    chunks = bot.retriever.chunks()
    picked = [rng.choice(chunks) for _ in range(count)]
    return [" ".join(rng.sample(ws, min(8, len(ws)))) + "?" for ws in (words(c.sentence_texts()[0]) for c in picked)]


def percentiles(values: list[float]) -> str:
    return f"{np.percentile(values, 50):10.1f}{np.percentile(values, 95):10.1f}"


def main(
    docs: Path | None = typer.Option(None, help="Index this folder instead of a generated corpus."),
    documents: int = typer.Option(50, min=1, help="Generated documents."),
    paragraphs: int = typer.Option(40, min=1, help="Paragraphs per generated document (about one chunk each)."),
    questions: int = typer.Option(30, min=1, help="Questions asked, each twice (cold, then warm)."),
    seed: int = typer.Option(0, help="Seed of the generated corpus and the questions."),
) -> None:
    with tempfile.TemporaryDirectory(prefix="assistant-scale-") as tmp:
        settings = Settings(data_dir=Path(tmp) / "data", chroma_url=None)
        paths = [docs] if docs else generate_corpus(Path(tmp) / "corpus", documents, paragraphs, seed)
        started = time.perf_counter()
        with indexing(settings, progress=False) as indexer:
            report = indexer.index(paths)
        index_s = time.perf_counter() - started
        started = time.perf_counter()
        bot = Assistant.from_settings(settings)
        startup_s = time.perf_counter() - started
        chunks = len(bot.retriever.chunks())
        typer.echo(f"{len(report.indexed)} documents indexed ({len(report.failed)} failed), {chunks} chunks")
        typer.echo(f"indexing {index_s:8.1f} s ({report.embedded / index_s:.0f} chunks/s)")
        typer.echo(f"startup  {startup_s:8.1f} s (lexical index, sentences of a small corpus; the model is loaded)")

        asked = questions_from(bot, questions, seed)
        cold, warm, bare = [], [], []
        for latencies in (cold, warm):
            for question in asked:
                started = time.perf_counter()
                bot.ask(question)
                latencies.append((time.perf_counter() - started) * 1000)
                started = time.perf_counter()
                bot.store.search_by_vector(bot.store.embeddings.embed_query(question), settings.top_k)
                bare.append((time.perf_counter() - started) * 1000)
        typer.echo(f"{'':28}{'p50 ms':>10}{'p95 ms':>10}")
        typer.echo(f"{'ask, first time (cold)':28}{percentiles(cold)}")
        typer.echo(f"{'ask, again (warm)':28}{percentiles(warm)}")
        typer.echo(f"{'bare embed + Chroma query':28}{percentiles(bare)}")


if __name__ == "__main__":
    typer.run(main)
