"""Which retrieved sentences answer, and which leads: a sentence stating the question's year over a closer one of
another year; the sentence continuing the best one when it holds what the best one lacks."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.extractive import ExtractiveComposer
from assistant.question import analyse
from assistant.sentences import ScoredSentence
from assistant.types import Passage
from knowledge import language
from tests.assistant.retrieved import table_rows

pytestmark = pytest.mark.fast


def prose(text: str, scores: list[float], chunk: str = "p1", vector: int = 0) -> list[ScoredSentence]:
    """The sentences of one paragraph as retrieved, with the scores given, in order (their vectors unit vectors from
    number `vector` on: apart from every other)."""
    facts = language.analyse(text, [(0, len(text))])[0]
    spans = tuple((f.start, f.end) for f in facts)
    passage = Passage(chunk_id=chunk, doc_id=chunk, text=text, source="r.md", title="r", start=0, end=len(text))
    passage = passage.model_copy(update={"sentences": spans, "facts": tuple(facts)})
    return [
        ScoredSentence(passage, s, e, text[s:e], score, score, score, np.eye(8)[vector + i], f)
        for i, ((s, e), f, score) in enumerate(zip(spans, facts, scores, strict=True))
    ]


def row(lines: list[str], score: float) -> ScoredSentence:
    """The last row of a table (its header row first), as a retrieved sentence with the score given."""
    return table_rows(lines, scores=[score] * len(lines), vectors=[np.eye(8)[7]] * len(lines))[-1]


@pytest.mark.parametrize(
    ("thing", "verb", "cells", "asked", "answer"),
    [
        ("apprentice starts", "recorded 163 apprentice starts", ["486", "731", "802"], 2023, "731"),
        ("participating employers", "enrolled 94 participating employers", ["212", "347", "418"], 2024, "418"),
        ("inspections", "carried out 40 inspections", ["120", "150", "95"], 2022, "120"),
    ],
)
def test_a_sentence_giving_the_year_asked_leads_over_a_closer_one_of_another_year(thing, verb, cells, asked, answer):
    """ "How many apprentice starts did the scheme record in 2023?": the table row with a 2023 column answers, not
    the closer sentence about the scheme's first months of 2021."""
    closer = prose(f"In its first four months, from September to December 2021, the scheme {verb}.", [0.80])
    table = row(["Indicator | 2022 | 2023 | 2024", f"{thing.capitalize()} | " + " | ".join(cells)], 0.70)
    question = analyse(f"How many {thing} did the scheme record in {asked}?")
    composer = ExtractiveComposer()
    draft = composer.draft(question, [*closer, table])
    assert table in draft.sentences
    direct, _ = composer.direct_answer(question, draft)
    assert direct == answer


@pytest.mark.parametrize(
    ("second", "answers"),
    [
        ("The pilot has a budget of €240,000 over two years.", True),
        ("It has a budget of €240,000 over two years.", True),
        ("A second pilot in the north has a budget of €240,000.", False),  # another pilot: no continuation
    ],
)
def test_the_sentence_continuing_the_best_one_answers_what_it_lacks(second, answers):
    """ "How much money does the broker pilot in Tallis Bay have?": the best sentence names the pilot, the next one,
    pointing back to it, gives its budget, however far its own words are from the question's."""
    text = f"In March 2024 the Agency launched a broker pilot in Tallis Bay and Upper Rennet. {second}"
    sentences = prose(text, [0.74, 0.35])
    question = analyse("How much money does the broker pilot in Tallis Bay and Upper Rennet have?")
    composer = ExtractiveComposer()
    draft = composer.draft(question, sentences)
    assert (sentences[1] in draft.sentences) is answers
    found = composer.direct_answer(question, draft)
    assert (found is not None and found[0] == "€240,000") is answers


