"""Sentence splitting keeps exact spans, quotations, abbreviations and lists together."""

from __future__ import annotations

from claims.extraction.sentences import split_sentences


def test_spans_are_exact_and_abbreviations_do_not_split():
    text = "Selon M. Dupont, les noms ont été volés. « Rien d'autre. Vraiment », a dit J. Martin.\nLire aussi"
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "Selon M. Dupont, les noms ont été volés.",
        "« Rien d'autre. Vraiment », a dit J. Martin.",
        "Lire aussi",
    ]
    assert all(text[s.start:s.end] == s.text for s in sentences)
    assert [s.kind for s in sentences] == ["sentence", "sentence", "line"]


def test_a_list_stays_with_its_lead():
    text = "Les données sont :\n- nom ;\n- âge.\nFin de l'article."
    sentences = split_sentences(text)
    assert sentences[0].kind == "list" and sentences[0].text.endswith("âge.")
    assert sentences[1].text == "Fin de l'article."


def test_decimal_numbers_do_not_split():
    assert len(split_sentences("Il y a 1,4 million de patients. Et 2.5 de plus.")) == 2


def test_a_hostile_run_without_spaces_still_splits_at_its_sentence_ends():
    # thousands of quotation marks glued together, then ordinary sentences: every full stop is read
    # with its own word (the lookback is bounded, so the page costs linear time, docs/claims.md)
    text = '"' * 4000 + " Les pirates ont volé des noms. M. Dupont a porté plainte. Il attend."
    sentences = [s.text for s in split_sentences(text)]
    assert sentences[-2:] == ["M. Dupont a porté plainte.", "Il attend."]
