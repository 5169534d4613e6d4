"""Aligning a claim's facts with an evidence sentence's: conflicts and unstated details, by class, over
generated wordings (no sentence of our chapter needed: these hold for any document)."""

from __future__ import annotations

import itertools

import pytest

from assistant.alignment import align, other_doers, reversed_words, traded_places
from knowledge import lexicon
from knowledge.language import analyse_span, parse
from tests.assistant.retrieved import table_rows

pytestmark = pytest.mark.fast


def facts(text: str):
    return analyse_span(parse(text)[:])


def kinds(claim: str, source: str) -> set[str]:
    return {c.kind for c in align(facts(claim), facts(source)).conflicts}


YEARS = [(2016, 2018), (1999, 2001), (2021, 2020)]
EVENTS = [
    ("The {n} agreement was signed in {y}.", "The agreement was signed in {y}."),
    ("The council adopted the plan in {y}.", "In {y}, the council adopted the plan."),
    ("The {n} forum opened in {y}.", "The forum opened in {y} in the capital."),
]


@pytest.mark.parametrize(("years", "event"), list(list(itertools.product(YEARS, EVENTS))))
def test_a_different_year_of_the_same_event_conflicts(years, event):
    said, found = years
    claim, source = event[0].format(n="regional", y=said), event[1].format(y=found)
    conflicts = align(facts(claim), facts(source)).conflicts
    assert [c.kind for c in conflicts] == ["year"]
    assert conflicts[0].claim == str(said) and conflicts[0].source == str(found)
    assert claim[conflicts[0].claim_start : conflicts[0].claim_end] == str(said)


@pytest.mark.parametrize(("years", "event"), list(list(itertools.product(YEARS, EVENTS))))
def test_the_same_year_is_stated(years, event):
    claim, source = event[0].format(n="regional", y=years[0]), event[1].format(y=years[0])
    assert align(facts(claim), facts(source)).states_all


# one act done to one thing, worded by two verbs WordNet does not pair: the thing it is done to makes it one event
REWORDED_ACTS = [
    ("The {t} had been kept in the basement since {y}.", "The {t} had been stored beneath the museum since {y}."),
    (
        "The director came to the {t} from the tram network in {y}.",
        "The director joined the {t} from the tram network in {y}.",
    ),
    (
        "The two {t} posts were made permanent in {y}.",
        "In {y} the board converted the two {t} posts to permanent contracts.",
    ),
]


@pytest.mark.parametrize(("years", "act"), list(itertools.product(YEARS, REWORDED_ACTS)))
@pytest.mark.parametrize("thing", ["collection", "archive"])
def test_a_different_year_of_one_act_reworded_conflicts(years, act, thing):
    said, found = years
    claim, source = act[0].format(t=thing, y=said), act[1].format(t=thing, y=found)
    conflicts = align(facts(claim), facts(source)).conflicts
    assert [(c.kind, c.claim) for c in conflicts] == [("year", str(said))] and str(found) in conflicts[0].source


@pytest.mark.parametrize(
    ("acts", "spans"), [(("moved", "relocated"), ("28", "twenty-three")), (("kept", "stored"), ("six", "9"))]
)
@pytest.mark.parametrize("thing", ["specimens", "records", "paintings"])
def test_a_different_span_of_one_act_reworded_conflicts(acts, spans, thing):
    claim = f"The museum {acts[0]} about 4,000 {thing} over {spans[0]} months."
    source = f"The museum {acts[1]} approximately 4,000 {thing} over {spans[1]} months."
    conflicts = align(facts(claim), facts(source)).conflicts
    assert [c.kind for c in conflicts] == ["time_span"]  # the recogniser may take "over" into the span
    assert conflicts[0].claim.endswith(f"{spans[0]} months") and conflicts[0].source.endswith(f"{spans[1]} months")


@pytest.mark.parametrize(("acts", "years"), list(itertools.product([("bought", "sold"), ("opened", "closed")], YEARS)))
@pytest.mark.parametrize("thing", ["building", "gallery"])
def test_opposite_acts_on_one_thing_are_two_events_with_two_years(acts, years, thing):
    result = align(
        facts(f"The trust {acts[0]} the {thing} in {years[0]}."),
        facts(f"The trust {acts[1]} the {thing} in {years[1]}."),
    )
    assert not result.conflicts and str(years[0]) in [d.text for d in result.unstated]


@pytest.mark.parametrize("year", [2016, 2019])
def test_a_year_the_sentence_does_not_give_is_unstated(year):
    result = align(facts(f"The agency joined the network in {year}."), facts("The agency joined the network."))
    assert not result.conflicts and [d.text for d in result.unstated] == [str(year)]


@pytest.mark.parametrize(("said", "found"), [("three", "two"), ("four", "five"), ("12", "10"), ("two", "three")])
@pytest.mark.parametrize("noun", ["compacts", "centres", "offices"])
def test_a_different_count_of_the_same_noun_conflicts(said, found, noun):
    claim = f"The programme set up {said} {noun} last year."
    source = f"Last year the programme set up {found} {noun}."
    assert kinds(claim, source) == {"count"}


@pytest.mark.parametrize("count", ["three", "3"])
def test_a_count_against_a_list_of_as_many_items(count):
    source = "The regime imposes duties on States to respect, protect and fulfil the rights of migrants."
    assert align(facts(f"The regime imposes {count} duties on States."), facts(source)).states_all
    assert kinds("The regime imposes two duties on States.", source) == {"count"}


@pytest.mark.parametrize("noun", ["treaties", "compacts", "charters"])
def test_a_list_the_counted_noun_is_one_item_of_does_not_count_it(noun):
    """ "three compacts" is not stated by "resolutions, declarations and compacts": three kinds, one of them."""
    source = f"The members were willing to negotiate resolutions, declarations and {noun}."
    result = align(facts(f"The members negotiated three {noun}."), facts(source))
    assert not result.states_all and "count" not in {c.kind for c in result.conflicts}


@pytest.mark.parametrize("bound", ["about 20", "nearly 20"])
def test_an_approximate_number_is_no_count_to_contradict(bound):
    result = align(facts(f"The network has {bound} member agencies."), facts("The network has 14 member agencies."))
    assert not result.conflicts and result.unstated


@pytest.mark.parametrize(("bound", "found"), [("more than 20", "14"), ("at least 20", "14"), ("fewer than 10", "14")])
def test_a_bound_one_way_the_number_breaks_is_a_count_to_contradict(bound, found):
    result = align(
        facts(f"The network has {bound} member agencies."), facts(f"The network has {found} member agencies.")
    )
    assert [c.kind for c in result.conflicts] == ["count"]


@pytest.mark.parametrize("exact", ["just", "only", "exactly"])
@pytest.mark.parametrize(("said", "found"), [("two", "three"), ("four", "five")])
def test_a_number_restricted_to_itself_is_a_count_to_contradict(exact, said, found):
    """ "only two", "just two", "exactly two" say how many; "about two" and "over two" do not."""
    claim = f"The programme set up {exact} {said} offices last year."
    assert kinds(claim, f"Last year the programme set up {found} offices.") == {"count"}
    assert align(facts(claim), facts(f"Last year the programme set up {said} offices.")).states_all


@pytest.mark.parametrize("bound", ["over 20", "under 20", "up to 20", "around 20", "almost 20"])
def test_a_bound_outside_the_number_entity_is_still_a_bound(bound):
    assert [q.exact for q in facts(f"The network has {bound} member agencies.").quantities] == [False]


@pytest.mark.parametrize(
    ("said", "found"), [("the past decade", "the last two decades"), ("the last five years", "the last two decades")]
)
def test_a_different_time_span_conflicts(said, found):
    assert kinds(
        f"Dialogues have built confidence over {said}.", f"Over {found}, dialogues have built confidence."
    ) == {"time_span"}


@pytest.mark.parametrize(
    ("claim_name", "source_name"),
    [
        ("the UN Security Council", "the UN General Assembly"),
        ("the Geneva Declaration", "the New York Declaration"),
        ("UNHCR", "IOM"),
        ("the Red Cross", "Caritas"),
        ("the Halden Health Authority", "the Halden Council"),
        ("the Halden Fund", "the Halden Trust"),
        ("the Geneva Declaration on Refugees and Migrants", "the New York Declaration on Refugees and Migrants"),
    ],
)
def test_a_name_swapped_for_another_of_its_kind_conflicts(claim_name, source_name):
    conflicts = align(
        facts(f"The declaration was adopted by {claim_name} last year."),
        facts(f"The declaration was adopted by {source_name} last year."),
    ).conflicts
    assert [c.kind for c in conflicts] == ["name"]


@pytest.mark.parametrize(
    ("claim_name", "source_name"),
    [
        ("The Harrowfield Homes Programme", "Harrowfield University"),
        ("The Castlemere Housing Strategy", "Castlemere Borough Council"),
        ("The Orrin Valley Declaration", "the Orrin Valley Association"),
    ],
)
@pytest.mark.parametrize("act", ["had two strands", "was approved in 2019"])
def test_a_name_of_another_kind_of_thing_sharing_a_word_is_no_rival(claim_name, source_name, act):
    """ "The Harrowfield Homes Programme had two strands" against "Harrowfield University had 11,400 students": a
    programme is never a body, so the university is another thing, not a rival name; the claim's name is unsaid."""
    result = align(facts(f"{claim_name} {act}."), facts(f"{source_name[0].upper()}{source_name[1:]} {act}."))
    assert not [c for c in result.conflicts if c.kind == "name"]
    assert any(claim_name.removeprefix("The ") in getattr(d, "text", d) for d in result.unstated)


OFFICE_CLAIMS = [
    "The {o}, {n}, blamed the overspend on the new contracts.",
    "The {o}, {n}, said the overspend came from the new contracts.",
]
OFFICE_SOURCES = [
    "The overspend, which the council's {o}, {n}, attributed to the new contracts, reached £2 million.",
    "The council's {o}, {n}, said the new contracts caused the overspend.",
]


@pytest.mark.parametrize(("claim", "source"), list(itertools.product(OFFICE_CLAIMS, OFFICE_SOURCES)))
@pytest.mark.parametrize("office", ["finance director", "chief engineer", "project manager"])
def test_another_holder_of_the_office_the_claim_names_conflicts(claim, source, office):
    said, found = "Imogen Trask", "Rosalind Achebe"
    conflicts = align(facts(claim.format(o=office, n=said)), facts(source.format(o=office, n=found))).conflicts
    assert ("name", said, found) in [(c.kind, c.claim, c.source) for c in conflicts]


@pytest.mark.parametrize("source", OFFICE_SOURCES)
def test_the_holder_of_another_bodys_office_is_no_rival(source):
    claim = "The contractor's finance director, Imogen Trask, blamed the overspend on the new contracts."
    result = align(facts(claim), facts(source.format(o="finance director", n="Rosalind Achebe")))
    assert not [c for c in result.conflicts if c.kind == "name"]
    assert "Imogen Trask" in [getattr(d, "text", d) for d in result.unstated]


def test_names_the_sentence_lacks_are_unstated_not_conflicting():
    result = align(
        facts("The Nansen Initiative was launched by Norway and Switzerland."),
        facts("The Nansen Initiative and the MICIC Initiative are examples of mini-multilateralism."),
    )
    assert not result.conflicts and {d.text for d in result.unstated} >= {"Norway", "Switzerland"}


LISTED = [("the Alpine Initiative", "the Berne Forum", "the Coast Initiative"), ("Norland", "Vestria", "Ostmark")]
LISTING = [
    ("The report cites {a} and {b} as examples of cooperation.", "Cooperation, seen in the form of {a} and {c}, grew."),
    ("{a} and {b} signed the charter in 2019.", "The charter was signed by {a} and {c} in 2019."),
]


@pytest.mark.parametrize(("names", "frames"), list(itertools.product(LISTED, LISTING)))
def test_a_name_replacing_one_of_a_listed_pair_conflicts(names, frames):
    """ "cites A and B as examples" against "in the form of A and C": the name listed beside A is C, not B, however
    each sentence says the act; the claim giving A and C is stated, and one adding a third name only adds it."""
    a, b, c = names
    claim, source = frames[0].format(a=a, b=b), frames[1].format(a=a, c=c)
    conflicts = align(facts(claim), facts(source)).conflicts
    assert ("name", c.lower().removeprefix("the ")) in [
        (x.kind, x.source.lower().removeprefix("the ")) for x in conflicts
    ]
    assert "name" not in kinds(frames[0].format(a=a, b=c), source)


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("There is an assurance that States will act.", "There is no assurance that States will act."),
        ("The plan was not adopted.", "The plan was adopted in full."),
        ("The compacts are binding.", "The compacts are not binding."),
    ],
)
def test_a_negation_of_what_the_other_states_conflicts(claim, source):
    assert "negation" in kinds(claim, source)


@pytest.mark.parametrize(("verb", "synonym"), [("happen", "occur"), ("start", "begin"), ("finish", "end")])
def test_a_negation_of_a_verb_of_the_same_sense_conflicts(verb, synonym):
    """ "progress cannot happen" against "progress can occur": WordNet gives the two one sense."""
    claim, source = (
        f"The review showed that reform cannot {verb} quickly.",
        f"The review showed that reform can {synonym} quickly.",
    )
    conflicts = [c for c in align(facts(claim), facts(source)).conflicts if c.kind == "negation"]
    assert conflicts and conflicts[0].source == synonym
    assert "negation" not in kinds(claim, f"The review showed that reform cannot {synonym} quickly.")


@pytest.mark.parametrize(
    ("verb", "past"), [("adopt", "adopted"), ("build", "built"), ("reach", "reached"), ("sign", "signed")]
)
@pytest.mark.parametrize("tense", ["failed to {v}", "fail to {v}", "have failed to {v}"])
def test_failing_to_act_conflicts_with_the_act(verb, past, tense):
    """ "failed to build X" says X was not built: WordNet opposes "fail" to "succeed"."""
    claim = f"The members {tense.format(v=verb)} a common position in 2016."
    assert "negation" in kinds(claim, f"The members {verb}ed a common position in 2016.".replace("eed", "ed"))
    assert "negation" not in kinds(
        f"The members did not fail to {verb} a common position.", f"The members {verb}ed it."
    )


@pytest.mark.parametrize(
    ("verb", "base"),
    [("denied", "deny"), ("denies", "deny"), ("doubted", "doubt"), ("doubts", "doubt"), ("disagreed", "disagree")],
)
@pytest.mark.parametrize(
    ("clause", "plain"),
    [
        ("the council adopted a regional plan", "The council adopted a regional plan in May."),
        ("the fund will cover the costs", "The fund will cover the costs of the pilot."),
    ],
)
def test_a_clause_disputed_conflicts_with_the_clause_stated(verb, base, clause, plain):
    """ "The report denies that X" against "X": WordNet opposes deny to admit, doubt to believe, disagree to agree,
    reject to accept; "did not deny that X" leaves X standing, and a sentence disputing X does not state X."""
    claim = f"The report {verb} that {clause}."
    assert "negation" in kinds(claim, plain)
    assert "negation" not in kinds(f"The report did not {base} that {clause}.", plain)
    assert not align(facts(plain), facts(f"The minister {verb} that {clause}.")).states_all


@pytest.mark.parametrize("verb", ["noted", "said", "stated", "believes", "argued"])
def test_a_clause_reported_plainly_is_no_denial(verb):
    assert "negation" not in kinds(
        f"The report {verb} that the fund will cover the costs.", "The fund will cover the costs."
    )


@pytest.mark.parametrize(
    ("noun", "participle"), [("assurance", "assured"), ("guarantee", "guaranteed"), ("agreement", "agreed")]
)
def test_a_negated_noun_conflicts_with_its_verb_stated_plainly(noun, participle):
    """ "there is no assurance that X" against "States are assured of X": one word in two forms."""
    source = f"There is no {noun} that the members will build a common system."
    assert "negation" in kinds(f"The members are {participle} to build a common system.", source)
    assert "negation" not in kinds(f"There is no {noun} that the members will build a common system.", source)


@pytest.mark.parametrize(
    "denial", ["There is no assurance that", "There is no guarantee that", "It is not certain that"]
)
@pytest.mark.parametrize(
    "clause", ["the council will adopt a regional plan", "States will forge a more coherent system for mobility"]
)
def test_what_a_sentence_says_only_under_a_negation_is_not_stated(denial, clause):
    """ "There is no assurance that X" does not state X; it states "there is no assurance that X"."""
    source = facts(f"Despite the progress, {denial[0].lower() + denial[1:]} {clause}.")
    assert not align(facts(clause[0].upper() + clause[1:] + "."), source).states_all
    assert align(facts(f"{denial} {clause}."), source).states_all


def test_a_negation_elsewhere_in_the_sentence_is_no_conflict():
    claim = "Barriers will grow if States turn inward and xenophobia is left unaddressed."
    source = "Barriers will grow if States turn inward and xenophobia is not addressed."
    assert "negation" not in kinds(claim, source)


@pytest.mark.parametrize(
    ("claim_word", "source_word"),
    [
        ("impractical", "pragmatic"),
        ("insignificant", "significant"),
        ("less", "more"),
        ("decline", "increase"),
        ("slow", "accelerate"),
        ("shrink", "grow"),
        ("ineffective", "effective"),
    ],
)
def test_opposite_lemmas_are_opposed(claim_word, source_word):
    assert lexicon.opposed(claim_word, source_word) or lexicon.opposed(source_word, claim_word)


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        (
            "Mini-multilateralism is an impractical way to fill gaps.",
            "Mini-multilateralism is a pragmatic way to fill gaps.",
        ),
        (
            "Ad hoc processes act less effectively than formal ones.",
            "Ad hoc processes act more effectively than formal ones.",
        ),
        ("The incorporation is insignificant.", "The incorporation is significant."),
        ("Barriers will shrink if States turn inward.", "Barriers will grow if States turn inward."),
        ("IOM's activities rest on a non-normative basis.", "IOM's activities rest on a normative basis."),
    ],
)
def test_a_reversed_judgement_conflicts(claim, source):
    assert "antonym" in kinds(claim, source)


@pytest.mark.parametrize(
    ("adjective", "noun"),
    [
        ("simple", "complexity"),
        ("unwilling", "willingness"),
        ("insignificant", "significance"),
        ("unstable", "stability"),
    ],
)
def test_an_adjective_reverses_the_noun_of_its_opposite_quality(adjective, noun):
    """ "the landscape is simple" against "in recognition of the complexity of the landscape"."""
    claim = f"The office was set up because the landscape is {adjective}."
    source = f"The office was set up in recognition of the {noun} of the landscape."
    conflicts = [c for c in align(facts(claim), facts(source)).conflicts if c.kind == "antonym"]
    assert [(c.claim, c.source) for c in conflicts] == [(adjective, noun)]


GRADED = [
    ("less", "more", "The pilot handled the cases {m} {a} than the larger and more formal programmes did."),
    ("more", "less", "The pilot handled the cases {m} {a} than the more formal programmes did."),
]


@pytest.mark.parametrize(
    ("grades", "adjective"), list(list(itertools.product(GRADED, ["effective", "efficient", "quick"])))
)
def test_a_word_graded_the_opposite_way_conflicts_though_the_grade_recurs(grades, adjective):
    """ "less effective" against "more effectively", though "more" grades another word on both sides."""
    said, found, frame = grades
    adverb = {"effective": "effectively", "efficient": "efficiently", "quick": "quickly"}[adjective]
    claim = frame.replace(" {m} {a}", "").replace("handled the cases", f"was {said} {adjective} with the cases")
    source = frame.format(m=found, a=adverb)
    conflicts = [c for c in align(facts(claim), facts(source)).conflicts if c.kind == "antonym"]
    assert (f"{said} {adjective}", f"{found} {adverb}") in [(c.claim, c.source) for c in conflicts]


QUANTIFIED = [("some", "all"), ("only some", "all"), ("no", "all"), ("all", "some"), ("every", "no")]


@pytest.mark.parametrize(
    ("quantifiers", "noun"), list(list(itertools.product(QUANTIFIED, ["member", "region", "office"])))
)
def test_a_noun_quantified_the_opposite_way_conflicts(quantifiers, noun):
    said, found = quantifiers
    plural = said.split()[-1] not in ("every",)
    claim = f"The treaty binds {said} {noun}{'s' if plural else ''} of the union."
    source = f"The treaty binds {found} {noun}{'s' if found != 'every' else ''} of the union, including new ones."
    assert "antonym" in kinds(claim, source)


@pytest.mark.parametrize("quantifier", ["all", "some", "no", "most"])
def test_the_same_quantifier_is_no_conflict(quantifier):
    claim = f"The treaty binds {quantifier} members of the union."
    source = f"The treaty binds {quantifier} members of the union, including more recent ones."
    assert "antonym" not in kinds(claim, source)


@pytest.mark.parametrize("adjective", ["binding", "profitable", "violent", "governmental"])
def test_a_non_prefix_reverses_the_plain_word(adjective):
    claim = f"The gaps are filled by non-{adjective} agreements."
    source = f"The gaps are filled by {adjective} agreements."
    assert "antonym" in kinds(claim, source)


OPPOSITE_ACTS = [("opened", "closed"), ("began", "ended"), ("rose", "fell"), ("started", "finished")]


@pytest.mark.parametrize(("acts", "thing"), list(itertools.product(OPPOSITE_ACTS, ["The office", "The shelter"])))
@pytest.mark.parametrize(("year", "other"), [("2019", "2023"), ("March 2021", "December 2024")])
def test_opposite_acts_in_different_years_do_not_conflict(acts, thing, year, other):
    """ "The office closed in 2023" against "The office opened in 2019": a thing may do both, one after the other;
    in the same year the two acts still conflict."""
    said, found = acts
    source = f"{thing} {found} in {year}."
    assert "antonym" not in kinds(f"{thing} {said} in {other}.", source)
    assert "antonym" in kinds(f"{thing} {said} in {year}.", source)


def test_opposites_in_different_word_classes_do_not_conflict():
    """ "ended" (a verb) and "first" (an adjective) are no reversal of each other."""
    claim = facts("The city ended the pilot in 2023.")
    source = facts("The pilot failed in its first year, and the city discontinued it in 2023.")
    assert not reversed_words(claim.words, source.words) or all(
        w != "end" for w, _ in reversed_words(claim.words, source.words)
    )


def test_a_detail_stated_by_the_next_sentence_is_stated():
    claim = facts("Of the plan's €14.2 million budget, €4.4 million came from the fund.")
    source = facts("Of this amount, €9.8 million came from the city and €4.4 million came from the fund.")
    before = facts("The plan's total budget was €14.2 million.")
    assert not align(claim, source).states_all and not align(claim, source).conflicts  # the budget is no sum given
    assert align(claim, source, context=[before]).states_all


def test_coverage_is_the_share_of_the_claims_words_the_evidence_uses():
    source = facts("The network was joined by the agency in its first year.")
    assert align(facts("The agency joined the network."), source).coverage == 1.0
    assert align(facts("The agency quietly left the network."), source).coverage == pytest.approx(2 / 4)


PARTIES = [("the agency", "the union"), ("the council", "the network"), ("Norland", "the federation")]
SWAPS = [
    ("{a} brought {b} into the programme.", "{b} brought {a} into the programme."),
    ("{a}'s entry into {b} was welcomed.", "After its entry into {a}, {b} was better placed."),
    ("{b} was admitted to the forum by {a}.", "{a} was admitted to the forum by {b}."),
    ("With its entry into {b}, {a} gained a seat.", "With its entry into {a}, {b} gained a seat."),
]


@pytest.mark.parametrize(("parties", "frames"), list(list(itertools.product(PARTIES, SWAPS))))
def test_parties_swapped_in_the_same_act_conflict(parties, frames):
    """Who did what to whom: the same predicate with its two parties in each other's places."""
    a, b = parties
    claim, source = frames[0].format(a=a, b=b), frames[1].format(a=a, b=b)
    conflicts = [c for c in align(facts(claim), facts(source)).conflicts if c.kind == "role"]
    assert conflicts, (claim, source)
    assert "role" not in kinds(frames[1].format(a=a, b=b), source)


@pytest.mark.parametrize("parties", PARTIES)
def test_the_same_parties_in_the_same_places_or_voice_changed_do_not_conflict(parties):
    a, b = parties
    source = f"{a[:1].upper() + a[1:]} brought {b} into the programme in 2019."
    for claim in (f"{b[:1].upper() + b[1:]} was brought into the programme by {a}.", f"{a} brought {b} into it."):
        assert "role" not in kinds(claim, source)
    assert "role" not in kinds(f"{a} brought a new member into the programme.", source)


@pytest.mark.parametrize("means", ["an overview", "a survey", "the annex"])
def test_a_means_become_subject_is_no_swap(means):
    """ "X provides context through an overview" / "An overview provides context": a circumstance is no party."""
    claim = f"The report provides context through {means} of the landscape."
    source = f"{means[:1].upper() + means[1:]} of the landscape provides further context."
    assert "role" not in kinds(claim, source)


SLOT_AND_MODIFIER = [
    ("{a} will bring more attention to programmes on {b}.", "{a} will bring more attention and programmes to {b}."),
    ("{a} gave extra money to projects about {b}.", "{a} gave extra money and projects to {b}."),
    ("{a} offers training to staff working on {b}.", "{a} offers training and staff to {b}."),
]


@pytest.mark.parametrize("doer", ["The ministry", "The new fund", "Regional councils"])
@pytest.mark.parametrize("topic", ["housing issues", "rural health", "water safety"])
@pytest.mark.parametrize("frames", SLOT_AND_MODIFIER)
def test_a_thing_the_claim_only_describes_is_not_swapped_in(doer, topic, frames):
    """ "bring attention to programmes on X" / "bring attention and programmes to X": X is no party of the claim's act
    (it describes the programmes), so the two do not trade places, however the parser hangs "to"."""
    claim, source = (frame.format(a=doer, b=topic) for frame in frames)
    assert "role" not in kinds(claim, source)


CERTAIN = ["will certainly", "will inevitably", "is sure to"]
HEDGED = ["can", "may", "could potentially", "has the potential to", "is unlikely to"]


@pytest.mark.parametrize(("certain", "hedged"), list(list(itertools.product(CERTAIN, HEDGED))))
@pytest.mark.parametrize("act", ["improve the response", "reduce the delays"])
def test_an_outcome_called_certain_where_the_sentence_calls_it_possible_conflicts(certain, hedged, act):
    claim = f"The new office {certain} {act} in the region."
    source = f"The new office {hedged} {act} in the region."
    assert "modality" in kinds(claim, source)
    assert "modality" not in kinds(f"The new office will {act} in the region.", source)  # no certainty claimed
    assert "modality" not in kinds(claim, f"The new office {certain} {act} in the region.")


@pytest.mark.parametrize(("excluded", "stated"), [("the members", "the observers"), ("the cities", "the regions")])
@pytest.mark.parametrize("connective", ["rather than", "instead of"])
def test_what_a_claim_excludes_with_rather_than_conflicts_with_a_sentence_stating_it(excluded, stated, connective):
    claim = f"The treaty places the duties on {stated} {connective} {excluded}."
    source = f"The treaty places the duties on {excluded}."
    assert "negation" in kinds(claim, source)
    assert "negation" not in kinds(claim, f"The treaty places the duties on {stated}.")


@pytest.mark.parametrize(
    ("thing", "kept", "set_aside", "done"),
    [
        ("bursary", "deducted from rent", "paid out in cash", "paid in three instalments"),
        ("bridge", "repaired by local crews", "rebuilt by contractors", "rebuilt in 2021"),
    ],
)
@pytest.mark.parametrize("connective", ["rather than", "instead of being"])
def test_an_act_excluded_as_done_a_way_conflicts_only_with_a_sentence_doing_it_that_way(
    thing, kept, set_aside, done, connective
):
    """ "taken off the rent rather than paid out in cash" sets aside paying in cash: "paid in three instalments"
    states a paying, not a paying in cash, so no denial conflicts; "paid out in cash" does."""
    claim = f"The {thing} could be {kept} {connective} {set_aside}."
    assert "negation" not in kinds(claim, f"The {thing} was {done}.")
    assert "negation" in kinds(claim, f"The {thing} was {set_aside}.")


@pytest.mark.parametrize("verb", ["refused", "declined"])
def test_refusing_to_act_conflicts_with_the_act(verb):
    """ "refused to negotiate" says they did not negotiate: WordNet opposes it to "accept"."""
    assert "negation" in kinds(f"The members {verb} to negotiate the treaty.", "The members negotiated the treaty.")


@pytest.mark.parametrize(("said", "found"), [("less", "greater"), ("fewer", "more"), ("less", "higher")])
@pytest.mark.parametrize("noun", ["willingness", "interest", "support"])
def test_a_comparative_pointing_the_other_way_on_the_same_noun_conflicts(said, found, noun):
    """ "less willingness" / "greater willingness": WordNet opposes "less" to "more" only, so direction decides."""
    claim = f"At present the members show {said} {noun} to act together."
    assert "antonym" in kinds(claim, f"At present the members show {found} {noun} to act together.")
    assert "antonym" not in kinds(claim, claim)


@pytest.mark.parametrize(("said", "found"), [("all of its", "some"), ("all of the", "no"), ("some of the", "all")])
def test_a_partitive_quantifier_is_set_against_the_noun_it_takes_a_part_of(said, found):
    claim = f"The plan has gaps, and {said} regions require support."
    assert "antonym" in kinds(claim, f"The plan has gaps, and {found} regions require support.")


@pytest.mark.parametrize("denial", ["there is no assurance that", "there is no guarantee that", "it is not clear that"])
@pytest.mark.parametrize("certain", ["it is certain that {c}", "{s} will certainly {v}"])
def test_a_certainty_against_a_denied_certainty_conflicts(denial, certain):
    """ "it is certain that X" / "there is no assurance that X": the source leaves X open."""
    subject, verb = "the members", "build a common system"
    source = f"Despite the progress, {denial} {subject} will {verb}."
    claim = certain.format(c=f"{subject} will {verb}", s=subject, v=verb)
    assert "modality" in kinds(claim[:1].upper() + claim[1:] + ".", source)


@pytest.mark.parametrize(("adjective", "verb"), [("scarce", "abound"), ("absent", "exist")])
def test_an_adjective_reverses_a_verb_of_the_opposite_state(adjective, verb):
    """ "barriers are scarce" against "barriers abound" (WordNet: abound -> abundant, scarce's antonym)."""
    claim = f"Barriers to global reform are {adjective}."
    assert "antonym" in kinds(claim, f"Barriers to global reform {verb} and will grow.")


@pytest.mark.parametrize("rank", ["first", "second", "third"])
def test_a_rank_the_sentence_does_not_give_is_unstated(rank):
    claim = facts(f"Flood insurance was the {rank} issue the council took up.")
    result = align(claim, facts("Flood insurance was an issue the council took up in 2019."))
    assert not result.states_all
    assert align(claim, facts(f"Flood insurance was the {rank} issue the council took up in 2019.")).states_all


def test_a_single_name_in_another_slot_is_no_rival():
    """ "Norland joined the Alpine Initiative" against "examples are the Alpine Initiative and the Coast
    Initiative": Norland is the one joining, the Coast Initiative an example, so it is unstated, not swapped."""
    source = facts("Examples are seen in the form of the Alpine Initiative and the Coast Initiative.")
    result = align(facts("Norland took part in the Alpine Initiative."), source)
    assert "name" not in {c.kind for c in result.conflicts} and not result.states_all


def test_a_rank_word_inside_a_name_the_sentence_gives_is_stated():
    """ "First Steps" (a programme) read as an ordinal by the recogniser: the sentence says the word."""
    claim = facts("First Steps is a twelve-week orientation course.")
    assert align(claim, facts("The city runs First Steps, a twelve-week orientation course for newcomers.")).states_all


ADJECTIVE_PAIRS = [("seasonal", "permanent"), ("regional", "national"), ("informal", "statutory")]
NOUN_PAIRS = [("funding model", "legal basis"), ("work plan", "staff rules")]


@pytest.mark.parametrize(("adjectives", "nouns"), list(list(itertools.product(ADJECTIVE_PAIRS, NOUN_PAIRS))))
def test_adjectives_traded_between_two_nouns_conflict(adjectives, nouns):
    """ "a seasonal funding model and a permanent legal basis" against "a permanent funding model and a
    seasonal legal basis": every word is the sentence's, attached elsewhere."""
    (a, b), (m, n) = adjectives, nouns
    source = f"The agency struggles because of its {a} {m} and the {b} {n} of its work."
    claim = f"The agency struggles because of its {b} {m} and the {a} {n} of its work."
    assert "role" in kinds(claim, source)
    assert "role" not in kinds(source, source)


OF_PAIRS = [("harbours", "regional planning"), ("farmers", "water policy"), ("volunteers", "disaster relief")]


@pytest.mark.parametrize(("one", "other"), OF_PAIRS)
def test_complements_traded_between_two_nouns_conflict(one, other):
    """ "the inclusion of X in the management of Y" against "the inclusion of Y in the management of X"."""
    source = f"The inclusion of {one} in the management of {other} is significant."
    assert "role" in kinds(f"The inclusion of {other} in the management of {one} is significant.", source)


@pytest.mark.parametrize(("one", "other"), OF_PAIRS)
def test_the_same_attachments_reworded_do_not_conflict(one, other):
    """Reordering, a voice change or an added word keeps every attachment: no trade."""
    source = f"The inclusion of {one} in the management of {other} is significant."
    for claim in (
        f"It is significant that {one} are included in the management of {other}.",
        f"The inclusion of {one} in the overall management of {other} matters greatly.",
    ):
        assert "role" not in kinds(claim, source)


def test_a_word_the_sentence_attaches_to_both_heads_is_no_trade():
    source = "The regional plan of the port and the regional budget of the port were approved by a national board."
    assert "role" not in kinds("The regional budget of the port was approved by the board.", source)


CONDITIONS = [
    ("the ports close their borders", "the ports pool their funds"),
    ("rainfall stays low", "the council raises taxes"),
    ("the agencies ignore the warnings", "trade expands quickly"),
]


@pytest.mark.parametrize(("stated", "other"), CONDITIONS)
@pytest.mark.parametrize("mark", ["if", "because", "unless"])
def test_another_condition_or_cause_for_the_same_act_conflicts(stated, other, mark):
    source = f"Shortages abound and will grow {mark} {stated}."
    assert "circumstance" in kinds(f"Shortages will grow {mark} {other}.", source)
    assert "circumstance" not in kinds(f"Shortages will grow {mark} {stated}.", source)


@pytest.mark.parametrize(("stated", "_"), CONDITIONS)
def test_a_condition_reworded_or_cut_short_is_no_conflict(stated, _):
    """The same condition with another subject, or only part of it, shares its words with the source's."""
    source = f"Shortages abound and will grow if {stated} and the towns do nothing."
    assert "circumstance" not in kinds(f"Shortages will grow if {stated.replace('the ', 'some ', 1)}.", source)


@pytest.mark.parametrize("quantifier", ["a few", "only a few", "few"])
@pytest.mark.parametrize("total", ["each", "all"])
def test_a_few_of_against_each_of_the_same_noun_conflicts(quantifier, total):
    source = f"Underpinning {total} of these areas is the regional charter."
    assert "antonym" in kinds(f"Underpinning {quantifier} of the areas is the regional charter.", source)


LISTS = [
    ("the Coast Initiative", "the Alpine Initiative", "the Delta Forum"),
    ("harbour safety", "river transport", "the fishing quotas"),
    ("the regional council", "the port board", "the water agency"),
]


@pytest.mark.parametrize(("kept", "given", "other"), LISTS)
def test_a_list_with_one_item_replaced_conflicts(kept, given, other):
    """The sentence lists A and B for a slot; the claim lists A and C for it: C is the claim's, B the source's."""
    source = f"The plan was evidenced in the form of {kept} and {given}."
    conflicts = [
        c for c in align(facts(f"The plan was evidenced in the form of {kept} and {other}."), facts(source)).conflicts
    ]
    assert [c.kind for c in conflicts if c.kind == "item"] == ["item"]


