"""Fact-checking end to end on the real index (the bundled chapter, real Chroma, the real model), and the
splitting of a pasted text into check-worthy sentences."""

from __future__ import annotations

import itertools

import pytest
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage

from assistant.checking import MAX_CHECK_CHARS, headline, statements
from assistant.errors import AssistantError
from assistant.question import Form, analyse
from assistant.types import Verdict


@pytest.mark.fast
def test_a_pasted_draft_is_split_into_statements_without_headings_or_questions():
    text = (
        "# Draft\n\nThe agency joined the network in 2016. It grew quickly\nover two years.\n\n"
        "- Three compacts were adopted.\n- What comes next?\n\nPlease check this."
    )
    found = statements(text)
    assert [text[s.start : s.end] for s in found] == [
        "The agency joined the network in 2016.",
        "It grew quickly\nover two years.",
        "Three compacts were adopted.",
    ]
    assert "agency" in found[1].checked  # "It" is read as the agency: the sentence before names it


@pytest.mark.fast
@pytest.mark.parametrize("thing", ["The report", "The harbour fund", "The agency"])
@pytest.mark.parametrize(
    ("second", "third"),
    [
        ("It says the council was founded by the ministry.", "It lists three pilot towns."),
        ("It notes that the council met twice.", "It also names the Tarsen shelter."),
        ("It was set up in 2019 to help the council.", "It closed in 2024."),
    ],
)
def test_a_subject_pronoun_continuing_the_one_before_stands_for_the_same_thing(thing, second, third):
    """ "The report opens with X. It says the council was founded by Y. It lists Z.": the second "It" continues the
    first and stands for the report, not for the council the sentence before reports on."""
    found = statements(f"{thing} opened in 2016. {second} {third}")
    assert found[2].checked.startswith(thing)


@pytest.mark.fast
@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Is it true that the plan was adopted in 2016?", "the plan was adopted in 2016"),
        ("Fact-check: the plan was adopted in 2016.", "the plan was adopted in 2016."),
        ("Someone told me that the plan was adopted in 2016. Right?", "the plan was adopted in 2016"),
        ("I read that the plan was adopted in 2016 — correct?", "the plan was adopted in 2016"),
        ("The plan was adopted in 2016, right?", "The plan was adopted in 2016"),
        ("The plan was adopted in 2016 - is that so?", "The plan was adopted in 2016"),
        ("The plan was adopted in 2016?", "The plan was adopted in 2016"),
        ("The agency joined the network two years ago?", "The agency joined the network two years ago"),
    ],
)
def test_one_claim_in_any_wording_is_one_statement(text, claim):
    [found] = statements(text)
    assert found.checked == claim
    assert text[found.start : found.end].strip() == text.strip()


REPORTS = [
    "Someone told me {c}, right?",
    "I heard that {c}, is that true?",
    "I read that {c} — correct?",
    "Someone told me the report says {c}. Right?",
    "A colleague says that {c}, correct?",
]
CLAIMS = [
    "the council adopted the regional plan in 2016",
    "efforts by local agencies have only increased over the past ten years",
    "the network (founded in 2009) now has three member agencies",
    "global-level talks among ministers have grown steadily over two decades",
]


@pytest.mark.fast
@pytest.mark.parametrize(("report", "claim"), list(itertools.product(REPORTS, CLAIMS)))
def test_a_reported_claim_runs_to_its_closing_tag_whatever_the_parse(report, claim):
    """The whole reported clause is checked, never the part the parser happened to attach to the verb of
    saying (a later verb read as a second clause), and without the tag ("right?", "is that true?")."""
    [found] = statements(report.format(c=claim))
    assert found.checked.endswith(claim) and found.checked.split()[0] in ("the", "efforts", "global-level")


def test_a_year_the_documents_contradict(bot):
    [check] = bot.check("The New York Declaration on Refugees and Migrants was adopted in 2015.").claims
    assert check.verdict is Verdict.CONTRADICTED
    [conflict] = check.conflicts
    assert (conflict.kind, conflict.claim, conflict.source) == ("year", "2015", "2016")
    assert check.text[conflict.claim_start : conflict.claim_end] == "2015"
    quote = check.citations[0]
    assert bot.store.document_text(bot.store.documents()[0].doc_id)[quote.start : quote.end] == quote.quote
    assert quote.quote[conflict.source_start - quote.start : conflict.source_end - quote.start] == "2016"


def test_a_claim_stated_by_the_documents_is_supported(bot):
    [check] = bot.check("The New York Declaration on Refugees and Migrants was adopted in 2016.").claims
    assert check.verdict is Verdict.SUPPORTED and not check.conflicts and check.citations


def test_a_detail_the_documents_do_not_give_is_not_found_and_named(bot):
    [check] = bot.check("IOM joined the United Nations in 2017.").claims
    assert check.verdict is Verdict.NOT_FOUND
    assert "2017" in check.missing and "year" in check.reason


