"""Align a claim's facts with one evidence sentence's: which details conflict, which the sentence does not state.

Both sides are `SentenceFacts` (the evidence's were computed at index time). A detail conflicts when the
sentence states the same kind of fact about the same thing differently:
- a year, count, time span, amount or percentage of the same thing ("2018" vs "2016"; "three global
  compacts" vs "two global compacts"; "the past decade" vs "the last two decades"; a count against an
  enumeration of as many items as the sentence lists);
- a name where the sentence gives another of the same kind ("UN Security Council" vs "UN General
  Assembly": same label, or the same head word);
- a negation of a word the other states plainly ("there is an assurance" vs "there is no assurance");
- a word the other reverses (WordNet antonyms: pragmatic/impractical, more/less, increase/decrease), or a
  grade or quantifier it reverses on the same word ("less effective" / "more effectively");
- the same act with its parties in each other's places ("the union's entry into the agency" / "the agency's
  entry into the union"; "than A" / "than B"), or the ends of its path swapped ("from A to B" / "from B to A");
- an outcome the claim calls certain where the sentence calls it only possible ("will certainly serve" /
  "potentially can serve").
A claim the sentence says only under a negation ("there is no assurance that X" for "X") is not stated.
A detail is unstated when the sentence says nothing of its kind about it (a year where the sentence gives
none; a calendar date more precise than the sentence's year; a rank, "the first", it does not give; a name
the sentence does not mention).
Whether the sentence is about the same thing at all is the verdict policy's call (its closeness score).
"""

from __future__ import annotations

import math
import operator
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from spacy.lang.en.stop_words import STOP_WORDS as _SMALL_WORDS

from assistant.judge import (
    after_every_date,
    change_ends,
    dated_values,
    label_named,
    makes_a_kind,
    name_said,
    numbered_as,
    numbered_twin,
    period_said,
    ranks_framed,
    record_names,
    said_in,
    series_counted,
    sets_the_scene,
    states_a_statistic,
    words_of,
)
from assistant.types import Conflict
from knowledge import lexicon
from knowledge.language import (
    CORE_ROLES,
    EXCEPTIVES,
    PATH_ENDS,
    PLACE_LABELS,
    SAME_SLOT,
    TIME_LIMITS,
    UNIVERSALS,
    Entity,
    Negation,
    Quantity,
    Rank,
    SentenceFacts,
    Stage,
    calendar_date,
    change_direction,
    date_order,
    is_calendar_date,
    multiplies,
    number_value,
    numbered_item,
    ordinal_value,
    places_in_time,
    said_as,
    season,
    season_said,
    series_keys,
    years_in,
    years_in_unit,
)
from knowledge.terms import stem

# Labels that name the same kind of thing: an organisation may be written as ORG, NORP, GPE or left unlabelled.
_NAME_GROUPS = (
    frozenset(["ORG", "NORP", "GPE", "NAME", "FAC", "LAW", "EVENT", "WORK_OF_ART", "PRODUCT", "LOC"]),
    frozenset(["PERSON"]),
)


# Word classes an opposite may cross: an adjective, an adverb and a participle grade alike ("less effective" /
# "more effectively"; "declining" / "increasing"); a noun or a finite verb only meets its own class.
_CLASSES = {"J": "graded", "R": "graded", "P": "graded"}
# The parts of speech (WordNet's letters) an adjective or adverb is read as when looking for its opposite: never as a
# noun ("first" is no beginning, the noun, against "finished"); a verb or participle is read as every part
# ("declining" as a decline, the increase's opposite)
_GRADED_PARTS = "vasr"


@dataclass(frozen=True)
class Alignment:
    conflicts: list[Conflict] = field(default_factory=list)
    unstated: list[Entity | Quantity] = field(default_factory=list)  # the claim's details the sentence lacks
    coverage: float = 0.0  # share of the claim's content words the sentence (or the ones around it) uses

    hedged: bool = False  # the sentence says it only under a negation ("there is no assurance that X")
    anchored: bool = False  # a conflict is of the same act done to the same thing ("an evaluation carried out
    # by B" against "the evaluation was carried out by A"): the parse, not closeness, shows it is about the claim
    on_record: bool = False  # a table row recording what the claim names and giving a value the claim gives ("In
    # 2023 the utility put €19.5 million into replacing pipes" / "Pipe replacement | 6.4 | 16.2 | 19.5"): the row
    # is the claim's record, however terse beside the claim's words

    @property
    def states_all(self) -> bool:
        return not self.conflicts and not self.unstated and not self.hedged


def align(
    claim: SentenceFacts,
    source: SentenceFacts,
    claim_offset: int = 0,
    context: Sequence[SentenceFacts] = (),
    descriptions: Mapping[str, str] | None = None,
    about: Sequence[str] = (),
    period: float | None = None,
) -> Alignment:
    """`claim_offset`: added to the claim's offsets to place them in the checked text. `context`: the
    sentences around `source` in its passage; a detail they state is stated ("Of the plan's €14.2 million
    budget, €4.4 million ..." where the sentence before gives the total), never a conflict; a name they give
    counts as the sentence's only when it points back ("It remains ...", "The scheme is run by ...").
    `descriptions`: the names `source`'s document defines, each with the common noun that describes it
    (`language.descriptions`): a sentence whose subject is "the" + that noun is about that name. `about`: the
    titles of `source`'s document; a name they give sets the scene of every sentence of it, so the claim may give
    it where it is no party to the act (`judge.sets_the_scene`) and the sentence names no rival to it. `period`: the
    year the headings over `source` set (`Passage.year`, "Annual Review 2024"): a sentence giving no year of the
    claim's kind states that one ("Wenlow was the busiest branch in 2024"), and contradicts no other."""
    conflicts: list[Conflict] = []
    unstated: list[Entity | Quantity] = []
    source = _parts_of_the_whole_before(source, context)
    around = [source, *context]

    def conflict(kind: str, said: Entity | Quantity, found: Entity | Quantity | None, source_text: str = "") -> None:
        conflicts.append(
            Conflict(
                kind=kind,
                claim=said.text,
                source=found.text if found is not None else source_text,
                claim_start=claim_offset + said.start,
                claim_end=claim_offset + said.end,
                source_start=found.start if found is not None else source.start,
                source_end=found.end if found is not None else source.end,
            )
        )

    claim_stems = {stem(lemma) for lemma in claim.lemmas}
    differing: list[tuple[Quantity, Quantity]] = []
    for said in claim.quantities:
        column = _at_its_time(said, claim, source)
        if column is False:  # a sentence giving values by time, none of the time the claim names
            unstated.append(said)
            continue
        as_done = not claim.intended  # "planned to have 1,200 homes replaced" tells no act done
        outcome = _compare_quantity(said, source, claim_stems, as_done, claim) if column is None else column
        if said.kind == "year" and outcome is None and said.value == period:
            continue  # a sentence giving no year under "Annual Review 2024" tells of 2024 (`period`)
        if (
            isinstance(outcome, Quantity)
            and said.kind in ("count", "amount")
            and column is None
            and (states_a_statistic(source) != states_a_statistic(claim))
        ):
            outcome = None  # "received 46,000 visits" against "an average of 4.7 visits each": no total
        if (
            said.kind == "year"
            and outcome not in (True, None)
            and not (outcome.of or _one_dated_event(said, outcome, claim, source) or _an_end_of(said, outcome))
        ):
            outcome = None  # "received funds in 2023" / "adopted the plan in 2021": two events, two years
        if isinstance(outcome, Quantity) and _aimed_at(said, claim) != _aimed_at(outcome, source):
            outcome = None  # "aimed for 90 per cent" against "rose to 86 per cent": an aim and an outcome, two values
        if said.kind == "year" and outcome not in (True, None) and _dates_another_act(said, outcome, claim, source):
            outcome = None  # "plans to restore more by 2026" / "Launched in 2021, it restored ...": the launch's year
        # a sentence around states it too, unless the sentence itself sets a bound against the claim's ("up to
        # €500,000" of "up to a limit of €250,000": a neighbour's "two euros" lies within it, and says nothing)
        rescued = not (said.bound and isinstance(outcome, Quantity) and _limits([outcome]))
        telling = [
            f
            for f in _telling(said, claim, source, context)
            if not _of_another_item(claim, f) and not _only_intended_there(said, claim, f)
        ]
        if isinstance(outcome, Quantity):  # "the replacement of A added £2.3 million" beside "rising prices added a
            # further £1.6 million": the neighbour's value is another party's, which the claim does not name
            telling = [f for f in telling if not _of_an_unnamed_party(said, f, claim_stems)]
        if outcome is True and (other_end := _at_the_other_end(said, claim, source)) is not None:
            differing.append((said, other_end))  # "rose to £1.31 million" against "stood at £1.12 million, down
            continue  # from £1.31 million"
        if outcome is True or (rescued and any(_compare_quantity(said, f, claim_stems) is True for f in telling)):
            continue
        if _the_difference_of_two(said, source):  # "fell by nine" of "142 staff, compared with 151 a year earlier"
            continue
        if outcome not in (True, None) and _another_cap(said, outcome):
            differing.append((said, outcome))  # "by 2026" against "by 2025": another deadline; "up to £5,000"
            continue  # against "up to £7,500": another cap
        bound_against_limit = bool(said.bound and _limits([outcome])) if outcome is not None else False
        if outcome is None or not (
            (said.exact or _far(said, outcome) or _outside(said, outcome) or bound_against_limit) and outcome.exact
        ):
            unstated.append(said)  # "about 40" is no count to contradict; "about two-thirds" is, against 83%, and
            # "more than 400" against 390
        else:
            differing.append((said, outcome))
    stated = [q for q in claim.quantities if q not in unstated and all(q is not s for s, _ in differing)]
    unstated = [q for q in unstated if not _share_of_its_values(q, stated)]  # "5.8 km, 89% of its 6.5 km target"
    undated = [(s, f) for s, f in differing if _of_a_period_unsaid(s, f, claim, around)]
    unstated += [s for s, _ in undated]  # "470 fines in Year 3" against "1,120 fines" over the whole period
    differing = [d for d in differing if d not in undated]
    if _at_another_time(claim, source, differing, unstated):
        unstated += [s for s, _ in differing]  # "averaged 2.0% in 2020" against "averaged 2.3% in 2023": a value at
        differing = []  # another time, which the sentence does not give (the same value in another year conflicts)
    opposites = [
        pair
        for pair in [
            *reversed_standings(claim, source),
            *reversed_words(_with_phrasal(claim), _with_phrasal(source)),
            *reversed_degrees(claim, source),
        ]
        if not _at_two_times(pair, claim, source)
        and not _of_two_things(pair, claim, source)
        and not _denied_alike(pair, claim, source)
        and not _of_another_kind(pair, claim, source)
    ]
    if differing and opposites and all(_sets_apart(pair, claim, source) for pair in opposites):
        unstated += [s for s, _ in differing]  # "Outbound transfers reached €312 million" against "Inbound transfers
        differing, opposites = [], []  # reached €184 million": another thing, with its own value
    for date in claim.entities:
        if date.label == "DATE" and season(date):  # "began in autumn 2025" against "in the spring of 2025"
            other = _other_season(date, source) if _one_event(claim, source) else None
            if other is not None:
                conflict("date", date, other)
            elif not any(season_said(date, f.entities) for f in around):
                unstated.append(date)
            continue
        if date.label != "DATE" or not is_calendar_date(date):
            continue
        if _date_said(date, source) and not _said_only_as_set_aside(date, claim, source):
            continue
        other = _other_month(date, claim, source) if _one_event(claim, source) else None
        if other is not None:  # "joined in January 2022" against "from September 2022", whatever a sentence around
            conflict("date", date, other)  # dates ("took over the work in November 2022": another act)
        elif not any(_date_said(date, f) for f in context):
            unstated.append(date)  # "September 2016" where the sentence says only "2016"
    if claim.graded and not (
        source.graded or _stands_as_graded(claim, source) or any(f.graded and _grades_alike(claim, f) for f in context)
    ):
        # "erosion caused most of the displacement" against "storms and erosion displaced X"; a sentence around
        # grades it only when it grades the same word ("more complaints", not "resolved more slowly")
        said = " ".join(claim.degrees[0]) if claim.degrees else "a comparison"
        unstated.append(Entity(said, "DEGREE", claim.start, claim.end))
    unstated += [Entity(said, "DEGREE", claim.start, claim.end) for said in _standings_unsaid(claim, around)]
    unstated += [Entity(said, "DEGREE", claim.start, claim.end) for said in _universals_unsaid(claim, around)]
    unstated += _added_circumstances(claim, around)
    unstated += _clauses_unsaid(claim, around)
    unstated += [Entity(act, "INTENDED", claim.start, claim.end) for act in _done_where_only_intended(claim, around)]
    source_said = words_of(around, ())
    ranks = [e for e in claim.entities if e.label == "ORDINAL"]  # "the first issue": the sentence must give it too
    if ranks:  # in a word or a name ("First Steps" says "first")
        said_words = {w.lower() for f in around for w in (*f.lemmas, *(e for n in f.entities for e in n.text.split()))}
        said_words |= ranks_framed(around, about)
        ranked = {w: n for n, r, w in claim.roles if r == "mod"}  # "the second phase": (phase, mod, second)
        unstated += [
            rank
            for rank in ranks
            if rank.text.lower() not in said_words
            and not numbered_as(rank.text, ranked.get(rank.text.lower(), ""), around)
        ]  # "the second phase" is said by "Phase 2"
    claim_said = words_of([claim], ())
    others = [e for e in source.names() if not name_said(e.text, claim_said)]
    pointing = source.refers_back or source.describes_back  # "It remains ...", "The scheme is run by ...": named before
    named = source_said if pointing else words_of([source], ())
    twins = [n for n in claim.names() if numbered_twin(n, [source]) is not None]  # "Round 1" / "Round 2"
    unsaid = [
        n
        for n in claim.names()
        if n in twins
        or (
            not name_said(n.text, named)
            and not _described(n, source, descriptions or {}, about)
            and not _by_family_name(n, source)
            and not _by_its_first_words(n, source)
        )
    ]
    anchored = False
    scene: set[str] = set()  # the words of the names the document's title gives as the claim's setting
    for name in unsaid:  # a numbered twin ("Round 2" for the claim's "Round 1") leaves the name unstated: another of
        # its series, whose act may be another one
        twin = numbered_twin(name, [source]) if name in twins else None  # in the claim's slot, a rival ("Phase 2
        rival = twin if twin is not None and _in_its_slot(name, claim, twin, source) else None  # covered X")
        if name not in twins:
            rival = _rival(name, others, swapped=len(unsaid) == 1, slots=(claim, source))
        if rival is not None and not _same_standing(
            name, rival, [n for n in claim.names() if n not in unsaid], claim, source
        ):
            rival = None
        record = _record_rival(name, claim, source, others) if rival is None and name not in twins else None
        if record is not None:
            conflict("name", name, record)
            anchored = True
        elif rival is not None:
            conflict("name", name, rival)
            anchored = anchored or _in_its_slot(name, claim, rival, source)
        elif sets_the_scene(name, claim, about):
            scene |= _capitalised(name.text)
        else:
            unstated.append(name)
    anchored_by_name = any(n not in unsaid for n in claim.names())  # "The New York Declaration was adopted by the
    # Security Council in 2018": the sentence names what the claim is about; its other name and year both conflict
    renamed = [n for n in unsaid if any(c.kind == "name" and c.claim == n.text for c in conflicts)]
    renamed = [] if anchored_by_name else renamed
    elsewhere = [  # not in the passage, or only its numbered twin ("Round 2" for "Round 1"): another item's values
        n for n in unsaid if n in unstated and (n in twins or not name_said(n.text, source_said))
    ]
    named_parties = [n.text for n in claim.names() if n not in unsaid]
    of_named = all(s.party and any(_one_name(s.party, n) for n in named_parties) for s, _ in differing)
    if differing and not renamed and elsewhere and of_named:
        elsewhere = []  # "Tessard Build went into administration in March 2021, with the Millbrook blocks half built":
        # the value is of a party the sentence names; the other name is of another clause
    if differing and (renamed or elsewhere):
        # "Holloway Vale had nine paramedics" against "employed 38" in a passage never naming it: the count of
        # another thing; "X reached 30%" against "Y rose to 47%": another place's value, neither name nor value a
        # conflict
        unstated += [s for s, _ in differing] + renamed
        conflicts[:] = [c for c in conflicts if not (c.kind == "name" and any(c.claim == n.text for n in renamed))]
        differing = []
    claimed = {(q.kind, q.value) for q in claim.quantities}
    for said, found in differing:
        conflict("time_span" if said.kind == "span" else said.kind, said, _unclaimed(found, source, claimed))
    for name in claim.names():  # a name the sentence gives, but not in the claim's slot: "commissioned by A"
        if name in unsaid or _in_its_slot(name, claim, name, source):  # against "commissioned by B, led by A"
            continue
        placed = [e for e in others if _in_its_slot(name, claim, e, source) and not _one_name(name.text, e.text)]
        if len(placed) == 1:
            conflict("name", name, placed[0])
            anchored = True
    for said, found in _other_stages(claim, source):  # "introduced in the second round" against "introduced in
        if not any(c.kind == "name" and c.claim == said.text for c in conflicts):  # Round 1, extended in Round 2"
            conflict("name", said, found)
    for negation, side in [*((n, "claim") for n in claim.negations), *((n, "source") for n in source.negations)]:
        if side == "claim" and _none_given(negation, claim, source):
            continue  # "No bonuses were paid in 2022" of "Completion bonuses paid | 0 | 138 | 268"
        if _sets_aside_a_value(negation, claim if side == "claim" else source):
            continue  # "ended up with 452 rooms instead of 480": the values are weighed as values
        other, negating = (source, claim) if side == "claim" else (claim, source)
        verbal = dict(negating.words).get(negation.head) in ("V", "P")  # "did not operate": a verb says it, not
        # a noun ("its first year of operation" asserts no operating)
        stated = _plainly_stated(negation.head, other, verbal) or _done_as_a_verb(
            _negated_acts(negation, negating), other
        )
        if stated is not None and not verbal and not _in_a_slot_denied(negation.head, negating, other):
            stated = None  # "the owner's responsibility, not Harrowmere's" against "Harrowmere offered a repair"
        if stated is not None and not all(any(_same_word(n, w) for w in other.lemmas) for n in negation.alternative):
            stated = None  # "taken off the rent rather than paid out in cash" against "paid in three instalments"
        if stated is not None and (not _also_said_plainly(negation.head, negating) or _of_a_party(negation, other)):
            in_claim = side == "claim"
            conflicts.append(
                Conflict(
                    kind="negation",
                    claim=f"{negation.text} {negation.head}" if in_claim else stated,
                    source=stated if in_claim else f"{negation.text} {negation.head}",
                    claim_start=claim_offset + negation.start if in_claim else None,
                    claim_end=claim_offset + negation.end if in_claim else None,
                    source_start=source.start if in_claim else negation.start,
                    source_end=source.end if in_claim else negation.end,
                )
            )
    for word, opposite in opposites:
        conflicts.append(
            Conflict(kind="antonym", claim=word, source=opposite, source_start=source.start, source_end=source.end)
        )
    for kind, pairs in (
        ("negation", called_off(claim, source)),
        (
            "role",
            [
                *swapped_roles(claim, source),
                *moved_arguments(claim, source),
                *reversed_paths(claim, source),
                *traded_places(claim, source),
                *exchanged_acts(claim, source),
                *other_holders(claim, source),
                *other_offices(claim, source),
                *other_doers(claim, source),
            ],
        ),
        ("modality", overstated(claim, source)),
        ("circumstance", other_circumstances(claim, source)),
        ("item", [*replaced_items(claim, source), *replaced_qualities(claim, source)]),
        ("rank", [*replaced_ranks(claim, source), *reversed_ranks(claim, source), *other_places(claim, source)]),
        ("order", out_of_order(claim, source)),
    ):
        conflicts += [
            Conflict(kind=kind, claim=said, source=found, source_start=source.start, source_end=source.end)
            for said, found in pairs
        ]
    once: dict[str, Entity | Quantity] = {}
    for detail in unstated:  # a date the claim gives is one detail, read as a name and as a value
        once.setdefault(getattr(detail, "text", str(detail)), detail)
    return Alignment(
        conflicts,
        list(once.values()),
        _coverage(claim, around, scene),
        _hedged(claim, source),
        anchored,
        _on_record(claim, source),
    )


