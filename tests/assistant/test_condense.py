"""Follow-up questions made standalone: pure text rules, no model."""

from __future__ import annotations

import pytest

from assistant.condense import conversation_subject, is_follow_up, standalone_question
from assistant.refusal import refusal_text
from assistant.text import name_kind


def exchange(question: str, answer: str) -> list[dict[str, str]]:
    return [{"role": "user", "content": question}, {"role": "assistant", "content": answer}]


NEW_YORK = exchange(
    "What is notable about the New York Declaration on Refugees and Migrants?",
    "Its adoption and the ongoing efforts to advance two global compacts. [1]",
)


def test_pronoun_is_replaced_by_the_conversations_subject() -> None:
    history = exchange("Tell me about the New York Declaration.", "It set two global compacts in motion. [1]")
    assert standalone_question("When was it adopted?", history) == "When was the New York Declaration adopted?"


def test_possessive_pronoun_becomes_a_possessive() -> None:
    history = exchange("Which organization joined the UN?", "IOM [1]")
    assert standalone_question("What are its obstacles?", history) == "What are IOM's obstacles?"


def test_name_in_the_users_question_is_the_subject_when_the_answer_names_nothing() -> None:
    assert conversation_subject(NEW_YORK) == "the New York Declaration on Refugees and Migrants"
    assert (
        standalone_question("When was it adopted?", NEW_YORK)
        == "When was the New York Declaration on Refugees and Migrants adopted?"
    )


def test_longest_name_in_the_assistants_answer_is_the_subject() -> None:
    history = exchange("Which organization joined the UN?", "IOM, with its entry into the UN. [1]")
    assert conversation_subject(history) == "IOM"


def test_follow_up_naming_nothing_gets_the_subject_appended() -> None:
    history = exchange("What does the Global Migration Group do?", "It can serve an important role. [1]")
    assert standalone_question("And why?", history) == "And why (the Global Migration Group)?"


@pytest.mark.parametrize(
    "question",
    [
        "What kind of funding model makes things hard for IOM?",
        "Which body was set up because the institutional landscape is complex?",
        "What is the group that coordinates the institutions?",  # a relative 'that' is no pronoun
    ],
)
def test_standalone_question_is_left_unchanged(question) -> None:
    assert not is_follow_up(question)
    assert standalone_question(question, NEW_YORK) == question


def test_follow_up_without_history_is_left_unchanged() -> None:
    assert standalone_question("  When was it adopted? ") == "When was it adopted?"


def test_subject_is_taken_from_the_assistants_answer_when_it_names_something() -> None:
    history = exchange(
        "Which organization recently entered the UN system?",
        "The International Organization for Migration.",
    )
    assert conversation_subject(history) == "the International Organization for Migration"
    assert (
        standalone_question("What obstacles does it face?", history)
        == "What obstacles does the International Organization for Migration face?"
    )


def test_subject_falls_back_to_the_gist_of_the_users_question_when_nothing_is_named() -> None:
    history = exchange("what slows down global cooperation on migration?", "barriers abound [1]")
    assert conversation_subject(history) == "slows global cooperation migration"


def test_name_the_documents_use_is_preferred() -> None:
    history = exchange("Which organization joined the UN?", "IOM, the International Organization for Migration.")
    assert conversation_subject(history, known=lambda term: term == "iom") == "IOM"


def test_refusal_in_history_is_ignored() -> None:
    history = exchange(
        "How many staff does the Global Migration Group have?",
        refusal_text(
            "How many staff does the Global Migration Group have?",
            "the closest passages do not give a number",
        ),
    )
    assert conversation_subject(history) == "the Global Migration Group"
    assert "Global Migration Group" in standalone_question("And who chairs it?", history)


def test_refusal_quoting_a_name_does_not_become_the_subject() -> None:
    refusal = {
        "role": "assistant",
        "content": "The indexed documents don't say: nothing about the Quillfeather Protocol.",
    }
    history = [{"role": "user", "content": "What is the Global Migration Group?"}, refusal]
    assert conversation_subject(history) == "the Global Migration Group"


def test_capitalised_first_word_of_an_answer_is_not_a_name() -> None:
    history = exchange(
        "What did the New York Declaration on Refugees and Migrants set in motion?",
        "Ongoing efforts to advance two global compacts.",
    )
    assert "New York Declaration" in standalone_question("When was it adopted?", history)


def test_assistants_own_verbatim_answer_gives_a_sensible_subject() -> None:
    history = exchange(
        "What would help the institutions working on migration act together?",
        "Effective institutional coordination among the institutions with mandates, programmes and interest in "
        "migration is critical to improving the global governance of migration, including implementing the "
        "outcomes of the global compacts. [1]",
    )
    assert conversation_subject(history) != "Effective"


def test_which_question_answer_subject_is_the_kind_of_thing_asked_for() -> None:
    history = exchange(
        "Which organization entered the UN recently?",
        "Most notable are the adoption of the 2016 New York Declaration on Refugees and Migrants at the UN General "
        "Assembly and ongoing efforts to advance two global compacts. [1] In an era of increasing nationalism, "
        "States have been willing to negotiate UN resolutions, declarations and global compacts, and shepherd IOM "
        "into the UN. [2]",
    )
    assert conversation_subject(history) == "IOM"


def test_what_declaration_question_answer_subject_is_the_declaration() -> None:
    history = exchange(
        "What declaration did the UN General Assembly adopt in 2016?",
        "Most notable are the adoption of the 2016 New York Declaration on Refugees and Migrants at the UN General "
        "Assembly and ongoing efforts to advance two global compacts. [1]",
    )
    assert conversation_subject(history) == "the New York Declaration on Refugees and Migrants"


@pytest.mark.parametrize(
    "name, kind",
    [
        ("IOM", "organization"),
        ("the Global Migration Group", "organization"),
        ("the UN General Assembly", "organization"),
        ("the New York Declaration on Refugees and Migrants", "instrument"),
        ("the Global Compact", "instrument"),
        ("Nansen", None),
        ("the MICIC Initiative", "organization"),
    ],
)
def test_name_kind(name, kind) -> None:
    assert name_kind(name) == kind


COMPACTS = exchange(
    "What are the two global compacts?",
    "Most notable are the adoption of the 2016 New York Declaration on Refugees and Migrants at the UN General "
    "Assembly and ongoing efforts to advance two global compacts. [1]",
)


def test_plural_pronoun_takes_the_plural_thing_asked_about_not_a_name_the_answer_mentions() -> None:
    assert standalone_question("When were they adopted?", COMPACTS) == "When were the two global compacts adopted?"
    assert standalone_question("What opportunity do they provide?", COMPACTS) == (
        "What opportunity do the two global compacts provide?"
    )
    assert "New York Declaration" in standalone_question("When was it adopted?", COMPACTS)  # "it": one thing


def test_bare_why_after_a_follow_up_takes_the_gist_of_that_follow_up() -> None:
    history = [
        *exchange(
            "What makes global migration governance hard?", "Barriers to global migration governance abound. [1]"
        ),
        *exchange("So what is the most promising path?", "It remains the most promising path. [1]"),
    ]
    assert standalone_question("Why?", history) == "Why (promising path)?"
