"""Words, stems and stop words (spaCy's list): the one tokenization shared by the lexical index (built at
index time) and by sentence scoring (at question time)."""

from __future__ import annotations

import re
from functools import lru_cache

import snowballstemmer
from spacy.lang.en.stop_words import STOP_WORDS

from knowledge import lexicon
from knowledge.language import number_value

# spaCy's stop words, less the number words ("two global compacts": a count is content), plus bare clitics
STOPWORDS: frozenset[str] = frozenset(w for w in STOP_WORDS if number_value(w) is None) | {
    "s",
    "t",
    "d",
    "ll",
    "m",
    "re",
    "ve",
}
_WORD_RE = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*")
_STEMMER = snowballstemmer.stemmer("english")


def words(text: str) -> list[str]:
    """Words (letters/digits, inner hyphens and apostrophes kept), as written."""
    return _WORD_RE.findall(text)


@lru_cache(maxsize=262144)
def stem(word: str) -> str:
    """The Snowball (Porter 2) stem of a lower-cased word: 'adopted' and 'adoption' meet. An inflection Snowball
    does not undo ("buses", "women", "went", "analyses") takes its base's stem when its noun and verb readings agree on
    one: "buses" meets "bus"; "leaves" (leaf or leave) keeps Snowball's."""
    w = word.lower()
    if w.endswith(("'s", "\u2019s")):
        w = w[:-2]
    stemmed = _STEMMER.stemWord(w)
    bases = {_STEMMER.stemWord(b) for b in lexicon.base_forms(w)}
    return bases.pop() if len(bases) == 1 and stemmed not in bases else stemmed


def terms(text: str) -> list[str]:
    """Stems of the words that carry meaning, in order (stop words dropped, numbers kept)."""
    return [stem(w) for w in words(text) if w.lower() not in STOPWORDS]