def _on_record(claim: SentenceFacts, source: SentenceFacts) -> bool:
    """Whether `source` is a table row recording what the claim names (most of its label's words are the claim's:
    "Home visits completed" of "carried out more than 6,900 home visits") and the claim gives a value of it (not
    only a year: a column's time is no value of the record), which the row then states or denies."""
    if not source.reading:
        return False
    named = label_named(source, {stem(lemma) for lemma in claim.lemmas})
    return named >= 0.5 and any(q.kind != "year" for q in claim.quantities)


def _described(
    name: Entity, source: SentenceFacts, descriptions: Mapping[str, str], titles: Sequence[str] = ()
) -> bool:
    """Whether the sentence's subject is the definite description its document uses for the name: "The programme
    was allocated ..." where the document defines "the Domestic Work Inspection Programme (DWIP)", or where its
    title names "the Connected Communities Programme" (the common noun heading the name)."""
    bare = _bare_name(name.text)  # the recogniser may take only the end of a long name ("Skills Recognition")
    noun = descriptions.get(bare) or next((n for k, n in descriptions.items() if k.endswith(" " + bare)), None)
    head = bare.split()[-1] if bare.split() else ""
    if noun is None and titles and name_said(bare, words_of((), titles)) and lexicon.is_common_noun(head):
        noun = head.lower()
    return (
        noun is not None
        and source.describes_back
        and any(role in CORE_ROLES and argument.lower() == noun for _, role, argument in source.roles)
    )


def _bare_name(text: str) -> str:
    """A name without its article and possessive: "the DWIP's" -> "DWIP"."""
    words = text.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    return " ".join(words).removesuffix("'s").removesuffix("’s")


def _at_another_time(
    claim: SentenceFacts, source: SentenceFacts, differing: Sequence[tuple[Quantity, Quantity]], unstated: Sequence
) -> bool:
    """Whether the sentence gives its values at another time than the claim's: it gives years, none the claim's,
    and states none of the claim's other quantities, while one of them or the year differs ("reached €270 million
    in 2021" against "held €96.4 million at 31 December 2023"), a year of their act. Then neither the year nor the
    value conflicts; the same value in another year does conflict on the year."""
    years = [q for q in claim.quantities if q.kind == "year"]
    valued = [q for q in claim.quantities if q.kind != "year"]
    if not years or not valued or not any(q.kind == "year" for q in source.quantities):
        return False
    told = [s for s, _ in differing] + [d for d in unstated if isinstance(d, Quantity)]
    other_year = all(y in told for y in years)
    # values of the claim's kind, of their own time ("two ministries" against a sentence counting nothing is no
    # value at another time: its date dates the act)
    valued_too = any(q.kind == v.kind for v in valued for q in source.quantities)
    # a year of an act none of the values is of dates that act alone ("went into administration in March 2021, with the
    # blocks about half built"): its values tell no other time
    dating = any(not y.act or not v.act or _same_act(v.act, y.act) for y in years for v in valued)
    return other_year and valued_too and dating and all(v in told for v in valued) and bool(differing)


def _of_a_period_unsaid(said: Quantity, found: Quantity, claim: SentenceFacts, around: Sequence[SentenceFacts]) -> bool:
    """Whether the claim gives a value at a time which the sentence, giving its value at no time of its own, never
    says: a value of another time. A period that is no calendar year ("in Year 3", "in the second quarter") is
    said by the sentences around or not at all; a calendar year only counts unsaid where the sentences around date
    the sentence's values to other times ("41% in autumn 2022" against "from 39% to 44%" after "from 61% in the
    autumn of 2021 to 74% in the autumn of 2023"): undated everywhere, it is compared as a year."""
    times = _claimed_times(said, claim)
    if not times or found.when:
        return False
    given = [e for f in around for e in (*(d for d in f.entities if d.label == "DATE"), *series_keys(f))]
    if any(q.kind == "year" and t.start <= q.start < t.end for t in times for q in claim.quantities):
        undated = not any(q.kind == "year" for q in around[0].quantities)  # a year of its own: compared as a year
        given = [d for d in given if places_in_time(d)] if undated else []
        if not given:
            return False
    return not any(period_said(t, given) for t in times)


def _sets_apart(pair: tuple[str, str], claim: SentenceFacts, source: SentenceFacts) -> bool:
    """Whether two opposite words modify one noun, each in its sentence ("outbound transfers" / "inbound
    transfers"): they name two kinds of the thing, not two things said of it ("transfers rose" / "fell")."""
    word, opposite = pair
    return bool(_modified(claim, word) & _modified(source, opposite))


def _denied_alike(pair: tuple[str, str], claim: SentenceFacts, source: SentenceFacts) -> bool:
    """Whether two opposite words each deny one thing both sentences deny ("lacked a kitchen" / "had no kitchen":
    a verb that is itself a denial against the other's denial of its object): one statement, no reversal."""
    word, other = (stem(w) for w in pair)
    mine, theirs = ({stem(n.head): stem(n.text) for n in f.negations} for f in (claim, source))
    return any(
        stem(p) == word
        and any(stem(q) == other and stem(o) == thing for q, _, o in source.roles)
        and (mine[thing] == word) != (theirs[thing] == other)  # one of the two words is itself the denial
        for p, _, h in claim.roles
        if (thing := stem(h)) in mine and thing in theirs
    )


def _of_two_things(pair: tuple[str, str], claim: SentenceFacts, source: SentenceFacts) -> bool:
    """Whether two opposite adjectives qualify different things, the claim's a thing the sentence tells of without
    its opposite ("the old Victorian sea wall" / "replaced ... the Victorian sea wall ... installed six new valves"),
    or two opposite acts have no doer in common: the sentence says nothing against the claim's word."""
    word, opposite = pair
    mine, theirs = _modified(claim, word), _modified(source, opposite)
    told = {stem(w) for w, kind in source.words if kind == "N"}
    if mine and theirs and mine <= told and not mine & theirs:
        return True
    # opposite acts of other doers ("That pause added £3 million to the cost" / "a shortage of units slowed
    # progress"): neither says anything of the other's
    mine, theirs = _doers(claim, word), _doers(source, opposite)
    return bool(mine and theirs and not mine & theirs)


def _of_another_kind(pair: tuple[str, str], claim: SentenceFacts, source: SentenceFacts) -> bool:
    """Whether the claim tells of a kind of a thing the sentence does not say, the sentence of another kind of it
    ("uptake in secondary schools fell" / "uptake in the non-pilot schools rose"; "lunches offered in every primary
    school" / "a study on extending lunches to secondary schools"): the opposite words tell of two things, unless the
    two kinds are the pair and fill one act ("The pilot ran in primary schools" / "ran in secondary schools")."""
    said = {stem(lemma) for lemma in source.lemmas}
    theirs = {
        (stem(noun), stem(modifier)) for noun, modifier, kind in source.kinds if makes_a_kind(modifier, kind, noun)
    }
    mine = {(stem(noun), stem(modifier)) for noun, modifier, _ in claim.kinds}
    for noun, modifier, kind in claim.kinds:
        if not makes_a_kind(modifier, kind, noun) or stem(modifier) in said:
            continue
        others = {m for n, m in theirs - mine if n == stem(noun)}  # "global governance" is no other kind of the
        if not others:  # claim's "global migration governance"
            continue
        if {stem(w) for w in pair} <= {stem(modifier), *others}:  # the kinds themselves: one act decides
            return not _acts_on(noun, claim) & _acts_on(noun, source)
        return True
    return False


def _acts_on(noun: str, facts: SentenceFacts) -> set[str]:
    """The lemmas of the acts (verbs) a noun fills a slot of in a sentence ("run" of "The pilot ran in primary
    schools"; not "uptake" of "uptake in primary schools")."""
    verbs = {w for w, kind in facts.words if kind == "V"}
    return {p for p, r, a in facts.roles if p in verbs and a and stem(a.split()[-1].lower()) == stem(noun)}


def _doers(facts: SentenceFacts, act: str) -> set[str]:
    """The stems of the heads of an act's doers, pronouns and other stop words left out (they may be anything)."""
    verb = act.replace(" ", "_").split("_")[0]  # "come in": the parse's roles are of "come"
    heads = {a.split()[-1].lower() for p, r, a in facts.roles if r == "agent" and p in (act, verb)}
    return {stem(h) for h in heads if h not in _SMALL_WORDS}


def _modified(facts: SentenceFacts, modifier: str) -> set[str]:
    """The stems of the nouns an adjective or a noun qualifies in a sentence ("old" of "the older buses": bus; "pilot"
    of "the pilot period": period; `SentenceFacts.kinds`)."""
    return {
        stem(p)
        for p, r, a in facts.roles
        if r == "mod" and (a.lower() == modifier or modifier in lexicon.base_forms(a.lower(), "a"))
    } | {stem(noun) for noun, word, _ in facts.kinds if word == modifier}


def _at_two_times(pair: tuple[str, str], claim: SentenceFacts, source: SentenceFacts) -> bool:
    """Whether two opposite acts are each dated, in different years ("Phase 1 closed in December 2024" / "launched
    Phase 1 in April 2021"): one thing may do both, one after the other (open and close, rise and fall), so they
    say nothing against each other; in the same year, or undated, they do."""
    word, opposite = pair

    def years(facts: SentenceFacts, act: str) -> set[float]:
        return {q.value for q in facts.quantities if q.kind == "year" and q.act and q.value and _same_act(q.act, act)}

    mine, theirs = years(claim, word), years(source, opposite)
    return bool(mine and theirs and not mine & theirs)


def _none_given(negation: Negation, claim: SentenceFacts, source: SentenceFacts) -> bool:
    """Whether the sentence gives none of what the claim's negation denies: a count of zero of a thing the negated
    act takes ("No completion bonuses were paid in 2022" of "Completion bonuses paid | 0 | 138 | 268"), at the time
    the claim names if it names one."""
    parties = {stem(p) for p in negation.parties}
    years = {str(int(q.value)) for q in claim.quantities if q.kind == "year" and q.value}
    return any(
        q.value == 0
        and q.kind == "count"
        and stem(q.of) in parties
        and (not years or bool(years & set(q.when.split())) or not q.when)
        for q in source.quantities
    )


def _negated_acts(negation: Negation, facts: SentenceFacts) -> list[str]:
    """The acts a negated verb makes with the noun it takes ("has not submitted an application" denies applying;
    "did not reach a decision", deciding): nouns of an act or a message."""
    nouns = [a.split()[-1].lower() for p, r, a in facts.roles if p == negation.head and r == "patient"]
    return [n for n in nouns if lexicon.supersenses(n, "n", senses=1) & {"noun.act", "noun.communication"}]


def _done_as_a_verb(acts: Sequence[str], other: SentenceFacts) -> str | None:
    """The verb by which `other` does one of `acts` ("applied" for "application"), not negating it; or None."""
    verbs = [w for w, kind in other.words if kind in ("V", "P")]
    return next((v for a in acts for v in verbs if _same_word(v, a) and _plainly_stated(v, other)), None)


def _in_a_slot_denied(head: str, negating: SentenceFacts, other: SentenceFacts) -> bool:
    """For a name denied ("the owner's responsibility, not Harrowmere's"; "run by the council, not by X"): whether
    the other sentence gives it a slot of an act or thing the denying one gives a slot of; a name only mentioned there
    ("Harrowmere offered a free repair") is not said to be what was denied. Other words always are."""
    named = [e for e in negating.names() if head in e.text.lower().split()]
    if not named:
        return True
    slots = {p for p, _, _ in negating.roles}
    return any(p in slots and head in a.lower().split() for p, _, a in other.roles)


def _plainly_stated(head: str, other: SentenceFacts, verbal: bool = False) -> str | None:
    """The word by which `other` states `head` without negating it: `head` itself, a form of it ("assured"
    for "assurance") or a verb of the same sense ("occur" for "happen"); None when it does not, or negates
    it too, or says it only within a negation's scope. `verbal`: `head` is a verb, stated by a verb, a
    participle or an adjective only."""
    kinds = dict(other.words)

    def same(word: str) -> bool:
        return _same_word(word, head) or (kinds.get(word) in ("V", "P") and lexicon.synonymous(word, head))

    if any(same(n.head) for n in other.negations) or any(same(w) for w in other.denied):
        return None  # negated too, or said inside what a negation takes back ("does not issue binding decisions")
    if verbal:
        return next((w for w, kind in other.words if kind in ("V", "P", "J") and same(w)), None)
    return next((w for w in (*(w for w, _ in other.words), *other.lemmas) if same(w)), None)  # names too


def _with_phrasal(facts: SentenceFacts) -> tuple[tuple[str, str], ...]:
    """The sentence's words with its verbs of a particle as WordNet lists them ("went down": go_down)."""
    return (*facts.words, *((p, "V") for p in facts.phrasal))


def reversed_words(
    claim_words: tuple[tuple[str, str], ...], source_words: tuple[tuple[str, str], ...]
) -> list[tuple[str, str]]:
    """(claim word, source word) pairs of opposite meaning and the same word class, each absent from the
    other side ("less" in the claim, "more" in the source and not in the claim): `lexicon.opposed`, or
    "non-X" against "X", or two verbs of change going opposite ways ("fell" / "grew": `lexicon.changes_apart`) where
    the source has none going the claim's way."""
    claim_set, source_set = {w for w, _ in claim_words}, {w for w, _ in source_words}
    source_verbs = {w for w, kind in source_words if kind == "V"}
    pairs = []
    for word, kind in dict.fromkeys(claim_words):
        if word in source_set:
            continue
        changing = kind == "V" and not any(lexicon.changes_alike(word, v) for v in source_verbs)
        for other, other_kind, written in dict.fromkeys(_with_qualities(source_words)):
            if _CLASSES.get(other_kind, other_kind) != _CLASSES.get(kind, kind) or other in claim_set:
                continue
            apart = changing and other_kind == "V" and lexicon.changes_apart(word, other)
            opposed = lexicon.opposed(
                word, other, *(_GRADED_PARTS if k in ("J", "R") else "" for k in (kind, other_kind))
            )
            if _negative_prefix(word, other) or opposed or apart:
                pairs.append((word.replace("_", " "), written.replace("_", " ")))  # "go_down": "go down"
    return list(dict.fromkeys(pairs))


def reversed_degrees(claim: SentenceFacts, source: SentenceFacts) -> list[tuple[str, str]]:
    """("less effective", "more effectively"), ("some person", "all person"): the same word (or a form of it)
    graded or quantified the opposite way, though the opposite modifier may grade another word on the claim's
    side ("less effective than more formal mechanisms"); a sentence that also grades it as the claim does
    reverses nothing."""
    pairs = []
    for modifier, head in claim.degrees:
        same_head = [(m, h) for m, h in source.degrees if _same_word(head, h)]
        if any(m == modifier for m, _ in same_head):
            continue
        pairs += [(f"{modifier} {head}", f"{m} {h}") for m, h in same_head if _graded_apart(modifier, m)]
    return list(dict.fromkeys(pairs))


# The ways of standing against a reference that cannot both hold ("over budget" / "within budget")
_STANDING_APART = frozenset({(">", "<"), (">", "<="), (">=", "<")})


def _alike_references(a: str, b: str) -> bool:
    """One reference in two words: the same noun, or two sums set aside ("its allocation" / "budget")."""
    return _same_noun(a, b) or (lexicon.sizes_money(a) and lexicon.sizes_money(b))


