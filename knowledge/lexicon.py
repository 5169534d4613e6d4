"""WordNet 3.0, read offline: a word's coarse semantic class (its supersense) and whether two words are opposites.

The database comes from Debian's `wordnet-base` package (`/usr/share/wordnet`, or `ASSISTANT_WORDNET_DIR`).
NLTK's reader needs a `lexnames` file that the package lacks (the standard list of WordNet's 45
lexicographer files) and reads only below its own root, so the files are copied once into a cache
folder beside that list. Without the database every lookup answers "unknown" (an empty set) and the
answer-kind checks that need it fall back to accepting any evidence; a warning says how to install it.
"""

from __future__ import annotations

import logging
import os
import pickle
import re
import shutil
import threading
import warnings
from functools import lru_cache, wraps
from pathlib import Path

log = logging.getLogger(__name__)

# WordNet's lexicographer files, numbered as in its `lexnames` file (pos: 1 noun, 2 verb, 3 adj, 4 adv).
_LEXNAMES = [
    "adj.all",
    "adj.pert",
    "adv.all",
    "noun.Tops",
    "noun.act",
    "noun.animal",
    "noun.artifact",
    "noun.attribute",
    "noun.body",
    "noun.cognition",
    "noun.communication",
    "noun.event",
    "noun.feeling",
    "noun.food",
    "noun.group",
    "noun.location",
    "noun.motive",
    "noun.object",
    "noun.person",
    "noun.phenomenon",
    "noun.plant",
    "noun.possession",
    "noun.process",
    "noun.quantity",
    "noun.relation",
    "noun.shape",
    "noun.state",
    "noun.substance",
    "noun.time",
    "verb.body",
    "verb.change",
    "verb.cognition",
    "verb.communication",
    "verb.competition",
    "verb.consumption",
    "verb.contact",
    "verb.creation",
    "verb.emotion",
    "verb.motion",
    "verb.perception",
    "verb.possession",
    "verb.social",
    "verb.stative",
    "verb.weather",
    "adj.ppl",
]
_POS_NUMBER = {"noun": 1, "verb": 2, "adj": 3, "adv": 4}
_DATABASE_FILES = ("data.noun", "data.verb", "data.adj", "data.adv", "index.noun", "index.verb", "index.adj")
_lock = threading.Lock()
_reading = threading.RLock()  # one WordNet read at a time (see `_one_reader_at_a_time`)


def _source_dir() -> Path:
    return Path(os.environ.get("ASSISTANT_WORDNET_DIR", "/usr/share/wordnet"))


def _cache_dir() -> Path:
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "migration-assistant" / "wordnet-3.0"


@lru_cache(maxsize=1)
def _reader():
    """NLTK's WordNet reader over the cached copy, or None when the database is not installed."""
    source = _source_dir()
    if not all((source / name).is_file() for name in _DATABASE_FILES):
        log.warning(
            "WordNet is not installed (%s); install Debian's wordnet-base (`apt-get install wordnet-base`) "
            "for answer-kind checks and antonyms",
            source,
        )
        return None
    import nltk
    from nltk.corpus.reader.wordnet import WordNetCorpusReader

    class _Reader(WordNetCorpusReader):
        def map_wn(self, version: str = "wordnet") -> None:  # no mapping to another WordNet version
            return None

        def _scan_satellites(self) -> None:
            """NLTK reads all of data.adj at start for the offsets of satellite adjectives; they are kept
            beside the copy."""
            cached = root / "satellite_offsets.pickle"
            try:
                self.satellite_offsets = pickle.loads(cached.read_bytes())  # our own file, written below
                return
            except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
                pass
            super()._scan_satellites()
            staged = cached.with_suffix(f".{os.getpid()}.tmp")
            staged.write_bytes(pickle.dumps(self.satellite_offsets, protocol=pickle.HIGHEST_PROTOCOL))
            staged.replace(cached)

        def _load_lemma_pos_offset_map(self) -> None:
            """NLTK parses every index file at start (150,000 lines); the lemmas are looked up when asked."""
            self._lemma_pos_offset_map = SortedIndex(root, self.satellite_offsets)

    root = _cache_dir()
    with _lock:
        if not (root / "lexnames").is_file():
            root.mkdir(parents=True, exist_ok=True)
            for path in source.iterdir():
                if path.is_file():
                    shutil.copyfile(path, root / path.name)
            lines = [f"{i:02d}\t{name}\t{_POS_NUMBER[name.split('.')[0]]}\n" for i, name in enumerate(_LEXNAMES)]
            (root / "lexnames").write_text("".join(lines), encoding="utf-8")
        if str(root) not in nltk.data.path:
            nltk.data.path.append(str(root))
        with warnings.catch_warnings():  # "multilingual functions are not available": none are used
            warnings.simplefilter("ignore", UserWarning)
            return _Reader(str(root), None)


class SortedIndex(dict):
    """lemma -> {part of speech: synset offsets}, the map NLTK's reader keeps, filled on first use of each
    lemma by a binary search of WordNet's index files (sorted by lemma, as WordNet's own library reads them)."""

    _FILES = (("n", "noun"), ("v", "verb"), ("a", "adj"), ("r", "adv"))

    def __init__(self, root: Path, satellites: set[int]) -> None:
        super().__init__()
        self._indexes = [(pos, (root / f"index.{suffix}").read_bytes()) for pos, suffix in self._FILES]
        self._satellites = satellites

    def __missing__(self, lemma: str) -> dict[str, list[int]]:
        entry: dict[str, list[int]] = {}
        for pos, index in self._indexes:
            line = _index_line(index, lemma.encode("utf-8"))
            if line is not None:
                entry[pos] = _synset_offsets(line)
                if pos == "a":  # NLTK lists an adjective's satellite senses apart, in the same order
                    entry["s"] = [o for o in entry[pos] if o in self._satellites]
        self[lemma] = entry
        return entry

    def __contains__(self, lemma: object) -> bool:
        return isinstance(lemma, str) and bool(self[lemma])

    def get(self, lemma: str, default=None):
        return self[lemma] or default


def _index_line(index: bytes, lemma: bytes) -> bytes | None:
    """The line of `index` for `lemma`, by binary search (the licence at the top is indented)."""
    low, high = 0, len(index)
    while low < high:
        middle = (low + high) // 2
        start = index.rfind(b"\n", 0, middle) + 1
        end = index.find(b"\n", middle)
        end = len(index) if end < 0 else end
        line = index[start:end]
        word = line.split(b" ", 1)[0]
        if line.startswith(b" ") or word < lemma:
            low = end + 1
        elif word > lemma:
            high = start
        else:
            return line
    return None


def _synset_offsets(line: bytes) -> list[int]:
    """An index line: lemma, pos, synset count, pointer count and pointers, sense counts, then the offsets."""
    fields = line.split()
    count, pointers = int(fields[2]), int(fields[3])
    first = 4 + pointers + 2
    return [int(f) for f in fields[first : first + count]]