@pytest.mark.parametrize(("kept", "given", "other"), LISTS)
def test_the_same_list_reordered_rehyphenated_or_cut_short_is_no_replacement(kept, given, other):
    source = f"The plan was evidenced in the form of {kept} and {given}."
    for claim in (
        f"The plan was evidenced in the form of {given} and {kept}.",
        f"The plan was evidenced in the form of {'-'.join(given.rsplit(' ', 1))} and {kept}.",
        f"The plan was evidenced in the form of {kept}.",
    ):
        assert "item" not in kinds(claim, source)


NAMED_BEFORE = [
    ("Delta Council", "The Delta Council, set up after the crisis, can play a useful role."),
    ("Harbour Forum", "The Harbour Forum was created to share data between ports."),
    ("Northern Alliance", "Last year the Northern Alliance held its first meeting."),
]


@pytest.mark.parametrize(("name", "before"), NAMED_BEFORE)
def test_a_name_only_the_sentence_before_gives_is_unstated_unless_the_sentence_points_back(name, before):
    """A name from the sentences around the evidence counts only for a sentence that opens pointing back at
    them ("It ..."); a sentence that does not ("With its new mandate, the Tay Agency ...") leaves it unstated."""
    claim = facts(f"The {name} was set up because of the agency's funding model.")
    plain = facts("With its new mandate, the Tay Agency must still grapple with its funding model.")
    pointing = facts("It must still grapple with the agency's funding model.")

    def lacking(source) -> str:  # the claim's details the sentence does not state, or states otherwise
        result = align(claim, source, context=[facts(before)])
        return " | ".join([*(d.text for d in result.unstated), *(c.claim for c in result.conflicts)])

    assert name in lacking(plain)
    assert name not in lacking(pointing)


@pytest.mark.parametrize(
    ("act", "subject"), [("adopt the plan", "the council"), ("sign the accord", "the members"), ("act", "States")]
)
def test_a_negative_pronoun_negates_its_verb(act, subject):
    """ "Nothing guarantees that X" is not hedged by a sentence that says X only under a negation ("there is
    no assurance that X"): both deny it."""
    claim = facts(f"Nothing guarantees that {subject} will {act}.")
    assert align(claim, facts(f"There is no assurance that {subject} will {act}.")).states_all
    assert "negation" in kinds(
        f"Nothing guarantees that {subject} will {act}.", f"It is guaranteed that {subject} will {act}."
    )


COMPARED = [
    ("the councils", "the agencies"),
    ("informal forums", "formal bodies"),
    ("regional networks", "global treaties"),
]
COMPARISONS = [
    "{a} handle new issues more quickly than {b}.",
    "{a} address emerging concerns more effectively than {b} do.",
    "{a} spend more on training than {b}.",
]


@pytest.mark.parametrize(("pair", "comparison"), list(list(itertools.product(COMPARED, COMPARISONS))))
def test_the_two_sides_of_a_comparison_swapped_conflict(pair, comparison):
    """ "A does it better than B" against "B does it better than A": the standard of comparison ("than B")
    fills a slot of the act compared, wherever the parser hangs "than"."""
    a, b = pair
    claim, source = comparison.format(a=b.capitalize(), b=a), comparison.format(a=a.capitalize(), b=b)
    assert "role" in kinds(claim, source)
    assert align(facts(source), facts(source)).states_all


@pytest.mark.parametrize("pair", COMPARED)
@pytest.mark.parametrize(("claimed", "said"), [("handle", "address"), ("manage", "handle"), ("treat", "handle")])
def test_the_sides_of_a_comparison_swapped_conflict_when_the_act_is_said_in_another_verb(pair, claimed, said):
    """ "B handle issues better than A" against "A address issues better than B": one of the verb's commonest
    senses is the other verb, so the slots are those of one act."""
    a, b = pair
    source = f"{a.capitalize()} {said} emerging issues more effectively than {b}."
    assert "role" in kinds(f"{b.capitalize()} {claimed} emerging issues more effectively than {a}.", source)
    assert "role" not in kinds(f"{a.capitalize()} {claimed} emerging issues more effectively than {b}.", source)


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        (
            "It fills international normative gaps that binding law cannot close.",
            "It fills normative gaps at the international level that binding international law cannot close.",
        ),
        (
            "The plan funds regional health centres that national budgets ignore.",
            "The plan funds health centres at the regional level that regional and national budgets ignore.",
        ),
        (
            "They built local transport links that federal grants never covered.",
            "They built transport links at the local scale that local and federal grants never covered.",
        ),
    ],
)
def test_a_qualifier_said_elsewhere_in_the_phrase_is_not_moved(claim, source):
    """ "international gaps" against "gaps at the international level ... international law": the source gives
    the gaps nothing in trade, so the adjective did not move to the law."""
    assert "role" not in kinds(claim, source)


@pytest.mark.parametrize("thing", ["Charter", "Accord", "Protocol"])
@pytest.mark.parametrize("place", ["Cairo", "Lima"])
@pytest.mark.parametrize(
    "claimed", ["The two treaties are due to be adopted in 2019.", "The treaties were signed in 2019."]
)
def test_the_year_in_a_name_belongs_to_that_name(thing, place, claimed):
    """ "the 2012 Cairo Accord" gives the Accord's year: no rival to the year of another act ("the treaties are
    due in 2019"), but one for the Accord's own."""
    source = f"Key steps were the 2012 {place} {thing} on Water and work on two treaties."
    assert "year" not in kinds(claimed, source)
    assert "year" in kinds(f"The {place} {thing} on Water was adopted in 2019.", source)


@pytest.mark.parametrize(
    ("a", "b"), [("rest", "effort"), ("remainder", "attempt"), ("rest", "work"), ("silence", "discussion")]
)
def test_nouns_are_not_opposed_through_their_broad_kinds(a, b):
    """ "the rest of the chapter" (a kind of inactivity, in a rarer sense) is no opposite of "efforts" (a kind
    of activity): two nouns may not both go up a level."""
    assert not lexicon.opposed(a, b)


@pytest.mark.parametrize(("a", "b"), [("other", "early"), ("other", "late"), ("other", "future")])
def test_words_are_not_opposed_through_a_sense_hardly_in_use(a, b):
    """ "the other two contractors" is no opposite of "early": "other" as recently past (8 tagged uses to 483),
    similar to "past", is a sense WordNet's tagged corpus hardly met."""
    assert not (lexicon.opposed(a, b) or lexicon.opposed(b, a))


@pytest.mark.parametrize("noun", ["contractors", "suppliers", "regions", "schools"])
@pytest.mark.parametrize("when", ["early", "later", "in the early stages"])
def test_the_other_ones_are_not_reversed_by_a_time(noun, when):
    claim = f"Did Keystone deliver more cheaply than the other two {noun}?"
    source = (
        f"The first two Keystone contracts were awarded directly {when}, and Keystone delivered the cheapest units."
    )
    assert not {"negation", "antonym"} & kinds(claim, source)


PATHS = [("ad hoc talks", "joint action"), ("national plans", "regional rules"), ("voluntary pledges", "binding law")]


@pytest.mark.parametrize(
    ("ends", "wording"),
    list(
        itertools.product(
            PATHS,
            [
                ("The aim is to move from {a} toward {b}.", "The aim is to move from what are now largely {b} to {a}."),
                ("The aim is to move from {a} to {b}.", "The aim is to move from {b} to {a}."),
                ("Members shifted their focus from {a} to {b}.", "Members shifted their focus from {b} to {a}."),
                ("The task is to go from {a} to {b}.", "The task is to move from {b} to {a}."),
            ],
        )
    ),
)
def test_the_ends_of_a_path_swapped_conflict(ends, wording):
    """ "from A to B" against "from B to A", whether the source opens its path with a free relative ("from what
    are now B") or not, and in another verb of the same act ("go" / "move"); the same path states it."""
    a, b = ends
    claim, source = wording[0].format(a=a, b=b), wording[1].format(a=a, b=b)
    assert "role" in kinds(claim, source)
    assert "role" not in kinds(wording[1].format(a=a, b=b), source)


@pytest.mark.parametrize("other", ["trade", "health", "energy"])
def test_an_item_of_a_list_of_prepositional_phrases_replaced_conflicts(other):
    claim = f"The global compacts on migration and on {other} provide the opportunity to move ahead."
    source = "The global compacts on migration and on refugees provide the opportunity to move ahead."
    assert "item" in kinds(claim, source)


@pytest.mark.parametrize("group", ["migrants", "refugees", "stateless persons"])
def test_a_negated_prepositional_phrase_negates_its_object(group):
    claim = f"The regime obliges States to protect the rights of citizens only, not of {group}."
    source = f"The regime obliges States to protect the rights of all persons, including {group}."
    assert "negation" in kinds(claim, source)


@pytest.mark.parametrize(
    ("items", "other"),
    [
        (["fisheries", "shipping", "tourism", "coastal defence"], "mining"),
        (["housing", "transport", "schools"], "hospitals"),
        (["roads", "bridges", "ports", "rail links"], "airports"),
    ],
)
def test_a_list_of_three_or_more_with_one_item_replaced_conflicts_however_introduced(items, other):
    listed = lambda xs: ", ".join(xs[:-1]) + " and " + xs[-1]  # noqa: E731
    source = f"These sectors include {listed(items)}."
    claim = f"The sectors the plan covers are listed as {listed([*items[:-1], other])}."
    assert "item" in kinds(claim, source)
    assert "item" not in kinds(f"The sectors the plan covers are listed as {listed(items)}.", source)


@pytest.mark.parametrize(
    ("items", "noun"),
    [(["trade", "health", "energy", "transport"], "sectors"), (["ports", "roads", "rail"], "networks")],
)
def test_the_only_one_of_a_listed_several_conflicts_as_a_count(items, noun):
    listed = ", ".join(items[:-1]) + " and " + items[-1]
    claim = f"{items[0].capitalize()} is the only {noun[:-1]} the plan covers."
    assert "count" in kinds(claim, f"The {noun} the plan covers include {listed}.")
    assert not align(facts(claim), facts(f"The plan covers {items[0]}.")).states_all  # "the only": unstated


@pytest.mark.parametrize(
    ("claimed", "stated"),
    [
        ("Over the past twenty years", "The last two decades have seen"),
        ("In the past ten years", "The last decade saw"),
    ],
)
@pytest.mark.parametrize(
    "act", ["an increase in efforts to improve port safety", "a rise in funding for coastal towns"]
)
def test_the_words_of_a_stated_quantity_count_as_found(claimed, stated, act):
    """ "the past twenty years" stated as "the last two decades": every other word of the claim is there."""
    claim = facts(f"{claimed}, there has been {act}.")
    result = align(claim, facts(f"{stated} {act}."))
    assert result.states_all and result.coverage == 1.0


@pytest.mark.parametrize("noun", ["challenge", "task", "aim"])
def test_one_of_several_is_no_count_against_a_list(noun):
    """ "One challenge is to find A" says nothing of how many challenges there are, unlike "the only challenge"."""
    source = f"A {noun} for the council is to identify ports, roads and rail links most in need of repair."
    assert "count" not in kinds(f"One {noun} for the council is to identify what needs repair.", source)


@pytest.mark.parametrize(("name", "before"), NAMED_BEFORE)
def test_a_definite_description_may_stand_for_a_name_the_sentence_before_gives(name, before):
    """ "The body must still grapple with ..." after a sentence naming it: the name counts as said."""
    claim = facts(f"The {name} was set up because of the agency's funding model.")
    described = facts("The body must still grapple with the agency's funding model.")
    assert name not in " | ".join(d.text for d in align(claim, described, context=[facts(before)]).unstated)


SEQUENCES = [
    ("the Port Elan shelter", "the Tarsen shelter", "opened", "opened"),
    ("the Eastdock office", "the Westfield office", "was launched", "launched"),
    ("the Harbour plan", "the Delta plan", "was adopted", "adopted"),
]


@pytest.mark.parametrize(("first", "second", "claimed", "act"), SEQUENCES)
@pytest.mark.parametrize(
    ("early", "late"), [("21 June 2021", "6 February 2023"), ("March 2022", "September 2022"), ("2019", "2021")]
)
def test_two_things_acts_put_in_the_wrong_order_conflict(first, second, claimed, act, early, late):
    """ "The Tarsen shelter opened before the Port Elan shelter" against "the Port Elan shelter, opened on 21 June
    2021, and the Tarsen shelter, opened on 6 February 2023": the order conflicts; the right order does not."""
    source = f"Two sites serve the city: {first}, {act} in {early}, and {second}, {act} in {late}."
    cap = lambda t: t[:1].upper() + t[1:]  # noqa: E731
    assert "order" in kinds(f"{cap(second)} {claimed} before {first}.", source)
    assert "order" in kinds(f"{cap(first)} {claimed} after {second}.", source)
    assert "order" not in kinds(f"{cap(first)} {claimed} before {second}.", source)
    assert "order" not in kinds(f"{cap(second)} {claimed} after {first}.", source)


def test_an_order_the_dates_do_not_tell_is_no_conflict():
    """ "in 2021" and "in June 2021": which came first is not told."""
    source = "The city has two sites: the North office, opened in 2021, and the South office, opened in June 2021."
    assert "order" not in kinds("The South office opened before the North office.", source)


OTHER_EVENTS = [
    ("Did the city receive extra funding in {y}?", "In {y} the city council adopted the welcome plan."),
    ("The agency hired new staff in {y}.", "The forum was founded in {y} by three States."),
    ("The ministry published a review in {y}.", "The council approved the budget in {y}."),
]


@pytest.mark.parametrize(("years", "events"), list(list(itertools.product(YEARS, OTHER_EVENTS))))
def test_the_years_of_two_different_events_do_not_conflict(years, events):
    """A claim's year of one act ("received funding in 2023") is not set against another act's year
    ("adopted the plan in 2021"): the sentence does not say when the claim's event happened."""
    said, found = years
    alignment = align(facts(events[0].format(y=said)), facts(events[1].format(y=found)))
    assert "year" not in {c.kind for c in alignment.conflicts}
    assert str(said) in {d.text for d in alignment.unstated}


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        (
            "The 11 caseworkers who speak Arabic were recruited locally.",
            "They employed 38 caseworkers, 11 of whom speak Arabic.",
        ),
        (
            "Half of the 620 volunteers are retired.",
            "The scheme is run by a charity and had recruited 620 volunteer mentors.",
        ),
        ("The 7 nurses on night shifts were trained abroad.", "The ward has 25 nurses, 7 of whom work night shifts."),
    ],
)
def test_a_count_the_sentence_gives_of_another_noun_is_no_rival(claim, source):
    """The claim's number is in the sentence ("11 of whom", "620 volunteer mentors"): no other count of the
    noun, nor the length of a list, contradicts it."""
    assert "count" not in kinds(claim, source)


OPENINGS = [("starts", "begins"), ("commences", "begins"), ("begins", "starts")]
THINGS = [("an overview of the landscape", "discusses the benefits", "a discussion of the benefits")]


@pytest.mark.parametrize(("verbs", "things"), list(list(itertools.product(OPENINGS, THINGS))))
def test_what_an_act_takes_traded_with_what_the_claim_puts_elsewhere_conflicts(verbs, things):
    """ "starts with an overview ... and only afterwards discusses the benefits" against "begins with a
    discussion of the benefits": the claim moved the source's thing out of the act's slot."""
    claim = f"The report {verbs[0]} with {things[0]} and only afterwards {things[1]}."
    source = f"It {verbs[1]} with {things[2]} of governing migration."
    assert traded_places(facts(claim), facts(source))
    assert "role" in kinds(claim, source)


@pytest.mark.parametrize("verbs", OPENINGS)
@pytest.mark.parametrize("thing", ["a look at the benefits", "an account of the benefits", "the benefits"])
def test_another_word_for_the_same_thing_in_the_slot_is_no_trade(verbs, thing):
    claim = f"The report {verbs[0]} with {thing} of governing migration."
    source = f"It {verbs[1]} with a discussion of the benefits of governing migration."
    assert not traded_places(facts(claim), facts(source))


@pytest.mark.parametrize(
    ("said", "found"), [("three times", "twice"), ("twice", "four times"), ("five times", "three times")]
)
def test_a_different_multiple_conflicts(said, found):
    claim = f"Mentored pupils were {said} as likely to finish the course."
    assert "count" in kinds(claim, f"Mentored pupils were {found} as likely to complete the course as others.")
    assert not kinds(claim, f"Mentored pupils were {said} as likely to complete the course as others.")


DOMAINS = [("humanitarian", "human"), ("regional", "national"), ("municipal", "regional")]


@pytest.mark.parametrize(("said", "found"), DOMAINS)
@pytest.mark.parametrize("thing", ["rights regime", "budget", "process"])
def test_a_thing_put_in_another_domain_conflicts(said, found, thing):
    """A relational modifier replaced: "the humanitarian regime" against "the human regime"."""
    claim = f"The architecture rests on the international {said} {thing}."
    assert "item" in kinds(claim, f"Underpinning it is the international {found} {thing}.")


@pytest.mark.parametrize(("said", "found"), [("further", "greater"), ("past", "recent"), ("more", "greater")])
def test_a_graded_modifier_in_another_word_is_no_other_domain(said, found):
    claim = f"Barriers inhibit {said} progress on the plan."
    assert "item" not in kinds(claim, f"Barriers inhibit {found} progress on the plan.")


NONE_DONE = [
    ("member state", "member states", "adopted national legislation on relocation"),
    ("partner city", "partner cities", "signed the charter"),
    ("council", "councils", "published a plan"),
]


@pytest.mark.parametrize(("one", "many", "done"), NONE_DONE)
def test_no_x_and_none_of_the_xs_deny_the_same_act(one, many, done):
    """ "No member state has adopted X" denies the adoption, as "None of the member states has adopted X" does:
    the two agree; "All member states have adopted X" conflicts with it."""
    source = facts(f"No {one} has {done}.")
    assert not align(facts(f"None of the {many} has {done}."), source).conflicts
    assert any(c.kind == "negation" for c in align(facts(f"All {many} have {done}."), source).conflicts)


BYLINES = [
    "Briefing Note No. 7, Coastal Forum Secretariat, February 2024",
    "Annual report of the Harbour Office, 2019",
    "Prepared by the Office for Inclusion, City of Brennhaven, January 2025",
]
EVENTS = ["The Forum was established in 2011.", "The plan was adopted in 2018.", "The office opened in 2016."]


@pytest.mark.parametrize(("event", "byline"), list(list(itertools.product(EVENTS, BYLINES))))
def test_a_line_without_a_verb_dates_the_text_not_an_event(event, byline):
    """A byline's date is no rival year for an event a claim tells of: the year is unstated, not contradicted."""
    alignment = align(facts(event), facts(byline))
    assert not alignment.conflicts
    assert alignment.unstated


def test_a_year_naming_a_thing_in_a_heading_still_conflicts():
    heading = facts("The 2016 New York Declaration on Refugees and Migrants")
    assert any(
        c.kind == "year" for c in align(facts("The New York Declaration was adopted in 2018."), heading).conflicts
    )


PARTIES = [("Norway", "Sweden"), ("the Marrow Islands", "Port Anselm"), ("the ministry", "the council")]
TWO_ACTS = [
    "{a} drafted the plan and {b} funded it.",
    "The plan was drafted by {a} and funded by {b}.",
    "The visa was proposed by {a} and shelved after {b} withdrew its support.",
]


@pytest.mark.parametrize(("parties", "frame"), list(list(itertools.product(PARTIES, TWO_ACTS))))
def test_two_parties_exchanging_their_acts_conflict(parties, frame):
    """ "proposed by A, shelved after B withdrew" against "proposed by B, shelved after A withdrew": one conflict
    naming both; the same sentence, none."""
    a, b = parties
    source = facts(frame.format(a=a, b=b))
    roles = [c for c in align(facts(frame.format(a=b, b=a)), source).conflicts if c.kind == "role"]
    assert len(roles) == 1 and {roles[0].claim.lower(), roles[0].source.lower()} <= {
        x.lower().removeprefix("the ") for x in parties
    } | {x.lower() for x in parties}
    assert not align(facts(frame.format(a=a, b=b)), source).conflicts


RIVALS = [("UNHCR", "IOM"), ("the Harbour Council", "the Coastal Authority"), ("Norway", "Switzerland")]


@pytest.mark.parametrize(("said", "other"), RIVALS)
def test_a_name_swapped_for_another_conflicts_only_in_the_same_role(said, other):
    """ "A joined the UN" / "B joined the UN": B stands where A does. "The meeting will be held in A" / "the
    note reviews B": B fills another role, so A is unstated, not contradicted."""
    assert any(
        c.kind == "name"
        for c in align(facts(f"{said} joined the UN in 2016."), facts(f"{other} joined the UN in 2016.")).conflicts
    )
    held = align(
        facts(f"The next ministerial meeting will be held in {said}."),
        facts(f"This note reviews {other} and sets out priorities."),
    )
    assert not held.conflicts and held.unstated


@pytest.mark.parametrize("code", ["USD", "EUR", "KES"])
def test_amounts_in_a_currency_code_conflict(code):
    source = facts(f"The fund was launched in 2019 with initial pledges of {code} 48 million.")
    conflicts = align(
        facts(f"The fund was launched in 2019 with initial pledges of {code} 58 million."), source
    ).conflicts
    assert [c.kind for c in conflicts] == ["amount"]
    assert not align(
        facts(f"The fund was launched in 2019 with pledges of more than {code} 40 million."), source
    ).conflicts


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        (
            "The Forum's decisions are not binding on its members.",
            "The Forum meets yearly and does not issue binding decisions.",
        ),
        ("The council's rulings are not final.", "The council does not make final rulings."),
        ("The fund's grants are not repayable.", "The fund does not give repayable grants."),
    ],
)
def test_a_word_inside_a_negations_scope_is_not_plainly_stated(claim, source):
    """ "not binding" against "does not issue binding decisions": both deny; no negation conflict."""
    assert not [c for c in align(facts(claim), facts(source)).conflicts if c.kind == "negation"]


@pytest.mark.parametrize(
    ("first", "then", "verb", "noun"),
    [
        ("Launched", "restored", "restore", "hectares of mangroves"),
        ("Founded", "trained", "train", "workers"),
        ("Opened", "served", "serve", "families"),
    ],
)
def test_a_year_dating_another_act_of_the_source_is_no_rival(first, then, verb, noun):
    """ "Launched in 2021, the project restored 140 hectares": 2021 dates the launch, so "it plans to restore 200
    more by 2026" is not contradicted by it; "it was launched in 2019" is."""
    source = facts(f"{first} in 2021, the project {then} 140 {noun} along the coast.")
    plan = facts(f"The project plans to {verb} another 200 {noun} by 2026.")
    assert not [c for c in align(plan, source).conflicts if c.kind == "year"]
    assert [c for c in align(facts(f"The project was {first.lower()} in 2019."), source).conflicts if c.kind == "year"]


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("Coastal erosion caused most of the displacement.", "Storms and coastal erosion caused the displacement."),
        ("The programme is the most effective of the schemes.", "The programme is an effective scheme."),
        ("Welders received more passports than electricians.", "Welders and electricians received passports."),
    ],
)
def test_a_comparison_the_source_does_not_make_is_unstated(claim, source):
    alignment = align(facts(claim), facts(source))
    assert any(d.label == "DEGREE" for d in alignment.unstated if hasattr(d, "label"))
    assert not alignment.states_all


@pytest.mark.parametrize("name", ["the Global Migration Group", "UNHCR", "the Harbour Council"])
def test_a_rival_name_in_no_slot_of_the_source_contradicts_nothing(name):
    """ "X helped draft the Declaration" against "the adoption of the Declaration at the General Assembly" (the
    Assembly fills no slot of an act the parse sees): the claim's doer is unstated, not contradicted."""
    source = facts(
        "Most notable are the adoption of the Declaration on Refugees and Migrants at the UN General Assembly and efforts to advance two compacts."
    )
    alignment = align(facts(f"{name} helped draft the Declaration on Refugees and Migrants."), source)
    assert not [c for c in alignment.conflicts if c.kind == "name"]


DOERS = [
    ("the Office for Inclusion", "the Institute for Social Research"),
    ("Tomasz Wiremu", "Kofi Ansah-Reyes"),
    ("Baltic Data Services", "Norvik Systems"),
    ("Amira Haddad", "Tomas Okafor"),  # the recogniser reads the second as a place: the slot shows the rival
]
ACTS = [  # (claim, source): the same act done to the same thing, its doer named twice
    ("The {thing} of the Welcome Plan was carried out by {a}.", "A {thing} carried out by {b} was published in June."),
    ("The Shoreline {thing} is managed by {a}.", "The {thing} is managed by {b}, who reports to a board."),
    (
        "{a} reviewed the Harbour {thing} in 2023.",
        "In 2023 the {thing} was reviewed by {b} at the request of Parliament.",
    ),
]


@pytest.mark.parametrize(("doers", "act", "thing"), list(list(itertools.product(DOERS, ACTS, ["evaluation", "fund"]))))
def test_another_doer_of_the_same_act_on_the_same_thing_conflicts(doers, act, thing):
    """One act done to one thing has one doer: "carried out by A" against "an evaluation carried out by B", even
    when the claim names something else the sentence leaves to the one before ("the Welcome Plan")."""
    a, b = doers
    claim, source = act[0].format(a=a, thing=thing), act[1].format(b=b, thing=thing)
    conflicts = [c for c in align(facts(claim), facts(source)).conflicts if c.kind == "name"]
    assert len(conflicts) == 1 and conflicts[0].claim.removeprefix("the ") == a.removeprefix("the ")
    assert conflicts[0].source.removeprefix("the ") == b.removeprefix("the ")
    assert not [c for c in align(facts(act[0].format(a=b, thing=thing)), facts(source)).conflicts if c.kind == "name"]


@pytest.mark.parametrize("doers", DOERS)
@pytest.mark.parametrize(
    ("verb", "things"), [("enrolled", "learners"), ("trained", "teachers"), ("planted", "trees"), ("hired", "nurses")]
)
@pytest.mark.parametrize("amount", ["more {t} than any other partner", "{t} in 2023", "over 400 {t}"])
def test_several_doers_may_each_act_on_things_of_a_kind(doers, verb, things, amount):
    """ "A enrolled 54,200 learners" beside "B enrolled 31,050 learners": things of a kind the sentence counts, each
    doer its own number of them, so another doer of the act is no rival ("installed the meters" of one firm against
    another's "installed meters" stays one: nothing counts them)."""
    a, b = doers
    source = facts(f"{a} {verb} 54,200 {things}. {b} {verb} 31,050 {things}.")
    claim = facts(f"{a} {verb} {amount.format(t=things)}.")
    assert not [c for c in align(claim, source).conflicts if c.kind == "name"]


@pytest.mark.parametrize(
    ("doers", "verbs"), list(list(itertools.product(DOERS, [("commissioned", "led"), ("funded", "ran")])))
)
def test_a_name_the_sentence_gives_another_act_is_contradicted_by_the_acts_doer(doers, verbs):
    """ "The review was commissioned by A" against "commissioned by B and led by A": B did it; A did another."""
    a, b = doers
    first, second = verbs
    source = facts(f"The review was {first} in May 2024 by {b}, and was {second} by {a}.")
    conflicts = align(facts(f"The review was {first} by {a}."), source).conflicts
    assert [c.source.removeprefix("the ") for c in conflicts if c.kind == "name"] == [b.removeprefix("the ")]
    assert not align(facts(f"The review was {first} by {b}."), source).conflicts


@pytest.mark.parametrize(("a", "b"), [("the EU", "the Harbour Fund"), ("Norway", "the Coastal Authority")])
def test_two_doers_of_one_act_on_two_things_are_no_conflict(a, b):
    """ "The Welcome Scheme was financed by B" against "the Coast Plan was financed by A": two things, each
    financed by its own funder; the same thing financed by another is a conflict."""

    def names(claim: str, source: str) -> list:
        return [c for c in align(facts(claim), facts(source)).conflicts if c.kind == "name"]

    assert not names(f"The Welcome Scheme was financed by {b}.", f"The Coast Plan was financed by {a}.")
    assert names(f"The Welcome Scheme was financed by {b}.", f"The Welcome Scheme was financed by {a}.")


@pytest.mark.parametrize(
    ("noun", "said", "found"),
    list(
        itertools.product(
            ["strategy", "contract", "orientation course"], ["ten weeks", "two years"], ["four-year", "six-month"]
        )
    ),
)
def test_a_span_qualifying_another_noun_is_no_rival(noun, said, found):
    """ "a four-year strategy" measures the strategy: no rival to "the consultation lasted ten weeks"; to "the
    strategy ran for two years" it is."""
    source = facts(f"In March 2021 the council adopted the Welcome Plan, a {found} {noun} covering the period.")
    assert not align(facts(f"The public consultation on the plan lasted {said}."), source).conflicts
    head = noun.split()[-1]
    assert [c.kind for c in align(facts(f"The {head} ran for {said}."), source).conflicts] == ["time_span"]


@pytest.mark.parametrize(
    ("place", "noun"), list(list(itertools.product(["Eastdock", "Valle Seco"], ["district", "region"])))
)
def test_a_name_with_a_noun_classing_it_is_the_same_item(place, noun):
    """ "opened in Eastdock in September" against "opened in the Eastdock district in September": no item
    replaced; "in Westfield" is."""
    source = facts(f"The first centre opened in the {place} {noun} in September 2021.")
    assert not align(facts(f"The first centre opened in {place} in September 2021."), source).conflicts
    assert align(facts("The first centre opened in Westfield in September 2021."), source).conflicts


@pytest.mark.parametrize(
    ("a", "b"), [("Amira Haddad", "Jonas Berg"), ("Kofi Mensah", "Lidia Moreaux"), ("Tomas Okafor", "Helena Marsh")]
)
def test_parties_named_beside_their_role_exchanging_acts_conflict(a, b):
    """ "The line's manager, A, recruited the advisers, while the legal director, B, supervised the cases": a name
    set beside its noun fills the noun's slot, so "B recruited ..., while A supervised ..." swaps them."""
    source = facts(
        f"The line's manager, {a}, recruited the advisers, while the centre's legal director, {b}, supervised the cases."
    )
    swapped = facts(f"{b} recruited the advisers for the line, while {a} supervised the cases.")
    assert [c.kind for c in align(swapped, source).conflicts] == ["role"]
    assert not align(
        facts(f"{a} recruited the advisers for the line, while {b} supervised the cases."), source
    ).conflicts


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        (
            "The Centre has already applied for additional funding.",
            "The Centre will seek funding but has not yet submitted an application.",
        ),
        ("The council decided to close the office.", "The council has not reached a decision on the office."),
        ("The minister visited the camp in 2023.", "The minister did not make a visit to the camp in 2023."),
    ],
)
def test_a_negated_verb_with_the_noun_of_the_claims_act_conflicts(claim, source):
    """ "has not yet submitted an application" denies applying: the negated verb makes the act with its noun."""
    assert "negation" in {c.kind for c in align(facts(claim), facts(source)).conflicts}
    assert "negation" not in {c.kind for c in align(facts(claim), facts(source.replace(" not", ""))).conflicts}


@pytest.mark.parametrize(("said", "hedged"), [("play", "serve"), ("fill", "play"), ("take on", "assume")])
def test_certainty_against_a_hedge_on_one_act_in_two_verbs_conflicts(said, hedged):
    """ "will definitely play an important role" against "potentially can serve an important role": one act,
    named by the thing both verbs take."""
    claim = facts(f"The group will definitely {said} an important role in coordination.")
    source = facts(f"The group, established in 2006, potentially can {hedged} an important role.")
    assert "modality" in {c.kind for c in align(claim, source).conflicts}


@pytest.mark.parametrize(
    ("acts", "sums"),
    list(
        itertools.product(
            [("contributed", "provided"), ("gave", "lent"), ("donated", "invested")],
            [("€500,000", "€900,000"), ("$2 million", "$3.5 million")],
        )
    ),
)
def test_two_sums_exchanged_between_two_acts_conflict(acts, sums):
    """ "A contributed X and B provided Y" against "A contributed Y and B provided X": each sum said, in the
    other's act; one sum said of one act, alone, conflicts with nothing."""
    first, second = acts
    x, y = sums
    source = facts(f"The foundation {first} {x} and the municipality {second} {y}.")
    swapped = align(facts(f"The foundation {first} {y} to the pilot and the municipality {second} {x}."), source)
    assert [c.kind for c in swapped.conflicts] == ["amount", "amount"]
    assert not align(facts(f"The foundation {first} {x} to the pilot."), source).conflicts
    assert not align(facts(f"The municipality {second} {y} to the pilot."), source).conflicts


@pytest.mark.parametrize(
    ("verb", "noun"), [("operate", "operation"), ("publish", "publication"), ("expand", "expansion")]
)
def test_a_negated_verb_is_not_contradicted_by_its_noun_in_a_phrase(verb, noun):
    """ "The line did not operate at weekends" against "closed at weekends in its first year of operation": the
    noun asserts no operating; "the line operated at weekends" does."""
    source = facts(f"The line did not {verb} at weekends during its first year.")
    assert not align(facts(f"The line was closed at weekends during its first year of {noun}."), source).conflicts
    past = {"operate": "operated", "publish": "published", "expand": "expanded"}[verb]
    assert [c.kind for c in align(facts(f"The line {past} at weekends during its first year."), source).conflicts] == [
        "negation"
    ]


@pytest.mark.parametrize(
    ("label", "place"),
    [("year one", "the first year"), ("year two", "the second year"), ("phase three", "the third phase")],
)
def test_a_unit_named_by_a_number_or_an_ordinal_is_no_span(label, place):
    """ "in year two" and "in the second year" name a year of a sequence, not a stretch of one or two years."""
    for text in (f"The wait grew to 17 minutes in {label}.", f"The wait grew to 17 minutes in {place}."):
        assert [q.text for q in facts(text).quantities if q.kind == "span"] == ["17 minutes"]  # the wait's length only
    assert [q.value for q in facts("The pilot ran for two years.").quantities if q.kind == "span"] == [2.0]


GRADES = [("common", "most common"), ("large", "largest"), ("cheap", "cheapest"), ("popular", "most popular")]
RANKED = ["type of site", "group of applicants", "category of grant"]


@pytest.mark.parametrize(("grade", "superlative"), GRADES)
@pytest.mark.parametrize("thing", RANKED)
@pytest.mark.parametrize(("said", "found"), [("", "second "), ("third ", ""), ("second ", "fourth ")])
def test_a_superlative_at_another_place_conflicts(grade, superlative, thing, said, found):
    """ "the most common type" / "the second most common type": one grade, one thing, two places."""
    claim = f"Warehouses were the {said}{superlative} {thing} in the scheme."
    source = f"Warehouses were the {found}{superlative} {thing} in the scheme, after schools."
    assert "rank" in kinds(claim, source)
    assert "rank" not in kinds(claim, f"Warehouses were the {said}{superlative} {thing} in the scheme, after schools.")


@pytest.mark.parametrize(("grade", "superlative"), GRADES)
@pytest.mark.parametrize(("ours", "theirs"), [("Brightwell Homes", "Ostra Build"), ("Kellan & Sons", "Mirova Works")])
def test_a_superlative_held_by_another_name_conflicts(grade, superlative, ours, theirs):
    """ "A delivered the cheapest units" / "units delivered by B were the cheapest, while those delivered by A
    were dearer": the place is B's; a sentence giving it to A states it."""
    claim = f"{ours} delivered the {superlative} units."
    source = f"Units delivered by {theirs} were the {superlative}, while those delivered by {ours} cost more."
    assert "rank" in kinds(claim, source)
    agreeing = f"Units delivered by {ours} were the {superlative}, while those delivered by {theirs} cost more."
    assert "rank" not in kinds(claim, agreeing)


