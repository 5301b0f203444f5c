"""graph.answers.network.path_topology: the path search's bounded read agrees with the whole topology."""

from __future__ import annotations

import random

import networkx as nx
import pytest
from scale_fixtures import write_synth

from graph.store.load import load_files
from graph.answers.network import path_topology, topology


@pytest.fixture
def synth_store(seed_store, tmp_path):
    load_files(seed_store, [write_synth(tmp_path / "deals.nt", 6000, seed=21)])
    return seed_store


def test_same_shortest_lengths_and_only_real_edges(synth_store):
    whole = topology(synth_store)
    nodes = sorted(n for n in whole if n.startswith("https://dealgraph.org/id/"))
    pairs = [tuple(random.Random(seed).sample(nodes, 2)) for seed in range(12)]
    pairs.append(("https://dealgraph.org/id/openai", "https://dealgraph.org/id/chey-tae-won"))
    for a, b in pairs:
        part = path_topology(synth_store, a, b)
        assert set(map(frozenset, part.edges)) <= set(map(frozenset, whole.edges)), (a, b)
        if nx.has_path(whole, a, b):
            assert nx.shortest_path_length(part, a, b) == nx.shortest_path_length(whole, a, b), (a, b)
        else:
            assert not nx.has_path(part, a, b)


def test_reads_far_less_than_the_whole_topology_for_near_entities(synth_store):
    whole = topology(synth_store)
    a = min(sorted(whole), key=whole.degree)
    b = sorted(whole[a])[0]
    part = path_topology(synth_store, a, b)
    assert nx.shortest_path_length(part, a, b) == 1
    assert part.number_of_nodes() <= whole.degree(a) + 1 < whole.number_of_nodes() / 5


def test_no_path_to_an_entity_without_links(synth_store):
    lonely = "https://dealgraph.org/id/nobody-links-here"
    part = path_topology(synth_store, "https://dealgraph.org/id/openai", lonely)
    assert not nx.has_path(part, "https://dealgraph.org/id/openai", lonely)
