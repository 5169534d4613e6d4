"""What a question is, read from its parse: its form, the kind of answer it wants, what it is about, and
the facts it states. One typed value (`Question`), computed once per question by `analyse`.

- Form: a wh-question or a request for information ("Tell me how ...", "List ..."), a yes/no question
  (an auxiliary opens it), a claim to check ("Is it true that X?", "Fact-check: X", "Someone told me
  that X. Right?", a bare statement), an instruction to the assistant (an imperative asking it to make
  something new, talk addressed to the assistant itself, or a known injection phrase), or small talk.
- Expected answer: from the wh-word and the noun it governs, classed by WordNet's supersense of that noun
  ("which two countries" -> noun.location -> a place; "who are the authors" -> noun.person -> a person;
  "how many staff" -> a count of staff; "in what year" -> noun.time -> a point in time; "when will X
  grow" -> a time or a condition).
- Focus: the noun phrases it is about; `terms`: the stems that say what it is about (not the wh-words,
  the request verb, or a mention of the source such as "according to the report").
- Stated facts: the years, numbers and names it states (the wh-phrase excluded), as `SentenceFacts`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from enum import StrEnum

from spacy.tokens import Doc, Span, Token

from knowledge import lexicon
from knowledge.language import (
    ENTITY_LABELS_NOT_NAMES,
    EXTENT,
    WH_TAGS,
    SentenceFacts,
    analyse_span,
    counted_noun,
    extraposed_clause,
    future_periphrasis,
    is_degree_word,
    is_time_unit,
    misread_auxiliary,
    misread_predicate,
    noun_phrases,
    parse,
    stands_for_a_noun,
    superlative,
    verb_sense,
)
from knowledge.terms import stem, terms


class Form(StrEnum):
    QUESTION = "question"
    YES_NO = "yes/no question"
    CLAIM = "claim to check"
    INSTRUCTION = "instruction to the assistant"
    SMALL_TALK = "small talk"


class Expected(StrEnum):
    TIME = "a time or date"
    POINT_IN_TIME = "a year or date"
    COUNT = "a number"
    AMOUNT = "an amount of money"
    SHARE = "a share or percentage"
    EXTENT = "the size of the change"
    DURATION = "a length of time"
    PLACE = "a place"
    PERSON = "a person"
    AGENT = "who did it"
    ORGANIZATION = "an organization"
    NAME = "the names asked for"
    EXPANSION = "what the abbreviation stands for"
    ANY = "anything"


@dataclass(frozen=True)
class Question:
    text: str
    form: Form
    expected: Expected = Expected.ANY
    about: str = ""  # lemma of the noun asked about or counted ("country", "staff"), or ""
    geographic: bool = False  # a place proper ("where is X based?"), not a venue ("where was it adopted?")
    future: bool = False  # "when will ...?": a condition answers it too
    once: bool = False  # "when did IOM join?": an act done once in the past, dated by a date, not by a period's
    # description ("in an era of ...")
    asks_list: bool = False
    claim: str = ""  # the statement to check, for claims and yes/no questions
    focus: tuple[str, ...] = ()  # noun phrases it is about, as written
    terms: frozenset[str] = frozenset()  # stems of the words that say what it is about
    stated: SentenceFacts = field(default_factory=lambda: SentenceFacts(0, 0))
    acronyms: tuple[str, ...] = ()
    wh_noun: str = ""  # lemma of the noun a wh-determiner asks for ("what declaration" -> "declaration")
    action: str = ""  # lemma of the verb "who" asks the doer of ("who drafted it?" -> "draft"), or ""
    act: str = ""  # lemma of the verb any wh-word asks about ("Which firm was awarded the contract?" -> "award"), or ""
    role: str = ""  # lemma of the office "who is the <role>?" asks the holder of ("chief executive" -> "executive")
    frame: frozenset[int] = frozenset()  # token indices that frame it (wh-words, "the report says"), see `doc`
    doc: Doc | None = field(default=None, compare=False, repr=False)


# Phrases that try to take over the assistant. A short list is the one place words are matched: they
# name no topic of any document, only attempts to change the assistant's rules.
_INJECTION = re.compile(
    r"\b(ignore|disregard|forget|override|bypass)\b.{0,30}\b(instructions?|rules|prompts?|guidelines|context|documents?|reports?|sources?|passages?|texts?)\b"
    r"|\bsystem prompt\b|\bjailbreak\b|\bdeveloper mode\b|\bDAN\b|\bpretend (to be|you)\b"
    r"|^\s*(system|developer|admin|assistant)\s*:|\b(rules?|restrictions?|filters?) (is|are) (now )?(disabled|off|lifted)\b",
    re.IGNORECASE,
)


# English grammar: the verbs that may open a question as its auxiliary (besides the modals, tagged MD)
_AUXILIARIES = frozenset(["be", "have", "do"])


def _an_auxiliary(token: Token) -> bool:
    """A finite auxiliary opening a question ("Did X drop to 9%?"), though the tagger may take it for the main verb
    when it misreads the verb after the subject as a noun ("Did staff turnover drop ...": "drop" as a noun)."""
    finite = token.tag_ in ("VBD", "VBZ", "VBP", "MD")
    return token.pos_ == "AUX" or (finite and (token.tag_ == "MD" or token.lemma_.lower() in _AUXILIARIES))


def analyse(text: str) -> Question:
    """The analysis of one question or claim (one spaCy parse)."""
    doc = parse(text.strip())
    tokens = [t for t in doc if not (t.is_punct or t.is_space)]
    if _INJECTION.search(doc.text) or _addresses_assistant(doc):
        return Question(doc.text, Form.INSTRUCTION, doc=doc)
    if not tokens or not any(_content(t) for t in tokens) or _courtesy(doc):
        return Question(doc.text, Form.SMALL_TALK, doc=doc)
    claim = _claim(doc)
    asking = [t for t in doc if t.tag_ in WH_TAGS and not _is_relative(t) and not _subordinating(t)]
    # "When countries disagree, what could X do?": the wh-word of a clause set before the question asks nothing
    wh = next((t for t in asking if not _in_adverbial_clause(t)), asking[0] if asking else None)
    # "When the board met, was the plan approved?": the main clause opens after the clause set before it
    first = next((t for t in tokens if not _in_adverbial_clause(t)), tokens[0])
    if claim is not None:
        form = Form.CLAIM
    elif wh is None and _an_auxiliary(first):
        form = Form.YES_NO
    elif _is_statement(doc) and not (wh is not None and _personal(doc)):  # a wh-word inside a statement opens a
        # clause ("... is how X"), asks nothing; but the speaker's "I'd like to know what X is" asks it
        form, claim, wh = Form.CLAIM, doc[:], None
    elif wh is None and _is_statement(doc, asked=True) and not _personal(doc):  # "X joined Y in 2016?"
        form, claim = Form.CLAIM, _trimmed(list(doc)) or doc[:]
    else:
        form = Form.QUESTION
    wh_phrase = _wh_phrase(wh)
    expected, about, geographic, future = Expected.ANY, "", False, False
    if form is Form.QUESTION:
        expected, about, geographic, future = _expected(doc, wh) if wh is not None else _requested(doc)
    stated_span = claim if claim is not None else doc[:]
    # a claim inside a wrapper ("Is it true that HRT plans to X?") is read alone, as the statement it is: the
    # wrapper's parse may misread it ("HRT" a verb, "plans" a noun)
    wrapped = claim is not None and claim.start > 0  # a wrapper before it
    stated = analyse_span(parse(claim.text)[:], claim.start_char) if wrapped else analyse_span(stated_span)
    if wh_phrase:
        stated = _without(stated, wh_phrase)
    for token in doc:  # a name inside a mention of the source ("chapter 5 of the World Migration Report") is no fact
        if _mentions_source(token) or _names_the_text(token):
            words = _source_words(token)
            stated = _without(stated, (words[0].idx, words[-1].idx + len(words[-1])))
    acronyms = tuple(t.text for t in doc if t.is_upper and len(t.text) >= 2 and t.is_alpha)
    frame = _frame_tokens(doc)
    stated = _unframed(stated, [t for t in _attribution(doc) if stated_span.start <= t.i < stated_span.end])
    determined = _determined_noun(wh) if wh is not None else None
    if expected is Expected.ANY and form is Form.QUESTION and acronyms and _asks_expansion(doc, wh):
        expected = Expected.EXPANSION
    unit = _unit_asked(doc) if form is Form.QUESTION and expected in (Expected.ANY, Expected.COUNT) else None
    if unit is not None:  # "What is the storage capacity, in kilowatt-hours, of X?": a measure in that unit
        money = lexicon.counts_as(unit.lemma_.lower(), "monetary_unit")
        expected, about = (Expected.AMOUNT if money else Expected.COUNT), unit.lemma_.lower()
    return Question(
        text=doc.text,
        form=form,
        expected=expected,
        about=about,
        geographic=geographic,
        future=future,
        once=expected in (Expected.TIME, Expected.POINT_IN_TIME) and wh is not None and _done_once(wh),
        asks_list=_asks_list(doc, wh),
        claim=claim.text if claim is not None else (doc.text if form is Form.YES_NO else ""),
        focus=tuple(c.text for c in noun_phrases(doc) if not any(t.tag_ in WH_TAGS or t.pos_ == "PRON" for t in c)),
        terms=frozenset(terms(claim.text if form is Form.CLAIM else doc.text)) - {stem(t.text) for t in frame},
        stated=stated,
        acronyms=acronyms,
        frame=frozenset(t.i for t in frame),
        wh_noun=determined.lemma_.lower() if determined is not None else "",
        action=_action(wh) if expected is Expected.AGENT and wh is not None else "",
        act=_act(wh) if wh is not None else "",
        role=_office(wh) if expected is Expected.PERSON and wh is not None else "",
        doc=doc,
    )


# -- form -------------------------------------------------------------------------------------
def _in_adverbial_clause(token: Token) -> bool:
    """Whether the word sits in an adverbial clause ("when countries disagree, ...")."""
    return any(a.dep_ == "advcl" for a in (token, *token.ancestors))


def _subordinating(token: Token) -> bool:
    """A wh-word opening an adverbial clause ("Was X done when the review was carried out?"): it joins the
    clause to the question and asks nothing; but in a request of the speaker or the assistant ("Can you tell me
    when X was adopted?", "Do you know when ...?", which the parser may hang the same way) it asks what is to be
    told."""
    clause = token.head
    opens = token.dep_ == "advmod" and clause.dep_ == "advcl" and clause.left_edge.i == token.i and clause.i > 0
    # English grammar: a question inverts, a clause does not ("When was the contract signed?", which the parser may
    # hang the same way, puts the verb right after "when"; "when the review was carried out" its subject)
    inverted = token.i + 1 < len(token.doc) and token.doc[token.i + 1].tag_ in ("VBD", "VBZ", "VBP", "MD")
    return opens and not inverted and not _personal(token.doc)


def _content(token: Token) -> bool:
    """A word that gives an input something to be about: a noun, verb, number or wh-word, or the subject
    pronoun of a question asked by inversion ("Is it enough?" asks about something named before; "thanks!",
    "that's great!" ask nothing)."""
    if token.pos_ in ("NOUN", "PROPN", "VERB", "NUM") or token.tag_ in WH_TAGS or stands_for_a_noun(token):
        return True  # "And the third?": an ordinal standing for its noun
    graded = superlative(token) is not None  # "the cheapest", "the most / least expensive"
    if graded and token.dep_ == "ROOT" and any(c.dep_ == "det" for c in token.children):
        return True  # "And the quickest?": a superlative standing for its noun
    inverted = token.dep_ in ("nsubj", "nsubjpass") and token.head.pos_ == "AUX" and token.head.i < token.i
    if inverted and "Dem" in token.morph.get("PronType"):  # "Is that enough?": what was just said
        return _says_something_of(token)
    return inverted and "3" in token.morph.get("Person") and "Prs" in token.morph.get("PronType")


def _courtesy(doc: Doc) -> bool:
    """Each sentence only thanks, greets or approves ("Thanks!", "Great, thanks a lot.", "Thank you!"): its head
    is a courtesy noun, or a verb said to the listener alone ("thank you"); no wh-word, name or number."""
    if any(t.tag_ in WH_TAGS or t.pos_ in ("PROPN", "NUM") for t in doc):
        return False

    def thanks(root: Token) -> bool:
        if root.pos_ in ("NOUN", "INTJ"):
            return lexicon.is_courtesy(root.lower_) or lexicon.is_courtesy(root.lemma_.lower())
        arguments = [c for c in root.children if c.dep_ in ("dobj", "nsubj", "dative", "ccomp", "xcomp", "prep")]
        return root.pos_ == "VERB" and bool(arguments) and all("2" in c.morph.get("Person") for c in arguments)

    return all(thanks(sentence.root) for sentence in doc.sents)


def _says_something_of(subject: Token) -> bool:
    """Whether the question says something of what the demonstrative points at ("Is that enough?", "Was this
    planned?"), not of the answer itself ("Is that right?", "Is that so?")."""
    said = [c for c in subject.head.children if c.dep_ in ("acomp", "attr", "advmod") and c.i > subject.i]
    if not said:
        return False
    word = said[0].lemma_.lower()
    if said[0].pos_ in ("NOUN", "PROPN"):
        return True
    # a quality ("enough", tagged an adverb as often as an adjective), not "so"; and no grade of truth
    return bool(lexicon.supersenses(word, "a")) and not lexicon.judges_truth(word)


def _is_relative(token: Token) -> bool:
    """ "which"/"that" inside a relative clause ("the issues that ...") is no question word; "how" opens no relative
    clause, so one the parser hangs as a noun's relative ("Of the 1,150 people it employs, how many work full-time?")
    still asks."""
    return token.lower_ != "how" and any(a.dep_ == "relcl" for a in (token, *token.ancestors))


def _claim(doc: Doc) -> Span | None:
    """The statement a claim-shaped input asks to check, or None.

    "Is it true that X?" (an expletive "it" with a clausal complement), "Someone told me that X. Right?"
    (a clause reported by a communication verb, then a short tag question), "Someone told me X, right?",
    "X, is that true?", "Fact-check: X" (a label without a verb before a colon, then a clause)."""
    for token in doc:
        clause = extraposed_clause(token)
        asked = any(t.tag_ in WH_TAGS and t.i < token.i and not _is_relative(t) for t in doc)
        if clause is not None and not asked:  # "How much cheaper was it to run them?" asks of the clause, states
            return _report(clause, to_end=True)  # nothing to check
    sentences = list(doc.sents)
    if len(sentences) > 1 and not any(t.pos_ in ("NOUN", "PROPN", "VERB", "NUM") for t in sentences[-1]):
        return _report(sentences[0].root, whole=True)  # "Someone told me that X. Right?"
    root = sentences[0].root
    asked = doc.text.rstrip().endswith("?")
    reported = next((c for c in root.children if c.dep_ == "ccomp" and c.i > root.i), None)
    if reported is not None and asked and _is_saying(root) and _declarative(root):
        return _report(root)  # "Someone told me X, right?": a report asked to be confirmed
    stated = next((c for c in root.children if c.dep_ == "ccomp" and c.i < root.i), None)
    tag = _closing_tag(list(sentences[0]))
    if stated is not None and asked and tag and not any(t.pos_ in _CONTENT for t in tag):
        span = _report(stated)  # "X, right?", "I read that X - correct?", "X, is that true?"
        return _trimmed(list(doc[span.start : tag[0].i])) or span
    colon = next((t for t in doc[:6] if t.text == ":"), None)
    if colon is not None and not any(t.pos_ in ("VERB", "AUX") and t.tag_ != "VB" for t in doc[: colon.i]):
        rest = doc[colon.i + 1 :]
        opens_question = len(rest) > 0 and rest[0].tag_ in WH_TAGS
        finite = any(t.tag_ in _FINITE for t in rest)
        if len(rest) and not opens_question and (finite or _is_statement(parse(rest.text))):  # alone, its verb shows
            return rest
    return None


_CONTENT = frozenset(["NOUN", "PROPN", "NUM", "VERB"])
_FINITE = frozenset(["VBD", "VBP", "VBZ", "MD"])  # the tags of a finite verb: a clause has one


def _report(clause: Token, whole: bool = False, to_end: bool = False) -> Span:
    """What a clause states, past any report of saying, reading or hearing ("Someone told me the report
    says X" -> X). What a verb of saying reports is all that follows it (and its "me", "that") to the end
    of the sentence, short of a closing tag ("..., right?"), however the parser attached its words: it
    may read "told me the network ... has" as "told [the network]" and a second clause. `whole`: a clause
    that reports nothing is its whole sentence, else its own words; `to_end`: a clause set last in its sentence
    ("Is it true that X?") runs to the sentence's end, wherever the parser ended it."""
    saying = None
    while _is_saying(clause):
        inner = next((c for c in clause.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)
        if inner is None and any(c.dep_ in ("nsubjpass", "auxpass") for c in clause.children):
            break  # "the induction was delivered by X" reports nothing: a passive with no clause is the statement
        if inner is None and not any(t.tag_ in _FINITE for t in clause.sent if t.i > clause.i):
            break  # "the Commission allowed BRW a 2.5% increase": no clause follows to report; the verb is the claim's
        reported = ("ccomp", "dobj") if inner is not None else ("ccomp", "dobj", "advcl")  # as the parser may attach it
        if any(c.dep_ in reported and _asks(c) for c in clause.children):
            break  # "announced which recommendations were accepted": an indirect question is what the report states
        saying = clause
        if inner is None:
            break
        clause = inner
    if saying is None:
        if to_end:
            tokens = _untagged([t for t in clause.sent if t.i >= clause.left_edge.i])
        else:
            tokens = list(clause.sent if whole else clause.subtree)
        return _trimmed(tokens) or clause.doc[clause.i : clause.i + 1]
    doc, start = saying.doc, saying.i + 1
    while start < len(doc) and doc[start].head.i == saying.i and doc[start].pos_ == "PRON":
        start += 1  # "told me", "heard it said" ("that" is trimmed below)
    tokens = _untagged([t for t in saying.sent if t.i >= start])
    return _trimmed(tokens) or clause.doc[clause.i : clause.i + 1]


_WH_TAGS = ("WDT", "WP", "WP$", "WRB")  # the Penn tags of the wh-words that open a question


def _asks(clause: Token) -> bool:
    """An indirect question: a clause opened by a wh-word ("which recommendations the ministry accepted", "how many
    staff left") or by "whether" / "if"; it states nothing of its own to check."""
    opening = clause.left_edge
    return opening.tag_ in _WH_TAGS or any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in clause.children)


def _untagged(tokens: list[Token]) -> list[Token]:
    """The words before a closing tag that asks nothing of its own ("..., right?", "- correct?")."""
    tag = _closing_tag(tokens)
    if tag and not any(t.pos_ in _CONTENT for t in tag):
        return [t for t in tokens if t.i < tag[0].i]
    return tokens


def _closing_tag(tokens: list[Token]) -> list[Token]:
    """The words after the last punctuation mark inside `tokens` (final marks aside), that mark first:
    ", right" of "X, right?"; [] when there is no such mark."""
    end = len(tokens)
    while end and (tokens[end - 1].is_punct or tokens[end - 1].is_space):
        end -= 1
    marks = [i for i in range(1, end) if tokens[i].is_punct and (tokens[i].text not in ("-", "'") or _apart(tokens[i]))]
    return tokens[marks[-1] : end] if marks else []


def _personal(doc: Doc) -> bool:
    """The sentence's subject is the speaker or the assistant ("You can help me?", "I may ask?"): no claim
    about the documents."""
    root = next(iter(doc.sents)).root
    return any(c.dep_ in ("nsubj", "nsubjpass") and {"1", "2"} & set(c.morph.get("Person")) for c in root.children)


def _apart(mark: Token) -> bool:
    """A mark set apart by spaces: the dash of "X - is that so?", not the hyphen of "mini-multilateralism"."""
    return mark.i > 0 and bool(mark.doc[mark.i - 1].whitespace_) and bool(mark.whitespace_)


def _declarative(verb: Token) -> bool:
    """Subject before the verb, no auxiliary before the subject and no question word before the verb ("Someone
    told me", not "Did you hear", nor "In which city does the report say", however the parser took its subject)."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.i > verb.i or any(t.tag_ in WH_TAGS for t in subject.subtree):
        return False
    if any(t.tag_ in WH_TAGS and not _is_relative(t) for t in verb.doc[: verb.i]):
        return False
    return not any(c.pos_ == "AUX" and c.i < subject.i for c in (verb, *verb.children))  # "Is it guaranteed ..."


def _is_saying(verb: Token) -> bool:
    """A verb of saying, thinking or perceiving that reports what follows: not one completed by an infinitive
    ("efforts aim to advance X", "States plan to act" state an aim, they report nothing)."""
    senses = lexicon.supersenses(verb.lemma_, "v")
    intends = any(c.dep_ == "xcomp" for c in verb.children) and not any(c.dep_ == "ccomp" for c in verb.children)
    return bool(senses & {"verb.communication", "verb.cognition", "verb.perception"}) and not intends


def _trimmed(tokens: list[Token]) -> Span | None:
    """The span of `tokens` without punctuation at either end (nor a clause's "that"), a closing bracket
    or quote that closes one inside kept ("(in 2016)")."""
    words = [t for t in tokens if not (t.is_punct or t.is_space)]
    while words and words[0].dep_ == "mark" and words[0].head.i > words[0].i:
        words = words[1:]
    if not words:
        return None
    doc, start, end = tokens[0].doc, words[0].i, words[-1].i + 1
    while end < tokens[-1].i + 1 and doc[end].is_punct and (doc[end].is_right_punct or doc[end].is_quote):
        if not any(t.is_left_punct or t.is_quote for t in doc[start:end]):
            break
        end += 1
    return doc[start:end]


def _is_statement(doc: Doc, asked: bool = False) -> bool:
    """A declarative sentence (a subject and a finite verb) that does not end in a question mark (`asked`:
    that does, a statement put as a question: subject first, no auxiliary before it)."""
    root = next(iter(doc.sents)).root
    opening = next((t for t in doc if not (t.is_punct or t.is_space)), None)
    return (
        (doc.text.rstrip().endswith("?") and _declarative(root) if asked else not doc.text.rstrip().endswith("?"))
        and not (opening is not None and (opening.tag_ == "VB" or opening.tag_ in WH_TAGS))  # "List the ...", "How ..."
        and not _asked_by_main_clause(root)  # "according to the review why was the fee abolished"
        and root.pos_ in ("VERB", "AUX")
        and (root.tag_ != "VB" or any(c.tag_ == "MD" for c in root.children))  # "X could improve Y", not "Improve Y"
        and any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in root.children)  # "There are calls ..."
    )


def _asked_by_main_clause(root: Token) -> bool:
    """Whether a wh-phrase before the main verb is its own argument or adjunct ("according to the chapter what
    yardstick should be used", "in 2021 why was it abolished"): a question after a fronted phrase. In a statement a
    wh-word opens a clause of its own ("How it works is unclear", "This is what matters")."""
    for token in root.doc[: root.i]:
        if token.tag_ not in WH_TAGS:
            continue
        word = token  # up through its phrase ("how many centres") or the auxiliary it was hung on ("why was")
        while word.head.i != root.i and word.head.i < root.i and word.head.pos_ != "VERB" and word.head.i != word.i:
            word = word.head
        if word.head.i == root.i and word.dep_ not in _CLAUSES:
            return True
    return False


_CLAUSES = frozenset(["relcl", "acl", "ccomp", "csubj", "advcl"])


def _mentions_source(token: Token) -> bool:
    """A noun naming a text that is where the question looks, not what it asks about: the subject of a verb
    of saying or thinking ("the report says", "how does IOM's World Migration Report assess ..."), the object
    of "according to", a text the clause is set in ("In the WMR 2018 chapter, ..."), or the text another
    such text is part of ("chapter 5 of the World Migration Report")."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    if token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.lower_ == "according":
        return True  # whoever or whatever it is: "according to" names where the claim comes from
    if not is_text(token):
        return False
    if token.dep_ == "nsubj":
        verb = lexicon.supersenses(token.head.lemma_, "v") & {"verb.communication", "verb.cognition"}
        has_object = any(c.dep_ in ("dobj", "prep", "ccomp") or c.tag_ in WH_TAGS for c in token.head.children)
        return bool(verb) and has_object
    if token.dep_ != "pobj" or token.head.dep_ != "prep":
        return False
    preposition = token.head
    if preposition.lower_ == "in" and (preposition.head.pos_ in ("VERB", "AUX") or preposition.head.dep_ == "ROOT"):
        return True  # the setting of the whole clause
    return preposition.lower_ == "of" and preposition.head.pos_ in ("NOUN", "PROPN") and is_text(preposition.head)


def _names_the_text(token: Token) -> bool:
    """A text named by its modifiers as the subject of a question ("What does the IOM chapter on Y set out to
    examine?"): its names say which text, not what is asked, though the text itself may be the topic ("How does the chapter
    begin?"). A named text ("the Paris Agreement") is what is asked about."""
    named = any(_a_name_word(t) for c in token.lefts for t in c.subtree)  # "the IOM chapter", "the 2018 report"
    return token.pos_ == "NOUN" and token.is_lower and named and is_text(token) and _inverted_subject(token)


def _a_name_word(token: Token) -> bool:
    """A word of a name or a year naming a text ("IOM", "2018"), not a date word qualifying a common noun ("the
    average annual bill")."""
    named = bool(token.ent_type_) and token.ent_type_ not in ENTITY_LABELS_NOT_NAMES
    return token.pos_ == "PROPN" or named or (token.ent_type_ == "DATE" and token.like_num)


def _inverted_subject(noun: Token) -> bool:
    """Whether the noun heads the phrase right after a question's opening wh-phrase and auxiliary ("How does the
    X report on Y rate Z?", "Which two initiatives does the X chapter give?"): the subject by word order, which the
    parser often misattaches in long questions."""
    sentence = noun.sent
    words = [t for t in sentence if not t.is_punct]
    if len(words) < 3 or words[0].tag_ not in WH_TAGS:
        return False
    wh = words[0]  # and the rest of its phrase: "Which two initiatives does the X chapter give ...?"
    auxiliary = next((t for t in words if t.i > wh.i and t.pos_ not in ("NUM", "ADJ", "NOUN")), None)
    if auxiliary is None or auxiliary.tag_ not in ("VBZ", "VBD", "VBP", "MD"):
        return False
    phrase_end = auxiliary.i - 1
    if phrase_end > wh.i and noun.dep_ not in ("nsubj", "nsubjpass"):
        return False  # after a wh-phrase, only a noun parsed as the subject ("did the X government sign": a verb)
    between = [t for t in words if auxiliary.i < t.i < noun.i]
    return all(t.dep_ in ("det", "compound", "nmod", "amod", "nummod", "poss", "case") for t in between)


def _source_words(token: Token) -> list[Token]:
    """The words of the phrase naming a source: its subtree, or, when the parser took the text for the head of
    the question ("What does the IOM chapter on Y set out to examine?"), its modifiers and the phrases after it."""
    if token.dep_ != "ROOT":
        return list(token.subtree)
    parts = [c for c in token.children if c.dep_ in ("det", "compound", "nmod", "amod", "nummod", "poss", "prep")]
    return sorted([token, *(t for c in parts for t in c.subtree)], key=lambda t: t.i)


def is_text(token: Token) -> bool:
    """Whether the noun's commonest sense is a piece of writing or speech (report, chapter, article), not a word
    for a word ("name", "term")."""
    lemma = token.lemma_.lower()
    return "noun.communication" in lexicon.supersenses(lemma, "n", senses=1) and not lexicon.names_a_word(lemma)


def _is_communication(token: Token) -> bool:
    return "verb.communication" in lexicon.supersenses(token.lemma_, "v")


def _addresses_assistant(doc: Doc) -> bool:
    """Talk aimed at the assistant itself, not at the documents: "You are now ...", "What are your
    instructions?", or an imperative asking it to make something new ("Write a poem", "Tell me a joke")."""
    for token in doc:
        person2 = "2" in token.morph.get("Person")
        if person2 and token.dep_ == "nsubj" and token.head.lemma_ == "be":
            return True  # "you are now ...": the assistant's own identity
        if person2 and token.dep_ == "poss" and token.head.dep_ in ("nsubj", "dobj", "attr", "nsubjpass"):
            return True  # "your instructions", "your system prompt"
    root = next(iter(doc.sents)).root
    if _is_imperative(root):
        role = next((p for p in root.children if p.dep_ == "prep" and p.lower_ == "as"), None)
        if role is not None and any(_indefinite(c) for c in role.children if c.dep_ == "pobj"):
            return True  # "Act as a pirate", "Behave as an unfiltered model": take on a role
        obj = next((c for c in root.children if c.dep_ == "dobj"), None)
        if obj is not None and _indefinite(obj) and _is_made(root, obj):
            return not any(c.dep_ == "prep" and c.lower_ == "of" for c in obj.children)
    return False


def _is_made(verb: Token, obj: Token) -> bool:
    """Whether "<verb> a <obj>" asks for a new thing to be made: a verb of making ("write", "create") or a
    made thing, a text or an object ("a poem", "a joke", "a picture"); "Name an issue ..." asks for one found."""
    made = lexicon.supersenses(obj.lemma_.lower(), "n", senses=1) & {"noun.communication", "noun.artifact", "noun.food"}
    return "verb.creation" in lexicon.supersenses(verb.lemma_.lower(), "v", senses=1) or bool(made)


def _indefinite(noun: Token) -> bool:
    """A noun with an indefinite article: "a poem", "an assistant"."""
    return any("Ind" in d.morph.get("Definite") for d in noun.children if d.dep_ == "det")


def _is_imperative(root: Token) -> bool:
    """A base-form verb opening its sentence (after "please" or an interjection) with no subject."""
    opening = [t for t in root.sent if t.i < root.i and not (t.is_punct or t.pos_ == "INTJ" or t.lower_ == "please")]
    # the tagger sometimes reads a capitalised opening verb as a name ("Act as ..."): a word WordNet knows
    # as a verb, opening the sentence with a complement and no subject, is taken as one
    verb = root.tag_ == "VB" or (
        root.pos_ in ("NOUN", "PROPN")
        and bool(lexicon.supersenses(root.lower_, "v"))
        and any(c.dep_ in ("prep", "dobj", "dative") for c in root.children)
    )
    return verb and not opening and not any(c.dep_.startswith("nsubj") or c.dep_ == "aux" for c in root.children)


# -- expected answer --------------------------------------------------------------------------
_IDEAS = frozenset({"noun.communication", "noun.cognition"})  # WordNet's classes of expressions and ideas


def _noun_class(lemma: str) -> Expected:
    """The kind of answer "which/what <noun>" wants, for the nouns whose answers have a recognisable form: a
    place, a person, an organization (or a phrase naming one), an amount of money, a point in time (a
    calendar unit: "what year", "which month") or any time ("what period"). Anything else ("which duties")
    may be answered by any phrase. A place is wanted only when the noun's commonest sense is a place or a
    body that is also one ("which region", "which countries") and its next is no idea: "what point" or
    "what address" mean a point in an argument or in time, a form of address, as often as a place, and
    "which areas" may be areas of a debate. A noun whose commonest sense is an
    expression or an idea ("what term", "which concept") asks for that phrase, whatever its rarer senses."""
    if lexicon.supersenses(lemma, "n", senses=1) & _IDEAS:
        return Expected.ANY
    if lexicon.names_a_place(lemma):  # a place only when the noun is not as often a topic ("which areas")
        return Expected.PLACE
    for commonest in (1, 2):  # the commoner sense first: "what date" is a day before it is a companion
        classes = lexicon.supersenses(lemma, "n", senses=commonest)
        for sense, kind in (
            ("noun.person", Expected.PERSON),
            ("noun.group", Expected.ORGANIZATION),
            (
                "noun.time",
                Expected.POINT_IN_TIME if is_time_unit(lemma) or lexicon.is_point_in_time(lemma) else Expected.TIME,
            ),
            ("noun.possession", Expected.AMOUNT),
        ):
            if sense in classes and (kind is not Expected.ORGANIZATION or lexicon.is_social_group(lemma)):
                return kind  # a group of people, not a collection of things ("which body of law": a law)
    return Expected.ANY


def _unit_asked(doc: Doc) -> Token | None:
    """The unit of measure a question asks its value in ("in kilowatt-hours", "in cubic metres"): a bare unit (no
    article, no number) after "in", no unit of time ("in years" asks how long)."""
    for token in doc:
        if token.dep_ != "pobj" or token.head.lower_ != "in" or token.pos_ != "NOUN":
            continue
        if any(c.dep_ in ("det", "nummod", "poss") for c in token.children):
            continue
        phrase = doc[token.left_edge.i : token.i + 1].text
        timed = token.left_edge.i == token.i and is_time_unit(token.lemma_)  # "in months", not "in kilowatt-hours"
        if lexicon.is_unit(phrase.lower()) and not timed:
            return token
    return None


def _asked_verb(wh: Token) -> Token:
    """The verb a wh-word asks about: its head, past the auxiliaries ("Where is IOM based": "based")."""
    doc = wh.doc
    verb = wh.head if wh.head.pos_ in ("VERB", "AUX") else next((t for t in doc if t.dep_ == "ROOT"), wh)
    while (verb.dep_ in ("aux", "auxpass") or misread_auxiliary(verb)) and verb.head.i != verb.i:
        verb = verb.head
    if verb.lemma_ == "be":  # "When was the fund set up?": the participle hung on the subject is the passive verb
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        attribute = next((c for c in verb.children if c.dep_ == "attr"), None)
        if subject is None and attribute is not None and wh not in attribute.subtree:  # "On what date was the report
            subject, attribute = attribute, None  # published?": the subject taken for the complement of "was"
        # the last participle hung in the subject ("When was the refurbishment of the library set up?": on "library";
        # "called off", which the tagger may read as a past tense)
        participle = (
            next((c for c in reversed(list(subject.subtree)) if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD")), None)
            if subject
            else None
        )
        if participle is not None and participle.i > subject.i and attribute is None:
            return participle
        # "In what year was the Eastern Shore Resilience Trust founded?": the participle taken for a clause of "was"
        clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.tag_ in ("VBN", "VBD")), None)
        if (
            subject is None
            and clause is not None
            and any(c.dep_ == "nsubj" and c.i < clause.i for c in clause.children)
        ):
            return clause
    # "How much did the pilot cost?", "cost" taken for a noun; "Who is going to take over?": "take"
    return misread_predicate(verb) or future_periphrasis(verb)


def _done_once(wh: Token) -> bool:
    """Whether a "when" question asks the time of an act done once in the past ("When did IOM join the UN?", "When
    was it adopted?"): a past, simple (not progressive or perfect) verb of an event, not a state (WordNet's
    verb.stative in its commonest sense, or "be" itself: "When were States willing to act?")."""
    verb = _asked_verb(wh)
    helpers = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.dep_ == "acl":  # the passive's "be" the parser took for the main verb (see `_asked_verb`)
        helpers.append(verb.head.head)
    if verb.dep_ == "ccomp" and verb.head.lemma_ == "be":  # or for a verb its participle completes
        helpers.append(verb.head)
    if verb.tag_ == "VBG" or any(h.lemma_ == "have" or h.tag_ == "MD" for h in helpers):
        return False
    past = verb.tag_ == "VBD" or any(h.tag_ == "VBD" for h in helpers)
    return past and verb.lemma_ != "be" and "verb.stative" not in lexicon.supersenses(verb.lemma_, "v", 1)


def _expected(doc: Doc, wh: Token | None) -> tuple[Expected, str, bool, bool]:
    """(kind, noun asked about, geographic, future) for a wh-question or request."""
    if wh is None:
        return Expected.ANY, "", False, False
    word = wh.lower_
    verb = _asked_verb(wh)
    if word == "how":
        quantifier = (
            next((t for t in wh.head.subtree if t.lower_ in ("many", "much")), None)
            if wh.head.lower_
            in (
                "many",
                "much",
            )
            else None
        )
        if quantifier is None:
            return _size_asked(wh), "", False, False
        whole = _member(quantifier) or _fronted_whole(doc)
        if quantifier.lower_ == "much" and whole is not None:  # "how much of the budget / of their bills": a part
            return Expected.SHARE, whole.lemma_.lower(), False, False
        noun = _quantified(quantifier)
        after = doc[quantifier.i + 1] if quantifier.i + 1 < len(doc) else quantifier
        degree = after if after.tag_ in ("JJR", "RBR") else None  # "how much faster / longer / more X"
        if degree is not None:
            compared = degree.head if degree.head.pos_ == "NOUN" else None
            if compared is None and is_degree_word(degree):  # a comparative of quantity: "how much more did
                return (Expected.AMOUNT if _asks_a_sum(quantifier, verb) else Expected.ANY), "", False, False
            if compared is None:  # they spend?" a sum; "how much faster do they get it?" a degree
                return Expected.ANY, "", False, False
            if "noun.possession" in lexicon.supersenses(compared.lemma_, "n", senses=1):
                return Expected.AMOUNT, compared.lemma_.lower(), False, False  # "how much more money"
            return Expected.ANY, "", False, False
        if noun is None and quantifier.lower_ == "much" and _of_extent(wh, quantifier):
            return Expected.EXTENT, "", False, False  # "By how much did they raise it?": a number says it
        if noun is None and quantifier.lower_ == "much" and _changes_one_way(doc, quantifier):
            return Expected.ANY, "", False, False  # "How much did X grow?": how far, by a number or "substantially",
            # no sum (where the parser takes "borrowing" for the verb)
        if noun is None and quantifier.lower_ == "much":  # "How much did the X boardwalk cost to build?": the word
            # after the subject, taken for a noun or for the object of the verb after it, is the verb "much" sizes
            misread = quantifier.head if quantifier.head.pos_ in ("NOUN", "VERB") else None
            asked = any(_asks_a_sum(quantifier, v) for v in (verb, misread) if v is not None)
            # a long subject the parser breaks ("How much is the trial of sensors fixed to hydrants in Carrow
            # costing?", "How much did the "X" service cost to run?"): a word of price after the auxiliary that follows
            # "much" is the verb "much" sizes, whatever the tagger took it for
            asked = asked or (
                after.lemma_ in ("be", "do") and any(_states_a_price(t.lemma_.lower()) for t in doc[after.i + 1 :])
            )
            return (Expected.AMOUNT if asked else Expected.ANY), "", False, False
        if (
            noun is None and whole is not None and whole.pos_ == "NOUN"
        ):  # "how many of the homes": a part of them, counted as homes; "how many of the devices were tablets?"
            said = next((c for c in verb.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)  # as tablets
            counted = said if said is not None and verb.lemma_ == "be" else whole
            return Expected.COUNT, counted.lemma_.lower(), False, False
        if noun is None:
            return Expected.COUNT, "", False, False
        if quantifier.lower_ == "many":
            noun = counted_noun(noun)
        if quantifier.lower_ == "much" and "noun.possession" in lexicon.supersenses(noun.lemma_, "n"):
            return Expected.AMOUNT, noun.lemma_.lower(), False, False
        if quantifier.lower_ == "much" and "noun.time" in lexicon.supersenses(noun.lemma_, "n", senses=2):
            return Expected.DURATION, "", False, False  # "how much time did volunteers give?": "19,400 hours"
        member = _member(noun)
        if member is not None and lexicon.names_a_kind(noun.lemma_.lower()):
            noun = member  # "how many kinds of instruments": kinds are counted by naming instruments ("how many
            # issues of the Gazette": issues)
        return Expected.COUNT, noun.lemma_.lower(), False, False
    if word == "what" and _asks_a_price(wh):
        return Expected.AMOUNT, "", False, False
    if word == "when":
        future = any(t.tag_ == "MD" for t in doc)  # "when will ...?": a modal, wherever the parser hangs it
        following = doc[wh.i + 1] if wh.i + 1 < len(doc) else None
        if following is not None and following.pos_ == "ADV" and lexicon.restricts_exactly(following.text):
            return Expected.POINT_IN_TIME, "", False, future  # "when exactly ...?": a date, not "in recent years"
        return Expected.TIME, "", False, future
    if word == "where":  # "where is X based?" (a present state) asks a place; "where was it adopted?" a venue
        following = wh.doc[wh.i + 1] if wh.i + 1 < len(wh.doc) else None
        inside = following is not None and following.pos_ == "ADP"  # "where in the chapter ...": a place in something
        present = any(c.dep_ in ("aux", "auxpass") and "Pres" in c.morph.get("Tense") for c in verb.children) or (
            verb.lemma_ == "be" and "Pres" in verb.morph.get("Tense")
        )
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        located = subject is not None and _can_be_located(subject)
        return (
            (Expected.PLACE, "", True, False)
            if present and located and not inside
            else (Expected.ANY, "", False, False)
        )
    if word in ("why",):
        return Expected.ANY, "", False, False
    if word in ("who", "whom"):  # "who is the director?" asks a person; "who launched it?" anyone who acts
        role = _role(verb, wh)
        if verb.lemma_ == "be" and role is not None and role.pos_ == "PROPN" and not _an_office(role):
            return Expected.ANY, "", False, False  # "Who is Tomasz Berend?": what the name is, said of the name
        if verb.lemma_ == "be" and role is not None:
            kind = _noun_class(role.lemma_)
            # "who are the actors ...?" (plural) is answered by a phrase naming them ("States and other actors")
            about = role.lemma_.lower() if role.tag_ in ("NNS", "NNPS") else ""
            return (kind if kind is Expected.ORGANIZATION else Expected.PERSON), about, False, False
        return Expected.AGENT, "", False, False
    noun = _asked_noun(doc, wh)
    if noun is None:
        return Expected.ANY, "", False, False
    return _noun_request(noun, _determined_noun(wh) is not None or (wh.dep_ == "pobj" and noun.head.i == wh.i))


def _role(verb: Token, wh: Token) -> Token | None:
    """The noun "who is / are" asks the holder of ("Who is the director?": director), or None."""
    return next(
        (c for c in verb.children if c.dep_ in ("attr", "nsubj") and c.i != wh.i and c.pos_ in ("NOUN", "PROPN")),
        None,
    )


def _office(wh: Token) -> str:
    """The lemma of the office a "who is the <role>?" question asks the holder of ("Who is the chief executive of
    X?": executive), "" for any other question: a sentence names the holder only where it says the office."""
    if wh.lower_ not in ("who", "whom") or wh.head.lemma_ != "be":
        return ""
    role = _role(wh.head, wh)
    return role.lemma_.lower() if role is not None and _an_office(role) else ""


def _an_office(noun: Token) -> bool:
    """A noun naming a role, not someone: with a determiner ("the Director General"), or a capitalised common noun
    that names no person ("Head of Library Services", "Chair of the Board"), where a bare name ("Ines Marlow") is
    someone."""
    if any(c.dep_ == "det" for c in noun.children):
        return True
    return noun.pos_ == "PROPN" and noun.ent_type_ != "PERSON" and lexicon.is_common_noun(noun.lower_)


def _asks_a_sum(much: Token, verb: Token) -> bool:
    """ "How much does it cost / did they spend / did they charge / is the budget?" asks a sum; "how much has X changed / does it
    matter?" asks a degree: the verb is one of having and giving, or states a price, or "much" is its object or
    complement and it is no verb of change ("How much has it grown?", where the parser may take "much" for an
    object)."""
    if "verb.possession" in lexicon.supersenses(verb.lemma_, "v", senses=3) or _states_a_price(verb.lemma_.lower()):
        return True
    if lexicon.supersenses(verb.lemma_, "v", senses=1) & {"verb.change", "verb.motion"}:
        return False
    return much.dep_ in ("dobj", "npadvmod", "attr", "pobj", "nsubjpass", "acomp")


def _changes_one_way(doc: Doc, much: Token) -> bool:
    """Whether "how much" sizes a change up or down (`lexicon.direction`) of what the question's verb says changed
    ("How much did digital borrowing grow?", "How much did they cut costs?"), not what "How much did the charity
    raise?" raised: a verb needing an object that has none takes "how much" for it (the parser may take it for the
    object of "grown" too)."""
    words = [t for t in doc if not t.is_punct]
    # "How much did spending on repairs fall?": the tagger may take "fall" for a noun; after "did", the word ending
    # the question is its verb
    supported = any(t.lemma_ == "do" and t.tag_ in ("VBD", "VBZ", "VBP") for t in doc)
    verbs = [
        t
        for t in doc
        if (
            t.pos_ == "VERB"
            or (t.tag_.startswith("VB") and t.dep_ not in ("aux", "auxpass"))
            or (supported and t.i == words[-1].i and t.tag_ == "NN" and lexicon.is_verb_base(t.lower_))
        )
        # a verb of a clause describing a noun is not the question's ("How much did the scheme, which was launched
        # to cut leaks, cost?")
        and not any(a.dep_ == "relcl" for a in (t, *t.ancestors))
    ]
    # "To how much did they raise it?": the value reached, no size of the change
    reached = much.dep_ == "pobj" or (much.i >= 2 and doc[much.i - 2].pos_ == "ADP")
    return (
        much.dep_ != "nsubjpass"
        and not reached
        and any(
            lexicon.is_change(v.lemma_.lower())
            and lexicon.direction(v.lemma_) != 0
            and (lexicon.intransitive(v.lemma_) or any(c.dep_ == "dobj" and c.i != much.i for c in v.children))
            for v in verbs
        )
    )


def _of_extent(wh: Token, much: Token) -> bool:
    """ "By how much did X rise?", "How much did X rise by?": "much" is the object of the preposition of a change's
    extent, which a number gives ("by 12%"), where "How much has X changed?" may be answered "substantially"."""
    before = wh.doc[wh.i - 1] if wh.i > 0 else None
    stranded = any(  # "... fall by?": a preposition without its object, which the wh-phrase is
        t.lower_ == EXTENT and not any(c.dep_ == "pobj" for c in t.children) for t in wh.doc[much.i + 1 :]
    )
    return much.head.lower_ == EXTENT or (before is not None and before.lower_ == EXTENT) or stranded


def _size_asked(wh: Token) -> Expected:
    """ "How large is the grant?", "How high were the fees?": an adjective of magnitude said of a sum asks the sum;
    of anything else ("How large is the team?", "How long is the course?") anything that tells; one of duration said of
    an act ("How long did the works last?") a length of time."""
    degree = wh.head
    verb = degree.head.pos_ in ("VERB", "AUX") or any(c.dep_ == "aux" for c in degree.head.children)  # "did ... last"
    if degree.dep_ == "advmod" and verb and lexicon.grades_duration(degree.lower_):
        return Expected.DURATION  # "How long did the works last?", "How long had she been manager?"
    if degree.pos_ != "ADJ" or not lexicon.names_a_magnitude(degree.lemma_.lower()):
        return Expected.ANY
    subject = next((c for c in degree.head.children if c.dep_ == "nsubj"), None) if degree.dep_ == "acomp" else None
    if subject is None or lexicon.is_share(subject.lemma_.lower()):
        return Expected.ANY
    return Expected.AMOUNT if lexicon.sizes_money(subject.lemma_.lower()) else Expected.ANY


def _asks_a_price(wh: Token) -> bool:
    """ "What did the training cost?": "what" filling the object of a verb that states a price (a state, WordNet's
    verb.stative, named by the word for a sum: "cost"), even where the tagger took the verb for a noun (it has
    the auxiliary "did") or hung "what" on "did" ("What did Phase Three, the western section, cost?"); or "What
    was X worth?", "what" the value of an adjective naming a sum (`lexicon.sizes_money`)."""
    predicate = wh.head
    following = wh.doc[wh.i + 1] if wh.i + 1 < len(wh.doc) else None
    do = following is not None and following.lemma_ == "do" and following.dep_ == "aux"
    words = [t for t in wh.sent if not t.is_punct]
    if wh.i == words[0].i and wh.sent.root.lemma_ == "be" and words[-1].pos_ == "ADJ":  # "What was the contract
        return lexicon.sizes_money(words[-1].lemma_.lower())  # worth?": "what" the value of an adjective of a sum
    root = wh.sent.root  # a root with a subject is a verb, whatever its tag
    verbal = root.pos_ == "VERB" or (
        any(c.dep_ == "nsubj" for c in root.children) and lexicon.is_verb_base(root.lower_)
    )
    if do and verbal:  # "What did Phase Three, the western section, cost?": "what" is the object of the verb "did"
        predicate = root  # supports, wherever the parser hangs the two
    misread = misread_predicate(predicate)  # "What did the training cost?", parsed with two subjects
    if misread is not None:
        return _states_a_price(misread.lemma_.lower())
    supported = do or any(c.dep_ == "aux" and c.lemma_ == "do" for c in predicate.children)
    # "What did Phase Three cost?" parsed with two subjects: after "did", the verb's subject follows it, and "what"
    # is its object
    inverted = supported and any(c.dep_ == "nsubj" and c.i > wh.i for c in predicate.children)
    if (wh.dep_ not in ("dobj", "dative", "det") and not inverted) or not (predicate.pos_ == "VERB" or supported):
        return False
    return _states_a_price(predicate.lemma_.lower())


def _states_a_price(verb: str) -> bool:
    """A verb of being whose noun is a sum (WordNet's verb.stative and noun.possession: "cost")."""
    return bool(
        lexicon.supersenses(verb, "v", senses=1) & {"verb.stative"}
        and lexicon.supersenses(verb, "n", senses=1) & {"noun.possession"}
    )


def _action(wh: Token) -> str:
    """The lexical verb whose doer "who" / "by whom" asks for ("Who coined the term?" -> "coin"); "" for
    a verb that says little by itself ("Who has been willing to ...?")."""
    verb = future_periphrasis(wh.head.head if wh.dep_ == "pobj" else wh.head)
    return verb.lemma_.lower() if _a_verb(verb) else ""


def _act(wh: Token) -> str:
    """The lexical verb a wh-word asks about (`_asked_verb`), with its particle where the two are one verb
    (`language.verb_sense`): "Which firm was awarded the contract?" -> "award", "When was it put off?" -> "put_off";
    "" when that is no lexical verb ("What is the budget?")."""
    verb = _asked_verb(wh)
    return verb_sense(verb) if _a_verb(verb) else ""


def _a_verb(token: Token) -> bool:
    """A verb, or a word the tagger took for a noun that "do" supports ("When did Lena Hart retire?": "Hart retire"
    read as a compound) and the dictionary knows as a verb."""
    supported = any(c.dep_ == "aux" and c.lemma_ == "do" for c in token.children)
    return token.pos_ == "VERB" or (supported and token.tag_ == "NN" and lexicon.is_verb_base(token.lower_))


def _can_be_located(noun: Token) -> bool:
    """A name, or a thing, body or person, has a place on a map; a framework or a norm has not ("where does
    the legal framework fall short?" asks where in something, not where on earth)."""
    if noun.pos_ == "PROPN" or noun.ent_type_:
        return True
    senses = lexicon.supersenses(noun.lemma_, "n", senses=1)
    return bool(senses & {"noun.group", "noun.person", "noun.artifact", "noun.location", "noun.object"})


def _fronted_whole(doc: Doc) -> Token | None:
    """ "Of the 187 incidents of damage, how many involved sheets?": the noun of an "of" phrase opening the question,
    what its part is taken of, however the parser hangs the rest."""
    first = doc[0]
    return next((c for c in first.children if c.dep_ == "pobj"), None) if first.lower_ == "of" else None


def _member(noun: Token) -> Token | None:
    """The noun of its "of" complement: "kinds of instruments" -> "instruments"."""
    return next((c for p in noun.children if p.lower_ == "of" for c in p.children if c.dep_ == "pobj"), None)


# WordNet's classes of a magnitude a noun of a level can be the level of, and the answer each asks: a sum of money
# ("income", "rent"), or a value in any unit ("age", "weight")
_MAGNITUDES = {"noun.possession": Expected.AMOUNT, "noun.attribute": Expected.ANY, "noun.quantity": Expected.ANY}


def _level_of(noun: Token) -> Expected | None:
    """What a noun whose commonest sense is a time but which has other senses asks when a compound names a magnitude
    it is a level of: "the income threshold" a sum, "the age limit" a value. None for a noun that is only a time ("the
    payment deadline") or a day ("the payment date"), and for a compound naming no magnitude ("the time limit")."""
    lemma = noun.lemma_.lower()
    if lexicon.supersenses(lemma, "n", senses=9) <= {"noun.time"} or lexicon.is_a_day(lemma):
        return None
    compound = next((c for c in noun.children if c.dep_ == "compound" and c.pos_ == "NOUN"), None)
    classes = lexicon.supersenses(compound.lemma_.lower(), "n", senses=1) if compound is not None else frozenset()
    return next((_MAGNITUDES[c] for c in sorted(classes) if c in _MAGNITUDES), None)


def _noun_request(noun: Token, determined: bool) -> tuple[Expected, str, bool, bool]:
    """What asking for `noun` wants: "the number of migrants" a count of migrants; "which countries" (a
    determined noun) the noun's class; "what is the budget / the date" an amount / a time; else anything."""
    lemma = noun.lemma_.lower()
    senses = lexicon.supersenses(lemma, "n")
    member = _member(noun)
    if member is not None and lexicon.counts_as(lemma, "kind"):  # "what sort of body is X?": a category of bodies,
        return Expected.ANY, member.lemma_.lower(), False, False  # said of X, not another body's name or a number
    if member is not None and lexicon.names_a_name(lemma):
        # "what is the name of the manager / the clinic?": what "which manager / which clinic" asks, a person or a
        # body; of another thing ("the title of the exhibition", "the name of the festival"), its proper name
        named = _noun_request(member, True)
        if named[0] in (Expected.PERSON, Expected.ORGANIZATION, Expected.PLACE):
            return named
        return Expected.NAME, member.lemma_.lower(), False, False
    if member is not None and lexicon.counts_as(lemma, "manner"):  # "what way of working ...?": a manner, said in
        return Expected.ANY, member.lemma_.lower(), False, False  # words, not the number "the size of X" asks
    if lexicon.is_ratio(lemma) and not (determined and noun.tag_ == "NNS"):  # "what proportion of holders": a part of
        # a whole (`about`: the whole, if the question names one; "what interest rate": none)
        return Expected.SHARE, member.lemma_.lower() if member is not None else "", False, False
    # "the number of X" counts X; "which levels of response" (plural) asks for kinds of response, no number
    # "which aspect of the service" asks for one of its features: a noun a wh-word determines measures only in its
    # commonest sense ("which level of funding"), where "the value of X" does in any
    sized_senses = lexicon.supersenses(lemma, "n", senses=1) if determined else senses
    measured = "noun.quantity" in sized_senses or "noun.attribute" in sized_senses
    if measured and member is not None and not (determined and noun.tag_ == "NNS"):  # "the value of the transfers":
        sized = Expected.AMOUNT if lexicon.sizes_money(lemma) else Expected.COUNT  # a sum, not a count
        # "the final cost of MV Ardnish": a name is whose the sum is, said anywhere in the passage ("Its final cost
        # was ..."); the sum is what the sentence must size
        owned = sized is Expected.AMOUNT and member.pos_ == "PROPN"
        return sized, (lemma if owned else member.lemma_.lower()), False, False
    kind = _noun_class(lemma)
    if kind in (Expected.TIME, Expected.POINT_IN_TIME):
        kind = _level_of(noun) or kind  # "the income threshold": a level of income, not the threshold of an era
    if kind is Expected.AMOUNT and (member is not None or determined) and lexicon.is_share(lemma):
        # "what share of participants / of the budget": a part of them, as a share, a count or a sum ("the wage of
        # nurses" is their sum, no part of them); "what share were happy": a part of those the question tells of
        return Expected.SHARE, member.lemma_.lower() if member is not None else "", False, False
    classifier = bool(senses & {"noun.group", "noun.cognition"})  # "group of", "body of", "type of", "kind of"
    if determined and classifier and member is not None:
        return _noun_request(member, True)  # "which group of migrants", "what type of law": the member noun
    if determined:
        return kind, lemma, kind is Expected.PLACE, False
    if kind in (Expected.AMOUNT, Expected.POINT_IN_TIME, Expected.TIME):
        return kind, lemma, False, False
    return Expected.ANY, "", False, False


def _requested(doc: Doc) -> tuple[Expected, str, bool, bool]:
    """For an imperative request ("List the member States ...", "Give me the number of ..."): what its object
    asks for, as if asked "which <object>?"."""
    root = next(iter(doc.sents)).root
    obj = next((c for c in root.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)
    if not _is_imperative(root) or obj is None:
        return Expected.ANY, "", False, False
    return _noun_request(obj, True)


def _asked_noun(doc: Doc, wh: Token) -> Token | None:
    """The noun a wh-word asks for: its head ("which countries"), the noun it is the complement of
    ("who are the authors", "what is the budget"), or the object of "which of the ..."."""
    determined = _determined_noun(wh)
    if determined is not None:
        return determined
    if wh.dep_ in ("attr", "nsubj", "dobj") and wh.head.lemma_ == "be":
        subject = next((c for c in wh.head.children if c.dep_ in ("nsubj", "attr") and c.i != wh.i), None)
        if subject is not None and stands_for_a_noun(subject):  # "What's the second of the areas?": an area
            return _member(subject)
        if subject is not None and subject.pos_ in ("NOUN", "PROPN") and subject.tag_ not in ("NNP", "NNPS"):
            return subject
    of = next((c for c in wh.children if c.lower_ == "of"), None)
    if of is not None:
        return next((c for c in of.children if c.dep_ == "pobj"), None)
    return None


def asks_a_name(question: Question) -> bool:
    """Whether the question asks for the name of what it is about ("What was the name of the site manager?"): a
    proper name answers it, not a phrase describing the manager."""
    return question.doc is not None and any(
        lexicon.counts_as(t.lemma_.lower(), "name")
        and (member := _member(t)) is not None
        and member.lemma_.lower() == question.about
        for t in question.doc
        if t.pos_ == "NOUN"
    )


def _determined_noun(wh: Token) -> Token | None:
    """The noun a wh-determiner stands before ("which two countries"), read from the words that follow it:
    the parser sometimes hangs such a "which" on the verb."""
    if wh.tag_ != "WDT" and wh.dep_ != "det":  # "what" is sometimes tagged a pronoun yet parsed a determiner
        return None
    doc, i = wh.doc, wh.i + 1
    while i < len(doc) and doc[i].pos_ in ("NUM", "ADJ", "ADV") and doc[i].tag_ != "WRB":
        i += 1
    misread = i < len(doc) and doc[i].tag_ == "VBZ" and lexicon.is_plural_noun(doc[i].text)  # "Which examples
    if i >= len(doc) or (doc[i].pos_ not in ("NOUN", "PROPN") and not misread):  # does ...?": no verb follows it
        return None
    while i + 1 < len(doc) and doc[i + 1].pos_ in ("NOUN", "PROPN") and doc[i].dep_ == "compound":
        i += 1
    return doc[i]


def _quantified(quantifier: Token) -> Token | None:
    """The noun "many" or "much" quantifies ("how many staff"), or None: "how much did X contribute" quantifies the
    verb's object, though the parser may take the verb after the auxiliary for a noun."""
    noun = quantifier.head
    if noun.pos_ not in ("NOUN", "PROPN") or any(t.pos_ == "AUX" for t in noun.doc[quantifier.i + 1 : noun.i]):
        return None
    return noun


def _wh_phrase(wh: Token | None) -> tuple[int, int] | None:
    if wh is None:
        return None
    determined = _determined_noun(wh)
    if determined is not None:
        tokens = [wh, determined]
    elif wh.head.lower_ in ("many", "much"):  # "how many staff"; not the verb of "how much did X pay"
        noun = _quantified(wh.head)
        tokens = [wh, wh.head, *([noun] if noun is not None else [])]
    else:
        tokens = [wh]
    return min(t.idx for t in tokens), max(t.idx + len(t) for t in tokens)


def _without(facts: SentenceFacts, span: tuple[int, int]) -> SentenceFacts:
    """`facts` without the entities and quantities inside `span` (a wh-phrase, a mention of the source)."""
    inside = lambda s, e: s >= span[0] and e <= span[1]  # noqa: E731
    return replace(
        facts,
        entities=tuple(x for x in facts.entities if not inside(x.start, x.end)),
        quantities=tuple(q for q in facts.quantities if not inside(q.start, q.end)),
    )


def _attribution(doc: Doc) -> list[Token]:
    """The words that only say where a statement comes from: "according to the authors", "per the chapter",
    and a text that reports a clause or says what something is ("the report warns that X", "the report calls
    X Y", "describes X as Y") or only puts a thing into words ("the report notes / lists / acknowledges X":
    `lexicon.reports`); not "the chapter examines four areas" or "criticises X", whose verb is part of what is
    stated, nor "the Paris Agreement says X", a named text the statement is about)."""
    found: list[Token] = []
    for token in doc:
        if (token.lower_ == "according" and token.dep_ in ("prep", "advmod", "case")) or (
            token.dep_ == "prep" and _is_text_object(token)
        ):
            found += token.subtree
        elif token.pos_ == "VERB" and any(c.dep_ == "nsubjpass" for c in token.children) and _predicates(token):
            found.append(token)  # "X is described as Y": the claim is that X is Y
        elif (
            token.pos_ == "NOUN"
            and token.dep_ == "nsubj"
            and _mentions_source(token)
            and (
                any(c.dep_ == "ccomp" for c in token.head.children)
                or _predicates(token.head)
                or lexicon.reports(token.head.lemma_)
            )
        ):
            found += [*token.subtree, token.head]
    return found


def _predicates(verb: Token) -> bool:
    """A verb of saying or judging that says something of its object ("calls X pragmatic", "describes X as
    fragmented", "presents X as a solution", "judges X to be effective", "regards X as remarkable"): the text
    only reports that X is so. The parser hangs the predicate on the verb or inside the object's phrase
    ("calls the progress made so far modest")."""
    if not lexicon.supersenses(verb.lemma_, "v") & {"verb.communication", "verb.cognition"}:
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    inside = [t for o in objects for t in o.subtree if t is not o]
    return len(objects) == 2 or any(_is_predicate(t, bool(objects)) for t in [*verb.children, *inside])


def _is_predicate(token: Token, has_object: bool) -> bool:
    """A predicate complement as the parser hangs it: "as" with its phrase or clause, an infinitive ("to be
    effective"), a clause opened by "as" or "to" after an object, an adjective after its noun or a noun phrase
    beside it with no comma between (the second object of "calls the plan weak", "calls X the best path")."""
    if token.dep_ in ("oprd", "xcomp") or (token.lower_ == "as" and token.dep_ in ("prep", "mark")):
        return True
    if token.dep_ == "amod" and token.i > token.head.i:  # an adjective after its noun: "calls the plan weak"
        return True
    if token.dep_ == "appos" and not token.doc[token.left_edge.i - 1].is_punct:  # "calls X the best path"
        return True
    marks = {m.lower_ for m in token.children if m.dep_ in ("mark", "aux")}
    return has_object and token.dep_ in ("advcl", "ccomp", "acomp") and bool(marks & {"as", "to"})


def _is_text_object(preposition: Token) -> bool:
    """A phrase naming a text, or a text's view, set off from its clause by punctuation, an aside on where the
    statement comes from: "X, per the chapter.", "Per the report, X", "In the chapter's view, X" (a phrase the
    clause needs, "the chapter on X", "a debate about the report", is not set off; `_mentions_source` covers
    "according to", "in the chapter")."""
    objects = [c for c in preposition.children if c.dep_ == "pobj"]
    if not objects or not (is_text(objects[0]) or _a_texts_view(objects[0])):
        return False
    sentence, doc = preposition.sent, preposition.doc
    before = doc[preposition.i - 1] if preposition.i > sentence.start else None
    after = doc[preposition.right_edge.i + 1] if preposition.right_edge.i + 1 < sentence.end else None
    return all(t is None or t.is_punct for t in (before, after))


def _a_texts_view(noun: Token) -> bool:
    """A text's view or judgement ("in the chapter's view", "in the view of the report"): an idea (WordNet's class of
    cognition) that a text holds, as its possessor or its "of" object; a person's or a body's view is what it says."""
    if not lexicon.supersenses(noun.lemma_.lower(), "n", senses=1) & {"noun.cognition"}:
        return False
    holders = [c for c in noun.children if c.dep_ == "poss"]
    holders += [
        o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"
    ]
    return any(is_text(h) for h in holders)


def _unframed(facts: SentenceFacts, frame: list[Token]) -> SentenceFacts:
    """`facts` without the words of what frames the statement ("according to the authors", "the report
    warns"): the documents need not use them to state it."""
    framing = {t.lemma_.lower() for t in frame}
    if not framing:
        return facts
    written = {t.text for t in frame}
    return replace(
        facts,
        lemmas=tuple(w for w in facts.lemmas if w not in framing),
        words=tuple(w for w in facts.words if w[0] not in framing),
        roles=tuple(r for r in facts.roles if r[2].split()[-1] not in written),  # ("offer", "in", "view")
    )


def _asks_list(doc: Doc, wh: Token | None) -> bool:
    """The thing asked for is plural ("which initiatives", "what are the main areas", "list the issues")."""
    root = next(iter(doc.sents)).root
    if wh is not None:
        noun = _asked_noun(doc, wh)
        return noun is not None and "Plur" in noun.morph.get("Number")
    if root.tag_ == "VB":  # an imperative request: "List the issues ..."
        obj = next((c for c in root.children if c.dep_ == "dobj"), None)
        return obj is not None and "Plur" in obj.morph.get("Number")
    return False


def _asks_expansion(doc: Doc, wh: Token | None) -> bool:
    """ "What does X stand for?" / "What is X short for?": the long form of an acronym."""
    return (
        wh is not None
        and wh.lower_ == "what"
        and any(t.lower_ == "for" and t.head.lemma_ in ("stand", "short") for t in doc)
    )


# -- what it is about ------------------------------------------------------------------------
def _frame_tokens(doc: Doc) -> list[Token]:
    """Tokens that frame the question rather than say what it is about: wh-words, the verb of a request
    addressed to the assistant ("tell", "list", "describe"), a mention of the source itself (the subject
    of a reporting verb, "according to the report")."""
    skip: set[int] = set()
    for token in doc:
        if token.tag_ in WH_TAGS:
            skip.add(token.i)
        if token.dep_ == "ROOT" and _is_imperative(token) and _is_communication(token):
            skip.add(token.i)  # "Tell me ...", "Describe ...", "List ..."
        if (
            token.dep_ == "ROOT"
            and any("2" in c.morph.get("Person") for c in token.children)
            and _is_communication(token)
        ):
            skip.add(token.i)  # "Can you tell me ..."
        if _mentions_source(token):
            skip.update(t.i for t in _source_words(token))  # "what does the report say about ...": the source
            skip.add(token.head.i)
        if token.lower_ == "according" and token.dep_ in ("prep", "advmod", "case"):
            skip.update(t.i for t in token.subtree)  # "according to the text"
    skip.update(t.i for t in _speaker_asking(doc))
    return [doc[i] for i in sorted(skip)]


def _speaker_asking(doc: Doc) -> list[Token]:
    """The words around an indirect question the speaker puts ("I'd like to know", "I wonder", "we need to find
    out" + a wh-clause): everything outside the clause that asks."""
    if not _personal(doc):
        return []
    wh = next((t for t in doc if t.tag_ in WH_TAGS and not _is_relative(t)), None)
    clause = wh
    while clause is not None and clause.dep_ not in ("ccomp", "xcomp", "advcl") and clause.head.i != clause.i:
        clause = clause.head
    if clause is None or clause.dep_ not in ("ccomp", "xcomp", "advcl"):
        return []
    inside = {t.i for t in clause.subtree}
    return [t for t in doc if t.i not in inside and not t.is_punct]
