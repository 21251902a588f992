/**
 * Kills the real CLI (SIGKILL) at seeded random moments of an import, many times: afterwards the
 * database passes integrity_check and is exactly as before the import or exactly as after a
 * complete one. Half the kills fall anywhere in the run, half inside the commit (after the CLI says
 * "Wegschrijven"), where a half-written batch would show.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { repoRoot, tempDir } from '../../helpers/db';
import { dumpHash, rowCounts } from '../../helpers/dump';
import { FIXTURES } from './commit-helpers';

const tsx = path.join(repoRoot, 'node_modules', '.bin', 'tsx');
// The killed process must be the one that writes: the tsx command runs the script in a child
// process (a SIGKILL to it would leave that child importing), so node runs the CLI itself with
// tsx's loader.
const node = [process.execPath, '--import', 'tsx'] as const;
const cli = path.join(repoRoot, 'electron', 'cli', 'index.ts');
const file = path.join(FIXTURES, 'registrations-google-3.csv');
const DB = 'blikopener.sqlite';
const RUNS = 10;

let root: string;
let template: string;
let beforeHash: string;
let before: Record<string, number>;
let after: Record<string, number>;
let fullMs = 0;
let commitMs = 0;

/** mulberry32: a fixed seed gives the same kill moments on every run of the test. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function freshCopy(name: string): string {
  const dir = path.join(root, name);
  fs.cpSync(template, dir, { recursive: true });
  return dir;
}

type Run = { killed: boolean; ms: number; commitAt: number | null };

/** Runs the import; kills it `delay` ms after the start, or after "Wegschrijven" when `inCommit`. */
function runImport(dir: string, delay: number | null, inCommit = false): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let commitAt: number | null = null;
    let timer: NodeJS.Timeout | undefined;
    const child = spawn(node[0], [...node.slice(1), cli, 'import', file, '--data-dir', dir, '--skip-invalid', '--json'], {
      cwd: repoRoot,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const kill = () => child.kill('SIGKILL');
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      if (commitAt === null && chunk.includes('Wegschrijven')) {
        commitAt = performance.now() - started;
        if (delay !== null && inCommit) timer = setTimeout(kill, delay);
      }
    });
    if (delay !== null && !inCommit) timer = setTimeout(kill, delay);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal === null && code !== 0) reject(new Error(`import ended with exit code ${code}`));
      else resolve({ killed: signal === 'SIGKILL', ms: performance.now() - started, commitAt });
    });
  });
}

function integrity(dir: string): string {
  const db = new Database(path.join(dir, DB), { readonly: true });
  try {
    return (db.pragma('integrity_check', { simple: true }) as string) ?? '';
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  root = tempDir('blikopener-crash-');
  template = path.join(root, 'template');
  // A dry run creates, migrates and seeds the database and writes nothing of the file.
  const init = spawnSync(tsx, [cli, 'import', file, '--data-dir', template, '--skip-invalid', '--dry-run'], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  expect(init.status, init.stderr).toBe(0);
  beforeHash = dumpHash(path.join(template, DB));
  before = rowCounts(path.join(template, DB));
  const reference = freshCopy('reference');
  const run = await runImport(reference, null);
  fullMs = run.ms;
  commitMs = run.ms - (run.commitAt ?? 0);
  after = rowCounts(path.join(reference, DB));
  expect(after.import_batches).toBe((before.import_batches ?? 0) + 1);
  expect(after.organisations).toBeGreaterThan(before.organisations ?? 0);
}, 60_000);
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

it(`an import killed at ${RUNS} random moments leaves the database as before or as after`, async () => {
  const next = random(20261126);
  const outcomes: string[] = [];
  for (let i = 0; i < RUNS; i++) {
    const inCommit = i % 2 === 1;
    const delay = Math.round(next() * (inCommit ? commitMs : fullMs));
    const dir = freshCopy(`run-${i}`);
    const run = await runImport(dir, delay, inCommit);
    expect(integrity(dir), `run ${i}`).toBe('ok');
    const counts = rowCounts(path.join(dir, DB));
    const untouched = dumpHash(path.join(dir, DB)) === beforeHash;
    if (untouched) expect(counts).toEqual(before);
    else expect(counts, `run ${i}: neither before nor after`).toEqual(after);
    outcomes.push(
      `${inCommit ? 'commit' : 'run'}+${delay}ms:${run.killed ? 'killed' : 'finished'}:${untouched ? 'before' : 'after'}`,
    );
    fs.rmSync(dir, { recursive: true, force: true });
  }
  // Both outcomes occur, so the test really kills mid-import and really lets some finish.
  expect(
    outcomes.some((o) => o.endsWith('before')),
    outcomes.join(', '),
  ).toBe(true);
  expect(
    outcomes.some((o) => o.includes(':killed:')),
    outcomes.join(', '),
  ).toBe(true);
  console.log(`crash test (full import ${Math.round(fullMs)} ms, commit ${Math.round(commitMs)} ms): ${outcomes.join(', ')}`);
}, 90_000);
