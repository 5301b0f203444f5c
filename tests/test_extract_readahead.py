"""A huge text's next block of sentences is read in a second process; the draft is the same."""

import os

import pytest

from extract_helpers import summary
from graph.model.errors import InvalidData
from graph.extract import pipeline, readahead


@pytest.fixture
def two_cores(monkeypatch):
    monkeypatch.setattr(readahead.os, "cpu_count", lambda: 2)


def where_read(block):
    return block, os.getpid()


def test_blocks_after_the_first_are_read_in_a_worker_and_come_back_in_order(two_cores):
    blocks = [[1, 2], [3], [4, 5, 6], [7]]
    results = list(readahead.read_ahead(where_read, blocks))
    assert [block for block, _ in results] == blocks
    assert results[0][1] == os.getpid()
    assert all(pid != os.getpid() for _, pid in results[1:])


def test_one_block_is_read_here(two_cores):
    assert list(readahead.read_ahead(where_read, [[1]])) == [([1], os.getpid())]


def refuse_the_second(block):
    if block == ["bad"]:
        raise InvalidData("bad block")
    return block


def test_an_error_in_the_worker_reaches_the_caller(two_cores):
    with pytest.raises(InvalidData, match="bad block"):
        list(readahead.read_ahead(refuse_the_second, [["good"], ["bad"], ["good"]]))


NEWS = ("Orbit Labs signed a supply agreement with Samsung Electronics on March 3, 2025. "
        "Dana Park, chief executive of Orbit Labs, said the deal doubles its output. "
        "Kestrel Bank and Zeta Motors agreed to form a joint venture in Seoul. "
        "The two companies will invest $2 billion in it. "
        "Orbit also signed a memorandum of understanding with OpenAI. "
        "Nova Labs raised $50 million in a round led by Zeta Capital, according to people familiar with it. ") * 4


def test_a_text_read_ahead_in_blocks_gives_the_draft_read_in_order(two_cores, monkeypatch):
    monkeypatch.setattr(pipeline, "BLOCK_SENTENCES", 4)
    ahead = summary(NEWS)
    monkeypatch.setattr(readahead, "can_fork", lambda: False)
    assert summary(NEWS) == ahead
    assert {tuple(d["parties"]) for d in ahead["deals"]} >= {("Orbit Labs", "Samsung Electronics"),
                                                            ("Kestrel Bank", "Zeta Motors"), ("Nova Labs", "Zeta Capital")}


def where_read_more(block):
    return block, "more"


def test_the_worker_reads_more_where_asked_and_this_process_reads_as_before(two_cores):
    results = list(readahead.read_ahead(where_read, [[1], [2], [3]], read_more=where_read_more))
    assert [how for _, how in results] == [os.getpid(), "more", "more"]


def test_a_sentence_read_ahead_knows_its_cues_and_which_sentence_patterns_cannot_match():
    from graph.extract.claims import REPORTED
    from graph.extract.gazetteer import Gazetteer
    from graph.extract.rounds import RAISED
    from graph.extract.text import split_sentences
    text = "Nova Labs raised $50 million from Zeta Capital, according to people familiar with it."
    spans = list(enumerate(split_sentences(text)))
    ahead, = pipeline.read_sentences(spans, Gazetteer([]), frozenset(), ahead=True)
    plain, = pipeline.read_sentences(spans, Gazetteer([]), frozenset())
    assert plain.found is None and "cues" not in plain.cache
    assert ahead.search(REPORTED) is not None and ahead.search(RAISED) is not None and ahead.cache["cues"]
    ahead.found = frozenset()  # as if the read-ahead had found no pattern: the facts pass does not look
    assert ahead.search(REPORTED) is None and plain.search(REPORTED) is not None


def test_a_sentence_travels_between_the_processes_with_plain_tuples_for_tokens():
    import pickle
    from graph.extract.gazetteer import Gazetteer
    from graph.extract.text import Token, split_sentences
    text = "Nova Labs signed a supply agreement with Zeta Capital on March 3, 2025."
    sentence, = pipeline.read_sentences(list(enumerate(split_sentences(text))), Gazetteer([]), frozenset(), ahead=True)
    assert type(sentence.__getstate__()["tokens"][0]) is tuple  # named tuples pickle several times slower
    copy = pickle.loads(pickle.dumps(sentence))
    assert copy.tokens == sentence.tokens and all(type(t) is Token for t in copy.tokens)
    assert [m.text for m in copy.mentions] == [m.text for m in sentence.mentions] and copy.cache == sentence.cache
