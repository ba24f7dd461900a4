/**
 * Ids are UUIDv7: time-ordered, so rows sort by creation, and unguessable. Randomness is
 * drawn from a pooled buffer: asking the OS for 16 bytes per id made a 50,000-contact
 * import spend most of a second in crypto calls.
 */
import { randomFillSync } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';

const pool = Buffer.alloc(16 * 1024);
let offset = pool.length;

function randomBytes16(): Uint8Array {
  if (offset + 16 > pool.length) {
    randomFillSync(pool);
    offset = 0;
  }
  const bytes = pool.subarray(offset, offset + 16);
  offset += 16;
  return bytes;
}

export function newId(): string {
  return uuidv7({ random: randomBytes16() });
}
