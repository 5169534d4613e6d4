"""Rewrite a follow-up question into a standalone one, offline and deterministically.

"When was it adopted?" after "What did the New York Declaration set in motion?" becomes
"When was the New York Declaration adopted?": the subject of the conversation (its latest named
thing, else its latest question's content words) replaces the pronoun, or is appended when the
follow-up names nothing ("And the other one?").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from assistant.text import QUESTION_FRAME, STOPWORDS, name_kind, terms, words

Message = dict[str, str]

_PRONOUNS = {
    "it": "{s}",
    "its": "{s}'s",
    "they": "{s}",
    "them": "{s}",
    "their": "{s}'s",
    "this": "{s}",
    "that": "{s}",
    "these": "{s}",
    "those": "{s}",
    "he": "{s}",
    "she": "{s}",
    "his": "{s}'s",
    "her": "{s}'s",
    "there": "in {s}",
}
_FOLLOW_UP_START = re.compile(r"^\s*(and|but|also|so|what about|how about|why|why not|which ones?)\b", re.IGNORECASE)
# A run of capitalised words (allowing "of", "on", "for", "and" inside): a named thing.
_NAME_RE = re.compile(r"\b(?:[A-Z][\w-]*|[A-Z]{2,})(?:\s+(?:(?:of|on|for|and|the)\s+)?(?:[A-Z][\w-]*|\d{4}))*")


def standalone_question(
    question: str, history: Sequence[Message] = (), known: Callable[[str], bool] = lambda term: True
) -> str:
    """The question to retrieve with: unchanged unless it leans on the conversation.

    `known(term)` tells whether the documents use a term; of several names for the subject ("IOM",
    "the International Organization for Migration") the one the documents use is preferred."""
    question = question.strip()
    if not history or not is_follow_up(question):
        return question
    pronoun = next(
        (
            m
            for m in re.finditer(r"\b[A-Za-z]+\b", question)
            if m.group(0).lower() in _PRONOUNS and not (m.group(0).lower() == "that" and _is_relative_that(question, m))
        ),
        None,
    )
    plural = pronoun is not None and pronoun.group(0).lower() in _PLURAL_PRONOUNS
    subject = conversation_subject(history, known, plural=plural)
    if not subject:
        return question
    if pronoun is not None:
        replacement = _PRONOUNS[pronoun.group(0).lower()].format(s=subject)
        return question[: pronoun.start()] + replacement + question[pronoun.end() :]
    return f"{question.rstrip('?').rstrip()} ({subject})?" if question.endswith("?") else f"{question} ({subject})"


def is_follow_up(question: str) -> bool:
    lowered = [w.lower() for w in words(question)]
    content = [w for w in lowered if w not in STOPWORDS]
    has_pronoun = any(w in _PRONOUNS and w not in ("that", "there", "this") for w in lowered)
    demonstrative = bool(
        re.search(
            r"\b(this|that|these|those)\s*(\?|$)|\b(these|those|this|that) (ones?|things?|two)\b",
            question,
            re.IGNORECASE,
        )
    )
    return has_pronoun or demonstrative or bool(_FOLLOW_UP_START.match(question)) or not content


def conversation_subject(
    history: Sequence[Message], known: Callable[[str], bool] = lambda term: True, plural: bool = False
) -> str:
    """What a pronoun in the next question most likely points at.

    The latest exchange first: a named thing in the assistant's answer (a "which ...?" question is
    answered by naming it), else in the user's question; failing names, the user's latest question's gist.
    Of several names: one of the kind a "which organization ...?" question asks for that the question
    did not already say; then the one whose sentence answers what was asked; the one the documents
    use; the longest. A plural pronoun ("they", `plural`) takes a plural thing the user asked about
    ("What are the two global compacts?") over a single name the answer happens to mention.
    """
    turns = [m for m in history if m.get("content", "").strip() and m.get("role") in ("user", "assistant")]
    question = next((m["content"] for m in reversed(turns) if m["role"] == "user"), "")
    asked, wanted = set(terms(question)), _asked_kind(question)
    if plural and (things := _plural_phrase(question)):
        return things
    for message in reversed(turns[-2:]):
        if message["role"] == "assistant" and message["content"].startswith("The indexed documents don't say"):
            continue
        names = _names_in_context(message["content"])
        if names:

            def key(n: tuple[str, str]) -> tuple[bool, int, float, int]:
                new_of_kind = wanted is not None and name_kind(n[0]) == wanted and not asked & set(terms(n[0]))
                return new_of_kind, len(asked & set(terms(n[1]))), _known_share(n[0], known), len(n[0])

            return max(names, key=key)[0]
    user_turns = [m["content"] for m in turns if m["role"] == "user"]
    for text in reversed(user_turns):
        gist = [w for w in words(text) if w.lower() not in STOPWORDS and w.lower() not in QUESTION_FRAME]
        if len(gist) >= (2 if is_follow_up(text) else 1):  # "So what is the most promising path?" has a gist too
            return " ".join(gist)
    return ""


_PLURAL_PRONOUNS = frozenset(["they", "them", "their", "these", "those"])


def _plural_phrase(question: str) -> str:
    """The plural thing a question asks about, with the words before it: "the two global compacts"."""
    tokens = words(question)
    content = [t.lower() not in STOPWORDS and t.lower() not in QUESTION_FRAME for t in tokens]
    for end in range(len(tokens) - 1, -1, -1):
        word = tokens[end].lower()
        if content[end] and len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
            start = end
            while start > 0 and content[start - 1]:
                start -= 1
            return "the " + " ".join(tokens[start : end + 1])
    return ""


_ASKED_NOUN = re.compile(r"\b(?:which|what)\s+(\w+)", re.IGNORECASE)
_ASKED_KINDS = {
    "organization": "organization organisation agency body institution group entity",
    "instrument": "declaration agreement instrument treaty compact document resolution convention framework",
}


def _asked_kind(question: str) -> str | None:
    """The kind of thing a "which organization ...?" / "what declaration ...?" question asks for."""
    match = _ASKED_NOUN.search(question)
    if not match:
        return None
    noun = re.sub(r"ies$", "y", match.group(1).lower()).removesuffix("s")
    return next((kind for kind, nouns in _ASKED_KINDS.items() if noun in nouns.split()), None)


_GENERIC_NAMES = frozenset(
    [
        "States",
        "State",
        "Member",
        "Members",
        "Governments",
        "Government",
        "It",
        "They",
        "This",
        "These",
        "The",
        "A",
        "An",
    ]
)


def _names_in_context(text: str) -> list[tuple[str, str]]:
    """(name, the sentence it stands in) for every named thing in `text`."""
    found = []
    for sentence in re.split(r"(?<=[.!?])\s+|\s*\[\d+\]\s*", text):
        sentence = sentence.strip()
        for match in _NAME_RE.finditer(sentence):
            raw = match.group(0)
            if match.start() == 0 and " " not in raw and not raw.isupper():
                continue  # a capital that only opens the sentence ("Ongoing efforts ...") names nothing
            name = _clean_name(raw)
            if name:
                found.append((name, sentence))
    return found


def _known_share(name: str, known: Callable[[str], bool]) -> float:
    name_terms = terms(name)
    return sum(map(known, name_terms)) / len(name_terms) if name_terms else 0.0


def _clean_name(name: str) -> str:
    tokens = name.split()
    if all(t in _GENERIC_NAMES or t.lower() in STOPWORDS for t in tokens):
        return ""
    while tokens and (tokens[0].lower() in STOPWORDS or tokens[0].lower() in QUESTION_FRAME):
        tokens = tokens[1:]
    while tokens and tokens[-1].lower() in STOPWORDS:
        tokens = tokens[:-1]
    if not tokens:
        return ""
    name = " ".join(tokens)
    return f"the {name}" if len(tokens) > 1 and not name.isupper() else name


def _is_relative_that(question: str, match: re.Match) -> bool:
    """'that' introducing a clause ("the body that ...") is no pronoun."""
    before = question[: match.start()].rstrip().split()
    return bool(before) and before[-1].lower() not in {"is", "was", "about", "does", "did", "of", "for", "in", "do"}
