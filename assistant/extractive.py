"""The default answer: a few verbatim sentences from the best passages, each cited [n].

From the scored sentences (best first) keep those scoring within `keep_within` of the best, up to
`max_sentences` (`max_list_sentences` when the question asks for a list), dropping near-duplicates;
among them, those holding the kind of answer asked for (a number for "how many ...?", as many things as "what three
elements ...?" asks, grading what it grades) come first. When none does, the best sentence within `kind_within` of
the best that holds it and states every number and year the question states ("How much was transferred in 2023?": a
sum and 2023, or a table row with a 2023 column), or a name it states that the closer ones leave unsaid, leads them.
A superlative asked of a table ("Which bank charges the lowest fee?") is answered by the row the table ranks there
(`extremes`), first. Put them in document order and cite each.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from assistant.extremes import Extreme, said_of, table_extreme
from assistant.judge import (
    answer_fact,
    compares_values,
    gives_the_count_asked,
    graded_in,
    grades,
    holds_expected,
    name_said,
    of_the_names_asked,
    said_in,
    words_of,
    years_given,
)
from assistant.question import Expected, Question
from assistant.sentences import ScoredSentence
from assistant.types import Citation
from knowledge.language import Entity, Quantity, SentenceFacts
from knowledge.tables import label_cell
from knowledge.terms import stem

# Kinds of answer short enough to say first ("Two. ..."); a name list or an explanation is the sentences.
_DIRECT = frozenset(
    [
        Expected.POINT_IN_TIME,
        Expected.TIME,
        Expected.COUNT,
        Expected.AMOUNT,
        Expected.SHARE,
        Expected.EXTENT,
        Expected.DURATION,
        Expected.PLACE,
        Expected.PERSON,
        Expected.AGENT,
        Expected.ORGANIZATION,
    ]
)


# The answers that are a name: a table's row answers them with its label
_NAMED = frozenset([Expected.PLACE, Expected.PERSON, Expected.AGENT, Expected.ORGANIZATION])


@dataclass(frozen=True)
class Draft:
    """The chosen sentences, in answer order, and every candidate, best first."""

    sentences: list[ScoredSentence]
    ranked: list[ScoredSentence]
    extreme: Extreme | None = None  # the table row a superlative question asks for, first among `sentences`

    @property
    def best(self) -> ScoredSentence | None:
        return self.ranked[0] if self.ranked else None


@dataclass(frozen=True)
class ExtractiveComposer:
    max_sentences: int = 2
    max_list_sentences: int = 4
    keep_within: float = 0.06
    kind_within: float = 0.15
    duplicate_above: float = 0.9

    def draft(self, question: Question, ranked: Sequence[ScoredSentence]) -> Draft:
        if not ranked:
            return Draft([], [])
        limit = self.max_list_sentences if question.asks_list else self.max_sentences
        extreme = table_extreme(question, ranked)
        if extreme is not None and holds_expected(question, extreme.row.facts):  # the row the table ranks first,
            beside = [s for s in ranked if not s.facts.label]  # then the closest sentences that are no row (a row
            return Draft([extreme.row, *beside[: limit - 1]], list(ranked), extreme)  # of no kind asked: none)
        near = [s for s in ranked if s.score >= ranked[0].score - self.keep_within]
        # among near ties, the kind asked first, and of those one stating the question's numbers and years
        near.sort(key=lambda s: (not _answers(question, s.facts), not _states_the_asked(question, s.facts)))
        near = _telling_the_act(question, near[0], ranked) + near
        if not (_answers(question, near[0].facts) and _states_the_asked(question, near[0].facts)):
            pulled = self._answering(question, near, ranked[len(near) :], ranked[0].score)[:1]
            near = (pulled or _continuing(question, near[0], ranked)) + near
        chosen: list[ScoredSentence] = []
        for candidate in near:
            if len(chosen) >= limit:
                break
            if all(float(candidate.vector @ c.vector) < self.duplicate_above for c in chosen):
                chosen.append(candidate)
        chosen += self._continuations(chosen, ranked, limit)
        chosen.sort(key=lambda s: (s.passage.source, s.start))
        return Draft(chosen, list(ranked))

    def _answering(
        self, question: Question, near: Sequence[ScoredSentence], wider: Sequence[ScoredSentence], best: float
    ) -> list[ScoredSentence]:
        """The sentences within `kind_within` of `best` that hold the kind asked (as many things as it asks for)
        and state every quantity the question states and every name of it the `near` ones leave unsaid, or the act
        it asks about where the best one does not ("When did Dr X leave?": "Dr X left in 2023", by the doer asked);
        none when there is none of these: a closer match alone is no answer. A table row whose label the question names
        ("the budget for programme management": "| Programme management | 8.0 | 4.4 |") is the record asked about,
        and a sentence saying all the question says that the best one does not completes it ("A steering group
        chaired by X" below "The Open Shelves Project ...", for "Who chairs the steering group of the project?")."""

        def pulled(fits: Callable[[ScoredSentence], bool]) -> list[ScoredSentence]:
            return [
                s
                for s in wider
                if s.score >= best - self.kind_within
                and fits(s)
                and _answers(question, s.facts)
                and _states_the_asked(question, s.facts)
            ]

        asked = set(question.stated.lemmas)
        lacking = {stem(lemma) for lemma in asked} - _stems(near[0].facts)
        found = pulled(lambda s: bool(s.facts.label) and set(s.facts.label) <= asked) or pulled(
            lambda s: bool(lacking) and lacking <= _stems(s.facts) and _by_the_doer_asked(question, s.facts)
        )  # "A steering group chaired by X"
        if found:
            return found
        act = question.action or question.act  # "When did Dr X leave the company?": the sentence saying she left,
        if act and not said_in(act, _stems(near[0].facts)):  # below the best one naming her, which does not
            acted = pulled(lambda s: said_in(act, _stems(s.facts)) and _by_the_doer_asked(question, s.facts))
            if acted:
                return acted
        stated = {(q.kind, q.value) for q in question.stated.quantities}
        said = words_of([s.facts for s in near], ())
        names = [n for n in question.stated.names() if not name_said(n.text, said)]
        if (
            not stated
            and not names
            and gives_the_count_asked(question, near[0].facts) is None
            and not graded_in(question)
        ):
            return []
        return pulled(lambda s: all(name_said(n.text, words_of([s.facts], ())) for n in names))

    @staticmethod
    def _continuations(
        chosen: list[ScoredSentence], ranked: Sequence[ScoredSentence], limit: int
    ) -> list[ScoredSentence]:
        """Sentences a chosen one leans on, or that continue it: a chosen "It remains the most
        promising path." needs the sentence before it; a chosen sentence followed by "These issues
        include ..." (room permitting) keeps its continuation."""
        by_place = {(s.passage.doc_id, s.start): s for s in ranked}
        taken = {(s.passage.doc_id, s.start) for s in chosen}
        extra: list[ScoredSentence] = []

        def add(sentence: ScoredSentence | None) -> None:
            if sentence is not None and (sentence.passage.doc_id, sentence.start) not in taken:
                extra.append(sentence)
                taken.add((sentence.passage.doc_id, sentence.start))

        for sentence in chosen:
            spans = list(sentence.passage.sentences)
            if (sentence.start, sentence.end) not in spans:
                continue
            position = spans.index((sentence.start, sentence.end))
            if sentence.facts.refers_back and position > 0:
                add(by_place.get((sentence.passage.doc_id, spans[position - 1][0])))
            if position + 1 < len(spans) and len(chosen) + len(extra) < limit:
                following = by_place.get((sentence.passage.doc_id, spans[position + 1][0]))
                if following is not None and following.facts.refers_back:
                    add(following)
        return extra

    @staticmethod
    def direct_answer(question: Question, draft: Draft) -> tuple[str, Draft] | None:
        """What the question asks for ("2016", "Two"), when a chosen sentence states it (the closest such
        sentence), and the draft with that sentence first (the short answer leads into the sentence it rests on)."""
        if question.expected not in _DIRECT:
            return None
        if draft.extreme is not None:
            extreme = draft.extreme
            fact = answer_fact(question, extreme.row.facts)  # the row's name, the time of its value, or the value
            said = extreme.value.text if isinstance(fact, Quantity) else fact.text if fact is not None else ""
            if question.expected in _NAMED and not extreme.over_time:  # "which sector": the row's label, whatever
                said = label_cell(extreme.row.text)  # the recogniser took for a name in its headings ("Completed")
            said = said or extreme.name
            return (said_of(extreme, said), draft) if said else None

        def first(s: ScoredSentence) -> tuple[bool, bool, float]:  # the sentence telling the act asked about first
            return not _tells_the_act(question, s.facts), not _states_the_asked(question, s.facts), -s.score

        for sentence in sorted(draft.sentences, key=first):
            fact = answer_fact(question, sentence.facts) if of_the_names_asked(question, sentence) else None
            if fact is not None and fact.text:
                rest = [s for s in draft.sentences if s is not sentence]
                said = _listed(_every_answer(question, sentence.facts, fact)) if question.asks_list else fact.text
                return said[:1].upper() + said[1:], Draft([sentence, *rest], draft.ranked)
        return None

    @staticmethod
    def render(draft: Draft, direct: str | None = None) -> tuple[str, list[Citation]]:
        """The answer text (the direct answer, a dash, then each sentence with [n]), and its citations."""
        citations = [Citation.of(n, s.passage, s.start, s.end, s.text) for n, s in enumerate(draft.sentences, start=1)]
        text = " ".join(f"{c.quote} [{c.number}]" for c in citations)
        return (f"{direct} — {text}" if direct else text), citations


def _answers(question: Question, facts: SentenceFacts) -> bool:
    """Whether a sentence holds the kind of answer asked, as many things as the question asks for ("what three
    elements ...?": a list of three), grading what the question grades ("judged less successful")."""
    graded = graded_in(question)  # "less successful": a sentence grading it
    return (
        holds_expected(question, facts)
        and gives_the_count_asked(question, facts) is not False
        and (not graded or grades(facts, graded) or compares_values(facts, graded))
    )


def _continuing(question: Question, best: ScoredSentence, ranked: Sequence[ScoredSentence]) -> list[ScoredSentence]:
    """The first of the `_AHEAD` sentences after the best one in its paragraph that points back ("In March 2024 the
    Agency launched a pilot in X and Y. The pilot has a budget of €240,000."; "X was commissioned to evaluate it.
    Fieldwork ran ... The evaluation team was led by Y.") and holds what the best one lacks: the answer goes on
    there, however far its own words are from the question's. A blank line ends the paragraph."""
    passage = best.passage
    spans = list(passage.sentences)
    if (best.start, best.end) not in spans:
        return []
    at = spans.index((best.start, best.end))
    by_start = {s.start: s for s in ranked if s.passage.doc_id == passage.doc_id}
    for before, (start, _) in zip(spans[at : at + _AHEAD], spans[at + 1 : at + 1 + _AHEAD], strict=False):
        if "\n\n" in passage.text[before[1] - passage.start : start - passage.start]:
            return []  # another paragraph
        following = by_start.get(start)
        if following is None:
            return []
        pointing = following.facts.refers_back or following.facts.describes_back
        if pointing and _answers(question, following.facts) and _states_the_asked(question, following.facts):
            return [following]
    return []


def _telling_the_act(
    question: Question, best: ScoredSentence, ranked: Sequence[ScoredSentence]
) -> list[ScoredSentence]:
    """For "Who led the evaluation of Phase 1 of <a long name>?", whose name draws the sentence about it closest, or
    "Which firm was awarded the contract for <the project>?": the sentence of that paragraph telling the act asked,
    done to the thing the question says it was done to ("The evaluation was led by X", "under a contract awarded to
    X"), however far its score, when the best one does not tell it (the numbers the question states given by either:
    "Phase 1" is the best one's)."""
    if not (question.action or question.act) or _tells_the_act(question, best.facts):
        return []
    return [
        s
        for s in ranked
        if _one_paragraph(best, s)
        and _tells_the_act(question, s.facts)
        and _answers(question, s.facts)
        and (_states_the_asked(question, s.facts) or _states_the_asked(question, best.facts))
    ][:1]


def _one_paragraph(a: ScoredSentence, b: ScoredSentence) -> bool:
    """Whether two sentences stand in one paragraph of one passage (no blank line between them)."""
    if a.passage.chunk_id != b.passage.chunk_id:
        return False
    first, second = sorted((a, b), key=lambda s: s.start)
    return "\n\n" not in a.passage.text[first.end - a.passage.start : second.start - a.passage.start]


def _tells_the_act(question: Question, facts: SentenceFacts) -> bool:
    """Whether a sentence gives the act a wh-question asks about, done to what the question says it was done to (not
    the thing asked: "firm" of "Which firm was awarded the contract?"), and for "who did it?" by a doer: "The
    evaluation was led by X" for "Who led the evaluation of ...?"."""
    act = question.action or question.act
    if not act:
        return False
    asked = stem(question.wh_noun) if question.wh_noun else ""
    things = _role_heads(question.stated, act, "patient") - {asked}
    doers = _doers_asked(question)  # "When did the Heron enter service?": the Heron's entry, not "it is not expected
    if doers and not doers & _role_heads(facts, act, "agent"):  # to enter service"
        return False
    return bool(things & _role_heads(facts, act, "patient")) and (
        not question.action or bool(_role_heads(facts, act, "agent"))
    )


def _role_heads(facts: SentenceFacts, act: str, role: str) -> set[str]:
    """The stems of the heads of the phrases a sentence gives in `role` ("agent", "patient") of `act`."""
    return {stem(a.split()[-1]) for p, r, a in facts.roles if p == act and r == role}


def _by_the_doer_asked(question: Question, facts: SentenceFacts) -> bool:
    """Whether a sentence names no other doer of the act asked than the question names ("When did Dr X leave?":
    not "Her deputy left in May")."""
    doers, theirs = _doers_asked(question), _role_heads(facts, question.action or question.act, "agent")
    return not doers or not theirs or bool(doers & theirs)


def _doers_asked(question: Question) -> set[str]:
    """The stems of the doers a question names of the act it asks about, not the one it asks for ("firm" of "Which
    firm ...?")."""
    asked = stem(question.wh_noun) if question.wh_noun else ""
    return _role_heads(question.stated, question.action or question.act, "agent") - {asked}


def _stems(facts: SentenceFacts) -> set[str]:
    """The stems of a sentence's content words."""
    return {stem(lemma) for lemma in facts.lemmas}


def _states_the_asked(question: Question, facts: SentenceFacts) -> bool:
    """Whether a sentence gives every number and year the question states ("How many starts in 2023?": a row with a
    2023 column, not a sentence about 2021)."""
    return {(q.kind, q.value) for q in question.stated.quantities} <= _values_given(facts)


def _values_given(facts: SentenceFacts) -> set[tuple[str, float | None]]:
    """(kind, value) of each quantity a sentence gives, a table row's column years among its years."""
    return {(q.kind, q.value) for q in facts.quantities} | {("year", y) for y in years_given([facts])}


def _every_answer(question: Question, facts: SentenceFacts, first: Entity | Quantity) -> list[Entity | Quantity]:
    """For a question asking for several ("In which years ...?", "Which countries ...?"): each fact of the sentence
    that answers it, in the sentence's order ("2021", "2022"), found as the first was, the ones found set aside."""
    found = [first]
    while len(found) < _MOST_LISTED:
        rest = replace(
            facts,
            entities=tuple(e for e in facts.entities if _apart(e, found)),
            quantities=tuple(q for q in facts.quantities if _apart(q, found)),
        )
        following = answer_fact(question, rest)
        if following is None or not following.text or not _apart(following, found):
            break  # none left, or one standing for the sentence ("a condition"), not a fact of it
        found.append(following)
    return sorted(found, key=lambda f: f.start)


def _apart(fact: Entity | Quantity, found: Sequence[Entity | Quantity]) -> bool:
    return all(fact.end <= f.start or fact.start >= f.end for f in found)


_MOST_LISTED = 8
_AHEAD = 2  # how many sentences after the best one the answer may go on in


def _listed(facts: Sequence[Entity | Quantity]) -> str:
    """ "2021 and 2022", "Lyon, Rotterdam and Toronto"."""
    texts = list(dict.fromkeys(f.text for f in facts))
    return texts[0] if len(texts) == 1 else ", ".join(texts[:-1]) + " and " + texts[-1]
