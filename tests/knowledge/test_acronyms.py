"""Acronyms a document defines ("the Coastal Housing Repair Fund (CHRF)") and the common noun that describes each name
("the fund"), over generated names and wordings: no name of our own documents."""

from __future__ import annotations

import itertools

import pytest

from knowledge.language import defined_acronyms, descriptions, spells

pytestmark = pytest.mark.fast

# (long form, acronym, head noun): heads WordNet knows as common nouns, with and without small words inside
NAMES = [
    ("Coastal Housing Repair Fund", "CHRF", "fund"),
    ("Office for Rural Water Supply", "ORWS", "office"),
    ("Regional Labour Mobility Programme", "RLMP", "programme"),
    ("Board of Seasonal Work Permits", "BSWP", "board"),
    ("Northern Refugee Support Network", "NRSN", "network"),
    ("Agency for Skills Recognition", "ASR", "agency"),
]
FRAMES = [
    "The {long} ({acr}) was set up in 2019 to run the scheme.",
    "In 2019 the ministry set up the {long} ({acr}), which runs the scheme.",
    "Funding came from the {long} ({acr}) and from local councils.",
]


@pytest.mark.parametrize(("name", "frame"), list(itertools.product(NAMES, FRAMES)))
def test_an_acronym_in_brackets_is_defined_by_the_words_before_it_and_described_by_its_head(name, frame):
    long, acronym, head = name
    text = "A review of the scheme. " + frame.format(long=long, acr=acronym) + f" The {acronym} reports each year."
    assert defined_acronyms(text) == {acronym: long}
    assert descriptions(text) == {acronym: head, long: head}


@pytest.mark.parametrize("bracketed", ["(2019)", "(see below)", "(in Spanish)", "(ABC)"])
def test_brackets_that_spell_no_words_before_them_define_nothing(bracketed):
    text = f"The Coastal Housing Repair Fund {bracketed} was set up in 2019."
    assert defined_acronyms(text) == {}


def test_a_noun_heading_two_defined_names_describes_neither():
    text = (
        "The Coastal Housing Repair Fund (CHRF) and the Northern Climate Fund (NCF) pay for repairs. "
        "The Regional Labour Mobility Programme (RLMP) trains workers."
    )
    assert descriptions(text) == {"RLMP": "programme", "Regional Labour Mobility Programme": "programme"}


@pytest.mark.parametrize(
    ("acronym", "name", "spelled"),
    [
        ("MICIC", "Migrants in Countries in Crisis", True),
        ("UN", "United Nations", True),
        ("IOM", "International Organization for Migration", True),
        ("CHRF", "Coastal Housing", False),
        ("CHRF", "CHRF", False),
    ],
)
def test_an_acronym_is_spelled_by_initials_small_words_skipped(acronym, name, spelled):
    assert spells(acronym, name) is spelled