@pytest.mark.parametrize("superlative", ["largest", "second largest"])
def test_a_superlative_a_gapped_clause_gives_is_no_rival(superlative):
    """ "A was the largest funder, and B the second largest": the parser hangs B's rank on A's clause."""
    source = "Ostra Trust was the largest funder, and the Mirova Foundation the second largest."
    assert "rank" not in kinds(f"The Mirova Foundation was the {superlative} funder.", source)


@pytest.mark.parametrize("month", ["March", "October"])
@pytest.mark.parametrize("year", [2019, 2024])
@pytest.mark.parametrize("day", [3, 14, 28])
def test_a_month_is_stated_by_a_day_of_it(month, year, day):
    """ "published in March 2024" / "issued on 14 March 2024": the sentence is the more precise; "issued on 14 May
    2024" gives the same act another month of that year: a date conflict."""
    claim = facts(f"The review was published in {month} {year}.")
    source = facts(f"This review, issued by the city auditor on {day} {month} {year}, covers the scheme.")
    assert not [d for d in align(claim, source).unstated if d.text == f"{month} {year}"]
    other = facts(f"This review, issued by the city auditor on {day} May {year}, covers the scheme.")
    assert [(c.kind, c.claim) for c in align(claim, other).conflicts] == [("date", f"{month} {year}")]


@pytest.mark.parametrize(("kind", "whole"), [("residents", "people"), ("teachers", "people"), ("refugees", "persons")])
@pytest.mark.parametrize("number", ["2,870", "412"])
def test_a_count_of_a_kind_states_the_count_of_its_whole(kind, whole, number):
    """ "2,870 residents" says "2,870 people" (WordNet: a resident is a person)."""
    claim = facts(f"Children made up a third of the {number} {whole} in the buildings.")
    source = facts(f"The buildings housed {number} {kind}, a third of them children.")
    assert not [q for q in align(claim, source).unstated if q.text == number]


@pytest.mark.parametrize("sum_", ["€12 million", "£400,000", "3 million euros"])
@pytest.mark.parametrize(("measure", "noun"), [("118", "units"), ("40", "kilometres"), ("2,000", "tonnes")])
def test_a_sum_of_money_is_no_rival_to_a_measure(sum_, measure, noun):
    """ "cost €12 million" against "provides 118 units": a sum and a measure say nothing of each other."""
    claim = f"Converting the old depot cost {sum_}."
    assert "amount" not in kinds(claim, f"The old depot, the largest single site, provides {measure} {noun}.")
    assert "amount" in kinds(claim, "Converting the old depot cost €19 million.")


@pytest.mark.parametrize("share", ["95 per cent", "60%"])
@pytest.mark.parametrize("comparative", ["more", "higher", "lower"])
def test_the_size_of_a_difference_is_no_share(share, comparative):
    """ "averaged 95 per cent" against "15 per cent more than the target": a difference, not the share; two
    differences of one comparative still conflict."""
    source = f"By the close, 1,035 units had been delivered, 15 per cent {comparative} than the target of 900."
    assert "percent" not in kinds(f"Occupancy of the units averaged {share} over the programme.", source)
    assert "percent" in kinds(f"The units delivered were 25 per cent {comparative} than the target.", source)


@pytest.mark.parametrize("number", ["33", "twelve"])
def test_two_clauses_joined_list_nothing_to_count(number):
    """ "X were the second most common type, but they required ..." lists no two buildings."""
    claim = f"Seven of the {number} converted buildings were former office blocks."
    source = "Office blocks were the second most common type of building converted, but they required more work."
    assert "count" not in kinds(claim, source)


@pytest.mark.parametrize(
    ("claimed", "found"),
    [("run by", "launched in 2019 by"), ("managed by", "funded by"), ("evaluated by", "commissioned by")],
)
@pytest.mark.parametrize(
    ("ours", "theirs"),
    [("the Regional Development Agency", "the Interior Ministry"), ("Ostra Trust", "Mirova Council")],
)
def test_the_doer_of_another_act_is_no_rival(claimed, found, ours, theirs):
    """ "run by A" / "launched by B": two acts, two parties; the same act with another doer still conflicts."""
    claim = f"The programme was {claimed} {ours}."
    assert "name" not in kinds(claim, f"The programme was {found} {theirs}, with the aim of housing refugees.")
    assert "name" in kinds(claim, f"The programme was {claimed} {theirs}, with the aim of housing refugees.")


@pytest.mark.parametrize(("count", "noun"), [("30", "buildings"), ("12", "sites")])
def test_a_list_of_other_things_counts_nothing(count, noun):
    """ "30 buildings" against "converting disused buildings into homes for refugees and asylum seekers": the list
    is of the homes' occupants, not of buildings."""
    claim = f"The scheme aimed to turn {count} {noun} into 900 homes."
    source = f"The scheme aimed at converting disused {noun} into homes for refugees and asylum seekers."
    assert "count" not in kinds(claim, source)


@pytest.mark.parametrize(
    ("acts", "years"),
    list(
        itertools.product(
            [("extended", "opened to midwives"), ("renewed", "expanded to two regions"), ("closed", "reviewed")],
            [(2025, 2026), (2019, 2021)],
        )
    ),
)
def test_a_year_said_of_another_act_is_no_support(acts, years):
    """ "extended until 2025" against "extended to the end of 2026 and opened to midwives from 2025": the
    claim's year is the source's, but of another act; the claim's own act has another year."""
    own, other = acts
    claimed, found = years
    source = f"The minister said the scheme would be {own} in {found} and {other} in {claimed}."
    assert "year" in kinds(f"The minister said the scheme would be {own} in {claimed}.", source)
    assert not kinds(f"The minister said the scheme would be {other} in {claimed}.", source)
    assert not kinds(f"The minister said the scheme would be {own} in {found}.", source)


@pytest.mark.parametrize(
    ("claimed", "found", "verdict"),
    [
        ("roughly three-quarters", "76%", "said"),
        ("nearly a third", "31%", "said"),
        ("nearly two in five", "38%", "said"),
        ("about two-thirds", "83%", "conflict"),
        ("about half", "12%", "conflict"),
        ("about half", "46%", "unstated"),
        ("more than half", "52%", "said"),
        ("less than half", "46%", "said"),
    ],
)
@pytest.mark.parametrize("noun", ["registered nurses", "participants", "households"])
def test_a_share_in_words_is_said_by_a_percentage_near_it(claimed, found, verdict, noun):
    """A share in words is near the true one: said by a percentage within its tolerance, contradicted by one far
    from it, neither in between; bounded one way ("more than half"), said by a percentage within the bound."""
    a = align(facts(f"Women make up {claimed} of {noun}."), facts(f"Women make up {found} of {noun}."))
    outcome = "conflict" if a.conflicts else "unstated" if a.unstated else "said"
    assert outcome == verdict


@pytest.mark.parametrize("noun", ["obstacle", "risk", "weakness"])
@pytest.mark.parametrize("thing", ["its funding model", "the lack of staff"])
def test_one_of_a_kind_is_no_count(noun, thing):
    """ "One obstacle it faces is X" names an obstacle, no count of them: said where the sentence names X as an
    obstacle without counting; "the only obstacle" is a count, and "No one has assessed it" none at all."""
    source = f"The agency must grapple with {noun}s due to {thing}."
    assert not align(facts(f"One {noun} the agency must grapple with is {thing}."), facts(source)).unstated
    assert not [q for q in facts("No one has assessed the effect on safety.").quantities if q.kind == "count"]


@pytest.mark.parametrize(
    ("bounded", "found", "outcome"),
    [
        ("more than 400", "412", "said"),
        ("more than 400", "390", "conflict"),
        ("at least 400", "400", "said"),
        ("fewer than 400", "412", "conflict"),
        ("up to 400", "380", "said"),
        ("under 400", "400", "conflict"),
    ],
)
@pytest.mark.parametrize("noun", ["nurses", "teachers", "interpreters"])
def test_a_bound_one_way_is_said_by_a_number_within_it(bounded, found, outcome, noun):
    """ "more than 400 nurses" is said by "412 nurses" and contradicted by "390 nurses"; with two counts of the
    thing, one within and one not, which the claim means is not told."""
    a = align(
        facts(f"The scheme trained {bounded} {noun} in 2023."),
        facts(f"The scheme trained {found} {noun} in 2023."),
    )
    assert ("conflict" if a.conflicts else "unstated" if a.unstated else "said") == outcome
    two = facts(f"The scheme trained {found} {noun} in 2023 and 500 {noun} in 2021.")
    if outcome == "conflict" and bounded.startswith(("more", "at least")):
        assert not align(facts(f"The scheme trained {bounded} {noun}."), two).conflicts


@pytest.mark.parametrize(("claimed", "found"), [("January", "September"), ("March", "June"), ("May", "November")])
@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("The clinic opened in {c} 2022.", "The clinic, which opened in {f} 2022, has 40 beds."),
        ("The plan was adopted in {c} 2019.", "The plan was adopted on 4 {f} 2019 by the council."),
    ],
)
def test_another_month_of_the_same_year_for_the_same_act_conflicts(claimed, found, claim, source):
    """ "opened in January 2022" against "opened in September 2022": a date; a month of another act ("funded in
    May") is no rival, and the same month stated more precisely is said."""
    assert kinds(claim.format(c=claimed), source.format(f=found)) == {"date"}
    assert not kinds(claim.format(c=found), source.format(f=found))
    assert not kinds(
        claim.format(c=claimed).replace("2022", "2019"), f"The plan was adopted in 2019 and funded in {found} 2019."
    )


@pytest.mark.parametrize("noun", ["budget", "grant", "allocation", "loan"])
@pytest.mark.parametrize("act", ["had been spent", "was paid out", "had been disbursed"])
def test_a_sum_sizing_a_noun_is_no_rival_of_a_sum_given_in_another_act(noun, act):
    """ "the €6.8m budget" is not the "€5.2 million" that "had been spent"; another size of the noun is."""
    claim = f"Most of the €6.8 million {noun} {act} by 2023."
    assert "amount" not in kinds(claim, f"By 2023, €5.2 million {act}.")
    assert "amount" in kinds(claim, f"The {noun} was €7.5 million, and most of it {act} by 2023.")
    assert "amount" in kinds(f"The {noun} was €7.5 million.", f"The {noun} was €6.8 million.")


@pytest.mark.parametrize("sum_", ["€2.4 million", "€900,000"])
def test_a_sum_sizing_a_noun_named_by_the_act_is_the_act_sum(sum_):
    """ "a €3m contribution" is the sum "contributed": another sum conflicts, the same one is stated."""
    source = f"The fund contributed {sum_} to the scheme."
    assert "amount" in kinds("The fund made a €3 million contribution to the scheme.", source)
    assert align(facts(f"The fund made a {sum_} contribution to the scheme."), facts(source)).states_all


@pytest.mark.parametrize("bound", ["more than 400", "at least 400", "fewer than 400", "up to 400", "within 90"])
def test_the_same_bound_said_again_is_stated(bound):
    noun = "days" if bound.startswith("within") else "claims"
    claim = facts(f"The agency decided {bound} {noun} in 2023.")
    assert align(claim, facts(f"In 2023 the agency decided {bound} {noun}.")).states_all


@pytest.mark.parametrize(("said", "found"), [("under a year", "11 months"), ("over two years", "26 months")])
def test_a_bound_one_of_the_sentences_spans_meets_is_no_conflict(said, found):
    """ "under a year" of "11 months, against 26 months before": the claim may mean the one within it."""
    claim = f"The average wait was {said}."
    source = "The average wait fell to 11 months, less than half the 26-month baseline."
    assert "time_span" not in kinds(claim, source)


@pytest.mark.parametrize(("sum_", "other"), [("€500,000", "€900,000"), ("€1.2 million", "€2 million")])
def test_a_sum_sizing_a_noun_is_stated_by_the_same_sum_in_any_act(sum_, other):
    """ "The city's €500,000 contribution" of "the Foundation contributed €900,000 and the city provided €500,000"."""
    source = f"The Foundation contributed {other} and the city provided {sum_}."
    assert align(facts(f"The city's {sum_} contribution came out of its integration budget."), facts(source)).states_all


@pytest.mark.parametrize("noun", ["period", "duration"])
def test_a_period_of_a_span_is_the_span(noun):
    source = f"The scheme pairs newcomers with volunteers for a {noun} of one year."
    assert "time_span" in kinds("The scheme pairs newcomers with volunteers for six months.", source)


@pytest.mark.parametrize(
    ("frame", "said", "found"),
    [
        ("The margin averaged {v} in {y}.", "2.0%", "2.3%"),
        ("Outbound transfers reached {v} in {y}.", "€270 million", "€312 million"),
        ("The agency decided {v} claims in {y}.", "28,000", "31,900"),
    ],
)
def test_a_value_at_another_time_is_not_given(frame, said, found):
    """Another value in another year: the sentence does not give the claim's year, so neither conflicts; the same
    value in another year conflicts on the year, another value in the same year on the value."""
    source = frame.format(v=found, y=2023)
    assert not kinds(frame.format(v=said, y=2021), source) & {"year", "percent", "amount", "count"}
    assert kinds(frame.format(v=found, y=2021), source) & {"year", "percent", "amount", "count"} == {"year"}
    assert "year" not in kinds(frame.format(v=said, y=2023), source)
    assert kinds(frame.format(v=said, y=2023), source) & {"percent", "amount", "count"}


@pytest.mark.parametrize(
    ("noun", "stated"), [("competitive tender", "after a competitive tender"), ("visa", "with a visa")]
)
@pytest.mark.parametrize("verb", ["extended", "renewed", "granted"])
def test_without_a_thing_denies_it(noun, stated, verb):
    """ "extended without a competitive tender" against "extended after a competitive tender": a negation."""
    source = f"The contract was {verb} in 2022 without a {noun}."
    assert "negation" in kinds(f"The contract was {verb} in 2022 {stated}.", source)
    assert "negation" not in kinds(f"The contract was {verb} in 2022 without any {noun}.", source)


@pytest.mark.parametrize(("lacking", "quality"), [("transparency", "transparent"), ("clarity", "clear")])
@pytest.mark.parametrize("verb", ["lacked", "lacks"])
def test_lacking_a_quality_agrees_with_not_having_it(lacking, quality, verb):
    """ "lacked transparency" says what "not transparent" says; "was transparent" conflicts with both."""
    source = f"The Court judged the presentation of charges to be not {quality}."
    assert "negation" not in kinds(f"The presentation of charges {verb} {lacking}.", source)
    assert "negation" in kinds(f"The presentation of charges was {quality}.", source)


@pytest.mark.parametrize("title", ["Auditor-General", "Director", "Minister"])
@pytest.mark.parametrize("claimed", ["Lena Marchetti", "Maria Lopez"])
def test_a_person_under_the_title_of_another_is_a_rival(title, claimed):
    """ "under the authority of Auditor-General Lena Marchetti" against "led by audit director Tomasz Wierzba under
    the authority of Auditor-General Ingrid Solvang": the office has one holder in the sentence."""
    others = {"Auditor-General": "Ingrid Solvang", "Director": "Tomasz Wierzba", "Minister": "Amara Okonjo"}
    source = (
        "The audit was led by Director Tomasz Wierzba under the authority of Auditor-General Ingrid Solvang, "
        "and its report went to Minister Amara Okonjo."
    )
    found = align(facts(f"The audit was overseen by {title} {claimed}."), facts(source)).conflicts
    assert [(c.claim, c.source) for c in found if c.kind == "name"] == [(claimed, others[title])]


@pytest.mark.parametrize("verb", ["rose", "climbed", "grew", "fell"])
@pytest.mark.parametrize("extent", ["{p}", "by {p}"])
def test_the_extent_of_a_change_is_no_level(verb, extent):
    """ "costs climbed 59%" against "the ratio rose from 7.4% to 8.9%": the size of a change is no level; two
    extents of change still conflict."""
    claim = f"Administrative costs {verb} {extent.format(p='59%')} between 2020 and 2023."
    assert "percent" not in kinds(claim, "The administrative cost ratio rose from 7.4% to 8.9% between 2020 and 2023.")
    assert "percent" in kinds(claim, f"Administrative costs {verb} {extent.format(p='42%')} between 2020 and 2023.")


@pytest.mark.parametrize(
    ("period", "year", "conflicts"), [("2020–2023", 2022, False), ("2020–2023", 2023, False), ("2016–2018", 2021, True)]
)
def test_a_period_between_two_years_holds_the_years_within(period, year, conflicts):
    """ "six agreements during 2020–2023" against "the most recent in September 2022": a year within the period."""
    source = f"Six agreements were concluded, the most recent with Selvania in September {year}."
    assert ("year" in kinds(f"Six agreements were concluded during {period}.", source)) is conflicts


@pytest.mark.parametrize(("kind", "other"), [("outgoing", "incoming"), ("internal", "external"), ("public", "private")])
def test_opposite_kinds_of_a_thing_with_other_values_are_other_things(kind, other):
    """ "outbound transfers reached €312 million" against "inbound transfers reached €184 million": the inbound
    transfers' value says nothing of the outbound ones; with the same value, the kind is what conflicts."""
    claim = f"In 2023 {kind} transfers reached €312 million."
    assert not kinds(claim, f"In 2023 {other} transfers reached €184 million.")
    assert "antonym" in kinds(claim, f"In 2023 {other} transfers reached €312 million.")
    assert kinds("In 2023 transfers rose by 5%.", "In 2023 transfers fell by 8%.") >= {"antonym", "percent"}


@pytest.mark.parametrize("system", ["PortaLink", "the CaseNet system", "Project Atlas"])
def test_a_name_only_in_an_act_the_claim_does_not_tell_of_is_no_rival(system):
    """ "The MSIA's director expects times to fall" against "the agency expected times to fall once PortaLink is
    rolled out": PortaLink is what is rolled out, not whose director expects."""
    source = f"The director said that the agency expected processing times to fall below 100 days once {system} is rolled out."
    assert "name" not in kinds("The MSIA's director expects processing times to fall below 100 days.", source)


@pytest.mark.parametrize("value", ["€270 million", "€96.4 million"])
def test_a_sentence_giving_values_only_at_other_times_contradicts_none(value):
    """ "reached €270 million in 2021" against "held €96.4 million at 31 December 2023, against €71.9 million a
    year earlier": the sentence gives no value for 2021; with no year of its own it would."""
    claim = f"The fund reached {value} in 2021."
    source = "The fund held €96.4 million at 31 December 2023, compared with €71.9 million a year earlier."
    assert not kinds(claim, source) & {"amount", "year"}
    assert "amount" in kinds("The fund reached €270 million in 2021.", "The fund held €96.4 million.")


@pytest.mark.parametrize(
    ("limit", "within"), [("By 31 December 2023", "September 2023"), ("By the end of 2022", "2021")]
)
def test_a_time_limit_holds_the_times_before_it(limit, within):
    """ "By 31 December 2023, X had signed 23 agreements" is no other date for "signed one in September 2023"."""
    source = f"{limit}, the ministry had signed 23 agreements."
    assert not kinds(f"The ministry signed an agreement with Selvania in {within}.", source) & {"year", "date"}


@pytest.mark.parametrize(("said", "found"), [("2026", "2025"), ("March 2026", "June 2026")])
def test_another_deadline_conflicts(said, found):
    assert kinds(f"The Court asked for a cap by {said}.", f"The Court asked for a cap by {found}.") & {"year", "date"}


@pytest.mark.parametrize(("said", "found"), [("£5,000", "£7,500"), ("€250", "€400"), ("12 weeks", "16 weeks")])
@pytest.mark.parametrize("verb", ["pays", "offers", "covers"])
def test_another_cap_conflicts_another_lower_bound_does_not(said, found, verb):
    """ "pays up to £5,000" against "offers up to £7,500": a cap is a definite line, so another one conflicts;
    "more than £5,000" against "more than £7,500" denies nothing (both may hold)."""
    source = f"The resilience grant {verb} up to {found} per household for repairs."
    assert kinds(f"The resilience grant {verb} up to {said} per household.", source) & {"amount", "time_span", "count"}
    lower = f"The resilience grant {verb} more than {found} per household for repairs."
    assert not kinds(f"The resilience grant {verb} more than {said} per household.", lower) & {
        "amount",
        "time_span",
        "count",
    }


@pytest.mark.parametrize("verb", ["peaked", "were highest"])
def test_a_year_the_sentence_gives_a_value_of_is_not_the_claims_event_year(verb):
    """ "applications peaked in 2023" against "rose sharply in 2022 ... compared with 187 in 2021 and 430 in 2023":
    2023 is the year of a value, not of the rise the sentence tells of."""
    source = "Applications rose sharply in 2022, to 529, compared with 187 in 2021 and 430 in 2023."
    assert (
        align(
            facts(
                f"Applications {verb} in 2023.",
            ),
            facts(source),
        ).states_all
        is False
    )


# A document's defined name and the noun describing it (`language.descriptions`): "the fund" for "CHRF".
DESCRIBED = [
    ("CHRF", "Coastal Housing Repair Fund", "fund"),
    ("RLMP", "Regional Labour Mobility Programme", "programme"),
    ("ASR", "Agency for Skills Recognition", "agency"),
]
DESCRIBED_ACTS = [
    ("The {name} paid out {claim} million in grants.", "The {noun} paid out {source} million in grants."),
    (
        "The {name} was allocated {claim} million for three years.",
        "The {noun} was allocated {source} million for three years.",
    ),
    ("In 2023 the {name} trained {claim} workers.", "In 2023 the {noun} trained {source} workers."),
]


@pytest.mark.parametrize(("named", "act"), list(itertools.product(DESCRIBED, DESCRIBED_ACTS)))
@pytest.mark.parametrize("by_acronym", [True, False])
def test_a_sentence_whose_subject_is_the_noun_describing_a_defined_name_is_about_it(named, act, by_acronym):
    acronym, long, noun = named
    name = acronym if by_acronym else long
    described = {acronym: noun, long: noun}
    claim, source = act
    same = align(
        facts(claim.format(name=name, claim=12)), facts(source.format(noun=noun, source=12)), descriptions=described
    )
    assert same.states_all
    other = align(
        facts(claim.format(name=name, claim=12)), facts(source.format(noun=noun, source=19)), descriptions=described
    )
    assert {c.kind for c in other.conflicts} == {"count"}


@pytest.mark.parametrize(("named", "act"), list(itertools.product(DESCRIBED, DESCRIBED_ACTS)))
def test_without_its_documents_definition_or_with_another_noun_the_name_is_not_stated(named, act):
    acronym, long, noun = named
    claim, source = act
    said = facts(claim.format(name=acronym, claim=12))
    assert not align(said, facts(source.format(noun=noun, source=12))).states_all  # no definition: another thing
    elsewhere = {acronym: "council", long: "council"}
    assert not align(said, facts(source.format(noun=noun, source=12)), descriptions=elsewhere).states_all
    indefinite = (
        source.format(noun=noun, source=12).replace(f"The {noun}", f"A {noun}").replace(f"the {noun}", f"a {noun}")
    )
    assert not align(said, facts(indefinite), descriptions={acronym: noun}).states_all


RIVAL_SOURCES = [
    "The programme was allocated {total} for three years, including {part} from the {name}.",
    "Of the {total} raised, {part} came from the {name}.",
    "The {name} gave {part}, out of the {total} the scheme received.",
]
RIVAL_NAMES = ["Harbour Trust", "Nordic Fund for Decent Work", "Kestrel Foundation"]


@pytest.mark.parametrize("frame", RIVAL_SOURCES)
@pytest.mark.parametrize("name", RIVAL_NAMES)
@pytest.mark.parametrize(("total", "part", "claimed"), [("EUR 48.0 million", "EUR 6.0 million", "EUR 8.1 million")])
def test_the_conflicting_value_is_the_one_written_by_the_name_the_claim_gives(frame, name, total, part, claimed):
    """The deciding detail of a contradiction is the rival sum of the claim's party, not the first sum of the sentence."""
    source = facts(frame.format(total=total, part=part, name=name))
    conflicts = align(facts(f"The {name} contributed {claimed} to the programme."), source).conflicts
    assert [(c.claim, c.source) for c in conflicts if c.kind == "amount"] == [(claimed, part)]


# A document's title names what all of its sentences tell of: "Review of the Harbour Skills Programme in Norland".
SCENE_TITLES = [
    ("Third-Year Review of the Harbour Skills Programme (2021–2024)", "Harbour Skills Programme", "HSP"),
    ("Evaluation of the Kestrel Valley Tenancy Line", "Kestrel Valley Tenancy Line", "KVTL"),
    ("The Brennmoor Welcome Plan 2021–2024: Integrating Newly Arrived Residents", "Brennmoor", None),
]
SCENE_CLAIMS = [  # the name as a setting: a possessor, a circumstance, a modifier of the doer
    ("{name}'s advisers trained {n} workers in 2023.", "Advisers trained {n} workers in 2023."),
    ("Under the {name}, {n} workers were trained in 2023.", "In 2023, {n} workers were trained."),
    ("Turnover among {name} staff rose to {n}% in 2023.", "Turnover among staff rose to {n}% in 2023."),
]


@pytest.mark.parametrize(("title", "long", "acronym"), SCENE_TITLES)
@pytest.mark.parametrize(("claim", "source"), SCENE_CLAIMS)
def test_a_name_the_documents_title_gives_sets_the_scene_of_its_sentences(title, long, acronym, claim, source):
    for name in filter(None, (long, acronym)):
        said = facts(claim.format(name=name, n=19))
        assert align(said, facts(source.format(n=19)), about=(title,)).states_all, name
        assert not align(said, facts(source.format(n=19))).states_all  # without the title: unstated
        other = align(said, facts(source.format(n=23)), about=(title,))
        assert other.conflicts and not other.states_all


@pytest.mark.parametrize(("title", "long", "acronym"), SCENE_TITLES)
@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("The {name} trained {n} workers in 2023.", "Volunteers trained {n} workers in 2023."),
        ("In 2023, {n} workers were trained by the {name}.", "In 2023, {n} workers were trained by volunteers."),
    ],
)
def test_a_title_name_the_claim_makes_a_party_to_its_act_must_be_said(title, long, acronym, claim, source):
    """The doer or the thing done is no setting: "The DWIP recovered ..." needs a sentence saying who did."""
    for name in filter(None, (long, acronym)):
        assert not align(facts(claim.format(name=name, n=19)), facts(source.format(n=19)), about=(title,)).states_all


@pytest.mark.parametrize(("title", "long", "acronym"), SCENE_TITLES[:2])
def test_a_sentence_naming_a_rival_is_not_set_in_the_title(title, long, acronym):
    said = facts(f"Under the {long}, 19 workers were trained in 2023.")
    rival = facts("Under the Coastal Jobs Programme, 19 workers were trained in 2023.")
    assert not align(said, rival, about=(title,)).states_all
    assert not align(facts(f"Under the {long}, 19 workers were trained in 2023."), rival).states_all


@pytest.mark.parametrize(("first", "second"), [("€4.4 million", "€9.8 million"), ("$120,000", "$75,000")])
@pytest.mark.parametrize(
    "claim_frame",
    [
        "{a} came from the municipal budget and {b} from the Harbour Fund.",
        "Of the plan's budget, {a} came from the municipal budget and {b} from the Harbour Fund.",
    ],
)
def test_values_exchanged_between_two_clauses_conflict(first, second, claim_frame):
    source = facts(
        f"Of this amount, {second} came from the municipal budget and {first} was provided by the Harbour Fund."
    )
    swapped = align(facts(claim_frame.format(a=first, b=second)), source)
    assert "amount" in {c.kind for c in swapped.conflicts}
    assert not align(facts(claim_frame.format(a=second, b=first)), source).conflicts


@pytest.mark.parametrize(("title", "long", "acronym"), SCENE_TITLES)
def test_the_words_of_a_scene_setting_name_are_found_in_the_title(title, long, acronym):
    """A claim using every word of the sentence and the title's name covers the sentence's words in full."""
    for name in filter(None, (long, acronym)):
        said = facts(f"About 74% of all {name} complaints came through the helpline.")
        source = facts("About 74% of all complaints came through the helpline.")
        assert align(said, source, about=(title,)).coverage == 1.0
        assert align(said, source).coverage < 1.0


@pytest.mark.parametrize("bound", ["at least", "at most"])
@pytest.mark.parametrize(
    ("claim", "source"),
    [
        (
            "Unpaid wages were the most common violation, found in 31% of inspections.",
            "Inspectors found {bound} one violation in 61% of inspections, and unpaid wages in 31%.",
        ),
        (
            "The least used service was the helpline, with 12% of calls.",
            "The helpline took {bound} 12% of calls.",
        ),
    ],
)
def test_the_words_of_a_numbers_bound_are_no_degree_to_reverse(bound, claim, source):
    """ "at least one" bounds a count: it is no "least" against a claim's "most" (nor "most" against "least")."""
    conflicts = align(facts(claim), facts(source.format(bound=bound))).conflicts
    assert not [c for c in conflicts if c.kind == "antonym"]


SERIES_PERIODS = [("Year 1", "Year 3"), ("Q1 2023", "Q3 2023"), ("2021", "2023")]
SERIES_SOURCES = [  # a sentence giving two values at two times, and a claim giving one of them at one time
    (
        "Inspectors found a violation in {a} of inspections in {p} and in {b} of inspections in {q}.",
        "Inspectors found a violation in {v} of inspections in {t}.",
    ),
    ("The share of claims settled was {a} in {p} and {b} in {q}.", "The share of claims settled was {v} in {t}."),
]


@pytest.mark.parametrize(("p", "q"), SERIES_PERIODS)
@pytest.mark.parametrize(("source", "claim"), SERIES_SOURCES)
@pytest.mark.parametrize(("a", "b"), [("61%", "54%"), ("12%", "30%")])
def test_a_value_of_a_series_is_checked_at_the_time_the_claim_gives_it(p, q, source, claim, a, b):
    """ "61% in Year 3" against "61% in Year 1 and 54% in Year 3": the value of another time, a conflict."""
    said = facts(source.format(a=a, b=b, p=p, q=q))
    wrong = align(facts(claim.format(v=a, t=q)), said)
    assert [(c.claim, c.source) for c in wrong.conflicts if c.kind == "percent"] == [(a, b)]
    for value, time in ((b, q), (a, p)):  # each at its own time
        assert not [c for c in align(facts(claim.format(v=value, t=time)), said).conflicts if c.kind == "percent"]


RANKED_SOURCES = [  # a sentence giving two values to two items an ordinal ranks, the second's noun often left out
    ("The first {n} used {a} of the grant and the second {b}.", "The {o} {n} used {v} of the grant."),
    ("The first {n} used {a} of the grant, while the second {n} used {b}.", "The {o} {n} used {v} of the grant."),
    ("Spending rose by {a} in the first {n} and by {b} in the second.", "Spending rose by {v} in the {o} {n}."),
    (
        "In the first {n} the fund paid out {a}, and in the second {n} it paid out {b}.",
        "In the {o} {n} the fund paid out {v}.",
    ),
]


@pytest.mark.parametrize("noun", ["phase", "year", "quarter", "stage"])
@pytest.mark.parametrize(("source", "claim"), RANKED_SOURCES)
@pytest.mark.parametrize(("a", "b"), [("£2 million", "£3 million"), ("12%", "30%")])
def test_a_value_of_another_ranked_item_is_not_the_claims(noun, source, claim, a, b):
    """ "The first phase cost £3 million" against "The first phase cost £2 million and the second £3 million": the
    value of the second, a conflict (never a support); each item's own value is stated."""
    said = facts(source.format(n=noun, a=a, b=b))
    for value, other, place in ((b, a, "first"), (a, b, "second")):
        result = align(facts(claim.format(o=place, n=noun, v=value)), said)
        assert not result.states_all
        assert (value, other) in [(c.claim, c.source) for c in result.conflicts]
    for value, place in ((a, "first"), (b, "second")):
        assert align(facts(claim.format(o=place, n=noun, v=value)), said).states_all


@pytest.mark.parametrize(("low", "high"), [("174", "212"), ("1,200", "1,450")])
def test_values_given_before_their_dates_are_not_paired_in_order(low, high):
    """ "grew from 174 to 212 between the end of 2020 and the end of 2023": both values come before both dates,
    so neither is read as of the first date alone."""
    source = facts(f"Staff grew from {low} full-time equivalents at the end of 2020 to {high} at the end of 2023.")
    claim = facts(f"Staff grew from {low} to {high} full-time equivalents between the end of 2020 and the end of 2023.")
    assert not [c for c in align(claim, source).conflicts if c.kind == "count"]


CHANGED = [
    ("61%", "54%", "50%"),
    ("€8.50", "€9.10", "€9.60"),
    ("1,200", "3,400", "3,100"),
    ("€84 million", "€101 million", "€110 million"),
    ("£12.5m", "£9m", "£7m"),
]
CHANGE_FRAMES = [
    ("The share of {n} fell from {a} to {b} between 2022 and 2024.", "The share of {n} fell {ends}."),
    ("Between 2022 and 2024, the figure for {n} rose from {a} to {b}.", "The figure for {n} rose {ends}."),
]


@pytest.mark.parametrize(("low", "high", "other"), CHANGED)
@pytest.mark.parametrize("frames", CHANGE_FRAMES)
@pytest.mark.parametrize("noun", ["trained workers", "new tenants"])
def test_a_change_is_checked_end_by_end(low, high, other, frames, noun):
    """ "from 61% to 54%": a claim giving either end where it stands is stated; the ends swapped, or one end put
    at the other, conflict; another value at one end conflicts with the sentence's value at that end."""
    source_frame, claim_frame = frames
    source = facts(source_frame.format(n=noun, a=low, b=high))

    def check(ends: str):
        return align(facts(claim_frame.format(n=noun, ends=ends)), source)

    assert check(f"from {low} to {high}").states_all
    assert check(f"to {high}").states_all
    assert {c.kind for c in check(f"from {high} to {low}").conflicts} == {"role"}
    assert {c.kind for c in check(f"to {low}").conflicts} == {"role"}
    wrong = check(f"from {low} to {other}").conflicts
    assert [(c.claim, c.source) for c in wrong] == [(other, high)]


@pytest.mark.parametrize("period", ["between 2019 and 2022", "from 2019 to 2022", "in 2019-2022", "during 2019–2022"])
@pytest.mark.parametrize(
    ("source", "claim"),
    [
        ("Inspectors visited 310 farms {p}.", "Inspectors visited farms in {y}."),
        ("The office received 547 complaints {p}.", "The office received more complaints in {y} than before."),
    ],
)
def test_a_year_within_a_period_is_unstated_and_one_outside_it_conflicts(period, source, claim):
    """A period states no year inside it ("2021" of "between 2019 and 2022" is not said) and rules out those
    outside it."""
    found = facts(source.format(p=period))
    inside = align(facts(claim.format(y=2021)), found)
    assert not inside.conflicts and "2021" in [d.text for d in inside.unstated]
    assert [c.kind for c in align(facts(claim.format(y=2016)), found).conflicts] == ["year"]


@pytest.mark.parametrize("noun", ["complaints", "applications", "visits"])
@pytest.mark.parametrize("grade", ["more", "fewer"])
def test_a_comparison_is_stated_by_a_sentence_around_only_where_it_grades_the_same_word(noun, grade):
    """ "more complaints in 2024 than in 2023" is not stated by the sentence after one that says nothing of it,
    grading something else ("resolved more slowly"), and is by one grading the same noun."""
    claim = facts(f"The office received {grade} {noun} in 2024 than in 2023.")
    plain = facts(f"The office received {noun} in 2023 and in 2024.")
    elsewhere = facts(f"The office resolved {noun} {grade.replace('fewer', 'less')} slowly in 2024 than in 2023.")
    alike = facts(f"In 2024 the office received {grade} {noun} than in 2023.")

    def unstated(context):
        return {getattr(d, "label", "") for d in align(claim, plain, context=[context]).unstated}

    assert "DEGREE" in unstated(elsewhere)
    assert "DEGREE" not in unstated(alike)


