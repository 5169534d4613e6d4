"""Rewrite a follow-up question into a standalone one, offline, from the parse.

A question is rewritten only when it holds an anaphor with no antecedent inside it: a third-person
pronoun ("Why is it useful?"; not the expletive "it" of "Is it true that ..."), a demonstrative noun
phrase ("this initiative"), a demonstrative pronoun ("Why is that?"), a phrase whose noun is left out
("the second one", "the latter"), or an ellipsis (no verb: "Why?", "And refugees?"). The antecedent is the
noun phrase the previous user question was about (its subject, else its object), or what the answer gave
for the thing asked (the filler of "What has grown?", the new name of "Which organization ...?"); a
demonstrative pronoun prefers what the answer just said, a plural anaphor a plural phrase, a demonstrative
noun phrase one with the same head noun, and no anaphor its own clause's subject. "Why?" after a yes/no
question asks why of that question. The rewrite keeps the sentence grammatical: a possessive becomes "X's",
a sentence-initial "The" is lower-cased inside the sentence, a leading "And"/"But" is dropped.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from assistant.judge import answer_fact
from assistant.question import Expected, Form, Question, analyse, is_text
from knowledge import lexicon
from knowledge.language import (
    ENTITY_LABELS_NOT_NAMES,
    PLACE_LABELS,
    TIME_LIMITS,
    WH_TAGS,
    Entity,
    Quantity,
    SentenceFacts,
    analyse_span,
    finite,
    is_plural,
    is_time_unit,
    misread_noun,
    misread_verb,
    non_referential_it,
    noun_phrases,
    numbered_items,
    opens_with_denial,
    ordinal_value,
    parse,
    stands_for_a_noun,
    superlative,
    verb_role,
    whole_words,
)
from knowledge.terms import terms

Message = dict  # {"role": "user" | "assistant", "content": str, "refused": bool, "direct_answer": str (optional)}


@dataclass(frozen=True)
class Anaphor:
    start: int  # character span in the question to replace
    end: int
    plural: bool
    possessive: bool
    head: str = ""  # the head noun's lemma of a demonstrative noun phrase ("initiative"), the number of "those
    # two", else ""
    possessed_end: int = 0  # for a possessive: where the noun it modifies ends ("its proponents")
    possessed: str = ""  # and that noun's lemma ("proponent")
    clause_subject: str = ""  # the lemma of its own clause's subject, never its antecedent ("the chapter" in
    # "What does the chapter provide after that?": that would be "itself")
    elided: str = ""  # for a phrase whose noun is left out ("the second one", "the latter"): the word left
    ranked: bool = False  # "one" set against others of its kind ("the second one", "the other one")
    rank: int = 0  # the place an ordinal gives it ("the second one" -> 2)
    phrase_start: int = 0  # where its phrase starts ("the second one"): an item of a list replaces all of it
    pointing: bool = False  # a demonstrative standing alone ("Why is that?"): what was just said first
    object: bool = False  # a verb's direct object ("Who drafted it?"): the previous question's object first
    animate: bool | None = None  # "he" / "she" stand for a person, "it" for no person; "they", "that": either
    says: bool = False  # the subject of a verb of saying with a clause ("It also notes that X"): a text or an agent
    predicate: tuple[str, str] = ("", "")  # (verb lemma, role) it fills: "Why weren't they used?" -> ("use", "patient")
    partitive: bool = False  # what a part is taken of ("one of them", "how many of them"): things, not a sum
    locative: str = ""  # "there" standing for a place: the preposition the place takes ("in", or "to" after a verb
    # of motion: "Why did they move there?")
    dated: bool = False  # "that year", "the same year": the time the last exchange gave ("in 2021" standing alone)
    doer_asked_again: bool = False  # "Who led it?" after "Who carried out the evaluation?": the same role asked of
    # the same thing (the previous question's object), not of the doer just named


def standalone_question(
    question: Question | str, history: Sequence[Message] = (), known: Callable[[str], bool] = lambda term: True
) -> str:
    """The question to retrieve with: unchanged unless it leans on the conversation."""
    q = analyse(question) if isinstance(question, str) else question
    turns = [m for m in history if str(m.get("content", "")).strip() and m.get("role") in ("user", "assistant")]
    if not turns or q.form in (Form.INSTRUCTION, Form.SMALL_TALK) or q.doc is None:
        return q.text
    doc = q.doc
    anaphors = unresolved_anaphors(doc, q.frame)
    fragment = _is_fragment(doc)
    said = {w.strip(".,;:!?()'’\"") for m in turns[-2:] for w in str(m["content"]).split()}  # the last exchange's words
    described = [] if anaphors or fragment else [t for t in _definite_descriptions(doc, q.frame) if _names_end(t, said)]
    if not anaphors and not fragment and not described:  # a plain question leans on nothing: the last exchange is
        return q.text  # not parsed for it
    previous_index = (
        max(i for i, m in enumerate(turns) if m["role"] == "user") if any(m["role"] == "user" for m in turns) else None
    )
    if previous_index is None:
        return q.text
    previous = standalone_question(_earlier(turns[previous_index]["content"]), turns[:previous_index], known)
    answer = next((m for m in turns[previous_index + 1 :] if m["role"] == "assistant"), None)
    in_pairs = any(a.elided in _PLACE_IN_PAIR or a.rank for a in anaphors)  # "the latter", "the second one": the
    # items of the list last mentioned too
    dated = any(a.dated for a in anaphors)
    candidates = antecedents(previous, answer, known, in_pairs, dated)
    if any(a.animate and not any(c.person and c.plural == a.plural for c in candidates) for a in anaphors):
        candidates += _people_before(turns[:previous_index], known)  # "she", the founder two exchanges back
    if not candidates:
        return q.text
    if anaphors:
        again = q.expected is Expected.AGENT and _earlier(previous).expected is Expected.AGENT
        return _replace(doc, [replace(a, doer_asked_again=again) for a in anaphors], candidates)
    if described:
        return _named_again(doc, described, candidates)
    denied = answer is not None and opens_with_denial(str(answer.get("content", "")))
    return _complete_fragment(doc, previous, candidates, denied)


def _definite_descriptions(doc: Doc, frame: frozenset[int]) -> list[Token]:
    """Common nouns with only "the" before them ("How long does the foundation's grant run?"), which may stand
    for a name the conversation gave ("the Wren Foundation"); not the question's frame ("the chapter")."""
    return [
        t
        for t in doc
        if t.pos_ == "NOUN"
        and t.i not in frame
        and t.i > 0
        and _definite_article(doc[t.i - 1])
        and doc[t.i - 1].head.i == t.i
        and not any(c.dep_ in ("amod", "compound", "nummod", "prep", "relcl", "acl") for c in t.children)
    ]


def _definite_article(token: Token) -> bool:
    """ "the": an article the tagger marks definite (not "this", "a")."""
    return "Art" in token.morph.get("PronType") and "Def" in token.morph.get("Definite")


def _names_end(noun: Token, said: set[str]) -> bool:
    """Whether the last exchange wrote the noun capitalised, as a name's last word ("Foundation" of "the Wren
    Foundation"): only then can "the foundation" stand for a name, and only then is the exchange parsed for it."""
    return noun.lemma_.capitalize() in said or noun.text.capitalize() in said


def _named_again(doc: Doc, described: Sequence[Token], candidates: Sequence[_Candidate]) -> str:
    """Each description a name of the last exchange ends in, as that name: "the foundation" -> "the Wren
    Foundation" after "Mainly the Wren Foundation, which gave €110,000"; else the question as it is."""
    text = doc.text
    for noun in sorted(described, key=lambda t: -t.i):
        name = next(
            (
                c.text
                for c in candidates
                if c.text.split()[-1].lower() in (noun.lemma_.lower(), noun.lower_)  # "... Foundation"
                and sum(w[:1].isupper() for w in c.text.split()[-3:]) > 1
            ),
            None,
        )
        if name is None:
            continue
        name = name[name.lower().rfind("the ") :] if "the " in name.lower() else name  # "mainly the X"
        start, end = doc[noun.i - 1].idx, noun.idx + len(noun)
        text = text[:start] + _case(name, at_start=start == 0) + text[end:]
    return text


def _open_heads(q: Question) -> set[str]:
    """The nouns a yes/no question leaves open, with no definite, demonstrative or possessive determiner ("Is
    the network opening any new café?" -> café): an answer's phrase headed by one is what answered it; and the
    roles of its indefinite pronouns ("anything" -> "*dobj")."""
    if q.doc is None:
        return set()
    heads = {f"*{_role_of(t)}" for t in q.doc if "Ind" in t.morph.get("PronType") and t.pos_ == "PRON"}  # "anything":
    # the answer's main clause fills its role ("Did they do anything?" / "They started a pilot")
    for chunk in noun_phrases(q.doc):
        root = chunk.root
        dets = [t for t in root.children if t.dep_ in ("det", "poss")]
        definite = any(
            "Def" in t.morph.get("Definite") or "Dem" in t.morph.get("PronType") or t.dep_ == "poss" for t in dets
        )
        if root.pos_ == "NOUN" and not definite:
            heads.add(root.lemma_.lower())
    return heads


def _role_of(pronoun: Token) -> str:
    """A pronoun's role in its clause; the subject of a verbless clause a verb takes ("find anything unexpected", read
    as "anything [is] unexpected") is that verb's object."""
    small = pronoun.dep_ == "nsubj" and pronoun.head.pos_ == "ADJ" and pronoun.head.dep_ in ("ccomp", "xcomp", "oprd")
    return "dobj" if small else pronoun.dep_


def _people_before(turns: Sequence[Message], known: Callable[[str], bool]) -> list[_Candidate]:
    """The people named in the latest earlier exchange that names any, for a "he" / "she" the last exchange
    has no person for ("Who founded it?" / "Amira Haddad." / "How many came?" / "Eleven." / "What is she doing
    now?")."""
    users = [i for i, m in enumerate(turns) if m["role"] == "user"]
    for i in reversed(users):
        answer = next((m for m in turns[i + 1 :] if m["role"] == "assistant"), None)
        people = [c for c in antecedents(turns[i]["content"], answer, known) if c.person]
        if people:
            return people
    return []