def _universals_unsaid(claim: SentenceFacts, around: Sequence[SentenceFacts]) -> list[str]:
    """The claim's "every household", "all members" where the sentences around count those things ("sent to 2,000
    participating households") and quantify them by no universal: whether the count is all of them is not said."""
    counted = {stem(q.of) for f in around for q in f.quantities if q.kind == "count" and q.of}
    universal = {stem(head) for f in around for modifier, head in f.degrees if modifier in UNIVERSALS}
    return [
        f"{modifier} {head}"
        for modifier, head in claim.degrees
        if modifier in UNIVERSALS and stem(head) in counted and stem(head) not in universal
    ]


def _standings_unsaid(claim: SentenceFacts, around: Sequence[SentenceFacts]) -> list[str]:
    """The claim's standings beyond or short of a reference ("came in under budget", "overran its budget":
    `SentenceFacts.standings`) where no sentence around sets anything against a reference, whichever way: the
    sentence does not say where the thing stands ("fewer than planned" is said by "below its target of 24")."""
    if any(f.standings for f in around):
        return []
    return [said for way, _, said in claim.standings if way in ("<", ">")]  # ">=": "met" may be "made"


def reversed_standings(claim: SentenceFacts, source: SentenceFacts) -> list[tuple[str, str]]:
    """("overran its budget", "18 per cent below its budget"), ("met the target", "missing the target"): the claim
    and the sentence set a thing the opposite ways against one reference (`SentenceFacts.standings`): the same noun,
    or two sums set aside ("its allocation" / "under budget"); none where the sentence also sets something the claim's
    way."""

    pairs = []
    for way, reference, said in claim.standings:
        against = [(w, found) for w, other, found in source.standings if _alike_references(reference, other)]
        if any(w == way for w, _ in against):
            continue  # "A ran over budget, while B came in under budget": the claim's way is the sentence's too
        pairs += [(said, found) for w, found in against if (way, w) in _STANDING_APART or (w, way) in _STANDING_APART]
    return pairs


def called_off(claim: SentenceFacts, source: SentenceFacts) -> list[tuple[str, str]]:
    """("opened", "postponed"): the claim tells an act done by or to a thing the sentence says was put off or called
    off (`lexicon.calls_off`: "A sixth centre, planned for 2024, was postponed"; "Plans for the depot were shelved"), or
    the act itself ("The opening of the plant was postponed"); not where the sentence also tells the act done, or the claim only intends it or puts it
    off too."""
    called = [(p, argument) for p, role, argument in source.roles if role == "patient" and _calls_off(p, source)]
    if not called:
        return []
    # and what the thing called off is of or for ("Plans for the depot were shelved", "the opening of the plant")
    called += [
        (verb, a)
        for verb, thing in list(called)
        for p, _, a in source.roles
        if _same_noun(p, thing.split()[-1].lower())
    ]
    planned = {word for pair in claim.intended for word in pair}  # "planned to open": neither is done
    told = {w for w, kind in source.words if kind in ("V", "P") and not lexicon.calls_off(w)}
    pairs = []
    for act, _, argument in claim.roles:
        if (
            act in planned
            or act in claim.denied
            or _calls_off(act, claim)
            or lexicon.is_stative(act)  # "The collection holds 20,000 photographs": a state no delay calls off
            or not ({(act, "V"), (act, "P")} & set(claim.words))
            or any(_same_act(act, w) for w in told)
        ):
            continue
        for verb, thing in called:
            head = thing.split()[-1].lower()
            if _same_noun(head, argument.split()[-1].lower()) or _same_word(act, head):
                pairs.append((act, verb))
    return list(dict.fromkeys(pairs))


def _calls_off(act: str, facts: SentenceFacts) -> bool:
    """Whether a verb of a sentence calls off what it takes, alone ("postponed") or with its particle ("put off": the
    sentence's phrasal verbs, `SentenceFacts.phrasal`; not "put up" beside it)."""
    return lexicon.calls_off(act) or any(lexicon.calls_off(p) for p in facts.phrasal if p.split("_")[0] == act)


def replaced_ranks(claim: SentenceFacts, source: SentenceFacts) -> list[tuple[str, str]]:
    """(claim's superlative, source's) where the sentence ranks the same thing by the same grade at another place
    only ("the most common type" / "the second most common type"), or gives that place to other names only
    ("A delivered the cheapest units" / "units delivered by B were the cheapest"): one place, one holder."""
    pairs = []
    for said in claim.ranks:
        same = [
            r
            for r in source.ranks
            if r.grade == said.grade and (not said.noun or not r.noun or _same_noun(said.noun, r.noun))
        ]
        if not same:
            continue
        placed = [r for r in same if r.place == said.place]
        if not placed:
            pairs.append((said.text, same[0].text))
            continue
        held = [r for r in placed if r.holders]
        if said.holders and held and len(held) == len(placed):
            theirs = {w for r in held for h in r.holders for w in _capitalised(h)}
            if not any(_capitalised(h) & theirs for h in said.holders):
                pairs.append((f"{said.holders[0]}: {said.text}", f"{held[0].holders[0]}: {held[0].text}"))
    return list(dict.fromkeys(pairs))


def reversed_ranks(claim: SentenceFacts, source: SentenceFacts) -> list[tuple[str, str]]:
    """(claim's superlative, source's) where the sentence gives the claim's holder the same place at the other end of
    the scale ("Ashmere received the most complaints" against "Ashmere ... received the fewest of the three
    installers"; "the cheapest" / "the most expensive"): `lexicon.scale_end` of the two grades apart."""
    pairs = []
    for said in claim.ranks:
        mine = {w for h in said.holders for w in _capitalised(h)}
        for found in source.ranks:
            theirs = {w for h in found.holders for w in _capitalised(h)}
            if said.noun and found.noun:
                one_scale = _same_noun(said.noun, found.noun)
            else:  # no noun ranked on one side: the grades must be one scale's ends ("most" / "fewest")
                a, b = said.grade.split()[-1], found.grade.split()[-1]
                one_scale = lexicon.opposed(a, b) or (_of_number(a) and _of_number(b))
            if found.place == said.place and mine & theirs and one_scale and _end(said) * _end(found) == -1:
                pairs.append((said.text, found.text))
    return list(dict.fromkeys(pairs))


def _end(rank: Rank) -> int:
    """The end of its scale a superlative names: +1 the upper ("most expensive", "most"), -1 the lower ("cheapest",
    "least costly"), 0 for no magnitude (`lexicon.scale_end`)."""
    return lexicon.scale_end(rank.grade.split()[-1]) * (-1 if rank.grade.startswith("least ") else 1)


def _of_number(grade: str) -> bool:
    """A grade of how many ("most", "many", "fewest"): WordNet opposes it to "few" or "least", or it points down
    the scale of number (`lexicon.diminishes`)."""
    return lexicon.diminishes(grade) or lexicon.opposed(grade, "few") or lexicon.opposed(grade, "least")


def other_places(claim: SentenceFacts, source: SentenceFacts) -> list[tuple[str, str]]:
    """(claim's ordinal, source's) where the claim places something in an order ("was ranked second") and the
    sentence, telling of the same event, gives one other place ("rose to fourth place"); an ordinal of a noun ("the
    second report" against "the first report") tells another thing of a series, no place."""
    ordinals = lambda facts: [e for e in facts.entities if e.label == "ORDINAL"]  # noqa: E731
    nouns = lambda facts, word: {n for n, r, w in facts.roles if r == "mod" and w.lower() == word}  # noqa: E731
    theirs = [e for e in ordinals(source) if e.text.lower() not in {o.text.lower() for o in ordinals(claim)}]
    years = [{q.value for q in f.quantities if q.kind == "year"} for f in (claim, source)]
    if len(theirs) != 1 or not _one_event(claim, source) or (years[0] and not years[0] & years[1]):
        return []  # "seventh in the 2022 table" against "fourth in the 2024 table": another year's ranking
    found = theirs[0]
    return [
        (said.text, found.text)
        for said in ordinals(claim)
        if ordinal_value(said.text) not in (None, ordinal_value(found.text))
        and said.text.lower() not in {w.lower() for w in source.lemmas}
        and not nouns(claim, said.text.lower())
    ]


def swapped_roles(claim: SentenceFacts, source: SentenceFacts) -> list[tuple[str, str]]:
    """(claim's argument, source's) where the two give the same predicate's slot to two things that both
    take part in it, each in the other's place: "the union's entry into the agency" against "its [the
    agency's] entry into the union" ("into": the agency / the union, and the union is the claim's possessor). A slot merely filled differently
    ("entry into the union" / "entry into the network") is for the names check, and a party named as a
    circumstance ("provides context through an overview" / "an overview provides context") is no swap; a
    source that also gives the claim's filler to that slot swaps nothing. The source's filler must be a party in
    the claim too (to the act, or to another act the parser hung it on): "responses on migration issues" does not
    put "migration issues" where the source's "responses" stand."""

    def takes_part(roles, predicate: str, role: str, argument: str) -> bool:
        """`argument` is a party to the act in another slot (a circumstance, "through X", is no party; "X's
        evaluation" is the slot of "the evaluation of X")."""
        slot = SAME_SLOT.get(role, role)
        return any(
            _same_act(predicate, p) and SAME_SLOT.get(r, r) != slot and r in CORE_ROLES and _same_noun(argument, a)
            for p, r, a in roles
        )

    def a_party(roles, argument: str) -> bool:
        """`argument` is a party to some act of the claim (the parser may have hung it on another verb)."""
        return any(r in CORE_ROLES and _same_noun(argument, a) for _, r, a in roles)

    pairs = []
    for predicate, role, said in claim.roles:
        for other, other_role, found in source.roles:
            if other_role != role or not _same_act(predicate, other) or _same_noun(said, found):
                continue
            if any(_same_act(predicate, p) and r == role and _same_noun(said, a) for p, r, a in source.roles):
                continue
            if takes_part(claim.roles, predicate, role, found) or (
                takes_part(source.roles, other, role, said) and a_party(claim.roles, found)
            ):
                pairs.append((said, found))
    return list(dict.fromkeys(pairs))


def other_holders(claim: SentenceFacts, source: SentenceFacts) -> list[tuple[str, str]]:
    """(claim's name, source's) where the claim's doer acts "as" one office the sentence gives another doer in
    whatever verb ("A acted as the council's engineer" against "B remained as the council's engineer ..., and
    ground investigation was carried out by A"): one office of one thing, one holder; the claim's name taking
    another part in the sentence. An office of many holders ("as advisers") is no rival's."""
    pairs = []
    for act, role, office in claim.roles:
        if role != "as" or lexicon.is_plural_noun(office.split()[-1]):
            continue
        doers = [a for p, r, a in claim.roles if p == act and r == "agent" and _capitalised(a)]
        for other, other_role, found in source.roles:
            if other_role != "as" or not _same_phrase(office, found):
                continue
            holders = [a for p, r, a in source.roles if p == other and r == "agent" and _capitalised(a)]
            for doer in doers:
                elsewhere = any(_capitalised(doer) <= _capitalised(a) for p, _, a in source.roles if p != other)
                if holders and elsewhere and not any(_capitalised(doer) & _capitalised(h) for h in holders):
                    pairs.append((doer, " and ".join(holders)))
    return list(dict.fromkeys(pairs))


def other_doers(claim: SentenceFacts, source: SentenceFacts) -> list[tuple[str, str]]:
    """(claim's doer and thing, source's) where the claim has a doer do an act to a thing (`SentenceFacts.deeds`) that
    the sentence says another doer did it to, the claim's doer doing it to something else ("Ashmere covered the
    northern half" against "Greyling covered the northern half ... and Ashmere the southern half")."""
    pairs = []
    for act, doer, thing in claim.deeds:
        wanted = set(thing.split())
        done = [(d, set(t.split())) for a, d, t in source.deeds if _same_act(a, act)]
        mine = [t for d, t in done if _same_party(d, doer)]
        # the words that set the claim's thing apart from the same noun its doer did it to ("double" of "the
        # double-deck buses" against "201 single-deck buses"), said of another's thing ("86 double-deckers")
        head = thing.split()[-1:]  # (none where the object has no content word)
        apart = [wanted - t for t in mine if head and head[0] in t]  # of the same noun
        theirs = [
            d
            for d, t in done
            if not _same_party(d, doer) and (wanted <= t or any(words and words <= t for words in apart))
        ]
        if mine and theirs and not any(wanted <= t for t in mine):
            pairs.append((f"{doer}: {thing}", f"{theirs[0]}: {thing}"))
    return pairs


def _same_party(a: str, b: str) -> bool:
    """Two doers written as one: the same name ("Ashmere" / "Ashmere Energy"; not "Ashmere Council" / "Greyling
    Council"), or with no name the same head noun ("the trust" / "The Trust")."""
    named_a, named_b = _capitalised(a), _capitalised(b)
    if named_a and named_b and not (named_a <= named_b or named_b <= named_a):
        return False
    return bool(named_a & named_b) or _same_noun(a.split()[-1].lower(), b.split()[-1].lower())


def other_offices(claim: SentenceFacts, source: SentenceFacts) -> list[tuple[str, str]]:
    """(claim's holder and office, source's) where the claim gives a person an office (`SentenceFacts.offices`:
    "Ruth Penhallow was the project manager") that the sentence gives someone else, and gives that person another
    ("led by project manager Daniel Okafor and collections manager Ruth Penhallow"): one office, one holder."""
    pairs = []
    for office, holder in claim.offices:
        mine = _capitalised(holder)
        if not mine:
            continue
        rivals = [h for o, h in source.offices if _same_phrase(o, office) and not mine & _capitalised(h)]
        others = [o for o, h in source.offices if not _same_phrase(o, office) and mine <= _capitalised(h)]
        if rivals and others:
            pairs.append((f"{holder}, {office}", f"{rivals[0]}, {office}; {holder}, {others[0]}"))
    return pairs


def exchanged_acts(claim: SentenceFacts, source: SentenceFacts) -> list[tuple[str, str]]:
    """(claim's argument, source's) where two parties fill the same role of two different acts, each in the
    other's act: "proposed by A and shelved after B withdrew" against "proposed by B, shelved after A
    withdrew"; "A hosts the office that B funds" against "B hosts the office that A funds"."""

    def fills(roles, act: str, role: str, party: str) -> bool:
        return any(_same_act(act, p) and r == role and _same_noun(party, a) for p, r, a in roles)

    pairs = []
    for act, role, party in claim.roles:
        if role not in CORE_ROLES:
            continue
        for other, other_role, other_party in claim.roles:
            if other_role != role or _same_act(act, other) or _same_noun(party, other_party):
                continue
            if (
                fills(source.roles, act, role, other_party)
                and fills(source.roles, other, role, party)
                and not fills(source.roles, act, role, party)
                and not fills(source.roles, other, role, other_party)
                and (other_party, party) not in pairs  # the same exchange seen from the other act
            ):
                pairs.append((party, other_party))
    return list(dict.fromkeys(pairs))


def moved_arguments(claim: SentenceFacts, source: SentenceFacts) -> list[tuple[str, str]]:
    """(claim's phrase, source's) where a word the claim attaches to one head (by a preposition, or as an
    adjective) is attached the same way in the source to another head the claim also gives something that
    way, while the source gives the claim's head something the claim does not: the two traded places ("a non-normative
    funding model and the projectized basis" against "a projectized funding model and the non-normative
    basis"; "the incorporation of issues into the governance of migration" against "the incorporation of
    migrants into the governance of issues"). Parties to the act itself are `swapped_roles`'."""

    def phrase(head: str, role: str, word: str) -> str:
        return f"{word} {head}" if role == "mod" else f"{head} {role} {word}"

    def has(roles, head: str, role: str, word: str | None = None) -> bool:
        return any(_same_word(head, h) and r == role and (word is None or _same_noun(word, w)) for h, r, w in roles)

    pairs = []
    for head, role, word in claim.roles:
        if role in CORE_ROLES or has(source.roles, head, role, word):
            continue
        if not any(
            _same_word(head, h) and r == role and not has(claim.roles, head, role, w) for h, r, w in source.roles
        ):
            continue  # the source gives the claim's head nothing in trade: the word may sit elsewhere in its phrase
        for other, other_role, found in source.roles:
            if other_role != role or not _same_noun(word, found) or _same_word(other, head):
                continue
            if any(_same_word(other, h) and r == role and not _same_noun(word, w) for h, r, w in claim.roles):
                pairs.append((phrase(head, role, word), phrase(other, role, found)))
    return list(dict.fromkeys(pairs))


def traded_places(claim: SentenceFacts, source: SentenceFacts) -> list[tuple[str, str]]:
    """(claim's phrase, source's) where the claim's act takes by a preposition a thing the source's act (the
    same act, or one word for it) does not, and the source's thing stands elsewhere in the claim: "starts with an
    overview ... and only afterwards discusses the benefits" against "begins with a discussion of the benefits"; or
    a thing the source names in another place, beside the one it gives the act ("occurred in lithium batteries"
    against "occurred in lead-acid batteries; the lithium batteries have had a failure rate below 2%")."""
    claim_words = {w for w, _ in claim.words} | set(claim.lemmas)
    source_stems = _stems(source)
    claim_acts, source_acts = _acts(claim), _acts(source)
    pairs = []
    for head, role, word in claim.roles:
        if role in CORE_ROLES or role == "mod" or head not in claim_acts:
            continue
        placed = [a for p, r, a in source.roles if r == role and p in source_acts and _same_act(head, p)]
        elsewhere = any(_same_phrase(word, a) for _, _, a in source.roles) and not any(
            _same_phrase(word, a) for a in placed
        )
        known = stem(word.split()[-1]) in source_stems
        if known and not elsewhere:
            continue
        for other, other_role, found in source.roles:
            if other_role != role or other not in source_acts or not _same_act(head, other) or _same_noun(word, found):
                continue
            if _a_time(word, claim) != _a_time(found, source):  # "signed in mid-June" / "signed in Vendra"
                continue
            thing = found.split()[-1].lower()
            if known:  # another kind of the same thing ("lead-acid batteries" / "lithium batteries")
                traded = stem(thing) == stem(word.split()[-1])
            else:  # the source's thing elsewhere in the claim ("discussion" / "discusses")
                traded = thing in claim_words or bool(claim_acts & lexicon.derived_forms(thing))
            if traded:
                pairs.append((f"{head} {role} {word}", f"{other} {role} {found}"))
    return list(dict.fromkeys(pairs))


