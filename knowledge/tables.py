"""A table's rows as sentences, each read with its column headings.

A row ("Complaints received | 2,015 | 2,610 | 3,215") says nothing of when or what each value is: its column
headings do ("Indicator | Year 1 | Year 2 | Year 3"). A row is read as the sentence they make of it ("Complaints
received were 2,015 in Year 1; 2,610 in Year 2; and 3,215 in Year 3" where the headings are times, "2020: Budget
41.2; Actual 40.6" otherwise), and what that sentence states is placed back on the row: a value at its cell, a
heading's date just after the cell it dates. The row stays the quoted sentence, verbatim.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from knowledge import lexicon
from knowledge.language import (
    Entity,
    Quantity,
    SentenceFacts,
    analyse_span,
    calendar_date,
    content_lemmas,
    is_currency_code,
    is_plural,
    is_time,
    is_time_unit,
    is_year,
    number_value,
    parse,
    parse_many,
    years_in,
    years_in_unit,
)
from knowledge.terms import stem, terms
from knowledge.types import CELL


@dataclass(frozen=True)
class _Piece:
    """A run of the reading: `text`, from the document's `start:end`, copied character for character or not."""

    text: str
    start: int
    end: int
    copied: bool


@dataclass(frozen=True)
class _Column:
    """What a column heading says of its values: the time ("2023", or ""), the noun it counts ("hour" of "Hours", or
    ""), the verb it says of them ("resolve" of "Resolved within 30 days", or ""), the scale of the currency it gives
    them in (1e6 for "(€ million)", None for no currency) with what the sum sizes, what a percentage under it is
    the rate of ("fee" of "Average fee per transfer"), and the unit of measure it gives them in ("km")."""

    time: str = ""
    noun: str = ""
    act: str = ""
    scale: float | None = None
    measures: str = ""
    rates: str = ""
    unit: str = ""  # a unit of measure it gives its values in ("km" of "Drains planned (km)")
    change: bool = False  # its values are changes ("Change in emergency admissions (%)"): each sizes one


@dataclass(frozen=True)
class _Cell:
    """A value cell (`start:end` in the document) under its column: where the column gives no currency, the row's
    label may (`scale`), with what its sums size or its counts count (`measures`: the label's noun)."""

    start: int
    end: int
    column: _Column
    scale: float | None = None
    measures: str = ""


def analyse_table(text: str, rows: Sequence[tuple[int, int]], caption: str = "") -> list[SentenceFacts]:
    """The facts of each row (`text[start:end]`, the header first), each row one sentence. `caption`: the line
    above the table, whose currency, when it is a title, its sums are in (`_caption_scale`)."""
    if not rows:
        return []
    in_caption = _caption_scale(caption)
    cells = [_cells(text, start, end) for start, end in rows]
    headings = [text[s:e] for s, e in cells[0]]
    label_heading, *heading_docs = parse_many([h.strip() for h in headings])
    timed = [is_time(doc) for doc in heading_docs]  # each heading parsed once
    kind_of = _kind_listed(label_heading[:])
    kinds = content_lemmas(label_heading)
    columns = [_column(h, t, doc[:]) for h, t, doc in zip(headings[1:], timed, heading_docs, strict=True)]
    readings = [_listed(text, cells[0])]  # the headings, as a list
    for row_cells in cells[1:]:
        fits = len(row_cells) == len(headings) > 1
        readings.append(_reading(text, row_cells, headings, timed) if fits else _listed(text, row_cells))
    docs = parse_many(["".join(p.text for p in pieces) for pieces in readings])
    # the headings state no values; read as a list, they are a row too (whose neighbours are no part of it)
    found = [replace(_placed(analyse_span(docs[0][:]), readings[0], rows[0]), reading=docs[0].text)]
    for doc, pieces, row, row_cells in zip(docs[1:], readings[1:], rows[1:], cells[1:], strict=True):
        label = doc[: _tokens_in(doc, len(pieces[0].text))]  # the row's label: what its values are of
        in_money, counted = _money_scale(label), kind_of or _head_noun(label)
        in_unit = _unit_in(label)  # "Waste collected (tonnes) | 120 | 140"
        values = [
            _Cell(s, e, column, column.scale, column.measures)
            if column.scale is not None
            else _Cell(s, e, column, in_caption, column.rates or counted)
            if in_money is None and in_caption is not None and not column.noun  # a column counting a noun counts
            else _Cell(s, e, column, in_money, counted)
            for (s, e), column in zip(
                row_cells[1:], [replace(c, unit=c.unit or in_unit) for c in columns], strict=False
            )
        ]
        placed = _placed(analyse_span(doc[:]), pieces, row, values, counted, text)
        if len(row_cells) == len(headings) > 1:  # the label is what the label heading names: "Norvik language
            # basics" a module, "Health and safety" a complaint category
            placed = replace(
                placed,
                reading=doc.text,
                label=tuple(content_lemmas(label)),
                lemmas=tuple(dict.fromkeys([*placed.lemmas, *kinds])),
            )
        found.append(placed)
    named = [
        (i, cells[i][0])
        for i, doc in enumerate(docs[1:], 1)
        if _proper(doc[: _tokens_in(doc, len(readings[i][0].text))])
    ]
    return _names_of_one_kind(found, named, text)


