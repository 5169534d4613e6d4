"""WordNet read by lemma on demand: the same senses NLTK's reader finds after parsing every index line."""

from __future__ import annotations

import random
import warnings
from collections import defaultdict

import pytest
from nltk.corpus.reader.wordnet import WordNetCorpusReader

from knowledge import lexicon


@pytest.fixture(scope="module")
def full_map() -> dict:
    """NLTK's own map, every index line parsed, over the same copy of the database."""
    reader = lexicon._reader()
    if reader is None:
        pytest.fail("WordNet is not installed: a broken install (`make install` adds Debian's wordnet-base)")
    plain = object.__new__(WordNetCorpusReader)
    plain.__dict__.update(reader.__dict__)
    plain._lemma_pos_offset_map = defaultdict(dict)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        WordNetCorpusReader._load_lemma_pos_offset_map(plain)
    return dict(plain._lemma_pos_offset_map)


def _lazy() -> lexicon.SortedIndex:
    reader = lexicon._reader()
    return lexicon.SortedIndex(lexicon._cache_dir(), reader.satellite_offsets)


@pytest.mark.fast
def test_a_sample_of_lemmas_gets_the_senses_nltk_parses(full_map):
    lazy = _lazy()
    for lemma in random.Random(7).sample(sorted(full_map), 3000):
        assert lazy[lemma] == full_map[lemma], lemma


@pytest.mark.fast
def test_a_word_wordnet_lacks_has_no_senses():
    lazy = _lazy()
    for word in ("zzzq", "", "aaaaa", "migration-assistant", "~"):
        assert word not in lazy and lazy.get(word) is None and lazy[word] == {}


def test_every_lemma_gets_the_senses_nltk_parses(full_map):
    lazy = _lazy()
    assert all(lazy[lemma] == senses for lemma, senses in full_map.items())


@pytest.mark.parametrize(("a", "b"), [("handle", "address"), ("go", "move"), ("manage", "handle"), ("happen", "occur")])
def test_a_verb_that_can_stand_for_another_means_the_same(a, b):
    assert lexicon.means_same(a, b) and lexicon.means_same(b, a)


@pytest.mark.parametrize(
    ("a", "b"), [("fund", "pay"), ("adopt", "take"), ("grow", "shrink"), ("sign", "reject"), ("grow", "increase")]
)
def test_verbs_of_different_acts_do_not_mean_the_same(a, b):
    assert not lexicon.means_same(a, b)


@pytest.mark.parametrize(
    ("word", "plural"),
    [
        ("States", True),
        ("Members", True),
        ("Nations", True),
        ("compacts", True),
        ("news", False),
        ("means", False),
        ("series", False),
        ("Geneva", False),
        ("IOM", False),
        ("Office", False),
    ],
)
def test_a_plural_of_a_common_noun_is_told_from_a_noun_or_name_of_its_own(word, plural):
    assert lexicon.is_plural_noun(word) is plural


@pytest.mark.parametrize(
    ("counted", "asked"), [("manager", "people"), ("refugee", "people"), ("migrant", "people"), ("widow", "woman")]
)
def test_a_count_of_a_kind_of_thing_counts_the_thing(counted, asked):
    """ "96 managers" answers "how many people": a kind of person, and people are persons."""
    assert lexicon.counts_as(counted, asked)


@pytest.mark.parametrize(
    ("counted", "asked"), [("camp", "refugee"), ("household", "people"), ("worker", "migrant"), ("centre", "staff")]
)
def test_a_count_of_another_thing_counts_nothing_asked(counted, asked):
    assert not lexicon.counts_as(counted, asked)


@pytest.mark.parametrize("noun", ["date", "deadline", "day", "moment"])
def test_a_day_or_a_moment_is_a_point_in_time(noun):
    assert lexicon.is_point_in_time(noun)


@pytest.mark.parametrize("noun", ["period", "era", "programme", "week"])
def test_a_stretch_of_time_or_a_thing_is_no_point(noun):
    assert not lexicon.is_point_in_time(noun)


