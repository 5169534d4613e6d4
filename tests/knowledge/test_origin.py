"""A citation's place in the original file: for text formats every sentence carries its offsets and line
in the file as written, and the file's text there is the sentence but for the cleaning of line breaks,
spaces and hyphens."""

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from knowledge.chunking import ChunkingConfig, chunk_document
from knowledge.embeddings import count_tokens, vocabulary_file
from knowledge.loaders import english_words, load_document
from knowledge.origin import OriginMap
from tests.conftest import CHAPTER

pytestmark = pytest.mark.fast
WORDS = english_words(vocabulary_file())


def _same_but_cleaning(original: str, cleaned: str) -> bool:
    return re.sub(r"[\s\-]+", "", original) == re.sub(r"[\s\-]+", "", cleaned)


def assert_origins_hold(path: Path) -> int:
    doc = load_document(path, 10_000_000, WORDS)
    original = path.read_text(encoding="utf-8-sig")
    chunks = chunk_document(doc, count_tokens, ChunkingConfig())
    checked = 0
    for chunk in chunks:
        assert len(chunk.origins) == len(chunk.sentences)
        for (start, end), (file_start, file_end, line) in zip(chunk.sentences, chunk.origins, strict=True):
            quote = doc.text[start:end]
            written = original[file_start:file_end]
            assert _same_but_cleaning(written, quote), (written, quote)
            assert written[0] == quote[0] and written[-1] == quote[-1]
            assert line == original.count("\n", 0, file_start) + 1
            checked += 1
    return checked


def test_every_sentence_of_the_bundled_chapter_points_into_the_file():
    assert assert_origins_hold(CHAPTER) > 30


def test_paragraphs_are_numbered_in_reading_order(tmp_path):
    path = tmp_path / "notes.md"
    path.write_text("# Title\n\nFirst paragraph here.\n\n- An item of a list.\n- Another item.\n\nLast one.\n")
    doc = load_document(path, 10_000_000, WORDS)
    chunks = chunk_document(doc, count_tokens, ChunkingConfig())
    assert [(c.text, c.paragraph) for c in chunks] == [
        ("First paragraph here.", 1),
        ("An item of a list.", 2),
        ("Another item.", 3),
        ("Last one.", 4),
    ]
    assert [c.origins[0][2] for c in chunks] == [3, 5, 6, 8]


_word = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=9)


@st.composite
def wrapped_files(draw):
    """Text files as people and exporters write them: wrapped lines, indentation, soft hyphens across
    line ends, bullets, Markdown headings, runs of spaces and blank lines."""
    paragraphs = []
    for _ in range(draw(st.integers(1, 5))):
        words = draw(st.lists(_word, min_size=3, max_size=40))
        sentence_text = " ".join(words).capitalize() + "."
        lines, line = [], ""
        for token in sentence_text.split(" "):
            if len(line) + len(token) > draw(st.integers(20, 60)) and line:
                if draw(st.booleans()) and len(token) > 4:  # hyphenate across the line end
                    cut = len(token) // 2
                    lines.append(f"{line} {token[:cut]}-")
                    line = token[cut:]
                    continue
                lines.append(line)
                line = token
            else:
                line = f"{line}{draw(st.sampled_from([' ', '  ']))}{token}" if line else token
        lines.append(line)
        prefix = draw(st.sampled_from(["", "", "- ", "* ", "  "]))
        paragraphs.append(prefix + f"{draw(st.sampled_from([' ', '  ', '']))}\n".join(lines))
    heading = draw(st.sampled_from(["", "# Notes on policy\n\n", "SUMMARY\n\n"]))
    return heading + draw(st.sampled_from(["\n\n", "\n \n", "\n\n\n"])).join(paragraphs) + "\n"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=wrapped_files())
def test_generated_files_keep_their_origins(tmp_path, text):
    path = tmp_path / "generated.txt"
    path.write_text(text, encoding="utf-8")
    assert assert_origins_hold(path) >= 1


def test_texts_that_do_not_align_have_no_origin():
    origins = OriginMap("abc", "abd")
    assert not origins.aligned and origins.span(0, 2) is None


def test_html_and_docx_citations_carry_heading_and_paragraph_but_no_file_offsets(tmp_path):
    import docx

    page = tmp_path / "brief.html"
    page.write_text("<h1>Findings</h1><p>The first finding is short.</p><ul><li>A listed point.</li></ul>")
    word = tmp_path / "brief.docx"
    document = docx.Document()
    document.add_heading("Findings", level=1)
    document.add_paragraph("The first finding is short.")
    document.add_paragraph("A second paragraph follows.")
    document.save(word)
    for path, expected in [
        (page, [("Findings", 1, "The first finding is short."), ("Findings", 2, "A listed point.")]),
        (word, [("Findings", 1, "The first finding is short."), ("Findings", 2, "A second paragraph follows.")]),
    ]:
        chunks = chunk_document(load_document(path, 10_000_000, WORDS), count_tokens, ChunkingConfig())
        assert [(c.section, c.paragraph, c.text) for c in chunks] == expected
        assert all(c.origins == () for c in chunks)


_MARKS = [("**", "**"), ("*", "*"), ("_", "_"), ("`", "`"), ("[", "](https://example.org/page)")]  # a link shows
# its address after its text


@st.composite
def marked_up_markdown(draw):
    """Markdown paragraphs and items whose words carry inline markup: strong, emphasis, code, links."""
    paragraphs, plain = [], []
    for _ in range(draw(st.integers(1, 4))):
        words = draw(st.lists(_word, min_size=3, max_size=20))
        words[0] = words[0].capitalize()
        marks = [draw(st.sampled_from([("", ""), ("", ""), *_MARKS])) for _ in words]
        prefix = draw(st.sampled_from(["", "- "]))
        paragraphs.append(prefix + " ".join(f"{o}{w}{c}" for w, (o, c) in zip(words, marks, strict=True)) + ".")
        shown = [f"{w} (https://example.org/page)" if o == "[" else w for w, (o, _) in zip(words, marks, strict=True)]
        plain.append(" ".join(shown) + ".")
    return "# Notes\n\n" + "\n\n".join(paragraphs) + "\n", plain


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(case=marked_up_markdown())
def test_markdown_reads_as_rendered_and_keeps_its_origins(tmp_path, case):
    """A Markdown document's text is what it shows ("**Brenholt Hospital**" reads "Brenholt Hospital"), and
    every sentence still points at its place in the file."""
    text, plain = case
    path = tmp_path / "report.md"
    path.write_text(text, encoding="utf-8")
    doc = load_document(path, 10_000_000, WORDS)
    assert [doc.text[b.start : b.end] for b in doc.blocks if b.kind != "heading"] == plain
    chunks = chunk_document(doc, count_tokens, ChunkingConfig())
    for chunk in chunks:
        for (start, end), (file_start, file_end, _) in zip(chunk.sentences, chunk.origins, strict=True):
            written = re.sub(r"[*_`\[\]]", "", text[file_start:file_end]).replace("(", " (")
            assert written.split() == doc.text[start:end].split()