NAMES_WITH_AND = [
    "the Ministry of Labour and Social Protection",
    "the Department of Health and Care",
    "the Office for Trade and Industry",
]


@pytest.mark.parametrize("name", NAMES_WITH_AND)
@pytest.mark.parametrize(("said", "conflicts"), [("two", False), ("three", True)])
def test_a_name_holding_and_is_one_item_of_a_list(name, said, conflicts):
    """ "X and the Ministry of Labour and Social Protection" lists two bodies, not three."""
    source = facts(f"The accord was signed in 2021 by two bodies, {name} and the Agency for Employment.")
    assert len(source.enumeration) == 2
    claim = facts(f"The accord was signed by {said} bodies.")
    assert ("count" in {c.kind for c in align(claim, source).conflicts}) is conflicts


@pytest.mark.parametrize(("claimed", "found"), [(2020, 2021), (2019, 2022)])
@pytest.mark.parametrize("count", ["two", "three"])
def test_a_count_the_sentence_does_not_give_leaves_the_acts_year_to_conflict(claimed, found, count):
    """ "The two ministries signed it in 2020" against "signed ... on 14 June 2021": the year of the signing
    conflicts; the count is no value of another time (the sentence counts nothing)."""
    source = facts(f"The memorandum was signed in the capital on 14 June {found} by the ministries.")
    claim = facts(f"The {count} ministries signed the memorandum in {claimed}.")
    assert "year" in {c.kind for c in align(claim, source).conflicts}


@pytest.mark.parametrize("noun", [("employer", "employers"), ("centre", "centres"), ("school", "schools")])
@pytest.mark.parametrize(
    "excepted",
    [
        "All but two {p} complied with the rule.",
        "All {p} except two complied with the rule.",
        "All but one of the {p} complied with the rule.",
    ],
)
@pytest.mark.parametrize(
    "universal",
    ["Every {s} complied with the rule.", "All {p} complied with the rule.", "Each {s} complied with the rule."],
)
def test_a_universal_against_one_with_an_exception_conflicts(noun, excepted, universal):
    """ "All but two employers complied" says not every employer did: "every employer complied" conflicts with
    it either way round; the exception restated is no conflict."""
    singular, plural = noun
    exception, every = facts(excepted.format(p=plural)), facts(universal.format(s=singular, p=plural))
    assert "antonym" in {c.kind for c in align(every, exception).conflicts}
    assert "antonym" in {c.kind for c in align(exception, every).conflicts}
    assert not align(exception, exception).conflicts


@pytest.mark.parametrize(
    ("denial", "act"),
    [
        ("are unlikely to be addressed through", "are addressed through"),
        ("were unable to be settled through", "were settled through"),
        ("proved impossible to resolve through", "were resolved through"),
    ],
)
@pytest.mark.parametrize("means", ["binding international law", "regional courts", "formal arbitration"])
def test_what_a_sentence_puts_under_an_adjective_of_impossibility_is_not_stated(denial, act, means):
    """ "gaps that are unlikely to be addressed through binding law" does not state that they are addressed
    through binding law, though most of the claim's words are outside the denial."""
    source = facts(f"The initiative offers a practical answer to regional gaps, which {denial} {means}.")
    claim = facts(f"The initiative's regional gaps {act} {means}.")
    assert not align(claim, source).states_all


@pytest.mark.parametrize("noun", ["xenophobia", "the housing shortage", "corruption"])
@pytest.mark.parametrize("denial", ["is not addressed", "is never tackled", "was not resolved"])
def test_the_subject_of_a_negated_clause_is_not_denied(noun, denial):
    """ "barriers will grow if xenophobia is not addressed" denies the addressing, not xenophobia: a claim naming
    xenophobia with its own negation ("left unaddressed") is not told only under the denial."""
    source = facts(f"Barriers will grow if {noun} {denial}.")
    assert not {w for w in source.denied} & set(facts(noun).lemmas)
    assert not align(facts(f"Barriers will grow if {noun} is left unaddressed."), source).hedged


@pytest.mark.parametrize(("done", "spared"), [("farms", "the Capital District"), ("schools", "the northern region")])
@pytest.mark.parametrize(("verb", "past"), [("visit", "visited"), ("inspect", "inspected"), ("audit", "audited")])
def test_an_act_denied_of_one_party_and_done_to_others_conflicts_only_for_that_party(done, spared, verb, past):
    """ "Auditors visited 42 farms; the Capital District was not visited": the claim that they visited the
    Capital District conflicts; that the farms they visited were well run does not."""
    source = facts(f"Auditors {past} 42 {done} in five regions; {spared} was not {past}.")
    assert "negation" in {c.kind for c in align(facts(f"Auditors {past} {spared}."), source).conflicts}
    told = facts(f"Three of the 42 {done} that auditors {past} had not been finished.")
    assert "negation" not in {c.kind for c in align(told, source).conflicts}
    assert align(facts(f"Auditors {past} 42 {done}."), source).states_all  # the clause before is not denied


@pytest.mark.parametrize("noun", ["monitoring", "inspection", "evaluation"])
def test_a_word_denied_twice_is_not_also_said_plainly(noun):
    """ "carried out no on-site monitoring ... and has still not adopted a monitoring plan": both mentions are
    under a negation, so "carried out on-site monitoring" conflicts."""
    source = facts(
        f"The office carried out no on-site {noun} of projects before 2023 and has still not adopted a {noun} plan."
    )
    claim = facts(f"The office carried out on-site {noun} of projects from the start.")
    assert "negation" in {c.kind for c in align(claim, source).conflicts}


@pytest.mark.parametrize("noun", ["a limit of", "an overall limit of"])
@pytest.mark.parametrize(("sum_", "other"), [("€250,000", "€500,000"), ("€8,000", "€3,000"), ("€40,000", "€90,000")])
@pytest.mark.parametrize(
    "frame",
    [
        "Each project could receive up to {s}.",
        "Grants of up to {s} per project were paid.",
        "The state paid up to {s} per project.",
    ],
)
def test_a_bound_claimed_against_a_limit_the_sentence_sets_must_be_that_limit(noun, sum_, other, frame):
    """ "up to €500,000 per project" against "up to a limit of €250,000 per project": another limit (however far
    the true one lies within the claimed bound), and "up to €250,000" states it."""
    source = facts(f"At launch, the state matched each euro raised, up to {noun} {sum_} per project.")
    assert align(facts(frame.format(s=sum_)), source).states_all
    wrong = align(facts(frame.format(s=other)), source)
    assert [c.source for c in wrong.conflicts] == [sum_]


@pytest.mark.parametrize(
    "around", ["The ratio was later raised to two euros for every euro.", "Projects raised €41,000 each."]
)
def test_a_value_around_within_a_claimed_bound_does_not_state_it_against_the_sentences_limit(around):
    """ "up to €500,000" against "up to a limit of €250,000" stays a conflict, whatever a sentence around gives
    within €500,000."""
    source = facts(
        "At launch, the state matched each euro raised with one euro, up to a limit of €250,000 per project."
    )
    claim = facts("At launch, the state matched each euro raised with one euro, up to €500,000 per project.")
    result = align(claim, source, 0, [facts(around)])
    assert [c.source for c in result.conflicts] == ["€250,000"]


@pytest.mark.parametrize(("verb", "thing"), [("signed", "memorandum"), ("adopted", "charter"), ("launched", "plan")])
@pytest.mark.parametrize(
    ("place", "when", "date"),
    [("Vendra", "mid-June 2021", "14 June 2021"), ("Osk", "early March 2022", "3 March 2022")],
)
def test_a_time_and_a_place_taken_by_one_preposition_are_no_traded_places(verb, thing, place, when, date):
    """ "signed in Vendra in mid-June 2021" against "signed in Vendra on 14 June 2021": "in mid-June" is a time, not
    a place the claim puts where the sentence puts Vendra."""
    claim = facts(f"The {thing} was {verb} in {place} in {when}.")
    source = facts(f"The programme was set up by a {thing} {verb} in {place} on {date} by the ministry.")
    assert not traded_places(claim, source)
    assert "role" not in kinds(
        f"The {thing} was {verb} in {place} in {when}.",
        f"The programme was set up by a {thing} {verb} in {place} on {date} by the ministry.",
    )


CHANGES = [  # (a sentence giving a change from one value to another, its subject, the change in per cent)
    ("The average wait fell from 48 days in 2022 to 24 days in 2024.", "The average wait", 50),
    ("Complaints about missing payments fell from 46 in 2023 to 12 in 2024.", "Complaints about missing payments", 74),
    ("Annual spending rose from €2.0 million in 2021 to €3.0 million in 2023.", "Annual spending", 50),
]


@pytest.mark.parametrize(("source", "subject", "change"), CHANGES)
@pytest.mark.parametrize(
    ("extent", "fits"),
    [
        ("by {c}%", True),
        ("by {w}%", False),
        ("by more than {lo}%", True),
        ("by less than {lo}%", False),
        ("by roughly {c}%", True),
    ],
)
def test_an_extent_of_change_is_checked_against_the_change_from_one_value_to_another(
    source, subject, change, extent, fits
):
    """ "fell by 74%" / "by more than half" of "fell from 46 to 12": the change is computed, the claim's extent fits
    it or the sentence's change conflicts with it."""
    verb = "rose" if "rose" in source else "fell"
    said = extent.format(c=change, w=change - 20, lo=change - 10)
    alignment = align(facts(f"{subject} {verb} {said} over the period."), facts(source))
    assert not [u for u in alignment.unstated if "%" in u.text]
    assert bool([c for c in alignment.conflicts if c.kind == "percent"]) is not fits


@pytest.mark.parametrize(
    ("words", "fits"), [("more than half", True), ("less than half", False), ("roughly three quarters", True)]
)
def test_a_share_in_words_sizes_a_change(words, fits):
    source = facts("Complaints about missing payments fell from 46 in 2023 to 12 in 2024.")
    alignment = align(facts(f"Complaints about missing payments were cut by {words} between 2023 and 2024."), source)
    assert alignment.states_all is fits


@pytest.mark.parametrize(
    ("act", "circumstance", "same"),
    [
        ("carried out the survey", "by telephone", "by phone"),
        ("paid the grants", "by cheque", "by check"),
        ("sent the payments", "through banks", "through banks"),
        ("trained the staff", "at its depot", "at its depot"),
    ],
)
def test_a_circumstance_the_claim_adds_to_the_act_is_not_stated(act, circumstance, same):
    """ "carried out the survey by telephone" against "carried out the survey in 2023": the sentence does not say
    how; a word of the same sense ("by phone") says it."""
    source = f"The agency {act} in 2023."
    found = align(facts(f"The agency {act} {circumstance}."), facts(source))
    assert not found.states_all and [d.label for d in found.unstated] == ["DETAIL"]
    assert align(facts(f"The agency {act} {circumstance}."), facts(f"The agency {act} {same} in 2023.")).states_all


@pytest.mark.parametrize(
    "circumstance", ["over the past two years", "during the first season", "with the Norvik Chamber of Commerce"]
)
def test_a_time_or_a_name_added_to_the_act_is_no_circumstance(circumstance):
    """Times are the dates' to check and names the names': neither is an added circumstance."""
    found = align(facts(f"The agency trained the staff {circumstance}."), facts("The agency trained the staff."))
    assert "DETAIL" not in {getattr(d, "label", "") for d in found.unstated}


@pytest.mark.parametrize(("noun", "verb"), [("budget", "allocated"), ("contract", "signed"), ("plan", "approved")])
def test_a_subject_its_determiner_negates_is_denied(noun, verb):
    """ "projects for which no budget had been allocated" denies the budget: "had no budget" agrees with it, and "had
    a budget" is not stated by it."""
    source = facts(f"By 2024 the office had funded 12 projects for which no {noun} had yet been {verb}.")
    assert not [c for c in align(facts(f"By 2024 the office had funded 12 projects with no {noun}."), source).conflicts]
    assert not align(
        facts(f"By 2024 the office had funded 12 projects whose {noun} had been {verb}."), source
    ).states_all


@pytest.mark.parametrize("way", ["above", "over", "below", "under"])
@pytest.mark.parametrize(
    ("line", "other"), [("€50,000", "€100,000"), ("5,000 euros", "8,000 euros"), ("€2 million", "€1 million")]
)
def test_a_line_drawn_between_things_is_a_value(way, line, other):
    """ "every payment above €50,000 must be co-signed" draws a line: another line conflicts ("above €100,000",
    either way of it), the same line states it."""
    source = f"Since 2022 every payment {way} {line} has to be co-signed by the Ministry of Finance."
    claim = f"Every payment {way} {{}} had to be co-signed by the Ministry of Finance."
    assert "amount" in kinds(claim.format(other), source)
    assert align(facts(claim.format(line)), facts(source)).states_all


@pytest.mark.parametrize("unit", ["months", "weeks", "years"])
@pytest.mark.parametrize(
    ("written", "same", "other"),
    [
        ("four to seven", "between four and seven", "between three and six"),
        ("3-5", "three to five", "two to four"),
        ("between two and three", "2-3", "one to three"),
    ],
)
def test_a_range_of_a_span_is_stated_by_the_same_range_only(unit, written, same, other):
    """ "contracts of four to seven months": the same range however written states it, another range conflicts;
    a length within it is not stated (the range gives no one length)."""
    source = f"The scheme offers seasonal contracts of {written} {unit} after a short training course."
    claim = "The scheme's seasonal contracts last {} " + unit + "."
    assert align(facts(claim.format(same)), facts(source)).states_all
    assert "time_span" in kinds(claim.format(other), source)
    inside = align(facts(claim.format("exactly " + written.replace("-", " to ").split()[-1])), facts(source))
    assert not inside.states_all


@pytest.mark.parametrize("group", ["returned workers", "surveyed households", "the members"])
@pytest.mark.parametrize(("share", "side"), [("57%", ">"), ("61 per cent", ">"), ("38%", "<"), ("12 per cent", "<")])
def test_a_majority_is_more_than_half(group, share, side):
    """ "a majority of returned workers" is more than half of them: 57% states it and 38% contradicts it; "a
    minority" the other way round."""
    source = f"In the survey, {share} of {group} said they had used their savings for housing."
    agreeing, other = ("majority", "minority") if side == ">" else ("minority", "majority")
    assert align(facts(f"A {agreeing} of {group} used their savings for housing."), facts(source)).states_all
    assert "percent" in kinds(f"A {other} of {group} used their savings for housing.", source)


@pytest.mark.parametrize(
    ("thing", "unit"), [("The average wait", "{} days"), ("Monthly fees", "€{}"), ("The annual budget", "€{} million")]
)
@pytest.mark.parametrize(
    ("claimed", "start", "end", "fits"),
    [
        ("halved", 48, 24, True),
        ("halved", 47, 21, True),
        ("was more than halved", 47, 21, True),
        ("halved", 20, 41, False),  # a rise
        ("doubled", 20, 41, True),
        ("has more than doubled", 20, 47, True),
        ("doubled", 48, 24, False),  # a fall
        ("tripled", 20, 41, False),
        ("was cut by more than half", 20, 47, False),  # a rise, however large
    ],
)
def test_a_change_by_a_multiple_is_checked_against_the_change_given(thing, unit, claimed, start, end, fits):
    """ "halved", "doubled", "more than halved" are extents of a change (50%, 100%, over 50%) going one way: they
    fit "fell from 47 to 21" or "rose from 20 to 41" only that way and near that size."""
    source = f"{thing} went from {unit.format(start)} in 2022 to {unit.format(end)} in 2024."
    source = source.replace("went", "fell" if end < start else "rose")
    found = align(facts(f"{thing} {claimed} between 2022 and 2024."), facts(source))
    assert found.states_all is fits


@pytest.mark.parametrize(("thing", "verb"), [("bonuses", "paid"), ("fines", "issued"), ("grants", "awarded")])
def test_no_things_agrees_with_a_count_of_zero(thing, verb):
    """ "No completion bonuses were paid in 2022" of "Completion bonuses paid: 0 in 2022, 138 in 2023": a count of
    zero says none; another year's count still conflicts."""
    source = f"Completion {thing} {verb} were 0 in 2022, 138 in 2023 and 268 in 2024."
    assert "negation" not in kinds(f"No completion {thing} were {verb} in 2022.", source)
    assert "negation" in kinds(
        f"No completion {thing} were {verb} in 2023.", f"Completion {thing} were {verb} in 2023."
    )


@pytest.mark.parametrize(
    ("bound", "inside", "outside"), [("more than a third", "37%", "30%"), ("more than half", "57%", "45%")]
)
def test_a_share_in_words_after_a_bound_and_an_article_is_bounded(bound, inside, outside):
    """ "more than a third of employers" is a bound past the article: 37% states it, 30% does not."""
    claim = f"{bound.capitalize()} of surveyed employers would have hired an apprentice anyway."
    source = "Of the employers surveyed, {} said they would have hired an apprentice even without the subsidy."
    assert align(facts(claim), facts(source.format(inside))).states_all
    assert not align(facts(claim), facts(source.format(outside))).states_all


@pytest.mark.parametrize(("body", "place"), [("IOM", "the UN"), ("UNHCR", "the system"), ("the agency", "the network")])
def test_a_verb_the_tagger_takes_for_part_of_a_name_still_states_the_act(body, place):
    """ "and shepherd IOM into the UN": the tagger may read the lower-case verb as part of the name; it is still the
    act "refused to shepherd IOM" denies."""
    source = f"States have been willing to negotiate resolutions and compacts, and shepherd {body} into {place}."
    assert "negation" in kinds(f"States refused to shepherd {body} into {place}.", source)


@pytest.mark.parametrize("thing", ["False alarms", "Complaints", "Missed collections"])
@pytest.mark.parametrize(("last", "conflicts"), [("1", True), ("0", False)])
def test_a_change_to_none_is_a_count_of_zero_at_its_time(thing, last, conflicts):
    """ "fell from 2 in 2022 to none in 2024": "none" counts zero in 2024, against a table's 2024 column."""
    rows = table_rows(["Indicator | 2022 | 2023 | 2024", f"{thing} | 2 | 1 | {last}"])
    said = facts(f"{thing} fell from 2 in 2022 to none in 2024.")
    alignment = align(said, rows[-1].facts)
    assert bool(alignment.conflicts) is conflicts
    assert alignment.states_all is not conflicts
    if conflicts:
        assert [(c.kind, c.claim, c.source) for c in alignment.conflicts] == [("count", "none", "1")]


@pytest.mark.parametrize(
    ("before", "dated"),
    [
        ("In the 2019 storm the first alert came less than 2 hours before the peak.", False),
        ("Her team was formed in 2019.", False),
        ("She has managed the service since 2019.", True),  # of the claim's act: it dates the claim
    ],
)
@pytest.mark.parametrize("person", ["Priya Raman", "Tomas Berg"])
def test_a_year_around_the_sentence_dates_the_claim_only_when_it_tells_of_the_claims_act(before, dated, person):
    said = facts(f"{person} has managed the Civil Contingencies Team since 2019.")
    source = facts(f"The system is operated by the council's Civil Contingencies Team under duty manager {person}.")
    alignment = align(said, source, context=[facts(before)])
    assert [q.text for q in alignment.unstated if getattr(q, "kind", "") == "year"] == ([] if dated else ["2019"])


@pytest.mark.parametrize("share", ["63%", "58%"])
def test_the_sentence_pointed_back_to_dates_the_claim(share):
    """ "Across those cohorts, 63% completed": the cohorts, and their years, are the sentence before's."""
    before = "Only the cohorts that started in 2021 and 2022 had reached their end date."
    source_text = f"Across those cohorts, {share} of apprentices completed."
    doc, split = parse(f"{before} {source_text}"), len(parse(before))
    context, source = analyse_span(doc[:split]), analyse_span(doc[split:])
    said = facts(f"Across the 2021 and 2022 cohorts, {share} of apprentices completed.")
    assert source.refers_back
    assert not align(said, source, context=[context]).unstated


@pytest.mark.parametrize(
    ("source", "first", "second", "nouns"),
    [
        (
            "By December 2024 the council had received {a} applications and approved {b} of them.",
            "received",
            "approved",
            "applications",
        ),
        ("The clinic received {a} referrals and accepted {b} of them.", "received", "accepted", "referrals"),
        ("The team inspected {a} sites and closed {b} of them.", "inspected", "closed", "sites"),
    ],
)
@pytest.mark.parametrize(("a", "b"), [("1,940", "1,115"), ("420", "310")])
def test_a_count_given_in_another_act_conflicts_with_that_acts_count(source, first, second, nouns, a, b):
    """Two values swapped between acts: "approved 1,940" where 1,940 were received and 1,115 approved."""
    said = facts(source.format(a=a, b=b))
    swapped = align(facts(f"The body {second} {a} {nouns}."), said)
    assert [(c.kind, c.claim, c.source) for c in swapped.conflicts] == [("count", a, b)]
    for verb, value in ((first, a), (second, b)):
        right = align(facts(f"The body {verb} {value} {nouns}."), said)
        assert not [c for c in right.conflicts if c.kind == "count"], (verb, value)


@pytest.mark.parametrize(("passed", "row", "conflicts"), [("390,000", "391,200", False), ("395,000", "391,200", True)])
@pytest.mark.parametrize("verb", ["passed", "topped", "exceeded"])
def test_a_value_passed_is_a_bound_against_the_true_one(passed, row, conflicts, verb):
    """ "Sessions passed 390,000 in 2024" of 391,200 then: stated; "passed 395,000": no."""
    rows = table_rows(["Indicator | 2022 | 2023 | 2024", f"Public wifi sessions | 212,000 | 268,500 | {row}"])
    alignment = align(facts(f"Public wifi sessions {verb} {passed} in 2024."), rows[-1].facts)
    assert bool(alignment.conflicts) is conflicts
    assert alignment.states_all is not conflicts


@pytest.mark.parametrize(
    ("change", "years", "states"),
    [
        ("more than doubled", "between 2022 and 2023", True),  # 8,150 -> 17,600: 116%
        ("roughly tripled", "between 2022 and 2024", True),  # 8,150 -> 24,900: 206%
        ("more than tripled", "between 2022 and 2023", False),
        ("halved", "between 2022 and 2024", False),  # a rise
        ("rose by about 40%", "from 2023 to 2024", True),  # 17,600 -> 24,900: 41%
    ],
)
@pytest.mark.parametrize("thing", ["Registered alert subscribers", "Library members"])
def test_a_change_between_two_years_is_checked_against_the_rows_columns(change, years, states, thing):
    rows = table_rows(["Indicator | 2022 | 2023 | 2024", f"{thing} | 8,150 | 17,600 | 24,900"])
    alignment = align(facts(f"{thing} {change} {years}."), rows[-1].facts)
    assert alignment.states_all is states
    assert bool(alignment.conflicts) is not states


@pytest.mark.parametrize(
    ("claim", "source", "stated"),
    [
        (
            "Few residents over 75 in flood-risk areas had registered by the end of 2024.",
            "Only 19% of residents aged over 75 in flood-risk areas had signed up by the end of 2024.",
            True,
        ),
        ("More than 400 nurses were hired.", "The board hired more than 400 nurses.", True),
        ("More than 400 nurses were hired.", "The board hired more than 400 doctors.", False),
        ("Fewer than 40 sites closed.", "Fewer than 30 sites closed.", False),
    ],
)
def test_the_same_bound_states_a_bound(claim, source, stated):
    """ "over 75" of "aged over 75": the sentence draws the same bound; of another thing or another value, no."""
    alignment = align(facts(claim), facts(source))
    bounded = [q for q in alignment.unstated if getattr(q, "bound", "")]
    assert (not bounded and not alignment.conflicts) is stated


@pytest.mark.parametrize("record", ["Ardmoor Gazette (1868-1952)", "Harbour Ledger (1901-1955)"])
@pytest.mark.parametrize("act", ["went online on 2 October 2024", "was put online in November 2024"])
def test_a_records_period_in_its_label_dates_no_act(record, act):
    """ "Ardmoor Gazette (1868-1952) | 4,380 issues | Complete" gives the paper's run: no date of its going online."""
    rows = table_rows(["Collection | Items | Pages or images | Status", f"{record} | 4,380 issues | 35,040 | Complete"])
    name = record.split(" (")[0]
    alignment = align(facts(f"The digitised {name} {act}."), rows[-1].facts)
    assert not alignment.conflicts
    period = align(facts(f"The {name} ran from 1850 to 1952."), rows[-1].facts)  # of the run itself: another period
    assert [c.kind for c in period.conflicts] == ["year"]


@pytest.mark.parametrize(("offset", "then"), [("a year earlier", "13,200"), ("two years previously", "9,850")])
@pytest.mark.parametrize("thing", ["Registered e-lending users", "Library members"])
def test_a_value_a_time_counted_back_from_the_claims_date_is_not_of_that_date(offset, then, thing):
    """ "grew to almost 18,000 in 2024, up from 13,200 a year earlier": 13,200 is of another year than 2024, so the
    row's 2024 value (17,940) does not deny it; a value the row gives in no year still conflicts."""
    row = table_rows(["Indicator | 2022 | 2023 | 2024", f"{thing} | 9,850 | 13,200 | 17,940"])[1]
    claim = f"{thing} grew to almost 18,000 in 2024, up from {then} {offset}."
    assert not align(facts(claim), row.facts).conflicts
    assert {"count"} <= {c.kind for c in align(facts(claim.replace(then, "12,000")), row.facts).conflicts}


CHANGES = [  # (claim with {by} and {way}, source going from one value to another)
    (
        "The average cost of a visit {way} by £{by} between 2021 and 2024.",
        "The average cost per visit fell from £186 in 2021 to £142 in 2024.",
        44,
        "dropped",
        "rose",
    ),
    (
        "Waiting lists {way} by {by} patients.",
        "Waiting lists grew from 1,250 patients in 2022 to 1,610 patients in 2024.",
        360,
        "grew",
        "shrank",
    ),
    (
        "Support for the scheme {way} by {by} percentage points.",
        "Support for the scheme rose from 54% in 2020 to 72% in 2024.",
        18,
        "rose",
        "fell",
    ),
]


@pytest.mark.parametrize(("claim", "source", "size", "way", "opposite"), CHANGES)
def test_an_extent_of_change_is_the_difference_of_the_values_the_change_goes_between(
    claim, source, size, way, opposite
):
    """ "dropped by £44" of "fell from £186 to £142": stated; "by £60": the sentence's difference conflicts; a change
    the other way conflicts too. Percentage points are the difference of two percentages."""
    assert align(facts(claim.format(way=way, by=size)), facts(source)).states_all
    wrong = align(facts(claim.format(way=way, by=size + 16)), facts(source))
    assert wrong.conflicts and str(size) in wrong.conflicts[0].source
    assert align(facts(claim.format(way=opposite, by=size)), facts(source)).conflicts


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        (
            "{place} had nine community paramedics at the end of 2024.",
            "The programme employed 38 community paramedics by the end of 2024.",
        ),
        (
            "The {place} Trust raised £1.5 million of the contribution.",
            "The programme cost £11.4 million, of which the charities raised £2.7 million.",
        ),
    ],
)
@pytest.mark.parametrize("place", ["Holloway Vale", "Kestrel Bay"])
def test_a_value_of_something_the_sentence_never_names_is_unstated_not_contradicted(claim, source, place):
    """The claim's value is of a named part the sentence never names: the sentence's value is of the whole (or of
    another part), so nothing conflicts; the claim's name and value are unstated."""
    alignment = align(facts(claim.format(place=place)), facts(source))
    assert not alignment.conflicts and alignment.unstated


@pytest.mark.parametrize(("site", "other"), [("Saltcote Levels", "Greyfleet Marsh"), ("Port Anselm", "Brennhaven")])
def test_another_places_value_conflicts_neither_in_name_nor_value(site, other):
    """ "Plant cover at A reached 30%" against "Plant cover at B rose to 47%": another place's value, no conflict; the
    same value at another place, or another value at the same place, conflicts."""
    source = facts(f"Plant cover at {other} rose from 12% in 2021 to 47% in 2024.")
    assert not align(facts(f"Plant cover at {site} reached 30% in 2024."), source).conflicts
    assert [c.kind for c in align(facts(f"Plant cover at {site} reached 47% in 2024."), source).conflicts] == ["name"]
    assert [c.kind for c in align(facts(f"Plant cover at {other} reached 30% in 2024."), source).conflicts] == [
        "percent"
    ]


@pytest.mark.parametrize("duration", ["11 days", "three weeks", "six months"])
def test_a_length_of_time_in_a_sentence_dates_none_of_its_values(duration):
    """ "... in January 2018, which flooded 640 homes and closed the railway for 11 days": 640 is not of the time
    "11 days"; the claim "flooded 640 homes in January 2018" is stated."""
    source = facts(
        "The 38 km stretch of coast was badly hit by Storm Elsbeth in January 2018, which flooded 640 homes and "
        f"closed the coastal railway for {duration}."
    )
    assert align(facts("Storm Elsbeth flooded 640 homes in January 2018."), source).states_all


@pytest.mark.parametrize(("statistic", "each"), [("an average of", "each"), ("a median of", "per patient")])
@pytest.mark.parametrize(("total", "noun"), [("46,000", "home visits"), ("1,200", "calls")])
def test_a_total_is_no_rival_to_an_average_and_an_average_is_to_an_average(statistic, each, total, noun):
    """ "Patients received 46,000 home visits" against "an average of 4.7 home visits each": an average is no total,
    nothing conflicts; "an average of 6" against it does."""
    source = facts(f"Patients received {statistic} 4.7 {noun} {each}.")
    assert not align(facts(f"Patients received {total} {noun} between them."), source).conflicts
    assert [c.kind for c in align(facts(f"Patients received {statistic} 6 {noun} {each}."), source).conflicts] == [
        "count"
    ]


@pytest.mark.parametrize(("said", "found"), [("Geneva", "New York"), ("Lisbon", "Kampala"), ("Bali", "Marrakesh")])
@pytest.mark.parametrize("year", [2016, 2018])
def test_the_same_year_of_a_renamed_thing_does_not_conflict_only_the_name_does(said, found, year):
    """ "the 2016 Geneva Declaration" against "the 2016 New York Declaration": the year is the declaration's in both;
    only the name conflicts (never "the documents say 2016, not 2016")."""
    claim = facts(f"Alongside the {year} {said} Declaration on Refugees, efforts are ongoing to advance two compacts.")
    source = facts(
        f"Most notable are the adoption of the {year} {found} Declaration on Refugees and ongoing efforts to advance two compacts."
    )
    assert [c.kind for c in align(claim, source).conflicts] == ["name"]


@pytest.mark.parametrize("said", ["two seasons", "three seasons"])
@pytest.mark.parametrize("verb", ["delayed planting", "set the harvest back"])
def test_a_season_is_a_length_of_time(said, verb):
    """ "delayed planting by two seasons" against "by a full season": a season is a unit of time (a quarter of a
    year), so the spans conflict; "by one season" is stated."""
    source = facts(f"The repairs cost €2.3 million and {verb} by a full season.")
    conflicts = align(facts(f"The repairs {verb} by {said}."), source).conflicts
    assert [c.kind for c in conflicts] == ["time_span"]
    assert not align(facts(f"The repairs {verb} by one season."), source).conflicts


@pytest.mark.parametrize(
    ("body", "other"), [("Security Council", "General Assembly"), ("Human Rights Council", "General Assembly")]
)
def test_a_claim_about_a_thing_the_sentence_names_conflicts_in_each_detail_it_changes(body, other):
    """ "The New York Declaration was adopted by the UN Security Council in 2018" against "the 2016 New York
    Declaration ... at the UN {other}": the sentence names what the claim is about, so both the other body and
    the other year conflict (unlike another place's value, where nothing anchors them)."""
    claim = facts(f"The New York Declaration was adopted by the UN {body} in 2018.")
    source = facts(f"Most notable is the adoption of the 2016 New York Declaration on Refugees at the UN {other}.")
    assert {c.kind for c in align(claim, source).conflicts} == {"name", "year"}


@pytest.mark.parametrize(
    ("a", "b"), [("Harrowby", "Kestermouth"), ("Norway", "Denmark"), ("The Alder Trust", "The Birch Foundation")]
)
@pytest.mark.parametrize(
    ("source", "claim", "mine", "theirs"),
    [
        (
            "{A} committed €9 million and {B} €6.5 million to the fund.",
            "{X} committed {v} to the fund.",
            "€9 million",
            "€6.5 million",
        ),
        ("{A} recruited 40 volunteers and {B} 25.", "{X} recruited {v} volunteers.", "40", "25"),
    ],
)
def test_a_value_another_party_gives_in_a_gapped_clause_conflicts(a, b, source, claim, mine, theirs):
    """ "A committed €9 million and B €6.5 million": "A committed €6.5 million" is B's sum given to A (a conflict
    with A's €9 million); each party's own sum is stated."""
    found = facts(source.format(A=a, B=b))
    assert align(facts(claim.format(X=a, v=mine)), found).states_all
    assert align(facts(claim.format(X=b, v=theirs)), found).states_all
    wrong = align(facts(claim.format(X=a, v=theirs)), found).conflicts
    assert [(c.claim, c.source) for c in wrong] == [(theirs, mine)]


@pytest.mark.parametrize("source_bound", ["no more than", "up to", "at most"])
@pytest.mark.parametrize("claim_bound", ["up to", "no more than", "not more than"])
@pytest.mark.parametrize(
    "frame",
    [
        "Each employer could hold {b} {n} subsidised apprentices at once.",
        "Households may claim {b} {n} vouchers a year.",
    ],
)
def test_a_cap_against_another_cap_conflicts(source_bound, claim_bound, frame):
    """ "up to three" against "no more than two": two caps on one thing, at different values."""
    source = facts(frame.format(b=source_bound, n="two"))
    wrong = align(facts(frame.format(b=claim_bound, n="three")), source)
    assert [c.kind for c in wrong.conflicts] == ["count"]
    assert not align(facts(frame.format(b=claim_bound, n="two")), source).conflicts


@pytest.mark.parametrize(
    ("said", "true"), [("45 minutes", "55 minutes"), ("2 hours", "3 hours"), ("30 seconds", "20 seconds")]
)
@pytest.mark.parametrize("frame", ["A typical visit lasted {}.", "The average call took {} in 2024."])
def test_a_length_in_minutes_conflicts_with_another(said, true, frame):
    source = facts(frame.format(true))
    assert [(c.claim, c.source) for c in align(facts(frame.format(said)), source).conflicts] == [(said, true)]
    assert align(facts(frame.format(true)), source).states_all


_PERIODS = [
    "The Harlow Digital Programme was a three-year scheme run by the council from April {a} to March {b}.",
    "The Harlow Digital Programme ran from {a} to {b}.",
    "The Harlow Digital Programme operated between {a} and {b} in four towns.",
    "The Harlow Digital Programme ({a}-{b}) was run by the council.",
]
_BEGINNINGS = ["began", "started", "commenced"]
_ENDINGS = ["ended", "finished", "was completed"]


@pytest.mark.parametrize("period", _PERIODS)
@pytest.mark.parametrize("verb", _BEGINNINGS + _ENDINGS)
@pytest.mark.parametrize(("first", "last"), [(2021, 2024), (2018, 2020)])
def test_a_beginning_or_an_end_is_dated_by_the_periods_end(period, verb, first, last):
    """ "The programme started in 2020" against "ran from April 2021 to March 2024": a verb of beginning is dated by
    the period's first year, one of ending by its last; the other end, or any year outside, conflicts."""
    source = facts(period.format(a=first, b=last))
    right, wrong = (first, last) if verb in _BEGINNINGS else (last, first)
    assert align(facts(f"The Harlow Digital Programme {verb} in {right}."), source).states_all
    for year in (wrong, first - 1, last + 1):
        conflicts = align(facts(f"The Harlow Digital Programme {verb} in {year}."), source).conflicts
        assert [c.kind for c in conflicts] == ["year"], year
        assert str(right) in conflicts[0].source and str(wrong) in conflicts[0].source


