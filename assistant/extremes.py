"""The top or bottom of a table's column: what a superlative question asks of a table that no sentence says.

"Which bank charges the lowest fee?" is answered by a table of banks and their fees: the row whose fee is least.
"In which year were the most projects approved?" by a row of projects approved per year: the year of its largest
value. The question's superlative names a magnitude ("lowest", "largest", "most", "fewest", "cheapest") and the
noun it grades ("fee", "projects"); the values compared are those of one table that size that noun (the column's
heading or the row's label names it), at the time the question states, of the thing it names. The row found is
cited with what the table implies of it: the rank, as a sentence saying "the lowest fee" would give it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Token

from assistant.judge import at_the_time_asked, record_names, time_of
from assistant.question import Form, Question
from assistant.sentences import ScoredSentence
from knowledge import lexicon
from knowledge.language import Quantity, Rank, is_degree_word, superlative
from knowledge.terms import stem


@dataclass(frozen=True)
class Ranking:
    """A superlative the question asks by: the noun it grades ("fee"), its grade ("low"), its words ("lowest"), and
    whether the least value is the one asked for."""

    nouns: tuple[str, ...]  # the graded noun, and what it is of ("number", "project" of "the largest number of
    # projects")
    grade: str
    text: str  # the superlative and its noun as written ("lowest fee", "most projects")
    lowest: bool


@dataclass(frozen=True)
class Extreme:
    """The value at the asked end of the values compared (`among` of them), and the row holding it, its facts
    giving the rank the table implies. `over_time`: the values are one row's across its columns' times (the answer
    is the time), not one column's across rows (the answer is the row)."""

    row: ScoredSentence
    value: Quantity
    among: int
    ranking: Ranking
    over_time: bool

    @property
    def name(self) -> str:
        """The name the row's label gives ("PostaBank"), or ""."""
        return next((e.text for e in record_names(self.row.facts)), "")


def ranking_asked(question: Question) -> Ranking | None:
    """The superlative of a magnitude a question asks by (or a claim states), with the noun it grades: "the lowest
    fee", "the most projects", "the least costly contract", "the fewest complaints"; None for a quality no number
    measures ("the most promising path") or a superlative grading no noun."""
    if question.form is Form.INSTRUCTION or question.form is Form.SMALL_TALK or question.doc is None:
        return None
    for token in question.doc:
        words = superlative(token)
        noun = graded_noun(token) if words is not None else None
        if noun is None:
            continue
        if is_degree_word(token) and not any(c.dep_ in ("det", "poss") for c in noun.children):
            continue  # "most projects" without "the" is the greater part of them, no ranking
        lessened = any(w.i != token.i and lexicon.scale_end(w.lower_) < 0 for w in words)  # "least costly"
        grade = token.lemma_.lower()
        direction = lexicon.scale_end(grade)
        if direction:
            of = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
            nouns = tuple(  # a gerund as written ("saving"), its lemma being the verb's
                (t.lemma_ if t.pos_ in ("NOUN", "PROPN") else t.text).lower()
                for t in (noun, *of)
                if t.pos_ in ("NOUN", "PROPN") or t is noun
            )
            return Ranking(nouns, grade, f"{words.text} {noun.text}", (direction < 0) != lessened)
    return None


def graded_noun(superlative: Token) -> Token | None:
    """The noun a superlative (or a comparative) grades: the one it modifies ("the lowest fee", "more firms"), or the
    one a copula says it of ("Which bank's fee is the lowest?", "In which year was the number of projects the
    highest?", "Was the rate higher than ...?")."""
    if superlative.dep_ == "amod":  # a gerund a determiner opens is a noun ("the highest average saving")
        head = superlative.head
        determined = head.tag_ == "VBG" and any(c.dep_ == "det" for c in head.children)
        return head if head.pos_ in ("NOUN", "PROPN") or determined else None
    verb = superlative.head  # "was higher" the tagger may read as an adverb of the copula
    if verb.lemma_ != "be" or superlative.dep_ not in ("attr", "acomp", "nsubj", "advmod"):
        return None
    return next(
        (c for c in verb.children if c.dep_ in ("nsubj", "attr") and c.i != superlative.i and c.pos_ == "NOUN"), None
    )


