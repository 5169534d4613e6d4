"""A table's rows as sentences, each read with its column headings (`knowledge.tables`), and a Markdown table
loaded as one block, a row per line."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.alignment import align
from assistant.judge import answer_fact, missing_facts
from assistant.question import analyse
from knowledge.chunking import ChunkingConfig, chunk_document
from knowledge.language import analyse_span, parse
from knowledge.loaders import load_document
from knowledge.tables import analyse_table

pytestmark = pytest.mark.fast

# Column headings that are times, and rows of values with their label's head noun.
TIMES = [
    ["Year 1", "Year 2", "Year 3"],
    ["2021", "2022", "2023"],
    ["Q1 2023", "Q2 2023", "Q3 2023"],
]
ROWS = [
    ("Complaints received", "complaint", ["2,015", "2,610", "3,215"]),
    ("Administrative fines issued", "fine", ["260", "390", "470"]),
    ("Households visited by inspectors", "household", ["1,140", "1,460", "1,810"]),
    ("Inspectors in post at year end", "inspector", ["61", "77", "84"]),
]


def table(times: list[str], rows: list[tuple[str, str, list[str]]], total: bool = True) -> tuple[str, list]:
    """The table as the Markdown loader writes it (a row per line, cells joined by " | "), and its row spans."""
    header = ["Indicator", *times, *(["Total"] if total else [])]
    lines = [" | ".join(header)]
    for label, _, values in rows:
        extra = [f"{sum(int(v.replace(',', '')) for v in values):,}"] if total else []
        lines.append(" | ".join([label, *values, *extra]))
    return joined(lines)


def joined(lines: list[str]) -> tuple[str, list]:
    """Table lines as one text, and each line's span in it."""
    text = "\n".join(lines)
    spans, position = [], 0
    for line in lines:
        spans.append((position, position + len(line)))
        position += len(line) + 1
    return text, spans


@pytest.mark.parametrize("times", TIMES)
@pytest.mark.parametrize("total", [True, False])
def test_each_value_of_a_row_is_of_its_columns_time_and_counts_its_labels_noun(times, total):
    text, spans = table(times, ROWS, total)
    found = analyse_table(text, spans)
    assert [(f.start, f.end) for f in found] == spans  # each row one sentence, the headings too
    assert not [q for q in found[0].quantities if q.kind != "year"]  # the headings state no values
    for facts, (_, noun, values) in zip(found[1:], ROWS, strict=True):
        dated = {text[q.start : q.end]: (q.when, q.of) for q in facts.quantities if q.when}
        assert dated == {v: (t, noun) for v, t in zip(values, times, strict=True)}


@pytest.mark.parametrize(("times", "row"), list(itertools.product(TIMES, ROWS)))
def test_a_question_at_a_time_is_answered_by_that_columns_value(times, row):
    text, spans = table(times, [row])
    facts = analyse_table(text, spans)[1]
    _, noun, values = row
    for time, value in zip(times, values, strict=True):
        question = analyse(f"How many {noun}s were there in {time}?")
        answer = answer_fact(question, facts)
        assert answer is not None and text[answer.start : answer.end] == value, (time, answer)


# Columns of items: a heading counting a plural noun, or no noun (a rate, a verb's column, a mass noun).
ITEMS = [
    ("Hours", "hour", "How many hours does the {item} module last?"),
    ("Guardians assigned", "guardian", "How many guardians were assigned to the {item} unit?"),
    ("Beds", "bed", "How many beds does the {item} shelter have?"),
]
ITEM_ROWS = [("Language basics", "60"), ("Safety and health", "24"), ("Horticulture techniques", "30")]


@pytest.mark.parametrize(("heading", "noun", "question"), ITEMS)
@pytest.mark.parametrize("other", ["Delivered by", "Completion rate", "Staff"])
def test_a_value_counts_the_plural_noun_its_column_heading_names(heading, noun, question, other):
    """ "Module | Hours | ...": a row's value in that column is a count of hours, which answers "how many hours";
    a column whose heading names no plural noun counts what the row's label names, as before."""
    lines = [f"Item | {heading} | {other}", *(f"{item} | {value} | 12" for item, value in ITEM_ROWS)]
    text, spans = joined(lines)
    for (item, value), facts in zip(ITEM_ROWS, analyse_table(text, spans)[1:], strict=True):
        counted = {
            text[q.start : q.end]: q.of for q in facts.quantities if q.kind in ("count", "span")
        }  # "Hours | 60": a span of hours
        assert counted[value] == noun
        assert counted["12"] != noun
        answer = answer_fact(analyse(question.format(item=item.lower())), facts)
        assert answer is not None and text[answer.start : answer.end] == value