def unresolved_anaphors(doc: Doc, frame: frozenset[int] = frozenset()) -> list[Anaphor]:
    """The anaphors of `doc` whose antecedent is not inside it (`frame`: tokens that only frame the
    question, such as "the chapter" in "How does the chapter rate it?", which are no antecedents)."""
    found = []
    for token in doc:
        kind = token.morph.get("PronType")
        person3 = "3" in token.morph.get("Person")
        plural = "Plur" in token.morph.get("Number") or token.lower_ in ("they", "them", "their", "these", "those")
        if "Prs" in kind and person3 and not non_referential_it(token):
            if _has_inner_antecedent(doc, token, plural, frame):
                continue
            possessive = "Yes" in token.morph.get("Poss")
            owned = token.head if possessive and token.head.pos_ == "NOUN" and token.head.i > token.i else None
            owned_end = owned.idx + len(owned) if owned is not None else 0
            found.append(
                Anaphor(
                    token.idx,
                    token.idx + len(token),
                    plural,
                    possessive,
                    possessed_end=owned_end,
                    possessed=owned.lemma_.lower() if owned is not None else "",
                    clause_subject="" if possessive else _clause_subject(token),
                    object=token.dep_ == "dobj",
                    animate=_animate(token),
                    says=_says_a_clause(token),
                    predicate=_predicate(token),
                    partitive=_taken_part_of(token),
                )
            )
        elif _is_demonstrative(token):
            head = token.head
            following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else token
            if token.dep_ == "mark" and following.pos_ == "NOUN":  # tagged a determiner, read as "that" of a
                head = following  # clause: "What role could that group play?"
            counted = following.head.pos_ in ("NOUN", "PROPN") and _can_be_a_noun(following.head)
            if following.pos_ == "NUM" and not counted:  # "those two": a number standing for what it counts
                found.append(
                    Anaphor(token.idx, following.idx + len(following), True, False, following.lower_, elided="number")
                )
            elif (token.dep_ == "det" or head is following) and head.pos_ in ("NOUN", "PROPN"):
                start = token.idx
                end = head.idx + len(head)
                plural = is_plural(head)
                found.append(Anaphor(start, end, plural, False, head.lemma_.lower(), dated=_a_time(head)))
            elif token.dep_ == "pobj" and token.head.lower_ in TIME_LIMITS and token.head.dep_ != "agent":
                # "in the first weeks after that": the time of what was just told, not a thing
                found.append(Anaphor(token.idx, token.idx + len(token), False, False, dated=True))
            elif (
                token.dep_ in _ARGUMENTS
                and not (token.dep_ == "dobj" and token.head.lemma_ == "do")
                and not _said_before_in(token)
            ):  # a demonstrative standing for a noun phrase ("Why is that?"); "do that" stands for an action
                found.append(
                    Anaphor(
                        token.idx,
                        token.idx + len(token),
                        plural,
                        False,
                        clause_subject=_clause_subject(token),
                        pointing=True,
                        partitive=_taken_part_of(token),  # "How many of those ...?"
                    )
                )
        elif (elided := _elided(token)) is not None:
            found.append(elided)
        elif _a_time(token) and _the_same(token):  # "the same year": the year the last exchange gave
            start = min(c.idx for c in token.children if c.dep_ == "det")
            found.append(Anaphor(start, token.idx + len(token), False, False, token.lemma_.lower(), dated=True))
        elif _which_alone(token):  # "And which came second?": which of the things the last question asked for
            found.append(Anaphor(token.idx, token.idx + len(token), False, False, elided="which"))
        elif _there(token) and not _place_before(token):
            moving = "verb.motion" in lexicon.supersenses(token.head.lemma_, "v", senses=1)
            found.append(Anaphor(token.idx, token.idx + len(token), False, False, locative="to" if moving else "in"))
    if len(found) > 1:  # "How many did they recruit?": "they" is what leans on the conversation, "many" counts
        found = [a for a in found if a.elided != "many"]  # what they recruited
    return found


def _a_time(noun: Token) -> bool:
    """A calendar unit named as a time ("that year", "the same month"), not counted ("those two years")."""
    return noun.pos_ == "NOUN" and is_time_unit(noun.lemma_.lower()) and not is_plural(noun)


def _the_same(noun: Token) -> bool:
    """ "the same year": the definite article and an adjective sharing a sense of "same" (WordNet)."""
    dets = [c for c in noun.children if c.dep_ == "det"]
    definite = len(dets) == 1 and _definite_article(dets[0])
    return definite and any(
        c.dep_ == "amod" and lexicon.synonymous(c.lemma_.lower(), "same", "a") for c in noun.children
    )


def _taken_part_of(pronoun: Token) -> bool:
    """ "them" in "one of them", "how many of them", "each of them": the object of "of" after a number or a
    quantifier."""
    of = pronoun.head
    if pronoun.dep_ != "pobj" or of.lower_ != "of":
        return False
    part = of.head
    return (
        part.like_num or part.tag_ in ("CD", "DT", "PDT") or (part.tag_ in ("JJ", "JJS", "RBS") and part.dep_ != "amod")
    )


def _predicate(noun: Token) -> tuple[str, str]:
    """(verb lemma, "agent" or "patient") of the verb `noun` is the subject or object of, else ("", "")."""
    role = verb_role(noun)
    return (noun.head.lemma_.lower(), role) if role in ("agent", "patient") and noun.head.pos_ == "VERB" else ("", "")


def _place_before(there: Token) -> bool:
    """A place the question names before its "there" ("In Norland, what happened there?")."""
    return any(
        t.ent_type_ in PLACE_LABELS or (t.dep_ == "pobj" and (t.pos_ == "PROPN" or _a_site(t.lemma_.lower())))
        for t in there.doc[: there.i]
    )


def _there(token: Token) -> bool:
    """ "there" standing for a place ("What did they recommend there?"), not the "there" of "there is"."""
    return token.lower_ == "there" and token.tag_ == "RB" and token.dep_ == "advmod"


def _which_alone(token: Token) -> bool:
    """ "which" standing for a noun phrase, with no noun or "of" phrase of its own ("Which came second?")."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return (
        token.tag_ == "WDT"
        and token.lower_ == "which"
        and token.dep_ in _ARGUMENTS
        and not any(c.dep_ == "prep" for c in token.children)
        and not (following is not None and following.pos_ in ("NOUN", "PROPN", "ADJ", "NUM"))  # "in which regions"
    )


def _says_a_clause(pronoun: Token) -> bool:
    """Whether the pronoun is the subject of a verb of saying or thinking that takes a clause ("It also notes
    that X", "They argue that X"), or of a verb of saying in its commonest senses (saying or thinking, nothing else:
    not "face" or "list") with what is said as its object ("It also proposes extending X", "It recommends a third
    phase")."""
    verb = pronoun.head
    if pronoun.dep_ != "nsubj":
        return False
    commonest = lexicon.supersenses(verb.lemma_, "v", senses=2)
    said = any(c.dep_ in ("dobj", "xcomp") for c in verb.children)
    if said and "verb.communication" in commonest and commonest <= {"verb.communication", "verb.cognition"}:
        return True
    clause = any(c.dep_ == "ccomp" for c in verb.children)
    return clause and bool(lexicon.supersenses(verb.lemma_, "v") & {"verb.communication", "verb.cognition"})


def _animate(pronoun: Token) -> bool | None:
    """Whether a personal pronoun stands for a person, by its grammatical gender: "he", "she" (masculine,
    feminine) do, "it" (neuter) does not; "they" (no gender) may."""
    gender = pronoun.morph.get("Gender")
    if "Neut" in gender:
        return False
    return True if ("Masc" in gender or "Fem" in gender) else None


def _is_demonstrative(token: Token) -> bool:
    """A demonstrative ("this", "those"), or "that" the tagger read as the mark of a clause where no clause can
    start: on the main verb ("When was that office created?")."""
    if token.tag_ == "WDT":
        return False
    if "Dem" in token.morph.get("PronType"):
        return token.pos_ in ("DET", "PRON")
    if token.lower_ != "that" or token.dep_ != "mark":
        return False
    clause = token.head  # a clause has a governor with a subject; "When was [that office set up]?" has none
    governor = clause.head
    return (
        clause.dep_ == "ROOT"
        or not finite(clause)  # a clause has a finite verb: "In which years was [that money provided]?" has none
        or (
            clause.dep_ == "ccomp"
            and governor.dep_ == "ROOT"
            and not any(c.dep_ in _SUBJECTS for c in governor.children)
        )
    )


_SUBJECTS = ("nsubj", "nsubjpass", "expl", "csubj")


_ARGUMENTS = ("nsubj", "nsubjpass", "dobj", "attr", "pobj")
# English's two words that stand for an item of the pair last mentioned, by its place in the pair
_PLACE_IN_PAIR = {"former": 0, "latter": -1}


def _place(modifier: Token) -> int | None:
    """The place a modifier of "one" names in a list: "second" -> 2; "last" -> -1 (English grammar: the final
    place, counted from the end)."""
    return -1 if modifier.lower_ == "last" else ordinal_value(modifier.text)


def _elided(token: Token) -> Anaphor | None:
    """A noun phrase whose noun is left out, to be read from the conversation: "one" with a modifier ("the
    second one", "this one": the noun talked about) and "the former" / "the latter" (an item of a pair)."""
    if _counts_what_is_unsaid(token):
        return Anaphor(token.idx, token.idx + len(token), True, False, elided="many")
    standing = token.dep_ in _ARGUMENTS or (token.dep_ == "nummod" and token.head.pos_ not in ("NOUN", "PROPN"))
    if not standing or any(c.tag_ in WH_TAGS for c in token.children):
        return None  # "Which one ...?" asks; "Why is the second one important?" parses "one" as a number
    modifiers = [c for c in token.children if c.dep_ in ("det", "amod")]
    if token.lemma_ == "one" and token.pos_ in ("NUM", "NOUN") and modifiers:
        plural = "Plur" in token.morph.get("Number") or token.tag_ == "NNS"
        ranked = any(c.dep_ == "amod" for c in modifiers)
        rank = next((v for c in modifiers if (v := _place(c)) is not None), 0)
        start = min(c.idx for c in modifiers)
        return Anaphor(
            token.idx, token.idx + len(token), plural, False, elided="one", ranked=ranked, rank=rank, phrase_start=start
        )
    if token.lower_ in _PLACE_IN_PAIR and [c.lower_ for c in token.children if c.dep_ == "det"] == ["the"]:
        start = min(c.idx for c in token.children if c.dep_ == "det")
        return Anaphor(start, token.idx + len(token), False, False, elided=token.lower_)
    return None


def _counts_what_is_unsaid(token: Token) -> bool:
    """ "many" of "How many had been issued?" standing for the noun it counts, which the question leaves out (not
    "how many of them": a part of what "them" stands for)."""
    done_to = token.dep_ in ("nsubjpass", "dobj") or (token.dep_ == "nsubj" and token.head.lemma_ == "be")
    return (  # what is done to ("How many were paid?") or described ("How many were open?"); not a doer ("How
        token.lower_ == "many"  # many came?" counts whoever came)
        and done_to
        and any(c.tag_ in WH_TAGS for c in token.children)
        and not any(c.dep_ == "prep" for c in token.children)
    )


def _said_before_in(pointer: Token) -> bool:
    """Whether a sentence of the question before the demonstrative's own names something it points at ("What
    about norm development? Anyone calling for that?")."""
    earlier = [t for t in pointer.doc if t.i < pointer.sent.start]
    return any(t.pos_ in ("NOUN", "PROPN") for t in earlier)


def _clause_subject(token: Token) -> str:
    """The lemma of the subject of the clause the token is in, when that is another word."""
    clause = next((t for t in (token, *token.ancestors) if t.pos_ in ("VERB", "AUX") and t.i != token.i), None)
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None) if clause else None
    return subject.lemma_.lower() if subject is not None and subject.i != token.i else ""


def _has_inner_antecedent(doc: Doc, pronoun: Token, plural: bool, frame: frozenset[int] = frozenset()) -> bool:
    """A noun phrase before the pronoun in the same question that agrees with it ("Does IOM have its own
    budget?"). A plain pronoun never points at its own clause's subject ("How does the chapter rate it?":
    that would be "itself"; "did staff keep running it": "staff" runs it too), and a mention of the source frames
    the question rather than being its topic."""
    possessive = "Yes" in pronoun.morph.get("Poss")
    above = {t.i for t in pronoun.ancestors}  # a phrase holding the pronoun is not what it names ("the upside of
    # its joining the UN": "its" is not the upside), nor one a preposition joins it to, however parsed ("the
    # migration to it")
    before = doc[pronoun.i - 1] if pronoun.i > 0 else None
    holder = before.i if before is not None and before.pos_ == "ADP" and not possessive else -1
    for chunk in noun_phrases(doc):
        if chunk.root.i in above or chunk.end == holder:
            continue
        named_text = chunk.root.i in frame and any(t.dep_ == "compound" and t.pos_ == "PROPN" for t in chunk)
        if named_text and possessive and chunk.end <= pronoun.i:
            return True  # "What does the Brennhaven Plan brief say about its budget?": the text's subject
        if chunk.root.i in frame or (not possessive and chunk.root.head.i == _controller(pronoun.head).i):
            continue
        asked = any(t.tag_ in WH_TAGS for t in chunk) or _in_wh_phrase(chunk.root)
        if asked and not _binds(chunk.root, pronoun, possessive):
            continue  # "What challenge do its proponents face?", "what kind of gaps do they fill?": the asked-for thing
        agrees = is_plural(chunk.root) == plural or chunk.root.pos_ == "PROPN" or (plural and _of_many(chunk.root))
        if chunk.end <= pronoun.i and chunk.root.pos_ in ("NOUN", "PROPN") and agrees:
            return True
    return False


