"""Connected components of a graph given as edge arrays (QGIS-free, vectorised).

Used to join touching fence segments into barrier runs (core/fence.py), connected route
pieces into routes (core/spacing.py) and overlapping buffers into dissolve groups (core/nogo.py).
"""

import numpy as np


def components(n, u, v) -> np.ndarray:
    """Label of each of ``n`` nodes joined by edges (u[k], v[k]): the smallest node index of
    its component.

    Vectorised union-find: hook each edge's larger root onto the smaller one, then jump
    pointers until every node points at its root; repeat until no edge joins two roots.

    Parameters
    ----------
    n : int
        Number of nodes (0 .. n - 1).
    u, v : array_like of int
        The two ends of each edge.

    Returns
    -------
    numpy.ndarray
        For each node, the smallest node index of its component.

    Examples
    --------
    >>> components(5, [0, 3], [1, 4]).tolist()
    [0, 0, 2, 3, 3]
    """
    parent = np.arange(n)
    u = np.asarray(u, dtype=np.int64)
    v = np.asarray(v, dtype=np.int64)
    if len(u) == 0:
        return parent
    while True:
        pu, pv = parent[u], parent[v]
        lo, hi = np.minimum(pu, pv), np.maximum(pu, pv)
        differ = lo != hi
        if not differ.any():
            return parent
        np.minimum.at(parent, hi[differ], lo[differ])
        while True:  # pointer jumping until every node points at its root
            grand = parent[parent]
            if np.array_equal(grand, parent):
                break
            parent = grand


def first_appearance(labels) -> np.ndarray:
    """``labels`` renumbered 0, 1, ... in the order each label first appears."""
    labels = np.asarray(labels)
    if len(labels) == 0:
        return labels
    _, first, inverse = np.unique(labels, return_index=True, return_inverse=True)
    return np.argsort(np.argsort(first))[inverse]