@pytest.mark.parametrize("verb", ["ran", "was reviewed", "was launched"])
def test_a_year_within_a_period_of_another_act_is_no_end_of_it(verb):
    """Only a beginning or an end is dated by a period's ends: "was reviewed in 2022" is not contradicted by "ran
    from 2021 to 2024" (a review may fall within it)."""
    result = align(
        facts(f"The Harlow Digital Programme {verb} in 2022."), facts("The programme ran from 2021 to 2024.")
    )
    assert not result.conflicts


def test_a_year_of_its_own_dates_a_beginning_within_a_period():
    """ "The pilot started in 2022" of "ran from 2021 to 2024, with a pilot that started in 2022": the pilot's own year."""
    source = facts("The programme ran from 2021 to 2024, with a pilot that started in 2022.")
    assert align(facts("The pilot started in 2022."), source).states_all


@pytest.mark.parametrize("noun", ["Round", "Phase", "Wave", "Stage"])
@pytest.mark.parametrize(("said", "found"), [(1, 2), (3, 2), (2, 1)])
@pytest.mark.parametrize(
    ("claim", "source"),
    [
        (
            "The {n} {a} evaluation surveyed 386 participants.",
            "{n} {b}, the final evaluation, was carried out in March 2024 and surveyed 386 participants.",
        ),
        (
            "In {n} {a}, 58% of borrowers used the device for public services.",
            "In {n} {b}, 58% of borrowers said they had used the device for public services.",
        ),
    ],
)
def test_a_value_of_another_numbered_item_is_not_the_claims(noun, said, found, claim, source):
    """ "The Round 1 evaluation surveyed 386" against "Round 2 ... surveyed 386": a number after a capitalised noun
    names one of a series (no count of it), so the value is another item's, never a support of the claim's."""
    result = align(facts(claim.format(n=noun, a=said)), facts(source.format(n=noun, b=found)))
    assert not result.states_all
    assert align(facts(claim.format(n=noun, a=said)), facts(source.format(n=noun, b=said))).states_all


@pytest.mark.parametrize("thing", ["Round 1 of the evaluation", "The first survey", "The interim review"])
@pytest.mark.parametrize("source_verb", ["was carried out", "was conducted", "ran"])
def test_taking_place_against_being_carried_out_is_no_swap_of_roles(thing, source_verb):
    """ "Round 1 took place in October 2022" against "Round 1 was carried out in October 2022": "place" is part of the
    verb ("take place"), no patient set against the source's."""
    claim = f"{thing} took place in October 2022."
    source = f"{thing}, the interim evaluation, {source_verb} in October 2022 and surveyed 212 participants."
    assert not align(facts(claim), facts(source)).conflicts


@pytest.mark.parametrize(
    ("ours", "theirs"), [("class completers", "device borrowers"), ("tenants", "landlords"), ("pupils", "teachers")]
)
@pytest.mark.parametrize(("said", "found"), [("About 40%", "19%"), ("62%", "48%")])
def test_a_share_of_another_whole_is_no_rival(ours, theirs, said, found):
    """ "About 40% of class completers borrowed a device" against "19% of device borrowers bought one": a share of
    other people says nothing of the claim's; a share of the same people, differing, conflicts."""
    claim = f"{said} of {ours} also took part in the survey."
    assert not align(facts(claim), facts(f"The survey found that {found} of {theirs} took part.")).conflicts
    conflicts = align(facts(claim), facts(f"The survey found that {found} of {ours} took part.")).conflicts
    assert [c.kind for c in conflicts] == ["percent"]


@pytest.mark.parametrize(("rank", "number"), [("second", 2), ("first", 1), ("third", 3)])
@pytest.mark.parametrize("noun", ["phase", "round", "stage"])
def test_an_ordinal_is_stated_by_the_number_of_its_item(rank, number, noun):
    """ "The second phase was delayed by four months" of "Phase 2 ... was delayed by four months": stated."""
    claim = f"The {rank} {noun} was delayed by four months."
    source = f"{noun.capitalize()} {number}, covering two towns, was delayed by four months."
    assert align(facts(claim), facts(source)).states_all
    other = f"{noun.capitalize()} {number % 3 + 1}, covering two towns, was delayed by four months."
    assert not align(facts(claim), facts(other)).states_all


@pytest.mark.parametrize(
    ("name", "noun"),
    [
        ("Connected Communities Programme", "programme"),
        ("Harlow Flood Fund", "fund"),
        ("Ashby Youth Project", "project"),
    ],
)
@pytest.mark.parametrize("act", ["was funded by the Northway Foundation", "employed 38 staff"])
def test_the_description_of_the_name_the_title_gives_is_that_name(name, noun, act):
    """ "The Connected Communities Programme was funded by X" against "The programme was funded by X" in a report
    titled "Connected Communities Programme: Final Evaluation Report": the title's name, by the noun heading it."""
    claim, source = facts(f"The {name} {act}."), facts(f"The {noun} {act}, and it met its target.")
    assert align(claim, source, about=[f"{name}: Final Evaluation Report, 2021-2024"]).states_all
    assert not align(claim, source, about=["Annual Report of the Northway Foundation"]).states_all


def test_a_time_limit_is_no_end_of_a_period():
    """ "By June 2025, 10.8 km had been finished" against "Phase 4 (2026-2027) is to finish the remaining 7.6 km": a
    limit the work met, not the end of that phase's period."""
    claim = facts("By June 2025, 10.8 km of the path had been finished.")
    source = facts("Phase 4 (2026-2027) is intended to finish the remaining 7.6 km of the path.")
    assert not [c for c in align(claim, source).conflicts if c.kind == "year"]


def test_another_of_a_series_outside_the_claims_slot_is_no_rival():
    """ "The Ministry contributed €20 million to Phase 3" against "A decision on Phase 4 funding is expected from the
    Ministry": Phase 4 fills no slot of the claim's act; unstated, not contradicted."""
    claim = facts("The Ministry of Environment contributed €20 million to Phase 3.")
    source = facts("A decision on Phase 4 funding is expected from the Ministry of Environment in early 2026.")
    assert not align(claim, source).conflicts


@pytest.mark.parametrize("noun", ["Round", "Wave", "Phase"])
def test_a_series_keyed_by_numbered_names_gives_each_value_its_item(noun):
    """ "Women made up 17% overall, rising from 12% of starts in Round 1 to 21% in Round 2": 12% is Round 1's, 21%
    Round 2's; "12% in Round 2" is not stated (17%, before the series, is no item's)."""
    source = facts(
        f"Women made up 17% of apprentices overall, rising from 12% of starts in {noun} 1 to 21% in {noun} 2."
    )
    assert align(facts(f"Women made up 21% of apprentice starts in {noun} 2."), source).states_all
    assert align(facts(f"Women made up 12% of apprentice starts in {noun} 1."), source).states_all
    assert not align(facts(f"Women made up 12% of apprentice starts in {noun} 2."), source).states_all


@pytest.mark.parametrize("noun", ["Round", "Wave", "Phase"])
def test_a_neighbour_about_another_numbered_item_states_nothing_of_the_claims(noun):
    """ "The Round 1 evaluation surveyed 386" against "Round 1 ... surveyed 212", the next sentence "Round 2 ...
    surveyed 386": the neighbour's 386 is Round 2's, so the claim's conflicts with Round 1's 212."""
    claim = facts(f"The {noun} 1 evaluation surveyed 386 participants.")
    source = facts(f"{noun} 1, the interim evaluation, was carried out in 2022 and surveyed 212 participants.")
    after = facts(f"{noun} 2, the final evaluation, was carried out in 2024 and surveyed 386 participants.")
    result = align(claim, source, context=[after])
    assert [c.kind for c in result.conflicts] == ["count"]


@pytest.mark.parametrize("noun", ["Round", "Wave", "Phase"])
def test_a_value_of_another_numbered_item_is_no_rival_of_the_claims(noun):
    """ "The Round 1 evaluation found 35% lacked skills" against "By Round 2 the share had fallen from 41% to 29%":
    the values of another item of the series; not stated, not contradicted."""
    claim = facts(f"The {noun} 1 evaluation found that 35% of adults lacked basic digital skills.")
    source = facts(f"By {noun} 2, the share of adults lacking basic digital skills had fallen from 41% to 29%.")
    result = align(claim, source)
    assert not result.conflicts and not result.states_all


@pytest.mark.parametrize("item", ["Round", "Wave", "Phase"])
@pytest.mark.parametrize(("verb", "first", "last"), [("rose", "52%", "71%"), ("fell", "38%", "22%")])
def test_the_value_a_change_reaches_is_no_extent_of_it(item, verb, first, last):
    """ "rose from 52% in Round 1 to 71% in Round 3" (the parser may take "to" for the number's modifier): 71% is where
    it went, not how far, so "rose from 52% to 71%" is stated; another end conflicts."""
    source = f"Satisfaction with the service {verb} from {first} in {item} 1 to {last} in {item} 3."
    assert kinds(f"Satisfaction with the service {verb} from {first} to {last}.", source) == set()
    assert "percent" in kinds(f"Satisfaction with the service {verb} from {first} to 90%.", source)


@pytest.mark.parametrize("noun", ["technicians", "nurses", "inspectors"])
@pytest.mark.parametrize("years", [(2020, 2023), (2017, 2019)])
def test_a_period_and_an_item_of_another_clause_key_no_series(noun, years):
    """ "grew from 18 to 31 technicians between 2020 and 2023, but vacancies remained in Phase 3": one date and one
    numbered item are no series pairing 31 with the period, so "Between 2020 and 2023 ... grew from 18 to 31" holds."""
    a, b = years
    source = f"The team grew from 18 to 31 {noun} between {a} and {b}, but vacancies remained hard to fill in Phase 3."
    assert kinds(f"Between {a} and {b} the team grew from 18 to 31 {noun}.", source) == set()
    assert "count" in kinds(f"Between {a} and {b} the team grew from 18 to 40 {noun}.", source)


@pytest.mark.parametrize("unit", ["days", "weeks", "hours"])
@pytest.mark.parametrize(("before", "after"), [("9.2", "3.5"), ("14", "9")])
def test_a_number_of_time_units_the_recogniser_left_out_is_a_span(unit, before, after):
    """ "fell from 9.2 days in 2020 to 3.5 days in 2024", where the recogniser gives "3.5" no label: a span of 3.5
    days, so "fell to 3.5 days by 2024" is stated and "to 5 days" is not."""
    source = f"The average time to repair a leak fell from {before} {unit} in 2020 to {after} {unit} in 2024."
    assert kinds(f"Repair times for leaks fell to {after} {unit} by 2024.", source) == set()
    assert "time_span" in kinds(f"Repair times for leaks fell to 5.5 {unit} by 2024.", source)


@pytest.mark.parametrize("item", ["Round", "Wave", "Phase"])
@pytest.mark.parametrize(
    ("claim", "conflicting"),
    [
        ("{i} 1 of the survey was carried out in November 2020 with 2,380 respondents.", True),
        ("{i} 1 of the survey was carried out in November 2020 with 1,450 respondents.", False),
        ("The survey's October 2024 round had 2,100 respondents.", True),
        ("{i} 2 had 2,100 respondents.", False),
    ],
)
def test_a_value_claimed_at_an_item_and_a_date_is_checked_by_either(item, claim, conflicting):
    """A series giving each value an item and a date ("Round 1 took place in November 2020 with 1,450 respondents,
    Round 2 in ..."): a claim naming an item, a date or one of each is checked at that time, never "stated" by a
    value of another round."""
    source = (
        f"{item} 1 took place in November 2020 with 1,450 respondents, {item} 2 in October 2022 with 2,100 "
        f"respondents, and {item} 3 in October 2024 with 2,380 respondents."
    )
    assert ("count" in kinds(claim.format(i=item), source)) is conflicting


SHARE_PARTIES = [
    ("Delays", "Poor workmanship"),
    ("Late payments", "Billing errors"),
    ("Staff shortages", "Bad weather"),
]


@pytest.mark.parametrize(("first", "second"), SHARE_PARTIES)
@pytest.mark.parametrize("verb", ["accounted for", "were behind", "caused", "made up"])
def test_a_share_another_party_has_conflicts_with_the_partys_own(first, second, verb):
    """ "Delays were behind 27% of complaints" against "Delays accounted for 38% of complaints, poor workmanship for
    27%": the share of one whole is its party's, in whatever words; the claim's share is another's."""
    source = f"{first} accounted for 38% of complaints, {second.lower()} for 27% and other causes for 35%."
    assert "percent" in kinds(f"{first} {verb} 27% of all complaints.", source)
    assert "percent" not in kinds(f"{first} {verb} 38% of all complaints.", source)
    assert "percent" not in kinds(f"{second} {verb} 27% of complaints.", source)


PURPOSES = [("training", "equipment"), ("insulation", "heat pumps"), ("staff", "travel")]


@pytest.mark.parametrize(("one", "other"), PURPOSES)
@pytest.mark.parametrize(
    ("source", "claim"),
    [
        ("The council set aside £2 million for {a} and £3 million for {b}.", "The council set aside {v} for {a}."),
        ("The fund paid £2 million for {a} and £3 million for {b}.", "The fund spent {v} on {a}."),
        ("Grants covered up to £2 million for {a} and up to £3 million for {b}.", "{A} grants were capped at {v}."),
    ],
)
def test_a_sum_the_sentence_gives_for_another_purpose_conflicts(one, other, source, claim):
    """ "£12,000 for a heat pump" is not what insulation grants are capped at, where the sentence gives insulation its
    own sum: what a sum is for is its "for" phrase, or in the claim the words of its party."""
    said = source.format(a=one, b=other)
    assert "amount" in kinds(claim.format(a=one, A=one.capitalize(), v="£3 million"), said)
    assert "amount" not in kinds(claim.format(a=one, A=one.capitalize(), v="£2 million"), said)


@pytest.mark.parametrize("noun", ["certified installers", "trained mentors", "registered clinics"])
@pytest.mark.parametrize(
    "source",
    [
        "There was a shortage of {n}, with only 14 in the region in 2022, although this rose to 37 by 2024.",
        "The region had 14 {n} in 2022 and 37 in 2024.",
    ],
)
def test_a_change_between_two_years_is_read_from_the_sentences_dated_values(noun, source):
    """ "more than doubled between 2022 and 2024" of "14 in 2022 ... rose to 37 by 2024": the values at the period's
    two ends give the change (164%), and the period itself is stated by them."""
    said = source.format(n=noun)
    for claim, verdict in [("more than doubled", set()), ("more than tripled", {"percent"}), ("halved", {"percent"})]:
        result = align(facts(f"The number of {noun} {claim} between 2022 and 2024."), facts(said))
        assert {c.kind for c in result.conflicts} == verdict
        assert not [q for q in result.unstated if getattr(q, "kind", "") == "year"]
    other = align(facts(f"The number of {noun} more than doubled between 2021 and 2024."), facts(said))
    assert not other.conflicts and other.unstated


@pytest.mark.parametrize("noun", ["installations", "heat pumps", "vehicles"])
def test_a_number_of_some_of_the_things_is_no_rival_to_a_number_of_all(noun):
    """ "46 of its installations had to be put right" neither states nor contradicts "it completed 380 installations"
    (all it did), and a part another party did ("Y installed 870 of the heat pumps") states no whole of X's."""
    source = f"The firm was removed in 2022, and 46 of its {noun} had to be put right."
    assert not kinds(f"The firm had completed 380 {noun} before it was removed.", source)
    result = align(facts(f"The firm completed 46 {noun}."), facts(source))
    assert not result.states_all
    assert align(facts(f"46 of its {noun} had to be put right."), facts(source)).states_all


@pytest.mark.parametrize(
    ("body", "thing", "named"),
    [
        ("Valdane Regional Council", "the grant fund", "the Valdane Warm Homes Fund"),
        ("Harrow City Council", "the housing trust", "the Harrow Housing Trust"),
        ("the Kestrel Ministry of Health", "the new programme", "the Kestrel Outreach Programme"),
    ],
)
def test_a_name_of_a_thing_the_claim_calls_by_its_noun_is_no_rival_of_another_name(body, thing, named):
    """ "Valdane Regional Council was the biggest contributor to the grant fund" against "All grants were paid from the
    Valdane Warm Homes Fund": the Fund is the claim's "grant fund", not a rival of the council, though they share a
    word; a name of the claim's own kind sharing that word still is one."""
    source = f"All grants were paid from {named}, which held £48.6 million in total."
    assert "name" not in kinds(f"{body[0].upper()}{body[1:]} was the biggest contributor to {thing}.", source)
    assert "name" in kinds(f"{body[0].upper()}{body[1:]} paid all grants.", f"All grants were paid by {named}.")


@pytest.mark.parametrize(
    ("kind", "value"), [("number", "rose to 37"), ("share", "rose to 37%"), ("proportion", "fell to 24%")]
)
@pytest.mark.parametrize("things", ["certified installers", "surveyed households", "trained mentors"])
def test_the_word_for_a_values_kind_is_the_values_to_check_not_a_word_to_find(kind, value, things):
    """ "The number of certified installers rose to 37": "number" says what kind of value 37 is; the sentence giving
    37 of the installers need not say "number" for the claim's words to be all found."""
    source = f"Only 14 {things} were active in 2022, although this {value} by 2024."
    assert align(facts(f"The {kind} of {things} {value} by 2024."), facts(source)).coverage == 1.0


@pytest.mark.parametrize(
    ("said", "source"), [("three", "from two to three apprentices"), ("40", "from 25 to 40 places")]
)
@pytest.mark.parametrize("verb", ["raised", "increased"])
def test_a_number_the_claim_says_of_nothing_is_stated_by_the_same_number(said, source, verb):
    """ "The limit was raised to three" against "raised the per-employer limit from two to three apprentices": the
    claim says no noun for its number; the sentence's same number states it."""
    result = align(
        facts(f"The limit per employer was {verb} to {said} in 2023."), facts(f"In 2023 it {verb} the limit {source}.")
    )
    assert result.states_all and not result.conflicts


@pytest.mark.parametrize(("series", "items"), [("rounds", "Round"), ("phases", "Phase"), ("waves", "Wave")])
def test_a_count_of_a_numbered_series_is_stated_by_as_many_items_named(series, items):
    """ "between the two rounds" of "12% in Round 1 and 21% in Round 2": two rounds named; "three rounds" is not said."""
    source = facts(f"Women made up 12% of starts in {items} 1 and 21% in {items} 2.")
    assert align(facts(f"The share of women rose between the two {series}."), source).states_all
    assert not align(facts(f"The share of women rose between the three {series}."), source).states_all


@pytest.mark.parametrize(
    ("whole", "part", "noun"),
    [("210", "186", "kilometres of mains"), ("38", "nine", "posts"), ("1,200", "950", "homes")],
)
@pytest.mark.parametrize("act", ["replaced", "inspected"])
@pytest.mark.parametrize("unit", [False, True])
def test_an_act_said_of_all_of_a_whole_conflicts_with_the_part_it_was_done_to(whole, part, noun, act, unit):
    """ "All 210 kilometres were replaced" against "186 of the 210 kilometres were replaced" (or "186 kilometres of
    the 210 kilometres"): the act was done to the part; the part said alone is stated, and a claim giving the whole
    another act ("planned to ...") is not contradicted."""
    written = f"{part} {noun.split()[0]}" if unit else part
    source = f"By 2024, {written} of the {whole} {noun} had been {act}."
    assert kinds(f"All {whole} {noun} had been {act} by 2024.", source) & {"count", "amount"}
    assert not kinds(f"By 2024, {part} {noun} had been {act}.", source)
    assert not kinds(f"The programme planned to have {whole} {noun} {act}.", source)


@pytest.mark.parametrize(
    ("act", "done", "place"),
    [
        ("Night buses", "were added to", "Route 9"),
        ("Two wardens", "were posted to", "Harbour Street"),
        ("The new meters", "were fitted in", "Kestrel Park"),
        ("Grants", "were paid to", "Linwood Council"),
    ],
)
@pytest.mark.parametrize(("noun", "said", "claimed"), [("Phase", 2, 3), ("Round", 1, 2), ("Wave", 3, 1)])
def test_an_item_of_a_series_after_a_name_times_the_act(act, done, place, noun, said, claimed):
    """ "Night buses were added to Route 9 in Phase 3" against "In Phase 2, night buses were added to Route 9": the
    phrase after a name is the act's (a name takes no restricting phrase), so the claim's item is a rival's."""
    source = f"In {noun} {said}, {act.lower()} {done} {place} and to the town centre."
    assert "name" in kinds(f"{act} {done} {place} in {noun} {claimed}.", source)
    assert align(facts(f"{act} {done} {place} in {noun} {said}."), facts(source)).states_all


@pytest.mark.parametrize(
    ("thing", "first", "then"),
    [
        ("The fare cap", "introduced", "extended"),
        ("The helpline", "opened", "expanded"),
        ("The loan scheme", "piloted", "reviewed"),
        ("The new timetable", "drafted", "adopted"),
    ],
)
@pytest.mark.parametrize("noun", ["Round", "Phase", "Wave"])
@pytest.mark.parametrize("ordinal", [False, True])
def test_the_item_of_a_series_timing_an_act_is_that_acts_own(thing, first, then, noun, ordinal):
    """ "The fare cap was introduced in the second round" (or "in Round 2") against "The fare cap was introduced in
    Round 1, and extended in Round 2": the sentence names Round 2, but as the time of another act."""
    source = f"{thing} was {first} in {noun} 1, and {then} in {noun} 2."
    second = f"the second {noun.lower()}" if ordinal else f"{noun} 2"
    assert "name" in kinds(f"{thing} was {first} in {second}.", source)
    assert align(facts(f"{thing} was {then} in {second}."), facts(source)).states_all
    first_item = f"the first {noun.lower()}" if ordinal else f"{noun} 1"
    assert align(facts(f"{thing} was {first} in {first_item}."), facts(source)).states_all
    # an item doing an act told as to come ("Round 3 will ...") is no rival of the item that did it
    assert "name" not in kinds(f"{noun} 3 will {then.removesuffix('ed').removesuffix('d')} {thing.lower()}.", source)


@pytest.mark.parametrize(
    ("first", "then", "thing", "done"),
    [
        ("widened the scheme", "added", "heat pumps", "added"),
        ("trained the staff", "opened", "two clinics", "opened"),
        ("ran for a year", "hired", "ten wardens", "hired"),
    ],
)
@pytest.mark.parametrize("noun", ["Phase", "Round", "Stage"])
def test_an_item_of_a_series_doing_an_act_times_it(first, then, thing, done, noun):
    """ "Phase 2 widened the scheme and added heat pumps": heat pumps were added in Phase 2 (in "the second phase"),
    not in Phase 3, whichever verb of the two the claim takes."""
    source = f"{noun} 2 {first} and {then} {thing}."
    assert "name" in kinds(f"{thing.capitalize()} were {done} in {noun} 3.", source)
    assert align(facts(f"{thing.capitalize()} were {done} in the second {noun.lower()}."), facts(source)).states_all


_ATTITUDES = ["plans to raise", "recommends raising", "has proposed raising", "hopes to raise", "decided to raise"]


@pytest.mark.parametrize("attitude", _ATTITUDES)
@pytest.mark.parametrize(
    ("party", "thing", "value"),
    [
        ("The council", "the parking fee", "£40"),
        ("The trust", "the income threshold", "£26,500"),
        ("The board", "the cap", "12%"),
    ],
)
def test_an_act_only_planned_or_proposed_does_not_state_it_done(attitude, party, thing, value):
    """ "The council raised the parking fee to £40" against "The council plans to raise the parking fee to £40": the
    sentence plans it, so the act as done is unstated; the plan itself is stated, and so is the act a sentence tells
    as done."""
    source = facts(f"{party} {attitude} {thing} to {value}.")
    for done in (f"{party} raised {thing} to {value}.", f"{thing[0].upper()}{thing[1:]} was raised to {value}."):
        alignment = align(facts(done), source)
        assert [e.label for e in alignment.unstated] == ["INTENDED"], done
        assert not alignment.conflicts
    assert align(facts(f"{party} {attitude} {thing} to {value}."), source).states_all
    assert align(facts(f"{party} raised {thing} to {value}."), facts(f"{party} raised {thing} to {value}.")).states_all
    reported = facts(f"The evaluators noted that {party.lower()} raised {thing} to {value}.")  # a fact reported
    assert not align(facts(f"{party} raised {thing} to {value}."), reported).unstated


@pytest.mark.parametrize(
    "act",
    [
        "The fault sent wrong bills to 900 customers",
        "The team visited 40 villages",
        "The works closed the road",
        "The contract was worth £6.3 million",
    ],
)
@pytest.mark.parametrize(("said", "claimed"), [("six weeks", "six months"), ("three years", "three months")])
def test_over_a_stretch_of_time_as_the_verbs_phrase_is_the_time_the_act_spans(act, said, claimed):
    """ "sent bills over six weeks" tells the six weeks the act went on for (no bound "more than six weeks"): "over a
    period of six months" conflicts, "for six weeks" is stated; "lasted over six weeks" still bounds."""
    source = f"{act} over {said}."
    assert "time_span" in kinds(f"{act} over a period of {claimed}.", source)
    assert align(facts(f"{act} for {said}."), facts(source)).states_all
    bound = [q for q in facts(f"The works lasted over {said}.").quantities if q.kind == "span"]
    assert [q.bound for q in bound] == [">"]


@pytest.mark.parametrize(
    ("party", "placed", "ranking"),
    [
        ("HVW", "rose to {} place out of eleven companies", "the regional league table"),
        ("The Tarsen clinic", "was ranked {} of the nine clinics", "the patient survey"),
        ("Northvale", "was placed {} among 14 councils", "the recycling table"),
    ],
)
@pytest.mark.parametrize(("said", "claimed"), [("fourth", "second"), ("first", "third")])
def test_another_place_in_the_same_ranking_conflicts(party, placed, ranking, said, claimed):
    """ "HVW was ranked second" against "In the 2024 league table, HVW rose to fourth place": one event, one place;
    the same place is stated."""
    source = f"In {ranking}, {party} {placed.format(said)}."
    assert "rank" in kinds(f"{party} was ranked {claimed} in {ranking}.", source)
    assert "rank" not in kinds(f"{party} was ranked {said} in {ranking}.", source)
    dated = f"In {ranking} of 2024, {party} {placed.format(said)}."
    assert "rank" in kinds(f"{party} was ranked {claimed} in {ranking} of 2024.", dated)
    assert "rank" not in kinds(f"{party} was ranked {claimed} in {ranking} of 2022.", dated)  # another year's
    assert "rank" not in kinds(
        f"The {claimed} report on {ranking} was published.", f"The {said} report on it was published."
    )


@pytest.mark.parametrize("firm", ["Tidewell Networks Ltd", "Corran Metering Group", "Ashby Civil Partners"])
@pytest.mark.parametrize(("done", "things"), [("installed", "meters"), ("repaired", "pipes"), ("supplied", "valves")])
def test_a_firm_doing_an_act_to_a_bare_plural_is_its_doer(firm, done, things):
    """ "Tidewell Networks Ltd installed meters in Phases 1 and 2" (the parser reads "installed meters" as a noun
    phrase, as in "installed capacity"): Tidewell did it, so another firm doing it conflicts."""
    source = f"{firm} {done} {things} in Phases 1 and 2."
    assert "name" in kinds(f"Sensora Analytics {done} the {things} in Phases 1 and 2.", source)
    assert align(facts(f"{firm} {done} the {things}."), facts(source)).states_all


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("The Westgate depot recorded 18,000 visits in {y}.", "The Westgate depot recorded 18,000 visits."),
        ("In {y} the trust met its savings target.", "The savings target was met, mainly through vacant posts."),
        ("The county council was the largest funder in {y}.", "The county council remained the largest funder."),
    ],
)
def test_a_year_the_headings_set_is_stated_by_a_sentence_giving_none(claim, source):
    """A sentence of "Annual Review 2024" (`period`) that gives no year states a claim's 2024; never another year, and
    it contradicts none: what it tells may hold of other years too."""
    framed = align(facts(claim.format(y=2024)), facts(source), period=2024)
    assert framed.states_all
    other = align(facts(claim.format(y=2022)), facts(source), period=2024)
    assert not other.conflicts and [d.text for d in other.unstated] == ["2022"]
    assert [d.text for d in align(facts(claim.format(y=2024)), facts(source)).unstated] == ["2024"]


@pytest.mark.parametrize("thing", ["General reserves", "The waiting list", "Average rent"])
@pytest.mark.parametrize(
    ("source", "claim", "conflicts"),
    [
        ("{t} stood at £{a} at the end of the year, down from £{b}.", "{t} rose to £{b} by the end of the year.", True),
        ("{t} stood at £{a} at the end of the year, down from £{b}.", "{t} fell from £{b} to £{a}.", False),
        ("{t} stood at £{a} at the end of the year, down from £{b}.", "{t} fell to £{a}.", False),
        ("{t} reached £{b} in March, up from £{a}.", "{t} grew from £{b}.", True),
        ("{t} reached £{b} in March, up from £{a}.", "{t} grew to £{b}.", False),
    ],
)
def test_a_value_put_at_the_other_end_of_a_path_conflicts(thing, source, claim, conflicts):
    """ "rose to £1.31 million" against "stood at £1.12 million, down from £1.31 million": the claim's end is where
    the sentence's change came from; its value is the sentence's other one."""
    values = {"a": "1.12 million", "b": "1.31 million"}
    found = align(facts(claim.format(t=thing, **values)), facts(source.format(t=thing, **values)))
    assert bool(found.conflicts) is conflicts
    assert conflicts or found.states_all


@pytest.mark.parametrize(("mine", "other"), [("Kestrel", "Heron"), ("Osprey", "Curlew")])
@pytest.mark.parametrize(("value", "unit"), [("81", " per cent"), ("64", "%")])
def test_a_value_the_sentence_gives_another_party_is_not_the_unnamed_one_s(mine, other, value, unit):
    """ "The Kestrel completed 98 per cent" against "it completed only 81 per cent of its stops, while the Heron
    completed 98 per cent": 98 per cent is the Heron's; the act's one value of no named party, the claim's party's."""
    source = f"As a result it completed only {value}{unit} of its stops, while the {other} completed 98{unit}."
    found = align(facts(f"The {mine} completed 98{unit} of its stops."), facts(source))
    assert [(c.claim, c.source) for c in found.conflicts] == [(f"98{unit}", f"only {value}{unit}")]
    assert align(facts(f"The {other} completed 98{unit} of its stops."), facts(source)).states_all


@pytest.mark.parametrize(
    ("source", "extent", "other"),
    [
        ("At the end of 2024 the trust employed {a} staff, compared with {b} staff a year earlier.", "nine", "twelve"),
        ("The ward had {a} beds in March, against {b} beds in January.", "nine", "four"),
        ("Waiting times went from 8.9 days in March to 7.2 days in June.", "1.7 days", "2.5 days"),
        ("The final cost was £4.83 million, more than the £4.2 million first approved.", "£630,000", "£800,000"),
    ],
)
@pytest.mark.parametrize("verb", ["fell", "dropped", "changed"])
def test_an_extent_of_change_is_stated_by_the_difference_of_two_values_of_one_thing(source, extent, other, verb):
    """ "fell by nine" of "142 staff, compared with 151 staff a year earlier": the extent is the difference of the two
    values the sentence gives of one thing; another extent is not stated (nor contradicted: the sentence gives none)."""
    said = source.format(a=142, b=151)
    thing = "The number" if "£" not in extent else "The cost"
    assert align(facts(f"{thing} {verb} by {extent}."), facts(said)).states_all
    assert not align(facts(f"{thing} {verb} by {other}."), facts(said)).states_all


@pytest.mark.parametrize(
    ("source", "claim"),
    [
        ("The archive holds newspapers published between {a} and {b}.", "The archive holds newspapers published {p}."),
        ("The scheme ran from {a} to {b} in three districts.", "The scheme ran {p} in three districts."),
        ("Surveys were carried out between {a} and {b}.", "Surveys were carried out {p}."),
    ],
)
@pytest.mark.parametrize("way", ["between {a} and {b}", "from {a} to {b}"])
def test_a_period_is_stated_only_by_a_period_with_the_same_ends(source, claim, way):
    """ "published between 1850 and 1900" against "published between 1850 and 1950": one end differs, so the
    period conflicts; with both ends the same, it is stated, however written."""
    said = facts(source.format(a=1850, b=1950))
    assert align(facts(claim.format(p=way.format(a=1850, b=1950))), said).states_all
    for a, b in [(1850, 1900), (1820, 1950)]:
        assert {c.kind for c in align(facts(claim.format(p=way.format(a=a, b=b))), said).conflicts} == {"year"}


@pytest.mark.parametrize(
    ("owner", "thing"), [("the University of Harrowdale", "Read Ready"), ("the Audit Office", "the scheme")]
)
@pytest.mark.parametrize("noun", ["evaluation", "review", "audit"])
def test_a_possessor_and_an_of_phrase_fill_one_slot_so_nothing_is_swapped(owner, thing, noun):
    """ "the University's evaluation of Read Ready" against "an evaluation ... of the University": "X's evaluation" and
    "the evaluation of X" fill one slot, so the claim puts nothing where the source has the other."""
    claim = facts(f"{owner[0].upper() + owner[1:]}'s {noun} of {thing} was paid for by the Lindqvist Fund.")
    source = facts(f"The {noun} of {owner} found that pupils gained four months.")
    traded = [c for c in align(claim, source).conflicts if c.kind == "role"]
    assert not traded, traded


@pytest.mark.parametrize(("then", "now"), [("89.4%", "87.3%"), ("61%", "54%")])
@pytest.mark.parametrize("target", ["90%", "75%"])
def test_an_undated_value_beside_earlier_dated_ones_is_of_the_later_time_asked(then, now, target):
    """ "fell from 89.4% in 2022–23 to 87.3%, missing the 90% target" for a claim "in 2023–24": the sentence's undated
    values (the target, the new rate) are the later time's, so they are compared as any."""
    source = facts(f"Punctuality fell from {then} in 2022–23 to {now}, missing the {target} target again.")
    found = align(facts(f"Punctuality stood at {now} against a {target} target in 2023–24."), source)
    assert [d.text for d in found.unstated] == ["2023–24"]
    wrong = align(facts(f"Punctuality stood at 80.5% against a {target} target in 2023–24."), source)
    assert "80.5%" in [d.text for d in wrong.unstated] + [c.claim for c in wrong.conflicts]


@pytest.mark.parametrize("verb", ["supplied", "delivered", "built"])
@pytest.mark.parametrize(("made", "due"), [(12, 20), (31, 40)])
def test_n_fewer_than_due_is_the_difference_of_the_two_values_not_a_count_against_them(verb, made, due):
    """ "supplied eight fewer buses than it was supposed to" against "delivered 12 of the 20 buses it was due to
    supply": eight is the difference of the two, no count of buses set against 20."""
    source = facts(f"Calderon Bus Works delivered {made} of the {due} buses it was due to supply.")
    claim = facts(f"Calderon Bus Works {verb} {due - made} fewer buses than it was supposed to.")
    assert not align(claim, source).conflicts


@pytest.mark.parametrize(("acronym", "noun"), [("OVTA", "Authority"), ("HRLP", "Partnership"), ("NFSB", "Board")])
@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("{a} ran 46 bus routes in 2024.", "In 2024 the {n} ran 46 bus routes and 5 tram lines."),
        ("{a} cancelled the extension in December 2023.", "The {n} cancelled the extension in December 2023."),
    ],
)
def test_a_capitalised_description_stands_for_the_name_it_describes(acronym, noun, claim, source):
    """ "the Authority ran 46 bus routes" in a document defining "the Orvenna Valley Transport Authority (OVTA)":
    "the Authority", capitalised or not, is the definite description of OVTA, so it states the claim's name."""
    found = align(facts(claim.format(a=acronym)), facts(source.format(n=noun)), descriptions={acronym: noun.lower()})
    assert found.states_all, found.unstated