@pytest.mark.parametrize(
    ("between", "answers"),
    [
        (" Fieldwork ran from June to November 2024. ", True),
        (" Fieldwork included a survey of 312 employers and 48 interviews. ", True),
        ("\n\nFieldwork ran from June to November 2024. ", False),  # the answer would be in another paragraph
    ],
)
@pytest.mark.parametrize(
    ("question", "last", "answer"),
    [
        (
            "Who led the Kestrel Policy Research evaluation team?",
            "The evaluation team was led by Ines Marwick.",
            "Ines Marwick",
        ),
        ("How many people did the Kestrel Policy Research team employ?", "The team employed 14 people.", "14"),
    ],
)
def test_the_answer_may_go_on_two_sentences_after_the_best_one_in_its_paragraph(
    question, last, answer, between, answers
):
    """The paragraph is about what its first sentence names; a sentence two further on pointing back ("The
    evaluation team ...") answers what the best one lacks, never across a blank line."""
    text = (
        f"Kestrel Policy Research was commissioned in May 2024 to carry out an independent evaluation.{between}{last}"
    )
    sentences = prose(text, [0.75, 0.30, 0.50])
    composer = ExtractiveComposer()
    asked = analyse(question)
    draft = composer.draft(asked, sentences)
    assert (sentences[2] in draft.sentences) is answers
    found = composer.direct_answer(asked, draft)
    assert (found is not None and found[0] == answer) is answers


@pytest.mark.parametrize(
    ("label", "asked"), [("Programme management", "programme management"), ("Sea walls", "sea walls")]
)
def test_a_row_whose_label_the_question_names_answers_below_a_closer_sentence(label, asked):
    """ "What is the budget for programme management in the programme?": the closer sentence about the programme gives
    no sum; the row the question names by its label does."""
    closer = prose("The city council commissioned this review of the flood programme in September 2024.", [0.63])
    table = row(["Component | Budget (£ million) | Spent (£ million)", f"{label} | 8.0 | 4.4"], 0.51)
    other = row(["Component | Budget (£ million) | Spent (£ million)", "Household grants | 16.3 | 6.1"], 0.50)
    question = analyse(f"What is the budget for {asked} in the flood programme?")
    draft = ExtractiveComposer().draft(question, [*closer, table, other])
    assert table in draft.sentences and other not in draft.sentences


@pytest.mark.parametrize(
    ("asked", "answers"),
    [
        ("Who chairs the steering group of the Open Shelves Digitisation Project?", True),
        ("Who chairs the audit committee of the Open Shelves Digitisation Project?", False),  # no sentence says it
    ],
)
def test_a_sentence_saying_what_the_best_one_lacks_completes_it(asked, answers):
    """The best sentence names the project, a less close one says the rest ("A steering group chaired by Helen
    Marsh oversees the project"): together they answer; a question asking what neither says stays unanswered."""
    best = prose("The Open Shelves Digitisation Project completed its third year in 2024.", [0.63], chunk="a")
    rest = prose("A steering group chaired by Helen Marsh oversees the project.", [0.53], chunk="b")
    question = analyse(asked)
    draft = ExtractiveComposer().draft(question, [*best, *rest])
    assert (rest[0] in draft.sentences) is answers


@pytest.mark.parametrize(
    ("act", "said", "thing"),
    [
        ("led", "was led by", "evaluation"),
        ("chaired", "is chaired by", "steering group"),
        ("audited", "were audited by", "accounts"),
    ],
)
@pytest.mark.parametrize("doer", ["Dr Ingrid Vasquez", "Tomas Berend"])
def test_the_sentence_telling_who_did_the_act_asked_answers_however_far_down_its_paragraph(act, said, thing, doer):
    """ "Who led the evaluation of Phase 1 of the Leakage Reduction Programme?": the long name draws the sentence
    about the programme closest, and names a doer of another act ("Brennmoor Water launched ..."); the sentence of
    that paragraph giving who did the act to the thing asked about answers, three sentences further on."""
    text = (
        "Brennmoor Water launched Phase 1 of its Leakage Reduction Programme in April 2021. "
        "The phase closed on 31 December 2024. Leakage fell by 23% over the four years. "
        f"The {thing} {said} {doer} of Harwick Consulting."
    )
    sentences = prose(text, [0.75, 0.45, 0.42, 0.28])
    asked = analyse(f"Who {act} the {thing} of Phase 1 of the Leakage Reduction Programme?")
    composer = ExtractiveComposer()
    draft = composer.draft(asked, sentences)
    assert sentences[3] in draft.sentences
    found = composer.direct_answer(asked, draft)
    assert found is not None and doer.split()[-1] in found[0]


