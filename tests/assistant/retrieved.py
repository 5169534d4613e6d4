"""Retrieved sentences built from text for the answering tests: a table's rows as the indexer reads them."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from assistant.sentences import ScoredSentence
from assistant.types import Passage
from knowledge.tables import analyse_table


def table_rows(
    lines: list[str],
    chunk: str = "t1",
    scores: Sequence[float] | None = None,
    vectors: Sequence[np.ndarray] | None = None,
) -> list[ScoredSentence]:
    """A table's rows (the header first, cells between pipes as the indexer keeps them) as the retrieved sentences
    of one passage, in table order; by default each scores a little less than the one before and has a vector of
    its own."""
    text = "\n".join(lines)
    spans, position = [], 0
    for line in lines:
        spans.append((position, position + len(line)))
        position += len(line) + 1
    facts = analyse_table(text, spans)
    passage = Passage(chunk_id=chunk, doc_id="d", text=text, source="r.md", title="r", start=0, end=len(text))
    passage = passage.model_copy(update={"sentences": tuple(spans), "facts": tuple(facts)})
    scores = scores if scores is not None else [0.5 - i / 100 for i in range(len(lines))]
    vectors = vectors if vectors is not None else [np.ones(3) * (i + 1) for i in range(len(lines))]
    return [
        ScoredSentence(passage, s, e, text[s:e], 0.5, 0.5, score, vector, f)
        for (s, e), f, score, vector in zip(spans, facts, scores, vectors, strict=True)
    ]
