/**
 * Finite fields GF(q) for small prime powers q, as addition and multiplication tables.
 * The exact seating constructions are geometry over these fields (points of GF(q)^m,
 * tables are parallel lines or flats), so prime powers like 4, 8 and 9 give zero-repeat
 * rotations just as primes do. Elements are 0..q-1, read as polynomials over GF(p)
 * with base-p digits; multiplication is modulo an irreducible polynomial found by
 * trial division, which is instant for the sizes a dinner needs.
 */

export interface GaloisField {
  q: number;
  p: number;
  /** q = p^k */
  k: number;
  add(a: number, b: number): number;
  mul(a: number, b: number): number;
  /** The additive inverse. */
  neg(a: number): number;
}

/** `{ p, k }` with q = p^k for a prime p, or null when q is not a prime power (or < 2). */
export function primePower(q: number): { p: number; k: number } | null {
  if (!Number.isInteger(q) || q < 2) return null;
  let p = 2;
  while (p * p <= q && q % p !== 0) p++;
  if (q % p !== 0) p = q;
  let k = 0;
  let rest = q;
  while (rest % p === 0) {
    rest /= p;
    k++;
  }
  return rest === 1 ? { p, k } : null;
}

/** Coefficients, lowest degree first, of `value` read in base p with `len` digits. */
function digits(value: number, p: number, len: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < len; i++) {
    out.push(value % p);
    value = Math.floor(value / p);
  }
  return out;
}

function fromDigits(ds: readonly number[], p: number): number {
  let v = 0;
  for (let i = ds.length - 1; i >= 0; i--) v = v * p + (ds[i] as number);
  return v;
}

/** Remainder of a by the monic polynomial m, coefficients mod p. */
function polyMod(a: number[], m: readonly number[], p: number): number[] {
  const r = a.slice();
  const dm = m.length - 1;
  for (let i = r.length - 1; i >= dm; i--) {
    const coef = r[i] as number;
    if (coef === 0) continue;
    for (let j = 0; j <= dm; j++) {
      const idx = i - dm + j;
      r[idx] = ((((r[idx] as number) - coef * (m[j] as number)) % p) + p) % p;
    }
  }
  return r.slice(0, dm);
}

/** True when no monic polynomial of degree 1..deg/2 divides f (monic, degree deg). */
function isIrreducible(f: readonly number[], p: number): boolean {
  const deg = f.length - 1;
  for (let d = 1; d <= Math.floor(deg / 2); d++) {
    const count = p ** d;
    for (let low = 0; low < count; low++) {
      const g = [...digits(low, p, d), 1];
      if (polyMod(f.slice(), g, p).every((c) => c === 0)) return false;
    }
  }
  return true;
}

function irreducible(p: number, k: number): number[] {
  const count = p ** k;
  for (let low = 0; low < count; low++) {
    const f = [...digits(low, p, k), 1];
    if (f[0] !== 0 && isIrreducible(f, p)) return f;
  }
  throw new Error(`no irreducible polynomial of degree ${k} over GF(${p})`);
}

/** GF(q) for a prime power q up to 128; null when q is not a prime power. */
export function galoisField(q: number): GaloisField | null {
  const pp = primePower(q);
  if (!pp || q > 128) return null;
  const { p, k } = pp;
  const addT = new Uint16Array(q * q);
  const mulT = new Uint16Array(q * q);
  const modulus = k > 1 ? irreducible(p, k) : [0, 1];
  for (let a = 0; a < q; a++) {
    const da = digits(a, p, k);
    for (let b = 0; b < q; b++) {
      const db = digits(b, p, k);
      addT[a * q + b] = fromDigits(
        da.map((x, i) => (x + (db[i] as number)) % p),
        p,
      );
      if (k === 1) {
        mulT[a * q + b] = (a * b) % p;
        continue;
      }
      const prod = new Array<number>(2 * k - 1).fill(0);
      for (let i = 0; i < k; i++) {
        for (let j = 0; j < k; j++) {
          prod[i + j] = ((prod[i + j] as number) + (da[i] as number) * (db[j] as number)) % p;
        }
      }
      mulT[a * q + b] = fromDigits(polyMod(prod, modulus, p), p);
    }
  }
  const negT = new Uint16Array(q);
  for (let a = 0; a < q; a++) {
    for (let b = 0; b < q; b++) if (addT[a * q + b] === 0) negT[a] = b;
  }
  return {
    q,
    p,
    k,
    add: (a, b) => addT[a * q + b] as number,
    mul: (a, b) => mulT[a * q + b] as number,
    neg: (a) => negT[a] as number,
  };
}
