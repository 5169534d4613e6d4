"""The verdict policy: which candidate sentence decides, over real alignments of generated wordings."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.alignment import align
from assistant.sentences import ScoredSentence
from assistant.types import Passage, Verdict
from assistant.verdict import VerdictPolicy
from knowledge.language import analyse_span, parse
from tests.assistant.retrieved import table_rows

pytestmark = pytest.mark.fast


def facts(text: str):
    return analyse_span(parse(text)[:])


def candidate(text: str, score: float, doc: str = "d") -> ScoredSentence:
    passage = Passage(
        chunk_id=f"{doc}:v1:0", doc_id=doc, text=text, source=f"{doc}.txt", title=doc, start=0, end=len(text)
    )
    return ScoredSentence(passage, 0, len(text), text, score, 0.0, score, np.zeros(1), facts(text))


PLANS = [
    ("The sixth centre opened in {y}.", "A sixth centre was planned for {y}.", "The sixth centre did not open in {y}."),
    ("The forum met in {y}.", "A forum meeting was planned for {y}.", "The forum did not meet in {y}."),
]


@pytest.mark.parametrize(("claim", "close", "conflicting"), PLANS)
@pytest.mark.parametrize("year", [2019, 2024])
@pytest.mark.parametrize(("first", "second"), [(0.9, 0.6), (0.6, 0.9)])
def test_a_close_conflicting_sentence_decides_whatever_another_states(claim, close, conflicting, year, first, second):
    """ "Never supported when any fact conflicts": a close sentence that conflicts outweighs a closer one
    that seems to state the claim, in whichever order retrieval ranked them."""
    said = facts(claim.format(y=year))
    ranked = sorted(
        [candidate(close.format(y=year), first), candidate(conflicting.format(y=year), second)], key=lambda s: -s.score
    )
    examined = [(s, align(said, s.facts)) for s in ranked]
    assert VerdictPolicy().choose(examined).verdict is Verdict.CONTRADICTED


@pytest.mark.parametrize("score", [0.3, 0.4])
def test_a_conflict_in_a_distant_sentence_decides_nothing(score):
    said = facts("The forum met in 2019.")
    examined = [(s, align(said, s.facts)) for s in [candidate("The forum did not meet in 2019.", score)]]
    assert VerdictPolicy().choose(examined).verdict is Verdict.NOT_FOUND


@pytest.mark.parametrize("score", [0.3, 0.4])
@pytest.mark.parametrize(
    ("claim", "source"),
    [
        (
            "The mid-term evaluation was carried out by the Office for Inclusion.",
            "An evaluation carried out by the Social Research Institute was published in June.",
        ),
        (
            "The Shoreline Resettlement Fund is managed by Tomasz Wiremu.",
            "The Fund is managed by Kofi Ansah-Reyes, who reports to a board.",
        ),
    ],
)
def test_another_doer_of_the_same_act_on_the_same_thing_decides_at_any_score(score, claim, source):
    """The other name lowers the sentence's closeness; the parse shows it tells of the claim's act and thing."""
    said = facts(claim)
    examined = [(s, align(said, s.facts)) for s in [candidate(source, score)]]
    decision = VerdictPolicy().choose(examined)
    assert decision.verdict is Verdict.CONTRADICTED and [c.kind for c in decision.conflicts] == ["name"]


def test_a_sentence_stating_the_claim_outweighs_another_doer_in_a_distant_sentence():
    """ "The 2023 evaluation was carried out by the Institute" is stated by a very close sentence; a distant one
    giving an evaluation another doer does not make it contradicted."""
    said = facts("The 2023 evaluation was carried out by the Social Research Institute.")
    ranked = [
        candidate("The 2023 evaluation was carried out by the Social Research Institute.", 0.9),
        candidate("The evaluation was carried out by the Office for Inclusion.", 0.3),
    ]
    examined = [(s, align(said, s.facts)) for s in ranked]
    assert examined[1][1].anchored and examined[1][1].conflicts
    assert VerdictPolicy().choose(examined).verdict is Verdict.SUPPORTED


VALUES_OF_ANOTHER_THING = [
    (
        "The council raised the annual allocation for road repairs to €{a} million in {y}.",
        "The council set the annual allocation for road repairs at €2 million in 2020 and raised it to €{a} million "
        "in {y}.",
        "Spending on road repairs reached €{b} million in {y}.",
    ),
    (
        "The agency hired {a} inspectors in {y}.",
        "In {y} the agency hired {a} inspectors, most of them former engineers.",
        "The agency employed {b} inspectors in {y}.",
    ),
]


@pytest.mark.parametrize(("claim", "stating", "conflicting"), VALUES_OF_ANOTHER_THING)
@pytest.mark.parametrize(("a", "b", "y"), [(4, 7, 2023), (12, 95, 2019)])
def test_a_far_closer_sentence_stating_the_claim_outweighs_another_things_value(claim, stating, conflicting, a, b, y):
    """A less close sentence giving a value of the claim's kind conflicts by its value only: when a very close
    sentence states the claim, far closer, the value is another thing's (spending, not the allocation); when the
    two are about as close, the conflict decides."""
    said = facts(claim.format(a=a, y=y))
    for close, distant, expected in [(0.95, 0.55, Verdict.SUPPORTED), (0.8, 0.75, Verdict.CONTRADICTED)]:
        ranked = [candidate(stating.format(a=a, y=y), close), candidate(conflicting.format(b=b, y=y), distant)]
        examined = [(s, align(said, s.facts)) for s in ranked]
        assert examined[0][1].states_all and not examined[0][1].conflicts
        assert examined[1][1].conflicts and {c.kind for c in examined[1][1].conflicts} <= {"amount", "count"}
        assert VerdictPolicy().choose(examined).verdict is expected, (close, distant)


@pytest.mark.parametrize(("claim", "close", "conflicting"), PLANS)
def test_a_negation_decides_however_much_closer_a_sentence_stating_the_claim_is(claim, close, conflicting):
    """ "Did not open in 2019" is of the claim's own act: no closeness outweighs it."""
    said = facts(claim.format(y=2021))
    barely = VerdictPolicy().contradict_score + 0.01  # close enough to decide, and far less close than the other
    ranked = [candidate(close.format(y=2021), 0.99), candidate(conflicting.format(y=2021), barely)]
    examined = [(s, align(said, s.facts)) for s in ranked]
    assert VerdictPolicy().choose(examined).verdict is Verdict.CONTRADICTED


