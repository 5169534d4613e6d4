import itertools
from pathlib import Path

from knowledge.chunking import ChunkingConfig, chunk_document
from knowledge.embeddings import MAX_SEQ_TOKENS, count_tokens, sentence_model, vocabulary_file
from knowledge.language import sentence_spans
from knowledge.loaders import english_words, load_document
from tests.conftest import CHAPTER

WORDS = english_words(vocabulary_file())


def chunks_of(path: Path, config: ChunkingConfig = ChunkingConfig()):
    doc = load_document(path, 10_000_000, WORDS)
    return doc, chunk_document(doc, count_tokens, config)


def long_document(tmp_path: Path) -> Path:
    sentences = [
        f"Sentence number {i} says that migration policy item {i} was discussed by {i % 7 + 2} States in 20{i % 20:02d}."
        for i in range(120)
    ]
    giant = "This single sentence is far too long " + "and keeps going " * 150 + "until it ends."
    path = tmp_path / "long.txt"
    path.write_text("POLICY NOTES\n\n" + " ".join(sentences) + "\n\n" + giant + "\n")
    return path


def test_chapter_key_points_are_chunks_with_their_section():
    _doc, chunks = chunks_of(CHAPTER)
    key_points = [c for c in chunks if c.kind == "list_item"]
    assert len(key_points) == 8
    assert {c.section for c in key_points} == {"KEY POINTS"}
    assert key_points[2].text.startswith("Mini-multilateralism")


def test_chunks_never_exceed_the_model_limit(tmp_path: Path):
    model = sentence_model()
    tokenizer = model.tokenizer  # the model's own tokenizer
    for path in (CHAPTER, long_document(tmp_path)):
        _, chunks = chunks_of(path)
        assert chunks
        for chunk in chunks:
            assert len(tokenizer(chunk.text)["input_ids"]) <= min(200, MAX_SEQ_TOKENS)
    assert model.max_seq_length <= MAX_SEQ_TOKENS


def test_offsets_slice_the_cleaned_text_exactly(tmp_path: Path):
    for path in (CHAPTER, long_document(tmp_path)):
        doc, chunks = chunks_of(path)
        for chunk in chunks:
            assert doc.text[chunk.start : chunk.end] == chunk.text
            for (start, end), sentence in zip(chunk.sentences, chunk.sentence_texts(), strict=True):
                assert doc.text[start:end] == sentence == sentence.strip()
                assert chunk.start <= start < end <= chunk.end


def test_chunk_boundaries_fall_between_sentences(tmp_path: Path):
    doc, chunks = chunks_of(long_document(tmp_path))
    boundaries = {s for b in doc.blocks for s, _ in sentence_spans(doc.text, b.start, b.end)}
    boundaries |= {e for b in doc.blocks for _, e in sentence_spans(doc.text, b.start, b.end)}
    giant_start = doc.text.index("This single sentence is far too long")
    normal = [c for c in chunks if c.start < giant_start]
    assert len(normal) > 3
    for chunk in normal:  # (a sentence longer than a whole chunk is the one thing cut at words)
        assert chunk.start in boundaries and chunk.end in boundaries
    assert any(c.start >= giant_start for c in chunks)


def test_overlap_is_whole_sentences(tmp_path: Path):
    _, chunks = chunks_of(long_document(tmp_path), ChunkingConfig(max_tokens=120, overlap_sentences=1))
    policy = [c for c in chunks if c.text.startswith("Sentence number")]
    assert len(policy) > 3
    for first, second in itertools.pairwise(policy):
        assert first.sentences[-1] == second.sentences[0]


def test_chunk_ids_are_stable():
    _, first = chunks_of(CHAPTER)
    _, second = chunks_of(CHAPTER)
    assert [c.id for c in first] == [c.id for c in second]
    assert len({c.id for c in first}) == len(first)
