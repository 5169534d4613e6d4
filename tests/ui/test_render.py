"""How answers are shown: document text is data, so every piece of HTML in it is escaped (no server)."""

from __future__ import annotations

import html
import re
from datetime import UTC, datetime

import pytest

from assistant.checking import headline
from assistant.types import Answer, CheckReport, Citation, ClaimCheck, Passage, Verdict
from ui.render import (
    answer_markdown,
    check_html,
    check_markdown,
    conversation_markdown,
    escape_markdown,
    sources_html,
    standalone_note,
)

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(2)>"
HOSTILE = f"The Quokka Treaty, filed as {SCRIPT} and {IMG}, was ratified in 2029."
BEFORE = "Notes on river fisheries & <b>bold</b> claims. "
AFTER = " It covers three rivers."
PASSAGE_TEXT = BEFORE + HOSTILE + AFTER
PASSAGE_START = 1000  # the passage's offset in its document's cleaned text
QUOTE_START = PASSAGE_START + len(BEFORE)


def passage(text: str = PASSAGE_TEXT, *, chunk_id: str = "c1", start: int = PASSAGE_START, **extra) -> Passage:
    fields = {"doc_id": "d1", "source": "/data/uploads/markup.txt", "title": "markup.txt", **extra}
    return Passage(chunk_id=chunk_id, text=text, start=start, end=start + len(text), **fields)


def citation(number: int = 1, quote: str = HOSTILE, start: int = QUOTE_START, **extra) -> Citation:
    fields = {"chunk_id": "c1", "source": "/data/uploads/markup.txt", "title": "markup.txt", **extra}
    return Citation(number=number, quote=quote, start=start, end=start + len(quote), **fields)


def answered(question: str = "When was the Quokka Treaty ratified?", **extra) -> Answer:
    fields = {
        "text": f"{HOSTILE} [1]",
        "citations": [citation()],
        "passages": [passage()],
        "standalone_question": question,
        **extra,
    }
    return Answer(question=question, **fields)


def refused(question: str = f"What about {SCRIPT}?") -> Answer:
    closest = [
        passage(f"Closest {i}: {IMG} near {SCRIPT}", chunk_id=f"c{i}", start=i * 100, section=f"Part {i}", page=i)
        for i in range(1, 5)
    ]
    return Answer(
        question=question,
        text="The indexed documents don't say: the closest passages are only loosely related. "
        "The closest passages are listed below.",
        passages=closest,
        refused=True,
        standalone_question=question,
    )


def assert_inert(output: str) -> None:
    """No tag from the document survives; it is there as escaped characters."""
    assert "<script" not in output.lower() and "<img" not in output.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in output
    assert "&lt;img src=x onerror=alert(2)&gt;" in output


def test_escape_markdown_shows_html_as_characters():
    assert escape_markdown(f"{SCRIPT} {IMG} a & b") == (
        "&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(2)&gt; a &amp; b"
    )


def test_answer_markdown_escapes_document_html_and_bolds_citation_markers():
    out = answer_markdown(answered())
    assert_inert(out)
    assert "was ratified in 2029. **[1]**" in out


def test_quoted_answers_are_shown_as_quotes_with_where_each_is():
    """An extractive answer is verbatim sentences: the bubble shows the direct answer, then each sentence as
    a block quote, then where each [n] is (so the copy button copies quote and citation together)."""
    cited = citation(section="Treaties", paragraph=3, file_line=12, file_start=5, file_end=90)
    out = answer_markdown(answered(text=f"2029 — {HOSTILE} [1]", citations=[cited], lead="2029", quoted=True))
    lead, quote, where = out.split("\n\n")
    assert lead == "**2029**"
    assert quote.startswith("> “") and quote.endswith("” **[1]**") and "&lt;script&gt;" in quote
    assert where == "- [1] markup.txt · Treaties · paragraph 3 · line 12"


def test_a_models_answer_is_not_shown_as_a_quote():
    out = answer_markdown(answered(text="It was ratified in 2029 [1].", quoted=False))
    assert not out.startswith(">") and "2029 **[1]**." in out and out.endswith("- [1] markup.txt")


@pytest.mark.parametrize(
    "question", ["plain question?", f"question with {SCRIPT} and {IMG}?"], ids=["plain", "hostile-question"]
)
def test_sources_html_escapes_everything_from_the_documents(question):
    out = sources_html(answered(question))
    assert_inert(out)
    assert '<div class="sources">' in out and "<h4>Sources</h4>" in out
    assert "&lt;b&gt;bold&lt;/b&gt;" in out and "&amp;" in out  # the rest of the passage, escaped too
    assert "<b>" not in out