def _one_reader_at_a_time(function):
    """NLTK's WordNet reader seeks and reads shared file handles: two threads reading at once get each
    other's lines (a served app answers questions in parallel)."""

    @wraps(function)
    def serialised(*args, **kwargs):
        with _reading:
            return function(*args, **kwargs)

    return serialised


def available() -> bool:
    return _reader() is not None


@lru_cache(maxsize=65536)
@_one_reader_at_a_time
def base_forms(word: str, parts: str = "nv") -> tuple[str, ...]:
    """The base forms of an inflected word as the parts of speech `parts` ("n", "v", "a"), by WordNet's morphology:
    its rules and its exceptions ("buses" -> bus, "women" -> woman, "went" -> go, "leaves" -> leaf and leave; as an
    adjective, "fewer" -> few); () when it has none."""
    reader = _reader()
    if reader is None or not word.isalpha():
        return ()
    return tuple(dict.fromkeys(b for pos in parts for b in reader._morphy(word, pos)))  # every reading's base


@lru_cache(maxsize=65536)
@_one_reader_at_a_time
def supersenses(lemma: str, pos: str = "n", senses: int = 2) -> frozenset[str]:
    """The lexicographer files ("noun.location", "noun.person", ...) of the first `senses` senses of
    `lemma` as part of speech `pos` ("n", "v", "a"): its coarse class, most frequent senses first. A sense
    that is itself a top concept ("group", "person", "location") gives "noun.<that concept>"."""
    reader = _reader()
    if reader is None or not lemma:
        return frozenset()
    found = set()
    for synset in reader.synsets(lemma.replace(" ", "_"), pos)[:senses]:
        # a unique beginner ("group", "person", "location" are noun.Tops themselves) names its own class
        top = synset.lexname() == "noun.Tops"
        found.add(f"noun.{synset.lemmas()[0].name()}" if top else synset.lexname())
    return frozenset(found)


@lru_cache(maxsize=65536)
@_one_reader_at_a_time
def is_common_noun(word: str) -> bool:
    """Whether WordNet's most frequent sense of `word` is a lower-case common noun ("States" -> state): a
    capitalised word of that kind names no particular thing. "Geneva", "UN" and unknown words ("IOM") are names."""
    reader = _reader()
    if reader is None:
        return False
    lowered = word.lower()
    base = reader.morphy(lowered, "n") or lowered
    for synset in reader.synsets(word, "n"):  # most frequent sense first
        for lemma in synset.lemmas():
            if lemma.name().lower() in (lowered, base):
                return lemma.name() == lemma.name().lower()
    return False


@lru_cache(maxsize=65536)
@_one_reader_at_a_time
def is_relational(adjective: str, senses: int = 2) -> bool:
    """Whether one of the adjective's commonest senses relates its noun to a domain ("municipal" budget,
    "human" rights, "regional" process: WordNet's relational adjectives) rather than grading it ("greater")."""
    reader = _reader()
    return reader is not None and any(s.lexname() == "adj.pert" for s in reader.synsets(adjective, "a")[:senses])


@lru_cache(maxsize=65536)
@_one_reader_at_a_time
def derived_forms(word: str) -> frozenset[str]:
    """The words WordNet derives from `word` or it from them, in any sense ("discussion" -> discuss)."""
    reader = _reader()
    if reader is None or not word:
        return frozenset()
    found = {
        d.name().lower()
        for s in reader.synsets(word)
        for lemma in s.lemmas()
        if lemma.name().lower() == word
        for d in lemma.derivationally_related_forms()
    }
    return frozenset(w for w in found if "_" not in w) - {word}


@lru_cache(maxsize=65536)
@_one_reader_at_a_time
@lru_cache(maxsize=1)
def _inflector():
    import inflect

    return inflect.engine()


def plural(noun: str) -> str:
    """The plural of a common noun as written ("certificate" -> "certificates", "Child" -> "Children")."""
    made = _inflector().plural_noun(noun.lower())
    return made[:1].upper() + made[1:] if noun[:1].isupper() else made


def singular(noun: str) -> str:
    """The singular of a plural common noun, lower-cased ("Associates" -> "associate"); the word itself otherwise."""
    made = _inflector().singular_noun(noun.lower())
    return made or noun.lower()


def is_plural_noun(word: str) -> bool:
    """Whether `word` is the plural of a common noun ("States" -> state, "members" -> member): WordNet's base
    form differs from it and it is no noun of its own ("news", "means" are)."""
    reader = _reader()
    if reader is None:
        return False
    lowered = word.lower()
    base = reader.morphy(lowered, "n")
    own = "n" in reader._lemma_pos_offset_map[lowered]  # our SortedIndex: WordNet's own noun lemmas
    return base is not None and base != lowered and not own and is_common_noun(base)


@lru_cache(maxsize=65536)
@_one_reader_at_a_time
def names_a_compound(modifier: str, noun: str) -> bool:
    """Whether WordNet lists a modifier and its noun as one noun ("secondary school", "primary school", "bus lane"): a
    kind of the thing the language has a name for."""
    reader = _reader()
    return reader is not None and bool(reader.synsets(f"{modifier}_{noun}".replace(" ", "_"), "n"))


def is_noun(word: str) -> bool:
    """Whether WordNet knows `word` (or its base form) as a noun."""
    reader = _reader()
    return reader is None or bool(reader.synsets(word, "n"))


@lru_cache(maxsize=65536)
@_one_reader_at_a_time
def is_verb_base(word: str) -> bool:
    """Whether `word` is the base form of a verb WordNet knows ("examine"; not "pooling")."""
    reader = _reader()
    return reader is not None and "v" in reader._lemma_pos_offset_map[word.lower()]


@lru_cache(maxsize=65536)
def opposed(a: str, b: str, parts_a: str = "", parts_b: str = "") -> bool:
    """Whether two words mean opposite things: WordNet antonyms (`_antonymous`), or a verb WordNet defines as not
    doing the other ("deny": "refuse to grant", `_defined_as_not`). `parts_a`, `parts_b`: the parts of speech each
    word is read as ("v", "as": "finished" as a verb or adjective, "first" as an adjective, not the noun "first", a
    beginning, against the noun "finish"); "" reads every part."""
    if a == b or min(len(a), len(b)) < 2:  # a letter ("d" of "Ml/d") opposes nothing
        return False
    return _antonymous(a, b, parts_a, parts_b) or _defined_as_not(a, b) or _defined_as_not(b, a)


@lru_cache(maxsize=65536)
def _antonymous(a: str, b: str, parts_a: str = "", parts_b: str = "") -> bool:
    """WordNet antonyms, directly or through what they are kinds of (declining is a kind of decreasing,
    increasing's antonym; an adjective through the head it is similar to: pragmatic ~ practical, impractical's
    antonym), among their commonest senses. Two nouns may not both go up to what they are kinds of: a noun's kinds
    are broad ("the rest of X", a kind of inactivity, is no opposite of "effort", a kind of activity); two verbs may
    ("shrink" decreases, "grow" increases)."""
    own_a, own_b = _generalised(a, kinds=False, parts=parts_a), _generalised(b, kinds=False, parts=parts_b)
    general_a, general_b = _generalised(a, parts=parts_a), _generalised(b, parts=parts_b)

    def reversed_by(general: frozenset, own: frozenset, other_general: frozenset) -> bool:
        opposites = {t for s in general for t in _antonym_synsets(s)}
        return bool(opposites & own) or any(t.pos() != "n" for t in opposites & other_general)

    return reversed_by(general_a, own_b, general_b) or reversed_by(general_b, own_a, general_a)


