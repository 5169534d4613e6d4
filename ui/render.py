"""Answers as the browser shows them. All HTML escaping of document text happens here.

Document text is data: whatever it holds (`<script>`, `<img onerror=...>`) is shown as characters.
"""

from __future__ import annotations

import html
import re
from datetime import datetime

from assistant.types import Answer, CheckReport, Citation, ClaimCheck, Passage, Verdict


def escape_markdown(text: str) -> str:
    """Text for a Markdown bubble whose HTML is shown as characters, never run, and whose image or
    link syntax (`![x](url)`, `[x](url)`) loads nothing."""
    return html.escape(text, quote=False).replace("![", "!\\[").replace("](", "]\\(")


def answer_markdown(answer: Answer) -> str:
    """The chat bubble. Quotes are shown as quotes (a block quote per cited sentence, after the direct
    answer or verdict), and every bubble ends with where each [n] is, so copying it copies the quote with
    its document, section and page or paragraph. A refusal is marked as one."""
    if answer.refused:
        return f"⚠️ **Not in the documents.** {escape_markdown(refusal_reason(answer))}"
    if answer.quoted:
        lead = [f"**{escape_markdown(answer.lead)}**"] if answer.lead else []
        body = [*lead, *(f"> “{escape_markdown(c.quote)}” **[{c.number}]**" for c in answer.citations)]
    else:
        body = [re.sub(r"\[(\d+)\]", r"**[\1]**", escape_markdown(answer.text))]  # citation markers in bold
    where = "\n".join(f"- [{c.number}] {escape_markdown(c.location)}" for c in answer.citations)
    return "\n\n".join([*body, *([where] if where else [])])


def refusal_reason(answer: Answer) -> str:
    """Why a refused answer was refused, said once: a claim's "not found" verdict gives its reason alone
    (its headline would say "Not in the documents" a second time after the label)."""
    check = answer.check
    if check is None or check.verdict is not Verdict.NOT_FOUND:
        return answer.text
    reason = check.reason.rstrip(".")
    return f"{reason[:1].upper()}{reason[1:]}."


EMPTY_SOURCES = (
    '<div class="sources"><h4>Sources</h4><p class="hint">The sentences each answer rests on appear here, '
    "highlighted in their passages. Click an earlier answer to see its sources again.</p></div>"
)


def sources_html(answer: Answer, number: int | None = None) -> str:
    """The sources panel: each citation with its place and its sentence highlighted in its passage;
    for a refusal, the closest passages (not citations). `number`: the answer's place in the conversation."""
    of = f" of answer {number}" if number else ""
    if answer.refused:
        items = "".join(
            f'<li class="closest"><div class="place">{html.escape(p.location)}</div>'
            f'<div class="passage">{html.escape(p.text)}</div></li>'
            for p in answer.passages[:3]
        )
        return f'<div class="sources refused"><h4>Closest passages{of} (not citations)</h4><ol>{items}</ol></div>'
    passages = {p.chunk_id: p for p in answer.passages}
    groups: dict[str, list[Citation]] = {}  # citations of one passage are shown in that passage once
    for citation in answer.citations:
        groups.setdefault(citation.chunk_id, []).append(citation)
    items = "".join(_passage_item(cited, passages.get(chunk_id)) for chunk_id, cited in groups.items())
    return f'<div class="sources"><h4>Sources{of}</h4><ol>{items}</ol></div>'


def _passage_item(citations: list[Citation], passage: Passage | None) -> str:
    """One passage with each of its cited sentences highlighted and numbered."""
    first = citations[0]
    numbers = " ".join(f"[{c.number}]" for c in citations)
    inside = [c for c in citations if passage is not None and passage.start <= c.start and c.end <= passage.end]
    if passage is None or len(inside) < len(citations):
        context = " … ".join(f"{_mark(c)}{html.escape(c.quote)}</mark><sup>[{c.number}]</sup>" for c in citations)
    else:
        parts, cursor = [], 0
        for c in sorted(inside, key=lambda c: c.start):
            lo, hi = c.start - passage.start, c.end - passage.start
            parts += [
                html.escape(passage.text[cursor:lo]),
                f"{_mark(c)}{html.escape(passage.text[lo:hi])}</mark><sup>[{c.number}]</sup>",
            ]
            cursor = hi
        context = "".join([*parts, html.escape(passage.text[cursor:])])
    return (
        f'<li value="{first.number}"><div class="place">{numbers} {html.escape(first.location)}</div>'
        f'<blockquote class="passage">{context}</blockquote></li>'
    )


def _mark(citation: Citation) -> str:
    """A highlight's opening tag, carrying the quote's offsets (in the cleaned text, and in the file itself
    for a text file) for tools and tests; the reader sees the location above the passage."""
    spans = {"start": citation.start, "end": citation.end}
    if citation.file_start is not None:
        spans |= {"file-start": citation.file_start, "file-end": citation.file_end}
    return "<mark " + " ".join(f'data-{k}="{v}"' for k, v in spans.items()) + ">"


def standalone_note(answer: Answer) -> str:
    if answer.standalone_question.strip() == answer.question.strip():
        return ""
    return f"*Understood as:* {escape_markdown(answer.standalone_question)}"


def notice_note(answer: Answer) -> str:
    """What the reader should know about this answer (e.g. generated sentences the check removed)."""
    return f"ℹ️ {escape_markdown(answer.notice)}" if answer.notice else ""


