from pathlib import Path

import pytest

from knowledge.embeddings import vocabulary_file
from knowledge.errors import DocumentError
from knowledge.loaders import english_words, load_document
from tests.knowledge.documents import make_docx, make_pdf

WORDS = english_words(vocabulary_file())
LIMIT = 10_000_000


def test_pdf_keeps_page_numbers_and_joins_wrapped_lines(tmp_path: Path):
    long = "The Global Compact for Migration was adopted in Marrakesh in December 2018. " * 3
    path = make_pdf(
        tmp_path / "report.pdf",
        ["INTRODUCTION\n" + long, "SECOND PART\nRefugees are protected by the 1951 Convention."],
    )
    doc = load_document(path, LIMIT, WORDS)
    assert doc.pages == 2
    paragraphs = [b for b in doc.blocks if b.kind != "heading"]
    assert [b.page for b in paragraphs] == [1, 2]
    first = doc.text[paragraphs[0].start : paragraphs[0].end]
    assert first == long.strip()  # fpdf2 wrapped it over several lines; cleaning made it whole
    assert [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "heading"] == ["INTRODUCTION", "SECOND PART"]


def test_docx_headings_paragraphs_and_list_items(tmp_path: Path):
    path = make_docx(
        tmp_path / "notes.docx", "Findings", ["IOM joined the UN in 2016."], ["First point.", "Second point."]
    )
    doc = load_document(path, LIMIT, WORDS)
    assert [(b.kind, doc.text[b.start : b.end]) for b in doc.blocks] == [
        ("heading", "Findings"),
        ("paragraph", "IOM joined the UN in 2016."),
        ("list_item", "First point."),
        ("list_item", "Second point."),
    ]


def test_html_drops_scripts_and_keeps_structure(tmp_path: Path):
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>x</title><script>alert(1)</script></head><body>"
        "<h2>Facts</h2><p>The compact is <b>not</b>\n legally binding.</p><ul><li>One.</li></ul></body></html>"
    )
    doc = load_document(path, LIMIT, WORDS)
    assert [(b.kind, doc.text[b.start : b.end]) for b in doc.blocks] == [
        ("heading", "Facts"),
        ("paragraph", "The compact is not legally binding."),
        ("list_item", "One."),
    ]
    assert "alert" not in doc.text


def test_markdown_headings_name_sections(tmp_path: Path):
    path = tmp_path / "notes.md"
    path.write_text("# Compacts\n\nThere are two global\ncompacts.\n")
    doc = load_document(path, LIMIT, WORDS)
    assert doc.text == "Compacts\n\nThere are two global compacts."


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"  \n\n", "empty"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("latin1.txt", "Caf\xe9 society.".encode("latin-1"), "UTF-8"),
        ("broken.pdf", b"%PDF-1.4\nthis is not really a pdf", "PDF"),
        ("broken.docx", b"PK\x03\x04 not a zip", "DOCX"),
        ("image.png", b"\x89PNG", "unsupported file type"),
    ],
)
def test_bad_files_raise_one_clear_line(tmp_path: Path, name: str, content: bytes, message: str):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(DocumentError) as caught:
        load_document(path, LIMIT, WORDS)
    text = str(caught.value)
    assert message in text and str(path) in text and "\n" not in text


def test_encrypted_pdf_is_refused_with_a_remedy(tmp_path: Path):
    path = make_pdf(tmp_path / "secret.pdf", ["Hidden text."], password="pw")
    with pytest.raises(DocumentError, match="encrypted"):
        load_document(path, LIMIT, WORDS)


def test_file_over_the_size_limit_is_refused(tmp_path: Path):
    path = tmp_path / "big.txt"
    path.write_text("word " * 1000)
    with pytest.raises(DocumentError, match=r"over the .* limit.*ASSISTANT_MAX_FILE_MB"):
        load_document(path, 1000, WORDS)


@pytest.mark.parametrize(
    "title", ["The Harbour Plan 2021-2024: Welcoming Newcomers", "Annual Review of the Delta Fund"]
)
def test_a_document_opening_with_a_heading_is_titled_by_it(tmp_path: Path, title: str):
    """The heading a document opens with is its own title (what every passage of it is about); a document
    opening with text has none."""
    titled = tmp_path / "brief.md"
    titled.write_text(f"# {title}\n\n## Background\n\nThe city opened five centres.\n", encoding="utf-8")
    plain = tmp_path / "notes.md"
    plain.write_text(f"The city opened five centres.\n\n## {title}\n\nMore text here.\n", encoding="utf-8")
    assert load_document(titled, LIMIT, WORDS).heading == title
    assert load_document(plain, LIMIT, WORDS).heading == ""


@pytest.mark.parametrize(
    "front",
    [
        ["Republic of Norland — National Audit Office"],
        ["Policy brief prepared by the Office for Inclusion, City of Harbourg, January 2025", "Report No. 7/2024"],
    ],
)
def test_the_short_lines_between_a_title_and_the_first_section_belong_to_the_title(tmp_path: Path, front):
    """A subtitle or the publisher under the title is front matter: what every passage of the document is set in."""
    title = "Review of the Delta Fund"
    path = tmp_path / "review.md"
    lines = "\n\n".join(f"**{line}**" for line in front)  # set apart as Markdown authors do
    path.write_text(f"# {title}\n\n{lines}\n\n## Background\n\nThe fund opened in 2021.\n", encoding="utf-8")
    assert load_document(path, LIMIT, WORDS).heading.split() == " ".join([title, *front]).split()
    body = " ".join(["The fund opened five centres in the city and trained staff."] * 5)  # a paragraph, not a line
    path.write_text(f"# {title}\n\n{body}\n\n## Background\n\nThe fund opened in 2021.\n", encoding="utf-8")
    assert load_document(path, LIMIT, WORDS).heading == title
    path.write_text(f"# {title}\n\n{lines}\n", encoding="utf-8")  # no section follows: the text is the body
    assert load_document(path, LIMIT, WORDS).heading == title