def _proper(label: Span) -> bool:
    """Whether a row's label is written as a name: each word capitalised but a connector ("Ministry of Labour"), one
    a proper noun, or a noun whose commonest sense is no common noun ("Lisbon", which the tagger may miss; not
    "Total")."""
    words = [t for t in label if t.is_alpha]
    return all(t.text[0].isupper() or t.pos_ in ("ADP", "CCONJ", "DET") for t in words) and any(
        t.pos_ == "PROPN" or (t.pos_ == "NOUN" and not lexicon.is_common_noun(t.text)) for t in words
    )


def _names_of_one_kind(
    found: list[SentenceFacts], named: list[tuple[int, tuple[int, int]]], text: str
) -> list[SentenceFacts]:
    """A label column lists things of one kind: a row's name (at `cell`) the recogniser labelled otherwise, or
    missed ("Lisbon" above "Madrid" and "Vienna"), takes the label most of the column's names have."""

    def at(facts: SentenceFacts, cell: tuple[int, int]) -> Entity | None:
        return next((e for e in facts.names() if cell[0] <= e.start < cell[1]), None)  # "Brightway Inc: Contract"

    kinds = Counter(e.label for i, cell in named if (e := at(found[i], cell)) is not None and e.label != "NAME")
    if not kinds:
        return found
    kind = kinds.most_common(1)[0][0]
    for i, (start, end) in named:
        facts = found[i]
        others = [e for e in facts.entities if not (e.is_name and e.start < end and start < e.end)]
        name = Entity(text[start:end], kind, start, end)
        found[i] = replace(facts, entities=tuple(sorted([name, *others], key=lambda e: e.start)))
    return found


def _column(heading: str, timed: bool, doc: Span) -> _Column:
    scale = _money_scale(doc)
    return _Column(
        time=heading if timed else _date_in(doc.doc),
        noun=_plural_counted(doc),
        act=_act_of(doc),
        scale=scale,
        measures=_head_noun(doc) if scale is not None else "",
        rates="" if timed else _head_noun(doc),
        unit=_unit_in(doc),
        change=_names_a_change(doc),
    )


def _names_a_change(heading: Span) -> bool:
    """Whether a heading names a change its values size ("Change in admissions (%)", "Reduction in waits"): its head
    noun, or its first word read as a verb, is a change's name with what changed after "in" ("Drains planned (km)"
    names none, though "drain" may be a verb of change)."""
    noun = _noun_of(heading)
    first = heading[0] if len(heading) else None
    return any(
        lexicon.names_a_change(t.lemma_.lower()) and any(c.lower_ == "in" for c in t.children)
        for t in (noun, first if first is not None and first.i == heading.root.i else None)
        if t is not None
    )


def _unit_in(heading: Span) -> str:
    """The unit of measure a heading or a row's label gives in brackets ("km" of "Drains planned (km)", "tonne" of
    "Waste collected (tonnes)", "day" of "Time to pay (days)"): a word one of whose senses WordNet files as a
    quantity, or a calendar unit; "" for none (a currency is a scale: `_money_scale`)."""
    opened = [t.i for t in heading if t.text == "("]
    inside = [t for t in heading if opened and t.i > opened[0] and t.text != ")"]
    for token in inside:
        lemma = token.lemma_.lower()
        measure = "noun.quantity" in lexicon.supersenses(lemma, "n") or is_time_unit(lemma)
        if token.pos_ in ("NOUN", "PROPN") and not token.is_currency and measure:
            return lemma
    return ""