@pytest.mark.parametrize(("said", "found"), [(2030, 2028), (2026, 2027)])
@pytest.mark.parametrize("bound", ["by the end of {y}", "by {y}", "before the end of {y}"])
@pytest.mark.parametrize("verb", ["make the whole fleet electric", "convert the fleet to electric buses"])
def test_a_deadline_is_set_against_the_sentences_deadline_not_its_other_years(said, found, bound, verb):
    """ "by the end of 2030" against "launched in 2021, aims to convert the fleet by the end of 2028": the deadline
    conflicts with the sentence's deadline; the launch year, before either, says nothing of it."""
    source = facts(
        f"The programme, launched in 2019, aims to convert the fleet to electric buses {bound.format(y=found)}."
    )
    conflicts = align(facts(f"The programme aims to {verb} {bound.format(y=said)}."), source).conflicts
    assert [c.kind for c in conflicts] == ["year"]
    assert align(facts(f"The programme aims to {verb} {bound.format(y=found)}."), source).conflicts == []


@pytest.mark.parametrize(
    ("kind", "noun"), [("passengers", "people"), ("residents", "people"), ("teachers", "people"), ("women", "people")]
)
@pytest.mark.parametrize("verb", ["interviewed"])
def test_in_the_claims_act_a_count_of_a_kind_of_its_noun_is_a_count_of_it(kind, noun, verb):
    """ "interviewed 4,620 people" against "with 6,420 passengers interviewed": in the same act, passengers are the
    people counted, so the counts conflict; a count of another kind ("drivers") is not stated."""
    source = facts(f"The survey ran for six weeks, with 6,420 {kind} {verb} on board vehicles and at stops.")
    assert [c.kind for c in align(facts(f"The survey {verb} 4,620 {noun}."), source).conflicts] == ["count"]
    assert align(facts(f"The survey {verb} 6,420 {noun}."), source).states_all


@pytest.mark.parametrize(("whole", "part"), [("14.7 million crowns", "11.2 million crowns"), ("€820,000", "€610,000")])
@pytest.mark.parametrize("said", ["was put at", "came to", "was estimated at"])
def test_a_value_given_with_no_party_beside_the_claims_partys_own_is_not_its_partys(whole, part, said):
    """ "The total cost was put at 11.2 million" against "The total cost is estimated at 14.7 million, of which 11.2
    million has been recovered": 11.2 million is what was recovered; the cost's own value conflicts."""
    source = facts(f"The total cost of the fire is estimated at {whole}, of which {part} has been recovered.")
    conflicts = align(facts(f"The total cost of the fire {said} {part}."), source).conflicts
    assert [(c.claim, c.source) for c in conflicts] == [(part.split(" crowns")[0], whole.split(" crowns")[0])]


@pytest.mark.parametrize(("place", "ordinal"), [(2, "second"), (3, "third")])
@pytest.mark.parametrize(("grade", "noun"), [("largest", "depot"), ("lowest", "cost per visit"), ("busiest", "branch")])
def test_a_hyphenated_ordinal_places_its_superlative(place, ordinal, grade, noun):
    """ "the Authority's second-largest bus depot" ranks second, so "the largest depot" conflicts with it."""
    source = facts(f"A fire broke out at Kestel Road, the Authority's {ordinal}-{grade} {noun}.")
    assert [r.place for r in source.ranks] == [place]
    assert "rank" in {c.kind for c in align(facts(f"Kestel Road is the {grade} {noun}."), source).conflicts}


@pytest.mark.parametrize("verb", ["visited", "surveyed", "inspected"])
@pytest.mark.parametrize(("part", "whole"), [(23, 41), (9, 38)])
def test_all_of_a_whole_conflicts_with_the_part_the_act_was_done_to(verb, part, whole):
    """ "visited all 41 communities" against "visited 23 of the 41 communities" (where the parser tags "all" as a
    pronoun): the act was done to a part, so the claim's whole conflicts."""
    source = facts(f"The team {verb} {part} of the {whole} communities targeted by the programme.")
    claim = facts(f"The team {verb} all {whole} communities targeted by the programme.")
    assert [(c.claim, c.source) for c in align(claim, source).conflicts] == [(str(whole), str(part))]


# Verbs WordNet defines as not doing another ("deny": "refuse to grant"; "miss": "fail to reach"), and pairs it
# defines nothing of the kind between.
DEFINED_AGAINST = [
    ("refuse", "grant"),
    ("deny", "allow"),
    ("miss", "reach"),
    ("exclude", "include"),
    ("withhold", "share"),
    ("ignore", "acknowledge"),
    ("lose", "keep"),
    ("veto", "endorse"),
    ("miss", "attend"),
]
NOT_DEFINED_AGAINST = [("deny", "request"), ("miss", "visit"), ("fail", "get"), ("refuse", "ask"), ("lose", "spend")]


@pytest.mark.parametrize(("a", "b"), DEFINED_AGAINST)
def test_a_verb_defined_as_not_doing_another_opposes_it(a, b):
    assert lexicon.opposed(a, b) and lexicon.opposed(b, a)


@pytest.mark.parametrize(("a", "b"), NOT_DEFINED_AGAINST)
def test_a_verb_defined_as_not_doing_one_act_does_not_oppose_another(a, b):
    assert not (lexicon.opposed(a, b) or lexicon.opposed(b, a))


DONE_AND_UNDONE = [
    ("The {body} granted {thing} in {month}.", "The {body} refused {thing}."),
    ("The {body} refused {thing} in {month}.", "The {body} granted {thing}."),
    ("The {body} denied {thing} in {month}.", "The {body} allowed {thing}."),
    ("The {body} included {thing} in the {month} budget.", "The {body} excluded {thing} from the budget."),
    ("The {body} withheld {thing} in {month}.", "The {body} shared {thing}."),
]
PARTIES = [("council", "planning permission"), ("ministry", "the licence"), ("board", "the extra funding")]


@pytest.mark.parametrize(
    ("event", "party", "month"), list(itertools.product(DONE_AND_UNDONE, PARTIES, ["May", "October"]))
)
def test_an_act_claimed_where_the_sentence_tells_its_undoing_conflicts(event, party, month):
    """ "The council refused planning permission" against "The council granted planning permission in May": an act
    and the act WordNet defines as not doing it, on the same thing by the same body."""
    body, thing = party
    source, claim = (e.format(body=body, thing=thing, month=month) for e in event)
    assert "antonym" in kinds(claim, source)
    assert "antonym" not in kinds(source, source)


# Where a thing stands against a reference: each wording of one way, then of the other.
ABOVE = [
    "{thing} ran {n} per cent over its {ref}.",
    "{thing} exceeded its {ref} by {n} per cent.",
    "{thing} came in {n} per cent above its {ref}.",
    "{thing} overran its {ref} by {n} per cent.",
]
BELOW = [
    "{thing} came in {n} per cent under its {ref}.",
    "{thing} cost {n} per cent less, finishing below its {ref}.",
    "{thing} missed its {ref} by {n} per cent.",
    "{thing} fell {n} per cent short of its {ref}.",
]
THINGS = [("The bridge repair", "budget"), ("Bus punctuality", "target"), ("The Eastgate depot", "forecast")]


@pytest.mark.parametrize(("above", "below", "thing"), list(itertools.product(ABOVE, BELOW, THINGS))[::2])
def test_a_thing_set_the_other_way_against_its_reference_conflicts(above, below, thing):
    """ "overran its budget by 18 per cent" against "18 per cent below its budget": one reference, two ways."""
    name, ref = thing
    over, under = above.format(thing=name, ref=ref, n=18), below.format(thing=name, ref=ref, n=18)
    assert "antonym" in kinds(over, under) and "antonym" in kinds(under, over)
    assert "antonym" not in kinds(over, above.format(thing=name, ref=ref, n=12))
    assert "antonym" not in kinds(under, BELOW[0].format(thing=name, ref=ref, n=18))


@pytest.mark.parametrize("wording", ["{thing} did not exceed its {ref}.", "{thing} stayed within its {ref}."])
@pytest.mark.parametrize("thing", THINGS)
def test_a_negated_going_beyond_or_staying_within_conflicts_with_going_beyond_only(wording, thing):
    """ "did not exceed its budget" ("<=") against "ran over its budget" (">"), not against "came in under it"."""
    name, ref = thing
    claim = wording.format(thing=name, ref=ref)
    assert "antonym" in kinds(claim, ABOVE[0].format(thing=name, ref=ref, n=18))
    assert "antonym" not in kinds(claim, BELOW[1].format(thing=name, ref=ref, n=18))


@pytest.mark.parametrize("thing", THINGS)
def test_reaching_a_reference_conflicts_with_missing_it_not_with_beating_it(thing):
    name, ref = thing
    met = f"{name} met its {ref} in 2023."
    assert "antonym" in kinds(met, f"{name} reached 86 per cent in 2023, missing its {ref}.")
    assert "antonym" not in kinds(met, f"{name} exceeded its {ref} in 2023.")


@pytest.mark.parametrize(
    "sentence",
    [
        "The works ran over three years.",
        "Children under five were vaccinated.",
        "The museum exceeded 400 visitors.",
        "Punctuality reached 86 per cent.",
    ],
)
def test_a_bounded_value_or_a_time_is_no_reference(sentence):
    assert facts(sentence).standings == ()


# A part of a whole, in the three ways English puts it, and the act done to the part.
PARTITIVES = [
    "Of the {whole} {things} hired, {part} were posted to the coast.",
    "{part} of the {whole} {things} were posted to the coast.",
    "Of its {whole} {things}, {part} were posted to the coast.",
]
COUNTED = [("inspectors", 41, 23), ("nurses", 120, 85), ("engineers", 30, 12)]


@pytest.mark.parametrize(("source", "counted"), list(itertools.product(PARTITIVES, COUNTED)))
def test_the_part_an_act_was_done_to_is_the_count_of_that_act_and_the_whole_is_not(source, counted):
    """ "23 inspectors were posted" of "Of the 41 inspectors hired, 23 were posted"; "41 inspectors were posted" and
    "all 41 were posted" against it name the part."""
    things, whole, part = counted
    text = source.format(whole=whole, part=part, things=things)
    stated = align(facts(f"{part} {things} were posted to the coast."), facts(text))
    assert stated.conflicts == [] and stated.unstated == []
    for claim in (f"{whole} {things} were posted to the coast.", f"All {whole} {things} were posted to the coast."):
        conflicts = align(facts(claim), facts(text)).conflicts
        assert [(c.kind, c.claim, c.source) for c in conflicts] == [("count", str(whole), str(part))]


@pytest.mark.parametrize("counted", COUNTED)
def test_a_fronted_of_phrase_gives_the_whole_and_the_subject_the_part(counted):
    things, whole, part = counted
    found = facts(f"Of the {whole} {things} hired, {part} were posted to the coast.").quantities
    assert [(q.value, q.whole, q.part) for q in found] == [(whole, True, False), (part, False, True)]
    assert {q.of for q in found} == {lexicon.singular(things)}


INTENDED_THEN_DONE = [
    (
        "The agency planned to relocate {planned} households.",
        "By June, {done} households had been relocated.",
        "By June, {planned} households had been relocated.",
    ),
    (
        "The board proposed to train {planned} nurses.",
        "In the end, {done} nurses were trained.",
        "{planned} nurses were trained.",
    ),
    (
        "The council intended to repair {planned} bridges.",
        "By December it had repaired {done} bridges.",
        "By December the council had repaired {planned} bridges.",
    ),
]


@pytest.mark.parametrize(("wording", "values"), list(itertools.product(INTENDED_THEN_DONE, [(1240, 780), (60, 45)])))
def test_a_value_only_intended_around_the_sentence_does_not_state_the_value_done(wording, values):
    """ "1,240 households had been relocated" against "780 households had been relocated", beside "planned to relocate
    1,240 households": the plan's number is no number done."""
    intended, told, claimed = wording
    planned, done = values
    around = [facts(intended.format(planned=f"{planned:,}"))]
    source = facts(told.format(done=f"{done:,}"))
    claim = facts(claimed.format(planned=f"{planned:,}"))
    conflicts = align(claim, source, context=around).conflicts
    assert [(c.kind, c.source) for c in conflicts] == [("count", f"{done:,}")]
    planned_claim = facts(intended.format(planned=f"{planned:,}"))
    assert align(planned_claim, source, context=around).conflicts == []


CALLED_OFF = [
    "The {thing}, planned for {year}, was postponed.",
    "The {thing} was cancelled in {year}.",
    "The council deferred the {thing} in {year}.",
    "Plans for the {thing} were shelved in {year}.",
]
DONE_TO = [
    ("The council opened the {thing} in {year}.", "The council planned to open the {thing} in {year}."),
    ("The {thing} was completed in {year}.", "The {thing} was due to be completed in {year}."),
    ("Contractors built the {thing} in {year}.", "Contractors hoped to build the {thing} in {year}."),
]


@pytest.mark.parametrize(
    ("source", "claims", "thing"),
    list(itertools.product(CALLED_OFF, DONE_TO, ["depot", "footbridge", "second reservoir"])),
)
def test_an_act_done_to_a_thing_put_off_or_called_off_conflicts(source, claims, thing):
    """ "The council opened the depot in 2024" against "The depot, planned for 2024, was postponed"; a claim that it
    was only planned, or about another thing, does not conflict."""
    done, planned = claims
    told = facts(source.format(thing=thing, year=2024))
    assert "negation" in kinds(done.format(thing=thing, year=2024), source.format(thing=thing, year=2024))
    assert "negation" not in {c.kind for c in align(facts(planned.format(thing=thing, year=2024)), told).conflicts}
    assert "negation" not in kinds(done.format(thing="library", year=2024), source.format(thing=thing, year=2024))


@pytest.mark.parametrize("verb", ["postpone", "defer", "shelve", "cancel", "call off", "put off"])
def test_a_verb_of_putting_off_or_calling_off_calls_off(verb):
    assert lexicon.calls_off(verb)


@pytest.mark.parametrize("verb", ["open", "complete", "plan", "delay", "hold", "launch"])
def test_a_verb_of_doing_or_of_delaying_calls_nothing_off(verb):
    assert not lexicon.calls_off(verb)


@pytest.mark.parametrize("thing", THINGS)
def test_a_sentence_setting_one_thing_each_way_against_the_reference_does_not_reverse_a_claim(thing):
    """ "The bridge repair ran over budget" against "The bridge repair ran 18 per cent over its budget, while the depot
    came in under its budget": the claim's way is there too."""
    name, ref = thing
    source = f"{name} ran 18 per cent over its {ref}, while the depot came in under its {ref}."
    assert "antonym" not in kinds(f"{name} ran over its {ref}.", source)


DIFFERENCES = [
    # (claim with the difference, source giving the two values; {a} the value, {b} the reference, {d} their difference)
    (
        "The trust held {a} public meetings, {d} fewer than the {b} it had promised.",
        "The trust held {a} public meetings over the three years, fewer than the {b} promised in its plan.",
    ),
    (
        "The depot work was delivered for £{a} million, £{d} million less than budgeted.",
        "The depot work cost £{a} million, under its budget of £{b} million.",
    ),
    (
        "The agency hired {a} inspectors, {d} fewer than planned.",
        "The agency hired {a} inspectors, below its target of {b}.",
    ),
]


@pytest.mark.parametrize(("wording", "values"), list(itertools.product(DIFFERENCES, [(17, 24), (6, 9)])))
def test_the_size_of_a_difference_is_stated_by_the_two_values_it_lies_between(wording, values):
    """ "17 meetings, seven fewer than the 24 promised" of "17 meetings, fewer than the 24 promised": the difference
    is the sentence's two values apart, no rival count; a wrong difference is not stated."""
    claim, source = wording
    a, b = values
    told = facts(source.format(a=a, b=b))
    right = align(facts(claim.format(a=a, b=b, d=b - a)), told)
    assert right.states_all, (right.conflicts, right.unstated)
    wrong = align(facts(claim.format(a=a, b=b, d=b - a + 2)), told)
    assert not wrong.states_all


@pytest.mark.parametrize(
    ("size", "ways"),
    list(itertools.product(["£900,000", "£2 million", "12 per cent"], [("over", "under"), ("under", "over")])),
)
def test_a_difference_stated_the_other_way_conflicts(size, ways):
    """ "came in £900,000 under budget" against "cost £900,000 more than its budget": the same size, the other way."""
    said, found = ways
    more = "more" if found == "over" else "less"
    source = f"The bridge repair cost {size} {more} than the sum allocated to it."
    conflicts = align(facts(f"The bridge repair came in {size} {said} budget."), facts(source)).conflicts
    assert conflicts and conflicts[0].claim == size
    assert align(facts(f"The bridge repair came in {size} {found} budget."), facts(source)).conflicts == []


@pytest.mark.parametrize(
    ("said", "found", "same"),
    [
        ("a month and a half", "six weeks", True),
        ("three months", "90 days", True),
        ("six months", "26 weeks", True),
        ("a year", "52 weeks", True),
        ("two months", "six weeks", False),
        ("a year", "50 weeks", False),
        ("two years", "26 months", False),
        ("two and a half years", "30 months", True),
        ("two and a half years", "two years", False),
    ],
)
@pytest.mark.parametrize("wording", ["The storm closed the coast road for {}.", "The works lasted {}."])
def test_spans_in_units_that_convert_roughly_are_one_length_within_the_months_spread(said, found, same, wording):
    """ "a month and a half" of "six weeks": months against weeks or days convert only roughly; months against years
    exactly ("two years" is no "26 months")."""
    conflicts = kinds(wording.format(said), wording.format(found))
    assert ("time_span" not in conflicts) is same, conflicts


PARTICLED = [
    ("Prices went up in 2022.", "Prices rose in 2022."),
    ("The council carried out the repairs in 2022.", "The council implemented the repairs in 2022."),
    ("The council shut down the depot in 2022.", "The council closed the depot in 2022."),
    ("The agency turned down the request in 2022.", "The agency rejected the request in 2022."),
]
UNRELATED = "The council praised the {} in 2022."


@pytest.mark.parametrize("pair", PARTICLED)
def test_a_verb_with_its_particle_is_said_by_the_verb_wordnet_lists_the_two_as(pair):
    """ "went up" meets "rose", and "rose" meets "went up" (WordNet's "go_up"); a verb of no such sense does not."""
    with_particle, in_one_word = pair
    assert align(facts(with_particle), facts(in_one_word)).coverage == 1.0
    assert align(facts(in_one_word), facts(with_particle)).coverage == 1.0
    thing = with_particle.split()[-3]
    assert align(facts(with_particle), facts(UNRELATED.format(thing))).coverage < 1.0


@pytest.mark.parametrize(
    ("general", "specific", "said"),
    [
        ("people", "residents", True),
        ("people", "volunteers", True),
        ("professionals", "nurses", True),
        ("birds", "seabirds", True),
        ("residents", "people", False),
        ("nurses", "professionals", False),
        ("seabirds", "birds", False),
    ],
)
@pytest.mark.parametrize("wording", ["Many {} lived near the shore in 2023.", "The survey asked {} about the floods."])
def test_a_noun_is_said_by_a_kind_of_it_and_not_the_other_way(general, specific, said, wording):
    """ "People live near the shore" of "residents live near the shore": a resident is a person; a person need not be
    a resident."""
    assert (align(facts(wording.format(general)), facts(wording.format(specific))).coverage == 1.0) is said


@pytest.mark.parametrize(
    ("share", "part", "whole", "stated"),
    [
        ("Half", 150, 300, True),
        ("More than half", 180, 300, True),
        ("More than half", 120, 300, False),
        ("Fewer than half", 29, 50, False),
        ("Fewer than half", 19, 48, True),
        ("A quarter", 10, 40, True),
    ],
)
@pytest.mark.parametrize("thing", [("homes", "were insulated"), ("households", "accepted the offer")])
def test_a_share_is_stated_by_a_part_of_a_whole_counted(share, part, whole, stated, thing):
    """ "More than half of the homes were insulated" of "Of the 300 homes, 180 were insulated", and a conflict with
    "120"; a share of another thing ("90 per cent of the market value") states nothing of it."""
    noun, act = thing
    claim = facts(f"{share} of the {noun} {act}.")
    alignment = align(claim, facts(f"Of the {whole} {noun}, {part} {act}."))
    assert alignment.states_all is stated
    assert bool(alignment.conflicts) is not stated
    other = align(claim, facts(f"The scheme paid 90 per cent of the market value to the {noun} that {act[:-1]}."))
    assert not other.conflicts and not other.states_all


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        (
            "Alison Marsh had worked at the trust for ten years.",
            "Alison Marsh oversaw the final six months of delivery.",
        ),
        ("The manager had run the depot for two years.", "The manager audited the last three months of accounts."),
    ],
)
def test_a_span_of_another_act_is_no_rival(claim, source):
    """ "worked there for ten years" against "oversaw the final six months": two acts, two lengths."""
    assert "time_span" not in kinds(claim, source)
    shorter = claim.replace("ten years", "six months").replace("two years", "three months")
    assert "time_span" in kinds(claim, shorter)  # the same act, another length


@pytest.mark.parametrize(("act", "other"), [("published", "commissioned"), ("launched", "approved")])
def test_a_year_of_another_act_in_the_sentence_pointed_back_to_does_not_state_the_claims(act, other):
    """ "The report was published in February 2024" against "It was published in February 2025", after "The
    evaluation was commissioned in May 2024": 2024 is the commission's year; the claim's year conflicts."""
    before = facts(f"The evaluation was {other} by the board in May 2024.")
    claim = facts(f"The evaluation report was {act} in February 2024.")
    conflicts = align(claim, facts(f"It was {act} in February 2025."), context=[before]).conflicts
    assert [c.kind for c in conflicts] == ["year"]
    same = facts(f"The evaluation was {act} by the board in May 2024.")
    assert align(claim, facts(f"It was {act} in February 2025."), context=[same]).conflicts == []


@pytest.mark.parametrize(
    ("noun", "adjectives"),
    [
        ("home", set()),
        ("complexity", {"complex"}),
        ("relevance", {"relevant"}),
        ("salience", {"salient"}),
        ("cost", set()),
        ("speed", set()),
    ],
)
def test_only_a_noun_of_quality_or_state_gives_the_adjectives_that_grade_it(noun, adjectives):
    """ "home" (a place) gives no "homely" for "worst" to reverse; "complexity" gives "complex"; "cost" and "speed"
    give no "costly" or "speedy": those adjectives are formed from the noun and say much of it."""
    assert lexicon.quality_adjectives(noun) == adjectives


@pytest.mark.parametrize(
    ("adjective", "noun"), [("cheaper", "a cost of £1.9 million"), ("slower", "a speed of 40 km/h")]
)
def test_an_adjective_does_not_reverse_the_scale_noun_its_opposite_is_formed_from(adjective, noun):
    """ "was cheaper than a private room" against "rooms leased at a cost of £1.9 million": a cost is no costliness,
    so "cheap" reverses nothing; "expensive" against "cheap" still does."""
    claim = f"By 2024 a standard room was {adjective} than a private room."
    assert "antonym" not in kinds(claim, f"The council leased temporary rooms in 2023 at {noun}.")
    assert "antonym" in kinds("By 2024 a standard room was cheap.", "By 2024 a standard room was expensive.")


@pytest.mark.parametrize("span", ["the past decade", "the last five years"])
def test_a_span_that_is_the_subject_times_all_the_sentence_tells(span):
    """ "The last two decades have seen an increase in efforts" times the efforts however the claim words their act:
    "Over the past decade, efforts have built confidence" conflicts."""
    source = "The last two decades have seen an increase in efforts to build confidence among members."
    assert "time_span" in kinds(f"Over {span}, efforts have built confidence among members.", source)


@pytest.mark.parametrize(
    ("person", "act"), [("Thomas Renwick", "left the trust"), ("Amira Haddad", "joined the board")]
)
def test_a_person_called_by_the_family_name_alone_is_the_claims_person(person, act):
    """ "Renwick left the Trust in September 2023" says "Thomas Renwick left the Trust in September 2023" (a text names
    a person in full once, then by the family name); another person of that family name in the sentence does not."""
    family = person.split()[-1]
    claim = facts(f"{person} {act} in September 2023.")
    assert align(claim, facts(f"{family} {act} in September 2023.")).states_all
    two = facts(f"{family} {act} in September 2023, a year after Laila {family} had done so.")
    assert not align(claim, two).states_all
    assert not align(facts(f"Nadia {family} {act} in May 2022."), facts(f"{family} {act} in May 2022.")).conflicts


@pytest.mark.parametrize(
    ("claim", "stated"),
    [
        ("Bird numbers at the three sites more than doubled.", True),
        ("Bird numbers at the three sites rose by more than 150%.", True),
        ("Bird numbers at the three sites more than tripled.", False),
    ],
)
@pytest.mark.parametrize(("start", "end"), [("about 2,100", "about 5,400"), ("roughly 2,100", "nearly 5,400")])
def test_a_change_between_approximate_ends_beside_another_count_sizes_the_claims(claim, stated, start, end):
    """ "more than doubled" of "at the three sites rose from about 2,100 to about 5,400": the two values "from" and "to"
    take, however approximate, and whatever other count the sentence gives."""
    source = f"Numbers of wading birds at the three sites rose from {start} to {end} over the same period."
    alignment = align(facts(claim), facts(source))
    assert alignment.states_all is stated, (alignment.conflicts, alignment.unstated)


@pytest.mark.parametrize(
    ("share", "stated"), [("89%", True), ("89 per cent", True), ("roughly 90 per cent", True), ("75%", False)]
)
@pytest.mark.parametrize(("done", "target", "unit"), [(5.8, 6.5, "km"), (5.8, 6.5, "kilometres")])
def test_a_share_the_claim_makes_of_two_of_its_stated_values_is_stated(share, stated, done, target, unit):
    """ "completed 5.8 km, 89% of its 6.5 km target" where the sentence states 5.8 km and the 6.5 km target: their
    ratio is stated too; a share they do not make is not."""
    source = (
        f"By the end, {done} kilometres of hard defences had been completed, against the target of {target} kilometres."
    )
    claim = f"The programme completed {done} {unit} of hard defences, {share} of its {target} {unit} target."
    assert align(facts(claim), facts(source)).states_all is stated


@pytest.mark.parametrize("limit", ["will not start before {y}", "will not begin until {y}", "did not start until {y}"])
@pytest.mark.parametrize("thing", ["The second phase", "Work on the sea wall"])
def test_a_negated_time_limit_bounds_the_time_and_denies_nothing(limit, thing):
    """ "will not start before 2026" is "in 2026 at the earliest": "began in 2025" conflicts by its year, "will begin
    in 2027" does not, and neither is a negation conflict."""
    claim = f"{thing} {limit.format(y=2026)}."
    assert kinds(claim, f"{thing} began in 2025.") == {"year"}
    assert kinds(claim, f"{thing} will begin in 2027.") == set()
    assert "negation" not in kinds(claim, f"{thing} is expected to begin in 2026.")


@pytest.mark.parametrize(
    ("claimed", "stated"), [("grew", True), ("rose", True), ("climbed", True), ("fell", False), ("declined", False)]
)
@pytest.mark.parametrize(
    ("source", "claim"),
    [
        (
            "Ridership rose from 3.1 million trips in 2022 to 3.6 million in 2023.",
            "Ridership {v} by half a million trips between 2022 and 2023.",
        ),
        ("Staff numbers increased by 6% to 812.", "Staff numbers {v} by 6% to 812."),
    ],
)
def test_a_verb_of_change_going_the_sources_way_says_its_change(claimed, stated, source, claim):
    """ "grew by half a million" is said by "rose from 3.1 million to 3.6 million" (two verbs of change going one
    way, WordNet's); "fell" going the other way reverses it."""
    alignment = align(facts(claim.format(v=claimed)), facts(source))
    assert alignment.states_all is stated, (alignment.conflicts, alignment.unstated)
    assert alignment.coverage == 1.0 or not stated
    assert bool(alignment.conflicts) is (not stated)


@pytest.mark.parametrize(("first", "second"), [(2023, 2022), (2020, 2019)])
@pytest.mark.parametrize(
    ("claim", "source"),
    [
        (
            "The {a} purchase cost more than the {b} spending.",
            "The purchase cost £14.2m, far more than the £9m spent in {b}.",
        ),
        (
            "The {a} survey drew more replies than the {b} survey.",
            "The survey drew 1,400 replies, more than the 900 received in {b}.",
        ),
    ],
)
def test_a_source_year_the_claim_gives_another_thing_is_no_rival(first, second, claim, source):
    """The sentence's year is the claim's other year (the thing compared with): it does not contradict the first."""
    assert "year" not in kinds(claim.format(a=first, b=second), source.format(b=second))


@pytest.mark.parametrize(("count", "stated"), [("19", True), ("Nineteen", True), ("25", False)])
@pytest.mark.parametrize("whole", ["Of these, {n} were battery-electric.", "{n} of them were battery-electric."])
def test_a_part_of_a_whole_the_sentence_before_counts_is_of_its_noun(count, stated, whole):
    """ "In 2023 the authority bought 48 new buses. Of these, 19 were battery-electric.": 19 buses, so "Nineteen of the
    new buses were battery-electric" is stated and "25 of the new buses" conflicts."""
    before = facts("In 2023 the authority bought 48 new buses.")
    source = analyse_span(parse("In 2023 the authority bought 48 new buses. " + whole.format(n=19))[9:])
    alignment = align(facts(f"{count} of the new buses were battery-electric."), source, context=[before])
    assert alignment.states_all is stated, (alignment.conflicts, alignment.unstated)
    assert bool(alignment.conflicts) is (not stated)


@pytest.mark.parametrize(("particle", "stated"), [("up", True), ("down", False)])
@pytest.mark.parametrize(
    ("source", "claim"),
    [
        ("Staff numbers grew by 6% to 812.", "Staff numbers went {p} by 6 per cent."),
        (
            "Ridership rose from 3.1 million trips in 2022 to 3.6 million in 2023.",
            "Ridership went {p} between 2022 and 2023.",
        ),
        ("Complaints fell from 410 in 2021 to 350 in 2022.", "Complaints went {q} between 2021 and 2022."),
    ],
)
def test_a_verb_with_its_particle_changes_the_way_wordnet_lists_it(particle, stated, source, claim):
    """ "went up by 6 per cent" is a rise (WordNet's go_up) sized by 6%: said by "grew by 6%", reversed by "went down"."""
    other = "down" if particle == "up" else "up"
    text = claim.format(p=particle, q=other)
    alignment = align(facts(text), facts(source))
    assert alignment.states_all is stated, (alignment.conflicts, alignment.unstated)
    assert bool(alignment.conflicts) is (not stated)


@pytest.mark.parametrize(("bound", "stated"), [("over", True), ("more than", True), ("under", False)])
@pytest.mark.parametrize(("verb", "other"), [("cost", "spent"), ("raised", "received")])
def test_a_bound_is_decided_by_the_value_of_the_claims_act(bound, stated, verb, other):
    """ "cost over £14 million" of "cost £14.2m, far more than the £9m spent in 2022": the value of the claim's act
    decides, not the other act's."""
    source = f"The appeal {verb} £14.2m, far more than the £9m {other} in 2022."
    alignment = align(facts(f"The appeal {verb} {bound} £14 million."), facts(source))
    assert alignment.states_all is stated, (alignment.conflicts, alignment.unstated)
    assert bool(alignment.conflicts) is (not stated)


@pytest.mark.parametrize(
    ("bound", "value", "stated"),
    [
        ("fewer than", 50, True),
        ("Fewer than", 60, True),
        ("fewer than", 40, False),
        ("more than", 40, True),
        ("greater than", 40, True),
    ],
)
def test_a_comparative_bounding_a_count_is_the_bounds_word_not_one_to_find(bound, value, stated):
    """ "fewer than 50 buses were bought" of "bought 48 new buses": "fewer" (lemma "few") is the bound's word, checked
    with its value, not a content word the sentence must use."""
    alignment = align(
        facts(f"In 2023, {bound} {value} buses were bought."), facts("In 2023 the authority bought 48 new buses.")
    )
    assert alignment.coverage == 1.0
    assert alignment.states_all is stated, (alignment.conflicts, alignment.unstated)


@pytest.mark.parametrize(("count", "noun"), [("38", "caseworkers"), ("120", "volunteers")])
@pytest.mark.parametrize("time", ["By the end of 2022", "In 2022"])
def test_a_count_of_another_noun_at_the_claims_time_is_no_rival(count, noun, time):
    """ "By the end of 2022 five centres were running, employing 38 caseworkers" against "by the end of 2022 five
    centres were operating": the sentence's value of 2022 counts centres, not caseworkers; the caseworkers are unstated."""
    claim = f"{time} five welcome centres were running, employing {count} {noun} between them."
    source = (
        f"The first centre opened in September 2021, and {time.lower()} five centres were operating across the city."
    )
    alignment = align(facts(claim), facts(source))
    assert not alignment.conflicts
    assert [q.text for q in alignment.unstated] == [count]


@pytest.mark.parametrize(
    ("claimed", "written", "said"),
    [
        ("were running", "were operating", True),
        ("purchased", "bought", True),
        ("hired", "employed", True),
        ("sold", "bought", False),
        ("closed", "opened", False),
    ],
)
@pytest.mark.parametrize("thing", ["five welcome centres", "the two depots"])
def test_a_verb_of_one_sense_with_the_sentences_covers_the_claims(claimed, written, said, thing):
    """ "were running" is said by "were operating" (WordNet: one is a word for one of the other's commonest senses,
    `lexicon.means_same`); "sold" is not said by "bought"."""
    alignment = align(facts(f"By 2022 the city {claimed} {thing}."), facts(f"By 2022 the city {written} {thing}."))
    assert (alignment.coverage == 1.0) is said


@pytest.mark.parametrize(
    ("noun", "verb"), [("recommendations", "accepted"), ("proposals", "approved"), ("bids", "rejected")]
)
@pytest.mark.parametrize(
    "when", ["at its meeting on 12 December 2023", "at its session in March 2021", "on 4 May 2022"]
)
def test_a_part_and_its_whole_share_the_date_of_their_phrase(noun, verb, when):
    """ "accepted 10 of the 12 recommendations at its meeting on 12 December 2023": the parser may hang the date on
    the whole; it dates the part as much, so the same claim is stated and a wrong part or whole contradicted."""
    source = f"The steering committee, chaired by Minister Ana Ruiz, {verb} 10 of the 12 {noun} {when}."
    assert align(facts(f"The steering committee {verb} 10 of the 12 {noun} {when}."), facts(source)).states_all
    wrong_part = align(facts(f"The committee {verb} 9 of the 12 {noun} {when}."), facts(source)).conflicts
    assert [(c.claim, c.source) for c in wrong_part] == [("9", "10")]
    wrong_whole = align(facts(f"The committee {verb} 10 of the 14 {noun} {when}."), facts(source)).conflicts
    assert [(c.claim, c.source) for c in wrong_whole] == [("14", "12")]


@pytest.mark.parametrize(
    ("said", "found"),
    [("Roughly one in eight", "about 13%"), ("About a third", "roughly 35%"), ("Nearly half", "about 48%")],
)
@pytest.mark.parametrize(("noun", "act"), [("systems", "had failed"), ("households", "had applied")])
def test_an_approximate_share_is_stated_by_an_approximate_one_within_its_tolerance(said, found, noun, act):
    """ "Roughly one in eight systems had failed" of "a failure rate of about 13%": two approximations of one value."""
    source = f"Of the 487 {noun} in the scheme, {found} {act} by October 2023."
    assert align(facts(f"{said} of the {noun} in the scheme {act} by October 2023."), facts(source)).states_all


