"""Questions and claims about a table's rows, end to end over a real index: each row is a record of what its label
names, read with its column headings (what its values count, when and by which act)."""

from __future__ import annotations

import itertools

import pytest

from assistant.answering import Assistant
from assistant.settings import Settings
from assistant.types import Verdict

CATEGORIES = {  # label -> (received, resolved, referred)
    "Unpaid wages": (214, 131, 58),
    "Accommodation conditions": (167, 122, 19),
    "Health and safety": (73, 49, 30),
    "Harassment or abuse": (29, 12, 17),
}
ACTS = {"received": 0, "resolved within 30 days": 1, "referred to the inspectorate": 2}
INDICATORS = {  # label -> values in 2022, 2023, 2024
    "Applications received": (5840, 8215, 9960),
    "Workers selected": (1310, 2045, 2480),
    "Workers deployed": (1162, 1898, 2301),
}
YEARS = (2022, 2023, 2024)


@pytest.fixture(scope="module")
def bot(tmp_path_factory) -> Assistant:
    from assistant.knowledge_base import indexing

    root = tmp_path_factory.mktemp("table-rows")
    complaints = "\n".join(f"| {label} | {a} | {b} | {c} |" for label, (a, b, c) in CATEGORIES.items())
    indicators = "\n".join(f"| {label} | {a:,} | {b:,} | {c:,} |" for label, (a, b, c) in INDICATORS.items())
    review = root / "review.md"
    review.write_text(
        "# Evaluation of the Brannock seasonal work scheme\n\n## Recruitment\n\n"
        "The scheme recruits farm workers abroad for seasonal contracts.\n\n"
        "| Indicator | 2022 | 2023 | 2024 |\n|---|---|---|---|\n" + indicators + "\n\n## Complaints\n\n"
        "Workers can complain to a hotline run by the labour inspectorate.\n\n"
        "| Complaint category | Received 2022-2024 | Resolved within 30 days | Referred to the inspectorate |\n"
        "|---|---|---|---|\n" + complaints + "\n",
        encoding="utf-8",
    )
    settings = Settings(data_dir=root / "data")
    with indexing(settings, progress=False) as indexer:
        assert indexer.index([review]).ok
    return Assistant.from_settings(settings)


@pytest.mark.parametrize(("label", "act"), list(itertools.product(CATEGORIES, ACTS)))
def test_how_many_of_a_kind_were_acted_on_is_answered_by_its_rows_column_for_that_act(bot, label, act):
    answer = bot.ask(f"How many {label.lower()} complaints were {act}?")
    assert not answer.refused
    assert answer.text.startswith(f"{CATEGORIES[label][ACTS[act]]} —")
    assert answer.citations[0].quote.startswith(label)


@pytest.mark.parametrize(("label", "act"), list(itertools.product(CATEGORIES, ACTS)))
def test_a_claim_about_one_row_is_decided_by_that_row_not_its_neighbours(bot, label, act):
    true = CATEGORIES[label][ACTS[act]]
    other = next(v[ACTS[act]] for k, v in CATEGORIES.items() if k != label and v[ACTS[act]] != true)
    supported = bot.check(f"{true} {label.lower()} complaints were {act}.").claims[0]
    assert supported.verdict is Verdict.SUPPORTED and supported.citations[0].quote.startswith(label)
    wrong = bot.check(f"{other} {label.lower()} complaints were {act}.").claims[0]
    assert wrong.verdict is not Verdict.SUPPORTED
    if wrong.verdict is Verdict.CONTRADICTED:
        assert wrong.citations[0].quote.startswith(label) and wrong.conflicts[0].source == str(true)


@pytest.mark.parametrize(("label", "year"), list(itertools.product(INDICATORS, YEARS)))
def test_a_value_of_another_rows_act_never_supports_a_claim(bot, label, year):
    """ "In 2023, 2,045 workers were deployed": 2,045 is the number selected that year; the claim is not supported."""
    i = YEARS.index(year)
    for other, values in INDICATORS.items():
        if other == label:
            continue
        check = bot.check(f"In {year}, {values[i]:,} {label.lower()}.").claims[0]
        assert check.verdict is not Verdict.SUPPORTED, (label, other, check.citations[0].quote)