def _a_time(argument: str, facts: SentenceFacts) -> bool:
    """Whether a role's argument is a time the sentence gives ("mid-June" of "in mid-June 2021")."""
    last = argument.split()[-1].lower()
    return any(e.label in ("DATE", "TIME") and last in e.text.lower().split() for e in facts.entities)


# The time limits that place one act strictly before or after another thing's ("opened before the Port Elan shelter")
_SEQUENCE = {preposition: way for preposition, way in TIME_LIMITS.items() if way in ("<", ">")}


def out_of_order(claim: SentenceFacts, source: SentenceFacts) -> list[tuple[str, str]]:
    """(claim's phrase, source's) where the claim puts one thing's act before or after another's ("The Tarsen
    shelter opened before the Port Elan shelter") and the sentence dates that act of each the other way round
    ("the Port Elan shelter, opened on 21 June 2021, and the Tarsen shelter, opened on 6 February 2023")."""

    def dated(act: str, party: str) -> list[Quantity]:
        return [
            q for q in source.quantities if q.kind == "year" and _same_act(q.act, act) and _same_noun(q.party, party)
        ]

    pairs = []
    for act, relation, other in claim.roles:
        if relation not in _SEQUENCE:
            continue
        for party in (a for h, r, a in claim.roles if h == act and r in ("agent", "patient")):
            mine, theirs = dated(act, party), dated(act, other)
            if len(mine) != 1 or len(theirs) != 1:
                continue
            way = date_order(mine[0].text, theirs[0].text)
            if way and way != _SEQUENCE[relation]:
                pairs.append((f"{party} {relation} {other}", f"{party}: {mine[0].text}; {other}: {theirs[0].text}"))
    return pairs


def reversed_paths(claim: SentenceFacts, source: SentenceFacts) -> list[tuple[str, str]]:
    """(claim's phrase, source's) where the claim puts at one end of an act's path what the source puts at
    the other: "move from joint action toward consultation" against "move from consultation to joint action"."""

    def ends(facts: SentenceFacts, predicate: str, argument: str) -> set[str]:
        return {
            PATH_ENDS[r]
            for p, r, a in facts.roles
            if r in PATH_ENDS and _same_act(predicate, p) and _same_noun(argument, a)
        }

    pairs = []
    for predicate, role, said in claim.roles:
        if role not in PATH_ENDS or PATH_ENDS[role] in ends(source, predicate, said):
            continue
        pairs += [
            (f"{role} {said}", f"{other_role} {found}")
            for other, other_role, found in source.roles
            if PATH_ENDS.get(other_role, PATH_ENDS[role]) != PATH_ENDS[role]
            and _same_act(predicate, other)
            and _same_noun(said, found)
        ]
    return list(dict.fromkeys(pairs))


def _the_difference_of_two(said: Quantity, source: SentenceFacts) -> bool:
    """Whether a claim's extent of a change or a comparison ("fell by nine", "dropped by 1.7 days", "eight fewer
    buses than it was due to supply") is the difference of two values the sentence gives of one thing: two counts
    of one noun ("142 staff, compared with 151 staff"), two sums of money ("cost £4.83 million against a budget of
    £4.2 million"), two spans or two shares."""
    if not said.qualifies or said.value is None or _opposite_comparison(said, source.quantities) is not None:
        return False
    values = [q for q in source.quantities if q.kind == said.kind and q.value is not None and not q.qualifies]
    if said.kind == "amount":
        values = [q for q in values if q.money == said.money]
    return any(
        math.isclose(abs(a.value - b.value), said.value, rel_tol=0.02 if said.approximate else 1e-6)
        for i, a in enumerate(values)
        for b in values[i + 1 :]
        if said.kind != "count" or ((a.of or b.of) and (a.of == b.of or not (a.of and b.of)))  # "17 meetings, fewer
        # than the 24 promised": the number compared stands for the same things
    )


def _opposite_comparison(said: Quantity, found: Sequence[Quantity]) -> Quantity | None:
    """The sentence's value of the claim's kind and size that is a difference the other way ("£900,000 more than the
    £10.7 million allocated" against "£900,000 under budget"), or None."""
    ways = {"", "change"}
    if said.qualifies in ways:
        return None
    return next(
        (
            q
            for q in found
            if q.kind == said.kind
            and q.value == said.value
            and q.qualifies not in ways
            and (q.qualifies == "less") != (said.qualifies == "less")
        ),
        None,
    )


# A calendar month runs 28 to 31 days: how far a span counted in months may lie from its average length, per month
_MONTH_SPREAD = (31 - 28) / 2 / 365


def _same_span(said: Quantity, found: Quantity) -> bool:
    """Whether two spans in units that convert only roughly are one length: months against weeks or days ("a month
    and a half" of "six weeks"; "three months" of "90 days"), within one of the finer unit and the months' spread;
    "two months" is no "six weeks", and months against years convert exactly ("two years" is no "26 months")."""
    if not said.of or not found.of or said.value is None or found.value is None:
        return False
    units = [years_in_unit(said.of), years_in_unit(found.of)]
    in_months = [(u * 12).is_integer() for u in units]
    if in_months[0] == in_months[1]:
        return False
    counted = said if in_months[0] else found  # a span counted in years is 365 days each, give or take one
    months = counted.value * 12 if years_in_unit(counted.of) < 1 else 0
    return abs(said.value - found.value) <= min(units) + months * _MONTH_SPREAD


def _spans_of_two_acts(said: Quantity, claim: SentenceFacts, found: Quantity, source: SentenceFacts) -> bool:
    """Whether the claim's span and the sentence's are the lengths of acts that differ, by the verbs that take them
    ("worked there for ten years", "oversaw the final six months")."""
    acts = [_span_taker(said, claim), _span_taker(found, source)]
    return all(acts) and not _same_act(*acts) and not _acts_share(claim, acts[0], source, acts[1])


def _span_taker(span: Quantity, facts: SentenceFacts) -> str:
    """The verb a span is an object or adjunct of ("for ten years" of "worked": work), or "": a span that is the subject
    ("The last two decades have seen ...") is the time of all the sentence tells."""
    last = span.text.split()[-1].lower()
    verbs = {w for w, kind in facts.words if kind in ("V", "P")}
    taking = (p for p, role, a in facts.roles if a.split()[-1].lower() == last and p in verbs and role != "agent")
    return next(taking, "")


def _share_of_its_values(share: Entity | Quantity, stated: Sequence[Quantity]) -> bool:
    """Whether a claim's percentage is the share one of its own stated values is of another ("completed 5.8 km of
    defences, 89% of its 6.5 km target"; "29 households, 58 per cent of the target of 50"), to the percentage point:
    the sentence states both values, so it states their ratio."""
    if not isinstance(share, Quantity) or share.kind != "percent" or share.qualifies or share.value is None:
        return False
    values = [q for q in stated if q.kind in ("count", "amount") and q.value]
    return any(
        abs(100 * part.value / whole.value - share.value) < (_tolerance(share) if share.approximate else 1.0)
        and part.money == whole.money
        and (part.of == whole.of or not part.of or not whole.of)
        for part in values
        for whole in values
        if part is not whole and part.value < whole.value
    )


def _share_counted(said: Quantity, source: SentenceFacts) -> Quantity | None:
    """The share a sentence gives of the claim's thing as a part of a whole counted ("150 of the 300 homes": 50%
    of homes), or None."""
    counts = [q for q in source.quantities if q.kind == "count" and q.value and said.of and _counts_of(q, said.of)]
    parts, wholes = [q for q in counts if q.part], [q for q in counts if q.whole]
    if len(parts) != 1 or len(wholes) != 1 or parts[0].value > wholes[0].value:
        return None
    part, whole = parts[0], wholes[0]
    text = f"{part.text} of {whole.text}"
    return Quantity(text, "percent", 100 * part.value / whole.value, said.of, part.start, whole.end)


def _counts_of(count: Quantity, thing: str) -> bool:
    return count.of == thing or lexicon.counts_as(count.of, thing)


def _the_part_acted_on(said: Quantity, found: Quantity) -> bool:
    """ "23 inspectors were posted" of "Of the 41 inspectors hired, 23 were posted": the part a sentence's act was done
    to counts the things it was done to, in the claim's act; in no act on either side, the things it counts ("defects
    in 23 homes" of "inspected 150 homes and found defects in 23 of them")."""
    acted = bool(said.act and found.act) and _same_act(said.act, found.act)
    return (
        found.part
        and not (said.part or said.whole)
        and (acted or not (said.act or found.act))
        and bool(found.of)
        and (found.of == said.of or lexicon.counts_as(found.of, said.of))
    )


def _at_the_other_end(said: Quantity, claim: SentenceFacts, source: SentenceFacts) -> Quantity | None:
    """The sentence's other value of the kind, when the claim puts its value at one end of a path ("rose to £1.31
    million") and the sentence, in another act, at the other ("stood at £1.12 million, down from £1.31 million"):
    £1.12 million (one act's ends swapped are `reversed_paths`)."""

    def ends(facts: SentenceFacts, value: Quantity) -> set[tuple[str, str]]:
        return {(p, PATH_ENDS[r]) for p, r, a in facts.roles if r in PATH_ENDS and value.text in a}

    mine = ends(claim, said)
    others = [q for q in source.quantities if q.kind == said.kind and q.value != said.value]
    if not mine or len(others) != 1:
        return None
    same = [q for q in source.quantities if q.kind == said.kind and q.value == said.value]
    theirs = {found for q in same for found in ends(source, q)}
    if any(_same_act(act, other) for act, _ in mine for other, _ in theirs):
        return None
    # a value at neither end of a sentence whose other value is at one is at the other ("reached £1.31 million, up
    # from £1.12 million")
    at = {end for _, end in theirs} or {"start", "end"} - {end for _, end in ends(source, others[0])}
    return others[0] if len(at) == 1 and not {end for _, end in mine} & at else None


def replaced_items(claim: SentenceFacts, source: SentenceFacts) -> list[tuple[str, str]]:
    """(claim's item, source's) where both fill the same slot with a list of as many items and the lists differ
    in one item: "in the form of the Coast Initiative and the Delta Forum" against "in the form of the Coast
    Initiative and the Alpine Initiative" (the claim's item may be named elsewhere in the documents); or whose
    lists of three or more differ in one item, however each is introduced ("are listed as A, B, C and D" against
    "include A, B, C and E")."""
    pairs = []
    named = {w for e in source.names() for w in _capitalised(e.text)}
    for predicate, role in dict.fromkeys((p, r) for p, r, _ in claim.roles if r != "mod"):
        mine = [a for p, r, a in claim.roles if p == predicate and r == role]
        theirs = [a for p, r, a in source.roles if _same_word(p, predicate) and r == role]
        if len(mine) < 2 or len(mine) != len(theirs):
            continue
        only_mine = [a for a in mine if not any(_same_phrase(a, b) for b in theirs)]
        only_theirs = [b for b in theirs if not any(_same_phrase(a, b) for a in mine)]
        # a name the sentence gives anyway, in apposition ("Two replacement firms, A and B, took over the work"):
        # no item replaced
        words = _capitalised(only_mine[0]) if len(only_mine) == 1 else set()
        if len(only_mine) == 1 and len(only_theirs) == 1 and not (words and words <= named):
            pairs.append((only_mine[0], only_theirs[0]))
    mine, theirs = claim.enumeration, source.enumeration  # a list of three or more, whatever introduces it
    if len(mine) >= 3 and len(mine) == len(theirs) and not pairs:
        only_mine = [a for a in mine if not any(_same_word(a, b) for b in theirs)]
        only_theirs = [b for b in theirs if not any(_same_word(a, b) for a in mine)]
        if len(only_mine) == 1 and len(only_theirs) == 1:
            pairs.append((only_mine[0], only_theirs[0]))
    return pairs


def replaced_qualities(claim: SentenceFacts, source: SentenceFacts) -> list[tuple[str, str]]:
    """(claim's phrase, source's) where the claim puts a thing of the source in another domain: "the
    international humanitarian law regime" against "the international human rights regime" (one relational
    modifier each side differs, the claim's said nowhere in the sentence, and not one word in two forms or
    senses; a graded one, "further" / "greater" progress, is no other domain)."""
    said, told = _stems(source), _stems(claim)
    pairs = []
    for head in dict.fromkeys(h for h, r, _ in claim.roles if r == "mod"):
        mine = [a for h, r, a in claim.roles if h == head and r == "mod"]
        theirs = [a for h, r, a in source.roles if _same_word(h, head) and r == "mod"]
        only_mine = [a for a in mine if stem(a) not in said]
        only_theirs = [b for b in theirs if stem(b) not in told]
        if len(only_mine) != 1 or len(only_theirs) != 1:
            continue
        a, b = only_mine[0], only_theirs[0]
        relational = lexicon.is_relational(a.lower()) and lexicon.is_relational(b.lower())
        if relational and not (_same_word(a, b) or lexicon.synonymous(a.lower(), b.lower(), "a")):
            pairs.append((f"{a} {head}", f"{b} {head}"))
    return pairs


def _same_phrase(a: str, b: str) -> bool:
    """ "Nansen-Initiative" and "Nansen Initiative", "global compacts" and "global compact"; a name with or
    without a common noun classing it ("Eastdock" and "Eastdock district"), or with more of its words
    (`_one_name`)."""
    words = lambda text: [stem(w) for w in text.lower().replace("-", " ").split()]  # noqa: E731
    named = _capitalised(a)
    return words(a) == words(b) or (bool(named) and named == _capitalised(b)) or _one_name(a, b)


def _parties_apart(said: Quantity, found: Quantity, claim_stems: set[str], source_stems: set[str]) -> bool:
    """Whether two values are each of a party the other sentence never names ("The meal price went up in September
    2024" against "The share of food spending rose from 12% in 2021/22": the price's time, not the share's)."""
    if not said.party or not found.party:
        return False
    mine, theirs = (stem(p.split()[-1].lower()) for p in (said.party, found.party))
    return mine != theirs and mine not in source_stems and theirs not in claim_stems


def _one_party(a: str, b: str) -> bool:
    """One party in two phrases: `_same_phrase`, or a common noun and the same noun with more words before it ("the
    board" / "the HRT board")."""
    if _same_phrase(a, b):
        return True
    shorter, longer = sorted((a.split(), b.split()), key=len)
    if not shorter or _capitalised(" ".join(shorter)):  # "the Council" / "the County Council": two names
        return False
    words, more = [w.lower() for w in shorter], [w.lower() for w in longer]
    return stem(words[-1]) == stem(more[-1]) and set(words) <= set(more)


def _one_name(a: str, b: str) -> bool:
    """Whether one name is the other with more of its words, ending as it ends: "Helena Marsk" and "Dr Helena
    Marsk", "Karsland" and "the Republic of Karsland" (not "UN" and "UN General Assembly": another body)."""
    short, long = sorted((_capitalised_words(a), _capitalised_words(b)), key=len)
    return bool(short) and short[-1] == long[-1] and set(short) <= set(long)


def other_circumstances(claim: SentenceFacts, source: SentenceFacts) -> list[tuple[str, str]]:
    """(claim's clause, source's) where both attach a clause with the same subordinator to the same act and
    the claim's says nothing the source's says, its subject aside: "will grow if States engage in joint
    action" against "will grow if States turn inward"."""
    pairs = []
    for predicate, mark, text, lemmas in claim.clauses:
        theirs = [
            (t, set(map(stem, ls.split()))) for p, m, t, ls in source.clauses if m == mark and _same_word(predicate, p)
        ]
        said = set(map(stem, lemmas.split()))
        if theirs and len(said) >= 2 and not any(said & words for _, words in theirs):
            pairs.append((text, theirs[0][0]))
    return pairs


def overstated(claim: SentenceFacts, source: SentenceFacts) -> list[tuple[str, str]]:
    """(the claim's word of certainty, the source's of possibility) bearing on the same act: "will certainly
    serve" against "potentially can serve", "is guaranteed to bring" against "should be better positioned to
    bring", "will certainly be addressed" against "are unlikely to be addressed"; an act is one in two verbs
    taking one thing ("will definitely play an important role" against "potentially can serve an important role")."""

    def marked(facts: SentenceFacts, kind: str, predicate: str) -> list[str]:
        taking = _done_to(claim, predicate)
        return [
            w
            for w, k, p in facts.modality
            if k == kind
            and (_same_word(p, predicate) or any(_one_thing(a, b) for a in taking for b in _done_to(facts, p)))
        ]

    pairs = []
    for word, kind, predicate in claim.modality:
        if kind != "certain" or marked(claim, "possible", predicate) or marked(source, "certain", predicate):
            continue
        pairs += [(word, hedge) for hedge in marked(source, "possible", predicate)]
    return list(dict.fromkeys(pairs))


def _same_noun(a: str, b: str) -> bool:
    return stem(a) == stem(b)


def _graded_apart(a: str, b: str) -> bool:
    """Opposite grades or quantifiers: WordNet antonyms ("some" / "all"), or one pointing down the scale
    and the other not ("less" / "greater": WordNet relates "less" to "more" only)."""
    return lexicon.opposed(a, b) or lexicon.diminishes(a) != lexicon.diminishes(b) or _excepting(a, b)


def _excepting(a: str, b: str) -> bool:
    """A universal quantifier against one with an exception ("every" / "all but"): not all of them."""
    first = a.split()[0], b.split()[0]
    excepted = a.split()[-1] in EXCEPTIVES, b.split()[-1] in EXCEPTIVES
    return all(f in UNIVERSALS for f in first) and excepted[0] != excepted[1]


def _done_where_only_intended(claim: SentenceFacts, around: Sequence[SentenceFacts]) -> list[str]:
    """The acts the claim tells as done that the sentence only plans, proposes or hopes for (`SentenceFacts.intended`):
    "The council raised the fee to £40" against "The council plans to raise the fee to £40"; none the sentence (or
    one around it) also tells as done."""
    planned = {act for _, act in around[0].intended}
    done = [w for f in around for w, kind in f.words if kind in ("V", "P") and w not in {a for _, a in f.intended}]
    return [
        act
        for act, kind in claim.words
        if kind in ("V", "P")
        and act not in {a for _, a in claim.intended}
        and any(_same_act(act, u) for u in planned)
        and not any(_same_act(act, w) for w in done)
    ]