@pytest.mark.parametrize(
    ("verb", "noun"),
    [
        ("contribute", "contribution"),
        ("donate", "donation"),
        ("allocate", "allocation"),
        ("cost", "cost"),
        ("invest", "investment"),
    ],
)
def test_a_verb_of_giving_names_what_it_gives(verb, noun):
    assert lexicon.payment_noun(verb) == noun


@pytest.mark.parametrize("verb", ["come", "arrive", "discuss", "get"])
def test_a_verb_that_changes_no_hands_or_derives_only_a_gerund_names_nothing(verb):
    assert lexicon.payment_noun(verb) == ""


def test_wordnet_is_read_by_one_thread_at_a_time():
    """A served app parses questions in parallel; every reading of WordNet is serialised (a month check once
    read unlocked and got another thread's line: "'NoneType' object has no attribute 'lexname'")."""
    from concurrent.futures import ThreadPoolExecutor

    index = (lexicon._source_dir() / "index.noun").read_text(encoding="utf-8").splitlines()
    words = [line.split(" ", 1)[0] for line in index if not line.startswith(" ")][::40][:1500]
    calls = [(f, w) for w in words for f in (lexicon.is_month, lambda w: lexicon.supersenses(w, "n", 3))]
    for cached in (lexicon._commonest_is_a, lexicon.supersenses):
        cached.cache_clear()
    with ThreadPoolExecutor(max_workers=8) as pool:
        parallel = list(pool.map(lambda call: call[0](call[1]), calls))
    for cached in (lexicon._commonest_is_a, lexicon.supersenses):
        cached.cache_clear()
    assert parallel == [function(word) for function, word in calls]


@pytest.mark.parametrize(
    ("test", "yes", "no"),
    [
        ("is_share", ["share", "slice"], ["part", "section", "budget"]),
        ("sizes_money", ["value", "amount", "cost", "sum"], ["number", "size", "level"]),
        ("is_courtesy", ["thanks", "hello", "goodbye", "cheers"], ["budget", "report", "claim"]),
        ("names_a_measure", ["period", "duration", "sum", "amount"], ["budget", "grant", "strategy"]),
        ("is_change", ["rise", "fall", "grow", "climb", "cut"], ["average", "pay", "consume"]),
    ],
)
def test_the_word_classes_read_from_wordnet(test, yes, no):
    check = getattr(lexicon, test)
    assert all(check(word) for word in yes), [w for w in yes if not check(w)]
    assert not any(check(word) for word in no), [w for w in no if check(w)]


@pytest.mark.parametrize(
    ("place", "people"), [("Veloria", "Velorian"), ("Estravia", "Estravian"), ("Caldoria", "Caldorian")]
)
def test_a_name_wordnet_does_not_know_has_the_forms_english_suffixes_make(place, people):
    """An invented country and its adjective ("Veloria" / "Velorian") are forms of one name, as WordNet links
    "Syria" and "Syrian"; an acronym or a known word gets no such forms."""
    assert place.lower() in lexicon.name_forms(people)
    assert people.lower() in lexicon.name_forms(place)
    assert "syria" in lexicon.name_forms("Syrian")
    assert not lexicon.name_forms("IOM") and not lexicon.name_forms("Retired")


@pytest.mark.parametrize(
    ("adjective", "magnitude"),
    [
        ("large", True),
        ("big", True),
        ("high", True),
        ("long", True),
        ("good", False),
        ("effective", False),
        ("old", False),
    ],
)
def test_an_adjective_of_magnitude_is_known_by_its_attribute(adjective, magnitude):
    assert lexicon.names_a_magnitude(adjective) is magnitude


@pytest.mark.parametrize("verb", ["rise", "grow", "climb", "increase", "soar", "jump"])
def test_a_verb_of_rising_goes_up(verb):
    assert lexicon.direction(verb) == 1


@pytest.mark.parametrize("verb", ["fall", "drop", "decline", "cut", "reduce", "shrink", "plunge", "decrease"])
def test_a_verb_of_falling_goes_down(verb):
    assert lexicon.direction(verb) == -1


@pytest.mark.parametrize("verb", ["pay", "report", "average"])
def test_a_verb_of_no_change_goes_nowhere(verb):
    assert lexicon.direction(verb) == 0


