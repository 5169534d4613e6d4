"""The evaluation metrics on small hand-computed cases (no model)."""

import math

import pytest

from eval import metrics as m

QUOTE = "Mini-multilateralism provides a pragmatic solution."


# -- normalisation -----------------------------------------------------------------------------
def test_normalize_answer_is_squad_style_and_markers_are_stripped():
    assert m.normalize_answer("The  Nansen-Initiative, an  example!") == "nansen initiative example"
    assert m.strip_markers("It grew. [1] It fell. [2][3]") == "It grew. It fell."
    assert m.answer_tokens(m.strip_markers("A cat. [12]")) == ["cat"]


# -- retrieval ---------------------------------------------------------------------------------
def test_relevance_tolerates_case_whitespace_and_line_break_hyphens():
    chunk = "Intro.  mini-\nmultilateralism PROVIDES a pragmatic\nsolution. More."
    assert m.relevance([chunk, "Unrelated text."], [QUOTE]) == [True, False]
    assert m.relevance([chunk], []) == [False]


@pytest.mark.parametrize("marks", [("**", "**"), ("*", "*"), ("`", "`")])
def test_a_quote_copied_from_markdown_as_written_matches_the_rendered_text(marks):
    """A reference quote copied from a .md file with its emphasis marks matches the text the file reads as."""
    opening, closing = marks
    quote = f"{opening}Riverside Community Hall{closing} opened in October 2021."
    assert m.relevance(["The Riverside Community Hall opened in October 2021. It seats 40."], [quote]) == [True]


@pytest.mark.parametrize(
    "row", ["| Complaints received | 2,015 | 2,610 |", "  | Complaints received | 2,015 | 2,610 |  "]
)
def test_a_table_row_copied_from_markdown_as_written_matches_the_row_as_read(row):
    """A reference quote copied from a Markdown table (outer pipes and all) matches the row the table reads as."""
    table = "Indicator | Year 1 | Year 2\nComplaints received | 2,015 | 2,610"
    assert m.relevance([table, "Unrelated text."], [row]) == [True, False]
    assert m.quotes_overlap(row, "Complaints received | 2,015 | 2,610")


@pytest.mark.parametrize(
    ("relevant", "hit1", "hit3", "hit5", "rr"),
    [
        ([True, False, False], 1.0, 1.0, 1.0, 1.0),
        ([False, False, True, True], 0.0, 1.0, 1.0, 1 / 3),
        ([False, False, False, False, True], 0.0, 0.0, 1.0, 1 / 5),
        ([False, False, False, False, False, True], 0.0, 0.0, 0.0, 1 / 6),
        ([False, False], 0.0, 0.0, 0.0, 0.0),  # no relevant chunk
        ([], 0.0, 0.0, 0.0, 0.0),  # nothing retrieved
    ],
)
def test_hits_and_reciprocal_rank(relevant, hit1, hit3, hit5, rr):
    assert (m.hit_at(relevant, 1), m.hit_at(relevant, 3), m.hit_at(relevant, 5)) == (hit1, hit3, hit5)
    assert m.reciprocal_rank(relevant) == pytest.approx(rr)


def test_ndcg_binary():
    # relevant at ranks 2 and 3, two relevant in the index: (1/log2 3 + 1/log2 4) / (1 + 1/log2 3)
    expected = (1 / math.log2(3) + 0.5) / (1 + 1 / math.log2(3))
    assert m.ndcg_at([False, True, True, False], 5, n_relevant=2) == pytest.approx(expected)
    assert m.ndcg_at([True, True], 5) == 1.0  # R defaults to the relevant retrieved
    # three relevant in the index, one retrieved at rank 1: 1 / (1 + 1/log2 3 + 1/2)
    assert m.ndcg_at([True, False], 5, n_relevant=3) == pytest.approx(1 / (1 + 1 / math.log2(3) + 0.5))
    assert m.ndcg_at([False, False, False, False, False, True], 5, n_relevant=1) == 0.0  # beyond k
    assert m.ndcg_at([False, False], 5, n_relevant=0) == 0.0  # no relevant chunk anywhere


# -- answer text -------------------------------------------------------------------------------
def test_answer_f1_and_recall_hand_computed():
    # response tokens: [new, york, declaration, was, adopted] (markers, articles, punctuation gone)
    # reference tokens: [new, york, declaration, on, refugees]; common 3 -> P = 3/5, R = 3/5
    response, reference = "The New York Declaration was adopted. [1]", "The New York Declaration on refugees."
    assert m.answer_f1(response, reference) == pytest.approx(0.6)
    assert m.answer_recall(response, reference) == pytest.approx(0.6)
    # response [two, compacts] vs reference [two, global, compacts]: P = 1, R = 2/3, F1 = 0.8
    assert m.answer_f1("Two compacts [1]", "Two global compacts") == pytest.approx(0.8)
    assert m.answer_recall("Two compacts [1]", "Two global compacts") == pytest.approx(2 / 3)


