"""Scale benchmark: indexing, start-up, `ask` and memory on a corpus far larger than the bundled chapter.

For each corpus (a generated one of about `--chunks` chunks; the Python documentation's HTML from Debian's
`python3-doc` with `--python-docs`; any folder with `--docs DIR`) and each store (Chroma embedded, and a
`chroma run` server with `--server`), in one run:
- indexing: chunks per second, against a bare `model.encode` of a sample of the same chunk texts in this
  process (the ratio is the pipeline's share of the model's throughput; it also parses every sentence);
- serving, in a fresh process (`eval.scale_probe`): start-up (imports, model, the saved lexical index), `ask`
  p50/p95 the first time each question is asked and again, each against the bare floor (the question
  embedded + the Chroma query), and the process's peak RSS.
Nothing is asserted: the numbers are for reading (README, "Speed at scale").

The generated corpus is deterministic (`--seed`): paragraphs of sentences drawn from the bundled chapter's
words with a few words of the model's vocabulary mixed in, so word frequencies look like real prose and
every document differs. Each question is made of words of one stored sentence.

    python -m eval.scale_benchmark [--chunks N] [--python-docs] [--docs DIR] [--server] [--questions N]
    (or: make bench-scale ARGS="..."; 10,000 generated chunks take about 15 minutes here)
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

import numpy as np
import typer

from assistant import Settings
from assistant.knowledge_base import indexing, open_store
from knowledge.embeddings import sentence_model, vocabulary_file
from knowledge.indexing import bundled_documents
from knowledge.language import analyse
from knowledge.loaders import english_words
from knowledge.terms import words
from ui.process import running_chroma

PYTHON_DOCS = Path("/usr/share/doc/python3.11/html")  # Debian's python3-doc (python3.11-doc): 530 pages, ~70k chunks
PARAGRAPHS_PER_CHUNK = 1.0  # a generated paragraph (3-6 sentences of 10-25 words) makes about one chunk


def generate_corpus(folder: Path, chunks: int, seed: int, paragraphs: int = 40) -> list[Path]:
    """Text files of `paragraphs` paragraphs each (3 to 6 sentences of 10 to 25 words), about `chunks` chunks."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    prose = [w for path in bundled_documents() for w in words(path.read_text(encoding="utf-8"))]
    vocabulary = sorted(english_words(vocabulary_file()))
    paths = []
    for d in range(max(1, round(chunks / (paragraphs * PARAGRAPHS_PER_CHUNK)))):
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
        path = folder / f"generated-{d:05d}.txt"
        path.write_text(f"Generated document {d}\n\n" + "\n\n".join(body) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def percentiles(values: list[float]) -> str:
    return f"{np.percentile(values, 50):10.1f}{np.percentile(values, 95):10.1f}"


def bare_encode_rate(texts: list[str]) -> float:
    """Chunks per second of the bare model encoding `texts` (as the indexer batches them)."""
    model = sentence_model()
    model.encode(texts[:8])
    started = time.perf_counter()
    model.encode(texts, batch_size=32, normalize_embeddings=True)
    return len(texts) / (time.perf_counter() - started)


def probe(settings: Settings, questions: list[str], folder: Path) -> dict:
    """Serve the index from a fresh process and ask `questions` there (see `eval.scale_probe`)."""
    questions_file = folder / "questions.txt"
    questions_file.write_text("\n".join(questions) + "\n", encoding="utf-8")
    env = {**os.environ, "ASSISTANT_DATA_DIR": str(settings.data_dir)}
    env.pop("ASSISTANT_CHROMA_URL", None)
    if settings.chroma_url:
        env["ASSISTANT_CHROMA_URL"] = settings.chroma_url
    done = subprocess.run(
        [sys.executable, "-m", "eval.scale_probe", "--questions", str(questions_file)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def run(name: str, paths: list[Path], server: bool, questions: int, seed: int, folder: Path) -> None:
    with ExitStack() as stack:
        url = None
        if server:
            (folder / "server").mkdir(parents=True, exist_ok=True)
            url, _process = stack.enter_context(running_chroma(folder / "server"))
        settings = Settings(data_dir=folder / "data", chroma_url=url)
        sentence_model(), analyse("The model and the parser load before the clock starts.", [(0, 20)])
        started = time.perf_counter()
        with indexing(settings, progress=False) as indexer:
            report = indexer.index(paths)
        index_s = time.perf_counter() - started
        chunks = open_store(settings).chunks()
        rng = random.Random(seed)
        sample = [c.text for c in rng.sample(chunks, min(1000, len(chunks)))]
        bare_rate = bare_encode_rate(sample)
        picked = [rng.choice(chunks) for _ in range(questions)]
        asked = [
            " ".join(rng.sample(ws, min(8, len(ws)))) + "?" for ws in (words(c.sentence_texts()[0]) for c in picked)
        ]
        served = probe(settings, asked, folder)

    store = "Chroma server" if server else "Chroma embedded"
    rate = len(chunks) / index_s
    typer.echo(
        f"\n## {name}, {store}: {len(report.indexed)} documents ({len(report.failed)} failed), {len(chunks):,} chunks"
    )
    typer.echo(
        f"indexing        {index_s:8.1f} s  {rate:6.1f} chunks/s; bare encode {bare_rate:6.1f} chunks/s: ratio {rate / bare_rate:.2f} (target >= 0.85)"
    )
    typer.echo(f"start-up        {served['startup_s']:8.1f} s  (fresh process: imports, model, saved lexical index)")
    typer.echo(
        f"RSS             {served['rss_mb']:8.0f} MB at peak, {served['startup_rss_mb']:.0f} MB after start-up "
        "(target: peak <= 4096 at 100,000 chunks)"
    )
    typer.echo(f"{'':28}{'p50 ms':>10}{'p95 ms':>10}")
    typer.echo(f"{'ask, first time (cold)':28}{percentiles(served['cold_ms'])}")
    typer.echo(f"{'ask, again (warm)':28}{percentiles(served['warm_ms'])}")
    typer.echo(f"{'bare embed + Chroma query':28}{percentiles(served['bare_ms'])}")
    floor = np.percentile(served["bare_ms"], 50)
    typer.echo(
        f"ask p50 / bare p50: cold {np.percentile(served['cold_ms'], 50) / floor:.2f}, "
        f"warm {np.percentile(served['warm_ms'], 50) / floor:.2f} (target <= 3 at 100,000 chunks)"
    )


def main(
    chunks: int = typer.Option(2000, min=0, help="Chunks of generated text (0: none)."),
    python_docs: bool = typer.Option(False, "--python-docs", help=f"Also index the Python docs ({PYTHON_DOCS})."),
    docs: Path | None = typer.Option(None, help="Also index this folder."),
    server: bool = typer.Option(False, "--server", help="Also measure each corpus on a `chroma run` server."),
    questions: int = typer.Option(30, min=1, help="Questions asked, each twice (cold, then warm)."),
    seed: int = typer.Option(0, help="Seed of the generated corpus and the questions."),
) -> None:
    with tempfile.TemporaryDirectory(prefix="assistant-scale-") as tmp:
        corpora: list[tuple[str, list[Path]]] = []
        if chunks:
            corpora.append((f"generated (~{chunks:,} chunks)", generate_corpus(Path(tmp) / "corpus", chunks, seed)))
        if python_docs:
            if not PYTHON_DOCS.is_dir():
                raise typer.BadParameter(f"{PYTHON_DOCS} is missing: apt-get install python3-doc")
            pages = sorted(PYTHON_DOCS.rglob("*.html"))  # not its _sources/ (the same pages as reST text)
            corpora.append((f"Python documentation ({len(pages)} HTML pages of python3-doc)", pages))
        if docs:
            corpora.append((str(docs), [docs]))
        for number, (name, paths) in enumerate(corpora):
            for on_server in (False, True) if server else (False,):
                run(name, paths, on_server, questions, seed, Path(tmp) / f"run-{number}-{int(on_server)}")


if __name__ == "__main__":
    typer.run(main)