def table_extreme(question: Question, sentences: Sequence[ScoredSentence]) -> Extreme | None:
    """The value a superlative question asks for among the rows of one table in `sentences` (best first): the
    table of the best row giving a value that sizes the graded noun; None without such a ranking or table, or
    when fewer than two values compare, or they cannot be told apart (one value per row, or one row's values
    over time)."""
    ranking = ranking_asked(question)
    if ranking is None:
        return None
    rows = [(s, sizing(s, ranking.nouns)) for s in sentences if s.facts.label]
    rows = [(s, values) for s, values in rows if values]
    if not rows:
        return None
    said = {stem(t.lemma_.lower()) for t in question.doc or () if not t.is_stop}
    tables = list(dict.fromkeys(s.passage.chunk_id for s, _ in rows))  # best first

    def words(table: str) -> int:  # the question's words a row of the table says (its label heading among them:
        row = next(s for s, _ in rows if s.passage.chunk_id == table)  # "in one region" of a "Region" column)
        return len(said & {stem(lemma) for lemma in row.facts.lemmas})

    table = min(tables, key=lambda t: (-words(t), tables.index(t)))
    compared = [(s, values) for s, values in rows if s.passage.chunk_id == table]
    wanted = {stem(noun) for noun in ranking.nouns}
    # a row that is the quantity graded ("Projects approved | 64 | 97 | 118" for "the most projects approved"),
    # the one the question names: its values over time are compared, and a time it states is the one it claims
    series = [
        (s, values)
        for s, values in compared
        if wanted & (label := {stem(lemma) for lemma in s.facts.label}) and label <= said
    ]
    if len(series) == 1 and len({v.when for v in series[0][1]}) == len(series[0][1]) > 1:
        candidates, over_time = [(series[0][0], v) for v in series[0][1]], True
    else:
        timed = [(s, values, at_the_time_asked(question, s.facts)) for s, values in compared]
        at_time = [(s, [v for v in values if v in asked]) for s, values, asked in timed]
        if len(at_time) < 2 or any(len(values) != 1 for _, values in at_time):
            return None
        candidates, over_time = [(s, values[0]) for s, values in at_time], False
    kinds = {v.kind for _, v in candidates}
    if len(kinds) > 1 or any(v.value is None for _, v in candidates):
        return None
    pick = min if ranking.lowest else max
    row, value = pick(candidates, key=lambda c: c[1].value or 0.0)
    if sum(v.value == value.value for _, v in candidates) > 1:  # a tie ranks no one row first
        return None
    closest = max(s.score for s, _ in compared)  # the table's closeness to the question, not the row's alone
    ranked = replace(_ranked(row, ranking, value, over_time), score=max(row.score, closest))
    return Extreme(ranked, value, len(candidates), ranking, over_time)


def ranked_first(question: Question, sentences: Sequence[ScoredSentence]) -> list[ScoredSentence]:
    """The sentences with the row a table ranks at the end the question or claim names first, given that rank
    ("PostaBank charges the lowest fee" is then checked against the row the table puts lowest)."""
    extreme = table_extreme(question, sentences)
    if extreme is None:
        return list(sentences)
    row = extreme.row
    return [row, *(s for s in sentences if (s.passage.chunk_id, s.start) != (row.passage.chunk_id, row.start))]


def sizing(sentence: ScoredSentence, nouns: Sequence[str]) -> list[Quantity]:
    """The row's values that size one of `nouns`: a count of it, a sum or rate its column names, or any value of a
    row whose label names it."""
    wanted = {stem(noun) for noun in nouns}
    label = {stem(lemma) for lemma in sentence.facts.label}

    def sizes(value: Quantity) -> bool:
        named = [w for w in (value.of, value.measures) if w]
        return any(stem(w) in wanted or any(lexicon.counts_as(w, n) for n in nouns) for w in named) or (
            bool(value.when) and bool(wanted & label)
        )

    return [v for v in sentence.facts.quantities if v.kind != "year" and sizes(v)]


def _ranked(row: ScoredSentence, ranking: Ranking, value: Quantity, over_time: bool) -> ScoredSentence:
    """The row with the rank the table implies of it, as a sentence grading its value would state it (over time,
    that value and its time alone: the other values and their times are no answer)."""
    holders = tuple(e.text for e in record_names(row.facts))  # the row's own name holds the rank
    rank = Rank(ranking.grade, 1, ranking.text, ranking.nouns[0], holders)
    entities = (*(e for e in row.facts.entities if e.label != "DATE"), time_of(value)) if over_time else ()
    quantities = tuple(q for q in row.facts.quantities if q == value or not q.when) if over_time else ()
    facts = replace(
        row.facts,
        entities=tuple(sorted(entities, key=lambda e: e.start)) or row.facts.entities,
        quantities=quantities or row.facts.quantities,
        ranks=(*row.facts.ranks, rank),
        degrees=(*row.facts.degrees, (ranking.text, ranking.grade), (ranking.text, ranking.nouns[0])),
        graded=True,
    )
    return replace(row, facts=facts)


def said_of(extreme: Extreme, answer: str) -> str:
    """The direct answer with what it rests on: "PostaBank (1.2%: the lowest fee of 4 in the table)"."""
    value = extreme.value.text if extreme.value.text != answer else ""
    basis = f"the {extreme.ranking.text} of {extreme.among} in the table"
    return f"{answer} ({value}: {basis})" if value else f"{answer} ({basis})"
