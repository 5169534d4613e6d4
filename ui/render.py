"""Answers as the browser shows them. All HTML escaping of document text happens here.

Document text is data: whatever it holds (`<script>`, `<img onerror=...>`) is shown as characters.
"""

from __future__ import annotations

import html
import re

from assistant.types import Answer, Citation, Passage


def escape_markdown(text: str) -> str:
    """Text for a Markdown bubble whose HTML is shown as characters, never run, and whose image or
    link syntax (`![x](url)`, `[x](url)`) loads nothing."""
    return html.escape(text, quote=False).replace("![", "!\\[").replace("](", "]\\(")


def answer_markdown(answer: Answer) -> str:
    """The chat bubble: the answer with its [n] markers; a refusal is marked as one."""
    if answer.refused:
        return f"⚠️ **Not in the documents.** {escape_markdown(answer.text)}"
    return re.sub(r"\[(\d+)\]", r"**[\1]**", escape_markdown(answer.text))  # citation markers in bold


def place(title: str, section: str, page: int | None) -> str:
    parts = [title, *([section] if section else []), *([f"page {page}"] if page else [])]
    return " · ".join(parts)


def sources_html(answer: Answer) -> str:
    """The sources panel: each citation with its place and its sentence highlighted in its passage;
    for a refusal, the closest passages (not citations)."""
    if answer.refused:
        items = "".join(
            f'<li class="closest"><div class="place">{html.escape(place(p.title, p.section, p.page))}</div>'
            f'<div class="passage">{html.escape(p.text)}</div></li>'
            for p in answer.passages[:3]
        )
        return f'<div class="sources refused"><h4>Closest passages (not citations)</h4><ol>{items}</ol></div>'
    passages = {p.chunk_id: p for p in answer.passages}
    items = "".join(_citation_item(c, passages.get(c.chunk_id)) for c in answer.citations)
    return f'<div class="sources"><h4>Sources</h4><ol>{items}</ol></div>'


def _citation_item(citation: Citation, passage: Passage | None) -> str:
    where = html.escape(place(citation.title, citation.section, citation.page))
    if passage is None or not (passage.start <= citation.start and citation.end <= passage.end):
        context = f"<mark>{html.escape(citation.quote)}</mark>"
    else:
        lo, hi = citation.start - passage.start, citation.end - passage.start
        context = (
            html.escape(passage.text[:lo])
            + f"<mark>{html.escape(passage.text[lo:hi])}</mark>"
            + html.escape(passage.text[hi:])
        )
    return (
        f'<li value="{citation.number}"><div class="place">[{citation.number}] {where} '
        f'<span class="offsets">(characters {citation.start}–{citation.end})</span></div>'
        f'<div class="passage">{context}</div></li>'
    )


def standalone_note(answer: Answer) -> str:
    if answer.standalone_question.strip() == answer.question.strip():
        return ""
    return f"*Understood as:* {escape_markdown(answer.standalone_question)}"


def conversation_markdown(answers: list[Answer]) -> str:
    """The conversation as Markdown with its citations, for download (document text escaped)."""
    e = escape_markdown
    lines = ["# Conversation", ""]
    for answer in answers:
        lines += [f"**You:** {e(answer.question)}", ""]
        if answer.standalone_question != answer.question:
            lines += [f"*(understood as: {e(answer.standalone_question)})*", ""]
        lines += [f"**Assistant:** {e(answer.text)}", ""]
        for c in answer.citations:
            lines.append(f'- [{c.number}] "{e(c.quote)}" — {e(place(c.title, c.section, c.page))}, characters {c.start}-{c.end}')
        if answer.refused:
            lines += [f"- closest: {e(place(p.title, p.section, p.page))}" for p in answer.passages[:3]]
        lines.append("")
    return "\n".join(lines)
