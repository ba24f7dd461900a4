/**
 * bench/import: 50,000 generated vCards imported into a fresh SQLite data directory
 * through the real use case (parse, normalise, duplicate check, one transaction).
 * Each run is its own process so its peak memory (max RSS) is its own. The peer is a
 * plain SQL insert of the same number of people rows with better-sqlite3, in one
 * transaction: the floor any import could reach on this disk.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importFile, loadConfig, openKindred } from '@kindred/app';
import SqliteDatabase from 'better-sqlite3';
import { machine, median, runChild, table, writeResult } from '../shared.ts';
import { generateVCards } from './generate-vcards.ts';

const COUNT = Number(process.env.BENCH_IMPORT_COUNT ?? 50_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const self = fileURLToPath(import.meta.url);

interface ChildResult {
  seconds: number;
  created: number;
  merged: number;
  skipped: number;
  peakRssMB: number;
  fileMB: number;
}

async function child(mode: string, file: string): Promise<ChildResult> {
  // Read as `kindred import FILE` reads it: the generator's own garbage is not the import's.
  const text = await readFile(file, 'utf8');
  const dataDir = mkdtempSync(join(tmpdir(), 'kindred-bench-import-'));
  try {
    if (mode === 'peer') {
      const db = new SqliteDatabase(join(dataDir, 'peer.sqlite'));
      db.pragma('journal_mode = WAL');
      db.exec('create table people (id text primary key, name text, email text)');
      const insert = db.prepare('insert into people values (?, ?, ?)');
      const started = performance.now();
      db.transaction(() => {
        for (let i = 0; i < COUNT; i++) insert.run(`p${i}`, `Person ${i}`, `p${i}@example.test`);
      })();
      const seconds = (performance.now() - started) / 1000;
      db.close();
      return {
        seconds,
        created: COUNT,
        merged: 0,
        skipped: 0,
        peakRssMB: process.resourceUsage().maxRSS / 1024,
        fileMB: 0,
      };
    }
    const kindred = await openKindred(
      loadConfig({ flags: { dataDir }, env: {} }),
      new Date('2026-11-23T09:00:00Z'),
    );
    const started = performance.now();
    const report = await importFile(kindred.context(), { fileName: 'contacts.vcf', text });
    const seconds = (performance.now() - started) / 1000;
    await kindred.close();
    return {
      seconds,
      created: report.created.length,
      merged: report.merged.length,
      skipped: report.skipped.length,
      peakRssMB: process.resourceUsage().maxRSS / 1024,
      fileMB: Buffer.byteLength(text) / 2 ** 20,
    };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv.includes('--child')) {
  const at = process.argv.indexOf('--child');
  const mode = process.argv[at + 1] ?? 'kindred';
  console.log(JSON.stringify(await child(mode, process.argv[at + 2] ?? '')));
} else {
  const fileDir = mkdtempSync(join(tmpdir(), 'kindred-bench-vcards-'));
  const file = join(fileDir, 'contacts.vcf');
  writeFileSync(file, generateVCards(COUNT));
  const runs: ChildResult[] = [];
  const peers: ChildResult[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      runs.push(runChild<ChildResult>(self, ['kindred', file]));
      peers.push(runChild<ChildResult>(self, ['peer', file]));
    }
  } finally {
    rmSync(fileDir, { recursive: true, force: true });
  }
  const seconds = median(runs.map((r) => r.seconds));
  const peerSeconds = median(peers.map((r) => r.seconds));
  const result = {
    workload: `${COUNT} generated vCards (${runs[0]?.fileMB.toFixed(1)} MB; 10% vCard 2.1 quoted-printable, ~2% duplicates), read from a file as the CLI does, into a fresh SQLite data directory`,
    machine: machine(),
    runs: RUNS,
    kindred: {
      medianSeconds: seconds,
      recordsPerSecond: Math.round(COUNT / seconds),
      medianPeakRssMB: Math.round(median(runs.map((r) => r.peakRssMB))),
      created: runs[0]?.created,
      merged: runs[0]?.merged,
      skipped: runs[0]?.skipped,
    },
    peer: {
      what: 'plain better-sqlite3 insert of the same number of rows in one transaction',
      medianSeconds: peerSeconds,
      recordsPerSecond: Math.round(COUNT / peerSeconds),
    },
    targets: { seconds: 10, peakRssMB: 500 },
  };
  table([
    {
      what: 'kindred import',
      'median s': seconds.toFixed(2),
      'records/s': result.kindred.recordsPerSecond,
      'peak RSS MB': result.kindred.medianPeakRssMB,
    },
    {
      what: 'peer: plain SQL insert',
      'median s': peerSeconds.toFixed(2),
      'records/s': result.peer.recordsPerSecond,
      'peak RSS MB': '',
    },
  ]);
  console.log(`wrote ${writeResult('import', result)}`);
}
