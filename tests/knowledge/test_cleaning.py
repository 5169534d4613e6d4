from pathlib import Path

from knowledge.cleaning import clean_lines
from knowledge.embeddings import vocabulary_file
from knowledge.loaders import english_words, load_document
from tests.conftest import CHAPTER

WORDS = english_words(vocabulary_file())


def chapter():
    return load_document(CHAPTER, 10_000_000, WORDS)


def test_chapter_key_points_are_separate_list_items_under_their_heading():
    doc = chapter()
    kinds = [b.kind for b in doc.blocks]
    heading = kinds.index("heading")
    assert doc.text[doc.blocks[heading].start : doc.blocks[heading].end] == "KEY POINTS"
    items = [b for b in doc.blocks if b.kind == "list_item"]
    assert len(items) == 8  # the seed text holds eight bulleted key points
    texts = [doc.text[b.start : b.end] for b in items]
    assert texts[0].startswith("In the face of global cooperation")
    assert texts[-1].endswith("the most promising path towards global migration governance.")
    assert all(b.start > doc.blocks[heading].end for b in items)


def test_chapter_paragraphs_are_whole_and_hyphenation_is_repaired():
    text = chapter().text
    assert "mini-multilateralism processes" in text
    assert "mini- multilateralism" not in text and "minimultilateralism" not in text
    assert "global-level dialogues" in text
    for block in chapter().blocks:
        assert "\n" not in text[block.start : block.end]
        assert "  " not in text[block.start : block.end]


def test_sentence_broken_by_blank_lines_is_joined():
    assert "devoted to an examination of (1) key dialogues and initiatives" in chapter().text


def test_soft_hyphens_are_removed_and_real_ones_kept():
    blocks = clean_lines([(None, "The govern-\nance of the Nansen-\nInitiative is a\nglobal-\nlevel matter.\n")], WORDS)
    assert [b.text for b in blocks] == ["The governance of the Nansen-Initiative is a global-level matter."]


def test_bullets_headings_and_markdown_become_units():
    text = "# Results\n\nIntro line one\nand two.\n\n- first item\n- second item\n  continues here.\n\n• third item.\n"
    blocks = clean_lines([(None, text)], WORDS)
    assert [(b.kind, b.text) for b in blocks] == [
        ("heading", "Results"),
        ("paragraph", "Intro line one and two."),
        ("list_item", "first item"),
        ("list_item", "second item continues here."),
        ("list_item", "third item."),
    ]


def test_page_numbers_and_running_headers_are_dropped_and_pages_rejoined():
    pages = [
        (n, f"WORLD MIGRATION REPORT\n{body}\n{n}")
        for n, body in enumerate(
            ["The first page ends in the middle of a", "sentence that goes on. A new one.", "Last page."], 1
        )
    ]
    blocks = clean_lines(pages, WORDS)
    assert [(b.text, b.page) for b in blocks] == [
        ("The first page ends in the middle of a sentence that goes on. A new one.", 1),
        ("Last page.", 3),
    ]


def test_cleaned_document_keeps_offsets_of_blocks(tmp_path: Path):
    path = tmp_path / "a.txt"
    path.write_text("TITLE\n\nOne para\ngraph.\n\nTwo.\n")
    doc = load_document(path, 10_000, WORDS)
    assert [doc.text[b.start : b.end] for b in doc.blocks] == ["TITLE", "One para graph.", "Two."]


def test_numbered_items_without_full_stops_stay_apart():
    """ "1. Brennford, with 1,906 applications" / "2. Oakhollow, ...": a numbered line after an item opens the next
    item, though the item before has no full stop; a wrapped line of prose is still joined."""
    text = "The towns were:\n\n1. Brennford, with 1,906 applications\n2. Oakhollow, with 1,124 applications\n"
    text += "3. Tarrow Bridge, with 803 applications\n\nThe total was\n42 in all.\n"
    blocks = clean_lines([(None, text)], WORDS)
    assert [(b.kind, b.text) for b in blocks] == [
        ("paragraph", "The towns were:"),
        ("list_item", "1. Brennford, with 1,906 applications"),
        ("list_item", "2. Oakhollow, with 1,124 applications"),
        ("list_item", "3. Tarrow Bridge, with 803 applications"),
        ("paragraph", "The total was 42 in all."),
    ]