@pytest.mark.parametrize(("heading", "year"), [("Completion rate (2024)", 2024), ("Occupancy rate in 2023", 2023)])
@pytest.mark.parametrize(
    ("item", "value", "other"), [("Safety module", "97%", "93%"), ("Language module", "88%", "81%")]
)
def test_a_date_in_a_column_heading_dates_its_values(heading, year, item, value, other):
    """ "Completion rate (2024)": a row's rate in that column is of 2024; a claim giving another rate that year
    conflicts, one giving the rate for another year is not stated."""
    lines = [f"Item | Hours | {heading}", f"{item} | 24 | {value}"]
    text, spans = joined(lines)
    row = analyse_table(text, spans)[1]
    noun = item.split()[0].lower()
    claim = "The {n} module had a {y} rate of {v}."
    assert align(analyse_span(parse(claim.format(n=noun, y=year, v=value))[:]), row).states_all
    conflicts = align(analyse_span(parse(claim.format(n=noun, y=year, v=other))[:]), row).conflicts
    assert [(c.claim, c.source) for c in conflicts] == [(other, value)]
    elsewhen = align(analyse_span(parse(claim.format(n=noun, y=year - 1, v=value))[:]), row)
    assert not elsewhen.conflicts and not elsewhen.states_all


@pytest.mark.parametrize(("unit", "scale"), [("(€ million)", 1e6), ("(EUR)", 1), ("(USD thousand)", 1e3)])
@pytest.mark.parametrize("where", ["heading", "label"])
def test_a_currency_a_heading_or_label_gives_makes_its_values_sums(unit, scale, where):
    """ "Total funding (€ million) | 8.4": a sum of 8.4 million, which answers "how much" and is checked against a
    claim's sum; given in the row's label ("Grants paid (€ million) | 5.2 | 9.1") it holds for the whole row."""
    if where == "heading":
        lines = ["Region | Projects approved | Total funding " + unit, "Central Valley | 47 | 8.4"]
        question = "How much total funding did projects in the Central Valley receive?"
    else:
        lines = ["Indicator | 2022 | 2023", f"Grants paid {unit} | 5.2 | 8.4"]
        question = "How much was paid in grants in 2023?"
    text, spans = joined(lines)
    row = analyse_table(text, spans)[1]
    sums = [q for q in row.quantities if q.kind == "amount"]
    assert 8.4 * scale in [q.value for q in sums] and all(q.money for q in sums)
    answer = answer_fact(analyse(question), row)
    assert answer is not None and text[answer.start : answer.end] == "8.4"


@pytest.mark.parametrize("label", ["Contributing hometown associations", "Participating employers", "Visiting nurses"])
def test_a_label_read_as_a_verb_and_its_object_counts_the_object(label):
    """ "Contributing hometown associations | 112 | 149": counts of associations, even where the parser reads the
    label as a verb with its object."""
    lines = ["Indicator | 2023 | 2024", f"{label} | 112 | 149"]
    text, spans = joined(lines)
    row = analyse_table(text, spans)[1]
    noun = parse(label)[-1].lemma_.lower()
    assert [q.of for q in row.quantities if q.kind == "count"] == [noun, noun]


@pytest.mark.parametrize(("times", "row"), list(itertools.product(TIMES, ROWS[:3])))
def test_a_claim_at_a_time_is_checked_against_that_columns_value(times, row):
    text, spans = table(times, [row])
    facts = analyse_table(text, spans)[1]
    _, noun, values = row

    def claim(value: str, time: str):
        return align(analyse_span(parse(f"The programme recorded {value} {noun}s in {time}.")[:]), facts)

    assert claim(values[1], times[1]).states_all
    wrong = claim(values[1], times[2])  # the value of another column
    assert [(c.claim, c.source) for c in wrong.conflicts] == [(values[1], values[2])]
    absent = claim(values[1], "Year 9" if times[0].startswith("Year") else "2031")  # a time the table lacks
    assert not absent.conflicts and not absent.states_all


def test_a_period_the_sentence_never_gives_is_another_time_than_its_undated_value():
    """ "470 fines in Year 3" against "issued 1,120 fines" (over the whole period): not a conflict."""
    claim = analyse_span(parse("Inspectors issued 470 administrative fines in Year 3.")[:])
    total = analyse_span(parse("Inspectors issued 1,120 administrative fines.")[:])
    alignment = align(claim, total)
    assert not alignment.conflicts and not alignment.states_all
    dated = analyse_span(parse("Inspectors issued 1,120 administrative fines in Year 3.")[:])
    assert [(c.claim, c.source) for c in align(claim, dated).conflicts] == [("470", "1,120")]


def test_a_markdown_table_is_one_block_a_row_per_line(tmp_path: Path):
    path = tmp_path / "review.md"
    path.write_text(
        "# Review of the Delta Fund\n\n## Results\n\nTable 1. Results by year\n\n"
        "| Indicator | Year 1 | Year 2 |\n|---|---|---|\n| Complaints **received** | 2,015 | 2,610 |\n"
        "| Fines issued | 260 | 390 |\n\nThe fund closed in 2024.\n",
        encoding="utf-8",
    )
    doc = load_document(path, 10_000_000)
    blocks = [(b.kind, doc.text[b.start : b.end]) for b in doc.blocks]
    assert blocks[2:] == [
        ("paragraph", "Table 1. Results by year"),
        ("table", "Indicator | Year 1 | Year 2\nComplaints received | 2,015 | 2,610\nFines issued | 260 | 390"),
        ("paragraph", "The fund closed in 2024."),
    ]