RECORDS = [
    ("Home visits completed", ["3,846", "6,920"], "The pilot carried out more than 6,900 home visits in 2024."),
    ("Referrals made to social services", ["138", "264"], "The pilot sent 264 referrals to social services in 2024."),
    ("Applications received", ["5,840", "8,215"], "Close to 8,200 applications were submitted in 2024."),
]


@pytest.mark.parametrize(("label", "cells", "claim"), RECORDS)
@pytest.mark.parametrize("score", [0.58, 0.65])
def test_the_row_recording_what_the_claim_names_supports_it_below_the_support_score(label, cells, claim, score):
    """A table row is terse: its label and headings are all its words, so a claim paraphrasing them ("carried out"
    for "completed") stays under `support_score`; the row recording what the claim names (most of its label's words)
    and stating its value at its time supports it. Another year's value, or another record's, does not."""
    rows = table_rows(["Measure | 2023 | 2024", f"{label} | {' | '.join(cells)}"], scores=[score, score])
    said = facts(claim)
    assert VerdictPolicy().choose([(rows[1], align(said, rows[1].facts))]).verdict is Verdict.SUPPORTED
    other_year = facts(claim.replace("2024", "2023"))
    assert VerdictPolicy().choose([(rows[1], align(other_year, rows[1].facts))]).verdict is not Verdict.SUPPORTED
    other = table_rows(["Measure | 2023 | 2024", f"Staff trained | {' | '.join(cells)}"], scores=[score, score])[1]
    assert VerdictPolicy().choose([(other, align(said, other.facts))]).verdict is not Verdict.SUPPORTED


