/**
 * Ids are UUIDv7 (RFC 9562): time-ordered, so rows sort by creation, and unguessable.
 * Within one millisecond a 12-bit counter keeps them strictly increasing (the RFC's
 * "fixed bit-length dedicated counter"), so ids made in a row sort in that order —
 * a restore that renumbers records relies on it. Randomness comes from a pooled buffer:
 * asking the OS for bytes per id made a 50,000-contact import spend most of a second
 * in crypto calls.
 */
import { randomFillSync } from 'node:crypto';

const pool = Buffer.alloc(16 * 1024);
let offset = pool.length;
let lastMs = -1;
let counter = 0;

function randomBytes(n: number): Buffer {
  if (offset + n > pool.length) {
    randomFillSync(pool);
    offset = 0;
  }
  const bytes = pool.subarray(offset, offset + n);
  offset += n;
  return bytes;
}

const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');

export function newId(now: number = Date.now()): string {
  let ms = now;
  if (ms <= lastMs) {
    ms = lastMs;
    counter++;
    if (counter > 0xfff) {
      // The counter is spent: borrow the next millisecond rather than repeat an order.
      ms = lastMs + 1;
      counter = 0;
    }
  } else {
    counter = randomBytes(2).readUInt16BE(0) & 0x3ff; // start low so the counter has room
  }
  lastMs = ms;
  const rand = randomBytes(8);
  rand[0] = ((rand[0] as number) & 0x3f) | 0x80; // RFC 4122 variant
  const timeHex = hex(ms, 12);
  return [
    timeHex.slice(0, 8),
    timeHex.slice(8, 12),
    `7${hex(counter, 3)}`,
    rand.subarray(0, 2).toString('hex'),
    rand.subarray(2, 8).toString('hex'),
  ].join('-');
}