def _other_stages(claim: SentenceFacts, source: SentenceFacts) -> list[tuple[Stage, Stage]]:
    """The claim's items of a numbered series timing an act (`Stage`) that the sentence times only by other items of
    that series: "introduced in the second round" against "introduced in Round 1, and extended in Round 2"."""
    found = []
    ranked = [item for e in source.items if (item := numbered_item(e)) is not None]
    for said in claim.stages:
        elided = any(_same_word(said.noun, noun) and said.number == number for noun, number in ranked)
        if elided and not any(g.number == said.number for g in source.stages):
            continue  # "the first phase cost £2 million and the second £3 million": the second ranked, its act left out
        same = [
            g
            for g in source.stages
            if (_same_word(said.noun, g.noun) or lexicon.means_same(said.noun, g.noun, "n"))
            and _same_act(said.act, g.act)
        ]
        if same and all(g.number != said.number for g in same):
            found.append((said, same[0]))
    return found


def _same_act(a: str, b: str) -> bool:
    """One act in two words: `_same_word`, or a verb standing for the other ("handle" / "address" issues)."""
    return _same_word(a, b) or lexicon.means_same(a, b)


def _same_word(a: str, b: str) -> bool:
    """One word in two forms: the same stem ("effective", "effectively") or a derivation ("enter", "entry")."""
    return stem(a) == stem(b) or b in lexicon.related_forms(a)


def _with_qualities(words: tuple[tuple[str, str], ...]) -> list[tuple[str, str, str]]:
    """(word, class, word as written) for each word, and for a noun of quality or a verb of state the
    adjectives it goes with ("complexity" -> complex, "abound" -> abundant): "simple" reverses "the
    complexity of" as it reverses "complex", "scarce" reverses "barriers abound"."""
    found = []
    for word, kind in words:
        found.append((word, kind, word))
        if kind in ("N", "V"):
            found += [(a, "J", word) for a in sorted(lexicon.quality_adjectives(word, kind.lower()))]
    return found


def _negative_prefix(a: str, b: str) -> bool:
    """ "non-normative" against "normative", "non-binding" against "binding" (whose lemma may be "bind"):
    English's negating prefix with a hyphen, before a form of the other word."""
    return any(x.startswith("non-") and stem(x[4:]) == stem(y) for x, y in ((a, b), (b, a)))


def _also_said_plainly(head: str, facts: SentenceFacts) -> bool:
    """Whether a sentence negating an act also says it outside its negations ("Auditors visited 42 projects; the
    Capital District was not visited"): the negation is of another instance of it, no denial of the act."""
    outside = Counter(facts.lemmas) - Counter(facts.denied)
    return outside[head] > 0


def _of_a_party(negation: Negation, other: SentenceFacts) -> bool:
    """Whether the other sentence gives the negated act one of the parties the negation denies it of ("Auditors
    visited the Capital District" against "the Capital District was not visited")."""
    parties = {stem(p) for p in negation.parties}
    return any(
        _same_act(predicate, negation.head) and stem(argument.split()[-1].lower()) in parties
        for predicate, _, argument in other.roles
    )


def _hedged(claim: SentenceFacts, source: SentenceFacts) -> bool:
    """Whether the sentence says what the claim says only inside a negation ("there is no assurance that
    States will forge X" does not state "States will forge X"; "gaps unlikely to be addressed through binding
    law" does not state "binding law"): most of the claim's words the sentence uses are under it, or some are
    under it and nowhere else in the sentence; and the claim negates nothing itself."""
    if claim.negations or not source.denied:
        return False
    said = {stem(lemma) for lemma in source.lemmas}
    denied = {stem(lemma) for lemma in source.denied}
    shared = [w for w in set(claim.lemmas) if said_in(w, said)]
    under = [w for w in shared if said_in(w, denied)]
    elsewhere = Counter(stem(lemma) for lemma in source.lemmas) - Counter(stem(lemma) for lemma in source.denied)
    only_under = [w for w in under if stem(w) in denied and not elsewhere[stem(w)]]
    return bool(shared) and (len(under) * 2 > len(shared) or bool(only_under))


# `language._roles`' roles that give no circumstance: the slots, and "as", which opens a predicate ("gives X as an
# example", "served as chair")
_SLOTS = frozenset(["agent", "patient", "poss", "mod", "than", "as"])


def _added_circumstances(claim: SentenceFacts, around: Sequence[SentenceFacts]) -> list[Entity]:
    """The circumstances the claim adds to an act that no sentence around gives: a common noun a preposition
    attaches to a verb ("carried out its survey by telephone", "sent money through mobile apps"), in no form or
    word of the same sense said there. Times are the dates' to check, names the names', quantities their own."""
    kinds = dict(claim.words)
    measured = {stem(w) for w in claim.quantity_words() | {q.of for q in claim.quantities if q.of}}  # "by 18 points"
    found = {stem(lemma) for f in around for lemma in f.lemmas}
    summed = any(q.money for f in around for q in f.quantities)  # "Of the £38.6 million spent" says "of the money"
    added = []
    for predicate, role, argument in claim.roles:
        word = argument.split()[-1]
        if kinds.get(predicate) not in ("V", "P") or role in _SLOTS or not role.isalpha() or not word.islower():
            continue
        if stem(word) in measured or "noun.time" in lexicon.supersenses(word, "n", senses=1):
            continue
        if any(base in _SMALL_WORDS for base in (word, *lexicon.base_forms(word, "n"))):
            continue  # "swapped for new ones": a pronoun standing for a noun said before, no circumstance
        parts = [part for part in word.split("-") if part]  # "confidence-building": said when each part is
        if said_in(word, found) or all(said_in(part, found) for part in parts) or (summed and lexicon.is_money(word)):
            continue
        added.append(Entity(f"{role} {argument}", "DETAIL", claim.start, claim.end))
    return added


def _clauses_unsaid(claim: SentenceFacts, around: Sequence[SentenceFacts]) -> list[Entity]:
    """The adverbial clauses the claim adds (`SentenceFacts.clauses`: "because neighbours objected", "after the
    contractor went into administration", "if funding allows") that the sentences around do not say: most of a
    clause's content words found in none of them (`_coverage`), a reason, time or condition of the claim's own."""
    kinds = dict(claim.words)
    unsaid = []
    for predicate, _, text, lemmas in claim.clauses:
        words = tuple(lemmas.split())
        if kinds.get(predicate) in ("J", "R"):
            continue  # "7 fewer than planned": the standard of a comparison, which the comparison's values check
        if words and _coverage(replace(claim, lemmas=words, quantities=()), around) < 0.5:
            unsaid.append(Entity(text, "DETAIL", claim.start, claim.end))
    return unsaid


def _coverage(claim: SentenceFacts, around: Sequence[SentenceFacts], scene: set[str] = frozenset()) -> float:
    """The share of the claim's content words found in `around`: stemmed ("adopted" meets "adoption"), or
    by a word of the same sense or a derivation ("entered" meets "entry": `lexicon.related_forms`); a verb with its
    particle by what WordNet lists the two as ("went up" meets "rose", and "rose" meets "went up"); a noun by a kind
    of it ("people" meets "residents": `lexicon.counts_as`); a verb by a way of doing it ("created" by "developed":
    `lexicon.a_way_of`). A verb must be found in the sentence itself (`around[0]`): the sentences around may name what
    the claim refers to, not what it says was done. The words of a standing the sentences set the claim's way
    ("exceeded the forecast" by "higher than forecast") are found. The words
    of a quantity ("the past twenty years") and of its kind ("the number of") are the quantity's to check, not words
    to find, and those of a name
    its document's title sets the scene with (`scene`, lower-cased) are found there."""
    measured = claim.quantity_words()
    kinds = {lemma for lemma in claim.lemmas if claim.quantities and lexicon.names_a_quantity(lemma)}  # "the number
    # of installers", "the share of households": what kind of value the claim's quantity is, which it checks
    wanted = {
        lemma
        for lemma in claim.lemmas
        if lemma not in measured
        and lemma not in scene
        and lemma not in kinds
        and not said_in(lemma, map(stem, measured))
    }
    if not wanted:
        return 0.0
    particled = {p.split("_")[0]: p for p in claim.phrasal}  # "went up" is said by "rise", however "go" is not
    nouns = {w for w, kind in claim.words if kind == "N"}
    changing = {q.act for q in claim.quantities if q.act}  # "grew by half a million" is said by "rose from 3.1
    # million to 3.6 million"
    verbs = {w for w, kind in claim.words if kind in ("V", "P")}

    def said_by(sentences: Sequence[SentenceFacts]) -> Callable[[str], bool]:
        found = {stem(lemma) for facts in sentences for lemma in facts.lemmas}
        phrasal = [p for facts in sentences for p in facts.phrasal]  # "went up" says "rise"
        found |= {stem(w) for p in phrasal for w in (p, *lexicon.related_forms(p))}
        specific = {w for facts in sentences for w, kind in facts.words if kind == "N"}  # "residents" says "people"
        changed = {q.act for facts in sentences for q in facts.quantities if q.act}
        summed = any(q.money for facts in sentences for q in facts.quantities)
        # "were running" says "operating"
        acts = {w for facts in sentences for w, kind in facts.words if kind in ("V", "P")}

        def said(word: str) -> bool:
            if said_in(word, found) or (word in particled and said_in(particled[word], found)):
                return True
            if word in verbs and any(lexicon.means_same(word, act) or lexicon.a_way_of(act, word) for act in acts):
                return True  # "created" is said by "developed", a way of creating (not "developed" by "created")
            sense = particled.get(word, word)  # "went up by 6%": go_up
            if sense in changing and any(lexicon.changes_alike(sense, act) for act in changed):
                return True
            if word in nouns and summed and lexicon.is_money(word):
                return True  # "the money spent" is said by "the £38.6 million spent"
            return word in nouns and any(lexicon.counts_as(noun, word) for noun in specific)

        return said

    # "exceeded the forecast" is said by "higher than forecast": where the claim sets a thing against a reference, the
    # sentence setting it the same way says its words
    stood = {
        stem(w)
        for way, reference, said in claim.standings
        if any(w == way and _alike_references(reference, r) for f in around for w, r, _ in f.standings)
        for w in said.split()
    }
    stood |= {stem(b) for w in list(stood) for b in lexicon.base_forms(w, "a")}  # "higher": "high"
    # the sentences around may name what the claim's words refer to, but its acts are the sentence's own to say
    # ("The X letters can be read online" is not said by "The X letters were the most viewed" beside "reading room")
    in_context, in_itself = said_by(around), said_by(around[:1])
    return sum(stem(w) in stood or (in_itself if w in verbs else in_context)(w) for w in wanted) / len(wanted)


def _at_its_time(said: Quantity, claim: SentenceFacts, source: SentenceFacts) -> Quantity | bool | None:
    """Against a sentence pairing its values with dates (`judge.dated_values`: a table's row by its columns, a
    series "61% in Year 1 and 54% in Year 3"), a value the claim gives at a time it names: True when the sentence
    gives it at that time, the sentence's value of that time when another ("61% in Year 3": 54%), False when it
    gives none of that time; None when the claim names no time or the sentence pairs none (then compared as any), or
    when the value counts the subject, which the sentence counts at no time of its series ("the two sites")."""
    if said.kind == "year":  # "in 2022": a time a column gives
        written = {str(int(said.value or 0))}
        if any(written & set(q.when.split()) for q in source.quantities if q.when):
            return True
        ends = years_in(said.text)  # "between 2022 and 2024": a period whose ends the sentence gives values at
        given = {y for _, d in dated_values(source) if d is not None for y in years_in(d.text)}
        return True if len(ends) > 1 and set(ends) <= given else None
    if (
        said.qualifies == "change"
        and said.kind == "percent"
        and (change := _change_between(claim, source, multiplies(said.act))) is not None
    ):
        return _fits(said, *change)  # "more than doubled between 2022 and 2023" of a row's 2022 and 2023 columns
    if (change := _absolute_change(said, source)) is not None:
        return _fits(said, *change)  # "dropped by £44 between 2021 and 2024" of "from £186 in 2021 to £142 in 2024"
    stems = {stem(lemma) for lemma in claim.lemmas}
    paired = False
    for time in _claimed_times(said, claim):  # the series read by the time's sort: its dates, or its numbered items
        dated = [(q, d) for q, d in dated_values(source, numbered_item(time) is not None) if d and q.kind == said.kind]
        if not dated:
            continue
        paired = True
        dated = [(q, d) for q, d in dated if not _thing_of(q) or said_in(_thing_of(q), stems)]
        if said.kind == "count" and said.of:  # "38 caseworkers by the end of 2022" against "by the end of 2022 five
            dated = [(q, d) for q, d in dated if not q.of or _counts_one_thing(q.of, said.of)]  # centres": centres
            undated = [q for q in source.quantities if q.kind == "count" and q.of and _counts_one_thing(q.of, said.of)]
            if not dated and undated:  # "the two sites recorded 318,000 visits in 2021-22, ...": a count of its
                return None  # own, at no time of the series, compared as any
        if not dated:  # a row of another thing's values ("State matching grants" for a claim about contributions)
            return False
        at_time = [q for q, date in dated if period_said(time, [date])]
        # "went from 22 to 57 between 2019 and 2022" of "from 22 in 2019 to 57 in 2022": each value at an end of the
        # period; with values at both ends and neither the claim's, a conflict (which end is the claim's is not told)
        ends = [(q, date) for q, date in dated if _at_an_end(date, time)]
        if not at_time and ends:
            if any(q.value == said.value or _near(said, q) for q, _ in ends):
                return True
            both = {y for _, date in ends for y in years_in(date.text)} >= set(years_in(time.text))
            return ends[0][0] if both else None
        if not at_time and after_every_date([time], [date for _, date in dated]):
            return None  # "fell from 89.4% in 2022 to 87.3%" for 2023: its undated values are the later time's
        if at_time:
            return (
                True
                if any(q.value == said.value or _near(said, q) or _within(said, q) for q in at_time)
                else at_time[0]
            )
    return False if paired else None


def _at_an_end(date: Entity, period: Entity) -> bool:
    """Whether a date is a year ending a period of years ("2019" or "2022" of "between 2019 and 2022": a change "from
    22 to 57" over it has its values there)."""
    ends, years = years_in(period.text), years_in(date.text)
    return len(ends) > 1 and bool(years) and all(y in (min(ends), max(ends)) for y in years)


def _date_said(date: Entity, facts: SentenceFacts) -> bool:
    """Whether a sentence gives a claim's date: as one date, or a period by its every end ("between 2021 and 2023" of
    "from 38.5 in 2021 to 31.2 in 2023")."""
    period = len(years_in(date.text)) > 1 and period_said(date, [e for e in facts.entities if e.label == "DATE"])
    return said_as(date, "DATE", facts) or period


def _measures_another_than_named(said: Quantity, found: Quantity, claim: SentenceFacts) -> bool:
    """Whether the claim's value measures a thing it names ("400 metres of the Long Crag Way") and the sentence's
    measures another noun ("400 metres of the Scarside Ridge path ... together with a section of the Long Crag Way"):
    the sentence's value is the other thing's, whatever else of the named one it says."""
    if not (said.measures and found.measures) or _same_noun(said.measures, found.measures):
        return False
    return any(e.text.split()[-1].lower() == said.measures for e in claim.names())


def _of_an_unnamed_party(said: Quantity, other: SentenceFacts, claim_stems: set[str]) -> bool:
    """Whether every value of a sentence equal to the claim's is a party's the claim does not name ("rising material
    prices added a further £1.6 million", for "Replacing the contractor added £1.6 million")."""
    equal = [q for q in other.quantities if q.kind == said.kind and q.value == said.value]
    return bool(equal) and all(
        q.party and not any(stem(w) in claim_stems for w in q.party.lower().split()) for q in equal
    )


def _said_only_as_set_aside(date: Entity, claim: SentenceFacts, source: SentenceFacts) -> bool:
    """Whether the sentence gives a claim's date only as the one it sets aside ("complete in October 2025 rather than
    by the original target of June 2025"), for a claim giving the date as the act's, not as one set aside or aimed at
    ("the original target was June 2025")."""
    mine = next((q for q in claim.quantities if q.kind == "year" and q.start <= date.start < q.end), None)
    if mine is None or mine.set_aside or _aimed_at(mine, claim):
        return False
    words = {w.lower() for w in date.text.split()}
    theirs = [q for q in source.quantities if q.kind == "year" and words <= {w.lower() for w in q.text.split()}]
    return bool(theirs) and all(q.set_aside for q in theirs)


def _counts_one_thing(a: str, b: str) -> bool:
    return _same_noun(a, b) or lexicon.counts_as(a, b) or lexicon.counts_as(b, a)


def _thing_of(value: Quantity) -> str:
    """What a row's value is of: the noun its sum sizes or it counts (a percentage's noun, "fee" of "Average fee per
    transfer", is what it is a rate of, not what the row is about)."""
    return (value.measures if value.kind != "percent" else "") or value.of


def _claimed_times(said: Quantity, claim: SentenceFacts) -> list[Entity]:
    """The times the claim gives a value at (`language.series_keys`: dates, numbered items and ordinal-ranked ones,
    "in the second phase"): its one date with a number or numbered item ("in Round 1"), one of each
    ("Round 1 ... in November 2020 with 2,380 respondents": both), or of several, the one its series pairs with the
    value (`judge.dated_values`); none without one, when the pairing is not plain, or when a time counted from
    another follows the value ("13,200 a year earlier")."""
    if any(e.label == "DATE" and 0 <= e.start - said.end <= 1 and not places_in_time(e) for e in claim.entities):
        return []  # "up from 13,200 a year earlier": a time counted back from the claim's date, not that date
    times = series_keys(claim)
    items = [e for e in times if numbered_item(e) is not None]
    ends = change_ends(claim, ("count", "span", "amount", "percent"))
    if ends is not None and said == ends[0] and len(times) == 1 and len(years_in(times[0].text)) <= 1:
        return []  # "climbed from 12% to 47% by 2023/24": the one date is where the change ended, not its start
    if len(items) <= 1 and len(times) - len(items) <= 1:
        return times
    return [date for q, date in dated_values(claim) if q == said and date is not None]


