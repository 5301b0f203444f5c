"""Node positions for large graphs, computed fast enough to skip the browser's physics.

networkx's spring layout costs about two seconds per iteration at 5,000 nodes here, so large
pages use pivot MDS instead (Brandes & Pich, 2006): breadth-first distances from a few dozen
pivot nodes, projected to the plane by a small SVD, then a few rounds that push apart nodes
drawn on top of each other. Each connected component is laid out alone and the components are
packed in rows, largest first.

>>> import networkx as nx
>>> pos = positions(nx.path_graph(5))
>>> sorted(pos) == [0, 1, 2, 3, 4]
True
>>> round(abs(pos[0][0] - pos[4][0]) + abs(pos[0][1] - pos[4][1])) > 0
True
"""

from __future__ import annotations

EDGE_LENGTH = 120.0  # canvas units between neighbours, about what vis's physics settles on
MIN_GAP = 40.0  # closest two node centres may be after separation
PIVOTS = 40


def positions(graph, seed: int = 7) -> dict:
    """A position (x, y) for every node of a networkx graph (parallel links count once)."""
    return positions_of(list(graph), graph.edges(), seed)


def positions_of(nodes: list, links, seed: int = 7) -> dict:
    """A position (x, y) for each of `nodes`, linked by the (a, b) pairs `links`."""
    import numpy as np
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    if not nodes:
        return {}
    rng = np.random.default_rng(seed)
    index = {node: i for i, node in enumerate(nodes)}
    pairs = {(min(index[a], index[b]), max(index[a], index[b])) for a, b in links if a != b}
    ends = np.array(sorted(pairs), dtype=np.int64).reshape(-1, 2)
    linked = coo_matrix((np.ones(len(ends)), (ends[:, 0], ends[:, 1])), shape=(len(nodes), len(nodes)))
    matrix = (linked + linked.T).tocsr()
    _, labels = connected_components(matrix, directed=False)
    by_component = np.split(np.argsort(labels, kind="stable"), np.cumsum(np.bincount(labels))[:-1])
    laid_out = [component_positions(matrix, members, rng)
                for members in sorted(by_component, key=len, reverse=True)]
    return {nodes[i]: xy for i, xy in pack(laid_out).items()}


