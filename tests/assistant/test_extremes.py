"""A superlative question over a table: the row (or the time) at the asked end of the column the question grades."""

from __future__ import annotations

import pytest

from assistant.extractive import ExtractiveComposer
from assistant.extremes import ranking_asked, table_extreme
from assistant.judge import RefusalPolicy
from assistant.question import analyse
from assistant.sentences import ScoredSentence
from tests.assistant.retrieved import table_rows

pytestmark = pytest.mark.fast


def scored(lines: list[str], chunk: str = "t1") -> list[ScoredSentence]:
    return table_rows(lines, chunk)


# (heading of the label column, heading of the value column, rows: name -> value, the noun the column sizes)
TABLES = [
    ("Partner bank", "Average fee per transfer", {"Banca Unita": "2.9%", "PostaBank": "1.2%", "Meridian Bank": "3.6%"}),
    (
        "Region",
        "Total funding (€ million)",
        {"North Highlands": "11.6", "Southern Hills": "4.7", "Coastal Region": "7.9"},
    ),
    (
        "Contractor",
        "Contract value (€)",
        {"Halden Ltd": "€420,000", "Osk Roads": "€95,000", "Brightway Inc": "€1,250,000"},
    ),
]
QUESTIONS = [  # (question, noun asked about, lowest)
    ("Which {kind} has the lowest {noun}?", True),
    ("Which {kind} has the highest {noun}?", False),
    ("Which {kind} had the smallest {noun}?", True),
    ("Which {kind} had the largest {noun}?", False),
    ("Which {kind}'s {noun} is the lowest?", True),  # said by a copula
    ("Which {kind}'s {noun} was the highest?", False),
]
NOUNS = {"Average fee per transfer": "fee", "Total funding (€ million)": "funding", "Contract value (€)": "value"}


@pytest.mark.parametrize(("kind", "column", "rows"), TABLES)
@pytest.mark.parametrize(("wording", "lowest"), QUESTIONS)
def test_a_superlative_over_a_column_is_answered_by_the_row_at_that_end(kind, column, rows, wording, lowest):
    sentences = scored([f"{kind} | {column}", *(f"{n} | {v}" for n, v in rows.items())])
    question = analyse(wording.format(kind=kind.split()[-1].lower(), noun=NOUNS[column]))
    extreme = table_extreme(question, sentences)
    numbers = {n: float(v.strip("€%").replace(",", "")) for n, v in rows.items()}
    expected = (min if lowest else max)(numbers, key=numbers.get)
    assert extreme is not None and extreme.row.text.startswith(expected)
    assert extreme.among == len(rows) and not extreme.over_time
    composer = ExtractiveComposer()
    draft = composer.draft(question, sentences)
    assert draft.sentences[0].text.startswith(expected)
    assert RefusalPolicy().reason(question, draft.sentences, draft.best.score) is None
    answer, _ = composer.direct_answer(question, draft)
    assert answer.startswith(expected)


TIMED = ["Indicator | 2022 | 2023 | 2024", "Projects approved | 64 | 97 | 118", "Projects completed | 22 | 51 | 79"]


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("In which year were the most projects approved?", "2024"),
        ("In which year were the fewest projects approved?", "2022"),
        ("In which year were the fewest projects completed?", "2022"),
        ("What was the largest number of projects completed in a year?", "79"),
        ("In which year was the number of approved projects the highest?", "2024"),
    ],
)
def test_a_superlative_over_one_rows_times_is_answered_by_the_time_or_the_value(question, answer):
    q = analyse(question)
    composer = ExtractiveComposer()
    draft = composer.draft(q, scored(TIMED))
    assert draft.extreme is not None and draft.extreme.over_time
    said, _ = composer.direct_answer(q, draft)
    assert said.split()[0] == answer


@pytest.mark.parametrize(
    "question",
    [
        "Which bank has the most complaints?",  # no column sizes complaints
        "Which bank is the most reliable?",  # no magnitude
        "What is the most promising path?",
    ],
)
def test_no_extreme_without_a_column_sizing_a_magnitude_asked(question):
    sentences = scored(["Partner bank | Average fee", "Banca Unita | 2.9%", "PostaBank | 1.2%"])
    assert table_extreme(analyse(question), sentences) is None


def test_a_tie_at_the_end_ranks_no_row_first():
    sentences = scored(["Partner bank | Average fee", "Banca Unita | 2.9%", "PostaBank | 2.9%", "Meridian | 1.0%"])
    assert table_extreme(analyse("Which bank charges the highest fee?"), sentences) is None