def _of_many(noun: Token) -> bool:
    """Whether a number or share of a plural group heads the phrase ("44 per cent of those surveyed", "a third of the
    residents"), which English agrees with as the group ("... said they understood")."""
    counted = noun.ent_type_ in ("PERCENT", "CARDINAL", "QUANTITY") or any(c.dep_ == "nummod" for c in noun.children)
    group = [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    return counted and any(is_plural(o) or "Plur" in o.morph.get("Number") for o in group)  # "of those surveyed"


def _controller(verb: Token) -> Token:
    """The verb whose subject is `verb`'s too: past open complements ("did staff keep running it": "keep", whose
    subject runs it), so a pronoun there never names that subject."""
    while verb.dep_ == "xcomp" and verb.head.i != verb.i:
        verb = verb.head
    return verb


def _binds(noun: Token, pronoun: Token, possessive: bool) -> bool:
    """Whether the subject holding `noun` binds the pronoun below its verb: "Which countries changed their laws?",
    "What share of respondents were unhappy with how long their claim took?", "Which agencies said they would
    join?"; not its verb's own object ("what kind of gaps do they fill?") nor a possessor in the subject ("What
    challenge do its proponents face?")."""
    subject = next((t for t in (noun, *noun.ancestors) if t.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or pronoun.i in {t.i for t in subject.subtree}:
        return False
    verb = subject.head
    if verb.i not in {t.i for t in pronoun.ancestors}:
        return False
    clause = next((t for t in pronoun.ancestors if t.pos_ in ("VERB", "AUX")), None)
    return possessive or (clause is not None and clause.i != verb.i)


def _in_wh_phrase(token: Token) -> bool:
    """Whether the noun is part of the phrase a question asks for ("gaps" in "what kind of gaps", "members"
    in "how many kinds of members"): some noun above it, within its clause, has a wh-word in a modifier."""
    for node in (token, *token.ancestors):
        if node.pos_ in ("VERB", "AUX"):
            return False
        for child in node.children:
            if child.dep_ in ("det", "poss", "amod", "nummod") and any(t.tag_ in WH_TAGS for t in child.subtree):
                return True
    return False


def _is_fragment(doc: Doc) -> bool:
    """No verb at all: "Why?", "And refugees?", "What about the other one?" (a verb the tagger misread counts, a
    noun it misread as a verb does not: "And redshank?")."""
    return not any((t.pos_ in ("VERB", "AUX") and not misread_noun(t)) or misread_verb(t) for t in doc)


@dataclass(frozen=True)
class _Candidate:
    text: str
    plural: bool
    head: str
    also_head: str = ""  # the noun it answered: "which instruments" -> the answer's list is "those instruments"
    named_only: bool = False  # only a demonstrative noun phrase with its head takes it ("those dialogues")
    owns: str = ""  # the noun the conversation gave it: "challenge" for X in "a challenge for X", "X's challenge"
    place: int | None = None  # an item of the list last mentioned, from 0 ("the former", "the second one")
    last: bool = False  # the last item of that list ("the latter")
    noun: str = ""  # the head noun as written ("norms")
    object: bool = False  # the previous question's direct object ("When did X adopt its plan?" -> "its plan")
    answered: bool = False  # what the answer said: the phrase filling the question's slot, or its subject
    bare: bool = False  # a common noun with no determiner ("political era"): "that era" becomes "the political era"
    act: str = ""  # an act the previous question told of, with `text` its object: "this incorporation" after
    # "Which issues incorporate migrants?" is "the incorporation of migrants"
    person: bool = False  # a person's name or a noun for a person ("Farah Okonjo", "the director"): "he" / "she"
    named: bool = False  # a person's name, which "he" / "she" takes before a noun describing the same person
    speaker: bool = False  # what can say something: a text, a person, a named body ("the chapter", "IOM")
    document: bool = False  # a text ("the chapter", "the report"): what a conversation about documents quotes first
    site: bool = False  # somewhere one can be: a place's name, a place or a structure ("Valle Seco", "the camp")
    setting: bool = False  # a site an act was placed in, by a phrase of the verb ("insulated in Milbrook")
    measure: bool = False  # the sum a "how much" question asked for, which "that money" stands for
    quantity: bool = False  # a phrase headed by a number or sum ("€32 an hour and €41 an hour"): no things to count
    predicate: tuple[str, str] = ("", "")  # (verb lemma, role) the answer gave it: "interpreters were used" ->
    # ("use", "patient"), which "Why weren't they used more?" asks of again
    when: str = ""  # a time the exchange gave, for the unit it is said in ("year" for "2021"; "date" for "March 2021")
    counted: bool = False  # what the previous "how many ...?" counted, which "how many of those" takes a part of


def antecedents(
    previous: str,
    answer: Message | None,
    known: Callable[[str], bool] = lambda term: True,
    in_pairs: bool = False,
    dated: bool = False,
) -> list[_Candidate]:
    """What an anaphor may point at, best first: for a question asking for a thing ("which organization",
    "what declaration"), the answer's new name, of the kind asked (of several, the one whose words the documents use: "IOM" over its long form);
    then the previous question's noun phrases (subject, object, other); then the answer's names; then the
    source the previous question asked about; last, the owners the conversation gave a noun ("a challenge
    for X"), which only a possessive takes (`_pick`); with `in_pairs`, the first and last items of the pair last
    mentioned, which only "the former" / "the latter" take; with `dated`, the times it gave ("that year"), the
    previous question's first."""
    q = _earlier(previous)
    found: list[_Candidate] = []
    refused = answer is None or bool(answer.get("refused"))
    answer_doc = None if refused else _earlier_answer(str(answer["content"]))
    filler = None if refused else _filler(q, answer)
    if filler is not None:
        found.append(filler)
    paid = _amount_asked(q, answer_doc) if answer_doc is not None else None
    if paid is not None:  # "that money", "how much of that": the sum the previous question asked for
        found.append(paid)
    elif answer_doc is not None and (said := _sum_said(answer_doc)):  # a sum the answer gave besides ("Six
        # projects, which received €730,000, ..."): what "that money" stands for, never "it"
        found.append(_Candidate(f"the {said}", False, "amount", named_only=True, measure=True))
    if paid is None and answer_doc is not None and (q.expected is not Expected.ANY or q.wh_noun):
        named = []  # (of the kind asked, candidate): names the previous question did not already say
        for sent in answer_doc.sents:
            facts = analyse_span(sent)
            for entity in facts.names():
                span = answer_doc.char_span(entity.start, entity.end, alignment_mode="expand")
                if span is not None and entity.text.lower() not in previous.lower():
                    of_kind = answer_fact(q, SentenceFacts(facts.start, facts.end, (entity,))) is entity
                    named.append((of_kind, _name_candidate(span)))
        # of the kind asked or headed by the noun asked ("what declaration" -> "the New York Declaration")
        # first (the recogniser's labels are noisy on short answers), then the documents' word
        # a name of another kind is no answer ("What change involving IOM ...?" -> "IOM has entered the UN")
        # "what new system did X adopt?" asks for a thing by its kind: a new name answers it ("GrantLink")
        named = [
            n
            for n in named
            if (n[0] and q.expected is not Expected.ANY)
            or n[1].head == q.wh_noun
            or (q.wh_noun and q.expected is Expected.ANY)
        ]
        named.sort(key=lambda n: (-_known_share(n[1].text, known), len(n[1].text)))
        found += [replace(c, answered=True) for _, c in named][:1]  # what answered the question
    if q.doc is not None:
        chunks = [c for c in (_referent(c) for c in noun_phrases(q.doc)) if c is not None and c.root.i not in q.frame]
        order = {"nsubj": 0, "nsubjpass": 0, "attr": 1, "dobj": 1, "pobj": 2}
        chunks.sort(key=lambda c: (_embedding(c.root), order.get(c.root.dep_, 3), c.start))
        for chunk in chunks:
            candidate = replace(
                _candidate(_with_modifiers(chunk)),
                object=chunk.root.dep_ == "dobj",
                counted=q.expected is Expected.COUNT and chunk.root.lemma_.lower() == q.about,
            )
            asked = any(c.tag_ in WH_TAGS for c in chunk.root.children)  # "which country", "what new route"
            if q.wh_noun and asked:
                candidate = replace(candidate, also_head=q.wh_noun)
            # "its plan" is a definite one, and so is one asked for, once answered ("the new route")
            owned = chunk.start > 0 and chunk.doc[chunk.start - 1].tag_ == "PRP$"
            definite = owned or (asked and not candidate.text.lower().startswith("the "))
            found.append(replace(candidate, text="the " + candidate.text) if definite else candidate)
    if answer_doc is not None:
        open_heads = _open_heads(q) if q.form is Form.YES_NO else set()
        for sent in answer_doc.sents:
            for name in analyse_span(sent).names():
                span = answer_doc.char_span(name.start, name.end, alignment_mode="expand")
                if span is not None:
                    found.append(_name_candidate(span))
        for chunk in (_referent(c) for c in noun_phrases(answer_doc)):
            if chunk is not None and chunk.root.pos_ == "NOUN":
                mentioned = _as_mentioned(_with_modifiers(chunk))
                main = chunk.root.head.i == chunk.root.sent.root.i and f"*{chunk.root.dep_}" in open_heads
                fills = main or chunk.root.lemma_.lower() in open_heads  # "any new café?" -> "an eighth café at X"
                mentioned = replace(mentioned, named_only=True, predicate=_predicate(chunk.root), answered=fills)
                if fills:  # what answered a yes/no question, before the answer's subject ("The ministry expects X")
                    found.insert(next((i for i, c in enumerate(found) if c.answered), len(found)), mentioned)
                else:
                    found.append(mentioned)
                root = chunk.root.sent.root  # the subject of the answer's main clause, not of a verb of saying
                said = chunk.root.dep_ in ("nsubj", "nsubjpass") and chunk.root.head.i == root.i
                if (
                    said
                    and chunk.root.sent.start == 0
                    and not any(c.dep_ in ("ccomp", "parataxis") for c in root.children)
                ):
                    said_root = chunk.root
                    if is_text(said_root):  # "the chapter acknowledges the progress": what it says is the object
                        said_root = next((c for c in root.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
                    if said_root is not None:
                        start = min(t.i for t in said_root.subtree)
                        said_phrase = chunk.doc[start : _first_phrase_end(said_root)]
                        found.append(replace(_as_mentioned(said_phrase), named_only=True, answered=True))
    if q.doc is not None:  # an act it told of, for a demonstrative naming the act ("this incorporation")
        for verb in (t for t in q.doc if t.pos_ == "VERB"):
            done = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)
            if done is not None:
                thing = whole_words(q.doc[done.left_edge.i : done.right_edge.i + 1])
                said = " ".join(thing.text.split())  # as the question said it: "the adoption of migrants", no "the"
                found.append(replace(_candidate(thing), text=said, act=verb.lemma_.lower(), named_only=True))
    if q.doc is not None:  # last, the source the previous question asked about ("What does chapter 5 examine?")
        sources = [
            t for t in q.doc if t.i in q.frame and t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("NOUN", "PROPN")
        ]
        found += [_candidate(whole_words(q.doc[t.left_edge.i : t.right_edge.i + 1])) for t in sources]
    # the time the previous question set ("... in 2024?") before those its answer gives ("up from eight in 2023")
    found += [c for doc in (q.doc, answer_doc) if dated and doc is not None for c in _times(doc)]
    pairs = [items for doc in (answer_doc, q.doc) if in_pairs and doc is not None and (items := _listed(doc))]
    places = [replace(item, place=p, last=p == len(pairs[0]) - 1) for p, item in enumerate(pairs[0])] if pairs else []
    return found + [owner for doc in (answer_doc, q.doc) if doc is not None for owner in _owners(doc)] + places


def _listed(doc: Doc) -> list[_Candidate]:
    """The items of a numbered list ("(1) X; (2) Y"), else of the outermost list of noun phrases ("X, and Y"),
    else the subjects of joined clauses ("X exist, and Y require ..."), as candidates."""
    if numbered := numbered_items(doc):
        return [_as_mentioned(item) for item in numbered]
    heads = [t for t in doc if t.pos_ in ("NOUN", "PROPN") and t.dep_ != "conj" and _conjuncts(t)]
    if heads:
        head = min(heads, key=lambda t: len(list(t.ancestors)))
        return [_as_mentioned(_item(t)) for t in (head, *_conjuncts(head))]
    verbs = [t for t in doc if t.pos_ in ("VERB", "AUX") and t.dep_ != "conj" and _conjuncts(t)]
    for verb in verbs:
        subjects = [
            next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None) for v in (verb, *_conjuncts(verb))
        ]
        if all(s is not None and s.pos_ in ("NOUN", "PROPN") for s in subjects):
            return [_as_mentioned(_item(s)) for s in subjects]
    return []


def _conjuncts(token: Token) -> list[Token]:
    """The items joined to `token`, of its word class (a noun and a name are one class: "the Declaration and
    ongoing efforts")."""
    nominal = ("NOUN", "PROPN")
    same = lambda t: t.pos_ == token.pos_ or (t.pos_ in nominal and token.pos_ in nominal)  # noqa: E731
    found, last = [], token
    while (following := next((c for c in last.children if c.dep_ == "conj" and same(c)), None)) is not None:
        found.append(following)
        last = following
    return found


def _item(token: Token) -> Span:
    """One item of a list: the token's phrase without the items joined to it."""
    joined = [t.i for c in token.children if c.dep_ in ("conj", "cc") for t in c.subtree if t.i > token.i]
    span = token.doc[token.left_edge.i : min(joined, default=token.right_edge.i + 1)]
    while len(span) > 1 and (span[-1].is_punct or span[-1].pos_ == "CCONJ"):
        span = span[:-1]
    return span


def _embedding(noun: Token) -> int:
    """How many clauses down from the main one a noun stands: 0 in the main clause, 1 in a clause inside it ("the
    UN" in "What does the chapter expect from IOM now that it has entered the UN?"). The main clause's parties are
    what the question is about; an embedded clause's, background."""
    return sum(1 for a in noun.ancestors if a.dep_ in _CLAUSE_LINKS)


_CLAUSE_LINKS = frozenset(["advcl", "ccomp", "relcl", "acl", "xcomp", "csubj", "pcomp"])  # spaCy: a clause's link


def _owners(doc: Doc) -> list[_Candidate]:
    """Who the conversation said owns a thing: X of "X's challenge", "a challenge for X", "the challenge of
    X", kept for "their challenge" alone (`_pick`)."""
    found = []
    for noun in doc:
        if noun.pos_ != "NOUN":
            continue
        owners = [c for c in noun.children if c.dep_ == "poss"]
        owners += [o for p in noun.rights if p.dep_ == "prep" and p.lower_ in ("of", "for") for o in p.children]
        for owner in (o for o in owners if o.pos_ in ("NOUN", "PROPN")):
            chunk = next((c for c in noun_phrases(doc) if c.root.i == owner.i), None)
            span = _with_modifiers(chunk) if chunk is not None else doc[owner.left_edge.i : owner.i + 1]
            candidate = _candidate(span)
            found.append(replace(candidate, owns=noun.lemma_.lower()))
    return found


def _filler(q: Question, answer: Message) -> _Candidate | None:
    """What answered a question asking for a thing ("What underpins X?" -> "The international human rights
    regime."): the answer's direct answer, or its opening noun phrase when that has no verb ("The MICIC
    Initiative and the Nansen Initiative."). None for a year or a number: no pronoun points back at those."""
    wh = next((t for t in q.doc or () if t.tag_ in ("WP", "WDT")), None)
    if q.form is not Form.QUESTION or wh is None or _asks_about_a_noun(wh.head if wh.tag_ == "WDT" else wh):
        return None  # "What is X?" is about X: its answer describes X rather than naming something new
    # asked for the subject, the answer is what the conversation is now about; asked for the object ("What
    # does the conclusion acknowledge?"), a verb inside the answer makes it a description, and the subject stays
    asked_subject = (wh.head if wh.tag_ == "WDT" else wh).dep_ in ("nsubj", "nsubjpass")
    text = str(answer.get("direct_answer") or "")
    if text:  # "Saltcombe Downs (11%: the lowest rate of 6 in the table)": the name, not the basis beside it
        text = _answer_phrase(_root(_earlier_answer(text)))
    if not text:
        first = next(iter(_earlier_answer(str(answer["content"])).sents), None)
        if first is None:
            return None
        if first.root.pos_ in ("VERB", "AUX"):  # "Which region received X?" -> "The North Highlands received X."
            if wh.tag_ == "WDT":  # "which N ...?": said equal to an N, or in the slot of the question's own verb
                slot = _equated(first, q.wh_noun) or _slot_filled(wh, first)
            else:
                slot = _slot_filled(wh, first, asked_subject)
            if slot is None:
                return None
            text = slot.text
        elif not asked_subject and any(t.pos_ in ("VERB", "AUX") for t in first):
            return None  # a noun phrase with a clause in it describes; the question's subject stays the topic
        else:  # a noun phrase: "Efforts to improve X through Y.", "IOM: ..."
            text = _answer_phrase(first.root)
    text = text.strip().rstrip(".:;!")
    if not text:
        return None
    doc = _earlier_answer(text + ".")  # parsed as the sentence it is (a fragment parses worse unfinished)
    phrase = doc[:-1]
    verbs = [t for t in phrase if t.pos_ in ("VERB", "AUX")]
    if (
        not any(t.pos_ in ("NOUN", "PROPN") for t in phrase)
        or (verbs and not asked_subject)
        or _root(doc).pos_ in ("VERB", "AUX")
    ):
        return None
    candidate = _as_mentioned(phrase)
    if q.wh_noun and not lexicon.supersenses(q.wh_noun, "n", senses=1) & {"noun.person"}:
        # "Which district ...?" -> "Saltcombe Downs": a district, whatever the recogniser took the name for
        candidate = replace(candidate, person=False, named=False)
    asked = wh.head if wh.tag_ == "WDT" else wh
    verb = asked.head
    role = "patient" if asked.dep_ in ("dobj", "nsubjpass") and (verb.pos_ == "VERB" or misread_verb(verb)) else ""
    predicate = (verb.lemma_.lower(), role) if role else candidate.predicate  # "What did X adopt?": what was adopted
    return replace(candidate, also_head=q.wh_noun or "", answered=True, predicate=predicate)


def _amount_asked(q: Question, answer: Doc) -> _Candidate | None:
    """What a "how much did X give / cost ...?" asked for, as a thing to point back at: the sum the answer gave
    with the act's noun, its giver and complements ("the £3.5 million contribution of the United Kingdom to the
    fund", "the cost of the pilot"), or the sum alone ("the €600,000"); taken by a demonstrative standing alone
    ("how much of that") or one naming money or a quantity ("that money"), never by "it"."""
    if q.expected is not Expected.AMOUNT or q.doc is None:
        return None
    said = _sum_said(answer)
    verb = _root(q.doc)  # "How much did the pilot cost?" may tag "cost" a noun: the predicate, however tagged
    acts = verb.pos_ == "VERB" or any(c.dep_ == "nsubj" for c in verb.children)
    noun = lexicon.payment_noun(verb.lemma_.lower()) if acts else ""
    if not noun:
        return (
            _Candidate(f"the {said}", False, "amount", named_only=True, answered=True, measure=True) if said else None
        )
    asked = lambda t: any(w.tag_ in WH_TAGS for w in t.subtree)  # noqa: E731
    giver = [c for c in verb.children if c.dep_ == "nsubj" and not asked(c)]
    parts = [" ".join(["the", said, noun]) if said else f"the {noun}"]
    parts += [f"of {_as_mentioned(whole_words(q.doc[g.left_edge.i : g.right_edge.i + 1])).text}" for g in giver]
    parts += [
        whole_words(q.doc[p.left_edge.i : p.right_edge.i + 1]).text
        for p in verb.children
        if p.dep_ == "prep" and p.i > verb.i and not asked(p)
    ]
    return _Candidate(" ".join(parts), False, noun, named_only=True, answered=True, measure=True)


def _sum_said(answer: Doc) -> str:
    """The first sum of money an answer gives, as written with its currency sign ("€730,000"), or ""."""
    sums = [q for q in analyse_span(answer[:]).quantities if q.kind == "amount" and q.money and q.value is not None]
    if not sums:
        return ""
    start = sums[0].start
    while start > 0 and unicodedata.category(answer.text[start - 1]) == "Sc":  # "€600,000": the sign's too
        start -= 1
    return answer.text[start : sums[0].end]


def _asks_about_a_noun(asked: Token) -> bool:
    """ "What is the GMG?" (a copula with a noun beside the wh-phrase) asks about that noun; "What is critical
    to X?" asks for the thing that is."""
    verb = asked.head
    return verb.lemma_ == "be" and any(
        c.dep_ in ("attr", "nsubj", "nsubjpass") and c.i != asked.i and c.pos_ in ("NOUN", "PROPN")
        for c in verb.children
    )


def _answer_phrase(root: Token) -> str:
    """An answer's noun phrase (a list of them included) with its first prepositional phrase, without what
    punctuation sets beside it ("The Group, "established in ..."", "IOM: ...") or quotation marks."""
    listed = {t.i for c in root.children if c.dep_ in ("conj", "cc") for t in c.subtree}
    stop = next(
        (t.i for t in root.rights if t.is_punct and not (t.is_quote or _joins_a_word(t)) and t.i + 1 not in listed),
        None,
    )
    stop = min(stop if stop is not None else len(root.doc), _first_phrase_end(root))
    return _as_said([t for t in root.subtree if t.i < stop])


def _as_said(tokens: Sequence[Token]) -> str:
    """The words as a question would say them: on one line, without quotation marks (a possessive's apostrophe
    stays: "the Domestic Workers' Legal Aid Centre")."""
    return " ".join(
        "".join(t.whitespace_ if t.is_quote and t.tag_ != "POS" else t.text_with_ws for t in tokens).split()
    )


def _hyphenated(conjunct: Token) -> bool:
    """A conjunct the parser split off its head at a hyphen ("co-governance"), not a second item ("the MICIC
    Initiative and the Nansen-Initiative", whose hyphen lies inside the second)."""
    return abs(conjunct.i - conjunct.head.i) == 2 and _joins_a_word(conjunct.doc[min(conjunct.i, conjunct.head.i) + 1])


def _joins_a_word(mark: Token) -> bool:
    """A hyphen inside a word ("mini-multilateralism"), which the tokenizer splits off and may tag as punctuation."""
    doc = mark.doc
    return (
        0 < mark.i < len(doc) - 1
        and doc[mark.i - 1].whitespace_ == ""
        and mark.whitespace_ == ""
        and doc[mark.i + 1].is_alpha
    )


def _first_phrase_end(noun: Token) -> int:
    """Where a noun phrase ends with its first prepositional phrase, without the phrases nested in it or
    set after it ("coordination among the bodies with mandates in X" -> "coordination among the bodies");
    a list keeps every item, and a name is never cut ("Professor X of the University of Harrowdale")."""
    phrases = [c for c in noun.rights if c.dep_ == "prep"]
    if not phrases or any(c.dep_ == "conj" for c in noun.children):
        return noun.right_edge.i + 1
    first = phrases[0]
    nested = [p.i for p in first.subtree if p.dep_ == "prep" and p.i != first.i]
    return _past_a_name(noun.doc, min([*nested, *(p.i for p in phrases[1:]), first.right_edge.i + 1]))


def _past_a_name(doc: Doc, end: int) -> int:
    """A phrase's end moved past the rest of a name it would cut ("... of the University" of "the University of
    Harrowdale")."""
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return end


def _slot_filled(wh: Token, sentence: Span, asked_subject: bool = False) -> Span | None:
    """The phrase of an answer sentence that fills the question's wh-slot: the answer's word for the
    question's verb (the same lemma, or a form of it: "adopt" / "the adoption of"), then its subject for
    "what <verb>s X?" and its object for "what did X <verb>?" ("Underpinning each area is the regime":
    the verb's clause is the subject of "is", whose complement fills the slot)."""
    asked = wh.head if wh.tag_ == "WDT" else wh
    verb, role = asked.head, asked.dep_
    if verb.pos_ not in ("VERB", "AUX") or role not in ("nsubj", "nsubjpass", "dobj"):
        return None
    forms = {verb.lemma_.lower(), *lexicon.related_forms(verb.lemma_.lower())}
    match = next((t for t in sentence if t.lemma_.lower() in forms and t.pos_ in ("VERB", "NOUN")), None)
    if match is None:  # the answer says it with another verb ("Underpinning X is Y"): its new phrase
        return _new_phrase(sentence, asked.doc) if asked_subject else None
    doer = role != "dobj" and asked.dep_ != "nsubjpass"  # the slot asked for is the one doing it
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in match.children)
    if match.pos_ == "NOUN":  # a nominalisation: "the adoption of X" fills "what did they adopt?"
        found = next((c for p in match.children if p.lower_ == "of" for c in p.children if c.dep_ == "pobj"), None)
    elif passive and doer:  # "X was adopted by Y": Y adopted it
        found = next((c for a in match.children if a.dep_ == "agent" for c in a.children if c.dep_ == "pobj"), None)
    else:
        wanted = ("nsubjpass",) if passive else ("nsubj",) if doer else ("dobj",)
        found = next((c for c in match.children if c.dep_ in wanted), None)
        if found is None and match.dep_ == "csubj":  # "Underpinning X is Y": Y did the underpinning
            found = next((c for c in match.head.children if c.dep_ in ("attr", "acomp")), None)
    return _slot_phrase(found, sentence)


def _slot_phrase(found: Token | None, sentence: Span) -> Span | None:
    """The phrase of the noun that fills a slot, every item of a list it heads included."""
    if found is None or found.pos_ not in ("NOUN", "PROPN"):
        return None
    last = found  # "UN resolutions, declarations and global compacts": the slot holds every item
    while (
        following := next((c for c in last.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")), None)
    ) is not None:
        last = following
    if last is not found:
        return whole_words(sentence.doc[min(t.i for t in found.subtree) : last.i + 1])
    return _with_complements(whole_words(sentence.doc[min(t.i for t in found.subtree) : found.i + 1]))


def _equated(sentence: Span, asked: str) -> Span | None:
    """What a copula sets equal to the noun asked for ("Which examples ...?" -> "The examples it gives are the
    MICIC Initiative and the Nansen Initiative": those two), None when neither side is that noun."""
    root = sentence.root
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    complement = next((c for c in root.children if c.dep_ == "attr"), None)
    if not asked or root.lemma_ != "be" or subject is None or complement is None:
        return None
    if subject.lemma_.lower() == asked:  # "the schemes it gives are the Harbour Scheme and ...": the complement
        return _slot_phrase(complement, sentence)
    return _slot_phrase(subject, sentence) if complement.lemma_.lower() == asked else None


def _new_phrase(sentence: Span, question: Doc) -> Span | None:
    """What a copula answers a question for a subject worded with another verb ("What sits beneath the
    areas?" -> "Underpinning each area is the regime"): its one subject or complement the question did not
    mention."""
    if sentence.root.lemma_ != "be":
        return None
    said = {t.lemma_.lower() for t in question}
    found = [
        c
        for c in sentence.root.children
        if c.dep_ in ("nsubj", "attr") and c.pos_ in ("NOUN", "PROPN") and c.lemma_.lower() not in said
    ]
    if len(found) != 1:
        return None
    return _with_complements(whole_words(sentence.doc[found[0].left_edge.i : found[0].i + 1]))


def _root(doc: Doc) -> Token:
    return next(iter(doc.sents)).root


def _with_complements(chunk: Span) -> Span:
    """The noun phrase with the prepositional phrases that complete it: its "of" phrase, and the rest of
    a name ("the Declaration on Refugees and Migrants"), not a phrase about the event ("by the council",
    "at the General Assembly"); a name it nests is whole ("the University of Harrowdale")."""
    end = chunk.end
    for child in chunk.root.rights:
        if child.dep_ != "prep" or child.i != end or not _completes(chunk.root, child):
            break
        nested = {t.i for p in child.subtree if p.dep_ == "prep" and p.i != child.i for t in p.subtree}
        last = max(t.i for t in child.subtree if t.i not in nested)  # "on Refugees and Migrants", not "at ..."
        end = _past_a_name(chunk.doc, last + 1)
    return whole_words(chunk.doc[chunk.start : _before_a_misread_verb(chunk, end)])


def _before_a_misread_verb(chunk: Span, end: int) -> int:
    """Where a noun phrase extended to `end` stops: before a verb the tagger took for a noun, and the preposition
    left hanging ("the normative architecture of migration consist of": "... of migration")."""
    end = next((t.i for t in chunk.doc[chunk.end : end] if not _can_be_a_noun(t)), end)
    while end > chunk.end and chunk.doc[end - 1].pos_ == "ADP":
        end -= 1
    return end


def _completes(noun: Token, preposition: Token) -> bool:
    """An "of" phrase completes its noun, and so does the rest of a name ("Declaration on Refugees")."""
    objects = [c for c in preposition.children if c.dep_ == "pobj"]
    name_goes_on = objects and objects[0].pos_ == "PROPN" and not any(c.dep_ == "det" for c in objects[0].children)
    return preposition.lower_ == "of" or (noun.pos_ == "PROPN" and bool(name_goes_on))


def _referent(chunk: Span) -> Span | None:
    """The part of a noun phrase that can be referred back to: without a wh-word, its quantifier and a
    leading conjunction ("How many global compacts" -> "global compacts"); None for a pronoun."""
    owner = chunk[0] if chunk[0].tag_ == "PRP$" and len(chunk) > 1 else None  # "its Welcome Plan": the plan
    if any(
        t.pos_ == "PRON" and t.tag_ not in ("WDT", "WP", "WP$") and (owner is None or t.i != owner.i) for t in chunk
    ):
        return None
    if owner is not None:
        chunk = chunk[1:]
    tokens = [t for t in chunk if not (t.tag_ in WH_TAGS or t.pos_ in ("CCONJ", "INTJ", "PUNCT"))]  # "Yes, X"
    tokens = [
        t
        for t in tokens
        if not (
            t.head.tag_ == "WRB"
            or (t.dep_ == "amod" and t.head.i == chunk.root.i and any(c.tag_ == "WRB" for c in t.children))
        )
    ]
    if not tokens or not any(t.pos_ in ("NOUN", "PROPN") for t in chunk):  # "mini-multilateralism" may root in "mini"
        return None
    auxiliary = [t.i for t in tokens if t.pos_ == "AUX"]
    if auxiliary:  # a misparse: "What does the report's conclusion stress?" read as one noun phrase "... stress"
        tokens = [t for t in tokens if t.i > auxiliary[-1] and t.i != chunk.root.i]
        if not tokens or tokens[-1].pos_ not in ("NOUN", "PROPN"):
            return None
        return whole_words(chunk.doc[tokens[0].i : tokens[-1].i + 1])
    if any("Fin" in t.morph.get("VerbForm") for t in tokens) or not _can_be_a_noun(chunk.root):
        return None  # "What does the third part of the chapter examine?" has no noun "examine"
    if _part_of_a_verb(chunk.root):
        return None  # "took part", "takes place": no thing to point back at
    return whole_words(chunk.doc[tokens[0].i : tokens[-1].i + 1])


def _part_of_a_verb(noun: Token) -> bool:
    """A bare object that makes one verb with its verb, as WordNet lists it ("take part", "take place", "take
    stock", "make sense")."""
    verb = noun.head
    bare = not any(c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in noun.children)
    return noun.dep_ == "dobj" and bare and verb.pos_ == "VERB" and lexicon.is_verb(f"{verb.lemma_}_{noun.lemma_}")


def _can_be_a_noun(token: Token) -> bool:
    """Not a verb's base form the tagger took for a noun ("examine"), which the dictionary knows as no noun;
    a word it does not know (a name, a coinage) or a gerund ("pooling") is a noun."""
    word = token.lower_
    return token.pos_ != "NOUN" or lexicon.is_noun(word) or not lexicon.is_verb_base(word)


def _with_modifiers(chunk: Span) -> Span:
    """The noun phrase with its prepositional complements and infinitive ("the global compacts on migration and on
    refugees", "the average time to decide a claim"), up to a year the question placed it in ("the value of
    transfers in 2020": the next question may ask of another year)."""
    end = chunk.end
    for child in chunk.root.rights:
        infinitive = child.dep_ in ("acl", "relcl") and "Inf" in child.morph.get("VerbForm")
        words = list(child.subtree)
        if (child.dep_ in ("prep", "nummod") or infinitive) and words[0].i == end:  # "on migration", "chapter 5"
            tensed = [t.i for t in words if t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")]
            end = min([*tensed, words[-1].i + 1])  # a misparse: "barriers to X abound"
    dated = [t.i for t in chunk.doc[chunk.end : end] if t.dep_ == "prep" and _dates(t)]
    return whole_words(chunk.doc[chunk.start : _before_a_misread_verb(chunk, min([*dated, end]))])


def _dates(preposition: Token) -> bool:
    """A preposition whose object is a year or a date ("in 2020", "by March 2021")."""
    return any(
        c.dep_ == "pobj" and c.ent_type_ == "DATE" and any(t.like_num for t in c.subtree) for c in preposition.children
    )


def _name_candidate(span: Span) -> _Candidate:
    """A name with the article its noun phrase gives it: "the Global Migration Group", and "the New York
    Declaration" out of "the 2016 New York Declaration"."""
    doc = span.doc
    if span.start > 0 and doc[span.start - 1].lower_ == "the":
        return _candidate(doc[span.start - 1 : span.end])
    name = _candidate(span)
    if span[0].dep_ != "det" and any(c.dep_ == "det" and c.lower_ == "the" for c in span.root.children):
        return replace(name, text="the " + name.text)
    return name


def _candidate(span: Span) -> _Candidate:
    words = [t for t in span if not t.is_quote] or list(span)
    text = _as_said(span) or span.text
    first = words[0]
    if first.dep_ == "det" and first.lower_ != "the" and len(words) > 1:  # mentioned again, it is definite:
        text = "the " + text.split(" ", 1)[1]  # "a plan", "some areas", "those areas" -> "the ..."
    elif first.pos_ not in ("DET", "PROPN", "PRON") and (span.root.tag_ == "NNS" or first.pos_ == "NUM"):
        text = "the " + text  # "global compacts", "two compacts" -> "the ..." (a mass noun takes none)
    root = span.root
    listed = any(t.dep_ == "conj" and t.head.i == root.i and not _hyphenated(t) for t in span)
    plural = is_plural(root) or listed  # "co-governance" parsed as "co" and "governance" is one
    names = [t for t in words if t.pos_ == "PROPN"]
    if plural and not listed and len(names) > 1 and not lexicon.is_common_noun(names[0].text):
        plural = False  # "Saltcombe Downs", "the United Nations": one place or body, "it" (not "Member States")
    bare = root.pos_ == "NOUN" and not text.startswith("the ") and first.pos_ not in ("DET", "PROPN", "PRON", "NUM")
    person = root.ent_type_ == "PERSON" or (  # a noun that names nothing but people ("director"; not "pilot")
        root.pos_ == "NOUN" and lexicon.supersenses(root.lemma_, "n", senses=3) == {"noun.person"}
    )
    speaker = person or is_text(root) or root.ent_type_ in _SPEAKERS or lexicon.is_social_group(root.lemma_.lower())
    site = root.ent_type_ in PLACE_LABELS or (root.pos_ == "NOUN" and _a_site(root.lemma_.lower()))
    return _Candidate(
        text,
        plural,
        root.lemma_.lower(),
        noun=root.text,
        bare=bare,
        person=person,
        named=root.ent_type_ == "PERSON",
        speaker=speaker,
        document=is_text(root),
        site=site,
        setting=site and root.dep_ == "pobj" and root.head.head.pos_ == "VERB",
        quantity=root.like_num or root.pos_ == "NUM",
    )


_SPEAKERS = frozenset(["PERSON", "ORG", "NORP", "GPE"])  # entity labels of those who can say something


def _a_site(noun: str) -> bool:
    """A noun whose commonest sense is a place or a structure ("district", "camp", "centre"; not "system", an
    artifact but no structure)."""
    kind = lexicon.supersenses(noun, "n", senses=1)
    return "noun.location" in kind or ("noun.artifact" in kind and lexicon.counts_as(noun, "structure"))


def _as_mentioned(span: Span) -> _Candidate:
    """A candidate from a phrase that may open its sentence: "Implementation gaps exist" -> "the implementation gaps";
    an adverb focusing it is no part of it ("Only the Northgate station has been commissioned": the station)."""
    while len(span) > 1 and span[0].pos_ == "ADV" and span[0].head.i >= span[1].i:
        span = span[1:]
    candidate = _candidate(span)
    word = next((t for t in span if not t.is_quote), span[0])
    opens = all(t.is_punct for t in word.sent if t.i < word.i)  # first in its sentence or in a quotation
    opens = opens or (word.i > 0 and word.doc[word.i - 1].is_quote)
    named = word.ent_type_ and word.ent_type_ not in ENTITY_LABELS_NOT_NAMES  # "Tomasz Wierzba, the director."
    article = word.pos_ == "DET" and opens  # "The New York Declaration ..." opening the answer: "the" within a sentence
    if not article and (word.pos_ == "PROPN" or named or word.text.isupper() or not opens):
        return candidate
    text = candidate.text.replace(word.text, word.text[:1].lower() + word.text[1:], 1)
    return replace(candidate, text=text)


def _pick(anaphor: Anaphor, candidates: Sequence[_Candidate]) -> _Candidate | None:
    """The antecedent: for "those compacts" one headed by "compact"; else the first that agrees in number
    (none: the anaphor is left as written rather than made ungrammatical)."""
    if anaphor.dated and not anaphor.head:  # "after that": the time the last exchange gave, the most precise first
        times = [c for c in candidates if c.when]
        return next((c for c in times if c.when == "date"), next(iter(times), None))
    if anaphor.dated:  # "that year": the time the last exchange gave, in the unit asked ("2021" for a year)
        return next((c for c in candidates if c.when in (anaphor.head, "date")), None)
    candidates = [c for c in candidates if not c.when]  # a time is no thing: "What did it cost?" after "In 2019."
    if anaphor.elided == "which":  # the noun the previous question asked for ("Which trade got the most?")
        return next((c for c in candidates if c.also_head), None)
    if anaphor.elided in _PLACE_IN_PAIR:
        place = _PLACE_IN_PAIR[anaphor.elided]
        return next((c for c in candidates if (c.last if place == -1 else c.place == place)), None)
    listed = [c for c in candidates if c.place is not None]
    if anaphor.rank and len(listed) >= (max(anaphor.rank, 3) if anaphor.rank > 0 else 2):  # "the second one" of
        return listed[anaphor.rank - 1 if anaphor.rank > 0 else anaphor.rank]  # a list of three or more; "the last
        # one" the last of any list
    if anaphor.elided == "many":  # "How many had been issued?": the thing talked about, if things can be counted
        return next(
            (
                c
                for c in candidates
                if c.place is None and not (c.named_only or c.person or c.quantity or c.measure or c.act or c.owns)
            ),
            None,
        )
    if anaphor.elided == "number":  # "those two": the things counted, said with their number where one is
        fitting = [c for c in candidates if c.place is None and not c.named_only and not c.owns and c.plural]
        return next((c for c in fitting if anaphor.head in c.text.lower().split()), next(iter(fitting), None))
    if anaphor.elided:  # "the existing ones": the noun talked about; "the second one": of several
        fitting = [
            c for c in candidates if c.place is None and not c.named_only and not c.owns and c.plural >= anaphor.plural
        ]
        return min(fitting, key=lambda c: anaphor.ranked and not c.plural, default=None)
    candidates = [c for c in candidates if c.place is None]
    if anaphor.partitive:  # "How many of those were hidden?" after "How many leaks did the crews find?": a part of
        candidates.sort(key=lambda c: not c.counted)  # the leaks the answer numbered, not of the crews
    if anaphor.locative:  # "there": a place, or what answered "which camp?"; no place talked about, no rewrite
        sites = [c for c in candidates if c.site or (c.also_head and _a_site(c.also_head))]
        return min(sites, key=lambda c: not c.setting, default=None)  # "in Milbrook" before the homes insulated
    if anaphor.animate is not None:  # "it" is no person; "she" a person when one was talked about
        agreeing = [c for c in candidates if c.person == anaphor.animate]
        agreeing.sort(key=lambda c: not c.named)  # "the chief financial officer, Lena Marchetti": her name
        candidates = agreeing if agreeing or not anaphor.animate else candidates
    if anaphor.predicate[1] == "agent":  # "Will they renew it?": no stretch of time renews anything
        candidates = [c for c in candidates if not _no_doer_of(c, anaphor.predicate[0])]
    if anaphor.says:  # "It also notes that X": what can note things, the text the conversation is about first
        speakers = [c for c in candidates if c.speaker] or candidates
        candidates = sorted(speakers, key=lambda c: not c.document)  # "Why does it think X?": the text asked about
    if anaphor.pointing:  # "Why is that significant?": what the answer just said, when it agrees
        said = next(
            (
                c
                for c in candidates
                if (c.answered or (anaphor.partitive and c.counted))
                and c.plural == anaphor.plural
                and c.head != anaphor.clause_subject
                and not (anaphor.partitive and _no_members(c))
            ),
            None,
        )
        if said is not None:
            return said
    if anaphor.head:
        same = next((c for c in candidates if not c.act and anaphor.head in (c.head, c.also_head)), None)
        same = same or next((c for c in candidates if c.act and c.act in lexicon.derived_forms(anaphor.head)), None)
        if same is None and lexicon.supersenses(anaphor.head, "n", senses=2) & {"noun.possession", "noun.quantity"}:
            return next((c for c in candidates if c.measure), None)  # "that money", "this amount": the sum asked
        return same
    again = [c for c in candidates if anaphor.predicate[0] and c.predicate == anaphor.predicate and not c.act]
    if again and again[0].plural == anaphor.plural:  # "interpreters were used ..." -> "Why weren't they used?"
        return again[0]
    owner = next((c for c in candidates if anaphor.possessed and c.owns == anaphor.possessed), None)
    if owner is not None and owner.plural == anaphor.plural:
        return owner  # "their challenge" after "a challenge for proponents of X"
    undergoing = next(  # "its adoption" after "What did the Assembly adopt?": what was adopted, the answer
        (
            c
            for c in candidates
            if anaphor.possessed
            and c.answered
            and c.predicate[1] == "patient"
            and c.predicate[0] in lexicon.derived_forms(anaphor.possessed)
        ),
        None,
    )
    if undergoing is not None and undergoing.plural == anaphor.plural:
        return undergoing
    fitting = [
        c
        for c in candidates
        if c.plural == anaphor.plural
        and not c.named_only
        and not c.owns
        and c.head != anaphor.clause_subject
        and not (anaphor.partitive and _no_members(c))
    ]
    if anaphor.possessed and lexicon.supersenses(anaphor.possessed, "n", senses=1) & {"noun.act"}:
        agents = [
            c
            for c in candidates
            if c.plural == anaphor.plural
            and not c.named_only
            and ((c.speaker and not c.document) or lexicon.supersenses(c.head, "n", senses=1) & _AGENTS)
        ]
        fitting = agents[:1] + fitting  # "their task", "its outreach": someone's act, so a person or a body (by
        # name, or the owner of what was asked about: "the Migrant Rights Observatory's memorandum") if one fits
    if fitting:  # an object stands for the previous question's object before its subject (parallel roles)
        if anaphor.object and (not fitting[0].answered or anaphor.doer_asked_again):  # what answered the previous
            # question stays first, unless this one asks its role again
            return next((c for c in fitting if c.object), fitting[0])
        return fitting[0]
    # nothing the question talked about agrees ("What could make them grow?" after a question about progress):
    # what the answer talked about, its subject first
    said = [
        c
        for c in candidates
        if c.named_only and not c.act and c.plural == anaphor.plural and c.head != anaphor.clause_subject
    ]
    return min(said, key=lambda c: not c.answered, default=None)


def _no_members(candidate: _Candidate) -> bool:
    """Whether a phrase names no things to count some of ("How many of those ...?"): a number or sum ("€32 an hour"),
    or a noun of quantity ("Volunteer numbers grew from 210 to 265": the numbers, not the volunteers)."""
    return candidate.quantity or "noun.quantity" in lexicon.supersenses(candidate.head, "n", senses=2)


_AGENTS = frozenset(["noun.person", "noun.group"])  # WordNet's classes of nouns that can act
_DELIBERATE_ACTS = frozenset(
    ["verb.cognition", "verb.communication", "verb.social", "verb.possession", "verb.creation", "verb.competition"]
)


def _no_doer_of(candidate: _Candidate, verb: str) -> bool:
    """Whether a stretch of time, a measure or an attribute ("the three years", "the summer", "the leakage level") is
    named where the question's pronoun does a deliberate act (plans, renews, gives, says: WordNet's verb classes): it
    cannot."""
    senses = lexicon.supersenses(candidate.head, "n", senses=1)
    named = any(w[:1].isupper() for w in candidate.text.split()[1:])  # "the Nansen Initiative": a name's head
    attribute = "noun.attribute" in senses and not named
    measure = attribute or bool(senses & {"noun.time", "noun.quantity"})
    return measure and bool(lexicon.supersenses(verb, "v", senses=2) & _DELIBERATE_ACTS)


def _replace(doc: Doc, anaphors: Sequence[Anaphor], candidates: Sequence[_Candidate]) -> str:
    text = doc.text
    picks: dict[Anaphor, _Candidate | None] = {}
    for anaphor in anaphors:  # one pronoun said twice stands for one thing ("Who will run it, and when will it meet?")
        first = next((a for a in picks if _word(doc, a) == _word(doc, anaphor) and a.plural == anaphor.plural), None)
        # two pronouns are two things ("When did they sign it?": "it" is not one of "Norway and Peru")
        others = [p.text.lower() for a, p in picks.items() if p is not None and not (a.pointing or anaphor.pointing)]
        free = [c for c in candidates if not any(c.text.lower() in o or o in c.text.lower() for o in others)]
        picks[anaphor] = picks[first] if first is not None and picks[first] is not None else _pick(anaphor, free)
    taken = {picked for anaphor, picked in picks.items() if not anaphor.pointing}
    for anaphor in sorted(anaphors, key=lambda a: -a.start):
        picked = picks[anaphor]
        if picked is None:
            continue  # "this chapter" with no chapter in the conversation: it means what it says
        if anaphor.pointing and picked in taken:
            continue  # "Despite that, what does it take stock of?": "that" is not what "it" is
        phrase, start, end = picked.text, anaphor.start, anaphor.end
        if anaphor.elided == "which":  # "which" -> "which trade"
            phrase = f"{text[start:end]} {picked.also_head}"
        elif anaphor.locative:  # "there" -> "in Valle Seco", "to the capital"
            phrase = f"{anaphor.locative} {picked.text}"
        elif anaphor.dated and _standing_alone(doc, anaphor):  # "opened the same year" -> "opened in 2021"
            phrase = f"in {picked.text}"
        elif anaphor.dated:  # "in that year" -> "in 2021"
            phrase = picked.text
        elif anaphor.elided == "many":  # "How many had been issued?" -> "How many Return Skills Certificates ..."
            phrase = f"{text[start:end]} {_counted(picked)}"
        elif anaphor.elided == "one" and picked.place is not None:  # "the second one" -> the list's second item
            start = anaphor.phrase_start
        elif anaphor.elided == "one":
            phrase = picked.noun if anaphor.plural else picked.head
        elif anaphor.possessive and " " in phrase and anaphor.possessed_end:
            owned = text[anaphor.end : anaphor.possessed_end].strip()  # "its proponents" -> "the proponents of X"
            phrase, end = f"the {owned} of {phrase}", anaphor.possessed_end
        elif anaphor.possessive:
            phrase += "'" if phrase.endswith("s") and not phrase.endswith("ss") else "'s"
        elif picked.act:  # "this incorporation" -> "the incorporation of migrants and human mobility"
            phrase = f"the {text[anaphor.start : end].split()[-1]} of {phrase}"
        elif anaphor.head and picked.bare:  # a demonstrative is a determiner: "in that era" -> "in the political era"
            phrase = "the " + phrase
        phrase = _case(phrase, at_start=start == 0)
        text = text[:start] + phrase + text[end:]
    return _drop_leading_conjunction(text)


def _counted(picked: _Candidate) -> str:
    """A candidate as the things "how many" counts: without its determiner, its last word in the plural ("the
    Return Skills Certificate" -> "Return Skills Certificates")."""
    phrase = parse(picked.text)
    words = [t.text for t in phrase[next((t.i for t in phrase if t.dep_ != "det"), 0) :]]
    if not picked.plural:
        words[-1] = lexicon.plural(words[-1])
    return " ".join(words)


def _word(doc: Doc, anaphor: Anaphor) -> str:
    return doc.text[anaphor.start : anaphor.end].lower()


def _standing_alone(doc: Doc, anaphor: Anaphor) -> bool:
    """Whether a time phrase is an adverb of its own ("opened that year"), not the object of a preposition."""
    span = doc.char_span(anaphor.start, anaphor.end, alignment_mode="expand")
    return span is not None and span.root.dep_ != "pobj"


def _complete_fragment(doc: Doc, previous: str, candidates: Sequence[_Candidate], denied: bool = False) -> str:
    """ "Why?" -> "Why <subject>?"; "And refugees?" -> the previous question with its last noun phrase of
    the same kind (a name for a name, a common noun for a common noun) replaced by "refugees". `denied`: the
    answer to the previous question opened with "No" ("Why?" then asks why not)."""
    content = [t for t in doc if not (t.is_punct or t.pos_ in ("CCONJ", "INTJ"))]
    nouns = [c for c in (_referent(c) for c in noun_phrases(doc)) if c is not None]
    nouns = nouns or [doc[t.i : t.i + 1] for t in doc if misread_noun(t)]  # "And redshank?"
    one = next(
        (t for t in doc if t.lemma_ == "one" and t.pos_ == "NUM" and any(c.dep_ == "det" for c in t.children)), None
    )
    if one is not None:
        rank = next((c for c in one.children if c.ent_type_ == "ORDINAL"), None)  # "And the second one?"
        ranked = _ranked_again(rank, previous) if rank is not None else ""
        return ranked or _one_of_a_kind(doc[_phrase_start(one) : one.i].text, previous) or doc.text
    rank = next((t for t in doc if stands_for_a_noun(t)), None)
    if rank is not None:  # "And the third?": the item at that place in what the previous question ranked or asked
        phrase = doc[_phrase_start(rank) : rank.i + 1].text
        return _ranked_again(rank, previous) or _one_of_a_kind(phrase, previous, of_many=True) or doc.text
    grade = _superlative(doc)
    if grade is not None and not nouns:  # "And the quickest?" after "Which claims took longest?": the other end
        before = _earlier(previous).doc
        graded = _superlative(before) if before is not None else None
        if graded is not None:
            return before.text[: graded.start_char] + grade.text + before.text[graded.end_char :]
    said = analyse_span(doc[:])
    if _details(said) or said.times:  # "And in 2023?": the previous question with its detail of that kind
        again = _with_detail(doc, said, previous)
        if again:
            return again
    again = _in_the_same_slot(doc, _earlier(previous))
    if again:  # "And in the second round?" after "How many employers took part in Round 1?"
        return again
    if nouns and any(t.tag_ == "WDT" for t in doc):  # "Over what period?": no phrase is set against another;
        asked = _earlier(previous)  # after a yes/no question, it asks that question's wh-question
        if asked.form is Form.YES_NO and asked.doc is not None and asked.doc[0].pos_ == "AUX":
            body = doc.text.rstrip().rstrip("?").rstrip()
            return f"{body} {asked.doc[0].lower_}{asked.text[len(asked.doc[0].text) :]}"
        return doc.text
    if nouns:
        before = _earlier(previous).doc
        chunks = [c for c in (_referent(c) for c in noun_phrases(before)) if c is not None]
        if chunks:  # the phrase of the same kind is the one set against it ("And X?": a name for a name)
            outer = min(nouns, key=lambda n: len(list(n.root.ancestors)))  # "the training for court work", whole
            inside = any(t.i == nouns[-1].root.i for t in outer.root.subtree)
            new = _with_modifiers(outer) if inside else nouns[-1]
            named = new.root.pos_ == "PROPN"
            last = _set_against(new, chunks)
            numbered = last.end < len(before) and before[last.end].like_num and before[last.end].head.i == last.root.i
            end = before[last.end].idx + len(before[last.end]) if numbered else last.end_char  # "Year 1", whole
            modifier = _modifier_of_its_kind(new, last) if not named else None
            if modifier is not None:  # "And redshank?" after "How many avocet pairs ...?": "redshank pairs"
                return before.text[: modifier.idx] + new.text + before.text[modifier.idx + len(modifier) :]
            return before.text[: last.start_char] + new.text + before.text[end:]
        return doc.text
    if len(content) > 1 and content[0].tag_ == "WRB" and all("Neg" in t.morph.get("Polarity") for t in content[1:]):
        return _asked_again_denied(content[0].text.capitalize(), previous) or doc.text  # "Why not?"
    bare = all(t.tag_ in ("WRB", "WP", "WDT") for t in content)
    if content and (bare or (content[0].tag_ == "WRB" and all(t.pos_ == "ADV" for t in content[1:]))):
        word = content[0].text.capitalize()  # "Why?", "How so?"
        asked = _earlier(previous)
        again = _asked_again_with(word, doc[content[1].i : content[-1].i + 1].text, asked) if len(content) > 2 else ""
        if again:  # "Why so late?" after "When was X approved?" -> "Why was X approved so late?"
            return again
        if (
            content[0].tag_ == "WRB"
            and asked.form is Form.YES_NO
            and asked.doc is not None
            and asked.doc[0].pos_ == "AUX"
        ):
            if denied and len(content) == 1:  # "Did X find it efficient?" "No, ..." "Why?": why it did not
                return _asked_again_denied(word, previous) or doc.text
            return f"{word} {asked.doc[0].lower_}{asked.text[len(asked.doc[0].text) :]}"  # "Why is X good at Y?"
        why = _why_so(asked) if len(content) == 1 and content[0].lower_ == "why" else ""
        return why or f"{word} {_case(candidates[0].text, at_start=False)}?"
    return doc.text


def _set_against(new: Span, chunks: Sequence[Span]) -> Span:
    """The previous question's phrase a fragment's phrase stands against: the last of the same noun ("the second
    phase" for "Phase 1"), else of the same kind of thing (WordNet's class of its commonest sense: "the advisory
    board" for "the steering group", not "the project"), else a name for a name and a common noun for a common one."""
    kind = lexicon.supersenses(new.root.lemma_.lower(), "n", senses=1) if new.root.pos_ != "PROPN" else frozenset()
    alike = [c for c in chunks if c.root.lemma_.lower() == new.root.lemma_.lower()] or [
        c
        for c in chunks
        if kind and c.root.pos_ != "PROPN" and lexicon.supersenses(c.root.lemma_.lower(), "n", senses=1) == kind
    ]
    named = new.root.pos_ == "PROPN"
    return (alike or [c for c in chunks if (c.root.pos_ == "PROPN") == named] or list(chunks))[-1]


def _modifier_of_its_kind(new: Span, phrase: Span) -> Token | None:
    """The noun qualifying `phrase`'s head that a one-word fragment stands against: of the fragment's kind (WordNet's
    class of its commonest sense: "redshank" and "avocet" both animals) where the head is of another ("pairs")."""
    kind = lexicon.supersenses(new.root.lower_, "n", senses=1)  # as written: a misread noun has a verb's lemma
    if len(new) != 1 or not kind or lexicon.supersenses(phrase.root.lemma_.lower(), "n", senses=1) == kind:
        return None
    return next(
        (
            t
            for t in phrase
            if t.dep_ in ("compound", "amod")  # the tagger may take a rare noun for an adjective ("avocet pairs")
            and (t.pos_ in ("NOUN", "ADJ") or (t.pos_ == "PROPN" and t.is_lower))  # or for a name ("dunlin")
            and t.head.i == phrase.root.i
            and lexicon.supersenses(t.lemma_.lower(), "n", senses=1) == kind
        ),
        None,
    )


def _superlative(doc: Doc) -> Span | None:
    """The first superlative's words ("longest", "most expensive"), without its determiner; None when there is none."""
    return next((words for t in doc if (words := superlative(t)) is not None), None)


def _asked_again_with(word: str, manner: str, asked: Question) -> str:
    """A wh-question asked again with another wh-word and the fragment's adverbs ("Why so late?" after "When was
    X approved?" -> "Why was X approved so late?"); "" when the previous question opens with no wh-word and verb."""
    opening = asked.doc[:2] if asked.doc is not None and len(asked.doc) > 2 else None
    if opening is None or opening[0].tag_ not in WH_TAGS or opening[1].pos_ not in ("AUX", "VERB"):
        return ""
    body = asked.text[len(opening[0].text) :].rstrip().rstrip("?").rstrip()
    return f"{word}{body} {manner}?"


# The pro-form that stands, once answered, for what a wh-word asked ("when" -> "then"): "Why was X launched then?"
_ANSWERED = {"when": "then", "where": "there"}


def _why_so(asked: Question) -> str:
    """ "Why?" after a wh-question asks why its answer holds: the question again with "why" and, in the place of
    what it asked, a word for the answer ("What does the review conclude about X?" -> "Why does the review conclude
    that about X?"; "When was X launched?" -> "Why was X launched then?"); "" when the question asked its subject
    ("Who runs X?") or opens otherwise."""
    doc = asked.doc
    if doc is None or len(doc) < 3 or doc[0].tag_ not in WH_TAGS or doc[1].pos_ not in ("AUX", "VERB"):
        return ""
    wh, text = doc[0], asked.text.rstrip().rstrip("?").rstrip()
    if wh.lower_ in _ANSWERED:
        return f"Why{text[len(wh.text) :]} {_ANSWERED[wh.lower_]}?"
    if wh.lower_ == "what" and wh.dep_ == "dobj":  # its head takes an object, however tagged
        verb = wh.head
        end = verb.idx + len(verb)
        return f"Why{text[len(wh.text) : end]} that{text[end:]}?"
    return ""


def _asked_again_denied(word: str, previous: str) -> str:
    """ "Why not?" after "Did the review look at X?" -> "Why did the review not look at X?": the yes/no question
    asked again with the wh-word, its subject's verb negated; "" when the previous question is no such question."""
    asked = _earlier(previous)
    if asked.form is not Form.YES_NO or asked.doc is None or asked.doc[0].pos_ != "AUX":
        return ""
    if any(t.dep_ == "neg" for t in asked.doc):
        return ""  # "Didn't it ...?" then "Why not?": no double negation
    subject = next((t for t in asked.doc if t.dep_ in ("nsubj", "nsubjpass", "expl") and t.i > 0), None)
    if subject is None:
        return ""
    end = subject.right_edge.idx + len(subject.right_edge)
    return f"{word} {asked.doc[0].lower_}{asked.text[len(asked.doc[0].text) : end]} not{asked.text[end:]}"


def _with_detail(fragment: Doc, said: SentenceFacts, previous: str) -> str:
    """ "And in 2023?" after "How many X did Y register in 2021?" -> "... in 2023?": each year, number, name or
    date of the fragment replaces the previous question's last one of its kind ("Year 3" for "Year 1"); a time
    phrase replaces the previous question's time with its preposition ("And at present?" after "What happened over
    the last two decades?"); a detail it has none of is added when the fragment is a prepositional phrase ("And in
    2023?" after "How many X did Y register?"); "" otherwise."""
    before = _earlier(previous)
    if before.doc is None:
        return ""
    old = analyse_span(before.doc[:])
    opened = _after_what_about(fragment)
    phrase = next(
        (t for t in fragment[opened:] if t.pos_ == "ADP" and not any(c.tag_ in WH_TAGS for c in t.children)), None
    )
    end = max(t.i for t in fragment if not t.is_punct) + 1
    text, added = before.text, []
    times = [d for d in _details(said) if _a_time_detail(d)]
    if (times or said.times) and len(times) == len(_details(said)):  # "And in Year 3?", "And at present?"
        again = _at_another_time(fragment, phrase, before, old)
        if again:
            return again
    for new in sorted(_details(said), key=lambda x: -x.start):
        same = [o for o in _details(old) if _kind(o) == _kind(new)]
        if same:
            last = max(same, key=lambda o: o.start)
            text = text[: last.start] + new.text + text[last.end :]
        else:
            added.append(new)
    replaced = text != before.text
    if not added or phrase is None:
        return text if replaced else ""
    if not replaced and (again := _in_the_same_slot(fragment, before)):
        return again  # "And in Ashby Moor?" after "What was the rate in Kelsford?"
    return f"{text.rstrip().rstrip('?').rstrip()} {fragment[phrase.i : end].text}?"


def _in_the_same_slot(fragment: Doc, before: Question) -> str:
    """For a fragment that is one prepositional phrase ("And in the second round?"), the previous question with its
    last phrase of that preposition replaced by it ("How many employers took part in Round 1?" -> "... in the second
    round?"); "" when the fragment is no such phrase or the previous question has none."""
    words = [t for t in fragment[_after_what_about(fragment) :] if not (t.is_punct or t.pos_ == "CCONJ")]
    if not words or words[0].pos_ != "ADP" or before.doc is None or any(t.tag_ in WH_TAGS for t in words):
        return ""  # "In which regions?" asks; it sets nothing against a phrase
    phrase = words[0]
    inside = {t.i for t in phrase.subtree}
    if not any(c.dep_ == "pobj" for c in phrase.children) or any(t.i not in inside for t in words):
        return ""
    slots = [
        t
        for t in before.doc
        if t.lower_ == phrase.lower_
        and any(c.dep_ == "pobj" for c in t.children)
        and not any(w.tag_ in WH_TAGS for w in t.subtree)
    ]
    if not slots:
        return ""
    slot = slots[-1]
    noun = next(c for c in slot.children if c.dep_ == "pobj")
    qualifiers = {t.i for c in noun.children if c.dep_ in ("prep", "relcl", "acl") for t in c.subtree}
    last = max(t.i for t in noun.subtree if t.i not in qualifiers)  # "during the pilot" of "... the pilot on repairs"
    start, end = slot.idx, before.doc[last].idx + len(before.doc[last])
    new = fragment[phrase.i : words[-1].i + 1].text
    return before.text[:start] + new + before.text[end:]


def _at_another_time(fragment: Doc, phrase: Token | None, before: Question, old: SentenceFacts) -> str:
    """The previous question with its last time, and the preposition before it, replaced by the fragment's time
    phrase ("over the last two decades" -> "at present"); a bare date keeps the preposition ("And 2022?" -> "in
    2022"), a time in common words takes none ("And today?"); "" when the previous question gives no time."""
    text = before.text
    spans = [(d.start, d.end) for d in _details(old) if _a_time_detail(d)] + [
        (text.rfind(t), text.rfind(t) + len(t)) for t in old.times if t in text
    ]
    if not spans or before.doc is None:
        return ""
    start, stop = max(spans)
    words = [t for t in fragment[_after_what_about(fragment) :] if not (t.is_punct or t.pos_ == "CCONJ")]
    new = fragment[phrase.i if phrase is not None else words[0].i : words[-1].i + 1]
    dated = any(t.like_num or t.is_title for t in new)  # "2022", "Year 3" take a preposition; "today" none
    opening = before.doc.char_span(start, stop, alignment_mode="expand")
    preposition = opening is not None and opening.start > 0 and before.doc[opening.start - 1].pos_ == "ADP"
    if preposition and (phrase is not None or not dated):
        start = before.doc[opening.start - 1].idx
    return text[:start] + new.text + text[stop:]


def _after_what_about(fragment: Doc) -> int:
    """Where the fragment's own words start after a "What about" / "How about" opening (a wh-word and the
    preposition right after it: "What about 2024?" asks what "And 2024?" asks), else 0."""
    words = [t for t in fragment if not t.is_punct]
    framed = len(words) > 2 and words[0].tag_ in WH_TAGS and words[1].pos_ == "ADP" and words[1].i == words[0].i + 1
    return words[1].i + 1 if framed else 0


def _details(facts: SentenceFacts) -> list[Entity | Quantity]:
    """The years, numbers, names and other dates ("Year 3", "the first quarter") a text gives."""
    dates = [
        e
        for e in facts.entities
        if e.label in ("DATE", "TIME") and not any(q.start <= e.start < q.end for q in facts.quantities)
    ]
    return [*facts.quantities, *facts.names(), *dates]


def _kind(detail: Entity | Quantity) -> str:
    return detail.kind if isinstance(detail, Quantity) else detail.label


def _a_time_detail(detail: Entity | Quantity) -> bool:
    """A year, a date or a stretch of time ("in 2021", "Year 1", "today", "over the last two decades")."""
    return _kind(detail) in ("year", "span", "DATE", "TIME")


def _phrase_start(head: Token) -> int:
    """Where the phrase `head` heads starts, at its first determiner or modifier ("the second one")."""
    return min([head.i, *(c.i for c in head.children if c.dep_ in ("det", "amod", "nummod"))])


def _ranked_again(rank: Token, previous: str) -> str:
    """ "And the third?" after "What is the first area examined ...?" -> "What is the third area examined ...?":
    the previous question with its ordinals replaced by this one ("" when it has none)."""
    before = _earlier(previous).doc
    places = [t for t in before if t.pos_ == "ADJ" and ordinal_value(t.text) is not None]  # "in the first year",
    # which the recogniser may take for a DATE as a whole
    text = before.text
    for token in reversed(places):
        word = rank.lower_ if token.is_lower else rank.lower_.capitalize()
        text = text[: token.idx] + word + text[token.idx + len(token) :]
    return text if places else ""


def _one_of_a_kind(phrase: str, previous: str, of_many: bool = False) -> str:
    """ "And the other one?" after "What is one obstacle X faces?" -> "What is the other obstacle X faces?":
    "one" stands for the singular noun the previous question was about, and `phrase` ("the other") is set
    before it; with `of_many` (a rank: "the second") it may also be one of a plural ("" when neither fits)."""
    before = list(_earlier(previous).doc.sents)[-1]  # the question, not a sentence leading up to it
    order = {"nsubj": 0, "nsubjpass": 0, "attr": 1, "dobj": 1, "pobj": 2}
    chunks = sorted(
        (c for c in noun_phrases(before) if c.root.pos_ == "NOUN" and not any(t.tag_.startswith("W") for t in c)),
        key=lambda c: (order.get(c.root.dep_, 3), c.start),
    )
    if not chunks:
        return ""
    target = chunks[0]
    verb = target.root.head
    if of_many and target.root.tag_ == "NNS" and verb.lemma_ == "be" and verb.dep_ == "ROOT" and verb.lower_ == "are":
        # "What are the three themes of X?" -> "And the second?" -> "What is the second of the three themes of X?"
        text, offset = before.text, before.start_char
        start, end, at = target.start_char - offset, target.end_char - offset, verb.idx - offset
        text = text[:start] + f"{phrase} of {text[start:end]}" + text[end:]
        return text[:at] + "is" + text[at + len(verb) :]
    if target.root.tag_ != "NN":
        return ""
    kept = next(t for t in target if t.dep_ not in ("det", "nummod", "predet"))  # "one global compact"
    text, offset = before.text, before.start_char
    start, kept_at, end = target.start_char - offset, kept.idx - offset, target.root.idx + len(target.root) - offset
    return text[:start] + f"{phrase} {text[kept_at:end]}" + text[end:]


def _case(phrase: str, at_start: bool) -> str:
    first = phrase.split(" ", 1)[0]
    if at_start:
        return phrase[:1].upper() + phrase[1:]
    if first in ("The", "A", "An", "This", "These"):
        return phrase[:1].lower() + phrase[1:]
    return phrase


def _drop_leading_conjunction(text: str) -> str:
    doc = parse(text)
    if len(doc) > 1 and doc[0].pos_ == "CCONJ":
        rest = text[doc[1].idx :]
        return rest[:1].upper() + rest[1:]
    return text


@lru_cache(maxsize=512)
def _earlier(question: str) -> Question:
    """An earlier turn's analysis: each follow-up reads the conversation again, so turns are parsed once."""
    return analyse(question)


@lru_cache(maxsize=512)
def _times(doc: Doc) -> list[_Candidate]:
    """The times a text gives, for "that year" / "the same year": each year ("2021" of "March 2021"), and each
    date in full ("March 2021") for "that month" / "that day"."""
    found = []
    for quantity in analyse_span(doc[:]).quantities:
        if quantity.kind == "year" and quantity.value is not None:
            year = str(int(quantity.value)) if quantity.value.is_integer() else quantity.text.strip()  # "2019/20"
            found.append(_Candidate(year, False, "year", named_only=True, when="year"))
            if quantity.text.strip() != year:
                found.append(_Candidate(quantity.text, False, "date", named_only=True, when="date"))
    return found


def _earlier_answer(text: str) -> Doc:
    return parse(text)


def _known_share(text: str, known: Callable[[str], bool]) -> float:
    stems = terms(text)
    return sum(map(known, stems)) / len(stems) if stems else 0.0