def _head_noun(label: Span) -> str:
    """The lemma of the noun a row's label is about: its root ("inspections" of "Household inspections (target
    ...)"), or the root's subject ("complaints" of "Complaints received", parsed as a clause); "" for neither."""
    noun = _noun_of(label)
    if noun is None:
        return ""
    return noun.lower_ if noun.tag_ == "VBG" else noun.lemma_.lower()  # a gerund as written ("saving")


def _money_scale(heading: Span) -> float | None:
    """The scale of the currency a heading or a row's label gives its values in ("Total funding (€ million)": 1e6,
    "Budget (EUR)": 1), or None when it names no currency."""
    if not any(t.is_currency or is_currency_code(t.text) for t in heading):
        return None
    scales = [v for t in heading if not t.is_digit and (v := number_value(t.text)) is not None]
    return scales[0] if scales else 1.0


def _caption_scale(caption: str) -> float | None:
    """The scale of the currency a table's caption gives its sums in ("Table 1. Budget and expenditure by component
    (£ million)": 1e6), when the caption is a title: one line and no finite verb (a sentence before a table is no
    caption)."""
    line = caption.strip()
    if not line or "\n" in line:
        return None
    doc = parse(line)
    if any(t.tag_ in ("VBD", "VBP", "VBZ", "MD") for t in doc):
        return None
    return _money_scale(doc[:])


def _date_in(heading: Doc) -> str:
    """The date or period a heading that is more than a time gives its column ("2024" of "Completion rate (2024)",
    "2022-2024" of "Received 2022-2024"), or "" (not "30 days" of "Resolved within 30 days": a span, no date)."""
    dates = [e for e in heading.ents if e.label_ == "DATE" and (calendar_date(e.text) is not None or _years(e))]
    if len(dates) == 2 and all(_years(d) for d in dates) and dates[1].start == dates[0].end + 1:  # "2019 - 2021"
        return heading[dates[0].start : dates[1].end].text  # as two years, a period's ends
    return dates[0].text if len(dates) == 1 else ""


def _years(date: Span) -> bool:
    """A date written as years only, such as a period's ends ("2022-2024", "2019 to 2021")."""
    numbers = [t for t in date if t.like_num]
    return bool(numbers) and all(is_year(t) for t in numbers)


def _kind_listed(heading: Span) -> str:
    """The lemma of the noun a label column lists kinds of ("complaint" of "Complaint category", "Type of
    expenditure"), or "": each row is a kind of that thing, and a count in it counts that thing, not what the
    row's label names ("Harassment or abuse | 29": 29 complaints)."""
    noun = _noun_of(heading)
    if noun is None or not lexicon.names_a_kind(noun.lemma_.lower()):
        return ""
    kinds = [c for c in noun.children if c.dep_ in ("compound", "nmod") and c.pos_ == "NOUN"]
    kinds += [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return kinds[0].lemma_.lower() if kinds else ""


def _act_of(heading: Span) -> str:
    """The lemma of the verb a column heading says of its row's values ("resolve" of "Resolved within 30 days",
    "refer" of "Referred to the inspectorate"), or of a participle qualifying the noun it counts ("participate" of
    "Participating firms", "approve" of "Approved projects", against "Eligible firms"), or ""."""
    if not len(heading):
        return ""
    if heading.root.pos_ == "VERB" and not _a_plural_read_as_a_verb(heading.root):
        return heading.root.lemma_.lower()
    participle = next((c for c in heading.root.children if c.dep_ == "amod" and c.tag_ in ("VBG", "VBN")), None)
    return participle.lemma_.lower() if participle is not None else ""


def _plural_counted(heading: Span) -> str:
    """The lemma of the plural noun a column heading counts ("hour" of "Hours", "guardian" of "Guardians
    assigned"), or "" (a rate, a verb's column such as "Delivered by", a mass noun such as "Staff")."""
    noun = _noun_of(heading)
    if noun is not None and _a_plural_read_as_a_verb(noun):
        return noun.lemma_.lower()
    return noun.lemma_.lower() if noun is not None and noun.pos_ == "NOUN" and is_plural(noun) else ""


def _a_plural_read_as_a_verb(token: Token) -> bool:
    """ "starts" of "Apprentice starts", which the tagger reads as a verb after its subject: a heading is a noun
    phrase, and a present-tense verb with no object that is also a plural noun is that noun."""
    return (
        token.tag_ == "VBZ"
        and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in token.children)
        and lexicon.is_plural_noun(token.lower_)
    )