def synonymous(a: str, b: str, pos: str = "v", senses: int = 3) -> bool:
    """Whether two words share a sense among their commonest ones as part of speech `pos` ("happen" and
    "occur" are one verb sense; "impose" and "place" are not)."""
    return a == b or bool(_senses(a, pos, senses) & _senses(b, pos, senses))


@lru_cache(maxsize=65536)
@_one_reader_at_a_time
def means_same(a: str, b: str, pos: str = "v", senses: int = 3) -> bool:
    """Whether one word can stand for the other: they share a sense (`synonymous`), or one is a word for one of
    the other's commonest senses ("handle" a problem is to "address" it: one of handle's senses). A way of doing
    the other ("shift" / "move", by WordNet's hypernyms) is not taken: it also joins "grow" to "increase"."""
    if synonymous(a, b, pos, senses):
        return True
    reader = _reader()
    if reader is None:
        return False

    def words_of(word: str) -> set[str]:
        synsets = reader.synsets(word.replace(" ", "_"), pos)[:senses]
        return {lemma.name().lower() for synset in synsets for lemma in synset.lemmas()}

    return b in words_of(a) or a in words_of(b)


@lru_cache(maxsize=65536)
@_one_reader_at_a_time
def a_way_of(specific: str, general: str, senses: int = 2) -> bool:
    """Whether a verb's commonest senses include a way of doing the other's ("log" visits is to "record" them; "sprint"
    is to "run"), one or two steps down WordNet's verb hierarchy: what the specific verb tells, the general one tells
    too (not the other way round)."""
    reader = _reader()
    if reader is None or specific == general:
        return False
    wanted = set(reader.synsets(general.replace(" ", "_"), "v")[:senses])
    for synset in reader.synsets(specific.replace(" ", "_"), "v")[:senses]:
        parents = set(synset.hypernyms())
        if parents & wanted or {g for p in parents for g in p.hypernyms()} & wanted:
            return True
    return False


# WordNet's verb frames (the standard numbering of its sentence frames): 34 "It ----s that CLAUSE", and the
# frames that give the verb a subject of its own before a clause or an object: 11 "Something ----s something",
# 26 "Somebody ----s that CLAUSE".
_IMPERSONAL_FRAME = 34
_PERSONAL_CLAUSE_FRAMES = frozenset({11, 26})


@lru_cache(maxsize=65536)
@_one_reader_at_a_time
def impersonal(verb: str, senses: int = 4) -> bool:
    """Whether a verb takes a dummy "it" before a clause ("It matters that X", "It seems that X"): one of its
    commonest senses has WordNet's frame "It ----s that CLAUSE" and no frame with a subject of its own, so
    the "it" of "Does it matter that X?" stands for X. "It requires that X" has "Something requires something",
    so its "it" may be a thing named before."""
    reader = _reader()
    if reader is None or not verb:
        return False
    for synset in reader.synsets(verb.replace(" ", "_"), "v")[:senses]:
        name = verb.replace(" ", "_")
        frames = {f for lemma in synset.lemmas() if lemma.name().lower() == name for f in lemma.frame_ids()}
        if _IMPERSONAL_FRAME in frames and not frames & _PERSONAL_CLAUSE_FRAMES:
            return True
    return False


# WordNet's frames of a verb with no object: 1 "Something ----s", 2 "Somebody ----s"
_INTRANSITIVE_FRAMES = frozenset({1, 2})


@lru_cache(maxsize=65536)
@_one_reader_at_a_time
def intransitive(verb: str, senses: int = 2) -> bool:
    """Whether one of a verb's `senses` commonest senses takes no object (WordNet's frames "Something ----s",
    "Somebody ----s"): "rise", "grow", "drop" are said of what changes; "raise" and "cut" of what is changed."""
    reader = _reader()
    name = verb.lower().replace(" ", "_")
    if reader is None or not name:
        return False
    return any(
        f in _INTRANSITIVE_FRAMES
        for synset in reader.synsets(name, "v")[:senses]
        for lemma in synset.lemmas()
        if lemma.name().lower() == name
        for f in lemma.frame_ids()
    )


# The verbs whose opposites, before an infinitive, say the act did not come about: "failed to build" (not
# succeeded), "refused / declined to negotiate" (not accepted); named by WordNet's own words for them.
_DOING = ("succeed", "accept")


def says_not_done(verb: str) -> bool:
    """Whether a verb before an infinitive says the act did not come about ("failed to build", "refused to
    negotiate"): WordNet opposes it to "succeed" or "accept"."""
    return any(opposed(verb.lower(), done) for done in _DOING)


@lru_cache(maxsize=4096)
@_one_reader_at_a_time
def glossed_as(verb: str, act: str, grades: tuple[str, ...]) -> bool:
    """Whether one of WordNet's glosses of `verb` opens with `act` followed by one of `grades` ("overspend": "spend
    more than available of (a budget)"; "overrun": "run beyond or past"): the verb is that act done to a degree."""
    reader = _reader()
    if reader is None or not act:
        return False
    for synset in reader.synsets(verb.replace(" ", "_"), "v"):
        words = synset.definition().split()
        if words[:1] == [act] and words[1:2] and words[1] in grades:
            return True
    return False


# A gloss's list of acts: "reach, hit, or meet", "keep or to maintain"
_GLOSS_LIST = re.compile(r",\s*or\s+|,\s*|\s+or\s+")


@lru_cache(maxsize=65536)
@_one_reader_at_a_time
def _acts_not_done(verb: str) -> tuple[str, ...]:
    """The acts WordNet defines a verb as not doing, each a verb or a phrase as its glosses write it: a gloss (or a
    clause of one) "fail / refuse to X, Y or Z" (its first words, a verb opposed by antonymy to succeeding or
    accepting) gives X, Y and Z, up to the first item that is no verb ("deny": "refuse to grant, as of a petition"
    gives "grant"; "miss": "fail to reach or get to" gives "reach", "get to"; "refuse": "refuse to let have")."""
    reader = _reader()
    if reader is None or not verb:
        return ()
    acts: list[str] = []
    for synset in reader.synsets(verb.replace(" ", "_"), "v"):
        for clause in synset.definition().split(";"):
            words = clause.split()
            at = next(
                (i for i, w in enumerate(words[:3]) if words[i + 1 : i + 2] == ["to"] and _negates_an_act(w)), None
            )
            if at is None:
                continue
            for item in _GLOSS_LIST.split(" ".join(words[at + 2 :])):
                item = item.strip().removeprefix("to ").strip()
                if not item or not reader.synsets(item.split()[0], "v"):
                    break
                acts.append(item)
    return tuple(dict.fromkeys(acts))