def component_positions(matrix, members, rng) -> dict:
    """Positions of one connected component (node indices `members` of the adjacency
    `matrix`), centred on the origin."""
    import numpy as np
    from scipy.sparse import triu

    if len(members) <= 2:
        return {int(node): (i * EDGE_LENGTH, 0.0) for i, node in enumerate(members)}
    part = matrix[members][:, members]
    upper = triu(part, k=1).tocoo()
    ends = np.column_stack((upper.row, upper.col)).astype(np.int64)
    coords = pivot_mds(part.tocsr(), rng)
    lengths = np.linalg.norm(coords[ends[:, 0]] - coords[ends[:, 1]], axis=1)
    coords = spread(coords * EDGE_LENGTH / max(float(lengths.mean()), 1e-9))
    coords += rng.normal(scale=MIN_GAP / 4, size=coords.shape)  # split nodes at the same spot
    rounds = max(5, min(30, 150_000 // len(members)))  # keeps 20,000 nodes within seconds
    coords = separate(relax(coords, ends, rounds))
    coords -= coords.mean(axis=0)
    return {int(node): (float(x), float(y)) for node, (x, y) in zip(members, coords)}


def pivot_mds(matrix, rng):
    """2-D coordinates whose distances follow the hop distances of a connected adjacency."""
    import numpy as np
    from scipy.sparse.csgraph import shortest_path

    size = matrix.shape[0]
    count = min(PIVOTS, size)
    pivot = int(rng.integers(size))
    distances = np.empty((size, count))
    nearest = np.full(size, np.inf)
    for column in range(count):  # farthest-first: each pivot is the node farthest from the rest
        distances[:, column] = shortest_path(matrix, unweighted=True, indices=pivot)
        nearest = np.minimum(nearest, distances[:, column])
        pivot = int(np.argmax(nearest))
    squared = distances ** 2
    centred = squared - squared.mean(axis=0) - squared.mean(axis=1)[:, None] + squared.mean()
    centred *= -0.5
    _, vectors = np.linalg.eigh(centred.T @ centred)  # pivots x pivots: small
    return centred @ vectors[:, -2:]


def spread(coords):
    """Scale up a layout too dense to give every node room (a hub's leaves share one spot)."""
    import numpy as np

    extent = np.ptp(coords, axis=0).clip(min=MIN_GAP)
    room = float(extent[0] * extent[1]) / len(coords)
    wanted = (2 * MIN_GAP) ** 2
    return coords * np.sqrt(wanted / room) if room < wanted else coords


def relax(coords, ends, rounds: int = 30):
    """Fruchterman-Reingold with the grid trick: neighbours pull, nodes within a few edge
    lengths push, and the step shrinks each round. Pivot MDS puts a hub's leaves in one spot;
    this fans them out around it. Each node is pushed by its PUSHERS nearest nodes within
    reach only (all of them on a sparse page): on a dense page of thousands of nodes and tens
    of thousands of links, every pair within reach made a million pairs a round."""
    import numpy as np

    k = EDGE_LENGTH
    for step in np.linspace(k, k / 20, rounds):
        force = np.zeros_like(coords)
        near, pushed = nearby(coords, 1.5 * k)
        if len(near):
            delta = coords[pushed] - coords[near]
            length = np.maximum(np.sqrt((delta * delta).sum(axis=1, keepdims=True)), 1e-6)
            push = delta / length * (k * k / length)
            for axis in (0, 1):
                force[:, axis] += np.bincount(pushed, push[:, axis], len(force))
        delta, length = offsets(coords, ends)
        add_forces(force, ends, -delta / length * (length * length / k))
        size = np.maximum(np.linalg.norm(force, axis=1, keepdims=True), 1e-9)
        coords = coords + force / size * np.minimum(size, step)
    return coords


PUSHERS = 16


def nearby(coords, reach: float):
    """(pusher, pushed) index arrays: each node with its PUSHERS nearest others within reach."""
    import numpy as np
    from scipy.spatial import cKDTree

    count = min(PUSHERS + 1, len(coords))
    distances, found = cKDTree(coords).query(coords, k=count, distance_upper_bound=reach)
    distances, found = distances.reshape(len(coords), -1), found.reshape(len(coords), -1)
    rows = np.repeat(np.arange(len(coords)), found.shape[1]).reshape(found.shape)
    keep = np.isfinite(distances) & (found != rows)
    return found[keep], rows[keep]


def offsets(coords, pairs):
    import numpy as np

    delta = coords[pairs[:, 0]] - coords[pairs[:, 1]]
    return delta, np.maximum(np.linalg.norm(delta, axis=1, keepdims=True), 1e-6)


def add_forces(force, pairs, push) -> None:
    """Add `push` to the first node of each pair and take it from the second."""
    import numpy as np

    for axis in (0, 1):
        force[:, axis] += np.bincount(pairs[:, 0], push[:, axis], len(force))
        force[:, axis] -= np.bincount(pairs[:, 1], push[:, axis], len(force))


def separate(coords, rounds: int = 6):
    """Push apart every pair of nodes closer than MIN_GAP, a few times over."""
    import numpy as np
    from scipy.spatial import cKDTree

    for _ in range(rounds):
        pairs = cKDTree(coords).query_pairs(MIN_GAP, output_type="ndarray")
        if not len(pairs):
            break
        delta, length = offsets(coords, pairs)
        moves = np.zeros_like(coords)
        add_forces(moves, pairs, delta / length * (MIN_GAP - length) / 2)
        coords = coords + np.clip(moves, -MIN_GAP, MIN_GAP)
    return coords


def pack(laid_out: list[dict]) -> dict:
    """Place component layouts in rows, largest first, without overlap."""
    import math

    boxes = [bounds(p) for p in laid_out]
    area = sum((b[2] - b[0] + MIN_GAP) * (b[3] - b[1] + MIN_GAP) for b in boxes)
    row_width = max(math.sqrt(area) * 1.2, max((b[2] - b[0] for b in boxes), default=0))
    placed, x, y, row_height = {}, 0.0, 0.0, 0.0
    for pos, (x0, y0, x1, y1) in zip(laid_out, boxes):
        if x > 0 and x + (x1 - x0) > row_width:
            x, y, row_height = 0.0, y + row_height + 2 * MIN_GAP, 0.0
        placed.update({n: (px - x0 + x, py - y0 + y) for n, (px, py) in pos.items()})
        x += (x1 - x0) + 2 * MIN_GAP
        row_height = max(row_height, y1 - y0)
    return placed


def bounds(pos: dict) -> tuple[float, float, float, float]:
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    return min(xs), min(ys), max(xs), max(ys)