def _noun_of(label: Span) -> Token | None:
    if not len(label):
        return None
    nouns = ("NOUN", "PROPN")
    root = label.root
    if root.pos_ in nouns or _a_plural_read_as_a_verb(root):
        return root
    if root.tag_ == "VBG" and not any(c.dep_ in ("dobj", "nsubj", "nsubjpass") for c in root.children):
        return root  # "Average annual bill saving (£)": a gerund with no object or subject heads a noun phrase
    before = [c for c in root.children if c.pos_ in nouns and c.i < root.i]  # "Complaints received"
    after = [c for c in root.children if c.pos_ in nouns and c.dep_ in ("dobj", "nsubj", "nsubjpass")]
    return (before or after or [None])[0]  # "Contributing hometown associations", parsed as a verb and its object


def _tokens_in(doc: Doc, length: int) -> int:
    """How many of `doc`'s tokens lie within its first `length` characters."""
    return sum(1 for t in doc if t.idx + len(t) <= length)


def label_cell(row: str) -> str:
    """A row's first cell as written ("Electronics assembly" of "Electronics assembly | 154 | 89 | 11%"): what the
    row is the record of."""
    return row.split(CELL)[0].strip()


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans, position = [], start
    for cell in text[start:end].split(CELL):
        spans.append((position, position + len(cell)))
        position += len(cell) + len(CELL)
    return spans


def _listed(text: str, cells: list[tuple[int, int]]) -> list[_Piece]:
    pieces: list[_Piece] = []
    for start, end in cells:
        if pieces:
            pieces.append(_Piece(", ", start, start, False))
        pieces.append(_Piece(text[start:end], start, end, True))
    return [*pieces, _Piece(".", cells[-1][1], cells[-1][1], False)]


def _reading(text: str, cells: list[tuple[int, int]], headings: list[str], timed: list[bool]) -> list[_Piece]:
    """The sentence a row makes with its headings: with times for headings, "<label> were <value> in <heading>; ...;
    and <value> (<heading>)" (a heading that is no time, such as "Total", in brackets); else "<label>: <heading>
    <value>; <heading> <value>" (a comma after a heading with a number)."""
    over_time = sum(timed) >= 2
    (label_start, label_end), values = cells[0], cells[1:]
    pieces = [_Piece(text[label_start:label_end], label_start, label_end, True)]
    pieces.append(_Piece(" were " if over_time else ": ", label_end, label_end, False))
    filled = [
        (cell, heading, time)
        for cell, heading, time in zip(values, headings[1:], timed, strict=True)
        if text[slice(*cell)].strip()
    ]
    for i, ((start, end), heading, time) in enumerate(filled):
        if i:
            last = over_time and i == len(filled) - 1
            pieces.append(_Piece("; and " if last else "; ", start, end, False))
        if not over_time:  # a heading with a number set off, so the value is not read as part of it ("within 30
            # days, 131", "in 2023, 97%")
            pieces.append(
                _Piece(f"{heading}, " if any(c.isdigit() for c in heading) else f"{heading} ", start, end, False)
            )
        pieces.append(_Piece(text[start:end], start, end, True))
        if over_time:  # placed just after its value, on the cell boundary (so a date follows the value it dates)
            after = min(end + 1, values[-1][1])
            pieces.append(_Piece(f" in {heading}" if time else f" ({heading})", end, after, False))
    pieces.append(_Piece(".", values[-1][1], values[-1][1], False))
    return pieces