@pytest.mark.parametrize(
    ("asked", "said", "answer"),
    [
        (
            "Which company was awarded the contract for the {p}?",
            "under a contract awarded to {a}",
            "Holmfirth Builders Ltd",
        ),
        (
            "Which firm won the contract for the {p}?",
            "after Holmfirth Builders Ltd won the contract",
            "Holmfirth Builders",
        ),
        ("When was the contract for the {p} signed?", "after the contract was signed on 4 May 2022", "4 May 2022"),
        ("Who signed the contract for the {p}?", "after Dr Ines Morrow signed the contract", "Morrow"),
        ("Who drafted the contract for the {p}?", "after the contract was drafted by Dr Ines Morrow", "Morrow"),
        (
            "When did the council sign the contract for the {p}?",
            "after the council signed the contract in 2022",
            "2022",
        ),
    ],
)
@pytest.mark.parametrize("project", ["Castlemere Town Hall renovation", "Northgate Pool rebuilding"])
def test_the_sentence_telling_the_act_asked_of_its_thing_answers_however_far_down_its_paragraph(
    asked, said, answer, project
):
    """ "Which company was awarded the contract for the X renovation?": the project's name draws the sentence
    about the project closest; the sentence of that paragraph telling the act asked ("awarded"), done to the thing
    asked ("the contract"), answers however far its score, whatever kind the question asks."""
    name = project.rsplit(" ", 1)[0]
    text = (
        f"The {project}, a listed building that first opened in 1906, was the largest project in our history. "
        f"Work began in June 2023 {said.format(a='Holmfirth Builders Ltd')}."
    )
    sentences = prose(text, [0.63, 0.35])
    question = analyse(asked.format(p=project))
    composer = ExtractiveComposer()
    draft = composer.draft(question, sentences)
    assert sentences[1] in draft.sentences, name
    found = composer.direct_answer(question, draft)
    assert found is not None and answer in found[0]


@pytest.mark.parametrize(("mine", "other"), [("Heron", "Kestrel"), ("Osprey", "Curlew")])
@pytest.mark.parametrize(
    "asked", ["In what year did the {m} van enter service?", "When did the {m} van enter service?"]
)
def test_a_sentence_telling_the_act_of_another_doer_is_not_pulled(mine, other, asked):
    """ "When did the Heron van enter service?": "it is not expected to enter service before 2026", said of the van
    replacing the Kestrel, tells the act of another doer; the closest sentence stays the draft's lead."""
    text = (
        f"The two vans, the {mine} and the {other}, serve 87 stops. "
        f"The board ordered a van to replace the {other}; it is not expected to enter service before 2026."
    )
    sentences = prose(text, [0.53, 0.23])
    draft = ExtractiveComposer().draft(analyse(asked.format(m=mine)), sentences)
    assert sentences[1] not in draft.sentences


@pytest.mark.parametrize(("person", "short"), [("Dr Miriam Okafor", "Dr Okafor"), ("Lena Hart", "Ms Hart")])
@pytest.mark.parametrize(
    ("asked", "told", "answer"),
    [
        (
            "When did {p} leave the company?",
            "{s} left Harrowmere in September 2023 to join an agency overseas.",
            "2023",
        ),
        ("When did {p} retire?", "{s} retired in March 2022 after eleven years.", "2022"),
    ],
)
def test_the_sentence_telling_the_act_asked_answers_from_another_paragraph(person, short, asked, told, answer):
    """ "When did Dr X leave the company?": the sentence naming her fully, closest, tells no leaving; the one saying
    she left, in a later paragraph and within reach of the best score, answers."""
    first = prose(f"{person}, who became Director of Operations in January 2019, designed the recovery plan.", [0.6])
    later = prose(told.format(s=short), [0.5], chunk="p2", vector=1)
    question = analyse(asked.format(p=person))
    composer = ExtractiveComposer()
    draft = composer.draft(question, [*first, *later])
    assert later[0] in draft.sentences
    found = composer.direct_answer(question, draft)
    assert found is not None and answer in found[0]


def test_a_sentence_telling_the_act_of_another_doer_is_not_pulled_from_another_paragraph():
    first = prose("Dr Miriam Okafor, who became Director of Operations in January 2019, designed the plan.", [0.6])
    later = prose("Her deputy, Tomasz Wielgosz, left the company in May 2024.", [0.5], chunk="p2", vector=1)
    draft = ExtractiveComposer().draft(analyse("When did Dr Miriam Okafor leave the company?"), [*first, *later])
    assert draft.sentences[0] is first[0]
