"""Exact maximum-weight matching for bench/pairing, computed by networkx (Debian's
python3-networkx). Reads a graph {"n": int, "edges": [[u, v, w], ...]} from the file named
on the command line and prints one JSON line: the matching's total weight, its pairs, and
how long networkx took. Called by pairing.bench.ts only, never by tests."""
import json
import sys
import time

import networkx as nx


def main() -> None:
    with open(sys.argv[1], encoding="utf-8") as handle:
        graph = json.load(handle)
    g = nx.Graph()
    g.add_nodes_from(range(graph["n"]))
    for u, v, w in graph["edges"]:
        g.add_edge(u, v, weight=w)
    started = time.perf_counter()
    matching = nx.max_weight_matching(g, maxcardinality=False, weight="weight")
    seconds = time.perf_counter() - started
    total = sum(g[u][v]["weight"] for u, v in matching)
    pairs = sorted([min(u, v), max(u, v)] for u, v in matching)
    print(json.dumps({"weight": total, "pairs": pairs, "seconds": seconds, "networkx": nx.__version__}))


if __name__ == "__main__":
    main()