@pytest.mark.parametrize(
    "claim",
    [
        "At present, States are showing greater willingness to engage in multilateral action.",  # greater -> great
        "The global compacts on migration and on refugees provide the chance to move ahead towards a more coherent "
        "approach to international migration.",  # chance: a sense of "opportunity"
    ],
)
def test_a_word_the_documents_use_in_another_form_or_sense_does_not_block_support(bot, claim):
    [check] = bot.check(claim).claims
    assert check.verdict is Verdict.SUPPORTED and not check.missing


@pytest.mark.parametrize(
    ("general", "claim"),
    [
        ("period", "In a period of increasing nationalism, States have been willing to negotiate UN resolutions."),
        ("document", "The 2016 New York document on Refugees and Migrants was adopted at the UN General Assembly."),
        ("organization", "Effective coordination among the organizations with mandates in migration is critical."),
    ],
)
def test_a_word_for_a_kind_the_documents_name_is_known(bot, general, claim):
    """ "a period" where the documents say "an era": the claim says less, not something new."""
    [statement] = statements(claim)
    assert general not in bot.checker.unknown(statement)


@pytest.mark.parametrize(
    "claim",
    ["Over roughly the past twenty years, States held dialogues.", "About ten years ago States held dialogues."],
)
def test_the_words_of_a_quantity_are_the_quantitys_to_check(bot, claim):
    [statement] = statements(claim)
    assert not set(bot.checker.unknown(statement)) & {"roughly", "past", "ago", "about"}


@pytest.mark.parametrize("adverb", ["unanimously", "secretly", "hastily"])
def test_a_manner_adverb_the_documents_never_use_blocks_support(bot, adverb):
    """ "adopted unanimously": a detail the documents do not give, however close the rest."""
    claim = f"The New York Declaration on Refugees and Migrants was {adverb} adopted at the UN General Assembly."
    [check] = bot.check(claim).claims
    assert check.verdict is Verdict.NOT_FOUND and adverb in check.missing


def test_a_reversed_judgement_is_contradicted(bot):
    [check] = bot.check("Mini-multilateralism is an impractical way of filling normative gaps.").claims
    assert check.verdict is Verdict.CONTRADICTED and check.conflicts[0].kind == "antonym"


def test_a_paragraph_gets_one_verdict_per_sentence(bot):
    text = (
        "The New York Declaration on Refugees and Migrants was adopted in 2016. "
        "Efforts are ongoing to advance three global compacts. "
        "The Declaration was signed by 193 heads of state."
    )
    report = bot.check(text)
    assert [c.verdict for c in report.claims] == [Verdict.SUPPORTED, Verdict.CONTRADICTED, Verdict.NOT_FOUND]
    assert [text[c.start : c.end] for c in report.claims] == [c.text for c in report.claims]
    assert report.claims[1].conflicts[0].kind == "count"


@pytest.mark.parametrize(
    ("question", "verdict", "opening"),
    [
        ("Is it true that the New York Declaration was adopted in 2018?", Verdict.CONTRADICTED, "Contradicted:"),
        ("Did the UN General Assembly adopt the New York Declaration in 2016?", Verdict.SUPPORTED, "Supported [1]"),
        ("Is it true that IOM became a UN agency in 2017?", Verdict.NOT_FOUND, "Not in the documents:"),
    ],
)
def test_a_claim_in_conversation_is_answered_with_its_verdict_first(bot, question, verdict, opening):
    answer = bot.ask(question)
    assert answer.check is not None and answer.check.verdict is verdict
    assert answer.text.startswith(opening)
    assert answer.refused is (verdict is Verdict.NOT_FOUND)


@pytest.mark.parametrize("text", ["", "   \n  ", "x" * (MAX_CHECK_CHARS + 1)])
def test_bad_input_is_one_clear_error(bot, text):
    with pytest.raises(AssistantError) as caught:
        bot.check(text)
    assert "\n" not in str(caught.value)


def test_a_model_verdict_is_taken_where_the_facts_allow_it(bot):
    """Plumbing: a fake chat model proposes; the fact alignment overrules a "supported" that conflicts."""
    overruled = GenericFakeChatModel(messages=iter([AIMessage(content="SUPPORTED | 1 | the year matches")]))
    [check] = bot.check("The New York Declaration was adopted in 2018.", llm=overruled).claims
    assert check.verdict is Verdict.CONTRADICTED and "language model said supported" in (check.notice or "")
    agreed = GenericFakeChatModel(messages=iter([AIMessage(content="CONTRADICTED | 1 | it says 2016, not 2018")]))
    [check] = bot.check("The New York Declaration was adopted in 2018.", llm=agreed).claims
    assert check.verdict is Verdict.CONTRADICTED and check.reason == "it says 2016, not 2018" and check.notice is None
    garbled = GenericFakeChatModel(messages=iter([AIMessage(content="I think so!")]))
    [check] = bot.check("The New York Declaration was adopted in 2018.", llm=garbled).claims
    assert check.verdict is Verdict.CONTRADICTED and check.notice is None  # no usable verdict: offline stands


def test_headline_says_the_verdict_and_the_conflict(bot):
    [check] = bot.check("The New York Declaration was adopted in 2018.").claims
    assert headline(check) == 'Contradicted: the documents say "2016", not "2018" [1].'


