"""What the embedding model reads: the stored text with each web address replaced."""

from __future__ import annotations

import numpy as np
import pytest

from knowledge.embeddings import model_text


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "To read the report, please go to https://www.iom.int/world-migration-report-2018",
            "To read the report, please go to a web link",
        ),
        ("See www.example.org/a?b=1, then (https://x.y/z).", "See a web link, then (a web link)."),
        ('Quoted "http://a.b/c".', 'Quoted "a web link".'),
        ("No address here: IOM.int is not one.", "No address here: IOM.int is not one."),
    ],
)
def test_model_text_replaces_web_addresses_only(text, expected):
    assert model_text(text) == expected


def test_a_link_line_no_longer_looks_like_every_question_about_the_report(embeddings):
    question = "What does chapter 5 of the World Migration Report 2018 examine?"
    link = "To read the report, please go to https://www.iom.int/world-migration-report-2018"
    answer = (
        "This chapter examines how such developments can contribute to more effective global governance of "
        "international migration."
    )
    q = np.asarray(embeddings.embed_query(question))
    link_vector, answer_vector = (np.asarray(v) for v in embeddings.embed_documents([link, answer]))
    assert q @ answer_vector > q @ link_vector
    # the query goes through the same reading as the documents
    assert np.allclose(embeddings.embed_query(link), link_vector, atol=1e-5)