@pytest.mark.parametrize("row", ROWS)
def test_a_year_a_column_gives_is_a_year_the_row_states(row):
    text, spans = table(TIMES[1], [row])
    facts = analyse_table(text, spans)[1]
    _, noun, _ = row
    assert missing_facts(analyse(f"How many {noun}s were recorded in 2022?"), [facts]) == []
    assert missing_facts(analyse(f"How many {noun}s were recorded in 2019?"), [facts]) == ["2019"]


def test_an_html_table_is_one_block_a_row_per_line(tmp_path: Path):
    path = tmp_path / "review.html"
    path.write_text(
        "<html><body><h1>Review of the Delta Fund</h1><p>Results by year.</p><table>"
        "<tr><th>Indicator</th><th>Year 1</th><th>Year 2</th></tr>"
        "<tr><td>Complaints <b>received</b></td><td>2,015</td><td>2,610</td></tr></table>"
        "<p>The fund closed in 2024.</p></body></html>",
        encoding="utf-8",
    )
    doc = load_document(path, 10_000_000)
    assert [(b.kind, doc.text[b.start : b.end]) for b in doc.blocks][1:] == [
        ("paragraph", "Results by year."),
        ("table", "Indicator | Year 1 | Year 2\nComplaints received | 2,015 | 2,610"),
        ("paragraph", "The fund closed in 2024."),
    ]


def test_a_table_rows_citation_is_its_line_in_the_file(tmp_path: Path):
    """The row's quote is its cells as written, and its origin is the row's line of the Markdown file."""
    path = tmp_path / "review.md"
    path.write_text(
        "# Review\r\n\r\n## Results\r\n\r\n| Indicator | Year 1 | Year 2 |\r\n|---|---|---|\r\n"
        "| Complaints received | 2,015 | 2,610 |\r\n| Fines issued | 260 | 390 |\r\n\r\nThe fund closed in 2024.\r\n",
        encoding="utf-8",
    )
    doc = load_document(path, 10_000_000)
    chunks = chunk_document(doc, lambda text: len(text.split()), ChunkingConfig())
    table = next(c for c in chunks if c.kind == "table")
    rows = dict(zip(table.sentence_texts(), table.origins, strict=True))
    original = path.read_bytes().decode("utf-8")
    start, end, line = rows["Fines issued | 260 | 390"]
    assert line == 8 and original[start:end] == "Fines issued | 260 | 390"


_LABELS = ["Patients seen", "Vaccine doses given", "Referrals made", "Sites visited", "Staff in post"]
_HEADINGS = [["Year 1", "Year 2", "Year 3"], ["2021", "2022", "2023"], ["Budget", "Actual", "Variance"]]


@settings(max_examples=40, deadline=None)
@given(
    headings=st.sampled_from(_HEADINGS),
    rows=st.lists(
        st.tuples(st.sampled_from(_LABELS), st.lists(st.integers(1, 99_999), min_size=3, max_size=3)),
        min_size=1,
        max_size=4,
    ),
)
def test_every_fact_of_a_row_lies_in_its_row_and_a_value_is_its_cells_text(headings, rows):
    """Whatever the table, the facts read from its rows' sentences are placed on the rows: each value on its cell."""
    lines = [" | ".join(["Indicator", *headings])]
    lines += [" | ".join([label, *(f"{v:,}" for v in values)]) for label, values in rows]
    text, spans = joined(lines)
    for facts, (start, end) in zip(analyse_table(text, spans), spans, strict=True):
        items = [*facts.entities, *facts.quantities]
        assert all(start <= i.start <= i.end <= end for i in items)
        cells = set(text[start:end].split(" | ")[1:])
        assert all(text[q.start : q.end] in cells for q in facts.quantities if q.when)


