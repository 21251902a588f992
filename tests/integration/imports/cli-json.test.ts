import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, tempDir } from '../../helpers/db';
import { rowCounts } from '../../helpers/dump';
import { FIXTURE_FILES, FIXTURES, truthOf } from './commit-helpers';

const tsx = path.join(repoRoot, 'node_modules', '.bin', 'tsx');
const cli = path.join(repoRoot, 'electron', 'cli', 'index.ts');
let dir: string;
beforeAll(() => {
  dir = tempDir('blikopener-cli-json-');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const run = (...args: string[]) => spawnSync(tsx, [cli, ...args, '--data-dir', dir], { encoding: 'utf8', cwd: repoRoot });
const database = () => path.join(dir, 'blikopener.sqlite');

/** The shape issue 4 promises for `import FILE --json` (extra fields may sit beside it). */
type ImportJson = {
  rows: number;
  organisations: { created: number; matched: number };
  contacts: { created: number; matched: number };
  needs: { created: number };
  experts: { matched: number; created: number };
  errors: { kbo_checksum: number; email_invalid: number; no_consent: number; org_missing: number; other: number };
  skipped: number;
  batchId: number | null;
};

const count = expect.any(Number) as unknown as number;
const SHAPE = {
  rows: count,
  organisations: { created: count, matched: count },
  contacts: { created: count, matched: count },
  needs: { created: count },
  experts: { matched: count, created: count },
  errors: { kbo_checksum: count, email_invalid: count, no_consent: count, org_missing: count, other: count },
  skipped: count,
  batchId: null,
};
const ROW_ERRORS = ['kbo_checksum', 'email_invalid', 'org_missing'];

describe('import FILE --json --dry-run on each fixture', () => {
  it.each(FIXTURE_FILES)('%s: the promised shape, numbers as in the truth, nothing written', (file) => {
    const truth = truthOf(file) as ReturnType<typeof truthOf> & { issues: Record<string, number> };
    const dry = run('import', path.join(FIXTURES, file), '--json', '--dry-run', '--skip-invalid');
    expect(dry.status, dry.stderr).toBe(0);
    const before = rowCounts(database());
    const json = JSON.parse(dry.stdout) as ImportJson;
    expect(json).toMatchObject(SHAPE);
    expect(Object.keys(json.errors).sort()).toEqual(['email_invalid', 'kbo_checksum', 'no_consent', 'org_missing', 'other']);

    expect(json.rows).toBe(truth.rows);
    expect(json.errors).toEqual({
      kbo_checksum: truth.issues.kbo_checksum,
      email_invalid: truth.issues.email_invalid,
      no_consent: truth.issues.no_consent,
      org_missing: truth.issues.org_missing,
      other: 0,
    });
    // A row with a defect is skipped; a row without consent is not (the organisation comes in, the person not).
    const rejected = truth.perRow.filter((r) => r.issues.some((i) => ROW_ERRORS.includes(i)));
    expect(json.skipped).toBe(rejected.length);
    // The distinct organisations of the rows that come in, all new in a fresh database.
    const kept = new Set(truth.perRow.filter((r) => !rejected.includes(r) && r.org !== null).map((r) => r.org));
    expect(json.organisations).toMatchObject({ created: kept.size, matched: 0 });
    expect(json.experts).toMatchObject({ created: truth.experts, matched: 0 });
    expect(json.contacts.created).toBeGreaterThan(0);
    expect(json.needs.created).toBeGreaterThan(0);

    // Without --skip-invalid the same object comes, refused (exit 1), and still nothing is written.
    const refused = run('import', path.join(FIXTURES, file), '--json', '--dry-run');
    expect(refused.status).toBe(1);
    expect(JSON.parse(refused.stdout)).toMatchObject({ ...SHAPE, rows: truth.rows, skipped: rejected.length });
    expect(rowCounts(database())).toEqual(before);
    expect(before.import_batches ?? 0).toBe(0);
  });

  it('bad input: one JSON error in Dutch, exit 1, nothing written', () => {
    const empty = path.join(dir, 'leeg.csv');
    fs.writeFileSync(empty, ';;\n;;\n');
    const before = fs.existsSync(database()) ? rowCounts(database()) : null;
    const result = run('import', empty, '--json', '--dry-run');
    expect(result.status).toBe(1);
    expect((JSON.parse(result.stdout) as { error: string }).error).toMatch(/leeg/);
    if (before) expect(rowCounts(database())).toEqual(before);
  });
});
