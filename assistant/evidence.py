"""Can the evidence answer the question asked? The checks behind an honest refusal.

Similarity alone cannot tell "How many staff does IOM employ?" from a real question about IOM: the
IOM sentence is as close to it as real questions are to theirs. So besides the evidence score, the
question's expected kind of answer (a year, a number, an amount, a place, a person) must appear in
the chosen sentences, and instructions aimed at the assistant are not questions about the documents.
"""

from __future__ import annotations

import re
from enum import StrEnum

from assistant.text import INSTRUMENT_WORDS, ORGANIZATION_WORDS, head_word, name_kind, stem, words


class AnswerType(StrEnum):
    EXPANSION = "what the abbreviation stands for"
    NAMES = "the names asked for"
    YEAR = "a year or date"
    NUMBER = "a number"
    AMOUNT = "an amount of money"
    PLACE = "a place"
    PERSON = "a person"
    ANY = "anything"


_TYPE_PATTERNS: list[tuple[AnswerType, re.Pattern[str]]] = [
    (AnswerType.EXPANSION, re.compile(r"\bstands? for\b|\b(acronym|abbreviation)\b|\bshort for\b", re.IGNORECASE)),
    (
        AnswerType.NAMES,
        re.compile(
            r"\b(which|what|name the) (?!(?:do|does|did|is|are|was|were|can|could|should|would|will|must|have|has|had|might|may)\b)"
            r"(\w+ )?(agencies|organi[sz]ations|members|bodies|institutions|companies|people|persons|officials)\b",
            re.IGNORECASE,
        ),
    ),
    (
        AnswerType.AMOUNT,
        re.compile(
            r"\bhow much (money|funding|did .* cost|does .* cost)|\bwhat (is|was) the (budget|cost)|\bhow much\b.*\b(budget|fund|cost|spend|spent|pay|paid)"
            r"|\bwhat (is|was|are|were)\b[^?]*\bbudgets?\b",
            re.IGNORECASE,
        ),
    ),
    (
        AnswerType.YEAR,
        re.compile(
            r"^\s*(when|since when)\b|\b(what|which|in what) (year|date|decade|month)\b|\bhow long ago\b", re.IGNORECASE
        ),
    ),
    (
        AnswerType.NUMBER,
        re.compile(
            r"\bhow (many|much|often)\b|\b(what|which) (number|percentage|share|proportion|percent)\b"
            r"|\bwhat (is|was) the (population|size|total|number|percentage|share)\b",
            re.IGNORECASE,
        ),
    ),
    (
        AnswerType.PLACE,
        re.compile(
            r"^\s*where (is|was|were|are|did|do|does)\b|\b(which|what) (country|countries|city|cities|region|continent|nation|place)\b",
            re.IGNORECASE,
        ),
    ),
    (
        AnswerType.PERSON,
        re.compile(
            r"^\s*who (is|was|were|are) (\w+ly )?(the )?(head|leader|director|chair|president|secretary|author|founder|minister)\b"
            r"|\bwho (\w+ly )?(founded|wrote|leads|led|chairs|chaired|heads|headed|directs|directed)\b",
            re.IGNORECASE,
        ),
    ),
]
_YEAR_NUMBER = r"(?:1[5-9]\d\d|20\d\d)s?"  # "2016", "1990s"
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_MONTH = re.compile(rf"\b({_MONTHS})\b")
_POINT_IN_TIME = re.compile(rf"\b{_YEAR_NUMBER}\b|{_MONTH.pattern}")  # what "in what year?" asks for
_EVIDENCE: dict[AnswerType, re.Pattern[str]] = {
    AnswerType.YEAR: re.compile(  # "when?" takes a period too ("May" is a month, "may" is not)
        rf"{_POINT_IN_TIME.pattern}"
        r"|(?i:\b(decades?|years?) (ago|since)\b|\bsince the\b|\b(last|past|recent) (\w+ )?(decades?|years?)\b)"
    ),
    # a count: not a list marker "(1)", not a year (see `_counts`)
    AnswerType.NUMBER: re.compile(
        r"(?<![(\d.,])\d[\d,.]*%?(?![\d)])|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozen|half|several|many|few)\b",
        re.IGNORECASE,
    ),
    AnswerType.AMOUNT: re.compile(
        r"[$€£¥]\s?\d|\b\d[\d,.]*\s?(dollars|euros|USD|EUR|million|billion)\b", re.IGNORECASE
    ),
    AnswerType.PLACE: re.compile(r"https?://|www\."),  # and `_PLACE_NAME`s, see `holds_answer_type`
    AnswerType.PERSON: re.compile(
        r"\b(Mr|Ms|Mrs|Dr|Sir|President|Secretary-General|Director General)\.?\s+[A-Z]|\b[A-Z][a-z]+ [A-Z][a-z]+ (said|wrote|founded|led|chaired)\b"
    ),
}
_INJECTION = re.compile(
    r"\b(ignore|disregard|forget|override|bypass)\b.{0,20}\b(your|all|any|previous|prior|above|earlier|system)\b"
    r".{0,20}\b(instructions?|rules|prompts?|guidelines|directions)\b"
    r"|\b(ignore|disregard|forget)\b (all |any )?(the |these |those |your )?(documents?|sources?|context|report|passages?)\b"
    r"|\byou are now\b|\b(act|behave) as (if you|though you|an? (ai|assistant|chatbot|model|bot))\b"
    r"|\bpretend (to be|you)\b|\bsystem prompt\b|\bjailbreak\b|\bDAN\b"
    r"|\b(reveal|print|show|repeat) (your|the) (instructions|prompt|rules)\b"
    r"|^\s*(system|developer|admin)\s*:|\b(rules?|restrictions?|filters?) (is|are) (now )?(disabled|off|lifted)\b"
    # a request for something of the assistant's own making, not for what the documents say
    r"|\b(tell|write|compose|make up|give)\b (me |us )?(a |an |another |some )?(joke|poem|story|song|haiku|limerick|rap)s?\b",
    re.IGNORECASE,
)


