"""Two rows of a table compared by a yes/no question or a claim: "Did A have more X than B?"."""

from __future__ import annotations

import pytest

from assistant.comparisons import table_comparison
from assistant.question import analyse
from assistant.types import Verdict
from assistant.verdict import compared
from tests.assistant.retrieved import table_rows

pytestmark = pytest.mark.fast


DISTRICTS = table_rows(
    [
        "District | Eligible firms | Participating firms | Uptake rate | Average grant",
        "Tallis Bay | 301 | 52 | 17% | €4,100",
        "Upper Rennet | 309 | 47 | 15% | €3,900",
        "Saltcombe Downs | 235 | 26 | 11% | €4,600",
    ]
)


@pytest.mark.parametrize(
    ("wording", "holds"),
    [
        ("Did {a} have more participating firms than {b}?", True),
        ("Did {a} have fewer participating firms than {b}?", False),
        ("{a} had more participating firms than {b}.", True),
        ("Was the uptake rate in {a} higher than in {b}?", True),
        ("Was {a}'s uptake rate lower than {b}'s?", False),
        ("{a} received a larger average grant than {b}.", True),
        ("{a} received a smaller average grant than {b}.", False),
    ],
)
@pytest.mark.parametrize(
    ("a", "b", "flip"), [("Tallis Bay", "Upper Rennet", False), ("Upper Rennet", "Tallis Bay", True)]
)
def test_two_rows_compared_decide_the_comparison(wording, holds, a, b, flip):
    """The two names each name a row; the values of the column the comparative grades decide, whichever way round."""
    comparison = table_comparison(analyse(wording.format(a=a, b=b)), DISTRICTS)
    assert comparison is not None and comparison.holds is (holds != flip)
    assert comparison.first.text.startswith(a) and comparison.second.text.startswith(b)
    decision = compared(comparison)
    assert decision.verdict is (Verdict.SUPPORTED if holds != flip else Verdict.CONTRADICTED)
    assert [s.text[:8] for s in decision.evidence] == [a[:8], b[:8]]
    assert bool(decision.conflicts) is (holds == flip)


@pytest.mark.parametrize(
    "wording",
    [
        "Did Tallis Bay have more participating firms than expected?",  # one name: no two rows
        "Did Tallis Bay have more participating firms than Brenmoor?",  # a name no row records
        "Was Tallis Bay a better district than Upper Rennet?",  # no magnitude
        "Did Tallis Bay have the most participating firms?",  # a superlative: `extremes`
    ],
)
def test_no_comparison_of_two_rows_without_two_rows_and_a_magnitude(wording):
    assert table_comparison(analyse(wording), DISTRICTS) is None


SPENDING = table_rows(
    [
        "Category | 2021 | 2022 | 2023 | 2024",
        "District metering | 2.2 | 4.5 | 2.8 | 0.7",
        "Pipe replacement | 6.4 | 16.2 | 19.5 | 18.0",
    ]
)


@pytest.mark.parametrize(
    ("wording", "first", "second"),
    [
        ("Did the utility spend more on {x} in {y} than in {z}?", 2023, 2022),
        ("Spending on {x} was higher in {y} than in {z}.", 2023, 2022),
        ("Spending on {x} was lower in {y} than in {z}.", 2024, 2023),
        ("The utility spent less on {x} in {y} than in {z}.", 2021, 2022),
    ],
)
@pytest.mark.parametrize("record", ["district metering", "pipe replacement"])
def test_one_rows_values_in_two_years_decide_a_comparison_between_them(wording, first, second, record):
    """ "Did BRW spend more on district metering in 2023 than in 2022?": the row recording what it names gives a value
    in each year's column, and they decide; the row's values are the evidence, said with their years. A thing no
    row records fully ("smart meters": only "metering" of "District metering") compares nothing."""
    row = next(s for s in SPENDING if s.text.lower().startswith(record))
    values = dict(zip((2021, 2022, 2023, 2024), (float(v) for v in row.text.split(" | ")[1:]), strict=True))
    text = wording.format(x=record, y=first, z=second)
    greater = "more" in text or "higher" in text
    expected = values[first] > values[second] if greater else values[first] < values[second]
    comparison = table_comparison(analyse(text), SPENDING)
    assert comparison is not None and comparison.holds is expected and comparison.first is row
    decision = compared(comparison)
    assert decision.verdict is (Verdict.SUPPORTED if expected else Verdict.CONTRADICTED)
    assert str(first) in comparison.found and decision.evidence == [row]
    assert table_comparison(analyse(wording.format(x="smart meters", y=first, z=second)), SPENDING) is None