def _negates_an_act(word: str) -> bool:
    """A gloss's "fail" / "refuse" before "to": WordNet's antonym of succeeding or accepting."""
    return any(_antonymous(word, done) for done in _DOING)


@lru_cache(maxsize=65536)
@_one_reader_at_a_time
def _defined_as_not(a: str, b: str) -> bool:
    """Whether WordNet defines verb `a` as not doing `b` (`_acts_not_done`): `b` is one of those acts, a word whose
    commonest sense is one of the act's ("hold" / "keep"; "have" shares only a rarer sense with "experience", which
    "miss" is defined as not doing: "missing the target" is no lack of it), or a verb one of whose senses is glossed as
    the act ("grant": "let have", which "refuse" is defined as refusing)."""
    acts = _acts_not_done(a)
    if not acts:
        return False
    reader = _reader()
    glosses = {s.definition() for s in reader.synsets(b.replace(" ", "_"), "v")}
    commonest = _senses(b, "v", 1)
    return any(act == b or act in glosses or (" " not in act and commonest & _senses(act, "v", 3)) for act in acts)


# WordNet's own words for putting off or calling off what was scheduled
_CALLING_OFF = ("postpone", "cancel")


@lru_cache(maxsize=4096)
@_one_reader_at_a_time
def calls_off(verb: str) -> bool:
    """Whether a verb says a scheduled thing was put off or called off ("postponed", "deferred", "shelved",
    "cancelled", "called off"): one of its two commonest senses is WordNet's first sense of postponing or cancelling,
    or a kind of one."""
    reader = _reader()
    if reader is None or not verb:
        return False
    anchors = {s for w in _CALLING_OFF for s in reader.synsets(w, "v")[:1]}
    return any(
        {synset, *(h for path in synset.hypernym_paths() for h in path)} & anchors
        for synset in reader.synsets(verb.replace(" ", "_"), "v")[:2]
    )


# The verbs whose opposites, before a that-clause, say the clause is not so: "denied that X" (not admitted),
# "doubts that X" (not believed), "refuted the claim that X" (not proved), "disagreed that X" (not agreed); named
# by WordNet's own words for holding a statement true.
_HOLDING_TRUE = ("admit", "believe", "prove", "agree")


def disputes(verb: str) -> bool:
    """Whether a verb before a that-clause says the clause is not so ("denied that funds were misused", "doubts
    that X will happen"): WordNet opposes it to admitting, believing, proving or agreeing."""
    return any(opposed(verb.lower(), held) for held in _HOLDING_TRUE)


# The senses of putting something into words, named by WordNet's own words for them: stating ("note", "say"),
# informing ("report", "explain"), mentioning ("cite"), enumerating ("list") and admitting ("acknowledge").
_REPORTING = (("state", "v"), ("inform", "v"), ("mention", "v"), ("enumerate", "v"), ("admit", "v"))


@lru_cache(maxsize=4096)
@_one_reader_at_a_time
def reports(verb: str) -> bool:
    """Whether a verb only puts its object into words ("the report notes / lists / acknowledges X" says X): its
    commonest sense is one of WordNet's senses of stating, informing, mentioning, enumerating or admitting, or a kind
    one step below, with no opposite but a denial (not a judgement: "criticise" / "praise", "understate")."""
    reader = _reader()
    if reader is None or not verb:
        return False
    synsets = reader.synsets(verb.lower(), "v")[:1]
    anchors = {s for w, p in _REPORTING for s in reader.synsets(w, p)[:1]}
    if not synsets or not ({synsets[0], *synsets[0].hypernyms()} & anchors):
        return False
    opposites = [a.name() for lemma in synsets[0].lemmas() for a in lemma.antonyms()]
    return all(disputes(o) for o in opposites)  # "acknowledge" is opposed only to "deny"


# Epistemic modality, named by WordNet's own words for it: the senses that assert an outcome is certain
# ("certainly", "inevitably", "is sure / guaranteed to") and those that say it is only possible or likely
# ("possibly", "potentially", "probably", "likely", "unlikely", "has the potential to").
_CERTAINTY = (("surely", "r"), ("decidedly", "r"), ("inevitably", "r"), ("necessarily", "r"), ("undoubtedly", "r"))
_CERTAINTY += (("sure", "a"), ("guarantee", "v"))
_POSSIBILITY = (("possibly", "r"), ("potentially", "r"), ("probably", "r"), ("likely", "a"), ("unlikely", "a"))
_POSSIBILITY += (("possible", "a"), ("potential", "n"))


def modality(word: str, pos: str) -> str:
    """ "certain" when the word (part of speech "r", "a", "v" or "n") asserts an outcome is certain, "possible"
    when it says it is only possible or likely, else "" (its commonest two senses)."""
    senses = _senses(word.lower(), pos, 2)
    for kind, anchors in (("certain", _CERTAINTY), ("possible", _POSSIBILITY)):
        if senses & frozenset(s for w, p in anchors for s in _senses(w, p, 1)):
            return kind
    return ""


def diminishes(word: str) -> bool:
    """Whether a grading word points down the scale ("less", "fewer", "few"): WordNet opposes it to "more"
    or to "many"."""
    return opposed(word.lower(), "more") or opposed(word.lower(), "many")


def direction(verb: str) -> int:
    """Which way a verb of change goes: 1 up ("rise", "grow", "soar"), -1 down ("fall", "cut", "shrink"), 0 when WordNet
    does not say: opposed to, or of one sense with, its own words for increasing and rising, decreasing and falling."""
    verb = verb.lower()
    if any(opposed(verb, w) for w in ("increase", "rise")) or any(synonymous(verb, w) for w in ("decrease", "fall")):
        return -1
    if any(opposed(verb, w) for w in ("decrease", "fall")) or any(synonymous(verb, w) for w in ("increase", "rise")):
        return 1
    return 0


def changes_alike(a: str, b: str) -> bool:
    """Whether two verbs of change go the same known way ("grew" and "rose", "dropped" and "declined"): given the
    same extent or ends of one thing, they tell one change."""
    return is_change(a) and is_change(b) and direction(a) == direction(b) != 0


def changes_apart(a: str, b: str) -> bool:
    """Whether two verbs of change go opposite known ways ("grew" and "fell", "declined" and "climbed")."""
    return is_change(a) and is_change(b) and direction(a) * direction(b) < 0


@lru_cache(maxsize=4096)
def ends_a_period(verb: str) -> int:
    """Which end of a stretch of time a verb tells: 1 its beginning ("begin", "start", "commence"), -1 its end ("end",
    "finish", "cease", "complete"), 0 neither ("run", "launch"): of one sense with, or opposed to, WordNet's own words
    for beginning and ending."""
    verb = verb.lower()
    if any(synonymous(verb, w) for w in ("begin", "start")) or opposed(verb, "end"):
        return 1
    if any(synonymous(verb, w) for w in ("end", "finish")) or opposed(verb, "begin"):
        return -1
    return 0


def falls_short(verb: str) -> bool:
    """Whether a verb tells of falling short of its object: WordNet defines it as not reaching it ("miss": "fail to
    reach"), or opposes it to exceeding. Opposites of "reach" as arriving ("start", "leave") set out from a place, and
    fall short of nothing."""
    return _defined_as_not(verb, "reach") or opposed(verb, "exceed")