def test_a_docx_table_is_one_block_a_row_per_line(tmp_path: Path):
    import docx

    document = docx.Document()
    document.add_heading("Review of the Delta Fund", level=1)
    document.add_paragraph("Results by year.")
    table = document.add_table(rows=2, cols=3)
    written = [["Indicator", "Year 1", "Year 2"], ["Complaints received", "2,015", "2,610"]]
    for row, cells in zip(table.rows, written, strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    document.add_paragraph("The fund closed in 2024.")
    path = tmp_path / "review.docx"
    document.save(str(path))
    doc = load_document(path, 10_000_000)
    assert [(b.kind, doc.text[b.start : b.end]) for b in doc.blocks][1:] == [
        ("paragraph", "Results by year."),
        ("table", "Indicator | Year 1 | Year 2\nComplaints received | 2,015 | 2,610"),
        ("paragraph", "The fund closed in 2024."),
    ]


@pytest.mark.parametrize(("other", "value"), [("Diaspora contributions", "7.4"), ("Loan repayments", "3.3")])
def test_a_row_of_another_things_sums_does_not_conflict_with_a_claim_about_this_one(other, value):
    """ "State matching grants (€ million) | 5.2 | 9.1" gives no sum of contributions: a claim that contributions
    reached €7.4 million in 2023 is not contradicted by it, and is stated by its own row."""
    lines = [
        "Indicator | 2022 | 2023",
        "State matching grants (€ million) | 5.2 | 9.1",
        f"{other} (€ million) | 1.0 | {value}",
    ]
    text, spans = joined(lines)
    grants, own = analyse_table(text, spans)[1:]
    claim = analyse_span(parse(f"{other} reached €{value} million in 2023.")[:])
    assert not align(claim, grants).conflicts
    assert align(claim, own).states_all


@pytest.mark.parametrize("times", TIMES[1:])  # "Year 3" states no year
def test_a_row_giving_the_year_asked_in_its_column_leads_a_closer_sentence_without_the_answer(times):
    """ "How many fines were issued in Year 3?": the closest sentence ("Fines are issued by inspectors.") gives no
    number; the table row a little further off gives the number in a column of that time, and leads the answer."""
    from dataclasses import dataclass

    import numpy as np

    from assistant.extractive import ExtractiveComposer
    from assistant.types import Passage

    @dataclass
    class Scored:
        facts: object
        score: float
        vector: np.ndarray
        start: int
        end: int
        passage: Passage

    passage = Passage(chunk_id="c", doc_id="d", text="", source="s.md", title="s", start=0, end=0)
    text, spans = table(times, [ROWS[1]])
    row = analyse_table(text, spans)[1]
    closer = analyse_span(parse("Administrative fines are issued by inspectors after every visit.")[:])
    ranked = [
        Scored(closer, 0.72, np.array([1.0, 0.0]), 0, 9, passage),
        Scored(row, 0.62, np.array([0.0, 1.0]), 9, 9, passage),
    ]
    draft = ExtractiveComposer().draft(analyse(f"How many fines were issued in {times[2]}?"), ranked)
    assert ranked[1] in draft.sentences


# Tables whose rows are kinds of a thing its label heading names, with columns of what was done to them.
KIND_HEADINGS = [
    ("Complaint category", "complaint", "complaints"),
    ("Type of grievance", "grievance", "grievances"),
    ("Claim type", "claim", "claims"),
    ("Category of request", "request", "requests"),
]
KIND_ROWS = [("Harassment or abuse", "29", "12", "17"), ("Contract substitution", "18", "9", "12")]
ACTS = [
    ("Received", "received", 0),
    ("Resolved within 30 days", "resolved", 1),
    ("Referred to the inspectorate", "referred", 2),
]


@pytest.mark.parametrize(("heading", "noun", "plural"), KIND_HEADINGS)
@pytest.mark.parametrize("row", KIND_ROWS)
@pytest.mark.parametrize(("column", "verb", "index"), ACTS)
def test_a_label_heading_naming_kinds_says_what_each_rows_values_count(heading, noun, plural, row, column, verb, index):
    """ "Complaint category | Received | Resolved within 30 days | ...", "Harassment or abuse | 29 | 12 | 17": 29
    complaints (not harassments) were received, 12 resolved: "how many harassment or abuse complaints were
    resolved?" is answered by the value of the column whose heading says that act."""
    lines = [" | ".join([heading, *(c for c, _, _ in ACTS)]), " | ".join(row)]
    text, spans = joined(lines)
    facts = analyse_table(text, spans)[1]
    assert [q.of for q in facts.quantities if q.kind == "count"] == [noun] * 3
    question = analyse(f"How many {row[0].lower()} {plural} were {verb}?")
    assert question.about == noun
    answer = answer_fact(question, facts)
    assert answer is not None and text[answer.start : answer.end] == row[1 + index]


@pytest.mark.parametrize("period", ["2022-2024", "2019–2021", "2020 to 2023"])
def test_a_period_in_a_column_heading_dates_its_values_and_a_span_does_not(period):
    """ "Received 2022-2024 | Resolved within 30 days": the first column's values are of the period (asked "between
    2022 and 2024" they answer), the second's of no time ("within 30 days" is a span, not a date)."""
    lines = [f"Complaint category | Received {period} | Resolved within 30 days", "Excessive deductions | 96 | 70"]
    text, spans = joined(lines)
    values = [q for q in analyse_table(text, spans)[1].quantities if q.kind == "count"]
    assert [q.when for q in values] == [period, ""]
    first, last = (w for w in period.replace("–", " ").replace("-", " ").split() if w.isdigit())
    question = analyse(f"How many excessive deductions complaints were received between {first} and {last}?")
    answer = answer_fact(question, analyse_table(text, spans)[1])
    assert answer is not None and answer.text == "96"
    assert not missing_facts(question, [analyse_table(text, spans)[1]])


@pytest.mark.parametrize("times", TIMES)
def test_a_row_is_embedded_by_its_reading_with_the_headings(times, tmp_path: Path):
    """A row's meaning (what it is embedded and matched by) is its reading with the column headings, so the words
    of a heading ("Year 2", "Resolved within 30 days") count for it; the header row reads as a list, prose as
    written."""
    header = " | ".join(["Indicator", *times])
    rows = [" | ".join([label, *values]) for label, _, values in ROWS]
    path = tmp_path / "review.md"
    lines = [f"| {header} |", "|" + "---|" * (len(times) + 1), *(f"| {r} |" for r in rows)]
    path.write_text("# Review\n\nThe review covers three years.\n\n" + "\n".join(lines) + "\n", encoding="utf-8")
    chunks = chunk_document(load_document(path, 10_000_000), lambda s: len(s.split()), ChunkingConfig())
    texts = [(t, m) for c in chunks for t, m in zip(c.sentence_texts(), c.meaning_texts(), strict=True)]
    assert texts[0][0] == texts[0][1] == "The review covers three years."
    assert texts[1][0] == header and texts[1][1] == header.replace(" | ", ", ") + "."
    for (written, meaning), (label, _, _) in zip(texts[2:], ROWS, strict=True):
        assert written.startswith(label) and meaning.startswith(label) and meaning != written
        assert all(t in meaning for t in times)


@pytest.mark.parametrize(
    ("heading", "noun"),
    [("Average fee per transfer", "fee"), ("Transfer fee", "fee"), ("Average fee", "fee")],
)
@pytest.mark.parametrize("bank", ["Meridian Savings Bank", "PostaBank"])
def test_a_percentage_under_a_heading_is_the_rate_of_its_noun(heading, noun, bank):
    """ "Partner bank | Joined | Average fee per transfer", "Meridian Savings Bank | 2021 | 3.6%": the 3.6% is the
    bank's fee, which answers "What is Meridian Savings Bank's average fee per transfer?"; the year it joined not."""
    lines = [f"Partner bank | Joined | {heading}", f"{bank} | 2021 | 3.6%", "Other Bank | 2023 | 1.2%"]
    text, spans = joined(lines)
    row = analyse_table(text, spans)[1]
    assert [q.measures for q in row.quantities if q.kind == "percent"] == [noun]
    question = analyse(f"What is {bank}'s {heading.lower()}?")
    answer = answer_fact(question, row)
    assert answer is not None and answer.text == "3.6%"


@pytest.mark.parametrize(
    ("claim", "conflict"),
    [
        ("{bank} processed {share} of the transfers in 2024.", None),
        ("{bank} handled {share} of all transfers in 2024.", None),
        ("{bank} processed 31% of the transfers in 2024.", "{share}"),
        ("{bank} charges an average fee of {fee} per transfer.", None),
        ("{bank} charges an average fee of 4.4% per transfer.", "{fee}"),
    ],
)
@pytest.mark.parametrize(("bank", "fee", "share"), [("Banca Unita", "2.9%", "41%"), ("PostaBank", "1.2%", "13%")])
def test_a_claim_about_a_rate_in_a_row_is_checked_against_that_rows_column(claim, conflict, bank, fee, share):
    """A percentage under "Average fee per transfer" is a fee; one under "Share of 2024 transfers" a share of that
    year's transfers: a claim giving either is checked against the row's value, whatever the heading calls it."""
    lines = [
        "Partner bank | Joined | Average fee per transfer | Share of 2024 transfers",
        f"{bank} | 2021 | {fee} | {share}",
    ]
    text, spans = joined(lines)
    result = align(analyse_span(parse(claim.format(bank=bank, fee=fee, share=share))[:]), analyse_table(text, spans)[1])
    if conflict is None:
        assert result.states_all and not result.conflicts
    else:
        assert [c.source for c in result.conflicts] == [conflict.format(fee=fee, share=share)]


@pytest.mark.parametrize(("unit", "years"), [("days", 1 / 365), ("weeks", 7 / 365), ("months", 1 / 12)])
@pytest.mark.parametrize("where", ["label", "heading"])
def test_a_count_of_a_time_unit_is_a_span(unit, years, where):
    """ "Average days from approval to first payment | 48 | 96 | 71": 96 days, a span, checked against a claim's
    "96 days" or "71 days" at that column's time, and answering "How many <unit> ...?"."""
    if where == "label":
        lines = ["Indicator | 2022 | 2023 | 2024", f"Average {unit} from approval to payment | 48 | 96 | 71"]
    else:
        lines = [f"Step | {unit.capitalize()} in 2023", "From approval to payment | 96"]
    text, spans = joined(lines)
    row = analyse_table(text, spans)[1]
    value = next(q for q in row.quantities if q.text == "96")
    assert value.kind == "span" and value.value == pytest.approx(96 * years)
    true = f"In 2023 it took 96 {unit} on average from approval to payment."
    assert align(analyse_span(parse(true)[:]), row).states_all
    false = align(analyse_span(parse(true.replace("96", "71"))[:]), row)
    assert [c.source for c in false.conflicts] == ["96"]
    answer = answer_fact(analyse(f"How many {unit} did it take from approval to payment in 2023?"), row)
    assert answer is not None and answer.text == "96"


@pytest.mark.parametrize(
    "question",
    [
        "In which year did the average wait from approval to first payment come to {v} days?",
        "In what year did the wait between approval and payment reach {v} days?",
        "When did approval-to-payment times average {v} days?",
    ],
)
@pytest.mark.parametrize(("value", "column"), [("48", "2022"), ("96", "2023"), ("71", "2024")])
def test_when_a_value_was_reached_is_its_columns_time(question, value, column):
    """ "In which year did the wait come to 71 days?" against "Average days from approval to first payment | 48 |
    96 | 71": the year of the column holding 71, not the first year the row gives; a value the row never gives is
    no answer."""
    text, spans = joined(
        ["Indicator | 2022 | 2023 | 2024", "Average days from approval to first payment | 48 | 96 | 71"]
    )
    row = analyse_table(text, spans)[1]
    answer = answer_fact(analyse(question.format(v=value)), row)
    assert answer is not None and answer.text == column
    assert answer_fact(analyse(question.format(v="55")), row) is None


RECORDS = [  # rows each the record of a name, and another name of that kind the table does not hold
    ("Partner bank", ["Meridian Savings Bank", "Banca Unita", "First Credit Union"], "Nordvest Bank"),
    ("Contractor", ["Halden Construction Ltd", "Brightway Builders Ltd", "Osk Roads Ltd"], "Tarrow Engineering Ltd"),
    ("Regional office", ["Lisbon", "Madrid", "Vienna"], "Prague"),
]


@pytest.mark.parametrize(("heading", "names", "other"), RECORDS)
@pytest.mark.parametrize(
    ("measure", "values", "question"),
    [
        ("Average fee", ["3.6%", "2.9%", "1.8%"], "What average fee did {name} charge?"),
        ("Contract value (€ million)", ["4.2", "3.1", "1.7"], "How much was the contract value of {name}?"),
    ],
)
def test_a_rows_values_answer_a_question_naming_its_label_not_another_name_of_that_kind(
    heading, names, other, measure, values, question
):
    """A row is the record of the name its label gives: its values answer a question about that name, never one
    about another name of the same kind (its head word the row's name's or the column heading's) that the table
    does not hold; a name of another kind (the buyer of the contracts) leaves the rows to answer."""
    text, spans = joined([f"{heading} | {measure}", *(f"{n} | {v}" for n, v in zip(names, values, strict=True))])
    rows = analyse_table(text, spans)[1:]
    for name, row in zip(names, rows, strict=True):
        assert answer_fact(analyse(question.format(name=name)), row) is not None
    assert all(answer_fact(analyse(question.format(name=other)), row) is None for row in rows)
    buyer = analyse(question.format(name="the Ministry of Finance"))  # a body of no kind the rows hold
    assert all(answer_fact(buyer, row) is not None for row in rows)


@pytest.mark.parametrize(
    ("names", "kind"),
    [(["Lisbon", "Madrid", "Vienna"], "GPE"), (["Meridian Savings Bank", "Banca Unita", "First Credit Union"], "ORG")],
)
@pytest.mark.parametrize("heading", ["Office", "Partner"])
def test_a_label_column_of_names_names_one_kind_and_a_total_is_no_name(names, kind, heading):
    """Each row's name is of the kind the column's names are, though the recogniser missed or mislabelled one; a
    "Total" row names nothing."""
    text, spans = joined([f"{heading} | Average fee", *(f"{n} | 3.6%" for n in [*names, "Total"])])
    rows = analyse_table(text, spans)[1:]
    for name, row in zip(names, rows, strict=False):
        assert [(e.text, e.label) for e in row.names()] == [(name, kind)]
    assert not rows[-1].names()


@pytest.mark.parametrize(
    ("label", "provider", "other"),
    [
        ("Horticulture techniques", "Lutania Agricultural College", "Osk Language Institute"),
        ("Food safety", "Vendra Technical School", "Northern Health Academy"),
    ],
)
@pytest.mark.parametrize("verb", ["taught", "delivered"])
def test_a_claim_naming_a_rows_record_and_another_name_of_its_column_conflicts(label, provider, other, verb):
    """A row is one record: "the food safety module is taught by B" against "Food safety | 30 | A | 93%" names another
    provider than the row's one; naming the row's own is stated."""
    text, spans = joined(["Module | Hours | Provider | Pass rate", f"{label} | 30 | {provider} | 93%"])
    row = analyse_table(text, spans)[1]
    wrong = align(analyse_span(parse(f"The {label.lower()} module is {verb} by the {other}.")[:]), row)
    assert [(c.kind, c.source) for c in wrong.conflicts] == [("name", provider)]
    right = align(analyse_span(parse(f"The {label.lower()} module is {verb} by the {provider}.")[:]), row)
    assert not right.conflicts


@pytest.mark.parametrize(
    ("claim", "stated"),
    [
        ("Close to 10,000 applications were received in 2024.", True),
        ("Around 8,200 applications were received in 2023.", True),
        ("More than 9,000 applications were received in 2024.", True),
        ("Fewer than 6,000 applications were received in 2022.", True),
        ("More than 11,000 applications were received in 2024.", False),
        ("Fewer than 5,000 applications were received in 2022.", False),
    ],
)
def test_an_approximate_or_bounded_value_at_a_time_is_checked_against_that_columns_value(claim, stated):
    text, spans = joined(["Indicator | 2022 | 2023 | 2024", "Applications received | 5,840 | 8,215 | 9,960"])
    row = analyse_table(text, spans)[1]
    alignment = align(analyse_span(parse(claim)[:]), row)
    assert alignment.states_all is stated
    assert bool(alignment.conflicts) is not stated


def _row(header: str, cells: str):
    text = f"{header}\n{cells}"
    return analyse_table(text, [(0, len(header)), (len(header) + 1, len(text))])[-1]


@pytest.mark.parametrize(
    ("qualified", "other", "act"),
    [("Participating firms", "Eligible firms", "participate"), ("Approved projects", "Submitted projects", "approve")],
)
def test_a_participle_in_a_column_heading_says_what_its_values_count(qualified, other, act):
    """ "Eligible firms | Participating firms": both count firms; "235 participating firms" is checked against the
    column its participle names, not the other one."""
    facts = _row(f"District | {other} | {qualified}", "Saltcombe Downs | 235 | 26")
    noun = qualified.split()[-1].lower()
    claimed = f"Saltcombe Downs had {{}} {qualified.lower()}."
    assert [c.kind for c in align(analyse_span(parse(claimed.format(235))[:]), facts).conflicts] == ["count"]
    assert align(analyse_span(parse(claimed.format(26))[:]), facts).states_all
    assert act in {q.act for q in facts.quantities} and noun.rstrip("s") in {q.of for q in facts.quantities}


@pytest.mark.parametrize(
    ("heading", "verb"), [("Apprentices enrolled", "enrolled"), ("Complaints received", "received")]
)
def test_a_heading_read_with_a_value_names_no_doer(heading, verb):
    """ "Apprentices enrolled 392" says what the provider enrolled, not that apprentices did the enrolling: the row's
    roles are those of the words it writes, and the claim naming the row's doer is no rival to its heading."""
    facts = _row(f"Provider | {heading}", "Northgate Academy | 392")
    thing = heading.split()[0].lower()
    claim = analyse_span(parse(f"Northgate Academy {verb} 392 {thing}.")[:])
    assert "role" not in {c.kind for c in align(claim, facts).conflicts}


@pytest.mark.parametrize("heading", ["Apprentice starts", "Project starts", "Business visits"])
def test_a_plural_the_tagger_reads_as_a_verb_is_what_a_heading_counts(heading):
    """ "Apprentice starts" is a count of starts, not apprentices starting: a claim of another count conflicts."""
    facts = _row(f"District | {heading}", "Brenmoor | 712")
    noun = heading.split()[-1].lower()
    assert noun.rstrip("s") in {q.of for q in facts.quantities}
    claimed = analyse_span(parse(f"Brenmoor recorded 700 {heading.lower()}.")[:])
    assert "count" in {c.kind for c in align(claimed, facts).conflicts}


@pytest.mark.parametrize(
    ("caption", "scale"),
    [
        ("Table 1. Budget and expenditure by component (£ million)", 1e6),
        ("Spending by component (EUR thousand)", 1e3),
        ("Table 1. Budget and expenditure by component", None),  # no currency: counts
        ("All figures below are in £ million.", None),  # a sentence, no caption
    ],
)
def test_a_caption_giving_a_currency_makes_the_tables_values_sums(tmp_path, caption, scale):
    """ "Table 1. ... (£ million)" above "| Programme management | 8.0 | 4.4 | 55% |": £8 million budgeted and £4.4
    million spent; the share stays a share, and a column counting a noun ("Projects") stays a count."""
    path = tmp_path / "review.md"
    path.write_text(
        f"# Review\n\n## Budget\n\n{caption}\n\n| Component | Budget | Spent | Share spent | Projects |\n"
        "|---|---|---|---|---|\n| Sea walls | 98.0 | 51.3 | 52% | 4 |\n| Programme management | 8.0 | 4.4 | 55% | 2 |\n",
        encoding="utf-8",
    )
    doc = load_document(path, 10_000_000)
    chunks = chunk_document(doc, lambda text: len(text.split()), ChunkingConfig())
    row = next(f for c in chunks for f in c.facts if doc.text[f.start : f.end].startswith("Programme management"))
    found = [(q.kind, q.value) for q in row.quantities]
    if scale is None:
        assert found == [("count", 8.0), ("count", 4.4), ("percent", 55.0), ("count", 2.0)]
    else:
        assert found == [("amount", 8.0 * scale), ("amount", 4.4 * scale), ("percent", 55.0), ("count", 2.0)]
        claim = analyse_span(parse("Programme management has a budget of £8 million.")[:])
        assert align(claim, row).states_all is (scale == 1e6)


@pytest.mark.parametrize(("cell", "noun"), [("4,380 issues", "issue"), ("1,045 maps", "map"), ("540 tapes", "tape")])
def test_a_cell_naming_its_noun_counts_it(cell, noun):
    """ "Items | 4,380 issues": the cell's own noun is what it counts, not the heading's "items"."""
    text, spans = joined(["Collection | Items | Pages", f"Ardmoor Gazette | {cell} | 35,040"])
    row = analyse_table(text, spans)[1]
    assert [q.of for q in row.quantities if q.kind == "count"] == [noun, "page"]


@pytest.mark.parametrize(
    ("heading", "label", "unit"),
    [("Drains planned (km)", "Quayside", "km"), ("Waste collected (tonnes)", "Northgate", "tonne")],
)
def test_a_unit_in_brackets_makes_a_columns_values_measures(heading, label, unit):
    """ "Drains planned (km) | 11.0": 11 km of drains, which answers "how many kilometres of drains ...?" and is
    checked against "8.5 kilometres"; the unit in a row's label holds for the whole row."""
    for lines in (
        [f"District | {heading} | Reports in 2024", f"{label} | 11.0 | 38"],
        ["District | 2023 | 2024", f"{heading.replace('(', f'in {label} (')} | 9.0 | 11.0"],
    ):
        text, spans = joined(lines)
        row = analyse_table(text, spans)[1]
        measures = [q for q in row.quantities if q.kind == "amount"]
        assert 11.0 in [q.value for q in measures] and {q.of for q in measures} == {unit}
    text, spans = joined([f"District | {heading} | Reports in 2024", f"{label} | 11.0 | 38"])
    row = analyse_table(text, spans)[1]
    noun = parse(heading)[0].lemma_.lower()
    unit_word = {"km": "kilometres", "tonne": "tonnes"}[unit]
    answer = answer_fact(analyse(f"How many {unit_word} of {noun} were recorded for {label}?"), row)
    assert answer is not None and answer.value == 11.0
    verb = heading.split()[1]  # "planned": a value planned is checked against one planned, not one had
    claim = analyse_span(parse(f"{label} {verb} 12 {unit_word} of {noun}.")[:])
    assert [c.kind for c in align(claim, row).conflicts] == ["amount"]


@pytest.mark.parametrize(("status", "said"), [("Not started", "had not started"), ("Complete", "were complete")])
def test_a_words_cell_is_of_its_columns_time(status, said):
    """ "Status at end of 2024 | Not started": the row gives the status at the end of 2024; another year is not
    given (no conflict: the status then is not told)."""
    text, spans = joined(["Collection | Items | Status at end of 2024", f"Parish registers | 540 tapes | {status}"])
    row = analyse_table(text, spans)[1]
    stated = align(analyse_span(parse(f"The parish registers {said} by the end of 2024.")[:]), row)
    assert stated.states_all and not stated.conflicts
    other = align(analyse_span(parse(f"The parish registers {said} by the end of 2022.")[:]), row)
    assert not other.states_all and not other.conflicts


@pytest.mark.parametrize(
    "heading", ["Change in emergency admissions (%)", "Reduction in waiting times", "Growth in sales"]
)
@pytest.mark.parametrize(("place", "change"), [("Upper Fenn", "-12"), ("Saltcombe Downs", "8")])
def test_a_column_naming_a_change_gives_each_rows_extent_of_change(heading, place, change):
    """ "Change in X (%) | -12": the row's value is the size of its change, the answer to "by how much did X
    change in <row>?"; a column of levels beside it is none."""
    facts = _row(f"District | Home visits | {heading}", f"{place} | 6,900 | {change}")
    by_text = {q.text: q for q in facts.quantities}
    assert by_text[change].qualifies == "change" and by_text["6,900"].qualifies == ""
    subject = " ".join(heading.split()[2:]).replace(" (%)", "")
    fact = answer_fact(analyse(f"By how much did {subject} change in {place}?"), facts)
    assert fact is not None and fact.text == change
