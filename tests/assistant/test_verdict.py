"""The verdict policy: which candidate sentence decides, over real alignments of generated wordings."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.alignment import align
from assistant.sentences import ScoredSentence
from assistant.types import Passage, Verdict
from assistant.verdict import VerdictPolicy
from knowledge.language import analyse_span, parse

pytestmark = pytest.mark.fast


def facts(text: str):
    return analyse_span(parse(text)[:])


def candidate(text: str, score: float) -> ScoredSentence:
    passage = Passage(chunk_id="d:v1:0", doc_id="d", text=text, source="d.txt", title="d", start=0, end=len(text))
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
    giving the 2021 evaluation another doer does not make it contradicted."""
    said = facts("The 2023 evaluation was carried out by the Social Research Institute.")
    ranked = [
        candidate("The 2023 evaluation was carried out by the Social Research Institute.", 0.9),
        candidate("The 2021 evaluation was carried out by the Office for Inclusion.", 0.3),
    ]
    examined = [(s, align(said, s.facts)) for s in ranked]
    assert examined[1][1].anchored and examined[1][1].conflicts
    assert VerdictPolicy().choose(examined).verdict is Verdict.SUPPORTED