def exceeds(verb: str) -> bool:
    """Whether a verb can say going beyond a value ("passed 390,000", "topped €2 million", "surpassed 40%"): one of
    its commonest senses is WordNet's exceeding."""
    return means_same(verb.lower(), "exceed")


# The upper ends of WordNet's commonest magnitude scales (size, height, number, amount, length, price; "most" of
# number and amount, to which WordNet opposes "least").
_UPPER_ENDS = ("large", "high", "many", "much", "most", "long", "expensive")


@lru_cache(maxsize=4096)
def scale_end(adjective: str) -> int:
    """Which end of a magnitude an adjective names: +1 the upper ("high", "largest", "most", "costly": similar to
    "expensive"), -1 the lower (WordNet opposes it to an upper end: "low", "small", "few", "least", "cheap",
    "brief"), 0 for no magnitude ("promising", "reliable")."""
    if diminishes(adjective) or any(opposed(adjective, end) for end in _UPPER_ENDS):
        return -1
    similar = _generalised(adjective, kinds=False)
    if names_a_magnitude(adjective) or any(similar & _generalised(end, kinds=False) for end in _UPPER_ENDS):
        return 1
    return 0


# The adverb senses that make a number exact rather than a bound: "only two" ("and nothing more"),
# "exactly two" ("indicating exactness"); named by WordNet's own words for them.
_EXACTNESS = (("merely", "r"), ("precisely", "r"))


def restricts_exactly(adverb: str) -> bool:
    """Whether `adverb`'s commonest sense says a number is the whole of it ("only", "just", "exactly"),
    unlike an approximation or a bound ("about", "nearly", "over")."""
    wanted = frozenset(s for word, pos in _EXACTNESS for s in _senses(word, pos, 1))
    return bool(_senses(adverb.lower(), "r", 1) & wanted)


_APPROXIMATION = (("approximately", "r"), ("nearly", "r"), ("near", "r"))


def approximates(adverb: str) -> bool:
    """Whether one of `adverb`'s senses says a number is near the true one, either side or just under ("about",
    "roughly", "around", "nearly", "almost"), unlike a bound one way ("over", "more than"): said of a number, the
    word takes its sense of quantities, however rare ("around" is first a place); "close" of "close to 10,000" by
    its adverb's commonest sense, nearness."""
    wanted = frozenset(s for word, pos in _APPROXIMATION for s in _senses(word, pos, 1))
    return bool(_senses(adverb.lower(), "r", 100) & wanted)


@lru_cache(maxsize=65536)
@_one_reader_at_a_time
def related_forms(word: str, senses: int = 2) -> frozenset[str]:
    """One-word lemmas that say what `word` says in another form or word: the same sense ("chance" ->
    opportunity) or a derivation of it ("enter" -> entry; "complex" -> complexity; "formally" -> formal),
    commonest senses of each part of speech."""
    reader = _reader()
    if reader is None or not word:
        return frozenset()
    by_pos: dict[str, list] = {}
    for synset in reader.synsets(word):
        by_pos.setdefault(synset.pos(), []).append(synset)
    found = set()
    for synsets in by_pos.values():
        for synset in synsets[:senses]:
            for lemma in synset.lemmas():
                found.add(lemma.name())
                if lemma.name().lower() == word:
                    found.update(d.name() for d in lemma.derivationally_related_forms())
                    found.update(p.name() for p in lemma.pertainyms())  # "unanimously" -> unanimous
    return frozenset(w.lower() for w in found if "_" not in w) - {word}


# English suffixes that make a people's or place's adjective of a place name ("Kenya" -> "Kenyan", "Meridia" ->
# "Meridian"): for a name WordNet does not know, the forms it may have
_DEMONYM_SUFFIXES = ("n", "an")


@lru_cache(maxsize=65536)
@_one_reader_at_a_time
def name_forms(word: str) -> frozenset[str]:
    """Other forms of a proper name's word, lower-cased: a place's adjective or people and back ("Syrian" <->
    Syria, "French" -> France), by WordNet's pertainym and derivation links of the word itself; for a name WordNet
    does not know ("Velorian", "Veloria"), the place name it may be made from and the adjectives English makes of
    it by suffix ("Veloria", "Velorian")."""
    reader = _reader()
    if reader is None or not word:
        return frozenset()
    if word[:1].isupper() and not word.isupper() and not reader.synsets(word):
        lower = word.lower()
        made = {lower[: -len(s)] for s in _DEMONYM_SUFFIXES if lower.endswith(s) and len(lower) - len(s) >= 4}
        return frozenset(made or {lower + s for s in _DEMONYM_SUFFIXES})
    found = {
        form.name()
        for synset in reader.synsets(word)
        for lemma in synset.lemmas()
        if lemma.name().lower() == word.lower()
        for form in (*lemma.pertainyms(), *lemma.derivationally_related_forms())
        if form.name()[:1].isupper()
    }
    return frozenset(w.lower() for w in found if "_" not in w) - {word.lower()}


@lru_cache(maxsize=65536)
@_one_reader_at_a_time
def narrower_words(word: str, senses: int = 2) -> frozenset[str]:
    """One-word lemmas of the kinds of what a noun names, one level down its commonest senses ("period" ->
    era, season, ...): a text using one of them says the noun too ("an era of X" is a period of X)."""
    reader = _reader()
    if reader is None or not word:
        return frozenset()
    found = {
        lemma.name()
        for synset in reader.synsets(word, pos="n")[:senses]
        for narrower in (*synset.hyponyms(), *synset.instance_hyponyms())
        for lemma in narrower.lemmas()
    }
    return frozenset(w.lower() for w in found if "_" not in w) - {word}


@lru_cache(maxsize=65536)
@_one_reader_at_a_time
def is_manner_adverb(adverb: str, senses: int = 2) -> bool:
    """Whether an adverb is formed from an adjective (WordNet's pertainym: "unanimously" -> unanimous), so
    says something of its own, unlike a degree or focus adverb ("far", "partly", "only")."""
    reader = _reader()
    if reader is None or not adverb:
        return False
    return any(
        lemma.pertainyms()
        for s in reader.synsets(adverb, "r")[:senses]
        for lemma in s.lemmas()
        if lemma.name() == adverb
    )


@lru_cache(maxsize=65536)
@_one_reader_at_a_time
def quality_adjectives(word: str, pos: str = "n", senses: int = 2) -> frozenset[str]:
    """The adjectives a noun of quality or a verb of state derives from or gives ("complexity" -> complex,
    "willingness" -> willing, "abound" -> abundant), commonest senses: what an opposite adjective can
    reverse ("simple" against "the complexity of", "scarce" against "abound"). A noun's adjective is one it is
    formed from, so no longer than it (English derivation adds a suffix: "complexity" from complex): an adjective
    formed from the noun ("cost" -> costly, "speed" -> speedy) says much of it, and "a cost of £2 million" is not
    costly, nor reversed by "cheap"."""
    reader = _reader()
    if reader is None or not word:
        return frozenset()
    found = set()
    for synset in reader.synsets(word.replace(" ", "_"), pos)[:senses]:
        if synset.lexname() not in _QUALITY_SENSES:
            continue  # "home" (a place) gives "homely", no quality of it
        for lemma in synset.lemmas():
            if lemma.name().lower() == word:
                found.update(d.name().lower() for d in lemma.derivationally_related_forms() if d.synset().pos() in "as")
    return frozenset(w for w in found if "_" not in w and (pos != "n" or len(w) <= len(word)))


