/**
 * The candidate graph in compressed sparse rows: one Int32Array of neighbours and one
 * Float64Array of weights for all members. At 100,000 members and a few million edges,
 * per-member arrays of objects would cost several times the memory and the time.
 */

export interface WeightedGraph {
  readonly n: number;
  /** Row i is adj[start[i] .. start[i+1]), heaviest first, ties by neighbour index. */
  readonly start: Int32Array;
  readonly adj: Int32Array;
  readonly w: Float64Array;
  /** Undirected edges (each is stored in both rows). */
  readonly edges: number;
}

/** array[index]++ that the type checker accepts with noUncheckedIndexedAccess: returns the old value. */
export function bump(array: Int32Array, index: number): number {
  const value = array[index] as number;
  array[index] = value + 1;
  return value;
}

/** A growable list of undirected edges; duplicates are allowed and removed by `toGraph`. */
export class EdgeBuffer {
  private us = new Int32Array(1024);
  private vs = new Int32Array(1024);
  private ws = new Float64Array(1024);
  length = 0;

  add(u: number, v: number, w: number): void {
    if (this.length === this.us.length) {
      const size = this.length * 2;
      const us = new Int32Array(size);
      const vs = new Int32Array(size);
      const ws = new Float64Array(size);
      us.set(this.us);
      vs.set(this.vs);
      ws.set(this.ws);
      this.us = us;
      this.vs = vs;
      this.ws = ws;
    }
    this.us[this.length] = u;
    this.vs[this.length] = v;
    this.ws[this.length] = w;
    this.length++;
  }

  /** The CSR graph on n vertices: both directions stored, rows sorted, duplicates dropped. */
  toGraph(n: number): WeightedGraph {
    const degree = new Int32Array(n + 1);
    for (let e = 0; e < this.length; e++) {
      bump(degree, (this.us[e] as number) + 1);
      bump(degree, (this.vs[e] as number) + 1);
    }
    for (let i = 0; i < n; i++) degree[i + 1] = (degree[i + 1] as number) + (degree[i] as number);
    const fill = degree.slice(0, n);
    const adj = new Int32Array(degree[n] as number);
    const w = new Float64Array(degree[n] as number);
    for (let e = 0; e < this.length; e++) {
      const u = this.us[e] as number;
      const v = this.vs[e] as number;
      const weight = this.ws[e] as number;
      let at = bump(fill, u);
      adj[at] = v;
      w[at] = weight;
      at = bump(fill, v);
      adj[at] = u;
      w[at] = weight;
    }
    return compact(n, degree, adj, w);
  }
}

/** True when (wa, a) should come before (wb, b): heavier first, then lower index. */
function before(wa: number, a: number, wb: number, b: number): boolean {
  return wa > wb || (wa === wb && a < b);
}

function sortRow(adj: Int32Array, w: Float64Array, from: number, to: number): void {
  if (to - from <= 48) {
    for (let p = from + 1; p < to; p++) {
      const a = adj[p] as number;
      const wa = w[p] as number;
      let q = p - 1;
      while (q >= from && before(wa, a, w[q] as number, adj[q] as number)) {
        adj[q + 1] = adj[q] as number;
        w[q + 1] = w[q] as number;
        q--;
      }
      adj[q + 1] = a;
      w[q + 1] = wa;
    }
    return;
  }
  const order = Array.from({ length: to - from }, (_, k) => from + k);
  order.sort((x, y) => (w[y] as number) - (w[x] as number) || (adj[x] as number) - (adj[y] as number));
  const a2 = order.map((p) => adj[p] as number);
  const w2 = order.map((p) => w[p] as number);
  adj.set(a2, from);
  w.set(w2, from);
}

/** Sorts every row and squeezes out repeated neighbours (the same edge proposed twice). */
function compact(n: number, start: Int32Array, adj: Int32Array, w: Float64Array): WeightedGraph {
  const outStart = new Int32Array(n + 1);
  let out = 0;
  for (let i = 0; i < n; i++) {
    const from = start[i] as number;
    const to = start[i + 1] as number;
    sortRow(adj, w, from, to);
    outStart[i] = out;
    for (let p = from; p < to; p++) {
      const v = adj[p] as number;
      // Equal edges have equal weights, so duplicates sit next to each other after sorting.
      if (p > from && v === adj[p - 1] && w[p] === w[p - 1]) continue;
      adj[out] = v;
      w[out] = w[p] as number;
      out++;
    }
  }
  outStart[n] = out;
  return { n, start: outStart, adj: adj.slice(0, out), w: w.slice(0, out), edges: out / 2 };
}

/** The weight of edge (u, v) in the graph, or undefined if it is not there. */
export function edgeWeight(graph: WeightedGraph, u: number, v: number): number | undefined {
  const end = graph.start[u + 1] as number;
  for (let p = graph.start[u] as number; p < end; p++) if (graph.adj[p] === v) return graph.w[p];
  return undefined;
}