@pytest.mark.parametrize("verb", ["deny", "doubt", "reject", "disagree", "refute"])
def test_a_verb_opposed_to_holding_true_disputes(verb):
    assert lexicon.disputes(verb)


@pytest.mark.parametrize("verb", ["say", "note", "believe", "argue", "admit"])
def test_a_verb_of_saying_or_thinking_does_not_dispute(verb):
    assert not lexicon.disputes(verb)


@pytest.mark.parametrize("verb", ["note", "say", "list", "mention", "cite", "report", "acknowledge", "explain"])
def test_a_verb_putting_a_thing_into_words_reports_it(verb):
    assert lexicon.reports(verb)


@pytest.mark.parametrize("verb", ["criticize", "praise", "condemn", "deny", "examine", "ignore", "understate"])
def test_a_verb_judging_or_doing_something_to_a_thing_does_not_only_report_it(verb):
    assert not lexicon.reports(verb)


@pytest.mark.parametrize(
    ("word", "pos", "statistic"),
    [
        ("average", "n", True),
        ("average", "a", True),
        ("averaged", "v", True),
        ("median", "a", True),
        ("mean", "n", True),
        ("mean", "v", False),  # "What does MICIC mean?"
        ("total", "a", False),
        ("typical", "a", False),
        ("maximum", "n", False),
    ],
)
def test_a_statistic_is_read_from_wordnet(word, pos, statistic):
    assert lexicon.names_a_statistic(word, pos) is statistic


@pytest.mark.parametrize(
    ("noun", "unit"),
    [("megalitre", True), ("kilogram", True), ("gigabyte", True), ("microphone", False), ("megastore", False)],
)
def test_a_metric_prefix_on_a_unit_is_a_unit(noun, unit):
    """ "megalitre", which WordNet lacks, is "mega" on "litre"; "microphone" is no prefix on a unit."""
    assert lexicon.is_unit(noun) is unit


@pytest.mark.parametrize("letter", ["d", "s", "m"])
@pytest.mark.parametrize("word", ["third", "first", "high", "large"])
def test_a_letter_opposes_nothing(letter, word):
    """ "d" of "Ml/d" is a letter, whatever WordNet lists it as (Roman 500, a vitamin): no antonym of "third"."""
    assert not lexicon.opposed(word, letter) and not lexicon.opposed(letter, word)


@pytest.mark.parametrize(
    ("inflected", "base"),
    [("buses", "bus"), ("gases", "gas"), ("women", "woman"), ("children", "child"), ("went", "go"), ("paid", "pay")],
)
def test_an_inflection_snowball_leaves_meets_its_base(inflected, base):
    """Snowball stems "buses" to "buse" and keeps "women": the base WordNet's morphology gives joins them, so a claim's
    "bus" meets a document's "buses"."""
    from knowledge.terms import stem

    assert stem(inflected) == stem(base)


@pytest.mark.parametrize(("word", "other"), [("leaves", "leave"), ("uses", "use"), ("states", "state")])
def test_an_inflection_of_two_readings_keeps_snowballs_stem(word, other):
    """ "leaves" is a leaf's plural or leave's third person: Snowball's stem, which meets the verb, stays."""
    from knowledge.terms import stem

    assert stem(word) == stem(other)


@pytest.mark.parametrize(
    ("a", "b", "alike"), [("grow", "rise", True), ("fall", "decline", True), ("grow", "fall", False)]
)
def test_verbs_of_change_going_one_way_tell_one_change(a, b, alike):
    assert lexicon.changes_alike(a, b) is alike
    assert lexicon.changes_apart(a, b) is (not alike)


@pytest.mark.parametrize(("verb", "short"), [("miss", True), ("start", False), ("leave", False), ("depart", False)])
def test_falling_short_is_failing_to_reach_not_setting_out(verb, short):
    """ "missed the target" falls short of it; "started the programme" does not ("start" is opposed to arriving,
    one sense of "reach", and reaches no standard)."""
    assert lexicon.falls_short(verb) is short