VALUES_STATED_CLOSER = [
    (
        "The saltmarsh work was finished for £{a} million in {y}.",
        "The saltmarsh work cost £{a} million in {y}, which the evaluators judged good value.",
        "Of the total, £{b} million was set aside for programme management in {y}.",
    ),
    (
        "The programme completed {a} kilometres of hard defences by {y}.",
        "By {y}, {a} kilometres of hard defences had been completed, behind the plan.",
        "The first aim was to build or repair {b} kilometres of hard defences by {y}.",
    ),
]


@pytest.mark.parametrize(("claim", "stating", "conflicting"), VALUES_STATED_CLOSER)
@pytest.mark.parametrize(("a", "b", "y"), [(2.1, 0.3, 2023), (5.8, 6.5, 2024)])
def test_a_far_closer_sentence_stating_the_conflicting_value_outweighs_it_though_it_states_not_all(
    claim, stating, conflicting, a, b, y
):
    """A sentence `outweigh` closer that states the very value a less close one gives otherwise, with no conflict of
    its own, makes that value another thing's, even when it lacks a detail of the claim (so no support): the verdict
    is not contradicted; about as close, the conflict decides."""
    said = facts(claim.format(a=a, y=y))
    for close, distant, contradicted in [(0.78, 0.47, False), (0.6, 0.55, True)]:
        ranked = [candidate(stating.format(a=a, y=y), close), candidate(conflicting.format(b=b, y=y), distant)]
        examined = [(s, align(said, s.facts)) for s in ranked]
        assert not examined[0][1].conflicts
        assert examined[1][1].conflicts and {c.kind for c in examined[1][1].conflicts} <= {"amount", "count"}
        verdict = VerdictPolicy().choose(examined).verdict
        assert (verdict is Verdict.CONTRADICTED) is contradicted, (close, distant, verdict)


ANOTHER_ITEM = [
    (
        "The programme has not yet set up a national maintenance system.",
        "Routine maintenance falls to clinic staff, of whom fewer than half were trained on the solar systems.",
    ),
    (
        "The ministry has not yet set up a national maintenance system.",
        "Repairs are left to school staff, few of whom were trained on the solar systems.",
    ),
]


@pytest.mark.parametrize(("claim", "conflicting"), ANOTHER_ITEM)
def test_a_far_closer_sentence_stating_the_claim_outweighs_another_item_of_its_noun(claim, conflicting):
    """ "the solar systems" is another system than "a national maintenance system": a very close sentence stating
    the claim decides; when the two are about as close, the other item still contradicts."""
    said = facts(claim)
    for close, distant, expected in [(1.0, 0.49, Verdict.SUPPORTED), (0.8, 0.75, Verdict.CONTRADICTED)]:
        ranked = [candidate(claim, close), candidate(conflicting, distant)]
        examined = [(s, align(said, s.facts)) for s in ranked]
        assert [c.kind for c in examined[1][1].conflicts] == ["item"]
        assert VerdictPolicy().choose(examined).verdict is expected, (close, distant)


@pytest.mark.parametrize(("kind", "other"), [("loft", "solid-wall"), ("electric", "diesel"), ("rural", "urban")])
@pytest.mark.parametrize(("first", "second"), [(0.8, 0.7), (0.7, 0.8)])
def test_a_value_of_the_whole_does_not_contradict_a_kinds_value_another_sentence_names(kind, other, first, second):
    """ "Homes fitted with loft insulation cut their use by 11%": the sentence giving every home's 19% never says the
    kind, which another candidate names; the whole's value is no conflict."""
    said = facts(f"Homes fitted with {kind} insulation reduced their energy use by eleven per cent.")
    whole = candidate("Average annual energy use fell by 19 per cent across the scheme.", first)
    kinds = candidate(
        f"Homes with {other} insulation saved 27 per cent, and homes with {kind} insulation saved 11 per cent.", second
    )
    ranked = sorted([whole, kinds], key=lambda s: -s.score)
    examined = [(s, align(said, s.facts)) for s in ranked]
    assert VerdictPolicy().choose(examined, claim=said).verdict is not Verdict.CONTRADICTED
    # the kind's own value still conflicts
    own = candidate(f"Homes fitted with {kind} insulation reduced their energy use by 19 per cent.", first)
    examined = [(s, align(said, s.facts)) for s in sorted([own, kinds], key=lambda s: -s.score)]
    assert VerdictPolicy().choose(examined, claim=said).verdict is Verdict.CONTRADICTED