@pytest.mark.parametrize("statistic", ["an average of", "a mean of", "a median of"])
@pytest.mark.parametrize(("low", "high", "verb"), [(9, 15, "increased"), (40, 25, "fell"), (12, 20, "grew")])
def test_a_change_from_a_statistic_of_one_value_to_another(statistic, low, high, verb):
    """ "The number of deliveries increased from an average of 9 to 15": a change from 9 to 15 of the deliveries,
    no range; its size and ends are stated, a wrong size contradicted."""
    source = f"The number of deliveries per clinic {verb} from {statistic} {low} to {high} per quarter."
    share = round(abs(high - low) / low * 100)
    way = "went up" if high > low else "went down"
    claimed = facts(f"Deliveries per clinic {verb} from {low} to {high} per quarter.")
    assert align(claimed, facts(source)).states_all
    assert align(facts(f"Deliveries per clinic {way} by {share}%."), facts(source)).states_all
    wrong = align(facts(f"Deliveries per clinic {way} by {share + 20}%."), facts(source)).conflicts
    assert [c.kind for c in wrong] == ["percent"]


DONORS = [("Nordic Development Facility", 32), ("Energy Access Fund", 25), ("Aurora Health Foundation", 11.5)]


@pytest.mark.parametrize("verb", ["pledged", "committed", "promised"])
@pytest.mark.parametrize("claimed", range(3))
@pytest.mark.parametrize("value", range(3))
def test_each_party_of_a_list_following_the_first_has_its_own_value(verb, claimed, value):
    """ "The largest contributor is A, which pledged $32 million, followed by B with $25 million and C with $11.5
    million": each sum is its own party's, in the act the first names; another's sum contradicts."""
    (a, x), (b, y), (c, z) = DONORS
    source = f"The largest contributor is the {a}, which {verb} ${x} million, followed by the {b} with ${y} million "
    source += f"and the {c} with ${z} million."
    party, amount = DONORS[claimed][0], DONORS[value][1]
    result = align(facts(f"The {party} {verb} ${amount} million."), facts(source))
    if claimed == value:
        assert result.states_all, (party, amount)
    else:
        assert [c.kind for c in result.conflicts] == ["amount"], (party, amount)


KINDS_OF_A_THING = [
    (
        "lead-acid batteries",
        "lithium batteries",
        "failures occurred in {k}",
        "the {o} have had a failure rate below 2%",
    ),
    ("diesel buses", "electric buses", "most breakdowns happened on {k}", "the {o} have run without a fault"),
    ("rural schools", "city schools", "the dropouts were concentrated in {k}", "the {o} kept nearly all pupils"),
]


@pytest.mark.parametrize(("kind", "other", "act", "aside"), KINDS_OF_A_THING)
def test_the_other_kind_the_sentence_names_apart_from_the_act_contradicts(kind, other, act, aside):
    """ "Nearly all failures occurred in lithium batteries" against "Nearly all failures occurred in lead-acid
    batteries; the lithium batteries have had a failure rate below 2%": the sentence names both kinds and gives the act
    to the other."""
    source = f"Nearly all {act.format(k=kind)}; {aside.format(o=other)}."
    wrong = align(facts(f"Nearly all {act.format(k=other)}."), facts(source))
    assert [c.kind for c in wrong.conflicts] == ["role"]
    assert align(facts(f"Nearly all {act.format(k=kind)}."), facts(source)).states_all


@pytest.mark.parametrize(("first", "last"), [(2019, 2021), (2021, 2023), (2016, 2024)])
@pytest.mark.parametrize(
    ("subject", "source_verb", "claim_verb", "values"),
    [
        ("leakage", "fell", "dropped", ("38.5 megalitres a day", "31.2 megalitres a day")),
        ("enrolment", "rose", "grew", ("12,400 pupils", "15,100 pupils")),
        ("the fare", "increased", "went up", ("£2.10", "£2.60")),
    ],
)
@pytest.mark.parametrize("opening", ["Between {a} and {b}, ", "From {a} to {b}, "])
def test_a_period_is_given_by_the_dates_of_its_ends(first, last, subject, source_verb, claim_verb, values, opening):
    """ "Between 2021 and 2023, leakage dropped" of "Leakage fell from 38.5 in 2021 to 31.2 in 2023": the sentence gives
    the period by its two ends; a period starting in another year it does not give."""
    source = facts(f"{subject.capitalize()} {source_verb} from {values[0]} in {first} to {values[1]} in {last}.")
    said = facts(opening.format(a=first, b=last) + f"{subject} {claim_verb}.")
    assert not [u.text for u in align(said, source).unstated if getattr(u, "label", "") == "DATE"]
    other = facts(opening.format(a=first - 1, b=last) + f"{subject} {claim_verb}.")
    assert not align(other, source).states_all


@pytest.mark.parametrize(("rank", "other"), [("second", "first"), ("third", "second")])
@pytest.mark.parametrize("noun", ["phase", "round", "stage"])
def test_a_rank_the_title_gives_is_said_by_a_sentence_under_it_ranking_nothing(rank, other, noun):
    """ "The second phase enrolled 131,450 adults" against "The phase enrolled 131,450 adults" under the title
    "Evaluation of the Second Phase of X": the title frames it; a sentence ranking another ("the first phase") does
    not take the title's rank."""
    title = f"Evaluation Report: {rank.title()} {noun.title()} of the National Adult Literacy Programme"
    claim = facts(f"The {rank} {noun} enrolled 131,450 adults.")
    assert align(claim, facts(f"The {noun} enrolled 131,450 adults."), about=(title,)).states_all
    assert not align(claim, facts(f"The {noun} enrolled 131,450 adults."), about=()).states_all
    assert not align(claim, facts(f"The {other} {noun} enrolled 131,450 adults."), about=(title,)).states_all


@pytest.mark.parametrize(
    ("source", "told"),
    [
        (
            "The service has not yet decided whether to apply for funding to refurbish its Old Mill Gallery site, which "
            "has been closed since 2022.",
            "The Old Mill Gallery site has been closed since 2022.",
        ),
        (
            "The board did not approve the plan, which the council had drafted in 2021.",
            "The council had drafted the plan in 2021.",
        ),
        (
            "The trust has not renovated the Harwick depot, which was bought in 2019.",
            "The Harwick depot was bought in 2019.",
        ),
    ],
)
def test_a_relative_clause_inside_a_negation_says_its_own_thing(source, told):
    """ "has not decided whether to refurbish its Old Mill Gallery site, which has been closed since 2022": the
    negation takes back the deciding, not what the relative clause says of the site; the negated act still
    conflicts."""
    assert align(facts(told), facts(source)).states_all, told
    negated = source.split(",")[0].replace(" not yet", "").replace(" not", "").replace("did approve", "approved")
    negated = negated.replace("has renovated", "renovated").replace("has decided", "decided")
    assert not align(facts(negated + "."), facts(source)).states_all, negated


@pytest.mark.parametrize("thing", ["letters", "maps", "photographs"])
@pytest.mark.parametrize(
    ("verb", "around"), [("read online", "reading room"), ("loaned", "loan"), ("copied", "copies")]
)
def test_the_claims_act_is_the_sentences_own_to_say(thing, verb, around):
    """The sentences around may name what the claim refers to, not what it says was done: "The letters can now be
    read online" is not said by "The letters were the most viewed collection" beside a sentence about a reading room."""
    claim = facts(f"The {thing} can now be {verb}.")
    source = facts(f"The {thing} were the most viewed collection.")
    beside = facts(f"Visitors used the {around} every day.")
    assert align(claim, source, 0, [beside]).coverage < 1
    assert (
        align(
            facts(f"The {thing} were the most viewed collection of the archive."),
            source,
            0,
            [facts("The archive opened in 1990.")],
        ).coverage
        == 1
    )


@pytest.mark.parametrize("project", ["project", "refit", "programme"])
@pytest.mark.parametrize("standing", ["came in under budget", "ran over its budget", "finished below budget"])
def test_a_standing_against_a_reference_the_sentence_never_sets_is_unstated(project, standing):
    """ "The project came in under budget" against "The project was funded with a budget of £2.4 million": where it
    stands against its budget is not said (the sentence's words alone would have supported it)."""
    claim = facts(f"The {project} {standing}.")
    result = align(claim, facts(f"The {project} came with a budget of £2.4 million."))
    assert not result.states_all and [d.label for d in result.unstated] == ["DEGREE"]
    assert align(claim, facts(f"The {project} {standing}, the board said.")).states_all


@pytest.mark.parametrize(("count", "other"), [("two", "three"), ("four", "five")])
@pytest.mark.parametrize("noun", ["sites", "branches", "clinics"])
@pytest.mark.parametrize("periods", [("2021", "2022", "2023"), ("Year 1", "Year 2", "Year 3")])
def test_a_count_of_the_subject_is_no_value_of_the_series_times(count, other, noun, periods):
    """ "Visits to the two sites reached 447,500 in 2023" against "The two sites recorded 318,000 visits in 2021, ...
    and 447,500 in 2023": the count of the sites is given at no time of the series, and stated; another count of
    them conflicts."""
    a, b, c = periods
    source = facts(f"The {count} {noun} recorded 318,000 visits in {a}, 401,000 in {b} and 447,500 in {c}.")
    assert align(facts(f"Visits to the {count} {noun} went up every year, reaching 447,500 in {c}."), source).states_all
    wrong = align(facts(f"Visits to the {other} {noun} went up every year, reaching 447,500 in {c}."), source)
    assert (other, count) in [(x.claim, x.source) for x in wrong.conflicts]


@pytest.mark.parametrize("noun", ["survey", "audit", "census", "review"])
@pytest.mark.parametrize(("year", "other"), [(2024, 2022), (2019, 2021)])
def test_that_points_back_to_the_sentence_before_for_its_year(noun, year, other):
    """ "One in five respondents to that survey lived abroad", after "In the 2024 survey, ...": the claim's "the 2024
    survey" is the one the sentence points back to, so its year is stated; another year is not."""
    sentences = list(
        parse(
            f"In the {year} {noun}, 72 percent of users said they used it weekly. "
            f"One in five respondents to that {noun} lived abroad."
        ).sents
    )
    before, source = (analyse_span(s) for s in sentences)
    claim = "About a fifth of the people who answered the {y} " + noun + " lived abroad."
    assert align(facts(claim.format(y=year)), source, 0, [before]).states_all
    assert not align(facts(claim.format(y=other)), source, 0, [before]).states_all


@pytest.mark.parametrize(
    ("general", "specific"), [("created", "developed"), ("recorded", "logged"), ("changed", "closed")]
)
@pytest.mark.parametrize("thing", ["the standard", "the scheme", "the depot"])
def test_a_way_of_doing_the_claims_act_says_it(general, specific, thing):
    """ "The team created the standard" is said by "The team developed the standard" (developing is a way of creating);
    the more specific claim is not said by the more general sentence."""
    assert (
        align(facts(f"The team {general} {thing} in 2022."), facts(f"In 2022 the team {specific} {thing}.")).coverage
        == 1
    )
    assert (
        align(facts(f"The team {specific} {thing} in 2022."), facts(f"In 2022 the team {general} {thing}.")).coverage
        < 1
    )


@pytest.mark.parametrize(
    ("claimed", "said"), [("exceeded", "higher than"), ("overran", "higher than"), ("exceeded", "more than")]
)
@pytest.mark.parametrize("reference", ["the forecast", "the target", "its budget"])
def test_going_beyond_a_reference_is_said_by_a_comparative_against_it(claimed, said, reference):
    """ "Spending exceeded the forecast" is said by "Spending was higher than the forecast"; "lower than" sets it the
    other way, a conflict."""
    claim = facts(f"Spending {claimed} {reference} in 2023.")
    assert align(claim, facts(f"In 2023 spending was {said} {reference}.")).coverage == 1
    assert align(claim, facts(f"In 2023 spending was lower than {reference}.")).conflicts


@pytest.mark.parametrize(("said", "found"), [("November 2022", "September 2022"), ("March 2021", "June 2021")])
@pytest.mark.parametrize("act", ["terminated its contract", "signed the lease", "closed the depot"])
def test_another_month_of_the_act_conflicts_whatever_a_sentence_around_dates(said, found, act):
    """ "The council terminated the contract in November 2022" against "... terminated its contract in September 2022",
    beside "Two firms took over the work in November 2022": the sentence's own month of the act decides; the month a
    sentence around gives is another act's."""
    source = facts(f"The council {act} in {found} after repeated failures.")
    beside = facts(f"Two replacement firms took over the work in {said}.")
    result = align(facts(f"The council {act} in {said}."), source, 0, [beside])
    assert [(c.kind, c.claim, c.source) for c in result.conflicts] == [("date", said, found)]
    assert align(facts(f"The council {act} in {found}."), source, 0, [beside]).states_all


@pytest.mark.parametrize("universal", ["every participating household", "all participating households", "each member"])
@pytest.mark.parametrize("count", ["2,000", "350"])
def test_a_universal_the_sentence_gives_only_a_count_of_is_unstated(universal, count):
    """ "The survey was sent to every participating household" against "sent to 2,000 participating households":
    whether 2,000 is all of them is not said (it had been supported); "sent to all participating households, 2,000 in
    total" says it."""
    noun = universal.split(maxsplit=1)[1].rstrip("s").split()[-1] + "s"
    source = facts(f"A postal survey was sent to {count} participating {noun} in spring 2024.")
    result = align(facts(f"The postal survey was sent to {universal} in spring 2024."), source)
    assert not result.states_all and [d.label for d in result.unstated] == ["DEGREE"]
    every = facts(f"A postal survey was sent to all participating {noun} in spring 2024, {count} in total.")
    assert align(facts(f"The postal survey was sent to {universal} in spring 2024."), every).states_all


@pytest.mark.parametrize("noun", ["round", "phase"])
def test_an_act_timed_by_another_ranked_item_conflicts_where_the_second_is_elided(noun):
    """ "introduced in the second round" against "introduced in the first round and extended in the second round": the
    introduction's round is the first (the second round's act is another), whatever ranked items the sentence holds."""
    source = facts(f"The cap was introduced in the first {noun} and extended in the second {noun}.")
    assert align(facts(f"The cap was introduced in the second {noun}."), source).conflicts


# Opposite adjectives qualifying different things: the sentence tells of the claim's thing without the opposite.
@pytest.mark.parametrize(
    ("claim", "source"),
    [
        (
            "The council replaced the {a} harbour wall.",
            "The council replaced the harbour wall and installed {b} flood gates at the river mouth.",
        ),
        (
            "The trust repaired the {a} roof of the museum.",
            "The trust repaired the roof of the museum and bought {b} display cases.",
        ),
        (
            "The {a} depot was closed in 2023.",
            "The depot was closed in 2023, and {b} buses were moved to the garage.",
        ),
    ],
)
@pytest.mark.parametrize(("a", "b"), [("old", "new"), ("large", "small"), ("cheap", "expensive")])
def test_an_opposite_qualifying_another_thing_is_no_conflict(claim, source, a, b):
    assert "antonym" not in kinds(claim.format(a=a), source.format(b=b))
    # qualifying the same thing, the opposite still conflicts
    same = (
        source.replace("{b} ", "")
        .replace("the roof", "the {b} roof")
        .replace("the harbour wall", "the {b} harbour wall")
    )
    same = same.replace("The depot", "The {b} depot")
    assert "antonym" in kinds(claim.format(a=a), same.format(b=b))


# A word that is no noun is never read as one when looking for its opposite ("first": a beginning, the noun).
@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("The conversion of the {p} site was finished in {y}.", "The {p} site was the first to be converted."),
        ("Work at the {p} site was completed in {y}.", "The {p} site was the first to be rebuilt, in {y}."),
        ("The {p} branch finished its refit in {y}.", "The {p} branch was first in line for a refit."),
    ],
)
@pytest.mark.parametrize(("p", "y"), [("Kestrel Road", 2022), ("Hollin Street", 2019), ("Marsh Lane", 2024)])
def test_an_adjective_is_not_opposed_by_its_noun_senses(claim, source, p, y):
    assert "antonym" not in kinds(claim.format(p=p, y=y), source.format(p=p, y=y))


@pytest.mark.parametrize(
    ("claim", "source"),
    [("The door was {a}.", "The door was {b}."), ("The approach is {a}.", "The approach is {b}.")],
)
@pytest.mark.parametrize(
    ("a", "b"), [("closed", "open"), ("impractical", "pragmatic"), ("significant", "insignificant")]
)
def test_opposite_adjectives_and_participles_still_conflict(claim, source, a, b):
    assert "antonym" in kinds(claim.format(a=a), source.format(b=b))


# "X, not Y": the negation is of Y, which the sentence also sets apart ("X rather than Y").
@pytest.mark.parametrize(
    ("x", "y"), [("heating systems", "batteries"), ("roof leaks", "damp walls"), ("late trains", "cancelled buses")]
)
@pytest.mark.parametrize(
    "source",
    ["Most complaints involved {x} rather than {y}.", "Most complaints concerned {x}, not {y}."],
)
def test_x_not_y_negates_y(x, y, source):
    said = source.format(x=x, y=y)
    assert "negation" not in kinds(f"{x.capitalize()}, not {y}, accounted for most of the complaints.", said)
    assert "negation" in kinds(f"{y.capitalize()}, not {x}, accounted for most of the complaints.", said)


# A bare "did not" stands for the act told before it: it denies that act, not "do".
@pytest.mark.parametrize(("act", "done"), [("took", "did"), ("attended", "completed"), ("joined", "did")])
@pytest.mark.parametrize(
    ("share", "thing"), [("eight percent", "energy"), ("12 per cent", "fuel"), ("a fifth", "water")]
)
def test_an_elided_act_under_did_not_is_the_act_told_before(act, done, share, thing):
    source = f"Drivers who {act} an optional course used about {share} less {thing} than those who did not."
    claim = f"Drivers who {done} the optional course used roughly {share} less {thing} than drivers who skipped it."
    assert "negation" not in kinds(claim, source)
    negation = facts(source).negations[0]
    assert negation.head == parse(act)[0].lemma_


def test_but_it_did_not_denies_the_act_before_it():
    negation = facts("The council said it would pay for the repairs, but it did not.").negations[0]
    assert negation.head == "pay"


# A value given in a gapped list of origins ("£27 million came from A, £19 million from B") is its origin's.
@pytest.mark.parametrize(
    ("a", "b", "c"),
    [
        ("£27 million", "£19 million", "£15 million"),
        ("$4.2 million", "$1.9 million", "$800,000"),
        ("€610,000", "€240,000", "€95,000"),
    ],
)
@pytest.mark.parametrize(
    ("x", "y", "z"),
    [
        ("the national Clean Bus Fund", "Corrandale County Council", "the operator's own reserves"),
        ("the Harbour Trust", "Wenlow Town Council", "private donors"),
    ],
)
def test_a_value_in_a_gapped_list_of_origins_is_that_origins(a, b, c, x, y, z):
    source = f"Of the total, {a} came from {x}, {b} from {y}, and the remaining {c} from {z}."
    named = y.removeprefix("the ")
    assert "amount" in kinds(f"{named} put {a} into the programme.", source)
    assert "amount" not in kinds(f"{named} put {b} into the programme.", source)


# One office of one thing has one holder: the claim's doer "as" it, where the sentence gives it another doer and the
# claim's a different part.
@pytest.mark.parametrize(
    ("holder", "other"), [("Orrin Consulting", "Tessaly Geotech"), ("Marlow Partners", "Brightwater Surveys")]
)
@pytest.mark.parametrize(
    ("office", "task"),
    [
        ("the council's engineer", "ground investigation"),
        ("the trust's auditor", "the valuation"),
        ("project manager", "the site survey"),
    ],
)
@pytest.mark.parametrize("verb", ["acted", "served", "worked"])
def test_a_doer_as_an_office_another_holds_conflicts(holder, other, office, task, verb):
    source = f"{holder} remained as {office} throughout the programme, and {task} was carried out by {other}."
    assert "role" in kinds(f"{other} {verb} as {office} for the whole programme.", source)
    assert "role" not in kinds(f"{holder} {verb} as {office} for the whole programme.", source)


def test_a_doer_among_many_holders_of_an_office_is_no_rival():
    source = "Orrin Consulting served as advisers to the board, and the survey was carried out by Tessaly Geotech."
    assert "role" not in kinds("Tessaly Geotech served as advisers to the board.", source)


@pytest.mark.parametrize(
    ("a", "b"), [("Greyling Retrofit Ltd", "Ashmere Community Energy"), ("Holt Builders", "Tarn Housing Trust")]
)
@pytest.mark.parametrize("kind", ["replacement firms", "new contractors"])
def test_items_named_in_apposition_are_not_replaced(a, b, kind):
    """ "Two replacement firms, A and B, took over the work": the list is A and B, however the parser hangs them."""
    source = f"Two {kind}, {a} and the social enterprise {b}, took over the work in November 2022."
    assert "item" not in kinds(f"In November 2022 the work was taken over by {a} and {b}.", source)
    assert "item" in kinds(
        f"In November 2022 the work was taken over by {a} and Brook Energy.",
        f"In November 2022 the work was taken over by {a} and {b}.",
    )


@pytest.mark.parametrize(("said", "found"), [("40", "30"), ("25", "15")])
@pytest.mark.parametrize("equative", ["as much as", "as many as"])
def test_an_equative_cap_against_another_cap_conflicts(said, found, equative):
    source = f"On the coldest days, some buses lost up to {found} percent of their usual range."
    assert "percent" in kinds(
        f"On the coldest days, some buses lost {equative} {said} percent of their normal range.", source
    )
    assert not kinds(f"On the coldest days, some buses lost {equative} {found} percent of their normal range.", source)


@pytest.mark.parametrize(("owner", "body"), [("HRT", "board"), ("Wenlow", "council"), ("the trust's", "committee")])
@pytest.mark.parametrize(("said", "other"), [("decided", "voted"), ("agreed", "voted")])
def test_a_body_and_the_same_body_named_more_fully_are_one_party(owner, body, said, other):
    """ "The board decided in March 2020" against "In March 2020, the HRT board voted ...": the date is the board's, not
    the other date of the sentence ("by 2032")."""
    named = f"{owner} {body}"
    source = f"In March 2020, the {named} {other} to replace its entire fleet with electric buses by 2032."
    alignment = align(
        facts(f"The {body} {said} in March 2020 to replace its whole fleet with electric buses by 2032."), facts(source)
    )
    assert not [u for u in alignment.unstated if "2020" in getattr(u, "text", "")]
    assert not alignment.conflicts


@pytest.mark.parametrize(
    ("holder", "other"), [("Ashmere Community Energy", "Greyling Retrofit"), ("Holt Builders", "Tarn Housing")]
)
@pytest.mark.parametrize(
    ("claim", "source"),
    [
        (
            "{h} received the most complaints of the three installers.",
            "{o} received 123 complaints, and {h} received the fewest of the three installers, with 58.",
        ),
        ("{h} handled the most cases in 2023.", "In 2023 {h} handled the fewest cases of any team."),
        ("{h} submitted the lowest bid.", "{h} submitted the highest bid, ahead of {o}."),
    ],
)
def test_the_same_place_at_the_other_end_of_the_scale_conflicts(holder, other, claim, source):
    assert "rank" in kinds(claim.format(h=holder), source.format(h=holder, o=other)) or "antonym" in kinds(
        claim.format(h=holder), source.format(h=holder, o=other)
    )


def test_most_of_a_noun_without_the_is_a_majority_not_a_rank():
    assert not facts("Most migrants move for work.").ranks
    assert facts("Ashmere received the most complaints.").ranks[0].grade == "most"


def test_superlatives_of_two_scales_do_not_conflict():
    """ "the most complaints" and "the cheapest": two scales, no place reversed."""
    assert "rank" not in kinds(
        "Ashmere received the most complaints.", "Ashmere Community Energy was the cheapest of the three installers."
    )


def test_a_common_noun_and_a_name_ending_in_it_are_one_party_only_as_common_nouns():
    from assistant.alignment import _one_party

    assert _one_party("the board", "the HRT board")
    assert not _one_party("the board", "the HRT committee")


# One office, one holder, whatever way the sentence gives it: a title before the name, an apposition, "be".
@pytest.mark.parametrize(
    ("a", "b"), [("Daniel Okafor", "Ruth Penhallow"), ("Tomasz Wielgosz", "Amara Okonjo"), ("Lena Hart", "Ivo Brandt")]
)
@pytest.mark.parametrize(
    ("office", "other"), [("project manager", "collections manager"), ("project director", "programme manager")]
)
@pytest.mark.parametrize(
    "source",
    [
        "The work was led by {o} {a} and {p} {b}, with a core team of eleven staff.",
        "{a}, the {o}, and {b}, the {p}, reported to the board every month.",
    ],
)
@pytest.mark.parametrize("claim", ["{h} was the programme's {o}.", "The {o} was {h}."])
def test_an_office_the_sentence_gives_another_holder_conflicts(a, b, office, other, source, claim):
    sentence = source.format(a=a, b=b, o=office, p=other)
    assert "role" in kinds(claim.format(h=b, o=office), sentence)
    assert "role" not in kinds(claim.format(h=a, o=office), sentence)
    assert "role" not in kinds(claim.format(h=b, o=other), sentence)


def test_an_office_of_a_name_the_sentence_gives_no_office_is_no_rival():
    source = "The work was led by project manager Daniel Okafor, and Ruth Penhallow joined in 2022."
    assert "role" not in kinds("Ruth Penhallow was the project manager.", source)


# Opposite acts with no doer or object in common say nothing against each other.
@pytest.mark.parametrize(
    ("claim", "source"),
    [
        (
            "That pause added £3 million to the cost of the scheme.",
            "A shortage of units from the supplier slowed progress in 2022.",
        ),
        ("The delay increased the bill for the council.", "Better planning reduced waiting times for patients."),
        ("The new pumps raised water pressure in the town.", "The drought lowered reservoir levels in the town."),
    ],
)
def test_opposite_acts_of_other_things_do_not_conflict(claim, source):
    assert "antonym" not in kinds(claim, source)


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        ("Visitor numbers rose in 2023.", "Visitor numbers fell in 2023."),
        ("The council raised fees in 2023.", "The council cut fees in 2023."),
        (  # the doer of "let" left to the verb before it: no other doer
            "The completed wall failed during the storm and let water into the street.",
            "The completed wall performed well during the storm and prevented any flooding along the street.",
        ),
    ],
)
def test_opposite_acts_of_one_thing_conflict(claim, source):
    assert "antonym" in kinds(claim, source)


# A name denied in a slot ("X's, not Y's") conflicts only where the sentence gives it that slot.
@pytest.mark.parametrize("name", ["Harrowmere", "Fenwick Water", "the Velcor Group"])
def test_a_name_denied_in_a_slot_is_not_contradicted_by_a_mention(name):
    bare = name.removeprefix("the ")
    claim = f"Leaks on a customer's own pipe are the owner's responsibility, not {bare}'s."
    assert "negation" not in kinds(claim, f"{name} offered a free repair of the supply pipe to 9,300 households.")
    assert "negation" in kinds(f"The depot is run by the council, not by {bare}.", f"The depot is run by {bare}.")


@pytest.mark.parametrize("called", ["postpone", "defer", "put off"])
@pytest.mark.parametrize("thing", ["a new reservoir at Greythorn Moor", "the second depot"])
def test_putting_off_what_the_sentence_postponed_is_no_negation(called, thing):
    claim = f"Lower leakage allowed the utility to put off {thing}."
    source = f"Because leakage fell, the utility was able to {called} plans for {thing}."
    assert "negation" not in kinds(claim, source)


@pytest.mark.parametrize(("first", "last"), [(2019, 2022), (2016, 2021)])
@pytest.mark.parametrize(("low", "high", "noun"), [(22, 57, "detection crews"), (140, 486, "metered areas")])
def test_a_change_over_a_period_is_read_at_the_periods_ends(first, last, low, high, noun):
    """ "Between 2019 and 2022 the number went from 22 to 57" of "grew from 22 in 2019 to 57 in 2022"."""
    source = f"The number of {noun} grew from {low} in {first} to {high} in {last}."
    stated = align(facts(f"Between {first} and {last} the number of {noun} went from {low} to {high}."), facts(source))
    assert not stated.conflicts and not stated.unstated
    assert "count" in kinds(f"Between {first} and {last} the number of {noun} went from {low} to {high + 11}.", source)


@pytest.mark.parametrize(
    ("thing", "state"),
    [("the basement", "made safe for the collection"), ("the old depot", "used for storage"), ("the bridge", "opened")],
)
def test_no_longer_denies_the_act(thing, state):
    """ "could no longer be made safe" denies the making, as "could not be made safe any more" does."""
    source = f"The board concluded in November 2020 that {thing} could no longer be {state}."
    said = align(facts(f"In November 2020 the board decided {thing} could not be {state} any more."), facts(source))
    assert not said.conflicts and not said.unstated
    assert "negation" in kinds(f"In November 2020 the board decided {thing} could be {state}.", source)


@pytest.mark.parametrize(
    ("a", "b"), [("Greyling", "Ashmere"), ("the council", "the trust"), ("Holt Builders", "Tarn Housing")]
)
@pytest.mark.parametrize(
    ("verb", "one", "other"),
    [("covered", "the northern half of the county", "the southern half"), ("bought", "40 buses", "12 trams")],
)
def test_a_gapped_clause_gives_each_doer_its_own_thing(a, b, verb, one, other):
    """ "A covered the northern half and B the southern half": B did not cover the northern half."""
    source = f"{a[0].upper() + a[1:]} {verb} {one} and {b} {other}."
    start = lambda name: name[0].upper() + name[1:]  # noqa: E731
    assert "role" in kinds(f"{start(b)} {verb} {one}.", source)
    assert "role" in kinds(f"{start(b)} {verb} {one} and {a} {other}.", source)
    assert "role" not in kinds(f"{start(a)} {verb} {one}.", source)
    assert "role" not in kinds(f"{start(b)} {verb} {other}.", source)


@pytest.mark.parametrize(
    ("thing", "verb"), [("average cost per insulated home", "came in"), ("unit price", "ended up")]
)
@pytest.mark.parametrize(("value", "reference"), [("£2,706", "£2,400"), ("€9,150", "€8,000")])
def test_a_bound_against_a_reference_the_sentences_own_value_breaks_conflicts(thing, verb, value, reference):
    """ "came in below the £2,400 estimated" against "was £2,706, compared with the £2,400 estimated": the thing's
    value is £2,706, above the bound; the £2,400 is the estimate's."""
    source = f"The {thing}, including administration, was {value}, compared with the {reference} estimated in the plan."
    assert "amount" in kinds(f"The {thing} {verb} below the {reference} estimated in the plan.", source)
    assert not kinds(f"The {thing} {verb} below {value[0]}20,000.", source)


@pytest.mark.parametrize(("part", "whole", "then"), [(36, 40, 21), (112, 150, 87)])
@pytest.mark.parametrize(
    ("noun", "act", "survey"),
    [("schools", "fully met the standard", "audit"), ("depots", "passed the inspection", "inspection round")],
)
@pytest.mark.parametrize("year", [2022, 2019])
def test_a_compared_part_of_a_whole_keeps_its_own_date(part, whole, then, noun, act, survey, year):
    """ "36 of the 40 schools met the standard, compared with 21 of 40 in a similar audit carried out in 2022": the
    year is the 21's (and its whole's), so "in the 2022 audit, 36 of the 40" conflicts and "21 of the 40" does not."""
    source = f"He found that {part} of the {whole} {noun} {act}, compared with {then} of {whole} in a similar {survey} carried out in {year}."
    assert "count" in kinds(f"In the {year} {survey}, {part} of the {whole} {noun} {act}.", source)
    assert not kinds(f"In the {year} {survey}, {then} of the {whole} {noun} {act}.", source)
    assert not kinds(f"{part} of the {whole} {noun} {act}.", source)


@pytest.mark.parametrize(("low", "high", "unit"), [(91, 68, "grams"), (14, 9, "kilograms")])
@pytest.mark.parametrize(("first", "last"), [(2022, 2024), (2019, 2021)])
@pytest.mark.parametrize("thing", ["Plate waste", "Food waste per pupil"])
def test_a_change_told_the_other_way_round_keeps_its_years(low, high, unit, first, last, thing):
    """A party has several years ("averaged 68 grams in 2024, down from 91 grams in 2022"): a claim giving them in
    another order ("fell from 91 grams in 2022 to 68 grams in 2024") exchanges none of them."""
    source = f"{thing} averaged {high} {unit} in {last}, down from {low} {unit} in {first}."
    assert not kinds(f"{thing} fell from {low} {unit} in {first} to {high} {unit} in {last}.", source)
    wrong = align(facts(f"{thing} fell from {low} {unit} in {first - 1} to {high} {unit} in {last}."), facts(source))
    assert wrong.conflicts or wrong.unstated  # another year: never stated


@pytest.mark.parametrize(
    ("subject", "thing"),
    [("48 schools", "a kitchen of their own"), ("the three villages", "piped water"), ("the clinic", "a pharmacist")],
)
def test_lacking_a_thing_is_having_none_of_it(subject, thing):
    """ "lacked a kitchen" / "had no kitchen": the two opposite verbs deny one thing alike; "had a kitchen" against
    either conflicts, and two opposite acts each denied by "no" still differ ("rejected no bids" / "accepted no")."""
    bare = thing.removeprefix("a ")
    assert not kinds(f"At the start, {subject} lacked {thing}.", f"At the start, {subject} had no {bare}.")
    assert not kinds(f"At the start, {subject} had no {bare}.", f"At the start, {subject} lacked {thing}.")
    assert kinds(f"At the start, {subject} had {thing}.", f"At the start, {subject} had no {bare}.")
    assert kinds(f"At the start, {subject} had {thing}.", f"At the start, {subject} lacked {thing}.")


@pytest.mark.parametrize(
    ("noun", "accepted", "rejected"),
    [("bids", "accepted", "rejected"), ("offers", "accepted", "declined"), ("matches", "won", "lost")],
)
def test_two_opposite_acts_each_denying_a_thing_still_conflict(noun, accepted, rejected):
    assert "antonym" in kinds(f"The council {rejected} no {noun}.", f"The council {accepted} no {noun}.")


@pytest.mark.parametrize(
    ("thing", "before", "values"),
    [
        ("Secondary uptake", "the proportion of primary pupils taking a lunch", ("39%", "44%", "41%")),
        ("Attendance at the evening classes", "attendance at the day classes", ("210", "260", "230")),
    ],
)
@pytest.mark.parametrize(("first", "last", "asked"), [(2021, 2023, 2022), (2018, 2020, 2019)])
def test_a_value_at_a_year_the_passage_never_gives_is_unstated(thing, before, values, first, last, asked):
    """ "41% in autumn 2022" against "from 39% to 44%" after "from 61% in the autumn of 2021 to 74% in the autumn of
    2023": the sentence's values are of the years around it, so a value at another year is not given (nor denied);
    at one of those years, a differing value conflicts."""
    low, high, other = values
    source = f"{thing} improved more slowly, from {low} to {high}."
    context = [
        facts(f"Over the same period, {before} rose from 61% in the autumn of {first} to 74% in the autumn of {last}.")
    ]
    said = align(facts(f"{thing} stood at {other} in autumn {asked}."), facts(source), context=context)
    assert not said.conflicts and any(other in str(getattr(u, "text", u)) for u in said.unstated)
    at_an_end = align(facts(f"{thing} stood at {other} in autumn {last}."), facts(source), context=context)
    assert at_an_end.conflicts


@pytest.mark.parametrize(
    ("act", "done", "value", "rate", "ends"),
    [
        (
            "Raising the hourly rate for kitchen assistants",
            "added",
            "£1.2 million a year",
            "hourly rate for kitchen assistants",
            ("£10.90", "£11.75"),
        ),
        (
            "Cutting the daily fee for parking permits",
            "saved",
            "€640,000 a year",
            "daily fee for parking permits",
            ("€4.50", "€3.20"),
        ),
    ],
)
def test_a_value_of_another_act_the_claim_tells_is_no_rival(act, done, value, rate, ends):
    """ "Raising the hourly rate added £1.2 million a year" against "raised the hourly rate from £10.90 to £11.75":
    the sentence's sums are the rate's, in the act the claim gives no value; a claim of the rate's end conflicts."""
    verb = "raised" if "Raising" in act else "cut"
    source = f"In response, the authority {verb} the {rate} from {ends[0]} to {ends[1]} in April 2023."
    assert not kinds(f"{act} {done} {value} to the authority's costs.", source)
    assert "amount" in kinds(f"The authority {verb} the {rate} to {ends[1][0]}99.", source)


