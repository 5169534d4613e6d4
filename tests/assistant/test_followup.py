"""Follow-up rewriting from the parse: only unresolved anaphors, the right antecedent, grammatical output."""

from __future__ import annotations

import itertools

import pytest

from assistant.followup import standalone_question

pytestmark = pytest.mark.fast


def history(question: str, answer: str, refused: bool = False) -> list[dict]:
    return [{"role": "user", "content": question}, {"role": "assistant", "content": answer, "refused": refused}]


SUBJECTS = ["mini-multilateralism", "the Global Migration Group", "the MICIC Initiative", "the normative architecture"]
FOLLOW_UPS = ["Why is it useful?", "When was it created?", "What does it require of States?", "Who leads it?"]


@pytest.mark.parametrize(("subject", "follow_up"), list(itertools.product(SUBJECTS, FOLLOW_UPS)))
def test_a_pronoun_takes_the_subject_of_the_previous_question(subject, follow_up):
    h = history(f"What is {subject}?", "The Office of the Secretary-General described it at length in Geneva.")
    rewritten = standalone_question(follow_up, h)
    assert subject.lower() in rewritten.lower()
    assert " it " not in f" {rewritten} ".replace("?", " ")


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("IOM", "What is IOM's funding model?"),
        ("the Global Migration Group", "What is the funding model of the Global Migration Group?"),
        ("the agency", "What is the funding model of the agency?"),
    ],
)
def test_a_possessive_pronoun_becomes_a_possessive(subject, expected):
    """One word takes "'s"; a longer phrase reads better as "the N of X"."""
    rewritten = standalone_question(
        "What is its funding model?", history(f"What does {subject} do?", "It coordinates.")
    )
    assert rewritten == expected


def test_after_what_n_the_subject_is_the_answers_name_headed_by_n():
    h = history(
        "What major declaration on refugees and migrants was adopted in 2016?",
        "Most notable are the adoption of the 2016 New York Declaration on Refugees and Migrants at the UN General Assembly.",
    )
    assert "the New York Declaration" in standalone_question("Where was it adopted?", h)


@pytest.mark.parametrize("things", ["the two global compacts", "the three areas", "the initiatives"])
def test_a_plural_pronoun_takes_a_plural_phrase(things):
    h = history(f"What are {things}?", "The New York Declaration set them in motion at the UN General Assembly.")
    rewritten = standalone_question("When were they adopted?", h)
    assert things.split()[-1] in rewritten and "Declaration" not in rewritten


@pytest.mark.parametrize(
    "question",
    [
        "Is it true that IOM became a UN agency in 2017?",
        "Is it correct that the compacts are binding?",
        "Does IOM have its own budget?",
        "What did the New York Declaration set in motion?",
        "How many global compacts are there?",
        "What does this chapter examine?",
    ],
)
def test_a_question_that_names_its_own_subject_is_never_rewritten(question):
    assert standalone_question(question, history("What is mini-multilateralism?", "A pragmatic solution.")) == question


def test_after_which_organization_the_subject_is_the_answers_organization():
    h = history(
        "Which organization recently entered the UN?", "With its entry into the UN, IOM should be better positioned."
    )
    assert "IOM" in standalone_question("What obstacles does it face?", h)


def test_a_demonstrative_noun_phrase_takes_the_phrase_with_its_head():
    h = history(
        "What are the two global compacts?", "The global compacts on migration and on refugees provide the opportunity."
    )
    rewritten = standalone_question("Who negotiated those compacts?", h)
    assert "global compacts" in rewritten and "those" not in rewritten


def test_a_refused_answer_gives_no_antecedent():
    h = history(
        "Who is the Director General of IOM?", "The indexed documents don't say: no person. Geneva.", refused=True
    )
    assert "Geneva" not in standalone_question("Where is he based?", h)


@pytest.mark.parametrize("wh", ["Why?", "How?", "When?"])
def test_a_bare_wh_word_asks_about_the_previous_subject(wh):
    rewritten = standalone_question(wh, history("What is mini-multilateralism?", "A pragmatic solution."))
    assert rewritten.startswith(wh[:-1]) and "mini-multilateralism" in rewritten


def test_no_history_no_rewrite():
    assert standalone_question("Why is it useful?") == "Why is it useful?"