@pytest.mark.parametrize("grade", ["overall", "total", "average"])
def test_a_graded_modifier_makes_no_kind_that_voids_a_conflict(grade):
    """ "the overall delay" is the delay, no kind of it another sentence names apart."""
    said = facts(f"The steel supply problems added five weeks to the {grade} delay.")
    conflicting = candidate("The steel supply problems accounted for the remaining two weeks of delay.", 0.8)
    other = candidate(f"The {grade} delay of fifteen weeks was reported to the council.", 0.7)
    examined = [(s, align(said, s.facts)) for s in (conflicting, other)]
    assert VerdictPolicy().choose(examined, claim=said).verdict is Verdict.CONTRADICTED


@pytest.mark.parametrize(
    ("claim", "stating", "conflicting"),
    [
        (
            "Actual spending on the programme came to £15.3 million.",
            "Actual spending on the programme reached £15.3 million.",
            "Spending on the programme came to £61 million by June.",
        ),
        (
            "The scheme received 1,200 applications in 2023.",
            "In 2023 the scheme received 1,200 applications.",
            "The scheme received 4,800 applications in 2023.",
        ),
    ],
)
@pytest.mark.parametrize(("first", "second"), [(0.62, 0.66), (0.66, 0.62)])
def test_another_documents_value_does_not_contradict_a_claim_its_own_document_states(
    claim, stating, conflicting, first, second
):
    """Two documents about two programmes: a value the other document gives its own programme, with no name tying it to
    the claim's, is no rival to the sentence of the claim's document stating it; in one document it is."""
    said = facts(claim)
    ranked = sorted(
        [candidate(stating, first, "report-a"), candidate(conflicting, second, "report-b")], key=lambda s: -s.score
    )
    examined = [(s, align(said, s.facts)) for s in ranked]
    assert VerdictPolicy().choose(examined).verdict is Verdict.SUPPORTED
    one = sorted([candidate(stating, first), candidate(conflicting, second)], key=lambda s: -s.score)
    assert VerdictPolicy().choose([(s, align(said, s.facts)) for s in one]).verdict is Verdict.CONTRADICTED


BODIES = [
    ("the Carrowmere Regional Transport Authority", "the Carrowmere Transport Skills Centre"),
    ("the Harrowmere City Council", "the Harrowmere Catering Services"),
]


@pytest.mark.parametrize(("body", "other"), BODIES)
@pytest.mark.parametrize(("act", "done"), [("started the bus programme", "launched the bus programme")])
@pytest.mark.parametrize(("closer", "farther"), [(0.70, 0.53), (0.62, 0.50)])
def test_another_body_doing_another_thing_contradicts_nothing_a_closer_sentence_names(
    body, other, act, done, closer, farther
):
    """A farther sentence naming another body in no slot of the claim's act ("Driver training was delivered by X")
    contradicts nothing, where a closer one names the claim's body; in the claim's own slot it still does."""
    claim = facts(f"{body[0].upper()}{body[1:]} {act} in May 2019.")
    near = candidate(f"In May 2019 {body} {done}, which was later extended.", closer)
    far = candidate(f"Driver training was delivered by {other}.", farther)
    examined = [(s, align(claim, s.facts)) for s in (near, far)]
    assert VerdictPolicy().choose(examined).verdict is not Verdict.CONTRADICTED
    rival = candidate(f"{other[0].upper()}{other[1:]} {act} in May 2019.", farther)
    examined = [(s, align(claim, s.facts)) for s in (near, rival)]
    assert VerdictPolicy().choose(examined).verdict is Verdict.CONTRADICTED
