/**
 * Exact maximum-weight matching on a general graph: Edmonds' blossom algorithm with dual
 * variables, in the O(n³) form of Galil (1986), following Joris van Rantwijk's public
 * domain reference implementation (the one networkx adapts). Used where the candidate
 * graph is small enough; large rounds use greedy plus local improvement instead.
 *
 * Weights are scaled to even integers first, so every dual update is exact: with floats, a
 * slack of 1e-17 instead of 0 can keep an edge from ever becoming tight. The result is
 * optimal for the rounded weights, within n·2⁻²⁸ of optimal for the real ones.
 */
import type { Matching } from './greedy.matching.ts';
import { bump, type WeightedGraph } from './weighted-graph.ts';

/** Weights are multiplied by this and rounded: exact integers far below 2^53 for weights up to ~10^6. */
const SCALE = 2 ** 28;

/**
 * The maximum-weight matching of the graph's edges (positive edges only; the graph is
 * undirected, each edge stored in both rows). Not the maximum-cardinality one: a pair
 * worth nothing is not added.
 */
export function exactMatching(graph: WeightedGraph): Matching {
  const nvertex = graph.n;
  // Edge list from the CSR rows (u < v once each).
  let nedge = 0;
  for (let u = 0; u < nvertex; u++) {
    for (let p = graph.start[u] as number; p < (graph.start[u + 1] as number); p++) {
      if (u < (graph.adj[p] as number) && (graph.w[p] as number) > 0) nedge++;
    }
  }
  const eu = new Int32Array(nedge);
  const ev = new Int32Array(nedge);
  /** Twice the scaled weight: what a slack is measured against. */
  const ew2 = new Float64Array(nedge);
  const original = new Float64Array(nedge);
  let e = 0;
  for (let u = 0; u < nvertex; u++) {
    for (let p = graph.start[u] as number; p < (graph.start[u + 1] as number); p++) {
      const v = graph.adj[p] as number;
      const w = graph.w[p] as number;
      if (u < v && w > 0) {
        eu[e] = u;
        ev[e] = v;
        ew2[e] = 2 * Math.round(w * SCALE);
        original[e] = w;
        e++;
      }
    }
  }
  const mateOut = new Int32Array(nvertex).fill(-1);
  const weightOut = new Float64Array(nvertex);
  if (nedge === 0) return { mate: mateOut, weight: weightOut };

  let maxweight = 0;
  for (let k = 0; k < nedge; k++) if ((ew2[k] as number) / 2 > maxweight) maxweight = (ew2[k] as number) / 2;
  // endpoint[p]: the vertex at end p of edge p>>1 (p even: u, p odd: v).
  const endpoint = new Int32Array(2 * nedge);
  for (let k = 0; k < nedge; k++) {
    endpoint[2 * k] = eu[k] as number;
    endpoint[2 * k + 1] = ev[k] as number;
  }
  // neighbend[v]: the remote endpoints of v's edges.
  const neighbStart = new Int32Array(nvertex + 1);
  for (let k = 0; k < nedge; k++) {
    bump(neighbStart, (eu[k] as number) + 1);
    bump(neighbStart, (ev[k] as number) + 1);
  }
  for (let v = 0; v < nvertex; v++)
    neighbStart[v + 1] = (neighbStart[v + 1] as number) + (neighbStart[v] as number);
  const neighbend = new Int32Array(2 * nedge);
  const fill = neighbStart.slice(0, nvertex);
  for (let k = 0; k < nedge; k++) {
    neighbend[bump(fill, eu[k] as number)] = 2 * k + 1;
    neighbend[bump(fill, ev[k] as number)] = 2 * k;
  }

  const mate = new Int32Array(nvertex).fill(-1);
  const label = new Int8Array(2 * nvertex);
  const labelend = new Int32Array(2 * nvertex).fill(-1);
  const inblossom = Int32Array.from({ length: nvertex }, (_, i) => i);
  const blossomparent = new Int32Array(2 * nvertex).fill(-1);
  const blossomchilds: (number[] | null)[] = new Array(2 * nvertex).fill(null);
  const blossombase = new Int32Array(2 * nvertex).fill(-1);
  for (let v = 0; v < nvertex; v++) blossombase[v] = v;
  const blossomendps: (number[] | null)[] = new Array(2 * nvertex).fill(null);
  const bestedge = new Int32Array(2 * nvertex).fill(-1);
  const blossombestedges: (number[] | null)[] = new Array(2 * nvertex).fill(null);
  const unusedblossoms: number[] = [];
  for (let b = nvertex; b < 2 * nvertex; b++) unusedblossoms.push(b);
  const dualvar = new Float64Array(2 * nvertex);
  for (let v = 0; v < nvertex; v++) dualvar[v] = maxweight;
  const allowedge = new Uint8Array(nedge);
  let queue: number[] = [];

  const slack = (k: number) =>
    (dualvar[eu[k] as number] as number) + (dualvar[ev[k] as number] as number) - (ew2[k] as number);

  const blossomLeaves = (b: number, out: number[] = []): number[] => {
    if (b < nvertex) {
      out.push(b);
      return out;
    }
    const stack = [b];
    while (stack.length > 0) {
      const t = stack.pop() as number;
      const childs = blossomchilds[t] as number[];
      for (let c = childs.length - 1; c >= 0; c--) {
        const s = childs[c] as number;
        if (s < nvertex) out.push(s);
        else stack.push(s);
      }
    }
    return out;
  };

  const assignLabel = (w0: number, t0: number, p0: number): void => {
    let w = w0;
    let t = t0;
    let p = p0;
    for (;;) {
      const b = inblossom[w] as number;
      label[w] = t;
      label[b] = t;
      labelend[w] = p;
      labelend[b] = p;
      bestedge[w] = -1;
      bestedge[b] = -1;
      if (t === 1) {
        blossomLeaves(b, queue);
        return;
      }
      // t === 2: the mate of the base becomes an S-vertex.
      const base = blossombase[b] as number;
      const mb = mate[base] as number;
      w = endpoint[mb] as number;
      t = 1;
      p = mb ^ 1;
    }
  };

  const scanBlossom = (v0: number, w0: number): number => {
    const path: number[] = [];
    let base = -1;
    let v = v0;
    let w = w0;
    while (v !== -1 || w !== -1) {
      let b = inblossom[v] as number;
      if ((label[b] as number) & 4) {
        base = blossombase[b] as number;
        break;
      }
      path.push(b);
      label[b] = 5;
      if (labelend[b] === -1) {
        v = -1;
      } else {
        v = endpoint[labelend[b] as number] as number;
        b = inblossom[v] as number;
        v = endpoint[labelend[b] as number] as number;
      }
      if (w !== -1) {
        const tmp = v;
        v = w;
        w = tmp;
      }
    }
    for (const b of path) label[b] = 1;
    return base;
  };

  const addBlossom = (base: number, k: number): void => {
    let v = eu[k] as number;
    let w = ev[k] as number;
    const bb = inblossom[base] as number;
    let bv = inblossom[v] as number;
    let bw = inblossom[w] as number;
    const b = unusedblossoms.pop() as number;
    blossombase[b] = base;
    blossomparent[b] = -1;
    blossomparent[bb] = b;
    const path: number[] = [];
    const endps: number[] = [];
    blossomchilds[b] = path;
    blossomendps[b] = endps;
    while (bv !== bb) {
      blossomparent[bv] = b;
      path.push(bv);
      endps.push(labelend[bv] as number);
      v = endpoint[labelend[bv] as number] as number;
      bv = inblossom[v] as number;
    }
    path.push(bb);
    path.reverse();
    endps.reverse();
    endps.push(2 * k);
    while (bw !== bb) {
      blossomparent[bw] = b;
      path.push(bw);
      endps.push((labelend[bw] as number) ^ 1);
      w = endpoint[labelend[bw] as number] as number;
      bw = inblossom[w] as number;
    }
    label[b] = 1;
    labelend[b] = labelend[bb] as number;
    dualvar[b] = 0;
    for (const leaf of blossomLeaves(b)) {
      if (label[inblossom[leaf] as number] === 2) queue.push(leaf);
      inblossom[leaf] = b;
    }
    const bestedgeto = new Map<number, number>();
    for (const child of path) {
      const lists: number[][] = [];
      const known = blossombestedges[child];
      if (known === null || known === undefined) {
        for (const leaf of blossomLeaves(child)) {
          const list: number[] = [];
          for (let q = neighbStart[leaf] as number; q < (neighbStart[leaf + 1] as number); q++) {
            list.push((neighbend[q] as number) >> 1);
          }
          lists.push(list);
        }
      } else {
        lists.push(known);
      }
      for (const list of lists) {
        for (const kk of list) {
          let j = ev[kk] as number;
          if (inblossom[j] === b) j = eu[kk] as number;
          const bj = inblossom[j] as number;
          if (bj !== b && label[bj] === 1) {
            const current = bestedgeto.get(bj);
            if (current === undefined || slack(kk) < slack(current)) bestedgeto.set(bj, kk);
          }
        }
      }
      blossombestedges[child] = null;
      bestedge[child] = -1;
    }
    const best = [...bestedgeto.values()];
    blossombestedges[b] = best;
    bestedge[b] = -1;
    for (const kk of best) {
      if (bestedge[b] === -1 || slack(kk) < slack(bestedge[b] as number)) bestedge[b] = kk;
    }
  };

  const expandBlossom = (b: number, endstage: boolean): void => {
    const childs = blossomchilds[b] as number[];
    for (const s of childs) {
      blossomparent[s] = -1;
      if (s < nvertex) inblossom[s] = s;
      else if (endstage && dualvar[s] === 0) expandBlossom(s, endstage);
      else for (const leaf of blossomLeaves(s)) inblossom[leaf] = s;
    }
    if (!endstage && label[b] === 2) {
      const endps = blossomendps[b] as number[];
      const entrychild = inblossom[endpoint[(labelend[b] as number) ^ 1] as number] as number;
      let j = childs.indexOf(entrychild);
      let jstep: number;
      let endptrick: number;
      if (j & 1) {
        j -= childs.length;
        jstep = 1;
        endptrick = 0;
      } else {
        jstep = -1;
        endptrick = 1;
      }
      const at = (list: number[], index: number) => list[index < 0 ? index + list.length : index] as number;
      let p = labelend[b] as number;
      while (j !== 0) {
        label[endpoint[p ^ 1] as number] = 0;
        label[endpoint[at(endps, j - endptrick) ^ endptrick ^ 1] as number] = 0;
        assignLabel(endpoint[p ^ 1] as number, 2, p);
        allowedge[at(endps, j - endptrick) >> 1] = 1;
        j += jstep;
        p = at(endps, j - endptrick) ^ endptrick;
        allowedge[p >> 1] = 1;
        j += jstep;
      }
      let bv = at(childs, j);
      label[endpoint[p ^ 1] as number] = 2;
      label[bv] = 2;
      labelend[endpoint[p ^ 1] as number] = p;
      labelend[bv] = p;
      bestedge[bv] = -1;
      j += jstep;
      while (at(childs, j) !== entrychild) {
        bv = at(childs, j);
        if (label[bv] === 1) {
          j += jstep;
          continue;
        }
        let found = -1;
        for (const leaf of blossomLeaves(bv)) {
          if (label[leaf] !== 0) {
            found = leaf;
            break;
          }
        }
        if (found !== -1) {
          label[found] = 0;
          label[endpoint[mate[blossombase[bv] as number] as number] as number] = 0;
          assignLabel(found, 2, labelend[found] as number);
        }
        j += jstep;
      }
    }
    label[b] = -1;
    labelend[b] = -1;
    blossomchilds[b] = null;
    blossomendps[b] = null;
    blossombase[b] = -1;
    blossombestedges[b] = null;
    bestedge[b] = -1;
    unusedblossoms.push(b);
  };

  const augmentBlossom = (b: number, v: number): void => {
    let t = v;
    while (blossomparent[t] !== b) t = blossomparent[t] as number;
    if (t >= nvertex) augmentBlossom(t, v);
    const childs = blossomchilds[b] as number[];
    const endps = blossomendps[b] as number[];
    const at = (list: number[], index: number) => list[index < 0 ? index + list.length : index] as number;
    const i = childs.indexOf(t);
    let j = i;
    let jstep: number;
    let endptrick: number;
    if (i & 1) {
      j -= childs.length;
      jstep = 1;
      endptrick = 0;
    } else {
      jstep = -1;
      endptrick = 1;
    }
    while (j !== 0) {
      j += jstep;
      t = at(childs, j);
      const p = at(endps, j - endptrick) ^ endptrick;
      if (t >= nvertex) augmentBlossom(t, endpoint[p] as number);
      j += jstep;
      t = at(childs, j);
      if (t >= nvertex) augmentBlossom(t, endpoint[p ^ 1] as number);
      mate[endpoint[p] as number] = p ^ 1;
      mate[endpoint[p ^ 1] as number] = p;
    }
    blossomchilds[b] = childs.slice(i).concat(childs.slice(0, i));
    blossomendps[b] = endps.slice(i).concat(endps.slice(0, i));
    blossombase[b] = blossombase[(blossomchilds[b] as number[])[0] as number] as number;
  };

  const augmentMatching = (k: number): void => {
    const starts: [number, number][] = [
      [eu[k] as number, 2 * k + 1],
      [ev[k] as number, 2 * k],
    ];
    for (const [s0, p0] of starts) {
      let s = s0;
      let p = p0;
      for (;;) {
        const bs = inblossom[s] as number;
        if (bs >= nvertex) augmentBlossom(bs, s);
        mate[s] = p;
        if (labelend[bs] === -1) break;
        const t = endpoint[labelend[bs] as number] as number;
        const bt = inblossom[t] as number;
        s = endpoint[labelend[bt] as number] as number;
        const j = endpoint[(labelend[bt] as number) ^ 1] as number;
        if (bt >= nvertex) augmentBlossom(bt, j);
        mate[j] = labelend[bt] as number;
        p = (labelend[bt] as number) ^ 1;
      }
    }
  };

  for (let stage = 0; stage < nvertex; stage++) {
    label.fill(0);
    bestedge.fill(-1);
    for (let b = nvertex; b < 2 * nvertex; b++) blossombestedges[b] = null;
    allowedge.fill(0);
    queue = [];
    for (let v = 0; v < nvertex; v++) {
      if (mate[v] === -1 && label[inblossom[v] as number] === 0) assignLabel(v, 1, -1);
    }
    let augmented = false;
    for (;;) {
      while (queue.length > 0 && !augmented) {
        const v = queue.pop() as number;
        for (let q = neighbStart[v] as number; q < (neighbStart[v + 1] as number); q++) {
          const p = neighbend[q] as number;
          const k = p >> 1;
          const w = endpoint[p] as number;
          if (inblossom[v] === inblossom[w]) continue;
          let kslack = 0;
          if (allowedge[k] === 0) {
            kslack = (dualvar[v] as number) + (dualvar[w] as number) - (ew2[k] as number);
            if (kslack <= 0) allowedge[k] = 1;
          }
          if (allowedge[k] === 1) {
            if (label[inblossom[w] as number] === 0) {
              assignLabel(w, 2, p ^ 1);
            } else if (label[inblossom[w] as number] === 1) {
              const base = scanBlossom(v, w);
              if (base >= 0) addBlossom(base, k);
              else {
                augmentMatching(k);
                augmented = true;
                break;
              }
            } else if (label[w] === 0) {
              label[w] = 2;
              labelend[w] = p ^ 1;
            }
          } else if (label[inblossom[w] as number] === 1) {
            const b = inblossom[v] as number;
            if (bestedge[b] === -1 || kslack < slack(bestedge[b] as number)) bestedge[b] = k;
          } else if (label[w] === 0) {
            if (bestedge[w] === -1 || kslack < slack(bestedge[w] as number)) bestedge[w] = k;
          }
        }
      }
      if (augmented) break;

      // No augmenting path with tight edges: change the duals.
      let deltatype = 1;
      let delta = Number.POSITIVE_INFINITY;
      for (let v = 0; v < nvertex; v++) if ((dualvar[v] as number) < delta) delta = dualvar[v] as number;
      let deltaedge = -1;
      let deltablossom = -1;
      for (let v = 0; v < nvertex; v++) {
        if (label[inblossom[v] as number] === 0 && bestedge[v] !== -1) {
          const d = slack(bestedge[v] as number);
          if (d < delta) {
            delta = d;
            deltatype = 2;
            deltaedge = bestedge[v] as number;
          }
        }
      }
      for (let b = 0; b < 2 * nvertex; b++) {
        if (blossomparent[b] === -1 && label[b] === 1 && bestedge[b] !== -1) {
          const d = slack(bestedge[b] as number) / 2;
          if (d < delta) {
            delta = d;
            deltatype = 3;
            deltaedge = bestedge[b] as number;
          }
        }
      }
      for (let b = nvertex; b < 2 * nvertex; b++) {
        if (
          (blossombase[b] as number) >= 0 &&
          blossomparent[b] === -1 &&
          label[b] === 2 &&
          (dualvar[b] as number) < delta
        ) {
          delta = dualvar[b] as number;
          deltatype = 4;
          deltablossom = b;
        }
      }
      for (let v = 0; v < nvertex; v++) {
        const l = label[inblossom[v] as number];
        if (l === 1) dualvar[v] = (dualvar[v] as number) - delta;
        else if (l === 2) dualvar[v] = (dualvar[v] as number) + delta;
      }
      for (let b = nvertex; b < 2 * nvertex; b++) {
        if ((blossombase[b] as number) >= 0 && blossomparent[b] === -1) {
          if (label[b] === 1) dualvar[b] = (dualvar[b] as number) + delta;
          else if (label[b] === 2) dualvar[b] = (dualvar[b] as number) - delta;
        }
      }
      if (deltatype === 1) break;
      if (deltatype === 2) {
        allowedge[deltaedge] = 1;
        let i = eu[deltaedge] as number;
        if (label[inblossom[i] as number] === 0) i = ev[deltaedge] as number;
        queue.push(i);
      } else if (deltatype === 3) {
        allowedge[deltaedge] = 1;
        queue.push(eu[deltaedge] as number);
      } else {
        expandBlossom(deltablossom, false);
      }
    }
    if (!augmented) break;
    for (let b = nvertex; b < 2 * nvertex; b++) {
      if (blossomparent[b] === -1 && (blossombase[b] as number) >= 0 && label[b] === 1 && dualvar[b] === 0) {
        expandBlossom(b, true);
      }
    }
  }

  for (let v = 0; v < nvertex; v++) {
    const p = mate[v] as number;
    if (p >= 0) {
      mateOut[v] = endpoint[p] as number;
      weightOut[v] = original[p >> 1] as number;
    }
  }
  return { mate: mateOut, weight: weightOut };
}