def conversation_markdown(answers: list[Answer], documents: list[str], exported: datetime) -> str:
    """The conversation as Markdown for download: when, over which documents, each question with what it
    was understood as, each answer with its quotes and where they are; a refusal with its closest
    passages (document text escaped)."""
    e = escape_markdown
    lines = ["# Conversation", "", f"Exported {exported:%Y-%m-%d %H:%M %Z}".rstrip() + ".", ""]
    lines += ["Documents searched:", *(f"- {e(d)}" for d in documents), ""]
    for answer in answers:
        lines += [f"**You:** {e(answer.question)}", ""]
        if answer.standalone_question != answer.question:
            lines += [f"*(understood as: {e(answer.standalone_question)})*", ""]
        if answer.refused:
            lines += [f"**Assistant:** Not in the documents. {e(refusal_reason(answer))}", ""]
            lines += ["Closest passages (not citations):", ""]
            lines += [f"- {e(p.location)}: {e(p.text)}" for p in answer.passages[:3]]
        else:
            lines += [f"**Assistant:** {e(answer.text)}", ""]
            lines += [f'- [{c.number}] "{e(c.quote)}" — {e(_cited_at(c))}' for c in answer.citations]
        lines.append("")
    return "\n".join(lines)


def _cited_at(citation: Citation) -> str:
    """Where a quote is, and for a text file its characters in the file itself."""
    if citation.file_start is None:
        return citation.location
    return f"{citation.location}, characters {citation.file_start}–{citation.file_end} of the file"


# -- fact-check reports ---------------------------------------------------------------------------
VERDICT_WORDS = {
    Verdict.SUPPORTED: ("✔", "Supported"),
    Verdict.CONTRADICTED: ("✘", "Contradicted"),
    Verdict.NOT_FOUND: ("?", "Not in the documents"),
}


def _sentences(report: CheckReport) -> str:
    """ "1 sentence", "3 sentences"."""
    n = len(report.claims)
    return f"{n} sentence" if n == 1 else f"{n} sentences"


def check_html(report: CheckReport) -> str:
    """The report as a list: each checked sentence with its verdict (a symbol, a word and a colour, never
    colour alone); opening one shows its evidence, the conflicting detail marked in the claim and the quote."""
    if not report.claims:
        return '<div class="checks"><p>No sentence to check.</p></div>'
    counts = " · ".join(f"{report.count(v)} {VERDICT_WORDS[v][1].lower()}" for v in Verdict)
    items = "".join(_check_item(n, c) for n, c in enumerate(report.claims, start=1))
    return f'<div class="checks"><p class="summary">{_sentences(report)}: {counts}</p><ol>{items}</ol></div>'


def _check_item(number: int, check: ClaimCheck) -> str:
    symbol, word = VERDICT_WORDS[check.verdict]
    claim_marks = [
        (c.claim_start - check.start, c.claim_end - check.start) for c in check.conflicts if c.claim_start is not None
    ]
    sentence = _marked(check.text, claim_marks)
    evidence = []
    for cite in check.citations:
        marks = [
            (c.source_start - cite.start, c.source_end - cite.start)
            for c in check.conflicts
            if cite.start <= c.source_start
            and c.source_end <= cite.end
            and (c.source_end - c.source_start) < len(cite.quote)
        ]
        label = "Closest passage" if check.verdict is Verdict.NOT_FOUND else f"[{cite.number}]"
        evidence.append(
            f'<blockquote><div class="place">{label} {html.escape(cite.location)}</div>'
            f"{_marked(cite.quote, marks)}</blockquote>"
        )
    conflicts = "".join(
        f"<li>{html.escape(c.kind.replace('_', ' '))}: the claim says <mark>{html.escape(c.claim)}</mark>, "
        f"the source says <mark>{html.escape(c.source)}</mark></li>"
        for c in check.conflicts
    )
    details = (
        f'<p class="reason">{html.escape(check.reason)}</p>'
        + (f"<ul>{conflicts}</ul>" if conflicts else "")
        + "".join(evidence)
        + (f'<p class="note">{html.escape(check.notice)}</p>' if check.notice else "")
    )
    return (
        f'<li class="check {check.verdict.value}"><details{" open" if number == 1 else ""}>'
        f'<summary><span class="verdict">{symbol} {word}</span> {sentence}</summary>{details}</details></li>'
    )


def _marked(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` escaped, with each (start, end) inside it wrapped in <mark>."""
    out, at = [], 0
    for start, end in sorted((s, e) for s, e in spans if 0 <= s < e <= len(text)):
        if start < at:
            continue
        out += [html.escape(text[at:start]), f"<mark>{html.escape(text[start:end])}</mark>"]
        at = end
    return "".join(out) + html.escape(text[at:])


def check_markdown(report: CheckReport) -> str:
    """The report as Markdown, for export: one section per sentence with its verdict and evidence."""
    lines = ["# Fact-check report", ""]
    counts = ", ".join(f"{report.count(v)} {VERDICT_WORDS[v][1].lower()}" for v in Verdict)
    lines += [f"{_sentences(report)} checked: {counts}.", ""]
    for n, check in enumerate(report.claims, start=1):
        symbol, word = VERDICT_WORDS[check.verdict]
        lines += [f"## {n}. {symbol} {word}", "", f"> {escape_markdown(check.text)}", "", check.reason + ".", ""]
        for c in check.conflicts:
            lines.append(f"- {c.kind.replace('_', ' ')}: the claim says “{c.claim}”, the source says “{c.source}”")
        for cite in check.citations:
            label = "Closest passage" if check.verdict is Verdict.NOT_FOUND else f"[{cite.number}]"
            lines.append(f"- {label} “{cite.quote}” — {_cited_at(cite)}")
        lines.append("")
    return "\n".join(lines)
