"""Two rows of a table compared: what "Did A have more X than B?" or "A's X was lower than B's" asks of a table;
or one row's values in two years: "Did BRW spend more on district metering in 2023 than in 2022?".

No sentence says "Tallis Bay had more participating firms than Upper Rennet"; the table of districts gives each
its number. The comparative names a magnitude ("more", "fewer", "higher", "cheaper") and the noun it grades
("participating firms", "uptake rate"); the two things compared are names the question gives, one on each side
of "than", each the record of one row of one table (`judge.record_names`). Their values sizing that noun, at the
time the question states, decide: the comparison holds or it does not, and both rows are the evidence.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from assistant.extremes import graded_noun, sizing
from assistant.judge import at_the_time_asked, label_named, name_said, record_names, said_in, words_of
from assistant.question import Form, Question
from assistant.sentences import ScoredSentence
from knowledge import lexicon
from knowledge.language import Entity, Quantity, is_degree_word, years_in
from knowledge.terms import stem

_COMPARATIVES = frozenset(["JJR", "RBR"])  # Penn tags of comparative adjectives and adverbs


@dataclass(frozen=True)
class Comparison:
    """The two rows compared, first the one the comparison is said of ("A" of "A had more X than B"), each with
    its value; `holds`: whether the values stand as the comparison says; `said`: the comparison as written."""

    first: ScoredSentence
    first_value: Quantity
    second: ScoredSentence
    second_value: Quantity
    holds: bool
    said: str
    said_start: int
    said_end: int
    first_name: str = ""  # what each side is: its row's record ("Tallis Bay"), or its column's time ("2023")
    second_name: str = ""

    @property
    def found(self) -> str:
        """What the table gives: "Tallis Bay 52, Upper Rennet 47"; "2023 2.8, 2022 4.5"."""
        return f"{self.first_name} {self.first_value.text}, {self.second_name} {self.second_value.text}"


def table_comparison(question: Question, sentences: Sequence[ScoredSentence]) -> Comparison | None:
    """The comparison a yes/no question or a claim makes between two rows of one table in `sentences`, or None
    (no comparative of a magnitude with "than", no two names each the record of a row of one table, or not one
    value each that sizes the graded noun at the time asked)."""
    if question.form not in (Form.YES_NO, Form.CLAIM) or question.doc is None:
        return None
    degree = next((t for t in question.doc if t.tag_ in _COMPARATIVES), None)
    than = next((t for t in question.doc if t.lower_ == "than" and degree is not None and t.i > degree.i), None)
    if degree is None or than is None:
        return None
    direction = _direction(degree)
    if not direction:
        return None
    names = question.stated.names()
    before = [n for n in names if n.end <= than.idx]
    after = [n for n in names if n.start > than.idx]
    if not before or not after:
        return _years_compared(question, sentences, degree, than, direction)
    noun = graded_noun(degree)
    if noun is None:
        return None
    nouns = (noun.lemma_.lower(),)
    first, second = _row_of(before[-1], sentences), _row_of(after[0], sentences)
    if first is None or second is None or first.passage.chunk_id != second.passage.chunk_id or first is second:
        return None
    first_value, second_value = _value(question, first, nouns), _value(question, second, nouns)
    if first_value is None or second_value is None or first_value.kind != second_value.kind:
        return None
    a, b = first_value.value, second_value.value
    if a is None or b is None:
        return None
    holds = a > b if direction > 0 else a < b
    start, end = degree.idx, after[0].end  # "more participating firms than Upper Rennet"
    said = question.doc.text[start:end]
    return Comparison(first, first_value, second, second_value, holds, said, start, end, _name(first), _name(second))


def _years_compared(question: Question, sentences: Sequence[ScoredSentence], degree, than, direction: int):
    """ "Did BRW spend more on district metering in 2023 than in 2022?": one year on each side of "than", and the
    table row recording what the question names ("District metering | 2.2 | 4.5 | 2.8 | 0.7"), with one value in
    each year's column, or None."""
    years = [q for q in question.stated.quantities if q.kind == "year" and q.value]
    before = [q for q in years if q.end <= than.idx]
    after = [q for q in years if q.start > than.idx]
    if len(before) != 1 or len(after) != 1 or before[0].value == after[0].value:
        return None
    said = {stem(lemma) for lemma in question.stated.lemmas}

    def at(row: ScoredSentence, year: Quantity) -> Quantity | None:
        values = [q for q in row.facts.quantities if q.kind != "year" and q.when and year.value in years_in(q.when)]
        return values[0] if len(values) == 1 else None

    # more than half its label's words: no value of the question's confirms the record ("District metering" is not
    # the record of "smart meters")
    row = next((s for s in sentences if label_named(s.facts, said) > 0.5), None)
    if row is None:
        return None
    first_value, second_value = at(row, before[0]), at(row, after[0])
    if first_value is None or second_value is None or first_value.value is None or second_value.value is None:
        return None
    holds = first_value.value > second_value.value if direction > 0 else first_value.value < second_value.value
    start, end = degree.idx, after[0].end  # "more on district metering in 2023 than in 2022"
    said_text = question.doc.text[start:end]
    return Comparison(row, first_value, row, second_value, holds, said_text, start, end, before[0].text, after[0].text)


def _direction(degree) -> int:
    """1 when a comparative says greater ("more", "higher", "larger"), -1 when less ("fewer", "lower", "cheaper"),
    0 when it says no magnitude ("better")."""
    word = degree.lower_
    if lexicon.diminishes(word):
        return -1
    return lexicon.scale_end(degree.lemma_.lower()) or (1 if is_degree_word(degree) else 0)


def _row_of(name: Entity, sentences: Sequence[ScoredSentence]) -> ScoredSentence | None:
    """The best table row that is the record of `name` ("Tallis Bay | 301 | 52 | 17% | 241" of "Tallis Bay")."""
    return next(
        (s for s in sentences if any(name_said(name.text, words_of((), [r.text])) for r in record_names(s.facts))),
        None,
    )


def _value(question: Question, row: ScoredSentence, nouns: Sequence[str]) -> Quantity | None:
    """The row's one value sizing the graded noun at the time asked, of the act the question says when columns
    count the same thing ("participating firms" of "Eligible firms | Participating firms"), or None."""
    asked = at_the_time_asked(question, row.facts)
    values = [v for v in sizing(row, nouns) if v in asked]
    if len(values) > 1:
        said = {stem(lemma) for lemma in question.stated.lemmas}
        values = [v for v in values if v.act and said_in(v.act, said)] or [v for v in values if not v.act]
    return values[0] if len(values) == 1 else None


def _name(row: ScoredSentence) -> str:
    return next((e.text for e in record_names(row.facts)), "")