# WordNet's lexicographer files of the senses that name a quality or a state ("complexity", "salience", "relevance",
# "abound"), which an adjective can grade
_QUALITY_SENSES = frozenset({"noun.attribute", "noun.state", "noun.relation", "verb.stative"})


# WordNet's attributes of a statement's truth: what "true", "right", "correct", "accurate" (and their opposites) grade
_TRUTH_ATTRIBUTES = frozenset({"truth.n.02", "correctness.n.01", "accuracy.n.01"})


@lru_cache(maxsize=65536)
@_one_reader_at_a_time
def judges_truth(adjective: str, senses: int = 2) -> bool:
    """Whether the adjective's commonest senses grade a statement's truth ("right", "true", "correct", "wrong"):
    "Is that right?" asks about what was said, not about what it was about."""
    reader = _reader()
    if reader is None or not adjective:
        return False
    for synset in reader.synsets(adjective, "a")[:senses]:
        heads = [synset] if synset.pos() == "a" else synset.similar_tos()
        if any(a.name() in _TRUTH_ATTRIBUTES for head in heads for a in head.attributes()):
            return True
    return False


def names_a_word(noun: str) -> bool:
    """Whether the noun's commonest sense is a unit of language ("name", "term", "word", "phrase"): a word for
    words, not a text that says things."""
    return _commonest_is_a(noun, "language_unit.n.01")


def names_people(noun: str) -> bool:
    """A noun whose senses all name people ("evaluator", "councillor", "undergraduate"; not "contractor": also a
    muscle)."""
    return supersenses(noun, "n", senses=3) == {"noun.person"}


def names_a_name(noun: str) -> bool:
    """Whether one of the noun's two commonest senses is a kind of name ("name", "title": the name of a work of art):
    asked of a thing, a proper name answers it."""
    return _commonest_is_a(noun, "name.n.01", senses=2)


def is_ratio(noun: str) -> bool:
    """Whether the noun's commonest sense is a relation between magnitudes ("percent", "proportion", "ratio",
    "rate"): a part of a whole as a number, not a part as a thing ("part", "section")."""
    return _commonest_is_a(noun, "magnitude_relation.n.01")


def names_a_kind(noun: str) -> bool:
    """Whether one of the noun's two commonest senses is a kind or a class of things ("category", "type", "kind",
    "class"): "complaint category" names kinds of complaint, not a thing of its own."""
    return any(_commonest_is_a(noun, kind, senses=2) for kind in ("category.n.02", "class.n.01"))


@lru_cache(maxsize=4096)
@_one_reader_at_a_time
def names_a_statistic(word: str, pos: str = "n") -> bool:
    """Whether the word, as part of speech `pos` ("n", "v", "a", "r"), names a statistic ("the average", "the median
    wait", "averaged £900"): one of its two commonest senses is a kind of WordNet's statistic or derives from one
    ("a total" is no statistic of a distribution, nor "typical", nor the verb "mean")."""
    reader = _reader()
    if reader is None or not word:
        return False
    for tag in ("a", "s") if pos == "a" else (pos,):  # WordNet files some adjectives as satellites
        for synset in reader.synsets(word.lower(), tag)[:2]:
            nouns = (
                [synset]
                if tag == "n"
                else [
                    related.synset()
                    for lemma in synset.lemmas()
                    for related in (*lemma.derivationally_related_forms(), *lemma.pertainyms())
                    if related.synset().pos() == "n"
                ]
            )
            if any(_commonest_is_a_synset(noun, "statistic.n.01") for noun in nouns):
                return True
    return False


def _commonest_is_a_synset(synset, kind: str) -> bool:
    """Whether a synset is `kind` or a kind of it (WordNet's hypernyms)."""
    return any(h.name() == kind for path in synset.hypernym_paths() for h in path)


def is_season(noun: str) -> bool:
    """Whether the noun's commonest sense is a season of the year ("summer", "autumn", "fall")."""
    return _commonest_is_a(noun, "season.n.02", senses=1)


def names_a_limit(noun: str) -> bool:
    """Whether one of the noun's three commonest senses is a limit ("limit", "maximum", "minimum"): "a limit of
    €250,000" is a bound itself, which "up to €500,000" misstates, however far within it."""
    return any(_commonest_is_a(noun, kind, senses=3) for kind in ("limit.n.01", "limit.n.06"))


def names_an_aim(word: str, pos: str = "n") -> bool:
    """Whether a verb says intending ("aim", "plan", "intend": one of its two commonest senses is WordNet's intending or
    a way of it) or a noun names a goal in any of its senses ("target", "goal", "objective"): a value it takes is one
    aimed at, not one reached."""
    if pos == "v":
        return _commonest_is_a(word, "intend.v.01", senses=2, pos="v")
    return _commonest_is_a(word, "goal.n.01", senses=_ALL_SENSES)


def is_share(noun: str) -> bool:
    """Whether the noun's commonest sense is a part allotted of a whole ("share", "slice", "cut"): "what share of
    the budget" asks for a part of the budget, as a share or a sum."""
    return _commonest_is_a(noun, "share.n.01")


@lru_cache(maxsize=4096)
@_one_reader_at_a_time
def grades_duration(word: str) -> bool:
    """Whether the adjective's commonest sense grades how long something lasts (WordNet's attribute a temporal property:
    "long", "short"): "How long did the works last?" asks a length of time."""
    reader = _reader()
    if reader is None or not word:
        return False
    return any(
        "temporal_property.n.01" in {h.name() for path in attribute.hypernym_paths() for h in path}
        for synset in reader.synsets(word, "a")[:1]
        for attribute in synset.attributes()
    )


def names_a_magnitude(adjective: str) -> bool:
    """Whether one of the adjective's two commonest senses is a degree of a magnitude (WordNet's attribute link: "large" and
    "big" of size, "high" of height, "long" of length): "How large is X?" asks how much of X there is."""
    reader = _reader()
    if reader is None or not adjective:
        return False
    synsets = reader.synsets(adjective, "a")[:2]
    return any(
        "magnitude.n.01" in {h.name() for path in attribute.hypernym_paths() for h in path}
        for synset in synsets
        for attribute in synset.attributes()
    )


def sizes_money(noun: str) -> bool:
    """Whether one of the noun's two commonest senses is a sum of money or a worth ("amount", "sum", "value",
    "cost"): "the value of the transfers" asks for a sum, where "the number of the transfers" asks for a count."""
    return "noun.possession" in supersenses(noun, "n", senses=2) or names_a_worth(noun)