def _compare_quantity(
    said: Quantity,
    source: SentenceFacts,
    claim_stems: set[str],
    as_done: bool = True,
    claim: SentenceFacts | None = None,
) -> Quantity | bool | None:
    """True when the sentence states it, the sentence's differing quantity when it conflicts, None when
    the sentence says nothing of the kind about it. `as_done`: the claim tells an act done, not only intended ("planned
    to have 1,200 homes replaced" may give the whole of "950 of the 1,200 homes"). `claim`: the claim's facts, when
    the acts its values are of count."""
    same_kind = [q for q in source.quantities if q.kind == said.kind]
    kept = [
        q for q in same_kind if not q.set_aside
    ]  # "in March 2027 rather than by September 2026": the act's value is
    # the one kept
    if claim is not None and kept and len(kept) < len(same_kind) and not said.set_aside and not _aimed_at(said, claim):
        same_kind = kept
    if (opposite := _opposite_comparison(said, same_kind)) is not None:
        return replace(opposite, text=f"{opposite.text} {opposite.qualifies}")  # "£900,000 more" of "£900,000 under"
    if said.kind != "year" and (aimed := _for_another_purpose(said, same_kind)) is not None:
        return aimed  # "£12,000 for a heat pump" is not what insulation gets
    if said.kind in ("count", "amount") and (done := _done_to_a_part(said, same_kind)) is not None:
        return done  # "all 210 kilometres were replaced" against "186 of the 210 kilometres were replaced"
    if (
        said.kind != "year"
        and said.bound
        and any(
            q.bound == said.bound and q.value == said.value and (not q.of or not said.of or q.of == said.of)
            for q in same_kind
        )
    ):
        return True  # "residents over 75" of "residents aged over 75": the same bound
    if said.kind == "year":
        # "the 2016 Declaration" is the Declaration's year: a rival only for a claim about the Declaration
        source_stems = {stem(lemma) for lemma in source.lemmas}

        def about(q: Quantity) -> bool:
            of = q.of == said.of or not q.of or (not said.of and said_in(q.of, claim_stems))
            return of and not _parties_apart(said, q, claim_stems, source_stems)

        point = len(years_in(said.text)) == 1
        periods = [q for q in same_kind if about(q) and len(years_in(q.text)) > 1]
        dated = any(q.value == said.value and len(years_in(q.text)) == 1 for q in same_kind)  # a year of its own
        if point and periods and not dated and (end := _an_end_of(said, periods[0])):  # "started in 2020" of "ran
            years = years_in(periods[0].text)  # from April 2021 to March 2024": the period's first year; "ended
            # in" its last
            return True if said.value == (years[0] if end > 0 else years[-1]) else periods[0]
        span = years_in(said.text)
        if len(span) > 1 and (
            rivals := [q for q in periods if not said.act or not q.act or _same_act(q.act, said.act)]
            or (periods if len(periods) == 1 else [])  # "appeared from 1840 until 1936": the thing's one period
        ):
            # "published between 1850 and 1900" against "published between 1850 and 1950": a period is stated by its
            # every year
            return True if any(years_in(q.text) == span for q in rivals) else rivals[0]
        # "430 in 2023" is the year of 430: it states a claim's year only for a claim giving 430
        if any(
            q.value == said.value
            and (not q.of or q.of == said.of or said_in(q.of, claim_stems))
            and (len(span) == 1 or years_in(q.text) == span)  # a period is stated by its every year
            for q in same_kind
        ) or (len(span) > 1 and all(any(years_in(q.text) == [end] for q in same_kind) for end in (span[0], span[-1]))):
            # "between June 2022 and January 2024" of "the first in June 2022 and the last in January 2024": its ends
            return _exchanged(said, same_kind) or True  # "the 2016 Geneva Declaration" / "the 2016 New York
            # Declaration": the year of the same noun, whatever the name
        deadlines = [q for q in same_kind if said.bound and q.bound == said.bound and about(q)]
        if deadlines:  # "by the end of 2030" against "by the end of 2028": the sentence's deadline, not its other years
            return next((True for q in deadlines if q.value == said.value), deadlines[0])
        if said.bound and any(q.exact and _WAYS[said.bound](q.value, said.value) for q in same_kind if q.value):
            return None  # "during 2020 to 2023" of "in September 2023": a year within the period
        # a period no act is said in ("Ardmoor Gazette (1868-1952)": the paper's run) is the time of no act the claim
        # dates to a point ("went online in 2024")

        def timeless(q: Quantity) -> bool:
            return bool(said.act) and point and not q.act and len(years_in(q.text)) > 1

        # a year the claim gives another thing dates that, no rival ("The 2023 purchase cost more than the 2022
        # spending" / "far more than the £9m spent in 2022"; "from 1,450 in 2021 to 3,900 in 2023": 2024, not 2021)
        others = {q.value for q in claim.quantities if q is not said and q.kind == "year"} if claim else set()
        return next(
            (
                q
                for q in same_kind
                if about(q) and not _holds(q, said.value) and not timeless(q) and q.value not in others
            ),
            None,
        )
    if (change := _absolute_change(said, source)) is not None:
        return _fits(said, *change)  # "dropped by £44" of "fell from £186 to £142"
    if said.kind == "count":
        if (exchanged := _exchanged(said, same_kind)) is not None:
            return exchanged  # "approved 1,940" against "received 1,940 and approved 1,115 of them"
        # "46 of its installations" is some of them, no number of all it installed, and "the 41" of "23 of the 41
        # inspectors were posted" no number posted; in the claim's act, a count of a kind of its noun is one of it
        if as_done and not said.whole and any(q.part for q in same_kind):
            same_kind = [q for q in same_kind if not q.whole]
        counts = [
            q
            for q in same_kind
            if (q.of == said.of and q.part == said.part) or (as_done and _the_part_acted_on(said, q))
        ]
        counts = counts or [  # ("interviewed 4,620 people" against "6,420 passengers interviewed")
            q
            for q in same_kind
            if q.of
            and q.part == said.part
            and said.act
            and _same_act(q.act, said.act)
            and lexicon.counts_as(q.of, said.of)
        ]
        # a row's columns count what was done ("Received | Resolved within 30 days"): the claim's act decides
        acted = [q for q in counts if q.act and said_in(q.act, claim_stems)] if source.reading else []
        if acted and not said.bound:
            return True if any(q.value == said.value or _near(said, q) for q in acted) else acted[0]
        if said.bound and counts:  # "more than 400 nurses" of "412 nurses"; of "412" and "187": no telling
            return _against_bound(said, counts, same_kind)
        if any(_near(said, q) for q in counts) or any(
            q.value == said.value
            and (
                q in counts
                or (q.of and q.part == said.part and lexicon.counts_as(q.of, said.of))
                or (as_done and _the_part_acted_on(said, q))
            )
            for q in same_kind
        ):
            return True  # "2,870 residents" says "2,870 people": a count of a kind of the claim's thing
        if series_counted(said, [source]):  # "the two rounds" of "12% in Round 1 and 21% in Round 2"
            return True
        if any(q.value == said.value for q in same_kind):  # "11 of whom", "620 volunteer mentors": the number
            # is the sentence's, said of a noun the claim words otherwise, no rival count; a number the claim says of
            # nothing ("raised to three") is the sentence's same number ("from two to three apprentices")
            return True if not said.of and not said.part else None
        if counts:  # the count in the claim's act first ("examined 150 claims and upheld 23 of them": upheld 32)
            acting = [
                q for q in counts if (said.act and q.act and _same_act(q.act, said.act)) or _the_part_acted_on(said, q)
            ]
            return _nearest_named(acting or counts, source, claim_stems)
        if number_value(said.text) == 1:  # "one obstacle it faces is X", "one challenge is X": one of them, no
            return True  # count of all (unlike "the only obstacle"), where the sentence counts none
        listed = _listed(said, source, claim_stems)
        if listed:
            text = f"{listed} listed"
            if listed == said.value:
                return True
            return Quantity(text, "count", float(listed), said.of, source.start, source.end)
        return None
    if said.kind == "span" and same_kind:
        ranges = [q for q in same_kind if q.high is not None]
        if said.high is not None or ranges:  # "four to seven months": stated by the same range only
            return _against_ranges(said, ranges, [q for q in same_kind if q.high is None])
        # "a four-year strategy" measures the strategy: a rival only for a claim telling of it; "oversaw the final
        # six months" times another act than "had worked there for ten years"
        told = [
            q
            for q in same_kind
            if (not q.measures or said_in(q.measures, claim_stems))
            and not (claim and _spans_of_two_acts(said, claim, q, source))
        ]
        if said.bound and told:  # "over two years" of "26 months"
            return _against_bound(said, told, same_kind)
        if any(q.value == said.value or _same_span(said, q) for q in same_kind):
            return True
        return next(iter(told), None)
    if said.kind in ("amount", "percent"):
        matching = [  # a sum is no measure, and the size of a difference is no share or sum
            q
            for q in same_kind
            if (not q.of or not said.of or q.of == said.of or lexicon.counts_as(q.of, said.of))  # "km": kilometres
            and q.money == said.money
            and q.qualifies == said.qualifies
            and not (claim and _measures_another_than_named(said, q, claim))
        ]
        change = (
            _relative_change(source, multiplies(said.act))
            if said.kind == "percent" and said.qualifies == "change"
            else None
        )
        if change is not None and not matching:  # "cut by more than half" of "fell from 47 days to 21 days"
            return _fits(said, *change)
        if said.kind == "percent" and not said.qualifies and not matching and (share := _share_counted(said, source)):
            return _fits(said, share, 0)  # "more than half of the homes" of "150 of the 300 homes"
        if said.bound and matching:  # "more than €2 million" of "€2.4 million"
            acted = [q for q in matching if said.act and q.act and _same_act(q.act, said.act)]  # "cost over £14
            # million" of "cost £14.2m, far more than the £9m spent": the cost's value decides, the other act's is none
            outcome = _against_bound(said, acted, acted) if acted else _against_bound(said, matching, same_kind)
            matching = acted or matching
            rival = (
                isinstance(outcome, Quantity) and not _same_measure(said, outcome) and outcome not in _limits(matching)
            )
            return None if rival else outcome  # a limit the sentence sets is what a bound claims, whoever gives it
        if any(q.value == said.value for q in matching):
            return _exchanged(said, matching) or True
        if any(_near(said, q) for q in matching):
            return True
        rivals = [  # a rival sizes the same thing
            q for q in matching if _same_measure(said, q) and not (claim and _of_another_act_told(said, q, claim))
        ]
        return _nearest_named(rivals, source, claim_stems) if rivals else None
    return None


def _against_ranges(said: Quantity, ranges: Sequence[Quantity], values: Sequence[Quantity]) -> Quantity | bool | None:
    """A span against a sentence's ranges ("contracts of four to seven months") and its single values: a range is
    stated by the same range and contradicted by another; a single value within a range is not stated by it (the
    range gives no one length), outside every range contradicted, unless a single value of the sentence states it."""
    if said.high is not None:
        if any(q.value == said.value and q.high == said.high for q in ranges):
            return True
        return ranges[0] if ranges else None  # against single values: which end is meant is not told
    if any(q.value == said.value for q in values):
        return True
    within = any(q.value is not None and q.high is not None and q.value <= (said.value or 0) <= q.high for q in ranges)
    return None if within or values else ranges[0]


# the kinds of value whose change is a share of the first (a percentage's is in points or in per cent, unless a
# multiple: "doubled")
_CHANGED_KINDS: tuple[str, ...] = ("count", "span", "amount")


def _relative_change(source: SentenceFacts, multiple: bool = False) -> tuple[Quantity, int] | None:
    """The change a sentence gives from one value to another of one kind ("fell from 47 days in 2022 to 21 days in
    2024"), as the percentage it is of the first (55%), with its way (-1 down, 1 up): of two counts, spans or sums an
    act of change takes "from" and "to"; None without (a change of a percentage, "from 7.4% to 8.9%", is in points
    or in per cent, unless the claim's change is a multiple, `multiple`: "doubled" of "from 41% to 89%" is a ratio)."""
    ends = change_ends(source, _CHANGED_KINDS + ("percent",) * multiple)
    if ends is None or not ends[0].value:
        return None
    first, last = ends
    share = abs(last.value - first.value) / first.value * 100
    text = f"from {first.text} to {last.text}: {share:.0f}%"
    way = 1 if last.value > first.value else -1
    return Quantity(text, "percent", share, "", first.start, last.end, qualifies="change"), way


def _absolute_change(said: Quantity, source: SentenceFacts) -> tuple[Quantity, int] | None:
    """The size of the change a sentence gives from one value to another, in the claim's unit, with its way: for an
    extent of change in a sum or a count ("dropped by £44" of "fell from £186 to £142": £44, down), the difference of
    the two; for one in percentage points ("rose by 18 points" of "from 54% to 72%"), the difference of two
    percentages. None when the sentence gives no such change, or one in another unit."""
    points = said.kind == "count" and said.of == "point" and lexicon.is_change(said.act)  # the unit of a difference
    if not (points or (said.qualifies == "change" and said.kind in ("amount", "count"))):  # between percentages
        return None
    ends = change_ends(source, ("percent",) if points else (said.kind,))
    if ends is None or (not points and ends[0].money != said.money):
        return None
    first, last = ends
    size = round(abs(last.value - first.value), 6)
    text = f"from {first.text} to {last.text}: {size:g}" + (" points" if points else "")
    return Quantity(text, said.kind, size, said.of, first.start, last.end, qualifies="change"), (
        1 if last.value > first.value else -1
    )


def _change_between(claim: SentenceFacts, source: SentenceFacts, multiple: bool = False) -> tuple[Quantity, int] | None:
    """The change a row or a sentence's dated values give between the first and the last year the claim names, as
    `_relative_change` gives a sentence's ("more than doubled between 2022 and 2023" of "Subscribers | 8,150 | 17,600
    | 24,900": 116%, up; of "only 14 in 2022, although this rose to 37 by 2024"); None unless one value of a count,
    span or sum is given at each of the two years."""
    years = sorted({y for q in claim.quantities if q.kind == "year" for y in years_in(q.text)})
    if len(years) < 2:
        return None
    kinds = _CHANGED_KINDS + ("percent",) * multiple  # as `_relative_change`
    dated = [(v, d) for v, d in dated_values(source) if d is not None and v.kind in kinds]

    def at(year: float) -> Quantity | None:
        found = [v for v, d in dated if v.exact and year in years_in(d.text)]
        return found[0] if len(found) == 1 else None

    first, last = at(years[0]), at(years[-1])
    if first is None or last is None or not first.value or last.value is None:
        return None
    share = abs(last.value - first.value) / first.value * 100
    text = f"from {first.text} to {last.text}: {share:.0f}%"
    way = 1 if last.value > first.value else -1
    return Quantity(text, "percent", share, "", first.start, last.end, qualifies="change"), way


def _fits(said: Quantity, change: Quantity, way: int) -> Quantity | bool:
    """Whether a claimed extent of change fits the one a sentence gives (a bound by its way, an approximate one
    within its tolerance, an exact one to the nearest whole (a rounded "13 points" of 12.8; not "14 points" of 13),
    and a change the claim's verb says goes up or down going that way: "halved" is no rise), else the sentence's."""
    if change_direction(said.act) * way < 0:
        return change
    if said.bound:
        return True if _within(said, change) else change
    close = abs((said.value or 0) - (change.value or 0)) <= (_tolerance(said) if said.approximate else 0.5)
    return True if close else change


def _stands_as_graded(claim: SentenceFacts, source: SentenceFacts) -> bool:
    """Whether the sentence sets what it tells of against a reference the way the claim's comparatives grade it
    ("under its budget" for "£300,000 less than budgeted"; not for "more than budgeted")."""
    graded = {"<" if lexicon.diminishes(word) else ">" for word, _ in claim.degrees}
    return len(graded) == 1 and any(way.strip("=") in graded for way, _, _ in source.standings)


def _grades_alike(claim: SentenceFacts, source: SentenceFacts) -> bool:
    """Whether the sentence grades a word the claim grades ("more complaints" / "more complaints"), or the
    claim's grade is on no word the parse shows."""
    heads = {stem(head) for _, head in claim.degrees}
    return not heads or bool(heads & {stem(head) for _, head in source.degrees})


def _holds(period: Quantity, year: float | None) -> bool:
    """Whether a period ("2022-2024", "between 2022 and 2024") holds a year: no rival year to it."""
    years = years_in(period.text)
    return year is not None and len(years) > 1 and min(years) <= year <= max(years)


def _unclaimed(found: Quantity, source: SentenceFacts, claimed: set[tuple[str, float | None]]) -> Quantity:
    """The sentence's value a differing claim value stands against, not one another of the claim's values states
    ("from 61% to 50%" against "from 61% to 54%": 54%, not 61%); `found` when the sentence has no other, or is a
    period ("2021 to 2024" against "ended in 2021": its end, not its first year, stands against the claim)."""
    if (found.kind, found.value) not in claimed or len(years_in(found.text)) > 1:
        return found
    others = [
        q
        for q in source.quantities
        if q.kind == found.kind
        and q.exact
        and q.of == found.of
        and q.money == found.money
        and (q.kind, q.value) not in claimed
    ]
    return others[0] if len(others) == 1 else found


def _nearest_named(rivals: Sequence[Quantity], source: SentenceFacts, claim_stems: set[str]) -> Quantity:
    """Of the sentence's rival values, the one written nearest a name the claim also gives ("EUR 48 million in
    all, including EUR 6 million from the Harbour Trust" for "The Harbour Trust gave EUR 8 million": the 6 million),
    else the first."""
    shared = [e for e in source.names() if name_said(e.text, claim_stems)]

    def distance(value: Quantity) -> int:
        return min((max(e.start - value.end, value.start - e.end, 0) for e in shared), default=0)

    return min(rivals, key=distance)