@pytest.mark.parametrize(
    ("low", "high", "wrong"), [("12%", "37%", "47%"), ("1,450", "3,900", "4,900"), ("£186", "£142", "£124")]
)
@pytest.mark.parametrize("by", ["by 2023/24", "in 2024", "by the end of 2022"])
def test_one_date_after_a_change_dates_its_end(low, high, wrong, by):
    """ "climbed from 12% to 47% by 2023/24" against "rose from 12% in 2021/22 to 37% in 2023/24": the one date is
    where the change ended, so the start is compared as a start and only the end conflicts."""
    source = f"The figure for the scheme changed from {low} in 2019 to {high} {by}."
    assert not kinds(f"The figure for the scheme changed from {low} to {high} {by}.", source)
    conflicts = align(facts(f"The figure for the scheme changed from {low} to {wrong} {by}."), facts(source)).conflicts
    assert [c.claim for c in conflicts] == [wrong]


@pytest.mark.parametrize(("number", "other"), [("five", "six"), ("12", "14"), ("three", "four")])
@pytest.mark.parametrize(
    ("verb", "noun"), [("accepted", "recommendations"), ("repaired", "bridges"), ("met", "targets")]
)
def test_all_of_a_number_of_things_is_the_whole(number, other, verb, noun):
    """ "all five of their recommendations" is the five, all of them, as "all five recommendations"; another number
    conflicts."""
    source = f"The authority has {verb} all {number} {noun} and said it would report in 2025."
    assert not align(facts(f"The authority has {verb} all {number} of their {noun}."), facts(source)).unstated
    assert "count" in kinds(f"The authority has {verb} all {other} of their {noun}.", source)


@pytest.mark.parametrize("season", ["autumn", "spring", "summer"])
@pytest.mark.parametrize(("first", "last"), [(2021, 2023), (2018, 2020)])
@pytest.mark.parametrize(("low", "high"), [(61, 74), (38, 45)])
def test_a_change_in_points_between_two_seasons_is_read_at_their_ends(season, first, last, low, high):
    """ "went up by 13 percentage points between autumn 2021 and autumn 2023" of "rose from 61% in the autumn of
    2021 to 74% in the autumn of 2023": the period is said by its two ends, the points are the difference, and a
    point more is no longer what the sentence says."""
    source = f"The proportion of pupils taking a lunch rose from {low}% in the {season} of {first} to {high}% in the {season} of {last}."
    period = f"between {season} {first} and {season} {last}"
    said = align(facts(f"Lunch uptake went up by {high - low} percentage points {period}."), facts(source))
    assert not said.conflicts and not said.unstated
    assert "count" in kinds(f"Lunch uptake went up by {high - low + 1} percentage points {period}.", source)


@pytest.mark.parametrize(
    ("season", "first", "last"),
    [
        ("autumn", 2021, 2023),
        ("spring", 2021, 2023),
        ("spring", 2018, 2020),
        pytest.param(
            "autumn", 2018, 2020, marks=pytest.mark.xfail(reason="known gap: 'autumn 2021' after 'and' is no entity")
        ),
    ],
)
def test_a_change_between_two_seasons_to_another_end_is_not_stated(season, first, last):
    source = f"The proportion of pupils taking a lunch rose from 61% in the {season} of {first} to 74% in the {season} of {last}."
    later = align(
        facts(f"Lunch uptake went up by 13 percentage points between {season} {first} and {season} {last + 1}."),
        facts(source),
    )
    assert later.conflicts or later.unstated


@pytest.mark.parametrize(
    ("claim", "source"),
    [
        (
            "The meal price went up again in September {y}.",
            "The share of food spending going to local producers rose from 12% in 2021 to 37% in 2023.",
        ),
        ("The ferry fare was raised in March {y}.", "The number of sailings fell from 14 a day in 2019 to 11 in 2022."),
        (
            "The library's opening hours were cut in {y}.",
            "Visitor numbers at the museum grew from 8,000 in 2020 to 9,500 in 2022.",
        ),
    ],
)
@pytest.mark.parametrize("y", [2024, 2018])
def test_a_year_of_a_party_the_sentence_never_names_has_no_rival(claim, source, y):
    """ "The meal price went up in September 2024" against "The share of food spending rose from 12% in 2021/22":
    the sentence's years are its share's, a thing the claim never names, as the claim's price is none of its."""
    said = align(facts(claim.format(y=y)), facts(source))
    assert not said.conflicts and said.unstated


@pytest.mark.parametrize("y", [2024, 2018])
def test_a_year_of_the_same_party_in_other_words_still_conflicts(y):
    source = "The price of a school meal rose from £2.30 to £2.60 in September 2021."
    assert "year" in kinds(f"The meal price rose from £2.30 to £2.60 in September {y}.", source)


@pytest.mark.parametrize(("noun", "act"), [("homes", "found defects in"), ("claims", "upheld"), ("schools", "visited")])
@pytest.mark.parametrize(("said", "found"), [("23", "23"), ("32", "23"), ("twenty-three", "23")])
def test_a_part_of_a_pronoun_counts_what_its_sentence_counts_before_it(noun, act, said, found):
    """ "examined 150 homes and found defects in 23 of them": 23 homes, whatever the sentence before counts."""
    source = f"The inspectors examined 150 {noun} in 2023 and {act} {found} of them."
    context = [facts("The council bought 48 new buses in 2022.")]
    claim = facts(f"The inspectors {act} {said} {noun}.")
    result = align(claim, facts(source), context=context)
    if int(found) == (23 if said == "twenty-three" else int(said)):
        assert result.states_all
    else:
        assert [(c.kind, c.claim, c.source) for c in result.conflicts] == [("count", said, found)]


@pytest.mark.parametrize(("act", "other"), [("open", "begin"), ("be finished", "start"), ("reopen", "begin")])
@pytest.mark.parametrize("place", ["learning centre", "visitor hall", "archive store"])
def test_the_year_of_an_acts_beginning_is_no_year_of_another_act(act, other, place):
    """ "The learning centre is expected to open in 2026" against "work on the learning centre is expected to begin in
    2025": the start of the work is another event than the opening, so its year is no rival."""
    claim = facts(f"The {place} is expected to {act} in 2026.")
    source = facts(f"The old stores will be converted into a {place}, with work expected to {other} in 2025.")
    result = align(claim, source)
    assert not result.conflicts and "2026" in [d.text for d in result.unstated]


@pytest.mark.parametrize("place", ["depot", "library", "clinic"])
@pytest.mark.parametrize("doer", ["HRT", "The council", "The trust"])
def test_a_verb_with_a_particle_done_by_another_doer_reverses_nothing(place, doer):
    """ "The depot conversion came in under budget" against "HRT runs three depots": whatever WordNet opposes to "come
    in", the two acts have no doer in common, so neither says anything against the other."""
    claim = facts(f"The {place} conversion came in under budget.")
    source = facts(f"{doer} runs three {place}s in the county.")
    assert not [c for c in align(claim, source).conflicts if c.kind == "antonym"]


CLAUSED = [
    ("because residents objected to the noise", "Residents objected to the noise, and the council delayed the permit."),
    (
        "after the contractor went into administration",
        "The contractor went into administration, and the council delayed the permit.",
    ),
    ("because the budget ran out", "The budget ran out, so the council delayed the permit."),
]


@pytest.mark.parametrize(("clause", "said"), CLAUSED)
@pytest.mark.parametrize("act", ["delayed the permit", "postponed the permit"])
def test_a_clause_the_claim_adds_must_be_said(clause, said, act):
    """ "The council delayed the permit because residents objected": the reason (or time) is a fact of the claim's own,
    unstated by a sentence telling only the act, stated by one telling it too."""
    claim = facts(f"The council {act} {clause}.")
    bare = align(claim, facts("The council delayed the permit by seven months."))
    assert clause in [getattr(d, "text", "") for d in bare.unstated]
    told = align(claim, facts(said))
    assert clause not in [getattr(d, "text", "") for d in told.unstated]


@pytest.mark.parametrize(
    ("act", "told"), [("went up again", "rose"), ("rose again", "rose"), ("was renewed again", "was renewed")]
)
@pytest.mark.parametrize("thing", ["The meal price", "The annual fee", "The contract"])
def test_an_act_done_again_is_not_dated_by_the_time_before(act, told, thing):
    """ "The meal price went up again in 2024" against "The meal price rose in 2023": the earlier rise's year is no rival
    to the claim's, which tells another rise; without "again" it is."""
    source = facts(f"{thing} {told} in March 2023.")
    again = align(facts(f"{thing} {act} in March 2024."), source)
    assert not [c for c in again.conflicts if c.kind == "year"] and "March 2024" in [d.text for d in again.unstated]
    once = align(facts(f"{thing} {act.replace(' again', '')} in March 2024."), source)
    assert [c.kind for c in once.conflicts] == ["year"]


@pytest.mark.parametrize(("act", "told"), [("swapped", "replaced"), ("exchanged", "replaced")])
@pytest.mark.parametrize("thing", ["drawers", "boilers", "meters"])
def test_a_pronoun_a_claim_ends_with_is_no_circumstance(act, told, thing):
    """ "were swapped for new ones": "ones" stands for the noun said before, no circumstance the sentence must give."""
    claim = facts(f"Around 70 per cent of the {thing} were {act} for new ones.")
    source = facts(f"About 70 per cent of the {thing} were {told} with new {thing} in 2023.")
    assert not [d for d in align(claim, source).unstated if getattr(d, "label", "") == "DETAIL"]


AIMS = [
    ("The board aimed for {v} per cent of calls to be answered within a minute.", "percent"),
    ("The council planned to build {v} homes on the site.", "count"),
    ("The trust intends to recruit {v} nurses.", "count"),
]
REACHED = {
    "percent": "The share of calls answered within a minute rose to {v} per cent.",
    "count": "In the end {v} were completed.",
}


@pytest.mark.parametrize(("aim", "kind"), AIMS)
def test_a_value_aimed_at_does_not_conflict_with_a_value_reached(aim, kind):
    """ "The board aimed for 90 per cent" against "rose to 86 per cent": an aim and an outcome, two values; the
    claim's aim is unstated. Against another aim ("a target of 95 per cent") it conflicts."""
    result = align(facts(aim.format(v=90)), facts(REACHED[kind].format(v=86)))
    assert not [c for c in result.conflicts if c.kind == kind]
    assert any(getattr(d, "text", "").startswith("90") for d in result.unstated)
    assert kind in kinds(aim.format(v=90), aim.format(v=95))


@pytest.mark.parametrize("connective", ["instead of", "rather than"])
@pytest.mark.parametrize("plan", ["was planned to hold 480 rooms", "was meant to hold 480 rooms"])
def test_a_value_set_aside_for_another_is_weighed_as_a_value_not_denied(connective, plan):
    """ "ended up with 452 rooms instead of 480" against "was planned to hold 480 rooms": the plan's 480 is no denial
    of the claim's setting 480 aside, nor a count of the rooms it has."""
    claim = f"Ashgrove House ended up with 452 rooms {connective} 480."
    assert not kinds(claim, f"Ashgrove House {plan}.") & {"negation", "count"}
    assert "count" in kinds(claim, "Ashgrove House ended up with 480 rooms.")


@pytest.mark.parametrize(
    ("party", "act"),
    [("Tessard Build", "went into administration"), ("The Orlen Trust", "withdrew its funding")],
)
@pytest.mark.parametrize(
    "aside", ["with the Millbrook blocks about half built", "by which time the Kessel blocks were about half built"]
)
def test_a_year_of_a_named_partys_act_conflicts_beside_another_clauses_name_and_value(party, act, aside):
    """ "Tessard Build went into administration in March 2021, with the Millbrook blocks about half built" against
    "Tessard Build went into administration in March 2022 when the blocks were roughly half finished": the year is
    of the act of a party the sentence names; the other clause's name and value do not make it another time."""
    source = f"The original contractor, {party}, {act} in March 2022 when the blocks were roughly half finished."
    assert "year" in kinds(f"{party} {act} in March 2021, {aside}.", source)
    assert "year" not in kinds(f"{party} {act} in March 2022, {aside}.", source)


@pytest.mark.parametrize(
    ("thing", "phrasal", "verb"),
    [("research", "carried out", "did"), ("survey", "carried out", "ran"), ("plan", "drawn up", "wrote")],
)
def test_a_year_of_a_phrasal_act_on_the_claims_thing_is_compared(thing, phrasal, verb):
    """ "Pellham Insight did that research in 2021" against "Customer research carried out by Pellham Insight in 2023
    found ...": a phrasal act ("carry out") on the claim's thing is its act, told twice, whose roles are its verb's."""
    source = f"Customer {thing} {phrasal} by Pellham Insight in 2023 found that most households were satisfied."
    assert "year" in kinds(f"Pellham Insight {verb} that {thing} in 2021.", source)
    assert "year" not in kinds(f"Pellham Insight {verb} that {thing} in 2023.", source)


@pytest.mark.parametrize("noun", ["money", "funds"])
@pytest.mark.parametrize("act", ["spent", "raised"])
def test_money_a_claim_names_is_said_by_a_sum(noun, act):
    """ "Of the money spent, £17.9 million went on the stations" against "Of the £38.6 million spent, £17.9 million
    went on the stations": the sum is the money; a circumstance of another kind ("Of the houses built") is not said."""
    source = f"Of the £38.6 million {act}, £17.9 million went on the four new stations."
    assert align(facts(f"Of the {noun} {act}, £17.9 million went on the four new stations."), facts(source)).states_all
    other = align(
        facts(f"Of the grants {act} by residents, £17.9 million went on the four new stations."), facts(source)
    )
    assert not other.states_all


@pytest.mark.parametrize(("series", "number"), [("Tightline", "Two"), ("Harbour Renewal", "Three")])
def test_a_numbered_successor_is_not_the_programme_a_title_names(series, number):
    """ "Household bills are expected to rise again to pay for Tightline Two", against "The average household bill
    rose by £18 a year to help pay for the work" in "The Tightline Programme: Final Report": the title names the
    programme, not its numbered successor, so the claim's name is unsaid ("Two" is a name's word, not a stop word)."""
    claim = facts(f"Household bills are expected to rise again to pay for {series} {number}.")
    source = facts("The average household bill rose by £18 a year during the programme to help pay for the work.")
    assert not align(claim, source, about=[f"The {series} Programme: Final Report"]).states_all
    itself = facts(f"Household bills are expected to rise again to pay for the {series} Programme.")
    unsaid = align(itself, source, about=[f"The {series} Programme: Final Report"]).unstated
    assert not [d for d in unsaid if series in getattr(d, "text", "")]  # the programme itself is the title's


@pytest.mark.parametrize(("owner", "count"), [("Caldermere's", "four"), ("its", "three"), ("the county's", "six")])
def test_a_preposition_before_a_possessive_bounds_no_number(owner, count):
    """ "spread over Caldermere's four provinces": "over" takes the provinces, whose owner stands between it and the
    number; it bounds no count ("over four provinces" would)."""
    claim = facts(f"The network connects 23 libraries spread over {owner} {count} provinces.")
    (said,) = [q for q in claim.quantities if q.of == "province"]
    assert said.exact and not said.bound
    source = facts(f"The network links twenty-three libraries across the {count} provinces of Caldermere.")
    assert not align(claim, source).unstated


@pytest.mark.parametrize(("opening", "end"), [("from", "until"), ("from", "till"), ("from", "to")])
def test_a_period_from_one_year_until_another_is_stated_by_its_years_only(opening, end):
    """ "appeared from 1840 until 1936" is one period: stated by "between 1840 and 1936", not by a period of the
    same start and another end."""
    source = facts("The gazette was a regional weekly published between 1840 and 1936.")
    same = align(facts(f"The gazette appeared {opening} 1840 {end} 1936."), source)
    assert not same.unstated and not same.conflicts
    assert not align(facts(f"The gazette appeared {opening} 1840 {end} 1937."), source).states_all


@pytest.mark.parametrize("noun", ["volumes", "boxes", "ledgers"])
def test_a_participle_after_a_plural_noun_leaves_the_noun_counted(noun):
    """ "212 volumes recording baptisms": the parser hangs the volumes on the baptisms, but a participle after a plural
    noun tells of that noun, the one counted."""
    source = facts(f"The first collection was the parish registers, 212 {noun} recording baptisms and burials.")
    assert [q.of for q in source.quantities if q.value == 212] == [lexicon.singular(noun)]
    assert not align(facts(f"The parish registers run to 212 {noun}."), source).unstated


@pytest.mark.parametrize(("said", "other"), [("teacher", "schoolteacher"), ("nurse", "midwife")])
def test_each_apposition_of_a_chain_names_the_doer(said, other):
    """ "The most active volunteer, Agathe Morrell, a retired schoolteacher, had transcribed ...": each of the three
    appositions names who transcribed, so the claim's description is no rival of the first."""
    source = facts(
        f"The most active volunteer, Agathe Morrell, a retired {other} from Kilbrennan, had transcribed more than "
        "14,000 pages by the end of the period."
    )
    assert ("transcribe", "agent", other) in source.roles
    claim = facts(f"Agathe Morrell, a {other} from Kilbrennan, transcribed over 14,000 pages.")
    assert not align(claim, source).conflicts


@pytest.mark.parametrize(
    ("party", "verb", "conflicts"),
    [("the network's own reserves", "supplied", True), ("the Orrin Fell Foundation", "gave", False)],
)
def test_a_sum_of_a_clause_without_its_verb_comes_from_its_own_origin(party, verb, conflicts):
    """ "9.6 million crowns came from the Ministry, 3.1 million crowns from the Foundation, and the remaining 1.5
    million crowns from its own reserves": each sum after the first comes from its own "from" phrase, so the
    reserves giving 3.1 million swaps two sums."""
    source = facts(
        "Of this, 9.6 million crowns came from the Ministry of Culture, 3.1 million crowns from the Orrin Fell "
        "Foundation, and the remaining 1.5 million crowns from the network's own reserves."
    )
    claim = facts(f"{party[0].upper()}{party[1:]} {verb} 3.1 million crowns of the budget.")
    assert ("amount" in {c.kind for c in align(claim, source).conflicts}) is conflicts


@pytest.mark.parametrize("verb", ["holds", "contains", "includes"])
def test_a_state_is_not_called_off_by_a_postponed_act(verb):
    """ "The collection holds 20,000 photographs" against "It postponed work on the collection of photographs": what
    a thing holds is a state, which no postponement calls off; "The centre opened" still is."""
    source = "It also postponed work on the network's collection of glass-plate photographs."
    assert "negation" not in kinds(f"The network's glass-plate collection {verb} about 20,000 photographs.", source)
    assert "negation" in kinds("The Duneholt centre opened.", "The opening of the Duneholt centre was postponed.")


@pytest.mark.parametrize(("number", "value"), [("three-million", 3e6), ("1.5-million", 1.5e6), ("two-thousand", 2e3)])
def test_a_number_hyphened_to_its_scale_is_one_number(number, value):
    """ "the three-million-page target": one number (3,000,000), which the recogniser reads as two."""
    source = facts(f"The network expects to reach the {number}-page target in late 2026.")
    assert value in [q.value for q in source.quantities] and 3.0 not in [q.value for q in source.quantities]
    assert not align(facts(f"The network is expected to hit its {number}-page target in late 2026."), source).unstated


@pytest.mark.parametrize(("comparative", "sum_"), [("more", "£520"), ("fewer", "40"), ("less", "€1.2 million")])
def test_a_negative_word_before_a_bound_denies_nothing(comparative, sum_):
    """ "pay no more than £520": "no" turns the bound (at most £520), and denies no act."""
    claim = facts(f"Homes in band D pay no {comparative} than {sum_} a year under the scheme.")
    assert not claim.negations
    assert "negation" not in kinds(
        f"Homes in band D pay no {comparative} than {sum_} a year under the scheme.",
        f"Under the scheme, homes in band D pay {sum_} a year at most.",
    )


@pytest.mark.parametrize(("done", "set_aside"), [("October 2025", "June 2025"), ("March 2027", "September 2026")])
@pytest.mark.parametrize("marker", ["rather than by", "instead of by"])
def test_a_date_set_aside_by_rather_than_is_not_the_acts_date(done, set_aside, marker):
    """ "expects the wall to be complete in October 2025 rather than by the original target of June 2025": June 2025
    is the date set aside, so "expects it finished in June 2025" is contradicted by October 2025."""
    source = (
        f"The Board now expects the whole wall to be complete in {done} {marker} the original target of {set_aside}."
    )
    conflicts = align(
        facts(f"The Board expects the whole wall to be finished in {set_aside}."), facts(source)
    ).conflicts
    assert [(c.kind, c.source) for c in conflicts] in ([("date", done)], [("year", done)])
    assert not align(facts(f"The Board expects the whole wall to be finished in {done}."), facts(source)).conflicts


@pytest.mark.parametrize(("first", "last"), [("June 2022", "January 2024"), ("March 2019", "May 2021")])
def test_a_period_is_stated_by_its_two_ends_given_as_dates(first, last):
    """ "opened between June 2022 and January 2024" of "the first to open, in June 2022, and the last, in January
    2024": the period's ends, each a date of the sentence."""
    source = facts(f"Fennick Cross was the first to open, in {first}, and Kestrel Park was the last, in {last}.")
    assert not align(facts(f"The new stations opened between {first} and {last}."), source).conflicts


def test_a_gapped_sum_comes_from_its_own_origin_past_the_words_of_the_origin_before():
    """ "£265 million comes from a grant administered by the Fund, £97 million from council borrowing": the participle
    belongs to the first origin; the second sum has no verb of its own and comes from the borrowing."""
    source = facts(
        "Of this, £265 million comes from a national government grant administered by the Coastal Adaptation Fund, "
        "£97 million from city council borrowing, and the remaining £50 million from a levy on commercial property."
    )
    assert [q.party for q in source.quantities] == ["government grant", "city council borrowing", "levy"]


@pytest.mark.parametrize(("said", "found"), [("two months", "three months"), ("six weeks", "four weeks")])
def test_how_far_ahead_of_schedule_is_a_span(said, found):
    """ "connected in June 2021, three months ahead of schedule": how far from the time set is a span, compared as one
    (unlike "three months later", a point counted on from another)."""
    source = f"The village of Cressford Magna was connected in June 2021, {found} ahead of schedule."
    assert "time_span" in kinds(f"Cressford Magna was connected in June 2021, {said} ahead of schedule.", source)
    assert not kinds(f"Cressford Magna was connected in June 2021, {found} ahead of schedule.", source)


@pytest.mark.parametrize(("party", "verb"), [("Rising material prices", "added"), ("The storage contract", "cost")])
def test_a_neighbours_equal_value_of_another_party_states_nothing(party, verb):
    """ "the replacement of Tarnfield Civils, which added £2.3 million" beside "Rising material prices added a further
    £1.6 million": the neighbour's £1.6 million is the prices', so "Replacing Tarnfield Civils added £1.6 million"
    stays contradicted."""
    claim = facts(f"Replacing Tarnfield Civils {verb} £1.6 million.")
    source = facts(f"The largest cause was the replacement of Tarnfield Civils, which {verb} £2.3 million.")
    around = facts(f"{party} {verb} a further £1.6 million in 2022.")
    assert "amount" in {c.kind for c in align(claim, source, context=[around]).conflicts}


@pytest.mark.parametrize("modifier", ["broadband", "mobile phone", "fibre network"])
def test_a_phrase_set_aside_by_rather_than_is_denied_by_its_head(modifier):
    """ "complaints concerned the reinstatement of verges rather than the broadband service itself": the service is
    what is set aside (its modifiers qualify it), so "not about the broadband service" agrees, and "about the
    service" is denied."""
    source = (
        f"Most complaints concerned reinstatement of verges after trenching rather than the {modifier} service itself."
    )
    assert "negation" not in kinds(f"Most complaints were about the verges, not about the {modifier} service.", source)
    assert "negation" in kinds(f"Most complaints concerned the {modifier} service.", source)


@pytest.mark.parametrize(
    ("verb", "first", "last", "fits"),
    [("more than doubled", 41, 89, True), ("more than tripled", 41, 89, False), ("halved", 82, 41, True)],
)
def test_a_multiple_of_a_percentage_is_its_ratio(verb, first, last, fits):
    """ "Rural coverage more than doubled between 2019 and 2024" of "rose from 41 per cent in 2019 to 89 per cent": a
    multiple is a ratio whatever the unit, so a percentage doubles as a count does (a rise "by 48 per cent" of two
    percentages stays unread: points or per cent)."""
    way = "rose" if last > first else "fell"
    source = f"Coverage in rural Hallowdene {way} from {first} per cent in 2019 to {last} per cent by the end of 2024."
    assert (not kinds(f"Rural coverage {verb} between 2019 and 2024.", source)) is fits


@pytest.mark.parametrize(("high", "low"), [("Cressford Magna", "the upland parishes"), ("Cressford Magna", "Bramley")])
def test_two_superlatives_of_one_subject_each_keep_their_own_place(high, low):
    """ "Take-up was highest in Cressford Magna and lowest in the upland parishes": each superlative holds its own
    place, so "Cressford Magna had the highest take-up" agrees and "had the lowest" conflicts."""
    source = f"Take-up was highest in {high}, at 61 per cent, and lowest in {low}, where it averaged 29 per cent."
    assert not kinds(f"{high} had the highest take-up, at 61 per cent.", source)
    assert "rank" in kinds(f"{high} had the lowest take-up.", source)


# Stop 56: classes from two blind sets (school meals, electric buses), each over generated wordings


@pytest.mark.parametrize("place", ["Route 88 between Kelby and Porth Anna", "the Harbour loop", "the coastal line"])
@pytest.mark.parametrize(("said", "found"), [(164, 146), (58, 85), (120, 102)])
@pytest.mark.parametrize(
    "before",
    [
        "No electric buses had been assigned to the rural routes, as ",
        "Electric buses were kept off the rural routes because ",
        "",
    ],
)
def test_a_value_given_per_a_thing_sizes_one_of_them(place, said, found, before):
    """ "runs 146 kilometres per round trip" sizes one round trip: a claim giving another length of a round trip
    conflicts; a reason clause after a negated verb is asserted, not denied ("No buses were assigned, as the route
    runs 146 km"), as a coordinated clause with its own subject is."""
    source = f"{before}{place} runs {found} kilometres per round trip."
    source = source[0].upper() + source[1:]
    claim = f"A round trip on {place} is {said} kilometres."
    assert [(c.kind, c.source) for c in align(facts(claim), facts(source)).conflicts] == [
        ("amount", f"{found} kilometres")
    ]
    assert align(facts(claim.replace(str(said), str(found))), facts(source)).states_all


@pytest.mark.parametrize(("said", "found"), [("twenty", "twelve"), ("five", "three"), ("10", "8")])
@pytest.mark.parametrize(("grade", "noun"), [("busiest", "routes"), ("largest", "depots"), ("oldest", "branches")])
def test_a_number_before_a_superlative_counts_its_noun(said, found, grade, noun):
    """ "the twelve busiest urban routes": the parser hangs the number on the adjective; it counts the routes."""
    source = f"The new buses were deployed only on the {found} {grade} urban {noun} in the city."
    claim = f"The new buses were put to work on the {said} {grade} urban {noun} in the city."
    assert [c.kind for c in align(facts(claim), facts(source)).conflicts] == ["count"]
    assert align(facts(claim.replace(said, found)), facts(source)).states_all


@pytest.mark.parametrize(("compound", "kind"), [("double-deckers", "double-deck buses"), ("minibuses", "minibuses")])
@pytest.mark.parametrize("count", ["86", "forty", "112"])
def test_a_hyphened_noun_wordnet_knows_counts_as_itself(compound, kind, count):
    """ "86 double-deckers" counts double-deckers (a kind of bus, in WordNet), not deckers."""
    source = f"Northgate Electric, which delivered {count} {compound}, was the second supplier."
    claim = f"The {count} {kind} came from Northgate Electric."
    alignment = align(facts(claim), facts(source))
    assert not alignment.conflicts and not [u for u in alignment.unstated if u.text == count]


@pytest.mark.parametrize("compound", ["zero-emission", "one-stop", "single-deck"])
def test_none_or_one_hyphened_to_a_noun_names_a_kind_not_a_count(compound):
    """ "the zero-emission bus programme": a kind of programme; no count of emissions to find."""
    for sentence in (
        f"The authority started the {compound} bus programme in May 2019.",
        f"Velstra delivered 201 {compound} buses and Northgate 86 double-deckers.",
    ):
        assert not [q for q in facts(sentence).quantities if q.kind == "count" and q.value in (0, 1)]


@pytest.mark.parametrize(("written", "value"), [("27k", 27_000), ("4.5k", 4_500), ("12k", 12_000)])
@pytest.mark.parametrize("noun", ["pupils", "residents", "visitors"])
def test_an_abbreviated_thousand_on_a_count_scales_it(written, value, noun):
    """ "about 27k pupils" counts 27,000 pupils (a sum's "m" and "bn" already scale it); "a 10k loop" counts none."""
    (count,) = facts(f"The team analysed records for about {written} {noun}.").quantities
    assert count.kind == "count" and count.value == value and count.of == noun.rstrip("s")
    source = f"The team analysed records for roughly {value:,} {noun}."
    assert align(facts(f"The team analysed records for about {written} {noun}."), facts(source)).states_all
    assert not any(q.kind == "count" and q.value == 10_000 for q in facts("They ran a 10k loop.").quantities)


@pytest.mark.parametrize(("said", "state"), [("about 80%", True), ("roughly four in five", True), ("about 60%", False)])
@pytest.mark.parametrize(("start", "end"), [("2020", "2022"), ("the autumn term of 2020", "the summer term of 2022")])
def test_the_end_of_a_change_with_a_time_between_is_a_value(said, state, start, end):
    """ "rose from 52% in 2020 to 81% by 2022": "to" ends the change, 81% is a value (no "up to" bound), and the
    claim's share by the end time is read against it."""
    source = f"Uptake in the pilot schools rose from 52% in {start} to 81% by {end}."
    claim = (
        f"By {end.replace('the summer term of', 'summer')} {said} of pupils in the pilot schools were taking a lunch."
    )
    assert align(facts(claim), facts(source)).states_all is state


@pytest.mark.parametrize(("short", "full"), [("Brightfield", "Brightfield Foods"), ("Velstra", "Velstra Mobility")])
@pytest.mark.parametrize("act", ["took over on 1 September 2022", "began deliveries on 1 September 2022"])
def test_an_organisation_called_by_its_first_words(short, full, act):
    """ "Brightfield took over" names "Brightfield Foods", as a text does once it has named it; a sentence naming
    another organisation those words begin does not."""
    claim = f"{full} {act}."
    assert align(facts(claim), facts(f"{short} {act}.")).states_all
    assert not align(facts(claim), facts(f"{short} Council and {short} Trust {act}.")).states_all


@pytest.mark.parametrize(
    ("first", "second"), [("Velstra Mobility", "Northgate Electric"), ("Harlow Works", "the Denton Company")]
)
@pytest.mark.parametrize(
    ("mine", "theirs", "kind"),
    [
        ("single-deck buses", "double-deck buses", "double-deck buses"),
        ("diesel pumps", "electric pumps", "electric pumps"),
    ],
)
def test_a_relative_clause_tells_its_antecedent_did_the_act(first, second, mine, theirs, kind):
    """ "A, which delivered the single-deck buses, and B, which delivered the double-deck buses": A's deed and B's; a
    claim giving A the double-deck buses (the word that sets them apart from A's is said of B's) conflicts; A doing
    it to the buses of no kind, or to its own, does not."""
    source = facts(
        f"The vehicles came from two makers: {first}, which delivered 40 {mine}, and {second}, which "
        f"delivered 12 {theirs}."
    )
    name = first[0].upper() + first[1:]
    assert other_doers(facts(f"{name} delivered the {kind}."), source)
    assert not other_doers(facts(f"{name} delivered the {mine}."), source)
    assert not other_doers(facts(f"{name} delivered the {mine.split()[-1]}."), source)


@pytest.mark.parametrize("claim", ["Greyline took part in the programme.", "Tarrow took part."])
def test_a_deed_whose_object_has_no_content_word_aligns(claim):
    """ "took part": an object of no content word ("part" is a stop word) sets nothing apart, and breaks nothing."""
    source = facts("Greyline, which took part early, and Tarrow, which took part late, converted 253 buses.")
    assert not other_doers(facts(claim), source)
    align(facts(claim), source)


@pytest.mark.parametrize(
    ("mine", "theirs", "noun"),
    [("secondary", "non-pilot", "schools"), ("diesel", "electric", "buses"), ("primary", "private", "schools")],
)
@pytest.mark.parametrize(("said", "found"), [("fell", "rose"), ("increased", "decreased")])
def test_a_change_of_another_kind_of_the_thing_reverses_nothing(mine, theirs, noun, said, found):
    """ "uptake in secondary schools fell" / "uptake in the non-pilot schools rose": the sentence tells of another kind
    of school, so its change is no reversal of the claim's; of the claim's own kind it is."""
    claim = facts(f"Uptake in {mine} {noun} {said} during the pilot period.")
    assert not align(claim, facts(f"Over the same period, uptake in the 58 {theirs} {noun} {found}.")).conflicts
    assert align(claim, facts(f"Over the same period, uptake in the 58 {mine} {noun} {found}.")).conflicts


@pytest.mark.parametrize(("mine", "theirs"), [("primary", "secondary"), ("secondary", "primary")])
@pytest.mark.parametrize("noun", ["schools"])
def test_two_kinds_of_a_thing_conflict_only_in_one_act(mine, theirs, noun):
    """ "offered in every primary school" / "a study on extending lunches to secondary schools": two kinds in two acts
    tell of two things; "The pilot ran in primary schools" / "ran in secondary schools" is one act, a conflict."""
    claim = facts(f"Free lunches have been offered in every {mine} {noun[:-1]} since 2023.")
    assert not align(claim, facts(f"Commission a study on extending free lunches to {theirs} {noun}.")).conflicts
    one = align(facts(f"The pilot ran in {mine} {noun}."), facts(f"The pilot ran in {theirs} {noun}."))
    assert [c.kind for c in one.conflicts] == ["antonym"]


@pytest.mark.parametrize(("said", "found"), [("a decrease", "an increase"), ("a fall", "a rise")])
@pytest.mark.parametrize(("mine", "theirs"), [("global migration", "global"), ("regional water", "regional")])
def test_a_kind_both_sentences_give_is_no_other_kind(said, found, mine, theirs):
    """ "global migration governance" / "the global governance": the sentence's kind is the claim's own, only less
    precisely said, so its reversal of the claim's change still conflicts."""
    claim = facts(f"The last two decades have seen {said} in efforts to improve {mine} governance.")
    source = facts(f"The last two decades have seen {found} in efforts to improve the {theirs} governance.")
    assert [c.kind for c in align(claim, source).conflicts] == ["antonym"]


@pytest.mark.parametrize(
    ("named", "other"), [("the Long Crag Way", "the Scarside Ridge path"), ("the Mill Lane", "the old towpath")]
)
@pytest.mark.parametrize("value", ["around 400 metres", "2 kilometres"])
def test_a_measure_of_another_thing_than_the_one_named_states_nothing(named, other, value):
    """ "400 metres of the Scarside Ridge path ... together with a section of the Long Crag Way": the value measures
    the path, so "400 metres of the Long Crag Way" is not stated by it; of the path it is."""
    source = facts(f"The slip carried away {value} of {other} and forced the closure of a section of {named}.")
    assert not align(facts(f"The landslide carried away {value} of {named}."), source).states_all
    assert align(facts(f"The landslide carried away {value} of {other}."), source).states_all