def is_money(noun: str) -> bool:
    """Whether the noun's commonest sense is money or a kind of it ("money", "fund", "budget"): what a sum of money
    names ("Of the £38.6 million spent" says "Of the money spent"); a plural by its singular's ("funds")."""
    return any(_commonest_is_a(form, "money.n.01") for form in (noun, *base_forms(noun, "n")))


def names_a_worth(noun: str) -> bool:
    """Whether one of the noun's two commonest senses is a worth ("value", "cost", "price"): a thing's worth, which
    a share of it shares with the thing ("ten percent of the contract value" is ten percent of the contract)."""
    return _commonest_is_a(noun, "worth.n.02", senses=2)


# The messages that only acknowledge or approve what was said ("thanks", "hello", "goodbye", "sorry" as an
# apology; "cheers", "okay"), named by WordNet's own words for them.
_COURTESIES = ("acknowledgment.n.03", "approval.n.04")


def is_courtesy(noun: str) -> bool:
    """Whether the noun's commonest sense is a message that acknowledges or approves ("thanks", "hello",
    "cheers"): said to the speaker, it asks nothing of the documents."""
    return any(_commonest_is_a(noun, kind) for kind in _COURTESIES)


def names_a_measure(noun: str) -> bool:
    """Whether the noun's commonest sense is only a stretch of time or a sum of money ("period", "duration",
    "sum", "amount"): "a period of one year" is one year, "a sum of €5m" is €5m."""
    return "noun.time" in supersenses(noun, "n", senses=1) or _commonest_is_a(noun, "sum.n.01")


def is_change(verb: str) -> bool:
    """Whether one of the verb's three commonest senses is a kind of changing or being changed ("rise", "fall",
    "grow", "cut"; not "average", "pay"): "rose 59%" sizes a change, "averaged 2.3%" a level."""
    return any(_commonest_is_a(verb, kind, senses=3, pos="v") for kind in ("change.v.01", "change.v.02"))


def names_a_change(noun: str) -> bool:
    """Whether a noun names a change: it is the verb's own form ("change", "increase", "fall") or derives from it
    ("reduction" from "reduce", "growth" from "grow"): a table's "Change in admissions (%)" gives each row's change."""
    return is_change(noun) or any(is_change(r) for r in related_forms(noun) if r[:4] == noun[:4])


_METRIC_PREFIXES = ("kilo", "mega", "giga", "tera", "milli", "centi", "micro")  # the SI's, as English writes them


@lru_cache(maxsize=4096)
def means_whole(adjective: str) -> bool:
    """Whether the adjective's commonest sense is WordNet's "whole" (including all components) or one of its
    satellites ("entire", "total"): "the whole reserve", "the entire budget" take all of what they qualify."""
    reader = _reader()
    synsets = reader.synsets(adjective, "a")[:1] if reader is not None and adjective else []
    return any(s.name() == "whole.a.01" or any(t.name() == "whole.a.01" for t in s.similar_tos()) for s in synsets)


@lru_cache(maxsize=4096)
def may_name_money(noun: str) -> bool:
    """Whether any sense of the noun is a unit of money or a piece of currency ("crown", "dollar", "rupee"), though
    its commonest may be another thing ("the Crown")."""
    reader = _reader()
    if reader is None or not noun:
        return False
    return any(
        _commonest_is_a_synset(s, kind)
        for s in reader.synsets(noun.replace(" ", "_"), "n")
        for kind in ("monetary_unit.n.01", "currency.n.01")
    )


def deals_in_money(verb: str) -> bool:
    """Whether the verb's commonest sense is one of having, giving or taking (WordNet's verb.possession: "pay",
    "contribute", "receive"), or of being whose noun is a sum ("cost"): what it takes a number of is a sum."""
    senses = supersenses(verb, "v", senses=1)
    return "verb.possession" in senses or bool(
        "verb.stative" in senses and supersenses(verb, "n", senses=1) & {"noun.possession"}
    )


def is_unit(noun: str, senses: int = 1) -> bool:
    """Whether a noun is a unit of measure: one of its `senses` commonest senses is a quantity ("litre", "km"), or it
    is a metric prefix on one ("megalitre", which WordNet lacks)."""
    if "noun.quantity" in supersenses(noun, "n", senses=senses):
        return True
    prefix = next((p for p in _METRIC_PREFIXES if noun.startswith(p) and len(noun) > len(p) + 2), "")
    return bool(prefix) and "noun.quantity" in supersenses(noun[len(prefix) :], "n", senses=senses)


def is_a_change(noun: str, senses: int = 3) -> bool:
    """Whether a noun names a change as an event: one of its three commonest senses is a kind of change
    ("reduction", "increase", "improvement", "difference"), or it is the form of a verb going up or down ("drop",
    "fall", "decline", "growth": `direction`) that names no limit ("limit") or share: "a reduction of 30%" sizes a
    change, "a limit of €250,000" a bound, "a contribution of €2m" a sum. `senses`: how many of its commonest senses
    count."""
    if any(_commonest_is_a(noun, kind, senses=senses) for kind in ("change.n.01", "change.n.03")):
        return True
    return direction(noun) != 0 and not names_a_limit(noun) and not is_share(noun)


def is_stative(verb: str) -> bool:
    """Whether the verb's commonest sense is a state, not an event (WordNet's verb.stative: "hold", "contain",
    "include", "cost"): what a thing is or has, which nothing can put off or call off."""
    return "verb.stative" in supersenses(verb, "v", senses=1)


def is_point_in_time(noun: str) -> bool:
    """Whether the noun's commonest sense is a point in time or a day ("deadline", "moment", "date"): "by what
    date?" asks for a day, as "what year?" asks for a year."""
    return _commonest_is_a(noun, "point.n.06") or is_a_day(noun)


def is_a_day(noun: str) -> bool:
    """Whether the noun's commonest sense is a day ("date", "day", "weekday"): a time whatever names what falls on it
    ("the payment date")."""
    return _commonest_is_a(noun, "day.n.01")


@lru_cache(maxsize=65536)
@_one_reader_at_a_time
def is_verb(phrase: str) -> bool:
    """Whether WordNet lists the word or phrase ("take_part", "carry_out") as a verb."""
    reader = _reader()
    return reader is not None and bool(phrase) and bool(reader.synsets(phrase.lower().replace(" ", "_"), "v"))


def is_month(noun: str) -> bool:
    """Whether the noun's commonest sense is a month of the calendar ("June", "september")."""
    return _commonest_is_a(noun, "calendar_month.n.01")


def payment_noun(verb: str) -> str:
    """The noun for what a verb of giving or spending gives, as WordNet derives it ("contribute" ->
    "contribution", "donate" -> "donation"; "cost" is its own noun): a derived noun whose
    commonest sense is a possession, else an act; "" for a verb that changes no hands ("come") or derives no
    such noun but a gerund ("getting") or the doer ("contributor")."""
    if "noun.possession" in supersenses(verb, "n", senses=1):
        return verb  # "cost", "grant", "fund"
    if "verb.possession" not in supersenses(verb, "v", senses=2):
        return ""
    derived = [w for w in sorted(derived_forms(verb)) if is_noun(w) and not w.endswith("ing")]
    for kind in ("noun.possession", "noun.act"):
        fitting = [w for w in derived if kind in supersenses(w, "n", senses=1)]
        if fitting:
            return fitting[0]
    return ""