def _of_another_act_told(said: Quantity, found: Quantity, claim: SentenceFacts) -> bool:
    """Whether the sentence's value is of an act the claim tells without a value, the claim's own value another act's
    ("Raising the hourly rate added £1.2 million a year" against "raised the hourly rate from £10.90 to £11.75": the
    rate's values, not what the raise added)."""
    if not said.act or not found.act or _same_act(found.act, said.act):
        return False
    valued = {q.act for q in claim.quantities if q.act}
    return any(_same_act(found.act, p) for p, _, _ in claim.roles if p not in valued)


def _same_measure(a: Quantity, b: Quantity) -> bool:
    """Whether two sums or shares may size one thing: the same noun ("the €6.8m budget" / "a budget of €6.8m"), or
    one sizing a noun and the other standing alone, unless that one is given in an act of another thing ("the
    €6.8m budget" is not the "€5.2 million" that "had been spent"; "the €2.4m contribution" may be the "€2.4m" that
    "ESF+ contributed"; "the cost came in below £2,400" sizes the cost)."""
    if a.measures and b.measures:
        return _same_noun(a.measures, b.measures)
    if (a.measures or a.per) and (b.measures or b.per) and _same_noun(a.measures or a.per, b.measures or b.per):
        return True  # "a round trip is 164 kilometres" / "runs 146 kilometres per round trip": the size of one trip
    sized, alone = (a, b) if a.measures else (b, a)
    said_of = bool(alone.party) and _same_noun(alone.party.split()[-1].lower(), sized.measures)  # "the average cost
    # came in below £2,400": the cost's value, as in "the average cost was £2,706"
    return not sized.measures or not alone.act or said_of or _same_word(alone.act, sized.measures)


def _tolerance(said: Quantity) -> float:
    """How far an approximate quantity may be from the true one: 5 per cent of it ("about 400" for 412), for a
    share at least 2.5 points ("a third" for 31%, "two in five" for 38%), and for a change by a multiple 10 points
    ("halved" of 47 to 21 days, 55%; of 48 to 24, 50%)."""
    if said.qualifies == "change" and multiplies(said.act):
        return 10.0
    return max(0.05 * abs(said.value or 0), 2.5 if said.kind == "percent" else 0)


def _near(said: Quantity, found: Quantity) -> bool:
    """An approximate quantity within its tolerance of an exact or approximate one ("roughly three-quarters" of 76%,
    "roughly one in eight" of "about 13%"), not of a bound ("more than 12%" gives no one value)."""
    close = said.value is not None and found.value is not None and abs(said.value - found.value) <= _tolerance(said)
    return said.approximate and (found.exact or found.approximate) and close


def _far(said: Quantity, found: Quantity) -> bool:
    """An approximate share well beyond its tolerance of an exact one ("about two-thirds" of 83%): three
    tolerances, so that a loose "about" is not read as an error. A count or sum said "about" stays no value to
    contradict ("about 20 agencies" may count what the sentence's 14 does not)."""
    if said.kind != "percent" or not said.approximate or said.value is None or found.value is None:
        return False
    return abs(said.value - found.value) > 3 * _tolerance(said)


_WAYS: dict[str, Callable[[float, float], bool]] = {
    ">": operator.gt,
    ">=": operator.ge,
    "<": operator.lt,
    "<=": operator.le,
}


def _within(said: Quantity, found: Quantity) -> bool:
    """Whether an exact quantity lies within a bound one way ("412" is "more than 400")."""
    known = said.value is not None and found.value is not None and found.exact
    return bool(said.bound) and known and _WAYS[said.bound](found.value, said.value)


def _outside(said: Quantity, found: Quantity) -> bool:
    """Whether an exact quantity lies outside a bound one way ("390" is not "more than 400")."""
    return bool(said.bound) and said.value is not None and found.value is not None and not _within(said, found)


def _bounded(said: Quantity, found: Sequence[Quantity]) -> bool | None:
    """For a bound one way, against the sentence's exact quantities of its kind and thing: True when each lies
    within it, None when some do and some do not (which one the claim means is not told), False otherwise (no
    bound, none exact, or none within: then the first is its rival). The same bound said again states it ("more
    than 400" of "more than 400"), and a limit the sentence sets is a bound: only the same value states it ("up to
    €250,000" of "a limit of €250,000")."""
    if said.bound and any(q.bound == said.bound and q.value == said.value for q in found):
        return True
    limits = _limits(found)
    if said.bound and limits:  # "up to €500,000" of "a limit of €250,000": a bound against a bound
        return any(q.value == said.value for q in limits)
    exact = [q for q in found if q.exact]
    if not said.bound or not exact:
        return False
    within = [_within(said, q) for q in exact]
    return True if all(within) else None if any(within) else False


def _against_bound(
    said: Quantity, candidates: Sequence[Quantity], same_kind: Sequence[Quantity]
) -> Quantity | bool | None:
    """A bound one way against the sentence's quantities of its thing (`_bounded`); when none lies within it, the
    first is its rival, unless another quantity of its kind does ("over two years before" of "11 months, less than
    half the 26-month baseline": which one the claim means is not told)."""
    verdict = _bounded(said, candidates)
    if verdict is not False:
        return verdict
    if caps := [q for q in candidates if _another_cap(said, q)]:
        return caps[0]  # "up to three apprentices" of "no more than two apprentices": another cap
    if _limits(candidates):
        return _limits(candidates)[0]
    return None if any(_within(said, q) for q in same_kind) else candidates[0]


def _another_cap(said: Quantity, found: Quantity) -> bool:
    """Whether the two bound a value the same way at different values where a bound is a definite line: a deadline
    ("by 2026" / "by 2025") or a cap ("up to £5,000" / "up to £7,500"). Two lower bounds are not ("more than 400"
    is no denial of "more than 300")."""
    if not said.bound or said.bound != found.bound or said.value == found.value or said.kind != found.kind:
        return False
    return said.kind == "year" or said.bound == "<="


def _limits(found: Sequence[Quantity]) -> list[Quantity]:
    """The values that are limits the sentence sets ("a limit of €250,000", "a maximum of 40 days"), or lines it
    draws ("every payment above €50,000": an exact value with a bound, `language._draws_a_line`)."""
    return [q for q in found if q.exact and ((q.measures and lexicon.names_a_limit(q.measures)) or q.bound)]


def _exchanged(said: Quantity, found: Sequence[Quantity]) -> Quantity | None:
    """The source's quantity given in the act the claim gives `said` in, when the source gives `said` in another:
    "A contributed €500,000 and B provided €900,000" against "A contributed €900,000 and B provided €500,000";
    "extended until 2025" against "extended to 2026 and opened to midwives from 2025"; or in that act by another
    party (`_given_by_another`), or as the share of one whole another party has, in any words ("Delays were behind
    27% of complaints" against "Delays accounted for 38% of complaints, poor workmanship for 27%")."""
    shares = [q for q in found if q.kind == "percent" and said.of and q.of == said.of and q.party]
    if not said.act:
        return _given_by_another(said, shares) if said.kind == "percent" else None
    own = [q for q in found if q.act and _same_act(q.act, said.act)]
    elsewhere = [q for q in found if q.value == said.value and q.act and not _same_act(q.act, said.act)]
    named = [q for q in found if q.kind == said.kind and q.party and said.party and _same_phrase(q.party, said.party)]
    # the claim's party given the claim's value in a verb the parse gives it, the claim's act only another's ("A,
    # which pledged $32 million, followed by B with $25 million" against "B pledged $25 million"): no exchange
    theirs_elsewhere = any(q in named for q in elsewhere) and not any(q in named for q in own)
    if elsewhere and own and not any(q.value == said.value for q in own) and not theirs_elsewhere:
        return next(iter(named), own[0])  # the claim's party's own value first
    if not own and said.party and said.kind != "year":  # the claim's act in other words ("was put at" / "is
        own = [q for q in found if q.kind == said.kind]  # estimated at"): its party's value, where the claim's is
        # another act's ("of which 11.2 million has been recovered"); a party has many years ("averaged 68 grams in
        # 2024, down from 91 grams in 2022"), no one of its own
    # the claim's value given another party in the claim's act, and its party a value in a verb the parse gives it
    # ("A, which pledged $32 million, followed by B with $25 million" against "B pledged $32 million")
    return (
        _given_by_another(said, own)
        or _given_by_another(said, [*own, *named])
        or (_given_by_another(said, shares) if said.kind == "percent" else None)
    )


def _done_to_a_part(said: Quantity, found: Sequence[Quantity]) -> Quantity | None:
    """The part the sentence's act was done to, when the claim gives that act to all of the whole: "All 210
    kilometres were replaced" against "186 of the 210 kilometres were replaced" ("planned to replace 210 kilometres"
    says no more than the whole)."""
    if said.part or not said.whole or not said.act:
        return None
    wholes = [q for q in found if q.whole and q.value == said.value]
    parts = [q for q in found if q.part and q.act and _same_act(q.act, said.act) and q.value != said.value]
    return parts[0] if wholes and parts else None


def _for_another_purpose(said: Quantity, found: Sequence[Quantity]) -> Quantity | None:
    """The value the sentence gives for what the claim's value is for, when it gives the claim's value for another
    thing: "up to £9,500 for insulation measures and up to £12,000 for a heat pump" against "Insulation grants were
    capped at £12,000" (what a value is for: its own "for" phrase, or in the claim the words of its party)."""
    claimed = {stem(w) for w in (said.purpose or said.party).lower().split()}
    aimed = [q for q in found if q.purpose and q.kind == said.kind]
    theirs = [q for q in aimed if claimed & {stem(w) for w in q.purpose.lower().split()}]
    others = [q for q in aimed if q.value == said.value and q not in theirs]
    if claimed and theirs and others and not any(q.value == said.value for q in theirs):
        return theirs[0]
    return None


def _given_by_another(said: Quantity, own: Sequence[Quantity]) -> Quantity | None:
    """The value the sentence gives the claim's party in the claim's act, when it gives the claim's value to another
    party in that act: "A committed €9 million and B €6.5 million" against "A committed €6.5 million": €9 million. A
    value whose party the sentence does not name ("it completed 81%, while the Heron completed 98%") is the claim's
    party's when it is the act's only such value ("The Kestrel completed 98%": 81%); the claim's value given with no
    party beside its party's own ("The total cost was 11.2 million" against "The total cost is estimated at 14.7
    million, of which 11.2 million has been recovered") is not its party's."""
    if not said.party:
        return None
    theirs = [q for q in own if q.party and _one_party(q.party, said.party)]
    others = [q for q in own if q.value == said.value and not (q.party and _one_party(q.party, said.party))]
    unnamed = [q for q in own if not q.party and q.kind == said.kind]
    theirs = theirs or (unnamed if len(unnamed) == 1 else [])
    if others and theirs and not any(q.value == said.value for q in theirs):
        return theirs[0]
    return None


def _one_event(claim: SentenceFacts, source: SentenceFacts) -> bool:
    """Whether the two sentences may tell of one event: an act of the claim is one of the source's, in a word
    or a form of it ("adopted" / "adoption"), or either names no act; never a line without a verb."""

    told = {p for p, _, _ in claim.roles if p in _acts(claim)}
    found = {p for p, _, _ in source.roles if p in _acts(source)}
    if told and not _acts(source):  # a line with no verb at all (a byline, a heading, a caption) tells of no
        return False  # event: its date dates the text ("Secretariat, February 2024")
    if not told or not found:
        return True
    named = {p for p, _, _ in source.roles} | set(source.lemmas)
    return any(_same_act(a, b) for a in told for b in found) or any(
        a in named or named & lexicon.related_forms(a) for a in told
    )


def _one_dated_event(said: Quantity, found: Quantity, claim: SentenceFacts, source: SentenceFacts) -> bool:
    """Whether two dates may date one event: never when the claim tells its act done again and the sentence does not
    (the sentence's date is of an earlier time); else when the acts they date are one act in two words (`_same_act`)
    or done to one thing (`_acts_share`); else, unless one act begins or ends a stretch of time and the other does not
    ("is expected to open in 2026" / "work is expected to begin in 2025": two events, whatever else the sentences
    share), the sentences' acts decide (`_one_event`)."""
    if _repeated(claim) and not _repeated(source):
        return False  # "went up again in September 2024" / "rose in September 2023": the first rise, not this one
    if not (said.act and found.act):
        return _one_event(claim, source)
    if _same_act(said.act, found.act) or _acts_share(claim, said.act, source, found.act):
        return True
    return lexicon.ends_a_period(said.act) == lexicon.ends_a_period(found.act) and _one_event(claim, source)


# English: the adverbs that tell an act done once more, another time than one before it
_REPETITIONS = frozenset(["again", "anew"])


def _repeated(facts: SentenceFacts) -> bool:
    """Whether the sentence tells an act done again ("rose again", "was renewed anew")."""
    return any(kind == "R" and word in _REPETITIONS for word, kind in facts.words)


def _acts_share(claim: SentenceFacts, act: str, source: SentenceFacts, other: str) -> bool:
    """Whether two acts, however worded, are done to or with one thing: an argument of the claim's act other than its
    doer and its time is one of the source's act's ("the collection had been kept in the basement since 1913" / "had
    been stored beneath the museum since 1931"; "came to HRT" / "joined HRT"; "moved 412,000 specimens over 28
    months" / "relocated 412,000 specimens over 23 months"): one act, told twice. Opposite acts ("bought the building
    in 2015" / "sold the building in 2019") are two."""
    if lexicon.opposed(act, other):
        return False

    def things(facts: SentenceFacts, verb: str) -> set[str]:  # a phrasal act's roles are its verb's ("carry_out")
        return {
            stem(word)
            for p, r, a in facts.roles
            if p in (verb, verb.split("_")[0])
            and r != "agent"
            and (word := a.split()[-1].lower()) not in _SMALL_WORDS
            and not _a_time(a, facts)
        }

    return bool(things(claim, act) & things(source, other))


def _an_end_of(said: Quantity, period: Quantity) -> int:
    """For a year a claim dates a beginning or an end to ("started in 2021", "was completed in 2024") and a period
    ("from April 2021 to March 2024"): which of the period's ends it tells (1 the first, -1 the last), else 0; a time
    limit ("had been finished by June 2025") tells neither."""
    if not said.act or said.bound or len(years_in(period.text)) < 2:
        return 0
    return lexicon.ends_a_period(said.act)


def _parts_of_the_whole_before(source: SentenceFacts, context: Sequence[SentenceFacts]) -> SentenceFacts:
    """`source` with each count of a part of a whole it names by a pronoun ("Of these, 19 were battery-electric",
    "19 of them") counting what the sentence counts before it ("inspected 150 homes and found defects in 23 of
    them": homes), else what the sentence before counts ("In 2023 the authority bought 48 new buses": buses)."""
    before = [f for f in context if f.end <= source.start]
    earlier = [q.of for f in before[-1:] for q in f.quantities if q.kind == "count" and q.of and not q.part]

    def whole(part: Quantity) -> str:
        own = [q.of for q in source.quantities if q.kind == "count" and q.of and not q.part and q.start < part.start]
        return (own or earlier or [""])[-1]

    if not any(q.part and not q.of and q.kind == "count" for q in source.quantities):
        return source
    values = tuple(
        replace(q, of=whole(q)) if q.part and not q.of and q.kind == "count" else q for q in source.quantities
    )
    return replace(source, quantities=values)


def _dates_another_act(said: Quantity, found: Quantity, claim: SentenceFacts, source: SentenceFacts) -> bool:
    """Whether the source's year dates an act the claim does not tell of, while the source also tells of the act
    the claim's year dates: the two years belong to two events of one sentence."""
    if not said.act or not found.act:
        return False
    told = any(_same_act(said.act, a) for a in _acts(source))
    return told and not _same_act(said.act, found.act) and not any(_same_act(found.act, a) for a in _acts(claim))


def _of_another_item(claim: SentenceFacts, other: SentenceFacts) -> bool:
    """Whether a sentence names, instead of a name of the claim, another of its numbered series ("Round 2 ... surveyed
    386" beside a claim about Round 1): its values are that item's."""
    return any(numbered_twin(name, [other]) is not None for name in claim.names())


def _telling(
    said: Quantity, claim: SentenceFacts, source: SentenceFacts, context: Sequence[SentenceFacts]
) -> list[SentenceFacts]:
    """The sentences around that may state a detail of the claim: any for a value ("Of the plan's €14.2 million
    budget, ..."); for a year the one the sentence points back to ("cohorts that started in 2021 and 2022. Across
    those cohorts, 63% completed"), and those telling of one of the claim's acts: "warning in 2019" beside the
    sentence naming the team's manager does not date the claim "has managed the team since 2019"."""
    return [
        f
        for f in context
        if said.kind != "year"
        or _acts(claim) & _acts(f)
        or (source.refers_back and f.end <= source.start and not _year_of_another_act(said, f))
    ]


def _year_of_another_act(said: Quantity, other: SentenceFacts) -> bool:
    """Whether the sentence gives the claim's year only as the time of another act ("commissioned in May 2024",
    beside "It was published in February 2025", for "published in February 2024")."""
    years = [q for q in other.quantities if q.kind == "year" and q.value == said.value]
    return bool(said.act) and bool(years) and all(q.act and not _same_act(q.act, said.act) for q in years)


def _sets_aside_a_value(negation: Negation, facts: SentenceFacts) -> bool:
    """Whether a negation sets a value aside ("452 rooms instead of 480", "40 nurses rather than 55"): the value
    right after it, which the values' comparison weighs (a plan of 480 is no denial of it)."""
    return any(0 <= q.start - negation.end <= 1 for q in facts.quantities)