def _placed(
    facts: SentenceFacts,
    pieces: list[_Piece],
    row: tuple[int, int],
    values: Sequence[_Cell] = (),
    counted: str = "",
    text: str = "",
) -> SentenceFacts:
    """`facts` of a reading, their offsets placed on the document: a copied character at its own place, a word
    of the reading on the cell it was written for. `values`: the row's value cells: each states its value (a
    number the recogniser missed too), a count of what its heading counts ("hour" of "Hours") or else of what the
    row's label names (`counted`: "complaint" of "Complaints received"), or a sum where a heading or the label
    gives a currency, a percentage the rate of what its heading names, of its column's time (`Quantity.when`); a
    span its heading gives ("within 30 days") is the row's too; the roles are those of the words the row writes."""
    bounds, position = [], 0
    for piece in pieces:
        bounds.append((position, position + len(piece.text), piece))
        position += len(piece.text)

    def place(offset: int, end: bool) -> int:
        at = offset - 1 if end else offset
        for first, last, piece in bounds:
            if first <= at < last:
                if piece.copied:
                    return piece.start + (at - first) + (1 if end else 0)
                return piece.end if end else piece.start
        return row[1] if end else row[0]

    def moved(item):
        start, end = place(item.start, False), place(item.end, True)
        return replace(item, start=start, end=max(start, end))

    def copied(item) -> bool:  # written in the row, not in a heading the reading repeats
        return any(piece.copied and first <= item.start < last for first, last, piece in bounds)

    def named(entity: Entity) -> Entity:  # a name read with its heading ("Provider Vendra School"): the row's words
        placed = moved(entity)
        overlaps = any(piece.copied and first < entity.end and entity.start < last for first, last, piece in bounds)
        return replace(placed, text=text[placed.start : placed.end]) if text and overlaps else placed

    quantities = [moved(q) for q in facts.quantities if copied(q)]
    # a span a value's heading gives ("Resolved within 30 days") qualifies the value: the row states it too
    qualifying = [
        q
        for q in (moved(q) for q in facts.quantities if not copied(q) and q.kind == "span")
        if any(cell.start <= q.start and q.end <= cell.end for cell in values)
    ]
    for cell in values:
        start, end = cell.start, cell.end
        inside = [i for i, q in enumerate(quantities) if start <= q.start and q.end <= end and q.kind != "year"]
        number = number_value(text[start:end]) if not inside else None
        if number is not None:  # "77", read as a date by the recogniser: a cell's number is a value
            quantities.append(Quantity(text[start:end], "count", number, "", start, end))
            inside = [len(quantities) - 1]
        elif not inside and years_in(cell.column.time):  # "Status at end of 2024 | Not started": the words of the
            year = years_in(cell.column.time)[0]  # cell are of its column's time, which the row gives
            quantities.append(Quantity(cell.column.time, "year", year, "", start, end, False, when=cell.column.time))
        for i in inside:  # a count of what its column heading counts ("Hours"), else of what the row names
            value = quantities[i]
            column = cell.column
            if value.kind == "count" and cell.scale is not None and value.value is not None:  # "8.4" under
                value = replace(  # "(€ million)"
                    value, kind="amount", value=value.value * cell.scale, money=True, of="", measures=cell.measures
                )
            if value.kind in ("percent", "amount") and column.rates and not value.measures:  # "Average fee per
                value = replace(value, measures=column.rates)  # transfer": 3.6% is the fee; "Contract value": €9,000
            own = value.of and stem(value.of) in terms(text[start:end])  # "4,380 issues": the cell names its noun
            of = (
                (column.noun or counted) if value.kind == "count" and (column.noun or counted) and not own else value.of
            )
            unit = column.unit
            if value.kind == "count" and value.value is not None and unit and is_time_unit(unit):  # "(days) | 96"
                value, of = replace(value, kind="span", value=value.value * years_in_unit(unit), measures=of), unit
            elif value.kind == "count" and value.value is not None and is_time_unit(of):  # "Average days | 96": a span
                value = replace(value, kind="span", value=value.value * years_in_unit(of))
            elif value.kind == "count" and unit:  # "Drains planned (km) | 11.0": 11 km of drains
                value, of = replace(value, kind="amount", measures=of), unit
            quantities[i] = replace(
                value,
                when=column.time,
                of=of,
                act=column.act or value.act,
                qualifies="change" if column.change else value.qualifies,
            )
    return replace(
        facts,
        start=row[0],
        end=row[1],
        entities=tuple(named(e) for e in facts.entities),
        quantities=tuple(sorted([*quantities, *qualifying], key=lambda q: q.start)),
        negations=tuple(moved(n) for n in facts.negations),
        # a heading read with each value ("Apprentices enrolled 392") names what is counted, no doer of the row's act
        roles=tuple(r for r in facts.roles if r[2] in text[row[0] : row[1]]) if text else facts.roles,
    )