def expected_answer_type(question: str) -> AnswerType:
    for answer_type, pattern in _TYPE_PATTERNS:
        if pattern.search(question):
            return answer_type
    return AnswerType.ANY


# A capitalised name after "in", "at", "from", ... is a place, and so is a web address ("where can I read
# it?"). Asked for a city, a country, a region or where something is based, neither is one when it names
# an institution or an instrument: "at the UN General Assembly" answers "where was it adopted?", not
# "which city?"; "within the UN" does not say where IOM is headquartered.
_GEOGRAPHIC_QUESTION = re.compile(
    r"\b(country|countries|city|cities|region|regions|continent|continents|nation|nations"
    r"|headquartered|headquarters|based|located|situated)\b",
    re.I,
)
# "the 2016 New York Declaration on Refugees": the year of a declaration, no answer to when anything else happened
_ATTRIBUTIVE_YEAR = re.compile(rf"\bthe {_YEAR_NUMBER} ([A-Z][\w-]*(?: (?:of |on |for )?[A-Z][\w-]*)*)")
_DATE_QUESTION = re.compile(r"\b(year|date|month)\b", re.IGNORECASE)
_PLACE_NAME = re.compile(r"\b(?:in|at|from|to|across|within) (?:the )?([A-Z][\w-]*(?: (?:of |and )?[A-Z][\w-]*)*)")
_INSTITUTION_WORDS = ORGANIZATION_WORDS | INSTRUMENT_WORDS
_NAME_RE = re.compile(r"(?<!^)(?<![.!?] )\b[A-Z][\w-]*(?: (?:of |for |on |and )?[A-Z][\w-]*)*")
_EXPANSION_RE = re.compile(r"\(([A-Z]{2,})\)|\b([A-Z]{2,})\s*\(")


def holds_answer_type(text: str, answer_type: AnswerType, question: str = "") -> bool:
    """Whether `text` holds the kind of thing the question asks for."""
    if answer_type is AnswerType.ANY:
        return True
    if answer_type is AnswerType.EXPANSION:
        return bool(_EXPANSION_RE.search(text))
    if answer_type is AnswerType.NAMES:  # a name the question did not already say
        asked = question.lower()
        return any(name.lower() not in asked for name in _NAME_RE.findall(text))
    if answer_type is AnswerType.NUMBER:  # a count (of the thing asked about) the question did not already say
        return bool(_counts(text, _counted(question)) - _counts(question))
    if answer_type is AnswerType.YEAR:
        asked = {stem(w) for w in words(question)}
        text = _ATTRIBUTIVE_YEAR.sub(lambda m: m[0] if stem(head_word(m[1])) in asked else f"the {m[1]}", text)
        if date := _DATE_QUESTION.search(question):  # a point in time, not "in recent years"
            return bool((_MONTH if date.group(1).lower() == "month" else _POINT_IN_TIME).search(text))
    if answer_type is AnswerType.PLACE:
        geographic = bool(_GEOGRAPHIC_QUESTION.search(question))
        names = _PLACE_NAME.findall(text)
        if any(not (geographic and _is_institution(name)) for name in names):
            return True
        if geographic:
            return False
    return bool(_EVIDENCE[answer_type].search(text))


_COUNTED = re.compile(r"\b(?:how many|(?:number|total|population) of) ((?:[\w-]+ ?){1,4})", re.IGNORECASE)
_AUXILIARIES_TEXT = "are were is was do does did have has had will would can could should there"
_AUXILIARIES = frozenset(_AUXILIARIES_TEXT.split())  # where the counted phrase ends: "how many staff does ..."


def _is_institution(name: str) -> bool:
    """ "the UN General Assembly", "the New York Declaration", "the UN" (a bare acronym: "US" is missed too)."""
    return bool(_INSTITUTION_WORDS.intersection(name.lower().split())) or name_kind(name) is not None


def _counted(question: str) -> str | None:
    """The stem of what is counted: "How many member states does IOM have?" -> "state"; "What is the
    number of migrants ...?" -> "migrant"."""
    match = _COUNTED.search(question)
    if not match:
        return None
    following = match.group(1).split()
    end = next((i for i, w in enumerate(following) if i and w.lower() in _AUXILIARIES), 1)
    return stem(following[end - 1])


def _counts(text: str, of: str | None = None) -> set[str]:
    """The numbers a text states as counts, lower-cased: years ("2016") and list markers ("(1)") are none.
    With `of` (a stem), only counts followed within four words by it ("two global compacts")."""
    found = set()
    for match in _EVIDENCE[AnswerType.NUMBER].finditer(text):
        number = match.group(0).lower().rstrip(".,")
        if re.fullmatch(_YEAR_NUMBER, number):
            continue
        if of is None or of in (stem(w) for w in words(text[match.end() :])[:4]):
            found.add(number)
    return found


def is_instruction_to_assistant(question: str) -> bool:
    """A prompt-injection attempt ("ignore your instructions", "you are now ...")."""
    return bool(_INJECTION.search(question))