def test_answer_metrics_edge_cases():
    assert m.answer_f1("anything", "") is None and m.answer_recall("anything", "") is None  # empty reference
    assert m.answer_f1("The.", "a an the") is None  # nothing left after normalisation
    assert m.answer_f1("", "two compacts") == 0.0 and m.answer_recall("", "two compacts") == 0.0
    assert m.answer_f1("[1]", "two compacts") == 0.0
    assert m.answer_f1("unrelated words", "two compacts") == 0.0


# -- citations ---------------------------------------------------------------------------------
def test_quotes_overlap_rule():
    assert m.quotes_overlap("the Nansen-\nInitiative", "evidenced by the Nansen-Initiative and MICIC")  # containment
    # content words {global, compacts, migration, refugees} vs {global, compacts, opportunity}: 2 / 3 >= 0.5
    assert m.quotes_overlap("The global compacts on migration and refugees.", "Global compacts give an opportunity.")
    # {climate, change, disaster} vs {climate, finance, rules, states}: 1 / 3 < 0.5
    assert not m.quotes_overlap("Climate change and disaster.", "Climate finance rules for States.")
    assert not m.quotes_overlap("", "anything") and not m.quotes_overlap("of the", "and the")


def test_citation_precision_and_recall():
    refs = ["The global compacts on migration and on refugees.", "Mini-multilateralism is pragmatic."]
    cited = ["The global compacts on migration and on refugees.", "Something about budgets entirely."]
    assert m.citation_precision(cited, refs) == 0.5
    assert m.citation_recall(cited, refs) == 0.5
    assert m.citation_recall([*cited, "Mini-multilateralism is pragmatic and ad hoc."], refs) == 1.0


def test_citation_edge_cases():
    assert m.citation_precision([], ["a quote"]) is None  # no citations: nothing claimed
    assert m.citation_recall([], ["a quote here"]) == 0.0
    assert m.citation_precision(["a quote"], []) is None and m.citation_recall(["a quote"], []) is None


def test_faithfulness():
    quotes = {1: "The cat sat on the mat.", 2: "Dogs bark."}
    assert m.faithfulness("The cat sat on the mat. [1] Dogs bark. [2]", quotes) == 1.0  # extractive
    assert m.faithfulness("The cat sat. [1] Dogs bark loudly. [2]", quotes) == 0.5  # "loudly" unsupported
    assert m.faithfulness("Dogs bark. [1]", quotes) == 0.0  # cites the wrong quote
    assert m.faithfulness("Cats purr. Dogs bark. [2]", quotes) == 0.5  # an uncited sentence
    assert m.faithfulness("", quotes) is None and m.faithfulness("[1]", quotes) is None
    assert m.answer_sentences("It grew. [1] It fell. [2][3]") == [("It grew.", [1]), ("It fell.", [2, 3])]


# -- refusals ----------------------------------------------------------------------------------
def test_refusal_metrics():
    answerable = [True, True, True, False, False]
    refused = [True, False, False, True, False]
    assert m.refusal_precision(answerable, refused) == 0.5
    assert m.refusal_recall(answerable, refused) == 0.5
    assert m.false_refusal_rate(answerable, refused) == pytest.approx(1 / 3)


def test_refusal_edge_cases():
    assert m.refusal_precision([True, False], [False, False]) is None  # no refusal at all: undefined
    assert m.refusal_recall([True], [True]) is None  # no unanswerable question
    assert m.false_refusal_rate([False, False], [True, False]) is None  # zero answerable questions
    assert m.refusal_precision([], []) is None


