"""Words, stems and stop words: the one tokenization shared by BM25, sentence scoring and condensing."""

from __future__ import annotations

import re
from functools import lru_cache

import snowballstemmer

_STOPWORDS_TEXT = """
a about above after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had has
have having he her here hers herself him himself his how i if in into is it its itself just
me more most my myself no nor not now of off on once only or other our ours ourselves out
over own same she should so some such than that the their theirs them themselves then there these they this
those through to too under until up very was we were what when where which while who whom why will
with would you your yours yourself yourselves s t d ll m re ve
"""
STOPWORDS: frozenset[str] = frozenset(_STOPWORDS_TEXT.split())
# Words that frame a question rather than say what it is about.
QUESTION_FRAME: frozenset[str] = frozenset(
    [
        "what",
        "which",
        "who",
        "whom",
        "whose",
        "when",
        "where",
        "why",
        "how",
        "please",
        "tell",
        "say",
        "says",
        "said",
        "give",
        "list",
        "name",
        "describe",
        "explain",
        "according",
        "report",
        "chapter",
        "document",
        "documents",
        "text",
        "mention",
        "mentions",
    ]
)
_WORD_RE = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*")
_STEMMER = snowballstemmer.stemmer("english")


def words(text: str) -> list[str]:
    """Words (letters/digits, inner hyphens and apostrophes kept), as written."""
    return _WORD_RE.findall(text)


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The Snowball (Porter 2) stem of a lower-cased word: 'adopted' and 'adoption' meet."""
    w = word.lower()
    if w.endswith(("'s", "\u2019s")):
        w = w[:-2]
    return _STEMMER.stemWord(w)


def terms(text: str) -> list[str]:
    """Stems of the words that carry meaning, in order (stop words dropped, numbers kept)."""
    return [stem(w) for w in words(text) if w.lower() not in STOPWORDS]


def question_terms(question: str) -> set[str]:
    """What a question is about: its terms without the words that only frame it."""
    return {stem(w) for w in words(question) if w.lower() not in STOPWORDS | QUESTION_FRAME}


# What kind of thing a name is, by its head word ("the Global Migration Group", "the New York Declaration").
_ORGANIZATION_TEXT = """agency assembly bank commission committee conference council court forum fund group
    initiative institute office organization organisation partnership programme program secretariat summit"""
_INSTRUMENT_TEXT = "agenda agreement charter compact convention declaration framework protocol report resolution treaty"
ORGANIZATION_WORDS: frozenset[str] = frozenset(_ORGANIZATION_TEXT.split())
INSTRUMENT_WORDS: frozenset[str] = frozenset(_INSTRUMENT_TEXT.split())


def head_word(name: str) -> str:
    """The word a name is about: "the New York Declaration on Refugees and Migrants" -> "Declaration"."""
    tokens = name.split()
    if not tokens:
        return ""
    return tokens[next((i for i, t in enumerate(tokens) if i and t in ("of", "on", "for")), len(tokens)) - 1]


def name_kind(name: str) -> str | None:
    """ "organization" (an acronym such as "IOM" too), "instrument", or None when the name does not say."""
    tokens = name.split()
    if not tokens:
        return None
    last = head_word(name).lower()
    if last in INSTRUMENT_WORDS:
        return "instrument"
    if last in ORGANIZATION_WORDS or (len(tokens) == 1 and len(name) >= 2 and name.isupper()):
        return "organization"
    return None