@pytest.mark.parametrize(
    ("question", "lowest"),
    [
        ("Which bank charges the cheapest fee?", True),
        ("Which bank charges the least costly fee?", True),
        ("Which bank charges the most expensive fee?", False),
        ("Which region received the least funding?", True),
        ("Which region received the most funding?", False),
        ("Which region had the fewest projects?", True),
    ],
)
def test_the_end_a_superlative_asks_for(question, lowest):
    ranking = ranking_asked(analyse(question))
    assert ranking is not None and ranking.lowest is lowest


@pytest.mark.parametrize(
    ("claim", "verdict_row", "agrees"),
    [
        ("PostaBank charges the lowest fee.", "PostaBank", True),
        ("Banca Unita charges the lowest fee.", "PostaBank", False),
        ("Meridian Bank charges the highest fee.", "Meridian Bank", True),
        ("PostaBank charges the highest fee.", "Meridian Bank", False),
    ],
)
def test_a_claimed_superlative_is_checked_against_the_row_the_table_ranks_there(claim, verdict_row, agrees):
    from assistant.alignment import align

    sentences = scored(["Partner bank | Average fee", *(f"{n} | {v}" for n, v in TABLES[0][2].items())])
    question = analyse(claim)
    extreme = table_extreme(question, sentences)
    assert extreme is not None and extreme.row.text.startswith(verdict_row)
    conflicts = align(question.stated, extreme.row.facts).conflicts
    assert (not conflicts) is agrees
    assert agrees or any(c.kind == "rank" for c in conflicts)


def test_most_without_the_is_the_greater_part_not_a_ranking():
    assert ranking_asked(analyse("Most projects were approved in 2023.")) is None
    assert ranking_asked(analyse("The most projects were approved in 2023.")) is not None


SECTORS = {"Metal fabrication and machining": "14%", "Food and drink processing": "27%", "Electronics assembly": "11%"}


@pytest.mark.parametrize("middle", ["Completed by Dec 2024", "Finished by March 2025", "Apprentices started"])
@pytest.mark.parametrize(("wording", "lowest"), QUESTIONS[:4])
def test_the_row_at_the_end_is_named_by_its_label_whatever_its_headings_name(middle, wording, lowest):
    """ "Which sector had the lowest drop-out rate?": the row's label ("Electronics assembly", common nouns), not a
    heading's word the recogniser took for a name ("Completed")."""
    sentences = scored([f"Sector | {middle} | Drop-out rate", *(f"{n} | 89 | {v}" for n, v in SECTORS.items())])
    question = analyse(wording.format(kind="sector", noun="drop-out rate"))
    composer = ExtractiveComposer()
    draft = composer.draft(question, sentences)
    expected = (min if lowest else max)(SECTORS, key=lambda n: float(SECTORS[n].strip("%")))
    answer, _ = composer.direct_answer(question, draft)
    assert answer.startswith(f"{expected} (")


@pytest.mark.parametrize("grade", ["highest", "lowest"])
@pytest.mark.parametrize("noun", ["saving", "spending", "funding"])
def test_a_superlative_grades_a_gerund_its_determiner_makes_a_noun(grade, noun):
    """ "Which district had the highest average annual bill saving?": the tagger may read "saving" as a verb; with
    "the" before it, it is the noun graded."""
    ranking = ranking_asked(analyse(f"Which district had the {grade} average annual bill {noun}?"))
    assert ranking is not None and ranking.nouns[0] == noun and ranking.lowest == (grade == "lowest")


@pytest.mark.parametrize("gerund", ["saving", "spending", "funding"])
@pytest.mark.parametrize(("grade", "top"), [("highest", "Corran Hills"), ("lowest", "Port Selby")])
def test_a_column_headed_by_a_gerund_sizes_it(gerund, grade, top):
    """ "Average annual bill saving (£)": the tagger may read "saving" as a verb with "bill" before it; the column
    sizes savings, and "Which district had the highest average annual bill saving?" is its top row."""
    rows = {"Ashby Vale": "412", "Corran Hills": "538", "Port Selby": "365", "Eastwick": "471"}
    lines = [f"District | Homes insulated | Average annual bill {gerund} (£)", "--- | --- | ---"]
    lines += [f"{name} | {900 + i} | {value}" for i, (name, value) in enumerate(rows.items())]
    extreme = table_extreme(analyse(f"Which district had the {grade} average annual bill {gerund}?"), scored(lines))
    assert extreme is not None and extreme.name == top