def names_a_place(noun: str) -> bool:
    """Whether the noun names a place: one of its two commonest senses is a location, the commonest a location or
    a body that is also one ("town", "country"), and neither names an idea or an expression ("area": of a map or
    of a debate; "point", "address")."""
    senses = supersenses(noun, "n")
    first = supersenses(noun, "n", senses=1)
    ideas = {"noun.communication", "noun.cognition"}
    return "noun.location" in senses and bool(first & {"noun.location", "noun.group"}) and not senses & ideas


@lru_cache(maxsize=4096)
@_one_reader_at_a_time
def may_be_a_body(noun: str) -> bool:
    """Whether the noun's commonest sense is a person that WordNet defines as a person or a body ("contractor":
    "someone (a person or firm) who contracts to build things"; "employer", "trustee"): "which contractor?" is
    answered by a firm's name as well as a person's."""
    reader = _reader()
    synsets = reader.synsets(noun.replace(" ", "_"), "n")[:1] if reader is not None and noun else []
    if not synsets or synsets[0].lexname() != "noun.person":
        return False
    words = [w.strip("(),;") for w in synsets[0].definition().lower().split()][:_DEFINING_WORDS]
    return any(
        before in ("person", "someone") and joined == "or" and _commonest_is_a(alternative, "organization.n.01")
        for before, joined, alternative in zip(words, words[1:], words[2:], strict=False)
    )


_DEFINING_WORDS = 6  # how far into a definition its alternatives stand ("a person or firm that ...")


def kinds_apart(a: str, b: str) -> bool:
    """Whether two nouns name things of different kinds in every sense WordNet gives them (no lexicographer file in
    common: "programme", a plan or a broadcast, is never a body, as "university" is in one; "council" and "assembly"
    are both bodies in one sense). A word WordNet lacks is of no known kind."""
    kinds_a, kinds_b = supersenses(a, "n", senses=_ALL_SENSES), supersenses(b, "n", senses=_ALL_SENSES)
    return bool(kinds_a) and bool(kinds_b) and not kinds_a & kinds_b


_ALL_SENSES = 100  # more than any noun has


def names_a_quantity(noun: str) -> bool:
    """Whether the noun's commonest sense is a magnitude or a ratio ("number", "count", "majority", "percentage",
    "proportion", "rate") or a share: a word saying what kind of value a phrase gives, not what it is of."""
    kinds = ("magnitude.n.01", "magnitude_relation.n.01", "number.n.02", "share.n.01")
    return any(_commonest_is_a(noun, kind) for kind in kinds)


def is_a_limiting(verb: str) -> bool:
    """Whether one of the verb's two commonest senses restricts an amount (WordNet's limit.v.02: "cap", "limit",
    "restrict"): the value it is set at is an upper bound."""
    return _commonest_is_a(verb, "limit.v.02", senses=2, pos="v")


def is_social_group(noun: str) -> bool:
    """Whether one of the noun's two commonest senses is a group of people ("body", "agency", "office",
    "government"), not only a collection of things ("law": the collection of rules; "set", "series")."""
    return _commonest_is_a(noun, "social_group.n.01", senses=2)


@lru_cache(maxsize=65536)
@_one_reader_at_a_time
def counts_as(counted: str, asked: str) -> bool:
    """Whether a number of `counted` is a number of `asked`: the commonest sense of `counted` is a kind of the
    commonest sense of `asked`, or of a member of the group it names ("96 managers" answers "how many people":
    people are persons, a manager is a kind of person; "three camps" counts no refugees)."""
    reader = _reader()
    if reader is None or not counted or not asked:
        return False
    asked_senses = reader.synsets(asked.replace(" ", "_"), "n")[:1]
    wanted = {s.name() for s in asked_senses} | {m.name() for s in asked_senses for m in s.member_meronyms()}
    return any(
        h.name() in wanted
        for s in reader.synsets(counted.replace(" ", "_"), "n")[:1]
        for p in s.hypernym_paths()
        for h in p
    )


@lru_cache(maxsize=65536)
@_one_reader_at_a_time
def _commonest_is_a(word: str, kind: str, senses: int = 1, pos: str = "n") -> bool:
    """Whether one of the word's `senses` commonest senses as part of speech `pos` is the synset `kind` or a kind
    of it (WordNet's hypernyms)."""
    reader = _reader()
    if reader is None or not word:
        return False
    synsets = reader.synsets(word.replace(" ", "_"), pos)[:senses]
    return any(h.name() == kind for s in synsets for path in s.hypernym_paths() for h in path)


@lru_cache(maxsize=65536)
@_one_reader_at_a_time
def _senses(lemma: str, pos: str, senses: int) -> frozenset:
    reader = _reader()
    if reader is None or not lemma:
        return frozenset()
    return frozenset(reader.synsets(lemma.replace(" ", "_"), pos)[:senses])


_TELLING_COUNT = 20  # tagged uses of a word's commonest sense that make the shares of its others meaningful
_RARE_SHARE = 0.05


def _in_use(lemma: str, synsets: list, all_senses: list) -> list:
    """`lemma`'s `synsets` without those WordNet's sense-tagged corpus almost never met beside the word's
    commonest sense ("other" as recently past: 8 uses to 483 for "not the same one"), when the word was met often
    enough to tell. A rare sense's relations (its similar adjective "past", whose antonym is "future") are not
    the word's."""

    def uses(synset) -> int:
        return sum(lemma_.count() for lemma_ in synset.lemmas() if lemma_.name().lower() == lemma.lower())

    commonest = max(map(uses, all_senses), default=0)
    if commonest < _TELLING_COUNT:
        return synsets
    return [s for s in synsets if uses(s) >= _RARE_SHARE * commonest]


@lru_cache(maxsize=65536)
@_one_reader_at_a_time
def _generalised(lemma: str, senses: int = 3, kinds: bool = True, parts: str = "") -> frozenset:
    """The synsets of `lemma`'s commonest senses (per part of speech; only those of `parts` when given), the
    adjective heads they are similar to and (`kinds`) their direct hypernyms."""
    reader = _reader()
    if reader is None or not lemma:
        return frozenset()
    by_pos: dict[str, list] = {}
    for synset in reader.synsets(lemma.replace(" ", "_")):
        by_pos.setdefault(synset.pos(), []).append(synset)
    found = set()
    for pos, synsets in by_pos.items():
        if parts and pos not in parts:
            continue
        same_part = by_pos.get("a", []) + by_pos.get("s", []) if pos in "as" else synsets
        for synset in _in_use(lemma, synsets, same_part)[:senses]:
            found.add(synset)
            found.update(synset.similar_tos())
            if kinds:
                found.update(synset.hypernyms())
    return frozenset(found)


@lru_cache(maxsize=65536)
@_one_reader_at_a_time
def _antonym_synsets(synset) -> frozenset:
    return frozenset(a.synset() for lemma in synset.lemmas() for a in lemma.antonyms())
