"""graph.viz.layout: positions for large graphs, computed in Python."""

import math

import networkx as nx

from graph.viz.layout import MIN_GAP, bounds, positions


def distance(p, q):
    return math.hypot(p[0] - q[0], p[1] - q[1])


def test_every_node_gets_a_finite_position():
    g = nx.barabasi_albert_graph(300, 2, seed=3)
    g.add_nodes_from(["lonely", "alone"])
    pos = positions(g)
    assert set(pos) == set(g.nodes)
    assert all(math.isfinite(x) and math.isfinite(y) for x, y in pos.values())


def test_a_hubs_leaves_are_fanned_out_not_stacked():
    star = nx.star_graph(200)
    pos = positions(star)
    leaves = [pos[i] for i in range(1, 201)]
    closest = min(distance(p, q) for i, p in enumerate(leaves) for q in leaves[i + 1:])
    assert closest > MIN_GAP / 4


def test_neighbours_sit_closer_than_strangers():
    g = nx.connected_watts_strogatz_graph(400, 4, 0.05, seed=1)
    pos = positions(g)
    linked = sum(distance(pos[a], pos[b]) for a, b in g.edges) / g.number_of_edges()
    nodes = list(g.nodes)
    strangers = sum(distance(pos[nodes[i]], pos[nodes[(i * 97 + 13) % 400]]) for i in range(400)) / 400
    assert linked * 3 < strangers


def test_components_do_not_overlap():
    g = nx.disjoint_union_all([nx.cycle_graph(30), nx.path_graph(10), nx.complete_graph(6)])
    pos = positions(g)
    boxes = [bounds({n: pos[n] for n in c}) for c in nx.connected_components(g)]
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert a[2] < b[0] or b[2] < a[0] or a[3] < b[1] or b[3] < a[1]


def test_the_same_graph_gets_the_same_layout():
    g = nx.barabasi_albert_graph(200, 2, seed=5)
    assert positions(g) == positions(g)


def test_positions_of_lists_agree_with_the_graph_and_ignore_repeats_and_loops():
    from graph.viz.layout import positions_of

    g = nx.barabasi_albert_graph(120, 2, seed=4)
    links = list(g.edges) + [(b, a) for a, b in list(g.edges)[:30]] + [(5, 5), (7, 7)]
    assert positions_of(list(g), links) == positions(g)
    assert positions_of([], []) == {} and positions_of(["alone"], []) == {"alone": (0.0, 0.0)}


def test_a_dense_graph_gets_a_spot_per_node_and_keeps_neighbours_near():
    g = nx.gnm_random_graph(600, 9000, seed=2)  # many links per node: pushes come from the nearest only
    pos = positions(g)
    assert len(set(pos.values())) == 600
    linked = sum(distance(pos[a], pos[b]) for a, b in g.edges) / g.number_of_edges()
    nodes = list(g.nodes)
    strangers = sum(distance(pos[nodes[i]], pos[nodes[(i * 97 + 13) % 600]]) for i in range(600)) / 600
    assert linked < strangers