def test_a_yes_no_question_the_documents_leave_open_shows_the_closest_passage(bot):
    """ "Is it certain that X?" where the documents say there is no assurance of X: not supported, and the
    passage that says so is shown (as the closest passage, not as a citation)."""
    answer = bot.ask("Is it certain that States will build a more coherent system for moving people across borders?")
    assert answer.check is not None and answer.check.verdict is not Verdict.SUPPORTED
    assert "no assurance" in answer.passages[0].text
    if not answer.refused:  # answered from the passages: it says first that they decide nothing
        assert answer.lead and answer.text.startswith(answer.lead) and "yes or no" in answer.lead


@pytest.mark.fast
@pytest.mark.parametrize(
    "question",
    [
        "Is it guaranteed that nations will build a framework?",
        "Did someone tell you that the agency joined the network?",
        "Was it reported that the plan was adopted in 2016?",
        "Has anyone said the council met twice?",
    ],
)
def test_an_inverted_question_about_a_report_stays_a_yes_no_question(question):
    """Only a declarative report ("Someone told me X, right?") is a claim to check; an auxiliary before
    the subject makes it a question about the report."""
    assert analyse(question).form is Form.YES_NO


@pytest.mark.fast
@pytest.mark.parametrize(
    "frame", ["According to the authors, {c}.", "The article warns that {c}.", "According to the brief, {c}."]
)
def test_the_words_framing_a_claim_are_not_part_of_what_it_states(frame):
    """ "According to the authors" is where a claim comes from: no word of it must be in the documents."""
    [found] = statements(frame.format(c="the council adopted the regional plan in 2016"))
    lemmas = set(found.question.stated.lemmas)
    assert {"council", "adopt", "plan"} <= lemmas
    assert not lemmas & {"author", "article", "warn", "brief", "accord"}


@pytest.mark.fast
@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The chapter examines four areas of cooperation.", {"examine", "area"}),
        ("The Paris Agreement mentions migrants in its preamble.", {"paris", "agreement", "mention", "migrant"}),
    ],
)
def test_a_text_that_is_what_the_claim_is_about_stays_in_it(text, kept):
    """Only a text reporting a clause frames it; "the chapter examines X" states what the chapter does."""
    [found] = statements(text)
    assert kept <= {w.lower() for w in found.question.stated.lemmas}


@pytest.mark.parametrize("place", ["Norway", "Brazil", "Kenya"])
def test_a_name_no_document_names_is_never_supported_and_answers_no_yes_no_question(bot, place):
    [check] = bot.check(f"The Nansen Initiative was launched by {place}.").claims
    assert check.verdict is Verdict.NOT_FOUND and place in check.missing
    answer = bot.ask(f"Was the Nansen Initiative launched by {place.lower()}?")
    assert answer.refused and place.lower() in answer.text


@pytest.mark.parametrize("acronym", ["GMF", "ICMD", "RCPM"])
def test_an_acronym_may_stand_for_a_name_the_documents_spell_out(bot, acronym):
    [statement] = statements(f"The {acronym} was set up because the institutional landscape is complex.")
    assert acronym not in bot.checker.unknown(statement)


@pytest.mark.fast
@pytest.mark.parametrize(
    "sentence", ["Every payment above €100,000 needs a second signature.", "Each grant needs two signatures."]
)
def test_a_sentence_whose_verb_the_tagger_read_as_a_noun_is_still_checked(sentence):
    """ "needs" tagged as a plural noun still takes its object: the sentence states something, and it is no
    fragment to complete with the sentence before."""
    found = statements(f"The fund opened in 2021. {sentence} It closed in 2024.")
    assert [s.checked for s in found if s.text == sentence] == [sentence]  # checked as written: no fragment


@pytest.mark.parametrize(("count", "share"), [("2,000", "44"), ("1,200", "61")])
@pytest.mark.parametrize("pronoun_clause", ["said they understood the scheme", "reported that they understood it"])
def test_a_statement_leaning_on_the_one_before_checks_its_own_numbers_only(count, share, pronoun_clause):
    """ "A survey of 2,000 residents found ... Only 44 per cent of those surveyed said they understood the scheme":
    "they" is the 44 per cent (a share of a plural group agrees as the group), and "those surveyed" stands for the
    residents, not for the 2,000 again: the first sentence's number is its own to check."""
    text = (
        f"A survey of {count} residents in October 2024 found that 71 per cent had confidence in the wall. "
        f"Only {share} per cent of those surveyed {pronoun_clause}."
    )
    second = statements(text)[1].checked
    assert count not in second and f"{share} per cent" in second and "residents" in second


@pytest.mark.parametrize(
    "middle",
    ["A residents' permit costs £35 a year.", "A day ticket costs £7.", "The annual pass costs £25 a year."],
)
def test_a_sentence_whose_verb_the_tagger_reads_as_a_plural_noun_is_still_checked(middle):
    """ "A residents' permit costs £35 a year": the tagger may read "costs" as a plural noun; a noun takes no subject,
    so the sentence still states something, and a paragraph keeps one statement per sentence."""
    text = f"Parking charges were brought in during 2020. {middle} Parking income in 2020 was £540,000."
    assert [s.checked for s in statements(text)][1] == middle