def _aimed_at(value: Quantity, facts: SentenceFacts) -> bool:
    """Whether a value is one aimed at, not reached: taken by a verb of intending ("aimed for 90 per cent"), of an act
    only intended ("was planned to hold 480 rooms": `SentenceFacts.intended`), or a goal's ("a target of 90 per
    cent")."""
    act = value.act and (
        lexicon.names_an_aim(value.act, "v") or any(_same_act(value.act, a) for _, a in facts.intended)
    )
    return bool(act) or bool(value.measures and lexicon.names_an_aim(value.measures))


def _only_intended_there(said: Quantity, claim: SentenceFacts, other: SentenceFacts) -> bool:
    """ "planned to relocate 1,240 households", beside "780 households had been relocated": a sentence around giving a
    value of an act it only intends (`SentenceFacts.intended`) does not state the claim's value of the act done."""
    return (
        bool(said.act)
        and any(_same_act(said.act, act) for _, act in other.intended)
        and not any(_same_act(said.act, act) for _, act in claim.intended)
    )


def _acts(facts: SentenceFacts) -> set[str]:
    """The lemmas of a sentence's verbs, participles too ("was founded")."""
    return {w for w, kind in facts.words if kind in ("V", "P")}


def _stems(facts: SentenceFacts) -> set[str]:
    """The stems of every word a sentence says."""
    return {stem(w) for w, _ in facts.words} | {stem(w) for w in facts.lemmas}


def _listed(said: Quantity, source: SentenceFacts, claim_stems: set[str]) -> int:
    """How many items the sentence lists of the counted noun: numbered items of a list completing a word
    the claim uses ("examines four topics" / "an examination of (1) ... (3)"), or a coordination in a
    sentence that names the noun ("duties ... to respect, protect and fulfil") among none of its items."""
    if source.numbered >= 2 and said_in(source.numbered_of, claim_stems):
        return source.numbered
    if (
        source.enumeration
        and said.of in source.lemmas
        and said.of not in source.enumeration
        and _listing(said.of, source)
    ):
        return len(source.enumeration)  # not "resolutions, declarations and compacts" for "three compacts"
    return 0


def _listing(noun: str, source: SentenceFacts) -> bool:
    """Whether the sentence's list is of `noun`: it depends on the noun ("duties ... to respect, protect and
    fulfil") or on a verb the noun is a party to ("The sectors ... include A, B and C"); not "homes for refugees
    and asylum seekers" for a count of buildings."""
    governor = source.enumeration_of
    items = {stem(i) for i in source.enumeration}
    if any(
        p == governor and r not in CORE_ROLES and r != "of" and stem(a.split()[-1].lower()) in items
        for p, r, a in source.roles
    ):
        return False  # "homes for refugees and asylum seekers": the homes' complement, not their list
    return _same_noun(governor, noun) or any(
        p == governor and r in CORE_ROLES and _same_noun(a.split()[-1].lower(), noun) for p, r, a in source.roles
    )


def _other_season(date: Entity, source: SentenceFacts) -> Entity | None:
    """The sentence's only date naming another season of the claim date's year (or of no year given) than the
    claim's ("autumn 2025" against "the spring of 2025"), when it names the claim's nowhere."""
    if season_said(date, source.entities):
        return None
    years = set(years_in(date.text))
    rivals = [
        e
        for e in source.entities
        if e.label == "DATE" and season(e) and (not years or not years_in(e.text) or years == set(years_in(e.text)))
    ]
    return rivals[0] if len(rivals) == 1 else None


def _other_month(date: Entity, claim: SentenceFacts, source: SentenceFacts) -> Entity | None:
    """The sentence's only date in the claim date's year that names another month, for the same act as far as
    the parses tell ("September 2022" against "January 2022"; not "funded in May" against "adopted in March");
    None when it has none, or several (which one the claim's is, is not told)."""

    def act(facts: SentenceFacts, entity: Entity) -> str:
        return next((q.act for q in facts.quantities if q.kind == "year" and q.start == entity.start), "")

    def limit(facts: SentenceFacts, entity: Entity) -> str:  # "by 31 December 2023": a time limit, not a time
        return next((q.bound for q in facts.quantities if q.kind == "year" and q.start <= entity.start < q.end), "")

    said = calendar_date(date.text)  # (year, month, day)
    if said is None or said[1] is None:
        return None
    rivals = [
        e
        for e in source.entities
        if e.label == "DATE"
        and (found := calendar_date(e.text)) is not None
        and found[0] == said[0]
        and found[1] is not None
        and found[1] != said[1]
        and limit(source, e) == limit(claim, date)  # a time against a limit may lie within it
        and (not act(claim, date) or not act(source, e) or _same_act(act(claim, date), act(source, e)))
    ]
    return rivals[0] if len(rivals) == 1 else None


def _rival(
    name: Entity, others: list[Entity], swapped: bool, slots: tuple[SentenceFacts, SentenceFacts] | None = None
) -> Entity | None:
    """The source's name standing where the claim has `name`: one sharing a capitalised word with it ("Geneva
    Declaration" / "New York Declaration"; "UN Security Council" / "UN General Assembly"); or, when the claim
    swaps a single name (`swapped`) and the sentence has a single name of that kind the claim does not
    mention, that one ("UNHCR" / "IOM"). A claim adding names the sentence lacks ("launched by A and B")
    conflicts with nothing: it is unstated."""
    words = _capitalised(name.text)
    # the name of a thing the claim calls by its common noun is that thing, no rival ("the Valdane Warm Homes Fund"
    # for "the grant fund", beside the claim's "Valdane Regional Council")
    called = {stem(word) for word, kind in slots[0].words if kind == "N"} if slots else set()  # its common nouns
    # a shared word or a label makes no rival of a name of another kind of thing: "Harrowfield Homes Programme" and
    # "Harrowfield University" (a programme is never a body)
    alike = [e for e in others if not _named_kinds_apart(name, e)]
    sharing = sorted(
        (e for e in alike if words & _capitalised(e.text) and stem(e.text.split()[-1].lower()) not in called),
        key=lambda e: -len(words & _capitalised(e.text)),
    )
    if sharing:
        return sharing[0]
    same_kind = [e for e in alike if any(name.label in g and e.label in g for g in _NAME_GROUPS)]
    if slots is not None and _title(name, slots[0]):  # "Auditor-General Lena Marchetti" / "Auditor-General Ingrid
        titled = [e for e in same_kind if _title(name, slots[0]) <= _title(e, slots[1])]  # Solvang": one office
        if len(titled) == 1:
            return titled[0]
    if slots is not None and (holder := _other_holder(name, *slots, others)) is not None:
        return holder  # "the finance director, Imogen Trask," / "the authority's finance director, Rosalind Achebe,"
    if slots is not None:
        placed = [e for e in others if _in_its_slot(name, slots[0], e, slots[1])]
        if len(placed) == 1:  # "carried out by the Office" / "an evaluation carried out by the Institute"
            return placed[0]
        partner = _list_partner(name, *slots, others)
        if partner is not None:  # "cites A and B as examples" / "in the form of A and C"
            return partner
    if not swapped or len(same_kind) != 1:
        return None
    # and in the same role: not "held in Port Anselm" / "reviews the Fund"
    return same_kind[0] if slots is None or _same_role(name, slots[0], same_kind[0], slots[1]) else None


def _named_kinds_apart(a: Entity, b: Entity) -> bool:
    """Whether two names end in common nouns of different kinds (`lexicon.kinds_apart`: "the X Homes Programme" / "X
    University"); names ending in a proper word ("Anna Brenner") are of no known kind, and a place's words describe
    it ("Saltcote Levels" against "Greyfleet Marsh", which the recogniser may take for an organisation)."""
    heads = [_name_head(e.text) for e in (a, b)]
    common = all(h[:1].isupper() and lexicon.is_common_noun(h.lower()) for h in heads)
    places = {a.label, b.label} & PLACE_LABELS  # the recogniser may label one of two places an organisation
    return common and not places and lexicon.kinds_apart(*(h.lower() for h in heads))


def _name_head(name: str) -> str:
    """The word that says what a name names: its last, or the last before a lower-case word inside it ("Office" of
    "the University Office of Residential Affairs", "Declaration" of "the Geneva Declaration on Refugees")."""
    words = name.split()
    return next((words[i - 1] for i in range(1, len(words)) if words[i].islower() and i > 1), words[-1])


def _other_holder(name: Entity, claim: SentenceFacts, source: SentenceFacts, others: Sequence[Entity]) -> Entity | None:
    """The one other person the sentence gives the office the claim gives `name` (`SentenceFacts.offices`, however
    written: "the finance director, Imogen Trask," / "finance director Rosalind Achebe"), of the same body when both
    say whose office it is ("the authority's finance director" is not the contractor's)."""
    offices = [o for o, h in claim.offices if _one_name(h, name.text) or h == name.text]
    holders = {
        h
        for o, h in source.offices
        for office in offices
        if _same_phrase(o, office) and _same_body(office, claim, o, source) and not _one_name(h, name.text)
    }
    if len(holders) != 1:
        return None
    holder = holders.pop()
    return next((e for e in others if e.label == "PERSON" and (e.text == holder or _one_name(e.text, holder))), None)


def _same_body(office: str, claim: SentenceFacts, other: str, source: SentenceFacts) -> bool:
    """Whether two offices are of one body: neither says whose, one only does, or both say the same one."""

    def whose(facts: SentenceFacts, title: str) -> set[str]:
        head = title.split()[-1].lower()
        return {stem(a.split()[-1].lower()) for p, r, a in facts.roles if r == "poss" and p == head}

    mine, theirs = whose(claim, office), whose(source, other)
    return not mine or not theirs or bool(mine & theirs)


def _record_rival(name: Entity, claim: SentenceFacts, source: SentenceFacts, others: Sequence[Entity]) -> Entity | None:
    """A table's row is one record, of what its label names: a claim naming the record ("The horticulture techniques
    module is taught by the Osk Language Institute") and a name of a kind the row gives once beyond its label
    ("Horticulture techniques | 30 | Lutania Agricultural College | 93%") gives another value of that column."""
    label = {stem(lemma) for lemma in source.label}
    if not label or not label <= words_of([claim], ()):
        return None
    recorded = record_names(source)
    kin = [e for e in others if e.label == name.label and e not in recorded]
    return kin[0] if len(kin) == 1 else None


def _title(name: Entity, facts: SentenceFacts) -> set[str]:
    """The capitalised words before a person's name in the phrase that holds it: the title of an office ("Auditor-
    General" of "Auditor-General Lena Marchetti")."""
    if name.label != "PERSON":
        return set()
    words = _capitalised_words(name.text)
    found: set[str] = set()
    for _, _, argument in facts.roles:
        written = _capitalised_words(argument)
        if words and written[-len(words) :] == words:
            found |= set(written[: -len(words)])
    return found


def _in_its_slot(name: Entity, claim: SentenceFacts, rival: Entity, source: SentenceFacts) -> bool:
    """Whether `rival` fills, in the source, the slot `name` fills in the claim, of the same act done to the
    same thing: "The evaluation was carried out by the Office" / "An evaluation carried out by the Institute
    was published" (carry out, its doer, the evaluation being carried out in both); "The Shoreline Fund is
    managed by A" / "The Fund is managed by B". The thing shared is what the act is done to: one act done
    to one thing has one doer and one place, so its other filler is a rival; one doer does many things
    ("the EU funded A" / "the EU funded B" is no conflict). The slot shows the rival, whatever label the
    recogniser gave each name ("coordinated by Amira Haddad" / "by Tomas Okafor", read as a place); but a place
    the claim names may hold the source's ("held in France" / "held in Lyon")."""
    if name.label in PLACE_LABELS:
        return False

    def fillers(facts: SentenceFacts, entity: Entity) -> list[tuple[str, str]]:
        named = _capitalised(entity.text)
        return [(p, r) for p, r, a in facts.roles if r != "patient" and named & _capitalised(a)]

    return any(
        _same_act(act, other) and role == other_role and _one_thing(said, found) and not _counted(found, source)
        for act, role in fillers(claim, name)
        for other, other_role in fillers(source, rival)
        for said in _done_to(claim, act)
        for found in _done_to(source, other)
    )


def _counted(things: str, facts: SentenceFacts) -> bool:
    """Things of a kind the sentence counts ("enrolled 31,050 learners"): a number of them, of which several doers
    may each act on their own ("A enrolled 54,200 learners" / "B enrolled 31,050 learners" name no rival doers)."""
    counts = [q.of for q in facts.quantities if q.kind == "count" and q.of]
    plural = not _capitalised(things) and lexicon.is_plural_noun(things.split()[-1])
    return plural and any(_counts_one_thing(lexicon.singular(things.split()[-1]), of) for of in counts)


def _done_to(facts: SentenceFacts, act: str) -> list[str]:
    """What `act` (or one word for it) is done to in a sentence: its patients as written."""
    return [a for p, r, a in facts.roles if r == "patient" and _same_act(act, p)]


def _one_thing(a: str, b: str) -> bool:
    """Two phrases for one thing: names, one within the other ("the Shoreline Fund" / "the Fund"), or nouns of
    one stem ("evaluation" / "evaluations"); not two names sharing a word ("the Welcome Plan" / "the Coast Plan")."""
    named_a, named_b = _capitalised(a), _capitalised(b)
    if named_a and named_b:
        return named_a <= named_b or named_b <= named_a
    return stem(a.split()[-1]) == stem(b.split()[-1])


def _same_role(name: Entity, claim: SentenceFacts, rival: Entity, source: SentenceFacts) -> bool:
    """Whether a name and its rival fill a slot of the same kind (a doer, what is done, "in" a place ...) in
    their sentences, as far as the parses show: a claim's name in no slot may stand anywhere; a rival in no slot
    stands nowhere the claim's name does ("helped draft X" / "the adoption of X at the General Assembly")."""
    said, found = _roles_of(name, claim), _roles_of(rival, source)
    if not said:  # a rival only in acts the claim does not tell of stands elsewhere ("once PortaLink is rolled out")
        told = {p for p, _, _ in claim.roles} | _acts(claim)
        return not found or any(_same_act(act, other) for act, _ in found for other in told)
    shared = {role for _, role in said} & {role for _, role in found}
    # a doer or a thing done is a party to one act: "run by A" / "launched by B" name two parties
    core = {(act, role) for act, role in said if role in CORE_ROLES}
    return bool(shared) and (not core or any(role == r and _same_act(act, a) for act, role in core for a, r in found))


def _roles_of(name: Entity, facts: SentenceFacts) -> set[tuple[str, str]]:
    named = _capitalised(name.text)
    return {(act, role) for act, role, argument in facts.roles if named and named & _capitalised(argument)}


def _list_partner(name: Entity, claim: SentenceFacts, source: SentenceFacts, others: Sequence[Entity]) -> Entity | None:
    """The one name the sentence lists beside a name the claim lists `name` beside, where the claim's list has no
    other name the sentence lacks: "cites the Alpine Initiative and the Berne Forum as examples" / "in the form of the
    Alpine Initiative and the Coast Initiative" (each slot filled by both names of its list, whatever the act)."""
    listed = _slots(name, claim)
    for anchor in claim.names():
        beside = _slots(anchor, claim) & listed
        where = _slots(anchor, source)
        if anchor == name or not beside or not where:
            continue
        unsaid = [e for e in claim.names() if e != anchor and _slots(e, claim) & beside and not _slots(e, source)]
        partners = [e for e in others if _slots(e, source) & where]
        if len(unsaid) == 1 and len(partners) == 1:
            return partners[0]
    return None


def _by_family_name(name: Entity, source: SentenceFacts) -> bool:
    """Whether the sentence calls the claim's person by the family name alone, as a text does once it has named them
    ("Renwick left the Trust" for "Thomas Renwick left the Trust"), and names no other person of that family name."""
    words = name.text.split()
    if name.label != "PERSON" or len(words) < 2:
        return False
    people = [e.text.split() for e in source.entities if e.label == "PERSON"]
    named = [e.text.split() for e in source.names()]  # whatever label the recogniser gave another of the family
    return [words[-1]] in people and not any(len(n) > 1 and n[-1] == words[-1] and n != words for n in named)


def _by_its_first_words(name: Entity, source: SentenceFacts) -> bool:
    """Whether the sentence calls the claim's organisation or place by the first words of its name, as a text does
    once it has named it ("Brightfield took over" for "Brightfield Foods took over"), and names nothing else those words
    begin."""
    words = name.text.split()  # whatever label the recogniser gave it ("Velstra Mobility" may be a person's)
    if len(words) < 2:
        return False
    named = [e.text.split() for e in source.names()]
    shorter = [n for n in named if len(n) < len(words) and words[: len(n)] == n]
    return bool(shorter) and not any(
        n[: len(s)] == s and n != words for s in shorter for n in named if n not in shorter
    )


def _slots(entity: Entity, facts: SentenceFacts) -> set[tuple[str, str]]:
    """The (predicate, role) slots a name fills: "Alpine" and "Alpine Initiative" are one name; "EU" and "EUFOR"
    two."""
    named = _capitalised(entity.text)
    filling = ((p, r, _capitalised(a)) for p, r, a in facts.roles)
    return {(p, r) for p, r, a in filling if named and a and (named <= a or a <= named)}


def _same_standing(
    name: Entity, rival: Entity, shared: Sequence[Entity], claim: SentenceFacts, source: SentenceFacts
) -> bool:
    """Whether `rival` stands in the source where `name` stands in the claim, as far as a name both
    sentences give shows it: "the Alpine Initiative and the Berne Initiative" / "the Alpine Initiative and
    the Coast Initiative" (both beside it), not "Norland took part in the Alpine Initiative" / "in the form of
    the Alpine Initiative and the Coast Initiative" (one beside it, one not)."""
    for anchor in shared:
        beside_in_claim = bool(_slots(name, claim) & _slots(anchor, claim))
        beside_in_source = bool(_slots(rival, source) & _slots(anchor, source))
        if _slots(anchor, claim) and _slots(anchor, source) and beside_in_claim != beside_in_source:
            return False
    return True


def _capitalised(name: str) -> set[str]:
    return set(_capitalised_words(name))


def _capitalised_words(name: str) -> list[str]:
    return [w.strip(".,;:'’()").lower() for w in name.split() if w[:1].isupper() and w.lower() not in _SMALL_WORDS]