# -- per question and aggregates -----------------------------------------------------------
def test_score_question_answerable_and_refused():
    args = dict(
        answerable=True,
        response="Mini-multilateralism provides a pragmatic solution. [1]",
        reference="A pragmatic solution.",
        reference_contexts=[QUOTE],
        retrieved_texts=["Other.", "Intro. " + QUOTE],
        citations={1: QUOTE},
        n_relevant=1,
    )
    got = m.score_question(refused=False, **args)
    assert (got["hit@1"], got["hit@3"], got["mrr"]) == (0.0, 1.0, 0.5)
    assert got["ndcg@5"] == pytest.approx(1 / math.log2(3))
    assert got["answer_recall"] == 1.0 and got["citation_precision"] == 1.0 and got["faithfulness"] == 1.0
    refused = m.score_question(refused=True, **{**args, "response": "The indexed documents don't say: x."})
    assert refused["answer_f1"] == 0.0 and refused["citation_recall"] == 0.0
    assert refused["citation_precision"] is None and refused["faithfulness"] is None
    assert refused["hit@3"] == 1.0  # retrieval is scored either way
    no_quotes = m.score_question(refused=False, **{**args, "reference_contexts": [], "reference": ""})
    assert all(no_quotes[k] is None for k in ("hit@1", "mrr", "ndcg@5", "answer_f1", "citation_recall"))


def test_score_question_unanswerable_is_all_undefined():
    got = m.score_question(
        answerable=False,
        refused=True,
        response="no",
        reference="",
        reference_contexts=[],
        retrieved_texts=["x"],
        citations={},
    )
    assert set(got) == set(m.QUESTION_METRICS) and all(v is None for v in got.values())


def test_aggregate_skips_undefined_values_and_handles_zero_answerable():
    rows = [
        {"answerable": True, "refused": False, "metrics": {"hit@1": 1.0, "answer_f1": None}},
        {"answerable": True, "refused": True, "metrics": {"hit@1": 0.0, "answer_f1": 0.5}},
        {"answerable": False, "refused": True, "metrics": {}},
    ]
    got = m.aggregate(rows)
    assert got["hit@1"] == 0.5 and got["answer_f1"] == 0.5 and got["mrr"] is None
    assert (got["refusal_precision"], got["refusal_recall"], got["false_refusal_rate"]) == (0.5, 1.0, 0.5)
    only_unanswerable = m.aggregate([rows[2]])
    assert all(only_unanswerable[k] is None for k in m.QUESTION_METRICS)
    assert only_unanswerable["false_refusal_rate"] is None and only_unanswerable["refusal_recall"] == 1.0
    assert m.mean([]) is None and m.mean([None, 1.0, 0.0]) == 0.5


def test_percentile():
    assert m.percentile([10.0, 20.0, 30.0, 40.0], 50) == 25.0
    assert m.percentile([1.0, 2.0, 3.0, 4.0, 5.0], 95) == pytest.approx(4.8)
    assert m.percentile([], 50) is None


@pytest.mark.parametrize(
    ("understood", "subject", "named"),
    [
        ("How many complaints did the DWIP receive in Year 3?", "complaints received by the DWIP", True),
        ("When was the Harbour Fund launched?", "the Harbour Fund", True),
        ("Why the review?", "employer sanctions not being a significant deterrent", False),
        ("Does it accept men?", "the SRA shelter in Port Elan", False),
    ],
)
def test_a_follow_up_names_its_subject_by_most_of_its_content_words(understood, subject, named):
    assert m.names_subject(understood, subject) is named


def test_conversation_metrics_count_follow_ups_and_standalone_questions_after_a_history():
    history = [{"role": "user", "content": "Who runs it?"}, {"role": "assistant", "content": "The council."}]
    rows = [
        {
            "answerable": True,
            "refused": False,
            "metrics": {},
            "kind": "followup",
            "history": history,
            "user_input": "When was it set up?",
            "standalone_question": "When was the council set up?",
            "expected_subject": "the council",
        },
        {
            "answerable": True,
            "refused": False,
            "metrics": {},
            "kind": "followup",
            "history": history,
            "user_input": "Why?",
            "standalone_question": "Why?",
            "expected_subject": "the council's budget cut",
        },
        {
            "answerable": True,
            "refused": False,
            "metrics": {},
            "kind": "standalone",
            "history": history,
            "user_input": "Who funds the Harbour Fund?",
            "standalone_question": "Who funds the Harbour Fund?",
        },
        {"answerable": True, "refused": False, "metrics": {}, "kind": "factoid", "user_input": "Who?"},
    ]
    got = m.aggregate(rows)
    assert (got["followup_subject"], got["standalone_rewritten"]) == (0.5, 0.0)
    assert m.aggregate(rows[-1:])["followup_subject"] is None


def test_a_quoted_list_item_is_one_sentence_of_the_answer():
    """ "3. Recover the funds. [1]": the item's number opens its sentence, which the quote supports."""
    quote = {1: "3. Recover the €730,000 paid to ineligible projects."}
    assert m.faithfulness("3. Recover the €730,000 paid to ineligible projects. [1]", quote) == 1.0
    assert m.answer_sentences("Two — It grew. [1]") == [("Two — It grew.", [1])]