def test_sources_html_highlights_the_cited_sentence_inside_its_passage():
    out = sources_html(answered())
    [marked] = re.findall(r"<mark[^>]*>(.*?)</mark>", out, flags=re.S)
    assert html.unescape(marked) == HOSTILE
    # the whole passage is shown, with the quote marked in its place
    passage_div = re.search(r'<blockquote class="passage">(.*?)</blockquote>', out, flags=re.S).group(1)
    assert html.unescape(re.sub(r"</?mark[^>]*>|<sup>\[\d+\]</sup>", "", passage_div)) == PASSAGE_TEXT
    assert passage_div.startswith(html.escape(BEFORE)) and passage_div.endswith(html.escape(AFTER))
    assert "</mark><sup>[1]</sup>" in passage_div  # the highlight carries its citation number
    assert "characters" not in out  # a reader's location, not offsets into the cleaned text
    assert '<li value="1">' in out and "[1] markup.txt" in out


def test_sources_html_shows_a_passage_once_with_each_of_its_citations_numbered():
    answer = answered(
        text=f"{HOSTILE} [1] It covers three rivers. [2]",
        citations=[
            citation(section="Treaties", page=4),
            citation(2, quote="It covers three rivers.", start=QUOTE_START + len(HOSTILE) + 1, page=4),
        ],
        passages=[passage(section="Treaties", page=4)],
    )
    out = sources_html(answer)
    assert "[1] [2] markup.txt · Treaties · page 4" in out and out.count('<blockquote class="passage">') == 1
    assert [html.unescape(m) for m in re.findall(r"<mark[^>]*>(.*?)</mark>", out)] == [
        HOSTILE,
        "It covers three rivers.",
    ]


def test_sources_html_marks_the_quote_alone_when_its_passage_is_missing():
    out = sources_html(answered(passages=[]))
    assert_inert(out)
    [marked] = re.findall(r"<mark[^>]*>(.*?)</mark>", out, flags=re.S)
    assert html.unescape(marked) == HOSTILE


def test_refusal_is_marked_and_lists_the_closest_passages_not_citations():
    answer = refused()
    bubble = answer_markdown(answer)
    assert bubble.startswith("⚠️ **Not in the documents.**")
    assert "The indexed documents don't say" in bubble
    out = sources_html(answer)
    assert_inert(out)
    assert 'class="sources refused"' in out and "Closest passages (not citations)" in out
    assert "<mark" not in out and "Sources</h4>" not in out
    assert out.count('<li class="closest">') == 3  # the three closest, not all four
    assert "markup.txt · Part 1 · page 1" in out and "Part 4" not in out


def test_standalone_note_only_when_the_question_was_rewritten_and_escaped():
    assert standalone_note(answered()) == ""
    note = standalone_note(answered("When was it adopted?", standalone_question=f"When was {SCRIPT} adopted?"))
    assert note.startswith("*Understood as:*")
    assert "<script" not in note and "&lt;script&gt;" in note


WHEN = datetime(2026, 11, 29, 9, 30, tzinfo=UTC)


def export(answers: list[Answer]) -> str:
    return conversation_markdown(answers, ["markup.txt", "brief.pdf"], WHEN)


def test_conversation_markdown_keeps_questions_answers_and_citations():
    cited = citation(paragraph=2, file_line=7, file_start=40, file_end=140)
    out = export([answered(citations=[cited]), refused("What is a good recipe for pancakes?")])
    assert out.startswith("# Conversation\n\nExported 2026-11-29 09:30 UTC.")
    assert "Documents searched:\n- markup.txt\n- brief.pdf" in out
    assert "**You:** When was the Quokka Treaty ratified?" in out
    assert "— markup.txt · paragraph 2 · line 7, characters 40–140 of the file" in out
    assert "**You:** What is a good recipe for pancakes?" in out


def test_exported_refusals_keep_their_label_and_closest_passages():
    out = export([refused("What is a good recipe for pancakes?")])
    assert "**Assistant:** Not in the documents. The indexed documents don't say" in out
    assert "Closest passages (not citations):" in out
    assert out.count("- markup.txt · Part") == 3 and "Closest 1:" in out


def test_conversation_markdown_escapes_document_html():
    out = export([answered(f"Tell me about {IMG}", standalone_question=f"Tell me about {SCRIPT}")])
    assert_inert(out)


@pytest.mark.parametrize("reason", ['the documents never mention "Norway"', "no passage of the documents is about it"])
def test_a_claim_not_found_says_not_in_the_documents_once(reason):
    check = ClaimCheck(text="X was launched by Norway.", start=0, end=25, verdict=Verdict.NOT_FOUND, reason=reason)
    answer = refused("Was X launched by Norway?").model_copy(update={"check": check, "text": headline(check)})
    bubble = answer_markdown(answer)
    assert bubble.count("Not in the documents") == 1 and reason[1:] in bubble
    assert export([answer]).count("Not in the documents") == 1


@pytest.mark.parametrize(("n", "said"), [(1, "1 sentence"), (2, "2 sentences"), (3, "3 sentences")])
def test_the_check_report_counts_its_sentences_in_words_that_agree(n, said):
    claims = [ClaimCheck(text="X.", start=0, end=2, verdict=Verdict.NOT_FOUND, reason="not said") for _ in range(n)]
    report = CheckReport(text="X. " * n, claims=claims)
    assert f"{said}:" in check_html(report)
    assert f"{said} checked:" in check_markdown(report)
