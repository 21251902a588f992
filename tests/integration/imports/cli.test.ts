import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { repoRoot, tempDir } from '../../helpers/db';
import { rowCounts } from '../../helpers/dump';
import { FIXTURES } from './commit-helpers';

const tsx = path.join(repoRoot, 'node_modules', '.bin', 'tsx');
const cli = path.join(repoRoot, 'electron', 'cli', 'index.ts');
const file = path.join(FIXTURES, 'registrations-excelbe-4.csv');
let dir: string;
beforeAll(() => {
  dir = tempDir('blikopener-cli-import-');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const run = (...args: string[]) => spawnSync(tsx, [cli, ...args, '--data-dir', dir], { encoding: 'utf8', cwd: repoRoot });

it('import refuses a file with invalid rows (exit 1, rows listed), --dry-run writes nothing, then import + undo round-trip', () => {
  const refused = run('import', file, '--json');
  expect(refused.status).toBe(1);
  const report = JSON.parse(refused.stdout) as { ok: boolean; batchId: null; rowErrors: { sourceRow: number }[] };
  expect(report.ok).toBe(false);
  expect(report.batchId).toBeNull();
  expect(report.rowErrors.length).toBeGreaterThan(0);
  expect(refused.stderr).toMatch(/Lezen en controleren/);
  const fresh = rowCounts(path.join(dir, 'blikopener.sqlite'));

  const dry = run('import', file, '--json', '--dry-run', '--skip-invalid');
  expect(dry.status).toBe(0);
  expect(JSON.parse(dry.stdout)).toMatchObject({ dryRun: true, batchId: null, rows: 73 });
  expect(rowCounts(path.join(dir, 'blikopener.sqlite'))).toEqual(fresh);

  const done = run('import', file, '--json', '--skip-invalid');
  expect(done.status, done.stderr).toBe(0);
  const result = JSON.parse(done.stdout) as {
    rows: number;
    organisations: { created: number };
    experts: { created: number };
    errors: Record<string, number>;
    skipped: number;
    batchId: number;
  };
  expect(result).toMatchObject({ rows: 73, skipped: 6, experts: { created: 6 } });
  expect(result.errors).toMatchObject({ kbo_checksum: 1, email_invalid: 1, no_consent: 1, org_missing: 4 });
  const imported = rowCounts(path.join(dir, 'blikopener.sqlite'));
  expect(imported.organisations).toBe((fresh.organisations ?? 0) + result.organisations.created);

  const twice = run('import', file, '--json', '--skip-invalid');
  expect(twice.status).toBe(1);
  expect((JSON.parse(twice.stdout) as { error: string }).error).toMatch(/al geïmporteerd/);

  const undo = run('import-undo', String(result.batchId), '--json');
  expect(undo.status, undo.stderr).toBe(0);
  expect(JSON.parse(undo.stdout)).toMatchObject({ ok: true, batchId: result.batchId, kept: [] });
  const after = rowCounts(path.join(dir, 'blikopener.sqlite'));
  for (const table of ['organisations', 'contacts', 'needs', 'experts', 'timeline_entries'])
    expect(after[table], table).toBe(fresh[table]);
  const again = run('import-undo', String(result.batchId));
  expect(again.status).toBe(1);
  expect(again.stderr).toMatch(/al ongedaan gemaakt/);
});

it('human output names the rows with errors', () => {
  const out = execFileSync(tsx, [cli, 'import', file, '--dry-run', '--skip-invalid', '--data-dir', dir], {
    encoding: 'utf8',
    cwd: repoRoot,
  });
  expect(out).toMatch(/rij \d+: .*ondernemingsnummer/i);
  expect(out).toMatch(/Proefdraai: er werd niets geschreven/);
});
